"""Precision on real wire copy (issue #7, fourth session): sentences shaped like the false events the
coder used to emit on agency stories - a state meeting itself, receptions read as meetings, documents
released as prisoners, legal fights as combat - and the second act a participle tells."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def _triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code[:3], e.target.code[:3], e.cameo) for e in art.events if e.cameo}


def _types(art: Any) -> set[str]:
    return {e.type for e in art.events if e.type}


def test_a_leader_touring_his_own_country_visits_nobody(code: Any) -> None:
    art = code("Kim Jong Un visited a fertilizer factory in Hungnam on Friday, state media said.")
    assert not [t for t in _triples(art) if t[2].startswith("04")]


def test_a_plan_meeting_resistance_is_no_meeting(code: Any) -> None:
    assert "CONSULT" not in _types(code("The reform plan met with fierce resistance from Kenyan doctors."))


def test_receiving_a_message_is_no_visit(code: Any) -> None:
    art = code("Kim Jong Un received a congratulatory message from the Laotian president on Monday.")
    assert not [t for t in _triples(art) if t[2] in ("042", "043")]


def test_a_released_report_frees_nobody(code: Any) -> None:
    assert "RETREAT" not in _types(code("The Russian defence ministry released a white paper on Monday."))


def test_a_legal_fight_is_no_combat(code: Any) -> None:
    art = code("Relatives of the boy in Miami vowed to fight in federal court to keep him in the United "
               "States.")
    assert "ASSAULT" not in _types(art) and "THREATEN" not in _types(art)


def test_an_aid_bill_passed_by_a_committee_is_no_aid(code: Any) -> None:
    art = code("The Senate appropriations committee approved a $3 billion aid package for farmers on "
               "Tuesday.")
    assert "AID" not in _types(art)


def test_a_named_storm_kills_without_an_attacker(code: Any) -> None:
    assert not code("Typhoon Mawar killed five people on the island of Guam on Thursday.").events


def test_ordered_strikes_are_attacks_not_labour_strikes(code: Any) -> None:
    art = code("U.S. President Joe Biden said he had ordered the strikes on militant camps in Syria.")
    assert "PROTEST" not in _types(art)
    assert ("USA", "SYR", "190") in _triples(art)


def test_the_person_asked_is_no_source(code: Any) -> None:
    art = code("Asked about the sanctions, a Chinese foreign ministry spokesman said Beijing would respond.")
    assert not [t for t in _triples(art) if t[0] == "CHN" and t[2].startswith("02")]


def test_an_accusation_in_a_participle_is_a_second_act(code: Any) -> None:
    art = code("Moldova expelled a Russian diplomat on Tuesday, accusing him of espionage.")
    assert {("MDA", "RUS", "166"), ("MDA", "RUS", "1125")} <= _triples(art)  # espionage: 1125 (codes16b)


def test_forces_sent_toward_a_state_are_aimed_at_it(code: Any) -> None:
    art = code("China sent 20 warplanes and four frigates toward Taiwan on Monday, Taipei said.")
    assert ("CHN", "TWN", "154") in _triples(art)


def test_small_arms_fire_is_193(code: Any) -> None:
    art = code("Indian and Chinese soldiers exchanged gunfire along the disputed border on Tuesday.")
    assert {t[2] for t in _triples(art)} == {"193"}


def test_victims_in_a_reduced_relative_were_not_harmed_by_the_finders(code: Any) -> None:
    art = code("Israeli police found the bodies of two women stabbed to death near Hebron on Friday.")
    assert not [e for e in art.events if e.type == "ASSAULT" and e.source is not None
                and (e.source.code or "").endswith("COP")]


def test_failing_to_win_a_seat_refuses_nothing(code: Any) -> None:
    assert "REJECT" not in _types(code("His party failed to win a single seat in parliament."))


def test_a_clash_in_a_city_is_between_the_parties(code: Any) -> None:
    art = code("Police and Catholic protesters clashed in north Belfast on Sunday.")
    assert _triples(art) and all(len(e.target.code) > 3 for e in art.events if e.cameo)


def test_an_act_told_in_a_report_clause_is_not_asserted(code: Any) -> None:
    art = code("Kenya's foreign ministry declined to comment on reports that it had expelled a Somali envoy.")
    assert not _triples(art)


def test_an_act_told_in_speculation_without_that_is_not_asserted(code: Any) -> None:
    art = code("Speculation the United States will offer wheat to the Soviet Union grew on Monday.")
    assert not _triples(art)


def test_the_topic_of_shared_intelligence_is_no_party(code: Any) -> None:
    art = code("South Korea and Japan resumed sharing intelligence on North Korean missile launches.")
    assert _triples(art) and "PRK" not in {t[1] for t in _triples(art)}


def test_withdrawn_troops_are_the_actor_s_own(code: Any) -> None:
    art = code("Russia withdrew its troops from the Ukrainian city of Kherson on Friday.")
    assert _triples(art) == {("RUS", "UKR", "0874")}  # forces withdrawn retreat militarily (probes17a)


def test_an_accusation_that_clause_targets_the_accused_not_a_place_in_it(code: Any) -> None:
    # the accused is the complement's subject; "the European market" is where the dumping happened
    art = code("The European Commission charged that Japan was dumping ball bearings on the European market.")
    assert ("IGO", "JPN", "112") in _triples(art)
    assert not [t for t in _triples(art) if t[1] == "EUR"]
