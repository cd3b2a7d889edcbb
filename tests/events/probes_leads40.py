"""Blind probes of the thirty-eighth session (wip/leads40): LONG era leads (1985-2005 agency copy, 30-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI, PAP, Petra and Yonhap, weighted to: joint acts that
are plans, not threats ("agreed to patrol the border jointly", "will deploy observers"); a message carried
by an envoy from one leader to another; the second verb of a coordinated lead with its own object, and a
participle phrase that carries an act ("..., accusing Y of ...", "..., demanding that ..."); targets reached
through a place or an institution of another state, or named only in the previous clause or sentence; the
target in an of-phrase, a possessor, a to/with/against/on/from phrase, a relative or an apposition;
reciprocal acts; and acts with no target that must emit no CAMEO triple.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

Conventions the rows follow: a message or letter carried from one leader to another is a consultation of
the sender with the addressee (040 family) or a statement to them (01), both accepted; a joint patrol or
observer mission agreed or announced is an intent to cooperate (03x) or the cooperation itself (06x, 074),
never a threat.

First run (batch 1, 49 rows, 36 leads, main f7d217fc = the branch's start, committed baad5d7c), country +
root / actor + root / actor + code: 37 / 37 / 36. Two rows corrected after it as writing errors: an unclaimed
bomb is coded from the place's unidentified forces by the project's convention (ZAFUAF -> ZAFCVL 183,
docs/events.md, thirteenth session), where the row wanted no triple; a vessel seized is 171 (seize
property), which the row's codes left out (main 38 / 38 / 37 with both). After the first fixes (a message
carried from A to B; a posture agreed by two parties or a mission of observers, not a threat; "sick and
wounded prisoners" read as a verb; the pair's own object; a definite object naming the first act's thing
again): 48 / 48 / 47.

Batch 2 (44 rows, 33 leads), written after the first fixes and committed (5a49aee0) before the coder ran on
it; first run on the branch (5a49aee0): 37 / 37 / 37 (main f7d217fc: 35 / 35 / 35). One row corrected as a
writing error: troops firing on demonstrators is repression by the project's convention (175,
dispersed.force_on_protesters), which the row's force codes left out (branch 38 / 38 / 38). After the second
fixes (a joint plan of a pair with no object both ways; observers sent to monitor a truce between A and B
aimed at A and B, never at their own modifier; the topic of a pair's talks no partner of them; a judgement
of an act noun with a by-phrase aimed at its doer): 43 / 43 / 43.

Batch 3 (15 rows, 13 leads), written after the second fixes and committed (2ab9475b) before the coder ran on
it; first run on the branch (2ab9475b): 11 / 10 / 9 (main f7d217fc: 10 / 8 / 7). After the third fixes ("sick
and wounded" before a modified noun; a pair's own party in the topic of its talks): 11 / 11 / 10. The
remaining misses are gaps (test_probes_leads40.py).
`.venv/bin/python tests/events/probes_leads40.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '115', '11', '1121', '1122', '1123', '1124', '1125')
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383', '132', '133')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831', '1822')
_REPRESS = ('175', '170', '172', '173', '17', '1721', '180', '18', '190', '19', '193', '145', '14')
_ARREST = ('173', '170', '172', '1711', '1712', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_EXPEL = _RECALL + ('174', '17', '1663')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123', '1212', '1222')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '0842', '085', '086', '087',
          '0871', '0874', '0872', '0873', '08')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045', '03')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16')
_APPEAL = ('020', '02', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233',
           '0234', '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255',
           '0256', '026', '027', '028', '010', '01')
_DEMAND = ('100', '10', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '104',
           '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056', '106',
           '107', '108')
_SUPPORT = ('05', '050', '051', '052', '053', '054', '055', '056', '057', '03', '030', '031', '0311', '0312',
            '032', '033', '036', '01', '010', '012', '013')
_PROTEST = ('140', '141', '1411', '1412', '14', '145', '1451')
# an intent to cooperate, or the cooperation itself: never a threat
_JOINT = ('03', '030', '031', '0311', '0312', '032', '033', '0331', '0332', '0333', '0334', '036', '06',
          '060', '061', '062', '063', '064', '057', '05', '074', '07')
# a message carried from one party to another: a consultation or a statement to the addressee
_MESSAGE = ('040', '04', '041', '042', '043', '044', '046', '036', '010', '01', '011', '012', '013', '014',
            '015', '016', '017', '018', '019', '020', '02', '030', '03')
_AID = ('070', '07', '071', '072', '073', '074', '075', '033', '0331', '0332', '0333', '0334', '030', '03')

_TRIPOLI = ('TRIPOLI, Sept 2 (Reuters) - Libya on Friday condemned U.S. naval exercises off its coast as a '
            'provocation and recalled its ambassador from Rome in protest at Italian support for them, the '
            'official news agency JANA said.')
_KHARTOUM = ('KHARTOUM (AFP) - Sudan on Monday accused Uganda of supplying arms to southern rebels and '
             'closed its border with its southern neighbour, the official Sudan News Agency said.')
_WARSAW = ('WARSAW, Feb 18 (PAP) - Poland on Tuesday expelled a Soviet military attache for activities '
           'incompatible with his status and summoned the Soviet ambassador to lodge a protest, a foreign '
           'ministry spokesman said.')
_ISLAMABAD = ('ISLAMABAD (Reuters) - Pakistan on Saturday lodged a strong protest with India, accusing '
              'Indian troops of killing four civilians in an unprovoked attack across the ceasefire line in '
              'Kashmir, a foreign office spokesman said.')
_KURILS = ('MOSCOW (ITAR-TASS) - Russian border guards on Sunday fired on a Japanese fishing boat off the '
           'disputed southern Kuril islands, wounding one crew member, and seized the vessel, a border guard '
           'spokesman said.')
_NICOSIA = ('NICOSIA (Reuters) - Turkish warplanes bombed suspected Kurdish rebel bases in northern Iraq on '
            'Wednesday. Baghdad denounced the raids as a flagrant violation of its sovereignty, the Iraqi '
            'News Agency said.')
_QUITO = ('QUITO (Reuters) - Ecuadorean and Peruvian troops exchanged artillery fire across their disputed '
          'jungle border on Saturday, each side accusing the other of starting the clash, military officials '
          'said.')
_SEOUL_TOKYO = ('TOKYO (Kyodo) - Japan and South Korea agreed on Friday to hold regular meetings of their '
                'foreign ministers to ease tension over a disputed group of islets, Japanese officials said.')
_GENEVA = ('GENEVA (Reuters) - Iran and Iraq swapped 500 sick and wounded prisoners of war at the Turkish '
           'border on Thursday under the supervision of the International Committee of the Red Cross, a '
           'spokesman said.')
_PEREZ = ('NEW YORK (Reuters) - U.N. Secretary-General Javier Perez de Cuellar on Wednesday appealed to Iran '
          'and Iraq to halt attacks on merchant shipping in the Gulf, saying they endangered the lives of '
          'neutral seamen.')

LEADS40: list[Row] = [
    # batch 1: written blind, committed before the coder ran on it
    # -- joint acts that are plans, not threats
    (('THA', 'THAGOV', 'THAMIL'), ('MYS', 'MYSGOV', 'MYSMIL'), _JOINT,
     'BANGKOK, March 12 (Reuters) - Thailand and Malaysia agreed on Tuesday to patrol their common border '
     'jointly to stop Muslim separatists slipping into southern Thailand, the Thai defence ministry said.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), _JOINT,
     'LIMA (EFE) - The foreign ministers of Ecuador and Peru agreed on Saturday to step up patrols along '
     'their disputed jungle border and to set up a joint commission to mark it, the Peruvian foreign '
     'ministry said.'),
    (('IGO',), ('BDI', 'BDIGOV', 'BDIMIL'), _JOINT,
     'ADDIS ABABA, Dec 1 (AFP) - The Organisation of African Unity will deploy 50 military observers in '
     'Burundi to monitor a truce between the army and Hutu rebels, OAU Secretary-General Salim Ahmed Salim '
     'said on Friday.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('IRN', 'IRNGOV', 'IRNMIL'), _JOINT,
     'ANKARA (Reuters) - Turkey and Iran agreed on Wednesday to mount joint military patrols along their '
     'frontier to stop Kurdish guerrillas crossing it, the Anatolian news agency said.'),
    # -- a message carried by an envoy
    (('JOR', 'JORGOV'), ('IRQ', 'IRQGOV'), _MESSAGE,
     'AMMAN, Aug 20 (AFP) - Jordanian Foreign Minister Abdul-Karim Kabariti flew to Baghdad on Sunday '
     'carrying a message from King Hussein to President Saddam Hussein on the crisis with U.N. arms '
     'inspectors, officials said.'),
    (('EGY', 'EGYGOV'), ('SYR', 'SYRGOV'), _MESSAGE,
     'CAIRO (MENA) - Egypt\'s presidential adviser Osama el-Baz on Tuesday delivered a letter from President '
     'Hosni Mubarak to Syrian President Hafez al-Assad dealing with efforts to revive the peace process, the '
     'Middle East News Agency reported.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _MESSAGE,
     'BEIJING (Kyodo) - A special envoy of Prime Minister Toshiki Kaifu on Friday handed over a personal '
     'message from Kaifu to Chinese Premier Li Peng, calling for closer economic ties, Japanese diplomats '
     'said.'),
    (('NPL', 'NPLGOV'), ('IND', 'INDGOV'), _MESSAGE,
     'NEW DELHI, April 3 (PTI) - A senior Nepalese minister on Monday called on Prime Minister Rajiv Gandhi '
     'and handed him a message from King Birendra on the trade and transit dispute between the two '
     'countries.'),
    # -- the second verb of a coordinated lead, with its own object
    (('LBY', 'LBYGOV'), ('USA', 'USAMIL', 'USAGOV'), _CRIT, _TRIPOLI),
    (('LBY', 'LBYGOV'), ('ITA', 'ITAGOV'), _RECALL, _TRIPOLI),
    (('SDN', 'SDNGOV'), ('UGA', 'UGAGOV'), _ACCUSE, _KHARTOUM),
    (('SDN', 'SDNGOV'), ('UGA', 'UGAGOV'), _SANCTION + ('191', '19'), _KHARTOUM),
    (('POL', 'POLGOV'), ('USR', 'USRGOV', 'USRMIL'), _EXPEL, _WARSAW),
    (('POL', 'POLGOV'), ('USR', 'USRGOV'), _CRIT, _WARSAW),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _THREAT + _REJECT,
     'TOKYO (Reuters) - North Korea on Thursday rejected a South Korean proposal for talks between their '
     'prime ministers and threatened to scrap the 1992 accord on reconciliation, the official Korean Central '
     'News Agency said.'),
    # -- a participle phrase that carries an act
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _CRIT, _ISLAMABAD),
    (('PAK', 'PAKGOV'), ('IND', 'INDMIL', 'INDGOV'), _ACCUSE, _ISLAMABAD),
    (('ETH', 'ETHGOV'), ('SOM', 'SOMGOV'), _DEMAND + _APPEAL,
     'ADDIS ABABA (AFP) - Ethiopia on Tuesday sent a protest note to Somalia, demanding that Mogadishu stop '
     'backing guerrillas of the Western Somali Liberation Front in the Ogaden, the Ethiopian News Agency '
     'said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _DEMAND + _APPEAL + _CRIT,
     'BEIJING (Xinhua) - China on Thursday summoned the U.S. ambassador, James Lilley, demanding that '
     'Washington cancel the sale of 150 F-16 fighter planes to Taiwan, the Foreign Ministry said.'),
    # -- targets reached through a place or an institution of another state
    (('PAK', 'PAKCVL', 'PAKOPP', 'PAKREL'), ('USA', 'USAGOV'), _PROTEST + ('17', '18', '180', '19'),
     'LAHORE, Pakistan (AP) - Thousands of Pakistanis stoned the U.S. consulate in Lahore on Friday to '
     'protest against American air strikes on Afghanistan, police said.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('JPN', 'JPNCVL', 'JPNAGR', 'JPNBUS'), _FORCE, _KURILS),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('JPN', 'JPNCVL', 'JPNAGR', 'JPNBUS'), _ARREST + ('171', '181', '18'),
     _KURILS),
    (('SYR', 'SYRMIL'), ('LBN', 'LBNGOV', 'LBNMIL'), _FORCE,
     'BEIRUT (Reuters) - Syrian troops on Sunday shelled the presidential palace of Lebanese army commander '
     'General Michel Aoun at Baabda, killing three of his guards, Christian radio stations said.'),
    (('PHL', 'PHLMIL'), ('PHL', 'PHLREB'), _FORCE,
     'MANILA (AP) - Philippine troops overran a camp of the Moro Islamic Liberation Front on the southern '
     'island of Mindanao on Thursday, killing 14 guerrillas, an army spokesman said.'),
    # -- a target named only in the previous sentence
    (('TUR', 'TURMIL'), ('IRQ', 'TUR', 'TURREB', 'IRQREB', 'IRQKRD'), _FORCE, _NICOSIA),
    (('IRQ', 'IRQGOV'), ('TUR', 'TURMIL', 'TURGOV'), _CRIT, _NICOSIA),
    # -- the target in an of-phrase, a possessor or a to/with/against/on/from phrase
    (('DEU', 'DEUGOV'), ('HUN', 'HUNGOV'), _SUPPORT,
     'BONN (DPA) - West German Chancellor Helmut Kohl on Wednesday praised Hungary\'s decision to open its '
     'border to East German refugees, calling it an act of humanity, a government spokesman said.'),
    (('ITA', 'ITAGOV'), ('BRA', 'BRAGOV'), _APPEAL + _DEMAND,
     'ROME (ANSA) - Italy on Thursday asked Brazil for the extradition of a former Red Brigades leader '
     'arrested in Rio de Janeiro last week, the justice ministry said.'),
    (('ESP', 'ESPGOV'), ('GBR', 'GBRGOV'), _REJECT,
     'MADRID (EFE) - Spain on Friday rejected a British offer of talks on Gibraltar that left out the '
     'question of sovereignty, calling it insufficient, Foreign Minister Fernando Moran said.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), _SUPPORT,
     'RIYADH (Reuters) - Saudi Arabia on Monday restored diplomatic relations with Iran, severed three years '
     'ago after the deaths of Iranian pilgrims in Mecca, the official Saudi Press Agency said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), _CRIT,
     'NEW DELHI (PTI) - India on Friday lodged a complaint with the U.N. Security Council against Pakistan '
     'over what it called repeated violations of the ceasefire line in Kashmir.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _YIELD,
     'TOKYO (Kyodo) - Japan on Thursday lifted the economic sanctions it imposed on China after the '
     'Tiananmen crackdown, resuming a 810 billion yen loan programme, a government spokesman said.'),
    (('ZWE', 'ZWEMIL', 'ZWEGOV'), ('MOZ', 'MOZGOV'), _YIELD,
     'HARARE (Reuters) - Zimbabwe on Tuesday began withdrawing its 6,000 troops from Mozambique, where they '
     'had guarded the Beira corridor against RENAMO rebels, a military spokesman said.'),
    # -- the target in a relative or an apposition
    (('CHL', 'CHLGOV'), ('ARG', 'ARGGOV', 'ARGMIL'), _CRIT + _PROTEST,
     'SANTIAGO (AP) - Chile on Thursday protested to Argentina over two Argentine navy vessels which '
     'entered Chilean waters in the Beagle Channel on Monday, the foreign ministry said.'),
    (('SEN', 'SENGOV'), ('GNB', 'GNBGOV'), _ACCUSE,
     'DAKAR (AFP) - Senegal on Friday accused the government of its southern neighbour, Guinea-Bissau, of '
     'arming separatist rebels in the Casamance region, the foreign ministry said.'),
    # -- reciprocal acts between two named parties
    (('ECU', 'ECUMIL'), ('PER', 'PERMIL'), _FORCE, _QUITO),
    (('PER', 'PERMIL'), ('ECU', 'ECUMIL'), _FORCE, _QUITO),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), _JOINT + _MEET, _SEOUL_TOKYO),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _JOINT + _MEET, _SEOUL_TOKYO),
    (('IRN', 'IRNGOV', 'IRNMIL'), ('IRQ', 'IRQGOV', 'IRQMIL'), _YIELD, _GENEVA),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('IRN', 'IRNGOV', 'IRNMIL'), _YIELD, _GENEVA),
    # -- common acts the parser or lexicon may miss
    (('USR', 'USRGOV'), ('AFG', 'AFGGOV'), _MEET,
     'KABUL (TASS) - Soviet Foreign Minister Eduard Shevardnadze held talks in Kabul on Tuesday with '
     'Afghan leader Najibullah on the withdrawal of Soviet troops, the official news agency Bakhtar said.'),
    (('FRA', 'FRAGOV'), ('TCD', 'TCDGOV'), _AID,
     'PARIS (AFP) - France on Wednesday pledged 300 million francs in emergency aid to Chad, whose army is '
     'fighting Libyan-backed rebels in the north, Cooperation Minister Michel Aurillac said.'),
    (('IGO',), ('IRN', 'IRNGOV'), _APPEAL, _PEREZ),
    (('IGO',), ('IRQ', 'IRQGOV'), _APPEAL, _PEREZ),
    (('LBN', 'LBNREB', 'LBNCVL', 'LBNUAF', 'LBNREL'), ('DEU', 'DEUBUS', 'DEUCVL'), ('181', '18', '180'),
     'BEIRUT (AP) - Gunmen kidnapped a West German businessman in Moslem west Beirut on Tuesday as he drove '
     'to his office, police said.'),
    (('NPL', 'NPLCOP'), ('NPL', 'NPLOPP', 'NPLCVL'), _REPRESS,
     'KATHMANDU (Reuters) - Nepalese police opened fire on thousands of pro-democracy demonstrators marching '
     'on the royal palace on Friday, killing at least eight people, witnesses said.'),
    # -- an unclaimed bomb: the place's unidentified forces (corrected after the run, see the docstring)
    (('ZAF', 'ZAFUAF'), ('ZAF', 'ZAFCVL'), _FORCE,
     'DURBAN, South Africa (Reuters) - A bomb exploded in a crowded shopping centre in Durban on Monday, '
     'killing three people and wounding 20, police said.'),
    # -- no target: no CAMEO triple of these roots
    ((), (), _THREAT + _FORCE,
     'BANGKOK (AP) - Thai and Malaysian police will hold joint exercises next month in the southern province '
     'of Songkhla, the Thai interior ministry said on Monday.'),
]

_CONAKRY = ('CONAKRY (AFP) - Guinea on Sunday closed its border with Sierra Leone and expelled 30 Sierra '
            'Leonean traders, accusing Freetown of backing rebels in the south of the country, Guinean radio '
            'said.')
_BELGRADE = ('BELGRADE (Tanjug) - Yugoslavia on Tuesday recalled its ambassador from Tirana and suspended '
             'air links with Albania, accusing Albanian authorities of stirring unrest in Kosovo, Tanjug '
             'said.')
_CAMBODIA = ('WASHINGTON (Reuters) - The United States on Friday condemned the Vietnamese invasion of '
             'Cambodia and called on Hanoi to withdraw its forces at once, State Department spokesman '
             'Hodding Carter said.')
_MANILA = ('MANILA, Aug 4 (Reuters) - The Philippines and Indonesia agreed on Thursday to conduct joint '
           'naval patrols in the Celebes Sea to combat piracy and smuggling, the Philippine defence '
           'department said.')
_KUWAIT = ('KUWAIT (Reuters) - Iranian speedboats attacked a Kuwaiti-flagged tanker in the northern Gulf on '
           'Saturday. Kuwait called the attack an act of piracy and demanded that Tehran pay compensation, '
           'the state news agency KUNA said.')
_KARABAKH = ('MOSCOW (Reuters) - Armenia and Azerbaijan traded accusations on Sunday over a new outbreak of '
             'fighting in Nagorno-Karabakh, each blaming the other for shelling civilian areas.')
_LIPENG = ('BEIJING (Xinhua) - Chinese Premier Li Peng and visiting Thai Prime Minister Chatichai Choonhavan '
           'held talks in Beijing on Monday on a political settlement of the Cambodian conflict, Xinhua '
           'said.')
_VILNIUS = ('VILNIUS (Reuters) - Soviet troops fired on Lithuanian demonstrators outside the television '
            'tower in Vilnius on Sunday, and the Lithuanian parliament condemned the shooting as an act of '
            'terror.')

LEADS40B: list[Row] = [
    # batch 2: written after the first fixes, committed before the coder ran on it
    # -- a message carried by an envoy
    (('IRN', 'IRNGOV'), ('SYR', 'SYRGOV'), _MESSAGE,
     'DAMASCUS (Reuters) - Iranian Foreign Minister Ali Akbar Velayati arrived in Damascus on Saturday '
     'bearing a message from President Rafsanjani to Syrian President Hafez al-Assad on the Lebanese hostage '
     'crisis, the official Syrian news agency SANA said.'),
    (('AFG', 'AFGGOV'), ('PAK', 'PAKGOV'), _MESSAGE,
     'ISLAMABAD (AP) - A special envoy of Afghan President Najibullah on Wednesday delivered a personal '
     'letter from him to Pakistani Prime Minister Benazir Bhutto proposing direct talks on ending the war, '
     'officials said.'),
    (('SAU', 'SAUGOV'), ('TUN', 'TUNGOV'), _MESSAGE,
     'TUNIS (AFP) - Arab League Secretary-General Chedli Klibi on Monday conveyed a message from King Fahd '
     'of Saudi Arabia to Tunisian President Habib Bourguiba, the Tunisian news agency TAP reported.'),
    (('PRK', 'PRKGOV', 'PRKNGO', 'NGO'), ('KOR', 'KORGOV', 'KORNGO', 'NGO'), _MESSAGE,
     'SEOUL (Yonhap) - A North Korean Red Cross official on Friday handed a letter from the North\'s Red '
     'Cross president to a South Korean Red Cross official at the truce village of Panmunjom, officials '
     'said.'),
    # -- joint acts that are plans, not threats
    (('PHL', 'PHLGOV', 'PHLMIL'), ('IDN', 'IDNGOV', 'IDNMIL'), _JOINT, _MANILA),
    (('IDN', 'IDNGOV', 'IDNMIL'), ('PHL', 'PHLGOV', 'PHLMIL'), _JOINT, _MANILA),
    (('IND', 'INDGOV', 'INDMIL'), ('BGD', 'BGDGOV', 'BGDMIL'), _JOINT,
     'NEW DELHI (PTI) - India and Bangladesh will jointly patrol their river border to curb smuggling, Home '
     'Ministry officials said on Tuesday after talks in Dhaka.'),
    (('IGO',), ('IRN', 'IRQ', 'IRNGOV', 'IRQGOV'), _JOINT,
     'NEW YORK (Reuters) - The United Nations will send 350 unarmed military observers to monitor the '
     'ceasefire between Iran and Iraq, Secretary-General Javier Perez de Cuellar told the Security Council '
     'on Monday.'),
    (('USR', 'USRGOV'), ('CHN', 'CHNGOV'), _JOINT + _YIELD + _MEET,
     'MOSCOW (TASS) - The Soviet Union and China agreed on Friday to cut troops along their 7,000-km border '
     'and to set up a joint working group on confidence-building measures, TASS said.'),
    # -- the second verb of a coordinated lead, and a participle that carries an act
    (('GIN', 'GINGOV'), ('SLE', 'SLEGOV'), _SANCTION + ('191', '19'), _CONAKRY),
    (('GIN', 'GINGOV'), ('SLE', 'SLECVL', 'SLEBUS', 'SLEGOV'), _EXPEL, _CONAKRY),
    (('GIN', 'GINGOV'), ('SLE', 'SLEGOV'), _ACCUSE, _CONAKRY),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _CRIT,
     'NEW DELHI (Reuters) - India on Thursday summoned the Pakistani high commissioner and handed him a '
     'protest note over the shooting down of an Indian helicopter, the foreign ministry said.'),
    (('YUG', 'YUGGOV'), ('ALB', 'ALBGOV'), _RECALL, _BELGRADE),
    (('YUG', 'YUGGOV'), ('ALB', 'ALBGOV'), _SANCTION, _BELGRADE),
    (('YUG', 'YUGGOV'), ('ALB', 'ALBGOV'), _ACCUSE, _BELGRADE),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV', 'VNMMIL'), _CRIT, _CAMBODIA),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), _APPEAL + _DEMAND, _CAMBODIA),
    (('IRN', 'IRNGOV'), ('IGO',), _REJECT,
     'TEHRAN (IRNA) - Iran on Wednesday rejected a U.N. Security Council resolution on the Gulf war, calling '
     'it biased in favour of Iraq, Foreign Ministry spokesman said.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _SANCTION,
     'LONDON (Reuters) - Britain on Monday froze Argentine assets in British banks, saying the move was a '
     'response to the invasion of the Falkland Islands, Treasury officials said.'),
    # -- the target in an of-phrase, a possessor, a by-phrase or a preposition's object
    (('FRA', 'FRAGOV'), ('LBY', 'LBYGOV'), _SUPPORT,
     'PARIS (AFP) - France on Thursday welcomed Libya\'s decision to pull its troops out of northern Chad, '
     'calling it a step towards peace, a foreign ministry spokesman said.'),
    (('ITA', 'ITAGOV'), ('ETH', 'ETHCOP', 'ETHGOV', 'ETHMIL', 'ETHSPY'), _CRIT,
     'ROME (ANSA) - Italy on Saturday expressed concern over the arrest of an Italian journalist by '
     'Ethiopian security forces in Addis Ababa, the foreign ministry said.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV', 'SDNCVL'), _AID,
     'CAIRO (MENA) - Egypt on Monday sent 5,000 tonnes of wheat to Sudan to help victims of drought in the '
     'western region of Darfur, the Middle East News Agency reported.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), _REJECT + _RECALL + _SANCTION,
     'ANKARA (Reuters) - Turkey on Wednesday broke off talks with Greece on the Aegean continental shelf, '
     'saying Athens had refused to discuss the issue in good faith, officials said.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV', 'USAMIL'), _CRIT,
     'HAVANA (Reuters) - Cuba on Tuesday lodged a formal protest with Washington against the violation of '
     'its airspace by a U.S. spy plane, the foreign ministry said.'),
    (('IGO',), ('YUG', 'YUGGOV'), _SANCTION,
     'BRUSSELS (Reuters) - The European Community on Monday imposed an arms embargo on Yugoslavia and '
     'suspended trade concessions to Belgrade, diplomats said.'),
    (('JOR', 'JORGOV'), ('SYR', 'SYRGOV'), _RECALL,
     'AMMAN (Petra) - Jordan on Sunday recalled its ambassador from Damascus in protest at Syrian troop '
     'movements near the border, the Jordanian news agency Petra said.'),
    # -- the target in a relative or an apposition
    (('COL', 'COLMIL'), ('COL', 'COLREB'), _FORCE,
     'BOGOTA (AP) - Colombian troops killed 11 guerrillas of the Revolutionary Armed Forces of Colombia who '
     'had ambushed an army patrol in the southern province of Caqueta, the army said on Sunday.'),
    (('MAR', 'MARGOV'), ('DZA', 'DZAGOV'), _RECALL,
     'RABAT (Reuters) - Morocco on Friday broke off diplomatic relations with its eastern neighbour, '
     'Algeria, after Algiers recognised the Polisario Front\'s government-in-exile, the official MAP agency '
     'said.'),
    # -- a target in the previous sentence or clause
    (('IRN', 'IRNMIL'), ('KWT', 'KWTBUS', 'KWTCVL'), _FORCE, _KUWAIT),
    (('KWT', 'KWTGOV'), ('IRN', 'IRNMIL', 'IRNGOV'), _CRIT, _KUWAIT),
    (('KWT', 'KWTGOV'), ('IRN', 'IRNMIL', 'IRNGOV'), _DEMAND, _KUWAIT),
    (('USR', 'USRMIL'), ('LTU', 'LTUCVL', 'LTUOPP'), _FORCE + _REPRESS, _VILNIUS),
    (('LTU', 'LTULEG', 'LTUGOV'), ('USR', 'USRMIL', 'USRGOV'), _CRIT, _VILNIUS),
    # -- reciprocal acts between two named parties
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), _ACCUSE, _KARABAKH),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), _ACCUSE, _KARABAKH),
    (('CHN', 'CHNGOV'), ('THA', 'THAGOV'), _MEET, _LIPENG),
    (('THA', 'THAGOV'), ('CHN', 'CHNGOV'), _MEET, _LIPENG),
    # -- common acts of the GSR
    (('KOR', 'KORCOP'), ('KOR', 'KOREDU', 'KORCVL', 'KOROPP'), _ARREST,
     'SEOUL (Yonhap) - Riot police stormed Myongdong cathedral in central Seoul on Wednesday and arrested '
     '200 students who had taken refuge there after a week of anti-government protests, police said.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), _THREAT,
     'BAGHDAD (INA) - Iraq warned Kuwait on Tuesday that it would take effective action unless the emirate '
     'stopped pumping oil from the Rumaila field, the Iraqi News Agency said.'),
    (('JPN', 'JPNGOV'), ('USR', 'USRGOV'), _DEMAND,
     'TOKYO (Kyodo) - Japan on Monday demanded that the Soviet Union return four islands off Hokkaido seized '
     'at the end of World War Two, Foreign Minister Shintaro Abe told parliament.'),
    (('USA', 'USAGOV'), ('SLV', 'SLVGOV'), _AID,
     'WASHINGTON (UPI) - The United States will give El Salvador $50 million in emergency economic aid, the '
     'State Department said on Friday.'),
    # -- no target: no CAMEO triple of these roots
    ((), (), _FORCE,
     'MEXICO CITY (Reuters) - A powerful earthquake struck southern Mexico on Tuesday, killing at least 20 '
     'people and leaving thousands homeless, officials said.'),
    ((), (), _JOINT,
     'BAGHDAD (Reuters) - Iraq will station more troops along its southern border, the defence minister '
     'said on Monday.'),
]

_HANOI = ('HANOI (AFP) - Vietnamese gunboats fired on a Chinese fishing trawler in the Gulf of Tonkin on '
          'Tuesday and towed the boat to the port of Haiphong, Chinese diplomats in Hanoi said.')

LEADS40C: list[Row] = [
    # batch 3: written after the second fixes, committed before the coder ran on it
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _MESSAGE,
     'JERUSALEM (Reuters) - Egyptian presidential envoy Osama el-Baz on Sunday delivered a message from '
     'President Hosni Mubarak to Israeli Prime Minister Yitzhak Shamir on reviving the stalled autonomy '
     'talks, Israel radio said.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('EGY', 'EGYGOV'), _MESSAGE,
     'CAIRO (MENA) - A senior aide to PLO chairman Yasser Arafat on Tuesday handed a letter from Arafat to '
     'Egyptian Foreign Minister Amr Moussa on the deadlock in talks with Israel, the Middle East News Agency '
     'said.'),
    (('BRA', 'BRAGOV', 'BRAMIL'), ('ARG', 'ARGGOV', 'ARGMIL'), _JOINT,
     'BRASILIA (Reuters) - Brazil and Argentina agreed on Wednesday to hold joint naval exercises in the '
     'South Atlantic next year, the Brazilian foreign ministry said.'),
    (('IGO',), ('LBR', 'LBRGOV', 'LBRREB'), _JOINT,
     'ABUJA (AFP) - The Economic Community of West African States will deploy 1,000 more peacekeepers in '
     'Liberia to disarm the warring factions, Nigerian officials said on Thursday.'),
    (('VNM', 'VNMMIL', 'VNMGOV'), ('CHN', 'CHNCVL', 'CHNAGR', 'CHNBUS'), _FORCE, _HANOI),
    (('VNMMIL', 'VNM', 'VNMGOV'), ('CHN', 'CHNCVL', 'CHNAGR', 'CHNBUS'), _ARREST + ('171', '181', '18'),
     _HANOI),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), _CRIT + _PROTEST,
     'NAIROBI (Reuters) - Kenya on Monday voiced concern over the shelling of the border town of Busia by '
     'Ugandan troops, the foreign ministry said in a statement.'),
    (('KHM', 'KHMGOV'), ('VNM', 'VNMGOV'), _MEET,
     'PHNOM PENH (Reuters) - Cambodian Prime Minister Hun Sen and Vietnamese Foreign Minister Nguyen Co '
     'Thach held talks in Phnom Penh on Monday on the withdrawal of Vietnamese troops, the official SPK '
     'agency said.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), _JOINT + _MEET,
     'AMMAN (Reuters) - Israel and Jordan agreed on Sunday to open talks between their water experts on '
     'sharing the Jordan and Yarmouk rivers, Jordanian officials said.'),
    (('SYR', 'SYRGOV'), ('IRQ', 'IRQGOV'), _RECALL + _SANCTION,
     'DAMASCUS (Reuters) - Syria closed its border with Iraq on Thursday and ordered the Iraqi diplomats in '
     'Damascus to leave within 48 hours, accusing Baghdad of arming Lebanese Christian militias, diplomats '
     'said.'),
    (('SYR', 'SYRGOV'), ('IRQ', 'IRQGOV'), _ACCUSE,
     'DAMASCUS (Reuters) - Syria closed its border with Iraq on Thursday and ordered the Iraqi diplomats in '
     'Damascus to leave within 48 hours, accusing Baghdad of arming Lebanese Christian militias, diplomats '
     'said.'),
    (('ZAF', 'ZAFGOV'), ('MOZ', 'MOZGOV'), _EXPEL + _SANCTION + _RECALL,
     'JOHANNESBURG (Reuters) - South Africa on Friday expelled Mozambique\'s trade representative in '
     'Pretoria, accusing him of helping ANC guerrillas, the foreign ministry said.'),
    (('PAK', 'PAKGOV', 'PAKMIL'), ('AFG', 'AFGGOV', 'AFGREB'), _YIELD,
     'PESHAWAR, Pakistan (AP) - Pakistan on Saturday handed over 18 sick and wounded Afghan soldiers '
     'captured by the guerrillas to the International Committee of the Red Cross, officials said.'),
    ((), (), _FORCE + _THREAT,
     'NEW DELHI (PTI) - Indian and Sri Lankan navy ships will hold joint patrols in the Palk Strait from '
     'next month, a defence ministry spokesman said on Friday.'),
    ((), (), _CRIT + _SUPPORT,
     'LONDON (Reuters) - The Bank of England on Thursday raised its base lending rate by one percentage '
     'point to 15 percent to defend sterling, dealers said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEADS40, "batch2": LEADS40B, "batch3": LEADS40C}
ALL40: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
