"""Blind probes of the thirty-third session (wip/parse35): LONG era leads (1985-2005 agency copy, 30-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI and Yonhap, weighted to shapes the parse34 file has few
of: names with lower-case particles (dos, da, de, van, bin, al-) as subject or object; exchanges and swaps;
a subject with a long of-phrase; verbs in a "to"-infinitive chain; "both ... and" / "neither ... nor"
joint parties; an object that is a gerund or possessive act ("condemned Israel's shelling of villages");
a dash or a semicolon joining two acts; "said in a statement carried by the official news agency";
headlines run into the lead; ages in appositions ("Somchai, 45,"); with controls.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First run (batch 1, 43 rows, 36 leads, main 4b3b7b39 = the branch's start), country + root / actor + root /
actor + code: 35 / 32 / 30. Two rows corrected after it as writing errors by the codebook: an appeal to
return to peace talks is 026 (appeal to others to meet or negotiate; dos Santos) and an appeal to return a
seized crew 0253 (appeal for release of persons; Japan), both missing from the accepted appeal codes.
After the session's first fixes (particle names, semicolon and dash joins, owned proposals): 38 / 36 / 36.

Batch 2 (35 rows, 31 leads), written after the first fixes and committed before the coder ran on it; first
run on the branch (594bd97): 31 / 31 / 29 (main 4b3b7b39: 29 / 29 / 27); 32 / 32 / 31 with two rows
corrected as writing errors by the codebook (a request to extradite is 0213, appeal for judicial
cooperation; claiming responsibility for a kidnapping is 015), main 30 / 30 / 29. After the second fixes
(a that-clause hung on "in a statement", ASEAN's British spelling): 33 / 33 / 32.
`.venv/bin/python tests/events/probes_parse35.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CALL = ('020', '025', '0256', '028', '100', '105', '1056', '1041', '1042', '1043', '1044', '102', '1052',
         '021', '0214', '024', '0241', '0243', '0244', '107', '1011', '101', '10',
         '026', '0253', '0213')  # (026, 0253, 0213 added after the first runs: codebook writing errors)
_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '11')
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831')
_ARREST = ('173', '170', '172', '1711', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '0842', '085', '086', '087',
          '0871', '0874', '0872', '0873', '08')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045')
_OFFER = ('036', '030', '031', '032', '040', '043', '020', '03', '0311', '0312', '038', '039')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16')
_SHARE = ('064', '06', '060', '061', '062', '063', '05', '050', '057', '033', '0334', '03')
_SEAL = ('191', '19', '174', '163', '162', '160', '172', '1', '1246')

_DOS_SANTOS = ('Angolan President Jose Eduardo dos Santos on Saturday called on UNITA rebel leader Jonas '
               'Savimbi to return to the peace talks in Lusaka and to hand over the diamond areas his '
               'forces hold in the northeast, Angolan state radio said.')
_BASHIR = ('Sudanese President Omar Hassan al-Bashir on Sunday accused Eritrea of arming rebels in the east '
           'of the country and ordered the border between the two countries closed, the official Sudan News '
           'Agency said.')
_ERITREA_SWAP = ('Ethiopia and Eritrea on Saturday exchanged more than 1,000 prisoners of war under the '
                 'supervision of the International Committee of the Red Cross, the first such swap since '
                 'their border war ended, the ICRC said in Geneva.')
_BOTH_REJECT = ('Both Israel and Syria on Monday rejected an American proposal for a meeting of their '
                'military chiefs of staff in Washington, saying the time was not ripe, diplomats in '
                'Jerusalem and Damascus said.')
_TURK_DASH = ('Turkish warplanes bombed suspected Kurdish rebel bases in northern Iraq on Saturday -- the '
              'third raid in a week -- and Ankara warned Baghdad it would strike again if the guerrillas '
              'kept crossing the border, the Anatolian news agency said.')
_AOUN_SEMI = ('Syrian troops shelled the Christian enclave of east Beirut for the fourth day running on '
              'Tuesday; the Lebanese army commander, General Michel Aoun, ordered his gunners to return fire '
              'on Syrian positions in the Metn hills, police said.')
_VIET_SEMI = ('Vietnam on Monday freed 30 Chinese fishermen it had held for six months for fishing in its '
              'waters; China in return handed back a Vietnamese patrol boat seized in the Gulf of Tonkin '
              'last year, the Vietnam News Agency said.')
_EGYPT_RECALL = ('Egypt on Sunday recalled its ambassador from Tel Aviv, accusing Israel of using excessive '
                 'force against Palestinian protesters in the West Bank and Gaza Strip, the Middle East '
                 'News Agency said.')

PARSE35: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- names with lower-case particles, as subject or object
    (('AGO', 'AGOGOV'), ('AGO', 'AGOREB', 'AGOINS', 'AGOOPP'), _CALL + _MEET, _DOS_SANTOS),
    (('BRA', 'BRAGOV'), ('USA', 'USAGOV'), _CRIT,
     'Brazilian President Luiz Inacio Lula da Silva on Thursday criticised the United States for '
     'fingerprinting and photographing Brazilian visitors at its airports, calling the measure '
     'discriminatory, the official Agencia Brasil said.'),
    (('NLD', 'NLDCOP', 'NLDGOV'), ('NLD', 'NLDBUS', 'NLDCVL', 'NLDCRM'), _ARREST,
     'Dutch police on Monday arrested Willem van der Berg, a 52-year-old businessman suspected of '
     "smuggling arms to Sierra Leone's rebels, the public prosecutor's office said in The Hague."),
    (('SDN', 'SDNGOV'), ('ERI', 'ERIGOV'), _ACCUSE, _BASHIR),
    (('SDNGOV', 'SDN'), ('ERI', 'ERIGOV'), _SEAL, _BASHIR),
    (('MYS', 'MYSGOV'), ('AUS', 'AUSGOV'), _CRIT,
     'Malaysian Prime Minister Mahathir bin Mohamad on Tuesday accused Australia of meddling in '
     "Malaysia's internal affairs over the trial of his former deputy, Anwar Ibrahim, the national news "
     'agency Bernama said.'),
    (('GTM', 'GTMMIL', 'GTMGOV'), ('GTM', 'GTMREB', 'GTMINS'), _FORCE,
     'Guatemalan soldiers on Sunday killed guerrilla commander Pedro de Leon and four of his men in a '
     'clash near the village of Nebaj in El Quiche province, an army spokesman said.'),
    (('NLD', 'NLDGOV'), ('YUG', 'YUGMIL', 'YUGGOV', 'SRB', 'SRBMIL'), _CALL,
     'Dutch Foreign Minister Hans van den Broek, speaking for the 12 European Community nations, on '
     "Tuesday urged Yugoslavia's federal army to return to its barracks in Croatia and to respect the "
     'ceasefire, the Dutch news agency ANP reported.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('PSE', 'PSEREB', 'PSEINS', 'PSEPTY', 'PSEUAF'), _FORCE,
     'Israeli helicopter gunships on Tuesday fired missiles at a car carrying Hamas leader Abdel Aziz '
     'al-Rantissi in Gaza City, wounding him and killing two of his bodyguards, Palestinian witnesses '
     'said.'),
    # -- exchanges and swaps
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _SHARE,
     'India and Pakistan on Tuesday exchanged lists of their nuclear installations under a 1988 agreement '
     "not to attack each other's atomic facilities, the Foreign Ministry said in New Delhi."),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERIMIL'), _YIELD, _ERITREA_SWAP),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV', 'ETHMIL'), _YIELD, _ERITREA_SWAP),
    # -- a subject with a long of-phrase
    (('IGO',), ('CHN', 'CHNGOV'), _SANCTION,
     'The foreign ministers of the 12 European Community nations, meeting in Madrid on Tuesday, agreed to '
     'halt all arms sales to China in protest at the killing of students in Beijing, diplomats said.'),
    (('IGO',), ('IRN', 'IRNGOV'), _CALL,
     'The leaders of the six Gulf Cooperation Council states ended a two-day summit in Muscat on Tuesday '
     'by calling on Iran to end its occupation of three disputed islands near the Strait of Hormuz, the '
     'Oman News Agency said.'),
    (('IGO',), ('BIH', 'BIHSRB', 'SRB', 'BIHREB', 'SRBMIL', 'BIHMIL'), _THREAT,
     'Defence ministers of the 16 NATO member states on Thursday warned the Bosnian Serbs that they would '
     'face air strikes unless they pulled their heavy weapons back from Gorazde within 48 hours, an alliance '
     'spokesman said in Brussels.'),
    # -- verbs in a "to"-infinitive chain
    (('PHL', 'PHLGOV'), ('USA', 'USAGOV', 'USAMIL'), _CALL,
     'The Philippine government on Tuesday decided to ask the United States to remove all its forces '
     'from Clark Air Base within three years, Foreign Secretary Raul Manglapus told reporters in Manila.'),
    (('PAK', 'PAKGOV'), ('IGO',), _CALL,
     'Pakistan on Monday asked the United Nations to persuade India to stop the shelling across the Line '
     'of Control in Kashmir, the Foreign Office said in a statement issued in Islamabad.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), _CALL,
     'Japan on Friday decided to urge North Korea to return the crew of a Japanese fishing boat seized in '
     'the Sea of Japan last month, chief cabinet secretary Yohei Kono told a news conference.'),
    # -- both ... and / neither ... nor
    (('ISR', 'ISRGOV'), ('USA', 'USAGOV'), _REJECT, _BOTH_REJECT),
    (('SYR', 'SYRGOV'), ('USA', 'USAGOV'), _REJECT, _BOTH_REJECT),
    ((), (), ('19', '18'),
     'Neither Ecuador nor Peru fired a shot along the disputed Cordillera del Condor border on Monday, the '
     'first quiet day since the fighting began, military sources in Quito said.'),
    (('IND', 'INDGOV', 'PAK', 'PAKGOV'), ('IND', 'INDGOV', 'PAK', 'PAKGOV'), _MEET + _OFFER,
     'Both India and Pakistan on Sunday agreed to resume talks at the level of foreign secretaries in '
     'Islamabad next month, the first since the Kargil fighting, officials in New Delhi said.'),
    # -- an object that is a gerund or possessive act
    (('IGO',), ('ISR', 'ISRGOV', 'ISRMIL'), _CRIT,
     "The Arab League on Tuesday condemned Israel's shelling of villages in southern Lebanon and called "
     'on the U.N. Security Council to act at once to stop it, the Middle East News Agency said.'),
    (('USR', 'USRGOV'), ('USA', 'USAGOV', 'USAMIL'), _CRIT,
     "Moscow on Friday denounced Washington's sending of two warships into Soviet territorial waters in "
     'the Black Sea as a dangerous provocation, the Soviet news agency Tass said.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), _CRIT,
     "China on Wednesday protested strongly against Japan's rewriting of school textbooks to play down "
     'the atrocities of its wartime army, the official Xinhua news agency said.'),
    # -- a dash or a semicolon joining two acts
    (('TUR', 'TURMIL', 'TURGOV'), ('TUR', 'TURREB', 'IRQ', 'IRQREB', 'TURKRD', 'IRQKRD'), _FORCE, _TURK_DASH),
    (('TUR', 'TURGOV'), ('IRQ', 'IRQGOV'), _THREAT, _TURK_DASH),
    (('SYR', 'SYRMIL'), ('LBN', 'LBNCVL', 'LBNMIL', 'LBNGOV'), _FORCE, _AOUN_SEMI),
    (('LBN', 'LBNMIL', 'LBNGOV'), ('SYR', 'SYRMIL'), _FORCE + _THREAT, _AOUN_SEMI),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNCVL', 'CHNGOV'), _YIELD, _VIET_SEMI),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV', 'VNMMIL'), _YIELD, _VIET_SEMI),
    # -- "said in a statement carried by the official news agency"
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), _THREAT,
     "Iraq's Revolutionary Command Council on Tuesday warned Kuwait that it would take effective action "
     'if it went on pumping oil above its OPEC quota, it said in a statement carried by the official Iraqi '
     'News Agency.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV', 'USAMIL'), _CRIT,
     'The Iranian Foreign Ministry on Saturday denounced the American naval build-up in the Gulf as a '
     'threat to the security of the region, in a statement carried by the official Islamic Republic News '
     'Agency.'),
    # -- headlines run into the lead
    (('KOR', 'KORMIL', 'KORGOV'), ('PRK', 'PRKMIL', 'PRKSPY', 'PRKGOV'), _ARREST + _FORCE,
     'SEOUL NAVY CAPTURES NORTH KOREAN SPY BOAT SEOUL, June 22 (UPI) -- South Korean navy ships on Friday '
     'captured a North Korean spy boat off the east coast after a six-hour chase and arrested its five '
     'crew members, the Defence Ministry said.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRMED', 'GBRCVL'), _ARREST + ('16', '166'),
     'ZIMBABWE EXPELS BRITISH REPORTER -- Zimbabwe on Thursday ordered a British correspondent of The Daily '
     'Telegraph to leave the country within 24 hours, accusing him of writing false reports about the farm '
     'seizures, the Information Ministry said.'),
    # -- ages and numbers in appositions
    (('THA', 'THACOP', 'THAGOV'), ('THA', 'THAMIL', 'THACVL', 'THAELI', 'THAOPP'), _ARREST,
     'Thai police on Tuesday arrested Somchai Wongsuwan, 45, a former army colonel accused of plotting to '
     'assassinate Prime Minister Chuan Leekpai, and two of his aides, a police spokesman said in Bangkok.'),
    (('VNM', 'VNMGOV', 'VNMPTY'), ('CHN', 'CHNGOV'), _OFFER + _MEET,
     'Nguyen Van Linh, 72, the Vietnamese Communist Party chief, on Wednesday invited China\'s leaders to '
     'hold talks to end a decade of hostility between the two neighbours, the Vietnam News Agency said.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _ACCUSE,
     'Cuban President Fidel Castro, 69, on Monday accused the United States of plotting to bring down his '
     'government by letting exile planes fly over Havana, state television said.'),
    # -- a participle phrase, a background clause, parentheses, numbers
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _RECALL, _EGYPT_RECALL),
    (('EGYGOV', 'EGY'), ('ISR', 'ISRGOV', 'ISRMIL'), _ACCUSE, _EGYPT_RECALL),
    (('YUG', 'YUGCOP', 'SRB', 'SRBCOP', 'YUGGOV'), ('YUG', 'YUGOPP', 'SRB', 'SRBOPP', 'YUGPTY'), _ARREST,
     'As thousands of protesters filled the streets of Belgrade for a second day, police in riot gear on '
     'Sunday beat demonstrators with truncheons and detained the opposition leader Vuk Draskovic, the '
     'independent radio station B92 said.'),
    (('IRQ', 'IRQKRD', 'IRQPTY', 'IRQREB', 'IRQOPP'), ('IRQ', 'IRQKRD', 'IRQPTY', 'IRQREB', 'IRQOPP'),
     _ACCUSE,
     'The Kurdistan Democratic Party (KDP) on Friday accused the rival Patriotic Union of Kurdistan (PUK) '
     'of attacking its positions near Arbil with help from Iranian artillery, a KDP spokesman said in '
     'Ankara.'),
    (('ZAF', 'ZAFGOV'), ('AGO', 'AGOGOV', 'CUB', 'CUBGOV'), _REJECT,
     'South Africa said on Thursday it had no intention of withdrawing its 4,000 troops from southern '
     'Angola until Cuba began pulling its estimated 50,000 soldiers out of the country, the South African '
     'Press Association reported.'),
]

_AL_SABAH = ('Sheikh Jaber al-Ahmad al-Sabah, the emir of Kuwait, on Monday appealed to Iraq to free the '
             'hundreds of Kuwaitis it has held since the Gulf War, the Kuwait News Agency said.')
_KARABAKH_SWAP = ('Armenia and Azerbaijan on Friday swapped 40 prisoners of war at a checkpoint on their '
                  'border under the auspices of the OSCE, the Azerbaijani news agency Turan reported.')
_CYPRUS_BOTH = ('Both Greece and Turkey on Wednesday rejected a British plan for a federal Cyprus, saying it '
                'favoured the other side, diplomats said in Nicosia.')
_UMM_QASR = ('Iraqi troops fired on a U.N. observer post near Umm Qasr on Sunday -- the third such incident '
             'this month -- and Baghdad rejected a U.N. demand for an explanation, U.N. officials said.')
_HA_TUYEN = ('Chinese troops shelled Vietnamese positions along the border in Ha Tuyen province on Monday; '
             'Hanoi accused Beijing of trying to provoke a new war, the Vietnam News Agency said.')
_IRAN_EXPELS = ('Iran on Tuesday expelled two British diplomats, accusing them of spying for Iraq, the '
                'official Islamic Republic News Agency reported.')

# batch 2: written after the first fixes (particle names, semicolon and dash joins, owned proposals),
# committed before the coder was run on it
PARSE35B: list[Row] = [
    # -- names with lower-case particles
    (('ZAF', 'ZAFGOV'), ('MOZ', 'MOZGOV'), _MEET,
     'South African President F.W. de Klerk, 55, on Thursday met Mozambican President Joaquim Chissano in '
     'Maputo for talks on security along their common border, the South African Press Association '
     'reported.'),
    (('SAU', 'SAUGOV'), ('IRQ', 'IRQGOV'), _CALL,
     'Saudi Foreign Minister Prince Saud al-Faisal on Sunday urged Iraq to comply with all U.N. Security '
     'Council resolutions on the Gulf War, the official Saudi Press Agency said.'),
    (('NLD', 'NLDGOV'), ('IDN', 'IDNGOV', 'IDNMIL'), _CRIT,
     "Dutch Prime Minister Wim Kok and Foreign Minister Jozias van Aartsen on Tuesday condemned Indonesia's "
     'failure to stop the killings in East Timor, the ANP news agency said.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _CALL, _AL_SABAH),
    (('IGO',), ('SLV', 'SLVGOV', 'SLVREB', 'SLVINS'), _CALL + _OFFER,
     "U.N. envoy Alvaro de Soto on Tuesday urged El Salvador's government and the FMLN rebels to sign a "
     'ceasefire before the end of the year, a U.N. spokesman said in New York.'),
    (('QAT', 'QATGOV'), ('IRN', 'IRNGOV'), _OFFER + _MEET,
     "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, on Sunday invited Iranian President Mohammad Khatami "
     'to visit Doha, the official Qatar News Agency said.'),
    (('AFG', 'AFGGOV', 'AFGREB', 'AFGTAL', 'AFGMIL', 'AFGINS'), ('USA', 'USAGOV'), _REJECT,
     'The Taliban on Tuesday rejected a U.S. demand to hand over Osama bin Laden, saying there was no proof '
     'he was behind the embassy bombings in Africa, the Afghan Islamic Press agency reported.'),
    # -- exchanges and swaps
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV', 'AZEMIL'), _YIELD, _KARABAKH_SWAP),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV', 'ARMMIL'), _YIELD, _KARABAKH_SWAP),
    # -- a subject with a long of-phrase
    (('IGO',), ('VNM', 'VNMGOV', 'VNMMIL'), _CALL,
     'The foreign ministers of the Association of South-East Asian Nations, meeting in Kuala Lumpur on '
     'Monday, called on Vietnam to withdraw its troops from Cambodia, a statement issued at the end of the '
     'meeting said.'),
    (('IGO',), ('LBR', 'LBRREB', 'LBRINS'), _THREAT,
     'The chiefs of staff of the armies of the Economic Community of West African States on Friday warned '
     'Liberian rebel leader Charles Taylor that their peacekeepers would strike back if his fighters '
     'attacked them again, a statement said in Monrovia.'),
    (('IGO', 'USA', 'GBR', 'FRA', 'CHN', 'RUS', 'USR'), ('KHM', 'KHMGOV', 'KHMREB', 'KHMINS'), _CALL,
     'Envoys of the five permanent members of the U.N. Security Council on Friday urged the four Cambodian '
     'factions to accept a U.N. plan for a ceasefire and free elections, diplomats said in Paris.'),
    # -- verbs in a "to"-infinitive chain
    (('NGA', 'NGAGOV'), ('GBR', 'GBRGOV'), _CALL,
     'Nigeria on Tuesday decided to ask Britain to extradite a former petroleum minister wanted for '
     'embezzlement, the Foreign Ministry said in a statement issued in Lagos.'),
    (('IRN', 'IRNGOV'), ('PAK', 'PAKGOV'), _CALL,
     'Iran on Sunday urged Pakistan to persuade the Taliban to release eight Iranian diplomats held in '
     'Mazar-i-Sharif, the official Islamic Republic News Agency said.'),
    # -- both ... and / neither ... nor
    (('GRC', 'GRCGOV'), ('GBR', 'GBRGOV'), _REJECT, _CYPRUS_BOTH),
    (('TUR', 'TURGOV'), ('GBR', 'GBRGOV'), _REJECT, _CYPRUS_BOTH),
    (('SDN', 'SDNGOV'), ('KEN', 'KENGOV'), _OFFER + _MEET + _YIELD,
     'Both the Sudanese government and the southern rebels on Thursday accepted a Kenyan offer to host '
     'peace talks in Nairobi, the Sudan News Agency reported.'),
    ((), (), ('08', '19'),
     'Neither Honduras nor Nicaragua has withdrawn its troops from the disputed border area, a United '
     'Nations observer said on Tuesday.'),
    # -- an object that is a gerund or possessive act
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _CRIT,
     "Pakistan on Friday condemned India's testing of a long-range missile capable of carrying nuclear "
     'warheads, saying it would fuel an arms race in South Asia, the Foreign Office said.'),
    (('IGO',), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'BIHSRB', 'SRBMIL'), _CRIT,
     "The Organisation of the Islamic Conference on Monday denounced Serbia's expulsion of Moslems from "
     'northern Bosnia as genocide, the official Saudi Press Agency said.'),
    # -- a dash or a semicolon joining two acts
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IGO',), _FORCE, _UMM_QASR),
    (('IRQGOV', 'IRQ'), ('IGO',), _REJECT, _UMM_QASR),
    (('PER', 'PERCOP', 'PERGOV'), ('PER', 'PERREB', 'PERINS'), _ARREST,
     'Peruvian police arrested 14 suspected Shining Path guerrillas in Lima on Friday; the rebels '
     'responded by blowing up an electricity pylon outside the capital, the Interior Ministry said.'),
    (('CHN', 'CHNMIL'), ('VNM', 'VNMMIL', 'VNMGOV'), _FORCE, _HA_TUYEN),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _ACCUSE, _HA_TUYEN),
    # -- "said in a statement carried by the official news agency"
    (('LBY', 'LBYGOV'), ('EGY', 'EGYGOV'), _THREAT,
     'Libya said in a statement carried by the official JANA news agency on Friday that it would expel all '
     'Egyptian workers unless Cairo stopped its hostile propaganda.'),
    (('PSE', 'PSEGOV', 'PSEPLO'), ('JOR', 'JORGOV', 'JORCOP'), _ACCUSE,
     'The Palestine Liberation Organisation on Thursday accused Jordan of arresting hundreds of its '
     'supporters in Amman, in a statement carried by the WAFA news agency.'),
    # -- headlines run into the lead
    (('MARREB', 'MAR', 'ESH', 'ESHREB'), ('MAR', 'MARMIL'), _FORCE,
     'POLISARIO CLAIMS ATTACK ON MOROCCAN WALL ALGIERS, Sept 3 (AFP) - Polisario Front guerrillas on Monday '
     'attacked Moroccan troops along the defensive wall in Western Sahara, killing 35 soldiers, the Sahrawi '
     'news agency SPS said.'),
    (('DEU', 'DEUGOV'), ('USR', 'USRGOV'), _THREAT,
     'KOHL WARNS MOSCOW OVER LITHUANIA -- West German Chancellor Helmut Kohl on Tuesday warned the Soviet '
     'Union that the use of force in Lithuania would put Western economic aid at risk, a government '
     'spokesman said in Bonn.'),
    # -- ages and numbers in appositions
    (('SOM', 'SOMREB', 'SOMMIL', 'SOMPTY', 'SOMOPP', 'SOMELI', 'SOMGOV'), ('IGO',), _ACCUSE,
     'Mohammed Farah Aideed, 57, the Somali faction leader, on Monday accused U.N. troops of killing '
     'civilians in Mogadishu, his radio station said.'),
    (('KEN', 'KENCOP', 'KENGOV'), ('KEN', 'KENOPP', 'KENELI', 'KENPTY', 'KENCVL'), _ARREST,
     'Kenyan police on Friday arrested Koigi wa Wamwere, 42, an exiled opposition leader who had slipped '
     'back into the country, his lawyer said.'),
    # -- a participle phrase, parentheses, numbers
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), _RECALL + ('174',), _IRAN_EXPELS),
    (('IRNGOV', 'IRN'), ('GBR', 'GBRGOV'), _ACCUSE, _IRAN_EXPELS),
    (('IND', 'INDREB', 'INDINS', 'INDOPP'), ('SWE', 'SWECVL', 'SWEBUS'), ('181', '18', '1', '015'),
     'The Jammu and Kashmir Liberation Front (JKLF) on Monday claimed responsibility for the kidnapping of '
     'two Swedish engineers in Srinagar, a spokesman told local newspapers.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP', 'MMRPTY', 'MMRCVL'), _YIELD,
     "Burma's military government on Tuesday released 75 political prisoners, including 12 members of Aung "
     "San Suu Kyi's National League for Democracy, the state-run radio said."),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE35, "batch2": PARSE35B}
ALL35: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
