"""The twenty-first session's lead fixes (issue #7): blind probes in `probes_agree23.py` found each
class; the sentences here are fresh ones, with controls.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "2006-03-10"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize(("text", "pair", "root"), [
    ("Following talks in Nairobi, Kenya and Somalia agreed to reopen their border.", ("KEN", "SOM"), "03"),
    ("During a summit in Lusaka, Zambia and Angola signed a trade pact.", ("ZMB", "AGO"), "05"),
    ("After talks in Algiers, Ethiopia and Eritrea agreed to withdraw troops.", ("ETH", "ERI"), "03"),
])
def test_a_fronted_phrase_ending_in_a_place_leaves_the_subject_its_own(
        code: Any, text: str, pair: tuple[str, str], root: str) -> None:
    # the small model reads "Algiers, Ethiopia and Eritrea" as one list and loses the subject
    got = triples(code(text, date=DATE))
    for source, target in (pair, pair[::-1]):
        assert any(s[:3] == source and t[:3] == target and c[:2] == root for s, t, c in got), got


def test_a_list_inside_the_fronted_phrase_stays_there(code: Any) -> None:
    text = "In talks with Russia, China and India, the United States urged restraint."
    got = triples(code(text, date=DATE))
    assert got and all(s == "USA" or t == "USA" for s, t, _ in got), got
    assert not any(s[:3] in ("CHN", "IND") and t[:3] in ("CHN", "IND") for s, t, _ in got), got


@pytest.mark.parametrize(("text", "pair", "root"), [
    ("The United States withdrew trade preferences for Ethiopia over the Tigray war.", ("USA", "ETH"), "16"),
    ("Canada tightened export controls on Russia after the invasion.", ("CAN", "RUS"), "16"),
    ("The Arab League suspended Syria from the organisation in 2011.", ("IGO", "SYR"), "16"),
    ("The United States removed Turkey from the F-35 programme.", ("USA", "TUR"), "16"),
])
def test_privileges_and_seats_taken_away_are_sanctions(
        code: Any, text: str, pair: tuple[str, str], root: str) -> None:
    got = triples(code(text, date=DATE))
    assert any(s[:3] == pair[0] and t[:3] == pair[1] and c[:2] == root for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "The United States removed Cuba from its list of state sponsors of terrorism.",
    "Police removed protesters from the square.",
    "The army tightened security in the capital.",
])
def test_a_list_a_square_or_security_is_no_sanction(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    assert not any(c[:2] == "16" for _, _, c in got), got


def test_north_and_south_korea_are_both_parties(code: Any) -> None:
    got = triples(code("North and South Korea held talks on Monday in the border village.", date=DATE))
    assert ("PRK", "KOR", "046") in got and ("KOR", "PRK", "046") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin will visit Japan next week, the Kremlin said.", {("RUSGOV", "JPN", "036")}),
    ("Israel and Syria are to resume peace talks in Washington.",
     {("ISR", "SYR", "036"), ("SYR", "ISR", "036")}),
    ("The Chinese premier will fly to Tokyo next month to meet Japanese leaders.",
     {("CHNGOV", "JPNGOV", "036")}),
])
def test_a_visit_or_talks_announced_for_later_are_a_commitment_to_meet(
        code: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(code(text, date=DATE)) == expected


def test_a_visit_made_is_still_the_visit(code: Any) -> None:
    got = triples(code("Putin visited Japan on Monday, the Kremlin said.", date=DATE))
    assert got == {("RUSGOV", "JPN", "042"), ("JPN", "RUSGOV", "043")}, got


def test_a_city_beside_a_group_keeps_its_own_noun(code: Any) -> None:
    got = triples(code("Manila and Muslim rebels initialled a peace pact on Sunday.", date=DATE))
    assert ("PHLGOV", "PHLREB", "057") in got, got


def test_the_two_leaders_are_not_the_venues(code: Any) -> None:
    art = code("The two leaders met in Geneva on Friday.", date=DATE)
    assert not any((e.source.code or "").startswith("CHE") for e in art.events if e.source), \
        [(e.source.code, e.source.text) for e in art.events if e.source]


@pytest.mark.parametrize(("text", "pair", "code_"), [
    ("Israel ordered the closure of the Gaza crossings after the rocket attack.", ("ISR", "PSE"), "191"),
    ("Israel closed the Gaza crossings after the rocket attack.", ("ISR", "PSE"), "191"),
    ("Sudan ordered the closure of the British embassy.", ("SDN", "GBR"), "161"),
])
def test_a_closure_ordered_is_the_closure(code: Any, text: str, pair: tuple[str, str], code_: str) -> None:
    got = triples(code(text, date=DATE))
    assert any(s[:3] == pair[0] and t[:3] == pair[1] and c == code_ for s, t, c in got), got
    assert not any(c.startswith("10") for _, _, c in got), got  # no demand made of the place


def test_schools_closed_are_no_blockade(code: Any) -> None:
    text = "The ministry ordered the closure of schools in Manila because of the flu."
    got = triples(code(text, date=DATE))
    assert not any(c.startswith(("19", "16", "17")) for _, _, c in got), got
