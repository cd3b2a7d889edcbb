"""Probes of the thirty-second session (wip/actors34): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): candidates and
dissidents who later held office, seized envoys, aid workers and journalists, an era's ruling Communist
Party, a Soviet speaker's "Moscow", armed men named by their faith, bodies named by their function (junta,
ruling council, transitional government, security forces, separatists), the era's rebel movements, leaders,
ministers, IGOs and NGOs, national adjectives and demonyms, and actors placed by a possessor or an
of-phrase. Written in one batch and committed before the coder ran on them. Each row has the actor codes
(country + first sector, matched as probe_match does) and the CAMEO roots an analyst would accept; a row
with no accepted target passes when no triple has one of its roots. Armed men named by a faith accept the
armed sector (REB, UAF) or the faith (MOS), as the project's conventions have not settled which leads.

First run, blind (40 rows, main ae4a6b6 + this file, committed c638f06 before any run): country + root 34,
actor + root 27. Two rows were corrected after the run as probe-writing errors by the CAMEO codebook, each
adding a root the coder gave: releasing a held reporter is 0841 (root 08: the row had only 18 and 17), and
the OAU's call to pull troops back is 0256, an appeal for de-escalation (root 02: the row had 10 and 11); with
them the first run reads 36 / 29. After the session's fixes: 39 / 35 (39 / 36 while a bare "candidate" glued
itself to a name as a title; taken out again for the wire batches' spans, docs/actors.md).

Batch 2 (`ACTORS34B`, 33 rows, committed b7d46fc after the first fixes and before any run on it): first run
29 / 28 (main ae4a6b6 on the same rows: 29 / 25). One row corrected as a probe-writing error by the codebook:
"urged Pakistan to stop ..." is an appeal (02), which the row's demand root (10) left out; with it 30 / 29
(main 30 / 26). After the later fixes (Albania's party, a guerrilla leader by the modifier before his
title): 30 / 28 (30 / 29 with the candidate title). The misses of both batches are strict gaps in
tests/events/test_probes_actors34.py.
`python tests/events/probes_actors34.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS34: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # candidates and dissidents who later held office, in the years the sentence tells
    (('KENCOP', 'KEN', 'KENGOV'), ('KENOPP', 'KEN', 'KENELI'), ('17', '15'),
     'Kenyan police on Saturday arrested opposition presidential candidate Kenneth Matiba at a rally in '
     'Nairobi, witnesses said.'),
    (('COLREB', 'COL'), ('COLELI', 'COL', 'COLOPP'), ('18', '17'),
     'Leftist guerrillas on Friday kidnapped a Colombian presidential candidate on a mountain road outside '
     'Medellin, police said.'),
    (('KORCOP', 'KOR', 'KORGOV'), ('KOROPP', 'KOR'), ('17', '15'),
     'South Korean police on Tuesday placed dissident leader Kim Dae-jung under house arrest to keep him '
     'from joining an anti-government rally in Seoul.'),
    (('CZECOP', 'CZE', 'CSK', 'CSKCOP', 'CZEGOV', 'CSKGOV'), ('CZEOPP', 'CZE', 'CSK', 'CSKOPP', 'CZEELI'),
     ('17', '15'),
     'Czechoslovak police on Monday detained dissident playwright Vaclav Havel as he laid flowers in '
     'Prague\'s Wenceslas Square.'),
    (('POLCOP', 'POL', 'POLGOV'), ('POLLAB', 'POL', 'POLOPP'), ('17', '15'),
     'Polish riot police on Sunday briefly detained Solidarity leader Lech Walesa outside the Lenin '
     'Shipyard in Gdansk.'),
    # envoys, aid workers and journalists seized
    (('LBNUAF', 'LBN', 'LBNREB'), ('USAMED', 'USA'), ('18', '17'),
     'Gunmen in west Beirut on Saturday kidnapped American journalist Terry Anderson, the chief Middle East '
     'correspondent of The Associated Press.'),
    (('RUSUAF', 'RUS', 'RUSREB'), ('NLDNGO', 'NLD', 'NGO'), ('18', '17'),
     'Armed men in the Russian republic of Dagestan on Monday seized a Dutch aid worker of the medical '
     'charity Doctors Without Borders.'),
    (('YEMUAF', 'YEM', 'YEMCVL'), ('DEUGOV', 'DEU'), ('18', '17'),
     'Yemeni tribesmen on Tuesday kidnapped a German diplomat in Sanaa to press the government for a new '
     'road to their village.'),
    (('COLREB', 'COL'), ('ITAMED', 'ITA', 'ITACVL'), ('08', '18', '17'),
     'Colombian rebels on Wednesday released an Italian television reporter they had held for two weeks.'),
    # an era's ruling Communist Party, a Soviet speaker's Moscow
    (('POLGOV', 'POL'), ('POLLAB', 'POL', 'POLOPP'), ('03', '04', '05'),
     'Poland\'s ruling Communist Party on Monday agreed to open round-table talks with the outlawed '
     'Solidarity trade union.'),
    (('BGRGOV', 'BGR'), ('TURGOV', 'TUR'), ('11', '12'),
     'Bulgaria\'s Communist leadership on Thursday accused Turkey of stirring up unrest among the country\'s '
     'ethnic Turks.'),
    (('USRGOV', 'USR'), ('ISRGOV', 'ISR'), ('03', '04', '05'),
     'Soviet Foreign Minister Eduard Shevardnadze said on Friday that Moscow was ready to restore '
     'diplomatic relations with Israel.'),
    (('USRGOV', 'USR'), ('USAGOV', 'USA'), ('17', '16', '12'),
     'Moscow on Tuesday ordered five American diplomats to leave the Soviet Union, a Soviet Foreign Ministry '
     'spokesman said.'),
    # armed men named by their faith
    (('EGYMIL', 'EGY', 'EGYCOP'), ('EGYREB', 'EGY', 'EGYUAF', 'EGYMOS'), ('18', '19'),
     'Egyptian security forces on Monday shot dead four Islamic militants in a gunbattle in the southern '
     'province of Assiut, police said.'),
    (('PHLREB', 'PHL', 'PHLMOS', 'PHLUAF'), ('PHLMIL', 'PHL'), ('19', '18'),
     'Moslem guerrillas ambushed an army patrol on the southern island of Jolo on Saturday, killing seven '
     'soldiers, the military said.'),
    (('DZAREB', 'DZA', 'DZAUAF', 'DZAMOS'), ('DZACVL', 'DZA'), ('18', '19'),
     'Suspected Moslem fundamentalist guerrillas cut the throats of 17 villagers south of Algiers on '
     'Friday, security sources said.'),
    (('TJKREB', 'TJK', 'TJKOPP', 'TJKUAF', 'TJKMOS'), ('TJKMIL', 'TJK', 'RUSMIL', 'RUS'), ('19', '18'),
     'Islamic rebels fighting the Tajik government attacked a border post on the Afghan frontier on '
     'Sunday, killing 25 Russian border guards.'),
    # bodies named by their function
    (('SLEMIL', 'SLE', 'SLEGOV'), ('IGOWAFWAS', 'IGO'), ('12', '11'),
     'Sierra Leone\'s ruling military junta on Tuesday rejected a West African demand that it hand power '
     'back to the elected president.'),
    (('SOMGOV', 'SOM'), ('ETHGOV', 'ETH', 'ETHMIL'), ('11',),
     'Somalia\'s transitional government on Sunday accused Ethiopia of sending troops across the border '
     'into the Gedo region.'),
    (('INDMIL', 'IND', 'INDCOP'), ('INDREB', 'IND'), ('19', '18'),
     'Indian security forces on Sunday killed five separatist guerrillas in a gunbattle in Kashmir, '
     'officials said.'),
    (('ESPREB', 'ESP'), ('ESPMIL', 'ESP'), ('18', '19'),
     'Basque separatists on Monday shot dead a Spanish army colonel outside his home in Madrid, police '
     'said.'),
    (('FRAREB', 'FRA'), ('FRACOP', 'FRA', 'FRAGOV'), ('18', '19'),
     'Corsican separatists on Thursday bombed a police barracks in Ajaccio, causing heavy damage but no '
     'injuries.'),
    (('HTIGOV', 'HTI', 'HTIMIL'), ('IGOUNO', 'IGO'), ('17', '12', '16'),
     'Haiti\'s military rulers on Monday ordered a U.N. human rights mission to leave the country within '
     '48 hours.'),
    # the era's rebel movements and militias
    (('MOZREB', 'MOZ'), ('MOZCVL', 'MOZ'), ('18', '19'),
     'Mozambique National Resistance rebels on Sunday attacked a passenger train north of Maputo, killing '
     '22 people.'),
    (('NICREB', 'NIC'), ('NICMIL', 'NIC'), ('19', '18'),
     'Contra rebels on Tuesday shot down a Nicaraguan army helicopter near the Honduran border, the '
     'Defence Ministry said.'),
    (('SLVREB', 'SLV'), ('SLVMIL', 'SLV'), ('19', '18'),
     'Farabundo Marti National Liberation Front guerrillas attacked an army garrison in San Miguel before '
     'dawn on Friday.'),
    (('SDNREB', 'SDN'), ('SDNMIL', 'SDN', 'SDNGOV'), ('19', '18'),
     'The Sudan People\'s Liberation Army said on Tuesday it had shot down a government transport plane '
     'near Juba.'),
    (('MARREB', 'MAR', 'ESH', 'ESHREB'), ('MARMIL', 'MAR'), ('19', '18'),
     'Polisario Front guerrillas said on Monday they had killed 30 Moroccan soldiers in fighting in the '
     'Western Sahara.'),
    (('LBNUAF', 'LBN', 'LBNCHR'), ('LBNCVL', 'LBN', 'LBNMOS'), ('19', '18'),
     'Christian militiamen in east Beirut on Wednesday shelled Moslem neighbourhoods of the capital, police '
     'said.'),
    # the era's leaders, ministers and parties
    (('ZARGOV', 'ZAR', 'COD', 'CODGOV'), ('UGAGOV', 'UGA'), ('04', '03'),
     'Zairean President Mobutu Sese Seko on Sunday met Ugandan President Yoweri Museveni for talks on '
     'border security.'),
    (('TCDGOV', 'TCD'), ('LBYGOV', 'LBY', 'LBYMIL'), ('11',),
     'Chadian President Hissene Habre on Monday accused Libya of massing troops on the northern border.'),
    (('LBRGOV', 'LBR'), ('CIVGOV', 'CIV'), ('11',),
     'Liberian leader Samuel Doe on Friday accused the Ivory Coast of harbouring rebels who want to '
     'overthrow him.'),
    (('IRNGOV', 'IRN'), ('SYRGOV', 'SYR'), ('04', '03'),
     'Iranian Foreign Minister Ali Akbar Velayati held talks with his Syrian counterpart Farouk al-Sharaa '
     'in Damascus on Tuesday.'),
    (('ARMGOV', 'ARM'), ('AZEGOV', 'AZE'), ('11',),
     'Armenian President Levon Ter-Petrosyan on Monday accused Azerbaijan of keeping up a rail blockade of '
     'his country.'),
    (('PAKOPP', 'PAK', 'PAKPTY'), ('PAKGOV', 'PAK'), ('14',),
     'The opposition Pakistan People\'s Party on Sunday called a nationwide strike to protest the arrest '
     'of its leaders.'),
    # IGOs and NGOs of the era
    (('IGOAFROAU', 'IGO'), ('ETHGOV', 'ETH', 'ERIGOV', 'ERI'), ('02', '10', '11'),
     'The Organisation of African Unity on Tuesday called on Ethiopia and Eritrea to pull their troops '
     'back from the disputed border.'),
    (('NGOHRIAMN', 'NGO'), ('TURMIL', 'TUR', 'TURCOP'), ('11',),
     'Amnesty International on Thursday accused Turkish security forces of torturing Kurdish prisoners.'),
    # demonyms and possessors
    (('BFAMIL', 'BFA'), ('MLIMIL', 'MLI'), ('19',),
     'Burkinabe troops clashed with Malian soldiers along the disputed border strip on Wednesday.'),
    (('RWAREB', 'RWA'), ('RWAMIL', 'RWA', 'RWACVL', 'RWAGOV'), ('19', '18'),
     'Soldiers of the Rwandan Patriotic Front on Monday captured the northern town of Ruhengeri from '
     'government troops.'),
    (('MDGCOP', 'MDG', 'MDGMIL'), ('MDGOPP', 'MDG', 'MDGCVL'), ('18', '19', '17'),
     'Malagasy police on Friday fired tear gas at opposition demonstrators in the capital, Antananarivo.'),
]

# Batch 2, written after the first fixes and committed before the coder ran on it: fresh events of the same
# classes, to measure whether the fixes generalise.
ACTORS34B: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # candidates and dissidents, in the years the sentence tells
    (('TZACOP', 'TZA', 'TZAGOV'), ('TZAOPP', 'TZA', 'TZAELI'), ('17',),
     'Tanzanian police on Tuesday arrested opposition presidential candidate Augustine Mrema after a rally '
     'in Dar es Salaam.'),
    (('NGAGOV', 'NGA', 'NGAMIL'), ('NGAELI', 'NGA', 'NGAOPP'), ('17',),
     'Nigeria\'s military government on Monday arrested former head of state Olusegun Obasanjo on charges of '
     'plotting a coup.'),
    (('IDNMIL', 'IDN'), ('TLSREB', 'TLS', 'IDNREB', 'IDN'), ('17', '18', '19'),
     'Indonesian troops on Friday captured East Timorese guerrilla leader Xanana Gusmao in a house in Dili.'),
    (('MMRMIL', 'MMR', 'MMRGOV'), ('MMROPP', 'MMR'), ('17',),
     'Burmese troops on Thursday placed opposition leader Aung San Suu Kyi under house arrest in Rangoon.'),
    (('SENCOP', 'SEN', 'SENGOV'), ('SENOPP', 'SEN'), ('17',),
     'Senegalese police on Sunday arrested opposition leader Abdoulaye Wade after riots in Dakar.'),
    # people seized or freed
    (('LBNUAF', 'LBN', 'LBNREB'), ('NGO', 'CHE', 'CHENGO', 'IGO'), ('18', '17'),
     'Gunmen in southern Lebanon on Wednesday kidnapped two Swiss delegates of the International Committee '
     'of the Red Cross.'),
    (('LKAREB', 'LKA'), ('LKAREL', 'LKA', 'VATREL'), ('08',),
     'Tamil rebels on Monday freed a Roman Catholic priest they had held for a week in northern Sri Lanka.'),
    (('RUSREB', 'RUS', 'RUSUAF'), ('RUSMED', 'RUS'), ('08',),
     'Chechen gunmen on Sunday released a Russian television journalist they had held for three months.'),
    (('SOMUAF', 'SOM', 'SOMREB'), ('USANGO', 'USA', 'NGO'), ('18', '17'),
     'Gunmen in Mogadishu on Saturday seized an American relief worker as she left a feeding centre.'),
    # an era's ruling Communist Party, a Soviet speaker's Moscow
    (('ROUGOV', 'ROU'), ('HUNGOV', 'HUN'), ('11', '12'),
     'The Romanian Communist Party on Monday denounced Hungary for meddling in Romania\'s affairs over its '
     'ethnic Hungarian minority.'),
    (('CZEGOV', 'CZE', 'CSK', 'CSKGOV'), ('CZEOPP', 'CZE', 'CSK', 'CSKOPP'), ('03', '04'),
     'Czechoslovakia\'s Communist rulers on Sunday agreed to hold talks with the opposition Civic Forum.'),
    (('USRGOV', 'USR'), ('AFGGOV', 'AFG'), ('03', '05', '07'),
     'Soviet Foreign Ministry spokesman Gennady Gerasimov said on Thursday that Moscow would keep up arms '
     'deliveries to Kabul.'),
    # armed men and the rule they fight
    (('DZAREB', 'DZA', 'DZAUAF', 'DZAMOS'), ('DZAMIL', 'DZA'), ('19', '18'),
     'Islamic fundamentalist guerrillas fighting the Algerian government on Tuesday killed 12 soldiers in an '
     'ambush south of Algiers.'),
    (('PHLREB', 'PHL', 'PHLMOS'), ('PHLMIL', 'PHL'), ('19', '18'),
     'Moslem separatist rebels in the southern Philippines on Monday ambushed a truckload of soldiers, '
     'killing nine.'),
    (('INDREB', 'IND', 'INDUAF'), ('INDCOP', 'IND'), ('18', '19'),
     'Militants fighting Indian rule in Kashmir on Sunday set off a bomb outside a police station in '
     'Srinagar.'),
    (('IRQREB', 'IRQ'), ('IRQMIL', 'IRQ'), ('19',),
     'Kurdish rebels fighting the Iraqi government on Thursday shot down an Iraqi army helicopter near '
     'Sulaimaniya.'),
    (('ZARREB', 'ZAR', 'COD', 'CODREB'), ('ZARCVL', 'ZAR', 'COD', 'CODCVL', 'ZARMIL', 'CODMIL'),
     ('19', '18'),
     'Rebels fighting to overthrow President Mobutu Sese Seko on Saturday captured the eastern Zairean town '
     'of Bukavu.'),
    # bodies by their function
    (('NERMIL', 'NER', 'NERGOV'), ('NERELI', 'NER', 'NERGOV'), ('08',),
     'Niger\'s ruling military council on Tuesday freed ousted President Mahamane Ousmane from house '
     'arrest.'),
    (('LBRGOV', 'LBR'), ('LBRREB', 'LBR'), ('11',),
     'Liberia\'s interim government on Wednesday accused the National Patriotic Front of Liberia of killing '
     '50 civilians.'),
    (('AFGGOV', 'AFG'), ('PAKGOV', 'PAK'), ('02', '10'),
     'Afghanistan\'s transitional government on Monday urged Pakistan to stop Taliban fighters crossing the '
     'border.'),
    (('PERMIL', 'PER', 'PERCOP'), ('PERREB', 'PER'), ('17',),
     'Peruvian security forces on Friday captured Shining Path leader Abimael Guzman in a Lima safe house.'),
    (('LKAMIL', 'LKA'), ('LKAREB', 'LKA'), ('19', '18'),
     'Sri Lankan security forces on Saturday killed 30 Tamil Tiger rebels in a gunbattle in the north.'),
    (('KENGOV', 'KEN'), ('KENOPP', 'KEN'), ('11',),
     'Kenya\'s ruling party on Tuesday accused the opposition of inciting ethnic clashes in the Rift '
     'Valley.'),
    # the era's movements, leaders, IGOs and demonyms
    (('UGAREB', 'UGA'), ('UGAREF', 'UGA', 'UGACVL'), ('18', '19'),
     'Rebels of the Lord\'s Resistance Army on Sunday attacked a refugee camp in northern Uganda, killing 40 '
     'people.'),
    (('ZWEGOV', 'ZWE'), ('ZAFGOV', 'ZAF', 'ZAFMIL'), ('11',),
     'Zimbabwean Prime Minister Robert Mugabe on Tuesday accused South Africa of raiding ANC offices in '
     'Harare.'),
    (('NICGOV', 'NIC'), ('HNDGOV', 'HND'), ('11',),
     'Nicaraguan President Daniel Ortega on Monday accused Honduras of letting Contra rebels use its '
     'territory.'),
    (('IRQGOV', 'IRQ'), ('IGOUNO', 'IGO'), ('04', '03'),
     'Iraqi Foreign Minister Tariq Aziz on Wednesday met U.N. Secretary-General Javier Perez de Cuellar in '
     'Geneva.'),
    (('PAKGOV', 'PAK'), ('INDGOV', 'IND'), ('11',),
     'Pakistani Prime Minister Benazir Bhutto on Tuesday accused India of arming separatists in Sindh '
     'province.'),
    (('IGOGCC', 'IGO'), ('IRNGOV', 'IRN', 'IRQGOV', 'IRQ'), ('10', '02'),
     'The Gulf Cooperation Council on Monday urged Iran and Iraq to accept the U.N. ceasefire resolution.'),
    (('SENMIL', 'SEN'), ('MRTMIL', 'MRT'), ('19',),
     'Senegalese troops on Thursday clashed with Mauritanian soldiers along the Senegal River.'),
    (('GINMIL', 'GIN'), ('SLEREB', 'SLE'), ('19',),
     'Guinean troops on Friday shelled rebel positions across the border in Sierra Leone.'),
    (('NERMIL', 'NER'), ('NERREB', 'NER'), ('19', '18'),
     'Nigerien troops on Tuesday killed eight Tuareg rebels in the north of the country.'),
    (('IGOWAFWAS', 'IGO'), ('SLEREB', 'SLE'), ('19',),
     'Troops of the Economic Community of West African States on Saturday drove rebels out of Freetown.'),
]


if __name__ == "__main__":
    report("actors34", ACTORS34, full=False, date=DATE)
    report("actors34b", ACTORS34B, full=False, date=DATE)
