"""Checking what users pass to queries: days, actor codes, dyads, limits, reject codes.

The API raises StoreError (S011) with a message that says what is expected; the CLI shows the same
message as a click usage error.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..errors import StoreError

SQLITE_MAX_INT = 2**63 - 1
_DAY = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
# CAMEO actor codes: three-character blocks of letters or digits (KOR, KORGOV, IGOUNO, USAGOVMIL);
# a filter may give a prefix of one, so any 1-15 of these characters
_CODE = re.compile(r"[A-Z0-9]{1,15}")
DAY_FORMS = "YYYY-MM-DD, YYYY-MM or YYYY"


class DayError(StoreError):
    code = "S011"


def _parts(value: str) -> tuple[int, int | None, int | None]:
    found = _DAY.fullmatch(value.strip())
    if not found:
        raise DayError(f"{value!r} is not a date: use {DAY_FORMS}")
    year, month, day = (int(g) if g else None for g in found.groups())
    assert year is not None
    try:
        date(year, month or 1, day or 1)
    except ValueError as exc:
        raise DayError(f"{value!r} is not a date ({exc})") from None
    return year, month, day


def first_day(value: str) -> str:
    """The first ISO day a `since` value covers: 2021 -> 2021-01-01, 2021-03 -> 2021-03-01."""
    year, month, day = _parts(value)
    return date(year, month or 1, day or 1).isoformat()


def last_day(value: str) -> str:
    """The last ISO day an `until` value covers: 2021 -> 2021-12-31, 2021-02 -> 2021-02-28."""
    year, month, day = _parts(value)
    month = month or 12
    return date(year, month, day or calendar.monthrange(year, month)[1]).isoformat()


def day_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    start = first_day(since) if since else None
    end = last_day(until) if until else None
    if start and end and start > end:
        raise DayError(f"since ({since}) is after until ({until})")
    return start, end


def actor_code(value: str, what: str = "actor code") -> str:
    """An actor code or code prefix in upper case; anything else (globs, spaces) is refused."""
    code = value.strip().upper()
    if not _CODE.fullmatch(code):
        raise StoreError(f"{value!r} is not an {what}: letters and digits only, e.g. KOR or KORGOV",
                         code="S011")
    return code


def dyad(value: str) -> tuple[str, str]:
    """SOURCE:TARGET, two code prefixes."""
    parts = value.split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise StoreError(f"--dyad wants SOURCE:TARGET, e.g. KOR:PRK, not {value!r}", code="S011")
    return actor_code(parts[0], "actor code (dyad source)"), actor_code(parts[1], "actor code (dyad target)")


def sql_limit(limit: int | None) -> int:
    """A LIMIT value: None or 0 means no limit (-1 to SQLite); huge values are clamped, since SQLite
    integers stop at 2**63 - 1."""
    if limit is None or limit == 0:
        return -1
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise StoreError(f"limit must be a whole number, not {limit!r}", code="S011")
    if limit < 0:
        raise StoreError(f"limit must be 0 (no limit) or more, not {limit}", code="S011")
    return min(limit, SQLITE_MAX_INT)
