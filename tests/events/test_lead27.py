"""The twenty-fifth session's lead fixes (issue #7): an accusation participle beside a threat, the people
of a gathering broken up, rocket fire, handing back, restated demands and a demand's that-clause, war
games off a coast, the host or mediator of talks, a grievance told with "over", and an apology offered.
Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Iran threatened to expel the inspectors, accusing Britain of spying.", "IRN", "GBR"),
    ("Syria demanded an end to the raids, accusing Israel of targeting civilians.", "SYR", "ISR"),
])
def test_an_accusation_participle_beside_a_threat_or_demand_is_coded(code: Any, text: str, source: str,
                                                                      target: str) -> None:
    assert has(triples(code(text, date=DATE)), source, target, "112")


def test_the_people_of_a_rally_broken_up_are_its_target(code: Any) -> None:
    text = "Kenyan police fired tear gas to break up a rally by opposition supporters."
    got = triples(code(text, date=DATE))
    assert ("KENCOP", "KENOPP", "175") in got, got


@pytest.mark.parametrize(("text", "want"), [
    ("Russian helicopters rocketed rebel positions in Chechnya.", "195"),
    ("Rebels rocketed the airport in Kabul.", "194"),
])
def test_rocket_fire_is_force(code: Any, text: str, want: str) -> None:
    assert any(c == want for _, _, c in triples(code(text, date=DATE)))


def test_prices_that_rocket_are_no_attack(code: Any) -> None:
    assert not triples(code("Oil prices rocketed after Iraq halted exports.", date=DATE))


def test_handing_back_is_a_return(code: Any) -> None:
    assert has(triples(code("Portugal handed back Macau to China.", date=DATE)), "PRT", "CHN", "08")


@pytest.mark.parametrize("verb", ["repeated", "reiterated", "renewed"])
def test_a_restated_demand_is_a_demand_on_its_clause_subject(code: Any, verb: str) -> None:
    got = triples(code(f"Argentina {verb} its demand that Britain return the Falkland Islands.", date=DATE))
    assert has(got, "ARG", "GBR", "10"), got


def test_an_apology_demanded_is_no_apology(code: Any) -> None:
    got = triples(code("South Korea repeated its demand that Japan apologise for the war.", date=DATE))
    assert not any(c.startswith("055") for _, _, c in got), got


def test_war_games_off_a_coast_are_a_show_of_force(code: Any) -> None:
    got = triples(code("Russia staged war games off the coast of Norway.", date=DATE))
    assert has(got, "RUS", "NOR", "15"), got


def test_joint_war_games_stay_cooperation(code: Any) -> None:
    got = triples(code("India and France staged joint war games off the coast of Goa.", date=DATE))
    assert has(got, "IND", "FRA", "06") and not any(c.startswith("15") for _, _, c in got), got


def test_the_host_of_talks_mediates_and_is_no_party_to_them(code: Any) -> None:
    got = triples(code("Eritrea and Ethiopia held talks mediated by Algeria.", date=DATE))
    assert has(got, "ERI", "ETH", "04") and has(got, "DZA", "ERI", "045"), got
    assert not any(s[:3] in ("ERI", "ETH") and t[:3] == "DZA" and c == "046" for s, t, c in got), got


def test_a_grievance_told_with_over_is_no_object(code: Any) -> None:
    got = triples(code("France suspended arms sales to Indonesia over its offensive in Aceh.", date=DATE))
    assert has(got, "FRA", "IDN", "16") and not any(c.startswith("087") for _, _, c in got), got


def test_an_apology_offered_is_an_apology(code: Any) -> None:
    got = triples(code("Germany offered an apology to Namibia for the colonial killings.", date=DATE))
    assert ("DEU", "NAM", "055") in got, got



def test_the_other_side_of_a_clash_keeps_its_role(code: Any) -> None:
    got = triples(code("Rwandan troops fought against rebels near the town of Goma.", date=DATE))
    assert any(s == "RWAMIL" and t == "CODREB" for s, t, _ in got), got


def test_sanctions_imposed_by_a_body_hit_the_passive_subject(code: Any) -> None:
    got = triples(code("Libya was hit by new sanctions imposed by the U.N. Security Council.", date=DATE))
    assert has(got, "IGO", "LBY", "16"), got


def test_a_name_the_tagger_split_keeps_its_own_code(code: Any) -> None:
    got = triples(code("Soldiers detained opposition leader Aung San Suu Kyi in Rangoon.", date=DATE))
    assert any(t == "MMROPP" for _, t, _ in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Congress passed a law banning arms sales to Turkey.", "USA", "TUR"),
    ("The Kremlin issued a decree freezing Georgian assets.", "RUS", "GEO"),
])
def test_a_measure_acts_in_its_adopters_name(code: Any, text: str, source: str, target: str) -> None:
    assert has(triples(code(text, date=DATE)), source, target, "16")


def test_an_envoy_ordered_home_is_recalled(code: Any) -> None:
    got = triples(code("Ghana ordered its ambassador home from Lagos.", date=DATE))
    assert ("GHA", "NGA", "161") in got, got


def test_troops_ordered_home_are_no_recall(code: Any) -> None:
    got = triples(code("The president ordered the troops home from Kuwait.", date=DATE))
    assert not any(c == "161" for _, _, c in got), got


def test_a_list_after_a_fronted_phrase_keeps_its_first_member(code: Any) -> None:
    got = triples(code("On Tuesday, Sudan, Chad and Niger recalled their envoys from Libya.", date=DATE))
    assert all(has(got, s, "LBY", "16") for s in ("SDN", "TCD", "NER")), got


def test_a_name_after_a_fronted_place_is_still_the_subject(code: Any) -> None:
    got = triples(code("After talks in Geneva, Armenia and Azerbaijan agreed to a ceasefire.", date=DATE))
    assert has(got, "ARM", "AZE", "03") and not any(s.startswith("CHE") for s, _, _ in got), got
