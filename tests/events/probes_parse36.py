"""Blind probes of the thirty-fourth session (wip/parse36): LONG era leads (1985-2005 agency copy, 30-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI and Yonhap, weighted to shapes the parse35 file has few
of: reciprocal acts ("exchanged lists of prisoners", "swapped ambassadors", "traded accusations");
removals by an unusual verb ("ousted", "toppled", "deposed", "unseated" a premier or a president); passives
with a by-agent far from the verb; "X, who ..., said/did ..." relative clauses between subject and verb;
verbs in "to"-infinitive chains; "not only ... but also"; headlines in capitals run into the lead; leads in
the present tense of the headline style; the era's compound verbs ("pledged to step up", "vowed to press
on with", "moved to block"); with controls.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First run (batch 1, 43 rows, 40 leads, main 3301af2c = the branch's start, committed b742b627), country + root
/ actor + root / actor + code: 32 / 27 / 27. No row corrected after it. (The Iraq "not only ... but also"
lead turned out close to a parse34 gap row, written without reading it: the same well-known 1997 event.)
After the session's first fixes (a second frame beside a refusal, a by-agent hung on the attribution, an
offensive pressed, lists and ambassadors exchanged, removals by a state's own body, the removed leader's
office, an accusing participle on a list's last verb, the object read as the attribution's subject):
42 / 38 / 38.

Batch 2 (32 rows, 30 leads), written after the first fixes and committed (94151b40) before the coder ran on
it; first run on the branch (b8864534): 26 / 25 / 23 (main 3301af2c: 22 / 20 / 18); 26 / 26 / 26 with
three rows corrected as writing errors by the codebook or the project's conventions (0255 for asking the
Security Council to extend an observer force, INDUAF for militants, 137 for a vow to step up a
crackdown), main 22 / 21 / 21. After the second fixes (charges traded, a court that deposes, a headline in
capitals run into the lead by a dash): 30 / 30 / 30.

Batch 3 (28 rows, 24 leads), written after the second fixes and committed (53485d11) before the coder ran
on it; first run on the branch (b4e464b3): 24 / 23 / 23 (main 3301af2c: 18 / 17 / 17); 24 / 24 / 24 with
one row corrected as a writing error by the project's conventions ("rebel soldiers" may be REB, as
lead31's coup rows accept), main 18 / 17 / 17. After a third fix (a legislature's own name, Knesset or
Duma, as the remover): 25 / 25 / 25.
`.venv/bin/python tests/events/probes_parse36.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CALL = ('020', '025', '0256', '028', '100', '105', '1056', '1041', '1042', '1043', '1044', '102', '1052',
         '021', '0214', '024', '0241', '0243', '0244', '107', '1011', '101', '10', '026', '0253', '0213')
_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '11')
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831')
_ARREST = ('173', '170', '172', '1711', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_EXPEL = _RECALL + ('174', '17')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '0842', '085', '086', '087',
          '0871', '0874', '0872', '0873', '08')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045')
_OFFER = ('036', '030', '031', '032', '040', '043', '020', '03', '0311', '0312', '038', '039')
_AID = ('070', '071', '07', '0331', '033', '030', '03', '061', '06')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16')
_SHARE = ('064', '06', '060', '061', '062', '063', '05', '050', '057', '033', '0334', '03')
_RELATIONS = ('054', '05', '050', '057', '046', '04', '064', '06', '036', '03')
_SEAL = ('191', '19', '174', '163', '162', '160', '172', '1', '1246', '16')
# the removal of a man in office: by force (a coup, 180; the codebook's "use unconventional violence") or
# by a legal act of the state (a dismissal or a vote, 172, administrative sanctions)
_REMOVE = ('180', '18', '172', '17', '200', '20', '19', '190')

_TOGO_GHANA = ('Togo and Ghana on Monday traded accusations over an armed attack on the army headquarters '
               'in Lome, with the Togolese government charging that the raiders had crossed from Ghanaian '
               'territory and Accra dismissing the claim as a fabrication, diplomats said.')
_IRAN_IRAQ_LISTS = ('Iran and Iraq on Sunday exchanged lists of prisoners of war held since their 1980-88 '
                    'war, a first step towards the release of thousands of men, the International Committee '
                    'of the Red Cross said in Geneva.')
_HOLY_SEE = ('Israel and the Holy See on Thursday exchanged ambassadors for the first time, completing the '
             'establishment of full diplomatic relations agreed in a pact signed in Jerusalem last December, '
             'the Vatican press office said.')
_LEGHARI = ("Pakistan's President Farooq Leghari on Tuesday dismissed Prime Minister Benazir Bhutto's "
            'government and dissolved the National Assembly, accusing her administration of corruption '
            'and of condoning extra-judicial killings in Karachi, state television said.')
_NOT_ONLY_IRAQ = ('Iraq on Monday not only refused to let U.N. weapons inspectors into presidential '
                  'palaces but also demanded that all American members of the teams leave the country '
                  'within a week, the official Iraqi News Agency said.')
_ALGERIA = ('Algeria on Tuesday recalled its ambassador from Rabat for consultations, accusing Morocco of '
            'harbouring Islamic militants who have carried out attacks on villages in western Algeria, the '
            'official APS news agency said.')
_IRAQ_HEADLINE = ('IRAQ EXPELS TWO U.N. AID WORKERS BAGHDAD, Nov 5 (Reuters) - Iraq on Tuesday ordered two '
                  'United Nations aid workers to leave the country within 48 hours, accusing them of spying '
                  'for the United States, the official Iraqi News Agency said.')
_MOSCOW_AFGHAN = ('The Soviet Union, which sent its troops into Afghanistan in December 1979, on Monday '
                  'opened talks with Pakistan in Geneva on a timetable for their withdrawal, Tass said.')

PARSE36: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- reciprocal acts
    (('TGO', 'TGOGOV'), ('GHA', 'GHAGOV'), _ACCUSE, _TOGO_GHANA),
    (('GHA', 'GHAGOV'), ('TGO', 'TGOGOV'), _ACCUSE + _REJECT, _TOGO_GHANA),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), _SHARE + _YIELD, _IRAN_IRAQ_LISTS),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNGOV'), _SHARE + _YIELD, _IRAN_IRAQ_LISTS),
    (('ISR', 'ISRGOV'), ('VAT', 'VATGOV'), _RELATIONS, _HOLY_SEE),
    (('VAT', 'VATGOV'), ('ISR', 'ISRGOV'), _RELATIONS, _HOLY_SEE),
    (('THA', 'THAMIL'), ('LAO', 'LAOMIL'), _FORCE,
     'Thai and Laotian troops traded artillery and mortar fire for a third day on Saturday over a disputed '
     'strip of hills on their northern border, where more than 100 soldiers have died since December, a '
     'Thai army spokesman said in Bangkok.'),
    # -- removals by an unusual verb
    (('PAK', 'PAKGOV'), ('PAK', 'PAKGOV'), _REMOVE, _LEGHARI),
    (('PAK', 'PAKGOV'), ('PAK', 'PAKGOV'), _ACCUSE, _LEGHARI),
    (('NER', 'NERMIL'), ('NER', 'NERGOV'), _REMOVE,
     "Niger's army on Saturday toppled the country's first democratically elected president, Mahamane "
     'Ousmane, in a dawn coup, and a military council led by the chief of staff, Colonel Ibrahim Bare '
     'Mainassara, suspended the constitution, state radio said.'),
    (('ECU', 'ECULEG'), ('ECU', 'ECUGOV'), _REMOVE + ('12', '120', '11', '111'),
     "Ecuador's Congress on Thursday deposed President Abdala Bucaram, declaring him mentally unfit to "
     'govern after a week of general strikes and street protests against his economic austerity programme, '
     'legislators said in Quito.'),
    (('PNG', 'PNGLEG'), ('PNG', 'PNGGOV'), _REMOVE + ('12', '120'),
     "Papua New Guinea's parliament on Tuesday unseated Prime Minister Paias Wingti in a vote of no "
     'confidence and elected opposition leader Rabbie Namaliu to succeed him, the national broadcaster '
     'said in Port Moresby.'),
    (('BDI', 'BDIMIL'), ('BDI', 'BDIGOV'), _REMOVE,
     "Burundi's Tutsi-dominated army on Thursday ousted President Sylvestre Ntibantunganya, a Hutu, and "
     'named former president Pierre Buyoya as head of state, a defence ministry spokesman said in '
     'Bujumbura.'),
    (('FJI', 'FJIMIL'), ('FJI', 'FJIGOV'), _REMOVE,
     'Fijian army officers led by Lieutenant-Colonel Sitiveni Rabuka on Thursday deposed the government of '
     'Prime Minister Timoci Bavadra in a bloodless coup and took control of the capital, Suva, Radio Fiji '
     'reported.'),
    # -- passives with a by-agent far from the verb
    (('SOM', 'SOMUAF', 'SOMREB', 'SOMINS', 'SOMCVL'), ('NGO',), _FORCE,
     'Two Red Cross workers were abducted on Sunday near the southern town of Bardera, where aid agencies '
     'have been feeding thousands of famine victims since the summer, by gunmen loyal to a local clan '
     'leader, the ICRC said in Nairobi.'),
    (('TUR', 'TURREB', 'TURKRD', 'TURINS', 'TURUAF'), ('TUR', 'TURMIL'), _FORCE,
     'A Turkish army convoy was ambushed late on Tuesday in the mountains of Tunceli province, about 500 km '
     'east of Ankara, by Kurdish separatist guerrillas, who killed nine soldiers, the regional governor\'s '
     'office said.'),
    (('POL', 'POLCOP', 'POLGOV'), ('POL', 'POLOPP', 'POLLAB', 'POLCVL'), _ARREST,
     'Seven leaders of the outlawed Solidarity trade union were detained on Sunday, hours before a planned '
     'rally at the Lenin shipyard in Gdansk, by plainclothes security police, opposition sources said in '
     'Warsaw.'),
    # -- "X, who ..., said/did ..."
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), _ACCUSE,
     'Ugandan President Yoweri Museveni, who has long charged that Khartoum backs the rebels of the Lord\'s '
     'Resistance Army, on Friday accused Sudan of sending them new weapons by air across the border, '
     'Radio Uganda said.'),
    (('CHN', 'CHNGOV'), ('USR', 'USRGOV'), ('057', '05', '06', '061', '062', '03', '030', '04', '046'),
     'Chinese Premier Li Peng, who arrived in Moscow on Monday on the first visit by a Chinese premier in 26 '
     'years, on Tuesday signed an agreement with Soviet leaders on reducing troops along their 7,000-km '
     'border, Tass said.'),
    (('ZMB', 'ZMBGOV'), ('ZAF', 'ZAFGOV', 'ZAFMIL'), _CRIT,
     'Zambian President Kenneth Kaunda, who has hosted the African National Congress headquarters in Lusaka '
     "for two decades, on Tuesday condemned South Africa's commando raid on the capital as an act of state "
     'terrorism, the Zambia News Agency said.'),
    (('SDN', 'SDNREB', 'SDNINS'), ('SDN', 'SDNMIL', 'SDNGOV'), _FORCE,
     'The Sudan People\'s Liberation Army, which has fought Khartoum\'s Islamic government since 1983, on '
     'Sunday shot down a military transport plane over the southern garrison town of Juba, killing all 20 '
     'people aboard, a rebel spokesman said in Nairobi.'),
    # -- verbs in a "to"-infinitive chain
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _AID,
     'Japan on Tuesday decided to resume extending low-interest government loans to China, frozen since the '
     "army's crackdown on students in Tiananmen Square last year, chief cabinet secretary Misoji Sakamoto "
     'told reporters.'),
    (('GRC', 'GRCGOV'), ('EUR', 'IGO'), _CALL,
     'Greece on Friday asked its European Union partners to put pressure on Turkey to withdraw its warships '
     'from the waters around the disputed Imia islets in the Aegean, a government spokesman said in '
     'Athens.'),
    # -- not only ... but also
    (('IRQ', 'IRQGOV'), ('IGO',), _REJECT, _NOT_ONLY_IRAQ),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV', 'IGO'), _CALL + _EXPEL, _NOT_ONLY_IRAQ),
    (('KHM', 'KHMREB', 'KHMINS'), ('KHM', 'KHMCVL', 'KHMGOV', 'IGO'), _FORCE,
     'The Khmer Rouge not only refused to take part in the U.N.-run election but also attacked polling '
     'stations in three provinces on Sunday, killing two Cambodian election workers, U.N. officials said in '
     'Phnom Penh.'),
    # -- headlines in capitals run into the lead
    (('IRQ', 'IRQGOV'), ('IGO',), _EXPEL, _IRAQ_HEADLINE),
    (('CHN', 'CHNCOP', 'CHNGOV'), ('CHN', 'CHNOPP', 'CHNCVL', 'CHNACT'), _ARREST,
     'CHINA DETAINS DISSIDENT AHEAD OF ANNIVERSARY BEIJING (AP) - Chinese police on Wednesday detained '
     'veteran dissident Wang Dongsheng, hours before the anniversary of the 1989 crackdown, his wife told '
     'reporters.'),
    # -- leads in the present tense of the headline style
    (('TUR', 'TURGOV'), ('ITA', 'ITAGOV'), _RECALL,
     'Turkey recalls its ambassador from Rome in protest at Italy\'s refusal to extradite Kurdish rebel '
     'leader Abdullah Ocalan, who faces the death penalty at home.'),
    (('RUS', 'RUSGOV'), ('IGO',), _THREAT + _CRIT + _CALL,
     'Russia warns NATO against air strikes on Bosnian Serb positions around Gorazde, saying they would '
     'wreck the peace process, as Western envoys meet in London.'),
    (('ZMB', 'ZMBGOV'), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), _SEAL,
     'Zambia closes its border with Zaire after rebel incursion into the Copperbelt, home affairs minister '
     'says.'),
    # -- the era's compound verbs
    (('LKA', 'LKAGOV', 'LKAMIL'), ('LKA', 'LKAREB', 'LKAINS'), _THREAT + _FORCE,
     'The Sri Lankan government on Monday pledged to step up its military offensive against Tamil Tiger '
     'rebels in the north after the guerrillas overran an army camp at Mullaitivu, a defence ministry '
     'spokesman said in Colombo.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNINS', 'LBNMIL'), _THREAT + _FORCE,
     'Israel vowed on Sunday to press on with its offensive against Hezbollah guerrillas in south Lebanon '
     'despite mounting international calls for a ceasefire, Prime Minister Shimon Peres told his cabinet.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV'), _SANCTION + _REJECT,
     'The United States moved on Thursday to block the sale of 28 F-16 fighter jets to Pakistan over '
     "Islamabad's nuclear programme, a State Department spokesman said in Washington."),
    (('JPN', 'JPNGOV'), ('PHL', 'PHLGOV'), _AID,
     'Japan pledged on Tuesday to step up its economic aid to the Philippines to help President Corazon '
     "Aquino's government rebuild the economy, the Foreign Ministry said in Tokyo."),
    # -- a participle phrase, an after / as clause, parentheses, numbers, quotations
    (('THA', 'THAMIL'), ('KHM', 'KHMREB', 'KHMINS'), _FORCE,
     'Thai troops on Sunday shelled Khmer Rouge positions inside Cambodia, killing at least 12 guerrillas, '
     'after the rebels fired rockets into a Thai border village, a Thai army spokesman said.'),
    (('VNM', 'VNMGOV'), ('USA', 'USACVL', 'USABUS'), _YIELD,
     'Vietnam on Thursday freed an American businessman jailed since 1996 on fraud charges, as U.S. '
     'Secretary of State Madeleine Albright arrived in Hanoi for talks, the official Vietnam News Agency '
     'said.'),
    (('SLE', 'SLEREB', 'SLEINS'), ('IGO',), _YIELD,
     'The Revolutionary United Front (RUF) on Wednesday freed 54 U.N. peacekeepers it had held for two '
     'weeks in the east of Sierra Leone, a U.N. spokesman said in Freetown.'),
    (('FRA', 'FRAGOV'), ('BIH', 'BIHSRB', 'SRB', 'BIHREB', 'SRBMIL', 'BIHMIL'), _THREAT,
     'French President Jacques Chirac on Sunday warned the Bosnian Serbs that France would respond "with '
     'force" if they shelled its peacekeepers in Sarajevo again, an Elysee spokeswoman said.'),
    (('DZA', 'DZAGOV'), ('MAR', 'MARGOV'), _RECALL, _ALGERIA),
    (('DZA', 'DZAGOV'), ('MAR', 'MARGOV'), _ACCUSE, _ALGERIA),
    # -- controls: a background act in a relative clause
    (('USR', 'USRGOV'), ('PAK', 'PAKGOV'), _MEET, _MOSCOW_AFGHAN),
    ((), (), ('19', '18', '15'), _MOSCOW_AFGHAN),
]

_AEGEAN = ('Greece and Turkey on Wednesday traded charges of violating each other\'s airspace over the '
           'Aegean, a day after Greek and Turkish fighter jets staged a mock dogfight near the island of '
           'Lesbos, officials said in Athens and Ankara.')
_SEOUL_LISTS = ('Seoul and Pyongyang on Thursday exchanged lists of 200 separated family members chosen to '
                'take part in reunions next month, the first since the 1985 visits, the Unification Ministry '
                'said.')
_HANOI_ENVOYS = ('The United States and Vietnam on Monday exchanged ambassadors for the first time since the '
                 'fall of Saigon in 1975, sealing the normalisation of relations begun by President Bill '
                 'Clinton two years ago, officials said in Hanoi.')
_CONDOR = ('Ecuador on Sunday recalled its ambassador from Lima after Peruvian jets bombed Ecuadorean border '
           'posts in the Cordillera del Condor for a second day, a government spokesman said in Quito.')
_CHILE = ('Chile, which returned to civilian rule in 1990 after 17 years of military dictatorship, on Monday '
          'signed a free trade agreement with Canada in Santiago, the Foreign Ministry said.')

# batch 2: written after the first fixes, committed before the coder was run on it
PARSE36B: list[Row] = [
    # -- reciprocal acts
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), _ACCUSE, _AEGEAN),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV', 'GRCMIL'), _ACCUSE, _AEGEAN),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _SHARE + _MEET, _SEOUL_LISTS),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), _RELATIONS, _HANOI_ENVOYS),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), _RELATIONS, _HANOI_ENVOYS),
    # -- removals by an unusual verb
    (('THA', 'THAMIL'), ('THA', 'THAGOV'), _REMOVE,
     "Thailand's army on Saturday toppled the elected government of Prime Minister Chatichai Choonhavan in "
     'a bloodless coup, the sixteenth since 1932, and declared martial law across the country, military '
     'radio said.'),
    (('PAK', 'PAKMIL'), ('PAK', 'PAKGOV'), _REMOVE,
     "Pakistan's army chief, General Pervez Musharraf, on Tuesday ousted Prime Minister Nawaz Sharif, hours "
     'after Sharif tried to dismiss him, and troops seized the state television building in Islamabad, '
     'witnesses said.'),
    (('IND', 'INDLEG'), ('IND', 'INDGOV'), _REMOVE + ('12', '120'),
     "India's parliament on Saturday unseated Prime Minister Atal Behari Vajpayee's 13-month-old coalition "
     'government by a single vote after a regional party withdrew its support, the Press Trust of India '
     'said.'),
    (('MDG', 'MDGJUD', 'MDGGOV'), ('MDG', 'MDGGOV'), _REMOVE,
     "Madagascar's High Constitutional Court on Thursday deposed President Albert Zafy, upholding his "
     'impeachment by parliament for exceeding his powers, state radio said in Antananarivo.'),
    # -- passives with a by-agent far from the verb
    (('BIH', 'BIHSRB', 'SRB', 'BIHREB', 'SRBMIL', 'BIHMIL'), ('IGO',), _FORCE,
     'A U.N. relief convoy was shelled on Tuesday on the road to Srebrenica, the besieged Moslem enclave '
     'in eastern Bosnia, by Bosnian Serb gunners, U.N. officials said.'),
    (('DZA', 'DZACOP', 'DZAGOV'), ('DZA', 'DZAMED'), _ARREST + _FORCE,
     'The offices of the independent daily El Watan were raided on Monday, a day after it published an '
     'interview with a banned Islamic leader, by Algerian security police, the paper\'s editor said.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECVL'), _FORCE,
     'Eight Palestinians were wounded on Friday in the West Bank town of Hebron, where some 400 Jewish '
     'settlers live among 120,000 Arabs, by Israeli soldiers firing rubber bullets, hospital officials '
     'said.'),
    # -- "X, who ..., said/did ..."
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _CALL,
     'Egyptian President Hosni Mubarak, who has mediated between Israel and the Palestinians for years, on '
     'Sunday urged Israeli Prime Minister Benjamin Netanyahu to freeze settlement building in the West '
     'Bank, the Middle East News Agency said.'),
    (('IRQ', 'IRQOPP', 'IRQREB', 'IRQINS'), ('IRQ', 'IRQMIL'), _FORCE + ('015',),
     'The Iraqi National Congress, which has its bases in the Kurdish-run north, said on Monday it had '
     'attacked an Iraqi army post near Kirkuk, killing 15 soldiers.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _THREAT + _CRIT + _CALL,
     "South Korean President Kim Young-sam, whose government has been criticised at home for sending rice "
     'to the North, on Thursday warned Pyongyang that further aid would depend on its return to talks, '
     'Yonhap said.'),
    # -- verbs in a "to"-infinitive chain
    (('KWT', 'KWTGOV'), ('IGO',), _CALL + ('0255',),  # 0255 added after the first run (a writing error)
     'Kuwait on Monday decided to ask the U.N. Security Council to extend the mandate of the observer '
     'force on its border with Iraq for another six months, the Kuwait News Agency said.'),
    (('RUS', 'RUSGOV'), ('IRN', 'IRNGOV'), _OFFER + _AID + _SHARE,
     'Russia on Friday offered to help Iran finish building its first nuclear power plant at Bushehr, '
     'despite American objections, the Itar-Tass news agency said.'),
    # -- not only ... but also
    (('SYR', 'SYRGOV'), ('TUR', 'TURGOV', 'TURMIL'), _ACCUSE,
     'Syria not only denied sheltering Kurdish rebel leader Abdullah Ocalan but also accused Turkey on '
     'Sunday of massing troops on their border, the official SANA news agency said.'),
    (('TUR', 'TURGOV'), ('ARM', 'ARMGOV'), _SEAL + _SANCTION + ('12', '120'),
     'Turkey not only closed its airspace to flights to Armenia but also blocked shipments of Western '
     'food aid to Armenia across its territory, officials said in Ankara.'),
    # -- headlines in capitals run into the lead
    (('PAK', 'PAKCOP', 'PAKGOV'), ('IND', 'INDREB', 'INDINS', 'INDSEP', 'INDCRM', 'INDCVL', 'INDUAF'),
     _ARREST,  # (INDUAF added after the first run: militants are UAF by the project's convention)
     'PAKISTAN ARRESTS SIKH MILITANTS LAHORE (Reuters) - Pakistani police on Saturday arrested six Sikh '
     'militants wanted in India for hijacking an Indian Airlines jet in 1984, officials said.'),
    (('AGO', 'AGOGOV'), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), _ACCUSE,
     'ANGOLA ACCUSES ZAIRE - Angola on Tuesday accused Zaire of allowing UNITA rebels to use its '
     'airstrips to fly in arms and fuel, the official ANGOP news agency said.'),
    # -- leads in the present tense of the headline style
    (('TCD', 'TCDGOV'), ('LBY', 'LBYGOV', 'LBYMIL'), _ACCUSE,
     'Chad accuses Libya of bombing northern town of Faya-Largeau, says 30 civilians dead.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), _CRIT + ('14', '141'),
     'Japan lodges protest with Moscow over seizure of fishing boat off disputed Kuril islands.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), _EXPEL,
     'Kenya expels two Ugandan diplomats after border clash near Busia, accuses them of spying.'),
    # -- the era's compound verbs
    (('IGO', 'EUR'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), _SANCTION + _THREAT,
     'The European Community on Monday moved to impose an arms embargo on Yugoslavia after federal army '
     'jets attacked the Croatian capital, diplomats said in Brussels.'),
    (('IDN', 'IDNGOV', 'IDNMIL'), ('IDN', 'IDNREB', 'IDNINS', 'IDNSEP'), _THREAT + _FORCE,
     'Indonesia vowed on Tuesday to press ahead with its military campaign against separatist rebels in '
     'Aceh, rejecting calls from human rights groups for a ceasefire, the armed forces chief said.'),
    (('RUS', 'RUSGOV'), ('IGO',), _REJECT,
     'Russia moved on Wednesday to block a U.N. Security Council resolution condemning the Serbian police '
     'crackdown in Kosovo, Western diplomats said in New York.'),
    (('CHN', 'CHNGOV'), ('CHN', 'CHNREL', 'CHNCVL', 'CHNOPP', 'CHNACT'), _ARREST + _CRIT + _THREAT + ('137',),
     # (137, a threat of repression, added after the first run: a writing error by the codebook)
     'China vowed on Thursday to step up its crackdown on the banned Falun Gong movement, saying members '
     'who refused to renounce the sect would be punished, the official Xinhua news agency said.'),
    # -- a participle, an after-clause
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), _RECALL, _CONDOR),
    (('PER', 'PERMIL'), ('ECU', 'ECUMIL'), _FORCE, _CONDOR),
    # -- controls: a background act in a relative clause
    (('CHL', 'CHLGOV'), ('CAN', 'CANGOV'), ('057', '05', '06', '061', '03', '030'), _CHILE),
    ((), (), ('17', '18', '19'), _CHILE),
]

_CHAD_SUDAN = ('Chad and Sudan on Sunday traded accusations of backing each other\'s rebels after heavy '
               'fighting near the border town of Adre, where thousands of refugees from Darfur have sought '
               'shelter, diplomats said in N\'Djamena.')
_RIYADH_ENVOYS = ('Iran and Saudi Arabia on Tuesday exchanged ambassadors for the first time since the 1987 '
                  'riots in Mecca in which 400 pilgrims died, the official Saudi Press Agency said.')
_KUWAIT_EXPELS = ('Kuwait on Monday expelled an Iraqi diplomat, accusing him of contacts with a group that '
                  'plotted to kill former U.S. President George Bush during his visit in April, the Kuwait '
                  'News Agency said.')
_NICARAGUA = ('Nicaragua, whose Sandinista government fought U.S.-backed Contra rebels for most of the '
              '1980s, on Tuesday opened talks with Honduras on their disputed maritime border in the Gulf of '
              'Fonseca, officials said in Managua.')

# batch 3: written after the second fixes, committed before the coder was run on it
PARSE36C: list[Row] = [
    # -- reciprocal acts
    (('TCD', 'TCDGOV'), ('SDN', 'SDNGOV'), _ACCUSE, _CHAD_SUDAN),
    (('SDN', 'SDNGOV'), ('TCD', 'TCDGOV'), _ACCUSE, _CHAD_SUDAN),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), _RELATIONS, _RIYADH_ENVOYS),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), _RELATIONS, _RIYADH_ENVOYS),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _SHARE + _YIELD,
     'India and Pakistan on Monday swapped lists of civilian prisoners held in each other\'s jails under '
     'a consular agreement signed last year, the Foreign Office said in Islamabad.'),
    # -- removals by an unusual verb
    (('STP', 'STPMIL', 'STPREB'), ('STP', 'STPGOV'), _REMOVE,  # (STPREB added after the first run)
     'Rebel soldiers in Sao Tome and Principe on Wednesday ousted President Fradique de Menezes while he '
     'was on a visit to Nigeria, and detained the prime minister and several ministers, a diplomat said.'),
    (('ISR', 'ISRLEG'), ('ISR', 'ISRGOV'), _REMOVE + ('12', '120'),
     "Israel's Knesset on Thursday unseated Prime Minister Yitzhak Shamir's government in a vote of no "
     'confidence, the first in the country\'s history, after the Labour Party quit the coalition, Israel '
     'Radio said.'),
    (('HTI', 'HTIMIL'), ('HTI', 'HTIGOV'), _REMOVE,
     'Soldiers led by Brigadier-General Raoul Cedras on Monday deposed Haiti\'s first freely elected '
     'president, Jean-Bertrand Aristide, and sent him into exile in Venezuela, diplomats said in '
     'Port-au-Prince.'),
    # -- passives with a by-agent far from the verb
    (('AFG', 'AFGUAF', 'AFGREB', 'AFGINS', 'AFGCVL', 'AFGMIL'), ('JPN', 'JPNBUS', 'JPNCVL'), _FORCE,
     'Two Japanese engineers were kidnapped on Thursday near the town of Jalalabad, where they had been '
     'building a road for a U.N. agency, by gunmen loyal to a local commander, police said.'),
    (('NPL', 'NPLUAF', '---UAF', 'PAK', 'PAKUAF', 'IND', 'INDREB', 'INDUAF'), ('IND', 'INDBUS', 'INDCVL',
                                                                               'INDGOV'), _FORCE,
     'An Indian Airlines jet was hijacked on Friday, an hour after it took off from Kathmandu with 180 '
     'people aboard, by five armed men who ordered it flown to Lahore, officials said in New Delhi.'),
    # -- "X, who ..., said/did ..."
    (('COD', 'CODGOV', 'ZAR', 'ZARGOV'), ('RWA', 'RWAGOV'), _ACCUSE,
     'Zairean President Mobutu Sese Seko, who has ruled the country since 1965, on Sunday accused Rwanda '
     'and Uganda of backing the rebels who seized the eastern city of Goma, state radio said.'),
    (('GBR', 'GBRREB', 'IRL', 'IRLREB', 'GBRINS', 'IRLINS'), ('GBR', 'GBRGOV'), _YIELD + _OFFER,
     'The Irish Republican Army, which has waged a 25-year campaign against British rule in Northern '
     'Ireland, on Wednesday announced a complete cessation of military operations, a statement said.'),
    # -- verbs in a "to"-infinitive chain
    (('JPN', 'JPNGOV'), ('PER', 'PERGOV'), _CALL,
     'Japan on Friday decided to ask Peru to let Japanese police help investigate the seizure of its '
     'ambassador\'s residence in Lima by Tupac Amaru rebels, a government spokesman said in Tokyo.'),
    (('PHL', 'PHLGOV'), ('MYS', 'MYSGOV'), _CALL,
     'The Philippines on Tuesday asked Malaysia to stop deporting thousands of Filipino migrants from Sabah '
     'until camps could be set up to receive them, the Foreign Affairs Department said in Manila.'),
    # -- not only ... but also
    (('ISR', 'ISRGOV'), ('LBN', 'LBNREB', 'LBNINS'), _THREAT,
     'Israel not only refused to free the Lebanese detainees held at Khiam but also warned Hezbollah on '
     'Sunday that it would hit back hard at any attack on its troops, Israel Radio said.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _EXPEL,
     'Ethiopia not only expelled the Eritrean diplomats in Addis Ababa but also froze the bank accounts of '
     'Eritrean companies, the Foreign Ministry said on Friday.'),
    # -- headlines in capitals run into the lead
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSEGOV', 'PSECVL'), _SEAL,
     'ISRAEL SEALS OFF GAZA STRIP - Israel on Sunday sealed off the Gaza Strip after a suicide bomber '
     'killed 19 people in Tel Aviv, an army spokesman said.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP', 'MMRPTY'), _YIELD,
     "BURMA FREES SUU KYI -- Burma's military government on Monday freed opposition leader Aung San Suu Kyi "
     'after six years of house arrest, a government spokesman said in Rangoon.'),
    # -- leads in the present tense of the headline style
    (('IRQ', 'IRQGOV'), ('IGO',), _REJECT,
     'Iraq rejects U.N. demand to hand over missile documents, says inspectors are spies.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _REJECT + _SANCTION,
     'Greece vetoes European Union aid to Turkey over Cyprus dispute.'),
    # -- the era's compound verbs
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), _EXPEL,
     'Britain moved on Tuesday to expel three Iraqi diplomats accused of plotting attacks on Iraqi exiles in '
     'London, the Foreign Office said.'),
    (('USR', 'USRGOV'), ('AFG', 'AFGGOV'), _AID + ('072', '062'),
     'Moscow pledged on Friday to step up arms supplies to the Kabul government to help it fight the '
     'Moslem guerrillas after Soviet troops leave, Tass said.'),
    (('COL', 'COLGOV', 'COLMIL'), ('COL', 'COLREB', 'COLINS'), _THREAT + _FORCE,
     'Colombia vowed on Sunday to press on with its offensive against the FARC after the guerrillas killed '
     '17 soldiers in an ambush in Meta province, Defence Minister Rodrigo Lloreda said.'),
    (('IGO', 'EUR'), ('GBR', 'GBRGOV'), _SANCTION + _REJECT,
     'The European Union moved on Monday to block imports of British beef because of fears over mad cow '
     'disease, officials said in Brussels.'),
    # -- a participle, relative clauses
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _EXPEL, _KUWAIT_EXPELS),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _ACCUSE, _KUWAIT_EXPELS),
    # -- controls: a background war in a relative clause
    (('NIC', 'NICGOV'), ('HND', 'HNDGOV'), _MEET, _NICARAGUA),
    ((), (), ('18', '19'), _NICARAGUA),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE36, "batch2": PARSE36B, "batch3": PARSE36C}
ALL36: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
