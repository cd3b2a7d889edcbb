"""Fresh sentences and controls for the forty-second session's actor classes (wip/actors44): era leaders of
West and Central Africa, the Andes, Central America, the Caucasus, Central Asia, South and South-East Asia
and the Gulf by their terms (faction, rebel and militia leaders, military rulers, ministers, a party leader in
exile), named by surname as later copy names them; a coup's military ruler as the government (Johnny Paul
Koroma, as other military rulers' rows are); a movement's leader REB in its war years and OPP after (Said
Abdullo Nuri), a rebel GOV in a power-sharing office (Bemba); the U.N. missions of the era by acronym. A
body in exile and a rebel's "army" under a foreign dateline are tested in tests/events/test_actors44.py.
Every row is a sentence of our own, none from the probe sets; the controls must keep their reading."""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

PEOPLE: list[Probe] = [
    Probe("Conneh's fighters shelled the port area.", "Conneh", "LBRREB", None, "2003-07-20"),
    Probe("Bockarie ordered his men to burn the villages.", "Bockarie", "SLEREB", None, "1999-01-10"),
    Probe("Nyangoma's fighters ambushed a convoy near the capital.", "Nyangoma", "BDIREB", None,
          "1997-03-01"),
    Probe("Togoimi's men shot down a military plane.", "Togoimi", "TCDREB", None, "2000-03-01"),
    Probe("Mano Dayak's fighters freed the hostages.", "Mano Dayak", "NERREB", None, "1993-06-01"),
    Probe("Cerpa's gunmen released a group of diplomats.", "Cerpa", "PERREB", None, "1996-12-20"),
    Probe("Polay escaped from prison through a tunnel.", "Polay", "PERREB", None, "1990-07-10"),
    Probe("Calero flew to Washington to lobby for more aid.", "Calero", "NICREB", None, "1986-03-01"),
    Probe("D'Escoto began a fast in protest at the war.", "D'Escoto", "NICGOV", None, "1985-07-10"),
    Probe("Tomas Borge inspected the prison in Tipitapa.", "Tomas Borge", "NICGOV", None, "1988-06-01"),
    Probe("Ioseliani's militiamen patrolled the streets.", "Ioseliani", "GEOUAF", None, "1993-01-15"),
    Probe("Gelayev's men slipped out of the besieged town.", "Gelayev", "RUSREB", None, "2000-03-10"),
    Probe("Namangani's fighters crossed into Kyrgyzstan.", "Namangani", "UZBREB", None, "1999-08-25"),
    Probe("Mazari's men shelled the southern districts.", "Mazari", "AFGREB", None, "1994-02-01"),
    Probe("Balasingham read a statement from the rebel leader.", "Balasingham", "LKAREB", None,
          "1995-04-01"),
    Probe("Wijeratne promised to wipe out the insurgency.", "Wijeratne", "LKAGOV", None, "1990-02-01"),
    Probe("Fallahian was accused of ordering the murders.", "Fallahian", "IRNGOV", None, "1996-06-01"),
    Probe("Twagiramungu told reporters that he would not return to Kigali.", "Twagiramungu", "RWAOPP", None,
          "1996-06-01"),
    Probe("Felipe Quispe's followers cut the main highway.", "Felipe Quispe", "BOLOPP", None, "2003-09-20"),
    Probe("Kengo asked the IMF for new loans.", "Kengo", "CODGOV", None, "1995-02-01"),
    Probe("Syafei's fighters burned a school.", "Syafei", "IDNREB", None, "2000-06-01"),
]

RULES: list[Probe] = [
    Probe("Johnny Paul Koroma closed the country's borders.", "Johnny Paul Koroma", "SLEGOV", None,
          "1997-06-10"),
    Probe("Sayid Abdullo Nuri ordered his fighters to observe the truce.", "Sayid Abdullo Nuri", "TJKREB",
          None, "1995-06-01"),
    Probe("Surat Huseynov's troops seized the city of Ganja.", "Surat Huseynov", "AZEREB", None,
          "1993-06-05"),
    Probe("Jean-Pierre Bemba chaired a meeting of the cabinet's economic commission.", "Jean-Pierre Bemba",
          "CODGOV", None, "2004-06-01"),
    Probe("UNMOT observers were taken hostage near Garm.", "UNMOT", "IGOUNO", "DUSHANBE", "1996-02-01"),
    Probe("UNIKOM patrols reported no violations of the zone.", "UNIKOM", "IGOUNO", "KUWAIT", "1993-06-01"),
    Probe("MINUGUA accused the army of torturing prisoners.", "MINUGUA", "IGOUNO", "GUATEMALA CITY",
          "1997-06-01"),
    Probe("MONUA said both sides had moved troops.", "MONUA", "IGOUNO", "LUANDA", "1998-06-01"),
]

# a group's post before a name is the group's, not the state's (assign._organisation_posts); a bare "the
# regime" in a lead about one other state than the dateline's is that state's (phrases, LEAD_ABOUT)
POSTS: list[Probe] = [
    Probe("RCD president Azarias Ruberwa rejected the proposal.", "Azarias Ruberwa", "CODREB", None,
          "2001-06-01"),
    Probe("ANC President Nelson Mandela called for calm in the townships.", "Nelson Mandela", "ZAFOPP", None,
          "1992-06-01"),
    Probe("Iraq rejected the inspectors' report. The regime accused Washington of lying.", "The regime",
          "IRQGOV", "AMMAN", "1998-06-01"),
]

CONTROLS: list[Probe] = [
    # (passes on main, which has no vice-presidency row for Bemba; here it needs the group-post rule too)
    Probe("MLC president Jean-Pierre Bemba accused Kinshasa of stalling.", "Jean-Pierre Bemba", "CODREB",
          None, "2001-06-01"),
    Probe("Zambian President Frederick Chiluba accused the opposition of plotting.", "Frederick Chiluba",
          "ZMBGOV", None, "1997-06-01"),
    Probe("The regime freed two dissidents.", "The regime", None, "SEOUL", "1995-07-10"),
    Probe("Sayid Abdullo Nuri called on his party to contest the election.", "Sayid Abdullo Nuri", "TJKOPP",
          None, "2000-01-15"),
    Probe("Surat Huseynov named three new ministers.", "Surat Huseynov", "AZEGOV", None, "1994-01-01"),
    Probe("Jean-Pierre Bemba's rebels seized the river port.", "Jean-Pierre Bemba", "CODREB", None,
          "1999-06-01"),
    Probe("Foday Sankoh said his men would disarm.", "Foday Sankoh", "SLEREB", None, "1999-08-01"),
    Probe("UNIFIL troops came under fire.", "UNIFIL", "IGOUNO", "BEIRUT", "1996-04-01"),
]

ALL = [*PEOPLE, *RULES, *POSTS, *CONTROLS]

coded, test_probe = probe_suite(ALL)
