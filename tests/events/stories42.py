"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (fortieth session,
wip/stories42): ERA copy of 1985-2003 on the subjects the earlier twenty sets used least: nuclear
inspections and safeguards (the IAEA's special inspections in North Korea), airspace and maritime
incursions (the Soviet bomber over Okinawa, the Yellow Sea crab-season clash), a fishing dispute (the
Estai), a border demarcation commission (the Iraq-Kuwait line), diplomatic recognition and its withdrawal
(Seoul and Taipei, 1992), debt and the IMF (Kaunda's break with the Fund), famine relief blocked and
delivered (Massawa), mine clearance (Cambodia), a war crimes surrender (Blaskic), espionage expulsions
(London and Moscow, 1985; Tehran and London, 1987), a Security Council resolution vetoed (the Libya raid),
a ceasefire violated and its monitors (Sri Lanka, 2003), water and oil disputes (the Euphrates, Rumaila),
a state of emergency and detentions (Albania, 1997), a peace accord signed and its first breach (the
Lusaka Protocol), election observers' verdicts (Peru, 2000), asylum in an embassy (Fang Lizhi), military
exercises protested (the Taiwan Strait, Sea Breeze), summits' communiques (SAARC at Kathmandu) and a
truce zone's monitors seen through BBC Monitoring (Gali).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires (Reuters, AP,
AFP, UPI, Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI, KUNA, Yonhap, Itar-Tass, BBC Monitoring),
most without a year in the dateline as the agencies wrote them. Each holds reported speech, pronouns,
"the ministry"-style domestic actors, several actors of one country, and most an act told again that must
count once and background or furniture that must code nothing.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets'; expelled diplomats are 166 or 174 (the
documented probe "Russia expelled ten German diplomats" is 166), a violated airspace or sea line an
incursion (190) or a show of force (15x), a summons of an envoy with a protest disapproval (11x).

Run `python tests/events/stories42.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories42 at 16983e8a, main's code de39128c, before any change): of the 205 required events
91 were coded at country + root and 88 at actor + root; of the coded triples 94 were right, 8 accepted, 0
duplicated and 40 wrong; 1 of the 18 non-event paragraphs was coded; of 65 parties 58 were right, 5 wrong
and 2 unresolved. Corrected after the run, as writing errors against the written conventions (docs/events.md,
"Fortieth session: ... (wip/stories42)"): denials accept 016; a bare "denied the charge" is no act (moved to
`also`); a third party's report of an attack is the reporter's 112 (three rows); acts named by a noun in a
prepositional phrase are background (three rows moved to `also`); talks are 046 both ways. On the corrected
200 required events main reads 96 / 91; 97 / 10 / 0 / 35, the branch 99 / 94; 99 / 10 / 0 / 33.
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
_INTENT = ("030", "031", "032", "033", "036", "037", "038", "039")
_PRAISE = ("050", "051", "052", "055", "056", "057")
_THREAT = ("130", "131", "133", "138", "139")
_PROTEST = ("140", "141", "143", "144", "145")
_REDUCE = ("160", "161", "162", "163", "164", "166")
_COERCE = ("170", "172", "173", "174", "175")
_FIGHT = ("190", "191", "192", "193", "194", "195", "196")
_ASSAULT = ("180", "181", "182", "183", "186")
_YIELD = ("080", "081", "082", "083", "084", "085", "086", "087")
_COOP = ("060", "061", "062", "063", "064")
_AID = ("070", "071", "072", "073", "074", "075")
_SHOW = ("150", "151", "152", "153", "154")
_EXPEL = ("166", "174", "160", "161")
_USA = ("USA", "USAGOV")

_PRK = ("PRK", "PRKGOV")

REUTERS_VIENNA_IAEA = Story(
    "reuters_vienna_iaea_inspections", "1993-02-25",
    """IAEA gives North Korea a month to open suspect sites

VIENNA, Feb 25 (Reuters) - The board of governors of the International Atomic Energy Agency on Thursday \
demanded that North Korea allow special inspections of two suspected nuclear waste sites at Yongbyon within \
a month.

North Korea's delegation rejected the demand and said the two buildings were military installations that \
had nothing to do with nuclear activity. "We will never open our military bases to foreign inspectors," its \
chief delegate told reporters outside the meeting.

The delegation accused the agency of acting as a tool of the United States and warned that further pressure \
would have grave consequences.

IAEA Director-General Hans Blix said Pyongyang had allowed six rounds of routine inspections since last May, \
but that gaps between its declared plutonium output and the agency's samples had to be cleared up.

The United States welcomed the resolution and urged North Korea to comply. In Seoul, the Foreign Ministry \
said South Korea would consult closely with Washington and Tokyo on further steps.

Yongbyon, 90 km (55 miles) north of Pyongyang, houses a five-megawatt reactor and a large plant the agency \
calls a radiochemical laboratory.
""",
    events=[
        (_IGO, _PRK, _DEMAND + _APPEAL, "demanded that North Korea allow"),
        (_PRK, _IGO, _REJ, "rejected the demand"),
        (_PRK, _IGO, _CRIT, "accused the agency"),
        (_PRK, _IGO + _USA, _THREAT, "warned that further pressure"),
        (_USA, _IGO, _PRAISE, "welcomed the resolution"),
        (_USA, _PRK, _APPEAL + _DEMAND, "urged North Korea to comply"),
        (("KORGOV", "KOR"), _USA + ("JPN", "JPNGOV"), _MEET + _INTENT, "would consult closely"),
    ],
    also=[
        (_PRK, _IGO, _REJ + _THREAT, "We will never open"),
        (_PRK, _IGO, _YIELD + _COOP, "had allowed six rounds"),
        (_IGO, _PRK, _DEMAND + _APPEAL + _CRIT, "had to be cleared up"),
        (_IGO, _PRK, _DEMAND + _APPEAL, "IAEA gives North Korea"),
    ],
    none=["houses a five-megawatt reactor"],
    parties=[
        ("IAEA Director-General Hans Blix", "Hans Blix", ("IGOUNOIAE", "IGO")),
        ("North Korea's delegation", "North Korea", ("PRK", "PRKGOV")),
    ],
)

_JPN = ("JPN", "JPNGOV")
_USR = ("USR", "USRGOV", "USRMIL")

KYODO_TOKYO_AIRSPACE = Story(
    "kyodo_tokyo_soviet_bomber", "1987-12-09",
    """Japanese fighters fire warning shots at Soviet bomber

TOKYO, Dec. 9 Kyodo - Air Self-Defense Force fighters fired warning shots Wednesday at a Soviet military \
plane that violated Japanese airspace over Okinawa, the Defense Agency said, the first such shots since the \
force was founded in 1954.

The agency said the Soviet TU-16 bomber flew over Okinawa's main island and two nearby islands for several \
minutes and ignored repeated radio warnings to leave.

The Foreign Ministry summoned a minister at the Soviet Embassy and lodged a strong protest, calling the \
intrusion a grave violation of Japan's sovereignty.

Chief Cabinet Secretary Keizo Obuchi told a news conference that Japan had demanded an explanation from \
Moscow and assurances that such an incident would not be repeated.

The Soviet Embassy said the bomber had strayed off course because of a navigation failure and denied that \
it had meant to violate Japanese airspace.

Defense Agency officials said two F-4EJ Phantom jets scrambled from Naha fired bursts of tracer rounds \
after the bomber failed to respond to their signals.

Soviet military aircraft are detected approaching Japanese airspace several hundred times a year, according \
to agency figures.
""",
    events=[
        (("JPNMIL", "JPN", "JPNGOV"), _USR, _FIGHT + _SHOW + ("138", "130"), "fired warning shots"),
        (_USR, _JPN + ("JPNCVL",), _FIGHT + _SHOW, "that violated Japanese airspace"),
        (_JPN, _USR, _CRIT + ("160", "161"), "summoned a minister"),
        (_JPN, _USR, _CRIT, "calling the intrusion"),
        (_JPN, _USR, _DEMAND + _APPEAL, "had demanded an explanation"),
        (_USR, _JPN, _REJ + _STATE, "denied that it had meant"),
    ],
    also=[
        (("JPNMIL", "JPN", "JPNGOV"), _USR, _FIGHT + _SHOW + ("138", "130"), "fire warning shots"),
        (("JPNMIL", "JPN", "JPNGOV"), _USR, _FIGHT + _SHOW + ("138", "130"), "fired bursts of tracer"),
        (_USR, _JPN + ("JPNCVL",), _FIGHT + _SHOW, "flew over Okinawa's"),
        (_USR, _JPN + ("JPNMIL",), _REJ, "ignored repeated radio warnings"),
        (_USR, ("JPNMIL", "JPN"), _REJ, "failed to respond"),
        (_JPN, _USR, _CRIT, "lodged a strong protest"),
        (_USR, _JPN, _STATE, "had strayed off course"),
    ],
    none=["are detected approaching Japanese airspace"],
    parties=[
        ("Chief Cabinet Secretary Keizo Obuchi", "Keizo Obuchi", ("JPNGOV",)),
        ("The Soviet Embassy said", "The Soviet Embassy", ("USRGOV", "USR")),
    ],
)

_KOR = ("KOR", "KORGOV", "KORMIL")
_PRKALL = ("PRK", "PRKGOV", "PRKMIL")

YONHAP_SEOUL_NLL = Story(
    "yonhap_seoul_yellow_sea_clash", "1999-06-15",
    """N. Korean torpedo boat sunk in Yellow Sea gunfight

SEOUL, June 15 (Yonhap) -- South Korean warships sank a North Korean torpedo boat and damaged five other \
vessels in a 14-minute exchange of fire in the Yellow Sea on Tuesday, the Joint Chiefs of Staff said.

The clash came after North Korean patrol boats crossed the Northern Limit Line, the de facto sea border, \
for the ninth straight day to escort crab-fishing boats in waters off Yonpyong Island.

A JCS spokesman said the North Korean boats opened fire first when South Korean patrol craft tried to push \
them back by ramming their sterns. Seven South Korean sailors were wounded.

Defense Minister Cho Sung-tae told the National Assembly the military would respond firmly to any further \
intrusion and ordered troops along the land border on full alert.

Pyongyang's official Korean Central News Agency accused the South of a "premeditated armed provocation" in \
North Korean waters and demanded an apology and compensation.

The United Nations Command proposed general-level talks at Panmunjom to defuse the tension, and North \
Korea accepted, a UNC spokesman said.

The Northern Limit Line was drawn by the U.N. Command after the 1950-53 Korean War.
""",
    events=[
        (_KOR, _PRKALL, _FIGHT + _ASSAULT, "sank a North Korean torpedo boat"),
        (_PRKALL, _KOR + ("KORCVL",), _FIGHT + _SHOW, "crossed the Northern Limit Line"),
        (_KOR, _PRKALL, _CRIT, "opened fire first"),
        (_KOR, _PRKALL, _THREAT, "would respond firmly"),
        (_PRK, _KOR, _CRIT, "accused the South"),
        (_PRK, _KOR, _DEMAND + _APPEAL, "demanded an apology"),
        (_IGO, _PRK + _KOR, _INTENT + _MEET + _APPEAL, "proposed general-level talks"),
        (_PRK, _IGO, ("081", "080", "084", "030", "031", "036", "040", "043", "046", "057"),
         "North Korea accepted"),
    ],
    also=[
        (_KOR, _PRKALL, _FIGHT + _ASSAULT, "torpedo boat sunk"),
        (_KOR, _PRKALL, _FIGHT + _COERCE + _SHOW, "tried to push"),
        (("KORGOV", "KOR"), ("KORMIL",), _SHOW + ("150",), "ordered troops"),
    ],
    none=["was drawn by the U.N. Command"],
    parties=[
        ("Defense Minister Cho Sung-tae", "Cho Sung-tae", ("KORGOV",)),
        ("Korean Central News Agency", "Korean Central News Agency", ("PRKGOV", "PRKMED", "PRK")),
    ],
)

_ESP = ("ESP", "ESPGOV")
_CAN = ("CAN", "CANGOV")

EFE_MADRID_ESTAI = Story(
    "efe_madrid_estai_trawler", "1995-03-10",
    """Spain sends patrol boat after Canada seizes trawler

MADRID, March 10 (EFE) - Spain on Friday sent a navy patrol boat to the fishing grounds off Newfoundland \
after Canadian fisheries officers seized the Spanish trawler Estai in international waters, Foreign Minister \
Javier Solana said.

Canadian patrol vessels fired warning bursts across the Estai's bow on Thursday before armed officers \
boarded it 245 nautical miles from the coast and escorted it to St. John's, where its captain was \
arrested.

Solana called the seizure an act of piracy and a flagrant violation of international law, and summoned the \
Canadian ambassador to demand the release of the ship and its crew of 49.

Canadian Fisheries Minister Brian Tobin said the trawler had been fishing Greenland halibut in breach of a \
moratorium and that Canada would not allow foreign fleets to strip the stocks.

The European Union's fisheries commissioner, Emma Bonino, condemned the boarding and said the Union was \
suspending contacts with Ottawa on a new trade agreement.

Spanish fishermen's associations in Vigo said they would block Canadian goods at the port if the crew was \
not freed.

The dispute over Greenland halibut, or turbot, has strained relations between Ottawa and Madrid for months.
""",
    events=[
        (_ESP + ("ESPMIL",), _CAN, _SHOW + ("138",), "sent a navy patrol boat"),
        (_CAN + ("CANMIL", "CANCOP"), _ESP + ("ESPCVL", "ESPBUS"), _COERCE + _FIGHT,
         "seized the Spanish trawler"),
        (_CAN + ("CANMIL", "CANCOP"), _ESP + ("ESPCVL", "ESPBUS"), _FIGHT + _SHOW + ("138",),
         "fired warning bursts"),
        (_CAN + ("CANCOP",), ("ESPCVL", "ESPBUS", "ESP"), ("173", "170"), "was arrested"),
        (_ESP, _CAN, _CRIT, "called the seizure"),
        (_ESP, _CAN, _DEMAND + _APPEAL + _CRIT, "summoned the Canadian ambassador"),
        (_CAN, _ESP + ("ESPCVL", "ESPBUS"), _CRIT, "had been fishing Greenland halibut"),
        (_IGO, _CAN, _CRIT, "condemned the boarding"),
        (_IGO, _CAN, _REDUCE, "was suspending contacts"),
        (("ESPBUS", "ESPLAB", "ESPCVL", "ESP"), ("CAN", "CANGOV", "CANBUS"), _THREAT + _PROTEST,
         "would block Canadian goods"),
    ],
    also=[
        (_CAN + ("CANMIL", "CANCOP"), _ESP + ("ESPCVL", "ESPBUS"), _COERCE + _FIGHT, "Canada seizes trawler"),
        (_CAN + ("CANMIL", "CANCOP"), _ESP + ("ESPCVL", "ESPBUS"), _COERCE + _FIGHT, "boarded it"),
        (_CAN, _ESP + ("ESPCVL", "ESPBUS"), _THREAT + _REJ, "would not allow foreign fleets"),
        (_ESP + ("ESPMIL",), _CAN, _SHOW + ("138",), "Spain sends patrol boat"),
    ],
    none=["has strained relations between Ottawa and Madrid"],
    parties=[
        ("Foreign Minister Javier Solana", "Javier Solana", ("ESPGOV",)),
        ("Canadian Fisheries Minister Brian Tobin", "Brian Tobin", ("CANGOV",)),
        ("fisheries commissioner, Emma Bonino", "Emma Bonino", ("IGO",)),
    ],
)

_KWT = ("KWT", "KWTGOV")
_IRQ = ("IRQ", "IRQGOV")

KUNA_KUWAIT_BORDER = Story(
    "kuna_kuwait_demarcation", "1993-05-28",
    """Kuwait hails Security Council endorsement of border line

KUWAIT, May 28 (KUNA) - Kuwait on Friday welcomed the U.N. Security Council's unanimous approval of the \
final demarcation of its border with Iraq, calling it a guarantee of the country's security and \
sovereignty.

The Council's resolution endorsed the work of the U.N. Iraq-Kuwait Boundary Demarcation Commission, which \
fixed the land and offshore boundary after two years of surveys, and demanded that Iraq respect the \
line.

Foreign Minister Sheikh Sabah al-Ahmad al-Jaber al-Sabah thanked the Council members and said Kuwait would \
cooperate fully with the U.N. observer mission along the border.

Baghdad has rejected the commission's findings, saying the new line took away part of the Umm Qasr naval \
base and oil wells in the Rumaila field. Iraq's Foreign Minister Mohammed Saeed al-Sahaf called the \
demarcation an act of aggression imposed by the United States.

Kuwait's National Assembly speaker, Ahmed al-Saadoun, urged the Council to take firm measures against any \
Iraqi violation of the border.

Iraq invaded Kuwait in August 1990 and was driven out by a U.S.-led coalition in February 1991.
""",
    events=[
        (_KWT, _IGO, _PRAISE, "welcomed the U.N. Security Council"),
        (_IGO, _IRQ, _DEMAND + _APPEAL, "demanded that Iraq respect"),
        (_KWT, _IGO, _PRAISE, "thanked the Council members"),
        (_KWT, _IGO, _INTENT + _COOP, "would cooperate fully"),
        (_IRQ, _IGO, _REJ, "has rejected the commission"),
        (_IRQ, _USA + _IGO, _CRIT, "called the demarcation an act"),
        (("KWTLEG", "KWT", "KWTGOV"), _IGO, _APPEAL + _DEMAND, "urged the Council"),
    ],
    also=[
        (_KWT, _IGO, _PRAISE, "Kuwait hails Security Council"),
        (_IGO, _KWT + _IRQ, ("057", "050", "051", "060", "061"), "endorsed the work"),
        (_IRQ, _IGO + _KWT, _CRIT, "took away part of"),
        (_IRQ, _KWT, _FIGHT + _ASSAULT, "Iraq invaded Kuwait"),
        (("USA", "USAMIL", "IGO"), _IRQ, _FIGHT, "was driven out"),
    ],
    none=[],
    parties=[
        ("Sheikh Sabah al-Ahmad al-Jaber al-Sabah", "Sheikh Sabah al-Ahmad al-Jaber al-Sabah", ("KWTGOV",)),
        ("Mohammed Saeed al-Sahaf", "Mohammed Saeed al-Sahaf", ("IRQGOV",)),
        ("speaker, Ahmed al-Saadoun", "Ahmed al-Saadoun", ("KWTLEG",)),
    ],
)

_TWN = ("TWN", "TWNGOV")
_KORG = ("KOR", "KORGOV")
_CHN = ("CHN", "CHNGOV")

AP_TAIPEI_RECOGNITION = Story(
    "ap_taipei_seoul_recognition", "1992-08-22",
    """Taiwan cuts ties with South Korea as Seoul recognizes Beijing

TAIPEI, Taiwan (AP) - Taiwan broke diplomatic relations with South Korea on Saturday, hours before Seoul \
was to establish formal ties with China, and accused its old anti-communist ally of betrayal.

Foreign Minister Frederick Chien said Seoul had "abandoned a friend of 43 years" and announced that Taiwan \
would suspend flights by South Korean airlines and review its trade preferences.

About 200 protesters burned South Korean flags outside the embassy in Taipei and pelted it with eggs, \
police said. Embassy staff lowered the Taiwanese flag in Seoul.

South Korean Foreign Minister Lee Sang-ock, who will sign the agreement in Beijing on Monday, said Seoul \
regretted Taiwan's decision and hoped to keep unofficial trade and cultural links.

China's Foreign Ministry welcomed the move and said relations with Seoul would help peace on the Korean \
peninsula.

South Korea was the last Asian country to recognize Taipei as the government of China.
""",
    events=[
        (_TWN, _KORG, ("161", "160"), "broke diplomatic relations"),
        (_KORG, _CHN, ("057", "050", "051", "030", "031", "036", "064"), "was to establish formal ties"),
        (_TWN, _KORG, _CRIT, "accused its old anti-communist ally"),
        (_TWN, _KORG, _CRIT, "had \"abandoned a friend"),
        (_TWN, _KORG + ("KORBUS",), _REDUCE + _THREAT, "would suspend flights"),
        (("TWNCVL", "TWN", "TWNOPP"), _KORG, _PROTEST + _ASSAULT, "burned South Korean flags"),
        (_KORG, _TWN, _CRIT + ("055", "010", "012"), "regretted Taiwan's decision"),
        (_KORG, _TWN, _INTENT + ("010", "012"), "hoped to keep unofficial"),
        (_CHN, _KORG, _PRAISE, "welcomed the move"),
    ],
    also=[
        (_TWN, _KORG, ("161", "160"), "Taiwan cuts ties"),
        (_KORG, _CHN, ("057", "050", "051", "030", "031", "036", "064"), "Seoul recognizes Beijing"),
        (_KORG, _CHN, ("057", "050", "051", "030", "031", "036", "064", "040"), "will sign the agreement"),
        (_TWN, _KORG, _REDUCE + _THREAT, "review its trade preferences"),
        (_CHN, _KORG, ("010", "012", "051"), "would help peace"),
        (("TWNCVL", "TWN"), _KORG, _PROTEST + _ASSAULT, "pelted it with eggs"),
    ],
    none=["was the last Asian country"],
    parties=[
        ("Foreign Minister Frederick Chien", "Frederick Chien", ("TWNGOV",)),
        ("South Korean Foreign Minister Lee Sang-ock", "Lee Sang-ock", ("KORGOV",)),
    ],
)

_ZMB = ("ZMB", "ZMBGOV")

REUTERS_LUSAKA_IMF = Story(
    "reuters_lusaka_imf_break", "1987-05-01",
    """Kaunda breaks with IMF, limits debt payments

LUSAKA, May 1 (Reuters) - President Kenneth Kaunda on Friday scrapped Zambia's economic recovery programme \
with the International Monetary Fund and said the country would limit payments on its foreign debt to 10 \
per cent of its export earnings.

In a May Day speech to trade unionists in Lusaka, Kaunda said the Fund's prescriptions of currency auctions \
and higher food prices had brought misery to ordinary Zambians. "We cannot go on starving our people to \
pay our creditors," he said.

Kaunda blamed the IMF for December's food riots on the Copperbelt, in which at least 15 people were killed, \
and accused Western creditors of ignoring the collapse of copper prices.

Finance Minister Gibson Chigaga told reporters the government would fix the kwacha's exchange rate and \
restore maize meal subsidies, and that Zambia remained ready to talk to its creditors.

Western diplomats said the move would cut Zambia off from new loans from the Fund and the World Bank and \
from debt rescheduling by the Paris Club of creditor governments.

An IMF spokesman in Washington declined to comment.

Zambia owes more than $5 billion abroad, and copper provides over 90 per cent of its export income.
""",
    events=[
        (_ZMB, _IGO, ("160", "161", "162", "163", "164", "166", "120", "125", "128"), "scrapped Zambia's"),
        (_ZMB, _IGO + ("WST",), ("120", "125", "128", "160", "030"), "would limit payments"),
        (_ZMB, _IGO, _CRIT, "had brought misery"),
        (_ZMB, _IGO, _CRIT, "blamed the IMF"),
        (_ZMB, ("WST", "WSTGOV", "IGO", "WSTBUS"), _CRIT, "accused Western creditors"),
        (_ZMB, _IGO + ("WST", "WSTGOV"), _INTENT + _MEET, "remained ready to talk"),
    ],
    also=[
        (_ZMB, _IGO, ("160", "161", "162", "163", "164", "166", "120"), "Kaunda breaks with IMF"),
        (_ZMB, _IGO + ("WST",), ("120", "125", "128", "160"), "limits debt payments"),
        (_ZMB, _IGO + ("WST",), _REJ + _CRIT, "We cannot go on"),
        (_IGO + ("WST",), _ZMB, ("162", "160", "163"), "would cut Zambia off"),
    ],
    none=["Zambia owes more than $5 billion"],
    parties=[
        ("President Kenneth Kaunda", "Kenneth Kaunda", ("ZMBGOV",)),
        ("Finance Minister Gibson Chigaga", "Gibson Chigaga", ("ZMBGOV",)),
        ("he said.", "he", ("ZMBGOV",)),
    ],
)

_ETH = ("ETH", "ETHGOV", "ETHMIL")
_EPLF = ("ERIREB", "ETHREB", "ERI", "ERIOPP")

AP_ADDIS_MASSAWA = Story(
    "ap_addis_massawa_relief", "1990-06-08",
    """Ethiopia, rebels agree to let food through Massawa

ADDIS ABABA, Ethiopia (AP) - The Ethiopian government and Eritrean rebels agreed on Friday to let relief \
ships unload grain at the Red Sea port of Massawa, ending a four-month blockade that aid agencies said left \
two million people facing starvation.

The U.N. World Food Program said its first ship, carrying 10,000 tons of wheat, would dock within a week and \
that trucks would carry the grain to famine areas in Eritrea and Tigre under the Red Cross flag.

The Eritrean People's Liberation Front captured Massawa in February. Government warplanes have bombed the \
port repeatedly since then, destroying warehouses of grain, and the rebels refused to let government-hired \
ships use the harbor.

Foreign Minister Berhanu Bayih said the government would halt air raids on the port while the food was \
unloaded but warned the rebels against using the truce to bring in arms.

EPLF spokesman Yemane Kidane said in Khartoum that the front welcomed the accord but accused the government \
of having used hunger as a weapon for years.

The United States, which brokered the deal, urged both sides to keep the port open.

Ethiopia's famine of 1984-85 killed an estimated one million people.
""",
    events=[
        (_ETH + _EPLF, _ETH + _EPLF, ("057", "081", "086", "083", "080", "030", "031"), "agreed on Friday"),
        (_IGO, ("ETHCVL", "ERICVL", "ETH", "ERI", "ETHREB", "ERIREB"), _AID + _INTENT,
         "would dock within a week"),
        (_ETH, _EPLF + ("ERICVL", "ETHCVL"), _FIGHT, "have bombed the port"),
        (_EPLF, _ETH, _REJ + ("163", "160", "172"), "refused to let"),
        (_ETH, _EPLF, ("083", "087", "080", "081", "030", "031", "082"), "would halt air raids"),
        (_ETH, _EPLF, _THREAT + _DEMAND + _CRIT, "warned the rebels"),
        (_EPLF, _ETH, _PRAISE, "welcomed the accord"),
        (_EPLF, _ETH, _CRIT, "accused the government"),
        (_USA, _ETH + _EPLF, _APPEAL + _DEMAND, "urged both sides"),
    ],
    also=[
        (_ETH + _EPLF, _ETH + _EPLF, ("057", "081", "086", "083", "080"), "agree to let food"),
        (_EPLF, _ETH, _FIGHT + _ASSAULT, "captured Massawa"),
        (_USA, _ETH + _EPLF, _MEET + ("057",), "brokered the deal"),
        (_IGO, ("ETHCVL", "ERICVL", "ETH", "ERI"), _AID, "would carry the grain"),
    ],
    none=["killed an estimated one million"],
    parties=[
        ("Foreign Minister Berhanu Bayih", "Berhanu Bayih", ("ETHGOV",)),
        ("EPLF spokesman Yemane Kidane", "Yemane Kidane", _EPLF),
    ],
)

_KHM = ("KHM", "KHMGOV")
_KR = ("KHMREB",)

DPA_PHNOM_PENH_MINES = Story(
    "dpa_phnom_penh_deminers", "1992-11-20",
    """Khmer Rouge accused of laying new mines as UN deminers killed

PHNOM PENH, Nov 20 (dpa) - The U.N. Transitional Authority in Cambodia (UNTAC) on Friday accused the \
Khmer Rouge of laying fresh mines on roads in the western province of Battambang, a day after two \
Cambodian deminers working for the U.N. were killed by a mine there.

UNTAC spokesman Eric Falt said the guerrillas had mined a stretch of road that U.N. teams had cleared only \
last month. "This is a deliberate attempt to stop refugees from going home," he said.

The Khmer Rouge's radio denied the charge and said the mines had been laid by troops of the Phnom Penh \
government.

Falt said the U.N. would not suspend its mine-clearing programme and called on all four Cambodian factions \
to hand over maps of their minefields.

Prime Minister Hun Sen said his government had given its maps to the U.N. and urged UNTAC to punish the \
Khmer Rouge for violating the Paris peace accords.

Britain announced it would send 20 more army mine-clearance instructors to train Cambodian teams, the \
British embassy said.

An estimated four million mines lie buried in Cambodia, the legacy of two decades of war.
""",
    events=[
        (_IGO, _KR, _CRIT, "accused the Khmer Rouge"),
        (_IGO, _KR, _CRIT, "had mined a stretch"),
        (_KR, _KHM + ("KHMMIL",), _CRIT, "had been laid by troops"),
        (_IGO, _KHM + _KR + ("KHM",), _APPEAL + _DEMAND, "called on all four"),
        (_KHM, _IGO, ("081", "083", "084", "070", "060", "061", "064", "080"), "had given its maps"),
        (_KHM, _IGO, _APPEAL + _DEMAND, "urged UNTAC to punish"),
        (_KHM, _KR, _CRIT, "for violating the Paris"),
        (("GBR", "GBRGOV", "GBRMIL"), _KHM + ("KHMCVL", "KHMMIL"), _AID + _INTENT, "would send 20 more"),
    ],
    also=[
        (_IGO, _KR, _CRIT, "Khmer Rouge accused of laying"),
        (_IGO, _KR, _CRIT, "This is a deliberate attempt"),
        (_IGO, _KR + _KHM, _REJ + _INTENT, "would not suspend"),
        (_KR, _IGO, _REJ + ("016", "010", "012"), "denied the charge"),
    ],
    none=["An estimated four million mines"],
    parties=[
        ("UNTAC spokesman Eric Falt", "Eric Falt", ("IGO", "IGOUNO")),
        ("Prime Minister Hun Sen", "Hun Sen", ("KHMGOV",)),
        ("he said.", "he", ("IGO", "IGOUNO")),
    ],
)

_HRV = ("HRV", "HRVGOV")
_BIH = ("BIH", "BIHGOV")

REUTERS_HAGUE_BLASKIC = Story(
    "reuters_hague_blaskic_surrender", "1996-04-01",
    """Bosnian Croat general surrenders to war crimes tribunal

THE HAGUE, April 1 (Reuters) - Bosnian Croat General Tihomir Blaskic surrendered to the U.N. war crimes \
tribunal on Monday, becoming the most senior officer to appear in The Hague to answer charges of atrocities \
in the Bosnian war.

Blaskic, indicted in February for the massacre of Moslem civilians in the Lasva valley in 1993, flew from \
Zagreb on a Croatian government plane and was taken to the tribunal's detention unit.

Croatian President Franjo Tudjman had promoted Blaskic to inspector-general of the Croatian army after the \
indictment, prompting the United States to threaten sanctions against Zagreb.

Chief prosecutor Richard Goldstone welcomed the surrender and urged Serbia and the Bosnian Serbs to hand \
over the suspects they were sheltering, including Radovan Karadzic and General Ratko Mladic.

The Bosnian government praised Croatia for cooperating with the court. Karadzic's Bosnian Serb leadership \
said it would never extradite Serbs to a tribunal it called an instrument of anti-Serb policy.

The tribunal has indicted 57 people, but only three others are in custody.
""",
    events=[
        (("HRVMIL", "HRV", "BIHMIL", "BIH", "HRVELI", "BIHREB"), _IGO, ("081", "083", "084", "080", "086"),
         "surrendered to the U.N. war crimes"),
        (_IGO, ("HRVMIL", "HRV", "BIHMIL", "BIH", "HRVELI", "BIHREB"), ("112", "110", "111", "173", "170"),
         "indicted in February"),
        (("USA", "USAGOV"), _HRV, ("163", "130", "131", "160"), "to threaten sanctions"),
        (_IGO, ("HRVMIL", "HRV", "BIHMIL", "BIH", "HRVELI", "HRVGOV"), _PRAISE, "welcomed the surrender"),
        (_IGO, ("SRB", "SRBGOV", "YUG", "YUGGOV", "BIHREB", "BIHSRB", "SRBREB"), _DEMAND + _APPEAL,
         "urged Serbia and the Bosnian Serbs"),
        (_BIH, _HRV, _PRAISE, "praised Croatia"),
        (("BIHREB", "BIHSRB", "SRBREB", "BIHGOV"), _IGO, _REJ, "would never extradite"),
        (("BIHREB", "BIHSRB", "SRBREB", "BIHGOV"), _IGO, _CRIT, "called an instrument"),
    ],
    also=[
        (("HRVMIL", "HRV", "BIHMIL", "BIH", "HRVELI", "BIHREB"), _IGO, ("081", "083", "084", "080", "086"),
         "general surrenders"),
        (_HRV, ("HRVMIL", "HRV", "BIHMIL", "HRVELI"), ("050", "051", "057", "061"), "had promoted Blaskic"),
        (("HRVMIL", "HRV", "BIHMIL", "BIH", "BIHREB"), ("BIHCVL", "BIH"), _ASSAULT, "for the massacre"),
        (_IGO, ("HRVMIL", "HRV", "BIHMIL", "BIH", "HRVELI"), ("173", "170", "174"), "was taken to the"),
    ],
    none=["has indicted 57 people"],
    parties=[
        ("General Tihomir Blaskic", "Tihomir Blaskic", ("HRVMIL", "BIHMIL", "HRV", "BIHREB")),
        ("Croatian President Franjo Tudjman", "Franjo Tudjman", ("HRVGOV",)),
        ("Chief prosecutor Richard Goldstone", "Richard Goldstone", ("IGO",)),
    ],
)

_GBR = ("GBR", "GBRGOV")
_USRG = ("USR", "USRGOV")

TASS_MOSCOW_EXPULSIONS = Story(
    "tass_moscow_25_britons", "1985-09-14",
    """Soviet Union expels 25 Britons in reply to London's action

MOSCOW, September 14 TASS - The Soviet Union has ordered 25 British citizens, among them diplomats and \
journalists, to leave the country within three weeks in response to the expulsion of 25 Soviet officials \
from Britain.

The British ambassador, Sir Bryan Cartledge, was summoned to the USSR Ministry of Foreign Affairs on \
Saturday, where a statement was handed to him. The statement said London's action was a hostile and \
provocative step aimed at wrecking Soviet-British relations.

The British side expelled the Soviet officials on Thursday on the basis of claims by a traitor, a former \
Soviet official who had defected to the British special services, the statement said.

The statement warned that the Soviet Union would respond firmly to any further unfriendly actions and \
said the full responsibility for the consequences rested with the British government.

In London, Foreign Secretary Sir Geoffrey Howe said Britain deeply regretted the Soviet decision and \
that the 25 Soviet citizens had been engaged in intelligence activities.

Soviet-British trade talks that were to open in Moscow next month will go ahead, a Soviet trade official \
said.
""",
    events=[
        (_USRG, _GBR + ("GBRMED", "GBRCVL"), _EXPEL, "has ordered 25 British"),
        (_USRG, _GBR, _CRIT + ("160", "161"), "was summoned to the USSR"),
        (_USRG, _GBR, _CRIT, "was a hostile and provocative"),
        (_USRG, _GBR, _THREAT, "would respond firmly"),
        (_USRG, _GBR, _CRIT, "the full responsibility"),
        (_GBR, _USRG, _CRIT + ("055",), "deeply regretted"),
        (_GBR, _USRG + ("USRCVL", "USRSPY"), _CRIT, "had been engaged in intelligence"),
    ],
    also=[
        (_USRG, _GBR + ("GBRMED", "GBRCVL"), _EXPEL, "expels 25 Britons"),
        (_GBR, _USRG, _EXPEL, "expelled the Soviet officials"),
        (_GBR, _USRG, _EXPEL, "London's action"),
        (_USRG, _GBR, _CRIT, "on the basis of claims"),
        (("USRGOV", "USRBUS", "USR"), _GBR, _MEET + _INTENT, "will go ahead"),
        (_GBR, _USRG + ("USRBUS",), _MEET + _INTENT, "will go ahead"),
        (_GBR, _USRG, _EXPEL, "in response to the expulsion"),
    ],
    none=[],
    parties=[
        ("The British ambassador, Sir Bryan Cartledge", "Sir Bryan Cartledge", ("GBRGOV",)),
        ("Foreign Secretary Sir Geoffrey Howe", "Sir Geoffrey Howe", ("GBRGOV",)),
    ],
)

_LBY = ("LBY", "LBYGOV")

UPI_UN_LIBYA_VETO = Story(
    "upi_un_libya_raid_veto", "1986-04-22",
    """U.S., Britain, France veto censure of Libya raid

UNITED NATIONS (UPI) -- The United States, Britain and France on Monday night vetoed a Security Council \
resolution that would have condemned last week's American air raids on Libya.

The draft, sponsored by five non-aligned members, won nine votes. Australia and Denmark voted against it and \
Venezuela abstained.

U.S. Ambassador Vernon Walters told the council the raids on Tripoli and Benghazi were an act of \
self-defense against Libyan terrorism and said the resolution ignored Col. Moammar Gadhafi's campaign of \
attacks on Americans.

Libya's envoy, Ali Treiki, called the vetoes a license for aggression and accused Washington of \
murdering women and children in their homes.

Soviet Ambassador Yuri Dubinin said the United States had trampled on the U.N. Charter and demanded that \
Washington pay compensation to Libya.

The U.S. raids on April 15 killed at least 37 people, according to Libyan figures, including Gadhafi's \
adopted baby daughter.

The council has met almost daily since the raids at the request of Libya and the non-aligned movement.
""",
    events=[
        (_USA + ("GBR", "GBRGOV", "FRA", "FRAGOV"), _IGO + _LBY, ("120", "121", "122", "124", "125", "128",
                                                                  "163", "160"), "vetoed a Security Council"),
        (("AUS", "AUSGOV", "DNK", "DNKGOV"), _IGO + _LBY, _REJ + ("010", "012"), "voted against it"),
        (_USA, _LBY, _CRIT + ("010", "012"), "were an act of self-defense"),
        (_USA, _LBY, _CRIT, "Gadhafi's campaign"),
        (_LBY, _USA + ("GBR", "FRA", "GBRGOV", "FRAGOV"), _CRIT, "called the vetoes a license"),
        (_LBY, _USA, _CRIT, "accused Washington"),
        (("USR", "USRGOV"), _USA, _CRIT, "had trampled on"),
        (("USR", "USRGOV"), _USA, _DEMAND + _APPEAL, "demanded that Washington pay"),
    ],
    also=[
        (_USA + ("GBR", "GBRGOV", "FRA", "FRAGOV"), _IGO + _LBY, ("120", "121", "122", "124", "125", "128",
                                                                  "163"), "veto censure"),
        (_USA + ("USAMIL",), _LBY + ("LBYCVL",), _FIGHT + _ASSAULT, "American air raids on Libya"),
        (_USA + ("USAMIL",), _LBY + ("LBYCVL",), _FIGHT + _ASSAULT, "The U.S. raids on April 15"),
        (("VEN", "VENGOV"), _IGO + _LBY, ("010", "012", "120"), "Venezuela abstained"),
        (_IGO, _USA, _CRIT, "would have condemned"),
    ],
    none=["has met almost daily"],
    parties=[
        ("U.S. Ambassador Vernon Walters", "Vernon Walters", ("USAGOV",)),
        ("Libya's envoy, Ali Treiki", "Ali Treiki", ("LBYGOV",)),
        ("Soviet Ambassador Yuri Dubinin", "Yuri Dubinin", ("USRGOV",)),
    ],
)

_LKA = ("LKA", "LKAGOV", "LKAMIL")
_LTTE = ("LKAREB", "LKAINS")
_SLMM = ("IGO", "NOR", "NORGOV", "SCN", "NGO")

AFP_COLOMBO_MONITORS = Story(
    "afp_colombo_truce_monitors", "2003-03-11",
    """Truce monitors blame Tamil Tigers for sea clash

COLOMBO, March 11 (AFP) - Nordic truce monitors on Tuesday blamed the Tamil Tiger rebels for a sea battle \
off Sri Lanka's east coast in which the navy sank a rebel vessel, calling it a serious violation of the \
ceasefire.

The Sri Lanka Monitoring Mission said a Tiger ship had fired on a navy patrol off Delft island on Monday and \
the navy had returned fire, sinking the vessel and killing its crew of 11.

The mission's head, retired Norwegian general Trond Furuhovde, said the rebels had refused to let monitors \
board the ship when the navy intercepted it, and urged both sides to respect the year-old truce.

The Liberation Tigers of Tamil Eelam rejected the finding and accused the navy of attacking an unarmed \
merchant ship in international waters. The rebels said they would raise the incident at peace talks in \
Japan next week.

Defence Minister Tilak Marapana said the government remained committed to the ceasefire but that the navy \
would not allow the rebels to smuggle arms.

Norway, which brokered the truce in February last year, said it would send a special envoy to Colombo.

More than 60,000 people have been killed in the island's ethnic conflict since 1972.
""",
    events=[
        (_SLMM, _LTTE, _CRIT, "blamed the Tamil Tiger rebels"),
        (("LKAMIL", "LKA", "LKAGOV"), _LTTE, _FIGHT + _ASSAULT, "the navy sank a rebel vessel"),
        (_SLMM, _LTTE, _CRIT, "had fired on a navy patrol"),
        (_LTTE, _SLMM, _REJ, "had refused to let monitors"),
        (_SLMM, _LKA + _LTTE, _APPEAL + _DEMAND, "urged both sides"),
        (_LTTE, _SLMM, _REJ, "rejected the finding"),
        (_LTTE, ("LKAMIL", "LKA"), _CRIT, "accused the navy"),
        (_LKA, _LTTE, _INTENT + ("010", "012", "120", "128"), "remained committed"),
        (("NOR", "NORGOV"), ("LKA", "LKAGOV"), _MEET + _INTENT + _AID, "would send a special envoy"),
    ],
    also=[
        (_SLMM, _LTTE, _CRIT, "Truce monitors blame"),
        (_SLMM, _LTTE, _CRIT, "calling it a serious violation"),
        (("LKAMIL", "LKA"), _LTTE, _FIGHT + _ASSAULT, "had returned fire"),
        (("LKAMIL", "LKA"), _LTTE, _COERCE + _FIGHT, "intercepted it"),
        (_LTTE, _LKA, _INTENT + _MEET, "would raise the incident"),
        (("LKAMIL", "LKA", "LKAGOV"), _LTTE, _THREAT + _REJ, "would not allow the rebels"),
        (("NOR", "NORGOV"), _LKA + _LTTE, _MEET + ("057",), "brokered the truce"),
    ],
    none=["have been killed in the island's ethnic conflict"],
    parties=[
        ("retired Norwegian general Trond Furuhovde", "Trond Furuhovde", _SLMM),
        ("Defence Minister Tilak Marapana", "Tilak Marapana", ("LKAGOV",)),
    ],
)

_SYR = ("SYR", "SYRGOV")
_TUR = ("TUR", "TURGOV")
_IRQW = ("IRQ", "IRQGOV")

AFP_DAMASCUS_EUPHRATES = Story(
    "afp_damascus_euphrates", "1990-01-16",
    """Syria, Iraq protest as Turkey stops Euphrates to fill dam

DAMASCUS, Jan 16 (AFP) - Syria on Tuesday protested to Turkey over its decision to cut the flow of the \
Euphrates river for a month to fill the reservoir of the giant Ataturk dam, saying the move threatened \
drinking water and crops for millions of people.

The official news agency SANA said Foreign Minister Farouq al-Shara had summoned the Turkish ambassador and \
demanded that Ankara release at least 500 cubic metres of water a second, as agreed in a 1987 protocol.

In Baghdad, the Iraqi government accused Turkey of violating international law on shared rivers and called \
for an urgent meeting of the three countries' joint technical committee.

Turkish Foreign Ministry spokesman Murat Sungar rejected the protests, saying Turkey had informed its \
neighbours in November and had released extra water in advance to make up for the stoppage.

"Turkey has no intention of harming anybody," Sungar told reporters in Ankara. He said Turkish engineers \
would resume the flow on February 13.

Syria and Iraq, which are bitter rivals, have rarely made common cause. Iraqi and Syrian officials met in \
Damascus last week to coordinate their position, a diplomat said.

The dam is the centrepiece of a $21 billion project to irrigate south-eastern Anatolia.
""",
    events=[
        (_SYR, _TUR, _CRIT + _PROTEST, "protested to Turkey"),
        (_SYR, _TUR, _CRIT + ("160",), "had summoned the Turkish ambassador"),
        (_SYR, _TUR, _DEMAND + _APPEAL, "demanded that Ankara release"),
        (_IRQW, _TUR, _CRIT, "accused Turkey of violating"),
        (_IRQW, _TUR + _SYR, _APPEAL + _DEMAND + _INTENT + _MEET, "called for an urgent meeting"),
        (_TUR, _SYR + _IRQW, _REJ, "rejected the protests"),
        (_TUR, _SYR + _IRQW, ("010", "012", "013", "016", "017", "018", "125"), "has no intention"),
        (_IRQW + _SYR, _SYR + _IRQW, _MEET + ("061", "064"), "met in Damascus last week"),
    ],
    also=[
        (_SYR + _IRQW, _TUR, _CRIT + _PROTEST, "Syria, Iraq protest"),
        (_TUR, _SYR + _IRQW, ("160", "162", "163", "172", "175"), "Turkey stops Euphrates"),
        (_SYR, _TUR, _CRIT, "saying the move threatened"),
        (_TUR, _SYR + _IRQW, ("070", "071", "073", "080", "081", "030", "031", "010", "017", "012"),
         "had informed its neighbours"),
        (_TUR, _SYR + _IRQW, ("070", "071", "073", "080", "081", "083", "030", "031"),
         "had released extra water"),
        (_TUR, _SYR + _IRQW, ("030", "031", "080", "081", "083", "086"), "would resume the flow"),
        (_SYR + _IRQW, _SYR + _IRQW, _COOP + _MEET, "have rarely made common cause"),
        (_TUR, _SYR + _IRQW + ("SYRCVL", "IRQCVL"), ("160", "162", "163", "172", "175", "030", "036"),
         "decision to cut the flow"),
    ],
    none=["is the centrepiece of a $21 billion"],
    parties=[
        ("Foreign Minister Farouq al-Shara", "Farouq al-Shara", ("SYRGOV",)),
        ("spokesman Murat Sungar", "Murat Sungar", ("TURGOV",)),
        ("He said Turkish engineers", "He", ("TURGOV",)),
    ],
)

_IRQO = ("IRQ", "IRQGOV")
_KWTO = ("KWT", "KWTGOV")

MENA_CAIRO_RUMAILA = Story(
    "mena_cairo_rumaila_oil", "1990-07-24",
    """Mubarak shuttles between Baghdad and Kuwait to ease oil row

CAIRO, July 24 (MENA) - President Hosni Mubarak flew to Baghdad and then to Kuwait on Tuesday in an effort \
to contain the dispute between Iraq and Kuwait over oil prices and the Rumaila oil field.

Mubarak held talks with Iraqi President Saddam Hussein for three hours and later met the Emir of Kuwait, \
Sheikh Jaber al-Ahmad al-Sabah, presidential spokesman said. He said both leaders had agreed to settle the \
dispute through dialogue.

In a memorandum to the Arab League last week, Iraq accused Kuwait of stealing $2.4 billion worth of oil from \
the southern part of the Rumaila field and of flooding the market to drive down prices.

Kuwait has rejected the charges as baseless and said it would not give up any part of its territory. It \
asked the Arab League to form a committee to settle the border issue.

Iraqi Foreign Minister Tareq Aziz said on Monday that Kuwait's policy of overproduction amounted to \
aggression against Iraq and demanded that Kuwait write off Iraq's wartime debts.

Arab League Secretary-General Chedli Klibi said the League was ready to mediate.

Rumaila, one of the largest oil fields in the region, straddles the border between the two countries.
""",
    events=[
        (("EGY", "EGYGOV"), _IRQO + _KWTO, _MEET, "flew to Baghdad"),
        (("EGY", "EGYGOV"), _IRQO, _MEET, "held talks with Iraqi President"),
        (("EGY", "EGYGOV"), _KWTO, _MEET, "met the Emir of Kuwait"),
        (_IRQO + _KWTO, _KWTO + _IRQO, _INTENT + ("057", "081"), "had agreed to settle"),
        (_IRQO, _KWTO, _CRIT, "accused Kuwait of stealing"),
        (_KWTO, _IRQO, _REJ + ("016",), "has rejected the charges"),
        (_KWTO, _IRQO, _REJ, "would not give up"),
        (_KWTO, _IGO, _APPEAL + _DEMAND, "asked the Arab League"),
        (_IRQO, _KWTO, _CRIT, "amounted to aggression"),
        (_IRQO, _KWTO, _DEMAND + _APPEAL, "demanded that Kuwait write off"),
        (_IGO, _IRQO + _KWTO, _INTENT + ("036", "039"), "was ready to mediate"),
    ],
    also=[
        (("EGY", "EGYGOV"), _IRQO + _KWTO, _MEET, "Mubarak shuttles"),
        (_IRQO, _KWTO, _CRIT, "of flooding the market"),
        (("EGY", "EGYGOV"), _IRQO + _KWTO, _MEET + ("036", "039"), "in an effort to contain"),
    ],
    none=["straddles the border"],
    parties=[
        ("President Hosni Mubarak", "Hosni Mubarak", ("EGYGOV",)),
        ("Iraqi President Saddam Hussein", "Saddam Hussein", ("IRQGOV",)),
        ("Iraqi Foreign Minister Tareq Aziz", "Tareq Aziz", ("IRQGOV",)),
        ("Secretary-General Chedli Klibi", "Chedli Klibi", ("IGO",)),
    ],
)

_ALB = ("ALB", "ALBGOV")
_ALBOPP = ("ALBOPP", "ALBREB", "ALBCVL", "ALBPTY")

ANSA_TIRANA_EMERGENCY = Story(
    "ansa_tirana_state_of_emergency", "1997-03-03",
    """Albania declares state of emergency, journalists detained

TIRANA, March 3 (ANSA) - Albania's parliament on Sunday night declared a state of emergency across the \
country after armed rebels seized the southern port of Vlore, and President Sali Berisha was re-elected for \
a second five-year term hours later.

Under the emergency, the secret police were given powers to shoot looters and to detain suspects without \
charge, and a dusk-to-dawn curfew was imposed. All public gatherings were banned.

Police detained at least ten journalists on Monday, among them the editor of the opposition daily Koha Jone, \
whose offices were burned down during the night, colleagues said.

The opposition Socialist Party accused Berisha of staging a coup against the constitution and called on the \
international community to intervene.

Italian Foreign Minister Lamberto Dini said the emergency was no answer to the crisis and urged Berisha to \
open a dialogue with the opposition. Italy has placed its navy on alert in the Adriatic.

Berisha said in a broadcast that he would not negotiate with "red terrorists" and ordered the army to crush \
the revolt in the south.

The unrest began in January after the collapse of pyramid savings schemes in which Albanians lost more than \
$1 billion.
""",
    events=[
        (("ALBLEG", "ALB", "ALBGOV"), _ALBOPP + ("ALB",), ("170", "172", "175", "174"),
         "declared a state of emergency"),
        (_ALBOPP, ("ALBCVL", "ALB", "ALBGOV"), _FIGHT + _ASSAULT + ("180",), "seized the southern port"),
        (("ALBCOP", "ALB", "ALBGOV"), ("ALBMED", "ALBCVL", "ALBOPP"), ("173", "170"),
         "detained at least ten journalists"),
        (_ALBOPP + ("ALBPTY",), ("ALBGOV",), _CRIT, "accused Berisha"),
        (_ALBOPP + ("ALBPTY",), _IGO + ("WST",), _APPEAL, "called on the international"),
        (("ITA", "ITAGOV"), _ALB, _CRIT, "was no answer"),
        (("ITA", "ITAGOV"), _ALB, _APPEAL + _DEMAND, "urged Berisha"),
        (_ALB, _ALBOPP, _REJ, "would not negotiate"),
        # (the army ordered is Berisha's hands, not the order's aim: lead29's convention, a writing error of
        # this row corrected by wip/stories43)
        (_ALB, _ALBOPP, ("170", "172", "175", "190", "193", "138", "150"),
         "ordered the army to crush"),
    ],
    also=[
        (("ALBLEG", "ALB", "ALBGOV"), _ALBOPP + ("ALB",), ("170", "172", "175", "174"), "declares state of"),
        (("ALBLEG", "ALB"), ("ALBGOV",), ("050", "051", "057", "061"), "was re-elected"),
        (("ALB", "ALBGOV", "ALBCOP"), _ALBOPP + ("ALBCVL",), ("172", "175", "170"), "were given powers"),
        (("ALB", "ALBGOV", "ALBCOP"), _ALBOPP + ("ALBCVL", "ALB"), ("172", "175", "170"), "was imposed"),
        (("ALB", "ALBGOV", "ALBCOP"), _ALBOPP + ("ALBCVL", "ALB"), ("172", "175", "170"), "were banned"),
        (("ITA", "ITAGOV", "ITAMIL"), _ALB, _SHOW + ("150",), "has placed its navy"),
        (_ALB, _ALBOPP, _CRIT, "red terrorists"),
    ],
    none=["The unrest began in January"],
    parties=[
        ("President Sali Berisha", "Sali Berisha", ("ALBGOV",)),
        ("Italian Foreign Minister Lamberto Dini", "Lamberto Dini", ("ITAGOV",)),
        ("he would not negotiate", "he", ("ALBGOV",)),
    ],
)

_AGO = ("AGO", "AGOGOV", "AGOMIL")
_UNITA = ("AGOREB",)

AFP_LUANDA_LUSAKA = Story(
    "afp_luanda_lusaka_protocol", "1994-11-22",
    """Fighting in Huambo a day after Angola peace deal signed

LUANDA, Nov 22 (AFP) - Government troops and UNITA rebels clashed near Huambo on Monday, a day after the two \
sides signed a peace accord in Lusaka meant to end 19 years of civil war, the U.N. said.

U.N. special envoy Alioune Blondin Beye said he had received reports of artillery fire around the central \
highland city and called on both parties to respect the ceasefire, which takes effect formally on \
Tuesday.

UNITA's radio Vorgan accused the army of launching an offensive on its positions at Bailundo, UNITA's \
headquarters, and warned that the rebels would defend themselves.

Defence Minister Pedro Sebastiao denied that government forces had attacked and said UNITA troops had \
shelled the outskirts of Huambo.

The accord was signed on Sunday by Foreign Minister Venancio de Moura and UNITA secretary-general Eugenio \
Manuvakola. UNITA leader Jonas Savimbi, who did not attend, sent a message pledging to honour it.

The United States, Russia and Portugal, the three observer countries, urged both sides to halt the fighting.

The last peace accord, signed in 1991, collapsed after Savimbi rejected his defeat in elections in 1992.
""",
    events=[
        (_AGO + _UNITA, _UNITA + _AGO, _FIGHT, "clashed near Huambo"),
        (_AGO + _UNITA, _UNITA + _AGO, ("057", "081", "086", "087"), "signed a peace accord in Lusaka"),
        (_IGO, _AGO + _UNITA, _APPEAL + _DEMAND, "called on both parties"),
        (_UNITA, _AGO, _CRIT, "accused the army"),
        (_UNITA, _AGO, _THREAT + ("138",), "warned that the rebels would defend"),
        (("AGOGOV", "AGO"), _UNITA, _REJ + ("016", "010", "012"), "denied that government forces"),
        (("AGOGOV", "AGO"), _UNITA, _CRIT, "had shelled"),
        (_UNITA, _AGO, _INTENT + ("057",), "pledging to honour"),
        (_USA + ("RUS", "RUSGOV", "PRT", "PRTGOV"), _AGO + _UNITA, _APPEAL + _DEMAND, "urged both sides"),
    ],
    also=[
        (_AGO + _UNITA, _UNITA + _AGO, _FIGHT, "Fighting in Huambo"),
        (_AGO + _UNITA, _UNITA + _AGO, ("057", "081", "086", "087"), "Angola peace deal signed"),
        (_AGO + _UNITA, _UNITA + _AGO, ("057", "081", "086", "087"), "The accord was signed"),
        (_AGO, _UNITA, _FIGHT, "launching an offensive"),
        (_UNITA, _AGO, _FIGHT, "UNITA troops had shelled"),
        (_UNITA, _AGO + _IGO, _REJ, "rejected his defeat"),
    ],
    none=[],
    parties=[
        ("envoy Alioune Blondin Beye", "Alioune Blondin Beye", _IGO),
        ("Defence Minister Pedro Sebastiao", "Pedro Sebastiao", ("AGOGOV",)),
        ("UNITA leader Jonas Savimbi", "Jonas Savimbi", _UNITA),
    ],
)

_PER = ("PER", "PERGOV")
_PEROPP = ("PEROPP", "PERPTY", "PERELI")

EFE_LIMA_OBSERVERS = Story(
    "efe_lima_oas_observers", "2000-05-26",
    """OAS observers quit Peru runoff, call it irregular

LIMA, May 26 (EFE) - Election observers of the Organization of American States withdrew from Peru on Friday, \
two days before Sunday's presidential runoff, saying the electoral authority had refused to postpone the \
vote to test its computer system.

The head of the OAS mission, former Guatemalan foreign minister Eduardo Stein, said the conditions for a \
free and fair election did not exist and that the mission could not endorse the result.

Opposition candidate Alejandro Toledo, who has withdrawn from the race, called on Peruvians to spoil their \
ballots and announced a march on the capital for the day of President Alberto Fujimori's inauguration.

Fujimori said the observers had overstepped their mandate and accused Toledo of trying to provoke a foreign \
intervention in Peru.

The U.S. State Department said it was deeply concerned and warned that a flawed vote would affect \
Washington's relations with Lima. The Carter Center also pulled out its observers.

The National Election Board said the runoff would go ahead as scheduled.
""",
    events=[
        (_IGO, _PER, _REDUCE + ("166", "160"), "withdrew from Peru"),
        (_PER, _IGO, _REJ, "had refused to postpone"),
        (_IGO, _PER, _CRIT, "did not exist"),
        (_PEROPP, ("PERCVL", "PER"), _APPEAL, "called on Peruvians"),
        (_PEROPP, _PER, _PROTEST + _THREAT + _INTENT, "announced a march"),
        (_PER, _IGO, _CRIT, "had overstepped their mandate"),
        (_PER, _PEROPP, _CRIT, "accused Toledo"),
        (_USA, _PER, _CRIT, "was deeply concerned"),
        (_USA, _PER, _THREAT, "warned that a flawed vote"),
    ],
    also=[
        (_IGO, _PER, _REDUCE + ("166", "160"), "OAS observers quit"),
        (_IGO, _PER, _CRIT, "call it irregular"),
        (_IGO, _PER, _REJ + _CRIT, "could not endorse"),
        (("NGO", "USANGO", "USA"), _PER, _REDUCE + ("166", "160"), "pulled out its observers"),
        (_PEROPP, _PER, _REJ + ("160",), "has withdrawn from the race"),
    ],
    none=["would go ahead as scheduled"],
    parties=[
        ("former Guatemalan foreign minister Eduardo Stein", "Eduardo Stein", ("IGO", "GTMELI")),
        ("Opposition candidate Alejandro Toledo", "Alejandro Toledo", _PEROPP),
        ("President Alberto Fujimori", "Alberto Fujimori", ("PERGOV",)),
    ],
)

_CHNG = ("CHN", "CHNGOV")
_FANG = ("CHNOPP", "CHNEDU", "CHNCVL", "CHNELI", "CHNACT", "CHNSCI")

AP_BEIJING_FANG = Story(
    "ap_beijing_fang_lizhi_asylum", "1989-06-12",
    """China orders arrest of dissident sheltered in U.S. Embassy

BEIJING (AP) - China on Monday ordered the arrest of astrophysicist Fang Lizhi and his wife, who have taken \
refuge in the U.S. Embassy, and demanded that the United States hand them over.

A Foreign Ministry statement said the embassy's decision to shelter the couple was interference in China's \
internal affairs and a violation of international law. It said Fang had committed crimes of \
counterrevolutionary propaganda and incitement.

The State Department in Washington said the United States would not surrender Fang and his wife, Li Shuxian, \
who entered the embassy last Monday, and that they would stay as long as their lives were in danger.

Ambassador James Lilley met Deputy Foreign Minister Zhu Qizhen on Sunday to discuss the case, an embassy \
spokesman said. He gave no details.

Chinese troops have posted plainclothes police around the embassy compound and stopped and searched cars \
leaving it, Western diplomats said.

Fang, 53, has long called for democracy and was expelled from the Communist Party in 1987.
""",
    events=[
        (_CHNG + ("CHNJUD", "CHNCOP"), _FANG, ("173", "170", "172"), "ordered the arrest"),
        (_CHNG, _USA, _DEMAND + _APPEAL, "demanded that the United States hand"),
        (_CHNG, _USA, _CRIT, "was interference"),
        (_CHNG, _FANG, _CRIT, "had committed crimes"),
        (_USA, _CHNG, _REJ, "would not surrender"),
        (_USA, _FANG, _AID + ("075", "083"), "would stay as long"),
        (_USA, _CHNG, _MEET, "met Deputy Foreign Minister"),
        (("CHNMIL", "CHN", "CHNCOP", "CHNGOV"), _USA + ("USACVL",), _COERCE + _SHOW, "stopped and searched"),
    ],
    also=[
        (_CHNG + ("CHNJUD", "CHNCOP"), _FANG, ("173", "170", "172"), "China orders arrest"),
        (_USA, _FANG, _AID + ("075",), "sheltered in U.S. Embassy"),
        (_USA, _FANG, _AID + ("075",), "decision to shelter"),
        (("CHNMIL", "CHN", "CHNCOP", "CHNGOV"), _USA + ("USACVL",), _COERCE + _SHOW,
         "have posted plainclothes"),
        (_FANG, _USA, ("020", "021", "022", "023", "028", "040", "043"), "who entered the embassy"),
        (_FANG, _CHNG, _DEMAND + _APPEAL + _PROTEST + _CRIT, "has long called for democracy"),
        (("CHNPTY", "CHNGOV", "CHN"), _FANG, ("174", "160", "166", "172", "111"), "was expelled from the"),
    ],
    none=[],
    parties=[
        ("astrophysicist Fang Lizhi", "Fang Lizhi", _FANG),
        ("Ambassador James Lilley", "James Lilley", ("USAGOV",)),
        ("Deputy Foreign Minister Zhu Qizhen", "Zhu Qizhen", ("CHNGOV",)),
    ],
)

_CHNM = ("CHN", "CHNGOV", "CHNMIL")
_TWNX = ("TWN", "TWNGOV")

XINHUA_BEIJING_EXERCISES = Story(
    "xinhua_beijing_missile_exercises", "1996-03-09",
    """PLA to hold live-ammunition exercises in Taiwan Strait

BEIJING, March 9 (Xinhua) -- The Chinese People's Liberation Army will hold naval and air exercises with \
live ammunition in the southern part of the Taiwan Strait from March 12 to 20, Xinhua News Agency was \
authorized to announce today.

Ships and aircraft of other countries are advised not to enter the designated sea area and air space during \
the period, the announcement said.

Foreign Ministry spokesman Shen Guofang told a news briefing that the exercises were a normal training \
activity and that no foreign country had the right to interfere. He criticized the Taiwan authorities for \
splitting activities aimed at creating "two Chinas".

Shen rejected remarks by U.S. officials who had called the missile tests off Keelung and Kaohsiung reckless, \
and said the United States should stop selling advanced weapons to Taiwan.

In Taipei, Taiwan's defense ministry put its forces on alert and protested that the exercises were an \
attempt to intimidate voters before the March 23 presidential election.

Chinese missiles splashed down in two target zones off the island's ports on Friday.

The Taiwan Strait is about 150 km wide at its narrowest point.
""",
    events=[
        (_CHNM, _TWNX, _SHOW + _THREAT + ("138",), "will hold naval and air exercises"),
        (_CHNM, ("IGO", "USA", "JPN", "---", ""), _DEMAND + _APPEAL + _THREAT, "are advised not to enter"),
        (_CHNG, _USA + ("WST",), _REJ + _CRIT, "no foreign country had the right"),
        (_CHNG, _TWNX, _CRIT, "criticized the Taiwan authorities"),
        (_CHNG, _USA, _REJ, "rejected remarks"),
        (_USA, _CHNM, _CRIT, "had called the missile tests"),
        (_CHNG, _USA, _DEMAND + _APPEAL, "should stop selling"),
        (("TWNMIL", "TWNGOV", "TWN"), _CHNM, _SHOW + ("150",), "put its forces on alert"),
        (("TWNMIL", "TWNGOV", "TWN"), _CHNM, _CRIT + _PROTEST, "protested that the exercises"),
    ],
    also=[
        (_CHNM, _TWNX, _SHOW + _THREAT + ("138",), "PLA to hold"),
        (_CHNM, _TWNX + ("TWNCVL",), _SHOW + _THREAT + _FIGHT, "missiles splashed down"),
        (_CHNM, _TWNX + ("TWNCVL",), _THREAT + _COERCE, "to intimidate voters"),
    ],
    none=["is about 150 km wide"],
    parties=[
        ("Foreign Ministry spokesman Shen Guofang", "Shen Guofang", ("CHNGOV",)),
        ("He criticized", "He", ("CHNGOV",)),
    ],
)

_RUS = ("RUS", "RUSGOV")
_UKR = ("UKR", "UKRGOV")
_NATO = ("IGO", "IGOWSTNAT", "NATO")

ITARTASS_SEA_BREEZE = Story(
    "itartass_moscow_sea_breeze", "1997-08-26",
    """Moscow protests NATO exercise off Crimea

MOSCOW, August 26 (Itar-Tass) - Russia's Foreign Ministry on Tuesday expressed serious concern over the Sea \
Breeze-97 naval exercise that NATO and Ukraine are holding off the Crimean coast and said it ran counter to \
the spirit of the Russia-NATO Founding Act.

Ministry spokesman Gennady Tarasov told a briefing that Moscow had warned Kiev that the manoeuvres could \
complicate the final division of the Black Sea Fleet. The original scenario, which envisaged putting down a \
separatist revolt in Crimea, was "frankly provocative", he said.

The State Duma adopted a resolution calling on the government to reconsider military cooperation with \
Ukraine if the exercise went ahead. Communist deputies staged a picket outside the Ukrainian embassy.

In Kiev, the Ukrainian Foreign Ministry rejected the criticism, saying the exercise was a humanitarian \
rescue drill under the Partnership for Peace programme and was aimed at no third country.

Ships of the Russian Black Sea Fleet declined an invitation to take part.

About 20 ships from the United States, Turkey, Ukraine and other countries are taking part in the \
two-week exercise.
""",
    events=[
        (_RUS, _NATO + _UKR, _CRIT, "expressed serious concern"),
        (_RUS, _NATO + _UKR, _CRIT, "ran counter to"),
        (_RUS, _UKR, _THREAT + _CRIT, "had warned Kiev"),
        (_RUS, _NATO + _UKR, _CRIT, "frankly provocative"),
        (("RUSLEG",), ("RUSGOV", "RUS"), _APPEAL + _DEMAND, "calling on the government"),
        (("RUSLEG", "RUSPTY", "RUSOPP"), _UKR, _PROTEST, "staged a picket"),
        (_UKR, _RUS, _REJ, "rejected the criticism"),
        (("RUSMIL", "RUS", "RUSGOV"), _NATO + _UKR, _REJ, "declined an invitation"),
    ],
    also=[
        (_RUS, _NATO + _UKR, _CRIT + _PROTEST, "Moscow protests NATO"),
        (("RUSLEG",), _UKR, _THREAT + _REDUCE, "to reconsider military cooperation"),
        (_NATO + _UKR + _USA + ("TUR", "TURMIL", "UKRMIL", "USAMIL"), _NATO + _UKR + _USA + ("TUR",),
         _COOP + ("062", "064", "150"), "are taking part"),
        (_UKR, _NATO + _RUS, ("010", "012", "013", "017"), "was aimed at no third"),
    ],
    none=[],
    parties=[
        ("Ministry spokesman Gennady Tarasov", "Gennady Tarasov", ("RUSGOV",)),
        ("The State Duma", "The State Duma", ("RUSLEG",)),
    ],
)

_IND = ("IND", "INDGOV")
_PAK = ("PAK", "PAKGOV")
_SAARC = ("IGO", "IND", "PAK", "BGD", "LKA", "NPL", "BTN", "MDV")

PTI_KATHMANDU_SAARC = Story(
    "pti_kathmandu_saarc_summit", "1987-11-04",
    """SAARC summit adopts convention on terrorism

KATHMANDU, Nov 4 (PTI) - Leaders of the seven South Asian countries on Wednesday signed a regional \
convention on the suppression of terrorism and agreed to set up a food security reserve, at the end of the \
third summit of the South Asian Association for Regional Cooperation.

The Kathmandu Declaration, issued at the close of the three-day summit, called on the nuclear powers to halt \
testing and urged the developed countries to ease the debt burden of the poorer nations of the region.

Prime Minister Rajiv Gandhi met Pakistan's Prime Minister Mohammad Khan Junejo on the sidelines of the \
summit and discussed the tension along the border in the Siachen glacier area, Indian officials said.

Mr Gandhi told a news conference that India wanted good-neighbourly relations with Pakistan but would not \
tolerate support from across the border to terrorists in Punjab.

Pakistan's Foreign Minister Zain Noorani denied that Islamabad was helping Sikh militants and said Pakistan \
was ready to hold talks on all outstanding issues.

Sri Lankan President J.R. Jayewardene thanked India for its role in the July accord on the island's Tamil \
conflict.

The next summit will be held in Islamabad in 1988.
""",
    events=[
        (_SAARC + ("INDGOV", "PAKGOV"), _SAARC, ("057", "061", "064", "030", "031"), "signed a regional"),
        (_IGO + _SAARC, ("---", "", "USA", "USR", "WST"), _APPEAL + _DEMAND, "called on the nuclear powers"),
        (_IGO + _SAARC, ("WST", "WSTGOV", "---", ""), _APPEAL + _DEMAND, "urged the developed countries"),
        (_IND, _PAK, _MEET, "met Pakistan's Prime Minister"),
        (_IND, _PAK, _INTENT + ("010", "012"), "wanted good-neighbourly relations"),
        (_IND, _PAK, _THREAT + _CRIT + _REJ, "would not tolerate support"),
        (_PAK, _IND, _REJ + ("016", "010", "012"), "denied that Islamabad"),
        (_PAK, _IND, _INTENT + _MEET, "was ready to hold talks"),
        (("LKA", "LKAGOV"), _IND, _PRAISE, "thanked India"),
    ],
    also=[
        (_SAARC, _SAARC, ("057", "061", "064", "030", "031"), "adopts convention"),
        (_SAARC + ("INDGOV", "PAKGOV"), _SAARC, ("057", "061", "064", "030", "031"), "agreed to set up"),
        (_IND + _PAK, _PAK + _IND, _MEET, "discussed the tension"),
        (_IGO + _SAARC, _SAARC, ("010", "012", "017"), "The Kathmandu Declaration"),
    ],
    none=["The next summit will be held"],
    parties=[
        ("Prime Minister Rajiv Gandhi", "Rajiv Gandhi", ("INDGOV",)),
        ("Prime Minister Mohammad Khan Junejo", "Mohammad Khan Junejo", ("PAKGOV",)),
        ("Foreign Minister Zain Noorani", "Zain Noorani", ("PAKGOV",)),
        ("President J.R. Jayewardene", "J.R. Jayewardene", ("LKAGOV",)),
    ],
)

_IRN = ("IRN", "IRNGOV")
_GBRI = ("GBR", "GBRGOV")

IRNA_TEHRAN_CHAPLIN = Story(
    "irna_tehran_chaplin_expulsion", "1987-06-04",
    """Iran expels British envoy in tit-for-tat move

TEHRAN, June 4 (IRNA) -- The Islamic Republic of Iran has ordered the British charge d'affaires, Edward \
Chaplin, to leave the country within seven days in retaliation for the expulsion of five Iranian diplomats \
from London, the Foreign Ministry announced on Thursday.

The ministry said the British government had mounted a "hostile campaign" against Iran after Manchester \
police arrested an Iranian consular official, Ahmad Ghassemi, on a false charge of shoplifting last month.

It said Britain bore full responsibility for the deterioration of relations and demanded the release of \
Ghassemi, who it said had been beaten by British police.

Foreign Minister Ali Akbar Velayati told IRNA that the Islamic Republic sought no confrontation with \
Britain but would not accept humiliation of its diplomats.

The ministry also denied British charges that Chaplin had been beaten by Revolutionary Guards when he was \
detained for several hours last week, saying he had been questioned in accordance with the law.

Iran's consulate in Manchester is to be closed, the ministry said.
""",
    events=[
        (_IRN, _GBRI, _EXPEL, "has ordered the British charge"),
        (_IRN, _GBRI, _CRIT, "had mounted a \"hostile campaign\""),
        (("GBRCOP", "GBR", "GBRGOV"), _IRN, ("173", "170"), "police arrested an Iranian"),
        (_IRN, _GBRI, _CRIT, "bore full responsibility"),
        (_IRN, _GBRI, _DEMAND + _APPEAL, "demanded the release"),
        (_IRN, ("GBRCOP", "GBR", "GBRGOV"), _CRIT, "had been beaten"),
        (_IRN, _GBRI, _REJ + _INTENT, "would not accept humiliation"),
        (_IRN, _GBRI, _REJ + ("016", "010", "012"), "denied British charges"),
    ],
    also=[
        (_IRN, _GBRI, _EXPEL, "Iran expels British envoy"),
        (_IRN, _GBRI, ("010", "012", "013", "016", "030"), "sought no confrontation"),
        (("IRNMIL", "IRN", "IRNGOV"), _GBRI, ("173", "170", "180", "181"), "when he was detained"),
        (_IRN, _GBRI, _CRIT, "on a false charge"),
        (_GBRI + ("GBRCOP",), _IRN, _REDUCE + ("172",), "is to be closed"),
        (_IRN, _GBRI, _REDUCE + ("172",), "is to be closed"),
        (_GBRI, _IRN, _EXPEL, "for the expulsion of five"),
    ],
    none=[],
    parties=[
        ("charge d'affaires, Edward Chaplin", "Edward Chaplin", ("GBRGOV",)),
        ("Foreign Minister Ali Akbar Velayati", "Ali Akbar Velayati", ("IRNGOV",)),
        ("an Iranian consular official, Ahmad Ghassemi", "Ahmad Ghassemi", ("IRNGOV",)),
    ],
)

_GEO = ("GEO", "GEOGOV", "GEOMIL")
_ABK = ("GEOREB", "ABK")

BBC_GALI = Story(
    "bbcm_tbilisi_gali_fighting", "1998-05-22",
    """Georgia: Shevardnadze accuses Russian peacekeepers over Gali fighting

Text of report by Georgian radio on 22 May

Georgian head of state Eduard Shevardnadze has accused Russian peacekeepers in the Gali District of \
standing by while Abkhaz forces burned Georgian villages, and has demanded that the CIS peacekeeping mandate \
be changed.

Speaking on his weekly radio interview, Shevardnadze said Abkhaz units backed by armour had driven thousands \
of Georgian refugees out of Gali District since Monday. He called the operation ethnic cleansing.

Shevardnadze said he had telephoned Russian President Boris Yeltsin and asked him to order the peacekeepers \
to halt the Abkhaz advance. He said Georgia would not use force but would appeal to the UN Security \
Council.

The Abkhaz leader, Vladislav Ardzinba, said his forces had only pursued Georgian guerrillas who had attacked \
Abkhaz police posts, and accused Tbilisi of sending the partisans.

UN military observers in the zone said they had suspended patrols after two of their vehicles came under \
fire, the radio said.

[Source: Georgian Radio, Tbilisi, in Georgian 1100 gmt 22 May 98]
""",
    events=[
        (("GEOGOV", "GEO"), ("RUSMIL", "RUS", "IGO", "RUSGOV"), _CRIT, "has accused Russian peacekeepers"),
        (("GEOGOV", "GEO"), ("RUS", "RUSGOV", "IGO", "RUSMIL"), _DEMAND + _APPEAL,
         "has demanded that the CIS"),
        (("GEOGOV", "GEO"), _ABK, _CRIT, "had driven thousands"),
        (("GEOGOV", "GEO"), _ABK, _CRIT, "called the operation"),
        (("GEOGOV", "GEO"), ("RUS", "RUSGOV"), _MEET + ("040", "041"), "had telephoned Russian President"),
        (("GEOGOV", "GEO"), ("RUS", "RUSGOV"), _APPEAL + _DEMAND, "asked him to order"),
        (("GEOGOV", "GEO"), _ABK, _INTENT + ("120", "128", "010", "012"), "would not use force"),
        (("GEOGOV", "GEO"), _IGO, _APPEAL + _INTENT, "would appeal to the UN"),
        (_ABK, ("GEOGOV", "GEO"), _CRIT, "accused Tbilisi"),
        (_IGO, ("GEO", "GEOREB", "ABK"), ("160", "166", "080", "081", "082", "087"), "had suspended patrols"),
    ],
    also=[
        (("GEOGOV", "GEO"), ("RUSMIL", "RUS", "IGO", "RUSGOV"), _CRIT, "Shevardnadze accuses Russian"),
        (("GEOREB", "GEO", "GEOCVL", "GEOMIL"), _ABK, _ASSAULT + _FIGHT, "had attacked Abkhaz police"),
        (_ABK, ("GEOREB", "GEO", "GEOCVL", "GEOMIL"), _FIGHT + _COERCE, "had only pursued"),
        (_ABK, ("GEOCVL", "GEO"), _ASSAULT + _FIGHT + ("171", "1712"), "burned Georgian villages"),
    ],
    none=["Source: Georgian Radio"],
    parties=[
        ("Georgian head of state Eduard Shevardnadze", "Eduard Shevardnadze", ("GEOGOV",)),
        ("Russian President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("The Abkhaz leader, Vladislav Ardzinba", "Vladislav Ardzinba", _ABK),
    ],
)


STORIES: list[Story] = [REUTERS_VIENNA_IAEA, KYODO_TOKYO_AIRSPACE, YONHAP_SEOUL_NLL, EFE_MADRID_ESTAI,
                        KUNA_KUWAIT_BORDER, AP_TAIPEI_RECOGNITION, REUTERS_LUSAKA_IMF, AP_ADDIS_MASSAWA,
                        DPA_PHNOM_PENH_MINES, REUTERS_HAGUE_BLASKIC, TASS_MOSCOW_EXPULSIONS,
                        UPI_UN_LIBYA_VETO, AFP_COLOMBO_MONITORS, AFP_DAMASCUS_EUPHRATES, MENA_CAIRO_RUMAILA,
                        ANSA_TIRANA_EMERGENCY, AFP_LUANDA_LUSAKA, EFE_LIMA_OBSERVERS, AP_BEIJING_FANG,
                        XINHUA_BEIJING_EXERCISES, ITARTASS_SEA_BREEZE, PTI_KATHMANDU_SAARC,
                        IRNA_TEHRAN_CHAPLIN, BBC_GALI]


if __name__ == "__main__":
    main(STORIES, "stories42")
