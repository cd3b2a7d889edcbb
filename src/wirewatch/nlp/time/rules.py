"""Recognise and normalise TIMEX3 expressions: run the pattern table, keep the best matches.

Each `Rule` pairs a pattern (timex_patterns.py: what a form looks like) with a handler
(timex_handlers.py: what it means). `find_timexes` keeps the longest non-overlapping matches, so
"Friday last week" beats "Friday" and "last week", then applies the document-level steps no single
match can: a story's bare weekdays name one day each, and "April 24 and 25" gives the bare "25".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .handlers import (
    HANDLERS,
    Context,
    Handler,
    Norm,
    _g,
    _safe_date,
    _weekday,
    h_year,
    parse_quantity,
    quarter_value,
)
from .patterns import KEYS, PATTERNS, WD

__all__ = ["Context", "Found", "Norm", "RULES", "Rule", "find_timexes", "parse_quantity"]


@dataclass(slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler


@dataclass(slots=True)
class Found:
    start: int
    end: int
    rule: str
    norm: Norm


RULES: list[Rule] = [Rule(name, pattern, HANDLERS[name]) for name, pattern in PATTERNS]


def _windows(text: str, key: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for k in key.finditer(text):
        lo, hi = max(0, k.start() - before), min(len(text), k.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def _matches(rule: Rule, text: str) -> Iterator[re.Match[str]]:
    keyed = KEYS.get(rule.name)
    if keyed is None:
        yield from rule.pattern.finditer(text)
        return
    for lo, hi in _windows(text, *keyed):
        yield from rule.pattern.finditer(text, lo, hi)


def find_timexes(text: str, ctx: Context) -> Iterator[Found]:
    """Timexes in `text`, longest match first among overlapping ones, in text order."""
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    for index, rule in enumerate(RULES):
        for m in _matches(rule, text):
            if m.end() > m.start() and not re.search(r"\n|\s{3,}", m.group(0)):
                candidates.append((m.start(), m.end(), index, m))
    ctx.quarters = sorted(_named_quarters(candidates, ctx))
    ctx.years = sorted(_named_years(candidates))
    ctx.weekdays = sorted(_named_weekdays(candidates))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    for start, end, index, m in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        rule = RULES[index]
        try:
            norm = rule.handler(m, ctx)
        except (ValueError, OverflowError, KeyError):
            norm = None  # "a million weeks ago": off the calendar; one odd phrase never costs the article
        if norm is None:
            continue
        taken.append((start, end))
        found.append(Found(start, end, rule.name, norm))
    _harmonise_weekdays(text, found)
    for f in list(found):
        second = _second_day(text, f) if f.rule == "full_date" else None
        if second is not None and not any(second.start < e and s < second.end for s, e in taken):
            taken.append((second.start, second.end))
            found.append(second)
    found.sort(key=lambda f: f.start)
    yield from found


def _harmonise_weekdays(text: str, found: list[Found]) -> None:
    """A story's bare "Friday" names one day: a mention whose tense pointed elsewhere ("to accede to
    NATO on Friday were ...") takes the date most other bare mentions of that weekday got."""
    groups: dict[int, list[Found]] = {}
    for f in found:
        if f.rule == "weekday" and f.norm.type == "DATE" and f.norm.reason.startswith("weekday;"):
            wd = re.search(WD, text[f.start:f.end], re.I)
            if wd:
                groups.setdefault(_weekday(wd.group()), []).append(f)
    for mentions in groups.values():
        counts: dict[str, int] = {}
        for f in mentions:
            counts[f.norm.value] = counts.get(f.norm.value, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
            continue
        value = ranked[0][0]
        for f in mentions:
            if f.norm.value != value:
                f.norm = Norm("DATE", value, f"weekday; as the story's other {ranked[0][1]} mentions")


_SECOND_DAY = re.compile(r"\s*(?:and|or|to|through|-|–)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                         r"(?![\w%]|[.,:/]\d|\s*(?:percent|[ap]\.?m\b|million|billion))")


def _second_day(text: str, first: Found) -> Found | None:
    """'April 24 and 25': the bare second day is a timex of its own, in the first one's month."""
    value = first.norm.value
    if not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", value):
        return None
    m = _SECOND_DAY.match(text, first.end)
    if m is None:
        return None
    day = int(m.group("day"))
    year = 2000 if value[0] == "X" else int(value[:4])  # a leap year when the year is unknown
    if day <= int(value[8:10]) or _safe_date(year, int(value[5:7]), day) is None:
        return None
    norm = Norm("DATE", f"{value[:8]}{day:02d}", "second day of a month-day pair")
    return Found(m.start("day"), m.end(), "full_date", norm)


def _named_weekdays(candidates: list[tuple[int, int, int, re.Match[str]]]) -> Iterator[tuple[int, int]]:
    for _start, _end, index, m in candidates:
        if RULES[index].name == "weekday" and not _g(m, "rel") and not _g(m, "wk") and not _g(m, "pl"):
            yield m.start("wd"), _weekday(m.group("wd"))


def _named_years(candidates: list[tuple[int, int, int, re.Match[str]]]) -> Iterator[tuple[int, int]]:
    for start, _end, index, m in candidates:
        if RULES[index].name in ("full_date", "month_year", "year") and _g(m, "year"):
            if RULES[index].name != "year" or h_year(m, Context(anchor=None)) is not None:
                yield start, int(m.group("year"))


def _named_quarters(candidates: list[tuple[int, int, int, re.Match[str]]],
                    ctx: Context) -> Iterator[tuple[int, int, int]]:
    for start, _end, index, m in candidates:
        if RULES[index].name == "quarter" and m.group("unit").lower() == "quarter":
            yq = quarter_value(m, ctx)
            pre = (_g(m, "pre") or "").lower()
            if yq and not re.search(r"year-ago|year-earlier|last year's|comparable|prior", pre):
                yield start, yq[0], yq[1]
