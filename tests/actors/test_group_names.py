"""Groups and parties no table lists, read from the words of their names (nlp/actors/group_names.py)."""

from __future__ import annotations

import pytest

from wirewatch.nlp.actors import group_names
from wirewatch.nlp.actors.phrases import Context, resolve_text

_EGYPT = Context(country="EGY", reason="the dateline CAIRO")


def _own(name: str) -> object:
    """What the name's own words give, as the actors stage hands it over (no story context)."""
    return resolve_text(name, Context(), cities=False).actor(name)


@pytest.mark.parametrize(("name", "code"), [
    ("the Popular Front for the Liberation of Oromia", "ETHREB"),   # homeland in the name
    ("the Khalistan Commando Force", "INDREB"),                     # a separatist homeland is a word of arms
    ("the Movement for the Actualization of the Sovereign State of Biafra", "NGAREB"),
    ("the Armed Revolutionary Group", "EGYREB"),                    # no place: the story's country
])
def test_named_rebels(name: str, code: str) -> None:
    actor = group_names.rebels_by_name(name, _own(name), _EGYPT)
    assert actor is not None and actor.code == code
    assert actor.reasons and "REB" in actor.reasons[0]


@pytest.mark.parametrize("name", [
    "the Armed Forces",                       # a state's, whatever its country
    "the 1st Special Forces Group",
    "the Walter Reed Army Medical Center",    # an institution named after an army
    "the Revolutionary Guards",               # a state body
    "the Detroit Tigers",                     # one word of both kinds says too little
    "the People's Revolutionary Party",       # a party: read by party_by_name
])
def test_not_rebels(name: str) -> None:
    assert group_names.rebels_by_name(name, _own(name), Context(country="USA", reason="the dateline")) is None


def test_unplaced_rebels_have_no_country() -> None:
    actor = group_names.rebels_by_name("the Popular Revolutionary Army", None, Context(), head="army")
    assert actor is not None and actor.code == "---REB" and actor.country is None


def test_party_takes_the_story_country_and_keeps_why() -> None:
    actor = group_names.party_by_name("the National Democratic Party", None, _EGYPT)
    assert actor is not None and actor.code == "EGYPTY"
    assert any("CAIRO" in r for r in actor.reasons)
    assert group_names.party_by_name("the National Democratic Party", None, Context()) is None
    assert group_names.party_by_name("the Workers' Front", None, _EGYPT) is None
