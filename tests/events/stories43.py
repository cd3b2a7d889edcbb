"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (forty-first session,
wip/stories43), the twenty-second set: ERA copy of 1985-2003 on the subjects the earlier sets used least,
weighted to the Pacific, the Caribbean, Southern and North Africa and Central Asia: hostage crises and
releases (Speight's siege of Fiji's parliament, the Jamaat al Muslimeen in Port of Spain, the UN observers
held in Tajikistan), coups and a president's dissolution of parliament (Haiti 1991, Vanuatu 1988, the
Sandline affair in Papua New Guinea), nuclear tests protested (Mururoa 1995), a rights group's report
rejected (Havana 1999), newspapers closed and journalists expelled (the Daily News in Harare), a general
strike (Swaziland 1997), an amnesty offered to rebels (Algeria's civil concord), an airline ban (the Libya
air embargo), a border closed (Algeria and Morocco 1994), pipelines and transit fees (Turkmen gas), foreign
workers kidnapped (the Japanese geologists in Batken), a terrorism trial abroad (the Rainbow Warrior agents),
a maritime boundary (Kardak/Imia), an arms embargo breach (the Fowler report), an arms-control verification
visit (Votkinsk), refugee returns organised by UNHCR (Afghans from Iran), a peacekeeping mandate ended
(UNPREDEP), a state visit cancelled (Kinkel's to China), trade talks broken off (the EU-Morocco fishing
talks) and sectarian clashes (Ambon).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires (Reuters, AP,
AFP, UPI, Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, Itar-Tass, BBC Monitoring, Prensa Latina,
Anadolu, Antara), most without a year in the dateline as the agencies wrote them. Each holds reported
speech, pronouns, "the ministry"-style domestic actors, several actors of one country, and most an act
told again or background that must code nothing.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a coup is 180 at the government, a court's
sentence 116, a general strike or boycott 143, an expulsion 174, the release of hostages 0841, a state
visit cancelled a reduction of relations or a rejection, acts named by a noun in a prepositional phrase
background.

Run `python tests/events/stories43.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories43 at 7f5925b9, main's code 66ffa6dd, before any change): of the 130 required events
90 were coded at country + root and 76 at actor + root; of the coded triples 78 were right, 23 accepted, 0
duplicated and 53 wrong; 1 of the 14 non-event paragraphs was coded; of 66 parties 58 were right, 6 wrong
and 2 unresolved. Corrected after the run, as writing errors against the written conventions
(docs/events.md, "Forty-first session: ... (wip/stories43)"): religious groups are MOS / CHR; an unnamed
armed group is the unidentified armed forces (UAF) of its place; talks and calls are both ways; a visit
pairs 042 with the host's 043; the rows' threat tuple lacked 132 and 134-137. On the corrected list main
reads 90 / 79; 82 / 33 / 0 / 39, the branch 90 / 83; 86 / 35 / 0 / 34 (parties 59 / 5 / 2).
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_IGO = ("IGO",)
_NGO = ("NGO",)
_CRIT = ("110", "111", "112", "114", "115")
_REJ = ("120", "121", "122", "123", "124", "125", "126", "127", "128", "129")
_APPEAL = ("020", "021", "022", "023", "024", "025", "026", "027", "028")
_DEMAND = ("100", "101", "102", "103", "104", "105", "106", "107", "108")
_MEET = ("040", "041", "042", "043", "044", "045", "046")
_STATE = ("010", "012", "013", "015", "016", "017", "018")
_INTENT = ("030", "031", "032", "033", "034", "035", "036", "037", "038", "039")
_PRAISE = ("050", "051", "052", "055", "056", "057")
_THREAT = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139")
_PROTEST = ("140", "141", "143", "144", "145")
_REDUCE = ("160", "161", "162", "163", "164", "166")
_COERCE = ("170", "171", "172", "173", "174", "175")
_FIGHT = ("190", "191", "192", "193", "194", "195", "196")
_ASSAULT = ("180", "181", "182", "183", "186")
_YIELD = ("080", "081", "082", "083", "084", "085", "086", "087")
_COOP = ("060", "061", "062", "063", "064")
_AID = ("070", "071", "072", "073", "074", "075")
_SHOW = ("150", "151", "152", "153", "154")
_USA = ("USA", "USAGOV")

_FJI = ("FJI", "FJIGOV")
_FJIREB = ("FJIREB", "FJIOPP", "FJIMIL")

REUTERS_SUVA_HOSTAGES = Story(
    "reuters_suva_speight_hostages", "2000-07-13",
    """Fiji rebels free Chaudhry after 56 days

SUVA, July 13 (Reuters) - Rebel gunmen led by George Speight freed deposed Prime Minister Mahendra Chaudhry \
and the last 17 of their hostages on Thursday, ending a 56-day siege of Fiji's parliament.

The release followed an accord signed on Sunday with the military, which granted the rebels an amnesty and \
agreed to replace the constitution that Speight says gave too much power to ethnic Indians.

Chaudhry, Fiji's first ethnic Indian prime minister, told reporters he had been beaten during his captivity \
and accused the military of abandoning the elected government.

"We were held like animals," he said.

Military commander Commodore Frank Bainimarama said the army would disarm the rebels within days and warned \
that anyone who kept weapons would be arrested.

Australian Foreign Minister Alexander Downer welcomed the release but said Canberra would not lift its \
sanctions until democracy was restored.

New Zealand said it would keep its ban on military contacts with Suva.

Fiji has had three coups since 1987.
""",
    events=[
        (_FJIREB, _FJI + ("FJIELI", "FJICVL"), _YIELD, "freed deposed Prime Minister"),
        (_FJI + ("FJIELI",), ("FJIMIL", "FJI"), _CRIT, "accused the military of abandoning"),
        (("FJIMIL",), ("FJIREB", "FJI", "FJICVL"), _THREAT + _COERCE, "warned that anyone who kept"),
        (("AUS", "AUSGOV"), _FJIREB + _FJI, _PRAISE, "welcomed the release"),
    ],
    also=[
        (("FJIMIL",), _FJIREB, _YIELD + _PRAISE + _COOP, "granted the rebels an amnesty"),
        (_FJIREB, ("FJIMIL",), _PRAISE + _COOP, "granted the rebels an amnesty"),
        (("FJIMIL",), ("FJIREB",), _COERCE + _INTENT + _THREAT, "would disarm the rebels"),
        (("AUS", "AUSGOV"), _FJI, _REJ + _REDUCE + _THREAT + _COERCE, "would not lift its"),
        (("NZL", "NZLGOV"), _FJI, _REDUCE + _REJ + _INTENT, "keep its ban on military"),
    ],
    none=["Fiji has had three coups since 1987."],
    parties=[
        ("deposed Prime Minister Mahendra Chaudhry", "Mahendra Chaudhry", ("FJIGOV", "FJIELI", "FJI")),
        ("Military commander Commodore Frank Bainimarama", "Frank Bainimarama", ("FJIMIL",)),
        ("Australian Foreign Minister Alexander Downer", "Alexander Downer", ("AUSGOV",)),
    ],
)

_FRA = ("FRA", "FRAGOV", "FRAMIL")

AFP_WELLINGTON_MURUROA = Story(
    "afp_wellington_mururoa_test", "1995-09-06",
    """South Pacific anger as France explodes nuclear device at Mururoa

WELLINGTON, Sept 6 (AFP) - New Zealand recalled its ambassador from Paris on Wednesday after France carried \
out the first of a planned series of eight nuclear tests at Mururoa atoll in French Polynesia.

Prime Minister Jim Bolger called the test "an act of arrogance" and said New Zealand would take France to \
the International Court of Justice again.

In Canberra, Prime Minister Paul Keating said Australia deeply regretted the decision and suspended all \
defence cooperation with France.

Japan's government also protested, and Chile said it had summoned the French ambassador in Santiago.

Riots broke out in Papeete, the capital of French Polynesia, where protesters set fire to the airport \
terminal and threw stones at police.

The French Defence Ministry said the device, of less than 20 kilotons, had been detonated 500 metres below \
the atoll and that no radioactivity had escaped.

The South Pacific Forum, which groups 16 states, said it would consider suspending France as a dialogue \
partner.
""",
    events=[
        (("NZL", "NZLGOV"), _FRA, _REDUCE, "recalled its ambassador from Paris"),
        (("NZL", "NZLGOV"), _FRA, _CRIT, "called the test"),
        (("AUS", "AUSGOV"), _FRA, _CRIT, "deeply regretted the decision"),
        (("AUS", "AUSGOV"), _FRA, _REDUCE + ("160",), "suspended all defence cooperation"),
        (("JPN", "JPNGOV"), _FRA, _CRIT + _PROTEST, "Japan's government also protested"),
        (("CHL", "CHLGOV"), _FRA, _CRIT + ("160",), "had summoned the French ambassador"),
        (("PYF", "PYFOPP", "PYFCVL", "FRA", "FRAOPP", "FRACVL"), ("PYFCOP", "PYF", "FRACOP", "FRA", "PYFGOV"),
         _PROTEST + _ASSAULT + _FIGHT, "threw stones at police"),
    ],
    also=[
        (_FRA, ("PYF", "PYFCVL", "NZL", "AUS"), _SHOW + _FIGHT + ("200", "204"),
         "France carried out the first"),
        (("NZL", "NZLGOV"), _FRA, _CRIT + _INTENT + _THREAT, "would take France to"),
        (("PYF", "PYFOPP", "PYFCVL", "FRA", "FRAOPP", "FRACVL"), ("PYFCOP", "PYF", "FRACOP", "FRA", "PYFGOV"),
         _PROTEST + _ASSAULT + _COERCE, "set fire to the airport"),
        (_IGO, _FRA, _REDUCE + _INTENT + _THREAT, "would consider suspending France"),
    ],
    none=["had been detonated 500 metres"],
    parties=[
        ("Prime Minister Jim Bolger", "Jim Bolger", ("NZLGOV",)),
        ("Prime Minister Paul Keating", "Paul Keating", ("AUSGOV",)),
    ],
)

_HTIMIL = ("HTIMIL", "HTIREB")
_HTI = ("HTI", "HTIGOV", "HTIMIL")

AP_PORT_AU_PRINCE_COUP = Story(
    "ap_port_au_prince_aristide_coup", "1991-10-01",
    """Army ousts Aristide; president flies to Venezuela

PORT-AU-PRINCE, Haiti (AP) - Mutinous soldiers overthrew President Jean-Bertrand Aristide on Monday, seven \
months after he became Haiti's first freely elected leader, and the army commander said he had taken power \
to save the country from chaos.

Aristide was allowed to fly to Caracas early Tuesday after the French, U.S. and Venezuelan ambassadors \
negotiated his safe conduct with the military.

Brig. Gen. Raoul Cedras said in a radio address that the armed forces would hold power only until new \
elections could be organized, and he ordered a curfew in the capital.

Soldiers fired on crowds of Aristide supporters in the slums of Port-au-Prince, and hospital workers said at \
least 26 people had been killed.

In Washington, the Bush administration condemned the coup, suspended economic and military aid to Haiti and \
demanded that Aristide be restored.

The Organization of American States called an emergency meeting of its foreign ministers.

Venezuelan President Carlos Andres Perez, who received Aristide at the airport, called the coup leaders \
"gorillas" and said Latin America would not recognize them.
""",
    events=[
        (_HTIMIL, ("HTIGOV", "HTI"), ("180", "181", "182") + _COERCE, "overthrew President Jean-Bertrand"),
        (_HTIMIL, ("HTICVL", "HTI"), ("172", "1723", "170") + _COERCE, "he ordered a curfew"),
        (_HTIMIL, ("HTICVL", "HTI", "HTIOPP", "HTIGOV", "HTISPP"), _FIGHT + _ASSAULT + ("175",),
         "Soldiers fired on crowds"),
        (_USA, _HTIMIL + ("HTI",), _CRIT, "condemned the coup"),
        (_USA, _HTI, _REDUCE, "suspended economic and military aid"),
        (_USA, _HTI, _DEMAND + _APPEAL, "demanded that Aristide be restored"),
        (("VEN", "VENGOV"), _HTIMIL + ("HTI",), _CRIT, "called the coup leaders"),
    ],
    also=[
        (_HTIMIL, ("HTIGOV", "HTI"), ("180",) + _STATE, "he had taken power"),
        (_HTIMIL, ("HTIGOV", "HTI"), _YIELD, "Aristide was allowed to fly"),
        (("FRA", "FRAGOV", "USA", "USAGOV", "VEN", "VENGOV"), _HTIMIL, _MEET + _PRAISE,
         "negotiated his safe conduct"),
        (_HTIMIL, ("FRA", "FRAGOV", "USA", "USAGOV", "VEN", "VENGOV"), _MEET + _PRAISE,
         "negotiated his safe conduct"),
        (("VEN", "VENGOV"), _HTIMIL + ("HTI",), _REJ + _REDUCE, "would not recognize them"),
        (("VEN", "VENGOV"), ("HTIGOV", "HTI"), _MEET + _AID, "who received Aristide"),
        (("HTIGOV", "HTI"), ("VEN", "VENGOV"), _MEET, "who received Aristide"),
    ],
    none=["called an emergency meeting of its foreign ministers"],
    parties=[
        ("Brig. Gen. Raoul Cedras", "Raoul Cedras", ("HTIMIL",)),
        ("Venezuelan President Carlos Andres Perez", "Carlos Andres Perez", ("VENGOV",)),
        ("overthrew President Jean-Bertrand Aristide", "Jean-Bertrand Aristide", ("HTIGOV",)),
    ],
)

_CUB = ("CUB", "CUBGOV")

PL_HAVANA_REPORT = Story(
    "pl_havana_rights_report", "1999-06-29",
    """Cuba rejects U.S.-based rights group's report as "slander"

HAVANA, June 29 (PL) - The Cuban Foreign Ministry on Tuesday rejected a report by the New York-based group \
Human Rights Watch that accused Cuban authorities of jailing hundreds of dissidents, describing it as part \
of a campaign of slander orchestrated from Washington.

A ministry spokesman said the report repeated "the same old lies" of counter-revolutionary groups in Miami \
and ignored Cuba's achievements in health and education.

The report, released in New York on Monday, said at least 350 people were serving prison terms for political \
offences and called on the European Union and Canada to press Havana to free them.

The spokesman said Cuba would not accept lectures on human rights from a country that had maintained an \
economic blockade against the Cuban people for almost 40 years.

He accused the United States of financing the dissident groups through its Interests Section in Havana.

Foreign Minister Felipe Perez Roque met the Canadian ambassador on Tuesday and thanked Canada for its policy \
of dialogue with Cuba.
""",
    events=[
        (_CUB, _NGO, _REJ + ("016",), "rejected a report by"),
        (_NGO, ("IGOEEU", "IGO", "CAN", "CANGOV"), _APPEAL, "called on the European Union"),
        (_CUB, _USA, _CRIT, "He accused the United States"),
        (_CUB, ("CAN", "CANGOV"), _MEET, "met the Canadian ambassador"),
        (_CUB, ("CAN", "CANGOV"), _PRAISE, "thanked Canada"),
    ],
    also=[
        (_NGO, _CUB, _CRIT, "accused Cuban authorities"),
        (_CUB, _NGO + _USA, _CRIT, "rejected a report by"),
        (_CUB, _NGO, _CRIT, "repeated \"the same old lies\""),
        (_NGO, _CUB, _CRIT + _DEMAND, "said at least 350 people"),
        (_CUB, _USA, _REJ + _CRIT, "would not accept lectures"),
        (("CAN", "CANGOV"), _CUB, _MEET, "met the Canadian ambassador"),
    ],
    none=[],
    parties=[
        ("Foreign Minister Felipe Perez Roque", "Felipe Perez Roque", ("CUBGOV",)),
        ("group Human Rights Watch", "Human Rights Watch", ("NGO",)),
    ],
)

_TTO = ("TTO", "TTOGOV")
_TTOREB = ("TTOREB", "TTOOPP", "TTOREL", "TTOCVL")

UPI_PORT_OF_SPAIN_SIEGE = Story(
    "upi_port_of_spain_jamaat_siege", "1990-08-01",
    """Trinidad rebels free prime minister, surrender

PORT OF SPAIN, Trinidad, Aug. 1 (UPI) -- Muslim rebels who stormed Trinidad's parliament and held Prime \
Minister A.N.R. Robinson hostage for six days surrendered to the army Wednesday after freeing their last \
captives.

Yasin Abu Bakr, leader of the Jamaat al Muslimeen, led about 100 of his followers out of the television \
station they had seized on Friday and laid down their arms in front of troops.

The rebels had earlier released Robinson, who was shot in the leg during the siege, and several cabinet \
ministers.

Acting President Emmanuel Carter had signed an amnesty for the rebels in return for their surrender, but \
Attorney General Anthony Smart said the government would ask the courts to decide whether the amnesty was \
valid.

Police said at least 30 people died during the uprising, most of them in looting and arson in the capital.

Venezuela and Jamaica sent troops to help restore order, and the United States flew in emergency supplies.

The government lifted the curfew in the capital but kept a state of emergency in force.
""",
    events=[
        (_TTOREB, ("TTOMIL", "TTO", "TTOGOV"), _YIELD, "surrendered to the army"),
        (_TTOREB, _TTO + ("TTOCVL",), _YIELD, "had earlier released Robinson"),
        (_TTO, _TTOREB, _YIELD + _PRAISE + _INTENT, "had signed an amnesty"),
        (("VEN", "VENGOV", "VENMIL"), _TTO, _AID + _COOP, "sent troops to help"),
        (("JAM", "JAMGOV", "JAMMIL"), _TTO, _AID + _COOP, "sent troops to help"),
        (_USA, _TTO, _AID, "flew in emergency supplies"),
        (_TTO, ("TTOCVL", "TTO"), _YIELD, "lifted the curfew"),
    ],
    also=[
        (_TTOREB, ("TTOGOV", "TTO", "TTOLEG"), _ASSAULT + _FIGHT + _COERCE,
         "who stormed Trinidad's parliament"),
        (_TTOREB, ("TTOGOV", "TTO"), ("181",) + _ASSAULT, "held Prime Minister A.N.R. Robinson"),
        (_TTOREB, _TTO + ("TTOCVL",), _YIELD, "after freeing their last"),
        (_TTOREB, ("TTOMIL", "TTO", "TTOGOV"), _YIELD, "laid down their arms"),
        (_TTOREB, ("TTOMED", "TTO", "TTOBUS"), _COERCE + _ASSAULT, "they had seized on Friday"),
        (_TTO, ("TTOCVL", "TTO"), _COERCE + ("1724",), "kept a state of emergency"),
        (_TTO, _TTOREB, _REJ + _CRIT + _INTENT, "would ask the courts"),
    ],
    none=["at least 30 people died during the uprising"],
    parties=[
        ("Prime Minister A.N.R. Robinson", "A.N.R. Robinson", ("TTOGOV",)),
        ("Yasin Abu Bakr, leader", "Yasin Abu Bakr", ("TTOREB", "TTOOPP", "TTOREL")),
        ("Acting President Emmanuel Carter", "Emmanuel Carter", ("TTOGOV",)),
        ("Attorney General Anthony Smart", "Anthony Smart", ("TTOGOV", "TTOJUD")),
    ],
)

_ZWE = ("ZWE", "ZWEGOV")
_ZWEMED = ("ZWEMED", "ZWEBUS", "MED")

AFP_HARARE_DAILY_NEWS = Story(
    "afp_harare_daily_news_closed", "2003-09-12",
    """Zimbabwe police shut down independent Daily News

HARARE, Sept 12 (AFP) - Armed police shut down the Daily News, Zimbabwe's only independent daily newspaper, \
on Friday and seized its computers a day after the Supreme Court ruled that it was operating illegally \
without a licence.

Riot police sealed off the newspaper's offices in central Harare and ordered staff to leave, editor Nqobile \
Nyathi told AFP.

Information Minister Jonathan Moyo said the paper had defied the law and would not be allowed to publish \
until it registered with the state media commission.

The paper's owners, Associated Newspapers of Zimbabwe, accused the government of trying to silence its \
critics ahead of elections and said they would apply for a licence at once.

The Media Institute of Southern Africa condemned the closure as an assault on press freedom, and the United \
States urged President Robert Mugabe's government to let the paper reopen.

In May, the government expelled Andrew Meldrum, the Harare correspondent of Britain's Guardian newspaper and \
the last foreign reporter based in Zimbabwe.
""",
    events=[
        (("ZWECOP", "ZWE", "ZWEGOV"), _ZWEMED, _COERCE + _REDUCE, "shut down the Daily News"),
        (_ZWE, _ZWEMED, _CRIT, "said the paper had defied"),
        (_ZWEMED, _ZWE, _CRIT, "accused the government of trying"),
        (_NGO + _IGO + ("ZAFMED", "MED"), _ZWE + ("ZWECOP",), _CRIT, "condemned the closure"),
        (_USA, _ZWE, _APPEAL + _DEMAND, "urged President Robert Mugabe's"),
        (_ZWE, ("GBRMED", "GBR", "USAMED", "USA", "USACVL", "GBRCVL"), ("174", "166") + _COERCE,
         "the government expelled Andrew Meldrum"),
    ],
    also=[
        (("ZWECOP", "ZWE", "ZWEGOV"), _ZWEMED, _COERCE, "seized its computers"),
        (("ZWEJUD",), _ZWEMED, _CRIT + _COERCE + ("116",), "the Supreme Court ruled"),
        (("ZWECOP", "ZWE", "ZWEGOV"), _ZWEMED, _COERCE + _DEMAND, "sealed off the newspaper's"),
        (_ZWE, _ZWEMED, _COERCE + _REJ + _THREAT, "would not be allowed to publish"),
    ],
    none=[],
    parties=[
        ("Information Minister Jonathan Moyo", "Jonathan Moyo", ("ZWEGOV",)),
        ("President Robert Mugabe's", "Robert Mugabe", ("ZWEGOV",)),
    ],
)

_SWZ = ("SWZ", "SWZGOV")
_SWZLAB = ("SWZLAB", "SWZOPP", "SWZCVL")

REUTERS_MBABANE_STRIKE = Story(
    "reuters_mbabane_general_strike", "1997-02-03",
    """Swazi unions begin general strike, leaders arrested

MBABANE, Feb 3 (Reuters) - Swaziland's trade unions began an indefinite general strike on Monday to press \
King Mswati III to lift a 24-year ban on political parties, and police arrested four union leaders at dawn.

The Swaziland Federation of Trade Unions said most factories, banks and shops in Mbabane and the industrial \
town of Matsapha were closed and that buses had stopped running.

Police fired tear gas at several hundred strikers who tried to march on the prime minister's office, \
witnesses said.

Prime Minister Sibusiso Dlamini declared the strike illegal and warned that workers who stayed away for more \
than three days would lose their jobs.

SFTU secretary-general Jan Sithole, who went into hiding on Sunday, accused the government of ruling by \
decree and said the strike would go on until the leaders were freed.

South Africa's Congress of South African Trade Unions threatened to blockade the border posts with Swaziland \
in solidarity.

The king has ruled since 1986 under a 1973 decree that concentrated all power in the monarchy.
""",
    events=[
        (_SWZLAB, _SWZ, _PROTEST, "began an indefinite general strike"),
        (("SWZCOP", "SWZ", "SWZGOV"), _SWZLAB, _COERCE, "police arrested four union leaders"),
        (("SWZCOP", "SWZ", "SWZGOV"), _SWZLAB, _COERCE + ("180",), "fired tear gas at several"),
        (_SWZ, _SWZLAB, _THREAT + _COERCE, "warned that workers"),
        (_SWZLAB, _SWZ, _CRIT, "accused the government of ruling"),
        (("ZAFLAB", "ZAF"), _SWZ, _THREAT, "threatened to blockade"),
    ],
    also=[
        (_SWZLAB, _SWZ, _DEMAND + _APPEAL, "to press King Mswati III"),
        (_SWZ, _SWZLAB, _CRIT + _COERCE + _REJ, "declared the strike illegal"),
        (_SWZLAB, _SWZ, _PROTEST + _THREAT + _DEMAND, "the strike would go on"),
        (_SWZLAB, _SWZ, _PROTEST, "tried to march on"),
    ],
    none=["The king has ruled since 1986"],
    parties=[
        ("Prime Minister Sibusiso Dlamini", "Sibusiso Dlamini", ("SWZGOV",)),
        ("SFTU secretary-general Jan Sithole", "Jan Sithole", ("SWZLAB",)),
        ("King Mswati III", "Mswati III", ("SWZGOV",)),
    ],
)

_DZA = ("DZA", "DZAGOV")
_DZAREB = ("DZAREB", "DZAOPP", "DZAIMG", "DZAREL")

REUTERS_ALGIERS_AMNESTY = Story(
    "reuters_algiers_ais_amnesty", "2000-01-13",
    """Algeria's amnesty ends as Islamic army disbands

ALGIERS, Jan 13 (Reuters) - The Islamic Salvation Army (AIS), armed wing of the banned Islamic Salvation \
Front, announced it was dissolving itself on Thursday as the deadline of President Abdelaziz Bouteflika's \
amnesty for Moslem rebels expired.

In a statement read on state radio, AIS leader Madani Mezrag said his 3,000 fighters would hand over their \
weapons to the army and thanked Bouteflika for his "courageous" offer.

Bouteflika pardoned the AIS fighters by decree on Tuesday, granting them full immunity from prosecution.

Interior Minister Yazid Zerhouni said more than 1,000 members of other groups had surrendered under the \
civil concord law since July, and he warned that those still fighting would be "eradicated".

The Armed Islamic Group (GIA), which has rejected the amnesty, killed 14 villagers near Medea on Tuesday \
night, the security forces said.

The human rights group Amnesty International criticised the law, saying it let killers escape justice.

About 100,000 people have died in Algeria since the army cancelled the 1992 general election that the FIS \
was poised to win.
""",
    events=[
        (_DZAREB, ("DZAMIL", "DZA", "DZAGOV"), _YIELD + _INTENT, "would hand over their"),
        (_DZAREB, _DZA, _PRAISE, "thanked Bouteflika"),
        (_DZA, _DZAREB, _YIELD + _PRAISE, "pardoned the AIS fighters"),
        (_DZAREB, ("DZACVL", "DZA"), _ASSAULT + _FIGHT, "killed 14 villagers"),
        (_NGO, _DZA, _CRIT, "criticised the law"),
    ],
    also=[
        (_DZAREB, _DZA + ("DZAMIL",), _YIELD, "had surrendered under"),
        (_DZA, _DZAREB, _THREAT + _COERCE, "he warned that those still"),
        (_DZAREB, _DZA, _REJ, "has rejected the amnesty"),
        (_DZA, _DZAREB, _YIELD + _PRAISE, "granting them full immunity"),
    ],
    none=["About 100,000 people have died"],
    parties=[
        ("President Abdelaziz Bouteflika's", "Abdelaziz Bouteflika", ("DZAGOV",)),
        ("Interior Minister Yazid Zerhouni", "Yazid Zerhouni", ("DZAGOV",)),
        ("AIS leader Madani Mezrag", "Madani Mezrag", _DZAREB),
    ],
)

_LBY = ("LBY", "LBYGOV")
_EGY = ("EGY", "EGYGOV")

MENA_CAIRO_AIR_EMBARGO = Story(
    "mena_cairo_libya_air_embargo", "1992-04-15",
    """Egypt halts flights to Libya as U.N. air embargo takes effect

CAIRO, April 15 (MENA) - EgyptAir suspended all its flights to Libya on Wednesday as United Nations \
sanctions banning air links with Tripoli came into force, the Civil Aviation Ministry said.

The Security Council imposed the embargo last month after Libya refused to hand over two men accused of the \
1988 bombing of a Pan Am airliner over Lockerbie, Scotland.

President Hosni Mubarak held talks with Libyan leader Moammar Gadhafi at the border town of Sallum on \
Tuesday and urged him to cooperate with the United Nations to spare the Libyan people further hardship.

Libya's official news agency JANA said Tripoli would close its airspace to all aircraft of the countries \
that applied the sanctions and called the embargo an act of aggression.

Egyptian officials said the border crossing at Sallum would stay open, and thousands of Libyans crossed into \
Egypt by road to catch flights from Cairo.

The Arab League's secretary-general, Esmat Abdel-Meguid, expressed regret at the sanctions and called for \
dialogue between Libya and the Western powers.
""",
    events=[
        (_EGY + ("EGYBUS",), _LBY, _REDUCE + _COERCE, "suspended all its flights"),
        (_IGO, _LBY, _REDUCE + _COERCE, "imposed the embargo last month"),
        (_EGY, _LBY, _MEET, "held talks with Libyan leader"),
        (_EGY, _LBY, _APPEAL, "urged him to cooperate"),
        (_LBY, _IGO, _CRIT, "called the embargo an act"),
        (_IGO, _IGO + ("USA", "GBR", "FRA"), _CRIT, "expressed regret at the sanctions"),
    ],
    also=[
        (_LBY, _EGY, _MEET, "held talks with Libyan leader"),
        (_LBY, _IGO + ("USA", "GBR"), _REJ, "Libya refused to hand over"),
        (_LBY, _IGO + ("USA", "GBR", "FRA"), _REDUCE + _COERCE + _THREAT + _INTENT,
         "would close its airspace"),
        (_IGO, _LBY + ("USA", "GBR", "FRA"), _APPEAL + _MEET, "called for dialogue between"),
    ],
    none=["would stay open, and thousands of Libyans"],
    parties=[
        ("President Hosni Mubarak", "Hosni Mubarak", ("EGYGOV",)),
        ("Libyan leader Moammar Gadhafi", "Moammar Gadhafi", ("LBYGOV",)),
        ("Esmat Abdel-Meguid, expressed", "Esmat Abdel-Meguid", ("IGO",)),
    ],
)

_MAR = ("MAR", "MARGOV")

AP_RABAT_BORDER = Story(
    "ap_rabat_algeria_closes_border", "1994-08-27",
    """Algeria closes border with Morocco after visa row

RABAT, Morocco (AP) - Algeria closed its land border with Morocco on Saturday, a day after Morocco imposed \
visas on Algerians and expelled hundreds of Algerian nationals it accused of living in the country \
illegally.

Morocco's Interior Ministry blamed the Algerian intelligence services for the Aug. 24 attack on a Marrakech \
hotel in which two Spanish tourists were killed, and said three of the gunmen were Algerian-born Frenchmen.

The Algerian government rejected the accusation as "unfounded and dangerous" and accused Rabat of harming \
relations between the two peoples.

Morocco's King Hassan II told French television that he did not blame the Algerian authorities themselves \
and called for calm.

Hundreds of Moroccan families were stranded at the Oujda crossing as Algerian border guards turned them \
back.

The border had been reopened in 1988, when the two countries restored diplomatic relations broken off over \
the Western Sahara conflict.
""",
    events=[
        (_DZA, _MAR, _REDUCE + _COERCE + ("191",), "closed its land border"),
        (_MAR, _DZA + ("DZACVL",), _COERCE + _REDUCE, "imposed visas on Algerians"),
        (_MAR, _DZA + ("DZACVL",), ("174", "166") + _COERCE, "expelled hundreds of Algerian"),
        (_MAR, ("DZASPY", "DZA", "DZAGOV"), _CRIT, "blamed the Algerian intelligence"),
        (_DZA, _MAR, _REJ + ("016",), "rejected the accusation"),
        (_DZA, _MAR, _CRIT, "accused Rabat of harming"),
    ],
    also=[
        (_MAR, _DZA + ("DZACVL",), _CRIT, "it accused of living"),
        (("DZAMIL", "DZA", "DZACOP"), ("MARCVL", "MAR"), _COERCE + _REDUCE + _REJ, "turned them back"),
        (_MAR, _DZA, ("050", "064", "081", "085"), "The border had been reopened"),
        (_DZA, _MAR, ("050", "064", "081", "085"), "The border had been reopened"),
        (_MAR, _DZA, ("010", "016", "051"), "did not blame the Algerian"),
    ],
    none=[],
    parties=[
        ("Morocco's King Hassan II", "Hassan II", ("MARGOV",)),
    ],
)

_TJK = ("TJK", "TJKGOV")
_TJKREB = ("TJKREB", "TJKOPP", "TJKIMG")
_GUNMEN = _TJKREB + ("TJKUAF",)

ITARTASS_DUSHANBE_HOSTAGES = Story(
    "itartass_dushanbe_observers_freed", "1997-02-17",
    """Tajik gunmen free last hostages including U.N. observers

DUSHANBE, February 17 (Itar-Tass) - An armed group led by field commander Bakhrom Sodirov on Monday freed \
the last of the hostages it had held for almost two weeks, among them four United Nations military observers \
and a Red Cross official, the Tajik Security Ministry said.

The gunmen had demanded that the government allow Sodirov's brother Rizvon and some 40 of his fighters to \
return from Afghanistan, where they had been fighting alongside the opposition.

The hostages were released after the government and the United Tajik Opposition agreed to let the fighters \
cross the border under guard, the ministry said.

President Emomali Rakhmonov thanked UTO leader Said Abdullo Nuri for his help in securing the release and \
said the two sides would resume peace talks in Moscow next month.

Russian border guards on the Tajik-Afghan frontier said they had escorted the fighters across the Panj river \
at the request of Dushanbe.

U.N. Secretary-General Kofi Annan welcomed the release but condemned hostage-taking as a "cowardly act".

Tajikistan's five-year civil war has killed tens of thousands of people.
""",
    events=[
        (_GUNMEN, _IGO + _NGO, _YIELD, "freed the last of the hostages"),
        (_GUNMEN, _TJK, _DEMAND, "had demanded that the government"),
        (_TJK, _TJKREB, _PRAISE, "thanked UTO leader"),
        (_IGO, _GUNMEN + _TJK, _PRAISE, "welcomed the release"),
    ],
    also=[
        (_TJK, _TJKREB, _YIELD + _PRAISE + _COOP + _INTENT, "agreed to let the fighters"),
        (_TJKREB, _TJK, _YIELD + _PRAISE + _COOP + _INTENT, "agreed to let the fighters"),
        (_TJK, _TJKREB, _MEET + _INTENT, "would resume peace talks"),
        (_TJKREB, _TJK, _MEET + _INTENT, "would resume peace talks"),
        (("RUSMIL", "RUS"), _TJKREB, _COOP + _AID + _YIELD, "had escorted the fighters"),
        (_IGO, _TJKREB, _CRIT, "condemned hostage-taking"),
    ],
    none=["civil war has killed tens of thousands"],
    parties=[
        ("President Emomali Rakhmonov", "Emomali Rakhmonov", ("TJKGOV",)),
        ("UTO leader Said Abdullo Nuri", "Said Abdullo Nuri", _TJKREB),
        ("U.N. Secretary-General Kofi Annan", "Kofi Annan", ("IGO",)),
    ],
)

_TKM = ("TKM", "TKMGOV", "TKMBUS")
_UKR = ("UKR", "UKRGOV")

BBCM_ASHGABAT_GAS = Story(
    "bbcm_ashgabat_gas_to_ukraine", "1997-03-11",
    """Turkmenistan: Gas deliveries to Ukraine halted over debt

Text of report by Turkmen radio on 11 March

The Turkmen state concern Turkmenrosgaz has stopped gas deliveries to Ukraine because of Ukraine's failure \
to pay a debt of 780m dollars for gas supplied last year, the Oil and Gas Ministry said today.

President Saparmurat Niyazov said Turkmenistan would not resume deliveries until Kiev paid at least half of \
the debt in cash, and rejected Ukraine's proposal to settle the debt with goods.

The president also accused the Russian gas monopoly Gazprom of charging excessive fees for the transit of \
Turkmen gas through its pipelines to Europe.

Niyazov instructed the foreign minister to begin talks with Iran and Turkey on building a pipeline that \
would bypass Russia.

A Ukrainian government delegation is expected in Ashgabat next week to discuss the debt.

Source: Turkmen radio, Ashgabat, in Turkmen 0900 gmt 11 Mar 97
""",
    events=[
        (_TKM, _UKR, _REDUCE + _COERCE, "has stopped gas deliveries"),
        (("TKMGOV", "TKM"), _UKR, _REJ, "rejected Ukraine's proposal"),
        (("TKMGOV", "TKM"), ("RUSBUS", "RUS"), _CRIT, "accused the Russian gas monopoly"),
    ],
    also=[
        (("TKMGOV", "TKM"), _UKR, _REJ + _DEMAND + _THREAT, "would not resume deliveries"),
        (("TKMGOV", "TKM"), ("IRN", "IRNGOV", "TUR", "TURGOV"), _MEET + _INTENT, "to begin talks with Iran"),
        (_UKR, _TKM, _MEET + _INTENT, "delegation is expected"),
        (_TKM, _UKR, _MEET + _INTENT, "delegation is expected"),
        (("IRN", "IRNGOV", "TUR", "TURGOV"), ("TKMGOV", "TKM"), _MEET + _INTENT, "to begin talks with Iran"),
    ],
    none=["Source: Turkmen radio"],
    parties=[
        ("President Saparmurat Niyazov", "Saparmurat Niyazov", ("TKMGOV",)),
    ],
)

_KGZ = ("KGZ", "KGZGOV")
_MILITANTS = ("UZBREB", "KGZREB", "TJKREB", "UZBIMG", "KGZIMG", "IMGMUS", "---REB", "UZBOPP", "KGZUAF")

KYODO_BISHKEK_KIDNAP = Story(
    "kyodo_bishkek_geologists_kidnapped", "1999-08-24",
    """Four Japanese geologists kidnapped in Kyrgyzstan

BISHKEK, Aug. 24 Kyodo - Armed Islamic militants who crossed into southern Kyrgyzstan from Tajikistan on \
Monday kidnapped four Japanese mining engineers, their Kyrgyz interpreter and the commander of the Kyrgyz \
interior troops, the Kyrgyz Foreign Ministry said Tuesday.

The engineers, working for the Japan International Cooperation Agency, were seized in a village in the \
Batken region along with four Kyrgyz soldiers, the ministry said.

The militants, believed to belong to the Islamic Movement of Uzbekistan, have demanded the release of Moslem \
prisoners held in Uzbekistan and safe passage to Uzbekistan's Fergana Valley, ministry officials said.

Japanese Foreign Minister Masahiko Komura asked Kyrgyz President Askar Akayev by telephone to give priority \
to the hostages' safety and said Tokyo would send a team of officials to Bishkek.

Uzbek warplanes bombed suspected rebel positions in the mountains on Monday, and Kyrgyzstan protested the \
raid, which it said had killed several civilians.

Akayev ordered troops to seal off the region and said Kyrgyzstan would not negotiate with terrorists.
""",
    events=[
        (_MILITANTS, ("JPN", "JPNCVL", "JPNBUS", "JPNGOV"), ("181",) + _ASSAULT, "kidnapped four Japanese"),
        (_MILITANTS, ("UZB", "UZBGOV"), _DEMAND, "have demanded the release"),
        (("JPN", "JPNGOV"), _KGZ, _APPEAL, "asked Kyrgyz President Askar Akayev"),
        (("UZBMIL", "UZB"), _MILITANTS + ("KGZ", "KGZCVL"), _FIGHT + _ASSAULT, "Uzbek warplanes bombed"),
        (_KGZ, ("UZB", "UZBGOV", "UZBMIL"), _CRIT + _PROTEST, "Kyrgyzstan protested the raid"),
    ],
    also=[
        (_MILITANTS, ("KGZ", "KGZMIL", "KGZCOP", "KGZCVL"), ("181",) + _ASSAULT, "kidnapped four Japanese"),
        (_MILITANTS, ("KGZ", "KGZCVL"), _FIGHT + ("190",), "who crossed into southern"),
        (("JPN", "JPNGOV"), _KGZ, _MEET + _INTENT + _AID, "would send a team"),
        (("JPN", "JPNGOV"), _KGZ, ("041",), "by telephone"),
        (_KGZ, _MILITANTS + ("KGZ", "KGZCVL"), _COERCE + _SHOW + _FIGHT, "ordered troops to seal off"),
        (_KGZ, _MILITANTS, _REJ, "would not negotiate"),
        (_KGZ, ("UZB", "UZBGOV", "UZBMIL"), _CRIT, "had killed several civilians"),
    ],
    none=[],
    parties=[
        ("Japanese Foreign Minister Masahiko Komura", "Masahiko Komura", ("JPNGOV",)),
        ("Kyrgyz President Askar Akayev", "Askar Akayev", ("KGZGOV",)),
    ],
)

_PNG = ("PNG", "PNGGOV")
_PNGMIL = ("PNGMIL",)

XINHUA_PORT_MORESBY_SANDLINE = Story(
    "xinhua_port_moresby_sandline", "1997-03-17",
    """PNG army chief sacked after demanding Chan resign over mercenaries

PORT MORESBY, March 17 (Xinhua) -- Papua New Guinea Prime Minister Sir Julius Chan on Monday sacked the \
commander of the defence force, Brigadier General Jerry Singirok, hours after the general demanded that Chan \
resign over a secret contract to hire foreign mercenaries to fight rebels on Bougainville.

Singirok said in a radio broadcast that the army had detained the mercenaries of the British-based company \
Sandline International and would deport them, and he called on the prime minister, his deputy and the \
defence minister to step down within 48 hours.

Troops loyal to Singirok refused to obey the new commander named by the government, Colonel Jack Tuat.

Several thousand students and residents marched on Parliament House in Port Moresby to demand Chan's \
resignation, and police fired tear gas to disperse them.

Australian Prime Minister John Howard urged the government and the army to settle the crisis peacefully and \
repeated Canberra's opposition to the use of mercenaries.

The Bougainville Revolutionary Army, which has fought for independence since 1989, welcomed the army's \
action.
""",
    events=[
        (_PNGMIL, _PNG, _DEMAND + _APPEAL, "the general demanded that Chan"),
        (_PNGMIL, ("GBR", "GBRBUS", "GBRMIL", "---MIL", "MIL", "PNGMIL"), ("173",) + _COERCE,
         "had detained the mercenaries"),
        (_PNGMIL, _PNG, _DEMAND + _APPEAL, "he called on the prime minister"),
        (_PNGMIL, _PNG + _PNGMIL, _REJ, "refused to obey"),
        (("PNGCVL", "PNGOPP", "PNGEDU", "PNG"), ("PNGLEG", "PNGGOV", "PNG"), _PROTEST,
         "marched on Parliament"),
        (("PNGCOP", "PNG", "PNGGOV"), ("PNGCVL", "PNGOPP", "PNGEDU"), _COERCE + ("180",),
         "police fired tear gas"),
        (("AUS", "AUSGOV"), _PNG + _PNGMIL, _APPEAL, "urged the government and the army"),
        (("PNGREB", "PNG"), _PNGMIL, _PRAISE, "welcomed the army's action"),
    ],
    also=[
        (_PNG, _PNGMIL, _COERCE + _REDUCE + _CRIT, "sacked the commander"),
        (_PNGMIL, ("GBR", "GBRBUS", "GBRMIL", "---MIL", "MIL", "PNGMIL"),
         ("174",) + _COERCE + _INTENT + _THREAT, "would deport them"),
        (("AUS", "AUSGOV"), _PNG, _CRIT + _REJ, "repeated Canberra's opposition"),
        (("PNGCVL", "PNGOPP", "PNGEDU", "PNG"), _PNG, _DEMAND + _PROTEST, "to demand Chan's"),
    ],
    none=[],
    parties=[
        ("Prime Minister Sir Julius Chan", "Julius Chan", ("PNGGOV",)),
        ("Brigadier General Jerry Singirok", "Jerry Singirok", ("PNGMIL",)),
        ("Australian Prime Minister John Howard", "John Howard", ("AUSGOV",)),
    ],
)

_VUT = ("VUT", "VUTGOV")
_SOPE = ("VUTGOV", "VUTOPP", "VUTELI", "VUT", "VUTLEG")

AFP_PORT_VILA_CRISIS = Story(
    "afp_port_vila_president_dissolves", "1988-12-17",
    """Vanuatu president dissolves parliament, names rival prime minister

PORT VILA, Dec 17 (AFP) - Vanuatu President George Sokomanu dissolved parliament on Saturday and swore in \
Barak Sope as head of an interim government, but Prime Minister Walter Lini refused to step down and called \
the move unconstitutional.

Lini said his government remained the country's legal authority and ordered police to arrest Sope and the \
ministers he had sworn in.

Police detained Sope, Sokomanu and four others at the president's office late on Saturday, a government \
spokesman said.

The chief justice said the president had no power to dissolve parliament without the advice of the prime \
minister.

Sope, whom Lini expelled from the ruling Vanua'aku Pati earlier this year, accused the prime minister of \
acting like a dictator.

Australia and New Zealand said they would recognise only Lini's government, and Canberra put troops on \
standby to evacuate its nationals if violence broke out.

Vanuatu, a former Anglo-French condominium, won independence in 1980.
""",
    events=[
        (_VUT, ("VUTLEG", "VUT"), _COERCE + _REDUCE + _REJ, "dissolved parliament on Saturday"),
        (_VUT, _VUT, _REJ, "refused to step down"),
        (_VUT, _VUT, _CRIT, "called the move unconstitutional"),
        (_VUT, _SOPE, ("173",) + _COERCE, "ordered police to arrest Sope"),
        (("VUTCOP", "VUT", "VUTGOV"), _SOPE, ("173",) + _COERCE, "Police detained Sope"),
        (_SOPE, _VUT, _CRIT, "accused the prime minister"),
    ],
    also=[
        (_VUT, _SOPE, _PRAISE + _YIELD, "swore in"),
        (("VUTJUD",), _VUT, _CRIT + _REJ, "had no power to dissolve"),
        (_VUT, _SOPE, _COERCE + _REDUCE, "whom Lini expelled"),
        (("AUS", "AUSGOV", "NZL", "NZLGOV"), _VUT, _PRAISE + _INTENT + _AID + _COOP, "would recognise only"),
        (("AUS", "AUSGOV", "AUSMIL"), _VUT + ("VUTCVL",), _SHOW + _INTENT, "put troops on standby"),
    ],
    none=["won independence in 1980"],
    parties=[
        ("Vanuatu President George Sokomanu", "George Sokomanu", ("VUTGOV",)),
        ("Prime Minister Walter Lini", "Walter Lini", ("VUTGOV",)),
        ("swore in Barak Sope", "Barak Sope", _SOPE),
    ],
)

_NZL = ("NZL", "NZLGOV", "NZLJUD")
_AGENTS = ("FRASPY", "FRAMIL", "FRA", "FRAGOV")

AP_AUCKLAND_RAINBOW = Story(
    "ap_auckland_rainbow_warrior_trial", "1985-11-22",
    """French agents jailed 10 years for Rainbow Warrior sinking

AUCKLAND, New Zealand (AP) - A New Zealand judge on Friday sentenced two French secret agents to 10 years in \
prison for the manslaughter of a Greenpeace photographer killed when the environmental group's ship Rainbow \
Warrior was bombed in Auckland harbour in July.

Maj. Alain Mafart and Capt. Dominique Prieur, who pleaded guilty earlier this month, showed no emotion as \
Chief Justice Sir Ronald Davison read the sentence.

The judge said the two had come to New Zealand to commit "a terrorist act" on behalf of the French \
government.

French Prime Minister Laurent Fabius said in Paris that the sentence was too harsh and that France would \
seek the agents' return, but denied that France was threatening New Zealand's trade with Europe.

New Zealand Prime Minister David Lange rejected any deal to release the agents and said they would serve \
their sentences in New Zealand jails.

Greenpeace welcomed the verdict but demanded that France pay compensation for the ship and the dead man's \
family.

France admitted in September that agents of its DGSE intelligence service had sunk the ship.
""",
    events=[
        (("NZLJUD", "NZL"), _AGENTS, ("116", "115", "173") + _COERCE, "sentenced two French secret agents"),
        (("FRA", "FRAGOV"), _NZL, _CRIT, "the sentence was too harsh"),
        (("NZL", "NZLGOV"), ("FRA", "FRAGOV"), _REJ, "rejected any deal"),
        (_NGO, _NZL, _PRAISE, "welcomed the verdict"),
        (_NGO, ("FRA", "FRAGOV"), _DEMAND, "demanded that France pay"),
    ],
    also=[
        (("NZLJUD", "NZL"), _AGENTS, _CRIT, "had come to New Zealand"),
        (("FRA", "FRAGOV"), _NZL, _APPEAL + _DEMAND + _INTENT, "would seek the agents' return"),
        (("FRA", "FRAGOV"), _NZL, ("016", "010") + _REJ, "denied that France was threatening"),
        (_AGENTS, ("NZLJUD", "NZL"), _YIELD + ("016", "010", "013"), "pleaded guilty"),
        (("FRA", "FRAGOV"), _NGO, _STATE + _ASSAULT + ("190",), "France admitted in September"),
        (("NZL", "NZLGOV"), _AGENTS, _COERCE + _REJ, "would serve their sentences"),
    ],
    none=[],
    parties=[
        ("French Prime Minister Laurent Fabius", "Laurent Fabius", ("FRAGOV",)),
        ("New Zealand Prime Minister David Lange", "David Lange", ("NZLGOV",)),
        ("Maj. Alain Mafart", "Alain Mafart", _AGENTS),
    ],
)

_TUR = ("TUR", "TURGOV")
_GRC = ("GRC", "GRCGOV", "GRCMIL")

AA_ANKARA_KARDAK = Story(
    "aa_ankara_kardak_rocks", "1996-01-30",
    """Turkey says Kardak rocks are Turkish, warns Athens

ANKARA, Jan 30 (A.A) - Prime Minister Tansu Ciller said on Tuesday that the Kardak rocks in the Aegean were \
Turkish territory and warned Greece that Turkey would not allow its sovereignty to be violated.

"That flag will come down, those soldiers will go," Ciller told reporters, referring to the Greek flag \
raised on one of the two islets by Greek commandos on Sunday.

Turkish warships sailed to the area overnight, and the Foreign Ministry handed the Greek ambassador a note \
proposing talks on the status of the rocks.

Foreign Ministry spokesman Omer Akbel accused Athens of trying to change the status quo in the Aegean by \
force and rejected a Greek offer to take the dispute to the International Court of Justice.

U.S. Assistant Secretary of State Richard Holbrooke telephoned Ciller and Greek Prime Minister Costas \
Simitis during the night and urged both sides to withdraw their forces.

The crisis began last month when a Turkish cargo ship ran aground on one of the rocks and its captain \
refused help from a Greek tug, saying the waters were Turkish.
""",
    events=[
        (_TUR, _GRC, _THREAT + _CRIT, "warned Greece that Turkey"),
        (_TUR + ("TURMIL",), _GRC + ("GRCCVL",), _SHOW + _FIGHT, "Turkish warships sailed"),
        (_TUR, _GRC, _INTENT + _MEET + _APPEAL + ("114",), "handed the Greek ambassador a note"),
        (_TUR, _GRC, _CRIT, "accused Athens of trying"),
        (_TUR, _GRC, _REJ, "rejected a Greek offer"),
        (_USA, _TUR + _GRC, _APPEAL, "urged both sides to withdraw"),
    ],
    also=[
        (_TUR, _GRC, _STATE + _REJ, "were Turkish territory"),
        (_TUR, _GRC, _THREAT + _DEMAND, "That flag will come down"),
        (_GRC, _TUR, _SHOW + _FIGHT, "raised on one of the two islets"),
        (_USA, _TUR + _GRC, ("041", "040", "046"), "telephoned Ciller"),
        (_TUR + _GRC, _USA, ("041", "040", "046"), "telephoned Ciller"),
        (_TUR + ("TURBUS", "TURCVL"), _GRC + ("GRCBUS", "GRCCVL"), _REJ, "refused help"),
    ],
    none=[],
    parties=[
        ("Prime Minister Tansu Ciller", "Tansu Ciller", ("TURGOV",)),
        ("Foreign Ministry spokesman Omer Akbel", "Omer Akbel", ("TURGOV",)),
        ("U.S. Assistant Secretary of State Richard Holbrooke", "Richard Holbrooke", ("USAGOV",)),
        ("Greek Prime Minister Costas Simitis", "Costas Simitis", ("GRCGOV",)),
    ],
)

_TGO = ("TGO", "TGOGOV")
_BFA = ("BFA", "BFAGOV")
_AGO = ("AGO", "AGOGOV")

REUTERS_UN_FOWLER = Story(
    "reuters_un_fowler_report", "2000-03-15",
    """U.N. report names presidents who broke Angola sanctions

UNITED NATIONS, March 15 (Reuters) - A U.N. panel of experts accused the presidents of Togo and Burkina Faso \
on Wednesday of helping Angola's UNITA rebels break a U.N. arms and diamond embargo, in a report that named \
governments and officials in unprecedented detail.

The report, submitted to the Security Council by Canadian Ambassador Robert Fowler, said Burkina Faso had \
supplied end-user certificates for weapons shipped from Bulgaria to UNITA and that Togo had given safe haven \
to the children of rebel leader Jonas Savimbi in return for diamonds.

Togo's government rejected the report as "a tissue of lies" and said President Gnassingbe Eyadema had never \
met Savimbi.

Burkina Faso's foreign minister, Youssouf Ouedraogo, told Reuters the allegations were baseless and accused \
the panel of relying on the word of UNITA defectors.

Bulgaria said it would investigate the arms sales named in the report.

Angolan Foreign Minister Joao de Miranda praised the panel's work and called on the council to punish the \
countries that had broken the embargo.

Fowler said he would ask the council to set up a permanent mechanism to monitor the sanctions.
""",
    events=[
        (_IGO, _TGO, _CRIT, "accused the presidents of Togo"),
        (_IGO, _BFA, _CRIT, "accused the presidents of Togo"),
        (_TGO, _IGO, _REJ + ("016",), "rejected the report"),
        (_BFA, _IGO, _CRIT + ("016",), "accused the panel"),
        (_AGO, _IGO, _PRAISE, "praised the panel's work"),
        (_AGO, _IGO, _APPEAL, "called on the council"),
    ],
    also=[
        (_IGO, _BFA + _TGO, _CRIT, "said Burkina Faso had supplied"),
        (_TGO, _IGO, ("016", "010"), "had never met Savimbi"),
        (_BFA, _IGO, ("016", "010") + _REJ, "the allegations were baseless"),
        (("BGR", "BGRGOV"), ("BGR", "BGRBUS"), ("090", "091", "092", "093") + _INTENT, "would investigate"),
        (("CAN", "CANGOV") + _IGO, _IGO, _APPEAL + _INTENT, "would ask the council"),
    ],
    none=[],
    parties=[
        ("Canadian Ambassador Robert Fowler", "Robert Fowler", ("CANGOV", "IGO")),
        ("President Gnassingbe Eyadema", "Gnassingbe Eyadema", ("TGOGOV",)),
        ("Youssouf Ouedraogo, told", "Youssouf Ouedraogo", ("BFAGOV",)),
        ("Angolan Foreign Minister Joao de Miranda", "Joao de Miranda", ("AGOGOV",)),
    ],
)

_USR = ("USR", "USRGOV")

TASS_MOSCOW_VOTKINSK = Story(
    "tass_moscow_votkinsk_inspectors", "1988-07-02",
    """American inspectors arrive at Votkinsk missile plant

MOSCOW, July 2 (TASS) - A group of American specialists arrived in the Udmurt city of Votkinsk on Saturday \
to begin continuous monitoring of the missile assembly plant there under the Soviet-American treaty on \
intermediate and shorter-range missiles.

The Soviet side gave the inspectors access to the plant's gates and to the building where they will live, a \
spokesman for the Foreign Ministry's arms control directorate said.

Under the treaty, which entered into force on June 1, the Soviet Union and the United States exchanged the \
right to station monitors at each other's missile plants for 13 years.

Soviet specialists began the same kind of monitoring at the Hercules plant in Magna, Utah, last month.

Foreign Ministry spokesman Gennady Gerasimov told a briefing that the Soviet Union had so far carried out \
all its obligations under the treaty and called on Washington to do the same.

Gerasimov criticized the U.S. Senate for attaching conditions to its ratification of the treaty.
""",
    events=[
        (_USA, _USR, _MEET, "arrived in the Udmurt city"),
        (_USR, _USA, _YIELD + _COOP + ("043",), "gave the inspectors access"),
        (_USR, _USA, _APPEAL, "called on Washington"),
        (_USR, ("USALEG", "USA"), _CRIT, "criticized the U.S. Senate"),
    ],
    also=[
        (_USR, _USA, ("043",), "American inspectors arrive"),
        (_USR, _USA, _COOP + _PRAISE + _YIELD, "exchanged the right"),
        (_USA, _USR, _COOP + _PRAISE + _YIELD, "exchanged the right"),
        (_USR, _USA, _MEET + ("093",), "Soviet specialists began"),
        (_USR, _USA, _STATE + _PRAISE, "had so far carried out"),
    ],
    none=[],
    parties=[
        ("Foreign Ministry spokesman Gennady Gerasimov", "Gennady Gerasimov", ("USRGOV",)),
    ],
)

_IRN = ("IRN", "IRNGOV")
_AFG = ("AFG", "AFGGOV")

IRNA_TEHRAN_RETURNS = Story(
    "irna_tehran_afghan_returns", "2002-04-09",
    """First Afghan refugees return home under UNHCR programme

TEHRAN, April 9 (IRNA) -- The first convoy of Afghan refugees to leave Iran under a repatriation programme \
run by the United Nations High Commissioner for Refugees (UNHCR) crossed the border at Dogharoun on Tuesday, \
Interior Ministry officials said.

The programme was set up under an agreement signed in Geneva last week by Iran, Afghanistan's interim \
administration and the UNHCR, which will give each returning family cash and wheat.

Interior Ministry official Ahmad Hosseini told IRNA that about 400,000 Afghans were expected to return this \
year and that none would be forced to leave.

He called on the international community to help Afghanistan rebuild so that the refugees would not come \
back.

The UNHCR representative in Tehran, Filippo Grandi, praised Iran for hosting more than two million Afghans \
for over two decades.

Afghan interim leader Hamid Karzai's administration has asked Iran and Pakistan to slow the returns until it \
can provide housing and jobs.
""",
    events=[
        (_IRN, _IGO, _APPEAL, "called on the international community"),
        (_IGO, _IRN, _PRAISE, "praised Iran for hosting"),
        (_AFG, _IRN, _APPEAL, "has asked Iran and Pakistan"),
        (_AFG, ("PAK", "PAKGOV"), _APPEAL, "has asked Iran and Pakistan"),
    ],
    also=[
        (_IGO, ("AFGREF", "AFG", "AFGCVL"), _AID + _COOP, "crossed the border at Dogharoun"),
        (_IRN + _AFG + _IGO, _IRN + _AFG + _IGO, ("057", "030", "050", "060", "061"), "an agreement signed"),
        (_IGO, ("AFGREF", "AFG", "AFGCVL"), _AID, "which will give each"),
        (_IRN, ("AFGREF", "AFG", "AFGCVL"), _YIELD + _STATE + _INTENT, "none would be forced"),
    ],
    none=[],
    parties=[
        ("Interior Ministry official Ahmad Hosseini", "Ahmad Hosseini", ("IRNGOV",)),
        ("Filippo Grandi, praised", "Filippo Grandi", ("IGO",)),
        ("Afghan interim leader Hamid Karzai's", "Hamid Karzai", ("AFGGOV",)),
    ],
)

_MKD = ("MKD", "MKDGOV")
_CHN = ("CHN", "CHNGOV")

ANSA_SKOPJE_UNPREDEP = Story(
    "ansa_skopje_unpredep_veto", "1999-02-26",
    """China vetoes extension of U.N. force in Macedonia

SKOPJE, Feb 26 (ANSA) - China on Thursday vetoed a resolution in the U.N. Security Council that would have \
extended the mandate of the U.N. peacekeeping force in Macedonia, weeks after the Macedonian government \
established diplomatic relations with Taiwan.

The Macedonian Foreign Ministry deplored the veto and said Beijing had put its dispute with Taipei above the \
stability of the Balkans.

The 1,100-strong force, the first U.N. mission set up to prevent a conflict rather than end one, will have \
to leave by the end of March.

Chinese Ambassador Qin Huasun told the council that the situation in Macedonia had stabilised and that the \
force was no longer needed.

Italy's Foreign Minister Lamberto Dini said NATO troops already in Macedonia could take over some of the \
force's tasks, and he urged Skopje to keep good relations with its neighbours.

Macedonian President Kiro Gligorov, who opposed the recognition of Taiwan, blamed the government of Prime \
Minister Ljubco Georgievski for the loss of the mission.
""",
    events=[
        (_CHN, _IGO + _MKD, _REJ, "vetoed a resolution"),
        (_MKD, _CHN, _CRIT, "deplored the veto"),
        (("ITA", "ITAGOV"), _MKD, _APPEAL, "he urged Skopje"),
        (_MKD, _MKD, _CRIT, "blamed the government of Prime"),
    ],
    also=[
        (_MKD, ("TWN", "TWNGOV"), ("050", "064", "051"), "established diplomatic relations"),
        (("TWN", "TWNGOV"), _MKD, ("050", "064", "051"), "established diplomatic relations"),
        (_MKD, _CHN, _CRIT, "Beijing had put its dispute"),
        (_CHN, _IGO + _MKD, _STATE + _REJ, "the force was no longer needed"),
        (("ITA", "ITAGOV"), _MKD + _IGO, _STATE + _INTENT + _AID, "NATO troops already"),
        (_MKD, _MKD, _REJ + _CRIT, "who opposed the recognition"),
    ],
    none=["will have to leave by the end of March"],
    parties=[
        ("Chinese Ambassador Qin Huasun", "Qin Huasun", ("CHNGOV",)),
        ("Italy's Foreign Minister Lamberto Dini", "Lamberto Dini", ("ITAGOV",)),
        ("Macedonian President Kiro Gligorov", "Kiro Gligorov", ("MKDGOV",)),
        ("Minister Ljubco Georgievski", "Ljubco Georgievski", ("MKDGOV",)),
    ],
)

_DEU = ("DEU", "DEUGOV")

DPA_BONN_KINKEL = Story(
    "dpa_bonn_kinkel_visit_cancelled", "1996-06-21",
    """China calls off Kinkel visit over Bundestag's Tibet resolution

BONN, June 21 (dpa) - China has cancelled a visit by German Foreign Minister Klaus Kinkel planned for next \
month in protest at a Bundestag resolution condemning Chinese rule in Tibet, the Foreign Ministry in Bonn \
said on Friday.

The Chinese ambassador in Bonn, Mei Zhaorong, informed the ministry that the visit "could not take place \
under the present circumstances", a ministry spokesman said.

Kinkel said he regretted the decision but that Germany would not allow other countries to dictate what its \
parliament said.

Beijing had already closed the office of the Friedrich Naumann Foundation, which organised a Tibet \
conference in Bonn last year, and accused the Bundestag of interfering in China's internal affairs.

Chancellor Helmut Kohl, who visited China last November, called for calm and said relations with Beijing \
were too important to be damaged by the dispute.

German companies fear the row could cost them contracts, including a high-speed rail project, industry \
officials said.
""",
    events=[
        (_CHN, _DEU, _REDUCE + _REJ + ("160",), "has cancelled a visit"),
        (_DEU, _CHN, _CRIT, "regretted the decision"),
        (_CHN, ("DEUNGO", "NGO", "DEU", "DEUGOV"), _COERCE + _REDUCE, "closed the office"),
        (_CHN, ("DEULEG", "DEU"), _CRIT, "accused the Bundestag"),
    ],
    also=[
        (("DEULEG", "DEU"), _CHN, _CRIT, "resolution condemning Chinese rule"),
        (_CHN, _DEU, _STATE + _REJ + _REDUCE, "informed the ministry"),
        (_DEU, _CHN, _REJ, "would not allow other countries"),
        (_DEU, _CHN, _MEET, "who visited China"),
        (_DEU, _CHN, _PRAISE + _STATE, "relations with Beijing were"),
    ],
    none=["German companies fear the row"],
    parties=[
        ("German Foreign Minister Klaus Kinkel", "Klaus Kinkel", ("DEUGOV",)),
        ("Mei Zhaorong, informed", "Mei Zhaorong", ("CHNGOV",)),
        ("Chancellor Helmut Kohl", "Helmut Kohl", ("DEUGOV",)),
    ],
)

_ESP = ("ESP", "ESPGOV")
_EU = ("IGO",)

EFE_RABAT_FISHING_TALKS = Story(
    "efe_rabat_fishing_talks_collapse", "2001-04-25",
    """Fishing talks between EU and Morocco collapse

RABAT, April 25 (EFE) - Talks between the European Union and Morocco on a new fishing agreement broke down \
on Wednesday after Rabat rejected the EU's final offer, leaving some 400 Spanish boats tied up in port, the \
European Commission said.

EU Fisheries Commissioner Franz Fischler said Morocco had demanded too many concessions and that the \
Commission saw no point in continuing the negotiations.

Moroccan Fisheries Minister Said Chbaatou said his country wanted to protect its fish stocks and develop its \
own fleet, and he accused Spanish trawlers of overfishing Moroccan waters for years.

Spanish Prime Minister Jose Maria Aznar said the collapse would have consequences for relations between the \
EU and Morocco, and Spanish fishermen blocked lorries carrying Moroccan tomatoes at the port of Algeciras.

The Spanish government promised to pay compensation to the crews of the idle boats.

The previous agreement, which gave European boats access to Moroccan waters in return for about 125 million \
euros a year, expired in November 1999.
""",
    events=[
        (_EU, _MAR, _REDUCE + _REJ, "Talks between the European Union"),
        (_MAR, _EU, _REJ, "Rabat rejected the EU's final offer"),
        (_MAR, ("ESP", "ESPBUS", "ESPAGR", "ESPCVL"), _CRIT, "he accused Spanish trawlers"),
        (_ESP, _MAR, _THREAT + _CRIT, "would have consequences"),
        (("ESPAGR", "ESPCVL", "ESPLAB", "ESPBUS", "ESP"), ("MAR", "MARBUS", "MARAGR"),
         _PROTEST + _COERCE + ("191",),
         "blocked lorries carrying"),
    ],
    also=[
        (_MAR, _EU, _REDUCE + _REJ, "Talks between the European Union"),
        (_EU, _MAR, _CRIT, "Morocco had demanded too many"),
        (_EU, _MAR, _REDUCE + _REJ, "saw no point in continuing"),
        (_ESP, ("ESPAGR", "ESPCVL", "ESPLAB", "ESP"), _AID + _INTENT, "promised to pay compensation"),
    ],
    none=["The previous agreement, which gave"],
    parties=[
        ("EU Fisheries Commissioner Franz Fischler", "Franz Fischler", ("IGO",)),
        ("Moroccan Fisheries Minister Said Chbaatou", "Said Chbaatou", ("MARGOV",)),
        ("Spanish Prime Minister Jose Maria Aznar", "Jose Maria Aznar", ("ESPGOV",)),
    ],
)

_IDN = ("IDN", "IDNGOV")
_GANGS = ("IDNCVL", "IDNREL", "IDN", "IDNOPP", "IDNMOS", "IDNCHR")

ANTARA_AMBON_CLASHES = Story(
    "antara_ambon_religious_clashes", "1999-01-21",
    """Death toll rises in Ambon religious clashes

AMBON, Jan 21 (ANTARA) - At least 43 people have been killed in three days of fighting between Moslem and \
Christian gangs in Ambon, the capital of Maluku province, the provincial police chief said on Thursday.

Gangs armed with machetes, spears and petrol bombs burned mosques, churches and hundreds of houses, and \
thousands of residents fled to military barracks, the police chief, Colonel Bugis Saman, said.

Troops shot dead at least five rioters who attacked a police post in the Batumerah area, he said.

Armed Forces Commander General Wiranto flew to Ambon on Wednesday and ordered troops to shoot rioters on \
sight.

President B.J. Habibie called on Moslem and Christian leaders to restrain their followers and blamed \
provocateurs for inciting the violence.

Muslim leaders in Jakarta accused the security forces of failing to protect Moslems, and the Indonesian \
Ulemas Council demanded that the government send more troops to the province.

The fighting began on Tuesday after a quarrel between a Christian bus driver and a Moslem youth.
""",
    events=[
        (_GANGS, _GANGS, _FIGHT + _ASSAULT, "fighting between Moslem and"),
        (_GANGS, _GANGS, _ASSAULT + _FIGHT + ("171", "170"), "burned mosques, churches"),
        (("IDNMIL", "IDN"), _GANGS, _FIGHT + _ASSAULT + ("175",), "Troops shot dead"),
        (("IDNMIL", "IDN", "IDNGOV"), _GANGS, _COERCE + _THREAT + ("175",), "ordered troops to shoot"),
        (_IDN, ("IDNREL", "IDN", "IDNCVL", "IDNMOS", "IDNCHR"), _APPEAL, "called on Moslem and Christian"),
        (("IDNREL", "IDN", "IDNCVL", "IDNMOS", "IDNCHR"), ("IDNMIL", "IDNCOP", "IDN"), _CRIT,
         "accused the security forces"),
        (("IDNREL", "IDN", "IDNCVL", "IDNMOS", "IDNCHR"), _IDN, _DEMAND + _APPEAL,
         "demanded that the government send"),
    ],
    also=[
        (_GANGS, ("IDNCOP", "IDN"), _ASSAULT + _FIGHT + _PROTEST, "who attacked a police post"),
        (("IDNMIL", "IDN"), ("IDN", "IDNCVL", "IDNGOV"), _MEET, "flew to Ambon"),
        (_IDN, _GANGS, _CRIT, "blamed provocateurs"),
    ],
    none=["The fighting began on Tuesday"],
    parties=[
        ("Armed Forces Commander General Wiranto", "Wiranto", ("IDNMIL",)),
        ("President B.J. Habibie", "B.J. Habibie", ("IDNGOV",)),
        ("Colonel Bugis Saman", "Bugis Saman", ("IDNCOP",)),
    ],
)


STORIES: list[Story] = [REUTERS_SUVA_HOSTAGES, AFP_WELLINGTON_MURUROA, AP_PORT_AU_PRINCE_COUP,
                        PL_HAVANA_REPORT, UPI_PORT_OF_SPAIN_SIEGE, AFP_HARARE_DAILY_NEWS,
                        REUTERS_MBABANE_STRIKE, REUTERS_ALGIERS_AMNESTY, MENA_CAIRO_AIR_EMBARGO,
                        AP_RABAT_BORDER, ITARTASS_DUSHANBE_HOSTAGES, BBCM_ASHGABAT_GAS, KYODO_BISHKEK_KIDNAP,
                        XINHUA_PORT_MORESBY_SANDLINE, AFP_PORT_VILA_CRISIS, AP_AUCKLAND_RAINBOW,
                        AA_ANKARA_KARDAK, REUTERS_UN_FOWLER, TASS_MOSCOW_VOTKINSK, IRNA_TEHRAN_RETURNS,
                        ANSA_SKOPJE_UNPREDEP, DPA_BONN_KINKEL, EFE_RABAT_FISHING_TALKS, ANTARA_AMBON_CLASHES]


if __name__ == "__main__":
    main(STORIES, "stories43")
