"""Word tables for time expressions: month, weekday, number, unit and season names.

Kept as plain data so the recogniser (timex_rules.py) builds its patterns from them and the
normaliser (timex_calendar.py) reads values from the same place.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Abbreviations take an optional full stop; full names never do.
MONTH_ABBREVS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
MONTH_FULL = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}
WEEKDAY_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

UNITS_0_19 = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
              "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(UNITS_0_19)} | TENS | {
    "a": 1, "an": 1, "one": 1, "single": 1, "couple": 2, "dozen": 12, "half": 0,
}
# Quantities that state no number: TimeML writes X for them ("several years" -> PXY).
VAGUE_QUANTITIES = ("a few", "few", "several", "many", "some", "the", "a number of")

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

# Unit word -> (ISO 8601 designator, is a time-of-day unit, multiplier into that designator)
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "month": ("M", False, 1), "quarter": ("Q", False, 1), "year": ("Y", False, 1),
    "decade": ("Y", False, 10), "century": ("Y", False, 100), "centurie": ("Y", False, 100),
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Month in which each season starts (northern hemisphere, meteorological).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

# Expressions whose value is a TimeML reference token rather than a date.
# Only forms that mark time more often than not in news copy: "previously", "soon", bare "future"
# and "at the moment" are left out because annotated news (TimeBank) mostly does not mark them.
PRESENT_REF = ("now", "right now", "currently", "at present", "these days", "nowadays", "the present")
PAST_REF = ("recently", "the past", "more recently", "past years", "lately")
FUTURE_REF = ("the future", "the near future", "the near term", "the short term", "coming months",
              "the coming months", "as soon as possible", "future quarters", "coming quarters",
              "the long term")

# Fixed-date holidays (month, day); moving ones are computed in timex_calendar.
HOLIDAYS_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
}
HOLIDAYS_MOVING = ("thanksgiving", "thanksgiving day", "election day", "labor day", "memorial day")

FRACTIONS = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "3/4": 0.75}
