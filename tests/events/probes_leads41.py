"""Blind probes of the thirty-ninth session (wip/leads41): LONG era leads (1985-2005 agency copy, 30-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI, JANA, KUNA and Yonhap, weighted to: a verb the small
model may tag as an adjective or a noun under a long subject ("The U.N. Commission on Human Rights on
Wednesday condemned Iraq's government ..."); acts by a passive agent, also with a possessive ("the embargo
enforced by NATO's warships"); an arrival or a visit "to begin talks", "flew in to mediate"; a request for a
force by its bare noun ("asked ... for troops"); a state's admission put off; and, across the codebook, the
target in an of-phrase, a possessor, a to/with/against/on/from phrase, a relative or an apposition;
reciprocal acts between two named parties; and acts with no target that must emit no CAMEO triple.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

Conventions the rows follow: an arrival in another state's capital "to begin talks", "for talks" or "to
mediate" is a visit (042, the host's 043) or the talks themselves (046); a request for troops or
peacekeepers is an appeal for military aid or protection (0232 / 0234); a state's membership put off is
written as a refusal or a reduction of relations (12x / 16x), which the codebook names for neither.

First run (batch 1, 47 rows, 45 leads, main c31557c5 = the branch's start, committed 47c015a6), country +
root / actor + root / actor + code: 45 / 43 / 43. Two rows corrected after it as writing errors by the
project's written conventions (docs/actors.md): the Pope is VATGOV (thirtieth session), and "Christian
militiamen" take the militia's sector, LBNUAF (a faith before an armed role, lead17); with them 45 / 45 / 45.
The first fixes (a lexicon verb misread after a time phrase; a reason phrase no antecedent of "it"; a visit
to open talks hosted by the talks' partner; troops asked for as 0232 / 0234) keep batch 1 at 45 / 45 / 45:
its leads were read already, and the classes are tested on sentences main misreads (test_leads41.py).

Batch 2 (41 rows, 39 leads), written after the first fixes and committed (a1b00f3a) before the coder ran on
it; first run on the branch (a1b00f3a): 38 / 37 / 36 (main c31557c5: 35 / 34 / 30). The rows with no target
listed only roots, which the actor + code count does not compare (a writing error in the row format, not in
the coding): they now list full codes, and the figures above are counted so. After the second fixes (each
nationality of "talks with Angolan and Cuban delegations"; a plural disaster noun the model takes for a name
at the start of a part, "Floods ... have killed 120 people", blocks the killing as "floods" does): 40 / 39 /
38.

Batch 3 (18 rows, 17 leads), written after the second fixes and committed (763d1865) before the coder ran on
it; first run on the branch (763d1865): 15 / 14 / 14. One row corrected as a writing error: prisoners of war
freed are their army's (IRQMIL, as batch 1's Angolan prisoners), which the row's targets left out (15 / 15 /
15; main c31557c5: 12 / 12 / 11). After the third fixes (the return of people "held by" a party demanded is
a demand to release them made on the holders, 1053; the Inter-American Commission on Human Rights is the
OAS's): 17 / 17 / 17. The remaining misses are gaps (test_probes_leads41.py).
`.venv/bin/python tests/events/probes_leads41.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '115', '11', '1121', '1122', '1123', '1124', '1125')
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383', '132', '133')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831', '1822')
_ARREST = ('173', '170', '172', '1711', '1712', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_EXPEL = _RECALL + ('174', '17', '1663')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123', '1212', '1222')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '0842', '085', '086', '087',
          '0871', '0874', '0872', '0873', '08')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045', '03')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16')
_APPEAL = ('020', '02', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233',
           '0234', '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255',
           '0256', '026', '027', '028', '010', '01')
_DEMAND = ('100', '10', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '104',
           '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056', '106',
           '107', '108')
_SUPPORT = ('05', '050', '051', '052', '053', '054', '055', '056', '057', '03', '030', '031', '0311', '0312',
            '032', '033', '036', '01', '010', '012', '013')
_PROTEST = ('140', '141', '1411', '1412', '14', '145', '1451')
_AID = ('070', '07', '071', '072', '073', '074', '075', '033', '0331', '0332', '0333', '0334', '030', '03')
_COOP = ('06', '060', '061', '062', '063', '064', '057', '05', '050') + _AID
# an appeal for armed help: military aid, protection or peacekeeping (a demand accepted too)
_ASK_FORCE = _APPEAL + ('1012', '1014', '10', '100', '101')
# acts with no target: no code of these (full codes, so the actor + code count checks them too)
_NONE_HARM = _CRIT + _REJECT + _THREAT + _PROTEST + _SANCTION + _EXPEL + _ARREST + _FORCE

_BAGHDAD = ('BAGHDAD (INA) - Iraq on Sunday denounced the air strikes carried out by U.S. and British '
            'warplanes in the southern no-fly zone as naked aggression against its people and sovereignty, '
            'the Iraqi News Agency said.')
_KABUL = ('KABUL (Reuters) - Afghanistan\'s foreign ministry on Monday protested against the shelling of '
          'border villages in Kunar province by Pakistan\'s army, saying 11 civilians had been killed, the '
          'official Bakhtar news agency said.')
_LAGOS = ('LAGOS (Reuters) - Nigeria and Cameroon traded accusations on Monday over a clash between their '
          'troops on the disputed Bakassi peninsula in which five soldiers were killed, diplomats said.')
_ROME = ('ROME (ANSA) - Italy on Wednesday recalled its ambassador to Somalia, Mario Sica, after gunmen '
         'attacked the embassy compound in Mogadishu, the foreign ministry said in a statement.')

LEADS41: list[Row] = [
    # batch 1: written blind, committed before the coder ran on it
    # -- a verb under a long subject the small model may read as an adjective or a noun
    (('IGO',), ('IRQ', 'IRQGOV'), _CRIT,
     'GENEVA, Feb 27 (Reuters) - The U.N. Commission on Human Rights on Wednesday condemned Iraq\'s '
     'government for widespread executions and torture and asked its special rapporteur to report again '
     'next year, diplomats said.'),
    (('IGO',), ('TUR', 'TURGOV', 'TURMIL'), _CRIT,
     'STRASBOURG, France (AP) - The European Parliament\'s foreign affairs committee on Tuesday criticised '
     'Turkey\'s military rulers for the detention of hundreds of trade unionists, a parliament spokesman '
     'said.'),
    (('IGO',), ('PAN', 'PANMIL', 'PANGOV'), _CRIT,
     'WASHINGTON (UPI) - The Organization of American States\' permanent council on Monday reprimanded '
     'Panama\'s military strongman Gen. Manuel Antonio Noriega for annulling the May elections, diplomats '
     'said.'),
    (('NGO',), ('IDN', 'IDNMIL'), _ACCUSE,
     'LONDON (Reuters) - The human rights group Amnesty International on Thursday accused Indonesia\'s '
     'security forces of killing hundreds of civilians in East Timor since the 1991 massacre in Dili.'),
    (('IGO',), ('LBR', 'LBRGOV'), _CRIT,
     'NEW YORK (AP) - The U.N. Security Council\'s sanctions committee on Friday rebuked Liberia\'s '
     'government for importing weapons in violation of the arms embargo, council diplomats said.'),
    # -- acts by a passive agent, with a possessive
    (('YUG', 'YUGGOV'), ('IGO',), _CRIT,
     'BELGRADE, June 3 (Reuters) - Yugoslavia on Saturday condemned the oil embargo enforced by NATO\'s '
     'warships in the Adriatic as an act of piracy, the official Tanjug news agency said.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAMIL', 'USAGOV'), _CRIT, _BAGHDAD),
    (('IRQ', 'IRQGOV'), ('GBR', 'GBRMIL', 'GBRGOV'), _CRIT, _BAGHDAD),
    (('LBY', 'LBYGOV'), ('IGO',), _APPEAL + _DEMAND,
     'TRIPOLI (JANA) - Libya called on Tuesday for an end to the air embargo imposed by the Security '
     'Council over the Lockerbie bombing, saying it had killed hundreds of sick Libyans denied treatment '
     'abroad.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _CRIT,
     'HAVANA (EFE) - Cuban President Fidel Castro on Friday denounced the trade embargo maintained by the '
     'United States against the island for more than 30 years, saying it violated international law.'),
    (('AFG', 'AFGGOV'), ('PAK', 'PAKMIL'), _CRIT + _PROTEST, _KABUL),
    (('PAK', 'PAKMIL'), ('AFG', 'AFGCVL'), _FORCE, _KABUL),
    # -- an arrival or a visit to begin talks, or to mediate
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _MEET,
     'NICOSIA (Reuters) - Greek Foreign Minister Theodoros Pangalos arrived in Ankara on Tuesday to begin '
     'talks with Turkish leaders on easing tension in the Aegean, the Anatolian news agency said.'),
    (('IGO',), ('AFG', 'AFGREB', 'AFGGOV', 'AFGMIL'), _MEET,
     'ISLAMABAD (AP) - A U.N. special envoy flew in to Kabul on Sunday to mediate between the rival Afghan '
     'factions fighting for control of the capital, a U.N. spokesman said.'),
    (('NICREB', 'NIC'), ('NIC', 'NICGOV'), _MEET,
     'MANAGUA (Reuters) - A delegation of Contra rebel leaders arrived in Managua on Thursday for talks with '
     'the Sandinista government on a ceasefire, rebel spokesmen said.'),
    (('MOZ', 'MOZGOV'), ('ZWE', 'ZWEGOV'), _MEET,
     'HARARE (AFP) - Mozambique\'s President Joaquim Chissano arrived in Harare on Monday on a two-day '
     'official visit to discuss the security of the Beira corridor with Zimbabwean leaders.'),
    (('PAK', 'PAKGOV'), ('CHN', 'CHNGOV'), _MEET,
     'BEIJING (Xinhua) - Pakistani Prime Minister Benazir Bhutto arrived here this afternoon to begin a '
     'five-day official visit to China at the invitation of Chinese Premier Li Peng.'),
    (('USA', 'USAGOV'), ('EGY', 'EGYGOV'), _MEET,
     'CAIRO (MENA) - U.S. Secretary of State James Baker flew into Cairo on Saturday to start talks with '
     'President Hosni Mubarak on convening a Middle East peace conference.'),
    (('IRN', 'IRNGOV', 'SYR', 'SYRGOV'), ('SYR', 'SYRGOV', 'IRN', 'IRNGOV'), _MEET,
     'DAMASCUS (Reuters) - President Hafez al-Assad on Sunday received visiting Iranian Foreign Minister Ali '
     'Akbar Velayati, who arrived earlier in the day to brief him on the Gulf war.'),
    # -- a request for a force by its bare noun
    (('PNG', 'PNGGOV'), ('AUS', 'AUSGOV', 'AUSMIL'), _ASK_FORCE,
     'PORT MORESBY (Reuters) - Papua New Guinea on Friday asked Australia for troops and helicopters to help '
     'restore order on the rebel island of Bougainville, government officials said.'),
    (('BIH', 'BIHGOV'), ('IGO',), _ASK_FORCE,
     'SARAJEVO (Reuters) - Bosnia\'s Moslem-led government on Thursday asked the United Nations for '
     'peacekeeping troops to protect the eastern enclave of Gorazde, a government spokesman said.'),
    # -- a state's admission put off
    (('IGO',), ('AUT', 'AUTGOV'), _REJECT + _SANCTION,
     'BRUSSELS (Reuters) - The European Community on Monday put off a decision on Austria\'s application for '
     'membership until after the completion of its single market, diplomats said.'),
    # -- across the codebook: the target in an of-phrase, a possessor, a phrase, a relative, an apposition
    (('IRN', 'IRNGOV'), ('LBN', 'LBNREB', 'LBNMIL', 'LBNCVL', 'LBNUAF'), _DEMAND,
     'TEHRAN (IRNA) - Iran on Wednesday demanded the immediate release of three Iranian diplomats held by '
     'Christian militiamen in Lebanon, the Islamic Republic News Agency said.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _REJECT,
     'ATHENS (Reuters) - Greece on Monday rejected Turkey\'s offer of talks on the continental shelf of the '
     'Aegean Sea, saying the dispute should go to the International Court of Justice.'),
    (('IND', 'INDGOV'), ('NPL', 'NPLGOV'), _AID + ('01', '010'),
     'NEW DELHI (PTI) - India on Tuesday offered economic aid worth 500 million rupees to Nepal to build '
     'roads and hydroelectric plants, an external affairs ministry spokesman said.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), _COOP,
     'BONN (DPA) - West Germany signed an agreement with Poland on Wednesday to write off 760 million marks '
     'of Polish debt, the finance ministry said.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), _ACCUSE + _CRIT + _PROTEST,
     'KUWAIT (KUNA) - Kuwait on Thursday lodged a complaint against Iraq with the Arab League, accusing '
     'Baghdad of massing troops on the border, officials said.'),
    (('USA', 'USAGOV'), ('JPN', 'JPNGOV', 'JPNBUS'), _SANCTION,
     'WASHINGTON (Reuters) - The United States on Friday imposed trade sanctions on Japan, raising tariffs '
     'on 300 million dollars worth of Japanese electronics in a dispute over computer chips.'),
    (('USR', 'USRGOV', 'USRMIL'), ('MNG', 'MNGGOV'), _YIELD,
     'MOSCOW (TASS) - The Soviet Union on Monday completed the withdrawal of its troops from Mongolia, the '
     'defence ministry newspaper Krasnaya Zvezda said.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), _EXPEL,
     'NAIROBI (Reuters) - Kenya on Saturday expelled a Ugandan diplomat who it said had been spying on '
     'exiled opponents of President Yoweri Museveni, the foreign ministry said.'),
    (('ITA', 'ITAGOV'), ('SOM', 'SOMGOV'), _RECALL, _ROME),
    # -- reciprocal acts between two named parties
    (('CHN', 'CHNGOV'), ('IDN', 'IDNGOV'), _SUPPORT,
     'BEIJING (Reuters) - China and Indonesia on Wednesday restored diplomatic relations frozen since 1967, '
     'ending more than two decades of hostility, the New China News Agency said.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), _MEET,
     'TOKYO (Kyodo) - Japan and North Korea ended two days of talks in Beijing on Thursday without agreeing '
     'on a date for their next round of negotiations on normalising relations.'),
    (('NGA', 'NGAGOV', 'CMR', 'CMRGOV'), ('CMR', 'CMRGOV', 'NGA', 'NGAGOV'), _CRIT + _FORCE, _LAGOS),
    # -- the rest of the codebook
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _DEMAND,
     'SEOUL (Yonhap) - South Korea on Friday demanded that North Korea apologise for the bombing of a South '
     'Korean airliner and hand over those responsible, a government spokesman said.'),
    (('IRQ', 'IRQGOV'), ('IGO',), _THREAT,
     'BAGHDAD (Reuters) - Iraq threatened on Saturday to stop cooperating with U.N. weapons inspectors '
     'unless the Security Council set a date for lifting sanctions, the official Iraqi News Agency said.'),
    (('ZAF', 'ZAFEDU', 'ZAFCVL'), ('ZAF', 'ZAFGOV'), _PROTEST,
     'JOHANNESBURG (Reuters) - Thousands of black students marched through Soweto on Wednesday to protest '
     'against the detention of student leaders under the state of emergency, witnesses said.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV', 'IDNMIL'), _SANCTION,
     'CANBERRA (Reuters) - Australia on Monday suspended military cooperation with Indonesia over the '
     'violence in East Timor, Defence Minister John Moore told parliament.'),
    (('TUR', 'TURCOP', 'TURGOV'), ('TUR', 'TUROPP', 'TURCVL'), _ARREST,
     'ANKARA (Reuters) - Turkish police on Sunday detained 45 members of a pro-Kurdish party in raids in the '
     'southeastern city of Diyarbakir, the state Anatolian news agency said.'),
    (('LKA', 'LKAREB'), ('LKA', 'LKAMIL'), _FORCE,
     'COLOMBO (Reuters) - Tamil Tiger rebels on Friday ambushed a Sri Lankan army patrol in the northern '
     'Jaffna peninsula, killing 12 soldiers, military officials said.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNMIL'), _FORCE,
     'BEIRUT (AFP) - Israeli warplanes on Tuesday bombed suspected positions of the pro-Iranian Hezbollah '
     'militia in southern Lebanon, wounding three guerrillas, police said.'),
    (('ZAF', 'ZAFGOV', 'ZAFMIL'), ('AGO', 'AGOMIL'), _YIELD,
     'PRETORIA (Reuters) - South Africa on Friday freed 150 Angolan prisoners of war under an exchange '
     'agreed at talks mediated by the United States, the defence force said.'),
    (('JPN', 'JPNGOV'), ('PHL', 'PHLGOV'), _AID,
     'TOKYO (Kyodo) - Japan on Wednesday extended a 50 billion yen loan to the Philippines to help finance '
     'power stations and roads, the foreign ministry said.'),
    (('VAT', 'VATGOV'), ('LBN', 'LBNREB', 'LBNMIL', 'LBNUAF'), _APPEAL,
     'VATICAN CITY (Reuters) - Pope John Paul on Sunday appealed to the warring factions in Lebanon to lay '
     'down their arms and spare the civilians of Beirut.'),
    # -- acts with no target: no CAMEO triple of these roots
    ((), (), _NONE_HARM,
     'TOKYO (Reuters) - Japan\'s Liberal Democratic Party on Sunday elected Kiichi Miyazawa as its new '
     'president, clearing the way for him to become prime minister next week.'),
    ((), (), _NONE_HARM,
     'MEXICO CITY (AP) - A powerful earthquake shook southern Mexico on Tuesday, killing at least 14 people '
     'and destroying hundreds of homes, the civil defence agency said.'),
    ((), (), _DEMAND + _CRIT + _REJECT + _THREAT,
     'PARIS (AFP) - French Prime Minister Michel Rocard on Thursday announced a 10 billion franc plan to '
     'modernise the country\'s schools, telling parliament that education was the nation\'s first priority.'),
]

# an appeal for armed help by its item: military aid or protection / peacekeeping
_ASK_FORCE_ITEM = ('0232', '0234', '023')

_COMMONWEALTH = ('LONDON (Reuters) - The Commonwealth\'s ministerial action group on Tuesday censured '
                 'Nigeria\'s military rulers for the execution of nine minority rights activists and '
                 'threatened to expel the country, diplomats said.')
_CROCKER = ('GENEVA (Reuters) - U.S. Assistant Secretary of State Chester Crocker flew to Geneva on Tuesday '
            'to begin talks with Angolan and Cuban delegations on independence for Namibia.')

LEADS41B: list[Row] = [
    # batch 2: written after the first fixes, committed before the coder ran on it
    # -- a verb under a long subject
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), _CRIT, _COMMONWEALTH),
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), _THREAT + _SANCTION, _COMMONWEALTH),
    (('NGO',), ('IDN', 'IDNMIL', 'IDNCOP'), _CRIT,
     'GENEVA (AFP) - The International Commission of Jurists on Monday upbraided Indonesia\'s security '
     'forces for the killing of unarmed demonstrators in Dili, the Geneva-based group said.'),
    (('IGO',), ('IRQ', 'IRQGOV'), _CRIT,
     'NEW YORK (Reuters) - The U.N. Security Council\'s sanctions committee on Thursday rapped Iraq\'s '
     'government for smuggling oil through Turkey, council diplomats said.'),
    (('IGO',), ('ISR', 'ISRGOV'), _CRIT,
     'BRUSSELS (Reuters) - The European Community\'s foreign ministers on Monday chided Israel\'s government '
     'for closing Palestinian universities and called for their reopening.'),
    # -- a visit to open talks with a party other than the host
    (('USR', 'USRGOV', 'RUS', 'RUSGOV'), ('PSE', 'PSEGOV', 'PSEREB'), _MEET,
     'TUNIS (Reuters) - Soviet Middle East envoy Gennady Tarasov arrived in Tunis on Wednesday to hold talks '
     'with PLO chairman Yasser Arafat on a peace conference, PLO officials said.'),
    (('USA', 'USAGOV'), ('AGO', 'AGOGOV'), _MEET, _CROCKER),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), _MEET, _CROCKER),
    (('IGO',), ('AFG', 'AFGREB'), _MEET,
     'ISLAMABAD (AP) - A U.N. mediator arrived in Islamabad on Saturday for a fresh round of talks with '
     'Afghan guerrilla leaders on forming an interim government.'),
    (('IRN', 'IRNGOV'), ('SYR', 'SYRGOV'), _MEET,
     'DAMASCUS (Reuters) - Iranian Foreign Minister Ali Akbar Velayati arrived in Damascus on Monday to open '
     'talks with Syrian leaders on the war of the camps in Lebanon.'),
    # -- troops asked for
    (('TCD', 'TCDGOV'), ('FRA', 'FRAGOV', 'FRAMIL'), _ASK_FORCE_ITEM,
     'NDJAMENA (Reuters) - Chad\'s President Hissene Habre on Saturday asked France for more troops and '
     'aircraft to repel a Libyan-backed rebel offensive in the north, officials said.'),
    (('RWA', 'RWAGOV'), ('IGO',), _ASK_FORCE_ITEM,
     'KIGALI (AFP) - Rwanda\'s government on Tuesday called on the United Nations to send peacekeeping '
     'troops to protect civilians in the north, a government spokesman said.'),
    (('TJK', 'TJKGOV'), ('RUS', 'RUSGOV', 'RUSMIL'), _ASK_FORCE_ITEM,
     'DUSHANBE (ITAR-TASS) - Tajikistan on Friday asked Russia and its Central Asian neighbours for troops '
     'to guard its border with Afghanistan against Islamic guerrillas.'),
    (('MOZ', 'MOZGOV'), ('ZWE', 'ZWEGOV', 'ZWEMIL'), _ASK_FORCE_ITEM,
     'MAPUTO (Reuters) - Mozambique asked Zimbabwe on Sunday for more troops to protect the Beira oil '
     'pipeline from rebel attacks, officials said.'),
    # -- an act by a passive agent
    (('ZAF', 'ZAFGOV'), ('IGO',), _REJECT + _CRIT,
     'PRETORIA (Reuters) - South Africa on Monday rejected the sanctions adopted by the Commonwealth\'s '
     'heads of government as meddling in its internal affairs.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IRQJUD'), _CRIT + _PROTEST,
     'TEHRAN (IRNA) - Iran on Saturday protested to Baghdad over the execution of Iranian pilgrims ordered '
     'by Iraq\'s revolutionary court.'),
    (('SDN', 'SDNGOV'), ('IGO',), _CRIT + _DEMAND + _APPEAL,
     'KHARTOUM (Reuters) - Sudan on Wednesday denounced the flight ban imposed by the Security Council\'s '
     'sanctions committee as unjust and called for it to be lifted.'),
    # -- across the codebook: the target in a phrase, a possessor, a relative, an apposition
    (('SAU', 'SAUGOV'), ('IRQ', 'IRQMIL', 'IRQGOV'), _DEMAND,
     'RIYADH (SPA) - Saudi Arabia on Monday demanded the withdrawal of Iraqi troops from the Kuwaiti border '
     'area, the official Saudi Press Agency said.'),
    (('THA', 'THAGOV'), ('MMR', 'MMRGOV'), _MEET + _SUPPORT,
     'BANGKOK (Reuters) - Thailand on Friday accepted Burma\'s offer of talks on the repatriation of '
     'refugees, a foreign ministry spokesman said.'),
    (('JPN', 'JPNGOV'), ('BGD', 'BGDGOV', 'BGDCVL'), _AID,
     'TOKYO (Kyodo) - Japan on Tuesday pledged 100 million dollars in emergency aid to Bangladesh to help '
     'victims of last week\'s cyclone, the foreign ministry said.'),
    (('IND', 'INDGOV'), ('BGD', 'BGDGOV'), _COOP + _SUPPORT,
     'NEW DELHI (PTI) - India on Saturday signed a treaty with Bangladesh on sharing the waters of the '
     'Ganges river, ending a 25-year dispute.'),
    (('PHL', 'PHLGOV'), ('CHN', 'CHNGOV'), _CRIT + _PROTEST,
     'MANILA (Reuters) - The Philippines on Monday filed a diplomatic protest against China over the '
     'construction of structures on Mischief Reef in the disputed Spratly islands.'),
    (('USA', 'USAGOV'), ('POL', 'POLGOV'), _YIELD,
     'WASHINGTON (AP) - The United States on Wednesday lifted economic sanctions on Poland imposed after the '
     '1981 martial law crackdown, the White House said.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('EST', 'ESTGOV'), _YIELD,
     'MOSCOW (Reuters) - Russia on Sunday withdrew its last troops from Estonia, ending half a century of '
     'military presence, the defence ministry said.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRMED'), _EXPEL,
     'HARARE (Reuters) - Zimbabwe on Tuesday deported a British journalist who had written articles critical '
     'of President Robert Mugabe, the information ministry said.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), _CRIT + _PROTEST + ('040', '04', '0'),
     'ANKARA (Reuters) - Turkey on Friday summoned the ambassador of its neighbour, Greece, to protest over '
     'the harbouring of a Kurdish rebel leader.'),
    (('ISR', 'ISRGOV', 'EGY', 'EGYGOV'), ('EGY', 'EGYGOV', 'ISR', 'ISRGOV'), _MEET,
     'CAIRO (MENA) - President Hosni Mubarak on Sunday received Israel\'s foreign minister, David Levy, for '
     'talks on the stalled peace process.'),
    # -- reciprocal acts
    (('USR', 'USRGOV', 'RUS', 'RUSGOV', 'CHN', 'CHNGOV'), ('CHN', 'CHNGOV', 'USR', 'USRGOV', 'RUS', 'RUSGOV'),
     _COOP + _SUPPORT + _YIELD,
     'MOSCOW (TASS) - The Soviet Union and China on Thursday signed an agreement to reduce troops along '
     'their 7,000 km border, the official news agency TASS said.'),
    (('IND', 'INDMIL', 'PAK', 'PAKMIL'), ('PAK', 'PAKMIL', 'IND', 'INDMIL'), _FORCE,
     'NEW DELHI (Reuters) - Indian and Pakistani troops exchanged heavy fire across the line of control in '
     'Kashmir on Sunday, killing at least six soldiers, army officials said.'),
    (('KOR', 'KORGOV', 'PRK', 'PRKGOV'), ('PRK', 'PRKGOV', 'KOR', 'KORGOV'), _MEET,
     'SEOUL (Yonhap) - The prime ministers of South and North Korea opened talks in Seoul on Tuesday, the '
     'first such meeting since the division of the peninsula.'),
    # -- the rest of the codebook
    (('FRA', 'FRAGOV'), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'BIHREB'), _APPEAL,
     'PARIS (AFP) - French President Francois Mitterrand on Wednesday urged Serbia\'s leaders to halt the '
     'shelling of Sarajevo and allow relief convoys through.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), _DEMAND,
     'WASHINGTON (Reuters) - The United States on Monday demanded that Libya hand over two intelligence '
     'agents accused of the Lockerbie bombing.'),
    (('IRQ', 'IRQGOV'), ('IGO',), _REJECT,
     'BAGHDAD (INA) - Iraq on Thursday rejected a U.N. plan to let it sell oil to buy food and medicine, '
     'calling it an infringement of its sovereignty.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAMIL', 'USAGOV'), _THREAT,
     'PYONGYANG (KCNA) - North Korea on Monday threatened to pull out of the nuclear non-proliferation '
     'treaty if U.S. forces went ahead with military exercises in the South.'),
    (('PHL', 'PHLEDU', 'PHLCVL'), ('USA', 'USAGOV', 'USAMIL'), _PROTEST,
     'MANILA (AP) - Thousands of students marched on the U.S. embassy in Manila on Friday to protest against '
     'the presence of American military bases in the Philippines.'),
    (('KEN', 'KENCOP', 'KENGOV'), ('KEN', 'KENOPP'), _ARREST,
     'NAIROBI (Reuters) - Kenyan police on Saturday arrested three opposition leaders who had called for '
     'multi-party democracy, their lawyers said.'),
    (('IND', 'INDUAF', 'INDREB'), ('IND', 'INDSPY', 'INDGOV'), _FORCE,
     'SRINAGAR (Reuters) - Suspected Moslem militants on Tuesday shot dead a senior Indian intelligence '
     'official outside his home in Srinagar, police said.'),
    (('ARM', 'ARMMIL'), ('AZE', 'AZEMIL', 'AZEGOV'), _FORCE,
     'BAKU (Reuters) - Armenian forces on Sunday captured the Azeri town of Kelbajar after days of heavy '
     'fighting, Azerbaijan\'s defence ministry said.'),
    # -- acts with no target
    ((), (), _NONE_HARM,
     'BUENOS AIRES (Reuters) - Argentina\'s central bank on Monday devalued the austral by 30 percent '
     'against the dollar in a bid to curb inflation.'),
    ((), (), _NONE_HARM,
     'NEW DELHI (PTI) - Floods in the eastern state of Bihar have killed at least 120 people and left half a '
     'million homeless, officials said on Tuesday.'),
    ((), (), _NONE_HARM,
     'KATHMANDU (AFP) - Nepal\'s ruling Congress party on Sunday chose Girija Prasad Koirala as its '
     'parliamentary leader, paving the way for him to form a new government.'),
]

_GUATEMALA = ('WASHINGTON (Reuters) - The Inter-American Commission on Human Rights on Wednesday rebuked '
              'Guatemala\'s army for the massacre of Indian peasants and asked the government to punish '
              'those responsible.')

LEADS41C: list[Row] = [
    # batch 3: written after the second fixes, committed before the coder ran on it
    (('IGO',), ('GTM', 'GTMMIL'), _CRIT, _GUATEMALA),
    (('IGOOAS', 'IGO'), ('GTM', 'GTMGOV'), _APPEAL + _DEMAND, _GUATEMALA),
    (('NGO',), ('MAR', 'MARGOV'), _CRIT,
     'LONDON (Reuters) - The London-based human rights group Amnesty International censured Morocco\'s '
     'government for holding hundreds of political prisoners without trial, in a report issued on Thursday.'),
    (('IGO',), ('KEN', 'KENGOV'), _CRIT,
     'BRUSSELS (AFP) - The European Parliament\'s development committee on Tuesday chided Kenya\'s '
     'government over corruption and the harassment of opposition politicians, a committee spokesman said.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), _MEET,
     'GENEVA (Reuters) - A U.S. delegation arrived in Geneva on Sunday to hold talks with Iranian officials '
     'on the fate of Western hostages held in Lebanon, diplomats said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _MEET,
     'WASHINGTON (Reuters) - Egyptian Foreign Minister Esmat Abdel-Meguid flew to Washington on Monday for a '
     'new round of talks with Israeli negotiators on the Taba border dispute.'),
    (('LBR', 'LBRGOV'), ('IGO',), _ASK_FORCE_ITEM,
     'MONROVIA (Reuters) - Liberia\'s interim president Amos Sawyer on Friday asked the United Nations for '
     'peacekeepers to help West African troops disarm the warring factions.'),
    (('GEO', 'GEOGOV'), ('RUS', 'RUSGOV', 'RUSMIL'), _ASK_FORCE_ITEM,
     'TBILISI (Reuters) - Georgia on Thursday asked Russia for troops to guard the railway through western '
     'Georgia against attacks by supporters of ousted President Zviad Gamsakhurdia.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURMIL', 'TURGOV'), _CRIT,
     'ATHENS (Reuters) - Greece on Tuesday condemned the violation of its airspace by Turkey\'s warplanes '
     'over the Aegean as a provocation, a government spokesman said.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _REJECT + _CRIT,
     'HANOI (AFP) - Vietnam on Sunday rejected the territorial claims made by China\'s foreign ministry over '
     'the Paracel islands as groundless, the official Vietnam News Agency said.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _DEMAND,
     'KUWAIT (KUNA) - Kuwait on Monday demanded the return of more than 600 Kuwaitis held by Iraq since the '
     'Gulf war, the Kuwait News Agency said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _CRIT + _PROTEST,
     'BEIJING (Reuters) - China lodged a strong protest with the United States on Saturday over the visit of '
     'Taiwan\'s president to Cornell University, the Foreign Ministry said.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), _YIELD + _COOP,
     'TEHRAN (IRNA) - Iran on Tuesday freed 1,000 Iraqi prisoners of war who had been held since the early '
     'years of the war, the official news agency IRNA said.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), _SANCTION + _YIELD,
     'WASHINGTON (Reuters) - President Bill Clinton on Thursday lifted the trade embargo on Vietnam imposed '
     'after the fall of Saigon in 1975, a White House spokesman said.'),
    (('MAR', 'MARGOV', 'DZA', 'DZAGOV'), ('DZA', 'DZAGOV', 'MAR', 'MARGOV'), _SUPPORT + _COOP,
     'RABAT (Reuters) - Morocco and Algeria restored diplomatic relations on Monday after a 12-year break '
     'over the Western Sahara conflict, the official MAP news agency said.'),
    (('PER', 'PERMIL'), ('PER', 'PERREB'), _FORCE,
     'LIMA (Reuters) - Peruvian troops on Sunday killed 14 Shining Path guerrillas in a clash in the central '
     'Andean province of Ayacucho, the army said.'),
    ((), (), _NONE_HARM,
     'TOKYO (Kyodo) - Typhoons in southern Japan have destroyed 3,000 homes and killed 11 people this week, '
     'the National Police Agency said on Friday.'),
    ((), (), _NONE_HARM,
     'SEOUL (Yonhap) - South Korea\'s ruling party on Tuesday elected Kim Young-sam as its presidential '
     'candidate for the December election.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEADS41, "batch2": LEADS41B, "batch3": LEADS41C}
ALL41: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
