"""GSR-style probes of the twenty-eighth session (wip/lead30): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind, with
more long leads than before (appositions, fronted and participle clauses, joint subjects, two clauses
with their own subjects), because long leads were where lead29's first runs missed most.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (40 rows, main f8efc43) 37 / 33 / 32;
batch 2 (40, after batch 1's fixes) 33 / 33 / 27; batch 3 (39) 34 / 33 / 31; batch 4 (40, long leads)
33 / 28 / 26; batch 5 (40) 35 / 35 / 35; batch 6 (37) 31 / 30 / 31; batch 7 (32) 26 / 25 / 24; batch 8
(28, long leads, written after the session's merge, run on the merged coder) 22 / 20 / 20; batch 9 (23,
after the merge's fixes) 22 / 21 / 21. Each batch after the first ran after the fixes of those before it.
Rows corrected after a run are writing errors by the codebook or the project's conventions only: an intent
to allow international involvement 0355 and to de-escalate 0356, accusations of human rights abuses 1122,
aggression 1123 and war crimes 1124, killing by hand 1823, a car bomb 1832, small arms 193, a demand to
release persons 1053, a threat of unconventional violence 1383; and the Islamic Salvation Front DZAREB,
as docs/actors.md and test_probe_thirteenth settle it from the CAMEO manual's own GSR example (batch 8).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD30: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('112', '111', '110'),
     'China on Friday accused Britain of violating the Sino-British Joint Declaration on Hong Kong with its '
     'plans for political reform in the colony, the official Xinhua news agency reported.'),
    (('ZAF', 'ZAFGOV'), ('AGO', 'AGOGOV', 'AGOREB'), ('039', '030', '036'),
     'South African President Nelson Mandela on Tuesday offered to mediate between the Angolan government '
     'and UNITA rebels, saying the renewed fighting threatened the stability of the whole region.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('163', '160', '162'),
     'The United States tightened its economic embargo against Cuba on Tuesday, barring ships that call at '
     'Cuban ports from entering American harbours for six months.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('1245', '124', '120', '125'),
     'Iraq on Saturday barred a team of U.N. weapons inspectors from entering the headquarters of the '
     'ruling Baath Party in Baghdad, deepening a standoff with the Security Council.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV', 'KORMIL'), ('111', '112', '110'),
     'The Democratic People\'s Republic of Korea on Wednesday denounced the South Korean puppets for '
     'staging large-scale war exercises with U.S. imperialist aggression forces, calling the manoeuvres a '
     'dangerous provocation that could spark a new war.'),
    (('RUS', 'RUSGOV'), ('EST', 'ESTGOV'), ('161', '160'),
     'Russia on Friday recalled its ambassador to Estonia for consultations after the Baltic state\'s '
     'parliament passed a law on aliens which Moscow says discriminates against ethnic Russians.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('112', '111', '110'),
     'India on Monday accused Pakistan of sending armed infiltrators across the Line of Control in Kashmir '
     'and warned that it would take all necessary steps to defend its territory.'),
    (('SDN', 'SDNGOV'), ('USA', 'USAGOV', 'USAMIL'), ('111', '112', '110'),
     'Sudan on Friday condemned U.S. missile strikes on a pharmaceutical factory in Khartoum as a criminal '
     'act of aggression and said it would complain to the U.N. Security Council.'),
    (('USA', 'USAMIL', 'USAGOV'), ('SDN', 'SDNGOV', 'SDNCVL', 'SDNBUS'), ('195', '190', '194'),
     'U.S. warships fired cruise missiles at a pharmaceutical plant in Khartoum and at guerrilla training '
     'camps in Afghanistan on Thursday, in retaliation for the bombing of two U.S. embassies in East '
     'Africa.'),
    (('IGO',), ('YUG', 'YUGGOV', 'YUGMIL'), ('195', '190'),
     'NATO launched air strikes against Yugoslavia on Wednesday night, hitting military targets across '
     'Serbia and Montenegro after President Slobodan Milosevic rejected a peace plan for Kosovo.'),
    (('YUG', 'YUGGOV'), ('USA', 'USAGOV'), ('161', '160'),
     'Yugoslavia broke off diplomatic relations with the United States, Britain, France and Germany on '
     'Thursday in protest at NATO air strikes.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('054', '050', '057'),
     'Argentina and Britain restored full diplomatic relations on Thursday, eight years after the two '
     'countries fought a war over the Falkland Islands.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('054', '050', '057'),
     'Argentina and Britain restored full diplomatic relations on Thursday, eight years after the two '
     'countries fought a war over the Falkland Islands.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB', 'PHLINS'), ('057',),
     'The Philippine government and the Moslem separatist Moro National Liberation Front signed a peace '
     'agreement in Jakarta on Monday, ending a 24-year rebellion on the southern island of Mindanao.'),
    (('PHL', 'PHLREB', 'PHLINS'), ('PHL', 'PHLGOV'), ('057',),
     'The Philippine government and the Moslem separatist Moro National Liberation Front signed a peace '
     'agreement in Jakarta on Monday, ending a 24-year rebellion on the southern island of Mindanao.'),
    (('LKA', 'LKAMIL', 'LKAGOV'), ('LKA', 'LKAREB', 'LKAINS'), ('190', '193', '192', '195'),
     'Sri Lankan troops backed by tanks and aircraft pushed into rebel-held territory on the northern '
     'Jaffna peninsula on Tuesday, killing at least 60 Tamil Tiger guerrillas, military officials said.'),
    (('LKA', 'LKAREB', 'LKAINS'), ('LKA', 'LKAGOV'), ('183', '1831', '180', '186', '181'),
     'A suspected Tamil Tiger suicide bomber blew herself up at an election rally in Colombo on Saturday, '
     'wounding President Chandrika Kumaratunga and killing at least 20 people, police said.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), ('112', '111', '110'),
     'Greece on Monday accused Turkey of violating its airspace 26 times in a single day, saying Turkish '
     'fighter jets had engaged Greek aircraft in mock dogfights over the Aegean.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('125', '120'),
     'Iran on Wednesday dismissed President Bill Clinton\'s offer of dialogue as a propaganda ploy, saying '
     'Washington must first change its hostile policies towards the Islamic republic.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV', 'USAMIL'), ('160', '161', '164', '162'),
     'China suspended military contacts with the United States on Sunday in protest against the NATO '
     'bombing of its embassy in Belgrade.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('026', '020', '036'),
     'South Korean President Kim Dae-jung on Friday urged North Korea to accept his offer of a summit, '
     'saying he was ready to meet leader Kim Jong-il anytime and anywhere.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('138', '130', '139'),
     'Iraq on Monday threatened to strike at Kuwait and Saudi Arabia if they continued to allow U.S. and '
     'British warplanes to use their bases to patrol the no-fly zones.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('057',),
     'Ukraine and Russia signed a long-delayed friendship treaty in Kiev on Saturday, formally recognising '
     'each other\'s borders and ending a dispute over the Black Sea fleet.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('057',),
     'Ukraine and Russia signed a long-delayed friendship treaty in Kiev on Saturday, formally recognising '
     'each other\'s borders and ending a dispute over the Black Sea fleet.'),
    (('IGO',), ('NGA', 'NGAGOV'), ('160', '161', '163', '166'),
     'The Commonwealth suspended Nigeria\'s membership on Friday over the execution of writer Ken Saro-Wiwa '
     'and eight other minority rights activists.'),
    (('USA', 'USAGOV'), ('MMR', 'MMRGOV', 'MMRMIL'), ('163', '160'),
     'The United States imposed a ban on new American investment in Burma on Tuesday, citing the military '
     'government\'s continued repression of the democratic opposition.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('173', '170'),
     'Burma\'s military government detained more than 200 members of Aung San Suu Kyi\'s National League '
     'for Democracy on Wednesday to prevent them from attending a party congress, the opposition said.'),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), ('033', '0331', '030'),
     'German Chancellor Helmut Kohl promised on Monday that Germany would continue to provide economic aid '
     'to Russia, telling President Boris Yeltsin in Moscow that Bonn backed his reform programme.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDMIL'), ('190', '194'),
     'Pakistani and Indian troops exchanged heavy artillery fire across the Line of Control in Kashmir on '
     'Sunday, killing at least 12 civilians, officials on both sides said.'),
    (('IND', 'INDMIL'), ('PAK', 'PAKMIL'), ('190', '194'),
     'Pakistani and Indian troops exchanged heavy artillery fire across the Line of Control in Kashmir on '
     'Sunday, killing at least 12 civilians, officials on both sides said.'),
    (('ETH', 'ETHMIL', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERIMIL', 'ERICVL'), ('195', '190'),
     'Ethiopian jets bombed the airport of the Eritrean capital Asmara on Friday, and Eritrean planes '
     'retaliated by bombing the northern Ethiopian town of Mekele, killing dozens of civilians.'),
    (('ERI', 'ERIMIL', 'ERIGOV'), ('ETH', 'ETHGOV', 'ETHCVL', 'ETHMIL'), ('195', '190'),
     'Ethiopian jets bombed the airport of the Eritrean capital Asmara on Friday, and Eritrean planes '
     'retaliated by bombing the northern Ethiopian town of Mekele, killing dozens of civilians.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('042', '040', '043', '046'),
     'U.N. Secretary-General Kofi Annan arrived in Baghdad on Friday for talks with President Saddam '
     'Hussein aimed at averting a U.S.-led military strike over weapons inspections.'),
    (('MEX', 'MEXGOV'), ('MEX', 'MEXREB', 'MEXINS'), ('046', '040', '043'),
     'The Mexican government and Zapatista rebels resumed peace talks in the southern state of Chiapas on '
     'Tuesday after a four-month break.'),
    (('MEX', 'MEXREB', 'MEXINS'), ('MEX', 'MEXGOV'), ('046', '040', '043'),
     'The Mexican government and Zapatista rebels resumed peace talks in the southern state of Chiapas on '
     'Tuesday after a four-month break.'),
    (('CUB', 'CUBGOV'), ('USA', 'USACVL', 'USALEG', 'USAGOV'), ('084', '0841', '080'),
     'Cuba on Saturday released an American jailed for 15 years on espionage charges, handing him over to a '
     'visiting delegation of U.S. congressmen as a goodwill gesture.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('036', '030'),
     'Taiwan offered on Monday to resume semi-official talks with China that were broken off after '
     'President Lee Teng-hui\'s visit to the United States last year.'),
    ((), (), ('18', '19', '20'),
     'The Iran-Iraq war, which ended in a U.N.-brokered ceasefire in 1988, killed an estimated one million '
     'people on both sides, according to Western estimates.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV', 'KORCVL'), ('055', '050', '018'),
     'Japanese Prime Minister Tomiichi Murayama on Tuesday apologised to South Korea for the suffering '
     'caused by Japan\'s colonial rule of the Korean peninsula from 1910 to 1945.'),
    (('IGO',), ('SOM', 'SOMREB', 'SOMMIL'), ('1661', '166', '160', '087'),
     'The last U.N. peacekeepers pulled out of Somalia on Friday, ending a two-year mission that failed to '
     'restore order among the country\'s warring clan factions.'),
]

LEAD30_B2: list[Row] = [
    # batch 2: written blind, after batch 1's fixes, before the coder was run on it
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSEGOV', 'PSECOP'), ('0874', '087', '080', '086'),
     'Israeli troops pulled out of the West Bank town of Hebron on Friday, handing over 80 percent of the '
     'city to Palestinian police under a long-delayed agreement.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('086', '081', '080', '030', '035', '0355'),
     'Iraq on Monday agreed to allow U.N. weapons inspectors unrestricted access to eight presidential '
     'sites, ending a four-month standoff that had brought the Gulf to the brink of war.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('033', '0331', '0332', '030', '070', '071', '073'),
     'South Korea said on Thursday it would send 200,000 tonnes of fertiliser to North Korea next month to '
     'help the impoverished communist state recover from years of famine.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '112', '110'),
     'China expressed strong indignation on Tuesday over the U.S. decision to sell 150 F-16 fighter jets to '
     'Taiwan, saying the sale seriously violated the 1982 communique between the two countries.'),
    (('USA', 'USAGOV'), ('TWN', 'TWNGOV'), ('033', '0332', '030', '062', '072', '061'),
     'President George Bush announced on Wednesday that the United States would sell 150 F-16 fighter jets '
     'to Taiwan, a move certain to anger Beijing.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('162', '1621', '160'),
     'Japan froze grant aid to China on Monday in protest against Beijing\'s nuclear test, the first time '
     'Tokyo has used its aid programme to punish a nuclear power.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('100', '101', '102', '103', '104', '105', '106', '107', '108', '130',
                                   '138'),
     'The U.N. Security Council on Wednesday demanded that Iraq give inspectors immediate and unconditional '
     'access to all sites, warning Baghdad of the severest consequences if it failed to comply.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('112', '111', '110'),
     'Palestinian President Yasser Arafat on Sunday accused Israel of waging a war of starvation against his '
     'people by sealing off the West Bank and Gaza Strip for the fourth week.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('043', '040', '042', '045', '046'),
     'Egyptian President Hosni Mubarak hosted Israeli Prime Minister Benjamin Netanyahu and Palestinian '
     'leader Yasser Arafat in Cairo on Thursday in an effort to break the deadlock in their peace talks.'),
    (('ISR', 'ISRGOV'), ('EGY', 'EGYGOV'), ('042', '040', '046'),
     'Egyptian President Hosni Mubarak hosted Israeli Prime Minister Benjamin Netanyahu and Palestinian '
     'leader Yasser Arafat in Cairo on Thursday in an effort to break the deadlock in their peace talks.'),
    (('TUR', 'TURMIL', 'TURGOV'), ('TUR', 'TURREB', 'TURINS'), ('190', '193', '195'),
     'Turkish troops, backed by warplanes and helicopter gunships, killed 35 Kurdish rebels in clashes near '
     'the Iraqi border on Sunday, the state-run Anatolian news agency said.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('057',),
     'The United States and North Korea signed an agreement in Geneva on Friday under which Pyongyang will '
     'freeze its nuclear programme in exchange for two light-water reactors and shipments of fuel oil.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('057',),
     'The United States and North Korea signed an agreement in Geneva on Friday under which Pyongyang will '
     'freeze its nuclear programme in exchange for two light-water reactors and shipments of fuel oil.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('042', '040', '043', '046'),
     'Indian Prime Minister Atal Behari Vajpayee rode a bus across the border to Lahore on Saturday for a '
     'summit with his Pakistani counterpart Nawaz Sharif, the first visit by an Indian leader to Pakistan '
     'in a decade.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('043', '040', '046'),
     'Indian Prime Minister Atal Behari Vajpayee rode a bus across the border to Lahore on Saturday for a '
     'summit with his Pakistani counterpart Nawaz Sharif, the first visit by an Indian leader to Pakistan '
     'in a decade.'),
    (('GEO', 'GEOGOV'), ('RUS', 'RUSGOV'), ('112', '111', '110'),
     'Georgian President Eduard Shevardnadze on Monday accused Russia of arming Abkhaz separatists and '
     'demanded that Moscow withdraw its peacekeepers from the breakaway region.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('0871', '087', '057', '030', '036', '080', '0356'),
     'Armenia and Azerbaijan agreed on Wednesday to a Russian-brokered ceasefire in the Nagorno-Karabakh '
     'conflict, to take effect at midnight.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('0871', '087', '057', '030', '036', '080', '0356'),
     'Armenia and Azerbaijan agreed on Wednesday to a Russian-brokered ceasefire in the Nagorno-Karabakh '
     'conflict, to take effect at midnight.'),
    (('CHN', 'CHNGOV'), ('CHN', 'CHNOPP', 'CHNREL', 'CHNCVL'), ('1722', '172', '170'),
     'China banned the Falun Gong spiritual movement on Thursday, branding it a threat to social stability '
     'and ordering a nationwide crackdown on its followers.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('LBN', 'LBNCVL', 'LBNGOV', 'LBNREB'), ('195', '190', '194'),
     'Israeli warplanes and helicopter gunships pounded targets across southern Lebanon for a third day on '
     'Saturday, sending tens of thousands of Lebanese villagers fleeing northwards.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('125', '120'),
     'Syria on Tuesday rejected an Israeli offer to resume peace talks without preconditions, insisting that '
     'negotiations pick up where they left off under the previous Israeli government.'),
    (('NGO',), ('TUR', 'TURCOP', 'TURMIL', 'TURGOV'), ('112', '1122', '111', '110'),
     'Amnesty International on Wednesday accused Turkish security forces of torturing detainees, including '
     'children, and called on Ankara to bring those responsible to justice.'),
    (('USA', 'USAGOV'), ('SYR', 'SYRGOV'), ('042', '040', '046'),
     'U.S. Secretary of State Madeleine Albright flew to Damascus on Sunday for talks with President Hafez '
     'al-Assad on reviving the Syrian track of the Middle East peace process.'),
    (('KHM', 'KHMMIL', 'KHMGOV'), ('KHM', 'KHMREB', 'KHMINS'), ('192', '190'),
     'Cambodian government troops captured the Khmer Rouge stronghold of Pailin on Wednesday after a '
     'two-week offensive, the defence ministry said.'),
    (('DZA', 'DZACOP', 'DZAMIL', 'DZAGOV'), ('DZA', 'DZAREB', 'DZAINS', 'DZAUAF', 'DZARAD'), ('190',),
     'Algerian security forces killed 22 members of the Armed Islamic Group in an operation in the mountains '
     'south of Algiers, the official APS news agency said on Friday.'),
    (('DZA', 'DZAREB', 'DZAUAF', 'DZAINS', 'DZARAD'), ('DZA', 'DZACVL'),
     ('180', '1823', '186', '202', '200', '190'),
     'Suspected Moslem fundamentalist rebels slit the throats of 43 villagers in a night attack on a hamlet '
     'west of Algiers, residents said.'),
    (('SDN', 'SDNGOV'), ('SDN', 'SDNREB', 'SDNINS'), ('0871', '087', '057', '030'),
     'Sudan\'s government and the Sudan People\'s Liberation Army agreed on Saturday to an immediate '
     'ceasefire in the southern Bahr el-Ghazal region to allow food aid to reach starving civilians.'),
    (('SDN', 'SDNREB', 'SDNINS'), ('SDN', 'SDNGOV'), ('0871', '087', '057', '030'),
     'Sudan\'s government and the Sudan People\'s Liberation Army agreed on Saturday to an immediate '
     'ceasefire in the southern Bahr el-Ghazal region to allow food aid to reach starving civilians.'),
    (('IGO',), ('THA', 'THAGOV'), ('071', '070', '061'),
     'The International Monetary Fund on Friday approved a $17 billion rescue package for Thailand, the '
     'largest since the Mexican peso crisis, to help the country overcome its financial crisis.'),
    (('USA', 'USAGOV'), ('JPN', 'JPNGOV'), ('130', '131', '1312', '138'),
     'The United States threatened on Wednesday to impose 100 percent tariffs on 13 Japanese luxury car '
     'models unless Tokyo opened its market to American car parts.'),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), ('111', '112', '110'),
     'Japan on Thursday denounced the U.S. threat of sanctions as a violation of world trade rules and said '
     'it would file a complaint with the World Trade Organisation.'),
    (('PER', 'PERMIL', 'PERGOV'), ('PER', 'PERREB', 'PERINS'), ('190', '193', '180', '181', '186'),
     'Peruvian commandos stormed the Japanese ambassador\'s residence in Lima on Tuesday, freeing 71 '
     'hostages held by Tupac Amaru guerrillas for four months and killing all 14 rebels.'),
    ((), (), ('18', '19', '20'),
     'Analysts said the border war between Peru and Ecuador, which flared for three weeks in 1995, had cost '
     'both countries dearly.'),
    ((), (), ('04',),
     'Foreign ministers of the Association of South East Asian Nations will meet in Kuala Lumpur next month '
     'to discuss the crisis in Cambodia, diplomats said.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), ('057',),
     'China and Vietnam signed a treaty on Wednesday settling their land border, ending a dispute that led '
     'to a brief but bloody war in 1979.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('057',),
     'China and Vietnam signed a treaty on Wednesday settling their land border, ending a dispute that led '
     'to a brief but bloody war in 1979.'),
    (('BDI', 'BDIMIL'), ('BDI', 'BDIGOV'), ('180', '181'),
     'Burundi\'s Tutsi-dominated army seized power in a coup on Thursday, ousting Hutu President Sylvestre '
     'Ntibantunganya two days after he took refuge in the U.S. embassy.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSCVL', 'RUSREB'), ('195', '190'),
     'Russian warplanes bombed the Chechen capital Grozny overnight, killing dozens of civilians, as Moscow '
     'pressed ahead with a military campaign to crush separatist rebels, Chechen officials said.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('085', '081', '080'),
     'Greece lifted its 19-month trade embargo on the former Yugoslav republic of Macedonia on Friday after '
     'the two countries reached an interim accord on the dispute over Macedonia\'s name.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('085', '081', '080'),
     'President Bill Clinton on Tuesday lifted the 19-year-old U.S. trade embargo against Vietnam, saying '
     'Hanoi had cooperated in accounting for American servicemen missing from the war.'),
]

LEAD30_B3: list[Row] = [
    # batch 3: written blind, after batch 2's fixes, before the coder was run on it
    (('IGO',), ('IRQ', 'IRQGOV'), ('090', '091', '092', '093', '094'),
     'U.N. arms inspectors began investigating on Monday Iraq\'s claims that it had destroyed all its '
     'biological weapons, a U.N. official said.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('100', '101', '102', '103', '104', '1041', '105', '1053', '106',
                                           '107', '108'),
     'The United States demanded on Friday that China release the crew of a U.S. Navy surveillance plane '
     'that made an emergency landing on Hainan island after colliding with a Chinese fighter.'),
    (('RUS', 'RUSGOV'), ('IGO',), ('130', '131', '138', '139'),
     'Russia warned NATO on Thursday that it would take unspecified countermeasures if the alliance '
     'admitted the three Baltic states as members.'),
    (('IRN', 'IRNGOV', 'IRNMIL'), ('AFG', 'AFGREB', 'AFGGOV'), ('150', '152', '154'),
     'Iran began large-scale military manoeuvres involving 200,000 troops near its border with Afghanistan '
     'on Tuesday, in a show of force aimed at the Taliban militia.'),
    (('KOR', 'KORCOP'), ('KOR', 'KOREDU', 'KORCVL', 'KOROPP'), ('175', '170', '173'),
     'Thousands of riot police fired tear gas to disperse some 10,000 students who hurled rocks and '
     'firebombs during a rally in Seoul on Saturday demanding the ouster of President Roh Tae-woo.'),
    (('KOREDU', 'KOR', 'KORCVL', 'KOROPP'), ('KOR', 'KORGOV'), ('145', '141', '1411', '140'),
     'Thousands of riot police fired tear gas to disperse some 10,000 students who hurled rocks and '
     'firebombs during a rally in Seoul on Saturday demanding the ouster of President Roh Tae-woo.'),
    (('NGA', 'NGAGOV'), ('ZAF', 'ZAFGOV'), ('161', '160'),
     'Nigeria recalled its high commissioner from South Africa on Friday after President Nelson Mandela '
     'called for oil sanctions against the Abacha government.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEREB', 'PSERAD', 'PSEUAF', 'PSECVL'), ('174', '170'),
     'Israel deported 415 suspected Islamic militants to southern Lebanon on Thursday, in a move that drew '
     'condemnation from the United Nations and Arab states.'),
    (('IGO',), ('ISR', 'ISRGOV'), ('111', '112', '110'),
     'The U.N. Security Council unanimously condemned Israel on Friday for deporting 415 Palestinians and '
     'demanded their immediate return.'),
    (('ALB', 'ALBGOV'), ('ALB', 'ALBCVL', 'ALBREB'), ('1724', '172', '170'),
     'Albania\'s government declared a state of emergency on Sunday after armed rebels seized control of the '
     'southern port of Vlore and looted army depots.'),
    (('MEX', 'MEXGOV'), ('USA', 'USALEG', 'USAGOV'), ('111', '112', '110'),
     'Mexico on Wednesday denounced the U.S. Congress\'s decision to decertify it as an ally in the war on '
     'drugs, calling it an insult to the Mexican people.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB', 'COLINS'), ('040', '043', '046', '042'),
     'Colombian President Andres Pastrana met FARC rebel leader Manuel Marulanda in the southern jungle on '
     'Thursday to launch peace talks aimed at ending 35 years of civil war.'),
    (('COL', 'COLREB', 'COLINS'), ('COL', 'COLGOV'), ('040', '043', '046', '042'),
     'Colombian President Andres Pastrana met FARC rebel leader Manuel Marulanda in the southern jungle on '
     'Thursday to launch peace talks aimed at ending 35 years of civil war.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('138', '130', '139'),
     'Turkey threatened on Friday to take military action against Syria unless Damascus stopped harbouring '
     'Kurdish rebel leader Abdullah Ocalan.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('112', '111', '110'),
     'Egypt accused Sudan on Tuesday of involvement in the attempt on President Hosni Mubarak\'s life in '
     'Addis Ababa and closed the Sudanese consulate in Alexandria.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), ('040', '046'),
     'Japanese Foreign Minister Yohei Kono and his Russian counterpart Andrei Kozyrev held talks in Tokyo on '
     'Monday on the territorial dispute over four islands seized by Soviet forces at the end of World War '
     'Two.'),
    (('RUS', 'RUSGOV'), ('JPN', 'JPNGOV'), ('040', '046'),
     'Japanese Foreign Minister Yohei Kono and his Russian counterpart Andrei Kozyrev held talks in Tokyo on '
     'Monday on the territorial dispute over four islands seized by Soviet forces at the end of World War '
     'Two.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), ('114', '111', '110'),
     'South Korea lodged a strong protest with Japan on Tuesday over a Japanese cabinet minister\'s remarks '
     'justifying Tokyo\'s 35-year colonial rule of the Korean peninsula.'),
    (('CHN', 'CHNGOV'), ('FRA', 'FRAGOV'), ('161', '160', '166'),
     'China ordered the closure of the French consulate in Guangzhou on Friday in retaliation for France\'s '
     'decision to sell Mirage fighter jets to Taiwan.'),
    (('RWA', 'RWAGOV'), ('COD', 'CODGOV'), ('112', '111', '110'),
     'Rwanda on Sunday accused Zaire of arming Hutu militiamen who carried out the 1994 genocide and are now '
     'using refugee camps in eastern Zaire to launch raids across the border.'),
    (('AGO', 'AGOREB', 'AGOINS'), ('AGO', 'AGOGOV'), ('125', '120'),
     'UNITA rebel leader Jonas Savimbi on Tuesday rejected a government proposal for a meeting to salvage '
     'the 1994 Lusaka peace accord, saying his safety could not be guaranteed.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('USA', 'USAMIL'), ('190', '194', '195'),
     'Iraqi anti-aircraft batteries fired on U.S. and British warplanes patrolling the northern no-fly zone '
     'on Monday, and the allied jets responded by bombing an air defence site near Mosul, the U.S. military '
     'said.'),
    (('USA', 'USAMIL', 'GBR', 'GBRMIL'), ('IRQ', 'IRQMIL', 'IRQGOV'), ('195', '190'),
     'Iraqi anti-aircraft batteries fired on U.S. and British warplanes patrolling the northern no-fly zone '
     'on Monday, and the allied jets responded by bombing an air defence site near Mosul, the U.S. military '
     'said.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('036', '030'),
     'Israeli Prime Minister Yitzhak Rabin said on Sunday Israel was ready to resume negotiations with Syria '
     'at any time and at any level, but that Damascus must first agree to full normalisation of relations.'),
    (('PSE', 'PSEREB', 'PSERAD', 'PSEINS', 'PSEUAF', 'PSEOPP'), ('ISR', 'ISRGOV'),
     ('138', '1383', '130', '139'),
     'The militant Islamic group Hamas threatened on Friday to carry out more suicide attacks against Israel '
     'unless it freed Palestinian prisoners.'),
    (('CHN', 'CHNCOP', 'CHNGOV'), ('CHN', 'CHNOPP', 'CHNCVL', 'CHNELI'), ('173', '170'),
     'Chinese police detained veteran dissident Wei Jingsheng on Saturday, hours after he met U.S. Assistant '
     'Secretary of State John Shattuck, his family said.'),
    (('GBR', 'GBRGOV'), ('CHN', 'CHNGOV'), ('057', '050', '030', '036'),
     'Britain and China reached agreement on Friday on the financing of Hong Kong\'s new airport, ending two '
     'years of wrangling that had soured relations ahead of the 1997 handover.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('057', '050', '030', '036'),
     'Britain and China reached agreement on Friday on the financing of Hong Kong\'s new airport, ending two '
     'years of wrangling that had soured relations ahead of the 1997 handover.'),
    (('USR', 'USRMIL', 'RUS', 'RUSMIL'), ('AFG', 'AFGGOV'), ('0874', '087', '080'),
     'Soviet troops completed their withdrawal from Afghanistan on Wednesday, ending nine years of military '
     'intervention that cost the lives of some 15,000 Soviet soldiers.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENOPP', 'KENCVL'), ('175', '170'),
     'Kenyan riot police fired tear gas and beat opposition supporters with clubs in Nairobi on Monday to '
     'break up a banned pro-democracy rally.'),
    (('GRC', 'GRCGOV', 'GRCMIL'), ('TUR', 'TURMIL', 'TURGOV'), ('152', '150', '154'),
     'Greece put its armed forces on alert on Tuesday after Turkish commandos landed on an uninhabited '
     'Aegean islet claimed by both countries.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('057',),
     'Germany and Poland signed a treaty in Warsaw on Wednesday confirming their post-war border along the '
     'Oder and Neisse rivers.'),
    (('POL', 'POLGOV'), ('DEU', 'DEUGOV'), ('057',),
     'Germany and Poland signed a treaty in Warsaw on Wednesday confirming their post-war border along the '
     'Oder and Neisse rivers.'),
    ((), (), ('18', '19'),
     'Forty years after the Korean War ended in an armistice, the two Koreas remain technically at war, with '
     'some two million troops facing each other across the heavily fortified border.'),
    ((), (), ('06', '07', '16'),
     'Oil prices rose sharply on Monday after OPEC ministers agreed to cut production by 1.5 million barrels '
     'a day, traders said.'),
    (('HRV', 'HRVMIL', 'HRVGOV'), ('HRV', 'HRVREB', 'HRVINS'), ('190', '192', '194'),
     'Croatian troops launched a massive offensive on Friday to retake the rebel Serb-held Krajina region, '
     'shelling the rebel stronghold of Knin.'),
    (('SOM', 'SOMREB', 'SOMUAF', 'SOMMIL', 'SOMINS'), ('IGO', 'PAK', 'PAKMIL'), ('190', '180', '181'),
     'Gunmen loyal to Somali warlord Mohamed Farah Aidid ambushed a convoy of U.N. peacekeepers in Mogadishu '
     'on Saturday, killing 23 Pakistani soldiers.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('032', '030', '054', '050'),
     'Britain and Iran agreed on Thursday to upgrade diplomatic relations to ambassadorial level, ending a '
     'decade of tension over the death sentence passed on British author Salman Rushdie.'),
    (('PRK', 'PRKGOV'), ('IGO',), ('1662', '166', '160', '174'),
     'North Korea ordered U.N. nuclear inspectors to leave the country on Tuesday and announced it would '
     'restart a plutonium reprocessing plant, defying warnings from Washington.'),
]

LEAD30_B4: list[Row] = [
    # batch 4: written blind, long leads mostly, after batch 3's fixes, before the coder was run on it
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), ('084', '0841', '080'),
     'In the biggest exchange since their eight-year war ended, Iran and Iraq on Tuesday swapped more than '
     '5,000 prisoners of war at the Khosravi border crossing, the official IRNA news agency reported.'),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNGOV', 'IRNMIL'), ('084', '0841', '080'),
     'In the biggest exchange since their eight-year war ended, Iran and Iraq on Tuesday swapped more than '
     '5,000 prisoners of war at the Khosravi border crossing, the official IRNA news agency reported.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('057',),
     'Jordan\'s King Hussein and Israeli Prime Minister Yitzhak Rabin, ending 46 years of hostility, signed '
     'a peace treaty on Wednesday at a desert crossing on their border in the presence of U.S. President '
     'Bill Clinton.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057',),
     'Jordan\'s King Hussein and Israeli Prime Minister Yitzhak Rabin, ending 46 years of hostility, signed '
     'a peace treaty on Wednesday at a desert crossing on their border in the presence of U.S. President '
     'Bill Clinton.'),
    (('USA', 'USAGOV'), ('HTI', 'HTIMIL', 'HTIGOV'), ('130', '138', '139'),
     'Responding to the military\'s refusal to step down, President Bill Clinton on Thursday gave Haiti\'s '
     'military leaders a final warning to leave power or be removed by force.'),
    (('PHL', 'PHLGOV'), ('CHN', 'CHNGOV'), ('111', '114', '110', '112'),
     'The Philippines, in a strongly worded note to Beijing, protested on Monday against the construction of '
     'Chinese structures on Mischief Reef, an atoll in the disputed Spratly Islands claimed by Manila.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('BIH', 'BIHREB', 'BIHGOV', 'BIHINS'), ('160', '161', '163', '1621'),
     'Yugoslavia, in a bid to force the Bosnian Serbs to accept an international peace plan, cut off '
     'political and economic ties with them on Thursday and closed its border with the areas they hold.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('161', '166', '160', '174', '112'),
     'India, accusing Pakistan of masterminding the hijacking of an Indian Airlines jet, expelled a '
     'Pakistani diplomat on Friday and ordered a cut in the staff of Islamabad\'s high commission in New '
     'Delhi.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECVL', 'PSEOPP'), ('175', '190', '193', '180'),
     'Israeli troops shot dead three Palestinian stone-throwers in the Gaza Strip on Friday as clashes '
     'erupted across the occupied territories on the anniversary of the intifada, Palestinian hospital '
     'officials said.'),
    (('DZA', 'DZAGOV'), ('FRA', 'FRAGOV'), ('112', '111', '110'),
     'Algeria on Monday accused France of interfering in its internal affairs after French Prime Minister '
     'Edouard Balladur called for dialogue between the military-backed government and Islamic '
     'fundamentalists.'),
    (('TUR', 'TURGOV'), ('IGO',), ('160', '161', '164'),
     'Turkey, angered by the European Union\'s decision to leave it off a list of candidates for membership, '
     'froze political dialogue with the bloc on Sunday.'),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('TWN', 'TWNGOV'), ('150', '195', '138'),
     'China\'s People\'s Liberation Army fired two more missiles into the sea off Taiwan on Thursday in an '
     'escalation of military exercises that Taipei denounced as intimidation ahead of the island\'s first '
     'direct presidential election.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), ('016', '120'),
     'Australia, which led the U.N. peacekeeping force in East Timor, on Friday rejected Indonesian '
     'accusations that its troops had killed pro-Jakarta militiamen in cross-border raids.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('125', '120'),
     'Iran\'s spiritual leader Ayatollah Ali Khamenei on Friday ruled out any talks with the United States, '
     'calling Washington the Great Satan and accusing it of plotting against the Islamic republic.'),
    (('LBY', 'LBYGOV'), ('EGY', 'EGYGOV'), ('042', '040', '046'),
     'Libyan leader Muammar Gaddafi, defying a U.N. air embargo, flew to Egypt on Tuesday for talks with '
     'President Hosni Mubarak on the Lockerbie dispute.'),
    (('PSE', 'PSECOP', 'PSEGOV'), ('PSE', 'PSEREB', 'PSERAD', 'PSEINS', 'PSEOPP'), ('173', '170'),
     'Palestinian police, under pressure from Israel and the United States, rounded up more than 100 Hamas '
     'activists in Gaza on Sunday, a day after a suicide bombing killed 22 Israelis in Tel Aviv.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('LVA', 'LVAGOV'), ('0874', '087', '166', '080'),
     'Russia pulled its last troops out of Latvia and Estonia on Wednesday, ending half a century of '
     'military presence in the Baltic states.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV', 'AFGREB'), ('054', '050'),
     'Pakistan on Sunday recognised the Taliban as the legitimate government of Afghanistan, becoming the '
     'first country to do so.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('112', '111', '110', '138', '130'),
     'The United States on Wednesday accused Libya of building a chemical weapons plant in an underground '
     'complex near Tarhunah and warned that it would not allow the plant to go into operation.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV', 'PRKMIL'), ('084', '0841', '080'),
     'South Korea on Monday returned the bodies of nine North Korean commandos killed during a submarine '
     'infiltration last month, handing them over at the truce village of Panmunjom.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('055',),
     'North Korea expressed deep regret to South Korea on Sunday for the submarine incident, a rare apology '
     'that cleared the way for talks on the nuclear issue.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRQ', 'IRQREB', 'IRQCVL', 'IRQINS', 'IRQOPP'), ('190', '192', '193'),
     'Iraqi tanks and troops, backed by helicopter gunships, attacked the Kurdish-held town of Arbil on '
     'Saturday, sending thousands of civilians fleeing towards the Iranian border, Kurdish officials said.'),
    (('USA', 'USAMIL', 'USAGOV'), ('IRQ', 'IRQGOV', 'IRQMIL', 'IRQCVL'), ('195', '190'),
     'The United States fired 27 cruise missiles at air defence targets in southern Iraq on Tuesday in '
     'retaliation for Baghdad\'s attack on the Kurdish town of Arbil.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEGOV'), ('084', '0841', '080'),
     'Israel freed 199 Palestinian prisoners on Thursday under the Wye River accord, but Palestinians '
     'protested that most were common criminals rather than political detainees.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('IGO',), ('166', '174', '1662', '160'),
     'Yugoslavia on Monday ordered William Walker, the American head of the international monitoring '
     'mission in Kosovo, to leave the country within 48 hours, blaming him for false claims of a massacre of '
     'ethnic Albanians.'),
    (('ESP', 'ESPCOP'), ('ESP', 'ESPREB', 'ESPINS', 'ESPSEP', 'ESPUAF'), ('173', '170'),
     'Spanish police arrested 12 suspected members of the Basque separatist group ETA in a series of raids '
     'in the Basque country on Tuesday, the Interior Ministry said.'),
    (('ESP', 'ESPREB', 'ESPINS', 'ESPUAF'), ('ESP', 'ESPMIL'), ('183', '1832', '180', '186'),
     'A car bomb blamed on ETA killed a Spanish army colonel in Madrid on Monday, hours after the government '
     'ruled out negotiations with the separatists.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('030', '031', '035', '057'),
     'Cuba agreed on Friday to stop thousands of Cubans from fleeing to the United States on rafts, in '
     'return for a U.S. promise to admit at least 20,000 Cuban immigrants a year.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV', 'PERMIL'), ('112', '111', '110'),
     'Ecuador accused Peru on Monday of launching fresh air raids on its positions in the disputed '
     'Cordillera del Condor border area, despite a ceasefire agreed last week.'),
    (('KHM', 'KHMMIL', 'KHMGOV'), ('KHM', 'KHMMIL', 'KHMGOV', 'KHMOPP'), ('190', '193', '180'),
     'Forces loyal to Cambodia\'s Second Prime Minister Hun Sen routed troops of First Prime Minister Prince '
     'Norodom Ranariddh in fierce fighting in Phnom Penh on Sunday, in what Ranariddh\'s supporters called a '
     'coup.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('036', '030'),
     'Pakistan offered on Thursday to hold talks with India at any level to resolve the Kashmir dispute, but '
     'New Delhi said it would not negotiate while cross-border terrorism continued.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('125', '120'),
     'Pakistan offered on Thursday to hold talks with India at any level to resolve the Kashmir dispute, but '
     'New Delhi said it would not negotiate while cross-border terrorism continued.'),
    ((), (), ('19', '18', '17'),
     'Human rights groups say more than 30,000 people have died in the conflict between Turkish security '
     'forces and Kurdish separatists since 1984.'),
    ((), (), ('04', '05'),
     'Diplomats said a summit between the two leaders was unlikely before the end of the year, given the '
     'deep divisions over the future of Jerusalem.'),
    (('COD', 'CODREB', 'CODINS'), ('COD', 'CODGOV', 'CODMIL', 'CODCVL'), ('192', '190'),
     'Zairean rebels led by Laurent Kabila captured the eastern town of Kisangani on Saturday, dealing a '
     'severe blow to President Mobutu Sese Seko\'s crumbling army.'),
    (('IGO', 'NGA', 'NGAMIL'), ('LBR', 'LBRREB', 'LBRINS'), ('195', '190'),
     'Nigerian jets serving with the West African peacekeeping force ECOMOG bombed rebel positions around '
     'the Liberian port of Buchanan on Tuesday, killing at least 50 fighters loyal to Charles Taylor.'),
    (('RUS', 'RUSGOV'), ('CHN', 'CHNGOV'), ('057',),
     'Russian President Boris Yeltsin and Chinese President Jiang Zemin, pledging to build a strategic '
     'partnership for the 21st century, signed a declaration in Moscow on Wednesday calling for a multipolar '
     'world.'),
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), ('057',),
     'Russian President Boris Yeltsin and Chinese President Jiang Zemin, pledging to build a strategic '
     'partnership for the 21st century, signed a declaration in Moscow on Wednesday calling for a multipolar '
     'world.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV'), ('138', '130', '139'),
     'Israel warned Lebanon on Sunday that it would hit back hard at Lebanese infrastructure if Hizbollah '
     'guerrillas continued to fire rockets at northern Israel.'),
    (('NOR', 'NORGOV'), ('PSE', 'PSEGOV', 'PSEOPP'), ('042', '040', '046'),
     'Norway\'s Foreign Minister Johan Joergen Holst, who brokered secret talks between Israel and the PLO '
     'in Oslo, flew to Tunis on Sunday for talks with PLO leader Yasser Arafat.'),
]

LEAD30_B5: list[Row] = [
    # batch 5: written blind, after batch 4's fixes, before the coder was run on it
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('112', '111', '110'),
     'North Korea accused the United States on Saturday of preparing a pre-emptive strike against its '
     'nuclear facilities, the official Korean Central News Agency said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('130', '138', '139', '111'),
     'China warned the United States on Monday not to sell advanced weapons to Taiwan, saying such a move '
     'would seriously damage relations.'),
    (('IGO',), ('ISR', 'ISRGOV'), ('0256', '025', '020'),
     'The U.N. Security Council called on Israel and the Palestinians on Friday to halt the violence that '
     'has killed more than 100 people in two weeks.'),
    (('JPN', 'JPNGOV'), ('IDN', 'IDNGOV'), ('033', '0331', '030', '070', '071'),
     'Japan pledged on Tuesday to provide $5 billion in loans to Indonesia to help it cope with its worst '
     'economic crisis in three decades.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV', 'RUSCVL'), ('070', '071', '073'),
     'The United States delivered the first shipment of food aid to Russia on Wednesday under a $1 '
     'billion programme to help Moscow through the winter.'),
    (('IGO',), ('BIH', 'BIHCVL', 'BIHGOV'), ('073', '070'),
     'The U.N. refugee agency resumed its airlift of food and medicine to the besieged Bosnian capital '
     'Sarajevo on Monday after a three-day suspension caused by shelling.'),
    (('RUS', 'RUSGOV'), ('IRN', 'IRNGOV'), ('061', '057', '060'),
     'Russia signed a contract on Wednesday to complete a nuclear power plant at Bushehr in southern '
     'Iran, despite strong U.S. objections.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('040', '046'),
     'Turkish and Greek foreign ministers met in New York on Friday for the first high-level talks '
     'between the two NATO allies in three years.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('040', '046'),
     'Turkish and Greek foreign ministers met in New York on Friday for the first high-level talks '
     'between the two NATO allies in three years.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('121', '120', '124', '125', '166', '160'),
     'Iraq said on Sunday it would no longer cooperate with U.N. arms inspectors until the Security '
     'Council lifted sanctions, triggering a new crisis in the Gulf.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('138', '130', '139'),
     'U.S. Defence Secretary William Cohen warned Iraq on Monday that it faced military strikes if it did '
     'not allow the inspectors back into the country.'),
    (('ERI', 'ERIMIL', 'ERIGOV'), ('YEM', 'YEMMIL', 'YEMGOV'), ('192', '190'),
     'Eritrean troops seized the Red Sea island of Greater Hanish from Yemen on Saturday after a '
     'three-day battle that killed a dozen soldiers, Yemeni officials said.'),
    (('SDN', 'SDNGOV'), ('UGA', 'UGAGOV', 'UGAMIL'), ('112', '111', '110'),
     'Sudan accused Uganda on Thursday of shelling its territory in support of southern rebels and said '
     'it reserved the right to retaliate.'),
    (('IDN', 'IDNMIL'), ('IDN', 'IDNEDU', 'IDNCVL', 'IDNOPP'), ('175', '190', '180'),
     'Indonesian troops opened fire on thousands of students demonstrating outside a Jakarta university '
     'on Tuesday, killing six and wounding dozens, witnesses said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('114', '111', '110', '112'),
     'China\'s foreign ministry on Tuesday summoned the U.S. ambassador to lodge a strong protest over '
     'the bombing of the Chinese embassy in Belgrade.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), ('042', '040', '046'),
     'Iranian President Mohammad Khatami arrived in Riyadh on Saturday on the first visit to Saudi Arabia '
     'by an Iranian head of state since the 1979 Islamic revolution.'),
    (('NZL', 'NZLGOV'), ('FRA', 'FRAGOV'), ('161', '160'),
     'New Zealand recalled its ambassador to France on Wednesday in protest at Paris\'s decision to '
     'resume nuclear testing in the South Pacific.'),
    (('FRA', 'FRAMIL', 'FRAGOV'), ('NGO',), ('171', '190', '1711'),
     'French commandos stormed the Greenpeace flagship Rainbow Warrior II on Sunday as it sailed into the '
     'exclusion zone around Mururoa atoll, the environmental group said.'),
    (('ITA', 'ITAMIL', 'ITAGOV'), ('ALB', 'ALBGOV'), ('074', '070', '150', '154'),
     'Italy began landing troops in the Albanian port of Durres on Tuesday at the head of a multinational '
     'force to protect aid deliveries to the lawless Balkan state.'),
    (('USA', 'USAMIL', 'USAGOV'), ('PAN', 'PANGOV', 'PANMIL'), ('190', '192', '195', '180'),
     'U.S. troops invaded Panama before dawn on Wednesday to overthrow General Manuel Noriega, who faces '
     'drug trafficking charges in the United States.'),
    (('SLV', 'SLVGOV'), ('SLV', 'SLVREB', 'SLVINS'), ('057',),
     'El Salvador\'s government and leftist FMLN guerrillas signed a peace accord in Mexico City on '
     'Thursday, ending 12 years of civil war that killed some 75,000 people.'),
    (('SLV', 'SLVREB', 'SLVINS'), ('SLV', 'SLVGOV'), ('057',),
     'El Salvador\'s government and leftist FMLN guerrillas signed a peace accord in Mexico City on '
     'Thursday, ending 12 years of civil war that killed some 75,000 people.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('061', '060', '081', '085'),
     'The United States renewed China\'s most-favoured-nation trade status on Thursday, but said it would '
     'continue to press Beijing on human rights.'),
    (('KOR', 'KORMIL', 'KORGOV'), ('PRK', 'PRKMIL', 'PRKGOV'), ('190', '193', '194', '195'),
     'South Korea\'s navy sank a North Korean torpedo boat in a gun battle in the Yellow Sea on Tuesday, '
     'the first naval clash between the two Koreas since the 1950-53 war.'),
    (('IGO',), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('115', '116', '173', '111', '112', '1124'),
     'The U.N. war crimes tribunal in The Hague indicted Yugoslav President Slobodan Milosevic on '
     'Thursday for crimes against humanity in Kosovo.'),
    (('GBR', 'GBRCOP', 'GBRGOV'), ('CHL', 'CHLELI', 'CHLMIL', 'CHLGOV'), ('173', '170'),
     'British police arrested former Chilean dictator Augusto Pinochet in a London clinic on Friday at '
     'the request of a Spanish judge seeking his extradition on charges of genocide.'),
    (('CHL', 'CHLGOV'), ('GBR', 'GBRGOV'), ('114', '111', '110'),
     'Chile protested to Britain on Sunday over the arrest of former military ruler Augusto Pinochet, '
     'saying he enjoyed diplomatic immunity as a senator.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('111', '112', '110'),
     'China on Tuesday denounced Taiwan President Lee Teng-hui\'s description of cross-strait relations '
     'as state-to-state, accusing him of trying to split the motherland.'),
    ((), (), ('04',),
     'Leaders of the Group of Seven industrialised nations will gather in Naples next month for their '
     'annual summit, officials said.'),
    ((), (), ('13', '19'),
     'Military analysts say North Korea\'s army of more than one million men could overrun Seoul within '
     'days if war broke out.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('046', '040'),
     'Israeli Prime Minister Ehud Barak and Syrian Foreign Minister Farouk al-Shara opened peace talks in '
     'Shepherdstown, West Virginia, on Monday under the auspices of U.S. President Bill Clinton.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('046', '040'),
     'Israeli Prime Minister Ehud Barak and Syrian Foreign Minister Farouk al-Shara opened peace talks in '
     'Shepherdstown, West Virginia, on Monday under the auspices of U.S. President Bill Clinton.'),
    (('USR', 'USRMIL', 'RUS', 'RUSMIL'), ('LTU', 'LTUCVL', 'LTUGOV'), ('190', '193', '175', '180', '200'),
     'Soviet troops stormed the television tower in Vilnius early on Sunday, killing 13 people, as Moscow '
     'moved to crush Lithuania\'s drive for independence.'),
    (('GBR', 'GBRGOV'), ('GBR', 'GBRPTY', 'GBROPP', 'GBRREB'), ('040', '046', '043'),
     'British officials held their first formal talks with Sinn Fein, the political wing of the IRA, on '
     'Friday, a step towards bringing the guerrillas\' allies into peace negotiations.'),
    (('BEL', 'BELGOV', 'BELMIL'), ('RWA', 'RWAGOV'), ('1661', '166', '087', '0874', '160'),
     'Belgium began withdrawing its 420 peacekeepers from Rwanda on Wednesday after 10 Belgian soldiers '
     'were killed by government troops in Kigali.'),
    (('VAT', 'VATGOV', 'VATREL', 'VATELI'), ('CUB', 'CUBGOV'), ('042', '040'),
     'Pope John Paul II arrived in Cuba on Wednesday for a historic five-day visit, the first by a '
     'pontiff to the communist-ruled island.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAGOV', 'USAMIL'), ('120', '121', '1212', '124'),
     'Saudi Arabia refused on Tuesday to allow U.S. warplanes to use its bases for strikes against Iraq, '
     'diplomats in Riyadh said.'),
    (('IRN', 'IRNMIL', 'IRNGOV'), ('IRN', 'IRNREB', 'IRNOPP', 'IRNINS'), ('195', '190'),
     'Iranian warplanes bombed bases of the Iraq-based People\'s Mujahideen opposition group inside Iraq '
     'on Tuesday, the group said.'),
    ((), (), ('19', '18'),
     'The 1991 Gulf War, in which a U.S.-led coalition drove Iraqi forces out of Kuwait, cost Saudi '
     'Arabia some $55 billion.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('127', '125', '120', '124'),
     'Palestinian leader Yasser Arafat on Thursday rejected an Israeli proposal to postpone a scheduled '
     'troop withdrawal from the West Bank.'),
]

LEAD30_B6: list[Row] = [
    # batch 6: written blind, after batch 5's fixes, before the coder was run on it
    (('LBN', 'LBNREB'), ('ISR', 'ISRMIL'), ('183', '1833', '180', '190'),
     'Three Israeli soldiers were killed and four wounded on Sunday when a roadside bomb planted by '
     'Hizbollah guerrillas exploded near their patrol in south Lebanon\'s occupied zone, Israeli army '
     'sources said.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('040', '046', '043'),
     'Japan, in its first direct contact with North Korea in seven years, held talks with Pyongyang\'s '
     'officials in Beijing on Tuesday on resuming negotiations to establish diplomatic ties.'),
    (('IGO',), ('AFG', 'AFGGOV', 'AFGREB'), ('163', '160'),
     'The U.N. Security Council imposed sanctions on Afghanistan\'s ruling Taliban militia on Friday for '
     'refusing to hand over Saudi-born militant Osama bin Laden to face trial in the United States.'),
    (('AFG', 'AFGGOV', 'AFGREB'), ('USA', 'USAGOV'), ('124', '120'),
     'The Taliban rejected on Saturday a U.S. demand that it hand over Osama bin Laden, saying Washington '
     'had provided no evidence of his involvement in the embassy bombings.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('087', '0874', '080', '086', '081'),
     'Israel handed over the West Bank town of Jericho to Palestinian self-rule on Friday, the first '
     'transfer of land under the Oslo accords.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('112', '111', '110', '138', '130'),
     'Pakistan, reacting angrily to India\'s nuclear tests, said on Tuesday it would not sit idle and '
     'accused New Delhi of trying to establish hegemony over South Asia.'),
    (('CHN', 'CHNGOV'), ('IND', 'INDGOV'), ('111', '110', '016', '012', '120'),
     'China said on Wednesday it was seriously concerned about India\'s nuclear tests and rejected as '
     'groundless New Delhi\'s claim that Beijing posed a threat to its security.'),
    (('USA', 'USAGOV'), ('IND', 'INDGOV'), ('163', '162', '160'),
     'President Bill Clinton imposed economic sanctions on India on Wednesday, cutting off all U.S. aid '
     'except humanitarian assistance in retaliation for its nuclear tests.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TURGOV'), ('162', '1622', '163', '160'),
     'Germany suspended arms deliveries to Turkey on Thursday pending an investigation into reports that '
     'German-made tanks had been used against Kurdish civilians.'),
    (('SOM', 'SOMUAF', 'SOMREB', 'SOMINS', 'SOMMIL'), ('USA', 'USAMIL'), ('190', '195', '193', '180'),
     'Somali militiamen shot down two U.S. Black Hawk helicopters in Mogadishu on Sunday, triggering a '
     'battle in which 18 American soldiers and hundreds of Somalis were killed.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('112', '111', '110'),
     'Cuban President Fidel Castro, addressing a rally of hundreds of thousands of people in Havana, '
     'accused the United States on Saturday of waging economic war against the Cuban people.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), ('054', '050', '057', '030'),
     'Vietnam and the United States established full diplomatic relations on Tuesday, 20 years after the '
     'end of the Vietnam War.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('054', '050', '057', '030'),
     'Vietnam and the United States established full diplomatic relations on Tuesday, 20 years after the '
     'end of the Vietnam War.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNCVL'), ('194', '190'),
     'Israeli artillery shelled villages in south Lebanon on Wednesday in retaliation for a Hizbollah '
     'rocket attack that wounded three Israeli civilians, Lebanese security sources said.'),
    (('EGY', 'EGYCOP'), ('EGY', 'EGYUAF', 'EGYREB', 'EGYRAD', 'EGYINS'), ('190', '193', '180'),
     'Egyptian police killed five suspected Moslem militants in a shootout in the southern province of '
     'Assiut on Monday, the interior ministry said.'),
    (('JOR', 'JORGOV'), ('IRQ', 'IRQELI', 'IRQGOV', 'IRQMIL'), ('075', '070'),
     'Jordan granted asylum on Friday to two of Saddam Hussein\'s sons-in-law who defected with their '
     'wives, a move that infuriated Baghdad.'),
    (('ALB', 'ALBGOV'), ('YUG', 'YUGMIL', 'YUGGOV'), ('112', '111', '110'),
     'Albania accused Yugoslav troops on Sunday of shelling Albanian border villages in pursuit of ethnic '
     'Albanian guerrillas, and warned Belgrade it would defend its territory.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('036', '030', '046', '040'),
     'South Korean President Kim Young-sam agreed on Tuesday to hold an unprecedented summit with North '
     'Korean leader Kim Il-sung in Pyongyang next month, officials in Seoul said.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('046', '057', '040'),
     'China and Taiwan held their first high-level talks since 1949 in Singapore on Tuesday, signing '
     'agreements on mail and documents but making no progress on political issues.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('046', '057', '040'),
     'China and Taiwan held their first high-level talks since 1949 in Singapore on Tuesday, signing '
     'agreements on mail and documents but making no progress on political issues.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('HRV', 'HRVGOV', 'BIH', 'BIHGOV'), ('057',),
     'The presidents of Serbia, Croatia and Bosnia initialled a peace agreement in Dayton, Ohio, on '
     'Tuesday, ending nearly four years of war in Bosnia.'),
    (('HRV', 'HRVGOV'), ('BIH', 'BIHGOV', 'SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('057',),
     'The presidents of Serbia, Croatia and Bosnia initialled a peace agreement in Dayton, Ohio, on '
     'Tuesday, ending nearly four years of war in Bosnia.'),
    (('THA', 'THAGOV'), ('MMR', 'MMRGOV', 'MMRMIL'), ('160', '163'),
     'Thailand closed its border with Burma on Friday after Burmese troops shelled a Thai border village, '
     'killing two civilians, in pursuit of Karen rebels.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), ('161', '160', '120', '127', '112'),
     'Indonesia tore up a security pact with Australia on Thursday, accusing Canberra of arrogance over '
     'its role in the East Timor crisis.'),
    (('CHN', 'CHNGOV'), ('CHN', 'CHNREL', 'CHNOPP', 'CHNELI'), ('112', '111', '110'),
     'China on Thursday accused the Dalai Lama of trying to split the motherland, after the exiled '
     'Tibetan spiritual leader said Tibet should have genuine autonomy.'),
    (('ZAF', 'ZAFMIL', 'ZAFGOV'), ('LSO', 'LSOMIL', 'LSOREB', 'LSOGOV'), ('190', '192', '193', '074'),
     'South African troops entered Lesotho on Tuesday to put down an army mutiny, meeting fierce '
     'resistance from rebel soldiers in the capital Maseru.'),
    (('MEX', 'MEXMIL'), ('MEX', 'MEXREB', 'MEXINS'), ('190', '192', '193'),
     'Mexican army troops, supported by air force planes, drove Zapatista rebels out of the town of '
     'Ocosingo on Monday after two days of fighting, officials said.'),
    (('CYP', 'CYPGOV'), ('TUR', 'TURGOV'), ('112', '111', '110'),
     'Cyprus accused Turkey on Thursday of turning the island\'s north into a military base and appealed '
     'to the United Nations to help end 25 years of division.'),
    (('SYR', 'SYRGOV', 'SYRMIL'), ('LBN', 'LBNGOV'), ('0874', '087', '080'),
     'Syria began redeploying its troops in Lebanon on Friday, pulling about 2,000 soldiers out of '
     'Beirut\'s suburbs under a plan agreed with the Lebanese government.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNGOV'), ('0874', '087', '080'),
     'Israel completed its withdrawal from south Lebanon on Wednesday, ending 22 years of occupation, as '
     'Hizbollah guerrillas moved into positions abandoned by Israeli troops and their allied militia.'),
    ((), (), ('19', '18', '20'),
     'The war in Bosnia, which has killed an estimated 200,000 people since 1992, has become Europe\'s '
     'bloodiest conflict since World War Two.'),
    ((), (), ('05', '03'),
     'Economists said the agreement, if ratified, could boost trade between the two countries by 20 '
     'percent within five years.'),
    (('NGA', 'NGAGOV'), ('CMR', 'CMRGOV'), ('112', '111', '110'),
     'Nigeria and Cameroon traded accusations on Monday over a clash between their troops on the disputed '
     'oil-rich Bakassi peninsula.'),
    (('CMR', 'CMRGOV'), ('NGA', 'NGAGOV'), ('112', '111', '110'),
     'Nigeria and Cameroon traded accusations on Monday over a clash between their troops on the disputed '
     'oil-rich Bakassi peninsula.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGGOV', 'AFGREB'), ('112', '111', '110'),
     'Iran accused Afghanistan\'s Taliban militia on Thursday of killing eight Iranian diplomats and a '
     'journalist in Mazar-i-Sharif and warned that it would hold the militia responsible.'),
    (('UGA', 'UGAMIL'), ('UGA', 'UGAREB', 'UGAINS'), ('190', '193'),
     'Ugandan troops killed 40 rebels of the Lord\'s Resistance Army in fighting near the Sudanese border '
     'on Saturday, an army spokesman said.'),
    (('KOR', 'KORCOP'), ('KOR', 'KORLAB'), ('175', '173', '170', '171'),
     'South Korean riot police stormed Seoul\'s Myongdong Cathedral on Friday to arrest striking union '
     'leaders who had taken refuge there, firing tear gas at hundreds of workers.'),
]

LEAD30_B7: list[Row] = [
    # batch 7: written blind, after batch 6's fixes, before the coder was run on it
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('163', '160'),
     'Cuban MiG fighters shot down two small planes flown by Cuban exiles off Havana on Saturday, '
     'prompting President Bill Clinton to order new sanctions against the communist island.'),
    (('TUR', 'TURMIL'), ('TUR', 'TURREB', 'IRQ'), ('190', '192', '193', '195'),
     'Thousands of Turkish troops crossed into northern Iraq on Wednesday in pursuit of Kurdish rebels, '
     'the biggest cross-border operation since 1995.'),
    (('IGO',), ('YUG', 'YUGGOV'), ('138', '130', '139'),
     'NATO warned Yugoslav President Slobodan Milosevic on Tuesday that it would launch air strikes '
     'within days unless Serbian forces halted their offensive against ethnic Albanian rebels in Kosovo.'),
    (('PAK', 'PAKMIL', 'PAKGOV'), ('PAK', 'PAKGOV', 'PAKELI'), ('180',),
     'Pakistan\'s army chief General Pervez Musharraf seized power in a bloodless coup on Tuesday, hours '
     'after Prime Minister Nawaz Sharif tried to sack him.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), ('111', '110', '104', '1041', '100', '020', '024'),
     'The United States condemned the military takeover in Pakistan on Wednesday and called for a swift '
     'return to civilian rule.'),
    (('KHM', 'KHMREB', 'KHMINS'), ('KHM', 'KHMGOV', 'KHMMIL'), ('0874', '087', '080'),
     'More than 1,000 Khmer Rouge guerrillas surrendered to government forces in northwestern Cambodia on '
     'Saturday, dealing a heavy blow to the rebel movement, officials said.'),
    (('AUS', 'AUSMIL', 'AUSGOV', 'IGO'), ('TLS', 'IDN'), ('074', '070'),
     'The first Australian-led peacekeeping troops landed in East Timor on Monday to restore order after '
     'weeks of violence by pro-Indonesian militias.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('163', '160'),
     'President Bill Clinton signed an order on Sunday banning all U.S. trade with Iran, accusing Tehran '
     'of sponsoring terrorism and seeking nuclear weapons.'),
    (('ISR', 'ISRSPY', 'ISRGOV'), ('PSE', 'PSEREB', 'PSERAD'), ('185', '186', '180'),
     'Israeli agents tried to assassinate a senior Hamas official in Amman on Thursday by injecting him '
     'with poison, Jordanian officials said.'),
    (('YEM', 'YEMMIL', 'YEMGOV'), ('YEM', 'YEMREB', 'YEMINS', 'YEMCVL'), ('192', '190'),
     'Northern Yemeni forces captured the southern stronghold of Aden on Thursday, ending a two-month '
     'civil war that had threatened to split the country in two.'),
    (('LBR', 'LBRREB', 'LBRINS', 'LBRGOV'), ('IGO', 'NGA', 'NGAMIL'), ('190', '193'),
     'Charles Taylor\'s NPFL guerrillas attacked West African peacekeepers outside Monrovia on Thursday, '
     'killing at least 10 Nigerian soldiers, ECOMOG officials said.'),
    (('COD', 'CODGOV'), ('RWA', 'RWAGOV', 'RWAMIL'), ('112', '1123', '111', '110'),
     'Congo\'s President Laurent Kabila accused Rwanda and Uganda on Sunday of invading his country and '
     'appealed to the international community to help repel the aggression.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('125', '120'),
     'India rejected on Saturday Pakistan\'s offer of talks on Kashmir, saying Islamabad must first stop '
     'supporting militants infiltrating across the Line of Control.'),
    (('TUR', 'TURJUD', 'TURGOV'), ('TUR', 'TURPTY', 'TUROPP', 'TURELI'), ('1722', '172', '170'),
     'Turkey\'s Constitutional Court banned the Islamist Welfare Party on Friday for violating the '
     'country\'s secular principles, and barred its leader Necmettin Erbakan from politics for five '
     'years.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('KWT', 'KWTGOV'), ('154', '150', '152'),
     'Iraq moved two Republican Guard divisions towards the Kuwaiti border on Sunday, prompting the '
     'United States to rush warships and aircraft to the Gulf.'),
    (('COL', 'COLREB', 'COLINS'), ('COL', 'COLLEG', 'COLGOV', 'COLELI'), ('181', '180'),
     'FARC rebels kidnapped a Colombian senator and three aides at a roadblock in southern Colombia on '
     'Saturday, the army said.'),
    (('COL', 'COLREB', 'COLINS'), ('COL', 'COLCVL', 'COLBUS'), ('181', '180'),
     'ELN guerrillas hijacked a domestic airliner with 46 people on board on Monday and forced it to land '
     'at a jungle airstrip, Colombian officials said.'),
    (('GTM', 'GTMGOV'), ('GTM', 'GTMREB', 'GTMINS'), ('057',),
     'Guatemala\'s government and leftist guerrillas signed a final peace accord on Sunday, ending 36 '
     'years of civil war in which some 200,000 people were killed or disappeared.'),
    (('GTM', 'GTMREB', 'GTMINS'), ('GTM', 'GTMGOV'), ('057',),
     'Guatemala\'s government and leftist guerrillas signed a final peace accord on Sunday, ending 36 '
     'years of civil war in which some 200,000 people were killed or disappeared.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('046', '040'),
     'U.S. and Cuban officials opened talks in New York on Monday on ways to end the exodus of Cuban '
     'rafters.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('111', '110', '112'),
     'China on Wednesday criticised a visit by Japanese Prime Minister Ryutaro Hashimoto to the Yasukuni '
     'shrine, which honours Japan\'s war dead including convicted war criminals.'),
    (('PHL', 'PHLMIL', 'PHLGOV'), ('PHL', 'PHLREB', 'PHLINS'), ('192', '190'),
     'Philippine troops overran the main camp of the Moro Islamic Liberation Front on Sunday after weeks '
     'of fighting, President Joseph Estrada said.'),
    (('IDN', 'IDNGOV'), ('IDN', 'IDNREB', 'IDNINS'), ('057', '0871'),
     'Indonesia and the Free Aceh Movement signed a ceasefire agreement in Geneva on Friday, raising '
     'hopes of an end to a 26-year separatist war in the province.'),
    (('LKA', 'LKAGOV'), ('NOR', 'NORGOV'), ('028', '020', '022'),
     'Sri Lanka invited Norway on Monday to help broker peace talks with Tamil Tiger rebels fighting for '
     'a separate homeland in the island\'s north and east.'),
    ((), (), ('17', '18', '19'),
     'Human rights groups estimate that Indonesian troops killed as many as 200,000 East Timorese during '
     'the 24 years of occupation that began in 1975.'),
    ((), (), ('04', '05'),
     'The two leaders are expected to sign a series of agreements on trade and energy when they meet in '
     'Moscow next week, officials said.'),
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), ('057',),
     'Britain and Ireland signed a historic agreement in Belfast on Friday with Northern Ireland\'s '
     'political parties, setting up a new assembly and ending 30 years of sectarian conflict.'),
    (('GBR', 'GBRREB'), ('GBR', 'GBRGOV'), ('0871', '087', '080'),
     'The Irish Republican Army announced a complete cessation of military operations on Wednesday, '
     'raising hopes of an end to 25 years of violence in Northern Ireland.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('085', '081', '080'),
     'The United States eased economic sanctions against North Korea on Friday, allowing trade in most '
     'consumer goods, in return for Pyongyang\'s pledge to suspend missile tests.'),
    (('SDN', 'SDNGOV'), ('SDN', 'SDNREB', 'SDNINS'), ('046', '040'),
     'Sudanese government negotiators and SPLA rebels resumed peace talks in Nairobi on Tuesday under the '
     'auspices of the regional IGAD grouping.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('057',),
     'Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday, formally ending a two-year '
     'border war that killed tens of thousands of people.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), ('057',),
     'Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday, formally ending a two-year '
     'border war that killed tens of thousands of people.'),
]

LEAD30_B8: list[Row] = [
    # batch 8: long leads, written blind after the session's merge, before the coder was run on it
    (('RUS', 'RUSGOV'), ('RUS', 'RUSREB'), ('138', '130', '139', '195', '190'),
     'Russian Prime Minister Vladimir Putin, vowing to wipe out what he called terrorist bands, said on '
     'Friday Moscow would press ahead with air strikes on Chechnya until the rebels laid down their arms.'),
    (('CHN', 'CHNGOV'), ('PHL', 'PHLGOV'), ('112', '111', '016', '120'),
     'China, rejecting Manila\'s protests over its construction on Mischief Reef, said on Tuesday the '
     'structures were shelters for fishermen and accused the Philippines of provocation.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('033', '0331', '030', '070', '071', '073'),
     'South Korea, in its biggest aid package since the 1950-53 war, agreed on Tuesday to ship 200,000 '
     'tonnes of fertiliser to North Korea, a day after the two sides opened talks in Beijing.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('163', '160'),
     'The United States, citing China\'s sale of missile technology to Pakistan, imposed sanctions on '
     'Chinese and Pakistani government agencies on Wednesday, barring them from buying American '
     'high-technology goods for two years.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), ('163', '160'),
     'The United States, citing China\'s sale of missile technology to Pakistan, imposed sanctions on '
     'Chinese and Pakistani government agencies on Wednesday, barring them from buying American '
     'high-technology goods for two years.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('035', '0356', '030', '036'),
     'Israel, in a gesture to Syria, offered on Sunday to withdraw from part of the Golan Heights in '
     'return for a full peace treaty, Israeli radio reported.'),
    (('IGO',), ('NGA', 'NGAGOV'), ('163', '162', '160'),
     'The European Union, angered by the hanging of nine minority rights activists, imposed an arms '
     'embargo on Nigeria on Monday and suspended all development aid.'),
    (('SLE', 'SLEGOV'), ('SLE', 'SLEREB', 'SLEINS'), ('057',),
     'Sierra Leone\'s President Ahmad Tejan Kabbah and rebel leader Foday Sankoh, meeting in the Togolese '
     'capital Lome, signed a peace accord on Wednesday ending eight years of civil war.'),
    (('SLE', 'SLEREB', 'SLEINS'), ('SLE', 'SLEGOV'), ('057',),
     'Sierra Leone\'s President Ahmad Tejan Kabbah and rebel leader Foday Sankoh, meeting in the Togolese '
     'capital Lome, signed a peace accord on Wednesday ending eight years of civil war.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('112', '1125', '111', '120', '124', '125'),
     'Iraq, accusing U.N. arms inspectors of spying for the United States, said on Saturday it would no '
     'longer allow them to work in the country.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('173', '170'),
     'Burma\'s military government, brushing aside international criticism, detained Aung San Suu Kyi on '
     'Saturday as she tried to leave Rangoon to meet supporters, her National League for Democracy said.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('114', '111', '110'),
     'Vietnam protested to China on Thursday over the deployment of a Chinese oil rig in waters claimed '
     'by Hanoi in the Gulf of Tonkin.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), ('033', '0331', '030', '070', '071'),
     'Japan, seeking to resolve the dispute over four islands seized by Soviet troops in 1945, offered '
     'Russia a $500 million aid package on Monday to support its economic reforms.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('057', '030', '031', '036'),
     'Ukraine and Russia, ending five years of bitter wrangling, agreed on Friday to divide the Black Sea '
     'Fleet, with Russia leasing bases in the Crimean port of Sevastopol for 20 years.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('057', '030', '031', '036'),
     'Ukraine and Russia, ending five years of bitter wrangling, agreed on Friday to divide the Black Sea '
     'Fleet, with Russia leasing bases in the Crimean port of Sevastopol for 20 years.'),
    (('SRB', 'SRBCOP', 'YUG', 'YUGCOP'), ('SRB', 'SRBCVL', 'YUG', 'YUGCVL', 'XKX', 'XKXCVL'),
     ('190', '180', '175', '193', '200', '202'),
     'Serbian police, backed by armoured vehicles, raided villages in Kosovo\'s Drenica region on '
     'Thursday, killing at least 20 ethnic Albanians in what the Kosovo Liberation Army called a '
     'massacre.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('057',),
     'Greece and Turkey, in their first concrete step towards reconciliation in decades, signed '
     'agreements on Wednesday to cooperate in fighting terrorism and boosting trade.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('057',),
     'Greece and Turkey, in their first concrete step towards reconciliation in decades, signed '
     'agreements on Wednesday to cooperate in fighting terrorism and boosting trade.'),
    (('IND', 'INDGOV', 'INDMIL'), ('PAK', 'PAKMIL', 'PAKUAF', 'IND', 'INDUAF', 'INDREB', 'INDINS'),
     ('195', '190'),
     'India launched air strikes on Wednesday against what it said were Pakistan-backed infiltrators '
     'holding mountain positions in the Kargil sector of Kashmir, the first use of air power in the '
     'region in 20 years.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), ('020', '025', '0256', '040', '043'),
     'President Bill Clinton urged Pakistani Prime Minister Nawaz Sharif on Sunday to pull back the '
     'infiltrators from the Indian side of the Line of Control, in a meeting at the White House.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), ('040', '042', '046'),
     'Saudi Arabia\'s Crown Prince Abdullah held talks in Tehran on Tuesday with Iranian President '
     'Mohammad Khatami, the highest-level Saudi visit to the Islamic republic since the 1979 revolution.'),
    ((), (), ('18', '19'),
     'Since the uprising began in 1987, more than 1,000 Palestinians and some 150 Israelis have been '
     'killed, according to human rights groups.'),
    ((), (), ('16', '17'),
     'Analysts said the sanctions, which took effect in 1992, had done little to weaken Libyan leader '
     'Muammar Gaddafi\'s hold on power.'),
    (('DZA', 'DZAGOV'), ('DZA', 'DZAOPP', 'DZAPTY', 'DZAREL', 'DZAREB'), ('0841', '084', '080'),
     'Algeria\'s government released the two top leaders of the banned Islamic Salvation Front from '
     'prison on Tuesday, in a gesture aimed at opening a dialogue with the fundamentalist opposition.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('057',),
     'Peru and Ecuador signed a peace treaty in Brasilia on Monday, ending a border dispute that had led '
     'to three wars in this century.'),
    (('COL', 'COLGOV'), ('USA', 'USAGOV'), ('023', '0231', '0232', '020'),
     'Colombia\'s President Andres Pastrana asked the United States on Tuesday for $1.5 billion in aid to '
     'fight drug trafficking and the leftist guerrillas who profit from it.'),
    (('USA', 'USAGOV'), ('MEX', 'MEXGOV'), ('071', '070', '033'),
     'President Bill Clinton announced a $20 billion rescue package for Mexico on Tuesday, bypassing a '
     'reluctant Congress to prop up the collapsing peso.'),
    (('IDN', 'IDNGOV'), ('IGO',), ('057',),
     'Indonesia signed a new agreement with the International Monetary Fund on Thursday, pledging '
     'sweeping economic reforms in return for $43 billion in aid.'),
]

LEAD30_B9: list[Row] = [
    # batch 9: long leads, written blind after the merge's fixes, before the coder was run on it
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('112', '111', '110'),
     'Taiwan\'s government, stung by Beijing\'s latest missile tests, accused China on Monday of trying '
     'to intimidate voters ahead of the island\'s first direct presidential election.'),
    (('KOR', 'KORMIL'), ('PRK', 'PRKMIL', 'PRKSPY'), ('190', '193'),
     'South Korean troops shot dead three North Korean commandos on Saturday in a gun battle in the '
     'mountains east of Seoul, bringing to 24 the number of infiltrators killed since their submarine ran '
     'aground.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('030', '031', '036', '057', '040', '046'),
     'U.S. President Bill Clinton and Chinese President Jiang Zemin agreed at a summit in Washington on '
     'Wednesday to work towards a constructive strategic partnership and to set up a hotline between the '
     'two capitals.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('030', '031', '036', '057', '040', '046'),
     'U.S. President Bill Clinton and Chinese President Jiang Zemin agreed at a summit in Washington on '
     'Wednesday to work towards a constructive strategic partnership and to set up a hotline between the '
     'two capitals.'),
    (('BGD', 'BGDGOV'), ('BGD', 'BGDREB', 'BGDINS'), ('057',),
     'Bangladesh\'s government signed a peace accord with tribal rebels in the Chittagong Hill Tracts on '
     'Tuesday, ending a 20-year insurgency in the southeastern hills.'),
    (('PAK', 'PAKMIL', 'PAKCOP', 'PAKGOV'), ('PAK', 'PAKPTY', 'PAKOPP'), ('173', '170'),
     'Pakistani paramilitary troops arrested more than 300 activists of the Mohajir Qaumi Movement in '
     'Karachi on Sunday after a week of ethnic violence that killed 200 people, police said.'),
    (('AFG', 'AFGREB', 'AFGGOV'), ('AFG', 'AFGOPP', 'AFGREB', 'AFGMIL'), ('192', '190'),
     'Taliban militiamen captured the northern city of Mazar-i-Sharif on Saturday, driving out forces of '
     'the opposition alliance led by General Abdul Rashid Dostum, witnesses said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('162', '1621', '160', '163'),
     'Israel suspended the transfer of tax revenues to the Palestinian Authority on Sunday, accusing '
     'Yasser Arafat of failing to rein in militants after a series of suicide bombings.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'Jordan recalled its ambassador from Israel on Wednesday in protest at the Israeli army\'s offensive '
     'in the West Bank, the most serious rift since the two countries made peace in 1994.'),
    (('TUR', 'TURGOV'), ('ITA', 'ITAGOV'), ('160', '161', '162', '1622', '163'),
     'Turkey cut military ties with Italy on Friday over Rome\'s refusal to extradite Kurdish rebel '
     'leader Abdullah Ocalan, and Turkish businesses launched a boycott of Italian goods.'),
    (('BIH', 'BIHREB', 'BIHMIL', 'SRB'), ('BIH', 'BIHCVL'), ('194', '190'),
     'Bosnian Serb forces shelled the Moslem enclave of Gorazde on Sunday, killing at least 15 civilians, '
     'as U.N. officials pleaded for a halt to the attacks.'),
    (('IGO',), ('BIH', 'BIHREB', 'BIHMIL', 'SRB'), ('195', '190'),
     'NATO warplanes bombed Bosnian Serb ammunition depots near Pale on Thursday after the Serbs ignored '
     'a U.N. deadline to remove heavy weapons from around Sarajevo.'),
    (('BIH', 'BIHREB', 'BIHMIL', 'SRB'), ('IGO',), ('181', '180'),
     'Bosnian Serb forces seized more than 200 U.N. peacekeepers as hostages on Friday and chained some '
     'of them to potential NATO targets, defying international demands for their release.'),
    (('IGO',), ('AUT', 'AUTGOV'), ('161', '160'),
     'The European Union\'s 14 other members froze bilateral contacts with Austria on Friday in protest '
     'at the inclusion of Joerg Haider\'s far-right Freedom Party in the new government.'),
    (('ZWE', 'ZWEGOV', 'ZWEMIL'), ('COD', 'CODGOV'), ('074', '070', '072', '154'),
     'Zimbabwe, Angola and Namibia sent troops to Congo on Saturday to help President Laurent Kabila '
     'repel a rebel offensive backed by Rwanda and Uganda.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('161', '160'),
     'Uganda broke off diplomatic relations with Sudan on Tuesday, accusing Khartoum of backing rebels '
     'fighting in the north of the country.'),
    (('MEX', 'MEXGOV'), ('MEX', 'MEXREB', 'MEXINS'), ('057',),
     'Mexico\'s government and Zapatista rebels signed an agreement on Indian rights on Friday in the '
     'southern town of San Andres Larrainzar, the first accord since the 1994 uprising.'),
    (('COL', 'COLGOV'), ('VEN', 'VENGOV', 'VENMIL'), ('114', '111', '110', '112'),
     'Colombia protested to Venezuela on Thursday over an incursion by Venezuelan troops into Colombian '
     'territory in pursuit of leftist guerrillas.'),
    (('PER', 'PERCOP'), ('PER', 'PERREB', 'PERINS'), ('173', '170'),
     'Peruvian police captured Shining Path leader Abimael Guzman in a Lima safe house on Saturday, '
     'dealing a crippling blow to the Maoist guerrilla movement.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Oil prices fell on Tuesday as traders bet that OPEC would raise output at its meeting in Vienna '
     'next week.'),
    ((), (), ('18', '19', '20'),
     'The Khmer Rouge, whose rule in the late 1970s left as many as 1.7 million Cambodians dead, has been '
     'reduced to a few thousand fighters along the Thai border.'),
    (('IDN', 'IDNMIL'), ('TLS', 'TLSCVL', 'IDN', 'IDNCVL', 'TLSOPP', 'IDNOPP'), ('175', '190', '180'),
     'Indonesian troops opened fire on a pro-independence demonstration in the East Timor capital Dili on '
     'Friday, killing at least 10 people, church sources said.'),
    (('GBR', 'GBRGOV'), ('CHN', 'CHNGOV'), ('046', '040'),
     'Britain and China resumed talks on Hong Kong\'s future on Monday after a seven-month break caused '
     'by a row over Governor Chris Patten\'s plans for democratic reform.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEAD30, "batch2": LEAD30_B2, "batch3": LEAD30_B3,
                               "batch4": LEAD30_B4, "batch5": LEAD30_B5,
                               "batch6": LEAD30_B6, "batch7": LEAD30_B7,
                               "batch8": LEAD30_B8, "batch9": LEAD30_B9}
ALL30: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
