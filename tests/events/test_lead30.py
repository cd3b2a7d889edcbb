"""The twenty-eighth session's lead fixes (issue #7): GSR-style leads of the era's agencies, long leads
most. Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def _codes(got: set[tuple[str, str, str]]) -> set[str]:
    return {c for _, _, c in got}


def test_a_reciprocal_fight_is_between_its_parties_not_against_the_dead(code: Any) -> None:
    got = triples(code("Eritrean and Ethiopian troops exchanged artillery fire along the border on Monday, "
                       "killing 15 villagers.", date=DATE))
    assert ("ERIMIL", "ETHMIL", "190") in got and ("ETHMIL", "ERIMIL", "190") in got, got
    assert not any(t.endswith("CVL") for _, t, _ in got), got


def test_troops_backed_by_tanks_are_no_endorsement(code: Any) -> None:
    got = triples(code("Angolan troops backed by helicopter gunships attacked UNITA positions in the central "
                       "highlands on Sunday.", date=DATE))
    assert not any(c.startswith("05") for c in _codes(got)), got
    assert has(got, "AGO", "AGO", "19"), got


def test_rebels_backed_by_a_state_act_themselves(code: Any) -> None:
    got = triples(code("Rebels backed by Uganda seized the town of Bunia on Friday.", date=DATE))
    assert not any(s.startswith("UGA") for s, _, _ in got), got
    # control: the backing state is still a sponsor when the sentence says so with its own verb
    got = triples(code("Uganda backed the rebels who seized the town of Bunia.", date=DATE))
    assert any(s.startswith("UGA") for s, _, _ in got), got


def test_an_offer_dismissed_as_a_ploy_is_refused(code: Any) -> None:
    got = triples(code("Baghdad dismissed a Kuwaiti offer of talks as a publicity stunt.", date=DATE))
    assert has(got, "IRQ", "KWT", "125"), got
    # control: a report dismissed as lies is still a verbal attack on its authors
    got = triples(code("Baghdad dismissed the Kuwaiti report as a pack of lies.", date=DATE))
    assert has(got, "IRQ", "KWT", "11"), got


def test_a_ban_on_trade_with_a_state_is_aimed_at_it(code: Any) -> None:
    got = triples(code("Washington imposed a ban on all trade with Libya on Tuesday.", date=DATE))
    assert has(got, "USA", "LBY", "163"), got


def test_soldiers_seizing_power_strike_at_their_government(code: Any) -> None:
    got = triples(code("Niger's army seized power on Saturday.", date=DATE))
    assert ("NERMIL", "NERGOV", "180") in got, got
    # control: seizing arms is no coup
    got = triples(code("Niger's army seized weapons from smugglers on Saturday.", date=DATE))
    assert "180" not in _codes(got), got


def test_a_leader_driving_to_a_capital_for_talks_visits_it(code: Any) -> None:
    got = triples(code("Egyptian President Hosni Mubarak drove to Tel Aviv on Monday for talks with Israeli "
                       "Prime Minister Shimon Peres.", date=DATE))
    assert has(got, "EGY", "ISR", "042"), got
    # control: refugees riding buses visit no one
    got = triples(code("Refugees rode buses to Dhaka for a meeting with officials.", date=DATE))
    assert not any(c.startswith("04") for c in _codes(got)), got


def test_throats_slit_name_their_owners_placed_by_a_compass_phrase(code: Any) -> None:
    got = triples(code("Armed men slit the throats of 12 farmers in a raid on a village south of Medea.",
                       date=DATE))
    assert any(t.startswith("DZA") and c.startswith("18") for _, t, c in got), got


def test_arms_sold_to_a_state_are_military_aid(code: Any) -> None:
    got = triples(code("France sold 60 Mirage fighters to Taiwan in 1992.", date=DATE))
    assert has(got, "FRA", "TWN", "072"), got
    # control: cars sold abroad are trade, no event
    assert not triples(code("Japan sold two million cars to Europe last year.", date=DATE))


def test_a_state_named_in_a_republic_of_phrase(code: Any) -> None:
    got = triples(code("Bulgaria recognised the former Yugoslav republic of Macedonia on Wednesday.",
                       date=DATE))
    assert has(got, "BGR", "MKD", "05"), got


def test_military_manoeuvres_near_a_border_are_a_show_of_force(code: Any) -> None:
    got = triples(code("Syria held military manoeuvres near its border with Turkey on Monday.", date=DATE))
    assert has(got, "SYR", "TUR", "150"), got


def test_prisoners_swapped_are_released_both_ways(code: Any) -> None:
    got = triples(code("Armenia and Azerbaijan swapped 40 prisoners of war on Friday.", date=DATE))
    assert has(got, "ARM", "AZE", "084") and has(got, "AZE", "ARM", "084"), got


def test_a_state_that_protests_complains_officially(code: Any) -> None:
    got = triples(code("Japan protested on Tuesday against a Chinese nuclear test.", date=DATE))
    assert has(got, "JPN", "CHN", "114"), got
    # control: a crowd that protests demonstrates
    got = triples(code("Thousands of Japanese protested in Tokyo against a Chinese nuclear test.", date=DATE))
    assert has(got, "JPN", "CHN", "14") and not has(got, "JPN", "CHN", "114"), got


def test_them_stands_for_the_party_of_a_fronted_purpose(code: Any) -> None:
    got = triples(code("Syria, in a bid to force the Palestinian factions to end their feud, cut off all "
                       "supplies to them on Monday.", date=DATE))
    assert has(got, "SYR", "PSE", "16"), got


def test_the_bloc_as_another_partys_phrase(code: Any) -> None:
    got = triples(code("ASEAN admitted Burma on Wednesday. Washington criticised the bloc over the move.",
                       date=DATE))
    assert any(s.startswith("USA") and t.startswith("IGO") and c.startswith("11") for s, t, c in got), got


def test_missiles_fired_into_waters_off_a_state_are_a_show_of_force(code: Any) -> None:
    got = triples(code("North Korea fired three missiles into the sea off South Korea on Friday.", date=DATE))
    assert has(got, "PRK", "KOR", "150"), got
    # control: rockets fired into a state's towns attack it
    got = triples(code("Hezbollah fired rockets into northern Israel on Friday.", date=DATE))
    assert any(t.startswith("ISR") and c.startswith("19") for _, t, c in got), got


def test_a_person_ordered_to_leave_is_expelled(code: Any) -> None:
    got = triples(code("Iraq ordered the Australian head of the U.N. team, Richard Butler, to leave the "
                       "country.", date=DATE))
    assert any(s.startswith("IRQ") and c.startswith("17") for s, _, c in got), got


def test_a_bomb_blamed_on_a_group_is_the_groups(code: Any) -> None:
    got = triples(code("A bomb blamed on Kurdish rebels killed six soldiers in Diyarbakir.", date=DATE))
    assert any(s.startswith("TUR") and s[3:6] == "REB" for s, _, _ in got), got


def test_forces_loyal_to_a_leader_are_his_countrys(code: Any) -> None:
    got = triples(code("Forces loyal to President Mobutu Sese Seko attacked rebel positions near Kisangani.",
                       date="1997-02-01"))
    assert any(s.startswith("COD") for s, _, _ in got), got


def test_rebel_positions_are_the_rebels(code: Any) -> None:
    got = triples(code("Sri Lankan jets bombed rebel positions near Jaffna on Sunday.", date=DATE))
    assert ("LKAMIL", "LKAREB", "195") in got, got


def test_a_circumstance_names_no_partner(code: Any) -> None:
    got = triples(code("France signed a contract on Monday to build a dam in Laos, despite strong Thai "
                       "objections.", date=DATE))
    assert not any(t.startswith("THA") for _, t, _ in got), got


def test_troops_landed_in_a_country_are_sent_there(code: Any) -> None:
    got = triples(code("France began landing troops in the Comoros on Thursday.", date=DATE))
    assert has(got, "FRA", "COM", "074") and not any(c.startswith("04") for c in _codes(got)), got
    # control: a leader who lands in a capital visits it
    got = triples(code("The French president landed in Moroni on Thursday.", date=DATE))
    assert any(c.startswith("04") for c in _codes(got)), got


def test_a_trade_status_renewed_is_economic_cooperation(code: Any) -> None:
    got = triples(code("Washington extended Romania's most-favoured-nation trade status on Friday.",
                       date=DATE))
    assert has(got, "USA", "ROU", "061"), got


def test_a_group_based_abroad_is_its_own(code: Any) -> None:
    got = triples(code("Iranian jets bombed camps of the Iraq-based People's Mujahideen on Sunday.",
                       date=DATE))
    assert any(t.startswith("IRN") and t[3:6] == "REB" for _, t, _ in got), got


def test_a_bomb_that_exploded_names_who_planted_it(code: Any) -> None:
    got = triples(code("Two Indian soldiers were killed and six wounded when a landmine planted by "
                       "separatist guerrillas exploded under their truck in Kashmir.", date=DATE))
    assert any(s[3:6] == "REB" and t == "INDMIL" for s, t, _ in got), got
    assert len(got) == 1, got  # the gapped "six wounded" tells the same attack


def test_accusations_traded_go_both_ways(code: Any) -> None:
    got = triples(code("Ethiopia and Eritrea traded accusations on Sunday over an attack on a border post.",
                       date=DATE))
    assert has(got, "ETH", "ERI", "112") and has(got, "ERI", "ETH", "112"), got


def test_ground_handed_over_is_a_retreat_from_it(code: Any) -> None:
    got = triples(code("Israel handed over the town of Nablus to the Palestinian Authority on Monday.",
                       date=DATE))
    assert has(got, "ISR", "PSE", "0874"), got
    # control: suspects handed over are turned over (063)
    got = triples(code("Russia handed over the suspects to Georgia.", date=DATE))
    assert has(got, "RUS", "GEO", "063"), got


def test_a_truce_rebels_declare_is_towards_their_government(code: Any) -> None:
    got = triples(code("The Kurdistan Workers' Party declared a unilateral ceasefire on Friday.", date=DATE))
    assert ("TURREB", "TURGOV", "0871") in got, got
    # control: a military operation's kind word is no army of its own
    got = triples(code("Basque separatists announced an end to armed operations on Thursday.", date=DATE))
    assert not any(t[3:6] == "MIL" for _, t, _ in got), got


def test_a_state_asked_to_help_broker_talks_is_asked_to_mediate(code: Any) -> None:
    got = triples(code("Angola invited South Africa on Friday to help broker talks with UNITA.", date=DATE))
    assert has(got, "AGO", "ZAF", "028"), got
    # control: an invitation to attend is an intent to meet
    got = triples(code("Egypt invited Israel to attend the summit.", date=DATE))
    assert not has(got, "EGY", "ISR", "028"), got


def test_trade_banned_names_its_other_party(code: Any) -> None:
    got = triples(code("Washington banned all American trade with Libya on Tuesday.", date=DATE))
    assert has(got, "USA", "LBY", "163"), got


def test_a_wars_toll_told_in_a_relative_clause_is_background(code: Any) -> None:
    got = triples(code("The conflict in Chechnya, which has killed 40,000 people since 1994, entered its "
                       "third year on Monday.", date=DATE))
    assert not got, got
    # control: an attack the lead tells is still coded beside the background
    got = triples(code("The war in Angola, which has killed 500,000 people, flared on Monday when UNITA "
                       "rebels shelled Luanda.", date=DATE))
    assert any(s == "AGOREB" for s, _, _ in got), got


def test_a_city_read_as_an_adverb_is_still_the_object(code: Any) -> None:
    got = triples(code("Tamil Tiger rebels shelled Jaffna on Sunday.", date=DATE))
    assert any(s == "LKAREB" and t.startswith("LKA") and c.startswith("19") for s, t, c in got), got


def test_revenues_withheld_are_help_cut(code: Any) -> None:
    got = triples(code("Israel suspended the transfer of customs revenues to the Palestinian Authority on "
                       "Monday.", date=DATE))
    assert has(got, "ISR", "PSE", "162"), got


def test_a_faith_before_a_place_names_the_places_people(code: Any) -> None:
    got = triples(code("Bosnian Serb artillery pounded the Moslem enclave of Gorazde overnight.", date=DATE))
    assert any(t == "BIHCVL" for _, t, _ in got), got
    # control: a faith before people still names them by it
    got = triples(code("Christian militiamen attacked Moslem villagers in Ambon.", date=DATE))
    assert any("MOS" in t for _, t, _ in got), got
