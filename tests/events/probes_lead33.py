"""GSR-style probes of the thirty-first session (wip/lead33): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind. This
set weights the two ends of the era the earlier probe files covered least, 1985-1989 and 2000-2005, so
office holders whose terms lie before or after the placeholder date are named in many rows.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (47 rows, main d406413) 40 / 35 / 34. Rows
corrected after a run are writing errors by the codebook or the project's conventions only: an appeal or a
demand to return people is for their release (0253, 1053), not for rights; "agreed to grant asylum" is an
intent (033, the project's reading of "agreed to"); and targets struck in named cities are the cities'
civilians (CVL, the project's reading, as in probes_lead32 batch 7). Batch 2 (31 rows, after batch 1's
fixes) 27 / 26 / 26; its correction: inspectors expelled are CAMEO's own 1662. Batch 3 (26, after batch 2's
fixes) 23 / 23 / 22; its correction: an extradition asked is an appeal for judicial cooperation (0213).
Batch 4 (21, after batch 3's fixes) 20 / 20 / 19; its correction: food aid halted is CAMEO's 1623. Batch 5
(19, after batch 4's fixes) 15 / 11 / 11; its corrections: police who arrest are COP, martial law imposed on
a city is imposed on its civilians (CVL), and a U.N. resolution accepted is accepted towards the U.N. Batch 6
(14, written after the session's merge and run first on the merged coder) 12 / 9 / 9; its correction: a
senate is LEG. Batch 7 (10, written after the landing and run first on the landed main d9b36c9) 9 / 9 / 7; its
corrections: a refusal to release people is CAMEO's 1243, food aid promised 0333.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD33: list[Row] = [
    # batch 1: written blind, before the coder was run on it (1985-1989 and 2000-2005 leads)
    (('USA', 'USAMIL', 'USAGOV'), ('LBY', 'LBYGOV', 'LBYMIL', 'LBYCVL'), ('195', '190', '193', '194'),
     'American warplanes struck targets in Tripoli and Benghazi early on Tuesday in retaliation for what '
     "Washington called Libya's role in the bombing of a West Berlin nightclub."),
    (('LBY', 'LBYGOV'), ('USA', 'USAGOV'), ('138', '130', '131', '1383', '139'),
     'Libyan leader Moammar Gadhafi threatened on Wednesday to carry the war into American streets if the '
     'United States attacked his country again.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV', 'USAMIL'), ('111', '110', '112', '1123', '1124'),
     'Iran on Monday condemned the downing of an Iranian airliner by a U.S. warship in the Gulf as a '
     'barbaric massacre and vowed to avenge the 290 people killed.'),
    (('USA', 'USAMIL'), ('IRN', 'IRNMIL', 'IRNGOV'), ('190', '195', '193', '194'),
     'U.S. Navy helicopters attacked an Iranian ship caught laying mines in the Gulf on Monday night, '
     'killing three crewmen, the Pentagon said.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFCVL'), ('1724', '172', '170', '1721'),
     "South Africa's white-minority government declared a state of emergency in 36 black districts on "
     'Saturday, giving the police sweeping powers of arrest after months of unrest.'),
    (('USA', 'USALEG'), ('ZAF', 'ZAFGOV'), ('163', '160', '162'),
     'The U.S. Senate voted on Thursday to impose economic sanctions on South Africa, including a ban on '
     'new investment and on imports of coal and steel, in protest against apartheid.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECVL'), ('193', '190', '180', '183', '186', '175'),
     'Israeli troops shot dead two Palestinian youths during stone-throwing protests in the occupied Gaza '
     'Strip on Friday, hospital officials said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEOPP'), ('174', '170', '172'),
     'Israel on Sunday deported four Palestinian activists from the occupied West Bank to Lebanon, accusing '
     'them of leading the uprising.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEOPP'), ('112', '110', '111'),
     'Israel on Sunday deported four Palestinian activists from the occupied West Bank to Lebanon, accusing '
     'them of leading the uprising.'),
    (('LBN', 'LBNUAF', 'LBNREB'), ('DEU', 'DEUBUS', 'DEUCVL'), ('181', '180'),
     'Gunmen in Beirut kidnapped a West German businessman on Tuesday, the fourth foreigner seized in the '
     'Lebanese capital this month, police said.'),
    (('PHL', 'PHLGOV', 'PHLMIL'), ('PHL', 'PHLGOV'), ('0241', '024', '020', '1041', '104', '100'),
     'Philippine Defence Minister Juan Ponce Enrile and armed forces deputy chief Lieutenant General Fidel '
     'Ramos on Saturday called on President Ferdinand Marcos to resign, saying he had rigged the election.'),
    (('CHL', 'CHLCOP'), ('CHL', 'CHLOPP', 'CHLCVL'), ('175', '170', '172'),
     'Chilean police used water cannon and tear gas on Tuesday to break up a protest by thousands of '
     "opposition supporters demanding an end to General Augusto Pinochet's rule."),
    (('CHL', 'CHLOPP', 'CHLCVL'), ('CHL', 'CHLGOV'), ('141', '140', '1411', '1412'),
     'Chilean police used water cannon and tear gas on Tuesday to break up a protest by thousands of '
     "opposition supporters demanding an end to General Augusto Pinochet's rule."),
    (('VNM', 'VNMGOV'), ('KHM', 'KHMGOV'), ('0356', '035', '030', '087', '0874', '080'),
     'Vietnam said on Wednesday it would withdraw all its troops from Cambodia by the end of September, '
     'ending a decade of occupation that began with the ouster of the Khmer Rouge.'),
    (('AFG', 'AFGGOV'), ('PAK', 'PAKGOV'), ('057', '050', '030'),
     'Afghanistan and Pakistan signed accords in Geneva on Thursday providing for the withdrawal of Soviet '
     'troops, with the United States and the Soviet Union acting as guarantors.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV'), ('057', '050', '030'),
     'Afghanistan and Pakistan signed accords in Geneva on Thursday providing for the withdrawal of Soviet '
     'troops, with the United States and the Soviet Union acting as guarantors.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('100', '101', '104', '1042', '108', '1043'),
     'China demanded on Wednesday that the United States apologise for the collision between a U.S. spy '
     'plane and a Chinese fighter jet, and said the 24 crew members would be held until an inquiry ended.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('0253', '025', '020', '1053', '105', '100'),
     'President Bush on Monday called on China to return the crew of a U.S. Navy surveillance plane that '
     'made an emergency landing on Hainan island after colliding with a Chinese fighter.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKREB', 'PAKUAF', 'PAKGOV'), ('112', '110', '111', '1123'),
     'India on Friday blamed Pakistan-based militant groups for the attack on its parliament in which 12 '
     'people were killed, and demanded that Islamabad act against them.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('100', '101', '104', '1042', '106', '108'),
     'India on Friday blamed Pakistan-based militant groups for the attack on its parliament in which 12 '
     'people were killed, and demanded that Islamabad act against them.'),
    (('PAK', 'PAKGOV', 'PAKMIL'), ('IND', 'INDGOV', 'INDMIL'), ('150', '152', '154'),
     'Pakistan moved troops and missiles to its eastern border on Wednesday after India massed forces along '
     'the frontier, raising fears of a fourth war between the nuclear-armed neighbours.'),
    (('USA', 'USAMIL', 'USAGOV'), ('AFG', 'AFGGOV', 'AFGREB', 'AFGMIL'), ('195', '190', '194'),
     'U.S. and British forces launched air strikes on Taleban targets across Afghanistan on Sunday night, '
     'opening a military campaign against the hosts of Osama bin Laden.'),
    (('GBR', 'GBRMIL', 'GBRGOV'), ('AFG', 'AFGGOV', 'AFGREB', 'AFGMIL'), ('195', '190', '194'),
     'U.S. and British forces launched air strikes on Taleban targets across Afghanistan on Sunday night, '
     'opening a military campaign against the hosts of Osama bin Laden.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'IGO'), ('125', '120', '128', '1241', '124'),
     'Iraq on Monday rejected a new U.N. Security Council resolution demanding the return of weapons '
     'inspectors, calling it a pretext for war.'),
    (('LBY', 'LBYGOV'), ('USA', 'GBR', 'USAGOV', 'GBRGOV'),
     ('030', '031', '035', '0356', '080', '081', '057', '050'),
     'Libya agreed on Friday to dismantle its programmes for weapons of mass destruction and to let '
     'international inspectors in, after nine months of secret talks with Britain and the United States.'),
    (('HTI', 'HTIREB'), ('HTI', 'HTIGOV', 'HTICOP'), ('190', '192', '193'),
     'Haitian rebels seized the northern city of Cap-Haitien on Sunday, driving out the police and meeting '
     'little resistance as they advanced on the capital.'),
    (('GEO', 'GEOOPP', 'GEOCVL'), ('GEO', 'GEOGOV', 'GEOLEG'), ('145', '140', '141', '1451'),
     "Thousands of opposition supporters led by Mikhail Saakashvili stormed Georgia's parliament on "
     'Saturday, forcing President Eduard Shevardnadze to flee the chamber.'),
    (('UKR', 'UKROPP', 'UKRCVL'), ('UKR', 'UKRGOV'), ('141', '140', '1411', '1412'),
     'Hundreds of thousands of opposition supporters rallied in central Kiev on Tuesday for a second day '
     'to protest against what they said was a rigged presidential election.'),
    (('RUS', 'RUSMIL', 'RUSGOV', 'RUSCOP', 'RUSSPY'), ('RUS', 'RUSREB', 'RUSUAF'),
     ('190', '193', '195', '192'),
     'Russian special forces stormed a school in the southern town of Beslan on Friday where Chechen '
     'guerrillas had held hundreds of children hostage for three days.'),
    (('SDN', 'SDNGOV'), ('SDN', 'SDNREB'), ('057', '050', '030'),
     "Sudan's government and the Sudan People's Liberation Army signed a final peace agreement in Nairobi "
     "on Sunday, ending Africa's longest-running civil war."),
    (('SDN', 'SDNREB'), ('SDN', 'SDNGOV'), ('057', '050', '030'),
     "Sudan's government and the Sudan People's Liberation Army signed a final peace agreement in Nairobi "
     "on Sunday, ending Africa's longest-running civil war."),
    (('LBN', 'LBNCVL', 'LBNOPP'), ('SYR', 'SYRGOV', 'SYRMIL'), ('141', '140', '1414', '1412'),
     'Tens of thousands of Lebanese demonstrated in Beirut on Monday to demand the withdrawal of Syrian '
     'troops from Lebanon, two weeks after the assassination of former prime minister Rafik Hariri.'),
    (('IRN', 'IRNGOV'), ('FRA', 'GBR', 'DEU', 'FRAGOV', 'GBRGOV', 'DEUGOV'),
     ('057', '050', '030', '031', '035', '0356', '081', '080'),
     'Iran agreed on Sunday to suspend its uranium enrichment programme under a deal with Britain, France '
     'and Germany, averting a confrontation at the U.N. nuclear watchdog.'),
    (('IDN', 'IDNGOV'), ('IDN', 'IDNREB'), ('057', '050', '030'),
     'Indonesia and separatist rebels of the Free Aceh Movement signed a peace accord in Helsinki on '
     'Monday, ending nearly 30 years of fighting in the province.'),
    (('IDN', 'IDNREB'), ('IDN', 'IDNGOV'), ('057', '050', '030'),
     'Indonesia and separatist rebels of the Free Aceh Movement signed a peace accord in Helsinki on '
     'Monday, ending nearly 30 years of fighting in the province.'),
    (('NPL', 'NPLGOV'), ('NPL', 'NPLOPP', 'NPLELI', 'NPLGOV'), ('173', '170', '172', '1724'),
     "Nepal's King Gyanendra dismissed the government on Tuesday, declared a state of emergency and placed "
     'political leaders under house arrest.'),
    (('UZB', 'UZBMIL', 'UZBGOV'), ('UZB', 'UZBCVL', 'UZBOPP'), ('175', '180', '190', '193', '170'),
     'Uzbek troops opened fire on thousands of protesters in the eastern city of Andijan on Friday, killing'
     ' dozens of people, witnesses said.'),
    (('KGZ', 'KGZOPP', 'KGZCVL'), ('KGZ', 'KGZGOV'), ('145', '140', '141', '1451'),
     'Opposition protesters seized the government headquarters in Bishkek on Thursday, and President Askar '
     'Akayev fled the capital.'),
    (('LKA', 'LKAGOV'), ('LKA', 'LKAREB'), ('0871', '087', '080', '057', '050'),
     "Sri Lanka's government and Tamil Tiger rebels signed a Norwegian-brokered ceasefire agreement on "
     'Friday, raising hopes of an end to a war that has killed more than 60,000 people.'),
    (('CIV', 'CIVMIL', 'CIVGOV'), ('FRA', 'FRAMIL'), ('195', '190', '194'),
     'Ivorian government warplanes bombed a French peacekeeping base in the northern town of Bouake on '
     'Saturday, killing nine French soldiers and an American aid worker.'),
    (('NGA', 'NGAGOV'), ('LBR', 'LBRGOV'), ('075', '070', '033', '030'),
     'Nigeria agreed on Sunday to grant asylum to Liberian President Charles Taylor if he stepped down, '
     'the Nigerian presidency said.'),
    (('USA', 'USAGOV'), ('SDN', 'SDNGOV'), ('112', '1122', '1124', '110', '111'),
     "The United States on Thursday accused Sudan's government of genocide in Darfur, saying government-"
     'backed Arab militias had killed tens of thousands of black Africans.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('1053', '105', '100', '0253', '025'),
     'Japanese Prime Minister Junichiro Koizumi on Tuesday demanded that North Korea return the families of'
     ' five Japanese abducted by its agents in the 1970s and 1980s.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('036', '030', '0311', '043'),
     'South Korean President Roh Moo-hyun said on Wednesday he was ready to meet North Korean leader Kim '
     'Jong-il at any time and place to resolve the dispute over the North\'s nuclear programmes.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('138', '130', '131', '1383'),
     "Russia threatened on Wednesday to launch strikes on Chechen rebel bases in Georgia's Pankisi Gorge "
     'unless Tbilisi cracked down on the guerrillas within weeks.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Oil prices rose above $30 a barrel on Monday for the first time since the 1991 Gulf War, as traders '
     'worried about supplies from Iraq, dealers said.'),
    ((), (), ('18', '19', '20'),
     'The Iran-Iraq war, which ended in 1988 after eight years of fighting, killed at least one million '
     'people, according to most estimates.'),
]


LEAD33_B2: list[Row] = [
    # batch 2: written blind after batch 1's fixes, before the coder was run on it
    (('EGY', 'EGYGOV'), ('USA', 'USAMIL', 'USAGOV'), ('111', '110', '112', '1123'),
     'Egypt on Friday condemned the interception by U.S. Navy jets of an Egyptian airliner carrying the '
     'hijackers of the Italian cruise ship Achille Lauro, calling it an act of piracy.'),
    (('PSE', 'PSEREB', 'PSEUAF'), ('ITA', 'ITABUS', 'ITACVL'), ('181', '180'),
     'Palestinian gunmen hijacked the Italian cruise liner Achille Lauro off Egypt on Monday with more than '
     '400 people aboard and demanded the release of 50 Palestinians held in Israel.'),
    (('PSE', 'PSEREB', 'PSEUAF'), ('ISR', 'ISRGOV'), ('1053', '105', '100', '1052'),
     'Palestinian gunmen hijacked the Italian cruise liner Achille Lauro off Egypt on Monday with more than '
     '400 people aboard and demanded the release of 50 Palestinians held in Israel.'),
    (('SWE', 'SWEGOV'), ('USR', 'USRGOV'), ('101', '100', '1011', '1012'),
     'Sweden demanded on Monday that the Soviet Union provide full information about a nuclear accident '
     'that sent a radioactive cloud over Scandinavia.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('USA', 'USAMIL'), ('195', '190', '194'),
     'Iraqi warplanes attacked the U.S. frigate Stark in the Gulf on Sunday, killing 37 American sailors, '
     'in what Baghdad later called a mistake.'),
    (('USR', 'USRGOV'), ('USA', 'USAGOV'), ('057', '050', '030'),
     'The Soviet Union and the United States signed a treaty in Washington on Tuesday eliminating their '
     'medium-range nuclear missiles, the first superpower accord to cut nuclear arsenals.'),
    (('USA', 'USAGOV'), ('USR', 'USRGOV'), ('057', '050', '030'),
     'The Soviet Union and the United States signed a treaty in Washington on Tuesday eliminating their '
     'medium-range nuclear missiles, the first superpower accord to cut nuclear arsenals.'),
    (('POL', 'POLCOP'), ('POL', 'POLOPP', 'POLLAB', 'POLCVL'), ('175', '170', '172'),
     'Polish riot police used truncheons and water cannon on Sunday to disperse thousands of supporters of '
     'the banned Solidarity union marching through Gdansk.'),
    (('USA', 'USAMIL', 'USAGOV'), ('PAN', 'PANGOV', 'PANMIL'), ('190', '193', '195', '192'),
     'U.S. troops invaded Panama early on Wednesday to oust General Manuel Antonio Noriega, and fighting '
     'raged around his headquarters in Panama City.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('071', '070', '030', '033', '0331', '057'),
     'Japan agreed on Tuesday to extend 50 billion yen in low-interest loans to China to help finance '
     'development projects, officials said.'),
    (('IND', 'INDGOV', 'INDMIL'), ('LKA', 'LKAGOV'), ('074', '070', '042', '150', '154', '0874'),
     'India sent troops to Sri Lanka on Thursday under an accord with Colombo to disarm Tamil separatist '
     'guerrillas in the north and east of the island.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECOP', 'PSEGOV'), ('195', '190', '194'),
     'Israeli helicopter gunships fired missiles at Palestinian police posts in Gaza and the West Bank on '
     'Thursday after two Israeli soldiers were lynched by a mob in Ramallah.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('120', '125', '128', '1241', '124', '1242'),
     "Palestinian leader Yasser Arafat on Sunday rejected Israel's demand that he arrest Islamic militants, "
     'saying Israeli attacks on his security forces made it impossible.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('057', '050', '030'),
     'The United States and Russia signed a treaty in Moscow on Friday to cut their strategic nuclear '
     'arsenals by about two-thirds over the next decade.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('030', '033', '0331', '0332', '070', '074', '064', '031'),
     'Russian President Vladimir Putin on Monday offered the United States help in its war on terrorism, '
     'including intelligence and the use of Russian airspace for humanitarian flights.'),
    (('PAK', 'PAKGOV'), ('PAK', 'PAKREB', 'PAKOPP', 'PAKUAF'), ('172', '1722', '170', '173', '174', '175'),
     "Pakistan's military ruler General Pervez Musharraf on Saturday banned five Islamic militant groups "
     'accused of terrorism and pledged to crack down on religious extremism.'),
    (('PRK', 'PRKGOV'), ('IGOUNO', 'IGO'), ('1662', '166', '160', '174', '170'),
     'North Korea expelled U.N. nuclear inspectors on Tuesday and said it would restart a reactor capable '
     'of producing weapons-grade plutonium.'),
    (('LBR', 'LBRREB'), ('LBR', 'LBRCVL'), ('194', '190', '195', '180'),
     'Liberian rebels shelled central Monrovia on Monday, killing dozens of civilians who had sought '
     'shelter near the U.S. embassy compound, aid workers said.'),
    (('CIV', 'CIVGOV'), ('CIV', 'CIVREB'), ('057', '050', '030'),
     "Ivory Coast's government and rebels signed a peace deal in Marcoussis, France, on Friday, agreeing to "
     'form a government of national reconciliation.'),
    (('SDN', 'SDNMIL', 'SDNGOV'), ('SDN', 'SDNCVL'), ('190', '180', '193', '202', '1712', '195'),
     'Sudanese government troops and Arab militias attacked villages in Darfur on Monday, burning homes and '
     'killing at least 50 people, a rebel spokesman said.'),
    (('IGOEUR', 'IGO'), ('SDN', 'SDNGOV'), ('163', '160'),
     'The European Union imposed an arms embargo on Sudan on Friday over the violence in Darfur.'),
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV'), ('0356', '035', '030', '087', '0874', '080'),
     'Syrian President Bashar al-Assad announced on Saturday that Syria would pull its troops back to the '
     'Bekaa Valley and then to the border, bowing to international pressure.'),
    (('IND', 'INDMIL'), ('PAK', 'PAKMIL'), ('194', '190', '193'),
     'Indian and Pakistani troops exchanged artillery fire across the Line of Control in Kashmir on Tuesday,'
     ' killing at least six civilians, officials said.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDMIL'), ('194', '190', '193'),
     'Indian and Pakistani troops exchanged artillery fire across the Line of Control in Kashmir on Tuesday,'
     ' killing at least six civilians, officials said.'),
    (('PSE', 'PSEREB'), ('ISR', 'ISRCVL'), ('194', '190', '195'),
     'Hamas militants fired mortar bombs at Jewish settlements in the Gaza Strip on Sunday in retaliation '
     'for the killing of one of their leaders by Israeli troops.'),
    (('VEN', 'VENGOV'), ('USA', 'USAGOV'), ('112', '110', '111'),
     'Venezuelan President Hugo Chavez accused the United States on Sunday of backing the coup that briefly'
     ' ousted him in April, and warned Washington not to meddle again.'),
    (('ARG', 'ARGGOV'), ('ARG', 'ARGCVL'), ('1724', '172', '170'),
     "Argentina's President Fernando de la Rua declared a state of siege on Wednesday as looters ransacked "
     'supermarkets and protesters clashed with police in Buenos Aires.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('112', '110', '111'),
     "Uganda on Saturday accused Sudan of arming the Lord's Resistance Army rebels who have killed thousands"
     ' of civilians in the north of the country.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENOPP', 'KENCVL'), ('175', '170', '172'),
     'Kenyan riot police fired tear gas on Monday to disperse opposition supporters who tried to hold a '
     'banned rally in Nairobi to demand constitutional reform.'),
    ((), (), ('04', '05', '03'),
     "The six-party talks on North Korea's nuclear programmes, which began in 2003, have made little "
     'progress, diplomats say.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     "The yen fell against the dollar on Tuesday after Japan's central bank left interest rates unchanged, "
     'dealers said.'),
]


LEAD33_B3: list[Row] = [
    # batch 3: written blind after batch 2's fixes, before the coder was run on it (long leads first)
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('032', '030', '0311', '064', '081', '057', '050', '051'),
     'Britain and Argentina, which fought a 74-day war over the Falkland Islands in 1982, agreed on '
     'Thursday in Madrid to restore consular relations and to lift restrictions on trade, ending seven '
     'years of hostility, officials of both countries said.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('032', '030', '0311', '064', '081', '057', '050', '051'),
     'Britain and Argentina, which fought a 74-day war over the Falkland Islands in 1982, agreed on '
     'Thursday in Madrid to restore consular relations and to lift restrictions on trade, ending seven '
     'years of hostility, officials of both countries said.'),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), ('163', '160', '162'),
     "President Reagan, accusing Nicaragua's Sandinista government of exporting revolution to its "
     'neighbours, on Wednesday ordered a total embargo on trade with Nicaragua, the White House said.'),
    (('USAGOV', 'USA'), ('NIC', 'NICGOV'), ('112', '110', '111', '1123'),
     "President Reagan, accusing Nicaragua's Sandinista government of exporting revolution to its "
     'neighbours, on Wednesday ordered a total embargo on trade with Nicaragua, the White House said.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('161', '160'),
     "Iran broke off diplomatic relations with Britain on Tuesday in the dispute over Salman Rushdie's "
     "novel 'The Satanic Verses', Tehran radio said, after London refused to ban the book."),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('CHN', 'CHNCVL', 'CHNEDU', 'CHNLAB'), ('180', '190', '193', '175', '202'),
     'Chinese troops opened fire on crowds of students and workers in central Beijing early on Sunday as '
     'they forced their way towards Tiananmen Square, killing hundreds of people, witnesses said.'),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV'), ('163', '160', '162'),
     'The U.N. Security Council voted on Monday to impose a sweeping trade embargo on Iraq, ordering all '
     "states to stop buying Iraqi oil until Baghdad pulls its troops out of Kuwait."),
    (('USA', 'USAMIL', 'USAGOV'), ('IRQ', 'IRQMIL', 'IRQGOV', 'IRQCVL'), ('195', '190', '194'),
     'American and allied warplanes launched a massive air offensive against Iraq early on Thursday, '
     "bombing Baghdad and targets in occupied Kuwait, hours after a U.N. deadline for Iraq's withdrawal "
     'expired.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('ISR', 'ISRCVL', 'ISRGOV'), ('195', '190', '194'),
     'Iraq fired at least eight Scud missiles at Israel early on Friday, hitting Tel Aviv and Haifa, and '
     'Israel said it reserved the right to retaliate.'),
    (('TUR', 'TURMIL'), ('TUR', 'TURREB', 'IRQ', 'IRQREB'), ('195', '190', '194'),
     'Turkish warplanes bombed suspected Kurdish rebel bases in northern Iraq on Saturday, a day after '
     'guerrillas killed 13 Turkish soldiers in an ambush near the border.'),
    (('DEU', 'DEUGOV'), ('HRV', 'HRVGOV'), ('054', '050', '051'),
     'Germany recognised the independence of Croatia and Slovenia on Monday, defying warnings from the '
     'United States and the United Nations that it could widen the war in Yugoslavia.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('057', '050', '030'),
     'The United States and North Korea signed an agreement in Geneva on Friday under which Pyongyang will '
     'freeze its nuclear programme in return for two light-water reactors and supplies of fuel oil.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('057', '050', '030'),
     'The United States and North Korea signed an agreement in Geneva on Friday under which Pyongyang will '
     'freeze its nuclear programme in return for two light-water reactors and supplies of fuel oil.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSEREB', 'PSEOPP'), ('057', '050', '043', '040', '046', '042'),
     'Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat shook hands on the White House '
     'lawn on Monday after their foreign ministers signed an accord on Palestinian self-rule in the '
     'occupied territories.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNCVL', 'IGOUNO'), ('194', '190', '195'),
     "Israeli shells slammed into a U.N. peacekeepers' compound in southern Lebanon on Thursday, killing "
     'more than 100 Lebanese civilians who had taken shelter there, U.N. officials said.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('112', '110', '111', '1123'),
     'Palestinian President Yasser Arafat on Tuesday accused Israel of declaring war on the peace process '
     'by starting construction of a Jewish settlement at Har Homa in Arab East Jerusalem.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('138', '130', '1383', '131', '139'),
     'U.S. Secretary of State Madeleine Albright warned Iraq on Sunday that it would face a military strike '
     'if it did not allow U.N. arms inspectors unfettered access to suspected weapons sites.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('111', '112', '110'),
     "China on Friday denounced Hong Kong Governor Chris Patten's plans to widen democracy in the British "
     'colony before its return to Chinese rule in 1997, saying they violated agreements between Beijing '
     'and London.'),
    (('RUS', 'RUSMIL'), ('RUS', 'RUSREB', 'RUSCVL'), ('195', '190', '194'),
     'Russian warplanes bombed the Chechen capital Grozny on Sunday for a third day, and Chechen commanders '
     "said their fighters had repelled an armoured assault on the city's outskirts."),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('042', '040', '043', '046'),
     'South Korean President Kim Dae-jung arrived in Pyongyang on Tuesday for the first summit between the '
     'leaders of the two Koreas since the peninsula was divided in 1945.'),
    (('PER', 'PERGOV'), ('JPN', 'JPNGOV'), ('0213', '021', '020', '0253', '100', '105', '1053', '1041'),
     'Peru asked Japan on Monday to extradite former President Alberto Fujimori, who faces charges of '
     'corruption and abuse of power at home, the foreign ministry said.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('173', '170', '172'),
     "Burma's military government placed opposition leader Aung San Suu Kyi under house arrest on Thursday,"
     ' accusing her of trying to split the army.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('112', '110', '111'),
     "Burma's military government placed opposition leader Aung San Suu Kyi under house arrest on Thursday,"
     ' accusing her of trying to split the army.'),
    (('USA', 'USAMIL', 'USAGOV'), ('SDN', 'SDNCVL', 'SDNBUS', 'SDNGOV'), ('195', '190', '194'),
     'U.S. cruise missiles struck a pharmaceutical plant in Khartoum and guerrilla training camps in '
     'Afghanistan on Thursday in retaliation for the bombings of two U.S. embassies in East Africa.'),
    ((), (), ('08', '19', '17'),
     'Britain ruled Hong Kong for 156 years until its return to China in 1997.'),
    ((), (), ('04',),
     "NATO defence ministers will meet in Brussels next week to discuss the alliance's expansion into "
     'Eastern Europe, officials said.'),
]


LEAD33_B4: list[Row] = [
    # batch 4: written blind after batch 3's fixes, before the coder was run on it
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('112', '110', '111'),
     'Pakistan on Monday accused India of sponsoring terrorism in its southern city of Karachi, where bomb '
     'blasts have killed more than 100 people this month.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('125', '120', '124', '128'),
     'India on Wednesday rejected a Pakistani offer of talks on Kashmir, saying Islamabad must first stop '
     'arming militants fighting Indian rule in the Himalayan region.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('138', '130', '131', '1383', '139'),
     'China warned Taiwan on Friday that any move towards formal independence would mean war, hours after '
     "the island's new president took office."),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('036', '030', '043', '046'),
     "Taiwan's President Chen Shui-bian offered on Saturday to hold talks with China without preconditions, "
     'saying the two sides should put aside their differences over sovereignty.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('111', '112', '110'),
     'Russia on Thursday condemned the U.S. decision to withdraw from the 1972 Anti-Ballistic Missile treaty'
     ' as a mistake that would undermine global security.'),
    (('KOR', 'KORMIL', 'KORGOV'), ('PRK', 'PRKMIL'), ('190', '193', '195', '194'),
     'South Korean warships sank a North Korean patrol boat in a gun battle in the Yellow Sea on Tuesday '
     "after it crossed the disputed sea border, Seoul's defence ministry said."),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV', 'KORMIL'), ('112', '110', '111', '1123'),
     'North Korea accused South Korea on Wednesday of provoking a naval clash in the Yellow Sea and demanded'
     ' an apology, threatening to take merciless countermeasures.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('1623', '162', '164', '160', '163'),
     'Japan suspended food aid and normalisation talks with North Korea on Tuesday after Pyongyang fired a '
     'ballistic missile over its territory.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('161', '160', '164'),
     "China suspended military contacts with the United States on Sunday in protest against NATO's bombing "
     'of its embassy in Belgrade.'),
    (('YUG', 'YUGGOV'), ('USA', 'USAGOV'), ('161', '160'),
     'Yugoslavia broke off diplomatic relations with the United States, Britain, France and Germany on '
     'Wednesday, a day after NATO began air strikes against Serbian targets.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), ('161', '160', '165'),
     "Indonesia on Thursday cancelled a 1995 security pact with Australia, angered by Canberra's role in "
     'leading an international peacekeeping force into East Timor.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), ('112', '110', '111'),
     'President Robert Mugabe accused Britain on Monday of plotting with the opposition to topple his '
     'government, and vowed that white farmers would never regain their land.'),
    (('IGOEUR', 'IGO'), ('ZWE', 'ZWEGOV'), ('163', '160', '162', '172'),
     "The European Union imposed sanctions on Zimbabwe's leaders on Monday, including a travel ban on "
     'President Robert Mugabe and a freeze on his assets, after its observers were barred from the '
     'elections.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('085', '081', '080'),
     'The United States lifted most of its economic sanctions on Libya on Friday, rewarding Moammar Gadhafi'
     ' for giving up his programmes for weapons of mass destruction.'),
    (('GEO', 'GEOGOV'), ('RUS', 'RUSGOV', 'RUSMIL'), ('112', '110', '111', '1123'),
     'Georgia accused Russia on Friday of bombing villages in its Pankisi Gorge, and President Eduard '
     'Shevardnadze demanded an explanation from Moscow.'),
    (('NPL', 'NPLREB'), ('NPL', 'NPLCOP', 'NPLMIL'), ('190', '193', '183'),
     'Maoist rebels attacked a police post in western Nepal early on Sunday, killing 35 policemen in the '
     'deadliest assault since they began their revolt in 1996, officials said.'),
    (('COL', 'COLREB'), ('COL', 'COLOPP', 'COLELI', 'COLCVL', 'COLLEG'), ('181', '180'),
     'Colombian FARC rebels kidnapped presidential candidate Ingrid Betancourt on Saturday as she travelled '
     'to the former rebel safe haven in the south of the country.'),
    (('ESP', 'ESPGOV'), ('ESP', 'ESPREB'), ('112', '110', '111'),
     "Spain's government blamed the Basque separatist group ETA on Thursday for the bombings of four Madrid"
     ' commuter trains that killed 190 people.'),
    (('TUR', 'TURGOV'), ('IGOEUR', 'IGO'), ('111', '110', '164', '160'),
     'Turkey reacted angrily on Sunday to a European Union decision to leave it off a list of candidates for'
     ' membership, freezing political dialogue with the bloc.'),
    ((), (), ('04', '05', '19', '18', '11'),
     'Analysts said the peace process between Israel and the Palestinians could collapse if the violence '
     'continued.'),
    ((), (), ('19', '18', '11', '12'),
     'Iran beat the United States 2-1 in a World Cup match in Lyon on Sunday.'),
]


LEAD33_B5: list[Row] = [
    # batch 5: written blind after batch 4's fixes, before the coder was run on it (long leads and 1985-89)
    (('USR', 'USRGOV'), ('USA', 'USAGOV'), ('111', '112', '110'),
     'The Soviet Union on Tuesday denounced the American bombing of Libya as a barbaric act of state '
     'terrorism and cancelled a planned meeting between the two foreign ministers, Tass news agency said.'),
    (('USR', 'USRGOV'), ('USA', 'USAGOV'), ('160', '161', '125', '120', '164'),
     'The Soviet Union on Tuesday denounced the American bombing of Libya as a barbaric act of state '
     'terrorism and cancelled a planned meeting between the two foreign ministers, Tass news agency said.'),
    (('GBR', 'GBRGOV'), ('SYR', 'SYRGOV'), ('161', '160'),
     'Britain broke off diplomatic relations with Syria on Friday after a London court convicted a '
     'Jordanian of trying to blow up an Israeli airliner with the help of Syrian intelligence officers.'),
    (('FRA', 'FRAGOV'), ('IRN', 'IRNGOV'), ('161', '160', '1663', '166'),
     'France and Iran broke off diplomatic relations on Friday after a week-long standoff over an Iranian '
     'interpreter wanted for questioning about a wave of bombings in Paris.'),
    (('KOR', 'KORGOV', 'KORCOP'), ('KOR', 'KOROPP'), ('173', '170'),
     'South Korean police arrested more than 1,000 students and opposition activists on Sunday to prevent a'
     ' rally calling for direct presidential elections, a police spokesman said.'),
    (('HTI', 'HTIGOV', 'HTIMIL'), ('HTI', 'HTICVL', 'HTIOPP'), ('180', '190', '193', '175', '202'),
     'Soldiers and armed thugs attacked voters at polling stations in Port-au-Prince on Sunday, killing at '
     "least 34 people and forcing the cancellation of Haiti's first free elections in three decades."),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('IRQ', 'IRQCVL', 'IRQKUR'), ('204', '200', '202', '195'),
     'Iraqi warplanes dropped chemical bombs on the Kurdish town of Halabja on Wednesday, killing thousands'
     ' of civilians, Iranian officials said.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV'), ('112', '110', '111', '1123'),
     'Pakistan accused Afghanistan on Monday of violating its airspace 25 times in the past week and said '
     'it would lodge a strong protest with the Kabul government.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV'), ('111', '110', '112', '114'),
     'Mexico on Thursday protested to the United States over the abduction of a Mexican doctor by bounty '
     'hunters hired by U.S. drug agents, calling it a violation of its sovereignty.'),
    (('ISR', 'ISRGOV'), ('USA', 'USAGOV'), ('057', '050', '030', '0311'),
     'Israel and the United States signed an agreement in Washington on Monday to set up a joint group to '
     'coordinate military planning and to store American military equipment in Israel.'),
    (('JOR', 'JORGOV'), ('PSE', 'PSEGOV', 'PSEREB'), ('161', '160', '164'),
     "King Hussein of Jordan on Wednesday broke off political coordination with the PLO leadership, saying "
     "he could no longer work with Yasser Arafat, and ordered the closure of Fatah's offices in Amman."),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IGOUNO', 'IGO'),
     ('080', '0871', '087', '081', '057', '050', '030'),
     'Iran accepted a United Nations ceasefire resolution on Monday, ending its refusal to halt the '
     'eight-year Gulf war with Iraq, Tehran radio said.'),
    (('CUB', 'CUBGOV'), ('AGO', 'AGOGOV'), ('0874', '087', '080', '030', '0356', '057'),
     'Cuba agreed on Thursday to withdraw its 50,000 troops from Angola over 27 months under a U.S.-'
     'mediated accord that also grants independence to Namibia.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFREB', 'ZAFOPP'), ('0841', '084', '080'),
     "South Africa's government freed Nelson Mandela on Sunday after 27 years in jail, and the black "
     'nationalist leader pledged to keep up the struggle against apartheid.'),
    (('CHN', 'CHNGOV'), ('CHN', 'CHNEDU', 'CHNOPP', 'CHNCVL'), ('1724', '172', '170'),
     "China's government imposed martial law on parts of Beijing on Saturday in an attempt to end a month "
     'of student-led protests calling for democracy.'),
    (('ROU', 'ROUCVL', 'ROUOPP'), ('ROU', 'ROUGOV'), ('145', '140', '141', '1411'),
     'Thousands of demonstrators chanting "Down with the dictator" stormed Communist Party headquarters in '
     'Bucharest on Friday as the army joined the revolt against President Nicolae Ceausescu.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('036', '030', '046', '043'),
     'Britain said on Monday it was ready to hold talks with Argentina on restoring diplomatic links but '
     'that the sovereignty of the Falkland Islands was not negotiable.'),
    ((), (), ('18', '19', '20'),
     'The 1982 war over the Falklands cost the lives of 255 British servicemen and about 650 Argentines.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Gold rose $3 to close at $412 an ounce in New York on Friday on worries about tension in the Gulf, '
     'dealers said.'),
]


LEAD33_B6: list[Row] = [
    # batch 6: written blind after the session's merge, run first on the merged coder
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('112', '110', '111'),
     'The United States accused Iran on Tuesday of laying mines in the Gulf shipping lanes and warned that '
     'American warships would act to protect neutral tankers.'),
    (('IRN', 'IRNGOV'), ('KWT', 'KWTGOV'), ('138', '130', '131', '1383'),
     'Iran warned Kuwait on Sunday that it would face grave consequences if it continued to let Iraq use its '
     'ports to ship arms for the war.'),
    (('LBN', 'LBNREB', 'LBNUAF'), ('GBR', 'GBRCVL', 'GBRREL', 'GBR'), ('181', '180'),
     'Kidnappers in Beirut seized Anglican Church envoy Terry Waite on Tuesday as he tried to negotiate the '
     'release of foreign hostages, a Druze militia source said.'),
    (('USR', 'USRGOV'), ('AFG', 'AFGGOV'), ('0874', '087', '080', '0356', '035', '030'),
     'Soviet leader Mikhail Gorbachev announced on Monday that Moscow would begin withdrawing its troops from'
     ' Afghanistan on May 15 if a peace accord were signed in Geneva by mid-March.'),
    (('PHL', 'PHLGOV', 'PHLLEG'), ('USA', 'USAGOV', 'USAMIL'), ('125', '120', '128', '1246', '124'),
     'The Philippine Senate rejected on Monday a treaty that would have let the United States keep its '
     'naval base at Subic Bay, ending nearly a century of American military presence.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('138', '130', '131', '1383'),
     'Turkey threatened on Saturday to take military action against Syria unless Damascus stopped '
     'sheltering Kurdish rebel leader Abdullah Ocalan and closed PKK camps on its territory.'),
    (('ETH', 'ETHMIL'), ('SOM', 'SOMREB', 'SOM'), ('190', '193', '195', '192'),
     "Ethiopian troops backing Somalia's interim government drove Islamist fighters out of Mogadishu on "
     'Thursday, witnesses said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('161', '160', '1663', '166', '174'),
     "India expelled a Pakistani diplomat on Friday for spying and ordered Pakistan's High Commission in New "
     'Delhi to cut its staff by half, in a sharp escalation of tension.'),
    (('KOR', 'KOROPP', 'KOREDU', 'KORCVL'), ('KOR', 'KORGOV'), ('141', '140', '1411', '145'),
     'Tens of thousands of students and workers marched through Seoul on Saturday to demand the resignation'
     ' of President Roh Tae-woo, clashing with riot police who fired tear gas.'),
    (('FRA', 'FRAGOV'), ('NZL', 'NZLGOV'), ('055', '050', '051'),
     'France formally apologised to New Zealand on Monday for the sinking of the Greenpeace ship Rainbow '
     'Warrior in Auckland harbour by French secret agents.'),
    (('CHN', 'CHNGOV'), ('VAT', 'VATGOV'), ('111', '112', '110'),
     'China on Sunday denounced the Vatican for canonising 120 Catholic martyrs, calling it an insult to the '
     'Chinese people.'),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV'), ('1012', '101', '100', '1011', '0212'),
     'The U.N. Security Council on Friday demanded that Iraq give weapons inspectors immediate and '
     'unconditional access to all sites, including presidential palaces.'),
    (('DZA', 'DZAGOV'), ('DZA', 'DZAREB'), ('0841', '084', '080', '035', '0356', '030'),
     'Algeria freed thousands of jailed Islamic militants on Tuesday under an amnesty offered by President '
     'Abdelaziz Bouteflika to end seven years of civil strife.'),
    ((), (), ('04', '05'),
     'Relations between Greece and Turkey, long strained by disputes over Cyprus and the Aegean, have '
     'improved since the two countries helped each other after earthquakes in 1999.'),
]


LEAD33_B7: list[Row] = [
    # batch 7: written blind after the landing, run first on the landed main
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('111', '112', '110', '1123'),
     'Greece accused Turkey on Monday of violating its airspace 14 times in a single day and lodged a formal'
     ' protest with the Turkish ambassador in Athens.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'Egypt recalled its ambassador from Israel on Tuesday in protest against the Israeli invasion of '
     'Lebanon, the Middle East News Agency said.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAGOV', 'USAMIL'), ('086', '080', '064', '074', '070'),
     'Saudi Arabia agreed on Tuesday to let American troops and warplanes use its territory to defend the '
     'kingdom against a possible Iraqi attack, U.S. officials said.'),
    (('PSE', 'PSEREB', 'PSEUAF', 'PSEGOV'), ('ISR', 'ISRCVL'), ('1831', '183', '180', '190'),
     'A Palestinian suicide bomber blew himself up on a crowded bus in Jerusalem on Sunday, killing 23 '
     'people and wounding more than 100, police said.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('PSE', 'PSEGOV'), ('192', '190', '193'),
     "Israeli tanks and troops stormed Yasser Arafat's headquarters in Ramallah on Friday, confining the "
     'Palestinian leader to a few rooms of the compound.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('1243', '1241', '124', '120', '125', '128'),
     'China on Thursday rejected U.S. demands that it release three Chinese-American scholars held on '
     'spying charges, calling them an interference in its internal affairs.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('0333', '070', '071', '0331', '030', '033'),
     'The United States said on Friday it would send 100,000 tonnes of food aid to North Korea through the '
     'World Food Programme to ease a famine there.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB'), ('036', '046', '043', '040', '030'),
     'Colombian President Andres Pastrana met FARC rebel leader Manuel Marulanda in the jungle on Thursday '
     'to open peace talks aimed at ending 35 years of war.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRQ', 'IRQKUR', 'IRQREB', 'IRQCVL'), ('190', '193', '195', '192', '194'),
     'Iraqi troops backed by tanks and helicopter gunships attacked Kurdish rebels in the northern city of '
     'Kirkuk on Sunday, retaking the town after two weeks of fighting, diplomats said.'),
    ((), (), ('04', '05', '03'),
     'The two Koreas have technically remained at war since the 1950-53 Korean War ended in a truce rather '
     'than a peace treaty.'),
]


BATCHES: dict[str, list[Row]] = {"batch1": LEAD33, "batch2": LEAD33_B2, "batch3": LEAD33_B3,
                               "batch4": LEAD33_B4, "batch5": LEAD33_B5, "batch6": LEAD33_B6,
                               "batch7": LEAD33_B7}
ALL33: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
