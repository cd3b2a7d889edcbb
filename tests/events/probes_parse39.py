"""Blind probes of the thirty-seventh session (wip/parse39): LONG era leads (1985-2005 agency copy, 30-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI and Yonhap, weighted to shapes the parse38 file has few
of: force aimed at a purpose clause's goal ("fired tear gas to break up a march on parliament": the target is
the people the force met, never the goal of their march); purpose and result clauses ("in order to", "so as
to", "forcing X to"); concessive and conditional clauses ("although", "unless", "if"); a lead that opens
with a quotation and its speaker after it; an act in a noun phrase with an of-phrase object ("the storming
of the residence by commandos"); two acts joined by "and" with a shared subject and different objects; a
passive with the agent far away; an apposition between the verb and its object; and era phrasal verbs
("cracked down on", "rounded up", "called off", "pulled out of", "backed down", "stood by").

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First run (batch 1, 39 rows, 35 leads, main ddf703b6 = the branch's start, committed e4b4d30a), country + root
/ actor + root / actor + code: 32 / 29 / 28 (the run was made on the batch's text a moment before its commit,
a chained command having run the coder after a failed lint; the committed file differs by one line's wrap).
One row corrected after it as a writing error by the codebook: Iran's "will free three British yachtsmen if
London apologises" is 0353 (intent to release), which the row had left out (main 32 / 29 / 29 with it).
After the first fixes (force aimed at a purpose clause's goal; a violent act noun's by-phrase doer):
32 / 30 / 30.

Batch 2 (25 rows, 24 leads), written after the first fixes and committed (e528839e) before the coder ran on
it; first run on the branch (e528839e): 21 / 20 / 21 (main ddf703b6: 19 / 19 / 20). One row corrected as a
writing error: the no-force control of a peaceful march had listed the protest codes (main 20 / 20 / 20,
branch 21 / 21 / 21 with it). After the second fixes (a hedge that affirms a promised act, "will not hesitate
to", "will have no choice but to"; the counted people of a purpose): 23 / 22 / 22.

Batch 3 (14 rows, 14 leads), written after the second fixes and committed (d5caf9f1) before the coder ran on
it; first run on the branch (d5caf9f1): 12 / 10 / 10 (main ddf703b6: 10 / 9 / 9). One row corrected as a
writing error: Catholics are CHNCHR by the CAMEO religion codes (branch 12 / 11 / 11). The remaining misses
are gaps (test_probes_parse39.py).
`.venv/bin/python tests/events/probes_parse39.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '11', '1121', '1122', '1123', '1124', '1125')
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383', '132', '133')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831', '1822')
_REPRESS = ('175', '170', '172', '173', '17', '1721', '180', '18', '190', '19', '193', '145', '14')
_ARREST = ('173', '170', '172', '1711', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_EXPEL = _RECALL + ('174', '17', '1663')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123', '1212', '1222')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '0842', '085', '086', '087',
          '0871', '0874', '0872', '0873', '08')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045', '03')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16')
_APPEAL = ('020', '02', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233',
           '0234', '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255',
           '0256', '026', '027', '028', '010', '01')
_DEMAND = ('100', '10', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '104',
           '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056', '106',
           '107', '108')
_SUPPORT = ('05', '050', '051', '052', '053', '054', '055', '056', '057', '03', '030', '031', '0311', '0312',
            '032', '033', '036', '01', '010', '012', '013')
_PROTEST = ('140', '141', '1411', '1412', '14', '145', '1451')

_SANTIAGO = ('SANTIAGO, Chile (Reuters) - Riot police used water cannon and tear gas on Thursday to stop '
             'several thousand demonstrators marching on La Moneda presidential palace to demand the '
             'return of democracy, witnesses said.')
_IRAQ_EGYPT = ('BAGHDAD, Aug 14 (AFP) - Iraq on Sunday expelled two Egyptian diplomats and accused Cairo of '
               'spying on its military installations in the south of the country, the official Iraqi News '
               'Agency said.')
_PRETORIA = ('South Africa on Saturday recalled its high commissioner from Nigeria and urged the '
             'Commonwealth to suspend Lagos over the hanging of nine minority rights activists, President '
             'Nelson Mandela\'s office said.')
_MANAGUA = ('MANAGUA, Nicaragua (AP) - Nicaragua on Tuesday pulled out of Central American peace talks in '
            'Guatemala City, accusing Honduras of harbouring U.S.-backed Contra rebels on its territory, the '
            'Sandinista government said.')
_ZAKHO = ('Iraqi troops shelled Kurdish villages near the northern town of Zakho on Sunday, forcing '
          'thousands of civilians to flee toward the Turkish border, Kurdish opposition sources said in '
          'Damascus.')

PARSE39: list[Row] = [
    # batch 1: written blind, committed before the coder ran on it
    # -- force aimed at a purpose clause's goal: the target is the people met, not the march's goal
    (('KOR', 'KORCOP'), ('KOR', 'KOREDU', 'KORCVL', 'KOROPP'), _REPRESS,
     'SEOUL, June 10 (Yonhap) - Riot police fired tear gas on Wednesday to break up a march by several '
     'thousand students on the U.S. embassy in central Seoul, demanding the withdrawal of American troops, '
     'police said.'),
    (('BGD', 'BGDCOP'), ('BGD', 'BGDOPP', 'BGDCVL'), _REPRESS,
     'DHAKA, Nov 28 (Reuters) - Bangladeshi police wielding bamboo batons and firing tear gas on Sunday '
     'stopped hundreds of opposition activists from marching on the office of Prime Minister Khaleda Zia, '
     'witnesses said.'),
    (('IRQ', 'IRQMIL'), ('IRQ', 'IRQCVL', 'IRQREF', 'IRQKRD'), _REPRESS,
     'Iraqi troops opened fire on Tuesday to prevent thousands of Kurdish villagers from crossing the '
     'mountains into Turkey, killing at least 12 of them, Turkish officials said in Ankara.'),
    (('NGA', 'NGACOP'), ('NGA', 'NGALAB', 'NGACVL', 'NGAOPP'), _REPRESS,
     'LAGOS, July 7 (AFP) - Police fired tear gas to disperse striking oil workers trying to march on the '
     'headquarters of the military government in Lagos on Friday, labour leaders said.'),
    (('IDN', 'IDNMIL', 'IDNCOP'), ('IDN', 'IDNEDU', 'IDNCVL', 'IDNOPP'), _REPRESS + ('15', '150'),
     'Indonesian troops fired into the air on Thursday in order to drive back thousands of students trying '
     'to reach the parliament building in Jakarta, witnesses said.'),
    (('CHL', 'CHLCOP'), ('CHL', 'CHLCVL', 'CHLOPP'), _REPRESS, _SANTIAGO),
    (('IDN', 'IDNEDU', 'IDNCVL', 'IDNOPP'), ('IDN', 'IDNGOV', 'IDNLEG'), _PROTEST + _DEMAND,
     'Thousands of students marched on the parliament building in Jakarta on Monday to demand the '
     'resignation of President Suharto, defying a ban on street protests, witnesses said.'),
    # -- purpose and result clauses
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV'), _APPEAL + _MEET + _DEMAND,
     'ISLAMABAD, Jan 9 (Reuters) - Pakistan on Monday sent its foreign secretary to Kabul in order to press '
     'the Afghan government to close guerrilla training camps near the border, the foreign office said.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), _SANCTION,
     'WASHINGTON (UPI) - The United States on Friday froze Libyan government assets worth some $200 '
     'million so as to force Tripoli to end its support for guerrilla groups, Treasury officials said.'),
    (('IRQ', 'IRQMIL'), ('IRQ', 'IRQCVL', 'IRQKRD'), _FORCE, _ZAKHO),
    # -- concessive and conditional clauses
    (('ETH', 'ETHMIL'), ('ERI', 'ERIMIL'), _FORCE,
     'ASMARA, March 3 (Reuters) - Although the two countries agreed to a ceasefire last month, Ethiopian '
     'troops shelled Eritrean positions near the border town of Zalambessa on Wednesday, the Eritrean '
     'information ministry said.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _THREAT,
     'Unless Baghdad lets U.N. inspectors back into the presidential sites, Washington will have no choice '
     'but to use force, Defence Secretary William Cohen said on Tuesday.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'),
     _DEMAND + _YIELD + ('057', '05', '03', '030', '035', '0353', '13', '130'),
     'TEHRAN (IRNA) - Iran will free three detained British yachtsmen if London apologises for their entry '
     'into Iranian waters, Foreign Minister Ali Akbar Velayati was quoted as saying on Sunday.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), _CRIT + _PROTEST,
     'ATHENS, May 2 (AFP) - Greece on Monday protested to Ankara over the harassment of a Greek airliner by '
     'Turkish fighter jets over the Aegean, even though the two governments had agreed last year to avoid '
     'such incidents.'),
    # -- a lead that opens with a quotation and its speaker after it
    (('PER', 'PERGOV'), ('PER', 'PERREB'), _REJECT,
     '"We will not negotiate with terrorists," Peruvian President Alberto Fujimori said on Monday, rejecting '
     'a demand by Tupac Amaru rebels holding 72 hostages in Lima for the release of their jailed '
     'comrades.'),
    (('PAK', 'PAKGOV'), ('USR', 'USRGOV', 'USRMIL', 'RUS'), _DEMAND + _APPEAL,
     '"The Soviet Union must withdraw all its troops from Afghanistan without delay," Pakistan\'s Foreign '
     'Minister Sahabzada Yaqub Khan told the U.N. General Assembly in New York on Wednesday.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV', 'LBNREB'), _THREAT,
     '"Israel will answer any attack from Lebanese soil with all its force," Defence Minister Yitzhak Rabin '
     'warned Beirut on Sunday after Katyusha rockets hit the northern town of Kiryat Shmona.'),
    # -- an act in a noun phrase with an of-phrase object
    (('PER', 'PERMIL'), ('PER', 'PERREB'), _FORCE,
     'The storming of the Japanese ambassador\'s residence in Lima by Peruvian commandos on Tuesday ended '
     'a four-month siege by Tupac Amaru rebels, killing all 14 of the guerrillas, officials said.'),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), _CRIT,
     'WASHINGTON (Reuters) - The State Department on Friday denounced the expulsion of two American '
     'diplomats from Managua as unjustified and said it would retaliate, a spokesman said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKMIL', 'PAKGOV'), _CRIT,
     'NEW DELHI, Aug 3 (PTI) - India on Saturday strongly condemned the shelling of villages in Kashmir by '
     'Pakistani troops across the line of control, calling it a blatant violation of the ceasefire.'),
    # -- two acts joined by "and", a shared subject and different objects
    (('IRQ', 'IRQGOV'), ('EGY', 'EGYGOV'), _EXPEL, _IRAQ_EGYPT),
    (('IRQ', 'IRQGOV'), ('EGY', 'EGYGOV'), _ACCUSE, _IRAQ_EGYPT),
    (('ZAF', 'ZAFGOV'), ('NGA', 'NGAGOV'), _RECALL, _PRETORIA),
    (('ZAF', 'ZAFGOV'), ('IGO',), _APPEAL, _PRETORIA),
    (('VNM', 'VNMGOV'), ('THA', 'THACVL', 'THAGOV'), _YIELD,
     'HANOI (Reuters) - Vietnam freed 20 Thai fishermen on Monday and handed the bodies of two others to '
     'Thai officials at a border crossing, the official Vietnam News Agency said.'),
    # -- a passive with the agent far away
    (('SOM', 'SOMREB', 'SOMCVL', 'SOMMIL', 'SOMUAF'), ('ITA', 'ITACVL', 'NGO'), ('181', '18', '180'),
     'NAIROBI (AP) - Three Italian aid workers were kidnapped on Monday near the Somali town of Merca, about '
     '100 km south of the capital Mogadishu, by gunmen loyal to a local clan leader, U.N. officials said.'),
    (('THA', 'THAMIL'), ('VNM', 'VNMCVL'), _ARREST + ('18', '181'),
     'BANGKOK (Reuters) - A Vietnamese trawler and its crew of 14 were seized on Saturday off the southern '
     'province of Pattani, in the Gulf of Thailand, by a patrol boat of the Thai navy, a navy spokesman '
     'said.'),
    # -- an apposition between the verb and its object
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _ACCUSE,
     'ANKARA, Oct 4 (Reuters) - Turkey on Monday accused its southern neighbour, Syria, of harbouring '
     'Kurdish rebel leader Abdullah Ocalan and warned it could not wait much longer, officials said.'),
    (('USR', 'USRGOV'), ('IRN', 'IRNGOV'), _THREAT,
     'MOSCOW (TASS) - The Soviet Union on Friday warned its southern neighbour, Iran, against interfering '
     'in the unrest in Soviet Azerbaijan, a foreign ministry spokesman told reporters.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENOPP'), _ARREST,
     'NAIROBI, July 4 (Reuters) - Kenyan police on Wednesday arrested a leading advocate of multi-party '
     'politics, former cabinet minister Kenneth Matiba, at his home in Nairobi, his lawyer said.'),
    # -- the era's phrasal verbs
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), _ARREST,
     'RANGOON (AP) - Burma\'s military government cracked down on the opposition National League for '
     'Democracy on Wednesday, rounding up more than 200 of its members ahead of a party congress, '
     'diplomats said.'),
    (('ZAF', 'ZAFCOP'), ('MOZ', 'MOZCVL', 'ZWE', 'ZWECVL', 'MOZREF', 'ZWEREF'), _ARREST + _EXPEL,
     'JOHANNESBURG (Reuters) - Police rounded up more than 200 illegal immigrants from Mozambique and '
     'Zimbabwe in overnight raids on hostels in Johannesburg, a police spokesman said on Sunday.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _RECALL + _REJECT,
     'SEOUL (Yonhap) - South Korea on Monday called off Red Cross talks with North Korea on family '
     'reunions after the North test-fired a ballistic missile over the Sea of Japan, officials said.'),
    (('NIC', 'NICGOV'), ('HND', 'HNDGOV'), _ACCUSE, _MANAGUA),
    (('VNM', 'VNMMIL'), ('KHM', 'KHMGOV'), _YIELD,
     'PHNOM PENH (AFP) - The last Vietnamese troops pulled out of Cambodia on Tuesday, ending nearly 11 '
     'years of occupation, the Phnom Penh government said.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'IGO'), _YIELD,
     'BRUSSELS (Reuters) - Greece backed down on Tuesday from its threat to block European Community aid to '
     'Turkey after winning assurances on Cyprus from its partners, diplomats said.'),
    (('USA', 'USAGOV'), ('TWN', 'TWNGOV'), _SUPPORT,
     'WASHINGTON (AP) - The United States will stand by its commitments to Taiwan despite its new ties with '
     'Beijing, Secretary of State George Shultz told Congress on Wednesday.'),
    # -- controls
    ((), (), _RECALL + _REJECT + _FORCE,
     'Organisers called off the Niger stage of the Paris-Dakar rally on Tuesday because of sandstorms, a '
     'race spokesman said in Agadez.'),
    ((), (), _FORCE + ('175', '17', '173'),
     'Thousands of farmers marched on the agriculture ministry in Paris on Friday to protest against cuts '
     'in European Community subsidies, police said.'),
]

_LUANDA = ('LUANDA (Reuters) - Angola on Thursday expelled the Zairean ambassador and closed its border with '
           'Zaire, accusing Kinshasa of allowing UNITA rebels to ship arms through its territory, the state '
           'news agency ANGOP said.')

PARSE39B: list[Row] = [
    # batch 2: written after the first fixes, committed before the coder ran on it
    # -- force aimed at a purpose clause's goal
    (('ZWE', 'ZWECOP'), ('ZWE', 'ZWEOPP', 'ZWECVL', 'ZWELAB'), _REPRESS,
     'HARARE, Nov 13 (Reuters) - Zimbabwean riot police fired tear gas and water cannon on Monday to stop '
     'thousands of trade unionists marching on parliament to protest against a rise in fuel prices, '
     'witnesses said.'),
    (('PAK', 'PAKCOP'), ('PAK', 'PAKOPP', 'PAKCVL'), _REPRESS,
     'KARACHI (AFP) - Police used batons and tear gas in order to prevent hundreds of opposition supporters '
     'from reaching the provincial assembly building in Karachi on Saturday, the opposition said.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECVL'), _FORCE + _REPRESS,
     'JERUSALEM (Reuters) - Israeli troops opened fire with rubber bullets on Friday to stop hundreds of '
     'Palestinian stone-throwers marching on an army post near Ramallah, wounding 23, hospital officials '
     'said.'),
    (('MEX', 'MEXCOP'), ('MEX', 'MEXCVL', 'MEXAGR', 'MEXOPP'), _REPRESS,
     'MEXICO CITY (AP) - Riot police in the southern state of Guerrero used clubs and tear gas on Tuesday to '
     'drive back peasant farmers trying to march on the state capital, Chilpancingo, local radio said.'),
    # -- an act noun with an of-phrase object and a by-phrase
    (('SDN', 'SDNMIL'), ('SDN', 'SDNCVL', 'SDNREB'), _FORCE,
     'The bombing of the southern town of Yei by Sudanese government aircraft on Wednesday killed 11 '
     'civilians, including six children, the rebel Sudan People\'s Liberation Army said.'),
    (('RUS', 'RUSMIL'), ('RUS', 'RUSREB', 'RUSCVL'), _FORCE,
     'The shelling of Grozny by Russian artillery overnight killed at least 20 people, Chechen officials '
     'said on Monday, as Moscow massed fresh troops on the outskirts of the rebel capital.'),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNMIL', 'IRNGOV'), _CRIT,
     'BAGHDAD (INA) - Iraq on Tuesday denounced the shelling of its border town of Mandali by Iranian '
     'artillery as a violation of the ceasefire, the official Iraqi News Agency said.'),
    # -- purpose, result, concessive and conditional clauses
    (('USA', 'USAGOV'), ('PAN', 'PANGOV'), _SANCTION,
     'WASHINGTON (Reuters) - The United States on Friday suspended all economic aid to Panama in order to '
     'increase pressure on General Manuel Noriega to step down, the State Department said.'),
    (('TUR', 'TURMIL'), ('IRQ', 'TURREB', 'IRQREB'), _FORCE,
     'ANKARA (Reuters) - Although Baghdad had warned against any incursion, Turkish warplanes on Sunday '
     'bombed suspected Kurdish rebel camps in northern Iraq, the military said.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), _THREAT,
     'BEIJING (Xinhua) - China will not hesitate to use force if Taiwan declares independence, Premier Li '
     'Peng told the National People\'s Congress on Tuesday.'),
    (('SRB', 'SRBMIL', 'YUG', 'YUGMIL', 'BIH', 'BIHSRB', 'SRBREB'), ('BIH', 'BIHCVL', 'BIHGOV', 'BIHMIL'),
     _FORCE,
     'SARAJEVO (AFP) - Serb gunners shelled the centre of Tuzla on Monday, forcing thousands of Moslem '
     'refugees to flee to shelters, U.N. officials said.'),
    # -- a lead that opens with a quotation
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _THREAT + _CRIT,
     '"Any provocation by the North will meet a swift and resolute response," South Korean Defence Minister '
     'Lee Sang-hoon warned Pyongyang on Thursday after northern troops fired into the demilitarised zone.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP', 'ZAFREB'), _REJECT,
     '"We will never talk to terrorists," South African President P.W. Botha told parliament in Cape Town on '
     'Friday, rejecting calls for negotiations with the outlawed African National Congress.'),
    # -- two acts joined by "and"
    (('AGO', 'AGOGOV'), ('ZAR', 'COD', 'ZARGOV', 'CODGOV'), _EXPEL, _LUANDA),
    (('AGO', 'AGOGOV'), ('ZAR', 'COD', 'ZARGOV', 'CODGOV'), _ACCUSE, _LUANDA),
    # -- a passive with the agent far away
    (('COL', 'COLREB'), ('USA', 'USACVL', 'USABUS'), ('181', '18', '180'),
     'BOGOTA (Reuters) - An American oil engineer was kidnapped on Sunday from a drilling camp in the '
     'province of Arauca, near the Venezuelan border, by guerrillas of the National Liberation Army, police '
     'said.'),
    (('PHL', 'PHLMIL'), ('PHL', 'PHLREB'), _FORCE,
     'MANILA (AP) - Twelve communist rebels were killed on Wednesday in a clash in the mountains of Samar '
     'island, some 600 km southeast of Manila, by an army patrol, the military said.'),
    # -- an apposition between verb and object
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), _SANCTION + ('191', '19'),
     'ATHENS (Reuters) - Greece on Wednesday closed its northern neighbour, the former Yugoslav republic of '
     'Macedonia, off from the port of Salonika, in a dispute over the republic\'s name, officials said.'),
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), _APPEAL + _DEMAND,
     'NEW DELHI (PTI) - India on Monday urged its southern neighbour, Sri Lanka, to halt military operations '
     'against Tamil separatists in the Jaffna peninsula, the external affairs ministry said.'),
    # -- the era's phrasal verbs
    (('KEN', 'KENGOV', 'KENCOP'), ('KEN', 'KENOPP', 'KENMED'), _REPRESS + _ARREST,
     'NAIROBI (Reuters) - The Kenyan government on Tuesday cracked down on critics of President Daniel arap '
     'Moi, banning two opposition magazines and detaining a human rights lawyer, diplomats said.'),
    (('TUR', 'TURCOP', 'TURGOV'), ('TUR', 'TURREB', 'TURCVL', 'TUROPP'), _ARREST,
     'ISTANBUL (Reuters) - Turkish police rounded up 150 suspected members of an outlawed leftist group in '
     'dawn raids across Istanbul on Friday, the Anatolian news agency reported.'),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), _RECALL + _REJECT,
     'TOKYO (Kyodo) - Japan on Saturday called off trade talks with the United States scheduled for next '
     'week after Washington threatened sanctions on Japanese luxury cars, officials said.'),
    (('CUB', 'CUBMIL', 'CUBGOV'), ('AGO', 'AGOGOV'), _YIELD,
     'LUANDA (Reuters) - The last Cuban troops pulled out of Angola on Tuesday, ending 16 years of military '
     'involvement in the former Portuguese colony, Angolan radio said.'),
    (('USA', 'USAGOV'), ('IGO',), _YIELD,
     'WASHINGTON (UPI) - The Reagan administration backed down on Thursday from its threat to withhold its '
     'dues to the United Nations, agreeing to pay $100 million, officials said.'),
    # -- controls
    ((), (), _FORCE + ('175', '17', '173'),
     'NAIROBI (Reuters) - Thousands of university students marched on parliament in Nairobi on Monday to '
     'demand lower fees, but dispersed peacefully after an hour, witnesses said.'),
]

PARSE39C: list[Row] = [
    # batch 3: written after the second fixes, committed before the coder ran on it
    (('HTI', 'HTIMIL', 'HTICOP'), ('HTI', 'HTICVL', 'HTIOPP'), _REPRESS,
     'PORT-AU-PRINCE (Reuters) - Haitian soldiers fired into the air and swung clubs on Sunday in order to '
     'stop hundreds of demonstrators from marching on the National Palace, witnesses said.'),
    (('GEO', 'GEOCOP'), ('GEO', 'GEOOPP', 'GEOCVL', 'GEOEDU'), _REPRESS,
     'TBILISI (TASS) - Police used truncheons on Wednesday to prevent several hundred students from '
     'reaching the government building in central Tbilisi, a police spokesman said.'),
    (('SRB', 'SRBMIL', 'YUG', 'YUGMIL', 'BIH', 'BIHSRB', 'SRBREB'), ('BIH', 'BIHCVL', 'BIHGOV'), _FORCE,
     'The shelling of Gorazde by Bosnian Serb artillery on Saturday killed at least 15 people and wounded '
     'dozens, U.N. officials said in Sarajevo.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNCVL', 'LBNREB'), _FORCE,
     'BEIRUT (AP) - The bombardment of villages in southern Lebanon by Israeli gunboats and artillery on '
     'Tuesday killed four civilians, Lebanese security sources said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _THREAT,
     'NEW DELHI (Reuters) - India will not hesitate to strike at militant camps across the border if '
     'Pakistan fails to rein in Kashmiri guerrillas, Defence Minister George Fernandes said on Sunday.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _THREAT,
     'LONDON (Reuters) - Britain would have no choice but to defend the Falkland Islands by force if '
     'Argentina attacked them again, Defence Secretary Michael Heseltine told parliament on Thursday.'),
    (('LBY', 'LBYGOV'), ('TCD', 'TCDGOV'), _ACCUSE + _CRIT,
     '"Chad is a tool of French imperialism," Libyan leader Moammar Gadhafi said on Monday, accusing '
     'N\'Djamena of letting French jets use its airfields for raids on Libyan positions.'),
    (('NGA', 'NGAGOV'), ('LBR', 'LBRREB'), _APPEAL + _DEMAND,
     'LAGOS (Reuters) - Nigeria on Friday urged Liberian rebel leader Charles Taylor to lay down his arms '
     'and accept the West African peace plan, although Taylor has rejected it twice, officials said.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), _SANCTION + _CRIT,
     'WASHINGTON (UPI) - The United States tightened its trade embargo on Cuba and expelled two Cuban '
     'diplomats on Friday, accusing Havana of spying on exiles in Miami, the State Department said.'),
    (('SOM', 'SOMREB', 'SOMCVL', 'SOMMIL', 'SOMUAF'), ('IGO', 'IGOUNO', 'PAK', 'PAKMIL'), _FORCE,
     'MOGADISHU (Reuters) - Twenty-three Pakistani soldiers serving with the U.N. force were killed on '
     'Saturday in a series of ambushes in southern Mogadishu by gunmen of General Mohamed Farah Aideed.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), _RECALL + _SANCTION + _CRIT,
     'JAKARTA (AFP) - Indonesia on Thursday called off joint military exercises with Australia and '
     'recalled its ambassador from Canberra in protest at Australian criticism of its policy in East '
     'Timor, officials said.'),
    (('CHN', 'CHNCOP', 'CHNGOV'), ('CHN', 'CHNREL', 'CHNCHR', 'CHNCVL', 'CHNOPP'), _ARREST,
     'BEIJING (Reuters) - Chinese police rounded up dozens of Roman Catholics loyal to the Vatican at an '
     'underground mass in Hebei province on Sunday, a U.S.-based rights group said.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNGOV'), _YIELD,
     'JERUSALEM (Reuters) - The last Israeli soldiers pulled out of southern Lebanon before dawn on '
     'Wednesday, ending 22 years of occupation, army officials said.'),
    ((), (), _FORCE + ('175', '17', '173', '13', '130', '138'),
     'Pakistan did not hesitate to host the Afghan peace talks in Islamabad, a foreign ministry spokesman '
     'said on Monday.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE39, "batch2": PARSE39B, "batch3": PARSE39C}
ALL39: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
