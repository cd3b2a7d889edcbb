"""GSR-style probes of the twenty-sixth session (wip/lead28): short international leads in the manner of
the real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind,
weighted to BREADTH OF THE CODEBOOK: the roots and sub-codes the earlier probe files hold few rows of
(yielding, investigating, rejecting, force posture, coercion, unconventional violence, material
cooperation, aid), each told with verbs and nominal events of the wires of that time rather than the
lexicon's own words.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (42 rows, main 42970a4) 32 / 28 / 23;
batch 2 (38, after batch 1's fixes) 24 / 18 / 16; batch 3 (34) 27 / 25 / 23; batch 4 (34) 25 / 25 / 23;
batch 5 (29) 17 / 16 / 16; batch 6 (26) 20 / 18 / 15; batch 7 (26) 18 / 17 / 16; batch 8 (26) 20 / 16 / 16;
batch 9 (26, the rarer sub-codes, written after the session's merge) 16 / 13 / 13; batch 10 (20,
acts told from whoever undergoes them) 12 / 10 / 10; batch 11 (20, leaders of the day) 17 / 17 / 15.
Rows corrected after a run are writing errors by the guide only (docs/events.md annotation guide: "agreed
to allow" is 035, prisoners CRM, police COP, the Pentagon MIL, Kosovo XKX, a pledge of money 033x, food
aid refused 1223, ruling out discussion 125); each correction is listed in docs/events.md, "Twenty-sixth
session: ... (wip/lead28)".
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD28: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('IRQ', 'IRQGOV'), ('IGO',), ('086', '0862', '0861', '080', '0863', '035', '0355'),
     'Iraq agreed on Sunday to let United Nations weapons inspectors return to presidential sites, '
     'ending a three-month standoff.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEREB', 'PSEOPP', 'PSECRM'), ('084', '0841', '080'),
     'Israel freed 350 Palestinian prisoners on Thursday under the terms of the Wye River accord.'),
    (('IGO',), ('RWA', 'RWAGOV', 'RWAMIL'), ('094', '092', '090'),
     'A United Nations commission began investigating reports of mass killings by Rwandan troops in '
     'eastern Zaire.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('122', '120', '1212', '121', '1223'),
     'The United States turned down a North Korean request for food aid until Pyongyang returns to the '
     'four-party talks.'),
    (('RUS', 'RUSGOV'), ('IGO',), ('129', '120', '12'),
     'Russia vetoed a draft Security Council resolution that would have tightened sanctions on Yugoslavia.'),
    (('CHNMIL', 'CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('150', '152', '154', '138', '130'),
     'China put its forces along the coast facing Taiwan on high alert ahead of the island\'s '
     'presidential election.'),
    (('IDNGOV', 'IDN', 'IDNMIL'), ('IDNCVL', 'IDN', 'IDNREB'), ('172', '1723', '1724', '170'),
     'Indonesia declared martial law in the province of Aceh on Monday and sent in thousands of troops.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TURCVL', 'TUR', 'TURREB', 'TUROPP'), ('174', '170', '201'),
     'Germany deported 40 Turkish Kurds on Wednesday despite protests from human rights groups.'),
    (('DZAREB', 'DZA'), ('DZACVL', 'DZA'), ('202', '200', '180', '1823', '182'),
     'Armed Islamic Group militants massacred more than 100 villagers south of Algiers overnight, '
     'survivors said.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), ('071', '070', '073', '033', '0331'),
     'Japan pledged 500 million dollars in credits to Russia to help it pay for food imports.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), ('163', '160', '162', '1621', '1622'),
     'Washington imposed economic sanctions on Pakistan on Saturday after it carried out five nuclear '
     'tests.'),
    (('COLREB', 'COL'), ('COLCVL', 'COL', 'COLGOV', 'COLLEG'), ('181', '180'),
     'FARC guerrillas kidnapped a Colombian senator and four of his bodyguards in southern Colombia.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV', 'LBNREB', 'LBNMIL'), ('087', '0874', '080'),
     'Israel completed the withdrawal of its troops from southern Lebanon on Wednesday, ending 22 years '
     'of occupation.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('1662', '166', '160'),
     'The United Nations pulled its weapons inspectors out of Iraq on Wednesday ahead of threatened U.S. '
     'air strikes.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('073', '070', '071'),
     'South Korea shipped 100,000 tonnes of rice to North Korea to ease severe food shortages there.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('125', '120', '12'),
     'North Korea rejected a South Korean proposal for high-level talks, KCNA news agency said.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('1246', '124', '120', '12', '125'),
     'Britain ruled out any discussion of sovereignty over the Falkland Islands with Argentina.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('164', '160', '16'),
     'India called off foreign secretary-level talks with Pakistan in protest against the shelling of '
     'border villages.'),
    (('FRA', 'FRAGOV'), ('IRN', 'IRNGOV'), ('161', '160', '166'),
     'France withdrew its ambassador from Tehran after an Iranian court sentenced a French citizen to '
     'death.'),
    (('PER', 'PERGOV', 'PERMIL'), ('PERREB', 'PER'), ('190', '193', '180', '18'),
     'Peruvian commandos stormed the Japanese ambassador\'s residence in Lima, freeing 71 hostages held by '
     'Tupac Amaru rebels.'),
    (('IGO',), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV', 'SRBMIL', 'YUGMIL'), ('195', '190', '180', '183'),
     'NATO warplanes struck targets across Yugoslavia for a third night on Friday.'),
    (('IRN', 'IRNGOV'), ('IGO',), ('031', '030', '036', '086', '035', '0355'),
     'Iran said on Tuesday it was ready to allow snap inspections of its nuclear sites by the International '
     'Atomic Energy Agency.'),
    (('ZAF', 'ZAFGOV'), ('NAM', 'NAMGOV'), ('057', '050', '06', '061'),
     'South Africa and Namibia signed an agreement on the joint management of the Orange River.'),
    (('NAM', 'NAMGOV'), ('ZAF', 'ZAFGOV'), ('057', '050', '06', '061'),
     'South Africa and Namibia signed an agreement on the joint management of the Orange River.'),
    (('VEN', 'VENGOV'), ('USA', 'USAGOV'), ('111', '110', '112'),
     'Venezuelan President Hugo Chavez lashed out at Washington on Sunday, calling its drug policy a '
     'failure.'),
    (('AUS', 'AUSGOV', 'AUSMIL'), ('IDN', 'IDNMIL', 'TLS'), ('074', '070', '0861', '150', '154', '086'),
     'Australian troops landed in East Timor on Monday at the head of a U.N.-backed force to end militia '
     'violence.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUSREB', 'RUS', 'RUSCVL'), ('195', '190', '194', '180'),
     'Russian aircraft pounded rebel positions around Grozny on Saturday as ground troops closed in on '
     'the Chechen capital.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'Egypt downgraded its diplomatic ties with Israel in protest at the Israeli army\'s offensive in the '
     'West Bank.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('081', '085', '080', '0811'),
     'The Clinton administration eased restrictions on travel and money transfers to Cuba on Tuesday.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('112', '110', '111', '1123'),
     'Greece accused Turkey of violating its airspace 16 times on Monday, the defence ministry in Athens '
     'said.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('1831', '183', '180'),
     'A Tamil Tiger suicide bomber blew himself up outside an army camp in Colombo, killing 12 soldiers.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('0234', '023', '020', '1054', '025', '0254'),
     'The United States urged China to lift its ban on imports of American beef.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV'), ('063', '060', '0632'),
     'Mexico extradited a suspected drug baron to the United States on Friday for the first time.'),
    (('IGO',), ('LBY', 'LBYGOV'), ('085', '080'),
     'The United Nations suspended sanctions against Libya on Monday after it handed over two suspects in '
     'the Lockerbie bombing.'),
    (('LBY', 'LBYGOV'), ('IGO', 'NLD', 'NLDGOV', 'GBR', 'GBRGOV'), ('063', '060', '084', '0841', '080'),
     'Libya handed over the two Lockerbie suspects for trial in the Netherlands on Monday.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), ('112', '110', '1123', '111'),
     'India blamed Pakistan for the infiltration of armed men into the Kargil sector of Kashmir.'),
    (('NGA', 'NGAGOV', 'NGACOP'), ('NGAOPP', 'NGA', 'NGACVL'), ('173', '170'),
     'Nigerian police arrested the leader of a banned opposition group in Lagos on Sunday.'),
    (('NGACOP', 'NGA', 'NGAGOV'), ('NGAOPP', 'NGA', 'NGACVL'), ('173', '170'),
     'Nigerian police arrested the leader of a banned opposition group in Lagos on Sunday.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('165', '164', '160'),
     'China suspended its dialogue with the United States on human rights after NATO bombed its embassy '
     'in Belgrade.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'SRBCOP', 'YUGCOP', 'SRBMIL'),
     ('SRB', 'SRBCVL', 'ALB', 'KSV', 'SRBETH',
                                                              'YUGCVL', 'YUG', 'XKX', 'XKXCVL'),
     ('201', '203', '200', '174'),
     'Serbian forces drove tens of thousands of ethnic Albanians from their homes in Kosovo, refugees '
     'said.'),
    (('USA', 'USAGOV', 'USAMIL'), ('IRQ', 'IRQGOV'), ('090', '093', '09'),
     'The Pentagon said on Thursday it was investigating whether Iraqi anti-aircraft batteries had fired on '
     'U.S. jets.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('037', '030', '036', '032'),
     'Armenia said on Friday it was ready to sign a peace deal with Azerbaijan over Nagorno-Karabakh.'),
]

LEAD28_B2: list[Row] = [
    # batch 2: written blind, before the coder was run on it (statements, appeals, consultation,
    # cooperation, legal acts, protest forms, coercion and assault sub-codes)
    (('PRKGOV', 'PRK'), ('KOR', 'KORGOV', 'KORMIL'), ('016', '010', '1212'),
     'North Korea denied on Saturday that its submarine had been on a spying mission when it ran aground '
     'off the South Korean coast.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV', 'KOR', 'KORGOV', 'ASA'), ('055', '015', '050'),
     'Japanese Prime Minister Tomiichi Murayama offered a heartfelt apology to Asian nations for Japan\'s '
     'wartime aggression.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), ('013', '010', '012'),
     'Secretary of State Madeleine Albright said she was optimistic that Israel and the Palestinians would '
     'reach a final peace deal this year.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('041', '040'),
     'Russian President Boris Yeltsin and U.S. President Bill Clinton discussed the Kosovo crisis by '
     'telephone on Thursday, the Kremlin said.'),
    (('CHN', 'CHNGOV'), ('ZAF', 'ZAFGOV'), ('054', '050'),
     'China and South Africa established diplomatic relations on Thursday after Pretoria cut its ties with '
     'Taiwan.'),
    (('ZAF', 'ZAFGOV'), ('TWN', 'TWNGOV'), ('161', '160'),
     'China and South Africa established diplomatic relations on Thursday after Pretoria cut its ties with '
     'Taiwan.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('051', '050'),
     'French Foreign Minister Hubert Vedrine praised Algeria\'s efforts to restore peace after years of '
     'civil strife.'),
    (('USA', 'USAGOV', 'USAMIL'), ('PHL', 'PHLGOV', 'PHLMIL'), ('062', '060'),
     'U.S. and Philippine troops began joint military exercises on the island of Luzon on Monday.'),
    (('PHL', 'PHLGOV', 'PHLMIL'), ('USA', 'USAGOV', 'USAMIL'), ('062', '060'),
     'U.S. and Philippine troops began joint military exercises on the island of Luzon on Monday.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('064', '060', '061', '031', '0314'),
     'Jordan and Israel agreed to share intelligence on militant groups operating along their border.'),
    (('USA', 'USAGOV'), ('CHNCVL', 'CHNOPP', 'CHNEDU', 'CHN'), ('075', '070'),
     'The United States granted political asylum to a Chinese dissident who fled after the Tiananmen '
     'crackdown.'),
    (('USA', 'USAGOV'), ('COL', 'COLGOV', 'COLMIL'), ('072', '070', '071'),
     'The U.S. Congress approved 1.3 billion dollars in military aid to Colombia to fight drug traffickers '
     'and guerrillas.'),
    (('USALEG', 'USA', 'USAGOV'), ('COL', 'COLGOV', 'COLMIL'), ('072', '070', '071'),
     'The U.S. Congress approved 1.3 billion dollars in military aid to Colombia to fight drug traffickers '
     'and guerrillas.'),
    (('CHLJUD', 'CHL', 'GBRJUD', 'GBR', 'ESPJUD', 'ESP'), ('CHLGOV', 'CHL', 'CHLELI', 'CHLMIL'),
     ('115', '110', '173', '1731', '112'),
     'A Spanish judge filed charges of genocide against former Chilean dictator Augusto Pinochet on '
     'Friday.'),
    (('NLD', 'NLDJUD', 'IGO', 'IGOJUD'),
     ('SRB', 'SRBGOV', 'SRBMIL', 'YUGMIL', 'YUG', 'SRBCVL', 'BIH', 'BIHMIL'),
     ('116', '110', '173'),
     'The U.N. war crimes tribunal in The Hague found a Bosnian Serb commander guilty of genocide at '
     'Srebrenica.'),
    (('PRK', 'PRKGOV'), ('IGO',), ('128', '120', '12'),
     'North Korea defied the International Atomic Energy Agency and restarted its nuclear reactor at '
     'Yongbyon.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('139', '130', '138'),
     'President Clinton gave Iraq a final warning to comply with U.N. weapons inspections or face military '
     'action.'),
    (('EUR', 'IGO'), ('AUT', 'AUTGOV'), ('1313', '131', '130'),
     'European Union states threatened to freeze bilateral ties with Austria if the far-right Freedom '
     'Party joined the government.'),
    (('TURCRM', 'TURREB', 'TUROPP', 'TUR', 'TURCVL', 'TURUAF'), ('TUR', 'TURGOV'),
     ('142', '140', '1424', '1422'),
     'Hundreds of jailed leftist militants in Turkey went on a hunger strike to protest against a new '
     'prison system.'),
    (('KORLAB', 'KOR'), ('KOR', 'KORGOV', 'KORBUS'), ('143', '140', '1432', '1434'),
     'South Korean unions launched a general strike on Thursday against a new labour law.'),
    (('IDNEDU', 'IDNCVL', 'IDN', 'IDNOPP'), ('IDN', 'IDNGOV'), ('145', '140', '141'),
     'Thousands of students rioted in Jakarta on Tuesday, torching cars and demanding the resignation of '
     'President Suharto.'),
    (('PSE', 'PSECVL', 'PSEEDU'), ('ISR', 'ISRMIL', 'ISRGOV'), ('145', '140', '180', '18'),
     'Palestinian youths hurled stones at Israeli soldiers in Hebron on Friday.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSECVL', 'PSEGOV', 'PSEUAF'), ('1712', '171', '170'),
     'Israeli army bulldozers demolished the homes of three Palestinian militants in the West Bank.'),
    (('IRN', 'IRNGOV', 'IRNJUD'), ('IRNMED', 'IRN', 'IRNOPP'), ('1721', '172', '170'),
     'Iran\'s judiciary banned the reformist newspaper Salam on Wednesday.'),
    (('PAKGOV', 'PAK'), ('PAKOPP', 'PAK'), ('1722', '172', '170'),
     'Pakistan\'s military government banned the Pakistan People\'s Party from holding rallies.'),
    (('PAKREB', 'PAK', 'INDREB', 'IND', 'INDUAF', 'PAKUAF'), ('IND', 'INDCVL', 'INDBUS'), ('181', '180'),
     'Kashmiri militants hijacked an Indian Airlines jet with 178 passengers on board and forced it to fly '
     'to Kandahar.'),
    (('MEXCRM', 'MEX', 'MEXREB', 'MEXUAF'), ('MEX', 'MEXGOV', 'MEXOPP', 'MEXCVL'), ('186', '180'),
     'Gunmen assassinated the ruling party\'s presidential candidate Luis Donaldo Colosio at a rally in '
     'Tijuana.'),
    (('CHE', 'CHEGOV'), ('IRQ', 'IRQCVL', 'IRQGOV', 'IGO'), ('1054', '100', '025', '0254'),
     'Switzerland urged an end to the U.N. embargo on Iraq, saying it was hurting ordinary Iraqis most.'),
    (('ERI', 'ERIMIL', 'ERIGOV'), (), ('19',),
     'Ethiopia accused Eritrea on Sunday of breaking the ceasefire by shelling its positions near '
     'Zalambessa.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERIMIL'), ('112', '1123', '110'),
     'Ethiopia accused Eritrea on Sunday of breaking the ceasefire by shelling its positions near '
     'Zalambessa.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), (), ('20',),
     'Iraqi forces used chemical weapons against the Kurdish town of Halabja in 1988, killing some 5,000 '
     'people.'),
    (('ARM', 'ARMGOV', 'ARMMIL'), ('AZE', 'AZEGOV', 'AZECVL'), ('192', '190'),
     'Armenian forces seized the Azerbaijani town of Kelbajar on Saturday, the Azerbaijani defence ministry '
     'said.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), ('023', '020', '025', '0253', '021', '0213'),
     'Egypt appealed to Sudan to hand over three suspects in the attempt on President Hosni Mubarak\'s '
     'life.'),
    (('GBR', 'GBRGOV'), ('NGA', 'NGAGOV'), ('163', '160', '162'),
     'Britain banned arms sales to Nigeria on Friday in protest at the execution of Ken Saro-Wiwa.'),
    (('KHM', 'KHMGOV'), ('VNM', 'VNMGOV', 'THA', 'THAGOV'), ('042', '040', '043'),
     'Cambodian Prime Minister Hun Sen arrived in Hanoi on Tuesday for a three-day official visit.'),
    (('VNM', 'VNMGOV'), ('KHM', 'KHMGOV'), ('043', '040', '042'),
     'Cambodian Prime Minister Hun Sen arrived in Hanoi on Tuesday for a three-day official visit.'),
    (('IGO', 'WAF', 'WAFGOV'), ('LBR', 'LBRREB', 'LBRGOV'), ('100', '1056', '106', '107', '020'),
     'West African leaders demanded that Liberia\'s warring factions disarm before elections scheduled '
     'for May.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('111', '110', '112', '1122'),
     'The State Department condemned Russia\'s indiscriminate bombing of civilians in Chechnya.'),
]

LEAD28_B3: list[Row] = [
    # batch 3: written blind, before the coder was run on it (the wires' livelier verbs for the same
    # acts: hail, snub, rebuff, slam, back, arm, harbour, round up, gun down, ambush, strafe)
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('051', '050'),
     'Israeli Prime Minister Yitzhak Rabin hailed King Hussein of Jordan as a courageous partner for '
     'peace.'),
    (('PSE', 'PSEGOV'), ('USA', 'USAGOV'), ('125', '120', '12', '111'),
     'Palestinian leader Yasser Arafat snubbed a U.S. invitation to a summit with Israeli Prime Minister '
     'Benjamin Netanyahu.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('120', '125', '12', '127'),
     'Syria rebuffed an Israeli offer to resume peace talks without preconditions.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '110'),
     'China slammed the United States on Friday for selling advanced fighter jets to Taiwan.'),
    (('FRA', 'FRAGOV'), ('IGO',), ('051', '050', '057'),
     'France backed a U.N. plan to send peacekeepers to the Central African Republic.'),
    (('IRN', 'IRNGOV'), (), ('07',),
     'Israel accused Iran of arming Hezbollah guerrillas in southern Lebanon.'),
    (('ISR', 'ISRGOV'), ('IRN', 'IRNGOV'), ('112', '110', '1121', '111'),
     'Israel accused Iran of arming Hezbollah guerrillas in southern Lebanon.'),
    (('USA', 'USAGOV'), ('AFG', 'AFGGOV', 'AFGREB'), ('112', '110', '111', '1121'),
     'Washington accused the Taliban of harbouring Saudi-born militant Osama bin Laden.'),
    (('IDN', 'IDNCOP', 'IDNMIL', 'IDNGOV'), ('IDN', 'IDNOPP', 'IDNCVL', 'IDNEDU'), ('173', '170'),
     'Indonesian police rounded up dozens of student activists in Jakarta on Monday.'),
    (('DZAREB', 'DZA', 'DZAUAF'), ('DZA', 'DZACVL', 'DZAMED'), ('186', '180', '1823', '18'),
     'Suspected Muslim militants gunned down a French-language newspaper editor in Algiers on Tuesday.'),
    (('PERREB', 'PER'), ('PERMIL', 'PER'), ('190', '193', '180'),
     'Shining Path guerrillas ambushed an army patrol in the Andean jungle, killing 12 soldiers.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('IRQCVL', 'IRQETH', 'IRQ'), ('195', '190', '180'),
     'Iraqi helicopter gunships strafed Shiite villages in the southern marshes, opposition groups said.'),
    (('COD', 'CODGOV'), ('RWA', 'RWAGOV', 'UGA', 'UGAGOV'), ('111', '110', '112', '1123'),
     'Congolese President Laurent Kabila lambasted Rwanda and Uganda for invading his country.'),
    (('GBR', 'GBRGOV'), ('GBROPP', 'GBR', 'IRL', 'GBRREB'), ('046', '040', '043'),
     'Britain opened formal talks with Sinn Fein on Friday for the first time in more than 70 years.'),
    (('GBRREB', 'GBROPP', 'GBR', 'IRL'), ('GBR', 'GBRGOV'), ('046', '040'),
     'Britain opened formal talks with Sinn Fein on Friday for the first time in more than 70 years.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('057', '050', '030'),
     'The two Koreas signed a landmark accord on reconciliation and non-aggression in Seoul on Friday.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('057', '050', '030'),
     'The two Koreas signed a landmark accord on reconciliation and non-aggression in Seoul on Friday.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('1211', '121', '120', '12'),
     'The United States brushed aside Russian objections to NATO expansion into eastern Europe.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('138', '130', '139', '1384'),
     'Turkey massed troops on the Syrian border and warned Damascus to stop sheltering Kurdish rebel leader '
     'Abdullah Ocalan.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('SYR', 'SYRGOV'), ('154', '150', '152', '138'),
     'Turkey massed troops on the Syrian border and warned Damascus to stop sheltering Kurdish rebel leader '
     'Abdullah Ocalan.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), ('111', '110', '112'),
     'President Robert Mugabe denounced Britain on Saturday as a colonial power bent on seizing Zimbabwe\'s '
     'land.'),
    (('AUS', 'AUSGOV'), ('FRA', 'FRAGOV'), ('161', '160', '166', '1313'),
     'Australia recalled its ambassador from Paris in protest at French nuclear tests in the South Pacific.'),
    (('NZL', 'NZLGOV'), ('FRA', 'FRAGOV'), ('114', '111', '110'),
     'New Zealand lodged an official protest with France over the resumption of nuclear testing at Mururoa.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERICVL'), ('174', '170', '201', '166'),
     'Ethiopia has expelled thousands of Eritreans since the border war broke out in May, human rights '
     'groups said.'),
    (('MAR', 'MARGOV'), ('IGO',), ('086', '080', '0861', '035', '0355'),
     'Morocco agreed to let U.N. observers monitor a referendum on the future of Western Sahara.'),
    (('SDN', 'SDNGOV', 'SDNMIL'), ('SDNREB', 'SDN'), ('0871', '087', '080', '0356', '035'),
     'Sudan declared a unilateral ceasefire in the south on Wednesday to allow food to reach famine '
     'victims.'),
    (('RUS', 'RUSGOV'), ('IRN', 'IRNGOV'), ('061', '060', '062', '057'),
     'Russia pressed ahead with building a nuclear power plant for Iran at Bushehr despite U.S. objections.'),
    (('LBN', 'LBNGOV'), ('ISR', 'ISRGOV'), ('114', '111', '110', '020'),
     'Lebanon complained to the U.N. Security Council about Israeli air raids on its territory.'),
    (('KHM', 'KHMGOV'), ('KHMREB', 'KHM'), ('054', '050', '057', '080', '082'),
     'Cambodia\'s government granted an amnesty to thousands of Khmer Rouge guerrillas who defected.'),
    (('IGO',), ('HTI', 'HTIGOV', 'HTIMIL'), ('163', '160', '1312'),
     'The Organisation of American States imposed a trade embargo on Haiti after the army ousted President '
     'Jean-Bertrand Aristide.'),
    (('HTIMIL', 'HTI'), ('HTIGOV', 'HTI'), ('175', '170', '172', '180', '18'),
     'The Organisation of American States imposed a trade embargo on Haiti after the army ousted President '
     'Jean-Bertrand Aristide.'),
    (('USA', 'USAGOV', 'USAMIL'), ('SDN', 'SDNGOV', 'AFG', 'AFGREB', 'SDNCVL', 'AFGCVL'),
     ('195', '190', '1951', '183'),
     'U.S. cruise missiles struck a pharmaceutical plant in Khartoum and camps in Afghanistan on Thursday.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('162', '160', '1621', '1623'),
     'Japan froze food aid to North Korea after Pyongyang fired a missile over its territory.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), ('036', '030', '043', '046'),
     'Vietnam said it would welcome a visit by President Clinton later this year.'),
]

LEAD28_B4: list[Row] = [
    # batch 4: written blind, before the coder was run on it (meetings, visits, calls, envoys, messages
    # and statements of the era: who hosts, who travels, a message carried, a comment declined)
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), ('043', '040', '046', '036'),
     'Chinese President Jiang Zemin received visiting Russian Prime Minister Viktor Chernomyrdin in Beijing '
     'on Tuesday.'),
    (('RUS', 'RUSGOV'), ('CHN', 'CHNGOV'), ('042', '040', '046'),
     'Chinese President Jiang Zemin received visiting Russian Prime Minister Viktor Chernomyrdin in Beijing '
     'on Tuesday.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('040', '042', '043', '044', '046'),
     'Egyptian President Hosni Mubarak met Israeli Prime Minister Ehud Barak in the Red Sea resort of Sharm '
     'el-Sheikh on Sunday.'),
    (('ISR', 'ISRGOV'), ('EGY', 'EGYGOV'), ('040', '042', '043', '044', '046'),
     'Egyptian President Hosni Mubarak met Israeli Prime Minister Ehud Barak in the Red Sea resort of Sharm '
     'el-Sheikh on Sunday.'),
    (('USA', 'USAGOV'), ('IND', 'INDGOV'), ('042', '040'),
     'U.S. Deputy Secretary of State Strobe Talbott flew to New Delhi on Friday for talks on India\'s '
     'nuclear programme.'),
    (('IND', 'INDGOV'), ('USA', 'USAGOV'), ('043', '040'),
     'U.S. Deputy Secretary of State Strobe Talbott flew to New Delhi on Friday for talks on India\'s '
     'nuclear programme.'),
    (('FRA', 'FRAGOV'), ('DEU', 'DEUGOV'), ('041', '040'),
     'French President Jacques Chirac telephoned German Chancellor Helmut Kohl on Monday to discuss the '
     'crisis in Bosnia.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('032', '030', '036'),
     'Japan said on Thursday it wanted to improve relations with China, which have been strained by '
     'disputes over history textbooks.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('010', '013', '012', '019'),
     'North Korea said on Monday its talks with the United States in Geneva had been useful and '
     'constructive.'),
    (('VAT', 'VATGOV', 'VATREL'), ('CUB', 'CUBGOV'), ('042', '040'),
     'Pope John Paul II arrived in Havana on Wednesday for a historic five-day visit to communist Cuba.'),
    (('CUB', 'CUBGOV'), ('VAT', 'VATGOV', 'VATREL'), ('043', '040'),
     'Pope John Paul II arrived in Havana on Wednesday for a historic five-day visit to communist Cuba.'),
    (('NOR', 'NORGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), ('045', '040', '043', '039'),
     'Norway hosted secret talks between Israeli and Palestinian negotiators that led to the Oslo accords.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('046', '040'),
     'Norway hosted secret talks between Israeli and Palestinian negotiators that led to the Oslo accords.'),
    (('USA', 'USAGOV'), ('SYR', 'SYRGOV'), ('042', '040', '046'),
     'Secretary of State Warren Christopher left for Damascus on Sunday on his latest shuttle mission '
     'between Syria and Israel.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('010', '013', '012'),
     'Iraq said on Saturday it hoped the United Nations would lift the oil embargo within weeks.'),
    (('GBR', 'GBRGOV'), ('CHN', 'CHNGOV'), ('010', '012', '013', '111'),
     'Britain said on Tuesday it was disappointed that China had refused to discuss the future of '
     'democracy in Hong Kong.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('120', '125', '12'),
     'Britain said on Tuesday it was disappointed that China had refused to discuss the future of '
     'democracy in Hong Kong.'),
    (('ZAF', 'ZAFGOV'), ('AGO', 'AGOGOV', 'AGOREB'), ('039', '030', '045'),
     'South African President Nelson Mandela offered to mediate between the Angolan government and UNITA '
     'rebels.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('036', '030', '020', '026'),
     'South Korean President Kim Dae-jung proposed a summit with North Korean leader Kim Jong-il.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('018', '010', '051'),
     'Greece sent condolences to Turkey after an earthquake killed thousands in the northwest of the '
     'country.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), ('042', '040'),
     'Iranian President Mohammad Khatami began a visit to Saudi Arabia on Saturday, the first by an Iranian '
     'head of state since the 1979 revolution.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), ('043', '040'),
     'Iranian President Mohammad Khatami began a visit to Saudi Arabia on Saturday, the first by an Iranian '
     'head of state since the 1979 revolution.'),
    (('SDN', 'SDNGOV'), ('EGY', 'EGYGOV'), ('016', '010', '012'),
     'Sudan denied any role in the attempt on the life of Egyptian President Hosni Mubarak in Addis Ababa.'),
    (('DEU', 'DEUGOV'), ('USA', 'USAGOV'), ('042', '040', '046', '036'),
     'German Foreign Minister Joschka Fischer will travel to Washington next week for talks with '
     'Secretary of '
     'State Madeleine Albright.'),
    (('MYS', 'MYSGOV'), ('SGP', 'SGPGOV'), ('046', '040'),
     'Malaysia and Singapore resumed negotiations on Thursday over water supplies and a railway land '
     'dispute.'),
    (('SGP', 'SGPGOV'), ('MYS', 'MYSGOV'), ('046', '040'),
     'Malaysia and Singapore resumed negotiations on Thursday over water supplies and a railway land '
     'dispute.'),
    (('USA', 'USAGOV'), (), ('04', '01'),
     'The White House declined to say whether President Clinton would meet the Dalai Lama during his visit.'),
    (('IGO',), ('SOM', 'SOMREB', 'SOMGOV'), ('043', '045', '040', '046'),
     'The Organisation of African Unity brought together leaders of Somalia\'s rival clans for talks in '
     'Addis Ababa.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('032', '030', '036'),
     'Taiwan said it was willing to resume a dialogue with Beijing suspended since 1995.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('043', '040'),
     'Pakistan gave a warm welcome to Indian Prime Minister Atal Behari Vajpayee when he arrived in Lahore '
     'by bus.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('042', '040'),
     'Pakistan gave a warm welcome to Indian Prime Minister Atal Behari Vajpayee when he arrived in Lahore '
     'by bus.'),
    (('ESP', 'ESPGOV'), ('MAR', 'MARGOV'), ('030', '032', '036', '031'),
     'Spain and Morocco pledged on Monday to work together to stem illegal immigration across the Strait of '
     'Gibraltar.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('057', '050'),
     'Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma signed a friendship treaty in '
     'Kiev on Saturday.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), ('138', '130', '13'),
     'Iraq warned the United States on Sunday that it would fire on any American aircraft that violated its '
     'airspace.'),
]

LEAD28_B5: list[Row] = [
    # batch 5: written blind, before the coder was run on it (the parties' sectors: bodies, parties,
    # unions, firms, media, churches, rebels and their political wings, refugees, international bodies
    # and aid groups, as source and as target)
    (('IGO',), ('RWA', 'RWAGOV'), ('111', '110', '112'),
     'The Organisation of African Unity condemned the killing of civilians in Rwanda and called on the '
     'government to stop the massacres.'),
    (('NGO',), ('CHN', 'CHNGOV'), ('112', '1122', '110', '111'),
     'Amnesty International accused China on Wednesday of executing thousands of people a year after '
     'summary trials.'),
    (('NGO',), ('SDN', 'SDNCVL'), ('073', '070'),
     'The International Committee of the Red Cross flew food and medicine to famine victims in southern '
     'Sudan.'),
    (('IGO',), ('AGOREB', 'AGO'), ('163', '160', '1312'),
     'The U.N. Security Council imposed an oil and arms embargo on Angola\'s UNITA rebels on Wednesday.'),
    (('KORLAB', 'KOR'), ('KORGOV', 'KOR'), ('141', '140', '143'),
     'Tens of thousands of South Korean workers marched in Seoul to protest against mass layoffs.'),
    (('MEXOPP', 'MEX'), ('MEXGOV', 'MEX'), ('112', '110', '111', '1121'),
     'Mexico\'s main opposition party accused the ruling PRI of rigging the elections in the state of '
     'Tabasco.'),
    (('VATREL', 'VAT', 'VATGOV'), ('IRQ', 'IRQGOV', 'USA', 'USAGOV'), ('020', '0256', '023', '025', '027'),
     'Pope John Paul II appealed on Sunday for a peaceful solution to the crisis over Iraq.'),
    (('GBRREB', 'GBR', 'IRL', 'IRLREB'), ('GBR', 'GBRGOV', 'GBRMIL'), ('0871', '087', '080', '0356', '035'),
     'The Irish Republican Army announced a complete cessation of military operations on Wednesday.'),
    (('ZAFOPP', 'ZAF', 'ZAFREB'), ('ZAF', 'ZAFGOV'), ('046', '040'),
     'The African National Congress and the South African government opened formal talks on ending '
     'apartheid.'),
    (('ZAF', 'ZAFGOV'), ('ZAFOPP', 'ZAF', 'ZAFREB'), ('046', '040'),
     'The African National Congress and the South African government opened formal talks on ending '
     'apartheid.'),
    (('RUSMED', 'RUS'), ('RUSGOV', 'RUS'), ('111', '110', '112'),
     'The Russian newspaper Izvestia criticised the Kremlin on Thursday for its handling of the submarine '
     'disaster.'),
    (('IGO',), ('IDN', 'IDNGOV'), ('071', '070', '057', '061'),
     'The International Monetary Fund approved a 10 billion dollar rescue package for Indonesia.'),
    (('IGO',), ('BIH', 'BIHCVL', 'BIHGOV'), ('073', '070', '071'),
     'The European Union approved 100 million ecus in humanitarian aid for Bosnia on Monday.'),
    (('PSEREB', 'PSE'), ('ISR', 'ISRGOV', 'ISRCVL'), ('138', '130', '1383', '13'),
     'Hamas threatened on Friday to carry out more suicide attacks against Israel unless it released its '
     'jailed leaders.'),
    (('TURGOV', 'TUR', 'TURJUD'), ('TUROPP', 'TUR', 'TURREL'), ('1722', '172', '170'),
     'Turkey\'s Constitutional Court banned the Islamist Welfare Party on Friday for undermining the '
     'secular state.'),
    (('PHLREL', 'PHL'), ('PHLGOV', 'PHL'), ('100', '1041', '104', '020', '024'),
     'Cardinal Jaime Sin, the Roman Catholic archbishop of Manila, called on President Joseph Estrada to '
     'resign.'),
    (('USABUS', 'USA'), ('CHN', 'CHNGOV', 'CHNBUS'), ('061', '060', '057'),
     'Boeing signed a deal on Tuesday to sell 50 airliners to China, the company said.'),
    (('PRK', 'PRKGOV'), ('IGO',), ('1662',),
     'North Korea ordered U.N. nuclear inspectors to leave the country.'),
    (('PRK', 'PRKGOV'), ('IGO',), ('1662', '166', '160', '174'),
     'North Korea ordered U.N. nuclear inspectors to leave the country.'),
    (('NGO',), ('AFG', 'AFGREB', 'AFGGOV'), ('1663', '166', '160', '087'),
     'The aid group Medecins Sans Frontieres pulled its staff out of Afghanistan after the Taliban detained '
     'two of its workers.'),
    (('IDNCVL', 'IDN', 'IDNREF', 'TLS', 'TLSREF', 'TLSCVL'), (), ('14', '19', '18'),
     'Thousands of refugees streamed across the border into West Timor on Saturday.'),
    (('IGO',), ('SRB', 'YUG', 'YUGGOV', 'SRBGOV'), ('1312', '131', '130', '13'),
     'The six-nation Contact Group threatened Belgrade with new sanctions if it did not halt the '
     'crackdown in '
     'Kosovo.'),
    (('ISROPP', 'ISR', 'ISRLEG'), ('ISRGOV', 'ISR'), ('111', '110', '112'),
     'Israel\'s Labour opposition attacked Prime Minister Benjamin Netanyahu for freezing the peace '
     'process.'),
    (('USALEG', 'USA'), ('CHN', 'CHNGOV'), ('051', '050', '061', '030'),
     'The U.S. House of Representatives voted to grant China permanent normal trade relations.'),
    (('AUSGOV', 'AUS'), ('AUSETH', 'AUS', 'AUSOPP', 'AUSCVL', 'AUSIND'), ('055', '050'),
     'Australia\'s parliament apologised to Aborigines for the injustices of the past.'),
    (('COLREB', 'COL'), ('COLGOV', 'COL'), ('046', '040'),
     'FARC rebels and the Colombian government resumed peace talks on Thursday in the southern jungle.'),
    (('COLGOV', 'COL'), ('COLREB', 'COL'), ('046', '040'),
     'FARC rebels and the Colombian government resumed peace talks on Thursday in the southern jungle.'),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV'), ('090', '09'),
     'The head of the U.N. Special Commission arrived in Baghdad on Monday to investigate Iraq\'s '
     'concealment '
     'of banned weapons.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('042', '040'),
     'The head of the U.N. Special Commission arrived in Baghdad on Monday to investigate Iraq\'s '
     'concealment '
     'of banned weapons.'),
]

LEAD28_B6: list[Row] = [
    # batch 6: written blind, before the coder was run on it (demands and their refusal, threats,
    # cuts, and acts told from the side of who undergoes them: passives, "came under", "received from")
    (('USA', 'USAGOV'), ('SRB', 'YUG', 'YUGGOV', 'SRBGOV'), ('106', '100', '1056'),
     'Washington demanded that Belgrade pull its troops and police out of Kosovo immediately.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), ('1053', '100', '105', '025', '0253'),
     'Iran demanded the release of thousands of Iranian prisoners of war still held by Iraq.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('1054', '100', '105', '025', '0254'),
     'Iraq demanded on Monday that the Security Council lift the sanctions imposed after its invasion of '
     'Kuwait.'),
    (('ISR', 'ISRGOV'), ('USA', 'USAGOV'), ('124', '120', '12', '1241'),
     'Israel rejected U.S. demands for a freeze on settlement building in the occupied territories.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('1313', '131', '130', '13'),
     'India threatened on Tuesday to break off diplomatic relations with Pakistan over the hijacking.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('134', '130', '13', '1313'),
     'The Palestinians threatened to pull out of the peace talks if Israel went ahead with the settlement.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), ('1621', '162', '160', '1622'),
     'The United States cut off economic and military aid to Pakistan over its nuclear programme.'),
    (('IGO',), ('SOM', 'SOMGOV', 'SOMREB'), ('1661', '166', '160', '087'),
     'The United Nations began pulling its peacekeepers out of Somalia on Tuesday.'),
    (('PAKMIL', 'PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), ('154', '150', '152'),
     'Pakistan moved troops and tanks to its eastern border with India as tension mounted over Kashmir.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('130', '138', '13'),
     'Greece warned Turkey on Saturday not to test its resolve over the disputed islets in the Aegean.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('111', '110', '112'),
     'Iraq came under sharp criticism from the United States on Thursday for blocking the work of U.N. '
     'arms inspectors.'),
    (('USA', 'USAGOV', 'IGO'), ('RUS', 'RUSGOV'), ('071', '070'),
     'Russia received a 4.8 billion dollar loan from the International Monetary Fund on Monday.'),
    (('IGO',), ('RUS', 'RUSGOV'), ('071', '070'),
     'Russia received a 4.8 billion dollar loan from the International Monetary Fund on Monday.'),
    (('IRQMIL', 'IRQ', 'IRQGOV'), ('USA', 'USAMIL'), ('190', '195', '193', '194', '180'),
     'Two U.S. warplanes were fired on by Iraqi anti-aircraft guns over the southern no-fly zone.'),
    (('PSEREB', 'PSE'), ('ISRCVL', 'ISR'), ('1831', '183', '180'),
     'Nineteen Israelis were killed when a suicide bomber from the militant Islamic Jihad blew himself up '
     'at a bus stop.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('1662', '166', '174', '160'),
     'Russia expelled a U.S. diplomat on Friday for spying, the Foreign Ministry said.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('1662', '166', '174', '160'),
     'A U.S. diplomat was expelled by Russia on Friday for spying, the Foreign Ministry said.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('174', '166', '160'),
     'A U.S. diplomat was expelled from Russia on Friday for spying, the State Department said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('100', '108', '020', '026'),
     'Seoul urged Pyongyang to return to the negotiating table to discuss family reunions.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('1313', '131', '130', '13', '138'),
     'China warned of "serious consequences" if the United States went ahead with arms sales to Taiwan.'),
    (('NGA', 'NGAGOV'), ('IGO',), ('124', '120', '12'),
     'Nigeria\'s military rulers rejected Commonwealth demands to release political prisoners.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('128', '120', '12'),
     'Cuba vowed on Tuesday to resist U.S. pressure and keep its socialist system.'),
    (('ISRMIL', 'ISR'), ('PSE', 'PSEGOV', 'PSECVL'), ('1723', '172', '170'),
     'The Israeli army imposed a curfew on the West Bank town of Hebron after the killing of a settler.'),
    (('ISRMIL', 'ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSECVL'), ('191', '190', '1621', '172'),
     'Israel sealed off the West Bank and Gaza Strip on Sunday after a wave of suicide bombings.'),
    (('TURMIL', 'TUR'), ('TURREB', 'IRQREB', 'IRQ'), ('190', '193', '192', '180'),
     'Some 35,000 Turkish troops crossed into northern Iraq on Monday in pursuit of Kurdish rebels.'),
    (('IGO',), ('LBY', 'LBYGOV'), ('1312', '131', '130', '13', '163', '139'),
     'The Security Council gave Libya two weeks to hand over the Lockerbie suspects or face an air '
     'embargo.'),
]

LEAD28_B7: list[Row] = [
    # batch 7: written blind, before the coder was run on it (Latin America, Africa and trade: tariffs,
    # quotas, dumping, trade pacts, debt, coups, elections and their observers)
    (('USA', 'USAGOV'), ('JPN', 'JPNGOV'), ('163', '160', '1312', '172'),
     'The United States slapped 100 percent tariffs on 13 Japanese luxury cars in a dispute over access to '
     'Japan\'s auto market.'),
    (('IGO', 'EUR'), ('USA', 'USAGOV', 'IGO'), ('114', '111', '110', '112'),
     'The European Union filed a complaint with the World Trade Organisation over U.S. steel tariffs.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV', 'CAN', 'CANGOV'), ('057', '050', '061'),
     'Mexico, the United States and Canada signed the North American Free Trade Agreement on Thursday.'),
    (('BRA', 'BRAGOV'), ('ARG', 'ARGGOV'), ('160', '163', '1312', '172'),
     'Brazil imposed quotas on imports of Argentine shoes, deepening a trade row within the Mercosur bloc.'),
    (('CHN', 'CHNGOV'), ('KOR', 'KORGOV'), ('163', '160'),
     'China banned imports of South Korean mobile phones in retaliation for Seoul\'s tariffs on Chinese '
     'garlic.'),
    (('IGO',), ('ARG', 'ARGGOV'), ('071', '070', '057', '033', '0331'),
     'The IMF agreed on Wednesday to lend Argentina 8 billion dollars to shore up its economy.'),
    (('ECUMIL', 'ECU'), ('ECUGOV', 'ECU'), ('1721', '172', '175', '170', '18', '180'),
     'Ecuador\'s army toppled President Jamil Mahuad on Friday after thousands of Indians occupied '
     'Congress.'),
    (('CIVMIL', 'CIV'), ('CIVGOV', 'CIV'), ('1721', '172', '175', '170', '18', '180'),
     'Soldiers seized power in Ivory Coast on Friday, ousting President Henri Konan Bedie in the country\'s '
     'first coup.'),
    (('IGO',), ('CIV', 'CIVMIL', 'CIVGOV'), ('111', '110', '112', '163'),
     'The Organisation of African Unity condemned the coup in Ivory Coast and suspended the country from '
     'its summits.'),
    (('USA', 'USAGOV'), ('PER', 'PERGOV'), ('111', '110', '112', '012'),
     'The United States criticised Peru\'s presidential election as flawed and called for a new vote.'),
    (('PERGOV', 'PER', 'PERCOP'), ('PEROPP', 'PER'), ('173', '170'),
     'Peruvian police detained opposition leader Alejandro Toledo\'s campaign manager on Sunday.'),
    (('PERCOP', 'PER', 'PERGOV'), ('PEROPP', 'PER'), ('173', '170'),
     'Peruvian police detained opposition leader Alejandro Toledo\'s campaign manager on Sunday.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), ('154', '150', '152'),
     'Venezuela sent troops to its border with Colombia after Colombian rebels attacked a Venezuelan '
     'army post.'),
    (('COLREB', 'COL'), ('VEN', 'VENMIL'), ('190', '193', '180'),
     'Venezuela sent troops to its border with Colombia after Colombian rebels attacked a Venezuelan '
     'army post.'),
    (('NGA', 'NGAGOV', 'IGO', 'NGAMIL'), ('SLE', 'SLEREB', 'SLEGOV'), ('190', '193', '195', '194'),
     'Nigerian-led ECOMOG troops drove rebels out of Freetown on Saturday after a week of fighting.'),
    (('ZWE', 'ZWEGOV'), ('COD', 'CODGOV'), ('072', '070', '074', '154'),
     'Zimbabwe sent 3,000 troops to help Congolese President Laurent Kabila fight rebels backed by Rwanda '
     'and Uganda.'),
    (('UGA', 'UGAGOV', 'RWA', 'RWAGOV'), ('CODREB', 'COD'), ('072', '070', '050', '051'),
     'Zimbabwe sent 3,000 troops to help Congolese President Laurent Kabila fight rebels backed by Rwanda '
     'and Uganda.'),
    (('ZMB', 'ZMBGOV'), ('AGO', 'AGOGOV'), ('016', '010', '012'),
     'Zambia denied Angolan charges that it was supplying arms to UNITA rebels.'),
    (('AGO', 'AGOGOV'), ('ZMB', 'ZMBGOV'), ('112', '110', '111'),
     'Zambia denied Angolan charges that it was supplying arms to UNITA rebels.'),
    (('IGO',), ('HTI', 'HTIGOV'), ('0861', '086', '074', '070', '080'),
     'The U.N. Security Council voted to send a peacekeeping force to Haiti to replace U.S. troops.'),
    (('KEN', 'KENGOV', 'KENCOP'), ('KENOPP', 'KEN', 'KENEDU'), ('175', '170', '173'),
     'Kenyan riot police used tear gas to break up an opposition rally in Nairobi demanding constitutional '
     'reform.'),
    (('NGO',), ('ZWE', 'ZWEGOV'), ('111', '110', '112'),
     'Human Rights Watch denounced the Zimbabwean government\'s seizure of white-owned farms.'),
    (('SEN', 'SENGOV'), ('GNB', 'GNBGOV', 'GNBMIL', 'GNBREB'), ('074', '070', '072', '190', '154'),
     'Senegal sent troops into Guinea-Bissau to back President Joao Bernardo Vieira against a military '
     'revolt.'),
    (('CHL', 'CHLGOV'), ('GBR', 'GBRGOV'), ('1053', '100', '105', '020', '0253'),
     'Chile demanded that Britain release former dictator Augusto Pinochet, who was arrested in London.'),
    (('IGO',), ('MOZ', 'MOZGOV', 'MOZCVL'), ('073', '070'),
     'The World Food Programme began airlifting food to flood victims in Mozambique on Tuesday.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('054', '050', '057', '030'),
     'Argentina and Britain agreed to restore flights to the Falkland Islands, ending a three-year ban.'),
]

LEAD28_B8: list[Row] = [
    # batch 8: written blind, before the coder was run on it (the end of the Cold War, 1985-1995 copy,
    # states and bodies rather than named leaders: the Soviet Union, the Gulf war, southern Africa,
    # Cambodia, Central America)
    (('USR', 'USRGOV', 'USRMIL', 'RUS', 'RUSMIL'), ('AFG', 'AFGGOV'), ('087', '0874', '080', '166'),
     'The Soviet Union completed the withdrawal of its troops from Afghanistan on Wednesday.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('KWT', 'KWTGOV'), ('192', '190', '180', '18'),
     'Iraqi troops invaded Kuwait before dawn on Thursday and seized the emir\'s palace.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('163', '160'),
     'The Security Council imposed a sweeping trade embargo on Iraq on Monday over its invasion of Kuwait.'),
    (('USA', 'USAGOV', 'USAMIL'), ('PAN', 'PANGOV', 'PANMIL'), ('190', '192', '180'),
     'U.S. troops invaded Panama on Wednesday to oust General Manuel Noriega.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), ('0871', '087', '080', '057', '030', '0356', '035'),
     'Iran accepted a U.N.-brokered ceasefire in its eight-year war with Iraq.'),
    (('ZAF', 'ZAFGOV'), ('ZAFOPP', 'ZAF', 'ZAFCVL'), ('0841', '084', '080'),
     'South Africa freed Nelson Mandela on Sunday after 27 years in prison.'),
    (('ZAF', 'ZAFGOV'), ('ZAFOPP', 'ZAF'), ('0812', '081', '080'),
     'South Africa lifted its ban on the African National Congress on Friday.'),
    (('CUB', 'CUBGOV', 'CUBMIL'), ('AGO', 'AGOGOV'), ('087', '0874', '080', '166'),
     'The last Cuban troops left Angola on Saturday under a U.S.-brokered peace agreement.'),
    (('VNM', 'VNMGOV', 'VNMMIL'), ('KHM', 'KHMGOV'), ('087', '0874', '080'),
     'Vietnam said it had withdrawn all its troops from Cambodia, ending an 11-year occupation.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('057', '050', '054'),
     'Germany and Poland signed a treaty on Wednesday confirming their post-war border.'),
    (('POL', 'POLGOV'), ('DEU', 'DEUGOV'), ('057', '050', '054'),
     'Germany and Poland signed a treaty on Wednesday confirming their post-war border.'),
    (('USR', 'USRGOV', 'RUS', 'RUSGOV'), ('LTU', 'LTUGOV'), ('163', '160', '1621', '191', '162'),
     'Moscow cut off oil supplies to Lithuania on Wednesday to force it to drop its declaration of '
     'independence.'),
    (('LTU', 'LTUGOV', 'LTULEG'), ('USR', 'USRGOV'), ('111', '110', '112'),
     'Lithuania\'s parliament denounced the Soviet economic blockade as an act of aggression.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAGOV', 'USAMIL'), ('0862', '086', '080', '043', '025'),
     'Saudi Arabia invited U.S. forces to help defend the kingdom against a possible Iraqi attack.'),
    (('SLV', 'SLVGOV'), ('SLVREB', 'SLV'), ('057', '050'),
     'The Salvadoran government and leftist guerrillas signed a peace accord in Mexico City on Thursday, '
     'ending 12 years of civil war.'),
    (('SLVREB', 'SLV'), ('SLV', 'SLVGOV'), ('057', '050'),
     'The Salvadoran government and leftist guerrillas signed a peace accord in Mexico City on Thursday, '
     'ending 12 years of civil war.'),
    (('NIC', 'NICGOV'), ('NICREB', 'NIC'), ('046', '040'),
     'The Sandinista government opened direct talks with the U.S.-backed Contra rebels in Managua.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('ISR', 'ISRCVL'), ('195', '190', '183', '180'),
     'Iraq fired Scud missiles at Tel Aviv and Haifa on Friday, wounding a dozen Israelis.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('1053', '100', '105', '020', '0253'),
     'Kuwait demanded the return of more than 600 Kuwaitis it says are still held in Iraqi jails.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('090', '0921', '09', '092'),
     'A U.N. team began an inquiry on Tuesday into the fate of Kuwaitis missing since the Gulf war.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('085', '080', '081'),
     'President Clinton lifted the 19-year-old U.S. trade embargo against Vietnam on Thursday.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057', '050'),
     'Israel and Jordan signed a peace treaty on Wednesday ending 46 years of war.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('111', '110', '112'),
     'China attacked the governor of Hong Kong\'s democratic reform plan as a violation of the 1984 '
     'agreement.'),
    (('GBR', 'GBRGOV'), ('CHN', 'CHNGOV'), ('111', '110', '112'),
     'Britain\'s Hong Kong governor Chris Patten criticised China on Monday for refusing to discuss his '
     'reform plan.'),
    (('MMRGOV', 'MMR', 'MMRMIL'), ('MMROPP', 'MMR'), ('173', '172', '170', '1721'),
     'Burma\'s military government placed opposition leader Aung San Suu Kyi under house arrest.'),
    (('NGO',), ('MMR', 'MMRGOV'), ('100', '1053', '105', '020', '0253'),
     'Amnesty International called on Burma\'s military rulers to free Aung San Suu Kyi.'),
]

LEAD28_B9: list[Row] = [
    # batch 9: written blind after the session's merge, before the coder was run on it (the rarer
    # sub-codes: responsibility admitted, sympathy, symbolic acts, torture, human shields, attempts on a
    # life, hostages, ethnic cleansing, asylum, intelligence and judicial cooperation, mediation halted)
    (('DEU', 'DEUGOV'), ('ISR', 'ISRGOV', 'ISRCVL'), ('015', '055', '010', '018'),
     'German President Roman Herzog asked Israel for forgiveness for the Holocaust in a speech to the '
     'Knesset.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('055', '015', '018'),
     'President Clinton apologised to China on Monday for NATO\'s bombing of the Chinese embassy in '
     'Belgrade.'),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV', 'USACVL'), ('018', '010', '051'),
     'Japan sent a message of sympathy to the United States after the Oklahoma City bombing.'),
    (('TURCOP', 'TUR', 'TURGOV'), (), ('18',),
     'Amnesty International said Turkish police routinely tortured Kurdish detainees in custody.'),
    (('NGO',), ('TUR', 'TURGOV', 'TURCOP'), ('112', '1122', '110', '111'),
     'Amnesty International said Turkish police routinely tortured Kurdish detainees in custody.'),
    (('SRB', 'SRBMIL', 'YUG', 'YUGMIL', 'BIHREB', 'BIH', 'BIHMIL'), ('IGO',), ('184', '181', '180'),
     'Bosnian Serb forces chained U.N. peacekeepers to ammunition depots to deter NATO air strikes.'),
    (('RUSREB', 'RUS', 'RUSUAF'), ('RUS', 'RUSCVL'), ('181', '180'),
     'Chechen gunmen seized hundreds of hostages at a hospital in the southern Russian town of Budyonnovsk.'),
    (('EGYREB', 'EGY', 'EGYUAF', 'EGYCRM'), ('EGY', 'EGYGOV'), ('185', '180', '18'),
     'Egyptian President Hosni Mubarak escaped unhurt on Monday when gunmen fired on his motorcade in Addis '
     'Ababa.'),
    (('BIHMIL', 'BIH', 'SRB', 'SRBMIL', 'BIHREB'), (), ('20',),
     'U.N. officials accused Bosnian Serb forces of carrying out ethnic cleansing in the Drina valley.'),
    (('IGO',), ('BIH', 'BIHMIL', 'SRB', 'SRBMIL', 'BIHREB'), ('112', '1124', '1122', '110'),
     'U.N. officials accused Bosnian Serb forces of carrying out ethnic cleansing in the Drina valley.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TUROPP', 'TURCVL', 'TURREB', 'TURMED'), ('075', '070'),
     'Germany granted asylum to a Kurdish journalist who fled Turkey, the interior ministry said.'),
    (('USA', 'USAGOV', 'USASPY'), ('PAK', 'PAKGOV', 'PAKSPY'), ('064', '060', '031', '0314'),
     'The United States and Pakistan agreed to share intelligence on militant training camps in '
     'Afghanistan.'),
    (('THA', 'THAGOV'), ('USA', 'USAGOV'), ('063', '060', '0841'),
     'Thailand extradited a suspected heroin trafficker to the United States on Thursday.'),
    (('NOR', 'NORGOV'), ('LKA', 'LKAGOV', 'LKAREB'), ('165', '160', '16'),
     'Norway suspended its mediation between the Sri Lankan government and the Tamil Tigers.'),
    (('VAT', 'VATGOV', 'VATREL'), ('CUB', 'CUBGOV'), ('017', '010', '042', '051'),
     'Pope John Paul II celebrated an open-air mass in Havana\'s Revolution Square on Sunday.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('1122', '112', '110', '111'),
     'Iran accused Britain of sheltering members of an armed opposition group.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('013', '010', '019'),
     'Argentina said it was confident that talks with Britain would produce a deal on fishing rights.'),
    (('CHNGOV', 'CHN'), ('TWN', 'TWNGOV'), ('012', '010', '111'),
     'China said on Monday it saw little hope of progress in relations with Taiwan.'),
    (('USA', 'USAGOV'), ('KOR', 'KORGOV', 'PRK', 'PRKGOV'), ('051', '050', '013'),
     'The United States welcomed the agreement between North and South Korea to hold a summit.'),
    (('GBRCOP', 'GBR', 'GBRGOV'), ('GBRREB', 'GBR', 'IRLREB', 'IRL'), ('173', '170'),
     'British police arrested two suspected IRA members in London on Friday.'),
    (('IGO',), ('LBR', 'LBRREB', 'LBRGOV'), ('0871', '087', '080', '1056', '100', '020', '0356', '035'),
     'The West African peacekeeping force ECOMOG agreed to a ceasefire with Liberian rebels.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV', 'KORMIL'), ('0841', '084', '080'),
     'North Korea returned the remains of the crew of a downed South Korean helicopter.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSEGOV'), ('0874', '087', '080'),
     'Israeli troops pulled out of the West Bank town of Jenin, handing control to Palestinian police.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), ('057', '050'),
     'China and Vietnam signed a treaty settling their land border after years of talks.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('1313', '131', '130', '13'),
     'Iran threatened to close the Strait of Hormuz if the United States attacked it.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('161', '160'),
     'Uganda broke off diplomatic relations with Sudan, accusing Khartoum of backing rebels in the north.'),
]

LEAD28_B10: list[Row] = [
    # batch 10: written blind after the session's merge, before the coder was run on it (acts told from
    # the side of whoever undergoes them: passives with and without agents, "came under", "received",
    # "won", "faced", "was handed")
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('111', '110', '112'),
     'Iran\'s nuclear programme was strongly criticised by the United States on Tuesday.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('051', '050'),
     'Algeria\'s efforts to end the violence were praised by France on Wednesday.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('111', '110', '112'),
     'Iraq was condemned by the Security Council on Friday for blocking weapons inspections.'),
    (('RUS', 'RUSGOV'), ('GBR', 'GBRGOV'), ('1662', '166', '174', '160'),
     'Four British diplomats were ordered to leave Russia within a week, the Foreign Ministry in Moscow '
     'said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV', 'USACVL'), ('0841', '084', '080'),
     'Two American businessmen detained in China on spying charges were freed on Tuesday and flown to Hong '
     'Kong.'),
    (('IGO',), ('KOR', 'KORGOV'), ('071', '070'),
     'South Korea received the first 5.5 billion dollars of a record IMF bailout on Friday.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('073', '070', '071', '033', '0333'),
     'North Korea will receive 500,000 tonnes of food aid from the United States, officials said.'),
    (('ISRMIL', 'ISR'), ('LBN', 'LBNCVL', 'LBNREB'), ('195', '190', '183', '180'),
     'Southern Lebanon came under heavy Israeli air attack on Sunday for the third day running.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('111', '110', '112'),
     'Britain faced fresh criticism from China on Thursday over its plans for democracy in Hong Kong.'),
    (('PAKMIL', 'PAK', 'PAKGOV'), ('PAK', 'PAKGOV'), ('175', '172', '170', '18', '180'),
     'Prime Minister Nawaz Sharif was ousted in a military coup on Tuesday.'),
    (('NGA', 'NGAGOV', 'NGAJUD'), ('NGAOPP', 'NGA', 'NGACVL'), ('116', '110', '173'),
     'Nigerian writer Ken Saro-Wiwa and eight other activists were sentenced to death by a military '
     'tribunal.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'YUGMIL', 'SRBMIL'), ('USA', 'USACVL', 'USAMIL'),
     ('0841', '084', '080'),
     'Three U.S. soldiers captured by Yugoslav forces were released on Sunday after a visit by Jesse '
     'Jackson.'),
    (('IGO',), (), ('16',),
     'Iraq has been under U.N. sanctions since its invasion of Kuwait in August 1990.'),
    (('TUR', 'TURGOV'), (), ('08',),
     'Kurdish rebel leader Abdullah Ocalan was handed over to Turkey by Kenyan authorities.'),
    (('KEN', 'KENGOV'), ('TUR', 'TURGOV'), ('063', '060', '084', '0841'),
     'Kurdish rebel leader Abdullah Ocalan was handed over to Turkey by Kenyan authorities.'),
    (('IDN', 'IDNGOV', 'IDNMIL'), ('TLS', 'TLSREB', 'TLSOPP', 'IDNREB'), ('173', '170'),
     'East Timorese resistance leader Xanana Gusmao was captured by Indonesian troops in Dili.'),
    (('USA', 'USAGOV'), ('JPN', 'JPNGOV'), ('042', '040'),
     'Japan was visited by U.S. Defense Secretary William Perry on Monday for talks on the bases in '
     'Okinawa.'),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), ('043', '040'),
     'Japan was visited by U.S. Defense Secretary William Perry on Monday for talks on the bases in '
     'Okinawa.'),
    (('IGO',), ('HTI', 'HTIGOV'), ('085', '080', '081'),
     'Sanctions on Haiti were lifted by the United Nations on Sunday after President Aristide returned.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('USA', 'USAMIL'), ('190', '195', '193', '194'),
     'An American warplane was fired on by Iraqi gunners over the northern no-fly zone on Thursday.'),
]

LEAD28_B11: list[Row] = [
    # batch 11: written blind after the session's merge, before the coder was run on it (leaders of the
    # day named as parties, at the GSR records' date 2000-01-01: who holds which office then)
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('IGO',), ('120', '125', '129', '12', '127'),
     'Yugoslav President Slobodan Milosevic rejected the peace plan drafted by the Contact Group.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), ('1056', '106', '100', '020', '025', '0256'),
     'Palestinian leader Yasser Arafat urged Israeli Prime Minister Ehud Barak to withdraw from more West '
     'Bank land.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('041', '040'),
     'President Bill Clinton telephoned Chinese President Jiang Zemin on Tuesday to discuss trade.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('036', '030', '020', '026'),
     'Kim Dae-jung offered to meet North Korean leader Kim Jong-il anywhere and at any time.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), ('111', '110', '112'),
     'Indian Prime Minister Atal Behari Vajpayee denounced Pakistan\'s military ruler Pervez Musharraf on '
     'Sunday.'),
    (('RUS', 'RUSGOV'), ('RUSREB', 'RUS'), ('138', '130', '13'),
     'Acting President Vladimir Putin vowed on Saturday to crush the Chechen rebels.'),
    (('FRA', 'FRAGOV'), ('AUT', 'AUTGOV'), ('111', '110', '112', '1313'),
     'French President Jacques Chirac criticised Austria for bringing the far right into its government.'),
    (('ZAF', 'ZAFGOV'), ('ZWE', 'ZWEGOV'), ('042', '040', '046'),
     'South African President Thabo Mbeki flew to Harare on Friday for talks with President Robert Mugabe.'),
    (('ZWE', 'ZWEGOV'), ('ZAF', 'ZAFGOV'), ('043', '040', '046'),
     'South African President Thabo Mbeki flew to Harare on Friday for talks with President Robert Mugabe.'),
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), ('040', '046', '044'),
     'British Prime Minister Tony Blair and his Irish counterpart Bertie Ahern met in Dublin on Thursday.'),
    (('IRL', 'IRLGOV'), ('GBR', 'GBRGOV'), ('040', '046', '043'),
     'British Prime Minister Tony Blair and his Irish counterpart Bertie Ahern met in Dublin on Thursday.'),
    (('IDN', 'IDNGOV'), ('IDNMIL', 'IDN'), ('172', '170', '1721'),
     'Indonesian President Abdurrahman Wahid suspended General Wiranto from the cabinet on Sunday.'),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), ('111', '110', '112'),
     'German Chancellor Gerhard Schroeder criticised Russia\'s conduct of the war in Chechnya.'),
    (('RUS', 'RUSELI', 'RUSGOV'), ('USA', 'USAGOV'), ('111', '110', '112'),
     'Former Russian President Boris Yeltsin accused the United States of trying to dictate to the world.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), ('111', '110', '112'),
     'Iraqi President Saddam Hussein lashed out at the United States and Britain in a televised speech.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('1053', '100', '105', '020', '0253'),
     'Cuban President Fidel Castro demanded the return of Elian Gonzalez from the United States.'),
    (('LBY', 'LBYGOV'), ('IGO',), ('051', '050'),
     'Libyan leader Moammar Gadhafi praised the Organisation of African Unity for its stand on sanctions.'),
    (('PAK', 'PAKGOV', 'PAKMIL'), ('PAKOPP', 'PAK', 'PAKGOV', 'PAKELI'), ('173', '170'),
     'Pakistan\'s military government arrested former Prime Minister Nawaz Sharif on hijacking charges.'),
    (('VEN', 'VENGOV'), ('CUB', 'CUBGOV'), ('057', '050', '061'),
     'Venezuelan President Hugo Chavez signed an oil supply agreement with Cuba in Havana.'),
    (('CUB', 'CUBGOV'), ('VEN', 'VENGOV'), ('057', '050', '061'),
     'Venezuelan President Hugo Chavez signed an oil supply agreement with Cuba in Havana.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEAD28, "batch2": LEAD28_B2, "batch3": LEAD28_B3,
                               "batch4": LEAD28_B4, "batch5": LEAD28_B5, "batch6": LEAD28_B6,
                               "batch7": LEAD28_B7, "batch8": LEAD28_B8, "batch9": LEAD28_B9,
                               "batch10": LEAD28_B10, "batch11": LEAD28_B11}
ALL28: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
