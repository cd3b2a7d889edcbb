"""Datelines: `SEOUL, Oct. 5 (Yonhap) --`, `LOS ANGELES, Feb 26 -`, `NAIROBI, Kenya (AP) _`,
`KUALA LUMPUR, April 1 , 1997 (AFP)`, `Pyongyang, December 24 (KCNA) --`, `WASHINGTON _`.

A dateline opens a line: place, optional region(s), optional month/day[/year], optional agency in
parentheses, then a separator (`--`, `—`, `–`, `-`, `_`) or the end of the line.  Something must make it
a dateline rather than the start of a sentence: a date, an agency, or (for undated NYT/AP lines) an
upper-case place followed by a wire separator.

Regional house styles (stories23): EFE closes its credit with `(EFE).-`, APP and other South Asian
wires with a colon (`ISLAMABAD, June 30 (APP):`), a web outlet credits itself with digits
(`(bdnews24.com)`), and the web copy of PNA, APS or VNA opens with an undated upper-case place and an
en dash (`MANILA – The Department`; a spaced hyphen, `ALGIERS - Algeria`, stays unread: "WASHINGTON -"
as a dateline made Washington a hub whose story is its lead's country, test_conv22's c4). A dated or
credited line takes the colon; an undated, uncredited one takes the en dash only after a place that is
no desk slug (`BREAKING –`) and before a sentence in mixed case (not an upper-case headline's second
half).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import agencies

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1):
    for _name in _names:
        MONTHS[_name] = _number

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# "Oct. 5", "Feb 26", "December 24", "April 1 , 1997", "MARCH 13"
DATE = (rf"(?i:(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d|[123]O)(?![\d:])"
        r"(?:[ \t]*,[ \t]*(?P<year>(?:1[89]|20)\d\d)(?:[ \t]*,[ \t]*(?P=year))?)?)")
_WORD = r"[A-Za-z][A-Za-z.'’&]*"
PLACE = rf"(?P<place>{_WORD}(?:[ \-]{_WORD}){{0,4}})"
REGION = rf"(?P<region>{_WORD}(?:[ \-]{_WORD}){{0,3}}(?:,[ \t]*{_WORD}(?:[ \-]{_WORD}){{0,2}})?)"
AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z0-9.&\- ]{0,24}?)\)"
# "(EFE).-": EFE's point and hyphen; ":" after a date or a credit (APP, Dawn); checked in match_dateline
SEP = r"(?P<sep>--|—|–|_(?=\s|$)|\.?-(?=\s|$)|:(?=\s))"

# Desk slugs that open a headline in upper case and could pass for an undated place ("UPDATE - ...")
SLUGS = frozenset({"update", "breaking", "exclusive", "analysis", "wrapup", "factbox", "refile", "corrected",
                   "insight", "column", "preview", "feature", "explainer", "opinion", "video", "photos",
                   "live", "urgent", "flash", "bulletin", "advisory", "editorial", "correction", "rpt",
                   "interview", "timeline", "review", "sports", "business", "world", "news", "brief"})

DATELINE = re.compile(
    rf"[ \t]*\**{PLACE}"
    rf"(?:[ \t]*,[ \t]*{REGION})??"
    rf"(?:[ \t]*,?[ \t]*(?:-[ \t]+)?{DATE})?"
    rf"(?:[ \t]*,?[ \t]*{AGENCY}|[ \t]*,[ \t]*(?P<cagency>[A-Z][A-Za-z]+)(?=[ \t]*(?:--|—|–|-|_))"
    rf"|\.?[ \t]*/(?P<sagency>[A-Z][A-Za-z\-]+)/\.?"  # TASS: "MOSCOW, October 3. /TASS/."
    # Kyodo, AAP: "TOKYO, July 8 Kyodo -" (a bare credit after the day); APA: "Baku. January 17. APA."
    rf"|(?<=\d)[ \t]+(?P<bagency>[A-Z][A-Za-z]+)(?=[ \t]*(?:--|—|–|-|_))"
    rf"|(?<=\d)\.[ \t]+(?P<pagency>[A-Z][A-Za-z]+)\.(?=[ \t]+[A-Z\"“]))?"
    # a separator, the end of the line, or (after a credited agency: PTI, TASS) straight into the text
    rf"[ \t]*(?:{SEP}|(?=\r?\n|\r|\Z)|(?<=[)/.])(?=[ \t]*[A-Z\"“]))",
)


# "(Undated)", "UNDATED _": the dateline slot of a story filed from no single place
UNDATED = re.compile(r"[ \t]*(?P<text>\((?i:undated)\)|(?i:undated)[ \t]*(?:--|—|–|_))(?=[ \t]|\r|\n|\Z)")


@dataclass(slots=True)
class DatelineMatch:
    place: str | None
    region: str | None
    month: int | None
    day: int | None
    year: int | None
    date_text: str | None
    agency: str | None  # as written
    start: int
    end: int  # end of the dateline text including its separator
    date_start: int | None = None
    date_end: int | None = None


def _title_region(region: str) -> bool:
    """A state or country after an undated place: one to three title-case words, no comma."""
    words = region.split()
    return "," not in region and 1 <= len(words) <= 3 \
        and all(w[:1].isupper() and w[1:2].islower() for w in words)


def match_dateline(text: str, pos: int, endpos: int | None = None) -> DatelineMatch | None:
    """A dateline starting at `pos` (start of a line), or None."""
    u = UNDATED.match(text, pos, len(text) if endpos is None else endpos)
    if u:
        return DatelineMatch(place=None, region=None, month=None, day=None, year=None, date_text=None,
                             agency=None, start=u.start("text"), end=u.end("text"))
    m = DATELINE.match(text, pos, len(text) if endpos is None else endpos)
    if not m:
        return None
    place, agency, month_name = m.group("place"), m.group("agency"), m.group("month")
    region = m.group("region")
    for group in ("cagency", "sagency", "bagency", "pagency"):  # "ROME, March 13, Reuter -", "/TASS/."
        if m.group(group):
            if group == "pagency" and place.endswith("."):
                place = place[:-1]  # "Baku. January 17. APA.": the place's own full stop
            if not agencies.known(m.group(group)):
                if group == "cagency" and month_name is None and region is None:
                    region = m.group(group)  # "DAYTON, Ohio —": a state, no agency (tested below)
                    continue
                return None
            agency = m.group(group)
    if not m.group("sep") and m.end() < len(text) and text[m.end()] not in "\r\n" and (
            agency is None or not agencies.known(agency)):
        return None  # running straight into the text needs a known agency credit
    if month_name and month_name.lower().rstrip(".") not in MONTHS:
        return None
    if agency is not None and not agencies.known(agency) and not m.group("sep"):
        return None
    has_date = month_name is not None
    if agency is not None and any(ch.isdigit() for ch in agency) and not agencies.known(agency):
        return None  # "(G-5) - comprising": a digit passes only in a known credit ("(bdnews24.com)")
    if m.group("sep") == ":" and not has_date and agency is None:
        return None  # "TRADE: China ..." is a headline; the colon closes only a dated or credited line
    if not has_date and agency is None:
        # Undated, uncredited: only a short upper-case place with a wire separator ("WASHINGTON _"),
        # maybe with its state or country in title case ("DAYTON, Ohio —", a web page's own dateline);
        # the en dash and the spaced hyphen of web copy ("MANILA – ", "ALGIERS - ") after a place that
        # is no desk slug
        sep = m.group("sep")
        web = sep == "–" and not SLUGS & set(place.lower().split()) \
            and re.match(r"[ \t]*[\"“]?[A-Z][a-z]", text[m.end():m.end() + 4]) is not None
        if not (sep in ("_", "--", "—") or web):
            return None
        if not (place.upper() == place and len(place.split()) <= 3
                and (region is None or _title_region(region))):
            return None
    between = text[m.end("place"):m.start("month")] if has_date else ""
    if has_date and agency is None and not m.group("sep") and "," not in between:
        return None  # "CANTERBURY PRESS INC YEAR NOV 30" is a headline, not a dateline
    if place.lower().rstrip(".") in MONTHS and not has_date:
        return None
    start = m.start("place")
    end = m.end()
    # trailing blanks before a line break belong to nothing; keep the dateline tight
    while end > start and text[end - 1] in " \t":
        end -= 1
    day = int(m.group("day").replace("O", "0")) if m.group("day") else None
    date_end = (m.end("year") if m.group("year") else m.end("day")) if month_name else None
    if day is not None and not 1 <= day <= 31:
        return None
    return DatelineMatch(
        place=place, region=region,
        month=MONTHS[month_name.lower().rstrip(".")] if month_name else None,
        day=day, year=int(m.group("year")) if m.group("year") else None,
        date_text=text[m.start("month"):date_end] if month_name else None,
        agency=agency, start=start, end=end,
        date_start=m.start("month") if month_name else None,
        date_end=date_end,
    )
