"""Probes of the thirty-first session (wip/actors33): events whose party is an actor of the eighteenth actors
probe set (tests/actors/test_probe_eighteenth.py), told as the 1985-2005 agency leads of the real-news GSR
records are, dated 2000-01-01 as those records are (`DATE`): leaders of an earlier term shown acting in
office, rebels led by a later president, sides named by an ethnic or regional group inside a state, country
names that contain another's (Papua New Guinea / Guinea, Niger / Nigeria, Congo / DR Congo), mercenaries
named by their nation, a breakaway leader by apposition, a legislative majority by party and troops before
a reduced relative. Written in one batch and committed before the coder ran on them. Each row has the actor
codes (country + first sector, matched as probe_match does) and the CAMEO roots an analyst would accept; a
row with no accepted target passes when no triple has one of its roots.

First run, blind (24 rows, main d406413 + this file, committed 4e5feec before any run): country + root 18,
actor + root 6. After the session's fixes: 20 / 16; the eight misses are strict gaps in
tests/events/test_probes_actors33.py (three acts not coded or coded otherwise, two target readings, the
faith's zealots placed by the town, two probe-writing choices).
`python tests/events/probes_actors33.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS33: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # leaders of an earlier term acting in office
    (('USAGOV', 'USA'), ('LBYGOV', 'LBY'), ('16', '17', '13'),
     'President Ronald Reagan on Wednesday imposed economic sanctions on Libya and ordered all Americans '
     'to leave the country.'),
    (('USAGOV', 'USA'), ('NICGOV', 'NIC'), ('16', '17', '11'),
     'President Reagan on Wednesday ordered a trade embargo against Nicaragua, accusing the Sandinista '
     'government of exporting revolution.'),
    (('GBRGOV', 'GBR'), ('ARGGOV', 'ARG', 'ARGMIL'), ('15', '19', '17', '13'),
     'Prime Minister Margaret Thatcher on Monday ordered a naval task force to sail for the Falklands after '
     'Argentine troops seized the islands.'),
    (('FRAGOV', 'FRA'), ('DEUGOV', 'DEU'), ('04', '03'),
     'President Francois Mitterrand met Chancellor Helmut Kohl in Bonn on Thursday for talks on European '
     'union.'),
    (('ISRGOV', 'ISR'), ('USAGOV', 'USA'), ('12', '11'),
     'Prime Minister Yitzhak Shamir on Sunday rejected the U.S. peace plan as a threat to Israel\'s '
     'security.'),
    (('PHLGOV', 'PHL'), ('PHLOPP', 'PHL', 'PHLELI'), ('17', '11', '12'),
     'President Ferdinand Marcos on Friday ordered the arrest of opposition leader Benigno Aquino.'),
    (('CODREB', 'COD', 'ZAR', 'ZARREB'), ('CODMIL', 'COD', 'ZAR', 'ZARMIL', 'CODGOV', 'ZARGOV'), ('19', '18'),
     'Rebels led by Laurent Kabila attacked government troops near Kisangani on Saturday, a rebel '
     'spokesman said.'),
    (('LBRREB', 'LBR'), ('IGOWAFWAS', 'IGO', 'NGAMIL'), ('19', '18'),
     'Rebels led by Charles Taylor shelled the ECOMOG peacekeepers\' base in Monrovia on Tuesday.'),
    # sides named by an ethnic or regional group
    (('BIHREB', 'BIH', 'SRB'), ('BIHCVL', 'BIH', 'BIHGOV'), ('19', '18'),
     'Bosnian Serb artillery pounded the Moslem enclave of Gorazde on Monday, killing at least 12 civilians, '
     'U.N. officials said.'),
    (('BIHREB', 'BIH', 'SRB'), ('IGOUNO', 'IGO'), ('19', '18', '17'),
     'Bosnian Serb gunmen fired on a U.N. aid convoy near Sarajevo on Friday, wounding two drivers.'),
    (('RUSREB', 'RUS'), ('RUSMIL', 'RUS'), ('19', '18'),
     'Chechen militants ambushed a Russian army column near Grozny on Thursday, killing 15 soldiers.'),
    (('RUSREB', 'RUS'), ('RUSCVL', 'RUS', 'RUSMED', 'RUS'), ('18', '17', '19'),
     'Chechen gunmen on Tuesday seized a busload of passengers in the southern Russian town of '
     'Mineralnye Vody.'),
    (('INDHIN', 'IND'), ('INDMOS', 'IND', 'INDCVL'), ('18', '19', '17', '14'),
     'Hindu zealots in the northern Indian town of Ayodhya tore down a 16th century mosque on Sunday, '
     'setting off riots across the country.'),
    (('AZEREB', 'AZE', 'ARM'), ('AZEMIL', 'AZE'), ('19', '18'),
     'Ethnic Armenian forces in Nagorno-Karabakh captured the Azerbaijani town of Agdam on Friday after '
     'weeks of fighting.'),
    # names inside names
    (('PNGMIL', 'PNG'), ('PNGGOV', 'PNG'), ('11', '10', '12', '13'),
     'Papua New Guinea\'s army commander, Brigadier General Jerry Singirok, on Monday called on Prime '
     'Minister Julius Chan to resign over the hiring of mercenaries.'),
    (('PNGGOV', 'PNG'), ('PNGMIL', 'PNG'), ('17', '11', '12'),
     'The Papua New Guinea government on Tuesday dismissed the army commander for insubordination.'),
    (('NERMIL', 'NER'), ('NERGOV', 'NER'), ('18', '19', '17'),
     'Niger\'s army overthrew the government of President Mahamane Ousmane on Saturday, state radio said.'),
    (('GNBMIL', 'GNB'), ('GNBGOV', 'GNB'), ('18', '19', '17', '11'),
     'Guinea-Bissau\'s army chief led a mutiny against President Joao Bernardo Vieira on Sunday.'),
    (('CODGOV', 'COD'), ('RWAGOV', 'RWA'), ('11', '12'),
     'The Democratic Republic of Congo\'s government on Monday accused Rwanda of backing rebels in the '
     'east.'),
    # parties the tables miss
    (('PNGMIL', 'PNG'), ('ZAFUAF', 'ZAF'), ('17', '15', '19'),
     'Papua New Guinean soldiers on Monday detained a group of mercenaries, most of them South Africans, '
     'at the Port Moresby airport.'),
    (('MDAGOV', 'MDA'), ('MDAREB', 'MDA', 'RUS'), ('04', '03', '05'),
     'Moldovan President Petru Lucinschi met the leader of the self-proclaimed Dniester republic, Igor '
     'Smirnov, in Moscow on Thursday.'),
    (('USAGOV', 'USA'), ('USALEG', 'USA'), ('11', '12'),
     'President Clinton on Tuesday denounced the Republican majority in Congress for cutting education '
     'spending.'),
    (('IRQMIL', 'IRQ'), ('KWTMIL', 'KWT', 'KWTGOV', 'KWTCVL'), ('19', '18', '17'),
     'Iraqi troops, backed by tanks and helicopters, attacked Kuwaiti border posts before dawn on '
     'Thursday.'),
    # negative: a biography names no act
    ((), (), ('17', '16', '19'),
     'Ronald Reagan, who left office in 1989, will celebrate his 89th birthday on Sunday, his office said.'),
]


if __name__ == "__main__":
    report("actors33", ACTORS33, full=False, date=DATE)
