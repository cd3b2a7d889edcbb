"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (twenty-fifth
session, wip/stories27): Latin America, Africa (the Sahel, the Horn, the Great Lakes, southern Africa),
Central and South-East Asia and the Pacific; trade disputes and tariffs, disputed elections, courts,
extraditions, migration and border deals, energy and water, aid deliveries, peacekeeping mandates, state
visits with agreements signed, and sanctions lifted or eased.

Written in our own words before the coder ran on any of them, in house styles stories22-26 use little:
Anadolu ("ANKARA (AA) -" over a story from elsewhere, and its subscriber notice), TASS ("MOSCOW, March 3.
/TASS/." over stories from Burkina Faso and Central Asia), Kyodo ("TOKYO, July 8 Kyodo -", "==Kyodo"),
Bernama ("KUALA LUMPUR, Jan 5 (Bernama) --", "-- BERNAMA"), EFE ("Mexico City, Apr 11 (EFE).-" and its
tail codes), ANSA ("ROME, October 18 (ANSA) -"), Prensa Latina, APA ("Baku. January 17. APA."), the
News Agency of Nigeria ("Abuja, Feb. 24, 2024 (NAN)"), IANS ("New Delhi, Dec 23 (IANS)" and "--IANS"),
Antara ("Jakarta (ANTARA) -"), PNA (an undated "MANILA -" lead), Yonhap's "(LEAD)" versions with their
"(ATTN: ...)" line, AAP, the Caribbean Media Corporation ("GEORGETOWN, Guyana, May 1, CMC -") and New
Ziana, beside Reuters, AFP, AP and Xinhua. They include non-events: history, plans, conditions, market
lines, a sports result, weather lines and agency furniture.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, "A said B attacked C" is A -> B 112 alone, a conditional or a denial is
no act, a phone call is 040 both ways, a state visit a 042 / 043 pair, signing an agreement 057 both
ways, a court's conviction 116, easing or lifting sanctions 085, imposing them or tariffs 163, a
deportation 174.

Run `python tests/events/stories27.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories27 at 3dba8d5, main's code 3c45073, before any change): of the 96 required events 64
were coded at country + root and 62 at actor + root; of the coded triples 65 were right, 22 accepted, none
duplicated and 28 wrong; 2 of the 61 non-event paragraphs were coded; of 91 parties 81 were right, 3
wrong and 7 unresolved.

Three kinds of list correction after the first run, where the coder's reading is the guide's and the list
had left it out: a headline restating an act told in the body is accepted ("eases measures on Guinea,
Mali", "Egypt protests to UN Security Council"), a plan stated as intent is 036 beside the visit codes
("said she would travel to the Netherlands", "Yoon will travel to Uzbekistan"), and "agreed to expand
cooperation" is intent (03x) beside the signing of the same sentence. Main scored on the corrected lists:
64 / 62; right 65, accepted 28, duplicated 0, wrong 22; non-events coded 2 of 61; parties 81 / 3 / 7.

After the branch's fixes (wip/stories27: regional datelines, the speaker's conjunct, sanctions ended and
tariffs ordered, the agreement signed before, a possessive country over the dateline, a passive arrest
told by the state, envoys recalled from a list, the act a reaction answers in its after-clause, courts
named as councils, a role placed by the in-phrase after it, a past-tense verb beside a frame verb):
82 / 80; right 86, accepted 29, duplicated 0, wrong 17; non-events coded 2 of 61; parties right 82,
wrong 2, unresolved 7. What still fails is a strict xfail in tests/events/test_stories27.py with its
reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

ANKARA_SOMALIA = Story(
    "aa_ankara_somalia", "2024-03-07",
    """Türkiye, Somalia sign oil and gas exploration deal during Mohamud's visit

ANKARA (AA) - Turkish President Recep Tayyip Erdogan hosted Somali President Hassan Sheikh Mohamud at the \
presidential complex in Ankara on Thursday, and the two leaders signed an agreement on oil and gas \
exploration off the Somali coast.

Energy Minister Alparslan Bayraktar said a Turkish seismic research vessel would begin surveys in three \
offshore blocks next month.

Erdogan said Türkiye would continue to stand by the Somali people and announced a further 50 million \
dollars in humanitarian aid for drought-hit regions of Somalia.

Mohamud thanked Türkiye for its support and said the agreement would "open a new chapter" in relations \
between the two countries.

Egypt's Foreign Ministry welcomed the agreement in a statement on Friday.

Türkiye has run its largest overseas military training base in Mogadishu since 2017.

Brent crude traded at 78.40 dollars a barrel on Thursday afternoon.

Reporting by Zehra Nur Duz
""",
    events=[
        (("TURGOV",), ("SOMGOV",), ("043", "040"), "hosted Somali President"),
        (("TURGOV", "TUR"), ("SOMGOV", "SOM"), ("057", "050"), "signed an agreement on oil"),
        (("SOMGOV", "SOM"), ("TURGOV", "TUR"), ("057", "050"), "signed an agreement on oil"),
        (("TURGOV", "TUR"), ("SOM", "SOMCVL", "SOMGOV"), ("073", "070", "071"),
         "humanitarian aid for drought"),
        (("SOMGOV",), ("TUR", "TURGOV"), ("051", "050"), "Mohamud thanked Türkiye"),
        (("EGYGOV", "EGY"), ("TUR", "TURGOV", "SOM", "SOMGOV"), ("051", "050"), "welcomed the agreement"),
    ],
    also=[
        (("SOMGOV",), ("TURGOV",), ("042", "040"), "hosted Somali President"),
        (("TURGOV", "TUR"), ("SOM", "SOMCVL", "SOMGOV"), ("051", "050", "030", "033"),
         "humanitarian aid for drought"),
        (("SOMGOV",), ("TUR", "TURGOV"), ("050", "030"), "Mohamud thanked Türkiye"),
    ],
    none=["a Turkish seismic research vessel", "Türkiye has run its largest", "Brent crude traded",
          "Reporting by Zehra"],
    parties=[
        ("Turkish President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", ("TURGOV",)),
        ("Somali President Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", ("SOMGOV",)),
        ("Energy Minister Alparslan Bayraktar", "Alparslan Bayraktar", ("TURGOV",)),
        ("Egypt's Foreign Ministry", "Egypt's Foreign Ministry", ("EGYGOV",)),
    ],
)

TASS_BURKINA = Story(
    "tass_moscow_burkina", "2024-03-04",
    """Russia delivers wheat to Burkina Faso, signs nuclear power memorandum

MOSCOW, March 4. /TASS/. Russia has delivered 25,000 tonnes of wheat to Burkina Faso as humanitarian aid, \
the Russian embassy in Ouagadougou said on Monday.

The grain was handed over to the Burkinabe authorities at the port of Lome in Togo, from where it will be \
carried by road, the embassy said in a statement on its Telegram channel.

Burkina Faso's transitional leader Ibrahim Traore thanked Russian President Vladimir Putin for the gift \
and said his country would never forget "who stood by it in difficult times."

On the same day, Rosatom chief Alexei Likhachev and Burkinabe Energy Minister Yacouba Zabre Gouba signed \
a memorandum on the construction of a nuclear power plant.

Russian Deputy Foreign Minister Mikhail Bogdanov received Burkina Faso's ambassador to Moscow, Jacques \
Sosthene Dingara, for talks on the situation in the Sahel, the ministry said.

The Soviet Union kept an embassy in Ouagadougou until 1992.

Russia's Foreign Ministry has said Moscow intends to expand its diplomatic presence in Africa.
""",
    events=[
        (("RUS", "RUSGOV"), ("BFA", "BFAGOV", "BFACVL"), ("073", "070", "071"),
         "has delivered 25,000 tonnes"),
        (("BFAGOV", "BFAMIL"), ("RUSGOV", "RUS"), ("051", "050"), "thanked Russian President"),
        (("RUS", "RUSGOV", "RUSBUS"), ("BFA", "BFAGOV"), ("057", "050"), "signed a memorandum on the"),
        (("BFA", "BFAGOV"), ("RUS", "RUSGOV", "RUSBUS"), ("057", "050"), "signed a memorandum on the"),
        (("RUSGOV",), ("BFAGOV", "BFA"), ("043", "040", "042"), "received Burkina Faso's ambassador"),
    ],
    also=[
        (("RUS", "RUSGOV"), ("BFA", "BFAGOV", "BFACVL"), ("073", "070", "071"), "The grain was handed over"),
        (("BFAGOV", "BFA"), ("RUSGOV", "RUS"), ("042", "040", "043"), "received Burkina Faso's ambassador"),
    ],
    none=["kept an embassy in Ouagadougou", "intends to expand its diplomatic presence"],
    parties=[
        ("transitional leader Ibrahim Traore", "Ibrahim Traore", ("BFAGOV", "BFAMIL")),
        ("Russian President Vladimir Putin", "Vladimir Putin", ("RUSGOV",)),
        ("Minister Mikhail Bogdanov", "Mikhail Bogdanov", ("RUSGOV",)),
        ("Burkinabe Energy Minister Yacouba Zabre Gouba", "Yacouba Zabre Gouba", ("BFAGOV",)),
        ("Jacques Sosthene Dingara", "Sosthene Dingara", ("BFAGOV",)),
    ],
)

KYODO_RAA = Story(
    "kyodo_tokyo_raa", "2024-07-08",
    """Japan, Philippines sign defense pact allowing troop deployments

TOKYO, July 8 Kyodo - Japan and the Philippines on Monday signed a reciprocal access agreement that will \
allow their forces to deploy to each other's territory for joint exercises, as both countries face growing \
assertiveness by China in regional waters.

Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara signed the pact in Manila with their \
Philippine counterparts, Enrique Manalo and Gilberto Teodoro, after a "two-plus-two" security meeting.

Philippine President Ferdinand Marcos Jr. received the Japanese ministers at Malacanang Palace before the \
signing.

Chinese Foreign Ministry spokesman Lin Jian told a regular press conference in Beijing that military \
cooperation between countries "should not target any third party."

The agreement needs to be ratified by the Diet before it takes effect.

Japan has signed similar pacts with Australia and Britain.

The Nikkei Stock Average closed up 0.3 percent.

==Kyodo
""",
    events=[
        (("JPN", "JPNGOV"), ("PHL", "PHLGOV"), ("057", "050"), "signed a reciprocal access agreement"),
        (("PHL", "PHLGOV"), ("JPN", "JPNGOV"), ("057", "050"), "signed a reciprocal access agreement"),
        (("PHLGOV",), ("JPNGOV",), ("043", "040"), "received the Japanese ministers"),
    ],
    also=[
        (("JPNGOV", "JPN"), ("PHLGOV", "PHL"), ("057", "050", "040", "043", "042"),
         "signed the pact in Manila"),
        (("PHLGOV", "PHL"), ("JPNGOV", "JPN"), ("057", "050", "040", "043", "042"),
         "signed the pact in Manila"),
        (("JPNGOV",), ("PHLGOV",), ("042", "040"), "received the Japanese ministers"),
        (("CHNGOV", "CHN"), ("JPN", "JPNGOV", "PHL", "PHLGOV"), ("111", "110", "012", "010"),
         "should not target any third party"),
    ],
    none=["needs to be ratified by the Diet", "similar pacts with Australia", "The Nikkei Stock", "==Kyodo"],
    parties=[
        ("Foreign Minister Yoko Kamikawa", "Yoko Kamikawa", ("JPNGOV",)),
        ("Defense Minister Minoru Kihara", "Minoru Kihara", ("JPNGOV",)),
        ("counterparts, Enrique Manalo", "Enrique Manalo", ("PHLGOV",)),
        ("Philippine President Ferdinand Marcos", "Ferdinand Marcos", ("PHLGOV",)),
        ("spokesman Lin Jian", "Lin Jian", ("CHNGOV",)),
    ],
)

BERNAMA_DEPORT = Story(
    "bernama_kl_deport", "2024-01-05",
    """Malaysia deports 120 Myanmar nationals, Rohingya group urges halt

KUALA LUMPUR, Jan 5 (Bernama) -- The Immigration Department deported 120 Myanmar nationals from the \
Belantik immigration depot in Kedah on Friday, its director-general Ruslin Jusoh said.

He said the deportees, who had served their sentences for immigration offences, were flown to Yangon on \
a chartered flight arranged with the Myanmar embassy.

The Rohingya Society in Malaysia urged the government to stop sending back people who face persecution \
at home.

Home Minister Saifuddin Nasution Ismail said Malaysia would continue to work with Myanmar and the \
International Organization for Migration to return detained migrants "in an orderly manner".

Malaysia is not a party to the 1951 Refugee Convention.

Meanwhile, Malaysia and Indonesia signed an agreement on the recruitment and protection of Indonesian \
domestic workers in Jakarta on Thursday, Human Resources Minister Steven Sim said in a statement.

-- BERNAMA
""",
    events=[
        (("MYSGOV", "MYS"), ("MMR", "MMRCVL", "MMRREF"), ("174", "170", "173"), "The Immigration Department"),
        (("MYS", "MYSGOV"), ("IDN", "IDNGOV"), ("057", "050"), "Malaysia and Indonesia signed"),
        (("IDN", "IDNGOV"), ("MYS", "MYSGOV"), ("057", "050"), "Malaysia and Indonesia signed"),
    ],
    also=[
        (("MYSGOV", "MYS"), ("MMR", "MMRCVL", "MMRREF", "MMRGOV"), ("174", "170", "063", "060", "046"),
         "were flown to Yangon"),
        (("MYS", "MYSCVL", "MMR", "MMRCVL", "MMRREF", "NGO"), ("MYSGOV", "MYS"), ("020", "023", "028"),
         "The Rohingya Society"),
        (("MYSGOV", "MYS"), ("MMR", "MMRGOV", "IGO"), ("030", "031", "036", "060", "061"),
         "would continue to work with Myanmar"),
    ],
    none=["not a party to the 1951", "-- BERNAMA"],
    parties=[
        ("director-general Ruslin Jusoh", "Ruslin Jusoh", ("MYSGOV",)),
        ("Home Minister Saifuddin Nasution Ismail", "Saifuddin Nasution Ismail", ("MYSGOV",)),
        ("Human Resources Minister Steven Sim", "Steven Sim", ("MYSGOV",)),
    ],
)

EFE_ICJ = Story(
    "efe_mexico_icj", "2024-04-11",
    """Mexico takes Ecuador to world court over embassy raid

Mexico City, Apr 11 (EFE).- Mexico on Thursday filed a lawsuit against Ecuador at the International Court \
of Justice over the police raid on its embassy in Quito, and asked the court to suspend Ecuador from the \
United Nations until it issues a public apology.

Foreign Minister Alicia Barcena said the suit had been filed in The Hague and that Mexico would seek \
provisional measures to protect its diplomatic premises.

Ecuadorian police stormed the embassy on April 5 and arrested former vice president Jorge Glas, who had \
been given asylum there.

Ecuador's government said in a statement that it would defend its position before the court and accused \
Mexico of abusing diplomatic immunity to protect a convicted criminal.

Brazil, Colombia and Chile condemned the raid, and the Organization of American States will hold a \
special session on the case next week.

Glas, 54, is serving a sentence for corruption.

(c) EFE 2024. All rights reserved.
""",
    events=[
        (("MEX", "MEXGOV"), ("ECU", "ECUGOV"), ("115", "110", "111"), "filed a lawsuit against Ecuador"),
        (("ECUCOP", "ECU", "ECUGOV"), ("ECU", "ECUGOV", "ECUELI", "ECUOPP", "ECUCVL"), ("173", "170"),
         "arrested former vice president"),
        (("ECUGOV",), ("MEX", "MEXGOV"), ("112", "111"), "accused Mexico"),
        (("BRA", "BRAGOV"), ("ECU", "ECUCOP", "ECUGOV"), ("111", "110"),
         "Brazil, Colombia and Chile condemned"),
        (("COL", "COLGOV"), ("ECU", "ECUCOP", "ECUGOV"), ("111", "110"),
         "Brazil, Colombia and Chile condemned"),
        (("CHL", "CHLGOV"), ("ECU", "ECUCOP", "ECUGOV"), ("111", "110"),
         "Brazil, Colombia and Chile condemned"),
    ],
    also=[
        (("MEX", "MEXGOV"), ("IGO", "ECU", "ECUGOV"), ("020", "025", "028", "100", "104", "115"),
         "filed a lawsuit against Ecuador"),
        (("MEXGOV", "MEX"), ("ECU", "ECUGOV", "IGO"), ("115", "030", "020", "028"),
         "the suit had been filed"),
        (("ECUCOP", "ECU", "ECUGOV"), ("MEX", "MEXGOV"), ("171", "170", "190", "191", "180"),
         "stormed the embassy"),
        (("IGO",), ("ECU", "ECUGOV"), ("036", "040", "043"), "Brazil, Colombia and Chile condemned"),
    ],
    none=["Glas, 54, is serving", "(c) EFE 2024"],
    parties=[
        ("Foreign Minister Alicia Barcena", "Alicia Barcena", ("MEXGOV",)),
        ("vice president Jorge Glas", "Jorge Glas", ("ECU", "ECUGOV", "ECUELI", "ECUOPP")),
        ("Ecuadorian police", "Ecuadorian police", ("ECUCOP",)),
    ],
)

ANSA_ALBANIA = Story(
    "ansa_rome_albania", "2024-10-18",
    """Rome court orders migrants held in Albania brought to Italy

ROME, October 18 (ANSA) - A Rome court on Friday refused to validate the detention of 12 migrants held at \
an Italian-run centre in Albania, ordering that they be brought to Italy, in a blow to the government's \
offshore asylum scheme.

The judges ruled that Egypt and Bangladesh, the migrants' countries of origin, could not be considered \
safe under a recent judgment of the EU Court of Justice.

Premier Giorgia Meloni called the ruling "prejudicial" and said the government would hold a cabinet \
meeting on Monday to pass a decree to overcome the obstacle.

Opposition leader Elly Schlein of the Democratic Party urged Meloni to apologise and scrap the "costly \
failure" of the Albania centres.

Albanian Prime Minister Edi Rama said the agreement with Italy would continue regardless of "the \
internal debate in Italy".

The centres, at Shengjin and Gjader, cost an estimated 800 million euros over five years.

The migrants will be taken to Bari by a coast guard vessel on Saturday, sources said.

Weather: rain expected across northern Italy over the weekend.

ALL RIGHTS RESERVED © Copyright ANSA
""",
    events=[
        (("ITAGOV",), ("ITAJUD", "ITA"), ("111", "110", "112"), "called the ruling"),
        (("ITAOPP", "ITALEG"), ("ITAGOV",), ("020", "024", "028", "100", "104"), "urged Meloni to apologise"),
    ],
    also=[
        (("ITAJUD", "ITA"), ("ITAGOV", "ITA", "ITAREF", "ITACVL", "EGYREF", "BGDREF", "EGY", "BGD"),
         ("120", "125", "128", "080", "084", "111"), "A Rome court on Friday"),
        (("ITAJUD", "ITA"), ("EGY", "EGYGOV", "BGD", "BGDGOV"), ("111", "110"), "The judges ruled"),
        (("ALBGOV", "ALB"), ("ITA", "ITAGOV"), ("030", "031", "050", "051", "057"),
         "the agreement with Italy"),
    ],
    none=["The centres, at Shengjin", "The migrants will be taken to Bari", "Weather: rain expected",
          "ALL RIGHTS RESERVED"],
    parties=[
        ("Premier Giorgia Meloni", "Giorgia Meloni", ("ITAGOV",)),
        ("Opposition leader Elly Schlein", "Elly Schlein", ("ITAOPP", "ITALEG")),
        ("Albanian Prime Minister Edi Rama", "Edi Rama", ("ALBGOV",)),
    ],
)

HAVANA_CARACAS = Story(
    "prensalatina_havana", "2024-12-14",
    """Cuba and Venezuela sign 15 cooperation agreements in Havana

Havana, Dec 14 (Prensa Latina) Cuban President Miguel Diaz-Canel and his Venezuelan counterpart Nicolas \
Maduro on Saturday signed 15 cooperation agreements in energy, health, education and agriculture during \
the 22nd meeting of the bilateral Intergovernmental Commission.

Maduro, who arrived in Havana on Friday for a two-day visit, was welcomed at Jose Marti International \
Airport by Prime Minister Manuel Marrero.

In a joint declaration, both leaders condemned the economic, commercial and financial blockade imposed by \
the United States on Cuba for more than six decades and demanded Cuba's removal from the list of state \
sponsors of terrorism.

Diaz-Canel thanked Venezuela for its shipments of fuel, which he said had helped ease power cuts on the \
island.

Venezuelan Vice President Delcy Rodriguez said Caracas would supply an additional 30,000 barrels of oil \
per day from January.

The Intergovernmental Commission was created in 2000 by Fidel Castro and Hugo Chavez.

lld/mem
""",
    events=[
        (("CUBGOV",), ("VENGOV",), ("057", "050"), "signed 15 cooperation agreements"),
        (("VENGOV",), ("CUBGOV",), ("057", "050"), "signed 15 cooperation agreements"),
        (("VENGOV",), ("CUB", "CUBGOV"), ("042", "040"), "who arrived in Havana"),
        (("CUBGOV",), ("USA", "USAGOV"), ("111", "110", "112"), "both leaders condemned"),
        (("VENGOV",), ("USA", "USAGOV"), ("111", "110", "112"), "both leaders condemned"),
        (("CUBGOV",), ("VEN", "VENGOV"), ("051", "050"), "Diaz-Canel thanked Venezuela"),
    ],
    also=[
        (("CUBGOV", "CUB"), ("VENGOV",), ("043", "040"), "who arrived in Havana"),
        (("CUBGOV", "VENGOV"), ("USA", "USAGOV"), ("100", "101", "104", "020", "028"),
         "both leaders condemned"),
        (("VEN", "VENGOV"), ("CUB", "CUBGOV"), ("071", "070", "030", "031", "033"), "thanked Venezuela"),
        (("VENGOV", "VEN"), ("CUB", "CUBGOV"), ("071", "070", "030", "031", "033"),
         "would supply an additional"),
    ],
    none=["was created in 2000 by Fidel Castro", "lld/mem"],
    parties=[
        ("Cuban President Miguel Diaz-Canel", "Miguel Diaz-Canel", ("CUBGOV",)),
        ("Prime Minister Manuel Marrero", "Manuel Marrero", ("CUBGOV",)),
        ("Vice President Delcy Rodriguez", "Delcy Rodriguez", ("VENGOV",)),
        ("Maduro, who arrived", "Maduro", ("VENGOV",)),
    ],
)

APA_BAKU = Story(
    "apa_baku_verdict", "2025-01-17",
    """Baku court sentences Armenian captive to 15 years

Baku. January 17. APA. The Baku Military Court on Friday sentenced Armenian national Vagif Khachatryan to \
15 years in prison for his role in the killing of civilians in the Khojaly district in 1991, APA reports.

The court found Khachatryan guilty of genocide and of the deportation of the civilian population.

Armenia's Foreign Ministry condemned the verdict as "a sham trial" and called on international \
organizations to press Baku to release all Armenian detainees.

Azerbaijan's Foreign Ministry spokesman Aykhan Hajizada rejected the statement and said the trial had \
been conducted in full compliance with the law.

Separately, the state commissions of Azerbaijan and Armenia on border delimitation held their 11th \
meeting on the border on Thursday and agreed to continue work on a set of regulations, Deputy Prime \
Minister Shahin Mustafayev's office said.

Khachatryan was detained by Azerbaijani border guards at the Lachin checkpoint in July 2023 while being \
evacuated by the International Committee of the Red Cross.

The Central Bank set the official manat rate at 1.7 to the US dollar.
""",
    events=[
        (("AZEJUD", "AZE", "AZEGOV"), ("ARM", "ARMCVL"), ("116", "110", "170", "173"),
         "sentenced Armenian national"),
        (("ARMGOV",), ("AZEJUD", "AZE", "AZEGOV"), ("111", "110", "112"), "condemned the verdict"),
        (("AZEGOV",), ("ARMGOV", "ARM"), ("120", "125", "128", "111", "016"), "rejected the statement"),
        (("AZE", "AZEGOV"), ("ARM", "ARMGOV"), ("040", "043", "046", "050", "030", "036"),
         "held their 11th"),
        (("ARM", "ARMGOV"), ("AZE", "AZEGOV"), ("040", "043", "046", "050", "030", "036"),
         "held their 11th"),
    ],
    also=[
        (("AZEJUD", "AZE", "AZEGOV"), ("ARM", "ARMCVL"), ("116", "110", "111", "112"),
         "found Khachatryan guilty"),
        (("ARMGOV",), ("IGO", "NGO"), ("020", "023", "025", "028"), "condemned the verdict"),
        (("ARMGOV",), ("AZE", "AZEGOV", "AZEJUD"), ("100", "1041", "020", "025", "028"),
         "condemned the verdict"),
        (("AZEMIL", "AZE", "AZEGOV", "AZECOP"), ("ARM", "ARMCVL"), ("173", "170"),
         "was detained by Azerbaijani"),
    ],
    none=["official manat rate"],
    parties=[
        ("spokesman Aykhan Hajizada", "Aykhan Hajizada", ("AZEGOV",)),
        ("Armenia's Foreign Ministry", "Armenia's Foreign Ministry", ("ARMGOV",)),
        ("Minister Shahin Mustafayev", "Shahin Mustafayev", ("AZEGOV",)),
        ("Armenian national Vagif Khachatryan", "Vagif Khachatryan", ("ARM", "ARMCVL")),
    ],
)

NAN_ECOWAS = Story(
    "nan_abuja_ecowas", "2024-02-24",
    """ECOWAS lifts sanctions on Niger, eases measures on Guinea, Mali

Abuja, Feb. 24, 2024 (NAN) The Economic Community of West African States (ECOWAS) on Saturday lifted the \
border closures and financial sanctions it imposed on Niger after the July 2023 coup.

The President of the ECOWAS Commission, Dr Omar Touray, announced the decision at the end of an \
extraordinary summit of the regional bloc's heads of state in Abuja.

Touray said the sanctions were lifted "on humanitarian grounds" and called on the military authorities \
in Niamey to release deposed President Mohamed Bazoum without conditions.

The bloc also lifted some targeted sanctions on Guinea and Mali, including a ban on commercial flights.

President Bola Tinubu, the ECOWAS chairman, urged Burkina Faso, Mali and Niger to reconsider their \
decision to quit the bloc.

The News Agency of Nigeria (NAN) reports that the three juntas announced their withdrawal from ECOWAS on \
Jan. 28, accusing the bloc of serving foreign interests.

Nigeria's Super Eagles will face South Africa in the semi-final of the Africa Cup of Nations on \
Wednesday.

(NAN)(www.nannews.ngr)
""",
    events=[
        (("IGO",), ("NER", "NERGOV", "NERMIL"), ("085", "080", "081"), "lifted the border closures"),
        (("IGO",), ("NERMIL", "NERGOV", "NER"), ("020", "025", "028", "100", "108"),
         "called on the military"),
        (("IGO",), ("GIN", "GINGOV", "GINMIL"), ("085", "080", "081"), "lifted some targeted sanctions"),
        (("IGO",), ("MLI", "MLIGOV", "MLIMIL"), ("085", "080", "081"), "lifted some targeted sanctions"),
        (("NGAGOV", "IGO"), ("BFA", "MLI", "NER", "BFAGOV", "MLIGOV", "NERGOV", "BFAMIL", "MLIMIL", "NERMIL"),
         ("020", "028", "025"), "urged Burkina Faso"),
    ],
    also=[
        (("IGO",), ("NER", "NERGOV", "NERMIL", "GIN", "GINGOV", "MLI", "MLIGOV"), ("085", "080", "081"),
         "eases measures on Guinea"),
        (("IGO",), ("NER", "NERGOV", "NERMIL"), ("085", "080", "081", "010"), "announced the decision"),
        (("IGO",), ("NER", "NERGOV", "NERMIL"), ("085", "080", "081"), "the sanctions were lifted"),
        (("BFA", "MLI", "NER", "BFAGOV", "MLIGOV", "NERGOV", "BFAMIL", "MLIMIL", "NERMIL"), ("IGO",),
         ("112", "111", "160", "161", "120"), "announced their withdrawal"),
    ],
    none=["Super Eagles", "(NAN)(www.nannews.ngr)"],
    parties=[
        ("Dr Omar Touray", "Omar Touray", ("IGO",)),
        ("President Bola Tinubu", "Bola Tinubu", ("NGAGOV", "IGO")),
        ("deposed President Mohamed Bazoum", "Mohamed Bazoum", ("NER", "NERGOV", "NEROPP", "NERELI")),
    ],
)

IANS_HASINA = Story(
    "ians_delhi_hasina", "2024-12-23",
    """Bangladesh sends note verbale to India seeking Hasina's extradition

New Delhi, Dec 23 (IANS) Bangladesh has formally asked India to extradite former Prime Minister Sheikh \
Hasina, who fled to New Delhi in August after weeks of student-led protests, the interim government's \
foreign affairs adviser Touhid Hossain said on Monday.

"We have sent a note verbale to the Indian government saying that Bangladesh wants her back for the \
judicial process," Hossain told reporters in Dhaka.

The Ministry of External Affairs confirmed receiving the note but declined to comment further.

A tribunal in Dhaka has issued arrest warrants for Hasina and several of her former ministers on charges \
of crimes against humanity.

Hasina's son Sajeeb Wazed Joy called the charges politically motivated.

India and Bangladesh signed an extradition treaty in 2013.

The Sensex closed 498 points higher at 78,540 on Monday.

--IANS

ss/rad
""",
    events=[
        (("BGD", "BGDGOV"), ("IND", "INDGOV"), ("020", "023", "028", "100"), "has formally asked India"),
    ],
    also=[
        (("BGDGOV", "BGD"), ("INDGOV", "IND"), ("020", "023", "028", "100"), "We have sent a note verbale"),
        (("BGDJUD", "BGD", "BGDGOV"), ("BGD", "BGDGOV", "BGDELI", "BGDOPP"), ("173", "170", "115", "111"),
         "has issued arrest warrants"),
        (("BGD", "BGDELI", "BGDOPP", "BGDCVL"), ("BGDJUD", "BGD", "BGDGOV"), ("111", "110", "112"),
         "called the charges"),
    ],
    none=["confirmed receiving the note", "signed an extradition treaty in 2013", "The Sensex closed",
          "--IANS",
          "ss/rad"],
    parties=[
        ("Prime Minister Sheikh Hasina", "Sheikh Hasina", ("BGD", "BGDGOV", "BGDELI", "BGDOPP")),
        ("adviser Touhid Hossain", "Touhid Hossain", ("BGDGOV",)),
        ("The Ministry of External Affairs", "Ministry of External Affairs", ("INDGOV",)),
    ],
)

ANTARA_NICKEL = Story(
    "antara_jakarta_nickel", "2022-12-06",
    """Indonesia to appeal WTO ruling on nickel ore export ban

Jakarta (ANTARA) - Indonesia will appeal a World Trade Organization panel ruling that its ban on nickel ore \
exports breaches global trade rules, Coordinating Minister for Economic Affairs Airlangga Hartarto said in \
Jakarta on Tuesday.

"We will not give up. We will keep processing nickel at home," Hartarto said.

The European Union brought the case in 2019, arguing that the ban, in force since January 2020, unfairly \
restricted access to raw materials for European steelmakers.

The EU's trade commissioner Valdis Dombrovskis welcomed the panel's findings and urged Jakarta to comply \
with them without delay.

President Joko Widodo has said Indonesia will extend the export restrictions to bauxite and copper.

Indonesia holds the world's largest nickel reserves.

The rupiah weakened 0.2 percent to 15,650 per dollar.
""",
    events=[
        (("IDNGOV", "IDN"), ("IGO", "EUR"), ("120", "125", "128", "115", "030", "036", "110"),
         "will appeal a World Trade"),
        (("IGO", "EUR"), ("IDN", "IDNGOV"), ("020", "028", "100", "101"), "urged Jakarta to comply"),
    ],
    also=[
        (("IGO", "EUR"), ("IDN", "IDNGOV"), ("115", "110", "111", "112"), "brought the case in 2019"),
        (("IGO", "EUR"), ("IGO",), ("051", "050"), "welcomed the panel's findings"),
        (("IGO", "EUR"), ("IDN", "IDNGOV"), ("111", "110", "112"), "welcomed the panel's findings"),
    ],
    none=["will extend the export restrictions", "world's largest nickel", "The rupiah weakened"],
    parties=[
        ("Minister for Economic Affairs Airlangga Hartarto", "Airlangga Hartarto", ("IDNGOV",)),
        ("commissioner Valdis Dombrovskis", "Valdis Dombrovskis", ("IGO",)),
        ("President Joko Widodo", "Joko Widodo", ("IDNGOV",)),
    ],
)

PNA_DUTERTE = Story(
    "pna_manila_duterte", "2025-03-11",
    """Duterte arrested on ICC warrant, flown to The Hague

MANILA – Former president Rodrigo Duterte was arrested on Tuesday at the Ninoy Aquino International \
Airport after returning from Hong Kong, on the strength of an arrest warrant from the International \
Criminal Court (ICC), Malacañang said.

Palace Press Officer Claire Castro said the Philippine National Police served the warrant through \
Interpol, and that Duterte was later flown to The Hague on a chartered plane.

"The President did not betray anybody. We are simply fulfilling our commitments to Interpol," Castro said \
in a press briefing.

Vice President Sara Duterte, the former president's daughter, condemned the arrest as "oppression and \
persecution" and said she would travel to the Netherlands to join her father.

The ICC prosecutor's office welcomed the surrender and thanked the Philippine authorities for their \
cooperation.

The drug war waged under Duterte left more than 6,000 people dead, according to police figures.

The Philippines signed the Rome Statute in 2000.

Weather: PAGASA said a low pressure area east of Mindanao may develop into a tropical depression. (PNA)
""",
    events=[
        (("PHLCOP", "PHLGOV", "PHL"), ("PHL", "PHLGOV", "PHLELI", "PHLOPP"), ("173", "170"),
         "Former president Rodrigo Duterte was arrested"),
        (("PHLGOV",), ("PHLGOV", "PHLCOP", "PHL", "IGO"), ("111", "110", "112"), "condemned the arrest"),
        (("IGO",), ("PHL", "PHLGOV", "PHLCOP"), ("051", "050"), "thanked the Philippine authorities"),
    ],
    also=[
        (("PHLCOP", "PHLGOV", "PHL"), ("PHL", "PHLGOV", "PHLELI", "PHLOPP", "IGO"),
         ("173", "170", "063", "060"), "served the warrant"),
        (("IGO",), ("PHL", "PHLGOV", "PHLELI", "PHLOPP"), ("173", "170", "115", "111"),
         "Former president Rodrigo Duterte was arrested"),
        (("PHLGOV",), ("NLD", "NLDGOV"), ("042", "040", "036"), "condemned the arrest"),
        (("PHLGOV", "PHL"), ("IGO",), ("063", "060", "030", "031"), "fulfilling our commitments"),
    ],
    none=["The drug war waged", "signed the Rome Statute in 2000", "Weather: PAGASA"],
    parties=[
        ("Former president Rodrigo Duterte", "Rodrigo Duterte", ("PHL", "PHLGOV", "PHLELI", "PHLOPP")),
        ("Press Officer Claire Castro", "Claire Castro", ("PHLGOV",)),
        ("Vice President Sara Duterte", "Sara Duterte", ("PHLGOV",)),
        ("the Philippine National Police", "Philippine National Police", ("PHLCOP",)),
        ("The ICC prosecutor's office", "ICC prosecutor's office", ("IGO",)),
    ],
)

YONHAP_ASTANA = Story(
    "yonhap_astana_lead", "2024-06-12",
    """(LEAD) Yoon, Tokayev agree to expand cooperation on critical minerals

(ATTN: ADDS details in paras 5-6)

ASTANA, June 12 (Yonhap) -- President Yoon Suk Yeol and Kazakh President Kassym-Jomart Tokayev agreed \
Wednesday to expand cooperation on critical minerals and signed a memorandum of understanding on a joint \
supply chain, Yoon's office said.

The two leaders held summit talks at the Akorda presidential palace in Astana, the second stop of Yoon's \
three-nation Central Asian tour following Turkmenistan.

Tokayev welcomed Yoon with an official ceremony and said Kazakhstan was ready to become "a reliable \
partner" in Korea's supply chains.

Yoon invited Tokayev to visit Seoul next year, and Tokayev accepted, according to presidential \
spokesperson Chung Hye-jeon.

Separately, Korea Gas Corp. signed a deal with Kazakhstan's state-run QazaqGaz to build a gas processing \
plant in the western Mangystau region.

Yoon will travel to Uzbekistan on Thursday for the final leg of his trip.

North Korea has not commented on the tour.

(END)
""",
    events=[
        (("KORGOV",), ("KAZGOV",), ("057", "050"), "signed a memorandum of understanding"),
        (("KAZGOV",), ("KORGOV",), ("057", "050"), "signed a memorandum of understanding"),
        (("KAZGOV",), ("KORGOV",), ("043", "040", "051"), "Tokayev welcomed Yoon"),
        (("KORGOV",), ("KAZGOV",), ("036", "040", "043"), "Yoon invited Tokayev"),
    ],
    also=[
        (("KORGOV", "KAZGOV"), ("KAZGOV", "KORGOV"), ("040", "043", "042", "046"), "held summit talks"),
        (("KORGOV", "KAZGOV"), ("KAZGOV", "KORGOV"), ("042", "043", "040"), "held summit talks"),
        (("KORGOV",), ("KAZGOV",), ("042", "040"), "Tokayev welcomed Yoon"),
        (("KAZGOV",), ("KORGOV", "KOR"), ("030", "031", "033", "036"), "Tokayev welcomed Yoon"),
        (("KAZGOV",), ("KORGOV", "KOR"), ("042", "040", "080", "081", "084", "050", "051"),
         "Yoon invited Tokayev"),
        (("KORBUS", "KOR"), ("KAZBUS", "KAZ"), ("057", "050", "061", "060"), "Korea Gas Corp"),
        (("KAZBUS", "KAZ"), ("KORBUS", "KOR"), ("057", "050", "061", "060"), "Korea Gas Corp"),
        (("KORGOV",), ("UZB", "UZBGOV"), ("042", "040", "036"), "will travel to Uzbekistan"),
        (("KORGOV",), ("KAZGOV",), ("030", "031", "032", "036"), "signed a memorandum of understanding"),
        (("KAZGOV",), ("KORGOV",), ("030", "031", "032", "036"), "signed a memorandum of understanding"),
    ],
    none=["North Korea has not commented", "(ATTN: ADDS", "(END)"],
    parties=[
        ("President Yoon Suk Yeol", "Yoon Suk Yeol", ("KORGOV",)),
        ("Kazakh President Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", ("KAZGOV",)),
        ("spokesperson Chung Hye-jeon", "Chung Hye-jeon", ("KORGOV",)),
    ],
)

CARACAS_VOTE = Story(
    "reuters_caracas_vote", "2024-07-29",
    """Venezuela's Maduro declared winner of disputed vote; neighbors demand tallies

CARACAS, July 29 (Reuters) - Venezuela's electoral council declared President Nicolas Maduro the winner of \
Sunday's presidential election with 51% of the vote, a result the opposition rejected as fraudulent and \
several Latin American governments refused to recognize.

Opposition leader Maria Corina Machado said tallies collected by the opposition's volunteers showed its \
candidate, Edmundo Gonzalez, had won by a wide margin.

U.S. Secretary of State Antony Blinken said Washington had "serious concerns" that the result did not \
reflect the will of the Venezuelan people.

Brazil, Colombia and Mexico issued a joint statement urging the electoral authorities to publish the \
vote counts by polling station.

Venezuela's foreign ministry said it was withdrawing its diplomatic staff from seven Latin American \
countries, including Argentina, Chile and Peru, over what it called their "interventionist actions".

Protesters banged pots and pans in several Caracas neighborhoods overnight, and police fired tear gas at \
a crowd marching toward the presidential palace.

Venezuelan bonds fell as much as 2 cents on the dollar.

(Reporting by Vivian Sequera and Mayela Armas; Writing by Julia Symmes Cobb; Editing by Daniel Wallis)
""",
    events=[
        (("VENOPP",), ("VEN", "VENGOV", "VENELI"), ("120", "125", "128", "111", "112"),
         "a result the opposition rejected"),
        (("BRA", "BRAGOV", "COL", "COLGOV", "MEX", "MEXGOV"), ("VEN", "VENGOV"), ("020", "028", "100", "101"),
         "urging the electoral authorities"),
        (("VENGOV",), ("ARG", "ARGGOV"), ("164", "160", "161"), "withdrawing its diplomatic staff"),
        (("VENCOP", "VENGOV"), ("VENOPP", "VENCVL", "VEN"), ("175", "180", "170"), "police fired tear gas"),
    ],
    also=[
        (("VEN", "VENGOV", "VENELI"), ("VENGOV",), ("050", "051", "010"),
         "declared President Nicolas Maduro"),
        (("VEN", "VENGOV", "BRA", "COL", "MEX", "ARG", "CHL", "PER", "LAM"), ("VEN", "VENGOV"),
         ("120", "125", "128", "111"), "a result the opposition rejected"),
        (("VENOPP",), ("VEN", "VENGOV", "VENELI"), ("111", "112", "010"), "Opposition leader Maria"),
        (("USAGOV", "USA"), ("VEN", "VENGOV"), ("111", "110", "112", "010"), "serious concerns"),
        (("VENGOV",), ("CHL", "CHLGOV", "PER", "PERGOV"), ("164", "160", "161"),
         "withdrawing its diplomatic"),
        (("VENGOV",), ("ARG", "ARGGOV", "CHL", "CHLGOV", "PER", "PERGOV"), ("111", "112", "110"),
         "withdrawing its diplomatic"),
        (("VENOPP", "VENCVL", "VEN"), ("VENGOV", "VEN"), ("140", "141"), "Protesters banged pots"),
    ],
    none=["Venezuelan bonds fell", "(Reporting by Vivian"],
    parties=[
        ("declared President Nicolas Maduro", "Nicolas Maduro", ("VENGOV",)),
        ("Opposition leader Maria Corina Machado", "Maria Corina Machado", ("VENOPP",)),
        ("candidate, Edmundo Gonzalez", "Edmundo Gonzalez", ("VENOPP",)),
        ("Secretary of State Antony Blinken", "Antony Blinken", ("USAGOV",)),
        ("Venezuela's foreign ministry", "Venezuela's foreign ministry", ("VENGOV",)),
    ],
)

KINSHASA_MONUSCO = Story(
    "afp_kinshasa_monusco", "2024-12-20",
    """UN extends Congo peacekeeping mission for a year

KINSHASA, Dec 20, 2024 (AFP) - The UN Security Council on Friday voted unanimously to extend the mandate \
of its peacekeeping mission in the Democratic Republic of Congo, MONUSCO, for another year, as fighting \
with M23 rebels rages in the east.

The resolution, drafted by France, asks the mission to support a ceasefire negotiated in Luanda between \
Kinshasa and Kigali under Angolan mediation.

Congo's ambassador to the UN, Zenon Mukongo Ngay, thanked the council but accused Rwanda of deploying \
4,000 troops alongside the M23 on Congolese soil.

Rwanda's envoy, Ernest Rwamucyo, rejected the accusation and said Kinshasa was working with the FDLR, a \
militia founded by perpetrators of the 1994 genocide against the Tutsi.

The M23 said in a statement that its fighters had repelled an attack by the Congolese army and allied \
militias near Lubero.

MONUSCO was first deployed in 1999.

Congo's President Felix Tshisekedi is due to meet Rwandan President Paul Kagame in Luanda on Sunday.

str-cld/jvb/np
""",
    events=[
        (("IGO",), ("COD", "CODGOV"), ("074", "070", "057", "050", "080"), "voted unanimously to extend"),
        (("CODGOV",), ("IGO",), ("051", "050"), "thanked the council"),
        (("CODGOV",), ("RWA", "RWAGOV"), ("112", "111"), "accused Rwanda of deploying"),
        (("RWAGOV",), ("COD", "CODGOV"), ("120", "125", "128", "111", "016"), "rejected the accusation"),
        (("CODREB",), ("CODMIL",), ("190", "193", "180", "181"), "its fighters had repelled"),
    ],
    also=[
        (("IGO",), ("COD", "CODGOV", "RWA", "RWAGOV", "IGO"), ("020", "025", "0256", "074"),
         "drafted by France"),
        (("FRA", "FRAGOV"), ("IGO",), ("030", "036", "020"), "drafted by France"),
        (("RWAGOV",), ("COD", "CODGOV"), ("112", "111"), "rejected the accusation"),
        (("CODMIL",), ("CODREB",), ("190", "193", "180", "181"), "its fighters had repelled"),
        (("CODREB",), ("CODMIL",), ("111", "112"), "its fighters had repelled"),
        (("CODGOV",), ("RWAGOV",), ("040", "043", "042", "036"), "is due to meet"),
        (("RWAGOV",), ("CODGOV",), ("040", "043", "042", "036"), "is due to meet"),
    ],
    none=["MONUSCO was first deployed", "str-cld/jvb/np"],
    parties=[
        ("Zenon Mukongo Ngay", "Zenon Mukongo Ngay", ("CODGOV",)),
        ("Ernest Rwamucyo", "Ernest Rwamucyo", ("RWAGOV",)),
        ("President Felix Tshisekedi", "Felix Tshisekedi", ("CODGOV",)),
        ("President Paul Kagame", "Paul Kagame", ("RWAGOV",)),
        ("The M23 said", "M23", ("CODREB",)),
    ],
)

HAITI_KENYA = Story(
    "ap_portauprince_kenya", "2024-06-25",
    """Kenyan police arrive in Haiti to lead UN-backed mission against gangs

PORT-AU-PRINCE, Haiti (AP) — The first contingent of Kenyan police officers arrived in Haiti on Tuesday \
to lead a U.N.-backed multinational mission aimed at quelling gang violence that has engulfed the capital.

About 400 officers landed at the Toussaint Louverture International Airport, which reopened in May after \
gangs shut it down for nearly three months.

Haitian Prime Minister Garry Conille welcomed the officers and thanked Kenya for "standing with the \
Haitian people."

Kenyan President William Ruto said in a statement that the officers were on "a mission for humanity" and \
urged other countries to send personnel and funding.

The United States, the mission's main funder, has pledged more than $300 million.

Meanwhile, the Dominican Republic said it had deported more than 2,000 Haitians in the past week and \
would keep its border closed to Haitian commerce.

Gangs control an estimated 80% of Port-au-Prince.

___

Associated Press writer Evens Sanon contributed to this report.
""",
    events=[
        (("KEN", "KENCOP", "KENGOV"), ("HTI", "HTIGOV"), ("042", "040", "074", "070"),
         "The first contingent of Kenyan police"),
        (("HTIGOV",), ("KEN", "KENGOV", "KENCOP"), ("051", "050"), "thanked Kenya"),
        (("DOM", "DOMGOV"), ("HTI", "HTICVL", "HTIREF"), ("174", "170"), "had deported more than 2,000"),
    ],
    also=[
        (("HTI", "HTIGOV"), ("KEN", "KENCOP", "KENGOV"), ("043", "040"), "The first contingent of Kenyan"),
        (("KEN", "KENCOP"), ("HTI", "HTIGOV"), ("042", "040", "074", "070"), "About 400 officers landed"),
        (("HTIGOV",), ("KEN", "KENCOP", "KENGOV"), ("043", "040"), "thanked Kenya"),
        (("USA", "USAGOV"), ("HTI", "HTIGOV", "KEN", "KENCOP", "IGO"), ("030", "033", "070", "071", "074"),
         "has pledged more than"),
        (("DOM", "DOMGOV"), ("HTI", "HTIGOV", "HTIBUS"), ("160", "163", "166", "120", "030"),
         "had deported more than 2,000"),
    ],
    none=["Gangs control an estimated", "Evens Sanon contributed"],
    parties=[
        ("Prime Minister Garry Conille", "Garry Conille", ("HTIGOV",)),
        ("Kenyan President William Ruto", "William Ruto", ("KENGOV",)),
        ("Kenyan police officers", "Kenyan police officers", ("KENCOP",)),
    ],
)

XINHUA_GERD = Story(
    "xinhua_addis_gerd", "2024-09-03",
    """Ethiopia completes fifth filling of GERD, Egypt protests to UN Security Council

ADDIS ABABA, Sept. 3 (Xinhua) -- Ethiopia has completed the fifth filling of the Grand Ethiopian \
Renaissance Dam (GERD) on the Blue Nile, Ethiopian Prime Minister Abiy Ahmed said on Tuesday.

Abiy said the dam "will not harm" downstream countries and called on Egypt and Sudan to continue talks \
under the auspices of the African Union.

Egyptian Foreign Minister Badr Abdelatty sent a letter to the UN Security Council on Sunday rejecting \
Ethiopia's "unilateral policies" and saying Cairo would take all measures to defend its existential \
interests.

Sudan's Ministry of Irrigation said it was monitoring water levels at the Roseires Dam and called for a \
binding agreement on the filling and operation of the dam.

Construction of the 4.2-billion-U.S.-dollar dam began in 2011.

Ethiopian Airlines said on Tuesday it would add three weekly flights to Guangzhou from October.

Enditem
""",
    events=[
        (("ETHGOV",), ("EGY", "EGYGOV"), ("020", "025", "0256", "028", "046"), "called on Egypt and Sudan"),
        (("EGYGOV",), ("ETH", "ETHGOV"), ("120", "125", "128", "111", "110"), "rejecting Ethiopia"),
    ],
    also=[
        (("ETHGOV",), ("SDN", "SDNGOV"), ("020", "025", "0256", "028", "046"), "called on Egypt and Sudan"),
        (("EGYGOV",), ("ETH", "ETHGOV"), ("130", "138", "139"), "would take all measures"),
        (("EGY", "EGYGOV"), ("ETH", "ETHGOV", "IGO"), ("114", "111", "110", "120"), "Egypt protests to UN"),
        (("EGYGOV",), ("IGO",), ("020", "010", "011", "028", "114"), "sent a letter to the UN"),
        (("SDNGOV",), ("ETH", "ETHGOV", "EGY", "EGYGOV"), ("020", "028", "100"), "called for a"),
    ],
    none=["Construction of the 4.2-billion", "Ethiopian Airlines said", "Enditem"],
    parties=[
        ("Prime Minister Abiy Ahmed", "Abiy Ahmed", ("ETHGOV",)),
        ("Foreign Minister Badr Abdelatty", "Badr Abdelatty", ("EGYGOV",)),
        ("Sudan's Ministry of Irrigation", "Sudan's Ministry of Irrigation", ("SDNGOV",)),
    ],
)

MAPUTO_VERDICT = Story(
    "reuters_maputo_vote", "2024-12-23",
    """Mozambique court confirms Frelimo win; opposition calls new protests

MAPUTO, Dec 23 (Reuters) - Mozambique's Constitutional Council on Monday confirmed the ruling Frelimo \
party's victory in the Oct. 9 election, rejecting opposition appeals that the vote was rigged.

Opposition candidate Venancio Mondlane, who says he won, called on his supporters to stage three days of \
nationwide protests starting on Wednesday.

Police fired tear gas and live rounds at protesters who set up barricades in Maputo after the ruling, a \
rights group said.

The Plataforma Decide monitoring group said at least 130 people had been killed by security forces since \
the election.

The Southern African Development Community (SADC) urged all parties to exercise restraint and engage in \
dialogue.

South Africa closed the Lebombo border post with Mozambique on Monday afternoon because of the unrest, the \
Border Management Authority said.

Frelimo has governed Mozambique since independence from Portugal in 1975.

(Reporting by Manuel Mucari; Writing by Nellie Peyton; Editing by Alison Williams)
""",
    events=[
        (("MOZJUD",), ("MOZOPP",), ("120", "125", "128", "110"), "rejecting opposition appeals"),
        (("MOZCOP", "MOZ", "MOZGOV"), ("MOZOPP", "MOZCVL", "MOZ"), ("175", "180", "170", "190"),
         "Police fired tear gas"),
        (("ZAF", "ZAFGOV"), ("MOZ", "MOZGOV"), ("160", "163", "166", "172", "191", "120"),
         "South Africa closed the Lebombo"),
    ],
    also=[
        (("MOZJUD",), ("MOZGOV", "MOZPTY", "MOZ"), ("050", "051", "010"), "confirmed the ruling Frelimo"),
        (("MOZOPP",), ("MOZCVL", "MOZOPP", "MOZGOV", "MOZ"), ("140", "141", "020", "025", "010"),
         "called on his supporters"),
        (("MOZCOP", "MOZMIL", "MOZ", "MOZGOV"), ("MOZOPP", "MOZCVL", "MOZ"), ("180", "175", "170", "190"),
         "had been killed by security forces"),
        (("NGO", "MOZ", "MOZCVL", "MOZNGO"), ("MOZCOP", "MOZMIL", "MOZ", "MOZGOV"), ("111", "112"),
         "had been killed by security forces"),
        (("IGO",), ("MOZ", "MOZGOV", "MOZOPP"), ("020", "025", "0256", "028"), "urged all parties"),
    ],
    none=["Frelimo has governed Mozambique", "(Reporting by Manuel"],
    parties=[
        ("candidate Venancio Mondlane", "Venancio Mondlane", ("MOZOPP",)),
        ("The Southern African Development Community (SADC)", "Southern African Development Community",
         ("IGO",)),
        ("Mozambique's Constitutional Council", "Constitutional Council", ("MOZJUD",)),
    ],
)

AAP_PUKPUK = Story(
    "aap_portmoresby_treaty", "2025-10-06",
    """Australia, PNG sign mutual defence treaty

PORT MORESBY, Oct 6 AAP - Australia and Papua New Guinea have signed a mutual defence treaty that commits \
each to come to the other's aid if attacked, in a deal seen as a counter to China's growing influence in \
the Pacific.

Prime Minister Anthony Albanese and his PNG counterpart James Marape signed the Pukpuk Treaty at \
Parliament House in Port Moresby on Monday.

Marape said the treaty "does not close the door" on PNG's trade with any other country, including China.

A spokesman for the Chinese embassy in Port Moresby said Beijing hoped the treaty would not target third \
parties and urged Australia to abandon its "Cold War mentality".

Under the treaty, PNG citizens will be able to serve in the Australian Defence Force.

Vanuatu's government last month delayed signing a separate security deal with Australia.

The Kumuls beat the Fiji Bati 28-12 in the Pacific Bowl on Saturday.
""",
    events=[
        (("AUS", "AUSGOV"), ("PNG", "PNGGOV"), ("057", "050"), "have signed a mutual defence"),
        (("PNG", "PNGGOV"), ("AUS", "AUSGOV"), ("057", "050"), "have signed a mutual defence"),
        (("CHN", "CHNGOV"), ("AUS", "AUSGOV"), ("020", "028", "100", "111"), "urged Australia to abandon"),
    ],
    also=[
        (("AUSGOV", "AUS"), ("PNGGOV", "PNG"), ("057", "050", "042", "040"), "signed the Pukpuk Treaty"),
        (("PNGGOV", "PNG"), ("AUSGOV", "AUS"), ("057", "050", "043", "040"), "signed the Pukpuk Treaty"),
        (("VUT", "VUTGOV"), ("AUS", "AUSGOV"), ("120", "125", "128"), "delayed signing"),
    ],
    none=["PNG citizens will be able", "The Kumuls beat"],
    parties=[
        ("Prime Minister Anthony Albanese", "Anthony Albanese", ("AUSGOV",)),
        ("counterpart James Marape", "James Marape", ("PNGGOV",)),
        ("Marape said the treaty", "Marape", ("PNGGOV",)),
    ],
)

BOGOTA_TARIFFS = Story(
    "efe_bogota_tariffs", "2025-01-26",
    """Trump orders tariffs on Colombia after Petro turns back deportation flights

Bogota, Jan 26 (EFE).- US President Donald Trump on Sunday ordered 25% tariffs on all Colombian imports \
after Colombian President Gustavo Petro refused to allow two US military planes carrying deported migrants \
to land.

Trump also ordered a travel ban and visa revocations for Colombian government officials and their allies, \
saying Petro's decision had jeopardized US national security.

Petro responded on X by ordering a 25% increase in tariffs on US imports and said Colombia would receive \
its deported citizens only "on civilian planes, without treating them like criminals."

Hours later, the White House said Colombia had agreed to all of Trump's terms, including the unrestricted \
acceptance of deportees, and that the tariffs would be held in reserve.

Colombian Foreign Minister Luis Gilberto Murillo said the "impasse" had been overcome and that the \
presidential plane would be made available to bring the migrants home.

Colombia is the third-largest Latin American trading partner of the United States.

The peso fell 1.2% in early trading.

EFE gc/ics/lll
""",
    events=[
        (("USAGOV",), ("COL", "COLGOV", "COLBUS"), ("163", "160", "172", "130"), "ordered 25% tariffs"),
        (("COLGOV",), ("USA", "USAGOV", "USAMIL"), ("120", "125", "128", "160", "166"),
         "refused to allow two"),
        (("USAGOV",), ("COLGOV", "COL"), ("160", "163", "166", "172"), "ordered a travel ban"),
        (("COLGOV",), ("USA", "USAGOV", "USABUS"), ("163", "160", "172"), "increase in tariffs"),
        (("COL", "COLGOV"), ("USA", "USAGOV"), ("080", "081", "084", "050", "057", "030"),
         "Colombia had agreed to all"),
    ],
    also=[
        (("USAGOV",), ("COLGOV", "COL"), ("112", "111"), "ordered a travel ban"),
        (("COLGOV",), ("USA", "USAGOV"), ("111", "112", "100", "120"), "increase in tariffs"),
        (("USAGOV", "USA"), ("COL", "COLGOV"), ("080", "081", "085", "130", "163"),
         "Colombia had agreed to all"),
        (("COLGOV",), ("USA", "USAGOV", "COL", "COLCVL"), ("080", "081", "030", "070", "050", "010"),
         "had been overcome"),
    ],
    none=["third-largest Latin American", "The peso fell", "EFE gc/ics/lll"],
    parties=[
        ("US President Donald Trump", "Donald Trump", ("USAGOV",)),
        ("Colombian President Gustavo Petro", "Gustavo Petro", ("COLGOV",)),
        ("Minister Luis Gilberto Murillo", "Luis Gilberto Murillo", ("COLGOV",)),
        ("the White House said", "White House", ("USAGOV",)),
    ],
)

TASS_BISHKEK = Story(
    "tass_moscow_bishkek", "2025-03-13",
    """Kyrgyzstan, Tajikistan sign border treaty ending decades-long dispute

MOSCOW, March 13. /TASS/. The presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon, \
on Thursday signed a treaty on the state border in Bishkek, settling a dispute over the Fergana Valley \
frontier.

Rahmon arrived in Bishkek on Wednesday on his first state visit to Kyrgyzstan in years, the Tajik \
president's press service said.

The leaders also agreed to reopen road and rail crossings and to resume direct flights between Bishkek \
and Dushanbe.

Kremlin spokesman Dmitry Peskov welcomed the agreement and said Moscow was ready to help implement it.

The Uzbek Foreign Ministry congratulated both countries and said it would host a trilateral summit on \
water use in Tashkent on March 31.

Clashes along the border in September 2022 killed about 100 people on both sides.

Exchange rates: the Central Bank of Russia set the dollar at 87.19 rubles.
""",
    events=[
        (("KGZGOV",), ("TJKGOV",), ("057", "050"), "signed a treaty on the state border"),
        (("TJKGOV",), ("KGZGOV",), ("057", "050"), "signed a treaty on the state border"),
        (("TJKGOV",), ("KGZ", "KGZGOV"), ("042", "040"), "Rahmon arrived in Bishkek"),
        (("RUSGOV",), ("KGZ", "KGZGOV", "TJK", "TJKGOV"), ("051", "050"), "Peskov welcomed the agreement"),
        (("UZBGOV",), ("KGZ", "KGZGOV", "TJK", "TJKGOV"), ("051", "050"), "congratulated both countries"),
    ],
    also=[
        (("KGZ", "KGZGOV"), ("TJKGOV",), ("043", "040"), "Rahmon arrived in Bishkek"),
        (("KGZGOV", "TJKGOV"), ("KGZGOV", "TJKGOV"), ("050", "057", "080", "081", "030"),
         "agreed to reopen road"),
        (("RUSGOV",), ("KGZ", "KGZGOV", "TJK", "TJKGOV"), ("030", "031", "033", "036"), "ready to help"),
        (("UZBGOV",), ("KGZ", "KGZGOV", "TJK", "TJKGOV"), ("036", "040", "043"), "would host a trilateral"),
        (("KGZ", "KGZMIL", "TJK", "TJKMIL"), ("KGZ", "KGZMIL", "TJK", "TJKMIL"), ("190", "193", "180"),
         "Clashes along the border"),
    ],
    none=["Exchange rates:"],
    parties=[
        ("Sadyr Japarov", "Sadyr Japarov", ("KGZGOV",)),
        ("and Emomali Rahmon", "Emomali Rahmon", ("TJKGOV",)),
        ("spokesman Dmitry Peskov", "Dmitry Peskov", ("RUSGOV",)),
        ("The Uzbek Foreign Ministry", "Uzbek Foreign Ministry", ("UZBGOV",)),
    ],
)

ANKARA_SAHEL = Story(
    "aa_ankara_sahel", "2025-04-07",
    """Mali, Burkina Faso, Niger recall ambassadors from Algeria over drone downing

ANKARA (AA) - Mali, Burkina Faso and Niger on Sunday recalled their ambassadors from Algeria, after Bamako \
accused the Algerian army of shooting down a Malian drone near the border town of Tinzaouaten.

In a statement read on state television, the Confederation of Sahel States (AES) called the downing "a \
hostile act" and accused Algeria of "sponsoring international terrorism".

Algeria's Defense Ministry said the drone had violated Algerian airspace by two kilometers and had been \
"on an offensive trajectory".

Algiers responded by recalling its ambassadors from Mali and Niger and postponing the arrival of a new \
ambassador to Burkina Faso, the Algerian Foreign Ministry said on Monday.

The Malian army had been pursuing separatist rebels of the Tuareg-led Strategic Framework for the Defense \
of the People of Azawad in the area.

The three countries were French colonies until 1960.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News \
Broadcasting System (HAS), and in summary form.
""",
    events=[
        (("MLI", "MLIGOV"), ("DZA", "DZAGOV"), ("164", "160", "161"),
         "recalled their ambassadors from Algeria"),
        (("MLIGOV", "MLI"), ("DZAMIL", "DZA"), ("112", "111"), "accused the Algerian army"),
        (("IGO", "MLI", "MLIGOV", "BFA", "BFAGOV", "NER", "NERGOV"), ("DZA", "DZAGOV"), ("112", "111"),
         "accused Algeria of"),
        (("DZAGOV", "DZA"), ("MLI", "MLIGOV"), ("164", "160", "161"), "Algiers responded by recalling"),
    ],
    also=[
        (("BFA", "BFAGOV"), ("DZA", "DZAGOV"), ("164", "160", "161"),
         "recalled their ambassadors from Algeria"),
        (("NER", "NERGOV"), ("DZA", "DZAGOV"), ("164", "160", "161"),
         "recalled their ambassadors from Algeria"),
        (("DZAGOV", "DZAMIL", "DZA"), ("MLI", "MLIMIL", "MLIGOV"), ("112", "111"), "the drone had violated"),
        (("DZAGOV", "DZA"), ("NER", "NERGOV"), ("164", "160", "161"), "Algiers responded by recalling"),
        (("DZAGOV", "DZA"), ("BFA", "BFAGOV"), ("164", "160", "161", "120", "125"), "Algiers responded by"),
        (("MLIMIL",), ("MLIREB",), ("190", "193", "180"), "had been pursuing separatist"),
    ],
    none=["were French colonies until 1960", "Anadolu Agency website contains"],
    parties=[
        ("Algeria's Defense Ministry", "Algeria's Defense Ministry", ("DZAGOV", "DZAMIL")),
        ("the Algerian Foreign Ministry", "Algerian Foreign Ministry", ("DZAGOV",)),
        ("The Malian army", "Malian army", ("MLIMIL",)),
        ("the Confederation of Sahel States (AES)", "Confederation of Sahel States", ("IGO",)),
    ],
)

CMC_ESSEQUIBO = Story(
    "cmc_georgetown_icj", "2025-05-01",
    """World Court orders Venezuela not to hold elections in disputed Essequibo

GEORGETOWN, Guyana, May 1, CMC – The International Court of Justice (ICJ) on Thursday ordered Venezuela to \
refrain from holding elections in the oil-rich Essequibo region, which Guyana administers and Caracas \
claims as its own.

In a 12-3 ruling, the judges said Venezuela "shall refrain from conducting or preparing to conduct \
elections" in the territory pending a final judgment in the case Guyana filed in 2018.

President Irfaan Ali welcomed the order and said Guyana expected Venezuela to comply fully with the \
court's decision.

Venezuelan Vice President Delcy Rodriguez said Caracas did not recognise the court's jurisdiction and that \
the vote for a governor of "Guayana Esequiba" would go ahead on May 25.

The Caribbean Community (CARICOM) expressed "full support" for Guyana and urged Venezuela to respect the \
order.

ExxonMobil, which leads a consortium pumping about 650,000 barrels a day off Guyana's coast, declined to \
comment.

Venezuela's claim to the territory dates back to the 19th century.

CMC/
""",
    events=[
        (("IGO",), ("VEN", "VENGOV"), ("100", "101", "102", "104", "020", "173", "110"),
         "ordered Venezuela to"),
        (("GUYGOV",), ("IGO",), ("051", "050"), "Irfaan Ali welcomed the order"),
        (("VENGOV",), ("IGO",), ("120", "125", "128", "111", "110"), "did not recognise the court"),
        (("IGO",), ("GUY", "GUYGOV"), ("051", "050", "030", "031"), "expressed \"full support\""),
        (("IGO",), ("VEN", "VENGOV"), ("020", "028", "100", "101"), "urged Venezuela to respect"),
    ],
    also=[
        (("IGO",), ("VEN", "VENGOV"), ("100", "101", "102", "104", "020", "110"), "In a 12-3 ruling"),
        (("GUY", "GUYGOV"), ("VEN", "VENGOV"), ("115", "110"), "In a 12-3 ruling"),
        (("GUYGOV",), ("VEN", "VENGOV"), ("100", "101", "020", "028"), "Irfaan Ali welcomed the order"),
    ],
    none=["ExxonMobil, which leads", "dates back to the 19th century", "CMC/"],
    parties=[
        ("President Irfaan Ali", "Irfaan Ali", ("GUYGOV",)),
        ("Vice President Delcy Rodriguez", "Delcy Rodriguez", ("VENGOV",)),
        ("The Caribbean Community (CARICOM)", "Caribbean Community", ("IGO",)),
        ("The International Court of Justice (ICJ)", "International Court of Justice", ("IGO",)),
    ],
)

HARARE_SANCTIONS = Story(
    "newziana_harare", "2024-03-05",
    """US ends Zimbabwe sanctions programme, targets Mnangagwa under new measures

HARARE, March 5 (New Ziana) – The United States on Monday terminated its 20-year sanctions programme \
against Zimbabwe but imposed targeted sanctions on President Emmerson Mnangagwa, his wife and 12 other \
individuals and companies over corruption and human rights abuses.

Presidential spokesperson George Charamba described the new measures as "an insult" and accused \
Washington of meddling in Zimbabwe's internal affairs.

Foreign Affairs Minister Frederick Shava said the government had summoned the US charge d'affaires to \
protest against the designations.

The Southern African Development Community welcomed the end of the programme, which it had long described \
as illegal, and called for the remaining measures to be lifted.

Opposition leader Nelson Chamisa said the sanctions on individuals were "a matter for those affected", and \
called on the government to hold talks on electoral reforms.

The measures were first imposed in 2003 under President George W. Bush.

Tobacco auction floors open in Harare on March 13.
""",
    events=[
        (("USA", "USAGOV"), ("ZWE", "ZWEGOV"), ("085", "080", "081"), "terminated its 20-year sanctions"),
        (("USA", "USAGOV"), ("ZWEGOV",), ("163", "160", "172"), "imposed targeted sanctions"),
        (("ZWEGOV",), ("USA", "USAGOV"), ("112", "111"), "accused Washington"),
        (("ZWEGOV",), ("USA", "USAGOV"), ("114", "110", "111", "100", "040", "043", "160"),
         "had summoned the US"),
        (("IGO",), ("USA", "USAGOV"), ("051", "050"), "welcomed the end of the programme"),
        (("ZWEOPP",), ("ZWEGOV",), ("020", "028", "024", "100", "104"), "called on the government to hold"),
    ],
    also=[
        (("IGO",), ("USA", "USAGOV"), ("020", "028", "100", "108", "111"),
         "welcomed the end of the programme"),
        (("ZWEGOV",), ("USA", "USAGOV"), ("111", "110"), "described the new measures"),
    ],
    none=["first imposed in 2003", "Tobacco auction floors"],
    parties=[
        ("President Emmerson Mnangagwa", "Emmerson Mnangagwa", ("ZWEGOV",)),
        ("spokesperson George Charamba", "George Charamba", ("ZWEGOV",)),
        ("Minister Frederick Shava", "Frederick Shava", ("ZWEGOV",)),
        ("Opposition leader Nelson Chamisa", "Nelson Chamisa", ("ZWEOPP",)),
        ("The Southern African Development Community", "Southern African Development Community", ("IGO",)),
    ],
)

STORIES: list[Story] = [ANKARA_SOMALIA, TASS_BURKINA, KYODO_RAA, BERNAMA_DEPORT, EFE_ICJ, ANSA_ALBANIA,
                        HAVANA_CARACAS, APA_BAKU, NAN_ECOWAS, IANS_HASINA, ANTARA_NICKEL, PNA_DUTERTE,
                        YONHAP_ASTANA, CARACAS_VOTE, KINSHASA_MONUSCO, HAITI_KENYA, XINHUA_GERD,
                        MAPUTO_VERDICT, AAP_PUKPUK, BOGOTA_TARIFFS, TASS_BISHKEK, ANKARA_SAHEL,
                        CMC_ESSEQUIBO, HARARE_SANCTIONS]


if __name__ == "__main__":
    main(STORIES, "stories27")
