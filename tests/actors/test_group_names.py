"""Groups and parties no table lists, read from the words of their names (nlp/actors/group_names.py)."""

from __future__ import annotations

import pytest

from wirewatch.nlp.actors import group_names


@pytest.mark.parametrize(("name", "code"), [
    ("the Popular Front for the Liberation of Oromia", "ETHREB"),   # homeland in the name
    ("the Khalistan Commando Force", "INDREB"),                     # a separatist homeland is a word of arms
    ("the Movement for the Actualization of the Sovereign State of Biafra", "NGAREB"),
    ("the Armed Islamic Group", "EGYREB"),                          # no place: the story's country
])
def test_named_rebels(name: str, code: str) -> None:
    actor = group_names.rebels_by_name(name, "EGY", "the dateline")
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
    assert group_names.rebels_by_name(name, "USA", "the dateline") is None


def test_unplaced_rebels_have_no_country() -> None:
    actor = group_names.rebels_by_name("the Popular Revolutionary Army", None, None, head="army")
    assert actor is not None and actor.code == "---REB" and actor.country is None


def test_party_takes_the_story_country_and_keeps_why() -> None:
    actor = group_names.party_by_name("the National Democratic Party", None, "EGY", "the dateline CAIRO")
    assert actor is not None and actor.code == "EGYPTY"
    assert any("CAIRO" in r for r in actor.reasons)
    assert group_names.party_by_name("the National Democratic Party", None, None, None) is None
    assert group_names.party_by_name("the Workers' Front", None, "EGY", "the dateline") is None
