"""Probes of the thirty-fourth session (wip/actors36): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): states and
provinces of large federations (Brazil, India, Nigeria, Mexico, Russia, Pakistan, Indonesia) that must keep
the story at home, Algeria's Islamic Salvation Front (a party of the opposition by its name, OPP) and its
armed wing (REB), regional peacekeeping forces by their body or region (ECOMOG, West African or CIS
peacekeepers: the body's IGO code), Mafia bosses, kingpins and crime families (CRM), military commanders
sacked or named (their state's MIL), and the era's leaders, ministers, movements, militias, parties, IGOs
and NGOs, national adjectives and bodies by their function. Written in one batch and committed before the
coder ran on them. Each row has the actor codes (country + first sector, matched as probe_match does) and
the CAMEO roots an analyst would accept.

First run, blind (37 rows, main 3301af2c + this file, committed a86ca552 before any run): country + root 26,
actor + root 23. Two rows were corrected after the run as writing errors: the Islamic Salvation Front by
its full name is DZAREB by the project's convention (test_probe_thirteenth: the CAMEO manual's own example
codes it so), which the rows' DZAOPP left out; and a massacre of 31 villagers is a mass killing (root 20) by
the codebook, which the row's 18 / 19 left out. With them the first run reads 27 / 25 (main 3301af2c on the
corrected rows: 27 / 25). After the session's fixes: 30 / 27.

Batch 2 (`ACTORS36B`, 29 rows, committed af12872b after the first fixes and before any run on it): first run
27 / 24 (main 3301af2c: 23 / 21); after the later fixes ("Wahhabi" a faith word; "in the state of X" says
whose): 27 / 25. The misses of both batches are strict gaps in tests/events/test_probes_actors36.py.

`python tests/events/probes_actors36.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS36: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # states and provinces of large federations
    (('BRACOP', 'BRA'), ('BRACVL', 'BRA', 'BRALAB', 'BRAOPP'), ('18', '19', '14', '17'),
     'Military police in the Amazon state of Para on Wednesday opened fire on landless peasants blocking a '
     'highway, killing 19, officials said.'),
    (('BRAGOV', 'BRA'), ('BRACVL', 'BRA', 'BRALAB'), ('17', '15', '12'),
     'The governor of the northeastern state of Maranhao on Monday ordered police to evict squatters from '
     'a sugar plantation.'),
    (('INDCOP', 'IND'), ('INDCVL', 'IND', 'INDOPP', 'INDREL'), ('17', '18', '19'),
     'Police in the western Indian state of Maharashtra on Sunday arrested 300 Hindu militants who tried to '
     'march on a disputed mosque.'),
    (('INDUAF', 'INDREB', 'IND'), ('INDCVL', 'IND'), ('18', '19'),
     'BHUBANESWAR, India (Reuters) - Suspected Naxalite guerrillas on Tuesday shot dead five villagers in '
     'the eastern state of Bihar, police said.'),
    (('NGAMIL', 'NGA', 'NGAGOV'), ('NGACVL', 'NGA', 'NGAETH', 'NGAOPP'), ('17', '18', '19', '15'),
     'Nigerian troops on Friday arrested dozens of Ogoni youths in Rivers state after riots over oil '
     'spills, witnesses said.'),
    (('MEXMIL', 'MEX'), ('MEXCRM', 'MEX'), ('17', '19'),
     'Mexican soldiers on Thursday arrested 14 suspected drug traffickers in the western state of '
     'Michoacan.'),
    (('RUSGOV', 'RUS'), ('RUSGOV', 'RUS'), ('03', '04', '05', '06'),
     'The leaders of Tatarstan on Tuesday signed a power-sharing treaty with the Russian government in '
     'Moscow.'),
    (('IDNMIL', 'IDN'), ('IDNREB', 'IDN'), ('19', '18'),
     'Indonesian troops on Monday killed four separatist rebels in a clash in the eastern province of Irian '
     'Jaya, the military said.'),
    (('PAKCOP', 'PAK'), ('PAKOPP', 'PAK', 'PAKCVL'), ('17', '15'),
     'Police in Pakistan\'s Sindh province on Saturday arrested 60 activists of the Mohajir Qaumi Movement '
     'after a wave of killings in Karachi.'),
    # the Islamic Salvation Front and its armed wing
    (('DZAOPP', 'DZA', 'DZAREB'), ('DZAGOV', 'DZA'), ('11', '12', '10'),
     'ALGIERS (Reuters) - The banned Islamic Salvation Front on Sunday denounced the government\'s election '
     'plans as a fraud and urged Algerians to stay at home.'),
    (('DZAREB', 'DZA'), ('DZAGOV', 'DZA', 'DZAMIL'), ('08', '07', '03', '05'),
     'The Islamic Salvation Army, the armed wing of Algeria\'s outlawed FIS, on Wednesday agreed to lay down '
     'its arms under an amnesty.'),
    (('DZAGOV', 'DZA', 'DZAJUD'), ('DZAOPP', 'DZA', 'DZAREB'), ('17', '15'),
     'An Algerian military court on Thursday sentenced FIS leaders Abbassi Madani and Ali Belhadj to 12 '
     'years in prison.'),
    (('DZAREB', 'DZA', 'DZAMOS', 'DZAUAF'), ('DZACVL', 'DZA'), ('18', '19', '20'),
     'Guerrillas of the Armed Islamic Group on Saturday massacred 31 villagers south of Algiers, security '
     'forces said.'),
    # regional peacekeepers by body or region
    (('IGOWAF', 'IGO'), ('LBRREB', 'LBR'), ('19', '18'),
     'MONROVIA (AP) - ECOMOG jets on Tuesday bombed rebel positions near the port of Buchanan.'),
    (('IGOWAF', 'IGO'), ('SLEREB', 'SLE'), ('19', '18'),
     'West African peacekeepers on Sunday drove rebels of the Revolutionary United Front out of the eastern '
     'districts of Freetown.'),
    (('GEOREB', 'GEO', 'ABK'), ('IGOCAS', 'IGO', 'RUSMIL'), ('19', '18'),
     'Abkhaz separatists on Friday fired mortars at a post of CIS peacekeepers on the Inguri river, the '
     'Georgian Defence Ministry said.'),
    (('NGAMIL', 'NGA', 'IGOWAF', 'IGO'), ('LBRREB', 'LBR'), ('19', '18'),
     'Nigerian peacekeepers on Monday fought off an attack by fighters loyal to Charles Taylor near the '
     'Monrovia airport.'),
    # crime bosses and families
    (('ITACOP', 'ITA'), ('ITACRM', 'ITA'), ('17',),
     'PALERMO, Sicily (AP) -- Police on Friday arrested Mafia boss Giovanni Brusca in a farmhouse near '
     'Agrigento.'),
    (('USAJUD', 'USA', 'USAGOV'), ('USACRM', 'USA'), ('17', '15'),
     'NEW YORK (AP) - A federal jury on Thursday convicted reputed Gambino crime family boss John Gotti of '
     'murder and racketeering.'),
    (('MEXGOV', 'MEX', 'MEXCOP'), ('MEXCRM', 'MEX'), ('17', '16'),
     'MEXICO CITY (Reuters) - Mexican authorities on Sunday seized the ranch of drug kingpin Amado Carrillo '
     'Fuentes in the northern state of Sonora.'),
    # commanders sacked or named
    (('PERGOV', 'PER'), ('PERMIL', 'PER'), ('17', '16', '12', '07', '10'),
     'LIMA, Peru (Reuters) - President Alberto Fujimori on Tuesday dismissed the commander of the army, '
     'General Nicolas Hermoza, after a dispute over the hostage rescue.'),
    (('RUSGOV', 'RUS'), ('RUSMIL', 'RUS'), ('17', '16', '12', '07', '10'),
     'MOSCOW (Reuters) - President Boris Yeltsin on Monday sacked the commander of Russia\'s ground forces '
     'after the failure of the Grozny offensive.'),
    (('NGAGOV', 'NGA'), ('NGAMIL', 'NGA'), ('17', '16', '12', '10'),
     'LAGOS (Reuters) - Nigeria\'s military ruler on Wednesday retired the chief of army staff and 12 other '
     'generals.'),
    # era leaders, movements, militias, parties, IGOs and NGOs
    (('BFAGOV', 'BFA'), ('CIVGOV', 'CIV'), ('04', '03', '05'),
     'Burkinabe President Blaise Compaore on Friday held talks with Ivorian President Henri Konan Bedie in '
     'Yamoussoukro.'),
    (('MOZREB', 'MOZ'), ('MOZCVL', 'MOZ', 'MOZ'), ('18', '19'),
     'Renamo rebels on Saturday attacked a bus in central Mozambique, killing 16 passengers, Radio '
     'Mozambique said.'),
    (('UGAREB', 'UGA'), ('UGACVL', 'UGA', 'UGAEDU'), ('18',),
     'Rebels of the Lord\'s Resistance Army on Thursday abducted 40 pupils from a school in northern Uganda, '
     'the army said.'),
    (('MEXGOV', 'MEX'), ('MEXREB', 'MEX'), ('03', '04', '05', '06'),
     'The Mexican government on Monday resumed peace talks with Zapatista rebels in the Chiapas town of San '
     'Andres Larrainzar.'),
    (('PHLREB', 'PHL', 'PHLMOS'), ('PHLCVL', 'PHL', 'USACVL', 'USA'), ('18',),
     'Abu Sayyaf guerrillas on Sunday seized 20 hostages, including three Americans, from a resort on '
     'Palawan island, the Philippine military said.'),
    (('NERMIL', 'NER'), ('NERGOV', 'NER'), ('17', '18', '19', '15'),
     'NIAMEY (Reuters) - Nigerien soldiers on Saturday shot dead President Ibrahim Bare Mainassara at the '
     'airport, state radio said.'),
    (('TGOCOP', 'TGO'), ('TGOOPP', 'TGO'), ('17', '18', '14'),
     'Togolese police on Wednesday fired tear gas at opposition supporters marching in Lome.'),
    (('MRTGOV', 'MRT'), ('SENCVL', 'SEN', 'SEN'), ('17', '16', '12'),
     'Mauritanian authorities on Tuesday expelled thousands of black Senegalese across the Senegal river.'),
    (('IGOEAF', 'IGO'), ('SDN', 'SDNGOV', 'SDNREB'), ('04', '03', '05'),
     'The Intergovernmental Authority on Development on Monday opened a new round of peace talks between '
     'Sudan\'s government and southern rebels in Nairobi.'),
    (('IGOSAS', 'IGO'), ('IND', 'INDGOV'), ('02', '04', '03'),
     'The South Asian Association for Regional Cooperation on Sunday urged India and Pakistan to resume '
     'their dialogue.'),
    (('NGOHLH', 'NGO'), ('SDNGOV', 'SDN'), ('11', '12'),
     'Medecins Sans Frontieres on Wednesday accused the Sudanese government of blocking food aid to '
     'famine victims in the south.'),
    (('NGOHRI', 'NGO'), ('NGAGOV', 'NGA'), ('11', '12'),
     'Amnesty International on Friday condemned the execution of Nigerian writer Ken Saro-Wiwa as judicial '
     'murder.'),
    (('LKAGOV', 'LKA'), ('LKAREB', 'LKA'), ('17', '16', '12'),
     'Sri Lanka\'s defence ministry on Thursday banned the Liberation Tigers of Tamil Eelam as a terrorist '
     'organisation.'),
    (('KHMREB', 'KHM'), ('KHMGOV', 'KHM'), ('19', '18'),
     'Khmer Rouge guerrillas on Monday shelled a government position near Pailin, the Cambodian defence '
     'ministry said.'),
]


# batch 2: written after the first fixes and committed before any run on it
ACTORS36B: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # states and provinces
    (('BRAUAF', 'BRA', 'BRACRM'), ('BRALAB', 'BRA', 'BRACVL'), ('18', '19'),
     'Gunmen in the northeastern state of Pernambuco on Monday killed a union leader who had backed land '
     'reform, police said.'),
    (('INDCOP', 'IND'), ('INDAGR', 'IND', 'INDCVL'), ('18', '19', '17', '14'),
     'Police in the central Indian state of Madhya Pradesh on Friday fired on farmers protesting power cuts, '
     'killing three.'),
    (('NGAMIL', 'NGA'), ('NGACVL', 'NGA', 'NGAETH', 'NGAREB', 'NGAUAF'), ('19', '18'),
     'Troops in Nigeria\'s Bayelsa state on Tuesday clashed with Ijaw youths who had seized oil platforms.'),
    (('MEXMIL', 'MEX'), ('MEXREB', 'MEX'), ('19', '18'),
     'Soldiers in the southern state of Guerrero on Sunday killed 11 suspected rebels of the Popular '
     'Revolutionary Army.'),
    (('RUSCOP', 'RUS'), ('RUSUAF', 'RUS', 'RUSREB', 'RUSMOS', 'RUSRAD'), ('17',),
     'Police in Dagestan on Wednesday detained 15 Wahhabi militants suspected of plotting bomb attacks.'),
    (('IDNCOP', 'IDN'), ('IDNCVL', 'IDN', 'IDNREL', 'IDNCHR', 'IDNMOS'), ('17',),
     'Police in the province of Central Sulawesi on Monday arrested 20 men after clashes between Christians '
     'and Moslems in Poso.'),
    (('PAKGOV', 'PAK'), ('AFGREF', 'AFG', 'PAKREF'), ('17', '16', '12'),
     'Authorities in the North-West Frontier Province on Thursday expelled 300 Afghan refugees, officials '
     'in Peshawar said.'),
    (('CODREB', 'COD', 'RWAMIL', 'RWA'), ('RWAREF', 'RWA', 'CODREF', 'COD', 'RWACVL', 'CODCVL'),
     ('18', '19', '20'),
     'Rebels in the eastern province of North Kivu on Friday attacked a camp of Hutu refugees, killing 30, '
     'aid workers said.'),
    (('BDIMIL', 'BDI'), ('BDIREB', 'BDI'), ('19', '18'),
     'Burundian army troops on Saturday killed 40 Hutu rebels in a clash in Bubanza province, military '
     'sources said.'),
    # peacekeepers by body or region
    (('IGOWAF', 'IGO'), ('LBRREB', 'LBR'), ('17',),
     'West African peacekeepers on Wednesday arrested a rebel commander in the Liberian town of Kakata.'),
    (('SLEREB', 'SLE'), ('IGOWAF', 'IGO'), ('19', '18'),
     'Fighters of the Revolutionary United Front on Monday ambushed a convoy of the West African '
     'peacekeeping force, killing four soldiers.'),
    (('IGOWAF', 'IGO'), ('GNBMIL', 'GNB', 'GNBGOV'), ('13', '16'),
     'The Economic Community of West African States on Saturday threatened to impose sanctions on the '
     'military junta in Guinea-Bissau.'),
    # crime bosses
    (('ITACOP', 'ITA'), ('ITACRM', 'ITA'), ('17',),
     'PALERMO (Reuters) - Italian police on Tuesday arrested a fugitive Mafia boss who had been hiding for '
     '20 years in a village near Corleone.'),
    (('COLCOP', 'COL'), ('COLCRM', 'COL'), ('18', '19', '17'),
     'Colombian police on Wednesday shot dead a drug baron wanted in the United States as he fled a raid in '
     'Medellin.'),
    (('JPNCOP', 'JPN'), ('JPNCRM', 'JPN'), ('17', '19'),
     'TOKYO (Kyodo) - Japanese police on Monday raided the offices of the Yamaguchi-gumi, the country\'s '
     'largest yakuza syndicate.'),
    (('RUSCRM', 'RUS'), ('RUSBUS', 'RUS', 'RUSCVL'), ('18', '19'),
     'MOSCOW (AP) - Gangsters on Thursday shot dead a prominent banker outside his home, police said.'),
    # commanders
    (('ARGGOV', 'ARG'), ('ARGMIL', 'ARG'), ('17', '16', '12', '10'),
     'BUENOS AIRES (Reuters) - President Carlos Menem on Friday fired the chief of the air force over a '
     'corruption scandal.'),
    (('TURMIL', 'TUR'), ('TURGOV', 'TUR'), ('13', '11', '12'),
     'ANKARA (Reuters) - Turkey\'s chief of general staff on Tuesday warned the Islamist-led government '
     'against undermining secularism.'),
    # era leaders, movements, IGOs and NGOs
    (('COLREB', 'COL'), ('COLMIL', 'COL'), ('08',),
     'The Revolutionary Armed Forces of Colombia on Sunday freed 60 soldiers it had held for nine months.'),
    (('PSEREB', 'PSE', 'PSEUAF', 'PSEMOS'), ('ISRCVL', 'ISR'), ('19', '18'),
     'Hamas militants on Monday fired mortars at a Jewish settlement in the Gaza Strip.'),
    (('ESHREB', 'ESH', 'MARREB', 'ESHOPP'), ('MARGOV', 'MAR'), ('11', '12'),
     'The Polisario Front on Tuesday accused Morocco of blocking the U.N. referendum on Western Sahara.'),
    (('SENMIL', 'SEN'), ('SENREB', 'SEN'), ('19', '18'),
     'Senegalese troops on Thursday killed 20 separatist rebels in the southern Casamance region, the army '
     'said.'),
    (('ERIGOV', 'ERI'), ('ETHGOV', 'ETH', 'ETHMIL'), ('11', '12'),
     'Eritrean President Isaias Afwerki on Saturday accused Ethiopia of planning a new offensive.'),
    (('NGOHRI', 'NGO'), ('TURMIL', 'TURCOP', 'TUR', 'TURGOV'), ('11', '12'),
     'Amnesty International on Tuesday accused Turkish security forces of torturing Kurdish detainees.'),
    (('RUSREB', 'RUS'), ('RUSMIL', 'RUS'), ('19', '18'),
     'Chechen rebels on Friday shot down a Russian helicopter near Grozny, killing six crewmen.'),
    (('ZMBGOV', 'ZMB'), ('ZMBELI', 'ZMB', 'ZMBOPP'), ('11', '12'),
     'Zambian President Frederick Chiluba on Monday accused former president Kenneth Kaunda of plotting a '
     'coup.'),
    (('KHMGOV', 'KHM'), ('KHMOPP', 'KHM'), ('13',),
     'Cambodian Prime Minister Hun Sen on Thursday threatened to arrest opposition leader Sam Rainsy.'),
    (('GTMREB', 'GTM'), ('GTMGOV', 'GTM'), ('05', '06', '03', '04'),
     'Guatemalan leftist guerrillas on Sunday signed a final peace accord with the government.'),
    (('KENCOP', 'KEN'), ('KENOPP', 'KEN', 'KENCVL'), ('18', '17', '14'),
     'Kenyan riot police on Monday beat opposition supporters who tried to hold a rally in Nairobi.'),
]


if __name__ == "__main__":
    report("actors36", ACTORS36, full=False, date=DATE)
    report("actors36b", ACTORS36B, full=False, date=DATE)
