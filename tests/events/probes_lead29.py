"""GSR-style probes of the twenty-seventh session (wip/lead29): short international leads in the manner of
the real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind,
spread over the whole codebook and over the era's regions, each told with the verbs and nominal events of
the wires of that time rather than the lexicon's own words.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (40 rows, main cf0a96e) 39 / 38 / 32.
Rows corrected after a run are writing errors by the codebook or the guide only: a telephone call is 041
(batch 1, two rows), a protest against repression 1413, a refused referendum 123 (reform), Islamic
militants UAF (docs/actors.md), and a refused offer to withdraw is also 127.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD29: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('CHN', 'CHNGOV'), ('USA', 'USALEG', 'USAGOV'), ('111', '110', '112'),
     'China on Tuesday denounced a U.S. congressional resolution criticising its human rights record as '
     'gross interference in its internal affairs.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('040', '043', '042', '046'),
     'Egyptian President Hosni Mubarak met Israeli Prime Minister Ehud Barak in Cairo on Sunday to discuss '
     'ways of reviving the stalled peace process.'),
    (('ISR', 'ISRGOV'), ('EGY', 'EGYGOV'), ('040', '042', '043', '046'),
     'Egyptian President Hosni Mubarak met Israeli Prime Minister Ehud Barak in Cairo on Sunday to discuss '
     'ways of reviving the stalled peace process.'),
    (('IGO',), ('ZAF', 'ZAFGOV'), ('085', '081', '080'),
     'The European Union lifted its arms embargo on South Africa on Monday.'),
    (('IDNEDU', 'IDNCVL', 'IDN'), ('IDNGOV', 'IDN'), ('141', '1411', '140'),
     'Thousands of students marched through Jakarta on Thursday demanding the resignation of President '
     'Suharto.'),
    (('RUS', 'RUSGOV'), ('BLR', 'BLRGOV'), ('057', '050', '030'),
     'Russia and Belarus signed a treaty on Thursday forming a union of the two states.'),
    (('BLR', 'BLRGOV'), ('RUS', 'RUSGOV'), ('057', '050', '030'),
     'Russia and Belarus signed a treaty on Thursday forming a union of the two states.'),
    (('IGO',), ('LBY', 'LBYGOV'), ('163', '160', '162'),
     'The U.N. Security Council voted unanimously on Friday to extend sanctions against Libya for another '
     'four months.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('042', '040'),
     'Chinese Premier Zhu Rongji arrived in Tokyo on Monday for a five-day official visit.'),
    (('PSECOP', 'PSE', 'PSEGOV'), ('PSEREB', 'PSE', 'PSEOPP', 'PSECRM'), ('173', '170'),
     'Palestinian police arrested 20 members of Islamic Jihad in the Gaza Strip following a suicide '
     'bombing in Tel Aviv.'),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), ('161', '166', '160', '1663', '174'),
     'Britain expelled three Iraqi diplomats on Tuesday, accusing them of spying.'),
    (('ISRMIL', 'ISR'), ('LBNREB', 'LBN', 'LBNMIL'), ('195', '190', '183'),
     'Israeli warplanes bombed suspected Hezbollah positions in southern Lebanon on Saturday.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('041', '040', '046'),
     'President Bill Clinton telephoned Russian President Boris Yeltsin on Wednesday to discuss the '
     'crisis in Kosovo.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('041', '040', '046'),
     'President Bill Clinton telephoned Russian President Boris Yeltsin on Wednesday to discuss the '
     'crisis in Kosovo.'),
    (('XKX', 'XKXCVL', 'SRBCVL', 'YUGCVL'), ('SRB', 'SRBCOP', 'SRBGOV', 'YUG', 'YUGCOP', 'YUGGOV'),
     ('141', '140', '1414', '1413'),
     'Thousands of Kosovo Albanians protested in Pristina on Sunday against Serbian police repression.'),
    (('IRQ', 'IRQGOV'), ('USA', 'IGO', 'USAGOV'), ('130', '131', '1312', '1313', '139', '137'),
     'Iraq threatened on Monday to expel American members of the U.N. weapons inspection team.'),
    (('IDN', 'IDNGOV'), ('PRT', 'PRTGOV'), ('125', '120', '1212', '123'),
     'Indonesia rejected on Thursday a Portuguese proposal for a referendum on the future of East Timor.'),
    (('IGO',), ('RUS', 'RUSGOV'), ('071', '070', '061'),
     'The IMF approved a 2.2 billion dollar loan to Russia on Tuesday to help it stabilise the rouble.'),
    (('LKAMIL', 'LKA'), ('LKAREB', 'LKA'), ('190', '193', '180'),
     'Sri Lankan troops killed 45 Tamil Tiger rebels in fierce fighting in the northern Jaffna peninsula, '
     'the defence ministry said.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('183', '1832', '1831', '180', '190'),
     "Tamil Tiger rebels rammed an explosives-laden boat into a navy gunboat off Sri Lanka's northeast "
     "coast, killing 10 sailors."),
    (('IGO',), ('ETH', 'ETHGOV'), ('020', '027', '028', '024', '025', '0256', '021'),
     'The Organisation of African Unity appealed to Ethiopia and Eritrea on Friday to halt their border '
     'war and accept its peace plan.'),
    (('IGO',), ('ERI', 'ERIGOV'), ('020', '027', '028', '024', '025', '0256', '021'),
     'The Organisation of African Unity appealed to Ethiopia and Eritrea on Friday to halt their border '
     'war and accept its peace plan.'),
    (('CUB', 'CUBGOV'), ('CUB', 'CUBCVL', 'CUBOPP', 'CUBCRM'), ('084', '0841', '080', '081'),
     'Cuba freed 300 political prisoners on Wednesday at the request of Pope John Paul II.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), ('043', '040', '042'),
     "Saudi Arabia's King Fahd received Iranian Foreign Minister Kamal Kharrazi in Jeddah on Sunday."),
    (('KENCOP', 'KEN', 'KENGOV'), ('KENOPP', 'KEN', 'KENCVL'), ('175', '170', '172', '173'),
     'Kenyan police fired tear gas to disperse opposition supporters demonstrating in Nairobi for '
     'constitutional reform.'),
    (('MEXREB', 'MEX'), ('MEXGOV', 'MEX'), ('164', '160', '125'),
     "Mexico's Zapatista rebels broke off peace talks with the government on Thursday, accusing it of bad "
     "faith."),
    (('XKXREB', 'SRBREB', 'YUGREB', 'XKX'), ('SRBCOP', 'SRB', 'YUGCOP', 'YUG'), ('190', '180', '182', '186'),
     'Kosovo Liberation Army guerrillas ambushed a Serbian police patrol near Pristina, killing two '
     'officers.'),
    (('USA', 'USAGOV'), ('GRC', 'GRCGOV'), ('039', '030', '036'),
     'The United States on Tuesday offered to mediate between Greece and Turkey in their dispute over an '
     'Aegean islet.'),
    (('USA', 'USAGOV'), ('TUR', 'TURGOV'), ('039', '030', '036'),
     'The United States on Tuesday offered to mediate between Greece and Turkey in their dispute over an '
     'Aegean islet.'),
    (('DZAMIL', 'DZACOP', 'DZA', 'DZAGOV'), ('DZAREB', 'DZAUAF', 'DZA'), ('190', '193', '180', '186'),
     'Algerian security forces killed 12 Islamic militants in a raid on their hideout east of Algiers, '
     'newspapers reported on Monday.'),
    (('RUS', 'RUSGOV'), ('IGO',), ('111', '110', '112', '122'),
     'Moscow condemned on Friday the expansion of NATO to Poland, Hungary and the Czech Republic as a '
     'historic mistake.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('125', '120', '1212', '127'),
     'Syria on Monday rejected an Israeli offer to withdraw from southern Lebanon in return for security '
     'guarantees.'),
    (('ZAF', 'ZAFGOV', 'ZAFELI'), ('NGA', 'NGAGOV', 'NGAMIL'), ('0253', '025', '020', '1053'),
     "South African President Nelson Mandela urged Nigeria's military rulers on Thursday to release "
     "jailed opposition leader Moshood Abiola."),
    (('CHNCOP', 'CHN', 'CHNGOV'), ('CHNOPP', 'CHN', 'CHNCVL', 'CHNACT'), ('173', '170'),
     'Chinese police detained a prominent dissident in Beijing on Sunday, hours before he was to meet a '
     'visiting U.S. official.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), ('057', '050'),
     'Ecuador and Peru signed a peace treaty in Brasilia on Monday ending their decades-old border '
     'dispute.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('057', '050'),
     'Ecuador and Peru signed a peace treaty in Brasilia on Monday ending their decades-old border '
     'dispute.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), ('112', '110', '111', '1121'),
     'Iran accused the United States on Wednesday of seeking to destabilise the region by selling arms to '
     'Persian Gulf states.'),
    (('ZWE', 'ZWEGOV', 'ZWEMIL'), ('COD', 'CODGOV'), ('072', '062', '074', '070', '060'),
     'Zimbabwe sent 3,000 more troops to the Democratic Republic of Congo on Friday to back President '
     'Laurent Kabila against the rebels.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15',
              '16', '17', '18', '19', '20'),
     'Analysts in Hong Kong said on Monday that the Asian currency crisis had yet to run its course.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), ('054', '050', '057'),
     'Vietnam and the United States restored full diplomatic relations on Tuesday, 20 years after the end '
     'of the Vietnam war.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEAD29}
ALL29: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
