"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (twenty-seventh
session, wip/stories29): ERA copy again, the agency leads of 1988-1998 the hidden real-news CAMEO set is
drawn from, on subjects the earlier sets left aside: the Contra truce at Sapoa, the invasion of Panama,
the landing in Haiti, the Cenepa war, Iran's acceptance of Resolution 598, Taif and General Aoun, Yemen's
war of secession, the UN in Somalia, the Ethiopia-Eritrea air war, the SPLA, Kabila's march on Kinshasa,
the Saro-Wiwa hangings, the blockade of Buyoya's Burundi, Hun Sen's coup and ASEAN, the NLD detentions in
Burma, the MNLF peace pact, Suharto's fall, Charar-e-Sharief, the Tajik peace accord, the fall of
Sukhumi, the two-plus-four treaty, Turkey's incursion against the PKK, Korea's IMF package and the
1995 US-Japan car tariffs.

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: AP
("MANAGUA, Nicaragua (AP) -"), UPI ("PANAMA CITY, Panama, Dec. 20 (UPI) --"), AFP, Reuters, IRNA, a BBC
Monitoring summary of Yemeni radio ("Text of report by ...", "[Passage omitted: ...]", "Source: ..."),
Xinhua, Kyodo ("RANGOON, Sept. 27 Kyodo -", "==Kyodo"), PTI ("Srinagar, May 11 (PTI) --"), Itar-Tass,
Interfax, dpa (with its tail code), Anadolu ("(A.A)") and Yonhap. Actors are named by ethnic or regional
group as the wires named them ("Abkhaz separatist forces", "Hutu militiamen", "Khmer Rouge guerrillas",
"Moslem rebels"). They include non-events: history, plans, market lines and agency furniture.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, "A said B attacked C" is A -> B 112 alone, a conditional or a denial is
no act, a phone call is 040 both ways, signing an agreement 057 both ways, recalling an ambassador or
suspending a member 16x, a blockade or tariffs 163. Armed groups of the day are their country's REB
(the Contras NICREB, the SPLA SDNREB, Kabila's alliance CODREB, the MNLF and MILF PHLREB, the Tajik
opposition TJKREB, the Abkhaz GEOREB, the PKK TURREB), the Soviet Union USR, West Germany DEU.

Run `python tests/events/stories29.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories29 at 50bd57f, main's code cf0a96e, before any change): of the 140 required events
58 were coded at country + root and 53 at actor + root; of the coded triples 52 were right, 8 accepted,
none duplicated and 36 wrong; 1 of the 25 non-event paragraphs was coded; of 67 parties 57 were right, 5
wrong and 5 unresolved. No list was corrected after the first run.

After the branch's fixes (wip/stories29: troops pressing an offensive, rebels on a country's ground, a
border's nationality placing nothing, a war's two states as "both sides", a pair of sides as an actor
object, a signing's venue no party, a government and its own rebels signing a pact): 65 / 60; right 64,
accepted 15, duplicated 0, wrong 31; non-events coded 1 of 25; parties right 57, wrong 5, unresolved 5.
What still fails is a strict xfail in tests/events/test_stories29.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_CONTRA = ("NICREB", "NIC", "NICINS", "NICOPP")

AP_SAPOA = Story(
    "ap_managua_sapoa", "1988-03-24",
    """Sandinistas, Contras sign 60-day truce

MANAGUA, Nicaragua (AP) - The Sandinista government and U.S.-backed Contra rebels signed a 60-day \
cease-fire agreement Wednesday night at the border town of Sapoa, the first accord between the two sides \
in more than six years of war.

Defense Minister Humberto Ortega and rebel leader Adolfo Calero signed the document after three days of \
talks mediated by Cardinal Miguel Obando y Bravo.

Under the accord, the government will free political prisoners in stages and rebel troops will gather \
in cease-fire zones inside Nicaragua.

President Daniel Ortega told a rally in Managua that the agreement was a victory for the Nicaraguan \
people and called on Washington to stop financing the rebels.

In Washington, White House spokesman Marlin Fitzwater said the administration welcomed the truce but \
would watch closely whether the Sandinistas kept their word.

The Contras have been fighting since 1981 to overthrow the leftist government.
""",
    events=[
        (("NICGOV", "NICMIL", "NIC"), _CONTRA, ("057", "087", "080"), "signed a 60-day"),
        (_CONTRA, ("NICGOV", "NICMIL", "NIC"), ("057", "087", "080"), "signed a 60-day"),
        (("NICREL", "NIC", "NICGOV", "REL"), ("NICGOV", "NICMIL") + _CONTRA, ("045", "040", "046"),
         "mediated by Cardinal"),
        (("NICGOV",), ("USA", "USAGOV"), ("100", "101", "020", "102", "106", "111", "112"),
         "called on Washington to stop"),
        (("USAGOV",), ("NIC", "NICGOV", "NICREB"), ("051", "050"), "welcomed the truce"),
    ],
    also=[
        (("NICGOV", "NIC"), _CONTRA, ("057", "087", "080"), "Sandinistas, Contras sign"),
        (_CONTRA, ("NICGOV", "NIC"), ("057", "087", "080"), "Sandinistas, Contras sign"),
        (("NICGOV", "NICMIL"), _CONTRA, ("057", "040", "046"), "Defense Minister Humberto Ortega"),
        (_CONTRA, ("NICGOV", "NICMIL"), ("057", "040", "046"), "Defense Minister Humberto Ortega"),
        (("NICGOV", "NIC"), ("NICCVL", "NICOPP", "NIC") + _CONTRA, ("030", "033", "084", "080"),
         "will free political prisoners"),
        (_CONTRA, ("NICGOV", "NIC"), ("030", "087", "080"), "will free political prisoners"),
        (("NICGOV",), ("NIC", "NICCVL"), ("051", "010"), "a victory for the Nicaraguan"),
        (("USAGOV",), ("NIC", "NICGOV"), ("010", "012", "090", "110"), "would watch closely"),
    ],
    none=["The Contras have been fighting since 1981"],
    parties=[
        ("Defense Minister Humberto Ortega", "Humberto Ortega", ("NICGOV", "NICMIL")),
        ("rebel leader Adolfo Calero", "Adolfo Calero", _CONTRA),
        ("President Daniel Ortega", "Daniel Ortega", ("NICGOV",)),
        ("spokesman Marlin Fitzwater", "Marlin Fitzwater", ("USAGOV",)),
    ],
)

UPI_PANAMA = Story(
    "upi_panama_invasion", "1989-12-20",
    """U.S. troops invade Panama to oust Noriega

PANAMA CITY, Panama, Dec. 20 (UPI) -- Thousands of U.S. troops backed by helicopter gunships and \
Stealth fighters invaded Panama early Wednesday and attacked the headquarters of Gen. Manuel Antonio \
Noriega's Panama Defense Forces.

Guillermo Endara, who was declared the winner of May's annulled election, was sworn in as president at \
a U.S. military base shortly before the attack began.

President Bush said in a televised address that he had ordered the operation to protect American lives \
and to bring Noriega to justice on drug trafficking charges.

The Soviet Union condemned the invasion as a violation of international law, and the Organization of \
American States called an emergency meeting in Washington.

Nicaraguan President Daniel Ortega denounced the attack and put his army on alert.

Noriega's whereabouts were unknown Wednesday night.

The dollar closed higher against the yen in Tokyo.
""",
    events=[
        (("USAMIL", "USA", "USAGOV"), ("PAN", "PANMIL", "PANGOV"), ("190", "195", "180", "192", "193"),
         "invaded Panama early"),
        (("USAGOV",), ("PANGOV", "PANMIL", "PAN"), ("130", "138", "190", "010", "111", "112", "173"),
         "to bring Noriega to justice"),
        (("USR", "USRGOV"), ("USA", "USAGOV", "USAMIL"), ("111", "110"), "condemned the invasion"),
        (("NICGOV",), ("USA", "USAGOV", "USAMIL"), ("111", "110"), "denounced the attack"),
        (("NICGOV", "NICMIL"), ("USA", "USAMIL", "USAGOV"), ("150", "151", "154", "130"),
         "put his army on alert"),
    ],
    also=[
        (("USAMIL", "USA", "USAGOV"), ("PAN", "PANMIL", "PANGOV"), ("190", "195", "180"),
         "U.S. troops invade Panama"),
        (("USAGOV", "USAMIL", "USA"), ("PANGOV", "PANOPP", "PAN"), ("050", "054", "057", "070"),
         "was sworn in as president at"),
        (("IGO",), ("USA", "PAN", "USAGOV"), ("040", "030", "036"), "called an emergency meeting"),
    ],
    none=["The dollar closed higher", "whereabouts were unknown"],
    parties=[
        ("Gen. Manuel Antonio Noriega", "Manuel Antonio Noriega", ("PANMIL", "PANGOV")),
        ("Guillermo Endara", "Guillermo Endara", ("PANGOV", "PANOPP")),
        ("President Bush", "Bush", ("USAGOV",)),
        ("President Daniel Ortega", "Daniel Ortega", ("NICGOV",)),
    ],
)

AP_HAITI = Story(
    "ap_portauprince_carter", "1994-09-19",
    """U.S. troops land in Haiti unopposed after Carter deal

PORT-AU-PRINCE, Haiti (AP) - American troops poured into Haiti on Monday without firing a shot, a day \
after Haiti's military leaders agreed to step down under a deal negotiated by former President Jimmy \
Carter.

Lt. Gen. Raoul Cedras, the army commander, agreed to leave power by Oct. 15 and to cooperate with the \
U.S. force, which is to clear the way for the return of exiled President Jean-Bertrand Aristide.

Aristide, speaking in Washington, thanked President Clinton and appealed to his supporters to avoid \
acts of revenge.

Outside the port, Haitian police beat a crowd of people who had gathered to cheer the Americans, and \
one man was killed.

Carter said the deal spared both nations a bloody invasion.

About 20,000 U.S. troops are expected to take part in the operation, officials said.
""",
    events=[
        (("USAMIL", "USA", "USAGOV"), ("HTI", "HTIGOV", "HTIMIL"), ("074", "042", "086", "150", "070", "072"),
         "poured into Haiti"),
        (("HTIMIL", "HTIGOV"), ("USA", "USAGOV", "USAELI"), ("057", "080", "083", "081"),
         "agreed to step down"),
        (("USAELI", "USAGOV", "USA"), ("HTIMIL", "HTIGOV"), ("045", "046", "040", "057"),
         "negotiated by former President"),
        (("HTIGOV", "HTI"), ("USAGOV",), ("051", "050"), "thanked President Clinton"),
        (("HTIGOV", "HTI"), ("HTI", "HTICVL", "HTIOPP"), ("020", "025", "028"), "appealed to his supporters"),
        (("HTICOP",), ("HTICVL", "HTI", "HTIOPP"), ("175", "180", "182", "170", "186"),
         "Haitian police beat a crowd"),
    ],
    also=[
        (("USAMIL", "USA", "USAGOV"), ("HTI", "HTIGOV", "HTIMIL"), ("074", "042", "086", "150", "070"),
         "U.S. troops land in Haiti"),
        (("HTIMIL", "HTIGOV"), ("USA", "USAGOV", "USAELI"), ("057", "080", "083"), "after Carter deal"),
        (("USAELI", "USA", "USAGOV"), ("HTIMIL", "HTI", "HTIGOV"), ("057", "046", "040"),
         "after Carter deal"),
        (("HTIMIL", "HTIGOV"), ("USA", "USAMIL", "USAGOV"), ("030", "031", "032", "036", "080", "083", "086",
                                                            "057"), "to leave power by Oct. 15"),
        (("USAELI", "USA", "USAGOV"), ("HTI", "HTIMIL", "USA"), ("010", "051", "057"),
         "spared both nations"),
    ],
    none=["About 20,000 U.S. troops are expected"],
    parties=[
        ("Lt. Gen. Raoul Cedras", "Raoul Cedras", ("HTIMIL",)),
        ("President Jean-Bertrand Aristide", "Jean-Bertrand Aristide", ("HTIGOV",)),
        ("President Clinton", "Clinton", ("USAGOV",)),
    ],
)

AFP_CENEPA = Story(
    "afp_lima_cenepa", "1995-02-01",
    """Peru says it has taken Ecuadorian base in border war

LIMA, Feb 1 (AFP) - Peruvian troops have captured an Ecuadorian outpost in the disputed Cordillera del \
Condor jungle region after heavy fighting, President Alberto Fujimori said Wednesday.

Fujimori told reporters in the border city of Bagua that Peruvian helicopters and ground troops had \
driven Ecuadorian soldiers from the Cueva de los Tayos base.

Ecuador's Defence Ministry in Quito denied that the base had fallen and said its forces had shot down \
a Peruvian helicopter.

Ecuadorian President Sixto Duran Ballen accused Peru of trying to impose a military solution and \
called on the four guarantor countries of the 1942 Rio Protocol to intervene.

Argentina, Brazil, Chile and the United States have invited both sides to talks in Rio de Janeiro on \
Friday.

The two countries fought a brief war over the same border in 1981.
""",
    events=[
        (("PERMIL", "PER", "PERGOV"), ("ECUMIL", "ECU"), ("190", "193", "194", "195"),
         "captured an Ecuadorian outpost"),
        (("ECUMIL", "ECU", "ECUGOV"), ("PERMIL", "PER"), ("190", "195", "193"), "shot down"),
        (("ECUGOV",), ("PER", "PERGOV", "PERMIL"), ("112", "111"), "accused Peru of trying"),
        (("ECUGOV",), ("ARG", "BRA", "CHL", "USA", "IGO"), ("020", "021", "025", "026", "027", "028"),
         "called on the four guarantor"),
        (("ARG", "ARGGOV"), ("PER", "ECU", "PERGOV", "ECUGOV"), ("036", "040", "045", "046", "020"),
         "have invited both sides"),
        (("BRA", "BRAGOV"), ("PER", "ECU", "PERGOV", "ECUGOV"), ("036", "040", "045", "046", "020"),
         "have invited both sides"),
    ],
    also=[
        (("PERGOV", "PER", "PERMIL"), ("ECU", "ECUMIL", "ECUGOV"), ("190", "193", "195"),
         "Peru says it has taken"),
        (("PERMIL", "PER", "PERGOV"), ("ECUMIL", "ECU"), ("190", "193", "195"), "had driven Ecuadorian"),
        (("ECUGOV", "ECUMIL", "ECU"), ("PER", "PERGOV", "PERMIL"), ("016", "010"), "denied that the base"),
        (("CHL", "CHLGOV", "USA", "USAGOV"), ("PER", "ECU", "PERGOV", "ECUGOV"),
         ("036", "040", "045", "046", "020"), "have invited both sides"),
    ],
    none=["fought a brief war over the same border in 1981"],
    parties=[
        ("President Alberto Fujimori", "Alberto Fujimori", ("PERGOV",)),
        ("President Sixto Duran Ballen", "Sixto Duran Ballen", ("ECUGOV",)),
    ],
)

IRNA_598 = Story(
    "irna_tehran_598", "1988-07-18",
    """Iran accepts UN ceasefire resolution

TEHRAN, July 18 (IRNA) - The Islamic Republic of Iran on Monday formally accepted United Nations \
Security Council Resolution 598, which calls for a ceasefire in the war imposed by the Baathist regime \
of Iraq.

In a message to UN Secretary-General Javier Perez de Cuellar, President Ali Khamenei said Iran had \
accepted the resolution in order to save lives and to establish justice and regional peace.

Majlis Speaker Akbar Hashemi Rafsanjani told a Friday prayer congregation that the decision had been \
taken with the approval of the Leader of the Islamic Revolution, Imam Khomeini.

Rafsanjani accused the United States of backing Iraq and said the downing of an Iranian airliner by a \
U.S. warship this month had shown the world the true face of American policy.

Perez de Cuellar welcomed Iran's decision and said he would send a team to the region to arrange the \
ceasefire.

Iraqi warplanes bombed Iranian towns in the west on Monday, the Iranian news agency said.
""",
    events=[
        (("IRN", "IRNGOV"), ("IGO",), ("057", "080", "081", "083", "087", "050", "084"), "formally accepted"),
        (("IRNGOV",), ("IGO",), ("010", "020", "040", "050", "057", "087"), "In a message to UN"),
        (("IRNGOV", "IRNLEG"), ("USA", "USAGOV"), ("112", "111"), "accused the United States of backing"),
        (("IGO",), ("IRN", "IRNGOV"), ("051", "050"), "welcomed Iran's decision"),
        (("IGO",), ("IRN", "IRQ", "IRNGOV", "IRQGOV"), ("030", "036", "045", "086", "074", "040", "070"),
         "would send a team"),
        (("IRQMIL", "IRQ", "IRQGOV"), ("IRN", "IRNCVL"), ("195", "190", "183", "180", "200"),
         "Iraqi warplanes bombed"),
    ],
    also=[
        (("IRN", "IRNGOV"), ("IGO",), ("057", "080", "081", "087", "050"), "Iran accepts UN ceasefire"),
        (("IRQ", "IRQGOV"), ("IRN", "IRNGOV"), ("190", "180"), "the war imposed by"),
        (("IRN", "IRNGOV"), ("IRQ", "IRQGOV"), ("111", "112"), "the war imposed by"),
        (("IRNGOV", "IRNLEG", "IRN"), ("USA", "USAGOV", "USAMIL"), ("111", "112"), "true face"),
        (("USAMIL", "USA"), ("IRN", "IRNCVL"), ("190", "195", "180", "183"), "the downing of an Iranian"),
    ],
    none=[],
    parties=[
        ("Javier Perez de Cuellar", "Javier Perez de Cuellar", ("IGO",)),
        ("President Ali Khamenei", "Ali Khamenei", ("IRNGOV",)),
        ("Akbar Hashemi Rafsanjani", "Akbar Hashemi Rafsanjani", ("IRNLEG", "IRNGOV")),
    ],
)

REUTERS_TAIF = Story(
    "reuters_beirut_taif", "1989-11-05",
    """Lebanese deputies elect president, Aoun rejects vote

BEIRUT, Nov 5 (Reuters) - Lebanese members of parliament elected Christian deputy Rene Moawad as \
president on Sunday at an airbase in the north of the country, defying army commander General Michel \
Aoun who says the vote is illegal.

The deputies also ratified the Arab League-sponsored accord reached last month in the Saudi city of \
Taif, which gives Moslems an equal share of power and sets a timetable for a Syrian troop pullback.

Aoun, who heads one of Lebanon's two rival governments, told thousands of supporters at his palace in \
Baabda that he would never recognise Moawad and vowed to continue his war against Syria's 33,000 troops \
in Lebanon.

Syria, the United States and France welcomed the election.

Saudi Arabia's King Fahd sent a cable of congratulations to Moawad.

Lebanon's civil war broke out in 1975.
""",
    events=[
        (("LBNLEG",), ("LBNGOV", "LBN"), ("050", "057", "054", "010"), "elected Christian deputy"),
        (("LBNLEG",), ("IGO", "SAU", "SYR", "LBN"), ("057", "050"), "ratified the Arab League"),
        (("LBNMIL", "LBNGOV"), ("LBNGOV", "LBNLEG"), ("120", "125", "128", "110", "111"),
         "would never recognise Moawad"),
        (("LBNMIL", "LBNGOV"), ("SYR", "SYRMIL"), ("138", "130", "190"), "vowed to continue his war"),
        (("SYR", "SYRGOV"), ("LBN", "LBNGOV", "LBNLEG"), ("051", "050"), "welcomed the election"),
        (("USA", "USAGOV"), ("LBN", "LBNGOV", "LBNLEG"), ("051", "050"), "welcomed the election"),
        (("SAUGOV",), ("LBNGOV",), ("051", "050", "010"), "sent a cable of congratulations"),
    ],
    also=[
        (("LBNLEG",), ("LBNGOV", "LBNMIL"), ("050", "057", "054"), "Lebanese deputies elect president"),
        (("LBNMIL", "LBNGOV"), ("LBNLEG", "LBNGOV"), ("120", "125", "128", "111"), "Aoun rejects vote"),
        (("LBNLEG",), ("LBNMIL",), ("120", "128", "125"), "defying army commander"),
        (("LBNMIL", "LBNGOV"), ("LBNLEG", "LBNGOV"), ("111", "112", "120"), "says the vote is illegal"),
        (("FRA", "FRAGOV"), ("LBN", "LBNGOV", "LBNLEG"), ("051", "050"), "welcomed the election"),
        (("SYR", "SYRMIL"), ("LBN",), ("087", "080", "030"), "sets a timetable"),
    ],
    none=["civil war broke out in 1975"],
    parties=[
        ("General Michel Aoun", "Michel Aoun", ("LBNMIL", "LBNGOV")),
        ("King Fahd", "Fahd", ("SAUGOV",)),
        ("deputy Rene Moawad", "Rene Moawad", ("LBNLEG", "LBNGOV")),
    ],
)


_SOUTH = ("YEMREB", "YEM", "YEMMIL", "YEMGOV", "YEMOPP")

BBC_YEMEN = Story(
    "bbcm_sanaa_aden", "1994-05-22",
    """Yemen: Sanaa radio says troops advancing on Aden

Text of report by Republic of Yemen radio, Sanaa, on 22 May

The general command of the armed forces has announced that units of the armed forces have liberated \
the Al-Anad base north of Aden from the forces of the secessionist gang.

The command said that the separatist forces had fired Scud missiles at Sanaa overnight, killing a \
number of innocent citizens in a residential quarter.

President Ali Abdallah Salih, in a statement to the nation, said that the declaration of secession by \
Ali Salim al-Bid was null and void and urged the armed forces to preserve the unity of the homeland.

[Passage omitted: messages of support from tribal leaders]

The president called on the Arab League not to recognise the so-called Democratic Republic of Yemen.

Source: Republic of Yemen radio, Sanaa, in Arabic 1700 gmt 22 May 94
""",
    events=[
        (("YEMMIL", "YEM", "YEMGOV"), _SOUTH, ("190", "193", "194", "195", "200"), "have liberated"),
        (_SOUTH, ("YEM", "YEMCVL", "YEMGOV"), ("190", "195", "180", "183", "200", "186"),
         "had fired Scud missiles"),
        (("YEMGOV",), _SOUTH, ("120", "110", "111", "125", "128"), "was null and void"),
        (("YEMGOV",), ("YEMMIL",), ("020", "025", "010"), "urged the armed forces"),
        (("YEMGOV",), ("IGO",), ("020", "021", "025", "026", "027", "028", "100"),
         "called on the Arab League"),
    ],
    also=[
        (("YEMMIL", "YEM", "YEMGOV"), _SOUTH + ("YEMCVL",), ("190", "150", "152"),
         "troops advancing on Aden"),
        (("YEMGOV",), _SOUTH, ("111", "112"), "secessionist gang"),
        (_SOUTH, ("YEM", "YEMGOV"), ("120", "128", "111", "050"), "the declaration of secession"),
    ],
    none=["[Passage omitted", "Source: Republic of Yemen radio"],
    parties=[
        ("President Ali Abdallah Salih", "Ali Abdallah Salih", ("YEMGOV",)),
        ("Ali Salim al-Bid", "Ali Salim al-Bid", _SOUTH),
    ],
)

_AIDID = ("SOMREB", "SOM", "SOMMIL", "SOMOPP", "SOMUAF")

AP_MOGADISHU = Story(
    "ap_mogadishu_aidid", "1993-06-12",
    """U.N. planes attack Aidid's strongholds in Mogadishu

MOGADISHU, Somalia (AP) - U.S. AC-130 gunships and helicopters attacked weapons sites and a radio \
station controlled by warlord Mohamed Farah Aidid early Saturday, in retaliation for an ambush that \
killed 23 Pakistani peacekeepers a week ago.

The U.N. special envoy to Somalia, retired U.S. Adm. Jonathan Howe, said the raids were aimed at \
restoring security and were not directed at the Somali people.

Aidid's radio, before it was silenced, accused the United Nations of waging war on Somalia and called \
on Somalis to resist the foreign troops.

Pakistan's Prime Minister Moeen Qureshi said his country would keep its troops in Somalia.

The Security Council last week demanded the arrest and trial of those responsible for the ambush.

Aid agencies said food deliveries to the south had been suspended because of the fighting.
""",
    events=[
        (("USAMIL", "USA", "IGO"), _AIDID, ("195", "190", "183", "180"), "attacked weapons sites"),
        (_AIDID, ("IGO",), ("112", "111"), "accused the United Nations"),
        (_AIDID, ("SOM", "SOMCVL"), ("020", "025", "023"), "called on Somalis to resist"),
        (("PAKGOV",), ("IGO", "SOM"), ("030", "033", "036", "074", "070", "010"), "would keep its troops"),
        (("IGO",), _AIDID, ("100", "101", "102", "106", "112"), "demanded the arrest"),
    ],
    also=[
        (("IGO", "USAMIL", "USA"), _AIDID, ("195", "190", "183", "180"), "U.N. planes attack Aidid"),
        (_AIDID, ("IGO", "PAKMIL", "PAK"), ("190", "180", "193", "186"), "in retaliation for an ambush"),
        (("IGO",), ("SOM", "SOMCVL", "SOMREB"), ("010", "016", "018"), "not directed at the Somali"),
        (("NGO", "IGO"), ("SOM", "SOMCVL"), ("162", "160", "070", "073"), "food deliveries"),
    ],
    none=[],
    parties=[
        ("warlord Mohamed Farah Aidid", "Mohamed Farah Aidid", _AIDID),
        ("Adm. Jonathan Howe", "Jonathan Howe", ("IGO",)),
        ("Prime Minister Moeen Qureshi", "Moeen Qureshi", ("PAKGOV",)),
    ],
)

AFP_BADME = Story(
    "afp_addis_asmara_raids", "1998-06-06",
    """Ethiopia, Eritrea trade air strikes as border war widens

ADDIS ABABA, June 6 (AFP) - Ethiopian warplanes bombed the airport in the Eritrean capital Asmara on \
Friday and Eritrean jets hit the northern Ethiopian town of Mekele, killing dozens of civilians, \
officials on both sides said.

Ethiopian Prime Minister Meles Zenawi told parliament that Eritrea had invaded Ethiopian territory around \
the village of Badme and would be driven out by force if it did not withdraw.

Eritrea's President Issaias Afeworki rejected the demand and accused Addis Ababa of declaring war.

The United States and Rwanda, which have been trying to mediate, urged both sides to halt the air \
raids, and US President Bill Clinton telephoned both leaders.

Ethiopia ordered the expulsion of Eritrean nationals living in the country, the government spokeswoman \
said.

Eritrea gained independence from Ethiopia in 1993 after a 30-year guerrilla war.
""",
    events=[
        (("ETHMIL", "ETH", "ETHGOV"), ("ERI", "ERIMIL", "ERICVL", "ERIGOV"), ("195", "190", "183", "180"),
         "warplanes bombed the airport"),
        (("ERIMIL", "ERI", "ERIGOV"), ("ETH", "ETHCVL", "ETHMIL"), ("195", "190", "183", "180", "200"),
         "Eritrean jets hit"),
        (("ETHGOV",), ("ERI", "ERIGOV", "ERIMIL"), ("138", "130", "112"), "driven out by force"),
        (("ERIGOV",), ("ETH", "ETHGOV"), ("120", "125", "128"), "rejected the demand"),
        (("ERIGOV",), ("ETH", "ETHGOV"), ("112", "111"), "accused Addis Ababa"),
        (("USA", "USAGOV"), ("ETH", "ERI", "ETHGOV", "ERIGOV"), ("020", "025", "100", "101", "105"),
         "urged both sides to halt"),
        (("USAGOV",), ("ETHGOV", "ERIGOV"), ("040",), "telephoned both leaders"),
        (("ETHGOV", "ETH"), ("ERI", "ERICVL"), ("174", "170", "166"), "ordered the expulsion"),
    ],
    also=[
        (("ETH", "ETHMIL", "ETHGOV"), ("ERI", "ERIMIL"), ("190", "195"), "trade air strikes"),
        (("ERI", "ERIMIL", "ERIGOV"), ("ETH", "ETHMIL"), ("190", "195"), "trade air strikes"),
        (("ETHGOV",), ("ERI", "ERIGOV", "ERIMIL"), ("112", "111"), "had invaded Ethiopian"),
        (("ETHGOV",), ("ERI", "ERIGOV", "ERIMIL"), ("100", "101", "105", "106"), "if it did not withdraw"),
        (("RWA", "RWAGOV"), ("ETH", "ERI", "ETHGOV", "ERIGOV"), ("020", "025", "100", "045"),
         "urged both sides to halt"),
        (("USA", "USAGOV", "RWA", "RWAGOV"), ("ETH", "ERI"), ("045", "046", "040"), "trying to mediate"),
        (("ETHGOV", "ERIGOV"), ("USAGOV",), ("040",), "telephoned both leaders"),
    ],
    none=["gained independence from Ethiopia in 1993"],
    parties=[
        ("Prime Minister Meles Zenawi", "Meles Zenawi", ("ETHGOV",)),
        ("President Issaias Afeworki", "Issaias Afeworki", ("ERIGOV",)),
        ("President Bill Clinton", "Bill Clinton", ("USAGOV",)),
    ],
)

_SPLA = ("SDNREB", "SDN", "SDNINS", "SDNOPP")

REUTERS_SPLA = Story(
    "reuters_nairobi_spla", "1997-01-15",
    """Sudan rebels say they captured two towns near Ethiopia

NAIROBI, Jan 15 (Reuters) - Sudan People's Liberation Army (SPLA) rebels said on Wednesday they had \
captured two garrison towns in Blue Nile state near the Ethiopian border, killing more than 300 \
government soldiers.

SPLA spokesman Yasir Arman told Reuters in Nairobi by satellite telephone that the rebels had also \
seized large quantities of arms and ammunition.

The Sudanese government in Khartoum accused Ethiopia of taking part in the attack and said Ethiopian \
troops had shelled the towns before the rebels moved in.

Ethiopia denied any involvement.

Sudan's President Omar Hassan al-Bashir declared a general mobilisation and called on the nation to \
join the jihad against the rebels and their foreign backers.

The SPLA, led by John Garang, has been fighting since 1983 for autonomy for the mainly Christian and \
animist south.
""",
    events=[
        (_SPLA, ("SDNMIL", "SDN", "SDNGOV"), ("190", "193", "194", "200"), "had captured two garrison"),
        (("SDNGOV", "SDN"), ("ETH", "ETHGOV", "ETHMIL"), ("112",), "accused Ethiopia"),
        (("ETH", "ETHGOV"), ("SDN", "SDNGOV"), ("016", "010"), "Ethiopia denied"),
        (("SDNGOV",), ("SDN", "SDNCVL"), ("020", "025", "023"), "called on the nation"),
    ],
    also=[
        (_SPLA, ("SDNMIL", "SDN", "SDNGOV"), ("190", "193"), "Sudan rebels say they captured"),
        (_SPLA, ("SDNMIL", "SDN"), ("190", "193", "194"), "seized large quantities"),
        (("SDNGOV", "SDN"), ("ETH", "ETHGOV", "ETHMIL"), ("112",), "Ethiopian troops had shelled"),
        (("SDNGOV", "SDNMIL", "SDN"), _SPLA + ("ETH",), ("150", "151", "130", "138"),
         "declared a general mobilisation"),
        (("SDNGOV",), _SPLA + ("ETH",), ("111", "130", "138"), "join the jihad"),
    ],
    none=["has been fighting since 1983"],
    parties=[
        ("spokesman Yasir Arman", "Yasir Arman", _SPLA),
        ("President Omar Hassan al-Bashir", "Omar Hassan al-Bashir", ("SDNGOV",)),
    ],
)

_AFDL = ("CODREB", "ZARREB", "COD", "ZAR", "CODINS", "ZARINS")
_ZAIRE = ("COD", "CODGOV", "CODMIL", "ZAR", "ZARGOV", "ZARMIL")

AFP_KISANGANI = Story(
    "afp_kinshasa_kisangani", "1997-03-16",
    """Zaire's rebels take Kisangani, government vows counter-attack

KINSHASA, March 16 (AFP) - Rebel forces led by Laurent-Desire Kabila captured Zaire's third largest \
city Kisangani on Saturday after government troops fled, looting shops as they went, residents reached \
by telephone said.

Information Minister Boguo Makeli said the army had carried out a "tactical withdrawal" and would \
launch a counter-offensive to retake the city within days.

Kabila's Alliance of Democratic Forces for the Liberation of Congo-Zaire (ADFL) rejected a UN-backed \
ceasefire plan and said it would march on Kinshasa unless President Mobutu Sese Seko stepped down.

South African President Nelson Mandela invited Kabila and Mobutu's envoys to talks in Pretoria, his \
office said.

Mobutu, 66, is undergoing treatment for prostate cancer in the south of France.

Belgium advised its 2,000 citizens in Kinshasa to leave the country.
""",
    events=[
        (_AFDL, _ZAIRE, ("190", "193", "200"), "captured Zaire's third"),
        (_ZAIRE, ("COD", "ZAR", "CODCVL", "ZARCVL", "CODBUS", "ZARBUS"), ("171", "170", "180", "175"),
         "looting shops"),
        (_ZAIRE, _AFDL, ("138", "130", "190"), "would launch a counter-offensive"),
        (_AFDL, ("IGO",), ("120", "125", "127", "128"), "rejected a UN-backed"),
        (_AFDL, _ZAIRE, ("130", "138", "100", "101", "104"), "would march on Kinshasa"),
        (("ZAFGOV",), _ZAIRE + _AFDL, ("036", "040", "045", "046", "020", "043"), "invited Kabila"),
    ],
    also=[
        (_AFDL, _ZAIRE, ("190", "193"), "Zaire's rebels take Kisangani"),
        (_ZAIRE, _AFDL, ("138", "130"), "vows counter-attack"),
        (_ZAIRE, _AFDL, ("080", "087", "190"), "tactical withdrawal"),
        (("BEL", "BELGOV"), _ZAIRE + ("BEL", "BELCVL"), ("160", "010", "020", "025"), "advised its 2,000"),
    ],
    none=["is undergoing treatment"],
    parties=[
        ("led by Laurent-Desire Kabila", "Laurent-Desire Kabila", _AFDL),
        ("Minister Boguo Makeli", "Boguo Makeli", ("CODGOV", "ZARGOV")),
        ("President Mobutu Sese Seko", "Mobutu Sese Seko", ("CODGOV", "ZARGOV")),
        ("President Nelson Mandela", "Nelson Mandela", ("ZAFGOV",)),
    ],
)


REUTERS_LAGOS = Story(
    "reuters_lagos_sarowiwa", "1995-11-11",
    """Commonwealth suspends Nigeria after Saro-Wiwa hanged

LAGOS, Nov 11 (Reuters) - Commonwealth leaders suspended Nigeria from the 52-nation group on Saturday, a \
day after the military government hanged writer Ken Saro-Wiwa and eight other minority rights activists \
despite appeals for clemency from around the world.

The leaders, meeting in Auckland, New Zealand, gave General Sani Abacha's government two years to \
restore democracy or face expulsion.

The United States recalled its ambassador from Lagos for consultations and the European Union said it \
would suspend all military cooperation with Nigeria.

South African President Nelson Mandela, who had argued for quiet diplomacy, called for oil sanctions \
against the Abacha regime.

Nigeria's Information Minister Walter Ofonagoro said the executions were a domestic matter and accused \
the West of interfering in the country's internal affairs.

Saro-Wiwa led a campaign against oil pollution in the Ogoni region of the Niger Delta.
""",
    events=[
        (("IGO",), ("NGA", "NGAGOV"), ("160", "161", "163", "164", "172"), "suspended Nigeria from"),
        (("NGAGOV", "NGAMIL", "NGA"), ("NGAOPP", "NGACVL", "NGAMED", "NGAHRI", "NGA"), ("180", "185", "170",
                                                                                    "175", "200"),
         "hanged writer Ken Saro-Wiwa"),
        (("IGO",), ("NGAGOV", "NGA"), ("100", "104", "130", "131", "133", "137"), "restore democracy"),
        (("USA", "USAGOV"), ("NGA", "NGAGOV"), ("160", "161", "164"), "recalled its ambassador"),
        (("IGO",), ("NGA", "NGAGOV", "NGAMIL"), ("160", "162", "161", "163", "030", "130"),
         "would suspend all military"),
        (("ZAFGOV",), ("NGA", "NGAGOV", "IGO", "USA"), ("100", "101", "020", "021", "163"),
         "called for oil sanctions"),
        (("NGAGOV",), ("IGO", "USA", "GBR", "WST"), ("112", "111"), "accused the West"),
    ],
    also=[
        (("IGO",), ("NGA", "NGAGOV"), ("160", "161", "163", "172"), "Commonwealth suspends Nigeria"),
        (("NGAGOV", "NGAMIL", "NGA"), ("NGAOPP", "NGACVL", "NGAMED", "NGA"), ("180", "185", "175"),
         "after Saro-Wiwa hanged"),
        (("IGO",), ("NGAGOV", "NGA"), ("130", "131", "133", "137", "166"), "or face expulsion"),
        (("NGAGOV",), ("IGO", "USA", "ZAF"), ("010", "110", "120", "128"), "a domestic matter"),
    ],
    none=["led a campaign against oil pollution"],
    parties=[
        ("General Sani Abacha", "Sani Abacha", ("NGAGOV", "NGAMIL")),
        ("President Nelson Mandela", "Nelson Mandela", ("ZAFGOV",)),
        ("Minister Walter Ofonagoro", "Walter Ofonagoro", ("NGAGOV",)),
        ("writer Ken Saro-Wiwa", "Ken Saro-Wiwa", ("NGAOPP", "NGACVL", "NGAMED", "NGAHRI", "NGA")),
    ],
)

AFP_BUJUMBURA = Story(
    "afp_bujumbura_sanctions", "1996-08-01",
    """East African states impose sanctions on Burundi's Buyoya

BUJUMBURA, Aug 1 (AFP) - Burundi's neighbours on Wednesday imposed an economic blockade on the country \
to force the military regime of Major Pierre Buyoya, who seized power in a coup last week, to restore \
parliament and open talks with Hutu rebels.

Tanzania closed its border and suspended fuel deliveries, and Kenya halted flights to Bujumbura, \
diplomats said.

Buyoya called the sanctions unjust and said his government would not negotiate with "genocidal forces", \
but promised to restore the national assembly.

Hutu militiamen of the National Council for the Defence of Democracy (CNDD) attacked a camp for \
displaced Tutsis in Gitega province overnight, killing 30 people, army spokesman Colonel Isaie Nibizi \
said.

The UN Security Council called on all parties to halt the violence.

More than 150,000 people have been killed since 1993, when Burundi's first Hutu president was murdered \
by Tutsi soldiers.
""",
    events=[
        (("TZA", "KEN", "UGA", "RWA", "IGO", "TZAGOV", "KENGOV"), ("BDI", "BDIGOV", "BDIMIL"), ("163", "160",
                                                                                                  "172"),
         "imposed an economic blockade"),
        (("TZA", "TZAGOV"), ("BDI", "BDIGOV"), ("163", "160", "162", "172"), "Tanzania closed its border"),
        (("KEN", "KENGOV"), ("BDI", "BDIGOV"), ("163", "160", "162", "172"), "Kenya halted flights"),
        (("BDIGOV", "BDIMIL"), ("TZA", "KEN", "IGO", "UGA", "RWA"), ("111", "110"), "called the sanctions"),
        (("BDIGOV", "BDIMIL"), ("BDIREB", "BDI"), ("120", "125", "124", "128"), "would not negotiate"),
        (("BDIREB", "BDI"), ("BDICVL", "BDI"), ("180", "190", "200", "186"), "attacked a camp"),
        (("IGO",), ("BDI", "BDIGOV", "BDIREB"), ("020", "025", "100", "101", "105"), "called on all parties"),
    ],
    also=[
        (("TZA", "KEN", "UGA", "RWA", "IGO"), ("BDI", "BDIGOV", "BDIMIL"), ("163", "160", "172"),
         "impose sanctions on Burundi"),
        (("IGO", "TZA", "KEN"), ("BDIGOV", "BDIMIL"), ("100", "101", "104", "046"), "to restore parliament"),
        (("BDIMIL", "BDIGOV"), ("BDI", "BDIGOV"), ("180", "171", "170", "172", "183"),
         "seized power in a coup"),
        (("BDIGOV", "BDIMIL"), ("BDI", "BDILEG", "TZA", "IGO"), ("030", "032", "083", "080"),
         "promised to restore"),
        (("BDIGOV", "BDIMIL"), ("BDIREB",), ("111", "112"), "genocidal forces"),
    ],
    none=["have been killed since 1993"],
    parties=[
        ("Major Pierre Buyoya", "Pierre Buyoya", ("BDIGOV", "BDIMIL")),
        ("Colonel Isaie Nibizi", "Isaie Nibizi", ("BDIMIL",)),
    ],
)

_KR = ("KHMREB", "KHM", "KHMINS")

XINHUA_PHNOMPENH = Story(
    "xinhua_phnompenh_hunsen", "1997-07-11",
    """ASEAN delays Cambodia's entry after fighting in Phnom Penh

PHNOM PENH, July 11 (Xinhua) -- The Association of Southeast Asian Nations (ASEAN) has decided to \
delay Cambodia's admission to the grouping following last weekend's armed clashes in the capital, \
Cambodian officials said here Friday.

Second Prime Minister Hun Sen said he respected ASEAN's decision but would not allow any foreign \
interference in Cambodia's internal affairs.

Troops loyal to Hun Sen routed forces of First Prime Minister Prince Norodom Ranariddh in two days of \
fighting on July 5 and 6. Ranariddh left the country on the eve of the clashes.

Ranariddh, speaking in Paris, called on the international community to cut aid to the Hun Sen \
government.

The United States suspended its aid to Cambodia for 30 days, and Japan said it was sending a military \
plane to evacuate its nationals.

Khmer Rouge guerrillas in the northwest have offered to fight alongside Ranariddh's forces, the \
Khmer Rouge radio said.
""",
    events=[
        (("IGO",), ("KHM", "KHMGOV"), ("160", "162", "164", "120", "125"), "decided to delay"),
        (("KHMGOV",), ("IGO",), ("120", "128", "110", "130"), "would not allow any foreign"),
        (("KHMGOV",), ("IGO",), ("051", "050", "010", "080"), "respected ASEAN's decision"),
        (("KHMGOV", "KHMMIL"), ("KHMGOV", "KHMMIL", "KHMOPP"), ("190", "193"), "routed forces"),
        (("KHMGOV", "KHMOPP"), ("IGO",), ("020", "021", "023", "100", "101"), "called on the international"),
        (("USA", "USAGOV"), ("KHM", "KHMGOV"), ("162", "160"), "suspended its aid"),
        (_KR, ("KHMGOV", "KHMOPP", "KHMMIL"), ("030", "032", "036", "062", "060", "050"),
         "have offered to fight"),
    ],
    also=[
        (("IGO",), ("KHM", "KHMGOV"), ("160", "162", "164", "120"), "ASEAN delays Cambodia's entry"),
        (("KHMGOV", "KHMMIL"), ("KHMGOV", "KHMMIL", "KHMOPP"), ("190",), "after fighting in Phnom Penh"),
        (("KHMGOV", "KHMOPP"), ("KHMGOV",), ("162", "160", "111"), "to cut aid"),
        (("JPN", "JPNGOV", "JPNMIL"), ("KHM", "JPN", "JPNCVL"), ("150", "070", "073", "010"),
         "sending a military"),
        (_KR, ("KHMGOV", "KHMMIL"), ("130", "138", "190"), "have offered to fight"),
    ],
    none=[],
    parties=[
        ("Second Prime Minister Hun Sen", "Hun Sen", ("KHMGOV",)),
        ("Prince Norodom Ranariddh", "Norodom Ranariddh", ("KHMGOV", "KHMOPP")),
    ],
)

KYODO_RANGOON = Story(
    "kyodo_rangoon_nld", "1996-09-27",
    """Myanmar junta detains hundreds of Suu Kyi supporters

RANGOON, Sept. 27 Kyodo - Myanmar's military government has detained more than 500 members of Aung San \
Suu Kyi's National League for Democracy (NLD) to prevent them from holding a party congress this \
weekend, the opposition party said Friday.

Police set up barricades on the road leading to Suu Kyi's lakeside residence and turned away foreign \
journalists, witnesses said.

A spokesman for the State Law and Order Restoration Council (SLORC) said the detained members were \
being "invited for questioning" and would be released after the weekend.

Japanese Foreign Minister Yukihiko Ikeda expressed concern over the detentions and urged the junta to \
begin a dialogue with Suu Kyi.

U.S. State Department spokesman Nicholas Burns condemned the arrests and said Washington was \
considering economic sanctions against Myanmar.

The NLD won a landslide victory in a 1990 general election, but the military refused to hand over power.

==Kyodo
""",
    events=[
        (("MMRGOV", "MMRMIL", "MMRCOP"), ("MMROPP",), ("173", "170", "175"), "has detained more than 500"),
        (("MMRCOP", "MMRGOV"), ("MMROPP", "MMRCVL", "MMR"), ("175", "170", "171", "172"),
         "set up barricades"),
        (("MMRCOP", "MMRGOV"), ("MMRMED", "MED", "JRN"), ("174", "170", "172", "120"), "turned away foreign"),
        (("JPNGOV",), ("MMRGOV", "MMRMIL", "MMR"), ("020", "021", "100", "101", "110", "111", "012", "046"),
         "urged the junta"),
        (("USAGOV",), ("MMRGOV", "MMRMIL", "MMR"), ("111", "110"), "condemned the arrests"),
    ],
    also=[
        (("MMRMIL", "MMRGOV"), ("MMROPP",), ("173", "170"), "junta detains hundreds"),
        (("JPNGOV",), ("MMRGOV", "MMRMIL", "MMR"), ("110", "111", "012", "010"), "expressed concern"),
        (("MMRGOV", "MMRMIL"), ("MMROPP",), ("030", "084", "080", "010"), "would be released"),
        (("USAGOV", "USA"), ("MMR", "MMRGOV", "MMRMIL"), ("130", "131", "163", "036", "030", "010"),
         "considering economic sanctions"),
    ],
    none=["won a landslide victory in a 1990", "==Kyodo"],
    parties=[
        ("Minister Yukihiko Ikeda", "Yukihiko Ikeda", ("JPNGOV",)),
        ("spokesman Nicholas Burns", "Nicholas Burns", ("USAGOV",)),
        ("Aung San Suu Kyi's", "Aung San Suu Kyi", ("MMROPP",)),
    ],
)


_MNLF = ("PHLREB", "PHL", "PHLINS", "PHLMOS")

AFP_MANILA_MNLF = Story(
    "afp_manila_mnlf", "1996-09-02",
    """Manila, Moslem rebels sign peace pact ending 24-year revolt

MANILA, Sept 2 (AFP) - The Philippine government and the Moro National Liberation Front (MNLF) signed a \
peace agreement on Monday ending a Moslem separatist rebellion in the southern island of Mindanao that \
has claimed more than 120,000 lives.

President Fidel Ramos and MNLF chairman Nur Misuari witnessed the signing at the presidential palace, \
with Indonesian Foreign Minister Ali Alatas, whose government brokered the talks, looking on.

Under the accord, Misuari is expected to be elected governor of an autonomous region next week, and \
thousands of MNLF guerrillas will be absorbed into the army and police.

The breakaway Moro Islamic Liberation Front (MILF) rejected the agreement and said it would continue \
its armed struggle for an independent Islamic state.

Christian politicians in Mindanao staged a protest rally in Zamboanga city against the deal.

The Manila stock exchange's composite index closed 1.2 percent higher.
""",
    events=[
        (("PHLGOV", "PHL"), _MNLF, ("057",), "signed a peace agreement"),
        (_MNLF, ("PHLGOV", "PHL"), ("057",), "signed a peace agreement"),
        (("IDNGOV", "IDN"), ("PHLGOV", "PHL") + _MNLF, ("045", "046", "040", "057"), "brokered the talks"),
        (_MNLF, ("PHLGOV", "PHL") + _MNLF, ("120", "125", "127", "128"), "rejected the agreement"),
        (("PHLLEG", "PHLGOV", "PHLELI", "PHLCVL", "PHL", "PHLOPP"), ("PHLGOV", "PHL") + _MNLF,
         ("140", "141", "111"), "staged a protest rally"),
    ],
    also=[
        (("PHLGOV", "PHL"), _MNLF, ("057",), "sign peace pact"),
        (_MNLF, ("PHLGOV", "PHL"), ("057",), "sign peace pact"),
        (("PHLGOV",), _MNLF, ("057", "040", "043"), "witnessed the signing"),
        (_MNLF, ("PHLGOV",), ("057", "040", "042"), "witnessed the signing"),
        (_MNLF, ("PHLGOV", "PHL", "PHLMIL"), ("130", "138", "190"), "continue its armed struggle"),
    ],
    none=["composite index closed"],
    parties=[
        ("President Fidel Ramos", "Fidel Ramos", ("PHLGOV",)),
        ("chairman Nur Misuari", "Nur Misuari", _MNLF),
        ("Minister Ali Alatas", "Ali Alatas", ("IDNGOV",)),
    ],
)

AP_JAKARTA = Story(
    "ap_jakarta_suharto", "1998-05-21",
    """Suharto resigns after 32 years; Habibie sworn in

JAKARTA, Indonesia (AP) - President Suharto resigned Thursday after 32 years of authoritarian rule, \
bowing to weeks of student protests and riots, and handed power to his vice president, B.J. Habibie.

Thousands of students who had occupied the parliament building since Monday cheered and wept as \
Suharto read his resignation statement on national television.

Armed forces chief Gen. Wiranto pledged the military's support for Habibie and said the armed forces \
would protect Suharto and his family.

Last week troops shot dead six students at Trisakti University, setting off riots in which more than \
500 people died.

Secretary of State Madeleine Albright welcomed the transfer of power and urged Habibie to move quickly \
toward democratic elections.

The International Monetary Fund said it was ready to resume lending under its $43 billion rescue \
package once the situation stabilized.

The rupiah strengthened 10 percent against the dollar in late trading.
""",
    events=[
        (("IDNGOV",), ("IDNOPP", "IDNEDU", "IDNCVL", "IDN"), ("080", "083", "081"), "bowing to weeks"),
        (("IDNEDU", "IDNOPP", "IDNCVL"), ("IDNLEG", "IDNGOV", "IDN"), ("140", "141", "143", "145", "180"),
         "had occupied the parliament"),
        (("IDNMIL",), ("IDNGOV",), ("050", "051", "030", "060", "062"), "pledged the military's support"),
        (("IDNMIL",), ("IDNEDU", "IDNCVL", "IDNOPP", "IDN"), ("180", "190", "193", "200", "175", "186"),
         "troops shot dead"),
        (("USAGOV",), ("IDN", "IDNGOV"), ("051", "050"), "welcomed the transfer"),
        (("USAGOV",), ("IDNGOV",), ("020", "025", "100", "104", "021"), "urged Habibie"),
        (("IGO",), ("IDN", "IDNGOV"), ("030", "031", "033", "070", "071"), "ready to resume lending"),
    ],
    also=[
        (("IDNGOV",), ("IDNGOV", "IDN", "IDNOPP"), ("080", "083"), "Suharto resigns after"),
        (("IDNGOV",), ("IDNGOV",), ("080", "083", "050"), "handed power"),
        (("IDNMIL",), ("IDNGOV", "IDNELI"), ("030", "050", "062", "060"), "would protect Suharto"),
        (("IDNEDU", "IDNOPP", "IDNCVL", "IDN"), ("IDN", "IDNGOV", "IDNBUS"), ("145", "140", "180", "170"),
         "setting off riots"),
    ],
    none=["The rupiah strengthened"],
    parties=[
        ("President Suharto", "Suharto", ("IDNGOV",)),
        ("Gen. Wiranto", "Wiranto", ("IDNMIL",)),
        ("Madeleine Albright", "Madeleine Albright", ("USAGOV",)),
    ],
)

_KMIL = ("INDREB", "IND", "INDINS", "PAKREB", "INDMOS", "IMGMOS", "INDSEP")

PTI_CHARAR = Story(
    "pti_srinagar_charar", "1995-05-11",
    """Militants set Charar-e-Sharief shrine ablaze

Srinagar, May 11 (PTI) -- Militants holed up in the town of Charar-e-Sharief set fire to the 600-year-old \
shrine of Sheikh Noor-ud-Din Noorani early today before fleeing, official sources said.

Security forces, who had laid siege to the town for two months, killed 20 militants in the fighting \
that followed, a spokesman of the Defence Ministry said in Srinagar.

Union Home Minister S.B. Chavan told the Lok Sabha that the militants, led by a Pakistani mercenary \
known as Mast Gul, had destroyed the shrine deliberately.

He accused Pakistan of training and arming the militants and warned Islamabad to stop its proxy war in \
Jammu and Kashmir.

The All Party Hurriyat Conference called for a general strike in the valley to protest against the \
destruction of the shrine.

In Islamabad, the Pakistan Foreign Office blamed Indian troops for the fire.

The shrine was built in the 15th century.
""",
    events=[
        (_KMIL, ("IND", "INDCVL", "INDREL", "INDGOV"), ("180", "183", "182", "175", "200", "174", "170"),
         "set fire to the 600-year-old"),
        (("INDMIL", "INDCOP", "IND", "INDGOV"), _KMIL, ("190", "193", "180", "200"), "killed 20 militants"),
        (("INDGOV",), ("PAK", "PAKGOV", "PAKMIL"), ("112",), "accused Pakistan of training"),
        (("INDGOV",), ("PAK", "PAKGOV"), ("130", "100", "101", "106", "111", "112", "131"),
         "warned Islamabad"),
        (("INDOPP", "INDMOS", "IND", "INDREB", "INDPTY"), ("IND", "INDGOV", "INDMIL"), ("140", "141", "143"),
         "called for a general strike"),
        (("PAKGOV", "PAK"), ("INDMIL", "IND", "INDGOV"), ("112", "111"), "blamed Indian troops"),
    ],
    also=[
        (_KMIL, ("IND", "INDCVL", "INDREL"), ("180", "183", "182", "175", "200"), "set Charar-e-Sharief"),
        (("INDMIL", "INDCOP", "IND", "INDGOV"), _KMIL, ("150", "190", "191", "170"), "had laid siege"),
        (("INDGOV",), _KMIL + ("PAK",), ("112", "111"), "had destroyed the shrine"),
    ],
    none=["built in the 15th century"],
    parties=[
        ("Minister S.B. Chavan", "S.B. Chavan", ("INDGOV",)),
    ],
)

_UTO = ("TJKREB", "TJK", "TJKOPP", "TJKINS", "TJKMOS")

TASS_TAJIK = Story(
    "itartass_moscow_tajik", "1997-06-27",
    """Tajik president, opposition leader sign peace accord in Kremlin

MOSCOW, June 27 (Itar-Tass) - Tajik President Emomali Rakhmonov and the leader of the United Tajik \
Opposition (UTO), Said Abdullo Nuri, signed a general agreement on peace and national accord in the \
Kremlin on Friday, ending five years of civil war.

Russian President Boris Yeltsin, who hosted the ceremony, called the accord "a great event not only \
for Tajikistan but for the whole of Central Asia" and pledged Russia's help in rebuilding the country.

Under the agreement, the opposition will receive 30 percent of posts in the government and its armed \
units will be merged into the Tajik army.

UN Secretary-General Kofi Annan welcomed the accord, his spokesman said in New York.

Iranian Foreign Minister Ali Akbar Velayati, whose country co-sponsored the inter-Tajik talks, also \
attended the signing.

Tajikistan became independent when the Soviet Union broke up in 1991.
""",
    events=[
        (("TJKGOV",), _UTO, ("057",), "signed a general agreement"),
        (_UTO, ("TJKGOV",), ("057",), "signed a general agreement"),
        (("RUSGOV",), ("TJKGOV", "TJK") + _UTO, ("043", "040", "045", "057"), "hosted the ceremony"),
        (("RUSGOV",), ("TJK", "TJKGOV"), ("051", "050"), "a great event"),
        (("RUSGOV", "RUS"), ("TJK", "TJKGOV"), ("030", "031", "033", "070", "071"), "pledged Russia's help"),
        (("IGO",), ("TJKGOV", "TJK") + _UTO, ("051", "050"), "welcomed the accord"),
    ],
    also=[
        (("TJKGOV",), _UTO, ("057",), "sign peace accord"),
        (_UTO, ("TJKGOV",), ("057",), "sign peace accord"),
        (("TJKGOV", "RUSGOV"), ("RUSGOV", "TJKGOV", "RUS"), ("042", "043", "040"), "in the Kremlin"),
        (("TJKGOV", "TJK"), _UTO, ("080", "083", "057", "030"), "will receive 30 percent"),
        (("IRNGOV", "IRN"), ("TJKGOV", "TJK", "RUS", "RUSGOV") + _UTO, ("057", "045", "040", "042"),
         "attended the signing"),
        (("IRNGOV", "IRN"), ("TJKGOV", "TJK") + _UTO, ("045", "046", "040"), "co-sponsored"),
    ],
    none=["Tajikistan became independent"],
    parties=[
        ("President Emomali Rakhmonov", "Emomali Rakhmonov", ("TJKGOV",)),
        ("Said Abdullo Nuri", "Said Abdullo Nuri", _UTO),
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("Secretary-General Kofi Annan", "Kofi Annan", ("IGO",)),
        ("Minister Ali Akbar Velayati", "Ali Akbar Velayati", ("IRNGOV",)),
    ],
)


_ABKHAZ = ("GEOREB", "GEO", "GEOINS", "GEOSEP", "ABKREB", "ABK")

INTERFAX_SUKHUMI = Story(
    "interfax_tbilisi_sukhumi", "1993-09-27",
    """Abkhaz forces capture Sukhumi, Shevardnadze flees

TBILISI, Sept 27 (Interfax) - Abkhaz separatist forces on Monday captured Sukhumi, the capital of the \
breakaway region, after 11 days of heavy fighting, and Georgian troops retreated towards the Inguri \
river, the Georgian Defence Ministry said.

Georgian leader Eduard Shevardnadze, who had stayed in the besieged city to rally its defenders, left \
Sukhumi by plane under fire and arrived in Kutaisi, his press service said.

In a televised address, Shevardnadze accused Russia of arming the separatists and said Moscow's \
military had helped plan the assault.

The Russian Foreign Ministry rejected the accusation as groundless and called on the Abkhaz leadership \
to halt the offensive and observe the ceasefire agreed in Sochi in July.

The UN Security Council condemned the violation of the ceasefire by the Abkhaz side.

Sukhumi's Georgian residents have begun fleeing south, Interfax was told.
""",
    events=[
        (_ABKHAZ, ("GEOMIL", "GEO", "GEOGOV"), ("190", "193", "194", "200"), "captured Sukhumi"),
        (("GEOGOV",), ("RUS", "RUSGOV", "RUSMIL"), ("112",), "accused Russia of arming"),
        (("RUSGOV", "RUS"), ("GEOGOV", "GEO"), ("120", "125", "016", "111"), "rejected the accusation"),
        (("RUSGOV", "RUS"), _ABKHAZ, ("020", "025", "100", "101", "105"), "called on the Abkhaz"),
        (("IGO",), _ABKHAZ, ("111", "110"), "condemned the violation"),
    ],
    also=[
        (_ABKHAZ, ("GEOMIL", "GEO", "GEOGOV"), ("190", "193"), "Abkhaz forces capture Sukhumi"),
        (("GEOMIL", "GEO"), _ABKHAZ, ("080", "087", "190"), "Georgian troops retreated"),
        (("GEOGOV",), ("RUS", "RUSMIL"), ("112",), "had helped plan"),
        (_ABKHAZ, ("GEO", "GEOGOV", "GEOMIL", "GEOCVL", "RUS", "RUSGOV"), ("057", "087"),
         "observe the ceasefire"),
    ],
    none=["residents have begun fleeing"],
    parties=[
        ("leader Eduard Shevardnadze", "Eduard Shevardnadze", ("GEOGOV",)),
    ],
)

_GERMANY = ("DEU", "DEUGOV", "DDR", "DDRGOV", "GDR", "GDRGOV", "BRD", "FRG", "FRGGOV")

DPA_TWOPLUSFOUR = Story(
    "dpa_moscow_twoplusfour", "1990-09-12",
    """Four powers give up rights over Germany in Moscow treaty

MOSCOW, Sept 12 (dpa) - The foreign ministers of the two German states and the four World War II \
allies signed a treaty in Moscow on Wednesday restoring full sovereignty to a united Germany and ending \
45 years of four-power rights over Berlin.

West German Foreign Minister Hans-Dietrich Genscher called the treaty "a historic day for Germany and \
for Europe" and thanked Soviet President Mikhail Gorbachev for making unification possible.

Under the treaty the Soviet Union will withdraw its 370,000 troops from eastern Germany by the end of \
1994, and Bonn will pay Moscow 12 billion marks towards their stationing and return.

Soviet Foreign Minister Eduard Shevardnadze said the agreement laid a foundation for a new relationship \
between the Soviet Union and Germany.

A last-minute British objection over NATO manoeuvres in the east had delayed the signing by several \
hours.

Germany will be united on October 3.

dpa ws gt
""",
    events=[
        (_GERMANY, ("USR", "USRGOV", "USA", "USAGOV", "GBR", "GBRGOV", "FRA", "FRAGOV") + _GERMANY,
         ("057",), "signed a treaty in Moscow"),
        (("USRGOV", "USR"), _GERMANY, ("057",), "signed a treaty in Moscow"),
        (("DEUGOV", "FRGGOV", "DEU"), ("DEU", "USR", "USRGOV"), ("051", "050", "010"), "a historic day"),
        (("DEUGOV", "FRGGOV", "DEU"), ("USRGOV",), ("051", "050"), "thanked Soviet President"),
        (("USRGOV", "USR", "USRMIL"), _GERMANY, ("030", "087", "080", "081", "057"), "will withdraw its"),
        (_GERMANY, ("USR", "USRGOV"), ("030", "031", "033", "070", "071", "057"), "will pay Moscow"),
    ],
    also=[
        (("USA", "USAGOV", "GBR", "GBRGOV", "FRA", "FRAGOV", "USR", "USRGOV"), _GERMANY, ("057", "080", "081",
                                                                                        "050"),
         "signed a treaty in Moscow"),
        (("USA", "USAGOV", "GBR", "GBRGOV", "FRA", "FRAGOV", "USR", "USRGOV"), _GERMANY, ("080", "081",
         "057"),
         "Four powers give up rights"),
        (("USRGOV",), _GERMANY, ("051", "050", "010", "057"), "laid a foundation"),
        (("GBR", "GBRGOV"), ("USR", "USRGOV", "IGO") + _GERMANY, ("110", "111", "120", "125"),
         "British objection"),
    ],
    none=["Germany will be united on October 3", "dpa ws gt"],
    parties=[
        ("Minister Hans-Dietrich Genscher", "Hans-Dietrich Genscher", ("DEUGOV", "FRGGOV")),
        ("President Mikhail Gorbachev", "Mikhail Gorbachev", ("USRGOV",)),
        ("Minister Eduard Shevardnadze", "Eduard Shevardnadze", ("USRGOV",)),
    ],
)

_PKK = ("TURREB", "TUR", "TURINS", "TURSEP", "IRQREB", "KURREB")

ANADOLU_PKK = Story(
    "anadolu_ankara_pkk", "1995-03-21",
    """Turkish troops push into northern Iraq against PKK

ANKARA, March 21 (A.A) - Turkish troops backed by warplanes and tanks pressed their offensive against \
separatist PKK guerrillas in northern Iraq on Tuesday, killing 55 terrorists, the General Staff said.

Prime Minister Tansu Ciller told reporters the operation would last as long as necessary and that \
Turkey had no designs on Iraqi territory.

The European Union expressed concern over the incursion and urged Ankara to respect human rights and \
withdraw its forces as soon as possible.

Baghdad protested to the Turkish charge d'affaires and called the operation a violation of Iraq's \
sovereignty.

The Kurdistan Workers' Party (PKK) has been fighting for self-rule in southeast Turkey since 1984.

Ciller is due to visit Washington next month.
""",
    events=[
        (("TURMIL", "TUR", "TURGOV"), _PKK, ("190", "195", "193", "194", "200"), "pressed their offensive"),
        (("IGO",), ("TUR", "TURGOV", "TURMIL"), ("110", "111", "012", "020", "100", "101"),
         "expressed concern over"),
        (("IGO",), ("TUR", "TURGOV", "TURMIL"), ("020", "021", "100", "101", "105", "025"), "urged Ankara"),
        (("IRQ", "IRQGOV"), ("TUR", "TURGOV"), ("110", "111", "140", "112"), "Baghdad protested"),
    ],
    also=[
        (("TURMIL", "TUR", "TURGOV"), _PKK + ("IRQ",), ("190", "195", "193"), "Turkish troops push into"),
        (("TURGOV",), _PKK + ("IRQ", "IRQGOV"), ("010", "016", "130", "138"), "would last as long"),
        (("IRQ", "IRQGOV"), ("TUR", "TURGOV", "TURMIL"), ("111", "112"), "a violation of Iraq's"),
        (("TURGOV",), ("USA", "USAGOV"), ("036", "042"), "is due to visit Washington"),
    ],
    none=["since 1984"],
    parties=[
        ("Prime Minister Tansu Ciller", "Tansu Ciller", ("TURGOV",)),
    ],
)

YONHAP_IMF = Story(
    "yonhap_seoul_imf", "1997-12-03",
    """Korea, IMF sign record 55 bln-dollar bailout

SEOUL, Dec. 3 (Yonhap) -- South Korea and the International Monetary Fund (IMF) signed an agreement on \
Wednesday for a rescue package worth 55 billion dollars, the largest in the fund's history, in return \
for sweeping reforms of the country's troubled financial sector.

Finance and Economy Minister Lim Chang-yuel and IMF Managing Director Michel Camdessus signed a letter \
of intent at a ceremony in Seoul.

Under the program, Seoul agreed to close insolvent merchant banks, open its financial markets to \
foreign investors and cut economic growth to 3 percent next year.

President Kim Young-sam apologized to the nation in a televised address for the economic crisis.

Japan and the United States pledged to provide a second line of defense of 10 billion dollars and 5 \
billion dollars respectively.

The Korea Composite Stock Price Index (KOSPI) rose 6.8 percent to close at 379.31.
""",
    events=[
        (("KOR", "KORGOV"), ("IGO",), ("057",), "signed an agreement on"),
        (("IGO",), ("KOR", "KORGOV"), ("057", "070", "071"), "signed an agreement on"),
        (("KORGOV",), ("IGO",), ("081", "083", "080", "057", "030", "031"), "Seoul agreed to close"),
        (("KORGOV",), ("KOR", "KORCVL"), ("055",), "apologized to the nation"),
        (("JPN", "JPNGOV"), ("KOR", "KORGOV"), ("030", "031", "033", "070", "071"), "pledged to provide"),
        (("USA", "USAGOV"), ("KOR", "KORGOV"), ("030", "031", "033", "070", "071"), "pledged to provide"),
    ],
    also=[
        (("KOR", "KORGOV"), ("IGO",), ("057",), "Korea, IMF sign"),
        (("IGO",), ("KOR", "KORGOV"), ("057", "070", "071"), "Korea, IMF sign"),
        (("KORGOV",), ("IGO",), ("057", "030", "031"), "signed a letter"),
        (("IGO",), ("KORGOV", "KOR"), ("057", "070", "071"), "signed a letter"),
    ],
    none=["rose 6.8 percent"],
    parties=[
        ("Minister Lim Chang-yuel", "Lim Chang-yuel", ("KORGOV",)),
        ("Director Michel Camdessus", "Michel Camdessus", ("IGO",)),
        ("President Kim Young-sam", "Kim Young-sam", ("KORGOV",)),
    ],
)

REUTERS_TARIFFS = Story(
    "reuters_tokyo_tariffs", "1995-05-17",
    """Japan to take U.S. car tariffs to WTO

TOKYO, May 17 (Reuters) - Japan said on Wednesday it would file a complaint with the World Trade \
Organisation against U.S. plans to impose 100 percent tariffs on 13 Japanese luxury car models, \
escalating the two countries' dispute over access to Japan's auto market.

International Trade and Industry Minister Ryutaro Hashimoto called the sanctions a clear violation of \
international trade rules and said Tokyo would not yield to unilateral pressure.

U.S. Trade Representative Mickey Kantor announced the tariffs on Tuesday after 20 months of talks \
failed to open Japan's market to American car parts.

Kantor said the duties, which would cover about 5.9 billion dollars of imports a year, would take effect \
on June 28 unless Tokyo made concessions.

European Union trade commissioner Leon Brittan criticised the U.S. move and said the EU would take part \
in the WTO case as a third party.

The dollar fell to 83.60 yen in Tokyo from 84.95 yen in New York.
""",
    events=[
        (("JPNGOV", "JPN"), ("USA", "USAGOV"), ("030", "036", "140", "111", "112", "115"),
         "would file a complaint"),
        (("JPNGOV",), ("USA", "USAGOV"), ("111", "110", "112"), "clear violation"),
        (("JPNGOV",), ("USA", "USAGOV"), ("120", "124", "125", "128"), "would not yield"),
        (("USAGOV",), ("JPN", "JPNGOV"), ("163", "160", "172", "130", "131", "030"), "announced the tariffs"),
        (("USAGOV",), ("JPN", "JPNGOV"), ("130", "131", "100", "101", "104"), "unless Tokyo made"),
        (("IGO",), ("USA", "USAGOV"), ("111", "110"), "criticised the U.S. move"),
    ],
    also=[
        (("JPNGOV", "JPN"), ("USA", "USAGOV"), ("030", "036", "140", "111", "115"), "Japan to take U.S."),
        (("USAGOV", "USA"), ("JPN", "JPNGOV"), ("130", "131", "163", "030"), "plans to impose 100"),
        (("USAGOV",), ("JPN", "JPNGOV"), ("046", "040", "164"), "after 20 months of talks"),
        (("IGO",), ("USA", "USAGOV", "JPN", "JPNGOV", "IGO"), ("030", "036", "040", "050", "111"),
         "take part"),
    ],
    none=["The dollar fell to 83.60 yen"],
    parties=[
        ("Minister Ryutaro Hashimoto", "Ryutaro Hashimoto", ("JPNGOV",)),
        ("Representative Mickey Kantor", "Mickey Kantor", ("USAGOV",)),
        ("commissioner Leon Brittan", "Leon Brittan", ("IGO",)),
    ],
)


STORIES: list[Story] = [AP_SAPOA, UPI_PANAMA, AP_HAITI, AFP_CENEPA, IRNA_598, REUTERS_TAIF, BBC_YEMEN,
                        AP_MOGADISHU, AFP_BADME, REUTERS_SPLA, AFP_KISANGANI, REUTERS_LAGOS, AFP_BUJUMBURA,
                        XINHUA_PHNOMPENH, KYODO_RANGOON, AFP_MANILA_MNLF, AP_JAKARTA, PTI_CHARAR,
                        TASS_TAJIK, INTERFAX_SUKHUMI, DPA_TWOPLUSFOUR, ANADOLU_PKK, YONHAP_IMF,
                        REUTERS_TARIFFS]


if __name__ == "__main__":
    main(STORIES, "stories29")
