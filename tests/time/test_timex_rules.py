"""Recognition and normalisation on sentences written for these tests (no spaCy model needed).

The tense oracle is replaced by a fixed direction, so each case states what the verb would say.
"""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.nlp.time import calendar as cal
from wirewatch.nlp.time.rules import Context, find_timexes, parse_quantity

TUESDAY = date(2021, 10, 5)  # a Tuesday in Q4; ISO week 40


def timexes(text: str, anchor: date | None = TUESDAY, direction: int = 0) -> list[tuple[str, str, str]]:
    ctx = Context(anchor=anchor, direction=lambda s, e: direction)
    found = list(find_timexes(text, ctx))
    for f in found:
        assert f.start < f.end and text[f.start:f.end].strip() == text[f.start:f.end]
    return [(text[f.start:f.end], f.norm.type, f.norm.value) for f in found]


@pytest.mark.parametrize("text, direction, expected", [
    ("The minister said Tuesday the talks went well.", -1, ("Tuesday", "DATE", "2021-10-05")),
    ("The minister met him on Friday.", -1, ("Friday", "DATE", "2021-10-01")),
    ("The minister will meet him on Friday.", 1, ("Friday", "DATE", "2021-10-08")),
    ("He spoke during a session on Friday last week.", -1, ("Friday last week", "DATE", "2021-10-01")),
    ("They will vote on Monday next week.", 1, ("Monday next week", "DATE", "2021-10-11")),
    ("Talks resumed last Wednesday.", -1, ("last Wednesday", "DATE", "2021-09-29")),
    ("Officials could arrive as early as Thursday.", 0, ("Thursday", "DATE", "2021-10-07")),
    ("Friday's vote was close.", 1, ("Friday", "DATE", "2021-10-01")),
])
def test_weekdays_follow_tense(text: str, direction: int, expected: tuple[str, str, str]) -> None:
    assert timexes(text, direction=direction) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Prices rose last month.", ("last month", "DATE", "2021-09")),
    ("The law passed last year.", ("last year", "DATE", "2020")),
    ("Elections are due next year.", ("next year", "DATE", "2022")),
    ("Exports grew this year.", ("this year", "DATE", "2021")),
    ("The two met earlier this week.", ("earlier this week", "DATE", "2021-W40")),
    ("Fighting eased last week.", ("last week", "DATE", "2021-W39")),
    ("He left today.", ("today", "DATE", "2021-10-05")),
    ("He left yesterday.", ("yesterday", "DATE", "2021-10-04")),
    ("He leaves tomorrow.", ("tomorrow", "DATE", "2021-10-06")),
    ("The deal closed two months ago.", ("two months ago", "DATE", "2021-08")),
    ("The plant opened five years ago.", ("five years ago", "DATE", "2016")),
])
def test_relative_to_the_anchor(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text, direction, expected", [
    ("The accord was signed Sept. 20.", -1, ("Sept. 20", "DATE", "2021-09-20")),
    ("The summit opens Nov. 3.", 1, ("Nov. 3", "DATE", "2021-11-03")),
    ("The summit will open Jan. 12.", 1, ("Jan. 12", "DATE", "2022-01-12")),
    ("The accord was signed on Dec. 20.", -1, ("Dec. 20", "DATE", "2020-12-20")),
    ("It was founded on March 5, 1946.", -1, ("March 5, 1946", "DATE", "1946-03-05")),
    ("It was founded in July 1997.", -1, ("July 1997", "DATE", "1997-07")),
    ("It happened in 1989.", -1, ("1989", "DATE", "1989")),
    ("Sales slowed in August.", -1, ("August", "DATE", "2021-08")),
    ("The plan starts in January.", 1, ("January", "DATE", "2022-01")),
])
def test_calendar_dates(text: str, direction: int, expected: tuple[str, str, str]) -> None:
    assert timexes(text, direction=direction) == [expected]


def test_month_day_without_anchor_is_underspecified() -> None:
    assert timexes("The accord was signed Sept. 20.", anchor=None) == [("Sept. 20", "DATE", "XXXX-09-20")]


@pytest.mark.parametrize("text, expected", [
    ("Profit fell in the third quarter.", ("the third quarter", "DATE", "2021-Q3")),
    ("Third-quarter profit fell.", ("Third-quarter", "DATE", "2021-Q3")),
    ("Profit fell in the third quarter of 1998.", ("the third quarter of 1998", "DATE", "1998-Q3")),
    ("Results for fiscal 1999 were weak.", ("fiscal 1999", "DATE", "1999")),
    ("Growth slowed in the 1990s.", ("the 1990s", "DATE", "199")),
    ("Rain is expected this winter.", ("this winter", "DATE", "2021-WI")),
    ("The strike began last spring.", ("last spring", "DATE", "2021-SP")),
])
def test_quarters_years_seasons(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text) == [expected]


def test_year_ago_counts_from_the_reported_quarter() -> None:
    text = "Profit rose in the third quarter, up from $5 million a year earlier."
    assert timexes(text) == [("the third quarter", "DATE", "2021-Q3"),
                             ("a year earlier", "DATE", "2020-Q3")]


@pytest.mark.parametrize("text, expected", [
    ("The war lasted three years.", ("three years", "DURATION", "P3Y")),
    ("Shares fell in the last twenty four hours.", ("the last twenty four hours", "DURATION", "PT24H")),
    ("He was held for 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
    ("It took a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
    ("Talks could take several weeks.", ("several weeks", "DURATION", "PXW")),
    ("A five-year plan was approved.", ("five-year", "DURATION", "P5Y")),
    ("Sales in the first nine months rose.", ("the first nine months", "DURATION", "P9M")),
    ("The talks lasted nearly two hours.", ("nearly two hours", "DURATION", "PT2H")),
])
def test_durations(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text) == [expected]


def test_ages_are_not_durations() -> None:
    assert timexes("A 6-year-old boy and a man, 52 years old, were hurt.") == []


@pytest.mark.parametrize("text, expected", [
    ("The council meets every week.", ("every week", "SET", "P1W")),
    ("The report is published annually.", ("annually", "SET", "P1Y")),
    ("Traders watch the daily figures.", ("daily", "SET", "P1D")),
    ("The club meets each Thursday.", ("each Thursday", "SET", "XXXX-WXX-4")),
])
def test_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Now the talks are stalled.", ("Now", "DATE", "PRESENT_REF")),
    ("Prices are currently high.", ("currently", "DATE", "PRESENT_REF")),
    ("Prices fell recently.", ("recently", "DATE", "PAST_REF")),
    ("Talks may resume in the future.", ("the future", "DATE", "FUTURE_REF")),
])
def test_reference_tokens(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The vote opens at 9 a.m. Tuesday.", ("9 a.m. Tuesday", "TIME", "2021-10-05T09:00")),
    ("Polls close at 7:30 p.m.", ("7:30 p.m.", "TIME", "2021-10-05T19:30")),
    ("The blast came last night.", ("last night", "TIME", "2021-10-04TNI")),
    ("He spoke this morning.", ("this morning", "TIME", "2021-10-05TMO")),
    ("The rally was held Friday evening.", ("Friday evening", "TIME", "2021-10-01TEV")),
    ("The blast came on Friday morning.", ("Friday morning", "DATE", "2021-10-01")),
])
def test_times(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text, direction=-1) == [expected]


@pytest.mark.parametrize("text", [
    "Officials may meet later.",        # the modal, not the month
    "Prices could fall further.",       # the verb, not the season
    "Sales reached 1,995 units and $2000 in fees.",
    "A second group of directors resigned.",
    "He previously said so.",
])
def test_things_that_are_not_timexes(text: str) -> None:
    assert timexes(text) == []


def test_calendar_helpers() -> None:
    assert cal.weekday_date(TUESDAY, 2, -1) == TUESDAY
    assert cal.weekday_date(TUESDAY, 5, 1) == date(2021, 10, 8)
    assert cal.week_value(date(1998, 2, 16)) == "1998-W08"
    assert cal.duration_value(5.5, "H", True) == "PT5H30M"
    assert cal.moving_holiday("thanksgiving", 1999) == date(1999, 11, 25)
    assert parse_quantity("twenty-four") == 24
    assert parse_quantity("a couple of") == 2
    assert parse_quantity("several") is None


def test_year_less_anchor_keeps_month_and_day() -> None:
    ctx = Context(anchor=None, month_day=(10, 13))
    found = [(f.norm.value) for f in find_timexes("He arrived yesterday and leaves today.", ctx)]
    assert found == ["XXXX-10-12", "XXXX-10-13"]


@pytest.mark.parametrize("text", [
    "A reporter for USA Today said so.",
    "Less than a quarter of donors gave more.",
    "He shouted: 'Hands off!' Nothing happened.",
])
def test_titles_and_fractions_are_not_timexes(text: str) -> None:
    assert timexes(text) == []


def test_narrative_years_count_from_the_text_not_the_anchor() -> None:
    text = "He was promoted on May 22, 1995, and the following year he left."
    assert timexes(text) == [("May 22, 1995", "DATE", "1995-05-22"), ("the following year", "DATE", "1996")]
    assert timexes("He fled in June 1998 and returned later that year.") == [
        ("June 1998", "DATE", "1998-06"), ("later that year", "DATE", "1998")]
    assert timexes("Imports fell that year.") == []  # no year named before: no guess


# ------------------------------------------------------------------------- results stories, narrative cues

@pytest.mark.parametrize("text, expected", [
    # the sentence's own period decides what "a year earlier" is
    ("For the quarter ended Sept. 30, net rose to $2 a share from $1.50 a share a year earlier.",
     ("a year earlier", "DATE", "2020-09-30")),
    ("For the nine months, net rose to $6 a share from $5 a share a year earlier.",
     ("a year earlier", "DATE", "2020")),
    ("In the first nine months, net rose to $6 a share from $5 a share in the 2020 period.",
     ("the 2020 period", "DATE", "2020")),
])
def test_year_ago_takes_the_period_its_sentence_names(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes("Net rose in the third quarter. " + text, direction=-1)


@pytest.mark.parametrize("text, expected", [
    ("The shares hit a high for the year of $42 in June.", ("the year", "DATE", "2021")),
    ("For the year, volume was flat.", ("the year", "DATE", "2021")),
    ("Revenue was $76 million for the year ended March 31.", ("the year", "DURATION", "P1Y")),
    ("The deal should close by year-end.", ("year-end", "DATE", "2021-12-31")),
    ("The index has risen 10% since year-end.", ("year-end", "DATE", "2020-12-31")),
    ("It pays twice as high a dividend this year as last.", ("last", "DATE", "2020")),
])
def test_reporting_year_phrases(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text, direction=-1)


def test_the_previous_weekday_counts_back_from_the_one_named() -> None:
    found = timexes("Shares closed lower Friday, down 4% from the previous Friday.", direction=-1)
    assert found == [("Friday", "DATE", "2021-10-01"), ("the previous Friday", "DATE", "2021-09-24")]
    # with no Friday named before it, "the previous Friday" is simply the last one
    assert timexes("Shares are down 4% from the previous Friday.") == [
        ("the previous Friday", "DATE", "2021-10-01")]


def test_weekday_cues_and_shifts() -> None:
    assert timexes("They were given until 9 a.m. Thursday to sign.", direction=-1) == [
        ("9 a.m. Thursday", "TIME", "2021-10-07T09:00")]
    assert timexes("Buyers would act as soon as trading opened Monday.", direction=-1) == [
        ("Monday", "DATE", "2021-10-11")]
    assert timexes("The day before last Friday's hearing, he left.", direction=-1) == [
        ("day before last Friday", "DATE", "2021-09-30")]


def test_a_storys_bare_weekday_names_one_day() -> None:
    ctx = Context(anchor=TUESDAY, direction=lambda s, e: 1 if s > 60 else -1)
    text = "Ministers met Friday. The vote came Friday. Those to join on Friday were Poland and Hungary."
    assert {f.norm.value for f in find_timexes(text, ctx)} == {"2021-10-01"}


def test_second_day_of_a_month_day_pair_and_present_nth_day() -> None:
    assert timexes("The summit will be held on April 24 and 25.", direction=1) == [
        ("April 24", "DATE", "2022-04-24"), ("25", "DATE", "2022-04-25")]
    assert timexes("Today is the eighth day of the blockade.") == [
        ("Today", "DATE", "2021-10-05"), ("the eighth day", "DATE", "2021-10-05")]
