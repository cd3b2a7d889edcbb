"""GSR-style probes of the thirtieth session (wip/lead32): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind and
weighted as the GSR's event types are (agreements, requests, rejections, assaults, threats, protests and
accusations first), short and long leads mixed.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (40 rows, main a2c3a59) 27 / 27 / 21. Rows
corrected after a run are writing errors by the codebook or the project's conventions only: "called on" and
"appealed to" are appeals (025x: to de-escalate, to ease an embargo, for property's release), not demands; a
pledge of aid is an intent to give it (033); refusing to pull forces out or to allow a force in is refusing
to yield (1246, 1245); a camp overrun is territory taken (192); a threat to tear up a treaty is a threat to
cut ties (1313); and in "Israel released 300 Lebanese prisoners, bowing to U.S. pressure" Israel is the
source of both rows (batch 1 had them reversed); an agreement praised is praised towards the party it binds,
not the fellow praiser (batch 1). Batch 2 (29 rows, after batch 1's fixes) 24 / 23 / 20; its corrections: an
embargo lifted is sanctions eased (085), a town shelled is artillery fire (194), labourers are LAB, an
agreement reached on a rescue package is an agreement (057), a shuttle between Israel and Syria is aimed at
Syria (batch 2 named the PLO), and an expulsion told in a "days after" clause is background, not the lead's
act (its row was taken out). Batch 3 (24 long leads, after batch 2's fixes) 18 / 16 / 15; its corrections: a
police base overrun is territory taken (192, as batch 1's camp) from the police (COP), "must pull his troops
out" is a demand to withdraw (106), newspaper editors are MED, and an agreement to restore relations is an
intent (032, the project's reading of "agreed to"). Batch 4 (29, after batch 3's fixes) 25 / 22 / 18; its
corrections: independence recognised is diplomatic recognition (054), an offer of a peace treaty turned down
is a rejected settlement (127), an offer to host talks between factions an intent to mediate (039), a demand
to halt building a demand for a policy change (1042), security forces accused of torture MIL (1122),
prisoners freed CVL, and warships MIL. Batch 5 (26, after batch 4's fixes) 26 / 22 / 20; its corrections:
troops and spy planes are MIL, a senate LEG, an accusation told beside a denial 112, and donors' demands for
political reform rejected 123. Batch 6 (22, after batch 5's fixes) 17 / 16 / 14; its corrections: warplanes
are MIL, an accusation of invading 1123, and an expulsion named only as what a protest is about is no act of
the lead (its row was taken out, as batch 2's background row). Batch 7 (23, after batch 6's fixes) 19 / 15 /
13; its corrections: a veto is 129 (a row that had the vetoing powers as the target was a slip and was taken
out, as was a withdrawal told in an after-clause), an offer brushed aside a rejected settlement (127),
prosecutors JUD, a businessman BUS, missiles striking a factory in a city MIL at its civilians (the
project's reading). Batch 8 (18, after batch 7's fixes) 10 / 9 / 8; its corrections: warplanes reported
bombing are MIL, and North Korea's threat over U.N. sanctions is aimed at the U.N. (the row had the United
States).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD32: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('0311', '030', '031', '057', '050'),
     'Greece and Turkey agreed on Friday to set up a committee to promote trade and tourism, the first '
     'concrete step since their foreign ministers began a dialogue after earthquakes hit both countries.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('0311', '030', '031', '057', '050'),
     'Greece and Turkey agreed on Friday to set up a committee to promote trade and tourism, the first '
     'concrete step since their foreign ministers began a dialogue after earthquakes hit both countries.'),
    (('SDN', 'SDNGOV'), ('SDNREB', 'SDN'), ('0356', '030', '035', '057', '050', '0351', '0355'),
     'Sudan\'s military government agreed on Tuesday to a two-month ceasefire with southern rebels of the '
     'Sudan People\'s Liberation Army to allow relief supplies to reach famine areas.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV'), ('057', '050', '030'),
     'Mexico and the United States signed an agreement on Wednesday to step up cooperation against drug '
     'trafficking along their 2,000-mile border, officials said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('101', '100', '1041', '104', '0256', '025'),
     'Pakistan on Monday called on India to withdraw its troops from the Siachen glacier, saying there '
     'could be no lasting peace while Indian forces occupied the disputed heights.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('101', '100', '102', '1041'),
     'The U.N. Security Council on Thursday demanded that Iraq give weapons inspectors immediate and '
     'unrestricted access to all sites, warning of serious consequences if Baghdad failed to comply.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), ('1043', '100', '104', '020', '023', '025', '0253'),
     'Japan on Tuesday urged Russia to return four islands seized by Soviet troops at the end of World War '
     'Two, as Foreign Minister Yohei Kono arrived in Moscow for talks.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('125', '120', '128', '129', '1246'),
     'Armenia on Wednesday rejected an Azerbaijani demand that ethnic Armenian forces pull out of '
     'occupied districts around Nagorno-Karabakh before peace talks could resume.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'IGO'), ('125', '120', '128', '129', '1246'),
     'Israel on Sunday rejected a Palestinian call for international observers to be posted in the West '
     'Bank and Gaza Strip, saying it would not allow foreign forces on its soil.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('125', '120', '128', '111', '1246', '127'),
     'Cuba on Thursday dismissed a U.S. offer to ease the trade embargo in return for free elections, '
     'calling it an insult to the Cuban people and a relic of the Cold War.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV', 'KOR', 'KORGOV'), ('138', '130', '1383', '139', '131'),
     'North Korea warned on Tuesday that it would turn Seoul into a "sea of fire" if the United States '
     'and South Korea went ahead with joint military exercises next month, the official KCNA news agency '
     'said.'),
    (('RUS', 'RUSGOV'), ('IGO', 'USA'), ('130', '138', '139', '131', '1382', '1313'),
     'Russia threatened on Wednesday to tear up the START-2 arms reduction treaty if NATO carried out '
     'air strikes against Yugoslavia, the Interfax news agency reported.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('138', '130', '1382', '1384'),
     'China warned Taiwan on Friday that any move towards formal independence would mean war, as it '
     'began a week of live-fire military exercises in the Taiwan Strait.'),
    (('IRN', 'IRNCVL'), ('USA', 'USAGOV'), ('141', '140', '145'),
     'Tens of thousands of Iranians marched through Tehran on Friday chanting "Death to America" to mark '
     'the anniversary of the seizure of the U.S. embassy, state radio said.'),
    (('KORCVL', 'KOR', 'KOREDU'), ('KORGOV', 'KOR'), ('141', '140', '145', '1411', '1413'),
     'About 20,000 students clashed with riot police in central Seoul on Saturday during a rally to '
     'demand the resignation of President Chun Doo-hwan, hurling firebombs and rocks.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('112', '110', '111'),
     'Israel accused Syria on Monday of allowing Hizbollah guerrillas to use Lebanese territory under its '
     'control to launch rocket attacks on northern Israeli towns.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('112', '110', '111'),
     'Iraq accused Kuwait on Tuesday of stealing oil from the Rumaila field along their border and of '
     'flooding the world market to drive down prices, the official Iraqi news agency said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('112', '110'),
     'India on Thursday accused Pakistan of training and arming Sikh militants fighting for an '
     'independent homeland in Punjab, an allegation Islamabad denied.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('163', '160', '1621', '162', '164', '172'),
     'The United States on Tuesday ordered all American companies to leave Libya and froze Libyan '
     'government assets in U.S. banks, in retaliation for what it called Tripoli\'s support for '
     'terrorism.'),
    (('IGO', 'IGOEUR'), ('NGA', 'NGAGOV'), ('163', '160', '161', '1621', '172'),
     'The European Union on Monday imposed an arms embargo on Nigeria and suspended all military '
     'cooperation after the military government executed nine minority rights activists.'),
    (('IRQ', 'IRQMIL'), ('KWT',), ('192', '190', '195', '183', '193'),
     'Iraqi troops and tanks invaded Kuwait before dawn on Thursday, seizing the capital and the emir\'s '
     'palace after a brief battle with the Kuwaiti army, residents said.'),
    (('RUS', 'RUSMIL'), ('RUSREB', 'RUS'), ('195', '190', '193', '194'),
     'Russian warplanes bombed rebel positions in the mountains south of Grozny on Wednesday as federal '
     'troops pushed towards the last strongholds of the Chechen separatists, Itar-Tass said.'),
    (('LKA', 'LKAREB'), ('LKA', 'LKAMIL'), ('190', '193', '195', '183', '186', '192'),
     'Tamil Tiger guerrillas overran a Sri Lankan army camp in the northeast on Thursday, killing at least '
     '120 soldiers in one of the bloodiest attacks of the island\'s 13-year ethnic war, the military said.'),
    (('PER', 'PERREB'), ('JPN', 'JPNGOV', 'PER'), ('181', '180'),
     'Leftist guerrillas of the Tupac Amaru Revolutionary Movement stormed the Japanese ambassador\'s '
     'residence in Lima during a party on Tuesday night and took hundreds of guests hostage.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNCVL'), ('195', '190', '193', '194'),
     'Israeli helicopter gunships rocketed suspected guerrilla targets in south Lebanon on Monday after a '
     'Hizbollah ambush killed two Israeli soldiers, Lebanese security sources said.'),
    (('DZA', 'DZAUAF', 'DZAREB', 'DZA'), ('DZACVL', 'DZA'), ('180', '186', '183', '200', '202'),
     'Suspected Moslem fundamentalist gunmen killed 17 villagers, including women and children, in an '
     'overnight raid on a hamlet south of Algiers, security forces said on Friday.'),
    (('ISR', 'ISRGOV'), ('USA', 'USAGOV'), ('081', '080', '084', '0841'),
     'Israel on Sunday released 300 Lebanese prisoners held without trial, bowing to U.S. pressure to '
     'ease tensions in the region, army radio said.'),
    (('ISRGOV', 'ISR'), ('LBN', 'LBNCVL', 'LBNREB'), ('081', '080', '084', '0841'),
     'Israel on Sunday released 300 Lebanese prisoners held without trial, bowing to U.S. pressure to '
     'ease tensions in the region, army radio said.'),
    (('USR', 'USRMIL', 'USRGOV'), ('AFG', 'AFGGOV'), ('087', '080', '0874', '084'),
     'The last Soviet troops left Afghanistan on Wednesday, ending nine years of military intervention '
     'that cost the lives of some 15,000 Soviet soldiers.'),
    (('SYR', 'SYRGOV', 'SYRMIL'), ('LBN', 'LBNGOV'), ('087', '080', '0874', '0872'),
     'Syria began withdrawing its troops from Beirut and the coastal hills on Saturday under an accord '
     'reached with the Lebanese government, Lebanese police said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('036', '030', '040', '043', '042'),
     'Israeli Prime Minister Yitzhak Rabin invited PLO chairman Yasser Arafat on Monday to meet him in '
     'Cairo next week to resolve disputes holding up Palestinian self-rule in Gaza and Jericho.'),
    (('FRA', 'FRAGOV'), ('DEU', 'DEUGOV'), ('040', '046', '043', '042'),
     'French President Francois Mitterrand and German Chancellor Helmut Kohl held talks in Bonn on '
     'Thursday on plans for a single European currency, a government spokesman said.'),
    (('DEU', 'DEUGOV'), ('FRA', 'FRAGOV'), ('040', '046', '043', '042'),
     'French President Francois Mitterrand and German Chancellor Helmut Kohl held talks in Bonn on '
     'Thursday on plans for a single European currency, a government spokesman said.'),
    (('JPN', 'JPNGOV'), ('BGD', 'BGDGOV'), ('071', '070', '073', '033', '0333'),
     'Japan on Tuesday pledged $200 million in emergency aid to Bangladesh after a cyclone killed more '
     'than 100,000 people and left millions homeless along the country\'s southern coast.'),
    (('USA', 'USAGOV', 'KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('051', '050', '055', '057'),
     'The United States and South Korea on Wednesday praised an agreement under which North Korea will '
     'freeze its nuclear programme, calling it a major step towards peace on the peninsula.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO', 'IGOWST'), ('125', '120', '128', '111', '124', '1245'),
     'Yugoslav President Slobodan Milosevic on Tuesday rejected NATO\'s demand that he allow an '
     'international force into Kosovo, saying foreign troops would never be stationed on Serbian soil.'),
    (('BIH', 'BIHGOV'), ('IGO',), ('101', '100', '102', '1042', '025', '0254'),
     'Bosnia\'s Moslem-led government on Saturday appealed to the United Nations to lift the arms embargo '
     'so that it could defend itself against Serb forces besieging Sarajevo.'),
    (('COL', 'COLMIL'), ('COLREB', 'COL'), ('190', '193', '195', '173', '183'),
     'Colombian troops killed 14 leftist guerrillas in a clash in the jungles of Caqueta province on '
     'Sunday, the army said, in the heaviest fighting since peace talks broke down.'),
    (('TGO', 'TGOCVL', 'TGOOPP'), ('TGOGOV', 'TGO'), ('141', '140', '145', '1411', '1413'),
     'Thousands of opposition supporters took to the streets of Lome on Monday to demand the resignation '
     'of President Gnassingbe Eyadema, and troops fired tear gas to break up the crowds.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The Japanese yen closed higher against the dollar in Tokyo on Tuesday as exporters sold '
     'dollars ahead of the year-end, dealers said.'),
]


LEAD32_B2: list[Row] = [
    # batch 2: written blind, before the coder was run on it
    (('NIC', 'NICGOV'), ('NICREB', 'NIC'), ('0355', '030', '036', '046', '040', '043'),
     'Nicaragua\'s Sandinista government agreed on Thursday to hold direct ceasefire talks with the '
     'U.S.-backed '
     'Contra rebels for the first time, reversing a long-standing refusal to negotiate with them.'),
    (('HTI', 'HTIMIL', 'HTIGOV'), ('USA', 'USAGOV', 'IGO'), ('125', '120', '128', '124', '1245'),
     'Haiti\'s military rulers on Monday turned down a U.N. plan to send 1,300 police trainers and military '
     'engineers to the country, saying it would violate Haitian sovereignty.'),
    (('ZAF', 'ZAFGOV'), ('AGO', 'AGOGOV'), ('087', '080', '0874', '0872'),
     'South Africa completed the withdrawal of its troops from southern Angola on Tuesday under a '
     'U.S.-brokered '
     'peace plan that also calls for the departure of Cuban forces.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('1056', '100', '105', '101', '023', '025', '0256'),
     'Egyptian President Hosni Mubarak on Saturday urged Israel to freeze the building of Jewish settlements '
     'in the occupied territories, saying the settlements were the main obstacle to peace.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV', 'LBNREB'), ('138', '130', '1384', '139', '131'),
     'Israel warned Lebanon on Wednesday that it would hit back hard if Hizbollah guerrillas '
     'continued to fire '
     'rockets into northern Israel, Israeli radio said.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('112', '110', '111'),
     'Iran accused Britain on Sunday of plotting against the Islamic Republic and of harbouring exiled '
     'opposition groups, days after London expelled two Iranian diplomats.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '110', '112', '114'),
     'China on Thursday lodged a strong protest with the United States over the sale of 150 F-16 '
     'fighter jets '
     'to Taiwan, saying the deal violated joint communiques between the two countries.'),
    (('IDN', 'IDNMIL', 'IDNGOV'), ('TLS', 'TLSCVL', 'IDN', 'IDNCVL'),
     ('180', '190', '186', '1823', '200', '202', '175'),
     'Indonesian troops opened fire on mourners at a cemetery in Dili, the capital of East Timor, on '
     'Tuesday, killing dozens of people, witnesses said.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('ALB', 'ALBGOV'), ('161', '160', '1661', '166'),
     'Yugoslavia broke off diplomatic relations with Albania on Thursday, accusing Tirana of arming ethnic '
     'Albanian rebels fighting Serbian forces in Kosovo.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('ALB', 'ALBGOV'), ('112', '110', '111'),
     'Yugoslavia broke off diplomatic relations with Albania on Thursday, accusing Tirana of arming ethnic '
     'Albanian rebels fighting Serbian forces in Kosovo.'),
    (('USA', 'USAGOV', 'USAMIL'), ('IRQ', 'IRQGOV', 'IRQMIL'), ('150', '152', '154', '151'),
     'The Pentagon ordered an aircraft carrier and some 5,000 more troops to the Gulf on Monday as Iraq kept '
     'up its refusal to let U.N. inspectors back in, a spokesman said.'),
    (('KEN', 'KENGOV', 'KENCOP'), ('KENOPP', 'KEN', 'KENCVL'), ('173', '170', '175', '1711', '172'),
     'Kenyan police arrested four opposition leaders on Saturday as they tried to address a banned '
     'pro-democracy rally in Nairobi, and dispersed thousands of supporters with tear gas.'),
    (('SAU', 'SAUGOV'), ('EGY', 'EGYGOV'), ('071', '070', '073', '033', '0331'),
     'Saudi Arabia has agreed to give Egypt $1.5 billion in economic aid to help offset losses from the Gulf '
     'crisis, the official Middle East News Agency said on Sunday.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('ISR', 'ISRGOV'), ('0356', '030', '035', '057', '050', '087', '0871'),
     'The Palestine Liberation Organisation agreed on Friday to halt attacks on Israeli targets from '
     'southern Lebanon under a truce arranged by U.S. envoy Philip Habib.'),
    (('USA', 'USAGOV'), ('SYR', 'SYRGOV', 'ISR', 'ISRGOV'), ('045', '040', '043', '042'),
     'Secretary of State Warren Christopher began a fresh round of shuttle diplomacy between Israel '
     'and Syria '
     'on Sunday in an effort to revive stalled peace talks.'),
    (('AGOREB', 'AGO'), ('AGO', 'AGOGOV'), ('125', '120', '128', '124', '1246'),
     'Angola\'s UNITA rebels on Tuesday rejected the results of last month\'s elections won by the ruling '
     'MPLA, charging widespread fraud, and refused to demobilise their troops.'),
    (('AGO', 'AGOREB'), ('AGO', 'AGOGOV'), ('112', '110', '111'),
     'Angola\'s UNITA rebels on Tuesday rejected the results of last month\'s elections won by the ruling '
     'MPLA, charging widespread fraud, and refused to demobilise their troops.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('163', '160', '1621', '162'),
     'Greece imposed a trade embargo on the former Yugoslav republic of Macedonia on Wednesday, closing its '
     'port of Salonika to goods bound for its northern neighbour in a dispute over the republic\'s name.'),
    (('RUS', 'RUSGOV'), ('EST', 'ESTGOV'), ('087', '080', '0874', '0872'),
     'Russia pulled its last troops out of Estonia on Wednesday, ending half a century of military '
     'presence in '
     'the Baltic state, the Estonian government said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSECVL', 'PSELAB'), ('081', '080', '0811', '084', '0841', '083'),
     'Israel lifted a three-week closure of the West Bank and Gaza Strip on Sunday, allowing tens of '
     'thousands '
     'of Palestinian labourers to return to their jobs in Israel.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('081', '080', '0812', '164', '163', '064', '050', '085'),
     'President Bill Clinton lifted the 19-year-old U.S. trade embargo against Vietnam on Thursday, saying '
     'Hanoi had cooperated in the search for American servicemen missing since the war.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('137', '130', '138', '139'),
     'Pakistan said on Saturday it would respond in kind to any Indian nuclear test, and Prime '
     'Minister Nawaz '
     'Sharif warned New Delhi against dragging the region into an arms race.'),
    (('VAT', 'VATGOV', 'VATREL'), ('CUB', 'CUBGOV'), ('042', '040', '043'),
     'Pope John Paul II will visit Cuba next January, the Vatican announced on Tuesday, the first trip by a '
     'pontiff to the Caribbean island since Fidel Castro came to power in 1959.'),
    (('KHM', 'KHMREB'), ('KHM', 'KHMGOV', 'KHMCVL'), ('190', '193', '195', '180', '183', '194'),
     'Khmer Rouge guerrillas shelled the northwestern town of Battambang on Thursday, killing at least seven '
     'civilians, as government forces pressed an offensive against the rebels\' jungle bases.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('112', '110', '111'),
     'Ugandan President Yoweri Museveni on Monday accused Sudan of arming the Lord\'s Resistance Army rebels '
     'who have abducted thousands of children in northern Uganda.'),
    (('BRA', 'BRAGOV'), ('IGO', 'IGOWBK', 'IGOUNO'),
     ('0331', '030', '033', '061', '071', '046', '040', '057'),
     'Brazil and the International Monetary Fund reached agreement on Friday on a $41.5 billion '
     'rescue package '
     'to shield Latin America\'s largest economy from the global financial turmoil.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('040', '046', '043', '036'),
     'North and South Korean prime ministers met in Seoul on Tuesday for the first high-level talks between '
     'the two rival states since the end of the Korean War.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Oil prices rose sharply on world markets on Monday after OPEC ministers ended a three-day meeting in '
     'Vienna without agreeing on new production quotas, traders said.'),
]


LEAD32_B3: list[Row] = [
    # batch 3: long leads, written blind, before the coder was run on it
    (('IRQ', 'IRQGOV'), ('IGO',), ('0355', '030', '035', '081', '084', '0833', '1245'),
     'Iraq, facing the threat of renewed U.S. and British air strikes, agreed on Monday to let '
     'United Nations '
     'weapons inspectors resume work at all sites, including presidential palaces, after a day of talks '
     'between Deputy Prime Minister Tariq Aziz and the chief inspector in Baghdad.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('057', '050', '030'),
     'Israeli Prime Minister Benjamin Netanyahu and Palestinian President Yasser Arafat, after nine days of '
     'marathon negotiations at a Maryland retreat hosted by President Bill Clinton, signed an interim '
     'accord on Friday under which Israel will hand over another 13 percent of the West Bank.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('057', '050', '030'),
     'Israeli Prime Minister Benjamin Netanyahu and Palestinian President Yasser Arafat, after nine days of '
     'marathon negotiations at a Maryland retreat hosted by President Bill Clinton, signed an interim '
     'accord on Friday under which Israel will hand over another 13 percent of the West Bank.'),
    (('RUS', 'RUSGOV'), ('IGO', 'IGOWSTNAT'), ('111', '110', '112', '114', '1313', '161', '164'),
     'Russia, in its sharpest reaction yet to the NATO bombing of Yugoslavia, on Wednesday suspended its '
     'cooperation with the alliance, recalled its military representative from Brussels and denounced the '
     'air strikes as an act of open aggression against a sovereign state.'),
    (('COL', 'COLREB'), ('COL', 'COLGOV', 'COLMIL', 'COLCOP'),
     ('190', '193', '195', '183', '181', '180', '192'),
     'Leftist rebels of the Revolutionary Armed Forces of Colombia, in one of their boldest attacks '
     'in years, '
     'overran a police base in the southern town of Mitu on Sunday, killing dozens of police officers and '
     'taking more than 40 others prisoner, military officials said.'),
    (('ETH', 'ETHGOV', 'ETHMIL'), ('ERI', 'ERIGOV', 'ERIMIL'), ('190', '195', '193', '192'),
     'Ethiopia launched a major offensive along its disputed border with Eritrea on Friday, sending tens of '
     'thousands of troops backed by tanks and warplanes against Eritrean positions in the western sector, '
     'an Ethiopian government spokeswoman said in Addis Ababa.'),
    (('ALB', 'ALBCVL', 'ALB'), ('ALBGOV', 'ALB'), ('141', '140', '145', '1411', '1413'),
     'Thousands of angry Albanians, many of whom lost their savings in the collapse of fraudulent pyramid '
     'investment schemes, rioted in the southern port of Vlore on Saturday, setting fire to government '
     'buildings and demanding that the government reimburse them.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('111', '110', '112', '114', '1121', '172'),
     'The United States, in its annual report on human rights around the world, on Thursday accused China of '
     'widespread abuses, including the torture of prisoners and the suppression of dissent, and said '
     'Beijing\'s record had worsened over the past year.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('138', '130', '1384', '139', '131', '112'),
     'India warned Pakistan on Sunday of "serious consequences" if infiltration by Islamic militants across '
     'the ceasefire line in Kashmir did not stop, as fighting in the Kargil sector entered its third week '
     'with heavy losses on both sides.'),
    (('USA', 'USAGOV'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'),
     ('101', '100', '102', '105', '1056', '1041', '130', '138', '106'),
     'U.S. envoy Richard Holbrooke, on his fourth visit to Belgrade in a month, told Yugoslav President '
     'Slobodan Milosevic on Monday that he must pull his troops out of Kosovo and allow refugees to return '
     'home or face NATO air strikes.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), ('111', '110', '112', '1121', '125', '120'),
     'Zimbabwean President Robert Mugabe, addressing thousands of supporters at a rally in Harare ahead of '
     'next month\'s parliamentary elections, on Saturday accused Britain of backing the opposition and '
     'vowed that no white farmer would stand in the way of land reform.'),
    (('SRB', 'SRBCOP', 'SRBGOV', 'YUGCOP'), ('SRBOPP', 'SRBCVL', 'SRB', 'YUGOPP', 'YUGCVL'),
     ('175', '170', '172', '173', '1711', '180'),
     'Serbian riot police wielding batons and firing tear gas broke up a march by tens of thousands of '
     'opposition supporters in central Belgrade on Monday, the 43rd day of protests against the annulment '
     'of local election results, witnesses said.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('125', '120', '128', '111'),
     'China on Tuesday rejected as "unacceptable" British proposals to widen the franchise for Hong Kong\'s '
     'legislature before the 1997 handover, accusing London of breaking earlier understandings and '
     'threatening to dismantle any body elected under the new rules.'),
    (('IGO', 'IGOUNO'), ('LBY', 'LBYGOV'), ('163', '160', '1621', '162', '164'),
     'The U.N. Security Council voted on Tuesday to impose an air and arms embargo on Libya from April 15 '
     'unless it hands over two suspects in the 1988 bombing of a Pan Am jumbo jet over Lockerbie, '
     'Scotland, diplomats said.'),
    (('PHL', 'PHLGOV'), ('PHLREB', 'PHL'), ('057', '050', '030', '0356'),
     'The Philippine government and Moslem separatist rebels of the Moro National Liberation Front signed a '
     'peace agreement in Manila on Monday, ending a 24-year insurgency in the southern island of Mindanao '
     'that has claimed more than 120,000 lives.'),
    (('PHL', 'PHLREB'), ('PHL', 'PHLGOV'), ('057', '050', '030', '0356'),
     'The Philippine government and Moslem separatist rebels of the Moro National Liberation Front signed a '
     'peace agreement in Manila on Monday, ending a 24-year insurgency in the southern island of Mindanao '
     'that has claimed more than 120,000 lives.'),
    (('NGA', 'NGAGOV'), ('NGA', 'NGAOPP', 'NGACVL', 'NGAMED'), ('173', '170', '1711', '175'),
     'Nigeria\'s military rulers, stepping up a crackdown on critics of their decision to annul the June '
     'presidential election, on Friday arrested the leader of a human rights group and three newspaper '
     'editors in Lagos, their lawyers said.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('SYR', 'SYRGOV'), ('138', '130', '1384', '139', '131', '150', '152'),
     'Turkey massed troops along its border with Syria on Thursday and warned Damascus it would use force '
     'unless Syria stopped sheltering the leader of the Kurdistan Workers Party, raising fears of a war '
     'between the two neighbours.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('064', '060', '050', '057', '032', '030'),
     'Britain and Argentina, eight years after their war over the Falkland Islands, agreed on Thursday in '
     'Madrid to restore full diplomatic relations and to set aside the question of sovereignty over the '
     'disputed South Atlantic archipelago.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('064', '060', '050', '057', '032', '030'),
     'Britain and Argentina, eight years after their war over the Falkland Islands, agreed on Thursday in '
     'Madrid to restore full diplomatic relations and to set aside the question of sovereignty over the '
     'disputed South Atlantic archipelago.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('071', '070', '073', '0333', '033'),
     'South Korea, despite a naval clash in the Yellow Sea earlier this month, said on Wednesday it would '
     'ship another 100,000 tonnes of fertiliser to North Korea to help the impoverished communist state '
     'cope with chronic food shortages.'),
    (('IRNGOV', 'IRN'), ('AFG', 'AFGREB', 'AFGGOV'), ('150', '152', '154', '138', '130'),
     'Iran, accusing Afghanistan\'s Taleban militia of killing eight Iranian diplomats in Mazar-i-Sharif, '
     'began war games involving 70,000 Revolutionary Guards near the Afghan border on Tuesday, the largest '
     'manoeuvres in the Islamic Republic\'s history.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('112', '110', '111'),
     'Iran, accusing Afghanistan\'s Taleban militia of killing eight Iranian diplomats in Mazar-i-Sharif, '
     'began war games involving 70,000 Revolutionary Guards near the Afghan border on Tuesday, the largest '
     'manoeuvres in the Islamic Republic\'s history.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The peace accord signed in 1991, which ended 16 years of civil war, had provided for elections under '
     'U.N. supervision and the merger of the two armies into a single national force, analysts recalled.'),
]


LEAD32_B4: list[Row] = [
    # batch 4: written blind, before the coder was run on it
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('051', '050', '055', '057'),
     'President Bill Clinton on Monday praised Russian President Boris Yeltsin for his commitment to reform '
     'and pledged continued American support for the Russian leader in his struggle with parliament.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('030', '033', '0331', '032', '051', '050'),
     'President Bill Clinton on Monday praised Russian President Boris Yeltsin for his commitment to reform '
     'and pledged continued American support for the Russian leader in his struggle with parliament.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TURCVL', 'TUR'), ('174', '170', '173'),
     'Germany deported 120 Turkish Kurds on Wednesday despite protests from human rights groups that they '
     'faced torture on their return, the interior ministry said.'),
    (('MYS', 'MYSGOV', 'MYSCOP'), ('MYS', 'MYSGOV', 'MYSOPP', 'MYSELI'), ('173', '170', '1711'),
     'Malaysian police arrested former deputy prime minister Anwar Ibrahim at his home in Kuala Lumpur on '
     'Sunday, hours after he led a rally of tens of thousands of supporters demanding the resignation of '
     'Prime Minister Mahathir Mohamad.'),
    (('KWT', 'KWTGOV'), ('USA', 'USAGOV'), ('064', '060', '061', '062', '057', '050'),
     'Kuwait and the United States signed a 10-year defence pact on Thursday allowing U.S. forces to '
     'stockpile equipment in the emirate and conduct joint exercises, Kuwaiti officials said.'),
    (('IGO', 'IGOEUR'), ('HRV', 'HRVGOV'), ('0355', '030', '051', '050', '057', '061', '060', '054'),
     'The European Community on Wednesday recognised the independence of Croatia and Slovenia, defying U.S. '
     'warnings that the move could widen the war in Yugoslavia.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSEREB', 'PSECVL'), ('081', '080', '084', '0841', '083'),
     'Israel freed 1,025 Palestinian prisoners on Wednesday under a deal with the Palestine Liberation '
     'Organisation, and the first of them crossed into the self-rule areas of Gaza and Jericho.'),
    (('USA', 'USAGOV', 'USAMIL'), ('HTI', 'HTIGOV', 'HTIMIL'), ('150', '152', '154', '138', '130'),
     'U.S. warships took up positions off the Haitian coast on Friday as Washington stepped up pressure on '
     'the island\'s military rulers to step down, Pentagon officials said.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('101', '100', '104', '111', '110', '112', '020', '023'),
     'China on Thursday demanded that Japan apologise for its wartime atrocities and stop leaders from '
     'visiting a Tokyo shrine that honours war criminals, Xinhua news agency said.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), ('125', '120', '128', '124', '127'),
     'Iran on Saturday turned down an Iraqi offer of a permanent peace treaty, insisting that Baghdad first '
     'withdraw its troops from all Iranian territory and pay war reparations.'),
    (('SRB', 'SRBMIL', 'SRBREB', 'BIHREB', 'BIHMIL'), ('BIH', 'BIHCVL', 'BIHGOV'),
     ('190', '193', '194', '195', '183', '180', '200', '202'),
     'Bosnian Serb artillery pounded the Moslem enclave of Gorazde on Sunday, killing at least 20 civilians '
     'and wounding dozens more, U.N. officials said.'),
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), ('057', '050', '030'),
     'British Prime Minister Margaret Thatcher and Irish Prime Minister Garret FitzGerald signed an '
     'agreement on Friday giving Dublin a consultative role in the affairs of Northern Ireland.'),
    (('IRL', 'IRLGOV'), ('GBR', 'GBRGOV'), ('057', '050', '030'),
     'British Prime Minister Margaret Thatcher and Irish Prime Minister Garret FitzGerald signed an '
     'agreement on Friday giving Dublin a consultative role in the affairs of Northern Ireland.'),
    (('SOM', 'SOMREB', 'SOMUAF', 'SOM'), ('IGO', 'IGOUNO', 'PAK', 'PAKMIL'),
     ('190', '193', '195', '183', '180'),
     'Somali gunmen ambushed a patrol of Pakistani U.N. peacekeepers in Mogadishu on Saturday, killing 23 '
     'soldiers in the deadliest attack on the U.N. force since it arrived.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('163', '160', '1621', '162', '172', '174'),
     'The United States on Monday tightened sanctions on Iraq, barring all American companies from doing '
     'business with Baghdad until it complies fully with U.N. resolutions.'),
    (('VEN', 'VENMIL'), ('VEN', 'VENGOV'), ('180', '190', '195', '183', '1724'),
     'Rebel army officers tried to overthrow Venezuelan President Carlos Andres Perez early on Tuesday, '
     'attacking the presidential palace in Caracas with tanks before loyal troops crushed the uprising.'),
    (('IND', 'INDGOV'), ('NPL', 'NPLGOV'), ('163', '160', '1621', '162', '164', '171'),
     'India closed all but two of its border crossings with Nepal on Thursday after the two countries failed '
     'to renew trade and transit treaties, cutting off fuel supplies to the Himalayan kingdom.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('0331', '030', '033', '071', '070', '073', '061'),
     'Japan agreed on Tuesday to resume low-interest loans to China, frozen after the 1989 crackdown on '
     'pro-democracy protesters in Tiananmen Square, Japanese officials said.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('1056', '100', '101', '105', '112', '111', '1042'),
     'Palestinian President Yasser Arafat demanded on Monday that Israel halt the construction of a Jewish '
     'housing project in Arab East Jerusalem, warning that it could destroy the peace process.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('0331', '030', '057', '050', '035', '061'),
     'Cuba and the United States agreed on Friday to let 20,000 Cubans emigrate legally each year in return '
     'for a Cuban crackdown on the rafters fleeing across the Florida Straits.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('0331', '030', '057', '050', '035', '061'),
     'Cuba and the United States agreed on Friday to let 20,000 Cubans emigrate legally each year in return '
     'for a Cuban crackdown on the rafters fleeing across the Florida Straits.'),
    (('NGO',), ('TUR', 'TURGOV', 'TURMIL'), ('111', '110', '112', '1121', '1122'),
     'Amnesty International on Wednesday accused Turkish security forces of torturing detainees and '
     'killing Kurdish villagers in the country\'s southeast, in a report released in London.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('111', '110', '112', '114', '125', '120'),
     'Taiwan on Saturday denounced China\'s missile tests off its coast as "state terrorism" and put its '
     'armed forces on alert, as the island prepared for its first direct presidential election.'),
    (('TWN', 'TWNGOV', 'TWNMIL'), ('CHN', 'CHNGOV'), ('150', '151', '152', '154'),
     'Taiwan on Saturday denounced China\'s missile tests off its coast as "state terrorism" and put its '
     'armed forces on alert, as the island prepared for its first direct presidential election.'),
    (('SEN', 'SENGOV'), ('GMB', 'GMBGOV'), ('087', '080', '0874', '0872'),
     'Senegal began withdrawing its troops from Gambia on Tuesday, a week after the two countries dissolved '
     'their eight-year-old confederation, Senegalese radio said.'),
    (('ROU', 'ROUGOV', 'ROUMIL'), ('ROU', 'ROUCVL'), ('180', '175', '190', '200', '202', '1823'),
     'Romanian security forces opened fire on thousands of anti-government demonstrators in the western city '
     'of Timisoara on Sunday, killing scores of people, travellers arriving in Yugoslavia said.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV', 'AFGREB'),
     ('0351', '030', '035', '0355', '045', '036', '040', '039'),
     'Pakistan offered on Wednesday to host talks between Afghanistan\'s warring factions in Islamabad, '
     'saying it was ready to act as a neutral mediator to end the civil war.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Stocks on the Tokyo exchange fell for a third straight day on Wednesday as worries about the health of '
     'Japanese banks weighed on the market, brokers said.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The ceremony marking the 50th anniversary of the end of the war in Europe will be attended by '
     'more than '
     '50 heads of state and government, the organisers said on Monday.'),
]


LEAD32_B5: list[Row] = [
    # batch 5: written blind, before the coder was run on it
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('112', '110', '111'),
     'Egypt accused Sudan on Tuesday of harbouring the Islamic militants who tried to assassinate President '
     'Hosni Mubarak in Addis Ababa last week, and said Khartoum would bear the consequences.'),
    (('SDN', 'SDNGOV'), ('EGY', 'EGYGOV'), ('013', '010', '012', '111', '125', '120', '112'),
     'Sudan on Wednesday denied any role in the attempt on the life of Egyptian President Hosni Mubarak and '
     'accused Cairo of using the incident as a pretext to seize the disputed Halaib border triangle.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('057', '050', '030'),
     'Russia and Ukraine signed a treaty of friendship on Saturday that ends years of wrangling over the '
     'Black Sea Fleet and recognises Ukraine\'s borders, including the Crimean peninsula.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('057', '050', '030'),
     'Russia and Ukraine signed a treaty of friendship on Saturday that ends years of wrangling over the '
     'Black Sea Fleet and recognises Ukraine\'s borders, including the Crimean peninsula.'),
    (('LBY', 'LBYGOV'), ('IGO', 'IGOUNO', 'GBR', 'USA'), ('125', '120', '128', '124', '1243'),
     'Libya on Sunday refused to hand over two men suspected of bombing a Pan Am airliner over Lockerbie, '
     'despite the threat of U.N. sanctions, saying they would not get a fair trial in Britain or the '
     'United States.'),
    (('FRA', 'FRAGOV', 'FRAMIL'), ('RWA', 'RWAGOV', 'RWAREB', 'RWA'), ('154', '150', '152', '0861', '086',
                                                                       '074', '073'),
     'France began deploying troops in Rwanda on Thursday for what it called a humanitarian operation to '
     'protect civilians from the ethnic massacres, in defiance of objections from Rwandan rebels.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('LBN', 'LBNREB', 'LBNCVL', 'LBNGOV'), ('190', '193', '195', '183', '180',
                                                                           '194'),
     'Israeli jets and gunboats pounded suspected guerrilla positions in southern Lebanon for a fifth day on '
     'Sunday, and thousands of villagers fled north towards Beirut, Lebanese security sources said.'),
    (('USA', 'USAGOV', 'USAMIL'), ('PAN', 'PANGOV', 'PANMIL'), ('190', '192', '195', '193'),
     'U.S. troops invaded Panama before dawn on Wednesday to oust military strongman Manuel Noriega, and '
     'President George Bush said the aim was to protect American lives and restore democracy.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('0356', '030', '036', '057', '050', '046', '040'),
     'North and South Korea agreed on Saturday to set up military hotlines and to notify each other of major '
     'troop movements, in the first steps towards reducing tension along their heavily armed border.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('0356', '030', '036', '057', '050', '046', '040'),
     'North and South Korea agreed on Saturday to set up military hotlines and to notify each other of major '
     'troop movements, in the first steps towards reducing tension along their heavily armed border.'),
    (('PHL', 'PHLGOV', 'PHLLEG'), ('USA', 'USAGOV', 'USAMIL'), ('125', '120', '161', '166', '1246', '124'),
     'The Philippine Senate on Monday rejected a treaty that would have allowed the United States to '
     'keep its '
     'Subic Bay naval base, ending nearly a century of American military presence in the islands.'),
    (('BDI', 'BDICVL', 'BDIREB', 'BDIUAF', 'BDI'), ('BDICVL', 'BDI', 'BDIGOV'), ('180', '200', '202', '186',
                                                                                '190'),
     'Hutu rebels killed at least 30 Tutsi villagers in an attack on a displaced persons\' camp in northern '
     'Burundi on Saturday, the army said, blaming the massacre on extremist militias.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '110', '112', '114', '161', '160'),
     'China on Friday suspended its military contacts with the United States and postponed talks on arms '
     'control in protest against a decision by Washington to allow Taiwan\'s president to visit.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV', 'USAMIL'), ('138', '130', '1384', '139', '131'),
     'Iraq threatened on Sunday to shoot down American U-2 spy planes flying over its territory on behalf of '
     'U.N. arms inspectors, saying the flights were a violation of its sovereignty.'),
    (('DZA', 'DZAGOV'), ('FRA', 'FRAGOV'), ('111', '110', '112', '114', '1123'),
     'Algeria on Thursday accused France of interfering in its internal affairs after Paris called for '
     'dialogue between the military-backed government and the outlawed Islamic Salvation Front.'),
    (('KEN', 'KENGOV'), ('IGO', 'IGOBUSIMF', 'IGOWBK'), ('125', '120', '128', '111', '110', '123', '112'),
     'Kenya\'s President Daniel arap Moi on Friday rejected donor demands for political reform as a '
     'condition '
     'for new aid, accusing the IMF and the World Bank of trying to dictate policy to Africa.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMROPP', 'MMR'), ('173', '170', '1711', '175', '172'),
     'Burma\'s military government detained more than 100 members of Aung San Suu Kyi\'s National League for '
     'Democracy on Thursday to stop them from attending a party congress, the opposition said.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('0356', '030', '036', '046', '040', '043'),
     'Syria said on Wednesday it was ready to resume peace talks with Israel from the point where they broke '
     'off in 1996, but insisted on a full Israeli withdrawal from the Golan Heights.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('111', '110', '112', '114', '1123'),
     'Vietnam lodged a formal protest with China on Tuesday over the deployment of a Chinese oil rig in '
     'disputed waters of the Gulf of Tonkin, the foreign ministry said.'),
    (('IND', 'INDGOV', 'INDMIL'), ('LKA', 'LKAREB'), ('190', '193', '195', '183'),
     'Indian peacekeeping troops launched a major offensive against Tamil Tiger guerrillas in Sri Lanka\'s '
     'northern Jaffna peninsula on Sunday after the rebels refused to surrender their weapons.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057', '050', '030'),
     'Israel and Jordan signed a peace treaty at a desert crossing on their border on Wednesday, ending 46 '
     'years of war in a ceremony witnessed by President Bill Clinton.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('057', '050', '030'),
     'Israel and Jordan signed a peace treaty at a desert crossing on their border on Wednesday, ending 46 '
     'years of war in a ceremony witnessed by President Bill Clinton.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('125', '120', '128', '124'),
     'Britain on Monday rejected an Argentine proposal to open talks on the sovereignty of the Falkland '
     'Islands, saying the islanders\' wishes were paramount.'),
    (('THA', 'THAMIL', 'THACOP', 'THAGOV'), ('THACVL', 'THA', 'THAOPP'), ('180', '175', '190', '1823', '145',
                                                                         '200', '202'),
     'Thai troops fired on tens of thousands of pro-democracy demonstrators in Bangkok on Monday, killing at '
     'least 20 people, as protests against Prime Minister Suchinda Kraprayoon spread.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The two countries, which fought three wars in the past half century, have been at odds over Kashmir '
     'since independence from Britain in 1947, historians note.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The World Cup qualifier between Iran and Japan in Johor Bahru ended in a 3-2 victory for Iran, which '
     'will play at the finals in France next year.'),
]


LEAD32_B6: list[Row] = [
    # batch 6: long leads and passives, written blind, before the coder was run on it
    (('RUS', 'RUSMIL'), ('RUS', 'RUSREB'), ('190', '193', '195', '194'),
     'The Chechen capital Grozny was pounded by Russian artillery and warplanes for a third straight day on '
     'Friday as federal forces tightened their ring around the city, where thousands of rebel fighters are '
     'dug in, Interfax news agency reported.'),
    (('TUR', 'TURGOV'), ('IRQ', 'IRQGOV'), ('111', '110', '112', '114'),
     'A Turkish government spokesman, responding to an Iraqi complaint that Turkish troops had violated its '
     'border, said on Tuesday that Ankara had every right to pursue Kurdish guerrillas who use northern '
     'Iraq as a base for attacks.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('111', '110', '112', '114'),
     'South Korea on Friday condemned North Korea\'s launch of a ballistic missile over Japan as a grave '
     'threat to peace in northeast Asia, and called on Pyongyang to halt its missile programme.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('020', '025', '023', '101', '100', '1041'),
     'South Korea on Friday condemned North Korea\'s launch of a ballistic missile over Japan as a grave '
     'threat to peace in northeast Asia, and called on Pyongyang to halt its missile programme.'),
    (('SLE', 'SLEREB'), ('IGO', 'IGOWAFECW', 'IGOUNO'), ('181', '180'),
     'Rebels of Sierra Leone\'s Revolutionary United Front were holding about 500 U.N. peacekeepers hostage '
     'on Sunday after seizing them in a series of attacks in the east, and U.N. officials said efforts to '
     'free them had failed.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('125', '120', '128', '124'),
     'Iran\'s supreme leader Ayatollah Ali Khamenei on Wednesday ruled out any talks with the United States, '
     'saying Washington was the enemy of the Islamic revolution and could not be trusted.'),
    (('GBR', 'GBRGOV', 'GBRMIL'), ('IRQ', 'IRQGOV'), ('195', '190', '193', '183'),
     'British and American warplanes attacked Iraqi air defence sites near Baghdad on Friday in the biggest '
     'raid on the Iraqi capital in two years, the Pentagon said.'),
    (('USA', 'USAGOV', 'USAMIL'), ('IRQ', 'IRQGOV', 'IRQMIL'), ('195', '190', '193', '183'),
     'British and American warplanes attacked Iraqi air defence sites near Baghdad on Friday in the biggest '
     'raid on the Iraqi capital in two years, the Pentagon said.'),
    (('MEX', 'MEXGOV'), ('MEXREB', 'MEX'), ('046', '040', '043', '036'),
     'The Mexican government and Zapatista rebels resumed peace talks in the highlands of Chiapas state on '
     'Wednesday, after a four-month break marked by mutual accusations of bad faith.'),
    (('MEX', 'MEXREB'), ('MEX', 'MEXGOV'), ('046', '040', '043', '036'),
     'The Mexican government and Zapatista rebels resumed peace talks in the highlands of Chiapas state on '
     'Wednesday, after a four-month break marked by mutual accusations of bad faith.'),
    (('SVK', 'SVKGOV'), ('HUN', 'HUNGOV'), ('111', '110', '112', '114', '125', '120'),
     'Slovakia on Thursday rejected Hungarian criticism of its new language law, which makes Slovak the only '
     'official language, saying it did not discriminate against the country\'s Hungarian minority.'),
    (('IGO', 'IGOUNO'), ('KHM', 'KHMREB'), ('163', '160', '1621', '162', '172'),
     'The U.N. Security Council on Monday imposed an oil embargo on areas held by the Khmer Rouge '
     'guerrillas, '
     'who have refused to disarm under the Paris peace accords, diplomats said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('0356', '030', '036', '0351', '046', '040'),
     'Pakistani Prime Minister Nawaz Sharif, speaking hours after Indian troops recaptured a key peak in '
     'Kargil, said on Sunday that Islamabad was ready to hold talks with New Delhi to defuse the crisis.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('112', '110', '111'),
     'Armenia accused Azerbaijan on Monday of shelling Armenian villages along their common border '
     'and warned '
     'that it would respond if the attacks continued, the Armenian news agency Armenpress said.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('0331', '030', '033', '061', '071', '057', '050', '081', '0812'),
     'The United States will grant China permanent normal trade relations, ending annual reviews of '
     'Beijing\'s '
     'trading status, under a deal that clears the way for its entry into the World Trade Organisation.'),
    (('GEO', 'GEOGOV', 'GEOMIL'), ('GEO', 'GEOREB'), ('190', '193', '195', '192'),
     'Georgian government troops battled Abkhaz separatists for control of the Black Sea port of Sukhumi on '
     'Saturday, and hundreds of refugees fled south along the coast road, Georgian television said.'),
    (('NGA', 'NGAGOV'), ('NGA', 'NGACVL', 'NGAOPP'), ('1823', '180', '175', '200', '201'),
     'Nigeria\'s military government hanged writer Ken Saro-Wiwa and eight other minority rights activists '
     'on Friday, defying international appeals for clemency, prison officials said.'),
    (('ALB', 'ALBGOV'), ('GRC', 'GRCGOV'), ('111', '110', '112', '114'),
     'Albania protested to Greece on Monday over the expulsion of thousands of Albanian illegal immigrants, '
     'saying the deportations were inhumane and would damage relations between the two neighbours.'),
    (('CHN', 'CHNGOV'), ('VAT', 'VATGOV', 'VATREL'), ('111', '110', '112', '114'),
     'China on Thursday condemned the Vatican\'s canonisation of 120 Catholic martyrs as an insult to the '
     'Chinese people, saying many of them had committed crimes against the country.'),
    (('COD', 'CODGOV'), ('RWA', 'RWAGOV', 'UGA', 'UGAGOV'), ('112', '110', '111', '1123'),
     'Congolese President Laurent Kabila on Tuesday accused Rwanda and Uganda of invading his country to '
     'topple his government and appealed to African leaders to help repel the aggression.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The dam, which will take a decade to build and cost an estimated $20 billion, is expected to flood '
     'hundreds of villages and displace more than a million people, engineers said.'),
]


LEAD32_B7: list[Row] = [
    # batch 7: verbs and nouns of every root in other words, written blind, before the coder was run on it
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV', 'IGO'), ('125', '120', '128', '124', '129'),
     'Russia and China vetoed a U.S.-drafted Security Council resolution on Wednesday that would have '
     'threatened Zimbabwe with an arms embargo and travel bans on its leaders.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNREB', 'LBNGOV', 'LBN'), ('138', '130', '1384', '139', '131'),
     'Israel vowed on Tuesday to retaliate for a Hizbollah rocket attack that wounded 12 people in the '
     'northern town of Kiryat Shmona, and its warplanes went on alert.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('125', '120', '128', '124', '127'),
     'Syria brushed aside an Israeli offer on Sunday to withdraw from southern Lebanon in exchange for '
     'security guarantees, saying any deal must include the Golan Heights.'),
    (('USA', 'USAGOV'), ('MEX', 'MEXGOV'), ('071', '070', '073', '061', '033', '0331'),
     'President Bill Clinton on Tuesday approved a $20 billion loan package for Mexico to rescue the peso, '
     'bypassing a reluctant Congress, the White House said.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('063', '060', '061', '064'),
     'France extradited an Algerian Islamist suspected of masterminding a wave of bombings in Paris to '
     'stand trial in Algiers, the interior ministry said on Thursday.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), ('043', '040', '045', '042'),
     'Egyptian President Hosni Mubarak hosted Israeli Prime Minister Ehud Barak and Palestinian leader '
     'Yasser Arafat at the Red Sea resort of Sharm el-Sheikh on Monday in a bid to end weeks of violence.'),
    (('ISR', 'ISRGOV'), ('EGY', 'EGYGOV'), ('042', '040', '043', '046'),
     'Egyptian President Hosni Mubarak hosted Israeli Prime Minister Ehud Barak and Palestinian leader '
     'Yasser Arafat at the Red Sea resort of Sharm el-Sheikh on Monday in a bid to end weeks of violence.'),
    (('KOR', 'KORGOV', 'KORJUD'), ('KOR', 'KORGOV', 'KORELI', 'KORMIL'),
     ('090', '091', '092', '173', '1711', '115'),
     'South Korean prosecutors opened an investigation on Monday into former President Chun Doo-hwan\'s role '
     'in the 1979 military coup and the bloody suppression of the Kwangju uprising.'),
    (('USA', 'USAGOV'), ('KOR', 'KORGOV', 'KOR'), ('051', '050', '055', '057'),
     'The United States on Friday endorsed South Korea\'s plan to supply light-water nuclear reactors to '
     'the North, calling it a sound basis for a deal on Pyongyang\'s nuclear programme.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRCVL', 'GBR', 'GBRBUS'), ('081', '080', '084', '0841', '083', '0811'),
     'Iran on Thursday freed a British businessman jailed for five years on spying charges, in a gesture '
     'seen as an attempt to improve relations with London.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('111', '110', '112', '114', '1122'),
     'Pakistan on Saturday denounced what it called the brutal repression of the Moslem population of '
     'Kashmir by Indian security forces and urged the United Nations to intervene.'),
    (('PAKGOV', 'PAK'), ('IGO', 'IGOUNO'), ('020', '025', '0255', '023', '101', '100', '102'),
     'Pakistan on Saturday denounced what it called the brutal repression of the Moslem population of '
     'Kashmir by Indian security forces and urged the United Nations to intervene.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('161', '160', '166', '1663'),
     'Britain downgraded its relations with Iran on Tuesday and recalled its charge d\'affaires from Tehran '
     'after Iranian leaders refused to lift the death sentence on author Salman Rushdie.'),
    (('USA', 'USAGOV', 'USAMIL'), ('SDN', 'SDNGOV', 'SDNCVL'), ('190', '195', '183', '193'),
     'U.S. cruise missiles struck a pharmaceutical factory in Khartoum on Thursday that Washington said was '
     'producing ingredients for chemical weapons, the Sudanese government said.'),
    (('UGA', 'UGAGOV', 'UGAMIL'), ('COD', 'CODGOV', 'CODREB', 'COD'), ('154', '150', '152', '190', '0874'),
     'Uganda has sent 2,000 more troops into eastern Congo to protect its border from rebel attacks, a '
     'Ugandan army spokesman said on Wednesday.'),
    (('IGO', 'IGOWSTNAT'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV', 'SRB'), ('081', '080', '087', '0871', '084'),
     'NATO suspended its air campaign against Yugoslavia on Thursday after the first Serb troops began to '
     'pull out of Kosovo under the terms of a peace plan.'),
    (('ESP', 'ESPGOV'), ('ESPREB', 'ESP'), ('125', '120', '128', '124'),
     'Spain\'s government on Monday ruled out negotiations with the Basque separatist group ETA until it '
     'renounces violence, despite the guerrillas\' offer of an indefinite ceasefire.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), ('161', '160', '1621', '163', '164'),
     'Indonesia cancelled its security pact with Australia on Thursday in anger at Canberra\'s leading role '
     'in the U.N.-backed peacekeeping force in East Timor.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('1043', '100', '101', '104', '102', '020', '023'),
     'China on Monday demanded that the United States stop all arms sales to Taiwan and warned that '
     'Washington would bear full responsibility for the consequences.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('073', '070', '071', '074', '0331', '033'),
     'Greece sent rescue teams and medical supplies to Turkey on Wednesday to help victims of the earthquake '
     'that killed thousands of people, in a rare gesture of solidarity between the old rivals.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The festival, held every summer since 1947, drew more than 400,000 visitors to the Scottish capital '
     'this year, organisers said on Sunday.'),
]


LEAD32_B8: list[Row] = [
    # batch 8: reported speech and statements, written blind, before the coder was run on it
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), ('112', '110', '111'),
     'Iran\'s foreign ministry said in a statement on Tuesday that Iraqi warplanes had bombed a residential '
     'district of the border town of Mehran, killing 14 civilians.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('112', '110', '111'),
     'The State Department said on Friday that North Korea had sold Scud missiles to Iran and Syria in '
     'violation of international controls, and warned of unspecified consequences.'),
    (('CHN', 'CHNGOV'), ('IND', 'INDGOV'), ('013', '010', '012', '111', '112'),
     'A Chinese foreign ministry spokesman said on Thursday that India\'s nuclear tests had '
     'seriously damaged '
     'the international effort to halt the spread of nuclear weapons.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('112', '110', '111'),
     'The Russian Defence Ministry said on Monday that Georgia was allowing Chechen fighters to shelter in '
     'the Pankisi Gorge and demanded that Tbilisi hand over rebels who crossed the border.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('101', '100', '1043', '104', '102', '105'),
     'The Russian Defence Ministry said on Monday that Georgia was allowing Chechen fighters to shelter in '
     'the Pankisi Gorge and demanded that Tbilisi hand over rebels who crossed the border.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('036', '030', '040', '046'),
     'Israeli Foreign Minister Shimon Peres said on Sunday he would meet PLO officials in Oslo next week to '
     'discuss the final details of an agreement on Palestinian self-rule.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('111', '110', '112', '114'),
     '"This is an extremely regrettable act that threatens the peace and security of Japan," Chief Cabinet '
     'Secretary Hiromu Nonaka told reporters after North Korea fired a rocket over the Japanese islands.'),
    (('PRK', 'PRKGOV'), ('IGO', 'IGOUNO'), ('138', '130', '1384', '139', '131'),
     'North Korea said on Wednesday it would regard any sanctions imposed by the United Nations over its '
     'nuclear programme as a declaration of war, the official Korean Central News Agency reported.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('ISR', 'ISRGOV'), ('013', '010', '012', '111', '1122'),
     'PLO chairman Yasser Arafat told a news conference in Tunis on Monday that the Palestinians would '
     'never give up their right to an independent state, and accused Israel of brutality in the occupied '
     'territories.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('ISR', 'ISRGOV'), ('112', '110', '111', '1122'),
     'PLO chairman Yasser Arafat told a news conference in Tunis on Monday that the Palestinians would '
     'never give up their right to an independent state, and accused Israel of brutality in the occupied '
     'territories.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('112', '110', '111'),
     'Turkey said on Friday that Greece was harbouring members of the outlawed Kurdistan Workers Party and '
     'called on Athens to stop supporting what it called terrorism.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('020', '025', '023', '100', '101', '1041', '104'),
     'Turkey said on Friday that Greece was harbouring members of the outlawed Kurdistan Workers Party and '
     'called on Athens to stop supporting what it called terrorism.'),
    (('AGO', 'AGOGOV', 'AGOREB'), ('AGOREB', 'AGO', 'AGOGOV', 'AGOMIL', 'AGOCVL'),
     ('112', '110', '111', '190', '196'),
     'Angola\'s government said on Thursday that UNITA rebels had violated the ceasefire by attacking '
     'government positions in the northern province of Uige, killing 11 soldiers.'),
    (('IGO', 'IGOUNO'), ('SRB', 'SRBMIL', 'SRBREB', 'BIHREB', 'BIH'), ('112', '110', '111'),
     'U.N. officials said on Saturday that Bosnian Serb forces had blocked an aid convoy bound for the '
     'besieged enclave of Srebrenica for the third time in a week.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV', 'SAU', 'SAUGOV'), ('138', '130', '1384', '139', '131', '111'),
     'Iraqi President Saddam Hussein, in a speech broadcast on state television on Monday, warned Kuwait and '
     'Saudi Arabia that they would pay a heavy price for allowing U.S. warplanes to use their bases.'),
    (('NGA', 'NGAGOV'), ('IGO', 'IGOCWN', 'IGOCOM'), ('111', '110', '112', '114', '125', '120'),
     'Nigeria\'s military government on Saturday described its suspension from the Commonwealth as unjust '
     'and said it would not be bullied into releasing political prisoners.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Analysts in Tokyo said the yen was likely to remain under pressure until the central bank signalled a '
     'change in its interest rate policy, possibly next month.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Officials said the talks, which are expected to last three days, would focus on trade, investment and '
     'the environment.'),
]


LEAD32_B9: list[Row] = [
    # batch 9: requests, rejections and threats most, written blind, before the coder was run on it
    (('IGO', 'IGOUNO'), ('IDN', 'IDNGOV'), ('101', '100', '102', '1041', '020', '025', '023', '0255'),
     'U.N. Secretary-General Kofi Annan on Friday urged Indonesia to accept an international peacekeeping '
     'force in East Timor, warning that Jakarta would be held responsible for any further bloodshed.'),
    (('RUS', 'RUSGOV'), ('LVA', 'LVAGOV'), ('138', '130', '1312', '131', '139', '163'),
     'Russia threatened on Friday to impose economic sanctions on Latvia over its treatment of the Russian-'
     'speaking minority, after Latvian police broke up a protest by elderly Russians in Riga.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO', 'IGOEUR', 'IGOUNO', 'IGOWST', 'BIH'),
     ('125', '120', '128', '124', '127'),
     'Serbian President Slobodan Milosevic rejected on Sunday an international peace plan for Bosnia that '
     'would give the Bosnian Serbs less than half of the republic\'s territory.'),
    (('BIH', 'BIHREB', 'SRB', 'SRBREB', 'BIHLEG'), ('IGO', 'SRB', 'SRBGOV'), ('125', '120', '128', '124'),
     'The Bosnian Serb parliament, meeting in the mountain town of Pale, voted on Thursday to reject the '
     'international peace plan for the third time, defying pressure from their patrons in Belgrade.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('138', '130', '1383', '1384', '139', '131'),
     'Defense Secretary William Cohen warned Iraq on Sunday that the United States was prepared to use '
     'substantial force if Baghdad did not allow weapons inspectors to resume their work.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('0356', '030', '036', '101', '020', '025'),
     'South Korea on Monday proposed high-level military talks with North Korea to prevent a repeat of last '
     'week\'s naval clash in the Yellow Sea, the defence ministry said.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('125', '120', '128', '124'),
     'North Korea on Wednesday rejected a South Korean proposal for military talks, saying Seoul must first '
     'apologise for the naval clash in which a North Korean torpedo boat was sunk.'),
    (('DEU', 'DEUGOV'), ('IRN', 'IRNGOV'), ('161', '160', '166', '1663'),
     'Germany recalled its ambassador from Tehran on Thursday after a Berlin court ruled that Iran\'s '
     'leadership had ordered the killing of four Kurdish dissidents in a Berlin restaurant.'),
    (('IRN', 'IRNGOV'), ('DEU', 'DEUGOV', 'DEUJUD'), ('111', '110', '112', '114', '125', '120'),
     'Iran on Friday rejected a German court\'s verdict implicating its leaders in the murder of Kurdish '
     'dissidents as politically motivated, and thousands of Iranians protested outside the German embassy.'),
    (('IRN', 'IRNCVL'), ('DEU', 'DEUGOV'), ('141', '140', '145'),
     'Iran on Friday rejected a German court\'s verdict implicating its leaders in the murder of Kurdish '
     'dissidents as politically motivated, and thousands of Iranians protested outside the German embassy.'),
    (('SYR', 'SYRGOV'), ('TUR', 'TURGOV'), ('112', '110', '111'),
     'Syria accused Turkey on Tuesday of cutting the flow of the Euphrates river to put pressure on '
     'Damascus, and said it would raise the issue at the Arab League.'),
    (('LBN', 'LBNGOV'), ('ISR', 'ISRGOV', 'IGO', 'IGOUNO'), ('114', '111', '110', '112'),
     'Lebanon filed a complaint with the U.N. Security Council on Monday over Israeli air raids on power '
     'stations near Beirut that plunged much of the country into darkness.'),
    (('CHNGOV', 'CHN'), ('USA', 'USAGOV'), ('101', '100', '104', '1042', '111', '112'),
     'China demanded on Saturday that the United States apologise for the bombing of its embassy in '
     'Belgrade, as thousands of students stoned the U.S. embassy in Beijing.'),
    (('CHN', 'CHNCVL', 'CHNEDU'), ('USA', 'USAGOV'), ('145', '140', '141'),
     'China demanded on Saturday that the United States apologise for the bombing of its embassy in '
     'Belgrade, as thousands of students stoned the U.S. embassy in Beijing.'),
    (('ZMB', 'ZMBGOV'), ('AGO', 'AGOREB'), ('013', '010', '012', '111', '125', '016'),
     'Zambia on Thursday denied Angolan charges that it was supplying arms to UNITA rebels, and invited '
     'international monitors to inspect its border with Angola.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The talks were due to resume in Geneva next month, but diplomats said the two sides remained far '
     'apart on the key issues of territory and refugees.'),
]


LEAD32_B10: list[Row] = [
    # batch 10: written blind before the session's merge, run first on the merged coder
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160', '166', '1663'),
     'Egypt recalled its ambassador from Tel Aviv on Tuesday in protest at Israel\'s military '
     'offensive in the '
     'Gaza Strip, the official Middle East News Agency said.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDGOV', 'INDMIL'), ('190', '195', '193', '194'),
     'Pakistani troops shelled Indian positions along the Line of Control in Kashmir on Sunday, killing two '
     'soldiers, an Indian army spokesman said in Srinagar.'),
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), ('046', '040', '043', '042'),
     'British Prime Minister John Major and his Irish counterpart Albert Reynolds held talks in London on '
     'Friday on a joint declaration aimed at ending the violence in Northern Ireland.'),
    (('IRL', 'IRLGOV'), ('GBR', 'GBRGOV'), ('046', '040', '043', '042'),
     'British Prime Minister John Major and his Irish counterpart Albert Reynolds held talks in London on '
     'Friday on a joint declaration aimed at ending the violence in Northern Ireland.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('057', '050', '030', '0331'),
     'The United States and North Korea signed an agreement in Geneva on Friday under which Pyongyang will '
     'freeze its nuclear programme in return for two light-water reactors and shipments of fuel oil.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('057', '050', '030', '0331'),
     'The United States and North Korea signed an agreement in Geneva on Friday under which Pyongyang will '
     'freeze its nuclear programme in return for two light-water reactors and shipments of fuel oil.'),
    (('RWA', 'RWAGOV'), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), ('112', '110', '111'),
     'Rwanda accused Zaire on Thursday of arming Hutu militiamen in refugee camps along the border and '
     'warned that it would not tolerate attacks launched from Zairean territory.'),
    (('ISR', 'ISRGOV', 'ISRCOP', 'ISRMIL'), ('PSE', 'PSECVL', 'PSEOPP', 'PSEREB', 'PSEUAF'),
     ('173', '170', '1711'),
     'Israeli security forces arrested more than 100 suspected Islamic militants in the West Bank on Sunday '
     'in a sweep following a suicide bombing in Jerusalem that killed 15 people.'),
    (('KHM', 'KHMGOV'), ('KHM', 'KHMREB'), ('0356', '030', '036', '046', '040', '0351'),
     'Cambodia\'s government offered on Monday to hold peace talks with the Khmer Rouge if the guerrillas '
     'agreed to a ceasefire, a government spokesman said.'),
    (('SAU', 'SAUGOV'), ('IRQ', 'IRQGOV'), ('111', '110', '112', '114'),
     'Saudi Arabia on Friday condemned Iraq\'s invasion of Kuwait and asked the United States to send troops '
     'to defend the kingdom, the official Saudi Press Agency said.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAGOV'), ('020', '021', '0211', '025', '101', '102', '0234'),
     'Saudi Arabia on Friday condemned Iraq\'s invasion of Kuwait and asked the United States to send troops '
     'to defend the kingdom, the official Saudi Press Agency said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('125', '120', '128', '124'),
     'China on Wednesday rejected U.S. calls to release dissident Wei Jingsheng, saying his case was an '
     'internal affair in which no foreign government had the right to interfere.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMROPP', 'MMR'), ('081', '080', '0841', '084'),
     'Burma\'s military government on Monday released opposition leader Aung San Suu Kyi from six years of '
     'house arrest, the Nobel peace laureate said in Rangoon.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('0356', '030', '036', '057', '050'),
     'Armenia and Azerbaijan agreed on Tuesday to extend a Russian-mediated ceasefire in Nagorno-Karabakh '
     'indefinitely, the Russian foreign ministry said in Moscow.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The summit, the first of its kind since the end of the Cold War, brought together leaders from more '
     'than 50 countries, according to the organisers.'),
]


LEAD32_B11: list[Row] = [
    # batch 11: written blind after the session's merge, run first on the landed coder (main 4fe97f4)
    (('TUR', 'TURGOV'), ('IRQ', 'IRQGOV'), ('0356', '030', '036', '046', '040'),
     'Turkey and Iraq agreed on Wednesday to hold talks on sharing the waters of the Tigris and Euphrates, '
     'after Baghdad complained that Turkish dams had cut the flow of both rivers.'),
    (('IRQ', 'IRQGOV'), ('TUR', 'TURGOV'), ('0356', '030', '036', '046', '040'),
     'Turkey and Iraq agreed on Wednesday to hold talks on sharing the waters of the Tigris and Euphrates, '
     'after Baghdad complained that Turkish dams had cut the flow of both rivers.'),
    (('IGO', 'IGOUNO'), ('HTI', 'HTIMIL', 'HTIGOV'), ('163', '160', '1621', '162'),
     'The U.N. Security Council on Wednesday imposed a worldwide oil and arms embargo on Haiti to pressure '
     'its military rulers into restoring ousted President Jean-Bertrand Aristide.'),
    (('SRB', 'SRBMIL', 'YUG', 'YUGMIL', 'SRBCOP'), ('SRB', 'KOS', 'SRBCVL', 'YUGCVL', 'KOSCVL'),
     ('180', '190', '175', '200', '202', '183', '1823'),
     'Serbian police killed at least 20 ethnic Albanians in a raid on villages in the Drenica region of '
     'Kosovo on Thursday, Albanian sources said.'),
    (('GBR', 'GBRGOV'), ('CHN', 'CHNGOV'), ('111', '110', '112', '114', '125', '120'),
     'Britain on Tuesday protested to China over the detention of a Hong Kong democracy activist in Beijing, '
     'the Foreign Office said.'),
    (('PSE', 'PSEREB', 'PSEUAF'), ('ISR', 'ISRCVL'), ('183', '1831', '180', '190', '186'),
     'A suicide bomber from the Islamic militant group Hamas blew himself up on a crowded bus in central '
     'Tel Aviv on Wednesday, killing 22 people, police said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('163', '160', '1621', '191', '1724', '172'),
     'Israel sealed off the West Bank and Gaza Strip on Wednesday after the bombing and suspended talks '
     'with the Palestine Liberation Organisation on the next stage of self-rule.'),
    (('ISRGOV', 'ISR'), ('PSE', 'PSEGOV'), ('164', '160', '161'),
     'Israel sealed off the West Bank and Gaza Strip on Wednesday after the bombing and suspended talks '
     'with the Palestine Liberation Organisation on the next stage of self-rule.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), ('101', '100', '104', '1042', '020', '023'),
     'South Korea demanded on Monday that Japan revise history textbooks that it said glossed over Japan\'s '
     'colonial rule of the Korean peninsula and wartime atrocities.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('081', '080', '085', '0812'),
     'The United States eased some economic sanctions against North Korea on Friday, allowing most consumer '
     'goods to be exported and lifting restrictions on direct investment.'),
    (('AGO', 'AGOGOV', 'AGOMIL'), ('AGO', 'AGOREB'), ('190', '193', '195', '192'),
     'Angolan government troops captured the UNITA rebel stronghold of Bailundo on Monday after a week of '
     'heavy fighting, state radio said.'),
    (('VEN', 'VENGOV'), ('USA', 'USAGOV'), ('125', '120', '128', '124', '1245', '1224'),
     'Venezuelan President Hugo Chavez on Wednesday turned down an American offer to send troops and '
     'engineers to help rebuild areas devastated by floods, saying his country could cope alone.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('SLE', 'SLEREB'), ('190', '193', '195'),
     'Nigerian jets bombed rebel positions outside Freetown on Sunday as West African peacekeepers fought to '
     'drive the Revolutionary United Front from the outskirts of the capital.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('112', '110', '111'),
     'Ethiopia accused Eritrea on Saturday of shelling the border town of Zalambessa and warned that it '
     'would take all necessary measures to defend its territory.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'Shares in Hong Kong closed sharply lower on Friday, with property stocks leading the fall amid worries '
     'about rising interest rates, brokers said.'),
]


BATCHES: dict[str, list[Row]] = {"batch1": LEAD32, "batch2": LEAD32_B2, "batch3": LEAD32_B3,
                               "batch4": LEAD32_B4, "batch5": LEAD32_B5, "batch6": LEAD32_B6,
                               "batch7": LEAD32_B7, "batch8": LEAD32_B8,
                               "batch9": LEAD32_B9, "batch10": LEAD32_B10,
                               "batch11": LEAD32_B11}
ALL32: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
