"""The twenty-sixth session's long-lead fixes (wip/clauses28, issue #7): a conditional threat aimed at the
one its condition names, a sentence-initial participle the small model tags as a name, talks mediated or
brokered by a third party told by the talks noun, the named members of "including" / "such as" lists, a
recipient of what two coordinated sources cut, two clauses joined by "and" that the model parses as one,
a named role after a fronted as-clause, troops sent into a country, a cooperative act halted, and force
named by its plain words. Fresh sentences (not the probe file's), each class with controls."""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def coded(code: Any, text: str) -> set[tuple[str, str, str]]:
    return set(triples(code(text, date=DATE)))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Pakistan will strike back if India attacks its nuclear installations, the Pakistani foreign minister "
     "warned.", "PAK", "IND"),
    ("China will take military action if Taiwan declares independence, a Chinese defence ministry "
     "spokesman warned.", "CHN", "TWN"),
    ("Beijing will use force against Taiwan if the island declares independence, a Chinese general said.",
     "CHN", "TWN"),
])
def test_a_conditional_threat_is_aimed_at_the_party_its_condition_names(code: Any, text: str, source: str,
                                                                        target: str) -> None:
    got = coded(code, text)
    assert has(got, source, target, "138"), got
    assert not has(got, source, source, "13"), got  # never the threatener's own side


@pytest.mark.parametrize("text", [
    "Japan will attend the talks if China agrees, the Japanese foreign minister said.",
    "If the rain stops, the two presidents will meet in the capital on Friday, officials said.",
])
def test_a_real_condition_is_no_threat(code: Any, text: str) -> None:
    assert not any(c.startswith("13") for _, _, c in coded(code, text))


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Accusing Tokyo of distorting history, China cancelled a visit by the Japanese foreign minister.",
     "CHN", "JPN", "112"),
    ("Protesting against the tests, Chile recalled its ambassador from Paris.", "CHL", "FRA", "161"),
    ("Defying international appeals, India expelled two Pakistani diplomats.", "IND", "PAK", "166"),
])
def test_a_sentence_initial_participle_keeps_its_act_and_the_main_one(code: Any, text: str, source: str,
                                                                      target: str, root: str) -> None:
    got = coded(code, text)
    assert has(got, source, target, root), got


def test_a_name_ending_in_ing_is_not_read_as_a_participle(code: Any) -> None:
    # the reparse asks for a subject-less, untagged word: a person's name keeps its own parse
    from wirewatch.events.reparse import participle_as_name
    from wirewatch.nlp.model import load_model

    doc = load_model()("Manning accused the government of lying.")
    assert not participle_as_name(doc[:])


@pytest.mark.parametrize(("text", "mediator", "one", "other"), [
    ("Peace talks mediated by Egypt between Israel and the Palestinians resumed in Cairo.", "EGY", "ISR",
     "PSE"),
    ("Talks between Ethiopia and Eritrea, brokered by Algeria, opened in Algiers.", "DZA", "ETH", "ERI"),
])
def test_the_mediator_of_talks_told_by_the_noun_is_no_party(code: Any, text: str, mediator: str, one: str,
                                                            other: str) -> None:
    got = coded(code, text)
    assert has(got, mediator, one, "045") and has(got, mediator, other, "045"), got
    assert has(got, one, other, "046") and has(got, other, one, "046"), got
    assert not any(s[:3] == mediator and c.startswith("046") for s, _, c in got), got


def test_talks_with_no_mediator_keep_their_parties(code: Any) -> None:
    got = coded(code, "Israel and Syria held talks in Washington.")
    assert has(got, "ISR", "SYR", "046") and not any(c.startswith("045") for _, _, c in got), got


@pytest.mark.parametrize(("text", "pairs", "root"), [
    ("Several Arab countries, including Saudi Arabia and Kuwait, condemned Iraq's invasion of Kuwait.",
     [("SAU", "IRQ"), ("KWT", "IRQ")], "111"),
    ("The European Union imposed sanctions on several countries, including Burma and Sudan.",
     [("IGO", "MMR"), ("IGO", "SDN")], "163"),
])
def test_the_named_members_of_a_collective_are_the_parties(code: Any, text: str, pairs: list[Any],
                                                           root: str) -> None:
    got = coded(code, text)
    assert all(has(got, s, t, root) for s, t in pairs), got


def test_people_including_children_are_no_collective_of_states(code: Any) -> None:
    got = coded(code, "Several people, including three children, were killed when troops opened fire in "
                      "Dili.")
    assert got and all(t[3:6] != "EDU" for _, t, _ in got), got


def test_a_recipient_of_what_two_sources_cut_stays_their_target(code: Any) -> None:
    got = coded(code, "Britain and Germany cut aid to Zimbabwe.")
    assert has(got, "GBR", "ZWE", "162") and has(got, "DEU", "ZWE", "162"), got
    assert not has(got, "GBR", "DEU", "16"), got


def test_two_sources_halting_talks_still_act_on_each_other(code: Any) -> None:
    got = coded(code, "Britain and Germany suspended talks.")
    assert has(got, "GBR", "DEU", "164"), got


def test_two_clauses_joined_by_and_keep_their_own_parties(code: Any) -> None:
    got = coded(code, "Serb forces shelled Bosnian villages and Bosnia appealed to NATO for help.")
    assert has(got, "SRB", "BIH", "194") and has(got, "BIH", "IGO", "02"), got
    assert not has(got, "SRB", "IGO", "19"), got


def test_a_coordinated_object_is_no_second_clause(code: Any) -> None:
    got = coded(code, "Police arrested the protest leaders and their supporters in Lagos.")
    assert has(got, "NGA", "NGA", "173"), got


def test_a_named_role_after_a_fronted_as_clause_is_the_subject(code: Any) -> None:
    got = coded(code, "As talks stalled in Geneva, Russia's foreign minister flew to Washington.")
    assert ("RUSGOV", "USA", "042") in got, got


def test_troops_sent_into_a_country_are_force_not_aid(code: Any) -> None:
    got = coded(code, "Vietnam sent troops into Cambodia.")
    assert has(got, "VNM", "KHM", "15") and not any(c.startswith("07") for _, _, c in got), got
    assert has(coded(code, "Britain sent troops to Sierra Leone."), "GBR", "SLE", "074")


def test_a_cooperative_act_halted_is_a_cut(code: Any) -> None:
    got = coded(code, "North Korea stopped cooperating with the International Atomic Energy Agency.")
    assert has(got, "PRK", "IGO", "16") and not any(c.startswith("06") for _, _, c in got), got


def test_frozen_loans_are_aid_cut(code: Any) -> None:
    assert has(coded(code, "The World Bank froze loans to Kenya."), "IGO", "KEN", "162")
