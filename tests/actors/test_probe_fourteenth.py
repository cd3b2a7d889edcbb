"""Probe set, fourteenth actors set (twenty-seventh session, wip/actors29): the actors of the hidden
real-news CAMEO set (1985-2005 agency leads, scored at 2000-01-01) that earlier sets left open.

Five classes, each with controls where the naive fix would be wrong; every sentence our own wording,
written and committed before the coder ran on any of them. The phrase is looked up as the events stage
does (`actor_for_span`). Most rows carry the GSR date (2000-01-01); a row about an office or a side that
changed is dated in its own year.

- ETHNIC: sub-national groups named by ethnicity, religion or region (Bosnian Serbs, Bosnian Moslems,
  Kosovo Albanians, Tamils, Kurds, Hutus and Tutsis, Shiites of Lebanon, the Moslems of the southern
  Philippines, Chechens, Abkhaz, Karens, Palestinians, Jewish settlers). The convention: the group's
  country is the state its land lay in at the story's date (Kosovo Serbia's before 2008, Chechnya
  Russia's, Abkhazia Georgia's), and the sector is the armed word's (rebels, guerrillas, separatists
  REB; gunmen, fighters, militiamen, militia UAF; troops, army, forces of a state MIL); the Bosnian Serb
  side is BIHREB as its leaders Karadzic and Mladic are; Jewish settlers are Israel's civilians
  (ISRCVL) wherever they live. Controls: a state's own forces named by nationality (Serbian police,
  Turkish troops, Rwandan troops), and a people named without an armed word.
- MILITARY_RULE: military governments and rulers. "Military government", "military rulers", "military
  regime" are the state's government (GOV), as the era leads code them (lead28's rows); a junta by that
  word and Burma's SLORC stay MIL (tenth session); a military court or tribunal is a court of the
  military (MILJUD); a named military ruler is GOV at his date (Abacha 1995, Musharraf 2000).
- ERA_SIDES: parties and movements of 1985-1995 at their own date and at 2000-01-01 (the ANC governing
  from 1994, Mandela an elite after 1999, the Sandinistas in and out of power, the Khmer Rouge, the PLO
  and the Palestinian Authority, Afghan mujahideen factions), and "resistance leader", "opposition
  leader", "rebel leader" titles that never read GOV.
- NAMED_HEADS: a descriptive head before a named body ("the West African peacekeeping force ECOMOG",
  "the rebel Revolutionary United Front", "the Islamic militant group Hamas"): the body's code wins.
- ERA_PLACES: states and places of the era (Zaire, Yugoslavia, the Soviet Union, Czechoslovakia, East
  and West Germany, Burma, Rhodesia, Gaza and the West Bank, Kosovo, Chechnya, Kashmir, Tibet) and a
  place in a group's phrase placing the group.

First run (main cf0a96e + this file, committed 1a3dfba before any run): 94 of 124 right: ethnic 26 / 38
(Bosnian Serb forces and army BIHMIL, Bosnian Moslem troops BIHMOSMIL, ethnic Albanian guerrillas in
Kosovo XKXREB at 2000-01-01, Hutu militiamen, Karen guerrillas and Moslem rebels on Mindanao no one,
Jewish settlers PSEJEWCVL), military rule 12 / 19 (every military government, regime and ruler MILGOV),
era sides 20 / 26 ("ANC leader Nelson Mandela" in 1991 and "Sinn Fein leader Gerry Adams" GOV, the
Sandinistas GOV out of power in 1992, "Resistance leader Xanana Gusmao" TLSGOV, Patten HKGGOV, Chinese
officials in a Hong Kong story CHN), named heads 11 / 14 (ECOMOG after "the West African peacekeeping force"
WAFMIL, Hamas after "the Islamic militant group" ISRREB, Amnesty by its table code), era places 25 / 27
(Serbia and Montenegro SCG, police in East Timor in 1991 TLSCOP).

After the fixes: 111 of 124 (ethnic 30 / 38, military rule 19 / 19, era sides 24 / 26, named heads 13 / 14,
era places 25 / 27); with the Bosnian Serb rule 114 of 124 (ethnic 33 / 38); the ten misses are KNOWN_GAPS
below with why.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

ETHNIC: list[Probe] = [
    Probe("Bosnian Serb forces shelled the Moslem enclave of Srebrenica on Tuesday.", "Bosnian Serb forces",
          "BIHREB", "SARAJEVO", "1995-07-11"),
    Probe("Bosnian Serb forces shelled the eastern enclave of Gorazde overnight.", "Bosnian Serb forces",
          "BIHREB", None, GSR),
    Probe("The Bosnian Serb army seized heavy weapons from a U.N. collection point.", "The Bosnian Serb army",
          "BIHREB", None, GSR),
    Probe("Bosnian Serb gunners fired on a U.N. relief convoy near Sarajevo.", "Bosnian Serb gunners",
          "BIHREB", None, GSR),
    Probe("Bosnian Moslem troops launched an offensive near Bihac.", "Bosnian Moslem troops", "BIHMIL", None,
          GSR),
    Probe("Bosnian government troops pushed into Serb-held territory near Donji Vakuf.",
          "Bosnian government troops", "BIHMIL", None, GSR),
    Probe("Kosovo Albanians boycotted the Serbian elections.", "Kosovo Albanians", "SRB", None, GSR),
    Probe("Ethnic Albanian guerrillas ambushed a Serbian police patrol in Kosovo.",
          "Ethnic Albanian guerrillas", "SRBREB", None, GSR),
    Probe("Ethnic Albanian guerrillas ambushed a Serbian police patrol in Kosovo.", "a Serbian police patrol",
          "SRBCOP", None, "1998-06-01"),
    Probe("Tamil rebels attacked an army camp in the north of the island.", "Tamil rebels", "LKAREB", None,
          GSR),
    Probe("Tamil Tiger guerrillas overran a Sri Lankan army base at Elephant Pass.",
          "Tamil Tiger guerrillas", "LKAREB", None, GSR),
    Probe("Kurdish guerrillas killed eight Turkish soldiers in the southeast.", "Kurdish guerrillas",
          "TURREB", None, GSR),
    Probe("Kurdish guerrillas clashed with troops near the border.", "Kurdish guerrillas", "TURREB",
          "DIYARBAKIR", GSR),
    Probe("Kurdish rebels in northern Iraq fought a rival faction near Arbil.",
          "Kurdish rebels in northern Iraq",
          "IRQREB", None, GSR),
    Probe("Hutu militiamen killed refugees at a camp in Rwanda.", "Hutu militiamen", "RWAUAF", None, GSR),
    Probe("Hutu rebels attacked a village outside Bujumbura.", "Hutu rebels", "BDIREB", None, GSR),
    Probe("The Tutsi-led army of Burundi denied killing civilians.", "The Tutsi-led army of Burundi",
          "BDIMIL",
          None, GSR),
    Probe("Shiite militiamen fired rockets at Israeli positions in south Lebanon.", "Shiite militiamen",
          "LBNUAF", None, GSR),
    Probe("Moslem rebels on the southern island of Mindanao ambushed an army truck.", "Moslem rebels",
          "PHLREB", None, GSR),
    # thirty-first session: a separatist war's irregulars are its rebels ("Chechen gunmen", targets32), so
    # the fighters are too (was RUSUAF, the irregulars' table sector)
    Probe("Chechen fighters attacked Russian positions near Grozny.", "Chechen fighters", "RUSREB", None,
          GSR),
    Probe("Chechen rebels shot down a Russian helicopter.", "Chechen rebels", "RUSREB", None, GSR),
    Probe("Abkhaz separatists shelled Georgian villages along the Inguri river.", "Abkhaz separatists",
          "GEOREB", None, GSR),
    Probe("Karen guerrillas fled across the Thai border after the fall of their headquarters.",
          "Karen guerrillas", "MMRREB", "RANGOON", GSR),
    Probe("Palestinian gunmen opened fire on an Israeli bus in the West Bank.", "Palestinian gunmen",
          "PSEUAF",
          None, GSR),
    Probe("Jewish settlers stoned Palestinian cars near Hebron.", "Jewish settlers", "ISRCVL", None, GSR),
    Probe("Jewish settlers in the West Bank protested against the handover of land.",
          "Jewish settlers in the West Bank", "ISRCVL", None, GSR),
    Probe("Sikh militants shot dead a police officer in Punjab.", "Sikh militants", "INDUAF", None, GSR),
    Probe("Kashmiri separatists called a strike in Srinagar.", "Kashmiri separatists", "INDREB", None, GSR),
    Probe("Ethnic Albanian rebels in Macedonia agreed to hand over their weapons.",
          "Ethnic Albanian rebels in Macedonia", "MKDREB", None, "2001-07-01"),
    Probe("Croatian Serb rebels shelled the town of Karlovac.", "Croatian Serb rebels", "HRVREB", None, GSR),
    Probe("Moslem separatists in the southern Philippines signed a peace accord with Manila.",
          "Moslem separatists in the southern Philippines", "PHLREB", None, GSR),
    # controls: a state's own forces by nationality, a people with no armed word, a minority by itself
    Probe("Serbian police raided villages in the Drenica region.", "Serbian police", "SRBCOP", None, GSR),
    Probe("Turkish troops crossed into northern Iraq to hunt Kurdish rebels.", "Turkish troops", "TURMIL",
          None, GSR),
    Probe("Rwandan troops pushed deeper into eastern Congo.", "Rwandan troops", "RWAMIL", None, GSR),
    Probe("Sri Lankan troops recaptured the town of Jaffna.", "Sri Lankan troops", "LKAMIL", None, GSR),
    Probe("Russian troops pounded the Chechen capital with artillery.", "Russian troops", "RUSMIL", None,
          GSR),
    Probe("Israeli soldiers shot dead two Palestinian stone-throwers in Gaza.", "Israeli soldiers", "ISRMIL",
          None, GSR),
    Probe("Chechen refugees streamed into neighbouring Ingushetia.", "Chechen refugees", "RUSREF", None, GSR),
]

MILITARY_RULE: list[Probe] = [
    Probe("Pakistan's military government froze the assets of former ministers.",
          "Pakistan's military government", "PAKGOV", None, GSR),
    Probe("Nigeria's military rulers banned three newspapers on Monday.", "Nigeria's military rulers",
          "NGAGOV",
          None, GSR),
    Probe("The military regime in Lagos executed nine activists.", "The military regime in Lagos", "NGAGOV",
          None, GSR),
    Probe("Burma's military government rejected calls for talks with the opposition.",
          "Burma's military government", "MMRGOV", None, GSR),
    Probe("The military government freed 300 political prisoners.", "The military government", "MMRGOV",
          "RANGOON", GSR),
    Probe("Nigeria's military ruler Gen. Sani Abacha promised a return to civilian rule.",
          "Nigeria's military ruler Gen. Sani Abacha", "NGAGOV", None, "1995-10-01"),
    Probe("Gen. Sani Abacha dissolved all democratic institutions after seizing power.", "Gen. Sani Abacha",
          "NGAGOV", None, "1993-11-20"),
    Probe("Pakistan's military ruler Gen. Pervez Musharraf named a new cabinet.",
          "Pakistan's military ruler Gen. Pervez Musharraf", "PAKGOV", None, GSR),
    Probe("General Pervez Musharraf promised to fight corruption.", "General Pervez Musharraf", "PAKGOV",
          None,
          GSR),
    Probe("The junta freed 300 political prisoners.", "The junta", "MMRMIL", "RANGOON", GSR),
    Probe("The State Law and Order Restoration Council extended the detention of Aung San Suu Kyi.",
          "The State Law and Order Restoration Council", "MMRMIL", None, GSR),
    Probe("Algeria's High State Council extended the state of emergency.", "Algeria's High State Council",
          "DZAGOV", None, "1993-02-01"),
    Probe("A military court sentenced five officers to death for plotting a coup.", "A military court",
          "NGAMILJUD", "LAGOS", GSR),
    Probe("A military tribunal in Lagos sentenced the former head of state to life in prison.",
          "A military tribunal in Lagos", "NGAMILJUD", None, GSR),
    Probe("Haitian army commander Lt. Gen. Raoul Cedras refused to step down.",
          "Haitian army commander Lt. Gen. Raoul Cedras", "HTIMIL", None, "1994-09-01"),
    # controls: the military of a civilian state, a civilian government, a military spokesman
    Probe("Pakistan's military said it had repulsed an Indian attack.", "Pakistan's military", "PAKMIL", None,
          GSR),
    Probe("The Thai army deployed troops along the Burmese border.", "The Thai army", "THAMIL", None, GSR),
    Probe("Pakistan's civilian government resigned after the coup.", "Pakistan's civilian government",
          "PAKGOV", None, GSR),
    Probe("A military spokesman in Islamabad denied the report.", "A military spokesman in Islamabad",
          "PAKMILMED", None, GSR),
]

ERA_SIDES: list[Probe] = [
    Probe("The ANC accused the police of arming Zulu impis.", "The ANC", "ZAFOPP", None, "1991-06-01"),
    Probe("The ANC won two thirds of the seats in parliament.", "The ANC", "ZAFGOV", None, GSR),
    Probe("Nelson Mandela urged the two sides to return to the peace talks.", "Nelson Mandela", "ZAFELI",
          None,
          GSR),
    Probe("President Nelson Mandela opened the new parliament in Cape Town.", "President Nelson Mandela",
          "ZAFGOV", None, "1996-02-09"),
    Probe("ANC leader Nelson Mandela met President F.W. de Klerk.", "ANC leader Nelson Mandela", "ZAFOPP",
          None,
          "1991-06-01"),
    Probe("The Sandinistas accused the United States of arming the Contras.", "The Sandinistas", "NICGOV",
          None, "1986-06-01"),
    Probe("The Sandinistas led a march against the government's economic plan.", "The Sandinistas", "NICOPP",
          None, "1992-06-01"),
    Probe("The Contras attacked a cooperative farm in the north.", "The Contras", "NICREB", None,
          "1986-06-01"),
    Probe("The Khmer Rouge shelled government positions near Pailin.", "The Khmer Rouge", "KHMREB", None,
          GSR),
    Probe("Khmer Rouge guerrillas attacked a train south of Phnom Penh.", "Khmer Rouge guerrillas", "KHMREB",
          None, GSR),
    Probe("The PLO condemned the Israeli raid on its Tunis headquarters.", "The PLO", "PSEGOV", None, GSR),
    Probe("The Palestinian Authority arrested dozens of Hamas activists.", "The Palestinian Authority",
          "PSEGOV",
          None, GSR),
    Probe("Palestinian police arrested two Islamic Jihad members in Gaza.", "Palestinian police", "PSECOP",
          None,
          GSR),
    Probe("Mujahideen guerrillas fired rockets into Kabul.", "Mujahideen guerrillas", "AFGREB", None,
          "1989-06-01"),
    Probe("Afghan rebel leader Gulbuddin Hekmatyar rejected the peace plan.",
          "Afghan rebel leader Gulbuddin Hekmatyar", "AFGREB", None, GSR),
    Probe("Rebel leader Jonas Savimbi rejected the result of the election.", "Rebel leader Jonas Savimbi",
          "AGOREB", None, GSR),
    Probe("Sudanese rebel leader John Garang agreed to a ceasefire.", "Sudanese rebel leader John Garang",
          "SDNREB", None, GSR),
    Probe("Resistance leader Xanana Gusmao called for calm in Dili.", "Resistance leader Xanana Gusmao",
          "IDNREB", None, GSR),
    Probe("Opposition leader Morgan Tsvangirai called a general strike.",
          "Opposition leader Morgan Tsvangirai",
          "ZWEOPP", None, GSR),
    Probe("Opposition leader Kim Dae-jung called for a boycott of the vote.",
          "Opposition leader Kim Dae-jung", "KOROPP", None, "1991-06-01"),
    Probe("Solidarity leader Lech Walesa called off the strike at the Gdansk shipyard.",
          "Solidarity leader Lech Walesa", "POLLAB", None, "1988-08-25"),
    Probe("Hong Kong Governor Chris Patten unveiled his plan for wider elections.",
          "Hong Kong Governor Chris Patten", "GBRGOV", None, "1992-10-07"),
    Probe("Chinese officials attacked the governor's reform plan.", "Chinese officials", "CHNGOV",
          "HONG KONG",
          "1993-03-01"),
    Probe("Sinn Fein leader Gerry Adams met the Irish prime minister.", "Sinn Fein leader Gerry Adams",
          "GBROPP", None, GSR),
    # controls: a ruling party's man in office, a governing title of the day
    Probe("South African President Thabo Mbeki met the leaders of the ANC.",
          "South African President Thabo Mbeki",
          "ZAFGOV", None, GSR),
    Probe("Palestinian leader Yasser Arafat met the Israeli prime minister.",
          "Palestinian leader Yasser Arafat",
          "PSEGOV", None, GSR),
]

NAMED_HEADS: list[Probe] = [
    Probe("The West African peacekeeping force ECOMOG drove the rebels out of Freetown.",
          "The West African peacekeeping force ECOMOG", "IGOWAFWAS", None, GSR),
    Probe("The rebel Revolutionary United Front freed 200 child soldiers.",
          "The rebel Revolutionary United Front", "SLEREB", None, GSR),
    Probe("The Islamic militant group Hamas claimed the suicide bombing in Jerusalem.",
          "The Islamic militant group Hamas", "PSEREB", None, GSR),
    Probe("The separatist Basque group ETA announced an end to its ceasefire.",
          "The separatist Basque group ETA",
          "ESPREB", None, GSR),
    Probe("The pro-Iranian Hezbollah movement fired rockets into northern Israel.",
          "The pro-Iranian Hezbollah movement", "LBNREB", None, GSR),
    Probe("The Kurdistan Workers Party declared a unilateral ceasefire.", "The Kurdistan Workers Party",
          "TURREB", None, GSR),
    Probe("The Angolan rebel movement UNITA seized the diamond town of Cafunfo.",
          "The Angolan rebel movement UNITA", "AGOREB", None, GSR),
    Probe("The Maoist Shining Path guerrilla group bombed a police station in Lima.",
          "The Maoist Shining Path guerrilla group", "PERREB", None, GSR),
    Probe("The Moslem rebel Moro Islamic Liberation Front agreed to resume talks.",
          "The Moslem rebel Moro Islamic Liberation Front", "PHLREB", None, GSR),
    Probe("The outlawed Irish Republican Army ended its ceasefire with a bomb in London.",
          "The outlawed Irish Republican Army", "GBRREB", None, GSR),
    Probe("The Algerian Armed Islamic Group claimed the killing of seven monks.",
          "The Algerian Armed Islamic Group", "DZAREB", None, GSR),
    Probe("The human rights group Amnesty International condemned the executions.",
          "The human rights group Amnesty International", "NGOHRI", None, GSR),
    # controls: a descriptive head with no named body, a state's own force named by a descriptive head
    # (thirty-fourth session, wip/actors36: the ECOWAS force by its region is the body's, decided against
    # this row's earlier WAFMIL; the named-head rule it controlled is unchanged)
    Probe("A West African peacekeeping force landed in Monrovia.", "A West African peacekeeping force",
          "IGOWAFWAS",
          None, GSR),
    Probe("An Islamic militant group claimed the attack.", "An Islamic militant group", None, None, GSR),
]

ERA_PLACES: list[Probe] = [
    Probe("Zaire closed its border with Rwanda.", "Zaire", "COD", None, GSR),
    Probe("Zairean troops fled the advancing rebels.", "Zairean troops", "CODMIL", None, GSR),
    Probe("Yugoslavia recalled its ambassador from Tirana.", "Yugoslavia", "YUG", None, GSR),
    Probe("Serbia and Montenegro applied to join the Council of Europe.", "Serbia and Montenegro", "YUG",
          None,
          "2003-06-01"),
    Probe("The Soviet Union withdrew its last troops from Afghanistan.", "The Soviet Union", "USR", None,
          "1989-02-15"),
    Probe("The Soviet Union withdrew its last troops from Afghanistan.", "The Soviet Union", "USR", None,
          GSR),
    Probe("Czechoslovakia expelled two American diplomats.", "Czechoslovakia", "CZE", None, "1988-06-01"),
    Probe("East Germany opened its border crossings to the West.", "East Germany", "DEU", None, "1989-11-09"),
    Probe("West German Chancellor Helmut Kohl flew to Moscow.", "West German Chancellor Helmut Kohl",
          "DEUGOV",
          None, "1988-10-24"),
    Probe("Burma closed its universities after the protests.", "Burma", "MMR", None, GSR),
    Probe("Rhodesian forces raided guerrilla camps in Mozambique.", "Rhodesian forces", "ZWEMIL", None,
          "1979-06-01"),
    Probe("Israel sealed off the Gaza Strip after the bombing.", "the Gaza Strip", "PSE", None, GSR),
    Probe("Israel sealed off the West Bank after the bombing.", "the West Bank", "PSE", None, GSR),
    Probe("NATO troops patrolled Kosovo after the Serb withdrawal.", "Kosovo", "SRB", None, GSR),
    Probe("Russian warplanes bombed Chechnya for a third day.", "Chechnya", "RUS", None, GSR),
    Probe("India and Pakistan fought over Kashmir.", "Kashmir", "IND", None, GSR),
    Probe("Chinese troops moved into Tibet to put down the protests.", "Tibet", "CHN", None, "1989-03-08"),
    Probe("Tibetan monks staged a protest in Lhasa.", "Tibetan monks", "CHNREL", None, "1989-03-08"),
    Probe("Police in Gaza arrested 20 Hamas supporters.", "Police in Gaza", "PSECOP", None, GSR),
    Probe("Rebels in Kosovo ambushed a police convoy.", "Rebels in Kosovo", "SRBREB", None, GSR),
    Probe("Rebels in eastern Zaire captured the town of Goma.", "Rebels in eastern Zaire", "CODREB", None,
          "1996-11-01"),
    Probe("Guerrillas in Kashmir attacked an army post.", "Guerrillas in Kashmir", "INDREB", None, GSR),
    Probe("Rebels in Chechnya blew up a railway bridge.", "Rebels in Chechnya", "RUSREB", None, GSR),
    Probe("Police in East Timor fired on a crowd in Dili.", "Police in East Timor", "IDNCOP", None,
          "1991-11-12"),
    # controls: the successor states by their own names, a place after 2008
    Probe("Serbian troops crossed into Kosovo.", "Serbian troops", "SRBMIL", None, GSR),
    Probe("The Czech Republic joined NATO.", "The Czech Republic", "CZE", None, GSR),
    Probe("Kosovo declared independence from Serbia.", "Kosovo", "XKX", None, "2008-02-18"),
]

BATCHES = {"ETHNIC": ETHNIC, "MILITARY_RULE": MILITARY_RULE, "ERA_SIDES": ERA_SIDES,
           "NAMED_HEADS": NAMED_HEADS, "ERA_PLACES": ERA_PLACES}
ALL = [probe for batch in BATCHES.values() for probe in batch]

# First run, before any fix of this session (pass / total per class).
FIRST_RUN: dict[str, tuple[int, int]] = {"ETHNIC": (26, 38), "MILITARY_RULE": (12, 19), "ERA_SIDES": (20, 26),
                                         "NAMED_HEADS": (11, 14), "ERA_PLACES": (25, 27)}

# Misses kept after the fixes, by probe id, with why (the test asserts they still miss, so a fix shows).
KNOWN_GAPS: dict[str, str] = {
    "Bosnian Moslem troops@2000-01-01":
        "a faith before an armed role keeps the faith (BIHMOSMIL; the read gold codes 'Moslem fundamentalist "
        "demonstrators' EGYMOS), country + root is right",
    "Moslem separatists in the southern Philippines@2000-01-01":
        "the faith stays before the armed role in the phrase path (PHLMOSREB); the entity path gives PHLREB",
    "Resistance leader Xanana Gusmao@2000-01-01":
        "the probe's country, not the project's: East Timor is TLS on every date here (lead28's row accepts "
        "TLSREB); dating East Timor as Indonesia's before 2002 was not tried (no read record to check it on)",
    "Chinese officials@HONG KONG1993-03-01":
        "the whole phrase, which no mention covers, reads its words alone (as thirteenth's 'Soviet "
        "officials')",
    "The human rights group Amnesty International@2000-01-01":
        "a writing error of the probe: the table's code is NGOHRIAMN, and IGO/NGO codes are matched on three "
        "letters",
    "Serbia and Montenegro@2003-06-01":
        "the ISO code SCG (2003-2006) is what the gazetteer gives after the union took that name on "
        "2003-02-04; before it the union is YUG (twenty-eighth session, countries.SUCCESSIONS); whether "
        "CAMEO codes the renamed union YUG too is not settled by any readable record",
    "Police in East Timor@1991-11-12":
        "as Gusmao's row: East Timor is not dated as Indonesia's before 2002",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
