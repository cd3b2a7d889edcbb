"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (thirty-fifth
session, wip/stories37): ERA copy of 1989-2005 on the subjects the earlier fifteen sets used least:
elections disputed and their results rejected (Abidjan), coups, juntas and the sanctions they drew (Suva,
Islamabad, Arusha), hostage-takings and kidnappings of foreigners with their ransoms (Bogota, Jolo),
sanctions and embargoes lifted (Hanoi), refugees expelled and repatriated (Dar es Salaam, Hong Kong), arms
sales agreed and halted (Beijing, Bonn), trials, pardons and extraditions (Cairo, Seoul, Lima), border
incidents and airspace violations (Athens, Dhaka, Tbilisi), mediation of third parties (Paris, for Yemen
and Eritrea), trade and gas disputes (Tokyo, Kiev), riots and curfews (Kaduna, Amman) and prisoners freed
(Rabat).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: Reuters, AFP,
AP, EFE, Kyodo, Yonhap, MENA, Itar-Tass, DPA, Xinhua, PTI, ANSA. The stories weight the GSR's commonest
types: statements, appeals, intents, meetings, cooperation, aid, yielding, demands, disapproval,
rejections, threats, protests, reduced relations, arrests and expulsions, assaults and fights. Each holds
reported speech, pronouns, "the ministry"-style domestic actors, several actors of one country, an act
told again that must count once, and background or furniture that must code nothing.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, a former head of state ELI, "A said B attacked C" is A -> B 112 alone,
a conditional or a denial is no act (a denial of responsibility may be 016), a phone call is 040 both
ways, signing an agreement 057 both ways, a curfew or a state of emergency 172, diplomats expelled 166,
aid or talks frozen 16, an embargo lifted 08, hostages taken 181, people freed 0841, troops firing on a
crowd 175 or 18/19.

Run `python tests/events/stories37.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories37 at c9816c9, main's code bfc32aeb, before any change): of the 127 required events
68 were coded at country + root and 61 at actor + root; of the coded triples 69 were right, 10 accepted,
1 duplicated and 31 wrong; 3 of the 20 non-event paragraphs were coded; of 52 parties 47 were right, 1
wrong and 4 unresolved.

Five expectations were corrected after the first run, where the coder's reading was the project's
conventions (docs/actors.md): religious groups take a religion code, so the Kaduna rioters and the
Christian Association may be NGACHR / NGAMOS and Jordan's Islamist deputies JORMOS; "East African
leaders" are CAMEO's regional root (EAFGOV); activists are OPP (Ibrahim, "rights activist", EGYOPP); and
"Western hostages" are WST. Main scored on the corrected lists: 70 / 66; right 75, accepted 11,
duplicated 1, wrong 24; non-events coded 3 of 20; parties 47 / 1 / 4.

After the branch's fixes (wip/stories37: a language's initials name no nationality; people sent, flown,
turned or pushed back are deported; warplanes in another state's airspace are a show of force; a vow to
crush rioters is a threat of repression; a bare surname NER left untagged is its bearer's; a
paragraph's first name the parser cut off after a headline is joined again to its sentence): 76 / 72;
right 81, accepted 12, duplicated 1, wrong 25; non-events coded 3 of 20; parties 47 / 1 / 4. What still
fails is a strict xfail in tests/events/test_stories37.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_IGO = ("IGO",)
_CRIT = ("110", "111", "112", "114", "115")
_REJ = ("120", "121", "122", "123", "124", "125", "126", "127", "128", "129")
_APPEAL = ("020", "021", "022", "023", "024", "025", "026", "027", "028")
_DEMAND = ("100", "101", "102", "103", "104", "105", "106", "107", "108")
_MEET = ("040", "042", "043", "044", "045", "046")
_STATE = ("010", "012", "013", "015", "016", "017", "018")

_CIV = ("CIV", "CIVGOV", "CIVMIL")
_CIVOPP = ("CIVOPP", "CIVPTY", "CIV", "CIVCVL")

REUTERS_ABIDJAN = Story(
    "reuters_abidjan_vote", "2000-10-24",
    """Ivory Coast junta leader claims poll victory, rival cries fraud

ABIDJAN, Oct 24 (Reuters) - Ivory Coast's military ruler General Robert Guei declared himself the winner \
of Sunday's presidential election on Tuesday after dissolving the electoral commission, and his main rival \
Laurent Gbagbo rejected the result as a fraud.

Gbagbo, leader of the Ivorian Popular Front, called on his supporters to take to the streets of Abidjan \
until the junta recognised his victory.

Soldiers of the presidential guard fired tear gas and live rounds at thousands of demonstrators marching \
on the state television building, witnesses said.

The government imposed a dusk-to-dawn curfew on the city and closed the borders, a military spokesman \
said on state radio.

In Washington, the State Department condemned the seizure of the vote count and urged Guei to respect the \
will of the people.

Ivory Coast, the world's largest cocoa producer, had long been seen as an island of stability in West \
Africa until last December's coup.
""",
    events=[
        (_CIVOPP, _CIV, _REJ + ("110", "111", "112"), "rejected the result"),
        (_CIVOPP, ("CIV", "CIVCVL", "CIVOPP", "CIVPTY"), _APPEAL + ("140", "141"),
         "called on his supporters"),
        (("CIVMIL", "CIV", "CIVGOV"), ("CIVCVL", "CIVOPP", "CIV"), ("175", "145", "180", "190", "195"),
         "fired tear gas"),
        (("CIVGOV", "CIVMIL", "CIV"), ("CIV", "CIVCVL", "CIVOPP"), ("172", "1721", "170"), "dusk-to-dawn"),
        (("USAGOV", "USA"), _CIV, _CRIT, "condemned the seizure"),
        (("USAGOV", "USA"), _CIV, _APPEAL + _DEMAND, "urged Guei"),
    ],
    also=[
        (_CIVOPP, _CIV, _CRIT + _REJ, "cries fraud"),
        (("CIVGOV", "CIVMIL"), ("CIV",), ("172", "170", "160"), "dissolving the electoral"),
        (("CIVGOV", "CIVMIL", "CIV"), ("CIV",), ("172", "160"), "closed the borders"),
    ],
    none=["island of stability"],
    parties=[
        ("General Robert Guei declared", "Robert Guei", ("CIVGOV", "CIVMIL")),
        ("rival Laurent Gbagbo", "Laurent Gbagbo", ("CIVOPP", "CIVPTY")),
    ],
)

_FJI = ("FJI", "FJIGOV")
_SPEIGHT = ("FJIREB", "FJIUAF", "FJIINS", "FJI", "FJIBUS", "FJICVL")

REUTERS_SUVA = Story(
    "reuters_suva_hostages", "2000-05-20",
    """Gunmen hold Fiji prime minister hostage in parliament

SUVA, May 20 (Reuters) - Armed men led by failed businessman George Speight stormed Fiji's parliament on \
Friday and took Prime Minister Mahendra Chaudhry and more than 30 members of his government hostage, \
demanding an end to ethnic Indian rule.

President Ratu Sir Kamisese Mara declared a state of emergency on Saturday and appealed to the gunmen to \
free the hostages unharmed.

Speight said he had dismissed the government and would hold the prime minister until the president \
abrogated the 1997 constitution.

Australian Prime Minister John Howard condemned the seizure as an assault on democracy and warned that \
Canberra could impose sanctions if the elected government was not restored.

Commonwealth Secretary-General Don McKinnon said he would fly to Suva to press for the release of the \
hostages.

Indians make up about 44 percent of Fiji's 800,000 people and dominate the sugar industry.
""",
    events=[
        (_SPEIGHT, _FJI, ("180", "181"), "took Prime Minister"),
        (_FJI, ("FJI", "FJICVL") + _SPEIGHT, ("172", "1721", "170"), "declared a state of emergency"),
        (_FJI, _SPEIGHT, _APPEAL + _DEMAND, "appealed to the gunmen"),
        (("AUSGOV", "AUS"), _SPEIGHT + _FJI, _CRIT, "condemned the seizure"),
        (_IGO, _SPEIGHT + _FJI, ("030", "036", "040", "043", "020", "100", "0233", "0234"), "would fly to"),
    ],
    also=[
        (("AUSGOV", "AUS"), _FJI + _SPEIGHT, ("130", "131", "1312", "138", "160", "163"), "impose sanctions"),
        (_SPEIGHT, _FJI, _DEMAND + ("180", "181"), "demanding an end"),
        (_SPEIGHT, _FJI, ("180", "181", "130", "138", "172", "174"), "would hold the prime minister"),
        (_SPEIGHT, _FJI, ("180", "181"), "Gunmen hold"),
    ],
    none=["44 percent"],
    parties=[
        ("George Speight stormed", "George Speight", _SPEIGHT),
        ("Prime Minister Mahendra Chaudhry", "Mahendra Chaudhry", ("FJIGOV",)),
        ("Australian Prime Minister John Howard", "John Howard", ("AUSGOV",)),
        ("Secretary-General Don McKinnon", "Don McKinnon", ("IGO", "IGOGOV")),
    ],
)

_PAK = ("PAK", "PAKGOV", "PAKMIL")

REUTERS_ISLAMABAD = Story(
    "reuters_islamabad_coup", "1999-10-18",
    """Commonwealth suspends Pakistan after army coup

ISLAMABAD, Oct 18 (Reuters) - The Commonwealth suspended Pakistan from its councils on Monday in protest \
at last week's military coup, and the United States said it would not deal with the new rulers until they \
set a timetable for elections.

Army chief General Pervez Musharraf, who ousted Prime Minister Nawaz Sharif on Tuesday, told the nation in \
a televised address that the armed forces had no intention of staying in power longer than necessary.

He pledged to cut troop levels on the border with India and to hold talks with New Delhi.

India rejected the offer, saying it would not negotiate with a military regime.

Sharif has been held under guard at a government rest house since the coup, his party said.

Pakistan has been ruled by the army for about half of its 52 years of independence.
""",
    events=[
        (_IGO, _PAK, ("160", "161", "164", "1661", "166", "111", "112"), "suspended Pakistan"),
        (("USAGOV", "USA"), _PAK, ("120", "124", "125", "160", "161", "130", "1312", "100"),
         "would not deal"),
        (_PAK, ("IND", "INDGOV", "INDMIL"), ("030", "031", "032", "033", "036", "087", "0871", "081"),
         "pledged to cut troop"),
        (("IND", "INDGOV"), _PAK, _REJ, "India rejected"),
        (_PAK, ("PAKGOV", "PAK", "PAKPTY", "PAKELI"), ("170", "173", "174"), "held under guard"),
    ],
    also=[
        (("PAKMIL", "PAK", "PAKGOV"), ("PAKGOV", "PAK", "PAKELI"), ("190", "195", "200", "170", "174", "172"),
         "ousted Prime Minister"),
        (_PAK, ("PAK",), _STATE, "no intention"),
        (_PAK, ("IND", "INDGOV"), ("030", "031", "036"), "hold talks"),
        (_IGO, _PAK, ("160", "161", "164", "166"), "suspends Pakistan"),
    ],
    none=["52 years"],
    parties=[
        ("General Pervez Musharraf", "Pervez Musharraf", ("PAKMIL", "PAKGOV")),
        ("Prime Minister Nawaz Sharif", "Nawaz Sharif", ("PAKGOV", "PAKELI")),
    ],
)

_BDI = ("BDI", "BDIGOV", "BDIMIL")
_REGION = ("KEN", "KENGOV", "TZA", "TZAGOV", "UGA", "UGAGOV", "RWA", "RWAGOV", "ETH", "ETHGOV", "ZAR",
           "ZARGOV", "IGO", "EAF", "EAFGOV", "AFR", "AFRGOV")

REUTERS_ARUSHA = Story(
    "reuters_arusha_burundi", "1996-07-31",
    """East African leaders slap embargo on Burundi's new rulers

ARUSHA, Tanzania, July 31 (Reuters) - Leaders of six East and Central African countries imposed economic \
sanctions on Burundi on Wednesday to force the army-backed government of Major Pierre Buyoya, who seized \
power in a coup last week, to restore parliament.

Tanzanian President Benjamin Mkapa, who chaired the summit, said the embargo would cut off fuel and all \
trade until the new rulers opened talks with all parties, including Hutu rebels.

Former Tanzanian President Julius Nyerere, the region's mediator for Burundi, urged Buyoya to return to \
the negotiating table in Arusha.

In Bujumbura, Buyoya said the sanctions were unjust and would only hurt ordinary Burundians, and he \
appealed to the leaders to give his government time.

Burundi's army also announced that it had killed dozens of Hutu rebels in fighting in the northern \
province of Cibitoke.

The landlocked country depends on Tanzania and Kenya for most of its imports.
""",
    events=[
        (_REGION, _BDI, ("160", "163", "161"), "imposed economic"),
        (_IGO + ("TZAGOV", "TZA", "TZAELI"), _BDI, _APPEAL + _DEMAND, "urged Buyoya"),
        (_BDI, _REGION, _CRIT + _REJ, "were unjust"),
        (_BDI, _REGION, _APPEAL, "appealed to the leaders"),
        (("BDIMIL", "BDI"), ("BDIREB", "BDIINS", "BDI", "BDIUAF"), ("190", "193", "180", "195", "200"),
         "had killed dozens"),
    ],
    also=[
        (("TZAGOV", "TZA") + _REGION, _BDI, ("160", "163", "130", "1312", "100"), "would cut off fuel"),
        (_REGION, _BDI, ("160", "163"), "slap embargo"),
        (("BDIMIL", "BDI"), ("BDIGOV", "BDI"), ("190", "195", "200", "172"), "seized power"),
        (("BDIMIL", "BDI"), ("BDIREB", "BDI"), _STATE + ("112",), "also announced"),
    ],
    none=["landlocked country"],
    parties=[
        ("Tanzanian President Benjamin Mkapa", "Benjamin Mkapa", ("TZAGOV",)),
        ("Former Tanzanian President Julius Nyerere", "Julius Nyerere", ("TZAELI", "IGO", "TZAGOV")),
        ("Major Pierre Buyoya", "Pierre Buyoya", ("BDIGOV", "BDIMIL")),
    ],
)

_ELN = ("COLREB", "COLINS", "COLUAF")
_COL = ("COL", "COLGOV", "COLMIL")

AP_BOGOTA = Story(
    "ap_bogota_kidnap", "1998-03-05",
    """Colombian rebels seize German engineers, demand ransom

BOGOTA, Colombia (AP) -- Leftist guerrillas of the National Liberation Army kidnapped two German engineers \
at a pipeline construction site in northeastern Colombia and are demanding $2 million for their release, \
the army said Thursday.

Gen. Manuel Bonett, the armed forces commander, said troops had sealed off the area near Saravena and \
were searching for the captives.

In Bonn, the Foreign Ministry called on the kidnappers to release the two men at once and said it had \
asked the Colombian government for help.

The rebels, known by their Spanish initials ELN, have kidnapped dozens of foreign oil workers in recent \
years and say they use the ransoms to finance their war.

President Ernesto Samper said his government would not negotiate with kidnappers.

Colombia has one of the world's highest kidnapping rates, with some 2,000 abductions a year.
""",
    events=[
        (_ELN, ("DEU", "DEUBUS", "DEUCVL", "COL", "COLBUS"), ("180", "181"), "kidnapped two German"),
        (("COLMIL", "COL"), _ELN, ("110", "112") + _STATE, "the army said"),
        (("DEUGOV", "DEU"), _ELN, _APPEAL + _DEMAND, "called on the kidnappers"),
        (("DEUGOV", "DEU"), _COL, _APPEAL + ("080", "0233", "0234", "023"), "asked the Colombian"),
        (_COL, _ELN, _REJ + ("130",), "would not negotiate"),
    ],
    also=[
        (_ELN, ("DEU", "DEUBUS", "DEUCVL", "COL"), ("180", "181", "100"), "seize German"),
        (_ELN, ("DEU", "DEUBUS", "DEUCVL", "COL"), _DEMAND, "demanding $2 million"),
        (("COLMIL", "COL"), _ELN, ("150", "152", "154", "170", "175", "190"), "sealed off the area"),
        (_ELN, ("---", "---BUS", "COL", "COLBUS"), ("180", "181"), "dozens of foreign oil"),
    ],
    none=["highest kidnapping rates"],
    parties=[
        ("Gen. Manuel Bonett", "Manuel Bonett", ("COLMIL", "COLGOV")),
        ("President Ernesto Samper", "Ernesto Samper", ("COLGOV",)),
        ("the National Liberation Army", "National Liberation Army", _ELN),
    ],
)

_ABU = ("PHLREB", "PHLINS", "PHLUAF", "PHLSEP")
_PHL = ("PHL", "PHLGOV", "PHLMIL")
_LBY = ("LBY", "LBYGOV", "LBYNGO", "LBYELI")

AFP_JOLO = Story(
    "afp_jolo_hostages", "2000-08-27",
    """Abu Sayyaf frees four Western hostages after Libyan mediation

JOLO, Philippines, Aug 27 (AFP) - Muslim Abu Sayyaf rebels freed four Western hostages on Sunday after \
Libyan negotiators paid a ransom reported at one million dollars a head, officials said.

The two Germans, a Frenchwoman and a South African were handed over to Libyan envoy Rajab Azzarouq at a \
village near Talipao and flown to Manila.

President Joseph Estrada thanked Libya for its help but said his government had paid no ransom and would \
not pay any for the remaining hostages.

The rebels still hold a dozen people, among them a French television crew and a Filipino diver, seized \
from the Malaysian resort island of Sipadan and from Jolo since April.

French Foreign Minister Hubert Vedrine welcomed the release and urged Manila to avoid any military action \
that would endanger the hostages still held.

Jolo, a volcanic island of 600,000 people, lies some 1,000 km (600 miles) south of Manila.
""",
    events=[
        (_ABU, ("DEU", "FRA", "ZAF", "DEUCVL", "FRACVL", "ZAFCVL", "---", "---CVL", "WST", "WSTCVL") + _LBY,
         ("080", "084", "0841"), "freed four Western"),
        (_PHL, _LBY, ("051", "018", "050"), "thanked Libya"),
        (_PHL, _ABU, _REJ + ("130",), "would not pay"),
        (("FRAGOV", "FRA"), _ABU + _PHL, ("051", "018", "050"), "welcomed the release"),
        (("FRAGOV", "FRA"), _PHL, _APPEAL + _DEMAND, "urged Manila"),
    ],
    also=[
        (_ABU, ("DEU", "FRA", "ZAF", "---", "---CVL", "WST", "WSTCVL") + _LBY, ("080", "084", "0841"),
         "frees four Western"),
        (_LBY, _ABU, ("070", "071", "061", "040", "043", "046", "0861", "086"), "Libyan negotiators paid"),
        (_ABU, _LBY + ("DEU", "FRA", "ZAF", "---"), ("080", "084", "0841"), "were handed over"),
        (_LBY, _ABU + _PHL, ("040", "043", "046", "086", "0861", "087"), "Libyan mediation"),
        (_ABU, ("FRA", "FRAMED", "PHL", "PHLCVL", "MYS", "---"), ("180", "181"), "still hold a dozen"),
        (_PHL, _LBY, ("051", "018"), "for its help"),
    ],
    none=["volcanic island"],
    parties=[
        ("President Joseph Estrada", "Joseph Estrada", ("PHLGOV",)),
        ("Foreign Minister Hubert Vedrine", "Hubert Vedrine", ("FRAGOV",)),
        ("Libyan envoy Rajab Azzarouq", "Rajab Azzarouq", ("LBYGOV", "LBY", "LBYELI")),
    ],
)

_VNM = ("VNM", "VNMGOV")
_USG = ("USA", "USAGOV")

AFP_HANOI = Story(
    "afp_hanoi_embargo", "1994-02-04",
    """Hanoi hails end of U.S. trade embargo

HANOI, Feb 4 (AFP) - Vietnam on Friday welcomed President Bill Clinton's decision to lift the 19-year-old \
U.S. trade embargo, calling it a correct step that would benefit both peoples.

Foreign Ministry spokesman Ho Xuan Son told reporters that Hanoi would keep cooperating with Washington in \
the search for American servicemen still missing from the war.

He said Vietnam was ready to open talks on setting up liaison offices in the two capitals as a first step \
toward full diplomatic relations.

Clinton announced on Thursday that he was ending the embargo because Hanoi had helped account for missing \
Americans, but he said normal ties would have to wait.

Veterans' groups in the United States criticised the move as a betrayal of the missing.

American companies such as Pepsi and Boeing have already opened representative offices in Ho Chi Minh City.
""",
    events=[
        (_VNM, _USG, ("051", "050", "018", "010", "013"), "welcomed President Bill Clinton"),
        (_VNM, _USG, ("030", "031", "032", "036", "060", "061", "062", "064"), "would keep cooperating"),
        (_VNM, _USG, ("030", "031", "036", "039", "0311", "046"), "was ready to open talks"),
        (_USG, _VNM, ("080", "081", "085", "010"), "ending the embargo"),
        (("USACVL", "USA", "USAMIL", "USAELI"), _USG, _CRIT, "criticised the move"),
    ],
    also=[
        (_USG, _VNM, ("080", "081", "085"), "lift the 19-year-old"),
        (_USG, _VNM, ("080", "081", "085"), "end of U.S. trade embargo"),
        (_VNM, _USG, ("051", "050", "018"), "Hanoi hails"),
        (_USG, _VNM, _REJ + ("010", "012", "016"), "would have to wait"),
        (_USG, _VNM, ("051", "018"), "had helped account"),
    ],
    none=["Pepsi and Boeing"],
    parties=[
        ("President Bill Clinton's decision", "Bill Clinton", ("USAGOV",)),
        ("spokesman Ho Xuan Son", "Ho Xuan Son", ("VNMGOV",)),
    ],
)

_TZA = ("TZA", "TZAGOV", "TZAMIL")
_RWREF = ("RWAREF", "RWA", "RWACVL", "TZAREF")

REUTERS_DAR = Story(
    "reuters_dar_refugees", "1996-12-12",
    """Tanzania troops drive Rwandan refugees toward border

DAR ES SALAAM, Dec 12 (Reuters) - Tanzanian soldiers fired into the air and used sticks on Thursday to turn \
back tens of thousands of Rwandan Hutu refugees who had fled their camps to escape being sent home, aid \
workers said.

The government has ordered all Rwandan refugees to leave the country by the end of the month, saying the \
camps had become a threat to its security and a burden on its economy.

Home Affairs Minister Ali Ameir Mohamed told parliament that those who refused to go would be escorted to \
the border.

The U.N. High Commissioner for Refugees supported the deadline but urged Tanzania to ensure that the \
return was orderly and humane.

Rwanda's government said it was ready to receive the refugees and promised that they would be safe.

More than 500,000 Rwandans fled to Tanzania in 1994 to escape the civil war and the genocide.
""",
    events=[
        (_TZA, _RWREF, ("175", "170", "180", "150", "174", "1711"), "fired into the air"),
        (_TZA, _RWREF + ("RWAGOV",), ("174", "170", "100", "101"), "ordered all Rwandan"),
        (_IGO, _TZA, _APPEAL + _DEMAND, "urged Tanzania"),
        (("RWAGOV", "RWA"), _RWREF + _TZA, ("030", "033", "036", "080", "084", "070", "075"),
         "ready to receive"),
    ],
    also=[
        (_TZA, _RWREF, ("174", "175", "170", "130", "138", "1711"), "would be escorted"),
        (_IGO, _TZA, ("051", "050", "018"), "supported the deadline"),
        (_TZA, _RWREF, ("174", "175", "170"), "drive Rwandan refugees"),
        (("RWAGOV", "RWA"), _RWREF, ("030", "033", "036", "0331"), "promised that they"),
        (_TZA, _RWREF, _CRIT, "a threat to its security"),
    ],
    none=["genocide"],
    parties=[
        ("Minister Ali Ameir Mohamed", "Ali Ameir Mohamed", ("TZAGOV",)),
    ],
)

_HKG = ("HKG", "HKGGOV", "GBR", "GBRGOV", "HKGCOP")
_VBOAT = ("VNM", "VNMREF", "HKGREF", "VNMCVL", "---REF")

REUTERS_HONGKONG = Story(
    "reuters_hongkong_boatpeople", "1989-12-12",
    """Hong Kong flies 51 boat people back to Hanoi

HONG KONG, Dec 12 (Reuters) - Hong Kong sent 51 Vietnamese boat people back to Hanoi on a chartered plane \
before dawn on Tuesday, the first forced return of asylum seekers the British colony has carried out.

Police in riot gear woke the men, women and children at a detention centre and escorted them to the \
airport, a government spokesman said.

The United States condemned the deportations as inhumane and premature and called on Britain to halt \
them.

British Foreign Secretary Douglas Hurd said in London that the returns would go on, because most of the \
boat people were economic migrants and not refugees.

Vietnam's Foreign Ministry said it had received the group and that none of them would be punished.

About 44,000 Vietnamese are held in camps in the territory.
""",
    events=[
        (_HKG, _VBOAT, ("174", "1711", "170"), "sent 51 Vietnamese"),
        (("USAGOV", "USA"), _HKG, _CRIT, "condemned the deportations"),
        (("USAGOV", "USA"), _HKG, _APPEAL + _DEMAND, "called on Britain"),
        (("GBRGOV", "GBR"), ("USAGOV", "USA") + _VBOAT, _REJ + _STATE + ("130", "174"), "would go on"),
        (("VNMGOV", "VNM"), _VBOAT + _HKG, ("030", "033", "036", "080", "084", "075", "070"),
         "had received the group"),
    ],
    also=[
        (_HKG, _VBOAT, ("174", "1711", "170"), "flies 51 boat"),
        (("HKGCOP", "HKG", "GBRCOP"), _VBOAT, ("174", "170", "173"), "escorted them"),
        (("VNMGOV", "VNM"), _VBOAT, ("030", "031", "033", "036", "080", "083", "084"), "none of them"),
        (("HKGCOP", "HKG"), _VBOAT, ("173", "174"), "are held in camps"),
    ],
    none=[],
    parties=[
        ("Foreign Secretary Douglas Hurd", "Douglas Hurd", ("GBRGOV",)),
    ],
)

_CHN = ("CHN", "CHNGOV")
_TWN = ("TWN", "TWNGOV", "TWNMIL")

XINHUA_BEIJING = Story(
    "xinhua_beijing_f16", "1992-09-03",
    """China lodges strong protest over U.S. jet sale to Taiwan

BEIJING, September 3 (Xinhua) -- China today lodged a strong protest with the United States over its \
decision to sell 150 F-16 fighter planes to Taiwan, saying the sale was a gross interference in China's \
internal affairs.

Vice Foreign Minister Liu Huaqiu summoned U.S. Ambassador J. Stapleton Roy and told him that the \
decision violated the joint communique of August 17, 1982.

Liu demanded that Washington revoke the decision and warned that it would seriously harm relations \
between the two countries.

A Foreign Ministry spokesman said China might reconsider its participation in the talks of the five \
permanent members of the Security Council on arms sales to the Middle East.

U.S. President George Bush announced the sale on Wednesday at the General Dynamics plant in Fort Worth, \
Texas, which builds the aircraft.

Taiwan's Defence Ministry welcomed the decision and said the new fighters would replace its ageing fleet.
""",
    events=[
        (_CHN, _USG, _CRIT + ("140", "141"), "lodged a strong protest"),
        (_CHN, ("USAGOV", "USA"), ("040", "042", "043", "046", "110", "111", "112", "114", "010"),
         "summoned"),
        (_CHN, _USG, _DEMAND, "demanded that Washington"),
        (_CHN, _USG, ("130", "131", "138", "139", "016"), "warned that it"),
        (_USG, _TWN, ("062", "070", "072", "057", "030", "032"), "announced the sale"),
        (_TWN, _USG, ("051", "050", "018"), "welcomed the decision"),
    ],
    also=[
        (_CHN, _USG, _CRIT, "lodges strong protest"),
        (_CHN, _USG, _CRIT, "violated the joint"),
        (_CHN, _USG + ("IGO",), ("130", "131", "138", "160", "161"), "might reconsider"),
        (_USG, _TWN, ("062", "072", "030", "032", "057"), "decision to sell"),
        (_USG, _TWN, ("062", "072", "030", "032", "057"), "jet sale to Taiwan"),
    ],
    none=[],
    parties=[
        ("Vice Foreign Minister Liu Huaqiu", "Liu Huaqiu", ("CHNGOV",)),
        ("Ambassador J. Stapleton Roy", "J. Stapleton Roy", ("USAGOV",)),
        ("President George Bush", "George Bush", ("USAGOV",)),
    ],
)

_DEU = ("DEU", "DEUGOV")
_TUR = ("TUR", "TURGOV", "TURMIL")

DPA_BONN = Story(
    "dpa_bonn_tanks", "1992-03-27",
    """Bonn halts arms deliveries to Turkey over Kurds

BONN, March 27 (dpa) - The German government on Friday halted all arms deliveries to Turkey after \
television pictures appeared to show German-made armoured vehicles being used against Kurdish civilians in \
the southeast of the country.

Government spokesman Dieter Vogel said the freeze would remain until Ankara gave assurances that the \
weapons were used only for the defence of NATO territory.

Turkish Prime Minister Suleyman Demirel angrily rejected the decision, saying Turkey was fighting \
terrorists and would not take lessons from anyone.

The Turkish Foreign Ministry summoned the German ambassador in Ankara to protest.

Opposition Social Democrats demanded the resignation of Defence Minister Gerhard Stoltenberg, whose \
ministry had let the tanks be shipped in breach of a parliamentary ban.

Germany has supplied Turkey with surplus East German equipment under a NATO aid programme since 1990.
""",
    events=[
        (_DEU, _TUR, ("160", "161", "162", "1621", "166"), "halted all arms"),
        (_TUR, _DEU, _REJ + _CRIT, "rejected the decision"),
        (_TUR, ("DEUGOV", "DEU"), _CRIT + ("140", "141", "040", "043"), "summoned the German"),
        (("DEUOPP", "DEUPTY", "DEULEG", "DEU"), ("DEUGOV",), _DEMAND + _CRIT, "demanded the resignation"),
    ],
    also=[
        (_DEU, _TUR, ("160", "161", "162", "1621"), "halts arms"),
        (_DEU, _TUR, _DEMAND + ("130", "131", "160", "162"), "would remain until"),
        (("TURMIL", "TUR", "TURGOV"), ("TURCVL", "TUR", "TURREB", "TURSEP"), ("170", "175", "180", "190"),
         "being used against"),
        (_TUR, ("TURREB", "TURSEP", "TUR"), ("190", "110", "112"), "was fighting"),
    ],
    none=["since 1990"],
    parties=[
        ("spokesman Dieter Vogel", "Dieter Vogel", ("DEUGOV",)),
        ("Prime Minister Suleyman Demirel", "Suleyman Demirel", ("TURGOV",)),
        ("Defence Minister Gerhard Stoltenberg", "Gerhard Stoltenberg", ("DEUGOV",)),
    ],
)

_EGY = ("EGY", "EGYGOV", "EGYJUD")

REUTERS_CAIRO = Story(
    "reuters_cairo_ibrahim", "2001-05-21",
    """Egyptian court jails rights activist for seven years

CAIRO, May 21 (Reuters) - An Egyptian security court sentenced sociologist Saad Eddin Ibrahim to seven \
years in prison on Monday for tarnishing Egypt's image abroad and accepting foreign funds without \
permission.

Twenty-seven employees of his Ibn Khaldoun Center for Development received sentences of one to five years.

Ibrahim, who holds U.S. and Egyptian citizenship, told reporters from the defendants' cage that he would \
appeal and called the verdict a blow to civil society.

The U.S. State Department said it was deeply troubled by the sentence and urged the Egyptian government to \
review the case.

Justice Minister Farouk Seif el-Nasr said Egypt's courts were independent and that Cairo would not accept \
foreign interference in its judicial affairs.

The centre monitored elections and promoted understanding between Muslims and Christians.
""",
    events=[
        (_EGY, ("EGYCVL", "EGYNGO", "EGY", "EGYEDU", "NGO", "EGYHRI", "USA", "EGYOPP"),
         ("170", "173", "172", "111",
                                                                               "112", "115"),
         "sentenced sociologist"),
        (("EGYCVL", "EGYNGO", "EGY", "EGYEDU", "EGYHRI", "USA", "USACVL", "EGYOPP"), _EGY, _CRIT + _REJ,
         "called the verdict"),
        (("USAGOV", "USA"), _EGY, _CRIT + ("010", "012"), "deeply troubled"),
        (("USAGOV", "USA"), ("EGYGOV", "EGY"), _APPEAL + _DEMAND, "urged the Egyptian"),
        (("EGYGOV", "EGY"), ("USAGOV", "USA"), _REJ, "would not accept"),
    ],
    also=[
        (_EGY, ("EGYCVL", "EGYNGO", "EGY", "EGYEDU", "EGYHRI", "USA", "EGYOPP"), ("170", "173", "172", "115"),
         "jails rights"),
        (_EGY, ("EGYCVL", "EGYNGO", "EGY", "EGYEDU", "EGYHRI", "EGYBUS"), ("170", "173", "172"),
         "received sentences"),
        (("EGYCVL", "EGYNGO", "EGY", "EGYEDU", "EGYHRI", "USA", "USACVL", "EGYOPP"), _EGY, _REJ + ("030",),
         "would appeal"),
    ],
    none=["monitored elections"],
    parties=[
        ("sociologist Saad Eddin Ibrahim", "Saad Eddin Ibrahim", ("EGYCVL", "EGYEDU", "EGYNGO", "EGYHRI",
                                                                   "USA", "EGY")),
        ("Justice Minister Farouk Seif el-Nasr", "Farouk Seif el-Nasr", ("EGYGOV",)),
    ],
)

_KOR = ("KOR", "KORGOV")
_EX = ("KORELI", "KOR", "KORGOV", "KORMIL")

YONHAP_SEOUL = Story(
    "yonhap_seoul_pardon", "1997-12-22",
    """Kim Young-sam pardons two jailed ex-presidents

SEOUL, Dec. 22 (Yonhap) -- President Kim Young-sam today granted special pardons to former presidents \
Chun Doo-hwan and Roh Tae-woo, who were serving prison terms for mutiny, treason and bribery, and ordered \
their release from prison.

Chong Wa Dae spokesman Cho Yoon-je said the president had acted in the spirit of national reconciliation, \
after consulting President-elect Kim Dae-jung.

The president-elect welcomed the decision, saying the country must put the wounds of the past behind it \
to overcome the economic crisis.

Dissident and student groups denounced the pardons and said they would hold rallies in Seoul and Kwangju \
this weekend.

Chun was sentenced to life imprisonment and Roh to 17 years in 1996 for their roles in the 1979 coup and \
the bloody suppression of the Kwangju uprising in May 1980.
""",
    events=[
        (_KOR, _EX, ("080", "084", "0841", "083"), "granted special pardons"),
        (_KOR, _KOR + ("KOROPP", "KORPTY", "KORELI"), ("040", "043", "046", "010"), "after consulting"),
        (("KORGOV", "KOR", "KOROPP", "KORPTY", "KORELI"), _KOR, ("051", "050", "018"),
         "welcomed the decision"),
        (("KOREDU", "KOROPP", "KORCVL", "KORHRI", "KOR"), _KOR, _CRIT + _REJ, "denounced the pardons"),
    ],
    also=[
        (_KOR, _EX, ("080", "084", "0841"), "ordered their release"),
        (_KOR, _EX, ("080", "084", "0841"), "pardons two jailed"),
        (("KOREDU", "KOROPP", "KORCVL", "KOR"), _KOR, ("140", "141", "030"), "would hold rallies"),
    ],
    none=["was sentenced to life"],
    parties=[
        ("President Kim Young-sam", "Kim Young-sam", ("KORGOV",)),
        ("President-elect Kim Dae-jung", "Kim Dae-jung", ("KORGOV", "KOROPP", "KORPTY", "KORELI")),
    ],
)

_PER = ("PER", "PERGOV", "PERJUD")
_JPN = ("JPN", "JPNGOV")

EFE_LIMA = Story(
    "efe_lima_fujimori", "2003-07-31",
    """Peru asks Japan to hand over Fujimori

LIMA, July 31 (EFE) - Peru formally asked Japan on Thursday to extradite former President Alberto \
Fujimori, who fled to Tokyo in November 2000, to stand trial on charges of murder and kidnapping.

Foreign Minister Allan Wagner handed the 700-page request to the Japanese ambassador in Lima, the \
ministry said.

Wagner said Peru expected Japan to show its commitment to human rights and to cooperate with Peruvian \
justice.

In Tokyo, a Foreign Ministry spokesman said Japan would study the request, but noted that Japanese law \
does not allow the extradition of Japanese citizens.

Fujimori, who holds Japanese nationality through his parents, dismissed the charges as political \
persecution by his enemies.

His ten-year rule ended when he faxed his resignation from Japan.
""",
    events=[
        (_PER, _JPN, _APPEAL + _DEMAND + ("1041", "0234"), "formally asked Japan"),
        (_PER, _JPN + ("JPNGOV",), _MEET + _APPEAL + ("010", "012"), "handed the 700-page"),
        (_PER, _JPN, _APPEAL + _DEMAND + ("010",), "expected Japan"),
        (_JPN, _PER, ("030", "031", "036", "010", "012", "120", "125", "128"), "would study the request"),
        (("PERELI", "PER", "JPN", "JPNCVL", "PEROPP"), _PER, _REJ + _CRIT + ("016",),
         "dismissed the charges"),
    ],
    also=[
        (_PER, _JPN, _APPEAL + _DEMAND, "asks Japan"),
        (_JPN, _PER, _REJ + _STATE, "does not allow"),
        (_PER, ("PERELI", "PER", "JPN"), ("111", "112", "173", "170"), "charges of murder"),
    ],
    none=["faxed his resignation"],
    parties=[
        ("President Alberto Fujimori", "Alberto Fujimori", ("PERELI", "PER", "PERGOV")),
        ("Foreign Minister Allan Wagner", "Allan Wagner", ("PERGOV",)),
    ],
)

_GRC = ("GRC", "GRCGOV", "GRCMIL")

REUTERS_ATHENS = Story(
    "reuters_athens_airspace", "1998-06-16",
    """Greek and Turkish jets in mock dogfights over Aegean

ATHENS, June 16 (Reuters) - Greece lodged a formal protest with Turkey on Tuesday after Turkish warplanes \
violated Greek airspace 24 times over the Aegean and engaged Greek Mirage fighters in mock dogfights, the \
Defence Ministry said.

Foreign Ministry spokesman Costas Bikas said the flights were a deliberate provocation and a threat to the \
safety of civil aviation.

The Turkish ambassador in Athens was summoned to the ministry and handed a note of protest, he said.

In Ankara, the Turkish Foreign Ministry rejected the charge, saying its jets had flown in international \
airspace and that Greece claimed an airspace it had no right to.

The two NATO allies have quarrelled for decades over air and sea boundaries in the Aegean.
""",
    events=[
        (_GRC, _TUR, _CRIT + ("140", "141"), "lodged a formal protest"),
        (("TURMIL", "TUR"), _GRC, ("190", "192", "193", "150", "152", "154", "180", "138"),
         "violated Greek airspace"),
        (_GRC, _TUR, _CRIT, "deliberate provocation"),
        (_TUR, _GRC, _REJ + ("016",) + _CRIT, "rejected the charge"),
    ],
    also=[
        (_GRC, ("TURGOV", "TUR"), _CRIT + ("040", "043", "046"), "was summoned"),
        (("TURMIL", "TUR"), _GRC, ("190", "192", "193", "150", "152", "180"), "mock dogfights"),
        (("GRCMIL", "GRC"), ("TURMIL", "TUR"), ("190", "192", "193", "150", "152"), "engaged Greek"),
        (_TUR, _GRC, _CRIT, "no right to"),
    ],
    none=["quarrelled for decades"],
    parties=[
        ("spokesman Costas Bikas", "Costas Bikas", ("GRCGOV",)),
    ],
)

_BGD = ("BGD", "BGDGOV", "BGDMIL")
_IND = ("IND", "INDGOV", "INDMIL")

REUTERS_DHAKA = Story(
    "reuters_dhaka_border", "2001-04-19",
    """Sixteen Indian border guards killed in clash with Bangladesh

DHAKA, April 19 (Reuters) - Bangladeshi border guards killed 16 members of India's Border Security Force \
in a gunbattle on Wednesday after the Indian troops crossed into a Bangladeshi village, officials in both \
capitals said.

Bangladesh Rifles chief Major-General A.L.M. Fazlur Rahman said the Indians had attacked first and that \
his men had acted in self-defence.

India lodged a strong protest with Dhaka and demanded an inquiry, calling the killings a brutal act.

Prime Minister Sheikh Hasina telephoned her Indian counterpart Atal Behari Vajpayee on Thursday and the two \
agreed to hold talks to ease tension on the border, her office said.

The Bangladesh Rifles handed over the bodies of the Indian soldiers at a flag meeting.

India and Bangladesh share a 4,000-km (2,500-mile) border, much of it unfenced.
""",
    events=[
        (("BGDMIL", "BGD"), ("INDMIL", "IND"), ("190", "193", "180", "186", "195"), "killed 16 members"),
        (("BGDMIL", "BGD", "BGDGOV"), ("INDMIL", "IND"), ("110", "112") + ("016",), "had attacked first"),
        (_IND, _BGD, _CRIT + ("140", "141"), "lodged a strong protest"),
        (_IND, _BGD, _DEMAND, "demanded an inquiry"),
        (_BGD, _IND, ("040", "036", "030", "031"), "telephoned her Indian"),
        (_IND, _BGD, ("040", "036", "030", "031"), "telephoned her Indian"),
    ],
    also=[
        (_BGD, _IND, ("036", "030", "031", "040", "046"), "agreed to hold talks"),
        (_IND, _BGD, ("036", "030", "031", "040", "046"), "agreed to hold talks"),
        (("INDMIL", "IND"), _BGD + ("BGDCVL",), ("190", "192", "193", "150", "152"), "crossed into"),
        (("BGDMIL", "BGD"), ("INDMIL", "IND"), ("190", "193", "180"), "killed in clash"),
        (("INDMIL", "IND"), ("BGDMIL", "BGD"), ("190", "193"), "killed in clash"),
        (("BGDMIL", "BGD"), _IND, ("080", "084", "040", "043", "046", "057", "064", "070"),
         "handed over the bodies"),
        (_IND, _BGD, _CRIT, "brutal act"),
    ],
    none=["much of it unfenced"],
    parties=[
        ("Prime Minister Sheikh Hasina", "Sheikh Hasina", ("BGDGOV",)),
        ("Atal Behari Vajpayee", "Atal Behari Vajpayee", ("INDGOV",)),
    ],
)

_YEM = ("YEM", "YEMGOV")
_ERI = ("ERI", "ERIGOV")
_FRA = ("FRA", "FRAGOV")

AFP_PARIS = Story(
    "afp_paris_hanish", "1996-05-21",
    """Yemen and Eritrea agree to arbitration over Red Sea islands

PARIS, May 21 (AFP) - Yemen and Eritrea signed an agreement in Paris on Tuesday to submit their dispute \
over the Hanish islands in the Red Sea to international arbitration, ending months of tension after a \
clash over the islands in December.

The accord was signed by the two countries' foreign ministers, Abdel Karim al-Iryani and Petros Solomon, \
in the presence of French Foreign Minister Herve de Charette, whose government had mediated between them.

De Charette hailed the agreement as an example for the settlement of disputes by peaceful means.

Both sides pledged to refrain from the use of force and to accept the ruling of the five-member tribunal.

Iryani told reporters that Yemen still considered the islands its own territory.

Eritrean troops seized Greater Hanish after fighting with the Yemeni garrison on December 15-17.
""",
    events=[
        (_YEM, _ERI, ("057", "050", "030", "031"), "signed an agreement"),
        (_ERI, _YEM, ("057", "050", "030", "031"), "signed an agreement"),
        (_FRA, _YEM + _ERI, ("040", "042", "043", "046", "087", "0871", "080"), "had mediated"),
        (_FRA, _YEM + _ERI, ("051", "050", "018"), "hailed the agreement"),
        (_YEM + _ERI, _YEM + _ERI, ("030", "031", "036", "038", "087"), "pledged to refrain"),
    ],
    also=[
        (_YEM, _ERI, ("057", "030", "031"), "agree to arbitration"),
        (_ERI, _YEM, ("057", "030", "031"), "agree to arbitration"),
        (_YEM, _ERI, ("057",), "The accord was signed"),
        (_ERI, _YEM, ("057",), "The accord was signed"),
        (_YEM, _ERI, ("010", "012", "013", "120"), "still considered"),
        (("ERIMIL", "ERI"), ("YEMMIL", "YEM"), ("190", "192", "193"), "Greater Hanish"),
        (_YEM + _ERI, _YEM + _ERI, ("190", "193"), "after a clash"),
    ],
    none=[],
    parties=[
        ("Foreign Minister Herve de Charette", "Herve de Charette", ("FRAGOV",)),
    ],
)

_JPG = ("JPN", "JPNGOV")

KYODO_TOKYO = Story(
    "kyodo_tokyo_autos", "1995-05-17",
    """Japan to take U.S. car tariffs to WTO

TOKYO, May 17 Kyodo - Japan will file a complaint with the World Trade Organization against the 100 \
percent tariffs the United States plans to impose on 13 models of Japanese luxury cars, International Trade \
and Industry Minister Ryutaro Hashimoto said Wednesday.

"Japan will not yield to unilateral threats," Hashimoto told a news conference, calling the U.S. measure a \
clear violation of the WTO's rules.

U.S. Trade Representative Mickey Kantor announced the sanctions Tuesday in Washington after talks on \
opening Japan's market for auto parts broke down in Whistler, Canada.

Hashimoto said he was still willing to meet Kantor in Geneva next week to resume the negotiations.

Chief Cabinet Secretary Kozo Igarashi said the government would ask the European Union for support.

The tariffs, worth about 5.9 billion dollars a year, would take effect on June 28 unless a deal is reached.
""",
    events=[
        (_JPG, _USG, _CRIT + ("140", "141"), "file a complaint"),
        (_JPG, _USG, _REJ + ("130",), "will not yield"),
        (_USG, _JPG + ("JPNBUS",), ("160", "163", "130", "1312", "131"), "announced the sanctions"),
        (_JPG, _USG, ("030", "031", "036", "039"), "still willing to meet"),
        (_JPG, ("IGO",), _APPEAL + ("030", "036"), "ask the European Union"),
    ],
    also=[
        (_JPG, _USG, _CRIT, "clear violation"),
        (_USG, _JPG + ("JPNBUS",), ("160", "163", "130", "1312", "131"), "plans to impose"),
        (_JPG, _USG, _CRIT + ("140",), "take U.S. car tariffs"),
        (_JPG, _USG, ("040", "042", "043", "046", "160", "164", "120"), "broke down"),
        (_USG, _JPG, ("040", "042", "043", "046", "160", "164", "120"), "broke down"),
        (_USG, _JPG + ("JPNBUS",), ("130", "1312", "131", "163"), "would take effect"),
    ],
    none=[],
    parties=[
        ("Minister Ryutaro Hashimoto", "Ryutaro Hashimoto", ("JPNGOV",)),
        ("Trade Representative Mickey Kantor", "Mickey Kantor", ("USAGOV",)),
        ("Secretary Kozo Igarashi", "Kozo Igarashi", ("JPNGOV",)),
    ],
)

_UKR = ("UKR", "UKRGOV")
_RUS = ("RUS", "RUSGOV", "RUSBUS")

TASS_KIEV = Story(
    "tass_kiev_gas", "1994-03-03",
    """Russia cuts gas to Ukraine over unpaid bills

KIEV, March 3 (Itar-Tass) - Russia's gas monopoly Gazprom cut its supplies to Ukraine by a quarter on \
Thursday over debts of more than 900 billion roubles, and warned that it would halt deliveries altogether \
unless Kiev began paying.

Ukrainian Prime Minister Yukhym Zvyahilsky accused Moscow of using gas as a political weapon and said \
Ukraine would not be pressured into giving up its share of the Black Sea Fleet.

He said Ukraine had the right to take gas from the pipelines that cross its territory to Europe.

Russian Prime Minister Viktor Chernomyrdin telephoned Zvyahilsky later in the day, and the two agreed to \
send delegations to Moscow next week to settle the debt.

Gazprom spokesman Sergei Karasevich said the cut would not affect deliveries to Western Europe.

Ukraine gets about 60 percent of its gas from Russia.
""",
    events=[
        (_RUS, _UKR, ("160", "161", "166", "163"), "cut its supplies"),
        (_RUS, _UKR, ("130", "131", "1311", "1312", "138"), "warned that it would halt"),
        (_UKR, _RUS, _CRIT, "accused Moscow"),
        (_UKR, _RUS, _REJ + ("130",), "would not be pressured"),
        (("RUSGOV", "RUS"), _UKR, ("040", "036", "030", "031"), "telephoned Zvyahilsky"),
        (_UKR, ("RUSGOV", "RUS"), ("040", "036", "030", "031"), "telephoned Zvyahilsky"),
    ],
    also=[
        (_RUS, _UKR, ("160", "161", "166", "163"), "cuts gas"),
        (_UKR, _RUS, ("130", "138", "010", "012", "120"), "had the right to take"),
        (_RUS + _UKR, _RUS + _UKR, ("036", "030", "031", "040", "043", "046"), "agreed to"),
        (_RUS, ("IGO", "WST", "EUR", "---"), ("010", "012", "030"), "would not affect"),
    ],
    none=["60 percent"],
    parties=[
        ("Prime Minister Yukhym Zvyahilsky", "Yukhym Zvyahilsky", ("UKRGOV",)),
        ("Prime Minister Viktor Chernomyrdin", "Viktor Chernomyrdin", ("RUSGOV",)),
        ("spokesman Sergei Karasevich", "Sergei Karasevich", ("RUSBUS", "RUS", "RUSGOV")),
    ],
)

_NGA = ("NGA", "NGAGOV")
_RIOT = ("NGA", "NGACVL", "NGAREL", "NGAOPP", "NGAUAF", "NGACHR", "NGAMOS")

REUTERS_KADUNA = Story(
    "reuters_kaduna_riots", "2000-02-23",
    """Curfew imposed after religious riots in northern Nigeria

KADUNA, Nigeria, Feb 23 (Reuters) - Authorities imposed a 24-hour curfew on the northern Nigerian city of \
Kaduna on Wednesday and soldiers patrolled the streets after two days of clashes between Christians and \
Muslims over plans to introduce Islamic law.

Christian and Muslim youths burned churches, mosques and homes and fought with machetes and clubs, \
residents said. Hospital workers said more than 100 people had been killed.

Police said they had arrested more than 300 people in connection with the violence.

President Olusegun Obasanjo appealed for calm in a broadcast to the nation and ordered the army to restore \
order.

The Christian Association of Nigeria accused the state government of provoking the violence and demanded \
that the plan for Islamic law be dropped.

Kaduna state governor Ahmed Makarfi said the bill had been suspended.

Twelve northern states have been debating the introduction of sharia since Zamfara state adopted it last \
year.
""",
    events=[
        (("NGAGOV", "NGA", "NGAMIL"), ("NGA", "NGACVL", "NGAREL"), ("172", "1721", "170"),
         "imposed a 24-hour curfew"),
        (_RIOT, _RIOT, ("180", "190", "193", "145", "1451", "200"), "burned churches"),
        (("NGACOP", "NGA"), _RIOT, ("173", "170"), "had arrested more than"),
        (_NGA, ("NGA", "NGACVL", "NGAREL"), _APPEAL, "appealed for calm"),
        (("NGAREL", "NGANGO", "NGA", "NGACHR"), ("NGAGOV", "NGA"), _CRIT, "accused the state"),
        (("NGAREL", "NGANGO", "NGA", "NGACHR"), ("NGAGOV", "NGA"), _DEMAND, "demanded that the plan"),
        (("NGAGOV", "NGA"), ("NGAREL", "NGA", "NGACVL", "NGACHR"), ("080", "081", "082", "083", "086", "087"),
         "had been suspended"),
    ],
    also=[
        (("NGAGOV", "NGA"), ("NGA", "NGACVL", "NGAREL"), ("172", "1721", "170"), "Curfew imposed"),
        (_RIOT, _RIOT, ("180", "190", "193", "145"), "religious riots"),
        (_RIOT, _RIOT, ("180", "190", "193", "145"), "two days of clashes"),
        (("NGAMIL", "NGA"), ("NGA", "NGACVL"), ("150", "152", "154", "170"), "soldiers patrolled"),
        (_NGA, ("NGAMIL", "NGA"), ("150", "152", "100", "170", "172"), "ordered the army"),
    ],
    none=["Zamfara state adopted"],
    parties=[
        ("President Olusegun Obasanjo", "Olusegun Obasanjo", ("NGAGOV",)),
        ("governor Ahmed Makarfi", "Ahmed Makarfi", ("NGAGOV",)),
    ],
)

_JOR = ("JOR", "JORGOV")
_KERAK = ("JOR", "JORCVL", "JOROPP")

REUTERS_AMMAN = Story(
    "reuters_amman_bread", "1996-08-17",
    """Jordan's King Hussein vows to crush bread rioters

AMMAN, Aug 17 (Reuters) - King Hussein vowed on Saturday to crush with an iron fist anyone who tried to \
undermine Jordan's security, after a second day of riots over a government decision to double the price \
of bread.

Hundreds of youths in the southern town of Kerak set fire to banks and government offices and hurled \
stones at police, who fired tear gas to disperse them, witnesses said.

The army sealed off Kerak and imposed a curfew on the town, an official said.

In a televised speech, the king accused unnamed foreign parties and their agents inside Jordan of \
stirring up the unrest.

Islamist members of parliament demanded that Prime Minister Abdul-Karim al-Kabariti rescind the price \
rise and resign.

Kabariti said the government would not back down, because the bread subsidy cost the treasury too much.

Jordan agreed on an economic reform programme with the International Monetary Fund in 1992.
""",
    events=[
        (_JOR, _KERAK, ("130", "138", "137", "131"), "vowed on Saturday"),
        (_KERAK, ("JORCOP", "JOR", "JORGOV"), ("145", "1451", "180", "190", "140"), "set fire to banks"),
        (("JORCOP", "JOR"), _KERAK, ("175", "170", "180"), "fired tear gas"),
        (("JORMIL", "JOR", "JORGOV"), _KERAK, ("172", "1721", "170"), "imposed a curfew"),
        (_JOR, ("---", "JOR", "JORCVL") + _KERAK, _CRIT, "accused unnamed"),
        (("JORLEG", "JORREL", "JOROPP", "JORPTY", "JOR", "JORMOS"), ("JORGOV", "JOR"), _DEMAND,
         "demanded that"),
        (("JORGOV", "JOR"), ("JORLEG", "JORREL", "JOROPP", "JORPTY", "JOR", "JORCVL", "JORMOS"), _REJ,
         "would not back down"),
    ],
    also=[
        (_JOR, _KERAK, ("130", "138", "137"), "vows to crush"),
        (("JORMIL", "JOR"), _KERAK, ("172", "170", "150", "152", "154"), "sealed off Kerak"),
        (_KERAK, _JOR, ("140", "145"), "second day of riots"),
    ],
    none=["in 1992"],
    parties=[
        ("Prime Minister Abdul-Karim al-Kabariti", "Abdul-Karim al-Kabariti", ("JORGOV",)),
        ("King Hussein vowed", "King Hussein", ("JORGOV",)),
    ],
)

_MAR = ("MAR", "MARGOV")
_POL = ("MARREB", "MARSEP", "ESH", "ESHREB", "ESHSEP", "DZAREB", "MARINS", "ESHGOV")
_MAR_POW = ("MARMIL", "MAR", "MARCVL")

AFP_RABAT = Story(
    "afp_rabat_prisoners", "2005-08-18",
    """Polisario frees last 404 Moroccan prisoners

RABAT, Aug 18 (AFP) - The Polisario Front freed the last 404 Moroccan prisoners of war it held on Thursday, \
some of them captured more than 20 years ago, and they were flown home from the Algerian town of Tindouf on \
two U.S. aircraft.

The release followed mediation by U.S. Senator Richard Lugar, who said in a statement that he had \
persuaded the Western Sahara independence movement to let the men go as a humanitarian gesture.

The International Committee of the Red Cross, which had visited the prisoners regularly, supervised the \
handover and welcomed the end of what it called the world's longest captivity of prisoners of war.

Morocco's Foreign Ministry said the release was overdue and accused the Polisario and its backer Algeria of \
having held the men for political blackmail.

The ministry called on Algiers to account for Moroccans missing since the war.

Morocco annexed the former Spanish colony in 1975, and fought the Polisario until a U.N.-brokered \
ceasefire in 1991.
""",
    events=[
        (_POL, _MAR_POW + ("MAR",), ("080", "084", "0841"), "freed the last 404"),
        (("USALEG", "USA", "USAGOV"), _POL, ("040", "042", "043", "046", "080", "087", "0871", "020", "028"),
         "mediation by U.S. Senator"),
        (("NGO", "IGO", "NGOHRI"), _POL + _MAR_POW + ("MAR",), ("051", "050", "018"), "welcomed the end"),
        (_MAR, _POL + ("DZA", "DZAGOV"), _CRIT, "accused the Polisario"),
        (_MAR, ("DZA", "DZAGOV"), _APPEAL + _DEMAND, "called on Algiers"),
    ],
    also=[
        (_POL, _MAR_POW + ("MAR",), ("080", "084", "0841"), "frees last 404"),
        (("USA", "USAGOV", "USAMIL"), _MAR_POW + ("MAR",) + _POL, ("070", "073", "074", "060", "062"),
         "two U.S. aircraft"),
        (("USALEG", "USA", "USAGOV"), _POL, ("040", "043", "046", "020", "028"), "had persuaded"),
        (("NGO", "IGO"), _MAR_POW + _POL, ("040", "042", "043", "070", "073"), "supervised the handover"),
        (_MAR, _POL, _CRIT + ("051",), "was overdue"),
    ],
    none=["annexed the former Spanish"],
    parties=[
        ("U.S. Senator Richard Lugar", "Richard Lugar", ("USALEG", "USAGOV")),
        ("The Polisario Front freed", "Polisario Front", _POL),
    ],
)

_GEO = ("GEO", "GEOGOV")
_RUM = ("RUS", "RUSGOV", "RUSMIL")

REUTERS_TBILISI = Story(
    "reuters_tbilisi_pankisi", "2002-08-23",
    """Georgia accuses Russia of bombing Pankisi Gorge

TBILISI, Aug 23 (Reuters) - Georgia accused Russia on Friday of sending warplanes into its airspace to bomb \
villages in the Pankisi Gorge, killing a civilian and wounding seven, and demanded an explanation from \
Moscow.

President Eduard Shevardnadze called the raid an act of aggression against a sovereign state and said he \
had asked the Security Council to take up the matter.

The Georgian Foreign Ministry handed a note of protest to the Russian charge d'affaires in Tbilisi.

Russia's Defence Ministry denied that any of its aircraft had crossed the border, and said Georgia was \
sheltering Chechen rebels in the gorge.

The U.S. State Department said Washington was concerned by the reports and urged both countries to show \
restraint.

Several thousand Chechen refugees have lived in the gorge since the second Chechen war began in 1999.
""",
    events=[
        (_GEO, _RUM, _CRIT, "accused Russia"),
        (_GEO, _RUM, _DEMAND, "demanded an explanation"),
        (_GEO, _RUM, _CRIT, "an act of aggression"),
        (_GEO, ("IGO",), _APPEAL, "had asked the Security"),
        (_RUM, _GEO, _REJ + ("016",), "denied that any"),
        (_RUM, _GEO, _CRIT, "was sheltering"),
        (("USAGOV", "USA"), _GEO + _RUM, _APPEAL + _DEMAND, "urged both countries"),
    ],
    also=[
        (_GEO, _RUM, _CRIT + ("140",), "handed a note"),
        (_GEO, _RUM, _CRIT, "Georgia accuses"),
        (("USAGOV", "USA"), _GEO + _RUM, ("012", "010", "110", "111"), "was concerned"),
        (_GEO + ("GEOCVL",), ("RUSREB", "RUSSEP", "RUSINS", "RUSREF", "RUS"),
         ("075", "070", "074", "080"), "was sheltering"),
    ],
    none=["second Chechen war"],
    parties=[
        ("President Eduard Shevardnadze", "Eduard Shevardnadze", ("GEOGOV",)),
    ],
)

_PRY = ("PRY", "PRYGOV")
_OVIEDO = ("PRYMIL",)

EFE_ASUNCION = Story(
    "efe_asuncion_oviedo", "1996-04-23",
    """Paraguayan army chief defies order to step down

ASUNCION, April 23 (EFE) - Paraguay's army commander, General Lino Oviedo, refused on Monday to obey an \
order from President Juan Carlos Wasmosy to resign, and barricaded himself in a cavalry barracks on the \
edge of the capital with troops loyal to him.

Wasmosy told reporters at the presidential palace that he would not give in to threats and that the \
armed forces must submit to civilian rule.

The ambassadors of the United States, Brazil and Argentina met Wasmosy overnight and pledged their \
governments' full support for constitutional order.

The foreign ministers of the Mercosur trade bloc warned that Paraguay would be expelled from the bloc if \
democracy was broken.

Thousands of students marched on the palace to support the president, and Congress passed a resolution \
backing him.

Paraguay returned to civilian rule in 1989 after the 35-year dictatorship of Alfredo Stroessner.
""",
    events=[
        (_OVIEDO + ("PRY",), _PRY, _REJ, "refused on Monday"),
        (_PRY, _OVIEDO + ("PRY",), _REJ + _DEMAND, "would not give in"),
        (("USAGOV", "USA", "BRAGOV", "BRA", "ARGGOV", "ARG"), _PRY, _MEET, "met Wasmosy"),
        (("USAGOV", "USA", "BRAGOV", "BRA", "ARGGOV", "ARG"), _PRY,
         ("030", "031", "032", "033", "051", "050"), "pledged their"),
        (("IGO", "BRAGOV", "ARGGOV", "URYGOV"), ("PRY", "PRYGOV", "PRYMIL"), ("130", "131", "138", "1313"),
         "would be expelled"),
        (("PRYEDU", "PRYCVL", "PRY"), _PRY, ("051", "050", "018", "140", "141"), "marched on the palace"),
    ],
    also=[
        (_OVIEDO + ("PRY",), _PRY, _REJ, "defies order"),
        (_PRY, _OVIEDO + ("PRY",), _DEMAND + ("100",), "an order from President"),
        (_PRY, _OVIEDO + ("PRY",), _DEMAND, "must submit"),
        (_PRY, ("USAGOV", "USA", "BRAGOV", "BRA", "ARGGOV", "ARG"), _MEET, "met Wasmosy"),
        (("PRYLEG", "PRY"), _PRY, ("051", "050", "018"), "passed a resolution"),
        (_OVIEDO, _PRY, ("150", "152", "154"), "barricaded himself"),
    ],
    none=["dictatorship of Alfredo Stroessner"],
    parties=[
        ("General Lino Oviedo", "Lino Oviedo", ("PRYMIL",)),
        ("President Juan Carlos Wasmosy", "Juan Carlos Wasmosy", ("PRYGOV",)),
    ],
)


STORIES: list[Story] = [REUTERS_ABIDJAN, REUTERS_SUVA, REUTERS_ISLAMABAD, REUTERS_ARUSHA, AP_BOGOTA, AFP_JOLO,
                        AFP_HANOI, REUTERS_DAR, REUTERS_HONGKONG, XINHUA_BEIJING, DPA_BONN, REUTERS_CAIRO,
                        YONHAP_SEOUL, EFE_LIMA, REUTERS_ATHENS, REUTERS_DHAKA, AFP_PARIS, KYODO_TOKYO,
                        TASS_KIEV, REUTERS_KADUNA, REUTERS_AMMAN, AFP_RABAT, REUTERS_TBILISI, EFE_ASUNCION]


if __name__ == "__main__":
    main(STORIES, "stories37")
