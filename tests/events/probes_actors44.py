"""Probes of the forty-second session (wip/actors44): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): leaders,
ministers, officials, militia and rebel leaders of West and Central Africa (Liberia, Sierra Leone, the two
Congos, Rwanda, Burundi, Chad, Niger, Mali), the Andes, Central America, the Caucasus, Central Asia and
Afghanistan, South and South-East Asia and the Gulf; peacekeepers and monitors by their mission; a state
named by its capital when it acts; an office alone under a dateline; "the junta", "the regime" and "the
rebels" placed by the dateline. Each batch written and committed before the coder ran on it. Each row has
the actor codes (country + first sector, matched as probe_match does) an analyst would accept, the reading
of the event's own year and, where the 2000 date changes it, the reading of 2000, and the CAMEO roots an
analyst would accept.

`python tests/events/probes_actors44.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACC = ('11', '12')
_FIGHT = ('18', '19')

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS44: list[Row] = [
    # Liberia and Sierra Leone
    (('LBRREB', 'LBRELI', 'LBR'), ('IGOWAF', 'IGO'), _ACC,
     'MONROVIA (Reuters) - ULIMO leader Alhaji Kromah on Tuesday accused ECOMOG peacekeepers of arming his '
     'rivals in western Liberia.'),
    (('LBRREB', 'LBRELI', 'LBR'), ('LBRGOV', 'LBR'), ('12', '13'),
     'MONROVIA (AFP) - Faction leader Roosevelt Johnson on Sunday rejected an order by the ruling council to '
     'surrender for trial.'),
    (('LBRREB', 'LBR'), ('LBRGOV', 'LBR'), _ACC,
     'FREETOWN (Reuters) - Sekou Conneh, leader of the LURD rebels, on Monday accused President Charles '
     'Taylor of using child soldiers.'),
    (('SLEGOV', 'SLEMIL', 'SLEELI', 'SLE'), ('SLEPTY', 'SLEOPP', 'SLE'), ('17', '12'),
     'FREETOWN (Reuters) - Major Johnny Paul Koroma on Wednesday banned all political parties and suspended '
     'the constitution.'),
    (('SLEREB', 'SLE'), ('IGOWAF', 'IGO'), ('13',),
     'ABIDJAN (Reuters) - RUF commander Sam Bockarie on Monday threatened to kill ECOMOG troops held by his '
     'fighters.'),
    (('SLEGOV', 'SLEMIL', 'SLEELI', 'SLE'), ('SLEREB', 'SLE'), _ACC,
     'FREETOWN (Reuters) - Captain Valentine Strasser on Friday accused the RUF rebels of massacring '
     'villagers in the east.'),
    # the two Congos
    (('CODREB', 'COD'), ('CODGOV', 'COD'), _ACC,
     'KINSHASA (Reuters) - Rebel leader Jean-Pierre Bemba on Monday accused President Laurent Kabila of '
     'bombing civilians in the north.'),
    (('CODREB', 'COD'), ('ZWEMIL', 'ZWE'), _ACC,
     'GOMA (Reuters) - Rebel leader Emile Ilunga on Tuesday accused Zimbabwean troops of bombing villages '
     'in the east.'),
    # (COGGOV added to the targets after the first run, a writing error by the file's own rule: Sassou-Nguesso
    # is president on the 2000 date)
    (('COGGOV', 'COGELI', 'COG'), ('COGUAF', 'COGOPP', 'COGELI', 'COGGOV', 'COG'), _ACC,
     'BRAZZAVILLE (Reuters) - President Pascal Lissouba on Saturday accused Denis Sassou-Nguesso of '
     'plotting a coup.'),
    # Rwanda and Burundi
    (('RWAGOV', 'RWAELI', 'RWA'), ('RWAREB', 'RWAGOV', 'RWA'), ('04', '03', '05'),
     'KIGALI (Reuters) - Prime Minister Faustin Twagiramungu on Tuesday met RPF leaders to discuss the '
     'return of refugees.'),
    (('BDIREB', 'BDI'), ('BDIMIL', 'BDI'), _ACC,
     'NAIROBI (Reuters) - Burundi rebel leader Leonard Nyangoma on Monday accused the army of killing '
     'hundreds of Hutu civilians.'),
    # Chad, Niger, Mali
    (('TCDREB', 'TCD'), ('TCDMIL', 'TCD'), _FIGHT,
     'N\'DJAMENA (Reuters) - Rebels of Youssouf Togoimi on Sunday attacked a government garrison in the '
     'Tibesti mountains.'),
    (('NERGOV', 'NERMIL', 'NERELI', 'NER'), ('NERLEG', 'NER'), ('17', '12'),
     'NIAMEY (Reuters) - Colonel Ibrahim Bare Mainassara on Sunday dissolved the National Assembly.'),
    (('NERREB', 'NER'), ('NERGOV', 'NER'), ('04', '03', '05'),
     'NIAMEY (AFP) - Tuareg rebel leader Mano Dayak on Monday met government negotiators in Paris.'),
    # the Andes
    (('PERREB', 'PER'), ('PERGOV', 'PER'), ('10',),
     'LIMA (Reuters) - Nestor Cerpa, leader of the Tupac Amaru guerrillas holding the Japanese envoy\'s '
     'residence, on Wednesday demanded the release of 400 jailed comrades.'),
    (('COLREB', 'COL'), ('COLGOV', 'COL'), _ACC,
     'BOGOTA (Reuters) - FARC commander Raul Reyes on Monday accused the government of sabotaging the peace '
     'talks.'),
    (('COLUAF', 'COL'), ('COLREB', 'COL'), ('13',),
     'BOGOTA (AP) - Paramilitary leader Carlos Castano on Sunday threatened to attack the ELN in the '
     'Magdalena valley.'),
    (('BOLOPP', 'BOLLAB', 'BOL'), ('BOLGOV', 'BOL'), ('10', '14'),
     'LA PAZ (Reuters) - Aymara leader Felipe Quispe on Monday demanded that the government withdraw troops '
     'from the highlands.'),
    (('ECUGOV', 'ECUELI', 'ECU'), ('ECULEG', 'ECU'), _ACC,
     'QUITO (Reuters) - President Abdala Bucaram on Thursday accused Congress of plotting against him.'),
    # Central America
    (('NICREB', 'NIC'), ('NICGOV', 'NIC'), _ACC,
     'MANAGUA (AP) - Contra leader Adolfo Calero on Tuesday accused the Sandinista government of violating '
     'the ceasefire.'),
    (('NICGOV', 'NICELI', 'NIC'), ('USAGOV', 'USA'), _ACC,
     'MANAGUA (Reuters) - Foreign Minister Miguel d\'Escoto on Monday accused Washington of arming the '
     'contras.'),
    (('SLVREB', 'SLV'), ('SLVGOV', 'SLV'), ('12', '13'),
     'SAN SALVADOR (Reuters) - Guerrilla commander Joaquin Villalobos on Friday rejected the government\'s '
     'offer of talks.'),
    # the Caucasus
    # (AZEOPP added to the targets after the first run, a writing error by the file's own rule: Elchibey leads
    # the opposition on the 2000 date, the table's row)
    (('AZEREB', 'AZEMIL', 'AZE'), ('AZEGOV', 'AZEOPP', 'AZE'), ('10', '13'),
     'BAKU (Reuters) - Rebel colonel Surat Huseynov on Friday demanded the resignation of President Abulfaz '
     'Elchibey.'),
    (('AZEGOV', 'AZEELI', 'AZE'), ('ARMGOV', 'ARMMIL', 'ARM'), _ACC,
     'BAKU (Reuters) - President Abulfaz Elchibey on Monday accused Armenia of invading Azerbaijan.'),
    (('GEOREB', 'GEO'), ('GEOGOV', 'GEO'), ('12', '13'),
     'TBILISI (Reuters) - South Ossetian leader Ludvig Chibirov on Tuesday rejected Georgia\'s offer of '
     'autonomy.'),
    (('RUSREB', 'RUS'), ('RUSMIL', 'RUS'), _FIGHT,
     'MOSCOW (Reuters) - Chechen fighters of Ruslan Gelayev on Sunday attacked Russian troops in the '
     'mountains south of Grozny.'),
    # Central Asia and Afghanistan
    (('TJKREB', 'TJKOPP', 'TJKGOV', 'TJK'), ('TJKGOV', 'TJK'), _ACC,
     'DUSHANBE (Reuters) - Opposition leader Sayid Abdullo Nuri on Monday accused the government of '
     'violating the truce.'),
    (('UZBREB', 'UZB'), ('UZBGOV', 'UZB'), ('13',),
     'TASHKENT (Reuters) - Juma Namangani, leader of the Islamic Movement of Uzbekistan, on Tuesday '
     'threatened to overthrow President Islam Karimov.'),
    # (AFGREB added to the sources after the first run, a writing error by the written convention: the Taliban
    # are AFGREB until 2021, tenure.RULED)
    (('AFGGOV', 'AFGREB', 'AFG'), ('USAGOV', 'USA'), ('12',),
     'ISLAMABAD (Reuters) - Taliban Foreign Minister Wakil Ahmed Muttawakil on Monday rejected a U.S. '
     'demand to hand over Osama bin Laden.'),
    # South and South-East Asia
    (('LKAREB', 'LKA'), ('LKAGOV', 'LKA'), _ACC,
     'COLOMBO (Reuters) - Tamil Tiger negotiator Anton Balasingham on Monday accused the government of '
     'stalling the peace process.'),
    (('MMRGOV', 'MMRMIL', 'MMR'), ('MMROPP', 'MMR'), _ACC,
     'RANGOON (Reuters) - General Saw Maung on Monday accused the opposition of plotting to seize power.'),
    (('KHMREB', 'KHM'), ('IGOUNO', 'IGO'), _ACC,
     'PHNOM PENH (Reuters) - Khmer Rouge leader Khieu Samphan on Tuesday accused UNTAC of siding with the '
     'government.'),
    (('PHLREB', 'PHL'), ('PHLGOV', 'PHL'), ('12', '13'),
     'COTABATO (Reuters) - Muslim rebel leader Hashim Salamat on Monday rejected the government\'s deadline '
     'to sign a peace accord.'),
    # the Gulf
    (('IRQGOV', 'IRQ'), ('USAGOV', 'USA'), _ACC,
     'BAGHDAD (Reuters) - Information Minister Latif Nassif Jassim on Monday accused the United States of '
     'preparing to attack Iraq.'),
    (('IRQREB', 'IRQ'), ('IRQGOV', 'IRQ'), _ACC,
     'TEHRAN (Reuters) - Mohammed Baqir al-Hakim on Tuesday accused Baghdad of shelling Shi\'ite villages '
     'in the southern marshes.'),
    # missions, capitals, offices, the junta, the rebels
    (('IGOUNO', 'IGO'), ('SLEREB', 'SLE'), _ACC,
     'FREETOWN (Reuters) - UNAMSIL on Monday accused RUF rebels of holding 500 peacekeepers hostage.'),
    (('IGOWAF', 'IGO'), ('SLEREB', 'SLEMIL', 'SLEGOV', 'SLE'), _FIGHT,
     'FREETOWN (Reuters) - ECOMOG jets on Tuesday bombed junta positions around the capital.'),
    (('USAGOV', 'USA'), ('RUSGOV', 'RUS'), _ACC,
     'MOSCOW (Reuters) - Washington on Monday accused Moscow of breaking the arms treaty.'),
    (('SLEMIL', 'SLEGOV', 'SLE'), ('SLECVL', 'SLEMED', 'SLE'), ('17',),
     'FREETOWN (Reuters) - The junta on Tuesday arrested three journalists who criticised the coup.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), _FIGHT,
     'COLOMBO (Reuters) - The rebels on Thursday overran an army camp at Mullaitivu.'),
]


# batch 2: written after the first fixes and committed before any run on it
ACTORS44B: list[Row] = [
    (('LBRREB', 'LBRELI', 'LBR'), ('IGOWAF', 'IGO'), _ACC,
     'MONROVIA (Reuters) - Liberia Peace Council leader George Boley on Monday accused ECOMOG of arming his '
     'rivals.'),
    (('COGGOV', 'COGELI', 'COGOPP', 'COG'), ('COGUAF', 'COGGOV', 'COGMIL', 'COGOPP', 'COG'), _ACC,
     'BRAZZAVILLE (Reuters) - Prime Minister Bernard Kolelas on Tuesday accused Sassou-Nguesso\'s Cobra '
     'militiamen of shelling the city.'),
    (('CODREB', 'COD'), ('CODGOV', 'COD'), _ACC,
     'GOMA (Reuters) - RCD secretary-general Azarias Ruberwa on Monday accused Kinshasa of rearming Hutu '
     'militias.'),
    (('TCDREB', 'TCDELI', 'TCD'), ('LBYMIL', 'LBY'), _FIGHT,
     'N\'DJAMENA (Reuters) - Goukouni Oueddei\'s rebels on Sunday clashed with Libyan troops in the '
     'Tibesti.'),
    (('PERREB', 'PER'), ('PERGOV', 'PERCVL', 'PER'), ('13',),
     'LIMA (Reuters) - Shining Path leader Oscar Ramirez Durand on Monday threatened new attacks on the '
     'capital.'),
    (('NICREB', 'NICELI', 'NIC'), ('NICGOV', 'NIC'), _ACC,
     'SAN JOSE, Costa Rica (Reuters) - Rebel commander Eden Pastora on Tuesday accused the Sandinista '
     'government of betraying the revolution.'),
    (('RUSREB', 'RUS'), ('RUSGOV', 'RUS'), _ACC,
     'GROZNY (Reuters) - Chechen spokesman Movladi Udugov on Monday accused Moscow of breaking the '
     'ceasefire.'),
    (('TJKREB', 'TJKOPP', 'TJKGOV', 'TJK'), ('TJKGOV', 'TJK'), ('12',),
     'DUSHANBE (Reuters) - Opposition deputy leader Akbar Turajonzoda on Tuesday rejected the government\'s '
     'terms for a ceasefire.'),
    (('IRQGOV', 'IRQ'), ('IGOUNO', 'IGO'), _ACC,
     'BAGHDAD (Reuters) - Information Minister Hamid Yusuf Hammadi on Monday accused the United Nations of '
     'starving Iraqi children.'),
    (('IRNGOV', 'IRN'), ('USAGOV', 'USA'), _ACC,
     'NICOSIA (Reuters) - Iran will not bow to U.S. pressure, a foreign ministry spokesman said on Monday, '
     'accusing Washington of waging economic war on the Islamic Republic.'),
    (('NGAMIL', 'NGAGOV', 'NGA'), ('NGAOPP', 'NGA'), ('17',),
     'LAGOS (Reuters) - The junta on Thursday arrested the leader of the opposition.'),
    (('IGOWST', 'IGO'), ('SRBCVL', 'SRBOPP', 'SRB'), _FIGHT,
     'PRISTINA (Reuters) - KFOR troops on Monday fired on Serb protesters in Mitrovica.'),
    (('CHNOPP', 'CHN'), ('CHNGOV', 'CHN'), _ACC,
     'DHARAMSALA, India (Reuters) - The Tibetan government-in-exile on Monday accused China of torturing '
     'monks.'),
]


if __name__ == "__main__":
    report("actors44", ACTORS44, full=False, date=DATE)
    report("actors44b", ACTORS44B, full=False, date=DATE)
