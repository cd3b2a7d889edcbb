"""A second, small set of whole wire stories of our own (fortieth session, wip/stories42), written after
the branch's fixes and committed before the coder ran on them, to measure whether the fixes generalise:
seven ERA stories of 1994-2003 on the first set's subjects (the IAEA's deadline for Iran, the Svalbard
trawler war, the Eritrea-Ethiopia boundary ruling, Papua New Guinea's recognition of Taiwan, Plavsic's
surrender, the Moscow expulsions after Hanssen, the Lome accord's first breach), with reported speech,
pronouns, domestic actors, an act told again, background that must code nothing.

Run `python tests/events/stories42b.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories42 at 8c5cfd6d, the branch's code of addb77f9): of the 57 required events 25 were
coded at country + root and 22 at actor + root; of the coded triples 17 were right, 0 accepted, 0 duplicated
and 16 wrong; 0 of the 5 non-event paragraphs was coded; of 16 parties 14 were right, 2 wrong and 0
unresolved. Main (de39128c) on the same file: the same figures. Corrected after the run by the annotation
guide: "in response to Washington's decision to expel four Russian diplomats" (an act noun in a prepositional
phrase) moved to `also`; 56 required events, the same figures on main and branch.
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
_EXPEL = ("166", "174", "160", "161")
_USA = ("USA", "USAGOV")

_IRN = ("IRN", "IRNGOV")

AP_VIENNA_IRAN = Story(
    "ap_vienna_iran_deadline", "2003-09-12",
    """IAEA sets Oct. 31 deadline for Iran to prove nuclear program peaceful

VIENNA, Austria (AP) - The U.N. nuclear agency's board on Friday gave Iran until Oct. 31 to prove it is not \
seeking atomic weapons, and demanded that Tehran suspend uranium enrichment and allow snap inspections.

Iran's delegation walked out of the meeting in protest. Its chief delegate, Ali Akbar Salehi, said the \
resolution was politically motivated and that Tehran would review its cooperation with the agency.

"The United States has drafted this text to open the way for the Security Council," Salehi told reporters.

IAEA Director General Mohamed ElBaradei said inspectors had found traces of highly enriched uranium at the \
Natanz plant and urged Iran to explain them.

The United States welcomed the resolution. Russia, which is building a nuclear power plant for Iran at \
Bushehr, said it had voted for the text but warned against any attempt to isolate Tehran.

Iran signed the Nuclear Non-Proliferation Treaty in 1970.
""",
    events=[
        (_IGO, _IRN, _DEMAND + _APPEAL + ("139",), "demanded that Tehran suspend"),
        (_IRN, _IGO, _PROTEST + _REDUCE + _CRIT, "walked out of the meeting"),
        (_IRN, _IGO + _USA, _CRIT, "was politically motivated"),
        (_IRN, _IGO, _THREAT + _REDUCE, "would review its cooperation"),
        (_IRN, _USA, _CRIT, "has drafted this text"),
        (_IGO, _IRN, _CRIT + ("112",), "had found traces"),
        (_IGO, _IRN, _APPEAL + _DEMAND, "urged Iran to explain"),
        (_USA, _IGO, _PRAISE, "welcomed the resolution"),
        (("RUS", "RUSGOV"), _IGO + _USA, _CRIT + _THREAT + _APPEAL + ("010",), "warned against any attempt"),
    ],
    also=[
        (_IGO, _IRN, _DEMAND + _APPEAL + ("139",), "gave Iran until Oct. 31"),
        (_IGO, _IRN, _DEMAND + _APPEAL + ("139",), "IAEA sets Oct. 31 deadline"),
        (("RUS", "RUSGOV"), _IGO, _PRAISE + ("010", "057"), "had voted for the text"),
        (("RUS", "RUSGOV"), _IRN, ("060", "061", "064", "070", "071"), "is building a nuclear power"),
    ],
    none=["signed the Nuclear Non-Proliferation Treaty in 1970"],
    parties=[
        ("Its chief delegate, Ali Akbar Salehi", "Ali Akbar Salehi", ("IRNGOV",)),
        ("Director General Mohamed ElBaradei", "Mohamed ElBaradei", ("IGOUNOIAE", "IGO")),
    ],
)

_ISL = ("ISL", "ISLGOV")
_NOR = ("NOR", "NORGOV", "NORMIL")

REUTERS_REYKJAVIK_TRAWLERS = Story(
    "reuters_reykjavik_svalbard_trawlers", "1994-06-16",
    """Iceland protests as Norway cuts trawler nets off Svalbard

REYKJAVIK, June 16 (Reuters) - Iceland on Thursday lodged a formal protest with Norway after a Norwegian \
coast guard vessel cut the nets of two Icelandic trawlers fishing for cod in the waters around the \
Svalbard archipelago.

Foreign Minister Jon Baldvin Hannibalsson summoned the Norwegian ambassador and told him that Norway had no \
right to police waters that Iceland regards as international.

The Norwegian coast guard said the trawlers had ignored repeated orders to leave the 200-mile fisheries \
protection zone Norway declared around Svalbard in 1977, and had fired warning shots across their bows.

In Oslo, Fisheries Minister Jan Henry Olsen rejected the protest and said Norway would go on enforcing the \
zone to protect cod stocks. He proposed talks with Reykjavik on fishing quotas in the Barents Sea.

Icelandic trawler owners said their vessels would stay in the area.

Iceland and Britain fought three "cod wars" over fishing limits between 1958 and 1976.
""",
    events=[
        (_ISL, _NOR, _CRIT, "lodged a formal protest"),
        (_NOR, ("ISLBUS", "ISLCVL", "ISL", "ISLAGR"), _COERCE + _FIGHT + _ASSAULT, "cut the nets"),
        (_ISL, _NOR, _CRIT, "summoned the Norwegian ambassador"),
        (_ISL, _NOR, _CRIT, "had no right to police"),
        (_NOR, ("ISLBUS", "ISLCVL", "ISL", "ISLAGR"), _CRIT, "had ignored repeated orders"),
        (_NOR, _ISL, _REJ, "rejected the protest"),
        (_NOR, _ISL, _INTENT + _THREAT, "would go on enforcing"),
        (_NOR, _ISL, _INTENT + _MEET, "proposed talks"),
        (("ISLBUS", "ISLAGR", "ISL"), _NOR, _REJ + ("010", "012"), "would stay in the area"),
    ],
    also=[
        (_ISL, _NOR, _CRIT, "Iceland protests"),
        (_NOR, ("ISLBUS", "ISLCVL", "ISL", "ISLAGR"), _COERCE + _FIGHT + _ASSAULT,
         "Norway cuts trawler nets"),
        (_NOR, ("ISLBUS", "ISLCVL", "ISL", "ISLAGR"), _FIGHT + ("150", "138"), "had fired warning shots"),
    ],
    none=["fought three \"cod wars\""],
    parties=[
        ("Foreign Minister Jon Baldvin Hannibalsson", "Jon Baldvin Hannibalsson", ("ISLGOV",)),
        ("Fisheries Minister Jan Henry Olsen", "Jan Henry Olsen", ("NORGOV",)),
    ],
)

_ERI = ("ERI", "ERIGOV")
_ETH = ("ETH", "ETHGOV")

AFP_ASMARA_BOUNDARY = Story(
    "afp_asmara_boundary_ruling", "2002-04-14",
    """Eritrea, Ethiopia both claim victory in border ruling

ASMARA, April 14 (AFP) - Eritrea and Ethiopia both claimed victory on Sunday after an international boundary \
commission in The Hague delivered its ruling on their disputed 1,000-kilometre border.

Eritrean Information Minister Ali Abdu said the ruling had placed the town of Badme, where the 1998-2000 war \
broke out, inside Eritrea, and called on Ethiopia to withdraw its administration from the area.

In Addis Ababa, Foreign Minister Seyoum Mesfin told a news conference that Badme remained Ethiopian and \
accused Asmara of misleading its own people.

The commission's president, Elihu Lauterpacht, said both governments had agreed in advance that the ruling \
would be final and binding.

The U.N. peacekeeping mission, which patrols a buffer zone between the two armies, urged both sides to \
respect the decision and to refrain from inflammatory statements.

The war killed some 70,000 people before a peace accord was signed in Algiers in December 2000.
""",
    events=[
        (_ERI + _ETH, _IGO, ("010", "012", "013", "050", "051"), "both claimed victory"),
        (_ERI, _ETH, _DEMAND + _APPEAL, "called on Ethiopia to withdraw"),
        (_ETH, _ERI, _REJ + ("010",), "Badme remained Ethiopian"),
        (_ETH, _ERI, _CRIT, "accused Asmara"),
        (_ERI + _ETH, _IGO, ("057", "030", "031", "081"), "had agreed in advance"),
        (_IGO, _ERI + _ETH, _APPEAL + _DEMAND, "urged both sides"),
    ],
    also=[
        (_IGO, _ERI + _ETH, ("010", "057", "060"), "delivered its ruling"),
        (_ERI, _ETH, ("010", "012", "013", "050"), "had placed the town"),
        (_ERI + _ETH, _ETH + _ERI, ("057",), "a peace accord was signed"),
    ],
    none=[],
    parties=[
        ("Eritrean Information Minister Ali Abdu", "Ali Abdu", ("ERIGOV",)),
        ("Foreign Minister Seyoum Mesfin", "Seyoum Mesfin", ("ETHGOV",)),
    ],
)

_PNG = ("PNG", "PNGGOV")
_CHN = ("CHN", "CHNGOV")
_TWN = ("TWN", "TWNGOV")

XINHUA_BEIJING_PNG = Story(
    "xinhua_beijing_png_recognition", "1999-07-06",
    """China lodges strong protest over PNG's "recognition" of Taiwan

BEIJING, July 6 (Xinhua) -- China today lodged a strong protest with Papua New Guinea over its announcement \
that it had established so-called diplomatic relations with Taiwan, and demanded that Port Moresby correct \
its mistake at once.

Foreign Ministry spokesman Zhu Bangzao said the move was a gross violation of the joint communique on the \
establishment of diplomatic relations between the two countries and of the one-China principle.

Vice Foreign Minister Wang Yingfan summoned the Papua New Guinea ambassador in Beijing and told him that \
the PNG government must bear all the consequences.

Zhu said the Taiwan authorities had used "dollar diplomacy" to buy recognition and warned that their \
attempt to split the motherland was doomed to fail.

Papua New Guinea's opposition leader, Sir Mekere Morauta, said the decision had been taken without \
consulting parliament and promised to review it if he formed a government.

China and Papua New Guinea established diplomatic relations in 1976.
""",
    events=[
        (_CHN, _PNG, _CRIT, "lodged a strong protest"),
        (_PNG, _TWN, ("057", "050", "051", "064"), "had established so-called"),
        (_CHN, _PNG, _DEMAND + _APPEAL, "demanded that Port Moresby"),
        (_CHN, _PNG, _CRIT, "was a gross violation"),
        (_CHN, _PNG, _CRIT, "summoned the Papua New Guinea"),
        (_CHN, _PNG, _THREAT + _CRIT + _DEMAND, "must bear all the consequences"),
        (_CHN, _TWN, _CRIT, "had used \"dollar diplomacy\""),
        (_CHN, _TWN, _THREAT + _CRIT, "was doomed to fail"),
        (("PNGOPP", "PNGLEG", "PNGELI"), ("PNGGOV", "PNG"), _CRIT, "had been taken without"),
        (("PNGOPP", "PNGLEG", "PNGELI"), ("PNGGOV", "PNG", "TWN", "TWNGOV"), _INTENT, "promised to review"),
    ],
    also=[
        (_CHN, _PNG, _CRIT, "China lodges strong protest"),
        (_PNG, _TWN, ("057", "050", "051", "064"), "recognition\" of Taiwan"),
        (_CHN, _PNG, _CRIT, "correct its mistake"),
    ],
    none=["established diplomatic relations in 1976"],
    parties=[
        ("Foreign Ministry spokesman Zhu Bangzao", "Zhu Bangzao", ("CHNGOV",)),
        ("Vice Foreign Minister Wang Yingfan", "Wang Yingfan", ("CHNGOV",)),
        ("opposition leader, Sir Mekere Morauta", "Sir Mekere Morauta", ("PNGOPP", "PNGLEG", "PNGELI")),
    ],
)

_PLAV = ("BIHSRB", "BIHELI", "BIHREB", "SRBELI", "BIH", "SRB")

REUTERS_HAGUE_PLAVSIC = Story(
    "reuters_hague_plavsic_surrender", "2001-01-10",
    """Former Bosnian Serb leader Plavsic surrenders to U.N. court

THE HAGUE, Jan 10 (Reuters) - Former Bosnian Serb president Biljana Plavsic flew to The Hague on \
Wednesday and surrendered to the U.N. war crimes tribunal, which has charged her with genocide during the \
1992-95 war.

Plavsic, 70, is the most senior Bosnian Serb leader to be held by the court. She was driven from Schiphol \
airport to the tribunal's detention unit under police escort.

Chief prosecutor Carla Del Ponte welcomed the surrender and urged Yugoslavia's new government to arrest \
and hand over former President Slobodan Milosevic, whom the tribunal indicted in 1999.

Yugoslav President Vojislav Kostunica has called the tribunal a political instrument of the United States \
and said Milosevic would not be extradited.

The Bosnian Serb government said it respected Plavsic's decision and would pay for her defence.

The tribunal was set up by the U.N. Security Council in 1993.
""",
    events=[
        (_PLAV, _IGO, _YIELD, "surrendered to the U.N."),
        (_IGO, _PLAV, ("112", "111", "173"), "has charged her"),
        (_IGO, _PLAV, _PRAISE, "welcomed the surrender"),
        (_IGO, ("YUG", "YUGGOV", "SRB", "SRBGOV"), _DEMAND + _APPEAL, "urged Yugoslavia's new government"),
        (("YUGGOV", "YUG", "SRBGOV", "SRB"), _IGO + _USA, _CRIT, "called the tribunal"),
        (("YUGGOV", "YUG", "SRBGOV", "SRB"), _IGO, _REJ, "would not be extradited"),
        (("BIHSRB", "BIHGOV", "BIH", "BIHREB"), _PLAV, _PRAISE + ("070", "071", "073"), "would pay for"),
    ],
    also=[
        (_PLAV, _IGO, _YIELD, "Plavsic surrenders"),
        (_IGO, ("YUG", "YUGGOV", "SRB", "SRBELI", "YUGELI"), ("112", "111", "173"), "indicted in 1999"),
        (("BIHSRB", "BIHGOV", "BIH", "BIHREB"), _PLAV, _PRAISE, "respected Plavsic's decision"),
        (("NLDCOP", "NLD", "IGO"), _PLAV, ("173", "170", "174"), "was driven from Schiphol"),
    ],
    none=["was set up by the U.N. Security Council in 1993"],
    parties=[
        ("Chief prosecutor Carla Del Ponte", "Carla Del Ponte", ("IGO",)),
        ("Yugoslav President Vojislav Kostunica", "Vojislav Kostunica", ("YUGGOV", "SRBGOV")),
    ],
)

_RUS = ("RUS", "RUSGOV")

ITARTASS_MOSCOW_HANSSEN = Story(
    "itartass_moscow_hanssen_expulsions", "2001-03-23",
    """Russia orders expulsion of four U.S. diplomats

MOSCOW, March 23 (Itar-Tass) - Russia has ordered four U.S. diplomats to leave the country in response to \
Washington's decision to expel four Russian diplomats, the Russian Foreign Ministry said on Friday.

U.S. Ambassador James Collins was summoned to the ministry on Thursday evening and handed a note. The \
ministry said it reserved the right to expel 46 more Americans if Washington carried out its threat to \
order out 46 other Russian diplomats.

Foreign Minister Igor Ivanov told reporters that the U.S. action was a relapse into the Cold War and \
unjustified. He said Russia had no interest in a spiral of expulsions and called on Washington to show \
restraint.

The United States said the Russian diplomats had been involved in the spy case of FBI agent Robert Hanssen, \
who was arrested last month.

President Vladimir Putin said the expulsions would not change Russia's policy of cooperation with the \
United States.
""",
    events=[
        (_RUS, _USA, _EXPEL, "has ordered four U.S. diplomats"),
        (_RUS, _USA, _CRIT + ("160",), "was summoned to the ministry"),
        (_RUS, _USA, _THREAT, "reserved the right to expel"),
        (_RUS, _USA, _CRIT, "was a relapse"),
        (_RUS, _USA, _APPEAL + _DEMAND, "called on Washington"),
        (_USA, _RUS, _CRIT, "had been involved in the spy case"),
        (_RUS, _USA, ("010", "012", "013", "030", "036"), "would not change Russia's policy"),
    ],
    also=[
        (_RUS, _USA, _EXPEL, "orders expulsion"),
        (_USA, _RUS, _EXPEL, "decision to expel four"),
        (_USA, _RUS, _THREAT + _EXPEL, "carried out its threat"),
        (_RUS, _USA, ("010", "012", "013"), "had no interest in a spiral"),
        (("USA", "USACOP", "USAGOV"), ("USA", "USACOP", "USAGOV", "USASPY"), ("173", "170"), "was arrested"),
    ],
    none=[],
    parties=[
        ("U.S. Ambassador James Collins", "James Collins", ("USAGOV",)),
        ("Foreign Minister Igor Ivanov", "Igor Ivanov", ("RUSGOV",)),
        ("President Vladimir Putin", "Vladimir Putin", ("RUSGOV",)),
    ],
)

_SLE = ("SLE", "SLEGOV", "SLEMIL")
_RUF = ("SLEREB",)

AFP_FREETOWN_LOME = Story(
    "afp_freetown_lome_breach", "1999-07-14",
    """Sierra Leone rebels accused of attacks a week after Lome accord

FREETOWN, July 14 (AFP) - Sierra Leone's government on Wednesday accused Revolutionary United Front (RUF) \
rebels of attacking villages in the north of the country, a week after the two sides signed a peace \
accord in Lome, Togo.

Information Minister Julius Spencer said rebels had looted and burned three villages near Port Loko and \
abducted at least 20 civilians, and urged the rebel leadership to restrain its fighters.

The RUF's spokesman in Lome, Omrie Golley, denied that rebel units had broken the ceasefire and blamed \
renegade soldiers of the former junta for the raids.

The Nigerian-led ECOMOG peacekeeping force said it had sent troops to the area and would set up checkpoints \
on the main road.

U.N. special envoy Francis Okelo called on both sides to honour the agreement and said U.N. military \
observers would be deployed as soon as possible.

The accord gives the RUF four cabinet posts and an amnesty for crimes committed during the eight-year war.
""",
    events=[
        (_SLE, _RUF, _CRIT, "accused Revolutionary United Front"),
        (_SLE + _RUF, _RUF + _SLE, ("057",), "signed a peace accord"),
        (_SLE, _RUF, _CRIT, "had looted and burned"),
        (_SLE, _RUF, _APPEAL + _DEMAND, "urged the rebel leadership"),
        (_RUF, _SLE, _REJ + ("016", "010", "012"), "denied that rebel units"),
        (_RUF, ("SLEMIL", "SLE", "SLEREB", "SLEGOV"), _CRIT, "blamed renegade soldiers"),
        (_IGO + ("NGA", "NGAMIL"), ("SLE", "SLECVL", "SLEGOV") + _RUF,
         ("042", "043", "060", "070", "074", "150", "030"), "had sent troops"),
        (_IGO, _SLE + _RUF, _APPEAL + _DEMAND, "called on both sides"),
    ],
    also=[
        (_SLE, _RUF, _CRIT, "rebels accused of attacks"),
        (_IGO, _SLE + _RUF, ("030", "031", "042", "043"), "would be deployed"),
        (_IGO + ("NGA", "NGAMIL"), ("SLE", "SLECVL") + _RUF, ("030", "172", "170", "150"), "would set up"),
    ],
    none=["The accord gives the RUF four cabinet posts"],
    parties=[
        ("Information Minister Julius Spencer", "Julius Spencer", ("SLEGOV",)),
        ("U.N. special envoy Francis Okelo", "Francis Okelo", ("IGO",)),
    ],
)


STORIES: list[Story] = [AP_VIENNA_IRAN, REUTERS_REYKJAVIK_TRAWLERS, AFP_ASMARA_BOUNDARY, XINHUA_BEIJING_PNG,
                        REUTERS_HAGUE_PLAVSIC, ITARTASS_MOSCOW_HANSSEN, AFP_FREETOWN_LOME]


if __name__ == "__main__":
    main(STORIES, "stories42b")
