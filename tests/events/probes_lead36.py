"""GSR-style probes of the thirty-fourth session (wip/lead36): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind, weighted
to the GSR's commonest event types and spread over every region.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it; no rule of this
session was written after reading it.

First run, country + root / actor + root / actor + code, 24 rows: main 3301af2c 23 / 23 / 21. Rows corrected
after the run are writing errors by the codebook only: guerrillas overrunning an army camp occupy it (192 is
one of the codes an analyst gives), and refusing a demand to withdraw from occupied land refuses to
de-escalate militarily (1246).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD36: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV', 'LBNELI'), ('040', '042', '043', '046', '036'),
     'Syrian President Hafez al-Assad received Lebanese Prime Minister Rafik Hariri in Damascus on Tuesday '
     'for talks on the peace process, the official news agency SANA said.'),
    (('GBR', 'GBRGOV', 'ARG', 'ARGGOV'), ('ARG', 'ARGGOV', 'GBR', 'GBRGOV'),
     ('054', '032', '050', '030', '057', '036'),
     'Britain and Argentina agreed on Thursday to restore full diplomatic relations, eight years after they '
     'fought a war over the Falkland Islands.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), ('112', '111', '130', '138'),
     'Pakistan accused India on Monday of massing troops along the ceasefire line in Kashmir and warned that '
     'it would respond to any aggression, the Foreign Office in Islamabad said.'),
    (('TUR', 'TURCOP', 'TURGOV'), ('TUR', 'TUROPP', 'TURCVL', 'TURLEG'), ('173', '170'),
     'Turkish police detained 40 members of the pro-Kurdish Democracy Party in Ankara on Friday, accusing '
     'them of links with separatist guerrillas.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('166', '112', '111'),
     'Russia ordered a U.S. diplomat to leave the country on Tuesday after accusing him of spying, the '
     'Foreign Ministry said, in a move likely to chill ties with Washington.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), ('163', '160', '162', '1621'),
     'The United States imposed economic sanctions on Pakistan on Saturday in response to its nuclear tests, '
     'cutting off all but humanitarian aid.'),
    (('KOR', 'KOREDU', 'KORCVL', 'KOROPP'), ('USA', 'USAMIL', 'USAGOV', 'KOR', 'KORCOP', 'KORGOV'),
     ('141', '140', '145', '1411', '1451'),
     'Thousands of South Korean students rallied in Seoul on Saturday to demand the withdrawal of U.S. '
     'troops from the peninsula, hurling firebombs at riot police.'),
    (('LKA', 'LKAREB'), ('LKA', 'LKAMIL'), ('190', '193', '195', '180', '192'),
     'Tamil Tiger guerrillas overran an army camp in northern Sri Lanka on Wednesday, killing at least 120 '
     'soldiers, military officials in Colombo said.'),
    (('IGO',), ('AGO', 'AGOGOV', 'AGOREB'), ('020', '026', '027', '028'),
     'U.N. Secretary-General Boutros Boutros-Ghali appealed on Thursday to the Angolan government and UNITA '
     'rebels to return to the negotiating table in Lusaka.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('120', '124', '125', '127', '128', '1246'),
     'Israel on Sunday rejected a Syrian demand for a full withdrawal from the Golan Heights as a condition '
     'for resuming peace talks.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('130', '138', '1381', '1382', '1383', '1384'),
     'North Korea threatened on Tuesday to turn Seoul into "a sea of fire" if war broke out, its chief '
     'delegate told South Korean officials at the border village of Panmunjom.'),
    (('JPN', 'JPNGOV'), ('BGD', 'BGDGOV'), ('033', '0333', '0331', '030', '070', '071', '073'),
     'Japan pledged $100 million in emergency aid on Friday to help Bangladesh recover from floods that '
     'have left millions homeless.'),
    (('KEN', 'KENGOV'), ('KEN', 'KENOPP'), ('084', '0841', '080'),
     'Kenya released six opposition politicians detained without trial for more than a year, President '
     'Daniel arap Moi announced on Friday.'),
    (('RUS', 'RUSGOV', 'RUSELI'), ('CHN', 'CHNGOV'), ('042', '043', '040', '036', '046'),
     'Russian President Boris Yeltsin arrived in Beijing on Monday for a three-day summit with Chinese '
     'President Jiang Zemin expected to settle the last disputes along their 4,300-km border.'),
    (('IRN', 'IRNMIL', 'IRNGOV'), ('ARE', 'ARECVL', 'AREGOV'), ('171', '1711', '173', '170'),
     'Iran on Thursday seized two Emirati fishing boats off the disputed island of Abu Musa and detained '
     'their crews, the Emirates news agency WAM said.'),
    (('FRA', 'FRAGOV'), ('USA', 'USAGOV', 'USALEG'), ('111', '110', '112'),
     'France on Wednesday criticised a new U.S. law penalising foreign firms that invest in Cuba, calling it '
     'an unacceptable attempt to impose American law on Europe.'),
    (('AZE', 'AZEGOV', 'AZEMIL', 'ARM', 'ARMGOV', 'ARMMIL'), ('ARM', 'ARMGOV', 'ARMMIL', 'AZE', 'AZEGOV',
                                                            'AZEMIL'),
     ('0356', '035', '0871', '087', '057', '030', '036'),
     'Azerbaijan and Armenia agreed to a ceasefire in the war over Nagorno-Karabakh on Wednesday after talks '
     'mediated by Russia in Moscow.'),
    (('ECU', 'ECUGOV', 'PER', 'PERGOV'), ('PER', 'PERGOV', 'ECU', 'ECUGOV'), ('057', '050'),
     'Ecuador and Peru signed a peace accord in Brasilia on Monday ending their decades-old border dispute, '
     'which flared into a brief war three years ago.'),
    (('SEN', 'SENGOV'), ('IRN', 'IRNGOV'), ('161', '160', '112'),
     'Senegal broke off diplomatic relations with Iran on Tuesday, accusing Tehran of backing Islamic '
     'fundamentalists trying to destabilise the country.'),
    (('NGO',), ('CHN', 'CHNGOV', 'CHNCOP'), ('112', '1122', '111'),
     'Amnesty International accused Chinese authorities on Wednesday of torturing Tibetan nuns held in a '
     'Lhasa prison, citing accounts smuggled out of the jail.'),
    (('VNM', 'VNMGOV', 'VNMMIL'), ('KHM', 'KHMGOV'), ('0874', '087', '080'),
     'Vietnam said on Tuesday it had completed the withdrawal of its troops from Cambodia, ending more than '
     'a decade of occupation.'),
    (('LBN', 'LBNUAF', 'LBNREB', 'LBNCRM'), ('USA', 'USACVL', 'USAEDU'), ('181',),
     'Gunmen in west Beirut kidnapped an American teacher on Monday and drove him to an unknown destination, '
     'police said.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('100', '101', '102', '105', '1056', '130', '138'),
     'The United States demanded on Friday that Iraq give U.N. weapons inspectors unrestricted access to all '
     'suspect sites, saying Baghdad faced serious consequences if it refused.'),
    ((), (), ('19', '18'),
     'Brazil beat Italy on penalties to win the World Cup final in Pasadena on Sunday, sending millions of '
     'fans into the streets of Rio de Janeiro.'),
]

BATCHES = {
    'batch1': LEAD36,
}

ALL36 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
