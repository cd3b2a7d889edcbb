"""Probe set, twenty-third actors set (thirty-sixth session, wip/actors38): the actors of 1985-2005 agency
copy scored at the hidden set's placeholder date (2000-01-01), from the thirty-fifth session's open actor
gaps taken as classes, with fresh sentences, and the era's actors the tables may lack.

Five classes, each with controls where the naive fix would be wrong; every sentence our own wording, written
and committed before the coder ran on any of them. The phrase is looked up as the events stage does
(`actor_for_span`); rows carry the GSR date unless they say otherwise.

- TURNCOATS: leaders who were rebels or putschists before or after office, coded by the story's date
  (Laurent Gbagbo in opposition in 2000, Robert Guei's junta on 2000-01-01, Pierre Buyoya back in power by
  a coup, George Speight's coup of May 2000, Charles Taylor and Hugo Chavez in office, Foday Sankoh's RUF).
- ENVOYS: envoys and representatives with no name, placed by their sender ("the Pope's envoy" the Holy
  See's government, "a representative of the Red Cross" the Red Cross, "Iraq's representative at the U.N."
  Iraq's government, not a legislator).
- TITLED_ONLY: officials named only by title and by the country of a neighbouring sentence ("the visiting
  minister", "his Syrian counterpart").
- PEOPLES: religious, ethnic and tribal groups of the era and whether they take a country (Hutu and Tutsi
  militias, Kosovo Albanians, Tamils, Shi'ite and Sunni parties, Lebanon's Christian and Druze militias).
- PLACED: national adjectives and demonyms, bodies by their function, and actors that take the country from
  a possessor, an of-phrase or the dateline.

First run (main a8dfea3e + this file, committed 32296a2f before any run): 43 of 55 (turncoats 10 / 14, envoys
8 / 12, titled only 7 / 7, peoples 10 / 14, placed 8 / 8). Three rows were corrected after the run as writing
errors by the project's conventions: "militants" are UAF (the sector table; "Sikh militants" INDUAF),
shopkeepers are business (BUS, the sector table; IDNBUS), and a people with no role noun is its country
alone ("Kosovo Albanians" SRB, as "Tutsis" are RWA or BDI); with them the first run reads 46 of 55. After the
fixes: 55 of 55.

SECOND, batch 2 (27 rows, committed c10a93ce after the first fixes and before any run on it): first run 23 of
27 (the misses: a colonel's rank before a name out of his listed terms, the Maronite patriarch, Albanian
refugees from Kosovo, Amal's militiamen). After the rank and patriarch fixes: 25 of 27; the misses are known
gaps below.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"
# a second row with the same phrase needs another id: the day before
GSR_ID = "1999-12-31"

TURNCOATS: list[Probe] = [
    Probe("Laurent Gbagbo told supporters the transition must end with free elections.", "Laurent Gbagbo",
          "CIVOPP", None, GSR),
    Probe("Socialist leader Laurent Gbagbo demanded a date for the presidential vote.",
          "Socialist leader Laurent Gbagbo", "CIVOPP", None, GSR),
    Probe("President Laurent Gbagbo named a new prime minister.", "President Laurent Gbagbo", "CIVGOV", None,
          "2001-03-01"),
    Probe("Robert Guei promised to hand power to an elected government.", "Robert Guei", "CIVGOV", None, GSR),
    Probe("Pierre Buyoya flew to Arusha for the peace talks.", "Pierre Buyoya", "BDIGOV", None, GSR),
    Probe("George Speight held the prime minister and his cabinet hostage in parliament.", "George Speight",
          "FJIREB", None, "2000-06-01"),
    Probe("Foday Sankoh ordered his fighters to disarm.", "Foday Sankoh", "SLEREB", None, GSR),
    Probe("Charles Taylor accused Guinea of arming dissidents.", "Charles Taylor", "LBRGOV", None, GSR),
    Probe("Charles Taylor's rebels shelled the capital.", "Charles Taylor's rebels", "LBRREB", None,
          "1992-11-01"),
    Probe("Hugo Chavez called a referendum on a new constitution.", "Hugo Chavez", "VENGOV", None, GSR),
    Probe("Yoweri Museveni sent troops into eastern Congo.", "Yoweri Museveni", "UGAGOV", None, GSR),
    Probe("Gen. Pervez Musharraf promised to restore democracy.", "Gen. Pervez Musharraf", "PAKGOV",
          None, GSR),
    Probe("Ahmed Shah Massoud's forces retook the Panjshir road.", "Ahmed Shah Massoud's forces", "AFGREB",
          None, GSR),
    Probe("Denis Sassou Nguesso's militia captured the airport.", "Denis Sassou Nguesso's militia", "COGUAF",
          None, "1997-10-01"),
]

ENVOYS: list[Probe] = [
    Probe("The Pope's envoy arrived in Baghdad with a letter for Saddam Hussein.", "The Pope's envoy",
          "VATGOV", None, GSR),
    Probe("A papal envoy met the rebel leaders in the jungle.", "A papal envoy", "VATGOV", None, GSR),
    Probe("A Vatican envoy visited the jailed bishops.", "A Vatican envoy", "VATGOV", None, GSR),
    Probe("A representative of the Red Cross visited the prisoners on Sunday.",
          "A representative of the Red Cross", "NGOHLHIRC", None, GSR),
    Probe("A Red Cross delegate handed the bodies to the army.", "A Red Cross delegate", "NGOHLHIRC", None,
          GSR),
    Probe("Iraq's representative at the U.N. rejected the inspectors' report.",
          "Iraq's representative at the U.N.", "IRQGOV", None, GSR),
    Probe("Iran's representative to the IAEA said the plant was for power.",
          "Iran's representative to the IAEA", "IRNGOV", None, GSR),
    Probe("Syria's envoy to Washington met the secretary of state.", "Syria's envoy to Washington", "SYRGOV",
          None, GSR),
    Probe("An American envoy shuttled between Belgrade and Pristina.", "An American envoy", "USAGOV", None,
          GSR),
    Probe("The OAU envoy held talks with both sides in Asmara.", "The OAU envoy", "IGOAFROAU", None, GSR),
    Probe("A representative of the PLO addressed the conference.", "A representative of the PLO", "PSEGOV",
          None, GSR),
    # control: a legislator by the word, placed by the state
    Probe("Representative Lee Hamilton criticised the arms sale.", "Representative Lee Hamilton", "USALEG",
          None, GSR),
]

TITLED_ONLY: list[Probe] = [
    Probe("Egyptian Foreign Minister Amr Moussa arrived in Damascus on Monday. The visiting minister met "
          "President Hafez al-Assad.", "The visiting minister", "EGYGOV", None, GSR),
    Probe("Indian Prime Minister Atal Behari Vajpayee crossed into Pakistan by bus. The visiting prime "
          "minister laid a wreath at the national monument.", "The visiting prime minister", "INDGOV", None,
          GSR),
    Probe("Turkish Foreign Minister Ismail Cem met his Greek counterpart in New York.",
          "his Greek counterpart", "GRCGOV", None, GSR),
    Probe("Japanese Foreign Minister Yohei Kono held talks with his Chinese counterpart in Beijing.",
          "his Chinese counterpart", "CHNGOV", None, GSR),
    Probe("Jordan's prime minister flew to Damascus on Sunday. He held talks with his Syrian counterpart.",
          "his Syrian counterpart", "SYRGOV", None, GSR),
    Probe("Iranian Foreign Minister Kamal Kharrazi arrived in Riyadh on Saturday. The Iranian minister "
          "delivered a message from President Khatami.", "The Iranian minister", "IRNGOV", None, GSR),
    Probe("The visiting French minister toured the refugee camps.", "The visiting French minister", "FRAGOV",
          "KUKES", GSR),
]

PEOPLES: list[Probe] = [
    Probe("Hutu militiamen killed 30 Tutsi villagers in northwestern Rwanda.", "Hutu militiamen", "RWAUAF",
          None, GSR),
    Probe("Hutu militiamen killed 30 Tutsi villagers in northwestern Rwanda on Friday.", "Tutsi villagers",
          "RWACVL", None, GSR_ID),
    Probe("Tutsi paratroopers seized the radio station in Bujumbura.", "Tutsi paratroopers", "BDIMIL", None,
          GSR),
    Probe("Kosovo Albanians marched through Pristina demanding independence.", "Kosovo Albanians", "SRB",
          None, GSR),
    Probe("Tamil civilians fled the fighting on the Jaffna peninsula.", "Tamil civilians", "LKACVL", None,
          GSR),
    Probe("Tamil rebels overran an army camp in the north.", "Tamil rebels", "LKAREB", None, GSR),
    Probe("Shi'ite rebels attacked government offices in Basra.", "Shi'ite rebels", "IRQREB", None, GSR),
    Probe("Christian militiamen shelled the Moslem sector of Beirut.", "Christian militiamen", "LBNUAF", None,
          "1989-05-01"),
    Probe("Druze militiamen fought Christian gunmen in the Chouf mountains.", "Druze militiamen", "LBNUAF",
          "BEIRUT", "1985-05-01"),
    Probe("Karen rebels abandoned their headquarters at Manerplaw.", "Karen rebels", "MMRREB", None, GSR),
    Probe("Tuareg rebels attacked a military post in northern Mali.", "Tuareg rebels", "MLIREB", None, GSR),
    Probe("Sikh militants gunned down 20 bus passengers in Punjab.", "Sikh militants", "INDUAF", None,
          "1987-07-01"),
    Probe("Ethnic Chinese shopkeepers fled the riots in Jakarta.", "Ethnic Chinese shopkeepers", "IDNBUS",
          None, GSR),
    Probe("Kurdish refugees crossed into Iran from northern Iraq.", "Kurdish refugees", "IRQREF", None, GSR),
]

PLACED: list[Probe] = [
    Probe("Togolese soldiers fired on opposition supporters.", "Togolese soldiers", "TGOMIL", None, GSR),
    Probe("Mauritanian authorities expelled thousands of Senegalese.", "Mauritanian authorities", "MRTGOV",
          None, GSR),
    Probe("The Zambian electoral commission rejected the petition.", "The Zambian electoral commission",
          "ZMBGOV", None, GSR),
    Probe("Gabon's supreme court upheld the result.", "Gabon's supreme court", "GABJUD", None, GSR),
    Probe("The parliament of Georgia ratified the treaty.", "The parliament of Georgia", "GEOLEG", None, GSR),
    Probe("The state prosecutor charged the former minister with fraud.", "The state prosecutor", "ROUJUD",
          "BUCHAREST", GSR),
    Probe("Ecuador's armed forces chief resigned.", "Ecuador's armed forces chief", "ECUMIL", None, GSR),
    Probe("Honduran coffee growers blocked the highways.", "Honduran coffee growers", "HNDAGR", None, GSR),
]

# batch 2: written after the first fixes and committed before any run on it
SECOND: list[Probe] = [
    Probe("The pontiff's special envoy arrived in Baghdad on Sunday.", "The pontiff's special envoy",
          "VATGOV", None, GSR),
    Probe("Pakistan's representative at the talks in Geneva walked out.",
          "Pakistan's representative at the talks in Geneva", "PAKGOV", None, GSR),
    Probe("The Indian representative to the disarmament conference objected.",
          "The Indian representative to the disarmament conference", "INDGOV", None, GSR),
    Probe("Burundi's representative at the OAU summit denied the charges.",
          "Burundi's representative at the OAU summit", "BDIGOV", None, GSR),
    Probe("The deposed prime minister was placed under house arrest.", "The deposed prime minister", "BGDELI",
          "DHAKA", GSR),
    Probe("The ousted military ruler fled to Togo.", "The ousted military ruler", "GHAELI", "ACCRA", GSR),
    Probe("Afonso Dhlakama's guerrillas blew up a railway bridge.", "Afonso Dhlakama's guerrillas", "MOZREB",
          None, "1988-06-01"),
    Probe("Velupillai Prabhakaran's fighters overran the base.", "Velupillai Prabhakaran's fighters",
          "LKAREB", None, GSR),
    Probe("Laurent Kabila's fighters advanced on Kisangani.", "Laurent Kabila's fighters", "CODREB", None,
          "1997-03-01"),
    Probe("Alhaji Kromah's militia seized the town of Tubmanburg.", "Alhaji Kromah's militia", "LBRREB", None,
          "1994-01-01"),
    Probe("Prince Johnson's men captured President Doe.", "Prince Johnson's men", "LBRREB", None,
          "1990-09-09"),
    Probe("Hutu refugees fled into Tanzania from Burundi.", "Hutu refugees", "BDIREF", None, GSR),
    Probe("Albanian refugees crossed into Macedonia from Kosovo.", "Albanian refugees", "SRBREF", None,
          "1999-04-01"),
    Probe("Tamil refugees arrived in southern India by boat.", "Tamil refugees", "LKAREF", None, GSR),
    Probe("Chatichai Choonhavan dissolved the cabinet.", "Chatichai Choonhavan", "THAGOV", None,
          "1990-06-01"),
    Probe("Hussain Muhammad Ershad declared martial law.", "Hussain Muhammad Ershad", "BGDGOV", None,
          "1987-11-27"),
    Probe("Col. Lucio Gutierrez led a revolt by junior officers.", "Col. Lucio Gutierrez", "ECUMIL", None,
          "2000-01-21"),
    Probe("Khun Sa offered to surrender his army.", "Khun Sa", "MMRREB", None, "1994-01-01"),
    Probe("The visiting Iranian president toured the holy sites.", "The visiting Iranian president", "IRNGOV",
          "RIYADH", GSR),
    Probe("Museveni met his Rwandan counterpart in Kampala.", "his Rwandan counterpart", "RWAGOV", None, GSR),
    Probe("The Maronite patriarch condemned the Syrian presence.", "The Maronite patriarch", "LBNREL", None,
          GSR),
    Probe("Amal militiamen besieged the Palestinian camps.", "Amal militiamen", "LBNUAF", None, "1986-06-01"),
    Probe("Basque separatists claimed the bombing.", "Basque separatists", "ESPREB", None, GSR),
    Probe("Zapatista rebels rejected the peace plan.", "Zapatista rebels", "MEXREB", None, GSR),
    Probe("Nepal's Maoist rebels called a general strike.", "Nepal's Maoist rebels", "NPLREB", None, GSR),
    Probe("Papua New Guinea's defence force withdrew from the island.", "Papua New Guinea's defence force",
          "PNGMIL", None, GSR),
    Probe("The deputy speaker of the Iranian parliament resigned.", "The deputy speaker of the Iranian "
          "parliament", "IRNLEG", None, GSR),
]

BATCHES = {"TURNCOATS": TURNCOATS, "ENVOYS": ENVOYS, "TITLED_ONLY": TITLED_ONLY, "PEOPLES": PEOPLES,
           "PLACED": PLACED, "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

KNOWN_GAPS: dict[str, str] = {
    "Albanian refugees@1999-04-01":
        "'Albanian' is Albania's adjective; Kosovo's Albanians fleeing Kosovo are Serbia's (SRB before "
        "2008), which only 'ethnic Albanian' or 'Kosovo Albanian' tells the tables (ALBREF)",
    "Amal militiamen@1986-06-01":
        "the tables know 'the Amal movement' and 'the Amal militia', not a bare 'Amal' before its men (a "
        "short word that is also a given name; no actor)",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
