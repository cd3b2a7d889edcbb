"""Whole wire stories of our own, era copy (1985-2005), written for the whole-story classes stories28 left
as strict gaps (twenty-seventh session, wip/gaps29): one act told by the headline and again by the lead
with another verb ("warns" / "threatened to use force", "condemns" / "denounced"); an act named by a
noun more than two sentences after it was told ("the agreement", "the attack", "the accord", "the
truce"); "both sides", "the two sides", "the two countries", "the warring parties" as the parties of a
consultation, ceasefire or appeal, resolved to the two named earlier in the story; and intervention
forces (ECOMOG, NATO, UN peacekeepers, "the Nigerian-led force", "allied troops") that must not take the
dateline's army. The classes occur beside ordinary acts. Format and conventions are those of
tests/events/stories22.py and stories28.py.

Run `python tests/events/stories_gaps29.py` to print each story's coded triples, its misses and its
counts.

First run (wip/gaps29 at 9324d05, main's code cf0a96e, before any change): of the 91 required events 44
were coded at country + root and 41 at actor + root; of the coded triples 42 were right, 4 accepted, none
duplicated and 24 wrong; none of the 19 non-event paragraphs was coded; of 55 parties 47 were right, 7
wrong and 1 unresolved.

After the branch's fixes (wip/gaps29: the story's pair of sides, a deal or an act named by its noun past two
sentences, intervention forces, the one at a party's side): 59 / 56; right 59, accepted 4, duplicated 0,
wrong 21; non-events coded 0 of 19; parties 47 / 7 / 1 (the actors stage's entities, unchanged). What still
fails is a strict xfail in tests/events/test_stories_gaps29.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_PSE = ("PSE", "PSEGOV", "PSEREB")

ATHENS_IMIA = Story(
    "reuters_athens_imia", "1996-01-30",
    """Greece warns Turkey over disputed Aegean islet

ATHENS, Jan 30 (Reuters) - Greek Prime Minister Costas Simitis threatened on Tuesday to use military \
force against Turkey in a dispute over a tiny uninhabited islet in the Aegean Sea.

Turkish Prime Minister Tansu Ciller accused Athens of provoking a crisis and said the islet belonged to \
Turkey.

U.S. President Bill Clinton telephoned Simitis and Ciller late on Tuesday.

U.S. envoy Richard Holbrooke said early on Wednesday that the two sides had agreed to withdraw their \
warships from the area.

Greek navy vessels began sailing back to their bases before dawn, a defence ministry spokesman said.

The leader of the opposition New Democracy party, Miltiadis Evert, denounced the agreement as a national \
humiliation.

The two NATO allies came close to war over Cyprus in 1974.
""",
    events=[
        (("GRCGOV",), ("TUR", "TURGOV", "TURMIL"), ("138", "130"), "threatened on Tuesday to use military"),
        (("TURGOV",), ("GRC", "GRCGOV"), ("112",), "accused Athens of provoking"),
        (("USAGOV",), ("GRCGOV",), ("040", "041", "042"), "telephoned Simitis and Ciller"),
        (("USAGOV",), ("TURGOV",), ("040", "041", "042"), "telephoned Simitis and Ciller"),
        (("GRCGOV",), ("USAGOV",), ("040", "041", "042"), "telephoned Simitis and Ciller"),
        (("TURGOV",), ("USAGOV",), ("040", "041", "042"), "telephoned Simitis and Ciller"),
        (("GRC", "GRCGOV", "GRCMIL"), ("TUR", "TURGOV", "TURMIL"), ("030", "035", "087", "057", "081"),
         "the two sides had agreed"),
        (("TUR", "TURGOV", "TURMIL"), ("GRC", "GRCGOV", "GRCMIL"), ("030", "035", "087", "057", "081"),
         "the two sides had agreed"),
        (("GRCOPP",), ("GRCGOV", "GRC", "TUR", "TURGOV", "USAGOV"), ("111", "110", "112"),
         "denounced the agreement"),
    ],
    also=[
        (("GRCGOV", "GRC"), ("TUR", "TURGOV", "TURMIL"), ("138", "130"), "Greece warns Turkey"),
        (("TURGOV",), ("GRC", "GRCGOV"), ("120", "125", "128", "111"), "said the islet belonged"),
        (("USAGOV",), ("GRC", "GRCGOV", "TUR", "TURGOV"), ("030", "040", "057", "087"),
         "the two sides had agreed"),
        (("GRCMIL", "GRC", "GRCGOV"), ("TUR", "TURGOV", "TURMIL"), ("087",), "began sailing back"),
    ],
    none=["came close to war over Cyprus"],
    parties=[
        ("Prime Minister Costas Simitis", "Costas Simitis", ("GRCGOV",)),
        ("Prime Minister Tansu Ciller", "Tansu Ciller", ("TURGOV",)),
        ("envoy Richard Holbrooke", "Richard Holbrooke", ("USAGOV",)),
        ("party, Miltiadis Evert", "Miltiadis Evert", ("GRCOPP",)),
    ],
)

_LBRREB = ("LBRREB", "LBR", "LBRMIL")

MONROVIA_ECOMOG = Story(
    "afp_monrovia_ecomog", "1996-04-10",
    """ECOMOG troops battle faction fighters in Monrovia

MONROVIA, April 10 (AFP) - West African ECOMOG peacekeepers fought rebel fighters loyal to faction \
leader Roosevelt Johnson in central Monrovia on Wednesday, as looting spread across the Liberian capital.

The Nigerian-led force said its troops had recaptured the main road to the port.

Rebel leader Charles Taylor accused the peacekeepers of arming Johnson's fighters.

The chairman of Liberia's ruling Council of State, Wilton Sankawulo, appealed to the warring factions \
to lay down their arms.

Ghanaian President Jerry Rawlings, the current ECOWAS chairman, said he would send his foreign minister \
to Monrovia next week to meet the faction leaders.

Liberia's civil war, which began in December 1989, has killed an estimated 150,000 people.
""",
    events=[
        (("IGO",), _LBRREB, ("190", "193"), "fought rebel fighters loyal"),
        (_LBRREB, ("IGO",), ("112",), "accused the peacekeepers"),
        (("LBRGOV",), _LBRREB, ("020", "023", "025", "0256"), "appealed to the warring factions"),
        (("GHAGOV", "IGO"), _LBRREB, ("036", "030", "032"), "would send his foreign minister"),
    ],
    also=[
        (("IGO",), _LBRREB, ("190", "193"), "ECOMOG troops battle faction"),
        (("IGO",), _LBRREB + ("LBRCVL",), ("190", "193", "200"), "recaptured the main road"),
    ],
    none=["has killed an estimated 150,000"],
    parties=[
        ("The Nigerian-led force", "Nigerian-led force", ("IGO",)),
        ("accused the peacekeepers", "the peacekeepers", ("IGO",)),
        ("Rebel leader Charles Taylor", "Charles Taylor", ("LBRREB",)),
        ("State, Wilton Sankawulo", "Wilton Sankawulo", ("LBRGOV",)),
        ("President Jerry Rawlings", "Jerry Rawlings", ("GHAGOV",)),
    ],
)

BRAZZAVILLE_NINJAS = Story(
    "bbcm_brazzaville_ninjas", "1999-01-20",
    """Text of report by Congolese radio on 19 January

Government forces, supported by allied troops, have repulsed an attack by rebel militiamen on the \
Bacongo district of Brazzaville, the army said in a statement.

The statement said the rebels had lost dozens of men and that calm had returned to the capital.

President Denis Sassou Nguesso received the ambassador of Angola on Tuesday and thanked his country for \
its support.

The head of state accused former prime minister Bernard Kolelas of waging war on the Congolese people \
from abroad.

[Passage omitted: weather report]

Source: Radio Congo, Brazzaville, in French 1900 gmt 19 Jan 99
""",
    events=[
        (("COGMIL",), ("COGREB",), ("190", "193"), "have repulsed an attack"),
        (("COGGOV",), ("AGO", "AGOGOV"), ("051", "050"), "thanked his country"),
        (("COGGOV",), ("COGELI", "COG"), ("112",), "accused former prime minister"),
    ],
    also=[
        (("COGREB",), ("COGMIL", "COG", "COGCVL"), ("190", "193", "180"), "have repulsed an attack"),
        (("COGGOV",), ("AGO", "AGOGOV"), ("040", "042", "043"), "received the ambassador"),
        (("AGOGOV", "AGO"), ("COGGOV",), ("040", "042", "043"), "received the ambassador"),
    ],
    none=["Source: Radio Congo", "Passage omitted: weather"],
    parties=[
        ("President Denis Sassou Nguesso", "Denis Sassou Nguesso", ("COGGOV",)),
    ],
)

TYRE_QANA = Story(
    "reuters_tyre_qana", "1996-04-18",
    """Israeli shells kill scores at U.N. base in Lebanon

TYRE, Lebanon, April 18 (Reuters) - Israeli artillery shelled a United Nations base at Qana in south \
Lebanon on Thursday, killing more than 100 Lebanese civilians who had taken refuge there, U.N. officials \
said.

The base is manned by Fijian soldiers of the U.N. peacekeeping force in the south.

Prime Minister Shimon Peres said Israel regretted the deaths but blamed Hizbollah guerrillas for firing \
rockets from near the base.

Lebanese Prime Minister Rafik al-Hariri appealed to the U.N. Security Council to hold an emergency \
session.

In Damascus, French Foreign Minister Herve de Charette held talks with Syrian President Hafez al-Assad \
on ending the fighting.

Syria's Foreign Ministry condemned the attack as a massacre.
""",
    events=[
        (("ISRMIL", "ISR"), ("LBNCVL", "LBN", "IGO"), ("190", "194", "195", "180"),
         "Israeli artillery shelled"),
        (("ISRGOV",), ("LBNREB", "LBN", "LBNMOS", "LBNOPP"), ("112",), "blamed Hizbollah guerrillas"),
        (("LBNGOV",), ("IGO",), ("020", "021", "023", "025"), "appealed to the U.N. Security"),
        (("FRAGOV",), ("SYRGOV",), ("040", "046"), "held talks with Syrian"),
        (("SYRGOV",), ("FRAGOV",), ("040", "046"), "held talks with Syrian"),
        (("SYR", "SYRGOV"), ("ISR", "ISRMIL", "ISRGOV"), ("111", "110", "112"), "condemned the attack"),
    ],
    also=[
        (("ISRMIL", "ISR"), ("LBNCVL", "LBN", "IGO"), ("190", "194", "195", "180"), "Israeli shells kill"),
        (("ISRGOV",), ("LBNCVL", "LBN"), ("018",), "regretted the deaths"),
    ],
    none=["manned by Fijian soldiers"],
    parties=[
        ("Prime Minister Shimon Peres", "Shimon Peres", ("ISRGOV",)),
        ("Minister Rafik al-Hariri", "Rafik al-Hariri", ("LBNGOV",)),
        ("Minister Herve de Charette", "Herve de Charette", ("FRAGOV",)),
        ("President Hafez al-Assad", "Hafez al-Assad", ("SYRGOV",)),
    ],
)

JERUSALEM_HEBRON = Story(
    "ap_jerusalem_hebron", "1997-01-15",
    """Netanyahu, Arafat reach Hebron deal

JERUSALEM (AP) - Prime Minister Benjamin Netanyahu and Palestinian leader Yasser Arafat reached an \
agreement early Wednesday on the handover of most of Hebron to Palestinian rule.

The two leaders met at the Erez crossing on the edge of the Gaza Strip shortly after midnight, with U.S. \
envoy Dennis Ross at their side.

Both sides praised the American role in the negotiations.

Secretary of State Warren Christopher telephoned Netanyahu to congratulate him.

The Israeli cabinet is expected to vote on the agreement on Thursday.

Jewish settlers in Hebron condemned the accord and said they would not leave the city.
""",
    events=[
        (("ISRGOV",), _PSE, ("057", "030"), "reached an agreement early"),
        (_PSE, ("ISRGOV",), ("057", "030"), "reached an agreement early"),
        (("ISRGOV",), _PSE, ("040", "043", "042"), "The two leaders met"),
        (_PSE, ("ISRGOV",), ("040", "043", "042"), "The two leaders met"),
        (("ISRGOV",), ("USA", "USAGOV"), ("051", "050"), "Both sides praised"),
        (_PSE, ("USA", "USAGOV"), ("051", "050"), "Both sides praised"),
        (("USAGOV",), ("ISRGOV",), ("040", "041", "051"), "telephoned Netanyahu"),
        (("ISRCVL", "ISR", "ISRSET"), ("ISRGOV", "ISR", "PSEGOV", "PSE"), ("111", "110"),
         "condemned the accord"),
    ],
    also=[
        (("ISRGOV",), _PSE, ("057", "030", "040"), "Netanyahu, Arafat reach"),
        (_PSE, ("ISRGOV",), ("057", "030", "040"), "Netanyahu, Arafat reach"),
        (("ISRGOV",), ("USAGOV",), ("040", "041"), "telephoned Netanyahu"),
        (("ISRCVL", "ISR"), ("ISRGOV", "ISR", "PSEGOV", "PSE"), ("120", "125", "128"), "would not leave"),
    ],
    none=["is expected to vote on the agreement"],
    parties=[
        ("Minister Benjamin Netanyahu", "Benjamin Netanyahu", ("ISRGOV",)),
        ("leader Yasser Arafat", "Yasser Arafat", ("PSEGOV", "PSEREB")),
        ("envoy Dennis Ross", "Dennis Ross", ("USAGOV",)),
        ("Warren Christopher", "Warren Christopher", ("USAGOV",)),
    ],
)

ASMARA_BADME = Story(
    "reuters_asmara_badme", "1999-02-08",
    """Eritrea accuses Ethiopia of new offensive

ASMARA, Feb 8 (Reuters) - Eritrea on Monday charged Ethiopia with launching a fresh offensive on the \
Badme front, three days after fighting broke out along the disputed border.

Eritrean Foreign Minister Haile Woldensae told reporters that Asmara still accepted the mediation of \
the Organisation of African Unity.

Ethiopia's government spokeswoman Selome Tadesse denied the charge.

OAU Secretary-General Salim Ahmed Salim urged the two countries to halt the fighting and accept the \
organisation's peace plan.

Diplomats said casualties on both sides were heavy.

The two neighbours fought a war of independence together against Mengistu Haile Mariam's government \
until 1991.
""",
    events=[
        (("ERI", "ERIGOV"), ("ETH", "ETHGOV", "ETHMIL"), ("112",), "charged Ethiopia with launching"),
        (("ETHGOV",), ("ERI", "ERIGOV"), ("120", "125", "128", "016", "111"), "denied the charge"),
        (("IGO",), ("ERI", "ERIGOV"), ("020", "025", "0256", "027", "028", "100"), "urged the two countries"),
        (("IGO",), ("ETH", "ETHGOV"), ("020", "025", "0256", "027", "028", "100"), "urged the two countries"),
    ],
    also=[
        (("ERI", "ERIGOV"), ("ETH", "ETHGOV", "ETHMIL"), ("112",), "Eritrea accuses Ethiopia"),
        (("ERIGOV",), ("IGO",), ("084", "080", "051", "050", "030"), "still accepted the mediation"),
    ],
    none=["casualties on both sides", "fought a war of independence"],
    parties=[
        ("Minister Haile Woldensae", "Haile Woldensae", ("ERIGOV",)),
        ("spokeswoman Selome Tadesse", "Selome Tadesse", ("ETHGOV",)),
        ("Salim Ahmed Salim", "Salim Ahmed Salim", ("IGO",)),
    ],
)

_MNLF = ("PHLREB", "PHLMOS", "PHL")

MANILA_MNLF = Story(
    "upi_manila_mnlf", "1996-09-02",
    """Manila, Muslim rebels sign peace pact

MANILA, Philippines, Sept. 2 (UPI) -- The Philippine government and the Moro National Liberation Front \
signed a peace agreement on Monday ending a 24-year Muslim rebellion in the southern islands.

President Fidel Ramos and MNLF chairman Nur Misuari shook hands at the presidential palace after the \
signing, which was witnessed by Indonesian Foreign Minister Ali Alatas.

Ramos thanked Indonesia for hosting three years of talks.

Under the deal the rebels will join the army and the police.

The Roman Catholic Church said it was worried about the future of Christian settlers in the south.

The rival Moro Islamic Liberation Front rejected the agreement and vowed to fight on for an independent \
Islamic state.
""",
    events=[
        (("PHLGOV", "PHL"), _MNLF, ("057",), "signed a peace agreement"),
        (_MNLF, ("PHLGOV", "PHL"), ("057",), "signed a peace agreement"),
        (("PHLGOV",), ("IDN", "IDNGOV"), ("051", "050"), "thanked Indonesia"),
        (_MNLF, ("PHLGOV", "PHL", "PHLREB"), ("120", "125", "128", "111", "138", "130"),
         "rejected the agreement"),
    ],
    also=[
        (("PHLGOV", "PHL"), _MNLF, ("057", "030"), "Manila, Muslim rebels sign"),
        (_MNLF, ("PHLGOV", "PHL"), ("057", "030"), "Manila, Muslim rebels sign"),
        (("PHLGOV",), _MNLF, ("040", "043", "051", "057"), "shook hands"),
        (_MNLF, ("PHLGOV",), ("040", "043", "051", "057"), "shook hands"),
        (("IDNGOV",), ("PHLGOV", "PHL") + _MNLF, ("057", "040", "043"), "witnessed by"),
        (_MNLF, ("PHLGOV", "PHL"), ("138", "130", "190"), "vowed to fight on"),
    ],
    none=["Under the deal the rebels", "Catholic Church said it was worried"],
    parties=[
        ("President Fidel Ramos", "Fidel Ramos", ("PHLGOV",)),
        ("Minister Ali Alatas", "Ali Alatas", ("IDNGOV",)),
    ],
)

TOKYO_TAEPODONG = Story(
    "kyodo_tokyo_taepodong", "1998-09-01",
    """Japan protests North Korean missile launch

TOKYO, Sept. 1 Kyodo - Japan lodged a strong protest with North Korea on Tuesday over the launch of a \
ballistic missile that flew over northern Japan and fell into the Pacific Ocean.

Chief Cabinet Secretary Hiromu Nonaka told a news conference that the government had decided to freeze \
food aid to North Korea.

The Foreign Ministry summoned a North Korean official in Beijing to deliver the protest, since the two \
countries have no diplomatic ties.

Defence Agency chief Fukushiro Nukaga said Japan would study a joint missile defence system with the \
United States.

The Nikkei average closed down 1.6 percent.

South Korea's Foreign Ministry condemned the launch and urged Pyongyang to refrain from further \
provocations.
""",
    events=[
        (("JPN", "JPNGOV"), ("PRK", "PRKGOV", "PRKMIL"), ("111", "114", "110"), "lodged a strong protest"),
        (("JPNGOV", "JPN"), ("PRK", "PRKGOV"), ("162", "160", "166"), "freeze food aid"),
        (("KOR", "KORGOV"), ("PRK", "PRKGOV", "PRKMIL"), ("111", "110"), "condemned the launch"),
        (("KOR", "KORGOV"), ("PRK", "PRKGOV", "PRKMIL"), ("020", "025", "100", "105"), "urged Pyongyang"),
    ],
    also=[
        (("JPN", "JPNGOV"), ("PRK", "PRKGOV", "PRKMIL"), ("111", "114", "110"), "Japan protests North"),
        (("PRK", "PRKMIL", "PRKGOV"), ("JPN",), ("150", "152", "190"), "lodged a strong protest"),
        (("JPNGOV", "JPN"), ("PRK", "PRKGOV"), ("111", "114", "040", "110"), "summoned a North Korean"),
        (("JPNGOV", "JPN"), ("USA", "USAGOV"), ("030", "031", "032", "036", "062", "061"),
         "joint missile defence"),
    ],
    none=["The Nikkei average"],
    parties=[
        ("Secretary Hiromu Nonaka", "Hiromu Nonaka", ("JPNGOV",)),
        ("chief Fukushiro Nukaga", "Fukushiro Nukaga", ("JPNGOV", "JPNMIL")),
    ],
)

LAHORE_DECLARATION = Story(
    "reuters_lahore_bus", "1999-02-21",
    """India, Pakistan pledge to reduce nuclear risk

LAHORE, Pakistan, Feb 21 (Reuters) - Indian Prime Minister Atal Behari Vajpayee and Pakistani Prime \
Minister Nawaz Sharif signed a declaration on Sunday committing their countries to steps to reduce the \
risk of an accidental nuclear war.

Vajpayee arrived in Lahore on Saturday aboard the first bus service between the two countries.

Islamic militant groups in Lahore burned tyres and stoned vehicles in protest at the visit.

The two countries also agreed to hold talks on Kashmir.

U.S. Secretary of State Madeleine Albright welcomed the accord as an important step.

The neighbours have fought three wars since independence from Britain in 1947.
""",
    events=[
        (("INDGOV",), ("PAKGOV",), ("057",), "signed a declaration on Sunday"),
        (("PAKGOV",), ("INDGOV",), ("057",), "signed a declaration on Sunday"),
        (("INDGOV",), ("PAK", "PAKGOV"), ("042",), "Vajpayee arrived in Lahore"),
        (("PAK", "PAKGOV"), ("INDGOV",), ("043",), "Vajpayee arrived in Lahore"),
        (("IND", "INDGOV"), ("PAK", "PAKGOV"), ("030", "036", "031", "046", "057"), "agreed to hold talks"),
        (("PAK", "PAKGOV"), ("IND", "INDGOV"), ("030", "036", "031", "046", "057"), "agreed to hold talks"),
        (("USAGOV",), ("INDGOV", "IND", "PAKGOV", "PAK"), ("051", "050"), "welcomed the accord"),
    ],
    also=[
        (("IND", "INDGOV"), ("PAK", "PAKGOV"), ("030", "031", "057"), "India, Pakistan pledge"),
        (("PAK", "PAKGOV"), ("IND", "INDGOV"), ("030", "031", "057"), "India, Pakistan pledge"),
        (("PAKREB", "PAKMOS", "PAKOPP", "PAK", "PAKCVL"), ("INDGOV", "PAKGOV", "IND", "PAK"),
         ("140", "141", "145", "111"), "burned tyres and stoned"),
    ],
    none=["have fought three wars since independence"],
    parties=[
        ("Indian Prime Minister Atal Behari Vajpayee", "Atal Behari Vajpayee", ("INDGOV",)),
        ("Minister Nawaz Sharif", "Nawaz Sharif", ("PAKGOV",)),
        ("Madeleine Albright", "Madeleine Albright", ("USAGOV",)),
    ],
)

FREETOWN_HOSTAGES = Story(
    "afp_freetown_hostages", "2000-05-08",
    """Pro-government forces, backed by British troops, push back RUF

FREETOWN, May 8 (AFP) - Pro-government militiamen, backed by British paratroopers, pushed back \
Revolutionary United Front rebels advancing on the Sierra Leonean capital on Monday, military sources \
said.

The rebels are holding about 500 United Nations peacekeepers they seized last week in the east of the \
country.

The commander of the UN force, Indian Major General Vijay Jetley, said his troops would not abandon \
their positions.

Secretary-General Kofi Annan spoke by telephone with President Ahmad Tejan Kabbah on Monday.

British Foreign Secretary Robin Cook said the paratroopers had been sent only to evacuate British \
citizens.

The Security Council on Saturday demanded the immediate release of the peacekeepers and condemned the \
seizure.
""",
    events=[
        (("SLEMIL", "SLEGOV", "SLE"), ("SLEREB",), ("190", "193"), "pushed back"),
        (("SLEREB",), ("IGO",), ("181", "180", "170", "173"), "holding about 500"),
        (("IGO",), ("SLEGOV",), ("040", "041"), "spoke by telephone"),
        (("SLEGOV",), ("IGO",), ("040", "041"), "spoke by telephone"),
        (("IGO",), ("SLEREB",), ("100", "1041", "104", "111", "110"), "demanded the immediate release"),
    ],
    also=[
        (("SLEMIL", "SLEGOV", "SLE", "GBRMIL", "GBR"), ("SLEREB",), ("190", "193"), "Pro-government forces"),
        (("GBRMIL", "GBR"), ("SLEREB",), ("190", "193"), "pushed back"),
        (("IGO",), ("SLEREB",), ("120", "125", "128", "130", "150"), "would not abandon"),
        (("IGO",), ("SLEREB",), ("111", "110"), "condemned the seizure"),
        (("GBRGOV",), ("SLE", "GBRCVL"), ("074", "070", "030"), "sent only to evacuate"),
    ],
    none=[],
    parties=[
        ("Major General Vijay Jetley", "Vijay Jetley", ("IGO",)),
        ("Kofi Annan", "Kofi Annan", ("IGO",)),
        ("President Ahmad Tejan Kabbah", "Ahmad Tejan Kabbah", ("SLEGOV",)),
        ("Secretary Robin Cook", "Robin Cook", ("GBRGOV",)),
    ],
)

_UTO = ("TJKOPP", "TJKREB", "TJKMOS", "TJK")

MOSCOW_TAJIK = Story(
    "itartass_moscow_tajik", "1997-06-27",
    """Tajik president, opposition sign peace accord in Kremlin

MOSCOW, June 27 (ITAR-TASS) -- Tajik President Emomali Rakhmonov and United Tajik Opposition leader \
Said Abdullo Nuri signed a general agreement on peace and national accord in the Kremlin on Friday, ending \
five years of civil war.

Russian President Boris Yeltsin, who attended the ceremony, congratulated the two leaders.

The agreement provides for a national reconciliation commission headed by the opposition.

Under a protocol signed in Tehran in May, opposition fighters are to be merged into the government army.

UN special envoy Gerd Merrem said the world body would help the two sides carry out the accord.

The civil war has killed tens of thousands of people since 1992.
""",
    events=[
        (("TJKGOV",), _UTO, ("057",), "signed a general agreement"),
        (_UTO, ("TJKGOV",), ("057",), "signed a general agreement"),
        (("RUSGOV",), ("TJKGOV",), ("051", "050", "018"), "congratulated the two leaders"),
        (("RUSGOV",), _UTO, ("051", "050", "018"), "congratulated the two leaders"),
        (("IGO",), ("TJKGOV", "TJK"), ("030", "033", "032", "031"), "would help the two sides"),
        (("IGO",), _UTO, ("030", "033", "032", "031"), "would help the two sides"),
    ],
    also=[
        (("TJKGOV",), _UTO, ("057",), "Tajik president, opposition sign"),
        (_UTO, ("TJKGOV",), ("057",), "Tajik president, opposition sign"),
        (("RUSGOV",), ("TJKGOV",) + _UTO, ("057", "043", "040"), "who attended the ceremony"),
    ],
    none=["The agreement provides for", "Under a protocol signed in Tehran", "has killed tens of thousands"],
    parties=[
        ("President Emomali Rakhmonov", "Emomali Rakhmonov", ("TJKGOV",)),
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("envoy Gerd Merrem", "Gerd Merrem", ("IGO",)),
    ],
)

_SPLA = ("SDNREB", "SDN")

NAIROBI_MACHAKOS = Story(
    "xinhua_nairobi_machakos", "2002-07-21",
    """Sudanese gov't, rebels sign framework accord in Kenya

NAIROBI, July 21 (Xinhua) -- The Sudanese government and the Sudan People's Liberation Army (SPLA) signed \
a framework agreement in the Kenyan town of Machakos on Saturday to end 19 years of civil war.

The deal was signed by Sudanese presidential peace adviser Ghazi Salahuddin and SPLA commander Salva \
Kiir.

Kenyan President Daniel arap Moi hosted a dinner for the two delegations on Saturday night.

The SPLA accused government troops of bombing villages in the south two days before the signing.

The talks, mediated by the regional Intergovernmental Authority on Development, will resume in August.

Moi urged the warring parties to observe a ceasefire while the negotiations continued.
""",
    events=[
        (("SDNGOV", "SDN"), _SPLA, ("057",), "signed a framework agreement"),
        (_SPLA, ("SDNGOV", "SDN"), ("057",), "signed a framework agreement"),
        (_SPLA, ("SDNMIL", "SDNGOV", "SDN"), ("112",), "accused government troops"),
        (("KENGOV",), ("SDNGOV", "SDN"), ("020", "025", "0256", "027", "100"), "urged the warring parties"),
        (("KENGOV",), _SPLA, ("020", "025", "0256", "027", "100"), "urged the warring parties"),
    ],
    also=[
        (("SDNGOV", "SDN"), _SPLA, ("057",), "Sudanese gov't, rebels sign"),
        (_SPLA, ("SDNGOV", "SDN"), ("057",), "Sudanese gov't, rebels sign"),
        (("SDNGOV",), _SPLA, ("057",), "The deal was signed"),
        (_SPLA, ("SDNGOV",), ("057",), "The deal was signed"),
        (("KENGOV",), ("SDNGOV", "SDN") + _SPLA, ("040", "042", "043", "051", "057"), "hosted a dinner"),
        (("SDNGOV", "SDN") + _SPLA, ("KENGOV",), ("040", "042", "043"), "hosted a dinner"),
        (("SDNGOV", "SDN"), _SPLA, ("046", "040"), "will resume in August"),
        (_SPLA, ("SDNGOV", "SDN"), ("046", "040"), "will resume in August"),
        (("IGO",), ("SDNGOV", "SDN") + _SPLA, ("046", "040", "043"), "will resume in August"),
    ],
    none=[],
    parties=[
        ("adviser Ghazi Salahuddin", "Ghazi Salahuddin", ("SDNGOV",)),
        ("SPLA commander Salva Kiir", "Salva Kiir", ("SDNREB",)),
        ("President Daniel arap Moi", "Daniel arap Moi", ("KENGOV",)),
    ],
)

_ALLIES = ("USA", "USAMIL", "USAGOV", "GBR", "GBRMIL", "GBRGOV")

BAGHDAD_FOX = Story(
    "ap_baghdad_fox", "1998-12-17",
    """U.S., Britain strike Iraq

BAGHDAD, Iraq (AP) - American and British warplanes and cruise missiles pounded targets in Baghdad and \
southern Iraq for a second night on Thursday.

Iraqi anti-aircraft guns fired at the allied planes over the capital.

Iraqi Vice President Taha Yassin Ramadan told reporters that Iraq would no longer cooperate with U.N. \
weapons inspectors.

Russia's Foreign Ministry said it had recalled its ambassadors from Washington and London for \
consultations.

China's Foreign Ministry demanded an immediate end to the military action.

U.N. Secretary-General Kofi Annan called it a sad day for the United Nations.

French President Jacques Chirac deplored the strikes.
""",
    events=[
        (_ALLIES, ("IRQ", "IRQGOV", "IRQMIL"), ("190", "195"), "warplanes and cruise missiles pounded"),
        (("IRQMIL", "IRQ"), _ALLIES, ("190", "195", "150"), "anti-aircraft guns fired"),
        (("IRQGOV",), ("IGO",), ("120", "124", "128", "160", "166", "1245"), "no longer cooperate"),
        (("RUS", "RUSGOV"), ("USA", "USAGOV", "GBR", "GBRGOV"), ("161", "160"), "recalled its ambassadors"),
        (("CHN", "CHNGOV"), _ALLIES, ("100", "101", "105", "106", "111"), "demanded an immediate end"),
        (("FRAGOV",), _ALLIES, ("111", "110"), "deplored the strikes"),
    ],
    also=[
        (_ALLIES, ("IRQ", "IRQGOV", "IRQMIL"), ("190", "195"), "U.S., Britain strike Iraq"),
        (("IGO",), _ALLIES, ("111", "110", "018"), "sad day"),
    ],
    none=[],
    parties=[
        ("Vice President Taha Yassin Ramadan", "Taha Yassin Ramadan", ("IRQGOV",)),
        ("Kofi Annan", "Kofi Annan", ("IGO",)),
        ("President Jacques Chirac", "Jacques Chirac", ("FRAGOV",)),
    ],
)

PRISTINA_KFOR = Story(
    "afp_pristina_kfor", "1999-06-15",
    """NATO troops arrest Serb gunmen in Kosovo

PRISTINA, June 15 (AFP) - British troops of the NATO-led peacekeeping force in Kosovo arrested four \
armed Serb paramilitaries in the provincial capital on Tuesday, a NATO spokesman said.

The peacekeepers also disarmed a group of ethnic Albanian guerrillas of the Kosovo Liberation Army west \
of Pristina.

Yugoslav army units continued to pull out of the province under the withdrawal agreement signed last \
week with NATO.

Russian troops who reached the city's airport on Saturday ahead of the alliance remained there.

NATO Secretary-General Javier Solana said he would meet the KLA leader Hashim Thaci in Brussels.

The alliance bombed Yugoslavia for 78 days to force Belgrade to end its crackdown on the Albanians.
""",
    events=[
        (("IGO", "GBRMIL", "GBR"), ("SRBREB", "SRB", "YUG", "SRBMIL", "YUGMIL", "SRBCVL"), ("173", "170"),
         "arrested four"),
        (("IGO", "GBRMIL", "GBR"), ("SRBREB", "YUGREB", "SRB", "YUG", "ALB"), ("173", "170", "174"),
         "disarmed a group"),
        (("YUGMIL", "YUG", "SRBMIL", "SRB"), ("IGO",), ("087", "0874"), "continued to pull out"),
        (("IGO",), ("SRBREB", "YUGREB", "SRB", "YUG"), ("036", "030"), "would meet the KLA"),
    ],
    also=[
        (("IGO",), ("SRBREB", "SRB", "YUG", "SRBMIL", "YUGMIL", "SRBCVL"), ("173", "170"),
         "NATO troops arrest Serb"),
        (("YUGMIL", "YUG", "SRBMIL", "SRB", "YUGGOV"), ("IGO",), ("057",), "continued to pull out"),
        (("IGO",), ("YUG", "YUGGOV", "SRB", "SRBGOV"), ("057",), "continued to pull out"),
        (("IGO",), ("YUG", "YUGGOV", "SRB", "SRBGOV", "YUGMIL"), ("190", "195"), "bombed Yugoslavia"),
        (("IGO",), ("YUG", "YUGGOV", "SRB", "SRBGOV"), ("100", "130"), "bombed Yugoslavia"),
    ],
    none=["Russian troops who reached"],
    parties=[
        ("The peacekeepers also", "The peacekeepers", ("IGO", "GBRMIL")),
        ("Javier Solana", "Javier Solana", ("IGO",)),
    ],
)

MOSCOW_NATO = Story(
    "interfax_moscow_strikes", "1999-03-24",
    """Russia condemns NATO strikes on Yugoslavia

MOSCOW, March 24 (Interfax) - President Boris Yeltsin on Wednesday denounced NATO's air strikes on \
Yugoslavia as open aggression and ordered Russia's military representative at the alliance home.

Prime Minister Yevgeny Primakov, who was flying to Washington for talks with Vice President Al Gore, \
turned his plane back over the Atlantic.

Foreign Minister Igor Ivanov telephoned Yugoslav President Slobodan Milosevic to express Russia's support.

The State Duma adopted a resolution calling on the government to send arms to Belgrade.

Ruble trading on the Moscow Interbank Currency Exchange was suspended for an hour.

Communist Party leader Gennady Zyuganov demanded that Yeltsin break off all relations with the alliance.
""",
    events=[
        (("RUSGOV",), ("IGO",), ("111", "110"), "denounced NATO's air strikes"),
        (("RUSGOV",), ("IGO",), ("161", "160", "164"), "military representative at the alliance home"),
        (("RUSGOV",), ("YUGGOV", "SRBGOV"), ("040", "041", "051"), "telephoned Yugoslav President"),
        (("RUSLEG",), ("RUSGOV",), ("020", "021", "0212", "0211", "100", "102"), "adopted a resolution"),
        (("RUSOPP", "RUSLEG"), ("RUSGOV",), ("100", "101", "020", "0213"), "demanded that Yeltsin"),
    ],
    also=[
        (("RUS", "RUSGOV"), ("IGO",), ("111", "110"), "Russia condemns NATO"),
        (("YUGGOV", "SRBGOV"), ("RUSGOV",), ("040", "041"), "telephoned Yugoslav President"),
        (("RUSGOV",), ("USAGOV", "USA"), ("160", "161", "164", "125", "120", "1246"), "turned his plane"),
        (("RUSGOV",), ("YUGGOV", "SRBGOV", "YUG"), ("051", "050", "052"), "telephoned Yugoslav President"),
        (("RUSLEG",), ("RUSGOV",), ("020", "021"), "adopted a resolution"),
        (("RUSOPP", "RUSLEG"), ("IGO",), ("161", "160"), "demanded that Yeltsin"),
    ],
    none=["Ruble trading"],
    parties=[
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("Minister Yevgeny Primakov", "Yevgeny Primakov", ("RUSGOV",)),
        ("Minister Igor Ivanov", "Igor Ivanov", ("RUSGOV",)),
        ("President Slobodan Milosevic", "Slobodan Milosevic", ("YUGGOV", "SRBGOV")),
        ("leader Gennady Zyuganov", "Gennady Zyuganov", ("RUSOPP", "RUSLEG")),
    ],
)

_LTTE = ("LKAREB", "LKA")

COLOMBO_TRUCE = Story(
    "reuters_colombo_truce", "2002-02-23",
    """Sri Lanka, Tamil Tigers sign truce

COLOMBO, Feb 23 (Reuters) - Sri Lanka's government and Tamil Tiger rebels signed an open-ended \
ceasefire agreement brokered by Norway on Saturday, raising hopes of an end to 19 years of ethnic war.

Prime Minister Ranil Wickremesinghe signed the accord in the northwestern town of Vavuniya and rebel \
leader Velupillai Prabhakaran signed it separately in the northern Wanni region.

Norwegian envoy Erik Solheim said both sides had agreed to allow Nordic monitors to oversee the truce.

Thousands of people in the government-held Jaffna peninsula celebrated in the streets.

President Chandrika Kumaratunga, who was not consulted, said she would study the agreement.

Indian External Affairs Minister Jaswant Singh welcomed the truce and offered India's support.
""",
    events=[
        (("LKAGOV", "LKA"), _LTTE, ("057", "0871", "087"), "signed an open-ended"),
        (_LTTE, ("LKAGOV", "LKA"), ("057", "0871", "087"), "signed an open-ended"),
        (("LKAGOV", "LKA"), ("NOR", "NORGOV", "IGO") + _LTTE, ("030", "035", "0862", "086", "057", "081"),
         "both sides had agreed"),
        (_LTTE, ("NOR", "NORGOV", "IGO", "LKAGOV", "LKA"), ("030", "035", "0862", "086", "057", "081"),
         "both sides had agreed"),
        (("INDGOV",), ("LKAGOV", "LKA"), ("051", "050"), "welcomed the truce"),
        (("INDGOV",), ("LKAGOV", "LKA"), ("030", "033", "031", "051"), "offered India's support"),
    ],
    also=[
        (("LKAGOV", "LKA"), _LTTE, ("057", "0871", "087"), "Sri Lanka, Tamil Tigers sign"),
        (_LTTE, ("LKAGOV", "LKA"), ("057", "0871", "087"), "Sri Lanka, Tamil Tigers sign"),
        (("LKAGOV", "LKA"), _LTTE, ("057", "0871", "087"), "signed the accord in"),
        (_LTTE, ("LKAGOV", "LKA"), ("057", "0871", "087"), "signed the accord in"),
        (("NORGOV", "NOR"), ("LKAGOV", "LKA") + _LTTE, ("057", "040", "043", "046"), "signed an open-ended"),
        (("INDGOV",), _LTTE, ("051", "050"), "welcomed the truce"),
    ],
    none=["celebrated in the streets", "she would study the agreement"],
    parties=[
        ("Prime Minister Ranil Wickremesinghe", "Ranil Wickremesinghe", ("LKAGOV",)),
        ("leader Velupillai Prabhakaran", "Velupillai Prabhakaran", ("LKAREB",)),
        ("envoy Erik Solheim", "Erik Solheim", ("NORGOV",)),
        ("Minister Jaswant Singh", "Jaswant Singh", ("INDGOV",)),
    ],
)

ABUJA_CONDEMNS = Story(
    "afp_abuja_condemns", "1995-11-11",
    """Nigeria condemns Commonwealth suspension

ABUJA, Nov 11 (AFP) - Nigeria's military government on Saturday denounced the Commonwealth's decision to \
suspend its membership over the execution of writer Ken Saro-Wiwa and eight other Ogoni activists.

Information Minister Walter Ofonagoro said the suspension was "illegal" and "unjust".

The Commonwealth heads of government, meeting in Auckland, suspended Nigeria on Saturday.

The United States recalled its ambassador from Lagos for consultations.

South African President Nelson Mandela called on the Commonwealth to impose oil sanctions on the regime \
of General Sani Abacha.

Human rights groups condemned the executions.
""",
    events=[
        (("NGAGOV", "NGAMIL", "NGA"), ("IGO",), ("111", "110"), "denounced the Commonwealth's decision"),
        (("IGO",), ("NGA", "NGAGOV", "NGAMIL"), ("164", "160", "161"), "suspended Nigeria on Saturday"),
        (("USA", "USAGOV"), ("NGA", "NGAGOV", "NGAMIL"), ("161", "160"), "recalled its ambassador"),
        (("ZAFGOV",), ("IGO",), ("020", "021", "0214", "022", "023"), "called on the Commonwealth"),
        (("NGO",), ("NGAGOV", "NGA", "NGAMIL"), ("111", "110"), "condemned the executions"),
    ],
    also=[
        (("NGAGOV", "NGAMIL", "NGA"), ("IGO",), ("111", "110"), "Nigeria condemns Commonwealth"),
        (("NGAGOV",), ("IGO",), ("111", "110"), "Walter Ofonagoro said"),
        (("ZAFGOV",), ("NGAGOV", "NGAMIL", "NGA"), ("020", "021", "022", "163", "160"),
         "called on the Commonwealth"),
    ],
    none=[],
    parties=[
        ("Minister Walter Ofonagoro", "Walter Ofonagoro", ("NGAGOV",)),
        ("President Nelson Mandela", "Nelson Mandela", ("ZAFGOV",)),
        ("General Sani Abacha", "Sani Abacha", ("NGAGOV", "NGAMIL")),
    ],
)

STORIES: list[Story] = [ATHENS_IMIA, MONROVIA_ECOMOG, BRAZZAVILLE_NINJAS, TYRE_QANA, JERUSALEM_HEBRON,
                        ASMARA_BADME, MANILA_MNLF, TOKYO_TAEPODONG, LAHORE_DECLARATION, FREETOWN_HOSTAGES,
                        MOSCOW_TAJIK, NAIROBI_MACHAKOS, BAGHDAD_FOX, PRISTINA_KFOR, MOSCOW_NATO,
                        COLOMBO_TRUCE, ABUJA_CONDEMNS]


if __name__ == "__main__":
    main(STORIES, "stories_gaps29")
