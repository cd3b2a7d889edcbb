"""Blind probes of the thirty-first session (wip/parse33): LONG era leads (1985-2005 agency copy, 35-60 words,
dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI, Xinhua,
TASS, Kyodo, KCNA, IRNA, MENA, DPA and EFE, weighted to the classes parse32 left open: a second verb of the
speaker after a that-clause ("told reporters that X would never agree and called on Russia to withdraw"); an
act told beside the main act (a participle after it, a set-off accusing participle between subject and verb,
an "as"-clause act), coded only when it is an act of its own, never a result or time clause; a conjunct
after a long first act (hostages after a long object list); a passive demand or act with its agent after
the verb, and "announced" read as a participle; with controls (a long lead whose only act is background,
history or a plan, or whose participle is a result).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it.

First run (batch 1, 117 rows, 109 leads, main d406413), country + root / actor + root / actor + code:
86 / 73 / 68; 86 / 74 / 69 with the rows corrected after it as writing errors by the codebook or the actor
tables only: a summit proposed is an offer to meet (036, Roh); a former president is ELI and so, by the
tables dated 2000-01-01, are James Baker and Kim Il-sung (Carter's visit, Baker's appeal). Three rows had
their accepted sources reordered (same set) so a strict gap names one row of a sentence probed twice.
After the session's fixes: 99 / 89 / 82 (`.venv/bin/python tests/events/probes_parse33.py`).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CALL = ('020', '025', '0256', '028', '100', '105', '1056', '1041', '1042', '1043', '1044', '102', '1052',
         '021', '0214', '024', '0241', '0243', '0244', '107', '1011')
_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823')
_HOSTAGE = ('181', '180', '1811', '1812', '172', '173')
_ARREST = ('173', '170', '172', '1711', '175', '174')
_RECALL = ('161', '160', '1612', '164', '166')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '085', '086', '087', '0871',
          '0874', '0872', '0873')
_MEET = ('040', '042', '043', '044', '046', '036', '030')
_SIGN = ('057', '050', '030', '031', '035', '046')
_TRUCE = ('0871', '087', '057', '050', '030', '0356')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161')

PARSE33: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- 1. a second verb of the speaker after a that-clause
    (('MDA', 'MDAGOV'), ('USR', 'USRGOV', 'USRMIL', 'RUS', 'RUSGOV', 'RUSMIL'), _CALL,
     'Moldovan President Mircea Snegur told reporters in Chisinau on Tuesday that his country would never '
     'accept a foreign military presence on its soil and called on Moscow to withdraw the 14th Army from '
     'the Dniester region without delay, the Basapress news agency reported.'),
    (('USR', 'USRGOV'), ('AFG', 'AFGGOV'), ('0356', '035', '030', '087', '0874'),
     'Soviet leader Mikhail Gorbachev told a plenary session of the Communist Party Central Committee on '
     'Monday that the party would press ahead with radical economic reforms and pledged to pull all Soviet '
     'troops out of Afghanistan by February 15, TASS news agency said.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), _ACCUSE,
     'Iraqi Deputy Prime Minister Tariq Aziz told a news conference in Baghdad on Sunday that U.N. sanctions '
     'had killed more than a million Iraqis and accused Washington of using the weapons inspectors as spies '
     'to prepare new air strikes, the official Iraqi News Agency said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('036', '030', '040', '043', '021', '020', '032'),
     'Pakistani Prime Minister Nawaz Sharif told the National Assembly on Friday that Islamabad had been '
     "forced to answer India's nuclear tests with its own and invited Indian Prime Minister Atal Behari "
     'Vajpayee to hold talks on Kashmir at any venue of his choosing, Associated Press of Pakistan said.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('130', '138', '131', '111', '112', '100', '110'),
     'Chinese Premier Li Peng told a visiting delegation of Japanese lawmakers in Beijing on Wednesday that '
     'Taiwan was an inalienable part of Chinese territory and warned Tokyo against including the island in '
     'the scope of its new defence guidelines with Washington, Xinhua said.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _RECALL,
     'Greek Prime Minister Andreas Papandreou told parliament in Athens on Thursday that Greece would not '
     'negotiate with Turkey while Turkish warships remained in disputed Aegean waters and recalled the Greek '
     'ambassador from Ankara for consultations, the Athens News Agency said.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _CRIT,
     'Cuban President Fidel Castro told a crowd of hundreds of thousands in Havana\'s Revolution Square on '
     'Saturday that the revolution would never surrender and denounced the United States for tightening its '
     '35-year-old economic embargo against the island, Prensa Latina reported.'),
    (('USA', 'USAGOV', 'USAELI'), ('ISR', 'ISRGOV'), _CALL,
     'Secretary of State James Baker told Israeli leaders in Jerusalem on Sunday that the United States '
     'remained committed to holding a regional peace conference this year and urged them to halt the '
     'building of Jewish settlements in the occupied territories, U.S. officials said.'),
    (('IRN', 'IRNGOV'), ('EGY', 'EGYGOV', 'JOR', 'JORGOV'), _CALL,
     'Iranian President Akbar Hashemi Rafsanjani told worshippers at Friday prayers in Tehran that the '
     'Moslem world would never accept the Israeli occupation of Jerusalem and called on Egypt and Jordan to '
     'break off their relations with the Jewish state, IRNA news agency reported.'),
    (('JPN', 'JPNGOV'), ('PER', 'PERGOV'), ('051', '050', '010', '018'),
     'Japanese Prime Minister Ryutaro Hashimoto told a news conference in Tokyo on Wednesday that Japan '
     'regretted the loss of life in the ending of the hostage crisis in Lima and thanked President Alberto '
     'Fujimori for his efforts to free the hostages, Kyodo news agency reported.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), _ACCUSE,
     'A spokesman for the North Korean Foreign Ministry told the official KCNA news agency on Tuesday that '
     'Pyongyang would never allow inspections of its military sites and accused Washington of seeking a '
     'pretext for unleashing a new war on the Korean peninsula.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV', 'ISRMIL'), _CALL,
     'Syrian President Hafez al-Assad told visiting U.S. Secretary of State Warren Christopher in Damascus '
     'on Saturday that Syria wanted a just and comprehensive peace and demanded a full Israeli withdrawal '
     'from the Golan Heights captured in the 1967 war, Syrian radio said.'),
    (('SYR', 'SYRGOV'), ('USA', 'USAGOV'), _MEET,
     'Syrian President Hafez al-Assad told visiting U.S. Secretary of State Warren Christopher in Damascus '
     'on Saturday that Syria wanted a just and comprehensive peace and demanded a full Israeli withdrawal '
     'from the Golan Heights captured in the 1967 war, Syrian radio said.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('USA', 'USAGOV'), _REJECT,
     'Serbian President Slobodan Milosevic told U.S. envoy Richard Holbrooke in Belgrade on Wednesday that '
     'Serbia would never give up Kosovo and rejected his proposal for an international peacekeeping force '
     'in the province, the official Tanjug news agency said.'),
    (('TUR', 'TURGOV'), ('IGO', 'EUR'), _REJECT,
     'Turkish Prime Minister Tansu Ciller told reporters in Ankara on Friday that Turkish troops would stay '
     'in northern Iraq until the rebel bases there were destroyed and rejected calls by the European Union '
     'for a swift pullout, the Anatolian news agency reported.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _CALL,
     'Egyptian President Hosni Mubarak told a joint news conference with Jordan\'s King Hussein in Cairo on '
     'Monday that the Arabs would never accept the Israeli annexation of the Golan and urged Israel to '
     'resume its stalled talks with Syria, the Middle East News Agency said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _ACCUSE,
     'Indian Prime Minister P.V. Narasimha Rao told the Lok Sabha on Tuesday that New Delhi would not '
     'tolerate any interference in Kashmir and accused Pakistan of training and arming the Moslem militants '
     'fighting Indian rule in the valley, the Press Trust of India said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _CALL + ('036', '030', '026'),
     'South Korean President Roh Tae-woo told the National Assembly in Seoul on Monday that the division of '
     'the peninsula must end in this century and proposed that North Korean President Kim Il-sung meet him '
     'for a summit at the truce village of Panmunjom, Yonhap reported.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('110', '111', '112', '1121', '114'),
     'French Foreign Minister Alain Juppe told the National Assembly on Wednesday that France would continue '
     'to give economic aid to Algeria and criticised the Algerian government for cancelling the elections '
     'that Islamic fundamentalists had been set to win, AFP reported.'),
    # -- 2. an act told beside the main act: a participle after it, a set-off participle, an as-clause
    (('PAN', 'PANGOV'), ('USA', 'USAGOV'), _YIELD,
     "Panama's military-backed government on Tuesday lifted a ban on three opposition newspapers and freed "
     'twenty political prisoners held since the spring, bowing to mounting U.S. pressure ahead of next '
     "month's presidential elections, Panamanian radio reported."),
    (('UGA', 'UGAOPP', 'UGAPTY'), ('UGA', 'UGAGOV', 'UGAMIL'), _ACCUSE,
     'Ugandan opposition leader Kizza Besigye on Sunday rejected the results of the presidential election '
     'and said he would challenge them in the Supreme Court, charging widespread fraud and intimidation by '
     'soldiers loyal to President Yoweri Museveni, his aides said.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _CRIT,
     'Vietnam, accusing China of violating its territorial waters in the Gulf of Tonkin, on Friday lodged a '
     'formal protest with Beijing over the deployment of an oil exploration platform off its central coast, '
     'the official Vietnam News Agency said.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), _SANCTION,
     'The United States, charging that Libya had built a chemical weapons plant at Rabta south of Tripoli, '
     'on Wednesday imposed new economic sanctions on the government of Moammar Gadhafi and froze Libyan '
     'assets held by American banks abroad, the Treasury Department said.'),
    (('USAGOV', 'USA'), ('LBY', 'LBYGOV'), _ACCUSE,
     'The United States, charging that Libya had built a chemical weapons plant at Rabta south of Tripoli, '
     'on Wednesday imposed new economic sanctions on the government of Moammar Gadhafi and froze Libyan '
     'assets held by American banks abroad, the Treasury Department said.'),
    (('CHN', 'CHNGOV'), ('IGO', 'IGONAT'), _CALL,
     "China on Sunday demanded a full apology from NATO for the bombing of its embassy in Belgrade, as "
     'thousands of students stoned the U.S. embassy in Beijing and burned American flags for a second day, '
     'the official Xinhua news agency said.'),
    (('CHNEDU', 'CHN', 'CHNCVL', 'CHNOPP'), ('USA', 'USAGOV'), ('145', '140', '141', '1451', '1452', '180'),
     "China on Sunday demanded a full apology from NATO for the bombing of its embassy in Belgrade, as "
     'thousands of students stoned the U.S. embassy in Beijing and burned American flags for a second day, '
     'the official Xinhua news agency said.'),
    (('BIHREB', 'SRB', 'BIH', 'SRBREB', 'BIHMIL', 'SRBMIL', 'BIHINS', 'SRBINS'), ('IGO', 'IGONAT'),
     ('120', '128', '121', '129', '12'),
     'Bosnian Serb gunners shelled the U.N.-declared safe area of Gorazde for a third day on Sunday, '
     'defying a NATO ultimatum to halt their attacks on the Moslem enclave or face air strikes, U.N. '
     'officials said in Sarajevo.'),
    (('ZMB', 'ZMBGOV'), ('ZMB', 'ZMBOPP', 'ZMBPTY', 'ZMBCVL'), _YIELD,
     'Zambian President Kenneth Kaunda on Thursday lifted the state of emergency in force since independence '
     'and legalised opposition parties, bowing to weeks of street protests by trade unionists and students '
     'demanding an end to one-party rule, state radio said.'),
    (('SRB', 'SRBCVL', 'SRBOPP', 'YUG', 'YUGCVL', 'YUGOPP', 'SRBEDU', 'YUGEDU'), ('SRB', 'SRBGOV', 'YUG',
                                                                                'YUGGOV'),
     ('141', '140', '1411', '100', '1041', '104', '010'),
     'Tens of thousands of Serbs marched through central Belgrade on Saturday for the 50th day running, '
     'demanding the resignation of President Slobodan Milosevic and an end to his government\'s control of '
     'the state media, the independent radio B92 reported.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV', 'USA', 'USAGOV'), _ACCUSE,
     'North Korea, charging that South Korea and the United States were rehearsing an invasion in their '
     'annual Team Spirit exercises, on Monday put its armed forces on a state of semi-war and cancelled the '
     'planned talks with Seoul, the official KCNA news agency said.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('164', '160', '125', '120', '16'),
     'North Korea, charging that South Korea and the United States were rehearsing an invasion in their '
     'annual Team Spirit exercises, on Monday put its armed forces on a state of semi-war and cancelled the '
     'planned talks with Seoul, the official KCNA news agency said.'),
    (('MEX', 'MEXMIL', 'MEXGOV'), ('MEX', 'MEXREB', 'MEXINS'), _FORCE,
     'Mexican army units on Saturday retook four towns seized by Zapatista rebels in the southern state of '
     'Chiapas, bombing rebel positions in the hills around San Cristobal de las Casas with air force planes, '
     'the Defence Ministry said.'),
    (('LBRREB', 'LBR', 'LBRINS'), ('IGO', 'NGA', 'NGAMIL'), _ACCUSE,
     "Liberian rebels of Charles Taylor's National Patriotic Front, accusing West African peacekeepers of "
     'siding with the government, on Thursday attacked ECOMOG positions near the airport outside Monrovia, '
     'killing at least 12 Nigerian soldiers, relief workers said.'),
    (('LBR', 'LBRREB', 'LBRINS'), ('IGO', 'NGA', 'NGAMIL'), _FORCE,
     "Liberian rebels of Charles Taylor's National Patriotic Front, accusing West African peacekeepers of "
     'siding with the government, on Thursday attacked ECOMOG positions near the airport outside Monrovia, '
     'killing at least 12 Nigerian soldiers, relief workers said.'),
    (('HTI', 'HTIGOV', 'HTIMIL'), ('IGO', 'IGOUNO', 'IGOOAS'), ('174', '170', '166', '164'),
     "Haiti's military-backed government on Monday expelled about 100 U.N. and OAS human rights monitors, "
     'accusing them of meddling in the country\'s internal affairs and of inciting unrest, the Haitian '
     'foreign ministry said in Port-au-Prince.'),
    (('HTI', 'HTIGOV', 'HTIMIL'), ('IGO', 'IGOUNO', 'IGOOAS'), _ACCUSE,
     "Haiti's military-backed government on Monday expelled about 100 U.N. and OAS human rights monitors, "
     'accusing them of meddling in the country\'s internal affairs and of inciting unrest, the Haitian '
     'foreign ministry said in Port-au-Prince.'),
    (('IRQ', 'IRQGOV'), ('TUR', 'TURGOV', 'TURMIL'), _CRIT + ('140', '141'),
     'Turkish F-16 jets bombed suspected Kurdish rebel camps in northern Iraq on Tuesday, hitting targets up '
     'to 20 km inside the border, as Baghdad protested to Ankara over the violation of its airspace and '
     'sovereignty, the Anatolian news agency said.'),
    (('IDN', 'IDNMIL', 'IDNGOV'), ('IDN', 'IDNCVL', 'IDNOPP', 'IDNEDU', 'TLS', 'TLSCVL', 'TLSOPP'),
     _FORCE + ('175', '170'),
     'Indonesian troops opened fire on thousands of mourners at a cemetery in Dili on Friday, killing '
     'dozens of people, as they marched to the grave of a young man shot dead by soldiers two weeks ago, '
     'foreign witnesses said.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('GEO', 'GEOGOV'), _ACCUSE,
     'Russia, accusing Georgia of harbouring Chechen rebel fighters in the Pankisi Gorge, on Thursday '
     'threatened to carry out military strikes on Georgian territory unless Tbilisi acted against them, the '
     'Interfax news agency reported.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('GEO', 'GEOGOV'), ('138', '130', '1383', '139'),
     'Russia, accusing Georgia of harbouring Chechen rebel fighters in the Pankisi Gorge, on Thursday '
     'threatened to carry out military strikes on Georgian territory unless Tbilisi acted against them, the '
     'Interfax news agency reported.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _CRIT,
     'Kuwait on Sunday put its army on alert and asked for U.S. help, accusing Iraq of massing tens of '
     'thousands of troops including elite Republican Guard units near the border for the first time since '
     'the 1991 Gulf War, the KUNA news agency said.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSEGOV', 'PSECVL', 'PSEREB', 'PSEOPP'), ('175', '170', '17', '163',
                                                                                    '172', '191'),
     'Israel on Monday sealed off the West Bank and Gaza Strip indefinitely, barring tens of thousands of '
     'Palestinian workers from their jobs in Israel, after a suicide bomber blew himself up on a crowded bus '
     'in Tel Aviv killing 22 people, army radio said.'),
    (('AFG', 'AFGREB', 'AFGGOV'), ('IGO', 'IGOUNO', 'NGO'), ('174', '170', '166', '112', '1'),
     "Afghanistan's Taleban rulers on Wednesday ordered all foreign aid agencies to leave Kabul within a "
     'week, accusing them of spreading Christianity among Moslems, a move that U.N. officials said would '
     'put hundreds of thousands of people at risk.'),
    # -- 3. a conjunct after a long first act
    (('PER', 'PERREB', 'PERINS'), ('JPN', 'JPNGOV', 'PER', 'PERGOV', 'PERELI', 'PERCVL', 'PERBUS', 'IGO'),
     _HOSTAGE,
     'Leftist guerrillas of the Tupac Amaru Revolutionary Movement disguised as waiters stormed the Japanese '
     "ambassador's residence in Lima during a party on Tuesday night and took hundreds of diplomats, "
     'government ministers and businessmen hostage, police said.'),
    (('RUS', 'RUSREB', 'RUSINS', 'TUR', 'TURREB', 'TURINS', 'TURUAF', 'RUSUAF'), ('RUS', 'RUSGOV', 'RUSMIL'),
     ('130', '138', '1383', '131', '13'),
     'Pro-Chechen gunmen seized a crowded passenger ferry in the Black Sea port of Trabzon on Tuesday and '
     'threatened to blow it up with more than 200 people on board unless Russia halted its military '
     'offensive in Chechnya, the Anatolian news agency said.'),
    (('RWA', 'RWAREB', 'RWAINS'), ('RWA', 'RWAGOV', 'RWAMIL'), _FORCE,
     'Rwandan Patriotic Front rebels pushed into the suburbs of Kigali on Monday after overrunning '
     'government army positions in the north and east of the country over the weekend and seized the '
     "international airport, cutting the capital's last link with the outside world, U.N. officials said."),
    (('IND', 'INDMIL', 'INDGOV'), ('IND', 'INDREB', 'INDINS', 'INDREL', 'INDUAF'),
     ('100', '105', '1054', '170', '171', '190', '192'),
     'Indian troops backed by armoured cars surrounded the Golden Temple in Amritsar, the holiest shrine of '
     'the Sikh religion, where some 200 armed militants had been holed up for a week, and ordered them to '
     'surrender by dawn on Saturday, police said.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRQ', 'IRQREB', 'IRQINS'), _FORCE,
     'Iraqi forces backed by tanks and artillery attacked Kurdish rebel strongholds around the northern oil '
     'city of Kirkuk on Sunday after the rebels had held it for a week and recaptured the city, Iraqi '
     'television reported, quoting military officials.'),
    (('PSE', 'PSEREB', 'PSEINS', 'PSEUAF'), ('ISR', 'ISRMIL'), _FORCE,
     'Palestinian gunmen ambushed an Israeli army patrol near the Jewish settlement of Netzarim in the '
     'Gaza Strip on Friday in the deadliest attack since the start of the uprising in September and killed '
     'three soldiers, Israeli military sources said.'),
    (('LBR', 'LBRREB', 'LBRINS'), ('NGO', 'LBR', 'LBRCVL', 'IGO'), _HOSTAGE,
     'Liberian rebels loyal to Charles Taylor overran the port city of Buchanan on Wednesday after a week of '
     'heavy fighting with government troops and West African peacekeepers and kidnapped six foreign aid '
     'workers, a relief official said in Monrovia.'),
    (('DZA', 'DZACOP', 'DZAMIL', 'DZAGOV'), ('DZA', 'DZAREB', 'DZAINS'), _FORCE,
     'Algerian security forces surrounded a house in the Bab el-Oued district of Algiers where members of '
     'the Armed Islamic Group were hiding with weapons and explosives and killed seven of them in a '
     'four-hour gun battle, the official APS news agency said.'),
    (('UGA', 'UGAREB', 'UGAINS'), ('UGA', 'UGAEDU', 'UGACVL', 'UGAREL'), _HOSTAGE,
     "Rebels of Uganda's Lord's Resistance Army attacked a Catholic boarding school in the northern district "
     'of Apac overnight, setting fire to dormitories and classrooms, and abducted 139 schoolgirls, an '
     'Italian missionary news agency said.'),
    (('TUR', 'TURCOP', 'TURGOV'), ('TUR', 'TUROPP', 'TURPTY'), _ARREST,
     "Turkish police raided the offices of the pro-Kurdish People's Democracy Party in Ankara, Istanbul and "
     'a dozen other cities on Friday after its congress had cheered for the jailed rebel leader Abdullah '
     'Ocalan and detained more than 200 party members, Anatolian news agency said.'),
    (('COL', 'COLREB', 'COLINS'), ('COL', 'COLCOP', 'COLMIL'), _FORCE + _HOSTAGE,
     'Guerrillas of the Revolutionary Armed Forces of Colombia attacked the police station in the southern '
     'jungle town of Mitu before dawn on Monday with gas cylinder bombs and heavy machine guns and took some '
     '60 policemen prisoner, the armed forces said in Bogota.'),
    (('SLE', 'SLEREB', 'SLEINS'), ('IGO', 'IGOUNO', 'ZMB', 'ZMBMIL'), _HOSTAGE,
     "Sierra Leone's Revolutionary United Front rebels ambushed a convoy of U.N. peacekeepers near the "
     'northern town of Makeni on Monday and seized about 200 Zambian troops together with their armoured '
     'vehicles and weapons, a U.N. spokesman said in Freetown.'),
    (('TUR', 'TURREB', 'TURINS'), ('TUR', 'TURCVL'), _FORCE,
     'Kurdish rebels of the outlawed PKK attacked the village of Pinarcik in the southeastern province of '
     'Mardin late on Thursday with rockets and automatic weapons and killed 30 villagers, most of them women '
     'and children, the provincial governor said.'),
    (('ALB', 'ALBREB', 'ALBCVL', 'ALBINS', 'ALBUAF'), ('ALB', 'ALBCOP', 'ALBMIL'), _FORCE + ('172', '170'),
     'Hundreds of armed rebels stormed the police station and army barracks in the southern Albanian port '
     'of Vlore on Sunday, seizing weapons and ammunition from the depots, and set fire to the local offices '
     'of the ruling Democratic Party, witnesses said.'),
    (('CHN', 'CHNMIL'), ('CHN', 'CHNEDU', 'CHNCVL', 'CHNOPP'), _FORCE + ('175', '170'),
     'Chinese troops and armoured personnel carriers moved into Tiananmen Square before dawn on Sunday, '
     'firing on crowds of students who had occupied the square for seven weeks, and cleared it of '
     'protesters, witnesses said.'),
    (('SOM', 'SOMREB', 'SOMINS', 'SOMUAF'), ('IGO', 'IGOUNO', 'PAK', 'PAKMIL'), _FORCE,
     'Somali gunmen loyal to General Mohamed Farah Aideed ambushed a column of U.N. peacekeepers inspecting '
     'weapons sites in southern Mogadishu on Saturday and killed 23 Pakistani soldiers in the bloodiest '
     'attack on the U.N. force so far, U.N. officials said.'),
    (('IND', 'INDREB', 'INDINS', 'INDUAF'), ('GBR', 'GBRCVL', 'USA', 'USACVL', 'DEU', 'DEUCVL', 'NOR',
                                             'NORCVL'), _HOSTAGE,
     'Kashmiri militants of the little-known Al-Faran group ambushed a party of Western trekkers in the '
     'Himalayan mountains of Kashmir on Tuesday, killing their local guide, and took two Britons, two '
     'Americans, a German and a Norwegian hostage, police said.'),
    # -- 4. a passive demand or act with its agent after the verb; "announced" read as a participle
    (('LBN', 'LBNREL'), ('SYR', 'SYRGOV', 'SYRMIL'), _CALL,
     'The withdrawal of all Syrian troops from Lebanon was demanded on Wednesday by the Council of Maronite '
     'Catholic Bishops, who said in a statement read at the patriarchate in Bkerke that the Syrian presence '
     'violated Lebanese sovereignty and independence.'),
    (('IGO', 'IGOEU', 'EUR'), ('MMR', 'MMRGOV', 'MMRMIL'), _CALL,
     'The release of the Burmese opposition leader Aung San Suu Kyi from house arrest was demanded on '
     'Monday by the foreign ministers of the European Union, meeting in Luxembourg, who also called for '
     "tighter sanctions on the military government in Rangoon, diplomats said."),
    (('IGO', 'IGOARL'), ('ISR', 'ISRGOV'), _CALL,
     'A halt to all Israeli settlement building in the occupied West Bank and Arab east Jerusalem was '
     'demanded on Saturday by Arab League foreign ministers meeting in Cairo, who warned that the peace '
     'process would collapse without it, the Middle East News Agency said.'),
    (('LBN', 'LBNREB', 'LBNINS'), ('ISR', 'ISRMIL'), _FORCE,
     "Three Israeli soldiers were killed in south Lebanon's occupied zone on Tuesday by a roadside bomb "
     'planted by Hezbollah guerrillas, who said in a statement faxed to news agencies in Beirut that the '
     'attack was revenge for an Israeli air raid, security sources said.'),
    (('IGO', 'IGONAT', 'USA', 'USAMIL'), ('CHN', 'CHNGOV'), _FORCE,
     "The Chinese embassy in Belgrade was hit late on Friday by three NATO missiles during the alliance's "
     'heaviest night of air strikes on the Yugoslav capital, killing three Chinese journalists and wounding '
     '20 other people, the official Xinhua news agency said.'),
    (('PAK', 'PAKGOV', 'PAKMIL', 'PAKCOP'), ('PAK', 'PAKOPP', 'PAKPTY'), _ARREST,
     'Opposition leader Benazir Bhutto was placed under house arrest in Lahore on Tuesday by the martial law '
     'government of President Mohammad Zia ul-Haq, hours before she was due to lead a mass rally for free '
     'elections, her Pakistan People\'s Party said.'),
    (('PRK', 'PRKMIL', 'PRKGOV'), ('KOR', 'KORCVL', 'KORBUS'), ('172', '170', '171', '181', '180', '190',
                                                                  '192', '1711'),
     'A South Korean fishing boat with 12 crewmen aboard was seized on Sunday by a North Korean patrol boat '
     'in the Yellow Sea off the west coast of the peninsula, the South Korean Defence Ministry said in '
     'Seoul, demanding the immediate return of the men.'),
    (('LBR', 'LBRGOV', 'LBRREB', 'LBRMIL', 'LBRINS'), ('LBR', 'LBRGOV', 'LBRREB', 'LBRMIL', 'LBRINS'), _TRUCE,
     'The foreign ministers of Nigeria, Ghana and Guinea announced in Abuja on Saturday that a ceasefire '
     'between the Liberian government and the rebel factions would take effect at midnight on Monday, after '
     'four months of fighting in Monrovia, the News Agency of Nigeria said.'),
    (('IGO', 'IGOUNO'), ('LBY', 'LBYGOV'), _SANCTION,
     'Sanctions against Libya were imposed on Tuesday by the U.N. Security Council, which voted 10-0 with '
     'five abstentions to ban all flights to and from the country and halt arms sales until Tripoli hands '
     'over two suspects in the Lockerbie bombing, U.N. officials said.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), _RECALL,
     'Diplomatic relations with Iran were broken off on Tuesday by Britain after Tehran refused to withdraw '
     'the death sentence passed by Ayatollah Ruhollah Khomeini on the writer Salman Rushdie, the Foreign '
     'Office said in London.'),
    (('USA', 'USAGOV'), ('USR', 'USRGOV'), _REJECT,
     'A Soviet proposal for a total ban on nuclear tests was rejected on Tuesday by the Reagan '
     'administration, which said testing was needed to keep the American nuclear arsenal safe and reliable '
     'as long as the Soviet Union posed a threat, a White House spokesman said.'),
    (('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), ('IGO', 'IGOOAU', 'IGOAFR'), ('030', '031', '032', '080', '081',
                                                                       '086', '050', '057', '0'),
     'Ethiopia and Eritrea have both accepted a peace plan drawn up by the Organisation of African Unity to '
     'end their border war and will pull their troops back to the positions they held before May 1998, an '
     'OAU spokesman announced in Addis Ababa on Tuesday.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNINS', 'LBNCVL', 'LBN'), ('0841', '084', '080', '081'),
     'The release of 45 Lebanese prisoners held by Israel at the Khiam detention centre was announced on '
     'Sunday by the International Committee of the Red Cross, which said the men had been handed over at '
     'the Naqoura crossing, Lebanese police said.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), _SIGN,
     'The joint declaration on the future of Hong Kong was signed in Beijing on Wednesday by Chinese Premier '
     'Zhao Ziyang and British Prime Minister Margaret Thatcher, who said it would preserve the colony\'s way '
     'of life for 50 years after 1997, Xinhua said.'),
    # -- 5. other long-lead shapes
    (('SOM', 'SOMREB', 'SOMUAF', 'SOMINS'), ('IGO', 'IGOUNO'), _REJECT,
     'Mohamed Farah Aideed, the Somali warlord whose militia killed 24 Pakistani peacekeepers in an ambush '
     'in June, on Sunday rejected a U.N. call for him to surrender and vowed to fight on, a broadcast on his '
     'radio station said.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _CRIT + ('160', '162', '1621'),
     "In a rare public rebuke, Japan's Foreign Ministry on Monday summoned the Chinese ambassador to protest "
     "against Beijing's latest underground nuclear test, the second in three months, and said it would "
     'freeze grant aid to China, Kyodo news agency reported.'),
    (('SDN', 'SDNGOV'), ('USA', 'USAGOV'), _RECALL,
     'Hours after U.S. cruise missiles struck a pharmaceutical factory in Khartoum, thousands of Sudanese '
     'marched through the capital on Friday chanting anti-American slogans and the government recalled its '
     'ambassador from Washington, Sudanese television reported.'),
    (('ZAR', 'ZARMIL', 'COD', 'CODMIL'), ('ZAR', 'ZARREB', 'COD', 'CODREB', 'ZARINS', 'CODINS'), _FORCE,
     "Zaire's army said on Friday it had recaptured the eastern town of Kindu from rebels led by Laurent "
     'Kabila after two days of heavy fighting, but Western diplomats in Kinshasa said the rebels still held '
     'the airport and the road to the south.'),
    (('GBR', 'GBRGOV'), ('NGA', 'NGAGOV'), _RECALL,
     'Britain, along with France, Germany and the Netherlands, on Friday recalled its high commissioner from '
     'Nigeria in protest at the hanging of the writer Ken Saro-Wiwa and eight other minority rights '
     'activists, the Foreign Office said in London.'),
    (('USA', 'USAGOV', 'USAMIL'), ('IRQ', 'IRQGOV', 'IRQMIL'), _FORCE,
     'Having failed to persuade Iraq to pull its troops out of Kuwait by peaceful means, the United States '
     'and its allies launched a massive air offensive against Baghdad and Iraqi positions in Kuwait early on '
     'Thursday, the White House said.'),
    (('COD', 'CODREB', 'CODINS'), ('COD', 'CODCVL', 'CODBUS'), _FORCE,
     'Rebels in eastern Congo, who are backed by Rwanda and Uganda, on Saturday shot down a Congo Airlines '
     'Boeing 727 with 40 people on board as it took off from Kindu airport, killing all aboard, a rebel '
     'spokesman said in Goma.'),
    (('LKA', 'LKAREB', 'LKAINS'), ('LKA', 'LKAGOV'), _MEET,
     "The leader of Sri Lanka's Tamil Tiger rebels, Velupillai Prabhakaran, in a rare statement faxed to "
     'news agencies in Colombo on Saturday, offered to hold talks without preconditions with the government '
     'of President Chandrika Kumaratunga.'),
    (('BIH', 'BIHGOV', 'BIHMIL', 'HRV', 'HRVMIL', 'BIHREB'), ('BIH', 'BIHGOV', 'BIHMIL', 'HRV', 'HRVMIL',
                                                             'BIHREB'), _TRUCE,
     'Moslem and Croat forces in central Bosnia on Wednesday agreed to a ceasefire brokered by U.S. envoy '
     'Charles Redman after ten months of fighting, and signed a pact to set up a federation, U.N. officials '
     'said in Sarajevo.'),
    (('IGO', 'IGONAT'), ('SRB', 'SRBREB', 'YUG', 'YUGREB', 'KSV', 'KSVREB', 'SRBINS', 'KSVINS', 'YUGINS'),
     _ARREST,
     'NATO-led peacekeepers in Kosovo on Tuesday arrested a former commander of the Kosovo Liberation Army '
     'on suspicion of war crimes against Serb civilians, and handed him over to the U.N. war crimes '
     'tribunal in The Hague, a KFOR spokesman said.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB', 'PHLINS'), _SIGN,
     'Negotiators for the Philippine government and the Moro National Liberation Front, meeting in Jakarta '
     'under Indonesian auspices, on Saturday initialled a peace agreement ending a 24-year Moslem rebellion '
     'in the southern island of Mindanao, officials said.'),
    (('VAT', 'VATGOV', 'VATREL'), ('GBR', 'GBRREB', 'GBRINS', 'IRL', 'IRLREB', 'GBRUAF', 'IRLUAF'), _CALL,
     "Pope John Paul II, speaking to thousands of pilgrims in St. Peter's Square on Sunday, condemned the "
     'senseless bloodshed in Northern Ireland and appealed to Catholic and Protestant paramilitary groups '
     'to lay down their weapons for good.'),
    (('KHM', 'KHMGOV', 'KHMREB'), ('KHM', 'KHMGOV', 'KHMREB'), _SIGN + ('0871', '087'),
     'The four Cambodian factions, including the Khmer Rouge whose rule in the 1970s cost more than a '
     'million lives, on Wednesday signed a peace treaty in Paris ending 13 years of civil war, in the '
     'presence of foreign ministers from 18 countries.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), ('0871', '087', '057', '050', '030', '081'),
     'Iran, after eight years of a war with Iraq that cost hundreds of thousands of lives on both sides, on '
     'Monday accepted U.N. Security Council Resolution 598 calling for a ceasefire, Tehran radio said in a '
     'broadcast monitored in Nicosia.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _RECALL,
     'Egypt, angered by the Israeli bombardment of Palestinian refugee camps in south Lebanon, on Tuesday '
     'recalled its ambassador from Tel Aviv for an indefinite period, the semi-official Middle East News '
     'Agency said in Cairo.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('085', '080', '081', '0', '06', '061', '163'),
     'President Bill Clinton on Thursday lifted the 19-year-old U.S. trade embargo against Vietnam, saying '
     'Hanoi had cooperated in the search for Americans missing from the war, in a step that opens the way '
     'for full diplomatic ties, White House officials said.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TURGOV'), ('160', '162', '1621', '163', '1622', '1623', '161', '0'),
     'Germany on Tuesday suspended all military aid to Turkey, citing reports that German-made armoured '
     'vehicles had been used against Kurdish civilians in the southeast, a government spokesman said in '
     'Bonn, amid a row with Ankara over human rights.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('050', '051', '057', '064', '0'),
     'Argentina and Britain, which fought a war over the Falkland Islands in 1982, on Thursday restored full '
     'diplomatic relations after a break of eight years, a joint statement issued in Madrid after two days '
     'of talks said.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'IGOUNO'), _REJECT,
     'Iraq, saying the inspectors had finished their work long ago, on Monday rejected a demand by the U.N. '
     'Security Council that it allow weapons teams to return and warned that it would not bow to threats '
     'from Washington, the Iraqi News Agency said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('073', '070', '071', '030', '0331', '033'),
     'South Korea, seeking to ease tensions on the divided peninsula, said on Wednesday it would send '
     '150,000 tonnes of rice to North Korea to help it cope with severe food shortages caused by two years '
     'of floods, Yonhap news agency reported.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _CRIT,
     'China on Saturday sharply criticised a U.S. decision to grant a visa to Taiwan President Lee Teng-hui, '
     'saying it would seriously damage relations between the two countries, and postponed a planned visit '
     'to Washington by its defence minister, Xinhua said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('164', '160', '161', '16', '125', '120'),
     'China on Saturday sharply criticised a U.S. decision to grant a visa to Taiwan President Lee Teng-hui, '
     'saying it would seriously damage relations between the two countries, and postponed a planned visit '
     'to Washington by its defence minister, Xinhua said.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV', 'ARMMIL'), _ACCUSE,
     'Azerbaijan on Sunday accused Armenia of launching a new offensive in the Lachin corridor, with tanks '
     'and artillery supporting ethnic Armenian fighters, and said it would appeal to the U.N. Security '
     'Council to order a halt, the Turan news agency reported.'),
    (('USA', 'USAGOV', 'USAELI'), ('PRK', 'PRKGOV', 'PRKELI'), _MEET,
     'Former President Jimmy Carter crossed into North Korea at Panmunjom on Wednesday for talks with '
     'President Kim Il-sung on the nuclear crisis, the first visit to Pyongyang by a former U.S. president, '
     'the official KCNA news agency said.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), ('161', '160', '162', '164', '16', '1'),
     "Indonesia on Thursday tore up its 1995 security treaty with Australia, angered by Canberra's leading "
     'role in the U.N. peacekeeping force in East Timor, where pro-Jakarta militias killed hundreds after '
     'the independence vote, Antara news agency said.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('NGA', 'NGAOPP', 'NGAELI'), _ARREST,
     "Nigeria's military government on Thursday arrested Moshood Abiola, the presumed winner of last year's "
     'annulled presidential election, a week after he declared himself head of state and called on the army '
     'to hand over power, his family said.'),
    (('ESP', 'ESPREB', 'ESPINS'), ('ESP', 'ESPGOV', 'ESPLEG', 'ESPELI', 'ESPCVL'), _FORCE + ('186',),
     'Suspected Basque separatist guerrillas of the ETA group shot dead a town councillor of the ruling '
     'Popular Party in the northern town of Ermua on Sunday, two days after kidnapping him and threatening '
     'to kill him unless ETA prisoners were moved, EFE reported.'),
    (('DEU', 'DEUGOV', 'DDR', 'DDRGOV', 'GDR'), ('DEU', 'DEUGOV', 'DDR', 'DDRGOV', 'GDR'), _SIGN,
     'The two German states, divided for 45 years by the Cold War, on Friday signed a treaty in Bonn '
     'merging their economies and introducing the West German mark in East Germany on July 1, the first '
     'step toward unification, DPA news agency said.'),
    (('RUS', 'RUSGOV'), ('IGO', 'IGONAT'), _CRIT + ('130', '138'),
     'Russian President Boris Yeltsin, in his first public comments since the start of NATO air strikes on '
     'Yugoslavia, on Thursday condemned the attacks as naked aggression and warned the alliance that Russia '
     'could be drawn into the conflict, Itar-Tass said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), _SIGN,
     'Israeli Prime Minister Yitzhak Rabin and PLO Chairman Yasser Arafat, who shook hands on the White '
     'House lawn two years ago, on Thursday signed an agreement in Washington extending Palestinian '
     'self-rule to the main towns of the West Bank.'),
    (('MAR', 'MARGOV'), ('DZA', 'DZAGOV'), _ACCUSE,
     'Morocco, angered by a meeting between Algerian officials and leaders of the Polisario Front in Algiers '
     'last week, on Wednesday accused its neighbour of arming the guerrillas fighting for the independence '
     'of Western Sahara, MAP news agency said.'),
    # controls: a long lead whose only act is background, history or a plan, or whose participle is a result
    ((), (), ('19', '18', '20'),
     'Yugoslav forces on Wednesday pulled the last of their tanks out of Kosovo, ending a 78-day conflict '
     'with NATO that cost thousands of lives and drove hundreds of thousands of ethnic Albanians from their '
     'homes, a NATO spokesman said in Brussels.'),
    ((), (), ('19', '18', '20'),
     'The Angolan government and UNITA rebels signed a peace accord in Lusaka on Sunday, ending nearly two '
     'decades of civil war that has killed half a million people, in a ceremony attended by several African '
     'heads of state, Angolan radio said.'),
    ((), (), ('19', '18', '17'),
     'Lebanon, torn by 15 years of civil war in which Israeli and Syrian troops fought on its soil, on '
     'Monday celebrated the 50th anniversary of its independence from France with a military parade in '
     'Beirut, the first since 1974, state radio said.'),
    ((), (), ('19', '18', '08'),
     'South Korea, which has technically remained at war with the North since the 1950-53 Korean War ended '
     'in a truce rather than a peace treaty, on Tuesday opened the main stadium for the Seoul Olympics, '
     'Yonhap news agency reported.'),
    ((), (), ('07', '19', '18'),
     'Ireland, whose soldiers have served with the U.N. peacekeeping force in south Lebanon since 1978, is '
     'planning to send a new battalion of 600 troops to the region next month, a Defence Forces '
     'spokesman said in Dublin on Thursday.'),
    ((), (), ('19', '18', '17'),
     'Bangladesh, which won independence from Pakistan in 1971 after a nine-month war in which India '
     'intervened, on Monday marked the 25th anniversary of its victory with parades in Dhaka and across the '
     'country, BSS news agency said.'),
    ((), (), ('19', '18', '17', '20'),
     'Chile, ruled by General Augusto Pinochet for 17 years after a 1973 coup in which the elected '
     'president Salvador Allende died, on Sunday swore in the Christian Democrat Patricio Aylwin as its '
     'first civilian president since then, EFE reported.'),
    ((), (), ('19', '18'),
     'Namibia, which won independence from South Africa in 1990 after a 23-year guerrilla war fought by '
     'SWAPO fighters from bases in Angola, will hold its second general election next month, the electoral '
     'commission in Windhoek said on Monday.'),
    ((), (), ('19', '18', '17', '11'),
     'Japan and South Korea, whose relations have long been strained by disputes over the 35 years of '
     'Japanese colonial rule on the peninsula, will co-host the 2002 World Cup finals, world football\'s '
     'governing body FIFA announced in Zurich on Friday.'),
    ((), (), ('19', '18', '14'),
     'Kenya\'s parliament, dominated by President Daniel arap Moi\'s ruling KANU party since independence, '
     'on Tuesday opened its first session since the multi-party elections held last month, which observers '
     'said were marred by violence, the Kenya News Agency said.'),
    ((), (), ('19', '18', '14'),
     'Thousands of police and soldiers were deployed across Colombo on Thursday as the island prepared to '
     'mark the 50th anniversary of its independence from Britain, a week after Tamil Tiger rebels bombed '
     'the Temple of the Tooth in the hill town of Kandy, officials said.'),
    ((), (), ('19', '18', '17'),
     'Cambodia, where the Khmer Rouge regime caused the deaths of some 1.7 million people between 1975 and '
     '1979, on Sunday held its first general election under a U.N. peace plan, with a turnout of about 90 '
     'percent, election officials said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE33}
ALL33: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
