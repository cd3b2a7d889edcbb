"""Blind probes of the twenty-ninth session (wip/parse31): LONG era leads (1985-2005 agency copy, 35-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, KCNA, IRNA, MENA, DPA and EFE, weighted to the classes parse30 and lead30 left open:
two titled names joined by "and" as subject or object ("Sierra Leone's President X and rebel leader Y
signed ..."), a participle hung on the wrong verb or a participle's own act against a named party, acts
inside long appositions and relative clauses, partners carried over from an earlier clause ("X and Y
resumed talks ... and agreed to ..."; "held talks with Y ... and signed"), coreference inside a lead ("the
rebels", "the two sides", "both countries" after a party named earlier), and other long shapes (subject far
from its verb, a time phrase placed oddly, quoted speech, "X, which ..., said/did ..."); with controls (a
long lead whose only act is background, history or a plan).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. A sentence probed twice is one row per triple wanted. The batch was committed
before the coder was run on it.

First run (batch 1, 104 rows, main 09a8868), country + root / actor + root / actor + code: 85 / 81 / 79;
87 / 83 / 86 with the rows corrected after it as writing errors by the codebook only: an appeal to hand over
suspects for trial is 0213 (judicial cooperation), a demand that inspectors be let in 1055, shelling by
police with armoured vehicles 194, "agreed to resume full diplomatic relations" also 032 (intent to cooperate
diplomatically), a truce offer rejected 127, a base overrun 192, and the control on a planned summit no
longer forbids the 036 the project gives a planned meeting (lead23). (Actor + code can exceed actor + root:
a control passes on full codes whatever it codes.) After the session's fixes: 94 / 91 / 91.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_MEET = ('040', '042', '043', '044', '046', '036')
_SIGN = ('057', '050', '030', '031', '035', '046')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181')

PARSE31: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- 1. two titled names joined by "and" as the subject or the object
    (('SLE', 'SLEGOV'), ('SLEREB', 'SLE', 'SLEINS'), _SIGN,
     "Sierra Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh on Wednesday signed a "
     'peace accord in the Togolese capital Lome to end eight years of civil war that has killed tens of '
     'thousands of people, a Reuters correspondent reported.'),
    (('SLEREB', 'SLE', 'SLEINS'), ('SLE', 'SLEGOV'), _SIGN,
     "Sierra Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh on Wednesday signed a "
     'peace accord in the Togolese capital Lome to end eight years of civil war that has killed tens of '
     'thousands of people, a Reuters correspondent reported.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _MEET,
     'Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki held three hours of talks '
     'in the Red Sea port of Assab on Saturday on a dispute over the use of the port by Ethiopian traders, '
     'the Ethiopian News Agency said.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), _MEET,
     'Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki held three hours of talks '
     'in the Red Sea port of Assab on Saturday on a dispute over the use of the port by Ethiopian traders, '
     'the Ethiopian News Agency said.'),
    (('AGO', 'AGOGOV'), ('AGOREB', 'AGO', 'AGOINS', 'AGOOPP'), _MEET,
     'Angolan President Jose Eduardo dos Santos and UNITA rebel leader Jonas Savimbi met in the Zairean '
     'town of Gbadolite on Thursday for their first face-to-face talks since the collapse of the 1991 '
     'peace accords, Angolan state radio said.'),
    (('RWA', 'RWAGOV'), ('RWAREB', 'RWA', 'RWAINS'), _SIGN,
     'Rwandan President Juvenal Habyarimana and Alexis Kanyarengwe, chairman of the rebel Rwandan '
     'Patriotic Front, signed a peace agreement in the northern Tanzanian town of Arusha on Wednesday, '
     'ending three years of civil war, AFP reported.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), _SIGN,
     'Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat on Thursday signed an agreement '
     'in Cairo launching Palestinian self-rule in the Gaza Strip and the West Bank town of Jericho, after '
     'last-minute wrangling over maps delayed the ceremony.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), _SIGN,
     'Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat on Thursday signed an agreement '
     'in Cairo launching Palestinian self-rule in the Gaza Strip and the West Bank town of Jericho, after '
     'last-minute wrangling over maps delayed the ceremony.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _MEET,
     'Indian Prime Minister Atal Behari Vajpayee and his Pakistani counterpart Nawaz Sharif held talks in '
     'the eastern city of Lahore on Sunday after Vajpayee rode across the border on a bus, the first such '
     'journey by an Indian leader, officials said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _MEET,
     'Indian Prime Minister Atal Behari Vajpayee and his Pakistani counterpart Nawaz Sharif held talks in '
     'the eastern city of Lahore on Sunday after Vajpayee rode across the border on a bus, the first such '
     'journey by an Indian leader, officials said.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), _SIGN,
     'U.S. President Bill Clinton and Russian President Boris Yeltsin on Friday signed an agreement to stop '
     'aiming their nuclear missiles at each other, capping a two-day summit in Moscow overshadowed by the '
     'crisis in Bosnia, Itar-Tass reported.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), _SIGN,
     'President Alberto Fujimori of Peru and President Jamil Mahuad of Ecuador signed a treaty in '
     'Brasilia on Monday ending a border dispute that led to three wars this century, in a ceremony '
     'attended by six Latin American heads of state, EFE reported.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), _SIGN,
     'President Alberto Fujimori of Peru and President Jamil Mahuad of Ecuador signed a treaty in '
     'Brasilia on Monday ending a border dispute that led to three wars this century, in a ceremony '
     'attended by six Latin American heads of state, EFE reported.'),
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), _SIGN,
     'Chinese President Jiang Zemin and Russian President Vladimir Putin on Monday signed a treaty of '
     'friendship and cooperation in the Kremlin, the first such pact between the two neighbours in half a '
     'century, Xinhua news agency reported.'),
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), _MEET,
     'British Prime Minister John Major and Irish Prime Minister Albert Reynolds met in Dublin on Friday '
     'for talks on a joint declaration aimed at bringing peace to Northern Ireland, but failed to close '
     'their differences, government sources said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _MEET,
     'South Korean President Kim Dae-jung and North Korean leader Kim Jong-il held a second round of talks '
     'in Pyongyang on Wednesday at the first summit of the two Koreas since the peninsula was divided in '
     '1945, Yonhap news agency said.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), _SIGN,
     'King Hussein of Jordan and Israeli Prime Minister Yitzhak Rabin signed a declaration in Washington on '
     'Monday ending 46 years of war between their countries, at a White House ceremony presided over by '
     'President Bill Clinton, UPI reported.'),
    (('ZAR', 'ZARGOV', 'COD', 'CODGOV'), ('ZARREB', 'ZAR', 'CODREB', 'COD', 'ZARINS', 'CODINS'), _MEET,
     'Zairean President Mobutu Sese Seko and rebel leader Laurent Kabila met aboard a South African navy '
     'ship off the port of Pointe-Noire on Sunday for talks brokered by Nelson Mandela on ending the '
     'seven-month civil war, South African officials said.'),
    # -- the pair as the object
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), ('036', '020', '030', '040', '042', '043'),
     'President Bill Clinton on Tuesday invited Israeli Prime Minister Ehud Barak and Palestinian leader '
     'Yasser Arafat to a summit at the Camp David presidential retreat next week in a bid to break the '
     'deadlock in their peace talks, the White House said.'),
    (('USA', 'USAGOV'), ('PSE', 'PSEGOV'), ('036', '020', '030', '040', '042', '043'),
     'President Bill Clinton on Tuesday invited Israeli Prime Minister Ehud Barak and Palestinian leader '
     'Yasser Arafat to a summit at the Camp David presidential retreat next week in a bid to break the '
     'deadlock in their peace talks, the White House said.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('111', '112', '110', '114'),
     'Egyptian President Hosni Mubarak on Monday accused Sudanese President Omar al-Bashir and his '
     'ideological mentor Hassan al-Turabi of masterminding the attempt on his life in Addis Ababa, the '
     'Middle East News Agency reported.'),
    (('FRA', 'FRAGOV'), ('CIV', 'CIVGOV'), _MEET,
     'French Prime Minister Lionel Jospin on Thursday received Ivory Coast President Laurent Gbagbo and '
     'opposition leader Alassane Ouattara in Paris for talks aimed at ending a political crisis that has '
     'split the West African country, officials said.'),
    # -- 2. a participle on the wrong verb, a participle's own act, acts in appositions and relatives
    (('PER', 'PERMIL', 'PERGOV', 'PERSPY'), ('PERREB', 'PERINS', 'PER'), _FORCE,
     "Peruvian commandos on Tuesday stormed the Japanese ambassador's residence in Lima, freeing 71 "
     'hostages held by Tupac Amaru guerrillas for four months and killing all 14 rebels, President Alberto '
     'Fujimori said.'),
    (('RUS', 'RUSMIL'), ('RUSREB', 'RUSINS', 'RUS'), _FORCE,
     'Russian troops backed by helicopter gunships on Friday overran a village in southern Dagestan held by '
     'Chechen-based Islamic militants, killing dozens of the fighters and forcing the rest to flee into '
     'the mountains, Interfax news agency said.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'IGOUNO'), ('120', '124', '125', '128', '1245', '1246', '121'),
     'Iraq on Wednesday expelled six American members of a U.N. arms inspection team, defying a Security '
     'Council warning of serious consequences and deepening a crisis that has raised the threat of U.S. '
     'military action, the official INA agency said.'),
    (('ISR', 'ISRMIL'), ('LBNREB', 'LBN', 'LBNINS'), _FORCE,
     'Israeli helicopter gunships on Monday rocketed a Hezbollah base in south Lebanon, killing three '
     'guerrillas, in retaliation for a roadside bomb attack that killed two Israeli soldiers in the '
     'occupied zone on Sunday, Lebanese security sources said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '112', '110', '114', '120', '125'),
     'China on Tuesday rejected a U.S. human rights report as a gross interference in its internal affairs, '
     "accusing Washington of using the issue to contain the world's most populous nation, the official "
     'Xinhua news agency said.'),
    (('TUR', 'TURMIL'), ('TURREB', 'TURINS', 'TUR', 'IRQ'), _FORCE,
     'Turkish warplanes on Sunday bombed suspected Kurdish rebel camps in northern Iraq, hitting targets '
     'of the Kurdistan Workers Party which has waged a 14-year armed campaign for self-rule, military '
     'sources in the southeastern city of Diyarbakir said.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('IGO', 'IGOOSC', 'IGOSCE'), ('166', '160', '174', '120', '124'),
     'Yugoslav authorities on Monday ordered the head of the international monitoring mission in Kosovo, '
     'U.S. diplomat William Walker, to leave the country within 48 hours, accusing him of siding with the '
     'ethnic Albanian separatists, Tanjug news agency said.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('USA', 'USAGOV', 'IGO', 'IGOOSC', 'IGOSCE'), ('112', '111'),
     'Yugoslav authorities on Monday ordered the head of the international monitoring mission in Kosovo, '
     'U.S. diplomat William Walker, to leave the country within 48 hours, accusing him of siding with the '
     'ethnic Albanian separatists, Tanjug news agency said.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('111', '112', '110', '114', '120', '125'),
     'Iran, which has had no diplomatic ties with the United States since the 1979 seizure of the U.S. '
     'embassy in Tehran, on Saturday dismissed a U.S. call for direct talks as a propaganda ploy, the '
     'official IRNA news agency reported.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('111', '112', '110', '114'),
     'Greece, which has long accused Ankara of violating its airspace over the Aegean, on Thursday '
     'protested to Turkey after Turkish fighter jets flew over the island of Agathonissi, the foreign '
     'ministry in Athens said.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TURGOV'), ('111', '112', '110', '114', '161', '160'),
     'German Foreign Minister Klaus Kinkel, whose country is home to two million Turks, on Wednesday '
     "sharply criticised Ankara's military offensive against Kurdish rebels in northern Iraq and called "
     'for an immediate withdrawal, DPA reported.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('NGA', 'NGAOPP', 'NGACVL', 'NGAELI'), ('173', '170', '172', '1721'),
     "Nigeria's military ruler General Sani Abacha, who seized power in a palace coup in November 1993, on "
     'Saturday ordered the arrest of former head of state Olusegun Obasanjo on charges of plotting a coup, '
     'state radio said.'),
    (('PAK', 'PAKMIL', 'PAKGOV'), ('PAK', 'PAKGOV'), ('200', '190', '173', '172', '175'),
     'The Pakistani army, which has ruled the country for almost half its history, on Tuesday seized power '
     'in a bloodless coup and detained Prime Minister Nawaz Sharif hours after he tried to sack the army '
     'chief, General Pervez Musharraf, witnesses said.'),
    (('KHM', 'KHMGOV'), ('KHM', 'KHMOPP', 'KHMGOV', 'KHMELI'), ('173', '172', '170', '175', '180', '190'),
     "Cambodia's Second Prime Minister Hun Sen, a former Khmer Rouge commander, on Saturday ousted his "
     'co-premier Prince Norodom Ranariddh after two days of heavy fighting in Phnom Penh between their '
     'rival forces, diplomats said.'),
    (('USA', 'USAMIL', 'USAGOV'), ('IRQ', 'IRQMIL', 'IRQGOV'), _FORCE,
     'U.S. and British warplanes patrolling the no-fly zone over northern Iraq on Monday bombed an Iraqi '
     'anti-aircraft site near Mosul after coming under fire, the U.S. military said, the latest in a '
     'string of clashes since December.'),
    (('GBR', 'GBRMIL', 'GBRGOV'), ('IRQ', 'IRQMIL', 'IRQGOV'), _FORCE,
     'U.S. and British warplanes patrolling the no-fly zone over northern Iraq on Monday bombed an Iraqi '
     'anti-aircraft site near Mosul after coming under fire, the U.S. military said, the latest in a '
     'string of clashes since December.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('111', '112', '110', '114'),
     "Russia on Wednesday condemned the U.S.-led air strikes on Iraq as a gross violation of the U.N. "
     'Charter and recalled its ambassadors from Washington and London for consultations, the first such '
     'step since the end of the Cold War, Itar-Tass said.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('161', '160'),
     "Russia on Wednesday condemned the U.S.-led air strikes on Iraq as a gross violation of the U.N. "
     'Charter and recalled its ambassadors from Washington and London for consultations, the first such '
     'step since the end of the Cold War, Itar-Tass said.'),
    (('IDN', 'IDNMIL', 'IDNGOV'), ('IDNREB', 'IDNINS', 'IDN'), _FORCE,
     'Indonesian troops on Friday attacked a stronghold of Free Aceh Movement separatists in the north of '
     'Sumatra island, killing at least nine rebels in a clash that broke a three-month ceasefire, a '
     'military spokesman said in Banda Aceh.'),
    (('LKA', 'LKAREB', 'LKAINS'), ('LKA', 'LKAMIL'), _FORCE + ('192',),
     'Tamil Tiger rebels overran a Sri Lankan army base at Mullaitivu on the northeast coast on Friday, '
     'killing hundreds of soldiers in the worst defeat the army has suffered in 13 years of civil war, '
     'the rebels said in a statement.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('PSE', 'PSEINS', 'PSEREB', 'PSECVL'), ('173', '170', '172', '171'),
     'Israeli troops on Wednesday arrested 40 suspected Hamas activists in raids across the West Bank, '
     'hours after a suicide bomber from the Islamic group blew himself up in a crowded Tel Aviv cafe, '
     'killing three Israeli women, army sources said.'),
    # -- 3. partners carried over from an earlier clause
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), _SIGN + ('040', '043'),
     'Israel and Syria resumed peace talks near Washington on Tuesday after a three-year freeze and agreed '
     'to meet again next month to tackle the core issues of security and the Golan Heights, a U.S. State '
     'Department spokesman said.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), _SIGN + ('040', '043'),
     'Israel and Syria resumed peace talks near Washington on Tuesday after a three-year freeze and agreed '
     'to meet again next month to tackle the core issues of security and the Golan Heights, a U.S. State '
     'Department spokesman said.'),
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), _SIGN,
     'Chinese Premier Li Peng held talks with Russian Prime Minister Viktor Chernomyrdin in Beijing on '
     'Thursday and signed a package of accords on trade, energy and the demarcation of their long common '
     'border, Xinhua news agency said.'),
    (('RUS', 'RUSGOV'), ('CHN', 'CHNGOV'), _SIGN,
     'Chinese Premier Li Peng held talks with Russian Prime Minister Viktor Chernomyrdin in Beijing on '
     'Thursday and signed a package of accords on trade, energy and the demarcation of their long common '
     'border, Xinhua news agency said.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), _SIGN,
     'Japanese Prime Minister Keizo Obuchi met South Korean President Kim Dae-jung in Tokyo on Thursday '
     'and signed a joint declaration in which Japan apologised for its 35-year colonial rule of Korea, '
     'Kyodo news agency reported.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), _MEET,
     'The presidents of Armenia and Azerbaijan met for four hours in Geneva on Saturday and agreed to '
     'continue their search for a settlement of the Nagorno-Karabakh conflict, but gave no details of '
     'any progress, an Armenian spokesman said.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), _MEET,
     'The presidents of Armenia and Azerbaijan met for four hours in Geneva on Saturday and agreed to '
     'continue their search for a settlement of the Nagorno-Karabakh conflict, but gave no details of '
     'any progress, an Armenian spokesman said.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), _SIGN,
     'Iranian President Mohammad Khatami held talks with Saudi Crown Prince Abdullah in Jeddah on Sunday '
     'and the two sides signed a general cooperation agreement, the first since relations were restored '
     'in 1991, IRNA reported.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), _SIGN,
     'Iranian President Mohammad Khatami held talks with Saudi Crown Prince Abdullah in Jeddah on Sunday '
     'and the two sides signed a general cooperation agreement, the first since relations were restored '
     'in 1991, IRNA reported.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), _SIGN,
     'North Korea and the United States ended four days of talks in Geneva on Friday and signed an '
     "agreement under which Pyongyang will freeze its nuclear programme in return for two light-water "
     'reactors, a U.S. official said.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), _SIGN,
     'North Korea and the United States ended four days of talks in Geneva on Friday and signed an '
     "agreement under which Pyongyang will freeze its nuclear programme in return for two light-water "
     'reactors, a U.S. official said.'),
    (('EGY', 'EGYGOV'), ('LBY', 'LBYGOV'), ('040', '042', '043', '046', '057', '030'),
     'President Hosni Mubarak flew to the Libyan coastal town of Sirte on Tuesday for talks with Libyan '
     'leader Moammar Gadhafi and urged him to hand over the two Lockerbie suspects for trial, the Middle '
     'East News Agency reported.'),
    (('EGY', 'EGYGOV'), ('LBY', 'LBYGOV'), ('020', '021', '0213', '028', '026', '029'),
     'President Hosni Mubarak flew to the Libyan coastal town of Sirte on Tuesday for talks with Libyan '
     'leader Moammar Gadhafi and urged him to hand over the two Lockerbie suspects for trial, the Middle '
     'East News Agency reported.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _SIGN,
     'Vietnamese Prime Minister Phan Van Khai and his Chinese counterpart Zhu Rongji held talks in Hanoi '
     'on Monday and agreed to settle their land border dispute by the end of the year, the official '
     'Vietnam News Agency said.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), _SIGN,
     'Vietnamese Prime Minister Phan Van Khai and his Chinese counterpart Zhu Rongji held talks in Hanoi '
     'on Monday and agreed to settle their land border dispute by the end of the year, the official '
     'Vietnam News Agency said.'),
    (('SOV', 'USR', 'USRGOV', 'RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('040', '043', '046', '057', '030'),
     'Soviet Foreign Minister Eduard Shevardnadze met Secretary of State James Baker in Wyoming on '
     'Saturday and the two men agreed to speed up work on a treaty to cut long-range nuclear arms, TASS '
     'news agency reported.'),
    # -- 4. coreference inside the lead
    (('NGA', 'NGAMIL', 'IGO', 'IGOWAF', 'IGOECO'), ('SLEREB', 'SLE', 'SLEINS', 'SLEMIL'), _FORCE,
     'Nigerian-led ECOMOG peacekeepers on Saturday launched a fresh offensive against Sierra Leone '
     "rebels east of Freetown, pounding the rebels' positions with artillery and jets, a spokesman for the "
     'West African force said.'),
    (('USA', 'USAMIL', 'NAT', 'IGO', 'IGONAT', 'USAGOV'), ('SRB', 'SRBMIL', 'YUG', 'YUGMIL', 'BIH', 'BIHMIL'),
     _FORCE,
     'NATO jets struck Bosnian Serb ammunition dumps near Pale on Thursday for a second day after the '
     'Serbs refused to pull heavy weapons back from Sarajevo, and the allied jets returned at dusk to hit '
     'radar sites, a NATO spokesman said.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV', 'BIH', 'BIHSRB', 'SRBREB'), ('IGO', 'IGONAT', 'NAT'),
     ('120', '124', '125', '128', '1246'),
     'NATO jets struck Bosnian Serb ammunition dumps near Pale on Thursday for a second day after the '
     'Serbs refused to pull heavy weapons back from Sarajevo, and the allied jets returned at dusk to hit '
     'radar sites, a NATO spokesman said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('040', '042', '043', '046'),
     'India and Pakistan opened foreign secretary-level talks in Islamabad on Thursday, the first '
     'high-level contact since both countries carried out nuclear tests in May, and the two sides were '
     'expected to discuss Kashmir, officials said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('040', '042', '043', '046'),
     'India and Pakistan opened foreign secretary-level talks in Islamabad on Thursday, the first '
     'high-level contact since both countries carried out nuclear tests in May, and the two sides were '
     'expected to discuss Kashmir, officials said.'),
    (('COL', 'COLREB', 'COLINS'), ('COL', 'COLGOV', 'COLMIL', 'COLCVL'), ('180', '181', '186', '190', '193'),
     'Marxist FARC guerrillas attacked the town of Mitu in southeastern Colombia on Sunday, and the rebels '
     'kidnapped more than 60 police officers after a 12-hour battle, the army said in a statement from '
     'Bogota.'),
    (('COL', 'COLREB', 'COLINS'), ('COL', 'COLCOP', 'COLGOV'), ('181', '180'),
     'Marxist FARC guerrillas attacked the town of Mitu in southeastern Colombia on Sunday, and the rebels '
     'kidnapped more than 60 police officers after a 12-hour battle, the army said in a statement from '
     'Bogota.'),
    (('DZA', 'DZAREB', 'DZAINS'), ('DZA', 'DZACVL'), ('180', '181', '186', '190', '193', '202', '200'),
     'Suspected Moslem fundamentalist guerrillas killed 31 villagers near Medea, south of Algiers, late on '
     "Friday, and the attackers slit the throats of women and children, Algeria's El Watan newspaper "
     'reported on Sunday.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057', '046', '040', '043'),
     'Israel and Jordan opened a second round of border talks in the Arava desert on Monday, and both '
     'countries agreed to set up joint committees on water and the environment, an Israeli foreign '
     'ministry spokesman said.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('057', '046', '040', '043'),
     'Israel and Jordan opened a second round of border talks in the Arava desert on Monday, and both '
     'countries agreed to set up joint committees on water and the environment, an Israeli foreign '
     'ministry spokesman said.'),
    (('TJK', 'TJKGOV'), ('TJKOPP', 'TJKREB', 'TJK', 'TJKINS'), _SIGN,
     "Tajikistan's government and the Islamic-led United Tajik Opposition resumed U.N.-sponsored talks in "
     'Moscow on Tuesday, and the two sides signed a protocol on the return of refugees, Itar-Tass reported.'),
    (('TJKOPP', 'TJKREB', 'TJK', 'TJKINS'), ('TJK', 'TJKGOV'), _SIGN,
     "Tajikistan's government and the Islamic-led United Tajik Opposition resumed U.N.-sponsored talks in "
     'Moscow on Tuesday, and the two sides signed a protocol on the return of refugees, Itar-Tass reported.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('138', '130', '139', '1312'),
     'The United States on Sunday told Iraq it faced air strikes unless it allowed U.N. inspectors '
     'unfettered access, and Washington said it would not wait long for Baghdad to comply, State Department '
     'officials said.'),
    # -- 5. other long shapes: subject far from verb, odd time phrase, quoted speech, "X, which ..., did"
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('111', '112', '110', '114', '138', '130'),
     'The Democratic People\'s Republic of Korea, in a statement carried by the official Korean Central News '
     'Agency on Thursday, denounced the U.S. imperialists for staging large-scale war manoeuvres in South '
     'Korea aimed at invading the North.'),
    (('IRN', 'IRNGOV'), ('ISR', 'ISRGOV'), ('111', '112', '110', '114'),
     'Iranian Foreign Minister Kamal Kharrazi, speaking at a news conference in Tehran at the end of a '
     'two-day visit by his Syrian counterpart, on Monday accused Israel of sabotaging the Middle East '
     'peace process, IRNA said.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('111', '112', '110', '114', '120', '125'),
     '"This is not acceptable," U.S. Secretary of State Warren Christopher told reporters in Washington on '
     "Friday, criticising China for holding military exercises off Taiwan ahead of the island's first "
     'direct presidential election.'),
    (('IGO', 'IGOUNO'), ('IRQ', 'IRQGOV'), ('020', '021', '025', '0255', '026', '028', '100', '102', '1055'),
     'The U.N. Security Council, meeting in emergency session in New York late on Wednesday, demanded that '
     'Iraq immediately and unconditionally allow weapons inspectors back to all sites, the council '
     'president told reporters.'),
    (('RUS', 'RUSGOV'), ('JPN', 'JPNGOV'), ('040', '042', '043', '046'),
     'Russian Foreign Minister Yevgeny Primakov, on a three-day visit to Japan, held talks with his Japanese '
     'counterpart Yukihiko Ikeda in Tokyo on Sunday on a territorial dispute that has blocked a peace '
     'treaty since 1945, Kyodo news agency said.'),
    (('TWN', 'TWNGOV', 'CHN'), ('CHN', 'CHNGOV'), ('111', '112', '110', '114'),
     "Taiwan's Mainland Affairs Council, the island's top policy-making body on China, on Friday condemned "
     "Beijing's latest missile tests near the island as an act of intimidation and urged the mainland to "
     'resume dialogue, the Central News Agency said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'Egypt, the first Arab country to sign a peace treaty with Israel, on Tuesday recalled its ambassador '
     "from Tel Aviv in protest at Israel's military offensive against the Palestinians in the Gaza Strip, "
     'the Middle East News Agency said.'),
    (('USA', 'USAGOV'), ('MMR', 'MMRGOV'), ('163', '160', '162', '1621'),
     'The United States, citing continued repression of the democracy movement led by Nobel laureate Aung '
     'San Suu Kyi, on Tuesday banned new American investment in Burma, a Treasury Department statement '
     'said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('070', '071', '073', '030', '033'),
     'South Korea, which has fought no war with the North since the 1950-53 conflict ended in a truce, '
     'said on Wednesday it would send 300,000 tonnes of fertiliser to North Korea to help ease severe food '
     'shortages there, the unification ministry said.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('111', '112', '110', '114'),
     'Cuban President Fidel Castro, in a five-hour speech to the National Assembly in Havana on Saturday, '
     'accused the United States of waging economic war on the island and said Washington was behind a '
     'wave of hotel bombings, Prensa Latina reported.'),
    (('SRB', 'SRBMIL', 'SRBCOP', 'YUG', 'YUGMIL', 'YUGCOP', 'SRBGOV', 'YUGGOV'),
     ('SRBCVL', 'YUGCVL', 'SRB', 'YUG', 'KSV'), ('180', '181', '186', '190', '193', '194', '202', '200'),
     'Serbian police backed by armoured vehicles on Thursday shelled ethnic Albanian villages in the '
     'Drenica region of Kosovo for a second day, killing at least 20 civilians, ethnic Albanian sources '
     'said.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('064', '060', '057', '040', '043', '046', '030', '032'),
     'Britain and Argentina, which fought a war over the Falkland Islands in 1982, on Wednesday agreed to '
     'resume full diplomatic relations after an eight-year break, a joint statement issued in Madrid '
     'said.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('064', '060', '057', '040', '043', '046', '030', '032'),
     'Britain and Argentina, which fought a war over the Falkland Islands in 1982, on Wednesday agreed to '
     'resume full diplomatic relations after an eight-year break, a joint statement issued in Madrid '
     'said.'),
    (('ESP', 'ESPGOV'), ('ESPREB', 'ESPINS', 'ESP'), ('111', '112', '110', '114', '120', '125', '127'),
     'Spanish Prime Minister Jose Maria Aznar on Monday rejected a truce offer by the Basque separatist '
     'group ETA as a trick, saying the guerrillas must first give up their weapons before any talks could '
     'take place, EFE news agency reported.'),
    (('THA', 'THAGOV'), ('MMR', 'MMRGOV'), ('161', '160', '163', '111', '112'),
     "Thailand on Sunday closed its border with Burma, a day after Burmese student gunmen seized Burma's "
     'embassy in Bangkok and held 89 people hostage for 25 hours, Thai government officials said.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('111', '112', '110', '114', '162', '160', '1621'),
     "Japan's government, a day after North Korea fired a multi-stage rocket over its main island of "
     'Honshu, on Tuesday lodged a strong protest with Pyongyang and froze its funding for a reactor '
     'project, Kyodo news agency reported.'),
    (('HRV', 'HRVMIL', 'HRVGOV'), ('HRVSRB', 'HRV', 'SRB', 'HRVREB', 'SRBREB', 'YUG', 'HRVCVL'), _FORCE,
     'Croatian army troops, supported by tanks and artillery and acting on orders from President Franjo '
     'Tudjman, on Friday launched a major offensive against rebel Serbs in the Krajina region, Croatian '
     'radio said.'),
    (('AFG', 'AFGREB', 'AFGINS', 'AFGMIL', 'AFGGOV'), ('AFG', 'AFGREB', 'AFGOPP', 'AFGMIL', 'AFGINS'), _FORCE,
     "Afghanistan's Taliban militia, which controls about 90 percent of the country, on Wednesday launched a "
     'fresh offensive against the forces of opposition commander Ahmad Shah Masood north of Kabul, the '
     'Afghan Islamic Press said.'),
    (('IGO', 'IGOUNO'), ('SOM', 'SOMREB', 'SOMINS', 'SOMMIL'), _FORCE,
     'U.N. troops in Somalia on Saturday attacked the headquarters of warlord General Mohamed Farah Aideed '
     'in Mogadishu with helicopter gunships and tanks, in retaliation for the killing of 24 Pakistani '
     'peacekeepers, a U.N. spokesman said.'),
    (('FRA', 'FRAGOV'), ('NZL', 'NZLGOV'), ('050', '051', '054', '057', '040', '061'),
     'France, a week after resuming nuclear tests in the South Pacific despite protests from New Zealand '
     'and Australia, on Tuesday offered to sign a treaty making the region a nuclear-free zone, French '
     'officials said.'),
    (('MAR', 'MARGOV'), ('DZA', 'DZAGOV'), ('111', '112', '110', '114'),
     "Moroccan King Hassan on Monday accused Algeria's military-backed government, which has battled an "
     'Islamist insurgency since 1992, of harbouring Polisario Front guerrillas fighting for independence in '
     'the Western Sahara, MAP news agency said.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), ('111', '112', '110', '114', '161', '160'),
     'Venezuela said on Friday it had lodged a formal protest with Colombia after Colombian troops chasing '
     'leftist guerrillas crossed the border into Venezuelan territory, the foreign ministry in Caracas '
     'said in a statement carried by EFE.'),
    # -- controls: background, history or a plan only
    ((), (), ('19', '18', '20'),
     'Angola, where a 27-year civil war between the government and UNITA rebels killed up to a million '
     'people before a ceasefire in 2002, held a national day of mourning on Friday for the victims of the '
     'conflict, state radio said.'),
    ((), (), ('04', '05'),
     'The leaders of Israel and Syria, who last met in 1995 before talks broke down over the Golan Heights, '
     'are expected to hold a first round of talks in Washington early next year, U.S. officials said on '
     'Tuesday.'),
    ((), (), ('19', '18', '17'),
     'Rwanda, where Hutu extremists slaughtered some 800,000 Tutsis and moderate Hutus in 100 days in '
     '1994, on Thursday opened a new national museum in Kigali to honour the dead, the Rwanda News Agency '
     'reported.'),
    ((), (), ('11', '12', '13'),
     'Japanese Prime Minister Ryutaro Hashimoto, who has faced criticism at home over his handling of the '
     'hostage crisis in Lima, plans to visit Peru next month to thank President Alberto Fujimori, Kyodo '
     'news agency reported on Saturday.'),
    ((), (), ('19', '18'),
     'Iraq and Iran, which fought an eight-year war in the 1980s that cost a million lives, marked the '
     "anniversary of the ceasefire on Saturday with ceremonies in both capitals, the official IRNA news "
     'agency said.'),
    ((), (), ('19', '18', '17'),
     'Chile, ruled by General Augusto Pinochet from the 1973 coup that toppled Marxist President Salvador '
     'Allende until 1990, on Sunday held its third presidential election since the return of democracy, '
     'EFE reported.'),
    ((), (), ('11', '12', '16'),
     'Relations between China and Japan, strained for months by a row over history textbooks, are expected '
     'to top the agenda when Chinese Premier Zhu Rongji visits Tokyo next week, Xinhua said on Monday.'),
    ((), (), ('19', '18', '17'),
     'Kuwait, invaded by Iraqi troops in August 1990 and freed by a U.S.-led coalition seven months later, '
     'on Saturday celebrated the ninth anniversary of its liberation with a military parade in Kuwait '
     'City, KUNA news agency said.'),
    ((), (), ('19', '18', '14'),
     'Lebanon, where a 15-year civil war ended in 1990, on Monday began rebuilding the central district of '
     'Beirut that was reduced to rubble by fighting between Christian and Moslem militias, the state news '
     'agency said.'),
    ((), (), ('19', '18'),
     'Bosnia\'s Moslems, Serbs and Croats, who fought a 43-month war that killed some 200,000 people, voted '
     'on Saturday in the first general election since the Dayton peace accords, international monitors '
     'said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE31}
ALL31: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
