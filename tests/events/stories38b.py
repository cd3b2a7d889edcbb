"""A second, small set of whole wire stories of our own (thirty-sixth session, wip/stories38), written after
the branch's fixes to measure whether they generalise: seven ERA stories of 1990-2002 on the same subjects
(a Mindanao truce abandoned, tit-for-tat expulsions between Warsaw and Moscow, the Nodong test over the Sea
of Japan, Athens's rescuers for Izmit, Venezuela's oil strike, the Indian peacekeepers' last day in Sri
Lanka, Tokyo's grant aid frozen over China's tests), each with an act named again by a bare noun. Conventions
as in stories38.py; committed before the coder ran on them.

Run `python tests/events/stories38b.py`.

First run (wip/stories38 at 38ac7379, the branch's code of 4d2234b8): of the 31 required events 17 were
coded at country + root and 14 at actor + root; of the coded triples 15 were right, 1 accepted, 1
duplicated and 7 wrong; 0 of the 7 non-event paragraphs were coded; of 10 parties 9 were right and 1
wrong. Main (a8dfea3e) on the same file: 17 / 15; 15 / 1 / 1 / 7; 0 of 7; 9 / 1 / 0 (the branch's 196
for "abandoned its ceasefire with the government" takes the lead's main verb, and the after-clause's
"troops overran one of its camps", main's only act there, is lost as a deeper clause). After the
tit-for-tat fix (fbea9ab1): 18 / 15; 16 / 1 / 1 / 7; 0 of 7; 9 / 1 / 0.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_CRIT = ("110", "111", "112", "114", "115")
_REJ = ("120", "121", "122", "123", "124", "125", "126", "127", "128", "129")
_APPEAL = ("020", "021", "022", "023", "024", "025", "026", "027", "028")
_DEMAND = ("100", "101", "102", "103", "104", "105", "106", "107", "108")
_MEET = ("040", "041", "042", "043", "044", "045", "046")
_INTENT = ("030", "031", "032", "033", "036", "037", "038", "039")
_PRAISE = ("050", "051", "052", "055", "056", "057")
_THREAT = ("130", "131", "133", "138", "139")
_PROTEST = ("140", "141", "143", "144", "145")
_REDUCE = ("160", "161", "162", "163", "164", "166")
_COERCE = ("170", "172", "173", "174", "175")
_FIGHT = ("190", "191", "192", "193", "194", "195", "196")

_PHL = ("PHL", "PHLGOV", "PHLMIL")
_MILF = ("PHLREB", "PHLINS", "PHLSEP", "PHLMOS")

AFP_COTABATO = Story(
    "afp_cotabato_truce", "2000-04-28",
    """Muslim rebels abandon Mindanao truce, Estrada orders offensive

COTABATO, Philippines, April 28 (AFP) - The Moro Islamic Liberation Front abandoned its ceasefire with the \
government on Friday after troops overran one of its camps, and President Joseph Estrada ordered the army \
to crush the rebels.

The rebels said the army's assault on the camp near the town of Kauswagan had made the truce meaningless.

Estrada accused the MILF of harbouring foreign militants and said there would be no more talks until the \
group gave up its arms.

The Organization of the Islamic Conference appealed to both sides to return to negotiations.

Some 20,000 villagers have fled the fighting, the social welfare department said.
""",
    events=[
        (_MILF, _PHL, _FIGHT + _REDUCE + _REJ, "abandoned its ceasefire"),
        (_PHL, _MILF, _FIGHT, "troops overran"),
        (_PHL, _MILF, _THREAT + _DEMAND + ("175", "190"), "to crush the rebels"),
        (_PHL, _MILF, _CRIT, "accused the MILF"),
        (("IGO",), _PHL + _MILF, _APPEAL + _DEMAND, "appealed to both sides"),
    ],
    also=[
        (_MILF, _PHL, _FIGHT + _REDUCE, "abandon Mindanao"),
        (_PHL, _MILF, _DEMAND + ("190", "175"), "orders offensive"),
        (_MILF, _PHL, _CRIT, "had made the truce"),
        (_PHL, _MILF, _REJ + _REDUCE, "no more talks"),
    ],
    none=["20,000 villagers"],
    parties=[
        ("President Joseph Estrada", "Joseph Estrada", ("PHLGOV",)),
    ],
)

_POL = ("POL", "POLGOV")
_RUS = ("RUS", "RUSGOV")

PAP_WARSAW = Story(
    "afp_warsaw_expulsions", "2000-01-21",
    """Moscow expels nine Polish diplomats in tit-for-tat move

WARSAW, Jan 21 (AFP) - Russia ordered nine Polish diplomats to leave the country on Friday, a day after \
Warsaw expelled nine Russian diplomats it accused of spying.

Polish Foreign Minister Bronislaw Geremek called the expulsions unjustified and said Poland would not \
take any further steps.

Russia's Foreign Ministry said the move was a forced response to an unfriendly act and summoned the Polish \
ambassador to deliver a protest.

Polish counter-intelligence officials said the Russians had tried to recruit officials in the defence \
ministry.

Poland joined NATO last March.
""",
    events=[
        (_RUS, _POL, _REDUCE + ("174",), "ordered nine Polish"),
        (_POL, _RUS, _REDUCE + ("174",), "Warsaw expelled"),
        (_POL, _RUS, _CRIT, "called the expulsions"),
        (_RUS, _POL, _CRIT + _MEET + _PROTEST, "summoned the Polish"),
    ],
    also=[
        (_RUS, _POL, _REDUCE + ("174",), "Moscow expels"),
        (_POL, _RUS, _CRIT, "accused of spying"),
        (_RUS, _POL, _CRIT, "unfriendly act"),
        (("POLSPY", "POL", "POLGOV"), _RUS, _CRIT, "had tried to recruit"),
        (_POL, _RUS, _INTENT + ("010",), "would not"),
    ],
    none=["joined NATO"],
    parties=[
        ("Foreign Minister Bronislaw Geremek", "Bronislaw Geremek", ("POLGOV",)),
    ],
)

_PRK = ("PRK", "PRKGOV", "PRKMIL")
_JPN = ("JPN", "JPNGOV")

KYODO_NODONG = Story(
    "kyodo_tokyo_nodong", "1993-06-12",
    """North Korea test-fires missile into Sea of Japan

TOKYO, June 12 Kyodo - North Korea test-fired a new ballistic missile into the Sea of Japan late last \
month, the Defense Agency said Saturday, confirming reports that Pyongyang had developed a weapon able to \
reach western Japan.

Chief Cabinet Secretary Yohei Kono said the launch was a grave threat to Japan's security and urged \
Pyongyang to stop developing the missile.

The Foreign Ministry said Japan would raise the matter with the United States and South Korea.

In Seoul, the Defense Ministry said the test had confirmed the North's growing missile capability.

The missile flew about 500 kilometers before falling into the sea.
""",
    events=[
        (_PRK, _JPN + ("JPNCVL", ""), ("150", "152", "138", "130"), "test-fired a new"),
        (_JPN, _PRK, _CRIT + _THREAT, "launch was a grave"),
        (_JPN, _PRK, _APPEAL + _DEMAND, "urged Pyongyang"),
        (_JPN, ("USA", "USAGOV", "KOR", "KORGOV"), _INTENT + _MEET, "would raise the matter"),
    ],
    also=[
        (_PRK, _JPN + ("JPNCVL", ""), ("150", "138"), "test-fires"),
        (("KOR", "KORGOV", "KORMIL"), _PRK, _CRIT + ("010",), "had confirmed"),
    ],
    none=["500 kilometers"],
    parties=[
        ("Chief Cabinet Secretary Yohei Kono", "Yohei Kono", ("JPNGOV",)),
    ],
)

_GRC = ("GRC", "GRCGOV")
_TUR = ("TUR", "TURGOV")

REUTERS_ATHENS_QUAKE = Story(
    "reuters_athens_izmit", "1999-08-18",
    """Greece sends rescuers to quake-hit Turkey

ATHENS, Aug 18 (Reuters) - Greece sent a team of 24 rescue workers and sniffer dogs to Turkey on \
Wednesday to help search for survivors of the earthquake that struck the northwest of the country, the \
Foreign Ministry said.

Foreign Minister George Papandreou telephoned his Turkish counterpart Ismail Cem to offer condolences and \
said Greece was ready to send more doctors and blood supplies.

Cem thanked Athens for the gesture and said the help would not be forgotten.

The Greek Red Cross launched an appeal for blood donors.

Greece and Turkey are both members of NATO.
""",
    events=[
        (_GRC, _TUR + ("TURCVL",), ("070", "073", "074"), "sent a team"),
        (_GRC, _TUR, _MEET + ("018",), "telephoned his Turkish"),
        (_GRC, _TUR, _INTENT + ("070", "073"), "ready to send more"),
        (_TUR, _GRC, _PRAISE, "Cem thanked"),
    ],
    also=[
        (_GRC, _TUR + ("TURCVL",), ("070", "073"), "Greece sends"),
        (_TUR, _GRC, _MEET, "telephoned his Turkish"),
        (_GRC, _TUR, ("018",), "offer condolences"),
        (("GRCNGO", "GRC", "NGO"), ("GRC", "GRCCVL"), _APPEAL, "launched an appeal"),
    ],
    none=["both members"],
    parties=[
        ("Foreign Minister George Papandreou", "George Papandreou", ("GRCGOV",)),
        ("counterpart Ismail Cem", "Ismail Cem", ("TURGOV",)),
    ],
)

_VEN = ("VEN", "VENGOV")
_VENOPP = ("VENOPP", "VENLAB", "VENBUS", "VENCVL", "VENPTY")

EFE_CARACAS = Story(
    "efe_caracas_oil_strike", "2002-12-09",
    """Chavez sends troops to oil tankers as strike enters second week

CARACAS, Dec 9 (EFE) - President Hugo Chavez ordered soldiers to take over oil tankers anchored off \
Venezuela's coast on Monday as a general strike called by the opposition to force him from office \
entered its second week.

The strike has halted most of Venezuela's oil exports, the state oil company PDVSA said.

Chavez called the strike an economic coup and vowed he would not resign, in his weekly radio programme.

Opposition leaders rejected his offer of a referendum next August and demanded early elections.

The Organization of American States urged both sides to reach an agreement through the talks led by its \
secretary-general, Cesar Gaviria.

Venezuela is the world's fifth largest oil exporter.
""",
    events=[
        (_VEN + ("VENMIL",), _VENOPP + ("VEN", "VENBUS"), _COERCE + ("171", "190", "192", "154"),
         "ordered soldiers"),
        (_VEN, _VENOPP, _CRIT, "called the strike"),
        (_VENOPP, _VEN, _REJ, "rejected his offer"),
        (_VENOPP, _VEN, _DEMAND, "demanded early"),
        (("IGO",), _VEN + _VENOPP, _APPEAL + _DEMAND, "urged both sides"),
    ],
    also=[
        (_VENOPP, _VEN, _PROTEST, "general strike called"),
        (_VENOPP, _VEN, _PROTEST, "as strike enters"),
        (_VEN, _VENOPP, _REJ, "would not resign"),
        (_VEN + ("VENMIL",), _VENOPP, _COERCE + ("154", "171"), "sends troops"),
    ],
    none=["fifth largest"],
    parties=[
        ("President Hugo Chavez", "Hugo Chavez", ("VENGOV",)),
        ("secretary-general, Cesar Gaviria", "Cesar Gaviria", ("IGO",)),
    ],
)

_IND = ("IND", "INDGOV", "INDMIL")
_LKA = ("LKA", "LKAGOV", "LKAMIL")

REUTERS_TRINCOMALEE = Story(
    "reuters_trincomalee_ipkf", "1990-03-24",
    """Last Indian peacekeepers leave Sri Lanka

TRINCOMALEE, Sri Lanka, March 24 (Reuters) - The last Indian peacekeeping troops sailed from Trincomalee \
on Saturday, ending a 32-month mission to disarm the Tamil Tiger rebels that cost more than 1,100 Indian \
lives.

Sri Lankan President Ranasinghe Premadasa, who had demanded the withdrawal, thanked the Indian soldiers in \
a message read on state radio.

The Liberation Tigers of Tamil Eelam moved into the town of Trincomalee within hours of the departure and \
hoisted their flag over the former Indian headquarters.

Indian Prime Minister V.P. Singh said in New Delhi that India would not interfere in Sri Lanka's internal \
affairs again.

The Indian force numbered some 100,000 men at its peak.
""",
    events=[
        (("INDMIL", "IND", "INDGOV", "IGO"), _LKA, ("166", "160", "1661", "080", "087", "0874"),
         "sailed from"),
        (_LKA, ("INDMIL", "IND", "INDGOV"), _PRAISE, "thanked the Indian"),
        (("LKAREB", "LKAINS", "LKASEP"), _LKA, ("190", "192", "193"), "moved into the town"),
        (("INDGOV", "IND"), _LKA, _INTENT + ("080", "087"), "would not interfere"),
    ],
    also=[
        (("INDMIL", "IND", "INDGOV"), _LKA, ("166", "160", "080", "087", "0874"), "Last Indian"),
        (_LKA, ("INDMIL", "IND", "INDGOV"), _DEMAND, "had demanded the withdrawal"),
        (("LKAREB", "LKAINS"), ("INDMIL", "IND"), ("190", "193"), "cost more than"),
    ],
    none=["100,000 men"],
    parties=[
        ("President Ranasinghe Premadasa", "Ranasinghe Premadasa", ("LKAGOV",)),
        ("Prime Minister V.P. Singh", "V.P. Singh", ("INDGOV",)),
    ],
)

_CHN = ("CHN", "CHNGOV")

KYODO_GRANTS = Story(
    "kyodo_tokyo_grants_frozen", "1995-08-29",
    """Japan freezes grant aid to China over nuclear tests

TOKYO, Aug. 29 Kyodo - Japan decided on Tuesday to freeze most of its grant aid to China in protest \
against Beijing's nuclear test this month, the Foreign Ministry said.

Prime Minister Tomiichi Murayama said Japan could not accept China's continued testing and urged Beijing to \
join a global test ban next year.

China's Foreign Ministry called the decision regrettable and said it would not change its testing \
program under outside pressure.

The grants, worth about 7.8 billion yen this year, are separate from Japan's yen loans to China.

China carried out its last test on Aug. 17 at its Lop Nur site in Xinjiang.
""",
    events=[
        (_JPN, _CHN, _REDUCE + ("1621",), "freeze most"),
        (_JPN, _CHN, _CRIT + _REJ, "could not accept"),
        (_JPN, _CHN, _APPEAL + _DEMAND, "urged Beijing"),
        (_CHN, _JPN, _CRIT, "called the decision"),
        (_CHN, _JPN, _REJ, "would not change"),
    ],
    also=[
        (_JPN, _CHN, _REDUCE, "Japan freezes"),
        (_CHN + ("CHNMIL",), ("", "CHN"), ("150", "138"), "last test"),
    ],
    none=["7.8 billion"],
    parties=[
        ("Prime Minister Tomiichi Murayama", "Tomiichi Murayama", ("JPNGOV",)),
    ],
)


STORIES: list[Story] = [AFP_COTABATO, PAP_WARSAW, KYODO_NODONG, REUTERS_ATHENS_QUAKE, EFE_CARACAS,
                        REUTERS_TRINCOMALEE, KYODO_GRANTS]


if __name__ == "__main__":
    main(STORIES, "stories38b")
