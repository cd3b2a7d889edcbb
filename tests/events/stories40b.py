"""A second, small set of whole wire stories of our own (thirty-eighth session, wip/stories40), written
after the branch's fixes and committed before the coder ran on them, to measure whether the fixes
generalise: ERA copy of 1987-2003 on the first set's subjects (a coup in Bissau, a truce broken in
Kashmir, sanctions lifted on Libya, a consul expelled from Lagos, hostages freed in the Sahara, a curfew
in Dhaka, a court's ruling on Fujimori's third term). Same format and conventions as stories40.py.

Run `python tests/events/stories40b.py`.

First run (wip/stories40 at ec45e8d7, the branch's code of 89ab125e): of the 40 required events 20 were
coded at country + root and 18 at actor + root; of the coded triples 16 were right, 1 accepted, 0
duplicated and 6 wrong; 1 of the 5 non-event paragraphs was coded; of 13 parties 12 were right, 1 wrong,
0 unresolved. Main's code on the same file: 18 / 16; 13 / 1 / 0 / 6; 1 of 5; 12 / 1 / 0 (the two carried
messages, "A British envoy carried a message from Prime Minister Tony Blair to Libyan leader Moammar
Gadhafi" and Chrobog's from Schroeder to Bouteflika, are the difference). Corrected after the run, as a
writing error by the ten-year rule: Ershad's 1982 coup, told in a story of 1987, is background under ten
years old, moved from `none` to an accepted row. What still fails is a strict xfail in
tests/events/test_stories40b.py with its reason.
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
_INTENT = ("030", "031", "032", "033", "036", "037", "038", "039")
_PRAISE = ("050", "051", "052", "055", "056", "057")
_THREAT = ("130", "131", "133", "138", "139")
_PROTEST = ("140", "141", "143", "144", "145")
_REDUCE = ("160", "161", "162", "163", "164", "166")
_COERCE = ("170", "172", "173", "174", "175")
_FIGHT = ("190", "191", "192", "193", "194", "195", "196")
_ASSAULT = ("180", "181", "182", "183", "186")
_YIELD = ("080", "081", "082", "083", "084", "085", "086", "087")

_GNB = ("GNB", "GNBGOV")
_GNBMIL = ("GNBMIL", "GNBREB", "GNB")

AFP_BISSAU = Story(
    "afp_bissau_coup", "2003-09-15",
    """Guinea-Bissau army ousts Yala, promises elections

BISSAU, Sept 15 (AFP) - Guinea-Bissau's army chief General Verissimo Correia Seabra seized power on \
Sunday in a bloodless coup, detaining President Kumba Yala, and said the military would hand power to a \
civilian government after fresh elections.

Seabra told state radio that the armed forces had acted because Yala had repeatedly postponed the \
parliamentary vote and that the country was on the brink of chaos.

The African Union condemned the coup and demanded that constitutional order be restored, while \
Portugal, the former colonial power, said it would suspend its military cooperation.

Yala resigned on Wednesday in a televised address, three days after his arrest.

Guinea-Bissau has had several coups and a civil war since independence in 1974.
""",
    events=[
        (_GNBMIL, _GNB, ("190", "192", "193", "175", "172", "173"), "seized power"),
        (_GNBMIL, ("GNBGOV", "GNB"), ("173", "170", "172"), "detaining President"),
        (_GNBMIL, ("GNB", "GNBCVL", "GNBGOV"), _INTENT + ("083", "081"), "would hand power"),
        (_GNBMIL, ("GNBGOV", "GNB"), _CRIT, "had repeatedly postponed"),
        (_IGO, _GNBMIL, _CRIT, "condemned the coup"),
        (_IGO, _GNBMIL + ("GNBGOV",), _DEMAND, "demanded that constitutional"),
        (("PRT", "PRTGOV"), _GNB + _GNBMIL, _REDUCE + ("160",) + _INTENT, "would suspend"),
    ],
    also=[
        (_GNBMIL, ("GNBGOV", "GNB"), ("190", "192", "175", "172", "173"), "army ousts Yala"),
        (_GNBMIL, ("GNB", "GNBCVL"), _INTENT, "promises elections"),
        (("GNBGOV", "GNB"), _GNBMIL, _YIELD, "Yala resigned"),
    ],
    none=["several coups"],
    parties=[
        ("General Verissimo Correia Seabra", "Verissimo Correia Seabra", _GNBMIL),
        ("President Kumba Yala", "Kumba Yala", ("GNBGOV",)),
    ],
)

_IND = ("IND", "INDGOV", "INDMIL")
_PAK = ("PAK", "PAKGOV", "PAKMIL")

PTI_JAMMU = Story(
    "pti_jammu_truce", "2003-12-02",
    """India accuses Pakistan of first truce breach in Kashmir

JAMMU, Dec 2 (PTI) - India on Tuesday accused Pakistani troops of firing on an Indian army post in the \
Poonch sector, the first violation of the ceasefire along the Line of Control that took effect last \
week, and said it had lodged a strong protest.

A Defence Ministry spokesman said no Indian soldier was hurt and that Indian troops had not returned \
fire.

Pakistan's military spokesman, Major-General Shaukat Sultan, denied the charge and said Pakistani \
troops stood by the ceasefire.

External Affairs Minister Yashwant Sinha said India remained committed to the truce and urged Islamabad \
to stop militants from crossing the line.

The two armies exchanged fire almost daily along the line for 14 years.
""",
    events=[
        (_IND, _PAK, _CRIT, "accused Pakistani"),
        (_IND, _PAK, ("114", "111", "112"), "lodged a strong"),
        (_PAK, _IND, _REJ + ("016",) + _CRIT, "denied the charge"),
        (_IND, _PAK, _APPEAL + _DEMAND, "urged Islamabad"),
    ],
    also=[
        (_IND, _PAK, _CRIT, "India accuses"),
        (_PAK, _IND, ("190", "196"), "firing on an Indian"),
        (_PAK, _IND, ("051", "010", "030", "0871", "087"), "stood by the ceasefire"),
        (_IND, _PAK, ("030", "010", "051", "0871", "087"), "remained committed"),
        (_IND, _PAK, ("010", "013"), "had not returned"),
    ],
    none=["exchanged fire almost daily"],
    parties=[
        ("Major-General Shaukat Sultan", "Shaukat Sultan", ("PAKMIL",)),
        ("Minister Yashwant Sinha", "Yashwant Sinha", ("INDGOV",)),
    ],
)

_LBY = ("LBY", "LBYGOV")

REUTERS_TRIPOLI = Story(
    "reuters_tripoli_sanctions", "2003-09-13",
    """U.N. lifts Libya sanctions after Lockerbie deal

UNITED NATIONS, Sept 12 (Reuters) - The U.N. Security Council voted on Friday to lift 11-year-old \
sanctions on Libya, after Tripoli accepted responsibility for the 1988 Lockerbie bombing and agreed to pay \
up to $2.7 billion to the victims' families.

The United States and France abstained. Washington said its own sanctions would stay and that Libya was \
still pursuing weapons of mass destruction.

Libyan Foreign Minister Abdel-Rahman Shalgam welcomed the vote and said his country wanted good relations \
with all states, including the United States.

A British envoy carried a message from Prime Minister Tony Blair to Libyan leader Moammar Gadhafi last \
month, officials said.

The Security Council imposed the sanctions in 1992.
""",
    events=[
        (_IGO, _LBY, ("081", "080", "085", "086", "087"), "voted on Friday"),
        (_LBY, ("GBR", "USA", "IGO", ""), ("013", "010", "016", "050", "055"), "accepted responsibility"),
        (_LBY, ("GBR", "USA", "GBRCVL", "USACVL", "IGO"), ("030", "031", "057", "071", "081", "086"),
         "agreed to pay"),
        (("USA", "USAGOV"), _LBY, ("120", "010", "012", "160", "163"), "would stay"),
        (("USA", "USAGOV"), _LBY, _CRIT, "still pursuing"),
        (_LBY, _IGO, _PRAISE, "welcomed the vote"),
        (("GBR", "GBRGOV"), _LBY, ("040", "041", "042", "043"), "carried a message"),
    ],
    also=[
        (_IGO, _LBY, ("081", "080", "085", "086", "087"), "lifts Libya"),
        (_LBY, ("USA", "USAGOV", "IGO", ""), ("030", "010", "020", "051"), "wanted good relations"),
        (("USA", "USAGOV", "FRA", "FRAGOV"), _IGO + _LBY, ("010", "120", "012"), "abstained"),
    ],
    none=["imposed the sanctions in 1992"],
    parties=[
        ("Minister Abdel-Rahman Shalgam", "Abdel-Rahman Shalgam", ("LBYGOV",)),
        ("Prime Minister Tony Blair", "Tony Blair", ("GBRGOV",)),
    ],
)

_NGA = ("NGA", "NGAGOV")
_GHA = ("GHA", "GHAGOV")

AP_LAGOS = Story(
    "ap_lagos_consul", "1988-02-08",
    """Nigeria expels Ghanaian consul over smuggling charge

LAGOS, Nigeria (AP) - Nigeria ordered a Ghanaian consular official to leave the country within 48 hours on \
Monday, accusing him of helping smugglers move currency across the border, the External Affairs Ministry \
said.

The ministry said the official had been warned twice and that Ghana had ignored repeated complaints.

Ghana's foreign secretary, Obed Asamoah, called the expulsion unjustified and said Accra would recall its \
high commissioner for consultations.

Nigeria closed its border with Benin, the main smuggling route, for three days last week.
""",
    events=[
        (_NGA, _GHA, ("166", "160", "161", "174"), "ordered a Ghanaian"),
        (_NGA, _GHA, _CRIT, "accusing him"),
        (_NGA, _GHA, _CRIT, "had ignored"),
        (_GHA, _NGA, _CRIT + _REJ, "called the expulsion"),
        (_GHA, _NGA, ("161", "160") + _INTENT, "would recall"),
    ],
    also=[
        (_NGA, _GHA, ("166", "160", "161", "174"), "expels Ghanaian"),
        (_NGA, _GHA, _CRIT + _THREAT, "had been warned"),
        (_NGA, ("BEN", "BENGOV"), ("160", "163", "161", "172"), "closed its border"),
    ],
    none=[],
    parties=[
        ("foreign secretary, Obed Asamoah", "Obed Asamoah", ("GHAGOV",)),
    ],
)

_DZA = ("DZA", "DZAGOV", "DZAMIL")
_GSPC = ("DZAREB", "DZAINS", "DZAUAF", "---REB", "---UAF", "DZAMOS", "IMGMOS")
_DEU = ("DEU", "DEUGOV")

DPA_ALGIERS = Story(
    "dpa_algiers_hostages", "2003-05-14",
    """Algerian troops free 17 European hostages in Sahara

ALGIERS, May 14 (dpa) - Algerian troops freed 17 European tourists held by Islamic militants in the \
Sahara on Tuesday after a gun battle near Illizi, and said another 15 hostages, most of them Germans, were \
still being held.

German Foreign Minister Joschka Fischer welcomed the release and thanked the Algerian government, but \
urged it to avoid any risk to the remaining hostages.

An Algerian army statement said the kidnappers belonged to the Salafist Group for Preaching and Combat and \
that several of them had been killed.

Fischer's envoy, Juergen Chrobog, carried a message from Chancellor Gerhard Schroeder to President Abdelaziz \
Bouteflika on Wednesday.

The 32 tourists disappeared in separate groups in February and March.
""",
    events=[
        (_DZA, _GSPC, _FIGHT + ("0841",), "freed 17"),
        (_DEU, _DZA, _PRAISE, "welcomed the release"),
        (_DEU, _DZA, ("051", "050"), "thanked the Algerian"),
        (_DEU, _DZA, _APPEAL + _DEMAND, "urged it to avoid"),
        (_DZA, _GSPC, _CRIT + ("010",), "belonged to"),
        (_DEU, _DZA, ("040", "041", "042", "043"), "carried a message"),
    ],
    also=[
        (_DZA, _GSPC, _FIGHT, "troops free 17"),
        (_DZA, _GSPC, _FIGHT + _ASSAULT, "had been killed"),
        (_GSPC, ("DEUCVL", "DEU", "---CVL", "EURCVL", "EUR"), ("181", "180"), "were still being held"),
    ],
    none=["disappeared in separate"],
    parties=[
        ("Minister Joschka Fischer", "Joschka Fischer", ("DEUGOV",)),
        ("Chancellor Gerhard Schroeder", "Gerhard Schroeder", ("DEUGOV",)),
        ("President Abdelaziz Bouteflika", "Abdelaziz Bouteflika", ("DZAGOV",)),
    ],
)

_BGD = ("BGD", "BGDGOV")
_BGDOPP = ("BGDOPP", "BGDPTY")

REUTERS_DHAKA = Story(
    "reuters_dhaka_curfew", "1987-11-28",
    """Ershad declares emergency, curfew in Dhaka

DHAKA, Nov 28 (Reuters) - President Hossain Mohammad Ershad declared a state of emergency on Friday and \
imposed an indefinite curfew on Dhaka, after weeks of opposition strikes and protests demanding his \
resignation.

Police arrested hundreds of opposition activists overnight, among them Awami League leader Sheikh Hasina, \
party officials said.

Ershad said in a broadcast that the opposition had tried to plunge the country into anarchy and that the \
army would ensure order.

Opposition leaders called the emergency illegal and said their campaign would go on.

Ershad seized power in a bloodless coup in 1982.
""",
    events=[
        (_BGD, _BGDOPP + ("BGD", "BGDCVL"), ("175", "172", "1721", "170"), "declared a state"),
        (_BGD, ("BGDCVL", "BGD") + _BGDOPP, ("172", "1721", "175", "170"), "imposed an indefinite"),
        (("BGDCOP", "BGD", "BGDGOV"), _BGDOPP + ("BGDCVL",), ("173", "170"), "arrested hundreds"),
        (_BGD, _BGDOPP, _CRIT, "had tried to plunge"),
        (_BGDOPP, _BGD, _CRIT, "called the emergency"),
    ],
    also=[
        (_BGD, _BGDOPP + ("BGD", "BGDCVL"), ("175", "172", "170"), "declares emergency"),
        (_BGDOPP + ("BGDCVL",), _BGD, _PROTEST + _DEMAND, "strikes and protests"),
        (_BGD + ("BGDMIL",), _BGDOPP + ("BGD",), ("170", "175", "030", "138", "130"), "would ensure order"),
        (_BGDOPP, _BGD, _REJ + _INTENT + _THREAT, "would go on"),
        (("BGDMIL", "BGDGOV", "BGD"), ("BGDGOV", "BGD", "BGDCVL"), ("172", "1723", "175", "190", "192"),
         "seized power in a bloodless coup"),
    ],
    none=[],
    parties=[
        ("President Hossain Mohammad Ershad", "Hossain Mohammad Ershad", ("BGDGOV",)),
        ("leader Sheikh Hasina", "Sheikh Hasina", _BGDOPP),
    ],
)

_PER = ("PER", "PERGOV")

EFE_LIMA = Story(
    "efe_lima_court_fujimori", "1997-05-29",
    """Peru's Congress fires judges who ruled against Fujimori third term

LIMA, May 29 (EFE) - Peru's Congress, controlled by President Alberto Fujimori's supporters, dismissed \
three Constitutional Court judges on Wednesday who had ruled that a law allowing Fujimori to seek a third \
term was unconstitutional.

Opposition legislators walked out of the chamber before the vote and accused the government of destroying \
the independence of the judiciary.

The U.S. State Department said it was concerned by the dismissals, and the Organization of American States \
said it would send a mission to Lima.

Fujimori said the Congress had acted within its powers and rejected foreign criticism of Peru's \
institutions.

Thousands of students marched to the Congress building on Thursday to protest against the dismissals.
""",
    events=[
        (("PERLEG", "PER", "PERGOV"), ("PERJUD",), ("172", "170", "175"), "dismissed"),
        (("PEROPP", "PERLEG", "PERPTY"), ("PERLEG", "PER", "PERGOV"), _PROTEST + ("160",), "walked out"),
        (("PEROPP", "PERLEG", "PERPTY"), _PER, _CRIT, "accused the government"),
        (_IGO, _PER, ("042", "040", "036", "030", "090", "092"), "would send a mission"),
        (_PER, ("USA", "USAGOV", "IGO", ""), _REJ, "rejected foreign criticism"),
        (("PEREDU", "PERCVL", "PEROPP"), ("PERLEG", "PER", "PERGOV"), _PROTEST, "marched to the Congress"),
    ],
    also=[
        (("PERLEG", "PER", "PERGOV"), ("PERJUD",), ("172", "170", "175"), "fires judges"),
        (("PERJUD",), _PER, ("111", "112", "115"), "had ruled"),
        (("USA", "USAGOV"), _PER + ("PERLEG",), _CRIT, "was concerned"),
        (_PER, ("PERLEG",), ("051", "050"), "had acted within"),
    ],
    none=[],
    parties=[
        ("President Alberto Fujimori", "Alberto Fujimori", ("PERGOV",)),
    ],
)


STORIES: list[Story] = [AFP_BISSAU, PTI_JAMMU, REUTERS_TRIPOLI, AP_LAGOS, DPA_ALGIERS, REUTERS_DHAKA,
                        EFE_LIMA]


if __name__ == "__main__":
    main(STORIES, "stories40b")
