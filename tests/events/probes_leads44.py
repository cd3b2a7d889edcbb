"""Blind probes of the forty-second session (wip/leads44): LONG era leads (1985-2005 agency copy, 30-60 words,
dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI, Xinhua,
TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI, APP, Yonhap, Anatolian, ANA, Bernama and PANA, weighted to:
acts told inside time and cause clauses ("after X expelled Y's diplomats, Y recalled its envoy", "following
X's refusal to", "in retaliation for"); two acts by two parties in one sentence joined by "while", "as",
"but"; acts told as the object of "denied", "confirmed", "welcomed", "condemned"; groups named only by their
members ("gunmen", "troops loyal to X", "supporters of X"); acts with a list of targets; "X and Y signed"
(both parties both ways); indirect objects ("handed a note to", "delivered a message from X to Y"); appeals
and demands made "through" a mediator; threats with "unless", "or face", ultimatums with deadlines; acts of
courts, parliaments and central banks on foreign parties; passives ("was expelled", "were detained", "were
freed") whose agent is only the dateline's authorities; and telegraphic headline leads.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its list. Each batch was committed before the coder was run on it.

Conventions the rows follow (the codebook's, and docs/events.md's / docs/actors.md's where written): a
denied charge is 016 aimed at the accuser; a message carried from A to B is A's 040 at B; gunmen and
militiamen are UAF, men loyal to a leader take the leader's country and armed sector; a passive act with no
agent under a dateline is the dateline state's; a threat under a condition is a threat (13x) at the party
the condition names; "X and Y signed" is each party's act at the other.

First run: (to be filled after the run.)
`.venv/bin/python tests/events/probes_leads44.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '115', '11', '1121', '1122', '1123', '1124', '1125')
_DENY = ('016',)
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383', '132', '133', '1381',
           '1382', '134', '135', '136', '137')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831', '1822')
_FORCE2 = _FORCE + ('191', '192', '1951', '1952', '184', '185', '1821', '1822', '196')
_ARREST = ('173', '170', '172', '1711', '1712', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_EXPEL = _RECALL + ('174', '17', '1663')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123', '1212', '1222', '1242', '1221', '1231')
_YIELD = ('080', '081', '0811', '0812', '0813', '0814', '082', '083', '0831', '084', '0841', '0842', '085',
          '086', '087', '0871', '0874', '0872', '0873', '08')
_INTENT = ('030', '03', '031', '032', '035', '0351', '0352', '0353', '0354', '0355', '0356', '036', '037',
           '038', '039')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045', '03')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16', '1661', '1662', '1631')
_APPEAL = ('020', '02', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233',
           '0234', '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255',
           '0256', '026', '027', '028', '010', '01')
_DEMAND = ('100', '10', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '104',
           '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056', '106',
           '107', '108')
_SUPPORT = ('05', '050', '051', '052', '053', '054', '055', '056', '057', '03', '030', '031', '0311', '0312',
            '032', '033', '036', '01', '010', '012', '013')
_PROTEST = ('140', '141', '1411', '1412', '14', '145', '1451')
_AID = ('070', '07', '071', '072', '073', '074', '075', '033', '0331', '0332', '0333', '0334', '030', '03')
_BLOCK = ('191', '19', '190', '192', '1621', '162', '163', '16', '160')
_COURT = ('115', '11', '110', '111', '112', '172', '1721', '1722', '1723', '1724', '173', '17', '170', '175')
_AGREE = ('057', '05', '050', '03', '030', '031', '036', '0311', '0312', '0871', '087', '08', '080', '046',
          '04', '040', '043', '06', '060', '061', '062', '063', '064')
_REDUCE = _RECALL + _REJECT + _SANCTION

_TALLINN = ("MOSCOW (Reuters) - Russia recalled its ambassador from Estonia on Thursday after the Baltic "
            "state "
            "expelled two Russian diplomats it accused of spying, a Foreign Ministry spokesman told "
            "reporters.")
_BADME = ("ADDIS ABABA (Reuters) - Ethiopia accused Eritrea on Monday of shelling the border town of "
          "Zalambessa, while Asmara said Ethiopian troops had attacked its positions on the western front, "
          "the two governments said in separate statements.")
_NIAMEY = ("PARIS (AFP) - France condemned the military coup in Niger on Tuesday as the European Union "
           "suspended all development aid to the West African state, diplomats in Brussels said.")
_HAVANA = ("HAVANA (Reuters) - Cuba freed two jailed American citizens on Monday, while Washington eased "
           "restrictions on travel to the island by Cuban-Americans, in what diplomats called a modest thaw "
           "between the old foes.")
_MISSILE = ("TOKYO (Kyodo) - Japan on Monday condemned North Korea's launch of a ballistic missile over its "
            "territory and suspended food aid to Pyongyang, Chief Cabinet Secretary Hiromu Nonaka told a "
            "news conference.")
_PLOT = ("BAGHDAD (Reuters) - Iraq on Monday accused the United States, Britain and Kuwait of plotting to "
         "overthrow President Saddam Hussein, the official Iraqi News Agency said, citing a statement by the "
         "Revolutionary Command Council.")
_HORN = ("BRUSSELS (Reuters) - European Union foreign ministers on Monday imposed an arms embargo on "
         "Ethiopia "
         "and Eritrea and urged both countries to end their border war, an EU statement said.")
_FLEET = ("KIEV (Reuters) - Russia and Ukraine signed a treaty of friendship and cooperation on Saturday, "
          "ending years of wrangling over the Black Sea fleet and recognising their common border, officials "
          "said.")
_FIGHTER = ("ISLAMABAD (APP) - Pakistan and China signed an agreement in Beijing on Tuesday for the joint "
            "production of a light fighter aircraft, the Defence Ministry said in a statement.")
_SANTIAGO = ("BUENOS AIRES (Reuters) - Argentina recalled its ambassador to Chile for consultations on "
             "Tuesday "
             "after Santiago refused to extradite a former Argentine intelligence officer wanted for the "
             "killing of a journalist, the Foreign Ministry said.")

_AMMAN = ("AMMAN (Petra) - Jordan closed its border with Iraq on Sunday as U.S. and British warplanes "
          "pounded "
          "targets around Baghdad for a third night, stranding hundreds of trucks on the desert highway, "
          "customs officials said.")
_MISSILES = ("BEIJING (Reuters) - China agreed on Friday to resume military contacts with the United "
             "States, but "
             "rejected Washington's demand that it stop selling missile technology to Pakistan, a Foreign "
             "Ministry spokesman said.")
_MASSED = ("BAGHDAD (INA) - Iraq denied on Monday that its troops had massed on the Kuwaiti border, accusing "
           "Washington of inventing the threat to justify its military build-up in the Gulf, the official "
           "Iraqi News Agency said.")
_MYKONOS = ("TEHRAN (IRNA) - Iran recalled its ambassadors from Germany and France on Friday after a "
            "Berlin court "
            "ruled that Iran's leaders had ordered the killing of four Kurdish dissidents in a restaurant in "
            "the German capital.")
_AQABA = ("AMMAN (Reuters) - Israel and Jordan signed a peace treaty at a desert crossing on their border on "
          "Wednesday, ending 46 years of war, with President Bill Clinton looking on, officials said.")
_SPONSORS = ("WASHINGTON (Reuters) - The State Department on Friday named Iran, Syria and Sudan among seven "
             "countries it says sponsor international terrorism, barring them from U.S. aid and arms sales, "
             "officials said.")

LEADS44: list[Row] = [
    # batch 1: written blind, committed before the coder ran on it
    # -- acts told inside time and cause clauses
    (('RUS', 'RUSGOV'), ('EST', 'ESTGOV'), _RECALL, _TALLINN),
    (('EST', 'ESTGOV'), ('RUS', 'RUSGOV'), _EXPEL, _TALLINN),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _EXPEL,
     "NEW DELHI (PTI) - India on Monday expelled a Pakistani diplomat in retaliation for the expulsion of an "
     "Indian embassy official from Islamabad last week, an External Affairs Ministry spokesman said."),
    (('GRC', 'GRCGOV'), ('ALB', 'ALBGOV'), _BLOCK + _SANCTION + _REDUCE,
     "ATHENS (ANA) - Greece closed its border with Albania on Tuesday following Tirana's refusal to free "
     "five ethnic Greeks jailed on espionage charges, government spokesman Evangelos Venizelos said."),
    (('IRQ', 'IRQGOV'), ('IGO',), _REDUCE,
     "BAGHDAD (Reuters) - Iraq suspended all cooperation with U.N. arms inspectors on Wednesday after the "
     "Security Council refused to lift the oil embargo imposed after the 1990 invasion of Kuwait, the "
     "official Iraqi News Agency said."),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _REDUCE + _PROTEST,
     "SEOUL (Yonhap) - North Korea on Friday called off Red Cross talks scheduled for next week in protest "
     "at "
     "joint military exercises being staged by South Korean and U.S. forces, the Unification Ministry "
     "said."),
    (('ARG', 'ARGGOV'), ('CHL', 'CHLGOV'), _RECALL, _SANTIAGO),
    (('CHL', 'CHLGOV'), ('ARG', 'ARGGOV'), _REJECT, _SANTIAGO),
    # -- two acts by two parties joined by while / as / but
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERIMIL'), _ACCUSE, _BADME),
    (('ETH', 'ETHMIL', 'ERI', 'ERIGOV'), ('ERI', 'ERIMIL', 'ETH', 'ETHMIL', 'ETHGOV'), _FORCE2 + _ACCUSE,
     _BADME),
    (('FRA', 'FRAGOV'), ('NER', 'NERMIL', 'NERGOV'), _CRIT, _NIAMEY),
    (('IGO',), ('NER', 'NERGOV', 'NERMIL'), _SANCTION, _NIAMEY),
    (('CUB', 'CUBGOV'), ('USA', 'USACVL'), _YIELD, _HAVANA),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), _YIELD, _HAVANA),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), _YIELD,
     "WASHINGTON (AP) - The United States lifted economic sanctions on Pakistan on Saturday, but kept in "
     "place restrictions on military sales imposed after its 1998 nuclear tests, State Department officials "
     "said."),
    # -- acts told as the object of denied / confirmed / welcomed / condemned
    (('SYR', 'SYRGOV'), ('LBN', 'LBNMIL', 'LBNGOV'), _DENY,
     "DAMASCUS (Reuters) - Syria denied on Wednesday that its troops in Lebanon had shelled Christian "
     "neighbourhoods of east Beirut, calling the charge by the Lebanese army command a fabrication, the "
     "official news agency SANA said."),
    (('ITA', 'ITAGOV'), ('LBY', 'LBYGOV'), _SUPPORT,
     "ROME (ANSA) - Italy on Thursday welcomed Libya's decision to hand over two suspects in the Lockerbie "
     "airliner bombing for trial in the Netherlands, saying it opened the way to lifting U.N. sanctions."),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV', 'PRKMIL'), _CRIT + _PROTEST, _MISSILE),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), _SANCTION, _MISSILE),
    (('IDN', 'IDNGOV'), ('MYS', 'MYSCVL', 'MYSBUS', 'MYSLAB'), _EXPEL + _ARREST,
     "KUALA LUMPUR (Bernama) - Malaysia's Foreign Ministry confirmed on Tuesday that Indonesia had deported "
     "300 Malaysian fishermen detained for poaching in its waters, and said it would seek an explanation "
     "from Jakarta."),
    (('NIC', 'NICGOV'), ('USA', 'USAGOV'), _DENY,
     "MANAGUA (AP) - Nicaragua's Sandinista government on Friday denied Reagan administration charges that "
     "its army was sending weapons to leftist guerrillas in El Salvador, calling them a pretext for "
     "aggression."),
    # -- groups named only by their members
    (('PAK', 'PAKUAF', 'PAKCRM', 'PAKREB'), ('PAK', 'PAKCVL', 'PAKMED', 'PAKSHI', 'PAKHLH', 'PAKMOS'),
     _FORCE2,
     "KARACHI (Reuters) - Gunmen on motorcycles shot dead a Shi'ite Moslem doctor outside his clinic in "
     "Karachi on Sunday, the latest in a wave of sectarian killings in Pakistan's biggest city, police "
     "said."),
    (('SOM', 'SOMUAF', 'SOMREB', 'SOMELI'), ('IGO', 'SOM', 'SOMCVL'), _FORCE2,
     "MOGADISHU (Reuters) - Militiamen loyal to warlord Hussein Aideed attacked a U.N. food convoy north of "
     "Mogadishu on Tuesday, killing two Somali drivers and looting 10 trucks of grain, aid workers said."),
    (('VEN', 'VENGOV', 'VENCVL', 'VENOPP', 'VENPTY'), ('VEN', 'VENOPP', 'VENCVL'), _FORCE2,
     "CARACAS (EFE) - Supporters of President Hugo Chavez attacked opposition marchers with stones and "
     "sticks in central Caracas on Thursday, injuring at least 12 people, witnesses and police said."),
    (('KHM', 'KHMMIL', 'KHMGOV'), ('KHM', 'KHMGOV', 'KHMMIL', 'KHMOPP'), _FORCE2,
     "PHNOM PENH (Reuters) - Troops loyal to Second Prime Minister Hun Sen seized Phnom Penh airport on "
     "Sunday, routing forces of First Prime Minister Prince Norodom Ranariddh after two days of fighting, "
     "diplomats said."),
    (('DZA', 'DZAUAF', 'DZAREB', 'DZAINS', 'DZAMOS'), ('FRA', 'FRAREL', 'FRACVL'), _FORCE2,
     "ALGIERS (Reuters) - Armed men believed to be Moslem fundamentalists kidnapped seven French Trappist "
     "monks from their monastery south of Algiers overnight, the Algerian government said in a statement "
     "on Wednesday."),
    # -- a list of targets
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), _ACCUSE, _PLOT),
    (('IRQ', 'IRQGOV'), ('GBR', 'GBRGOV'), _ACCUSE, _PLOT),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), _ACCUSE, _PLOT),
    (('IGO',), ('ETH', 'ETHGOV'), _SANCTION, _HORN),
    (('IGO',), ('ERI', 'ERIGOV'), _SANCTION, _HORN),
    # -- "X and Y signed"
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), _AGREE, _FLEET),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), _AGREE, _FLEET),
    (('PAK', 'PAKGOV'), ('CHN', 'CHNGOV'), _AGREE, _FIGHTER),
    (('CHN', 'CHNGOV'), ('PAK', 'PAKGOV'), _AGREE, _FIGHTER),
    # -- indirect objects
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _PROTEST + _CRIT,
     "BEIJING (Xinhua) - China's Foreign Ministry handed a strongly worded protest note to the U.S. "
     "ambassador on Tuesday over Washington's decision to sell 150 F-16 fighter planes to Taiwan, a ministry "
     "spokesman said."),
    (('EGY', 'EGYGOV'), ('SYR', 'SYRGOV'), _MEET,
     "CAIRO (MENA) - Egyptian Foreign Minister Amr Moussa delivered a message from President Hosni Mubarak "
     "to Syrian President Hafez al-Assad in Damascus on Sunday dealing with the stalled Middle East peace "
     "process, the agency said."),
    # -- appeals and demands made through a mediator
    (('SDN', 'SDNGOV'), ('SDN', 'SDNREB'), _APPEAL + _DEMAND,
     "KHARTOUM (AFP) - Sudan on Monday appealed through Kenyan mediators to the rebel Sudan People's "
     "Liberation Army to return to peace talks in Nairobi, saying it was ready to discuss self-determination "
     "for the south."),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), _DEMAND,
     "DAMASCUS (Reuters) - Syria demanded through U.S. envoy Dennis Ross on Saturday that Israel commit "
     "itself to a full withdrawal from the Golan Heights before peace talks could resume, Syrian officials "
     "said."),
    # -- threats with unless / or face; ultimatums
    (('USA', 'USAGOV'), ('SRB', 'YUG', 'SRBGOV', 'YUGGOV', 'SRBMIL', 'YUGMIL'), _THREAT,
     "WASHINGTON (Reuters) - President Bill Clinton warned on Thursday that Belgrade would face NATO air "
     "strikes unless Serb forces pulled back from Kosovo within days and allowed refugees to return home, "
     "the White House said."),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSREB'), _THREAT,
     "MOSCOW (Reuters) - The Russian army gave Chechen rebels holding out in Grozny until Saturday to leave "
     "the city or face destruction by bombers and artillery, the army command said in leaflets dropped on "
     "the capital."),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _THREAT + _DEMAND,
     "ANKARA (Anatolian) - Turkey told Syria on Friday it had 45 days to expel Kurdish rebel leader Abdullah "
     "Ocalan and close rebel training camps or face the consequences, a senior Turkish official said."),
    # -- courts, parliaments and central banks on foreign parties
    (('USA', 'USALEG'), ('IRN', 'IRNGOV', 'IRNBUS', 'BUS'), _SANCTION + _THREAT,
     "WASHINGTON (Reuters) - The U.S. House of Representatives voted overwhelmingly on Wednesday to impose "
     "sanctions on foreign companies investing in Iran's oil and gas industry, sending the bill to "
     "President Clinton for signature."),
    (('FRA', 'FRAJUD'), ('LBY', 'LBYGOV', 'LBYSPY', 'LBYCVL'), _COURT + ('116',),
     "PARIS (AFP) - A Paris court on Wednesday sentenced six Libyans in absentia to life in prison for the "
     "1989 bombing of a French DC-10 airliner over Niger which killed 170 people, including the "
     "brother-in-law "
     "of Moammar Gadhafi."),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), _SANCTION,
     "LONDON (Reuters) - The Bank of England froze all Iraqi government assets in Britain on Thursday "
     "following Iraq's invasion of Kuwait, the Treasury said, and asked British banks to report any "
     "holdings."),
    (('RUS', 'RUSLEG'), ('USA', 'USAGOV'), _REDUCE,
     "MOSCOW (Reuters) - The Russian parliament on Friday put off ratification of the START-2 nuclear arms "
     "reduction treaty with the United States in protest at U.S. and British air strikes on Iraq, deputies "
     "said."),
    # -- passives whose agent is only the dateline's authorities
    (('IRN', 'IRNGOV'), ('GBR', 'GBRMED'), _EXPEL,
     "TEHRAN (Reuters) - Two British journalists were expelled from Iran on Sunday for working without "
     "proper "
     "accreditation, the official Islamic Republic News Agency said, quoting an official of the Ministry of "
     "Islamic Guidance."),
    (('SAU', 'SAUGOV', 'SAUCOP'), ('EGY', 'EGYCVL', 'EGYLAB'), _ARREST,
     "RIYADH (Reuters) - Six Egyptian workers were detained in Saudi Arabia on suspicion of smuggling drugs "
     "into the kingdom, the Saudi Press Agency said on Monday, quoting an Interior Ministry official."),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNCVL', 'CHNGOV'), _YIELD,
     "HANOI (Reuters) - Twenty-three Chinese fishermen arrested for fishing illegally in Vietnamese waters "
     "were freed on Tuesday and handed over to Chinese authorities at the border, the Foreign Ministry "
     "said."),
    # -- telegraphic headline leads
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), _SANCTION,
     "U.S. SLAPS SANCTIONS ON CHINA OVER MISSILE SALES TO PAKISTAN"),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSEGOV', 'PSECVL'), _BLOCK,
     "ISRAEL SEALS OFF WEST BANK AND GAZA AFTER SUICIDE BOMBING KILLS 19"),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), _EXPEL,
     "Iran expels British diplomat, recalls envoy from London in row over Rushdie - IRNA"),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _PROTEST + _CRIT,
     "India lodges strong protest with Pakistan over border shelling in Kashmir"),
]

LEADS44B: list[Row] = [
    # batch 2: written blind after the first fixes, committed before the coder ran on it
    # -- acts told inside time and cause clauses
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _SANCTION,
     "TOKYO (Kyodo) - Japan froze its grant aid to China on Friday after Beijing carried out an underground "
     "nuclear test at its Lop Nor site, despite repeated Japanese appeals for restraint, the Foreign "
     "Ministry said."),
    (('YUG', 'SRB', 'YUGGOV', 'SRBGOV'), ('IGO',), _EXPEL,
     "BELGRADE (Reuters) - Yugoslavia ordered the head of the OSCE mission in Kosovo to leave the country on "
     "Monday in retaliation for his description of the killing of 45 ethnic Albanians as a massacre by Serb "
     "forces."),
    (('USA', 'USAGOV'), ('MMR', 'MMRGOV', 'MMRMIL'), _SANCTION,
     "WASHINGTON (Reuters) - The United States imposed new sanctions on Burma on Tuesday following the "
     "military government's refusal to open a dialogue with Aung San Suu Kyi's opposition party, State "
     "Department officials said."),
    # -- two acts by two parties joined by while / as / but
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _PROTEST + _CRIT,
     "SEOUL (Yonhap) - South Korea lodged a formal protest with Japan on Monday over a history textbook that "
     "glosses over wartime atrocities, while China summoned the Japanese ambassador to voice its own "
     "complaint."),
    (('JOR', 'JORGOV'), ('IRQ', 'IRQGOV'), _BLOCK + _SANCTION, _AMMAN),
    (('USA', 'USAMIL', 'GBR', 'GBRMIL'), ('IRQ', 'IRQGOV', 'IRQMIL'), _FORCE2, _AMMAN),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV', 'USAMIL'), _INTENT + _AGREE + _MEET, _MISSILES),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _REJECT, _MISSILES),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), _AID + _INTENT + _AGREE,
     "TOKYO (Kyodo) - Japan agreed on Monday to resume food aid to North Korea, but said it would not "
     "normalise relations until Pyongyang accounted for Japanese citizens abducted by its agents, a "
     "government spokesman said."),
    # -- acts told as the object of denied / confirmed / welcomed / condemned
    (('RUS', 'RUSGOV'), ('IGO',), _CRIT,
     "MOSCOW (Reuters) - Russia on Thursday condemned NATO's decision to admit Poland, Hungary and the Czech "
     "Republic as a mistake that would redraw the dividing lines of Europe, the Foreign Ministry said."),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), _SUPPORT,
     "WASHINGTON (Reuters) - The United States on Wednesday welcomed North Korea's agreement to freeze its "
     "nuclear programme in return for help in building two light-water reactors, a White House spokesman "
     "said."),
    (('TUR', 'TURMIL'), ('IRQ', 'IRQREB', 'TUR', 'TURREB'), _FORCE2,
     "ANKARA (Anatolian) - Turkey's military confirmed on Tuesday that its warplanes had bombed Kurdish "
     "rebel "
     "camps in northern Iraq over the weekend, killing dozens of guerrillas of the Kurdistan Workers Party."),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), _DENY + _ACCUSE, _MASSED),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), _ACCUSE, _MASSED),
    # -- groups named only by their members
    (('IND', 'INDUAF', 'INDREB', 'INDMOS'), ('IND', 'INDHIN', 'INDCVL'), _FORCE2,
     "SRINAGAR (Reuters) - Gunmen stormed a Hindu village in Kashmir overnight and killed 23 people, "
     "including women and children, in the worst attack on civilians in the region this year, police said "
     "on Monday."),
    (('BGD', 'BGDOPP', 'BGDCVL', 'BGDPTY'), ('BGD', 'BGDCOP'), _FORCE2 + _PROTEST,
     "DHAKA (Reuters) - Supporters of opposition leader Sheikh Hasina fought running battles with riot "
     "police in central Dhaka on Sunday on the first day of a three-day general strike, witnesses said."),
    (('AFG', 'AFGUAF', 'AFGREB', 'AFGMIL'), ('AFG', 'AFGREB', 'AFGGOV', 'AFGMIL', 'AFGTAL', 'AFGUAF'),
     _FORCE2,
     "KABUL (Reuters) - Troops loyal to Uzbek warlord Abdul Rashid Dostum shelled Taleban positions north of "
     "Kabul on Sunday, breaking a two-week lull in the fighting, a Taleban spokesman said."),
    # -- a list of targets
    (('IRN', 'IRNGOV'), ('DEU', 'DEUGOV'), _RECALL, _MYKONOS),
    (('IRN', 'IRNGOV'), ('FRA', 'FRAGOV'), _RECALL, _MYKONOS),
    (('DEU', 'DEUJUD'), ('IRN', 'IRNGOV'), _ACCUSE + _COURT, _MYKONOS),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), _ACCUSE + _SANCTION, _SPONSORS),
    (('USA', 'USAGOV'), ('SDN', 'SDNGOV'), _ACCUSE + _SANCTION, _SPONSORS),
    # -- "X and Y signed"
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), _AGREE, _AQABA),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), _AGREE, _AQABA),
    # -- indirect objects
    (('USA', 'USAGOV'), ('SYR', 'SYRGOV'), _APPEAL + _MEET,
     "WASHINGTON (Reuters) - Secretary of State Warren Christopher handed Syrian Foreign Minister Farouk "
     "al-Shara a letter from President Clinton on Monday urging Damascus to resume peace talks with Israel, "
     "U.S. officials said."),
    (('KWT', 'KWTGOV'), ('SAU', 'SAUGOV'), _MEET,
     "RIYADH (SPA) - Kuwait's foreign minister Sheikh Sabah al-Ahmad delivered a message from the emir of "
     "Kuwait to King Fahd on Sunday on the latest developments in the Gulf, the Saudi Press Agency said."),
    # -- appeals, offers and demands made through a mediator
    (('LKA', 'LKAGOV'), ('LKA', 'LKAREB'), _INTENT + _YIELD,
     "COLOMBO (Reuters) - Sri Lanka's government offered through Norwegian mediators on Tuesday to lift its "
     "ban on the Tamil Tigers if the rebels returned to peace talks, a government spokesman said."),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), _APPEAL + _DEMAND,
     "TEHRAN (IRNA) - Iran asked Britain through the Swiss embassy on Monday to release an Iranian diplomat "
     "detained in London on an American extradition warrant, the Foreign Ministry said."),
    # -- threats with unless / or face; ultimatums
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), _THREAT,
     "BEIJING (Xinhua) - China warned on Thursday that it would use force against Taiwan unless the island "
     "abandoned its push for independence and accepted reunification talks, a government white paper "
     "said."),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _THREAT + _DEMAND,
     "NEW DELHI (PTI) - India gave Pakistan until Friday to hand over 20 militants wanted for attacks on "
     "Indian soil or face diplomatic and economic reprisals, a senior External Affairs Ministry official "
     "said."),
    (('IGO',), ('IRQ', 'IRQGOV'), _THREAT + _DEMAND,
     "UNITED NATIONS (Reuters) - The Security Council gave Iraq until January 15 to withdraw its forces from "
     "Kuwait, authorising member states to use all necessary means to drive them out after that date."),
    # -- courts, parliaments and treasuries on foreign parties
    (('IGO',), ('USA', 'USAGOV'), _DEMAND + _COURT,
     "THE HAGUE (Reuters) - The International Court of Justice on Friday ordered the United States to halt "
     "the execution of a Paraguayan national on death row in Virginia until it ruled on his case."),
    (('DEU', 'DEULEG'), ('BIH',), _AID + _INTENT,
     "BONN (Reuters) - The German parliament voted on Thursday to send 4,000 troops to Bosnia to join a "
     "NATO-led peace force, the first major deployment of German combat troops abroad since World War "
     "Two."),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), _SANCTION,
     "WASHINGTON (Reuters) - The U.S. Treasury froze all Libyan government assets in the United States on "
     "Wednesday, accusing Tripoli of backing the gunmen who attacked the Rome and Vienna airports last "
     "month."),
    # -- passives whose agent is only the dateline's authorities
    (('CHN', 'CHNGOV'), ('USA', 'USACVL', 'USASPY'), _EXPEL,
     "BEIJING (Reuters) - An American citizen accused of spying for Taiwan was expelled from China on Sunday "
     "after being held for two months, the official Xinhua news agency said."),
    (('SYR', 'SYRGOV', 'SYRCOP'), ('TUR', 'TURMED'), _ARREST,
     "DAMASCUS (Reuters) - Two Turkish journalists were detained in Syria on Wednesday on charges of spying "
     "near the border, a Turkish Foreign Ministry official said in Ankara."),
    (('PHL', 'PHLMIL', 'PHLGOV'), ('CHN', 'CHNCVL', 'CHNBUS'), _ARREST + _FORCE2 + _SANCTION,
     "MANILA (Reuters) - Three Chinese fishing boats were seized near a disputed reef in the South China Sea "
     "on Wednesday and their 60 crewmen detained, the Philippine navy said."),
    # -- telegraphic headline leads
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _RECALL,
     "CHINA RECALLS AMBASSADOR FROM U.S. OVER TAIWAN VISIT"),
    (('GRC', 'GRCGOV'), ('ALB', 'ALBGOV'), _RECALL + _PROTEST + _CRIT,
     "Greece recalls ambassador from Tirana, protests treatment of ethnic Greeks"),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), _EXPEL,
     "Russia expels four U.S. diplomats in spy row - Itar-Tass"),
]

_GARISSA = ("NAIROBI (Reuters) - Kenya closed its border with Somalia on Monday after gunmen from across the "
            "frontier killed four Kenyan policemen in a cross-border raid, government officials said.")
_PUNJAB = ("ISLAMABAD (Reuters) - Pakistan accused India on Wednesday of massing troops on the border, "
           "while New "
           "Delhi accused Islamabad of arming Sikh separatists in Punjab, officials in both capitals said.")
_WORKERS = ("TEL AVIV (Reuters) - Israel agreed on Sunday to let Palestinian workers return to their jobs in "
            "Israel, but kept the West Bank and Gaza Strip sealed off for a second week, army officials "
            "said.")
_SARO = ("LONDON (Reuters) - Britain on Monday condemned the execution of a Nigerian writer and eight other "
         "activists by the military government in Lagos and recalled its high commissioner from Nigeria.")
_TESTS = ("WASHINGTON (Reuters) - The United States imposed sanctions on India and Pakistan on Wednesday "
          "over "
          "their nuclear tests, cutting off economic aid and blocking loans from international lenders.")
_PCA = ("BRUSSELS (Reuters) - The European Union and Russia signed a partnership and cooperation agreement "
        "on "
        "Monday, opening the way to freer trade and closer political ties, EU officials said.")

LEADS44C: list[Row] = [
    # batch 3: written blind after the second fixes, committed before the coder ran on it
    # -- acts told inside time and cause clauses
    (('EGY', 'EGYGOV'), ('IRN', 'IRNGOV'), _EXPEL,
     "CAIRO (MENA) - Egypt expelled two Iranian diplomats on Tuesday in retaliation for Tehran's decision to "
     "name a street after the assassin of President Anwar Sadat, the Foreign Ministry said."),
    (('KEN', 'KENGOV'), ('SOM', 'SOMGOV'), _BLOCK + _SANCTION, _GARISSA),
    (('SOM', 'SOMUAF', 'SOMREB'), ('KEN', 'KENCOP'), _FORCE2, _GARISSA),
    # -- two acts by two parties joined by while / but
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), _ACCUSE, _PUNJAB),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _ACCUSE, _PUNJAB),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSELAB', 'PSEGOV'), _YIELD + _INTENT + _AGREE, _WORKERS),
    # (ISRMIL first: the key of this row's gap)
    (('ISRMIL', 'ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSECVL'), _BLOCK, _WORKERS),
    # -- acts told as the object of condemned / welcomed / denied
    (('GBR', 'GBRGOV'), ('NGA', 'NGAGOV', 'NGAMIL'), _CRIT, _SARO),
    (('GBR', 'GBRGOV'), ('NGA', 'NGAGOV'), _RECALL, _SARO),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), _SUPPORT,
     "TOKYO (Kyodo) - Japan on Friday welcomed Russia's decision to release 18 Japanese fishermen detained "
     "off the disputed Kuril islands, and urged Moscow to stop seizing Japanese boats in the area."),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _DENY,
     "NEW DELHI (PTI) - India on Saturday denied Pakistani charges that its troops had crossed the Line of "
     "Control in Kashmir, calling them a ploy to draw attention away from infiltration by militants."),
    # -- groups named only by their members
    (('PHL', 'PHLUAF', 'PHLREB', 'PHLMOS'), ('ITA', 'ITAREL', 'ITACVL'), _FORCE2,
     "MANILA (AP) - Gunmen believed to be Moslem rebels kidnapped two Italian priests on the southern island "
     "of Mindanao on Sunday and took them to a jungle hideout, the military said."),
    (('IDN', 'IDNUAF', 'IDNMIL', 'TMP', 'TMPUAF', 'TLS', 'TLSUAF'), ('IGO',), _FORCE2,
     "DILI (Reuters) - Militiamen loyal to Jakarta attacked the United Nations compound in Dili on Tuesday, "
     "firing automatic weapons and hurling rocks at local staff, U.N. officials said."),
    # -- a list of targets
    (('USA', 'USAGOV'), ('IND', 'INDGOV'), _SANCTION, _TESTS),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), _SANCTION, _TESTS),
    # -- "X and Y signed"
    (('IGO',), ('RUS', 'RUSGOV'), _AGREE, _PCA),
    (('RUS', 'RUSGOV'), ('IGO',), _AGREE, _PCA),
    # -- indirect objects
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV', 'USAMIL'), _YIELD + _AGREE,
     "HANOI (VNA) - Vietnam handed over the remains of 11 U.S. servicemen missing since the war to American "
     "officials at Hanoi airport on Tuesday, the Foreign Ministry said."),
    # -- appeals and proposals made through a mediator
    (('SDN', 'SDNGOV'), ('UGA', 'UGAGOV'), _APPEAL + _DEMAND,
     "KHARTOUM (Reuters) - Sudan appealed to Uganda through Libyan mediators on Saturday to stop backing the "
     "rebel Sudan People's Liberation Army in the south, the official news agency SUNA said."),
    # -- threats with unless / or face; ultimatums
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), _THREAT + _DEMAND,
     "LONDON (Reuters) - Britain told Iraq on Tuesday it must give U.N. inspectors unfettered access to all "
     "suspect sites or face military action, Foreign Secretary Robin Cook told parliament."),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _THREAT,
     "ANKARA (Reuters) - Turkey threatened on Friday to cut off the water of the Euphrates to Syria unless "
     "Damascus stopped sheltering Kurdish rebels, a senior government official said."),
    (('BIH', 'BIHREB', 'BIHGOV', 'SRB', 'BIHSRB', 'BIHELI'), ('IGO',), _THREAT + _DEMAND + _EXPEL,
     "SARAJEVO (Reuters) - Bosnian Serb leader Radovan Karadzic gave U.N. peacekeepers 24 hours on Friday to "
     "leave the eastern enclave of Gorazde, U.N. spokesman Alexander Ivanko said."),
    # -- courts and parliaments on foreign parties
    (('ESP', 'ESPJUD'), ('CHL', 'CHLELI', 'CHLMIL', 'CHLGOV'), _COURT + _ARREST,
     "MADRID (EFE) - Spain's National Court on Friday issued an international warrant for the arrest of "
     "former Chilean dictator Augusto Pinochet on charges of genocide and terrorism, court sources said."),
    (('IGO',), ('TUR', 'TURGOV'), _APPEAL + _DEMAND,
     "STRASBOURG (Reuters) - The European Parliament on Thursday called on Turkey to free four jailed "
     "Kurdish "
     "deputies and to open talks on the Kurdish question, by a large majority."),
    # -- passives whose agent is only the dateline's authorities
    (('IRQ', 'IRQGOV', 'IRQJUD'), ('GBR', 'GBRCVL', 'GBRLAB', 'GBRBUS'), _ARREST + _COURT + ('116',),
     "BAGHDAD (Reuters) - Two British oil workers were jailed for seven years in Iraq on Sunday for "
     "straying across the border from Kuwait, the official Iraqi News Agency said."),
    (('RUS', 'RUSGOV', 'RUSSPY'), ('USA', 'USAGOV'), _EXPEL,
     "MOSCOW (Reuters) - A U.S. diplomat caught receiving secret documents was ordered out of Russia on "
     "Friday, the FSB security service said."),
    # -- telegraphic headline leads
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV'), _RECALL + _BLOCK,
     "Pakistan recalls envoy from Kabul, closes border"),
    (('USA', 'USAMIL'), ('IRQ', 'IRQMIL'), _FORCE2,
     "U.S. jets bomb Iraqi air defence sites in no-fly zone"),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEADS44, "batch2": LEADS44B, "batch3": LEADS44C}
ALL44: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
