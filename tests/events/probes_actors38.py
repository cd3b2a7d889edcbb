"""Probes of the thirty-sixth session (wip/actors38): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): leaders who
were rebels or putschists before or after office (coded by the story's date), envoys and representatives
with no name (the Holy See's, the Red Cross's, a state's at the U.N.), officials named only by title and the
country of a neighbouring sentence ("the visiting minister", "his Syrian counterpart"), religious, ethnic
and tribal groups of the era, national adjectives and demonyms, bodies by their function, and actors that
take the country from a possessor, an of-phrase or the dateline. Written in one batch and committed before
the coder ran on them. Each row has the actor codes (country + first sector, matched as probe_match does)
and the CAMEO roots an analyst would accept.

First run, blind (35 rows, main a8dfea3e + this file, committed 32296a2f before any run): country + root 26,
actor + root 22. One row was corrected after the run as a writing error by the codebook: withdrawing support
from a president is reducing relations (CAMEO 16), which the Ecuador row left out (the coder's 087 misses
either way, so the first run stands). After the session's fixes (era rows, the Pope's envoy, a state's
representative at the U.N., the ousted prime minister): 28 / 26. The misses are strict gaps in
tests/events/test_probes_actors38.py.

Batch 2 (`ACTORS38B`, 27 rows, committed c10a93ce after the first fixes and before any run on it): first run
24 / 24 (the misses: "Papua New Guinea troops", NER tagging "New Guinea" alone, read as Guinea; "the Iranian
representative" read as a legislator by the events stage's nationality path; Amal's militiamen). After the
later fixes ("New Guinea" is Papua New Guinea's; another state's representative is its envoy in both paths):
25 / 25.

`python tests/events/probes_actors38.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS38: list[Row] = [
    # leaders who were rebels or putschists before or after office
    (('CIVOPP', 'CIV', 'CIVPTY'), ('CIVGOV', 'CIVMIL', 'CIV'), ('11', '12', '10'),
     'ABIDJAN (Reuters) - Opposition leader Laurent Gbagbo on Tuesday accused the military junta of '
     'delaying a return to civilian rule.'),
    (('CIVGOV', 'CIVMIL', 'CIV'), ('CIVOPP', 'CIV', 'CIVPTY'), ('17', '11', '12'),
     'ABIDJAN (AFP) - Junta leader General Robert Guei on Monday barred former prime minister Alassane '
     'Ouattara from the presidential race.'),
    (('BDIGOV', 'BDI'), ('BDIREB', 'BDI'), ('04', '03'),
     'BUJUMBURA (Reuters) - President Pierre Buyoya on Thursday met Hutu rebel leaders in Arusha for talks '
     'on ending the civil war.'),
    (('FJIREB', 'FJI', 'FJICVL'), ('FJIGOV', 'FJI'), ('18', '17'),
     'SUVA (AP) - Gunmen led by businessman George Speight on Friday stormed parliament and took Prime '
     'Minister Mahendra Chaudhry hostage.'),
    (('SLEREB', 'SLE'), ('IGOUNO', 'IGO'), ('18', '17'),
     'FREETOWN (Reuters) - Foday Sankoh\'s Revolutionary United Front on Tuesday seized 50 U.N. '
     'peacekeepers in the diamond district of Kono.'),
    (('LBRGOV', 'LBR'), ('GINGOV', 'GIN'), ('11', '12'),
     'MONROVIA (AFP) - President Charles Taylor on Sunday accused Guinea of harbouring rebels who attacked '
     'northern Liberia.'),
    (('VENGOV', 'VEN'), ('VENLEG', 'VEN', 'VENOPP'), ('11', '12', '17'),
     'CARACAS (Reuters) - President Hugo Chavez on Wednesday accused Congress of blocking his plans to '
     'rewrite the constitution.'),
    (('PAKGOV', 'PAKMIL', 'PAK'), ('PAKELI', 'PAK', 'PAKOPP'), ('11', '17', '12'),
     'ISLAMABAD (AP) - General Pervez Musharraf on Sunday charged the ousted prime minister with '
     'hijacking.'),
    (('RUSREB', 'RUS'), ('RUSCVL', 'RUS'), ('18',),
     'MOSCOW (ITAR-TASS) - Chechen fighters led by Salman Raduyev on Tuesday took hundreds of hostages at '
     'a hospital in the Dagestani town of Kizlyar.'),
    # envoys and representatives with no name
    (('VATGOV', 'VAT'), ('IRQGOV', 'IRQ'), ('04', '03'),
     'BAGHDAD (Reuters) - The Pope\'s envoy on Saturday met President Saddam Hussein and handed him a '
     'message from John Paul.'),
    (('NGOHLHIRC', 'NGO'), ('COLREB', 'COL', 'COLCVL'), ('04', '03', '08'),
     'BOGOTA (AP) - A representative of the Red Cross on Monday received two kidnapped oil workers freed '
     'by leftist guerrillas.'),
    (('IRQGOV', 'IRQ'), ('USAGOV', 'USA'), ('11', '12'),
     'UNITED NATIONS (Reuters) - Iraq\'s representative at the U.N. on Thursday accused Washington of '
     'blocking food imports for Iraqi children.'),
    (('USAGOV', 'USA'), ('SRBGOV', 'SRB', 'YUGGOV', 'YUG'), ('04', '03', '13'),
     'BELGRADE (AP) - A U.S. envoy on Friday held talks with President Slobodan Milosevic on the crisis in '
     'Kosovo.'),
    (('IGOAFROAU', 'IGO'), ('ERIGOV', 'ERI', 'ETHGOV', 'ETH'), ('04', '03'),
     'ASMARA (AFP) - An OAU envoy on Tuesday handed Eritrean leaders a peace plan for the border war with '
     'Ethiopia.'),
    (('SYRGOV', 'SYR'), ('USAGOV', 'USA'), ('04', '03', '01'),
     'WASHINGTON (Reuters) - Syria\'s ambassador on Monday met Secretary of State Madeleine Albright to '
     'discuss the stalled peace talks.'),
    # officials named by title and a neighbouring story's country
    (('TURGOV', 'TUR'), ('GRCGOV', 'GRC'), ('04', '03', '05'),
     'NEW YORK (Reuters) - Turkish Foreign Minister Ismail Cem met his Greek counterpart on Tuesday and '
     'agreed to cooperate on terrorism.'),
    (('EGYGOV', 'EGY'), ('SYRGOV', 'SYR'), ('04', '03'),
     'DAMASCUS (MENA) - Egyptian Foreign Minister Amr Moussa arrived on Monday for talks on the peace '
     'process. The visiting minister met President Hafez al-Assad for two hours.'),
    (('JPNGOV', 'JPN'), ('CHNGOV', 'CHN'), ('04', '03'),
     'BEIJING (Kyodo) - Japan\'s foreign minister held talks with his Chinese counterpart on Sunday on '
     'the wartime past.'),
    (('IRNGOV', 'IRN'), ('SAUGOV', 'SAU'), ('04', '03', '05'),
     'RIYADH (IRNA) - Iranian Foreign Minister Kamal Kharrazi arrived on Saturday. The Iranian minister '
     'handed King Fahd a message from President Mohammad Khatami.'),
    # religious, ethnic and tribal groups of the era
    (('RWAUAF', 'RWAREB', 'RWA'), ('RWACVL', 'RWA'), ('18', '19', '20'),
     'KIGALI (Reuters) - Hutu militiamen on Sunday hacked to death 25 Tutsi villagers in northwestern '
     'Rwanda, the army said.'),
    (('SRBCVL', 'SRB', 'YUGCVL', 'YUG', 'SRBOPP'), ('SRBGOV', 'SRB', 'YUGGOV', 'YUG'), ('14',),
     'PRISTINA (AP) - Tens of thousands of Kosovo Albanians on Wednesday marched through the provincial '
     'capital to protest against Serbian rule.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'COLOMBO (Reuters) - Tamil rebels on Thursday overran an army camp near the northern town of '
     'Kilinochchi, killing 40 soldiers.'),
    (('IRQREB', 'IRQ'), ('IRQGOV', 'IRQ', 'IRQMIL'), ('18', '19'),
     'NICOSIA (AFP) - Shi\'ite rebels on Friday attacked Baath party offices in the southern city of '
     'Amara, Iraqi opposition sources said.'),
    (('LBNUAF', 'LBN', 'LBNREB'), ('LBNCVL', 'LBN', 'LBNUAF', 'LBN'), ('19', '18'),
     'BEIRUT (UPI) - Christian militiamen on Monday shelled the Moslem western sector of the capital, '
     'killing 12 civilians, police said.'),
    (('MMRREB', 'MMR'), ('MMRMIL', 'MMR'), ('19', '18'),
     'BANGKOK (Reuters) - Karen rebels on Sunday ambushed a Burmese army column near the Thai border, '
     'killing 15 soldiers.'),
    (('INDREB', 'IND', 'INDUAF'), ('INDCVL', 'IND'), ('18', '19', '20'),
     'NEW DELHI (AP) - Sikh militants on Tuesday shot dead 22 bus passengers in Punjab state, police said.'),
    (('MLIREB', 'MLI'), ('MLIMIL', 'MLI'), ('19', '18'),
     'BAMAKO (AFP) - Tuareg rebels on Friday attacked an army post near the northern town of Gao, '
     'killing seven soldiers.'),
    # national adjectives, bodies by function, possessors, of-phrases, datelines
    (('TGOMIL', 'TGO'), ('TGOOPP', 'TGO', 'TGOCVL'), ('18', '19', '17'),
     'LOME (Reuters) - Togolese soldiers on Saturday fired on opposition supporters in the capital, '
     'wounding six.'),
    (('MRTGOV', 'MRT'), ('SENCVL', 'SEN'), ('17', '12'),
     'NOUAKCHOTT (AFP) - Mauritanian authorities on Monday expelled 3,000 Senegalese in a border dispute.'),
    (('ZMBJUD', 'ZMB'), ('ZMBOPP', 'ZMB'), ('12', '17'),
     'LUSAKA (Reuters) - Zambia\'s supreme court on Thursday threw out an opposition petition challenging '
     'President Frederick Chiluba\'s election.'),
    (('GEOLEG', 'GEO'), ('RUSGOV', 'RUS'), ('11', '12'),
     'TBILISI (ITAR-TASS) - The parliament of Georgia on Wednesday accused Moscow of backing separatists '
     'in Abkhazia.'),
    (('ROUJUD', 'ROU'), ('ROUELI', 'ROU', 'ROUGOV'), ('11', '17'),
     'BUCHAREST (Reuters) - The state prosecutor on Tuesday charged a former privatisation minister with '
     'taking bribes.'),
    (('HNDAGR', 'HND', 'HNDCVL'), ('HNDGOV', 'HND'), ('14', '10'),
     'TEGUCIGALPA (EFE) - Coffee growers on Monday blocked highways across Honduras to demand government '
     'credit.'),
    (('KORGOV', 'KOR'), ('PRKGOV', 'PRK'), ('02', '10'),
     'SEOUL (Yonhap) - The Unification Ministry on Friday urged North Korea to resume talks on reuniting '
     'separated families.'),
    (('ECUMIL', 'ECU'), ('ECUGOV', 'ECU'), ('12', '11', '17', '16'),
     'QUITO (Reuters) - Ecuador\'s armed forces chief on Saturday withdrew his support for President Jamil '
     'Mahuad.'),
]


# batch 2: written after the first fixes and committed before any run on it
ACTORS38B: list[Row] = [
    (('VATGOV', 'VAT'), ('LBNREL', 'LBNCHR', 'LBNMOS', 'LBNELI', 'LBN'), ('02', '10'),
     'VATICAN CITY (Reuters) - The Pope\'s envoy to Lebanon on Tuesday urged Christian and Moslem leaders to '
     'end their feud over the new electoral law.'),
    (('PAKGOV', 'PAK'), ('INDGOV', 'IND'), ('11', '12'),
     'NEW DELHI (PTI) - Pakistan\'s representative at the disarmament conference on Monday accused India of '
     'scuttling the talks.'),
    (('IRNGOV', 'IRN'), ('IGOUNO', 'IGO'), ('12', '11'),
     'GENEVA (Reuters) - The Iranian representative to the U.N. Human Rights Commission on Tuesday rejected '
     'a resolution condemning Tehran.'),
    (('BGDCOP', 'BGD'), ('BGDELI', 'BGD'), ('17',),
     'DHAKA (Reuters) - Police on Sunday arrested the deposed president on corruption charges.'),
    (('AGOREB', 'AGO'), ('AGOCVL', 'AGO'), ('19', '18', '20'),
     'LUANDA (AFP) - Jonas Savimbi\'s forces on Friday shelled the central city of Huambo, killing 30 '
     'civilians.'),
    (('SDNREB', 'SDN'), ('SDNMIL', 'SDN'), ('19', '18'),
     'KHARTOUM (Reuters) - John Garang\'s guerrillas on Wednesday ambushed an army convoy near the Ugandan '
     'border, the official news agency said.'),
    (('LBRREB', 'LBR'), ('LBRGOV', 'LBRELI', 'LBR'), ('18', '17'),
     'MONROVIA (AP) - Prince Johnson\'s rebels on Sunday seized President Samuel Doe at the headquarters of '
     'the West African peacekeeping force.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'COLOMBO (Reuters) - Velupillai Prabhakaran\'s fighters on Saturday overran a navy base on the '
     'northeastern coast.'),
    (('CHNGOV', 'CHN'), ('IDNGOV', 'IDN'), ('04', '03'),
     'BEIJING (Xinhua) - Chinese Foreign Minister Tang Jiaxuan on Monday held talks with his visiting '
     'Indonesian counterpart.'),
    (('EGYGOV', 'EGY'), ('SDNGOV', 'SDN'), ('04', '03'),
     'CAIRO (MENA) - President Hosni Mubarak on Sunday received the visiting Sudanese foreign minister.'),
    (('RWAGOV', 'RWA'), ('UGAGOV', 'UGA'), ('04', '03'),
     'KAMPALA (Reuters) - The visiting Rwandan vice president on Friday held talks with Ugandan officials on '
     'the war in Congo.'),
    (('SRBCOP', 'SRB', 'YUGCOP', 'YUG'), ('SRB', 'SRBCVL', 'YUG', 'YUGCVL'), ('17',),
     'PRISTINA (AFP) - Serbian police on Monday arrested 30 Kosovo Albanians in a raid on the village of '
     'Likosane.'),
    (('BDIREB', 'BDI', 'BDIUAF'), ('BDICVL', 'BDIREF', 'BDI'), ('19', '18', '20'),
     'BUJUMBURA (AFP) - Hutu rebels on Thursday attacked a camp for displaced Tutsis outside the capital, '
     'killing 20.'),
    (('LKAREB', 'LKA'), ('LKAREF', 'LKACVL', 'LKA'), ('19', '18', '20'),
     'COLOMBO (AP) - Tamil Tiger rebels on Tuesday shelled a refugee camp near the northern town of '
     'Mullaitivu.'),
    (('LBNUAF', 'LBNREB', 'LBNPTY', 'LBN'), ('LBNREB', 'LBNUAF', 'LBN'), ('19', '18'),
     'BEIRUT (Reuters) - Amal militiamen on Monday fought Hezbollah guerrillas in the southern suburbs of '
     'the capital.'),
    (('PHLREB', 'PHL'), ('PHLCVL', 'PHLEDU', 'PHL'), ('08',),
     'MANILA (AP) - Moslem rebels on Wednesday freed 10 hostages seized from a school in the southern '
     'province of Basilan.'),
    (('IGOAFROAU', 'IGO'), ('ETHGOV', 'ETH'), ('04', '03'),
     'ADDIS ABABA (Reuters) - The OAU\'s special envoy on Monday met Ethiopian Prime Minister Meles Zenawi '
     'to discuss the border war.'),
    (('NGOHLHIRC', 'NGO'), ('SRBMIL', 'SRB', 'YUGMIL', 'YUG', 'SRBCOP', 'YUGCOP'), ('11', '12'),
     'GENEVA (AP) - The Red Cross on Friday accused Serbian forces of blocking aid convoys bound for '
     'Kosovo.'),
    (('NICREB', 'NIC'), ('NICMIL', 'NIC'), ('19', '18'),
     'MANAGUA (Reuters) - Contra rebels on Sunday ambushed a Sandinista army truck in northern Nicaragua, '
     'killing eight soldiers.'),
    (('PNGMIL', 'PNG'), ('PNGREB', 'PNG'), ('19',),
     'PORT MORESBY (Reuters) - Papua New Guinea troops on Monday clashed with Bougainville rebels near the '
     'town of Arawa.'),
    (('MEXREB', 'MEX'), ('MEXMIL', 'MEX'), ('11',),
     'MEXICO CITY (Reuters) - Zapatista rebels on Wednesday accused the army of harassing Indian villages in '
     'Chiapas.'),
    (('NPLREB', 'NPL'), ('NPLCOP', 'NPL'), ('19', '18'),
     'KATHMANDU (AP) - Maoist rebels on Friday attacked a police post in western Nepal, killing 15 '
     'policemen.'),
    (('NCLREB', 'NCL', 'FRAREB'), ('FRACOP', 'FRA', 'NCLCOP'), ('18',),
     'NOUMEA (AFP) - Kanak separatists on Saturday took 27 gendarmes hostage on the island of Ouvea.'),
    (('FJIREB', 'FJI'), ('FJIGOV', 'FJICVL', 'FJI', 'FJIELI'), ('08',),
     'SUVA (Reuters) - Rebel leader George Speight on Sunday freed eight hostages, including Fiji\'s first '
     'ethnic Indian prime minister.'),
    (('CIVOPP', 'CIV'), ('CIVGOV', 'CIVMIL', 'CIV'), ('11', '12'),
     'ABIDJAN (Reuters) - Laurent Gbagbo on Monday accused General Robert Guei of planning to rig the '
     'presidential election.'),
    (('BOLGOV', 'BOL'), ('BOLAGR', 'BOLCVL', 'BOL'), ('12',),
     'LA PAZ (Reuters) - President Hugo Banzer on Tuesday rejected demands by coca growers to halt the '
     'eradication of their crops.'),
    (('THAGOV', 'THA'), ('MMRGOV', 'MMR', 'MMRMIL'), ('11', '12'),
     'BANGKOK (Reuters) - Prime Minister Chuan Leekpai on Thursday accused the Burmese junta of failing to '
     'stop the flow of drugs across the border.'),
]


if __name__ == "__main__":
    report("actors38", ACTORS38, full=False, date=DATE)
    report("actors38b", ACTORS38B, full=False, date=DATE)
