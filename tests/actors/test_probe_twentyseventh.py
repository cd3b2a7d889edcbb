"""Probe set, twenty-seventh actors set (fortieth session, wip/actors42): the actors of 1985-2005 agency copy
scored at the hidden set's placeholder date (2000-01-01) or the story's own, across regions the tables had
covered thinly: Central Asia and the Caucasus, the Balkans, Latin America, the Horn and the Great Lakes of
Africa, South and South-East Asia, the Gulf. Every sentence our own wording, written and committed before
the coder ran on any of them. The phrase is looked up as the events stage does (`actor_for_span`).

- ERA_PEOPLE: leaders, officials, opposition and rebel leaders of the era by their kind and term, with the
  thirty-ninth session's open names (Manukian, Clouthier, Goncharik, Lissouba).
- GROUPS: rebel, militia and party names of the era (Kurdish, Tamil, Sikh, Kashmiri and Moro groups among
  them); the Iraqi Kurdish parties before 2005 are written as their leaders' rows are (IRQREB).
- BODIES: international bodies by their long names, and forces "led" by a state.
- PLACED: a possessor's apposition ("its neighbour, Greece"), an office named alone under a dateline of
  another state, a bare "the government" whose state the sentence names.
- CONTROLS: readings that must stay (a "-led" force with no body, an office held on the date, unplaced
  hijackers).

First run (main de39128c + this file, committed 357b6ada before any run): 36 of 58 (era people 13 / 25, groups
11 / 16, bodies 5 / 7, placed 3 / 6, controls 4 / 4). One row corrected after the run as a writing error by
the written sector table ("Rwanda's defence minister" is GOVMIL). After the fixes (era leaders' rows, the
dated post-communist parties, the Kurdish parties under arms before 2003, the RCD's English name, IGADD, "the
West African force", the lead rule's successor-state towns): 57 of 58 (one strict gap).

SECOND, batch 2 (20 rows, committed 015a7229 after the first fixes and before any run on it): first run 10 of
20 (main: 9; the misses: seven leaders in years the table lacked, the MDJT, "the foreign minister" of a lead
whose subject is another state, a foreign army's demonym alone); after their rows and the subject-state rule:
19 of 20 (one strict gap).
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

ERA_PEOPLE: list[Probe] = [
    Probe("Vazgen Manukian led thousands of his supporters to the parliament building.", "Vazgen Manukian",
          "ARMOPP", None, "1996-09-25"),
    Probe("Manuel Clouthier demanded a recount of the presidential vote.", "Manuel Clouthier", "MEXOPP",
          None, "1988-07-10"),
    Probe("Vladimir Goncharik accused the president of rigging the count.", "Vladimir Goncharik", "BLROPP",
          None, "2001-09-10"),
    Probe("Pascal Lissouba called from exile for talks with the new rulers.", "Pascal Lissouba", "COGOPP",
          None, "1999-06-01"),
    Probe("Abulfaz Elchibey called on his supporters to boycott the referendum.", "Abulfaz Elchibey",
          "AZEOPP", None, "1995-11-01"),
    Probe("Zviad Gamsakhurdia led his fighters into the port of Poti.", "Zviad Gamsakhurdia", "GEOREB", None,
          "1993-10-01"),
    Probe("Akezhan Kazhegeldin was barred from the presidential race.", "Akezhan Kazhegeldin", "KAZOPP", None,
          "1999-01-01"),
    Probe("Levon Ter-Petrosyan rejected the opposition's demand for a new vote.", "Levon Ter-Petrosyan",
          "ARMGOV", None, "1996-09-30"),
    Probe("Sali Berisha called his supporters into the streets of Tirana.", "Sali Berisha", "ALBOPP", None,
          GSR),
    Probe("Zoran Djindjic led the marchers past the police cordon.", "Zoran Djindjic", "SRBOPP", None,
          "1997-01-01"),
    Probe("Adem Demaci said the guerrillas would not attend the talks.", "Adem Demaci", "SRBREB", None,
          "1998-10-01"),
    Probe("Cuauhtemoc Cardenas called the election a fraud.", "Cuauhtemoc Cardenas", "MEXOPP", None,
          "1994-08-25"),
    Probe("Joaquin Villalobos said the guerrillas would keep their weapons.", "Joaquin Villalobos", "SLVREB",
          None, "1990-05-01"),
    Probe("Raoul Cedras refused to step down before the deadline.", "Raoul Cedras", "HTIMIL", None,
          "1993-10-20"),
    Probe("Abdala Bucaram announced sharp rises in fuel prices.", "Abdala Bucaram", "ECUGOV", None,
          "1996-12-01"),
    Probe("Hassan al-Turabi adjourned the session of the National Assembly.", "Hassan al-Turabi", "SDNLEG",
          None, "1997-06-01"),
    Probe("Sadiq al-Mahdi called on Sudanese to rise against the regime.", "Sadiq al-Mahdi", "SDNOPP", None,
          "1997-06-01"),
    Probe("Etienne Tshisekedi called a general strike in Kinshasa.", "Etienne Tshisekedi", "CODOPP", None,
          "1995-06-01"),
    Probe("Jean-Pierre Bemba said his men had taken the airport at Gemena.", "Jean-Pierre Bemba", "CODREB",
          None, "1999-07-01"),
    Probe("Nur Misuari met government negotiators in Jakarta.", "Nur Misuari", "PHLREB", None, "1994-04-01"),
    Probe("Anwar Ibrahim was led into court in handcuffs.", "Anwar Ibrahim", "MYSOPP", None, GSR),
    Probe("Khieu Samphan rejected the call to lay down arms.", "Khieu Samphan", "KHMREB", None, "1995-06-01"),
    Probe("Ali Salem al-Beidh declared the south an independent state.", "Ali Salem al-Beidh", "YEMREB", None,
          "1994-05-21"),
    Probe("Taha Yassin Ramadan accused the inspectors of spying.", "Taha Yassin Ramadan", "IRQGOV", None,
          GSR),
    Probe("Amien Rais opened the session of the People's Consultative Assembly.", "Amien Rais", "IDNLEG",
          None, GSR),
]

GROUPS: list[Probe] = [
    Probe("The Kurdistan Democratic Party accused Baghdad of shelling its villages.",
          "The Kurdistan Democratic Party", "IRQREB", None, "1996-09-01"),
    Probe("The Patriotic Union of Kurdistan recaptured Sulaimaniya.", "The Patriotic Union of Kurdistan",
          "IRQREB", None, "1996-10-13"),
    Probe("The Liberation Tigers of Tamil Eelam overran the army camp.",
          "The Liberation Tigers of Tamil Eelam", "LKAREB", None, GSR),
    Probe("The Khalistan Commando Force claimed the bombing.", "The Khalistan Commando Force", "INDREB",
          None, "1990-06-01"),
    Probe("The Jammu and Kashmir Liberation Front called a strike in Srinagar.",
          "The Jammu and Kashmir Liberation Front", "INDREB", None, "1991-06-01"),
    Probe("The Moro National Liberation Front signed the peace accord.", "The Moro National Liberation Front",
          "PHLREB", None, "1996-09-02"),
    Probe("The Armed Islamic Group claimed the massacre.", "The Armed Islamic Group", "DZAREB", None,
          "1997-09-01"),
    Probe("The Oromo Liberation Front attacked a garrison near Harar.", "The Oromo Liberation Front",
          "ETHREB", None, GSR),
    Probe("The Rally for Congolese Democracy refused to sign the accord.",
          "The Rally for Congolese Democracy", "CODREB", None, "1999-07-01"),
    Probe("The Zapatista National Liberation Army released the former governor.",
          "The Zapatista National Liberation Army", "MEXREB", None, "1994-02-16"),
    Probe("The Tupac Amaru Revolutionary Movement freed some of the hostages.",
          "The Tupac Amaru Revolutionary Movement", "PERREB", None, "1996-12-22"),
    Probe("The United Tajik Opposition rejected the government's terms.", "The United Tajik Opposition",
          "TJKREB", None, "1996-06-01"),
    Probe("The Supreme Council for the Islamic Revolution in Iraq claimed the attack.",
          "The Supreme Council for the Islamic Revolution in Iraq", "IRQREB", None, GSR),
    Probe("The Awami League called a general strike.", "The Awami League", "BGDOPP", None, "1995-06-01"),
    Probe("The Democratic Party of Albania boycotted parliament.", "The Democratic Party of Albania",
          "ALBOPP", None, GSR),
    Probe("The Popular Front of Azerbaijan called for the president's resignation.",
          "The Popular Front of Azerbaijan", "AZEOPP", None, "1995-06-01"),
]

BODIES: list[Probe] = [
    Probe("U.S.-led NATO troops took over the checkpoints.", "U.S.-led NATO troops", "IGOWSTNAT", None,
          "1999-07-01"),
    Probe("The Nigerian-led West African force shelled the rebel positions.",
          "The Nigerian-led West African force", "IGOWAFWAS", None, GSR),
    Probe("Russian-led CIS peacekeepers manned the checkpoints.", "Russian-led CIS peacekeepers", "IGOCASCIS",
          None, GSR),
    Probe("The Intergovernmental Authority on Drought and Development met in Addis Ababa.",
          "The Intergovernmental Authority on Drought and Development", "IGOEAF", None, "1994-03-01"),
    Probe("The Conference on Security and Cooperation in Europe sent a mission to Moldova.",
          "The Conference on Security and Cooperation in Europe", "IGOEURSCE", None, "1993-03-01"),
    Probe("The South Asian Association for Regional Cooperation opened its summit in Dhaka.",
          "The South Asian Association for Regional Cooperation", "IGOSAS", None, "1993-04-10"),
    Probe("The U.N. Assistance Mission for Rwanda withdrew most of its troops.",
          "The U.N. Assistance Mission for Rwanda", "IGOUNO", None, "1994-04-21"),
]

PLACED: list[Probe] = [
    Probe("Turkey accused its neighbour, Greece, of sheltering the rebels.", "its neighbour, Greece", "GRC",
          None, GSR),
    Probe("Uzbekistan closed its border with its southern neighbour, Afghanistan.",
          "its southern neighbour, Afghanistan", "AFG", None, GSR),
    Probe("Iraq will let the inspectors return, the foreign minister told reporters.", "the foreign minister",
          "IRQGOV", "AMMAN", GSR),
    Probe("Sudanese troops shelled rebel positions near Torit, the government said.", "the government",
          "SDNGOV", "NAIROBI", GSR),
    Probe("Indonesian troops killed four guerrillas near Baucau, the government said.", "the government",
          "IDNGOV", "SYDNEY", "1997-06-01"),
    # (written RWAGOV; corrected after the first run as a writing error: a defence minister is GOVMIL by the
    # written convention, docs/actors.md's sector table)
    Probe("Rwanda's defence minister denied that his troops were in Zaire.", "Rwanda's defence minister",
          "RWAGOVMIL", "KINSHASA", "1996-11-01"),
]

CONTROLS: list[Probe] = [
    Probe("The Australian-led force landed in Dili.", "The Australian-led force", "AUSMIL", None,
          "1999-09-20"),
    Probe("Hijackers holding the jet demanded fuel.", "Hijackers", None, "LARNACA", "1988-04-10"),
    Probe("Levon Ter-Petrosyan called for talks with Baku.", "Levon Ter-Petrosyan", "ARMELI", None,
          "2003-01-01"),
    Probe("The Kurdistan Democratic Party won a majority in the regional parliament.",
          "The Kurdistan Democratic Party", "IRQPTY", None, "2009-07-26"),
]

# batch 2: written after the first fixes and committed before any run on it
SECOND: list[Probe] = [
    Probe("Ayaz Mutalibov declared a state of emergency in Baku.", "Ayaz Mutalibov", "AZEGOV", None,
          "1991-12-01"),
    Probe("Hashim Thaci led the guerrillas' delegation at Rambouillet.", "Hashim Thaci", "SRBREB", None,
          "1999-02-20"),
    Probe("Milan Milutinovic rejected the presence of foreign troops in Kosovo.", "Milan Milutinovic",
          "SRBGOV", None, "1999-04-01"),
    Probe("Daniel Ortega led a march against the privatisation plan.", "Daniel Ortega", "NICOPP", None,
          "1995-06-01"),
    Probe("Meles Zenawi said his fighters would press on to Addis Ababa.", "Meles Zenawi", "ETHREB", None,
          "1990-06-01"),
    Probe("Riek Machar accused John Garang of killing his commanders.", "Riek Machar", "SDNREB", None,
          "1995-06-01"),
    Probe("Hassan al-Turabi was placed under house arrest.", "Hassan al-Turabi", "SDNOPP", None,
          "2001-03-01"),
    Probe("Sheikh Hasina led her party's walkout from parliament.", "Sheikh Hasina", "BGDOPP", None,
          "1994-03-01"),
    Probe("Norodom Ranariddh returned from exile to contest the election.", "Norodom Ranariddh", "KHMOPP",
          None, "1998-03-30"),
    Probe("Ahmed Chalabi asked Congress for more money for the opposition.", "Ahmed Chalabi", "IRQOPP", None,
          "1998-06-01"),
    Probe("Abdul Aziz al-Hakim said his fighters were ready to enter Iraq.", "Abdul Aziz al-Hakim", "IRQREB",
          None, "2002-06-01"),
    Probe("Akhmad Kadyrov named a new prime minister for Chechnya.", "Akhmad Kadyrov", "RUSGOV", None,
          "2001-06-01"),
    Probe("The Movement for Democracy and Justice in Chad attacked a garrison in Tibesti.",
          "The Movement for Democracy and Justice in Chad", "TCDREB", None, GSR),
    Probe("The Kosovo Liberation Army ambushed a police patrol.", "The Kosovo Liberation Army",
          "SRBREB", None, "1998-06-01"),
    Probe("The Kenya African National Union expelled the rebel deputies.", "The Kenya African National Union",
          "KENGOV", None, "1995-06-01"),
    Probe("The Ghanaian-led West African force landed at the port.", "The Ghanaian-led West African force",
          "IGOWAFWAS", None, "1990-09-01"),
    Probe("Sudanese troops recaptured Kapoeta, the government said.", "the government", "SDNGOV", "NAIROBI",
          "1995-06-01"),
    # (its date moved from 2000-01-01 to 1998-01-01 after the run: its id, phrase@dateline+date, was
    # batch 1's)
    Probe("Iraq rejected the plan, and the foreign minister accused Washington of seeking a pretext.",
          "the foreign minister", "IRQGOV", "AMMAN", "1998-01-01"),
    Probe("Meles Zenawi told parliament the border would be defended.", "Meles Zenawi", "ETHGOV", None,
          "1998-06-01"),
    Probe("The Supreme Council for the Islamic Revolution in Iraq joined the government.",
          "The Supreme Council for the Islamic Revolution in Iraq", "IRQGOV", None, "2004-06-01"),
]

BATCHES = {"ERA_PEOPLE": ERA_PEOPLE, "GROUPS": GROUPS, "BODIES": BODIES, "PLACED": PLACED,
           "CONTROLS": CONTROLS, "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

KNOWN_GAPS: dict[str, str] = {
    "the government@SYDNEY1997-06-01":
        "a lead whose only cue is another state's army by its demonym ('Indonesian troops killed four "
        "guerrillas near Baucau, the government said') keeps the dateline's state: a dateline's government "
        "also reports a foreign army's acts ('SEOUL - North Korean troops crossed ..., the military said')",
    "the government@NAIROBI1995-06-01":
        "the same class: 'Sudanese troops recaptured Kapoeta' names no place the gazetteer knows, so the "
        "lead rule has only the demonym (batch 2)",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
