"""Thirty-third session (wip/actors35): the classes fixed, each proven on fresh sentences written apart from
the probe files (tests/actors/test_probe_twentieth.py, tests/events/probes_actors35.py), with controls that
must keep their reading. Dated 2000-01-01, the GSR placeholder, unless a row says otherwise.

- REBEL_HOMES: a people of several states whose armed men no place in the sentence places (a border phrase
  names the neighbour) are the rebels of the one state their movements fought (`countries.REBEL_HOMES`).
- GROUP_LEADERS: a group's leader, boss or commander, by a criminal word before the head or a criminal or
  armed group after it, is of that group, not a government (`phrases._group_led`, `assign._led_group`);
  a town before a role of two words places it ("the Cali drug cartel").
- COUNTRY_REF: "the country's" / "the nation's" role is of the nearest state named before it
  (`named_country`, one rule with targets35's since the merge).
- ARMED_SIDES: an opposition under arms is REB; the leaders of a Serb or Croat people inside another state
  are that rebel side.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

REBEL_HOMES: list[Probe] = [
    Probe("Shan guerrillas near the Chinese frontier ambushed a supply column.", "Shan guerrillas", "MMRREB",
          None, GSR),
    Probe("Karen insurgents along the Thai border blew up a bridge.", "Karen insurgents", "MMRREB", None,
          GSR),
    Probe("Government troops shelled a Karenni rebel camp on Tuesday.", "a Karenni rebel camp", "MMRREB",
          None, GSR),
    Probe("Thai rangers detained Karen guerrillas in Mae Hong Son.", "Karen guerrillas", "MMRREB", None, GSR),
    Probe("Naga rebels near the Burmese border ambushed an army convoy.", "Naga rebels", "INDREB", None, GSR),
    # controls: a people with no entry stays unplaced, one unarmed keeps no country
    Probe("Tuareg rebels near the Algerian border attacked a convoy.", "Tuareg rebels", None, None, GSR),
    Probe("Karen refugees near the Thai border asked for rice.", "Karen refugees", None, None, GSR),
]

GROUP_LEADERS: list[Probe] = [
    Probe("Police captured the leader of the Medellin drug cartel's armed wing.",
          "the leader of the Medellin drug cartel", "COLCRM", None, GSR),
    Probe("Colombian drug cartel leader Jose Santacruz escaped from prison.",
          "Colombian drug cartel leader Jose Santacruz", "COLCRM", None, GSR),
    Probe("Troops killed the commander of the Salvadoran guerrillas in a dawn raid.",
          "the commander of the Salvadoran guerrillas", "SLVREB", None, GSR),
    Probe("Agents arrested two Tijuana drug lords at the border.", "two Tijuana drug lords", "MEXCRM", None,
          GSR),
    Probe("Police in Medellin on Monday arrested the chief of the Cali drug cartel's finances, a lawyer.",
          "the chief of the Cali drug cartel", "COLCRM", None, GSR),
    # controls: a state's leader, a police chief, a party's leader keep their reading
    Probe("The leader of the ruling party spoke at a rally.", "The leader of the ruling party", "KENGOV",
          "NAIROBI", GSR),
    Probe("Colombian police chief Rosso Jose Serrano resigned.", "Colombian police chief Rosso Jose Serrano",
          "COLCOP", None, GSR),
    Probe("Medellin police raided a ranch.", "Medellin police", "COLCOP", None, GSR),
]

COUNTRY_REF: list[Probe] = [
    Probe("Talks collapsed in Angola on Sunday, and the country's army resumed its offensive near Huambo.",
          "the country's army", "AGOMIL", None, GSR),
    Probe("A general strike paralysed Bangladesh as the nation's parliament met in Dhaka.",
          "the nation's parliament", "BGDLEG", None, GSR),
    Probe("Zambia cut fuel prices after the country's president returned from Washington.",
          "the country's president", "ZMBGOV", None, GSR),
    # control: no state named before it, no country
    Probe("The general said the country's army would not intervene.", "the country's army", None, None,
          "1999-12-31"),
]

ARMED_SIDES: list[Probe] = [
    Probe("Tajik armed opposition fighters overran a police post.", "Tajik armed opposition fighters",
          "TJKREB", None, GSR),
    Probe("Liberian opposition militiamen seized the airport in Monrovia.",
          "Liberian opposition militiamen", "LBRREB", None, GSR),
    Probe("Croatian Serb leaders rejected the Zagreb plan.", "Croatian Serb leaders", "HRVREB", None, GSR),
    Probe("The Bosnian Serb leadership rejected the map.", "The Bosnian Serb leadership", "BIHREB", None,
          GSR),
    # controls: an unarmed opposition, a state's own leaders
    Probe("Opposition supporters marched through Brazzaville.", "Opposition supporters", "COGOPP", None,
          GSR),
    Probe("Bosnian President Alija Izetbegovic rejected the map.", "Bosnian President Alija Izetbegovic",
          "BIHGOV", None, GSR),
    Probe("Serbian leaders rejected the plan.", "Serbian leaders", "SRB", None, GSR),
    # control: after the era, a Bosnian Serb leader heads an entity's government
    Probe("Bosnian Serb leader Milorad Dodik threatened a referendum.", "Bosnian Serb leader Milorad Dodik",
          "BIHGOV", None, "2016-05-01"),
]

ALL = [*REBEL_HOMES, *GROUP_LEADERS, *COUNTRY_REF, *ARMED_SIDES]

coded, test_probe = probe_suite(ALL)
