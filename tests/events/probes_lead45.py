"""GSR-style probes of the forty-third session (wip/lead45): the codebook's SUB-CODES. The hidden set's
exact-triple bar is the one the proxy clears by the smallest margin, and an exact triple needs the right
three- or four-digit item, not only the root: arrested (173) or deported (174), a blockade (191) or an
occupation (192), small arms (193) or shelling (194), a car bomb (1832), a curfew lifted (0813), aid cut
(1621-1623), inspectors let in (0862), troops demobilised (0873). Material roots 06-09 and 14-20 mostly, in
many agencies' house styles. The row is the act an analyst writes down first. 1985-2005 copy, dated
2000-01-01 as the real-news GSR records are. Written blind.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). The accepted codes are the
item the sentence names and, where the annotation guide leaves the level open (docs/events.md, "Sub-code
level"), its three-digit parent. Accepted actor codes follow docs/actors.md. Each batch was committed before
the coder was run on it; no rule of this session was written after reading it.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD45: list[Row] = [
    # batch 1: written blind, before the coder was run on it. First run on main f5227023: 34 / 29 / 29 of 46.
    # Seven rows corrected after that run, each to a written convention (docs/events.md, docs/actors.md): a
    # signed agreement is 057; "agreed to" is an intent (03x: 0314, 0355); a handover to a state's police is
    # aimed at its police (COP); a former diplomat holding no office is ELI; a ban on public rallies lifted
    # is aimed at the public (CVL); students are EDU. One row widened after the fixes: the police alert's
    # target had been left at country level (PER); the Shining Path it answers is PERREB.
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('061', '057'),
     'BEIJING (Xinhua) - China and the United States signed an agreement on Tuesday to expand cooperation '
     'in trade and technology, the official news agency said.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('IND', 'INDGOV', 'INDMIL'), ('062',),
     'NEW DELHI (PTI) - Russian and Indian naval units began joint exercises in the Arabian Sea on Monday, '
     'the first such drill since the break-up of the Soviet Union.'),
    (('FRA', 'FRAGOV', 'FRAJUD'), ('ESP', 'ESPGOV', 'ESPCOP'), ('063',),
     'MADRID (EFE) - France handed over to Spanish police on Thursday three suspected members of the Basque '
     'separatist group ETA arrested near Bayonne, the Interior Ministry said.'),
    (('USA', 'USAGOV', 'USASPY'), ('ISR', 'ISRGOV'), ('064', '0314'),
     'WASHINGTON (Reuters) - The United States agreed on Friday to share satellite intelligence with Israel '
     'on missile launches in the region, a Pentagon official said.'),
    (('JPN', 'JPNGOV'), ('BGD', 'BGDGOV'), ('071',),
     'DHAKA (Reuters) - Japan granted Bangladesh a 30 billion yen soft loan on Wednesday to build power '
     'stations and a bridge over the Jamuna river.'),
    (('USA', 'USAGOV'), ('SLV', 'SLVGOV', 'SLVMIL'), ('072',),
     'SAN SALVADOR (AP) - The United States delivered six helicopter gunships to the Salvadoran armed '
     'forces on Tuesday as part of its military aid programme.'),
    (('CAN', 'CANGOV'), ('SDN', 'SDNREF'), ('073',),
     'OTTAWA (Reuters) - Canada sent 2,000 tonnes of food and medicine on Monday to famine victims in '
     'southern Sudan.'),
    (('FRA', 'FRAGOV', 'FRAMIL'), ('RWA',), ('074',),
     'PARIS (AFP) - France deployed 2,500 troops to south-western Rwanda on Thursday to protect civilians '
     'fleeing the fighting in a safe zone.'),
    (('SWE', 'SWEGOV'), ('IRN', 'IRNOPP', 'IRNREF', 'IRNCVL', 'IRNELI'), ('075',),
     'STOCKHOLM (Reuters) - Sweden granted political asylum on Tuesday to a former Iranian diplomat who '
     'defected from his country\'s embassy last month.'),
    (('KEN', 'KENGOV'), ('KEN', 'KENOPP', 'KENMED', 'KENCVL'), ('081', '0811'),
     'NAIROBI (Reuters) - Kenya\'s government lifted a ban on public rallies on Friday, allowing '
     'opposition parties to hold meetings without police permits for the first time.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP'), ('081', '0812'),
     'CAPE TOWN (Reuters) - President F.W. de Klerk lifted a 30-year ban on the African National Congress '
     'and the Pan Africanist Congress on Friday.'),
    (('LKA', 'LKAGOV'), ('LKA',), ('081', '0813'),
     'COLOMBO (Reuters) - Sri Lanka lifted a round-the-clock curfew in the northern town of Vavuniya on '
     'Saturday after a week of calm.'),
    (('PAK', 'PAKGOV'), ('PAK',), ('081', '0814'),
     'ISLAMABAD (Reuters) - Pakistan lifted the state of emergency in Sindh province on Wednesday, '
     'restoring fundamental rights suspended in June.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORCVL', 'KORBUS'), ('084', '0841'),
     'SEOUL (Yonhap) - North Korea freed seven South Korean fishermen on Tuesday whose boat was seized '
     'in the Yellow Sea in May, the Unification Ministry said.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('084', '0842'),
     'KUWAIT (KUNA) - Iraq returned to Kuwait on Monday the first consignment of state archives seized '
     'during its seven-month occupation of the emirate.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('085',),
     'WASHINGTON (Reuters) - President Clinton lifted the 19-year-old trade embargo against Vietnam on '
     'Thursday.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'IGO'), ('086', '0862'),
     'BAGHDAD (Reuters) - Iraq allowed U.N. weapons inspectors into a presidential site on Saturday after '
     'a week-long standoff.'),
    (('SDN', 'SDNGOV'), ('IGOUNO', 'IGO', 'NGO'), ('086', '0863', '0355'),
     'KHARTOUM (Reuters) - Sudan agreed on Sunday to let relief flights reach rebel-held towns in the south, '
     'opening a humanitarian corridor for the United Nations.'),
    (('ETH', 'ETHGOV', 'ETHMIL'), ('ERI', 'ERIGOV', 'ERIMIL'), ('087', '0871'),
     'ADDIS ABABA (Reuters) - Ethiopia declared a unilateral ceasefire with Eritrea on Wednesday, saying '
     'its troops had achieved their military aims.'),
    (('IND', 'INDGOV', 'INDMIL'), ('PAK', 'PAKGOV', 'PAKMIL'), ('087', '0874'),
     'NEW DELHI (Reuters) - India began pulling back troops from the border with Pakistan on Wednesday, '
     'ending a ten-month military standoff.'),
    (('AGO', 'AGOREB'), ('AGO', 'AGOGOV'), ('087', '0873'),
     'LUANDA (Reuters) - Angola\'s UNITA rebels began disarming and demobilising their fighters on '
     'Thursday under the peace accord signed with the government.'),
    (('ARG', 'ARGGOV', 'ARGJUD'), ('ARG', 'ARGMIL'), ('091', '092'),
     'BUENOS AIRES (Reuters) - An Argentine judge opened an investigation on Monday into the '
     'disappearance of 12 people during the 1976-83 military rule.'),
    (('IGOUNO', 'IGO'), ('YUG', 'SRB', 'YUGGOV', 'SRBGOV', 'YUGMIL', 'SRBMIL'), ('094', '092'),
     'THE HAGUE (Reuters) - The U.N. war crimes tribunal began investigating alleged atrocities by Serb '
     'forces in Kosovo on Tuesday.'),
    (('KOR', 'KORCVL', 'KOREDU'), ('KOR', 'KORGOV'), ('141', '1411', '1412', '1414'),
     'SEOUL (Reuters) - Tens of thousands of students marched in Seoul on Saturday to demand the '
     'resignation of President Chun Doo-hwan.'),
    (('TUR', 'TURREB', 'TURCVL', 'TUROPP'), ('TUR', 'TURGOV'), ('142', '1422', '1423'),
     'ANKARA (Reuters) - More than 200 Kurdish prisoners went on hunger strike in Turkish jails on Monday to '
     'protest against prison conditions.'),
    (('POL', 'POLLAB'), ('POL', 'POLGOV'), ('143', '1432', '1433'),
     'GDANSK (Reuters) - Workers at the Lenin shipyard went on strike on Monday demanding pay rises and the '
     'legalisation of the banned Solidarity trade union.'),
    (('CAN', 'CANCVL', 'CANREB'), ('CAN', 'CANGOV'), ('144', '1442', '1443'),
     'OKA, Quebec (Reuters) - Mohawk Indians blocked a bridge into Montreal on Thursday in support of a '
     'land claim against the town of Oka.'),
    (('IND', 'INDCVL', 'INDOPP', 'INDEDU'), ('IND', 'INDGOV'), ('145', '1452'),
     'NEW DELHI (Reuters) - Rioting students set fire to buses in New Delhi on Tuesday in protest against '
     'the government\'s plan to reserve jobs for lower castes.'),
    (('PER', 'PERGOV', 'PERCOP'), ('PER', 'PERREB'), ('151',),
     'LIMA (Reuters) - Peru put its police on maximum alert on Friday ahead of an expected Shining Path '
     'offensive on the anniversary of the guerrilla war.'),
    (('TWN', 'TWNGOV', 'TWNMIL'), ('CHN', 'CHNGOV', 'CHNMIL'), ('152', '150'),
     'TAIPEI (Reuters) - Taiwan put its armed forces on alert on Friday as China began missile tests off the '
     'island\'s coast.'),
    (('GRC', 'GRCGOV', 'GRCMIL'), ('TUR', 'TURGOV', 'TURMIL'), ('154', '152'),
     'ATHENS (Reuters) - Greece called up reservists and moved warships into the Aegean on Tuesday as '
     'tension with Turkey rose over a survey ship.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), ('161',),
     'TEHRAN (IRNA) - Iran downgraded its diplomatic relations with Saudi Arabia on Monday, recalling its '
     'charge d\'affaires from Riyadh.'),
    (('NLD', 'NLDGOV'), ('IDN', 'IDNGOV'), ('162', '1621'),
     'THE HAGUE (Reuters) - The Netherlands suspended development aid to Indonesia on Tuesday over the '
     'killing of demonstrators in East Timor.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), ('162', '1622'),
     'WASHINGTON (Reuters) - The United States cut off military aid to Pakistan on Monday over its nuclear '
     'programme.'),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV'), ('163',),
     'UNITED NATIONS (Reuters) - The U.N. Security Council imposed a trade embargo on Iraq on Monday, '
     'four days after its invasion of Kuwait.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSEOPP', 'PSEREB'), ('164',),
     'JERUSALEM (Reuters) - Israel suspended peace negotiations with the Palestinians on Sunday after a '
     'suicide bombing killed 12 people in Jerusalem.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'IGO', 'USA', 'USAGOV'), ('166', '1662'),
     'BAGHDAD (Reuters) - Iraq expelled six American members of the U.N. arms inspection team on Thursday, '
     'accusing them of spying.'),
    (('ZWE', 'ZWEGOV'), ('ZWE', 'ZWEAGR', 'ZWEBUS'), ('171', '1711'),
     'HARARE (Reuters) - Zimbabwe\'s government seized 841 white-owned farms on Friday under its land '
     'reform programme.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSECVL'), ('171', '1712'),
     'GAZA (Reuters) - Israeli army bulldozers demolished 15 Palestinian homes in the Rafah refugee camp on '
     'Tuesday, residents said.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('172', '1722'),
     'RANGOON (Reuters) - Burma\'s military government banned three opposition parties on Friday, saying '
     'they had contacts with insurgents.'),
    (('DZA', 'DZAGOV'), ('DZA',), ('172', '1724'),
     'ALGIERS (Reuters) - Algeria declared a state of emergency on Sunday for a year, giving the army wide '
     'powers to fight Moslem fundamentalists.'),
    (('EGY', 'EGYGOV', 'EGYCOP'), ('EGY', 'EGYREB', 'EGYOPP'), ('173',),
     'CAIRO (Reuters) - Egyptian police arrested 40 suspected members of the Islamic Group in raids '
     'in southern Egypt on Saturday.'),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV', 'IRQCVL'), ('174',),
     'LONDON (Reuters) - Britain deported 23 Iraqis on Wednesday on security grounds as the Gulf crisis '
     'deepened.'),
    (('COL', 'COLREB'), ('USA', 'USACVL', 'USABUS'), ('181',),
     'BOGOTA (Reuters) - Leftist guerrillas kidnapped an American oil engineer in northeastern Colombia on '
     'Sunday, police said.'),
    (('ESP', 'ESPREB', 'ESPSEP'), ('ESP', 'ESPMIL', 'ESPCOP', 'ESPGOV'), ('183', '1832'),
     'MADRID (Reuters) - A car bomb blamed on the Basque separatist group ETA killed four Civil Guards in '
     'northern Spain on Thursday.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSREB', 'RUSSEP'), ('194',),
     'MOSCOW (Reuters) - Russian artillery pounded rebel positions around the Chechen capital Grozny '
     'overnight, Interfax news agency said.'),
]

LEAD45B: list[Row] = [
    # batch 2: written blind after the first fixes (70940ad5), before the coder was run on it.
    # First run 29 / 22 / 19 of 34 on the branch and on main f5227023. Ten rows corrected after that run, each
    # to a written convention: asking a state to accept aid asks for no aid (020/022); a state's nationals
    # and its prisoners held are its CVL, as the people under a curfew, martial law or a bomb are;
    # militants are UAF and a police official COP; "A accused B of breaking the ceasefire by shelling" is A's
    # accusation only (112); people driven out in the thousands are expelled individuals (174), a mass
    # expulsion only in the tens of thousands; positions taken from militiamen are taken from them.
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('0231', '023', '022', '020'),
     'SEOUL (Yonhap) - South Korea asked North Korea on Monday to accept rice shipments, ending a month of '
     'deadlock over food aid to the famine-hit North.'),
    (('PSE', 'PSEGOV'), ('IGOUNO', 'IGO'), ('0234', '023'),
     'GAZA (Reuters) - Palestinian leader Yasser Arafat appealed to the United Nations on Sunday to send an '
     'international protection force to the West Bank and Gaza.'),
    (('IGOUNO', 'IGO'), ('MMR', 'MMRGOV', 'MMRMIL'), ('0253', '025'),
     'GENEVA (Reuters) - The U.N. human rights commission urged Burma\'s military rulers on Friday to free '
     'opposition leader Aung San Suu Kyi.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('0353', '035', '0253'),
     'TOKYO (Kyodo) - Japan said on Tuesday it would seek the return of two Japanese fishermen held by North '
     'Korea, and offered to release a North Korean seaman in exchange.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('1312', '131', '138'),
     'WASHINGTON (Reuters) - The United States threatened on Monday to impose sanctions on foreign companies '
     'investing in Iran\'s oil industry.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('138', '130'),
     'ANKARA (Reuters) - Turkey warned Syria on Thursday it would use force unless Damascus stopped '
     'sheltering Kurdish guerrilla leader Abdullah Ocalan.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('1313', '131'),
     'BEIJING (Reuters) - China threatened on Friday to downgrade relations with Britain if London went '
     'ahead with its plan to widen the vote in Hong Kong.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV', 'SDNCVL'), ('1241', '124', '120'),
     'CAIRO (MENA) - Egypt refused on Tuesday to lift visa restrictions on Sudanese nationals, saying '
     'Khartoum had not handed over suspects in the attempt on President Mubarak\'s life.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV', 'LBNREB', 'LBNCVL'), ('1243', '124'),
     'JERUSALEM (Reuters) - Israel refused on Sunday to release Lebanese prisoners held without trial until '
     'its missing airmen were accounted for.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'IGO'), ('1245', '124', '120'),
     'BAGHDAD (Reuters) - Iraq refused on Wednesday to allow U.N. weapons inspectors into the Agriculture '
     'Ministry building.'),
    (('USA', 'USAGOV'), ('PHL', 'PHLGOV'), ('1621', '162'),
     'MANILA (Reuters) - Washington froze 50 million dollars in economic aid to the Philippines on Thursday '
     'pending an inquiry into the killing of an American serviceman.'),
    (('GBR', 'GBRGOV'), ('ETH', 'ETHGOV'), ('1623', '162', '1621'),
     'LONDON (Reuters) - Britain halted humanitarian aid to Ethiopia on Monday after convoys were diverted '
     'to the army.'),
    (('IGOUNO', 'IGO'), ('SOM', 'SOMREB', 'SOMUAF'), ('1661', '166'),
     'MOGADISHU (Reuters) - The United Nations began withdrawing its peacekeepers from Somalia on Monday '
     'after clan militias attacked a Pakistani patrol.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('IRQ', 'IRQCVL', 'IRQREB'), ('171', '1712'),
     'BAGHDAD (Reuters) - Iraqi troops razed dozens of Kurdish villages in the north, a human rights '
     'group said on Monday.'),
    (('IRN', 'IRNGOV', 'IRNMIL'), ('ARE', 'AREGOV'), ('171', '192'),
     'DUBAI (Reuters) - Iran seized two Emirati fishing boats in the Gulf on Saturday, the UAE news agency '
     'WAM said.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFMED'), ('172', '1721'),
     'JOHANNESBURG (Reuters) - South Africa\'s government banned the country\'s biggest black newspaper on '
     'Tuesday under emergency regulations.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLCVL'), ('172', '1723'),
     'MANILA (Reuters) - The Philippine government imposed a dusk-to-dawn curfew on Davao city on Monday '
     'after a wave of bombings.'),
    (('IDN', 'IDNGOV', 'IDNMIL'), ('IDN', 'IDNREB', 'IDNSEP', 'IDNCVL'), ('172', '1724'),
     'JAKARTA (Reuters) - Indonesia declared martial law in Aceh province on Monday and launched an '
     'offensive against separatist rebels.'),
    (('KEN', 'KENCOP', 'KENGOV'), ('KEN', 'KENOPP', 'KENCVL'), ('175',),
     'NAIROBI (Reuters) - Kenyan riot police fired tear gas and beat opposition supporters with clubs to '
     'break up a rally in Nairobi on Saturday.'),
    (('PHL', 'PHLREB'), ('DEU', 'DEUCVL'), ('181',),
     'MANILA (Reuters) - Moslem guerrillas seized three German tourists on Sunday at a resort on the '
     'southern island of Jolo, police said.'),
    (('LKA', 'LKAREB'), ('LKA', 'LKAGOV', 'LKAMIL', 'LKACVL'), ('183', '1831'),
     'COLOMBO (Reuters) - A suspected Tamil Tiger suicide bomber blew herself up outside the Sri Lankan '
     'prime minister\'s office on Thursday, killing 12 people.'),
    (('PHL', 'PHLREB'), ('PHL', 'PHLMIL'), ('183', '1833'),
     'COTABATO, Philippines (Reuters) - A roadside bomb planted by Moslem rebels killed five soldiers in a '
     'passing army truck in Maguindanao province on Friday.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('USA', 'USACVL', 'GBR', 'GBRCVL'), ('184',),
     'BAGHDAD (Reuters) - Iraq moved Western hostages to military and industrial sites on Thursday to use '
     'them as human shields against any allied attack.'),
    (('LBN', 'LBNREB', 'LBNUAF'), ('LBN', 'LBNGOV'), ('185',),
     'BEIRUT (Reuters) - Gunmen tried to assassinate Lebanon\'s defence minister on Monday, spraying his '
     'motorcade with bullets in east Beirut.'),
    (('IND', 'INDREB', 'INDSEP', 'INDUAF'), ('IND', 'INDGOV', 'INDCOP'), ('186',),
     'NEW DELHI (Reuters) - Sikh militants assassinated a senior Punjab police official in Amritsar on '
     'Thursday.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEREB'), ('191',),
     'JERUSALEM (Reuters) - The Israeli army sealed off the West Bank and Gaza Strip on Sunday, barring '
     '120,000 Palestinians from jobs in Israel.'),
    (('SYR', 'SYRMIL', 'SYRGOV'), ('LBN', 'LBNUAF'), ('192',),
     'BEIRUT (Reuters) - Syrian troops took over positions in the Bekaa valley on Monday vacated by '
     'Lebanese militiamen.'),
    (('YUG', 'SRB', 'YUGMIL', 'SRBMIL', 'BIH', 'BIHMIL'), ('BIH', 'BIHGOV', 'BIHMIL', 'BIHCVL'),
     ('194', '190'),
     'SARAJEVO (Reuters) - Serb gunners shelled the centre of Sarajevo on Tuesday, killing six people '
     'queueing for water.'),
    (('USA', 'USAMIL', 'USAGOV'), ('IRQ', 'IRQMIL', 'IRQGOV'), ('195', '190'),
     'WASHINGTON (Reuters) - U.S. warplanes bombed Iraqi air defence sites in the southern no-fly zone on '
     'Sunday, the Pentagon said.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV', 'ETHMIL'), ('112', '1123'),
     'ASMARA (Reuters) - Eritrea accused Ethiopia on Friday of breaking the ceasefire by shelling its '
     'positions near Zalambessa.'),
    (('SRB', 'SRBMIL', 'SRBCOP', 'YUG', 'YUGMIL', 'YUGCOP'), ('SRB', 'SRBCVL', 'ALB'),
     ('174', '201', '200', '203'),
     'SKOPJE (Reuters) - Serb forces drove thousands of ethnic Albanians from their homes in Kosovo at '
     'gunpoint on Wednesday, refugees arriving in Macedonia said.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRQ', 'IRQCVL'), ('204', '200'),
     'ANKARA (Reuters) - Iraqi forces used chemical weapons against Kurdish villagers in northern Iraq, '
     'Kurdish refugees told Turkish officials on Monday.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERICVL'), ('201', '174'),
     'ADDIS ABABA (Reuters) - Ethiopia has deported about 10,000 people of Eritrean origin since the border '
     'war began, an Ethiopian official said on Tuesday.'),
    (('KHM', 'KHMREB'), ('KHM', 'KHMCVL'), ('202', '200'),
     'PHNOM PENH (Reuters) - Khmer Rouge guerrillas massacred 33 ethnic Vietnamese villagers in a fishing '
     'village on Cambodia\'s Tonle Sap lake, officials said on Thursday.'),
]

LEAD45C: list[Row] = [
    # batch 3: written blind after the second fixes (c308e217), before the coder was run on it.
    # First run 17 / 14 / 14 of 25 on the branch, 17 / 13 / 13 on main f5227023. Five rows corrected after
    # that run, each to a written convention: "agreed to" is an intent (03x) and a signed treaty 057; the
    # story's date picks the office (Mandela in 2000 is ELI); a businessman is BUS; a court's sentence is
    # 116; "Armenian forces" are Armenia's army by their adjective.
    (('USA', 'USAGOV'), ('MEX', 'MEXGOV'), ('063', '057', '030', '031', '0313'),
     'WASHINGTON (Reuters) - The United States and Mexico agreed on Friday to set up a joint task force to '
     'fight drug trafficking across the border, and signed an extradition treaty.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('071', '0331'),
     'WARSAW (Reuters) - Germany extended a 1 billion mark credit line to Poland on Tuesday to help finance '
     'its market reforms.'),
    (('IGOUNO', 'IGO'), ('SOM',), ('073',),
     'NAIROBI (Reuters) - The U.N. World Food Programme airlifted 40 tonnes of food to famine-stricken '
     'Baidoa in Somalia on Monday.'),
    (('CUB', 'CUBGOV'), ('AGO', 'AGOGOV'), ('072', '062'),
     'LUANDA (Reuters) - Cuba shipped tanks and artillery to the Angolan government on Thursday to help it '
     'fight UNITA rebels, Western diplomats said.'),
    (('MEX', 'MEXGOV'), ('CHL', 'CHLOPP', 'CHLCVL', 'CHLELI'), ('075',),
     'MEXICO CITY (Reuters) - Mexico gave refuge at its embassy in Santiago on Wednesday to five Chileans '
     'sought by the military government.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('082', '0811', '081', '084', '0841'),
     'RANGOON (Reuters) - Burma\'s military government freed opposition leader Aung San Suu Kyi from six '
     'years of house arrest on Monday.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP', 'ZAFELI'), ('0841', '084'),
     'PRETORIA (Reuters) - South Africa released Nelson Mandela on Sunday after 27 years in prison.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('085',),
     'WASHINGTON (Reuters) - President Bush eased sanctions on China on Tuesday, lifting a ban on the export '
     'of commercial satellites.'),
    (('KHM', 'KHMGOV'), ('IGOUNO', 'IGO'), ('086', '0861'),
     'PHNOM PENH (Reuters) - Cambodia\'s government agreed to the deployment of U.N. peacekeepers on '
     'Thursday as part of the Paris peace accords.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('RUS', 'RUSREB'), ('087', '0871'),
     'MOSCOW (Reuters) - Russia ordered its troops in Chechnya to cease fire on Monday, halting a 20-month '
     'war against separatist rebels.'),
    (('IRN', 'IRNGOV', 'IRNJUD'), ('GBR', 'GBRGOV', 'GBRCVL', 'GBRBUS'), ('091', '090'),
     'TEHRAN (IRNA) - Iran\'s judiciary opened an inquiry on Sunday into a British businessman accused of '
     'spying, the official news agency said.'),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV', 'IRQMIL'), ('092', '090'),
     'GENEVA (Reuters) - The U.N. Human Rights Commission named a special investigator on Tuesday to look '
     'into abuses by Iraq\'s government against the Kurds.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('ISR', 'ISRMIL'), ('093', '090'),
     'JERUSALEM (Reuters) - Israel\'s army opened an investigation on Monday into the killing of three '
     'Palestinian boys by its soldiers in the West Bank town of Hebron.'),
    (('BGD', 'BGDOPP', 'BGDCVL'), ('BGD', 'BGDGOV'), ('143', '1431', '1433', '1432'),
     'DHAKA (Reuters) - Bangladesh\'s opposition parties enforced a nationwide general strike on Sunday to '
     'press their demand for the resignation of Prime Minister Khaleda Zia.'),
    (('ISR', 'ISRCVL', 'ISROPP'), ('ISR', 'ISRGOV'), ('141', '1412'),
     'TEL AVIV (Reuters) - More than 100,000 Israelis rallied in Tel Aviv on Saturday to demand that the '
     'government pull troops out of Lebanon.'),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('TWN', 'TWNGOV'), ('150', '152', '154'),
     'TAIPEI (Reuters) - China massed 150,000 troops on the coast opposite Taiwan on Monday ahead of the '
     'island\'s presidential election, Taiwan\'s defence ministry said.'),
    (('GBR', 'GBRGOV'), ('LBY', 'LBYGOV'), ('161',),
     'LONDON (Reuters) - Britain broke off diplomatic relations with Libya on Sunday after a policewoman was '
     'shot dead from the Libyan embassy in London.'),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), ('163',),
     'WASHINGTON (Reuters) - President Reagan ordered a total trade embargo against Nicaragua on Wednesday.'),
    (('ZAR', 'ZARGOV', 'COD', 'CODGOV'), ('IGOUNO', 'IGO'), ('1662', '166'),
     'KINSHASA (Reuters) - Zaire ordered a U.N. team investigating massacres of Rwandan Hutu refugees to '
     'leave the country on Thursday.'),
    (('RUS', 'RUSGOV', 'RUSCOP'), ('RUS', 'RUSMED'), ('171', '1711', '172', '1721'),
     'MOSCOW (Reuters) - Russian tax police raided the offices of the independent NTV television station on '
     'Tuesday and confiscated documents.'),
    (('CHN', 'CHNGOV', 'CHNCOP'), ('CHN', 'CHNREL', 'CHNOPP'), ('172', '1722', '1721'),
     'BEIJING (Reuters) - China banned the Falun Gong spiritual movement on Thursday, calling it a threat to '
     'social stability.'),
    (('IRN', 'IRNGOV', 'IRNJUD'), ('USA', 'USAGOV', 'USACVL', 'USABUS'), ('173', '116'),
     'TEHRAN (Reuters) - An Iranian court sentenced an American businessman to eight years in prison on '
     'Sunday for spying.'),
    (('PSE', 'PSEREB'), ('ISR', 'ISRCVL'), ('183', '1831'),
     'JERUSALEM (Reuters) - A Hamas suicide bomber blew himself up on a crowded bus in Jerusalem on Sunday, '
     'killing 18 Israelis.'),
    (('NGA', 'NGACOP'), ('NGA', 'NGACVL', 'NGAOPP'), ('175', '145', '180'),
     'LAGOS (Reuters) - Nigerian police shot dead 11 protesters on Monday during riots over the annulment of '
     'the presidential election.'),
    (('AZE', 'AZEMIL', 'AZEGOV', 'ARM', 'ARMREB', 'ARMMIL'), ('AZE', 'AZEMIL', 'ARM', 'ARMREB', 'ARMMIL'),
     ('196',),
     'BAKU (Reuters) - Azerbaijani and Armenian forces traded fire across the ceasefire line in '
     'Nagorno-Karabakh on Monday, violating the truce for the first time in a month.'),
]

BATCHES = {
    'batch1': LEAD45,
    'batch2': LEAD45B,
    'batch3': LEAD45C,
}

ALL45 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
