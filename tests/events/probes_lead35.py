"""GSR-style probes of the thirty-third session (wip/lead35): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind, weighted
to the GSR's commonest event types and spread over every region.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (46 rows, main 4b3b7b39) 40 / 38 / 35.
Rows corrected after its run are writing errors by the codebook or the project's conventions only: police
are COP and government troops MIL; food aid is humanitarian (0333); a refusal to let inspectors in is 1245;
a threat over NATO's enlargement is aimed at NATO; retaking land by force threatens occupation (1382);
"East African leaders" are the region's (EAF); rebels who kill villagers keep 190 (the project's convention,
irregular_violence.py).
Batch 2 (39 rows, after batch 1's fixes) 37 / 33 / 28. Writing corrections: a handover of suspects agreed is
judicial cooperation (0313); inspectors expelled are 1662; a demand to release people is 1053; a ceasefire
agreed is 0356; a general strike called is 143/1431; a president ousted is, at the placeholder date, a former
one (ELI), the ANC's leaders of 2000 are the government, and Hindu militants are UAF (the project's dated and
sector conventions).
Batch 3 (23 rows, after batch 2's fixes) 21 / 17 / 17. Writing corrections: a court is JUD; a port bombed is
its state's civilians (the project's convention for a place struck); roads blocked in protest are 144.
Batch 4 (20 rows, written before the session's merge and run first on the merged coder) 18 / 14 / 13. Writing
corrections: East Germans let through are German civilians (DEUCVL); police beating students is 182 (COP ->
EDU); troops massed on a border are 154.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD35: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('161', '160', '111', '114'),
     'Greece recalled its ambassador to Turkey on Wednesday after Turkish warplanes violated Greek airspace '
     'over the Aegean for the third time in a week, the foreign ministry in Athens said.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('120', '016', '010', '128'),
     'Turkey on Thursday rejected Greek charges that its warplanes had violated Greek airspace, saying the '
     'flights had stayed over international waters.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('036', '042', '043', '040', '030'),
     'Japanese Prime Minister Ryutaro Hashimoto will visit Beijing next month for talks on trade and '
     'security, the Foreign Ministry said on Tuesday.'),
    (('IGO',), ('MMR', 'MMRGOV', 'MMRMIL'), ('163', '160', '161', '162', '1621', '166', '172'),
     "The European Union on Monday banned visits by Burmese military leaders and suspended all "
     "non-humanitarian aid to Rangoon over the junta's treatment of the democracy movement."),
    (('IDN', 'IDNEDU', 'IDNCVL', 'IDNOPP'), ('IDN', 'IDNGOV', 'IDNCOP', 'IDNLEG'),
     ('141', '145', '140', '1411', '1412', '1413', '1414'),
     'Thousands of students marched on parliament in Jakarta on Thursday to demand that President Suharto '
     'step down, stoning riot police who blocked their way.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNCVL', 'LBNREB', 'LBNOPP'), ('084', '0841', '080'),
     'Israel on Sunday freed 30 Lebanese prisoners held without trial in exchange for the remains of two '
     'Israeli soldiers, the army said.'),
    (('IRN', 'IRNGOV'), ('DEU', 'DEUGOV', 'DEUJUD'), ('114', '111', '110', '112'),
     'Iran summoned the German ambassador on Wednesday to protest a Berlin court ruling that blamed Iranian '
     'leaders for the killing of four Kurdish dissidents in a restaurant.'),
    (('CHN', 'CHNMIL', 'CHNCOP', 'CHNGOV'), ('CHN', 'CHNCVL', 'CHNOPP', 'CHNETH', 'CHNREL'),
     ('175', '180', '190', '193', '1823', '186', '170'),
     'Chinese troops opened fire on Tibetan demonstrators in Lhasa on Saturday, killing at least 11 people, '
     'Western travellers said.'),
    (('IGO', 'UNO'), ('IRQ', 'IRQGOV'), ('100', '101', '104', '1041', '105', '109'),
     'The U.N. Security Council on Friday demanded that Iraq give weapons inspectors immediate and '
     'unconditional access to all sites.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'UNO'), ('120', '128', '129', '125', '1246', '124', '1245'),
     'Saddam Hussein said on Thursday that Iraq would never let U.N. inspectors into his presidential '
     'palaces, calling the demand an insult to Iraqi sovereignty.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB'), ('036', '030', '046', '043', '040', '031'),
     "Colombia's government and the leftist FARC rebels agreed on Saturday to resume peace talks in Caracas "
     'next month after a two-month break.'),
    (('PER', 'PERREB'), ('PER', 'PERMIL'), ('190', '193', '180', '183', '186', '195'),
     'Leftist guerrillas ambushed an army patrol in northern Peru on Tuesday, killing seven soldiers, '
     'military officials said.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('112', '110', '111'),
     'Ugandan President Yoweri Museveni accused Sudan on Monday of arming rebels who have killed hundreds of '
     'civilians in northern Uganda.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('033', '0331', '0333', '030', '070', '071'),
     'The United States offered on Friday to send food aid to North Korea if Pyongyang agreed to join '
     'four-party peace talks with South Korea and China.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('120', '125', '128', '121'),
     'South Korea on Wednesday rejected a North Korean proposal for high-level talks, saying Pyongyang must '
     'first apologise for the submarine incursion.'),
    (('ARM', 'ARMMIL', 'ARMREB'), ('AZE', 'AZEMIL'), ('190', '193', '194', '195'),
     'Armenian and Azerbaijani forces fought fierce battles for control of the Lachin corridor on Sunday, '
     'each side blaming the other for breaking a ceasefire.'),
    (('GEO', 'GEOGOV'), ('GEO', 'GEOGOV', 'GEOJUD', 'GEOCOP'), ('172', '1721', '170', '1724'),
     'Georgian President Eduard Shevardnadze dismissed his security minister and the prosecutor general on '
     'Wednesday after street protests over a police raid on an independent television station.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('018', '010', '020', '022', '028'),
     'France offered its condolences to Algeria on Monday after an earthquake killed more than 2,000 people '
     'east of Algiers.'),
    (('DZA', 'DZAREB'), ('DZA', 'DZACVL'), ('180', '181', '183', '186', '1823', '200', '202', '190'),
     'Suspected Islamic guerrillas killed 43 villagers in a night raid south of Algiers, slitting the '
     'throats of women and children, newspapers reported on Sunday.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'Egypt recalled its ambassador from Israel on Tuesday in protest at the Israeli bombardment of '
     'Palestinian towns, the Middle East News Agency said.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('ISR', 'ISRGOV'), ('111', '110', '112', '114'),
     'Palestinian leader Yasser Arafat on Friday condemned Israel\'s decision to build 6,500 homes for Jews '
     'in Arab East Jerusalem, saying it would destroy the peace process.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), ('023', '020', '026', '028', '110', '111'),
     'The White House urged Israel on Friday to reconsider its plan to build homes for Jews in east '
     'Jerusalem, saying the project undermined confidence in the peace talks.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV', 'IGO', 'NAT'), ('138', '130', '1312', '131'),
     'Russia warned on Monday that it would deploy new missiles aimed at Europe if NATO admitted former '
     'Warsaw Pact states without a binding treaty on its forces.'),
    (('NGA', 'NGAGOV', 'NGAMIL', 'NGACOP'), ('NGA', 'NGAOPP', 'NGALAB', 'NGACVL'), ('173', '170', '1721'),
     'Nigerian police arrested 15 leaders of the striking oil workers\' union on Saturday and sealed its '
     'offices in Lagos, union officials said.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), ('112', '110', '111'),
     'President Robert Mugabe accused Britain on Tuesday of plotting with white farmers and the opposition '
     'to overthrow his government.'),
    (('GBR', 'GBRGOV'), ('ZWE', 'ZWEGOV'), ('120', '016', '010', '012'),
     'The Foreign Office in London dismissed the charges as absurd on Wednesday, saying Britain had no '
     'interest in who governed Zimbabwe.'),
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), ('074', '070', '073', '060', '064', '062'),
     'India began flying relief supplies to Sri Lanka on Sunday after floods left 200,000 people homeless '
     'in the south of the island.'),
    (('LKA', 'LKAMIL'), ('LKA', 'LKAREB'), ('190', '195', '193', '194'),
     'Sri Lankan warplanes bombed Tamil Tiger positions on the Jaffna peninsula on Tuesday, the defence '
     'ministry said, a day after the rebels overran an army camp.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('111', '110', '112', '114'),
     'Cuba on Thursday denounced a new U.S. law tightening the embargo on the island as an act of economic '
     'war against the Cuban people.'),
    (('CAN', 'CANGOV'), ('USA', 'USAGOV'), ('114', '111', '110', '120'),
     'Canada lodged a formal protest with Washington on Friday over a U.S. law that punishes foreign firms '
     'doing business in Cuba.'),
    (('HRV', 'HRVGOV'), ('SRB', 'YUG', 'YUGGOV', 'SRBGOV', 'HRVREB', 'SRBREB'),
     ('130', '138', '131', '1312', '1382'),
     'Croatia threatened on Monday to retake the rebel Serb enclave of Krajina by force unless talks on its '
     'return to Croatian rule made progress by the end of the month.'),
    (('BIH', 'BIHGOV'), ('IGO', 'NAT', 'UNO'), ('102', '103', '100', '020', '025', '0234'),
     'The Bosnian government asked NATO on Wednesday to launch air strikes against Serb gunners shelling '
     'the eastern enclave of Gorazde.'),
    (('NAT', 'IGO'), ('SRB', 'BIH', 'BIHREB', 'SRBMIL', 'SRBREB', 'BIHMIL'), ('195', '190'),
     'NATO jets attacked Bosnian Serb ammunition depots near Pale on Thursday after the Serbs ignored an '
     'ultimatum to remove heavy weapons from around Sarajevo.'),
    (('AFG', 'AFGREB', 'AFGGOV'), ('IGO', 'UNO', 'NGO'), ('166', '1663', '174', '160', '172'),
     'The Taleban militia on Monday ordered all foreign aid agencies to leave Kabul within 48 hours, U.N. '
     'officials said.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('051', '050', '054', '057'),
     'Pakistan on Sunday recognised the Taleban as the government of Afghanistan, the first country to do '
     'so after the militia seized Kabul.'),
    (('KHM', 'KHMGOV', 'KHMMIL'), ('KHM', 'KHMREB'), ('173', '170', '1711', '180'),
     'Cambodian government troops captured a senior Khmer Rouge commander near the Thai border on Friday, '
     'the defence ministry said.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('120', '128', '111', '110', '114'),
     'Vietnam rejected on Tuesday a Chinese claim to the Spratly Islands and demanded that Beijing withdraw '
     'an oil rig from waters off the Vietnamese coast.'),
    (('MEX', 'MEXGOV'), ('MEX', 'MEXREB'), ('036', '030', '043', '046', '040'),
     "Mexico's government said on Monday it was ready to resume talks with Zapatista rebels in the southern "
     'state of Chiapas without preconditions.'),
    (('SLV', 'SLVREB'), ('SLV', 'SLVGOV', 'SLVMIL'), ('190', '180', '195', '193', '183'),
     'Salvadoran rebels launched their biggest offensive in years on Saturday night, attacking army posts '
     'and government buildings across San Salvador.'),
    (('USA', 'USAGOV'), ('PAN', 'PANGOV', 'PANMIL'), ('163', '160', '162', '1621', '172'),
     'President Ronald Reagan froze Panamanian government assets in U.S. banks on Friday to step up '
     'pressure on military strongman Manuel Noriega to resign.'),
    (('ZAF', 'ZAFGOV', 'ZAFCOP'), ('ZAF', 'ZAFOPP', 'ZAFCVL', 'ZAFLAB'), ('173', '170', '175', '1721'),
     'South African police detained more than 100 anti-apartheid activists on Tuesday under the state of '
     'emergency, a monitoring group said.'),
    (('IGO', 'OAU', 'AFR', 'EAF', 'EAFGOV'), ('BDI', 'BDIGOV', 'BDIMIL'), ('163', '160', '161', '162'),
     'East African leaders imposed economic sanctions on Burundi on Wednesday to press its new military '
     'ruler to restore constitutional rule.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB'), ('057', '050', '0311', '031', '030'),
     'The Philippine government and Muslim separatists signed a peace agreement in Manila on Monday ending '
     'a 24-year rebellion in the southern Philippines.'),
    (('KOR', 'KOROPP', 'KOREDU', 'KORCVL'), ('USA', 'USAGOV', 'USAMIL'), ('141', '140', '145', '1411'),
     'Several thousand South Korean students rallied in Seoul on Saturday to demand the withdrawal of U.S. '
     'troops from the peninsula.'),
    ((), (), ('19', '18', '17'),
     'The Falklands war of 1982 cost the lives of 255 British servicemen and some 650 Argentines.'),
    ((), (), ('05', '04', '03'),
     'The two countries have maintained close ties since independence, when the former colonial power '
     'signed a friendship treaty with its neighbour.'),
]


LEAD35_B2: list[Row] = [
    # batch 2: written blind after batch 1's fixes, before the coder was run on it
    (('POL', 'POLGOV'), ('DEU', 'DEUGOV'), ('057', '050', '051', '030'),
     'Poland and Germany signed a treaty in Warsaw on Monday confirming their post-war border on the Oder '
     'and Neisse rivers.'),
    (('LBY', 'LBYGOV'), ('GBR', 'GBRGOV', 'USA', 'USAGOV', 'IGO', 'UNO'), ('081', '080', '084', '0841', '086',
                                                                           '087', '030', '035', '0313'),
     'Libya agreed on Friday to hand over the two suspects in the Lockerbie bombing for trial in the '
     'Netherlands under Scottish law, the United Nations said.'),
    (('ETH', 'ETHGOV', 'ETHMIL'), ('ERI', 'ERIGOV', 'ERIMIL'), ('190', '193', '194', '195'),
     'Ethiopian warplanes bombed the Eritrean capital Asmara on Friday, hitting the airport and a nearby '
     'housing estate, Eritrean officials said.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), ('112', '110', '111'),
     'Eritrea accused Ethiopia on Saturday of deliberately bombing civilian targets and said it reserved the '
     'right to defend itself.'),
    (('IGO', 'OAU', 'AFR'), ('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), ('020', '025', '0256', '023', '024', '100'),
     'The Organisation of African Unity on Sunday appealed to Ethiopia and Eritrea to stop the fighting '
     'and accept its peace plan.'),
    (('ALB', 'ALBGOV'), ('ALB', 'ALBCVL', 'ALBOPP'), ('172', '1721', '170', '1723', '1724'),
     'Albania declared a state of emergency on Sunday and imposed a dusk-to-dawn curfew after armed crowds '
     'looted army depots in the south.'),
    (('ITA', 'ITAGOV'), ('ALB', 'ALBGOV'), ('074', '070', '073', '0874', '043', '042', '071', '060'),
     'Italy sent 2,000 troops to Albania on Tuesday to lead a multinational force protecting aid deliveries '
     'to the lawless Balkan state.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('130', '138', '131', '1312'),
     'China warned Taiwan on Tuesday that any move towards formal independence would mean war, the official '
     'Xinhua news agency said.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('120', '125', '128', '111', '012'),
     "Taiwan's cabinet rejected Beijing's formula for reunification on Thursday, saying the island would "
     'never accept becoming a province of the People\'s Republic.'),
    (('PRK', 'PRKGOV'), ('IGO', 'IAE', 'UNO'), ('166', '1662', '1663', '160', '161', '120', '1245'),
     'North Korea expelled two inspectors of the International Atomic Energy Agency on Tuesday and said it '
     'would restart a reactor at Yongbyon.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('111', '110', '114', '112'),
     'Japan protested to North Korea on Monday over the firing of a ballistic missile that flew over the '
     'Japanese archipelago before landing in the Pacific.'),
    (('RUS', 'RUSMIL'), ('RUS', 'RUSREB', 'RUSCVL'), ('190', '195', '194', '193'),
     'Russian artillery and warplanes pounded the Chechen capital Grozny on Monday as troops tightened '
     'their ring around the city, Interfax news agency reported.'),
    (('RUS', 'RUSREB'), ('RUS', 'RUSMIL'), ('190', '193', '180', '183', '186'),
     'Chechen rebels attacked a Russian military convoy in the mountains south of Grozny on Wednesday, '
     'killing 20 soldiers, the army said.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('023', '020', '026', '100', '0256', '025', '111'),
     'Secretary of State Madeleine Albright urged Moscow on Thursday to halt its offensive in Chechnya and '
     'seek a political settlement with the rebels.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSEREB'), ('163', '160', '172', '1724', '162', '191', '192'),
     'Israel sealed off the Gaza Strip and the West Bank on Sunday after a suicide bombing in Tel Aviv, '
     'barring 60,000 Palestinian workers from their jobs.'),
    (('PSE', 'PSEREB'), ('ISR', 'ISRCVL', 'ISR'), ('180', '183', '1831', '190'),
     'A Hamas suicide bomber blew himself up on a crowded bus in Jerusalem on Sunday, killing 18 people, '
     'police said.'),
    (('JOR', 'JORGOV'), ('IRQ', 'IRQGOV'), ('040', '042', '043', '046'),
     "Jordan's King Hussein flew to Baghdad on Tuesday for talks with President Saddam Hussein on the Gulf "
     'crisis.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('100', '101', '102', '104', '1041', '0256', '1053'),
     'Kuwait demanded on Saturday that Iraq release more than 600 Kuwaitis still missing since the 1991 '
     'Gulf war.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), ('161', '160'),
     'Saudi Arabia broke off diplomatic relations with Iran on Tuesday, three months after 400 people died '
     'in clashes between Iranian pilgrims and Saudi police in Mecca.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('111', '110', '112', '114'),
     'Iran on Monday condemned the U.S. downing of an Iranian airliner over the Gulf as a massacre and '
     'vowed to avenge the 290 dead.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV', 'IRNCVL'),
     ('018', '010', '055', '015', '070', '071', '033', '0331', '030'),
     'President Ronald Reagan on Monday expressed deep regret over the loss of life and offered compensation '
     'to the families of the victims of the Iranian airliner.'),
    (('FRA', 'FRAGOV'), ('NZL', 'NZLGOV'), ('055', '015', '010', '018'),
     'France apologised to New Zealand on Friday for the sinking of the Greenpeace ship Rainbow Warrior by '
     'French agents in Auckland harbour.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('054', '050', '051', '057', '0311'),
     'Argentina and Britain restored full diplomatic relations on Thursday, eight years after their war over '
     'the Falkland Islands.'),
    (('BRA', 'BRAGOV', 'BRACOP'), ('BRA', 'BRAAGR', 'BRACVL', 'BRAOPP'), ('175', '170', '180', '190', '173'),
     'Brazilian military police opened fire on landless farmers blocking a highway in the Amazon state of '
     'Para on Wednesday, killing 19 of them.'),
    (('VEN', 'VENMIL'), ('VEN', 'VENGOV'), ('180', '181', '190', '172', '1724', '193'),
     'Rebel army officers tried to overthrow President Carlos Andres Perez of Venezuela on Tuesday, '
     'attacking the presidential palace in Caracas with tanks.'),
    (('HTI', 'HTIMIL'), ('HTI', 'HTIGOV', 'HTIELI'), ('180', '172', '1724', '190', '173'),
     'The Haitian army ousted President Jean-Bertrand Aristide on Monday, seven months after he took office '
     'as the country\'s first freely elected leader.'),
    (('IGO', 'OAS', 'AMR'), ('HTI', 'HTIMIL', 'HTIGOV'), ('163', '160', '162', '161'),
     'The Organization of American States imposed a trade embargo on Haiti on Wednesday to force the '
     'military to restore the ousted president.'),
    (('NIC', 'NICGOV'), ('NIC', 'NICREB', 'NICOPP'), ('057', '030', '050', '036', '046', '0311', '0356'),
     'The Sandinista government and the Contra rebels agreed on Wednesday to a 60-day ceasefire at talks in '
     'the Nicaraguan border town of Sapoa.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP', 'ZAFGOV'), ('084', '0841', '081', '0811', '080'),
     'South Africa freed Walter Sisulu and seven other veteran ANC leaders from prison on Sunday after more '
     'than 25 years behind bars.'),
    (('ZAF', 'ZAFOPP', 'ZAFCVL'), ('ZAF', 'ZAFGOV'), ('141', '140', '145', '1411', '1412'),
     'Tens of thousands of black South Africans marched in Cape Town on Wednesday to demand an end to '
     'apartheid, in the biggest protest the city had seen in 30 years.'),
    (('MOZ', 'MOZGOV'), ('MOZ', 'MOZREB'), ('057', '050', '030', '0311'),
     'Mozambique President Joaquim Chissano and Renamo rebel leader Afonso Dhlakama signed a peace accord in '
     'Rome on Sunday ending 16 years of civil war.'),
    (('SOM', 'SOMREB', 'SOMMIL', 'SOMUAF'), ('USA', 'USAMIL', 'IGO', 'UNO'), ('190', '193', '195', '180'),
     'Somali militiamen loyal to General Mohamed Farah Aidid shot down two American helicopters in '
     'Mogadishu on Sunday, the U.S. military said.'),
    (('IND', 'INDGOV', 'INDCOP'), ('IND', 'INDOPP', 'INDREL', 'INDCVL', 'INDUAF'), ('173', '170', '1721'),
     'Indian police arrested hundreds of Hindu militants on Saturday as they tried to march on the disputed '
     'mosque at Ayodhya.'),
    (('BGD', 'BGDOPP'), ('BGD', 'BGDGOV'), ('141', '140', '1411', '1412', '145', '143', '1431'),
     'The Bangladeshi opposition called a 72-hour general strike on Monday to press its demand for the '
     'resignation of Prime Minister Khaleda Zia.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), ('111', '110', '112', '114', '120'),
     'China denounced Hong Kong Governor Chris Patten\'s political reform plans on Wednesday as a violation '
     'of the agreements on the colony\'s return to Chinese rule.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), ('161', '160', '111', '114'),
     'Australia suspended military cooperation with Indonesia on Friday over the violence in East Timor, '
     'Prime Minister John Howard said.'),
    (('IGO', 'UNO'), ('IDN', 'IDNMIL', 'IDNGOV'), ('090', '092', '091', '0900'),
     'The U.N. Human Rights Commission on Monday ordered an international inquiry into killings by '
     'Indonesian troops and militias in East Timor.'),
    ((), (), ('17', '18', '19'),
     'The museum in Phnom Penh displays the skulls of some of the 1.7 million people who died under the '
     'Khmer Rouge between 1975 and 1979.'),
    ((), (), ('14', '11'),
     'The film drew angry protests from critics when it opened in Paris last year, but it sold out in '
     'Tokyo this week.'),
]


LEAD35_B3: list[Row] = [
    # batch 3: written blind after batch 2's fixes, before the coder was run on it
    (('AUT', 'AUTGOV'), ('IGO', 'EUR'), ('161', '160', '111', '114', '138', '130'),
     'Austria threatened on Tuesday to block all European Union decisions that need unanimity unless its '
     'partners lifted the diplomatic sanctions imposed over the Freedom Party\'s entry into government.'),
    (('IGO', 'EUR'), ('AUT', 'AUTGOV'), ('080', '081', '0812', '083', '084', '085'),
     'The European Union lifted its diplomatic sanctions against Austria on Tuesday after a panel of experts '
     'said the government had respected European values.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('ALB', 'ALBGOV'), ('112', '110', '111'),
     'Yugoslavia accused Albania on Friday of letting ethnic Albanian guerrillas use its territory to launch '
     'attacks on Serbian police in Kosovo.'),
    (('ALB', 'ALBGOV'), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('120', '016', '012', '010', '111'),
     'Albania denied on Saturday that it was arming Kosovo rebels and accused Belgrade of seeking a pretext '
     'for a crackdown.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('057', '050', '0311', '030'),
     'Ukraine and Russia signed an agreement on Friday dividing the former Soviet Black Sea Fleet, ending a '
     'five-year dispute over its ships and bases in Crimea.'),
    (('EST', 'ESTGOV'), ('RUS', 'RUSGOV'), ('111', '110', '114', '112'),
     "Estonia protested to Moscow on Wednesday over a Russian military aircraft's violation of its airspace "
     'near the island of Saaremaa.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('166', '160', '161', '1661'),
     'Iran expelled a British diplomat on Sunday for what it called activities incompatible with his '
     'status, the official news agency IRNA said.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('166', '160', '161'),
     'Britain retaliated on Monday by ordering an Iranian diplomat to leave London within seven days.'),
    (('YEM', 'YEMGOV', 'YEMMIL'), ('YEM', 'YEMREB', 'YEMOPP', 'YEMMIL', 'YEMCVL'),
     ('190', '195', '194', '193'),
     "Yemeni government warplanes bombed the southern port of Aden on Wednesday as northern troops pressed "
     "their offensive against the south's secessionist leaders."),
    (('DZA', 'DZAGOV', 'DZAJUD'), ('DZA', 'DZAOPP', 'DZAREL'), ('172', '1722', '170'),
     'An Algerian court on Wednesday banned the Islamic Salvation Front, the fundamentalist party that won '
     'the first round of elections in December.'),
    (('TUR', 'TURMIL', 'TURGOV'), ('IRQ', 'IRQREB', 'TURREB', 'IRQ'), ('190', '195', '192', '193'),
     'Turkish troops backed by warplanes crossed into northern Iraq on Monday to attack bases of Kurdish '
     'rebels, the army said.'),
    (('IRQ', 'IRQGOV'), ('TUR', 'TURGOV'), ('111', '110', '114', '112'),
     'Iraq condemned the Turkish incursion as a violation of its sovereignty and demanded that Ankara '
     'withdraw its forces immediately.'),
    (('USA', 'USAGOV'), ('COL', 'COLGOV'), ('071', '070', '072', '033', '0331', '0332'),
     'The United States approved $1.3 billion in mostly military aid to Colombia on Thursday to fight drug '
     'traffickers and the leftist guerrillas who protect them.'),
    (('PER', 'PERGOV', 'PERMIL'), ('JPN', 'JPNGOV', 'PERREB'), ('190', '180', '193', '171', '173'),
     'Peruvian commandos stormed the Japanese ambassador\'s residence in Lima on Tuesday, freeing 71 '
     'hostages held for four months by leftist rebels.'),
    (('ECU', 'ECUCVL', 'ECUOPP', 'ECUETH'), ('ECU', 'ECUGOV'), ('141', '140', '145', '1411', '144'),
     'Thousands of Indians blocked roads across Ecuador on Monday in protest at government plans to sell '
     'off communal land.'),
    (('CHL', 'CHLJUD', 'CHLGOV'), ('CHL', 'CHLELI', 'CHLMIL', 'CHLGOV'), ('173', '170', '172', '175'),
     'A Chilean judge on Friday placed former dictator Augusto Pinochet under house arrest and charged him '
     'with covering up 57 murders by an army death squad.'),
    (('GTM', 'GTMGOV'), ('GTM', 'GTMREB'), ('057', '050', '0311', '030'),
     'The Guatemalan government and leftist guerrillas signed a final peace accord on Sunday, ending 36 '
     'years of civil war in which some 140,000 people were killed.'),
    (('LAO', 'LAOGOV'), ('THA', 'THAGOV'), ('046', '040', '043', '042'),
     'Laos and Thailand opened talks in Vientiane on Monday on their disputed border after three months of '
     'fighting that killed hundreds of soldiers.'),
    (('MYS', 'MYSGOV'), ('MYS', 'MYSOPP', 'MYSELI', 'MYSGOV'), ('172', '1721', '170', '173'),
     'Malaysian Prime Minister Mahathir Mohamad sacked his deputy Anwar Ibrahim on Wednesday, accusing him '
     'of sexual misconduct.'),
    (('IGO', 'UNO', 'UNHCR'), ('THA', 'THAGOV'), ('020', '021', '025', '0214', '023', '100'),
     'The U.N. refugee agency appealed to Thailand on Thursday not to force back thousands of Burmese '
     'refugees who had fled an army offensive.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('071', '070', '073', '0333', '033'),
     'South Korea will ship 200,000 tonnes of fertiliser to North Korea next month, the Unification Ministry '
     'said on Friday.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('130', '138', '131', '139', '1313'),
     'North Korea threatened on Wednesday to turn Seoul into a "sea of fire" if the South went ahead with '
     'military exercises with U.S. forces.'),
    ((), (), ('16', '17', '14'),
     'Relations between the two neighbours have been strained since a border war in 1979.'),
]


LEAD35_B4: list[Row] = [
    # batch 4: written blind before the session's merge, run first on the merged coder
    (('HUN', 'HUNGOV'), ('DEU', 'DEUGOV', 'DEUCVL', 'DDR', 'DDRGOV'), ('081', '080', '0861', '086', '036'),
     'Hungary opened its border with Austria on Monday to thousands of East Germans seeking to reach West '
     'Germany, ignoring protests from East Berlin.'),
    (('DDR', 'DDRGOV', 'DEU', 'DEUGOV'), ('HUN', 'HUNGOV'), ('111', '110', '114', '112'),
     'East Germany accused Hungary on Tuesday of violating a treaty by letting its citizens leave for the '
     'West.'),
    (('CZE', 'CZEGOV', 'CZECOP', 'CSK', 'CSKGOV'),
     ('CZE', 'CZEOPP', 'CZECVL', 'CZEEDU', 'CSK', 'CSKOPP', 'CSKCVL'),
     ('175', '170', '173', '180', '182'),
     'Czechoslovak riot police beat hundreds of students with truncheons in central Prague on Friday night '
     'as they marched to demand free elections.'),
    (('LBR', 'LBRREB'), ('IGO', 'WAF', 'NGA', 'NGAMIL'), ('171', '173', '170', '1712', '181'),
     'Liberian rebels loyal to Charles Taylor seized more than 500 West African peacekeepers on Thursday and '
     'held them as hostages, ECOMOG officials said.'),
    (('IGO', 'UNO'), ('LBR', 'LBRREB'), ('100', '101', '105', '1053', '020', '025'),
     'The U.N. Security Council on Friday demanded the immediate release of the peacekeepers held by '
     'Liberian rebels.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('130', '138', '131', '1312', '1313'),
     'Turkey warned Syria on Thursday that it would use force unless Damascus stopped sheltering Kurdish '
     'rebel leader Abdullah Ocalan.'),
    (('SYR', 'SYRGOV'), ('TUR', 'TURGOV'), ('057', '050', '0311', '030', '081', '046'),
     'Syria and Turkey signed an agreement on Tuesday under which Damascus pledged to stop supporting the '
     'Kurdish rebels, ending a crisis that had brought them close to war.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('150', '152', '154', '130', '138'),
     'Iran massed 70,000 Revolutionary Guards on its border with Afghanistan on Monday after the Taleban '
     'killed eight Iranian diplomats in Mazar-i-Sharif.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), ('054', '050', '051', '057'),
     'Vietnam and the United States established diplomatic relations on Tuesday, 20 years after the end of '
     'the Vietnam war.'),
    (('KHM', 'KHMGOV'), ('KHM', 'KHMGOV', 'KHMOPP', 'KHMELI'), ('172', '1721', '170', '180'),
     'Cambodian Second Prime Minister Hun Sen ousted his co-premier Prince Norodom Ranariddh on Sunday '
     'after two days of heavy fighting in Phnom Penh.'),
    (('IDN', 'IDNGOV'), ('PRT', 'PRTGOV'), ('046', '043', '040', '042'),
     'Indonesian and Portuguese foreign ministers met in New York on Friday under U.N. auspices for talks on '
     'the future of East Timor.'),
    (('PAK', 'PAKMIL', 'PAKGOV'), ('PAK', 'PAKGOV', 'PAKELI'), ('180', '172', '1724', '173'),
     "Pakistan's army chief General Pervez Musharraf seized power on Tuesday in a bloodless coup, ousting "
     'Prime Minister Nawaz Sharif.'),
    (('IGO', 'CMN'), ('PAK', 'PAKGOV', 'PAKMIL'), ('160', '161', '163', '1661', '166', '172'),
     "The Commonwealth suspended Pakistan on Monday over the military coup that toppled its elected "
     'government.'),
    (('USA', 'USAGOV'), ('SDN', 'SDNGOV'), ('163', '160', '162', '172'),
     'The United States imposed comprehensive trade sanctions on Sudan on Monday, accusing it of sponsoring '
     'terrorism and abusing human rights.'),
    (('ZAR', 'ZARGOV', 'COD', 'CODGOV'), ('BEL', 'BELGOV'), ('161', '160', '166'),
     'Zaire broke off relations with Belgium on Wednesday and ordered all Belgian technical advisers to '
     'leave the country within a week.'),
    (('RWA', 'RWAREB'), ('RWA', 'RWAMIL', 'RWAGOV'), ('190', '193', '195'),
     'Rwandan Patriotic Front rebels attacked government troops near Byumba on Sunday, breaking a '
     'ceasefire agreed in Arusha.'),
    (('FRA', 'FRAGOV'), ('RWA', 'RWACVL', 'RWAREF', 'RWA'), ('074', '070', '073', '0861', '042'),
     'France sent 2,500 troops into south-western Rwanda on Thursday on what it called a humanitarian '
     'mission to protect refugees from the massacres.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('036', '030', '046', '040', '043'),
     'Britain said on Wednesday it was ready to hold talks with Argentina on fishing around the Falkland '
     'Islands but not on their sovereignty.'),
    (('CUB', 'CUBGOV'), ('CUB', 'CUBOPP', 'CUBMED', 'CUBCVL'), ('173', '170', '172'),
     'Cuban state security agents arrested 75 dissidents and independent journalists in a crackdown this '
     'week, human rights groups said on Friday.'),
    ((), (), ('19', '18'),
     'Tens of thousands died in the eight-year war between Iran and Iraq, which ended in 1988.'),
]


BATCHES = {
    'batch1': LEAD35,
    'batch2': LEAD35_B2,
    'batch3': LEAD35_B3,
    'batch4': LEAD35_B4,
}

ALL35 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
