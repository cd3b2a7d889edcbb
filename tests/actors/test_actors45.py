"""Fresh sentences and controls for the forty-third session's actor classes (wip/actors45): era leaders,
ministers, generals and officials of the Balkans, Eastern Europe, the Horn, Southern and North Africa, the
Southern Cone, the Koreas, Indochina and the Levant by their terms (a defence minister GOVMIL, an army chief
MIL, a faction or guerrilla leader REB, a militia leader UAF, a party leader out of office OPP), named by
surname as later copy names them; the era's ruling-party spells (Likud before 1992, the US parties of the
1977-93 presidencies, Australian Labor, India's Congress, the Swedish and Danish Social Democrats); Kosovo's
office holders by the project's code (XKX); a rebel region's people before a leader's title ("Krajina Serb
leaders") and "the Bosnian Serbs" as the armed side. Every row is a sentence of our own, none from the probe
sets; the controls must keep their reading."""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

PEOPLE: list[Probe] = [
    Probe("Mazowiecki told parliament that the economy needed shock therapy.", "Mazowiecki", "POLGOV", None,
          "1990-01-05"),
    Probe("Mazowiecki resigned as the U.N. investigator after the fall of Srebrenica.", "Mazowiecki",
          "IGOUNO", None, "1995-07-27"),
    Probe("Suchocka lost a vote of confidence by one vote.", "Suchocka", "POLGOV", None, "1993-05-28"),
    Probe("Dienstbier cut the barbed wire on the Austrian border.", "Dienstbier", "CZEGOV", None,
          "1989-12-17"),
    Probe("Dubcek opened the first session of the new assembly.", "Dubcek", "CZELEG", None, "1990-06-25"),
    Probe("Lukanov announced that Bulgaria would stop paying its foreign debt.", "Lukanov", "BGRGOV", None,
          "1990-03-29"),
    Probe("Nastase accused Budapest of stirring up the Hungarian minority.", "Nastase", "ROUGOV", None,
          "1991-06-01"),
    Probe("Chornovil's movement called a rally in Kiev.", "Chornovil", "UKROPP", None, "1995-06-01"),
    Probe("Poznyak's supporters marched on the parliament.", "Poznyak", "BLROPP", None, "1995-04-12"),
    Probe("Tlas inspected the troops on the Golan front.", "Tlas", "SYRGOVMIL", None, "1990-06-01"),
    Probe("Khaddam flew to Beirut to meet the Lebanese leaders.", "Khaddam", "SYRGOV", None, "1989-11-01"),
    Probe("Izzat Ibrahim told the summit that Kuwait was a part of Iraq.", "Izzat Ibrahim", "IRQGOV", None,
          "1990-08-10"),
    Probe("Mofaz ordered troops into the refugee camp.", "Mofaz", "ISRMIL", None, "2001-04-10"),
    Probe("Ehud Barak ordered the commandos to storm the hijacked airliner.", "Ehud Barak", "ISRMIL", None,
          "1992-06-01"),
    Probe("Lahd's militiamen shelled a village north of the zone.", "Lahd", "LBNUAF", None, "1996-04-01"),
    Probe("Magnus Malan admitted that the army had funded Inkatha.", "Magnus Malan", "ZAFGOVMIL", None,
          "1991-07-20"),
    Probe("Chris Hani told the crowd that the armed struggle would go on.", "Chris Hani", "ZAFREB", None,
          "1989-06-01"),
    Probe("Nzo met his Angolan counterpart in Luanda.", "Nzo", "ZAFGOV", None, "1996-06-01"),
    Probe("Bourguiba dismissed his prime minister.", "Bourguiba", "TUNGOV", None, "1986-07-08"),
    Probe("Nguyen Manh Cam arrived in Beijing for talks on the border.", "Nguyen Manh Cam", "VNMGOV", None,
          "1993-06-01"),
    Probe("Kang Sok Ju told reporters that the reactor would stay frozen.", "Kang Sok Ju", "PRKGOV", None,
          "1995-06-01"),
    Probe("Vo Van Kiet invited foreign investors to Hanoi.", "Vo Van Kiet", "VNMGOV", None, "1992-06-01"),
    Probe("Hor Namhong said Phnom Penh would take part in the talks.", "Hor Namhong", "KHMGOV", None,
          "1991-06-01"),
    Probe("Seselj's volunteers crossed the Drina.", "Seselj", "SRBOPP", None, "1992-04-10"),
    Probe("Haradinaj's fighters ambushed a police patrol.", "Haradinaj", "SRBREB", None, "1998-06-01"),
    Probe("Bulatovic accused the West of punishing Montenegro.", "Bulatovic", "MNEGOV", None, "1993-06-01"),
]

# the era's ruling-party spells (tenure.PARTIES): in government before the 1990s' changes of power
PARTIES: list[Probe] = [
    Probe("Likud ministers walked out of the cabinet meeting.", "Likud", "ISRGOV", None, "1988-06-01"),
    Probe("Australia's Labor Party chose a new leader.", "Australia's Labor Party", "AUSGOV", None,
          "1991-12-19"),
    Probe("India's Congress party won the state election.", "India's Congress party", "INDGOV", None,
          "1987-06-01"),
    Probe("Sweden's Social Democrats proposed a wage freeze.", "Sweden's Social Democrats", "SWEGOV", None,
          "1990-02-10"),
    Probe("Denmark's Social Democrats called an early election.", "Denmark's Social Democrats", "DNKGOV",
          None, "1998-02-20"),
]

# Kosovo's office holders by the project's code (XKX, countries); a rebel region's people before a leader's
# title; "the Bosnian Serbs" and "the Krajina Serbs" as the armed side
RULES: list[Probe] = [
    Probe("Thaci declared Kosovo independent.", "Thaci", "XKXGOV", None, "2008-02-17"),
    Probe("Kurti formed a new cabinet.", "Kurti", "XKXGOV", None, "2021-04-01"),
    Probe("Krajina Serb leaders rejected the plan.", "Krajina Serb leaders", "HRVREB", None, "1994-06-01"),
    Probe("The Krajina Serbs shelled the town of Karlovac.", "The Krajina Serbs", "HRVREB", None,
          "1995-05-02"),
    Probe("The Croatian Serbs voted to join the Bosnian Serbs.", "The Croatian Serbs", "HRVREB", None,
          "1993-06-01"),
]

CONTROLS: list[Probe] = [
    Probe("The Likud chose a new leader.", "The Likud", "ISROPP", None, "1993-03-25"),
    Probe("Thousands of Bosnian Serbs fled their homes.", "Bosnian Serbs", "BIHCVL", None, "1995-08-10"),
    Probe("Bosnian Serb leader Radovan Karadzic rejected the plan.", "Radovan Karadzic", "BIHREB", None,
          "1994-06-01"),
    Probe("Ehud Barak announced a withdrawal from Lebanon.", "Ehud Barak", "ISRGOV", None, "2000-03-05"),
    # the Syrian foreign minister's full-name row leaves the bare "Sharaa" to the HTS leader's alias
    Probe("Sharaa's fighters seized the crossing.", "Sharaa", "SYRREB", None, "2016-06-01"),
    Probe("Ahmed al-Sharaa met the foreign envoys in Damascus.", "Ahmed al-Sharaa", "SYRGOV", None,
          "2025-01-10"),
]

ALL = [*PEOPLE, *PARTIES, *RULES, *CONTROLS]

coded, test_probe = probe_suite(ALL)
