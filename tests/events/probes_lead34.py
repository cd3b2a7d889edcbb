"""GSR-style probes of the thirty-second session (wip/lead34): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind, weighted
to the GSR's commonest event types (statements, appeals, intents, consultations, diplomatic and material
cooperation, yielding, demands, disapproval, rejections, threats, protests, sanctions, coercion, assaults).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (47 rows, main ae4a6b6) 39 / 39 / 34. Rows
corrected after its run are writing errors by the codebook or the project's conventions only: a protest lodged
is CAMEO's official complaint (114); a demand to pull troops out is the project's 106; a change announced as
what a state would do, and "agreed to allow", are intents (032, 0355, the project's reading); stepping down
under a deal is a yielding (035); arms deliveries halted are an embargo (163).
Batch 2 (36 rows, after batch 1's fixes) 34 / 33 / 30; no row corrected.
Batch 3 (28 rows, after batch 2's fixes) 24 / 24 / 22; no row corrected.
Batch 4 (23 rows, after batch 3's fixes) 17 / 16 / 15; no row corrected.
Batch 5 (20 rows, written before the session's merge and run first on the merged coder) 16 / 15 / 15;
its correction: a protest lodged with a body over another's act stays at the body (the wire probes'
convention).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD34: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('NGA', 'NGAGOV', 'NGAMIL'), ('NGA', 'NGAOPP', 'NGACVL', 'NGAACT', 'NGAETH'),
     ('180', '1823', '186', '173', '175'),
     'Nigeria hanged the writer Ken Saro-Wiwa and eight fellow Ogoni activists on Friday, ignoring '
     'last-minute pleas for clemency from Commonwealth leaders meeting in New Zealand.'),
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), ('160', '161', '163', '166'),
     'The Commonwealth on Saturday suspended Nigeria from the 52-nation grouping over the execution of nine '
     'minority rights campaigners.'),
    (('IND', 'INDMIL'), ('PAK', 'PAKMIL'), ('190', '194', '195'),
     'Indian and Pakistani troops traded heavy artillery fire across the ceasefire line in Kashmir on '
     'Sunday, killing at least 12 villagers, officials on both sides said.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'UNO'), ('120', '124', '1245', '128', '166', '1662'),
     'Iraq on Tuesday turned away a team of U.N. weapons inspectors at the gates of a suspected arms site in '
     'Baghdad, deepening its standoff with the Security Council.'),
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), ('042', '043', '040', '046', '036'),
     'Chinese Premier Li Peng flew into Moscow on Monday for three days of talks with his Russian '
     'counterpart Viktor Chernomyrdin on border trade and arms purchases.'),
    (('ZAF', 'ZAFGOV', 'ZAFELI'), ('NGA', 'NGAGOV', 'NGAMIL'), ('025', '0253', '020', '024'),
     "South African President Nelson Mandela on Thursday urged Nigeria's military rulers to free the jailed "
     'winner of the annulled 1993 election, Moshood Abiola.'),
    (('KEN', 'KENOPP', 'KENCVL'), ('KEN', 'KENGOV'), ('140', '141', '1414', '1412', '1411'),
     'Thousands of opposition supporters marched through Nairobi on Saturday demanding constitutional '
     'reforms before next year\'s elections, and riot police fired tear gas to scatter them.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENOPP', 'KENCVL'), ('175', '170', '180'),
     'Kenyan riot police fired tear gas on Saturday to scatter thousands of opposition supporters who '
     'marched through Nairobi demanding constitutional reforms.'),
    (('PER', 'PERGOV'), ('PER', 'PERLEG'), ('172', '1721', '170', '1724'),
     'Peruvian President Alberto Fujimori dissolved Congress on Sunday and suspended parts of the '
     'constitution, saying lawmakers were blocking his war on Maoist guerrillas and drug traffickers.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), ('057', '050'),
     'The presidents of Ecuador and Peru signed a treaty in Brasilia on Monday settling a border dispute '
     'that has led to three wars between the Andean neighbours this century.'),
    (('TUR', 'TURMIL'), ('TUR', 'TURREB', 'IRQ', 'IRQREB'), ('195', '190'),
     'Turkish jets pounded suspected Kurdish guerrilla hideouts in northern Iraq on Wednesday, the '
     'military said in a statement.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('114', '111', '110', '112'),
     'Japan lodged a strong protest with North Korea on Friday over a ballistic missile that flew over its '
     'main island and splashed down in the Pacific.'),
    (('IGO', 'EUR'), ('ZAF', 'ZAFGOV'), ('085', '080', '081'),
     'European Union foreign ministers on Monday lifted the last of the sanctions imposed on South Africa '
     'during apartheid, welcoming the country\'s first all-race election.'),
    (('LKA', 'LKAMIL'), ('LKA', 'LKAREB'), ('190', '193', '194', '195'),
     'Sri Lankan troops killed 34 Tamil Tiger guerrillas in fierce fighting on the Jaffna peninsula on '
     'Thursday, the defence ministry said.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('054', '050', '032'),
     'President Bill Clinton on Tuesday announced that the United States would normalise relations with '
     'Vietnam, two decades after the last Americans fled Saigon.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057', '050'),
     'Israel and Jordan signed a peace treaty on Wednesday at a desert crossing in the Arava valley, '
     'formally ending 46 years of hostility between the neighbours.'),
    (('SDN', 'SDNGOV'), ('GBR', 'GBRGOV'), ('161', '166', '160'),
     'Sudan ordered the British ambassador to leave the country within a week on Monday, accusing London of '
     'meddling in its internal affairs.'),
    (('SDN', 'SDNGOV'), ('GBR', 'GBRGOV'), ('112', '110', '111'),
     'Sudan ordered the British ambassador to leave the country within a week on Monday, accusing London of '
     'meddling in its internal affairs.'),
    (('RUS', 'RUSMIL'), ('RUS', 'RUSREB', 'RUSCVL'), ('190', '194', '195', '192'),
     'Russian forces stormed into the Chechen capital Grozny on Saturday with columns of tanks and armoured '
     'personnel carriers, meeting fierce resistance from separatist fighters.'),
    (('IGO', 'UNO'), ('HTI', 'HTIGOV', 'HTIMIL'), ('163', '160'),
     'The U.N. Security Council voted unanimously on Friday to impose a worldwide oil and arms embargo on '
     'Haiti to force its military rulers to restore the ousted President Jean-Bertrand Aristide.'),
    (('HTI', 'HTIMIL', 'HTIGOV'), ('USA', 'USAGOV', 'USAELI'),
     ('083', '0831', '034', '0341', '035', '080', '030', '057'),
     'Haiti\'s army commander Lieutenant General Raoul Cedras agreed on Sunday to step down by October 15 '
     'under a deal struck with former U.S. President Jimmy Carter, averting an American invasion.'),
    (('IDN', 'IDNCOP'), ('IDN', 'IDNCVL', 'IDNCRM', 'IDNREB', 'IDNUAF'), ('173', '170'),
     'Indonesian police on Sunday arrested ten suspects in the nightclub bombings on Bali that killed 202 '
     'people, most of them foreign holidaymakers.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('112', '110', '111'),
     'Uganda accused Sudan on Tuesday of arming the Lord\'s Resistance Army rebels who have terrorised the '
     'north of the country for a decade, and warned Khartoum it would retaliate.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('130', '138', '1381', '131'),
     'Uganda accused Sudan on Tuesday of arming the Lord\'s Resistance Army rebels who have terrorised the '
     'north of the country for a decade, and warned Khartoum it would retaliate.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV', 'USAMIL'), ('106', '100', '105', '1056'),
     'North Korea on Friday demanded that the United States pull its 37,000 troops out of South Korea before '
     'relations between the two countries could improve.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('057', '050'),
     'Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday formally ending a two-year border '
     'war that killed tens of thousands of soldiers.'),
    (('ETH', 'ETHMIL'), ('ERI', 'ERIMIL', 'ERICVL', 'ERIGOV'), ('195', '190'),
     'Ethiopian warplanes bombed the airport of the Eritrean capital Asmara on Friday, a day after Eritrean '
     'jets attacked the northern Ethiopian town of Mekele.'),
    (('AGO', 'AGOREB'), ('AGO', 'AGOCVL'), ('190', '194', '195', '180'),
     'UNITA rebels shelled the besieged Angolan city of Kuito on Monday, killing at least 20 civilians, '
     'state radio said.'),
    (('ZWE', 'ZWEGOV'), ('ZWE', 'ZWECVL', 'ZWEBUS', 'ZWEAGR'), ('171', '1711', '170'),
     'Zimbabwean President Robert Mugabe on Thursday ordered the compulsory acquisition of 1,471 white-owned '
     'farms for the resettlement of landless black peasants.'),
    (('IGO',), ('BGD', 'BGDGOV'), ('071', '070', '061'),
     'The World Bank on Wednesday approved a $300 million loan to Bangladesh to rebuild roads and river '
     'embankments wrecked by last year\'s floods.'),
    (('EGY', 'EGYGOV'), ('PSE', 'PSEGOV'), ('040', '042', '043', '046'),
     'Egyptian President Hosni Mubarak held talks with Palestinian leader Yasser Arafat in Cairo on Sunday '
     'on ways to revive the stalled peace negotiations with Israel.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAGOV', 'USAMIL'), ('120', '121', '1245', '124', '128'),
     'Saudi Arabia has refused to let the United States use its air bases for any strikes against Iraq, a '
     'senior Saudi official said on Tuesday.'),
    (('CHN', 'CHNCOP'), ('CHN', 'CHNREL', 'CHNCVL', 'CHNOPP'), ('173', '170'),
     'Chinese police detained dozens of Falun Gong followers who unfurled banners in Tiananmen Square on '
     'Tuesday in protest at the government\'s ban on the movement.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('084', '0841', '080'),
     'Burma\'s military government on Monday released opposition leader Aung San Suu Kyi after nearly six '
     'years of house arrest, her party said.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB'), ('040', '046', '043'),
     'Colombia\'s government and the leftist FARC rebels formally opened peace negotiations on Friday in the '
     'southern town of San Vicente del Caguan.'),
    (('MEX', 'MEXMIL'), ('MEX', 'MEXREB'), ('190', '193'),
     'Mexican troops clashed with Zapatista rebels in the southern state of Chiapas on Tuesday, leaving at '
     'least five rebels dead, the army said.'),
    (('IDN', 'IDNGOV'), ('IGO', 'UNO'), ('086', '080', '0861', '0355', '035'),
     'Indonesia agreed on Sunday to allow a United Nations peacekeeping force into East Timor, bowing to '
     'international pressure after weeks of militia violence.'),
    (('USA', 'USAGOV'), ('USR', 'USRGOV', 'RUS', 'RUSGOV'), ('166', '161', '160'),
     'The United States on Thursday ordered 25 Soviet diplomats attached to the United Nations to leave the '
     'country, saying they had engaged in espionage.'),
    (('POL', 'POLLAB'), ('POL', 'POLGOV'), ('143', '140', '1431', '1432', '1433', '1434'),
     'Poland\'s outlawed Solidarity union called a nationwide strike on Monday to press the communist '
     'authorities for higher wages and the union\'s legalisation.'),
    (('KOR', 'KOREDU', 'KORCVL', 'KOROPP'), ('KOR', 'KORCOP'), ('145', '140', '180'),
     'South Korean students hurled firebombs at riot police in Seoul on Saturday during a rally demanding '
     'the withdrawal of American troops from the peninsula.'),
    (('GBR', 'GBRGOV', 'GBRELI'), ('CHN', 'CHNGOV'), ('042', '043', '040'),
     'British Prime Minister John Major arrived in Beijing on Monday, the first Western leader to visit '
     'China since the army crushed the pro-democracy movement in 1989.'),
    (('ARM', 'ARMMIL'), ('AZE', 'AZEMIL'), ('190', '193'),
     'Armenian and Azerbaijani forces fought fierce battles on Sunday for control of the Lachin corridor '
     'linking Armenia with the Nagorno-Karabakh enclave.'),
    (('FRA', 'FRAGOV'), ('NZL', 'NZLGOV'), ('055', '050'),
     'France apologised formally to New Zealand on Tuesday for the sinking of the Greenpeace ship Rainbow '
     'Warrior by French secret agents in Auckland harbour.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TURGOV'), ('162', '160', '163'),
     'Germany on Friday halted all arms deliveries to Turkey after reports that German-made tanks were used '
     'against Kurdish civilians.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('036', '030', '046', '043'),
     'Argentina said on Wednesday it was ready to resume talks with Britain on the future of the Falkland '
     'Islands, provided the question of sovereignty was on the agenda.'),
    ((), (), ('19', '18', '20'),
     'The civil war, which broke out in 1975, has killed more than 150,000 people and driven hundreds of '
     'thousands from their homes.'),
    ((), (), ('04', '03'),
     'The meeting is the first between the two sides since the 1991 Gulf War ended with the expulsion of '
     'Iraqi forces from Kuwait.'),
]

LEAD34_B2: list[Row] = [
    # batch 2: written blind after batch 1's fixes, before the coder was run on it
    (('PAK', 'PAKMIL', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), ('152', '150', '154'),
     'Pakistan put its armed forces on high alert on Saturday after India test-fired a medium-range missile '
     'capable of carrying nuclear warheads.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('030', '031', '0311', '061', '063'),
     'Greece and Turkey agreed on Tuesday to cooperate in fighting terrorism and organised crime, the latest '
     'sign of a thaw between the old rivals.'),
    (('PHL', 'PHLMIL', 'PHLGOV'), ('USA', 'USAMIL', 'USAGOV'), ('062', '060'),
     'Philippine and American troops began joint military exercises on Monday on the southern island of '
     'Basilan, where Muslim rebels are holding two American hostages.'),
    (('COL', 'COLGOV'), ('USA', 'USAGOV'), ('063', '060'),
     'Colombia extradited the reputed drug lord Fabio Ochoa to the United States on Wednesday to face '
     'cocaine trafficking charges in Miami.'),
    (('JPN', 'JPNGOV'), ('IDN', 'IDNGOV'), ('033', '0331', '031', '030', '071', '070'),
     'Japan said on Thursday it would give $100 million in emergency aid to Indonesia to help it weather the '
     'Asian financial crisis.'),
    (('IGO',), ('ARG', 'ARGGOV'), ('071', '070'),
     'The International Monetary Fund on Friday approved a $2.9 billion standby credit for Argentina to '
     'shore up its battered currency.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), ('051', '050'),
     "Iran's foreign minister on Sunday praised Saudi Arabia's efforts to calm the oil market, saying ties "
     'between the two Gulf powers had never been better.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), ('120', '111', '110'),
     'Vietnam on Wednesday rejected a U.S. State Department report criticising its human rights record as a '
     'distortion of the facts.'),
    (('IGO',), ('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), ('020', '025', '0256', '026', '027'),
     'The Organisation of African Unity appealed on Monday to Ethiopia and Eritrea to stop fighting and '
     'return to the negotiating table.'),
    (('YUG', 'YUGOPP', 'YUGCVL', 'SRB', 'SRBOPP', 'SRBCVL'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'),
     ('141', '1411', '140'),
     'Tens of thousands of Serbs rallied in central Belgrade on Saturday to demand the resignation of '
     'President Slobodan Milosevic.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('130', '138', '131'),
     'Cuban President Fidel Castro on Monday warned the United States that any attempt to invade the island '
     'would be met with fierce resistance.'),
    (('CHN', 'CHNGOV'), ('DEU', 'DEUMED', 'DEUCVL'), ('174', '170', '166'),
     'China on Wednesday expelled a German journalist for what it called illegal reporting, the first such '
     'expulsion in three years.'),
    (('BGD', 'BGDGOV'), ('IND', 'INDGOV'), ('057', '050'),
     'Bangladesh and India signed a 30-year treaty on Thursday on sharing the waters of the Ganges, ending a '
     'quarter century of dispute.'),
    (('YUG', 'YUGREB', 'SRB', 'SRBREB', 'KSV', 'KSVREB', 'ALB', 'ALBREB'), ('YUG', 'YUGCOP', 'SRB', 'SRBCOP'),
     ('190', '193', '180'),
     'Ethnic Albanian guerrillas ambushed a Serbian police patrol near the Kosovo town of Pec on Sunday, '
     'killing three policemen, the Serbian Media Centre said.'),
    (('RWA', 'RWAMIL'), ('COD', 'CODGOV', 'CODCVL', 'CODREB'), ('087', '0874', '080'),
     'Rwanda on Thursday pulled its troops out of the eastern Congolese city of Kisangani under a '
     'U.N.-brokered disengagement plan.'),
    (('MAR', 'MARGOV', 'MARELI'), ('ISR', 'ISRGOV'), ('043', '042', '040'),
     'King Hassan of Morocco received Israeli Prime Minister Shimon Peres at his palace in Ifrane on Tuesday '
     'for two days of talks.'),
    (('SLE', 'SLEREB'), ('IGO', 'UNO'), ('084', '0841', '080'),
     "Sierra Leone's Revolutionary United Front rebels on Tuesday freed 50 U.N. peacekeepers they had held "
     'since early May, a U.N. spokesman said.'),
    (('QAT', 'QATGOV'), ('EGY', 'EGYGOV'), ('161', '160'),
     'Qatar recalled its ambassador from Cairo on Monday after Egyptian officials accused Doha of meddling '
     "Egypt'in s internal affairs."),
    (('EGY', 'EGYGOV'), ('QAT', 'QATGOV'), ('112', '110'),
     'Qatar recalled its ambassador from Cairo on Monday after Egyptian officials accused Doha of meddling '
     "Egypt'in s internal affairs."),
    (('CHN', 'CHNOPP', 'CHNACT'), ('CHN', 'CHNGOV'), ('142', '140'),
     'Jailed Chinese dissident Wei Jingsheng went on a hunger strike on Tuesday to protest against his '
     'treatment in prison, his family said.'),
    (('IND', 'INDCOP'), ('IND', 'INDREL', 'INDCVL', 'INDUAF', 'INDREB'), ('180', '190', '193', '175'),
     'Indian police opened fire on Hindu militants trying to storm a disputed mosque in Ayodhya on Tuesday, '
     'killing at least five people.'),
    (('IGO', 'UNO'), ('SDN', 'SDNCVL', 'SDNREB', 'SDNGOV'), ('162', '1623', '160'),
     'The United Nations suspended relief flights to southern Sudan on Saturday after rebels seized two of '
     'its aid workers.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEGOV', 'PSEOPP'), ('084', '0841', '080', '035', '0353'),
     "Israel's cabinet on Sunday approved the release of 400 Palestinian prisoners as a goodwill gesture "
     'ahead of a new round of peace talks.'),
    (('TCD', 'TCDGOV'), ('LBY', 'LBYGOV'), ('112', '110'),
     'Chad accused Libya on Friday of massing troops on their common border and warned that it would defend '
     'its territory.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV', 'KORCVL'), ('055', '050', '018'),
     'Japanese Prime Minister Toshiki Kaifu on Wednesday expressed deep remorse to South Korea for the '
     'suffering caused by Japan\'s colonial rule.'),
    (('NIC', 'NICGOV'), ('NIC', 'NICREB'), ('057', '0871', '087', '050'),
     "Nicaragua's Sandinista government and the U.S.-backed Contra rebels signed a ceasefire agreement on "
     'Wednesday in the border town of Sapoa.'),
    (('SDN', 'SDNMIL'), ('SDN', 'SDNREB'), ('190', '192', '193'),
     'Sudanese government troops recaptured the southern town of Torit from the rebel Sudan People\'s '
     'Liberation Army on Sunday, state radio said.'),
    (('YEM', 'YEMGOV'), ('ERI', 'ERIGOV'), ('037', '038', '030'),
     'Yemen and Eritrea agreed on Wednesday to submit their dispute over a chain of Red Sea islands to '
     'international arbitration.'),
    (('USR', 'USRGOV', 'RUS', 'RUSGOV'), ('LTU', 'LTUGOV'), ('112', '110', '111'),
     'Moscow on Tuesday accused the breakaway Baltic republic of Lithuania of violating the Soviet '
     'constitution by declaring independence.'),
    (('USR', 'USRMIL', 'RUS', 'RUSMIL'), ('LTU', 'LTUCVL'), ('190', '193', '180'),
     'Soviet tanks and paratroopers stormed the television centre in the Lithuanian capital Vilnius early on '
     'Sunday, killing 13 unarmed civilians.'),
    (('KWT', 'KWTLEG'), ('KWT', 'KWTGOV'), ('120', '127', '123'),
     "Kuwait's parliament on Tuesday voted down a government bill that would have given women the right to "
     'vote and stand for office.'),
    (('EGY', 'EGYGOV', 'EGYJUD'), ('EGY', 'EGYREB', 'EGYUAF', 'EGYREL', 'EGYCVL'),
     ('116', '173', '170', '111', '112'),
     'An Egyptian military court on Monday sentenced eight Islamic militants to death for plotting to '
     'assassinate President Hosni Mubarak.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV', 'COLREB'), ('039', '045', '030', '040'),
     'Venezuelan President Hugo Chavez on Sunday offered to mediate between the Colombian government and the '
     'leftist guerrillas fighting it.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('035', '0353', '030', '031', '084', '081', '080', '057'),
     'Ukraine agreed on Friday to hand over its remaining nuclear warheads to Russia for dismantling in '
     'return for fuel for its power stations.'),
    ((), (), ('19', '18'),
     'The war between Iran and Iraq, which ended in 1988, killed an estimated one million people.'),
    ((), (), ('14',),
     'The anniversary of the 1976 Soweto uprising is now a public holiday in South Africa.'),
]


LEAD34_B3: list[Row] = [
    # batch 3: written blind after batch 2's fixes, before the coder was run on it
    (('AGO', 'AGOGOV'), ('AGO', 'AGOREB'), ('057', '050'),
     'Angolan President Jose Eduardo dos Santos and UNITA leader Jonas Savimbi shook hands in Abidjan on '
     'Saturday after signing a peace accord to end 16 years of civil war.'),
    (('PSE', 'PSECVL', 'PSEOPP'), ('ISR', 'ISRMIL'), ('145', '140', '180', '1451'),
     'Hundreds of Palestinian youths hurled stones and petrol bombs at Israeli troops in the West Bank town '
     'of Hebron on Friday after the funeral of a teenager shot by soldiers.'),
    (('USA', 'USALEG'), ('RUS', 'RUSGOV'), ('057', '050'),
     'The U.S. Senate on Wednesday ratified a treaty with Russia to cut the two nations\' strategic nuclear '
     'arsenals by two-thirds.'),
    (('THA', 'THAGOV'), ('MMR', 'MMRGOV', 'MMRMIL'), ('020', '026', '024', '022', '0243'),
     "Thai Prime Minister Chuan Leekpai on Tuesday called on Burma's military rulers to open a dialogue with "
     'the democratic opposition.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENOPP'), ('173', '170'),
     'Kenyan police arrested 40 opposition supporters on Sunday as they tried to hold a banned pro-democracy '
     'rally in Nairobi.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), ('114', '111', '110'),
     'India on Monday test-fired its Agni intermediate-range ballistic missile, drawing a sharp protest from '
     'Pakistan.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRBUS', 'GBRCVL'), ('084', '0841', '080'),
     'Iran freed a British businessman on Saturday who had been held for five years on spying charges, the '
     'official news agency IRNA said.'),
    (('IGO', 'NGA', 'NGAMIL'), ('LBR', 'LBRREB'), ('194', '190'),
     'Nigerian-led West African peacekeepers pounded rebel positions around Monrovia with artillery on '
     'Sunday, residents said.'),
    (('LBR', 'LBRGOV'), ('GIN', 'GINGOV'), ('112', '110'),
     'Liberian President Charles Taylor on Monday accused Guinea of sheltering dissidents who attacked a '
     'northern Liberian town last week.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('046', '040', '043', '036'),
     'The United States and North Korea ended three days of talks in Berlin on Thursday without agreement on '
     "Pyongyang's missile programme."),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('084', '0841', '080'),
     'Azerbaijan and Armenia exchanged prisoners of war on Monday under an agreement mediated by the '
     'International Committee of the Red Cross.'),
    (('BHR', 'BHRGOV'), ('IRN', 'IRNGOV'), ('166', '161', '174'),
     'Bahrain on Tuesday expelled an Iranian diplomat, accusing him of links to a group plotting to '
     'overthrow the government.'),
    (('BHR', 'BHRGOV'), ('IRN', 'IRNGOV'), ('112', '110'),
     'Bahrain on Tuesday expelled an Iranian diplomat, accusing him of links to a group plotting to '
     'overthrow the government.'),
    (('USA', 'USAGOV'), ('SOM', 'SOMREB', 'SOMUAF', 'SOMGOV'), ('087', '0871', '080'),
     'President Bill Clinton on Tuesday ordered a halt to American military operations in Somalia except in '
     'self-defence.'),
    (('CHN', 'CHNGOV'), ('IND', 'INDGOV'), ('046', '040', '043'),
     'Chinese and Indian officials opened talks in New Delhi on Monday on their disputed Himalayan border.'),
    (('UGA', 'UGAMIL'), ('COD', 'ZAR', 'CODGOV', 'CODMIL', 'ZARGOV', 'ZARMIL'), ('190', '192'),
     'Ugandan troops crossed into eastern Zaire on Tuesday in pursuit of rebels who had raided border '
     'villages, military sources said.'),
    (('MMR', 'MMRMIL'), ('MMR', 'MMRREB'), ('194', '190'),
     'Burmese troops shelled Karen rebel camps along the Thai border on Thursday, sending thousands of '
     'refugees fleeing into Thailand.'),
    (('IGO', 'EUR'), ('GBR', 'GBRGOV', 'GBRBUS'), ('163', '160'),
     'The European Union on Wednesday banned exports of British beef worldwide because of fears over mad cow '
     'disease.'),
    (('PAK', 'PAKGOV', 'PAKMIL'), ('PAK', 'PAKELI', 'PAKOPP'), ('084', '0841', '080', '174'),
     "Pakistan's military government on Sunday freed former prime minister Nawaz Sharif from prison and sent "
     'him into exile in Saudi Arabia.'),
    (('ZMB', 'ZMBGOV'), ('ZMB', 'ZMBCVL', 'ZMBOPP'), ('1724', '172', '170'),
     'Zambian President Frederick Chiluba declared a state of emergency on Thursday after uncovering what he '
     'said was a plot to overthrow his government.'),
    (('ETH', 'ETHGOV'), ('IGO', 'UNO'), ('051', '050', '012', '019'),
     "Ethiopia's government on Monday welcomed a U.N. Security Council resolution demanding that Eritrea "
     'withdraw its troops from disputed border areas.'),
    (('ESP', 'ESPREB', 'ESPUAF'), ('ESP', 'ESPCOP'), ('183', '1832', '180'),
     'Suspected Basque separatist guerrillas set off a car bomb outside a police barracks in Bilbao on '
     'Monday, killing two policemen.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV'), ('030', '031', '036', '061', '063'),
     'Mexico and the United States agreed on Thursday to step up cooperation in fighting drug trafficking '
     'along their common border.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('035', '030', '031', '080', '081'),
     'Israeli Prime Minister Yitzhak Rabin on Sunday offered to return part of the Golan Heights to Syria in '
     'exchange for full peace.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('120', '125', '127'),
     'Syria on Monday rejected an Israeli offer to withdraw partially from the Golan Heights as '
     'insufficient, saying it wanted a full pullout.'),
    (('NPL', 'NPLGOV'), ('NPL', 'NPLGOV'), ('172', '170', '1721'),
     "Nepal's King Gyanendra dismissed Prime Minister Sher Bahadur Deuba on Friday and assumed executive "
     'powers, saying the government had failed to hold elections on time.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('112', '1125', '110'),
     'The United States on Monday accused China of stealing nuclear weapons secrets from American '
     'laboratories over two decades.'),
    ((), (), ('04',),
     'The two leaders last met in Washington in 1998, when they agreed to expand trade.'),
]


LEAD34_B4: list[Row] = [
    # batch 4: written blind after batch 3's fixes, before the coder was run on it
    (('IGO',), ('AFG', 'AFGGOV'), ('040', '042', '043', '046'),
     'NATO Secretary-General Jaap de Hoop Scheffer held talks with Afghan President Hamid Karzai in Kabul on '
     "Tuesday on expanding the alliance's peacekeeping force."),
    (('ARG', 'ARGGOV'), ('ARG', 'ARGCVL'), ('1724', '172', '170'),
     'Argentine President Fernando de la Rua declared a state of siege on Wednesday after looters ransacked '
     'supermarkets and clashed with police in several cities.'),
    (('ESP', 'ESPGOV'), ('IRQ', 'IRQGOV', 'USA', 'USAGOV'), ('087', '0874', '080', '166'),
     "Spanish Prime Minister Jose Luis Rodriguez Zapatero on Sunday ordered Spain's 1,300 troops home from "
     'Iraq as soon as possible.'),
    (('BRA', 'BRAGOV'), ('ARG', 'ARGGOV'), ('030', '031', '032', '036', '050'),
     'Brazil and Argentina agreed on Monday to coordinate their positions in trade talks with the United '
     'States and the European Union.'),
    (('HTI', 'HTICOP'), ('HTI', 'HTICVL', 'HTIOPP'), ('180', '190', '193', '175'),
     'Haitian police opened fire on thousands of demonstrators demanding the return of ousted President '
     'Jean-Bertrand Aristide on Friday, killing at least two people.'),
    (('HTICVL', 'HTI', 'HTIOPP'), ('HTI', 'HTIGOV'), ('141', '140', '1411', '1412'),
     'Haitian police opened fire on thousands of demonstrators demanding the return of ousted President '
     'Jean-Bertrand Aristide on Friday, killing at least two people.'),
    (('KAZ', 'KAZGOV'), ('RUS', 'RUSGOV'), ('084', '080', '081', '0842'),
     'Kazakhstan on Thursday handed over to Russia the last of the 1,400 nuclear warheads it inherited from '
     'the Soviet Union.'),
    (('IGO', 'UNO'), ('SDN', 'SDNGOV'), ('111', '110', '112'),
     'The U.N. Security Council on Monday condemned Sudan for failing to disarm the Janjaweed militias '
     'blamed for atrocities in Darfur.'),
    (('LBR', 'LBRREB'), ('LBR', 'LBRMIL', 'LBRGOV'), ('190', '192', '193'),
     'Rebels of the Movement for Democracy in Liberia seized the port city of Buchanan on Friday after heavy '
     'fighting with government forces.'),
    (('CIV', 'CIVGOV'), ('LBR', 'LBRGOV'), ('112', '110'),
     "Ivory Coast's government on Thursday accused neighbouring Liberia of sending mercenaries to fight "
     'alongside rebels in the west of the country.'),
    (('FRA', 'FRAMIL'), ('CIV', 'CIVMIL'), ('190', '193', '195', '171'),
     "French troops in Ivory Coast destroyed the country's small air force on Saturday after an air strike "
     'on a French base killed nine peacekeepers.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('036', '030', '040', '046'),
     'Pakistani President Pervez Musharraf and Indian Prime Minister Atal Behari Vajpayee agreed on Tuesday '
     'to resume a composite dialogue on all issues, including Kashmir.'),
    (('GEO', 'GEOOPP', 'GEOCVL'), ('GEO', 'GEOGOV'), ('141', '1411', '140'),
     'Thousands of Georgians massed outside parliament in Tbilisi on Sunday demanding the resignation of '
     'President Eduard Shevardnadze after disputed elections.'),
    (('RUS', 'RUSGOV', 'RUSBUS'), ('UKR', 'UKRGOV'), ('162', '1621', '163', '160'),
     'Russia cut natural gas deliveries to Ukraine by a quarter on Tuesday over unpaid bills running to '
     'hundreds of millions of dollars.'),
    (('ISR', 'ISRMIL'), ('SYR', 'SYRMIL', 'LBN', 'LBNREB', 'LBNUAF'), ('195', '190'),
     'Israeli warplanes struck a Hezbollah radar station in Syrian-controlled eastern Lebanon on Monday, '
     'killing three Syrian soldiers.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('111', '110'),
     'China sharply criticised Japan on Thursday after Prime Minister Junichiro Koizumi visited a Tokyo '
     "shrine honouring the country's war dead, including convicted war criminals."),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('0871', '087', '080', '050', '057'),
     'The leaders of Israel and the Palestinians declared a ceasefire on Tuesday at a summit in the Egyptian '
     'resort of Sharm el-Sheikh.'),
    (('SLE', 'SLEGOV'), ('SLE', 'SLEREB'), ('057', '050'),
     "Sierra Leone's government signed a peace deal with Revolutionary United Front rebels in the Togolese "
     'capital Lome on Wednesday.'),
    (('YUG', 'YUGCOP', 'SRB', 'SRBCOP'), ('YUG', 'YUGELI', 'SRB', 'SRBELI', 'YUGGOV', 'SRBGOV'),
     ('173', '170'),
     'Serbian police arrested former Yugoslav President Slobodan Milosevic on Sunday after a 26-hour '
     'standoff at his Belgrade villa.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNBUS'), ('163', '160'),
     'The United States on Friday imposed sanctions on two Chinese companies accused of selling missile '
     'technology to Iran.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('125', '120'),
     "Iran's supreme leader Ayatollah Ali Khamenei on Wednesday ruled out any talks with the United States, "
     'calling Washington untrustworthy.'),
    (('EGY', 'EGYSPY', 'EGYGOV'), ('PSE', 'PSEREB'), ('040', '042', '043', '046', '020', '025', '0256'),
     'Egyptian intelligence chief Omar Suleiman met Hamas leaders in Gaza on Saturday to press them to halt '
     'attacks on Israel.'),
    ((), (), ('19', '18'),
     'The 1994 genocide in Rwanda killed some 800,000 Tutsis and moderate Hutus.'),
]


LEAD34_B5: list[Row] = [
    # batch 5: written blind before the session's merge, run first on the merged coder
    (('CHL', 'CHLGOV', 'CHLMIL', 'CHLELI'), ('CHL', 'CHLCVL'), ('081', '0814', '080'),
     'Chilean President Augusto Pinochet on Monday lifted the state of siege imposed after an attempt on his '
     'life last month.'),
    (('KOR', 'KOREDU', 'KORCVL'), ('KOR', 'KORCOP'), ('145', '180', '190', '140'),
     'South Korean students clashed with riot police in Seoul on Wednesday as they tried to march to the '
     'border village of Panmunjom to meet North Korean students.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV', 'PRKCVL', 'PRKELI'), ('075', '070'),
     'The United States on Tuesday granted political asylum to a North Korean diplomat who defected in Cairo '
     'last week.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('112', '110'),
     'Iraq on Sunday accused Kuwait of stealing oil from the Rumaila field straddling their border and '
     'demanded compensation.'),
    (('USR', 'USRGOV', 'RUS', 'RUSGOV'), ('AFG', 'AFGGOV'), ('042', '043', '040', '046'),
     'Soviet Foreign Minister Eduard Shevardnadze arrived in Kabul on Wednesday for talks with Afghan leader '
     'Najibullah on the withdrawal of Soviet troops.'),
    (('PAN', 'PANGOV', 'PANMIL'), ('USA', 'USAMIL'), ('174', '166', '170'),
     "Panama's military strongman General Manuel Noriega on Tuesday expelled two U.S. military officers, "
     'accusing them of spying.'),
    (('CHN', 'CHNMIL'), ('CHN', 'CHNCVL', 'CHNOPP'), ('180', '190', '193', '175', '202'),
     'Chinese troops opened fire on pro-democracy demonstrators in Beijing early on Sunday, killing hundreds '
     'of people near Tiananmen Square.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB'), ('057', '050'),
     'The Philippine government and Muslim rebels of the Moro National Liberation Front signed a peace '
     'agreement in Manila on Monday.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('130', '131', '1312'),
     "Greece threatened on Thursday to veto the European Community's trade agreement with Turkey unless "
     'Ankara withdrew its troops from northern Cyprus.'),
    (('THA', 'THAGOV'), ('KHM', 'KHMGOV'), ('160', '163'),
     'Thailand closed its border with Cambodia on Friday after Khmer Rouge guerrillas shelled a Thai '
     'village.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), ('161', '160'),
     'Kenya recalled its high commissioner from Uganda on Monday after Ugandan troops crossed the border in '
     'pursuit of rebels.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSEREB', 'PSEGOV', 'PSEMIL'), ('186', '180', '190', '193'),
     "Israeli commandos killed Abu Jihad, the PLO's military chief, at his home in Tunis early on Saturday, "
     'PLO officials said.'),
    (('TUN', 'TUNGOV'), ('IGO', 'UNO', 'ISR', 'ISRMIL', 'ISRGOV'), ('114', '111', '110'),
     'Tunisia lodged a protest with the U.N. Security Council on Sunday over the Israeli raid on Tunis.'),
    (('AGO', 'AGOGOV'), ('CUB', 'CUBGOV'), ('057', '030', '031', '050', '0356'),
     'Angola and Cuba agreed on Tuesday on a timetable for the withdrawal of 50,000 Cuban troops from '
     'Angola.'),
    (('MEX', 'MEXCOP'), ('MEX', 'MEXCRM'), ('173', '170'),
     'Mexican police arrested the alleged leader of the Gulf drug cartel, Juan Garcia Abrego, near Monterrey '
     'on Sunday.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('064', '060', '061', '057'),
     "Pakistan and India exchanged lists of their nuclear installations on Monday under an agreement not to "
     "attack each other's atomic facilities."),
    (('BDI', 'BDIMIL'), ('BDI', 'BDIGOV'), ('180', '172', '1721'),
     "Burundi's army seized power in a bloodless coup on Thursday and suspended the constitution, state "
     'radio said.'),
    (('VAT', 'VATGOV'), ('ISR', 'ISRGOV'), ('054', '050', '057'),
     'The Vatican and Israel established full diplomatic relations on Tuesday, ending decades of mutual '
     'suspicion.'),
    (('ROU', 'ROULAB'), ('ROU', 'ROUGOV'), ('141', '140', '1412', '145'),
     'Thousands of striking coal miners marched on Bucharest on Thursday to demand higher wages, clashing '
     'with riot police on the way.'),
    ((), (), ('05', '03'),
     'The treaty, signed in 1979, was the first between Israel and an Arab state.'),
]


BATCHES = {
    'batch1': LEAD34,
    'batch2': LEAD34_B2,
    'batch3': LEAD34_B3,
    'batch4': LEAD34_B4,
    'batch5': LEAD34_B5,
}

ALL34 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
