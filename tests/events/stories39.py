"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (thirty-seventh
session, wip/stories39): ERA copy of 1989-2004 on the subjects the earlier seventeen sets used least:
disputed elections and their aftermath (Lusaka, Santo Domingo), assassinations and attempted ones (Bogota,
Ashgabat), hijackings of a plane and a ship (Algiers, Trabzon), border incidents between neighbours
(Dakar, Managua), refugee flows and the host states' responses (Nazran, Conakry), trade disputes, embargoes
and quotas (Mexico City, Bujumbura), extraditions and asylum requests (Amman, Johannesburg), war-crimes
indictments and arrests (Banja Luka, Nairobi), arms deals and arms seizures (Quito, Calcutta), mediation
missions (Moscow, Skopje), and mutinies (Bangui, Manila, Dushanbe, Batumi).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: Reuters, AFP,
AP, EFE, Itar-Tass, PTI. The stories weight the GSR's commonest types: statements, appeals, intents,
meetings, cooperation, aid, yielding, demands, disapproval, rejections, threats, protests, reduced
relations, coercion, assaults and fights. Each holds reported speech, pronouns, "the ministry"-style
domestic actors, several actors of one country, an act told again that must count once, and background
or furniture that must code nothing.

This set studies, as classes, the two gaps stories38 left: an act that stays background while its
consequence is told ("The killing, which ..., drew condemnation from ..."), and a strike or march told
with the demand it presses ("a general strike demanding ..."): see docs/events.md, "Thirty-seventh
session: ... (wip/stories39)" for the reading adopted.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets'.

Run `python tests/events/stories39.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories39 at d204a832, main's code ddf703b6, before any change): of the 156 required events
73 were coded at country + root and 56 at actor + root; of the coded triples 63 were right, 5 accepted,
0 duplicated and 57 wrong; 3 of the 19 non-event paragraphs were coded; of 51 parties 40 were right, 7
wrong and 4 unresolved. Corrected after the run, as writing errors by the project's conventions (docs/
actors.md): gunmen with no named group are UAF (Algiers, Trabzon, Ashgabat), "security forces" are MIL
(Ashgabat), seizing an airport and buildings may be 171 (Dushanbe), and an exchange of fire codes both
sides (Bangui, an accepted row). With the corrected lists, the same run: 74 / 62; right 70, accepted 6,
duplicated 0, wrong 49; non-events coded 3 of 19; parties 40 / 7 / 4.

After the branch's fixes (wip/stories39: a reaction an act drew is aimed at the act's doers; a protest's
purpose clause is no second act; "the arrest", "the tariff", "the embargo", "the hijacking", "the
shooting", "the assassination", "the extradition" name the acts told before), with the Dakar killing,
told only as the protest's cause, moved to the accepted rows (a cause noun is background by the project's
reading, triggers._cause_of_told_act): of 155 required events 77 / 65; right 73, accepted 6, duplicated 0,
wrong 51; non-events coded 3 of 19; parties 40 / 7 / 4. What still fails is a strict xfail in
tests/events/test_stories39.py with its reason.
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
_AID = ("070", "071", "072", "073", "074", "075")

_ZMB = ("ZMB", "ZMBGOV")
_ZMBOPP = ("ZMBOPP", "ZMBPTY")

REUTERS_LUSAKA = Story(
    "reuters_lusaka_recount", "2002-01-04",
    """Zambian opposition rejects Mwanawasa win, demands recount

LUSAKA, Jan 4 (Reuters) - Zambia's opposition rejected Levy Mwanawasa's victory in last week's \
presidential election on Friday and demanded a recount, saying the ruling party had rigged the vote.

Anderson Mazoka, who came second by fewer than 35,000 votes, accused the Electoral Commission of \
inflating Mwanawasa's tally in rural districts and said he would challenge the result in the Supreme Court.

European Union observers said the election had been poorly administered and that they could not vouch \
for the accuracy of the count.

Police fired tear gas at about 500 opposition supporters who marched on the commission's offices in \
central Lusaka, a police spokesman said.

Mwanawasa, sworn in on Wednesday, told reporters he would not order a recount and urged his rivals to \
accept the people's verdict.

The ruling Movement for Multiparty Democracy has governed Zambia since 1991.
""",
    events=[
        (_ZMBOPP, _ZMB + ("ZMBPTY",), _REJ, "rejected Levy"),
        (_ZMBOPP, _ZMB + ("ZMBELC", "ZMBPTY"), _DEMAND + _CRIT, "demanded a recount"),
        (_ZMBOPP, ("ZMBGOV", "ZMBELC", "ZMB"), _CRIT, "accused the Electoral"),
        (_IGO, ("ZMB", "ZMBGOV", "ZMBELC"), _CRIT, "poorly administered"),
        (("ZMBCOP",), _ZMBOPP + ("ZMBCVL",), _COERCE + _ASSAULT, "fired tear gas"),
        (_ZMBOPP + ("ZMBCVL",), ("ZMBELC", "ZMBGOV", "ZMB"), _PROTEST, "marched on the"),
        (_ZMB, _ZMBOPP, _REJ, "would not order a recount"),
        (_ZMB, _ZMBOPP, _APPEAL + _DEMAND, "urged his rivals"),
    ],
    also=[
        (_ZMBOPP, _ZMB + ("ZMBPTY",), _REJ + _DEMAND + _CRIT, "rejects Mwanawasa"),
        (_ZMBOPP, _ZMB + ("ZMBPTY",), _CRIT, "had rigged"),
        (_ZMBOPP, ("ZMBGOV", "ZMBELC", "ZMB", "ZMBJUD"), _THREAT + _INTENT + ("115",), "would challenge"),
    ],
    none=["has governed Zambia"],
    parties=[
        ("Levy Mwanawasa's victory", "Levy Mwanawasa", ("ZMBGOV", "ZMBPTY")),
        ("Anderson Mazoka", "Anderson Mazoka", _ZMBOPP),
    ],
)

_DOM = ("DOM", "DOMGOV")
_DOMOPP = ("DOMOPP", "DOMPTY")

EFE_SANTO_DOMINGO = Story(
    "efe_santo_domingo_fraud", "1994-05-26",
    """Dominican opposition strikes to demand new vote

SANTO DOMINGO, May 26 (EFE) - Supporters of opposition candidate Jose Francisco Pena Gomez staged a \
general strike across the Dominican Republic on Thursday demanding that the May 16 presidential election \
be annulled for fraud.

Pena Gomez accused President Joaquin Balaguer's government of striking tens of thousands of his \
supporters from the voter rolls.

The Central Electoral Board, which has Balaguer ahead by fewer than 25,000 votes, agreed to review the \
rolls in several provinces but refused to order a new vote.

The head of the Organization of American States observer mission, Canadian diplomat John Graham, said the \
irregularities were serious enough to cast doubt on the result.

Balaguer, 87 and nearly blind, said in a televised address that he had won fairly and warned that the \
armed forces would not allow the stoppage to paralyse the country.

The Dominican Revolutionary Party said troops had occupied its offices in the city of Santiago.

The strike, which closed shops and schools across the capital, was called off at nightfall, party \
officials said.
""",
    events=[
        (_DOMOPP + ("DOMCVL",), _DOM + ("DOMELC",), _PROTEST, "staged a"),
        (_DOMOPP, _DOM, _CRIT, "accused President"),
        (("DOMELC", "DOMGOV", "DOM", "DOMJUD"), _DOMOPP + ("DOM",), _YIELD + ("030", "036", "043"),
         "agreed to review"),
        (("DOMELC", "DOMGOV", "DOM", "DOMJUD"), _DOMOPP, _REJ, "refused to order"),
        (_IGO, _DOM + ("DOMELC",), _CRIT, "cast doubt"),
        (_DOM, _DOMOPP, _THREAT, "warned that the armed forces"),
        (("DOMMIL", "DOM", "DOMGOV"), _DOMOPP, _COERCE + ("192", "190"), "had occupied its offices"),
    ],
    also=[
        (_DOMOPP + ("DOMCVL",), _DOM + ("DOMELC",), _PROTEST, "opposition strikes"),
        (_DOM, _DOMOPP, _REJ + ("010",), "had won fairly"),
        (_DOMOPP, _DOM + ("DOMMIL",), _CRIT, "had occupied its offices"),
        (_DOMOPP, _DOM, _YIELD, "was called off"),
    ],
    none=[],
    parties=[
        ("candidate Jose Francisco Pena Gomez", "Jose Francisco Pena Gomez", _DOMOPP),
        ("President Joaquin Balaguer", "Joaquin Balaguer", ("DOMGOV",)),
        ("Canadian diplomat John Graham", "John Graham", ("IGO", "CAN")),
    ],
)

_COL = ("COL", "COLGOV")
_CRM = ("COLCRM",)

EFE_BOGOTA = Story(
    "efe_bogota_galan", "1989-08-19",
    """Barco revives extradition after Galan assassination

BOGOTA, Aug 19 (EFE) - President Virgilio Barco decreed on Saturday that drug traffickers wanted abroad \
could be extradited without a court hearing, hours after gunmen shot dead Senator Luis Carlos Galan, the \
front-runner for next year's presidential election, at a campaign rally near Bogota.

The killing, which followed the murder of a police colonel in Medellin earlier on Friday, drew \
condemnation from governments across the hemisphere.

Barco said in a national broadcast that the state would wage all-out war on the drug cartels and that \
their leaders would be sent to stand trial in the United States.

Police raided hundreds of properties in Medellin overnight and detained more than 10,000 people, the \
Defence Ministry said.

U.S. President George Bush telephoned Barco to offer his support and said Washington would send \
military equipment to help the Colombian police.

Galan, 46, had campaigned for the extradition of traffickers to the United States.
""",
    events=[
        (("COLCRM", "COLUAF", ""), ("COLLEG", "COLPTY", "COLGOV", "COL", "COLELI"), _ASSAULT + _FIGHT,
         "shot dead"),
        (_COL, _CRM, _COERCE + ("170", "160"), "decreed on Saturday"),
        (_COL, _CRM, _THREAT + ("195", "190"), "would wage all-out war"),
        (("COLCOP", "COL", "COLGOV"), ("COLCVL", "COLCRM", "COL"), _COERCE, "detained more than"),
        (("USA", "USAGOV"), _COL, _MEET, "telephoned Barco"),
        (_COL, ("USA", "USAGOV"), _MEET, "telephoned Barco"),
        (("USA", "USAGOV"), _COL + ("COLCOP",), _INTENT + _AID + ("057",), "would send"),
    ],
    also=[
        (_COL, _CRM, _COERCE + ("170", "160"), "revives extradition"),
        (_COL, ("USA", "USAGOV") + _CRM, ("064", "060", "030", "170"), "sent to stand trial"),
        (("COLCOP", "COL", "COLGOV"), ("COLCVL", "COLCRM", "COL"), ("171", "170", "173"), "raided hundreds"),
        (("USA", "USAGOV"), _COL, ("051", "050", "070", "071"), "offer his support"),
        (("USA", "USAGOV"), _COL, _INTENT, "offer his support"),
    ],
    none=["had campaigned for"],
    parties=[
        ("President Virgilio Barco", "Virgilio Barco", ("COLGOV",)),
        ("Senator Luis Carlos Galan", "Luis Carlos Galan", ("COLLEG", "COLPTY", "COLELI")),
        ("President George Bush", "George Bush", ("USAGOV",)),
    ],
)

_FRA = ("FRA", "FRAGOV")
_GIA = ("DZAREB", "DZAINS", "DZAOPP", "DZAUAF", "---UAF")
_DZA = ("DZA", "DZAGOV")

REUTERS_ALGIERS = Story(
    "reuters_algiers_hijack", "1994-12-26",
    """Hijackers kill third hostage, Air France jet leaves Algiers

ALGIERS, Dec 26 (Reuters) - Islamic militants holding an Air France airliner at Algiers airport killed a \
French embassy cook on Monday and threw his body onto the tarmac, then forced the crew to fly the plane \
to Marseille, airport officials said.

The four gunmen, who seized the Airbus with 227 passengers and crew on Saturday, have already killed an \
Algerian policeman and a Vietnamese diplomat.

French Prime Minister Edouard Balladur accused the Algerian authorities of refusing for two days to let \
the aircraft take off and said France would not bow to blackmail.

The Algerian Interior Ministry said the hijackers belonged to the Armed Islamic Group and had demanded \
the release of two jailed leaders of the banned Islamic Salvation Front.

Interior Minister Charles Pasqua said elite gendarmes were ready to storm the plane if the hijackers \
harmed more passengers.

Air France has suspended all its flights to Algeria.
""",
    events=[
        (_GIA, ("FRACVL", "FRA", "FRAGOV"), _ASSAULT, "killed a"),
        (_FRA, _DZA, _CRIT, "accused the Algerian"),
        (_FRA, _GIA, _REJ, "would not bow"),
        (_GIA, _DZA, _DEMAND, "had demanded"),
        (_FRA + ("FRACOP", "FRAMIL"), _GIA, _THREAT + ("150", "138"), "ready to storm"),
        (("FRABUS", "FRA", "FRACVL"), _DZA, _REDUCE, "suspended all its flights"),
    ],
    also=[
        (_GIA, ("FRACVL", "FRA", "FRAGOV"), _ASSAULT, "kill third hostage"),
        (_GIA, ("FRACVL", "FRA", "FRABUS", "DZA"), _ASSAULT, "forced the crew"),
        (_GIA, ("FRACVL", "FRA", "FRABUS", "DZA", "DZACOP", "VNM"), _ASSAULT, "seized the Airbus"),
        (_DZA, _GIA, _CRIT + ("010",), "said the hijackers belonged"),
    ],
    none=[],
    parties=[
        ("French Prime Minister Edouard Balladur", "Edouard Balladur", ("FRAGOV",)),
        ("Interior Minister Charles Pasqua", "Charles Pasqua", ("FRAGOV",)),
    ],
)

_TUR = ("TUR", "TURGOV")
_CHE = ("RUSREB", "RUSSEP", "RUSINS", "TURREB", "TURCVL", "TURINS", "TURUAF")
_RUS = ("RUS", "RUSGOV")

REUTERS_TRABZON = Story(
    "reuters_trabzon_ferry", "1996-01-17",
    """Pro-Chechen gunmen seize Black Sea ferry

TRABZON, Turkey, Jan 17 (Reuters) - Pro-Chechen gunmen hijacked a Turkish passenger ferry with more \
than 200 people aboard in the Black Sea port of Trabzon on Tuesday and threatened to blow it up unless \
Russia ended its siege of Chechen fighters in the Dagestani village of Pervomayskoye.

The hijackers, most of them Turkish citizens of Caucasian descent, said in a radio message that they \
would sail the ferry to Istanbul and sink it in the Bosphorus.

Prime Minister Tansu Ciller said Turkey would not negotiate with terrorists and ordered the coast guard \
to shadow the vessel.

The Russian Foreign Ministry demanded that Ankara take every measure to free the hostages and accused \
Turkish authorities of tolerating Chechen support groups on their soil.

A Turkish Foreign Ministry spokesman rejected the charge as groundless.

Turkey is home to several million people of Caucasian descent.
""",
    events=[
        (_CHE, ("TURCVL", "TUR", "TURBUS"), _ASSAULT + ("170", "173"), "hijacked a Turkish"),
        (_CHE, _RUS + ("RUSMIL",), _THREAT + _DEMAND, "threatened to blow"),
        (_TUR, _CHE, _REJ, "would not negotiate"),
        (_RUS, _TUR, _DEMAND + _APPEAL, "demanded that Ankara"),
        (_RUS, _TUR, _CRIT, "accused Turkish"),
        (_TUR, _RUS, _REJ + _CRIT, "rejected the charge"),
    ],
    also=[
        (_CHE, ("TURCVL", "TUR", "TURBUS"), _ASSAULT + ("170", "173"), "seize Black Sea"),
        (_CHE, ("TURCVL", "TUR", "TURBUS") + _RUS, _THREAT + _INTENT, "would sail"),
        (_TUR + ("TURMIL",), _CHE, ("170", "150", "190"), "to shadow"),
    ],
    none=["is home to"],
    parties=[
        ("Prime Minister Tansu Ciller", "Tansu Ciller", ("TURGOV",)),
    ],
)

_GEO = ("GEO", "GEOGOV")
_ADJ = ("GEOGOV", "GEO", "GEOREB", "GEOOPP", "GEOSEP")

REUTERS_BATUMI = Story(
    "reuters_batumi_abashidze", "2004-05-05",
    """Adjarian troops mutiny against Abashidze

BATUMI, Georgia, May 5 (Reuters) - Soldiers of the rebel Georgian region of Adjara refused on Wednesday \
to obey their leader Aslan Abashidze and joined thousands of protesters in the streets of Batumi \
demanding his resignation.

The mutiny came three days after Abashidze's men blew up the bridges linking Adjara with the rest of Georgia.

President Mikhail Saakashvili gave Abashidze until midnight to disarm his militia and accept central \
rule, and said Georgian troops would not enter the region unless they were attacked.

Abashidze told Russian television that Tbilisi was preparing an invasion and appealed to Moscow for help.

The Russian Foreign Ministry urged both sides to avoid bloodshed and said Moscow would not interfere.

Adjara, a Black Sea region of 400,000 people, has defied Tbilisi since the Soviet collapse.
""",
    events=[
        (("GEOMIL",) + _ADJ, _ADJ, _PROTEST + ("120", "123", "128"), "refused on Wednesday"),
        (("GEOCVL", "GEOOPP") + _ADJ, _ADJ, _PROTEST, "protesters in the streets"),
        (_GEO, _ADJ, _THREAT + _DEMAND, "gave Abashidze until"),
        (_ADJ, _GEO, _CRIT, "preparing an invasion"),
        (_ADJ, _RUS, _APPEAL, "appealed to Moscow"),
        (_RUS, _GEO + _ADJ, _APPEAL + _DEMAND, "urged both sides"),
    ],
    also=[
        (("GEOMIL",) + _ADJ, _ADJ, _PROTEST + ("120", "123", "128"), "mutiny against"),
        (("GEOCVL", "GEOOPP", "GEOMIL") + _ADJ, _ADJ, _DEMAND, "demanding his resignation"),
        (_ADJ, _GEO, ("170", "174", "190", "193", "195"), "blew up the bridges"),
        (_GEO, _ADJ, ("013", "030", "130", "138"), "would not enter"),
        (_RUS, _GEO + _ADJ, ("030", "036", "016", "010"), "would not interfere"),
    ],
    none=["has defied Tbilisi"],
    parties=[
        ("President Mikhail Saakashvili", "Mikhail Saakashvili", ("GEOGOV",)),
        ("Aslan Abashidze", "Aslan Abashidze", _ADJ),
    ],
)

_ING = ("RUS", "RUSGOV")
_CHECH = ("RUSCVL", "RUSREF", "RUS")

TASS_NAZRAN = Story(
    "tass_nazran_refugees", "1999-10-23",
    """Ingushetia's leader accuses Moscow as Chechen exodus swells

NAZRAN, October 23 (Itar-Tass) - Ingush President Ruslan Aushev accused the federal government on \
Saturday of abandoning more than 170,000 refugees who have fled the fighting in neighbouring Chechnya, \
and appealed to the United Nations for tents, food and medicine.

Federal troops closed the main crossing point on the Caucasus highway on Friday, leaving thousands of \
families stranded in the cold on the Chechen side.

Aushev said the closure was a crime against civilians and demanded that the crossing be reopened \
immediately.

The Federal Migration Service said it would send another 60 railway carriages to house the refugees \
and promised to reopen the checkpoint once security checks had been completed.

The office of the U.N. High Commissioner for Refugees in Moscow said it was ready to send a convoy of \
relief supplies as soon as the government guaranteed its safety.

Ingushetia, the smallest republic of the Russian Federation, had a population of about 300,000 before the \
influx began.
""",
    events=[
        (_ING, _ING + ("RUSMIL",), _CRIT, "accused the federal"),
        (_ING, _IGO, _APPEAL, "appealed to the United Nations"),
        (("RUSMIL", "RUS", "RUSGOV"), _CHECH + ("RUSREB",), ("160", "161", "163", "170", "174", "172"),
         "closed the main crossing"),
        (_ING, _ING + ("RUSMIL",), _CRIT, "was a crime"),
        (_ING, _ING + ("RUSMIL",), _DEMAND, "demanded that the crossing"),
        (_ING, _CHECH, _INTENT + _AID, "would send another"),
        (_IGO, _ING, _INTENT + _AID, "ready to send"),
    ],
    also=[
        (_ING, _ING + ("RUSMIL",), _CRIT, "accuses Moscow"),
        (_ING, _CHECH + _ING, _INTENT + _YIELD, "promised to reopen"),
        (_IGO, _ING, _DEMAND + ("020",), "guaranteed its safety"),
    ],
    none=["smallest republic"],
    parties=[
        ("Ingush President Ruslan Aushev", "Ruslan Aushev", ("RUSGOV", "RUS")),
    ],
)

_GIN = ("GIN", "GINGOV")
_SLE = ("SLEREF", "SLECVL", "LBRREF", "LBRCVL", "SLE", "LBR")

AFP_CONAKRY = Story(
    "afp_conakry_refugees", "2000-09-12",
    """Guinea's Conte tells refugees to go home after border raids

CONAKRY, Sept 12 (AFP) - Guinean President Lansana Conte accused refugees from Sierra Leone and \
Liberia on Tuesday of harbouring the rebels who have raided Guinean border towns this month, and told \
them to go home.

"They must leave. We can no longer feed people who bring war into our country," Conte said in a speech \
broadcast on state radio.

Hours after the speech, soldiers and civilian militias rounded up hundreds of refugees in the capital \
and beat them, aid workers said.

The U.N. High Commissioner for Refugees, Sadako Ogata, urged Conakry to protect the half-million \
refugees in its camps and called on donors to help Guinea share the burden.

Liberia denied a Guinean charge that it was arming the raiders and accused Conakry of sheltering \
Liberian dissidents.

Guinea's army said it had killed 40 rebels near the town of Macenta on Sunday.

Guinea has hosted refugees from its two southern neighbours since 1990.
""",
    events=[
        (_GIN, _SLE, _CRIT, "accused refugees"),
        (_GIN, _SLE, _DEMAND + ("174", "170"), "told them to go home"),
        (("GINMIL", "GIN", "GINGOV", "GINCVL"), _SLE, _ASSAULT + _COERCE, "rounded up"),
        (_IGO, _GIN, _APPEAL + _DEMAND, "urged Conakry"),
        (("LBR", "LBRGOV"), _GIN, _CRIT, "accused Conakry"),
        (("GINMIL", "GIN"), ("GINREB", "SLEREB", "LBRREB", "GIN", "SLE", "LBR"), _FIGHT + _ASSAULT,
         "had killed 40"),
    ],
    also=[
        (_GIN, _SLE, _DEMAND + ("174", "170"), "tells refugees"),
        (_GIN, _SLE, _DEMAND + _CRIT + ("174",), "They must leave"),
        (_IGO, ("IGO", "", "GIN"), _APPEAL, "called on donors"),
        (("LBR", "LBRGOV"), _GIN, _REJ + ("016", "010"), "Liberia denied"),
        (_GIN, ("LBR", "LBRGOV"), _CRIT, "Liberia denied"),
        (("SLEREB", "LBRREB", "GINREB", "SLE", "LBR"), _GIN, _FIGHT + _ASSAULT, "have raided"),
    ],
    none=["has hosted refugees"],
    parties=[
        ("Guinean President Lansana Conte", "Lansana Conte", ("GINGOV",)),
        ("Sadako Ogata", "Sadako Ogata", _IGO),
    ],
)

_SEN = ("SEN", "SENGOV")
_MRT = ("MRT", "MRTGOV")

AFP_DAKAR = Story(
    "afp_dakar_border", "1989-04-28",
    """Senegal protests to Nouakchott over border killings

DAKAR, April 28 (AFP) - Senegal lodged a formal protest with Mauritania on Friday over the killing of two \
Senegalese farmers by Mauritanian herdsmen and border guards on an island in the Senegal River, the \
Foreign Ministry said.

The incident, which set off a week of rioting in Dakar against Mauritanian shopkeepers, drew an appeal \
for calm from President Abdou Diouf.

Diouf said in a television address that Senegal would defend its territory and its citizens and asked \
Mauritania to punish those responsible.

In Nouakchott, the Mauritanian government accused Dakar of failing to protect Mauritanian traders and \
said it would evacuate its nationals by air.

Morocco and Algeria offered to mediate between the two neighbours.

The river has marked the border since the colonial era, and herdsmen from both banks have long disputed \
its grazing land.
""",
    events=[
        (_SEN, _MRT, ("114", "110", "111", "112"), "lodged a formal protest"),
        (_SEN, ("SENCVL", "SEN", ""), _APPEAL, "appeal for calm"),
        (_SEN, _MRT, _THREAT + _INTENT + ("150", "016", "010"), "would defend"),
        (_SEN, _MRT, _APPEAL + _DEMAND, "asked Mauritania"),
        (_MRT, _SEN, _CRIT, "accused Dakar"),
        (("MAR", "MARGOV", "DZA", "DZAGOV"), _SEN + _MRT, ("036", "030", "031", "039", "043"),
         "offered to mediate"),
    ],
    also=[
        (_SEN, _MRT, ("114", "110", "111", "112"), "protests to Nouakchott"),
        # (the killing, told only as the protest's cause, is background by the project's reading of a
        # cause noun, triggers._cause_of_told_act; moved here from the required rows after the first run)
        (("MRTMIL", "MRTCVL", "MRT") + _MRT, ("SENCVL", "SEN"), _ASSAULT + _FIGHT, "killing of two"),
        (("SENCVL", "SEN"), ("MRTCVL", "MRT", "MRTBUS"), ("145", "140", "141", "180", "181"),
         "rioting in Dakar"),
        (_MRT, _SEN, ("161", "160", "166", "030", "036"), "evacuate its nationals"),
    ],
    none=["has marked the border"],
    parties=[
        ("President Abdou Diouf", "Abdou Diouf", ("SENGOV",)),
    ],
)

_NIC = ("NIC", "NICGOV")
_HND = ("HND", "HNDGOV")

EFE_MANAGUA = Story(
    "efe_managua_tariff", "1999-12-01",
    """Nicaragua slaps tariff on Honduran goods over sea treaty

MANAGUA, Dec 1 (EFE) - Nicaragua imposed a 35 percent tariff on all goods from Honduras on Wednesday \
in retaliation for the Honduran Congress's ratification of a maritime boundary treaty with Colombia, \
which Managua says gives away 30,000 square kilometres of its Caribbean waters.

President Arnoldo Aleman said the treaty violated Nicaraguan sovereignty and that his government would \
take the dispute to the International Court of Justice in The Hague.

The Foreign Ministry also recalled Nicaragua's ambassador in Tegucigalpa for consultations.

Honduran President Carlos Flores called the tariff a violation of Central American free trade \
agreements and said Honduras would file a complaint with the region's economic integration secretariat.

Honduran coffee exporters and cattle ranchers urged Flores to retaliate.

The Organization of American States sent its deputy secretary-general to both capitals to calm tensions.
""",
    events=[
        (_NIC, _HND, ("163", "160", "172", "170", "174"), "imposed a 35 percent"),
        (_NIC, _HND + ("HNDLEG", "COL"), _CRIT, "violated Nicaraguan"),
        (_NIC, _HND, _THREAT + _INTENT + ("115",), "take the dispute"),
        (_NIC, _HND, ("161", "160"), "recalled Nicaragua's"),
        (_HND, _NIC, _CRIT, "called the tariff"),
        (("HNDBUS", "HNDAGR", "HND"), _HND, _APPEAL + _DEMAND, "urged Flores"),
        (_IGO, _NIC + _HND, ("042", "043", "040", "041", "031", "036", "030"), "sent its deputy"),
    ],
    also=[
        (_NIC, _HND, ("163", "160", "172", "170", "174"), "slaps tariff"),
        (_HND, _NIC, _THREAT + _INTENT + ("115", "114"), "would file a complaint"),
        (("HNDLEG", "HND"), ("COL", "COLGOV"), ("057", "051", "050"), "ratification of a maritime"),
    ],
    none=[],
    parties=[
        ("President Arnoldo Aleman", "Arnoldo Aleman", ("NICGOV",)),
        ("Honduran President Carlos Flores", "Carlos Flores", ("HNDGOV",)),
    ],
)

_MEX = ("MEX", "MEXGOV")
_USA = ("USA", "USAGOV")

AP_MEXICO_TRUCKS = Story(
    "ap_mexico_trucks", "1995-12-19",
    """Mexico protests U.S. delay on NAFTA truck rule

MEXICO CITY (AP) - Mexico protested on Monday a U.S. decision to keep Mexican trucks out of four \
border states, calling it a breach of the North American Free Trade Agreement, and said it might \
retaliate against American goods.

The Commerce Secretariat said in a statement that the delay, announced by Transportation Secretary \
Federico Pena on Monday, would cost Mexican truckers millions of dollars a month.

Commerce Secretary Herminio Blanco said he would ask Washington for formal consultations under NAFTA's \
dispute rules.

Pena said Mexican trucks would be kept out until Mexico adopted safety standards for drivers and \
vehicles, a demand pressed by the Teamsters union.

Mexican truckers' associations threatened to block border crossings at Nuevo Laredo and Ciudad Juarez.

Under NAFTA, Mexican trucks were to have been allowed to operate in California, Arizona, New Mexico and \
Texas from Dec. 18.
""",
    events=[
        (_MEX, _USA, _CRIT + _PROTEST, "protested on Monday"),
        (_USA, ("MEXBUS", "MEX", "MEXGOV", "MEXLAB"), ("163", "160", "164", "172", "174"),
         "keep Mexican trucks out"),
        (_MEX, _USA, _THREAT + _INTENT, "might retaliate"),
        (_MEX, _USA, ("020", "021", "022", "040", "043", "036", "031", "030"), "would ask Washington"),
        (_USA, _MEX, _DEMAND + ("163", "160", "172"), "would be kept out"),
        (("MEXBUS", "MEXLAB", "MEX"), _USA + ("USAGOV",), _THREAT + _PROTEST, "threatened to block"),
    ],
    also=[
        (_MEX, _USA, _CRIT + _PROTEST, "Mexico protests"),
        (_MEX, _USA, _CRIT, "a breach of"),
        (_MEX, _USA, _CRIT, "would cost"),
        (("USALAB",), _MEX, _DEMAND, "a demand pressed"),
    ],
    none=["were to have been allowed"],
    parties=[
        ("Transportation Secretary Federico Pena", "Federico Pena", ("USAGOV",)),
        ("Commerce Secretary Herminio Blanco", "Herminio Blanco", ("MEXGOV",)),
    ],
)

_BDI = ("BDI", "BDIGOV", "BDIMIL")

AFP_BUJUMBURA = Story(
    "afp_bujumbura_embargo", "1996-08-05",
    """Burundi's neighbours impose embargo on Buyoya regime

BUJUMBURA, Aug 5 (AFP) - Burundi's military ruler Pierre Buyoya on Monday condemned the economic embargo \
imposed by neighbouring states as unjust and demanded that it be lifted at once.

Leaders of Tanzania, Kenya, Uganda, Rwanda, Zaire and Ethiopia agreed at a summit in Arusha last week to \
cut trade links with Burundi until Buyoya restored parliament and opened talks with Hutu rebels.

Tanzania closed its border and halted fuel shipments across Lake Tanganyika on Sunday, port officials in \
Kigoma said.

"The embargo punishes the people, not the government," Buyoya told reporters at the presidential palace. \
He said Burundi was ready to negotiate with all parties but would not bow to foreign pressure.

Former Tanzanian president Julius Nyerere, the region's mediator, said the sanctions would stay until \
Buyoya kept his word.

Buyoya seized power in a bloodless coup on July 25.
""",
    events=[
        (_BDI, ("TZA", "KEN", "UGA", "RWA", "ZAR", "ETH", "COD", "TZAGOV", "KENGOV", "UGAGOV", "RWAGOV",
                "IGO", "AFR"), _CRIT, "condemned the economic"),
        (_BDI, ("TZA", "KEN", "UGA", "RWA", "ZAR", "ETH", "COD", "TZAGOV", "KENGOV", "UGAGOV", "RWAGOV",
                "IGO", "AFR"), _DEMAND, "demanded that it"),
        (("TZA", "TZAGOV"), _BDI, ("163", "160", "161", "172", "174", "170"), "closed its border"),
        (_BDI, ("BDIREB", "BDI", "BDIOPP"), _INTENT, "ready to negotiate"),
        (_BDI, ("TZA", "KEN", "UGA", "RWA", "ZAR", "ETH", "COD", "TZAGOV", "IGO", "AFR", ""), _REJ,
         "would not bow"),
        (("TZA", "TZAGOV", "TZAELI", "IGO"), _BDI, _THREAT + _DEMAND + ("163", "160"), "would stay until"),
    ],
    also=[
        (("TZA", "KEN", "UGA", "RWA", "ZAR", "ETH", "COD", "TZAGOV", "KENGOV", "UGAGOV", "RWAGOV", "IGO",
          "AFR"), _BDI, ("163", "160", "161", "172", "174"), "impose embargo"),
        (("TZA", "KEN", "UGA", "RWA", "ZAR", "ETH", "COD", "TZAGOV", "KENGOV", "UGAGOV", "RWAGOV", "IGO",
          "AFR"), _BDI, ("163", "160", "161", "172", "030", "036", "174"), "to cut trade"),
        (_BDI, ("TZA", "KEN", "UGA", "RWA", "ZAR", "ETH", "COD", "TZAGOV", "IGO", "AFR", ""), _CRIT,
         "punishes the people"),
        (("TZA", "TZAGOV"), _BDI, ("163", "160"), "halted fuel"),
    ],
    none=["bloodless coup"],
    parties=[
        ("military ruler Pierre Buyoya", "Pierre Buyoya", _BDI),
        ("Julius Nyerere", "Julius Nyerere", ("TZA", "TZAGOV", "TZAELI", "IGO")),
    ],
)

_JOR = ("JOR", "JORGOV")
_IRQ = ("IRQ", "IRQGOV")

AP_AMMAN = Story(
    "ap_amman_defectors", "1995-08-12",
    """Jordan grants asylum to Saddam's defecting sons-in-law

AMMAN, Jordan (AP) - King Hussein granted political asylum on Saturday to two of Saddam Hussein's \
sons-in-law, including the general who ran Iraq's weapons programs, and said Jordan would protect them \
from any attempt to harm them.

Lt. Gen. Hussein Kamel Hassan, who fled to Amman on Tuesday with his brother, their wives and a dozen \
army officers, called on the Iraqi army to overthrow Saddam.

Iraq's official news agency accused the brothers of embezzling state funds and demanded that Jordan hand \
them back.

The king rejected the demand and said the defectors were his guests.

In Washington, the State Department said the United States would defend Jordan if Iraq threatened it, \
and praised the king's courage.

U.N. arms inspector Rolf Ekeus is due in Amman next week to question Kamel about Iraq's hidden weapons.
""",
    events=[
        (_JOR, ("IRQMIL", "IRQ", "IRQGOV", "IRQELI", "IRQOPP"), ("075", "070", "074"), "granted political"),
        (("IRQMIL", "IRQ", "IRQOPP", "IRQELI"), ("IRQMIL", "IRQ", "IRQGOV"), _APPEAL + _DEMAND,
         "called on the Iraqi army"),
        (_IRQ + ("IRQMED",), ("IRQMIL", "IRQ", "IRQOPP", "IRQELI"), _CRIT, "accused the brothers"),
        (_IRQ + ("IRQMED",), _JOR, _DEMAND, "demanded that Jordan"),
        (_JOR, _IRQ, _REJ, "rejected the demand"),
        (("USA", "USAGOV"), _IRQ, _THREAT + _INTENT + ("150",), "would defend Jordan"),
        (("USA", "USAGOV"), _JOR, ("051", "050"), "praised the king"),
    ],
    also=[
        (_JOR, ("IRQMIL", "IRQ", "IRQGOV", "IRQELI", "IRQOPP"), ("075", "070", "074"), "grants asylum"),
        (_JOR, ("IRQMIL", "IRQ", "IRQELI", "IRQOPP"), _INTENT + ("074", "075"), "would protect them"),
        (("USA", "USAGOV"), _JOR, _INTENT + ("074", "070", "071", "030", "032"), "would defend Jordan"),
        (("IRQMIL", "IRQ", "IRQOPP", "IRQELI"), _IRQ, ("087", "080", "160", "166"), "fled to Amman"),
        (_IGO, ("IRQMIL", "IRQ", "IRQOPP", "IRQELI"), _INTENT + _MEET + ("036",), "to question Kamel"),
    ],
    none=[],
    parties=[
        ("King Hussein granted", "King Hussein", ("JORGOV",)),
        ("Lt. Gen. Hussein Kamel Hassan", "Hussein Kamel Hassan", ("IRQMIL", "IRQOPP", "IRQELI", "IRQ")),
        ("Rolf Ekeus", "Rolf Ekeus", _IGO),
    ],
)

_ZAF = ("ZAF", "ZAFGOV")
_ETH = ("ETH", "ETHGOV")

REUTERS_JOHANNESBURG = Story(
    "reuters_johannesburg_mengistu", "1999-12-08",
    """South Africa rebuffs Ethiopian request to arrest Mengistu

JOHANNESBURG, Dec 8 (Reuters) - South Africa on Wednesday turned down Ethiopia's request to arrest and \
extradite former dictator Mengistu Haile Mariam, who is receiving treatment at a Johannesburg clinic, \
and said he would be allowed to return to his exile in Zimbabwe.

Ethiopia's Foreign Ministry had asked Pretoria on Monday to hold Mengistu so that he could stand trial \
in Addis Ababa for genocide over the thousands killed during his "Red Terror" of the late 1970s.

Foreign Affairs spokesman Sipho Pityana said Mengistu had entered the country legally and that Ethiopia \
had no extradition treaty with South Africa.

Human rights groups condemned the decision and urged President Thabo Mbeki to have the former ruler \
detained.

An Ethiopian government spokesman said Addis Ababa regretted Pretoria's stand and would pursue the case \
through the United Nations.

Mengistu fled to Zimbabwe in 1991 when rebels captured Addis Ababa.
""",
    events=[
        (_ZAF, _ETH, _REJ, "turned down"),
        (_ETH, _ZAF, _DEMAND + _APPEAL, "had asked Pretoria"),
        (("NGO", "ZAFNGO"), _ZAF, _CRIT, "condemned the decision"),
        (("NGO", "ZAFNGO"), _ZAF, _APPEAL + _DEMAND, "urged President"),
        (_ETH, _ZAF, _CRIT + ("012", "018"), "regretted"),
    ],
    also=[
        (_ZAF, _ETH, _REJ, "rebuffs Ethiopian"),
        (_ZAF, ("ETH", "ETHELI", "ETHGOV", "ZWE"), ("075", "070", "080", "081", "086"), "allowed to return"),
        (_ZAF, _ETH, _REJ + ("010",), "had entered the country legally"),
        (_ETH, _ZAF + _IGO, _INTENT + ("115", "020", "030"), "would pursue"),
    ],
    none=["fled to Zimbabwe in 1991"],
    parties=[
        ("dictator Mengistu Haile Mariam", "Mengistu Haile Mariam", ("ETHELI", "ETH", "ETHGOV")),
        ("President Thabo Mbeki", "Thabo Mbeki", ("ZAFGOV",)),
    ],
)

_BSR = ("BIHMIL", "BIHSRB", "BIH", "BIHGOV", "SRBMIL", "SRB")
_AUT = ("AUT", "AUTCOP", "AUTGOV")

REUTERS_BANJA_LUKA = Story(
    "reuters_banja_luka_talic", "1999-08-26",
    """Bosnian Serbs condemn arrest of army chief in Vienna

BANJA LUKA, Bosnia, Aug 26 (Reuters) - Bosnian Serb leaders on Thursday condemned the arrest in Vienna of \
General Momir Talic, the chief of staff of their army, on a secret indictment by the U.N. war crimes \
tribunal, and demanded his immediate release.

Austrian police detained Talic on Wednesday at a seminar for military officers organised by the \
Organisation for Security and Cooperation in Europe, and he was flown to The Hague the same day.

The tribunal charges him with persecution and deportation of Muslims and Croats from the Krajina region \
in 1992.

Republika Srpska's prime minister, Milorad Dodik, called the arrest a trap and said his government would \
suspend its cooperation with the OSCE.

Tribunal prosecutor Carla Del Ponte welcomed the arrest and urged other governments to hand over \
indicted suspects.

Talic is the most senior serving officer to be held by the court.
""",
    events=[
        (_BSR, _AUT + _IGO, _CRIT, "condemned the arrest"),
        (_BSR, _AUT + _IGO, _DEMAND, "demanded his"),
        (_AUT + ("AUTMIL",), _BSR, ("173", "170", "172"), "detained Talic"),
        (_IGO, _BSR, ("173", "172", "170", "111", "112", "115"), "charges him"),
        (_BSR, _IGO + _AUT, _CRIT, "called the arrest"),
        (_BSR, _IGO, ("163", "160", "161", "166") + _THREAT + _INTENT, "suspend its cooperation"),
        (_IGO, _AUT, _PRAISE, "welcomed the arrest"),
        (_IGO, ("", "IGO", "SRB", "SRBGOV", "BIH", "HRV", "HRVGOV"), _APPEAL + _DEMAND,
         "urged other governments"),
    ],
    also=[
        (_BSR, _AUT + _IGO, _CRIT, "condemn arrest"),
        (_IGO, _BSR, ("173", "172", "170", "111", "112", "115"), "secret indictment"),
        (_AUT + ("AUTMIL",), _BSR + _IGO, ("173", "174", "170", "086", "080"), "was flown"),
    ],
    none=["most senior serving"],
    parties=[
        ("General Momir Talic", "Momir Talic", _BSR),
        ("Milorad Dodik", "Milorad Dodik", ("BIHGOV", "BIH", "BIHSRB")),
        ("Carla Del Ponte", "Carla Del Ponte", _IGO),
    ],
)

_KEN = ("KEN", "KENGOV", "KENCOP")
_RWA = ("RWA", "RWAGOV")
_GEN = ("RWAELI", "RWA", "RWAGOV", "RWAMIL", "RWACRM", "RWAREB")

REUTERS_NAIROBI_ICTR = Story(
    "reuters_nairobi_ictr", "1997-07-18",
    """Kenya arrests Rwanda genocide suspects for U.N. court

NAIROBI, July 18 (Reuters) - Kenyan police arrested seven Rwandans wanted for genocide, among them former \
prime minister Jean Kambanda, in dawn raids on homes in Nairobi on Friday and handed them over to the \
U.N. tribunal for Rwanda, officials said.

The arrests marked a reversal by President Daniel arap Moi, who said last year that he would not allow \
the tribunal to operate in Kenya and would arrest its investigators if they came.

The tribunal's chief prosecutor, Louise Arbour, thanked the Kenyan government and said the suspects would \
be flown to its detention centre in Arusha, Tanzania.

Rwanda's government welcomed the arrests and urged other African states to follow Kenya's example.

A lawyer for one of the men said the raids were illegal and that his client would apply for asylum.

More than 500,000 people were killed in the 1994 genocide.
""",
    events=[
        (_KEN, _GEN, ("173", "170", "172"), "arrested seven"),
        (_KEN, _IGO + _GEN, ("081", "080", "086", "057", "060", "061"), "handed them over"),
        (_IGO, _KEN, ("051", "050"), "thanked the Kenyan"),
        (_RWA, _KEN, _PRAISE, "welcomed the arrests"),
        (_RWA, ("", "AFR", "IGO"), _APPEAL, "urged other African"),
    ],
    also=[
        (_KEN, _GEN, ("173", "170", "172"), "Kenya arrests"),
        (_KEN, _IGO, _REJ + _THREAT, "would not allow"),
        (_IGO, _GEN + _KEN, ("174", "173", "170", "030"), "be flown"),
        (("KENJUD", "KENCVL", "RWACVL", "RWAJUD", "RWA") + _GEN, _KEN, _CRIT, "were illegal"),
        (_GEN + ("RWACVL",), _KEN, ("020", "023", "030"), "apply for asylum"),
    ],
    none=["500,000 people"],
    parties=[
        ("prime minister Jean Kambanda", "Jean Kambanda", _GEN),
        ("President Daniel arap Moi", "Daniel arap Moi", ("KENGOV",)),
        ("Louise Arbour", "Louise Arbour", _IGO),
    ],
)

_ECU = ("ECU", "ECUGOV")
_PER = ("PER", "PERGOV", "PERMIL")

EFE_QUITO = Story(
    "efe_quito_migs", "1997-01-14",
    """Ecuador protests Peru's purchase of MiG-29 fighters

QUITO, Jan 14 (EFE) - Ecuador on Tuesday protested to Peru over its purchase of 18 MiG-29 fighter jets \
from Belarus, saying the deal threatened the peace talks between the two countries two years after \
their border war.

Foreign Minister Galo Leoro said Quito had sent a note to Lima expressing its concern and had asked the \
four guarantor nations of the 1942 Rio Protocol to press Peru to halt the arms build-up.

"This purchase is not a gesture of peace," Leoro told reporters.

Peruvian President Alberto Fujimori said the jets replaced ageing aircraft and posed no threat to \
anyone, and accused Ecuador of buying Israeli Kfir fighters of its own.

Argentina, Brazil, Chile and the United States, the guarantors, urged both countries to show restraint.

The two armies fought for five weeks in early 1995 over a stretch of jungle on the Cordillera del Condor.
""",
    events=[
        (_ECU, _PER, ("114", "110", "111", "112", "140"), "protested to Peru"),
        (_ECU, ("ARG", "BRA", "CHL", "USA", "ARGGOV", "BRAGOV", "CHLGOV", "USAGOV"), _APPEAL + _DEMAND,
         "had asked the"),
        (_ECU, _PER, _CRIT, "not a gesture"),
        (_PER, _ECU, _CRIT, "accused Ecuador"),
        (("ARG", "BRA", "CHL", "USA", "ARGGOV", "BRAGOV", "CHLGOV", "USAGOV"), _ECU + _PER,
         _APPEAL + _DEMAND, "urged both"),
    ],
    also=[
        (_ECU, _PER, ("114", "110", "111", "112", "140"), "Ecuador protests"),
        (_PER, ("BLR", "BLRGOV"), ("064", "060", "061", "057"), "purchase of 18"),
        (_ECU, _PER, _CRIT, "threatened the peace"),
        (_ECU, _PER, ("114", "110", "111", "112", "010"), "sent a note"),
        (_PER, _ECU, _REJ + ("010",), "posed no threat"),
    ],
    none=["fought for five weeks"],
    parties=[
        ("Foreign Minister Galo Leoro", "Galo Leoro", ("ECUGOV",)),
        ("President Alberto Fujimori", "Alberto Fujimori", ("PERGOV",)),
    ],
)

_IND = ("IND", "INDGOV")

PTI_CALCUTTA = Story(
    "pti_calcutta_arms_drop", "1995-12-22",
    """Arms dropped from plane over Purulia, crew held in Bombay

CALCUTTA, Dec 22 (PTI) - The Indian Air Force forced down a Latvian cargo plane in Bombay on Thursday and \
police arrested its five Latvian crew members, four days after hundreds of rifles and rocket launchers \
were parachuted over villages in West Bengal's Purulia district.

West Bengal police said villagers had found crates holding more than 300 AK-47 rifles, pistols and \
thousands of rounds of ammunition.

Chief Minister Jyoti Basu accused the Centre of ignoring intelligence warnings and demanded a judicial \
inquiry into the drop.

The Home Ministry said the arms were meant for an armed group and that a British national aboard the \
plane had been detained with the crew.

The Latvian embassy in New Delhi asked for consular access to its nationals, an External Affairs Ministry \
official said.

Purulia, one of the state's poorest districts, lies on its border with Bihar.
""",
    events=[
        (("INDMIL", "IND", "INDGOV"), ("LVA", "LVABUS", "LVACVL"), ("170", "171", "172", "173", "174",
                                                                     "150", "190", "193"),
         "forced down"),
        (("INDCOP", "IND", "INDGOV"), ("LVA", "LVABUS", "LVACVL", "LVACRM"), ("173", "170", "172"),
         "arrested its five"),
        (("INDGOV", "IND"), ("INDGOV", "IND"), _CRIT, "accused the Centre"),
        (("INDGOV", "IND"), ("INDGOV", "IND"), _DEMAND, "demanded a judicial"),
        (_IND + ("INDCOP",), ("GBR", "GBRCVL", "GBRCRM"), ("173", "170", "172"), "had been detained"),
        (("LVA", "LVAGOV"), _IND, _DEMAND + _APPEAL, "asked for consular"),
    ],
    also=[
        (("INDCOP", "IND", "INDGOV"), ("LVA", "LVABUS", "LVACVL", "LVACRM"), ("173", "170"), "crew held"),
    ],
    none=["poorest districts"],
    parties=[
        ("Chief Minister Jyoti Basu", "Jyoti Basu", ("INDGOV", "IND")),
    ],
)

_TJK = ("TJK", "TJKGOV")
_UTO = ("TJKOPP", "TJKREB", "TJKINS", "TJKRAD")

TASS_MOSCOW_TAJIK = Story(
    "tass_moscow_tajik_talks", "1994-04-05",
    """Tajik government, opposition open first talks in Moscow

MOSCOW, April 5 (Itar-Tass) - Representatives of the Tajik government and the armed Islamic opposition \
sat down face to face for the first time on Tuesday, at talks in Moscow mediated by the U.N. Secretary \
General's special envoy, Ramiro Piriz-Ballon.

The opposition delegation, led by Akbar Turajonzoda, demanded a ceasefire along the Tajik-Afghan border, \
the release of political prisoners and the return of refugees from Afghanistan.

The head of the government delegation, Labour Minister Shukurjon Zukhurov, said Dushanbe was ready to \
discuss the return of refugees but rejected any talk of power-sharing.

Piriz-Ballon told reporters that both sides had agreed to meet again in Tehran next month.

Russian Foreign Minister Andrei Kozyrev met the two delegations and urged them to reach a lasting truce.

Russian border guards have fought opposition fighters crossing from Afghanistan since 1992.
""",
    events=[
        (_TJK, _UTO, _MEET, "sat down face"),
        (_UTO, _TJK, _MEET, "sat down face"),
        (_IGO, _TJK + _UTO, ("042", "043", "045", "046", "040", "036"), "mediated by"),
        (_UTO, _TJK, _DEMAND, "demanded a ceasefire"),
        (_TJK, _UTO, _INTENT, "was ready to"),
        (_TJK, _UTO, _REJ, "rejected any talk"),
        (_TJK + _UTO, _TJK + _UTO, ("030", "036", "043", "046", "040"), "agreed to meet"),
        (("RUS", "RUSGOV"), _TJK + _UTO, _MEET, "met the two"),
        (("RUS", "RUSGOV"), _TJK + _UTO, _APPEAL + _DEMAND, "urged them"),
    ],
    also=[
        (_TJK, _UTO, _MEET, "open first talks"),
        (_UTO, _TJK, _MEET, "open first talks"),
        (_TJK + _UTO, ("RUS", "RUSGOV"), _MEET, "met the two"),
    ],
    none=["since 1992"],
    parties=[
        ("envoy, Ramiro Piriz-Ballon", "Ramiro Piriz-Ballon", _IGO),
        ("Akbar Turajonzoda", "Akbar Turajonzoda", _UTO),
        ("Andrei Kozyrev", "Andrei Kozyrev", ("RUSGOV",)),
    ],
)

_MKD = ("MKD", "MKDGOV")
_NLA = ("MKDREB", "MKDINS", "ALBREB", "MKDSEP")
_ALBPTY = ("MKDPTY", "MKDOPP", "MKDALB")

AFP_SKOPJE = Story(
    "afp_skopje_mediation", "2001-07-03",
    """Western envoys shuttle to save Macedonian ceasefire

SKOPJE, July 3 (AFP) - Western envoys Francois Leotard of the European Union and James Pardew of the \
United States held talks on Tuesday with Macedonian and ethnic Albanian party leaders in a bid to rescue \
a ceasefire with ethnic Albanian guerrillas that was shaken by fresh clashes overnight.

Government troops shelled rebel positions near Tetovo after the guerrillas of the National Liberation \
Army attacked a police checkpoint, the Defence Ministry said.

Prime Minister Ljubco Georgievski accused NATO of tolerating the rebels and said the army would crush \
them if the talks failed.

The leader of the main ethnic Albanian party, Arben Xhaferi, said his party would walk out of the \
coalition unless the government stopped the shelling.

NATO Secretary General George Robertson urged both sides to respect the truce and said the alliance was \
ready to send 3,000 troops to collect the rebels' weapons once a peace deal was signed.

Macedonia's Albanians make up about a third of its two million people.
""",
    events=[
        (_IGO + ("USA", "USAGOV"), _MKD + _ALBPTY, _MEET + ("036",), "held talks"),
        (("MKDMIL", "MKD", "MKDGOV"), _NLA, _FIGHT, "shelled rebel"),
        (_NLA, ("MKDCOP", "MKD", "MKDGOV"), _FIGHT + _ASSAULT, "attacked a police"),
        (_MKD, _IGO, _CRIT, "accused NATO"),
        (_MKD, _NLA, _THREAT, "would crush"),
        (_ALBPTY, _MKD, _THREAT, "would walk out"),
        (_IGO, _MKD + _NLA, _APPEAL + _DEMAND, "urged both sides"),
        (_IGO, _MKD + _NLA, _INTENT + ("074", "070"), "ready to send"),
    ],
    also=[
        (_IGO + ("USA", "USAGOV"), _MKD + _ALBPTY, _MEET + ("036",), "envoys shuttle"),
        (_MKD + _ALBPTY, _IGO + ("USA", "USAGOV"), _MEET, "held talks"),
        (_NLA + _MKD, _MKD + _NLA, _FIGHT, "fresh clashes"),
    ],
    none=["make up about a third"],
    parties=[
        ("Prime Minister Ljubco Georgievski", "Ljubco Georgievski", ("MKDGOV",)),
        ("Arben Xhaferi", "Arben Xhaferi", _ALBPTY),
        ("George Robertson", "George Robertson", _IGO),
    ],
)

_CAF = ("CAF", "CAFGOV")
_MUT = ("CAFMIL",)
_FRAMIL = ("FRAMIL", "FRA", "FRAGOV")

AFP_BANGUI = Story(
    "afp_bangui_mutiny", "1996-05-20",
    """French troops move against Bangui mutineers

BANGUI, May 20 (AFP) - French troops backed by armoured cars took control of the centre of Bangui on \
Monday and exchanged fire with mutinous soldiers who have held parts of the Central African capital \
since Saturday, witnesses said.

The mutineers, several hundred soldiers demanding back pay and the dismissal of the army chief of staff, \
seized the state radio station and took several ministers hostage.

President Ange-Felix Patasse, whose guard held the presidential palace, accused the opposition of \
stirring up the revolt and called on the mutineers to lay down their arms.

Paris, which keeps 1,400 troops in its former colony under a defence accord, said it had acted at \
Patasse's request to protect foreigners and the country's elected institutions.

The mutiny's leaders said they would negotiate only through the French ambassador.

Looters have ransacked shops and stores in the city's commercial district since the revolt broke out.
""",
    events=[
        (_FRAMIL, _MUT + ("CAF",), _FIGHT, "exchanged fire"),
        (_MUT, _MUT + _CAF + ("CAFMED",), ("191", "192", "190", "181", "180", "170"), "seized the state"),
        (_CAF, ("CAFOPP", "CAFPTY"), _CRIT, "accused the opposition"),
        (_CAF, _MUT, _APPEAL + _DEMAND, "called on the mutineers"),
        (_FRA + ("FRAMIL",), ("CAF", "CAFGOV", "CAFCVL", ""), ("074", "070", "080", "010"), "had acted"),
    ],
    also=[
        (_FRAMIL, _MUT + ("CAF",), _FIGHT + ("150",), "move against"),
        (_MUT, _FRAMIL, _FIGHT, "exchanged fire"),
        (_FRAMIL, _MUT + ("CAF",), ("192", "190", "150"), "took control"),
        (_MUT, _CAF, _DEMAND, "demanding back pay"),
        (_MUT, _CAF, ("181", "180"), "took several ministers"),
        (_MUT, ("FRA", "FRAGOV", "FRAMIL") + _CAF, _INTENT + ("031", "036", "030"), "would negotiate only"),
        (_CAF, _FRA, _APPEAL + ("020",), "at Patasse's request"),
    ],
    none=["Looters have ransacked"],
    parties=[
        ("President Ange-Felix Patasse", "Ange-Felix Patasse", ("CAFGOV",)),
    ],
)

_PHL = ("PHL", "PHLGOV")
_PMUT = ("PHLMIL",)

AP_MANILA = Story(
    "ap_manila_oakwood", "2003-07-27",
    """Mutinous soldiers seize Manila shopping complex

MANILA, Philippines (AP) - About 300 mutinous soldiers seized a shopping and apartment complex in \
Manila's financial district early Sunday, rigging it with explosives and demanding the resignation of \
President Gloria Macapagal Arroyo and her defense secretary.

The junior officers, who wore red armbands, accused Arroyo's government of selling arms to Muslim \
rebels and of staging bombings in the south to win U.S. military aid.

Arroyo declared a "state of rebellion" and gave the mutineers until 5 p.m. to return to barracks, \
warning that troops would use force if they did not.

The military chief of staff, Gen. Narciso Abaya, said the rest of the armed forces remained loyal and \
denied the soldiers' charges.

After 19 hours of talks with government negotiators, the mutineers agreed to end the standoff and walked \
out of the building without a shot fired.

The Philippines has seen nine coup attempts since 1986.
""",
    events=[
        (_PMUT, ("PHLBUS", "PHLCVL", "PHL", "PHLGOV"), ("181", "180", "170", "192", "190", "145", "140",
                                                        "175"), "seized a shopping"),
        (_PMUT, _PHL, _CRIT, "accused Arroyo"),
        (_PHL, _PMUT, ("172", "170", "175") + _THREAT + _DEMAND, "declared a"),
        (_PHL, _PMUT, _THREAT + _DEMAND, "gave the mutineers"),
        (("PHLMIL",), _PMUT, _REJ + _CRIT + ("016",), "denied the soldiers"),
        (_PMUT, _PHL, _YIELD + ("030", "036", "057"), "agreed to end"),
    ],
    also=[
        (_PMUT, ("PHLBUS", "PHLCVL", "PHL", "PHLGOV"), ("181", "180", "170", "192", "190", "145", "140"),
         "soldiers seize"),
        (_PMUT, _PHL, _DEMAND + _PROTEST, "demanding the resignation"),
        (_PHL, _PMUT, _THREAT, "warning that troops"),
        (_PHL + ("PHLMIL",), _PMUT, _MEET, "talks with government"),
        (_PMUT, _PHL, _MEET, "talks with government"),
    ],
    none=["nine coup attempts"],
    parties=[
        ("President Gloria Macapagal Arroyo", "Gloria Macapagal Arroyo", ("PHLGOV",)),
        ("Gen. Narciso Abaya", "Narciso Abaya", ("PHLMIL",)),
    ],
)

_TJKMUT = ("TJKMIL", "TJKREB", "TJKINS")

REUTERS_DUSHANBE = Story(
    "reuters_dushanbe_mutiny", "1998-11-06",
    """Tajik troops retake Khujand from rebel colonel

DUSHANBE, Nov 6 (Reuters) - Tajik government troops drove rebel forces out of the northern city of \
Khujand on Friday after two days of fighting that killed more than 200 people, the Defence Ministry said.

Fighters loyal to renegade army colonel Makhmud Khudoberdiyev seized the airport and government \
buildings in Khujand on Wednesday, demanding a share of power for the northern Leninabad region.

President Imomali Rakhmonov accused neighbouring Uzbekistan of sheltering the colonel and allowing his \
men to cross the border, and said Tashkent must hand him over.

Uzbek President Islam Karimov denied any part in the uprising and called the charge absurd.

The former opposition United Tajik Opposition, now in a coalition with Rakhmonov, sent its own fighters \
to help government troops.

The revolt was the most serious threat to the 1997 peace accord that ended Tajikistan's civil war.
""",
    events=[
        (("TJKMIL", "TJK", "TJKGOV"), _TJKMUT, _FIGHT, "drove rebel"),
        (_TJKMUT, _TJK + ("TJKCVL",), ("190", "192", "193", "181", "180", "171"), "seized the airport"),
        (_TJK, ("UZB", "UZBGOV"), _CRIT, "accused neighbouring"),
        (_TJK, ("UZB", "UZBGOV"), _DEMAND, "must hand"),
        (("UZB", "UZBGOV"), _TJK, _REJ + _CRIT, "called the charge"),
        (("TJKOPP", "TJKPTY", "TJKREB"), ("TJKMIL", "TJK", "TJKGOV"), ("074", "070", "060", "062", "061"),
         "sent its own fighters"),
    ],
    also=[
        (("TJKMIL", "TJK", "TJKGOV"), _TJKMUT, _FIGHT, "retake Khujand"),
        (_TJKMUT, _TJK, _DEMAND, "demanding a share"),
        (("UZB", "UZBGOV"), _TJK, _REJ + ("016", "010"), "denied any part"),
    ],
    none=["most serious threat"],
    parties=[
        ("colonel Makhmud Khudoberdiyev", "Makhmud Khudoberdiyev", _TJKMUT),
        ("President Imomali Rakhmonov", "Imomali Rakhmonov", ("TJKGOV",)),
        ("President Islam Karimov", "Islam Karimov", ("UZBGOV",)),
    ],
)

_TKM = ("TKM", "TKMGOV")
_UZB = ("UZB", "UZBGOV")

REUTERS_ASHGABAT = Story(
    "reuters_ashgabat_niyazov", "2002-12-27",
    """Turkmenistan accuses Uzbek envoy over attack on Niyazov

ASHGABAT, Dec 27 (Reuters) - Turkmenistan accused Uzbekistan's ambassador on Friday of sheltering one \
of the men charged with trying to kill President Saparmurat Niyazov last month, and ordered him to leave \
the country within 24 hours.

Gunmen fired on Niyazov's motorcade in central Ashgabat on November 25. The president escaped unhurt.

The Turkmen Foreign Ministry said exiled opposition leader Boris Shikhmuradov, a former foreign minister \
who was arrested on Wednesday, had hidden in the Uzbek embassy before the attack.

Uzbekistan's Foreign Ministry called the charge a provocation and said Ambassador Abdurashid Kadyrov had \
done nothing wrong.

Tashkent recalled the envoy but said it would not retaliate.

Turkmen security forces have detained dozens of people, among them relatives of exiled dissidents.
""",
    events=[
        (_TKM, _UZB, _CRIT, "accused Uzbekistan"),
        (_TKM, _UZB, ("166", "160", "161", "174"), "ordered him to leave"),
        (("TKMOPP", "TKMREB", "TKM", "TKMCRM", "TKMUAF", ""), _TKM,
         ("180", "181", "182", "183", "186", "190"), "fired on Niyazov"),
        (_TKM, ("TKMOPP", "TKMELI", "TKM") + _UZB, _CRIT, "had hidden"),
        (_UZB, _TKM, _REJ + _CRIT, "called the charge"),
        (_UZB, _TKM, ("161", "160", "080", "081", "087"), "recalled the envoy"),
        (("TKMCOP", "TKMSPY", "TKMGOV", "TKM", "TKMMIL"), ("TKMCVL", "TKMOPP", "TKM"), ("173", "170", "172"),
         "have detained dozens"),
    ],
    also=[
        (_TKM, _UZB, _CRIT, "accuses Uzbek"),
        (_UZB, _TKM, _REJ + ("010", "016"), "done nothing wrong"),
        (_UZB, _TKM, ("013", "010", "030", "036", "016"), "would not retaliate"),
        (_TKM, ("TKMOPP", "TKMELI", "TKM"), ("173", "170"), "was arrested"),
    ],
    none=[],
    parties=[
        ("President Saparmurat Niyazov", "Saparmurat Niyazov", ("TKMGOV",)),
        ("leader Boris Shikhmuradov", "Boris Shikhmuradov", ("TKMOPP", "TKMELI")),
    ],
)


STORIES: list[Story] = [REUTERS_LUSAKA, EFE_SANTO_DOMINGO, EFE_BOGOTA, REUTERS_ALGIERS, REUTERS_TRABZON,
                        REUTERS_BATUMI, TASS_NAZRAN, AFP_CONAKRY, AFP_DAKAR, EFE_MANAGUA, AP_MEXICO_TRUCKS,
                        AFP_BUJUMBURA, AP_AMMAN, REUTERS_JOHANNESBURG, REUTERS_BANJA_LUKA,
                        REUTERS_NAIROBI_ICTR, EFE_QUITO, PTI_CALCUTTA, TASS_MOSCOW_TAJIK, AFP_SKOPJE,
                        AFP_BANGUI, AP_MANILA, REUTERS_DUSHANBE, REUTERS_ASHGABAT]


if __name__ == "__main__":
    main(STORIES, "stories39")
