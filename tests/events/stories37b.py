"""The small second set of whole wire stories of our own (thirty-fifth session, wip/stories37), written
after the branch's first fixes and committed before the coder ran on them: the Atlantique shot down
(Islamabad), Macedonia's closed border (Skopje), the Brasilia peace and the Iquitos riots, the Abyan
hostages (Sanaa), the Lockerbie handover and the sanctions on Libya (United Nations), Quito's junta of a
night, and fishermen sent home across Panmunjom (Seoul). Conventions are stories37's.

Run `python tests/events/stories37b.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories37 at f3f79ae, the branch's code of c5ee914): of the 34 required events 16 were coded
at country + root and 16 at actor + root; of the coded triples 17 were right, 4 accepted, 0 duplicated and
10 wrong; 0 of the 4 non-event paragraphs were coded; of 11 parties 11 were right. Main on the same file:
13 / 13; right 13, accepted 4, duplicated 0, wrong 9 (the airspace class, "violated Indian airspace" in
Delhi's charge, and the joined lead, "Peru and Ecuador signed" after a headline, carried; the sent-back
class found Macedonia's police but read them as ---COP). After one more fix (captives sent back home are
released, "sent five South Korean fishermen back across Panmunjom" 0841): see the module's last line, and
tests/events/test_stories37b.py for what still fails, each a strict xfail with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_CRIT = ("110", "111", "112", "114", "115")
_REJ = ("120", "121", "122", "123", "124", "125", "126", "127", "128", "129")
_APPEAL = ("020", "021", "022", "023", "024", "025", "026", "027", "028")
_DEMAND = ("100", "101", "102", "103", "104", "105", "106", "107", "108")
_PAK = ("PAK", "PAKGOV", "PAKMIL")
_IND = ("IND", "INDGOV", "INDMIL")

REUTERS_ATLANTIQUE = Story(
    "reuters_islamabad_atlantique", "1999-08-10",
    """India shoots down Pakistani navy plane, 16 dead

ISLAMABAD, Aug 10 (Reuters) - Indian fighter jets shot down a Pakistani navy reconnaissance plane near the \
border on Tuesday, killing all 16 men on board, and Pakistan accused New Delhi of a cowardly act of \
aggression.

Foreign Minister Sartaj Aziz said the unarmed aircraft had been flying inside Pakistani airspace on a \
training mission and vowed that Pakistan would raise the matter at the United Nations.

India's Defence Ministry said the plane had violated Indian airspace over the Rann of Kutch and ignored \
warnings to land.

Pakistan summoned the Indian High Commissioner in Islamabad and lodged a strong protest, a ministry \
spokesman said.

U.N. Secretary-General Kofi Annan urged both countries to exercise restraint.

The two countries have fought three wars since independence in 1947.
""",
    events=[
        (("INDMIL", "IND"), ("PAKMIL", "PAK"), ("190", "193", "195", "180"), "shot down a Pakistani"),
        (_PAK, _IND, _CRIT, "accused New Delhi"),
        (_PAK, ("IGO",) + _IND, ("030", "031", "036", "020", "130", "138"), "vowed that Pakistan"),
        (("INDGOV", "IND", "INDMIL"), _PAK, _CRIT + ("150",), "had violated Indian airspace"),
        (_PAK, _IND, _CRIT + ("140", "141"), "lodged a strong protest"),
        (("IGO",), _PAK + _IND, _APPEAL + _DEMAND, "urged both countries"),
    ],
    also=[
        (("INDMIL", "IND"), ("PAKMIL", "PAK"), ("190", "193", "195", "180"), "shoots down"),
        (_PAK, _IND, _CRIT + ("040", "043"), "summoned the Indian"),
        (_PAK, _IND, _CRIT, "had been flying inside"),
    ],
    none=["three wars"],
    parties=[
        ("Foreign Minister Sartaj Aziz", "Sartaj Aziz", ("PAKGOV",)),
        ("Secretary-General Kofi Annan", "Kofi Annan", ("IGO", "IGOGOV")),
    ],
)

_MKD = ("MKD", "MKDGOV", "MKDCOP")
_KOS = ("SRB", "SRBREF", "YUG", "YUGREF", "KOS", "KOSREF", "SRBCVL", "YUGCVL", "---REF", "MKDREF", "ALB",
        "ALBREF")

AFP_SKOPJE = Story(
    "afp_skopje_border", "1999-04-03",
    """Macedonia closes border, turns back Kosovo refugees

SKOPJE, April 3 (AFP) - Macedonian police turned back thousands of ethnic Albanian refugees from Kosovo at \
the Blace border crossing on Saturday, saying the country could take no more.

Prime Minister Ljubco Georgievski said Macedonia had already received more than 100,000 refugees and \
demanded that NATO countries take in some of them.

The U.N. High Commissioner for Refugees, Sadako Ogata, appealed to Skopje to reopen the border at once.

Georgievski accused the West of leaving his country to bear the burden alone.

Ethnic Albanians make up nearly a third of Macedonia's two million people.
""",
    events=[
        (_MKD, _KOS, ("174", "170", "175"), "turned back thousands"),
        (_MKD, ("IGO", "WST", "WSTGOV", "NATO"), _DEMAND + _APPEAL, "demanded that NATO"),
        (("IGO",), _MKD, _APPEAL + _DEMAND, "appealed to Skopje"),
        (_MKD, ("WST", "WSTGOV", "IGO"), _CRIT, "accused the West"),
    ],
    also=[
        (_MKD, _KOS, ("174", "170", "160", "161"), "closes border"),
        (_MKD, _KOS, ("075", "070", "073", "080"), "had already received"),
    ],
    none=["a third of Macedonia"],
    parties=[
        ("Prime Minister Ljubco Georgievski", "Ljubco Georgievski", ("MKDGOV",)),
        ("Sadako Ogata", "Sadako Ogata", ("IGO", "IGOGOV")),
    ],
)

_PER = ("PER", "PERGOV")
_ECU = ("ECU", "ECUGOV")
_GUAR = ("BRA", "BRAGOV", "ARG", "ARGGOV", "CHL", "CHLGOV", "USA", "USAGOV")

EFE_BRASILIA = Story(
    "efe_brasilia_peace", "1998-10-27",
    """Peru, Ecuador sign border peace

BRASILIA, Oct 27 (EFE) - Peru and Ecuador signed a peace treaty in Brasilia on Monday that ends more than \
50 years of border conflict, after mediation by Brazil, Argentina, Chile and the United States.

Peruvian President Alberto Fujimori and Ecuadorean President Jamil Mahuad embraced after the ceremony and \
pledged to open the border to trade and investment.

Brazilian President Fernando Henrique Cardoso hailed the treaty as a victory for the whole continent.

In the Peruvian Amazon city of Iquitos, hundreds of protesters who opposed the accord clashed with riot \
police, who fired tear gas, and the authorities imposed a curfew, police said.

The two countries fought a brief border war in 1995.
""",
    events=[
        (_PER, _ECU, ("057",), "signed a peace treaty"),
        (_ECU, _PER, ("057",), "signed a peace treaty"),
        (_PER + _ECU, _PER + _ECU, ("030", "031", "036", "035"), "pledged to open"),
        (("BRAGOV", "BRA"), _PER + _ECU, ("051", "050", "018"), "hailed the treaty"),
        (("PERCOP", "PER", "PERGOV"), ("PER", "PEROPP", "PERCVL"), ("172", "1721", "170", "175"),
         "imposed a curfew"),
    ],
    also=[
        (_PER, _ECU, ("057",), "sign border peace"),
        (_ECU, _PER, ("057",), "sign border peace"),
        (_GUAR, _PER + _ECU, ("040", "042", "043", "046", "087", "0871"), "after mediation"),
        (("PEROPP", "PERCVL", "PER"), ("PERCOP", "PER", "PERGOV"), ("140", "145", "190", "180"),
         "clashed with riot"),
        (("PERCOP", "PER"), ("PEROPP", "PERCVL", "PER"), ("175", "170", "190"), "clashed with riot"),
        (_PER, _ECU, ("190", "193"), "fought a brief"),
        (_ECU, _PER, ("190", "193"), "fought a brief"),
        (_PER, _ECU, ("040", "043"), "embraced"),
        (_ECU, _PER, ("040", "043"), "embraced"),
    ],
    none=[],
    parties=[
        ("President Jamil Mahuad", "Jamil Mahuad", ("ECUGOV",)),
        ("President Fernando Henrique Cardoso", "Fernando Henrique Cardoso", ("BRAGOV",)),
    ],
)

_YEM = ("YEM", "YEMGOV", "YEMMIL")
_ADEN = ("YEMREB", "YEMUAF", "YEMINS", "YEMRAD", "YEMMOS")
_TOUR = ("GBR", "GBRCVL", "USA", "USACVL", "AUS", "AUSCVL", "---CVL", "---", "WST", "WSTCVL")

REUTERS_SANAA = Story(
    "reuters_sanaa_abyan", "1998-12-29",
    """Four hostages killed as Yemeni troops storm kidnappers' hideout

SANAA, Dec 29 (Reuters) - Three Britons and an Australian were killed on Tuesday when Yemeni troops \
stormed a hideout where Islamic militants were holding 16 Western tourists in the southern province of \
Abyan, the Interior Ministry said.

The militants, who seized the tourists on Monday, had demanded the release of their leader from prison, \
a ministry official said.

Britain demanded a full explanation of the rescue operation, and Foreign Secretary Robin Cook said London \
had not been consulted before the troops went in.

The Yemeni government said it had acted to save the hostages' lives after the kidnappers began shooting \
them.

Tribesmen in Yemen have kidnapped more than 100 foreigners this decade, nearly all of them released \
unharmed.
""",
    events=[
        (("YEMMIL", "YEM"), _ADEN, ("190", "193", "195", "180"), "stormed a hideout"),
        (_ADEN, _TOUR, ("180", "181"), "who seized the tourists"),
        (_ADEN, _YEM, _DEMAND, "had demanded the release"),
        (("GBR", "GBRGOV"), _YEM, _DEMAND, "Britain demanded"),
        (("GBRGOV",), _YEM, _CRIT, "had not been consulted"),
    ],
    also=[
        (_ADEN, _TOUR, ("180", "181"), "were holding 16"),
        (("YEMMIL", "YEM"), _ADEN, ("190", "193", "195"), "troops storm"),
        (_ADEN, _TOUR, ("180", "181", "186"), "hostages killed"),
        (_YEM, _ADEN, ("110", "112"), "began shooting"),
        (("YEMUAF", "YEM", "YEMCVL"), ("---", "---CVL"), ("180", "181"), "have kidnapped"),
    ],
    none=[],
    parties=[
        ("Foreign Secretary Robin Cook", "Robin Cook", ("GBRGOV",)),
    ],
)

_LBY = ("LBY", "LBYGOV")
_USG = ("USA", "USAGOV")

REUTERS_LOCKERBIE = Story(
    "reuters_un_lockerbie", "1999-04-05",
    """U.N. suspends sanctions after Libya hands over Lockerbie suspects

UNITED NATIONS, April 5 (Reuters) - The U.N. Security Council suspended seven years of air and arms \
sanctions on Libya on Monday, hours after Tripoli handed over two men accused of the 1988 bombing of a Pan \
Am airliner over Lockerbie, Scotland.

Secretary-General Kofi Annan said Libya had met the council's conditions and thanked South Africa and \
Saudi Arabia for their mediation.

U.S. envoy Peter Burleigh warned that Washington would oppose lifting the sanctions for good until Libya \
paid compensation to the victims' families and renounced terrorism.

Libyan leader Moammar Gadhafi welcomed the decision but demanded that the sanctions be lifted entirely.

The two suspects were flown to the Netherlands, where Scottish judges will try them.
""",
    events=[
        (("IGO",), _LBY, ("080", "081", "085"), "suspended seven years"),
        (_LBY, ("NLD", "NLDGOV", "IGO", "GBR", "GBRGOV", "USA", "LBY"), ("080", "084", "0841", "064"),
         "handed over two men"),
        (("IGO",), ("ZAF", "ZAFGOV", "SAU", "SAUGOV"), ("051", "050", "018"), "thanked South Africa"),
        (_USG, _LBY, ("130", "131", "1312", "120", "125", "100"), "warned that Washington"),
        (_LBY, ("IGO",), ("051", "050", "018"), "welcomed the decision"),
        (_LBY, ("IGO",) + _USG, _DEMAND, "demanded that the sanctions"),
    ],
    also=[
        (("IGO",), _LBY, ("080", "081", "085"), "suspends sanctions"),
        (_LBY, ("NLD", "IGO", "GBR", "USA", "LBY"), ("080", "084", "0841"), "hands over Lockerbie"),
        (("IGO",), _LBY, ("051", "050"), "had met the council's"),
        (("NLD", "NLDGOV", "GBR", "GBRJUD"), ("LBY", "LBYCRM"), ("115", "170", "173"), "will try them"),
    ],
    none=[],
    parties=[
        ("U.S. envoy Peter Burleigh", "Peter Burleigh", ("USAGOV",)),
        ("Libyan leader Moammar Gadhafi", "Moammar Gadhafi", ("LBYGOV",)),
    ],
)

_ECUM = ("ECUMIL", "ECU")
_ECUG = ("ECU", "ECUGOV")

REUTERS_QUITO = Story(
    "reuters_quito_junta", "2000-01-22",
    """Ecuador's president ousted as army backs Indian uprising

QUITO, Jan 22 (Reuters) - Thousands of Indian protesters backed by rebel army colonels seized Ecuador's \
Congress on Friday and declared a three-man junta, forcing President Jamil Mahuad to flee the presidential \
palace.

The head of the armed forces, General Carlos Mendoza, joined the junta but dissolved it hours later and \
handed power to Vice President Gustavo Noboa, who was sworn in as president on Saturday.

The United States warned that Ecuador would face political and economic isolation if the constitutional \
order was not respected.

Noboa promised to keep Mahuad's plan to adopt the dollar as Ecuador's currency and appealed to the Indian \
movement for dialogue.

Ecuador has had five presidents in the past four years.
""",
    events=[
        (("ECUOPP", "ECUCVL", "ECU", "ECUMIL"), ("ECULEG", "ECU", "ECUGOV"),
         ("140", "141", "145", "180", "190", "200"), "seized Ecuador's"),
        (_ECUM + ("ECUGOV",), _ECUG, ("080", "083", "084"), "handed power"),
        (_USG, _ECUG + ("ECUMIL",), ("130", "131", "1312", "138"), "warned that Ecuador"),
        (_ECUG, ("ECUOPP", "ECUCVL", "ECU"), _APPEAL + ("036", "030"), "appealed to the Indian"),
    ],
    also=[
        (_ECUM, _ECUG, ("180", "190", "200"), "president ousted"),
        (_ECUM, ("ECUOPP", "ECUCVL"), ("050", "051", "057"), "army backs"),
        (_ECUG, ("ECU", "ECUCVL", "ECUBUS"), ("030", "031", "033"), "promised to keep"),
        (_ECUM, ("ECU", "ECUGOV", "ECUOPP"), ("172", "080", "084"), "dissolved it"),
    ],
    none=["five presidents"],
    parties=[
        ("General Carlos Mendoza", "Carlos Mendoza", ("ECUMIL",)),
        ("Vice President Gustavo Noboa", "Gustavo Noboa", ("ECUGOV",)),
    ],
)

_PRK = ("PRK", "PRKGOV")
_KOR = ("KOR", "KORGOV")

YONHAP_SEOUL = Story(
    "yonhap_seoul_fishermen", "1997-06-13",
    """N. Korea returns five South Korean fishermen

SEOUL, June 13 (Yonhap) -- North Korea sent five South Korean fishermen back across the truce village of \
Panmunjom today, eight days after its patrol boats seized their trawler in the Yellow Sea.

The Unification Ministry said the men were in good health and thanked the International Committee of the \
Red Cross for arranging the handover.

The ministry urged Pyongyang to return the trawler as well and to free the hundreds of South Koreans it \
has abducted since the Korean War.

North Korea's Red Cross society said the fishermen had strayed into its waters and had been released as a \
humanitarian gesture.

The two Koreas remain technically at war because the 1950-53 conflict ended in a truce, not a peace treaty.
""",
    events=[
        (_PRK, _KOR + ("KORCVL", "KORBUS"), ("080", "084", "0841"), "sent five South Korean"),
        (_KOR, ("NGO", "IGO"), ("051", "050", "018"), "thanked the International"),
        (_KOR, _PRK, _DEMAND + _APPEAL, "urged Pyongyang"),
        (("PRKNGO", "PRK", "PRKGOV"), _KOR + ("KORCVL",), _CRIT, "had strayed into"),
    ],
    also=[
        (_PRK, _KOR + ("KORCVL",), ("080", "084", "0841"), "returns five"),
        (("PRKMIL", "PRK"), _KOR + ("KORCVL", "KORBUS"), ("170", "171", "173", "180", "181"),
         "seized their trawler"),
        (_PRK, _KOR + ("KORCVL",), ("180", "181"), "has abducted"),
        (("PRKNGO", "PRK", "PRKGOV"), _KOR + ("KORCVL",), ("080", "084", "0841"), "had been released"),
    ],
    none=["technically at war"],
    parties=[],
)


STORIES: list[Story] = [REUTERS_ATLANTIQUE, AFP_SKOPJE, EFE_BRASILIA, REUTERS_SANAA, REUTERS_LOCKERBIE,
                        REUTERS_QUITO, YONHAP_SEOUL]


if __name__ == "__main__":
    main(STORIES, "stories37b")
