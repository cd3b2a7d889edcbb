"""GSR-style probes of the twenty-ninth session (wip/lead31): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind,
weighted to long leads (35-60 words: appositions, fronted and participle clauses, joint subjects, two
acts joined by "and", a second party named in an earlier clause), where earlier first runs missed most.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (40 rows, main 09a8868) 36 / 33 / 31;
batch 2 (40, after batch 1's fixes) 34 / 30 / 30; batch 3 (39) 28 / 25 / 25; batch 4 (38, long leads) 27
/ 23 / 20; batch 5 (30) 23 / 22 / 19; batch 6 (30) 27 / 27 / 24. Each batch after the first ran after the
fixes of those before it; batch 7 (24, long leads, written after the session's merge) 17 / 11 / 9, run on
lead31, perf31, parse31 and stories31 merged; batch 8 (19, long leads, written after the merge's fixes)
15 / 13 / 13. Rows corrected after a run are writing errors by the codebook or the project's conventions
only: a parliament is LEG and students EDU (CAMEO's sectors); an agreement to let peacekeepers in is an
intent to allow international involvement (0355, the project's reading of "agreed to"); a sanction a
leader says he will impose is a threat of sanctions (1312) as well (batch 2); two sides that agree on a
ceasefire express an intent to de-escalate (0356, the project's reading of "agreed on"; batch 3); shuttle
diplomacy is mediation (045), suspects handed over for trial judicial cooperation (063), a court's
verdict a finding of guilt (116) (batch 5); troops and warplanes are MIL and schoolgirls EDU (CAMEO's
sectors; batches 2, 5 and 7), and targets struck in a city its civilians (the project's reading of the
CAMEO manual's GSR examples; batch 7; in the thirtieth session, wip/targets32, batch 2's assault on
Monrovia accepts LBRCVL by the same convention).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD31: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('IRQ', 'IRQGOV'), ('USA', 'IGO', 'USAGOV'), ('174', '170', '166'),
     'Iraq on Thursday expelled six American members of a U.N. weapons inspection team, accusing them of '
     'spying for Washington, and warned that it would shoot down U-2 surveillance planes flying over its '
     'territory.'),
    (('CHN', 'CHNGOV'), ('IND', 'INDGOV'), ('057', '050', '030'),
     'Chinese Premier Li Peng and his Indian counterpart P.V. Narasimha Rao signed an agreement in Beijing '
     'on Tuesday to reduce troops along their disputed Himalayan border, the first such accord since the '
     'two countries fought a brief war in 1962.'),
    (('IND', 'INDGOV'), ('CHN', 'CHNGOV'), ('057', '050', '030'),
     'Chinese Premier Li Peng and his Indian counterpart P.V. Narasimha Rao signed an agreement in Beijing '
     'on Tuesday to reduce troops along their disputed Himalayan border, the first such accord since the '
     'two countries fought a brief war in 1962.'),
    (('SRBCVL', 'YUGCVL', 'SRB', 'YUG', 'KOSCVL'), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('141', '140', '145'),
     'Thousands of ethnic Albanians marched through Pristina on Monday to protest against the closure of '
     'Albanian-language schools by Serbian authorities, witnesses said.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('USA', 'USAGOV'), ('125', '120', '127'),
     'The Palestine Liberation Organisation on Tuesday rejected a U.S. proposal for a partial Israeli '
     'withdrawal from the West Bank, saying it fell far short of what had been agreed in the Oslo accords.'),
    (('TUR', 'TURMIL', 'TURGOV'), ('IRQ', 'TURREB', 'IRQREB', 'TUR'), ('190', '195', '192', '193'),
     'Turkish warplanes and helicopter gunships pounded suspected Kurdish rebel bases in northern Iraq on '
     'Sunday, the third day of a cross-border offensive involving 35,000 troops, the army said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'Egypt recalled its ambassador from Israel on Tuesday in protest against the Israeli invasion of '
     'Lebanon, the Middle East News Agency reported.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('061', '060', '057'),
     'President Bill Clinton on Thursday renewed China\'s most-favoured-nation trade status for another '
     'year, but said he would keep pressing Beijing to improve its human rights record.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('161', '160', '164'),
     'Iran broke off diplomatic relations with Britain on Tuesday after London refused to disown the '
     'novelist Salman Rushdie, whose book "The Satanic Verses" has been condemned as blasphemous, Tehran '
     'radio said.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('163', '160', '1631'),
     'Greece imposed a trade embargo on the former Yugoslav republic of Macedonia on Wednesday, closing its '
     'northern border to all goods except food and medicine in a dispute over the new state\'s name and '
     'flag.'),
    (('RUS', 'RUSGOV'), ('LVA', 'LVAGOV'), ('0356', '035', '030', '0874', '087'),
     'Russia promised on Friday to withdraw its last troops from Latvia by the end of August, settling a '
     'dispute that had clouded relations between Moscow and the Baltic republic since independence.'),
    (('SOM', 'SOMREB', 'SOMMIL', 'SOMUAF'), ('IGO', 'PAK', 'PAKMIL'), ('190', '193', '195', '180', '183'),
     'Somali gunmen loyal to warlord Mohamed Farah Aideed ambushed a U.N. patrol in southern Mogadishu on '
     'Saturday, killing 23 Pakistani peacekeepers in the worst attack on U.N. forces in the country.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('111', '112', '110'),
     'Pakistan on Thursday condemned India\'s nuclear tests as a threat to peace in South Asia and said it '
     'reserved the right to take all appropriate measures for its security.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP'), ('0841', '084', '080'),
     'South African President F.W. de Klerk on Sunday freed Nelson Mandela, the 71-year-old leader of the '
     'African National Congress, after more than 27 years in jail.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('111', '112', '110', '113'),
     'Cuba on Tuesday denounced a U.S. law tightening sanctions against Havana as an act of economic war, '
     'and said foreign companies would not be scared away by threats of lawsuits in American courts.'),
    (('ETH', 'ETHMIL', 'ETHGOV'), ('ERI', 'ERIMIL', 'ERIGOV'), ('190', '193', '195', '192'),
     'Ethiopian troops launched a major offensive against Eritrean positions on the western front on '
     'Friday, breaking a nine-month lull in the border war, the Eritrean government said.'),
    (('YEM', 'YEMMIL', 'YEMGOV'), ('YEM', 'YEMREB', 'YEMOPP'), ('190', '193', '195', '192'),
     'Northern Yemeni forces pushed into the suburbs of Aden on Tuesday after weeks of fighting, tightening '
     'their grip on the southern secessionists\' last stronghold.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('0333', '033', '030', '073', '070'),
     'South Korea said on Monday it would send 50,000 tonnes of rice to North Korea to help ease food '
     'shortages caused by floods, in the first direct aid between the two rivals.'),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), ('046', '040', '043'),
     'Japanese and American negotiators met in Geneva on Sunday for a last-ditch attempt to settle their '
     'dispute over car and auto parts sales before U.S. sanctions on Japanese luxury cars take effect.'),
    (('USA', 'USAGOV'), ('JPN', 'JPNGOV'), ('046', '040', '043'),
     'Japanese and American negotiators met in Geneva on Sunday for a last-ditch attempt to settle their '
     'dispute over car and auto parts sales before U.S. sanctions on Japanese luxury cars take effect.'),
    (('LBY', 'LBYGOV'), ('IGO',), ('125', '120', '1246', '124'),
     'Libya on Monday refused to hand over two men suspected of the Lockerbie bombing for trial in Britain '
     'or the United States, defying a U.N. Security Council deadline.'),
    (('IGO',), ('LBY', 'LBYGOV'), ('163', '160', '172'),
     'The U.N. Security Council voted on Tuesday to impose an air and arms embargo on Libya for its refusal '
     'to surrender two suspects in the 1988 bombing of a Pan Am jet over Lockerbie, Scotland.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('173', '170', '172'),
     'Burma\'s military government placed opposition leader Aung San Suu Kyi under house arrest on '
     'Thursday, accusing her of trying to provoke unrest against the army.'),
    (('ARM', 'ARMMIL', 'AZE', 'AZEREB', 'ARMREB'), ('AZE', 'AZEMIL', 'AZEGOV', 'AZECVL'),
     ('190', '193', '195', '192'),
     'Ethnic Armenian forces captured the Azerbaijani town of Kelbajar on Saturday after a week-long '
     'offensive, sending thousands of refugees fleeing across the mountains, Azerbaijan\'s defence ministry '
     'said.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('112', '111', '110'),
     'Azerbaijan on Sunday accused Armenia of launching an undeclared war, saying regular Armenian army '
     'units had taken part in the capture of the town of Kelbajar outside Nagorno-Karabakh.'),
    (('GEO', 'GEOMIL', 'GEOGOV'), ('GEO', 'GEOREB', 'ABK', 'GEOOPP'), ('190', '193', '195'),
     'Georgian troops shelled the Black Sea port of Sukhumi on Wednesday as Abkhaz separatists pressed an '
     'offensive to drive government forces out of the breakaway region, Russian news agencies reported.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('NGA', 'NGAOPP'), ('173', '170'),
     'Nigeria\'s military government arrested Moshood Abiola on Thursday, a week after the businessman '
     'declared himself president on the first anniversary of the annulled June 1993 elections.'),
    (('USA', 'USAGOV'), ('NGA', 'NGAGOV'), ('161', '160', '163'),
     'The United States recalled its ambassador to Nigeria on Friday and banned arms sales to Lagos in '
     'protest at the hanging of writer Ken Saro-Wiwa and eight other minority rights activists.'),
    (('CHE', 'CHEGOV'), ('FRA', 'FRAGOV'), ('111', '112', '110'),
     'Switzerland criticised France on Wednesday for resuming nuclear tests in the South Pacific, saying the '
     'decision undermined efforts to conclude a comprehensive test ban treaty.'),
    (('NZL', 'NZLGOV'), ('FRA', 'FRAGOV'), ('161', '160', '164'),
     'New Zealand suspended military contacts with France on Thursday, hours after Paris exploded a nuclear '
     'device under Mururoa atoll in the first of a new series of tests.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('111', '110', '112'),
     'The U.N. Security Council on Friday deplored Iraq\'s decision to halt cooperation with the United '
     'Nations Special Commission and demanded that Baghdad allow inspectors to resume their work at once.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('1055', '105', '100'),
     'The U.N. Security Council on Friday deplored Iraq\'s decision to halt cooperation with the United '
     'Nations Special Commission and demanded that Baghdad allow inspectors to resume their work at once.'),
    (('SDN', 'SDNMIL', 'SDNGOV'), ('SDN', 'SDNREB'), ('190', '193', '195', '192'),
     'Sudanese government troops recaptured the southern town of Torit from rebels of the Sudan People\'s '
     'Liberation Army on Sunday after heavy fighting, state radio said.'),
    (('KHM', 'KHMREB'), ('KHM', 'KHMGOV'), ('0871', '087', '080', '083'),
     'Khmer Rouge guerrillas on Monday announced a unilateral ceasefire for the Cambodian new year, '
     'the guerrillas\' clandestine radio said.'),
    (('PHL', 'PHLMIL', 'PHLREB'), ('PHL', 'PHLGOV'), ('180', '186', '190'),
     'Rebel soldiers seized three television stations and attacked the presidential palace in Manila on '
     'Friday in the most serious coup attempt against President Corazon Aquino.'),
    (('VEN', 'VENMIL', 'VENREB'), ('VEN', 'VENGOV'), ('180', '186', '190'),
     'Paratroopers led by a lieutenant-colonel tried to overthrow Venezuelan President Carlos Andres Perez '
     'early on Tuesday, attacking the presidential palace in Caracas before loyal troops crushed the '
     'revolt.'),
    (('IDN', 'IDNGOV'), ('IDN', 'IDNREB', 'IDNSEP'), ('036', '030', '046', '043'),
     'Indonesia said on Wednesday it was ready to hold talks with separatist rebels in the province of Aceh '
     'to end years of bloodshed, but ruled out any discussion of independence.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The Soviet Union, which sent troops into Afghanistan in December 1979, lost some 15,000 soldiers in '
     'the nine-year war, according to official figures published in Moscow.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Shares in Hong Kong closed lower on Monday as investors worried that a row between Britain and China '
     'over democratic reforms in the colony might drag on into the new year.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('043', '042', '040', '046'),
     'British Foreign Secretary Douglas Hurd arrived in Buenos Aires on Tuesday for talks with Argentine '
     'leaders, the first visit by a British foreign minister since the 1982 war over the Falkland Islands.'),
]

LEAD31_B2: list[Row] = [
    # batch 2: written blind, after batch 1's fixes, before the coder was run on it
    (('IRN', 'IRNGOV', 'IRNLEG'), ('GBR', 'GBRGOV'), ('111', '112', '110'),
     'In a move certain to deepen the crisis over the novelist Salman Rushdie, Iran\'s parliament on Sunday '
     'denounced Britain as the enemy of Islam and voted to sever all remaining ties with London.'),
    (('IRN', 'IRNGOV', 'IRNLEG'), ('GBR', 'GBRGOV'), ('1313', '131', '130', '161', '160'),
     'Iran\'s parliament voted on Sunday to break off diplomatic relations with Britain unless London '
     'declared its opposition to the novel "The Satanic Verses" within a week.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('057', '050', '030'),
     'Pakistani Prime Minister Nawaz Sharif and his Indian counterpart Atal Behari Vajpayee signed the '
     'Lahore declaration on Sunday, pledging to intensify efforts to resolve all issues including Kashmir.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('057', '050', '030'),
     'Pakistani Prime Minister Nawaz Sharif and his Indian counterpart Atal Behari Vajpayee signed the '
     'Lahore declaration on Sunday, pledging to intensify efforts to resolve all issues including Kashmir.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB'), ('036', '030', '046', '043'),
     'Despite a wave of guerrilla attacks that killed 30 soldiers last week, Colombian President Andres '
     'Pastrana said on Monday he was prepared to resume peace talks with the Revolutionary Armed Forces of '
     'Colombia.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSREB'), ('190', '193', '195', '194'),
     'Russian artillery and warplanes pounded rebel positions in the Chechen capital Grozny on Tuesday, '
     'a day after the separatist leadership rejected a Russian demand to lay down their arms.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('161', '160', '164', '1246'),
     'China suspended military exchanges and talks on arms control with the United States on Saturday in '
     'protest at NATO\'s bombing of its embassy in Belgrade, which killed three Chinese journalists.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('055', '050'),
     'President Bill Clinton on Monday apologised to China for NATO\'s bombing of its embassy in Belgrade, '
     'calling it a tragic mistake, as thousands of Chinese protesters besieged the U.S. embassy in Beijing.'),
    (('CHN', 'CHNCVL', 'CHNEDU'), ('USA', 'USAGOV'), ('141', '140', '145'),
     'Thousands of Chinese students hurled stones and bottles at the U.S. embassy in Beijing on Sunday in '
     'protest at NATO\'s bombing of the Chinese embassy in Belgrade.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('0874', '087', '081', '084'),
     'Israel handed over control of the West Bank town of Jericho to the Palestinians on Friday, the first '
     'step in a self-rule agreement signed in Cairo this week.'),
    (('IGO',), ('SDN', 'SDNGOV'), ('163', '160', '172'),
     'The U.N. Security Council on Friday imposed diplomatic sanctions on Sudan for failing to extradite '
     'three men wanted for an attempt on the life of Egyptian President Hosni Mubarak in Addis Ababa.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('112', '111', '110'),
     'Egypt on Tuesday accused Sudan of harbouring the gunmen who tried to assassinate President Hosni '
     'Mubarak in Ethiopia and said Khartoum would bear full responsibility for the consequences.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('043', '046', '040', '042'),
     'South Korean President Kim Dae-jung arrived in Pyongyang on Tuesday for the first summit between '
     'the two Koreas and was greeted at the airport by North Korean leader Kim Jong-il.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('042', '040', '046', '043'),
     'South Korean President Kim Dae-jung arrived in Pyongyang on Tuesday for the first summit between '
     'the two Koreas and was greeted at the airport by North Korean leader Kim Jong-il.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('138', '130', '1383', '139', '131'),
     'Turkey warned Syria on Thursday that it would use force unless Damascus stopped sheltering Kurdish '
     'rebel leader Abdullah Ocalan, as Turkish troops massed along the two countries\' border.'),
    (('SYR', 'SYRGOV'), ('TUR', 'TURGOV'), ('081', '080', '084', '0841', '174'),
     'Syria agreed on Tuesday to expel Kurdish rebel leader Abdullah Ocalan and close his camps, defusing a '
     'crisis that had brought Turkey and Syria to the brink of war.'),
    (('ITA', 'ITAGOV'), ('TUR', 'TURGOV'), ('125', '120', '124', '1246'),
     'Italy on Friday refused a Turkish request to extradite Kurdish rebel leader Abdullah Ocalan, saying '
     'its constitution barred sending anyone to a country that applies the death penalty.'),
    (('TUR', 'TURCVL'), ('ITA', 'ITAGOV'), ('141', '140', '145'),
     'Tens of thousands of Turks marched through Ankara on Saturday to protest against Italy\'s refusal to '
     'hand over Kurdish rebel leader Abdullah Ocalan.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRQ', 'IRQREB', 'IRQCVL', 'IRQ'), ('190', '193', '195', '192'),
     'Iraqi tanks and troops stormed the Kurdish city of Arbil on Saturday, driving out one Kurdish faction '
     'at the invitation of its rival, the Kurdistan Democratic Party.'),
    (('USA', 'USAMIL', 'USAGOV'), ('IRQ', 'IRQMIL', 'IRQGOV'), ('195', '190', '194'),
     'U.S. warships and B-52 bombers fired 27 cruise missiles at air defence targets in southern Iraq on '
     'Tuesday in response to the Iraqi army\'s attack on the Kurdish city of Arbil.'),
    (('AGO', 'AGOGOV'), ('AGO', 'AGOREB'), ('057', '050'),
     'The Angolan government and UNITA rebels signed a peace accord in the Zambian capital Lusaka on '
     'Sunday, ending nearly two decades of civil war.'),
    (('AGO', 'AGOREB'), ('AGO', 'AGOGOV'), ('057', '050'),
     'The Angolan government and UNITA rebels signed a peace accord in the Zambian capital Lusaka on '
     'Sunday, ending nearly two decades of civil war.'),
    (('ZAF', 'ZAFGOV', 'ZAFMIL'), ('LSO', 'LSOMIL', 'LSOREB', 'LSO'), ('190', '193', '195', '192'),
     'South African troops entered Lesotho on Tuesday to put down an army mutiny, meeting fierce '
     'resistance from rebel soldiers in the capital Maseru.'),
    (('FRA', 'FRAGOV'), ('RWA', 'RWACVL', 'RWA'), ('0744', '074', '070', '073', '0331'),
     'France sent 2,500 troops into south-western Rwanda on Thursday on what it called a humanitarian '
     'mission to protect refugees from massacres, despite objections from the rebel Rwandan Patriotic '
     'Front.'),
    (('HTI', 'HTIMIL', 'HTIGOV'), ('HTI', 'HTIGOV', 'HTIELI'), ('180', '186', '172', '171'),
     'Haiti\'s army overthrew President Jean-Bertrand Aristide on Monday, seven months after he became the '
     'country\'s first freely elected leader, and sent him into exile in Venezuela.'),
    (('OAS', 'IGO'), ('HTI', 'HTIGOV', 'HTIMIL'), ('163', '160'),
     'The Organisation of American States on Tuesday imposed a trade embargo on Haiti to press its military '
     'rulers to restore ousted President Jean-Bertrand Aristide to power.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('163', '160', '1312', '131'),
     'President Bill Clinton said on Sunday he would impose a total trade and investment embargo on Iran, '
     'accusing Tehran of sponsoring terrorism and seeking nuclear weapons.'),
    (('IDN', 'IDNGOV'), ('TLS', 'TLSCVL', 'IDNCVL', 'IDN', 'IGO'), ('0861', '086', '080', '0355'),
     'Indonesian President B.J. Habibie agreed on Sunday to let international peacekeepers into East '
     'Timor, bowing to mounting world pressure to halt the violence by pro-Jakarta militias.'),
    (('AUS', 'AUSMIL', 'AUSGOV'), ('TLS', 'IDN', 'TLSCVL'), ('0744', '074', '070'),
     'Australian troops leading a U.N.-backed multinational force landed in East Timor on Monday to restore '
     'order after weeks of killing and looting by militias.'),
    (('MYS', 'MYSGOV', 'MYSCOP'), ('MYS', 'MYSOPP', 'MYSELI'), ('173', '170'),
     'Malaysian police arrested sacked deputy prime minister Anwar Ibrahim at his home in Kuala Lumpur on '
     'Sunday, hours after he led a rally of tens of thousands calling for Prime Minister Mahathir '
     'Mohamad\'s resignation.'),
    (('SRB', 'SRBCOP', 'SRBGOV', 'YUG', 'YUGCOP'), ('SRB', 'SRBCVL', 'SRBOPP', 'YUG', 'YUGCVL'),
     ('175', '170', '172', '180'),
     'Serbian riot police used tear gas and truncheons on Monday to break up a march by thousands of '
     'opposition supporters protesting against the annulment of local election results in Belgrade.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), ('057', '050'),
     'Ecuador and Peru signed a treaty in Brasilia on Monday ending their long-running border dispute, '
     'three years after the two countries fought a brief war over a stretch of jungle.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('057', '050'),
     'Ecuador and Peru signed a treaty in Brasilia on Monday ending their long-running border dispute, '
     'three years after the two countries fought a brief war over a stretch of jungle.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('091', '090', '086', '0862'),
     'A team of U.N. weapons inspectors began searching a presidential site in Baghdad on Thursday, the '
     'first such inspection since Iraq agreed to open the sites in a deal brokered by Secretary-General '
     'Kofi Annan.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The Iran-Iraq war, which ended in 1988 with a U.N.-brokered ceasefire, killed an estimated one million '
     'people on both sides, and prisoners are still being exchanged.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The dollar rose against the yen in Tokyo on Thursday after Japanese officials hinted they would '
     'tolerate a weaker currency to help exporters.'),
    (('MEX', 'MEXGOV'), ('MEX', 'MEXREB'), ('046', '040', '043'),
     'Mexican government negotiators and Zapatista rebel leaders opened peace talks in the Chiapas town of '
     'San Andres Larrainzar on Thursday, a year after the Indian uprising in the southern state.'),
    (('CUB', 'CUBGOV', 'CUBMIL'), ('USA', 'USACVL', 'CUB', 'CUBOPP', 'CUBCVL'), ('190', '193', '195', '180'),
     'Cuban MiG fighters shot down two small planes flown by Cuban exiles over the Florida Straits on '
     'Saturday, killing four people, the U.S. Coast Guard said.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('111', '112', '110'),
     'The United States on Sunday condemned Cuba\'s downing of two civilian aircraft flown by an exile '
     'group as a flagrant violation of international law and called for an emergency U.N. Security Council '
     'meeting.'),
    (('LBR', 'LBRREB'), ('LBR', 'LBRGOV', 'LBRCVL', 'IGO'), ('190', '193', '195'),
     'Fighters of Charles Taylor\'s National Patriotic Front of Liberia launched a fierce assault on '
     'Monrovia on Thursday, pounding the capital with artillery and rockets, West African peacekeepers '
     'said.'),
]

LEAD31_B3: list[Row] = [
    # batch 3: written blind, after batch 2's fixes, before the coder was run on it
    (('NGO',), ('CHN', 'CHNGOV'), ('1122', '112', '111', '110'),
     'Amnesty International on Wednesday accused China of executing more than 1,000 people last year, many '
     'of them after trials that fell far short of international standards.'),
    (('IGO',), ('RWA', 'RWAGOV'), ('0921', '092', '090', '094'),
     'The United Nations human rights commission on Tuesday ordered an investigation into reports of '
     'massacres in Rwanda, naming a special rapporteur to gather evidence of genocide.'),
    (('VAT', 'VATGOV'), ('CUB', 'CUBGOV'), ('043', '042', '040', '046'),
     'Pope John Paul II arrived in Havana on Wednesday for a five-day visit to Cuba, the first by a pontiff '
     'to the communist-ruled island, and was welcomed at the airport by President Fidel Castro.'),
    (('CUB', 'CUBGOV'), ('VAT', 'VATGOV'), ('042', '043', '040', '046'),
     'Pope John Paul II arrived in Havana on Wednesday for a five-day visit to Cuba, the first by a pontiff '
     'to the communist-ruled island, and was welcomed at the airport by President Fidel Castro.'),
    (('NOR', 'NORGOV'), ('LKA', 'LKAGOV', 'LKAREB'), ('039', '030', '036', '043', '040'),
     'Norway agreed on Thursday to act as a facilitator between the Sri Lankan government and Tamil Tiger '
     'rebels in a bid to end the island\'s 16-year ethnic war, Foreign Minister Knut Vollebaek said.'),
    (('SWE', 'SWEGOV'), ('VNM', 'VNMGOV'), ('0711', '071', '070', '0331', '033'),
     'Sweden said on Monday it would give Vietnam 250 million crowns in development aid next year, making '
     'it the largest Western donor to the communist country.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('071', '070', '0331', '033', '057'),
     'Japan on Tuesday signed a 580 billion yen loan package with China for infrastructure projects, the '
     'first since Tokyo froze grant aid in protest at Chinese nuclear tests.'),
    (('KOR', 'KORGOV', 'KORJUD'), ('KOR', 'KOROPP', 'KORELI'), ('173', '170'),
     'A South Korean court on Monday sentenced former President Chun Doo-hwan to death for mutiny, treason '
     'and corruption, and jailed his successor Roh Tae-woo for 22 and a half years.'),
    (('RUS', 'RUSGOV'), ('RUS', 'RUSREB'), ('0871', '087', '080'),
     'Russian President Boris Yeltsin ordered an immediate halt to military operations in Chechnya on '
     'Friday and offered to open talks with the separatist leadership, the Kremlin said.'),
    (('RUS', 'RUSREB'), ('RUS', 'RUSGOV'), ('0871', '087', '080', '057', '0356'),
     'Chechen separatist leaders and Russian negotiators agreed on Monday on a ceasefire and an exchange of '
     'prisoners, after two days of talks in the Chechen capital Grozny mediated by the OSCE.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('LBN', 'LBNREB', 'LBN', 'LBNCVL'), ('195', '190', '194'),
     'Israeli helicopter gunships fired rockets at suspected Hizbollah positions in south Lebanon on '
     'Saturday, hours after guerrillas killed two Israeli soldiers in the occupied border zone.'),
    (('LBN', 'LBNREB', 'LBNMIL'), ('ISR', 'ISRMIL'), ('190', '193', '180', '183'),
     'Guerrillas of the pro-Iranian Hizbollah killed two Israeli soldiers in a roadside bomb attack in '
     'Israel\'s self-declared security zone in south Lebanon on Saturday, Israeli army radio said.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('051', '050', '054'),
     'Pakistan on Sunday became the first country to recognise the Taliban militia as the legitimate '
     'government of Afghanistan, a day after the Islamic movement captured the northern city of '
     'Mazar-i-Sharif.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('138', '130', '1383', '150', '154'),
     'Iran warned the Taliban on Thursday that it would hold them responsible for the fate of nine Iranian '
     'diplomats missing since the militia seized Mazar-i-Sharif, as 70,000 Iranian troops began war games '
     'near the Afghan border.'),
    (('IGO',), ('AFG', 'AFGREB', 'AFGGOV'), ('163', '160', '172'),
     'The U.N. Security Council on Friday imposed sanctions on Afghanistan\'s Taliban rulers, freezing '
     'their assets abroad and banning flights by the Afghan national airline, for refusing to hand over '
     'Osama bin Laden.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('0311', '030', '031', '057'),
     'North Korea and the United States signed an agreement in Geneva on Friday under which Pyongyang will '
     'freeze its nuclear programme in return for two light-water reactors and supplies of fuel oil.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('0311', '030', '031', '057'),
     'North Korea and the United States signed an agreement in Geneva on Friday under which Pyongyang will '
     'freeze its nuclear programme in return for two light-water reactors and supplies of fuel oil.'),
    (('PRK', 'PRKGOV'), ('IGO',), ('166', '160', '161', '1246'),
     'North Korea announced on Friday it was withdrawing from the nuclear Non-Proliferation Treaty, '
     'citing threats to its sovereignty from the United States and the International Atomic Energy '
     'Agency.'),
    (('SLE', 'SLEREB'), ('SLE', 'SLECVL'), ('1822', '1823', '182', '180', '202'),
     'Rebels of the Revolutionary United Front hacked off the hands and feet of dozens of civilians in '
     'villages north of Freetown this week, aid workers said on Friday.'),
    (('IGO',), ('SLE', 'SLEREB'), ('111', '112', '110'),
     'The Organisation of African Unity on Saturday condemned the atrocities committed by Sierra Leonean '
     'rebels against civilians and urged the international community to support the elected government.'),
    (('DZA', 'DZAREB', 'DZAINS', 'DZAUAF'), ('DZA', 'DZACVL'), ('202', '180', '1823', '200'),
     'Islamic militants slit the throats of 52 villagers, including women and children, in a night raid '
     'on a hamlet south of Algiers, the Algerian press reported on Sunday.'),
    (('DZA', 'DZAGOV'), ('DZA', 'DZAREB', 'DZAINS'), ('0341', '034', '030', '036', '035', '0351', '0353'),
     'Algerian President Abdelaziz Bouteflika on Monday offered an amnesty to Islamic rebels who lay down '
     'their arms before January, in a bid to end seven years of violence that has killed some 100,000 '
     'people.'),
    (('GBR', 'GBRGOV'), ('GBR', 'GBROPP', 'GBRREB', 'IRL'), ('046', '043', '040', '036'),
     'British officials and leaders of Sinn Fein, the political wing of the Irish Republican Army, held '
     'their first formal talks in more than two decades at Stormont on Friday.'),
    (('GBR', 'GBROPP', 'GBRREB', 'IRL'), ('GBR', 'GBRGOV'), ('046', '043', '040', '042'),
     'British officials and leaders of Sinn Fein, the political wing of the Irish Republican Army, held '
     'their first formal talks in more than two decades at Stormont on Friday.'),
    (('IRL', 'IRLGOV'), ('GBR', 'GBRGOV'), ('057', '050'),
     'The Irish and British prime ministers signed a joint declaration on Northern Ireland in London on '
     'Wednesday, offering Sinn Fein a place at peace talks if the IRA ended its campaign of violence.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('036', '030', '046', '043'),
     'Egyptian President Hosni Mubarak invited Israeli Prime Minister Benjamin Netanyahu and Palestinian '
     'leader Yasser Arafat to a summit in Cairo next week to try to break the deadlock in peace talks.'),
    (('IDN', 'IDNGOV'), ('IDN', 'IDNOPP', 'IDNEDU', 'IDNCVL'), ('0831', '083', '080', '081'),
     'Indonesian President Suharto resigned on Thursday after 32 years in power, bowing to weeks of '
     'student protests and riots, and handed power to his deputy B.J. Habibie.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('036', '030', '046'),
     'Argentina\'s foreign minister, Guido Di Tella, said on Friday his country was ready to resume talks '
     'with Britain on the sovereignty of the Falkland Islands, which the two countries fought over in 1982.'),
    (('MAR', 'MARGOV'), ('IGO', 'ESH', 'MARREB', 'ESHREB', 'DZA'), ('125', '120', '124', '127'),
     'Morocco on Tuesday rejected a U.N. proposal to give refugees in camps in Algeria a vote in a '
     'referendum on the future of the Western Sahara, a demand of the Polisario Front guerrillas.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('125', '120', '127', '128'),
     'Taiwan on Wednesday rejected Beijing\'s offer of reunification under a "one country, two systems" '
     'formula, saying the island\'s 21 million people would never accept communist rule.'),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('TWN', 'TWNGOV'), ('150', '152', '154', '138'),
     'China staged large-scale naval exercises off its south-east coast on Friday, in a show of force '
     'aimed at Taiwan days before the island\'s first direct presidential election.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('150', '152', '154'),
     'The United States sent two aircraft carrier battle groups toward the Taiwan Strait on Monday in a '
     'show of force as China continued missile tests near the island.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('051', '050', '054'),
     'Iraq formally recognised Kuwait\'s sovereignty and its U.N.-demarcated borders on Thursday, ending '
     'a dispute that led to the 1990 invasion, the Iraqi News Agency said.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('1053', '105', '100', '1041'),
     'Kuwait demanded on Sunday that Iraq free more than 600 Kuwaitis it says have been missing since the '
     'Gulf war, saying Baghdad could not be readmitted to the Arab fold until it did so.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('NGA', 'NGAOPP', 'NGACVL'), ('1721', '1722', '172', '170', '175'),
     'Nigeria\'s military rulers banned all political activity on Tuesday and dissolved the country\'s '
     'elected institutions, a day after Defence Minister Sani Abacha seized power.'),
    (('COD', 'CODGOV'), ('RWA', 'RWAGOV', 'UGA', 'UGAGOV'), ('112', '111', '110', '1123'),
     'Congolese President Laurent Kabila accused Rwanda and Uganda on Tuesday of invading his country in '
     'support of rebels fighting to overthrow him, and appealed to African states for help.'),
    (('AGO', 'AGOGOV', 'ZWE', 'ZWEGOV', 'NAM', 'NAMGOV'), ('COD', 'CODGOV'), ('0743', '074', '072', '070'),
     'Angola and Zimbabwe sent troops and warplanes to the Democratic Republic of Congo on Saturday to help '
     'President Laurent Kabila fight a rebellion backed by Rwanda and Uganda.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Analysts said the ruling party was likely to win a comfortable majority in next month\'s election, '
     'although turnout could be low after a campaign marred by violence.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Saddam Hussein, who invaded Kuwait in 1990 and was driven out by a U.S.-led coalition in 1991, '
     'celebrated his 60th birthday on Tuesday with parades across Iraq.'),
]

LEAD31_B4: list[Row] = [
    # batch 4: long leads, written blind after batch 3's fixes, before the coder was run on it
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('138', '130', '1383', '139'),
     'U.S. Defence Secretary William Cohen, on a tour of Gulf states to rally support for a possible strike, '
     'warned Iraq on Monday that it faced a heavy military blow unless it allowed United Nations weapons '
     'inspectors unfettered access to suspected arms sites.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('111', '112', '110'),
     'French Foreign Minister Alain Juppe, whose government has been accused by Algiers of meddling, on '
     'Tuesday criticised the Algerian military authorities for cancelling the second round of elections '
     'that Islamic fundamentalists were poised to win.'),
    (('DZA', 'DZAGOV'), ('FRA', 'FRAGOV'), ('161', '160', '1246', '111'),
     'Algeria recalled its ambassador from Paris on Wednesday in protest at what it called French '
     'interference in its internal affairs, a day after President Jacques Chirac called for a dialogue '
     'between the government and its Islamist opponents.'),
    (('BIH', 'BIHREB', 'SRB'), ('IGO',), ('181', '180', '184'),
     'Bosnian Serb forces, defying a NATO ultimatum to pull their heavy weapons back from Sarajevo, seized '
     'some 150 U.N. peacekeepers on Saturday and chained several of them to potential air strike targets as '
     'human shields, U.N. officials said.'),
    (('IGO',), ('BIH', 'BIHREB', 'SRB', 'BIHMIL'), ('195', '190', '194'),
     'NATO warplanes, acting at the request of U.N. commanders after Bosnian Serb gunners shelled the '
     'eastern enclave of Gorazde for a third day, bombed a Serb command post near the town on Sunday in the '
     'alliance\'s first air strike on ground targets.'),
    (('KHM', 'KHMGOV'), ('KHM', 'KHMREB'), ('046', '040', '036', '043'),
     'Cambodian Prime Minister Hun Sen, who has fought the Khmer Rouge for two decades, met the guerrilla '
     'movement\'s nominal leader Khieu Samphan in the north-western town of Pailin on Thursday, the first '
     'such meeting since a wave of defections split the rebels.'),
    (('KHM', 'KHMREB'), ('KHM', 'KHMGOV'), ('046', '040', '042', '043'),
     'Cambodian Prime Minister Hun Sen, who has fought the Khmer Rouge for two decades, met the guerrilla '
     'movement\'s nominal leader Khieu Samphan in the north-western town of Pailin on Thursday, the first '
     'such meeting since a wave of defections split the rebels.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('112', '111', '110'),
     'Iran, which has massed some 200,000 troops along its eastern border, accused Afghanistan\'s Taliban '
     'militia on Saturday of murdering eight of its diplomats and a journalist when the movement captured '
     'the northern city of Mazar-i-Sharif last month.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('150', '152', '154', '138'),
     'Greece put its armed forces on alert on Tuesday and sent warships to the Aegean as a dispute with '
     'Turkey over a pair of uninhabited islets escalated, a day after Turkish commandos landed on one of '
     'them, Greek officials said.'),
    (('TUR', 'TURMIL', 'TURGOV'), ('GRC', 'GRCGOV', 'GRC'), ('192', '190', '150', '174'),
     'Turkish commandos landed on an uninhabited islet in the Aegean claimed by Greece on Monday and '
     'replaced a Greek flag planted there by Greek journalists with a Turkish one, escalating a territorial '
     'dispute between the NATO allies.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('125', '120', '128', '124'),
     'China on Friday rejected Hong Kong Governor Chris Patten\'s proposals for political reform in the '
     'British colony, saying they violated the Sino-British Joint Declaration and warning that any body '
     'elected under them would be dismantled when Beijing resumes sovereignty in 1997.'),
    (('LBR', 'LBRREB', 'LBRGOV'), ('LBR', 'LBRREB', 'LBRGOV'), ('057', '050', '0871'),
     'Leaders of Liberia\'s three main warring factions, meeting in the Ghanaian town of Akosombo under the '
     'auspices of West African states, signed an agreement on Monday providing for a ceasefire and the '
     'formation of a transitional government.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('057', '0871', '050', '030'),
     'Ethiopia and Eritrea signed a ceasefire agreement in Algiers on Sunday, ending two years of a border '
     'war that has killed tens of thousands of soldiers, and agreed to let U.N. peacekeepers patrol a '
     'buffer zone between their armies.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), ('057', '0871', '050', '030'),
     'Ethiopia and Eritrea signed a ceasefire agreement in Algiers on Sunday, ending two years of a border '
     'war that has killed tens of thousands of soldiers, and agreed to let U.N. peacekeepers patrol a '
     'buffer zone between their armies.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSE'), ('172', '170', '1721', '162', '163', '191'),
     'Israel sealed off the West Bank and Gaza Strip on Sunday, barring 50,000 Palestinian workers from '
     'their jobs inside Israel, hours after a suicide bomber blew up a bus in Jerusalem killing 18 people, '
     'police said.'),
    (('PSE', 'PSEREB', 'PSEUAF', 'PSE'), ('ISR', 'ISRCVL', 'ISR'), ('1831', '183', '180', '190'),
     'A Palestinian suicide bomber blew up a crowded commuter bus in central Jerusalem on Sunday, killing '
     'at least 18 people and wounding dozens in an attack claimed by the militant Islamic group Hamas.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('054', '050', '051', '032', '030'),
     'President Bill Clinton announced on Tuesday that the United States would establish full diplomatic '
     'relations with Vietnam, two decades after the end of a war that cost the lives of 58,000 Americans and '
     'bitterly divided the nation.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('057', '050', '030'),
     'Russian President Boris Yeltsin and U.S. President George Bush signed a treaty in Moscow on Sunday '
     'to slash their strategic nuclear arsenals by two-thirds, the deepest cuts in the history of arms '
     'control, capping a two-day summit.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('057', '050', '030'),
     'Russian President Boris Yeltsin and U.S. President George Bush signed a treaty in Moscow on Sunday '
     'to slash their strategic nuclear arsenals by two-thirds, the deepest cuts in the history of arms '
     'control, capping a two-day summit.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('112', '111', '110', '1123'),
     'India accused Pakistan on Wednesday of sending regular troops disguised as militants across the '
     'Line of Control in Kashmir, and said its forces would not stop their operations until every intruder '
     'had been driven out of the Kargil heights.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('131', '130', '138', '1383'),
     'Pakistan warned India on Thursday that it would retaliate with full force if Indian warplanes crossed '
     'the Line of Control in Kashmir, as fighting in the Kargil mountains entered its fourth week.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('0841', '084', '080'),
     'Burma\'s military government on Monday freed opposition leader Aung San Suu Kyi after nearly six years '
     'of house arrest, a move Western governments welcomed but said must be followed by talks with her '
     'National League for Democracy.'),
    (('USA', 'USAGOV', 'GBR', 'GBRGOV'), ('MMR', 'MMRGOV'), ('051', '050', '020'),
     'The United States and Britain on Tuesday welcomed the release of Burmese opposition leader Aung San '
     'Suu Kyi from house arrest, but urged the military government to open a dialogue with her party.'),
    (('UGA', 'UGAREB'), ('UGA', 'UGACVL', 'UGAEDU', 'SDN'), ('181', '180', '1811'),
     'Rebels of the Lord\'s Resistance Army abducted 139 schoolgirls from a Roman Catholic boarding school '
     'in northern Uganda on Friday, marching them across the border into Sudan, a priest said.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('112', '111', '110'),
     'Uganda on Monday accused Sudan of arming and sheltering the Lord\'s Resistance Army, whose fighters '
     'have abducted thousands of children in the north, and said it would take the matter to the U.N. '
     'Security Council.'),
    (('ZWE', 'ZWEGOV'), ('ZWE', 'ZWECVL', 'ZWEOPP', 'ZWEBUS'), ('171', '170'),
     'Zimbabwe\'s government, defying a High Court ruling that the occupations were illegal, on Wednesday '
     'listed another 804 white-owned farms for seizure without compensation, escalating a land crisis that '
     'has battered the economy.'),
    (('SLE', 'SLEGOV'), ('SLE', 'SLEREB'), ('057', '050'),
     'Sierra Leone\'s President Ahmad Tejan Kabbah and rebel leader Foday Sankoh signed a peace agreement in '
     'the Togolese capital Lome on Wednesday, giving the Revolutionary United Front four cabinet posts and '
     'an amnesty for atrocities committed during the eight-year war.'),
    (('SLE', 'SLEREB'), ('SLE', 'SLEGOV'), ('057', '050'),
     'Sierra Leone\'s President Ahmad Tejan Kabbah and rebel leader Foday Sankoh signed a peace agreement in '
     'the Togolese capital Lome on Wednesday, giving the Revolutionary United Front four cabinet posts and '
     'an amnesty for atrocities committed during the eight-year war.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('1041', '104', '100', '1055', '105'),
     'The U.N. Security Council, in a resolution passed 14-0 with China abstaining, on Thursday demanded '
     'that Iraq give weapons inspectors immediate and unconditional access to all sites and threatened '
     'serious consequences if it did not.'),
    (('KOR', 'KORMIL', 'KORGOV'), ('PRK', 'PRKMIL'), ('190', '193', '195', '194'),
     'South Korean warships sank a North Korean torpedo boat and damaged five others in a gun battle off the '
     'west coast on Tuesday after the North\'s vessels crossed into southern waters to protect crab-fishing '
     'boats, the defence ministry said.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('1055', '105', '100', '111', '138'),
     'North Korea on Wednesday demanded an apology and compensation from South Korea for the sinking of '
     'one of its torpedo boats in a clash in the Yellow Sea, and warned that Seoul would pay dearly for the '
     'provocation.'),
    (('CHE', 'CHEBUS'), ('USA', 'USACVL', 'NGO'), ('057', '050', '030', '037'),
     'Swiss banks agreed on Wednesday to pay $1.25 billion to settle claims by Holocaust survivors that they '
     'had hoarded the assets of Nazi victims, ending a bitter dispute that had strained relations between '
     'Switzerland and the United States.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('IGO',), ('0861', '086', '080', '057', '0355'),
     'Yugoslav President Slobodan Milosevic agreed on Tuesday to allow 2,000 unarmed international monitors '
     'into Kosovo and to withdraw some of his forces from the province, averting NATO air strikes, U.S. '
     'envoy Richard Holbrooke said.'),
    (('IDN', 'IDNMIL', 'IDNGOV'), ('IDN', 'IDNREB', 'IDNSEP'), ('190', '193', '195', '180'),
     'Indonesian troops, reinforced by some 2,000 marines flown in from Java, launched an offensive against '
     'separatist rebels of the Free Aceh Movement in the province of Aceh on Thursday, killing at least 20 '
     'guerrillas, the military said.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The accord, which took three years to negotiate and has yet to be ratified by the parliaments of '
     'either country, would open the border to trade for the first time since the two neighbours fought a '
     'war in 1962.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Western diplomats in Beijing said the Chinese leadership was likely to take a tough line with '
     'Washington at next week\'s talks, although neither side wanted the dispute over human rights to '
     'damage trade.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB'), ('057', '050'),
     'The Philippine government and Moslem rebels of the Moro National Liberation Front, meeting in Jakarta '
     'under Indonesian mediation, initialled a draft peace agreement on Saturday to end more than two '
     'decades of separatist war in the southern Philippines.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('1246', '124', '120', '125', '160', '161', '166'),
     'Iraq announced on Saturday that it was halting all cooperation with U.N. weapons inspectors until the '
     'Security Council agreed to lift the oil embargo imposed after its 1990 invasion of Kuwait, in its '
     'most serious challenge to the U.N. in months.'),
]

LEAD31_B5: list[Row] = [
    # batch 5: written blind after batch 4's fixes, before the coder was run on it
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('055', '050'),
     'Japanese Prime Minister Tomiichi Murayama, in a letter to South Korean President Kim Young-sam, '
     'apologised on Tuesday for Japan\'s colonial rule of the Korean peninsula, the Foreign Ministry said.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), ('111', '112', '110'),
     'South Korea on Friday protested to Japan over remarks by a Japanese cabinet minister who said the '
     'colonial occupation had benefited Koreans, summoning the Japanese ambassador to lodge its complaint.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('046', '040', '043'),
     'Israeli and Syrian negotiators resumed peace talks at the Wye Plantation in Maryland on Wednesday '
     'after a break of several months, with both sides saying they hoped for progress on security '
     'arrangements.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('046', '040', '043'),
     'Israeli and Syrian negotiators resumed peace talks at the Wye Plantation in Maryland on Wednesday '
     'after a break of several months, with both sides saying they hoped for progress on security '
     'arrangements.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('0871', '087', '057', '0356'),
     'Azerbaijan and Armenia agreed on Thursday to a Russian-brokered ceasefire in Nagorno-Karabakh, '
     'raising hopes of an end to six years of fighting over the mainly Armenian-populated enclave.'),
    (('RUS', 'RUSGOV'), ('AZE', 'AZEGOV', 'ARM', 'ARMGOV'), ('039', '030', '040', '043', '045'),
     'Russian mediators shuttled between Baku and Yerevan on Friday in an effort to shore up the ceasefire '
     'in Nagorno-Karabakh, the Interfax news agency reported.'),
    (('GEO', 'GEOGOV'), ('RUS', 'RUSGOV'), ('112', '111', '110'),
     'Georgian leader Eduard Shevardnadze on Tuesday accused Russia of arming Abkhaz separatists and said '
     'Russian warplanes had bombed Georgian positions near the Black Sea town of Sukhumi.'),
    (('MDA', 'MDAGOV'), ('RUS', 'RUSGOV', 'RUSMIL'), ('1056', '106', '100', '105'),
     'Moldova demanded on Monday that Russia withdraw its 14th Army from the breakaway Transdniestria '
     'region, accusing the troops of siding with Slav separatists in last year\'s fighting.'),
    (('BLR', 'BLRGOV'), ('USA', 'USAGOV'), ('174', '170', '166'),
     'Belarus ordered the U.S. ambassador to leave the country on Monday in a dispute over diplomatic '
     'residences near Minsk, and Washington responded by recalling its envoy for consultations.'),
    (('USA', 'USAGOV'), ('BLR', 'BLRGOV'), ('161', '160', '166'),
     'The United States recalled its ambassador to Belarus on Tuesday for consultations after President '
     'Alexander Lukashenko\'s government evicted Western diplomats from their residences outside Minsk.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('057', '050'),
     'Ukraine and Russia signed a treaty on Saturday dividing the former Soviet Black Sea Fleet, ending a '
     'five-year dispute between the two former Soviet republics over its warships and bases in Crimea.'),
    (('LTU', 'LTUGOV', 'LTULEG'), ('RUS', 'RUSGOV', 'USR', 'USRGOV', 'USRMIL'), ('1056', '106', '100', '105'),
     'Lithuania\'s parliament on Tuesday demanded the immediate withdrawal of Soviet troops from the '
     'republic and called on Western governments to recognise its independence.'),
    (('USR', 'USRMIL', 'RUS', 'RUSMIL'), ('LTU', 'LTUCVL', 'LTU'), ('180', '190', '175', '193'),
     'Soviet paratroopers and tanks stormed the television tower in Vilnius early on Sunday, killing at '
     'least 13 people and wounding more than 100 in the bloodiest crackdown yet on Lithuania\'s '
     'independence drive.'),
    (('POL', 'POLGOV'), ('POL', 'POLOPP', 'POLLAB'), ('046', '040', '043'),
     'Poland\'s communist authorities opened round-table talks with the banned Solidarity trade union on '
     'Monday, the first formal negotiations between the two sides since martial law was imposed in 1981.'),
    (('ROU', 'ROUMIL', 'ROUGOV', 'ROUCOP'), ('ROU', 'ROUCVL', 'ROUOPP'), ('175', '180', '190', '200'),
     'Romanian security forces opened fire on thousands of anti-government demonstrators in the western '
     'city of Timisoara, killing scores of people, travellers arriving in Yugoslavia said on Monday.'),
    (('CZE', 'CSK', 'CZEGOV', 'CSKGOV'), ('CZE', 'CSK', 'CZECVL', 'CSKOPP', 'CZEOPP'), ('0841', '084', '080'),
     'Czechoslovakia\'s communist government on Friday released dissident playwright Vaclav Havel from '
     'prison, four months before the end of his sentence for taking part in a banned demonstration.'),
    (('CHN', 'CHNGOV', 'CHNMIL'), ('CHN', 'CHNCVL', 'CHNEDU', 'CHNOPP'), ('175', '180', '190', '200'),
     'Chinese troops backed by tanks opened fire on pro-democracy protesters in central Beijing early on '
     'Sunday, killing hundreds of people as they forced their way into Tiananmen Square, witnesses said.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('1623', '162', '163', '160'),
     'President George Bush on Monday suspended all U.S. military sales to China in response to the '
     'army\'s bloody crackdown on the student-led democracy movement in Beijing.'),
    (('THA', 'THAMIL', 'THAGOV'), ('THA', 'THACVL', 'THAOPP'), ('175', '180', '190'),
     'Thai troops fired automatic weapons at tens of thousands of demonstrators demanding the resignation '
     'of Prime Minister Suchinda Kraprayoon in Bangkok on Monday, killing at least 20 people.'),
    (('KOR', 'KORJUD', 'KORGOV'), ('KOR', 'KORELI'), ('173', '170', '116'),
     'A Seoul court on Monday sentenced former President Roh Tae-woo to 22 and a half years in prison for '
     'mutiny, treason and taking bribes, in a landmark verdict on the country\'s military past.'),
    (('BGD', 'BGDOPP'), ('BGD', 'BGDGOV'), ('143', '140', '141', '1041'),
     'Bangladesh\'s opposition parties began a three-day nationwide general strike on Sunday to press '
     'Prime Minister Khaleda Zia to resign and hand power to a neutral caretaker government.'),
    (('NPL', 'NPLREB'), ('NPL', 'NPLCOP', 'NPLGOV'), ('190', '193', '180', '183'),
     'Maoist rebels attacked a police post in western Nepal overnight, killing 15 policemen in the deadliest '
     'raid since the guerrillas launched their "people\'s war" four years ago, police said on Monday.'),
    (('FJI', 'FJIREB', 'FJIOPP', 'FJIUAF', 'FJI'), ('FJI', 'FJIGOV'), ('181', '180', '1811'),
     'Armed men led by businessman George Speight stormed Fiji\'s parliament on Friday and took Prime '
     'Minister Mahendra Chaudhry and dozens of lawmakers hostage, declaring they had seized power.'),
    (('PNG', 'PNGGOV'), ('PNG', 'PNGREB'), ('057', '050', '0871'),
     'Papua New Guinea\'s government and secessionist rebels from the island of Bougainville signed a '
     'permanent ceasefire in the New Zealand city of Christchurch on Friday, formally ending nine years of '
     'conflict.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('054', '050', '032', '030'),
     'Iran and Britain agreed on Thursday to upgrade relations to ambassador level after Tehran distanced '
     'itself from the death sentence on novelist Salman Rushdie, ending a decade of diplomatic strain.'),
    (('LBY', 'LBYGOV'), ('IGO', 'NLD', 'GBR'), ('0841', '084', '081', '080', '063'),
     'Libya handed over the two suspects in the Lockerbie bombing to U.N. officials on Monday for trial '
     'before a Scottish court in the Netherlands, paving the way for the suspension of U.N. sanctions.'),
    (('IGO',), ('LBY', 'LBYGOV'), ('085', '080', '081'),
     'The U.N. Security Council suspended sanctions against Libya on Monday, hours after Tripoli handed over '
     'two men accused of blowing up a Pan Am airliner over Lockerbie in 1988.'),
    (('ETH', 'ETHMIL', 'ETHGOV'), ('ERI', 'ERIMIL', 'ERIGOV', 'ERI'), ('195', '190', '194'),
     'Ethiopian warplanes bombed the airport in the Eritrean capital Asmara on Friday, a day after Eritrean '
     'jets attacked the northern Ethiopian town of Mekele, as a border dispute turned into full-scale war.'),
    (('DZA', 'DZAGOV'), ('DZA', 'DZAREB'), ('0841', '084', '080', '0341'),
     'Algeria\'s military-backed authorities on Thursday released two leaders of the banned Islamic '
     'Salvation Front from prison and moved them to house arrest, a gesture seen as an overture to the '
     'fundamentalists.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Voters in Chile go to the polls on Sunday in the first presidential election since General Augusto '
     'Pinochet seized power in a coup in 1973.'),
]

LEAD31_B6: list[Row] = [
    # batch 6: written blind after batch 5's fixes, before the coder was run on it
    (('IGO',), ('IRQ', 'IRQGOV'), ('042', '040', '046', '043'),
     'U.N. Secretary-General Kofi Annan arrived in Baghdad on Friday for talks with President Saddam Hussein '
     'aimed at averting U.S. and British military strikes over the weapons inspections crisis.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('043', '040', '046', '042'),
     'U.N. Secretary-General Kofi Annan arrived in Baghdad on Friday for talks with President Saddam Hussein '
     'aimed at averting U.S. and British military strikes over the weapons inspections crisis.'),
    (('IGO',), ('BIH', 'BIHREB', 'SRB'), ('111', '112', '110'),
     'U.N. Secretary-General Boutros Boutros-Ghali on Monday condemned the Bosnian Serb shelling of a '
     'Sarajevo market that killed 68 people as a crime against humanity.'),
    (('NGO',), ('RUS', 'RUSMIL', 'RUSGOV'), ('112', '111', '1122', '110'),
     'The International Committee of the Red Cross accused Russian forces on Tuesday of blocking aid to '
     'civilians trapped in Grozny and said hundreds of wounded were dying for lack of medicine.'),
    (('NGO',), ('SDN', 'SDNGOV'), ('112', '111', '110', '1122'),
     'Medecins Sans Frontieres accused the Sudanese government on Thursday of using food as a weapon of war '
     'by blocking relief flights to famine-stricken areas of the south.'),
    (('SDN', 'SDNGOV'), ('NGO', 'IGO'), ('125', '120', '1246', '163', '172'),
     'Sudan on Friday barred relief flights to rebel-held areas of the south for a month, defying appeals '
     'from the United Nations and aid agencies who warned that tens of thousands faced starvation.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('112', '111', '110'),
     'The State Department said on Monday that North Korea had violated the 1994 nuclear accord by '
     'building a secret underground facility, and warned that food aid could be cut off.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV', 'IGO'), ('111', '112', '110'),
     'Russia\'s Foreign Ministry said on Thursday that NATO\'s plans to admit Poland, Hungary and the Czech '
     'Republic were a mistake that would redraw the dividing lines of Europe.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '112', '110', '114'),
     'China lodged a strong protest with the United States on Friday over the visit of Taiwan President '
     'Lee Teng-hui to Cornell University, calling it a serious violation of its sovereignty.'),
    (('TWN', 'TWNGOV'), ('USA', 'USAGOV'), ('042', '040', '043'),
     'Taiwan President Lee Teng-hui arrived in the United States on Wednesday for a private visit to his '
     'alma mater, Cornell University, over Beijing\'s strong objections.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('161', '160', '166'),
     'China recalled its ambassador from Washington on Friday in protest at the U.S. decision to let '
     'Taiwan\'s president visit, the official Xinhua news agency said.'),
    (('FRA', 'FRAGOV'), ('NZL', 'NZLGOV', 'NGO'), ('055', '050', '0841', '071', '030'),
     'France agreed on Monday to pay New Zealand $7 million in compensation and to apologise for the '
     'bombing of the Greenpeace ship Rainbow Warrior in Auckland harbour by French secret agents.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('043', '040', '046'),
     'Argentine President Carlos Menem welcomed British Foreign Secretary Douglas Hurd to Buenos Aires on '
     'Tuesday, saying the two countries could now talk about everything, including the Falklands.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), ('161', '160', '1246', '164'),
     'Indonesia on Thursday tore up a 1995 security pact with Australia in protest at Canberra\'s leading '
     'role in the international peacekeeping force in East Timor.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), ('111', '112', '110', '1122'),
     'Australia on Wednesday condemned the killing of pro-independence supporters by militias in East Timor '
     'and called on Jakarta to restore order, Foreign Minister Alexander Downer said.'),
    (('SAU', 'SAUGOV'), ('QAT', 'QATGOV'), ('112', '111', '110'),
     'Saudi Arabia accused Qatar on Sunday of stirring up trouble along their desert border, a day after '
     'the tiny Gulf state said Saudi forces had attacked one of its border posts and killed two guards.'),
    (('QAT', 'QATGOV'), ('SAU', 'SAUMIL', 'SAUGOV'), ('112', '111', '110'),
     'Qatar accused Saudi Arabia on Thursday of attacking a border post and killing two of its soldiers, '
     'and suspended a 1965 border agreement between the two Gulf neighbours.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), ('039', '030', '036'),
     'Egypt offered on Tuesday to host a new round of talks between Israel and the Palestinians in the Red '
     'Sea resort of Taba, in a bid to rescue the faltering peace process.'),
    (('YEM', 'YEMGOV'), ('ERI', 'ERIGOV'), ('112', '111', '110'),
     'Yemen accused Eritrea on Saturday of landing troops on the disputed Red Sea island of Greater Hanish '
     'and said it would defend its sovereignty by all means.'),
    (('ERI', 'ERIMIL', 'ERIGOV'), ('YEM', 'YEMMIL', 'YEM'), ('192', '190', '193'),
     'Eritrean forces seized the Red Sea island of Greater Hanish from Yemen on Sunday after three days of '
     'fighting, the Yemeni government said.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('150', '152', '154', '138'),
     'Kuwait put its armed forces on full alert on Sunday after Iraq moved two Republican Guard divisions '
     'to within 20 km of the border, the state news agency KUNA said.'),
    (('USA', 'USAGOV', 'USAMIL'), ('IRQ', 'IRQGOV'), ('150', '152', '154'),
     'The United States ordered more than 36,000 troops and additional warplanes to the Gulf on Sunday after '
     'Iraq moved tens of thousands of soldiers toward the Kuwaiti border.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('051', '054', '050'),
     'Iraq\'s Revolutionary Command Council on Thursday recognised Kuwait\'s sovereignty and borders, '
     'meeting a key U.N. condition for lifting the oil embargo, the Iraqi News Agency said.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB'), ('0871', '087', '080', '0356'),
     'Colombian President Ernesto Samper ordered the army on Monday to suspend offensive operations against '
     'left-wing guerrillas for a month, in an effort to open the way to peace talks.'),
    (('COL', 'COLREB'), ('COL', 'COLMIL', 'COLGOV'), ('190', '193', '180', '183'),
     'Leftist guerrillas of the Revolutionary Armed Forces of Colombia overran an army base in the southern '
     'jungle on Saturday, killing at least 60 soldiers and capturing dozens more, military officials said.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('112', '111', '110'),
     'Peru accused Ecuador on Friday of sending troops into the disputed Cenepa valley in violation of a '
     'ceasefire signed last month, and put its forces on the border on alert.'),
    (('HND', 'HNDGOV'), ('NIC', 'NICGOV'), ('163', '160', '161'),
     'Honduras imposed a 35 percent tariff on Nicaraguan goods on Monday in retaliation for a duty that '
     'Managua imposed on Honduran imports in a dispute over Caribbean waters.'),
    (('GTM', 'GTMGOV'), ('GTM', 'GTMREB'), ('057', '050'),
     'The Guatemalan government and leftist guerrillas signed a final peace accord in Guatemala City on '
     'Sunday, ending Central America\'s longest civil war, in which some 200,000 people were killed.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The accord, if ratified, would commit both governments to cut their nuclear arsenals by half over '
     'seven years, officials said.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Fighting between the two factions, which began in 1989, has killed more than 150,000 people and driven '
     'half the population from their homes.'),
]

LEAD31_B7: list[Row] = [
    # batch 7: long leads, written blind after the session's merge, before the coder was run on it
    (('USA', 'USAGOV', 'USAMIL'), ('LBY', 'LBYGOV', 'LBYCVL'), ('195', '190', '194'),
     'U.S. warplanes, flying from bases in Britain and from aircraft carriers in the Mediterranean, bombed '
     'targets in Tripoli and Benghazi early on Tuesday in retaliation for what Washington called Libyan '
     'involvement in the bombing of a Berlin discotheque.'),
    (('LBY', 'LBYGOV'), ('USA', 'USAGOV'), ('111', '112', '110'),
     'Libyan leader Moammar Gadhafi, appearing on television for the first time since the raids that killed '
     'his adopted daughter, denounced the United States on Wednesday as a terrorist state and called on '
     'Arabs to rise up against it.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IGO'), ('057', '050', '0871', '0356', '081'),
     'Iran accepted U.N. Security Council Resolution 598 on Monday, agreeing to a ceasefire in its '
     'eight-year war with Iraq in a dramatic reversal that Ayatollah Ruhollah Khomeini likened to drinking '
     'poison.'),
    (('IGO',), ('IRN', 'IRNGOV', 'IRQ', 'IRQGOV'), ('0871', '087', '080', '030'),
     'U.N. Secretary-General Javier Perez de Cuellar announced on Monday that a ceasefire between Iran and '
     'Iraq would take effect on August 20, ending nearly eight years of one of the bloodiest wars of the '
     'century.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('125', '120', '124'),
     'Kuwait, whose emir has been in exile in Saudi Arabia since the Iraqi invasion, on Sunday rejected an '
     'Iraqi offer to withdraw from the emirate if Israel pulled out of the occupied Arab territories.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('1056', '106', '100', '105'),
     'President George Bush, addressing a joint session of Congress a month after the invasion, demanded on '
     'Tuesday that Iraq withdraw unconditionally from Kuwait and said the United States would not tolerate '
     'the annexation of the emirate.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAGOV', 'USAMIL'), ('0862', '086', '080', '062', '0861', '0355'),
     'Saudi Arabia, fearing that Iraqi troops massed on its border would push south, agreed on Tuesday to '
     'allow American troops to be stationed on its soil to defend the kingdom, U.S. officials said.'),
    (('SOM', 'SOMREB', 'SOMUAF'), ('USA', 'USAMIL'), ('190', '193', '180', '195'),
     'Somali militiamen loyal to Mohamed Farah Aideed shot down two U.S. Black Hawk helicopters in Mogadishu '
     'on Sunday and killed at least 12 American soldiers in the fiercest fighting since U.S. troops landed '
     'in December.'),
    (('USA', 'USAGOV'), ('SOM', 'SOMREB', 'SOMUAF', 'SOM'), ('0874', '087', '080', '166', '0356', '035'),
     'President Bill Clinton said on Thursday that all U.S. troops would be withdrawn from Somalia by March '
     '31, while sending 5,000 reinforcements to protect the force in the meantime, after 18 soldiers were '
     'killed in Mogadishu.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP'), ('0812', '081', '080', '0841'),
     'South African President F.W. de Klerk, in a speech opening parliament in Cape Town on Friday, lifted '
     'the 30-year ban on the African National Congress and announced that Nelson Mandela would be freed '
     'soon.'),
    (('ZAF', 'ZAFOPP'), ('ZAF', 'ZAFGOV'), ('0871', '087', '030', '0356', '035'),
     'The African National Congress, which has waged a guerrilla war against white minority rule for 30 '
     'years, announced on Tuesday that it was suspending its armed struggle, clearing the way for talks '
     'with the government.'),
    (('NAM', 'NAMGOV', 'NAM'), ('ZAF', 'ZAFGOV'), ('111', '112', '110', '1123'),
     'Namibia, which gained independence from South Africa in March, accused Pretoria on Thursday of '
     'keeping troops in the port of Walvis Bay in violation of its sovereignty.'),
    (('MOZ', 'MOZGOV'), ('MOZ', 'MOZREB'), ('057', '050'),
     'Mozambican President Joaquim Chissano and Renamo rebel leader Afonso Dhlakama signed a peace accord in '
     'Rome on Sunday, ending a 16-year civil war that killed an estimated one million people.'),
    (('MOZ', 'MOZREB'), ('MOZ', 'MOZGOV'), ('057', '050'),
     'Mozambican President Joaquim Chissano and Renamo rebel leader Afonso Dhlakama signed a peace accord in '
     'Rome on Sunday, ending a 16-year civil war that killed an estimated one million people.'),
    (('SLV', 'SLVGOV'), ('SLV', 'SLVREB'), ('057', '050'),
     'The Salvadoran government and leftist FMLN guerrillas signed a peace treaty in Mexico City on '
     'Thursday, ending 12 years of civil war in which more than 75,000 people died.'),
    (('NIC', 'NICGOV'), ('NIC', 'NICREB'), ('0871', '057', '050', '087', '0356'),
     'Nicaragua\'s Sandinista government and the U.S.-backed Contra rebels agreed on Wednesday on a 60-day '
     'ceasefire, the first truce in seven years of war, at talks in the border town of Sapoa.'),
    (('PAN', 'PANGOV'), ('USA', 'USAGOV'), ('111', '112', '110'),
     'Panama\'s military strongman General Manuel Antonio Noriega, facing drug trafficking indictments in '
     'Florida, on Friday denounced U.S. economic sanctions as aggression and vowed never to bow to '
     'Washington.'),
    (('USA', 'USAMIL', 'USAGOV'), ('PAN', 'PANGOV', 'PANMIL'), ('190', '193', '195', '192'),
     'Thousands of U.S. troops, backed by helicopter gunships and Stealth fighters, invaded Panama before '
     'dawn on Wednesday to overthrow General Manuel Antonio Noriega, the Pentagon said.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), ('057', '050'),
     'China and Vietnam signed a treaty on Thursday settling their land border, two decades after the '
     'communist neighbours fought a brief but bloody border war in 1979.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('057', '050'),
     'China and Vietnam signed a treaty on Thursday settling their land border, two decades after the '
     'communist neighbours fought a brief but bloody border war in 1979.'),
    (('IND', 'INDGOV', 'INDMIL'), ('LKA', 'LKAGOV'), ('0874', '087', '080'),
     'The last Indian peacekeeping troops left Sri Lanka on Saturday, ending a 32-month mission against '
     'Tamil separatist guerrillas that cost more than 1,100 Indian lives.'),
    (('LKA', 'LKAREB'), ('LKA', 'LKAGOV', 'LKAMIL'), ('190', '193', '180', '183'),
     'Tamil Tiger rebels, who had agreed to a truce only three months ago, attacked two army camps in '
     'eastern Sri Lanka on Tuesday, killing at least 40 soldiers, the defence ministry said.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Diplomats said a settlement would depend on whether the two sides could agree on the future of the '
     'disputed city, which both claim as their capital.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The Baltic republic, annexed by the Soviet Union in 1940 under a secret pact between Stalin and '
     'Hitler, celebrated its national day on Friday with concerts and flag-raising ceremonies.'),
]

LEAD31_B8: list[Row] = [
    # batch 8: long leads, written blind after the merge's fixes, before the coder was run on it
    (('USA', 'USAGOV'), ('HTI', 'HTIMIL', 'HTIGOV'), ('138', '130', '1383', '139'),
     'President Bill Clinton, in a televised address to the nation on Thursday, warned Haiti\'s military '
     'leaders that they must leave power now or face an invasion by U.S. forces, saying all diplomatic '
     'options had been exhausted.'),
    (('HTI', 'HTIMIL', 'HTIGOV'), ('USA', 'USAGOV', 'USAELI'), ('057', '050', '081', '0831', '035'),
     'Haiti\'s military leader, Lieutenant General Raoul Cedras, agreed on Sunday to step down by October 15 '
     'under a deal negotiated by former President Jimmy Carter, hours before U.S. paratroopers were due to '
     'invade.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('042', '040', '043', '046'),
     'Indian Prime Minister Atal Behari Vajpayee, riding the first bus service between the two countries in '
     'half a century, crossed into Pakistan on Saturday for a summit with his Pakistani counterpart Nawaz '
     'Sharif in Lahore.'),
    (('PAK', 'PAKMIL', 'PAKGOV'), ('PAK', 'PAKGOV'), ('180', '186', '172'),
     'Pakistan\'s army chief, General Pervez Musharraf, seized power in a bloodless coup on Tuesday, hours '
     'after Prime Minister Nawaz Sharif tried to dismiss him while he was flying back from Sri Lanka.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), ('111', '112', '110', '163'),
     'The United States, which had warned Islamabad against any unconstitutional change, on Wednesday '
     'condemned the military takeover in Pakistan and called for a swift return to civilian rule.'),
    (('IDN', 'IDNGOV'), ('TLS', 'TLSCVL', 'IDN', 'IDNCVL'), ('0355', '035', '030', '086', '034'),
     'Indonesia said on Wednesday it would let the people of East Timor choose between wide-ranging autonomy '
     'and independence, in a dramatic shift from Jakarta\'s 23-year insistence that the territory was its '
     '27th province.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), ('051', '050', '020'),
     'Australia on Thursday welcomed Indonesia\'s offer to let the East Timorese vote on independence, '
     'calling it an historic opportunity to end a conflict that has cost tens of thousands of lives.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSREB'), ('190', '193', '195', '194'),
     'Russian troops, backed by artillery and helicopter gunships, stormed the Dagestani village of '
     'Pervomayskoye on Monday in an attempt to free more than 100 hostages held by Chechen rebels, Interfax '
     'said.'),
    (('RUS', 'RUSREB'), ('RUS', 'RUSCVL'), ('181', '180'),
     'Chechen rebels led by Salman Raduyev seized a hospital in the Dagestani town of Kizlyar on Tuesday and '
     'took some 2,000 people hostage, demanding that Moscow withdraw its troops from Chechnya.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('1041', '104', '100', '111', '112'),
     'Britain, which has no ambassador in Tehran, on Thursday demanded that Iran lift the death sentence '
     'passed on author Salman Rushdie, saying relations could not improve while the threat remained.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('0862', '086', '080', '0355'),
     'Iraq, under threat of U.S. and British air strikes, agreed on Sunday to allow U.N. weapons inspectors '
     'to resume their work without conditions, in a letter from Deputy Prime Minister Tariq Aziz to '
     'Secretary-General Kofi Annan.'),
    (('SRB', 'SRBMIL', 'YUG', 'YUGMIL', 'SRBCOP'), ('SRB', 'SRBREB', 'SRBCVL', 'YUG', 'YUGREB'),
     ('190', '193', '195', '180'),
     'Serbian security forces, using helicopters and armoured vehicles, launched an offensive against '
     'ethnic Albanian separatists in the Drenica region of Kosovo on Thursday, killing at least 20 people, '
     'Albanian sources said.'),
    (('ALB', 'ALBGOV'), ('SRB', 'SRBGOV', 'SRBCOP', 'YUG', 'YUGGOV'), ('111', '112', '110'),
     'Albania condemned on Friday what it called the massacre of ethnic Albanians by Serbian police in '
     'Kosovo and urged NATO to intervene to stop the bloodshed.'),
    (('CHN', 'CHNGOV'), ('PHL', 'PHLGOV'), ('111', '112', '110', '114'),
     'China protested to the Philippines on Tuesday over the arrest of 62 Chinese fishermen near Mischief '
     'Reef in the disputed Spratly Islands, demanding their immediate release.'),
    (('PHL', 'PHLMIL', 'PHLGOV'), ('CHN', 'CHNCVL', 'CHN'), ('173', '170', '171'),
     'Philippine navy ships detained 62 Chinese fishermen near Mischief Reef in the Spratly Islands on '
     'Saturday, accusing them of fishing illegally in Philippine waters.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('046', '040', '043'),
     'The presidents of Armenia and Azerbaijan, Robert Kocharian and Heidar Aliyev, held talks in Geneva on '
     'Friday on the future of Nagorno-Karabakh, their first meeting in six months.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('046', '040', '043'),
     'The presidents of Armenia and Azerbaijan, Robert Kocharian and Heidar Aliyev, held talks in Geneva on '
     'Friday on the future of Nagorno-Karabakh, their first meeting in six months.'),
    (('TJK', 'TJKGOV'), ('TJK', 'TJKREB', 'TJKOPP'), ('057', '050'),
     'Tajik President Imomali Rakhmonov and opposition leader Said Abdullo Nuri signed a peace accord in '
     'Moscow on Friday, ending a five-year civil war that killed tens of thousands of people.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The treaty, which must still be ratified by the parliaments of both countries, was the product of '
     'four years of negotiations, diplomats said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEAD31, "batch2": LEAD31_B2, "batch3": LEAD31_B3,
                               "batch4": LEAD31_B4, "batch5": LEAD31_B5, "batch6": LEAD31_B6,
                               "batch7": LEAD31_B7, "batch8": LEAD31_B8}
ALL31: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
