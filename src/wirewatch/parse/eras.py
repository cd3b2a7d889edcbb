"""Era clues: phrases that only make sense while someone holds an office.

"the Biden administration" puts a story on or after 2021-01-20 and before 2025-01-20; "President Bush"
allows two terms.  Each row is (pattern, label, terms); a term is [start, end) with `None` for an open
end.  The table is deliberately small and only holds unambiguous, dated facts; a new office holder is a
new row.  Mentions qualified as past ("former", "late", "then-", "under", "during") are not clues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

Term = tuple[date, date | None]


@dataclass(frozen=True, slots=True)
class Era:
    label: str
    pattern: re.Pattern[str]
    terms: tuple[Term, ...]


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _terms(*pairs: tuple[str, str | None]) -> tuple[Term, ...]:
    return tuple((_d(a), _d(b) if b else None) for a, b in pairs)


# (label, regex source, terms)
_ROWS: tuple[tuple[str, str, tuple[Term, ...]], ...] = (
    # United States
    ("Carter administration", r"Carter administration|President (?:Jimmy )?Carter\b",
     _terms(("1977-01-20", "1981-01-20"))),
    ("Reagan administration", r"Reagan administration|President (?:Ronald )?Reagan\b",
     _terms(("1981-01-20", "1989-01-20"))),
    ("Bush administration", r"Bush administration|President (?:George )?Bush\b",
     _terms(("1989-01-20", "1993-01-20"), ("2001-01-20", "2009-01-20"))),
    ("Clinton administration", r"Clinton administration|President (?:Bill )?Clinton\b",
     _terms(("1993-01-20", "2001-01-20"))),
    ("Obama administration", r"Obama administration|President (?:Barack )?Obama\b",
     _terms(("2009-01-20", "2017-01-20"))),
    ("Trump administration", r"Trump administration|President (?:Donald )?Trump\b",
     _terms(("2017-01-20", "2021-01-20"), ("2025-01-20", "2029-01-20"))),
    ("Biden administration", r"Biden administration|President (?:Joe )?Biden\b",
     _terms(("2021-01-20", "2025-01-20"))),
    # South Korea
    ("President Kim Young-sam", r"President Kim Young[- ]sam", _terms(("1993-02-25", "1998-02-25"))),
    ("President Kim Dae-jung", r"President Kim Dae[- ]jung", _terms(("1998-02-25", "2003-02-25"))),
    ("President Roh Moo-hyun", r"President Roh Moo[- ]hyun", _terms(("2003-02-25", "2008-02-25"))),
    ("President Lee Myung-bak", r"President Lee Myung[- ]bak", _terms(("2008-02-25", "2013-02-25"))),
    ("President Park Geun-hye", r"President Park Geun[- ]hye", _terms(("2013-02-25", "2017-03-10"))),
    ("President Moon Jae-in", r"President Moon Jae[- ]?[Ii]n|Moon Jae[- ]?[Ii]n administration",
     _terms(("2017-05-10", "2022-05-10"))),
    ("President Yoon Suk Yeol", r"President Yoon Suk[- ]?[Yy]eol|Yoon Suk[- ]?[Yy]eol administration",
     _terms(("2022-05-10", "2025-04-04"))),
    ("President Lee Jae-myung", r"President Lee Jae[- ]myung", _terms(("2025-06-04", None))),
    # Japan
    ("Prime Minister Shinzo Abe", r"Prime Minister Shinzo Abe",
     _terms(("2006-09-26", "2007-09-26"), ("2012-12-26", "2020-09-16"))),
    ("Prime Minister Yoshihide Suga", r"Prime Minister Yoshihide Suga", _terms(("2020-09-16", "2021-10-04"))),
    ("Prime Minister Fumio Kishida", r"Prime Minister Fumio Kishida", _terms(("2021-10-04", "2024-10-01"))),
    ("Prime Minister Shigeru Ishiba", r"Prime Minister Shigeru Ishiba", _terms(("2024-10-01", "2025-10-21"))),
    # United Kingdom
    ("Prime Minister Margaret Thatcher", r"Prime Minister Margaret Thatcher",
     _terms(("1979-05-04", "1990-11-28"))),
    ("Prime Minister John Major", r"Prime Minister John Major", _terms(("1990-11-28", "1997-05-02"))),
    ("Prime Minister Tony Blair", r"Prime Minister Tony Blair", _terms(("1997-05-02", "2007-06-27"))),
    ("Prime Minister Gordon Brown", r"Prime Minister Gordon Brown", _terms(("2007-06-27", "2010-05-11"))),
    ("Prime Minister David Cameron", r"Prime Minister David Cameron", _terms(("2010-05-11", "2016-07-13"))),
    ("Prime Minister Theresa May", r"Prime Minister Theresa May", _terms(("2016-07-13", "2019-07-24"))),
    ("Prime Minister Boris Johnson", r"Prime Minister Boris Johnson", _terms(("2019-07-24", "2022-09-06"))),
    ("Prime Minister Liz Truss", r"Prime Minister Liz Truss", _terms(("2022-09-06", "2022-10-25"))),
    ("Prime Minister Rishi Sunak", r"Prime Minister Rishi Sunak", _terms(("2022-10-25", "2024-07-05"))),
    ("Prime Minister Keir Starmer", r"Prime Minister Keir Starmer", _terms(("2024-07-05", None))),
    # China, Russia
    ("President Jiang Zemin", r"President Jiang Zemin", _terms(("1993-03-27", "2003-03-15"))),
    ("President Hu Jintao", r"President Hu Jintao", _terms(("2003-03-15", "2013-03-14"))),
    ("President Xi Jinping", r"President Xi Jinping", _terms(("2013-03-14", None))),
    ("President Boris Yeltsin", r"President Boris Yeltsin", _terms(("1991-07-10", "2000-01-01"))),
    ("President Dmitry Medvedev", r"President Dmitry Medvedev", _terms(("2008-05-07", "2012-05-07"))),
    ("President Vladimir Putin", r"President Vladimir Putin",
     _terms(("2000-05-07", "2008-05-07"), ("2012-05-07", None))),
    ("Soviet leader Mikhail Gorbachev", r"Soviet leader Mikhail Gorbachev",
     _terms(("1985-03-11", "1991-12-26"))),
    # United Nations
    ("Secretary-General Kofi Annan", r"Secretary[- ]General Kofi Annan",
     _terms(("1997-01-01", "2007-01-01"))),
    ("Secretary-General Ban Ki-moon", r"Secretary[- ]General Ban Ki[- ]moon",
     _terms(("2007-01-01", "2017-01-01"))),
    ("Secretary-General Antonio Guterres", r"Secretary[- ]General Ant[oó]nio Guterres",
     _terms(("2017-01-01", None))),
    # North Korea: the party title Kim Jong Un took at the 8th Congress
    ("Kim Jong Un, general secretary", r"Kim Jong Un,? general secretary|General Secretary Kim Jong Un",
     _terms(("2021-01-10", None))),
    ("COVID-19", r"COVID-19", _terms(("2020-02-11", None))),
)

# A mention qualified as past is no clue: "former President Bush", "under the Reagan administration".
_PAST = re.compile(r"(?:former|late|then-|then|ex-|under the|during the|Vice|vice)[ \t\n]*\Z")
_GENERIC = frozenset({"President", "Prime", "Minister", "administration", "Secretary-General", "Soviet",
                      "leader", "general", "secretary"})


def _keyword(label: str) -> str:
    """A plain substring every mention contains (as printed), so most texts skip the regex entirely."""
    if label == "COVID-19":
        return "19"
    words = [w for w in label.split() if w not in _GENERIC]
    return max(words, key=len).split("-")[0].rstrip(",")


# No leading \b: a pattern that starts with a literal is found by a fast prefix scan; the word
# boundary is checked by hand on the rare hit.
ERAS: tuple[Era, ...] = tuple(
    Era(label, re.compile(r"(?:" + source + r")", re.IGNORECASE if label == "COVID-19" else 0), terms)
    for label, source, terms in _ROWS)
_KEYWORDS: tuple[str, ...] = tuple(_keyword(era.label) for era in ERAS)
# One pass finds which keywords occur at all (faster than one substring test per era).
_ANY_KEYWORD = re.compile("|".join(map(re.escape, sorted(set(_KEYWORDS), key=len, reverse=True))))


def era_clues(text: str) -> list[tuple[Era, int, int]]:
    """Era clues in `text` with their offsets, first present-tense mention of each era only."""
    found: list[tuple[Era, int, int]] = []
    present = set(_ANY_KEYWORD.findall(text))
    if not present:
        return found
    for era, keyword in zip(ERAS, _KEYWORDS, strict=True):
        if keyword not in present:
            continue
        for m in era.pattern.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            if not _PAST.search(text, max(0, m.start() - 16), m.start()):
                found.append((era, m.start(), m.end()))
                break
    return found
