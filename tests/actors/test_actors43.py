"""Fresh sentences and controls for the forty-first session's actor classes (wip/actors43): era leaders of the
Pacific, the Caribbean and Panama, Southern Africa, the Maghreb, Eastern Europe's transitions, Bosnia and
Lebanon by their terms (a military ruler, a police chief, militia and guerrilla leaders, party leaders in
opposition and exile); the fronts of 1989's revolutions dated (the Civic Forum, Romania's National Salvation
Front, not Russia's); the era's long names as their acronyms are (the MPLA, FRAPH, the Solomons' militias,
the SADCC); death squads and right-wing paramilitaries as the dateline state's irregulars (East and West
Berlin as datelines, and a rebel side's "government", are tested in tests/events/test_actors43.py). Every
row is a sentence of our own, none from the probe sets; the controls must keep their reading."""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

PEOPLE: list[Probe] = [
    Probe("Namphy flew to the Dominican Republic after the coup.", "Namphy", "HTIELI", None, "1988-09-20"),
    Probe("General Namphy named a new army chief.", "General Namphy", "HTIGOV", None, "1987-03-01"),
    Probe("Ulufa'alu resigned under pressure from the militia.", "Ulufa'alu", "SLBGOV", None, "2000-06-14"),
    Probe("Keke's fighters burned the village of Marasa.", "Keke", "SLBREB", None, "2003-03-01"),
    Probe("Ricardo Alarcon led the Cuban delegation at the United Nations.", "Ricardo Alarcon", "CUBGOV",
          None, "1988-10-01"),
    Probe("Endara addressed a rally of the opposition alliance.", "Endara", "PANOPP", None, "1989-03-01"),
    Probe("Chivukuvuku told reporters that UNITA would take part in the vote.", "Chivukuvuku", "AGOOPP",
          None, "2008-06-01"),
    Probe("Nujoma's fighters crossed into Namibia.", "Nujoma", "NAMREB", None, "1989-04-01"),
    Probe("Lekhanya accused the government of mismanaging the elections.", "Lekhanya", "LSOOPP", None,
          "1998-06-01"),
    Probe("Ali Belhadj was sentenced to 12 years in prison.", "Ali Belhadj", "DZAOPP", None, "1992-07-15"),
    Probe("Boudiaf was shot dead while giving a speech in Annaba.", "Boudiaf", "DZAGOV", None, "1992-06-29"),
    Probe("Mezrag ordered his fighters to stop their attacks.", "Mezrag", "DZAREB", None, "1997-10-01"),
    Probe("Zouabri's men killed 60 villagers.", "Zouabri", "DZAREB", None, "1998-01-05"),
    Probe("Mohamed Ghannouchi presented the budget.", "Mohamed Ghannouchi", "TUNGOV", None, "2005-11-01"),
    Probe("Zhelev called for a general strike.", "Zhelev", "BGROPP", None, "1990-05-01"),
    Probe("Petre Roman accused President Iliescu of betraying the revolution.", "Petre Roman", "ROUOPP", None,
          "1993-01-01"),
    Probe("Krajisnik took his seat on the joint presidency.", "Krajisnik", "BIHGOV", None, "1997-01-01"),
    Probe("Geagea's men shelled the army's positions.", "Geagea", "LBNUAF", None, "1990-02-01"),
    Probe("Habash left Damascus for medical treatment.", "Habash", "PSEREB", None, "1992-01-30"),
    Probe("Berri's militiamen besieged the Palestinian camps.", "Berri", "LBNUAF", None, "1986-06-01"),
    Probe("Chaudhry led the Labour Party's walkout.", "Chaudhry", "FJIOPP", None, "2002-08-01"),
    # second batch
    Probe("Hawatmeh shook hands with the Israeli president.", "Hawatmeh", "PSEREB", None, "1999-07-08"),
    Probe("Hobeika, the minister for the displaced, toured the Shouf.", "Hobeika", "LBNGOV", None,
          "1993-06-01"),
    Probe("Raul Domingos was expelled from Renamo.", "Raul Domingos", "MOZOPP", None, "2000-02-01"),
    Probe("Modrow flew to Moscow for talks.", "Modrow", "DEUGOV", None, "1990-01-30"),
    Probe("Kauona's men ambushed a patrol near Arawa.", "Kauona", "PNGREB", None, "1991-02-01"),
    Probe("Toto Constant fled to the Dominican Republic.", "Toto Constant", "HTIUAF", None, "1994-12-24"),
]

GROUPS: list[Probe] = [
    Probe("The Civic Forum named its candidates for the government.", "The Civic Forum", "CZEOPP", None,
          "1989-12-01"),
    Probe("The Civic Forum won the most seats in the federal parliament.", "The Civic Forum", "CZEGOV",
          None, "1990-06-10"),
    Probe("The National Salvation Front expelled Petre Roman's supporters.", "The National Salvation Front",
          "ROUGOV", "BUCHAREST", "1991-03-01"),
    Probe("The Popular Movement for the Liberation of Angola rejected the talks.",
          "The Popular Movement for the Liberation of Angola", "AGOGOV", None, "1994-06-01"),
    Probe("FRAPH members burned houses in Cite Soleil.", "FRAPH members", "HTIUAF", None, "1994-04-01"),
    Probe("The Isatabu Freedom Movement freed two hostages.", "The Isatabu Freedom Movement", "SLBUAF", None,
          "2000-02-01"),
    Probe("The Guadalcanal Revolutionary Army blocked the road to the airport.",
          "The Guadalcanal Revolutionary Army", "SLBUAF", None, "1999-06-01"),
    Probe("The SADCC summit opened in Gaborone.", "The SADCC", "IGOSAF", None, "1988-08-25"),
    # second batch: Bulgaria's front in and out of government, Lesotho's ruling parties
    Probe("The Union of Democratic Forces named Filip Dimitrov prime minister.",
          "The Union of Democratic Forces", "BGRGOV", None, "1991-11-08"),
    Probe("The Union of Democratic Forces walked out of parliament.", "The Union of Democratic Forces",
          "BGROPP", None, "1995-06-01"),
    Probe("The Basotho Congress Party swept all 65 seats.", "The Basotho Congress Party", "LSOGOV", None,
          "1993-04-02"),
    Probe("The Lesotho Congress for Democracy lost its majority.", "The Lesotho Congress for Democracy",
          "LSOOPP", None, "2013-01-01"),
]

IRREGULARS: list[Probe] = [
    Probe("Death squads dumped the bodies of four students near the capital.", "Death squads", "GTMUAF",
          "GUATEMALA CITY", "1989-09-01"),
    Probe("A death squad claimed the murder of the union leader.", "A death squad", "HNDUAF", "TEGUCIGALPA",
          "1988-01-01"),
    Probe("Rightist paramilitaries burned a village in Cordoba province.", "Rightist paramilitaries",
          "COLUAF", "BOGOTA", "1998-01-01"),
]

CONTROLS: list[Probe] = [
    Probe("The National Salvation Front led a march on the Kremlin.", "The National Salvation Front",
          "RUSOPP", "MOSCOW", "1992-11-07"),
    Probe("Serb paramilitaries set fire to the houses.", "Serb paramilitaries", "SRBMIL", "PRISTINA",
          "1999-04-01"),
    Probe("Gunmen killed a judge on his way to work.", "Gunmen", None, "GUATEMALA CITY", "1989-09-01"),
    Probe("The MPLA won the most seats.", "The MPLA", "AGOGOV", None, "1992-10-01"),
    Probe("Krajisnik denied the charges at the tribunal.", "Krajisnik", "BIHELI", None, "2004-02-01"),
    Probe("Tsvangirai met the president to discuss the crisis.", "Tsvangirai", "ZWEOPP", None, "2003-06-01"),
]

ALL = [*PEOPLE, *GROUPS, *IRREGULARS, *CONTROLS]

coded, test_probe = probe_suite(ALL)
