"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (twenty-first
session, wip/stories23).

Written in our own words before the coder ran on any of them, weighted to what tests/events/stories22.py
covers little: protests (marches against a foreign government, rallies outside embassies, strikes
against the dateline's government, police dispersing protesters), consultations (phone calls, talks
between delegations, a summit of several parties, an envoy shuttling), rejections and requests (a
ministry rejecting another state's demand or statement, appeals to the UN, calls for restraint addressed
to both sides), accusations between states, and economic acts (tariffs and trade freezes, loans, aid
pledged against aid delivered). Regions: Latin America (EFE, AFP), South Asia (PTI, APP, bdnews24), the
Gulf and the Levant (SPA, AFP, Petra, MENA, IRNA), Central Asia and the Caucasus, the Balkans (Beta,
AFP), Southeast Asia (Bernama, VNA, PNA) and Africa (APS, NAN, Xinhua). House styles: datelines with and
without years or with no date at all, bylines, "(END)", "-- BERNAMA", agency codes ("PTI AB SK"),
related-headline furniture, editors' tails; one sports report whose every paragraph is a non-event.

Each story lists, as in stories22 (whose `review` reads these too):

* `events`: the acts an analyst codes (accepted sources, accepted targets, accepted CAMEO codes, a quote
  that finds the paragraph). Every row must be coded in its paragraph (actor + root: country and first
  sector, IGOs and NGOs on their first three letters).
* `also`: readings an analyst accepts but does not require. A coded triple that matches neither list is
  counted wrong.
* `none`: paragraphs that must give no CAMEO triple at all (furniture, bylines, sports, history ten or
  more years old, plans, conditions, denials with no party, habits and figures).
* `parties`: (a snippet, the mention inside it, accepted codes), pronouns and "the minister" included.

Conventions are those of docs/events.md ("Annotation guide") and docs/actors.md, as in stories22:
a named office holder is his country's GOV, an envoy posted abroad keeps his own country, an official of
an international body is the body's (IGO), protesters are OPP (or CVL), unions and their leaders LAB,
an employers' association BUS, the coast guard MIL, Kosovo XKX, Hamas PSEREB, Hezbollah LBNREB.

Run `python tests/events/stories23.py` to print each story's coded triples, its misses and its counts.

First run (main at 9e965a2, before any change): of the 123 required events 74 were coded at country +
root and 67 at actor + root; of the coded triples 88 were right, 19 accepted, 5 duplicated and 48 wrong;
4 of the 48 non-event paragraphs were coded; of 128 parties 92 were right, 10 wrong and 26 unresolved.
Six of the 24 datelines were not read at all (EFE's "(EFE).-", APP's colon, "(bdnews24.com)", NAN's credit
running into the text, PNA's and APS's undated "MANILA –" / "ALGIERS -"), so those stories had no
country for "the Senate", "police" or "the Foreign Office".

One expectation was corrected after the first run, a fault of the list and not a reading: the
non-event quote "(MENA)" first matched the dateline's credit, not the closing line ("(MENA)\n" now).
Main scored on the corrected list: 74 / 67; right 88, accepted 19, duplicated 5, wrong 48; non-events
coded 3 of 48; parties 92 / 10 / 26.

After the branch's fixes (wip/stories23: house datelines, labour congresses, the Foreign Office of
Pakistan and Germany, a body's president, an acronym the story introduced, slogans against a party, a
measured thing's compound, a call told by two verbs): 82 / 77; right 99, accepted 18, duplicated 2, wrong
43; non-events coded 3 of 48; parties right 102, wrong 10, unresolved 16. What still fails is a strict
xfail in tests/events/test_stories23.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

TRUCKERS = Story(
    "efe_bogota", "2024-09-03",
    """Colombian truckers block highways in strike over diesel prices

BOGOTA, Sept 3 (EFE) - Thousands of Colombian truck drivers blocked highways across the country on \
Tuesday in a strike against the government's decision to raise the price of diesel.

The drivers parked their trucks across the main roads into Bogota, Medellin and Cali, leaving long queues \
of buses and cars.

Riot police used tear gas to clear a blockade on the road to the port of Buenaventura, and officers \
detained 12 drivers, the national police said in a statement.

The truckers' association demanded that President Gustavo Petro reverse the increase.

Petro accused the strike leaders of acting for business interests and said the fuel subsidy cost the \
state too much.

"We will not give in to blackmail," he wrote on social media.

Transport Minister William Camargo met the drivers' representatives late on Tuesday but the talks ended \
without agreement.

The minister said he would meet them again on Thursday.

The business federation Fenalco said shops in several cities were running short of food.

Colombia's longest truckers' strike, in 2013, lasted three weeks.

(END)
""",
    events=[
        (("COLLAB", "COLCVL", "COLBUS", "COLOPP"), ("COLGOV", "COL"), ("143", "144", "140", "141"),
         "blocked highways across the country"),
        (("COLCOP",), ("COLLAB", "COLCVL", "COLOPP", "COLBUS"), ("175", "170", "180"), "used tear gas"),
        (("COLCOP",), ("COLLAB", "COLCVL", "COLOPP", "COLBUS"), ("173",), "detained 12 drivers"),
        (("COLLAB", "COLBUS", "COLCVL", "COLOPP"), ("COLGOV",), ("100", "101", "104", "105"),
         "demanded that President Gustavo Petro"),
        (("COLGOV",), ("COLLAB", "COLCVL", "COLOPP", "COLBUS"), ("112",), "accused the strike leaders"),
        (("COLGOV", "COLLAB", "COLBUS", "COLCVL"), ("COLGOV", "COLLAB", "COLBUS", "COLCVL"),
         ("040", "043", "046"), "met the drivers' representatives"),
    ],
    also=[
        (("COLLAB", "COLCVL", "COLBUS", "COLOPP"), ("COLGOV", "COL"), ("143", "144", "140", "141"),
         "Colombian truckers block highways"),
        (("COLLAB", "COLCVL", "COLBUS", "COLOPP"), ("COLGOV", "COL", "COLCVL"), ("144", "143"),
         "parked their trucks"),
        (("COLGOV",), ("COLLAB", "COLCVL", "COLOPP", "COLBUS"), ("120", "124", "111"),
         "give in to blackmail"),
        (("COLGOV",), ("COLLAB", "COLCVL", "COLOPP", "COLBUS"), ("036", "040"), "would meet them again"),
    ],
    none=["Fenalco said shops", "longest truckers' strike", "(END)"],
    parties=[
        ("President Gustavo Petro", "Gustavo Petro", ("COLGOV",)),
        ("he wrote on social media", "he", ("COLGOV",)),
        ("Transport Minister William Camargo", "William Camargo", ("COLGOV",)),
        ("The minister said he would", "The minister", ("COLGOV",)),
        ("Riot police used", "Riot police", ("COLCOP",)),
    ],
)

PERU_MEXICO = Story(
    "afp_lima", "2022-12-21",
    """Peru expels Mexican ambassador in row over Castillo

LIMA, Dec 21, 2022 (AFP) - Peru on Tuesday expelled Mexico's ambassador, giving him 72 hours to leave the \
country, after Mexico granted asylum to the family of ousted president Pedro Castillo.

Foreign Minister Ana Cecilia Gervasi said the ambassador, Pablo Monroy, had been declared persona non \
grata for "repeated interference" in Peru's internal affairs.

Gervasi also accused Mexican President Andres Manuel Lopez Obrador of backing Castillo's failed attempt \
to dissolve Congress.

Mexico's foreign ministry rejected the accusation and said its diplomat had acted within international law.

Lopez Obrador called the expulsion "unjustified and reprehensible" but said Mexico would not break \
relations with Peru.

Castillo's wife and children left Lima for Mexico City on a Mexican air force plane on Wednesday.

In the southern city of Ayacucho, hundreds of Castillo supporters marched for a second day to demand new \
elections, and police fired tear gas to disperse them near the airport.

Peru's ombudsman's office said 18 people had died in the protests since Castillo's arrest on Dec. 7.

Castillo is being held at a police base on the outskirts of Lima.
""",
    events=[
        (("PER", "PERGOV"), ("MEXGOV", "MEX"), ("166", "174", "160", "161"), "expelled Mexico's ambassador"),
        (("PERGOV",), ("MEXGOV", "MEX"), ("112",), "Gervasi also accused"),
        (("MEXGOV", "MEX"), ("PERGOV", "PER"), ("016", "120", "128", "111"), "rejected the accusation"),
        (("MEXGOV", "MEX"), ("PERGOV", "PER"), ("111", "110"), "called the expulsion"),
        (("PEROPP", "PERCVL"), ("PERGOV", "PER"), ("141", "140"), "marched for a second day"),
        (("PERCOP",), ("PEROPP", "PERCVL"), ("175", "170", "180"), "fired tear gas to disperse"),
    ],
    also=[
        (("PER", "PERGOV"), ("MEXGOV", "MEX"), ("166", "174", "160", "161"), "Peru expels Mexican"),
        (("MEX", "MEXGOV"), ("PER", "PERELI", "PERCVL", "PERGOV"), ("075", "070"),
         "expelled Mexico's ambassador"),
        (("PERGOV",), ("MEXGOV", "MEX"), ("166", "174", "160", "112"), "persona non grata"),
        (("MEXGOV", "MEX"), ("PERGOV", "PER"), ("030", "120", "124"), "would not break relations"),
        (("PEROPP", "PERCVL"), ("PERGOV", "PER"), ("100", "104", "1041"), "marched for a second day"),
        (("PEROPP", "PERCVL", "PERGOV", "PER"), ("PERELI", "PERGOV"), ("173",), "Castillo's arrest"),
    ],
    none=["is being held at a police base", "left Lima for Mexico City"],
    parties=[
        ("Foreign Minister Ana Cecilia Gervasi", "Ana Cecilia Gervasi", ("PERGOV",)),
        ("Gervasi also accused", "Gervasi", ("PERGOV",)),
        ("the ambassador, Pablo Monroy", "Pablo Monroy", ("MEXGOV",)),
        ("Mexican President Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador", ("MEXGOV",)),
        ("Lopez Obrador called the", "Lopez Obrador", ("MEXGOV",)),
        ("Mexico's foreign ministry", "foreign ministry", ("MEXGOV",)),
        ("Castillo supporters marched", "Castillo supporters", ("PEROPP", "PERCVL")),
    ],
)

ESSEQUIBO = Story(
    "efe_caracas", "2023-11-02",
    """Venezuela rejects Guyana's appeal to UN court, accuses Exxon

CARACAS, Nov 2 (EFE).- The Venezuelan government on Thursday rejected a request by Guyana to the \
International Court of Justice to halt a referendum on the disputed Essequibo region, calling it "an \
attack on Venezuelan sovereignty".

In a statement read by Foreign Minister Yvan Gil, Caracas accused Guyanese President Irfaan Ali of acting \
on behalf of the oil company ExxonMobil.

Gil said Venezuela did not recognise the court's jurisdiction over the dispute.

Guyana asked the court last week to order Venezuela to suspend the Dec. 3 vote, saying it was a step \
towards annexing two-thirds of its territory.

Thousands of government supporters marched through central Caracas on Thursday in support of the \
referendum, waving flags and banners reading "The Essequibo is ours".

In Georgetown, Ali said his country would defend its borders and called on the international community to \
stand with Guyana.

Brazil's foreign ministry urged both countries to settle the dispute peacefully and offered to host talks.

The Caribbean Community (Caricom) expressed its support for Guyana's territorial integrity.

The border was set by an arbitration panel in 1899.
""",
    events=[
        (("VENGOV", "VEN"), ("GUY", "GUYGOV", "IGO"), ("120", "125", "127", "128", "111"),
         "rejected a request by Guyana"),
        (("VENGOV", "VEN"), ("GUYGOV", "GUY"), ("112",), "accused Guyanese President"),
        (("GUY", "GUYGOV"), ("IGO",), ("020", "021", "025", "028"), "Guyana asked the court"),
        (("BRAGOV", "BRA"), ("VEN", "VENGOV", "GUY", "GUYGOV"), ("020", "027", "037", "039"),
         "urged both countries"),
        (("IGO",), ("GUY", "GUYGOV"), ("051", "050"), "expressed its support for Guyana"),
    ],
    also=[
        (("VENGOV", "VEN"), ("GUY", "GUYGOV", "IGO"), ("120", "125", "127", "128", "111"),
         "Venezuela rejects Guyana's appeal"),
        (("GUY", "GUYGOV"), ("IGO",), ("020", "021", "025", "028"), "Venezuela rejects Guyana's appeal"),
        (("VENGOV", "VEN"), ("VENGOV", "VEN", "GUY", "GUYGOV"), ("112", "111"), "accuses Exxon"),
        (("VENGOV", "VEN"), ("IGO",), ("120", "128"), "did not recognise the court"),
        (("GUY", "GUYGOV", "IGO"), ("VEN", "VENGOV"), ("100", "105", "020", "025"), "Guyana asked the court"),
        (("VENOPP", "VENCVL", "VENGOV"), ("GUY", "GUYGOV"), ("141", "140"), "marched through central"),
        (("GUYGOV",), ("VEN", "VENGOV"), ("138", "130"), "would defend its borders"),
        (("BRAGOV", "BRA"), ("VEN", "VENGOV", "GUY", "GUYGOV"), ("030", "039", "036", "032"),
         "offered to host talks"),
    ],
    none=["arbitration panel in 1899"],
    parties=[
        ("Foreign Minister Yvan Gil", "Yvan Gil", ("VENGOV",)),
        ("Gil said Venezuela", "Gil", ("VENGOV",)),
        ("Guyanese President Irfaan Ali", "Irfaan Ali", ("GUYGOV",)),
        ("In Georgetown, Ali said", "Ali", ("GUYGOV",)),
        ("Brazil's foreign ministry", "foreign ministry", ("BRAGOV",)),
        ("The Caribbean Community", "Caribbean Community", ("IGO",)),
    ],
)

OIC_KASHMIR = Story(
    "pti_new_delhi", "2023-08-06",
    """India rejects OIC remarks on Kashmir, says body has no locus standi

New Delhi, Aug 6 (PTI) India on Sunday strongly rejected a statement by the Organisation of Islamic \
Cooperation (OIC) on Jammu and Kashmir, saying the grouping had no locus standi on the country's internal \
matters.

"We reject the factually incorrect and unwarranted references to India in the statement," External \
Affairs Ministry spokesperson Arindam Bagchi said.

Bagchi accused Pakistan of using the OIC platform to push its "anti-India agenda".

The OIC's contact group on Kashmir had met on the sidelines of a ministerial meeting in Jeddah and called \
on India to reverse its 2019 decision to revoke the region's special status.

Pakistan's Foreign Office welcomed the statement and urged the United Nations to take notice of the \
situation in the region.

Separately, External Affairs Minister S Jaishankar spoke with his Saudi counterpart Prince Faisal bin \
Farhan over the phone and discussed the situation in the Gulf.

The two ministers also reviewed preparations for the Saudi crown prince's visit to New Delhi next month, \
officials said.

The OIC, a bloc of 57 member states, was founded in 1969.

PTI AB SK
""",
    events=[
        (("INDGOV", "IND"), ("IGO",), ("120", "128", "111", "110"), "strongly rejected a statement"),
        (("INDGOV",), ("PAKGOV", "PAK"), ("112",), "Bagchi accused Pakistan"),
        (("IGO",), ("INDGOV", "IND"), ("100", "104", "020", "024"), "called on India to reverse"),
        (("PAKGOV", "PAK"), ("IGO",), ("020", "021", "022", "028"), "urged the United Nations"),
        (("INDGOV", "SAUGOV"), ("INDGOV", "SAUGOV"), ("040", "041"), "spoke with his Saudi counterpart"),
    ],
    also=[
        (("INDGOV", "IND"), ("IGO",), ("120", "128", "111", "110"), "India rejects OIC remarks"),
        (("INDGOV",), ("IGO",), ("120", "128", "111", "110"), "We reject the factually"),
        (("IGO",), ("INDGOV", "IND"), ("040", "044"), "had met on the sidelines"),
        (("PAKGOV", "PAK"), ("IGO",), ("051",), "welcomed the statement"),
        (("INDGOV", "SAUGOV"), ("INDGOV", "SAUGOV"), ("036", "042", "043", "040"), "reviewed preparations"),
    ],
    none=["was founded in 1969", "PTI AB SK"],
    parties=[
        ("spokesperson Arindam Bagchi", "Arindam Bagchi", ("INDGOV",)),
        ("Bagchi accused", "Bagchi", ("INDGOV",)),
        ("Minister S Jaishankar", "S Jaishankar", ("INDGOV",)),
        ("Pakistan's Foreign Office", "Foreign Office", ("PAKGOV",)),
        ("Prince Faisal bin Farhan", "Faisal bin Farhan", ("SAUGOV",)),
    ],
)

QURAN_PROTEST = Story(
    "app_islamabad", "2023-06-30",
    """Pakistan lodges strong protest with Sweden over Quran burning

ISLAMABAD, June 30 (APP): Pakistan on Friday summoned Sweden's charge d'affaires and lodged a strong \
protest over the desecration of the Holy Quran outside a mosque in Stockholm.

Foreign Office Spokesperson Mumtaz Zahra Baloch told the weekly press briefing that the envoy was \
conveyed Pakistan's deep concern and was asked to convey it to his government.

She said the act had hurt the sentiments of Muslims around the world and urged the Swedish authorities to \
take action against those responsible.

Prime Minister Shehbaz Sharif called for nationwide protests after Friday prayers.

Thousands of people rallied in Islamabad, Lahore and Karachi, chanting slogans against Sweden.

In the capital, police stopped a group of protesters from marching towards the diplomatic enclave, where \
the Swedish embassy is located.

The spokesperson said Pakistan would raise the matter at the UN Human Rights Council in Geneva.

Foreign Minister Bilawal Bhutto Zardari also spoke by telephone with Turkish Foreign Minister Hakan \
Fidan, and the two agreed to coordinate their response at the Organisation of Islamic Cooperation.

Sweden's government has condemned the burning but said its laws protect freedom of expression.
""",
    events=[
        (("PAK", "PAKGOV"), ("SWEGOV", "SWE"), ("114", "110", "111", "160"), "summoned Sweden's charge"),
        (("PAKGOV",), ("SWEGOV", "SWE"), ("020", "100", "021", "023", "025"), "urged the Swedish"),
        (("PAKCVL", "PAKOPP"), ("SWE", "SWEGOV"), ("141", "140"), "chanting slogans against Sweden"),
        (("PAKCOP",), ("PAKCVL", "PAKOPP"), ("170", "172", "175", "144"), "police stopped a group"),
        (("PAKGOV", "TURGOV"), ("PAKGOV", "TURGOV"), ("040", "041"), "spoke by telephone with Turkish"),
    ],
    also=[
        (("PAK", "PAKGOV"), ("SWEGOV", "SWE"), ("114", "110", "111", "160"), "Pakistan lodges strong"),
        (("PAKGOV",), ("SWEGOV", "SWE"), ("110", "111", "114"), "was conveyed Pakistan's deep"),
        (("PAKGOV",), ("IGO",), ("036", "020", "114"), "would raise the matter"),
        (("PAKGOV", "TURGOV"), ("PAKGOV", "TURGOV"), ("030", "032"), "spoke by telephone with Turkish"),
    ],
    none=["Sweden's government has condemned the burning"],
    parties=[
        ("Spokesperson Mumtaz Zahra Baloch", "Mumtaz Zahra Baloch", ("PAKGOV",)),
        ("She said the act", "She", ("PAKGOV",)),
        ("The spokesperson said Pakistan", "The spokesperson", ("PAKGOV",)),
        ("Prime Minister Shehbaz Sharif", "Shehbaz Sharif", ("PAKGOV",)),
        ("Turkish Foreign Minister Hakan Fidan", "Hakan Fidan", ("TURGOV",)),
        ("Minister Bilawal Bhutto Zardari", "Bilawal Bhutto Zardari", ("PAKGOV",)),
    ],
)

GARMENTS = Story(
    "bdnews_dhaka", "2023-10-31",
    """Garment workers block Dhaka highway demanding higher wages

Dhaka, Oct 31 (bdnews24.com) - Thousands of garment workers walked out of factories in Gazipur and Mirpur \
on Tuesday and blocked the Dhaka-Mymensingh highway, demanding a minimum monthly wage of Tk 23,000.

Police fired tear gas and rubber bullets to disperse the workers, who threw bricks at officers and set \
fire to at least two factories, witnesses said.

One worker was killed and dozens were injured in the clashes, Gazipur police chief Md Mahbub Alam said.

The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) shut more than 150 factories for \
the day.

BGMEA President Faruque Hassan said owners could not afford the union's demand and accused "outside \
forces" of provoking the unrest.

Labour and Employment State Minister Monnujan Sufian held talks with union leaders and factory owners at \
the secretariat in the evening.

She urged the workers to return to their jobs and promised that the wage board would announce a new pay \
structure within a week.

The main opposition Bangladesh Nationalist Party has denied any role in the protests.

Bangladesh is the world's second largest exporter of readymade garments after China.
""",
    events=[
        (("BGDLAB", "BGDCVL", "BGDOPP"), ("BGDBUS", "BGDGOV", "BGD"), ("143", "144", "141", "140"),
         "walked out of factories"),
        (("BGDCOP",), ("BGDLAB", "BGDCVL", "BGDOPP"), ("175", "170", "180", "173"), "fired tear gas and"),
        (("BGDLAB", "BGDCVL", "BGDOPP"), ("BGDCOP",), ("145", "180", "140"), "threw bricks"),
        (("BGDGOV", "BGDLAB", "BGDBUS"), ("BGDGOV", "BGDLAB", "BGDBUS"), ("040", "043", "046"),
         "held talks with union leaders"),
        (("BGDGOV",), ("BGDLAB", "BGDCVL"), ("020", "025", "100"), "urged the workers to return"),
    ],
    also=[
        (("BGDLAB", "BGDCVL", "BGDOPP"), ("BGDBUS", "BGDGOV", "BGD"), ("143", "144", "141", "140"),
         "Garment workers block"),
        (("BGDLAB", "BGDCVL", "BGDOPP"), ("BGDBUS", "BGDGOV", "BGD"), ("100", "101", "103"),
         "walked out of factories"),
        (("BGDLAB", "BGDCVL", "BGDOPP"), ("BGDBUS", "BGD"), ("145", "171", "180"), "threw bricks"),
        (("BGDBUS",), ("BGDLAB", "BGDCVL"), ("143", "124", "160"), "shut more than 150"),
        (("BGDBUS",), ("BGDLAB", "BGDCVL"), ("120", "124", "121"), "could not afford"),
        (("BGDGOV",), ("BGDLAB", "BGDCVL"), ("030", "035", "031"), "urged the workers to return"),
        (("BGDOPP",), ("BGDGOV", "BGD"), ("016",), "has denied any role"),
    ],
    none=["second largest exporter", "One worker was killed"],
    parties=[
        ("police chief Md Mahbub Alam", "Md Mahbub Alam", ("BGDCOP",)),
        ("BGMEA President Faruque Hassan", "Faruque Hassan", ("BGDBUS",)),
        ("State Minister Monnujan Sufian", "Monnujan Sufian", ("BGDGOV",)),
        ("She urged the workers", "She", ("BGDGOV",)),
        ("Bangladesh Nationalist Party", "Bangladesh Nationalist Party", ("BGDOPP",)),
    ],
)

RIYADH_CALL = Story(
    "spa_riyadh", "2024-04-10",
    """Crown Prince receives phone call from Iranian President

RIYADH, April 10, 2024 (SPA) -- His Royal Highness Crown Prince Mohammed bin Salman, Prime Minister, \
received a phone call today from Iranian President Ebrahim Raisi.

During the call, they exchanged Eid al-Fitr greetings and discussed the latest developments in the \
region, especially the situation in the Gaza Strip.

The Crown Prince stressed the Kingdom's position on the need to stop military operations in Gaza and \
protect civilians.

Separately, the King Salman Humanitarian Aid and Relief Centre (KSrelief) signed an agreement with the \
World Food Programme to provide USD 10 million in food aid to families in Yemen.

KSrelief Supervisor General Dr. Abdullah Al-Rabeeah said the centre had delivered more than 1,200 tons of \
food baskets to Yemen's Marib governorate in the past month.

The Kingdom also pledged USD 500 million to support the budget of the Yemeni government, Saudi Ambassador \
to Yemen Mohammed Al Jaber said.

Yemen's Presidential Leadership Council Chairman Rashad al-Alimi thanked the Kingdom for its continued \
support.

Saudi Arabia and Iran restored diplomatic relations in March 2023 under an agreement brokered by China.

--SPA
""",
    events=[
        (("IRNGOV", "SAUGOV"), ("IRNGOV", "SAUGOV"), ("040", "041"), "received a phone call today"),
        (("SAUGOV", "SAU", "SAUNGO"), ("IGO",), ("057", "050", "030", "061"), "signed an agreement with the"),
        (("SAUGOV", "SAU", "SAUNGO"), ("YEM", "YEMCVL"), ("070", "073", "071"), "had delivered more than"),
        (("SAUGOV", "SAU"), ("YEMGOV", "YEM"), ("030", "031", "033", "070", "071"), "pledged USD 500"),
        (("YEMGOV",), ("SAUGOV", "SAU"), ("051",), "thanked the Kingdom"),
    ],
    also=[
        (("IRNGOV", "SAUGOV"), ("IRNGOV", "SAUGOV"), ("040", "041", "018", "051"), "During the call"),
        (("SAUGOV", "SAU", "SAUNGO"), ("YEM", "YEMCVL"), ("030", "033", "070", "073"), "to provide USD 10"),
        (("SAU", "SAUGOV", "IRN", "IRNGOV"), ("SAU", "SAUGOV", "IRN", "IRNGOV"), ("050", "054", "057"),
         "restored diplomatic relations"),
        (("CHN", "CHNGOV"), ("SAU", "SAUGOV", "IRN", "IRNGOV"), ("045", "039", "057"), "brokered by China"),
    ],
    none=["--SPA"],
    parties=[
        ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman", ("SAUGOV",)),
        ("Iranian President Ebrahim Raisi", "Ebrahim Raisi", ("IRNGOV",)),
        ("The Crown Prince stressed", "Crown Prince", ("SAUGOV",)),
        ("Ambassador to Yemen Mohammed Al Jaber", "Mohammed Al Jaber", ("SAUGOV",)),
        ("Chairman Rashad al-Alimi", "Rashad al-Alimi", ("YEMGOV",)),
    ],
)

LE_DRIAN = Story(
    "afp_beirut", "2023-11-08",
    """French envoy in Beirut as Lebanon urges UN to rein in Israel

BEIRUT, Nov 8 (AFP) - French envoy Jean-Yves Le Drian arrived in Beirut on Wednesday for talks with \
Lebanese leaders, as cross-border fire between Israel and Hezbollah fighters raised fears of a wider war.

Le Drian met caretaker Prime Minister Najib Mikati and parliament speaker Nabih Berri and called on all \
parties to exercise restraint, the French embassy said.

Mikati urged the United Nations Security Council to pressure Israel to stop its attacks on southern \
Lebanese villages.

"Lebanon does not want war, but Israel must stop its aggression," Mikati told the envoy, according to a \
statement from his office.

Israeli artillery shelled the outskirts of the border village of Aita al-Shaab overnight, Lebanon's \
state-run National News Agency said.

Hezbollah said it had fired anti-tank missiles at an Israeli army position facing the village.

An Israeli military spokesman accused Hezbollah of "dragging Lebanon into a war it does not need".

The envoy was due to travel on to Israel on Thursday.

Le Drian served as France's foreign minister from 2017 to 2022.
""",
    events=[
        (("FRAGOV",), ("LBN", "LBNGOV"), ("042", "040"), "arrived in Beirut on Wednesday"),
        (("FRAGOV", "LBNGOV", "LBNLEG"), ("FRAGOV", "LBNGOV", "LBNLEG"), ("040", "042", "043"),
         "Le Drian met caretaker"),
        (("LBNGOV",), ("IGO",), ("020", "021", "022", "025", "028"), "urged the United Nations Security"),
        (("ISRMIL", "ISR"), ("LBNCVL", "LBN"), ("194", "190"), "Israeli artillery shelled"),
        (("LBNREB",), ("ISRMIL", "ISR"), ("190", "193", "194", "195"), "fired anti-tank missiles"),
        (("ISRMIL",), ("LBNREB",), ("112",), "accused Hezbollah"),
    ],
    also=[
        (("FRAGOV",), ("LBN", "LBNGOV"), ("042", "040"), "French envoy in Beirut"),
        (("LBNGOV",), ("IGO",), ("020", "021", "022", "025", "028"), "Lebanon urges UN"),
        (("LBN", "LBNGOV", "IGO"), ("ISR", "ISRGOV", "ISRMIL"), ("020", "100", "025", "0256"),
         "Lebanon urges UN"),
        (("LBN", "LBNGOV", "IGO"), ("ISR", "ISRGOV", "ISRMIL"), ("020", "100", "025", "0256"),
         "urged the United Nations Security"),
        (("FRAGOV",), ("LBN", "LBNGOV", "LBNREB", "ISR", "ISRGOV"), ("020", "025", "0256"),
         "Le Drian met caretaker"),
        (("LBNGOV",), ("ISR", "ISRGOV", "ISRMIL"), ("100", "111", "112", "025"), "Israel must stop"),
        (("LBNGOV",), ("FRAGOV",), ("010", "040"), "Israel must stop"),
        (("FRAGOV",), ("ISR", "ISRGOV"), ("036", "042"), "due to travel on to Israel"),
        (("ISR", "ISRMIL", "LBNREB"), ("ISR", "ISRMIL", "LBNREB"), ("190", "193", "194"),
         "cross-border fire"),
    ],
    none=["served as France's foreign minister"],
    parties=[
        ("French envoy Jean-Yves Le Drian", "Jean-Yves Le Drian", ("FRAGOV",)),
        ("Prime Minister Najib Mikati", "Najib Mikati", ("LBNGOV",)),
        ("speaker Nabih Berri", "Nabih Berri", ("LBNLEG",)),
        ("Mikati told the envoy", "the envoy", ("FRAGOV",)),
        ("Mikati told the envoy", "Mikati", ("LBNGOV",)),
        ("An Israeli military spokesman", "Israeli military spokesman", ("ISRMIL",)),
        ("Hezbollah said it had", "Hezbollah", ("LBNREB",)),
    ],
)

AMMAN_EMBASSY = Story(
    "petra_amman", "2023-10-18",
    """Jordanian police disperse protesters near Israeli embassy

AMMAN, Oct 18 (Petra) -- Jordanian security forces fired tear gas on Wednesday night to disperse \
thousands of protesters who tried to reach the Israeli embassy in the Rabiyeh district of the capital, \
witnesses said.

The demonstrators, angered by a deadly blast at a hospital in Gaza, chanted slogans against Israel and \
the United States and demanded the expulsion of the Israeli ambassador.

Some protesters hurled stones at riot police, who had sealed off the roads leading to the embassy.

The Public Security Directorate said 25 officers were injured and 19 people were arrested.

Earlier, King Abdullah II cancelled a four-way summit in Amman with U.S. President Joe Biden, Egyptian \
President Abdel Fattah al-Sisi and Palestinian President Mahmoud Abbas.

Foreign Minister Ayman Safadi said the summit would be held only when all parties agreed to stop the war.

Safadi held telephone calls with his Egyptian and French counterparts and called for an immediate ceasefire.

Jordan's ambassador to Israel has not been in Tel Aviv since the start of the war.

Related: Jordan sends second field hospital to Gaza
""",
    events=[
        (("JORCOP", "JORMIL", "JORSPY", "JORGOV"), ("JOROPP", "JORCVL"), ("175", "170", "180"),
         "fired tear gas on Wednesday night"),
        (("JOROPP", "JORCVL"), ("ISR", "ISRGOV", "USA", "USAGOV"), ("141", "140", "111"),
         "chanted slogans against Israel"),
        (("JOROPP", "JORCVL"), ("JORCOP",), ("145", "180", "140"), "hurled stones at riot police"),
        (("JORGOV",), ("USAGOV", "EGYGOV", "PSEGOV", "USA", "EGY", "PSE"), ("125", "120", "164", "160"),
         "cancelled a four-way summit"),
        (("JORGOV", "EGYGOV", "FRAGOV"), ("JORGOV", "EGYGOV", "FRAGOV"), ("040", "041"),
         "held telephone calls"),
    ],
    also=[
        (("JORCOP", "JORMIL", "JORSPY", "JORGOV"), ("JOROPP", "JORCVL"), ("175", "170", "180"),
         "Jordanian police disperse"),
        (("JOROPP", "JORCVL"), ("ISR", "ISRGOV"), ("141", "140", "144"), "fired tear gas on Wednesday night"),
        (("JOROPP", "JORCVL"), ("JORGOV", "ISRGOV", "ISR"), ("100", "102", "160", "166"),
         "demanded the expulsion"),
        (("JORCOP",), ("JOROPP", "JORCVL"), ("144", "170", "172", "175"), "hurled stones at riot police"),
        (("JORCOP", "JORGOV"), ("JOROPP", "JORCVL"), ("173",), "19 people were arrested"),
        (("JORGOV",), ("ISR", "ISRGOV", "PSEREB", "EGYGOV", "FRAGOV"), ("020", "025", "0256"),
         "called for an immediate ceasefire"),
    ],
    none=["would be held only when", "has not been in Tel Aviv", "Related: Jordan sends"],
    parties=[
        ("King Abdullah II", "King Abdullah II", ("JORGOV",)),
        ("Foreign Minister Ayman Safadi", "Ayman Safadi", ("JORGOV",)),
        ("Safadi held telephone", "Safadi", ("JORGOV",)),
        ("The Public Security Directorate", "Public Security Directorate", ("JORCOP",)),
        ("Palestinian President Mahmoud Abbas", "Mahmoud Abbas", ("PSEGOV",)),
    ],
)

XIAN_SUMMIT = Story(
    "reuters_xian", "2023-05-19",
    """Xi hosts Central Asian leaders, pledges $3.7 billion in aid and loans

By Staff Reporter

XI'AN, China, May 19 (Reuters) - Chinese President Xi Jinping on Friday pledged 26 billion yuan ($3.7 \
billion) in financing and grants to five Central Asian countries at a summit in the ancient city of Xi'an.

Xi held talks with the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, and \
the six leaders signed a declaration on closer cooperation in trade, energy and transport.

Kazakh President Kassym-Jomart Tokayev praised China as a reliable partner and invited Xi to visit Astana \
next year.

Uzbekistan and China also agreed to build a railway linking the two countries through Kyrgyzstan, Uzbek \
President Shavkat Mirziyoyev said.

The summit coincided with a meeting of the Group of Seven leaders in Hiroshima, where Western governments \
criticised Beijing's support for Russia.

China's foreign ministry spokesman Wang Wenbin rejected the criticism, saying the G7 was "smearing and \
attacking China".

Beijing has lent more than $50 billion to Central Asian governments over the past decade, mostly for \
pipelines and roads.

The next China-Central Asia summit will be held in Kazakhstan in 2025.
""",
    events=[
        (("CHNGOV", "CHN"), ("KAZ", "KGZ", "TJK", "TKM", "UZB", "KAZGOV", "KGZGOV", "TJKGOV", "TKMGOV",
                             "UZBGOV"), ("030", "031", "033", "070", "071"), "pledged 26 billion yuan"),
        (("CHNGOV",), ("KAZGOV", "KGZGOV", "TJKGOV", "TKMGOV", "UZBGOV"), ("040", "043", "046"),
         "Xi held talks with the presidents"),
        (("KAZGOV",), ("CHN", "CHNGOV"), ("051",), "praised China as a reliable"),
        (("KAZGOV",), ("CHNGOV",), ("036", "030"), "invited Xi to visit"),
        (("UZB", "UZBGOV", "CHN", "CHNGOV"), ("UZB", "UZBGOV", "CHN", "CHNGOV"), ("030", "031", "061", "057"),
         "agreed to build a railway"),
        (("CHNGOV",), ("IGO", "USA", "USAGOV", "JPN", "JPNGOV"), ("120", "128", "111", "016"),
         "rejected the criticism"),
    ],
    also=[
        (("CHNGOV",), ("KAZGOV", "KGZGOV", "TJKGOV", "TKMGOV", "UZBGOV"), ("043", "040"), "Xi hosts Central"),
        (("CHNGOV", "CHN"), ("KAZ", "KGZ", "TJK", "TKM", "UZB", "KAZGOV", "KGZGOV", "TJKGOV", "TKMGOV",
                             "UZBGOV"), ("030", "031", "033", "070", "071"), "pledges $3.7 billion"),
        (("CHNGOV", "KAZGOV", "KGZGOV", "TJKGOV", "TKMGOV", "UZBGOV"),
         ("CHNGOV", "KAZGOV", "KGZGOV", "TJKGOV", "TKMGOV", "UZBGOV"), ("057", "030", "040"),
         "Xi held talks with the presidents"),
        (("CHNGOV", "CHN", "KAZGOV", "KAZ"), ("CHNGOV", "CHN", "KAZGOV", "KAZ"), ("036", "040", "043"),
         "pledged 26 billion yuan"),
        (("IGO", "USA", "USAGOV", "JPN", "JPNGOV"), ("CHN", "CHNGOV"), ("111", "110", "112"),
         "criticised Beijing's support"),
        (("CHNGOV",), ("IGO", "USA", "USAGOV"), ("111", "112"), "rejected the criticism"),
    ],
    none=["By Staff Reporter", "has lent more than $50 billion", "The next China-Central Asia summit"],
    parties=[
        ("Chinese President Xi Jinping", "Xi Jinping", ("CHNGOV",)),
        ("Kazakh President Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", ("KAZGOV",)),
        ("Uzbek President Shavkat Mirziyoyev", "Shavkat Mirziyoyev", ("UZBGOV",)),
        ("spokesman Wang Wenbin", "Wang Wenbin", ("CHNGOV",)),
    ],
)

SYUNIK = Story(
    "arka_yerevan", "2024-02-13",
    """Armenia, Azerbaijan trade accusations after border shooting

YEREVAN, Feb 13 (ARKA) - Armenia's Defence Ministry accused Azerbaijani forces on Tuesday of opening fire \
on Armenian positions near the village of Nerkin Hand in the Syunik province, killing four soldiers.

Azerbaijan's State Border Service said its units had carried out a "revenge operation" after Armenian \
troops fired at Azerbaijani positions on Monday, wounding a serviceman.

Yerevan denied that its forces had fired first and called the Azerbaijani account a "fabrication".

Prime Minister Nikol Pashinyan convened an emergency meeting of the Security Council and said Armenia \
would respond to any further attacks.

Russian Foreign Minister Sergei Lavrov spoke by phone with his Armenian and Azerbaijani counterparts, \
Ararat Mirzoyan and Jeyhun Bayramov, and urged both sides to refrain from steps that could escalate \
tensions, the Russian ministry said.

The European Union's monitoring mission in Armenia said it was in contact with both sides.

Yerevan and Baku have been negotiating a peace treaty since Azerbaijan retook the Karabakh region in \
September 2023.

Pashinyan said last week that he was ready to meet Azerbaijani President Ilham Aliyev "in any format".
""",
    events=[
        (("ARMGOV", "ARMMIL", "ARM"), ("AZEMIL", "AZE"), ("112",), "accused Azerbaijani forces"),
        (("AZEMIL", "AZEGOV", "AZE", "AZECOP"), ("ARMMIL", "ARM"), ("190", "193", "180"), "carried out a"),
        (("ARMGOV", "ARM"), ("AZE", "AZEGOV", "AZEMIL", "AZECOP"), ("016", "111", "112", "120"),
         "Yerevan denied that"),
        (("RUSGOV", "ARMGOV", "AZEGOV"), ("RUSGOV", "ARMGOV", "AZEGOV"), ("040", "041"),
         "spoke by phone with his Armenian"),
        (("RUSGOV",), ("ARMGOV", "AZEGOV", "ARM", "AZE"), ("020", "025", "0256"), "urged both sides to"),
    ],
    also=[
        (("ARMGOV", "ARMMIL", "ARM"), ("AZEMIL", "AZE"), ("190", "193"), "accused Azerbaijani forces"),
        (("ARMMIL", "ARM"), ("AZEMIL", "AZE", "AZECOP"), ("190", "193"), "carried out a"),
        (("AZEMIL", "AZEGOV", "AZE", "AZECOP"), ("ARMMIL", "ARM"), ("112",), "carried out a"),
        (("ARMGOV", "ARM"), ("AZE", "AZEGOV", "AZEMIL"), ("130", "138"), "would respond to any"),
        (("IGO",), ("ARMGOV", "AZEGOV", "ARM", "AZE"), ("040",), "in contact with both"),
        (("ARM", "ARMGOV", "AZE", "AZEGOV"), ("ARM", "ARMGOV", "AZE", "AZEGOV"), ("040", "046"),
         "negotiating a peace treaty"),
        (("AZE", "AZEGOV", "AZEMIL"), ("ARM", "ARMGOV", "AZE"), ("190", "192"), "negotiating a peace treaty"),
        (("ARMGOV",), ("AZEGOV",), ("036", "030"), "ready to meet"),
    ],
    none=[],
    parties=[
        ("Armenia's Defence Ministry", "Defence Ministry", ("ARMGOV", "ARMMIL")),
        ("Azerbaijan's State Border Service", "State Border Service", ("AZEMIL", "AZEGOV", "AZECOP")),
        ("Prime Minister Nikol Pashinyan", "Nikol Pashinyan", ("ARMGOV",)),
        ("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", ("RUSGOV",)),
        ("counterparts, Ararat Mirzoyan", "Ararat Mirzoyan", ("ARMGOV",)),
        ("and Jeyhun Bayramov", "Jeyhun Bayramov", ("AZEGOV",)),
    ],
)

TBILISI = Story(
    "reuters_tbilisi", "2024-05-01",
    """Georgian police use water cannon on protesters outside parliament

TBILISI, May 1 (Reuters) - Georgian riot police used water cannon and pepper spray early on Wednesday to \
disperse thousands of demonstrators protesting outside parliament against a "foreign agents" bill that \
critics say mirrors a Russian law.

The protesters, many waving Georgian and European Union flags, had blocked the entrance to the building \
as lawmakers debated the bill.

The Interior Ministry said 63 people were detained for disobeying police orders.

President Salome Zourabichvili, who opposes the bill, accused the government of provoking the protesters.

Prime Minister Irakli Kobakhidze accused foreign-funded groups of organising the unrest and said the bill \
would pass.

In Brussels, the European Union's foreign policy chief Josep Borrell urged Tbilisi to withdraw the bill \
and warned that it was incompatible with Georgia's bid to join the bloc.

The U.S. State Department said it was "deeply concerned" by the violence.

Kobakhidze rejected the criticism and said Georgia would not accept "lectures" from Brussels.

Georgia was granted EU candidate status in December.
""",
    events=[
        (("GEOCOP",), ("GEOOPP", "GEOCVL"), ("175", "170", "180"), "used water cannon"),
        (("GEOOPP", "GEOCVL"), ("GEOGOV", "GEOLEG", "GEO"), ("141", "144", "140"),
         "had blocked the entrance"),
        (("IGO",), ("GEOGOV", "GEO"), ("020", "100", "024", "104"), "urged Tbilisi to withdraw"),
        (("GEOGOV",), ("IGO", "USA", "USAGOV"), ("120", "128", "111", "124"), "Kobakhidze rejected"),
    ],
    also=[
        (("GEOCOP",), ("GEOOPP", "GEOCVL"), ("175", "170", "180"), "Georgian police use water"),
        (("GEOOPP", "GEOCVL"), ("GEOGOV", "GEOLEG", "GEO"), ("141", "140"), "used water cannon"),
        (("GEOCOP", "GEOGOV"), ("GEOOPP", "GEOCVL"), ("173",), "63 people were detained"),
        (("GEOGOV", "GEOELI"), ("GEOGOV",), ("112", "111"), "accused the government of provoking"),
        (("GEOGOV",), ("GEONGO", "GEOOPP", "GEOCVL"), ("112",), "accused foreign-funded groups"),
        (("IGO",), ("GEOGOV", "GEO"), ("130", "111", "012"), "urged Tbilisi to withdraw"),
        (("USAGOV", "USA"), ("GEO", "GEOGOV", "GEOCOP"), ("110", "111", "012"), "deeply concerned"),
    ],
    none=["was granted EU candidate status"],
    parties=[
        ("President Salome Zourabichvili", "Salome Zourabichvili", ("GEOGOV", "GEOELI")),
        ("Prime Minister Irakli Kobakhidze", "Irakli Kobakhidze", ("GEOGOV",)),
        ("Kobakhidze rejected", "Kobakhidze", ("GEOGOV",)),
        ("chief Josep Borrell", "Josep Borrell", ("IGO",)),
        ("The Interior Ministry", "Interior Ministry", ("GEOGOV",)),
        ("The U.S. State Department", "U.S. State Department", ("USAGOV",)),
    ],
)

LAJCAK = Story(
    "beta_belgrade", "2023-06-15",
    """EU envoy shuttles between Belgrade and Pristina after arrests

BELGRADE, June 15 (Beta) - The European Union's special envoy for the Belgrade-Pristina dialogue, \
Miroslav Lajcak, met Serbian President Aleksandar Vucic in Belgrade on Thursday, a day after talks with \
Kosovo Prime Minister Albin Kurti in Pristina.

Lajcak called on both sides to de-escalate after Serbian security forces detained three Kosovo police \
officers near the boundary line.

Vucic said the officers had crossed into Serbian territory and would face trial, and accused Kurti of \
"terrorising" Serbs in northern Kosovo.

Kurti called the detention an "act of aggression" and demanded the officers' immediate release.

In the northern Kosovo town of Zvecan, several hundred ethnic Serbs protested outside the municipal \
building for a third week against the ethnic Albanian mayors installed after April elections.

NATO-led peacekeepers kept a cordon around the building.

Serbia's army remains on the highest level of combat readiness, Defence Minister Milos Vucevic said.

The United States and the EU urged Kurti to withdraw special police units from the north.

Kosovo declared independence from Serbia in 2008.
""",
    events=[
        (("IGO", "SRBGOV"), ("IGO", "SRBGOV"), ("040", "042", "043"), "met Serbian President"),
        (("IGO",), ("SRB", "SRBGOV", "XKX", "XKXGOV"), ("020", "025", "0256"), "called on both sides"),
        (("SRBCOP", "SRBMIL", "SRBSPY", "SRBGOV", "SRB"), ("XKXCOP",), ("173",), "detained three Kosovo"),
        (("SRBGOV",), ("XKXGOV",), ("112",), "accused Kurti"),
        (("XKXGOV",), ("SRB", "SRBGOV", "SRBCOP", "SRBMIL", "SRBSPY"), ("111", "112"),
         "called the detention"),
        (("XKXGOV",), ("SRB", "SRBGOV", "SRBCOP", "SRBMIL", "SRBSPY"), ("100", "105"),
         "demanded the officers'"),
        (("XKXCVL", "XKXOPP", "SRBCVL", "SRBOPP", "XKX", "SRB"), ("XKXGOV", "XKXELI", "XKX"), ("141", "140"),
         "protested outside the municipal"),
        (("USA", "USAGOV", "IGO"), ("XKXGOV",), ("020", "100", "087", "025"), "urged Kurti to withdraw"),
    ],
    also=[
        (("IGO",), ("SRBGOV", "XKXGOV"), ("042", "040"), "EU envoy shuttles"),
        (("IGO", "XKXGOV"), ("IGO", "XKXGOV"), ("040", "042", "043"), "met Serbian President"),
        (("SRBGOV",), ("XKXCOP",), ("173", "172", "112"), "would face trial"),
        (("SRBCOP", "SRBMIL", "SRBGOV", "SRB"), ("XKXCOP",), ("173",), "EU envoy shuttles"),
        (("IGO",), ("XKXCVL", "SRBCVL", "XKX"), ("150", "074", "170"), "kept a cordon"),
    ],
    none=["declared independence from Serbia in 2008", "remains on the highest level"],
    parties=[
        ("dialogue, Miroslav Lajcak", "Miroslav Lajcak", ("IGO",)),
        ("Serbian President Aleksandar Vucic", "Aleksandar Vucic", ("SRBGOV",)),
        ("Kosovo Prime Minister Albin Kurti", "Albin Kurti", ("XKXGOV",)),
        ("Kurti called the detention", "Kurti", ("XKXGOV",)),
        ("Defence Minister Milos Vucevic", "Milos Vucevic", ("SRBGOV",)),
    ],
)

TARIFFS = Story(
    "afp_pristina", "2018-11-21",
    """Kosovo raises tariffs on Serbian goods to 100 percent

PRISTINA, Nov 21, 2018 (AFP) - Kosovo on Wednesday raised tariffs on goods from Serbia and Bosnia to 100 \
percent, a day after Belgrade blocked its bid to join the international police organisation Interpol.

Prime Minister Ramush Haradinaj said the tariffs would stay until Serbia recognised Kosovo's independence.

Serbian President Aleksandar Vucic called the measure "the most stupid decision" and said Belgrade would \
not hold talks with Pristina while it remained in force.

The European Union urged Pristina to revoke the tariffs, saying they violated the regional free trade \
agreement.

"It is a clear violation of CEFTA and of the spirit of good neighbourly relations," the spokeswoman for \
EU foreign policy chief Federica Mogherini, Maja Kocijancic, said in Brussels.

Bosnian Serb leader Milorad Dodik called for a boycott of Kosovo products in response.

Kosovo's 1.8 million people buy about 400 million euros of Serbian goods a year, mostly food.

Haradinaj told reporters he would not bow to pressure from Brussels.

Serbia does not recognise its former province's 2008 declaration of independence.
""",
    events=[
        (("XKXGOV", "XKX"), ("SRB", "SRBGOV", "BIH", "BIHGOV"), ("163", "160", "1312", "131"),
         "raised tariffs on goods"),
        (("SRBGOV",), ("XKXGOV", "XKX"), ("111", "110"), "called the measure"),
        (("SRBGOV",), ("XKXGOV", "XKX"), ("125", "120", "164", "160", "134"), "would not hold talks"),
        (("IGO",), ("XKXGOV", "XKX"), ("020", "100", "025", "085"), "urged Pristina to revoke"),
        (("XKXGOV",), ("IGO",), ("124", "120", "128"), "would not bow to pressure"),
    ],
    also=[
        (("XKXGOV", "XKX"), ("SRB", "SRBGOV", "BIH", "BIHGOV"), ("163", "160", "1312", "131"),
         "Kosovo raises tariffs"),
        (("SRB", "SRBGOV"), ("XKX", "XKXGOV"), ("120", "128", "144", "121"), "Belgrade blocked its bid"),
        (("XKXGOV",), ("SRB", "SRBGOV"), ("100", "130", "131", "139"), "would stay until"),
        (("IGO",), ("XKXGOV", "XKX"), ("111", "112"), "urged Pristina to revoke"),
        (("IGO",), ("XKXGOV", "XKX"), ("111", "112"), "clear violation"),
        (("BIHGOV", "BIHELI", "BIH", "SRB"), ("XKX", "XKXGOV", "XKXBUS"), ("163", "020", "143", "160"),
         "called for a boycott"),
    ],
    none=["1.8 million people buy", "does not recognise its former"],
    parties=[
        ("Prime Minister Ramush Haradinaj", "Ramush Haradinaj", ("XKXGOV",)),
        ("Haradinaj told reporters", "Haradinaj", ("XKXGOV",)),
        ("Serbian President Aleksandar Vucic", "Aleksandar Vucic", ("SRBGOV",)),
        ("Mogherini, Maja Kocijancic", "Maja Kocijancic", ("IGO",)),
        ("Bosnian Serb leader Milorad Dodik", "Milorad Dodik", ("BIHGOV", "BIHELI", "BIH", "BIHOPP")),
    ],
)

ANWAR_CALL = Story(
    "bernama_kuala_lumpur", "2024-11-08",
    """Anwar, Prabowo discuss Gaza in phone call

KUALA LUMPUR, Nov 8 -- Prime Minister Datuk Seri Anwar Ibrahim today received a telephone call from \
Indonesian President Prabowo Subianto, during which they discussed the humanitarian crisis in Gaza and \
ASEAN's response to the conflict in Myanmar.

In a post on Facebook, Anwar said both leaders agreed to push for an immediate ceasefire in Gaza and to \
send more humanitarian aid to the Palestinians.

"Malaysia and Indonesia will continue to raise their voices at the United Nations," he said.

Meanwhile, about 2,000 people gathered outside the United States Embassy in Jalan Tun Razak after Friday \
prayers to protest against Washington's support for Israel.

The peaceful rally, organised by the Malaysian Consultative Council of Islamic Organisations (MAPIM), \
ended with the handing over of a memorandum to an embassy official.

Police had earlier closed two lanes of the road to traffic.

Foreign Minister Datuk Seri Mohamad Hasan said Malaysia had conveyed its objection to the United States \
over the latest shipment of arms to Israel.

He said Wisma Putra would summon the US ambassador if necessary.

-- BERNAMA
""",
    events=[
        (("IDNGOV", "MYSGOV"), ("IDNGOV", "MYSGOV"), ("040", "041"), "received a telephone call from"),
        (("MYSCVL", "MYSOPP", "MYSNGO"), ("USA", "USAGOV"), ("141", "140"), "gathered outside the United"),
        (("MYSGOV", "MYS"), ("USAGOV", "USA"), ("114", "110", "111", "120"), "conveyed its objection"),
    ],
    also=[
        (("IDNGOV", "MYSGOV"), ("IDNGOV", "MYSGOV"), ("040", "041"), "Anwar, Prabowo discuss"),
        (("MYSGOV", "IDNGOV"), ("PSE", "PSECVL", "IDNGOV", "MYSGOV"), ("030", "033", "032"),
         "agreed to push for"),
        (("MYSNGO", "MYSCVL", "MYSOPP"), ("USAGOV", "USA"), ("140", "141", "114"), "handing over of a"),
    ],
    none=["would summon the US ambassador", "Police had earlier closed", "-- BERNAMA"],
    parties=[
        ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", ("MYSGOV",)),
        ("President Prabowo Subianto", "Prabowo Subianto", ("IDNGOV",)),
        ("Nations,\" he said", "he", ("MYSGOV",)),
        ("Datuk Seri Mohamad Hasan", "Mohamad Hasan", ("MYSGOV",)),
        ("He said Wisma Putra", "He", ("MYSGOV",)),
        ("said Wisma Putra would", "Wisma Putra", ("MYSGOV",)),
    ],
)

HOANG_SA = Story(
    "vna_hanoi", "2023-07-13",
    """Viet Nam demands China respect sovereignty over Hoang Sa

Ha Noi (VNA) – Viet Nam resolutely opposes China's deployment of a military exercise in Hoang Sa \
(Paracel) archipelago and demands that China respect Viet Nam's sovereignty, Foreign Ministry spokeswoman \
Pham Thu Hang said on July 13.

Answering reporters' questions at the ministry's regular press conference, Hang said that China's actions \
seriously violated Viet Nam's sovereignty and were not conducive to the situation in the East Sea.

Viet Nam has sufficient legal grounds and historical evidence to assert its sovereignty over the \
archipelago, she said.

The spokeswoman also said that a Vietnamese fishing boat from Quang Ngai province had been rammed and \
chased away by a Chinese vessel near the archipelago on July 10, and that Viet Nam had lodged a protest \
with the Chinese side.

Asked about the upcoming visit of Philippine President Ferdinand Marcos Jr., Hang said the two countries \
would sign agreements on maritime cooperation and rice trade.

Also on July 13, Deputy Foreign Minister Do Hung Viet held talks with Japanese Deputy Foreign Minister \
Okano Masataka in Ha Noi, during which the two sides agreed to boost cooperation in maritime security.

VNA
""",
    events=[
        (("VNMGOV", "VNM"), ("CHN", "CHNGOV", "CHNMIL"), ("111", "110", "120"), "resolutely opposes China"),
        (("VNMGOV", "VNM"), ("CHN", "CHNGOV", "CHNMIL"), ("100", "105", "102"), "resolutely opposes China"),
        (("CHN", "CHNMIL", "CHNCVL", "CHNBUS"), ("VNMCVL", "VNM", "VNMBUS"),
         ("171", "180", "190", "182", "170"), "had been rammed"),
        (("VNMGOV", "VNM"), ("CHN", "CHNGOV"), ("114", "110", "111"), "lodged a protest with the Chinese"),
        (("VNMGOV", "JPNGOV"), ("VNMGOV", "JPNGOV"), ("040", "043", "046"), "held talks with Japanese"),
    ],
    also=[
        (("VNMGOV", "VNM"), ("CHN", "CHNGOV", "CHNMIL"), ("100", "105", "102"), "Viet Nam demands China"),
        (("VNMGOV", "VNM"), ("CHN", "CHNGOV", "CHNMIL"), ("111", "112"), "seriously violated"),
        (("VNMGOV", "VNM", "PHL", "PHLGOV"), ("VNMGOV", "VNM", "PHL", "PHLGOV"), ("036", "042", "043", "057",
                                                                                 "030"), "upcoming visit"),
        (("VNMGOV", "JPNGOV"), ("VNMGOV", "JPNGOV"), ("030", "031", "032", "062"),
         "held talks with Japanese"),
    ],
    none=["has sufficient legal grounds", "VNA\n"],
    parties=[
        ("spokeswoman Pham Thu Hang", "Pham Thu Hang", ("VNMGOV",)),
        ("Hang said that China", "Hang", ("VNMGOV",)),
        ("archipelago, she said", "she", ("VNMGOV",)),
        ("The spokeswoman also", "The spokeswoman", ("VNMGOV",)),
        ("Minister Do Hung Viet", "Do Hung Viet", ("VNMGOV",)),
        ("Minister Okano Masataka", "Okano Masataka", ("JPNGOV",)),
    ],
)

AYUNGIN = Story(
    "pna_manila", "2024-03-25",
    """PH files diplomatic protest over water cannon attack

MANILA – The Department of Foreign Affairs (DFA) on Monday summoned Chinese Deputy Chief of Mission Zhou \
Zhiyong and handed him a note verbale protesting the "dangerous maneuvers" of China Coast Guard vessels \
near Ayungin Shoal over the weekend.

The China Coast Guard fired water cannon at a Philippine supply boat on Saturday, injuring four Filipino \
sailors, the Armed Forces of the Philippines (AFP) said.

DFA spokesperson Teresita Daza said Manila had demanded that Beijing withdraw its vessels from the area.

National Security Adviser Eduardo Año accused China of "bullying" a smaller neighbour.

The Chinese embassy in Manila rejected the protest and said the Philippine boat had "intruded" into \
Chinese waters.

US Ambassador MaryKay Carlson reaffirmed Washington's "ironclad" commitment to defend the Philippines \
under the 1951 Mutual Defense Treaty.

Japan and Australia also expressed concern over the incident.

President Ferdinand R. Marcos Jr. will convene the National Maritime Council on Wednesday, Palace Press \
Officer Claire Castro said. (PNA)
""",
    events=[
        (("PHLGOV", "PHL"), ("CHNGOV", "CHN"), ("114", "110", "111"), "summoned Chinese Deputy"),
        (("CHNMIL", "CHN"), ("PHLMIL", "PHL", "PHLCVL"), ("190", "180", "175", "171", "170", "193"),
         "fired water cannon at"),
        (("PHLGOV",), ("CHNGOV", "CHN"), ("100", "102", "105"), "had demanded that Beijing"),
        (("PHLGOV",), ("CHN", "CHNGOV"), ("112",), "accused China of"),
        (("CHNGOV",), ("PHLGOV", "PHL"), ("120", "128", "124", "112"), "rejected the protest"),
        (("USAGOV", "USA"), ("PHL", "PHLGOV"), ("030", "032", "033", "050", "051", "074", "070", "062"),
         "reaffirmed Washington's"),
    ],
    also=[
        (("PHLGOV", "PHL"), ("CHNGOV", "CHN", "CHNMIL"), ("114", "110", "111", "112"),
         "PH files diplomatic protest"),
        (("PHLGOV", "PHL"), ("CHNGOV", "CHN", "CHNMIL"), ("111", "112"), "summoned Chinese Deputy"),
        (("CHNGOV",), ("PHLGOV", "PHL", "PHLMIL"), ("112", "111"), "rejected the protest"),
        (("JPN", "JPNGOV", "AUS", "AUSGOV"), ("CHN", "CHNGOV", "CHNMIL"), ("110", "111", "012"),
         "expressed concern over"),
    ],
    none=["will convene the National Maritime Council"],
    parties=[
        ("Deputy Chief of Mission Zhou Zhiyong", "Zhou Zhiyong", ("CHNGOV",)),
        ("spokesperson Teresita Daza", "Teresita Daza", ("PHLGOV",)),
        ("Adviser Eduardo Año", "Eduardo Año", ("PHLGOV",)),
        ("The Chinese embassy in Manila", "Chinese embassy", ("CHNGOV",)),
        ("Ambassador MaryKay Carlson", "MaryKay Carlson", ("USAGOV",)),
        ("The China Coast Guard fired", "China Coast Guard", ("CHNMIL",)),
    ],
)

MEDGAZ = Story(
    "aps_algiers", "2022-06-08",
    """Algeria suspends friendship treaty with Spain

ALGIERS - Algeria on Wednesday suspended the treaty of friendship, good neighbourliness and cooperation \
it signed with Spain in 2002, in protest at Madrid's support for Morocco's plan for Western Sahara, the \
presidency said in a statement.

The Association of Banks and Financial Institutions (ABEF) also ordered its members to freeze all trade \
transactions with Spain, including imports and exports of goods and services.

Algeria had recalled its ambassador from Madrid in March after Spanish Prime Minister Pedro Sanchez \
endorsed the Moroccan autonomy plan.

Spain's foreign minister Jose Manuel Albares said Madrid regretted the decision and would respond \
"calmly" and with "firmness".

The European Commission said it was assessing the implications of the Algerian measures and urged Algiers \
to reverse them.

Algeria supplies Spain with about a quarter of its natural gas through the Medgaz pipeline.

The Algerian Minister of Energy, Mohamed Arkab, said gas deliveries to Spain would continue.

The Polisario Front, which seeks independence for Western Sahara, welcomed Algeria's decision.

APS
""",
    events=[
        (("DZAGOV", "DZA"), ("ESP", "ESPGOV"), ("161", "160", "120", "127", "128"), "suspended the treaty"),
        (("DZABUS", "DZA", "DZAGOV"), ("ESP", "ESPGOV", "ESPBUS"), ("163", "160", "161", "121", "1211"),
         "freeze all trade"),
        (("IGO",), ("DZA", "DZAGOV"), ("020", "100", "025", "024"), "urged Algiers to reverse"),
        (("ESHREB",), ("DZA", "DZAGOV"), ("051",), "welcomed Algeria's decision"),
    ],
    also=[
        (("DZAGOV", "DZA"), ("ESP", "ESPGOV"), ("161", "160", "120", "127", "128"), "Algeria suspends"),
        (("DZAGOV", "DZA"), ("ESP", "ESPGOV"), ("111", "140", "110"), "suspended the treaty"),
        (("DZAGOV", "DZA"), ("ESP", "ESPGOV"), ("161", "166", "160"), "had recalled its ambassador"),
        (("ESPGOV", "ESP"), ("MAR", "MARGOV"), ("051", "050", "030"), "had recalled its ambassador"),
        (("ESPGOV", "ESP"), ("DZA", "DZAGOV"), ("110", "111", "012", "130"), "regretted the decision"),
        (("DZAGOV", "DZA"), ("ESP", "ESPGOV"), ("030", "031", "0311"), "deliveries to Spain would continue"),
    ],
    none=["supplies Spain with about a quarter", "APS\n"],
    parties=[
        ("minister Jose Manuel Albares", "Jose Manuel Albares", ("ESPGOV",)),
        ("Prime Minister Pedro Sanchez", "Pedro Sanchez", ("ESPGOV",)),
        ("Energy, Mohamed Arkab", "Mohamed Arkab", ("DZAGOV",)),
        ("The European Commission", "European Commission", ("IGO",)),
        ("The Polisario Front", "Polisario Front", ("ESHREB",)),
    ],
)

NLC_STRIKE = Story(
    "nan_abuja", "2024-06-03",
    """NLC begins nationwide strike over minimum wage

By Ifeanyi Okonkwo

Abuja, June 3, 2024 (NAN) The Nigeria Labour Congress (NLC) and the Trade Union Congress (TUC) on Monday \
began an indefinite nationwide strike to press the Federal Government to approve a new minimum wage.

Workers shut the national grid control centre in Abuja, plunging much of the country into darkness, and \
picketed the National Assembly complex.

NLC President Joe Ajaero said the unions had rejected the government's offer of N60,000 a month as "an \
insult to Nigerian workers".

"We will not call off this strike until the government comes back with a realistic offer," Ajaero told NAN.

The Minister of Information, Mohammed Idris, appealed to the unions to return to the negotiating table, \
saying the strike was illegal.

The Senate President, Godswill Akpabio, met the labour leaders behind closed doors at the National \
Assembly in the evening.

Lagos State Police Command said it had deployed officers to protect airports and other public facilities.

NAN reports that the strike is the first by the two labour centres since 2019.

Edited by Chidinma Agu
""",
    events=[
        (("NGALAB",), ("NGAGOV", "NGA"), ("143", "140", "141"), "began an indefinite"),
        (("NGALAB", "NGACVL"), ("NGAGOV", "NGALEG", "NGA"), ("143", "144", "141", "140"),
         "picketed the National Assembly"),
        (("NGALAB",), ("NGAGOV",), ("120", "121", "124", "125", "127"),
         "had rejected the government's offer"),
        (("NGAGOV",), ("NGALAB",), ("020", "026", "025", "100", "106"), "appealed to the unions"),
        (("NGALEG", "NGALAB"), ("NGALAB", "NGALEG"), ("040", "043", "046"), "met the labour leaders"),
    ],
    also=[
        (("NGALAB",), ("NGAGOV", "NGA"), ("143", "140", "141"), "NLC begins nationwide"),
        (("NGALAB",), ("NGAGOV", "NGA"), ("100", "101", "103", "104"), "began an indefinite"),
        (("NGALAB",), ("NGAGOV",), ("124", "120", "130", "139"), "will not call off"),
        (("NGAGOV",), ("NGALAB",), ("111", "112"), "appealed to the unions"),
        (("NGACOP",), ("NGALAB", "NGACVL"), ("150", "151", "153"), "deployed officers"),
    ],
    none=["NAN reports that the strike", "Edited by Chidinma Agu", "By Ifeanyi Okonkwo"],
    parties=[
        ("NLC President Joe Ajaero", "Joe Ajaero", ("NGALAB",)),
        ("Ajaero told NAN", "Ajaero", ("NGALAB",)),
        ("Information, Mohammed Idris", "Mohammed Idris", ("NGAGOV",)),
        ("President, Godswill Akpabio", "Godswill Akpabio", ("NGALEG",)),
        ("The Nigeria Labour Congress", "Nigeria Labour Congress", ("NGALAB",)),
        ("Lagos State Police Command", "Lagos State Police Command", ("NGACOP",)),
    ],
)

BERBERA = Story(
    "xinhua_mogadishu", "2024-01-02",
    """Somalia rejects Ethiopia-Somaliland port deal, recalls ambassador

MOGADISHU, Jan. 2 (Xinhua) -- The Somali government on Tuesday rejected a memorandum of understanding \
signed between Ethiopia and the breakaway region of Somaliland, calling it "null and void", and recalled \
its ambassador to Addis Ababa for consultations.

Somali President Hassan Sheikh Mohamud told an emergency session of parliament that the country would \
defend "every inch" of its territory.

Under the deal signed in Addis Ababa on Monday, Somaliland agreed to lease 20 km of coastline to Ethiopia \
for a naval base, in exchange for Ethiopia's possible recognition of its independence.

Ethiopian Prime Minister Abiy Ahmed's office said the agreement would not affect any party or country.

Thousands of people marched in Mogadishu and other cities on Wednesday to protest against the deal, \
waving Somali flags.

The African Union Commission chairperson, Moussa Faki Mahamat, called on the two countries to exercise \
restraint and engage in dialogue.

Egypt's foreign ministry said it backed Somalia's sovereignty and rejected any measures that violated it.

Somaliland, which broke away from Somalia in 1991, has not been recognized by any country.
""",
    events=[
        (("SOMGOV", "SOM"), ("ETH", "ETHGOV", "SOM", "SOMGOV", "SOMREB", "SOMOPP"), ("120", "127", "128"),
         "rejected a memorandum"),
        (("SOMGOV", "SOM"), ("ETH", "ETHGOV"), ("161", "160", "166"), "recalled its ambassador to Addis"),
        (("SOMCVL", "SOMOPP"), ("ETH", "ETHGOV", "SOM", "SOMGOV"), ("141", "140"),
         "Thousands of people marched"),
        (("IGO",), ("SOM", "SOMGOV", "ETH", "ETHGOV"), ("020", "025", "0256", "026"), "called on the two"),
        (("EGYGOV", "EGY"), ("SOM", "SOMGOV"), ("051", "050", "030"), "backed Somalia's sovereignty"),
    ],
    also=[
        (("SOMGOV", "SOM"), ("ETH", "ETHGOV", "SOM", "SOMGOV"), ("120", "127", "128", "161"),
         "Somalia rejects"),
        (("SOMGOV",), ("ETH", "ETHGOV"), ("138", "130"), "would defend"),
        (("SOM", "SOMGOV", "ETH", "ETHGOV", "SOMREB", "SOMOPP"),
         ("SOM", "SOMGOV", "ETH", "ETHGOV", "SOMREB", "SOMOPP"), ("057", "030", "031", "054"),
         "Under the deal signed"),
        (("EGYGOV", "EGY"), ("ETH", "ETHGOV"), ("120", "111", "127"), "backed Somalia's sovereignty"),
    ],
    none=["has not been recognized by any country", "would not affect any party"],
    parties=[
        ("Somali President Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", ("SOMGOV",)),
        ("Prime Minister Abiy Ahmed", "Abiy Ahmed", ("ETHGOV",)),
        ("chairperson, Moussa Faki Mahamat", "Moussa Faki Mahamat", ("IGO",)),
        ("Egypt's foreign ministry", "foreign ministry", ("EGYGOV",)),
    ],
)

COLOMBO_IMF = Story(
    "afp_colombo", "2023-12-13",
    """IMF approves $337 million for Sri Lanka as China debt talks drag

COLOMBO, Dec 13 (AFP) - The International Monetary Fund on Wednesday approved the release of about $337 \
million to Sri Lanka, the second tranche of a $2.9 billion bailout, after the island nation reached a \
deal with its bilateral creditors.

The IMF's board said Sri Lanka had made "commendable progress" in restoring fiscal discipline but urged \
the government to press ahead with tax reforms.

President Ranil Wickremesinghe thanked the fund and said Colombo would conclude its debt restructuring \
with China by the end of January.

India, Japan and France, which co-chair the official creditors' committee, agreed in November to \
restructure about $5.9 billion of Sri Lanka's debt.

China's Export-Import Bank, Sri Lanka's largest bilateral lender, has negotiated separately with Colombo.

Indian External Affairs Minister S. Jaishankar said New Delhi had provided about $4 billion in emergency \
credit and currency swaps to Sri Lanka last year, more than any other country.

Trade unions in Colombo staged a one-day strike last week against higher electricity tariffs demanded by \
the IMF.

The rupee closed little changed at 327.50 to the dollar.
""",
    events=[
        (("IGO",), ("LKA", "LKAGOV"), ("071", "070", "061"), "approved the release"),
        (("IGO",), ("LKAGOV", "LKA"), ("020", "024", "100", "104"), "urged the government to press"),
        (("LKAGOV",), ("IGO",), ("051",), "thanked the fund"),
        (("IND", "INDGOV", "JPN", "JPNGOV", "FRA", "FRAGOV"), ("LKA", "LKAGOV"),
         ("030", "031", "061", "071", "081", "085", "057"), "agreed in November to restructure"),
        (("INDGOV", "IND"), ("LKA", "LKAGOV"), ("071", "070"), "had provided about $4 billion"),
        (("LKALAB",), ("LKAGOV", "LKA", "IGO"), ("143", "140"), "staged a one-day strike"),
    ],
    also=[
        (("IGO",), ("LKA", "LKAGOV"), ("071", "070", "061"), "IMF approves $337"),
        (("LKA", "LKAGOV"), ("IND", "INDGOV", "JPN", "JPNGOV", "FRA", "FRAGOV", "CHN", "CHNGOV"),
         ("057", "030", "046"), "approved the release"),
        (("IGO",), ("LKAGOV", "LKA"), ("051",), "commendable progress"),
        (("LKAGOV",), ("CHN", "CHNGOV", "CHNBUS"), ("030", "031", "036", "046", "057"), "thanked the fund"),
        (("CHNBUS", "CHNGOV", "CHN", "LKA", "LKAGOV"), ("CHNBUS", "CHNGOV", "CHN", "LKA", "LKAGOV"),
         ("040", "046"), "has negotiated separately"),
        (("IGO",), ("LKAGOV", "LKA"), ("100", "101", "104"), "staged a one-day strike"),
    ],
    none=["The rupee closed little changed"],
    parties=[
        ("President Ranil Wickremesinghe", "Ranil Wickremesinghe", ("LKAGOV",)),
        ("Minister S. Jaishankar", "S. Jaishankar", ("INDGOV",)),
        ("China's Export-Import Bank", "Export-Import Bank", ("CHNBUS", "CHNGOV")),
        ("Trade unions in Colombo", "Trade unions", ("LKALAB",)),
        ("The IMF's board", "IMF", ("IGO",)),
    ],
)

CRICKET = Story(
    "sports_hyderabad", "2023-10-10",
    """Rizwan hundred steers Pakistan to victory over Sri Lanka

By Our Sports Reporter

HYDERABAD, India, Oct 10 - Mohammad Rizwan hit an unbeaten 131 as Pakistan chased down a World Cup record \
target of 345 to beat Sri Lanka by six wickets on Tuesday.

Sri Lanka had posted 344 for nine after centuries from Kusal Mendis and Sadeera Samarawickrama.

Pakistan lost two early wickets before Rizwan and Abdullah Shafique put on 176 for the third wicket.

"We attacked them from the first ball," Rizwan told reporters after the match.

Sri Lanka captain Dasun Shanaka said his bowlers had let the team down.

Pakistan will face India in Ahmedabad on Saturday in front of a crowd of more than 100,000.

The Pakistan Cricket Board protested to the International Cricket Council over delays in issuing visas to \
Pakistani journalists and fans.

India and Pakistan have not played a bilateral series since 2012 because of political tensions.
""",
    events=[],
    also=[
        (("PAK", "PAKBUS", "PAKNGO", "PAKGOV", "PAKCVL"), ("IGO", "NGO", "IND", "INDGOV"),
         ("114", "110", "111", "140"), "protested to the International"),
    ],
    none=["By Our Sports Reporter", "to beat Sri Lanka by six", "had posted 344", "lost two early wickets",
          "We attacked them", "let the team down", "will face India in Ahmedabad",
          "have not played a bilateral"],
    parties=[],
)

TANKER = Story(
    "irna_tehran", "2024-04-27",
    """Iran summons Swiss envoy over US 'piracy' of oil cargo

TEHRAN, April 27 (IRNA) - Iran's Foreign Ministry on Saturday summoned the Swiss ambassador, whose \
country represents U.S. interests in Tehran, to protest against the seizure of an Iranian oil cargo by \
the United States off the coast of Malaysia.

Ministry spokesman Nasser Kanaani condemned the seizure as "an act of piracy" and said Washington would \
be held responsible for the consequences.

Kanaani also rejected a joint statement by Britain, France and Germany on Iran's nuclear programme, \
calling it "unconstructive and politically motivated".

The three European countries had urged Tehran to stop enriching uranium to 60 percent and to restore full \
cooperation with the International Atomic Energy Agency.

Meanwhile, Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran on an official visit and was \
received by First Vice President Mohammad Mokhber at Mehrabad airport.

Sudani and President Ebrahim Raisi held talks on trade, security on the common border and the payment of \
Iraq's debts for Iranian gas and electricity.

The two sides signed six memorandums of understanding, including one on border security.

Raisi said Iran was ready to expand economic ties with its neighbours despite "cruel" Western sanctions.

Tehran has repeatedly denied seeking nuclear weapons.
""",
    events=[
        (("IRNGOV", "IRN"), ("CHE", "CHEGOV", "USA", "USAGOV"), ("114", "110", "111", "112"),
         "summoned the Swiss ambassador"),
        (("IRNGOV",), ("USA", "USAGOV"), ("111", "112"), "condemned the seizure"),
        (("IRNGOV",), ("GBR", "FRA", "DEU", "GBRGOV", "FRAGOV", "DEUGOV"), ("120", "111", "128"),
         "rejected a joint statement"),
        (("GBR", "FRA", "DEU", "GBRGOV", "FRAGOV", "DEUGOV"), ("IRN", "IRNGOV"), ("020", "100", "105", "025"),
         "had urged Tehran to stop"),
        (("IRQGOV",), ("IRN", "IRNGOV"), ("042",), "arrived in Tehran on an official"),
        (("IRNGOV",), ("IRQGOV",), ("043",), "arrived in Tehran on an official"),
        (("IRQGOV", "IRNGOV"), ("IRQGOV", "IRNGOV"), ("040", "046"), "held talks on trade"),
        (("IRQGOV", "IRNGOV"), ("IRQGOV", "IRNGOV"), ("057",), "signed six memorandums"),
    ],
    also=[
        (("IRNGOV", "IRN"), ("CHE", "CHEGOV", "USA", "USAGOV"), ("114", "110", "111", "112"), "Iran summons"),
        (("USA", "USAGOV"), ("IRN", "IRNBUS", "IRNGOV"), ("171", "170"), "summoned the Swiss ambassador"),
        (("IRNGOV",), ("USA", "USAGOV"), ("130", "112"), "condemned the seizure"),
        (("IRNGOV",), ("GBR", "FRA", "DEU", "GBRGOV", "FRAGOV", "DEUGOV"), ("111", "112"),
         "rejected a joint statement"),
        (("IRNGOV",), ("USA", "GBR", "FRA", "DEU", "IGO"), ("111", "112"), "ready to expand economic"),
    ],
    none=["has repeatedly denied"],
    parties=[
        ("spokesman Nasser Kanaani", "Nasser Kanaani", ("IRNGOV",)),
        ("Kanaani also rejected", "Kanaani", ("IRNGOV",)),
        ("Minister Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani", ("IRQGOV",)),
        ("Sudani and President", "Sudani", ("IRQGOV",)),
        ("President Mohammad Mokhber", "Mohammad Mokhber", ("IRNGOV",)),
        ("summoned the Swiss ambassador", "Swiss ambassador", ("CHEGOV",)),
    ],
)

CAIRO_TALKS = Story(
    "mena_cairo", "2024-02-13",
    """Egypt hosts new round of Gaza truce talks; aid trucks cross Rafah

CAIRO, Feb 13 (MENA) - Egypt hosted a new round of talks in Cairo on Tuesday on a ceasefire in the Gaza \
Strip and the release of hostages, with the participation of delegations from Qatar, the United States \
and Israel.

CIA Director William Burns, Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Israeli \
Mossad chief David Barnea attended the meeting, which was chaired by the head of Egyptian General \
Intelligence, Abbas Kamel.

Foreign Minister Sameh Shoukry called on Israel and Hamas to show flexibility and to accept a deal that \
would stop the bloodshed.

Shoukry also warned Israel against launching a ground offensive on Rafah, saying it would have \
"catastrophic consequences".

A Hamas delegation led by Khalil al-Hayya is expected in Cairo later this week, a source said.

Meanwhile, 142 aid trucks carrying food, medicine and fuel entered the Gaza Strip through the Rafah \
crossing on Tuesday, the Egyptian Red Crescent said.

The United Arab Emirates pledged an additional $20 million to the UN agency for Palestinian refugees, UNRWA.

Israel has accused UNRWA staff of taking part in the Oct. 7 attack, an accusation the agency has denied.

(MENA)
""",
    events=[
        (("EGYGOV", "EGY", "EGYSPY"), ("QAT", "QATGOV", "USA", "USAGOV", "ISR", "ISRGOV"),
         ("043", "040", "045", "046", "039"), "Egypt hosted a new round"),
        (("EGYGOV",), ("ISR", "ISRGOV", "PSEREB"), ("020", "025", "0256", "027", "028"), "called on Israel"),
        (("EGYGOV",), ("ISR", "ISRGOV", "ISRMIL"), ("130", "138", "020", "100"), "warned Israel against"),
        (("ARE", "AREGOV"), ("IGO",), ("030", "033", "070", "071", "073"), "pledged an additional"),
        (("ISR", "ISRGOV"), ("IGO",), ("112",), "Israel has accused UNRWA"),
    ],
    also=[
        (("EGYGOV", "EGY", "EGYSPY"), ("QAT", "QATGOV", "USA", "USAGOV", "ISR", "ISRGOV"),
         ("043", "040", "045", "046"), "Egypt hosts new round"),
        (("USASPY", "USAGOV", "QATGOV", "ISRSPY", "ISRGOV", "EGYSPY", "EGYGOV", "USA", "QAT", "ISR", "EGY"),
         ("USASPY", "USAGOV", "QATGOV", "ISRSPY", "ISRGOV", "EGYSPY", "EGYGOV", "USA", "QAT", "ISR", "EGY"),
         ("040", "043", "044", "046"), "attended the meeting"),
        (("PSEREB",), ("EGY", "EGYGOV"), ("036", "042"), "is expected in Cairo"),
        (("EGYNGO", "EGY", "EGYGOV", "NGO"), ("PSE", "PSECVL"), ("070", "073"), "aid trucks carrying"),
        (("IGO",), ("ISR", "ISRGOV"), ("016", "120"), "Israel has accused UNRWA"),
    ],
    none=["(MENA)\n"],
    parties=[
        ("CIA Director William Burns", "William Burns", ("USASPY", "USAGOV")),
        ("Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani", ("QATGOV",)),
        ("Mossad chief David Barnea", "David Barnea", ("ISRSPY", "ISRGOV")),
        ("Intelligence, Abbas Kamel", "Abbas Kamel", ("EGYSPY", "EGYGOV")),
        ("Foreign Minister Sameh Shoukry", "Sameh Shoukry", ("EGYGOV",)),
        ("Shoukry also warned", "Shoukry", ("EGYGOV",)),
        ("led by Khalil al-Hayya", "Khalil al-Hayya", ("PSEREB",)),
    ],
)

STORIES: list[Story] = [TRUCKERS, PERU_MEXICO, ESSEQUIBO, OIC_KASHMIR, QURAN_PROTEST, GARMENTS, RIYADH_CALL,
                        LE_DRIAN, AMMAN_EMBASSY, XIAN_SUMMIT, SYUNIK, TBILISI, LAJCAK, TARIFFS, ANWAR_CALL,
                        HOANG_SA, AYUNGIN, MEDGAZ, NLC_STRIKE, BERBERA, COLOMBO_IMF, CRICKET, TANKER,
                        CAIRO_TALKS]


if __name__ == "__main__":
    main(STORIES, "stories23")
