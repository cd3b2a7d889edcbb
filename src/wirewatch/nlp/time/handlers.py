"""What each TIMEX3 form means: handlers that turn a pattern match into (type, value, reason).

A handler gets the match and a `Context` (the anchor date, a tense oracle, what the text has
named so far: years, quarters, bare weekdays) and returns a `Norm`, or None to drop the match.
Nothing here needs spaCy: the tense oracle is a callable the caller supplies (timexes.py wires it
to the parse), so every handler is testable on a bare string. timex_patterns.py says what each form
looks like; `HANDLERS` maps its rule names to the functions here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from . import calendar as cal
from .lexicon import (
    FRACTIONS,
    HOLIDAYS_FIXED,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_REF,
    PRESENT_REF,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from .patterns import MON, VAGUE, YEAR4

Direction = Callable[[int, int], int]


@dataclass(slots=True)
class Norm:
    type: str
    value: str
    reason: str


@dataclass(slots=True)
class Context:
    """What normalisation may consult besides the match itself."""

    anchor: date | None
    direction: Direction = lambda start, end: 0  # -1 past, +1 future, 0 unknown
    quarters: list[tuple[int, int, int]] = field(default_factory=list)  # (offset, year, quarter) named
    month_day: tuple[int, int] | None = None  # the anchor's month and day when only its year is unknown
    years: list[tuple[int, int]] = field(default_factory=list)  # (offset, year) of explicit years named
    weekdays: list[tuple[int, int]] = field(default_factory=list)  # (offset, ISO weekday) named bare

    def year_before(self, pos: int) -> int | None:
        """The last explicit year the text named before `pos` (the reference of 'that year')."""
        best = None
        for offset, year in self.years:
            if offset < pos:
                best = year
        return best

    def weekday_before(self, pos: int, weekday: int) -> bool:
        """Whether the text named `weekday` bare ("Friday", not "next Friday") before `pos`."""
        return any(offset < pos and wd == weekday for offset, wd in self.weekdays)

    def quarter_before(self, pos: int) -> tuple[int, int] | None:
        """The last quarter the text named before `pos` (the reference of 'the quarter')."""
        best = None
        for offset, year, q in self.quarters:
            if offset < pos:
                best = (year, q)
        return best



# ----------------------------------------------------------------------------- small parsers

def parse_quantity(text: str) -> float | None:
    """'twenty four' -> 24, '2 1/2' -> 2.5, 'a couple of' -> 2, 'several' -> None."""
    t = text.lower().replace("-", " ").replace(",", "").replace("and a half", "and half").strip()
    if re.fullmatch(VAGUE, t):
        return None
    if t.startswith("a couple"):
        return 2.0
    if t == "a dozen":
        return 12.0
    if t.startswith("half"):
        return 0.5
    total = 0.0
    current = 0.0
    for word in t.split():
        if word in FRACTIONS:
            current += FRACTIONS[word]
        elif word.endswith("½"):
            current += float(word[:-1] or 0) + 0.5
        elif re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif word in ("and",):
            continue
        elif word == "half":
            current += 0.5
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        else:
            return None
    return total + current


def _unit(word: str) -> tuple[str, bool, int]:
    w = word.lower()
    w = w[:-3] + "y" if w.endswith("ies") else w.rstrip("s")
    return UNITS[w]


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip("s")]


def _day_number(text: str) -> int | None:
    t = text.lower()
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.match(r"\d+", t)
    return int(m.group()) if m else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _granular(d: date, unit: str) -> str:
    """`d` written at the granularity of `unit` ('two months ago' -> 1999-11)."""
    if unit in ("Y",):
        return f"{d.year:04d}"
    if unit == "M":
        return cal.month_value(d.year, d.month)
    if unit == "W":
        return cal.week_value(d)
    if unit == "Q":
        return f"{d.year:04d}-Q{cal.quarter_of(d)}"
    return cal.day_value(d)


def _g(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


# ----------------------------------------------------------------------------- handlers

def h_full_date(m: re.Match[str], ctx: Context) -> Norm | None:
    mon_text = m.group("mon")
    if mon_text.lower() == "may" and not mon_text.startswith("M"):
        return None
    month = _month(mon_text)
    day = _day_number(m.group("day"))
    if day is None:
        return None
    if m.group("year"):
        year = int(m.group("year"))
        reason = "explicit date"
    elif ctx.anchor is None:
        d = _safe_date(2000, month, day)  # leap-year safe check of the day number
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", "month-day, no anchor") if d else None
    else:
        year = cal.month_day_year(ctx.anchor, month, day, ctx.direction(m.start(), m.end()))
        reason = f"month-day; year from anchor {ctx.anchor} and tense"
    d = _safe_date(year, month, day)
    if d is None:
        return None
    if _g(m, "weekof"):
        return Norm("DATE", cal.week_value(d), "week of a date")
    return Norm("DATE", cal.day_value(d), reason)


def h_numeric_date(m: re.Match[str], ctx: Context) -> Norm | None:
    if m.group("iso"):
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
    else:
        mo, d, yy = int(m.group("m")), int(m.group("d")), int(m.group("y"))
        y = yy if yy > 99 else (1900 + yy if yy > 30 else 2000 + yy)
    dd = _safe_date(y, mo, d)
    return Norm("DATE", cal.day_value(dd), "numeric date") if dd else None


def h_month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month(m.group("mon"))
    return Norm("DATE", cal.month_value(int(m.group("year")), month), "month and year")


_PREP_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|by|through|during|from|of|last|next|this|early|late|"
                          r"mid|before|after|between|and|to|or|for|on|around|the)\s+|mid-)$", re.I)


def h_month(m: re.Match[str], ctx: Context) -> Norm | None:
    mon_text = m.group("mon")
    if not mon_text[0].isupper():
        return None
    pre = (_g(m, "pre") or "").lower()
    rel = (_g(m, "rel") or "").lower().strip()
    if mon_text.lower() in ("may", "march") and not pre and not rel:
        before = m.string[max(0, m.start() - 12):m.start()]
        if not _PREP_BEFORE.search(before):
            return None  # "may" the modal, "March" the verb at a sentence start
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{_month(mon_text):02d}", "month, no anchor")
    month = _month(mon_text)
    a = ctx.anchor
    if rel in ("last", "this past"):
        year = a.year if month < a.month else a.year - 1
    elif rel in ("next", "this coming"):
        year = a.year if month > a.month else a.year + 1
    elif rel == "this":
        year = a.year
    else:
        direction = ctx.direction(m.start(), m.end())
        if _UNTIL_BEFORE.search(m.string[max(0, m.start() - 20):m.start()]):
            direction = 1  # "until mid-November"
        elif _SINCE_BEFORE.search(m.string[max(0, m.start() - 10):m.start()]):
            direction = -1  # "since early December"
        year = cal.month_year(a, month, direction)
    return Norm("DATE", cal.month_value(year, month), f"month; year from anchor {a} ({rel or 'tense'})")


def h_year(m: re.Match[str], ctx: Context) -> Norm | None:
    text = m.string
    s, e = m.start("year"), m.end("year")
    before = text[max(0, s - 2):s]
    after = text[e:e + 12]
    if re.search(r"[$#£€\d.,/:]$", before) or re.match(r"(?:[\d%]|,\d|\.\d|:\d|/\d|\s*(?:percent|%|million|"
                                                       r"billion|shares|people|troops|yen|marks))",
                                                       after, re.I):
        return None
    year = int(m.group("year"))
    pre = (_g(m, "pre") or "").lower()
    if re.search(r"\b(?:first|early)\s+half", pre):
        return Norm("DATE", f"{year}-H1", "first half of a year")
    if re.search(r"\b(?:second|last|latter)\s+half", pre):
        return Norm("DATE", f"{year}-H2", "second half of a year")
    return Norm("DATE", f"{year:04d}", "explicit year")


def h_word_year(m: re.Match[str], ctx: Context) -> Norm | None:
    t = m.group("wy").lower().replace("-", " ")
    if t.startswith("two thousand"):
        rest = t[len("two thousand"):].replace("and", "").strip()
        n = parse_quantity(rest) if rest else 0
        return Norm("DATE", f"{2000 + int(n or 0)}", "year in words") if n is not None else None
    rest = t[len("nineteen"):].replace("hundred", "").strip()
    n = parse_quantity(rest)
    if n is None or not 0 <= n < 100:
        return None
    if m.group("season"):
        return Norm("DATE", f"{1900 + int(n)}-{SEASONS[m.group('season').lower()]}", "season of a year")
    return Norm("DATE", f"{1900 + int(n)}", "year in words")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def h_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m.group("dec"):
        stem = m.group("dec")[:3]
    elif m.group("d2"):
        stem = "19" + m.group("d2")[0]
    else:
        stem = "19" + str(_DECADE_WORDS[m.group("dw").lower()])
    # TimeBank writes "the 1990s" as 199 and a bare "1990s" as 199X
    value = stem if (_g(m, "the") or m.group("dw") or m.group("d2")) else stem + "X"
    return Norm("DATE", value, "decade")


def h_century(m: re.Match[str], ctx: Context) -> Norm | None:
    n = _day_number(m.group("c")) or {"twenty-first": 21}.get(m.group("c").lower())
    if not n:
        return None
    return Norm("DATE", f"{n - 1:02d}", "century")


def _ref_quarter(ctx: Context, pos: int, latest: bool = False) -> tuple[int, int] | None:
    named = None if latest else ctx.quarter_before(pos)
    if named:
        return named
    if ctx.anchor is None:
        return None
    # a results story talks of the last completed quarter
    y, q = ctx.anchor.year, cal.quarter_of(ctx.anchor) - 1
    return (y - 1, 4) if q == 0 else (y, q)


_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
          "final": 4, "last": 4}


def quarter_value(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """(year, quarter) of an explicit quarter mention, or None."""
    q = _Q_ORD[m.group("ord").lower()]
    pre = m.group(0).lower()
    year_text = _g(m, "y1") or _g(m, "y2")
    if year_text:
        return int(year_text), q
    if ctx.anchor is None:
        return None
    year = ctx.anchor.year
    if re.search(r"year-ago|year-earlier|last year's|prior-year|previous year's|comparable", pre):
        year -= 1
    elif "next year's" in pre:
        year += 1
    elif q > cal.quarter_of(ctx.anchor) and ctx.direction(m.start(), m.end()) < 0:
        year -= 1
    return year, q


def h_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = m.group("unit").lower()
    if unit.startswith("half"):
        year_text = _g(m, "y1") or _g(m, "y2")
        if year_text is None and ctx.anchor is None:
            return None
        year = int(year_text) if year_text else ctx.anchor.year  # type: ignore[union-attr]
        half = 1 if m.group("ord").lower() in ("first", "1st") else 2
        return Norm("DATE", f"{year}-H{half}", "half year")
    yq = quarter_value(m, ctx)
    if yq is None:
        return Norm("DATE", f"XXXX-Q{_Q_ORD[m.group('ord').lower()]}", "quarter, no anchor")
    return Norm("DATE", f"{yq[0]}-Q{yq[1]}", "quarter; year from text or anchor")


def h_quarter_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    pre = m.group("pre").lower()
    unit = m.group("unit").lower()
    back = bool(re.search(r"year-ago|year-earlier|last year|a year (?:ago|earlier)|prior-year|corresponding",
                          m.group(0).lower()))
    anchored = back or "latest" in pre or "same" in pre or _g(m, "qy")
    if unit == "period" and not anchored or pre in ("that", "a"):
        if not (unit == "quarter" and pre == "that"):
            return None
    if _g(m, "emon") and ctx.anchor is not None and not back:
        month, day = _month(m.group("emon")), int(m.group("eday"))
        year = cal.month_day_year(ctx.anchor, month, day, -1)
        return Norm("DATE", f"{year}-Q{(month - 1) // 3 + 1}", "the quarter ended on a named day")
    latest = re.search(r"latest|most recent|just-ended", pre)
    # "the year-ago period" and "the latest quarter" count from the last completed quarter, not
    # from whatever quarter the text last named ("the third quarter of 1990" in an outlook)
    ref = _ref_quarter(ctx, m.start(), latest=bool(latest) or back or bool(_g(m, "qy")))
    if ref is None:
        return None
    y, q = ref
    if _g(m, "qy"):
        multi = _MULTI_QUARTER.search(m.string[_sentence_start(m.string, m.start()):m.start()])
        if unit == "period" and (not ctx.quarters or multi):  # "the first nine months ... the 1988 period"
            return Norm("DATE", m.group("qy"), "the period of a named year")
        y = int(m.group("qy"))
    elif back:
        y -= 1
    return Norm("DATE", f"{y}-Q{q}", "quarter the text is reporting on" + (", a year back" if back else ""))


def h_year_ago_adj(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return None
    text, pos = m.string, m.start()
    here = _sentence_start(text, pos)
    before = text[_sentence_start(text, max(0, here - 1)):pos]  # this sentence and the one before
    if "quarter" not in text[here:pos].lower() and (_MULTI_QUARTER.search(before)
                                                   or re.search(r"\blast\s+year\b", before, re.I)):
        # "In the first nine months, net was ... The year-ago results included ...": a year, not a quarter
        return Norm("DATE", f"{_reporting_year(ctx, pos) - 1}", "year-ago after a whole-year comparison")
    if ctx.quarters:
        ref = _ref_quarter(ctx, m.start(), latest=True)
        if ref:
            return Norm("DATE", f"{ref[0] - 1}-Q{ref[1]}", "year-ago quarter")
    return Norm("DATE", f"{ctx.anchor.year - 1}", "year-ago")


def h_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    wd_text = m.group("wd")
    weekday = _weekday(wd_text)
    pod = _g(m, "pod")
    if _g(m, "pl") and not _g(m, "rel"):
        suffix = f"T{PARTS_OF_DAY[pod.lower().rstrip('s')]}" if pod else ""
        return Norm("SET", f"XXXX-WXX-{weekday}{suffix}", "plural weekday: every such day")
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-WXX-{weekday}", "weekday, no anchor")
    rel = (_g(m, "rel") or "").lower()
    wk = (_g(m, "wk") or "").lower()
    if wk:
        d = cal.weekday_relative(ctx.anchor, weekday, f"{wk} week")
        reason = f"weekday of the {wk} week"
    elif rel == "the previous" and ctx.weekday_before(m.start(), weekday):
        # "closed lower Friday ... down 4.5% from the previous Friday": the one before the Friday
        # the story already told of (a bare past weekday, as valued below)
        d = cal.weekday_date(ctx.anchor, weekday, -1) - timedelta(weeks=1)
        reason = "the weekday before the one the text named"
    elif rel in ("last", "this past", "the previous", "past"):
        d = cal.weekday_relative(ctx.anchor, weekday, "last")
        reason = "last weekday"
    elif rel in ("next", "this coming", "the following", "the next", "coming"):
        d = cal.weekday_relative(ctx.anchor, weekday, "next")
        reason = "next weekday"
    else:
        direction = ctx.direction(m.start("wd"), m.end("wd"))
        if m.string.startswith("'s", m.end("wd")):
            direction = -1  # "Friday's ruling": a thing already done
        elif _SOON_BEFORE.search(m.string[max(0, m.start() - 50):m.start()]):
            direction = 1  # "as early as Tuesday"
        elif _clock(m) and _UNTIL_BEFORE.search(m.string[max(0, m.start() - 20):m.start()]):
            direction = 1  # "has given them until 9 a.m. Tuesday": a deadline ahead
        elif _SINCE_BEFORE.search(m.string[max(0, m.start() - 10):m.start()]):
            direction = -1  # "since Monday"
        d = cal.weekday_date(ctx.anchor, weekday, direction)
        reason = f"weekday; {'future' if direction > 0 else 'past'} by tense, anchor {ctx.anchor}"
    if _g(m, "shift"):  # "the day before last Tuesday's hearing"
        d += timedelta(days=-1 if m.group("shift").lower() == "before" else 1)
        reason += f"; the day {m.group('shift').lower()}"
    pod = (_g(m, "pod") or "").lower()
    if pod in ("morning", "night") and not _clock(m):
        # TimeBank/AQUAINT mostly value "Friday morning", "Sunday night" as the day itself
        return Norm("DATE", cal.day_value(d), reason + f"; {pod} of that day")
    return _with_time(m, d, reason)


# "as early as Tuesday", "as soon as trading opened Monday"
_SOON_BEFORE = re.compile(r"\bas\s+(?:early|soon|late)\s+as\s+(?:[a-z]+\s+){0,3}$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_UNTIL_BEFORE = re.compile(r"\bas\s+(?:early|soon|late)\s+as\s+$|\b(?:until|till|through)\s+$", re.I)


def _with_time(m: re.Match[str], d: date, reason: str) -> Norm:
    """A day value, refined by a clock time or part of day in the same match."""
    clock = _clock(m)
    if clock:
        return Norm("TIME", f"{d.isoformat()}T{clock}", reason + "; clock time")
    pod = _g(m, "pod")
    if pod:
        part = PARTS_OF_DAY[pod.lower().rstrip("s")]
        return Norm("TIME", f"{d.isoformat()}T{part}", reason + "; part of day")
    return Norm("DATE", cal.day_value(d), reason)


def _clock(m: re.Match[str]) -> str | None:
    named = _g(m, "named")
    if named:
        return "12:00" if named.lower() in ("noon", "midday") else "24:00"
    hour = _g(m, "h")
    if hour is None:
        return None
    h = int(hour)
    minute = int(_g(m, "mi") or 0)
    ampm = (_g(m, "ap") or "").lower()
    if h > 12 or minute > 59:
        return None
    if ampm.startswith("p") and h != 12:
        h += 12
    elif ampm.startswith("a") and h == 12:
        h = 0
    return f"{h:02d}:{minute:02d}"


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def h_deictic_day(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m.group("w").lower()
    before = m.string[max(0, m.start() - 20):m.start()]
    if m.group("w")[0].isupper() and re.search(r"\b[A-Z]\w*[ \t]+$", before):
        return None  # "USA Today", "VOA Today": a title, not the day
    if word == "today" and m.string.startswith("'s", m.end()) and re.search(r"\b(?:of|for|in)\s+$", before):
        return None  # "many of today's computers": the present in general, not the day
    if ctx.anchor is None and ctx.month_day is not None:
        # year unknown (a dateline "Oct. 13" with no year anywhere): shift inside a leap year
        d = date(2000, *ctx.month_day) + timedelta(days=_DEICTIC[word])
        return Norm("DATE", f"XXXX-{d.month:02d}-{d.day:02d}", f"{word} from a year-less anchor")
    if ctx.anchor is None:
        return Norm("DATE", "PRESENT_REF" if word == "today" else "XXXX-XX-XX", "deictic day, no anchor")
    d = ctx.anchor + timedelta(days=_DEICTIC[word])
    return _with_time(m, d, f"{word} from anchor {ctx.anchor}")


def h_part_of_day(m: Any, ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return None
    which = m.group("which").lower()
    pod = m.group("pod").lower()
    d = ctx.anchor - timedelta(days=1) if which in ("last", "yesterday") else ctx.anchor
    if which == "tomorrow":
        d = ctx.anchor + timedelta(days=1)
    return Norm("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[pod]}", f"{which} {pod} from anchor")


def h_clock(m: re.Match[str], ctx: Context) -> Norm | None:
    if re.search(r"\bhigh\s+$", m.string[max(0, m.start() - 6):m.start()], re.I):
        return None  # "High Noon"
    clock = _clock(m)
    if clock is None:
        return None
    day = _g(m, "dayword")
    if ctx.anchor is None:
        return Norm("TIME", f"T{clock}", "clock time, no anchor")
    d = ctx.anchor
    direction = ctx.direction(m.start(), m.end())
    if _UNTIL_BEFORE.search(m.string[max(0, m.start() - 20):m.start()]):
        direction = 1  # "until 9 a.m. Tuesday": a deadline ahead
    if day:
        low = day.lower()
        if low in _DEICTIC:
            d = ctx.anchor + timedelta(days=_DEICTIC[low])
        elif low.rstrip("s") in WEEKDAYS:
            d = cal.weekday_date(ctx.anchor, _weekday(low), direction)
        else:
            mm = re.match(rf"({MON})\s+(\d+)", day, re.I)
            if mm:
                month, dd = _month(mm.group(1)), int(mm.group(2))
                yy = cal.month_day_year(ctx.anchor, month, dd, direction)
                d = _safe_date(yy, month, dd) or d
    return Norm("TIME", f"{d.isoformat()}T{clock}", "clock time on the anchor day or the named day")


def h_relative(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    pre = (_g(m, "pre") or "").lower()
    a = ctx.anchor
    if unit in ("year", "fiscal year") and rel in ("the", "the full") and not pre and a is not None:
        before = m.string[max(0, m.start() - 4):m.start()].lower()
        after = m.string[m.end():m.end() + 12].lower()
        if (unit == "year" and (rel == "the full" or before.endswith("of "))
                or before.endswith("for ") and not _PERIOD_BOUND.match(after)):
            # "a high for the year", "For the year, volume was flat": the year being reported on;
            # "for the year ended March 31" stays a span
            return Norm("DATE", f"{a.year}", "the (fiscal) year the text reports on")
    if unit == "year" and rel == "the" and not pre:
        return Norm("DURATION", "P1Y", "'the year' as a span of time")
    if unit == "fiscal year" and rel == "the":
        return Norm("DURATION", "P1Y", "'the fiscal year' as a span of time")
    if unit == "year" and rel in ("that", "the following", "the previous", "the same"):
        # a narrative year: counted from the last year the text named, never from the anchor
        named = ctx.year_before(m.start())
        if named is None:
            return None
        step = {"the following": 1, "the previous": -1}.get(rel, 0)
        return Norm("DATE", f"{named + step}", f"{rel} year after the text's {named}")
    if rel in ("that", "the same", "the") and unit not in ("weekend",) and not (rel == "the" and "of" in pre):
        return None  # needs a narrative reference time
    if a is None:  # recognised, but only the granularity is known
        blank = {"year": "XXXX", "fiscal year": "XXXX", "calendar year": "XXXX", "month": "XXXX-XX",
                 "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "quarter": "XXXX-QX"}.get(unit)
        return Norm("DATE", blank, f"{rel} {unit}, no anchor") if blank else None
    step = {"last": -1, "the past": -1, "the last": -1, "the previous": -1, "this past": -1,
            "next": 1, "the next": 1, "the coming": 1, "the following": 1, "this coming": 1,
            "coming": 1}.get(rel, 0)
    if unit in ("year", "fiscal year", "calendar year"):
        return Norm("DATE", f"{a.year + step}", f"{rel} year from anchor {a}")
    if unit == "month":
        y, mo = cal.shift_months(a.year, a.month, step)
        return Norm("DATE", cal.month_value(y, mo), f"{rel} month from anchor")
    if unit == "week":
        return Norm("DATE", cal.week_value(a + timedelta(weeks=step)), f"{rel} week from anchor")
    if unit == "weekend":
        d = a + timedelta(weeks=step) if step else a
        if rel == "the" and a.isoweekday() < 6:
            d = a - timedelta(weeks=1)  # "the weekend" in a weekday story: the one just past
        return Norm("DATE", cal.week_value(d) + "-WE", f"{rel} weekend from anchor")
    if unit == "quarter":
        q = cal.quarter_of(a) + step
        y = a.year + (q - 1) // 4
        return Norm("DATE", f"{y}-Q{(q - 1) % 4 + 1}", f"{rel} quarter from anchor")
    if unit == "decade":
        return Norm("DATE", f"{a.year // 10 + step:03d}", f"{rel} decade from anchor")
    if unit in SEASONS:
        which = "last" if step < 0 else "next" if step > 0 else "this"
        return Norm("DATE", f"{cal.season_year(a, SEASONS[unit], which)}-{SEASONS[unit]}", f"{rel} {unit}")
    return None


_PERIOD_BOUND = re.compile(r"\s+(?:ended|ending|to|through|before|after|ago|earlier|since|from)\b")

_SEASON_CUE = re.compile(r"\b(?:in|during|since|until|by|through|over|this|last|next|early|late|of)\s+$",
                         re.I)


def h_season(m: re.Match[str], ctx: Context) -> Norm | None:
    season = SEASONS[m.group("season").lower()]
    bare = m.group(0).lower() == m.group("season").lower()
    if bare and not _SEASON_CUE.search(m.string[max(0, m.start() - 10):m.start()]):
        return None  # "to fall", "Spring of Life"
    if m.group("year"):
        return Norm("DATE", f"{m.group('year')}-{season}", "season of a year")
    if ctx.anchor is None:
        return None
    return Norm("DATE", f"{cal.season_year(ctx.anchor, season, 'this')}-{season}", "season; year from anchor")


def h_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    qty_text = m.group("q")
    unit, time_unit, mult = _unit(m.group("unit"))
    qty = parse_quantity(qty_text)
    word = m.group("dir").lower()
    if time_unit:
        return None
    if qty is None or ctx.anchor is None:
        return Norm("DATE", "PAST_REF", "vague quantity ago") if word in ("ago", "earlier") else None
    if word not in ("ago", "earlier"):
        return None  # "two days later" counts from a narrative time: only "two days" is marked
    if unit == "Y" and qty == 1 and mult == 1:
        period = _period_of_sentence(m.string, m.start(), ctx)
        if period is not None:
            return period
    if unit == "Y" and qty == 1 and ctx.quarters and mult == 1:
        ref = _ref_quarter(ctx, m.start(), latest=True)
        if ref:
            return Norm("DATE", f"{ref[0] - 1}-Q{ref[1]}", "a year before the quarter reported on")
    if unit == "D" and word == "earlier" and qty == 1:
        return Norm("DURATION", "P1D", "a day earlier")
    n = qty * mult
    if n != int(n):
        return None
    if unit == "Q":
        d = cal.shift_date(ctx.anchor, "M", -3 * int(n))
    else:
        d = cal.shift_date(ctx.anchor, unit, -int(n))
    return Norm("DATE", _granular(d, unit), f"{n:g}{unit} before anchor {ctx.anchor}")


_ENDED_DAY = re.compile(rf"\b(?:ended|ending)\s+(?P<mon>{MON})\s+(?P<day>\d{{1,2}})"
                        rf"(?:,?\s+(?P<year>{YEAR4}))?", re.I)
_MULTI_QUARTER = re.compile(r"\b(?:nine|six)\s+months\b|\bfirst\s+half\b|\bfiscal\s+year\b", re.I)


_SENTENCE_END = re.compile(r"(?:(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Co|Jr|Sr))(?<!Mrs|Gen|Sen|Rep|Inc|Ltd)"
                           r"(?<!Corp)[.!?][\"')]*\s+(?=[\"'(]*[A-Z])|\n)")


def _sentence_start(text: str, pos: int) -> int:
    """Offset where the sentence holding `pos` begins: after the last full stop before it that is
    followed by a capital and is not an abbreviation's ("Aug. 12", "Corp. said", "U.S. The")."""
    lo = max(0, pos - 400)
    start = lo
    for end in _SENTENCE_END.finditer(text, lo, pos):
        start = end.end()
    return start


def _period_of_sentence(text: str, pos: int, ctx: Context) -> Norm | None:
    """'a year earlier' taken from the reporting period its own sentence names before it.

    "For the quarter ended Sept. 30, net rose ... from $2 a share a year earlier" is that day a
    year back; "for the nine months ... a year earlier" spans more than one quarter, so only the
    year is known. None when the sentence names neither (the caller falls back to the quarter).
    """
    if ctx.anchor is None:
        return None
    before = text[_sentence_start(text, pos):pos]
    ends = list(_ENDED_DAY.finditer(before))
    if ends:
        ended = ends[-1]
        month, day = _month(ended.group("mon")), int(ended.group("day"))
        year = (int(ended.group("year")) if ended.group("year")
                else cal.month_day_year(ctx.anchor, month, day, -1))
        d = _safe_date(year - 1, month, day)
        if d is not None:
            return Norm("DATE", cal.day_value(d), "a year before the period end its sentence names")
    if _MULTI_QUARTER.search(before):
        return Norm("DATE", f"{_reporting_year(ctx, pos) - 1}", "a year before a multi-quarter period")
    return None


def _reporting_year(ctx: Context, pos: int) -> int:
    ref = _ref_quarter(ctx, pos, latest=True)
    return ref[0] if ref else ctx.anchor.year  # type: ignore[union-attr]


def h_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    text = m.group(0)
    if re.search(r"-old$", text, re.I):
        return None
    unit_word = m.group("unit")
    unit, time_unit, mult = _unit(unit_word)
    qty_text = _g(m, "q")
    qty = parse_quantity(qty_text) if qty_text else None
    plural = unit_word.lower().endswith("s")
    bare = re.sub(r"^(?:around\s+|over\s+|within\s+)?(?:the\s+)?", "", text.lower())
    if qty_text is None and (not plural or bare == unit_word.lower()):
        return None  # a bare "years" or "day" is too often not a time expression
    if unit_word[0].isupper() and m.start("unit") > m.start():
        return None  # "60 Minutes", a title
    fraction = (qty_text or "").lower() in ("a", "an", "one", "two", "three")
    if unit == "Q" and ("-" in text or fraction and re.match(r"\s+of\b", m.string[m.end():m.end() + 4])):
        return None  # "three-quarters of its food", "less than a quarter of donors", "a four-quarter test"
    if qty_text and qty_text.lower() in ("a", "an") and text.lower() == f"{qty_text} {unit_word}".lower():
        if unit == "S":
            return None  # "a second group": the ordinal
        before = m.string[max(0, m.start() - 30):m.start()]
        if re.search(r"(?:\d|million|billion|percent|times|once|twice|[a-z]+s)\s+$", before, re.I):
            return Norm("SET", cal.duration_value(1, unit, time_unit, mult), "rate: so much a unit")
    if qty_text and qty is None and not re.fullmatch(VAGUE, qty_text.lower().replace("  ", " ")):
        return None
    if _g(m, "half") and qty is not None:
        qty += 0.5
    if unit == "Q":
        return Norm("DURATION", "PXQ" if qty is None else f"P{int(qty * 3)}M", "quarters as months")
    if unit_word.lower().startswith("centur") and qty is None:
        return Norm("DURATION", "PXC", "centuries")
    return Norm("DURATION", cal.duration_value(qty, unit, time_unit, mult), "quantity and unit")


def h_vague_span(m: re.Match[str], ctx: Context) -> Norm | None:
    unit, time_unit, _ = _unit(m.group("unit"))
    return Norm("DURATION", cal.duration_value(None, unit, time_unit), "vague span")


def h_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    t = re.sub(r"\s+", " ", m.group(0).lower())
    if m.group(0) == "Now" and m.string.startswith(",", m.end()):
        return None  # "Now, he says ...": a discourse marker
    if t in PRESENT_REF:
        return Norm("DATE", "PRESENT_REF", "present reference")
    if t in PAST_REF:
        return Norm("DATE", "PAST_REF", "past reference")
    return Norm("DATE", "FUTURE_REF", "future reference")


_SET_UNITS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q"}


def h_set(m: re.Match[str], ctx: Context) -> Norm | None:
    word = _g(m, "adv")
    if word:
        return Norm("SET", _SET_UNITS[word.lower()], "frequency adverb")
    target = m.group("what").lower()
    if target.rstrip("s") in WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{_weekday(target)}", "every weekday")
    if target in PARTS_OF_DAY:
        return Norm("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[target]}", "every part of day")
    unit, time_unit, mult = _unit(target)
    return Norm("SET", cal.duration_value(1, unit, time_unit, mult), "every unit")


def h_holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    name = re.sub(r"\s+", " ", m.group("hol").lower())
    if ctx.anchor is None:
        return None
    rel = (_g(m, "rel") or "").lower()

    def on(year: int) -> date | None:
        if name in HOLIDAYS_FIXED:
            return _safe_date(year, *HOLIDAYS_FIXED[name])
        return cal.moving_holiday(name, year)

    d = on(ctx.anchor.year)
    if d is None:
        return None
    if rel == "last" and d >= ctx.anchor:
        d = on(ctx.anchor.year - 1)
    elif rel == "next" and d <= ctx.anchor:
        d = on(ctx.anchor.year + 1)
    elif not rel:
        y = cal.month_day_year(ctx.anchor, d.month, d.day, ctx.direction(m.start(), m.end()))
        d = on(y)
    return Norm("DATE", cal.day_value(d), f"holiday {name}") if d else None


def h_edge_of(m: Any, ctx: Context) -> Norm | None:
    """'the end of the year', 'year-end', 'earlier this month', 'early next year'."""
    a = ctx.anchor
    if a is None:
        return None
    rel = (_g(m, "rel") or "this").lower()
    unit = m.group("unit").lower()
    step = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "year":
        return Norm("DATE", f"{a.year + step}", "part of a year")
    if unit == "month":
        y, mo = cal.shift_months(a.year, a.month, step)
        return Norm("DATE", cal.month_value(y, mo), "part of a month")
    if unit == "week":
        return Norm("DATE", cal.week_value(a + timedelta(weeks=step)), "part of a week")
    return None


def h_year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    """'by year-end' is the closing day (Dec. 31); 'year end' / 'around year end' the year.

    "since year-end" looks back to the last one passed."""
    if ctx.anchor is None:
        return None
    year = ctx.anchor.year
    if _SINCE_BEFORE.search(m.string[max(0, m.start() - 10):m.start()]):
        year -= 1
    if m.group("hy") == "-" and m.group(0).lower().startswith("year"):
        return Norm("DATE", f"{year}-12-31", "year-end: the closing day of the year")
    return Norm("DATE", f"{year}", "part of a year")


_ELLIPTIC_LAST = re.compile(r"\bthis\s+(?P<unit>year|month|week)\b[^.;:!?]{0,60}?\b(?:as|than)\s+$", re.I)


def h_elliptic_last(m: re.Match[str], ctx: Context) -> Norm | None:
    """'twice as high a dividend this year as last': 'last' is last year (month, week)."""
    cue = _ELLIPTIC_LAST.search(m.string[max(0, m.start() - 90):m.start()])
    if cue is None or ctx.anchor is None:
        return None
    unit = cue.group("unit").lower()
    a = ctx.anchor
    if unit == "year":
        return Norm("DATE", f"{a.year - 1}", "elliptic 'last' after 'this year'")
    if unit == "month":
        return Norm("DATE", cal.month_value(*cal.shift_months(a.year, a.month, -1)), "elliptic 'last' month")
    return Norm("DATE", cal.week_value(a - timedelta(weeks=1)), "elliptic 'last' week")


def h_nth_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """'today is the eighth day of the operation', "It's the second day of an offensive": the anchor day."""
    if ctx.anchor is None:
        return None
    return Norm("DATE", cal.day_value(ctx.anchor), "the Nth day of something, stated in the present")


class _Swap:
    """Adapter giving part_of_day's two alternatives the same group names."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str) -> str:
        if name == "which":
            return self._m.group("which") or self._m.group("which2")
        if name == "pod":
            return self._m.group("pod") or self._m.group("pod2")
        return self._m.group(name)


class _EdgeSwap(_Swap):
    def group(self, name: str) -> str:
        text = self._m.group(0).lower()
        if name == "unit":
            return self._m.group("unit") or self._m.group("unit2") or "year"
        if name == "rel":
            return self._m.group("rel") or self._m.group("rel2") or "this"
        return text

    def groupdict(self) -> dict[str, str | None]:
        return {"rel": self.group("rel")}


def h_first_quarters(m: re.Match[str], ctx: Context) -> Norm | None:
    year = m.group("y") or (ctx.anchor.year if ctx.anchor else "XXXX")
    return Norm("DATE", f"{year}-H1", "first two quarters")


def h_part_of_day_match(m: re.Match[str], ctx: Context) -> Norm | None:
    return h_part_of_day(_Swap(m), ctx)


def h_edge_of_match(m: re.Match[str], ctx: Context) -> Norm | None:
    return h_edge_of(_EdgeSwap(m), ctx)


Handler = Callable[[re.Match[str], Context], Norm | None]

HANDLERS: dict[str, Handler] = {
    "full_date": h_full_date,
    "day_month": h_full_date,
    "numeric_date": h_numeric_date,
    "month_year": h_month_year,
    "month": h_month,
    "year": h_year,
    "word_year": h_word_year,
    "decade": h_decade,
    "century": h_century,
    "quarter": h_quarter,
    "half": h_quarter,
    "first_quarters": h_first_quarters,
    "quarter_ref": h_quarter_ref,
    "year_ago_adj": h_year_ago_adj,
    "weekday": h_weekday,
    "deictic_day": h_deictic_day,
    "part_of_day": h_part_of_day_match,
    "clock": h_clock,
    "relative": h_relative,
    "edge_of": h_edge_of_match,
    "year_end": h_year_end,
    "season": h_season,
    "ref": h_ref,
    "ago": h_ago,
    "duration": h_duration,
    "duration_adj": h_duration,
    "vague_span": h_vague_span,
    "set": h_set,
    "elliptic_last": h_elliptic_last,
    "nth_day": h_nth_day,
    "holiday": h_holiday,
}
