"""Actor gaps the event coder found in wire copy (issue #7 follow-up): a nationality placing a named
armed group, hyphenated nationalities, named spokespeople of a body, seas and gulfs, coast guards,
a service noun before an office or rank, small towns. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import assigned as _assigned
from actors.actor_helpers import code_of as _code_of
from wirewatch.nlp.actors.phrases import resolve_text

pytestmark = pytest.mark.model



@pytest.mark.parametrize(("sentence", "phrase", "code"), [
    ("The Pakistani Taliban claimed the bombing of a checkpoint in Khyber on Monday.",
     "The Pakistani Taliban", "PAKREB"),
    ("A court in Lahore sentenced two members of the Pakistani Taliban to death.",
     "Pakistani Taliban", "PAKREB"),
    ("The Afghan Taliban denied sheltering the fighters.", "The Afghan Taliban", "AFGREB"),
])
def test_nationality_places_a_named_armed_group(nlp: Any, sentence: str, phrase: str, code: str) -> None:
    article = _assigned(nlp, sentence)
    assert _code_of(article, phrase) == code
    # one mention, not the nationality and the group's home-table code side by side
    assert not any(e.actor is not None and e.actor.code == "AFGREB" for e in article.entities) \
        or code == "AFGREB"


def test_hyphenated_nationality_codes_the_citizenship(nlp: Any) -> None:
    text = "Police questioned a Lebanese-Canadian journalist at the airport in Beirut."
    article = _assigned(nlp, text)
    assert _code_of(article, "a Lebanese-Canadian journalist") == "CANMED"
    # the origin is no actor of its own
    assert not any(e.text == "Lebanese" for e in article.entities)
    res = resolve_text("a Palestinian-American doctor")
    assert res.country == "USA" and any("origin" in r for r in res.reasons)
    # a relation between two states is no person's nationality: both sides stay mentions
    talks = _assigned(nlp, "Israeli-Palestinian peace talks resumed in Cairo on Monday.")
    assert {"ISR", "PSE"} <= {e.actor.code for e in talks.entities if e.actor is not None}
    # a "-led" tail still names who leads
    assert resolve_text("Saudi-led forces").country == "SAU"


def test_named_spokesperson_takes_the_body_before_the_title(nlp: Any) -> None:
    text = "Iran's foreign ministry spokesman Nasser Kanaani rejected the report on Monday."
    article = _assigned(nlp, text)
    person = next(e for e in article.entities if "Kanaani" in e.text)
    assert person.actor is not None and person.actor.code == "IRNGOVMED"
    # the same code as the phrase without the name (CAMEO: government + spokesman)
    assert _code_of(_assigned(nlp, "Iran's foreign ministry spokesman rejected the report."),
                    "Iran's foreign ministry spokesman") == "IRNGOVMED"


@pytest.mark.parametrize("place", ["the Gulf of Oman", "the Indian Ocean", "the Strait of Hormuz",
                                   "the Persian Gulf", "the Sea of Japan"])
def test_seas_gulfs_and_straits_are_no_actors(nlp: Any, place: str) -> None:
    assert resolve_text(place).country is None
    article = _assigned(nlp, f"Two tankers were attacked in {place} on Thursday.")
    assert _code_of(article, place) is None


def test_coast_guard_is_military(nlp: Any) -> None:
    article = _assigned(nlp, "The Chinese coast guard fired water cannon at a Philippine vessel.")
    assert _code_of(article, "The Chinese coast guard") == "CHNMIL"


@pytest.mark.parametrize(("sentence", "phrase", "code"), [
    ("Panamanian army officers arrested the opposition leader.", "Panamanian army officers", "PANMIL"),
    ("Kenyan police officers shot two protesters in Kisumu.", "Kenyan police officers", "KENCOP"),
    ("Iranian police commanders visited the border on Sunday.", "Iranian police commanders", "IRNCOP"),
])
def test_service_noun_gives_the_sector_of_an_office(nlp: Any, sentence: str, phrase: str, code: str) -> None:
    assert _code_of(_assigned(nlp, sentence), phrase) == code


@pytest.mark.parametrize(("sentence", "town", "code"), [
    ("Russian forces occupied the Chernobyl nuclear plant on Thursday.", "Chernobyl", "UKR"),
    ("Government forces shelled the town of Lalibela on Wednesday.", "Lalibela", "ETH"),
])
def test_small_towns_in_the_news_are_placed(nlp: Any, sentence: str, town: str, code: str) -> None:
    assert _code_of(_assigned(nlp, sentence), town) == code
