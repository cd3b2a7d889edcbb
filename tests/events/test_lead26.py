"""The twenty-fourth session's lead fixes (issue #7): an attack told through a channel is words, help for
a party against a third, aid won from a giver, an extradition sought from a state, a deed or a claim
named in a later sentence, a weapon that hits, talks and visits described after the fact, and a count of
past wars. Fresh sentences (not the probe file's), each class with controls that keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2006-03-10"




@pytest.mark.parametrize("text", [
    "Venezuela's president attacked Colombia on television over the border closure.",
    "The Iranian foreign minister attacked Saudi Arabia in an interview with a German newspaper.",
    "Russia's foreign ministry attacked Poland in a statement on Friday.",
])
def test_an_attack_told_through_a_channel_is_words(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    assert any(c == "111" for _, _, c in got) and not any(c.startswith("19") for _, _, c in got), got


def test_an_attack_in_a_raid_is_still_force(code: Any) -> None:
    got = triples(code("Rwandan troops attacked Congo's army in a dawn raid.", date=DATE))
    assert has(got, "RWA", "COD", "19"), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Britain pledged to help Kenya fight al-Shabaab militants.", "GBR", "KEN"),
    ("China offered to help Pakistan fight the militants in its tribal areas.", "CHN", "PAK"),
    ("Japan promised to help the Philippines counter Chinese pressure at sea.", "JPN", "PHL"),
])
def test_help_to_fight_helps_the_helped(code: Any, text: str, source: str, target: str) -> None:
    got = triples(code(text, date=DATE))
    assert has(got, source, target, "03"), got
    assert not any(s[:3] == source and c.startswith("13") for s, _, c in got), got


def test_help_without_a_party_codes_nothing(code: Any) -> None:
    got = triples(code("The new rules will help exporters boost sales.", date=DATE))
    assert not got, got


@pytest.mark.parametrize(("text", "giver", "taker", "root"), [
    ("Pakistan secured a $6 billion loan from the IMF last month.", "IGO", "PAK", "071"),
    ("Egypt won new credit from Saudi Arabia to pay for fuel imports.", "SAU", "EGY", "071"),
    ("Taiwan received a shipment of air defence missiles from the United States.", "USA", "TWN", "072"),
])
def test_aid_told_from_the_receiver(code: Any, text: str, giver: str, taker: str, root: str) -> None:
    assert has(triples(code(text, date=DATE)), giver, taker, root)


def test_a_contract_won_is_no_aid(code: Any) -> None:
    got = triples(code("The Korean shipyard won a contract from Norway's navy.", date=DATE))
    assert not any(c.startswith("07") for _, _, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Rwanda sought the extradition of the genocide suspect from Belgium.", "RWA", "BEL"),
    ("India is seeking the return of the fugitive tycoon from Britain.", "IND", "GBR"),
    ("Russia sought the handover of the dissident from Lithuania.", "RUS", "LTU"),
])
def test_the_one_asked_for_a_person_is_the_from_phrase(code: Any, text: str, source: str,
                                                       target: str) -> None:
    assert has(triples(code(text, date=DATE)), source, target, "02")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Washington imposed new sanctions on Caracas on Monday. Venezuela condemned the decision as "
     "economic aggression.", "VEN", "USA"),
    ("Israel closed the Gaza crossings on Sunday. Egypt criticised the move.", "EGY", "ISR"),
    ("Ukraine said Russian forces had shelled the Zaporizhzhia plant. Moscow dismissed the claim.",
     "RUS", "UKR"),
])
def test_a_deed_or_claim_named_in_the_next_sentence(code: Any, text: str, source: str,
                                                    target: str) -> None:
    got = triples(code(text, date=DATE))
    assert any(s[:3] == source and t[:3] == target for s, t, _ in got), got


def test_a_decision_of_ones_own_side_is_not_the_target(code: Any) -> None:
    # control: the judge's own state's decision is never a target
    got = triples(code("Venezuela closed its border with Colombia. Venezuela defended the decision.",
                       date=DATE))
    assert not any(s[:3] == t[:3] for s, t, _ in got), got


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Russian drones hit a power station in the Ukrainian city of Kharkiv overnight.", "RUS", "UKR", "19"),
    ("An Israeli missile hit a car in southern Lebanon, killing two men.", "ISR", "LBN", "19"),
    ("Azerbaijani shells hit houses in an Armenian border village.", "AZE", "ARM", "19"),
])
def test_a_weapon_that_hits_is_its_users_attack(code: Any, text: str, source: str, target: str,
                                                root: str) -> None:
    assert has(triples(code(text, date=DATE)), source, target, root)


def test_prices_hitting_a_record_are_no_attack(code: Any) -> None:
    assert not triples(code("Russian oil prices hit a record high in Moscow trading.", date=DATE))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Chinese premier's talks with the Japanese prime minister were the first in three years.",
     "CHN", "JPN"),
    ("The Turkish president's visit to Athens was the first by a Turkish leader in decades.", "TUR", "GRC"),
    ("The Indian minister's meeting with his Pakistani counterpart was cordial.", "IND", "PAK"),
])
def test_talks_described_after_the_fact_were_held(code: Any, text: str, source: str, target: str) -> None:
    assert has(triples(code(text, date=DATE)), source, target, "04")


def test_talks_weighed_as_a_plan_are_not_held(code: Any) -> None:
    got = triples(code("The Chinese premier's talks with the Japanese prime minister would be useful.",
                       date=DATE))
    assert not any(c.startswith("04") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea have fought two wars over their border.",
    "Israel and Syria fought three wars in the last century.",
    "The two Koreas have fought several battles at sea since 1999.",
])
def test_a_count_of_past_wars_is_history(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    assert not any(c.startswith("19") for _, _, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("North Korea fired a cruise missile on Sunday. Japan called the launch a grave threat to the region.",
     "JPN", "PRK"),
    ("Iran seized a British tanker in the Gulf. London called the seizure an act of piracy under "
     "international law.", "GBR", "IRN"),
    ("Azerbaijan detained three Armenian soldiers on Monday. Yerevan called the detention a violation of "
     "the EU-brokered agreements.", "ARM", "AZE"),
])
def test_a_definite_act_called_a_wrong_is_aimed_at_its_doer(code: Any, text: str, source: str,
                                                            target: str) -> None:
    got = triples(code(text, date=DATE))
    assert any(t[:3] == target and c.startswith("11") for _, t, c in got), got
    assert not any(t[:3] in ("IGO", "EUR") and c.startswith("11") for _, t, c in got), got


def test_a_definite_act_with_nothing_before_has_no_target(code: Any) -> None:
    got = triples(code("The opposition leader called the decision a mistake.", date=DATE))
    assert not got, got


@pytest.mark.parametrize("text", [
    "Japan protested on Tuesday.",
    "Japan and South Korea protested.",
    "The Chinese government protested angrily.",
])
def test_a_state_protesting_is_no_demonstration_against_itself(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    assert not any(c.startswith("14") for _, _, c in got), got


def test_citizens_protesting_still_protest_at_home(code: Any) -> None:
    got = triples(code("Thousands of Kenyans protested in Nairobi on Tuesday.", date=DATE))
    assert any(s[:3] == "KEN" and t[:3] == "KEN" and c.startswith("14") for s, t, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("China's foreign ministry said in a statement that Japan's decision to release the water was "
     "irresponsible.", "CHN", "JPN"),
    ("Ghana said in a letter that Togo's closure of the border was unjustified.", "GHA", "TGO"),
    ("The Indian army said in a statement that Pakistan's claims were baseless.", "IND", "PAK"),
])
def test_a_verdict_said_in_a_statement(code: Any, text: str, source: str, target: str) -> None:
    assert has(triples(code(text, date=DATE)), source, target, "11")


def test_praise_said_in_a_statement_is_no_criticism(code: Any) -> None:
    got = triples(code("Ghana said in a statement that Togo's decision to reopen the border was wise.",
                       date=DATE))
    assert not any(c.startswith("11") for _, _, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Jordan recalled its ambassador from Israel on Monday. The kingdom accused Israel of violating the "
     "holy sites.", "JOR", "ISR"),
    ("Kuwait's emir received the Iraqi envoy on Sunday. Later the emirate criticised Iraq over the "
     "border dispute.", "KWT", "IRQ"),
    ("Britain and Iran have long been at odds. London on Tuesday accused the Islamic Republic of "
     "plotting attacks.", "GBR", "IRN"),
])
def test_a_state_named_by_its_epithet(code: Any, text: str, source: str, target: str) -> None:
    got = triples(code(text, date=DATE))
    assert any(s[:3] == source and t[:3] == target and c.startswith("11") for s, t, c in got), got


def test_an_epithet_with_no_state_of_its_kind_before_is_no_party(code: Any) -> None:
    # control: France is no kingdom, so "the kingdom" has nobody to stand for
    got = triples(code("France criticised Spain's budget. The kingdom rejected the criticism.", date=DATE))
    assert not any(s[:3] == "FRA" and c.startswith("12") for s, _, c in got), got
    got = triples(code("Germany met France. The kingdom condemned the talks.", date=DATE))
    assert not any(c.startswith("11") for _, _, c in got), got
