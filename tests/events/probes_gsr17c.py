"""GSR-style probes of the fifteenth session (wip/probes17c) by SENTENCE SHAPE: short international news
sentences in the manner of the CAMEO manual's examples, each written around one structure of real wire
copy (trailing attributions, datelines, leading time and place phrases, appositive subjects, relative
and participial clauses, passives, two acts joined by "and", acts reported in a that-clause, nominal
acts, quantities, parentheses and acronyms, quotes). Each batch was written and committed before the
coder was run on it. A row holds the accepted sources, the accepted targets and the FULL list of CAMEO
codes an analyst would accept (3- and 4-digit); IGO and NGO codes compare on their first three letters.

Rows corrected after a first run are only those where the writing was wrong by the conventions of
docs/actors.md and the codebook (a country acting alone is coded alone, an air force is MIL, a journalist
MED, a court JUD, pro-democracy demonstrators OPP, "agreed to allow" is 035, a source and target
written the wrong way round); the blind first-run
counts are in docs/events.md.

A probe passes at three levels: country + root, actor (country + first sector) + root, actor + full
code. `tests/events/test_probes_gsr17c.py` asserts actor + root; `python tests/events/probes_gsr17c.py`
prints the three counts per batch and each miss.
"""

from __future__ import annotations

from probe_match import matches, report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

# batch 1: one structure per sentence, roots 01-20 mixed, written before the coder was run on it
BATCH1: list[Row] = [
    (('IRQ', 'IRQGOV'), ('IGO',), ('0862', '086', '0355', '035', '080'),
     'Iraq has agreed to allow U.N. weapons inspectors to return to Baghdad, the official Iraqi News '
     'Agency reported on Saturday.'),
    (('USRGOV', 'RUSGOV'), ('CHNGOV',), ('040', '042', '043', '044'),
     'On Tuesday, Soviet Foreign Minister Eduard Shevardnadze met Chinese Foreign Minister Qian Qichen '
     'in Beijing.'),
    (('IRNGOV',), ('IRQ', 'IRQGOV', 'IRQMIL'), ('112', '1123', '1124'),
     "Ali Akbar Velayati, Iran's foreign minister, accused Iraq of using chemical weapons against "
     'Iranian troops.'),
    (('CODGOV',), ('CODOPP',), ('123', '120'),
     "Zaire's President Mobutu Sese Seko, who has ruled the country since 1965, rejected demands by the "
     'opposition for a transitional government.'),
    (('LKAREB',), ('LKACOP',), ('190', '193', '180'),
     'Tamil rebels attacked a police station in eastern Sri Lanka on Monday, killing 12 policemen.'),
    (('GBR', 'GBRGOV'), ('IRQGOV', 'IRQ'), ('166', '174', '161', '160'),
     'Britain expelled three Iraqi diplomats on Friday, saying they had been involved in activities '
     'incompatible with their status.'),
    (('PAKMIL',), ('INDMIL',), ('190', '193', '194'),
     'Three Indian soldiers were killed by Pakistani troops in a clash along the line of control in '
     'Kashmir.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRMIL'), ('111', '110'),
     'Syria condemned the Israeli raid and called on the Security Council to meet in emergency session.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('161', '160', '1313'),
     'Greek officials said that Athens would recall its ambassador from Ankara in protest.'),
    (('USR', 'USRGOV'), ('USA', 'USAGOV'), ('166', '174', '161'),
     'The expulsion of two American diplomats by the Soviet Union drew an angry response from Washington.'),
    (('MMREDU',), ('MMR', 'MMRGOV', 'MMRMIL'), ('141', '1411', '1414', '145', '1451', '1454'),
     'More than 1,000 students marched through Rangoon on Sunday to demand an end to military rule in '
     'Burma.'),
    (('PHLREB',), ('PHLGOV',), ('057', '030', '037', '046'),
     'The Moro National Liberation Front (MNLF) signed a peace agreement with the Philippine government '
     'in Jakarta.'),
    (('PERGOV',), ('PERREB',), ('125', '120', '124'),
     '"We will never negotiate with terrorists," Peruvian President Alberto Fujimori said of the Shining '
     'Path rebels.'),
    (('KEN', 'KENGOV'), ('SOM',), ('191', '160', '172'),
     'NAIROBI, Kenya (AP) - Kenya has closed its border with Somalia to stop the flow of refugees, '
     'officials said Tuesday.'),
    (('LBY', 'LBYGOV', 'LBYMIL'), ('UGAGOV', 'UGA'), ('072', '074', '070'),
     'Libya has sent tanks and troops to help the government of Uganda, according to Western diplomats.'),
    (('YUGCOP', 'SRBCOP'), ('YUGOPP', 'YUGCVL', 'SRBOPP', 'SRBCVL'), ('173',),
     'In Belgrade, Yugoslav police arrested 50 ethnic Albanian activists on charges of separatism.'),
    (('KHMGOV',), ('THAGOV',), ('036', '030'),
     'Hun Sen, the Cambodian prime minister, offered on Thursday to meet Thai Prime Minister Chatichai '
     'Choonhavan in Bangkok.'),
    (('AGO', 'AGOGOV'), ('ZAF', 'ZAFGOV'), ('112', '1123'),
     'Angola accused South Africa, which controls Namibia, of sending troops into its southern provinces.'),
    (('TUR', 'TURGOV'), ('IRQ',), ('191', '160', '163'),
     'Citing security concerns, Turkey closed its airspace to all Iraqi flights.'),
    (('CHNJUD',), ('CHNOPP',), ('173', '116'),
     'Two Chinese dissidents were sentenced to ten years in prison by a Beijing court on Monday.'),
    (('VNM', 'VNMMIL'), ('KHM',), ('087', '0874'),
     "Vietnam withdrew its last troops from Cambodia and called for an international conference on the "
     "country's future."),
    (('MMRMIL',), ('THACVL', 'THA'), ('190', '194'),
     'Thai officials said that Burmese troops had shelled a Thai border village, wounding three villagers.'),
    (('BGD', 'BGDGOV'), ('IND', 'INDMIL'), ('114', '111', '110'),
     'Bangladesh protested to India over the killing of two of its border guards by Indian troops.'),
    (('HUNMIL',), ('USRMIL', 'RUSMIL'), ('062',),
     'Some 5,000 Hungarian troops will take part in joint exercises with Soviet forces next month, the '
     'defense ministry said.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('USA', 'USAGOV'), ('125', '127', '120'),
     'The Palestine Liberation Organization (PLO) rejected a U.S. proposal for elections in the occupied '
     'territories.'),
    (('IRNGOV',), ('USA',), ('138', '130'),
     'Iranian President Ali Khamenei warned the United States that Iran "will respond with force" to any '
     'attack on its shipping.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('LBR',), ('074', '0334', '033', '072'),
     'Nigeria will send 1,500 troops to join the peacekeeping force in Liberia, Nigerian officials said '
     'on Monday.'),
    (('USR', 'AFG', 'USRGOV', 'AFGGOV'), ('AFG', 'USR', 'AFGGOV', 'USRGOV'), ('057', '061', '060'),
     'After two days of talks in Moscow, the Soviet Union and Afghanistan signed an agreement on economic '
     'cooperation.'),
    (('AFGMIL',), ('AFGREB',), ('190', '193'),
     'According to Radio Kabul, Afghan government troops killed 40 Mujahideen guerrillas in Paktia '
     'province.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('111', '112'),
     'Egypt sharply criticized Sudan, which it accused of harboring Islamic militants.'),
    (('IGO',), ('IRN', 'IRQ'), ('107', '0256', '025', '020', '100'),
     'The foreign ministers of the six Gulf Cooperation Council states urged Iran and Iraq to accept a '
     'ceasefire.'),
]

# batch 2: written after batch 1's first run, before the coder was run on it
BATCH2: list[Row] = [
    (('USRGOV', 'USR'), ('POL', 'POLGOV'), ('0831', '083', '080', '081', '0814'),
     'Moscow said on Friday that it would not oppose the lifting of martial law in Poland, the Tass news '
     'agency reported.'),
    (('CZEGOV', 'CZE'), ('AUT', 'AUTGOV'), ('161', '166', '174'),
     'Czechoslovakia has ordered an Austrian diplomat to leave the country within 48 hours, the '
     'Austrian foreign ministry said in Vienna.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('163', '160'),
     'The U.N. Security Council, meeting in emergency session, voted 13-0 to impose a trade embargo on '
     'Iraq.'),
    (('ZAFCOP', 'ZAFGOV'), ('ZAFOPP', 'ZAF'), ('173',),
     'South African police detained Winnie Mandela, the wife of the jailed black nationalist leader '
     'Nelson Mandela, in Soweto.'),
    (('SOMREB',), ('SOMMIL', 'SOMGOV'), ('190', '193', '180'),
     'Fighters of the Somali National Movement (SNM) overran a government garrison in northern Somalia '
     'on Thursday.'),
    (('LBNCVL', 'LBN'), ('ISR', 'ISRMIL'), ('141', '145', '140'),
     'Thousands of Lebanese Shiites, chanting anti-Israeli slogans, marched through the southern town of '
     'Nabatiyeh to protest the Israeli occupation.'),
    (('CHNGOV', 'CHN'), ('USA', 'USAGOV'), ('114', '111', '110'),
     'China lodged a strong protest with the United States over the sale of arms to Taiwan, the Foreign '
     'Ministry spokesman said.'),
    (('JPNGOV', 'JPN'), ('CHN', 'CHNGOV'), ('071', '070', '033', '0331'),
     'Japan will provide China with loans worth 810 billion yen over the next five years, Prime Minister '
     'Noboru Takeshita announced in Beijing.'),
    (('ETHGOV',), ('SOMGOV', 'SOM'), ('057', '036', '046', '030', '037', '035', '0356'),
     'The leaders of Ethiopia and Somalia, meeting in Djibouti, agreed to end a decade of hostility and '
     'restore diplomatic relations.'),
    (('SAUGOV', 'SAU'), ('IRNGOV', 'IRN'), ('161', '160'),
     'Saudi Arabia broke diplomatic relations with Iran, accusing Tehran of plotting against the kingdom.'),
    (('IRNCVL', 'IRN'), ('SAU', 'SAUCOP', 'SAUGOV'), ('145', '141', '140'),
     'More than 400 people died when Iranian pilgrims clashed with Saudi police in Mecca.'),
    (('USAMIL', 'USA'), ('IRNMIL', 'IRN'), ('190', '195', '193', '194'),
     'U.S. warships destroyed two Iranian oil platforms in the Gulf on Monday in retaliation for the '
     'mining of a U.S. frigate.'),
    (('ARGGOV', 'ARG'), ('GBR', 'GBRGOV'), ('036', '030', '046'),
     'Argentina is ready to resume talks with Britain on the future of the Falkland Islands, Foreign '
     'Minister Dante Caputo told reporters.'),
    (('KORGOV',), ('PRK', 'PRKGOV'), ('026', '020', '108', '1083', '022'),
     'In a speech marking the start of the new year, South Korean President Roh Tae-woo called on North '
     'Korea to join talks on reunification.'),
    (('YUG', 'YUGGOV', 'YUGMIL', 'SRBMIL'), ('HRV', 'HRVMIL'), ('190', '193', '194'),
     'Yugoslav federal army tanks and artillery pounded Croatian positions around the town of Vukovar, '
     'Croatian radio said.'),
    (('ISRGOV', 'ISR'), ('PSE', 'PSEOPP', 'PSECVL', 'PSEREB'), ('174', '166', '201'),
     "Israel's decision to deport 12 Palestinians from the occupied territories was condemned by the "
     'United States.'),
    (('SDNREB', 'SDN'), ('SDN', 'SDNGOV', 'SDNMIL'), ('13', '130', '138'),
     "Sudan People's Liberation Army (SPLA) leader John Garang threatened to step up attacks on "
     'government garrisons in the south.'),
    (('TWNGOV', 'TWN'), ('CHN', 'CHNGOV'), ('125', '120', '12'),
     'Taiwan on Wednesday rejected a call by China for talks on reunification, saying Beijing must first '
     'renounce the use of force.'),
    (('IGO',), ('HTI', 'HTIMIL', 'HTIGOV'), ('163', '160'),
     'The Organization of American States (OAS) imposed an embargo on Haiti after the army overthrew '
     'President Jean-Bertrand Aristide.'),
    (('PAKGOV',), ('AFG', 'AFGGOV', 'AFGMIL'), ('112', '1123'),
     'A Pakistani government spokesman said that Afghan warplanes had violated Pakistani airspace '
     'seven times this week.'),
    (('VENGOV', 'VEN'), ('COL', 'COLGOV'), ('114', '111', '110'),
     'Venezuela sent a note of protest to Colombia after a Colombian navy corvette entered the disputed '
     'waters of the Gulf of Venezuela.'),
    (('FRAGOV', 'FRA', 'FRAMIL'), ('TCD', 'TCDGOV'), ('072', '074', '070'),
     'France has sent 300 paratroopers to Chad to help the government of President Hissene Habre '
     'repel a Libyan-backed offensive.'),
    (('PHLMIL',), ('PHLREB',), ('190', '193'),
     'Government troops backed by helicopter gunships killed 23 communist guerrillas in a day-long battle '
     'in the central Philippines, the military said.'),
    (('ROUGOV',), ('HUN', 'HUNGOV'), ('111', '112'),
     'Romanian President Nicolae Ceausescu, in a speech in Bucharest, denounced Hungary for interfering '
     "in Romania's internal affairs."),
    (('INDGOV', 'IND', 'INDMIL'), ('LKA', 'LKAGOV', 'LKAREB'), ('073', '070', '033', '0333'),
     'Indian Air Force planes dropped food and medicine over the besieged Jaffna peninsula in northern '
     'Sri Lanka.'),
    (('USRGOV', 'USR'), ('AFG', 'AFGGOV'), ('087', '0874', '166'),
     'The Soviet Union completed the withdrawal of its troops from Afghanistan on Wednesday, nine years '
     'after the invasion.'),
    (('IRQMIL', 'IRQ'), ('KWT', 'KWTGOV'), ('192', '190'),
     'Iraqi troops and tanks invaded Kuwait early Thursday and seized the royal palace in Kuwait City.'),
    (('EGYGOV', 'EGY'), ('ISRGOV', 'ISR'), ('043', '040', '042'),
     'Egyptian President Hosni Mubarak received Israeli Prime Minister Yitzhak Shamir in Cairo, the first '
     'such visit in four years.'),
    (('CUBGOV', 'CUB'), ('AGO', 'AGOGOV'), ('087', '0874', '035', '0356'),
     'Cuba has agreed to withdraw its 50,000 troops from Angola over 27 months, according to a U.S. '
     'official close to the negotiations.'),
    (('LBRREB',), ('LBRGOV', 'LBR'), ('186', '180', '181'),
     'President Samuel Doe of Liberia was killed by rebels loyal to Prince Yormie Johnson, Western '
     'diplomats said.'),
]

# batch 3: written after batch 2's first run and its fixes, before the coder was run on it
BATCH3: list[Row] = [
    (('GBRGOV', 'GBR'), ('ARG', 'ARGGOV'), ('018', '010'),
     'British Prime Minister Margaret Thatcher, speaking in London, sent her condolences to Argentina '
     'after the earthquake.'),
    (('MEXGOV', 'MEX'), ('GTM', 'GTMGOV'), ('013', '010', '019'),
     'Mexican officials said on Monday that relations with Guatemala had never been better.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('023', '020', '1031', '0233'),
     'North Korea asked South Korea for 100,000 tons of rice after floods destroyed its harvest.'),
    (('USR', 'USRGOV'), ('AFGGOV', 'AFG'), ('072', '070', '0332'),
     'The Soviet Union has supplied the Kabul government with Scud missiles, according to U.S. '
     'intelligence officials.'),
    (('POLGOV', 'POL'), ('POLLAB', 'POLOPP'), ('046', '040', '036'),
     "Poland's communist government opened talks with the banned Solidarity trade union in Warsaw on "
     'Monday.'),
    (('ITAGOV', 'ITA'), ('LBY', 'LBYGOV'), ('057', '061', '060'),
     'Italy and Libya, which have been at odds for years, signed an agreement on oil exploration in '
     'Tripoli.'),
    (('ZAFGOV',), ('ZAFOPP',), ('084', '0841', '080'),
     'Nelson Mandela, the African National Congress leader jailed for 27 years, was freed by the South '
     'African government on Sunday.'),
    (('IGO',), ('ISR', 'ISRGOV'), ('111', '110', '112'),
     'The U.N. General Assembly, by a vote of 151 to 2, condemned Israel for its handling of the '
     'Palestinian uprising.'),
    (('ESP', 'ESPGOV'), ('MAR', 'MARGOV'), ('1211', '121', '120', '12'),
     'Spain rejected a Moroccan request to renegotiate the fishing agreement, a government spokesman '
     'said in Madrid.'),
    (('IRQGOV', 'IRQ'), ('ISR',), ('138', '130'),
     'Iraqi President Saddam Hussein threatened to "burn half of Israel" with chemical weapons if it '
     'attacked Iraq.'),
    (('BRACVL', 'BRALAB'), ('BRAGOV', 'BRA'), ('143', '1432', '140'),
     'Hundreds of thousands of Brazilian workers went on strike on Tuesday to protest the government\'s '
     'wage freeze.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURMIL'), ('152', '150', '154'),
     'Greece put its armed forces on alert after Turkish warships entered disputed waters in the Aegean.'),
    (('USA', 'USAGOV'), ('PAN', 'PANGOV'), ('163', '160', '1621'),
     'The United States froze Panamanian government assets in U.S. banks in a move to oust General Manuel '
     'Noriega.'),
    (('TURCOP', 'TURMIL'), ('TURCVL', 'TUROPP', 'TUR'), ('173',),
     'Turkish security forces rounded up more than 200 Kurds in the southeastern city of Diyarbakir, '
     'human rights groups said.'),
    (('LBNUAF', 'LBN', 'LBNREB'), ('USACVL', 'USA', 'USAMED'), ('181',),
     'Gunmen believed to belong to the pro-Iranian Hezbollah kidnapped an American journalist in west '
     'Beirut.'),
    (('IRQMIL', 'IRQ'), ('IRQCVL', 'IRQ'), ('204', '200', '202', '195'),
     'Iraqi aircraft dropped chemical bombs on the Kurdish town of Halabja, killing about 5,000 people.'),
    (('ISRMIL', 'ISR'), ('LBN', 'LBNREB', 'LBNCVL'), ('195', '190'),
     'At least 40 people were killed when Israeli jets bombed a village in the Bekaa Valley, Lebanese '
     'police said.'),
    (('CHNGOV', 'CHN'), ('VNM', 'VNMGOV'), ('112', '1123', '111'),
     'In a statement carried by the official Xinhua news agency, China accused Vietnam of violating its '
     'territory.'),
    (('PAKGOV', 'PAK'), ('IGO',), ('0861', '086', '080', '0355', '035'),
     'Pakistan agreed to allow a U.N. team to monitor the withdrawal of Soviet troops from Afghanistan.'),
    (('NICGOV', 'NIC'), ('NICOPP', 'NICMED'), ('0821', '082', '080', '081'),
     'The Sandinista government lifted a ban on the opposition newspaper La Prensa on Saturday.'),
    (('PRT', 'PRTGOV'), ('IDN', 'IDNGOV'), ('111', '114', '110'),
     'Portugal, the former colonial power in East Timor, protested to the United Nations about the '
     'Indonesian army\'s treatment of civilians there.'),
    (('TCDMIL', 'TCD'), ('LBYMIL', 'LBY'), ('190', '192', '193'),
     'Chadian government forces captured the Libyan air base of Ouadi Doum, killing more than 1,200 '
     'Libyan soldiers.'),
    (('JPNGOV', 'JPN'), ('KOR', 'KORGOV'), ('055',),
     'Japanese Emperor Akihito expressed deep remorse to South Korea for the suffering caused by '
     'Japanese colonial rule.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('120', '125', '12'),
     'Cuba has turned down an American offer to hold talks on immigration, the State Department said.'),
    (('NGAMIL', 'NGAGOV'), ('NGAJUD', 'NGAGOV'), ('172', '170'),
     'Nigeria\'s military government dissolved the country\'s supreme court and suspended the '
     'constitution.'),
    (('SYRGOV', 'SYR'), ('LBN', 'LBNGOV'), ('042', '040'),
     'Syrian Vice President Abdel-Halim Khaddam flew to Beirut on Tuesday for talks with President Amin '
     'Gemayel.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('054', '05', '057'),
     'West Germany formally recognized Poland\'s western border along the Oder and Neisse rivers.'),
    (('ETHGOV', 'ETH'), ('IGO', 'NGO'), ('1245', '124', '12', '166'),
     'The Ethiopian government, which is fighting rebels in the north, has refused to allow relief '
     'agencies into Tigray.'),
    (('ALBCVL', 'ALB'), ('ITA', 'ITAGOV'), ('023', '020', '0233'),
     'Thousands of Albanians who fled to Italy by boat appealed for food and shelter in the port of '
     'Brindisi.'),
    (('SWE', 'SWEGOV'), ('RUS', 'USR', 'RUSMIL', 'USRMIL'), ('114', '111', '112'),
     'Sweden formally protested to Moscow on Monday after a Soviet submarine ran aground near a Swedish '
     'naval base.'),
]

# batch 4: written after batch 3's first run and its fixes, before the coder was run on it
BATCH4: list[Row] = [
    (('USAGOV', 'USA'), ('USRGOV', 'USR'), ('057', '030', '06'),
     'President Reagan and Soviet leader Mikhail Gorbachev, meeting at the White House, signed a treaty '
     'eliminating medium-range nuclear missiles.'),
    (('ISRGOV', 'ISR'), ('EGYGOV', 'EGY'), ('042', '040'),
     'Israeli Foreign Minister Shimon Peres, on his first visit to Cairo in five years, held talks with '
     'Egyptian officials on Monday.'),
    (('ZWEGOV', 'ZWE'), ('ZAF', 'ZAFGOV'), ('112', '1123', '111'),
     'Zimbabwe accused South Africa on Thursday of training and arming rebels who have attacked its '
     'railway lines.'),
    (('IRQMIL', 'IRQ'), ('IRNMIL', 'IRN'), ('190', '192', '193', '194'),
     'Iraqi forces recaptured the Fao peninsula from Iran after a 36-hour offensive, Baghdad radio '
     'reported.'),
    (('AFGREB',), ('AFGMIL', 'AFG', 'AFGGOV'), ('190', '193', '195'),
     'Mujahideen guerrillas shot down an Afghan air force transport plane near Khost with a '
     'Stinger missile, Western diplomats in Islamabad said.'),
    (('KORCVL', 'KOREDU', 'KOROPP'), ('KORGOV', 'KOR'), ('141', '145', '1411', '1414', '140'),
     'About 10,000 students and workers, chanting "Down with military dictatorship," rallied in Seoul '
     'to demand direct presidential elections.'),
    (('YUGGOV', 'YUG', 'SRBGOV'), ('ALB', 'ALBGOV'), ('112', '111', '1123'),
     'Yugoslavia charged that Albania was stirring up unrest among ethnic Albanians in the province of '
     'Kosovo, the Tanjug news agency said.'),
    (('HUNGOV', 'HUN'), ('DEU', 'DEUCVL'), ('0863', '080', '081', '086', '084'),
     'Hungary opened its border with Austria on Sunday, allowing thousands of East Germans to leave for '
     'the West.'),
    (('IGO',), ('KHM',), ('036', '045', '030', '039', '046'),
     'The Association of South East Asian Nations (ASEAN) offered to host a peace conference on '
     'Cambodia in Jakarta.'),
    (('GBRGOV', 'GBR'), ('SYR', 'SYRGOV'), ('161', '160'),
     'Britain broke off diplomatic relations with Syria on Friday after a London court convicted a '
     'Jordanian of trying to blow up an Israeli airliner.'),
    (('ETHMIL', 'ETH', 'ETHGOV'), ('ETHREB', 'ERIREB'), ('190', '193'),
     'Ethiopian government troops, backed by Soviet-made tanks, launched a major offensive against '
     'Eritrean rebels.'),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), ('163', '160', '1621', '162'),
     'The United States imposed a total trade embargo on Nicaragua, which it accuses of exporting '
     'revolution.'),
    (('CHNCOP', 'CHNMIL', 'CHN'), ('CHNCVL', 'CHNEDU', 'CHNOPP', 'CHN'), ('175', '170', '173', '190'),
     'Chinese troops opened fire on pro-democracy demonstrators in Beijing, killing hundreds of people, '
     'witnesses said.'),
    (('PSEREB', 'PSE', 'PSEUAF'), ('ITACVL', 'ITA', 'USACVL', 'USA'), ('181',),
     'Four Palestinian gunmen hijacked the Italian cruise ship Achille Lauro off Egypt, holding more '
     'than 400 people hostage.'),
    (('USR', 'USRGOV'), ('LTU', 'LTUGOV'), ('163', '160', '1621', '191'),
     'The Soviet Union cut off oil supplies to Lithuania to force the republic to rescind its '
     'declaration of independence.'),
    (('ARGJUD', 'ARG'), ('ARGMIL', 'ARGELI'), ('173', '116', '172'),
     'An Argentine court sentenced former junta leader Jorge Videla to life imprisonment for human rights '
     'abuses.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('161', '160'),
     'Iran broke diplomatic relations with Britain over the publication of "The Satanic Verses" by '
     'Salman Rushdie.'),
    (('PRKGOV', 'PRK'), ('KOR', 'KORGOV'), ('125', '120', '12', '164'),
     'North Korea called off talks with South Korea scheduled for next week, citing the annual U.S.-South '
     'Korean military exercises.'),
    (('TURGOV', 'TUR'), ('BGR', 'BGRGOV'), ('111', '112', '1122'),
     'Turkey accused Bulgaria of forcibly assimilating its ethnic Turkish minority, the Anatolian news '
     'agency said.'),
    (('MOZREB',), ('MOZCVL', 'MOZ'), ('180', '190', '202', '182'),
     'Renamo rebels massacred 380 civilians in the southern Mozambican town of Homoine, the government '
     'said.'),
    (('FRAGOV', 'FRA'), ('NZL', 'NZLGOV'), ('055', '050'),
     'France apologized to New Zealand for the sinking of the Greenpeace ship Rainbow Warrior in Auckland '
     'harbor.'),
    (('INDGOV', 'IND'), ('LKA', 'LKAGOV'), ('057', '03', '074'),
     'Indian Prime Minister Rajiv Gandhi and Sri Lankan President Junius Jayewardene signed an accord in '
     'Colombo to end the ethnic conflict.'),
    (('PANMIL', 'PAN', 'PANGOV'), ('USAMIL', 'USA'), ('190', '193', '182'),
     'A U.S. Marine was killed by Panamanian soldiers at a roadblock in Panama City, the Pentagon said.'),
    (('LBYGOV', 'LBY'), ('TCD', 'TCDGOV'), ('036', '030', '046', '037'),
     'Libyan leader Moammar Gadhafi said he was ready to negotiate with Chad over the disputed Aouzou '
     'strip.'),
    (('ESPCOP', 'ESP'), ('ESPREB', 'ESPUAF', 'ESP'), ('173',),
     'Spanish police arrested three suspected members of the Basque separatist group ETA in San '
     'Sebastian, the Interior Ministry said.'),
    (('DEUGOV', 'DEU'), ('USR', 'USRGOV'), ('071', '070', '033', '0331'),
     'Bonn will guarantee a 5 billion mark loan to the Soviet Union, Chancellor Helmut Kohl announced on '
     'Friday.'),
    (('COLGOV', 'COL'), ('COLCRM',), ('172', '173', '170', '1724'),
     'The Colombian government declared war on the drug cartels after the assassination of presidential '
     'candidate Luis Carlos Galan.'),
    (('SENGOV', 'SEN'), ('MRT', 'MRTGOV'), ('161', '160'),
     'Senegal and Mauritania, whose border dispute led to ethnic violence in both countries, severed '
     'diplomatic relations in August.'),
    (('IDNMIL', 'IDN'), ('TMP', 'TLS', 'IDNCVL', 'TLSCVL', 'TMPCVL'), ('190', '193', '175'),
     'Indonesian soldiers fired on a funeral procession in Dili, East Timor, killing at least 50 '
     'mourners.'),
    (('VNMGOV', 'VNM'), ('USA', 'USAGOV'), ('064', '060', '06', '0841'),
     'Vietnam handed over the remains of 25 American servicemen missing since the war to a U.S. '
     'delegation in Hanoi.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": BATCH1, "batch2": BATCH2, "batch3": BATCH3,
                               "batch4": BATCH4}
GSR17C: list[Row] = [row for rows in BATCHES.values() for row in rows]


accepted = matches


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
