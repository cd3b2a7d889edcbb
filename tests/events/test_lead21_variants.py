"""What the variant probes of the nineteenth session showed (issue #7): readings right on the records the
coder was tuned on that failed when the same act was told of other parties or with more around it. Each
class has sentences of our own and a control that must keep its reading.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def roots(art: Any) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in triples(art)}


@pytest.mark.parametrize("text, expected", [
    ("Britain said it had halted arms sales to Indonesia.", ("GBR", "IDN", "163")),
    ("Germany stopped weapons deliveries to Turkey.", ("DEU", "TUR", "163")),
    ("The European Union tightened its sanctions on Belarus.", ("IGOEUREEC", "BLR", "163")),
])
def test_an_arms_embargo_and_tightened_sanctions_are_sanctions(code: Any, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(text, date=DATE))


def test_goods_that_are_no_arms_stopped_are_no_embargo(code: Any) -> None:
    # control: a company's trade and a plant's output are no sanction
    assert not triples(code("Japan halted car sales to Iran.", date=DATE))
    assert not triples(code("Production of arms halted at the plant in Ohio.", date=DATE))


def test_a_faith_group_beside_a_states_government_shares_its_home(code: Any) -> None:
    got = roots(code("The Thai government and Muslim separatists opened talks in Kuala Lumpur.", date=DATE))
    assert ("THAREB", "THAGOV", "04") in got and not any("MYS" in s + t for s, t, _ in got)


def test_a_faith_group_beside_a_foreign_force_stays_the_places(code: Any) -> None:
    # control: Israeli troops are no home body of a group fighting in Lebanon
    got = roots(code("Israeli troops and Muslim militants clashed in Lebanon.", date=DATE))
    assert ("ISRMIL", "LBNUAF", "19") in got


def test_a_side_named_by_role_first_is_the_governments_own(code: Any) -> None:
    got = roots(code("Rebels and the Ugandan government signed a truce in Nairobi.", date=DATE))
    assert {("UGAGOV", "UGAREB", "08"), ("UGAREB", "UGAGOV", "08")} <= got
    assert not any(t.startswith("KEN") for _, t, _ in got)  # the town they signed in is no party


def test_a_role_subject_is_not_made_a_second_party_of_its_own_act(code: Any) -> None:
    # control: "Fighters" is the source's own phrase, no partner beside it (LKAREB since the twenty-fourth
    # session: "the Tamil Tigers", a group the table names REB, is found before the nationality alone)
    got = roots(code("Fighters of the Tamil Tigers surrendered to Sri Lankan troops.", date=DATE))
    assert got == {("LKAREB", "LKAMIL", "08")}


def test_a_threats_if_clause_names_its_target(code: Any) -> None:
    got = roots(code("China has threatened to halt talks on trade if the United States goes ahead with "
                     "arms sales to Taiwan.", date=DATE))
    assert got == {("CHN", "USA", "13")}
    assert ("RUS", "UKR", "13") in roots(code("Russia threatened to cut gas supplies if Ukraine joined NATO.",
                                              date=DATE))


def test_an_if_clause_of_circumstance_names_no_target(code: Any) -> None:
    # control: the talks are no party
    assert not triples(code("The union threatened to strike if the talks failed.", date=DATE))


@pytest.mark.parametrize("text, expected", [
    ("The European Union refused to ease the sanctions imposed on Belarus.", ("IGOEUREEC", "BLR", "12")),
    ("The Security Council voted to ease the sanctions imposed on Libya.", ("IGOUNO", "LBY", "08")),
])
def test_a_measures_own_participle_names_whom_it_binds(code: Any, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in roots(code(text, date=DATE))


def test_a_place_in_a_protests_aim_places_no_one(code: Any) -> None:
    assert not triples(code("Thousands marched to protest against the war in Iraq.", date=DATE))
    # control: the place the march is in still places the crowd
    london = "Thousands marched in London to protest against the war in Iraq."
    assert ("GBR", "IRQ", "14") in roots(code(london, date=DATE))


def test_counted_people_of_a_region_are_civilians(code: Any) -> None:
    assert ("INDCOP", "INDCVL", "17") in roots(code("Indian police detained 40 Kashmiris.", date=DATE))


def test_a_time_is_no_agent(code: Any) -> None:
    art = code("President Omar El Bashir on Thursday shortened by one hour the nightly curfew imposed in "
               "Sudan.", date=DATE)
    assert all(e.source is None or e.source.text != "one hour" for e in art.events)
    # control: a crowd the small model tags as a date is still a crowd
    got = roots(code("Thousands of Greeks marched in Athens against the visit of the American president.",
                     date=DATE))
    assert ("GRC", "USAGOV", "14") in got
