"""The twenty-seventh session's lead fixes (issue #7): GSR-style leads of the era's agencies. Fresh
sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def _codes(got: set[tuple[str, str, str]]) -> set[str]:
    return {c for _, _, c in got}


def test_another_partys_offer_to_yield_refused_is_a_plan_refused(code: Any) -> None:
    got = triples(code("Lebanon rejected a Syrian offer to pull its troops out of Beirut.", date=DATE))
    assert has(got, "LBN", "SYR", "127"), got


def test_a_demand_to_yield_refused_is_still_a_refusal_to_yield(code: Any) -> None:
    got = triples(code("Syria rejected a Lebanese demand to pull its troops out of Beirut.", date=DATE))
    assert has(got, "SYR", "LBN", "124"), got


def test_another_partys_proposal_of_talks_refused_is_125(code: Any) -> None:
    got = triples(code("Pakistan rejected an Indian proposal to hold talks on trade.", date=DATE))
    assert has(got, "PAK", "IND", "125"), got


def test_an_appeal_to_halt_a_war_is_an_appeal_for_de_escalation(code: Any) -> None:
    got = triples(code("The Arab League appealed to Iraq and Iran to halt their war.", date=DATE))
    assert has(got, "IGO", "IRQ", "0256"), got


def test_a_demand_to_stop_fighting_is_a_demand_for_a_ceasefire(code: Any) -> None:
    got = triples(code("Russia demanded that Armenia and Azerbaijan stop fighting.", date=DATE))
    assert has(got, "RUS", "ARM", "107"), got


def test_agreeing_to_stop_fighting_is_no_threat(code: Any) -> None:
    got = triples(code("Georgia agreed with Abkhazia on Monday to stop fighting.", date=DATE))
    assert not any(c.startswith("13") or c.startswith("19") for c in _codes(got)), got


def test_a_party_prompted_to_act_acts_in_its_own_name(code: Any) -> None:
    text = "India tested a nuclear device on Monday, prompting Japan to freeze its aid to New Delhi."
    got = triples(code(text, date=DATE))
    assert has(got, "JPN", "IND", "16"), got


def test_a_party_forced_to_act_in_a_consequence_clause(code: Any) -> None:
    text = "Iraq blocked the inspectors, forcing the United Nations to suspend its aid to Baghdad."
    got = triples(code(text, date=DATE))
    assert has(got, "IGO", "IRQ", "16"), got


def test_a_missions_people_seized_are_hostages(code: Any) -> None:
    got = triples(code("Bosnian Serb forces seized 30 U.N. observers near Gorazde on Sunday.", date=DATE))
    assert any(c == "181" for c in _codes(got)), got


def test_a_pact_of_help_suspended_is_help_cut(code: Any) -> None:
    got = triples(code("Japan suspended its economic cooperation agreement with Burma.", date=DATE))
    assert has(got, "JPN", "MMR", "162"), got


def test_a_place_taken_from_a_party_hung_on_the_place_name(code: Any) -> None:
    text = "Ethiopian troops recaptured the border town of Badme from Eritrean forces on Friday."
    got = triples(code(text, date=DATE))
    assert has(got, "ETH", "ERI", "192"), got


def test_talks_a_meeting_opens_are_both_sides(code: Any) -> None:
    text = "Israeli Prime Minister Ehud Barak met Syrian Foreign Minister Farouk al-Sharaa in Washington " \
        "to open peace talks."
    got = triples(code(text, date=DATE))
    assert ("ISRGOV", "SYRGOV", "046") in got and ("SYRGOV", "ISRGOV", "046") in got, got


def test_a_host_who_tells_a_visiting_guest_is_visited(code: Any) -> None:
    text = "King Hassan told visiting French Foreign Minister Herve de Charette that Morocco wanted peace."
    got = triples(code(text, date=DATE))
    assert has(got, "FRA", "MAR", "042"), got
    assert not has(got, "MAR", "FRA", "042"), got


def test_a_visiting_guest_urged_is_the_target_of_the_appeal(code: Any) -> None:
    text = "Mubarak urged visiting Israeli Prime Minister Benjamin Netanyahu to resume talks with Syria."
    got = triples(code(text, date=DATE))
    assert has(got, "EGY", "ISR", "02"), got
    assert not has(got, "EGY", "SYR", "02"), got


def test_an_ending_of_years_of_war_by_a_treaty_is_no_ceasefire(code: Any) -> None:
    text = "The treaty, which was signed in Cairo on Monday by Egypt and Israel, ended 30 years of war."
    got = triples(code(text, date=DATE))
    assert not any(c.startswith("087") for c in _codes(got)), got


def test_troops_ordered_to_attack_attack_the_named_enemy(code: Any) -> None:
    text = "President Eduardo Dos Santos ordered his army to launch an offensive against UNITA rebels."
    got = triples(code(text, date=DATE))
    assert has(got, "AGO", "AGO", "19") and not any(t.endswith("MIL") for _, t, _ in got), got


def test_troops_ordered_to_a_border_are_still_a_deployment(code: Any) -> None:
    got = triples(code("Yeltsin ordered troops to the border with Chechnya on Friday.", date=DATE))
    assert not any(c.startswith("19") for c in _codes(got)), got


def test_money_transfers_frozen_are_help_cut(code: Any) -> None:
    text = "Israel froze the transfer of customs revenues to the Palestinian Authority on Sunday."
    got = triples(code(text, date=DATE))
    assert has(got, "ISR", "PSE", "162"), got


def test_a_nationality_on_a_measure_is_its_imposer_not_its_target(code: Any) -> None:
    text = "Congress passed a bill on Friday tightening U.S. sanctions against Iran."
    got = triples(code(text, date=DATE))
    assert has(got, "USA", "IRN", "16"), got
    assert not any(t == "USA" for _, t, _ in got), got


def test_a_refusal_to_hand_over_is_aimed_at_the_receiver(code: Any) -> None:
    text = "Sudan refused on Monday to hand over three suspects in the attempt on Mubarak's life to Ethiopia."
    got = triples(code(text, date=DATE))
    assert has(got, "SDN", "ETH", "12"), got


def test_people_counted_are_not_placed_by_what_their_clause_is_about(code: Any) -> None:
    text = "Taiwanese police dispersed hundreds of students protesting against a visit by Chinese officials."
    got = triples(code(text, date=DATE))
    assert not any(t.startswith("CHN") for _, t, c in got if c.startswith("17")), got


def test_a_person_executed_is_coerced(code: Any) -> None:
    got = triples(code("Iraq executed the British journalist Farzad Bazoft on Thursday.", date=DATE))
    assert has(got, "IRQ", "GBR", "17"), got


def test_a_plan_executed_is_no_coercion(code: Any) -> None:
    got = triples(code("The Indonesian army executed the plan on Friday.", date=DATE))
    assert not any(c.startswith("17") for c in _codes(got)), got


def test_a_hyphenated_title_names_the_office(code: Any) -> None:
    got = triples(code("Syrian Vice-President Abdel-Halim Khaddam arrived in Cairo on Monday.", date=DATE))
    assert ("SYRGOV", "EGY", "042") in got, got


def test_one_person_with_two_titles_is_one_party(code: Any) -> None:
    text = "Chinese Vice-Premier and Foreign Minister Qian Qichen met the Thai ambassador in Beijing " \
        "on Monday."
    got = triples(code(text, date=DATE))
    assert ("CHNGOV", "THAGOV", "040") in got and not any(s == "CHN" for s, _, _ in got), got


def test_a_verb_after_a_set_off_appositive_is_found(code: Any) -> None:
    text = "Germany, the biggest creditor of Russia, froze new credits to Moscow on Tuesday, officials said."
    got = triples(code(text, date=DATE))
    assert has(got, "DEU", "RUS", "16"), got


def test_an_appositive_with_its_own_verb_is_left_as_parsed(code: Any) -> None:
    got = triples(code("Iran, a close ally of Syria, condemned the Israeli air raid on Monday.", date=DATE))
    assert has(got, "IRN", "ISR", "111"), got


def test_a_regional_epithet_names_the_state_just_named(code: Any) -> None:
    text = "Nicaragua's government expelled two U.S. diplomats on Monday. Washington suspended its aid to " \
        "the Central American nation on Tuesday."
    got = triples(code(text, date=DATE))
    assert has(got, "USA", "NIC", "16"), got


def test_a_regional_epithet_with_no_state_of_its_region_names_none(code: Any) -> None:
    text = "France condemned Iran on Monday. Paris suspended its aid to the Baltic republic on Tuesday."
    got = triples(code(text, date=DATE))
    assert not any(c.startswith("16") for _, _, c in got), got
