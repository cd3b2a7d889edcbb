"""Probe set, eighteenth actors set (thirty-first session, wip/actors33): the actors of the hidden real-news
CAMEO set (1985-2005 agency leads scored at the 2000-01-01 placeholder date) that lead32, parse32,
targets32, stories32 and the seventeenth set left open.

Four classes, each with controls where the naive fix would be wrong; every sentence our own wording,
written and committed before the coder ran on any of them. The phrase is looked up as the events stage
does (`actor_for_span`). Most rows carry the GSR date (2000-01-01); a row about a state that did not yet
exist then is dated in its own year.

- EARLIER_TERM: leaders of a term that ended years before the placeholder date, shown acting in office by
  the sentence itself: a governing title before the name of the subject of a verb ("President Ronald Reagan
  ordered ...", "Prime Minister Yitzhak Shamir rejected ..."), a bare surname doing an act only a holder
  does (ordered troops, vetoed, signed into law, declared martial law), and armed men "led by" a man the
  table lists as a rebel leader in an earlier spell ("Rebels led by Laurent Kabila": the rebels then).
  Controls: "former", a title in a statue or a possessive, a name with no title and no act, leaders within
  their term.
- INNER_SIDES: sides named by an ethnic or regional group inside a state: Bosnian and Croatian Serb gunners,
  artillery and snipers (the Serb side: REB), Chechen gunmen and militants (rebels), Hindu zealots in an
  Indian town (India's, not the speaker's), ethnic Armenian forces in or near Karabakh (Azerbaijan's
  rebels, the twenty-ninth session's convention). Controls: a state's own forces there, the sides the
  tables already hold.
- NAMES_INSIDE: country names that contain another's: Papua New Guinea / Guinea / Equatorial Guinea /
  Guinea-Bissau, Niger / Nigeria / the Niger Delta, Congo / Democratic Republic of Congo, Dominica /
  Dominican Republic, Sudan / South Sudan, Korea / North Korea, the Central African Republic, by
  possessive, adjective, apposition and "of".
- MISSED_PARTIES: parties the tables miss: mercenaries named by their nation in an apposition, a
  breakaway leader by apposition, a legislative majority by party ("the Republican majority" USALEG),
  troops whose nationality comes before a reduced relative.

First run (main d406413 + this file, committed 4e5feec before any run): 59 of 92 (earlier term 15 / 27, inner
sides 9 / 22, names inside 28 / 30, missed parties 7 / 14). After the fixes: 90 of 92 (27 / 21 / 29 / 14); the
two misses are KNOWN_GAPS below, each with its reason (both probe-writing choices).
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"
# a second row with the same phrase needs another id: the day before, as far from every term
GSR_ID = "1999-12-31"

EARLIER_TERM: list[Probe] = [
    Probe("President Ronald Reagan ordered a freeze on Libyan assets in the United States.",
          "President Ronald Reagan", "USAGOV", None, GSR),
    Probe("Reagan ordered U.S. warships to escort Kuwaiti tankers in the Gulf.", "Reagan", "USAGOV", None,
          GSR),
    Probe("President Reagan signed the trade bill into law on Friday.", "President Reagan", "USAGOV", None,
          GSR),
    Probe("Reagan vetoed the sanctions bill passed by Congress.", "Reagan", "USAGOV", None, GSR_ID),
    Probe("Former President Ronald Reagan attended the funeral in California.",
          "Former President Ronald Reagan", "USAELI", None, GSR),
    Probe("A statue of President Ronald Reagan was unveiled at the airport.", "President Ronald Reagan",
          "USAELI", None, GSR_ID),
    Probe("Ronald Reagan, who left office in 1989, spoke at a dinner in Los Angeles.", "Ronald Reagan",
          "USAELI", None, GSR),
    Probe("President George Bush ordered U.S. troops to Saudi Arabia.", "President George Bush", "USAGOV",
          None, GSR),
    Probe("President Jimmy Carter ordered a rescue mission for the hostages in Tehran.",
          "President Jimmy Carter", "USAGOV", None, GSR),
    Probe("Former President Jimmy Carter arrived in Haiti to mediate.", "Former President Jimmy Carter",
          "USAELI", None, GSR),
    Probe("Jimmy Carter, the former president, monitored the election in Panama.", "Jimmy Carter", "USAELI",
          None, GSR),
    Probe("President Francois Mitterrand ordered French troops to Chad.", "President Francois Mitterrand",
          "FRAGOV", None, GSR),
    Probe("Mitterrand dissolved the National Assembly and called new elections.", "Mitterrand", "FRAGOV",
          None, GSR),
    Probe("Prime Minister Margaret Thatcher sent a naval task force to the Falklands.",
          "Prime Minister Margaret Thatcher", "GBRGOV", None, GSR),
    Probe("Prime Minister Yitzhak Shamir rejected the American peace plan.", "Prime Minister Yitzhak Shamir",
          "ISRGOV", None, GSR),
    Probe("Israeli Prime Minister Yitzhak Shamir met the U.S. secretary of state.",
          "Israeli Prime Minister Yitzhak Shamir", "ISRGOV", None, GSR),
    Probe("President Ferdinand Marcos declared martial law across the Philippines.",
          "President Ferdinand Marcos", "PHLGOV", None, GSR),
    Probe("Marcos imposed a curfew on Manila after the protests.", "Marcos", "PHLGOV", None, GSR),
    Probe("Soviet leader Mikhail Gorbachev ordered troops into Baku.", "Soviet leader Mikhail Gorbachev",
          "USRGOV", None, GSR),
    Probe("President Mikhail Gorbachev signed a decree on the economy.", "President Mikhail Gorbachev",
          "USRGOV", None, GSR),
    Probe("Chancellor Helmut Kohl signed the treaty in Moscow.", "Chancellor Helmut Kohl", "DEUGOV", None,
          GSR),
    Probe("Rebels led by Laurent Kabila captured Lubumbashi on Wednesday.", "Rebels led by Laurent Kabila",
          "CODREB", None, GSR),
    Probe("Kabila's rebels seized the diamond centre of Mbuji-Mayi.", "Kabila's rebels", "CODREB", None,
          GSR),
    Probe("Rebels led by Charles Taylor attacked the outskirts of Monrovia.", "Rebels led by Charles Taylor",
          "LBRREB", None, GSR),
    Probe("President Laurent Kabila accused Rwanda of invading Congo.", "President Laurent Kabila", "CODGOV",
          None, GSR),
    Probe("Troops loyal to President Laurent Kabila retook the airport.",
          "Troops loyal to President Laurent Kabila", "CODMIL", None, GSR),
    Probe("Iranian President Akbar Hashemi Rafsanjani received the envoy.",
          "Iranian President Akbar Hashemi Rafsanjani", "IRNGOV", None, GSR),
]

INNER_SIDES: list[Probe] = [
    Probe("Bosnian Serb gunners shelled a crowded market in Sarajevo.", "Bosnian Serb gunners", "BIHREB",
          None, GSR),
    Probe("Bosnian Serb artillery pounded the Moslem enclave of Gorazde.", "Bosnian Serb artillery",
          "BIHREB", None, GSR),
    Probe("Bosnian Serb snipers killed two children in Sarajevo.", "Bosnian Serb snipers", "BIHREB", None,
          GSR),
    Probe("Bosnian Serb gunmen ambushed a U.N. convoy near Zepa.", "Bosnian Serb gunmen", "BIHREB", None,
          GSR),
    Probe("Croatian Serb gunners fired rockets at Zagreb.", "Croatian Serb gunners", "HRVREB", None, GSR),
    Probe("Bosnian Serb soldiers blocked the road to Srebrenica.", "Bosnian Serb soldiers", "BIHREB", None,
          GSR),
    Probe("Bosnian government troops launched an offensive near Tuzla.", "Bosnian government troops",
          "BIHMIL", None, GSR),
    Probe("Serbian police raided villages in Kosovo.", "Serbian police", "SRBCOP", None, GSR),
    Probe("Chechen gunmen seized a hospital in the town of Budyonnovsk.", "Chechen gunmen", "RUSREB", None,
          GSR),
    Probe("Chechen militants attacked a Russian checkpoint.", "Chechen militants", "RUSREB", None, GSR),
    Probe("Chechen fighters shot down a Russian helicopter.", "Chechen fighters", "RUSREB", None, GSR),
    Probe("Chechen separatists rejected the Kremlin's offer.", "Chechen separatists", "RUSREB", None, GSR),
    Probe("Russian troops in Chechnya came under fire overnight.", "Russian troops in Chechnya", "RUSMIL",
          None, GSR),
    Probe("Pakistan condemned the destruction of the mosque by Hindu zealots in the Indian town of Ayodhya.",
          "Hindu zealots in the Indian town of Ayodhya", "INDHIN", None, GSR),
    Probe("Hindu militants in India tore down the mosque.", "Hindu militants in India", "INDHIN", None, GSR),
    Probe("Ethnic Armenian forces in Nagorno-Karabakh captured the town of Agdam.",
          "Ethnic Armenian forces in Nagorno-Karabakh", "AZEREB", None, GSR),
    Probe("Karabakh Armenian gunners shelled Azerbaijani villages.", "Karabakh Armenian gunners", "AZEREB",
          None, GSR),
    Probe("Azerbaijani troops in the Nagorno-Karabakh region retreated.",
          "Azerbaijani troops in the Nagorno-Karabakh region", "AZEMIL", None, GSR),
    Probe("Abkhaz gunmen fired on Georgian police.", "Abkhaz gunmen", "GEOREB", None, GSR),
    Probe("Ethnic Albanian guerrillas attacked Serbian police in Kosovo.", "Ethnic Albanian guerrillas",
          "SRBREB", None, GSR),
    Probe("Kurdish rebels attacked a Turkish army post in the southeast.", "Kurdish rebels", "TURREB", None,
          GSR),
    Probe("Tamil Tiger rebels blew up a navy ship off Trincomalee.", "Tamil Tiger rebels", "LKAREB", None,
          GSR),
]

NAMES_INSIDE: list[Probe] = [
    Probe("Papua New Guinea's army commander, Brigadier General Jerry Singirok, demanded the prime minister "
          "resign.", "Papua New Guinea's army commander", "PNGMIL", None, GSR),
    Probe("Papua New Guinea's army commander, Brigadier General Jerry Singirok, demanded the prime minister "
          "resign.", "Brigadier General Jerry Singirok", "PNGMIL", "PORT MORESBY", GSR),
    Probe("Papua New Guinea Prime Minister Julius Chan hired the mercenaries.",
          "Papua New Guinea Prime Minister Julius Chan", "PNGGOV", None, GSR),
    Probe("The Papua New Guinea government cancelled the contract.", "The Papua New Guinea government",
          "PNGGOV", None, GSR),
    Probe("Papua New Guinean soldiers surrounded the parliament.", "Papua New Guinean soldiers", "PNGMIL",
          None, GSR),
    Probe("The army of Papua New Guinea fought rebels on Bougainville.", "The army of Papua New Guinea",
          "PNGMIL", None, GSR),
    Probe("Guinea's army commander denied the coup rumours.", "Guinea's army commander", "GINMIL", None, GSR),
    Probe("Guinean President Lansana Conte dismissed the cabinet.", "Guinean President Lansana Conte",
          "GINGOV", None, GSR),
    Probe("The Equatorial Guinea government expelled the Spanish diplomat.",
          "The Equatorial Guinea government", "GNQGOV", None, GSR),
    Probe("Equatorial Guinea's president pardoned the prisoners.", "Equatorial Guinea's president", "GNQGOV",
          None, GSR),
    Probe("Guinea-Bissau's army chief led the mutiny.", "Guinea-Bissau's army chief", "GNBMIL", None, GSR),
    Probe("The Guinea-Bissau government asked Senegal for troops.", "The Guinea-Bissau government", "GNBGOV",
          None, GSR),
    Probe("Niger's army seized power in Niamey.", "Niger's army", "NERMIL", None, GSR),
    Probe("Nigeria's army denied the report.", "Nigeria's army", "NGAMIL", None, GSR),
    Probe("The Niger government declared a state of emergency.", "The Niger government", "NERGOV", None, GSR),
    Probe("Nigerien soldiers patrolled the border.", "Nigerien soldiers", "NERMIL", None, GSR),
    Probe("Nigerian soldiers patrolled the border.", "Nigerian soldiers", "NGAMIL", None, GSR),
    Probe("Militants in the Niger Delta kidnapped oil workers.", "Militants in the Niger Delta", "NGAREB",
          None, "2007-05-01"),
    Probe("The Democratic Republic of Congo's army retook the town.",
          "The Democratic Republic of Congo's army", "CODMIL", None, GSR),
    Probe("The Republic of Congo's president met rebel leaders in Brazzaville.",
          "The Republic of Congo's president", "COGGOV", None, GSR),
    Probe("Congo-Brazzaville's army shelled the southern districts.", "Congo-Brazzaville's army", "COGMIL",
          None, GSR),
    Probe("Dominica's prime minister visited Washington.", "Dominica's prime minister", "DMAGOV", None, GSR),
    Probe("The Dominican Republic's president visited Washington.", "The Dominican Republic's president",
          "DOMGOV", None, GSR),
    Probe("South Sudan's army clashed with rebels in Jonglei.", "South Sudan's army", "SSDMIL", None,
          "2013-06-01"),
    Probe("Sudan's army bombed villages in the south.", "Sudan's army", "SDNMIL", None, GSR),
    Probe("North Korea's army put its troops on alert.", "North Korea's army", "PRKMIL", None, GSR),
    Probe("South Korea's army put its troops on alert.", "South Korea's army", "KORMIL", None, GSR),
    Probe("The Central African Republic's army mutinied.", "The Central African Republic's army", "CAFMIL",
          None, GSR),
    Probe("The army commander of Papua New Guinea, Jerry Singirok, was dismissed.",
          "The army commander of Papua New Guinea", "PNGMIL", None, GSR),
    Probe("Guinea's foreign minister, Lamine Kamara, met his Liberian counterpart.",
          "Guinea's foreign minister", "GINGOV", None, GSR),
]

MISSED_PARTIES: list[Probe] = [
    Probe("Soldiers detained the mercenaries, most of them South Africans, at the airport.",
          "the mercenaries", "ZAFUAF", None, GSR),
    Probe("South African mercenaries arrived in Sierra Leone.", "South African mercenaries", "ZAFUAF", None,
          GSR),
    Probe("Police arrested the mercenaries, mostly Britons, in the capital.", "the mercenaries", "GBRUAF",
          None, GSR_ID),
    Probe("Lucinschi met the leader of the self-proclaimed Dniester republic, Igor Smirnov, in Moscow.",
          "Igor Smirnov", "MDAREB", None, GSR),
    Probe("Lucinschi met the leader of the self-proclaimed Dniester republic, Igor Smirnov, in Moscow.",
          "the leader of the self-proclaimed Dniester republic", "MDAREB", "MOSCOW", GSR),
    Probe("Shevardnadze met the leader of the breakaway Abkhazia region, Vladislav Ardzinba.",
          "Vladislav Ardzinba", "GEOREB", None, GSR),
    Probe("Clinton denounced the Republican majority as reckless.", "the Republican majority", "USALEG",
          None, GSR),
    Probe("The Republican-controlled Congress passed the budget.", "The Republican-controlled Congress",
          "USALEG", None, GSR),
    Probe("The Democratic majority in the Senate blocked the nomination.",
          "The Democratic majority in the Senate", "USALEG", None, GSR),
    Probe("Iraqi troops, backed by tanks, poured across the border into Kuwait.", "Iraqi troops", "IRQMIL",
          None, GSR),
    Probe("Iraqi troops backed by tanks poured across the border into Kuwait.",
          "Iraqi troops backed by tanks", "IRQMIL", "KUWAIT", GSR),
    Probe("Turkish troops, supported by warplanes, crossed into northern Iraq.", "Turkish troops", "TURMIL",
          None, GSR),
    Probe("Serb forces backed by artillery attacked the town.", "Serb forces backed by artillery", "SRBMIL",
          None, GSR),
    Probe("Iraqi soldiers, backed by helicopter gunships, attacked Kurdish villages.", "Iraqi soldiers",
          "IRQMIL", None, GSR),
]

BATCHES = {"EARLIER_TERM": EARLIER_TERM, "INNER_SIDES": INNER_SIDES, "NAMES_INSIDE": NAMES_INSIDE,
           "MISSED_PARTIES": MISSED_PARTIES}
ALL = [probe for batch in BATCHES.values() for probe in batch]

# First run, before any fix of this session (pass / total per class).
FIRST_RUN: dict[str, tuple[int, int]] = {"EARLIER_TERM": (15, 27), "INNER_SIDES": (9, 22),
                                         "NAMES_INSIDE": (28, 30), "MISSED_PARTIES": (7, 14)}

# Misses kept after the fixes, by probe id, with why (the test asserts they still miss, so a fix shows).
KNOWN_GAPS: dict[str, str] = {
    "Hindu militants in India@2000-01-01":
        "a probe-writing choice: the role noun keeps its sector beside the faith (INDHINUAF, as 'Moslem "
        "separatists' are PHLMOSREB); the row's point, that the faith is no newspaper (The Hindu, INDMED "
        "on the first run) and India's, holds",
    "Militants in the Niger Delta@2007-05-01":
        "a probe-writing choice: 'militants' are irregulars (UAF) by the tables and the Delta places them "
        "in Nigeria (NGAUAF); the row's point, that the Niger Delta is no Niger (NER), holds",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
