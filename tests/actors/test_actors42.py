"""Fresh sentences and controls for the fortieth session's actor classes (wip/actors42): era leaders of the
Caucasus and Central Asia, the Balkans, Latin America, the Horn and the Gulf by their terms (office holders
in opposition after their offices, candidates of the era's disputed votes, a secession's leader, a guerrilla
movement's envoy); the post-communist parties of Albania, Azerbaijan and Armenia in and out of power; the
Iraqi Kurdish parties under arms before 2003; the Congolese rally by its English name; IGAD by its older
name; the ECOWAS force named "the West African force"; hijackers as armed men. Every row is a sentence of
our own, none from the probe sets; the controls must keep their reading."""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

PEOPLE: list[Probe] = [
    Probe("Manukian told a rally that the vote had been stolen.", "Manukian", "ARMOPP", None, "1996-09-26"),
    Probe("Vazgen Manukian inspected the front line near Martakert.", "Vazgen Manukian", "ARMGOV", None,
          "1993-01-15"),
    Probe("Clouthier led a march through Culiacan.", "Clouthier", "MEXOPP", None, "1988-08-01"),
    Probe("Goncharik met the prime minister to discuss wage arrears.", "Goncharik", "BLRLAB", None,
          "2000-03-01"),
    Probe("Lissouba's aides denied the report.", "Lissouba", "COGOPP", None, "2001-01-01"),
    Probe("Elchibey returned to Baku from his native village.", "Elchibey", "AZEOPP", None, "1997-10-01"),
    Probe("Kazhegeldin said he would return to Almaty to face trial.", "Kazhegeldin", "KAZOPP", None,
          "2001-06-01"),
    Probe("Kazhegeldin presented the budget to parliament.", "Kazhegeldin", "KAZGOV", None, "1996-01-01"),
    Probe("Berisha's supporters blocked the road to the airport.", "Berisha", "ALBOPP", None, "2003-01-01"),
    Probe("Demaci told reporters the guerrillas were ready to talk.", "Demaci", "SRBREB", None, "1999-01-15"),
    Probe("Sadek al-Mahdi met the rebel leader in Asmara.", "Sadek al-Mahdi", "SDNOPP", None, "1996-12-01"),
    Probe("Sadiq al-Mahdi reshuffled his cabinet.", "Sadiq al-Mahdi", "SDNGOV", None, "1988-05-01"),
    Probe("Al-Beidh flew to Aden to rally his forces.", "Al-Beidh", "YEMREB", None, "1994-06-10"),
    Probe("Ali Salim al-Beidh stayed away from the presidential council.", "Ali Salim al-Beidh", "YEMGOV",
          None, "1993-10-01"),
    Probe("Taha Yasin Ramadan signed the trade accord with Syria.", "Taha Yasin Ramadan", "IRQGOV", None,
          "2001-06-01"),
    Probe("Amien Rais called for an early election.", "Amien Rais", "IDNLEG", None, "2001-03-01"),
    Probe("Amien Rais led students to the parliament building.", "Amien Rais", "IDNOPP", None, "1998-09-01"),
]

GROUPS: list[Probe] = [
    Probe("The Albanian Democratic Party called a rally in Tirana.", "The Albanian Democratic Party",
          "ALBOPP", None, "2003-01-01"),
    Probe("The Democratic Party of Albania named a new cabinet.", "The Democratic Party of Albania", "ALBGOV",
          None, "1995-06-01"),
    Probe("The Azerbaijan Popular Front accused the president of a coup.", "The Azerbaijan Popular Front",
          "AZEOPP", None, "1998-01-01"),
    Probe("The Armenian Pan-National Movement won the vote.", "The Armenian Pan-National Movement", "ARMGOV",
          None, "1995-07-06"),
    Probe("The KDP accused Iran of shelling its villages.", "The KDP", "IRQREB", None, "1995-06-01"),
    Probe("The PUK freed the captured fighters.", "The PUK", "IRQREB", None, "1997-11-01"),
    Probe("The Rally for Congolese Democracy named a new leader.", "The Rally for Congolese Democracy",
          "CODREB", None, "2000-11-01"),
    Probe("IGADD ministers met in Nairobi.", "IGADD ministers", "IGOEAF", None, "1993-01-01"),
    Probe("The West African force held the port.", "The West African force", "IGOWAFWAS", None, "1997-06-01"),
    Probe("Nigerian-led West African forces took the town.", "Nigerian-led West African forces", "IGOWAFWAS",
          None, "1998-03-01"),
    Probe("Algerian hijackers held the jet for two days.", "Algerian hijackers", "DZAUAF", None,
          "1994-12-25"),
]

CONTROLS: list[Probe] = [
    Probe("Lissouba named a new prime minister.", "Lissouba", "COGGOV", None, "1995-01-01"),
    Probe("Elchibey met the Turkish president in Ankara.", "Elchibey", "AZEGOV", None, "1992-10-01"),
    Probe("Berisha named a new cabinet.", "Berisha", "ALBGOV", None, "2007-01-01"),
    Probe("The KDP won the most seats in the regional parliament.", "The KDP", "IRQPTY", None, "2009-07-30"),
    Probe("The Nigerian-led force took the town.", "The Nigerian-led force", "NGAMIL", None, "1998-03-01"),
    Probe("The hijackers freed 20 passengers.", "The hijackers", None, "LARNACA", "1988-04-10"),
    Probe("The Democratic Party won the Senate.", "The Democratic Party", "USAGOV", "WASHINGTON",
          "1995-01-01"),
]

ALL = [*PEOPLE, *GROUPS, *CONTROLS]

coded, test_probe = probe_suite(ALL)
