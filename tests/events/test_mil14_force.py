"""The parties of force, wip/mil14 (issue #7): constructions by which conflict copy names both sides of
a fight without a subject that acts on an object. The sentences are our own, with negatives (a sports
clash, a verbal clash, one side only, an agentless attack, history)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize("text, expected", [
    # the casualties of a fight that names no side: the casualties are its two sides, each way (190)
    ("An Indian soldier and two Pakistani militants were killed in clashes in Kashmir.",
     {("INDMIL", "PAKUAF", "190"), ("PAKUAF", "INDMIL", "190")}),
    ("Two Israeli soldiers and a Palestinian gunman were wounded in a gunbattle in Jenin.",
     {("ISRMIL", "PSEUAF", "190"), ("PSEUAF", "ISRMIL", "190")}),
    ("A Turkish soldier and three Kurdish rebels were wounded during fighting near the border.",
     {("TURMIL", "TURREB", "190"), ("TURREB", "TURMIL", "190")}),
])
def test_casualties_of_a_fight_are_its_sides(code: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(code(text))
    assert expected <= got, sorted(got)


@pytest.mark.parametrize("text", [
    # one side only: who fought it is not said
    "An Israeli officer was wounded in clashes in the West Bank.",
    "Two Syrian soldiers were killed in clashes in Idlib.",
    # no armed party among the casualties: fans, tourists
    "Two Brazilian fans and an Argentine fan were injured in clashes after the match.",
    "A British tourist and an Egyptian guide were killed in clashes in Cairo.",
])
def test_casualties_with_no_two_armed_sides_give_no_fight(code: Any, text: str) -> None:
    got = triples(code(text))
    assert not any(c.startswith("19") for _, _, c in got), sorted(got)


def test_a_named_other_side_keeps_its_direction(code: Any) -> None:
    # "with Israeli troops" names who harmed the casualties: one way, as before
    got = triples(code("Three Palestinians were wounded in clashes with Israeli troops."))
    assert ("ISRMIL", "PSE", "190") in got and ("PSE", "ISRMIL", "190") not in got


def test_casualties_of_an_attack_are_no_side(code: Any) -> None:
    # an attack is not mutual: its casualties did not attack each other
    got = triples(code("An Afghan soldier and two American contractors were killed in a bombing in Kabul."))
    assert not any(c.startswith("19") or c.startswith("18") for _, _, c in got), sorted(got)


def test_police_and_protesters_of_one_country_are_no_two_sides(code: Any) -> None:
    got = triples(code("Two Nigerian policemen and a Nigerian protester were wounded in clashes in Lagos."))
    assert not any(c.startswith("19") for _, _, c in got), sorted(got)
