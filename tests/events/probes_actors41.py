"""Probes of the thirty-ninth session (wip/actors41): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): separatist and
breakaway leaders (Abkhazia, Transdniestria, Nagorno-Karabakh, South Ossetia, Chechnya), Lebanese, Pakistani
and Iranian officials, West African politicians out of office, East Timor's leaders before independence,
regional bodies (ECOWAS and ECOMOG, SADC, the GCC, the OAU and its organs, IGAD), a dateline followed by the
country that is the subject ("NAIROBI - Kenya accused ..."), "the two leaders", "both sides" and "the rival
factions" with the parties named earlier in the lead, and rebel movements and demonyms of every region.
Written in one batch and committed before the coder ran on them. Each row has the actor codes (country +
first sector, matched as probe_match does) and the CAMEO roots an analyst would accept.

First run, blind (41 rows, main c31557c5 + this file, committed becdcf6a before any run): country + root 30,
actor + root 25. One row was corrected after the run as a writing error by the codebook: "the two leaders
agreed to meet again" is CAMEO 036 (express intent to meet), the Clerides-Denktash row accepted 05 / 06 only.
After the session's fixes (era separatist, Lebanese, Pakistani, Iranian, West African, East Timorese and
Kurdish leaders' rows, a self-proclaimed polity's authorities, cause titles, a dateline's own office holder, a
pair phrase with its pair earlier in the same sentence): 37 / 36 (five strict gaps,
`test_probes_actors41.py`).

Batch 2 (`ACTORS41B`, 18 rows, committed b9923f02 after the first fixes and before any run on it): first run
16 / 12 (the misses: "the Abkhaz authorities" and "the Transdniestrian leadership", whose region word NER tags
alone, read GEOGOV / MDAGOV; "the South Ossetian leader" as a target; Taur Matan Ruak's guerrilla years; the
Kurdish parties; Lissouba's and Sassou Nguesso's sides); after the later fixes 18 / 16 (two strict gaps).

`python tests/events/probes_actors41.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACC = ('11', '12')

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS41: list[Row] = [
    # separatist and breakaway leaders
    (('GEOREB', 'GEO'), ('IGOUNO', 'IGO'), ('12',),
     'SUKHUMI, Georgia (Reuters) - Abkhaz leader Vladislav Ardzinba on Tuesday rejected a U.N. plan that '
     'would give the region broad autonomy inside Georgia.'),
    (('MDAREB', 'MDA'), ('MDAGOV', 'MDA'), _ACC,
     'TIRASPOL, Moldova (Reuters) - Igor Smirnov, leader of the self-proclaimed Dniester republic, on Friday '
     'accused Moldova of imposing an economic blockade on the region.'),
    (('AZEREB', 'AZE'), ('AZEGOV', 'AZE', 'AZEMIL'), ('13',),
     'STEPANAKERT, Azerbaijan (AP) - Arkady Ghukasyan on Monday threatened Azerbaijan with a fierce '
     'response if its troops attacked the enclave.'),
    (('GEOREB', 'GEO'), ('GEOGOV', 'GEO'), ('04', '03'),
     'TSKHINVALI, Georgia (ITAR-TASS) - South Ossetian leader Lyudvig Chibirov on Thursday met President '
     'Eduard Shevardnadze to discuss the return of refugees.'),
    (('RUSREB', 'RUS'), ('RUSGOV', 'RUSMIL', 'RUS'), ('02', '10'),
     'NAZRAN, Russia (Reuters) - Chechen separatist leader Aslan Maskhadov on Wednesday appealed to Moscow '
     'to halt the bombing of Grozny.'),
    (('RUSGOV', 'RUS'), ('RUSREB', 'RUS'), ('12',),
     'MOSCOW (Reuters) - Acting President Vladimir Putin on Saturday ruled out talks with Aslan Maskhadov '
     'until the rebels free their hostages.'),
    # Lebanese, Pakistani and Iranian officials
    (('LBNLEG', 'LBNGOV', 'LBN'), ('SYRGOV', 'SYRMIL', 'SYR'), ('02', '10'),
     'BEIRUT (Reuters) - Parliament Speaker Nabih Berri on Monday urged Syria to keep its troops in Lebanon '
     'until Israel pulls out of the south.'),
    (('LBNLEG', 'LBN'), ('ISRGOV', 'ISRMIL', 'ISR'), _ACC,
     'BEIRUT (AFP) - The speaker of Lebanon\'s parliament on Tuesday accused Israel of stalling on its '
     'pledge to leave the occupied zone.'),
    (('LBNELI', 'LBNOPP', 'LBN'), ('LBNGOV', 'LBN'), _ACC,
     'BEIRUT (Reuters) - Former prime minister Rafik Hariri on Thursday accused the government of Selim '
     'al-Hoss of driving the economy into recession.'),
    (('PAKELI', 'PAK'), ('PAKMIL', 'PAKGOV', 'PAK'), ('02', '10'),
     'ISLAMABAD (Reuters) - Former caretaker prime minister Moeen Qureshi on Sunday urged the military '
     'government to set a date for elections.'),
    (('PAKOPP', 'PAK'), ('PAKMIL', 'PAKGOV', 'PAK'), ('02', '10'),
     'ISLAMABAD (AFP) - Benazir Bhutto\'s Pakistan People\'s Party on Monday called on General Pervez '
     'Musharraf to restore the suspended parliament.'),
    (('IRNGOV', 'IRN'), ('USAGOV', 'USA'), ('13', '11', '12'),
     'TEHRAN (IRNA) - Hassan Rowhani, secretary of the Supreme National Security Council, on Tuesday warned '
     'the United States against any attack on Iranian interests.'),
    (('IRNLEG', 'IRN'), ('USAGOV', 'USA'), _ACC,
     'TEHRAN (Reuters) - Parliament Speaker Ali Akbar Nateq-Nouri on Sunday accused Washington of plotting '
     'to overthrow the Islamic system.'),
    # West African politicians out of office
    (('CIVOPP', 'CIV'), ('CIVMIL', 'CIVGOV', 'CIV'), _ACC,
     'ABIDJAN (Reuters) - Opposition leader Alassane Ouattara on Wednesday accused the junta of breaking '
     'its promise to hand power to civilians.'),
    (('CIVOPP', 'CIV'), ('CIVMIL', 'CIVGOV', 'CIV'), _ACC,
     'ABIDJAN (AFP) - Laurent Gbagbo on Monday accused General Robert Guei of plotting to stay in power.'),
    (('GHAOPP', 'GHA'), ('GHAGOV', 'GHA'), _ACC,
     'ACCRA (Reuters) - John Kufuor on Friday accused President Jerry Rawlings of using state funds to '
     'campaign for his party.'),
    (('GINJUD', 'GINGOV', 'GIN'), ('GINOPP', 'GIN'), ('11', '17'),
     'CONAKRY (AFP) - A Guinean court on Tuesday sentenced opposition leader Alpha Conde to five years in '
     'prison for plotting against the state.'),
    (('NEROPP', 'NER'), ('NERGOV', 'NER'), _ACC,
     'NIAMEY (AFP) - Mahamadou Issoufou on Thursday accused President Mamadou Tandja of packing the '
     'electoral commission with his allies.'),
    # East Timor's leaders before independence
    (('TLSREB', 'TLSOPP', 'TLS'), ('IDNGOV', 'IDN'), ('04', '03'),
     'JAKARTA (Reuters) - East Timorese independence leader Xanana Gusmao on Thursday met President '
     'Abdurrahman Wahid to discuss the fate of refugees in West Timor.'),
    (('TLSREB', 'TLSOPP', 'TLSELI', 'TLS'), ('IDNMIL', 'IDN'), _ACC,
     'SYDNEY (Reuters) - Jose Ramos-Horta on Tuesday accused the Indonesian army of arming the militias '
     'that laid waste to East Timor.'),
    # regional bodies
    (('IGOWAFWAS', 'IGO'), ('SLEREB', 'SLE'), ('19', '18'),
     'FREETOWN (Reuters) - ECOMOG peacekeepers on Monday drove Revolutionary United Front rebels out of the '
     'eastern suburbs of the capital.'),
    (('IGOWAFWAS', 'IGO'), ('CIVMIL', 'CIVGOV', 'CIV'), ('13', '16'),
     'BAMAKO (AFP) - ECOWAS leaders on Sunday threatened the military rulers of Ivory Coast with sanctions '
     'unless they set a date for elections.'),
    (('IGOSAF', 'IGO'), ('ZWEGOV', 'ZWE'), ('02', '10'),
     'MAPUTO (Reuters) - SADC leaders on Monday urged Zimbabwe to end the seizure of white-owned farms.'),
    (('IGOPGSGCC', 'IGO'), ('IRNGOV', 'IRN'), ('10', '02'),
     'RIYADH (Reuters) - Gulf Cooperation Council foreign ministers on Sunday demanded that Iran end its '
     'occupation of three disputed islands.'),
    (('IGOAFROAU', 'IGO'), ('ETHGOV', 'ETH', 'ERIGOV', 'ERI'), ('02', '10'),
     'ADDIS ABABA (AFP) - OAU Secretary-General Salim Ahmed Salim on Monday appealed to Ethiopia and Eritrea '
     'to stop the fighting.'),
    (('IGOAFROAU', 'IGO'), ('COMMIL', 'COMGOV', 'COM'), ('11', '12'),
     'ADDIS ABABA (Reuters) - The OAU\'s central organ on Wednesday condemned the military coup in the '
     'Comoros.'),
    (('IGOAFROAU', 'IGO'), ('ETHGOV', 'ETH', 'ERIGOV', 'ERI'), ('02', '10'),
     'ALGIERS (Reuters) - The Organisation of African Unity on Friday urged Ethiopia and Eritrea to sign '
     'its peace plan.'),
    (('IGOEAF', 'IGO'), ('SDNGOV', 'SDN', 'SDNREB'), ('03', '04'),
     'NAIROBI (Reuters) - IGAD mediators on Monday proposed a new round of talks between the Sudanese '
     'government and SPLA rebels.'),
    # a dateline followed by the country that is the subject
    (('KENGOV', 'KEN'), ('UGAGOV', 'UGAMIL', 'UGA'), _ACC,
     'NAIROBI - Kenya on Wednesday accused Uganda of massing troops on their common border.'),
    (('EGYGOV', 'EGY'), ('ISRGOV', 'ISR'), ('02', '10'),
     'CAIRO (Reuters) - Egypt on Thursday urged Israel to halt the building of Jewish settlements on '
     'occupied land.'),
    (('INDGOV', 'IND'), ('PAKGOV', 'PAKMIL', 'PAK'), _ACC,
     'NEW DELHI (Reuters) - India on Sunday accused Pakistan of sending armed infiltrators into Kashmir.'),
    (('KORGOV', 'KOR'), ('PRKGOV', 'PRK'), ('03',),
     'SEOUL (Yonhap) - South Korea on Friday proposed new talks with North Korea on reuniting families '
     'divided by the war.'),
    (('TURGOV', 'TUR'), ('SYRGOV', 'SYR'), ('13',),
     'ANKARA - Turkey on Tuesday threatened Syria with military action unless it expelled Kurdish rebel '
     'leader Abdullah Ocalan.'),
    # the two leaders, both sides, the rival factions
    (('ETHGOV', 'ETHMIL', 'ETH', 'ERIGOV', 'ERIMIL', 'ERI'),
     ('ERIGOV', 'ERIMIL', 'ERI', 'ETHGOV', 'ETHMIL', 'ETH'), ('11',),
     'ASMARA (Reuters) - Fighting between Ethiopia and Eritrea flared again on the western front on Tuesday, '
     'and both sides accused each other of starting it.'),
    (('SOMREB', 'SOM'), ('SOMREB', 'SOM'), ('11',),
     'MOGADISHU (Reuters) - Gunmen loyal to Hussein Aidid and Ali Mahdi Mohamed traded fire in the north of '
     'the city on Sunday, and the rival factions accused each other of breaking the truce.'),
    (('CYPGOV', 'CYP', 'CYPREB', 'CYPOPP', 'TUR'), ('CYPGOV', 'CYP', 'CYPREB', 'CYPOPP', 'TUR'), ('03',),
     'NICOSIA (Reuters) - Glafcos Clerides and Rauf Denktash held three hours of talks on Friday, and the '
     'two leaders agreed to meet again next month.'),
    # rebel movements and demonyms of every region
    (('AGOREB', 'AGO'), ('AGOCVL', 'AGO'), ('19', '18', '20'),
     'LUANDA (Reuters) - Jonas Savimbi\'s UNITA rebels on Sunday shelled the central city of Kuito, killing '
     '15 civilians.'),
    (('LKAREB', 'LKA'), ('LKAGOV', 'LKA'), ('03',),
     'COLOMBO (Reuters) - Tamil Tiger leader Velupillai Prabhakaran on Saturday offered talks with the '
     'government if the army halts its offensive.'),
    (('IRQREB', 'IRQ'), ('IRQREB', 'IRQ'), _ACC,
     'ANKARA (Reuters) - Massoud Barzani\'s Kurdistan Democratic Party on Monday accused Jalal Talabani\'s '
     'fighters of attacking its positions near Arbil.'),
    (('BFACOP', 'BFA'), ('BFAEDU', 'BFACVL', 'BFA'), ('17',),
     'OUAGADOUGOU (AFP) - Burkinabe police on Monday arrested 30 students protesting over the killing of a '
     'journalist.'),
    (('TJKOPP', 'TJKREB', 'TJK'), ('TJKGOV', 'TJK'), _ACC,
     'DUSHANBE (Reuters) - The United Tajik Opposition on Tuesday accused the government of failing to free '
     'its prisoners under the peace accord.'),
]



# batch 2: written after the first fixes and committed before any run on it
ACTORS41B: list[Row] = [
    (('GEOREB', 'GEO'), ('GEOGOV', 'GEO'), _ACC,
     'SUKHUMI, Georgia (AFP) - The Abkhaz authorities on Monday accused Georgia of sending armed bands into '
     'the Gali district.'),
    (('MDAREB', 'MDA'), ('MDAGOV', 'MDA'), ('12',),
     'CHISINAU (Reuters) - The Transdniestrian leadership on Thursday rejected a Moldovan proposal for wide '
     'autonomy.'),
    (('AZEGOV', 'AZE'), ('AZEREB', 'AZE'), _ACC,
     'BAKU (Reuters) - Azerbaijan on Tuesday accused Karabakh Armenian forces of shelling villages near the '
     'ceasefire line.'),
    (('GEOGOV', 'GEO'), ('GEOREB', 'GEO'), ('04', '03'),
     'TBILISI (Interfax) - President Eduard Shevardnadze on Friday met the South Ossetian leader to discuss '
     'the return of refugees.'),
    (('LBNGOV', 'LBN'), ('IGOUNO', 'IGO'), ('02', '10'),
     'BEIRUT (AP) - Prime Minister Selim al-Hoss on Monday urged the United Nations to press Israel to free '
     'Lebanese prisoners.'),
    (('IRNGOV', 'IRN'), ('USAMIL', 'USAGOV', 'USA'), ('11', '12'),
     'TEHRAN (IRNA) - Foreign Minister Kamal Kharrazi on Sunday condemned the U.S. air strikes on Iraq.'),
    (('TGOOPP', 'TGO'), ('TGOGOV', 'TGO'), _ACC,
     'LOME (AFP) - Opposition leader Gilchrist Olympio on Wednesday accused President Gnassingbe Eyadema of '
     'rigging the presidential election.'),
    (('MLIGOV', 'MLI'), ('MLIOPP', 'MLI'), _ACC,
     'BAMAKO (Reuters) - Prime Minister Ibrahim Boubacar Keita on Monday accused opposition parties of '
     'stirring up unrest among students.'),
    (('TLSREB', 'TLS'), ('IDNGOV', 'IDNMIL', 'IDN'), ('02', '10'),
     'DILI (AFP) - Falintil commander Taur Matan Ruak on Sunday urged Indonesia to disarm the militias in '
     'West Timor.'),
    (('IGOWAFWAS', 'IGO'), ('SLEREB', 'SLE'), ('19', '18'),
     'FREETOWN (AFP) - ECOMOG jets on Tuesday bombed rebel positions near Makeni.'),
    (('IGOWAFWAS', 'IGO'), ('LBRGOV', 'LBR'), ('10', '02'),
     'ABUJA (Reuters) - ECOWAS defence chiefs on Friday demanded that Liberia stop backing the rebels in '
     'Sierra Leone.'),
    (('IGOSAF', 'IGO'), ('CODREB', 'COD'), ('02', '10'),
     'WINDHOEK (Reuters) - SADC defence ministers on Tuesday urged Congo\'s rebels to accept a ceasefire.'),
    (('IGOPGSGCC', 'IGO'), ('IRQGOV', 'IRQ'), ('02', '10'),
     'MUSCAT (Reuters) - The Gulf Co-operation Council on Wednesday called on Iraq to comply with U.N. '
     'resolutions.'),
    (('CHNGOV', 'CHN'), ('JPNGOV', 'JPN'), ('02', '10'),
     'BEIJING (Xinhua) - China on Thursday urged Japan to face up to its wartime past.'),
    (('TURGOV', 'TUR'), ('GRCGOV', 'GRC'), _ACC,
     'ANKARA (Reuters) - Turkey on Wednesday accused Greece of harbouring Kurdish rebels.'),
    (('ETHGOV', 'ETH', 'ETHMIL', 'ERIGOV', 'ERI', 'ERIMIL'),
     ('ERIGOV', 'ERI', 'ERIMIL', 'ETHGOV', 'ETH', 'ETHMIL'), ('11',),
     'ADDIS ABABA (AFP) - Clashes between Ethiopian and Eritrean forces were reported on Monday, and the two '
     'countries blamed each other for the fighting.'),
    (('COGREB', 'COGMIL', 'COGGOV', 'COGOPP', 'COG'), ('COGREB', 'COGMIL', 'COGGOV', 'COGOPP', 'COG'),
     ('11',),
     'BRAZZAVILLE (AFP) - Militiamen loyal to Pascal Lissouba and Denis Sassou Nguesso fought in the capital '
     'on Sunday, and both sides accused each other of breaking the truce.'),
    (('IRQREB', 'IRQ'), ('IRQGOV', 'IRQ'), _ACC,
     'ARBIL, Iraq (AP) - Jalal Talabani\'s Patriotic Union of Kurdistan on Sunday accused Baghdad of '
     'expelling Kurdish families from Kirkuk.'),
]



# batch 3: written after the second batch's fixes and committed before any run on it
ACTORS41C: list[Row] = [
    (('AZEREB', 'AZE'), ('AZEGOV', 'AZEMIL', 'AZE'), _ACC,
     'STEPANAKERT, Azerbaijan (Reuters) - The Karabakh Armenian leadership on Monday accused Azerbaijan of '
     'massing troops near the ceasefire line.'),
    (('MDAREB', 'MDA'), ('MDACOP', 'MDAGOV', 'MDA'), _ACC,
     'TIRASPOL, Moldova (AP) - Transdniestrian officials on Friday accused Moldovan police of harassing '
     'traders at the Bendery bridge.'),
    (('GEOREB', 'GEO'), ('GEOGOV', 'GEO'), ('12',),
     'SUKHUMI, Georgia (Reuters) - The Abkhaz parliament on Tuesday rejected a Georgian plan to return '
     'refugees to the Gali district.'),
    (('TLSREB', 'TLS'), ('AUSGOV', 'AUS'), ('02', '10'),
     'DILI (Reuters) - Resistance leader Xanana Gusmao on Wednesday urged Australia to keep its peacekeepers '
     'in East Timor.'),
    (('GHAOPP', 'GHA'), ('GHAGOV', 'GHAPTY', 'GHA'), _ACC,
     'ACCRA (AFP) - Opposition candidate John Kufuor on Tuesday accused the ruling party of buying votes.'),
    (('IRNLEG', 'IRN'), ('USAGOV', 'USA'), _ACC,
     'TEHRAN (IRNA) - Majlis Speaker Mehdi Karroubi on Monday accused Washington of meddling in Iran\'s '
     'affairs.'),
    (('IGOWAFWAS', 'IGO'), ('SLEREB', 'SLE'), ('19', '18'),
     'FREETOWN (Reuters) - Nigerian-led ECOMOG troops on Thursday shelled rebel positions east of the '
     'capital.'),
    (('IGOWAFWAS', 'IGO'), ('GNBMIL', 'GNBGOV', 'GNB'), ('02', '10'),
     'ABUJA (AFP) - The Economic Community of West African States on Monday urged Guinea-Bissau\'s junta to '
     'hand over power.'),
    (('IGOPGSGCC', 'IGO'), ('IRQGOV', 'IRQ'), ('11', '12'),
     'KUWAIT (KUNA) - The Gulf Co-operation Council on Sunday condemned Iraq\'s threats against Kuwait.'),
    (('AFGREB', 'AFGMIL', 'AFGGOV', 'AFG'), ('AFGREB', 'AFGMIL', 'AFGGOV', 'AFG'), ('11',),
     'KABUL (Reuters) - Fighting between Taliban forces and the Northern Alliance flared north of Kabul on '
     'Monday, and the two sides accused each other of targeting civilians.'),
    (('KENGOV', 'KEN'), ('SOMUAF', 'SOMREB', 'SOM'), _ACC,
     'NAIROBI - Kenya on Monday accused Somali militiamen of raiding villages near the border.'),
    (('IRQGOV', 'IRQ'), ('IRQREB', 'IRQ'), _ACC,
     'BAGHDAD (INA) - Iraq on Saturday accused Jalal Talabani\'s fighters of helping Iranian troops.'),
    (('CYPREB', 'CYP'), ('IGOUNO', 'IGO'), ('12',),
     'NICOSIA (Reuters) - Rauf Denktash on Tuesday rejected a U.N. proposal for a federation.'),
    (('LBNGOV', 'LBN'), ('ISRGOV', 'ISRMIL', 'ISR'), _ACC,
     'BEIRUT (Reuters) - Lebanese Prime Minister Selim al-Hoss on Friday accused Israel of stalling on its '
     'withdrawal from the south.'),
]


if __name__ == "__main__":
    report("actors41", ACTORS41, full=False, date=DATE)
    report("actors41b", ACTORS41B, full=False, date=DATE)
    report("actors41c", ACTORS41C, full=False, date=DATE)
