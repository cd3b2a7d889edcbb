"""GSR-style probes of the thirty-fifth session (wip/lead37): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind, weighted
to the GSR's commonest event types and spread over every region.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it; no rule of this
session was written after reading it.

First run, country + root / actor + root / actor + code, 30 rows: main bfc32aeb 28 / 25 / 22. Rows corrected
after the run are writing errors by the codebook or the project's conventions only: militants are UAF and
workers LAB (docs/actors.md); a claim of responsibility is 015 (docs/events.md, seventh session); a pardon is
CONCEDE, 083 (PLOVER 2.0); a protest lodged with a state is an official complaint, 114; an appeal to release
a prisoner is 0253.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_VISIT = ('040', '042', '043', '046', '036')
_APPEAL_OR_DEMAND = ('020', '021', '023', '024', '0241', '025', '0253', '026', '027', '028',
                     '100', '101', '102', '103', '104', '1041', '1043', '105')

LEAD37: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('CHN', 'CHNGOV', 'CHNLEG'), ('RUS', 'RUSGOV'), _VISIT,
     'Chinese Premier Li Peng arrived in Moscow on Monday for a four-day official visit, the first by a '
     'Chinese head of government in 26 years, Tass news agency reported.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _APPEAL_OR_DEMAND,
     'Egyptian President Hosni Mubarak urged Israel on Sunday to halt the building of Jewish settlements in '
     'the occupied West Bank, saying it threatened the peace process.'),
    (('IRQ', 'IRQMIL'), ('USA', 'USAMIL', 'GBR', 'GBRMIL'), ('190', '193', '194', '195'),
     'Iraqi anti-aircraft batteries fired on U.S. and British warplanes patrolling the no-fly zone over '
     'southern Iraq on Tuesday, the Pentagon said.'),
    (('COL', 'COLCOP', 'COLGOV'), ('COL', 'COLCRM'), ('173', '170'),
     'Colombian police arrested a senior leader of the Cali drug cartel in a raid on his luxury hideout in '
     'the city on Friday, the national police chief said.'),
    (('IGO',), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('085', '080', '081'),
     'The European Union lifted an oil embargo and a flight ban on Yugoslavia on Monday, rewarding the '
     'country for the election of President Vojislav Kostunica.'),
    (('SDN', 'SDNREB'), ('SDN', 'SDNMIL', 'SDNGOV'), ('190', '193', '194', '195'),
     "Rebels of the Sudan People's Liberation Army shot down a government transport plane near the southern "
     'town of Juba on Wednesday, killing all 14 people on board.'),
    (('POL', 'POLLAB', 'POLOPP'), ('POL', 'POLGOV'), ('140', '141', '143', '1431', '1432', '145'),
     'Poland\'s Solidarity union called a nationwide warning strike on Monday to protest against food price '
     'rises ordered by the communist government.'),
    (('IGO',), ('RUS', 'RUSGOV'), _VISIT,
     'NATO Secretary-General Javier Solana met Russian Foreign Minister Yevgeny Primakov in Moscow on '
     "Thursday for talks on the alliance's plans to take in new members from eastern Europe."),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), ('161', '160', '140', '111', '112'),
     'Greece recalled its ambassador from Ankara on Friday to protest against what it called repeated '
     'violations of its airspace by Turkish warplanes over the Aegean.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENOPP', 'KENCVL'), ('175', '170', '172', '180'),
     'Kenyan riot police fired tear gas and beat opposition supporters with clubs on Saturday to stop them '
     'marching on parliament in Nairobi to demand constitutional reform.'),
    (('IRN', 'IRNGOV'), ('ARM', 'ARMGOV', 'AZE', 'AZEGOV'), ('039', '036', '030', '042', '043', '040'),
     'Iran offered on Tuesday to mediate between Armenia and Azerbaijan in their conflict over '
     'Nagorno-Karabakh, the official news agency IRNA said.'),
    (('JPN', 'JPNGOV', 'KOR', 'KORGOV'), ('KOR', 'KORGOV', 'JPN', 'JPNGOV'), ('057', '050', '051'),
     'Japan and South Korea signed a new fisheries agreement in Seoul on Saturday, ending two years of '
     'disputes over fishing rights in the waters between them.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSEREB', 'PSECVL', 'PSEOPP', 'PSEUAF'), ('171', '1712', '170'),
     'Israeli troops blew up the homes of two Palestinian militants in the West Bank town of Hebron on '
     'Wednesday, Palestinian security sources said.'),
    (('IGO',), ('BIH', 'BIHREB', 'SRB', 'SRBREB', 'BIHMIL'), ('111', '110', '112', '1121'),
     'The U.N. Security Council condemned the Bosnian Serbs on Wednesday for shelling the Moslem enclave of '
     'Gorazde and demanded an immediate halt to the attacks.'),
    (('MYS', 'MYSGOV', 'MYSCOP'), ('IDN', 'IDNCVL', 'IDNLAB'), ('174', '170'),
     'Malaysia deported about 400 Indonesian illegal workers on Monday, the first of some 10,000 to be sent '
     'home under a crackdown on illegal immigration.'),
    (('MAR', 'MARGOV'), ('MAR', 'MARCVL', 'MAROPP'), ('084', '0841', '080', '083'),
     'King Hassan of Morocco pardoned 150 political prisoners on Friday to mark the anniversary of his '
     'accession to the throne, the official news agency MAP said.'),
    (('THA', 'THAGOV', 'THAMIL'), ('MMR', 'MMRGOV', 'MMRMIL'), ('191', '160', '163'),
     'Thailand closed its border with Burma on Saturday after Burmese troops shelled a Thai village while '
     'chasing ethnic Karen rebels, the army said.'),
    (('CHN', 'CHNGOV', 'KAZ', 'KAZGOV'), ('KAZ', 'KAZGOV', 'CHN', 'CHNGOV'), ('057', '061', '050'),
     'China and Kazakhstan signed an agreement in Almaty on Wednesday to build a 3,000-km oil pipeline '
     'linking the Caspian Sea fields with western China.'),
    (('PSE', 'PSEREB'), ('ISR', 'ISRCVL'), ('180', '183', '1831', '190', '015'),
     'The Islamic militant group Hamas claimed responsibility for a suicide bombing on a crowded bus in '
     'Jerusalem on Sunday that killed 18 people and wounded dozens.'),
    (('IDN', 'IDNGOV'), ('IGO',), ('120', '121', '123', '124', '125', '128', '129'),
     'Indonesia on Friday rejected a United Nations call to let international investigators into East Timor '
     'to look into killings by pro-Jakarta militias.'),
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), ('160', '161', '163', '164', '111'),
     "The Commonwealth suspended Nigeria's membership on Saturday over the execution of writer Ken "
     'Saro-Wiwa and eight other minority rights activists.'),
    (('RUS', 'RUSREB'), ('RUS', 'RUSCVL', 'RUSHLH'), ('181', '180'),
     'Chechen rebels seized hundreds of hostages in a hospital in the southern Russian town of Budyonnovsk '
     'on Wednesday and threatened to kill them unless Moscow ended the war.'),
    (('CUB', 'CUBGOV'), ('VEN', 'VENGOV'), ('051', '050', '010', '018'),
     'Cuban President Fidel Castro praised Venezuelan President Hugo Chavez on Thursday as a courageous '
     'leader who had stood up to Washington.'),
    (('LKA', 'LKAGOV', 'LKAREB'), ('LKA', 'LKAREB', 'LKAGOV'), ('040', '046', '043', '042'),
     'The Sri Lankan government and Tamil Tiger rebels opened peace talks at a Thai naval base on Monday, '
     'the first direct negotiations between them in seven years.'),
    (('ETH', 'ETHMIL'), ('ERI',), ('190', '195', '1951'),
     "Ethiopian warplanes bombed the Eritrean port of Assab on Friday, Eritrea's information ministry said "
     'in a statement.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('111', '110', '112', '114', '130', '140'),
     'Argentina protested to Britain on Wednesday over plans to drill for oil in the waters around the '
     'Falkland Islands, the Foreign Ministry in Buenos Aires said.'),
    (('ZAF', 'ZAFGOV'), ('NGA', 'NGAGOV', 'NGAMIL'), _APPEAL_OR_DEMAND,
     "South African President Nelson Mandela called on Nigeria's military rulers on Thursday to release "
     'jailed opposition leader Moshood Abiola.'),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), ('040', '041', '042', '043', '046'),
     'German Chancellor Helmut Kohl telephoned Russian President Boris Yeltsin on Monday to discuss the '
     "crisis in Kosovo, a government spokesman in Bonn said."),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('173', '170', '172'),
     "Burma's military government placed opposition leader Aung San Suu Kyi under house arrest again on "
     'Friday after she tried to leave Rangoon, diplomats said.'),
    (('TUR', 'TURMIL'), ('TUR', 'TURREB', 'IRQ'), ('190', '195', '1951'),
     'Turkish warplanes bombed Kurdish rebel bases in northern Iraq on Tuesday, the second raid across the '
     'border in a week, military sources in Ankara said.'),
]

BATCHES = {
    'batch1': LEAD37,
}

ALL37 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
