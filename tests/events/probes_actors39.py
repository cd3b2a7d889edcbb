"""Probes of the thirty-seventh session (wip/actors39): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): era actors the
tables may lack (Somali faction leaders, Nigerian labour and opposition leaders, Colombian presidents and
guerrilla chiefs, groups by their era names: the Marines, the Interahamwe, the Contras, the Khmer Rouge),
"Presidents X of A and Y of B" and "the foreign ministers of A and B" (one noun, two states), actors placed
by the dateline (foreign tourists under BANGKOK are nobody's; unnamed soldiers and police of a JERUSALEM,
SRINAGAR, JAKARTA or MOSCOW lead acting in a disputed or rebel town are the dateline state's), and officers
named only by the office of a body ("the UNHCR chief", "the OAU secretary-general", "the NATO commander").
Written in one batch and committed before the coder ran on them. Each row has the actor codes (country +
first sector, matched as probe_match does) and the CAMEO roots an analyst would accept.

First run, blind (34 rows, main ddf703b6 + this file, committed 8efc72a2 before any run): country + root 21,
actor + root 21. Three rows were corrected after the run as writing errors by the codebook: "urged X to" and
"appealed to X to" are appeals (CAMEO 02), which the OAS, U.N. and World Bank rows left out (accepting only
demands, 10); with them the first run reads 24 / 24. After the session's fixes (a held territory's forces, a
bare "Marines", era leaders' rows, one plural title for two states' heads): 29 / 29.

Batch 2 (`ACTORS39B`, 10 rows, committed 1cef1475 after the first fixes and before any run on it): first run
8 / 8 (the two misses yield no event at all); the same after the later fixes.

`python tests/events/probes_actors39.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_FREE = ('---CVL', '---', 'CVL')

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS39: list[Row] = [
    # one noun, two states
    (('EGYGOV', 'YEMGOV'), ('YEMGOV', 'EGYGOV'), ('05', '03', '04'),
     'CAIRO (MENA) - Presidents Hosni Mubarak of Egypt and Ali Abdullah Saleh of Yemen on Sunday signed an '
     'accord to double trade between their countries.'),
    (('JORGOV', 'SYRGOV'), ('SYRGOV', 'JORGOV'), ('04', '03'),
     'AMMAN (Reuters) - The foreign ministers of Jordan and Syria on Tuesday met in Amman to discuss sharing '
     'the waters of the Yarmouk river.'),
    (('SENGOV', 'GNBGOV'), ('GNBGOV', 'SENGOV'), ('03', '05', '06', '04'),
     'DAKAR (AFP) - Presidents Abdou Diouf of Senegal and Joao Bernardo Vieira of Guinea-Bissau on Friday '
     'agreed to patrol their common border jointly.'),
    (('BRAGOV', 'ARGGOV'), ('ARGGOV', 'BRAGOV'), ('03', '05', '06', '04'),
     'BRASILIA (Reuters) - The defence ministers of Brazil and Argentina on Wednesday signed an agreement on '
     'military cooperation.'),
    # era leaders and groups the tables may lack
    (('SOMUAF', 'SOMREB', 'SOM'), ('PAKMIL', 'PAK', 'IGOUNO', 'IGO'), ('19', '18'),
     'MOGADISHU (Reuters) - Militiamen loyal to Mohamed Farah Aidid on Tuesday attacked Pakistani '
     'peacekeepers near a food distribution point, killing 24.'),
    (('SOMREB', 'SOMUAF', 'SOM'), ('SOMREB', 'SOMUAF', 'SOM'), ('11', '12'),
     'MOGADISHU (AFP) - Faction leader Ali Mahdi Mohamed on Saturday accused Hussein Aidid\'s militia of '
     'shelling the northern half of the capital.'),
    (('SOMREB', 'SOMUAF', 'SOM'), ('SOMGOV', 'SOM'), ('12', '11'),
     'NAIROBI (Reuters) - Somali warlord Hussein Aidid on Sunday rejected the transitional government '
     'formed at peace talks in Djibouti.'),
    (('NGACOP', 'NGAGOV', 'NGA'), ('NGALAB', 'NGA'), ('17',),
     'LAGOS (Reuters) - Police on Thursday arrested oil union leader Frank Kokori as a strike by oil workers '
     'crippled fuel supplies.'),
    (('NGAOPP', 'NGAELI', 'NGA'), ('NGAGOV', 'NGAMIL', 'NGA'), ('11', '12'),
     'LAGOS (AP) - Moshood Abiola on Saturday accused the military government of stealing his victory in '
     'the annulled presidential election.'),
    (('NGALAB', 'NGA'), ('NGAGOV', 'NGA'), ('13', '14', '10'),
     'ABUJA (Reuters) - Nigeria Labour Congress leader Adams Oshiomhole on Monday threatened a general '
     'strike unless the government reverses the rise in fuel prices.'),
    (('COLGOV', 'COL'), ('USAGOV', 'USA'), ('12', '01', '11'),
     'BOGOTA (Reuters) - President Ernesto Samper on Monday rejected U.S. charges that his election campaign '
     'took money from drug traffickers.'),
    (('IGOWHMOAS', 'IGO'), ('PERGOV', 'PER'), ('02', '10'),
     'WASHINGTON (AP) - OAS Secretary-General Cesar Gaviria on Monday urged Peru\'s government to hold fresh '
     'elections.'),
    (('COLREB', 'COL'), ('COLGOV', 'COL'), ('04', '03'),
     'BOGOTA (Reuters) - FARC commander Manuel Marulanda on Sunday met President Andres Pastrana in the '
     'rebel-held zone to discuss a prisoner exchange.'),
    (('PERCOP', 'PERGOV', 'PER'), ('PERREB', 'PER'), ('17',),
     'LIMA (AP) - Police on Saturday captured Shining Path leader Abimael Guzman in a safe house in a Lima '
     'suburb.'),
    (('NICREB', 'NIC'), ('NICGOV', 'NICMIL', 'NIC'), ('11', '12'),
     'TEGUCIGALPA (AP) - The Contras on Thursday accused Nicaragua\'s Sandinista government of massing '
     'troops on the Honduran border.'),
    (('KHMREB', 'KHM'), ('KHMMIL', 'KHM'), ('19', '18'),
     'PHNOM PENH (Reuters) - The Khmer Rouge on Monday attacked government troops in the northwestern '
     'province of Battambang.'),
    (('RWAUAF', 'RWAREB', 'RWA'), ('RWACVL', 'RWA'), ('18', '19', '20'),
     'KIGALI (AFP) - Interahamwe militiamen on Friday killed 30 villagers in northwestern Rwanda, the army '
     'said.'),
    (('USAMIL', 'USA'), ('SOMUAF', 'SOMREB', 'SOM'), ('19', '18'),
     'MOGADISHU (AP) - The Marines on Wednesday exchanged fire with Somali gunmen near the airport.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'COLOMBO (Reuters) - The Tamil Tigers on Friday overran an army camp on the Jaffna peninsula, killing '
     '40 soldiers.'),
    (('UGAREB', 'UGA'), ('UGACVL', 'UGA'), ('18',),
     'NAIROBI (AP) - Uganda\'s Lord\'s Resistance Army on Sunday abducted 40 schoolchildren in northern '
     'Uganda, church officials said.'),
    (('CODUAF', 'CODREB', 'COD'), ('RWAMIL', 'RWA'), ('19', '18'),
     'KINSHASA (Reuters) - Mai-Mai militiamen on Friday ambushed a Rwandan army convoy in eastern Congo.'),
    (('DZAREB', 'DZA'), ('DZACVL', 'DZA'), ('18', '20'),
     'ALGIERS (AFP) - Armed Islamic Group guerrillas on Wednesday killed 18 villagers near Medea.'),
    # placed by the dateline
    (('THACOP', 'THA'), _FREE, ('17',),
     'BANGKOK (Reuters) - Police on Tuesday arrested two foreign tourists for smuggling heroin at the '
     'capital\'s airport.'),
    (('ISRMIL', 'ISR'), ('PSECVL', 'PSE', 'PSEOPP'), ('18', '19'),
     'JERUSALEM (Reuters) - Soldiers on Friday fired rubber bullets at Palestinian stone-throwers in Hebron, '
     'wounding 12.'),
    (('ISRCOP', 'ISRMIL', 'ISR'), ('PSECVL', 'PSE'), ('17',),
     'JERUSALEM (AP) - Police on Monday detained 15 Palestinians in the West Bank town of Ramallah after a '
     'stabbing.'),
    (('INDMIL', 'IND'), ('INDUAF', 'INDREB', 'IND'), ('18', '19'),
     'SRINAGAR (Reuters) - Troops on Saturday killed five militants in a gunbattle in a village north of '
     'the city.'),
    (('IDNMIL', 'IDN'), ('TLSCVL', 'TLS', 'TLSOPP', 'IDNCVL', 'IDN'), ('18', '19', '17'),
     'JAKARTA (AFP) - Soldiers on Tuesday opened fire on pro-independence demonstrators in Dili, killing at '
     'least eight.'),
    (('RUSMIL', 'RUS'), ('RUSREB', 'RUS'), ('19',),
     'MOSCOW (ITAR-TASS) - Federal troops on Sunday shelled rebel positions around Grozny.'),
    # officers named by the office of a body
    (('IGOUNOREFHCR', 'IGO'), ('GINGOV', 'GIN'), ('11', '12'),
     'GENEVA (Reuters) - The UNHCR chief on Wednesday accused Guinea of forcing Sierra Leonean refugees back '
     'across the border.'),
    (('IGOAFROAU', 'IGO'), ('CIVMIL', 'CIVGOV', 'CIV'), ('11', '12'),
     'ADDIS ABABA (AFP) - The OAU secretary-general on Friday condemned the military coup in Ivory Coast.'),
    (('IGOWSTNAT', 'IGO'), ('SRBGOV', 'YUGGOV', 'SRB', 'YUG'), ('13',),
     'BRUSSELS (Reuters) - The NATO commander on Monday warned Belgrade of air strikes unless it pulled its '
     'forces out of Kosovo.'),
    (('IGOUNO', 'IGO'), ('ETHGOV', 'ERIGOV', 'ETH', 'ERI'), ('02', '10'),
     'UNITED NATIONS (AP) - The U.N. secretary-general on Tuesday appealed to Ethiopia and Eritrea to halt '
     'the fighting.'),
    (('IGOUNOIAE', 'IGO'), ('PRKGOV', 'PRK'), ('11', '12'),
     'VIENNA (Reuters) - The IAEA chief on Thursday accused North Korea of hiding nuclear material from '
     'inspectors.'),
    (('IGOWBK', 'IGO'), ('IDNGOV', 'IDN'), ('02', '10'),
     'WASHINGTON (Reuters) - The World Bank\'s president on Monday urged Indonesia to speed up the reform of '
     'its banks.'),
]

# batch 2: written after the first fixes and committed before any run on it
ACTORS39B: list[Row] = [
    (('ISRMIL', 'ISR'), ('PSECVL', 'PSE'), ('18', '19', '17'),
     'JERUSALEM (AFP) - Troops on Sunday blew up the homes of three Palestinians in the Gaza Strip accused '
     'of attacks on settlers.'),
    (('ISRCOP', 'ISR'), ('PSECVL', 'PSE', 'PSEREL'), ('17', '18'),
     'JERUSALEM (Reuters) - Border police on Friday barred Palestinian worshippers from entering a mosque '
     'in Hebron.'),
    (('MARMIL', 'MAR'), ('ESHREB', 'ESH', 'MARREB', 'DZAREB'), ('19',),
     'RABAT (AFP) - Troops on Thursday clashed with Polisario guerrillas near the Western Sahara town of '
     'Smara.'),
    (('USAMIL', 'USA'), ('HTIMIL', 'HTI', 'HTICVL', 'HTIUAF'), ('19', '18'),
     'PORT-AU-PRINCE (AP) - Marines on Saturday shot dead ten Haitian gunmen in a firefight at a police '
     'post in Cap-Haitien.'),
    (('SOMREB', 'SOMUAF', 'SOM'), ('SOMREB', 'SOMUAF', 'SOM'), ('19', '18'),
     'MOGADISHU (Reuters) - Gunmen loyal to Ali Mahdi on Wednesday shelled positions held by Hussein '
     'Aideed\'s militia in the south of the city.'),
    (('NICOPP', 'NIC'), ('NICGOV', 'NIC'), ('11', '12'),
     'MANAGUA (Reuters) - Sandinista leader Daniel Ortega on Monday accused President Arnoldo Aleman of '
     'corruption.'),
    (('IGOOAS', 'IGO'), ('HTIGOV', 'HTI'), ('02', '10'),
     'WASHINGTON (Reuters) - Cesar Gaviria, head of the Organization of American States, on Tuesday urged '
     'Haiti to hold overdue elections.'),
    (('SURMIL', 'SUR'), ('SURREB', 'SUR'), ('19',),
     'PARAMARIBO (AFP) - Surinamese troops on Friday fought Jungle Commando rebels in the east of the '
     'country.'),
    (('NGALAB', 'NGA'), ('NGAGOV', 'NGAMIL', 'NGA'), ('14', '12', '13'),
     'LAGOS (AP) - Oil workers led by Frank Kokori on Monday went on strike to demand the release of '
     'Moshood Abiola.'),
    (('IGOUNOREFHCR', 'IGO'), ('ZAR', 'COD', 'CODGOV', 'ZARGOV'), ('11', '12'),
     'GENEVA (AP) - The U.N. refugee chief on Monday accused Zaire of expelling Rwandan refugees.'),
]


if __name__ == "__main__":
    report("actors39", ACTORS39, full=False, date=DATE)
    report("actors39b", ACTORS39B, full=False, date=DATE)
