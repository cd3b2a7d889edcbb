"""Probe set, eighth session (issue #7, actor codes on real copy): classes, not sentences.

The classes come from grouping the actor errors of the readable two thirds of the real-news CAMEO
batches 1-4 (the other third of the stories was set aside unread, `eval_wire_cameo.py --aside
actors9`). Each class is probed with sentences of our own wording, over many members of the class and
many countries, not the wording of the sentence that showed it:

- PLATFORMS: a military aircraft or missile named by its model designation ("F-16s", "MiG-29",
  "B-52 bombers") is the owner country's military, as "warplanes" is.
- ADMINISTRATIONS: "the <leader> administration/government" names the government of that leader's
  time, whatever the person's office on the story's date ("the Reagan administration" in a 2016
  retrospective is USAGOV, not the ELI a former president is).
- GROUP_AGENTS: a named armed group before a generic agent noun ("Hamas militants", "Taliban
  fighters", "Hezbollah gunmen") keeps the group's code; the noun only says they carry arms.
- STATE_MEDIA: the state news agencies of the period by their full names and distinctive acronyms,
  every region, coded as their country's media.
- MEMBERS: a role before "of" and a list of countries ("the foreign ministers of A, B and C") is
  that role of each country (checked through `actors_for_span`).

Batch 1 (PLATFORMS ... MEMBERS) was committed before its fixes. GROUP_NAMES and OFFICES (batch 2)
were written alongside the table rows for their classes and measured on the code without those rows
(git stash); so were UNITS (batch 3: ministries of defence and public security, guards, fleets,
divisions, gendarmeries, titles known alone), PARTIES (batch 4: ruling parties of the period),
LED_BODIES (batch 5: "X, who leads the Y"), CENSUS9 (batch 6, from a census of copy no gold batch
uses), ABBREVIATED (batch 7, titles spaCy splits from their period) and GROWERS (batch 8, growers
and planters as AGR). First-run pass rates are in docs/benchmarks.md, "Actors, eighth session".
"""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import Probe, make_article, probe_suite

pytestmark = pytest.mark.model


PLATFORMS: list[Probe] = [
    Probe("Two Turkish F-16s intercepted the aircraft over the Aegean.", "Turkish F-16s", "TURMIL"),
    Probe("Russian Su-24 bombers struck targets near Idlib on Sunday.", "Russian Su-24 bombers", "RUSMIL"),
    Probe("American B-52s flew over the peninsula in a show of force.", "American B-52s", "USAMIL"),
    Probe("Indian MiG-21s scrambled to meet the intruders.", "Indian MiG-21s", "INDMIL"),
    Probe("Israeli F-35 jets hit a weapons depot, the army said.", "Israeli F-35 jets", "ISRMIL"),
    Probe("Two Chinese J-20 fighters shadowed the patrol.", "Chinese J-20 fighters", "CHNMIL"),
    Probe("The U.S. B-1Bs returned to Guam after the exercise.", "The U.S. B-1Bs", "USAMIL"),
    Probe("Saudi F-15s bombed the airport in Sanaa.", "Saudi F-15s", "SAUMIL"),
    # a model number is no actor without an owner
    Probe("The F-16 has been in service since 1978.", "The F-16", None),
]

ADMINISTRATIONS: list[Probe] = [
    Probe("In 2003 the George W. Bush administration asked Turkey to open its bases.",
          "the George W. Bush administration", "USAGOV", None, "2016-09-28"),
    Probe("The Reagan administration imposed the tariffs in 1987, the report recalled.",
          "The Reagan administration", "USAGOV", None, "2012-05-01"),
    Probe("The Obama administration's sanctions were lifted by its successor.",
          "The Obama administration", "USAGOV", None, "2019-03-01"),
    Probe("The Blair government backed the invasion in 2003.", "The Blair government", "GBRGOV", None,
          "2016-07-06"),
    Probe("The Clinton administration brokered the accord, the memoir says.", "The Clinton administration",
          "USAGOV", None, "2014-02-01"),
    Probe("The Yeltsin government defaulted on its debt in 1998.", "The Yeltsin government", "RUSGOV", None,
          "2011-08-17"),
]

GROUP_AGENTS: list[Probe] = [
    Probe("Hamas militants fired rockets into southern Israel.", "Hamas militants", "PSEREB"),
    Probe("Taliban fighters overran the district headquarters.", "Taliban fighters", "AFGREB", None,
          "2010-06-01"),
    Probe("Hezbollah gunmen took over the road to the airport.", "Hezbollah gunmen", "LBNREB", None,
          "2008-05-09"),
    Probe("Al-Shabaab militants attacked a base in Lower Shabelle.", "Al-Shabaab militants", "SOMREB"),
    Probe("Houthi fighters seized the port city.", "Houthi fighters", "YEMREB"),
    Probe("Boko Haram gunmen abducted the schoolgirls.", "Boko Haram gunmen", "NGAREB", None, "2014-04-16"),
    Probe("Palestinian Hamas militants were killed in the strike.", "Palestinian Hamas militants", "PSEREB"),
    Probe("PKK militants ambushed a convoy in Hakkari.", "PKK militants", "TURREB"),
]

STATE_MEDIA: list[Probe] = [
    Probe("The Qatar News Agency said the emir had received the envoy.", "The Qatar News Agency", "QATMED"),
    Probe("The Oman News Agency carried the sultan's message.", "The Oman News Agency", "OMNMED"),
    Probe("The Bahrain News Agency reported the arrests.", "The Bahrain News Agency", "BHRMED"),
    Probe("The Emirates News Agency published the decree.", "The Emirates News Agency", "AREMED"),
    Probe("The Saudi Press Agency quoted the crown prince.", "The Saudi Press Agency", "SAUMED"),
    Probe("The Kuwait News Agency said parliament would meet.", "The Kuwait News Agency", "KWTMED"),
    Probe("The Jordan News Agency reported the visit.", "The Jordan News Agency", "JORMED"),
    Probe("The Iraqi News Agency announced the appointment.", "The Iraqi News Agency", "IRQMED"),
    Probe("The Syrian Arab News Agency blamed rebels for the blast.",
          "The Syrian Arab News Agency", "SYRMED"),
    Probe("Lebanon's National News Agency said two people were hurt.", "Lebanon's National News Agency",
          "LBNMED"),
    Probe("The Islamic Republic News Agency denied the report.",
          "The Islamic Republic News Agency", "IRNMED"),
    Probe("The Maghreb Arabe Presse agency said the king had pardoned them.", "The Maghreb Arabe Presse",
          "MARMED"),
    Probe("Tunis Afrique Presse said the minister had resigned.", "Tunis Afrique Presse", "TUNMED"),
    Probe("Algerie Presse Service reported the clashes.", "Algerie Presse Service", "DZAMED"),
    Probe("The Sudan News Agency said the talks had ended.", "The Sudan News Agency", "SDNMED"),
    Probe("The Ethiopian News Agency said the dam was complete.", "The Ethiopian News Agency", "ETHMED"),
    Probe("The Kenya News Agency reported the floods.", "The Kenya News Agency", "KENMED"),
    Probe("The Ghana News Agency quoted the minister.", "The Ghana News Agency", "GHAMED"),
    Probe("Angola's ANGOP news agency said the vote was peaceful.", "Angola's ANGOP news agency", "AGOMED"),
    Probe("The Associated Press of Pakistan said the army had been deployed.",
          "The Associated Press of Pakistan", "PAKMED"),
    Probe("Bangladesh Sangbad Sangstha reported the verdict.", "Bangladesh Sangbad Sangstha", "BGDMED"),
    Probe("The Philippine News Agency said the typhoon had passed.", "The Philippine News Agency", "PHLMED"),
    Probe("Cambodia's Agence Kampuchea Presse said the king had signed.",
          "Agence Kampuchea Presse", "KHMMED"),
    Probe("Mongolia's Montsame agency reported the election result.", "Montsame", "MNGMED"),
    Probe("Kazinform reported the president's decree.", "Kazinform", "KAZMED"),
    Probe("AzerTag said the ceasefire had been violated.", "AzerTag", "AZEMED"),
    Probe("Armenpress reported shelling near the border.", "Armenpress", "ARMMED"),
    Probe("The Polish Press Agency said the minister had resigned.", "The Polish Press Agency", "POLMED"),
    Probe("The Czech News Agency reported the arrest.", "The Czech News Agency", "CZEMED"),
    Probe("The Hungarian news agency MTI quoted the prime minister.", "MTI", "HUNMED"),
    Probe("Agerpres said the president had signed the law.", "Agerpres", "ROUMED"),
    Probe("The Bulgarian News Agency reported the protests.", "The Bulgarian News Agency", "BGRMED"),
    Probe("The Croatian news agency HINA said the talks had failed.", "HINA", "HRVMED"),
    Probe("Peru's Andina news agency said the mine was closed.", "Andina", "PERMED"),
    Probe("Argentina's Telam agency reported the strike.", "Telam", "ARGMED"),
    Probe("The Myanmar News Agency said the junta had extended the curfew.", "The Myanmar News Agency",
          "MMRMED"),
    Probe("The Jamahiriya News Agency said Libya would respond.", "The Jamahiriya News Agency", "LBYMED",
          None, "1988-06-01"),
    Probe("The Anatolia news agency said the suspects were detained.", "The Anatolia news agency", "TURMED"),
]

# -- batch 2 (the second reading of the misses: junk sectors and groups by their full names) ----------
# Armed groups and movements by their full names, every region; "-general" offices (no army rank);
# the military's own command; state export-credit banks; platforms never take the dateline's country.
GROUP_NAMES: list[Probe] = [
    Probe("The Islamic Resistance Movement rejected the proposal.",
          "The Islamic Resistance Movement", "PSEREB"),
    Probe("The Popular Front for the Liberation of Palestine claimed the attack.",
          "The Popular Front for the Liberation of Palestine", "PSEREB", None, "1988-06-01"),
    Probe("The Justice and Equality Movement attacked Omdurman.",
          "The Justice and Equality Movement", "SDNREB",
          None, "2008-05-10"),
    Probe("The Sudan Liberation Army said it had shot down a helicopter.",
          "The Sudan Liberation Army", "SDNREB",
          None, "2004-03-01"),
    Probe("The Badr Brigade has been accused of killings in Baghdad.", "The Badr Brigade", "IRQUAF", None,
          "2006-03-01"),
    Probe("Hizbul Mujahideen claimed responsibility for the ambush.", "Hizbul Mujahideen", "INDREB"),
    Probe("The Oromo Liberation Front denied the charge.", "The Oromo Liberation Front", "ETHREB"),
    Probe("The Free Aceh Movement signed the truce.", "The Free Aceh Movement", "IDNREB", None, "2005-08-15"),
    Probe("The United Wa State Army controls the border region.", "The United Wa State Army", "MMRREB"),
    Probe("The Guatemalan National Revolutionary Unity signed the accord.",
          "The Guatemalan National Revolutionary Unity", "GTMREB", None, "1996-12-29"),
]
OFFICES: list[Probe] = [
    Probe("U.S. Surgeon General Vivek Murthy issued an advisory.",
          "U.S. Surgeon General Vivek Murthy", "USAGOV",
          None, "2023-05-23"),
    Probe("Australia's Governor-General swore in the new ministers.",
          "Australia's Governor-General", "AUSGOV"),
    Probe("Ukraine's Prosecutor General opened a case.", "Ukraine's Prosecutor General", "UKRJUD"),
    Probe("The Pentagon's inspector general faulted the review.",
          "The Pentagon's inspector general", "USAMIL"),
    Probe("Iraqi military authorities closed the border crossing.", "Iraqi military authorities", "IRQMIL",
          None, "1990-08-16"),
    Probe("The Turkish military command said two soldiers had died.",
          "The Turkish military command", "TURMIL"),
    Probe("The U.S. Export-Import Bank approved a loan for the plant.",
          "The U.S. Export-Import Bank", "USAGOV"),
    Probe("Bombers struck the town overnight, residents said.", "Bombers", None, "KYIV", "2023-03-01"),
    Probe("Warplanes pounded the rebel-held district.", "Warplanes", None, "ALEPPO", "2016-09-01"),
]

# -- batch 3 (a census of the classes of the brief: ministries, units, police, titles known alone) -----
UNITS: list[Probe] = [
    Probe("The Ministry of National Defense said the patrol had returned.",
          "The Ministry of National Defense",
          "TWNGOVMIL", "TAIPEI"),
    Probe("Vietnam's Ministry of Public Security arrested the blogger.",
          "Vietnam's Ministry of Public Security",
          "VNMCOP"),
    Probe("The French Ministry of the Armed Forces confirmed the strike.",
          "The French Ministry of the Armed Forces", "FRAGOVMIL", None, "2019-06-01"),
    Probe("Syria's Republican Guard shelled the suburb.", "Syria's Republican Guard", "SYRMIL"),
    Probe("The U.S. Sixth Fleet moved two carriers east.", "The U.S. Sixth Fleet", "USAMIL"),
    Probe("Russia's Black Sea Fleet lost its flagship.",
          "Russia's Black Sea Fleet", "RUSMIL", None, "2022-04-15"),
    Probe("The Seventh Fleet said a sailor was missing.", "The Seventh Fleet", None, "MANILA"),
    # a named unit serves abroad: nothing in the text says whose (first written as USAMIL from the
    # dateline; the lead rule makes the story Romania's, and a unit takes no story country)
    Probe("The 101st Airborne Division deployed to Romania.", "The 101st Airborne Division", None,
          "WASHINGTON", "2022-06-01"),
    Probe("The U.S. 101st Airborne Division deployed to Romania.",
          "The U.S. 101st Airborne Division", "USAMIL",
          "WASHINGTON", "2022-06-01"),
    Probe("The Turkish gendarmerie detained six suspects.", "The Turkish gendarmerie", "TURCOP"),
    Probe("Italy's carabinieri raided the villa.", "Italy's carabinieri", "ITACOP"),
    Probe("The airline's fleet of 40 jets was grounded.", "The airline's fleet", None, "LONDON"),
    Probe("The Shah left Tehran for Egypt.", "The Shah", "IRNGOV", None, "1979-01-16"),
    Probe("The PNA condemned the raid.", "The PNA", "PSEGOV", None, "2005-11-16"),
]

# -- batch 4: ruling parties of the period, in and out of power by the story's date ---------------------
PARTIES: list[Probe] = [
    Probe("The PRI has governed Mexico for six decades.", "The PRI", "MEXGOV", None, "1994-03-01"),
    # (first written for 2000-07-03, the day after the vote; the PRI governed until the handover of
    # 2000-12-01, so the probe's date was wrong, not the code)
    Probe("The PRI chose a new leader after losing the presidency.", "The PRI", "MEXOPP", None, "2001-03-01"),
    Probe("The ruling Baath Party met in Baghdad.",
          "The ruling Baath Party", "IRQGOV", "BAGHDAD", "1990-08-20"),
    Probe("KANU picked its candidate for the election.", "KANU", "KENGOV", None, "1997-10-01"),
    Probe("UMNO walked out of the coalition talks.", "UMNO", "MYSOPP", None, "2019-02-01"),
    Probe("The Cambodian People's Party won every seat.", "The Cambodian People's Party", "KHMGOV", None,
          "2018-07-30"),
    Probe("The People's Action Party retained power.", "The People's Action Party", "SGPGOV", None,
          "2015-09-12"),
    Probe("Pheu Thai lawmakers boycotted the vote.", "Pheu Thai lawmakers", "THALEG", None, "2016-03-01"),
    Probe("The Pakistan Peoples Party called a strike.", "The Pakistan Peoples Party", "PAKOPP", None,
          "2015-06-01"),
    Probe("The PDP nominated its candidate.", "The PDP", "NGAGOV", None, "2011-01-14"),
    Probe("Frelimo won the vote in a landslide.", "Frelimo", "MOZGOV", None, "2004-12-21"),
    Probe("Georgian Dream proposed the law.", "Georgian Dream", "GEOGOV", None, "2023-03-07"),
    Probe("The Party of Regions voted against the bill.",
          "The Party of Regions", "UKROPP", None, "2008-06-01"),
]

# -- batch 5: a person's relative clause names the body they lead, over the story's country -----------
LED_BODIES: list[Probe] = [
    Probe("Gen. Ana Ruiz, who commands the U.S. Southern Command, met officials in Bogota.", "Ana Ruiz",
          "USAMIL", "BOGOTA"),
    Probe("Vice Adm. Tom Berg, who leads the U.S. Seventh Fleet, toured the port in Manila.", "Tom Berg",
          "USAMIL", "MANILA"),
    Probe("Lena Holm, who heads the Swedish Foreign Ministry's Asia desk, arrived in Hanoi.", "Lena Holm",
          "SWEGOV", "HANOI"),
    Probe("Jean Dupre, who chairs the French Senate's defence committee, spoke in Beirut.", "Jean Dupre",
          "FRALEG", "BEIRUT"),
    # the body without a country leaves the story's country in place
    # (first written as "Col. Park" asked by the name alone, which failed for a reason of its own: spaCy
    # splits "Col." from its period, so the title was not joined; batch 7 probes that class)
    Probe("Col. Kang Dong-won, who commands the garrison, met reporters.", "Col. Kang Dong-won", "KORMIL",
          "SEOUL"),
]

# -- batch 6 (from a census of copy no gold batch uses, seed C9): US lawmakers' party-state tags; a
# territory's capital named "The <word>" is no actor inside a company's name
CENSUS9: list[Probe] = [
    Probe("Rep. Dana Kowalski (R-Ohio) demanded the documents.", "Dana Kowalski", "USALEG", None,
          "2016-09-22"),
    Probe("Sen. Omar Haddad, D-Mich., voted against the bill.", "Omar Haddad", "USALEG", None, "2019-03-01"),
    Probe("Lucy Brennan (D-N.Y.) told reporters in London the deal was dead.", "Lucy Brennan", "USALEG",
          "LONDON", "2018-05-01"),
    Probe("Valley Federal Savings took a $90 million charge.", "Valley Federal Savings", None, None,
          "1989-11-02"),
    Probe("Valley National Bank raised its prime rate.", "Valley National Bank", None, None, "1989-11-02"),
    # "the former president" never refers back to the president in office named earlier
    Probe("President Barack Obama spoke first. Later, the former president said the years of tax cuts had "
          "hurt workers.", "the former president", None, None, "2016-04-11"),
]

# -- batch 7: abbreviated military and civil titles before a name, asked by the name alone ------------
ABBREVIATED: list[Probe] = [
    Probe("Col. Ahmed Saleh said the base had been shelled.", "Ahmed Saleh", "EGYMIL", "CAIRO"),
    Probe("Lt. Col. Yusuf Demir told reporters the road was open.", "Yusuf Demir", "TURMIL", "ANKARA"),
    Probe("Sgt. Avi Cohen was wounded in the ambush.", "Avi Cohen", "ISRMIL", "JERUSALEM"),
    Probe("Capt. Ruben Ortega said the ship had been boarded.", "Ruben Ortega", "VENMIL", "CARACAS"),
    Probe("Maj. Gen. Farid Nabil said the offensive would go on.", "Farid Nabil", "EGYMIL", "CAIRO"),
    Probe("Col. Kang Dong-won, who commands the garrison, met reporters.", "Kang Dong-won", "KORMIL",
          "SEOUL"),
]

# -- batch 8: growers and planters are CAMEO's agriculture sector (AGR), as farmers are ----------------
GROWERS: list[Probe] = [
    Probe("Ivorian cocoa growers demanded higher prices.", "Ivorian cocoa growers", "CIVAGR"),
    Probe("Kenyan tea planters warned of losses.", "Kenyan tea planters", "KENAGR"),
    Probe("Luisa Mora, manager of Costa Rica's Coffee Growers' Federation, welcomed the accord.",
          "Luisa Mora", "CRIAGR", None, "1989-06-01"),
    Probe("Smallholders in Malawi said the rains had failed.", "Smallholders in Malawi", "MWIAGR"),
    Probe("Somali pastoralists moved their herds north.", "Somali pastoralists", "SOMAGR"),
]

BATCHES = {"PLATFORMS": PLATFORMS, "ADMINISTRATIONS": ADMINISTRATIONS, "GROUP_AGENTS": GROUP_AGENTS,
           "STATE_MEDIA": STATE_MEDIA, "GROUP_NAMES": GROUP_NAMES, "OFFICES": OFFICES,
           "UNITS": UNITS, "PARTIES": PARTIES,
           "LED_BODIES": LED_BODIES, "CENSUS9": CENSUS9,
           "ABBREVIATED": ABBREVIATED, "GROWERS": GROWERS}
ALL = [probe for batch in BATCHES.values() for probe in batch]


coded, test_probe = probe_suite(ALL)


# -- MEMBERS: a role of a list of countries is that role of each (the compound-aware lookup) --------
MEMBERS: list[tuple[str, str, list[str]]] = [
    ("The envoy invited the foreign ministers of Poland, the Czech Republic and Hungary to the ceremony.",
     "the foreign ministers of Poland, the Czech Republic and Hungary", ["POLGOV", "CZEGOV", "HUNGOV"]),
    ("The defence ministers of France and Germany signed the accord.",
     "The defence ministers of France and Germany", ["FRAGOVMIL", "DEUGOVMIL"]),
    ("The presidents of Kenya, Uganda and Tanzania met in Arusha.",
     "The presidents of Kenya, Uganda and Tanzania", ["KENGOV", "UGAGOV", "TZAGOV"]),
    ("The armies of Chad and Niger launched a joint offensive.", "The armies of Chad and Niger",
     ["TCDMIL", "NERMIL"]),
    # a list of companies or places after "of" is no list of countries
    ("The minister of trade and industry met the chief of staff.", "The minister of trade and industry",
     []),
]


@pytest.mark.parametrize("sentence,phrase,codes", MEMBERS, ids=[m[1] for m in MEMBERS])
def test_role_of_country_list(nlp: Any, sentence: str, phrase: str, codes: list[str]) -> None:
    from wirewatch.nlp.actors.assign import actors_for_span, assign_actors
    from wirewatch.nlp.model import analysis_text

    article = make_article(sentence, published="2015-06-01")
    assign_actors(article, nlp(analysis_text(article)))
    start = sentence.index(phrase)
    actors = actors_for_span(article, start, start + len(phrase))
    got = [a.code for a in actors]
    assert got == codes, f"{phrase!r}: {[(a.code, a.reasons) for a in actors]}"
