"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (thirty-first
session, wip/stories33): ERA copy once more, weighted to the two ends of the era that the earlier sets
covered least, 1985-1989 and 2000-2005: the downing of Iran Air 655 as IRNA told it, the Achille Lauro,
Moscow's answer to the raid on Libya, the Senate's override of the South Africa veto, the first weeks of
the intifada, the fall of Marcos and of Duvalier, Chile's plebiscite, Stroessner's overthrow, the Geneva
accords on Afghanistan, Vietnam's pullout from Cambodia; the Hainan collision, India's measures after the
attack on its parliament, North Korea leaving the NPT, Libya giving up its weapons, the EU-3 in Tehran,
Venezuela's coup of April 2002, de la Rua's fall, Taylor's exile, Georgia's Rose revolution, Beslan,
Syria's pullout from Lebanon, Nepal's royal coup and Andijan.

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: IRNA, ANSA
(with its tail line), TASS, AP, UPI, AFP, EFE, Xinhua, PTI, KCNA ("Pyongyang, January 10 (KCNA) --"),
Reuters, Notimex, PANA, Itar-Tass, Interfax and SANA. Many leads are long (35-60 words, with appositions,
a fronted "in a move" clause, a time phrase between subject and verb, two acts joined by "and", a
"saying" participle, two named parties joined by "and" each with a title). Actors are named by ethnic or
regional group as the wires named them ("Palestinian youths", "Arab residents of East Jerusalem",
"Chechen and Ingush militants", "hardline students", "Chavez's supporters from the slums", "Hundreds of
Uzbeks"). They include non-events: history, plans, a denial, market lines and agency furniture.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, a former head of state ELI, "A said B attacked C" is A -> B 112 alone,
a conditional or a denial is no act, a phone call is 040 both ways, signing an agreement 057 both ways,
a state of emergency or a curfew 172, granting asylum 075, troops pulled out 087. The Soviet Union is
USR; armed groups of the day are their country's REB (the Afghan mujahideen AFGREB, the Khmer Rouge
KHMREB, LURD LBRREB, the Maoists of Nepal NPLREB, Chechen fighters RUSREB or RUSUAF), the PLO PSE.

Run `python tests/events/stories33.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories33 at 1a531be, main's code d406413, before any change): of the 97 required events
63 were coded at country + root and 55 at actor + root; of the coded triples 61 were right, 10 accepted,
1 duplicated and 38 wrong; 2 of the 28 non-event paragraphs were coded; of 72 parties 55 were right, 10
wrong and 7 unresolved.

Seven expectations were corrected after the first run, where the coder's reading was the earlier sets':
the PLO is also PSEGOV (stories28 accepts it); the intifada story's headline names the lead's act (an
`also` row, as the earlier sets' headlines have); "Soviet troops entered Afghanistan in December 1979" is
eight years before the story, under the ten-year history line (moved from `none` to `also`); Beslan's toll
paragraph is told of the storming, whose mention it is (its `none` row dropped); LURD's "West African
peacekeepers" are WAF; Andres Rodriguez was sworn in as president the day of the story (PRYGOV accepted);
and a meeting's reverse direction ("Ivanov ... met Shevardnadze and the opposition leaders") is accepted
as the earlier sets accept it. Main scored on the corrected lists: 64 / 59; right 65, accepted 14,
duplicated 2, wrong 29; non-events coded 0 of 26; parties 58 / 7 / 7.

After the branch's fixes (wip/stories33: revenge taken or exacted is force, so a vow of it threatens; a
two-way act of two named parties does not borrow the object of the verb joined to it; a that-clause
subject owned by the speaker's pronoun is his own side, not the target; an act on a meeting between one's
own side and another country's is aimed at the other; a nationality tagged apart just before a state body
names its state): 69 / 64; right 70, accepted 13, duplicated 2, wrong 21; non-events coded 0 of 26;
parties right 58, wrong 7, unresolved 7. What still fails is a strict xfail in
tests/events/test_stories33.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

IRNA_VINCENNES = Story(
    "irna_tehran_vincennes", "1988-07-04",
    """Iran vows to avenge downing of airliner by U.S. warship

TEHRAN, July 4 (IRNA) -- The Islamic Republic of Iran on Monday vowed to take revenge on the United \
States for the shooting down of an Iran Air passenger jet over the Persian Gulf, in which all 290 people \
on board were killed, and called on the United Nations Security Council to condemn the American action.

Foreign Minister Ali Akbar Velayati described the attack as a barbaric massacre and accused Washington of \
deliberately targeting civilians.

In Washington, President Ronald Reagan expressed deep regret over the loss of life but said the cruiser \
USS Vincennes had acted in self-defence after mistaking the Airbus for an attacking F-14 fighter.

Crude oil prices rose 40 cents a barrel in London trading on news of the incident.

Iran and Iraq have been at war since September 1980.
""",
    events=[
        (("IRN", "IRNGOV"), ("USA", "USAGOV", "USAMIL"), ("130", "138", "131", "139"),
         "vowed to take revenge on the United"),
        (("IRN", "IRNGOV"), ("IGO",), ("020", "021", "025", "028", "100"), "called on the United Nations"),
        (("IRNGOV",), ("USA", "USAGOV", "USAMIL"), ("110", "111", "112"), "accused Washington of"),
    ],
    also=[
        (("USA", "USAMIL", "USAGOV"), ("IRN", "IRNCVL", "IRNBUS"), ("190", "195", "180", "186"),
         "for the shooting down of an Iran Air"),
        (("IRNGOV",), ("USA", "USAGOV", "USAMIL"), ("110", "111", "112"), "described the attack as"),
        (("USAGOV",), ("IRN", "IRNCVL", "IRNGOV"), ("055", "018", "012", "010"), "expressed deep regret"),
        (("USAGOV",), ("IRN", "IRNMIL", "IRNGOV"), ("016", "010", "012"), "had acted in self-defence"),
        (("IRN", "IRNGOV"), ("USA", "USAGOV", "USAMIL"), ("130", "138", "131"), "Iran vows to avenge"),
    ],
    none=["Crude oil prices rose 40 cents", "have been at war since September 1980"],
    parties=[
        ("Foreign Minister Ali Akbar Velayati", "Ali Akbar Velayati", ("IRNGOV",)),
        ("President Ronald Reagan", "Ronald Reagan", ("USAGOV",)),
    ],
)

_PSE = ("PSE", "PSEGOV", "PSEREB", "PSEUAF", "PSEOPP", "PSEPLO", "PSEINS")

ANSA_LAURO = Story(
    "ansa_rome_lauro", "1985-10-08",
    """Palestinian gunmen threaten to blow up Italian liner

ROME, Oct 8 (ANSA) - Four Palestinian gunmen who seized the Italian cruise liner Achille Lauro off the \
Egyptian coast on Monday threatened on Tuesday to blow up the ship and kill its passengers unless Israel \
freed 50 Palestinian prisoners, the Foreign Ministry said.

Prime Minister Bettino Craxi met envoys of the Palestine Liberation Organization in Rome and asked PLO \
leader Yasser Arafat to help end the hijacking, while Egypt agreed to negotiate with the gunmen at Port \
Said.

The United States said it would not negotiate with terrorists and urged Italy and Egypt to reject the \
hijackers' demands.

The ship, with some 400 passengers and crew aboard, left Genoa on Oct. 3 for a Mediterranean cruise.

ANSA/GB 08-OCT-85 14:20
""",
    events=[
        (_PSE, ("ISR", "ISRGOV", "ITA", "ITACVL", "ITABUS", "---CVL"), ("130", "138", "131", "139", "137"),
         "threatened on Tuesday to blow up"),
        (("ITAGOV",), _PSE, ("040", "042", "043", "046"), "met envoys of the Palestine"),
        (("ITAGOV",), _PSE, ("020", "021", "022", "025", "026", "027", "028"), "asked PLO"),
        (("USA", "USAGOV"), ("ITA", "ITAGOV", "EGY", "EGYGOV"), ("020", "021", "025", "026", "027", "028",
                                                              "100"), "urged Italy and Egypt"),
    ],
    also=[
        (_PSE, ("ITA", "ITABUS", "ITACVL", "---CVL"), ("181", "180", "182"), "who seized the Italian"),
        (_PSE, ("ISR", "ISRGOV"), ("100", "101", "102", "105"), "unless Israel freed"),
        (_PSE, ("ITAGOV", "ITA"), ("040", "042", "043", "046"), "met envoys of the Palestine"),
        (("EGY", "EGYGOV"), _PSE, ("030", "031", "036", "040", "046", "080"), "agreed to negotiate"),
        (("USA", "USAGOV"), _PSE, ("120", "125", "128", "036"), "would not negotiate with terrorists"),
        (_PSE, ("ITA", "ITABUS", "ITACVL", "ISR"), ("130", "138", "181"), "threaten to blow up Italian"),
    ],
    none=["left Genoa on Oct. 3", "ANSA/GB 08-OCT-85"],
    parties=[
        ("Prime Minister Bettino Craxi", "Bettino Craxi", ("ITAGOV",)),
        ("PLO leader Yasser Arafat", "Yasser Arafat", _PSE),
    ],
)

TASS_TRIPOLI = Story(
    "tass_moscow_libyaraid", "1986-04-15",
    """Soviet Union condemns U.S. raid on Libya, calls off Shevardnadze-Shultz meeting

MOSCOW, April 15 (TASS) - The Soviet Union on Tuesday strongly condemned the bombing of Tripoli and \
Benghazi by U.S. aircraft as a criminal act of state terrorism and, in a move announced by the Foreign \
Ministry, called off a planned meeting between Foreign Minister Eduard Shevardnadze and Secretary of State \
George Shultz.

U.S. warplanes attacked targets in the two Libyan cities before dawn on Tuesday, killing at least 37 \
people, according to Libyan officials.

Libyan leader Muammar Gaddafi, in a broadcast on Libyan television, vowed to retaliate against the United \
States and called on Arab countries to sever relations with Washington.

Britain, which allowed the F-111 bombers to take off from its bases, supported the raid, while France and \
Spain refused to let the planes fly over their territory.

Gold rose four dollars an ounce in Zurich as dealers sought a safe haven.
""",
    events=[
        (("USR", "USRGOV"), ("USA", "USAGOV", "USAMIL"), ("110", "111", "112"),
         "strongly condemned the bombing"),
        (("USR", "USRGOV"), ("USA", "USAGOV"), ("120", "125", "160", "161", "164", "166"),
         "called off a planned"),
        (("USA", "USAMIL"), ("LBY", "LBYCVL", "LBYGOV", "LBYMIL"), ("190", "195", "180", "183"),
         "U.S. warplanes attacked targets"),
        (("LBYGOV",), ("USA", "USAGOV"), ("130", "138", "131", "139"), "vowed to retaliate"),
        (("FRA", "FRAGOV", "ESP", "ESPGOV"), ("USA", "USAGOV", "USAMIL"), ("120", "125", "128", "129", "160",
                                                                         "163", "166"),
                                                                          "Spain refused to let"),
    ],
    also=[
        (("LBYGOV",), ("ARB", "IGO", "SAU", "SYR", "EGY", "DZA"), ("020", "021", "025", "028"),
         "called on Arab countries"),
        (("LBYGOV",), ("USA", "USAGOV"), ("160", "161", "020", "025", "100"),
         "sever relations with Washington"),
        (("GBR", "GBRGOV"), ("USA", "USAGOV", "USAMIL"), ("050", "051", "057", "060", "061", "062", "080",
                                                         "086"), "supported the raid"),
        (("GBR", "GBRGOV"), ("USA", "USAGOV", "USAMIL"), ("050", "051", "057", "060", "061", "062", "080",
                                                         "086"), "which allowed the F-111"),
        (("USR", "USRGOV"), ("USA", "USAGOV", "USAMIL"), ("110", "111", "112"), "Soviet Union condemns U.S."),
        (("USR", "USRGOV"), ("USA", "USAGOV"), ("120", "125", "160", "161", "164", "166"),
         "calls off Shevardnadze-Shultz"),
        (("USA", "USAMIL"), ("LBY", "LBYCVL", "LBYGOV", "LBYMIL"), ("190", "195", "180", "183"),
         "condemned the bombing of Tripoli"),
        (("LBYGOV", "LBY"), ("USA", "USAMIL"), ("110", "111", "112"), "according to Libyan officials"),
    ],
    none=["Gold rose four dollars"],
    parties=[
        ("Foreign Minister Eduard Shevardnadze", "Eduard Shevardnadze", ("USRGOV",)),
        ("Secretary of State George Shultz", "George Shultz", ("USAGOV",)),
        ("Libyan leader Muammar Gaddafi", "Muammar Gaddafi", ("LBYGOV",)),
    ],
)

AP_OVERRIDE = Story(
    "ap_washington_override", "1986-10-02",
    """Senate overrides Reagan veto of South Africa sanctions

WASHINGTON (AP) - The Senate, in a sharp rebuke to President Reagan's policy of "constructive \
engagement," voted 78-21 on Thursday to override his veto of a bill imposing economic sanctions on South \
Africa, including a ban on new investment and on imports of South African coal, steel and uranium.

South African Foreign Minister Pik Botha said Pretoria deplored the vote and warned that his government \
would retaliate by halting purchases of American grain.

Bishop Desmond Tutu, the Nobel Peace Prize laureate, welcomed the decision and urged Britain and West \
Germany to follow the American lead.

The House of Representatives voted 313-83 to override the veto on Monday.

The rand fell to 44 U.S. cents in Johannesburg.

Congress last overrode a president's foreign policy veto in 1973, on the War Powers Resolution.
""",
    events=[
        (("USALEG", "USA"), ("ZAF", "ZAFGOV"), ("160", "163", "162", "164"), "imposing economic sanctions"),
        (("ZAFGOV",), ("USA", "USALEG", "USAGOV"), ("110", "111", "112", "120"),
         "Pretoria deplored the vote"),
        (("ZAFGOV",), ("USA", "USALEG", "USAGOV", "USAAGR"), ("130", "131", "1312", "139", "160"),
         "warned that his government"),
        (("ZAFREL", "ZAFCVL", "ZAF", "ZAFOPP", "ZAFELI"), ("GBR", "GBRGOV", "DEU", "DEUGOV", "DDR", "FRG"),
         ("020", "021", "025", "028", "100"), "urged Britain and West"),
    ],
    also=[
        (("USALEG",), ("USAGOV",), ("120", "125", "128", "110", "111"), "to override his veto"),
        (("USALEG",), ("USAGOV",), ("120", "125", "128", "110", "111"), "voted 313-83 to override"),
        (("USALEG", "USA"), ("ZAF", "ZAFGOV"), ("160", "163", "162"), "Senate overrides Reagan veto"),
        (("USALEG",), ("USAGOV",), ("120", "125", "128", "110", "111"), "Senate overrides Reagan veto"),
        (("ZAFREL", "ZAFCVL", "ZAF", "ZAFOPP", "ZAFELI"), ("USA", "USALEG"), ("050", "051"),
         "welcomed the decision"),
    ],
    none=["The rand fell to 44", "Congress last overrode"],
    parties=[
        ("Foreign Minister Pik Botha", "Pik Botha", ("ZAFGOV",)),
        ("Bishop Desmond Tutu", "Desmond Tutu", ("ZAFREL", "ZAFCVL", "ZAFOPP", "ZAFELI")),
    ],
)

_PSEP = ("PSE", "PSEGOV", "PSECVL", "PSEOPP", "PSEREB", "PSEEDU", "PSEPLO")

AP_JABALIYA = Story(
    "ap_jerusalem_jabaliya", "1987-12-22",
    """U.N. council deplores Israel's handling of unrest

JERUSALEM (AP) - Israeli soldiers on Tuesday shot and killed two Palestinian youths who stoned an army \
patrol in the Gaza Strip's Jabaliya refugee camp, and the army imposed a curfew on several camps as the \
13-day-old uprising spread, Arab reporters and hospital officials said.

In New York, the U.N. Security Council adopted a resolution that strongly deplored Israel's handling of \
the unrest, with the United States abstaining.

Defense Minister Yitzhak Rabin told parliament that Israel would use whatever force was needed to restore \
order and accused the Palestine Liberation Organization of inciting the riots.

Thousands of Arab residents of East Jerusalem went on strike Monday in solidarity with the protesters in \
the occupied territories.

Israel captured the West Bank and Gaza Strip from Jordan and Egypt in the 1967 Middle East war.
""",
    events=[
        (("ISRMIL", "ISR"), _PSEP, ("180", "190", "193", "195", "175", "186"), "shot and killed two"),
        (("ISRMIL", "ISR", "ISRGOV"), _PSEP + ("ISRCVL",), ("172", "170", "174"), "imposed a curfew"),
        (("IGO",), ("ISR", "ISRGOV", "ISRMIL"), ("110", "111", "112"), "strongly deplored Israel"),
        (("ISRGOV",), _PSEP, ("110", "111", "112"), "accused the Palestine Liberation"),
    ],
    also=[
        (_PSEP, ("ISRMIL", "ISR"), ("180", "190", "145", "140", "141"), "who stoned an army"),
        (("ISRGOV",), _PSEP, ("130", "138", "131", "150", "030"), "would use whatever force"),
        (_PSEP, ("ISR", "ISRGOV", "ISRMIL"), ("140", "143", "141"), "went on strike"),
        (("ISRGOV",), ("ISRLEG",), ("010", "012", "013"), "told parliament"),
        (("IGO",), ("ISR", "ISRGOV", "ISRMIL"), ("110", "111", "112"), "U.N. council deplores"),
    ],
    none=["Israel captured the West Bank"],
    parties=[
        ("Defense Minister Yitzhak Rabin", "Yitzhak Rabin", ("ISRGOV", "ISRMIL")),
        ("Palestine Liberation Organization", "Palestine Liberation Organization", _PSEP),
    ],
)

UPI_MALACANANG = Story(
    "upi_manila_marcos", "1986-02-26",
    """Marcos flees; Reagan recognizes Aquino government

MANILA, Philippines, Feb. 26 (UPI) -- Ferdinand Marcos, after 20 years in power, fled the presidential \
palace late Tuesday aboard U.S. Air Force helicopters and was flown to Clark Air Base, hours after \
Corazon Aquino was sworn in as president, U.S. officials said.

Defense Minister Juan Ponce Enrile and Lt. Gen. Fidel Ramos, the armed forces vice chief of staff, who \
broke with Marcos on Saturday, pledged the loyalty of the military to the new government.

In Washington, President Reagan, who had urged Marcos on Monday to step down peacefully, recognized the \
Aquino government and offered it American economic aid.

Marcos was first elected president in 1965.
""",
    events=[
        (("USAGOV", "USA"), ("PHLGOV", "PHL"), ("050", "054", "051", "057"),
         "recognized the Aquino government"),
        (("USAGOV", "USA"), ("PHLGOV", "PHL"), ("030", "031", "033", "070", "071"), "offered it American"),
    ],
    also=[
        (("USAGOV", "USA", "USAMIL"), ("PHLGOV", "PHLELI", "PHL"), ("070", "071", "074", "075", "080", "043",
                                                                   "042"), "aboard U.S. Air Force"),
        (("PHLGOV", "PHLMIL"), ("PHLGOV", "PHLOPP"), ("030", "032", "050", "051"), "pledged the loyalty"),
        (("PHLGOV", "PHLMIL"), ("PHLGOV", "PHLELI"), ("120", "110", "160", "161"), "who broke with Marcos"),
        (("USAGOV", "USA"), ("PHLGOV", "PHLELI"), ("020", "025", "100", "104", "1041"),
         "who had urged Marcos"),
        (("USAGOV", "USA"), ("PHLGOV", "PHL"), ("050", "054", "051"), "Reagan recognizes Aquino"),
    ],
    none=["Marcos was first elected president"],
    parties=[
        ("Defense Minister Juan Ponce Enrile", "Juan Ponce Enrile", ("PHLGOV", "PHLMIL")),
        ("Lt. Gen. Fidel Ramos", "Fidel Ramos", ("PHLMIL", "PHLGOV")),
        ("President Reagan", "Reagan", ("USAGOV",)),
        ("Corazon Aquino was", "Corazon Aquino", ("PHLGOV", "PHLOPP")),
    ],
)

_HTI_REGIME = ("HTIMIL", "HTIGOV", "HTIUAF", "HTIPTY", "HTI", "HTIELI", "HTISPY", "HTICOP")

AFP_DUVALIER = Story(
    "afp_portauprince_duvalier", "1986-02-07",
    """Duvalier flees Haiti for France

PORT-AU-PRINCE, Feb 7 (AFP) - President-for-Life Jean-Claude Duvalier fled Haiti before dawn on Friday \
aboard a U.S. Air Force transport plane bound for France, ending 28 years of rule by his family, and \
handed power to a six-member council headed by the army chief of staff, General Henri Namphy.

Namphy, in a radio address, promised to hold free elections and ordered the release of all political \
prisoners.

Jubilant crowds in the capital tore down a statue of Francois Duvalier and attacked members of the \
Tontons Macoutes militia, killing several of them, witnesses said.

The French government said it had agreed to admit Duvalier for up to eight days while a country willing \
to grant him asylum was found, and Foreign Minister Roland Dumas said France had acted at the request of \
the United States.

Duvalier succeeded his father, Francois "Papa Doc" Duvalier, in 1971 at the age of 19.
""",
    events=[
        (("HTIMIL", "HTIGOV"), ("HTIOPP", "HTICVL", "HTI"), ("084", "080", "0841"), "ordered the release"),
        (("HTICVL", "HTIOPP", "HTI"), _HTI_REGIME, ("180", "190", "186", "145", "181"),
         "attacked members of the"),
        (("FRAGOV", "FRA"), ("HTIGOV", "HTIELI", "HTI"), ("075", "070", "030", "036", "080", "081", "083"),
         "had agreed to admit Duvalier"),
    ],
    also=[
        (("HTIGOV", "HTIELI"), ("HTIMIL", "HTIGOV"), ("080", "083", "084", "087"), "handed power to"),
        (("HTIMIL", "HTIGOV"), ("HTI", "HTICVL", "HTIOPP"), ("030", "032", "034"), "promised to hold free"),
        (("HTICVL", "HTIOPP", "HTI"), _HTI_REGIME, ("145", "140", "141", "180"), "tore down a statue"),
        (("USA", "USAGOV", "USAMIL"), ("HTIGOV", "HTIELI", "HTI"), ("070", "074", "075", "080", "043"),
         "aboard a U.S. Air Force"),
        (("FRAGOV", "FRA"), ("USA", "USAGOV"), ("030", "080", "081", "084", "086", "057"),
         "at the request of"),
    ],
    none=["Duvalier succeeded his father"],
    parties=[
        ("President-for-Life Jean-Claude Duvalier", "Jean-Claude Duvalier", ("HTIGOV",)),
        ("General Henri Namphy", "Henri Namphy", ("HTIMIL", "HTIGOV")),
        ("Foreign Minister Roland Dumas", "Roland Dumas", ("FRAGOV",)),
    ],
)

EFE_PLEBISCITE = Story(
    "efe_santiago_plebiscite", "1988-10-06",
    """Chileans say No to Pinochet

SANTIAGO, Oct 6 (EFE) - General Augusto Pinochet, who has ruled Chile since a 1973 military coup, \
conceded defeat on Thursday in the plebiscite on a further eight years in office, after the "No" campaign \
of 16 opposition parties won 54.7 percent of the vote, the Interior Ministry said.

Opposition leader Patricio Aylwin, the Christian Democrat chairman who led the "No" campaign, called on \
the armed forces to open talks on constitutional reforms and urged his supporters to celebrate peacefully.

Police fired tear gas and water cannon at several thousand opposition supporters who marched towards the \
La Moneda palace, and arrested 57 people, the Carabineros said.

The U.S. State Department praised the Chilean people for a peaceful and orderly vote.

Copper prices were steady on the London Metal Exchange.
""",
    events=[
        (("CHLOPP", "CHLPTY"), ("CHLMIL", "CHLGOV"), ("020", "026", "024", "025", "028", "100", "103"),
         "called on the armed forces"),
        (("CHLCOP", "CHLGOV"), ("CHLOPP", "CHLCVL", "CHLPTY"), ("175", "170", "180", "173", "190"),
         "Police fired tear gas"),
        (("CHLCOP", "CHLGOV"), ("CHLOPP", "CHLCVL", "CHLPTY", "CHL"), ("173", "170"), "arrested 57 people"),
        (("USAGOV", "USA"), ("CHL", "CHLCVL"), ("050", "051"), "praised the Chilean people"),
    ],
    also=[
        (("CHLGOV", "CHLMIL"), ("CHLOPP", "CHLPTY", "CHL"), ("080", "083", "012", "010"), "conceded defeat"),
        (("CHLOPP", "CHLPTY"), ("CHLOPP", "CHLCVL", "CHLPTY", "CHL"), ("020", "025", "028"),
         "urged his supporters"),
        (("CHLOPP", "CHLCVL", "CHLPTY"), ("CHLGOV", "CHL"), ("140", "141"), "who marched towards"),
    ],
    none=["Copper prices were steady"],
    parties=[
        ("General Augusto Pinochet", "Augusto Pinochet", ("CHLGOV", "CHLMIL")),
        ("Opposition leader Patricio Aylwin", "Patricio Aylwin", ("CHLOPP", "CHLPTY")),
    ],
)

_PRYREG = ("PRYMIL", "PRYGOV")

EFE_ASUNCION = Story(
    "efe_asuncion_stroessner", "1989-02-03",
    """Stroessner overthrown in Paraguay

ASUNCION, Feb 3 (EFE) - General Andres Rodriguez, the second most powerful man in Paraguay's armed \
forces, led troops and tanks in an assault on the barracks of the presidential escort overnight and \
overthrew General Alfredo Stroessner, who had ruled the country for 34 years, military sources said.

Rodriguez said on state radio that he had acted to defend democracy and human rights and promised that \
elections would be held within 90 days.

Argentine President Raul Alfonsin and Brazilian President Jose Sarney spoke by telephone on Friday and \
called on the new authorities in Asuncion to respect human rights.

Stroessner was placed under house arrest at a cavalry barracks, the sources said, and Brazil offered him \
asylum on Friday.

Stroessner seized power in a coup in 1954.
""",
    events=[
        (_PRYREG, _PRYREG + ("PRY",), ("190", "180", "193", "195", "194", "172", "174"),
         "in an assault on the barracks"),
        (("ARGGOV",), ("BRAGOV",), ("040", "042", "043"), "spoke by telephone"),
        (("BRAGOV",), ("ARGGOV",), ("040", "042", "043"), "spoke by telephone"),
        (("ARGGOV", "BRAGOV"), _PRYREG + ("PRY",), ("020", "021", "025", "028", "100", "101"),
         "called on the new authorities"),
        (("BRA", "BRAGOV"), ("PRYGOV", "PRYELI", "PRYMIL", "PRY"), ("075", "070", "030", "033", "036"),
         "Brazil offered him asylum"),
    ],
    also=[
        (("PRYMIL",), _PRYREG + ("PRY", "PRYELI"), ("172", "174", "180", "170", "190"), "overthrew General"),
        (("PRYMIL",), _PRYREG + ("PRY", "PRYELI"), ("172", "174", "180", "170", "190"),
         "Stroessner overthrown in"),
        (_PRYREG, ("PRY", "PRYCVL"), ("030", "032", "034"), "promised that elections"),
        (_PRYREG, ("PRYGOV", "PRYELI"), ("173", "170"), "placed under house arrest"),
    ],
    none=["Stroessner seized power in a coup in 1954"],
    parties=[
        ("General Andres Rodriguez", "Andres Rodriguez", ("PRYMIL", "PRYGOV")),
        ("General Alfredo Stroessner", "Alfredo Stroessner", ("PRYGOV", "PRYMIL", "PRYELI")),
        ("Argentine President Raul Alfonsin", "Raul Alfonsin", ("ARGGOV",)),
        ("Brazilian President Jose Sarney", "Jose Sarney", ("BRAGOV",)),
    ],
)

TASS_GENEVA = Story(
    "tass_geneva_accords", "1988-04-14",
    """Geneva accords on Afghanistan signed

GENEVA, April 14 (TASS) - The foreign ministers of Afghanistan and Pakistan, Abdul Wakil and Zain \
Noorani, signed accords at the Palais des Nations on Thursday under which Soviet troops will leave \
Afghanistan within nine months, beginning on May 15, and the Soviet Union and the United States signed \
the documents as guarantors.

Soviet Foreign Minister Eduard Shevardnadze and U.S. Secretary of State George Shultz met after the \
ceremony and agreed to continue their talks on regional conflicts in Moscow next month.

The alliance of Afghan mujahideen groups based in Peshawar rejected the accords and said its guerrillas \
would keep fighting until the Kabul regime fell.

Soviet troops entered Afghanistan in December 1979.
""",
    events=[
        (("AFGGOV", "AFG"), ("PAKGOV", "PAK"), ("057",), "signed accords at the Palais"),
        (("PAKGOV", "PAK"), ("AFGGOV", "AFG"), ("057",), "signed accords at the Palais"),
        (("USRGOV", "USR"), ("USAGOV", "USA"), ("040", "042", "043", "046", "030", "036"), "met after the"),
        (("USAGOV", "USA"), ("USRGOV", "USR"), ("040", "042", "043", "046", "030", "036"), "met after the"),
        (("AFGREB", "AFGOPP", "AFGINS"), ("AFGGOV", "AFG", "USR", "PAK", "PAKGOV"), ("120", "125", "128",
         "129"),
         "rejected the accords"),
    ],
    also=[
        (("USR", "USRGOV", "USA", "USAGOV"), ("AFG", "AFGGOV", "PAK", "PAKGOV", "USR", "USA", "USAGOV",
                                               "USRGOV"), ("057", "030"), "signed the documents as"),
        (("USR", "USRMIL"), ("AFG", "AFGGOV"), ("087", "030", "080", "081"), "Soviet troops will leave"),
        (("AFGREB", "AFGOPP", "AFGINS"), ("AFGGOV", "AFG", "USR"), ("130", "138", "190"),
         "would keep fighting"),
        (("AFGGOV", "AFG", "PAKGOV", "PAK"), ("AFGGOV", "AFG", "PAKGOV", "PAK"), ("057",),
         "Geneva accords on Afghanistan signed"),
        (("USR", "USRMIL"), ("AFG", "AFGGOV"), ("190", "192", "150"), "Soviet troops entered Afghanistan"),
    ],
    none=[],
    parties=[
        ("Abdul Wakil", "Abdul Wakil", ("AFGGOV",)),
        ("Zain Noorani", "Zain Noorani", ("PAKGOV",)),
        ("Foreign Minister Eduard Shevardnadze", "Eduard Shevardnadze", ("USRGOV",)),
        ("Secretary of State George Shultz", "George Shultz", ("USAGOV",)),
    ],
)

_KHMRES = ("KHMREB", "KHMOPP", "KHMELI", "KHMROY", "KHM")

XINHUA_PULLOUT = Story(
    "xinhua_phnompenh_pullout", "1989-09-26",
    """Last Vietnamese troops leave Cambodia

PHNOM PENH, September 26 (Xinhua) -- The last of Vietnam's troops in Cambodia, some 26,000 soldiers, \
pulled out on Tuesday, Hanoi said, but the three Cambodian resistance factions led by Prince Norodom \
Sihanouk charged that thousands of Vietnamese soldiers remained in the country disguised in Cambodian \
uniforms.

A Chinese Foreign Ministry spokesman said in Beijing that the withdrawal could not be verified without \
international supervision and urged Hanoi to accept a United Nations monitoring role.

Phnom Penh's Prime Minister Hun Sen, at a farewell ceremony for the troops, thanked Vietnam for its help \
and said his government was ready to hold talks with Sihanouk in Jakarta.

Khmer Rouge guerrillas attacked government positions in western Battambang province on Monday, the \
official radio said.

Vietnamese forces invaded Cambodia in December 1978 and drove the Khmer Rouge from power.
""",
    events=[
        (("VNMMIL", "VNM", "VNMGOV"), ("KHM", "KHMGOV"), ("087", "080", "0874"), "pulled out on Tuesday"),
        (_KHMRES, ("VNM", "VNMGOV", "VNMMIL"), ("110", "111", "112"), "charged that thousands"),
        (("CHNGOV",), ("VNM", "VNMGOV"), ("020", "021", "025", "028", "100", "086"), "urged Hanoi to accept"),
        (("KHMGOV",), ("VNM", "VNMGOV", "VNMMIL"), ("050", "051", "052"), "thanked Vietnam"),
        (("KHMREB",), ("KHMGOV", "KHMMIL", "KHM"), ("190", "180", "193", "195"), "attacked government"),
    ],
    also=[
        (("CHNGOV",), ("VNM", "VNMGOV"), ("110", "111", "112", "012"), "could not be verified"),
        (("KHMGOV",), _KHMRES, ("030", "036", "032"), "ready to hold talks"),
        (("VNMMIL", "VNM", "VNMGOV"), ("KHM", "KHMGOV"), ("087", "080"), "Last Vietnamese troops leave"),
    ],
    none=["Vietnamese forces invaded Cambodia"],
    parties=[
        ("Prince Norodom Sihanouk", "Sihanouk", _KHMRES),
        ("Prime Minister Hun Sen", "Hun Sen", ("KHMGOV",)),
        ("Khmer Rouge guerrillas", "Khmer Rouge", ("KHMREB",)),
    ],
)

XINHUA_HAINAN = Story(
    "xinhua_beijing_hainan", "2001-04-04",
    """Jiang demands U.S. apology over plane collision

BEIJING, April 4 (Xinhua) -- Chinese President Jiang Zemin on Wednesday demanded that the United States \
apologize to the Chinese people for the collision between a U.S. military reconnaissance plane and a \
Chinese fighter jet over the South China Sea, saying the U.S. side should bear full responsibility.

U.S. Secretary of State Colin Powell said Washington regretted the loss of the Chinese pilot but rejected \
the demand for an apology, saying the U.S. aircraft had been flying in international airspace.

The wife of missing pilot Wang Wei wrote an open letter to President George W. Bush accusing him of \
cowardice, the People's Daily reported.

The U.S. Navy EP-3 plane made an emergency landing at an airfield on Hainan island on Sunday with its 24 \
crew members.

Shares in Hong Kong fell 2.1 percent on concern over the standoff.
""",
    events=[
        (("CHNGOV",), ("USA", "USAGOV", "USAMIL"), ("100", "101", "102", "105", "106", "112"),
         "demanded that the United States"),
        (("USAGOV",), ("CHN", "CHNGOV"), ("120", "125", "128", "129"), "rejected the demand"),
        (("CHNCVL", "CHN"), ("USAGOV",), ("110", "111", "112"), "accusing him of"),
    ],
    also=[
        (("CHNGOV",), ("USA", "USAGOV", "USAMIL"), ("110", "111", "112", "100"), "should bear full"),
        (("USAGOV",), ("CHN", "CHNGOV", "CHNMIL", "CHNCVL"), ("055", "018", "012", "010"),
         "regretted the loss"),
        (("USAGOV",), ("CHN", "CHNGOV"), ("016", "010", "012", "112"), "had been flying in international"),
        (("CHNCVL", "CHN"), ("USAGOV",), ("010", "012", "020"), "wrote an open letter"),
        (("CHNGOV",), ("USA", "USAGOV", "USAMIL"), ("100", "101", "102", "105", "106"), "Jiang demands U.S."),
        (("USAMIL", "USA"), ("CHN", "CHNMIL"), ("190", "180", "195", "150"), "for the collision between"),
    ],
    none=["Shares in Hong Kong fell"],
    parties=[
        ("Chinese President Jiang Zemin", "Jiang Zemin", ("CHNGOV",)),
        ("Secretary of State Colin Powell", "Colin Powell", ("USAGOV",)),
        ("President George W. Bush", "George W. Bush", ("USAGOV",)),
    ],
)

PTI_SAMJHAUTA = Story(
    "pti_newdelhi_recall", "2001-12-21",
    """India recalls envoy from Pakistan, halts train and bus links

NEW DELHI, Dec 21 (PTI) In a move aimed at stepping up pressure on Islamabad after the December 13 \
attack on Parliament, India on Friday recalled its High Commissioner from Pakistan and announced that the \
Samjhauta Express and the Delhi-Lahore bus service would be suspended from January 1.

External Affairs Minister Jaswant Singh told reporters that Pakistan had failed to act against the \
Lashkar-e-Taiba and the Jaish-e-Mohammad, which New Delhi holds responsible for the attack, and demanded \
that Islamabad hand over 20 terrorists and criminals.

Pakistan's President Pervez Musharraf, in a statement issued in Islamabad, regretted the decision and \
warned that Pakistan would respond with full force to any Indian aggression.

Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir on Thursday night, army \
officials said.

The Bombay Stock Exchange's Sensex index fell 1.3 per cent.
""",
    events=[
        (("IND", "INDGOV"), ("PAK", "PAKGOV"), ("160", "161", "164"), "recalled its High Commissioner"),
        (("IND", "INDGOV"), ("PAK", "PAKGOV"), ("160", "161", "162", "163", "164", "166", "130", "1312"),
         "would be suspended from January"),
        (("INDGOV",), ("PAK", "PAKGOV"), ("100", "101", "102", "105", "106", "112", "111"),
         "demanded that Islamabad hand over"),
        (("PAKGOV",), ("IND", "INDGOV", "INDMIL"), ("130", "138", "131", "139"),
         "warned that Pakistan would respond"),
        (("INDMIL", "IND"), ("PAKMIL", "PAK"), ("190", "193", "194", "195", "180"), "exchanged fire"),
        (("PAKMIL", "PAK"), ("INDMIL", "IND"), ("190", "193", "194", "195", "180"), "exchanged fire"),
    ],
    also=[
        (("INDGOV",), ("PAK", "PAKGOV"), ("110", "111", "112"), "Pakistan had failed to act"),
        (("PAKGOV",), ("IND", "INDGOV"), ("110", "111", "112", "012", "120"), "regretted the decision"),
        (("INDGOV", "IND"), ("PAKREB", "PAKUAF", "INDREB", "PAK", "PAKGOV"), ("110", "111", "112"),
         "which New Delhi holds responsible"),
        (("IND", "INDGOV"), ("PAK", "PAKGOV"), ("160", "161", "164", "163", "166"), "India recalls envoy"),
    ],
    none=["The Bombay Stock Exchange"],
    parties=[
        ("External Affairs Minister Jaswant Singh", "Jaswant Singh", ("INDGOV",)),
        ("President Pervez Musharraf", "Pervez Musharraf", ("PAKGOV",)),
    ],
)

KCNA_NPT = Story(
    "kcna_pyongyang_npt", "2003-01-10",
    """DPRK Government declares withdrawal from NPT

Pyongyang, January 10 (KCNA) -- The government of the Democratic People's Republic of Korea issued a \
statement today declaring its withdrawal from the Nuclear Non-Proliferation Treaty, saying the U.S. had \
pursued a hostile policy toward the DPRK and threatened it with a pre-emptive nuclear attack.

The statement said the DPRK had no intention of producing nuclear weapons and that its nuclear \
activities at this stage would be confined only to peaceful purposes such as the production of \
electricity.

In Washington, Secretary of State Colin Powell said the United States was ready to talk to Pyongyang \
about its obligations.

South Korea expressed regret over the decision and urged the North to reverse it, while Chinese Foreign \
Ministry spokesman Kong Quan called on all parties to exercise restraint.

The DPRK joined the treaty in 1985.
""",
    events=[
        (("PRKGOV", "PRK"), ("USA", "USAGOV", "USAMIL"), ("110", "111", "112"), "saying the U.S. had"),
        (("USAGOV",), ("PRK", "PRKGOV"), ("030", "036", "040", "046"), "was ready to talk"),
        (("KOR", "KORGOV"), ("PRK", "PRKGOV"), ("020", "021", "025", "028", "100"), "urged the North"),
    ],
    also=[
        (("PRKGOV", "PRK"), ("IGO", "USA", "USAGOV"), ("160", "161", "120", "128", "129", "166"),
         "declaring its withdrawal"),
        (("PRKGOV", "PRK"), ("IGO", "USA", "USAGOV"), ("160", "161", "120", "128", "129", "166"),
         "DPRK Government declares withdrawal"),
        (("KOR", "KORGOV"), ("PRK", "PRKGOV"), ("110", "111", "112", "012", "018"), "expressed regret"),
        (("CHNGOV",), ("PRK", "PRKGOV", "USA", "USAGOV", "KOR"), ("020", "021", "025", "028"),
         "called on all parties"),
    ],
    none=["had no intention of producing", "The DPRK joined the treaty in 1985"],
    parties=[
        ("Secretary of State Colin Powell", "Colin Powell", ("USAGOV",)),
        ("spokesman Kong Quan", "Kong Quan", ("CHNGOV",)),
    ],
)

REUTERS_WMD = Story(
    "reuters_london_libyawmd", "2003-12-20",
    """Libya to scrap weapons of mass destruction

LONDON, Dec 20 (Reuters) - Libya has agreed to give up its programmes to develop weapons of mass \
destruction and to admit international inspectors after nine months of secret talks with the United \
States and Britain, U.S. President George W. Bush and British Prime Minister Tony Blair said on Friday.

Bush, speaking at the White House, welcomed the decision and said Libya could regain a secure place in \
the community of nations.

In a statement carried by the official news agency JANA, the Libyan Foreign Ministry said the country \
would rid itself of all internationally banned weapons.

Brent crude for February delivery ended 18 cents lower at $29.80 a barrel.
""",
    events=[
        (("LBY", "LBYGOV"), ("USA", "USAGOV", "GBR", "GBRGOV", "IGO"), ("080", "086", "0862", "081", "030",
                                                                       "057", "087"),
         "Libya has agreed to give up"),
        (("USAGOV",), ("LBY", "LBYGOV"), ("050", "051"), "welcomed the decision"),
    ],
    also=[
        (("LBY", "LBYGOV"), ("USA", "USAGOV", "GBR", "GBRGOV"), ("040", "043", "046"), "secret talks"),
        (("USA", "USAGOV", "GBR", "GBRGOV"), ("LBY", "LBYGOV"), ("040", "043", "046"), "secret talks"),
        (("LBY", "LBYGOV"), ("USA", "USAGOV", "GBR", "GBRGOV", "IGO"), ("080", "086", "030", "087"),
         "Libya to scrap weapons"),
        (("LBYGOV",), ("IGO", "USA", "GBR"), ("030", "080", "087"), "would rid itself"),
        (("USAGOV",), ("LBY", "LBYGOV"), ("010", "012", "013", "030", "050"), "could regain a secure"),
    ],
    none=["Brent crude for February"],
    parties=[
        ("President George W. Bush", "George W. Bush", ("USAGOV",)),
        ("Prime Minister Tony Blair", "Tony Blair", ("GBRGOV",)),
    ],
)

_EU3 = ("GBRGOV", "FRAGOV", "DEUGOV", "GBR", "FRA", "DEU")

IRNA_EU3 = Story(
    "irna_tehran_eu3", "2003-10-21",
    """Iran to sign Additional Protocol after talks with European ministers

TEHRAN, Oct 21 (IRNA) -- Iran on Tuesday agreed to sign the Additional Protocol to the Non-Proliferation \
Treaty and to suspend uranium enrichment voluntarily, after talks in Tehran between Hassan Rohani, \
secretary of the Supreme National Security Council, and the foreign ministers of Britain, France and \
Germany, Jack Straw, Dominique de Villepin and Joschka Fischer.

Foreign Minister Kamal Kharrazi said the agreement showed that the Islamic Republic had nothing to hide \
and called on the International Atomic Energy Agency to close Iran's nuclear file.

Hardline students staged a demonstration outside the British embassy on Monday, chanting slogans against \
the talks.

End
""",
    events=[
        (("IRN", "IRNGOV"), ("IGO",) + _EU3, ("080", "081", "086", "0862", "030", "057", "087"),
         "agreed to sign the Additional"),
        (("IRNGOV",), _EU3, ("040", "042", "043", "046"), "after talks in Tehran"),
        (_EU3, ("IRNGOV",), ("040", "042", "043", "046"), "after talks in Tehran"),
        (("IRNGOV",), ("IGO",), ("020", "021", "025", "028", "100"), "called on the International"),
        (("IRNEDU", "IRNCVL", "IRNOPP", "IRN"), ("GBR", "GBRGOV"), ("140", "141", "143", "145"),
         "staged a demonstration"),
    ],
    also=[
        (("IRNGOV",), ("IGO",) + _EU3, ("010", "012", "016"), "had nothing to hide"),
        (("IRN", "IRNGOV"), ("IGO",) + _EU3, ("080", "030", "087"), "Iran to sign Additional"),
        (("IRNEDU", "IRNCVL", "IRNOPP", "IRN"), ("IRNGOV", "GBR", "GBRGOV") + _EU3, ("140", "141", "110",
         "111"),
         "chanting slogans against"),
    ],
    none=["End"],
    parties=[
        ("Hassan Rohani", "Hassan Rohani", ("IRNGOV",)),
        ("Jack Straw", "Jack Straw", ("GBRGOV",)),
        ("Dominique de Villepin", "Dominique de Villepin", ("FRAGOV",)),
        ("Joschka Fischer", "Joschka Fischer", ("DEUGOV",)),
        ("Foreign Minister Kamal Kharrazi", "Kamal Kharrazi", ("IRNGOV",)),
    ],
)

_VENSIDE = ("VENGOV", "VENELI", "VEN")

NTX_CARACAS = Story(
    "notimex_caracas_carmona", "2002-04-12",
    """Chavez forced out; businessman Carmona heads interim government

CARACAS, April 12 (Notimex) - Venezuela's military high command forced President Hugo Chavez to resign \
early on Friday, hours after gunmen opened fire on an opposition march to the Miraflores palace, killing \
at least 13 people, and named Pedro Carmona, the head of the Fedecamaras business federation, to lead a \
transitional government.

Carmona, sworn in at the palace, dissolved the National Assembly and the Supreme Court and suspended the \
1999 constitution.

Mexican President Vicente Fox said Mexico would not recognise the new government until elections were \
held, and the Rio Group of 19 Latin American nations condemned the interruption of constitutional order \
in Venezuela.

Chavez's supporters from the slums of western Caracas clashed with police near the palace late on \
Friday, demanding his return.

U.S. crude oil futures fell $1.05 to $23.31 a barrel in New York.
""",
    events=[
        (("VENMIL",), _VENSIDE, ("170", "172", "174", "175", "100", "1041", "080", "083", "180"),
         "forced President Hugo Chavez"),
        (("VENGOV", "VENBUS", "VENELI", "VEN"), ("VENLEG", "VENJUD", "VEN", "VENGOV"),
         ("170", "172", "174", "175"), "dissolved the National Assembly"),
        (("IGO",), ("VEN", "VENGOV", "VENMIL"), ("110", "111", "112"), "condemned the interruption"),
        (("VENCVL", "VENOPP", "VEN", "VENPTY"), ("VENCOP", "VENGOV"), ("140", "141", "145", "180", "190"),
         "clashed with police"),
        (("VENCOP", "VENGOV"), ("VENCVL", "VENOPP", "VEN", "VENPTY"), ("175", "180", "190", "170"),
         "clashed with police"),
    ],
    also=[
        (("VENUAF", "---UAF", "VENGOV", "VENCVL", "VEN", "VENPTY"), ("VENOPP", "VENCVL", "VEN"),
         ("180", "190", "193", "186"), "gunmen opened fire"),
        (("VENMIL",), ("VENBUS", "VENGOV", "VEN"), ("080", "083", "084", "050"), "named Pedro Carmona"),
        (("MEXGOV",), ("VENGOV", "VEN", "VENMIL", "VENBUS"), ("120", "125", "128", "129", "160"),
         "would not recognise the new"),
        (("VENCVL", "VENOPP", "VEN", "VENPTY"), ("VENGOV", "VENMIL", "VENBUS", "VENCOP"),
         ("100", "104", "1041", "140", "141"), "demanding his return"),
        (("VENMIL",), _VENSIDE, ("170", "172", "174", "100", "180"), "Chavez forced out"),
    ],
    none=["U.S. crude oil futures fell"],
    parties=[
        ("President Hugo Chavez", "Hugo Chavez", ("VENGOV",)),
        ("Pedro Carmona", "Pedro Carmona", ("VENBUS", "VENGOV")),
        ("Mexican President Vicente Fox", "Vicente Fox", ("MEXGOV",)),
    ],
)

EFE_DELARUA = Story(
    "efe_buenosaires_delarua", "2001-12-20",
    """De la Rua resigns as riots sweep Argentina

BUENOS AIRES, Dec 20 (EFE) - Argentine President Fernando de la Rua resigned on Thursday after two days \
of rioting and looting in which at least 22 people were killed, a day after he declared a state of siege \
that thousands of Argentines defied by banging pots and pans in the streets.

Police fired rubber bullets and tear gas at thousands of protesters in the Plaza de Mayo, in front of the \
presidential palace, and arrested more than 1,000 people across the country, the Interior Ministry said.

The International Monetary Fund, which refused this month to release a 1.26 billion dollar loan \
instalment, said it was ready to work with a new government.

Spanish Prime Minister Jose Maria Aznar telephoned acting president Ramon Puerta and offered Spain's \
support.

Argentina's Merval index fell 5 percent before trading was suspended.
""",
    events=[
        (("ARGCOP", "ARGGOV"), ("ARGCVL", "ARGOPP", "ARG", "ARGLAB"), ("175", "170", "180", "190"),
         "Police fired rubber bullets"),
        (("ARGCOP", "ARGGOV"), ("ARGCVL", "ARGOPP", "ARG", "ARGLAB"), ("173", "170"), "arrested more than"),
        (("IGO",), ("ARG", "ARGGOV"), ("030", "031", "036", "032"), "was ready to work"),
        (("ESPGOV",), ("ARGGOV",), ("040", "042", "043"), "telephoned acting president"),
        (("ARGGOV",), ("ESPGOV",), ("040", "042", "043"), "telephoned acting president"),
    ],
    also=[
        (("ARGGOV",), ("ARG", "ARGCVL", "ARGOPP"), ("172", "170"), "declared a state of siege"),
        (("ARGCVL", "ARG", "ARGOPP"), ("ARGGOV",), ("140", "141", "120", "110"), "defied by banging"),
        (("IGO",), ("ARG", "ARGGOV"), ("120", "125", "128", "160", "162", "166"), "which refused this month"),
        (("ESPGOV",), ("ARGGOV", "ARG"), ("030", "031", "033", "050", "051"), "offered Spain's"),
    ],
    none=["Argentina's Merval index"],
    parties=[
        ("President Fernando de la Rua", "Fernando de la Rua", ("ARGGOV",)),
        ("Prime Minister Jose Maria Aznar", "Jose Maria Aznar", ("ESPGOV",)),
        ("acting president Ramon Puerta", "Ramon Puerta", ("ARGGOV",)),
    ],
)

PANA_TAYLOR = Story(
    "pana_monrovia_taylor", "2003-08-11",
    """Taylor hands over power, flies into exile in Nigeria

MONROVIA, Liberia (PANA) - Liberian President Charles Taylor, who has been indicted for war crimes by a \
UN-backed court in Sierra Leone, handed over power to his deputy Moses Blah on Monday and flew into exile \
in Nigeria, which had offered him asylum, in the presence of South African President Thabo Mbeki, \
Ghana's John Kufuor and Mozambique's Joaquim Chissano.

Speaking at the ceremony, Taylor accused the United States of waging a campaign against him and said \
"God willing, I will be back."

Rebels of Liberians United for Reconciliation and Democracy (LURD), who have besieged Monrovia for two \
months, said they would allow West African peacekeepers to take control of the city's port and would pull \
their fighters out of the capital.

The U.S. State Department welcomed Taylor's departure and said three U.S. warships carrying 2,300 Marines \
remained off the Liberian coast.

Taylor launched an insurrection from Ivory Coast in December 1989.
""",
    events=[
        (("LBRGOV",), ("USA", "USAGOV"), ("110", "111", "112"), "accused the United States"),
        (("LBRREB",), ("IGO", "LBR", "NGA", "NGAMIL", "WAFMIL", "WAF"),
         ("080", "086", "0861", "081", "087", "030"),
         "would allow West African peacekeepers"),
    ],
    also=[
        (("NGA", "NGAGOV"), ("LBRGOV", "LBR", "LBRELI"), ("075", "070", "030", "033"),
         "which had offered him"),
        (("LBRGOV",), ("LBRGOV",), ("080", "083", "084"), "handed over power"),
        (("IGO", "SLE", "SLEJUD"), ("LBRGOV",), ("110", "111", "112", "115", "172", "173"),
         "indicted for war"),
        (("LBRREB",), ("LBR", "LBRGOV", "LBRCVL"), ("087", "030", "080"), "would pull"),
        (("LBRREB",), ("LBR", "LBRGOV", "LBRCVL"), ("190", "191", "180", "192"),
         "who have besieged Monrovia"),
        (("USAGOV", "USA"), ("LBRGOV", "LBR", "LBRELI"), ("050", "051", "150", "152"),
         "welcomed Taylor's departure"),
        (("LBRGOV",), ("ZAFGOV", "GHAGOV", "MOZGOV", "NGA"), ("040", "042", "043"), "in the presence of"),
        (("ZAFGOV", "GHAGOV", "MOZGOV"), ("LBRGOV",), ("040", "042", "043"), "in the presence of"),
    ],
    none=["Taylor launched an insurrection"],
    parties=[
        ("President Charles Taylor", "Charles Taylor", ("LBRGOV",)),
        ("President Thabo Mbeki", "Thabo Mbeki", ("ZAFGOV",)),
        ("Ghana's John Kufuor", "John Kufuor", ("GHAGOV",)),
        ("Mozambique's Joaquim Chissano", "Joaquim Chissano", ("MOZGOV",)),
        ("Rebels of Liberians United for Reconciliation and Democracy",
         "Liberians United for Reconciliation and Democracy", ("LBRREB",)),
    ],
)

_GEOOPP = ("GEOOPP", "GEOPTY", "GEOCVL")

ITARTASS_ROSE = Story(
    "itartass_tbilisi_rose", "2003-11-23",
    """Shevardnadze resigns after talks with opposition leaders

TBILISI, November 23 (Itar-Tass) - Georgian President Eduard Shevardnadze resigned on Sunday after talks \
with opposition leaders Mikhail Saakashvili and Zurab Zhvania, brokered by Russian Foreign Minister Igor \
Ivanov, a day after thousands of opposition supporters burst into the parliament building and forced him \
to flee the chamber.

Ivanov, who flew to Tbilisi on Saturday at the request of President Vladimir Putin, met Shevardnadze and \
the opposition leaders and urged both sides to avoid bloodshed.

The leader of the Black Sea autonomous republic of Adzharia, Aslan Abashidze, refused to recognise the \
new authorities in Tbilisi and closed the region's administrative border with the rest of Georgia.

U.S. Secretary of State Colin Powell telephoned Nino Burjanadze, the parliament speaker who is acting \
president, on Sunday and pledged Washington's support for a peaceful transition.
""",
    events=[
        (("GEOGOV",), _GEOOPP, ("040", "042", "043", "046"), "after talks with opposition"),
        (_GEOOPP, ("GEOGOV",), ("040", "042", "043", "046"), "after talks with opposition"),
        (("RUSGOV",), ("GEOGOV",) + _GEOOPP, ("040", "042", "043", "046"), "met Shevardnadze"),
        (("RUSGOV",), ("GEOGOV", "GEO") + _GEOOPP, ("020", "021", "025", "027", "028", "100"),
         "urged both sides"),
        (("GEOGOV", "GEO", "GEOREB", "GEOOPP", "GEOLEG"), ("GEOGOV", "GEO") + _GEOOPP,
         ("120", "125", "128", "129", "160", "161"), "refused to recognise the"),
        (("USAGOV",), ("GEOGOV", "GEOLEG"), ("040", "042", "043"), "telephoned Nino Burjanadze"),
        (("GEOGOV", "GEOLEG"), ("USAGOV",), ("040", "042", "043"), "telephoned Nino Burjanadze"),
    ],
    also=[
        (("RUSGOV",), ("GEOGOV", "GEO") + _GEOOPP, ("040", "042", "043", "046"), "brokered by Russian"),
        (_GEOOPP, ("GEOGOV", "GEOLEG"), ("140", "141", "145", "180", "171"), "burst into the parliament"),
        (_GEOOPP, ("GEOGOV", "GEOLEG"), ("140", "141", "145", "180", "171"), "forced him"),
        (("RUSGOV",), ("GEO", "GEOGOV"), ("042", "043"), "who flew to Tbilisi"),
        (("GEOGOV",) + _GEOOPP, ("RUSGOV",), ("040", "042", "043", "046"), "met Shevardnadze"),
        (("GEOGOV", "GEO", "GEOREB", "GEOOPP", "GEOLEG"), ("GEOGOV", "GEO") + _GEOOPP,
         ("160", "161", "163", "170", "172", "174"), "closed the region's"),
        (("USAGOV",), ("GEOGOV", "GEOLEG", "GEO"), ("030", "031", "032", "050", "051"),
         "pledged Washington's"),
    ],
    none=[],
    parties=[
        ("President Eduard Shevardnadze", "Eduard Shevardnadze", ("GEOGOV",)),
        ("Mikhail Saakashvili", "Mikhail Saakashvili", _GEOOPP),
        ("Foreign Minister Igor Ivanov", "Igor Ivanov", ("RUSGOV",)),
        ("Aslan Abashidze", "Aslan Abashidze", ("GEOGOV", "GEO", "GEOOPP")),
        ("Nino Burjanadze", "Nino Burjanadze", ("GEOGOV", "GEOLEG")),
    ],
)

_CHECHEN = ("RUSREB", "RUSUAF", "RUSINS", "RUSOPP")

INTERFAX_BESLAN = Story(
    "interfax_beslan_school", "2004-09-03",
    """Special forces storm Beslan school; many children among dead

BESLAN, North Ossetia, September 3 (Interfax) - Russian special forces on Friday stormed a school in the \
North Ossetian town of Beslan where Chechen and Ingush militants had held more than 1,100 hostages, most \
of them children, for three days, after explosions and gunfire broke out inside the building, a spokesman \
for the Federal Security Service said.

At least 200 people died and more than 700 were wounded, according to the North Ossetian health \
ministry.

The hostage takers had demanded the withdrawal of Russian troops from Chechnya and the release of \
fighters detained after raids in neighbouring Ingushetia in June.

UN Secretary-General Kofi Annan condemned the hostage-taking as a heinous act, and US President George W. \
Bush telephoned President Vladimir Putin to offer condolences and assistance.

Ethnic Ossetians in the republic, most of them Orthodox Christians, have long had a territorial dispute \
with the neighbouring Ingush.
""",
    events=[
        (("RUSMIL", "RUSSPY", "RUSGOV", "RUSCOP"), _CHECHEN, ("190", "180", "193", "171", "186"),
         "stormed a school"),
        (_CHECHEN, ("RUS", "RUSGOV", "RUSMIL"), ("100", "101", "102", "105", "1052", "1051"),
         "had demanded the withdrawal"),
        (("USAGOV",), ("RUSGOV",), ("040", "042", "043"), "telephoned President Vladimir"),
        (("RUSGOV",), ("USAGOV",), ("040", "042", "043"), "telephoned President Vladimir"),
    ],
    also=[
        (_CHECHEN, ("RUSCVL", "RUSEDU", "RUS"), ("181", "180"), "had held more than"),
        (("IGO",), _CHECHEN, ("110", "111", "112"), "condemned the hostage-taking"),
        (("USAGOV",), ("RUSGOV", "RUS"), ("030", "031", "033", "018", "050", "070", "071"),
         "to offer condolences"),
        (("RUSMIL", "RUSSPY", "RUSGOV", "RUSCOP"), _CHECHEN, ("190", "180", "193", "171"),
         "Special forces storm Beslan"),
    ],
    none=["Ethnic Ossetians in the republic"],
    parties=[
        ("Secretary-General Kofi Annan", "Kofi Annan", ("IGO",)),
        ("President Vladimir Putin", "Vladimir Putin", ("RUSGOV",)),
        ("Chechen and Ingush militants", "militants", _CHECHEN),
    ],
)

SANA_RAYAK = Story(
    "sana_damascus_withdrawal", "2005-04-26",
    """Syrian forces complete withdrawal from Lebanon

DAMASCUS, April 26 (SANA) - The last Syrian troops and intelligence officers left Lebanon on Tuesday, \
ending a 29-year military presence, in line with the Taif agreement and U.N. Security Council resolution \
1559, and President Bashar al-Assad sent a message to Lebanese President Emile Lahoud pledging that \
Syria would stand by Lebanon.

In Beirut, thousands of opposition supporters gathered in Martyrs' Square to celebrate the departure and \
demanded the resignation of pro-Syrian security chiefs over the killing of former Prime Minister Rafik \
Hariri on February 14.

U.N. envoy Terje Roed-Larsen will send a verification team to confirm the withdrawal, a U.N. spokesman in \
New York said.

Syrian troops entered Lebanon in 1976 as part of an Arab peacekeeping force.
""",
    events=[
        (("SYRMIL", "SYR", "SYRSPY", "SYRGOV"), ("LBN", "LBNGOV"), ("087", "080", "0874"),
         "left Lebanon on Tuesday"),
        (("SYRGOV",), ("LBNGOV", "LBN"), ("030", "031", "032", "040", "041", "010", "051", "057"),
         "sent a message to Lebanese"),
        (("LBNOPP", "LBNCVL", "LBN", "LBNPTY"), ("LBNGOV", "LBNSPY", "LBNCOP", "LBNMIL", "LBN"),
         ("100", "104", "1041", "140", "141"), "demanded the resignation"),
    ],
    also=[
        (("LBNOPP", "LBNCVL", "LBN", "LBNPTY"), ("LBNGOV", "SYR", "LBN"), ("140", "141"),
         "gathered in Martyrs'"),
        (("IGO",), ("SYR", "LBN", "SYRMIL"), ("030", "031", "036", "086", "090", "091"), "will send a"),
        (("SYRMIL", "SYR", "SYRGOV"), ("LBN", "LBNGOV"), ("087", "080"), "complete withdrawal from Lebanon"),
    ],
    none=["Syrian troops entered Lebanon in 1976"],
    parties=[
        ("President Bashar al-Assad", "Bashar al-Assad", ("SYRGOV",)),
        ("President Emile Lahoud", "Emile Lahoud", ("LBNGOV",)),
        ("envoy Terje Roed-Larsen", "Terje Roed-Larsen", ("IGO",)),
    ],
)

_NPLK = ("NPLGOV", "NPLROY", "NPLELI", "NPL")
_NPLPOL = ("NPLGOV", "NPLPTY", "NPLOPP", "NPLLEG", "NPLELI")

PTI_GYANENDRA = Story(
    "pti_kathmandu_gyanendra", "2005-02-01",
    """King Gyanendra sacks Deuba government, declares emergency

KATHMANDU, Feb 1 (PTI) King Gyanendra on Tuesday dismissed the government of Prime Minister Sher Bahadur \
Deuba and declared a state of emergency, and the army detained Deuba and several senior political \
leaders, cut telephone lines and deployed troops on the streets of the capital.

In a televised address, the King accused the political parties of failing to hold elections and to curb \
the Maoist insurgency, and said he would head a new council of ministers for three years.

The External Affairs Ministry in New Delhi said the move was a serious setback to democracy in Nepal and \
urged the King to restore multiparty democracy at the earliest.

The Communist Party of Nepal (Maoist) called a three-day general strike across the country from \
Wednesday.

The Nepali rupee was unchanged against the Indian rupee.
""",
    events=[
        (_NPLK, ("NPL", "NPLCVL", "NPLGOV", "NPLPTY"), ("172", "170", "174"),
         "declared a state of emergency"),
        (("NPLMIL",) + _NPLK, _NPLPOL, ("173", "170"), "the army detained Deuba"),
        (_NPLK, ("NPLPTY", "NPLOPP", "NPLLEG", "NPLGOV"), ("110", "111", "112"), "accused the political"),
        (("INDGOV", "IND"), _NPLK, ("020", "021", "025", "028", "100", "104"), "urged the King"),
    ],
    also=[
        (_NPLK, _NPLPOL, ("170", "172", "174", "175"), "dismissed the government"),
        (_NPLK, _NPLPOL, ("170", "172", "174", "175"), "King Gyanendra sacks"),
        (_NPLK, ("NPL", "NPLCVL"), ("172", "170", "174"), "declares emergency"),
        (("NPLMIL",) + _NPLK, ("NPL", "NPLCVL") + _NPLPOL, ("150", "152", "172", "170", "174"),
         "deployed troops"),
        (("NPLMIL",) + _NPLK, ("NPL", "NPLCVL") + _NPLPOL, ("170", "172", "174"), "cut telephone lines"),
        (("INDGOV", "IND"), _NPLK, ("110", "111", "112", "012"), "serious setback"),
        (("NPLREB",), ("NPL", "NPLGOV", "NPLCVL") + _NPLK, ("140", "143", "144"), "called a three-day"),
    ],
    none=["The Nepali rupee was unchanged"],
    parties=[
        ("King Gyanendra on Tuesday", "King Gyanendra", _NPLK),
        ("Prime Minister Sher Bahadur Deuba", "Sher Bahadur Deuba", ("NPLGOV",)),
        ("The Communist Party of Nepal (Maoist)", "Communist Party of Nepal", ("NPLREB",)),
    ],
)

_UZBC = ("UZBCVL", "UZBOPP", "UZB", "UZBREB")

INTERFAX_ANDIJAN = Story(
    "interfax_tashkent_andijan", "2005-05-13",
    """Uzbek troops fire on crowd in Andijan

TASHKENT, May 13 (Interfax) - Uzbek government troops on Friday opened fire on thousands of people who \
had gathered on the main square of the eastern city of Andijan after armed men stormed the city's prison \
overnight and freed 23 local businessmen on trial for religious extremism, witnesses told Interfax by \
telephone.

President Islam Karimov, who flew to Andijan to direct the operation, blamed Islamic extremists for the \
unrest and rejected their demand for the release of the jailed men.

Hundreds of Uzbeks fleeing the violence tried to cross into Kyrgyzstan, where border guards set up a \
tent camp near the village of Barash, a Kyrgyz Emergencies Ministry spokesman said.

British Foreign Secretary Jack Straw said there had been a clear abuse of human rights, and the European \
Union called on Tashkent to allow an independent inquiry into the killings.

The Andijan region lies in the Fergana Valley, which Uzbekistan shares with Kyrgyzstan and Tajikistan.
""",
    events=[
        (("UZBMIL", "UZBGOV"), _UZBC, ("180", "190", "193", "195", "175", "186"), "opened fire on thousands"),
        (("UZBGOV",), ("UZBREB", "UZBUAF", "UZBRAD", "UZB", "UZBOPP", "UZBINS"), ("110", "111", "112"),
         "blamed Islamic extremists"),
        (("UZBGOV",), ("UZBREB", "UZBUAF", "UZBRAD", "UZB", "UZBOPP", "UZBINS"), ("120", "125", "128", "129"),
         "rejected their demand"),
        (("IGO",), ("UZB", "UZBGOV"), ("020", "021", "025", "028", "100", "086"), "Union called on Tashkent"),
    ],
    also=[
        (("UZBREB", "UZBUAF", "---UAF", "UZBRAD", "UZBINS", "UZB", "UZBCVL"), ("UZBGOV", "UZB", "UZBCOP",
         "UZBJUD"),
         ("190", "180", "171", "145"), "armed men stormed"),
        (("UZBREB", "UZBUAF", "---UAF", "UZBRAD", "UZBINS", "UZB", "UZBCVL"), ("UZBGOV", "UZB", "UZBCOP",
         "UZBJUD"),
         ("0841", "084", "180", "190"), "freed 23 local businessmen"),
        (("GBRGOV",), ("UZB", "UZBGOV", "UZBMIL"), ("110", "111", "112"), "clear abuse of human rights"),
        (("KGZ", "KGZGOV", "KGZMIL"), ("UZB", "UZBCVL"), ("070", "073", "075", "030"), "set up a"),
        (("UZBMIL", "UZBGOV"), _UZBC, ("180", "190", "193", "195", "175"), "Uzbek troops fire on crowd"),
    ],
    none=["The Andijan region lies"],
    parties=[
        ("President Islam Karimov", "Islam Karimov", ("UZBGOV",)),
        ("Foreign Secretary Jack Straw", "Jack Straw", ("GBRGOV",)),
    ],
)


STORIES: list[Story] = [IRNA_VINCENNES, ANSA_LAURO, TASS_TRIPOLI, AP_OVERRIDE, AP_JABALIYA, UPI_MALACANANG,
                        AFP_DUVALIER, EFE_PLEBISCITE, EFE_ASUNCION, TASS_GENEVA, XINHUA_PULLOUT,
                        XINHUA_HAINAN, PTI_SAMJHAUTA, KCNA_NPT, REUTERS_WMD, IRNA_EU3, NTX_CARACAS,
                        EFE_DELARUA, PANA_TAYLOR, ITARTASS_ROSE, INTERFAX_BESLAN, SANA_RAYAK, PTI_GYANENDRA,
                        INTERFAX_ANDIJAN]


if __name__ == "__main__":
    main(STORIES, "stories33")
