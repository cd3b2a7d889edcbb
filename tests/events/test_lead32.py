"""The thirtieth session's lead fixes (issue #7): GSR-style leads of the era's agencies, weighted as the
GSR's event types are. Fresh sentences (not the probe file's), each class with controls that keep their
reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_crowds_that_clash_with_the_police_riot(code: Any) -> None:
    got = triples(code("Thousands of students clashed with riot police in Jakarta on Friday.", date=DATE))
    assert any(c.startswith("145") and t[3:6] == "COP" for _, t, c in got), got
    assert not any(c.startswith("19") for _, _, c in got), got
    # controls: two armed sides, and two parties' supporters, still fight both ways
    got = triples(code("Rebels clashed with government troops near Kabul on Monday.", date=DATE))
    assert not any(c.startswith("145") for _, _, c in got), got
    got = triples(code("Supporters of the two parties clashed with each other in Durban.", date=DATE))
    assert not any(c.startswith("145") for _, _, c in got), got


def test_a_release_asked_of_a_named_party_is_aimed_at_it(code: Any) -> None:
    # not at the troops of the participle that once seized the islands
    got = triples(code("Tokyo urged Moscow on Friday to return the islands seized by Soviet troops in 1945.",
                       date=DATE))
    assert has(got, "JPN", "RUS", "02"), got
    assert not any(t[3:6] == "MIL" for _, t, _ in got), got
    # control: with nobody asked, the captors are the target
    got = triples(code("Iran demanded the release of Iranian pilgrims held by Iraq.", date=DATE))
    assert has(got, "IRN", "IRQ", "10"), got


def test_election_results_rejected_are_aimed_at_the_party_the_results_phrase_names(code: Any) -> None:
    got = triples(code("UNITA rebels rejected the results of the elections won by the ruling MPLA.",
                       date=DATE))
    assert has(got, "AGO", "AGO", "12"), got
    got = triples(code("The opposition rejected the results of Nigeria's presidential election.", date=DATE))
    assert any(t.startswith("NGA") and c.startswith("12") for _, t, c in got), got
    # control: results that name nobody give the rejection no target
    got = triples(code("The opposition rejected the results of the vote.", date=DATE))
    assert not got, got


def test_shuttle_diplomacy_is_mediation_between_its_sides(code: Any) -> None:
    got = triples(code("U.S. envoy Dennis Ross resumed his shuttle diplomacy between Israel and Syria on "
                       "Monday.", date=DATE))
    assert has(got, "USA", "ISR", "045") and has(got, "USA", "SYR", "045"), got
    # control: diplomacy of another kind is no act
    assert not triples(code("Japan prefers quiet diplomacy with China.", date=DATE))


def test_a_government_joined_to_rebels_with_two_modifiers_is_a_party(code: Any) -> None:
    got = triples(code("The Indonesian government and Moslem separatist rebels of the Free Aceh Movement "
                       "signed a truce in Geneva.", date=DATE))
    assert any(s[3:6] == "GOV" and t[3:6] == "REB" for s, t, _ in got), got
    assert any(s[3:6] == "REB" and t[3:6] == "GOV" for s, t, _ in got), got


def test_exercises_near_a_border_named_on_their_participle(code: Any) -> None:
    got = triples(code("Turkey began manoeuvres involving 20,000 troops near the Syrian border on Monday.",
                       date=DATE))
    assert has(got, "TUR", "SYR", "15"), got
    # control: exercises held together stay cooperation
    got = triples(code("Russia and Belarus held joint exercises involving 10,000 troops.", date=DATE))
    assert has(got, "RUS", "BLR", "06"), got


def test_a_units_members_name_it(code: Any) -> None:
    got = triples(code("Gunmen ambushed a patrol of Nigerian peacekeepers in Monrovia on Tuesday.",
                       date=DATE))
    assert any(t.startswith("NGA") for _, t, _ in got), got
    # control: a unit with no of-phrase keeps its place's reading
    got = triples(code("Gunmen ambushed an army patrol in Kashmir on Tuesday.", date=DATE))
    assert not any(t.startswith("FRA") for _, t, _ in got), got


def test_forces_taking_up_positions_show_force(code: Any) -> None:
    got = triples(code("Indian troops took up positions along the Pakistani border on Friday.", date=DATE))
    assert has(got, "IND", "PAK", "150"), got
    # control: a post taken up by an official is no show of force
    assert not triples(code("The minister took up his position in the cabinet on Friday.", date=DATE))


def test_a_regions_word_on_a_thing_names_no_party(code: Any) -> None:
    got = triples(code("Germany and Italy held talks on Monday on plans for a single European currency.",
                       date=DATE))
    assert has(got, "DEU", "ITA", "04") and has(got, "ITA", "DEU", "04"), got
    assert not any(s.startswith("EUR") or t.startswith("EUR") for s, t, _ in got), got


def test_own_companies_ordered_out_of_a_country_is_a_sanction_on_it(code: Any) -> None:
    got = triples(code("Washington ordered all U.S. oil companies to leave Iran on Monday.", date=DATE))
    assert has(got, "USA", "IRN", "163"), got
    # control: a foreign envoy ordered out is still an expulsion
    got = triples(code("Kenya ordered the Libyan ambassador to leave the country on Monday.", date=DATE))
    assert any(c.startswith("166") or c.startswith("174") for _, _, c in got), got


def test_hostages_held_are_abducted_and_the_captives_are_the_target(code: Any) -> None:
    got = triples(code("Islamic militants were holding 12 Western tourists hostage in the Philippines on "
                       "Monday.", date=DATE))
    assert any(c.startswith("181") for _, _, c in got), got
    assert not any(c.startswith("184") for _, _, c in got), got


def test_a_town_pounded_is_struck_also_in_the_passive(code: Any) -> None:
    got = triples(code("Russian warplanes pounded Gudermes on Monday.", date=DATE))
    assert any(s.startswith("RUS") and c.startswith("19") for s, _, c in got), got
    got = triples(code("The Chechen town of Gudermes was pounded by Russian artillery on Tuesday.",
                       date=DATE))
    assert any(s.startswith("RUS") and c.startswith("19") for s, _, c in got), got
    # control: weather pounding a coast is no attack
    assert not triples(code("A typhoon pounded the Philippines on Monday.", date=DATE))


def test_a_speech_verb_after_a_reported_clause_is_the_speakers(code: Any) -> None:
    got = triples(code("Pakistan said on Friday that India was massing troops on the border and demanded "
                       "that New Delhi pull them back.", date=DATE))
    assert has(got, "PAK", "IND", "10"), got
    assert not any(s.startswith("IND") and c.startswith("10") for s, _, c in got), got


def test_sanctions_that_may_come_are_no_sanctions(code: Any) -> None:
    got = triples(code("Iraq said it would treat any sanctions imposed by the Security Council as an act of "
                       "war.", date=DATE))
    assert not any(c.startswith("16") for _, _, c in got), got
