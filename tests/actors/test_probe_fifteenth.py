"""Probe set, fifteenth actors set (twenty-eighth session, wip/actors30): the actors of the hidden
real-news CAMEO set (1985-2005 agency leads, scored at 2000-01-01) that the fourteenth set left open.

Five classes, each with controls where the naive fix would be wrong; every sentence our own wording,
written and committed before the coder ran on any of them. The phrase is looked up as the events stage
does (`actor_for_span`). Most rows carry the GSR date (2000-01-01); a row about an office, a state or a
side that changed is dated in its own year.

- NAMED_GROUP: a group named with its people's ethnicity, faith or place AND its own name ("Kurdish
  guerrillas of the PKK", "Tamil Tiger rebels", "the Moslem separatist Moro National Liberation Front"):
  the named group's code wins over the people word's country or faith. Controls: the people word alone
  placed by a state (Kurdish guerrillas in northern Iraq).
- ETHNIC_PLACES: a people in a place the gazetteer does not know or a people NER does not tag ("ethnic
  Albanians in the village of Racak", "Hutu militiamen", "Tutsi soldiers", "Druze gunmen", "ethnic
  Russians in Estonia"): an "ethnic X" minority is the country it lives in (the state the sentence or
  dateline places it in), never X's own state; the sector is the armed word's (rebels, separatists REB;
  gunmen, militiamen, militants UAF; soldiers, army MIL) or none for the people itself. Controls: the
  state's own people and forces by the same demonym.
- ERA_STATES: states at the date of the story: Serbia and Montenegro and Belgrade are Yugoslavia (YUG)
  before 2003-02-04, Zaire and Congo COD, the Soviet Union and its capital (USR) before 1991-12-26,
  Czechoslovakia CZE (the project's mapping), a capital that acts is its government (the guide, fourteenth
  session), old spellings ("Peking", "Rangoon") too; the era's state media (Tass, Pravda in 1988 USRMED,
  Tanjug YUGMED in 2000).
- BODIES: NGOs, relief and religious bodies of the era (Amnesty, the ICRC and the Red Cross, Human Rights
  Watch, MSF, the Vatican and the pope, the Dalai Lama, Orthodox churches, clerics), state media that
  speaks for a government (MED of its state: the actor is who said it), parties dated at the story's date
  (the Awami League, the BNP, Congress, the Likud, Labour, the LDP), exile governments (the homeland's OPP,
  as Myanmar's NUG row), clan and tribal elders (CVL) and a warlord of the table.
- JOINT: coordinated subjects and lists of the era, each member its own actor (`actors_for_span`), in
  LISTS below.

First run (main f8efc43 + this file, committed 5f99163 before any run): 88 of 124 right as written (named
groups 22 / 25, ethnic places 21 / 33, era states 17 / 32, bodies 28 / 34), lists 6 of 8. Seventeen rows
broke a convention the project had already settled, not the coder, and were corrected after that run: a
capital that acts is its GOV in the events stage, the actors stage gives the country alone (Moscow,
Pyongyang, Baghdad, Washington, Peking, Rangoon, Tehran, Islamabad, "Moscow and Washington"); unnamed
people in a capital's streets are placed by the events stage ("Thousands" None); a state's official news
agency is GOVMED (the twenty-seventh session's Xinhua); a faith word before clerics stays (IRNMOSREL); a
counted people is CVL (the guide, fourteenth session: "45 ethnic Albanians" SRBCVL); Sharif is out of
office on 2000-01-01 (PAKELI, the guide's dating). On the corrected rows the first run is 102 of 124
(22 / 21 / 27 / 32) and lists 7 of 8.

After the fixes: 116 of 124 (25 / 29 / 29 / 33), lists 7 of 8; the misses are KNOWN_GAPS and LIST_GAPS below.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from actors.actor_helpers import Probe, gap_suite, list_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

NAMED_GROUP: list[Probe] = [
    Probe("Kurdish guerrillas of the PKK killed 12 Turkish soldiers near the Iraqi border.",
          "Kurdish guerrillas of the PKK", "TURREB", None, GSR),
    Probe("Kurdish PKK rebels ambushed a military convoy in Tunceli province.", "Kurdish PKK rebels",
          "TURREB",
          None, GSR),
    Probe("Tamil Tiger rebels blew up an oil depot near Colombo.", "Tamil Tiger rebels", "LKAREB", None, GSR),
    Probe("The Moslem separatist Moro National Liberation Front signed a peace pact with Manila.",
          "The Moslem separatist Moro National Liberation Front", "PHLREB", None, GSR),
    Probe("The Moslem separatist Moro Islamic Liberation Front rejected the army's truce offer.",
          "The Moslem separatist Moro Islamic Liberation Front", "PHLREB", None, GSR),
    Probe("Shiite Moslem Hezbollah guerrillas fired rockets into northern Israel.",
          "Shiite Moslem Hezbollah guerrillas", "LBNREB", None, GSR),
    Probe("Basque separatist guerrillas of ETA claimed the car bombing in Madrid.",
          "Basque separatist guerrillas of ETA", "ESPREB", None, GSR),
    Probe("Ethnic Albanian guerrillas of the Kosovo Liberation Army seized a police post.",
          "Ethnic Albanian guerrillas of the Kosovo Liberation Army", "SRBREB", None, GSR),
    Probe("Moslem extremists of the Abu Sayyaf group kidnapped 21 tourists.",
          "Moslem extremists of the Abu Sayyaf group", "PHLREB", None, GSR),
    Probe("Algerian Moslem militants of the Armed Islamic Group massacred villagers south of Algiers.",
          "Algerian Moslem militants of the Armed Islamic Group", "DZAREB", None, GSR),
    Probe("Sikh militants of the Khalistan Commando Force shot dead three policemen.",
          "Sikh militants of the Khalistan Commando Force", "INDREB", None, GSR),
    Probe("Southern Sudanese rebels of the SPLA captured a garrison town.",
          "Southern Sudanese rebels of the SPLA", "SDNREB", None, GSR),
    Probe("Sahrawi guerrillas of the Polisario Front freed 200 Moroccan prisoners.",
          "Sahrawi guerrillas of the Polisario Front", "ESHREB", None, GSR),
    Probe("The Palestinian Islamic militant group Hamas claimed the suicide bombing.",
          "The Palestinian Islamic militant group Hamas", "PSEREB", None, GSR),
    Probe("Iranian-backed Hezbollah guerrillas attacked an Israeli patrol.",
          "Iranian-backed Hezbollah guerrillas", "LBNREB", None, GSR),
    Probe("Mozambican rebels of Renamo attacked a train in Zambezia province.",
          "Mozambican rebels of Renamo", "MOZREB", None, GSR),
    Probe("Kashmiri militants of the Hizbul Mujahideen declared a ceasefire.",
          "Kashmiri militants of the Hizbul Mujahideen", "INDREB", None, GSR),
    Probe("The Tamil Tigers rejected the government's offer of talks.", "The Tamil Tigers", "LKAREB",
          "COLOMBO", GSR),
    Probe("Zapatista rebels in Chiapas rejected the government's peace proposal.", "Zapatista rebels",
          "MEXREB", None, GSR),
    Probe("Communist New People's Army guerrillas raided a town on Samar island.",
          "Communist New People's Army guerrillas", "PHLREB", None, GSR),
    # controls: the people word placed by a state, the people word with no group, the state's own forces
    Probe("Kurdish guerrillas in northern Iraq clashed with Turkish troops.",
          "Kurdish guerrillas in northern Iraq",
          "IRQREB", None, GSR),
    Probe("Kurdish villagers fled the fighting in southeast Turkey.", "Kurdish villagers", "TURCVL", None,
          GSR),
    Probe("Turkish troops pursued PKK guerrillas into the mountains.", "Turkish troops", "TURMIL", None, GSR),
    Probe("Sri Lankan troops pushed into rebel territory on the Jaffna peninsula.", "Sri Lankan troops",
          "LKAMIL", None, GSR),
    Probe("Tamil civilians fled the fighting in the north.", "Tamil civilians", "LKACVL", None, GSR),
]

ETHNIC_PLACES: list[Probe] = [
    Probe("Serbian police killed 45 ethnic Albanians in the village of Racak.", "45 ethnic Albanians",
          "SRBCVL",
          None, GSR),
    Probe("Ethnic Albanians in the village of Racak buried their dead.", "Ethnic Albanians", "SRB",
          "PRISTINA", GSR),
    Probe("Ethnic Serbs in Croatia's Krajina region voted to join Bosnia's Serbs.", "Ethnic Serbs", "HRV",
          None,
          GSR),
    Probe("Ethnic Russians in Estonia protested against the new language law.", "Ethnic Russians", "EST",
          None,
          GSR),
    Probe("Ethnic Hungarians in Romania demanded schools in their own language.", "Ethnic Hungarians", "ROU",
          None, GSR),
    Probe("Ethnic Chinese shopkeepers in Jakarta fled the riots.", "Ethnic Chinese shopkeepers", "IDNBUS",
          None,
          GSR),
    Probe("Ethnic Turks in Bulgaria staged a protest in Kardzhali.", "Ethnic Turks", "BGR", None, GSR),
    Probe("Hutu militiamen killed hundreds of Tutsis in Kigali.", "Hutu militiamen", "RWAUAF", None, GSR),
    Probe("Hutu militiamen attacked a refugee camp in Rwanda.", "Hutu militiamen", "RWAUAF", None,
          "1996-08-01"),
    Probe("Tutsi soldiers shot dead 30 Hutu civilians in Bujumbura.", "Tutsi soldiers", "BDIMIL", None, GSR),
    Probe("The Tutsi-dominated army of Burundi took power in a coup.", "The Tutsi-dominated army of Burundi",
          "BDIMIL", None, GSR),
    Probe("Druze gunmen shelled Christian villages east of Beirut.", "Druze gunmen", "LBNUAF", None, GSR),
    Probe("Shiite militiamen in Beirut kidnapped two foreign journalists.", "Shiite militiamen in Beirut",
          "LBNUAF", None, GSR),
    Probe("Shiite rebels in southern Iraq attacked a Republican Guard post.",
          "Shiite rebels in southern Iraq",
          "IRQREB", None, GSR),
    Probe("Sikh separatists bombed a bus in Punjab.", "Sikh separatists", "INDREB", None, GSR),
    Probe("Kashmiri separatists called a general strike across the valley.", "Kashmiri separatists", "INDREB",
          None, GSR),
    Probe("Kashmiri militants attacked an army camp near Srinagar.", "Kashmiri militants", "INDUAF", None,
          GSR),
    Probe("Chechen separatists seized a hospital in Budyonnovsk.", "Chechen separatists", "RUSREB", None,
          GSR),
    Probe("Ossetian separatists shelled Georgian villages near Tskhinvali.", "Ossetian separatists", "GEOREB",
          None, GSR),
    Probe("Armenian separatists in Nagorno-Karabakh captured the town of Lachin.",
          "Armenian separatists in Nagorno-Karabakh", "AZEREB", None, GSR),
    Probe("Tuareg rebels attacked an army post in northern Mali.", "Tuareg rebels", "MLIREB", None, GSR),
    Probe("Uighur separatists set off bombs in Urumqi.", "Uighur separatists", "CHNREB", None, GSR),
    Probe("Acehnese rebels ambushed an army truck in northern Sumatra.", "Acehnese rebels", "IDNREB",
          None, GSR),
    Probe("Tamil refugees crossed the Palk Strait to India.", "Tamil refugees", "LKAREF", None, GSR),
    Probe("Serb rebels in the Krajina region shelled Zadar.", "Serb rebels in the Krajina region", "HRVREB",
          None, GSR),
    Probe("Ethnic Albanian gunmen attacked a police station near Tetovo.", "Ethnic Albanian gunmen", "MKDUAF",
          None, "2001-03-01"),
    Probe("Karen rebels attacked a Burmese army camp near the Thai border.", "Karen rebels", "MMRREB",
          None, GSR),
    # controls: a state's own people and forces by the same demonym
    Probe("Albanian police arrested 12 smugglers in Vlore.", "Albanian police", "ALBCOP", None, GSR),
    Probe("Russian troops in Chechnya shelled the village of Samashki.", "Russian troops in Chechnya",
          "RUSMIL",
          None, GSR),
    Probe("Hungarian officials protested to Bucharest.", "Hungarian officials", "HUNGOV", None, GSR),
    Probe("Rwandan troops crossed into eastern Zaire.", "Rwandan troops", "RWAMIL", None, "1996-11-01"),
    Probe("Indian troops in Kashmir killed five militants.", "Indian troops in Kashmir", "INDMIL", None, GSR),
    Probe("Chinese officials rejected the criticism.", "Chinese officials", "CHNGOV", None, GSR),
]

ERA_STATES: list[Probe] = [
    Probe("Serbia and Montenegro refused to hand over the indicted general.", "Serbia and Montenegro", "YUG",
          None, GSR),
    Probe("Belgrade rejected the NATO ultimatum.", "Belgrade", "YUGGOV", None, GSR),
    Probe("Belgrade rejected the Western demands.", "Belgrade", "YUGGOV", None, "1999-03-20"),
    Probe("Yugoslav troops withdrew from Kosovo.", "Yugoslav troops", "YUGMIL", None, GSR),
    Probe("Yugoslavia expelled the OSCE mission chief.", "Yugoslavia", "YUG", None, "1999-01-18"),
    Probe("The Yugoslav news agency Tanjug said three soldiers were killed.",
          "The Yugoslav news agency Tanjug",
          "YUGMED", None, GSR),
    Probe("Tanjug said the army had repelled the attack.", "Tanjug", "YUGMED", None, GSR),
    Probe("Zaire closed its border with Rwanda.", "Zaire", "COD", None, "1996-10-20"),
    Probe("Zairean troops fled the town of Bukavu.", "Zairean troops", "CODMIL", None, "1996-10-30"),
    Probe("Congo accused Uganda of invading its territory.", "Congo", "COD", None, GSR),
    Probe("Congolese rebels captured the town of Kisangani.", "Congolese rebels", "CODREB", None, GSR),
    Probe("The Soviet Union withdrew its last troops from Afghanistan.", "The Soviet Union", "USR", None,
          "1989-02-15"),
    Probe("Soviet troops moved into Baku.", "Soviet troops", "USRMIL", None, "1990-01-20"),
    Probe("Moscow rejected the American proposal.", "Moscow", "USR", None, "1988-05-01"),
    Probe("Moscow rejected the American proposal.", "Moscow", "RUS", None, GSR),
    Probe("The Kremlin denied the report.", "The Kremlin", "RUSGOV", None, GSR),
    Probe("Russia warned NATO against expansion.", "Russia", "RUS", None, GSR),
    Probe("Tass said the talks had been constructive.", "Tass", "USRMED", None, "1988-05-01"),
    Probe("The Communist Party daily Pravda criticised the strikers.", "The Communist Party daily Pravda",
          "USRMED", None, "1989-07-20"),
    Probe("Czechoslovakia opened its border with Austria.", "Czechoslovakia", "CZE", None, "1989-12-01"),
    Probe("Czechoslovak police beat student demonstrators in Prague.", "Czechoslovak police", "CZECOP", None,
          "1989-11-17"),
    Probe("Pyongyang rejected the proposal for inspections.", "Pyongyang", "PRK", None, GSR),
    Probe("Baghdad accused Washington of aggression.", "Baghdad", "IRQ", None, GSR),
    Probe("Baghdad accused Washington of aggression.", "Washington", "USA", None, GSR),
    Probe("Peking rejected the British proposals for Hong Kong.", "Peking", "CHN", None, "1993-03-01"),
    Probe("Rangoon refused to free the opposition leader.", "Rangoon", "MMR", None, GSR),
    Probe("Tehran denied sending arms to the rebels.", "Tehran", "IRN", None, GSR),
    Probe("Kabul accused Islamabad of arming the guerrillas.", "Islamabad", "PAK", None, "1988-05-01"),
    Probe("East Timor held its first free election.", "East Timor", "TLS", None, "2001-08-30"),
    # controls: a capital in a place phrase, a successor state by its own name
    Probe("Thousands marched through the streets of Belgrade.", "Thousands", None, None, GSR),
    Probe("Serbia's parliament approved the budget.", "Serbia's parliament", "SRBLEG", None, GSR),
    Probe("Serbia and Montenegro joined the Council of Europe.", "Serbia and Montenegro", "SCG", None,
          "2003-04-03"),
]

BODIES: list[Probe] = [
    Probe("Amnesty International accused Indonesian troops of torture.", "Amnesty International", "NGOHRIAMN",
          None, GSR),
    Probe("The London-based human rights group Amnesty International urged Turkey to free the writers.",
          "The London-based human rights group Amnesty International", "NGOHRIAMN", None, GSR),
    Probe("The International Committee of the Red Cross suspended its work in Chechnya.",
          "The International Committee of the Red Cross", "NGOHLHIRC", None, GSR),
    Probe("The Red Cross evacuated wounded civilians from the town.", "The Red Cross", "NGOHLHIRC", None,
          GSR),
    Probe("Human Rights Watch accused the army of summary executions.", "Human Rights Watch", "NGOHRIHRW",
          None, GSR),
    Probe("The relief agency Medecins Sans Frontieres pulled out of the camps.",
          "The relief agency Medecins Sans Frontieres", "NGOHLHMSF", None, GSR),
    Probe("The Vatican criticised the bombing of civilians.", "The Vatican", "VAT", None, GSR),
    # the Pope rows were VATREL; the thirtieth session codes the Pope as the Holy See's head of state (GOV)
    Probe("Pope John Paul appealed for an end to the fighting in Bosnia.", "Pope John Paul", "VATGOV",
          None, GSR),
    Probe("The pope urged Cuba to free political prisoners.", "The pope", "VATGOV", None, GSR),
    Probe("The Dalai Lama urged China to open talks on Tibet.", "The Dalai Lama", "CHNREL", None, GSR),
    Probe("The Russian Orthodox Church opposed the law.", "The Russian Orthodox Church", "RUSREL", None, GSR),
    Probe("The Serbian Orthodox Church called on Milosevic to resign.", "The Serbian Orthodox Church",
          "SRBREL",
          None, GSR),
    Probe("Islamic clerics in Tehran denounced the reformist newspapers.", "Islamic clerics in Tehran",
          "IRNMOSREL", None, GSR),
    Probe("Radio Pyongyang accused Seoul of provocations.", "Radio Pyongyang", "PRKMED", None, GSR),
    Probe("The official Iraqi News Agency said the inspectors had left.", "The official Iraqi News Agency",
          "IRQGOVMED", None, GSR),
    Probe("Iraqi television showed the damaged buildings.", "Iraqi television", "IRQMED", None, GSR),
    Probe("Tehran Radio said the pilgrims had returned.", "Tehran Radio", "IRNMED", None, GSR),
    Probe("The official Xinhua news agency said the talks would resume.", "The official Xinhua news agency",
          "CHNGOVMED", None, GSR),
    Probe("Syria's official news agency SANA said the minister would visit Cairo.",
          "Syria's official news agency SANA", "SYRGOVMED", None, GSR),
    Probe("The Awami League called a general strike in Dhaka.", "The Awami League", "BGDGOV", None, GSR),
    Probe("The Bangladesh Nationalist Party called a general strike in Dhaka.",
          "The Bangladesh Nationalist Party",
          "BGDOPP", None, GSR),
    Probe("The BNP boycotted parliament.", "The BNP", "BGDGOV", "DHAKA", "1994-03-01"),
    Probe("India's Congress party walked out of parliament.", "India's Congress party", "INDOPP", None, GSR),
    Probe("The Likud party accused Barak of dividing Jerusalem.", "The Likud party", "ISROPP", None, GSR),
    Probe("Israel's Labour Party backed the withdrawal from Lebanon.", "Israel's Labour Party", "ISRGOV",
          None,
          GSR),
    Probe("Japan's ruling Liberal Democratic Party chose a new leader.",
          "Japan's ruling Liberal Democratic Party", "JPNGOV", None, GSR),
    Probe("The LDP lost its majority in the lower house.", "The LDP", "JPNOPP", "TOKYO", "1993-10-01"),
    Probe("The Tibetan government-in-exile condemned the arrests.", "The Tibetan government-in-exile",
          "CHNOPP",
          None, GSR),
    Probe("Somali warlord Mohamed Farah Aidid rejected the U.N. plan.", "Somali warlord Mohamed Farah Aidid",
          "SOMREB", None, "1993-06-10"),
    Probe("Clan elders in Mogadishu agreed to a ceasefire.", "Clan elders in Mogadishu", "SOMCVL", None, GSR),
    Probe("Tribal elders in Kandahar met the Taliban leader.", "Tribal elders in Kandahar", "AFGCVL",
          None, GSR),
    # controls: a news agency of another country, the ANC in government, a party out of power
    Probe("Reuters said the talks had collapsed.", "Reuters", "GBRMED", None, GSR),
    Probe("The African National Congress won two-thirds of the vote.", "The African National Congress",
          "ZAFGOV", None, GSR),
    Probe("The Likud won the election.", "The Likud", "ISRGOV", "JERUSALEM", "1997-01-01"),
]


class ListProbe(NamedTuple):
    sentence: str
    phrase: str
    codes: tuple[str, ...]
    dateline: str | None = None
    published: str = GSR


# joint subjects and lists: each member its own actor, in text order
LISTS: list[ListProbe] = [
    ListProbe("Vajpayee and Sharif signed the Lahore Declaration.", "Vajpayee and Sharif", ("INDGOV",
              "PAKELI")),
    ListProbe("Israel and Jordan signed a peace treaty.", "Israel and Jordan", ("ISR", "JOR"),
              published="1994-10-26"),
    ListProbe("Ethiopia and Eritrea signed a peace agreement in Algiers.", "Ethiopia and Eritrea", ("ETH",
              "ERI")),
    ListProbe("Armenia and Azerbaijan agreed to a ceasefire.", "Armenia and Azerbaijan", ("ARM", "AZE"),
              published="1994-05-12"),
    ListProbe("Serbia and Croatia agreed to exchange prisoners.", "Serbia and Croatia", ("SRB", "HRV")),
    ListProbe("The PLO and Israel recognised each other.", "The PLO and Israel", ("PSEGOV", "ISR"),
              published="1993-09-10"),
    ListProbe("Amnesty International and Human Rights Watch condemned the executions.",
              "Amnesty International and Human Rights Watch", ("NGOHRIAMN", "NGOHRIHRW")),
    ListProbe("Moscow and Washington agreed to cut their arsenals.", "Moscow and Washington", ("RUS", "USA")),
]

BATCHES = {"NAMED_GROUP": NAMED_GROUP, "ETHNIC_PLACES": ETHNIC_PLACES, "ERA_STATES": ERA_STATES,
           "BODIES": BODIES}
ALL = [probe for batch in BATCHES.values() for probe in batch]

# First run, before any fix of this session (pass / total per class).
FIRST_RUN: dict[str, tuple[int, int]] = {"NAMED_GROUP": (22, 25), "ETHNIC_PLACES": (21, 33),
                                         "ERA_STATES": (17, 32), "BODIES": (28, 34)}

# Misses kept after the fixes, by probe id, with why (the test asserts they still miss, so a fix shows).
KNOWN_GAPS: dict[str, str] = {
    "Shiite militiamen in Beirut@2000-01-01":
        "the phrase path keeps a faith before an armed role (LBNMOSUAF), as the fourteenth set's "
        "'Bosnian Moslem troops'; the country is right",
    "Hungarian officials@2000-01-01":
        "the whole phrase, which no mention covers, reads bare officials as the country alone (HUN), as the "
        "fourteenth set's 'Chinese officials'; the events stage gives the act to the mention's code",
    "Chinese officials@2000-01-01":
        "as 'Hungarian officials': the phrase path gives the country alone",
    "Belgrade@2000-01-01":
        "not changed: Belgrade is Serbia's capital (SRB) on every date; the read GSR records code Serbia "
        "and its acts SRB in the Yugoslav years, and no read record says whether the capital of 1992-2003 "
        "is YUG",
    "Belgrade@1999-03-20":
        "as Belgrade at the GSR date",
    "Tanjug@2000-01-01":
        "as Belgrade: the agency is Serbia's (SRBMED) on every date",
    "Serb rebels in the Krajina region@2000-01-01":
        "the Krajina is no place of the gazetteer: an alias (HRV) fixed it but made gsr17b's 'shelling Serb "
        "positions in Krajina' the place's civilians (HRVCVL), so it was left out",
    "Somali warlord Mohamed Farah Aidid@1993-06-10":
        "the title 'warlord' (UAF) beats the table's faction leader (SOMREB); the country is right",
}
LIST_GAPS: dict[str, str] = {
    "Vajpayee and Sharif":
        "'Sharif' alone is a surname the table shares (Nawaz, Shehbaz, Raheel Sharif), and the leaders probe "
        "keeps a bare shared surname no one's ('Sharif said the mill would close', 2025); an alias on Nawaz "
        "Sharif's terms coded this list (INDGOV, PAKELI) and broke that control, so it was taken out",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)

listed, test_list = list_suite([p for p in LISTS if p.phrase not in LIST_GAPS])
gap_listed, _test_gap_list = list_suite([p for p in LISTS if p.phrase in LIST_GAPS])


@pytest.mark.parametrize("probe", [p for p in LISTS if p.phrase in LIST_GAPS], ids=lambda p: p.phrase)
def test_list_gap(probe: ListProbe, gap_listed: dict[str, list[str]]) -> None:
    """A known list gap still misses (so a fix shows)."""
    assert tuple(gap_listed[probe.phrase]) != probe.codes


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
