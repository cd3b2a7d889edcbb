"""GSR-style probes of the twenty-fifth session (wip/lead27): short international leads in the manner of
the real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind,
weighted to WHO THE ACT IS DONE TO, because the unread PLOVER half's target accuracy (0.805) trails the
read half's (0.939) most: targets in prepositional phrases ("a protest with Baghdad over", "appealed to
the United Nations to pressure Israel", "an embargo on South Africa", "loans to Kenya"), possessors and
nationality adjectives ("Iraq's invasion of Kuwait", "Vietnamese fishing boats"), mediation between two
parties, acts told with "drawing a protest from", and sector codes of the parties (police, troops,
students, workers, guerrillas, activists, priests, prisoners).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (42 rows, main 3c45073) 40 / 39 / 38;
batch 2 (30, after batch 1's fixes) 22 / 19 / 17; batch 3 (28) 21 / 19 / 19; batch 4 (19) 14 / 11 / 10;
batch 5 (18) 11 / 9 / 7; batch 6 (18, the cooperative half) 15 / 14 / 13, whose four misses were
all writing errors by the guide (an offer to host talks between two others is 039, an army MIL, agreeing
to share intelligence and offering an amnesty intents, 03); batch 7 (18, long leads after the merge)
13 / 11 / 10; batch 8 (18, leads opened by a clause or a participle) 13 / 13 / 13. Rows corrected
after a run are writing errors by the guide only (docs/events.md, "Twenty-fifth session: GSR-style
leads, blind, ...").
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD27: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), ('114', '111', '112', '110'),
     'Iran lodged a formal protest with Baghdad over the shelling of its border posts, the official news '
     'agency IRNA said.'),
    (('SYRGOV', 'SYR'), ('IGO',), ('020', '025', '0256', '021', '024', '028'),
     "Syria's foreign minister appealed to the United Nations to pressure Israel to withdraw from southern "
     'Lebanon.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('166', '1663', '160'),
     'Pakistan expelled two Indian diplomats on Saturday, accusing them of spying, the foreign ministry '
     'said.'),
    (('CHNMIL', 'CHN'), ('VNM', 'VNMCVL', 'VNMAGR'), ('190', '193', '195', '180'),
     'Chinese troops fired on Vietnamese fishing boats near the Paracel Islands, Hanoi radio said.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV', 'UGA', 'UGAGOV'), ('039', '030', '031', '036'),
     'Egypt offered to mediate between Sudan and Uganda in their border dispute.'),
    (('IGO',), ('ZAF', 'ZAFGOV'), ('085', '081', '080', '0812'),
     'The European Union lifted an arms embargo on South Africa, EU diplomats said in Brussels.'),
    (('ALBEDU',), ('ALBGOV', 'ALB'), ('141', '1411', '1413', '140'),
     'Thousands of Albanian students marched through Tirana demanding the resignation of the government.'),
    (('TURMIL', 'TUR'), ('IRQREB', 'TURREB', 'IRQ'), ('195', '190', '183'),
     'Turkish warplanes bombed Kurdish rebel bases in northern Iraq, the army said.'),
    (('COLGOV', 'COL'), ('USA', 'USAGOV'), ('023', '0232', '020'),
     'Colombian President Virgilio Barco asked the United States for military aid to fight the drug '
     'cartels.'),
    (('GBR', 'GBRGOV', 'ARG', 'ARGGOV'), ('ARG', 'ARGGOV', 'GBR', 'GBRGOV'), ('050', '054', '057', '030'),
     'Britain and Argentina restored diplomatic relations on Thursday, eight years after the Falklands '
     'war.'),
    (('NGA', 'NGAGOV'), ('GHA', 'GHAGOV'), ('161', '160'),
     'Nigeria recalled its ambassador to Ghana in protest at the expulsion of Nigerian traders.'),
    (('SDNREB',), ('SDNMIL', 'SDN'), ('190', '193', '194', '195', '180', '183'),
     "Rebels of the Sudan People's Liberation Army shot down a Sudanese air force transport plane near "
     'Juba, killing 40 people.'),
    (('ZWEGOV', 'ZWE'), ('GBR', 'GBRGOV'), ('112', '1121', '111'),
     "Zimbabwe's president Robert Mugabe accused Britain of plotting to overthrow his government."),
    (('KORCOP',), ('KOREDU',), ('175', '172', '1724', '170'),
     'South Korean riot police fired tear gas to break up a rally by students demanding reunification '
     'with the North.'),
    (('JPN', 'JPNGOV'), ('IDN', 'IDNGOV'), ('071', '033', '0331', '070'),
     'Japan will extend $500 million in low-interest loans to Indonesia, the Finance Ministry said in '
     'Tokyo.'),
    (('IRQMIL', 'IRQ'), ('KWT', 'KWTLAB', 'KWTCVL', 'KWTBUS'), ('181', '173', '170'),
     'Iraqi forces seized three Kuwaiti oil workers near the border, Kuwait said.'),
    (('IGO',), ('IRQ', 'IRQGOV', 'IRQMIL'), ('111', '112'),
     "The U.N. Security Council condemned Iraq's invasion of Kuwait and demanded an immediate withdrawal "
     'of Iraqi troops.'),
    (('IGO',), ('IRQ', 'IRQGOV', 'IRQMIL'), ('106', '100', '1061'),
     "The U.N. Security Council condemned Iraq's invasion of Kuwait and demanded an immediate withdrawal "
     'of Iraqi troops.'),
    (('GRCGOV',), ('USA', 'USAGOV'), ('130', '131', '1311', '1312', '1313', '139'),
     'Greek Prime Minister Andreas Papandreou threatened to close U.S. military bases in Greece unless '
     'Washington increased its aid.'),
    (('ETHGOV', 'ETH', 'ERIGOV', 'ERI'), ('ERIGOV', 'ERI', 'ETHGOV', 'ETH'), ('046', '040', '043'),
     'Ethiopian and Eritrean officials held talks in Algiers on ending their border war, the Organisation '
     'of African Unity said.'),
    (('LBNGOV',), ('SYR', 'SYRGOV'), ('042', '040', '043', '046'),
     'Lebanese Prime Minister Rafik Hariri flew to Damascus on Monday for talks with Syrian President '
     'Hafez al-Assad.'),
    (('NGO',), ('FRA', 'FRAGOV'), ('140', '141', '1414', '1411'),
     'Greenpeace activists chained themselves to the gates of the French embassy in Wellington to protest '
     'against nuclear tests in the Pacific.'),
    (('NGO',), ('IDNMIL', 'IDN'), ('112', '1121', '1122', '111'),
     'Amnesty International accused the Indonesian army of torturing civilians in Aceh.'),
    (('KENGOV', 'KEN', 'KENCOP'), ('KENOPP',), ('172', '1721', '170'),
     "Kenya's government banned a planned opposition rally in Nairobi, police said."),
    (('VNM', 'VNMGOV'), ('VNMOPP', 'VNMCVL', 'VNMREL', 'VNM'), ('084', '0841', '080'),
     'Vietnam freed 34 political prisoners, including a Roman Catholic priest, under an amnesty, state '
     'media said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('111', '114', '112', '110'),
     'India test-fired a nuclear-capable missile on Sunday, drawing a sharp protest from Pakistan.'),
    (('RUS', 'RUSGOV'), ('IGO',), ('130', '131', '138', '111', '110'),
     'Russia warned NATO against expanding eastward, saying the move would threaten its security.'),
    (('UGA', 'UGAMIL', 'UGAGOV'), ('COD', 'CODREB'), ('150', '152', '154'),
     'Uganda deployed troops along its border with Congo after rebel raids, the defence ministry said.'),
    (('PER', 'PERGOV', 'ECU', 'ECUGOV'), ('ECU', 'ECUGOV', 'PER', 'PERGOV'), ('057',),
     'Peru and Ecuador signed a peace treaty in Brasilia ending their decades-old border dispute.'),
    (('IGO',), ('KEN', 'KENGOV'), ('162', '1621', '160'),
     'The World Bank suspended loans to Kenya over corruption, a bank spokesman said.'),
    (('INDREB',), ('INDMIL',), ('190', '193', '180', '181', '183'),
     'Guerrillas ambushed an army convoy in Kashmir, killing six soldiers, police said.'),
    (('CUBGOV',), ('VENGOV', 'VEN'), ('051',),
     "Cuban leader Fidel Castro praised Venezuela's Hugo Chavez as a true friend of Cuba during a visit to "
     'Havana.'),
    (('PSEGOV', 'PSECOP'), ('PSEREB',), ('173', '170'),
     'The Palestinian Authority arrested dozens of Hamas militants after a wave of bombings, Palestinian '
     'security sources said.'),
    (('AGO', 'AGOGOV'), ('ZAF', 'ZAFGOV', 'ZAFMIL'), ('112', '1121', '111'),
     'Angola accused South Africa of sending troops into its territory in support of UNITA rebels.'),
    (('USA', 'USAGOV'), ('JPN', 'JPNGOV'), ('163', '160'),
     'The United States imposed trade sanctions on Japan for failing to open its market to American '
     'semiconductors.'),
    (('IRNGOV', 'IRNREL', 'IRN'), ('USA', 'USAGOV'), ('125', '120', '1241'),
     "Iran's supreme leader Ayatollah Ali Khamenei rejected any talks with the United States."),
    (('BGDLAB', 'BGDCOP'), ('BGDCOP', 'BGDLAB'), ('145', '143', '190', '1451'),
     'Hundreds of Bangladeshi garment workers clashed with police in Dhaka during a strike over unpaid '
     'wages.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('112', '111'),
     'North Korea threatened to pull out of the nuclear Non-Proliferation Treaty, accusing Washington of '
     'planning an attack.'),
    (('COLCOP',), ('COLCRM',), ('112', '1121'),
     'A car bomb exploded outside a police station in Bogota, killing nine officers; police blamed the '
     'Medellin cartel.'),
    (('IGO',), (), ('04', '05'),
     'Leaders of 150 nations attended a ceremony in New York marking the 50th anniversary of the United '
     'Nations.'),
    (('USA',), (), ('19', '18'),
     'The Vietnam War ended in 1975 with the fall of Saigon.'),
    (('IRQ',), (), ('13',),
     'Analysts said Iraq could threaten its neighbours if sanctions were lifted.'),
]

LEAD27_B2: list[Row] = [
    # batch 2: longer leads (datelines, two clauses, passives with agents, coordinated parties, acts told
    # as nouns), written blind after batch 1's two fixes
    (('ISRMIL', 'ISR'), ('LBNREB', 'LBN', 'LBNCVL'), ('195', '190', '183'),
     'Israeli helicopter gunships rocketed suspected guerrilla hideouts in southern Lebanon on Tuesday, '
     'hours after a roadside bomb wounded three Israeli soldiers in the security zone, security sources '
     'said.'),
    (('LBNREB', '---REB'), ('ISRMIL',), ('183', '1831', '180', '190'),
     'Israeli helicopter gunships rocketed suspected guerrilla hideouts in southern Lebanon on Tuesday, '
     'hours after a Hezbollah roadside bomb wounded three Israeli soldiers in the security zone, security '
     'sources said.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('111', '112', '110'),
     'PARIS, June 3 - France on Wednesday sharply criticised the Algerian government for cancelling the '
     'second round of parliamentary elections, a foreign ministry spokesman said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('071', '070', '073', '033', '0331', '0333'),
     'SEOUL, Aug 12 - South Korea will send 100,000 tonnes of rice to flood-stricken North Korea, the '
     'unification ministry said on Thursday.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('SYR', 'SYRGOV'), ('130', '131', '138', '1383', '139'),
     'Turkey massed troops on its border with Syria and warned Damascus it would face military action '
     'unless it stopped sheltering Kurdish rebels.'),
    (('IGO',), ('YUG', 'SRB', 'YUGGOV', 'SRBGOV'), ('163', '160'),
     'The European Community imposed an oil embargo and froze the assets of Yugoslavia on Monday to '
     'punish Serbia for its role in the Bosnian war.'),
    (('ARM', 'ARMGOV', 'AZE', 'AZEGOV'), ('AZE', 'AZEGOV', 'ARM', 'ARMGOV'), ('081', '083', '0831', '086',
                                                                          '087', '0871', '080', '057',
                                                                          '035', '0356', '030'),
     'Armenia and Azerbaijan agreed to a ceasefire in the disputed Nagorno-Karabakh region after talks '
     'mediated by Russia, Interfax news agency reported.'),
    (('RUS', 'RUSGOV'), ('ARM', 'ARMGOV', 'AZE', 'AZEGOV'), ('039', '030', '031', '04', '040', '043', '045',
                                                         '046'),
     'Armenia and Azerbaijan agreed to a ceasefire in the disputed Nagorno-Karabakh region after talks '
     'mediated by Russia, Interfax news agency reported.'),
    (('NGAGOV', 'NGA', 'NGASPY'), ('NGAJRN', 'NGAMED'), ('173', '170'),
     'A Nigerian journalist who criticised the military government has been arrested by the State '
     'Security Service, his newspaper said on Friday.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('112', '1121', '111'),
     'Washington has blamed Libya for the bombing of a Berlin discotheque in which two American '
     'servicemen were killed, and has ordered the expulsion of Libyan diplomats.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('166', '1663', '160'),
     'Washington has blamed Libya for the bombing of a Berlin discotheque in which two American '
     'servicemen were killed, and has ordered the expulsion of Libyan diplomats.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('111', '114', '112', '110'),
     "China lodged a strong protest with Britain over Hong Kong governor Chris Patten's plans for "
     'democratic reform, the Xinhua news agency said.'),
    (('IDNMIL', 'IDN'), ('IDNREB', 'TLSREB', 'TMPREB'), ('190', '193', '180', '173', '181'),
     'Government troops killed four Fretilin guerrillas and captured two others in a clash in the East '
     'Timor hills, the Indonesian military command said.'),
    (('BDIGOV', 'BDI'), ('RWA', 'RWAGOV'), ('112', '1121', '111'),
     "Burundi's government has accused neighbouring Rwanda of training Hutu rebels who have launched "
     'raids across the border.'),
    (('IGO',), ('SOM', 'SOMREB', 'SOMGOV', 'SOMCVL'), ('073', '070', '071', '07'),
     'A convoy of the World Food Programme delivered 300 tonnes of food to the Somali town of Baidoa, '
     'where thousands have died of starvation.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('036', '030', '031', '039', '04', '040', '043', '045'),
     'Pakistan said on Sunday it was ready to host talks between the warring Afghan factions to end the '
     'fighting for Kabul.'),
    (('ZAFOPP', 'ZAF', 'ZAFPTY'), ('ZAFGOV',), ('125', '120', '164', '1611', '160'),
     'The African National Congress broke off constitutional talks with the government on Tuesday, '
     'accusing it of complicity in township violence.'),
    (('ZAFOPP', 'ZAF', 'ZAFPTY'), ('ZAFGOV',), ('112', '1121'),
     'The African National Congress broke off constitutional talks with the government on Tuesday, '
     'accusing it of complicity in township violence.'),
    (('MMRMIL', 'MMRGOV', 'MMR'), ('MMROPP',), ('173', '170', '172', '1722'),
     "Burma's military rulers placed opposition leader Aung San Suu Kyi under house arrest in Rangoon, "
     'diplomats said.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('023', '0234', '020', '090', '091', '10', '102', '1044'),
     'The International Atomic Energy Agency asked Iraq for a full account of its nuclear programme, '
     'the agency said in Vienna.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('111', '114', '112', '110', '16'),
     'Greece accused Turkey of violating its airspace 20 times on Friday and said it would raise the '
     'issue with NATO.'),
    (('ESP', 'ESPGOV'), ('GBR', 'GBRGOV'), ('02', '020', '021', '025', '0256', '10', '100'),
     'Spain renewed its demand that Britain hand back Gibraltar, ending hopes of an early deal on the '
     'Rock.'),
    (('COG', 'COGMIL', 'COGGOV'), ('COGREB', 'COGOPP'), ('190', '193', '194', '195'),
     "Government forces shelled positions held by militiamen loyal to former president Pascal Lissouba "
     'in Brazzaville on Saturday, residents said.'),
    (('HTI', 'HTIGOV'), ('HTIOPP', 'HTI'), ('084', '0841', '08', '080'),
     'Haitian authorities released 12 opposition activists detained after last week\'s anti-government '
     'protests, a human rights group said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160', '166'),
     'Egypt recalled its ambassador from Tel Aviv to protest against Israel\'s invasion of Lebanon.'),
    (('KHMGOV', 'KHM'), ('THA', 'THAGOV'), ('02', '020', '023', '0234', '10', '100', '1043', '108'),
     'Cambodia asked Thailand to extradite a former Khmer Rouge commander arrested in Bangkok, the '
     'foreign ministry said.'),
    (('UKRGOV', 'UKR'), ('RUS', 'RUSGOV'), ('057', '030', '03', '081'),
     'Ukraine and Russia signed an agreement in Kiev dividing the Black Sea fleet, ending a five-year '
     'dispute.'),
    (('SDNREB',), ('SDN', 'SDNGOV'), ('1246', '120', '124', '12'),
     'Southern rebels refused to lay down their arms before a peace settlement with Khartoum was '
     'signed, a rebel spokesman said in Nairobi.'),
    (('USA',), (), ('19', '18', '17'),
     'Veterans gathered in Washington to remember the soldiers who died in the Korean War.'),
    (('GBR',), (), ('03', '04', '05'),
     'Britain has been a member of the European Union since 1973.'),
]

LEAD27_B3: list[Row] = [
    # batch 3: long leads of two or three clauses, parties named by title, nationality or capital,
    # written blind after batch 2's fixes
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('112', '1121', '111'),
     'NEW DELHI, March 14 - India accused Pakistan on Saturday of masterminding a string of bomb blasts '
     'that killed more than 250 people in Bombay, and said it would raise the matter at the United '
     'Nations.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('120', '125', '124', '1246', '12'),
     "Baghdad on Sunday turned down a U.N. offer to let it sell limited amounts of oil to buy food, "
     'calling the terms an insult to Iraqi sovereignty.'),
    (('IRQGOV', 'IRQ'), ('IGO',), ('111', '110'),
     "Baghdad on Sunday turned down a U.N. offer to let it sell limited amounts of oil to buy food, "
     'calling the terms an insult to Iraqi sovereignty.'),
    (('RUSGOV', 'RUS'), ('CHNGOV', 'CHN'), ('057',),
     'Russian President Boris Yeltsin and Chinese President Jiang Zemin signed a declaration in Moscow '
     'on Wednesday calling for a multipolar world.'),
    (('USAGOV', 'USA'), ('PRK', 'PRKGOV'), ('046', '040', '043'),
     'U.S. and North Korean negotiators resumed talks in Geneva on Tuesday on a deal to freeze the '
     "North's nuclear programme, a U.S. official said."),
    (('ISRMIL', 'ISR'), ('PSECVL', 'PSE', 'PSEEDU'), ('175', '173', '170', '180', '190', '193'),
     'Israeli troops shot and wounded six Palestinian youths who threw stones at an army patrol in the '
     'West Bank town of Nablus, Palestinian hospital officials said.'),
    (('PSECVL', 'PSEEDU', 'PSE'), ('ISRMIL',), ('145', '1451', '180', '182', '14'),
     'Israeli troops shot and wounded six Palestinian youths who threw stones at an army patrol in the '
     'West Bank town of Nablus, Palestinian hospital officials said.'),
    (('FRAGOV', 'FRA'), ('RWA', 'RWAGOV', 'RWACVL', 'RWAREF'), ('150', '154', '072', '074', '0743', '086',
                                                                '042', '07'),
     'France sent 2,500 troops to Rwanda on a humanitarian mission to protect refugees, Prime Minister '
     'Edouard Balladur said.'),
    (('HRV', 'HRVGOV', 'HRVMIL'), ('HRVCVL', 'HRV', 'SRB', 'HRVOPP'), ('145', '175', '111', '172', '1724'),
     'The Croatian government declared a state of emergency in the Krajina region after Serb '
     'militants seized police stations, Croatian radio said.'),
    (('SRBREB', 'HRVREB', 'HRVOPP', '---REB', 'SRB'), ('HRVCOP', 'HRV', 'HRVGOV'), ('190', '181', '18',
                                                                               '192', '17'),
     'The Croatian government declared a state of emergency in the Krajina region after Serb '
     'militants seized police stations, Croatian radio said.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), ('161', '160', '166'),
     'Saudi Arabia broke off diplomatic relations with Iran on Tuesday, three months after Iranian '
     'pilgrims clashed with Saudi police in Mecca.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('111', '114', '112', '110', '13'),
     'Argentina lodged a formal protest with Britain over naval manoeuvres near the Falkland Islands, '
     'which Buenos Aires calls the Malvinas.'),
    (('CHN', 'CHNGOV', 'CHNMIL'), ('TWN', 'TWNGOV'), ('150', '152', '154', '130', '138', '1382', '15'),
     'China began a week of missile tests off the coast of Taiwan in what Taipei called an attempt to '
     'intimidate voters before the island\'s first presidential election.'),
    (('IGO',), ('HTI', 'HTIGOV', 'HTIMIL'), ('163', '160'),
     'The Organization of American States voted to impose a trade embargo on Haiti to pressure the '
     'military leaders who ousted President Jean-Bertrand Aristide.'),
    (('LBR', 'LBRGOV'), ('SLE', 'SLEGOV'), ('112', '1121', '111'),
     "Liberia's government on Friday rejected charges that it was supplying arms to rebels in "
     'neighbouring Sierra Leone, saying Freetown was trying to shift blame for its own failures.'),
    (('POL', 'POLGOV'), ('DEU', 'DEUGOV'), ('051', '050', '055', '056', '057'),
     'Polish Prime Minister Tadeusz Mazowiecki welcomed a pledge by West German Chancellor Helmut Kohl '
     'to recognise the Oder-Neisse border.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('030', '032', '0311', '031', '054', '057', '03'),
     'Polish Prime Minister Tadeusz Mazowiecki welcomed a pledge by West German Chancellor Helmut Kohl '
     'to recognise the Oder-Neisse border.'),
    (('MEXCOP', 'MEXGOV', 'MEX'), ('MEXREB', 'MEXOPP', 'MEXCVL'), ('173', '170'),
     'Mexican police arrested 12 suspected Zapatista sympathisers in the southern state of Chiapas on '
     'Thursday, human rights groups said.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), ('111', '112', '110', '13', '161', '16'),
     "Kenya closed its border with Uganda on Monday and accused Kampala of harbouring rebels who "
     'attacked a police post in western Kenya.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('054', '050', '051', '057'),
     'The United States established full diplomatic relations with Vietnam on Tuesday, 20 years after '
     'the end of the Vietnam War.'),
    (('IRNGOV', 'IRN', 'IRNLEG'), ('GBR', 'GBRGOV'), ('130', '131', '138', '111', '110', '12', '13'),
     "Iran's parliament speaker warned Britain on Sunday that relations would suffer if London allowed "
     'the author Salman Rushdie to go unpunished.'),
    (('PHLGOV', 'PHL'), ('PHLREB',), ('046', '040', '043', '036', '03'),
     'The Philippine government and Moslem rebels opened peace talks in Jakarta on Monday, hosted by '
     'Indonesia.'),
    (('IDN', 'IDNGOV'), ('PHLGOV', 'PHLREB', 'PHL'), ('043', '040', '046', '045', '04'),
     'The Philippine government and Moslem rebels opened peace talks in Jakarta on Monday, hosted by '
     'Indonesia.'),
    (('SYRGOV', 'SYR'), ('LBNGOV', 'LBN'), ('051', '050', '05'),
     'Syrian President Hafez al-Assad praised the Lebanese government for its efforts to disarm the '
     'militias, the official Syrian news agency said.'),
    (('ETHREB', 'ERIREB', '---REB'), ('ETHMIL', 'ETHGOV', 'ETH'), ('190', '193', '194', '19', '180',
                                                                 '182'),
     'Ethiopian rebels said on Sunday they had killed 300 government soldiers in fierce fighting for '
     'the town of Dessie, but the government denied the claim.'),
    (('IGO',), ('YUGMIL', 'SRBMIL', 'BIHMIL', 'SRB', 'YUG', 'BIH', 'BIHREB', 'SRBREB'), ('195', '190'),
     'NATO warplanes bombed Bosnian Serb ammunition depots near Pale on Friday after the Serbs ignored '
     'a U.N. deadline to withdraw their heavy weapons from around Sarajevo.'),
    (('IRQ',), (), ('13', '19'),
     'Oil prices rose sharply on fears that Iraq could halt exports, traders said in London.'),
    (('CHN',), (), ('04', '05'),
     'A Chinese trade delegation is expected to visit Europe next year, the official said, without '
     'naming the countries.'),
]

LEAD27_B4: list[Row] = [
    # batch 4: yielding, withdrawal, aid, inquiries, posture and sanctions, where the party acted on
    # stands in a from/to/into/along-phrase or a possessor; written blind after batch 3
    (('VNM', 'VNMMIL', 'VNMGOV'), ('KHM', 'KHMGOV'), ('087', '0874', '080', '08'),
     'Vietnam completed the withdrawal of its troops from Cambodia on Tuesday, ending a decade-long '
     'occupation, the official Vietnam News Agency said.'),
    (('USR', 'USRMIL', 'USRGOV', 'RUS', 'RUSMIL'), ('AFG', 'AFGGOV'), ('087', '0874', '080'),
     'The last Soviet soldiers crossed the Amu Darya river out of Afghanistan on Wednesday.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('086', '0862', '080', '035', '0355'),
     'Iraq allowed U.N. arms inspectors into presidential palaces for the first time on Thursday, '
     'averting the threat of U.S. air strikes.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSECVL', 'PSEREB'), ('084', '0841', '080'),
     'Israel freed 400 Palestinian prisoners on Monday as a goodwill gesture to the Palestinian '
     'Authority, Israel radio said.'),
    (('IGO',), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'SRBCOP'), ('091', '090', '092'),
     "The U.N. war crimes tribunal opened an investigation into Serbian police actions in Kosovo, a "
     'tribunal spokesman said in The Hague.'),
    (('NOR', 'NORGOV'), ('SDN', 'SDNCVL', 'SDNREF'), ('073', '070', '0234', '07', '033', '0333'),
     'Norway will give $10 million in humanitarian aid to victims of the drought in southern Sudan, the '
     'Norwegian foreign ministry said.'),
    (('SAUGOV', 'SAU'), ('EGY', 'EGYGOV'), ('071', '070', '07'),
     'Saudi Arabia deposited $1 billion in the Egyptian central bank to support the pound, Egyptian '
     'officials said.'),
    (('PAKMIL', 'PAK'), ('IND', 'INDGOV', 'INDMIL'), ('150', '152', '154', '15'),
     'Pakistan moved troops to its border with India after the attack on the Indian parliament, military '
     'officials said.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('163', '160', '1621'),
     'Greece imposed a trade embargo on Macedonia in a dispute over the former Yugoslav republic\'s '
     'name and flag.'),
    (('DEUGOV', 'DEU'), ('TUR', 'TURGOV'), ('162', '1622', '160', '163'),
     'Germany halted arms deliveries to Turkey over its offensive against Kurdish rebels, a government '
     'spokesman said in Bonn.'),
    (('ARGGOV', 'ARG'), ('ARGMIL', 'ARGELI', 'ARG'), ('056', '080', '084', '05'),
     'Argentine President Carlos Menem pardoned military officers convicted of human rights abuses '
     'during the "dirty war".'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV', 'USAMIL'), ('084', '0841', '0842', '080'),
     'China returned the crew of a U.S. spy plane that made an emergency landing on Hainan island after '
     'a collision with a Chinese fighter jet.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'SRBMIL'), ('IGO',), ('081', '0871', '087', '080', '035'),
     'Belgrade accepted the deployment of an international peacekeeping force in Kosovo and agreed to '
     'pull out its forces, ending NATO\'s bombing campaign.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('055', '050'),
     'Japanese Prime Minister Tomiichi Murayama offered a "heartfelt apology" for the suffering Japan '
     'caused its Asian neighbours, including China, during World War Two.'),
    (('ZWEGOV', 'ZWE'), ('ZWEMED', 'ZWEJRN', 'GBRMED', 'GBR'), ('166', '1663', '174', '170', '172',
                                                           '16'),
     "Zimbabwe expelled a British journalist on Tuesday, accusing him of writing false reports about "
     'the land seizures.'),
    (('IGO',), ('COD', 'CODGOV'), ('150', '154', '072', '074', '0743', '086', '086'),
     'The U.N. Security Council voted to send 5,500 peacekeepers to Congo to monitor a shaky ceasefire.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('040', '046', '043', '036', '03', '04'),
     'Turkey and Greece began talks in Ankara on Monday on their dispute over the Aegean Sea, the first '
     'such contacts in five years.'),
    (('NPL', 'NPLGOV'), ('BTN', 'BTNGOV'), ('023', '0234', '020', '10', '1043', '02'),
     'Nepal asked Bhutan to take back some 100,000 ethnic Nepali refugees living in camps in eastern '
     'Nepal.'),
    (('USA',), (), ('16', '17', '18', '19'),
     'The sanctions were first imposed in 1990 after Iraq invaded Kuwait.'),
]

LEAD27_B5: list[Row] = [
    # batch 5: the source away from the front (a fronted phrase, "according to", an appositive, a
    # passive agent, a ministry speaking for the state), written blind after batch 4
    (('FRA', 'FRAGOV'), ('IRN', 'IRNGOV'), ('114', '111', '112', '110'),
     "In a sharply worded statement, the French foreign ministry said it had summoned Iran's ambassador to "
     'protest against the arrest of a French academic in Tehran.'),
    (('IRNGOV', 'IRN', 'IRNCOP', 'IRNSPY'), ('FRACVL', 'FRAEDU', 'FRA'), ('173', '170'),
     "In a sharply worded statement, the French foreign ministry said it had summoned Iran's ambassador to "
     'protest against the arrest of a French academic in Tehran.'),
    (('UGAMIL', 'UGA'), ('CODREB', 'COD', 'CODMIL'), ('190', '193', '194', '195'),
     'According to Congolese officials, Ugandan troops clashed with rebels near the town of Bunia on '
     'Saturday.'),
    (('CHNGOV', 'CHN'), ('USA', 'USAGOV'), ('111', '112', '110'),
     'Foreign ministry spokesman Zhu Bangzao, speaking at a regular news briefing in Beijing, '
     'criticised Washington for interfering in China\'s internal affairs.'),
    (('IGO',), ('SDN', 'SDNGOV'), ('163', '160'),
     'Sudan was hit by fresh sanctions imposed by the U.N. Security Council over its refusal to hand over '
     'three suspects in an assassination attempt.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('112', '1121', '111'),
     'India was accused by Pakistan on Thursday of sponsoring terrorism in the province of Baluchistan.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('163', '160', '1621'),
     'Moscow, which accuses Tbilisi of sheltering Chechen rebels, cut off gas supplies to Georgia on '
     'Sunday.'),
    (('RUSGOV', 'RUS'), ('GEO', 'GEOGOV'), ('112', '1121', '111'),
     'Moscow, which accuses Tbilisi of sheltering Chechen rebels, cut off gas supplies to Georgia on '
     'Sunday.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('161', '166', '1663', '160'),
     'Ethiopia, locked in a border war with Eritrea, ordered all Eritrean diplomats to leave Addis Ababa '
     'within 24 hours.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('112', '1121', '111', '114'),
     'Kuwait, in a letter to the U.N. Secretary-General, accused Iraq of moving troops toward the border.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('051', '050', '057', '03', '04', '046'),
     "King Hussein of Jordan, on his first visit to Israel, praised the late Prime Minister Yitzhak Rabin "
     'as a soldier of peace.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('112', '111', '1121'),
     'The State Department on Tuesday accused Havana of harassing American diplomats in the Cuban '
     'capital.'),
    (('IGO',), ('AFG', 'AFGREB', 'AFGGOV'), ('163', '160', '172'),
     'The Taliban, which controls most of Afghanistan, was placed under an air embargo by the Security '
     'Council on Sunday.'),
    (('BRA', 'BRAGOV'), ('PRY', 'PRYGOV'), ('036', '040', '042', '043', '046', '030'),
     'Brazil\'s president and his Paraguayan counterpart will meet on the border next week to discuss '
     'the Itaipu dam, officials in Brasilia said.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('112', '1121', '111'),
     'Egyptian officials, quoted by the state-run Al-Ahram newspaper, said Sudan had trained the gunmen '
     'who tried to kill President Hosni Mubarak in Addis Ababa.'),
    (('MMRGOV', 'MMRMIL', 'MMR'), ('MMROPP',), ('084', '0841', '080'),
     'Burma\'s military government freed pro-democracy leader Aung San Suu Kyi from six years of house '
     'arrest on Monday, diplomats said.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), ('111', '112', '110', '100', '10'),
     'Australian Foreign Minister Alexander Downer said Jakarta must take responsibility for the militia '
     'violence in East Timor.'),
    (('IGO',), ('ISR', 'ISRGOV'), ('111', '112', '110'),
     'The U.N. General Assembly, in a resolution adopted by 150 votes to four, condemned Israel for '
     'building a barrier in the occupied West Bank.'),
]

LEAD27_B6: list[Row] = [
    # batch 6: the cooperative half (consult, agree, support, cooperate, aid) in long leads, written blind
    # after batch 5
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), ('042', '043', '040', '036'),
     'Chinese Premier Li Peng arrived in Moscow on Monday for a four-day official visit, the first by a '
     'Chinese head of government in 27 years.'),
    (('RUSGOV', 'RUS'), ('CHNGOV', 'CHN'), ('043', '040', '042'),
     'Chinese Premier Li Peng arrived in Moscow on Monday for a four-day official visit, the first by a '
     'Chinese head of government in 27 years.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), ('043', '045', '040', '046', '039'),
     'Egypt will host a meeting between Israeli and Palestinian negotiators in Cairo next week to try to '
     'revive the stalled peace talks.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('057', '030', '031', '0311'),
     'France and Algeria signed a cooperation agreement on Monday covering energy, education and '
     'security, the Algerian news agency APS reported.'),
    (('JPN', 'JPNGOV'), ('PHL', 'PHLGOV'), ('071', '070', '033', '0331'),
     'Japan agreed on Friday to lend the Philippines $400 million to finance road and power projects, '
     'the Japanese embassy in Manila said.'),
    (('USA', 'USAGOV'), ('COL', 'COLGOV', 'COLMIL'), ('072', '070', '062', '061'),
     'The United States delivered 18 Black Hawk helicopters to the Colombian army to help it fight drug '
     'traffickers and leftist guerrillas.'),
    (('TUR', 'TURGOV'), ('ISR', 'ISRGOV'), ('062', '061', '057', '060', '064', '031', '0314', '030'),
     'Turkey and Israel have agreed to share military intelligence and hold joint naval exercises, '
     'Turkish military sources said.'),
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), ('051', '050', '053', '05'),
     'India on Tuesday expressed support for the Sri Lankan government\'s efforts to find a negotiated '
     'end to the ethnic conflict.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('054', '050', '057', '051', '03'),
     'Germany formally recognised the Oder-Neisse line as its border with Poland in a treaty signed in '
     'Warsaw on Wednesday.'),
    (('SAU', 'SAUGOV'), ('YEM', 'YEMGOV'), ('046', '040', '043', '03', '036'),
     'Saudi and Yemeni officials resumed talks in Riyadh on Sunday on demarcating their common border, '
     'the official Saudi Press Agency said.'),
    (('IGO',), ('MOZ', 'MOZCVL', 'MOZREF'), ('073', '070', '071', '07'),
     'The European Union approved 10 million euros in emergency aid for victims of the floods in '
     'Mozambique, the European Commission said.'),
    (('UGAGOV', 'UGA'), ('UGAREB',), ('081', '0871', '087', '056', '084', '080', '035'),
     'Ugandan President Yoweri Museveni offered an amnesty to rebels of the Lord\'s Resistance Army '
     'who lay down their arms.'),
    (('CUB', 'CUBGOV'), ('VAT', 'VATGOV', 'VATREL', 'REL'), ('043', '040', '042'),
     'Cuban President Fidel Castro received Pope John Paul II at Havana airport at the start of a '
     'historic five-day visit.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('057', '030', '031', '0311', '03', '04', '046'),
     'North and South Korea agreed at talks in Beijing to reunite families separated by the Korean War.'),
    (('IGO',), ('IDN', 'IDNGOV'), ('071', '070', '072', '073'),
     'The International Monetary Fund approved a $10 billion loan for Indonesia to help it weather the '
     'Asian financial crisis.'),
    (('ARG', 'ARGGOV'), ('CHL', 'CHLGOV'), ('057', '050', '030'),
     'Argentine and Chilean foreign ministers signed a pact in Buenos Aires settling a border dispute in '
     'the Andes.'),
    (('USAGOV', 'USA'), ('MEXGOV', 'MEX'), ('051', '050', '05'),
     'U.S. Treasury Secretary Robert Rubin praised Mexico for repaying its emergency loans ahead of '
     'schedule.'),
    (('GBR',), (), ('04', '05', '06', '03'),
     'Britain marked the anniversary of the end of World War Two with a parade in London.'),
]

LEAD27_B7: list[Row] = [
    # batch 7: long leads again, the act in the second half of the sentence or the source after a
    # subordinate clause; written blind after the merge of the twenty-fifth session
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('112', '1121', '111'),
     'Three weeks before the invasion, Iraq accused Kuwait of stealing oil from the Rumaila field and of '
     'driving down world prices.'),
    (('USAGOV', 'USA'), ('IRQ', 'IRQGOV'), ('163', '160'),
     'Hours after the Security Council vote, President George Bush signed an order freezing Iraqi assets '
     'in the United States.'),
    (('NGAGOV', 'NGA', 'NGAMIL'), ('NGAOPP', 'NGACVL', 'NGAMED'), ('173', '170'),
     'Despite international protests, Nigeria\'s military government arrested three more opposition '
     'activists in Lagos on Thursday, their lawyers said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('161', '166', '160'),
     'In a sharp escalation of the dispute, India expelled a Pakistani diplomat on Saturday and ordered '
     'Islamabad to cut its embassy staff by half.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('10', '100', '1056', '166', '16'),
     'In a sharp escalation of the dispute, India expelled a Pakistani diplomat on Saturday and ordered '
     'Islamabad to cut its embassy staff by half.'),
    (('ZAF', 'ZAFGOV'), ('AGO', 'AGOGOV', 'AGOREB'), ('046', '043', '045', '040', '04'),
     'As fighting raged around Huambo, South Africa\'s deputy president flew to Luanda for talks with the '
     'Angolan government on the stalled peace process.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('130', '131', '138', '1384', '13'),
     'Accusing Seoul of preparing for war, North Korea warned on Monday that it would turn the South into '
     '"a sea of fire" if attacked.'),
    (('PRKGOV', 'PRK'), ('KOR', 'KORGOV'), ('112', '1121', '111'),
     'Accusing Seoul of preparing for war, North Korea warned on Monday that it would turn the South into '
     '"a sea of fire" if attacked.'),
    (('COLREB', '---REB'), ('COLMIL', 'COL'), ('190', '193', '180', '183', '181'),
     'Leftist guerrillas attacked a military base in southern Colombia before dawn on Sunday, killing 22 '
     'soldiers, the army said.'),
    (('ISRGOV', 'ISR'), ('SYR', 'SYRGOV'), ('036', '030', '031', '046', '04', '040'),
     'Israeli Prime Minister Ehud Barak said on Tuesday he was ready to resume peace talks with Syria '
     'where they broke off four years ago.'),
    (('FRAGOV', 'FRA'), ('CIV', 'CIVGOV', 'CIVREB'), ('150', '154', '15', '190', '074'),
     'Paris sent 300 more troops to Ivory Coast on Sunday as fighting between government forces and rebels '
     'spread to the west, the defence ministry said.'),
    (('BIHMIL', 'BIH', 'SRBREB', 'SRBMIL', 'BIHREB'), ('IGO',), ('181', '180', '18', '17', '173'),
     'Bosnian Serb forces seized 30 U.N. peacekeepers and chained some of them to potential NATO targets '
     'as human shields.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV', 'GBRMIL'), ('084', '0841', '080'),
     'Iran on Wednesday released 15 British sailors and marines it had held for nearly two weeks, in what '
     'President Mahmoud Ahmadinejad called a gift to the British people.'),
    (('PHLGOV', 'PHL'), ('PHLREB',), ('0871', '087', '080', '08', '03', '035'),
     'With the rainy season approaching, the Philippine government declared a unilateral ceasefire with '
     'communist rebels to allow aid to reach flood victims.'),
    (('KEN', 'KENGOV'), ('SOM', 'SOMGOV', 'SOMREB'), ('150', '152', '154', '15', '161', '166', '160',
                                                     '172', '17', '191'),
     'Kenya closed its border with Somalia on Tuesday and deployed troops along the frontier as Islamist '
     'militias advanced on the town of Kismayo.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), ('161', '160', '166'),
     'Venezuelan President Hugo Chavez ordered his ambassador home from Bogota on Sunday, escalating a '
     'dispute over the capture of a Colombian rebel leader in Caracas.'),
    (('AFG',), (), ('19', '18'),
     'Afghanistan has been at war for most of the past three decades.'),
    (('IGO',), (), ('03', '05', '06'),
     'Diplomats said any agreement would need the backing of all 15 members of the Security Council.'),
]

LEAD27_B8: list[Row] = [
    # batch 8: leads opened by a clause or a participle before the subject ("As ...", "Despite ...",
    # "Citing ...", "Responding to ..."), written blind after batch 7's fixes
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('111', '114', '112', '110'),
     'Citing the safety of its nationals, Japan lodged a protest with China on Friday over the sinking of '
     'a Japanese fishing boat.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('150', '154', '152', '15'),
     'Despite talks on the islands\' future, Britain sent a nuclear submarine to the South Atlantic, '
     'Argentine newspapers reported.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('071', '072', '073', '070', '033', '0333'),
     'Responding to a U.N. appeal, the United States will ship 50,000 tonnes of food to North Korea, the '
     'State Department said.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('IRQREB', 'TURREB', 'IRQ'), ('190', '195', '193', '19'),
     'Backed by warplanes and tanks, some 35,000 Turkish troops crossed into northern Iraq on Monday to '
     'attack bases of Kurdish rebels.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'As violence spread in the occupied territories, Egypt recalled its ambassador from Israel, the '
     'official Middle East News Agency said.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('111', '112', '120', '110'),
     'Speaking at a rally in Tehran, Iran\'s president denounced the United States as "the Great Satan".'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('130', '131', '138', '13'),
     'Angered by the Taiwanese leader\'s visit to the United States, China warned Taipei against any move '
     'toward independence.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('162', '163', '160', '1621'),
     'Following a dispute over unpaid bills, Russia cut off gas supplies to Ukraine on New Year\'s Day.'),
    (('PAKMIL', 'PAK', 'PAKGOV'), ('PAKREB', 'PAK', 'AFGREB'), ('190', '195', '193', '19'),
     'Acting on intelligence reports, Pakistani troops attacked a militant hideout near the Afghan '
     'border, killing 12 fighters, the army said.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('051', '050', '05', '070', '073'),
     'After a devastating earthquake in Turkey, Greece sent rescue teams to Istanbul in a gesture '
     'welcomed by Ankara.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('051', '050'),
     'After a devastating earthquake in Turkey, Greece sent rescue teams to Istanbul in a gesture '
     'welcomed by Ankara.'),
    (('ZWEGOV', 'ZWE'), ('ZWEOPP',), ('172', '1721', '173', '170', '17'),
     "With elections two weeks away, Zimbabwe's government banned opposition rallies in Harare, the "
     'opposition said.'),
    (('IGO',), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('130', '131', '138', '1382', '13'),
     'Unless Belgrade withdraws its forces from Kosovo, NATO will launch air strikes, alliance officials '
     'warned on Tuesday.'),
    (('SAU', 'SAUGOV'), ('QAT', 'QATGOV'), ('161', '160', '166'),
     'In a coordinated move, Saudi Arabia, the United Arab Emirates and Bahrain recalled their '
     'ambassadors from Qatar.'),
    (('ARE', 'AREGOV'), ('QAT', 'QATGOV'), ('161', '160', '166'),
     'In a coordinated move, Saudi Arabia, the United Arab Emirates and Bahrain recalled their '
     'ambassadors from Qatar.'),
    (('IDNMIL', 'IDN'), ('IDNREB', 'IDNCVL', 'IDN'), ('190', '193', '180', '17', '175'),
     'Under pressure from Jakarta to end the revolt, Indonesian troops launched an offensive against '
     'separatist rebels in Aceh.'),
    (('VNM',), (), ('19', '18'),
     'Since the end of the war in 1975, Vietnam has rebuilt most of its roads and bridges.'),
    (('KOR',), (), ('04', '03'),
     'Asked whether talks with the North would resume, the minister declined to comment.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEAD27, "batch2": LEAD27_B2, "batch3": LEAD27_B3,
                               "batch4": LEAD27_B4, "batch5": LEAD27_B5, "batch6": LEAD27_B6,
                               "batch7": LEAD27_B7, "batch8": LEAD27_B8}
ALL27: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
