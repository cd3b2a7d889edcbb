"""Publication date with the reasoning that produced it (`article.published_evidence`).

Order of evidence:
1. a metadata date that is the publication date (Document.date, not an upper bound);
2. a wire stamp in the header, before the body: archive ids (APW19980807.0261), transmission
   lines (08/07/1998 06:18:00, AP-NR-08-15-90), site date lines ([2024.09.05.], [Juche113.1.2.]);
3. the dateline date.  A dateline year is taken as written.  Without one the year is inferred from
   the weekday of the lead ("said Tuesday" fixes the weekday of the dateline date), era clues
   ("the Biden administration" -> 2021-01-20..2025-01-20, eras.py) and an upper bound from a crawl
   or file date.  Only a single surviving year is stated; otherwise the year stays unknown and
   `published` is `XXXX-MM-DD` (TIMEX3 notation).  The machine clock is never consulted.

Only the header, dateline, headline and body are read: the trailer (related headlines after the end
marker) is page furniture and never drives the inference.
"""

from __future__ import annotations

import re
from datetime import date

from ..records import Article
from .dateline import DATE, MONTHS
from .eras import era_clues

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WD = "|".join(WEEKDAYS)
_VERBS = (r"said|says|announced|told|reported|stated|declared|added|warned|urged|confirmed|denied|"
          r"insisted|claimed|noted|agreed|decided|approved|rejected|released|issued|vowed|called|"
          r"unveiled|signed|launched|opened|closed|rose|fell|met|held|criticized|condemned|deplored")
# A weekday tied to the reporting verb of the lead: "said Tuesday", "on Tuesday announced".
WEEKDAY_CUE = re.compile(
    rf"(?<!last )(?<!next )(?<!this )\b(?:(?:{_VERBS})\s+(?:on\s+)?(?P<wd>{_WD})"
    rf"|(?:[Oo]n\s+)?(?P<wd2>{_WD})\s+(?:{_VERBS}))"
    rf"\b(?!\s+(?:last|next)\s+week)")

_ANY_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_SLASHED = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?!\d)")
_US = re.compile(r"(?<!\d)(?P<m>[01]\d)/(?P<d>[0-3]\d)/(?P<y>(?:19|20)\d\d)(?!\d)")
_DOC_ID = re.compile(r"\b[A-Z]{2,4}(?:_ENG_)?(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\.\d{4}\b")
_AP_ID = re.compile(r"\bAP(?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)-\d{4}\b")
_AP_STAMP = re.compile(r"\bAP-[A-Z]{2}-(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?P<y>\d\d) \d{4}[A-Z]{3}\b")
_SITE = re.compile(r"\[(?:(?P<y>\d{4})|Juche ?(?P<j>\d{1,3}))\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?\]")
_DATE_RE = re.compile(DATE)
_STAMPS = ((_SITE, "site date line"), (_US, "transmission stamp"), (_ISO, "transmission stamp"),
           (_SLASHED, "publication stamp"),
           (_AP_STAMP, "AP transmission stamp"), (_DOC_ID, "archive document id"),
           (_AP_ID, "archive document id"))

_SCAN_FROM, _SCAN_TO = 1900, 2100  # bounds of the year search when no era narrows it


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _yy(two: str) -> int:
    # two-digit years on 1980s-1990s wire stamps; archive stamps never reach past 2069
    n = int(two)
    return 1900 + n if n >= 70 else 2000 + n


def header_stamp(head: str) -> tuple[date, str] | None:
    """A full date printed by the wire in the header (before the body)."""
    for pattern, kind in _STAMPS:
        m = pattern.search(head)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("j"):
            year = int(groups["j"]) + 1911  # Juche 1 = 1912
        elif len(groups["y"]) == 2:
            year = _yy(groups["y"])
        else:
            year = int(groups["y"])
        found = _safe_date(year, int(groups["m"]), int(groups["d"]))
        if found:
            return found, f"{kind} '{m.group(0)}'"
    return None


def _lead(article: Article) -> str:
    body = article.body
    cut = body.find("\n\n")
    first = body if cut < 0 else body[:cut]
    return first[:800]


def _interval(clues: list) -> tuple[list[tuple[date, date]], list[str]]:
    """Intersect the terms of every era clue; returns the surviving windows and the reasons."""
    windows = [(date(_SCAN_FROM, 1, 1), date(_SCAN_TO, 1, 1))]
    reasons: list[str] = []
    for era, _start, _end in clues:
        terms = [(a, b or date(_SCAN_TO, 1, 1)) for a, b in era.terms]
        narrowed = [(max(a, ta), min(b, tb)) for a, b in windows for ta, tb in terms
                    if max(a, ta) < min(b, tb)]
        spans = ", ".join(f"{a.isoformat()}..{b.isoformat() if b else 'now'}" for a, b in era.terms)
        if not narrowed:
            # one of them is a historical mention ("a package unveiled by the Carter administration");
            # nothing says which, so no era is trusted
            labels = ", ".join(f"'{c[0].label}'" for c in clues)
            everything = [(date(_SCAN_FROM, 1, 1), date(_SCAN_TO, 1, 1))]
            return everything, [f"era clues {labels} conflict; not used"]
        windows = narrowed
        reasons.append(f"era clue '{era.label}' ({spans})")
    return windows, reasons


def infer_published(article: Article) -> None:
    doc = article.document
    evidence = article.published_evidence = []
    if doc is not None and doc.date and not doc.date_is_upper_bound:
        article.published = doc.date[:10]
        evidence.append(f"metadata date {doc.date}")
        return
    upper: date | None = None
    if doc is not None and doc.date and doc.date_is_upper_bound:
        upper = _safe_date(*map(int, doc.date[:10].split("-"))) if _ISO.match(doc.date[:10]) else None
        if upper:
            evidence.append(f"upper bound {upper.isoformat()} from the file/crawl date")

    head = article.text[:article.body_start]
    stamp = header_stamp(head)
    if stamp is not None and (upper is None or stamp[0] <= upper):
        article.published = stamp[0].isoformat()
        evidence.append(f"{stamp[1]} gives {stamp[0].isoformat()}")
        return

    dl = article.dateline
    if dl is None or not dl.date_text:
        return
    m = _DATE_RE.search(dl.date_text)
    if not m:
        return
    month, day = MONTHS[m.group("month").lower()], int(m.group("day").replace("O", "0"))
    if m.group("year"):
        found = _safe_date(int(m.group("year")), month, day)
        if found:
            article.published = found.isoformat()
            evidence.append(f"dateline date '{dl.date_text}' gives {found.isoformat()}")
            return
    evidence.append(f"dateline month/day {dl.date_text} (no year)")
    if article.related_headlines:
        evidence.append("related headlines after the end marker are page furniture: not used")
    year = _infer_year(article, month, day, upper, evidence)
    article.published = f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
    if year:
        evidence.append(f"published {article.published}")
    else:
        evidence.append("year unknown: the text does not single one out")


def _infer_year(article: Article, month: int, day: int, upper: date | None,
                evidence: list[str]) -> int | None:
    """The one year that the weekday of the lead, the era clues and the upper bound leave, if any."""
    lead = _lead(article)
    cues = ({(m.group("wd") or m.group("wd2")) for m in WEEKDAY_CUE.finditer(lead)}
            if _ANY_WEEKDAY.search(lead) else set())
    weekday: int | None = None
    if len(cues) == 1:
        name = cues.pop()
        weekday = WEEKDAYS.index(name)
        shown = [y for y in range(_SHOW_FROM, _SHOW_TO + 1)
                 if (d := _safe_date(y, month, day)) is not None and d.weekday() == weekday]
        evidence.append(f"lead weekday '{name}' makes {month:02d}-{day:02d} a {name}: "
                        f"{', '.join(map(str, shown))} (among {_SHOW_FROM}-{_SHOW_TO})")
    elif len(cues) > 1:
        evidence.append(f"lead names several weekdays ({', '.join(sorted(cues))}); not used")

    text = " ".join(x for x in (article.headline or "", article.body) if x)
    clues = era_clues(text)
    if not clues:
        return None  # only an era gives a lower bound: without one no year is singled out
    windows, reasons = _interval(clues)
    if upper is not None:
        windows = [(a, min(b, upper + _ONE_DAY)) for a, b in windows if a <= upper]
    years = sorted({y for a, b in windows for y in range(a.year, b.year + 1)
                    if (d := _safe_date(y, month, day)) is not None and a <= d < b
                    and (weekday is None or d.weekday() == weekday)})
    evidence.extend(reasons)
    bounded = not reasons[0].startswith("era clues ")
    if bounded:
        evidence.append(f"candidates left: {', '.join(map(str, years[:12])) or 'none'}")
    # Only an era gives a lower bound; without one no single year can be singled out.
    if bounded and len(years) == 1:
        return years[0]
    return None


_SHOW_FROM, _SHOW_TO = 1990, 2030  # years listed in the weekday evidence (display only)
_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)
