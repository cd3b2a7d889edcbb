"""Probes of the thirty-third session (wip/actors35): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): ethnic rebel
peoples placed by a border phrase, armed men named by their faith with no fought state named, drug cartels
and their bosses, "the country's" army or parliament, the era's leaders, ministers, movements, militias,
parties, IGOs and NGOs, national adjectives, bodies by their function, and actors placed by a possessor, an
of-phrase or the dateline. Written in one batch and committed before the coder ran on them. Each row has
the actor codes (country + first sector, matched as probe_match does) and the CAMEO roots an analyst would
accept; armed men named by a faith accept the armed sector (REB, UAF) or the faith (MOS).

First run, blind (35 rows, main 4b3b7b39 + this file, committed bd99a23e before any run): country + root 29,
actor + root 25. One row was corrected after the run as a probe-writing error by the CAMEO codebook: returned
refugees are refugees (REF), which the row's civilians (CVL) left out; with it the first run reads 29 / 26
(country + root already passed). After the session's fixes: 30 / 29 (main 4b3b7b39 on the corrected rows:
29 / 26).

Batch 2 (`ACTORS35B`, 30 rows, committed 17c86b56 after the first fixes and before any run on it): first run
21 / 18. Two rows corrected as probe-writing errors by the codebook: a killing "in a gunbattle" is a fight
(19), which the row's arrest and assault roots left out; rockets "killing nine civilians" hit civilians
(AFGCVL), which the row's government and army targets left out; with them 22 / 20 (main 4b3b7b39 on the
corrected rows: 21 / 18). After the later fixes
(a people's armed men by the state they fought wherever they shelter, an armed opposition and a Serb
leadership in the mention path): 24 / 23. The misses of both batches are strict gaps in
tests/events/test_probes_actors35.py.

`python tests/events/probes_actors35.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS35: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # ethnic rebel peoples placed by a border phrase
    (('MMRREB', 'MMR'), ('MMRMIL', 'MMR', 'MMRGOV'), ('19', '18'),
     'Karen guerrillas near the Thai border on Sunday attacked a Burmese army camp, killing 11 soldiers, a '
     'rebel spokesman said.'),
    (('MMRMIL', 'MMR'), ('MMRREB', 'MMR'), ('19', '18'),
     'Burmese troops on Wednesday overran a Karenni rebel base near the Thai frontier after three days of '
     'fighting.'),
    (('TURREB', 'TUR', 'IRQREB'), ('TURMIL', 'TUR'), ('19', '18'),
     'Kurdish guerrillas slipping across the Iraqi border on Friday ambushed a Turkish army convoy, killing '
     'six soldiers.'),
    # armed men named by a faith, no fought state named
    (('DZAREB', 'DZA', 'DZAUAF', 'DZAMOS'), ('DZACVL', 'DZA'), ('18', '19'),
     'ALGIERS, Algeria (AP) -- Moslem militants on Monday cut the throats of 14 villagers in a hamlet '
     'south of the capital, security sources said.'),
    (('PHLREB', 'PHL', 'PHLUAF', 'PHLMOS'), ('PHLREL', 'PHL', 'ITAREL', 'ITA'), ('18', '17'),
     'Muslim guerrillas on the southern island of Basilan on Thursday kidnapped an Italian priest, the '
     'military said.'),
    (('EGYREB', 'EGY', 'EGYUAF', 'EGYMOS'), ('EGYCOP', 'EGY'), ('18', '19'),
     'CAIRO, Egypt (Reuters) - Islamic militants on Tuesday shot dead two policemen guarding a church in '
     'the southern town of Mallawi.'),
    # drug cartels, their bosses, traffickers
    (('COLCOP', 'COL', 'COLGOV'), ('COLCRM', 'COL'), ('17',),
     'Colombian police on Friday arrested the reputed leader of the Cali drug cartel, Gilberto Rodriguez '
     'Orejuela, in a raid on a Cali apartment.'),
    (('COLCRM', 'COL'), ('COLGOV', 'COL', 'COLJUD'), ('18', '19', '13'),
     'Hitmen of the Medellin cartel on Tuesday shot dead a Supreme Court judge who had backed extradition, '
     'police said.'),
    (('MEXCOP', 'MEX', 'MEXGOV', 'MEXMIL'), ('MEXCRM', 'MEX'), ('17',),
     'Mexican federal agents on Saturday arrested the boss of the Gulf drug cartel, Juan Garcia Abrego, near '
     'Monterrey.'),
    (('COLGOV', 'COL'), ('USAGOV', 'USA'), ('16', '13', '12'),
     'BOGOTA, Colombia (AP) -- Colombia on Thursday extradited suspected cocaine trafficker Carlos Lehder to '
     'the United States, the Justice Ministry said.'),
    # the country's / the nation's bodies
    (('BDIMIL', 'BDI'), ('BDICVL', 'BDI'), ('18', '19', '20'),
     'Ethnic violence flared again in Burundi on Monday as the country\'s Tutsi-led army killed at least 30 '
     'Hutu civilians, aid workers said.'),
    (('PERLEG', 'PER', 'PERGOV'), ('PERGOV', 'PER'), ('11', '12', '16'),
     'Peru slid deeper into crisis on Friday as the country\'s Congress rejected the president\'s emergency '
     'budget.'),
    (('ZARGOV', 'ZAR', 'COD', 'CODGOV'), ('BELGOV', 'BEL'), ('11', '12', '16'),
     'Zaire on Wednesday recalled its ambassador from Brussels after the nation\'s president accused Belgium '
     'of backing the opposition.'),
    # era leaders, ministers, movements, militias, parties
    (('AGOREB', 'AGO'), ('AGOGOV', 'AGO'), ('12', '11'),
     'UNITA rebel leader Jonas Savimbi on Tuesday rejected the results of Angola\'s first multi-party '
     'elections and accused the government of fraud.'),
    (('ZAFGOV', 'ZAF'), ('ZAFOPP', 'ZAF', 'ZAFPTY'), ('04', '03', '05'),
     'South African President F.W. de Klerk met ANC leader Nelson Mandela on Friday to discuss an end to '
     'township violence.'),
    (('IRNGOV', 'IRN'), ('GBRGOV', 'GBR'), ('11', '12'),
     'Iranian Foreign Minister Ali Akbar Velayati on Sunday accused Britain of meddling in the Rushdie '
     'affair.'),
    (('LBNUAF', 'LBN', 'LBNREB', 'LBNMOS'), ('ISRMIL', 'ISR'), ('19', '18'),
     'Amal militiamen on Monday fired rockets at Israeli troops in the south Lebanon security zone.'),
    (('LBNREB', 'LBN', 'LBNUAF'), ('ISRMIL', 'ISR', 'LBNUAF', 'LBN'), ('19', '18'),
     'Hezbollah guerrillas on Wednesday attacked an outpost of the Israeli-backed South Lebanon Army, '
     'killing two militiamen.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'Tamil Tiger guerrillas on Saturday overran an army camp at Mullaitivu in the island\'s northeast.'),
    (('SLEREB', 'SLE'), ('SLECVL', 'SLE'), ('18', '19'),
     'Revolutionary United Front rebels on Thursday hacked off the hands of villagers in eastern Sierra '
     'Leone, an aid agency said.'),
    (('TURREB', 'TUR'), ('TURCVL', 'TUR', 'TURGOV'), ('18', '19'),
     'Kurdistan Workers Party guerrillas on Tuesday killed nine village guards in southeast Turkey.'),
    (('HTIMIL', 'HTI', 'HTIGOV'), ('HTIOPP', 'HTI', 'HTICVL'), ('18', '19', '14', '17'),
     'Haitian soldiers on Friday fired on supporters of ousted President Jean-Bertrand Aristide in '
     'Port-au-Prince.'),
    (('KHMREB', 'KHM'), ('KHMGOV', 'KHM'), ('12', '11'),
     'The Khmer Rouge on Monday rejected the Cambodian government\'s call for a ceasefire.'),
    (('PANGOV', 'PAN', 'PANMIL'), ('USAGOV', 'USA'), ('11', '12'),
     'Panamanian strongman General Manuel Antonio Noriega on Saturday accused Washington of plotting his '
     'overthrow.'),
    (('CHLGOV', 'CHL'), ('CHLOPP', 'CHL', 'CHLPTY'), ('12', '11'),
     'Chilean President General Augusto Pinochet on Wednesday rejected opposition demands for early '
     'elections.'),
    (('SOMREB', 'SOM', 'SOMUAF'), ('USAMIL', 'USA'), ('19', '18'),
     'Somali militiamen loyal to General Mohamed Farah Aideed on Sunday ambushed a U.S. army patrol in '
     'Mogadishu.'),
    # IGOs, NGOs, bodies by function, adjectives
    (('IGOWSTNAT', 'IGO', 'NATO'), ('SRBMIL', 'SRB', 'YUG', 'YUGMIL', 'BIHREB', 'BIH'), ('19', '18'),
     'NATO jets on Tuesday bombed Bosnian Serb ammunition dumps near Pale.'),
    (('NGOHLHIRC', 'NGO'), ('IRQGOV', 'IRQ'), ('11', '12'),
     'The International Committee of the Red Cross on Thursday accused Iraq of blocking food deliveries to '
     'Kurdish refugees.'),
    (('HTIGOV', 'HTI', 'HTIMIL'), ('HTIMED', 'HTI'), ('17',),
     'PORT-AU-PRINCE, Haiti (Reuters) - The military-backed government on Tuesday closed two radio stations '
     'critical of the army.'),
    (('LBRGOV', 'LBR'), ('LBRREB', 'LBR'), ('10', '02'),
     'Liberia\'s interim government on Friday demanded that Charles Taylor\'s rebels lay down their arms.'),
    (('GTMMIL', 'GTM', 'GTMCOP'), ('GTMCVL', 'GTM', 'GTMREF'), ('18', '19', '20'),
     'Guatemalan security forces on Wednesday killed 11 returned refugees in a village in the northern '
     'province of Alta Verapaz.'),
    (('FRAREB', 'FRA'), ('FRAGOV', 'FRA'), ('18',),
     'Corsican separatists on Sunday set off bombs at three government buildings in Ajaccio.'),
    (('NGAGOV', 'NGA', 'NGAMIL'), ('NGAOPP', 'NGA', 'NGACVL'), ('17',),
     'Nigeria\'s military government on Monday hanged writer Ken Saro-Wiwa and eight other minority rights '
     'activists.'),
    (('YUGGOV', 'SRBGOV', 'YUG', 'SRB'), ('IGOUNO', 'IGO'), ('12',),
     'Belgrade on Friday rejected a U.N. Security Council demand that it stop arming Bosnian Serbs.'),
    (('ETHREB', 'ETH', 'ERIREB'), ('ETHMIL', 'ETH'), ('19', '18'),
     'Eritrean People\'s Liberation Front guerrillas on Monday captured the Red Sea port of Massawa from '
     'Ethiopian government troops.'),
]


# batch 2: written after the first fixes and committed before any run on it
ACTORS35B: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    (('MMRREB', 'MMR'), ('MMRMIL', 'MMR'), ('19', '18'),
     'Shan rebels operating near the Chinese frontier on Tuesday ambushed a convoy of government troops, '
     'killing 15.'),
    (('MMRREB', 'MMR'), ('MMRMIL', 'MMR', 'MMRGOV'), ('19', '18', '11', '12'),
     'Karen rebels on Friday accused the Burmese army of shelling refugee camps inside Thailand.'),
    (('INDREB', 'IND'), ('INDMIL', 'IND'), ('19', '18'),
     'Naga guerrillas on Sunday ambushed an Indian army patrol in the northeastern state of Manipur, killing '
     'eight soldiers.'),
    (('COLCOP', 'COL', 'COLGOV', 'COLMIL'), ('COLCRM', 'COL'), ('17', '18', '19'),
     'Colombian police on Thursday shot dead the security chief of the Medellin drug cartel in a gunbattle '
     'in Envigado.'),
    (('USAGOV', 'USA', 'USACOP', 'USAJUD'), ('COLCRM', 'COL', 'PANGOV', 'PAN'), ('11', '16', '17'),
     'A U.S. federal grand jury on Wednesday indicted the leaders of the Cali drug cartel on charges of '
     'smuggling cocaine into Florida.'),
    (('COLCRM', 'COL'), ('COLGOV', 'COL'), ('18', '13', '19'),
     'Cartel hitmen on Monday killed a Colombian senator who backed the extradition of drug traffickers, '
     'police said.'),
    (('MEXCOP', 'MEX', 'MEXGOV'), ('MEXCRM', 'MEX'), ('17',),
     'Mexican police on Saturday captured the alleged leader of the Tijuana drug cartel in a raid on a '
     'ranch.'),
    (('RUSGOV', 'RUS'), ('GEOREB', 'GEO'), ('11', '12'),
     'Russia on Tuesday accused Georgia of letting Chechen rebels use the Pankisi gorge, and the country\'s '
     'defence minister threatened to strike them.'),
    (('AGOMIL', 'AGO'), ('AGOREB', 'AGO'), ('19', '18'),
     'Angola\'s army on Saturday captured the UNITA stronghold of Bailundo, the nation\'s state radio said.'),
    (('KHMGOV', 'KHM'), ('KHMREB', 'KHM'), ('12', '16'),
     'Cambodia on Friday rejected talks with the Khmer Rouge, and the country\'s co-premiers vowed to crush '
     'the guerrillas.'),
    (('TJKREB', 'TJK'), ('TJKMIL', 'TJK', 'RUSMIL', 'RUS'), ('19', '18'),
     'Tajik opposition gunmen on Thursday attacked a government garrison in the Karategin valley, killing '
     'seven soldiers.'),
    (('BIHREB', 'BIH'), ('IGOUNO', 'IGO', 'IGOWSTNAT'), ('12', '11', '16'),
     'Bosnian Serb leaders on Monday rejected a U.N. ultimatum to pull their heavy guns back from '
     'Sarajevo.'),
    (('HRVREB', 'HRV'), ('HRVGOV', 'HRV', 'HRVCVL'), ('19', '18'),
     'Rebel Serb gunners in Croatia\'s Krajina region on Sunday shelled the town of Karlovac, the Croatian '
     'government said.'),
    (('SOMREB', 'SOM', 'SOMUAF'), ('IGOUNO', 'IGO', 'PAKMIL', 'PAK'), ('19', '18'),
     'Gunmen loyal to warlord Mohamed Farah Aideed on Friday ambushed Pakistani peacekeepers in Mogadishu, '
     'killing 23.'),
    (('PERMIL', 'PER', 'PERGOV'), ('PERREB', 'PER'), ('19', '18'),
     'Peruvian troops on Wednesday killed 14 Shining Path guerrillas in a jungle clash in the Upper '
     'Huallaga valley.'),
    (('SLVREB', 'SLV'), ('SLVGOV', 'SLV', 'SLVMIL'), ('19', '18'),
     'Salvadoran leftist guerrillas on Saturday blew up power pylons, blacking out the eastern half of the '
     'country.'),
    (('LBRREB', 'LBR'), ('IGOWAFWAS', 'IGO', 'NGAMIL', 'NGA'), ('19', '18'),
     'Fighters of Charles Taylor\'s National Patriotic Front on Tuesday shelled the West African '
     'peacekeeping force\'s base in Monrovia.'),
    (('ZARGOV', 'ZAR', 'COD', 'CODGOV'), ('IGOUNO', 'IGO'), ('12', '11'),
     'Zaire\'s government on Monday rejected a U.N. inquiry into the killing of Hutu refugees in the east '
     'of the country.'),
    (('DZAMIL', 'DZA'), ('DZAREB', 'DZA', 'DZAUAF', 'DZAMOS'), ('19', '18'),
     'Algerian troops on Thursday killed 20 Moslem fundamentalist guerrillas in the mountains east of '
     'Algiers, the official APS news agency said.'),
    (('EGYCOP', 'EGY', 'EGYMIL'), ('EGYREB', 'EGY', 'EGYUAF', 'EGYMOS'), ('17',),
     'Egyptian police on Sunday rounded up 200 suspected Islamic militants in raids in Upper Egypt.'),
    (('IGOUNO', 'IGO'), ('IRQGOV', 'IRQ'), ('12', '11'),
     'U.N. arms inspector Rolf Ekeus on Tuesday accused Iraq of hiding missile parts from his team.'),
    (('NGOHRI', 'NGO'), ('CHNGOV', 'CHN'), ('11', '12'),
     'Human Rights Watch on Thursday accused China of torturing Tibetan monks and nuns held in Lhasa\'s '
     'Drapchi prison.'),
    (('ISRGOV', 'ISR'), ('PSEREB', 'PSE', 'PSEMOS', 'PSEUAF'), ('17', '16', '11'),
     'Israel on Thursday deported 415 suspected Hamas activists to south Lebanon.'),
    (('PSEGOV', 'PSE', 'PSEREB', 'PSE'), ('ISRGOV', 'ISR'), ('03', '04', '05'),
     'PLO chairman Yasser Arafat on Monday met Israeli Foreign Minister Shimon Peres in Cairo.'),
    (('NGAGOV', 'NGA'), ('NGAOPP', 'NGA'), ('17', '15'),
     'Nigerian military ruler General Sani Abacha on Friday ordered the arrest of opposition leader Moshood '
     'Abiola.'),
    (('IDNMIL', 'IDN'), ('IDNREB', 'IDN'), ('19', '18'),
     'Indonesian troops on Saturday killed 12 Free Aceh Movement rebels in a clash in north Aceh.'),
    (('GBRGOV', 'GBR'), ('GBRREB', 'GBR', 'IRLREB'), ('12', '11', '16'),
     'British Prime Minister John Major on Tuesday rejected talks with the IRA until it gives up its '
     'weapons.'),
    (('ESPCOP', 'ESP', 'ESPGOV'), ('ESPREB', 'ESP'), ('17',),
     'Spanish police on Wednesday arrested five suspected members of the Basque separatist group ETA in '
     'Bilbao.'),
    (('LKAGOV', 'LKA'), ('LKAREB', 'LKA'), ('03', '04', '05'),
     'Sri Lanka\'s government on Monday agreed to reopen peace talks with the Tamil Tiger guerrillas.'),
    (('AFGREB', 'AFG', 'AFGMOS'), ('AFGGOV', 'AFG', 'AFGMIL', 'AFGCVL'), ('19', '18'),
     'Afghan Moslem guerrillas on Sunday fired rockets into Kabul, killing nine civilians, Radio Kabul '
     'said.'),
]


if __name__ == "__main__":
    report("actors35", ACTORS35, full=False, date=DATE)
    report("actors35b", ACTORS35B, full=False, date=DATE)
