"""The twenty-ninth session's lead fixes (issue #7): GSR-style leads of the era's agencies, long leads
most. Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_bases_pounded_are_bases_not_a_basis(code: Any) -> None:
    got = triples(code("Indian artillery pounded Pakistani bases along the Line of Control on Sunday.",
                       date=DATE))
    assert has(got, "IND", "PAK", "19"), got


def test_armed_men_loyal_to_a_leader_act_in_the_verb_after_them(code: Any) -> None:
    # the model reads "loyal" as the predicate (root, or the verb's adverb) and the verb as its clause
    got = triples(code("Somali gunmen loyal to warlord Mohamed Farah Aideed ambushed a U.N. patrol in "
                       "Mogadishu on Saturday.", date=DATE))
    assert has(got, "SOM", "IGO", "18") or has(got, "SOM", "IGO", "19"), got
    got = triples(code("Croat gunmen loyal to Mate Boban ambushed a Moslem convoy in central Bosnia.",
                       date=DATE))
    assert any(s.startswith("HRV") for s, _, _ in got), got


def test_a_city_the_model_tags_a_person_is_a_place_when_shelled(code: Any) -> None:
    got = triples(code("Tamil rebels shelled Jaffna on Monday.", date=DATE))
    assert has(got, "LKA", "LKA", "19"), got
    # control: a surname after a verb that is no force on places keeps the person's reading
    got = triples(code("President Clinton met Jackson at the White House on Monday.", date=DATE))
    assert not any(t.startswith("LKA") for _, t, _ in got), got


def test_war_towns_below_the_gazetteer_floor_are_placed(code: Any) -> None:
    got = triples(code("Serb forces shelled Srebrenica on Sunday.", date=DATE))
    assert any(t.startswith("BIH") for _, t, _ in got), got
    got = triples(code("Armenian forces captured Lachin on Monday.", date=DATE))
    assert has(got, "ARM", "AZE", "192"), got


def test_a_named_place_captured_or_entered_is_territory_taken(code: Any) -> None:
    got = triples(code("Vietnamese troops entered Cambodia on Monday.", date=DATE))
    assert has(got, "VNM", "KHM", "192"), got
    # controls: a building entered is no occupation; a person captured is no territory
    assert not triples(code("Soldiers entered the building on Monday.", date=DATE))
    got = triples(code("Peruvian police captured the guerrilla leader in Lima.", date=DATE))
    assert not any(c == "192" for _, _, c in got), got


def test_ready_to_talk_told_through_a_copula_is_not_outranked_by_a_refusal(code: Any) -> None:
    got = triples(code("Israel said it was ready to resume talks with Syria but ruled out a full withdrawal "
                       "from the Golan Heights.", date=DATE))
    assert has(got, "ISR", "SYR", "036"), got
    # ... nor is an act coordinated with the copula's clause ("were ready ... and offered")
    got = triples(code("Sri Lanka said its troops were ready to defend Jaffna and offered talks to the Tamil "
                       "Tiger rebels.", date=DATE))
    assert ("LKAMIL", "LKAREB", "036") in got, got


def test_an_act_told_while_speaking_is_as_deep_as_the_speech(code: Any) -> None:
    got = triples(code("While expressing regret over Washington's decision to impose tariffs, Prime Minister "
                       "Nakasone said Tokyo was willing to send a senior official to Washington to help "
                       "settle the dispute.",
                       date="1987-03-28"))
    assert has(got, "JPN", "USA", "11"), got
    assert has(got, "JPN", "USA", "03"), got


def test_warplanes_named_by_family_are_the_air_force(code: Any) -> None:
    got = triples(code("Iraqi MiG fighters attacked an Iranian oil tanker in the Gulf.", date=DATE))
    assert ("IRQMIL", "IRN", "190") in got or has(got, "IRQMIL", "IRN", "19"), got
    # control: "fighters" alone are irregular combatants
    got = triples(code("Iraqi fighters attacked an Iranian oil tanker in the Gulf.", date=DATE))
    assert not any(s == "IRQMIL" for s, _, _ in got), got


def test_an_aircraft_shot_down_is_air_combat_not_crowd_control(code: Any) -> None:
    got = triples(code("Libyan MiG fighters shot down a plane carrying Libyan dissidents.", date=DATE))
    assert not any(c == "175" for _, _, c in got), got


def test_a_condemned_act_names_its_doer_through_its_participle(code: Any) -> None:
    got = triples(code("The European Union condemned the massacres committed by Algerian Islamic militants.",
                       date=DATE))
    assert has(got, "IGO", "DZA", "111"), got


def test_a_halt_to_operations_is_de_escalation_where_they_were(code: Any) -> None:
    got = triples(code("Russian President Boris Yeltsin ordered an immediate halt to military operations in "
                       "Chechnya on Friday.", date=DATE))
    assert has(got, "RUS", "RUS", "087"), got
    got = triples(code("NATO ordered a halt to the bombing of Yugoslavia on Thursday.", date=DATE))
    assert has(got, "IGO", "YUG", "087"), got
    assert not any(c.startswith("19") for _, _, c in got), got


def test_limbs_hacked_off_are_maiming_not_computer_intrusion(code: Any) -> None:
    got = triples(code("Rebels hacked off the arms of villagers in northern Sierra Leone.", date=DATE))
    assert has(got, "SLE", "SLE", "182"), got
    assert not any(c == "176" for _, _, c in got), got


def test_separatist_leaders_of_a_people_are_its_rebels(code: Any) -> None:
    got = triples(code("Tamil separatist leaders met Sri Lankan officials in Colombo.", date=DATE))
    assert ("LKAREB", "LKAGOV", "040") in got and ("LKAGOV", "LKAREB", "040") in got, got


def test_an_of_phrase_after_the_second_conjunct_is_its_own(code: Any) -> None:
    got = triples(code("Israeli officials and leaders of the PLO held secret talks in Oslo.", date=DATE))
    assert has(got, "ISR", "PSE", "046") and has(got, "PSE", "ISR", "046"), got


def test_the_first_country_to_act_acts(code: Any) -> None:
    got = triples(code("Egypt became the first Arab country to sign a peace treaty with Israel.", date=DATE))
    assert has(got, "EGY", "ISR", "057"), got
    # control: a person who "was the first" to do something did it as a plan no less
    got = triples(code("He was the first Western leader to visit Pyongyang.", date=DATE))
    assert not any(c == "042" for _, _, c in got), got


def test_a_show_of_force_aimed_at_a_party_is_posture_towards_it(code: Any) -> None:
    got = triples(code("North Korea staged artillery drills near the border on Monday, in a show of force "
                       "aimed at South Korea.", date=DATE))
    assert has(got, "PRK", "KOR", "150"), got


def test_a_battle_around_a_named_town_is_between_its_sides(code: Any) -> None:
    got = triples(code("Government troops and rebels fought fierce battles around the town of Kuito in "
                       "central Angola on Monday.", date=DATE))
    assert not any(t.endswith("CVL") for _, t, _ in got), got


def test_a_government_and_a_peoples_rebels_are_two_parties(code: Any) -> None:
    # the model reads "government and Moslem" as one modifier of "rebels"
    got = triples(code("The Philippine government and Moslem rebels of the Moro National Liberation Front "
                       "initialled a draft peace agreement on Saturday.", date=DATE))
    assert ("PHLGOV", "PHLREB", "057") in got and ("PHLREB", "PHLGOV", "057") in got, got


def test_a_participle_clause_set_off_after_the_subject_leaves_it_its_verb(code: Any) -> None:
    # the model runs the clause into the verb ("... the Gulf, bombed radar sites" read as a noun phrase)
    got = triples(code("British warplanes, flying from bases in Kuwait and from aircraft carriers in the "
                       "Gulf, bombed radar sites in southern Iraq early on Monday in retaliation for what "
                       "London called Iraqi attacks on its patrols.", date=DATE))
    assert has(got, "GBR", "IRQ", "19"), got
    # control: a short clause the model parses right keeps its reading
    got = triples(code("U.S. warplanes, flying from bases in Saudi Arabia, bombed targets in Baghdad.",
                       date=DATE))
    assert has(got, "USA", "IRQ", "19"), got


def test_an_armed_struggle_suspended_is_de_escalation(code: Any) -> None:
    got = triples(code("Basque separatist rebels announced on Monday that they were renouncing their armed "
                       "struggle against the Spanish state.", date=DATE))
    assert any(c.startswith("087") for _, _, c in got), got


def test_a_leader_crossing_into_a_country_for_a_summit_visits_it(code: Any) -> None:
    got = triples(code("Chinese Premier Li Peng crossed into Vietnam on Monday for talks with his Vietnamese "
                       "counterpart in Hanoi.", date=DATE))
    assert has(got, "CHN", "VNM", "042"), got
    # control: troops crossing into a country still attack it
    got = triples(code("Vietnamese troops crossed into Cambodia on Monday.", date=DATE))
    assert has(got, "VNM", "KHM", "19"), got


def test_forces_withdrawn_by_nobody_named_are_withdrawn_by_their_own_side(code: Any) -> None:
    # a date's "by" is no agent, an intent keeps its parties, and "out of" may hang on the verb
    got = triples(code("All French troops would be withdrawn from Chad by the end of the year, the defence "
                       "ministry said on Monday.", date=DATE))
    assert has(got, "FRA", "TCD", "03"), got
    got = triples(code("The last Cuban troops were pulled out of Angola on Saturday.", date=DATE))
    assert has(got, "CUB", "AGO", "087"), got
