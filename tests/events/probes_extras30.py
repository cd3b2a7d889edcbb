"""Precision probes of the twenty-eighth session (wip/extras30): GSR-style leads of 1985-2005 agency copy
(dated 2000-01-01 as the GSR records are), written blind, each with its one main event and distractor
clauses that a coder of the lead's one gold record must NOT code: background and history (relative
clauses, since / after / following clauses and nouns, reason clauses, "the first since"), acts only named
(nouns as subjects or objects of another verb, purposes and plans, conditions, denials, calls on others
to act), the same act told twice, a reporter's attribution taken as an act, and a wrong code of a right
pair. Controls: leads whose second act IS a separate event, probed as a second row.

Rows are (accepted sources, accepted targets, accepted full codes, sentence, forbidden), the first four
matched as probe_match.py does; `forbidden` lists triples the lead must not give, as (source country,
target country, code) where the code is '*' (any), a root of two digits or a full code of three, and a
country is '*' for any. `probe_match.extras_report` prints, per batch, the rows right (country + root,
actor + root), the forbidden triples emitted, and the unlisted extras (country + root triples of a
sentence that match none of its rows).

Written and committed (5de7ae1) before the coder was run on it. First run (main f8efc43 + this file),
rows right country + root / actor + root, forbidden triples emitted, unlisted country + root extras:
history (18 rows, 17 leads) 17 / 13, 0, 2; since and reason (26, 26) 24 / 23, 1, 9; named acts and
purposes (23, 23) 17 / 17, 3, 17; conditions and calls (14, 14) 12 / 11, 0, 4; twice, reports and codes
(17, 17) 16 / 14, 1, 5; controls (24, 12) 17 / 13, 0, 4; all 122 rows, 109 leads: 103 / 91, forbidden 5,
unlisted 41. Most unlisted extras are the mirror of a meeting, call or signing (coded both ways by the
guide) or the second addressee of one appeal; the forbidden five are a perfect tense under a
since-phrase, two event nouns subject of a verb of consequence ("threats ... dominated talks", "a threat
... drew a warning") and a radio's report of an attack coded as the radio's accusation.
At the branch's end (wip/extras30): 105 / 93, forbidden 1, unlisted 37; no row lost.
After the first run only the order of the accepted sources of four control rows was changed (the
government first), so that the strict gaps can name the one row of a sentence that fails.
"""

from __future__ import annotations

from probe_match import extras_report

Forbid = tuple[tuple[str, str, str], ...]
Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str, Forbid]


def c(country: str) -> tuple[str, ...]:
    """A country alone or as its government."""
    return (country, country + 'GOV')


MEET = ('040', '046', '042', '043', '041')
VISIT = ('042', '040', '046')
SIGN = ('057', '050', '051', '030', '031')
REJECT = ('120', '125', '128', '129', '124', '121', '122', '123', '127', '1212')
CRIT = ('111', '110', '112', '114')
APPEAL = ('020', '021', '022', '023', '024', '025', '026', '027', '028', '0256', '0253', '0243', '0241')
DEMAND = ('100', '101', '102', '103', '104', '105', '106', '107', '108', '1053', '1056')
FIGHT = ('190', '193', '194', '195', '180', '182', '183', '186', '192', '200')
KILL = ('180', '181', '182', '183', '186', '190', '193', '195', '200', '202', '175')
REDUCE = ('160', '161', '162', '163', '164', '166', '1663', '1621', '1623', '1661')
COERCE = ('170', '171', '172', '173', '174', '175', '1721', '1724')

EXTRAS30: list[Row] = [
    # batch 1: history in relative clauses
    (c('IRQ'), ('IGO',), REJECT,
     'Iraq, which invaded Kuwait in August, on Tuesday rejected a U.N. Security Council demand to withdraw '
     'its troops, Baghdad radio said.',
     (('IRQ', 'KWT', '19'), ('IRQ', 'KWT', '18'), ('IGO', 'IRQ', '10'))),
    (c('SYR'), c('USA'), REJECT,
     'Syria, which has kept troops in Lebanon since 1976, on Wednesday rejected a U.S. call to pull them '
     'out.',
     (('SYR', 'LBN', '*'), ('USA', 'SYR', '02'), ('USA', 'SYR', '10'))),
    (c('PAK'), c('IND'), REJECT,
     'Pakistan, which tested six nuclear devices in May, on Friday rejected Indian calls to sign the '
     'Comprehensive Test Ban Treaty.',
     (('IND', 'PAK', '02'), ('IND', 'PAK', '10'), ('PAK', 'PAK', '*'))),
    (c('CHN'), c('JPN'), VISIT,
     'Chinese Premier Li Peng, whose government sent troops against student protesters in Tiananmen Square '
     'in June, arrived in Tokyo on Monday for a four-day official visit.',
     (('CHN', 'CHN', '*'),)),
    (c('ISR') + ('ISRMIL',), ('LBN', 'LBNCVL', 'LBNREB', 'LBNGOV'), ('084', '0841', '080', '081'),
     'Israel on Sunday freed 30 Lebanese prisoners, some of whom had been held without trial for ten years, '
     'in a deal brokered by Germany.',
     (('DEU', 'ISR', '*'), ('DEU', 'LBN', '*'), ('ISR', 'LBN', '17'))),
    (c('PRK'), c('USA'), ('030', '031', '032', '033', '080', '081', '086', '0861', '087'),
     'North Korea, which fired a ballistic missile over Japan in August, agreed on Monday to allow U.S. '
     'inspectors to visit a suspected underground nuclear site.',
     (('PRK', 'JPN', '*'),)),
    (c('RUS'), c('DEU'), MEET,
     'Russian President Boris Yeltsin, who sacked his entire cabinet last month, on Friday met visiting '
     'German Chancellor Helmut Kohl in Moscow for talks on economic aid.',
     (('RUS', 'RUS', '*'), ('DEU', 'RUS', '07'))),
    (c('DEU'), c('RUS'), MEET,
     'Russian President Boris Yeltsin, who sacked his entire cabinet last month, on Friday met visiting '
     'German Chancellor Helmut Kohl in Moscow for talks on economic aid.',
     (('RUS', 'RUS', '*'), ('DEU', 'RUS', '07'))),
    (c('LBY'), c('EGY'), MEET,
     'Libyan leader Moammar Gadhafi, whose country has been under U.N. sanctions since 1992, received '
     'Egyptian President Hosni Mubarak in Tripoli on Sunday.',
     (('IGO', 'LBY', '*'),)),
    (c('USA'), c('SDN'), REDUCE,
     'The United States, which accuses Sudan of sponsoring terrorism, on Thursday closed its embassy in '
     'Khartoum and withdrew its diplomats.',
     (('USA', 'SDN', '11'), ('SDN', '*', '18'))),
    (c('ETH'), c('ERI'), CRIT,
     'Ethiopia, which fought a border war with Eritrea this year, on Wednesday accused its neighbour of '
     'massing troops along their common frontier.',
     (('ETH', 'ERI', '19'), ('ERI', 'ETH', '15'), ('ERI', 'ETH', '19'))),
    (('COLCOP', 'COL', 'COLGOV'), ('COLCRM', 'COL'), COERCE,
     'Colombian police, who seized a record 20 tonnes of cocaine last month, on Tuesday arrested a senior '
     'leader of the Cali cartel in a raid on his hideout in Bogota.',
     (('COL', 'COL', '19'), ('COL', 'COL', '18'))),
    (c('VNM'), c('CHN'), SIGN,
     'Vietnam, whose troops withdrew from Cambodia in 1989, on Monday signed a border treaty with China '
     'ending decades of territorial disputes.',
     (('VNM', 'KHM', '*'),)),
    (c('IRN'), c('GBR'), ('030', '031', '032', '035', '050', '054', '057'),
     'Iran, which broke off relations with Britain over the Salman Rushdie affair, agreed on Thursday to '
     'restore full diplomatic ties with London.',
     (('IRN', 'GBR', '16'),)),
    (c('JPN'), c('KOR'), ('055', '050', '018'),
     'Japanese Prime Minister Keizo Obuchi, whose predecessor Tomiichi Murayama apologised in 1995 for '
     "Japan's wartime aggression, on Thursday expressed deep remorse to visiting South Korean President "
     'Kim Dae-jung.',
     (('JPN', '*', '19'), ('JPN', '*', '18'))),
    (('PERREB', 'PER'), ('PERCVL', 'PER'), KILL,
     'The Shining Path guerrillas, whose leader Abimael Guzman was captured in September, killed 12 '
     'peasants in a raid on a village in the Ayacucho region, police said on Sunday.',
     (('PER', 'PER', '17'),)),
    (c('UKR'), c('USA'), APPEAL,
     'Ukraine, which gave up its nuclear arsenal under a 1994 accord with Russia and the United States, on '
     'Monday asked Washington for more economic aid.',
     (('UKR', 'RUS', '*'), ('RUS', 'UKR', '*'), ('UKR', 'USA', '05'), ('UKR', 'USA', '08'))),
    (c('CUB'), ('CUB', 'CUBOPP', 'CUBCVL'), ('084', '0841', '080', '081'),
     'Cuba, which shot down two planes of an exile group in February, on Thursday freed three jailed '
     'dissidents.',
     (('CUB', 'USA', '19'), ('CUB', 'CUB', '19'), ('CUB', 'USA', '18'))),

    # batch 2: since / after / following; reason clauses; the first since
    (('ISRMIL', 'ISR'), ('PSE', 'PSECVL'), KILL,
     'Israeli troops shot dead two Palestinians in Gaza on Friday, a week after Hamas gunmen killed three '
     'Israeli settlers near Hebron, Palestinian hospital officials said.',
     (('PSE', 'ISR', '18'), ('PSE', 'ISR', '19'), ('PSE', 'ISR', '20'))),
    (c('PAK'), c('AFG'), REDUCE,
     'Pakistan on Wednesday recalled its ambassador from Kabul following last week\'s attack by a mob on '
     'its embassy there.',
     (('AFG', 'PAK', '14'), ('AFG', 'PAK', '17'), ('AFG', 'PAK', '18'))),
    (c('RWA'), c('FRA'), MEET,
     'Rwandan President Pasteur Bizimungu, on his first visit to France since the 1994 genocide, met French '
     'President Jacques Chirac in Paris on Monday.',
     (('RWA', 'RWA', '20'), ('RWA', 'RWA', '18'))),
    (c('GRC'), c('TUR'), ('030', '031', '032', '036', '050', '057', '040', '046'),
     'Greece and Turkey agreed on Tuesday to set up joint committees to improve ties, the first such step '
     'since their warships nearly clashed over an Aegean islet in 1996.',
     (('GRC', 'TUR', '19'), ('TUR', 'GRC', '19'), ('GRC', 'TUR', '15'), ('TUR', 'GRC', '15'))),
    (c('CHN'), c('USA'), ('050', '054', '060', '061', '040', '030', '080'),
     'China resumed military contacts with the United States on Thursday, more than a year after suspending '
     'them in protest at the NATO bombing of its embassy in Belgrade.',
     (('CHN', 'USA', '16'), ('CHN', 'USA', '14'), ('IGO', 'CHN', '19'), ('IGO', 'SRB', '19'),
      ('IGO', 'YUG', '19'), ('IGO', 'CHN', '18'))),
    (('IGO',), c('LBN'), ('070', '071'),
     'Since the end of the civil war in 1990, Lebanon has rebuilt much of Beirut, and on Monday it received '
     'a 500 million dollar loan from the World Bank.',
     (('LBN', 'LBN', '19'),)),
    (('IRQMIL', 'IRQ'), ('USAMIL', 'USA', 'GBRMIL', 'GBR'), FIGHT,
     'Iraqi anti-aircraft batteries fired on U.S. and British warplanes patrolling the southern no-fly '
     'zone on Tuesday, after allied jets bombed radar sites near Basra on Monday.',
     (('USA', 'IRQ', '19'), ('GBR', 'IRQ', '19'))),
    (('PHLMIL', 'PHL'), ('PHLREB', 'PHL'), FIGHT,
     'Following a wave of bomb attacks blamed on Muslim separatists, the Philippine army on Friday launched '
     'an offensive against Moro rebels on the southern island of Mindanao.',
     (('PHL', 'PHL', '18'), ('PHL', 'PHL', '11'))),
    (c('NZL'), c('FRA'), ('050', '054', '040', '030'),
     'After a three-year freeze in relations over nuclear tests, New Zealand on Wednesday restored full '
     'ministerial contacts with France.',
     (('NZL', 'FRA', '16'), ('FRA', 'NZL', '*'))),
    (c('EGY'), c('ISR'), ('050', '054', '040', '030', '080'),
     'Egypt on Sunday sent its ambassador back to Tel Aviv, nearly two years after recalling him in protest '
     "against Israel's policies in the occupied territories.",
     (('EGY', 'ISR', '16'), ('EGY', 'ISR', '14'), ('EGY', 'ISR', '11'))),
    (c('ARG'), c('GBR'), ('030', '031', '032', '035', '039', '050', '054'),
     'Since taking office in July, Argentine President Carlos Menem has twice criticised Britain over the '
     'Falklands, but on Thursday he offered to restore diplomatic relations with London.',
     (('ARG', 'GBR', '11'),)),
    (c('PRK'), c('USA'), ('080', '084', '0841', '050', '060', '061', '070'),
     'North Korea on Friday returned the bodies of five U.S. servicemen killed in the 1950-53 Korean War, '
     'the first such handover since talks on the remains broke down in 1996.',
     (('PRK', 'USA', '19'), ('USA', 'PRK', '19'), ('PRK', 'USA', '04'), ('USA', 'PRK', '04'))),
    (('PSECOP', 'PSE', 'PSEGOV'), ('PSEREB', 'PSE', 'PSEOPP'), COERCE,
     'Palestinian police arrested 15 Hamas activists in the West Bank on Tuesday, after a suicide bombing '
     'in Jerusalem that killed four Israelis.',
     (('PSE', 'ISR', '18'), ('*', 'ISR', '18'))),
    (('IGO',), c('PAK'), REDUCE,
     "Following last month's coup in Pakistan, the Commonwealth on Monday suspended Pakistan from its "
     'councils.',
     (('PAK', 'PAK', '*'),)),
    (c('USA'), ('CHN', 'CHNBUS'), REDUCE,
     'Washington on Tuesday imposed sanctions on two Chinese companies because they had sold missile '
     'technology to Iran, the State Department said.',
     (('CHN', 'IRN', '*'),)),
    (c('ZMB'), c('AGO'), REDUCE,
     'Zambia expelled three Angolan diplomats on Thursday because Luanda had accused it of arming UNITA '
     'rebels.',
     (('AGO', 'ZMB', '11'), ('ZMB', 'AGO', '07'), ('ZMB', 'AGO', '06'))),
    (c('KEN'), c('SOM'), ('160', '166', '1721', '172', '170', '150', '152'),
     'Kenya closed its border with Somalia on Friday because armed bandits had raided several villages in '
     'the northeast, officials said.',
     (('SOM', 'KEN', '18'), ('SOM', 'KEN', '19'), ('*', 'KEN', '18'))),
    (('IGO',), c('KEN'), REDUCE,
     'The World Bank suspended lending to Kenya on Wednesday because the government had failed to curb '
     'corruption.',
     (('KEN', 'KEN', '*'),)),
    (c('THA'), c('MMR'), CRIT + ('140', '141'),
     'Thailand protested to Burma on Monday because Burmese troops had shelled a Thai border village while '
     'chasing Karen rebels.',
     (('MMR', 'THA', '19'), ('MMR', 'MMR', '19'), ('MMR', 'THA', '18'))),
    (('INDMIL', 'IND'), ('PAKMIL', 'PAK'), FIGHT,
     'Indian and Pakistani troops exchanged fire across the line of control in Kashmir on Saturday, the '
     'first such clash since the two sides agreed a ceasefire in November.',
     (('IND', 'PAK', '05'), ('PAK', 'IND', '05'), ('IND', 'PAK', '08'), ('PAK', 'IND', '08'),
      ('IND', 'PAK', '03'), ('PAK', 'IND', '03'))),
    (c('SYR'), c('ISR'), MEET,
     "Syrian and Israeli negotiators met in Washington on Monday for their first talks since Israel's 1996 "
     'election, a U.S. official said.',
     (('USA', 'SYR', '*'), ('USA', 'ISR', '*'))),
    (('CHN', 'CHNMIL'), ('USA',), VISIT,
     'A Chinese warship docked in San Diego on Wednesday, the first visit by a Chinese naval vessel to the '
     'United States since the Communists took power in 1949.',
     (('CHN', 'CHN', '*'),)),
    (c('ARG'), c('GBR'), MEET,
     'Argentina and Britain held talks in Madrid on Thursday, their first since the 1982 war over the '
     'Falkland Islands.',
     (('ARG', 'GBR', '19'), ('GBR', 'ARG', '19'), ('ESP', '*', '*'))),
    (c('CUB'), c('MEX'), VISIT,
     'Cuban President Fidel Castro arrived in Mexico on Monday on his first visit since Mexico voted against '
     'Cuba at the U.N. Human Rights Commission.',
     (('MEX', 'CUB', '11'), ('MEX', 'CUB', '12'))),
    (c('IDN') + ('IDNCVL',), c('AUS'), ('140', '141', '111', '110'),
     'Thousands of Indonesians burned Australian flags outside the Australian embassy in Jakarta on Monday '
     "to protest against Canberra's decision to lead a peacekeeping force in East Timor.",
     (('AUS', 'IDN', '07'), ('AUS', 'IDN', '08'), ('AUS', '*', '15'), ('AUS', 'IDN', '15'))),
    (('USAMIL', 'USA'), ('IRQ', 'IRQMIL', 'IRQCVL'), FIGHT,
     'U.S. and British warplanes bombed air defence sites in southern Iraq on Sunday after Iraqi gunners '
     'fired on allied jets patrolling the no-fly zone, the Pentagon said.',
     (('IRQ', 'USA', '19'), ('IRQ', 'GBR', '19'))),

    # batch 3: acts only named; purposes and plans
    (('IGO',), c('ISR'), CRIT,
     'The Arab League on Sunday condemned the Israeli bombardment of southern Lebanon, which killed 12 '
     'civilians.',
     (('ISR', 'LBN', '19'), ('ISR', 'LBN', '18'), ('ISR', 'LBN', '20'))),
    (c('FRA'), c('ISR') + c('PSE'), ('051', '050', '010', '018'),
     'France on Tuesday welcomed the accord signed by Israel and the PLO in Washington.',
     (('ISR', 'PSE', '05'), ('PSE', 'ISR', '05'))),
    (c('IRN'), c('IRQ'), ('030', '036', '031', '040', '046'),
     'Iran and Iraq agreed on Monday to discuss a prisoner exchange at talks in Baghdad next month.',
     (('IRN', 'IRQ', '08'), ('IRQ', 'IRN', '08'))),
    (('IGO',), c('IND'), APPEAL,
     'U.N. Secretary-General Kofi Annan on Friday urged India and Pakistan to resume their dialogue on '
     'Kashmir.',
     (('IND', 'PAK', '04'), ('PAK', 'IND', '04'))),
    (c('RUS'), ('IGO',), CRIT,
     "Russia on Thursday criticised NATO's air strikes against Yugoslavia as a violation of international "
     'law.',
     (('IGO', 'YUG', '19'), ('IGO', 'SRB', '19'))),
    (c('EGY'), c('SYR'), MEET,
     "Turkey's threats against Syria over its support for Kurdish rebels dominated talks between Egyptian "
     'President Hosni Mubarak and Syrian President Hafez al-Assad in Damascus on Sunday.',
     (('TUR', 'SYR', '13'), ('SYR', 'TUR', '*'))),
    (c('JOR'), c('USA'), MEET,
     "Jordan's King Abdullah flew to Washington on Monday to discuss with President Bill Clinton the "
     'stalled peace talks between Israel and the Palestinians.',
     (('ISR', 'PSE', '04'), ('PSE', 'ISR', '04'))),
    (('IGO',), c('ETH') + c('ERI'), APPEAL + DEMAND,
     'The Organisation of African Unity on Tuesday called for an immediate ceasefire in the war between '
     'Ethiopia and Eritrea.',
     (('ETH', 'ERI', '19'), ('ERI', 'ETH', '19'))),
    (c('AUS'), c('IDN'), CRIT,
     "Indonesia's rejection of a U.N. peacekeeping force for East Timor was criticised on Friday by "
     'Australian Foreign Minister Alexander Downer.',
     (('IDN', 'IGO', '12'),)),
    (c('CHN'), c('RUS'), SIGN,
     'Chinese President Jiang Zemin and Russian President Boris Yeltsin signed a joint statement in Beijing '
     'on Thursday opposing U.S. plans for a national missile defence.',
     (('USA', 'CHN', '*'), ('USA', 'RUS', '*'))),
    (c('USA'), c('SRB') + c('YUG'), ('051', '050', '010', '018'),
     'Washington on Tuesday welcomed the release of three American aid workers held by Serb forces for a '
     'month.',
     (('SRB', 'USA', '08'), ('YUG', 'USA', '08'), ('SRB', 'USA', '17'), ('YUG', 'USA', '17'))),
    (c('USA'), c('IRQ'), ('130', '131', '138', '139', '1312', '1313'),
     'A threat by Iraq to shoot down U-2 spy planes flown for U.N. arms inspectors drew a sharp warning from '
     'Washington on Monday.',
     (('IRQ', 'USA', '13'), ('IRQ', 'IGO', '13'))),
    (c('EGY'), c('LBY'), MEET,
     "Egypt's foreign minister on Tuesday discussed the Lockerbie dispute with Libyan leader Moammar "
     'Gadhafi in Tripoli.',
     (('LBY', 'GBR', '*'), ('LBY', 'USA', '*'), ('USA', 'LBY', '*'), ('GBR', 'LBY', '*'))),
    (c('SDN') + ('SDNMIL',), ('SDNREB', 'SDN'), FIGHT,
     "The collapse of talks between the government and the rebels prompted Sudan's army on Wednesday to "
     'launch a new offensive in the south.',
     (('SDN', 'SDN', '04'),)),
    (c('JPN'), c('RUS'), CRIT + ('140', '141'),
     'Tokyo on Tuesday protested against a Russian plan to hold military exercises on the disputed Kuril '
     'islands.',
     (('RUS', 'JPN', '15'), ('RUS', 'JPN', '13'))),
    (c('USA'), c('YUG') + c('SRB'), VISIT,
     'U.S. envoy Richard Holbrooke arrived in Belgrade on Monday in a bid to persuade Yugoslav President '
     'Slobodan Milosevic to accept a peace plan for Kosovo.',
     (('USA', 'SRB', '02'), ('USA', 'YUG', '02'), ('YUG', 'USA', '08'), ('SRB', 'USA', '08'))),
    (c('ZAF') + ('ZAFELI',), c('LBY'), VISIT,
     'South African President Nelson Mandela flew to Libya on Sunday to try to persuade Moammar Gadhafi to '
     'hand over the two Lockerbie bombing suspects.',
     (('ZAF', 'LBY', '02'), ('LBY', '*', '08'))),
    (c('IRQ') + ('IRQMIL',), c('KWT'), ('150', '151', '152', '153', '154'),
     'Iraq moved troops towards the Kuwaiti border on Friday in what U.S. officials described as a plan to '
     'invade the emirate again.',
     (('IRQ', 'KWT', '19'), ('IRQ', 'KWT', '18'))),
    (c('SAU'), c('IRN'), SIGN,
     'Saudi Arabia and Iran signed a security agreement on Sunday aimed at ending two decades of hostility.',
     (('SAU', 'IRN', '19'), ('IRN', 'SAU', '19'), ('SAU', 'IRN', '11'), ('IRN', 'SAU', '11'))),
    (('PAKMIL', 'PAK', 'PAKGOV'), c('CHN'), VISIT,
     "Pakistan's army chief flew to Beijing on Tuesday for talks on buying Chinese fighter jets, a military "
     'spokesman said.',
     (('PAK', 'CHN', '06'), ('CHN', 'PAK', '06'), ('CHN', 'PAK', '07'))),
    (c('ECU'), c('PER'), ('030', '036', '031', '032', '040', '046'),
     'Ecuador and Peru on Monday agreed to hold talks in Brasilia next month aimed at ending their border '
     'dispute.',
     (('ECU', 'PER', '19'), ('PER', 'ECU', '19'), ('BRA', '*', '*'))),
    (('GRCMIL', 'GRC', 'GRCGOV'), ('TUR', 'TURMIL', 'TURGOV'), ('150', '151', '152', '153', '154'),
     'Greece put its armed forces on alert on Sunday to prevent Turkish warships from entering disputed '
     'Aegean waters.',
     (('TUR', 'GRC', '15'), ('TUR', 'GRC', '19'))),
    (c('ISR'), c('JOR'), VISIT,
     'Israeli Prime Minister Benjamin Netanyahu flew to Amman on Friday to try to repair relations with '
     'Jordan after a botched assassination attempt by Israeli agents on a Hamas leader in the Jordanian '
     'capital.',
     (('ISR', 'PSE', '18'), ('ISR', 'JOR', '18'), ('ISR', '*', '18'), ('ISR', '*', '17'))),

    # batch 4: conditions, denials, calls on others to act
    (c('SYR'), c('ISR'), DEMAND + REJECT + ('130', '131'),
     'Syria will not attend peace talks with Israel unless the Jewish state commits itself to a full '
     'withdrawal from the Golan Heights, Syrian Foreign Minister Farouk al-Sharaa said on Monday.',
     (('ISR', 'SYR', '08'), ('SYR', 'ISR', '04'), ('ISR', 'SYR', '04'))),
    (c('IRN'), (), ('070', '060', '062'),
     'Iran on Tuesday denied that it had supplied weapons to Shiite rebels in Iraq.',
     (('IRN', 'IRQ', '07'), ('IRN', 'IRQ', '06'))),
    (c('RUS'), (), ('190', '195'),
     'Moscow denied on Wednesday that Russian warplanes had bombed Georgian villages near the Chechen '
     'border.',
     (('RUS', 'GEO', '19'), ('RUS', 'GEO', '18'))),
    (c('USA'), c('PRK'), ('130', '131', '1312', '138'),
     'If Pyongyang refuses to freeze its nuclear programme, the United States will seek U.N. sanctions '
     'against North Korea, Defence Secretary William Perry said on Sunday.',
     (('PRK', 'USA', '12'), ('IGO', 'PRK', '16'), ('USA', 'PRK', '16'))),
    (c('GBR'), c('IRQ'), ('130', '138', '131'),
     'Britain would not rule out military action against Iraq if Baghdad continued to block weapons '
     'inspections, British Foreign Secretary Robin Cook said on Thursday.',
     (('IRQ', 'IGO', '12'), ('GBR', 'IRQ', '19'), ('IRQ', 'GBR', '12'))),
    (c('IND'), (), ('190', '192'),
     'India on Sunday denied reports that its troops had crossed the line of control into Pakistani-held '
     'Kashmir.',
     (('IND', 'PAK', '19'), ('IND', 'PAK', '15'))),
    (c('JPN'), c('PRK'), DEMAND + REJECT + ('160', '1623'),
     'Japan will not resume aid to North Korea until Pyongyang explains the fate of Japanese citizens it '
     'abducted, Chief Cabinet Secretary Hiromu Nonaka said on Tuesday.',
     (('JPN', 'PRK', '07'), ('PRK', 'JPN', '17'), ('PRK', 'JPN', '18'))),
    (('VAT', 'VATGOV'), c('ISR') + c('PSE'), APPEAL,
     'Pope John Paul II on Sunday called on Israelis and Palestinians to end the violence and return to '
     'negotiations.',
     (('ISR', 'PSE', '04'), ('PSE', 'ISR', '04'), ('ISR', 'PSE', '19'), ('PSE', 'ISR', '19'))),
    (('IGO',), c('ETH') + c('ERI'), DEMAND + APPEAL,
     'The U.N. Security Council on Friday demanded that Ethiopia and Eritrea withdraw their forces and '
     'resume talks.',
     (('ETH', 'ERI', '04'), ('ERI', 'ETH', '04'), ('ETH', 'ERI', '08'), ('ERI', 'ETH', '08'))),
    (c('CHN'), c('USA') + c('JPN'), APPEAL + DEMAND,
     'China urged the United States and Japan on Tuesday not to include Taiwan in the scope of their new '
     'defence guidelines.',
     (('USA', 'JPN', '05'), ('JPN', 'USA', '05'), ('USA', 'TWN', '*'), ('JPN', 'TWN', '*'))),
    (c('EGY'), c('SDN'), APPEAL,
     'Egypt on Monday appealed to Sudan to hand over three suspects in the assassination attempt on '
     'President Hosni Mubarak in Addis Ababa.',
     (('SDN', 'EGY', '08'), ('*', 'EGY', '18'), ('SDN', 'EGY', '18'))),
    (('IGO',), c('MMR') + ('MMRMIL',), APPEAL + DEMAND,
     'The European Union on Wednesday called on the Burmese military government to release opposition '
     'leader Aung San Suu Kyi and open a dialogue with her party.',
     (('MMR', 'MMR', '08'), ('MMR', 'MMR', '04'))),
    (c('EGY'), ('IGO',), APPEAL,
     'Egypt and Tunisia urged the United Nations on Sunday to lift its sanctions on Libya.',
     (('IGO', 'LBY', '16'), ('IGO', 'LBY', '08'))),
    (('IGO',), c('YUG') + c('SRB'), APPEAL + DEMAND,
     'NATO Secretary-General Javier Solana on Sunday urged Yugoslav President Slobodan Milosevic to halt the '
     'offensive against ethnic Albanians in Kosovo.',
     (('YUG', '*', '19'), ('SRB', '*', '19'), ('YUG', '*', '17'), ('SRB', '*', '17'))),

    # batch 5: the same act told twice; a reporter's attribution; the code of a right pair
    (('ISRMIL', 'ISR'), ('LBNREB', 'LBN'), FIGHT,
     'Israeli helicopter gunships attacked Hezbollah positions in southern Lebanon on Tuesday in an assault '
     'that witnesses said lasted more than an hour.',
     (('ISR', 'LBN', '18'), ('*', 'ISR', '11'))),
    (('UGAREB', 'UGA'), ('UGAMIL', 'UGA'), FIGHT,
     'Rebels ambushed an army convoy in northern Uganda on Sunday, killing 12 soldiers in the attack, the '
     'army said.',
     (('UGA', 'UGA', '20'), ('UGA', 'UGA', '11'))),
    (c('RUS'), c('USA'), REDUCE,
     'Russia expelled a U.S. diplomat on Monday for spying, in the second such expulsion this month, the '
     'Foreign Ministry said.',
     (('RUS', 'USA', '11'), ('USA', 'RUS', '*'))),
    (('TURMIL', 'TUR'), ('IRQ', 'TURREB', 'IRQREB'), FIGHT,
     'Turkish troops crossed into northern Iraq on Tuesday in a raid on Kurdish rebel bases, the third such '
     'incursion this year.',
     (('TUR', 'IRQ', '18'),)),
    (('CODREB', 'COD'), ('CODMIL', 'COD'), FIGHT,
     'Rebels attacked a government garrison in eastern Congo on Sunday, killing 30 soldiers, a rebel '
     'spokesman told Reuters by telephone.',
     (('COD', '*', '04'), ('*', 'GBR', '*'))),
    (('DZAREB', 'DZA', 'DZAUAF'), ('DZACVL', 'DZA'), KILL,
     'Algerian Islamic militants killed 17 villagers south of Algiers overnight, French radio reported on '
     'Tuesday.',
     (('FRA', 'DZA', '*'), ('FRA', '*', '*'))),
    (('IRQMIL', 'IRQ'), ('IRN', 'IRNCVL'), KILL,
     'Iranian radio said on Monday that Iraqi warplanes had bombed the Iranian border town of Mehran, '
     'killing 20 civilians.',
     (('IRN', 'IRQ', '11'),)),
    (('ISRMIL', 'ISR'), ('PSE', 'PSECVL'), KILL,
     'Israeli troops shot and wounded three Palestinian stone-throwers in Hebron on Friday, witnesses said.',
     (('PSE', 'ISR', '11'), ('*', 'ISR', '11'), ('PSE', 'ISR', '18'))),
    (('IDNMIL', 'IDN'), ('IDN', 'IDNCVL', 'TLS', 'TLSCVL', 'TMP', 'TMPCVL', 'IDNOPP'), KILL + ('172',),
     'Indonesian troops opened fire on pro-independence demonstrators in Dili on Thursday, killing at least '
     'five people, a Portuguese radio station reported.',
     (('PRT', 'IDN', '*'), ('PRT', '*', '*'))),
    (c('PAK'), c('IND') + ('INDMIL',), ('112', '111', '110', '1121'),
     "Pakistan's foreign ministry spokesman said on Wednesday that Indian troops had killed 12 Pakistani "
     'civilians in unprovoked firing across the line of control.',
     (('IND', 'PAK', '19'), ('IND', 'PAK', '18'))),
    (('SRBCOP', 'SRB', 'YUGCOP', 'YUG'), ('XKX', 'XKXCVL', 'SRBCVL', 'YUGCVL', 'SRB', 'YUG', 'XKXOPP',
                                          'SRBOPP', 'YUGOPP', 'ALBCVL'),
     COERCE + ('180', '182'),
     'Serbian police beat ethnic Albanian demonstrators in Pristina on Monday, the Kosovo Information Centre '
     'said.',
     (('*', 'SRB', '11'), ('*', 'YUG', '11'))),
    (('ETHMIL', 'ETH'), ('ERI', 'ERICVL', 'ERIMIL'), FIGHT,
     "Ethiopian jets bombed the Eritrean port of Assab on Friday, Eritrea's information ministry said.",
     (('ERI', 'ETH', '11'),)),
    (('ISRMIL', 'ISR'), ('LBN', 'LBNREB', 'LBNMIL'), FIGHT,
     'Israeli warplanes attacked suspected guerrilla positions in eastern Lebanon on Thursday, the Lebanese '
     'army said in a statement.',
     (('LBN', 'ISR', '11'), ('LBN', 'ISR', '01'))),
    (c('CHN'), c('JPN'), ('046', '040'),
     'Chinese Foreign Minister Tang Jiaxuan held talks with visiting Japanese Foreign Minister Yohei Kono in '
     'Beijing on Monday.',
     (('JPN', 'CHN', '042'), ('CHN', 'JPN', '043'))),
    (c('EGY'), c('SYR'), ('040', '041', '046'),
     'Egyptian President Hosni Mubarak telephoned Syrian President Hafez al-Assad on Thursday to discuss the '
     'peace process.',
     (('EGY', 'SYR', '042'), ('SYR', 'EGY', '043'))),
    (c('RUS'), c('FRA'), ('040', '041', '046'),
     "Russia's prime minister Yevgeny Primakov discussed the crisis over Iraq with French President Jacques "
     'Chirac by telephone on Tuesday.',
     (('RUS', 'IRQ', '*'), ('FRA', 'IRQ', '*'))),
    (c('ARG'), c('CHL'), SIGN,
     'The leaders of Argentina and Chile signed an agreement in Buenos Aires on Friday settling the last of '
     'their border disputes.',
     (('CHL', 'ARG', '042'), ('ARG', 'CHL', '043'), ('ARG', 'CHL', '12'), ('CHL', 'ARG', '12'))),

    # batch 6: controls, a second act that is a separate event and codes (each act a row)
    (c('ISR'), ('LBN', 'LBNCVL', 'LBNREB'), ('084', '0841', '080', '081'),
     'Israel released 26 Lebanese prisoners on Sunday and Hezbollah handed over the bodies of two Israeli '
     'soldiers in a German-brokered exchange.',
     (('DEU', '*', '*'),)),
    (('LBNREB', 'LBN'), c('ISR'), ('084', '080', '081', '0841'),
     'Israel released 26 Lebanese prisoners on Sunday and Hezbollah handed over the bodies of two Israeli '
     'soldiers in a German-brokered exchange.',
     (('DEU', '*', '*'),)),
    (c('IRQ'), c('USA'), CRIT,
     'Iraq on Tuesday accused the United States of plotting against it and ordered all American inspectors '
     'out of the country within a week.',
     ()),
    (('IRQGOV', 'IRQ'), c('USA'), REDUCE + ('139', '130'),
     'Iraq on Tuesday accused the United States of plotting against it and ordered all American inspectors '
     'out of the country within a week.',
     ()),
    (('PSEREB', 'PSE', 'PSEUAF'), ('ISRMIL', 'ISR'), FIGHT,
     'Palestinian gunmen ambushed an Israeli patrol near Nablus on Tuesday, and Israeli troops later sealed '
     'off the city.',
     ()),
    (('ISRMIL', 'ISR'), ('PSE', 'PSECVL'), COERCE + ('160', '150', '152', '154'),
     'Palestinian gunmen ambushed an Israeli patrol near Nablus on Tuesday, and Israeli troops later sealed '
     'off the city.',
     ()),
    (c('PRK') + ('PRKMIL',), c('JPN'), ('150', '152', '154', '190', '130', '138', '180'),
     'North Korea fired a missile over Japan on Monday, and Tokyo responded by suspending food aid to '
     'Pyongyang.',
     ()),
    (c('JPN'), c('PRK'), REDUCE,
     'North Korea fired a missile over Japan on Monday, and Tokyo responded by suspending food aid to '
     'Pyongyang.',
     ()),
    (('CHNGOV', 'CHN'), c('USA'), MEET,
     'Chinese President Jiang Zemin met U.S. President Bill Clinton in Auckland on Saturday and invited him '
     'to visit China next year.',
     (('NZL', '*', '*'),)),
    (c('CHN'), c('USA'), ('036', '030'),
     'Chinese President Jiang Zemin met U.S. President Bill Clinton in Auckland on Saturday and invited him '
     'to visit China next year.',
     (('NZL', '*', '*'),)),
    (c('VNM'), c('USA'), ('050', '054', '057'),
     'Vietnam and the United States restored diplomatic relations on Tuesday, and Washington said it would '
     'open an embassy in Hanoi within weeks.',
     ()),
    (c('USA'), c('VNM'), ('030', '031', '032', '035', '050', '054'),
     'Vietnam and the United States restored diplomatic relations on Tuesday, and Washington said it would '
     'open an embassy in Hanoi within weeks.',
     ()),
    (c('SYR'), c('LBN'), MEET,
     "Syria's President Hafez al-Assad received Lebanese Prime Minister Rafik Hariri in Damascus on "
     "Wednesday and promised continued Syrian support for Lebanon's reconstruction.",
     ()),
    (c('SYR'), c('LBN'), ('030', '031', '033', '070', '050', '051'),
     "Syria's President Hafez al-Assad received Lebanese Prime Minister Rafik Hariri in Damascus on "
     "Wednesday and promised continued Syrian support for Lebanon's reconstruction.",
     ()),
    (('PSEREB', 'PSE', 'PSEUAF'), ('ISR', 'ISRCVL'), FIGHT,
     'Hamas militants fired mortar bombs at a Jewish settlement in Gaza on Thursday, and Israeli helicopters '
     'retaliated by firing rockets at a Hamas workshop.',
     ()),
    (('ISRMIL', 'ISR'), ('PSEREB', 'PSE'), FIGHT,
     'Hamas militants fired mortar bombs at a Jewish settlement in Gaza on Thursday, and Israeli helicopters '
     'retaliated by firing rockets at a Hamas workshop.',
     ()),
    (c('IND'), c('PAK'), REDUCE,
     'India expelled a Pakistani diplomat for spying on Monday, and Islamabad retaliated by ordering an '
     'Indian diplomat out within 48 hours.',
     ()),
    (c('PAK'), c('IND'), REDUCE,
     'India expelled a Pakistani diplomat for spying on Monday, and Islamabad retaliated by ordering an '
     'Indian diplomat out within 48 hours.',
     ()),
    (('IGO',), c('HTI') + ('HTIMIL',), CRIT,
     'The Organisation of American States condemned the coup in Haiti on Monday and imposed a trade embargo '
     'on the island.',
     (('HTI', 'HTI', '*'),)),
    (('IGO',), c('HTI') + ('HTIMIL',), REDUCE,
     'The Organisation of American States condemned the coup in Haiti on Monday and imposed a trade embargo '
     'on the island.',
     (('HTI', 'HTI', '*'),)),
    (c('ARM'), c('AZE'), MEET,
     'Armenian President Levon Ter-Petrosyan met Azerbaijani President Heydar Aliyev in Geneva on Tuesday, '
     'and the two agreed to extend the ceasefire in Nagorno-Karabakh.',
     (('CHE', '*', '*'),)),
    (('ARMGOV', 'ARM'), c('AZE'), ('030', '031', '057', '050', '080', '087', '0871'),
     'Armenian President Levon Ter-Petrosyan met Azerbaijani President Heydar Aliyev in Geneva on Tuesday, '
     'and the two agreed to extend the ceasefire in Nagorno-Karabakh.',
     (('CHE', '*', '*'),)),
    (c('NGA'), ('NGA', 'NGAOPP', 'NGACVL'), ('084', '0841', '080', '081'),
     "Nigeria's military ruler General Sani Abacha on Friday freed 20 political prisoners and promised to "
     'hand power to civilians by October.',
     ()),
    (('NGAGOV', 'NGA'), ('NGA', 'NGACVL'), ('030', '031', '032', '034', '080', '083', '0834'),
     "Nigeria's military ruler General Sani Abacha on Friday freed 20 political prisoners and promised to "
     'hand power to civilians by October.',
     ()),
]

BATCHES: dict[str, list[Row]] = {}


def _batches() -> None:
    """Split EXTRAS30 at its "# batch N:" comments (a row opens with "((" or "(c(")."""
    import re
    from pathlib import Path

    names = ["history", "since_reason", "named_purpose", "condition_call", "twice_report_code", "controls"]
    text = Path(__file__).read_text(encoding="utf-8")
    block = text[text.index("EXTRAS30: list[Row] = ["):].split("\n]\n")[0]
    starts, count = [], 0
    for line in block.splitlines()[1:]:
        if re.match(r"\s*# batch \d+:", line):
            starts.append(count)
        if re.match(r"    \((\(|c\()", line):
            count += 1
    for name, lo, hi in zip(names, starts, starts[1:] + [count], strict=True):
        BATCHES[name] = EXTRAS30[lo:hi]


_batches()


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        extras_report(name, rows)
    extras_report("all", EXTRAS30)
