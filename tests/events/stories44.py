"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (forty-second session,
wip/stories44), the twenty-third set: ERA copy of 1986-2005 on the subjects the earlier sets used least,
weighted to Central and West Africa, the Andes, Central America, the Caucasus, South-East Asia and the
Gulf: debt and IMF price rises protested (the Caracas riots of 1989), an OPEC quarrel (Iraq against Kuwait
and the Emirates, July 1990), water and gas traded between upstream and downstream states (Toktogul), a
fishing and sea-border war (Nicaragua's tariff on Honduras), diplomats declared persona non grata in
tit-for-tat (Moscow, October 1986), asylum won in an embassy (the North Koreans in Beijing's Spanish
embassy), mercenaries tried (Malabo 2004), a hijacking ended by surrender (the Saudi airliner in Baghdad),
ceasefire violations traded (South Ossetia 2004), demobilisation and mine-clearing (the FMLN, 1992), an
extradition refused (the Rwandan genocide suspects in Cameroon), prisoners of war exchanged (Iran and Iraq,
1990), a missile test condemned (the Ghauri), a military exercise protested (Fire Focus in the Falklands),
a treaty ratified (START-2), recognition granted and withheld (Turkey and Azerbaijan, 1991), mediation
accepted (the Rio Protocol's guarantors, 1998), a humanitarian truce (Brazzaville 1997), a leader's visit
met by protests (Suharto in Dresden), an embassy burned (the Thai embassy in Phnom Penh), sanctions waived
(Section 907), a parliament dissolved by decree (Kuwait 1986), military aid resumed (Indonesia 2005) and a
river-border quarrel turned to killings (Senegal and Mauritania, 1989).

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires (Reuters, AP,
AFP, UPI, Xinhua, TASS, IRNA, MENA, DPA, EFE, PTI, KUNA, Yonhap, Itar-Tass, BBC
Monitoring, Prensa Latina, Anadolu, Antara). Each holds reported speech, pronouns, "the ministry"-style
domestic actors, several actors of one country, and most an act told again or background that must code
nothing.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a court's refusal is a rejection, a dissolved
parliament is coerced (or relations reduced), a recognition 054, a ratification 057, an expulsion of
diplomats 174 (or 166), the release of prisoners 0841, a truce 0871, demobilisation 0873, a formal protest
114, an unnamed armed group the unidentified armed forces (UAF) of its place, South Ossetia's side GEOREB.

Run `python tests/events/stories44.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories44 at 0a158444, main's code 4da5ced8, before any change): of the 105 required events
69 were coded at country + root and 67 at actor + root; of the coded triples 69 were right, 13 accepted, 1
duplicated and 28 wrong; 3 of the 15 non-event paragraphs were coded; of 61 parties 56 were right, 4 wrong
and 1 unresolved. Corrected after the run, as writing errors against the written conventions
(docs/events.md, "Forty-second session: ... (wip/stories44)"): a call is 041 both ways (King Fahd's call
to the Amir); only history ten or more years old must code nothing, so START-2's signing in 1993, told in
a participle of a story of 2000, is background (`also`), not a non-event paragraph.
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
_PRAISE = ("050", "051", "052", "053", "055", "056", "057")
_DIPCO = ("050", "051", "052", "053", "054", "055", "056", "057")
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

_VEN = ("VEN", "VENGOV")
_VENPEOPLE = ("VENCVL", "VENOPP", "VENCRM", "VEN", "VENLAB")

REUTERS_CARACAS_RIOTS = Story(
    "reuters_caracas_price_riots", "1989-02-28",
    """Venezuelan troops patrol Caracas after riots over price rises

CARACAS, Feb 28 (Reuters) - Venezuelan troops fired on looters in the slums of Caracas on Tuesday as rioting \
over bus fare and fuel price increases spread to a dozen cities, and President Carlos Andres Perez suspended \
constitutional guarantees.

At least 50 people have been killed since Monday, when commuters burned buses and looted shops in protest at \
measures agreed with the International Monetary Fund, hospital officials said.

Perez, who took office three weeks ago, said in a televised address that the government would not abandon \
the economic programme but would freeze the prices of basic foods.

The Venezuelan Workers Confederation (CTV), the country's largest labour federation, demanded that the \
government reverse the fuel increase and called a general strike for Thursday.

Interior Minister Alejandro Izaguirre imposed a curfew from 6 p.m. to 6 a.m. in the capital.

Finance Minister Eglee Iturbe de Blanco said Venezuela would press its commercial bank creditors to \
reschedule part of its foreign debt.

Venezuela's foreign debt is about $33 billion.
""",
    events=[
        (("VENMIL", "VEN", "VENGOV"), _VENPEOPLE, _FIGHT + _ASSAULT + ("175",), "fired on looters"),
        (_VEN, _VENPEOPLE + ("VENJUD",), _COERCE, "suspended"),
        (("VENLAB",), _VEN, _DEMAND, "demanded that the"),
        (("VENLAB",), _VEN, ("143", "140"), "called a general strike"),
        (_VEN, _VENPEOPLE, _COERCE, "imposed a curfew"),
    ],
    also=[
        (_VENPEOPLE, _VEN + _IGO, _PROTEST + ("171", "145"), "burned buses"),
        (_VEN, _VENPEOPLE + ("VENLAB",), _REJ + _INTENT + _YIELD + _STATE, "would not abandon"),
        (_VEN, ("---BUS", "---", "VENBUS") + _IGO, _INTENT + _APPEAL + _DEMAND, "would press its"),
    ],
    none=["Venezuela's foreign debt is about"],
    parties=[
        ("President Carlos Andres Perez", "Carlos Andres Perez", ("VENGOV",)),
        ("Interior Minister Alejandro Izaguirre", "Alejandro Izaguirre", ("VENGOV",)),
        ("Finance Minister Eglee Iturbe de Blanco", "Eglee Iturbe de Blanco", ("VENGOV",)),
    ],
)

_IRQ = ("IRQ", "IRQGOV")
_KWT = ("KWT", "KWTGOV")

MENA_BAGHDAD_OPEC = Story(
    "mena_baghdad_opec_quotas", "1990-07-17",
    """Iraq accuses Kuwait, UAE of flooding oil market

BAGHDAD, July 17 (MENA) - Iraqi President Saddam Hussein accused Kuwait and the United Arab Emirates on \
Tuesday of conspiring with foreign powers to drive down oil prices by pumping more than their OPEC quotas.

In a speech marking the anniversary of the 1968 revolution, Saddam warned that Iraq would take "effective \
action" if the overproduction did not stop.

Foreign Minister Tareq Aziz sent a memorandum to the Arab League accusing Kuwait of stealing oil worth \
$2.4 billion from the Iraqi side of the Rumaila field.

Kuwait rejected the charges as baseless and said it had asked the League to send a committee to settle the \
border issue.

Egyptian President Hosni Mubarak telephoned the Kuwaiti emir and Saddam and offered to mediate, officials \
in Cairo said.

OPEC oil ministers meet in Geneva on July 26.
""",
    events=[
        (_IRQ, _KWT, _CRIT, "accused Kuwait and the United"),
        (_IRQ, ("ARE", "AREGOV"), _CRIT, "accused Kuwait and the United"),
        (_IRQ, _KWT + ("ARE", "AREGOV"), _THREAT, "Saddam warned"),
        (_IRQ, _KWT, _CRIT, "accusing Kuwait of stealing"),
        (_KWT, _IRQ, _REJ + ("016",), "Kuwait rejected the charges"),
        (("EGY", "EGYGOV"), _KWT, _MEET + ("039", "030"), "telephoned the Kuwaiti emir"),
        (("EGY", "EGYGOV"), _IRQ, _MEET + ("039", "030"), "telephoned the Kuwaiti emir"),
    ],
    also=[
        (_IRQ, _IGO, _CRIT + _APPEAL + _STATE + _MEET, "sent a memorandum"),
        (_KWT, _IGO, _APPEAL, "asked the League"),
        (_KWT, _IRQ, _APPEAL + _INTENT, "asked the League"),
        (_KWT + _IRQ, ("EGY", "EGYGOV"), _MEET, "telephoned the Kuwaiti emir"),
    ],
    none=["OPEC oil ministers meet in Geneva"],
    parties=[
        ("Iraqi President Saddam Hussein", "Saddam Hussein", ("IRQGOV",)),
        ("Foreign Minister Tareq Aziz", "Tareq Aziz", ("IRQGOV",)),
        ("Egyptian President Hosni Mubarak", "Hosni Mubarak", ("EGYGOV",)),
    ],
)

_KGZ = ("KGZ", "KGZGOV")
_UZB = ("UZB", "UZBGOV", "UZBBUS")

ITARTASS_BISHKEK_WATER_GAS = Story(
    "itartass_bishkek_water_gas", "2000-01-12",
    """Uzbekistan cuts gas to Kyrgyzstan in water dispute

BISHKEK, January 12 (Itar-Tass) - Uzbekistan cut off natural gas supplies to Kyrgyzstan on Wednesday, \
saying Bishkek owed it four million dollars, and Kyrgyz officials accused Tashkent of using gas as a weapon \
in a dispute over water from the Toktogul reservoir.

Kyrgyz Prime Minister Amangeldy Muraliyev said his government would increase the winter discharge from the \
Toktogul dam to generate electricity, a step that Uzbek farmers say floods their fields downstream.

The Uzbek state gas company Uzbekneftegaz said supplies would resume as soon as the debt was paid.

Muraliyev asked Kazakhstan to mediate and proposed that the three countries' prime ministers meet in Almaty \
next week.

The Kyrgyz parliament on Tuesday passed a resolution demanding that downstream states pay for the water \
they receive.

Under a 1998 agreement, Kyrgyzstan releases water in summer in exchange for Uzbek gas and Kazakh coal.
""",
    events=[
        (_UZB, _KGZ, _REDUCE + ("191",), "cut off natural gas"),
        (_KGZ, ("UZB", "UZBGOV"), _CRIT, "accused Tashkent"),
        (_KGZ, ("KAZ", "KAZGOV"), _APPEAL, "asked Kazakhstan to mediate"),
    ],
    also=[
        (_KGZ, _UZB + ("UZBCVL", "UZBAGR"), _INTENT + _THREAT + _REJ, "would increase the winter"),
        (_UZB, _KGZ, _INTENT + _YIELD + _DEMAND + _THREAT, "supplies would resume"),
        (_KGZ, ("KAZ", "KAZGOV") + _UZB, _INTENT + _APPEAL + _MEET, "proposed that the three"),
        (("KGZLEG", "KGZ"), _UZB + ("KAZ", "KAZGOV"), _DEMAND, "demanding that downstream"),
    ],
    none=["Under a 1998 agreement"],
    parties=[
        ("Kyrgyz Prime Minister Amangeldy Muraliyev", "Amangeldy Muraliyev", ("KGZGOV",)),
    ],
)

_NIC = ("NIC", "NICGOV")
_HND = ("HND", "HNDGOV")

AFP_TEGUCIGALPA_SEA_BORDER = Story(
    "afp_tegucigalpa_sea_border_tariff", "1999-12-06",
    """Nicaragua slaps tariff on Honduran goods in sea border row

TEGUCIGALPA, Dec 6 (AFP) - Nicaragua imposed a 35 percent tax on all goods from Honduras on Monday in \
retaliation for Honduras' ratification of a maritime boundary treaty with Colombia that Managua says cedes \
it 30,000 square kilometres of Caribbean sea.

Honduran Foreign Minister Roberto Flores Bermudez called the tax "a flagrant violation" of the Central \
American common market and said Honduras would take the case to the Central American Court of Justice.

The Nicaraguan navy seized two Honduran lobster boats and arrested their 23 crewmen near the 15th parallel \
on Sunday, the Honduran armed forces said.

President Carlos Flores recalled the Honduran ambassador from Managua for consultations.

Nicaraguan President Arnoldo Aleman said the boats had been fishing illegally in Nicaraguan waters and that \
the crews would be tried.

The Organization of American States offered to send a special envoy to both capitals.
""",
    events=[
        (_NIC, _HND, _REDUCE + ("172",), "imposed a 35 percent tax"),
        (_HND, _NIC, _CRIT, "called the tax"),
        (("NICMIL", "NIC"), ("HNDCVL", "HNDBUS", "HND"), _COERCE, "seized two Honduran"),
        (_HND, _NIC, _REDUCE, "recalled the Honduran ambassador"),
    ],
    also=[
        (_HND, _NIC, _CRIT + _INTENT, "would take the case"),
        (_NIC, ("HNDCVL", "HNDBUS", "HND"), _CRIT + _COERCE + _INTENT + _THREAT, "fishing illegally"),
        (_IGO, _NIC + _HND, _INTENT + _MEET, "offered to send"),
    ],
    none=[],
    parties=[
        ("Honduran Foreign Minister Roberto Flores Bermudez", "Roberto Flores Bermudez", ("HNDGOV",)),
        ("President Carlos Flores", "Carlos Flores", ("HNDGOV",)),
        ("Nicaraguan President Arnoldo Aleman", "Arnoldo Aleman", ("NICGOV",)),
    ],
)

_USR = ("USR", "USRGOV")

TASS_MOSCOW_EXPULSIONS = Story(
    "tass_moscow_tit_for_tat", "1986-10-22",
    """Soviet Union expels five more U.S. diplomats

MOSCOW, October 22 (TASS) - The Soviet Foreign Ministry on Wednesday declared five more American diplomats \
persona non grata for "activities incompatible with their status" and ordered them to leave the country by \
November 1.

The measure was taken in response to the unfounded expulsion of 55 Soviet diplomats from Washington and San \
Francisco announced by the U.S. administration on Tuesday, the ministry said.

Foreign Ministry spokesman Gennady Gerasimov told a news briefing that the Soviet side was also withdrawing \
its 260 local employees from the U.S. embassy and consulate.

"Washington has chosen confrontation, and it bears full responsibility," Gerasimov said.

He said the Soviet Union remained committed to the understandings reached at Reykjavik and was ready to \
continue talks on arms reduction.

The American ambassador, Arthur Hartman, was summoned to the ministry and handed a note of protest.
""",
    events=[
        (_USR, _USA, ("174", "166", "161"), "declared five more American"),
        (_USR, _USA, _REDUCE + _COERCE, "withdrawing"),
        (_USR, _USA, _CRIT, "Washington has chosen"),
        (_USR, _USA, ("114", "111", "112", "040"), "summoned to the ministry"),
    ],
    also=[
        (_USA, _USR, ("174", "166", "161") + _CRIT, "unfounded expulsion"),
        (_USR, _USA, _INTENT + _STATE + _PRAISE, "ready to"),
        (_USA, _USR, _MEET, "summoned to the ministry"),
    ],
    none=[],
    parties=[
        ("Foreign Ministry spokesman Gennady Gerasimov", "Gennady Gerasimov", ("USRGOV",)),
        ("The American ambassador, Arthur Hartman", "Arthur Hartman", ("USAGOV",)),
    ],
)

_PRKDEF = ("PRKREF", "PRKCVL", "PRK", "PRKOPP")

YONHAP_SEOUL_DEFECTORS = Story(
    "yonhap_seoul_spanish_embassy_defectors", "2002-03-18",
    """25 North Korean defectors arrive in Seoul via Manila

SEOUL, March 18 (Yonhap) - Twenty-five North Koreans who forced their way into the Spanish embassy in \
Beijing last week arrived in Seoul on Monday after China allowed them to leave for the Philippines, \
officials said.

The group, including several children, had demanded asylum in South Korea and threatened to kill themselves \
if they were handed back to North Korea.

China's Foreign Ministry said it had let them go on humanitarian grounds, but warned that it would not allow \
foreign embassies to become a route for illegal migrants.

Spanish Foreign Minister Josep Pique thanked Beijing for its cooperation.

North Korea's official news agency KCNA accused Seoul of staging the "abduction" and said it would hold \
South Korea responsible.

South Korean Unification Minister Jeong Se-hyun said the government would accept all North Koreans who \
wished to settle in the South.

About 1,100 North Koreans fled to the South last year.
""",
    events=[
        (("ESP", "ESPGOV"), ("CHN", "CHNGOV"), _PRAISE, "thanked Beijing"),
        (("PRK", "PRKGOV", "PRKMED"), ("KOR", "KORGOV"), _CRIT, "accused Seoul"),
        (("KOR", "KORGOV"), _PRKDEF, _INTENT + _AID + _YIELD, "would accept all North Koreans"),
    ],
    also=[
        (_PRKDEF, ("ESP", "ESPGOV", "CHN"), _PROTEST + ("171", "192") + _ASSAULT, "forced their way"),
        (("PRK", "PRKGOV", "PRKMED"), ("KOR", "KORGOV"), _THREAT + _INTENT, "would hold"),
        (("CHN", "CHNGOV"), _PRKDEF, _YIELD, "allowed them to leave"),
        (("CHN", "CHNGOV"), _PRKDEF, _YIELD, "let them go"),
        (("CHN", "CHNGOV"), _PRKDEF + ("ESP", "ESPGOV", "---"), _THREAT + _REJ, "warned that it would"),
        (_PRKDEF, ("KOR", "KORGOV"), _APPEAL + _DEMAND, "demanded asylum"),
        (("KOR", "KORGOV"), _PRKDEF, _AID + _MEET, "arrived in Seoul"),
        (_PRKDEF, ("KOR", "KORGOV"), _MEET, "arrived in Seoul"),
    ],
    none=["About 1,100 North Koreans fled"],
    parties=[
        ("Spanish Foreign Minister Josep Pique", "Josep Pique", ("ESPGOV",)),
        ("South Korean Unification Minister Jeong Se-hyun", "Jeong Se-hyun", ("KORGOV",)),
    ],
)

_GNQ = ("GNQ", "GNQGOV", "GNQJUD")
_MERC = ("ZAF", "ZAFCVL", "ZAFUAF", "GNQUAF", "---UAF", "ARM", "ARMCVL", "---CRM", "GNQCRM", "ZAFCRM")

AFP_MALABO_MERCENARIES = Story(
    "afp_malabo_mercenary_trial", "2004-08-23",
    """Equatorial Guinea puts alleged coup mercenaries on trial

MALABO, Aug 23 (AFP) - Fourteen men accused of plotting to overthrow President Teodoro Obiang Nguema went on \
trial in Malabo on Monday, with the state prosecutor demanding the death penalty for their alleged leader, \
South African arms dealer Nick du Toit.

The accused, most of them South Africans and Armenians, were arrested in March, days after Zimbabwe seized \
a plane carrying 67 suspected mercenaries at Harare airport.

Du Toit told the court he had been tortured into confessing, and defence lawyers asked the judges to throw \
out the statements.

South Africa called on Equatorial Guinea to ensure the trial was fair and said it opposed the death penalty.

Obiang's government has accused foreign businessmen of financing the plot and has asked Zimbabwe to hand \
over Simon Mann, the former British officer held in Harare.

A court in Harare is due to pass sentence on Mann next month.
""",
    events=[
        (_GNQ, _MERC, _DEMAND + _CRIT + _COERCE, "demanding the death penalty"),
        (("ZAF", "ZAFGOV"), ("GNQ", "GNQGOV"), _APPEAL + _DEMAND, "called on Equatorial Guinea"),
        (("GNQ", "GNQGOV"), ("ZWE", "ZWEGOV"), _APPEAL + _DEMAND, "asked Zimbabwe to hand over"),
    ],
    also=[
        (("ZWE", "ZWEGOV", "ZWEMIL", "ZWECOP"), _MERC + ("ZWEUAF",), _COERCE, "Zimbabwe seized"),
        (_MERC, _GNQ, _CRIT, "tortured"),
        (("ZAF", "ZAFGOV"), ("GNQ", "GNQGOV"), _CRIT + _REJ, "opposed the death penalty"),
        (("GNQ", "GNQGOV"), ("---BUS", "---", "GBRBUS", "GBR"), _CRIT, "accused foreign businessmen"),
        (_GNQ, _MERC, _COERCE + _CRIT, "went on"),
    ],
    none=["A court in Harare is due to pass"],
    parties=[
        ("President Teodoro Obiang Nguema", "Teodoro Obiang Nguema", ("GNQGOV",)),
    ],
)

_SAUHIJ = ("SAU", "SAUCVL", "SAUUAF", "SAUCRM")

KUNA_KUWAIT_HIJACK = Story(
    "kuna_kuwait_saudi_hijack_baghdad", "2000-10-15",
    """Hijackers of Saudi airliner surrender in Baghdad

KUWAIT, Oct 15 (KUNA) - Two Saudi men who hijacked a Saudi Arabian Airlines jet with more than 90 people \
aboard surrendered to Iraqi authorities in Baghdad on Sunday, and all the passengers and crew were freed \
unharmed, Iraqi television said.

The Boeing 777, flying from Jeddah to London, was commandeered on Saturday by the two men, who said they \
were armed with explosives.

Iraqi officials negotiated with the hijackers for several hours before they gave themselves up, the Iraqi \
News Agency said.

Saudi Arabia asked Baghdad to hand over the two men for trial, a Saudi official in Riyadh said.

Iraq said it would consider the request but that the hijackers had asked for political asylum.

It was the first Saudi airliner to land in Iraq since the 1991 Gulf War.
""",
    events=[
        (_SAUHIJ, ("IRQ", "IRQGOV", "IRQCOP", "IRQMIL"), _YIELD, "surrendered to Iraqi"),
        (("IRQGOV", "IRQ"), _SAUHIJ, _MEET, "negotiated with the hijackers"),
        (("SAU", "SAUGOV"), ("IRQ", "IRQGOV"), _APPEAL + _DEMAND, "asked Baghdad to hand over"),
    ],
    also=[
        (_SAUHIJ, ("SAU", "SAUBUS", "SAUCVL", "---CVL"), _ASSAULT + ("171",), "hijacked a Saudi"),
        (_SAUHIJ, ("SAU", "SAUBUS", "SAUCVL", "---CVL"), _YIELD, "were freed"),
        (_SAUHIJ, ("IRQGOV", "IRQ"), _MEET + _YIELD, "negotiated with the hijackers"),
        (("IRQ", "IRQGOV"), ("SAU", "SAUGOV"), _INTENT + _REJ + _STATE, "would consider the request"),
        (_SAUHIJ, ("IRQ", "IRQGOV"), _APPEAL, "asked for political asylum"),
    ],
    none=["It was the first Saudi airliner"],
    parties=[
        ("surrendered to Iraqi authorities", "Iraqi authorities", ("IRQGOV", "IRQCOP")),
        ("Iraqi officials negotiated", "Iraqi officials", ("IRQGOV",)),
    ],
)

_GEO = ("GEO", "GEOGOV", "GEOMIL", "GEOCOP")
_OSS = ("GEOREB", "GEOUAF")

BBCM_TBILISI_OSSETIA = Story(
    "bbcm_tbilisi_south_ossetia_truce", "2004-08-13",
    """Georgian, South Ossetian forces exchange fire despite truce

Excerpt from report by Georgian news agency Prime-News

Tbilisi, 13 August: Georgian and South Ossetian forces exchanged mortar and machine-gun fire overnight near \
Tskhinvali, violating the ceasefire agreed in Sochi on Wednesday, the Georgian Interior Ministry said.

Three Georgian policemen were wounded when South Ossetian militiamen shelled the village of Tamarasheni, the \
ministry said.

South Ossetian leader Eduard Kokoity accused Georgia of attacking Tskhinvali with artillery and said his \
forces had only returned fire.

Georgian State Minister for Conflict Resolution Giorgi Khaindrava called on the Russian-led peacekeepers to \
investigate the shelling.

The commander of the joint peacekeeping force, Russian Maj-Gen Svyatoslav Nabzdorov, said both sides had \
broken the truce.

[Passage omitted: reports of shooting near Ergneti market]
""",
    events=[
        (_GEO, _OSS, _FIGHT, "exchanged mortar"),
        (_OSS, _GEO, _FIGHT, "exchanged mortar"),
        (_OSS, _GEO, _FIGHT + _ASSAULT, "shelled the village"),
        (_OSS, ("GEO", "GEOGOV", "GEOMIL"), _CRIT, "accused Georgia"),
        (("GEOGOV", "GEO"), ("RUSMIL", "RUS", "IGO", "GEOMIL"), _APPEAL + _DEMAND,
         "called on the Russian-led"),
    ],
    also=[
        (("RUSMIL", "RUS", "IGO"), _GEO + _OSS, _CRIT, "both sides had"),
        (_OSS, _GEO, _STATE + ("016",), "only returned fire"),
    ],
    none=["[Passage omitted"],
    parties=[
        ("South Ossetian leader Eduard Kokoity", "Eduard Kokoity", ("GEOREB",)),
        ("Giorgi Khaindrava called", "Giorgi Khaindrava", ("GEOGOV",)),
        ("Russian Maj-Gen Svyatoslav Nabzdorov", "Svyatoslav Nabzdorov", ("RUSMIL",)),
    ],
)

_SLV = ("SLV", "SLVGOV")
_FMLN = ("SLVREB", "SLVOPP")

UPI_SAN_SALVADOR_DEMOBILISATION = Story(
    "upi_san_salvador_fmln_demobilised", "1992-12-15",
    """Salvadoran rebels complete demobilisation, war formally ends

SAN SALVADOR, Dec 15 (UPI) -- The last 1,500 guerrillas of the Farabundo Marti National Liberation Front \
laid down their arms Tuesday under U.N. supervision, formally ending El Salvador's 12-year civil war.

President Alfredo Cristiani and FMLN commander Schafik Handal shook hands at a ceremony in San Salvador \
attended by U.N. Secretary-General Boutros Boutros-Ghali, who praised both sides for keeping the peace \
accords signed in January.

The U.N. observer mission, ONUSAL, said the rebels had handed over about 10,000 weapons, but it urged the \
government to complete the purge of army officers accused of human rights abuses.

Defense Minister Gen. Rene Emilio Ponce said the army would finish clearing mines from the former battle \
zones by March with help from U.S. military engineers.

The FMLN was legalized as a political party Monday by the Supreme Electoral Tribunal.

About 75,000 people were killed in the war.
""",
    events=[
        (_FMLN, _SLV + _IGO + ("SLVMIL",), _YIELD, "laid down their arms"),
        (_IGO, _SLV + _FMLN, _PRAISE, "praised both sides"),
        (_IGO, _SLV + ("SLVMIL",), _APPEAL + _DEMAND, "urged the"),
        (("SLVJUD", "SLVGOV", "SLV", "SLVELI"), _FMLN, _YIELD + _PRAISE, "legalized"),
    ],
    also=[
        (_SLV + _FMLN, _SLV + _FMLN + _IGO, _MEET + _PRAISE, "shook hands"),
        (_FMLN, _IGO + _SLV, _YIELD, "handed over about"),
        (("SLVMIL", "SLVGOV", "SLV"), ("SLV", "SLVCVL", "USA", "USAMIL") + _FMLN, _INTENT + _COOP + _AID,
         "would finish clearing"),
        (("USA", "USAMIL"), ("SLV", "SLVMIL"), _AID + _COOP, "with help from"),
    ],
    none=["About 75,000 people were killed"],
    parties=[
        ("President Alfredo Cristiani", "Alfredo Cristiani", ("SLVGOV",)),
        ("U.N. Secretary-General Boutros Boutros-Ghali", "Boutros Boutros-Ghali", ("IGOUNO",)),
        ("Defense Minister Gen. Rene Emilio Ponce", "Rene Emilio Ponce", ("SLVGOV", "SLVMIL")),
    ],
)

_RWA = ("RWA", "RWAGOV")
_CMR = ("CMR", "CMRJUD", "CMRGOV")

REUTERS_YAOUNDE_EXTRADITION = Story(
    "reuters_yaounde_rwanda_extradition", "1996-05-29",
    """Cameroon court refuses to extradite Rwandan suspects to Kigali

YAOUNDE, May 29 (Reuters) - A Cameroon appeals court on Wednesday refused to extradite to Rwanda four \
Rwandan former officials accused of organising the 1994 genocide, among them Colonel Theoneste Bagosora, and \
ruled that they should be handed instead to the U.N. war crimes tribunal in Arusha.

Rwanda's government condemned the ruling and accused Cameroon of protecting the killers of half a million \
people.

Justice Minister Marthe Mukamurenzi said in Kigali that Rwanda would ask the U.N. Security Council to \
intervene.

The tribunal's chief prosecutor, Richard Goldstone, welcomed the decision and said he would ask Cameroon to \
transfer the suspects within weeks.

Bagosora, a former director of cabinet in the Defence Ministry, fled Rwanda when the Tutsi-led rebels took \
Kigali in July 1994.
""",
    events=[
        (_CMR, _RWA, _REJ, "refused to extradite"),
        (_RWA, _CMR, _CRIT, "condemned the ruling"),
        (_IGO, _CMR, _PRAISE, "welcomed the decision"),
    ],
    also=[
        (_RWA, _CMR, _CRIT, "accused Cameroon"),
        (_CMR, ("RWAMIL", "RWAELI", "RWA", "RWAGOV") + _IGO, _YIELD + _COOP + _COERCE, "handed instead"),
        (_RWA, _IGO, _INTENT + _APPEAL, "would ask the U.N."),
        (_IGO, _CMR, _INTENT + _APPEAL, "would ask Cameroon"),
    ],
    none=[],
    parties=[
        ("Justice Minister Marthe Mukamurenzi", "Marthe Mukamurenzi", ("RWAGOV",)),
        ("chief prosecutor, Richard Goldstone", "Richard Goldstone", ("IGO",)),
    ],
)

_IRN = ("IRN", "IRNGOV")

IRNA_TEHRAN_POWS = Story(
    "irna_tehran_pow_exchange", "1990-08-17",
    """Iran, Iraq begin exchanging prisoners of war

TEHRAN, Aug 17 (IRNA) - Iran and Iraq began exchanging prisoners of war on Friday at the Qasr-e Shirin \
border crossing, two days after Iraqi President Saddam Hussein accepted Tehran's terms for a peace settlement.

About 1,000 Iranian prisoners crossed into Iran in buses, and Iran freed a similar number of Iraqis, \
officials of the International Committee of the Red Cross said.

Foreign Minister Ali Akbar Velayati welcomed the release and said Iran would free all Iraqi prisoners if \
Baghdad kept its promise to withdraw its troops from Iranian territory.

Iraqi troops began pulling out of positions inside Iran on Friday, Iranian military officials said.

President Akbar Hashemi Rafsanjani told Friday prayers in Tehran that Iraq's acceptance of the 1975 Algiers \
accord was a victory for Iran, and warned the United States against using force in the Gulf.

Iran says it holds about 50,000 Iraqi prisoners.
""",
    events=[
        (_IRN + _IRQ, _IRQ + _IRN + ("IRQMIL", "IRNMIL"), _YIELD, "began exchanging prisoners"),
        (_IRN, _IRQ + ("IRQMIL",), _YIELD, "Iran freed a similar number"),
        (_IRN, _IRQ, _PRAISE, "welcomed the release"),
        (("IRQMIL", "IRQ"), _IRN, _YIELD, "began pulling out"),
        (_IRN, _USA, _THREAT + _CRIT + _DEMAND + _APPEAL, "warned the United States"),
    ],
    also=[
        (_IRQ, _IRN, _YIELD + _PRAISE + _DIPCO, "accepted Tehran's terms"),
        (_IRN, _IRQ, _INTENT + _YIELD, "would free all Iraqi"),
        (_IRN, _IRQ, _PRAISE + _STATE, "was a victory for Iran"),
        (_IRQ, _IRN, _INTENT, "kept its promise"),
    ],
    none=["Iran says it holds about"],
    parties=[
        ("Foreign Minister Ali Akbar Velayati", "Ali Akbar Velayati", ("IRNGOV",)),
        ("President Akbar Hashemi Rafsanjani", "Akbar Hashemi Rafsanjani", ("IRNGOV",)),
        ("Iraqi President Saddam Hussein", "Saddam Hussein", ("IRQGOV",)),
    ],
)

_IND = ("IND", "INDGOV")
_PAK = ("PAK", "PAKGOV", "PAKMIL")

PTI_NEW_DELHI_GHAURI = Story(
    "pti_new_delhi_ghauri_test", "1998-04-07",
    """India condemns Pakistan's Ghauri missile test

NEW DELHI, April 7 (PTI) India on Tuesday condemned Pakistan's test-firing of the Ghauri intermediate-range \
missile and said it would take all necessary measures to safeguard national security.

An External Affairs Ministry spokesman said the test showed that Pakistan had obtained missile technology \
from China and North Korea in violation of international agreements.

Defence Minister George Fernandes said India's own missile programme would not be held back.

In Islamabad, Prime Minister Nawaz Sharif said the test was not aimed at any country but was needed to \
restore the strategic balance in South Asia.

The United States urged both countries to show restraint, a U.S. embassy spokesman in New Delhi said.

India's Prithvi missile was first tested in 1988.
""",
    events=[
        (_IND, _PAK, _CRIT, "condemned Pakistan's"),
        (_IND, _PAK, _CRIT, "the test showed"),
        (_USA, _IND + _PAK, _APPEAL + _DEMAND, "urged both countries"),
    ],
    also=[
        (_IND, _PAK, _THREAT + _INTENT + _SHOW, "would take all necessary"),
        (_IND, ("CHN", "CHNGOV", "PRK", "PRKGOV"), _CRIT, "the test showed"),
        (_IND, _PAK, _INTENT + _STATE + _THREAT + _REJ, "would not be held back"),
        (_PAK, _IND, ("016",) + _STATE, "not aimed at any country"),
    ],
    none=["India's Prithvi missile"],
    parties=[
        ("Defence Minister George Fernandes", "George Fernandes", ("INDGOV",)),
        ("Prime Minister Nawaz Sharif", "Nawaz Sharif", ("PAKGOV",)),
    ],
)

_ARG = ("ARG", "ARGGOV")
_GBR = ("GBR", "GBRGOV", "GBRMIL")

PL_BUENOS_AIRES_FIRE_FOCUS = Story(
    "pl_buenos_aires_fire_focus", "1988-03-08",
    """Argentina protests British manoeuvres in the Malvinas

BUENOS AIRES, March 8 (PL) -- Argentina formally protested to Britain on Tuesday over the Fire Focus \
military exercise in the Malvinas Islands and asked the United Nations Security Council to condemn it as a \
threat to peace in the South Atlantic.

Foreign Minister Dante Caputo called the manoeuvres, in which some 1,000 troops are being flown from \
Britain, "a provocation" that undermined efforts to reopen negotiations.

Brazil, Uruguay and Peru expressed their solidarity with Argentina, and the permanent council of the \
Organization of American States called on London to cancel the exercise.

President Raul Alfonsin said Argentina would pursue its claim to the islands only by peaceful means.

The British Foreign Office said the exercise was routine and that Britain would not negotiate on \
sovereignty.

The protest was delivered through the Brazilian embassy in London, which has represented Argentine interests \
since the 1982 war.
""",
    events=[
        (_ARG, _GBR, _CRIT + _PROTEST, "formally protested"),
        (_ARG, _IGO, _APPEAL + _DEMAND, "asked the United Nations"),
        (_ARG, _GBR, _CRIT, "called the manoeuvres"),
        (("BRA", "BRAGOV", "URY", "URYGOV", "PER", "PERGOV"), _ARG, _PRAISE + ("018", "010"),
         "expressed their solidarity"),
        (_IGO, _GBR, _APPEAL + _DEMAND, "called on London"),
        (("GBRGOV", "GBR"), _ARG, _REJ, "would not negotiate"),
    ],
    also=[
        (_ARG, _GBR, _INTENT + _STATE, "only by peaceful means"),
        (("BRA", "BRAGOV"), _GBR + _ARG, _MEET + _CRIT + _AID + _COOP, "delivered through"),
    ],
    none=[],
    parties=[
        ("Foreign Minister Dante Caputo", "Dante Caputo", ("ARGGOV",)),
        ("President Raul Alfonsin", "Raul Alfonsin", ("ARGGOV",)),
    ],
)

_RUS = ("RUS", "RUSGOV")

ITARTASS_MOSCOW_START2 = Story(
    "itartass_moscow_start2_ratified", "2000-04-14",
    """State Duma ratifies START-2 treaty

MOSCOW, April 14 (Itar-Tass) - The State Duma on Friday ratified the START-2 treaty with the United States \
by 288 votes to 131, seven years after it was signed.

Acting President Vladimir Putin, who addressed the deputies before the vote, said Russia would withdraw from \
the treaty and from all arms control agreements if the United States broke the 1972 ABM Treaty by building a \
national missile defence.

The White House welcomed the vote and said President Bill Clinton would discuss further cuts with Putin at \
their summit in June.

The Communist faction voted against, and its leader Gennady Zyuganov accused the Kremlin of disarming Russia \
in the face of NATO expansion.

Foreign Minister Igor Ivanov said the ratification opened the way for talks on a START-3 treaty.

The treaty, signed by George Bush and Boris Yeltsin in January 1993, would cut each side's strategic \
warheads to 3,000-3,500.
""",
    events=[
        (("RUSLEG", "RUS", "RUSGOV"), _USA, ("057", "050", "051", "030", "036"), "ratified the START-2"),
        (_RUS, _USA, _THREAT + _INTENT, "would withdraw from"),
        (_USA, ("RUS", "RUSLEG", "RUSGOV"), _PRAISE, "welcomed the vote"),
        (("RUSOPP", "RUSLEG", "RUSELI"), ("RUSGOV", "RUS"), _CRIT, "accused the Kremlin"),
    ],
    also=[
        (_USA, _RUS, _INTENT + _MEET, "would discuss"),
        (_RUS, _USA, _INTENT + _STATE + _MEET + _PRAISE, "opened the way"),
        (("RUSOPP", "RUSLEG", "RUSELI"), ("RUSGOV", "RUS", "USA"), _REJ, "voted against"),
        (("RUSGOV", "RUS"), ("RUSLEG",), _MEET + _APPEAL, "addressed the deputies"),
        (_USA + ("USAELI",), _RUS + ("RUSELI",), ("057", "050", "051"), "The treaty, signed by George Bush"),
        (_RUS + ("RUSELI",), _USA + ("USAELI",), ("057", "050", "051"), "The treaty, signed by George Bush"),
    ],
    none=[],
    parties=[
        ("Acting President Vladimir Putin", "Vladimir Putin", ("RUSGOV",)),
        ("its leader Gennady Zyuganov", "Gennady Zyuganov", ("RUSOPP", "RUSLEG")),
        ("Foreign Minister Igor Ivanov", "Igor Ivanov", ("RUSGOV",)),
    ],
)

_TUR = ("TUR", "TURGOV")
_AZE = ("AZE", "AZEGOV")

AA_ANKARA_RECOGNITION = Story(
    "aa_ankara_recognises_azerbaijan", "1991-11-09",
    """Turkey first to recognise Azerbaijan's independence

ANKARA, Nov 9 (A.A) - Turkey on Saturday became the first country to recognise the independence of \
Azerbaijan, a step Prime Minister Mesut Yilmaz said reflected "the brotherhood of our two nations".

Azerbaijani President Ayaz Mutalibov thanked Ankara in a telephone call to President Turgut Ozal and said he \
hoped other states would follow.

The Foreign Ministry said Turkey would open an embassy in Baku and was ready to extend credits for trade.

In Yerevan, Armenian Foreign Minister Raffi Hovannisian said the decision would encourage Azerbaijan's \
blockade of Armenia and urged Ankara to stay neutral in the Karabakh conflict.

A Soviet Foreign Ministry spokesman in Moscow called the recognition premature while a new union treaty was \
still being negotiated.

The United States said it had no plans to recognise any of the republics.
""",
    events=[
        (_TUR, _AZE, _DIPCO, "to recognise the independence"),
        (_AZE, _TUR, _PRAISE, "thanked Ankara"),
        (("ARM", "ARMGOV"), _TUR, _CRIT, "the decision would encourage"),
        (("ARM", "ARMGOV"), _TUR, _APPEAL + _DEMAND, "urged Ankara"),
        (_USR, _TUR, _CRIT, "called the recognition"),
    ],
    also=[
        (_AZE + _TUR, _TUR + _AZE, _MEET, "telephone call"),
        (_TUR, _AZE, _INTENT + _AID, "would open an embassy"),
        (("ARM", "ARMGOV"), _AZE, _CRIT, "the decision would encourage"),
        (_USA, _AZE + ("USR",), _REJ + _INTENT + _STATE, "no plans to recognise"),
    ],
    none=[],
    parties=[
        ("Prime Minister Mesut Yilmaz", "Mesut Yilmaz", ("TURGOV",)),
        ("Azerbaijani President Ayaz Mutalibov", "Ayaz Mutalibov", ("AZEGOV",)),
        ("Armenian Foreign Minister Raffi Hovannisian", "Raffi Hovannisian", ("ARMGOV",)),
    ],
)

_ECU = ("ECU", "ECUGOV", "ECULEG")
_PER = ("PER", "PERGOV", "PERLEG")
_GUAR = ("ARG", "ARGGOV", "BRA", "BRAGOV", "CHL", "CHLGOV", "USA", "USAGOV")

EFE_QUITO_GUARANTORS = Story(
    "efe_quito_guarantors_ruling", "1998-10-16",
    """Ecuador and Peru congresses accept guarantors' ruling on border

QUITO, Oct 16 (EFE) - Ecuador's Congress voted on Friday to accept a binding ruling by the four guarantor \
countries of the 1942 Rio Protocol on the last disputed stretch of the Amazon border with Peru, hours after \
the Peruvian Congress did the same in Lima.

President Jamil Mahuad asked the guarantors, Argentina, Brazil, Chile and the United States, to deliver \
their decision as soon as possible so that a peace treaty could be signed this month.

Brazilian President Fernando Henrique Cardoso, who has led the mediation, said the ruling would be handed to \
both governments in Brasilia within a week.

In Lima, opposition deputies accused President Alberto Fujimori of surrendering Peruvian territory, and \
several hundred nationalists protested outside Congress.

The two countries fought a border war in 1941.
""",
    events=[
        (_ECU, _GUAR + _PER, _YIELD + ("038", "028", "057", "050", "051", "030"),
         "voted on Friday to accept"),
        (("ECU", "ECUGOV"), _GUAR, _APPEAL + _DEMAND, "asked the guarantors"),
        (("PEROPP", "PERLEG"), ("PERGOV", "PER"), _CRIT, "accused President Alberto Fujimori"),
        (("PEROPP", "PERCVL", "PER"), ("PERGOV", "PERLEG", "PER"), _PROTEST, "protested outside Congress"),
    ],
    also=[
        (_PER, _GUAR + _ECU, _YIELD + ("038", "028", "057", "050", "051", "030"), "did the same"),
        (("BRA", "BRAGOV"), _ECU + _PER, _INTENT + ("045",) + _MEET, "would be handed"),
        (("BRA", "BRAGOV"), _ECU + _PER, ("045",) + _MEET, "has led the mediation"),
        (("ECU", "ECUGOV"), _PER, _INTENT + _DIPCO, "a peace treaty"),
    ],
    none=["The two countries fought"],
    parties=[
        ("President Jamil Mahuad", "Jamil Mahuad", ("ECUGOV",)),
        ("Brazilian President Fernando Henrique Cardoso", "Fernando Henrique Cardoso", ("BRAGOV",)),
        ("President Alberto Fujimori", "Alberto Fujimori", ("PERGOV",)),
    ],
)

_COGGOV = ("COG", "COGGOV", "COGMIL")
_COBRA = ("COGOPP", "COGREB", "COGUAF", "COGELI")

XINHUA_BRAZZAVILLE_TRUCE = Story(
    "xinhua_brazzaville_corridor_truce", "1997-06-08",
    """Congo's warring sides agree truce for evacuation of foreigners

BRAZZAVILLE, June 8 (Xinhua) -- Troops loyal to Congolese President Pascal Lissouba and militiamen of former \
president Denis Sassou Nguesso agreed on Sunday to a 48-hour truce to open a humanitarian corridor for the \
evacuation of foreigners from the capital, French military officials said.

Heavy artillery and mortar fire shook the northern districts of Brazzaville for a third day on Saturday, and \
the International Committee of the Red Cross said hundreds of people had been killed.

French troops flown in from Gabon escorted more than 1,500 foreigners to the airport on Sunday.

Lissouba accused Sassou Nguesso of trying to seize power by force before the July elections, and Sassou \
Nguesso's Cobra militia said it had only defended itself against an attack on his residence.

Gabonese President Omar Bongo offered to mediate and invited both men to Libreville.

Sassou Nguesso accepted the invitation, but Lissouba said he would send only a delegation.
""",
    events=[
        (_COGGOV, _COBRA, _YIELD + ("057", "046"), "agreed on Sunday to a 48-hour truce"),
        (_COBRA, _COGGOV, _YIELD + ("057", "046"), "agreed on Sunday to a 48-hour truce"),
        (("COGGOV", "COG"), _COBRA, _CRIT, "Lissouba accused"),
        (("GAB", "GABGOV"), ("COGGOV", "COG") + _COBRA, _INTENT + _MEET + _APPEAL, "offered to mediate"),
        (_COBRA, ("GAB", "GABGOV"), _INTENT + _YIELD + _MEET + _PRAISE, "accepted the invitation"),
    ],
    also=[
        (("FRAMIL", "FRA"), ("COG", "---CVL", "COGCVL") + _COGGOV, _AID + _YIELD + _COOP, "escorted"),
        (_COBRA, _COGGOV, _CRIT + _STATE + ("016",), "only defended itself"),
        (("GAB", "GABGOV"), ("COGGOV", "COG") + _COBRA, _INTENT + _MEET + _APPEAL, "invited both men"),
        (("COGGOV", "COG"), ("GAB", "GABGOV"), _INTENT + _MEET + _REJ, "would send only"),
    ],
    none=[],
    parties=[
        ("Congolese President Pascal Lissouba", "Pascal Lissouba", ("COGGOV",)),
        ("president Denis Sassou Nguesso", "Denis Sassou Nguesso", _COBRA),
        ("Gabonese President Omar Bongo", "Omar Bongo", ("GABGOV",)),
    ],
)

_IDN = ("IDN", "IDNGOV")
_DEUPROT = ("DEUOPP", "DEUCVL", "DEU", "DEUNGO")

DPA_DRESDEN_SUHARTO = Story(
    "dpa_dresden_suharto_protest", "1995-04-04",
    """Protesters pelt Suharto's motorcade in Dresden

DRESDEN, April 4 (dpa) - Demonstrators shouting "murderer" threw eggs and paint bombs at the motorcade of \
Indonesian President Suharto in Dresden on Tuesday in protest at human rights abuses in East Timor.

Police detained 19 protesters, a police spokesman said.

Suharto, who is on a five-day visit to Germany, was received by Saxony's premier Kurt Biedenkopf and toured \
the restored Zwinger palace.

Indonesian Foreign Minister Ali Alatas called the protests "an insult to a head of state" and demanded that \
the German authorities punish those responsible.

Chancellor Helmut Kohl telephoned Suharto in the evening to express his regret over the incident, a \
government spokesman in Bonn said.

The opposition Greens called on the government to halt all arms sales to Jakarta.

Indonesia has ruled East Timor since 1976.
""",
    events=[
        (_DEUPROT, _IDN, _PROTEST + _ASSAULT, "threw eggs and paint bombs"),
        (("DEUCOP", "DEU", "DEUGOV"), _DEUPROT, _COERCE, "Police detained 19"),
        (_IDN, _DEUPROT + ("DEUGOV",), _CRIT, "called the protests"),
        (_IDN, ("DEUGOV", "DEU", "DEUCOP"), _DEMAND + _APPEAL, "demanded that"),
        (("DEUGOV", "DEU"), _IDN, _MEET + ("055", "018"), "telephoned Suharto"),
        (("DEUOPP", "DEULEG"), ("DEUGOV", "DEU"), _APPEAL + _DEMAND, "called on the government"),
    ],
    also=[
        (_IDN, ("DEU", "DEUGOV"), _MEET, "was received by"),
        (("DEU", "DEUGOV"), _IDN, _MEET, "was received by"),
        (_IDN, ("DEU", "DEUGOV"), _MEET, "five-day visit"),
        (("DEU", "DEUGOV"), _IDN, ("055", "018") + _STATE, "express his regret"),
        (("DEUOPP", "DEULEG"), _IDN, _REDUCE + _APPEAL, "halt all arms sales"),
    ],
    none=["Indonesia has ruled East Timor"],
    parties=[
        ("Indonesian President Suharto", "Suharto", ("IDNGOV",)),
        ("Saxony's premier Kurt Biedenkopf", "Kurt Biedenkopf", ("DEUGOV",)),
        ("Indonesian Foreign Minister Ali Alatas", "Ali Alatas", ("IDNGOV",)),
        ("Chancellor Helmut Kohl", "Helmut Kohl", ("DEUGOV",)),
    ],
)

_THA = ("THA", "THAGOV")
_KHM = ("KHM", "KHMGOV")
_KHMMOB = ("KHMCVL", "KHMOPP", "KHM", "KHMSTU")

AP_PHNOM_PENH_THAI_EMBASSY = Story(
    "ap_phnom_penh_thai_embassy_burned", "2003-01-30",
    """Thailand cuts ties with Cambodia after mob burns embassy

PHNOM PENH, Cambodia (AP) - Rioters angered by remarks attributed to a Thai actress set fire to the Thai \
Embassy in Phnom Penh on Wednesday night and looted Thai-owned hotels and businesses, forcing the ambassador \
to flee over a back wall.

Thailand sent military planes on Thursday to evacuate hundreds of its citizens, closed its border with \
Cambodia and downgraded diplomatic relations, expelling the Cambodian ambassador.

Thai Prime Minister Thaksin Shinawatra demanded that Cambodia pay for the damage and punish those \
responsible.

Cambodian Prime Minister Hun Sen apologized to Thailand and promised compensation, blaming "extremists" for \
the violence.

Cambodian police arrested 56 people overnight, a police official said.

In Bangkok, hundreds of Thai protesters gathered outside the Cambodian Embassy, chanting slogans and burning \
Cambodian flags.
""",
    events=[
        (_KHMMOB, _THA, _PROTEST + _COERCE + _ASSAULT, "set fire to the Thai"),
        (_THA, _KHM, _REDUCE + _COERCE, "downgraded diplomatic relations"),
        (_THA, _KHM, _DEMAND + _APPEAL, "demanded that Cambodia pay"),
        (_KHM, _THA, _PRAISE, "apologized to Thailand"),
        (("KHMCOP", "KHM", "KHMGOV"), _KHMMOB, _COERCE, "arrested 56 people"),
        (("THACVL", "THAOPP", "THA"), _KHM, _PROTEST, "gathered outside the Cambodian"),
    ],
    also=[
        (_KHMMOB, _THA + ("THABUS",), _PROTEST + _COERCE + _ASSAULT, "looted Thai-owned"),
        (_THA + ("THAMIL",), _KHM + ("THACVL",), _REDUCE + _YIELD + _AID + ("166", "191", "172"),
         "sent military"),
        (_THA, _KHM, _REDUCE + ("191", "172"), "closed its border"),
        (_THA, _KHM, _COERCE + _REDUCE, "expelling the Cambodian"),
        (_KHM, _THA, _INTENT + _YIELD, "promised compensation"),
        (_KHM, _KHMMOB, _CRIT, "blaming"),
        (("THACVL", "THAOPP", "THA"), _KHM, _PROTEST + _COERCE, "burning"),
    ],
    none=[],
    parties=[
        ("Thai Prime Minister Thaksin Shinawatra", "Thaksin Shinawatra", ("THAGOV",)),
        ("Cambodian Prime Minister Hun Sen", "Hun Sen", ("KHMGOV",)),
    ],
)

_ARM = ("ARM", "ARMGOV")

REUTERS_BAKU_SECTION_907 = Story(
    "reuters_baku_section_907_waiver", "2002-01-26",
    """U.S. waives curbs on aid to Azerbaijan

BAKU, Jan 26 (Reuters) - President George W. Bush has waived a 1992 ban on direct U.S. government aid to \
Azerbaijan, rewarding Baku for its support of the U.S.-led campaign in Afghanistan, the U.S. embassy said on \
Saturday.

Azerbaijani President Heydar Aliyev welcomed the decision as "an act of justice" and said it would \
strengthen the partnership between the two countries.

The ban, known as Section 907 of the Freedom Support Act, was passed by Congress after Azerbaijan closed its \
borders with Armenia during the war over Nagorno-Karabakh.

Armenian Foreign Minister Vartan Oskanian said in Yerevan that the waiver must not upset the military \
balance in the region, and urged Washington to keep pressing Baku to lift its blockade.

The waiver allows the Pentagon to give Azerbaijan border security training and equipment.

Azerbaijan opened its airspace to U.S. military aircraft flying to Afghanistan in September.
""",
    events=[
        (_USA, _AZE, _YIELD + _AID, "has waived a 1992 ban"),
        (_AZE, _USA, _PRAISE, "welcomed the decision"),
        (_ARM, _USA, _APPEAL + _DEMAND, "urged Washington"),
    ],
    also=[
        (_USA, _AZE, _PRAISE + _AID, "rewarding Baku"),
        (_AZE, _USA, _COOP + _AID + _PRAISE, "its support of"),
        (_AZE, _USA, _INTENT + _STATE + _PRAISE, "it would"),
        (("USALEG", "USA"), _AZE, _REDUCE, "was passed by Congress"),
        (_AZE, _ARM, _REDUCE + ("191", "172"), "closed its"),
        (_ARM, _USA + _AZE, _STATE + _DEMAND + _APPEAL + _CRIT, "must not upset"),
        (_ARM, _AZE, _DEMAND + _APPEAL, "lift its blockade"),
        (("USA", "USAGOV", "USAMIL"), _AZE, _AID + _COOP, "border security training"),
        (_AZE, _USA + ("USAMIL",), _YIELD + _COOP + _AID, "opened its airspace"),
    ],
    none=[],
    parties=[
        ("President George W. Bush", "George W. Bush", ("USAGOV",)),
        ("Azerbaijani President Heydar Aliyev", "Heydar Aliyev", ("AZEGOV",)),
        ("Armenian Foreign Minister Vartan Oskanian", "Vartan Oskanian", ("ARMGOV",)),
    ],
)

_KWTGOV = ("KWT", "KWTGOV")
_KWTLEG = ("KWTLEG", "KWTOPP")

KUNA_KUWAIT_ASSEMBLY_DISSOLVED = Story(
    "kuna_kuwait_assembly_dissolved", "1986-07-03",
    """Amir dissolves National Assembly

KUWAIT, July 3 (KUNA) - His Highness the Amir Sheikh Jaber Al-Ahmad Al-Sabah issued a decree on Thursday \
dissolving the National Assembly and suspending several articles of the constitution, citing threats to the \
country's security.

In a speech broadcast on Kuwait Television, the Amir said some deputies had abused the freedom of debate to \
undermine national unity at a time when the war between Iran and Iraq threatened the Gulf.

The cabinet of Crown Prince and Prime Minister Sheikh Saad Al-Abdullah Al-Salem Al-Sabah resigned on Tuesday \
after weeks of clashes with the assembly over the Souk al-Manakh stock market crash.

A separate decree imposed prior censorship on newspapers and magazines.

Former deputy Ahmed al-Khatib said the dissolution was unconstitutional and called on the Amir to restore \
parliamentary life.

King Fahd of Saudi Arabia telephoned the Amir to express his support, the Saudi Press Agency said.

The assembly, first elected in 1963, was also suspended from 1976 to 1981.
""",
    events=[
        (_KWTGOV, ("KWTLEG", "KWT"), _COERCE + _REDUCE + _REJ, "dissolving the National Assembly"),
        (_KWTGOV, ("KWTLEG", "KWTOPP", "KWT"), _CRIT, "some deputies had abused"),
        (_KWTGOV, ("KWTMED", "KWT"), _COERCE, "imposed prior censorship"),
        (_KWTLEG + ("KWTELI", "KWT"), _KWTGOV, _CRIT, "was unconstitutional"),
        (_KWTLEG + ("KWTELI", "KWT"), _KWTGOV, _APPEAL + _DEMAND, "called on the Amir"),
        (("SAU", "SAUGOV"), _KWTGOV, _MEET + _PRAISE, "telephoned the Amir"),
    ],
    also=[
        (_KWTGOV, ("KWT", "KWTLEG", "KWTCVL"), _COERCE + _REDUCE, "suspending several articles"),
        (_KWTGOV, ("KWTLEG",), _FIGHT + _CRIT + _REJ, "clashes with the assembly"),
        (("KWTLEG",), _KWTGOV, _FIGHT + _CRIT + _REJ, "clashes with the assembly"),
        (("SAU", "SAUGOV"), _KWTGOV, _PRAISE, "express his support"),
        (_KWTGOV, ("SAU", "SAUGOV"), _MEET, "telephoned the Amir"),
    ],
    none=["The assembly, first elected in 1963"],
    parties=[
        ("Amir Sheikh Jaber Al-Ahmad Al-Sabah", "Sheikh Jaber Al-Ahmad Al-Sabah", ("KWTGOV",)),
        ("Former deputy Ahmed al-Khatib", "Ahmed al-Khatib", ("KWTLEG", "KWTOPP", "KWTELI")),
        ("King Fahd of Saudi Arabia", "King Fahd", ("SAUGOV",)),
    ],
)

ANTARA_JAKARTA_MILITARY_AID = Story(
    "antara_jakarta_us_military_aid", "2005-11-23",
    """RI welcomes resumption of US military aid

JAKARTA, Nov 23 (ANTARA) - Foreign Minister Hassan Wirajuda on Wednesday welcomed Washington's decision to \
resume military aid to Indonesia, which was cut after the violence in East Timor in 1999.

US Secretary of State Condoleezza Rice waived congressional curbs on Foreign Military Financing for \
Indonesia on Tuesday, citing national security interests, the US embassy said in a statement.

"This is a recognition of the progress Indonesia has made in military reform and democracy," Wirajuda told \
reporters.

Defence Minister Juwono Sudarsono said the Indonesian military would use the aid to buy spare parts for its \
C-130 transport planes.

Human rights groups in Jakarta criticised the decision, saying no senior officer had been punished for the \
killings in East Timor.

Indonesia is the world's most populous Muslim nation.
""",
    events=[
        (_IDN, _USA, _PRAISE, "welcomed Washington's"),
        (_USA, _IDN + ("IDNMIL",), _YIELD + _AID, "waived congressional curbs"),
        (("IDNNGO", "NGO", "IDNCVL", "IDNOPP"), _USA + _IDN, _CRIT, "criticised the decision"),
    ],
    also=[
        (_USA, _IDN + ("IDNMIL",), _AID + _YIELD, "resume military aid"),
        (_IDN, _USA, _PRAISE + _STATE, "This is a recognition"),
        (("IDNGOV", "IDNMIL", "IDN"), _USA, _INTENT, "would use the aid"),
        (("IDNNGO", "NGO", "IDNCVL", "IDNOPP"), ("IDNMIL", "IDN", "IDNGOV"), _CRIT, "no senior officer"),
    ],
    none=["Indonesia is the world's most"],
    parties=[
        ("Foreign Minister Hassan Wirajuda", "Hassan Wirajuda", ("IDNGOV",)),
        ("US Secretary of State Condoleezza Rice", "Condoleezza Rice", ("USAGOV",)),
        ("Defence Minister Juwono Sudarsono", "Juwono Sudarsono", ("IDNGOV",)),
    ],
)

_SEN = ("SEN", "SENGOV")
_MRT = ("MRT", "MRTGOV")

AFP_DAKAR_MAURITANIA = Story(
    "afp_dakar_senegal_mauritania_killings", "1989-04-26",
    """Senegal, Mauritania trade charges as killings spread

DAKAR, April 26 (AFP) - Senegal accused Mauritania on Wednesday of failing to protect Senegalese nationals \
after rioters in Nouakchott killed dozens of Senegalese traders, and President Abdou Diouf appealed for calm \
in a radio address.

The violence began on April 9 when Mauritanian herders and Senegalese farmers clashed over grazing land on \
the Senegal River, leaving two Senegalese dead.

In Nouakchott, the Mauritanian government said it had sent troops to protect Senegalese residents and \
accused Dakar of tolerating attacks on Moorish shopkeepers in Senegal.

France and Algeria began an airlift on Tuesday to take Senegalese home from Nouakchott and Mauritanians home \
from Dakar.

Foreign Minister Ibrahima Fall said Senegal had asked the Organisation of African Unity to mediate.

Police in Dakar fired tear gas to disperse crowds who looted Moorish-owned shops in the Medina district.
""",
    events=[
        (_SEN, _MRT, _CRIT, "accused Mauritania"),
        (_MRT, _SEN, _CRIT, "accused Dakar"),
        (("FRA", "FRAGOV", "DZA", "DZAGOV"), _SEN + _MRT + ("SENCVL", "MRTCVL"), _AID + _COOP,
         "began an airlift"),
        (_SEN, _IGO, _APPEAL, "asked the Organisation"),
        (("SENCOP", "SEN", "SENGOV"), ("SENCVL", "SENOPP", "SENCRM", "SEN"), _COERCE + _ASSAULT,
         "fired tear gas"),
    ],
    also=[
        (("MRTCVL", "MRTOPP", "MRT", "MRTCRM"), ("SENCVL", "SEN", "SENBUS"), _ASSAULT + ("200", "202"),
         "rioters in Nouakchott"),
        (_SEN, ("SEN", "SENCVL"), _APPEAL, "appealed for calm"),
        (("MRTCVL", "MRT"), ("SENCVL", "SEN"), _FIGHT + _ASSAULT, "clashed over grazing"),
        (("SENCVL", "SEN"), ("MRTCVL", "MRT"), _FIGHT + _ASSAULT, "clashed over grazing"),
        (_MRT + ("MRTMIL",), ("SENCVL", "SEN"), _AID + _SHOW + ("074",), "sent troops"),
        (("SENCVL", "SENOPP", "SENCRM", "SEN"), ("MRTCVL", "MRTBUS", "MRT"), _PROTEST + _COERCE + _ASSAULT,
         "looted Moorish-owned"),
    ],
    none=[],
    parties=[
        ("President Abdou Diouf", "Abdou Diouf", ("SENGOV",)),
        ("Foreign Minister Ibrahima Fall", "Ibrahima Fall", ("SENGOV",)),
    ],
)


STORIES: list[Story] = [REUTERS_CARACAS_RIOTS, MENA_BAGHDAD_OPEC, ITARTASS_BISHKEK_WATER_GAS,
                        AFP_TEGUCIGALPA_SEA_BORDER, TASS_MOSCOW_EXPULSIONS, YONHAP_SEOUL_DEFECTORS,
                        AFP_MALABO_MERCENARIES, KUNA_KUWAIT_HIJACK, BBCM_TBILISI_OSSETIA,
                        UPI_SAN_SALVADOR_DEMOBILISATION, REUTERS_YAOUNDE_EXTRADITION, IRNA_TEHRAN_POWS,
                        PTI_NEW_DELHI_GHAURI, PL_BUENOS_AIRES_FIRE_FOCUS, ITARTASS_MOSCOW_START2,
                        AA_ANKARA_RECOGNITION, EFE_QUITO_GUARANTORS, XINHUA_BRAZZAVILLE_TRUCE,
                        DPA_DRESDEN_SUHARTO, AP_PHNOM_PENH_THAI_EMBASSY, REUTERS_BAKU_SECTION_907,
                        KUNA_KUWAIT_ASSEMBLY_DISSOLVED, ANTARA_JAKARTA_MILITARY_AID, AFP_DAKAR_MAURITANIA]


if __name__ == "__main__":
    main(STORIES, "stories44")
