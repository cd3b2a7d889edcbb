"""The thirty-sixth session's target fixes (wip/targets38, issue #7): who an act is done to in era leads.
Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_an_appeal_to_both_sides_takes_the_pair_its_own_sentence_names(code: Any) -> None:
    got = triples(code("Indian and Pakistani troops clashed in Kashmir on Monday, and China urged both sides "
                       "to show restraint.", date=DATE))
    assert aimed(got, "CHN", "IND", "02") and aimed(got, "CHN", "PAK", "02"), got
    got = triples(code("Armenian forces shelled Azerbaijani villages on Sunday, and Iran appealed to the "
                       "warring parties to observe a ceasefire.", date=DATE))
    assert aimed(got, "IRN", "ARM", "02") and aimed(got, "IRN", "AZE", "02"), got
    # a joint subject of two countries is the pair, whatever place the fight hit
    got = triples(code("Ethiopian and Somali forces fought around the town of Dolo on Saturday, and Kenya "
                       "urged the warring sides to pull back.", date=DATE))
    assert aimed(got, "KEN", "ETH", "02") and aimed(got, "KEN", "SOM", "02"), got
    # control: a pair of sides told in the sentence before keeps its reading
    got = triples(code("Greek and Turkish warships collided in the Aegean on Monday. NATO urged the two "
                       "countries to avoid an escalation.", date=DATE))
    assert not any(t[:3] == "NAT" for _, t, _ in got), got
    # control: an appeal to a named party keeps it
    got = triples(code("Indian and Pakistani troops clashed in Kashmir on Monday, and China urged Pakistan "
                       "to show restraint.", date=DATE))
    assert aimed(got, "CHN", "PAK", "02") and not aimed(got, "CHN", "IND", "02"), got


def test_a_government_hosting_its_own_rebels_emissary_is_a_meeting(code: Any) -> None:
    got = triples(code("Sri Lankan President Ranasinghe Premadasa received a delegation of the Tamil Tigers "
                       "in Colombo on Monday.", date=DATE))
    assert aimed(got, "LKA", "LKAREB", "04"), got
    got = triples(code("Colombian President Virgilio Barco on Tuesday received an emissary of the M-19 "
                       "guerrillas in Bogota.", date=DATE))
    assert aimed(got, "COL", "COLREB", "04"), got
    # control: a president's visit to his own troops at home is no event between sides
    got = triples(code("Philippine President Corazon Aquino visited army troops in Mindanao on Monday.",
                       date=DATE))
    assert not any(c[:2] == "04" for _, _, c in got), got


def test_the_wronged_states_reply_is_aimed_at_the_first_clauses_doers(code: Any) -> None:
    got = triples(code("Iraqi warplanes attacked a Turkish tanker in the Gulf on Sunday, and Ankara demanded "
                       "compensation.", date=DATE))
    assert aimed(got, "TUR", "IRQ", "10") and not aimed(got, "TUR", "TUR", "10"), got
    got = triples(code("Syrian troops shot down an Israeli reconnaissance plane over Lebanon on Friday, and "
                       "Israel demanded an explanation.", date=DATE))
    assert aimed(got, "ISR", "SYR", "10") and not aimed(got, "ISR", "ISR", "10"), got
    # the act on the replier need not be coded itself: "intercepted a Greek ferry"
    got = triples(code("Turkish warships intercepted a Greek ferry off Rhodes on Friday, and Athens demanded "
                       "an explanation.", date=DATE))
    assert aimed(got, "GRC", "TUR", "10") and not aimed(got, "GRC", "GRC", "10"), got
    # control: a reply by a third party with a party of its own keeps it
    got = triples(code("Iraqi warplanes attacked a Turkish tanker in the Gulf on Sunday, and Ankara demanded "
                       "an explanation from Iran.", date=DATE))
    assert not aimed(got, "TUR", "IRQ", "10"), got


def test_the_people_an_act_is_done_to_are_not_their_relative_clauses_party(code: Any) -> None:
    got = triples(code("Sri Lankan troops killed 11 guerrillas who had attacked a police post near "
                       "Batticaloa on Tuesday.", date=DATE))
    assert aimed(got, "LKA", "LKAREB", "19") and not aimed(got, "LKA", "LKACOP", "19"), got
    got = triples(code("Guatemalan soldiers captured six rebels who had ambushed an army truck on Monday.",
                       date=DATE))
    assert aimed(got, "GTM", "GTMREB", "17") and not aimed(got, "GTM", "GTMMIL", "17"), got
    # control: a named side in the object keeps its own code
    got = triples(code("Turkish troops killed 20 Kurdish rebels who had attacked a village in the southeast "
                       "on Sunday.", date=DATE))
    assert aimed(got, "TUR", "TURREB", "19"), got
    # control: an object with no relative clause is left to the usual rules
    got = triples(code("Sri Lankan troops killed 11 guerrillas near Batticaloa on Tuesday.", date=DATE))
    assert aimed(got, "LKA", "LKAREB", "19"), got
