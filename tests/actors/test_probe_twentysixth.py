"""Probe set, twenty-sixth actors set (thirty-ninth session, wip/actors41): the actors of 1985-2005 agency
copy scored at the hidden set's placeholder date (2000-01-01) or the story's own, from the thirty-eighth
session's open actor gaps taken as classes, with fresh sentences, and the era's actors the tables may lack.

Five classes, each with controls where the naive fix would be wrong; every sentence our own wording, written
and committed before the coder ran on any of them. The phrase is looked up as the events stage does
(`actor_for_span`); rows carry the GSR date unless they say otherwise.

- ERA_PEOPLE: separatist and breakaway leaders (Abkhazia, Transdniestria, Nagorno-Karabakh, South Ossetia,
  Chechnya), Lebanese, Pakistani and Iranian officials, West African politicians out of office, East
  Timor's leaders before independence, and their like in other regions, by kind and term.
- REGIONS: regional bodies (ECOWAS and ECOMOG, SADC, the GCC, the OAU and its organs, IGAD, the Arab
  League) by their names, spellings, officers and members.
- PLACED: actors that take the country from a possessor, an of-phrase or the dateline.
- DEMONYMS: national adjectives and demonyms of the era before a sector noun.
- CONTROLS: readings that must stay (an office held on the date, a later office).

First run (main c31557c5 + this file, committed becdcf6a before any run): 48 of 66 (era people 9 / 24, regions
16 / 18, placed 9 / 10, demonyms 10 / 10, controls 4 / 4). After the fixes (era leaders' rows, a
self-proclaimed polity's authorities by the region's word, cause titles such as "independence leader", a
leading state's "-led" before a body's name, the "Co-operation" spelling): 66 of 66.

SECOND, batch 2 (26 rows, committed b9923f02 after the first fixes and before any run on it): first run 20 of
26 (Farooq Leghari, Gilchrist Olympio and Ibrahim Boubacar Keita as prime minister were not in the table, Taur
Matan Ruak's guerrilla years read as his later offices, "the Nigerian-led West African force" NGAMIL; every
rule class held: the polities' authorities, the cause titles, the "-led" before ECOMOG and NATO). After their
rows: 25 of 26 (one strict gap; "the Nigerian-led West African force" passes since the fortieth session,
wip/actors42: 26 of 26).
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

ERA_PEOPLE: list[Probe] = [
    Probe("Vladislav Ardzinba rejected the return of Georgian refugees to Gali.", "Vladislav Ardzinba",
          "GEOREB", None, GSR),
    Probe("Abkhaz leader Vladislav Ardzinba refused to sign the draft protocol.",
          "Abkhaz leader Vladislav Ardzinba", "GEOREB", None, GSR),
    Probe("Igor Smirnov threatened to close the road to Chisinau.", "Igor Smirnov", "MDAREB", None, GSR),
    Probe("Arkady Ghukasyan said the enclave would never return to Baku's rule.", "Arkady Ghukasyan",
          "AZEREB", None, GSR),
    Probe("Robert Kocharyan rejected the Minsk group's latest proposal.", "Robert Kocharyan", "AZEREB", None,
          "1995-06-01"),
    Probe("Lyudvig Chibirov met Georgian officials in Vladikavkaz.", "Lyudvig Chibirov", "GEOREB", None, GSR),
    Probe("Zelimkhan Yandarbiyev flew to Moscow for talks in the Kremlin.", "Zelimkhan Yandarbiyev", "RUSREB",
          None, "1996-05-27"),
    Probe("Nabih Berri adjourned the session of parliament.", "Nabih Berri", "LBNLEG", None, GSR),
    Probe("Moeen Qureshi devalued the rupee and raised fuel prices.", "Moeen Qureshi", "PAKGOV", None,
          "1993-08-01"),
    Probe("Hassan Rowhani said Tehran would answer any attack.", "Hassan Rowhani", "IRNGOV", None, GSR),
    Probe("Ali Akbar Nateq-Nouri closed the debate on the press law.", "Ali Akbar Nateq-Nouri", "IRNLEG",
          None, GSR),
    Probe("Kamal Kharrazi flew to Riyadh with a message from the president.", "Kamal Kharrazi", "IRNGOV",
          None, GSR),
    Probe("Opposition leader Alassane Ouattara called for a new election.",
          "Opposition leader Alassane Ouattara", "CIVOPP", None, GSR),
    Probe("Laurent Gbagbo called on the junta to hand over power.", "Laurent Gbagbo", "CIVOPP", None, GSR),
    Probe("John Kufuor promised to cut the budget deficit.", "John Kufuor", "GHAOPP", None, GSR),
    Probe("Alpha Conde was brought to court in handcuffs.", "Alpha Conde", "GINOPP", None, GSR),
    Probe("Mahamadou Issoufou conceded defeat in the runoff.", "Mahamadou Issoufou", "NEROPP", None, GSR),
    Probe("Jose Ramos-Horta accepted the prize in Oslo.", "Jose Ramos-Horta", "TLSREB", None, "1996-12-10"),
    Probe("Independence leader Xanana Gusmao returned to Dili.",
          "Independence leader Xanana Gusmao", "TLSREB", None, GSR),
    Probe("Jonas Savimbi rejected the government's offer of an amnesty.", "Jonas Savimbi", "AGOREB", None,
          GSR),
    Probe("Velupillai Prabhakaran offered to hold talks in a third country.", "Velupillai Prabhakaran",
          "LKAREB", None, GSR),
    Probe("Massoud Barzani met Turkish officials in Ankara.", "Massoud Barzani", "IRQREB", None, GSR),
    Probe("Manuel Marulanda received the president in the demilitarised zone.", "Manuel Marulanda", "COLREB",
          None, GSR),
    Probe("Abimael Guzman was shown to reporters in a cage.", "Abimael Guzman", "PERREB", None, "1992-09-24"),
]

REGIONS: list[Probe] = [
    Probe("ECOWAS leaders met in Abuja to discuss the crisis.", "ECOWAS leaders", "IGOWAFWAS", None, GSR),
    Probe("ECOMOG troops pushed the rebels out of the capital.", "ECOMOG troops", "IGOWAFWAS", None, GSR),
    Probe("The ECOWAS executive secretary flew to Monrovia.", "The ECOWAS executive secretary", "IGOWAFWAS",
          None, GSR),
    Probe("Nigerian-led ECOMOG peacekeepers secured the airport.", "Nigerian-led ECOMOG peacekeepers",
          "IGOWAFWAS", None, GSR),
    Probe("The Economic Community of West African States' monitoring group took the port.",
          "The Economic Community of West African States' monitoring group", "IGOWAFWAS", None, GSR),
    Probe("SADC leaders endorsed the intervention in Lesotho.", "SADC leaders", "IGOSAF", None, GSR),
    Probe("The Southern African Development Community's defence ministers met in Harare.",
          "The Southern African Development Community's defence ministers", "IGOSAF", None, GSR),
    Probe("GCC foreign ministers demanded the return of the islands.", "GCC foreign ministers", "IGOPGSGCC",
          None, GSR),
    Probe("The six-nation Gulf Co-operation Council backed the sanctions.",
          "The six-nation Gulf Co-operation Council", "IGOPGSGCC", None, GSR),
    Probe("The Organisation of African Unity suspended the military rulers.",
          "The Organisation of African Unity", "IGOAFROAU", None, GSR),
    Probe("The OAU's central organ condemned the coup.", "The OAU's central organ", "IGOAFROAU", None, GSR),
    Probe("The OAU Council of Ministers opened its session in Lome.", "The OAU Council of Ministers",
          "IGOAFROAU", None, GSR),
    Probe("OAU Secretary-General Salim Ahmed Salim appealed for calm.",
          "OAU Secretary-General Salim Ahmed Salim", "IGOAFROAU", None, GSR),
    Probe("The OAU Liberation Committee closed its office in Dar es Salaam.", "The OAU Liberation Committee",
          "IGOAFROAU", None, "1994-08-15"),
    Probe("IGAD mediators proposed a new round of talks.", "IGAD mediators", "IGOEAF", None, GSR),
    Probe("Arab League Secretary-General Esmat Abdel-Meguid called for restraint.",
          "Arab League Secretary-General Esmat Abdel-Meguid", "IGOMEAARL", None, GSR),
    Probe("The Organisation of the Islamic Conference called an emergency meeting.",
          "The Organisation of the Islamic Conference", "IGOMOSOIC", None, GSR),
    Probe("CIS peacekeepers manned the checkpoints on the Inguri river.", "CIS peacekeepers", "IGOCASCIS",
          None, GSR),
]

PLACED: list[Probe] = [
    Probe("Lebanon's parliament speaker accused Israel of stalling.",
          "Lebanon's parliament speaker", "LBNLEG", None, GSR),
    Probe("The speaker of Iran's parliament rejected the bill.", "The speaker of Iran's parliament", "IRNLEG",
          None, GSR),
    Probe("Pakistan's caretaker prime minister announced the election date.",
          "Pakistan's caretaker prime minister", "PAKGOV", None, "1993-08-01"),
    Probe("The leader of Georgia's breakaway Abkhazia region rejected the plan.",
          "The leader of Georgia's breakaway Abkhazia region", "GEOREB", None, GSR),
    Probe("The separatist authorities in South Ossetia closed the road.",
          "The separatist authorities in South Ossetia", "GEOREB", None, GSR),
    Probe("Chechnya's separatist president called for talks.", "Chechnya's separatist president", "RUSREB",
          None, GSR),
    Probe("Karabakh Armenian leaders rejected the plan.", "Karabakh Armenian leaders", "AZEREB", None, GSR),
    Probe("Iran's Supreme National Security Council met on Sunday.",
          "Iran's Supreme National Security Council", "IRNGOV", None, GSR),
    Probe("Kenya voiced concern over the fighting.", "Kenya", "KEN", "NAIROBI", GSR),
    Probe("Egypt said it would attend the summit.", "Egypt", "EGY", "CAIRO", GSR),
]

DEMONYMS: list[Probe] = [
    Probe("Burkinabe police broke up the march.", "Burkinabe police", "BFACOP", None, GSR),
    Probe("Bissau-Guinean soldiers took over the airport.", "Bissau-Guinean soldiers", "GNBMIL", None, GSR),
    Probe("Malagasy opposition leaders called a strike.", "Malagasy opposition leaders", "MDGOPP", None, GSR),
    Probe("Nigerien troops patrolled the border.", "Nigerien troops", "NERMIL", None, GSR),
    Probe("Djiboutian rebels attacked a garrison in the north.", "Djiboutian rebels", "DJIREB", None, GSR),
    Probe("Tajik opposition fighters crossed from Afghanistan.", "Tajik opposition fighters", "TJKREB", None,
          "1995-04-01"),
    Probe("Kyrgyz police detained the protesters.", "Kyrgyz police", "KGZCOP", None, GSR),
    Probe("Moldovan troops withdrew from the bridge.", "Moldovan troops", "MDAMIL", None, GSR),
    Probe("Azeri troops shelled the Armenian villages.", "Azeri troops", "AZEMIL", None, "1992-05-01"),
    Probe("Comorian separatists on Anjouan declared independence.", "Comorian separatists", "COMREB", None,
          "1997-08-03"),
]

CONTROLS: list[Probe] = [
    Probe("Robert Kocharyan met the Azerbaijani president in Geneva.", "Robert Kocharyan", "ARMGOV", None,
          GSR),
    Probe("Alassane Ouattara named a new cabinet.", "Alassane Ouattara", "CIVGOV", None, "1991-06-01"),
    Probe("Xanana Gusmao swore in the new cabinet.", "Xanana Gusmao", "TLSGOV", None, "2003-06-01"),
    Probe("Russian troops in Abkhazia withdrew to their base.", "Russian troops", "RUSMIL", None, GSR),
]

# batch 2: written after the first fixes and committed before any run on it
SECOND: list[Probe] = [
    Probe("Sergei Bagapsh called for Russian citizenship for all residents.", "Sergei Bagapsh", "GEOREB",
          None, "2005-06-01"),
    Probe("Eduard Kokoity closed the road to Tbilisi.", "Eduard Kokoity", "GEOREB", None, "2003-05-01"),
    Probe("The Transdniestrian leadership rejected the federal plan.", "The Transdniestrian leadership",
          "MDAREB", None, GSR),
    Probe("The South Ossetian president met the Russian envoy.", "The South Ossetian president", "GEOREB",
          None, GSR),
    Probe("Nagorno-Karabakh's foreign minister flew to Yerevan.", "Nagorno-Karabakh's foreign minister",
          "AZEREB", None, GSR),
    Probe("The Abkhaz authorities banned the rally.", "The Abkhaz authorities", "GEOREB", None, GSR),
    Probe("Dzhokhar Dudayev vowed to fight on from the mountains.", "Dzhokhar Dudayev", "RUSREB", None,
          "1995-01-10"),
    Probe("Selim al-Hoss asked the cabinet to approve the budget.", "Selim al-Hoss", "LBNGOV", None, GSR),
    Probe("Farooq Leghari dissolved the National Assembly.", "Farooq Leghari", "PAKGOV", None, "1996-11-05"),
    Probe("Mehdi Karroubi opened the new session of the Majlis.", "Mehdi Karroubi", "IRNLEG", None,
          "2001-06-01"),
    Probe("Ali Akbar Velayati flew to Damascus for talks.", "Ali Akbar Velayati", "IRNGOV", None,
          "1990-01-01"),
    Probe("Ibrahim Boubacar Keita named a new cabinet.", "Ibrahim Boubacar Keita", "MLIGOV", None,
          "1996-01-01"),
    Probe("Gilchrist Olympio called for a boycott of the vote.", "Gilchrist Olympio", "TGOOPP", None, GSR),
    Probe("Taur Matan Ruak ordered his guerrillas to stay in their cantonment.", "Taur Matan Ruak", "TLSREB",
          None, GSR),
    Probe("Resistance commander Taur Matan Ruak met the U.N. envoy.", "Resistance commander Taur Matan Ruak",
          "TLSREB", None, GSR),
    Probe("Rauf Denktash walked out of the talks.", "Rauf Denktash", "CYPREB", None, GSR),
    Probe("ECOWAS defence chiefs met in Abuja.", "ECOWAS defence chiefs", "IGOWAFWAS", None, GSR),
    Probe("The SADC Organ on Politics, Defence and Security met in Luanda.", "The SADC Organ", "IGOSAF", None,
          GSR),
    Probe("GCC defence ministers agreed to expand the joint force.", "GCC defence ministers", "IGOPGSGCC",
          None, GSR),
    Probe("The Economic Community of Central African States sent observers.",
          "The Economic Community of Central African States", "IGOCAF", None, GSR),
    Probe("The Nigerian-led West African force took the port.", "The Nigerian-led West African force",
          "IGOWAFWAS", None, GSR),
    Probe("The U.S.-led NATO force moved into Kosovo.", "The U.S.-led NATO force", "IGOWSTNAT", None,
          "1999-06-12"),
    Probe("Georgia's breakaway Abkhaz leadership rejected the plan.",
          "Georgia's breakaway Abkhaz leadership", "GEOREB", None, GSR),
    Probe("Lebanese lawmakers approved the budget.", "Lebanese lawmakers", "LBNLEG", None, GSR),
    Probe("Georgian officials in Abkhazia protested.", "Georgian officials", "GEO", None, GSR),
    Probe("The Georgian president met Abkhaz officials.", "The Georgian president", "GEOGOV", None, GSR),
]

BATCHES = {"ERA_PEOPLE": ERA_PEOPLE, "REGIONS": REGIONS, "PLACED": PLACED, "DEMONYMS": DEMONYMS,
           "CONTROLS": CONTROLS, "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

KNOWN_GAPS: dict[str, str] = {}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
