"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (thirty-sixth
session, wip/stories38): ERA copy of 1988-2005 on the subjects the earlier sixteen sets used least:
ceasefires agreed and broken (Colombo, Moscow for Karabakh, Mexico City, London), summits and state
visits (Tokyo), treaties signed and ratified (Moscow), loans and aid pledged and suspended (Nairobi,
Tokyo), nuclear and missile tests and the reactions to them (Islamabad, Taipei), bombings and the claims
and denials that follow (Buenos Aires), diplomats expelled in tit-for-tat (Washington, Bonn), general
strikes and their suppression (Seoul, Lagos), election campaigns and boycotts (Dhaka, Lome), disaster
relief offered and refused (Havana, Tehran), sieges and blockades (Ramallah, Kathmandu), and
peacekeepers deployed and withdrawn (Mogadishu, Dili, Brussels).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: Reuters, AFP,
AP, EFE, Kyodo, Yonhap, IRNA, DPA, Itar-Tass. The stories weight the GSR's commonest types: statements,
appeals, intents, meetings, cooperation, aid, yielding, demands, disapproval, rejections, threats,
protests, reduced relations, coercion, assaults and fights. Each holds reported speech, pronouns, "the
ministry"-style domestic actors, several actors of one country, an act told again that must count once
(a headline and its lead, or a bare noun such as "the attack", "the closure", "the strike" that restates
the act the story told before), and background or furniture that must code nothing.

This set studies, as a class, the largest gap stories37 left: an act named by a bare noun whose doer
came earlier in the story. The reading adopted (docs/events.md, "Thirty-sixth session: ... (wip/
stories38)"): a noun of the act's own kind ("the attack", "the tests", "the closure", "the strike",
"the siege") that a story uses as a sentence's *subject* or in a relative or after-clause restates the
act and codes nothing new ("The attack killed 12 sailors" after "Rebels blew up two gunboats"); the same
noun as the *object* or the topic of a verb of judgement, reply or reaction ("condemned the tests",
"welcomed the decision", "called the expulsions a relapse", "rejected the verdict", "the IMF's decision
was unfair") is a new act of the speaker, aimed at the doer of the act the noun names (the judged act's
source), or at its own party where the noun carries it ("the IMF's decision").

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, "A said B attacked C" is A -> B 112 alone, a conditional or a denial
is no act (a denial of responsibility may be 016), a phone call is 040 both ways, signing or ratifying an
agreement 057, diplomats expelled or an envoy recalled 16, aid or talks frozen 16, a state of emergency
172, a ceasefire declared 0871, a strike or boycott 143, troops firing on a crowd 175 or 18/19, a test
of a missile or a bomb a show of force (15) or a threat (13).

Run `python tests/events/stories38.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories38 at d3d02831, main's code a8dfea3e, before any change): of the 118 required events
67 were coded at country + root and 64 at actor + root; of the coded triples 64 were right, 15 accepted,
1 duplicated and 20 wrong; 0 of the 23 non-event paragraphs were coded; of 59 parties 54 were right, 2
wrong and 3 unresolved. No expectation was corrected after the run.

After the branch's fixes (wip/stories38: a bare definite noun restating an act told before codes no new
act; a ceasefire ended, called off or left is 196, not 0871; "the ratification", "the apology", "the
landing", "the pullout", "the blast" name the acts told before): 73 / 69; right 69, accepted 14,
duplicated 1, wrong 20; non-events coded 0 of 23; parties 54 / 2 / 3. What still fails is a strict xfail
in tests/events/test_stories38.py with its reason.
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

_LKA = ("LKA", "LKAGOV", "LKAMIL")
_LTTE = ("LKAREB", "LKAINS", "LKASEP")

REUTERS_COLOMBO = Story(
    "reuters_colombo_truce", "1995-04-20",
    """Tamil Tigers sink two navy gunboats, ending truce

COLOMBO, April 20 (Reuters) - Tamil Tiger rebels blew up two Sri Lankan navy gunboats in Trincomalee \
harbour before dawn on Wednesday, breaking a three-month ceasefire with the government of President \
Chandrika Kumaratunga, military officials said.

At least 12 sailors were killed in the attack, the defence ministry said.

Kumaratunga accused the Liberation Tigers of Tamil Eelam of betraying the peace process and said her \
government would not be held to ransom.

The rebels said in a statement faxed from London that they had pulled out of the truce because Colombo \
had failed to lift an economic embargo on the Jaffna peninsula.

India urged both sides to return to the negotiating table.

More than 35,000 people have lost their lives in the 12-year conflict over a separate Tamil homeland.
""",
    events=[
        (_LTTE, _LKA, _FIGHT + _ASSAULT, "blew up two"),
        (_LKA, _LTTE, _CRIT, "accused the Liberation"),
        (_LTTE, _LKA, _REDUCE + _REJ + ("196",), "pulled out of the truce"),
        (("IND", "INDGOV"), _LKA + _LTTE, _APPEAL + _DEMAND, "India urged"),
    ],
    also=[
        (_LTTE, _LKA, _FIGHT, "ending truce"),
        (_LKA, _LTTE, _REJ, "held to ransom"),
        (_LTTE, _LKA, _CRIT, "had failed to lift"),
    ],
    none=["35,000 people"],
    parties=[
        ("President Chandrika Kumaratunga", "Chandrika Kumaratunga", ("LKAGOV",)),
        ("Liberation Tigers of Tamil Eelam", "Liberation Tigers of Tamil Eelam", _LTTE),
    ],
)

_SOM = ("SOM", "SOMREB", "SOMMIL", "SOMPTY", "SOMGOV", "SOMINS", "SOMCVL", "SOMOPP")
_USAMIL = ("USAMIL", "USA", "USAGOV")

AP_MOGADISHU = Story(
    "ap_mogadishu_unosom", "1995-03-02",
    """Last U.N. peacekeepers leave Somalia under Marine guard

MOGADISHU, Somalia (AP) - The last United Nations peacekeepers pulled out of Somalia on Thursday, ending \
a two-year mission that failed to bring peace, as U.S. Marines guarded the beach at Mogadishu's airport.

About 1,800 Pakistani and Bangladeshi soldiers boarded ships offshore under the protection of the \
Marines, who had landed on Tuesday to cover the withdrawal.

Militiamen loyal to warlord Mohamed Farah Aidid fired at the Marines from the dunes near the airport, and \
the Americans returned fire, a Marine spokesman said. No Marines were hurt.

Aidid told reporters that his forces would take over the airport and the seaport and called on rival \
clans to join a national government.

His rival, Ali Mahdi Mohamed, rejected the offer and said Aidid wanted to rule Somalia alone.

Somalia has had no central government since early 1991.
""",
    events=[
        (_IGO + ("PAKMIL", "BGDMIL"), _SOM, _REDUCE + ("087", "0874", "080"), "pulled out of Somalia"),
        (_SOM, _USAMIL, _FIGHT + _ASSAULT, "fired at the Marines"),
        (_USAMIL, _SOM, _FIGHT, "returned fire"),
        (_SOM, _SOM, _APPEAL + _DEMAND, "called on rival"),
        (_SOM, _SOM, _REJ, "rejected the offer"),
    ],
    also=[
        (_IGO + ("PAKMIL", "BGDMIL"), _SOM, _REDUCE + ("087", "080"), "leave Somalia"),
        (_USAMIL, _IGO + ("PAKMIL", "BGDMIL", "SOM"), ("074", "070", "150", "190"), "guarded the beach"),
        (_USAMIL, _IGO + ("PAKMIL", "BGDMIL", "SOM"), ("074", "070", "150"), "under the protection"),
        (_SOM, _SOM, _THREAT + ("192", "190") + _INTENT, "would take over"),
        (_SOM, _SOM, _CRIT, "wanted to rule"),
    ],
    none=["no central government"],
    parties=[
        ("warlord Mohamed Farah Aidid", "Mohamed Farah Aidid", _SOM),
        ("Ali Mahdi Mohamed", "Ali Mahdi Mohamed", _SOM),
    ],
)

_RUS = ("RUS", "RUSGOV")
_JPN = ("JPN", "JPNGOV")

KYODO_TOKYO = Story(
    "kyodo_tokyo_yeltsin", "1993-10-13",
    """Yeltsin apologizes for postwar internment, signs Tokyo declaration

TOKYO, Oct. 13 Kyodo - Russian President Boris Yeltsin and Prime Minister Morihiro Hosokawa signed a \
declaration on Wednesday pledging to resolve the dispute over four islands off Hokkaido, on the second \
day of Yeltsin's first official visit to Japan.

Yeltsin apologized for the Soviet Union's internment of hundreds of thousands of Japanese soldiers in \
Siberia after World War II, calling it a totalitarian crime, Japanese officials said.

Hosokawa welcomed the apology and said Japan was ready to expand economic aid to Russia once the \
territorial issue was settled.

Yeltsin also met Emperor Akihito at the Imperial Palace on Tuesday.

Nationalist groups in Tokyo protested against the visit with sound trucks, demanding the return of the \
islands.

The four islands, which Japan calls the Northern Territories, were seized by Soviet troops in the closing \
days of the war.
""",
    events=[
        (_RUS, _JPN, ("057", "050", "030", "037"), "signed a"),
        (_JPN, _RUS, ("057", "050", "030", "037"), "signed a"),
        (_RUS, _JPN + ("JPNMIL", "JPNCVL"), ("055", "050"), "Yeltsin apologized"),
        (_JPN, _RUS, _PRAISE, "welcomed the apology"),
        (_RUS, _JPN, _MEET, "met Emperor"),
        (("JPNCVL", "JPNOPP", "JPNPTY", "JPNNGO", "JPN"), _RUS, _PROTEST, "protested against the visit"),
    ],
    also=[
        (_RUS, _JPN, ("057", "050", "030"), "signs Tokyo"),
        (_RUS, _JPN, _MEET, "official visit"),
        (_JPN, _RUS, _INTENT + ("070", "071"), "ready to expand"),
        (_JPN, _RUS, _MEET, "met Emperor"),
        (("JPNCVL", "JPNOPP", "JPNPTY", "JPNNGO", "JPN"), _RUS, _DEMAND, "demanding the return"),
        (_RUS, ("JPN", "JPNMIL"), _CRIT + ("055",), "totalitarian crime"),
    ],
    none=["Northern Territories"],
    parties=[
        ("Russian President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("Prime Minister Morihiro Hosokawa", "Morihiro Hosokawa", ("JPNGOV",)),
        ("Emperor Akihito at", "Akihito", ("JPNGOV", "JPNELI")),
    ],
)

_RUSLEG = ("RUSLEG", "RUS", "RUSGOV")
_USA = ("USA", "USAGOV")

TASS_MOSCOW_START = Story(
    "tass_moscow_start2", "2000-04-14",
    """Duma ratifies START-2 after seven-year delay

MOSCOW, April 14 (Itar-Tass) - The State Duma, the lower house of the Russian parliament, ratified the \
START-2 nuclear arms reduction treaty with the United States on Friday by 288 votes to 131.

President-elect Vladimir Putin, who had addressed the deputies before the vote, welcomed the decision \
and said Russia would pull out of all its arms control agreements if Washington breached the \
Anti-Ballistic Missile Treaty.

Communist deputies voted against ratification, saying the treaty weakened Russia's nuclear deterrent.

In Washington, the White House hailed the ratification as an important step and urged Moscow to move \
quickly to talks on further cuts.

Foreign Minister Igor Ivanov said he would travel to Washington this month to discuss the ABM issue with \
Secretary of State Madeleine Albright.

The treaty would cut each side's strategic warheads to between 3,000 and 3,500 by 2007.
""",
    events=[
        (_RUSLEG, _USA, ("057", "050", "030", "031"), "ratified the"),
        (("RUSGOV",), _RUSLEG, _PRAISE, "welcomed the decision"),
        (("RUSGOV", "RUS"), _USA, _THREAT + ("138", "1313"), "would pull out"),
        (_USA, _RUSLEG + ("RUSGOV",), _PRAISE, "hailed the ratification"),
        (_USA, ("RUS", "RUSGOV"), _APPEAL + _DEMAND, "urged Moscow"),
        (("RUSGOV",), _USA, _INTENT + _MEET, "would travel to Washington"),
    ],
    also=[
        (_RUSLEG, _USA, ("057", "050"), "Duma ratifies"),
        (("RUSLEG", "RUSPTY", "RUS"), _USA + ("RUSLEG", "RUS"), _REJ + _CRIT, "voted against"),
        (("RUSGOV",), _RUSLEG, ("010", "040", "020"), "addressed the deputies"),
    ],
    none=["3,000 and 3,500"],
    parties=[
        ("President-elect Vladimir Putin", "Vladimir Putin", ("RUSGOV",)),
        ("Foreign Minister Igor Ivanov", "Igor Ivanov", ("RUSGOV",)),
        ("Secretary of State Madeleine Albright", "Madeleine Albright", ("USAGOV",)),
    ],
)

_KEN = ("KEN", "KENGOV")
_IMF = ("IGO", "IGOUNO", "IGOWBK")

REUTERS_NAIROBI = Story(
    "reuters_nairobi_imf", "1997-08-01",
    """IMF halts Kenya loan over graft, shilling tumbles

NAIROBI, Aug 1 (Reuters) - The International Monetary Fund suspended a $205 million loan to Kenya on \
Thursday, saying the government of President Daniel arap Moi had failed to act against high-level \
corruption.

The shilling fell nearly 20 percent against the dollar on the news, dealers said.

Finance Minister Musalia Mudavadi said the IMF's decision was unfair and that Kenya had met most of the \
conditions of the programme.

Opposition leaders welcomed the suspension and called on Western donors to withhold all aid until Moi \
agreed to constitutional reforms before the December elections.

Moi told a rally in the Rift Valley on Friday that Kenya would not be dictated to by foreigners.

Kenya's economy grew by about four percent last year.
""",
    events=[
        (_IMF, _KEN, _REDUCE + ("1621",), "suspended a $205"),
        (("KENGOV",), _IMF, _CRIT + _REJ, "decision was unfair"),
        (("KENOPP", "KENPTY"), _IMF + _KEN, _PRAISE, "welcomed the suspension"),
        (("KENOPP", "KENPTY"), ("WST", "IGO", "USA", "GBR", "EUR"), _APPEAL + _DEMAND, "called on Western"),
    ],
    also=[
        (_IMF, _KEN, _REDUCE, "IMF halts"),
        (_IMF, _KEN, _CRIT, "had failed to act"),
        (("KENGOV",), _IMF, _REJ + _CRIT, "had met most"),
        (("KENGOV", "KEN"), ("WST", "IGO", ""), _REJ, "dictated to"),
    ],
    none=["grew by about"],
    parties=[
        ("President Daniel arap Moi", "Daniel arap Moi", ("KENGOV",)),
        ("Finance Minister Musalia Mudavadi", "Musalia Mudavadi", ("KENGOV",)),
    ],
)

_AFG = ("AFG", "AFGGOV")

AFP_TOKYO_DONORS = Story(
    "afp_tokyo_afghan_donors", "2002-01-21",
    """Donors pledge 4.5 billion dollars to rebuild Afghanistan

TOKYO, Jan 21 (AFP) - International donors pledged some 4.5 billion dollars on Monday to rebuild \
Afghanistan after more than two decades of war, at a conference co-chaired by Japan, the United States, \
the European Union and Saudi Arabia.

Japan promised up to 500 million dollars over two and a half years, and the United States pledged 296 \
million dollars for the first year, officials said.

Hamid Karzai, chairman of the Afghan interim administration, thanked the donors and appealed to them to \
deliver the money quickly.

"The Afghan people have waited long enough," he told the delegates.

Karzai also met Prime Minister Junichiro Koizumi, who told him Tokyo would help disarm the country's \
militias.

The World Bank and the United Nations have put Afghanistan's needs over the next decade at 15 billion \
dollars.
""",
    events=[
        (_JPN, _AFG, _INTENT + ("070", "071"), "Japan promised"),
        (_USA, _AFG, _INTENT + ("070", "071"), "United States pledged"),
        (_AFG, _JPN, _MEET, "met Prime Minister"),
        (_JPN, _AFG, _INTENT + ("070", "060", "061", "062"), "would help disarm"),
    ],
    also=[
        (_IGO + _JPN + _USA + ("SAU", "EUR", "IGOEEU", ""), _AFG, _INTENT + ("070", "071"), "donors pledged"),
        (_IGO + _JPN + _USA + ("SAU", "EUR", "IGOEEU", ""), _AFG, _INTENT + ("070", "071"), "Donors pledge"),
        (_JPN + _USA + ("SAU", "EUR", "IGOEEU"), _AFG + _IGO, _MEET, "co-chaired"),
        (_AFG, _IGO + _JPN + _USA + ("",), _APPEAL + _PRAISE, "thanked the donors"),
        (_JPN, _AFG, _MEET, "met Prime Minister"),
    ],
    none=["15 billion"],
    parties=[
        ("Hamid Karzai, chairman", "Hamid Karzai", ("AFGGOV",)),
        ("Prime Minister Junichiro Koizumi", "Junichiro Koizumi", ("JPNGOV",)),
    ],
)

_PAK = ("PAK", "PAKGOV", "PAKMIL")
_IND = ("IND", "INDGOV", "INDMIL")

REUTERS_ISLAMABAD_TESTS = Story(
    "reuters_islamabad_tests", "1998-05-28",
    """Pakistan conducts nuclear tests in reply to India

ISLAMABAD, May 28 (Reuters) - Pakistan said it carried out five nuclear tests on Thursday in the desert of \
Baluchistan, answering India's tests of two weeks ago and defying appeals from Washington to show \
restraint.

Prime Minister Nawaz Sharif said in a televised address that Pakistan had settled the score with India, \
and he declared a state of emergency, suspending fundamental rights.

U.S. President Bill Clinton condemned the tests and said he would impose on Pakistan the same economic \
sanctions that Washington imposed on India two weeks ago.

Japan said it was freezing new grants and loans to Pakistan in protest.

India's Foreign Ministry said the explosions confirmed New Delhi's fears and that it remained ready to \
discuss a no-first-use pact with Islamabad.

Pakistan and India have fought three wars since independence from Britain in 1947.
""",
    events=[
        (_PAK, _IND, ("150", "151", "152", "138", "130"), "five nuclear tests"),
        (("PAKGOV",), ("PAK", "PAKCVL", "PAKGOV"), ("172", "1721", "170"), "declared a state of emergency"),
        (_USA, _PAK, _CRIT, "condemned the tests"),
        (_USA, _PAK, _REDUCE + ("130", "131", "1312"), "would impose"),
        (("JPN", "JPNGOV"), _PAK, _REDUCE + ("1621",), "freezing new grants"),
        (("INDGOV", "IND"), _PAK, _INTENT + _MEET, "remained ready"),
    ],
    also=[
        (_PAK, _IND, ("150", "138", "130"), "conducts nuclear tests"),
        (_PAK, _USA, _REJ, "defying appeals"),
        (_USA, _IND, _REDUCE, "imposed on India"),
        (("INDGOV", "IND"), _PAK, _CRIT, "confirmed New Delhi"),
        (("PAKGOV",), _IND, _STATE + _THREAT + _CRIT, "settled the score"),
    ],
    none=["three wars"],
    parties=[
        ("Prime Minister Nawaz Sharif", "Nawaz Sharif", ("PAKGOV",)),
        ("President Bill Clinton", "Bill Clinton", ("USAGOV",)),
    ],
)

_CHN = ("CHN", "CHNGOV", "CHNMIL")
_TWN = ("TWN", "TWNGOV", "TWNMIL")

AFP_TAIPEI = Story(
    "afp_taipei_missiles", "1996-03-08",
    """China fires missiles off Taiwan as island prepares for vote

TAIPEI, March 8 (AFP) - China fired three surface-to-surface missiles into waters off Taiwan's two main \
ports on Friday, days before the island's first direct presidential election, Taiwan's defence ministry \
said.

The ministry said one missile landed about 35 kilometres off the southern port of Kaohsiung and two off \
the northern port of Keelung.

President Lee Teng-hui called on the island's 21 million people to stay calm and accused Beijing of \
trying to intimidate voters.

In Washington, Defence Secretary William Perry called the tests reckless and said the aircraft carrier \
Independence was being moved closer to Taiwan.

The Chinese foreign ministry said the exercises were a normal military matter and warned Washington not \
to interfere in China's internal affairs.

Taiwan and the mainland split amid civil war in 1949.
""",
    events=[
        (_CHN, _TWN, ("150", "151", "152", "138", "130", "190", "195"), "fired three"),
        (("TWNGOV", "TWN"), _CHN, _CRIT, "accused Beijing"),
        (_USA + ("USAMIL",), _CHN, _CRIT, "called the tests reckless"),
        (_CHN, _USA, _THREAT + _DEMAND + _CRIT, "warned Washington"),
    ],
    also=[
        (_CHN, _TWN, ("150", "138", "130", "190", "195"), "China fires"),
        (("TWNGOV", "TWN"), ("TWN", "TWNCVL"), _APPEAL, "called on the island"),
        (_USA + ("USAMIL",), _CHN + _TWN, ("150", "152", "154", "074"), "being moved closer"),
        (_CHN, _USA, _STATE + _REJ, "normal military matter"),
    ],
    none=["split amid civil war"],
    parties=[
        ("President Lee Teng-hui", "Lee Teng-hui", ("TWNGOV",)),
        ("Defence Secretary William Perry", "William Perry", ("USAGOV",)),
    ],
)

_ARG = ("ARG", "ARGGOV", "ARGCVL", "ARGJEW", "JEW")

EFE_BUENOS_AIRES = Story(
    "efe_buenos_aires_amia", "1994-07-18",
    """Car bomb destroys Jewish centre in Buenos Aires

BUENOS AIRES, July 18 (EFE) - A car bomb destroyed the seven-storey building of the Argentine Israelite \
Mutual Association in central Buenos Aires on Monday, killing at least 26 people and burying dozens \
more under the rubble, police said.

President Carlos Menem declared two days of national mourning and said the attack was aimed at all \
Argentines.

Israeli Prime Minister Yitzhak Rabin condemned the bombing and said Israel would send a team of rescue \
experts to help search for survivors.

Interior Minister Carlos Ruckauf said investigators were studying the remains of the vehicle.

Iran's embassy in Buenos Aires issued a statement denying any involvement in the blast.

Thousands of people gathered in the rain outside the ruined building on Monday night to demand that the \
killers be found.
""",
    events=[
        (("ISRGOV", "ISR"), ("ARG", "ARGGOV", "ARGCVL"), _INTENT + ("070", "073", "074"),
         "would send a team"),
        (("IRN", "IRNGOV"), ("ARG", "ARGGOV", ""), ("010", "016", "012", "120", "121", "125"),
         "denying any involvement"),
        (("ARGCVL", "ARG", "ARGJEW", "JEW"), ("ARGGOV", "ARG", "ARGCOP", "ARGJUD"), _PROTEST + _DEMAND,
         "to demand that the"),
    ],
    also=[
        (("", "---"), _ARG, _ASSAULT + ("190",), "A car bomb destroyed"),
        (("", "---"), _ARG, _ASSAULT + ("190",), "Car bomb destroys"),
        (("ISRGOV", "ISR"), _ARG + ("",), _CRIT, "condemned the bombing"),
        (("ARGGOV",), ("ARG", "ARGCVL", ""), _STATE + _CRIT, "aimed at all"),
    ],
    none=["remains of the vehicle"],
    parties=[
        ("President Carlos Menem", "Carlos Menem", ("ARGGOV",)),
        ("Prime Minister Yitzhak Rabin", "Yitzhak Rabin", ("ISRGOV",)),
        ("Interior Minister Carlos Ruckauf", "Carlos Ruckauf", ("ARGGOV",)),
    ],
)

_RUSD = ("RUS", "RUSGOV")

REUTERS_WASHINGTON_SPIES = Story(
    "reuters_washington_expulsions", "2001-03-22",
    """U.S. expels 50 Russian diplomats over spy case; Moscow vows reply

WASHINGTON, March 22 (Reuters) - The United States ordered about 50 Russian diplomats to leave the \
country on Thursday in retaliation for the espionage of former FBI agent Robert Hanssen, U.S. officials \
said.

The State Department summoned Russian Ambassador Yuri Ushakov and told him that four diplomats \
identified as intelligence officers must leave within ten days and that about 46 others had until July.

In Moscow, Foreign Minister Igor Ivanov called the expulsions a relapse into the Cold War and said Russia \
would respond in kind.

Secretary of State Colin Powell said Washington wanted good relations with Moscow but could not let the \
case go unanswered.

Hanssen faces a possible death sentence if he is convicted.
""",
    events=[
        (_USA, _RUSD, _REDUCE + ("174",), "ordered about 50"),
        (_USA, _RUSD, _MEET + _CRIT + _DEMAND + _REDUCE, "summoned Russian"),
        (_RUSD, _USA, _CRIT, "called the expulsions"),
        (_RUSD, _USA, _THREAT + _REDUCE + _INTENT, "would respond in kind"),
    ],
    also=[
        (_USA, _RUSD, _REDUCE + ("174",), "U.S. expels"),
        (_RUSD, _USA, _THREAT, "Moscow vows"),
        (_USA, _RUSD, _INTENT + _PRAISE + _STATE, "wanted good relations"),
    ],
    none=["death sentence"],
    parties=[
        ("Russian Ambassador Yuri Ushakov", "Yuri Ushakov", ("RUSGOV",)),
        ("Foreign Minister Igor Ivanov", "Igor Ivanov", ("RUSGOV",)),
        ("Secretary of State Colin Powell", "Colin Powell", ("USAGOV",)),
    ],
)

_DEU = ("DEU", "DEUGOV")
_IRN = ("IRN", "IRNGOV")

DPA_BONN_MYKONOS = Story(
    "dpa_bonn_mykonos", "1997-04-11",
    """Bonn recalls envoy from Tehran after Mykonos verdict; Iran retaliates

BONN, April 11 (dpa) - Germany recalled its ambassador from Tehran and expelled four Iranian diplomats on \
Thursday after a Berlin court ruled that Iran's leadership had ordered the killing of four Kurdish \
opposition politicians at the Mykonos restaurant in 1992.

Foreign Minister Klaus Kinkel said Bonn was suspending its "critical dialogue" with Tehran, and that the \
European Union's other members had agreed to withdraw their ambassadors as well.

Iran rejected the verdict as politically motivated and recalled its own ambassador from Bonn within \
hours, the official Iranian news agency IRNA reported.

Thousands of Iranians demonstrated outside the German embassy in Tehran on Friday, chanting "Death to \
Germany".

Iran's Foreign Ministry warned that Tehran would review its economic ties with Germany.

Some 100,000 Iranians live in Germany.
""",
    events=[
        (_DEU, _IRN, _REDUCE, "recalled its ambassador"),
        (_DEU, _IRN, _REDUCE + ("174",), "expelled four"),
        (_DEU, _IRN, _REDUCE, "suspending its"),
        (_IRN, ("DEUJUD", "DEU", "DEUGOV"), _REJ + _CRIT, "rejected the verdict"),
        (_IRN, _DEU, _REDUCE, "recalled its own"),
        (("IRNCVL", "IRN", "IRNOPP"), _DEU, _PROTEST, "demonstrated outside"),
        (_IRN, _DEU, _THREAT + _REDUCE, "would review its economic"),
    ],
    also=[
        (_DEU, _IRN, _REDUCE, "Bonn recalls"),
        (_IRN, _DEU, _REDUCE, "Iran retaliates"),
        (("DEUJUD", "DEU"), _IRN, _CRIT, "court ruled"),
        (("IGOEEU", "IGO", "EUR"), _IRN, _REDUCE + _INTENT, "agreed to withdraw"),
    ],
    none=["100,000 Iranians"],
    parties=[
        ("Foreign Minister Klaus Kinkel", "Klaus Kinkel", ("DEUGOV",)),
    ],
)

_KOR = ("KOR", "KORGOV")
_KORLAB = ("KORLAB", "KORCVL", "KOR")

YONHAP_SEOUL_STRIKE = Story(
    "yonhap_seoul_general_strike", "1997-01-15",
    """Police fire tear gas as general strike spreads

SEOUL, Jan. 15 (Yonhap) - Riot police fired tear gas at thousands of striking workers in central Seoul \
on Wednesday as a general strike against a new labor law spread to hospitals, broadcasters and the \
subway, police said.

The Korean Confederation of Trade Unions, which organized the walkout, said some 360,000 workers had \
stayed off the job across the country.

Prosecutors issued arrest warrants for seven union leaders, who have taken refuge in Myongdong Cathedral, \
and warned that police would enter the compound if they did not surrender.

President Kim Young-sam said the government would not withdraw the law, which makes it easier for \
companies to lay off workers, and urged the unions to return to work.

The main opposition National Congress for New Politics, led by Kim Dae-jung, demanded that the law be \
scrapped and voted on again.

Seoul's benchmark stock index closed 1.2 percent lower.
""",
    events=[
        (("KORCOP", "KORGOV", "KOR"), _KORLAB, _COERCE + _ASSAULT + _FIGHT, "fired tear gas"),
        (("KORJUD", "KORGOV", "KORCOP", "KOR"), _KORLAB, ("173", "170", "172"), "issued arrest warrants"),
        (_KOR, _KORLAB, _REJ, "would not withdraw"),
        (_KOR, _KORLAB, _APPEAL + _DEMAND, "urged the unions"),
        (("KOROPP", "KORPTY"), ("KORGOV", "KORLEG", "KOR"), _DEMAND + _APPEAL, "demanded that the law"),
    ],
    also=[
        (_KORLAB, ("KORGOV", "KOR", "KORBUS"), _PROTEST, "a general strike against"),
        (_KORLAB, ("KORGOV", "KOR", "KORBUS"), _PROTEST, "as general strike"),
        (("KORJUD", "KORGOV", "KORCOP", "KOR"), _KORLAB, _THREAT + _DEMAND, "warned that police"),
        (("KORCOP", "KORGOV", "KOR"), _KORLAB, _COERCE, "Police fire tear gas"),
    ],
    none=["stock index"],
    parties=[
        ("President Kim Young-sam", "Kim Young-sam", ("KORGOV",)),
        ("led by Kim Dae-jung", "Kim Dae-jung", ("KOROPP", "KORPTY")),
    ],
)

_NGA = ("NGA", "NGAGOV", "NGAMIL")
_NGALAB = ("NGALAB", "NGA", "NGABUS")

REUTERS_LAGOS_STRIKE = Story(
    "reuters_lagos_oil_strike", "1994-08-18",
    """Nigeria's military rulers sack union leaders to break oil strike

LAGOS, Aug 18 (Reuters) - Nigeria's military government dissolved the executives of the two striking oil \
unions on Wednesday and ordered their members back to work, in a move to end a seven-week strike that \
has crippled fuel supplies.

General Sani Abacha said in a decree broadcast on state radio that the leaders of the National Union of \
Petroleum and Natural Gas Workers (NUPENG) and the senior staff union PENGASSAN had been replaced by sole \
administrators.

The unions have been on strike since July 4 to demand that Abacha hand power to Moshood Abiola, the \
presumed winner of last year's annulled presidential election, who is on trial for treason.

Police arrested NUPENG's secretary-general, Frank Kokori, on Wednesday, a union official said.

The United States and Britain condemned the decree and called on the military to release Abiola and \
restore democracy.

Nigeria, Africa's largest oil producer, earns more than 90 percent of its export revenue from crude.
""",
    events=[
        (_NGA, _NGALAB, _COERCE, "dissolved the executives"),
        (_NGALAB, _NGA, _PROTEST + _DEMAND, "have been on strike"),
        (("NGACOP", "NGA", "NGAGOV", "NGAMIL"), _NGALAB, ("173", "170"), "Police arrested"),
        (_USA + ("GBR", "GBRGOV"), _NGA, _CRIT, "condemned the decree"),
        (_USA + ("GBR", "GBRGOV"), _NGA, _DEMAND + _APPEAL, "called on the military"),
    ],
    also=[
        (_NGA, _NGALAB, _DEMAND + _COERCE, "ordered their members"),
        (_NGA, _NGALAB, _COERCE, "sack union leaders"),
        (_NGA, _NGALAB, _COERCE, "had been replaced"),
        (_NGA, ("NGAOPP", "NGAPTY", "NGA", "NGAELI"), ("173", "170", "172"), "on trial for treason"),
    ],
    none=["90 percent"],
    parties=[
        ("General Sani Abacha", "Sani Abacha", ("NGAGOV", "NGAMIL")),
        ("Moshood Abiola, the", "Moshood Abiola", ("NGAOPP", "NGAPTY", "NGAELI", "NGA")),
        ("Frank Kokori", "Frank Kokori", ("NGALAB",)),
    ],
)

_BGD = ("BGD", "BGDGOV")
_BGDOPP = ("BGDOPP", "BGDPTY")

AFP_DHAKA_BOYCOTT = Story(
    "afp_dhaka_boycott", "1996-02-14",
    """Bangladesh opposition enforces strike as boycotted poll nears

DHAKA, Feb 14 (AFP) - Bangladesh's main opposition parties enforced a 48-hour general strike on \
Wednesday to press their boycott of Thursday's parliamentary election, and at least five people were \
killed in clashes with police, witnesses said.

Police opened fire on stone-throwing opposition activists in the port city of Chittagong, killing two, a \
police official said.

Sheikh Hasina, leader of the Awami League, called on voters to stay away from the polls and said the vote \
was a farce staged to keep Prime Minister Khaleda Zia in power.

Zia told an election rally in Dhaka that the opposition had rejected every offer of talks and that the \
election would go ahead as planned.

The government deployed some 40,000 troops across the country to guard polling stations.

Bangladesh has some 56 million registered voters.
""",
    events=[
        (_BGDOPP, _BGD, _PROTEST, "enforced a 48-hour"),
        (("BGDCOP", "BGD", "BGDGOV"), _BGDOPP + ("BGDCVL", "BGD"), _COERCE + _ASSAULT + _FIGHT,
         "Police opened fire"),
        (_BGDOPP, ("BGD", "BGDCVL"), _APPEAL + _DEMAND, "called on voters"),
        (_BGD, _BGDOPP, _CRIT + _REJ, "had rejected every"),
        (_BGD + ("BGDMIL",), ("BGD", "BGDCVL", "BGDOPP"), ("150", "152", "154", "074", "151", "153"),
         "deployed some"),
    ],
    also=[
        (_BGDOPP, _BGD, _PROTEST, "enforces strike"),
        (_BGDOPP, _BGD, _PROTEST + _REJ, "their boycott"),
        (("BGDCOP", "BGD", "BGDGOV") + _BGDOPP, _BGDOPP + ("BGDCOP", "BGD"), _FIGHT + _ASSAULT + _COERCE,
         "clashes with police"),
        (_BGDOPP, _BGD, _CRIT, "was a farce"),
        (_BGD, _BGDOPP, _REJ + _STATE, "go ahead as planned"),
    ],
    none=["56 million"],
    parties=[
        ("Sheikh Hasina, leader", "Sheikh Hasina", _BGDOPP),
        ("Prime Minister Khaleda Zia", "Khaleda Zia", ("BGDGOV",)),
    ],
)

_TGO = ("TGO", "TGOGOV")
_TGOOPP = ("TGOOPP", "TGOPTY")

AFP_LOME_BOYCOTT = Story(
    "afp_lome_boycott", "1993-08-23",
    """Togo opposition calls boycott of presidential poll

LOME, Aug 23 (AFP) - Togo's main opposition candidates withdrew from Wednesday's presidential election on \
Monday and called on their supporters to boycott the vote, accusing President Gnassingbe Eyadema of \
rigging the electoral roll.

Gilchrist Olympio, the leading opposition figure, was barred from standing last month on the ground that \
his medical certificate had been issued abroad.

Edem Kodjo, head of the Togolese Union for Democracy, said the opposition would not take part in a \
"masquerade" and urged France to withhold its aid until the lists were revised.

A government spokesman said the election would be held as planned and that the opposition was afraid of \
defeat.

A team of observers from the former colonial power, France, pulled out on Sunday, saying it could not \
vouch for a fair vote.

Eyadema, Africa's longest-serving head of state, seized power in a coup in 1967.
""",
    events=[
        (_TGOOPP, _TGO, _PROTEST + _REJ, "withdrew from"),
        (_TGOOPP, _TGO, _CRIT, "accusing President"),
        (_TGOOPP, ("FRA", "FRAGOV"), _APPEAL + _DEMAND, "urged France"),
        (("FRA", "FRAGOV", "IGO"), _TGO, _REDUCE + _REJ + _CRIT, "pulled out on Sunday"),
    ],
    also=[
        (_TGOOPP, _TGO, _PROTEST + _REJ, "calls boycott"),
        (_TGOOPP, ("TGO", "TGOCVL") + _TGOOPP, _APPEAL, "called on their supporters"),
        (_TGO, _TGOOPP, _COERCE + ("172",), "was barred"),
        (_TGOOPP, _TGO, _REJ + _CRIT, "would not take part"),
        (_TGO, _TGOOPP, _CRIT + _STATE, "afraid of"),
        (("FRA", "FRAGOV", "IGO"), _TGO, _CRIT + _STATE, "could not"),
    ],
    none=["longest-serving"],
    parties=[
        ("President Gnassingbe Eyadema", "Gnassingbe Eyadema", ("TGOGOV",)),
        ("Gilchrist Olympio, the", "Gilchrist Olympio", _TGOOPP),
        ("Edem Kodjo, head", "Edem Kodjo", _TGOOPP),
    ],
)

_CUB = ("CUB", "CUBGOV")

EFE_HAVANA_DOCTORS = Story(
    "efe_havana_katrina", "2005-09-05",
    """Cuba offers 1,100 doctors for hurricane victims

HAVANA, Sept 5 (EFE) - President Fidel Castro offered on Sunday to send 1,100 Cuban doctors to the U.S. \
states battered by Hurricane Katrina, saying they could be in Houston within hours with 26 tons of \
medicine.

Castro said the doctors, who have experience of hurricanes and epidemics, had been waiting at Havana \
airport since Friday with their backpacks ready.

The State Department said it was grateful for the many offers of help from abroad but that the United \
States had enough doctors, and it did not take up the Cuban proposal.

Venezuelan President Hugo Chavez, a close ally of Castro, also offered fuel and aid workers to the \
victims, and accused the Bush administration of failing its own poor.

Cuba and the United States have had no diplomatic relations since 1961.
""",
    events=[
        (_CUB, _USA + ("USACVL",), _INTENT + ("070", "073"), "offered on Sunday"),
        (_USA, _CUB, _REJ, "did not take up"),
        (("VEN", "VENGOV"), _USA + ("USACVL",), _INTENT + ("070", "073"), "also offered fuel"),
        (("VEN", "VENGOV"), _USA, _CRIT, "accused the Bush"),
    ],
    also=[
        (_CUB, _USA + ("USACVL",), _INTENT + ("070", "073"), "Cuba offers"),
        (_USA, _CUB + ("",), _PRAISE + _STATE, "was grateful"),
    ],
    none=["no diplomatic relations"],
    parties=[
        ("President Fidel Castro", "Fidel Castro", ("CUBGOV",)),
        ("Venezuelan President Hugo Chavez", "Hugo Chavez", ("VENGOV",)),
    ],
)

_ISR = ("ISR", "ISRGOV")

IRNA_TEHRAN_BAM = Story(
    "irna_tehran_bam", "2003-12-28",
    """Iran accepts U.S. aid for quake victims, turns down Israel's offer

TEHRAN, Dec 28 (IRNA) - Iran on Sunday accepted an offer of humanitarian aid from the United States for \
the victims of Friday's earthquake in the southeastern city of Bam, but rejected an offer of help from \
Israel, Interior Ministry officials said.

A U.S. military cargo plane carrying medical supplies landed at Kerman airport on Sunday, the first \
American aircraft to land in Iran in more than two decades.

Interior Minister Abdolvahed Mousavi-Lari said Iran would accept help from all countries except the \
"Zionist regime".

President Mohammad Khatami thanked the international community for its assistance and appealed for \
tents, blankets and medicine for some 70,000 homeless.

In Washington, President George W. Bush said the aid showed America's compassion for the Iranian \
people, but that it did not change U.S. policy toward Tehran.

The death toll from the quake, which flattened most of the ancient mud-brick city, rose to more than \
28,000, officials said.
""",
    events=[
        (_IRN, _USA, ("080", "081", "084", "086", "050", "030", "020", "057"), "accepted an offer"),
        (_IRN, _ISR, _REJ, "rejected an offer"),
        (_USA + ("USAMIL",), _IRN + ("IRNCVL",), ("070", "073", "060"), "cargo plane"),
    ],
    also=[
        (_IRN, _USA, ("080", "084", "086", "050", "030", "057"), "Iran accepts"),
        (_IRN, _ISR, _REJ, "turns down"),
        (_IRN, _ISR, _REJ + _CRIT, "except the"),
        (_IRN, ("IGO", "") + _USA, _APPEAL + _PRAISE, "thanked the international"),
        (_USA, _IRN + ("IRNCVL",), _STATE + ("070", "073") + _PRAISE, "showed America"),
    ],
    none=["death toll"],
    parties=[
        ("Interior Minister Abdolvahed Mousavi-Lari", "Abdolvahed Mousavi-Lari", ("IRNGOV",)),
        ("President Mohammad Khatami", "Mohammad Khatami", ("IRNGOV",)),
        ("President George W. Bush", "George W. Bush", ("USAGOV",)),
    ],
)

_PSE = ("PSE", "PSEGOV")
_ISRMIL = ("ISRMIL", "ISR", "ISRGOV")

AFP_RAMALLAH_SIEGE = Story(
    "afp_ramallah_siege", "2002-03-30",
    """Israeli tanks besiege Arafat in Ramallah headquarters

RAMALLAH, West Bank, March 30 (AFP) - Israeli tanks and troops besieged Palestinian leader Yasser Arafat \
in his Ramallah headquarters on Saturday after storming the compound on Friday, and Prime Minister Ariel \
Sharon called him an enemy who must be isolated.

Arafat, speaking by candlelight after the army cut the compound's electricity, told Al-Jazeera \
television that he would rather be a martyr than surrender.

Israeli soldiers exchanged fire with Palestinian police inside the compound, killing at least five of \
them, Palestinian officials said.

The UN Security Council adopted a resolution early Saturday calling on Israel to withdraw its troops from \
Palestinian cities.

Egyptian President Hosni Mubarak telephoned Arafat and appealed to the United States to intervene to \
lift the siege.

Arafat's compound, the Muqataa, was once a British police fort.
""",
    events=[
        (_ISRMIL, _PSE, _FIGHT + _COERCE, "besieged Palestinian"),
        (_ISR, _PSE, _CRIT, "called him an enemy"),
        (_ISRMIL, ("PSECOP", "PSE", "PSEGOV", "PSEMIL"), _FIGHT + _ASSAULT, "exchanged fire"),
        (_IGO, _ISR + ("ISRMIL",), _DEMAND + _APPEAL, "calling on Israel"),
        (("EGY", "EGYGOV"), _PSE, _MEET, "telephoned Arafat"),
        (("EGY", "EGYGOV"), _USA, _APPEAL + _DEMAND, "appealed to the United States"),
    ],
    also=[
        (_ISRMIL, _PSE, _FIGHT + _COERCE, "tanks besiege"),
        (_ISRMIL, _PSE, _FIGHT + _COERCE + _ASSAULT, "storming the compound"),
        (_PSE, _ISR + ("ISRMIL",), _REJ + _THREAT + _STATE, "rather be a martyr"),
        (_ISRMIL, _PSE, _COERCE + ("160",), "cut the compound"),
        (("PSECOP", "PSE", "PSEGOV", "PSEMIL"), _ISRMIL, _FIGHT, "exchanged fire"),
        (_PSE, ("EGY", "EGYGOV"), _MEET, "telephoned Arafat"),
    ],
    none=["British police fort"],
    parties=[
        ("Palestinian leader Yasser Arafat", "Yasser Arafat", ("PSEGOV",)),
        ("Prime Minister Ariel Sharon", "Ariel Sharon", ("ISRGOV",)),
        ("Egyptian President Hosni Mubarak", "Hosni Mubarak", ("EGYGOV",)),
    ],
)

_NPL = ("NPL", "NPLGOV")

REUTERS_KATHMANDU = Story(
    "reuters_kathmandu_blockade", "1989-04-05",
    """Nepal accuses India of strangling its economy

KATHMANDU, April 5 (Reuters) - Nepal accused India on Wednesday of strangling its economy by closing all \
but two of the 21 border crossings between the two countries after their trade and transit treaties \
expired last month.

Foreign Minister Shailendra Kumar Upadhyaya told parliament that the closure had caused severe shortages \
of kerosene, petrol and baby food.

King Birendra's government has asked China to supply fuel by road through Tibet, officials said.

In New Delhi, an External Affairs Ministry spokesman denied that India had imposed a blockade and said \
Nepal had let the treaties lapse by refusing a single new agreement.

Landlocked Nepal depends on India for nearly all its imports of fuel.
""",
    events=[
        (_NPL, _IND, _CRIT, "Nepal accused India"),
        (_NPL, ("CHN", "CHNGOV"), _APPEAL + _DEMAND, "asked China"),
        (("INDGOV", "IND"), _NPL, ("010", "016", "012") + _REJ, "denied that India"),
    ],
    also=[
        (_NPL, _IND, _CRIT, "Nepal accuses"),
        (("INDGOV", "IND"), _NPL, _CRIT, "had let the treaties"),
        (("NPLGOV",), ("NPLLEG", "NPL"), ("010", "040"), "told parliament"),
    ],
    none=["Landlocked Nepal"],
    parties=[
        ("Foreign Minister Shailendra Kumar Upadhyaya", "Shailendra Kumar Upadhyaya", ("NPLGOV",)),
        ("King Birendra's", "Birendra", ("NPLGOV",)),
    ],
)

_TLS = ("TLS", "TLSCVL", "TLSGOV", "IDN", "IDNGOV")
_MILITIA = ("TLS", "TLSMIL", "TLSREB", "TLSUAF", "TLSCVL", "IDN", "IDNMIL", "IDNREB", "IDNUAF", "TLSPMIL")
_FORCE = ("IGO", "AUSMIL", "AUS", "AUSGOV")
_TIMOR_INDEP = ("TLS", "TLSREB", "TLSOPP", "TLSGOV", "TLSPTY", "TLSCVL")

REUTERS_DILI = Story(
    "reuters_dili_interfet", "1999-09-20",
    """Australian-led force lands in East Timor

DILI, Sept 20 (Reuters) - The first troops of an Australian-led international peacekeeping force landed \
in East Timor on Monday to restore order after weeks of killing and burning by militias opposed to \
independence.

Major-General Peter Cosgrove, the force commander, met Indonesia's military commander in the territory, \
Major-General Kiki Syahnakri, at Dili airport and said the two had agreed to work together.

Indonesian troops, who are to hand over security to the force, began leaving the burnt-out capital on \
Monday.

Militia leader Eurico Guterres threatened to fight the peacekeepers if they crossed into West Timor.

Independence leader Xanana Gusmao, speaking in Darwin, welcomed the landing and urged the militias to \
lay down their arms.

East Timor, a former Portuguese colony, has some 800,000 people.
""",
    events=[
        (_FORCE, _TLS, ("074", "070", "150", "190", "192", "086"), "peacekeeping force landed"),
        (_FORCE, ("IDNMIL", "IDN", "IDNGOV"), _MEET, "met Indonesia"),
        (("IDNMIL", "IDN"), _TLS + _FORCE, ("080", "087", "0874", "166", "160"), "began leaving"),
        (_MILITIA, _FORCE, _THREAT, "threatened to fight"),
        (_TIMOR_INDEP, _FORCE, _PRAISE, "welcomed the landing"),
        (_TIMOR_INDEP, _MILITIA, _APPEAL + _DEMAND, "urged the militias"),
    ],
    also=[
        (_FORCE, _TLS, ("074", "070", "150", "190", "086"), "force lands"),
        (("IDNMIL", "IDN"), _FORCE, _MEET, "met Indonesia"),
        (_FORCE + ("IDNMIL", "IDN"), _FORCE + ("IDNMIL", "IDN"), _INTENT + _PRAISE + ("060",),
         "agreed to work"),
        (_MILITIA, _TLS, _ASSAULT + ("200", "201"), "killing and burning"),
    ],
    none=["800,000 people"],
    parties=[
        ("Major-General Peter Cosgrove", "Peter Cosgrove", ("AUSMIL", "IGO")),
        ("Major-General Kiki Syahnakri", "Kiki Syahnakri", ("IDNMIL",)),
        ("Independence leader Xanana Gusmao", "Xanana Gusmao", _TIMOR_INDEP),
    ],
)

_BEL = ("BEL", "BELGOV", "BELMIL")
_RWA = ("RWA", "RWAGOV", "RWAMIL")

AFP_BRUSSELS_UNAMIR = Story(
    "afp_brussels_unamir", "1994-04-14",
    """Belgium to pull its troops out of Rwanda peacekeeping force

BRUSSELS, April 14 (AFP) - Belgium decided on Thursday to withdraw its 420 soldiers from the United \
Nations peacekeeping force in Rwanda, a week after ten Belgian paratroopers were killed by Rwandan \
government troops in Kigali.

Foreign Minister Willy Claes said the force had no mandate to stop the massacres and that Belgium could \
not leave its soldiers exposed in a country sliding into chaos.

He called on the Security Council to strengthen the mission or to withdraw it altogether.

UN Secretary-General Boutros Boutros-Ghali said the pullout would make it impossible for the remaining \
peacekeepers to carry out their tasks.

Fighting raged in Kigali between the army and rebels of the Rwandan Patriotic Front, aid workers said.

Rwanda was a Belgian colony until independence in 1962.
""",
    events=[
        (_BEL, _IGO + _RWA, _REDUCE + ("087", "080", "0874"), "decided on Thursday"),
        (_RWA, _BEL, _ASSAULT + _FIGHT, "were killed by"),
        (_BEL, _IGO, _APPEAL + _DEMAND, "called on the Security"),
        (_IGO, _BEL, _CRIT + _STATE, "the pullout would"),
        (("RWAMIL", "RWA", "RWAGOV"), ("RWAREB", "RWAINS", "RWA"), _FIGHT, "Fighting raged"),
    ],
    also=[
        (_BEL, _IGO + _RWA, _REDUCE + ("087", "080"), "Belgium to pull"),
        (("RWAREB", "RWAINS", "RWA"), ("RWAMIL", "RWA", "RWAGOV"), _FIGHT, "Fighting raged"),
        (_BEL, _IGO, _CRIT + _STATE, "had no mandate"),
    ],
    none=["Belgian colony"],
    parties=[
        ("Foreign Minister Willy Claes", "Willy Claes", ("BELGOV",)),
        ("Secretary-General Boutros Boutros-Ghali", "Boutros Boutros-Ghali", ("IGO", "IGOUNO")),
    ],
)

_ARM = ("ARM", "ARMGOV", "ARMMIL")
_YIELD_OK = ("080", "086", "030", "050", "057")
_AZE = ("AZE", "AZEGOV", "AZEMIL")

TASS_MOSCOW_KARABAKH = Story(
    "tass_moscow_karabakh", "1994-05-16",
    """Armenia, Azerbaijan agree Karabakh ceasefire in Moscow talks

MOSCOW, May 16 (Itar-Tass) - The defence ministers of Armenia and Azerbaijan have agreed on a ceasefire \
in Nagorno-Karabakh from midnight on Wednesday, Russian Defence Minister Pavel Grachev said on Monday \
after hosting talks between them.

Grachev said the sides had also agreed in principle to the deployment of Russian peacekeepers along the \
front line, an idea Baku has so far resisted.

Azerbaijani President Heydar Aliyev said in Baku that his country would not accept foreign troops on its \
soil and accused Armenia of occupying a fifth of Azerbaijan's territory.

Armenian President Levon Ter-Petrosyan welcomed the agreement and called for talks on the status of the \
enclave under the Conference on Security and Cooperation in Europe.

The Azerbaijani defence ministry said Armenian forces had shelled the town of Terter on Sunday, hours \
before the talks began.

The mainly Armenian enclave lies inside Azerbaijan.
""",
    events=[
        (_ARM, _AZE, ("080", "087", "0871", "057", "050", "030", "037"), "have agreed on a ceasefire"),
        (_AZE, _ARM, ("080", "087", "0871", "057", "050", "030", "037"), "have agreed on a ceasefire"),
        (("RUSGOV", "RUSMIL", "RUS"), _ARM + _AZE, _MEET, "after hosting"),
        (("AZEGOV", "AZE"), _ARM, _CRIT, "accused Armenia"),
        (("AZEMIL", "AZE", "AZEGOV"), _ARM, _CRIT, "had shelled"),
    ],
    also=[
        (_ARM, _AZE, ("080", "087", "057", "050", "030"), "agree Karabakh"),
        (_AZE, _ARM, ("080", "087", "057", "050", "030"), "agree Karabakh"),
        (_ARM + _AZE, ("RUS", "RUSMIL", "RUSGOV"), _YIELD_OK, "agreed in principle"),
        (_ARM + _AZE, _AZE + _ARM, _YIELD_OK, "agreed in principle"),
        (("AZE", "AZEGOV"), ("RUS", "RUSMIL", "RUSGOV", ""), _REJ, "has so far resisted"),
        (("AZEGOV", "AZE"), ("RUS", "RUSMIL", "RUSGOV", ""), _REJ, "would not accept"),
        (("ARMGOV", "ARM"), _AZE + ("RUSGOV",), _PRAISE, "welcomed the agreement"),
        (("ARMGOV", "ARM"), _AZE + _IGO, _APPEAL + _INTENT, "called for talks"),
        (_ARM + _AZE, ("RUSGOV", "RUSMIL", "RUS"), _MEET, "after hosting"),
    ],
    none=["lies inside"],
    parties=[
        ("Russian Defence Minister Pavel Grachev", "Pavel Grachev", ("RUSGOV", "RUSMIL")),
        ("Azerbaijani President Heydar Aliyev", "Heydar Aliyev", ("AZEGOV",)),
        ("Armenian President Levon Ter-Petrosyan", "Levon Ter-Petrosyan", ("ARMGOV",)),
    ],
)

_MEX = ("MEX", "MEXGOV", "MEXMIL")
_EZLN = ("MEXREB", "MEXINS")

AP_MEXICO_CHIAPAS = Story(
    "ap_mexico_chiapas", "1994-01-12",
    """Salinas orders halt to Chiapas offensive, offers talks

MEXICO CITY (AP) - President Carlos Salinas de Gortari declared a unilateral ceasefire in the southern \
state of Chiapas on Wednesday and said the army would fire only if attacked, 12 days after Indian rebels \
seized four towns.

Salinas said in a televised address that his peace envoy, former Foreign Minister Manuel Camacho Solis, \
was ready to meet the rebels of the Zapatista National Liberation Army.

The rebels said in a communique delivered to newspapers that they would respect the truce but would not \
lay down their arms.

Hours before the announcement, a car bomb exploded in the parking lot of a shopping centre in Mexico \
City, injuring five people. Police blamed rebel sympathizers, but the Zapatistas denied any role.

Thousands marched in the capital to demand an end to the army's bombing of villages around San Cristobal \
de las Casas.

Chiapas is Mexico's poorest state, and most of its people are Maya Indians.
""",
    events=[
        (_MEX, _EZLN, ("080", "087", "0871"), "declared a unilateral"),
        (_MEX, _EZLN, _INTENT + _MEET, "was ready to meet"),
        (_EZLN, _MEX, _INTENT + ("080", "087", "0871"), "would respect the truce"),
        (("MEXCOP", "MEX", "MEXGOV"), _EZLN, _CRIT, "Police blamed"),
        (_EZLN, ("MEXCOP", "MEX", "MEXGOV"), ("010", "016") + _REJ, "denied any role"),
        (("MEXCVL", "MEX", "MEXOPP"), _MEX, _PROTEST + _DEMAND, "Thousands marched"),
    ],
    also=[
        (_MEX, _EZLN, ("080", "087", "0871", "100"), "orders halt"),
        (_MEX, _EZLN, _INTENT + _MEET, "offers talks"),
        (_MEX, _EZLN, _THREAT, "fire only if"),
        (_EZLN, _MEX, ("190", "192"), "seized four towns"),
        (_EZLN, _MEX, _REJ, "would not lay down"),
        (("", "---"), ("MEX", "MEXCVL", "MEXBUS"), _ASSAULT, "a car bomb exploded"),
        (("MEXCVL", "MEX", "MEXOPP"), _MEX, _PROTEST + _DEMAND + _CRIT, "bombing of villages"),
    ],
    none=["poorest state"],
    parties=[
        ("President Carlos Salinas de Gortari", "Carlos Salinas de Gortari", ("MEXGOV",)),
        ("Manuel Camacho Solis", "Manuel Camacho Solis", ("MEXGOV",)),
    ],
)

_GBR = ("GBR", "GBRGOV")
_IRA = ("GBRREB", "GBRINS", "IRLREB", "GBRSEP")
_SF = ("GBRPTY", "GBROPP", "IRLPTY", "GBRREB")

REUTERS_LONDON_DOCKLANDS = Story(
    "reuters_london_docklands", "1996-02-10",
    """IRA ends ceasefire with London bomb

LONDON, Feb 10 (Reuters) - The Irish Republican Army ended its 17-month ceasefire on Friday, and within \
an hour a huge bomb exploded in London's Docklands business district, injuring more than 100 people and \
killing two.

The IRA said in a statement to Irish state broadcaster RTE that it was ending the truce because of the \
British government's failure to start all-party talks on Northern Ireland.

Prime Minister John Major condemned the blast as an outrage and said there would be no talks with Sinn \
Fein, the IRA's political ally, until the violence stopped.

Irish Prime Minister John Bruton said he had spoken to Major by telephone and that the two governments \
would work together to restore the ceasefire.

Sinn Fein leader Gerry Adams said he regretted the loss of life but blamed London for the collapse of \
the peace process.

U.S. President Bill Clinton condemned the attack and urged the IRA to restore the ceasefire immediately.
""",
    events=[
        (_IRA, _GBR, _FIGHT + _ASSAULT + _REDUCE + _REJ, "ended its 17-month"),
        (_GBR, _IRA, _CRIT, "condemned the blast"),
        (_GBR, _SF, _REJ + _REDUCE, "no talks with Sinn"),
        (("IRLGOV", "IRL"), _GBR, _MEET, "spoken to Major"),
        (_GBR, ("IRLGOV", "IRL"), _MEET, "spoken to Major"),
        (_SF, _GBR, _CRIT, "blamed London"),
        (_USA, _IRA, _CRIT, "condemned the attack"),
        (_USA, _IRA, _APPEAL + _DEMAND, "urged the IRA"),
    ],
    also=[
        (_IRA, _GBR, _FIGHT + _ASSAULT + _REDUCE, "IRA ends"),
        (_IRA, _GBR, _CRIT, "failure to start"),
        (("IRLGOV", "IRL") + _GBR, ("IRLGOV", "IRL") + _GBR, _INTENT + ("060", "050"), "would work together"),
        (_SF, ("GBR", "GBRCVL", ""), ("018", "010"), "regretted"),
    ],
    none=[],
    parties=[
        ("Prime Minister John Major", "John Major", ("GBRGOV",)),
        ("Irish Prime Minister John Bruton", "John Bruton", ("IRLGOV",)),
        ("Sinn Fein leader Gerry Adams", "Gerry Adams", _SF),
        ("President Bill Clinton", "Bill Clinton", ("USAGOV",)),
    ],
)


STORIES: list[Story] = [REUTERS_COLOMBO, AP_MOGADISHU, KYODO_TOKYO, TASS_MOSCOW_START, REUTERS_NAIROBI,
                        AFP_TOKYO_DONORS, REUTERS_ISLAMABAD_TESTS, AFP_TAIPEI, EFE_BUENOS_AIRES,
                        REUTERS_WASHINGTON_SPIES, DPA_BONN_MYKONOS, YONHAP_SEOUL_STRIKE, REUTERS_LAGOS_STRIKE,
                        AFP_DHAKA_BOYCOTT, AFP_LOME_BOYCOTT, EFE_HAVANA_DOCTORS, IRNA_TEHRAN_BAM,
                        AFP_RAMALLAH_SIEGE, REUTERS_KATHMANDU, REUTERS_DILI, AFP_BRUSSELS_UNAMIR,
                        TASS_MOSCOW_KARABAKH, AP_MEXICO_CHIAPAS, REUTERS_LONDON_DOCKLANDS]


if __name__ == "__main__":
    main(STORIES, "stories38")
