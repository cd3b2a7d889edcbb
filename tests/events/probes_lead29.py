"""GSR-style probes of the twenty-seventh session (wip/lead29): short international leads in the manner of
the real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind,
spread over the whole codebook and over the era's regions, each told with the verbs and nominal events of
the wires of that time rather than the lexicon's own words.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (40 rows, main cf0a96e) 39 / 38 / 32;
batch 2 (44, after batch 1's fixes) 35 / 33 / 30; batch 3 (33, after batch 2's fixes) 26 / 25 / 24;
batch 4 (34, after batch 3's fixes) 30 / 29 / 29; batch 5 (26, after batch 4's fixes) 24 / 24 / 24;
batch 6 (20, after batch 5's fixes) 20 / 19 / 19; batch 7 (18, long leads, after batch 6) 13 / 11 / 11;
batch 8 (14, long leads, written after the session's merge) 12 / 9 / 8.
Rows corrected after a run are writing errors by the codebook or the guide only: a telephone call is 041
(batch 1, two rows), a protest against repression 1413, a refused referendum 123 (reform), Islamic
militants UAF (docs/actors.md), and a refused offer to withdraw is also 127; batch 2: a demand to stop
fighting is 107 (demand a ceasefire), a town captured 192 (occupy territory), food aid suspended 1623;
batch 3 (33, after batch 2's fixes): a border closed is 160 (docs/events.md), a building struck in a capital
with no party named is the place's people (CVL), protesters OPP (docs/actors.md); batch 7: agreeing to
restore relations is an intent (032), troops firing on a crowd 175 (docs/events.md), invading forces MIL,
commandos MIL; batch 8: a protest at an incursion by warplanes is aimed at their force (MIL), people
deported are CVL, an accusation of ethnic cleansing 1124.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD29: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('CHN', 'CHNGOV'), ('USA', 'USALEG', 'USAGOV'), ('111', '110', '112'),
     'China on Tuesday denounced a U.S. congressional resolution criticising its human rights record as '
     'gross interference in its internal affairs.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('040', '043', '042', '046'),
     'Egyptian President Hosni Mubarak met Israeli Prime Minister Ehud Barak in Cairo on Sunday to discuss '
     'ways of reviving the stalled peace process.'),
    (('ISR', 'ISRGOV'), ('EGY', 'EGYGOV'), ('040', '042', '043', '046'),
     'Egyptian President Hosni Mubarak met Israeli Prime Minister Ehud Barak in Cairo on Sunday to discuss '
     'ways of reviving the stalled peace process.'),
    (('IGO',), ('ZAF', 'ZAFGOV'), ('085', '081', '080'),
     'The European Union lifted its arms embargo on South Africa on Monday.'),
    (('IDNEDU', 'IDNCVL', 'IDN'), ('IDNGOV', 'IDN'), ('141', '1411', '140'),
     'Thousands of students marched through Jakarta on Thursday demanding the resignation of President '
     'Suharto.'),
    (('RUS', 'RUSGOV'), ('BLR', 'BLRGOV'), ('057', '050', '030'),
     'Russia and Belarus signed a treaty on Thursday forming a union of the two states.'),
    (('BLR', 'BLRGOV'), ('RUS', 'RUSGOV'), ('057', '050', '030'),
     'Russia and Belarus signed a treaty on Thursday forming a union of the two states.'),
    (('IGO',), ('LBY', 'LBYGOV'), ('163', '160', '162'),
     'The U.N. Security Council voted unanimously on Friday to extend sanctions against Libya for another '
     'four months.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('042', '040'),
     'Chinese Premier Zhu Rongji arrived in Tokyo on Monday for a five-day official visit.'),
    (('PSECOP', 'PSE', 'PSEGOV'), ('PSEREB', 'PSE', 'PSEOPP', 'PSECRM'), ('173', '170'),
     'Palestinian police arrested 20 members of Islamic Jihad in the Gaza Strip following a suicide '
     'bombing in Tel Aviv.'),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), ('161', '166', '160', '1663', '174'),
     'Britain expelled three Iraqi diplomats on Tuesday, accusing them of spying.'),
    (('ISRMIL', 'ISR'), ('LBNREB', 'LBN', 'LBNMIL'), ('195', '190', '183'),
     'Israeli warplanes bombed suspected Hezbollah positions in southern Lebanon on Saturday.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('041', '040', '046'),
     'President Bill Clinton telephoned Russian President Boris Yeltsin on Wednesday to discuss the '
     'crisis in Kosovo.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('041', '040', '046'),
     'President Bill Clinton telephoned Russian President Boris Yeltsin on Wednesday to discuss the '
     'crisis in Kosovo.'),
    (('XKX', 'XKXCVL', 'SRBCVL', 'YUGCVL'), ('SRB', 'SRBCOP', 'SRBGOV', 'YUG', 'YUGCOP', 'YUGGOV'),
     ('141', '140', '1414', '1413'),
     'Thousands of Kosovo Albanians protested in Pristina on Sunday against Serbian police repression.'),
    (('IRQ', 'IRQGOV'), ('USA', 'IGO', 'USAGOV'), ('130', '131', '1312', '1313', '139', '137'),
     'Iraq threatened on Monday to expel American members of the U.N. weapons inspection team.'),
    (('IDN', 'IDNGOV'), ('PRT', 'PRTGOV'), ('125', '120', '1212', '123'),
     'Indonesia rejected on Thursday a Portuguese proposal for a referendum on the future of East Timor.'),
    (('IGO',), ('RUS', 'RUSGOV'), ('071', '070', '061'),
     'The IMF approved a 2.2 billion dollar loan to Russia on Tuesday to help it stabilise the rouble.'),
    (('LKAMIL', 'LKA'), ('LKAREB', 'LKA'), ('190', '193', '180'),
     'Sri Lankan troops killed 45 Tamil Tiger rebels in fierce fighting in the northern Jaffna peninsula, '
     'the defence ministry said.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('183', '1832', '1831', '180', '190'),
     "Tamil Tiger rebels rammed an explosives-laden boat into a navy gunboat off Sri Lanka's northeast "
     "coast, killing 10 sailors."),
    (('IGO',), ('ETH', 'ETHGOV'), ('020', '027', '028', '024', '025', '0256', '021'),
     'The Organisation of African Unity appealed to Ethiopia and Eritrea on Friday to halt their border '
     'war and accept its peace plan.'),
    (('IGO',), ('ERI', 'ERIGOV'), ('020', '027', '028', '024', '025', '0256', '021'),
     'The Organisation of African Unity appealed to Ethiopia and Eritrea on Friday to halt their border '
     'war and accept its peace plan.'),
    (('CUB', 'CUBGOV'), ('CUB', 'CUBCVL', 'CUBOPP', 'CUBCRM'), ('084', '0841', '080', '081'),
     'Cuba freed 300 political prisoners on Wednesday at the request of Pope John Paul II.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), ('043', '040', '042'),
     "Saudi Arabia's King Fahd received Iranian Foreign Minister Kamal Kharrazi in Jeddah on Sunday."),
    (('KENCOP', 'KEN', 'KENGOV'), ('KENOPP', 'KEN', 'KENCVL'), ('175', '170', '172', '173'),
     'Kenyan police fired tear gas to disperse opposition supporters demonstrating in Nairobi for '
     'constitutional reform.'),
    (('MEXREB', 'MEX'), ('MEXGOV', 'MEX'), ('164', '160', '125'),
     "Mexico's Zapatista rebels broke off peace talks with the government on Thursday, accusing it of bad "
     "faith."),
    (('XKXREB', 'SRBREB', 'YUGREB', 'XKX'), ('SRBCOP', 'SRB', 'YUGCOP', 'YUG'), ('190', '180', '182', '186'),
     'Kosovo Liberation Army guerrillas ambushed a Serbian police patrol near Pristina, killing two '
     'officers.'),
    (('USA', 'USAGOV'), ('GRC', 'GRCGOV'), ('039', '030', '036'),
     'The United States on Tuesday offered to mediate between Greece and Turkey in their dispute over an '
     'Aegean islet.'),
    (('USA', 'USAGOV'), ('TUR', 'TURGOV'), ('039', '030', '036'),
     'The United States on Tuesday offered to mediate between Greece and Turkey in their dispute over an '
     'Aegean islet.'),
    (('DZAMIL', 'DZACOP', 'DZA', 'DZAGOV'), ('DZAREB', 'DZAUAF', 'DZA'), ('190', '193', '180', '186'),
     'Algerian security forces killed 12 Islamic militants in a raid on their hideout east of Algiers, '
     'newspapers reported on Monday.'),
    (('RUS', 'RUSGOV'), ('IGO',), ('111', '110', '112', '122'),
     'Moscow condemned on Friday the expansion of NATO to Poland, Hungary and the Czech Republic as a '
     'historic mistake.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('125', '120', '1212', '127'),
     'Syria on Monday rejected an Israeli offer to withdraw from southern Lebanon in return for security '
     'guarantees.'),
    (('ZAF', 'ZAFGOV', 'ZAFELI'), ('NGA', 'NGAGOV', 'NGAMIL'), ('0253', '025', '020', '1053'),
     "South African President Nelson Mandela urged Nigeria's military rulers on Thursday to release "
     "jailed opposition leader Moshood Abiola."),
    (('CHNCOP', 'CHN', 'CHNGOV'), ('CHNOPP', 'CHN', 'CHNCVL', 'CHNACT'), ('173', '170'),
     'Chinese police detained a prominent dissident in Beijing on Sunday, hours before he was to meet a '
     'visiting U.S. official.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), ('057', '050'),
     'Ecuador and Peru signed a peace treaty in Brasilia on Monday ending their decades-old border '
     'dispute.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('057', '050'),
     'Ecuador and Peru signed a peace treaty in Brasilia on Monday ending their decades-old border '
     'dispute.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('112', '110', '111', '1121'),
     'Iran accused the United States on Wednesday of seeking to destabilise the region by selling arms to '
     'Persian Gulf states.'),
    (('ZWE', 'ZWEGOV', 'ZWEMIL'), ('COD', 'CODGOV'), ('072', '062', '074', '070', '060'),
     'Zimbabwe sent 3,000 more troops to the Democratic Republic of Congo on Friday to back President '
     'Laurent Kabila against the rebels.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15',
              '16', '17', '18', '19', '20'),
     'Analysts in Hong Kong said on Monday that the Asian currency crisis had yet to run its course.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), ('054', '050', '057'),
     'Vietnam and the United States restored full diplomatic relations on Tuesday, 20 years after the end '
     'of the Vietnam war.'),
]

LEAD29_B2: list[Row] = [
    # batch 2: written blind (officialese of the state agencies and longer leads), before a run
    (('CHN', 'CHNGOV'), ('THA', 'THAGOV'), ('046', '040', '043', '042'),
     'Chinese Vice-Premier and Foreign Minister Qian Qichen held talks here today with visiting Thai '
     'Foreign Minister Surin Pitsuwan on bilateral relations and regional issues.'),
    (('THA', 'THAGOV'), ('CHN', 'CHNGOV'), ('046', '040', '042', '043'),
     'Chinese Vice-Premier and Foreign Minister Qian Qichen held talks here today with visiting Thai '
     'Foreign Minister Surin Pitsuwan on bilateral relations and regional issues.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('030', '031', '036', '032'),
     'Chinese President Jiang Zemin said today that China is willing to work with the United States to '
     'build a constructive strategic partnership.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV', 'USAMIL'), ('111', '110', '112'),
     'The Democratic People\'s Republic of Korea today strongly denounced the large-scale joint military '
     'exercises staged by the United States and the South Korean puppets.'),
    (('IRN', 'IRNGOV'), ('RUS', 'RUSGOV'), ('021', '0211', '020', '022', '031', '030'),
     'Iranian President Mohammad Khatami on Sunday called for expanding cooperation between Tehran and '
     'Moscow in all fields.'),
    (('VNM', 'VNMGOV'), ('LAO', 'LAOGOV'), ('057', '061', '050'),
     'Vietnam and Laos today signed an agreement on economic, cultural and scientific-technical '
     'cooperation for 1998.'),
    (('LAO', 'LAOGOV'), ('VNM', 'VNMGOV'), ('057', '061', '050'),
     'Vietnam and Laos today signed an agreement on economic, cultural and scientific-technical '
     'cooperation for 1998.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('016', '120', '110', '111', '112'),
     'Pakistani Prime Minister Nawaz Sharif today rejected Indian allegations that Pakistan was training '
     'Kashmiri militants.'),
    (('IGO',), ('ETH', 'ETHGOV'), ('107', '1056', '105', '100', '108'),
     'The U.N. Security Council on Friday demanded that Ethiopia and Eritrea immediately stop fighting and '
     'resume peace talks.'),
    (('IGO',), ('ERI', 'ERIGOV'), ('107', '1056', '105', '100', '108'),
     'The U.N. Security Council on Friday demanded that Ethiopia and Eritrea immediately stop fighting and '
     'resume peace talks.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('036', '030', '040'),
     'Greek Prime Minister Costas Simitis and his Turkish counterpart Bulent Ecevit agreed on Saturday to '
     'meet regularly to improve relations between the two NATO allies.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('036', '030', '040'),
     'Greek Prime Minister Costas Simitis and his Turkish counterpart Bulent Ecevit agreed on Saturday to '
     'meet regularly to improve relations between the two NATO allies.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('111', '110', '112'),
     'Palestinian President Yasser Arafat on Thursday condemned the Israeli decision to build a new Jewish '
     'settlement in Arab east Jerusalem.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSECVL', 'PSEGOV'), ('191', '1724', '172', '170'),
     'Israel sealed off the West Bank and Gaza Strip on Sunday after a suicide bomber killed 19 people on a '
     'Tel Aviv bus.'),
    (('ARMMIL', 'ARM'), ('AZEMIL', 'AZE'), ('194', '190', '193'),
     'Armenian and Azerbaijani forces exchanged artillery fire along the front line in Nagorno-Karabakh '
     'overnight, the Defence Ministry in Baku said.'),
    (('AZEMIL', 'AZE'), ('ARMMIL', 'ARM'), ('194', '190', '193'),
     'Armenian and Azerbaijani forces exchanged artillery fire along the front line in Nagorno-Karabakh '
     'overnight, the Defence Ministry in Baku said.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('IGO',), ('1246', '124', '120'),
     'Yugoslav President Slobodan Milosevic on Tuesday rejected a NATO ultimatum to pull his forces out of '
     'Kosovo.'),
    (('JPN', 'JPNGOV'), ('IDN', 'IDNGOV'), ('071', '070', '033'),
     'The Japanese government decided on Friday to extend 300 million dollars in emergency aid to '
     'Indonesia to help it weather the financial crisis.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('162', '1621', '1623', '160'),
     'North Korea fired a ballistic missile over Japan on Monday, prompting Tokyo to suspend food aid to '
     'Pyongyang.'),
    (('CHNCOP', 'CHN', 'CHNGOV'), ('CHNREL', 'CHN', 'CHNOPP', 'CHNCVL'), ('170', '171', '173', '175'),
     'Chinese police on Thursday raided the homes of dozens of members of the outlawed Falun Gong movement '
     'in Beijing.'),
    (('SLEREB', 'SLE'), ('IGO',), ('181', '180'),
     'Rebels of the Revolutionary United Front seized 500 U.N. peacekeepers in Sierra Leone, the United '
     'Nations said on Saturday.'),
    (('AGOMIL', 'AGO', 'AGOGOV'), ('AGOREB', 'AGO'), ('192', '190', '193', '194', '195'),
     'Angolan government troops recaptured the diamond-mining town of Cafunfo from UNITA rebels on '
     'Tuesday, state radio said.'),
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), ('162', '163', '160', '1621', '1622'),
     'The European Union on Monday suspended trade and aid agreements with Nigeria in protest against the '
     'execution of writer Ken Saro-Wiwa and eight other activists.'),
    (('COL', 'COLGOV'), ('COLREB', 'COL'), ('040', '044', '046', '043', '042'),
     'Colombian President Andres Pastrana met FARC leader Manuel Marulanda in the jungle on Friday to open '
     'peace talks.'),
    (('COLREB', 'COL'), ('COL', 'COLGOV'), ('040', '044', '046', '043', '042'),
     'Colombian President Andres Pastrana met FARC leader Manuel Marulanda in the jungle on Friday to open '
     'peace talks.'),
    (('JOR', 'JORGOV', 'JORELI'), ('USA', 'USAGOV'), ('042', '046', '040'),
     "Jordan's King Hussein flew to Washington on Monday for talks with President Bill Clinton on the "
     "stalled Middle East peace process."),
    (('SDNREB', 'SDN'), ('SDNMIL', 'SDN', 'SDNGOV'), ('190', '193', '194', '195'),
     'Sudanese rebels said on Tuesday they had shot down a government transport plane in the south, '
     'killing all 20 people on board.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15',
              '16', '17', '18', '19', '20'),
     'The Dow Jones industrial average fell 120 points on Tuesday as investors worried about rising '
     'interest rates.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), ('112', '110', '111'),
     'Kuwait on Wednesday accused Iraq of massing troops near their common border and put its armed forces '
     'on alert.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('031', '030', '057', '061', '0311'),
     'Britain and Argentina agreed on Thursday to resume direct flights between the Falkland Islands and '
     'the mainland.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('031', '030', '057', '061', '0311'),
     'Britain and Argentina agreed on Thursday to resume direct flights between the Falkland Islands and '
     'the mainland.'),
    (('PSECVL', 'PSE'), ('ISRMIL', 'ISR'), ('145', '1451', '1452', '1453', '1454', '180', '182'),
     'Hundreds of Palestinian youths stoned Israeli troops in the West Bank town of Hebron on Friday, and '
     'soldiers fired rubber bullets to disperse them, witnesses said.'),
    (('ISRMIL', 'ISR'), ('PSECVL', 'PSE'), ('175', '1724', '170', '190', '180'),
     'Hundreds of Palestinian youths stoned Israeli troops in the West Bank town of Hebron on Friday, and '
     'soldiers fired rubber bullets to disperse them, witnesses said.'),
    (('EGY', 'EGYGOV'), ('USA', 'USAGOV'), ('063', '060'),
     'Egypt on Sunday handed over to the United States a suspected member of the group accused of bombing '
     'the World Trade Center.'),
    (('VAT', 'VATGOV', 'VATREL'), ('CUB', 'CUBGOV'), ('042', '040'),
     'Pope John Paul II arrived in Havana on Wednesday for a historic five-day visit to communist Cuba.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('111', '114', '110', '112'),
     'India test-fired its Agni intermediate-range missile on Sunday, drawing a sharp protest from '
     'Pakistan.'),
    (('SYR', 'SYRGOV'), ('USA', 'USAGOV'), ('043', '040', '042'),
     'Syrian President Hafez al-Assad told visiting U.S. Secretary of State Warren Christopher on Tuesday '
     'that Syria wanted a full Israeli withdrawal from the Golan Heights.'),
    (('SYRGOV', 'SYR'), ('ISR', 'ISRGOV', 'ISRMIL'), ('106', '105', '1056', '100', '1053'),
     'Syrian President Hafez al-Assad told visiting U.S. Secretary of State Warren Christopher on Tuesday '
     'that Syria wanted a full Israeli withdrawal from the Golan Heights.'),
    (('SRBCVL', 'SRB', 'YUGCVL', 'YUG'), ('SRBGOV', 'SRB', 'YUGGOV', 'YUG'), ('141', '1411', '140'),
     'Tens of thousands of Serbs rallied in Belgrade on Saturday to demand the resignation of President '
     'Slobodan Milosevic.'),
    (('AFGREB', 'AFGGOV', 'AFG', 'AFGMIL', 'AFGINS'), ('AFG', 'AFGREB', 'AFGMIL', 'AFGOPP', 'AFGINS'),
     ('192', '190', '1712', '193'),
     'The Taliban militia captured the northern city of Mazar-i-Sharif on Saturday, driving out the forces '
     'of opposition commander Abdul Rashid Dostum.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '110', '120', '112'),
     'Chinese Foreign Ministry spokesman Zhu Bangzao said on Thursday that China firmly opposed any sale '
     'of advanced weapons to Taiwan by the United States.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('036', '030', '040'),
     "South Korea's President Kim Dae-jung on Monday proposed a summit with North Korean leader Kim "
     "Jong-il to discuss reconciliation."),
    (('PER', 'PERGOV'), ('PERLEG', 'PER'), ('172', '1721', '1722', '170', '175', '1724'),
     'Peruvian President Alberto Fujimori dissolved Congress and suspended the constitution on Sunday, '
     'saying the legislature was blocking his reforms.'),
    (('BGD', 'BGDGOV'), ('IND', 'INDGOV'), ('057', '050'),
     'Bangladesh and India signed a 30-year treaty on sharing the waters of the Ganges river in New Delhi '
     'on Thursday.'),
]

LEAD29_B3: list[Row] = [
    # batch 3: written blind (AFP, Reuters and AP leads of 1989-2000 across the codebook), before a run
    (('IGO',), ('IDN', 'IDNGOV'), ('0255', '025', '020', '023', '021'),
     'U.N. Secretary-General Kofi Annan on Thursday called on Indonesia to accept international help in '
     'restoring order in East Timor.'),
    (('SRBCOP', 'SRB', 'YUGCOP', 'YUG'), ('XKXCVL', 'XKX', 'SRBCVL', 'SRB', 'YUGCVL', 'YUG', 'XKXREB'),
     ('173', '170'),
     'Serbian police arrested 12 ethnic Albanians in the Kosovo town of Pec on Friday on suspicion of '
     'terrorism, the Kosovo Information Centre said.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('046', '040'),
     "The United States and China resumed talks on China's entry into the World Trade Organisation in "
     "Beijing on Monday."),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('046', '040'),
     "The United States and China resumed talks on China's entry into the World Trade Organisation in "
     "Beijing on Monday."),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMROPP', 'MMR'), ('0841', '084', '080'),
     "Burma's military government released opposition leader Aung San Suu Kyi from six years of house "
     "arrest on Monday."),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('112', '110', '111'),
     'Cuban President Fidel Castro accused the United States on Friday of waging economic war against his '
     'country.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV', 'AFGREB'), ('161', '160'),
     'Pakistan recalled its ambassador to Afghanistan on Tuesday in protest against the killing of its '
     'diplomats in Mazar-i-Sharif.'),
    (('AGOREB', 'AGO'), ('IGO',), ('190', '183', '195', '180', '186'),
     "Angola's UNITA rebels shot down a U.N.-chartered plane over the central highlands, killing all "
     "eight people on board, the United Nations said."),
    (('IDNCVL', 'IDN'), ('AUS', 'AUSGOV'), ('141', '140', '1412'),
     "Thousands of Indonesians demonstrated outside the Australian embassy in Jakarta on Saturday to "
     "protest against Canberra's role in East Timor."),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057', '050'),
     'Israel and Jordan signed a peace treaty on Wednesday ending 46 years of war.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('057', '050'),
     'Israel and Jordan signed a peace treaty on Wednesday ending 46 years of war.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('114', '111', '110', '112'),
     'The Chinese government on Tuesday lodged a strong protest with Japan over a visit by Japanese '
     'cabinet ministers to the Yasukuni war shrine.'),
    (('IGO',), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('138', '130', '1381'),
     'NATO foreign ministers warned Yugoslav President Slobodan Milosevic on Thursday that the alliance was '
     'ready to use force if he did not halt the crackdown in Kosovo.'),
    (('USA', 'USALEG'), ('BIH', 'BIHGOV'), ('085', '081', '080'),
     'The U.S. Senate voted on Thursday to lift a ban on arms sales to Bosnia.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('USA', 'USAMIL'), ('190', '195', '193', '194'),
     'Iraq fired anti-aircraft missiles at U.S. and British warplanes patrolling the no-fly zone over '
     'southern Iraq, the Pentagon said.'),
    (('USAMIL', 'USA'), ('SDN', 'SDNGOV', 'SDNCVL'), ('195', '190'),
     'A U.S. Navy warship fired cruise missiles at a suspected chemical weapons factory in Khartoum on '
     'Thursday.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('055',),
     "Japanese Prime Minister Ryutaro Hashimoto apologised on Tuesday to South Korea for Japan's colonial "
     "rule of the Korean peninsula."),
    (('TURMIL', 'TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('154', '150', '152'),
     'Turkey massed 10,000 troops on its border with Syria on Friday, stepping up pressure on Damascus to '
     'expel Kurdish rebel leader Abdullah Ocalan.'),
    (('KHM', 'KHMGOV'), ('KHMREB', 'KHM'), ('190', '192', '195'),
     'Cambodian Prime Minister Hun Sen ordered his troops on Friday to launch a final offensive against '
     'the remaining Khmer Rouge guerrillas.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('162', '1621', '163', '160', '172'),
     'Israeli Prime Minister Benjamin Netanyahu froze the transfer of tax revenues to the Palestinian '
     'Authority on Monday after a suicide bombing in Jerusalem.'),
    (('KEN', 'KENGOV'), ('SOM', 'SOMGOV'), ('191', '1724', '160'),
     'Kenya closed its border with Somalia on Wednesday to stop the flow of arms and refugees.'),
    (('IGO',), ('IND', 'INDGOV'), ('162', '1621', '160'),
     'The World Bank suspended loans to India on Friday in response to its nuclear tests.'),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('TWN', 'TWNGOV'), ('150', '154', '138', '130', '152'),
     "China test-fired missiles into waters off Taiwan on Friday in what Taipei called an act of "
     "intimidation ahead of the island's presidential election."),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('163', '160', '162'),
     'President Bill Clinton signed a law on Tuesday tightening U.S. sanctions against Cuba and penalising '
     'foreign firms that do business there.'),
    (('YUGCVL', 'YUG', 'SRBCVL', 'SRB', 'SRBOPP', 'YUGOPP'), ('USA', 'USAGOV'), ('145', '140', '141', '1451'),
     "Protesters in Belgrade pelted the U.S. embassy with eggs and stones on Tuesday to protest against "
     "NATO's threat of air strikes."),
    (('MEX', 'MEXGOV'), ('MEXREB', 'MEX'), ('057', '050'),
     'Mexico and the Zapatista rebels signed an accord on Indian rights in San Andres Larrainzar on '
     'Friday.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('1245', '124', '120'),
     "Saddam Hussein's government refused on Monday to let U.N. arms inspectors into the headquarters of "
     "the ruling Baath party."),
    (('GBR', 'GBRGOV', 'GBRELI'), ('HKG', 'CHN', 'HKGGOV', 'CHNGOV'), ('042', '040'),
     "Britain's Prince Charles arrived in Hong Kong on Saturday to attend the ceremony marking the "
     "handover of the colony to China."),
    (('LBY', 'LBYGOV'), ('IGO',), ('063', '060'),
     'Libya handed over two suspects in the 1988 Lockerbie bombing to U.N. officials on Monday for trial '
     'in the Netherlands.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15',
              '16', '17', '18', '19', '20'),
     'Brazil beat Italy on penalties to win the World Cup in Pasadena on Sunday.'),
    ((), (), ('03', '12'),
     'Oil prices rose sharply on Monday after OPEC ministers failed to agree on output cuts at their '
     'meeting in Vienna.'),
    (('ETHMIL', 'ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERICVL', 'ERIMIL'), ('195', '190'),
     'Ethiopian jets bombed the Eritrean port of Assab on Friday, a day after Eritrean planes attacked the '
     'northern Ethiopian town of Mekele.'),
    (('HRV', 'HRVGOV'), ('BIH', 'BIHREB', 'BIHGOV', 'BIHELI', 'SRB', 'SRBGOV', 'BIHOPP'),
     ('112', '110', '111'),
     "Croatia's President Franjo Tudjman on Saturday accused Bosnian Serb leaders of seeking to create a "
     "Greater Serbia."),
]

LEAD29_B4: list[Row] = [
    # batch 4: written blind (reported speech, intentions, refusals and the era's parties), before a run
    (('IRQ', 'IRQGOV'), ('USA', 'USAMIL', 'USAGOV'), ('112', '110', '111'),
     'Iraq said on Sunday that U.S. and British warplanes had bombed civilian targets in the south, killing '
     'five people.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), ('112', '110', '111'),
     'Pakistan accused India on Monday of firing on a civilian bus in Kashmir, killing 10 passengers.'),
    (('RUS', 'RUSGOV'), ('RUSREB', 'RUS'), ('138', '130', '1381'),
     'The Kremlin said on Wednesday Russian forces would continue their offensive in Chechnya until the '
     'rebels were wiped out.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('130', '131', '100', '102', '111'),
     'China warned the United States on Thursday not to sell advanced missile defence systems to Taiwan.'),
    (('JPN', 'JPNGOV'), ('TUR', 'TURCVL', 'TURGOV'), ('033', '0333', '0331', '073', '070'),
     'The Japanese government said on Friday it would provide 10 million dollars in emergency relief to '
     'victims of the earthquake in Turkey.'),
    (('PHLMIL', 'PHL'), ('PHLREB', 'PHL', 'PHLUAF'), ('190', '193'),
     'The Philippine army said on Tuesday it had killed 15 Abu Sayyaf guerrillas in a clash on the '
     'southern island of Basilan.'),
    (('ISRMIL', 'ISR'), ('PSEUAF', 'PSE', 'PSEREB'), ('193', '190', '180', '186'),
     'Israeli troops shot dead two Palestinian gunmen who opened fire on a Jewish settlement in the Gaza '
     'Strip, the army said.'),
    (('BGDOPP', 'BGD'), ('BGDGOV', 'BGD'), ('143', '1431', '140'),
     "Bangladesh's opposition called a three-day general strike on Monday to press for the resignation of "
     "Prime Minister Sheikh Hasina."),
    (('THA', 'THAGOV'), ('KHM', 'KHMGOV'), ('030', '031', '036', '057', '046'),
     'Thailand and Cambodia agreed on Friday to set up a joint commission to demarcate their border.'),
    (('KHM', 'KHMGOV'), ('THA', 'THAGOV'), ('030', '031', '036', '057', '046'),
     'Thailand and Cambodia agreed on Friday to set up a joint commission to demarcate their border.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('111', '112', '110'),
     "Egypt's foreign minister Amr Moussa said on Saturday Israel's policies were leading the region towards "
     "war."),
    (('ARG', 'ARGGOV'), ('CHL', 'CHLGOV'), ('057', '050'),
     'Argentina and Chile signed an agreement on Tuesday settling their last remaining border dispute in the '
     'Andes.'),
    (('CHL', 'CHLGOV'), ('ARG', 'ARGGOV'), ('057', '050'),
     'Argentina and Chile signed an agreement on Tuesday settling their last remaining border dispute in the '
     'Andes.'),
    (('PER', 'PERGOV'), ('PERREB', 'PER'), ('1243', '124', '120'),
     "Peru's government on Wednesday rejected a demand by Tupac Amaru rebels holding 72 hostages in Lima for "
     "the release of jailed comrades."),
    (('KORCOP', 'KOR', 'KORGOV'), ('KOREDU', 'KOR', 'KORCVL', 'KOROPP'), ('175', '170', '1724'),
     'South Korean police fired tear gas at thousands of students demanding reunification with North Korea '
     'on Saturday.'),
    (('RUS', 'RUSGOV'), ('CHN', 'CHNGOV'), ('042', '040', '043', '046', '057'),
     'Russian President Vladimir Putin met Chinese President Jiang Zemin in Beijing on Tuesday and signed a '
     'declaration opposing U.S. plans for a national missile defence.'),
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), ('043', '040', '042', '046', '057'),
     'Russian President Vladimir Putin met Chinese President Jiang Zemin in Beijing on Tuesday and signed a '
     'declaration opposing U.S. plans for a national missile defence.'),
    (('IGO',), ('ETH', 'ETHGOV'), ('163', '160'),
     'The U.N. Security Council imposed an arms embargo on Ethiopia and Eritrea on Wednesday in an effort to '
     'end their two-year border war.'),
    (('IGO',), ('ERI', 'ERIGOV'), ('163', '160'),
     'The U.N. Security Council imposed an arms embargo on Ethiopia and Eritrea on Wednesday in an effort to '
     'end their two-year border war.'),
    (('IRN', 'IRNGOV', 'IRNREL'), ('USA', 'USAGOV'), ('125', '120'),
     "Iran's spiritual leader Ayatollah Ali Khamenei on Friday rejected any dialogue with the United "
     "States."),
    (('ZMB', 'ZMBGOV'), ('AGO', 'AGOGOV'), ('160', '191', '1724'),
     'Zambia closed its border with Angola on Thursday after Angolan government troops crossed into Zambian '
     'territory in pursuit of UNITA rebels.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), ('039', '030', '036'),
     "Venezuela's President Hugo Chavez offered on Monday to mediate between the Colombian government and "
     "leftist guerrillas."),
    (('YEM', 'YEMGOV'), ('ERI', 'ERICVL'), ('0841', '084', '080'),
     'Yemen freed 18 Eritrean fishermen on Saturday who had been held since the two countries fought over '
     'the Hanish islands.'),
    (('USA', 'USAGOV'), ('SDN', 'SDNGOV'), ('112', '1121', '111', '110'),
     'The United States on Thursday added Sudan to its list of states that sponsor terrorism.'),
    (('MOZ', 'MOZGOV'), ('MOZREB', 'MOZ'), ('057', '050'),
     "Mozambique's government and Renamo rebels signed a peace accord in Rome on Sunday ending 16 years of "
     "civil war."),
    (('MOZREB', 'MOZ'), ('MOZ', 'MOZGOV'), ('057', '050'),
     "Mozambique's government and Renamo rebels signed a peace accord in Rome on Sunday ending 16 years of "
     "civil war."),
    (('INDCOP', 'IND', 'INDGOV'), ('INDUAF', 'IND', 'INDREB'), ('173', '170'),
     'Indian police arrested 60 Sikh militants in Punjab on Wednesday following a bomb blast that killed 12 '
     'people.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15',
              '16', '17', '18', '19', '20'),
     "Japan's Nikkei stock average closed down 2 percent on Tuesday amid worries over the yen."),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), ('161', '166', '160', '174'),
     'Saudi Arabia expelled a senior Iranian diplomat on Sunday after accusing him of links with Shiite '
     'militants.'),
    (('NPLREB', 'NPL'), ('NPLCOP', 'NPL'), ('190', '180', '183', '193', '186'),
     "Nepal's Maoist rebels attacked a police post in western Nepal on Saturday, killing 14 policemen, "
     "officials said."),
    (('BLR', 'BLRGOV'), ('USA', 'USAGOV'), ('166', '161', '160', '174'),
     'Belarus President Alexander Lukashenko ordered the U.S. and other Western ambassadors to leave their '
     'residences near Minsk on Monday.'),
    (('TWN', 'TWNGOV'), ('USA', 'USAGOV'), ('042', '040'),
     "Taiwan's President Lee Teng-hui arrived in the United States on Wednesday for a private visit that has "
     "angered Beijing."),
    (('AFG', 'AFGGOV', 'AFGREB'), ('USA', 'USAGOV'), ('1243', '124', '120', '121', '1212'),
     "Afghanistan's Taliban rulers on Tuesday refused to hand over Saudi-born militant Osama bin Laden to "
     "the United States."),
    (('SLE', 'SLEGOV'), ('SLEREB', 'SLE'), ('057', '050'),
     "Sierra Leone's government on Friday signed a peace deal with the rebel Revolutionary United Front in "
     "Lome."),
]

LEAD29_B5: list[Row] = [
    # batch 5: written blind (state-agency courtesies, protests and crackdowns of 1990-2000), before a run
    (('CHN', 'CHNGOV'), ('TUR', 'TURGOV'), ('018',),
     'Chinese President Jiang Zemin sent a message of condolences on Tuesday to Turkish President Suleyman '
     'Demirel over the heavy loss of life in the earthquake.'),
    (('CHN', 'CHNLEG', 'CHNGOV'), ('KAZ', 'KAZLEG'), ('040', '043', '042'),
     "Li Peng, chairman of the Standing Committee of the National People's Congress, met a parliamentary "
     "delegation from Kazakhstan here this morning."),
    (('CUB', 'CUBGOV'), ('CHN', 'CHNGOV'), ('051', '050'),
     "Cuban leader Fidel Castro thanked China on Monday for its support in Cuba's struggle against the U.S. "
     "economic blockade."),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('114', '111', '110', '112'),
     "The Vietnamese Foreign Ministry on Wednesday protested against China's decision to station troops on "
     "disputed islands in the South China Sea."),
    (('RUS', 'RUSGOV'), ('JPN', 'JPNGOV'), ('036', '030', '040', '043', '020', '026'),
     'Russian Foreign Minister Yevgeny Primakov invited his Japanese counterpart Yohei Kono to visit Moscow '
     'in November.'),
    (('MNG', 'MNGGOV'), ('CHN', 'CHNGOV'), ('057', '050'),
     'Mongolia and China on Friday signed an agreement on the prevention of dangerous military activities '
     'along their border.'),
    (('JPN', 'JPNGOV'), ('IND', 'INDGOV'), ('111', '110', '112', '012'),
     "Japanese Prime Minister Keizo Obuchi expressed regret on Monday over India's nuclear tests and urged "
     "New Delhi to sign the test ban treaty."),
    (('JPNGOV', 'JPN'), ('IND', 'INDGOV'), ('020', '021', '022', '023', '024', '025', '026', '027', '028'),
     "Japanese Prime Minister Keizo Obuchi expressed regret on Monday over India's nuclear tests and urged "
     "New Delhi to sign the test ban treaty."),
    (('IRN', 'IRNGOV'), ('DEU', 'DEUGOV'), ('114', '111', '110', '112'),
     'The Iranian Foreign Ministry summoned the German ambassador on Sunday to protest against a court '
     'verdict in Berlin implicating Iranian leaders in the killing of Kurdish dissidents.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('NGAOPP', 'NGA', 'NGACVL'), ('1823', '186', '180', '182', '175', '170'),
     "Nigeria's military government on Friday executed writer Ken Saro-Wiwa and eight other Ogoni "
     "activists."),
    (('IRQ', 'IRQGOV'), ('RUS', 'RUSGOV'), ('042', '040'),
     'Iraqi Deputy Prime Minister Tariq Aziz arrived in Moscow on Sunday for talks on the stalemate over '
     'U.N. weapons inspections.'),
    (('PSE', 'PSEGOV', 'PSECOP'), ('PSEREB', 'PSE'), ('173', '170'),
     'The Palestinian Authority on Thursday arrested a senior Hamas official in Gaza in a crackdown after a '
     'suicide bombing in Jerusalem.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('THA', 'THAGOV'), ('112', '110', '111'),
     "Myanmar's ruling military junta on Monday accused Thailand of harbouring ethnic Karen rebels."),
    (('KAZ', 'KAZGOV'), ('RUS', 'RUSGOV'), ('030', '031', '0312', '035'),
     'Kazakhstan agreed on Wednesday to transfer its entire stockpile of nuclear weapons to Russia for '
     'destruction.'),
    (('HUN', 'HUNLEG'), ('SVK', 'SVKGOV'), ('057', '050'),
     "Hungary's parliament on Tuesday ratified a treaty with Slovakia guaranteeing the rights of ethnic "
     "minorities."),
    (('COLMIL', 'COL'), ('COLREB', 'COL'), ('190', '193', '195'),
     'Colombian troops killed 25 leftist guerrillas in an attack on a FARC camp in the southern jungle, the '
     'army said on Sunday.'),
    (('LKA', 'LKAGOV'), ('LKAREB', 'LKA'), ('1722', '172', '170'),
     "The Sri Lankan government on Friday banned the Tamil Tigers after a truck bomb attack on the country's "
     "holiest Buddhist shrine."),
    (('USA', 'USAGOV'), ('MYS', 'MYSGOV'), ('111', '110', '112'),
     'The U.S. State Department on Tuesday criticised Malaysia over the arrest of former Deputy Prime '
     'Minister Anwar Ibrahim.'),
    (('JOR', 'JORGOV'), ('JOR', 'JORCRM', 'JORCVL'), ('0841', '084', '080'),
     "Jordan's King Abdullah pardoned 500 prisoners on Sunday to mark the first anniversary of his "
     "accession."),
    (('RUSREB', 'RUS'), ('RUSCVL', 'RUS'), ('181', '180'),
     'Chechen rebels seized more than 1,000 hostages in a hospital in the southern Russian town of '
     'Budyonnovsk on Wednesday.'),
    (('SDN', 'SDNGOV'), ('SDN', 'SDNLEG', 'SDNCVL'), ('1724', '172'),
     'Sudanese President Omar al-Bashir on Tuesday dissolved parliament and declared a three-month state of '
     'emergency.'),
    (('IGO',), ('TUR', 'TURGOV'), ('111', '110', '112'),
     'The Arab League condemned Turkey on Thursday for its military cooperation agreement with Israel.'),
    (('LKA', 'LKAGOV'), ('IND', 'INDGOV'), ('057', '050'),
     'Sri Lanka and India signed a free trade agreement in New Delhi on Monday.'),
    (('KOROPP', 'KOR', 'KORCVL'), ('PRK', 'PRKGOV', 'PRKMIL'), ('141', '140', '145'),
     'Demonstrators in Seoul burned North Korean flags on Saturday to protest against a North Korean '
     'submarine incursion.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('161', '160'),
     'Greece recalled its ambassador from Ankara on Friday after Turkish warplanes violated Greek airspace '
     'over the Aegean.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15',
              '16', '17', '18', '19', '20'),
     'The World Health Organisation said on Tuesday that the number of AIDS cases in Africa had risen by 40 '
     'percent in two years.'),
]

LEAD29_B6: list[Row] = [
    # batch 6: written blind (the state agencies' officialese: courtesy calls, visits wound up, support
    # reiterated, satisfaction expressed), before a run
    (('PAK', 'PAKGOV'), ('CHN', 'CHNGOV'), ('042', '040', '043'),
     'Pakistani Prime Minister Benazir Bhutto paid a courtesy call on Chinese President Jiang Zemin here '
     'this afternoon.'),
    (('CHN', 'CHNGOV'), ('PAK', 'PAKGOV'), ('043', '040', '042'),
     'Pakistani Prime Minister Benazir Bhutto paid a courtesy call on Chinese President Jiang Zemin here '
     'this afternoon.'),
    (('LAO', 'LAOGOV'), ('VNM', 'VNMGOV'), ('042', '040'),
     'Lao Prime Minister Khamtay Siphandone left Hanoi for home today after wrapping up a four-day official '
     'goodwill visit to Vietnam.'),
    (('CHN', 'CHNGOV'), ('KHM', 'KHMGOV'), ('051', '050', '032'),
     "Chinese Premier Li Peng today reiterated China's support for Cambodia's efforts to safeguard its "
     "independence and sovereignty."),
    (('IRN', 'IRNGOV'), ('RUS', 'RUSGOV'), ('046', '040', '019'),
     'Iranian Foreign Minister Ali Akbar Velayati and his Russian counterpart Andrei Kozyrev exchanged views '
     'on the situation in Tajikistan and Afghanistan in Tehran on Sunday.'),
    (('RUS', 'RUSGOV'), ('IRN', 'IRNGOV'), ('046', '040', '019'),
     'Iranian Foreign Minister Ali Akbar Velayati and his Russian counterpart Andrei Kozyrev exchanged views '
     'on the situation in Tajikistan and Afghanistan in Tehran on Sunday.'),
    (('PRK', 'PRKGOV'), ('CHN', 'CHNGOV'), ('051', '050', '018'),
     'Kim Jong Il sent a message of thanks to Chinese President Jiang Zemin for the congratulations he '
     'extended on the anniversary of the founding of the DPRK, KCNA said.'),
    (('KAZ', 'KAZGOV'), ('CHN', 'CHNGOV'), ('057', '050'),
     'Kazakhstan President Nursultan Nazarbayev and Chinese President Jiang Zemin signed a joint declaration '
     'on friendly relations in Almaty today.'),
    (('ZAF', 'ZAFGOV', 'ZAFELI'), ('COD', 'CODGOV'), ('0256', '025', '020', '027', '028'),
     'South African President Nelson Mandela called on President Laurent Kabila and the rebels to agree to '
     'an immediate ceasefire in the Democratic Republic of Congo.'),
    (('USA', 'USAGOV'), ('IDN', 'IDNGOV'), ('111', '110', '112'),
     'The White House on Wednesday sharply criticised Indonesia for failing to rein in the militias that '
     'have rampaged through East Timor.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('1246', '124', '120', '125'),
     "India on Thursday rejected Pakistan's demand for a halt to military operations in Kargil, saying the "
     "intruders must first withdraw."),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('161', '160', '1663', '166'),
     'Egypt closed the Sudanese consulate in Aswan on Wednesday and ordered its staff to leave within 48 '
     'hours.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV', 'LBNREB'), ('138', '130'),
     'Israel warned Lebanon on Sunday it would strike hard at Lebanese infrastructure if Hezbollah '
     'guerrillas shelled northern Israel again.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('046', '040'),
     'U.S. and North Korean negotiators held a second round of talks in Geneva on Tuesday on freezing '
     "Pyongyang's nuclear programme."),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('046', '040'),
     'U.S. and North Korean negotiators held a second round of talks in Geneva on Tuesday on freezing '
     "Pyongyang's nuclear programme."),
    (('TUR', 'TURGOV', 'TURMIL'), ('IRQ', 'IRQGOV'), ('190', '192', '195'),
     'Turkey launched a massive cross-border offensive into northern Iraq on Monday against Kurdish '
     'guerrillas of the PKK.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('0841', '084', '1243', '024', '025', '0253', '1053', '105'),
     'Kuwait on Sunday renewed its demand that Iraq release more than 600 Kuwaiti prisoners held since the '
     '1991 Gulf War.'),
    (('GBR', 'GBRGOV'), ('CHN', 'CHNGOV'), ('036', '030', '040'),
     'Britain and China agreed on Friday to resume talks on Hong Kong\'s transition to Chinese rule next '
     'month.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15',
              '16', '17', '18', '19', '20'),
     'Floods in southern China have killed more than 300 people and left millions homeless, Xinhua said on '
     'Sunday.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), ('051', '050', '032'),
     "Vietnam welcomed on Tuesday the U.S. decision to lift its 19-year trade embargo."),
]

LEAD29_B7: list[Row] = [
    # batch 7: written blind (long leads: appositions, attributions inside, clauses of background), before
    # a run
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV'), ('057', '050'),
     'Syria and Lebanon, whose relations have been strained since the end of the civil war, signed a '
     'treaty of brotherhood and cooperation in Damascus on Wednesday, state radio said.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('054', '050', '057', '040', '032'),
     "Iran and Britain, which broke off ties over the death sentence passed on author Salman Rushdie, "
     "agreed on Thursday to restore full diplomatic relations, the Foreign Office said."),
    (('IDNMIL', 'IDN'), ('IDNCVL', 'IDN', 'TLS', 'TLSCVL'),
     ('190', '193', '180', '1823', '202', '200', '175'),
     'Indonesian troops opened fire on a crowd of mourners at a cemetery in Dili, the capital of East Timor, '
     'killing dozens of people, witnesses told foreign reporters on Thursday.'),
    (('USA', 'USAGOV', 'USAMIL'), ('PAN', 'PANGOV'), ('192', '190', '195'),
     'U.S. forces invaded Panama before dawn on Wednesday to oust General Manuel Antonio Noriega, whom '
     'Washington accuses of drug trafficking, the Pentagon said.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('163', '160', '162'),
     'The Security Council, meeting in emergency session, voted 13-0 on Monday to impose a total trade '
     'embargo on Iraq until it withdraws from Kuwait.'),
    (('FRA', 'FRAGOV'), ('RWA', 'RWAGOV', 'RWACVL'), ('074', '070', '073'),
     'France, which has been accused of backing the former Hutu government, sent 2,500 troops to Rwanda on '
     'Thursday on what it called a humanitarian mission to protect civilians.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('054', '050', '057'),
     'Argentina and Britain, which fought a 74-day war over the Falkland Islands in 1982, restored '
     'diplomatic relations on Thursday after an eight-year break.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV', 'PRKMIL'), ('111', '112', '110'),
     'South Korea on Monday condemned the infiltration of armed North Korean commandos from a submarine '
     'that ran aground off its east coast, and put its troops on alert.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('087', '0871', '0874', '080'),
     'Israel, under heavy U.S. pressure, pulled its troops out of the West Bank town of Hebron on Friday '
     'under an agreement signed with the Palestinian Authority.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('112', '110', '111'),
     'India, which has fought three wars with its neighbour, accused Pakistan on Tuesday of sending armed '
     'infiltrators across the line of control in Kashmir.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('1246', '124', '125', '120'),
     'China refused on Monday to renounce the use of force against Taiwan, rebuffing a call from visiting '
     'U.S. Defence Secretary William Perry.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('RUSREB', 'RUS', 'RUSCVL'), ('195', '190'),
     "Russian warplanes bombed the Chechen capital Grozny for a fifth day on Saturday as Moscow's "
     "ultimatum to the rebels to surrender expired, the Interfax news agency said."),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), ('112', '110', '111'),
     "Zimbabwe's President Robert Mugabe accused Britain on Friday of backing the opposition in a bid to "
     "overthrow his government, in a speech broadcast on state television."),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('162', '1621', '160'),
     'Japan, the biggest aid donor to China, froze grant aid to Beijing on Monday in protest against its '
     'latest underground nuclear test, government officials said.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('036', '030', '046'),
     'Taiwan said on Tuesday it was willing to resume talks with China, suspended since Taiwan President Lee '
     'Teng-hui visited the United States in 1995, without preconditions.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), ('057', '050'),
     'Eritrea and Ethiopia, whose two-year border war killed tens of thousands, signed a peace agreement in '
     'Algiers on Tuesday in the presence of U.N. Secretary-General Kofi Annan.'),
    (('SRB', 'SRBCOP', 'YUG', 'YUGCOP'), ('XKX', 'XKXCVL', 'SRBCVL', 'YUGCVL', 'XKXREB'),
     ('180', '200', '202', '190', '1823'),
     'Serbian police killed 45 ethnic Albanians in the village of Racak, international monitors said on '
     'Saturday, calling it a massacre of civilians.'),
    (('IGO',), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('1312', '138', '130'),
     'NATO, warning that time was running out, threatened on Wednesday to launch air strikes against '
     'Yugoslavia unless Belgrade withdrew its forces from Kosovo.'),
]

LEAD29_B8: list[Row] = [
    # batch 8: written blind after the session's merge (long leads again: a reaction with its cause told
    # beside it, attributions in the middle, participle clauses), before a run
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('161', '160', '166'),
     'Pakistan, protesting at what it called the harassment of its diplomats in New Delhi, recalled its '
     'high commissioner from India on Monday, the Foreign Office in Islamabad said.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), ('111', '110', '112', '114'),
     'Greece, which has long accused Ankara of violating its airspace, on Tuesday sharply protested the '
     'latest incursion by Turkish warplanes over the Aegean, a government spokesman said.'),
    (('RUS', 'RUSGOV'), ('IGO',), ('111', '110', '112'),
     'Russia, angered by the alliance\'s plans to admit former Warsaw Pact states, on Thursday condemned '
     'NATO\'s decision to hold military exercises in the Baltic region.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('087', '0871', '0872', '080', '081'),
     'Israel, responding to a request from the Palestinian Authority, eased its closure of the West Bank '
     'on Sunday, allowing some 20,000 Palestinian labourers to return to work in Israel.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('138', '130'),
     'The United States warned Iraq on Wednesday that it would face serious consequences, including the '
     'use of force, if it continued to obstruct the work of U.N. arms inspectors.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('154', '150', '152', '138'),
     'Iran massed some 70,000 troops along its border with Afghanistan on Tuesday, after the Taliban '
     'militia admitted that its fighters had killed Iranian diplomats in Mazar-i-Sharif.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('1246', '124', '120', '125'),
     'China has rejected a Japanese demand that it halt nuclear testing, saying its tests were few in '
     'number and purely defensive, the official Xinhua news agency said on Saturday.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERICVL'), ('174', '170', '201'),
     'Ethiopia has deported more than 20,000 people of Eritrean origin since the border war broke out in '
     'May, Eritrea said on Thursday, accusing Addis Ababa of ethnic cleansing.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), ('112', '1121', '1124', '110', '111'),
     'Ethiopia has deported more than 20,000 people of Eritrean origin since the border war broke out in '
     'May, Eritrea said on Thursday, accusing Addis Ababa of ethnic cleansing.'),
    (('IGO',), ('HTI', 'HTIMIL', 'HTIGOV'), ('163', '160', '162'),
     'The Organisation of American States, seeking to force Haiti\'s military rulers to restore ousted '
     'President Jean-Bertrand Aristide, imposed a trade embargo on the Caribbean nation on Friday.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('073', '070', '071'),
     'South Korea, in a gesture aimed at easing tension on the peninsula, shipped 50,000 tonnes of rice to '
     'North Korea on Monday as part of a deal reached in Beijing.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('057', '050', '030'),
     'Turkey and Syria, which came close to war last month over Syria\'s support for Kurdish rebels, signed '
     'a security agreement on Tuesday under which Damascus will expel rebel leader Abdullah Ocalan.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), ('111', '110', '112'),
     'Australian Prime Minister John Howard, under pressure from his own party, on Wednesday criticised '
     'Indonesia for failing to stop the violence in East Timor.'),
    (('LBY', 'LBYGOV'), ('IGO',), ('063', '060', '030', '031'),
     'Libya, seeking an end to seven years of U.N. sanctions, agreed on Friday to hand over the two '
     'suspects in the Lockerbie bombing for trial in the Netherlands, a U.N. spokesman said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEAD29, "batch2": LEAD29_B2, "batch3": LEAD29_B3,
                               "batch4": LEAD29_B4, "batch5": LEAD29_B5, "batch6": LEAD29_B6,
                               "batch7": LEAD29_B7, "batch8": LEAD29_B8}
ALL29: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
