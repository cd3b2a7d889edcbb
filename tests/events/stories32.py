"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (thirtieth session,
wip/stories32): ERA copy again, the agency leads of 1987-2001 the hidden real-news CAMEO set is drawn
from, on subjects none of stories28-31 took: Zhivkov's fall, Gamsakhurdia's flight from Tbilisi, the
Karabakh ceasefire of May 1994 as Baku radio told it, the Moscow memorandum on the Dniester region, the
Batken hostages, Pokhran, the Senate's vote on the test ban treaty, the Sandline affair, Speight's coup,
Russia's answer to Desert Fox, the Lockerbie handover, Bashir's coup, Mengistu's flight, Saba Saba,
Bophuthatswana, Namibia's independence, Guatemala's peace, the Cuban migration accord, Argentina and
Britain in Madrid, the Mexican rescue, the banana sanctions, Estrada's fall, Roh's declaration of June
1987 and the Burmese army's seizure of power in September 1988.

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: AP ("SOFIA,
Bulgaria (AP) -"), Interfax, BBC Monitoring (with its source line), Kyodo ("TOKYO, Aug. 24 Kyodo -"),
PTI, AFP, ITAR-TASS, PANA, MENA, Reuters, Xinhua, EFE, Prensa Latina, dpa (with its tail code), Yonhap
(with its "(END)") and UPI. Many leads are long (35-60 words, with appositions, a fronted "in a move"
clause, a time phrase between subject and verb, two acts joined by "and", a "saying" participle, two
named parties joined by "and" each with a title). Actors are named by ethnic or regional group as the
wires named them ("the Mingrelians", "ethnic Fijian youths", "Karabakh Armenian forces", "Indo-Fijians",
"Caribbean banana producers"). They include non-events: history, conditions, market lines, analysts and
agency furniture.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, a former head of state ELI, "A said B attacked C" is A -> B 112 alone,
a conditional or a denial is no act, a phone call is 040 both ways, signing an agreement 057 both ways,
a state of emergency or a curfew 172, lifting sanctions 081, cutting aid 162, a hostage taking 181,
handing suspects over for trial 063. Armed groups of the day are their country's REB (the URNG GTMREB,
the EPRDF ETHREB, the SPLA SDNREB, the Islamic Movement of Uzbekistan UZBREB, the Dniester republic
MDAREB), the ANC of 1994 ZAFOPP, ZAFPTY or ZAFREB; a homeland of apartheid is South Africa's.

Run `python tests/events/stories32.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories32 at ae51319, main's code a2c3a59, before any change): of the 87 required events
54 were coded at country + root and 48 at actor + root; of the coded triples 53 were right, 16 accepted,
0 duplicated and 36 wrong; 1 of the 32 non-event paragraphs was coded; of 70 parties 59 were right, 4
wrong and 7 unresolved.

Six expectations were corrected after the first run, where the coder's reading was the codebook's or the
earlier sets' and the list had missed it: the headlines of the Madrid, Khartoum, Rangoon, Suva and
Nairobi stories name the lead's act (an `also` row each, as the earlier sets' headlines have; police
killing protesters may be 175, the codebook's violent repression, as the lead's row already allowed), and the
commander of the Karabakh Armenian forces is a party to the Bishkek agreement beside Armenia's minister (an
`also` row between the two). Main scored on the corrected lists: 54 / 48; right 53, accepted 24,
duplicated 0, wrong 28; non-events coded 1 of 32; parties 59 / 4 / 7.

After the branch's fixes (wip/stories32: "sworn in" is no vow, a verb joined to a passive one shares its
subject rather than the by-phrase's doer, an act dated by a named decade over ten or more years before the
story is history, forces that take control of a town or a named place occupy it): 56 / 49; right 54,
accepted 24, duplicated 0, wrong 26; non-events coded 0 of 32; parties right 59, wrong 4, unresolved 7.
What still fails is a strict xfail in tests/events/test_stories32.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

AP_SOFIA = Story(
    "ap_sofia_zhivkov", "1989-11-10",
    """Zhivkov ousted after 35 years as Bulgarian leader

SOFIA, Bulgaria (AP) - Todor Zhivkov, the Communist leader who ruled Bulgaria for 35 years, was ousted \
on Friday by the party's Central Committee, which named Foreign Minister Petar Mladenov to replace him as \
general secretary, state radio said.

Mladenov, 53, told the plenum that the party would carry out deep reforms and pledged to turn Bulgaria \
into a modern democratic state.

In Washington, the State Department welcomed the change and said it hoped the new leadership would \
respect human rights, including those of the country's ethnic Turks.

About 9,000 people rallied outside the National Assembly a week ago to demand environmental reforms, in \
the largest unofficial protest since the Communists came to power.

Zhivkov came to power in 1954.
""",
    events=[
        (("BGRGOV", "BGRPTY"), ("BGR", "BGRCVL", "BGRGOV", "BGRPTY"), ("030", "034", "032", "031"),
         "pledged to turn Bulgaria"),
        (("USAGOV", "USA"), ("BGRGOV", "BGRPTY", "BGR"), ("050", "051", "013", "018"),
         "the State Department welcomed the change"),
    ],
    also=[
        (("BGRPTY", "BGRGOV"), ("BGRGOV", "BGRPTY", "BGRELI"), ("080", "083", "084", "174", "172"),
         "was ousted"),
        (("BGRGOV", "BGRPTY"), ("BGR", "BGRCVL", "BGRGOV", "BGRPTY"), ("030", "034", "032", "031"),
         "the party would carry out deep reforms"),
        (("USAGOV", "USA"), ("BGRGOV", "BGRPTY", "BGR"), ("020", "023", "024", "028", "013", "100", "104"),
         "hoped the new leadership would respect"),
        (("BGRCVL", "BGROPP", "BGR", "BGRENV"), ("BGRGOV", "BGR", "BGRLEG"), ("140", "141", "100", "104"),
         "rallied outside the National Assembly"),
    ],
    none=["Zhivkov came to power in 1954."],
    parties=[
        ("Todor Zhivkov, the Communist", "Todor Zhivkov", ("BGRGOV", "BGRPTY", "BGRELI")),
        ("Foreign Minister Petar Mladenov", "Petar Mladenov", ("BGRGOV", "BGRPTY")),
    ],
)

_GEOOPP = ("GEOOPP", "GEOREB", "GEOMIL", "GEOUAF", "GEO")

INTERFAX_TBILISI = Story(
    "interfax_tbilisi_gamsakhurdia", "1992-01-06",
    """Gamsakhurdia flees Tbilisi as opposition takes government buildings

TBILISI, Jan 6 (Interfax) - Armed opposition forces stormed the parliament building in central Tbilisi \
early on Monday, and Georgian President Zviad Gamsakhurdia fled the capital with about a hundred of his \
supporters after two weeks of fighting, a spokesman for the opposition Military Council said.

The Military Council, led by Tengiz Kitovani and Jaba Ioseliani, said it had assumed power and would hold \
elections once order was restored.

Gamsakhurdia's supporters in western Georgia, where the Mingrelians back the ousted president, blocked the \
railway line to the Black Sea coast and demanded that the Military Council step down.

Russian President Boris Yeltsin's spokesman said Moscow was concerned by the bloodshed and urged \
Georgia's new leaders to seek a political settlement with the ousted president.

Gamsakhurdia, a former dissident, was elected president in May 1991 with 87 per cent of the vote.
""",
    events=[
        (_GEOOPP, ("GEOGOV", "GEOLEG", "GEO"), ("145", "141", "180", "190", "171", "181"),
         "stormed the parliament building"),
        (("GEOCVL", "GEOOPP", "GEO", "GEOGOV", "GEOREB"), _GEOOPP + ("GEOGOV",),
         ("100", "104", "1041", "105"), "demanded that the Military Council step down"),
        (("RUSGOV", "RUS"), _GEOOPP + ("GEOGOV",), ("020", "023", "025", "026", "027", "028", "100"),
         "urged Georgia's new leaders"),
    ],
    also=[
        (_GEOOPP + ("GEOGOV",), _GEOOPP + ("GEOGOV",), ("190", "180", "145"), "after two weeks of fighting"),
        (_GEOOPP, ("GEO", "GEOCVL", "GEOGOV"), ("030", "034", "032"), "would hold elections"),
        (("GEOCVL", "GEOOPP", "GEO", "GEOGOV", "GEOREB"), _GEOOPP + ("GEOGOV", "GEO"), ("144", "140", "143"),
         "blocked the railway line"),
        (("RUSGOV", "RUS"), _GEOOPP + ("GEOGOV", "GEO"), ("012", "010", "011", "013", "014"),
         "was concerned by the bloodshed"),
    ],
    none=["Gamsakhurdia, a former dissident, was elected"],
    parties=[
        ("President Zviad Gamsakhurdia", "Zviad Gamsakhurdia", ("GEOGOV",)),
        ("Tengiz Kitovani", "Tengiz Kitovani", _GEOOPP + ("GEOGOV",)),
        ("President Boris Yeltsin's", "Boris Yeltsin", ("RUSGOV",)),
    ],
)

_ARM = ("ARM", "ARMMIL", "ARMREB", "AZEREB", "ARMGOV", "ARMCVL")
_AZE = ("AZE", "AZEGOV", "AZEMIL")

BBCM_KARABAKH = Story(
    "bbcm_baku_ceasefire", "1994-05-12",
    """Azerbaijan: ceasefire in Karabakh takes effect

Text of report by Azerbaijani radio on 12 May

A ceasefire in the Nagorno-Karabakh conflict took effect at midnight [local time] on Thursday [12 May] \
under an agreement reached by the defence ministers of Azerbaijan and Armenia and the commander of the \
Karabakh Armenian forces, Samvel Babayan, with the mediation of Russian Defence Minister Pavel Grachev.

Azerbaijani Defence Minister Mamedrafi Mamedov said the Azerbaijani army would observe the truce but \
warned that it would respond to any attack by Armenian units.

President Heydar Aliyev, speaking to elders of refugees from the Lachin and Kelbajar districts, said \
Azerbaijan would never accept the loss of its territory and demanded the withdrawal of Armenian forces from \
all occupied areas.

The Armenian Foreign Ministry welcomed the ceasefire, Armenian radio reported.

[Passage omitted: reports of shelling in the Terter district before midnight]

Source: Azerbaijani Radio, Baku, in Azeri 1400 gmt 12 May 94
""",
    events=[
        (_AZE, _ARM, ("057", "050", "030", "081", "087"), "under an agreement reached by"),
        (_ARM, _AZE, ("057", "050", "030", "081", "087"), "under an agreement reached by"),
        (("AZEGOV", "AZEMIL"), _ARM, ("130", "131", "138", "139"), "warned that it would respond"),
        (("AZEGOV",), _ARM, ("100", "101", "102", "105", "020", "026"),
         "demanded the withdrawal of Armenian"),
    ],
    also=[
        (("RUSGOV", "RUSMIL"), _AZE + _ARM, ("040", "042", "043", "046", "057", "030"), "with the mediation"),
        (_ARM, _ARM, ("057",), "under an agreement reached by"),
        (("AZEGOV", "AZEMIL"), _ARM, ("030", "031", "036", "080", "081", "087", "057"),
         "would observe the truce"),
        (("AZEGOV",), _ARM, ("120", "125", "012", "010"), "would never accept the loss"),
        (("ARMGOV", "ARM"), _AZE + _ARM, ("050", "051", "013"), "welcomed the ceasefire"),
    ],
    none=["[Passage omitted: reports of shelling", "Source: Azerbaijani Radio, Baku"],
    parties=[
        ("Defence Minister Pavel Grachev", "Pavel Grachev", ("RUSGOV", "RUSMIL")),
        ("Defence Minister Mamedrafi Mamedov", "Mamedrafi Mamedov", ("AZEGOV", "AZEMIL")),
        ("President Heydar Aliyev", "Heydar Aliyev", ("AZEGOV",)),
    ],
)

_DNIESTER = ("MDAREB", "MDAINS", "MDAOPP")

INTERFAX_DNIESTER = Story(
    "interfax_moscow_dniester", "1997-05-08",
    """Moldova, Dniester region sign memorandum in Kremlin

MOSCOW, May 8 (Interfax) - Moldovan President Petru Lucinschi and the leader of the self-proclaimed \
Dniester republic, Igor Smirnov, on Thursday signed a memorandum on normalising relations in the Kremlin, \
in the presence of Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma, who will act as \
guarantors.

Under the memorandum, the two sides will build their relations within the framework of a common state, \
and Russia and Ukraine undertake to guarantee the status of the region.

Lucinschi told reporters that Chisinau would never agree to the federalisation of Moldova and called on \
Russia to withdraw its troops from the left bank of the Dniester as agreed in 1994.

Smirnov said the Dniester region would keep its own constitution, army and customs service.

Russia's 14th Army, now called the Operational Group of Russian Forces, has been stationed in the region \
since the Soviet era.
""",
    events=[
        (("MDAGOV", "MDA"), _DNIESTER, ("057", "030", "050"), "signed a memorandum"),
        (_DNIESTER, ("MDAGOV", "MDA"), ("057", "030", "050"), "signed a memorandum"),
        (("MDAGOV",), ("RUS", "RUSGOV", "RUSMIL"), ("020", "026", "100", "101", "102", "105"),
         "called on Russia to withdraw"),
    ],
    also=[
        (("MDAGOV", "MDA", "RUSGOV", "RUS", "UKRGOV", "UKR") + _DNIESTER,
         ("MDAGOV", "MDA", "RUSGOV", "RUS", "UKRGOV", "UKR") + _DNIESTER, ("057", "030", "031", "032", "050"),
         "Under the memorandum"),
        (("RUSGOV", "UKRGOV", "RUS", "UKR"), ("MDAGOV", "MDA") + _DNIESTER, ("030", "031", "032", "057"),
         "who will act as"),
        (("MDAGOV", "MDA"), _DNIESTER + ("RUS", "RUSGOV"), ("120", "125", "012"), "would never agree"),
        (_DNIESTER, ("MDAGOV", "MDA"), ("030", "012", "120", "010"), "would keep its own constitution"),
        (("MDAGOV", "MDA", "RUSGOV", "RUS"), ("MDAGOV", "MDA", "RUSGOV", "RUS"), ("057",),
         "as agreed in 1994"),
    ],
    none=["has been stationed in the region"],
    parties=[
        ("President Petru Lucinschi", "Petru Lucinschi", ("MDAGOV",)),
        ("Igor Smirnov, on Thursday", "Igor Smirnov", _DNIESTER),
        ("President Boris Yeltsin and", "Boris Yeltsin", ("RUSGOV",)),
        ("President Leonid Kuchma", "Leonid Kuchma", ("UKRGOV",)),
    ],
)

_IMU = ("UZBREB", "KGZREB", "TJKREB", "UZBMOS", "KGZMOS", "UZBUAF", "KGZUAF", "TJKUAF", "UZBINS", "KGZINS")

KYODO_BATKEN = Story(
    "kyodo_tokyo_batken", "1999-08-24",
    """Japanese geologists taken hostage in Kyrgyzstan

TOKYO, Aug. 24 Kyodo - Armed Islamic militants who crossed into southern Kyrgyzstan from Tajikistan on \
Monday took four Japanese geologists, their Kyrgyz interpreter and a senior Kyrgyz Interior Ministry \
officer hostage in a mountain village in the Batken area, the Foreign Ministry said Tuesday.

Chief Cabinet Secretary Hiromu Nonaka told a news conference that the government had asked Kyrgyz \
authorities to do their utmost to secure the safe release of the four.

Kyrgyz President Askar Akayev, in a telephone conversation with Prime Minister Keizo Obuchi, pledged that \
his government would give priority to the lives of the hostages, Foreign Ministry officials said.

The militants, believed to belong to the Islamic Movement of Uzbekistan, are demanding safe passage to \
Uzbekistan's Fergana Valley, according to Kyrgyz officials.

The four geologists were working for a Japan International Cooperation Agency mining survey. (Kyodo)
""",
    events=[
        (_IMU, ("JPN", "JPNCVL", "JPNBUS", "JPNGOV"), ("181", "180"), "took four Japanese geologists"),
        (_IMU, ("KGZ", "KGZCOP", "KGZGOV", "KGZCVL"), ("181", "180"), "took four Japanese geologists"),
        (("JPNGOV", "JPN"), ("KGZGOV", "KGZ"), ("020", "021", "023", "025", "026", "028", "100"),
         "had asked Kyrgyz authorities"),
        (("KGZGOV",), ("JPNGOV",), ("040", "042"), "in a telephone conversation"),
        (("JPNGOV",), ("KGZGOV",), ("040", "042"), "in a telephone conversation"),
    ],
    also=[
        (("KGZGOV",), ("JPNGOV", "JPN"), ("030", "031", "032", "033"), "pledged that his government"),
        (_IMU, ("KGZGOV", "KGZ", "UZBGOV", "UZB"), ("100", "101", "102", "105"),
         "are demanding safe passage"),
        (_IMU, ("KGZ", "KGZGOV", "TJK"), ("150", "152", "190", "180"), "who crossed into southern"),
    ],
    none=["The four geologists were working"],
    parties=[
        ("Secretary Hiromu Nonaka", "Hiromu Nonaka", ("JPNGOV",)),
        ("President Askar Akayev", "Askar Akayev", ("KGZGOV",)),
        ("Minister Keizo Obuchi", "Keizo Obuchi", ("JPNGOV",)),
    ],
)

PTI_POKHRAN = Story(
    "pti_newdelhi_pokhran", "1998-05-11",
    """India conducts three nuclear tests

NEW DELHI, May 11 (PTI) - India on Monday conducted three underground nuclear tests at the Pokhran range \
in Rajasthan, Prime Minister Atal Behari Vajpayee announced, saying the tests established that India had \
a proven nuclear weapons capability.

Vajpayee told a hurriedly called news conference that the tests were of a fission device, a low-yield \
device and a thermonuclear device, and that the measured yields were in line with expected values.

In Islamabad, Foreign Minister Gohar Ayub Khan condemned the tests and said Pakistan would take all \
necessary measures to safeguard its security.

The United States, which had not been told in advance, expressed deep disappointment and said it would \
review its options, including sanctions under US law.

India last carried out a nuclear test in 1974.

The BSE Sensex fell 99 points on Monday on worries about the economy.
""",
    events=[
        (("PAKGOV", "PAK"), ("IND", "INDGOV", "INDMIL"), ("110", "111", "112"), "condemned the tests"),
        (("USA", "USAGOV"), ("IND", "INDGOV"), ("110", "111", "112", "012"), "expressed deep disappointment"),
    ],
    also=[
        (("IND", "INDGOV", "INDMIL"), ("PAK", "PAKGOV", "CHN", "CHNGOV"), ("150", "152", "138", "130"),
         "conducted three underground"),
        (("PAKGOV", "PAK"), ("IND", "INDGOV", "INDMIL"), ("130", "138", "150", "030"),
         "would take all necessary measures"),
        (("USA", "USAGOV"), ("IND", "INDGOV"), ("130", "131", "163", "160", "030"),
         "would review its options"),
    ],
    none=["India last carried out a nuclear test in 1974.", "The BSE Sensex fell"],
    parties=[
        ("Prime Minister Atal Behari Vajpayee", "Atal Behari Vajpayee", ("INDGOV",)),
        ("Foreign Minister Gohar Ayub Khan", "Gohar Ayub Khan", ("PAKGOV",)),
    ],
)

AP_CTBT = Story(
    "ap_washington_ctbt", "1999-10-13",
    """Senate rejects nuclear test ban treaty

WASHINGTON (AP) - The Senate on Wednesday rejected the Comprehensive Test Ban Treaty, voting 51-48 against \
a pact signed by President Clinton and more than 150 other nations, in the most serious defeat for an arms \
control agreement since the Senate turned down the Treaty of Versailles in 1919.

Clinton, who had urged senators to delay the vote, denounced the Republican majority as reckless and said \
the United States would continue to observe its moratorium on nuclear testing.

Senate Majority Leader Trent Lott, R-Miss., said the treaty was flawed and could not be verified.

In Moscow, Foreign Ministry spokesman Vladimir Rakhmanin criticised the vote, saying it dealt a serious \
blow to the whole system of arms control agreements.

Britain, France and Germany had appealed to the Senate in a joint newspaper article last week to ratify \
the treaty.

Under the treaty, signed in 1996, the 44 countries with nuclear reactors must ratify it before it takes \
effect.
""",
    events=[
        (("USAGOV",), ("USALEG", "USAPTY", "USA"), ("110", "111", "112"),
         "denounced the Republican majority"),
        (("RUSGOV", "RUS"), ("USALEG", "USA", "USAGOV"), ("110", "111", "112"), "criticised the vote"),
        (("GBR", "GBRGOV"), ("USALEG", "USA"), ("020", "021", "023", "025", "026", "028"),
         "had appealed to the Senate"),
    ],
    also=[
        (("USALEG", "USA"), ("IGO", "USAGOV", "USA", "USALEG"), ("120", "121", "125", "128", "129"),
         "rejected the Comprehensive Test Ban"),
        (("USAGOV",), ("USALEG", "USA"), ("020", "023", "026", "028"), "who had urged senators"),
        (("USAGOV", "USA"), ("USA", "IGO", "USALEG"), ("030", "031", "032"), "would continue to observe"),
        (("USALEG",), ("IGO", "USAGOV", "USA"), ("110", "111", "112", "120"), "said the treaty was flawed"),
        (("FRA", "FRAGOV", "DEU", "DEUGOV"), ("USALEG", "USA"), ("020", "021", "023", "025", "026", "028"),
         "had appealed to the Senate"),
    ],
    none=["Under the treaty, signed in 1996"],
    parties=[
        ("Majority Leader Trent Lott", "Trent Lott", ("USALEG",)),
        ("spokesman Vladimir Rakhmanin", "Vladimir Rakhmanin", ("RUSGOV",)),
        ("signed by President Clinton", "Clinton", ("USAGOV",)),
    ],
)

_MERC = ("ZAF", "ZAFUAF", "ZAFBUS", "ZAFCVL", "PNGUAF", "GBRBUS", "GBR", "UAF", "PNGBUS")
_PNGPROT = ("PNGEDU", "PNGCVL", "PNGOPP", "PNG")

AFP_SANDLINE = Story(
    "afp_portmoresby_sandline", "1997-03-17",
    """PNG army chief demands Chan resign over mercenaries

PORT MORESBY, March 17 (AFP) - Papua New Guinea's army commander, Brigadier General Jerry Singirok, on \
Monday demanded the resignation of Prime Minister Sir Julius Chan and two senior ministers over a \
36-million-dollar contract with the British-based firm Sandline International to hire mercenaries to fight \
secessionist rebels on Bougainville.

Soldiers loyal to Singirok detained the mercenaries, most of them South Africans, at a military barracks \
near the capital, military sources said.

Chan sacked Singirok on Monday evening and accused him of inciting mutiny.

Thousands of students and residents marched on parliament and demanded that the government cancel the \
contract.

Australian Prime Minister John Howard urged the Papua New Guinea government to terminate the Sandline deal \
and offered to help find a peaceful solution on Bougainville.

The Bougainville Revolutionary Army has fought for independence for the copper-rich island since 1989.
""",
    events=[
        (("PNGMIL",), ("PNGGOV",), ("100", "101", "104", "1041", "105"), "demanded the resignation"),
        (("PNGMIL",), _MERC, ("173", "170", "171"), "detained the mercenaries"),
        (("PNGGOV",), ("PNGMIL",), ("110", "111", "112"), "accused him of inciting"),
        (_PNGPROT, ("PNGGOV", "PNGLEG"), ("140", "141", "100", "101", "104", "105"),
         "marched on parliament"),
        (("AUSGOV",), ("PNGGOV",), ("020", "023", "025", "026", "027", "028", "100", "101"),
         "urged the Papua New Guinea government"),
        (("AUSGOV",), ("PNGGOV", "PNG"), ("030", "031", "032", "033", "036", "039", "070", "073", "040"),
         "offered to help find"),
    ],
    also=[
        (("PNGGOV",), ("PNGMIL",), ("170", "172", "174", "120"), "Chan sacked Singirok"),
        (("PNGGOV", "PNG"), _MERC, ("060", "061", "062", "057"), "contract with the British-based"),
        (_MERC + ("PNGGOV",), ("PNGREB",), ("190", "180", "130"), "to hire mercenaries to fight"),
    ],
    none=["The Bougainville Revolutionary Army has fought"],
    parties=[
        ("Brigadier General Jerry Singirok", "Jerry Singirok", ("PNGMIL",)),
        ("Prime Minister Sir Julius Chan", "Julius Chan", ("PNGGOV",)),
        ("Prime Minister John Howard", "John Howard", ("AUSGOV",)),
    ],
)

_SPEIGHT = ("FJIUAF", "FJIREB", "FJIOPP", "FJICVL", "FJI", "FJIBUS", "FJIRAD")

AFP_SPEIGHT = Story(
    "afp_suva_speight", "2000-05-19",
    """Gunmen storm Fiji parliament, take PM hostage

SUVA, May 19 (AFP) - Armed men led by failed businessman George Speight stormed Fiji's parliament on \
Friday and took Prime Minister Mahendra Chaudhry and members of his cabinet hostage, exactly a year after \
Chaudhry became the country's first ethnic Indian prime minister.

Speight, who said he acted on behalf of indigenous Fijians, declared that he had seized power and revoked \
the 1997 constitution.

Shortly afterwards, hundreds of ethnic Fijian youths looted and burned Indian-owned shops in the centre of \
the capital.

President Ratu Sir Kamisese Mara declared a state of emergency and said he would not accept the takeover.

Australia and New Zealand condemned the coup and threatened to impose sanctions if democracy was not \
restored.

Indo-Fijians, descendants of labourers brought from India by the British, make up 44 per cent of the \
population.
""",
    events=[
        (_SPEIGHT, ("FJIGOV", "FJILEG"), ("181", "180", "145"), "took Prime Minister Mahendra Chaudhry"),
        (("FJICVL", "FJI", "FJIOPP", "FJIREB", "FJIUAF", "FJIEDU"), ("FJIBUS", "FJICVL", "FJI", "IND",
         "INDBUS"),
         ("171", "175", "145", "180", "190", "181", "186"), "looted and burned Indian-owned shops"),
        (("FJIGOV",), ("FJI", "FJICVL") + _SPEIGHT, ("172", "170", "175"), "declared a state of emergency"),
        (("AUS", "AUSGOV"), _SPEIGHT + ("FJIGOV",), ("110", "111", "112"), "condemned the coup"),
        (("NZL", "NZLGOV"), _SPEIGHT + ("FJIGOV",), ("110", "111", "112"), "condemned the coup"),
    ],
    also=[
        (_SPEIGHT, ("FJIGOV", "FJILEG", "FJI"), ("180", "181", "145", "171", "175", "190"),
         "stormed Fiji's parliament"),
        (_SPEIGHT, ("FJIGOV", "FJILEG", "FJI"), ("180", "181", "145", "171", "175", "190"),
         "Gunmen storm Fiji parliament"),
        (_SPEIGHT, ("FJIGOV", "FJI"), ("172", "174", "180", "171"), "declared that he had seized power"),
        (("FJIGOV",), _SPEIGHT, ("120", "125", "128", "129"), "would not accept the takeover"),
        (("AUS", "AUSGOV", "NZL", "NZLGOV"), _SPEIGHT + ("FJIGOV",), ("130", "131", "163", "160"),
         "threatened to impose sanctions"),
    ],
    none=["Indo-Fijians, descendants of labourers"],
    parties=[
        ("businessman George Speight", "George Speight", _SPEIGHT),
        ("Prime Minister Mahendra Chaudhry", "Mahendra Chaudhry", ("FJIGOV",)),
        ("President Ratu Sir Kamisese Mara", "Kamisese Mara", ("FJIGOV",)),
    ],
)

_STRIKERS = ("USA", "USAGOV", "USAMIL", "GBR", "GBRGOV", "GBRMIL")

TASS_DESERTFOX = Story(
    "itartass_moscow_desertfox", "1998-12-17",
    """Russia recalls ambassadors from US, Britain over Iraq strikes

MOSCOW, December 17 (Itar-Tass) - Russia on Thursday recalled its ambassadors from Washington and London \
for consultations in protest against the US and British air strikes on Iraq, which President Boris Yeltsin \
strongly condemned as a gross violation of the UN Charter.

Foreign Minister Igor Ivanov told the State Duma that the strikes had been launched without the sanction \
of the UN Security Council and demanded their immediate halt.

The Duma adopted by 394 votes to one a resolution calling on the government to stop observing the UN \
sanctions against Iraq.

The strikes began on Wednesday night after UNSCOM chairman Richard Butler reported that Baghdad had not \
cooperated fully with the arms inspectors.

The rouble was quoted at 20.80 to the dollar on the Moscow interbank currency exchange.
""",
    events=[
        (("RUS", "RUSGOV"), ("USA", "USAGOV"), ("160", "161", "164"), "recalled its ambassadors"),
        (("RUS", "RUSGOV"), ("GBR", "GBRGOV"), ("160", "161", "164"), "recalled its ambassadors"),
        (("RUSGOV",), _STRIKERS, ("110", "111", "112"), "strongly condemned"),
        (("RUSGOV",), _STRIKERS, ("100", "101", "102", "105", "020", "026", "027"),
         "demanded their immediate halt"),
    ],
    also=[
        (("RUS", "RUSGOV"), _STRIKERS, ("140", "141", "110", "111"), "in protest against"),
        (_STRIKERS, ("IRQ", "IRQGOV", "IRQMIL"), ("190", "195", "180", "183"), "air strikes on Iraq"),
        (("RUSGOV",), _STRIKERS, ("110", "111", "112"), "had been launched without the sanction"),
        (("RUSLEG",), ("RUSGOV", "RUS", "IGO"), ("020", "023", "025", "026", "028", "100"),
         "a resolution calling on the government"),
        (_STRIKERS, ("IRQ", "IRQGOV", "IRQMIL"), ("190", "195", "180", "183"), "The strikes began"),
        (("IGO",), ("IRQ", "IRQGOV"), ("110", "111", "112"), "Butler reported that Baghdad"),
    ],
    none=["The rouble was quoted"],
    parties=[
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("Foreign Minister Igor Ivanov", "Igor Ivanov", ("RUSGOV",)),
        ("chairman Richard Butler", "Richard Butler", ("IGO",)),
    ],
)

PANA_LOCKERBIE = Story(
    "pana_tripoli_lockerbie", "1999-04-05",
    """Libya hands over Lockerbie suspects

TRIPOLI, Libya (PANA) - Libya on Monday handed over the two Libyans suspected of the 1988 bombing of a Pan \
Am airliner over Lockerbie, Scotland, to the United Nations for trial before a Scottish court in the \
Netherlands, ending a decade-long standoff with Washington and London.

Abdel Basset al-Megrahi and Al-Amin Khalifa Fhimah were flown from Tripoli to a former US air base at Camp \
Zeist aboard a UN aircraft, escorted by the UN's chief legal counsel, Hans Corell.

UN Secretary-General Kofi Annan, who had mediated with South African President Nelson Mandela and Saudi \
Arabia, announced in New York that the sanctions imposed on Libya in 1992 were suspended.

The OAU Secretary-General, Salim Ahmed Salim, welcomed the handover and urged the Security Council to \
lift the sanctions completely.

The bombing killed 270 people.
""",
    events=[
        (("LBY", "LBYGOV"), ("IGO", "GBR", "NLD", "USA"), ("063", "060", "080", "081", "086", "087"),
         "handed over the two Libyans"),
        (("IGO",), ("LBY", "LBYGOV"), ("081", "080", "085", "087"), "the sanctions imposed on Libya"),
        (("IGO",), ("IGO",), ("020", "021", "023", "025", "026", "028", "100"), "urged the Security Council"),
    ],
    also=[
        (("IGO",), ("LBY", "LBYGOV"), ("050", "051", "013"), "welcomed the handover"),
        (("IGO",), ("LBY", "LBYGOV", "LBYCVL", "ZAFGOV", "SAU", "SAUGOV"), ("040", "042", "043", "046",
         "057"),
         "who had mediated"),
        (("LBY", "LBYGOV"), ("USA", "GBR", "USAGOV", "GBRGOV"), ("080", "081", "087", "063"),
         "ending a decade-long standoff"),
        (("IGO", "USA", "GBR"), ("LBY", "LBYCVL", "LBYGOV"), ("163", "160"),
         "the sanctions imposed on Libya"),
    ],
    none=["The bombing killed 270 people."],
    parties=[
        ("Secretary-General Kofi Annan", "Kofi Annan", ("IGO",)),
        ("Secretary-General, Salim Ahmed Salim", "Salim Ahmed Salim", ("IGO",)),
        ("President Nelson Mandela", "Nelson Mandela", ("ZAFGOV",)),
    ],
)

_SDNJUNTA = ("SDNMIL", "SDNGOV")

MENA_KHARTOUM = Story(
    "mena_cairo_bashir", "1989-06-30",
    """Army seizes power in Sudan

CAIRO, June 30 (MENA) - A group of Sudanese army officers led by Brigadier Omar Hassan Ahmed al-Bashir \
seized power in Khartoum on Friday in a bloodless coup, overthrowing the elected government of Prime \
Minister Sadiq al-Mahdi, Omdurman radio said.

In a communique broadcast by the radio, the Revolutionary Command Council for National Salvation \
dissolved parliament, banned political parties and declared a state of emergency throughout the country.

Bashir said the armed forces had intervened to save the country from economic collapse and the war in the \
south, and offered to negotiate with the rebels of the Sudan People's Liberation Army.

President Hosni Mubarak received a message from the new leadership and sent an envoy to Khartoum, informed \
sources said.

Sadiq al-Mahdi came to power in elections in 1986 after the overthrow of President Jaafar Nimeiri.
""",
    events=[
        (_SDNJUNTA, ("SDNPTY", "SDNLEG", "SDN", "SDNOPP"), ("172", "170", "174", "175"),
         "banned political parties"),
        (_SDNJUNTA, ("SDNREB",), ("030", "031", "036", "039", "040", "043"), "offered to negotiate"),
        (("EGYGOV", "EGY"), _SDNJUNTA + ("SDN",), ("040", "041", "042", "043", "046", "050", "054"),
         "sent an envoy to Khartoum"),
    ],
    also=[
        (("SDNMIL",), ("SDNGOV", "SDN"), ("180", "181", "172", "174", "175", "190", "195", "171"),
         "seized power in Khartoum"),
        (("SDNMIL",), ("SDNGOV", "SDN"), ("180", "181", "172", "174", "175", "190", "195", "171"),
         "Army seizes power in Sudan"),
        (_SDNJUNTA, ("SDN", "SDNLEG", "SDNCVL", "SDNPTY"), ("172", "170", "174"), "dissolved parliament"),
        (_SDNJUNTA, ("SDN", "SDNCVL", "SDNGOV"), ("172",), "declared a state of emergency"),
        (_SDNJUNTA, ("EGYGOV", "EGY"), ("040", "042", "043", "046"), "received a message"),
        (("EGYGOV", "EGY"), _SDNJUNTA + ("SDN",), ("040", "042", "043", "046"), "received a message"),
    ],
    none=["Sadiq al-Mahdi came to power in elections"],
    parties=[
        ("Brigadier Omar Hassan Ahmed al-Bashir", "Omar Hassan Ahmed al-Bashir", _SDNJUNTA),
        ("Minister Sadiq al-Mahdi", "Sadiq al-Mahdi", ("SDNGOV",)),
        ("President Hosni Mubarak", "Hosni Mubarak", ("EGYGOV",)),
    ],
)

REUTERS_ADDIS = Story(
    "reuters_addis_mengistu", "1991-05-21",
    """Mengistu resigns and flees Ethiopia

ADDIS ABABA, May 21 (Reuters) - Ethiopian President Mengistu Haile Mariam resigned and left the country on \
Tuesday as rebel forces closed in on the capital, and Vice-President Tesfaye Gebre-Kidan took over as \
acting head of state, the government announced.

Tesfaye appealed to the rebels of the Ethiopian People's Revolutionary Democratic Front to agree to an \
immediate ceasefire and said the government was ready to share power.

The rebels, who have seized most of the north, said they would attend peace talks in London next week \
under US mediation, a spokesman told the BBC.

Mengistu flew to Zimbabwe, where the government said he had been granted temporary asylum.

Mengistu seized power in 1977 after the overthrow of Emperor Haile Selassie in 1974.
""",
    events=[
        (("ETHGOV",), ("ETHREB",), ("020", "025", "027", "028", "100", "102"), "appealed to the rebels"),
        (("ETHREB",), ("ETHGOV", "ETH", "USA", "USAGOV", "GBR"), ("030", "031", "036", "039", "043"),
         "would attend peace talks"),
        (("ZWEGOV", "ZWE"), ("ETHGOV", "ETHELI", "ETH"), ("075", "070", "073"), "granted temporary asylum"),
    ],
    also=[
        (("ETHREB",), ("ETH", "ETHGOV", "ETHMIL"), ("150", "152", "190", "192", "138"),
         "closed in on the capital"),
        (("ETHGOV",), ("ETHREB",), ("030", "031", "032", "034", "080", "083"), "was ready to share power"),
        (("ETHREB",), ("ETH", "ETHGOV", "ETHMIL"), ("190", "192"), "who have seized most"),
        (("USA", "USAGOV"), ("ETHGOV", "ETHREB"), ("040", "042", "043", "046"), "under US mediation"),
    ],
    none=["Mengistu seized power in 1977"],
    parties=[
        ("President Mengistu Haile Mariam", "Mengistu Haile Mariam", ("ETHGOV",)),
        ("Vice-President Tesfaye Gebre-Kidan", "Tesfaye Gebre-Kidan", ("ETHGOV",)),
    ],
)

_KENOPP = ("KENOPP", "KENCVL", "KENREL", "KEN", "KENPTY")

AP_SABASABA = Story(
    "ap_nairobi_sabasaba", "1997-07-07",
    """Police kill protesters in Kenya pro-democracy rallies

NAIROBI, Kenya (AP) - Police fired tear gas and live ammunition on Monday at thousands of opposition \
supporters demanding constitutional reforms before this year's elections, and at least nine people were \
killed, witnesses and hospital officials said.

Riot police stormed the All Saints Cathedral, where activists had gathered for a prayer meeting, beating \
worshippers with clubs and arresting several opposition leaders.

President Daniel arap Moi, speaking in the Rift Valley town of Nakuru, accused the opposition of plotting \
to overthrow his government and vowed that there would be no changes to the constitution before the \
elections.

The United States and Britain condemned the violence and urged the government to open talks with the \
opposition.

The rallies marked the seventh anniversary of the 1990 Saba Saba riots, in which more than 20 people were \
killed.
""",
    events=[
        (("KENCOP", "KENGOV", "KEN"), _KENOPP, ("175", "180", "190", "193", "195", "186", "170"),
         "Police fired tear gas"),
        (("KENCOP",), _KENOPP, ("173", "170", "180", "175"), "arresting several opposition leaders"),
        (("KENGOV",), ("KENOPP", "KENPTY"), ("110", "111", "112"), "accused the opposition"),
        (("USA", "USAGOV"), ("KENGOV", "KENCOP", "KEN"), ("110", "111", "112"), "condemned the violence"),
        (("GBR", "GBRGOV"), ("KENGOV", "KENCOP", "KEN"), ("110", "111", "112"), "condemned the violence"),
        (("USA", "USAGOV"), ("KENGOV", "KEN"), ("020", "023", "025", "026", "027", "028", "100"),
         "urged the government to open talks"),
    ],
    also=[
        (("KENCOP",), _KENOPP, ("175", "180", "190", "193", "195", "186"), "Police kill protesters"),
        (_KENOPP, ("KENGOV", "KEN"), ("140", "141", "100", "104"), "demanding constitutional reforms"),
        (("KENCOP",), _KENOPP, ("180", "181", "175", "171", "182"), "stormed the All Saints"),
        (("KENGOV",), ("KENOPP", "KENPTY", "KEN"), ("120", "125", "128", "012", "030"), "vowed that there"),
        (("GBR", "GBRGOV"), ("KENGOV", "KEN"), ("020", "023", "025", "026", "027", "028", "100"),
         "urged the government to open talks"),
    ],
    none=["The rallies marked the seventh anniversary"],
    parties=[
        ("President Daniel arap Moi", "Daniel arap Moi", ("KENGOV",)),
    ],
)

_AWB = ("ZAFRAD", "ZAFREB", "ZAFCVL", "ZAFOPP", "ZAFUAF", "ZAF")

REUTERS_BOP = Story(
    "reuters_mmabatho_mangope", "1994-03-11",
    """Mangope ousted as South African troops take over Bophuthatswana

MMABATHO, South Africa, March 11 (Reuters) - South African troops took control of the nominally \
independent homeland of Bophuthatswana on Friday and its president, Lucas Mangope, was removed from \
office, after three days of looting and a failed intervention by armed white right-wingers in which at \
least 40 people died.

Foreign Minister Pik Botha told reporters in Mmabatho that Mangope had been deposed because he refused to \
allow the homeland's 2.5 million people to vote in the April elections.

Soldiers of the homeland's defence force shot dead three wounded members of the neo-Nazi Afrikaner \
Resistance Movement in front of journalists on Friday morning.

ANC President Nelson Mandela welcomed the move and called on the leaders of the other homelands to let \
their people take part in the elections.

Bophuthatswana was granted independence by Pretoria in 1977 but was never recognised by any other \
country.
""",
    events=[
        (("ZAFMIL", "ZAF", "ZAFGOV"), ("ZAF", "ZAFGOV", "ZAFMIL", "ZAFCVL"), ("190", "192", "150", "155",
                                                                             "172", "174"),
         "took control of the nominally"),
        (("ZAFMIL", "ZAFCOP", "ZAF"), _AWB, ("180", "186", "190", "193", "195", "200"),
         "shot dead three wounded"),
        (("ZAFOPP", "ZAFPTY", "ZAFREB"), ("ZAFGOV", "ZAF", "ZAFCVL"), ("020", "023", "024", "025", "028",
                                                                       "100", "104"),
         "called on the leaders of the other homelands"),
    ],
    also=[
        (("ZAFGOV", "ZAF", "ZAFMIL"), ("ZAFGOV",), ("172", "174", "170"), "was removed from office"),
        (_AWB, ("ZAF", "ZAFGOV", "ZAFCVL", "ZAFMIL"), ("180", "190", "150"), "a failed intervention"),
        (("ZAFGOV",), ("ZAFGOV",), ("110", "111", "112", "120"), "because he refused"),
        (("ZAFOPP", "ZAFPTY", "ZAFREB"), ("ZAFGOV", "ZAFMIL", "ZAF"), ("050", "051", "013"),
         "welcomed the move"),
    ],
    none=["Bophuthatswana was granted independence"],
    parties=[
        ("its president, Lucas Mangope", "Lucas Mangope", ("ZAFGOV",)),
        ("Foreign Minister Pik Botha", "Pik Botha", ("ZAFGOV",)),
        ("ANC President Nelson Mandela", "Nelson Mandela", ("ZAFOPP", "ZAFPTY", "ZAFREB")),
    ],
)

XINHUA_WINDHOEK = Story(
    "xinhua_windhoek_independence", "1990-03-21",
    """Namibia becomes independent, Nujoma sworn in

WINDHOEK, March 21 (Xinhua) -- Namibia became Africa's last colony to win independence at midnight \
Tuesday, as the South African flag was lowered and Sam Nujoma, president of the South West Africa \
People's Organization (SWAPO), was sworn in as the country's first president by UN Secretary-General \
Javier Perez de Cuellar.

South African President F.W. de Klerk, attending the ceremony, pledged that his country would respect the \
independence of Namibia and would cooperate with the new state.

Chinese Foreign Minister Qian Qichen, heading the Chinese delegation to the celebrations, met Nujoma on \
Wednesday and announced that China had established diplomatic relations with Namibia.

Nujoma called on the international community to help rebuild the economy after 23 years of war.

Namibia had been ruled by South Africa since 1915.
""",
    events=[
        (("ZAFGOV",), ("NAM", "NAMGOV"), ("030", "031", "032", "033", "050", "057"),
         "pledged that his country"),
        (("CHNGOV",), ("NAMGOV",), ("040", "042", "043", "046"), "met Nujoma on Wednesday"),
        (("CHNGOV", "CHN"), ("NAM", "NAMGOV"), ("050", "054", "057", "064", "046"),
         "established diplomatic relations"),
    ],
    also=[
        (("NAMGOV",), ("CHNGOV",), ("040", "042", "043", "046"), "met Nujoma on Wednesday"),
        (("IGO",), ("NAMGOV", "NAM"), ("050", "054", "057", "040", "042", "043"), "was sworn in"),
        (("NAMGOV",), ("IGO", "NAM"), ("020", "021", "022", "025", "028"), "called on the international"),
        (("ZAF", "ZAFGOV"), ("NAM", "NAMGOV"), ("080", "081", "087", "054", "050"),
         "the South African flag was lowered"),
        (("ZAFGOV",), ("NAMGOV", "NAM", "IGO"), ("042", "043", "040"), "attending the ceremony"),
    ],
    none=["Namibia had been ruled by South Africa since 1915."],
    parties=[
        ("Sam Nujoma, president", "Sam Nujoma", ("NAMGOV", "NAMPTY", "NAMOPP")),
        ("President F.W. de Klerk", "F.W. de Klerk", ("ZAFGOV",)),
        ("Foreign Minister Qian Qichen", "Qian Qichen", ("CHNGOV",)),
        ("Secretary-General Javier Perez de Cuellar", "Javier Perez de Cuellar", ("IGO",)),
    ],
)

EFE_GUATEMALA = Story(
    "efe_guatemala_peace", "1996-12-29",
    """Guatemala signs peace accord ending 36-year war

GUATEMALA CITY, Dec 29 (EFE) - President Alvaro Arzu and the four commanders of the Guatemalan National \
Revolutionary Unity (URNG) on Sunday signed a firm and lasting peace accord at the National Palace, ending a \
36-year civil war that left more than 100,000 dead and 40,000 missing.

UN Secretary-General Boutros Boutros-Ghali, who witnessed the signing, praised the courage of both sides \
and said the United Nations would verify compliance with the agreements.

Rolando Moran, the URNG's senior commander, asked the Guatemalan people for forgiveness for the suffering \
the war had caused and pledged that the guerrillas would hand in their weapons within 60 days.

Thousands of Guatemalans gathered in the central square to celebrate.

The United States backed successive military governments in the 1970s and 1980s.
""",
    events=[
        (("GTMGOV", "GTM"), ("GTMREB",), ("057", "050", "030"), "signed a firm and lasting"),
        (("GTMREB",), ("GTMGOV", "GTM"), ("057", "050", "030"), "signed a firm and lasting"),
        (("IGO",), ("GTMGOV", "GTMREB", "GTM"), ("050", "051"), "praised the courage"),
        (("GTMREB",), ("GTM", "GTMCVL", "GTMGOV"), ("055", "020", "021", "050"),
         "asked the Guatemalan people"),
        (("GTMREB",), ("GTMGOV", "GTM", "GTMCVL", "IGO"), ("030", "031", "032", "033", "080", "086", "087"),
         "would hand in their weapons"),
    ],
    also=[
        (("IGO",), ("GTM", "GTMGOV", "GTMREB"), ("030", "031", "032", "033", "036", "039"),
         "would verify compliance"),
        (("IGO",), ("GTMGOV", "GTMREB", "GTM"), ("042", "043", "040"), "who witnessed the signing"),
    ],
    none=["Thousands of Guatemalans gathered", "The United States backed successive"],
    parties=[
        ("President Alvaro Arzu", "Alvaro Arzu", ("GTMGOV",)),
        ("Secretary-General Boutros Boutros-Ghali", "Boutros Boutros-Ghali", ("IGO",)),
        ("Rolando Moran, the", "Rolando Moran", ("GTMREB",)),
    ],
)

PL_HAVANA = Story(
    "pl_havana_migration", "1994-09-10",
    """Cuba, US reach migration agreement

HAVANA, Sep 10 (PL) - Cuba and the United States reached an agreement in New York on Friday under which \
Washington will admit at least 20,000 Cuban immigrants a year and the Cuban government will take effective \
measures to prevent unsafe departures by sea, the Foreign Ministry reported.

National Assembly President Ricardo Alarcon, who headed the Cuban delegation, said the accord was a \
positive step but insisted that the US economic blockade remained the main cause of illegal emigration.

Alarcon demanded that Washington end the policy of encouraging illegal departures through the Cuban \
Adjustment Act.

The Cuban Coast Guard on Saturday intercepted two rafts carrying 30 people off the northern coast of Havana \
province.

The Cuban Adjustment Act was passed by the US Congress in 1966.
""",
    events=[
        (("CUB", "CUBGOV"), ("USA", "USAGOV"), ("057", "030", "031"), "reached an agreement in New York"),
        (("USA", "USAGOV"), ("CUB", "CUBGOV"), ("057", "030", "031"), "reached an agreement in New York"),
        (("CUBGOV", "CUBLEG", "CUB"), ("USA", "USAGOV"), ("100", "101", "102", "104", "105"),
         "demanded that Washington end"),
    ],
    also=[
        (("USA", "USAGOV"), ("CUB", "CUBCVL"), ("030", "031", "032", "033", "075"), "Washington will admit"),
        (("CUBGOV", "CUB"), ("USA", "USAGOV", "CUBCVL"), ("030", "031", "032", "033"),
         "will take effective"),
        (("CUBGOV", "CUBLEG"), ("USA", "USAGOV"), ("050", "051", "013"), "was a positive step"),
        (("CUBGOV", "CUBLEG"), ("USA", "USAGOV"), ("110", "111", "112"), "insisted that the US"),
        (("CUBMIL", "CUBCOP", "CUB", "CUBGOV"), ("CUBCVL", "CUB"), ("173", "170", "175", "171"),
         "intercepted two rafts"),
    ],
    none=["The Cuban Adjustment Act was passed"],
    parties=[
        ("President Ricardo Alarcon", "Ricardo Alarcon", ("CUBGOV", "CUBLEG")),
    ],
)

EFE_MADRID = Story(
    "efe_madrid_falklands", "1990-02-15",
    """Argentina and Britain restore diplomatic relations

MADRID, Feb 15 (EFE) - Argentina and Britain on Thursday agreed to restore full diplomatic relations, \
broken off during the 1982 war over the Falkland Islands, at the close of two days of talks in Madrid \
between Argentine Deputy Foreign Minister Lucio Garcia del Solar and British envoy Sir Crispin Tickell.

Under the agreement, the two countries will reopen their embassies and Britain will ease the 150-mile \
protection zone around the islands, while the question of sovereignty is left aside under a formula known \
as the umbrella.

Argentine Foreign Minister Domingo Cavallo said in Buenos Aires that Argentina would never renounce its \
claim to the Malvinas, but welcomed the agreement as the start of a new era.

Spanish Foreign Minister Francisco Fernandez Ordonez, whose government hosted the talks, praised both \
delegations.

Argentina invaded the islands on April 2, 1982, and surrendered 74 days later.
""",
    events=[
        (("ARG", "ARGGOV"), ("GBR", "GBRGOV"), ("050", "054", "057", "030", "031", "064", "046"),
         "agreed to restore full"),
        (("GBR", "GBRGOV"), ("ARG", "ARGGOV"), ("050", "054", "057", "030", "031", "064", "046"),
         "agreed to restore full"),
        (("ESPGOV", "ESP"), ("ARGGOV", "GBRGOV", "ARG", "GBR"), ("050", "051"), "praised both delegations"),
    ],
    also=[
        (("ARG", "ARGGOV"), ("GBR", "GBRGOV"), ("050", "054", "057", "030", "064", "046"),
         "Argentina and Britain restore"),
        (("GBR", "GBRGOV"), ("ARG", "ARGGOV"), ("050", "054", "057", "030", "064", "046"),
         "Argentina and Britain restore"),
        (("ARGGOV", "ARG"), ("GBRGOV", "GBR"), ("040", "042", "043", "046"), "two days of talks"),
        (("GBRGOV", "GBR"), ("ARGGOV", "ARG"), ("040", "042", "043", "046"), "two days of talks"),
        (("ARG", "ARGGOV", "GBR", "GBRGOV"), ("ARG", "ARGGOV", "GBR", "GBRGOV"),
         ("030", "031", "032", "057", "080", "081", "087"), "Under the agreement"),
        (("ARGGOV",), ("GBR", "GBRGOV"), ("120", "125", "012", "050", "051", "013"), "would never renounce"),
        (("ARGGOV",), ("GBR", "GBRGOV"), ("050", "051", "013"), "welcomed the agreement"),
        (("ESPGOV", "ESP"), ("ARGGOV", "GBRGOV", "ARG", "GBR"), ("040", "042", "043", "046", "057"),
         "hosted the talks"),
        (("ARG", "GBR", "ARGGOV", "GBRGOV"), ("ARG", "GBR", "ARGGOV", "GBRGOV"), ("160", "161"),
         "broken off during the 1982 war"),
    ],
    none=["Argentina invaded the islands"],
    parties=[
        ("Minister Lucio Garcia del Solar", "Lucio Garcia del Solar", ("ARGGOV",)),
        ("envoy Sir Crispin Tickell", "Crispin Tickell", ("GBRGOV",)),
        ("Foreign Minister Domingo Cavallo", "Domingo Cavallo", ("ARGGOV",)),
        ("Minister Francisco Fernandez Ordonez", "Francisco Fernandez Ordonez", ("ESPGOV",)),
    ],
)

REUTERS_PESO = Story(
    "reuters_washington_peso", "1995-01-31",
    """Clinton bypasses Congress with $20 billion Mexico rescue

WASHINGTON, Jan 31 (Reuters) - President Clinton, in a move to halt the collapse of the peso, on Tuesday \
announced a $20 billion package of U.S. loans and loan guarantees for Mexico from the Treasury's Exchange \
Stabilization Fund, bypassing a Congress reluctant to approve his original plan.

The International Monetary Fund's managing director, Michel Camdessus, said the IMF would lend Mexico up \
to $17.8 billion, the largest loan in the fund's history.

Mexican Finance Minister Guillermo Ortiz welcomed the package and pledged to keep the economy open and to \
pursue austerity measures.

Republican presidential hopeful Pat Buchanan criticised the rescue as a bailout of Wall Street \
speculators.

The peso closed at 5.80 to the dollar in New York, up from 6.35 on Monday.

Analysts said the rescue would restore confidence in emerging markets if Mexico stuck to its reforms.
""",
    events=[
        (("USAGOV", "USA"), ("MEX", "MEXGOV"), ("070", "071", "030", "033", "061"),
         "announced a $20 billion"),
        (("IGO",), ("MEX", "MEXGOV"), ("070", "071", "030", "033", "061"), "would lend Mexico"),
        (("MEXGOV",), ("USA", "USAGOV", "IGO"), ("050", "051", "013"), "welcomed the package"),
    ],
    also=[
        (("MEXGOV",), ("USA", "USAGOV", "IGO", "MEX"), ("030", "031", "032", "033", "034"),
         "pledged to keep the economy"),
        (("USAPTY", "USACVL", "USAELI", "USA", "USALEG"), ("USAGOV", "USA", "MEX", "MEXGOV"),
         ("110", "111", "112"), "criticised the rescue"),
        (("USAGOV",), ("USALEG",), ("120", "125", "128"), "bypassing a Congress"),
    ],
    none=["The peso closed at 5.80", "Analysts said the rescue"],
    parties=[
        ("managing director, Michel Camdessus", "Michel Camdessus", ("IGO",)),
        ("Finance Minister Guillermo Ortiz", "Guillermo Ortiz", ("MEXGOV",)),
        ("President Clinton, in a move", "Clinton", ("USAGOV",)),
    ],
)

_EU = ("IGO", "EUR")

DPA_BANANAS = Story(
    "dpa_brussels_bananas", "1999-03-04",
    """EU condemns US sanctions in banana row

BRUSSELS, March 4 (dpa) - The European Union on Thursday condemned a U.S. decision to impose 100 per cent \
duties on some 520 million dollars of European imports in the long-running dispute over banana trade, and \
said it would ask the World Trade Organization to rule on the legality of the move.

EU Trade Commissioner Sir Leon Brittan, speaking at a news conference in Brussels, accused Washington of \
taking the law into its own hands and called on it to withdraw the measures.

U.S. Trade Representative Charlene Barshefsky said the United States had acted because the EU had failed \
to comply with WTO rulings against its banana import regime.

The goods affected include Scottish cashmere, French handbags and German coffee makers.

Caribbean banana producers, which benefit from the EU regime, have warned that their economies would \
collapse if the preferences ended. dpa jb fg
""",
    events=[
        (_EU, ("USA", "USAGOV"), ("110", "111", "112"), "condemned a U.S. decision"),
        (_EU, ("USA", "USAGOV"), ("110", "111", "112"), "accused Washington"),
        (_EU, ("USA", "USAGOV"), ("100", "101", "102", "105", "020", "026", "027"),
         "called on it to withdraw"),
        (("USAGOV", "USA"), _EU, ("110", "111", "112"), "had failed to comply"),
    ],
    also=[
        (_EU, ("IGO", "USA", "USAGOV"), ("030", "031", "036", "020", "028", "115", "020"),
         "would ask the World Trade"),
        (("USA", "USAGOV"), _EU, ("160", "163", "164", "172", "174"), "to impose 100 per cent duties"),
        (("USA", "USAGOV"), _EU, ("160", "163", "164"), "had acted because"),
    ],
    none=["The goods affected include", "Caribbean banana producers"],
    parties=[
        ("Commissioner Sir Leon Brittan", "Leon Brittan", _EU),
        ("Representative Charlene Barshefsky", "Charlene Barshefsky", ("USAGOV",)),
    ],
)

AFP_ESTRADA = Story(
    "afp_manila_estrada", "2001-01-20",
    """Estrada ousted as military withdraws support

MANILA, Jan 20 (AFP) - Philippine President Joseph Estrada left the presidential palace on Saturday, hours \
after the armed forces chief, General Angelo Reyes, and Defence Secretary Orlando Mercado joined hundreds of \
thousands of protesters and withdrew their support from the embattled leader.

Vice President Gloria Macapagal Arroyo was sworn in as president by Chief Justice Hilario Davide and \
pledged to unite the nation and to fight poverty and corruption.

Estrada, in a statement, questioned the legality of Arroyo's proclamation but said he was leaving the \
palace for the sake of peace.

The United States said it would work closely with the new government.

Estrada, a former film star, was elected in 1998 with the largest margin in the country's history.

The peso rose 4.5 percent against the dollar on hopes of political stability.
""",
    events=[
        (("PHLMIL", "PHLGOV"), ("PHLGOV", "PHLELI"), ("160", "161", "162", "164", "120", "140", "141", "111"),
         "withdrew their support"),
        (("PHLGOV", "PHLELI"), ("PHLGOV",), ("110", "111", "112", "120", "125", "128"),
         "questioned the legality"),
        (("USA", "USAGOV"), ("PHLGOV", "PHL"), ("030", "031", "032", "036", "050"), "would work closely"),
    ],
    also=[
        (("PHLMIL", "PHLGOV"), ("PHLGOV", "PHLELI"), ("140", "141", "111", "112"), "joined hundreds of"),
        (("PHLGOV",), ("PHL", "PHLCVL"), ("030", "031", "032", "034"), "pledged to unite"),
        (("PHLGOV", "PHLELI"), ("PHLGOV", "PHL"), ("080", "083", "0831"), "was leaving the"),
        (("PHLJUD",), ("PHLGOV",), ("050", "054", "057"), "was sworn in as president"),
    ],
    none=["Estrada, a former film star", "The peso rose 4.5 percent"],
    parties=[
        ("President Joseph Estrada", "Joseph Estrada", ("PHLGOV", "PHLELI")),
        ("General Angelo Reyes", "Angelo Reyes", ("PHLMIL", "PHLGOV")),
        ("Secretary Orlando Mercado", "Orlando Mercado", ("PHLGOV",)),
        ("Vice President Gloria Macapagal Arroyo", "Gloria Macapagal Arroyo", ("PHLGOV",)),
        ("Chief Justice Hilario Davide", "Hilario Davide", ("PHLJUD",)),
    ],
)

_DJP = ("KORPTY", "KORGOV")

YONHAP_JUNE29 = Story(
    "yonhap_seoul_june29", "1987-06-29",
    """Roh accepts direct presidential elections

SEOUL, June 29 (Yonhap) -- Roh Tae-woo, chairman of the ruling Democratic Justice Party and its \
presidential candidate, on Monday accepted the opposition's demand for a direct presidential election and \
called for the release of political prisoners including opposition leader Kim Dae-jung, in an eight-point \
declaration ending weeks of street protests.

Kim Young-sam, president of the opposition Reunification Democratic Party, welcomed the declaration as a \
victory for the people and said his party would join talks on a new constitution.

Roh said he would resign all his posts if President Chun Doo-hwan rejected the proposals.

Students and riot police clashed in Seoul for the 18th consecutive day on Friday, and more than 1,000 \
people were detained.

Chun came to power in a military coup in 1980. (END)
""",
    events=[
        (_DJP, ("KOROPP", "KORPTY"), ("080", "081", "083", "0831", "084", "086", "087"),
         "accepted the opposition's demand"),
        (_DJP, ("KORGOV", "KOR"), ("020", "023", "024", "025", "028", "100", "104"),
         "called for the release"),
        (("KOROPP", "KORPTY"), _DJP, ("050", "051", "013"), "welcomed the declaration"),
    ],
    also=[
        (("KOROPP", "KORPTY"), _DJP + ("KOR",), ("030", "031", "036", "032"), "would join talks"),
        (("KOREDU", "KOROPP", "KORCVL"), ("KORCOP", "KORGOV"), ("190", "193", "180", "145", "140", "141",
         "175"),
         "Students and riot police clashed"),
        (("KORCOP", "KORGOV"), ("KOREDU", "KOROPP", "KORCVL"), ("190", "193", "180", "145", "175", "173"),
         "Students and riot police clashed"),
        (("KOROPP", "KOREDU", "KORCVL"), _DJP, ("140", "141", "100", "104"),
         "ending weeks of street protests"),
    ],
    none=["Roh said he would resign all his posts if", "Chun came to power in a military coup"],
    parties=[
        ("Roh Tae-woo, chairman", "Roh Tae-woo", _DJP),
        ("opposition leader Kim Dae-jung", "Kim Dae-jung", ("KOROPP",)),
        ("Kim Young-sam, president", "Kim Young-sam", ("KOROPP", "KORPTY")),
        ("President Chun Doo-hwan", "Chun Doo-hwan", ("KORGOV",)),
    ],
)

_MMROPP = ("MMROPP", "MMRCVL", "MMREDU", "MMR")

UPI_RANGOON = Story(
    "upi_bangkok_sawmaung", "1988-09-18",
    """Burmese army seizes power

BANGKOK, Thailand (UPI) -- Burma's armed forces, led by Defense Minister Gen. Saw Maung, seized power \
Sunday, abolished all state organs and imposed a curfew, and troops opened fire on thousands of \
pro-democracy demonstrators in Rangoon, diplomats reached by telephone said.

State radio said the new State Law and Order Restoration Council would hold multiparty elections once law \
and order had been restored.

Opposition leaders Aung San Suu Kyi and former Defense Minister Tin Oo called on the soldiers not to shoot \
at unarmed people and urged the public to continue peaceful protests.

The U.S. State Department condemned the killings and said Washington had suspended economic aid to Burma.

Burma has been ruled by the army since Gen. Ne Win seized power in 1962.
""",
    events=[
        (("MMRMIL", "MMRGOV"), _MMROPP, ("180", "190", "193", "195", "175", "186"),
         "opened fire on thousands"),
        (("MMRMIL", "MMRGOV"), ("MMR", "MMRCVL") + _MMROPP, ("172", "170", "174"), "imposed a curfew"),
        (("MMROPP", "MMRELI"), ("MMRMIL", "MMRGOV"), ("020", "025", "026", "027", "028", "100", "101", "102"),
         "called on the soldiers"),
        (("USAGOV", "USA"), ("MMRMIL", "MMRGOV", "MMR"), ("110", "111", "112"), "condemned the killings"),
        (("USAGOV", "USA"), ("MMR", "MMRGOV", "MMRMIL"), ("160", "162", "163"), "had suspended economic aid"),
    ],
    also=[
        (("MMRMIL",), ("MMRGOV", "MMR", "MMRLEG"), ("172", "174", "180", "170"), "seized power"),
        (("MMRMIL",), ("MMRGOV", "MMR", "MMRLEG"), ("172", "174", "180", "170"), "Burmese army seizes power"),
        (("MMROPP", "MMRELI"), ("MMRCVL", "MMR", "MMROPP"), ("020", "025", "028"), "urged the public"),
    ],
    none=["would hold multiparty elections once", "Burma has been ruled by the army"],
    parties=[
        ("Defense Minister Gen. Saw Maung", "Saw Maung", ("MMRMIL", "MMRGOV")),
        ("Aung San Suu Kyi", "Aung San Suu Kyi", ("MMROPP",)),
        ("Defense Minister Tin Oo", "Tin Oo", ("MMROPP", "MMRELI")),
    ],
)


STORIES: list[Story] = [AP_SOFIA, INTERFAX_TBILISI, BBCM_KARABAKH, INTERFAX_DNIESTER, KYODO_BATKEN,
                        PTI_POKHRAN,
                        AP_CTBT, AFP_SANDLINE, AFP_SPEIGHT, TASS_DESERTFOX, PANA_LOCKERBIE, MENA_KHARTOUM,
                        REUTERS_ADDIS, AP_SABASABA, REUTERS_BOP, XINHUA_WINDHOEK, EFE_GUATEMALA, PL_HAVANA,
                        EFE_MADRID, REUTERS_PESO, DPA_BANANAS, AFP_ESTRADA, YONHAP_JUNE29, UPI_RANGOON]


if __name__ == "__main__":
    main(STORIES, "stories32")
