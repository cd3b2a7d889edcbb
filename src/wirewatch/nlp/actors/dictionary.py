"""User actor dictionaries: CSV files of name/alias -> CAMEO code, optionally date-bounded.

Format (UTF-8 CSV with a header row; `#` lines are comments):

    name,code,aliases,start,end,note
    Moon Jae-in,KORGOV,Moon|President Moon,2017-05-10,2022-05-09,president
    Moon Jae-in,KORELI,,2022-05-10,,former president
    Arnor,ARN,Arnorian|Arnorians,,,

- `name` (required): the canonical name; matched case-sensitively as a whole word sequence.
- `code` (required): the CAMEO code to assign, e.g. KORGOV, IGOUNO, ARN. Its first three letters are
  the country/root and the rest the sector.
- `aliases` (optional): other surface forms, separated by `|`.
- `start`, `end` (optional): ISO dates (YYYY-MM-DD, inclusive) bounding when the entry holds; an
  empty field is open. An entry applies when the article's `published` date is inside the range; an
  article with no known date only matches undated entries and, failing those, the latest-starting
  dated one.
- `note` (optional): free text, carried into the Actor's reasons.

Entries from later files, and later rows, take priority over earlier ones for the same name and date.
User entries override the built-in tables.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import WirewatchError
from ...records import Actor

_SECTOR_SPLIT = 3


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    code: str
    start: str | None
    end: str | None
    note: str
    source: str  # "path:line"

    def holds_on(self, date: str | None) -> bool:
        day = day_of(date)
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def actor(self, surface: str) -> Actor:
        span = ""
        if self.start or self.end:
            span = f" for {self.start or '…'} to {self.end or '…'}"
        reason = f"{self.source}: '{surface}' is {self.name} = {self.code}{span}"
        if self.note:
            reason += f" ({self.note})"
        country = self.code[:_SECTOR_SPLIT]
        sector = self.code[_SECTOR_SPLIT:] or None
        return Actor(name=self.name, code=self.code, country=country, sector=sector, reasons=[reason])


class ActorDictionary:
    """Surface form -> entries, with one compiled regex to find the forms in text."""

    def __init__(self, entries: Iterable[tuple[str, Entry]] = ()) -> None:
        self.forms: dict[str, list[Entry]] = {}
        for surface, entry in entries:
            self.forms.setdefault(surface, []).append(entry)
        # a name listed with a lower-case particle first ("bin Laden", "de Charette") is written
        # capitalised at the start of a sentence or by another agency ("Bin Laden"); so is an Arabic
        # surname's article ("al-Beidh" opening a sentence is "Al-Beidh"; fortieth session)
        for surface in [s for s in self.forms if s[:1].islower() and (" " in s or s[:3] in ("al-", "el-"))]:
            self.forms.setdefault(surface[:1].upper() + surface[1:], self.forms[surface])
        # a hyphenated given name is spelt three ways ("Park Geun-hye", KCNA's "Park Geun Hye",
        # "Park Geun-Hye"): each spelling names the same entries unless the table lists it itself
        for surface in list(self.forms):
            variants = _hyphen_variants(surface) + _initials_variants(surface) + _article_variants(surface)
            for variant in variants:
                self.forms.setdefault(variant, self.forms[surface])
        self.first_words = frozenset(form.split()[0] for form in self.forms if form.split())
        alternatives = sorted(self.forms, key=len, reverse=True)
        self.pattern = (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, alternatives)) + r")(?![\w-])")
                        if alternatives else None)

    def __bool__(self) -> bool:
        return bool(self.forms)

    def lookup(self, surface: str, date: str | None) -> Entry | None:
        """The entry for a surface form on a date: the last one whose range holds."""
        date = day_of(date)
        entries = self.forms.get(surface.strip())
        if not entries:
            return None
        for entry in reversed(entries):
            if entry.holds_on(date):
                return entry
        if date is None:  # undated article: prefer the most recent dated entry
            return max(entries, key=lambda e: e.start or "")
        return None

    def lookup_lenient(self, surface: str, date: str | None) -> Actor | None:
        """Built-in use: an entry whose dates do not hold still gives its country, as an elite
        (ELI: a former or future office holder); IGO/NGO codes do not carry over."""
        entry = self.lookup(surface, date)
        if entry is not None:
            actor = entry.actor(surface)
            if day_of(date) is None and (entry.start or entry.end):
                actor.reasons.append("article date unknown: taken as in office")
            return actor
        entries = self.forms.get(surface.strip())
        day = day_of(date)
        if not entries or day is None:
            return None
        nearest = min(entries, key=lambda e: _distance(e, day))
        root = nearest.code[:_SECTOR_SPLIT]
        if root in ("IGO", "NGO") and all(e.code[:_SECTOR_SPLIT] in ("IGO", "NGO") for e in entries):
            # thirty-eighth session: a person the table lists only in the offices of international
            # bodies ("Louise Arbour", the tribunals' prosecutor 1996-1999, in a lead dated 2000-01-01)
            # is named in copy for the office, as a rebel-only leader for his war: the nearest term's body
            actor = nearest.actor(surface)
            actor.reasons.append(f"not in that office on {day}: listed only in international bodies' "
                                 "offices, so the nearest term's body")
            return actor
        if root in ("IGO", "NGO", "IMG"):
            return None
        actor = nearest.actor(surface)
        if all(e.code[_SECTOR_SPLIT:] == "REB" for e in entries):
            # thirty-fifth session: a man the table lists only as a rebel or separatist leader ("Dzhokhar
            # Dudayev" dated 2000-01-01, four years after his death) is named for the war he led, no elite
            # of the state he fought: the side, whatever the date
            actor.reasons.append(f"not in that office on {day}: listed only as a rebel leader, so REB")
            return actor
        actor.code, actor.sector = root + "ELI", "ELI"
        actor.reasons.append(f"not in that office on {day}: coded as an elite of {root}")
        return actor

    def lookup_person(self, mention: str, date: str | None) -> Actor | None:
        """`lookup_lenient` on the mention, else on the listed person it is a spelling of."""
        known = self.lookup_lenient(mention, date)
        variant = self.variant_of(mention) if known is None else None
        if variant is not None:
            known = self.lookup_lenient(variant, date)
            if known is not None:
                known.reasons.append(f"'{mention}' is a spelling of {variant}")
        return known

    def years_from_office(self, surface: str, date: str | None, sector: str = "") -> float | None:
        """How many years lie between the date and the nearest listed term of `surface` (0 inside a
        term), of the terms whose sector starts with `sector` when one is given; None when the name or
        the date is unknown or no such term is listed."""
        entries = [e for e in self.forms.get(surface.strip(), ())
                   if e.code[_SECTOR_SPLIT:].startswith(sector)]
        day = day_of(date)
        if not entries or day is None:
            return None
        return min(_distance(e, day) for e in entries) / 10000

    def nearest_term(self, surface: str, date: str | None, sector: str) -> Entry | None:
        """The listed term of `surface` nearest the date among those whose sector starts with `sector`;
        None when the name or the date is unknown or no such term is listed."""
        entries = [e for e in self.forms.get(surface.strip(), ())
                   if e.code[_SECTOR_SPLIT:].startswith(sector)]
        day = day_of(date)
        if not entries or day is None:
            return None
        return min(entries, key=lambda e: _distance(e, day))

    def has_term(self, surface: str, sector: str) -> bool:
        """Whether the table lists a term of `surface` whose sector starts with `sector`, at any date."""
        return any(e.code[_SECTOR_SPLIT:].startswith(sector) for e in self.forms.get(surface.strip(), ()))

    def variant_of(self, mention: str) -> str | None:
        """The table's name for a spelling variant of a listed person: the mention's surname (its
        last one or two words) is a form of the table, and its first word is one of that person's
        given names up to a transliteration ("Sergey Lavrov", "Tayyip Erdogan", "Muammar Qaddafi").
        A relative ("Hunter Biden", "Jeb Bush") has another given name and is not taken."""
        words = mention.split()
        if len(words) < 2 or mention in self.forms:
            return None
        given = _fold(words[0])[:4]
        for size in (1, 2):
            if len(words) - size < 1:
                continue
            for entry in self.forms.get(" ".join(words[-size:]), ()):
                names = entry.name.split()[:-1]
                if len(given) >= 3 and any(_fold(n)[:4] == given for n in names):
                    return entry.name
        return None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        if self.pattern is None:
            return iter(())
        return self.pattern.finditer(text, start, len(text) if end is None else end)


_LOWER_AFTER_HYPHEN = re.compile(r"(?<=[A-Za-z])-([a-z])")


def _hyphen_variants(surface: str) -> list[str]:
    """The other spellings of a name whose hyphen joins two syllables of one given name
    ("Geun-hye"): with a space and a capital, and with a capital after the hyphen."""
    if not _LOWER_AFTER_HYPHEN.search(surface) or not surface[:1].isupper():
        return []
    return [_LOWER_AFTER_HYPHEN.sub(lambda m: " " + m.group(1).upper(), surface),
            _LOWER_AFTER_HYPHEN.sub(lambda m: "-" + m.group(1).upper(), surface)]


_ARABIC_ARTICLE = re.compile(r"(?<= )(?:Al |Al-|al-)(?=[A-Z])")


def _article_variants(surface: str) -> list[str]:
    """The Arabic article of a family name is written three ways ("Tamim bin Hamad Al Thani", QNA's
    "Al-Thani", "al-Thani"): the other two (twenty-fourth session)."""
    if not _ARABIC_ARTICLE.search(surface):
        return []
    return [_ARABIC_ARTICLE.sub(form, surface) for form in ("Al ", "Al-", "al-")
            if _ARABIC_ARTICLE.sub(form, surface) != surface]


_SPACED_INITIALS = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")
_JOINED_INITIALS = re.compile(r"\b([A-Z])\.(?=[A-Z]\.)")


def _initials_variants(surface: str) -> list[str]:
    """Initials are written spaced or run together ("F. W. de Klerk", "F.W. de Klerk"): the other way."""
    if _SPACED_INITIALS.search(surface):
        return [_SPACED_INITIALS.sub(r"\1.", surface)]
    if _JOINED_INITIALS.search(surface):
        return [_JOINED_INITIALS.sub(r"\1. ", surface)]
    return []


def _fold(word: str) -> str:
    """Lower case without accents, for comparing spellings of a given name."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii").lower()


def day_of(date: str | None) -> str | None:
    """The YYYY-MM-DD part of an ISO date or datetime (basic YYYYMMDD too); None for unknown or
    partial dates ("XXXX-09-26")."""
    if date and len(date) >= 10 and _DAY.fullmatch(date[:10]):
        return date[:10]
    if date and _BASIC_DAY.fullmatch(date[:8]) and (len(date) == 8 or not date[8].isdigit()):
        return f"{date[:4]}-{date[4:6]}-{date[6:8]}"
    return None


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_BASIC_DAY = re.compile(r"\d{8}")


def _distance(entry: Entry, day: str) -> int:
    """Days-ish distance (on YYYYMMDD integers) from a date to an entry's range."""
    value = int(day.replace("-", ""))
    start = int(entry.start.replace("-", "")) if entry.start else None
    end = int(entry.end.replace("-", "")) if entry.end else None
    if start is not None and value < start:
        return start - value
    if end is not None and value > end:
        return value - end
    return 0


def _date(value: str, where: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise WirewatchError(f"{where}: date {value!r} is not YYYY-MM-DD", code="D001")
    return value


def read_csv(path: str | Path, label: str = "actor dictionary") -> list[tuple[str, Entry]]:
    """Parse one dictionary file into (surface form, entry) pairs; raises on a malformed row."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise WirewatchError(f"cannot read actor dictionary {path}: {exc}", code="D001") from exc
    rows = [(n, line) for n, line in enumerate(lines, 1)
            if line.strip() and not line.lstrip().startswith("#")]
    if not rows:
        return []
    reader = csv.DictReader([line for _, line in rows])
    if not reader.fieldnames or not {"name", "code"} <= {f.strip() for f in reader.fieldnames}:
        raise WirewatchError(f"{path}: the header must name at least the columns name,code", code="D001")
    out: list[tuple[str, Entry]] = []
    for (lineno, _), row in zip(rows[1:], reader, strict=True):
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        where = f"{label} {path.name}:{lineno}"
        name, code = row.get("name", ""), row.get("code", "").upper()
        if not name or not re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", code):
            raise WirewatchError(f"{where}: needs a name and a CAMEO code of capital letters", code="D001")
        entry = Entry(name=name, code=code, start=_date(row.get("start", ""), where),
                      end=_date(row.get("end", ""), where), note=row.get("note", ""), source=where)
        for surface in [name, *(a.strip() for a in row.get("aliases", "").split("|"))]:
            if surface:
                out.append((surface, entry))
    return out


@lru_cache(maxsize=16)
def load(paths: tuple[str, ...]) -> ActorDictionary:
    """The merged dictionary of several CSV files (cached per tuple of paths)."""
    entries: list[tuple[str, Entry]] = []
    for path in paths:
        entries.extend(read_csv(path))
    return ActorDictionary(entries)


BUILTIN = Path(__file__).resolve().parents[2] / "data" / "actor_leaders.csv"


@lru_cache(maxsize=1)
def builtin() -> ActorDictionary:
    """The shipped table of well-known office holders (data/actor_leaders.csv)."""
    return ActorDictionary(read_csv(BUILTIN, "built-in office holders"))


# Twenty-ninth session (actors31): irregular men "loyal to" a person ("fighters loyal to Charles Taylor",
# "militiamen loyal to Mohamed Farah Aidid") are the faction he led, when the table lists him as a rebel
# leader at any date: the GSR dates the acts of his rebel years 2000-01-01, when he may hold a state office
# or none. A state's regular men ("forces loyal to Hun Sen") keep their own sector.
IRREGULAR_MEN = frozenset({"fighters", "guerrillas", "guerrilla", "militiamen", "gunmen", "rebels", "militia",
                           "militias", "irregulars", "partisans", "loyalists", "insurgents"})


def loyal_men_sector(leader: Actor, own: str | None, men: str) -> str | None:
    """The sector of armed men named by the leader they follow: the leader's own armed sector, else the
    men's own word when it says rebels, else REB for irregular men of a listed rebel leader, else the men's
    own word."""
    if leader.sector in ("REB", "INS", "UAF"):
        return leader.sector
    if own == "REB":
        return own  # "Rebels led by Laurent Kabila" dated when he was president: rebels by their own word
    if men.lower() in IRREGULAR_MEN and builtin().has_term(leader.name, "REB"):
        return "REB"
    return own
