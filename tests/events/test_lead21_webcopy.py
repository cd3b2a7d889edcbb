"""Junk an analyst meets in scraped web news (issue #7, nineteenth session): the 181 pages of the HTML
extraction benchmark, none of them read by any rule writer before, gave triples from sports results,
figures of speech and history. Each class has sentences of our own and a control that keeps its code.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "2019-11-20"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize("text", [
    "Portugal beat Lithuania 6-0 in Vilnius on Sunday.",
    "Boston beat Toronto 4-2 for their third straight win.",
])
def test_a_place_that_beat_a_place_won_a_match(code: Any, text: str) -> None:
    art = code(text, date=DATE)
    assert not art.events, [(e.type, e.cameo) for e in art.events]


def test_a_beating_of_people_stays_force(code: Any) -> None:
    # control: police and demonstrators are bodies
    got = triples(code("Police beat demonstrators with batons in Tehran.", date=DATE))
    assert any(s.startswith("IRNCOP") and t.startswith("IRN") for s, t, _ in got)


def test_an_act_denied_by_no_is_no_act(code: Any) -> None:
    assert not triples(code("The mayor said there is no threat to the city.", date=DATE))
    assert not triples(code("No talks were held between India and Pakistan.", date=DATE))


def test_shown_is_not_demonstrated_in_the_streets(code: Any) -> None:
    text = "Seoul is worried about his temper, as demonstrated by his walkout from a summit in Hanoi."
    assert not triples(code(text, date=DATE))
    # control: people who demonstrate in a place protest there
    assert any(c.startswith("14") for _, _, c in triples(code("Thousands demonstrated in Hanoi.", date=DATE)))


def test_an_army_in_the_streets_is_no_protest(code: Any) -> None:
    art = code("The Chinese army took to the streets of the city to clear barricades.", date=DATE)
    assert not any(e.type == "PROTEST" for e in art.events)


def test_a_plague_in_a_relative_clause_is_no_attacker(code: Any) -> None:
    text = "The outbreak recalls the plague epidemic that killed millions of people in Europe."
    assert not triples(code(text, date=DATE))
    # control: gunmen in a relative clause still kill
    got = triples(code("The gunmen who killed five policemen in Karachi escaped.", date=DATE))
    assert any(t.startswith("PAKCOP") for _, t, _ in got)


def test_a_hunted_animal_is_no_victim(code: Any) -> None:
    assert not triples(code("A farmer killed a wild boar in Poland.", date=DATE))


def test_recognizing_that_something_is_so_recognizes_no_one(code: Any) -> None:
    assert not triples(code("Germany recognizes that Britain must leave.", date=DATE))
    text = "The Chinese ambassador recognized that the talks with Japan had stalled."
    assert not triples(code(text, date=DATE))
    assert not triples(code("The minister recognized the need for talks with Iran.", date=DATE))


@pytest.mark.parametrize("text, expected", [
    ("Sweden recognized the State of Palestine.", ("SWE", "PSE", "054")),
    ("Kosovo was recognized by Britain.", ("GBR", "XKX", "054")),  # (Kosovo by 2019)
])
def test_recognition_of_a_state_stays(code: Any, text: str, expected: tuple[str, str, str]) -> None:
    # control: recognition told by its object or a passive
    assert expected in triples(code(text, date=DATE))
