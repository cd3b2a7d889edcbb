"""A second, small set of whole wire stories of our own (thirty-second session, wip/stories34), written
after the branch's fixes and committed before the coder ran on them, to see whether the fixes and the
coder generalise: eight ERA stories of 1988-2000 from the same least-used regions (Guinea's border war,
Burundi and Tanzania, Sudan and Uganda's Nairobi accord, the Gali fighting, the Khujand mutiny, Sharif's
dismissal, Paraguay's March 1999, the Johnson South Reef clash), in the styles of AFP, Reuters, Xinhua,
Interfax, Itar-Tass, APP, EFE and VNA. Same format and conventions as stories34.

Run `python tests/events/stories34b.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories34 at d57e01b, with the branch's fixes; main ae4a6b6 scores the same): of the 35
required events 20 were coded at country + root and 18 at actor + root; of the coded triples 19 were
right, 3 accepted, 0 duplicated and 15 wrong; 3 of the 8 non-event paragraphs were coded; of 17 parties
16 were right, 1 wrong and 0 unresolved. None of the branch's classes occurs in these eight stories.

Two expectations were corrected after the first run, by the ten-year history line of the earlier sets:
Tanzania's embargo on Burundi "since ... July last year" and Uganda's break with Sudan of April 1995 are
under ten years old (moved from `none` to `also`). On the corrected lists: 20 / 18; right 19, accepted 6,
duplicated 0, wrong 12; non-events coded 1 of 6; parties 16 / 1 / 0. What still fails is a strict xfail in
tests/events/test_stories34b.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_GIN = ("GIN", "GINGOV", "GINMIL")

AFP_CONAKRY = Story(
    "afp_conakry_macenta", "2000-09-12",
    """Guinea blames Liberia for border raids

CONAKRY, Sept 12 (AFP) - Guinea on Tuesday accused Liberia of arming rebels who attacked the southern town \
of Macenta at the weekend, and President Lansana Conte warned that his army would pursue the attackers \
wherever they were.

Information Minister Alpha Ibrahima Sow said the raiders had crossed from Liberia's Lofa county and killed \
at least 40 civilians before soldiers drove them back.

In Monrovia, Liberian Information Minister Reginald Goodridge denied that his government had any link with \
the rebels and accused Guinea of sheltering Liberian dissidents.

Police in Conakry rounded up hundreds of Sierra Leonean and Liberian refugees after Conte said on the radio \
that foreigners were helping the rebels.

Guinea hosts some 400,000 refugees from the wars in Liberia and Sierra Leone.
""",
    events=[
        (_GIN, ("LBR", "LBRGOV"), ("110", "111", "112"), "accused Liberia of arming"),
        (("GINGOV",), ("GINREB", "LBRREB", "---REB", "GIN", "LBR", "GININS", "LBRINS"), ("130", "138", "131"),
         "warned that his army"),
        (("LBRGOV",), ("GIN", "GINGOV"), ("110", "111", "112"), "accused Guinea of sheltering"),
        (("GINCOP", "GIN", "GINGOV"), ("SLEREF", "LBRREF", "SLE", "LBR", "GINREF", "---REF", "SLECVL",
                                      "LBRCVL"), ("173", "170", "171", "174"), "rounded up hundreds"),
    ],
    also=[
        (("GINREB", "LBRREB", "---REB", "GIN", "LBR", "GININS", "LBRINS"), ("GIN", "GINCVL"),
         ("190", "180", "193", "195", "186"), "rebels who attacked"),
        (("GINREB", "LBRREB", "---REB", "GIN", "LBR", "GININS", "LBRINS"), ("GIN", "GINCVL"),
         ("190", "180", "193", "195", "186"), "killed at least 40"),
        (_GIN, ("GINREB", "LBRREB", "---REB", "GIN", "LBR"), ("190", "193", "195"), "soldiers drove them"),
        (_GIN, ("LBR", "LBRGOV"), ("110", "111", "112"), "Guinea blames Liberia"),
        (("LBRGOV",), ("GIN", "GINGOV"), ("016", "010", "012"), "denied that his government"),
        (("GINGOV",), ("SLE", "LBR", "---REF", "SLEREF", "LBRREF", "GINREF"), ("110", "111", "112"),
         "foreigners were helping"),
    ],
    none=["Guinea hosts some 400,000 refugees"],
    parties=[
        ("President Lansana Conte", "Lansana Conte", ("GINGOV",)),
        ("Information Minister Alpha Ibrahima Sow", "Alpha Ibrahima Sow", ("GINGOV",)),
        ("Reginald Goodridge", "Reginald Goodridge", ("LBRGOV",)),
    ],
)

_BDI = ("BDI", "BDIGOV", "BDIMIL")

REUTERS_BUJUMBURA = Story(
    "reuters_bujumbura_tanzania", "1997-11-04",
    """Burundi accuses Tanzania of shelling border posts

BUJUMBURA, Nov 4 (Reuters) - Burundi's military government on Tuesday accused Tanzanian troops of shelling \
its border posts in the southeastern province of Makamba and of letting Hutu rebels train in refugee camps \
across the frontier.

Defence Minister Firmin Sinzoyiheba said the army had returned fire and that Burundi would not tolerate \
further attacks. He called on the Organisation of African Unity to send observers to the border.

Tanzania's foreign ministry rejected the charges as baseless and said Burundian soldiers had crossed into \
Tanzania and killed three villagers.

Tanzania has led a regional embargo on Burundi since Major Pierre Buyoya seized power in July last year.
""",
    events=[
        (_BDI, ("TZA", "TZAMIL", "TZAGOV"), ("110", "111", "112"), "accused Tanzanian troops"),
        (("BDIGOV",), ("TZA", "TZAMIL", "TZAGOV"), ("130", "138", "131", "139"), "would not tolerate"),
        (("BDIGOV",), ("IGO",), ("020", "021", "025", "028", "023"), "called on the Organisation"),
        (("TZAGOV", "TZA"), ("BDI", "BDIGOV", "BDIMIL"), ("120", "125", "128", "129", "110", "111", "112",
                                                        "016"), "rejected the charges"),
    ],
    also=[
        (_BDI, ("TZA", "TZAMIL", "TZAGOV"), ("110", "111", "112"), "Burundi accuses Tanzania"),
        (("BDIMIL", "BDI"), ("TZA", "TZAMIL"), ("190", "195", "194"), "returned fire"),
        (("TZAGOV", "TZA"), ("BDI", "BDIGOV", "BDIMIL"), ("110", "111", "112"), "Burundian soldiers had"),
        (("TZAMIL", "TZA"), ("BDI", "BDIMIL"), ("190", "194", "195"), "shelling its border posts"),
        (("TZA", "TZAGOV"), ("BDI", "BDIGOV"), ("160", "163", "1631", "162"), "has led a regional embargo"),
    ],
    none=[],
    parties=[
        ("Defence Minister Firmin Sinzoyiheba", "Firmin Sinzoyiheba", ("BDIGOV",)),
    ],
)

XINHUA_NAIROBI = Story(
    "xinhua_nairobi_accord", "1999-12-08",
    """Sudan, Uganda agree to restore diplomatic ties

NAIROBI, December 8 (Xinhua) -- Sudanese President Omar al-Bashir and Ugandan President Yoweri Museveni \
signed an agreement here today to restore diplomatic relations, pledging to stop supporting each other's \
rebel groups.

The accord, mediated by former U.S. President Jimmy Carter and Kenyan President Daniel arap Moi, commits \
Khartoum to end its support for the Lord's Resistance Army and Kampala to stop helping the Sudan People's \
Liberation Army.

Museveni said Uganda would release Sudanese prisoners of war, while Bashir promised to help return \
children abducted by the rebels in northern Uganda.

Uganda broke off relations with Sudan in April 1995, accusing Khartoum of backing insurgents.
""",
    events=[
        (("SDNGOV",), ("UGAGOV",), ("057", "050", "051", "030", "064", "036"), "signed an agreement here"),
        (("UGAGOV",), ("SDNGOV",), ("057", "050", "051", "030", "064", "036"), "signed an agreement here"),
        (("UGAGOV", "UGA"), ("SDN", "SDNMIL", "SDNGOV"), ("030", "031", "032", "0841", "084", "081"),
         "would release Sudanese"),
        (("SDNGOV",), ("UGA", "UGAGOV", "UGACVL"), ("030", "031", "032", "033", "0841"),
         "promised to help return"),
    ],
    also=[
        (("SDNGOV", "SDN"), ("UGAGOV", "UGA"), ("050", "051", "057", "030", "064"), "agree to restore"),
        (("UGAGOV", "UGA"), ("SDNGOV", "SDN"), ("050", "051", "057", "030", "064"), "agree to restore"),
        (("SDNGOV", "UGAGOV"), ("UGAGOV", "SDNGOV", "UGAREB", "SDNREB"), ("030", "031", "032", "035", "036"),
         "pledging to stop"),
        (("USAELI", "KENGOV", "USA", "KEN", "---ELI"), ("SDNGOV", "UGAGOV"), ("040", "043", "046", "0431"),
         "mediated by former"),
        (("SDNGOV", "UGAGOV"), ("UGAREB", "SDNREB", "UGA", "SDN"), ("030", "031", "035"), "commits"),
        (("UGAREB", "UGAINS", "UGA"), ("UGACVL", "UGA"), ("180", "181"), "children abducted"),
        (("UGA", "UGAGOV"), ("SDN", "SDNGOV"), ("160", "161", "164"), "broke off relations with Sudan"),
        (("UGA", "UGAGOV"), ("SDN", "SDNGOV"), ("110", "111", "112"), "accusing Khartoum"),
    ],
    none=[],
    parties=[
        ("Sudanese President Omar al-Bashir", "Omar al-Bashir", ("SDNGOV",)),
        ("Ugandan President Yoweri Museveni", "Yoweri Museveni", ("UGAGOV",)),
        ("former U.S. President Jimmy Carter", "Jimmy Carter", ("USAELI", "USA", "---ELI")),
    ],
)

_ABKH = ("GEOREB", "GEOINS", "GEOUAF", "GEO", "ABKREB", "ABK", "ABKGOV", "ABKMIL")

INTERFAX_GALI = Story(
    "interfax_tbilisi_gali", "1998-05-26",
    """Shevardnadze blames Russian peacekeepers as Gali fighting spreads

TBILISI, May 26 (Interfax) - Georgian President Eduard Shevardnadze on Tuesday accused Russian peacekeepers \
of standing by while Abkhaz forces drove thousands of ethnic Georgians from their homes in the Gali \
district, and demanded that Moscow withdraw them if they could not protect civilians.

Abkhaz forces used artillery and helicopters against Georgian guerrillas in the district for a third day, \
the Abkhaz side said. Abkhaz leader Vladislav Ardzinba said the partisans had been sent by Tbilisi and \
vowed to clear the area of them.

The Russian Defence Ministry rejected Shevardnadze's criticism and said its troops had kept to their \
mandate.

Georgian lawmakers voted to ask the United Nations Security Council to replace the Russian force with an \
international one.

Abkhazia broke away from Georgia after a 1992-93 war.
""",
    events=[
        (("GEOGOV",), ("RUSMIL", "RUS", "RUSGOV", "IGO"), ("110", "111", "112"),
         "accused Russian peacekeepers"),
        (("GEOGOV",), ("RUS", "RUSGOV", "RUSMIL"), ("100", "101", "102", "1042", "104", "1662"),
         "demanded that Moscow"),
        (_ABKH, ("GEOREB", "GEOINS", "GEOUAF", "GEO", "GEOMIL"), ("190", "193", "194", "195"),
         "used artillery and helicopters"),
        (_ABKH, ("GEOGOV", "GEO"), ("110", "111", "112"), "had been sent by Tbilisi"),
        (("RUSMIL", "RUSGOV", "RUS"), ("GEOGOV", "GEO"), ("120", "125", "128", "129", "110", "111"),
         "rejected Shevardnadze's"),
    ],
    also=[
        (("GEOGOV",), ("RUSMIL", "RUS", "RUSGOV", "IGO"), ("110", "111", "112"),
         "Shevardnadze blames Russian"),
        (_ABKH, ("GEOCVL", "GEO"), ("180", "200", "203", "174", "190"), "drove thousands"),
        (_ABKH, ("GEOREB", "GEOINS", "GEOUAF", "GEO"), ("130", "138", "190"), "vowed to clear"),
        (("GEOLEG", "GEO", "GEOGOV"), ("IGO",), ("020", "021", "025", "028", "100", "1662"), "voted to ask"),
    ],
    none=["Abkhazia broke away from Georgia"],
    parties=[
        ("Georgian President Eduard Shevardnadze", "Eduard Shevardnadze", ("GEOGOV",)),
        ("Abkhaz leader Vladislav Ardzinba", "Vladislav Ardzinba", _ABKH),
    ],
)

_TJKREB = ("TJKMIL", "TJKREB", "TJK", "TJKINS", "TJKUAF")

ITARTASS_KHUJAND = Story(
    "itartass_dushanbe_khujand", "1998-11-06",
    """Tajik troops retake Khujand from mutineers

DUSHANBE, November 6 (Itar-Tass) -- Government troops on Friday drove rebel forces led by renegade army \
colonel Makhmud Khudoiberdyev out of the northern city of Khujand after two days of fighting, the Defence \
Ministry said.

President Imomali Rakhmonov accused neighbouring Uzbekistan of training and arming the mutineers and said \
Tajikistan would lodge a protest with the United Nations.

Tashkent denied any involvement. The Uzbek Foreign Ministry said the accusations were an attempt to \
shift the blame for Tajikistan's internal problems.

Fighters of the United Tajik Opposition, the Islamic-led former rebels who joined the government under the \
1997 peace accord, took part in the operation.

The 1992-97 civil war killed tens of thousands of people.
""",
    events=[
        (("TJKMIL", "TJK", "TJKGOV"), _TJKREB, ("190", "193", "195"), "drove rebel forces"),
        (("TJKGOV",), ("UZB", "UZBGOV"), ("110", "111", "112"), "accused neighbouring Uzbekistan"),
        (("TJKGOV", "TJK"), ("UZB", "UZBGOV"), ("110", "111", "114", "130", "140", "141"),
         "would lodge a protest"),
        (("UZBGOV", "UZB"), ("TJK", "TJKGOV"), ("110", "111", "112", "016", "010", "012"),
         "said the accusations"),
    ],
    also=[
        (("TJKMIL", "TJK", "TJKGOV"), _TJKREB, ("190", "193", "195"), "troops retake Khujand"),
        (("UZB", "UZBGOV"), ("TJK", "TJKGOV"), ("016", "010", "012"), "Tashkent denied"),
        (("TJKOPP", "TJKREB", "TJK", "TJKGOV", "TJKMIL"), _TJKREB, ("190", "193", "195", "042"),
         "took part in the operation"),
    ],
    none=["The 1992-97 civil war killed"],
    parties=[
        ("President Imomali Rakhmonov", "Imomali Rakhmonov", ("TJKGOV",)),
        ("colonel Makhmud Khudoiberdyev", "Makhmud Khudoiberdyev", _TJKREB),
    ],
)

APP_ISLAMABAD = Story(
    "app_islamabad_dismissal", "1993-04-19",
    """President dissolves National Assembly, dismisses Sharif

ISLAMABAD, April 19 (APP): President Ghulam Ishaq Khan on Sunday night dissolved the National Assembly and \
dismissed the government of Prime Minister Nawaz Sharif, accusing it of corruption, nepotism and of trying \
to undermine the armed forces.

The President appointed Balakh Sher Mazari caretaker Prime Minister and announced that general elections \
would be held on July 14.

Mr Sharif, in a statement, called the dismissal unconstitutional and said he would challenge it in the \
Supreme Court. His Pakistan Muslim League urged its supporters to stay calm.

Opposition leader Benazir Bhutto welcomed the President's action and demanded early elections under a \
neutral caretaker government.

Shares fell sharply on the Karachi Stock Exchange on Monday.
""",
    events=[
        (("PAKGOV",), ("PAKGOV", "PAKLEG", "PAK"), ("172", "1724", "120", "160", "175"),
         "dismissed the government"),
        (("PAKGOV",), ("PAKGOV",), ("110", "111", "112"), "accusing it of corruption"),
        (("PAKGOV", "PAKPTY", "PAK"), ("PAKGOV",), ("110", "111", "112", "115"), "called the dismissal"),
        (("PAKOPP", "PAKPTY", "PAK"), ("PAKGOV",), ("050", "051", "010", "018"), "welcomed the President's"),
        (("PAKOPP", "PAKPTY", "PAK"), ("PAKGOV",), ("100", "101", "102", "104", "1043"), "demanded early"),
    ],
    also=[
        (("PAKGOV",), ("PAKLEG", "PAK", "PAKGOV"), ("172", "1724", "120", "160", "175"),
         "dissolved the National"),
        (("PAKGOV",), ("PAKGOV", "PAKLEG", "PAK"), ("172", "1724", "120", "160", "175"),
         "President dissolves National Assembly"),
        (("PAKGOV", "PAKPTY", "PAK"), ("PAKGOV",), ("115", "110", "111", "130"), "would challenge it"),
        (("PAKPTY", "PAK", "PAKGOV"), ("PAK", "PAKCVL", "PAKPTY"), ("020", "021", "025", "0256", "028"),
         "urged its supporters"),
        (("PAKGOV",), ("PAK", "PAKCVL"), ("030", "031", "032"), "announced that general"),
    ],
    none=["Shares fell sharply"],
    parties=[
        ("President Ghulam Ishaq Khan", "Ghulam Ishaq Khan", ("PAKGOV",)),
        ("Prime Minister Nawaz Sharif", "Nawaz Sharif", ("PAKGOV",)),
        ("Opposition leader Benazir Bhutto", "Benazir Bhutto", ("PAKOPP", "PAKPTY", "PAKLEG")),
    ],
)

EFE_ASUNCION = Story(
    "efe_asuncion_cubas", "1999-03-29",
    """Cubas resigns, flees to Brazil after week of unrest

ASUNCION, March 29 (EFE) - Paraguayan President Raul Cubas resigned on Sunday and flew to Brazil, which \
granted him political asylum, after a week of street protests over the assassination of Vice-President \
Luis Maria Argana in which seven demonstrators were shot dead.

Congress swore in its Senate leader, Luis Gonzalez Macchi, as president hours later. Gonzalez Macchi \
called on all parties to form a government of national unity.

Former army chief Gen. Lino Oviedo, Cubas's mentor, whom Argana's supporters blamed for the killing, \
crossed into Argentina, where President Carlos Menem's government agreed to give him asylum.

The United States and the Organisation of American States welcomed the peaceful transfer of power.

Paraguay returned to democracy in 1989 after 35 years of military rule.
""",
    events=[
        (("BRA", "BRAGOV"), ("PRYGOV", "PRY", "PRYELI"), ("075", "070", "073"), "granted him political"),
        (("PRYGOV",), ("PRY", "PRYPTY", "PRYLEG", "PRYOPP"), ("020", "021", "025", "028", "0256", "024"),
         "called on all parties"),
        (("ARG", "ARGGOV"), ("PRY", "PRYMIL", "PRYELI", "PRYOPP"), ("075", "070", "073", "030", "031", "036"),
         "agreed to give him asylum"),
        (("USA", "USAGOV", "IGO"), ("PRY", "PRYGOV", "PRYLEG"), ("050", "051", "010", "018", "019"),
         "welcomed the peaceful"),
    ],
    also=[
        (("PRYGOV",), ("PRY", "PRYOPP", "PRYCVL", "PRYLEG"), ("080", "083", "0831", "081", "0832"),
         "resigned on Sunday"),
        (("PRYGOV",), ("BRA", "BRAGOV"), ("042", "043"), "flew to Brazil"),
        (("PRYGOV",), ("BRA", "BRAGOV"), ("042", "043"), "flees to Brazil"),
        (("PRYGOV",), ("PRY", "PRYOPP", "PRYCVL", "PRYLEG"), ("080", "083", "0831", "081", "0832"),
         "Cubas resigns"),
        (("PRYCOP", "PRYMIL", "PRY", "---UAF", "PRYUAF", "PRYGOV"), ("PRYOPP", "PRYCVL", "PRY"),
         ("180", "190", "193", "195", "175", "186"), "were shot dead"),
        (("PRYOPP", "PRYCVL", "PRY", "PRYPTY"), ("PRYMIL", "PRY", "PRYELI", "PRYOPP"), ("110", "111", "112"),
         "supporters blamed"),
        (("PRYELI", "PRYMIL", "PRY", "PRYOPP"), ("ARG", "ARGGOV"), ("042", "043"), "crossed into Argentina"),
        (("PRYLEG",), ("PRYLEG", "PRYGOV"), ("040", "041", "043", "050"), "Congress swore in"),
    ],
    none=["Paraguay returned to democracy in 1989"],
    parties=[
        ("Paraguayan President Raul Cubas", "Raul Cubas", ("PRYGOV",)),
        ("Gen. Lino Oviedo", "Lino Oviedo", ("PRYMIL", "PRYELI", "PRYOPP", "PRY")),
        ("President Carlos Menem", "Carlos Menem", ("ARGGOV",)),
    ],
)

_VNM = ("VNM", "VNMGOV", "VNMMIL")
_CHN = ("CHN", "CHNGOV", "CHNMIL")

VNA_SPRATLY = Story(
    "vna_hanoi_spratly", "1988-03-16",
    """Vietnam protests Chinese attack on its ships in Spratlys

HANOI, March 16 (VNA) -- The Vietnamese Foreign Ministry today lodged a strong protest with China over \
an attack by Chinese warships on Vietnamese transport vessels near Gac Ma reef in the Truong Sa \
archipelago on Monday, in which three Vietnamese ships were sunk and dozens of sailors were killed or \
missing.

The ministry demanded that China stop all military provocations, return the captured sailors and \
withdraw its ships from the area.

A Chinese Foreign Ministry spokesman in Beijing said Vietnamese ships had fired first and warned that \
China would take all necessary measures to defend its sovereignty over the Nansha islands.

Vietnam proposed that the two sides hold talks to settle the dispute peacefully.

The Truong Sa archipelago is also claimed by the Philippines, Malaysia and Taiwan.
""",
    events=[
        (_VNM, _CHN, ("110", "111", "114", "140", "141", "130"), "lodged a strong protest"),
        (("VNMGOV", "VNM"), _CHN, ("100", "101", "102", "105", "1052", "1043", "104"), "demanded that China"),
        (("CHNGOV",), ("VNM", "VNMMIL", "VNMGOV"), ("110", "111", "112"), "had fired first"),
        (("CHNGOV", "CHN"), ("VNM", "VNMGOV", "VNMMIL"), ("130", "138", "131", "139"), "warned that"),
        (_VNM, _CHN, ("030", "036", "0311", "031", "039"), "proposed that the two"),
    ],
    also=[
        (_VNM, _CHN, ("110", "111", "114", "140", "141"), "Vietnam protests Chinese"),
        (("CHNMIL", "CHN"), ("VNM", "VNMMIL", "VNMCVL", "VNMBUS"), ("190", "193", "195", "180"),
         "an attack by Chinese"),
        (("CHNMIL", "CHN"), ("VNM", "VNMMIL", "VNMCVL", "VNMBUS"), ("190", "193", "195", "180"),
         "Chinese attack on its ships"),
    ],
    none=["is also claimed by the Philippines"],
    parties=[],
)


STORIES: list[Story] = [AFP_CONAKRY, REUTERS_BUJUMBURA, XINHUA_NAIROBI, INTERFAX_GALI, ITARTASS_KHUJAND,
                        APP_ISLAMABAD, EFE_ASUNCION, VNA_SPRATLY]


if __name__ == "__main__":
    main(STORIES, "stories34b")
