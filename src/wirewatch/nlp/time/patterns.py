"""What each TIMEX3 form looks like: regular-expression pieces and the pattern table.

`PATTERNS` lists (rule name, compiled pattern) in priority order (on equal spans the earlier rule
wins); timex_handlers.py says what each match means and timex_rules.py runs the two together.
Extents follow the TempEval-3 (TimeBank/AQUAINT) conventions: a leading "the" and modifiers such
as "early", "nearly", "more than" are inside the span; prepositions are not.
"""

from __future__ import annotations

import re

from .lexicon import (
    FUTURE_REF,
    HOLIDAYS_FIXED,
    HOLIDAYS_MOVING,
    MONTH_ABBREVS,
    MONTH_FULL,
    ORDINALS,
    PAST_REF,
    PRESENT_REF,
    TENS,
    UNITS_0_19,
    WEEKDAY_FULL,
)

# ----------------------------------------------------------------------------- pieces

def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


B = r"(?<![\w-])"  # left word boundary that also refuses a hyphen ("1989-90" stays one token)
E = r"(?![\w])"
MON_FULL = _alt(MONTH_FULL)
MON_ABBR = _alt(MONTH_ABBREVS) + r"\."
MON = f"(?:{MON_FULL}|{MON_ABBR}|(?:sept|sep|jan|feb|aug|oct|nov|dec)(?=\\s+\\d))"
WD = _alt(WEEKDAY_FULL)
YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DAYORD = _alt([w for w in ORDINALS if not w[0].isdigit()])
_UNIT19 = _alt(UNITS_0_19[1:])
_DIGIT_WORD = _alt(UNITS_0_19[1:10])
NUMWORD = f"(?:{_alt(list(TENS))}(?:[- ]{_DIGIT_WORD})?|{_UNIT19})"
BIGNUM = rf"(?:(?:a|one|{NUMWORD})\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{NUMWORD})?)"
QTY = (r"(?:\d{1,3}(?:,\d{3})+|(?!(?:1[6-9]|20)\d\d\b)\d+(?:\.\d+)?(?:\s+1/2|½)?"
       rf"|{BIGNUM}|{NUMWORD}(?:\s+and\s+a\s+half)?"
       r"|a\s+couple\s+of|a\s+couple|a\s+dozen|half\s+an?|an?)")
VAGUE = r"(?:a\s+few|few|several|many|some|a\s+number\s+of)"
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))"
POD = r"(?:morning|afternoon|evening|night)"
TZ = r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|local\s+time)"
AMPM = r"(?:[ap]\.\s?m\.|[ap]\.m(?![\w.])|[ap]m(?!\w))"
DUR_MOD = (r"(?:nearly|almost|about|around|roughly|approximately|some|more\s+than|less\s+than|fewer\s+than"
           r"|at\s+least|at\s+most|up\s+to|over|under|within|only|just|another|an\s+additional|an\s+extra)")


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


_WD_TIME = rf"(?P<h>\d{{1,2}})(?::(?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})|(?P<named>noon|midnight|midday)"

# ----------------------------------------------------------------------------- the pattern table

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("full_date", _compile(rf"""{B}
        (?:(?P<weekof>the\s+week\s+(?:of|ending|ended|beginning|starting)\s+)|(?:{WD},?\s+)
        |(?:last|this|next|early|late|mid-?)\s+)?
        (?P<mon>{MON})\s+(?P<day>{DAYNUM}|{DAYORD})(?!\d|:\d)(?!\s*(?:%|percent|million|billion))
        (?:,?\s+(?P<year>{YEAR4}))?{E}""")),
    ("day_month", _compile(rf"""{B}(?:{WD},?\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?
        (?P<mon>{MON_FULL}|{MON_ABBR})
        (?:,?\s+(?P<year>{YEAR4}))?{E}""")),
    ("numeric_date", _compile(rf"""{B}(?:(?P<iso>{YEAR4}-[01]\d-[0-3]\d)|
        (?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{{4}}|\d{{2}})){E}""")),
    ("month_year", _compile(rf"{B}(?P<mon>{MON}),?\s+(?P<year>{YEAR4}){E}")),
    ("month", _compile(rf"""{B}(?:(?P<pre>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)
        \s*-?\s*|(?P<rel>last|next|this\s+past|this\s+coming|this)\s+)?(?P<mon>{MON_FULL}|{MON_ABBR}){E}""")),
    ("year", _compile(rf"""{B}(?:(?P<pre>fiscal|calendar|(?:the\s+)?(?:end|beginning|start|middle
        |first\s+half|second\s+half|last\s+half|latter\s+half|early\s+part|latter\s+part|bulk|spring|summer|fall|winter)
        \s+of|(?:early|late|mid)-?|post-|pre-|a\s+good\s+part\s+of)\s*)?(?P<year>{YEAR4})
        (?:\s+or\s+(?:later|earlier|before|after))?(?!-\d|\d){E}""")),
    ("word_year", _compile(rf"""{B}(?:the\s+(?P<season>spring|summer|fall|autumn|winter)\s+of\s+)?
        (?:the\s+year\s+)?(?P<wy>nineteen(?:\s+hundred)?(?:\s+and)?\s+(?:{NUMWORD})
        |(?<=year\s)two\s+thousand(?:\s+and\s+{NUMWORD})?){E}""")),
    ("decade", _compile(rf"""{B}(?P<the>the\s+)?(?:(?:early|mid|late)[- ]?)?
        (?:(?P<dec>1[5-9]\d0|20\d0)'?s|'(?P<d2>\d0)s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies
        |eighties|nineties)){E}""")),
    ("century", _compile(rf"{B}(?:the\s+)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|twentieth|nineteenth|"
                             rf"twenty-first|eighteenth)\s+century{E}")),
    ("quarter", _compile(rf"""{B}(?:(?P<pre>(?:the|this|its|their|a|last\s+year's|this\s+year's
        |next\s+year's|the\s+year-ago|the\s+year-earlier|the\s+comparable(?:\s+year-ago)?|the\s+same
        |the\s+prior-year)\s+)?(?:(?P<y1>{YEAR4})\s+)?(?:(?:fiscal|calendar|flat|latest|current|year-ago
        |year-earlier|prior-year|comparable)\s+)?
        (?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?P<unit>quarter|half)
        (?:\s+(?:of|in)\s+(?:fiscal\s+)?(?P<y2>{YEAR4}))?){E}""")),
    ("half", _compile(rf"""{B}(?P<pre>the\s+)?(?P<ord>first|second|last|latter)\s+(?P<unit>half)
        (?:\s+of\s+(?:(?P<y2>{YEAR4})|the\s+year))?{E}""")),
    ("first_quarters", _compile(rf"""{B}(?:the\s+)?first\s+two\s+quarters
        (?:\s+of\s+(?P<y>{YEAR4}))?{E}""")),
    ("quarter_ref", _compile(rf"""{B}(?P<pre>the\s+(?:latest|most\s+recent|recent|same|year-ago
        |year-earlier|comparable(?:\s+year-ago)?|corresponding|current|latest\s+fiscal|previous|prior)|the|this|that|its
        |last\s+year's|year-ago|year-earlier|the\s+(?P<qy>{YEAR4}))\s+(?:fiscal\s+)?(?P<unit>quarter|period)
        (?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?{E}(?!-)
        (?:(?=\s+end(?:ed|ing)\s+(?P<emon>{MON})\s+(?P<eday>\d{{1,2}})))?""")),
    ("year_ago_adj", _compile(rf"{B}(?:year-ago|year-earlier){E}(?!\s+(?:quarter|period))")),
    ("weekday", _compile(rf"""{B}(?:day\s+(?P<shift>before|after)\s+)?(?:(?:{_WD_TIME})\s+(?:{TZ}\s+)?)?
        (?:(?P<mod>early|late|earlier|later)\s+)?
        (?:(?P<rel>last|next|this\s+past|this\s+coming|the\s+previous|the\s+following|this)\s+)?
        (?P<wd>{WD})(?P<pl>s)?{E}
        (?:,?\s+(?P<wk>last|next|this)\s+week{E})?
        (?:\s+(?P<pod>{POD}){E})?""")),
    ("deictic_day", _compile(rf"""{B}(?:(?P<mod>late|early|earlier|later)\s+)?
        (?P<w>today|yesterday|tomorrow|tonight){E}(?:\s+(?P<pod>{POD}){E})?""")),
    ("part_of_day", _compile(rf"""{B}(?:(?:mid-?)?(?P<pod>morning|afternoon|evening|night)\s+
        (?P<which>yesterday|today|tomorrow)|(?P<which2>this|last|tomorrow|yesterday)\s+(?P<pod2>{POD})){E}""")),
    ("clock", _compile(rf"""{B}(?:(?:around|about|approximately|shortly\s+(?:after|before)|just\s+(?:after
        |before))\s+)?(?:{_WD_TIME})(?:\s+{TZ})?(?:\s+(?:on\s+)?(?P<dayword>{WD}|today|yesterday|tomorrow
        |{MON}\s+\d{{1,2}}))?{E}""")),
    ("relative", _compile(rf"""{B}(?:(?P<pre>early|late|earlier|later|mid|sometime|the\s+(?:end|beginning
        |start|middle)\s+of)\s*-?\s*)?(?P<rel>last|this\s+past|this\s+coming|this|next|the\s+past|the\s+previous
        |the\s+following|the\s+coming|the\s+current|the\s+latest|the\s+same|the\s+last|the\s+next|that|the
        |the\s+full|coming)\s+(?P<unit>week|weekend|month|year|fiscal\s+year|calendar\s+year|quarter|decade
        |spring|summer|fall|autumn|winter){E}(?!-|\s+or\s+two)""")),
    ("edge_of", _compile(rf"""{B}(?:(?:earlier|later|early|late)\s+(?:in\s+)?(?P<rel>this|last|next|the)
        \s+(?P<unit>year|month|week)|(?:the\s+)?(?:end|beginning|start)\s+of\s+(?P<rel2>this|last|next|the)\s+
        (?P<unit2>year|month|week)){E}""")),
    ("year_end", _compile(rf"{B}(?:around\s+)?year(?P<hy>-|\s+|'s\s+)end{E}")),
    ("season", _compile(rf"""{B}(?:the\s+)?(?:(?:early|late)\s+)?
        (?P<season>spring|summer|fall|autumn|winter)
        (?:\s+of\s+(?P<year>{YEAR4}))?{E}""")),
    # before the durations: on equal spans a fixed phrase ("coming months") wins
    ("ref", _compile(rf"{B}{_alt(PRESENT_REF + PAST_REF + FUTURE_REF)}{E}")),
    ("ago", _compile(rf"""{B}(?:{DUR_MOD}\s+)?(?P<q>{QTY}|{VAGUE})[\s-]+(?P<unit>{UNIT})
        (?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence){E}""")),
    ("duration", _compile(rf"""{B}(?:{DUR_MOD}\s+)?(?:the\s+)?(?:(?:past|last|next|first|final|coming
        |previous|latest|following|initial|remaining|year-earlier|year-ago|same|recent|better\s+part\s+of\s+the|entire
        |whole|full)\s+)?(?:(?P<q>{QTY}|{VAGUE})\s+(?:more\s+|additional\s+|straight\s+|consecutive\s+
        |trading\s+|business\s+|calendar\s+|full\s+|long\s+|or\s+(?:so|more|two|three)\s+)?)?
        (?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?:-old)?{E}(?!-old|\s+old)""")),
    # attributive "a five-year plan", "the 100-day campaign": the article stays outside the span
    ("duration_adj", _compile(rf"""{B}(?P<q>{QTY}|several)-(?P<unit>{UNIT})(?![\w-])""")),
    ("vague_span", _compile(rf"""{B}(?:(?:recent|coming|the\s+past\s+(?:few|several)|the\s+next\s+(?:few
        |several)|the\s+last\s+(?:few|several)|the\s+coming)\s+)(?P<unit>(?:days|weeks|months|years|decades
        |quarters)){E}""")),
    ("set", _compile(rf"""{B}(?:(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly)
        |(?:every|each)\s+
        (?P<what>day|week|month|year|quarter|hour|{WD}|morning|evening|night|afternoon)){E}""")),
    ("elliptic_last", _compile(rf"{B}last(?=\s*[.,;])")),
    ("nth_day", _compile(rf"""(?:(?<=\bis\s)|(?<='s\s))(?:the\s+)?{DAYORD}\s+
        (?:straight\s+|consecutive\s+)?day(?=\s+(?:of|in|since)\b)""")),
    ("holiday", _compile(rf"""{B}(?:(?P<rel>last|next|this)\s+)?(?P<hol>{_alt(list(HOLIDAYS_FIXED)
        + list(HOLIDAYS_MOVING))}){E}""")),
]

# Speed: the costliest patterns only run in windows around a word they cannot match without
# (a unit, a month, a weekday), instead of being tried at every position of the text.
_UNIT_KEY = re.compile(r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|centur)", re.I)
_MONTH_KEY = re.compile(rf"\b(?:{MON_FULL}|{MON_ABBR}|sept|sep|jan|feb|aug|oct|nov|dec)\b", re.I)
KEYS: dict[str, tuple[re.Pattern[str], int, int]] = {  # rule -> (key, chars before, chars after)
    "duration": (_UNIT_KEY, 110, 40), "ago": (_UNIT_KEY, 90, 40), "duration_adj": (_UNIT_KEY, 60, 20),
    "full_date": (_MONTH_KEY, 40, 30), "day_month": (_MONTH_KEY, 25, 20), "month_year": (_MONTH_KEY, 5, 20),
    "month": (_MONTH_KEY, 30, 5), "weekday": (re.compile(WD, re.I), 40, 30),
}
