"""The thirty-first session's lead fixes (issue #7): GSR-style leads of 1985-1989 and 2000-2005. Fresh
sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_a_crowd_that_storms_or_seizes_a_building_riots(code: Any) -> None:
    got = triples(code("Thousands of opposition protesters stormed the parliament building in Belgrade on "
                       "Thursday.", date=DATE))
    assert any(c.startswith("145") for _, _, c in got), got
    assert not any(c.startswith("19") for _, _, c in got), got
    got = triples(code("Demonstrators seized the state television station in Bucharest on Friday.",
                       date=DATE))
    assert any(c.startswith("145") for _, _, c in got), got
    # control: armed men who storm a building still assault it
    got = triples(code("Rebels stormed the presidential palace in Bangui on Friday.", date=DATE))
    assert any(c.startswith("19") for _, _, c in got), got


def test_the_party_an_unless_clause_tells_to_act_is_the_one_threatened(code: Any) -> None:
    got = triples(code("Turkey threatened on Monday to bomb Kurdish rebel camps in northern Iraq unless "
                       "Baghdad expelled the guerrillas.", date=DATE))
    assert any(t in ("IRQ", "IRQGOV") and c.startswith("13") for _, t, c in got), got
    # control: an addressee warned keeps the threat
    got = triples(code("The United States warned Serbia that NATO would strike unless Bosnian Serb forces "
                       "withdrew.", date=DATE))
    assert not any(t.startswith("BIH") for _, t, c in got if c.startswith("13")), got


def test_a_place_stormed_where_hostages_were_held_is_aimed_at_their_holders(code: Any) -> None:
    got = triples(code("Indian commandos stormed a hijacked airliner in Amritsar on Sunday where Sikh "
                       "militants had held 60 passengers hostage.", date=DATE))
    assert any(c.startswith("19") and t[3:6] in ("REB", "UAF") for _, t, c in got), got


def test_a_protest_broken_up_is_the_protesters_act(code: Any) -> None:
    got = triples(code("Riot police in Dhaka broke up a rally by thousands of opposition activists "
                       "demanding the resignation of Prime Minister Khaleda Zia.", date=DATE))
    assert any(s.startswith("BGD") and s[3:6] != "COP" and c.startswith("14") for s, _, c in got), got
    assert any(s == "BGDCOP" and c.startswith("17") for s, _, c in got), got
    # control: a protest only banned was never held
    got = triples(code("Police in Dhaka banned a protest planned by opposition activists.", date=DATE))
    assert not any(c.startswith("14") for _, _, c in got), got


def test_a_place_taken_is_aimed_at_the_party_driven_out(code: Any) -> None:
    got = triples(code("Rebels captured the northern town of Gonaives on Thursday, driving out the police.",
                       date=DATE))
    assert any(c.startswith("19") and t[3:6] == "COP" for _, t, c in got), got


def test_a_weapons_programme_given_up_is_yielding_not_a_cut_in_aid(code: Any) -> None:
    got = triples(code("Iran agreed on Monday to suspend its nuclear enrichment programme under a deal with "
                       "Germany.", date=DATE))
    assert not any(c.startswith(("13", "16")) for _, _, c in got), got
    assert any(c.startswith("03") for _, _, c in got), got
    # control: an aid programme suspended is still aid cut
    got = triples(code("The United States suspended its aid programme to Haiti on Friday.", date=DATE))
    assert has(got, "USA", "HTI", "16"), got


def test_the_era_spelling_taleban_is_the_taliban(code: Any) -> None:
    got = triples(code("The Taleban militia captured the town of Taloqan from opposition forces on Sunday.",
                       date=DATE))
    assert any(s.startswith("AFG") for s, _, _ in got), got


def test_jewish_settlements_are_israels_civilians(code: Any) -> None:
    got = triples(code("Palestinian militants fired rockets at Jewish settlements in the Gaza Strip on "
                       "Monday.", date=DATE))
    assert any(t == "ISRCVL" for _, t, _ in got), got


def test_prisoners_held_in_a_state_are_its_to_release(code: Any) -> None:
    got = triples(code("Hezbollah demanded the release of Lebanese prisoners held in Israel.", date=DATE))
    assert any(t.startswith("ISR") and c.startswith("10") for _, t, c in got), got
    # control: hostages held in a country are not its state's
    got = triples(code("The Pope appealed for the release of hostages held in Lebanon.", date=DATE))
    assert not any(t.startswith("LBN") for _, t, _ in got), got


def test_forces_pulled_back_are_no_target_of_the_withdrawal(code: Any) -> None:
    art = code("Vietnam said on Monday it would pull its troops back to the border.", date=DATE)
    assert not any(e.target is not None and e.target.code == "VNMMIL" for e in art.events), art.events
    # control: released prisoners of the own country stay the release's target
    got = triples(code("The Sri Lankan government freed 40 Tamil rebels on Sunday.", date=DATE))
    assert any(t == "LKAREB" for _, t, c in got if c.startswith("08")), got


def test_shells_that_slam_into_a_place_strike_it(code: Any) -> None:
    got = triples(code("Serb shells slammed into a market in Sarajevo on Saturday, killing 12 people.",
                       date=DATE))
    assert any(c.startswith("19") for _, _, c in got), got
    assert not any(c.startswith("11") for _, _, c in got), got


def test_an_air_offensive_is_aerial(code: Any) -> None:
    got = triples(code("Russian jets launched an air offensive against rebel bases in Chechnya on Friday.",
                       date=DATE))
    assert any(c == "195" for _, _, c in got), got


def test_a_nation_named_beside_its_allies_leads_the_allied_force(code: Any) -> None:
    got = triples(code("British and allied troops launched an assault on Basra on Monday.", date=DATE))
    assert any(s.startswith("GBR") and c.startswith("19") for s, _, c in got), got


def test_a_hostage_taking_on_a_stormed_places_staff_shares_its_target(code: Any) -> None:
    got = triples(code("Kurdish rebels stormed the Turkish consulate and took its staff hostage.", date=DATE))
    assert any(t.startswith("TUR") and c.startswith("18") for _, t, c in got), got
