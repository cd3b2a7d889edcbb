"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (thirty-second
session, wip/stories34): ERA copy of 1988-2003 from the regions the earlier twelve sets used least: West
and Central Africa (Ivory Coast's mutiny, Guinea-Bissau's war, the Ndadaye coup), the Great Lakes (Zaire
and Rwanda in 1996), the Horn (Eritrea's break with Sudan, Ethiopia's raids into Gedo, Siad Barre's
flight), the Balkans (Operation Storm, Tetovo, Albania's emergency), the Caucasus (the Yerevan parliament
shooting), Central Asia (Aksy, Turkmenistan's expulsion of the Uzbek envoy), South Asia (Premadasa and
the IPKF, the Pyrdiwah border clash, the Maldives coup attempt), the Andes and Central America (Bucaram,
the Bolivian gas war, the Jesuits, Serrano's self-coup), South-East Asia and the Pacific (Chatichai's
overthrow, the Thai-Lao border war, Honiara, Ouvea).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: AFP, Lusa,
Reuters, PANA, HINA, MIA, ATA, Armenpress, AKIpress, Interfax, PTI, UNB, EFE, AP, UPI, Xinhua, AAP. The
stories weight the GSR's commonest types: statements, appeals, intents, meetings, yielding, demands,
disapproval, rejections, threats, protests, reduced relations, arrests and expulsions, assaults and
fights. Each holds reported speech, pronouns, "the ministry"-style domestic actors, several actors of one
country, an act told again that must count once, and background or furniture that must code nothing.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, a former head of state ELI, "A said B attacked C" is A -> B 112 alone,
a conditional or a denial is no act, a phone call is 040 both ways, signing an agreement 057 both ways,
a state of emergency or a curfew 172, granting asylum 075, troops pulled out 087, an ambassador summoned
to hear a protest 111/130 (a formal protest is disapproval), an envoy expelled 1663/174. Armed groups of
the day are their country's REB, mutineers their country's MIL or REB.

Run `python tests/events/stories34.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories34 at a9dd1d2, main's code ae4a6b6, before any change): of the 106 required events
52 were coded at country + root and 51 at actor + root; of the coded triples 51 were right, 11 accepted,
1 duplicated and 39 wrong; 1 of the 22 non-event paragraphs was coded; of 55 parties 44 were right, 6
wrong and 5 unresolved.

Two expectations were corrected after the first run, where the coder's reading was the conventions':
New Caledonia has its own CAMEO code, which the tables give the forces and gendarmes of a story set in
Noumea (NCLMIL, NCLCOP accepted beside FRAMIL, FRACOP; the separatists' seizure of the gendarmes 13 days
before, told again, is an `also` row), and the Solomons' "fighting ... has killed about 50 people since
late 1998" is 18 months old, under the ten-year history line (moved from `none` to `also`). Main scored
on the corrected lists: 53 / 52; right 52, accepted 13, duplicated 1, wrong 36; non-events coded 0 of 21;
parties 44 / 6 / 5.

After the branch's fixes (wip/stories34: a lead whose doer bears a bare title keeps the dateline's
country; a right reserved to act is an intention; a span of time given with an infinitive is an
ultimatum whatever the parse, and envoys given it to leave are expelled; "give in" is read after such
a span; force aimed by an at-phrase is done to what it names): 57 / 56; right 56, accepted 14,
duplicated 0, wrong 31; non-events coded 0 of 21; parties right 46, wrong 4, unresolved 5. What still
fails is a strict xfail in tests/events/test_stories34.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_CIV = ("CIV", "CIVGOV", "CIVMIL")
_CIVREB = ("CIVREB", "CIVMIL", "CIV", "CIVINS", "CIVUAF")

AFP_ABIDJAN = Story(
    "afp_abidjan_mutiny", "2002-09-20",
    """Ivory Coast accuses neighbour as mutiny spreads

ABIDJAN, Sept 20 (AFP) - Ivory Coast's government on Friday accused Burkina Faso of backing the rebel \
soldiers who seized the northern city of Bouake a day earlier, and Defence Minister Moise Lida Kouassi \
vowed that loyalist troops would crush the mutiny within days.

Burkina Faso's foreign minister, Youssouf Ouedraogo, rejected the charge, saying his country had nothing \
to do with the uprising.

Gendarmes in Abidjan arrested dozens of young men from the north in sweeps through the poor \
neighbourhoods of Adjame and Abobo, residents said. Police said they were looking for weapons.

France, the former colonial power, sent some 200 troops from its base in Port-Bouet to Yamoussoukro to \
protect French nationals, a spokesman for the French defence ministry said in Paris.

The government's accusation against Ouagadougou came as President Laurent Gbagbo cut short a visit to \
Italy to return home.

Cocoa futures jumped to a 16-year high in London on fears for the harvest in the world's top grower.
""",
    events=[
        (("CIVGOV", "CIV"), ("BFA", "BFAGOV"), ("110", "111", "112"), "accused Burkina Faso"),
        (("CIVGOV",), _CIVREB, ("130", "138", "131"), "vowed that loyalist troops"),
        (("BFAGOV",), ("CIV", "CIVGOV"), ("120", "125", "128", "129", "016", "010"), "rejected the charge"),
        (("CIVCOP", "CIVGOV", "CIVMIL", "CIV"), ("CIVCVL", "CIV"), ("173", "170", "171"),
         "arrested dozens of young men"),
    ],
    also=[
        (("FRA", "FRAMIL", "FRAGOV"), ("CIV", "CIVGOV", "CIVCVL", "FRACVL"), ("042", "043", "074",
         "086", "042",
                                                                                "190", "150"),
         "sent some 200 troops"),
        (("CIVREB", "CIVMIL", "CIV"), ("CIV", "CIVGOV", "CIVCVL"), ("190", "193", "200", "180"),
         "soldiers who seized the northern"),
        (("CIVGOV", "CIV"), ("BFA", "BFAGOV"), ("110", "111", "112"), "accuses neighbour"),
        (("CIVGOV", "CIV"), ("BFA", "BFAGOV"), ("110", "111", "112"), "accusation against Ouagadougou"),
        (("CIVGOV",), ("ITA", "ITAGOV"), ("040", "042", "043", "120", "160"), "cut short a visit"),
    ],
    none=["Cocoa futures jumped"],
    parties=[
        ("Defence Minister Moise Lida Kouassi", "Moise Lida Kouassi", ("CIVGOV",)),
        ("Youssouf Ouedraogo", "Youssouf Ouedraogo", ("BFAGOV",)),
        ("President Laurent Gbagbo", "Laurent Gbagbo", ("CIVGOV",)),
    ],
)

_GNBREB = ("GNBMIL", "GNBREB", "GNB", "GNBINS", "GNBUAF")

LUSA_BISSAU = Story(
    "lusa_bissau_mane", "1998-06-10",
    """Senegalese troops join fight against Bissau rebels

BISSAU, June 10 (Lusa) - Senegal and Guinea sent troops into Guinea-Bissau on Wednesday to help President \
Joao Bernardo Vieira put down an army revolt led by his sacked chief of staff, Brig. Ansumane Mane, \
diplomats said.

Mane's men shelled the city centre from their positions around the Bra barracks, and Senegalese \
helicopters attacked the rebel base in the afternoon.

Mane, speaking to Lusa by telephone, said the Senegalese were invaders and demanded that Vieira resign \
and call early elections.

The government rejected any talks with the mutineers while they held the airport.

Portugal, the former colonial power, appealed to both sides to stop fighting and offered to mediate.

Guinea-Bissau won independence from Portugal in 1974 after an 11-year guerrilla war.
""",
    events=[
        (("SEN", "SENGOV", "SENMIL", "GIN", "GINGOV", "GINMIL"), ("GNB", "GNBGOV"),
         ("070", "071", "074", "050", "057", "060", "062"), "sent troops into Guinea-Bissau"),
        (("SENMIL", "SEN"), _GNBREB, ("190", "195", "193", "180"), "helicopters attacked the rebel"),
        (_GNBREB, ("GNBGOV", "GNB"), ("100", "102", "104", "1041", "1043"), "demanded that Vieira resign"),
        (("GNBGOV",), _GNBREB, ("120", "125", "128", "129", "1242"), "rejected any talks"),
        (("PRT", "PRTGOV"), ("GNB", "GNBGOV", "GNBMIL", "GNBREB"), ("020", "027", "0256", "025", "028"),
         "appealed to both sides"),
    ],
    also=[
        (_GNBREB, ("GNB", "GNBGOV", "GNBCVL"), ("190", "194", "180", "195"), "shelled the city centre"),
        (_GNBREB, ("SEN", "SENMIL", "SENGOV"), ("110", "111", "112"), "Senegalese were invaders"),
        (("PRT", "PRTGOV"), ("GNB", "GNBGOV", "GNBMIL", "GNBREB"), ("030", "031", "036", "039", "050"),
         "offered to mediate"),
        (("SEN", "SENGOV", "SENMIL"), _GNBREB, ("190", "193", "180", "070", "074"),
         "Senegalese troops join fight"),
        (("SEN", "SENGOV", "SENMIL", "GIN", "GINGOV", "GINMIL"), _GNBREB,
         ("190", "193", "180"), "put down an army revolt"),
        (("GNBGOV",), _GNBREB, ("172", "170", "173"), "his sacked chief of staff"),
    ],
    none=["won independence from Portugal in 1974"],
    parties=[
        ("President Joao Bernardo Vieira", "Joao Bernardo Vieira", ("GNBGOV",)),
        ("Brig. Ansumane Mane", "Ansumane Mane", _GNBREB),
    ],
)

_ZAIRE = ("COD", "CODGOV", "CODMIL", "ZAR", "ZARGOV", "ZARMIL")
_RWA = ("RWA", "RWAGOV", "RWAMIL")

REUTERS_KIGALI = Story(
    "reuters_kigali_bukavu", "1996-10-29",
    """Zaire accuses Rwanda of shelling Bukavu

KIGALI, Oct 29 (Reuters) - Zaire on Tuesday accused Rwanda of shelling the eastern border town of Bukavu \
in support of Banyamulenge Tutsi rebels, and said it reserved the right to respond with force.

Rwandan Vice-President Paul Kagame denied that his army had crossed the border and accused Zairean troops \
of firing first on the Rwandan town of Cyangugu across the Ruzizi river.

"We are not at war with Zaire, but we will defend our territory," Kagame told reporters in Kigali.

Thousands of Hutu refugees fled camps around Bukavu as the fighting drew closer, aid workers said. The \
U.N. High Commissioner for Refugees, Sadako Ogata, urged both governments to let aid convoys through.

More than a million Rwandan Hutus fled to Zaire in 1994 after the genocide in which some 500,000 Tutsis \
and moderate Hutus were killed.
""",
    events=[
        (_ZAIRE, _RWA, ("110", "111", "112"), "accused Rwanda of shelling"),
        (_ZAIRE, _RWA, ("130", "138", "131", "139"), "reserved the right to respond"),
        (("RWAGOV",), _ZAIRE, ("110", "111", "112"), "accused Zairean troops"),
        (("IGO",), ("RWA", "RWAGOV", "COD", "CODGOV", "ZAR", "ZARGOV"), ("020", "021", "025", "028", "100"),
         "urged both governments"),
    ],
    also=[
        (("RWAGOV",), _ZAIRE, ("016", "010", "012"), "denied that his army"),
        (("RWAGOV", "RWA"), _ZAIRE, ("130", "138", "010", "012", "016"), "We are not at war"),
        (_ZAIRE, _RWA, ("110", "111", "112"), "Zaire accuses Rwanda"),
        (_RWA, _ZAIRE + ("CODCVL", "ZARCVL"), ("190", "194", "195"), "accused Rwanda of shelling"),
        (_ZAIRE, _RWA + ("RWACVL",), ("190", "194", "195"), "of firing first"),
    ],
    none=["More than a million Rwandan Hutus fled"],
    parties=[
        ("Vice-President Paul Kagame", "Paul Kagame", ("RWAGOV",)),
        ("Sadako Ogata", "Sadako Ogata", ("IGO",)),
    ],
)

_BDIMIL = ("BDIMIL", "BDIREB", "BDI", "BDIUAF")

AFP_BUJUMBURA = Story(
    "afp_bujumbura_ndadaye", "1993-10-22",
    """Burundi president killed in army coup, OAU condemns

BUJUMBURA, Oct 22 (AFP) - Rebel paratroopers killed Burundi's first elected Hutu president, Melchior \
Ndadaye, on Thursday after storming the presidential palace, the government's spokesman said from the \
French embassy, where several ministers had taken refuge.

The Organisation of African Unity condemned the coup in the strongest terms and demanded that the army \
return to barracks immediately.

The putschists set up a "committee of public salvation" headed by former interior minister Francois \
Ngeze and closed the airport and the borders.

Belgium, the former colonial power, suspended its aid to Burundi and said it would not deal with the new \
authorities.

Ndadaye was elected in June, defeating the Tutsi military ruler Pierre Buyoya, who had seized power in \
1987.
""",
    events=[
        (_BDIMIL, ("BDIGOV", "BDI"), ("180", "186", "190", "193", "200"), "paratroopers killed"),
        (("IGO",), _BDIMIL + ("BDIGOV",), ("110", "111", "112"), "condemned the coup"),
        (("IGO",), _BDIMIL + ("BDIGOV",), ("100", "101", "102", "104", "1043"), "demanded that the army"),
        (("BEL", "BELGOV"), ("BDI", "BDIGOV", "BDIMIL"), ("160", "161", "163", "164", "1623", "1621", "162"),
         "suspended its aid to Burundi"),
    ],
    also=[
        (_BDIMIL, ("BDIGOV", "BDI"), ("180", "186", "190", "171", "193"), "storming the presidential palace"),
        (("BEL", "BELGOV"), ("BDI", "BDIGOV", "BDIMIL"), ("120", "125", "128", "160", "161"),
         "would not deal with"),
        (_BDIMIL + ("BDIGOV",), ("BDI", "BDICVL"), ("172", "170", "1722", "174"), "closed the airport"),
        (("IGO",), _BDIMIL, ("110", "111", "112"), "OAU condemns"),
        (_BDIMIL, ("BDIGOV", "BDI"), ("180", "186", "190", "193"), "president killed in army coup"),
        (("FRA", "FRAGOV"), ("BDIGOV",), ("075", "070", "073"), "French embassy"),
    ],
    none=["Ndadaye was elected in June"],
    parties=[
        ("Melchior Ndadaye", "Melchior", ("BDIGOV",)),
        ("former interior minister Francois Ngeze", "Francois Ngeze", _BDIMIL + ("BDIGOV", "BDIELI")),
    ],
)

REUTERS_ASMARA = Story(
    "reuters_asmara_sudan", "1994-12-06",
    """Eritrea breaks ties with Sudan over rebel raids

ASMARA, Dec 6 (Reuters) - Eritrea on Tuesday broke off diplomatic relations with Sudan, accusing the \
Islamist government in Khartoum of training and arming Eritrean Islamic Jihad guerrillas who have raided \
villages in the west of the country.

The Foreign Ministry gave Sudanese diplomats 48 hours to leave Asmara.

President Isaias Afewerki said in a radio address that Eritrea had shown patience for a year but could no \
longer tolerate "the export of terror" across its border.

In Khartoum, a Sudanese foreign ministry spokesman denied the charges and described the decision as \
regrettable. He said Sudan wanted good relations with all its neighbours.

Eritrea became independent from Ethiopia in May 1993 after a referendum.
""",
    events=[
        (("ERI", "ERIGOV"), ("SDN", "SDNGOV"), ("160", "161", "164", "1641"), "broke off diplomatic"),
        (("ERI", "ERIGOV"), ("SDN", "SDNGOV"), ("110", "111", "112"), "accusing the"),
        (("ERIGOV", "ERI"), ("SDN", "SDNGOV"), ("160", "161", "164", "166", "174", "1663"),
         "gave Sudanese diplomats"),
        (("SDNGOV",), ("ERI", "ERIGOV"), ("110", "111", "016", "012", "120", "125", "128"),
         "denied the charges"),
    ],
    also=[
        (("ERI", "ERIGOV"), ("SDN", "SDNGOV"), ("160", "161", "164"), "breaks ties with Sudan"),
        (("ERIGOV",), ("SDN", "SDNGOV"), ("110", "111", "112", "130", "138", "139"),
         "could no longer tolerate"),
        (("SDNGOV", "SDN"), ("ERI", "ERIGOV"), ("030", "031", "010", "019"), "wanted good relations"),
        (("ERIREB", "ERIINS", "ERIUAF", "ERI"), ("ERI", "ERICVL"), ("190", "180", "181"), "have raided"),
    ],
    none=["Eritrea became independent from Ethiopia"],
    parties=[
        ("President Isaias Afewerki", "Isaias Afewerki", ("ERIGOV",)),
        ("Eritrean Islamic Jihad guerrillas", "Eritrean Islamic Jihad", ("ERIREB", "ERIINS", "ERIUAF")),
    ],
)

_SOMREB = ("SOMREB", "SOMINS", "SOMUAF", "SOM", "SOMRAD")

REUTERS_GEDO = Story(
    "reuters_nairobi_gedo", "1996-08-12",
    """Ethiopian troops raid Somali border towns, factions protest

NAIROBI, Aug 12 (Reuters) - Ethiopian troops backed by tanks crossed into southwestern Somalia on Friday \
and attacked bases of the Islamic group al-Itihaad in the towns of Luuq and Dolo, killing dozens of \
fighters, Somali elders said by radio telephone.

Ethiopia's government said the raids were in self-defence after al-Itihaad claimed a series of bomb \
attacks in Addis Ababa, and warned it would strike again if the group did not stop its attacks.

Faction leader Hussein Mohamed Aidid condemned what he called an invasion of Somali soil and called on \
the Organisation of African Unity to demand an Ethiopian withdrawal.

Somalia has had no central government since dictator Mohamed Siad Barre was overthrown in January 1991.
""",
    events=[
        (("ETH", "ETHMIL", "ETHGOV"), _SOMREB, ("190", "193", "195", "180"), "attacked bases of the Islamic"),
        (("ETHGOV", "ETH"), _SOMREB, ("130", "138", "131", "139"), "warned it would strike again"),
        (("SOMREB", "SOMGOV", "SOM", "SOMOPP"), ("ETH", "ETHGOV", "ETHMIL"), ("110", "111", "112"),
         "condemned what he called"),
        (("SOMREB", "SOMGOV", "SOM", "SOMOPP"), ("IGO",), ("020", "021", "025", "028"),
         "called on the Organisation"),
    ],
    also=[
        (("ETH", "ETHMIL", "ETHGOV"), ("SOM",) + _SOMREB, ("190", "193", "195", "180", "042"),
         "crossed into southwestern"),
        (("ETH", "ETHMIL", "ETHGOV"), ("SOM",) + _SOMREB, ("190", "193", "195", "180"),
         "Ethiopian troops raid Somali"),
        (("SOMREB", "SOM", "SOMGOV", "SOMOPP"), ("ETH", "ETHGOV", "ETHMIL"), ("110", "111", "112",
         "140", "141"),
         "factions protest"),
        (_SOMREB, ("ETH", "ETHCVL", "ETHGOV"), ("180", "183", "190"), "claimed a series of bomb"),
        (("ETHGOV",), _SOMREB, ("110", "111", "112"), "after al-Itihaad claimed"),
        (("SOMREB", "SOMGOV", "SOM", "SOMOPP"), ("ETH", "ETHGOV", "ETHMIL"), ("100", "101", "102", "1041"),
         "demand an Ethiopian"),
    ],
    none=["Somalia has had no central government since"],
    parties=[
        ("Faction leader Hussein Mohamed Aidid", "Hussein Mohamed Aidid", ("SOMREB", "SOMGOV", "SOMOPP",
                                                                          "SOM")),
    ],
)

_USC = ("SOMREB", "SOMINS", "SOMUAF", "SOM", "SOMOPP")

AFP_MOGADISHU = Story(
    "afp_mogadishu_barre", "1991-01-28",
    """Siad Barre flees Mogadishu as rebels take capital

NAIROBI, Jan 28 (AFP) - Rebels of the United Somali Congress said on Monday they had taken control of \
Mogadishu after President Mohamed Siad Barre fled the capital with his remaining troops, ending his \
21-year rule.

The USC, in a statement broadcast on Radio Mogadishu, named businessman Ali Mahdi Mohamed interim \
president and called on all Somalis to lay down their arms.

It promised to hold free elections and asked Italy and Egypt to help restore order.

Two other rebel groups, the Somali National Movement in the north and the Somali Patriotic Movement in \
the south, rejected the appointment and said they had not been consulted.

Foreign embassies were evacuated from Mogadishu earlier this month as fighting raged.
""",
    events=[
        (_USC, ("SOM", "SOMCVL", "SOMREB", "SOMMIL"), ("020", "021", "025", "028", "0256", "100"),
         "called on all Somalis"),
        (_USC, ("SOM", "SOMCVL"), ("030", "031", "035", "032", "050", "051"), "promised to hold free"),
        (_USC, ("ITA", "ITAGOV", "EGY", "EGYGOV"), ("020", "021", "022", "025", "028"),
         "asked Italy and Egypt"),
        (("SOMREB", "SOM", "SOMOPP"), _USC, ("120", "125", "128", "129", "110", "111"),
         "rejected the appointment"),
    ],
    also=[
        (_USC, ("SOM", "SOMGOV", "SOMMIL"), ("190", "193", "200", "180"), "taken control of"),
        (_USC, ("SOM", "SOMGOV", "SOMMIL"), ("190", "193", "200", "180"), "rebels take capital"),
        (("SOMGOV",), _USC, ("087", "0871", "080"), "fled the capital"),
        (_USC, ("SOM", "SOMGOV", "SOMCVL"), ("040", "046"), "named businessman"),
    ],
    none=["Foreign embassies were evacuated"],
    parties=[
        ("President Mohamed Siad Barre", "Mohamed Siad Barre", ("SOMGOV",)),
        ("businessman Ali Mahdi Mohamed", "Ali Mahdi Mohamed", _USC + ("SOMGOV", "SOMBUS")),
    ],
)

_HRV = ("HRV", "HRVGOV", "HRVMIL")
_KRAJINA = ("HRVREB", "HRVINS", "HRVUAF", "SRB", "SRBREB", "HRV", "HRVCVL", "SRBCVL")

HINA_KNIN = Story(
    "hina_zagreb_knin", "1995-08-04",
    """Croatian army launches offensive on rebel Serb Krajina

ZAGREB, Aug 4 (HINA) - The Croatian army launched an offensive at dawn on Friday to retake the rebel Serb \
region of Krajina, shelling the rebel stronghold of Knin after the Serbs rejected a last offer of peaceful \
reintegration, the Defence Ministry said.

President Franjo Tudjman, in a televised address, called on the Serbs of Krajina to lay down their \
weapons and stay in their homes, promising that their rights would be guaranteed.

The Krajina Serb leader, Milan Martic, ordered rocket attacks on Zagreb and appealed to Belgrade for \
help. The Yugoslav government condemned the offensive as aggression but gave no sign it would intervene.

U.N. special envoy Yasushi Akashi protested to Zagreb after Croatian troops overran several U.N. \
observation posts.

Rebel Serbs seized about a third of Croatia in 1991 after the republic declared independence from \
Yugoslavia.
""",
    events=[
        (_HRV, _KRAJINA, ("190", "193", "194", "195", "180"), "launched an offensive at dawn"),
        (("HRVGOV",), _KRAJINA, ("020", "021", "025", "028", "0256", "100", "101"), "called on the Serbs"),
        (_KRAJINA, ("YUG", "YUGGOV", "SRB", "SRBGOV"), ("020", "021", "022", "025", "028"),
         "appealed to Belgrade"),
        (("YUG", "YUGGOV", "SRB", "SRBGOV"), _HRV, ("110", "111", "112"), "condemned the offensive"),
        (("IGO",), _HRV, ("110", "111", "140", "141", "130"), "protested to Zagreb"),
    ],
    also=[
        (_HRV, _KRAJINA, ("190", "193", "194", "195", "180"), "Croatian army launches offensive"),
        (_KRAJINA, ("HRV", "HRVGOV", "HRVCVL"), ("190", "194", "195", "180", "183"),
         "ordered rocket attacks"),
        (_KRAJINA, ("HRV", "HRVGOV"), ("120", "125", "128", "129"), "the Serbs rejected a last offer"),
        (("HRVGOV",), _KRAJINA, ("030", "031", "050", "057", "035"), "promising that their rights"),
        (_HRV, ("IGO",), ("190", "193", "171", "180"), "overran several U.N."),
    ],
    none=["Rebel Serbs seized about a third of Croatia in 1991"],
    parties=[
        ("President Franjo Tudjman", "Franjo Tudjman", ("HRVGOV",)),
        ("Milan Martic", "Milan Martic", _KRAJINA),
        ("Yasushi Akashi", "Yasushi Akashi", ("IGO",)),
    ],
)

_MKD = ("MKD", "MKDGOV", "MKDMIL", "MKDCOP")
_NLA = ("MKDREB", "MKDINS", "MKDUAF", "ALB", "MKD", "ALBREB", "KOSREB")

MIA_TETOVO = Story(
    "mia_skopje_tetovo", "2001-03-21",
    """Macedonia gives Albanian rebels 24 hours to disarm

SKOPJE, March 21 (MIA) - The Macedonian government on Wednesday gave ethnic Albanian guerrillas in the \
hills above Tetovo 24 hours to lay down their arms or leave the country, warning that security forces \
would otherwise launch an all-out offensive against them.

Prime Minister Ljubco Georgievski told parliament that the rebels were terrorists infiltrated from Kosovo \
and accused the NATO-led peacekeeping force there of failing to seal the border.

The guerrillas, who call themselves the National Liberation Army, rejected the ultimatum in a statement \
faxed to news agencies and said they were fighting for the rights of Albanians in Macedonia.

Police fired mortars at rebel positions in the village of Gajre overnight, the Interior Ministry said.

The EU's foreign policy chief, Javier Solana, who visited Skopje on Tuesday, urged the Albanian parties in \
the government to stay in the coalition.

The denar was unchanged against the German mark.
""",
    events=[
        (("MKDGOV", "MKD"), _NLA, ("130", "138", "139", "131", "100", "101"), "gave ethnic Albanian"),
        (("MKDGOV",), ("IGO", "IGOMIL", "KOS", "KOSREB"), ("110", "111", "112"), "accused the NATO-led"),
        (_NLA, ("MKDGOV", "MKD"), ("120", "125", "128", "129"), "rejected the ultimatum"),
        (("MKDCOP", "MKD", "MKDGOV", "MKDMIL"), _NLA, ("190", "194", "195"), "Police fired mortars"),
        (("IGO",), ("MKD", "MKDGOV", "MKDPTY", "ALB", "MKDOPP"), ("020", "021", "025", "028", "0256"),
         "urged the Albanian parties"),
    ],
    also=[
        (("MKDGOV", "MKD"), _NLA, ("130", "138", "139", "131", "100", "101"), "gives Albanian rebels"),
        (("MKDGOV",), _NLA, ("110", "111", "112"), "rebels were terrorists"),
        (("IGO",), ("MKD", "MKDGOV"), ("042", "043", "040"), "who visited Skopje"),
        (("MKDGOV", "MKD"), _NLA, ("130", "138", "139"), "warning that security forces"),
    ],
    none=["The denar was unchanged"],
    parties=[
        ("Prime Minister Ljubco Georgievski", "Ljubco Georgievski", ("MKDGOV",)),
        ("Javier Solana", "Javier Solana", ("IGO",)),
    ],
)

_ALBOPP = ("ALBOPP", "ALBCVL", "ALB", "ALBREB", "ALBPTY")

ATA_TIRANA = Story(
    "ata_tirana_emergency", "1997-03-03",
    """Albania declares state of emergency as revolt spreads

TIRANA, March 3 (ATA) - Albania's parliament on Sunday declared a state of emergency and gave the army \
and police powers to shoot armed looters, after rioters angry at the collapse of pyramid investment \
schemes seized weapons depots in the southern port of Vlore.

President Sali Berisha, re-elected by parliament hours later for a second five-year term, said the \
country faced "a communist rebellion" and accused the opposition Socialist Party of organising the \
unrest.

The Socialists, who boycotted the vote, denied the charge and demanded Berisha's resignation and the \
formation of a government of national unity.

Police arrested the editor of the opposition daily Koha Jone after the newspaper's offices were burned \
down overnight, colleagues said.

Italy and Greece urged Berisha to open talks with the opposition, and the OSCE said it would send an \
envoy to Tirana.
""",
    events=[
        (("ALBGOV", "ALBLEG", "ALB"), ("ALB", "ALBCVL", "ALBOPP"), ("172", "1721", "170", "175"),
         "declared a state of emergency"),
        (("ALBGOV",), ("ALBOPP", "ALBPTY"), ("110", "111", "112"), "accused the opposition Socialist"),
        (("ALBOPP", "ALBPTY"), ("ALBGOV",), ("100", "102", "104", "1041"), "demanded Berisha's"),
        (("ALBCOP", "ALB", "ALBGOV"), ("ALBMED", "ALBOPP", "ALBCVL"), ("173", "170", "171"),
         "arrested the editor"),
        (("ITA", "ITAGOV", "GRC", "GRCGOV"), ("ALBGOV",), ("020", "021", "025", "028", "0256"),
         "urged Berisha to open"),
    ],
    also=[
        (("ALBGOV", "ALBLEG", "ALB"), ("ALB", "ALBCVL", "ALBOPP"), ("172", "1721", "170"),
         "declares state of emergency"),
        (("ALBOPP", "ALBPTY"), ("ALBGOV",), ("016", "010", "012", "120", "125"), "denied the charge"),
        (("ALBOPP", "ALBPTY"), ("ALBGOV", "ALBLEG"), ("120", "125", "160", "140"), "who boycotted the vote"),
        (("IGO",), ("ALB", "ALBGOV"), ("030", "031", "036", "042", "043", "044"), "would send an"),
        (_ALBOPP, ("ALBMIL", "ALB", "ALBGOV"), ("190", "180", "181", "193"), "seized weapons depots"),
        (("ALBGOV",), _ALBOPP, ("110", "111", "112"), "a communist rebellion"),
    ],
    none=[],
    parties=[
        ("President Sali Berisha", "Sali Berisha", ("ALBGOV",)),
        ("The Socialists", "Socialists", ("ALBOPP", "ALBPTY")),
    ],
)

_ARMREB = ("ARMREB", "ARMINS", "ARMUAF", "ARM", "ARMCVL", "ARMOPP", "ARMRAD")

ARMENPRESS_YEREVAN = Story(
    "armenpress_yerevan_parliament", "1999-10-28",
    """Gunmen holding Armenian parliament free hostages, surrender

YEREVAN, Oct 28 (Armenpress) - Five gunmen who burst into Armenia's parliament on Wednesday and shot dead \
Prime Minister Vazgen Sarkisian, Speaker Karen Demirchian and six other officials freed their remaining \
hostages on Thursday and surrendered to security forces after talks with President Robert Kocharian.

Kocharian, who negotiated with the gunmen through the night, promised them a fair trial and allowed \
their leader, former journalist Nairi Unanian, to address the nation on television.

Unanian said they had wanted to punish a corrupt leadership that was "sucking the blood of the people".

The Prosecutor-General's office charged the five with terrorism and murder. Kocharian declared three \
days of national mourning.

Russian President Boris Yeltsin telephoned Kocharian to express his condolences, the Kremlin said.

The dram was quoted at 535 to the dollar on the Yerevan exchange.
""",
    events=[
        (_ARMREB, ("ARMGOV", "ARMLEG", "ARM"), ("180", "186", "190", "193"), "shot dead"),
        (_ARMREB, ("ARMGOV", "ARMCOP", "ARMMIL", "ARM"), ("080", "081", "083", "0841", "084"),
         "freed their remaining"),
        (("ARMGOV",), _ARMREB, ("040", "043", "046", "030", "031", "032", "035"),
         "promised them a fair trial"),
        (("ARMJUD", "ARMGOV", "ARM"), _ARMREB, ("173", "170", "171", "111", "112", "110"),
         "charged the five"),
        (("RUSGOV",), ("ARMGOV",), ("040", "041", "042", "043", "018", "010"), "telephoned Kocharian"),
    ],
    also=[
        (_ARMREB, ("ARMGOV", "ARMLEG", "ARM"), ("180", "181", "186", "190"), "Gunmen holding Armenian"),
        (_ARMREB, ("ARMGOV", "ARMCOP", "ARMMIL", "ARM"), ("080", "081", "083", "0841", "084"),
         "free hostages, surrender"),
        (_ARMREB, ("ARMGOV", "ARMCOP", "ARMMIL"), ("040", "043", "046"), "after talks with"),
        (("ARMGOV",), ("RUSGOV",), ("040", "041", "042", "043"), "telephoned Kocharian"),
        (_ARMREB, ("ARMGOV", "ARM"), ("110", "111", "112", "130", "138"), "wanted to punish"),
        (_ARMREB, ("ARMGOV",), ("040", "043", "046"), "negotiated with the gunmen"),
        (("ARMGOV",), _ARMREB, ("040", "043", "046"), "negotiated with the gunmen"),
    ],
    none=["The dram was quoted"],
    parties=[
        ("Prime Minister Vazgen Sarkisian", "Vazgen Sarkisian", ("ARMGOV",)),
        ("President Robert Kocharian", "Robert Kocharian", ("ARMGOV",)),
        ("Russian President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
    ],
)

_KGZOPP = ("KGZOPP", "KGZCVL", "KGZ")

AKIPRESS_AKSY = Story(
    "akipress_bishkek_aksy", "2002-03-18",
    """Police fire on Aksy protesters, opposition demands Akayev quit

BISHKEK, March 18 (AKIpress) - Police opened fire on Sunday on hundreds of villagers in the southern \
Aksy district who were demanding the release of jailed opposition deputy Azimbek Beknazarov, killing at \
least five people, local officials said.

Opposition leaders in Bishkek blamed President Askar Akayev for the deaths and demanded that he resign, \
and called on their supporters to hold rallies across the country.

The Interior Ministry said the police had acted in self-defence after protesters attacked them with \
stones and tried to seize their weapons.

Akayev, in a statement, expressed condolences to the families of the victims and ordered a commission to \
investigate the shooting. He appealed for calm.

Beknazarov was arrested in January on charges of abuse of office dating from his time as an \
investigator.
""",
    events=[
        (("KGZCOP", "KGZ", "KGZGOV"), _KGZOPP, ("180", "190", "193", "195", "175", "186"),
         "Police opened fire"),
        (("KGZOPP", "KGZLEG", "KGZ"), ("KGZGOV",), ("110", "111", "112"), "blamed President Askar"),
        (("KGZOPP", "KGZLEG", "KGZ"), ("KGZGOV",), ("100", "102", "104", "1041"), "demanded that he resign"),
        (("KGZGOV",), _KGZOPP + ("KGZGOV",), ("020", "021", "025", "028", "0256", "018", "010"),
         "appealed for calm"),
    ],
    also=[
        (("KGZCOP", "KGZ", "KGZGOV"), _KGZOPP, ("180", "190", "193", "195", "175"), "Police fire on Aksy"),
        (("KGZOPP", "KGZLEG", "KGZ"), ("KGZGOV",), ("100", "102", "104", "1041"),
         "opposition demands Akayev"),
        (_KGZOPP, ("KGZGOV", "KGZJUD"), ("100", "102", "104", "1041", "140", "141"), "were demanding the"),
        (_KGZOPP, ("KGZCOP",), ("180", "170", "171", "145"), "attacked them with"),
        (("KGZGOV", "KGZCOP"), _KGZOPP, ("110", "111", "112"), "acted in self-defence"),
        (("KGZGOV",), _KGZOPP, ("018", "010", "012", "055"), "expressed condolences"),
        (("KGZGOV",), ("KGZCOP", "KGZ", "KGZGOV"), ("090", "092", "093", "010"), "ordered a commission"),
        (("KGZOPP", "KGZLEG", "KGZ"), _KGZOPP, ("020", "021", "025", "028", "0256", "140", "141"),
         "called on their supporters"),
    ],
    none=["Beknazarov was arrested in January"],
    parties=[
        ("President Askar Akayev", "Askar Akayev", ("KGZGOV",)),
        ("opposition deputy Azimbek Beknazarov", "Azimbek Beknazarov", ("KGZLEG", "KGZOPP")),
    ],
)

INTERFAX_ASHGABAT = Story(
    "interfax_ashgabat_envoy", "2002-12-21",
    """Turkmenistan expels Uzbek ambassador over plot

ASHGABAT, Dec 21 (Interfax) - Turkmenistan on Saturday declared Uzbek Ambassador Abdurashid Kadyrov \
persona non grata and gave him 48 hours to leave, accusing him of sheltering the alleged organiser of last \
month's attempt on President Saparmurat Niyazov's life in the embassy.

The Turkmen Foreign Ministry said embassy staff had hidden former foreign minister Boris Shikhmuradov in \
the building on the night of the attack on the presidential motorcade.

Tashkent denied the accusation and called the expulsion an unfriendly act. The Uzbek Foreign Ministry \
said it would respond in kind.

Shikhmuradov, who was arrested on Dec. 25 according to Turkmen television, had lived in exile in Moscow \
since 2001.
""",
    events=[
        (("TKM", "TKMGOV"), ("UZBGOV", "UZB"), ("160", "161", "164", "166", "174", "1663", "1661"),
         "declared Uzbek Ambassador"),
        (("TKM", "TKMGOV"), ("UZBGOV", "UZB"), ("110", "111", "112"), "accusing him of sheltering"),
        (("UZB", "UZBGOV"), ("TKM", "TKMGOV"), ("110", "111", "112", "016", "120", "125"),
         "called the expulsion"),
        (("UZBGOV", "UZB"), ("TKM", "TKMGOV"), ("130", "138", "139", "160", "161", "164", "166"),
         "would respond in kind"),
    ],
    also=[
        (("TKM", "TKMGOV"), ("UZBGOV", "UZB"), ("160", "161", "164", "166", "174", "1663"),
         "expels Uzbek ambassador"),
        (("TKMGOV",), ("UZBGOV", "UZB"), ("110", "111", "112"), "embassy staff had hidden"),
        (("UZB", "UZBGOV"), ("TKM", "TKMGOV"), ("016", "010", "012"), "Tashkent denied"),
        (("TKMELI", "TKMOPP", "TKM", "TKMREB"), ("TKMGOV",), ("180", "182", "186", "190"),
         "attempt on President"),
        (("TKMELI", "TKMOPP", "TKM", "TKMREB"), ("TKMGOV",), ("180", "182", "186", "190"),
         "the attack on the presidential"),
    ],
    none=["had lived in exile in Moscow"],
    parties=[
        ("Uzbek Ambassador Abdurashid Kadyrov", "Abdurashid Kadyrov", ("UZBGOV",)),
        ("President Saparmurat Niyazov", "Saparmurat Niyazov", ("TKMGOV",)),
        ("former foreign minister Boris Shikhmuradov", "Boris Shikhmuradov", ("TKMELI", "TKMOPP", "TKM")),
    ],
)

_IND = ("IND", "INDGOV", "INDMIL")

PTI_COLOMBO = Story(
    "pti_colombo_ipkf", "1989-06-02",
    """Premadasa asks India to pull out troops by July 29

COLOMBO, June 2 (PTI) -- Sri Lankan President Ranasinghe Premadasa today asked India to withdraw the \
Indian Peace Keeping Force from the island's north and east by July 29, the second anniversary of the \
accord under which it was deployed.

Addressing a Buddhist gathering at Kandy, Mr Premadasa said the presence of foreign troops was no longer \
necessary as the government was holding talks with the Liberation Tigers of Tamil Eelam.

In New Delhi, an External Affairs Ministry spokesman said the IPKF would leave only when the devolution \
of power to the Tamil provinces promised under the 1987 accord had been carried out.

The Tigers welcomed Mr Premadasa's demand and said they would observe a ceasefire with the Sri Lankan \
army.

Some 45,000 Indian troops are deployed in the island.
""",
    events=[
        (("LKAGOV",), _IND, ("100", "101", "102", "1042", "104", "020", "025", "028"),
         "asked India to withdraw"),
        (("INDGOV", "IND"), ("LKA", "LKAGOV"), ("120", "125", "128", "129", "100", "101"),
         "would leave only when"),
        (("LKAREB", "LKAINS", "LKAUAF", "LKA"), ("LKAGOV",), ("050", "051", "055", "010", "018", "019"),
         "Tigers welcomed"),
        (("LKAREB", "LKAINS", "LKAUAF", "LKA"), ("LKAMIL", "LKAGOV", "LKA"), ("030", "031", "080",
         "087", "0874",
                                                                           "057", "035"),
         "would observe a ceasefire"),
    ],
    also=[
        (("LKAGOV",), _IND, ("100", "101", "102", "1042", "104", "020", "025", "028"),
         "asks India to pull out"),
        (("LKAGOV",), ("LKAREB", "LKAINS", "LKA"), ("040", "043", "046"), "holding talks with"),
        (("LKAGOV",), _IND, ("100", "101", "120", "125", "160"), "foreign troops was no longer"),
        (("INDGOV", "IND"), ("LKA", "LKAGOV"), ("030", "031", "057"), "promised under the 1987"),
    ],
    none=["Some 45,000 Indian troops are deployed"],
    parties=[
        ("Sri Lankan President Ranasinghe Premadasa", "Ranasinghe Premadasa", ("LKAGOV",)),
        ("the Liberation Tigers of Tamil Eelam", "Liberation Tigers of Tamil Eelam", ("LKAREB", "LKAINS",
                                                                                        "LKAUAF")),
    ],
)

_BGD = ("BGD", "BGDGOV", "BGDMIL")

UNB_DHAKA = Story(
    "unb_dhaka_border", "2001-04-19",
    """India protests killing of 16 border guards

DHAKA, April 19 (UNB) - India lodged a strong protest with Bangladesh on Thursday over the killing of 16 \
Indian Border Security Force soldiers in a clash with Bangladesh Rifles troops near the village of \
Boraibari, and demanded that the bodies be returned at once.

The Indian High Commissioner, Mani Lal Tripathi, was called to the Foreign Ministry in Dhaka, where \
officials said the Indian soldiers had crossed the border and attacked a Bangladesh Rifles camp.

Prime Minister Sheikh Hasina spoke by telephone to her Indian counterpart, Atal Bihari Vajpayee, and the \
two leaders agreed to restore calm along the frontier.

The BDR handed over the bodies at the Kurigram border on Friday, and the two forces withdrew from the \
disputed village of Pyrdiwah.

The two countries share a 4,000-km border, much of it unfenced.
""",
    events=[
        (("IND", "INDGOV"), ("BGD", "BGDGOV", "BGDMIL"), ("110", "111", "140", "141", "130"),
         "lodged a strong protest"),
        (("IND", "INDGOV"), _BGD, ("100", "101", "102", "105"), "demanded that the bodies"),
        (("BGDGOV",), ("INDGOV",), ("040", "041", "042", "043"), "spoke by telephone"),
        (("INDGOV",), ("BGDGOV",), ("040", "041", "042", "043"), "spoke by telephone"),
        (("BGDMIL", "BGD", "BGDGOV"), ("IND", "INDMIL", "INDGOV"), ("080", "084", "0841", "081", "087", "057",
                                                                  "060"), "handed over the bodies"),
    ],
    also=[
        (("IND", "INDGOV"), ("BGD", "BGDGOV", "BGDMIL"), ("110", "111", "140", "141", "130"),
         "India protests killing"),
        (("BGDMIL", "BGD"), ("IND", "INDMIL"), ("180", "190", "186", "193"), "killing of 16"),
        (("BGDGOV", "BGD"), ("INDGOV", "IND"), ("040", "042", "043", "110", "111", "112"),
         "was called to the Foreign Ministry"),
        (("BGDGOV", "BGD"), ("INDMIL", "IND"), ("110", "111", "112"), "officials said the Indian soldiers"),
        (("BGDGOV", "INDGOV"), ("INDGOV", "BGDGOV"), ("030", "031", "057", "036"), "agreed to restore calm"),
        (("BGDMIL", "INDMIL", "BGD", "IND"), ("INDMIL", "BGDMIL", "BGD", "IND"), ("087", "0874", "080"),
         "the two forces withdrew"),
    ],
    none=["share a 4,000-km border"],
    parties=[
        ("The Indian High Commissioner, Mani Lal Tripathi", "Mani Lal Tripathi", ("INDGOV",)),
        ("Prime Minister Sheikh Hasina", "Sheikh Hasina", ("BGDGOV",)),
        ("Atal Bihari Vajpayee", "Atal Bihari Vajpayee", ("INDGOV",)),
    ],
)

_MERC = ("MDVREB", "LKAREB", "---UAF", "MDVUAF", "LKAUAF", "MDV", "LKA", "MDVINS", "LKAINS", "---REB")

AFP_MALE = Story(
    "afp_male_coup", "1988-11-04",
    """Indian paratroopers crush coup attempt in Maldives

COLOMBO, Nov 4 (AFP) - Indian paratroopers flown to the Maldives overnight crushed an attempt by some 150 \
Sri Lankan Tamil mercenaries to overthrow President Maumoon Abdul Gayoom, the Indian High Commission in \
Colombo said Thursday.

The mercenaries, who had landed in Male by boat before dawn on Thursday and seized the radio station, fled \
aboard a hijacked freighter with several hostages, including a Maldivian minister. An Indian navy frigate \
was pursuing the ship.

Gayoom, who had hidden in a safe house, thanked Prime Minister Rajiv Gandhi for his swift response and \
said the attackers had been hired by Maldivian businessman Abdullah Luthufi.

The Sri Lankan government condemned the coup attempt and denied that any Tamil group on its soil had been \
involved.

The Maldives, a chain of 1,200 coral islands, has a population of about 200,000.
""",
    events=[
        (("IND", "INDMIL", "INDGOV"), _MERC, ("190", "193", "180"), "crushed an attempt"),
        (("MDVGOV",), ("INDGOV",), ("050", "051", "010", "018", "019"), "thanked Prime Minister"),
        (("MDVGOV",), ("MDVBUS", "MDV", "MDVOPP", "MDVELI"), ("110", "111", "112"),
         "attackers had been hired"),
        (("LKAGOV", "LKA"), _MERC, ("110", "111", "112"), "condemned the coup attempt"),
    ],
    also=[
        (("IND", "INDMIL", "INDGOV"), _MERC, ("190", "193", "180"), "paratroopers crush coup"),
        (_MERC, ("MDVGOV", "MDV"), ("180", "181", "190", "193", "200"), "to overthrow President"),
        (_MERC, ("MDVGOV", "MDV", "MDVBUS", "MDVCVL", "---BUS"), ("180", "181", "190", "193"),
         "seized the radio station"),
        (("IND", "INDMIL"), _MERC, ("190", "193", "180", "170"), "was pursuing the ship"),
        (("LKAGOV", "LKA"), ("MDV", "MDVGOV", "LKAREB"), ("016", "010", "012"), "denied that any Tamil"),
        (("INDGOV", "IND"), ("MDV", "MDVGOV"), ("070", "074", "042", "086"), "flown to the Maldives"),
    ],
    none=["a chain of 1,200 coral islands"],
    parties=[
        ("President Maumoon Abdul Gayoom", "Maumoon Abdul Gayoom", ("MDVGOV",)),
        ("Prime Minister Rajiv Gandhi", "Rajiv Gandhi", ("INDGOV",)),
    ],
)

EFE_QUITO = Story(
    "efe_quito_bucaram", "1997-02-07",
    """Ecuador's Congress removes Bucaram, armed forces withdraw support

QUITO, Feb 7 (EFE) - Ecuador's Congress on Thursday night voted to remove President Abdala Bucaram for \
"mental incapacity" and named its speaker, Fabian Alarcon, interim president, after two days of a general \
strike that paralysed the country.

Bucaram, holed up in the presidential palace, refused to step down and called the vote an \
unconstitutional coup. He said he would remain in office until the end of his term.

The armed forces' joint command said in a statement that it no longer recognised Bucaram's authority and \
urged politicians to find a constitutional solution.

Vice-President Rosalia Arteaga also claimed the presidency, and U.S. Ambassador Leslie Alexander urged all \
sides to respect the constitution.

Bucaram, a former mayor of Guayaquil nicknamed "El Loco", took office last August.
""",
    events=[
        (("ECULEG", "ECU", "ECUGOV"), ("ECUGOV",), ("172", "1724", "120", "128", "110", "111", "160", "175"),
         "voted to remove President"),
        (("ECUGOV",), ("ECULEG", "ECU"), ("120", "125", "128", "129", "110", "111", "112"),
         "refused to step down"),
        (("ECUMIL", "ECU"), ("ECUGOV",), ("120", "125", "160", "161", "110", "111"),
         "no longer recognised"),
        (("USAGOV", "USA"), ("ECU", "ECUGOV", "ECULEG"), ("020", "021", "025", "028", "0256", "010"),
         "urged all sides"),
    ],
    also=[
        (("ECULEG", "ECU", "ECUGOV"), ("ECUGOV",), ("172", "1724", "120", "128"), "Congress removes Bucaram"),
        (("ECUMIL", "ECU"), ("ECUGOV",), ("120", "125", "160", "161", "110"),
         "armed forces withdraw support"),
        (("ECUGOV",), ("ECULEG", "ECU"), ("110", "111", "112"), "unconstitutional coup"),
        (("ECUMIL", "ECU"), ("ECULEG", "ECUGOV", "ECU"), ("020", "021", "025", "028"), "urged politicians"),
        (("ECUOPP", "ECULAB", "ECUCVL", "ECU"), ("ECUGOV",), ("140", "141", "143"), "general strike"),
    ],
    none=["took office last August"],
    parties=[
        ("President Abdala Bucaram", "Abdala Bucaram", ("ECUGOV",)),
        ("its speaker, Fabian Alarcon", "Fabian Alarcon", ("ECULEG", "ECUGOV")),
        ("U.S. Ambassador Leslie Alexander", "Leslie Alexander", ("USAGOV",)),
    ],
)

_BOLC = ("BOLOPP", "BOLCVL", "BOL", "BOLLAB")

AP_LAPAZ = Story(
    "ap_lapaz_gas", "2003-10-17",
    """Bolivian president resigns after weeks of deadly protests

LA PAZ, Bolivia (AP) -- President Gonzalo Sanchez de Lozada resigned Friday after weeks of protests by \
Indian peasants, miners and union workers over a plan to export natural gas through Chile, in which \
soldiers and police killed at least 70 people.

Congress accepted the resignation in an emergency session and swore in Vice President Carlos Mesa, who had \
broken with the government over the killings.

Mesa promised to hold a referendum on the gas plan and called on protesters to lift their roadblocks \
around the capital.

Coca growers' leader Evo Morales welcomed the resignation but warned that protests would resume if the \
new government did not scrap the export plan.

The U.S. State Department urged Bolivians to respect constitutional order.

Bolivia lost its coastline to Chile in the War of the Pacific of 1879-1884.
""",
    events=[
        (("BOLGOV",), _BOLC + ("BOLGOV", "BOLLEG"), ("080", "083", "0831", "081", "0832"), "resigned Friday"),
        (("BOLGOV",), _BOLC, ("030", "031", "032", "035", "051"), "promised to hold a referendum"),
        (("BOLGOV",), _BOLC, ("020", "021", "025", "028", "0256", "100", "101"), "called on protesters"),
        (("BOLOPP", "BOLLEG", "BOLPTY", "BOL"), ("BOLGOV",), ("130", "138", "131", "137", "139", "140"),
         "warned that protests"),
        (("USAGOV", "USA"), ("BOL", "BOLCVL", "BOLGOV"), ("020", "021", "025", "028", "0256", "010"),
         "urged Bolivians"),
    ],
    also=[
        (("BOLGOV",), _BOLC, ("080", "083", "0831", "081"), "president resigns after"),
        (("BOLMIL", "BOLCOP", "BOL", "BOLGOV"), _BOLC, ("180", "190", "193", "195", "175", "186"),
         "soldiers and police killed"),
        (_BOLC, ("BOLGOV",), ("140", "141", "145", "143"), "weeks of protests"),
        (("BOLLEG",), ("BOLGOV",), ("040", "041", "043", "050", "057", "081"), "Congress accepted the"),
        (("BOLOPP", "BOLLEG", "BOLPTY", "BOL"), ("BOLGOV",), ("050", "051", "010", "018", "019"),
         "welcomed the resignation"),
        (("BOLGOV",), ("BOLGOV",), ("120", "110", "111", "160", "161"), "had broken with the"),
    ],
    none=["lost its coastline to Chile"],
    parties=[
        ("President Gonzalo Sanchez de Lozada", "Gonzalo Sanchez de Lozada", ("BOLGOV",)),
        ("Vice President Carlos Mesa", "Carlos Mesa", ("BOLGOV",)),
        ("Coca growers' leader Evo Morales", "Evo Morales", ("BOLOPP", "BOLLEG", "BOLPTY", "BOL", "BOLLAB",
                                                            "BOLAGR")),
    ],
)

_FMLN = ("SLVREB", "SLVINS", "SLVUAF", "SLV")
_SLV = ("SLV", "SLVGOV", "SLVMIL")

AP_SANSALVADOR = Story(
    "ap_sansalvador_jesuits", "1989-11-16",
    """Six Jesuit priests slain in El Salvador

SAN SALVADOR, El Salvador (AP) -- Gunmen in military uniforms dragged six Jesuit priests from their beds \
at the Central American University early Thursday and shot them dead, along with their housekeeper and her \
daughter, church officials said.

The government of President Alfredo Cristiani blamed leftist guerrillas of the Farabundo Marti National \
Liberation Front, whose offensive in the capital entered its sixth day. Cristiani promised a full \
investigation.

Archbishop Arturo Rivera y Damas said the killers were members of the armed forces and demanded that they \
be brought to justice.

The rebels denied any role and accused the army's death squads.

Secretary of State James Baker condemned the killings and said Washington would review its military aid \
to the Salvadoran government if the army was found responsible.

More than 70,000 people have died in the decade-long civil war.
""",
    events=[
        (("SLVMIL", "SLV", "---UAF", "SLVUAF", "SLVSPY"), ("SLVREL", "SLVCVL", "SLVEDU", "SLV",
         "ESPCVL", "ESP",
                                                            "---REL"),
         ("180", "186", "190", "193", "181"), "shot them dead"),
        (("SLVGOV",), _FMLN, ("110", "111", "112"), "blamed leftist guerrillas"),
        (("SLVREL", "---REL", "SLV"), ("SLVMIL", "SLV"), ("110", "111", "112", "100", "101", "102"),
         "said the killers were"),
        (_FMLN, ("SLVMIL", "SLV", "SLVGOV"), ("110", "111", "112"), "accused the army"),
        (("USAGOV",), ("SLV", "SLVGOV", "SLVMIL", "---UAF", "SLVUAF"), ("110", "111", "112"),
         "condemned the killings"),
    ],
    also=[
        (("SLVMIL", "SLV", "---UAF", "SLVUAF"), ("SLVREL", "SLVCVL", "SLV", "---REL"),
         ("180", "186", "190", "193", "181"), "Six Jesuit priests slain"),
        (("SLVGOV",), ("SLV", "SLVREL", "SLVCVL"), ("030", "031", "090", "092"), "promised a full"),
        (_FMLN, ("SLVMIL", "SLV", "SLVGOV"), ("016", "010", "012"), "rebels denied any role"),
        (("USAGOV",), ("SLVGOV", "SLV"), ("130", "138", "160", "163", "1621", "162"),
         "would review its military"),
        (("SLVREL", "---REL", "SLV"), ("SLVMIL", "SLV"), ("100", "101", "102", "105"), "demanded that they"),
        (_FMLN, ("SLV", "SLVGOV", "SLVMIL"), ("190", "193", "180"), "whose offensive in the capital"),
        (("SLVMIL", "SLV", "---UAF", "SLVUAF"), ("SLVREL", "SLVCVL", "SLV", "---REL"),
         ("180", "181", "170"), "dragged six Jesuit"),
    ],
    none=["More than 70,000 people have died"],
    parties=[
        ("President Alfredo Cristiani", "Alfredo Cristiani", ("SLVGOV",)),
        ("Archbishop Arturo Rivera y Damas", "Arturo Rivera y Damas", ("SLVREL", "---REL")),
        ("Secretary of State James Baker", "James Baker", ("USAGOV",)),
    ],
)

REUTERS_GUATEMALA = Story(
    "reuters_guatemala_serrano", "1993-05-26",
    """U.S. suspends aid to Guatemala after Serrano dissolves Congress

GUATEMALA CITY, May 26 (Reuters) - The United States on Wednesday suspended $30 million in economic aid to \
Guatemala in protest at President Jorge Serrano's decision to dissolve Congress and the Supreme Court and \
rule by decree.

Serrano, who took the step on Tuesday with the backing of the army, said Congress was riddled with \
corruption and promised to hold elections for a new constituent assembly within 60 days.

Troops surrounded the Congress building and police detained several opposition deputies, while the \
government imposed censorship on newspapers and television.

The Organisation of American States called an emergency meeting of foreign ministers and demanded the \
restoration of constitutional rule.

Nobel peace laureate Rigoberta Menchu called the move a coup and urged Guatemalans to resist it peacefully.
""",
    events=[
        (("USA", "USAGOV"), ("GTM", "GTMGOV"), ("160", "163", "1621", "162", "164"), "suspended $30 million"),
        (("GTMGOV",), ("GTMLEG",), ("110", "111", "112"), "riddled with corruption"),
        (("GTMCOP", "GTM", "GTMGOV", "GTMMIL"), ("GTMLEG", "GTMOPP"), ("173", "170", "171"),
         "police detained"),
        (("GTMGOV", "GTM"), ("GTMMED", "GTM", "GTMCVL"), ("172", "1721", "170", "175"), "imposed censorship"),
        (("IGO",), ("GTM", "GTMGOV"), ("100", "101", "102", "104", "1043"), "demanded the restoration"),
    ],
    also=[
        (("USA", "USAGOV"), ("GTM", "GTMGOV"), ("160", "163", "1621", "162", "164"), "U.S. suspends aid"),
        (("USA", "USAGOV"), ("GTM", "GTMGOV"), ("110", "111", "140"), "in protest at"),
        (("GTMGOV",), ("GTMLEG", "GTMJUD"), ("172", "1724", "170", "175"), "dissolve Congress"),
        (("GTMGOV",), ("GTMLEG", "GTMJUD"), ("172", "1724", "170", "175"), "Serrano dissolves Congress"),
        (("GTMGOV",), ("GTM", "GTMCVL", "GTMLEG"), ("030", "031", "032", "035"),
         "promised to hold elections"),
        (("GTMMIL", "GTM"), ("GTMLEG",), ("170", "171", "172", "175", "150", "190"), "Troops surrounded"),
        (("IGO",), ("GTM", "GTMGOV"), ("040", "043", "044", "110", "111"), "called an emergency meeting"),
        (("GTMCVL", "---REL", "GTM", "GTMOPP", "GTMNGO", "GTMHRI"), ("GTMGOV",), ("110", "111", "112"),
         "called the move a coup"),
        (("GTMCVL", "---REL", "GTM", "GTMOPP", "GTMNGO", "GTMHRI"), ("GTM", "GTMCVL"), ("020", "021", "025",
                                                                                       "028", "0256", "140"),
         "urged Guatemalans"),
    ],
    none=[],
    parties=[
        ("President Jorge Serrano", "Jorge Serrano", ("GTMGOV",)),
        ("Rigoberta Menchu", "Rigoberta Menchu", ("GTMCVL", "GTMOPP", "GTMNGO", "GTMHRI", "GTM", "---HRI",
                                                  "---NGO", "GTMIND", "GTMACT")),
    ],
)

_THAMIL = ("THAMIL", "THA", "THAGOV")

UPI_BANGKOK = Story(
    "upi_bangkok_chatichai", "1991-02-23",
    """Thai military ousts Chatichai in bloodless coup

BANGKOK, Thailand (UPI) -- Thailand's military seized power in a bloodless coup Saturday, arresting Prime \
Minister Chatichai Choonhavan at Bangkok's airport as he was about to fly to Chiang Mai for an audience \
with the king.

The coup leaders, who call themselves the National Peacekeeping Council, declared martial law, abolished \
the constitution and dissolved parliament. They accused the Chatichai government of corruption and of \
trying to undermine the armed forces.

Supreme Commander Gen. Sunthorn Kongsompong, the council's chairman, promised to hand power back to a \
civilian government within six months.

The State Department said the United States deplored the coup and would suspend about $16 million in \
military and economic aid.

The baht was steady in early Monday trading.
""",
    events=[
        (_THAMIL, ("THAGOV",), ("173", "170", "171"), "arresting Prime"),
        (_THAMIL, ("THA", "THACVL", "THALEG", "THAGOV"), ("172", "1721", "1724", "170", "175"),
         "declared martial law"),
        (_THAMIL, ("THAGOV",), ("110", "111", "112"), "accused the Chatichai"),
        (_THAMIL, ("THA", "THACVL", "THAGOV"), ("030", "031", "032", "035", "080", "081"),
         "promised to hand power"),
        (("USA", "USAGOV"), _THAMIL, ("110", "111", "112"), "deplored the coup"),
    ],
    also=[
        (_THAMIL, ("THAGOV",), ("180", "190", "193", "200", "170"), "seized power in a bloodless"),
        (_THAMIL, ("THAGOV",), ("180", "190", "193", "200", "170"), "ousts Chatichai"),
        (("USA", "USAGOV"), ("THA", "THAGOV") + _THAMIL, ("160", "163", "1621", "162", "130", "138"),
         "would suspend about"),
        (_THAMIL, ("THALEG", "THA"), ("172", "1724", "170", "175"), "dissolved parliament"),
    ],
    none=["The baht was steady"],
    parties=[
        ("Prime Minister Chatichai Choonhavan", "Chatichai Choonhavan", ("THAGOV",)),
        ("Gen. Sunthorn Kongsompong", "Sunthorn Kongsompong", _THAMIL),
    ],
)

_LAO = ("LAO", "LAOGOV", "LAOMIL")

XINHUA_VIENTIANE = Story(
    "xinhua_vientiane_border", "1988-02-15",
    """Laos accuses Thailand of air raids in border dispute

VIENTIANE, February 15 (Xinhua) -- Laos today accused Thailand of sending warplanes to bomb Lao positions \
in the disputed border area of Ban Rom Klao and called on Bangkok to withdraw its troops from Lao \
territory.

A spokesman of the Lao Foreign Ministry told a news briefing that Thai artillery had shelled the area for \
three days, killing civilians, and that Laos would defend every inch of its land.

In Bangkok, Thai army commander General Chavalit Yongchaiyudh said his troops would keep up their \
attacks until the Lao forces left the hill, which Thailand claims as its own.

The Lao side proposed a ceasefire and talks between military commanders, but Thailand has not replied, \
the spokesman said.

The 1,750-kilometre border follows the Mekong River for most of its length.
""",
    events=[
        (_LAO, ("THA", "THAGOV", "THAMIL"), ("110", "111", "112"), "accused Thailand of sending"),
        (_LAO, ("THA", "THAGOV", "THAMIL"), ("100", "101", "102", "1042", "104", "020", "025", "028"),
         "called on Bangkok to withdraw"),
        (("THAMIL", "THA", "THAGOV"), _LAO, ("130", "138", "131", "139", "190", "195"),
         "would keep up their"),
        (_LAO, ("THA", "THAGOV", "THAMIL"), ("030", "036", "0354", "039", "087", "082"),
         "proposed a ceasefire"),
    ],
    also=[
        (_LAO, ("THA", "THAGOV", "THAMIL"), ("110", "111", "112"), "Laos accuses Thailand"),
        (("THAMIL", "THA"), _LAO + ("LAOCVL",), ("190", "194", "195"), "sending warplanes to bomb"),
        (("THAMIL", "THA"), _LAO + ("LAOCVL",), ("190", "194", "195"), "Thai artillery had shelled"),
        (_LAO, ("THA", "THAGOV", "THAMIL"), ("110", "111", "112", "130", "138"), "would defend every inch"),
        (("THA", "THAGOV"), _LAO, ("120", "125", "128", "129"), "has not replied"),
    ],
    none=["border follows the Mekong"],
    parties=[
        ("General Chavalit Yongchaiyudh", "Chavalit Yongchaiyudh", ("THAMIL",)),
    ],
)

_MEF = ("SLBREB", "SLBINS", "SLBUAF", "SLB", "SLBMIL", "SLBCOP")

AAP_HONIARA = Story(
    "aap_honiara_ulufaalu", "2000-06-06",
    """Solomons PM held by militia agrees to resign

HONIARA, June 6 AAP - Solomon Islands Prime Minister Bartholomew Ulufa'alu, held under guard at his \
residence since Monday by the Malaita Eagle Force militia, agreed today to resign after the gunmen \
threatened to attack the rival Isatabu Freedom Movement in the island's villages.

The militia, which seized the police armoury and took control of Honiara with the help of some police \
officers, said it had acted because the government had failed to compensate Malaitans driven from \
Guadalcanal.

Australian Foreign Minister Alexander Downer condemned the coup and said Canberra would not send troops, \
but urged the militia to release Ulufa'alu unharmed. Australia sent a navy ship to evacuate its nationals.

Ulufa'alu said in a letter to the Governor-General that he was stepping down to save lives.

Fighting between Malaitan and Guadalcanal militias has killed about 50 people since late 1998.
""",
    events=[
        (("SLBGOV",), _MEF, ("080", "083", "0831", "081", "0832"), "agreed today to resign"),
        (_MEF, ("SLBREB", "SLBINS", "SLBUAF", "SLB", "SLBCVL"), ("130", "138", "131", "139"),
         "threatened to attack"),
        (("AUSGOV",), _MEF, ("110", "111", "112"), "condemned the coup"),
        (("AUSGOV",), _MEF, ("020", "021", "025", "028", "0256", "100", "101", "102", "105"),
         "urged the militia"),
    ],
    also=[
        (_MEF, ("SLBGOV",), ("180", "181", "171", "173", "170"), "held under guard"),
        (_MEF, ("SLBGOV",), ("180", "181", "171", "173", "170"), "PM held by militia"),
        (("SLBGOV",), _MEF, ("080", "083", "0831", "081", "0832"), "agrees to resign"),
        (_MEF, ("SLBCOP", "SLBGOV", "SLB"), ("180", "181", "190", "193"), "seized the police armoury"),
        (_MEF, ("SLBGOV",), ("110", "111", "112"), "government had failed"),
        (("AUSGOV", "AUS"), ("SLB", "SLBGOV") + _MEF, ("120", "125", "128", "129"), "would not send troops"),
        (("SLBGOV",), ("SLBGOV", "SLB"), ("080", "083", "0831", "081", "0832"), "he was stepping down"),
        (("SLBREB", "SLBUAF", "SLBINS", "SLB"), ("SLBCVL", "SLB", "SLBREB", "SLBUAF"),
         ("180", "190", "186", "193"), "has killed about 50 people"),
    ],
    none=[],
    parties=[
        ("Prime Minister Bartholomew Ulufa'alu", "Bartholomew Ulufa'alu", ("SLBGOV",)),
        ("Australian Foreign Minister Alexander Downer", "Alexander Downer", ("AUSGOV",)),
        ("the Malaita Eagle Force militia", "Malaita Eagle Force", _MEF),
    ],
)

_KANAK = ("FRAREB", "FRAINS", "FRAUAF", "FRA", "NCLREB", "NCL", "NCLINS", "FRAOPP", "NCLOPP", "FRACVL",
          "NCLCVL")
_FRA = ("FRA", "FRAMIL", "FRAGOV", "FRACOP")
# the territory's own forces and gendarmes: New Caledonia has its own CAMEO code (NCL), which the tables give
# bodies of a story set there
_NCLF = ("NCLCOP", "NCLMIL", "NCLGOV")

AFP_NOUMEA = Story(
    "afp_noumea_ouvea", "1988-05-05",
    """French troops storm Ouvea cave, free hostages

NOUMEA, May 5 (AFP) - French troops stormed a cave on the island of Ouvea on Thursday and freed 23 \
gendarmes held hostage by Kanak separatists for two weeks, killing 19 of the militants, the French High \
Commission in Noumea said. Two soldiers were killed.

Prime Minister Jacques Chirac, speaking in Paris three days before the presidential runoff, praised the \
troops and said the government had no choice after the kidnappers refused all negotiation.

Jean-Marie Tjibaou, leader of the Kanak Socialist National Liberation Front (FLNKS), condemned the \
assault as a massacre and accused Chirac of sacrificing Kanak lives for votes.

The separatists had seized the gendarmes in an attack on the Fayaoue police post on April 22 in which four \
gendarmes were killed.

New Caledonia, a French territory since 1853, has large deposits of nickel.
""",
    events=[
        (_FRA, _KANAK, ("190", "193", "180", "171"), "stormed a cave"),
        (("FRAGOV",), ("FRAMIL", "FRA") + _NCLF, ("050", "051", "010", "018", "019"), "praised the troops"),
        (_KANAK, ("FRAGOV", "FRA"), ("110", "111", "112"), "condemned the assault"),
        (_KANAK, ("FRAGOV", "FRA"), ("110", "111", "112"), "accused Chirac"),
    ],
    also=[
        (_FRA, _KANAK, ("190", "193", "180", "171"), "French troops storm Ouvea"),
        (_FRA, _KANAK, ("080", "0841", "084", "190"), "free hostages"),
        (_FRA, _KANAK, ("080", "0841", "084", "190"), "freed 23"),
        (_KANAK, ("FRACOP", "FRA", "FRAGOV", "FRAMIL") + _NCLF, ("180", "181", "190", "193"), "held hostage"),
        (_KANAK, ("FRACOP", "FRA", "FRAGOV", "FRAMIL") + _NCLF, ("180", "181", "171", "190", "193"),
         "had seized the gendarmes"),
        (("FRAGOV",), _KANAK, ("110", "111", "112"), "kidnappers refused"),
        (_KANAK, ("FRAGOV", "FRA", "FRACOP"), ("120", "125", "128", "129"), "kidnappers refused"),
    ],
    none=["a French territory since 1853"],
    parties=[
        ("Prime Minister Jacques Chirac", "Jacques Chirac", ("FRAGOV",)),
        ("Jean-Marie Tjibaou", "Jean-Marie Tjibaou", _KANAK),
    ],
)


STORIES: list[Story] = [AFP_ABIDJAN, LUSA_BISSAU, REUTERS_KIGALI, AFP_BUJUMBURA, REUTERS_ASMARA, REUTERS_GEDO,
                        AFP_MOGADISHU, HINA_KNIN, MIA_TETOVO, ATA_TIRANA, ARMENPRESS_YEREVAN, AKIPRESS_AKSY,
                        INTERFAX_ASHGABAT, PTI_COLOMBO, UNB_DHAKA, AFP_MALE, EFE_QUITO, AP_LAPAZ,
                        AP_SANSALVADOR, REUTERS_GUATEMALA, UPI_BANGKOK, XINHUA_VIENTIANE, AAP_HONIARA,
                        AFP_NOUMEA]


if __name__ == "__main__":
    main(STORIES, "stories34")
