"""The thirty-first session's target fixes (wip/targets33, issue #7): who an act is done to in era leads.
Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def aimed(got: set[tuple[str, str, str]], source: str, target: str, root: str) -> bool:
    """A triple from this source country at exactly this target actor, its code starting with `root`."""
    return any(s[:3] == source and t == target and c.startswith(root) for s, t, c in got)


def test_a_deed_judged_inside_a_what_it_called_wrapper_is_aimed_at_its_doer(code: Any) -> None:
    got = triples(code("Norway on Thursday condemned what it called the savage repression of Tibetan monks "
                       "by Chinese police.", date=DATE))
    assert aimed(got, "NOR", "CHNCOP", "111"), got
    got = triples(code("Belgium deplored what it described as the persecution of Baha'is by the Iranian "
                       "authorities.", date=DATE))
    assert aimed(got, "BEL", "IRNGOV", "111"), got
    # control: a wrapped deed with no doer named has no doer to aim at
    got = triples(code("Sweden condemned what it called a brutal crackdown.", date=DATE))
    assert not any(c.startswith("11") and t for _, t, c in got), got


def test_deed_nouns_the_lexicon_lacks_and_by_phrases_on_a_conjunct(code: Any) -> None:
    got = triples(code("Italy condemned the hanging of nine Kurdish activists and two students by Iraq's "
                       "revolutionary court.", date=DATE))
    assert aimed(got, "ITA", "IRQJUD", "111"), got
    # a state's role with no country of its own is of the country whose president it ousted
    got = triples(code("Denmark condemned the overthrow of Gambian President Dawda Jawara by the army.",
                       date=DATE))
    assert aimed(got, "DNK", "GMBMIL", "111"), got


def test_a_reaction_with_no_object_is_aimed_at_the_after_clauses_doer(code: Any) -> None:
    got = triples(code("Canada welcomed the move on Friday after Syria agreed to attend the peace conference "
                       "in Madrid.", date=DATE))
    assert aimed(got, "CAN", "SYR", "051"), got
    got = triples(code("Egypt condemned the raid on Sunday after Israeli jets bombed PLO headquarters near "
                       "Tunis.", date=DATE))
    assert aimed(got, "EGY", "ISRMIL", "111"), got
    # control: no act told, no target
    got = triples(code("Austria condemned the attack on Monday, officials said.", date=DATE))
    assert not any(s.startswith("AUT") and t for s, t, _ in got), got


def test_regret_at_another_partys_act_is_disapproval_not_an_apology(code: Any) -> None:
    got = triples(code("Japan voiced deep regret on Thursday after China conducted an underground nuclear "
                       "test at Lop Nur.", date=DATE))
    assert aimed(got, "JPN", "CHN", "111"), got
    assert not any(c.startswith("055") for _, _, c in got), got


def test_universities_closed_by_the_state_are_a_sanction_on_their_people(code: Any) -> None:
    got = triples(code("The army closed the university in Yangon after students protested.", date=DATE))
    assert aimed(got, "MMR", "MMREDU", "172"), got
    # control: weather closing schools is no act of a party
    got = triples(code("Floods closed schools across Bangladesh.", date=DATE))
    assert not any(c.startswith("17") for _, _, c in got), got


def test_a_call_on_others_to_harm_a_named_party_is_a_threat_to_it(code: Any) -> None:
    got = triples(code("A radical cleric in Pakistan on Friday urged Moslems to kill the Danish cartoonist "
                       "Kurt Westergaard.", date=DATE))
    assert aimed(got, "PAK", "DNK", "13"), got
    assert not any(c.startswith("02") for _, _, c in got), got
    # control: a call to stop attacks is an appeal, not a threat
    got = triples(code("Egypt called on Israel to halt attacks on Lebanon.", date=DATE))
    assert not any(c.startswith("13") for _, _, c in got), got
    assert aimed(got, "EGY", "ISR", "02"), got


def test_a_verdict_on_a_pact_is_aimed_at_the_party_its_under_which_clause_binds(code: Any) -> None:
    got = triples(code("Britain on Thursday praised a deal under which Syria will withdraw its troops from "
                       "Lebanon.", date=DATE))
    assert aimed(got, "GBR", "SYR", "051"), got
    # control: a pact named bare, told nowhere before, has no party
    got = triples(code("Germany welcomed the agreement on Monday.", date=DATE))
    assert not any(t for _, t, _ in got), got


def test_a_by_phrase_past_the_sentences_own_to_phrase_names_the_doer(code: Any) -> None:
    got = triples(code("Amnesty condemned the sentencing of three journalists to death by a military "
                       "tribunal in Lagos.", date=DATE))
    assert any(t.startswith("NGA") and c.startswith("111") for _, t, c in got), got


def test_the_closure_of_universities_ordered_is_the_closure(code: Any) -> None:
    got = triples(code("The Nigerian military government ordered the closure of the University of Lagos "
                       "after students protested.", date=DATE))
    assert aimed(got, "NGA", "NGAEDU", "172"), got
    assert not any(c.startswith("10") for _, _, c in got), got


def test_a_blockade_of_a_region_no_party_holds_is_aimed_at_the_people_cut_off(code: Any) -> None:
    got = triples(code("Sudanese troops blockaded the Nuba mountains on Friday, cutting off food to tens of "
                       "thousands of villagers, aid workers said.", date=DATE))
    assert aimed(got, "SDN", "SDNCVL", "191"), got
    # control: protesters' blockade stays a protest with no invented target
    got = triples(code("Protesters blockaded the main highway, cutting off supplies to the capital.",
                       date=DATE))
    assert not any(c.startswith("19") for _, _, c in got), got
