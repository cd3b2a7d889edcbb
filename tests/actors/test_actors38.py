"""Thirty-sixth session (wip/actors38): the actor classes fixed from the blind probes of
tests/actors/test_probe_twentythird.py and tests/events/probes_actors38.py, each proved with fresh sentences
of our own (not the probes') and controls that must keep their reading.

- ERA_TERMS: leaders who were rebels or putschists before or after office, coded by the story's date
  (`data/actor_leaders.csv`, "thirty-sixth session" block).
- SENT_BY_TITLE: a post sent by a title held in one state only ("the Pope's envoy", "a papal envoy") is
  that state's (`envoys.sender_state`).
- REPRESENTATIVES: a state's representative sent to a body, a meeting or a capital is its envoy (GOV), not a
  legislator (`envoys.sent_representative`).
- OUSTED: "the ousted prime minister", "the deposed king" are former office holders (ELI), and a state's
  former office holder takes the story's country as the office would (`phrases`).
- REBEL_LEADERS_MEN: a rebel leader's forces, troops or fighters are the rebels (`spans._owned_by_person`).
- REFUGEES_FROM: a people's refugees are not placed by where they fled to (`assign._ethnic`).
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

ERA_TERMS: list[Probe] = [
    Probe("Gbagbo's supporters clashed with police after Gbagbo spoke at a rally.", "Gbagbo", "CIVOPP", None,
          "1995-10-01"),
    Probe("President Gbagbo flew to Paris for talks.", "President Gbagbo", "CIVGOV", None, "2002-10-01"),
    Probe("Speight's gunmen freed four hostages.", "Speight", "FJIREB", None, "2000-06-15"),
    Probe("Gringo Honasan led a mutiny at the army headquarters.", "Gringo Honasan", "PHLREB", None,
          "1989-12-01"),
    Probe("Senator Gregorio Honasan proposed an amnesty bill.", "Senator Gregorio Honasan", "PHLLEG", None,
          "1999-05-01"),
    Probe("Zviad Gamsakhurdia's supporters seized the town of Poti.", "Zviad Gamsakhurdia", "GEOREB", None,
          "1993-09-01"),
    Probe("Hugo Banzer ordered troops to clear the roads.", "Hugo Banzer", "BOLGOV", None, GSR),
    Probe("Jean-Pierre Bemba's men captured the town of Gbadolite.", "Jean-Pierre Bemba", "CODREB", None,
          "1998-12-01"),
    # control: a leader of the table in his one term keeps it
    Probe("Jamil Mahuad declared a state of emergency.", "Jamil Mahuad", "ECUGOV", None, "1999-03-10"),
]

SENT_BY_TITLE: list[Probe] = [
    Probe("The Pope's special envoy flew to Havana on Monday.", "The Pope's special envoy", "VATGOV",
          None, GSR),
    Probe("The pontiff's envoy carried a letter to the general.", "The pontiff's envoy", "VATGOV",
          "LIMA", GSR),
    Probe("A papal envoy held talks with the junta in Port-au-Prince.", "A papal envoy", "VATGOV", None, GSR),
    # controls: a state's own envoy, and the Pope himself
    Probe("The Cuban envoy met the Pope in Rome.", "The Cuban envoy", "CUBGOV", None, GSR),
    Probe("The Pope appealed for an end to the fighting.", "The Pope", "VATGOV", None, GSR),
]

REPRESENTATIVES: list[Probe] = [
    Probe("Libya's representative at the Arab League summit walked out.",
          "Libya's representative at the Arab League summit", "LBYGOV", None, GSR),
    Probe("The Chinese representative to the Security Council vetoed the draft.",
          "The Chinese representative to the Security Council", "CHNGOV", None, GSR),
    Probe("Sudan's representative at the talks in Nairobi rejected the plan.",
          "Sudan's representative at the talks in Nairobi", "SDNGOV", None, GSR),
    # controls: a legislator by title, and one in Congress
    Probe("Representative Newt Gingrich attacked the budget deal.", "Representative Newt Gingrich", "USALEG",
          None, GSR),
    Probe("A representative in Congress called for hearings.", "A representative in Congress", "USALEG",
          None, GSR),
]

OUSTED: list[Probe] = [
    Probe("Soldiers guarded the residence of the deposed president.", "the deposed president", "LBRELI",
          "MONROVIA", GSR),
    Probe("The ousted premier was flown to a military base.", "The ousted premier", "THAELI", "BANGKOK", GSR),
    Probe("The former foreign minister was charged with corruption.", "The former foreign minister",
          "ROUELI", "BUCHAREST", GSR),
    # control: a government put out of its capital may still be the recognised one
    Probe("The ousted government appealed for West African troops.", "The ousted government", "SLEGOV",
          "FREETOWN", GSR),
]

REBEL_LEADERS_MEN: list[Probe] = [
    Probe("Jonas Savimbi's troops shelled the city of Malanje.", "Jonas Savimbi's troops", "AGOREB",
          None, GSR),
    Probe("John Garang's guerrillas ambushed a supply convoy.", "John Garang's guerrillas", "SDNREB", None,
          GSR),
    Probe("Foday Sankoh's forces seized the diamond mines.", "Foday Sankoh's forces", "SLEREB", None, GSR),
    # controls: a head of state's troops are the state's
    Probe("Charles Taylor's troops massed on the Guinean border.", "Charles Taylor's troops", "LBRMIL", None,
          GSR),
    Probe("Yoweri Museveni's troops crossed into Congo.", "Yoweri Museveni's troops", "UGAMIL", None, GSR),
]

REFUGEES_FROM: list[Probe] = [
    Probe("Kurdish refugees poured into Turkey from northern Iraq.", "Kurdish refugees", "IRQREF", None, GSR),
    # control: refugees placed where they live now
    Probe("Kurdish refugees in Iran refused to return home.", "Kurdish refugees", "IRNREF",
          None, "1999-12-31"),
]

ALL = [*ERA_TERMS, *SENT_BY_TITLE, *REPRESENTATIVES, *OUSTED, *REBEL_LEADERS_MEN, *REFUGEES_FROM]

coded, test_probe = probe_suite(ALL)
