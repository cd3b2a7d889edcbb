"""Probe set, sixteenth actors set (twenty-ninth session, wip/actors31): the actors of the hidden
real-news CAMEO set (1985-2005 agency leads, scored at 2000-01-01) that the fifteenth set and lead30
left open.

Five classes, each with controls where the naive fix would be wrong; every sentence our own wording,
written and committed before the coder ran on any of them. The phrase is looked up as the events stage
does (`actor_for_span`). Most rows carry the GSR date (2000-01-01); a row about an office, a state or a
side that changed is dated in its own year.

- POSSESSED: a person before the group he leads ("Charles Taylor's NPFL guerrillas", "Jonas Savimbi's
  UNITA rebels"): the named group's code wins over the possessor's dated office; men "loyal to" a rebel
  leader are his side's rebels (REB), men loyal to a governing leader his state's forces (MIL). Controls:
  a governing leader's government or army.
- MISSION_HEADS: the head or officer of an international body or mission named with his nationality
  ("William Walker, the American head of the international monitoring mission", "the OAU's Tanzanian
  secretary-general"): the office wins over the nationality (IGO). Controls: a national's own state posts.
- PRISONERS: prisoners and detainees of a conflict are their people (CVL of their nation), prisoners of
  war their side's soldiers (MIL), political prisoners and detainees the opposition (OPP, the project's
  table); bare prisoners, inmates and common criminals stay criminals (CRM, as the read gold codes
  "Prisoners rioted").
- PLACED_SIDES: armed men with no nationality placed by the clause's place or by the side a state's acts
  fall on (Islamic militants deported by Israel are Palestinians; guerrillas in south Lebanon are
  Lebanon's), and rebel-held places ("the rebel Serb-held Krajina region" is Croatia's rebels). Controls:
  a state's own militants acted on by its own police.
- ERA_REGIONS: separatists and opposition of the Caucasus, Moldova and Central Asia 1991-2000, the Horn of
  Africa's fronts and militias, Southeast Asia's insurgents and juntas, Latin America's guerrillas, and
  office holders of 1985-2000 by title at the GSR date (a titled head whose listed term ended before
  1997 is still his state's government when the copy calls him by the office: the GSR dates the acts of
  his term 2000-01-01; "former" makes him an elite).

First run (main 09a8868 + this file, committed 54e3419 before any run): 77 of 125 right as written
(possessed 17 / 22, mission heads 8 / 21, prisoners 2 / 14, placed sides 7 / 15, era regions 43 / 53), lists
3 of 3. Four prisoner controls broke a settled convention, not the coder: a criminal sector is no context
sector, so bare prisoners, inmates, convicts and traffickers with no country word get no actor (None; the
twelfth session's "Sector-only actors with no country are not emitted"); corrected, the first run is 81 of
125 (prisoners 6 / 14). One more row was corrected to a table row an earlier session settled: the United Tajik
Opposition is TJKREB in `sectors` (the armed alliance of the 1992-1997 war), not the probe's TJKOPP.

After the fixes: 118 of 125 (possessed 22 / 22, mission heads 20 / 21, prisoners 14 / 14, placed sides
13 / 15, era regions 49 / 53), lists 3 of 3; the seven misses are KNOWN_GAPS below.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from actors.actor_helpers import Probe, gap_suite, list_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

POSSESSED: list[Probe] = [
    Probe("Charles Taylor's NPFL guerrillas attacked peacekeepers outside Monrovia.",
          "Charles Taylor's NPFL guerrillas", "LBRREB", None, GSR),
    Probe("Charles Taylor's National Patriotic Front of Liberia shelled the port.",
          "Charles Taylor's National Patriotic Front of Liberia", "LBRREB", None, "1992-10-20"),
    Probe("Jonas Savimbi's UNITA rebels shelled the besieged city of Kuito.",
          "Jonas Savimbi's UNITA rebels", "AGOREB", None, GSR),
    Probe("Foday Sankoh's Revolutionary United Front freed 300 child soldiers.",
          "Foday Sankoh's Revolutionary United Front", "SLEREB", None, GSR),
    Probe("Foday Sankoh's RUF rebels attacked a village east of Freetown.",
          "Foday Sankoh's RUF rebels", "SLEREB", None, GSR),
    Probe("John Garang's Sudan People's Liberation Army captured the town of Kapoeta.",
          "John Garang's Sudan People's Liberation Army", "SDNREB", None, GSR),
    Probe("Abdullah Ocalan's Kurdistan Workers Party declared a unilateral ceasefire.",
          "Abdullah Ocalan's Kurdistan Workers Party", "TURREB", None, GSR),
    Probe("Pol Pot's Khmer Rouge guerrillas shelled the town of Pailin.",
          "Pol Pot's Khmer Rouge guerrillas", "KHMREB", None, GSR),
    Probe("Nur Misuari's Moro National Liberation Front signed a peace accord.",
          "Nur Misuari's Moro National Liberation Front", "PHLREB", None, GSR),
    Probe("Savimbi's UNITA movement rejected the peace plan.", "Savimbi's UNITA movement", "AGOREB", None,
          GSR),
    Probe("Sankoh's RUF released 50 U.N. peacekeepers.", "Sankoh's RUF", "SLEREB", None, GSR),
    Probe("Gerry Adams's Sinn Fein party joined the talks.", "Gerry Adams's Sinn Fein party", "GBROPP", None,
          GSR),
    # men loyal to a leader
    Probe("Nigerian jets bombed fighters loyal to Charles Taylor near Buchanan.",
          "fighters loyal to Charles Taylor", "LBRREB", None, GSR),
    Probe("Guerrillas loyal to Foday Sankoh ambushed a convoy.", "Guerrillas loyal to Foday Sankoh", "SLEREB",
          None, GSR),
    Probe("Forces loyal to Jonas Savimbi shelled the airport at Luena.", "Forces loyal to Jonas Savimbi",
          "AGOREB", None, GSR),
    Probe("Militiamen loyal to Mohamed Farah Aidid attacked U.N. troops in Mogadishu.",
          "Militiamen loyal to Mohamed Farah Aidid", "SOMREB", None, GSR),
    Probe("Troops loyal to Dzhokhar Dudayev held the presidential palace in Grozny.",
          "Troops loyal to Dzhokhar Dudayev", "RUSREB", None, "1995-01-10"),
    Probe("Fighters loyal to John Garang overran an army garrison.", "Fighters loyal to John Garang",
          "SDNREB", None, GSR),
    # controls: a governing leader's men, government and army
    Probe("Forces loyal to Hun Sen seized the airport in Phnom Penh.", "Forces loyal to Hun Sen", "KHMMIL",
          None, "1997-07-06"),
    Probe("Soldiers loyal to Saddam Hussein shelled Kurdish villages.", "Soldiers loyal to Saddam Hussein",
          "IRQMIL", None, GSR),
    Probe("Charles Taylor's government expelled the British envoy.", "Charles Taylor's government", "LBRGOV",
          None, GSR),
    Probe("Saddam Hussein's Republican Guard moved south toward Kuwait.", "Saddam Hussein's Republican Guard",
          "IRQMIL", None, GSR),
]

MISSION_HEADS: list[Probe] = [
    Probe("Yugoslavia ordered William Walker, the American head of the international monitoring mission in "
          "Kosovo, to leave.", "William Walker", "IGO", None, GSR),
    Probe("William Walker, the American head of the Kosovo Verification Mission, blamed Serbian police.",
          "William Walker", "IGOEURSCE", "PRISTINA", GSR),
    Probe("The U.N. envoy, a former Algerian foreign minister, met the Taliban leaders in Kandahar.",
          "The U.N. envoy", "IGOUNO", None, GSR),
    Probe("Lakhdar Brahimi, the U.N. envoy and a former Algerian foreign minister, flew to Kabul.",
          "Lakhdar Brahimi", "IGOUNO", None, GSR),
    Probe("Rolf Ekeus, the Swedish chief of the U.N. arms inspectors, left Baghdad empty-handed.",
          "Rolf Ekeus", "IGOUNO", None, GSR),
    Probe("The Swedish chief of the U.N. inspectors told Iraq to open the sites.",
          "The Swedish chief of the U.N. inspectors", "IGOUNO", None, GSR),
    Probe("Richard Butler, the Australian head of UNSCOM, briefed the Security Council.", "Richard Butler",
          "IGOUNO", None, GSR),
    Probe("The OAU's Tanzanian secretary-general, Salim Ahmed Salim, appealed for a ceasefire.",
          "The OAU's Tanzanian secretary-general", "IGOAFROAU", None, GSR),
    Probe("Salim Ahmed Salim, the Tanzanian secretary-general of the OAU, flew to Asmara.",
          "Salim Ahmed Salim", "IGOAFROAU", None, GSR),
    Probe("Boutros Boutros-Ghali, the Egyptian secretary-general of the United Nations, visited Sarajevo.",
          "Boutros Boutros-Ghali", "IGOUNO", None, "1992-12-31"),
    Probe("Javier Solana, NATO's Spanish secretary-general, warned Belgrade.", "Javier Solana", "IGOWSTNAT",
          None, GSR),
    Probe("The Nigerian commander of ECOMOG said his troops had retaken the port.",
          "The Nigerian commander of ECOMOG", "IGOWAFWAS", None, GSR),
    Probe("A Norwegian U.N. official said the convoy had been turned back.", "A Norwegian U.N. official",
          "IGOUNO", None, GSR),
    Probe("The French commander of the U.N. force in Bosnia protested to the Serbs.",
          "The French commander of the U.N. force in Bosnia", "IGOUNO", None, GSR),
    Probe("Yasushi Akashi, the Japanese U.N. envoy, met Karadzic in Pale.", "Yasushi Akashi", "IGOUNO", None,
          "1994-04-20"),
    Probe("The Canadian head of the U.N. mission in Rwanda asked for more troops.",
          "The Canadian head of the U.N. mission in Rwanda", "IGOUNO", None, GSR),
    # controls: a national's own posts
    Probe("The American ambassador to the United Nations criticised Iraq.",
          "The American ambassador to the United Nations", "USAGOV", None, GSR),
    Probe("The Swedish foreign minister flew to Baghdad.", "The Swedish foreign minister", "SWEGOV", None,
          GSR),
    Probe("The Algerian foreign minister met his Moroccan counterpart.", "The Algerian foreign minister",
          "DZAGOV", None, GSR),
    Probe("A Nigerian general said the rebels had fled.", "A Nigerian general", "NGAMIL", None, GSR),
    Probe("The U.S. envoy to the Balkans, Richard Holbrooke, met Milosevic.", "The U.S. envoy to the Balkans",
          "USAGOV", None, GSR),
]

PRISONERS: list[Probe] = [
    Probe("Israel freed 199 Palestinian prisoners under the Wye River accord.", "199 Palestinian prisoners",
          "PSECVL", None, GSR),
    Probe("Palestinian prisoners in Israeli jails began a hunger strike.", "Palestinian prisoners", "PSECVL",
          None, GSR),
    Probe("Israel released 30 Lebanese detainees held in the Khiam prison.", "30 Lebanese detainees",
          "LBNCVL",
          None, GSR),
    Probe("Iraq returned 200 Iranian prisoners of war.", "200 Iranian prisoners of war", "IRNMIL", None, GSR),
    Probe("Iraqi prisoners of war were handed over at the border.", "Iraqi prisoners of war", "IRQMIL", None,
          GSR),
    Probe("The Polisario freed 200 Moroccan prisoners of war.", "200 Moroccan prisoners of war", "MARMIL",
          None, GSR),
    Probe("Burma's junta freed 40 political detainees.", "40 political detainees", "MMROPP", None, GSR),
    Probe("Cuba freed 100 political prisoners after the pope's visit.", "100 political prisoners", "CUBOPP",
          None, GSR),
    Probe("Kosovo Albanian prisoners held in Serbian jails were moved to Nis.",
          "Kosovo Albanian prisoners", "SRBCVL", None, GSR),
    Probe("Serbia and Croatia exchanged 300 Croatian prisoners for Serb fighters.", "300 Croatian prisoners",
          "HRVCVL", None, GSR),
    # controls: prisoners with no side, inmates and criminals
    Probe("Prisoners rioted at a jail in Sao Paulo, taking guards hostage.", "Prisoners", None, None, GSR),
    Probe("Inmates at a Caracas prison set fire to their cells.", "Inmates", None, None, GSR),
    Probe("Police recaptured 12 convicts who escaped from a Manila jail.", "12 convicts", None, None, GSR),
    Probe("Colombian police arrested three drug traffickers in Cali.", "three drug traffickers", None, None,
          GSR),
]

PLACED_SIDES: list[Probe] = [
    Probe("Israel deported 415 suspected Islamic militants to southern Lebanon.",
          "415 suspected Islamic militants", "PSEUAF", None, GSR),
    Probe("Israel expelled 12 Moslem fundamentalist militants to Lebanon.",
          "12 Moslem fundamentalist militants", "PSEUAF", None, GSR),
    Probe("Israeli troops arrested 20 Islamic militants in the Gaza Strip.", "20 Islamic militants", "PSEUAF",
          None, GSR),
    Probe("Israeli helicopters killed three Islamic guerrillas in southern Lebanon.",
          "three Islamic guerrillas", "LBNREB", None, GSR),
    Probe("Croatian troops launched an offensive to retake the rebel Serb-held Krajina region.",
          "the rebel Serb-held Krajina region", "HRVREB", None, GSR),
    Probe("Croatian troops shelled the rebel Serb stronghold of Knin.",
          "the rebel Serb stronghold of Knin", "HRVREB", None, GSR),
    Probe("Krajina Serb forces shelled the Croatian town of Karlovac.", "Krajina Serb forces", "HRVREB", None,
          GSR),
    Probe("Sri Lankan troops pushed into the rebel-held Jaffna peninsula.", "the rebel-held Jaffna peninsula",
          "LKAREB", None, GSR),
    Probe("Government troops shelled the rebel-held town of Kuito in central Angola.",
          "the rebel-held town of Kuito", "AGOREB", None, GSR),
    Probe("Bosnian army troops attacked Serb-held positions around Sarajevo.", "Serb-held positions",
          "BIHREB", None, GSR),
    # controls: a state's own militants acted on by its own forces
    Probe("Egyptian police killed three suspected Islamic militants in Assiut.",
          "three suspected Islamic militants", "EGYUAF", None, GSR),
    Probe("Algerian security forces killed 12 suspected Moslem militants near Blida.",
          "12 suspected Moslem militants", "DZAUAF", None, GSR),
    Probe("Palestinian militants fired on an Israeli patrol near Hebron.", "Palestinian militants", "PSEUAF",
          None, GSR),
    Probe("Indian troops killed five militants in Kashmir.", "five militants", "INDUAF", None, GSR),
    Probe("Croatian troops retook the town of Knin.", "Croatian troops", "HRVMIL", None, GSR),
]

ERA_REGIONS: list[Probe] = [
    # the Caucasus, Moldova and Central Asia
    Probe("Abkhaz separatists shelled Georgian positions on the Gumista river.", "Abkhaz separatists",
          "GEOREB", None, GSR),
    Probe("Abkhaz forces captured the port of Sukhumi.", "Abkhaz forces", "GEOREB", None, GSR),
    Probe("South Ossetian separatists fired on Georgian police near Tskhinvali.",
          "South Ossetian separatists", "GEOREB", None, GSR),
    Probe("Karabakh Armenian forces captured the Azerbaijani town of Agdam.", "Karabakh Armenian forces",
          "AZEREB", None, GSR),
    Probe("Transdniestrian separatists seized a police station in Bendery.", "Transdniestrian separatists",
          "MDAREB", None, GSR),
    Probe("Dniester separatists refused to disarm.", "Dniester separatists", "MDAREB", None, GSR),
    Probe("Tajik opposition fighters attacked a border post on the Afghan frontier.",
          "Tajik opposition fighters", "TJKREB", None, GSR),
    Probe("The United Tajik Opposition signed a peace accord with the government.",
          "The United Tajik Opposition", "TJKREB", None, GSR),
    Probe("Vladislav Ardzinba, the Abkhaz separatist leader, rejected the plan.", "Vladislav Ardzinba",
          "GEOREB", None, GSR),
    Probe("Igor Smirnov, the Transdniestrian separatist leader, met the Moldovan president.", "Igor Smirnov",
          "MDAREB", None, GSR),
    Probe("Chechen separatist fighters attacked a Russian column.", "Chechen separatist fighters", "RUSREB",
          None, GSR),
    # the Horn of Africa
    Probe("The Sudan People's Liberation Army captured a garrison town in the south.",
          "The Sudan People's Liberation Army", "SDNREB", None, GSR),
    Probe("Eritrean People's Liberation Front guerrillas captured the port of Massawa.",
          "Eritrean People's Liberation Front guerrillas", "ETHREB", None, "1990-02-10"),
    Probe("Tigrean rebels advanced on Addis Ababa.", "Tigrean rebels", "ETHREB", None, "1991-05-25"),
    Probe("Tigrayan People's Liberation Front rebels captured Gondar.",
          "Tigrayan People's Liberation Front rebels", "ETHREB", None, "1989-03-01"),
    Probe("Somali clan militias fought for control of the airport in Mogadishu.", "Somali clan militias",
          "SOMUAF", None, GSR),
    Probe("The Somali National Movement captured Hargeisa.", "The Somali National Movement", "SOMREB", None,
          "1991-01-30"),
    # Southeast Asia
    Probe("Khmer Rouge guerrillas attacked a train south of Phnom Penh.", "Khmer Rouge guerrillas", "KHMREB",
          None, GSR),
    Probe("Abu Sayyaf gunmen seized 21 hostages from a Malaysian resort.", "Abu Sayyaf gunmen", "PHLREB",
          None, GSR),
    Probe("Free Aceh Movement rebels ambushed an army truck.", "Free Aceh Movement rebels", "IDNREB", None,
          GSR),
    Probe("Fretilin guerrillas attacked an Indonesian patrol in the hills.", "Fretilin guerrillas", "TLSREB",
          None, "1995-03-01"),
    Probe("The State Law and Order Restoration Council freed Aung San Suu Kyi.",
          "The State Law and Order Restoration Council", "MMRMIL", None, "1995-07-10"),
    Probe("Karen rebels of the Karen National Union lost their headquarters at Manerplaw.",
          "Karen rebels of the Karen National Union", "MMRREB", None, GSR),
    Probe("The Karen National Union rejected the junta's offer.", "The Karen National Union", "MMRREB", None,
          GSR),
    Probe("Moro Islamic Liberation Front rebels attacked an army camp.",
          "Moro Islamic Liberation Front rebels",
          "PHLREB", None, GSR),
    # Latin America
    Probe("Farabundo Marti National Liberation Front guerrillas attacked San Salvador.",
          "Farabundo Marti National Liberation Front guerrillas", "SLVREB", None, "1989-11-12"),
    Probe("FMLN rebels signed a peace accord with the Salvadoran government.", "FMLN rebels", "SLVREB", None,
          GSR),
    Probe("The Guatemalan National Revolutionary Unity signed a final peace accord.",
          "The Guatemalan National Revolutionary Unity", "GTMREB", None, GSR),
    Probe("URNG guerrillas laid down their arms.", "URNG guerrillas", "GTMREB", None, GSR),
    Probe("Shining Path guerrillas blew up an electricity pylon.", "Shining Path guerrillas", "PERREB", None,
          GSR),
    Probe("Tupac Amaru rebels held 72 hostages in the Japanese ambassador's residence.", "Tupac Amaru rebels",
          "PERREB", None, GSR),
    Probe("The Tupac Amaru Revolutionary Movement demanded the release of its jailed members.",
          "The Tupac Amaru Revolutionary Movement", "PERREB", None, GSR),
    Probe("Zapatista guerrillas seized four towns in Chiapas.", "Zapatista guerrillas", "MEXREB", None, GSR),
    Probe("U.S.-backed Contra rebels attacked a cooperative in northern Nicaragua.",
          "U.S.-backed Contra rebels",
          "NICREB", None, "1987-05-01"),
    Probe("The contras accused the Sandinistas of violating the truce.", "The contras", "NICREB", None,
          "1988-06-01"),
    # office holders of 1985-2000 by title at the GSR date
    Probe("Hutu President Sylvestre Ntibantunganya took refuge in the U.S. embassy.",
          "Hutu President Sylvestre Ntibantunganya", "BDIGOV", None, GSR),
    Probe("President Sylvestre Ntibantunganya appealed for calm.", "President Sylvestre Ntibantunganya",
          "BDIGOV", None, GSR),
    Probe("Former President Sylvestre Ntibantunganya left the embassy.",
          "Former President Sylvestre Ntibantunganya", "BDIELI", None, GSR),
    Probe("Zairean President Mobutu Sese Seko fled Kinshasa.", "Zairean President Mobutu Sese Seko", "CODGOV",
          None, GSR),
    Probe("Ethiopian leader Mengistu Haile Mariam fled to Zimbabwe.",
          "Ethiopian leader Mengistu Haile Mariam",
          "ETHGOV", None, GSR),
    Probe("President Mengistu Haile Mariam ordered a general mobilisation.",
          "President Mengistu Haile Mariam",
          "ETHGOV", None, GSR),
    Probe("Somali President Mohamed Siad Barre fled the capital.", "Somali President Mohamed Siad Barre",
          "SOMGOV", None, GSR),
    Probe("Nicaraguan President Daniel Ortega lifted the state of emergency.",
          "Nicaraguan President Daniel Ortega", "NICGOV", None, GSR),
    Probe("Georgian President Zviad Gamsakhurdia fled Tbilisi.", "Georgian President Zviad Gamsakhurdia",
          "GEOGOV", None, GSR),
    Probe("Tajik President Imomali Rakhmonov met opposition leaders in Moscow.",
          "Tajik President Imomali Rakhmonov", "TJKGOV", None, GSR),
    Probe("Armenian President Levon Ter-Petrosyan resigned.", "Armenian President Levon Ter-Petrosyan",
          "ARMGOV", None, GSR),
    Probe("Indonesian President Suharto ordered troops into East Timor.", "Indonesian President Suharto",
          "IDNGOV", None, GSR),
    Probe("Philippine President Fidel Ramos signed the peace accord.", "Philippine President Fidel Ramos",
          "PHLGOV", None, GSR),
    Probe("Salvadoran President Alfredo Cristiani signed the peace accord.",
          "Salvadoran President Alfredo Cristiani", "SLVGOV", None, GSR),
    Probe("Peruvian President Alberto Fujimori ordered the commandos in.",
          "Peruvian President Alberto Fujimori",
          "PERGOV", None, GSR),
    Probe("Cambodian strongman Hun Sen ousted his co-premier.", "Cambodian strongman Hun Sen", "KHMGOV", None,
          GSR),
    Probe("SPLA leader John Garang rejected the offer.", "SPLA leader John Garang", "SDNREB", None, GSR),
    Probe("Former Ethiopian dictator Mengistu Haile Mariam lives in exile in Zimbabwe.",
          "Former Ethiopian dictator Mengistu Haile Mariam", "ETHELI", None, GSR),
]


class ListProbe(NamedTuple):
    sentence: str
    phrase: str
    codes: tuple[str, ...]
    dateline: str | None = None
    published: str = GSR


LISTS: list[ListProbe] = [
    ListProbe("Georgia and the Abkhaz separatists signed a ceasefire.", "Georgia and the Abkhaz separatists",
              ("GEO", "GEOREB")),
    ListProbe("Armenia and Azerbaijan exchanged prisoners of war.", "Armenia and Azerbaijan", ("ARM", "AZE")),
    ListProbe("Eritrea and Ethiopia accused each other of starting the war.", "Eritrea and Ethiopia",
              ("ERI", "ETH")),
]

BATCHES = {"POSSESSED": POSSESSED, "MISSION_HEADS": MISSION_HEADS, "PRISONERS": PRISONERS,
           "PLACED_SIDES": PLACED_SIDES, "ERA_REGIONS": ERA_REGIONS}
ALL = [probe for batch in BATCHES.values() for probe in batch]

# First run, before any fix of this session (pass / total per class).
FIRST_RUN: dict[str, tuple[int, int]] = {"POSSESSED": (17, 22), "MISSION_HEADS": (8, 21),
                                         "PRISONERS": (6, 14), "PLACED_SIDES": (7, 15),
                                         "ERA_REGIONS": (43, 53)}

# Misses kept after the fixes, by probe id, with why (the test asserts they still miss, so a fix shows).
KNOWN_GAPS: dict[str, str] = {
    "Javier Solana@2000-01-01":
        "the table lists his EU post (1999-2009) on the GSR date; the appositive naming his earlier NATO "
        "post (IGOWSTNAT now, not his nationality) does not make the office-holder lookup take the earlier "
        "row",
    "Serb-held positions@2000-01-01":
        "the place ('around Sarajevo') lies outside the phrase and the one-sentence text has no story "
        "country; a place in the phrase or a dateline gives the holder's REB of that state",
    "Hutu President Sylvestre Ntibantunganya@2000-01-01":
        "his listed term ended in 1996, more than TITLE_YEARS (3) before the GSR date, so a bare 'President' "
        "is read as a title of honour or retrospect (ELI); the people word reads the U.S. embassy's state",
    # (thirty-first session: "President Sylvestre Ntibantunganya appealed for calm" and "President Mengistu
    # Haile Mariam ..." pass, a governing title before the subject of an active verb holding the office)
}
LIST_GAPS: dict[str, str] = {}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)

listed, test_list = list_suite([p for p in LISTS if p.phrase not in LIST_GAPS])


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
