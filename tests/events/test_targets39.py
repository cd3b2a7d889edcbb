"""The thirty-seventh session's target fixes (wip/targets39, issue #7): who an act is done to in era leads.
Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_an_object_owned_by_each_other_makes_the_act_mutual(code: Any) -> None:
    got = triples(code("Iran and Iraq expelled each other's ambassadors on Monday.", date=DATE))
    assert aimed(got, "IRN", "IRQ", "16") and aimed(got, "IRQ", "IRN", "16"), got
    got = triples(code("Ecuadorean and Peruvian troops shelled each other's positions along the disputed "
                       "border on Sunday.", date=DATE))
    assert aimed(got, "ECU", "PER", "19") and aimed(got, "PER", "ECU", "19"), got
    # the object's own country, one of the pair, is no target of both
    got = triples(code("Ethiopia and Eritrea expelled each other's nationals on Friday.", date=DATE))
    assert aimed(got, "ETH", "ERI", "17") and aimed(got, "ERI", "ETH", "17"), got
    assert not aimed(got, "ETH", "ETH", "17"), got
    # control: a joint subject with an object of nobody's codes no pair
    got = triples(code("India and Pakistan expelled diplomats on Thursday.", date=DATE))
    assert not aimed(got, "IND", "PAK", "16") and not aimed(got, "PAK", "IND", "16"), got
    # control: an owner of the object keeps its target
    got = triples(code("Iran and Syria expelled Iraqi diplomats on Tuesday.", date=DATE))
    assert aimed(got, "IRN", "IRQ", "16") and not aimed(got, "IRN", "SYR", "16"), got


def test_the_wronged_states_reply_in_a_later_sentence_is_aimed_at_the_doers(code: Any) -> None:
    got = triples(code("A Cuban gunboat sank a Bahamian patrol vessel on Saturday. The Bahamas demanded "
                       "compensation.", date=DATE))
    assert aimed(got, "BHS", "CUB", "10"), got
    got = triples(code("Libyan jets bombed a Sudanese village on Friday. Sudan threatened to retaliate.",
                       date=DATE))
    assert aimed(got, "SDN", "LBY", "13"), got
    got = triples(code("Indian troops shelled Pakistani positions in Kashmir on Saturday. Pakistani troops "
                       "retaliated on Sunday.", date=DATE))
    assert aimed(got, "PAK", "IND", "19"), got
    # control: a reply by a party of the doers' own country takes nobody from the memory
    got = triples(code("Police arrested 40 opposition workers in Dhaka on Monday. The opposition demanded "
                       "their release.", date=DATE))
    assert not any(t[:3] not in ("BGD", "") for _, t, _ in got), got
    # control: a reply naming its own target keeps it
    got = triples(code("Iraqi warplanes attacked a Turkish tanker in the Gulf on Monday. Turkey said it "
                       "would hold talks with Greece.", date=DATE))
    assert not aimed(got, "TUR", "IRQ", "03") and not aimed(got, "TUR", "IRQ", "04"), got


def test_fire_returned_is_force(code: Any) -> None:
    got = triples(code("Pakistani troops returned fire at Indian posts on Sunday.", date=DATE))
    assert aimed(got, "PAK", "IND", "19"), got
    got = triples(code("Iraqi artillery pounded the Iranian town of Mehran on Monday. Iranian forces "
                       "returned fire.", date=DATE))
    assert aimed(got, "IRN", "IRQ", "19"), got
    # control: fire returned in a figure is no force
    got = triples(code("The government returned fire to its critics on Monday.", date=DATE))
    assert not any(c[:2] == "19" for _, _, c in got), got


def test_the_wronged_states_reply_after_a_passive_clause_is_aimed_at_the_agents(code: Any) -> None:
    got = triples(code("A Japanese trawler was seized by Soviet patrol boats off Hokkaido on Monday, and "
                       "Tokyo demanded its release.", date=DATE))
    assert aimed(got, "JPN", "USR", "10") and not aimed(got, "JPN", "JPN", "10"), got
    got = triples(code("Two Kuwaiti tankers were hit by Iranian missiles on Friday, and Kuwait demanded "
                       "compensation.", date=DATE))
    assert aimed(got, "KWT", "IRN", "10"), got
    # control: a reply naming a party of its own keeps it
    got = triples(code("Greek fishermen were arrested by Turkish coast guards off Lesbos on Sunday, and "
                       "Athens protested to Britain.", date=DATE))
    assert aimed(got, "GRC", "GBR", "11") and not aimed(got, "GRC", "TUR", "11"), got
    # control: the doers of the replier's own country give it no target
    got = triples(code("Opposition leaders were arrested by police on Monday, and the opposition demanded "
                       "their release.", date=DATE))
    assert not any(s[:3] != t[:3] for s, t, _ in got), got


def test_a_go_between_is_aimed_at_both_parties_of_its_as_phrase(code: Any) -> None:
    got = triples(code("Tanzania acted as a mediator between the Burundian government and the rebels on "
                       "Tuesday.", date=DATE))
    assert aimed(got, "TZA", "BDI", "04") and aimed(got, "TZA", "BDIREB", "04"), got
    got = triples(code("Austria served as an intermediary between Iran and Iraq in the talks.", date=DATE))
    assert aimed(got, "AUT", "IRN", "04") and aimed(got, "AUT", "IRQ", "04"), got
    # control: a mediator in a dispute with no parties named is aimed at nobody
    got = triples(code("Egypt acted as a mediator in the dispute.", date=DATE))
    assert not any(c[:3] == "045" for _, _, c in got), got
    # control: acting as anything else mediates nothing
    got = triples(code("Iran acted as a channel for arms to Syria and Lebanon.", date=DATE))
    assert not any(c[:3] == "045" for _, _, c in got), got


def test_an_incursion_condemned_later_is_aimed_at_its_doers(code: Any) -> None:
    got = triples(code("Turkish troops attacked Kurdish rebel camps in northern Iraq on Monday. Iran "
                       "condemned the incursion.", date=DATE))
    assert aimed(got, "IRN", "TUR", "11"), got
    got = triples(code("Vietnamese troops attacked Khmer Rouge bases inside Thailand on Thursday. Britain "
                       "criticised the invasion.", date=DATE))
    assert aimed(got, "GBR", "VNM", "11"), got
    # control: "the operation" may be a police one of arrests, not the last act of force (stories22)
    got = triples(code("Iraqi troops shelled Kuwaiti border posts on Monday. Police in Lagos arrested 20 "
                       "smugglers on Tuesday. The United States welcomed the operation.", date=DATE))
    assert not any(s[:3] == "USA" and t[:3] == "IRQ" for s, t, _ in got), got


def test_an_attack_named_again_in_a_verdict_is_judged_not_made(code: Any) -> None:
    got = triples(code("Ethiopian jets bombed a Sudanese border village on Monday. Khartoum described the "
                       "raid as an act of aggression.", date=DATE))
    assert aimed(got, "SDN", "ETH", "11"), got
    got = triples(code("Iraqi troops attacked Kuwaiti border posts on Monday. Saudi Arabia called the "
                       "attack a violation of international law.", date=DATE))
    assert aimed(got, "SAU", "IRQ", "11") and not aimed(got, "SAU", "IRQ", "19"), got
    # control: an attack with parties of its own is still an attack
    got = triples(code("Iraq on Monday called off its attack on Kuwaiti border posts.", date=DATE))
    assert not aimed(got, "IRQ", "KWT", "11"), got
