"""Calendar arithmetic for TIMEX3 values: pure functions of an anchor date, no text, no model.

`direction` everywhere is -1 (the expression points back: past tense), +1 (forward: future tense)
or 0 (unknown: take the nearest occurrence).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .lexicon import SEASON_START


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_months(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def shift_date(d: date, unit: str, k: int) -> date:
    """`d` moved by k units (D, W, M, Y); month ends are clamped (Mar 31 - 1M = Feb 28)."""
    if unit == "D":
        return d + timedelta(days=k)
    if unit == "W":
        return d + timedelta(weeks=k)
    months = k if unit == "M" else 12 * k
    y, m = shift_months(d.year, d.month, months)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def week_value(d: date) -> str:
    """ISO 8601 week of `d` as TimeML writes it: 1998-W07."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def weekday_date(anchor: date, weekday: int, direction: int) -> date:
    """The `weekday` (ISO 1..7) a news story dated `anchor` means by a bare weekday name.

    The anchor's own weekday is the anchor itself ("said Friday" in a Friday story). Otherwise the
    most recent one for past or unknown direction, the next one for future.
    """
    delta = weekday - anchor.isoweekday()
    if delta == 0:
        return anchor
    if direction > 0:
        return anchor + timedelta(days=delta % 7)
    return anchor - timedelta(days=(-delta) % 7)


def weekday_relative(anchor: date, weekday: int, which: str) -> date:
    """'last Friday', 'next Friday', 'this Friday', 'Friday last week', 'Friday next week'."""
    if which == "last":  # strictly before the anchor
        return anchor - timedelta(days=((anchor.isoweekday() - weekday - 1) % 7) + 1)
    if which == "next":  # strictly after
        return anchor + timedelta(days=((weekday - anchor.isoweekday() - 1) % 7) + 1)
    monday = anchor - timedelta(days=anchor.isoweekday() - 1)
    if which == "last week":
        return monday - timedelta(days=7) + timedelta(days=weekday - 1)
    if which == "next week":
        return monday + timedelta(days=7) + timedelta(days=weekday - 1)
    return monday + timedelta(days=weekday - 1)  # "this Friday": the one in the anchor's week


def month_year(anchor: date, month: int, direction: int) -> int:
    """The year of a month named without one ('in October')."""
    if month == anchor.month:
        return anchor.year
    # Tense moves a month a year only when it is well past the anchor (past tense, "in December"
    # of a March story) or behind it (future tense); otherwise the nearer occurrence.
    if direction < 0:
        return anchor.year if month <= anchor.month + 1 else anchor.year - 1
    if direction > 0:
        return anchor.year if month >= anchor.month else anchor.year + 1
    # unknown tense: the nearer occurrence, leaning to the past (news reports more than it forecasts)
    diff = month - anchor.month
    if diff > 6:
        return anchor.year - 1
    if diff < -8:
        return anchor.year + 1
    return anchor.year


def month_day_year(anchor: date, month: int, day: int, direction: int) -> int:
    """The year of 'Oct. 5' without one: the anchor's, unless tense and distance say otherwise."""
    try:
        same = date(anchor.year, month, day)
    except ValueError:
        return anchor.year
    gap = (same - anchor).days
    if direction < 0 and gap > 60:
        return anchor.year - 1
    if direction > 0 and gap < -60:
        return anchor.year + 1
    if direction == 0 and gap > 150:
        return anchor.year - 1
    if direction == 0 and gap < -240:
        return anchor.year + 1
    return anchor.year


def season_year(anchor: date, season: str, which: str) -> int:
    """Year of 'last fall', 'this summer', 'next spring', 'the winter' (a winter is named by its December)."""
    start = SEASON_START[season]
    if season == "WI":
        latest = anchor.year if anchor.month == 12 else anchor.year - 1
    else:
        latest = anchor.year if anchor.month >= start else anchor.year - 1
    if which == "last":
        return latest - 1 if _in_season(anchor, season) else latest
    if which == "next":
        return latest + 1
    if season == "WI" and not _in_season(anchor, season):
        return anchor.year
    return latest if season == "WI" else anchor.year


def _in_season(anchor: date, season: str) -> bool:
    start = SEASON_START[season]
    months = {(start - 1 + i) % 12 + 1 for i in range(3)}
    return anchor.month in months


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday of a month (n >= 1)."""
    first = date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def moving_holiday(name: str, year: int) -> date | None:
    if name.startswith("thanksgiving"):
        return nth_weekday(year, 11, 4, 4)
    if name == "election day":  # the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if name == "labor day":
        return nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        last = date(year, 5, 31)
        return last - timedelta(days=(last.isoweekday() - 1) % 7)
    return None


def duration_value(qty: float | None, designator: str, time_unit: bool, multiplier: int = 1) -> str:
    """ISO 8601 duration: (3, 'Y') -> P3Y; (None, 'Y') -> PXY; (2.5, 'Y') -> P2Y6M; (5.5, 'H') -> PT5H30M."""
    prefix = "PT" if time_unit else "P"
    if qty is None:
        return f"{prefix}X{designator}"
    qty *= multiplier
    whole = int(qty)
    frac = qty - whole
    if frac == 0:
        return f"{prefix}{whole}{designator}"
    smaller = _SMALLER.get((designator, time_unit))
    if smaller is None:
        return f"{prefix}{qty:g}{designator}"
    sub_designator, sub_time, factor = smaller
    sub = round(frac * factor)
    head = f"{prefix}{whole}{designator}" if whole else prefix
    if sub_time and not time_unit:
        return f"{head}T{sub}{sub_designator}"
    return f"{head}{sub}{sub_designator}"


_SMALLER = {("Y", False): ("M", False, 12), ("M", False): ("D", False, 30), ("W", False): ("D", False, 7),
            ("D", False): ("H", True, 24), ("H", True): ("M", True, 60), ("M", True): ("S", True, 60)}
