"""The twenty-sixth session's lead fixes (issue #7): codebook breadth in GSR-style leads. Fresh sentences
(not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def _codes(got: set[tuple[str, str, str]]) -> set[str]:
    return {c for _, _, c in got}


def test_sanctions_suspended_are_eased(code: Any) -> None:
    got = triples(code("The European Union suspended its sanctions against Yugoslavia on Monday.", date=DATE))
    assert has(got, "IGO", "YUG", "085"), got


def test_aid_suspended_is_still_a_cut(code: Any) -> None:
    got = triples(code("The European Union suspended its aid to Haiti on Monday.", date=DATE))
    assert has(got, "IGO", "HTI", "16"), got


def test_people_driven_from_their_homes_are_expelled(code: Any) -> None:
    got = triples(code("Croatian troops drove thousands of Serbs from their homes in Krajina.", date=DATE))
    assert any(c.startswith("17") or c.startswith("20") for c in _codes(got)), got


def test_armed_men_driven_from_a_town_are_fought(code: Any) -> None:
    text = "Government troops drove the rebels from the town of Kenema in Sierra Leone."
    got = triples(code(text, date=DATE))
    assert not any(c.startswith("17") for c in _codes(got)), got


def test_arms_sales_banned_are_an_embargo(code: Any) -> None:
    got = triples(code("France banned arms sales to Indonesia over the violence in East Timor.", date=DATE))
    assert has(got, "FRA", "IDN", "163"), got


def test_a_party_banned_at_home_is_still_a_restriction(code: Any) -> None:
    got = triples(code("Algeria's government banned the Islamic Salvation Front in March.", date=DATE))
    assert any(c.startswith("172") for c in _codes(got)), got


def test_the_purpose_of_money_given_is_no_act_of_the_giver(code: Any) -> None:
    got = triples(code("Japan sent 300 million dollars to Jordan to build new schools and fight poverty.",
                       date=DATE))
    assert not any(c.startswith("19") for c in _codes(got)), got
    assert has(got, "JPN", "JOR", "07"), got


def test_troops_sent_to_fight_still_fight(code: Any) -> None:
    got = triples(code("Angola sent troops to Congo to fight the rebels.", date=DATE))
    assert not any(s.startswith("COD") and c.startswith("19") for s, _, c in got), got


def test_a_guest_received_as_visiting_visits_the_host(code: Any) -> None:
    got = triples(code("Kenyan President Daniel arap Moi received visiting Ugandan President Yoweri Museveni "
                       "in Nairobi.", date=DATE))
    assert ("UGAGOV", "KENGOV", "042") in got, got
    assert ("KENGOV", "UGAGOV", "043") in got, got


def test_a_host_of_a_meeting_with_no_parties_is_no_party_itself(code: Any) -> None:
    got = triples(code("Italy hosted a meeting of European finance ministers.", date=DATE))
    assert not any(c.startswith("046") for c in _codes(got)), got


def test_a_yielding_demanded_is_105(code: Any) -> None:
    got = triples(code("Libya demanded that the United Nations lift the air embargo.", date=DATE))
    assert ("LBY", "IGOUNO", "1054") in got, got


def test_a_release_is_asked_of_the_captors(code: Any) -> None:
    got = triples(code("The Philippines demanded the release of three nuns kidnapped by Abu Sayyaf rebels.",
                       date=DATE))
    assert any(s == "PHL" and t == "PHLREB" and c.startswith("105") for s, t, c in got), got


def test_a_release_asked_with_no_captor_named_keeps_its_target(code: Any) -> None:
    got = triples(code("Britain demanded the release of two British journalists.", date=DATE))
    assert has(got, "GBR", "GBR", "105"), got


def test_a_bomber_who_blew_himself_up_is_the_killer(code: Any) -> None:
    got = triples(code("Twelve Israelis were killed when a Hamas suicide bomber blew himself up on a bus in "
                       "Jerusalem.", date=DATE))
    assert has(got, "PSE", "ISR", "1831"), got


def test_a_blast_with_no_bomber_names_no_source(code: Any) -> None:
    got = triples(code("Five workers were killed when a boiler blew up at a factory in Lagos.", date=DATE))
    assert not got, got


def test_peacekeepers_pulled_out_of_a_country_are_aimed_at_it(code: Any) -> None:
    got = triples(code("The United Nations pulled its peacekeepers out of Rwanda after the massacres began.",
                       date=DATE))
    assert has(got, "IGO", "RWA", "166"), got


def test_a_nationality_on_a_cross_border_group_is_its_home(code: Any) -> None:
    got = triples(code("Sweden expelled 20 Iraqi Kurds on Friday.", date=DATE))
    assert has(got, "SWE", "IRQ", "174"), got


def test_a_language_compound_names_no_nationality(code: Any) -> None:
    got = triples(code("Gunmen shot dead the editor of a German-language weekly in Istanbul.", date=DATE))
    assert not any(t.startswith("DEU") for _, t, _ in got), got


def test_a_hyphenated_country_is_whole(code: Any) -> None:
    got = triples(code("Nigeria sent troops into Guinea-Bissau on Tuesday.", date=DATE))
    assert any(t.startswith("GNB") for _, t, _ in got), got
    assert not any(t.startswith("GIN") for _, t, _ in got), got


def test_a_territory_sealed_off_is_a_blockade(code: Any) -> None:
    got = triples(code("Israel sealed off the Gaza Strip after the attack.", date=DATE))
    assert has(got, "ISR", "PSE", "191"), got


def test_a_cessation_of_hostilities_is_a_ceasefire(code: Any) -> None:
    text = "The rebels announced a cessation of hostilities against the Angolan army."
    got = triples(code(text, date=DATE))
    assert not any(c.startswith("19") for c in _codes(got)), got


def test_forgiveness_asked_is_an_apology(code: Any) -> None:
    got = triples(code("Japan's emperor asked South Korea for forgiveness for the colonial era.", date=DATE))
    assert has(got, "JPN", "KOR", "055"), got


def test_help_asked_is_still_an_appeal(code: Any) -> None:
    got = triples(code("Canada asked the United States for help with the floods.", date=DATE))
    assert has(got, "CAN", "USA", "02"), got


def test_captives_chained_to_a_target_are_a_human_shield(code: Any) -> None:
    got = triples(code("Chechen rebels chained Russian hostages to the hospital windows to stop the assault.",
                       date=DATE))
    assert any(c == "184" for _, _, c in got), got


def test_protesters_chaining_themselves_are_no_shield(code: Any) -> None:
    got = triples(code("Activists chained themselves to the railings of the French embassy.", date=DATE))
    assert not any(c == "184" for _, _, c in got), got


def test_an_armed_attack_came_under_names_its_attacker(code: Any) -> None:
    got = triples(code("Israeli positions near the border came under heavy Syrian artillery attack.",
                       date=DATE))
    assert has(got, "SYR", "ISR", "19"), got


def test_criticism_came_under_stays_criticism(code: Any) -> None:
    got = triples(code("The prime minister came under sharp attack from the opposition.", date=DATE))
    assert not any(c.startswith("19") for _, _, c in got), got


def test_a_reduced_relative_read_as_the_main_verb_is_no_act_of_its_subject(code: Any) -> None:
    got = triples(code("Three French aid workers kidnapped in Chechnya were released on Friday.", date=DATE))
    assert not any(s.startswith("FRA") and c.startswith("18") for s, _, c in got), got


def test_captives_released_in_the_passive_are_released_by_their_captors(code: Any) -> None:
    got = triples(code("Two Italian engineers abducted by Nigerian militants were released on Monday.",
                       date=DATE))
    assert has(got, "NGA", "ITA", "084"), got


def test_people_ordered_to_leave_a_country_are_expelled_by_it(code: Any) -> None:
    got = triples(code("Two American diplomats were ordered to leave Iran on Sunday.", date=DATE))
    assert has(got, "IRN", "USA", "166"), got


def test_rebels_crushed_are_fought_and_a_vow_to_crush_them_is_a_threat(code: Any) -> None:
    got = triples(code("Sri Lankan troops crushed the Tamil rebels in Jaffna.", date=DATE))
    assert has(got, "LKA", "LKA", "19"), got
    got = triples(code("The Sri Lankan president vowed to crush the Tamil rebels.", date=DATE))
    assert has(got, "LKA", "LKA", "138"), got
