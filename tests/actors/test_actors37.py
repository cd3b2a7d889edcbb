"""Thirty-fifth session (wip/actors37): fresh sentences and controls for the classes the branch fixed.

- a military word before a police head ("military police", "paramilitary gendarmerie") names a kind of
  police (COP), decided once; a military word before a rank or office keeps the military;
- a governing title before the subject of an active verb names the office held even in the person's listed
  opposition years ("Prime Minister Benazir Bhutto dismissed ..." PAKGOV); a passive subject, an opposition
  title and "former" keep the table's reading;
- a man the table lists only as a rebel leader stays REB outside his listed years (no elite of the state he
  fought); one with a governing row is still an elite (ELI) out of office;
- parties dated by the party tables: the Pakistan Muslim League (the group table's body) by its PML-N spells,
  SWAPO's full name as its acronym (Renamo stays REB: dating it OPP after the Rome accord turned "Renamo
  gunmen" of its 2013-2019 war and "rebels of Renamo" into the opposition, so it was left out);
- an officer of a longer body the table names is not an officer of the party inside its name ("Moro National
  Liberation Front chairman" is no FLN officer);
- a separatist's or guerrilla's title ("separatist leader", "guerrilla commander") is the rebel side's;
- the era's rows the blind probes found missing (leaders of two terms between them, Yasin Malik, the FLNKS).
The events-stage class (an attack on a state's force or installation near a town is on that force, not the
town's civilians) is in tests/events/test_actors37.py.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

POLICE_KINDS: list[Probe] = [
    Probe("Military police in Sao Paulo fired on a crowd of squatters.", "Military police", "BRACOP", None,
          GSR),
    Probe("Paramilitary police broke up a march of coca growers.", "Paramilitary police", "BOLCOP", "LA PAZ",
          GSR),
    Probe("The paramilitary gendarmerie raided two villages near Tunceli.", "The paramilitary gendarmerie",
          "TURCOP", None, GSR),
    Probe("Israeli military police arrested three reservists who refused to serve.",
          "Israeli military police",
          "ISRCOP", None, GSR),
    # controls: a military word before a rank or office, a police word before one, the guards and army
    Probe("Military commanders met the president in the capital.", "Military commanders", "PERMIL", "LIMA",
          GSR),
    Probe("Police commanders were sacked after the riot.",
          "Police commanders", "PERCOP", "LIMA", "1999-12-31"),
    Probe("The presidential guard sealed off the palace.", "The presidential guard", "TGOMIL", "LOME", GSR),
    Probe("Ecuadorean border guards detained two Peruvian soldiers.",
          "Ecuadorean border guards", "ECUMIL", None,
          GSR),
]

TERMS: list[Probe] = [
    Probe("Prime Minister Benazir Bhutto sacked the governor of Punjab province.",
          "Prime Minister Benazir Bhutto", "PAKGOV", None, GSR),
    Probe("Prime Minister Nawaz Sharif appointed a new army chief on Friday.", "Prime Minister Nawaz Sharif",
          "PAKGOV", None, GSR),
    # controls: an opposition title, "former", and a name with no title keep the table's reading
    Probe("Opposition leader Benazir Bhutto addressed a rally in Lahore.", "Opposition leader Benazir Bhutto",
          "PAKOPP", None, GSR),
    Probe("Former Prime Minister Benazir Bhutto left for Dubai.", "Former Prime Minister Benazir Bhutto",
          "PAKELI", None, GSR),
    # (deposed in 1999 and tried, he is an elite in 2000, the thirteenth set's decision, kept)
    Probe("Nawaz Sharif was sentenced to life in prison on Thursday.", "Nawaz Sharif", "PAKELI", None, GSR),
    Probe("Khaleda Zia called a general strike in Dhaka.", "Khaleda Zia", "BGDOPP", None, GSR),
    Probe("Sirimavo Bandaranaike was sworn in as prime minister.", "Sirimavo Bandaranaike", "LKAGOV", None,
          GSR),
]

REBEL_ONLY: list[Probe] = [
    Probe("Dzhokhar Dudayev vowed to fight on.", "Dzhokhar Dudayev", "RUSREB", None, GSR),
    Probe("Yasin Malik called for talks with Pakistan and India.", "Yasin Malik", "INDREB", None, GSR),
    # control: a man with a governing row is an elite out of office
    Probe("Kenneth Kaunda addressed a rally in Lusaka.", "Kenneth Kaunda", "ZMBELI", None, GSR),
]

PARTIES: list[Probe] = [
    Probe("The Pakistan Muslim League won a two-thirds majority.", "The Pakistan Muslim League", "PAKOPP",
          None, GSR),
    Probe("The Pakistan Muslim League won a two-thirds majority.", "The Pakistan Muslim League", "PAKGOV",
          None, "1998-01-01"),
    Probe("The South West Africa People's Organisation named its candidates.",
          "The South West Africa People's Organisation", "NAMGOV", None, GSR),
    Probe("Renamo blew up a bridge on the Beira corridor.", "Renamo", "MOZREB", None, "1988-06-01"),
    Probe("Renamo rebels blew up a bridge on the Beira corridor.", "Renamo rebels", "MOZREB", None, GSR),
    Probe("The FLNKS rejected the territorial statute.", "The FLNKS", "NCLREB", None, GSR),
]

OFFICERS: list[Probe] = [
    Probe("Philippine negotiators met Moro National Liberation Front chairman Nur Misuari in Tripoli.",
          "Nur Misuari", "PHLREB", None, GSR),
    # control: a party's officer speaks for the party (Inkatha sat in the cabinet in 2000: GOV)
    Probe("Inkatha Freedom Party chairman Frank Mdlalose said the talks had failed.", "Frank Mdlalose",
          "ZAFGOV", None, GSR),
]

# a side's title before a name the tables do not list: that side (batch 2's class)
SIDE_TITLES: list[Probe] = [
    Probe("Chechen separatist leader Movladi Udugov said the talks had failed.", "Movladi Udugov", "RUSREB",
          None, GSR),
    Probe("Sikh separatist commander Paramjit Singh was killed in a gunbattle in Punjab.", "Paramjit Singh",
          "INDREB", None, GSR),
    # control: a side word elsewhere in the sentence leaves a military title alone
    Probe("Indian army commander Ashok Mehta said the separatists had been routed.", "Ashok Mehta",
          "INDMIL", None, GSR),
]

ALL = [*SIDE_TITLES, *POLICE_KINDS, *TERMS, *REBEL_ONLY, *PARTIES, *OFFICERS]

coded, test_probe = probe_suite(ALL)
