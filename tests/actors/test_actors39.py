"""Fresh sentences and controls for the thirty-seventh session's actor classes (wip/actors39): a held
territory's unnamed forces are the holder's, a bare capitalised "Marines" is the US corps, standard
adjectives countryinfo lacks, and the era's faction, labour and opposition leaders by their terms. Every
row is a sentence of our own, none from the probe sets; the controls must keep their reading."""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

HELD: list[Probe] = [
    Probe("Troops demolished the houses of two suspected militants in Gaza.", "Troops", "ISRMIL", "JERUSALEM",
          GSR),
    Probe("Police sealed off the old city of Bethlehem.", "Police", "ISRCOP", "JERUSALEM", "1989-12-20"),
    Probe("Soldiers shot dead a youth in Baucau.", "Soldiers", "IDNMIL", "JAKARTA", "1995-06-01"),
    Probe("Troops broke up a protest in Laayoune.", "Troops", "MARMIL", "RABAT", GSR),
    # control: a force with its own adjective keeps it
    Probe("Palestinian police arrested three men in Gaza.", "Palestinian police", "PSECOP", "JERUSALEM", GSR),
]

MARINES: list[Probe] = [
    Probe("The Marines pulled out of Beirut on Sunday.", "The Marines", "USAMIL", "BEIRUT", "1984-02-26"),
    Probe("Marines guarded the embassy as the rebels closed in.", "Marines", "USAMIL", "MONROVIA",
          "1990-08-05"),
    # controls: another state's corps by its adjective or its own copy
    Probe("Marines clashed with Moro rebels on Jolo island.", "Marines", "PHLMIL", "MANILA", GSR),
    Probe("Thai marines seized a boat laden with heroin.", "Thai marines", "THAMIL", None, GSR),
]

ADJECTIVES: list[Probe] = [
    Probe("Ivoirian soldiers guarded the presidential palace.", "Ivoirian soldiers", "CIVMIL", None, GSR),
    Probe("Surinamese police arrested the smugglers.", "Surinamese police", "SURCOP", None, GSR),
    Probe("Bissau-Guinean soldiers mutinied over pay.", "Bissau-Guinean soldiers", "GNBMIL", None, GSR),
    Probe("Comorian police fired on the crowd.", "Comorian police", "COMCOP", None, GSR),
    # control: Guinea's own adjective
    Probe("Guinean soldiers crossed the border.", "Guinean soldiers", "GINMIL", None, GSR),
]

LEADERS: list[Probe] = [
    Probe("Hussein Aideed's gunmen seized the port.", "Hussein Aideed", "SOMREB", None, "1998-03-01"),
    Probe("Ali Mahdi called for a ceasefire in the capital.", "Ali Mahdi", "SOMREB", None, "1995-05-01"),
    Probe("Daniel Ortega led the Sandinista march through Managua.", "Daniel Ortega", "NICOPP", None,
          "1996-07-19"),
    Probe("Cesar Gaviria opened the OAS assembly in Windsor.", "Cesar Gaviria", "IGOOAS", None, GSR),
    Probe("Frank Kokori was freed from detention.", "Frank Kokori", "NGALAB", None, "1998-07-01"),
    # controls: the same men in other terms
    Probe("Daniel Ortega met the Contra leaders in Sapoa.", "Daniel Ortega", "NICGOV", None, "1988-03-23"),
    Probe("Cesar Gaviria declared a state of emergency.", "Cesar Gaviria", "COLGOV", None, "1992-07-01"),
]

ALL = [*HELD, *MARINES, *ADJECTIVES, *LEADERS]



SHARED_TITLES: list[Probe] = [
    Probe("Presidents Carlos Menem of Argentina and Fernando Collor of Brazil signed a trade pact.",
          "Fernando Collor", "BRAGOV", None, GSR),
    Probe("Presidents Pascoal Mocumbi of Mozambique and Joao Bernardo Vieira of Guinea-Bissau opened the "
          "summit.",
          "Joao Bernardo Vieira", "GNBGOV", None, GSR),
    Probe("Foreign Ministers Amr Moussa of Egypt and Farouk al-Sharaa of Syria met in Cairo.",
          "Farouk al-Sharaa", "SYRGOV", None, GSR),
    # controls: a left title stays left; a name with no plural title keeps the table's term
    Probe("Former Presidents Jimmy Carter and Gerald Ford attended the funeral.", "Jimmy Carter", "USAELI",
          None, GSR),
    Probe("Joao Bernardo Vieira left for exile in Portugal.", "Joao Bernardo Vieira", "GNBELI", None,
          "1999-12-31"),
]

# batch 2's classes: labour and rebel leaders before their office, a particle in the first name, the JVP
BEFORE_OFFICE: list[Probe] = [
    Probe("Lech Walesa met the striking dockers in Gdansk.", "Lech Walesa", "POLLAB", None, "1988-05-01"),
    Probe("Idriss Deby's fighters crossed from Sudan.", "Idriss Deby", "TCDREB", None, "1990-04-01"),
    Probe("Morgan Tsvangirai urged workers to stay at home.", "Morgan Tsvangirai", "ZWELAB", None,
          "1996-03-01"),
    Probe("Presidents Hafez al-Assad of Syria and Ali Akbar Hashemi Rafsanjani of Iran met in Damascus.",
          "Ali Akbar Hashemi Rafsanjani", "IRNGOV", None, GSR),
    Probe("JVP rebels killed two policemen in the south.", "JVP rebels", "LKAREB", None, "1989-07-01"),
    # controls: the same men in office
    Probe("Lech Walesa dissolved parliament.", "Lech Walesa", "POLGOV", None, "1993-05-31"),
    Probe("Idriss Deby dissolved the government.", "Idriss Deby", "TCDGOV", None, "1995-04-01"),
]

ALL_SHARED = [*ALL, *SHARED_TITLES, *BEFORE_OFFICE]
coded, test_probe = probe_suite(ALL_SHARED)
