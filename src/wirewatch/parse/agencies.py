"""News agencies and their copy conventions: one row per wire.

The parser never hard-codes an agency.  Each row says how the wire names itself in a dateline
("(AP)", "(Yonhap)"), in bylines ("Associated Press Writer", ", Reuters"), which end markers and
sign-offs close its copy, and which document-id prefixes its archives use.  A new wire is a new row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Agency:
    name: str  # canonical name printed in the record
    aliases: tuple[str, ...]  # how the wire names itself in datelines and credits (matched case-sensitively)
    end_markers: tuple[str, ...] = ()  # regexes for a line (or line tail) that closes the copy
    byline_credits: tuple[str, ...] = ()  # byline tails that name the agency, not a person
    signoff: str | None = None  # regex for a closing "Name, VOA News." sign-off (group "name")
    doc_id_prefixes: tuple[str, ...] = ()  # archive document ids: APW19980807.0261, XIE19980808.0031
    contact_domains: tuple[str, ...] = field(default=())


AGENCIES: tuple[Agency, ...] = (
    Agency("Yonhap", ("Yonhap",), end_markers=(r"\(END\)", r"\(MORE\)"), contact_domains=("yna.co.kr",)),
    Agency("Reuters", ("Reuters", "Reuter", "REUTERS", "REUTER"),
           # "Reuter", "REUTER...", "REUTER11:43/VB" (time/desk glued on), "REUTER...^M" (a literal CR)
           end_markers=(r"(?:Reuter|REUTER)(?:\.\.\.)?(?:\d\d:\d\d/[A-Z]+)?(?:\^M)?",),
           byline_credits=("Reuters", "Reuter")),
    Agency("AP", ("AP", "Associated Press"), end_markers=(r"(?:&UR;\s*)?MORE",),
           byline_credits=("Associated Press Writer", "Associated Press", "AP Writer", "AP"),
           doc_id_prefixes=("APW", "APE", "AP")),
    Agency("AFP", ("AFP", "Agence France-Presse"), byline_credits=("AFP", "Agence France-Presse"),
           doc_id_prefixes=("AFP_ENG_", "AFP")),
    Agency("Xinhua", ("Xinhua", "XINHUA"), end_markers=(r"Enditem", r"\(Xinhua\)"),
           doc_id_prefixes=("XIN_ENG_", "XIE", "XIN")),
    Agency("KCNA", ("KCNA",), end_markers=(r"-0-",)),
    Agency("Kyodo", ("Kyodo", "Kyodo News"), end_markers=(r"==Kyodo",), byline_credits=("Kyodo",)),
    Agency("UPI", ("UPI", "United Press International"),
           byline_credits=("UPI", "United Press International")),
    Agency("VOA", ("VOA", "Voice of America"),
           signoff=r"(?P<name>[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,3}), VOA News(?:, [A-Z][\w. ]{1,30})?\.",
           doc_id_prefixes=("VOA",)),
    Agency("NYT News Service", ("NYT", "New York Times", "N.Y. Times News Service"),
           byline_credits=("New York Times", "N.Y. Times News Service"), doc_id_prefixes=("NYT",)),
    Agency("dpa", ("dpa", "DPA"), byline_credits=("dpa",)),
    Agency("TASS", ("TASS", "ITAR-TASS", "Tass", "ITAR-Tass")),
    Agency("PTI", ("PTI",)),
    Agency("Bernama", ("Bernama", "BERNAMA")),
    Agency("Jiji", ("Jiji", "Jiji Press")),
    Agency("Interfax", ("Interfax",)),
    Agency("RIA Novosti", ("RIA Novosti", "RIA")),
    Agency("EFE", ("EFE",)),
    Agency("ANSA", ("ANSA",)),
    Agency("Anadolu", ("AA", "Anadolu")),
    Agency("IRNA", ("IRNA",)),
    Agency("Antara", ("Antara", "ANTARA")),
    Agency("IANS", ("IANS",)),
    Agency("ANI", ("ANI",)),
    Agency("CNA", ("CNA", "Central News Agency")),
    Agency("Canadian Press", ("CP", "Canadian Press")),
    Agency("AAP", ("AAP",)),
    Agency("SAPA", ("SAPA", "Sapa")),
    Agency("MENA", ("MENA",)),
    Agency("KUNA", ("KUNA",)),
    Agency("WAFA", ("WAFA",)),
    Agency("SANA", ("SANA",)),
    Agency("Prensa Latina", ("PL", "Prensa Latina")),
    Agency("Notimex", ("Notimex",)),
    Agency("Lusa", ("Lusa",)),
    Agency("PAP", ("PAP",)),
    Agency("CTK", ("CTK",)),
    Agency("MTI", ("MTI",)),
    Agency("Tanjug", ("Tanjug",)),
    Agency("VNA", ("VNA",)),
    Agency("PNA", ("PNA",)),
    Agency("APP", ("APP",)),
    Agency("BSS", ("BSS",)),
    # regional wires whose credit runs straight into the text or stands alone (stories23)
    Agency("NAN", ("NAN", "News Agency of Nigeria")),
    Agency("APS", ("APS", "Algerie Presse Service")),
    Agency("SPA", ("SPA", "Saudi Press Agency")),
    Agency("WAM", ("WAM",)),
    Agency("QNA", ("QNA",)),
    Agency("Petra", ("Petra",)),
    Agency("Armenpress", ("Armenpress", "ARKA")),
    Agency("Azertac", ("Azertac", "AZERTAC")),
    # stories27: Azerbaijan's APA ("Baku. January 17. APA."), the Caribbean Media Corporation
    # ("GEORGETOWN, Guyana, May 1, CMC -") and Zimbabwe's New Ziana
    Agency("APA", ("APA",)),
    Agency("CMC", ("CMC", "Caribbean Media Corporation")),
    Agency("New Ziana", ("New Ziana", "Ziana")),
    Agency("Kazinform", ("Kazinform",)),
    Agency("Beta", ("Beta",)),
    Agency("Hina", ("Hina", "HINA")),
    Agency("bdnews24.com", ("bdnews24.com", "bdnews24")),
    Agency("UNB", ("UNB",)),
    Agency("GNA", ("GNA",)),
    Agency("KNA", ("KNA",)),
    Agency("ENA", ("ENA",)),
    Agency("MAP", ("MAP",)),
    Agency("TAP", ("TAP",)),
    Agency("Andina", ("Andina",)),
    Agency("CNN", ("CNN",)),
    Agency("Bloomberg", ("Bloomberg",)),
)

_BY_ALIAS: dict[str, Agency] = {}
for _agency in AGENCIES:
    for _alias in (_agency.name, *_agency.aliases):
        _BY_ALIAS.setdefault(_alias, _agency)
        _BY_ALIAS.setdefault(_alias.lower(), _agency)


def canonical(alias: str | None) -> str | None:
    """Canonical name for a wire's self-credit ("AP", "Reuter", "Xinhua"); unknown names pass as written."""
    if not alias:
        return None
    key = alias.strip()
    agency = _BY_ALIAS.get(key) or _BY_ALIAS.get(key.lower())
    return agency.name if agency else key


def known(alias: str) -> bool:
    key = alias.strip()
    return key in _BY_ALIAS or key.lower() in _BY_ALIAS


def by_name(name: str) -> Agency | None:
    return _BY_ALIAS.get(name)


# ---- compiled views of the table ---------------------------------------------------------------

_GENERIC_END = (r"-30-", r"\\?###",
                # White House transcripts: "END   1:53 P.M. EST"
                r"END(?:[^\S\r\n]+\d{1,2}:\d\d[^\S\r\n]*[AP]\.M\.[^\S\r\n]*E[SD]T)?",
                r"\(ENDS?\)", r"ENDS", r"-END-", r"\(MORE\)", r"MORE", r"More", r"more")


def _marker_owner() -> list[tuple[re.Pattern[str], str | None]]:
    rows: list[tuple[re.Pattern[str], str | None]] = []
    for agency in AGENCIES:
        for pattern in agency.end_markers:
            rows.append((re.compile(pattern), agency.name))
    for pattern in _GENERIC_END:
        rows.append((re.compile(pattern), None))
    return rows


END_MARKERS = _marker_owner()
# A whole line that is an end marker (leading/trailing blanks allowed).
END_LINE = re.compile(
    r"[^\S\r\n]*(?P<marker>" + "|".join(f"(?:{p.pattern})" for p, _ in END_MARKERS) + r")[^\S\r\n]*\Z")
# An end marker glued to the end of the last paragraph: "... (33.7).        REUTER", "... else. -0-".
# Only unambiguous markers, and only after sentence-final punctuation.
END_TAIL = re.compile(
    r"(?<=[.)\"'\]])[ \t]+(?P<marker>-0-|\(END\)|Enditem|(?:Reuter|REUTER)(?:\.\.\.)?(?:\d\d:\d\d/[A-Z]+)?)"
    r"[ \t]*\Z")


def marker_agency(marker: str) -> str | None:
    """The agency whose convention an end marker is ("REUTER" -> Reuters); None for generic markers."""
    for pattern, owner in END_MARKERS:
        if pattern.fullmatch(marker):
            return owner
    return None


SIGNOFFS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"(?:(?<=[.!?\"'’”])[ \t]+|^)" + a.signoff + r"[ \t]*\Z", re.M), a.name)
    for a in AGENCIES if a.signoff)

CREDITS: tuple[tuple[str, str], ...] = tuple(
    sorted(((c, a.name) for a in AGENCIES for c in a.byline_credits), key=lambda x: -len(x[0])))


def doc_id_agency(doc_id: str) -> str | None:
    """Agency of an archive document id (APW19980807.0261 -> AP, XIE... -> Xinhua)."""
    best: tuple[int, str] | None = None
    for agency in AGENCIES:
        for prefix in agency.doc_id_prefixes:
            if doc_id.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), agency.name)
    return best[1] if best else None
