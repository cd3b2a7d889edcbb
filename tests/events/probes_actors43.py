"""Probes of the forty-first session (wip/actors43): events whose parties are actors of 1985-2005 agency copy,
told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): leaders, ministers,
officials, militia and rebel leaders of the Pacific (Fiji, Bougainville, the Solomons, New Caledonia), the
Caribbean and Panama, Southern Africa, the Maghreb, Eastern Europe's transitions of 1989-91, the Soviet
republics before independence, the Yugoslav republics of 1991-95 and the Middle East; bodies by their long
names and by the era's acronyms; a foreign army by its nationality under another state's dateline; a
possessor's apposition; an office named alone under another state's dateline; right-wing paramilitaries and
death squads. Each batch written and committed before the coder ran on it. Each row has the actor codes
(country + first sector, matched as probe_match does) an analyst would accept, the reading of the event's
own year and, where the 2000 date changes it, the reading of 2000, and the CAMEO roots an analyst would
accept.

`python tests/events/probes_actors43.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACC = ('11', '12')

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS43: list[Row] = [
    # the Pacific
    (('FJIMIL', 'FJIGOV', 'FJI'), ('FJIGOV', 'FJIELI', 'FJIOPP', 'FJI'), ('17',),
     'SUVA (Reuters) - Lieutenant Colonel Sitiveni Rabuka on Thursday ordered the arrest of Prime Minister '
     'Timoci Bavadra and his cabinet.'),
    (('PNGREB', 'PNG'), ('PNGGOV', 'PNG'), ('12',),
     'PORT MORESBY (Reuters) - Bougainville rebel leader Francis Ona on Monday rejected the government\'s '
     'offer of talks on the island\'s future.'),
    (('SLBUAF', 'SLBREB', 'SLB'), ('SLBGOV', 'SLB'), ('18', '17'),
     'HONIARA (Reuters) - Gunmen of the Malaita Eagle Force on Monday seized Prime Minister Bartholomew '
     'Ulufa\'alu at his residence.'),
    (('NCLREB', 'NCLOPP', 'NCL'), ('FRAGOV', 'FRA'), _ACC,
     'NOUMEA (AFP) - The Kanak Socialist National Liberation Front on Tuesday accused the French government '
     'of rigging the territorial elections.'),
    # the Caribbean and Panama
    (('HTICOP', 'HTIMIL', 'HTI'), ('IGOUNO', 'IGO'), _ACC,
     'PORT-AU-PRINCE (Reuters) - Port-au-Prince police chief Lieutenant Colonel Michel Francois on Tuesday '
     'accused the U.N. envoy of meddling in Haiti\'s affairs.'),
    (('CUBGOV', 'CUB'), ('USAGOV', 'USA'), _ACC,
     'HAVANA (Reuters) - Foreign Minister Roberto Robaina on Monday accused the United States of tightening '
     'its economic blockade of the island.'),
    (('PANOPP', 'PANELI', 'PAN'), ('PANMIL', 'PANGOV', 'PANELI', 'PAN'), _ACC,
     'PANAMA CITY (Reuters) - Opposition candidate Guillermo Endara on Monday accused General Manuel '
     'Noriega of stealing the election.'),
    # Southern Africa
    (('MOZREB', 'MOZOPP', 'MOZ'), ('MOZCVL', 'MOZ'), ('18', '19'),
     'MAPUTO (Reuters) - RENAMO rebels on Sunday attacked a train carrying civilians near Ressano Garcia, '
     'killing 22 people.'),
    (('MOZOPP', 'MOZREB', 'MOZ'), ('MOZGOV', 'MOZ'), _ACC,
     'MAPUTO (AP) - Afonso Dhlakama on Thursday accused President Joaquim Chissano of rigging the '
     'elections.'),
    (('AGOREB', 'AGOOPP', 'AGO'), ('AGOGOV', 'AGO'), _ACC,
     'LUANDA (Reuters) - UNITA\'s Abel Chivukuvuku on Monday accused the government of violating the Lusaka '
     'accord.'),
    (('ZWEOPP', 'ZWE'), ('ZWEGOV', 'ZWE'), _ACC,
     'HARARE (Reuters) - Morgan Tsvangirai, leader of the Movement for Democratic Change, on Monday accused '
     'President Robert Mugabe of plotting to kill him.'),
    (('NAMREB', 'NAMMIL', 'NAMGOV', 'NAM'), ('ZAFMIL', 'ZAF'), ('19', '18'),
     'WINDHOEK (Reuters) - SWAPO guerrillas on Saturday clashed with South African troops in northern '
     'Namibia.'),
    # the Maghreb
    (('DZAOPP', 'DZAREB', 'DZA'), ('DZAGOV', 'DZA'), ('10',),
     'ALGIERS (Reuters) - Abassi Madani, leader of the Islamic Salvation Front, on Saturday demanded that '
     'the government hold early presidential elections.'),
    (('DZAREB', 'DZA'), ('DZAGOV', 'DZA'), ('13',),
     'ALGIERS (Reuters) - Antar Zouabri, leader of the Armed Islamic Group, on Sunday threatened the '
     'government with new attacks.'),
    (('MARGOV', 'MAR'), ('ESHREB', 'ESH'), _ACC,
     'RABAT (Reuters) - Interior Minister Driss Basri on Monday accused the Polisario Front of holding '
     'Moroccan prisoners.'),
    (('TUNOPP', 'TUN'), ('TUNGOV', 'TUN'), _ACC,
     'TUNIS (AFP) - Rached Ghannouchi, exiled leader of the Ennahda movement, on Tuesday accused President '
     'Zine el-Abidine Ben Ali of torturing political prisoners.'),
    (('DZAGOV', 'DZA'), ('DZAREB', 'DZA'), _ACC,
     'PARIS (Reuters) - Algeria\'s interior minister on Monday accused Islamic rebels of killing 30 '
     'villagers near Blida.'),
    # Eastern Europe's transitions, the Soviet republics, the Yugoslav republics
    (('DEUGOV', 'DEU', 'DDR'), ('USRGOV', 'USR', 'RUSELI', 'RUS'), ('04',),
     'EAST BERLIN (Reuters) - Communist Party leader Egon Krenz on Wednesday met Soviet President Mikhail '
     'Gorbachev in Moscow.'),
    (('CZEOPP', 'CZE'), ('CZEGOV', 'CZE'), ('10',),
     'PRAGUE (Reuters) - The Civic Forum on Monday demanded the resignation of Communist Party leader Milos '
     'Jakes.'),
    (('LTUGOV', 'LTULEG', 'LTU'), ('USRGOV', 'USR', 'RUSELI', 'RUS'), ('12',),
     'VILNIUS (Reuters) - Lithuanian President Vytautas Landsbergis on Tuesday rejected Soviet President '
     'Mikhail Gorbachev\'s demand to revoke the declaration of independence.'),
    (('MDAGOV', 'MDA'), ('MDAREB', 'MDA'), _ACC,
     'CHISINAU (Reuters) - Moldovan President Mircea Snegur on Monday accused Dniester separatists of '
     'seizing police stations.'),
    (('SVNGOV', 'SVN'), ('YUGMIL', 'SRBMIL', 'YUG', 'SRB'), _ACC,
     'LJUBLJANA (Reuters) - Slovenian President Milan Kucan on Friday accused the Yugoslav army of '
     'attacking Slovenia.'),
    (('BIHREB', 'BIHLEG', 'BIH'), ('IGOWSTNAT', 'IGO'), _ACC,
     'PALE, Bosnia (Reuters) - Bosnian Serb parliament speaker Momcilo Krajisnik on Wednesday accused NATO '
     'of siding with the Moslems.'),
    (('BIHREB', 'BIH', 'HRV'), ('BIHGOV', 'BIH'), _ACC,
     'MOSTAR, Bosnia (Reuters) - Bosnian Croat leader Mate Boban on Monday accused the Moslem-led government '
     'of attacking Croat villages.'),
    # the Middle East
    (('SYRMIL', 'SYR'), ('LBNMIL', 'LBNELI', 'LBNUAF', 'LBN'), ('19', '18'),
     'BEIRUT (Reuters) - Syrian troops on Tuesday shelled positions of General Michel Aoun\'s forces in the '
     'Christian enclave.'),
    (('LBNUAF', 'LBN'), ('LBNMIL', 'LBNELI', 'LBN'), ('19', '18'),
     'BEIRUT (Reuters) - Samir Geagea\'s Lebanese Forces militia on Monday clashed with troops loyal to '
     'General Michel Aoun in east Beirut.'),
    (('PSEREB', 'PSE'), ('PSEGOV', 'PSE'), _ACC,
     'DAMASCUS (Reuters) - George Habash, leader of the Popular Front for the Liberation of Palestine, on '
     'Monday accused Yasser Arafat of betraying the Palestinian cause.'),
    # paramilitaries, death squads, acronyms of the era, appositive possessors
    (('COLUAF', 'COLREB'), ('COLAGR', 'COLCVL', 'COL'), ('18', '19', '20'),
     'BOGOTA (Reuters) - Right-wing paramilitaries on Sunday killed 14 peasants accused of helping '
     'left-wing guerrillas, police said.'),
    (('SLVUAF', 'SLVREB'), ('SLVLAB', 'SLVCVL', 'SLV'), ('18', '19', '20'),
     'SAN SALVADOR (Reuters) - Right-wing death squads on Thursday killed three union leaders, human rights '
     'groups said.'),
    (('SLEREB', 'SLE'), ('IGOUNO', 'IGO'), ('08',),
     'FREETOWN (Reuters) - RUF rebels on Monday freed 54 U.N. peacekeepers they had held for two weeks.'),
    (('RWAREB', 'RWAGOV', 'RWA'), ('RWAMIL', 'RWAGOV', 'RWA'), _ACC,
     'KAMPALA (Reuters) - The Rwandan Patriotic Front on Monday accused government troops of massacring '
     'Tutsi civilians.'),
    (('MKD', 'MKDGOV'), ('GRC', 'GRCGOV'), _ACC,
     'SKOPJE (Reuters) - Macedonia on Monday accused its southern neighbour, Greece, of strangling its '
     'economy with a trade embargo.'),
]


# batch 2: written after the first fixes and committed before any run on it
ACTORS43B: list[Row] = [
    (('PNGREB', 'PNG'), ('PNGMIL', 'PNG'), _ACC,
     'PORT MORESBY (Reuters) - Bougainville rebel commander Sam Kauona on Monday accused Papua New Guinea '
     'troops of killing civilians on the island.'),
    (('FJIOPP', 'FJIELI', 'FJI'), ('FJIGOV', 'FJIMIL', 'FJI'), _ACC,
     'SUVA (Reuters) - Deposed Prime Minister Timoci Bavadra on Monday accused the military regime of '
     'jailing his supporters.'),
    (('CUBOPP', 'CUB'), ('CUBLEG', 'CUB'), ('10', '02'),
     'HAVANA (Reuters) - Dissident Oswaldo Paya on Friday urged the National Assembly to hold a referendum '
     'on free elections.'),
    (('MOZREB', 'MOZOPP', 'MOZ'), ('MOZGOV', 'MOZ'), _ACC,
     'MAPUTO (Reuters) - Renamo\'s chief negotiator Raul Domingos on Monday accused the government of '
     'violating the partial ceasefire.'),
    (('DZAOPP', 'DZAREB', 'DZA'), ('DZAMIL', 'DZA'), _ACC,
     'ALGIERS (Reuters) - Islamic Salvation Front leader Abdelkader Hachani on Monday accused the army of '
     'planning a coup.'),
    (('DEUGOV', 'DEU'), ('DEUGOV', 'DEU'), ('10', '02'),
     'EAST BERLIN (Reuters) - Prime Minister Hans Modrow on Friday urged West Germany to send emergency '
     'aid.'),
    (('CZEGOV', 'CZE'), ('USRGOV', 'USR', 'RUS'), ('10', '02'),
     'PRAGUE (Reuters) - Prime Minister Marian Calfa on Monday asked the Soviet Union to withdraw its troops '
     'from Czechoslovakia by the end of the year.'),
    (('LTUGOV', 'LTU'), ('USAGOV', 'USA'), ('04',),
     'VILNIUS (Reuters) - Lithuanian Prime Minister Kazimiera Prunskiene on Thursday met President George '
     'Bush at the White House.'),
    (('LBNUAF', 'LBN'), ('LBNUAF', 'LBN'), ('19', '18'),
     'BEIRUT (Reuters) - Elie Hobeika\'s militiamen on Monday clashed with Samir Geagea\'s forces in east '
     'Beirut.'),
    (('PSEREB', 'PSE'), ('PSEGOV', 'PSE'), _ACC,
     'DAMASCUS (Reuters) - Nayef Hawatmeh, leader of the Democratic Front for the Liberation of Palestine, '
     'on Monday accused Yasser Arafat of selling out Palestinian rights.'),
    # (BGRGOV added after the run, a writing error by the file's own rule: the UDF governed on the 2000 date)
    (('BGROPP', 'BGRGOV', 'BGRPTY', 'BGR'), ('BGRGOV', 'BGROPP', 'BGRPTY', 'BGR'), _ACC,
     'SOFIA (Reuters) - The Union of Democratic Forces on Monday accused the Bulgarian Socialist Party of '
     'rigging the election.'),
    (('LSOGOV', 'LSO'), ('LSOOPP', 'LSO'), _ACC,
     'MASERU (Reuters) - The Lesotho Congress for Democracy on Tuesday accused opposition parties of '
     'plotting a coup.'),
    (('LBYMIL', 'LBY'), ('TCDMIL', 'TCD'), ('19', '18'),
     'N\'DJAMENA (Reuters) - Libyan troops on Sunday bombed Chadian positions near Fada.'),
    (('AGO', 'AGOGOV'), ('COD', 'CODGOV', 'ZAR'), _ACC,
     'LUANDA (Reuters) - Angola on Monday accused its northern neighbour, Zaire, of arming UNITA rebels.'),
    (('HTIUAF',), ('HTICVL', 'HTIGOV', 'HTIOPP', 'HTI'), ('18', '19', '20'),
     'PORT-AU-PRINCE (Reuters) - Death squads on Sunday killed a prominent supporter of President '
     'Jean-Bertrand Aristide, witnesses said.'),
    (('ZWEMIL', 'ZWE'), ('MOZREB', 'MOZ'), ('19', '18'),
     'MAPUTO (Reuters) - Zimbabwean troops on Monday attacked Renamo bases in central Mozambique.'),
]


if __name__ == "__main__":
    report("actors43", ACTORS43, full=False, date=DATE)
    report("actors43b", ACTORS43B, full=False, date=DATE)
