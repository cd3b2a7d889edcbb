"""A second, small set of whole wire stories of our own (thirty-seventh session, wip/stories39), written
after the branch's fixes and committed before the coder ran on them, to measure whether the fixes
generalise: seven ERA stories of 1990-2003 on the same subjects (a disputed count in Lagos, an ambush on a
convoy at the Kyrgyz-Tajik border, a hijacked Ethiopian jet, Kosovo refugees at the Macedonian border, a
sugar quota row, an extradition refused in Caracas, a mutiny in Abidjan).

Run `python tests/events/stories39b.py`. First run (wip/stories39 at 057a2a9d, the branch's code, before any
change): of the 39 required events 19 were coded at country + root and 18 at actor + root; of the coded
triples 18 were right, 0 accepted, 0 duplicated and 5 wrong; 0 of the 6 non-event paragraphs were coded;
of 9 parties 9 were right. The branch's classes held where they recur: the unions "on strike since Monday
to demand that ..." count once, "The kidnapping, which took place near ..., drew a protest from Tokyo" and
"The closure drew criticism from Washington" are aimed at the kidnappers and at Macedonia; "The
annulment drew condemnation" is not, the annulment being told in a relative clause and its noun not one
the act memory keeps. No expectation was corrected after the run; what still fails is a strict xfail in
tests/events/test_stories39b.py with its reason.
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

_NGA = ("NGA", "NGAGOV", "NGAMIL")
_NGAOPP = ("NGAOPP", "NGAPTY", "NGALAB", "NGACVL")

REUTERS_LAGOS_COUNT = Story(
    "reuters_lagos_count", "1993-06-24",
    """Nigerian unions strike over annulled vote

LAGOS, June 24 (Reuters) - Nigerian trade unions have been on strike since Monday to demand that the \
military government release the results of the June 12 presidential election, which it annulled on \
Wednesday.

Moshood Abiola, whom unofficial tallies showed winning the vote, accused military ruler Ibrahim \
Babangida of robbing Nigerians of their choice and said he would not accept a new election.

The annulment drew condemnation from Washington and London. The U.S. State Department said it was \
suspending military training programmes with Nigeria.

Police fired tear gas at hundreds of Abiola supporters in the Surulere district of Lagos, witnesses said.

Babangida, in power since a 1985 coup, has promised to hand over to an elected government in August.
""",
    events=[
        (_NGAOPP, _NGA, _PROTEST, "on strike since"),
        (("NGAOPP", "NGAPTY", "NGAELI"), _NGA, _CRIT, "accused military"),
        (("NGAOPP", "NGAPTY", "NGAELI"), _NGA, _REJ, "would not accept"),
        (("USA", "USAGOV", "GBR", "GBRGOV"), _NGA, _CRIT, "drew condemnation"),
        (("USA", "USAGOV"), _NGA, _REDUCE + ("160", "161"), "suspending military"),
        (("NGACOP",), _NGAOPP + ("NGAELI",), _COERCE + _ASSAULT, "fired tear gas"),
    ],
    also=[
        (_NGAOPP, _NGA, _PROTEST, "unions strike"),
        (_NGA, ("NGA", "NGAOPP", "NGAPTY", "NGACVL", "NGAELC"), ("120", "129", "172", "170"), "annulled on"),
    ],
    none=["in power since"],
    parties=[
        ("Moshood Abiola", "Moshood Abiola", ("NGAOPP", "NGAPTY", "NGAELI")),
        ("military ruler Ibrahim Babangida", "Ibrahim Babangida", _NGA),
    ],
)

_KGZ = ("KGZ", "KGZGOV", "KGZMIL")
_TJKREB = ("TJKREB", "TJKINS", "TJKRAD", "UZBREB", "UZBRAD", "UZBINS", "KGZREB", "KGZUAF", "TJKUAF")

ITAR_TASS_BISHKEK = Story(
    "tass_bishkek_ambush", "1999-08-25",
    """Kyrgyzstan accuses Tajikistan over Batken raiders

BISHKEK, August 25 (Itar-Tass) - Kyrgyz troops fought armed Islamic militants in the mountains of the \
Batken district on Wednesday, two days after the militants seized four Japanese geologists and a Kyrgyz \
interior ministry general, the Defence Ministry said.

President Askar Akayev accused neighbouring Tajikistan of letting the militants cross its territory and \
demanded that Dushanbe seal its border.

The kidnapping, which took place near the village of Karamyk, drew a protest from Tokyo, which urged \
Bishkek to do everything to secure the hostages' release.

Tajik Foreign Minister Talbak Nazarov denied that the militants had come from Tajikistan and said his \
government was ready to help Kyrgyzstan.

Uzbek aircraft bombed suspected militant positions in the area on Tuesday, Kyrgyz officials said.

The district borders both Uzbekistan and Tajikistan.
""",
    events=[
        (("KGZMIL", "KGZ", "KGZGOV"), _TJKREB, _FIGHT, "fought armed"),
        (_KGZ, ("TJK", "TJKGOV"), _CRIT, "accused neighbouring"),
        (_KGZ, ("TJK", "TJKGOV"), _DEMAND, "demanded that Dushanbe"),
        (("JPN", "JPNGOV"), _TJKREB + _KGZ, _CRIT + ("114",), "drew a protest"),
        (("JPN", "JPNGOV"), _KGZ, _APPEAL + _DEMAND, "urged"),
        (("TJK", "TJKGOV"), _KGZ, _INTENT + ("070", "073"), "ready to help"),
        (("UZBMIL", "UZB", "UZBGOV"), _TJKREB, _FIGHT + ("195",), "bombed suspected"),
    ],
    also=[
        (_KGZ, ("TJK", "TJKGOV"), _CRIT, "accuses Tajikistan"),
        (_TJKREB, ("JPNCVL", "JPN", "KGZGOV", "KGZ", "KGZCOP"), _ASSAULT, "seized four"),
        (("TJK", "TJKGOV"), _KGZ, _REJ + ("016",), "denied that"),
    ],
    none=["borders both"],
    parties=[
        ("President Askar Akayev", "Askar Akayev", ("KGZGOV",)),
        ("Talbak Nazarov", "Talbak Nazarov", ("TJKGOV",)),
    ],
)

_ETH = ("ETH", "ETHGOV")

AFP_ADDIS_HIJACK = Story(
    "afp_addis_hijack", "1992-10-12",
    """Hijackers free passengers of Ethiopian jet in Nairobi

NAIROBI, Oct 12 (AFP) - Three men who hijacked an Ethiopian Airlines Boeing on a domestic flight on \
Sunday freed all 60 passengers at Nairobi airport on Monday and asked Kenya for political asylum, airport \
officials said.

Kenyan police took the hijackers into custody after they surrendered their pistols.

Ethiopia's transitional government asked Nairobi to hand the three men over for trial, and its \
information minister called the hijacking an act of terrorism.

A Kenyan Foreign Ministry spokesman said the asylum requests would be examined under international law.

The hijacking was the second of an Ethiopian airliner this year.
""",
    events=[
        (("ETHCVL", "ETH", "ETHOPP", "ETHUAF", "---UAF"), ("ETHBUS", "ETHCVL", "ETH"), _ASSAULT,
         "hijacked an Ethiopian"),
        (("ETHCVL", "ETH", "ETHOPP", "ETHUAF", "---UAF"), ("KEN", "KENGOV"), ("020", "022", "023"),
         "asked Kenya"),
        (("KENCOP", "KEN", "KENGOV"), ("ETHCVL", "ETH", "ETHOPP", "ETHUAF", "---UAF"), _COERCE,
         "took the hijackers"),
        (_ETH, ("KEN", "KENGOV"), _DEMAND + _APPEAL, "asked Nairobi"),
        (_ETH, ("ETHCVL", "ETH", "ETHOPP", "ETHUAF", "---UAF"), _CRIT, "act of terrorism"),
    ],
    also=[
        (("ETHCVL", "ETH", "ETHOPP", "ETHUAF", "---UAF"), ("ETHBUS", "ETHCVL", "ETH", "KEN"),
         ("080", "081", "084", "086"), "freed all"),
        (("KEN", "KENGOV"), ("ETHCVL", "ETH", "ETHOPP", "ETHUAF", "---UAF") + _ETH, _INTENT + ("010",),
         "would be examined"),
    ],
    none=["second of an Ethiopian"],
    parties=[],
)

_MKD = ("MKD", "MKDGOV", "MKDCOP", "MKDMIL")
_KOS = ("SRBREF", "SRBCVL", "KOSREF", "KOSCVL", "SRB", "ALB", "RKS", "RKSCVL", "SRBALB")

REUTERS_SKOPJE_REFUGEES = Story(
    "reuters_skopje_refugees", "1999-04-05",
    """Macedonia shuts border as refugee camp swells

SKOPJE, April 5 (Reuters) - Macedonia closed its main border crossing with Yugoslavia on Monday, leaving \
tens of thousands of ethnic Albanian refugees from Kosovo stranded in a muddy field at Blace, and said it \
could take no more unless other countries took some of them.

The U.N. refugee agency UNHCR accused the Macedonian authorities of endangering lives and urged them to \
reopen the crossing at once.

Macedonian police began loading refugees onto buses and taking them to Albania and Greece without \
warning, aid workers said.

The closure drew criticism from Washington, which offered to take 20,000 refugees and to pay for new \
camps.

Prime Minister Ljubco Georgievski said Macedonia, a country of two million, feared for its own stability.
""",
    events=[
        (_MKD, _KOS + ("SRBGOV", "YUG"), _REDUCE + _COERCE, "closed its main"),
        (_IGO, _MKD, _CRIT, "accused the Macedonian"),
        (_IGO, _MKD, _APPEAL + _DEMAND, "urged them"),
        (("MKDCOP", "MKD", "MKDGOV"), _KOS, ("174", "170", "172", "175"), "began loading"),
        (("USA", "USAGOV"), _MKD, _CRIT, "drew criticism"),
        (("USA", "USAGOV"), _MKD + _KOS, _INTENT + ("070", "071", "073", "075"), "offered to take"),
    ],
    also=[
        (_MKD, _KOS + ("SRBGOV", "YUG"), _REDUCE + _COERCE, "shuts border"),
        (_MKD, ("", "IGO", "USA"), ("020", "022", "100", "130"), "could take no more"),
    ],
    none=[],
    parties=[
        ("Prime Minister Ljubco Georgievski", "Ljubco Georgievski", ("MKDGOV",)),
    ],
)

_PHL = ("PHL", "PHLGOV")
_USA = ("USA", "USAGOV")

AP_MANILA_SUGAR = Story(
    "ap_manila_sugar", "1990-09-20",
    """Philippines protests U.S. cut in sugar quota

MANILA, Philippines (AP) - The Philippines protested Thursday a U.S. decision to cut its share of the \
American sugar import quota by a third, saying the move would throw thousands of cane cutters out of work.

Trade Secretary Jose Concepcion said Manila would raise the cut with Washington at talks on the U.S. \
military bases next week and might seek relief under the General Agreement on Tariffs and Trade.

Sugar planters in Negros Occidental province marched on the U.S. consulate in Cebu to demand that the \
quota be restored.

The U.S. Embassy said the cut applied to all exporting countries and was not aimed at the Philippines.

Sugar once earned the Philippines more than any other export.
""",
    events=[
        (_PHL, _USA, _CRIT + ("140", "141"), "protested Thursday"),
        (_PHL, _USA, _INTENT + ("020", "040", "043"), "would raise"),
        (("PHLAGR", "PHLBUS", "PHLCVL"), _USA, _PROTEST, "marched on"),
        (_USA, _PHL, ("010", "016", "120", "125", "012"), "was not aimed"),
    ],
    also=[
        (_PHL, _USA, _CRIT + ("140", "141"), "protests U.S."),
        (_USA, _PHL, ("163", "160", "164"), "decision to cut"),
        (_PHL, _USA, _CRIT, "would throw"),
        (_PHL, _USA + ("IGO",), _INTENT + ("020", "115"), "might seek"),
        (("PHLAGR", "PHLBUS", "PHLCVL"), _USA, _DEMAND, "to demand"),
    ],
    none=["once earned"],
    parties=[
        ("Trade Secretary Jose Concepcion", "Jose Concepcion", ("PHLGOV",)),
    ],
)

_VEN = ("VEN", "VENGOV")
_COL = ("COL", "COLGOV")

EFE_CARACAS = Story(
    "efe_caracas_extradition", "2003-02-14",
    """Venezuela refuses to extradite three to Colombia

CARACAS, Feb 14 (EFE) - Venezuela's Supreme Court on Friday refused a Colombian request to extradite \
three alleged guerrilla collaborators, and President Hugo Chavez said his government would not hand over \
anyone to face political charges.

Colombian President Alvaro Uribe had accused Caracas of sheltering leftist rebels and asked Chavez to \
arrest a rebel commander said to be living in western Venezuela.

Colombia's Foreign Ministry called the ruling regrettable and said it would take the matter to the \
Organization of American States.

The two presidents spoke by telephone on Thursday and agreed to meet next month at the border town of \
Santa Elena de Uairen, Venezuelan officials said.

The two countries share a 2,200-kilometre border.
""",
    events=[
        (("VENJUD", "VEN", "VENGOV"), _COL, _REJ, "refused a Colombian"),
        (_VEN, _COL, _REJ, "would not hand over"),
        (_COL, _VEN, _CRIT, "had accused Caracas"),
        (_COL, _VEN, _APPEAL + _DEMAND, "asked Chavez"),
        (_COL, ("VENJUD", "VEN", "VENGOV"), _CRIT, "called the ruling"),
        (_COL + _VEN, _COL + _VEN, _MEET, "spoke by telephone"),
        (_COL + _VEN, _COL + _VEN, _INTENT + _MEET, "agreed to meet"),
    ],
    also=[
        (_VEN, _COL, _REJ, "refuses to extradite"),
        (_COL, _VEN + _IGO, _INTENT + ("115", "020"), "would take the matter"),
    ],
    none=["share a 2,200-kilometre"],
    parties=[
        ("President Hugo Chavez", "Hugo Chavez", ("VENGOV",)),
        ("President Alvaro Uribe", "Alvaro Uribe", ("COLGOV",)),
    ],
)

_CIV = ("CIV", "CIVGOV")
_CIVMUT = ("CIVMIL",)

AFP_ABIDJAN = Story(
    "afp_abidjan_mutiny", "1990-05-17",
    """Ivorian conscripts mutiny over pay, seize airport

ABIDJAN, May 17 (AFP) - Hundreds of Ivorian conscripts mutinied on Wednesday, seizing Abidjan's \
international airport for several hours to demand better pay and the right to stay in the army after \
their service.

President Felix Houphouet-Boigny received a delegation of the mutineers at his residence on Thursday and \
promised to examine their grievances, the presidency said.

The defence minister accused unnamed politicians of stirring up the soldiers and warned that ringleaders \
would be punished.

The mutiny followed weeks of student and civil service strikes demanding multi-party democracy.

Ivory Coast has been ruled by Houphouet-Boigny since independence from France in 1960.
""",
    events=[
        (_CIVMUT, _CIV + ("CIVBUS", "CIVCVL"), ("181", "180", "192", "190", "171", "145", "140", "143"),
         "seizing Abidjan"),
        (_CIV, _CIVMUT, _MEET, "received a delegation"),
        (_CIV, _CIVMUT, _INTENT + ("080", "081", "036"), "promised to examine"),
        (_CIV, _CIVMUT, _THREAT, "warned that ringleaders"),
    ],
    also=[
        (_CIVMUT, _CIV, _PROTEST, "conscripts mutiny"),
        (_CIVMUT, _CIV, _PROTEST + ("120", "123", "128"), "mutinied on"),
        (_CIVMUT, _CIV, _DEMAND, "to demand better"),
        (_CIVMUT, _CIV, _MEET, "received a delegation"),
        (_CIV, ("CIVOPP", "CIVPTY", "CIV", ""), _CRIT, "accused unnamed"),
    ],
    none=["has been ruled by"],
    parties=[
        ("President Felix Houphouet-Boigny", "Felix Houphouet-Boigny", ("CIVGOV",)),
    ],
)


STORIES: list[Story] = [REUTERS_LAGOS_COUNT, ITAR_TASS_BISHKEK, AFP_ADDIS_HIJACK, REUTERS_SKOPJE_REFUGEES,
                        AP_MANILA_SUGAR, EFE_CARACAS, AFP_ABIDJAN]


if __name__ == "__main__":
    main(STORIES, "stories39b")
