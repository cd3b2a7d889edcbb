"""Probe set, nineteenth actors set (thirty-second session, wip/actors34): the actors of 1985-2005 agency
copy scored at the hidden set's placeholder date (2000-01-01), from the thirty-first session's open actor
gaps (candidates, prisoners who later held office, an era's ruling Communist Party, a Soviet speaker's
"Moscow", people seized by kidnappers) taken as classes, with fresh sentences, and the era's bodies by
their function, leaders, movements and demonyms.

Four classes, each with controls where the naive fix would be wrong; every sentence our own wording,
written and committed before the coder ran on any of them. The phrase is looked up as the events stage
does (`actor_for_span`); rows carry the GSR date unless they say otherwise.

- CANDIDATES: a candidate for office and a dissident in the years the sentence tells: "opposition
  presidential candidate" (OPP), a party-less "presidential candidate" (the elite, ELI, the project's
  convention for a candidate), a dissident who later held office named as a dissident (OPP), a union
  leader by the union (LAB). Controls: the same man named by his later office.
- SEIZED: people seized or freed, by their nationality and what they are: an aid worker (NGO), a
  journalist (MED), a diplomat (GOV), a nun (REL), never the captors' country.
- BY_FUNCTION: bodies named by their function, placed by a possessor, an of-phrase or the dateline: the
  junta (MIL), the ruling council, the transitional government, military rulers (GOV), security forces
  (MIL), gunmen (UAF), separatists (REB), the era's ruling Communist Party (GOV) and a Soviet speaker's
  "Moscow" (USR). Controls: a Russian speaker's "Moscow" (RUS).
- ERA_NAMES: the era's leaders, ministers, rebel movements, IGOs and demonyms.

First run (main ae4a6b6 + this file, committed c638f06 before any run): 35 of 46 (candidates 9 / 10, seized
6 / 8, by function 7 / 14, era names 13 / 14). Three rows were corrected after the run as writing errors by
the project's conventions: a capital standing for its state is the bare country (test_probe_sixth and
fifteenth code "Moscow" USR / RUS, not GOV), so the two "Moscow" rows want USR and RUS; East Germany is
coded as Germany (countries.ALIASES), so its ruling party's row wants DEUGOV, not DDRGOV. With them the
first run reads 36 of 46 (by function 8 / 14). After the fixes: 41 of 46 (9 / 8 / 11 / 13).

SECOND, batch 2 (29 rows with controls, committed b7d46fc after the first fixes and before any run on it):
first run 25 of 29 (main ae4a6b6: 12 of 29); after two more fixes (the Albanian Party of Labour under the
"labor" spelling the scanner reads, a guerrilla leader by the modifier the parser hangs on his title) 27 of
29 (a singular "doctor" as HLH passed a third row and was taken out again: stories24's freed Australian
doctor is AUSCVL / AUS by its rows, and the HLH reading made an accepted triple wrong). The seven misses of
both batches are KNOWN_GAPS below, each with its reason.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"
# a second row with the same phrase needs another id: the day before
GSR_ID = "1999-12-31"

CANDIDATES: list[Probe] = [
    Probe("Police arrested opposition presidential candidate Kenneth Matiba at a rally in Nairobi.",
          "opposition presidential candidate Kenneth Matiba", "KENOPP", None, GSR),
    Probe("Guerrillas kidnapped presidential candidate Alvaro Gomez outside a church in Bogota.",
          "presidential candidate Alvaro Gomez", "COLELI", None, GSR),
    Probe("Police arrested opposition candidate Kizza Besigye on his return to Kampala.",
          "opposition candidate Kizza Besigye", "UGAOPP", None, GSR),
    Probe("Riot police in Minsk detained the opposition candidate after the vote.",
          "the opposition candidate", "BLROPP", None, GSR),
    Probe("Police placed dissident leader Kim Dae-jung under house arrest in Seoul.",
          "dissident leader Kim Dae-jung", "KOROPP", None, GSR),
    Probe("President Kim Dae-jung met the Japanese prime minister in Seoul.", "President Kim Dae-jung",
          "KORGOV", None, GSR),
    Probe("Police detained jailed opposition leader Anwar Ibrahim's wife at a rally in Kuala Lumpur.",
          "jailed opposition leader Anwar Ibrahim", "MYSOPP", None, GSR),
    Probe("Soviet dissident Andrei Sakharov returned to Moscow from exile in Gorky.",
          "Soviet dissident Andrei Sakharov", "USROPP", None, GSR),
    Probe("Police detained Solidarity leader Lech Walesa outside the shipyard in Gdansk.",
          "Solidarity leader Lech Walesa", "POLLAB", None, GSR),
    Probe("Polish President Lech Walesa vetoed the abortion bill.", "Polish President Lech Walesa", "POLGOV",
          None, GSR),
]

SEIZED: list[Probe] = [
    Probe("Gunmen seized a British aid worker in Mogadishu on Monday.", "a British aid worker", "GBRNGO",
          None, GSR),
    Probe("Kidnappers seized an American journalist in west Beirut.", "an American journalist", "USAMED",
          None, GSR),
    Probe("Tribesmen kidnapped a German diplomat in Sanaa.", "a German diplomat", "DEUGOV", None, GSR),
    Probe("Rebels freed a French nun they had held for a month in Liberia.", "a French nun", "FRAREL", None,
          GSR),
    Probe("Armed men in Chechnya seized two Italian relief workers.", "two Italian relief workers", "ITANGO",
          None, GSR),
    Probe("Gunmen in Manila kidnapped a Japanese businessman.", "a Japanese businessman", "JPNBUS", None,
          GSR),
    Probe("Kidnappers in Beirut released a Saudi diplomat after 14 months.", "a Saudi diplomat", "SAUGOV",
          None, GSR),
    Probe("Rebels in Colombia kidnapped a Spanish reporter and her cameraman.", "a Spanish reporter",
          "ESPMED", None, GSR),
]

BY_FUNCTION: list[Probe] = [
    Probe("The junta released 12 political prisoners on Monday.", "The junta", "NGAMIL", "LAGOS", GSR),
    Probe("The ruling council banned all political parties.", "The ruling council", "GHAGOV", "ACCRA", GSR),
    Probe("The transitional government appealed for food aid.", "The transitional government", "SOMGOV",
          "MOGADISHU", GSR),
    Probe("Security forces fired on students outside the university.", "Security forces", "IDNMIL",
          "JAKARTA", GSR),
    Probe("Gunmen shot dead a judge on his way to court.", "Gunmen", "ITAUAF", "PALERMO", GSR),
    Probe("Separatists set off a bomb outside a tax office.", "Separatists", "FRAREB", "BASTIA", GSR),
    Probe("The military government of Burma freed the opposition leader.",
          "The military government of Burma", "MMRGOV", None, GSR),
    Probe("The army of Guinea seized power a week after the president died.", "The army of Guinea", "GINMIL",
          None, GSR),
    Probe("Nigeria's military rulers banned two independent newspapers.", "Nigeria's military rulers",
          "NGAGOV", None, GSR),
    Probe("Poland's ruling Communist Party agreed to talks with Solidarity.",
          "Poland's ruling Communist Party", "POLGOV", None, GSR),
    Probe("East Germany's Communist Party replaced its leader on Wednesday.",
          "East Germany's Communist Party", "DEUGOV", None, GSR),
    Probe("The Soviet Communist Party gave up its monopoly on power.", "The Soviet Communist Party", "USRGOV",
          None, GSR),
    Probe("Soviet Foreign Minister Eduard Shevardnadze said Moscow would cut its aid to Cuba.", "Moscow",
          "USR", None, GSR),
    Probe("Russian Foreign Minister Andrei Kozyrev said Moscow would oppose NATO expansion.", "Moscow",
          "RUS", None, GSR_ID),
]

ERA_NAMES: list[Probe] = [
    Probe("Mozambique National Resistance rebels attacked a train.", "Mozambique National Resistance rebels",
          "MOZREB", None, GSR),
    Probe("Contra rebels shot down an army helicopter.", "Contra rebels", "NICREB", None, GSR),
    Probe("The Sudan People's Liberation Army shelled the town.", "The Sudan People's Liberation Army",
          "SDNREB", None, GSR),
    Probe("Chadian President Hissene Habre accused Libya of aggression.", "Chadian President Hissene Habre",
          "TCDGOV", None, GSR),
    Probe("Liberian leader Samuel Doe met the Ivorian president.", "Liberian leader Samuel Doe", "LBRGOV",
          None, GSR),
    Probe("Iranian Foreign Minister Ali Akbar Velayati arrived in Damascus.",
          "Iranian Foreign Minister Ali Akbar Velayati", "IRNGOV", None, GSR),
    Probe("Armenian President Levon Ter-Petrosyan accused Azerbaijan of a blockade.",
          "Armenian President Levon Ter-Petrosyan", "ARMGOV", None, GSR),
    Probe("Burkinabe troops clashed with Malian soldiers.", "Burkinabe troops", "BFAMIL", None, GSR),
    Probe("Malagasy police fired tear gas at demonstrators.", "Malagasy police", "MDGCOP", None, GSR),
    Probe("Ivorian soldiers mutinied over pay.", "Ivorian soldiers", "CIVMIL", None, GSR),
    Probe("Togolese troops fired on opposition supporters.", "Togolese troops", "TGOMIL", None, GSR),
    Probe("Soldiers of the Rwandan Patriotic Front captured the town.",
          "Soldiers of the Rwandan Patriotic Front", "RWAREB", None, GSR),
    Probe("Salvadoran President Jose Napoleon Duarte met rebel leaders.",
          "Salvadoran President Jose Napoleon Duarte", "SLVGOV", None, GSR),
    Probe("Peruvian President Alan Garcia refused to pay the foreign debt.", "Peruvian President Alan Garcia",
          "PERGOV", None, GSR),
]

# Batch 2, written after the first fixes and committed before the coder ran on it: fresh rows of the same
# classes with controls, to measure whether the fixes generalise.
SECOND: list[Probe] = [
    Probe("Police detained dissident writer Wei Jingsheng in Beijing.", "dissident writer Wei Jingsheng",
          "CHNOPP", None, GSR),
    Probe("Troops placed opposition leader Aung San Suu Kyi under house arrest in Rangoon.",
          "Aung San Suu Kyi", "MMROPP", None, GSR),
    Probe("Police in Lusaka detained former President Kenneth Kaunda.", "former President Kenneth Kaunda",
          "ZMBELI", None, GSR),
    Probe("Soldiers arrested former head of state Olusegun Obasanjo in Lagos.",
          "former head of state Olusegun Obasanjo", "NGAELI", None, GSR),
    Probe("Jailed dissident Vaclav Havel was freed in Prague.", "Vaclav Havel", "CZEOPP", None, GSR),
    Probe("Police arrested opposition leader Abdoulaye Wade in Dakar.", "Abdoulaye Wade", "SENOPP", None,
          GSR),
    Probe("President Abdoulaye Wade met the French prime minister in Dakar.", "President Abdoulaye Wade",
          "SENGOV", None, "2001-06-01"),
    Probe("Guerrilla leader Yoweri Museveni's forces captured Kampala.", "Yoweri Museveni", "UGAREB", None,
          GSR),
    Probe("Rebels fighting the Ethiopian government captured the town.", "Rebels", "ETHREB", None, GSR),
    Probe("Islamic guerrillas battling the Algerian army ambushed a convoy.", "Islamic guerrillas", "DZAREB",
          None, GSR),
    Probe("Separatists fighting Indian rule in Punjab shot dead a policeman.", "Separatists", "INDREB", None,
          GSR),
    Probe("Militiamen fighting for control of the port killed two.", "Militiamen", None, None, GSR),
    Probe("Rebels trying to topple the Liberian government attacked the capital.", "Rebels", "LBRREB", None,
          GSR_ID),
    Probe("A Soviet government spokesman said Moscow would not interfere.", "Moscow", "USR", None,
          "1999-12-30"),
    Probe("The former Soviet leader said Moscow had betrayed him.", "Moscow", "RUS", None, "1999-12-29"),
    Probe("Russian President Boris Yeltsin said Moscow would not yield.", "Moscow", "RUS", None,
          "1999-12-28"),
    Probe("The Kremlin said Soviet troops would leave Hungary.", "The Kremlin", "USRGOV", None, GSR),
    Probe("The Romanian Communist Party re-elected Ceausescu.", "The Romanian Communist Party", "ROUGOV",
          None, GSR),
    Probe("The Hungarian Communist Party agreed to free elections.", "The Hungarian Communist Party",
          "HUNGOV", None, GSR),
    Probe("The Albanian Party of Labour lost its monopoly.", "The Albanian Party of Labour", "ALBGOV", None,
          GSR),
    Probe("The Russian Communist Party won the most seats.", "The Russian Communist Party", "RUSOPP", None,
          GSR),
    Probe("Kidnappers freed a Belgian doctor in Somalia.", "a Belgian doctor", "BELHLH", None, GSR),
    Probe("Rebels kidnapped an Irish missionary in Mindanao.", "an Irish missionary", "IRLREL", None, GSR),
    Probe("Gunmen seized an American relief worker in Mogadishu.", "an American relief worker", "USANGO",
          None, GSR),
    Probe("The ruling military council dissolved parliament.", "The ruling military council", "NERGOV",
          "NIAMEY", GSR),
    Probe("The revolutionary council freed political prisoners.", "The revolutionary council", "BFAGOV",
          "OUAGADOUGOU", GSR),
    Probe("The interim government appealed for calm.", "The interim government", "LBRGOV", "MONROVIA", GSR),
    Probe("Nigerien troops killed eight Tuareg rebels.", "Nigerien troops", "NERMIL", None, GSR),
    Probe("Guinean troops shelled rebel positions.", "Guinean troops", "GINMIL", None, GSR),
]

BATCHES = {"CANDIDATES": CANDIDATES, "SEIZED": SEIZED, "BY_FUNCTION": BY_FUNCTION, "ERA_NAMES": ERA_NAMES,
           "SECOND": SECOND}
ALL = [probe for batch in BATCHES.values() for probe in batch]

# First run, before any fix of this session (pass / total per class).
FIRST_RUN: dict[str, tuple[int, int]] = {"CANDIDATES": (9, 10), "SEIZED": (6, 8), "BY_FUNCTION": (7, 14),
                                         "ERA_NAMES": (13, 14), "SECOND": (25, 29)}

# Misses kept after the fixes, by probe id, with why (the test asserts they still miss, so a fix shows).
KNOWN_GAPS: dict[str, str] = {
    "presidential candidate Alvaro Gomez@2000-01-01":
        "an elite's title (ELI, the project's convention for a candidate) is never placed by the story's "
        "places, only by its own words ('the Colombian presidential candidate' is COLELI)",
    "Gunmen@PALERMO2000-01-01":
        "bare irregulars with no country of their own are no one (the thirtieth session's convention: "
        "'unplaced gunmen stay no one'); the dateline does not place them",
    "Separatists@BASTIA2000-01-01":
        "bare separatists under a dateline: as the gunmen, the dateline places no irregulars",
    "East Germany's Communist Party@2000-01-01":
        "East Germany is read as Germany (DEU) and Germany has no ruling Communist Party in the table (the "
        "possessive reads the bare country); the Eastern bloc's parties by their own adjective are GOV",
    "Soldiers of the Rwandan Patriotic Front@2000-01-01":
        "the soldiers' sector (MIL) wins over the front's of-phrase; at 2000-01-01 the RPF governs, so its "
        "soldiers are the army, and only 'rebels' or an era word would tell the war years",
    "former head of state Olusegun Obasanjo@2000-01-01":
        "'former' before a title of several words NER split from the name ('state Olusegun Obasanjo'), and "
        "he is in office at the date: the table's term wins (a 'former' reading of one office while he holds "
        "another is no safe rule)",
    "The Kremlin@2000-01-01":
        "only an officer or body of the Soviet state dates a story in the Soviet years (merge of the thirty-"
        "second session): 'Soviet troops' alone also names the troops of 1945 in 2000-dated copy ('the "
        "islands seized by Soviet troops in 1945' is Russia's to return), so it no longer does",
    "a Belgian doctor@2000-01-01":
        "a singular 'doctor' is no role noun (the plural is HLH); read as HLH it made stories24's freed "
        "Australian doctor (AUSCVL / AUS by that story's rows) a wrong triple, so it was left out",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
