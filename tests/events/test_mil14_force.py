"""The parties of force, wip/mil14 (issue #7): constructions by which conflict copy names both sides of
a fight without a subject that acts on an object. The sentences are our own, with negatives (a sports
clash, a verbal clash, one side only, an agentless attack, history)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


Triples = set[tuple[str, str, str]]


def triples(art: Any) -> Triples:
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
def test_casualties_of_a_fight_are_its_sides(code: Any, text: str, expected: Triples) -> None:
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
    assert ("ISRMIL", "PSECVL", "190") in got and ("PSECVL", "ISRMIL", "190") not in got  # counted: CVL


def test_casualties_of_an_attack_are_no_side(code: Any) -> None:
    # an attack is not mutual: its casualties did not attack each other
    got = triples(code("An Afghan soldier and two American contractors were killed in a bombing in Kabul."))
    assert not any(c.startswith("19") or c.startswith("18") for _, _, c in got), sorted(got)


def test_police_and_protesters_of_one_country_are_no_two_sides(code: Any) -> None:
    got = triples(code("Two Nigerian policemen and a Nigerian protester were wounded in clashes in Lagos."))
    assert not any(c.startswith("19") for _, _, c in got), sorted(got)


@pytest.mark.parametrize("text, expected", [
    # a fight's between-phrase on the verb it is the subject of: "broke out / erupted between A and B"
    ("Heavy fighting broke out between Ethiopian and Eritrean troops on Monday.",
     {("ETHMIL", "ERIMIL", "190"), ("ERIMIL", "ETHMIL", "190")}),
    ("Clashes erupted between Serbian police and Albanian rebels in Kosovo.",
     {("SRBCOP", "ALBREB", "190"), ("ALBREB", "SRBCOP", "190")}),
    ("Talks resumed between India and Pakistan on Monday.", {("IND", "PAK", "046"), ("PAK", "IND", "046")}),
    # a gerund subject names an act as its noun does: "Fighting between A and B", "Shelling by A"
    ("Fighting between Sudanese troops and Chadian rebels killed ten people.",
     {("SDNMIL", "TCDREB", "190"), ("TCDREB", "SDNMIL", "190")}),
    ("Shelling by Armenian forces killed three Azerbaijani civilians.", {("ARMMIL", "AZECVL", "190")}),
    # "X-led forces" are X's forces (MIL), as the actors stage codes the phrase
    ("British-led forces attacked the Iraqi army near Basra.", {("GBRMIL", "IRQMIL", "190")}),
])
def test_the_sides_of_a_fight_named_around_it(code: Any, text: str, expected: Triples) -> None:
    got = triples(code(text, date="2007-05-01"))
    assert expected <= got, sorted(got)


@pytest.mark.parametrize("text", [
    # supporters of two countries are not the countries' sides
    "Fighting broke out between fans of Brazil and Argentina after the match.",
    # a verb that does not tell the fight happened: the between-phrase is someone else's
    "A dispute over tariffs led to a split between France and Germany.",
])
def test_no_sides_from_a_between_phrase_that_names_none(code: Any, text: str) -> None:
    got = triples(code(text))
    assert not any(c.startswith("19") or c.startswith("04") for _, _, c in got), sorted(got)


def test_a_sponsor_is_not_the_owner_of_a_force(code: Any) -> None:
    # "Russian-backed separatists" are not Russia's (the actors stage says the same)
    got = triples(code("Russian-backed separatists shelled Ukrainian positions near Donetsk."))
    assert not any(s.startswith("RUS") for s, _, _ in got), sorted(got)


def test_police_and_protesters_between_keep_no_fight(code: Any) -> None:
    got = triples(code("Clashes between protesters and police in Paris left ten injured."))
    assert not any(c.startswith("19") for _, _, c in got), sorted(got)


@pytest.mark.parametrize("text, expected", [
    # "came under fire / attack from X" is force when X bears arms or the fire is a weapon's
    ("An Indian patrol came under fire from Pakistani troops.", {("PAKMIL", "IND", "190")}),
    # (a town hit is its civilians, CVL: the manual's examples, fourteenth session)
    ("The Israeli town of Sderot came under rocket fire from Hamas militants.",
     {("PSEREB", "ISRCVL", "190")}),
    # (a state's positions are its military's: UKRMIL since lead17)
    ("Ukrainian positions came under heavy shelling from Russian forces.", {("RUSMIL", "UKRMIL", "194")}),
])
def test_under_fire_from_armed_men_is_force(code: Any, text: str, expected: Triples) -> None:
    got = triples(code(text))
    assert expected <= got, sorted(got)


def test_under_fire_from_politicians_stays_criticism(code: Any) -> None:
    got = triples(code("Clinton came under fire from Republicans over the emails."))
    assert not any(c.startswith("19") for _, _, c in got) and any(c == "111" for _, _, c in got), sorted(got)


def test_forces_engaged_with_an_enemy_fought_it(code: Any) -> None:
    got = triples(code("British troops engaged with Iraqi forces near Basra."))
    assert {("GBRMIL", "IRQMIL", "190"), ("IRQMIL", "GBRMIL", "190")} <= got, sorted(got)


def test_a_ministry_engaged_with_groups_did_not_fight(code: Any) -> None:
    got = triples(code("The Kenyan ministry engaged with civil society groups from Uganda."))
    assert not any(c.startswith("19") for _, _, c in got), sorted(got)


def test_who_suffered_losses_in_an_attack_was_its_target(code: Any) -> None:
    # "X suffered losses in an attack by Y": Y -> X, also over a place named in the attack's phrase
    got = triples(code("Syrian troops suffered heavy losses in an attack by Turkish forces."))
    assert ("TURMIL", "SYRMIL", "190") in got, sorted(got)
    got = triples(code("Armenian troops suffered heavy losses in an attack by Azerbaijani forces near the "
                       "border with Azerbaijan."))
    assert ("AZEMIL", "ARMMIL", "190") in got and ("AZEMIL", "AZE", "190") not in got, sorted(got)
    got = triples(code("Iraqi forces sustained heavy casualties in a raid by Iranian troops."))
    assert ("IRNMIL", "IRQMIL", "190") in got, sorted(got)


def test_losses_of_a_company_or_a_party_are_no_attack(code: Any) -> None:
    got = triples(code("The Kenyan ruling party suffered a heavy defeat in the elections."))
    assert not any(c.startswith("19") for _, _, c in got), sorted(got)


@pytest.mark.parametrize("text, expected", [
    # an exchange of fire has two sides, as a clash has: both ways
    ("Indian troops exchanged fire with Pakistani soldiers across the line of control.",
     {("INDMIL", "PAKMIL", "190"), ("PAKMIL", "INDMIL", "190")}),
    ("Israeli soldiers traded fire with Hezbollah fighters.",
     {("ISRMIL", "LBNREB", "190"), ("LBNREB", "ISRMIL", "190")}),
])
def test_an_exchange_of_fire_is_mutual(code: Any, text: str, expected: Triples) -> None:
    got = triples(code(text))
    assert expected <= got, sorted(got)


def test_views_exchanged_are_no_fire(code: Any) -> None:
    got = triples(code("Indian and Pakistani diplomats exchanged views on trade."))
    assert not any(c.startswith("19") for _, _, c in got), sorted(got)
