"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (twenty-ninth
session, wip/stories31): ERA copy again, the agency leads of 1987-2001 the hidden real-news CAMEO set is
drawn from, on subjects the earlier sets left aside: Poland's round table, Ceausescu's fall, the Prague
march of November 1989, the August 1991 coup in Moscow, the Dagomys accord on South Ossetia, the drive
to impeach Lukashenko, the Black Sea Fleet accords, the last Russian troops out of Estonia and Latvia,
the Tashkent bombs, the Srinagar killings of January 1990 as Islamabad told them, Bangladesh's
non-cooperation movement, Nepal's emergency against the Maoists, Bangkok's May 1992, the Chun and Roh
verdicts, Rabuka's coup in Fiji, the Rushdie decree, the January 1993 strikes in Iraq's southern no-fly
zone, Luxor, the Lord's Resistance Army and Sudan, the renewal of China's MFN status, Zimbabwe's farm
seizures, de Klerk's speech of February 1990, Chapultepec and Chavez's revolt in Caracas.

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: PAP, Reuters,
CTK, ITAR-TASS, AP ("MINSK, Belarus (AP) -"), Interfax, APP, AFP, Yonhap (with its "(END)"), IRNA, dpa
(with its tail code), MENA, Xinhua and EFE. Many leads are long (35-60 words, with appositions, a
fronted clause, two acts joined by "and", a participle, two named parties joined by "and" each with a
title). Actors are named by ethnic or regional group as the wires named them ("Crimean Tatar leaders",
"ethnic Indians", "the Acholi people", "South Ossetian separatists", "Kashmiri demonstrators", "Thousands
of Muscovites"). They include non-events: history, conditions, market lines, analysts and agency
furniture.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, a former head of state ELI, "A said B attacked C" is A -> B 112 alone,
a conditional or a denial is no act, a phone call is 040 both ways, signing an agreement 057 both ways,
a state of emergency 172, lifting a ban 081, cutting aid 162. Armed groups of the day are their
country's REB (the FMLN SLVREB, the LRA UGAREB, the SPLA SDNREB, the Maoists NPLREB, the ANC of 1990
ZAFREB or ZAFOPP), the Soviet Union USR; Solidarity is POLOPP or POLLAB.

Run `python tests/events/stories31.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories31 at 8b1fdcb, main's code 09a8868, before any change): of the 103 required events
62 were coded at country + root and 55 at actor + root; of the coded triples 56 were right, 14 accepted,
0 duplicated and 35 wrong; 2 of the 28 non-event paragraphs were coded; of 63 parties 55 were right, 3
wrong and 5 unresolved.

Five expectations were corrected after the first run, where the coder's reading was the codebook's or the
earlier sets' and the list had missed it: the headlines of the Dagomys and Chapultepec stories name the
signing (an `also` row each way, as stories30's headlines have), setting fire to a police station is
also 171 (destroying property), the Luxor "gunmen" may be EGYUAF (the codebook's armed men of no named
group), and Minsk hosting the Russian premier is 043 (as stories26 accepted for a visit). Main scored on
the corrected lists: 63 / 58; right 60, accepted 19, duplicated 0, wrong 26; non-events coded 2 of 28;
parties 55 / 3 / 5.

After the branch's fixes (wip/stories31: forces that leave a country retreat, rights suspended restrict
them, military exports frozen are an embargo, a coup named by its noun names the force that seized power,
help said to go to the speaker's own rebels is a charge, prison terms handed down convict, a place in a
clause on an act's noun is that act's place; the Tallinn headline's withdrawal, now coded, accepted as
the other headlines' acts are): 67 / 62; right 64, accepted 21, duplicated 0, wrong 25; non-events coded
2 of 28; parties right 55, wrong 3, unresolved 5. What still fails is a strict xfail in
tests/events/test_stories31.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_SOL = ("POLOPP", "POLLAB")

PAP_ROUNDTABLE = Story(
    "pap_warsaw_roundtable", "1989-04-05",
    """Round table ends with accord on union, elections

WARSAW, April 5 (PAP) - Representatives of the government and of the Solidarity opposition, led by \
Interior Minister Czeslaw Kiszczak and Solidarity chairman Lech Walesa, on Wednesday signed agreements at \
the close of the round-table talks, restoring the legal status of the independent trade union and opening \
the way to partly free elections in June.

The agreements provide for an upper house, the Senate, to be chosen in fully free elections, while 35 per \
cent of the seats in the Sejm will be open to opposition candidates.

Walesa told the closing session that Solidarity would take part in the elections and urged workers to \
refrain from strikes while the union was being registered.

General Wojciech Jaruzelski, chairman of the Council of State, praised the participants for what he \
called a historic compromise.

Solidarity was banned after martial law was imposed in December 1981.
""",
    events=[
        (("POLGOV", "POL"), _SOL, ("057", "080", "081", "030"), "signed agreements at"),
        (_SOL, ("POLGOV", "POL"), ("057", "080", "030"), "signed agreements at"),
        (_SOL, ("POLLAB", "POLCVL", "POL"), ("020", "025", "026", "028", "100"), "urged workers to refrain"),
        (("POLGOV", "POLMIL"), _SOL + ("POLGOV", "POL"), ("051", "050"), "praised the participants"),
    ],
    also=[
        (("POLGOV", "POL"), _SOL, ("081", "057", "080"), "restoring the legal status"),
        (_SOL, ("POLGOV", "POL"), ("030", "031", "036", "057"), "would take part in the elections"),
        (("POLGOV", "POL") + _SOL, ("POLGOV", "POL") + _SOL, ("057", "030", "081"), "The agreements provide"),
    ],
    none=["Solidarity was banned after martial law"],
    parties=[
        ("Interior Minister Czeslaw Kiszczak", "Czeslaw Kiszczak", ("POLGOV",)),
        ("chairman Lech Walesa", "Lech Walesa", _SOL),
        ("General Wojciech Jaruzelski", "Wojciech Jaruzelski", ("POLGOV", "POLMIL")),
    ],
)

_ROUOPP = ("ROUOPP", "ROUCVL", "ROU")
_ROUGOV = ("ROUGOV", "ROUPTY", "ROU", "ROUSPY", "ROUMIL", "ROUCOP")

REUTERS_BUCHAREST = Story(
    "reuters_bucharest_ceausescu", "1989-12-22",
    """Ceausescu flees as crowds take Bucharest

BUCHAREST, Dec 22 (Reuters) - President Nicolae Ceausescu fled the capital by helicopter on Friday after \
hundreds of thousands of demonstrators stormed the Communist Party headquarters, and army units that had \
fired on protesters earlier in the week switched sides to join the uprising.

Romanian television, taken over by the protesters, broadcast an appeal by the new National Salvation \
Front for citizens to defend the revolution against forces loyal to Ceausescu.

Troops of the Securitate secret police opened fire on crowds in the city centre on Friday night, and \
heavy fighting raged around the television building.

In Moscow, Soviet Foreign Minister Eduard Shevardnadze said the Soviet Union supported the Romanian \
people's struggle and offered humanitarian aid.

The United States said it would recognise a new government in Bucharest.

Ceausescu had ruled Romania since 1965.
""",
    events=[
        (_ROUOPP, ("ROUGOV", "ROUPTY", "ROU"), ("145", "141", "180", "190", "171"),
         "stormed the Communist Party"),
        (("ROUSPY", "ROUMIL", "ROUGOV", "ROUCOP"), _ROUOPP, ("180", "190", "175", "195"),
         "opened fire on crowds"),
        (("USRGOV", "USR"), ("ROU", "ROUCVL", "ROUOPP"), ("051", "050", "010", "011", "013"),
         "supported the Romanian"),
        (("USRGOV", "USR"), ("ROU", "ROUCVL", "ROUOPP", "ROUGOV"), ("030", "033", "070", "073"),
         "offered humanitarian aid"),
    ],
    also=[
        (("ROUMIL",), _ROUOPP + ("ROUGOV",), ("180", "190", "175", "145"), "fired on protesters"),
        (("ROUMIL",), _ROUOPP, ("050", "057", "064", "073", "081", "087", "042", "043"), "switched sides"),
        (("ROUOPP", "ROUGOV", "ROUPTY", "ROU", "ROUMED"), ("ROUCVL", "ROU") + _ROUGOV,
         ("020", "025", "026", "028"), "broadcast an appeal"),
        (_ROUOPP + _ROUGOV, _ROUOPP + _ROUGOV, ("190", "180", "145"), "heavy fighting raged"),
        (("USA", "USAGOV"), ("ROU", "ROUGOV", "ROUOPP"), ("030", "031", "032", "036", "050", "057"),
         "would recognise a new government"),
    ],
    none=["Ceausescu had ruled Romania since 1965."],
    parties=[
        ("President Nicolae Ceausescu", "Nicolae Ceausescu", ("ROUGOV",)),
        ("Minister Eduard Shevardnadze", "Eduard Shevardnadze", ("USRGOV",)),
    ],
)

_CZEPOL = ("CZECOP", "CZEMIL", "CZEGOV", "CZESPY")
_CZESTU = ("CZEEDU", "CZECVL", "CZEOPP")

CTK_PRAGUE = Story(
    "ctk_prague_students", "1989-11-18",
    """Police disperse unauthorised demonstration in Prague

PRAGUE, Nov 18 (CTK) - Security forces on Friday evening dispersed participants in an unauthorised \
demonstration in the centre of Prague after a student march marking the 50th anniversary of the death of \
Jan Opletal turned into an anti-state gathering, the Interior Ministry said.

The ministry said 38 people were injured, among them members of the security forces, and 143 people were \
detained.

A federal government spokesman rejected reports that a student had been killed during the intervention \
and said the security forces had acted in line with the law.

Students of Prague's universities announced a strike on Saturday and called on the whole population to \
join a general strike on November 27.

Actors of Prague theatres said they would not perform in protest against the brutal intervention.

Jan Opletal was killed during a demonstration against the Nazi occupation in 1939.
""",
    events=[
        (_CZEPOL, _CZESTU + ("CZE",), ("175", "172", "171", "180", "173"), "dispersed participants"),
        (_CZESTU, ("CZEGOV", "CZE", "CZECOP"), ("143", "140", "141"), "announced a strike"),
    ],
    also=[
        (_CZEPOL, _CZESTU + ("CZE",), ("173", "175"), "143 people were detained"),
        (_CZESTU + ("CZE",), _CZEPOL, ("180", "145"), "38 people were injured"),
        (("CZEGOV",), ("CZE", "CZEMED", "CZECVL", "CZEOPP", "CZEEDU") + _CZEPOL, ("010", "016", "012"),
         "rejected reports that a student"),
        (_CZESTU, ("CZECVL", "CZE", "CZELAB"), ("020", "025", "026", "028"),
         "called on the whole population"),
        (("CZECVL", "CZE", "CZEOPP", "CZEMED"), ("CZEGOV", "CZE") + _CZEPOL, ("140", "141", "143", "111"),
         "would not perform in protest"),
    ],
    none=["Jan Opletal was killed during a demonstration"],
    parties=[
        ("Security forces on Friday", "Security forces", _CZEPOL),
        ("Students of Prague's universities", "Students", _CZESTU),
    ],
)

_JUNTA = ("USRGOV", "USRPTY", "USR", "USRMIL", "USRELI")
_YELTSIN = ("RUSGOV", "USRGOV", "RUS")

REUTERS_MOSCOW_COUP = Story(
    "reuters_moscow_coup", "1991-08-19",
    """Hardliners oust Gorbachev, Yeltsin calls for general strike

MOSCOW, Aug 19 (Reuters) - Hardline Communist leaders ousted Soviet President Mikhail Gorbachev on Monday, \
declaring a state of emergency in parts of the country and sending tanks into the streets of Moscow, and \
Russian President Boris Yeltsin called for a general strike to resist what he called a right-wing coup.

An eight-man State Committee for the State of Emergency, headed by Vice-President Gennady Yanayev, said \
Gorbachev was unable to carry out his duties for health reasons.

Standing on a tank outside the Russian parliament, Yeltsin denounced the takeover as unconstitutional and \
demanded that Gorbachev be allowed to address the nation.

Thousands of Muscovites built barricades around the parliament building.

U.S. President George Bush condemned the coup and said Washington would not recognise the new leadership.

Western economists said the crisis could halt the flow of foreign credit to the Soviet economy.
""",
    events=[
        (_JUNTA, ("USRGOV", "USR", "USRCVL", "RUS", "RUSGOV"), ("172", "180", "173", "175", "181"),
         "ousted Soviet President"),
        (_YELTSIN, _JUNTA, ("111", "112"), "denounced the takeover"),
        (_YELTSIN, _JUNTA, ("100", "101", "102", "104", "105"), "demanded that Gorbachev"),
        (("USAGOV", "USA"), _JUNTA, ("111", "112"), "condemned the coup"),
    ],
    also=[
        (_YELTSIN, ("RUSCVL", "USRCVL", "RUS", "USR", "RUSLAB", "USRLAB") + _JUNTA,
         ("020", "025", "026", "028", "140", "143"), "called for a general strike"),
        (_JUNTA, ("USR", "USRCVL", "RUS", "RUSGOV", "USRGOV"), ("150", "152", "154", "172", "175"),
         "sending tanks"),
        (("RUSCVL", "USRCVL", "RUS", "USR", "RUSOPP", "USROPP"), _JUNTA, ("140", "141", "144", "145", "150"),
         "built barricades"),
        (("USAGOV", "USA"), _JUNTA, ("120", "125", "128", "160", "161", "030"), "would not recognise"),
    ],
    none=["Western economists said"],
    parties=[
        ("President Mikhail Gorbachev", "Mikhail Gorbachev", ("USRGOV",)),
        ("President Boris Yeltsin", "Boris Yeltsin", _YELTSIN),
        ("Vice-President Gennady Yanayev", "Gennady Yanayev", ("USRGOV",)),
        ("President George Bush", "George Bush", ("USAGOV",)),
    ],
)

_OSS = ("GEOREB", "GEOOPP", "GEOINS", "GEO", "GEOCVL")

TASS_DAGOMYS = Story(
    "itartass_dagomys_ossetia", "1992-06-24",
    """Yeltsin, Shevardnadze agree on South Ossetia ceasefire

DAGOMYS, June 24 (ITAR-TASS) - Russian President Boris Yeltsin and Georgian State Council chairman Eduard \
Shevardnadze signed an agreement here on Wednesday on settling the conflict in South Ossetia, providing for \
a ceasefire from June 28 and the withdrawal of armed units from the area.

Under the agreement, a joint force of Russian, Georgian and Ossetian peacekeepers will be deployed in the \
zone of conflict under a mixed control commission.

Shevardnadze said Georgia was ready to discuss the status of the region but would never accept its \
secession.

Leaders of the South Ossetian separatists, who took part in the talks, said they would observe the \
ceasefire but insisted on joining the Russian Federation.

More than 1,000 people have been killed since fighting between Georgians and Ossetians broke out in late \
1990.
""",
    events=[
        (("RUSGOV", "RUS"), ("GEOGOV", "GEO"), ("057", "080", "087", "030"), "signed an agreement here"),
        (("GEOGOV", "GEO"), ("RUSGOV", "RUS"), ("057", "080", "087", "030"), "signed an agreement here"),
        (("GEOGOV", "GEO"), _OSS, ("030", "031", "036", "040", "080", "083", "084", "086"),
         "ready to discuss the status"),
        (_OSS, ("GEOGOV", "GEO", "RUSGOV", "RUS"), ("030", "031", "032", "057", "080", "087", "083"),
         "would observe the"),
    ],
    also=[
        (("RUSGOV", "RUS", "GEOGOV", "GEO") + _OSS, ("RUSGOV", "RUS", "GEOGOV", "GEO") + _OSS,
         ("030", "031", "057", "087", "080", "074", "083"), "a joint force of Russian"),
        (("RUSGOV", "RUS"), ("GEOGOV", "GEO"), ("057", "030", "080", "087"), "Yeltsin, Shevardnadze agree"),
        (("GEOGOV", "GEO"), ("RUSGOV", "RUS"), ("057", "030", "080", "087"), "Yeltsin, Shevardnadze agree"),
        (("GEOGOV", "GEO"), _OSS, ("120", "125", "128"), "would never accept its"),
        (_OSS, ("GEOGOV", "GEO", "RUSGOV", "RUS"), ("100", "101", "104", "105", "030", "031", "036"),
         "insisted on joining"),
        (("RUSGOV", "RUS", "GEOGOV", "GEO") + _OSS, ("RUSGOV", "RUS", "GEOGOV", "GEO") + _OSS,
         ("040", "043", "046"), "took part in the talks"),
    ],
    none=["More than 1,000 people have been killed"],
    parties=[
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("chairman Eduard Shevardnadze", "Eduard Shevardnadze", ("GEOGOV",)),
    ],
)

_BLRLEG = ("BLRLEG", "BLROPP")

AP_MINSK = Story(
    "ap_minsk_lukashenko", "1996-11-19",
    """Belarus lawmakers move to impeach Lukashenko

MINSK, Belarus (AP) - Opposition lawmakers in Belarus began collecting signatures Tuesday to impeach \
President Alexander Lukashenko, accusing him of trampling the constitution with a referendum that would \
give him nearly unlimited power.

Lukashenko, a former collective farm director elected in 1994, called the impeachment drive an attempted \
coup and ordered the Interior Ministry to guard the state television building.

About 5,000 demonstrators marched through the capital to protest the referendum, and riot police beat \
several protesters with truncheons, witnesses said.

Russian Prime Minister Viktor Chernomyrdin flew to Minsk to mediate between the president and parliament \
speaker Semyon Sharetsky.

The European Union warned that it would not recognize the results of the vote if it went ahead.
""",
    events=[
        (_BLRLEG, ("BLRGOV", "BLR"), ("111", "112"), "accusing him of trampling"),
        (("BLRGOV",), _BLRLEG, ("111", "112"), "called the impeachment drive"),
        (("BLROPP", "BLRCVL"), ("BLRGOV", "BLR"), ("140", "141"), "demonstrators marched"),
        (("BLRCOP",), ("BLROPP", "BLRCVL"), ("180", "175", "182"), "riot police beat"),
        (("RUSGOV",), ("BLRGOV", "BLRLEG", "BLR", "BLROPP"), ("045", "046", "040", "042", "043"),
         "flew to Minsk to mediate"),
    ],
    also=[
        (_BLRLEG, ("BLRGOV", "BLR"), ("111", "112", "115", "172", "100"), "began collecting signatures"),
        (("BLRGOV",), ("BLRCOP", "BLRGOV", "BLR", "BLRMED") + _BLRLEG, ("150", "152", "172", "173", "175"),
         "ordered the Interior Ministry"),
        (("IGO",), ("BLRGOV", "BLR"), ("130", "131", "120", "125", "128", "138"), "would not recognize the"),
        (("BLR", "BLRGOV"), ("RUSGOV",), ("043", "040"), "flew to Minsk to mediate"),
    ],
    none=[],
    parties=[
        ("President Alexander Lukashenko", "Alexander Lukashenko", ("BLRGOV",)),
        ("Minister Viktor Chernomyrdin", "Viktor Chernomyrdin", ("RUSGOV",)),
        ("speaker Semyon Sharetsky", "Semyon Sharetsky", ("BLRLEG",)),
    ],
)

TASS_FLEET = Story(
    "itartass_kiev_fleet", "1997-05-28",
    """Russia, Ukraine sign Black Sea Fleet accords

KIEV, May 28 (ITAR-TASS) - The prime ministers of Russia and Ukraine, Viktor Chernomyrdin and Pavlo \
Lazarenko, on Wednesday signed three agreements dividing the former Soviet Black Sea Fleet and allowing \
Russia to base its share of the ships in the Crimean port of Sevastopol for 20 years.

Under the accords, Russia will pay Ukraine an annual rent of about 100 million dollars, to be deducted from \
Kiev's debt for Russian gas.

Ukrainian President Leonid Kuchma said the deal removed the main obstacle to a treaty of friendship, which \
he and Russian President Boris Yeltsin are expected to sign in Kiev on Saturday.

Crimean Tatar leaders protested that the agreements ignored their claims to land on the peninsula.

Nationalist deputies in the Russian State Duma denounced the accords as the surrender of a Russian city.

The fleet has been the subject of dispute since the break-up of the Soviet Union in 1991.
""",
    events=[
        (("RUSGOV", "RUS"), ("UKRGOV", "UKR"), ("057", "030", "080"), "signed three agreements"),
        (("UKRGOV", "UKR"), ("RUSGOV", "RUS"), ("057", "030", "080"), "signed three agreements"),
        (("UKRCVL", "UKROPP", "UKR", "UKRETH"), ("UKRGOV", "UKR", "RUSGOV", "RUS"), ("111", "112", "140",
         "141"),
         "Crimean Tatar leaders protested"),
        (("RUSLEG",), ("RUSGOV", "RUS", "UKRGOV", "UKR"), ("111", "112"), "denounced the accords"),
    ],
    also=[
        (("RUSGOV", "RUS"), ("UKRGOV", "UKR"), ("030", "031", "057", "061", "071"),
         "Russia will pay Ukraine"),
        (("UKRGOV",), ("RUSGOV", "RUS"), ("030", "031", "036", "057", "051"), "removed the main obstacle"),
        (("RUSGOV",), ("UKRGOV", "UKR"), ("030", "031", "036", "057"), "removed the main obstacle"),
    ],
    none=["The fleet has been the subject of dispute"],
    parties=[
        ("Viktor Chernomyrdin and", "Viktor Chernomyrdin", ("RUSGOV",)),
        ("and Pavlo Lazarenko", "Pavlo Lazarenko", ("UKRGOV",)),
        ("President Leonid Kuchma", "Leonid Kuchma", ("UKRGOV",)),
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
    ],
)

REUTERS_BALTIC = Story(
    "reuters_tallinn_withdrawal", "1994-08-31",
    """Last Russian troops leave Estonia and Latvia

TALLINN, Aug 31 (Reuters) - The last Russian combat troops left Estonia and Latvia on Wednesday, ending \
half a century of Soviet and Russian military presence in the Baltic states, and Estonian President \
Lennart Meri hailed the day as the true end of the Second World War.

A farewell ceremony at a Tallinn barracks was attended by Russian and Estonian officers, but Russia's \
ambassador stayed away in protest at Estonia's treatment of its Russian-speaking minority.

Russian President Boris Yeltsin, who agreed to the pullout at a meeting with Meri in July, has warned that \
Moscow will defend the rights of ethnic Russians in the Baltics.

Russia will keep about 500 servicemen at the Skrunda radar station in Latvia until 1998 under a separate \
deal.

The Estonian kroon was steady against the German mark in Tallinn trading.
""",
    events=[
        (("RUSMIL", "RUS", "RUSGOV"), ("EST", "ESTGOV"), ("087", "080", "081"), "left Estonia and Latvia"),
        (("RUSMIL", "RUS", "RUSGOV"), ("LVA", "LVAGOV"), ("087", "080", "081"), "left Estonia and Latvia"),
        (("RUSGOV", "RUS"), ("ESTGOV", "EST"), ("111", "112", "140", "141", "143", "125", "164"),
         "stayed away in protest"),
    ],
    also=[
        (("ESTGOV", "EST"), ("RUS", "RUSMIL", "RUSGOV"), ("050", "051", "010", "013"), "hailed the day"),
        (("RUSMIL", "ESTMIL"), ("RUSMIL", "ESTMIL", "EST", "RUS"), ("040", "043", "046"),
         "A farewell ceremony"),
        (("RUSGOV", "RUS"), ("EST", "ESTGOV", "LVA", "LVAGOV", "LTU"), ("130", "131", "138", "111", "112"),
         "has warned that Moscow"),
        (("RUSGOV", "RUS"), ("ESTGOV", "EST"), ("057", "080", "087", "040", "043"), "agreed to the pullout"),
        (("RUSMIL", "RUS", "RUSGOV"), ("EST", "ESTGOV"), ("087", "080"), "Last Russian troops leave"),
        (("RUSMIL", "RUS", "RUSGOV"), ("LVA", "LVAGOV"), ("087", "080"), "Last Russian troops leave"),
        (("RUSGOV", "RUS", "RUSMIL"), ("LVA", "LVAGOV"), ("057", "030", "080", "087"),
         "Russia will keep about 500"),
    ],
    none=["The Estonian kroon was steady"],
    parties=[
        ("President Lennart Meri", "Lennart Meri", ("ESTGOV",)),
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
    ],
)

_UZBISL = ("UZBRAD", "UZBREB", "UZBINS", "UZBREL", "UZBOPP", "UZB")

INTERFAX_TASHKENT = Story(
    "interfax_tashkent_bombs", "1999-02-16",
    """Six bombs rock Tashkent, Karimov blames Islamic radicals

TASHKENT, Feb 16 (Interfax) - At least 13 people were killed and more than 100 wounded when six car bombs \
exploded near government buildings in the centre of Tashkent on Tuesday, minutes before President Islam \
Karimov was due to address a cabinet meeting.

Karimov, who was unhurt, told reporters at the scene that the attacks were the work of religious extremists \
trained abroad and vowed to destroy them.

Police detained dozens of suspects in the Uzbek capital overnight and sealed the border with Tajikistan and \
Kyrgyzstan, the Interior Ministry said.

Russian President Boris Yeltsin sent Karimov a message of condolence and condemned the attack as a \
barbaric act of terrorism.

Karimov, a former Communist Party chief, has ruled Uzbekistan since 1989.
""",
    events=[
        (("UZBGOV",), _UZBISL, ("112", "111"), "the attacks were the work"),
        (("UZBGOV",), _UZBISL, ("138", "130", "190", "195"), "vowed to destroy them"),
        (("UZBCOP", "UZBGOV"), ("UZBCVL", "UZBCRM", "UZB") + _UZBISL, ("173",),
         "detained dozens of suspects"),
        (("RUSGOV",), ("UZBGOV", "UZB"), ("018", "010", "051"), "message of condolence"),
    ],
    also=[
        (_UZBISL, ("UZBGOV", "UZBCVL", "UZB"), ("180", "183", "190"), "six car bombs"),
        (("UZBCOP", "UZBGOV", "UZB"), ("TJK", "KGZ", "TJKGOV", "KGZGOV"), ("191", "172", "160", "163", "166"),
         "sealed the border"),
        (("RUSGOV",), _UZBISL, ("111", "112"), "condemned the attack"),
    ],
    none=["has ruled Uzbekistan since 1989"],
    parties=[
        ("President Islam Karimov", "Islam Karimov", ("UZBGOV",)),
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
    ],
)

_INDFORCE = ("INDMIL", "IND", "INDCOP", "INDGOV")

APP_KASHMIR = Story(
    "app_islamabad_srinagar", "1990-01-22",
    """Pakistan condemns killing of Kashmiri demonstrators

ISLAMABAD, Jan 22 (APP) - Pakistan on Monday strongly condemned the firing by Indian paramilitary forces on \
peaceful Kashmiri demonstrators in Srinagar, in which more than 35 people were killed, and called on the \
international community to take notice of the repression in occupied Kashmir.

A Foreign Office spokesman said the killings were a blatant violation of human rights and urged India to \
honour its commitment to a plebiscite under United Nations resolutions.

Prime Minister Benazir Bhutto telephoned the Secretary-General of the Organisation of the Islamic \
Conference and briefed him on the situation in the valley.

Thousands of people marched in Lahore and Muzaffarabad to express solidarity with the Muslims of the \
valley.

India imposed direct rule on the state on Friday and appointed Jagmohan as governor.

The dispute over Kashmir has caused two wars between India and Pakistan since 1947.
""",
    events=[
        (("PAK", "PAKGOV"), _INDFORCE, ("111", "112"), "strongly condemned the firing"),
        (("PAKGOV", "PAK"), ("IND", "INDGOV"), ("111", "112"), "blatant violation"),
        (("PAKGOV", "PAK"), ("IND", "INDGOV"), ("020", "025", "026", "028", "100", "101", "102", "103",
         "104"),
         "urged India to honour"),
        (("PAKGOV",), ("IGO",), ("040", "042", "043", "041"), "telephoned the Secretary-General"),
        (("IGO",), ("PAKGOV",), ("040", "042", "043", "041"), "telephoned the Secretary-General"),
    ],
    also=[
        (("PAK", "PAKGOV"), ("IGO", "IND", "INDGOV"), ("020", "025", "026", "028", "111"),
         "called on the international community"),
        (_INDFORCE, ("INDCVL", "INDOPP", "IND"), ("180", "190", "175", "195"),
         "strongly condemned the firing"),
        (("PAKCVL", "PAK", "PAKOPP"), ("IND", "INDGOV", "INDCVL", "INDMIL"), ("140", "141", "050", "051"),
         "marched in Lahore"),
        (("INDGOV", "IND"), ("IND", "INDCVL", "INDGOV", "INDLEG", "INDOPP"), ("172",), "imposed direct rule"),
    ],
    none=["The dispute over Kashmir has caused two wars"],
    parties=[
        ("Prime Minister Benazir Bhutto", "Benazir Bhutto", ("PAKGOV",)),
        ("appointed Jagmohan", "Jagmohan", ("INDGOV",)),
    ],
)

_AL = ("BGDOPP", "BGDPTY")

AFP_DHAKA = Story(
    "afp_dhaka_noncooperation", "1996-03-09",
    """Bangladesh opposition steps up campaign to oust Khaleda

DHAKA, March 9 (AFP) - Bangladesh's main opposition Awami League on Saturday launched an indefinite \
non-cooperation movement to force Prime Minister Khaleda Zia to resign, blockading roads, railways and river \
ports across the country and cutting the capital off from the rest of the nation.

Police fired tear gas and rubber bullets at stone-throwing opposition activists in the old quarter of \
Dhaka, injuring at least 50 people, witnesses said.

Awami League chief Sheikh Hasina, speaking to thousands of supporters outside her party's headquarters, \
rejected Khaleda's offer of talks and demanded that a neutral caretaker government be installed to hold \
fresh elections.

The Commonwealth secretary-general, Emeka Anyaoku, urged both sides to return to dialogue.

Bangladesh's garment exporters said the blockade had cost them millions of dollars in lost orders.
""",
    events=[
        (_AL, ("BGDGOV", "BGD"), ("140", "141", "143", "144", "145"), "launched an indefinite"),
        (("BGDCOP",), _AL + ("BGDCVL",), ("175", "180", "182"), "Police fired tear gas"),
        (_AL, ("BGDGOV", "BGD"), ("120", "125", "128"), "rejected Khaleda's offer"),
        (_AL, ("BGDGOV", "BGD"), ("100", "101", "104", "105", "106"), "demanded that a neutral"),
        (("IGO",), _AL + ("BGDGOV", "BGD"), ("020", "025", "026", "028", "100", "101", "040"),
         "urged both sides"),
    ],
    also=[
        (_AL, ("BGD", "BGDGOV", "BGDCVL"), ("140", "141", "143", "144", "145", "191"), "blockading roads"),
        (_AL + ("BGDCVL",), ("BGDCOP",), ("145", "180"), "stone-throwing"),
        (("BGDGOV",), _AL, ("030", "032", "036", "040"), "rejected Khaleda's offer"),
    ],
    none=["Bangladesh's garment exporters said"],
    parties=[
        ("Prime Minister Khaleda Zia", "Khaleda Zia", ("BGDGOV",)),
        ("chief Sheikh Hasina", "Sheikh Hasina", _AL),
        ("Emeka Anyaoku", "Emeka Anyaoku", ("IGO",)),
    ],
)

_NPLREB = ("NPLREB", "NPLINS", "NPLRAD")

AFP_KATHMANDU = Story(
    "afp_kathmandu_emergency", "2001-11-26",
    """Nepal declares emergency, deploys army against Maoists

KATHMANDU, Nov 26 (AFP) - King Gyanendra declared a nationwide state of emergency on Monday and ordered the \
Royal Nepal Army to crush the Maoist insurgency, after the rebels killed at least 48 police and soldiers in \
a wave of attacks that shattered a four-month truce.

The Maoists, who pulled out of peace talks with the government last week, overran an army barracks in the \
western district of Dang on Friday night and raided the district headquarters of Syangja.

Prime Minister Sher Bahadur Deuba said the rebels had been declared terrorists and vowed to restore peace \
within months.

India, which shares an open border with Nepal, said it would seal its frontier to stop rebels from fleeing \
and offered military help to Kathmandu.

The rebels launched their "people's war" in 1996 to replace the monarchy with a communist republic.
""",
    events=[
        (("NPLGOV",), ("NPL", "NPLCVL") + _NPLREB, ("172",), "declared a nationwide state"),
        (("NPLGOV",), _NPLREB, ("138", "130", "190", "150", "195"), "ordered the Royal Nepal Army"),
        (_NPLREB, ("NPLMIL",), ("190", "180", "181", "195"), "overran an army barracks"),
        (("IND", "INDGOV"), ("NPL", "NPLGOV"), ("030", "031", "033", "070", "071", "074"),
         "offered military help"),
    ],
    also=[
        (_NPLREB, ("NPLCOP", "NPLMIL", "NPL"), ("180", "190", "195"), "the rebels killed at least 48"),
        (_NPLREB, ("NPLGOV", "NPL", "NPLCOP"), ("190", "180", "181"), "raided the district headquarters"),
        (_NPLREB, ("NPLGOV", "NPL"), ("125", "120", "160", "164", "128"), "pulled out of peace talks"),
        (("NPLGOV",), _NPLREB, ("111", "112", "172", "173", "138", "130"), "had been declared terrorists"),
        (("NPLGOV",), ("NPL", "NPLCVL") + _NPLREB, ("030", "031", "036", "138"), "vowed to restore peace"),
        (("IND", "INDGOV"), _NPLREB + ("NPL", "NPLGOV"), ("030", "031", "191", "150", "172"),
         "would seal its frontier"),
    ],
    none=["The rebels launched their"],
    parties=[
        ("King Gyanendra", "Gyanendra", ("NPLGOV",)),
        ("Minister Sher Bahadur Deuba", "Sher Bahadur Deuba", ("NPLGOV",)),
    ],
)

_THAPRO = ("THAOPP", "THACVL", "THAEDU")

REUTERS_BANGKOK = Story(
    "reuters_bangkok_may1992", "1992-05-18",
    """Thai troops open fire on Bangkok protesters

BANGKOK, May 18 (Reuters) - Thai troops opened fire on tens of thousands of pro-democracy demonstrators in \
central Bangkok on Monday, killing at least 20 people, and Prime Minister Suchinda Kraprayoon declared a \
state of emergency in the capital and neighbouring provinces.

Protest leader Chamlong Srimuang, a former Bangkok governor who had been on hunger strike against \
Suchinda's appointment, was arrested by soldiers near Government House and taken away in handcuffs.

Witnesses said students set fire to a police station and several government vehicles on Rajdamnoen \
Avenue.

The United States, Japan and the European Community expressed concern over the bloodshed and called on the \
Thai government to show restraint.

Suchinda, the army commander who led a coup in February last year, became prime minister in April without \
standing for election.

The Thai baht weakened against the dollar in nervous trading.
""",
    events=[
        (("THAMIL",), _THAPRO, ("180", "190", "175", "195"), "opened fire on tens"),
        (("THAGOV",), ("THA", "THACVL") + _THAPRO, ("172",), "declared a state of emergency in the capital"),
        (("THAMIL",), ("THAOPP", "THACVL", "THAELI", "THAGOV"), ("173",), "was arrested by soldiers"),
        (("THAEDU", "THAOPP", "THACVL"), ("THACOP", "THAGOV", "THA"), ("145", "180", "141", "171"),
         "set fire to a police station"),
        (("USA", "USAGOV"), ("THAGOV", "THA", "THAMIL"), ("010", "012", "011", "018", "111"),
         "expressed concern over"),
        (("JPN", "JPNGOV"), ("THAGOV", "THA", "THAMIL"), ("010", "012", "011", "018", "111"),
         "expressed concern over"),
    ],
    also=[
        (("IGO",), ("THAGOV", "THA", "THAMIL"), ("010", "012", "011", "018", "111", "020", "025", "026",
         "028"),
         "expressed concern over"),
        (("USA", "USAGOV", "JPN", "JPNGOV"), ("THAGOV", "THA", "THAMIL"), ("020", "025", "026", "028", "100"),
         "expressed concern over"),
        (_THAPRO, ("THAGOV", "THA"), ("140", "141", "142"), "hunger strike"),
    ],
    none=["became prime minister in April", "The Thai baht weakened"],
    parties=[
        ("Prime Minister Suchinda Kraprayoon", "Suchinda Kraprayoon", ("THAGOV",)),
        ("Protest leader Chamlong Srimuang", "Chamlong Srimuang", ("THAOPP", "THAELI", "THACVL")),
    ],
)

_KORFORMER = ("KORELI", "KORGOV", "KORMIL", "KOR")

YONHAP_CHUN = Story(
    "yonhap_seoul_chun", "1996-08-26",
    """Chun sentenced to death, Roh to 22 1/2 years

SEOUL, Aug. 26 (Yonhap) -- The Seoul District Court on Monday sentenced former President Chun Doo-hwan to \
death and his successor Roh Tae-woo to 22 and a half years in prison for mutiny, treason and corruption, \
including their roles in the 1979 military coup and the bloody suppression of the Kwangju uprising in May \
1980.

The court also handed down prison terms of up to 10 years to 14 former generals who helped the two men \
seize power.

Prosecutors had demanded the death penalty for Chun and life imprisonment for Roh.

Lawyers for the two former presidents said they would appeal against the verdicts to the Seoul High Court.

Families of the victims of Kwangju, where troops killed at least 200 civilians according to official \
figures, welcomed the ruling but demanded that the former generals also be made to return the money they \
amassed in office.

In Pyongyang, North Korea's official news agency KCNA called the trial a farce staged by the southern \
puppets.

(END)
""",
    events=[
        (("KORJUD",), _KORFORMER, ("173", "115", "172", "111"), "sentenced former President"),
        (("KORJUD",), ("KORMIL", "KORELI", "KOR"), ("173", "115", "172", "111"), "handed down prison terms"),
        (("KORCVL", "KOR"), ("KORJUD", "KOR", "KORGOV"), ("051", "050"), "welcomed the ruling"),
        (("KORCVL", "KOR"), ("KORMIL", "KORELI", "KORGOV", "KORJUD", "KOR"), ("100", "101", "102", "104"),
         "demanded that the former generals"),
        (("PRK", "PRKGOV", "PRKMED"), ("KOR", "KORGOV", "KORJUD"), ("111", "112"),
         "called the trial a farce"),
    ],
    also=[
        (("KORJUD",), _KORFORMER, ("100", "115", "173", "111"), "Prosecutors had demanded"),
        (_KORFORMER + ("KORJUD", "KORLEG"), ("KORJUD",), ("115", "030", "036", "120"), "would appeal"),
        (("KORMIL",), ("KORCVL", "KOR"), ("180", "190", "175", "195"), "where troops killed"),
    ],
    none=["(END)"],
    parties=[
        ("former President Chun Doo-hwan", "Chun Doo-hwan", ("KORELI", "KORGOV")),
        ("successor Roh Tae-woo", "Roh Tae-woo", ("KORELI", "KORGOV")),
    ],
)

REUTERS_SUVA = Story(
    "reuters_suva_rabuka", "1987-05-14",
    """Fiji army officer seizes power, detains prime minister

SUVA, May 14 (Reuters) - Armed soldiers led by Lieutenant-Colonel Sitiveni Rabuka stormed Fiji's parliament \
on Thursday, detained Prime Minister Timoci Bavadra and his cabinet and announced that the army had taken \
control of the South Pacific nation.

Rabuka, the army's third-ranking officer, said in a radio broadcast that he had acted to prevent bloodshed \
between indigenous Fijians and ethnic Indians, who dominate Bavadra's month-old coalition government.

Governor-General Ratu Sir Penaia Ganilau declared a state of emergency and called on the soldiers to return \
to their barracks.

Australian Prime Minister Bob Hawke condemned the coup and said Canberra was suspending its defence aid to \
Fiji, while New Zealand said it was considering economic sanctions.

Indian community leaders in Suva said ethnic Indians feared for their safety.

Fiji gained independence from Britain in 1970.
""",
    events=[
        (("FJIMIL",), ("FJILEG", "FJIGOV", "FJI"), ("180", "181", "182", "173", "190", "195"),
         "stormed Fiji's parliament"),
        (("FJIMIL",), ("FJIGOV",), ("173", "181"), "detained Prime Minister"),
        (("FJIGOV",), ("FJI", "FJICVL", "FJIMIL"), ("172",), "declared a state of emergency"),
        (("FJIGOV",), ("FJIMIL",), ("020", "023", "025", "026", "028", "100", "101", "102", "103", "104"),
         "called on the soldiers"),
        (("AUSGOV", "AUS"), ("FJIMIL", "FJI", "FJIGOV"), ("111", "112"), "condemned the coup"),
        (("AUSGOV", "AUS"), ("FJI", "FJIGOV", "FJIMIL"), ("162", "160", "163", "166"),
         "suspending its defence aid"),
    ],
    also=[
        (("FJIMIL",), ("FJI", "FJIGOV"), ("172", "180", "173", "175", "010"), "announced that the army"),
        (("NZL", "NZLGOV"), ("FJI", "FJIGOV", "FJIMIL"), ("130", "131", "163", "160", "036", "030"),
         "considering economic sanctions"),
        (("FJIMIL",), ("FJI", "FJICVL", "FJIGOV"), ("010", "012", "013"), "had acted to prevent"),
        (("FJICVL", "FJI", "INDCVL", "IND", "FJIOPP"), ("FJIMIL", "FJI"), ("010", "012", "018", "111"),
         "feared for their safety"),
    ],
    none=["Fiji gained independence from Britain in 1970."],
    parties=[
        ("Lieutenant-Colonel Sitiveni Rabuka", "Sitiveni Rabuka", ("FJIMIL",)),
        ("Prime Minister Timoci Bavadra", "Timoci Bavadra", ("FJIGOV",)),
        ("Governor-General Ratu Sir Penaia Ganilau", "Penaia Ganilau", ("FJIGOV",)),
        ("Prime Minister Bob Hawke", "Bob Hawke", ("AUSGOV",)),
    ],
)

_RUSHDIE = ("GBR", "GBRCVL", "GBRMED", "IND", "INDCVL", "GBRBUS")

IRNA_RUSHDIE = Story(
    "irna_tehran_rushdie", "1989-02-15",
    """Imam Khomeini sentences author of Satanic Verses to death

TEHRAN, Feb. 15 (IRNA) -- The leader of the Islamic revolution, Imam Khomeini, on Tuesday issued a \
religious decree sentencing to death Salman Rushdie, the author of the blasphemous book "The Satanic \
Verses", and all the publishers who knew its contents.

In the decree, read on Tehran radio, the Imam called on zealous Muslims throughout the world to execute \
them quickly wherever they find them.

Thousands of people gathered outside the British embassy in Tehran on Wednesday, chanting slogans against \
Britain and the book, and some protesters threw stones at the building.

Foreign Minister Ali Akbar Velayati said the Islamic Republic would review its relations with any country \
that allowed the book to be published.

The British Foreign Office summoned Iran's charge d'affaires in London to protest against the decree.

The book has been banned in India, Pakistan and several other Muslim countries.
""",
    events=[
        (("IRNGOV", "IRNREL", "IRN"), _RUSHDIE, ("138", "130", "173", "180", "111", "112"),
         "issued a religious decree"),
        (("IRNCVL", "IRNOPP", "IRN"), ("GBR", "GBRGOV"), ("140", "141", "145"),
         "gathered outside the British"),
        (("GBRGOV", "GBR"), ("IRNGOV", "IRN"), ("111", "112", "130", "140", "161", "160"),
         "summoned Iran's charge"),
    ],
    also=[
        (("IRNGOV", "IRNREL", "IRN"), ("REL", "IRNREL", "IRNCVL") + _RUSHDIE, ("020", "025", "138", "130"),
         "called on zealous Muslims"),
        (("IRNCVL", "IRNOPP", "IRN"), ("GBR", "GBRGOV"), ("145", "180"), "threw stones"),
    ],
    none=["Foreign Minister Ali Akbar Velayati said", "The book has been banned"],
    parties=[
        ("Imam Khomeini", "Khomeini", ("IRNGOV", "IRNREL")),
        ("Minister Ali Akbar Velayati", "Ali Akbar Velayati", ("IRNGOV",)),
    ],
)

_ALLIES = ("USA", "USAMIL", "USAGOV", "GBR", "GBRMIL", "GBRGOV", "FRA", "FRAMIL", "FRAGOV")

DPA_NOFLY = Story(
    "dpa_baghdad_nofly", "1993-01-14",
    """Iraq vows to keep challenging allied no-fly zone after air raid

BAGHDAD, Jan 14 (dpa) - Iraq on Thursday vowed to continue challenging the allied air exclusion zone over \
the south of the country, a day after more than 100 American, British and French warplanes bombed Iraqi \
missile batteries and radar installations there.

President Saddam Hussein, in a message read on state radio, called the raid a cowardly aggression and urged \
Iraqis to prepare for a long confrontation.

Iraqi officials said 19 people, among them civilians, were killed in the attack near Basra and Nasiriyah.

The White House said the strikes had been carried out because Baghdad had moved missiles into the zone in \
defiance of the allies' demands, and warned that further action would follow if Iraq did not comply.

Iraq has meanwhile barred U.N. weapons inspectors from using their own aircraft to fly into the country.

dpa kl ar
""",
    events=[
        (("IRQGOV", "IRQ"), _ALLIES, ("120", "124", "125", "128", "130", "138", "150"),
         "vowed to continue challenging"),
        (("IRQGOV",), _ALLIES, ("111", "112"), "called the raid a cowardly"),
        (("USAGOV", "USA"), ("IRQ", "IRQGOV", "IRQMIL"), ("130", "131", "138"), "warned that further action"),
        (("IRQGOV", "IRQ"), ("IGO",), ("120", "124", "125", "128", "129", "160", "166", "172", "163", "191"),
         "barred U.N. weapons inspectors"),
    ],
    also=[
        (_ALLIES, ("IRQMIL", "IRQ", "IRQGOV"), ("190", "195", "180"), "warplanes bombed"),
        (("IRQGOV",), ("IRQCVL", "IRQ", "IRQMIL"), ("020", "025", "026"), "urged Iraqis to prepare"),
        (_ALLIES, ("IRQCVL", "IRQ", "IRQMIL"), ("190", "195", "180"), "were killed in the attack"),
        (("USAGOV", "USA"), ("IRQ", "IRQGOV", "IRQMIL"), ("190", "195", "112", "111"),
         "the strikes had been"),
        (("IRQGOV", "IRQ", "IRQMIL"), _ALLIES, ("150", "152", "120", "128"), "the strikes had been"),
    ],
    none=["dpa kl ar"],
    parties=[
        ("President Saddam Hussein", "Saddam Hussein", ("IRQGOV",)),
    ],
)

_GAMAA = ("EGYREB", "EGYINS", "EGYRAD", "EGYREL", "EGYOPP", "EGYUAF")
_TOURISTS = ("EGYCVL", "EGY", "CHE", "CHECVL", "JPN", "JPNCVL", "GBR", "GBRCVL", "DEU", "DEUCVL", "EGYBUS")

MENA_LUXOR = Story(
    "mena_cairo_luxor", "1997-11-18",
    """Mubarak vows to pursue Luxor killers

CAIRO, Nov. 18 (MENA) - Six gunmen armed with automatic rifles and knives attacked tourists at the Temple \
of Hatshepsut in Luxor on Monday, killing at least 58 foreigners and four Egyptians before security forces \
killed the attackers in a shootout in the hills nearby, the Interior Ministry announced.

President Hosni Mubarak, who flew to Luxor on Tuesday, condemned the massacre as a criminal act alien to \
Egypt and vowed that security forces would pursue the terrorists and their backers.

The outlawed Gamaa Islamiya claimed responsibility for the attack in a statement faxed to a news agency in \
Cairo.

Swiss President Arnold Koller, whose country lost 35 citizens in the attack, expressed his horror and \
Switzerland sent an aircraft to bring the wounded home.

Tourism, which earned Egypt about 3.7 billion dollars last year, is the country's largest source of foreign \
currency.
""",
    events=[
        (_GAMAA + ("EGY",), _TOURISTS, ("180", "181", "183", "186", "190", "195", "200", "202"),
         "attacked tourists"),
        (("EGYGOV",), _GAMAA + ("EGY",), ("111", "112"), "condemned the massacre"),
    ],
    also=[
        (("EGYCOP", "EGYMIL", "EGYGOV", "EGY"), _GAMAA + ("EGY",), ("190", "180", "195", "173"),
         "killed the attackers"),
        (("EGYGOV",), _GAMAA + ("EGY",), ("138", "130", "173", "190"), "vowed that security forces"),
        (("CHEGOV", "CHE"), _GAMAA + ("EGY", "EGYCVL", "EGYGOV"), ("010", "018", "111"),
         "expressed his horror"),
        (("CHEGOV", "CHE"), ("CHECVL", "EGY", "EGYGOV"), ("030", "070", "073", "074"), "sent an aircraft"),
    ],
    none=["Tourism, which earned Egypt"],
    parties=[
        ("President Hosni Mubarak", "Hosni Mubarak", ("EGYGOV",)),
        ("President Arnold Koller", "Arnold Koller", ("CHEGOV",)),
        ("The outlawed Gamaa Islamiya", "Gamaa Islamiya", _GAMAA),
    ],
)

_LRA = ("UGAREB", "UGAINS")

REUTERS_KAMPALA = Story(
    "reuters_kampala_lra", "1996-04-24",
    """Uganda accuses Sudan of arming northern rebels

KAMPALA, April 24 (Reuters) - Uganda on Wednesday accused Sudan of arming and training the rebel Lord's \
Resistance Army, which it said had killed more than 100 civilians in the northern districts of Gulu and \
Kitgum since February, and threatened to pursue the rebels across the border.

Rebels of the cult-like movement led by Joseph Kony ambushed a convoy of buses on the Gulu-Kitgum road on \
Monday, killing at least 40 passengers, the army said.

President Yoweri Museveni told a rally in Gulu that the army would crush the rebels before the end of the \
year and urged the Acholi people of the north to stop sheltering them.

Sudan's government denied the charge and said Kampala was itself supporting John Garang's Sudan People's \
Liberation Army in the south.

Sudan and Uganda broke off diplomatic relations last year.

The Ugandan shilling was little changed against the dollar.
""",
    events=[
        (("UGA", "UGAGOV"), ("SDN", "SDNGOV"), ("112", "111"), "accused Sudan of arming"),
        (("UGA", "UGAGOV"), _LRA + ("SDN", "SDNGOV"), ("138", "130", "131"), "threatened to pursue"),
        (_LRA, ("UGACVL", "UGA", "UGABUS"), ("180", "190", "181", "195", "183"), "ambushed a convoy"),
        (("UGAGOV",), _LRA, ("138", "130", "190"), "would crush the rebels"),
        (("UGAGOV",), ("UGACVL", "UGA", "UGAETH", "UGAOPP"), ("020", "025", "026", "028", "100", "101"),
         "urged the Acholi"),
        (("SDNGOV", "SDN"), ("UGA", "UGAGOV"), ("112", "111"), "said Kampala was itself"),
    ],
    also=[
        (_LRA, ("UGACVL", "UGA"), ("180", "190", "195"), "had killed more than 100"),
        (("SDN", "SDNGOV"), ("UGA", "UGAGOV"), ("016", "010", "012"), "denied the charge"),
        (("SDN", "SDNGOV", "UGA", "UGAGOV"), ("SDN", "SDNGOV", "UGA", "UGAGOV"), ("161", "160"),
         "broke off diplomatic"),
    ],
    none=["The Ugandan shilling"],
    parties=[
        ("led by Joseph Kony", "Joseph Kony", _LRA),
        ("President Yoweri Museveni", "Yoweri Museveni", ("UGAGOV",)),
        ("John Garang's", "John Garang", ("SDNREB", "SDNINS")),
    ],
)

XINHUA_MFN = Story(
    "xinhua_beijing_mfn", "1994-05-27",
    """China welcomes U.S. decision to renew MFN status

BEIJING, May 27 (Xinhua) -- China today welcomed U.S. President Bill Clinton's decision to renew its \
most-favored-nation trade status and to separate trade from human rights, calling it a wise move that would \
benefit both countries.

Foreign Ministry spokesman Wu Jianmin told a news briefing that the Chinese government had always held that \
linking trade with human rights was wrong, and hoped the United States would lift its remaining sanctions \
imposed in 1989.

Wu said China was ready to expand cooperation with the United States in trade, science and technology on the \
basis of equality and mutual benefit.

Vice-Premier Li Lanqing, meeting a delegation of American businessmen in Beijing this afternoon, said \
Chinese enterprises would buy more aircraft and grain from the United States.

Sino-U.S. trade reached 40 billion dollars last year, according to Chinese customs figures.
""",
    events=[
        (("CHN", "CHNGOV"), ("USAGOV", "USA"), ("051", "050"), "welcomed U.S. President"),
        (("CHNGOV", "CHN"), ("USA", "USAGOV"), ("020", "023", "024", "028", "100", "101"),
         "hoped the United States would lift"),
        (("CHNGOV", "CHN"), ("USA", "USAGOV"), ("030", "031", "036"), "ready to expand cooperation"),
        (("CHNGOV",), ("USABUS", "USA"), ("040", "042", "043", "046"), "meeting a delegation"),
    ],
    also=[
        (("USAGOV", "USA"), ("CHN", "CHNGOV"), ("030", "031", "061", "064", "070", "081", "085"),
         "decision to renew"),
        (("USABUS", "USA"), ("CHNGOV", "CHN"), ("040", "042", "043", "046"), "meeting a delegation"),
        (("CHNGOV", "CHN", "CHNBUS"), ("USA", "USABUS", "USAGOV"), ("030", "031", "061"), "would buy more"),
        (("CHNGOV", "CHN"), ("USA", "USAGOV"), ("111", "112"), "linking trade with human rights"),
    ],
    none=["Sino-U.S. trade reached"],
    parties=[
        ("President Bill Clinton", "Bill Clinton", ("USAGOV",)),
        ("spokesman Wu Jianmin", "Wu Jianmin", ("CHNGOV",)),
        ("Vice-Premier Li Lanqing", "Li Lanqing", ("CHNGOV",)),
    ],
)

_VETS = ("ZWEMIL", "ZWECVL", "ZWEOPP", "ZWEVET", "ZWE", "ZWEPTY", "ZWEGOV")
_FARM = ("ZWEBUS", "ZWEAGR", "ZWECVL", "ZWE", "ZWELAB")

AFP_HARARE = Story(
    "afp_harare_farms", "2000-04-06",
    """Mugabe refuses to remove squatters from white-owned farms

HARARE, April 6 (AFP) - President Robert Mugabe on Thursday defied a High Court order to evict thousands of \
self-styled war veterans from more than 800 white-owned farms, saying the police would not be used against \
people reclaiming land stolen by colonialists.

Veterans of the 1970s liberation war, armed with axes and clubs, have occupied the farms since February, \
and the Commercial Farmers Union said its members had been beaten and threatened with death.

Police arrested two farm workers after clashes on a farm near Marondera, east of the capital, in which a \
veteran was stabbed.

Britain's Foreign Office minister Peter Hain accused Mugabe of whipping up racial hatred ahead of \
parliamentary elections and said London had frozen military exports to Zimbabwe.

Parliament last week passed an amendment allowing the government to seize white-owned land without \
compensation.

Zimbabwe's tobacco auctions, the main foreign currency earner, opened late because of the unrest.
""",
    events=[
        (("ZWEGOV",), ("ZWEJUD",), ("120", "124", "125", "128"), "defied a High Court order"),
        (("ZWECOP",), _FARM, ("173",), "arrested two farm workers"),
        (("GBRGOV", "GBR"), ("ZWEGOV", "ZWE"), ("112", "111"), "accused Mugabe"),
        (("GBRGOV", "GBR"), ("ZWE", "ZWEGOV", "ZWEMIL"), ("162", "163", "160"), "frozen military exports"),
    ],
    also=[
        (_VETS, _FARM, ("192", "180", "181", "182", "190", "145", "141", "171", "175", "130", "138"),
         "have occupied the farms"),
        (("ZWEBUS", "ZWEAGR", "ZWELAB", "ZWE"), _VETS, ("112", "111"), "its members had been beaten"),
        (_FARM + _VETS, _FARM + _VETS, ("180", "190", "182", "145"), "after clashes"),
    ],
    none=["Parliament last week passed", "Zimbabwe's tobacco auctions"],
    parties=[
        ("President Robert Mugabe", "Robert Mugabe", ("ZWEGOV",)),
        ("minister Peter Hain", "Peter Hain", ("GBRGOV",)),
    ],
)

_ANC = ("ZAFOPP", "ZAFREB", "ZAFPTY", "ZAFINS")

REUTERS_DEKLERK = Story(
    "reuters_capetown_deklerk", "1990-02-02",
    """De Klerk lifts ANC ban, says Mandela will be freed

CAPE TOWN, Feb 2 (Reuters) - South African President F.W. de Klerk on Friday lifted a 30-year ban on the \
African National Congress and other anti-apartheid groups and announced that Nelson Mandela, the jailed ANC \
leader, would be released soon without conditions.

In a speech opening parliament, de Klerk also lifted restrictions on 33 organisations, freed political \
prisoners not convicted of violence and suspended the death penalty.

The ANC, speaking from its exile headquarters in Lusaka, welcomed the moves but said the armed struggle \
would continue until apartheid was dismantled.

Conservative Party leader Andries Treurnicht walked out of the chamber with his MPs and accused the \
president of betraying the white nation.

Thousands of ANC supporters danced in the streets of Cape Town's townships.

The ANC was banned in 1960 after police killed 69 black protesters at Sharpeville.
""",
    events=[
        (("ZAFGOV",), _ANC + ("ZAF",), ("081", "080"), "lifted a 30-year ban"),
        (("ZAFGOV",), _ANC + ("ZAF", "ZAFCVL"), ("030", "031", "084", "080", "081", "036"),
         "would be released soon"),
        (_ANC, ("ZAFGOV", "ZAF"), ("051", "050"), "welcomed the moves"),
        (("ZAFPTY", "ZAFLEG", "ZAFOPP"), ("ZAFGOV",), ("112", "111"), "accused the president of betraying"),
    ],
    also=[
        (("ZAFGOV",), _ANC + ("ZAF", "ZAFCVL", "ZAFCRM"), ("081", "084", "080", "082"), "freed political"),
        (_ANC, ("ZAFGOV", "ZAF"), ("138", "130", "190", "120", "128"), "the armed struggle"),
        (("ZAFPTY", "ZAFLEG", "ZAFOPP"), ("ZAFGOV", "ZAFLEG"), ("140", "141", "143", "111"), "walked out"),
    ],
    none=["Thousands of ANC supporters danced", "The ANC was banned in 1960"],
    parties=[
        ("President F.W. de Klerk", "F.W. de Klerk", ("ZAFGOV",)),
        ("that Nelson Mandela", "Nelson Mandela", _ANC),
        ("leader Andries Treurnicht", "Andries Treurnicht", ("ZAFPTY", "ZAFLEG", "ZAFOPP")),
    ],
)

_FMLN = ("SLVREB", "SLVINS", "SLVOPP")

EFE_CHAPULTEPEC = Story(
    "efe_mexico_chapultepec", "1992-01-16",
    """El Salvador government and guerrillas sign peace accord

MEXICO CITY, Jan 16 (EFE) - Salvadoran President Alfredo Cristiani and the five commanders of the \
Farabundo Marti National Liberation Front (FMLN) signed a peace accord in Mexico City's Chapultepec Castle \
on Thursday, formally ending 12 years of civil war in which more than 75,000 people died.

Under the agreement, the army will be reduced by half over two years, the National Police will be replaced \
by a new civilian force and the guerrillas will hand over their weapons to United Nations observers by \
October.

U.N. Secretary-General Boutros Boutros-Ghali, who presided over the ceremony together with Mexican President \
Carlos Salinas de Gortari, praised both sides for their courage and pledged the world body's help in \
carrying out the accord.

FMLN commander Schafik Handal, embracing Cristiani at the end of the ceremony, said the rebels would become \
a political party and take part in the 1994 elections.

Right-wing groups in San Salvador accused Cristiani of handing the country to the communists.

The United States backed the Salvadoran army with more than 4 billion dollars during the war.
""",
    events=[
        (("SLVGOV", "SLV"), _FMLN, ("057", "080", "087"), "signed a peace accord"),
        (_FMLN, ("SLVGOV", "SLV"), ("057", "080", "087"), "signed a peace accord"),
        (("IGO",), _FMLN + ("SLVGOV", "SLV"), ("051", "050"), "praised both sides"),
        (("IGO",), _FMLN + ("SLVGOV", "SLV"), ("030", "031", "033", "070", "071"), "pledged the world body"),
        (("SLVOPP", "SLVPTY", "SLVCVL", "SLV", "SLVRAD"), ("SLVGOV",), ("112", "111"),
         "accused Cristiani of handing"),
    ],
    also=[
        (("SLVGOV", "SLV") + _FMLN, ("SLVGOV", "SLV", "IGO") + _FMLN, ("087", "080", "083", "057", "030"),
         "Under the agreement"),
        (("SLVGOV", "SLV"), _FMLN, ("057", "080", "087"), "government and guerrillas sign"),
        (_FMLN, ("SLVGOV", "SLV"), ("057", "080", "087"), "government and guerrillas sign"),
        (("IGO", "MEXGOV"), ("SLVGOV", "SLV") + _FMLN, ("040", "043", "045", "046"), "presided over"),
        (("MEXGOV",), ("SLVGOV", "SLV", "IGO") + _FMLN, ("040", "043", "045", "046"), "praised both sides"),
        (_FMLN, ("SLVGOV", "SLV"), ("030", "031", "036", "040", "043", "050", "051", "057", "080", "083"),
         "embracing Cristiani"),
    ],
    none=["The United States backed the Salvadoran army"],
    parties=[
        ("President Alfredo Cristiani", "Alfredo Cristiani", ("SLVGOV",)),
        ("Secretary-General Boutros Boutros-Ghali", "Boutros Boutros-Ghali", ("IGO",)),
        ("Carlos Salinas de Gortari", "Carlos Salinas de Gortari", ("MEXGOV",)),
        ("commander Schafik Handal", "Schafik Handal", _FMLN),
    ],
)

_VENREB = ("VENMIL", "VENREB", "VENINS", "VENOPP")

REUTERS_CARACAS = Story(
    "reuters_caracas_chavez", "1992-02-04",
    """Venezuela crushes army revolt, Perez survives

CARACAS, Feb 4 (Reuters) - Rebel paratroopers led by Lieutenant-Colonel Hugo Chavez attacked the \
presidential palace and the defence ministry in Caracas before dawn on Tuesday in a failed attempt to \
overthrow President Carlos Andres Perez, who escaped to a television station and called on loyal troops to \
crush the uprising.

After hours of fighting in which at least 17 soldiers were killed, Chavez surrendered and, in a brief \
television appearance, urged his comrades in other cities to lay down their arms.

The government suspended constitutional guarantees and closed the country's airports.

U.S. President George Bush telephoned Perez to express his support, and the Organization of American States \
condemned the coup attempt.

Analysts said Perez's austerity programme, backed by the International Monetary Fund, had fuelled anger in \
the barracks.

Oil prices were steady in New York trading.
""",
    events=[
        (_VENREB, ("VENGOV", "VEN", "VENMIL"), ("180", "190", "181", "195"),
         "attacked the presidential palace"),
        (_VENREB, ("VENGOV", "VEN", "VENMIL"), ("087", "080", "081"), "Chavez surrendered"),
        (("VENGOV",), ("VEN", "VENCVL"), ("172",), "suspended constitutional"),
        (("USAGOV",), ("VENGOV",), ("040", "041", "042", "043"), "telephoned Perez"),
        (("VENGOV",), ("USAGOV",), ("040", "041", "042", "043"), "telephoned Perez"),
        (("IGO",), _VENREB, ("111", "112"), "condemned the coup"),
    ],
    also=[
        (("VENGOV",), ("VENMIL",) + _VENREB, ("020", "025", "026", "028", "138", "130", "190"),
         "called on loyal troops"),
        (_VENREB + ("VENGOV",), _VENREB + ("VENGOV", "VEN"), ("190", "180", "195"),
         "After hours of fighting"),
        (_VENREB, _VENREB, ("020", "025", "026", "028", "087"), "urged his comrades"),
        (("VENGOV",), ("VEN", "VENCVL", "VENBUS"), ("172", "191", "160"), "closed the country's airports"),
        (("USAGOV",), ("VENGOV",), ("050", "051", "010", "013"), "telephoned Perez"),
    ],
    none=["Analysts said Perez's", "Oil prices were steady"],
    parties=[
        ("Lieutenant-Colonel Hugo Chavez", "Hugo Chavez", _VENREB),
        ("President Carlos Andres Perez", "Carlos Andres Perez", ("VENGOV",)),
        ("President George Bush", "George Bush", ("USAGOV",)),
    ],
)


STORIES: list[Story] = [PAP_ROUNDTABLE, REUTERS_BUCHAREST, CTK_PRAGUE, REUTERS_MOSCOW_COUP, TASS_DAGOMYS,
                        AP_MINSK, TASS_FLEET, REUTERS_BALTIC, INTERFAX_TASHKENT, APP_KASHMIR, AFP_DHAKA,
                        AFP_KATHMANDU, REUTERS_BANGKOK, YONHAP_CHUN, REUTERS_SUVA, IRNA_RUSHDIE, DPA_NOFLY,
                        MENA_LUXOR, REUTERS_KAMPALA, XINHUA_MFN, AFP_HARARE, REUTERS_DEKLERK, EFE_CHAPULTEPEC,
                        REUTERS_CARACAS]


if __name__ == "__main__":
    main(STORIES, "stories31")
