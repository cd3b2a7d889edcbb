"""GSR-style probes of the fortieth session (wip/lead42): DOMESTIC and cross-border acts whose parties are
SECTOR agents, the part of a triple the exact match is most often lost on: police and security forces,
courts and judges, parliaments and deputies, opposition parties and their leaders, students, unions and
strikers, journalists and newspapers, businessmen, clergy, refugees, villagers and civilians, national and
international NGOs, and IGO bodies; in every region, as the era's wires carried them (1985-2005 copy,
dated 2000-01-01 as the real-news GSR records are). Written blind.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). The accepted actor codes
follow the written conventions of docs/actors.md (security forces MIL, police COP, students EDU, workers
and unions LAB, journalists and newspapers MED, villagers and residents CVL, a court JUD, deputies LEG,
opposition parties and their leaders OPP, a ruling party GOV, clergy and churches REL or the faith's code).
Each batch was committed before the coder was run on it; no rule of this session was written after reading
it.

First run (batch 1, 45 rows, main de39128c = the branch's start, committed 8a4e123a), country + root / actor +
root / actor + code: 33 / 30 / 30. Seven rows were then corrected as writing errors by the project's written
conventions, not by the coder's answer: a sentence passed by a court is 116 (event_lexicon.tsv, "sentence"),
rebels and police who shoot people keep 19x (docs/events.md, 18 / 19 borderline; irregular_violence only
recodes UAF and CRM), and a state named bare ("Israel on Tuesday ordered", "China jailed") is its country
(ISR, CHN); with them, main reads 38 / 36 / 36. Misses, as classes: a court named by its field ("an Iranian
press court") coded as the press; a named outlet ("the reformist daily Neshat", the kind noun read as an
adverb) and its closure coded against no one; refugees "forced back across the border" (no row); a crowd
that "occupied the parliament building" coded as taking ground (192); a strike "to pressure President Chavez
to resign" aimed at the country; "passed a vote of no confidence" and "stripped ... of their immunity" (no
rows); a university "on the occupied West Bank" placed by the dateline (Israel). Final 43 / 42 / 42 after the
fixes in test_lead42.py (the Duma row, written 110, accepts 172 by the convention of "unseated in a vote of
no confidence"; three strict gaps in test_probes_lead42.py).

Batch 2 (28 rows), written after those fixes and committed (1586ef06) before the coder ran on it: first run
on the branch 26 / 25 / 25 (main de39128c: 25 / 24 / 24; the row the branch gains is the daily Sud Quotidien's
copies seized). Misses: a police storming of a dormitory coded as force (190) in place of the beatings and
arrests its participles tell; "right-wing paramilitaries" coded as the state's (MIL); a court's ruling in a
that-clause ("ruled that ... dissolution of parliament was unconstitutional"), no event. The third led to the
court rows ("struck down", "overturned", "declared void": 111, never an air strike, which main coded for
"struck down the president's decree") and to "ruled that" read as a court's speech: final 27 / 26 / 26, the
other two strict gaps.

Batch 3 (18 rows), written after those fixes and committed (aaa13f4f) before the coder ran on it: first run
on the branch 16 / 11 / 11 (main de39128c the same). Two rows corrected as writing errors by the written
conventions (Iran named bare is IRN; truck drivers are CVL, and their protest, addressed to no one, is aimed
at their own country): 17 / 13 / 13. Misses: "the British Broadcasting Corporation" coded as a business (its
"corporation"); "a reputed drug lord wanted in the United States" no one, the arrest then placed in the
United States; a ruling that Pinochet "could be extradited" (modal, no event); troops storming the Golden
Temple "to flush out Sikh militants" aimed at the shrine; and a row whose date contradicts its lead (the ANC
in opposition, dated 2000). Final 17 / 15 / 15 after the first two fixes; the other three are strict gaps.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_MEET = ('040', '041', '042', '043', '044', '046', '036')
_APPEAL = ('020', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233', '0234',
           '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255', '0256',
           '026', '027', '028')
_DEMAND = ('100', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '1034',
           '104', '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056',
           '106', '107', '108')
_DISAPPROVE = ('110', '111', '112', '1121', '1122', '1123', '1124', '1125', '114', '115', '116')
_PROTEST = ('140', '141', '1411', '1412', '1413', '1414', '142', '1421', '1422', '1423', '1424', '143',
            '1431', '1432', '1433', '1434', '144', '1441', '1442', '1443', '1444', '145', '1451', '1452',
            '1453', '1454')
_COERCE = ('170', '171', '1711', '1712', '172', '1721', '1722', '1723', '1724', '173', '174', '175',
           '176')
_ASSAULT = ('180', '181', '182', '1821', '1822', '1823', '183', '1831', '1832', '1833', '184', '185',
            '186')
_FIGHT = ('190', '191', '192', '193', '194', '195', '1951', '196')
_YIELD = ('080', '081', '0811', '0812', '0813', '0814', '082', '083', '0831', '0832', '0833', '0834',
          '084', '0841', '0842', '085', '086', '0861', '0862', '0863', '087', '0871', '0872', '0873',
          '0874')
_REJECT = ('120', '121', '122', '123', '124', '1241', '1242', '1243', '1244', '1245', '1246', '125',
           '126', '127', '128', '129')
_PRAISE = ('050', '051', '052', '053', '054', '055', '056', '057')
_AID = ('070', '071', '072', '073', '074', '075', '033', '0331', '0332', '0333', '0334')
_INVESTIGATE = ('090', '091', '092', '093', '094')
_THREATEN = ('130', '131', '1311', '1312', '1313', '132', '133', '134', '135', '136', '137', '138',
             '1381', '1382', '1383', '1384', '1385', '139')


LEAD42: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('KORCOP',), ('KOREDU',), _COERCE + _ASSAULT,
     'SEOUL (Reuters) - South Korean riot police fired tear gas on Tuesday to break up a rally by about '
     '3,000 students demanding the release of jailed dissidents.'),
    (('KOREDU',), ('KORGOV',), _DEMAND + _PROTEST,
     'SEOUL (AP) - Thousands of students at Yonsei University rallied on Friday to demand the resignation '
     'of the government of President Chun Doo-hwan.'),
    (('ZAFCOP',), ('ZAFCVL', 'ZAF'), _ASSAULT + _COERCE + _FIGHT,
     'JOHANNESBURG (Reuters) - South African police shot dead four black residents of Soweto township on '
     'Sunday during clashes over rent increases, a police spokesman said.'),
    (('PAKJUD',), ('PAKELI', 'PAKOPP', 'PAK'), _COERCE + ('116',),
     'ISLAMABAD (Reuters) - A Pakistani court on Wednesday sentenced former prime minister Nawaz Sharif to '
     'life imprisonment on charges of hijacking and terrorism.'),
    (('EGYJUD', 'EGYMIL', 'EGYMILJUD'),
     ('EGYMOS', 'EGYREB', 'EGYUAF', 'EGY', 'EGYMOSREB', 'EGYMOSUAF'), _COERCE + ('116',),
     'CAIRO (AFP) - An Egyptian military court on Monday sentenced eight Moslem militants to death for '
     'plotting attacks on tourists.'),
    (('TURLEG',), ('TUROPP', 'TURLEG', 'TUR', 'TURKRD', 'TURLEGKRD'),
     _COERCE + ('160', '161', '172', '1721', '1722', '1723'),
     'ANKARA (Reuters) - The Turkish parliament on Thursday stripped six Kurdish deputies of their '
     'immunity, clearing the way for their trial on charges of separatism.'),
    (('MEXOPP',), ('MEXGOV',), _DISAPPROVE + _DEMAND,
     'MEXICO CITY (Reuters) - Mexico\'s main opposition party, the National Action Party, on Monday accused '
     'the ruling party of massive fraud in the state elections in Chihuahua.'),
    (('KENOPP',), ('KENGOV', 'KENJUD'), _DISAPPROVE + _REJECT,
     'NAIROBI (AP) - Kenyan opposition leader Mwai Kibaki on Saturday rejected the results of the '
     'presidential election, charging that the government had rigged the vote.'),
    (('POLLAB',), ('POLGOV',), _PROTEST + _DEMAND,
     'WARSAW (Reuters) - Thousands of workers at the Ursus tractor plant went on strike on Tuesday to '
     'protest against government plans to privatise the factory.'),
    (('NGALAB',), ('NGAGOV', 'NGAMIL'), _PROTEST + _THREATEN + _DEMAND,
     'LAGOS (Reuters) - Nigeria\'s main oil workers\' union threatened on Monday to call a nationwide strike '
     'unless the military government released its jailed leaders.'),
    (('IRNJUD', 'IRNGOV'), ('IRNMED',), _COERCE,
     'TEHRAN (Reuters) - An Iranian press court on Sunday ordered the closure of the reformist daily '
     'Neshat for publishing articles critical of Islamic law.'),
    (('TURCOP', 'TURGOV'), ('TURMED', 'TURKRDMED', 'TURKRD'), _COERCE,
     'ISTANBUL (AFP) - Turkish police detained 12 journalists of a pro-Kurdish newspaper on Wednesday in '
     'raids on its offices in Istanbul, the paper said.'),
    (('NGO',), ('RWAGOV', 'RWA'), _APPEAL + _DEMAND + _DISAPPROVE,
     'LONDON (Reuters) - Amnesty International on Thursday urged the Rwandan government to stop the '
     'summary executions of suspected Hutu rebels in the northwest.'),
    (('NGO',), ('SDNCVL', 'SDNREF', 'SDN'), _AID,
     'KHARTOUM (AFP) - The International Committee of the Red Cross on Monday began airlifting food to '
     'thousands of displaced people in southern Sudan.'),
    (('IGOUNOREF', 'IGOUNO', 'IGO'), ('RWAREF', 'RWA'), _AID + ('0234',),
     'GOMA, Zaire (Reuters) - The U.N. refugee agency on Friday started moving Rwandan refugees to new '
     'camps away from the border after attacks by militiamen.'),
    (('THAMIL',), ('MMRREF', 'MMRCVL', 'MMR'), _COERCE + ('174',),
     'BANGKOK (Reuters) - Thai soldiers forced more than 900 Burmese refugees back across the border on '
     'Tuesday, a human rights group said.'),
    (('IRQMIL',), ('IRQCVL', 'IRQ', 'IRQKRD', 'IRQKRDCVL'), _ASSAULT + _FIGHT,
     'ANKARA (Reuters) - Iraqi troops shelled Kurdish villages in northern Iraq on Wednesday, killing at '
     'least 15 civilians, Kurdish sources said.'),
    (('INDCOP', 'INDMIL'), ('INDREB', 'INDUAF', 'IND', 'INDMOS'), _ASSAULT + _FIGHT,
     'SRINAGAR, India (Reuters) - Indian security forces killed six Moslem militants in a gunbattle in '
     'Kashmir on Thursday, police said.'),
    (('LKAREB',), ('LKAMIL',), _ASSAULT + _FIGHT,
     'COLOMBO (Reuters) - Tamil Tiger guerrillas ambushed an army patrol in the north of Sri Lanka on '
     'Sunday, killing 12 soldiers, military officials said.'),
    (('PERREB',), ('PERCOP',), _ASSAULT + _FIGHT,
     'LIMA (AP) - Shining Path guerrillas blew up a police station in the Andean town of Huanta on Friday, '
     'killing three policemen.'),
    (('COLREB',), ('COLLEG', 'COLGOV', 'COL'), _COERCE + ('181',),
     'BOGOTA (Reuters) - Leftist guerrillas kidnapped a Colombian senator on Monday as he travelled to his '
     'farm in the northern province of Cesar, police said.'),
    (('PHLMIL', 'PHLGOV'), ('PHLREB', 'PHLMOSREB', 'PHLMOS'), _FIGHT + _ASSAULT,
     'MANILA (Reuters) - Philippine troops backed by helicopter gunships attacked a Moro Islamic Liberation '
     'Front camp in the south on Tuesday, the military said.'),
    (('DZAUAF', 'DZAREB', 'DZAMOS', 'DZAMOSREB', 'DZAMOSUAF', 'DZA'), ('DZACVL', 'DZA'), _ASSAULT + ('190',),
     'ALGIERS (Reuters) - Suspected Moslem rebels killed 17 villagers in an overnight raid south of '
     'Algiers, security sources said on Thursday.'),
    (('CHN', 'CHNGOV', 'CHNJUD'), ('CHNOPP', 'CHNCVL', 'CHN'), _COERCE,
     'BEIJING (Reuters) - China on Wednesday jailed a prominent dissident for 11 years on charges of '
     'subverting the state, his family said.'),
    (('CUBGOV', 'CUBCOP'), ('CUBOPP', 'CUBMED', 'CUB'), _COERCE,
     'HAVANA (AP) - Cuban authorities arrested four independent journalists on Friday in a crackdown on '
     'dissidents, human rights activists said.'),
    (('VATGOV', 'VAT'), ('CUBGOV',), _APPEAL + _DEMAND,
     'VATICAN CITY (Reuters) - Pope John Paul on Sunday urged the Cuban government to free political '
     'prisoners and allow the church greater freedom.'),
    (('HTIREL', 'HTICHR', 'HTICHRCTH', 'HTICTH', 'HTI'), ('HTIMIL', 'HTIGOV'), _DISAPPROVE,
     'PORT-AU-PRINCE (Reuters) - Haiti\'s Roman Catholic bishops on Sunday condemned the army for a wave of '
     'killings and arrests in the slums of the capital.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSEEDU', 'PSE'), _COERCE + ('1011', '1622', '163'),
     'JERUSALEM (Reuters) - Israel on Tuesday ordered the closure of Bir Zeit University on the occupied '
     'West Bank for three months after student protests.'),
    (('GBRCOP',), ('IRLREB', 'GBRREB'), _COERCE,
     'BELFAST (Reuters) - Police in Northern Ireland arrested four suspected IRA guerrillas on Monday after '
     'finding a large bomb in a van near the border.'),
    (('ESPCOP',), ('ESPREB',), _COERCE,
     'MADRID (Reuters) - Spanish police on Wednesday arrested three suspected members of the Basque '
     'separatist group ETA in a raid in San Sebastian.'),
    (('FRACOP', 'FRAGOV'), ('DZAREB', 'DZAMOSREB', 'DZAMOS', 'DZAUAF', 'DZAMOSUAF'), _COERCE,
     'PARIS (Reuters) - French police on Tuesday arrested 17 people suspected of links with the Algerian '
     'Armed Islamic Group in dawn raids around Paris and Lyon.'),
    (('USAJUD',), ('PANELI', 'PANGOV', 'PAN', 'PANMIL'), _COERCE + ('116',),
     'MIAMI (Reuters) - A U.S. federal judge on Thursday sentenced former Panamanian leader Manuel Noriega '
     'to 40 years in prison on drug trafficking charges.'),
    (('ARGJUD',), ('ARGMIL', 'ARGELI'), _COERCE + _INVESTIGATE,
     'BUENOS AIRES (Reuters) - An Argentine federal judge on Monday ordered the arrest of a retired general '
     'for the kidnapping of babies born to political prisoners during military rule.'),
    (('CHLLEG',), ('CHLELI', 'CHLMIL', 'CHLLEG', 'CHL'), _DISAPPROVE + _DEMAND,
     'SANTIAGO (Reuters) - Chilean congressmen on Wednesday demanded that General Augusto Pinochet give up '
     'his seat as senator for life.'),
    (('RUSLEG',), ('RUSGOV',), _DISAPPROVE + ('110', '1123', '161', '172'),
     'MOSCOW (Reuters) - The Russian Duma on Friday passed a vote of no confidence in the government of '
     'Prime Minister Viktor Chernomyrdin.'),
    (('UKRLAB',), ('UKRGOV',), _PROTEST + _DEMAND,
     'KIEV (Reuters) - Ukrainian coal miners went on strike on Monday demanding that the government pay '
     'months of back wages, union officials said.'),
    (('BGDOPP',), ('BGDGOV',), _PROTEST + _DEMAND,
     'DHAKA (Reuters) - Bangladesh\'s opposition parties called a nationwide general strike on Sunday to '
     'press their demand for the resignation of Prime Minister Khaleda Zia.'),
    (('VENBUS', 'VENLAB'), ('VENGOV',), _PROTEST + _DEMAND,
     'CARACAS (Reuters) - Venezuela\'s main business federation and the biggest labour union on Thursday '
     'called a general strike to pressure President Hugo Chavez to resign.'),
    (('IDNEDU',), ('IDNGOV',), _PROTEST + _DEMAND,
     'JAKARTA (Reuters) - Thousands of Indonesian students occupied the parliament building on Tuesday, '
     'demanding that President Suharto step down.'),
    (('IDNMIL', 'IDNCOP'), ('IDNEDU',), _ASSAULT + _COERCE,
     'JAKARTA (AP) - Indonesian troops opened fire on student demonstrators at Trisakti University on '
     'Tuesday, killing four of them, witnesses said.'),
    (('ZWEGOV',), ('ZWEJUD',), _DISAPPROVE + _REJECT + _COERCE,
     'HARARE (Reuters) - Zimbabwe\'s government on Monday said it would ignore a Supreme Court ruling that '
     'the seizure of white-owned farms was illegal.'),
    (('ZWEAGR', 'ZWECVL', 'ZWE'), ('ZWEGOV',), _APPEAL + _DEMAND,
     'HARARE (AFP) - White farmers in Zimbabwe on Wednesday appealed to the government to halt the '
     'occupation of their farms by veterans of the liberation war.'),
    (('SRBCOP',), ('SRBOPP', 'SRBEDU', 'SRB'), _COERCE + _ASSAULT,
     'BELGRADE (Reuters) - Serbian police beat opposition demonstrators with batons on Saturday as they '
     'marched towards the state television building.'),
    (('ALBCVL', 'ALB', 'ALBOPP'), ('ALBGOV',), _PROTEST + _DEMAND,
     'TIRANA (Reuters) - Thousands of Albanians who lost their savings in collapsed pyramid schemes '
     'protested in Vlore on Saturday, demanding compensation from the government.'),
    (('NICGOV',), ('NICMED', 'NICREL', 'NICCHR', 'NICCHRCTH'), _COERCE,
     'MANAGUA (Reuters) - Nicaragua\'s Sandinista government on Thursday closed the Roman Catholic church\'s '
     'radio station for failing to broadcast a speech by President Daniel Ortega.'),
]


LEAD42B: list[Row] = [
    # batch 2: written after the first fixes, committed before the coder was run on it
    (('MYSCOP', 'MYSGOV'), ('MYSOPP', 'MYS'), _COERCE,
     'KUALA LUMPUR (Reuters) - Malaysian police on Saturday arrested 14 opposition activists under the '
     'Internal Security Act, accusing them of plotting violent protests.'),
    (('MYSOPP',), ('MYSGOV',), _DISAPPROVE + _DEMAND,
     'KUALA LUMPUR (AFP) - Malaysia\'s opposition on Sunday condemned the arrests and demanded that the '
     'government free the detainees or charge them in court.'),
    (('KENJUD',), ('KENOPP', 'KENLEG', 'KEN'), _COERCE + ('116',),
     'NAIROBI (Reuters) - A Kenyan magistrate on Tuesday jailed an opposition member of parliament for six '
     'months for insulting President Daniel arap Moi.'),
    (('GHALAB',), ('GHAGOV',), _PROTEST + _DEMAND + _THREATEN,
     'ACCRA (Reuters) - Ghana\'s Trades Union Congress on Monday threatened a nationwide strike if the '
     'government went ahead with a 60 percent increase in fuel prices.'),
    (('BRALAB', 'BRAAGR', 'BRA'), ('BRAGOV', 'BRA', 'BRAAGR', 'BRABUS'),
     _PROTEST + _COERCE + ('192', '1711'),
     'SAO PAULO (Reuters) - Landless peasants occupied a large cattle ranch in the state of Para on Sunday '
     'to press the government for land reform, the Landless Workers Movement said.'),
    (('BRACOP', 'BRAMIL'), ('BRAAGR', 'BRA', 'BRALAB'), _ASSAULT + _COERCE + _FIGHT,
     'BRASILIA (Reuters) - Military police in Brazil shot dead 19 landless peasants who were blocking a '
     'highway in the Amazon state of Para, officials said.'),
    (('BGDJUD',), ('BGDELI', 'BGDOPP', 'BGD'), _COERCE + ('116',),
     'DHAKA (Reuters) - A Bangladeshi court on Wednesday issued an arrest warrant for former military ruler '
     'Hussain Mohammad Ershad on corruption charges.'),
    (('IRNEDU',), ('IRNGOV', 'IRNJUD'), _PROTEST + _DEMAND,
     'TEHRAN (Reuters) - Thousands of Iranian students marched in Tehran on Sunday to protest against the '
     'closure of a reformist newspaper by the judiciary.'),
    (('IRNCOP', 'IRNUAF', 'IRNGOV'), ('IRNEDU',), _ASSAULT + _COERCE,
     'TEHRAN (AP) - Police and hardline vigilantes stormed a Tehran University dormitory before dawn on '
     'Friday, beating students and arresting dozens, witnesses said.'),
    (('EGYGOV', 'EGYCOP'), ('EGYREL', 'EGYMOS', 'EGYOPP', 'EGY', 'EGYMOSOPP'), _COERCE,
     'CAIRO (Reuters) - Egyptian authorities on Monday detained 20 members of the outlawed Moslem '
     'Brotherhood, including two former members of parliament, security sources said.'),
    (('DZAMOS', 'DZAOPP', 'DZAREB', 'DZAMOSOPP', 'DZAMOSREB'), ('DZAGOV',), _DISAPPROVE + _REJECT,
     'ALGIERS (Reuters) - Algeria\'s banned Islamic Salvation Front on Tuesday rejected the government\'s '
     'offer of talks and called for a boycott of the presidential election.'),
    (('SENGOV', 'SENCOP'), ('SENMED',), _COERCE,
     'DAKAR (Reuters) - Senegalese authorities on Thursday seized all copies of the independent daily Sud '
     'Quotidien over a report on the army, the paper\'s editor said.'),
    (('NGO',), ('CHNGOV', 'CHN'), _DISAPPROVE + _APPEAL + _DEMAND,
     'HONG KONG (Reuters) - Human Rights Watch on Wednesday accused Chinese authorities of torturing Tibetan '
     'monks and nuns held in Lhasa\'s Drapchi prison.'),
    (('IGOUNO', 'IGO'), ('MMRGOV', 'MMRMIL', 'MMR'), _DISAPPROVE + _APPEAL + _DEMAND,
     'GENEVA (Reuters) - The U.N. Commission on Human Rights on Friday condemned Burma\'s military rulers '
     'for forced labour and the persecution of ethnic minorities.'),
    (('IGO', 'IGOUNO'), ('SLEREF', 'SLECVL', 'SLE'), _AID,
     'FREETOWN (Reuters) - The World Food Programme on Monday began distributing food to 50,000 displaced '
     'people in eastern Sierra Leone for the first time in a year.'),
    (('UGAREB', 'UGAUAF'), ('UGAEDU', 'UGACVL', 'UGA'), _ASSAULT + ('181', '190'),
     'KAMPALA (Reuters) - Rebels of the Lord\'s Resistance Army abducted 40 schoolchildren from a boarding '
     'school in northern Uganda on Sunday, the army said.'),
    (('COLUAF', 'COLREB'), ('COLLAB', 'COLCVL', 'COL'), _ASSAULT + ('190',),
     'BOGOTA (Reuters) - Right-wing paramilitaries shot dead three trade union leaders in the oil town of '
     'Barrancabermeja, the country\'s main labour federation said on Monday.'),
    (('ISRMIL',), ('PSEMED', 'PSE', 'PSECVL'), _COERCE + _ASSAULT,
     'GAZA (Reuters) - Israeli troops on Tuesday detained two Palestinian journalists working for Reuters '
     'near the Jewish settlement of Netzarim, witnesses said.'),
    (('TURMIL',), ('IRQREB', 'TURREB', 'IRQKRD', 'TURKRD', 'IRQ'), _FIGHT + _ASSAULT,
     'ANKARA (Reuters) - Turkish warplanes bombed Kurdish rebel bases in northern Iraq on Thursday, the army '
     'general staff said.'),
    (('PAKOPP',), ('PAKGOV',), _PROTEST + _DEMAND,
     'ISLAMABAD (Reuters) - Pakistan\'s opposition alliance staged a protest march in Lahore on Friday to '
     'demand the dismissal of Prime Minister Nawaz Sharif\'s government.'),
    (('PAKCOP',), ('PAKOPP',), _COERCE + _ASSAULT,
     'LAHORE, Pakistan (Reuters) - Police fired tear gas and baton-charged opposition supporters who tried '
     'to march on the provincial assembly on Friday.'),
    (('MEXREB',), ('MEXGOV', 'MEXMIL'), _REJECT + _DISAPPROVE + _DEMAND,
     'SAN CRISTOBAL DE LAS CASAS, Mexico (Reuters) - Zapatista rebels on Monday rejected a government peace '
     'proposal and demanded the withdrawal of troops from Chiapas.'),
    (('HTIOPP', 'HTICVL', 'HTI'), ('HTIGOV',), _PROTEST + _DEMAND,
     'PORT-AU-PRINCE (Reuters) - Thousands of Haitians marched through the capital on Friday to demand the '
     'resignation of President Jean-Bertrand Aristide.'),
    (('ROULAB',), ('ROUGOV', 'ROUCOP'), _PROTEST + _DEMAND + _FIGHT + _ASSAULT,
     'BUCHAREST (Reuters) - Thousands of striking coal miners clashed with riot police on Thursday as they '
     'marched on Bucharest to demand higher wages.'),
    (('LKAJUD',), ('LKAGOV', 'LKALEG'), _DISAPPROVE + _REJECT + _COERCE,
     'COLOMBO (Reuters) - Sri Lanka\'s Supreme Court on Tuesday ruled that President Chandrika '
     'Kumaratunga\'s dissolution of parliament was unconstitutional.'),
    (('ZAFREL', 'ZAFCHR', 'ZAFCHRANG', 'ZAF', 'ZAFCVL'), ('ZAFGOV',), _APPEAL + _DEMAND + _DISAPPROVE,
     'CAPE TOWN (Reuters) - Anglican Archbishop Desmond Tutu on Sunday urged the South African government to '
     'release all political prisoners and lift the state of emergency.'),
    (('PHLREL', 'PHLCHR', 'PHL', 'PHLCHRCTH'), ('PHLGOV',), _APPEAL + _DEMAND + _DISAPPROVE,
     'MANILA (Reuters) - The Roman Catholic Church in the Philippines on Sunday called on President Joseph '
     'Estrada to resign over allegations that he took bribes.'),
    (('KHMOPP',), ('KHMGOV',), _DISAPPROVE + _REJECT,
     'PHNOM PENH (Reuters) - Cambodian opposition leader Sam Rainsy on Monday accused the ruling party of '
     'intimidating voters and said he would not accept the election results.'),
]


LEAD42C: list[Row] = [
    # batch 3: written after the second fixes, committed before the coder was run on it
    (('GBRJUD',), ('CHLELI', 'CHLMIL', 'CHLLEG', 'CHL'), _COERCE + ('116', '060', '063', '1042'),
     'LONDON (Reuters) - A British magistrate on Friday ruled that former Chilean dictator Augusto Pinochet '
     'could be extradited to Spain to face charges of torture.'),
    (('ESPJUD',), ('CHLELI', 'CHLMIL', 'CHLLEG', 'CHL'), _COERCE + _INVESTIGATE + ('1042', '116'),
     'MADRID (Reuters) - Spanish judge Baltasar Garzon on Friday issued an international arrest warrant for '
     'former Chilean dictator Augusto Pinochet.'),
    (('ARMLAB', 'ARMOPP', 'ARMCVL', 'ARM'), ('ARMGOV',), _PROTEST + _DEMAND,
     'YEREVAN (Reuters) - Tens of thousands of Armenians rallied in central Yerevan on Saturday to demand '
     'the resignation of President Levon Ter-Petrosyan over the disputed election.'),
    (('SDNREB',), ('NGO', 'SDNNGO', 'SDNCVL', 'SDN'), ('181', '180', '173', '1711', '171'),
     'NAIROBI (Reuters) - Rebels in southern Sudan seized two relief workers of the aid agency CARE on '
     'Sunday and are holding them in Bahr el-Ghazal, the agency said.'),
    (('NGO',), ('SDNREB',), _APPEAL + _DEMAND,
     'NAIROBI (AFP) - The International Committee of the Red Cross on Monday appealed to the Sudan People\'s '
     'Liberation Army to release two aid workers held since last week.'),
    (('IGOUNO', 'IGO'), ('AFGREB', 'AFGGOV', 'AFG'), _DISAPPROVE + _APPEAL + _DEMAND,
     'ISLAMABAD (Reuters) - The United Nations on Tuesday condemned the Taliban\'s ban on women working for '
     'aid agencies in Afghanistan and urged the militia to lift it.'),
    (('PSECVL', 'PSE', 'PSEOPP', 'PSEEDU'), ('ISRMIL', 'ISR'), _ASSAULT + _PROTEST + _FIGHT,
     'JERUSALEM (Reuters) - Palestinian youths hurled stones at Israeli troops in the West Bank town of '
     'Hebron on Friday, and soldiers fired rubber bullets to disperse them.'),
    (('ISRMIL',), ('PSECVL', 'PSE', 'PSEOPP', 'PSEEDU'), _COERCE + _ASSAULT + _FIGHT,
     'HEBRON, West Bank (Reuters) - Israeli soldiers fired rubber bullets and tear gas on Friday to disperse '
     'hundreds of Palestinian stone-throwers in the center of Hebron.'),
    (('GBRMED', 'GBR'), ('IRNGOV', 'IRN'), _DISAPPROVE + ('111',),
     'LONDON (Reuters) - The British Broadcasting Corporation on Tuesday protested to Iran over the '
     'expulsion of its Tehran correspondent.'),
    (('IRN', 'IRNGOV'), ('GBRMED', 'GBR'), _COERCE + ('1663', '166', '174'),
     'TEHRAN (Reuters) - Iran on Monday expelled the BBC\'s correspondent in Tehran, accusing him of '
     'biased reporting on the student protests.'),
    (('PERCOP', 'PERGOV'), ('PERREB',), _COERCE,
     'LIMA (Reuters) - Peruvian police on Saturday captured Abimael Guzman, the founder and leader of the '
     'Shining Path guerrilla movement, in a raid on a Lima house.'),
    (('ITAJUD',), ('ITACRM', 'ITA'), _COERCE + ('116',),
     'PALERMO, Sicily (Reuters) - An Italian court on Thursday sentenced 19 Mafia bosses to life in prison '
     'for the murder of anti-Mafia judge Giovanni Falcone.'),
    (('MEXGOV', 'MEXCOP'), ('MEXCRM', 'MEX'), _COERCE,
     'MEXICO CITY (Reuters) - Mexican authorities on Tuesday arrested a reputed drug lord wanted in the '
     'United States, the attorney general\'s office said.'),
    (('NICREL', 'NICCHR', 'NICCHRCTH', 'NICCTH', 'NIC'), ('NICGOV',), _DISAPPROVE + _APPEAL + _DEMAND,
     'MANAGUA (Reuters) - Nicaragua\'s Roman Catholic bishops on Sunday accused the Sandinista government of '
     'persecuting the church and demanded the return of expelled priests.'),
    (('CHNGOV', 'CHN'), ('CHNREL', 'CHNBUD', 'CHN', 'CHNCVL', 'CHNOPP'), _COERCE + _DISAPPROVE,
     'BEIJING (Reuters) - China on Wednesday banned the Falun Gong spiritual movement, calling it a threat '
     'to social stability.'),
    (('INDMIL', 'INDGOV'), ('INDSIKREB', 'INDREB', 'INDSIK', 'IND'), _FIGHT + _ASSAULT + ('192',),
     'AMRITSAR, India (Reuters) - Indian troops stormed the Golden Temple in Amritsar on Wednesday to flush '
     'out Sikh militants who had occupied the shrine for two weeks.'),
    (('ZAFOPP', 'ZAF'), ('ZAFGOV',), _REJECT + _DISAPPROVE,
     'JOHANNESBURG (Reuters) - The African National Congress on Friday rejected the government\'s offer of '
     'talks as long as Nelson Mandela remained in prison.'),
    (('FRALAB', 'FRACVL'), ('FRAGOV', 'FRA'), _PROTEST + _DEMAND,
     'PARIS (Reuters) - French truck drivers blocked roads and fuel depots across the country on Monday to '
     'press their demand for early retirement at 55.'),
]

BATCHES = {
    'batch1': LEAD42,
    'batch2': LEAD42B,
    'batch3': LEAD42C,
}

ALL42 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
