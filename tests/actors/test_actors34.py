"""Thirty-second session (wip/actors34): the classes fixed, each proven on fresh sentences written apart from
the probe files (tests/actors/test_probe_nineteenth.py, tests/events/probes_actors34.py), with controls that
must keep their reading. Dated 2000-01-01, the GSR placeholder, unless a row says otherwise.

- ERA_PARTIES: an era's ruling Communist Party gone with its rule (dissolved, renamed, its state dissolved)
  is the government in copy dated after its end (`tenure.Party.ended`).
- FOUGHT_RULE: irregulars whose clause says whose government or army they fight are that state's rebels
  (`fought_rule`, in the span and mention paths).
- SIDE_TITLES: a side's title before a man the table lists in a later office (`assign._side_title`).
- SOVIET_PLACES: a place in a Soviet republic in a story that names a Soviet officer of its time
  (`countries.SOVIET_SPEAKER`).
- PEOPLE_AND_BODIES: one of the clergy, relief workers; ruling councils (`sectors`).
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"
# a second row with the same phrase needs another id: the day before
GSR_ID = "1999-12-31"

ERA_PARTIES: list[Probe] = [
    Probe("The Bulgarian Communist Party elected a new leader.", "The Bulgarian Communist Party", "BGRGOV",
          None, GSR),
    Probe("The Communist Party of Czechoslovakia expelled the reformers.",
          "The Communist Party of Czechoslovakia", "CZEGOV", None, GSR),
    Probe("The Soviet Communist Party chose a new general secretary.", "The Soviet Communist Party", "USRGOV",
          None, GSR),
    Probe("The Soviet Communist Party chose a new general secretary in Moscow.", "The Soviet Communist Party",
          "USRGOV", None, "1985-03-11"),
    # controls: parties of the same name that live on, or rule still
    Probe("The Russian Communist Party called for a boycott.", "The Russian Communist Party", "RUSOPP", None,
          GSR),
    Probe("The Chinese Communist Party opened its congress.", "The Chinese Communist Party", "CHNGOV", None,
          GSR),
]

FOUGHT_RULE: list[Probe] = [
    Probe("Guerrillas fighting the Salvadoran government blew up a bridge.", "Guerrillas", "SLVREB", None,
          GSR),
    Probe("Muslim militants battling the Egyptian government killed a policeman.", "Muslim militants",
          "EGYREB", None, GSR),
    Probe("Insurgents seeking to topple the Ugandan government raided a village.", "Insurgents", "UGAREB",
          None, GSR),
    # controls: no rule fought, a state's own army
    Probe("Rebels fighting for a homeland attacked the town.", "Rebels", None, None, GSR),
    Probe("Islamic militants killed two policemen in Assiut.", "Islamic militants", "EGYUAF", None, GSR),
    Probe("Iranian troops fighting the Iraqi army captured the peninsula.", "Iranian troops", "IRNMIL", None,
          GSR),
]

SIDE_TITLES: list[Probe] = [
    Probe("Police blocked opposition leader Kim Young-sam from leaving his home in Seoul.", "Kim Young-sam",
          "KOROPP", None, GSR),
    Probe("Police in Gdansk detained dissident Lech Walesa after the strike.", "Lech Walesa", "POLOPP", None,
          GSR),
    Probe("Dissident leader Kim Dae-jung returned to Seoul from exile.", "Kim Dae-jung", "KOROPP", None, GSR),
    # controls: the office named, or a side word in another phrase
    Probe("President Kim Young-sam ordered an inquiry in Seoul.", "Kim Young-sam", "KORGOV", None, GSR_ID),
    Probe("The opposition accused President Kim Dae-jung of lying in Seoul.", "Kim Dae-jung", "KORGOV", None,
          GSR_ID),
]

SOVIET_PLACES: list[Probe] = [
    Probe("Soviet Defence Minister Dmitry Yazov said Moscow would cut its forces in Europe.", "Moscow", "USR",
          None, GSR),
    Probe("Soviet officials said the talks in Tbilisi had failed.", "Tbilisi", "USR", None, GSR),
    # controls: a later time, or no officer of the Soviet years
    Probe("The ex-Soviet republic's officials in Tbilisi said the talks had failed.", "Tbilisi", "GEO", None,
          GSR_ID),
    Probe("Soviet-made tanks rolled into Grozny.", "Grozny", "RUS", None, GSR),
]

PEOPLE_AND_BODIES: list[Probe] = [
    Probe("Rebels seized a Canadian nun near the border.", "a Canadian nun", "CANREL", None, GSR),
    Probe("Bandits abducted a Swedish relief worker in Somalia.", "a Swedish relief worker", "SWENGO", None,
          GSR),
    Probe("The ruling council imposed a dusk-to-dawn curfew.", "The ruling council", "SLEGOV", "FREETOWN",
          GSR),
    # control: a junta by that word stays the military (the tenth session's convention)
    Probe("The junta imposed a dusk-to-dawn curfew.", "The junta", "SLEMIL", "FREETOWN", GSR),
]

ALL = [*ERA_PARTIES, *FOUGHT_RULE, *SIDE_TITLES, *SOVIET_PLACES, *PEOPLE_AND_BODIES]

coded, test_probe = probe_suite(ALL)
