"""GSR-style probes of the forty-first session (wip/lead43): acts the lead tells as NOUNS, or through another
verb, as the era's wires often did: an offer, demand, threat, decision, protest, accusation, pledge, visit,
expulsion or lifting named by a noun and then welcomed, rejected, denied, condemned or answered ("Pakistan
dismissed India's offer of talks", "Sudan's expulsion of two British diplomats prompted Britain to order out
an envoy", "Iran's threat to close the Strait drew a warning from the United States"), acts told "in
response to" another, talks and meetings as the subject ("Talks between the Greek and Turkish foreign
ministers ended without agreement"), and passives of a nominal act ("Amnesty's call ... was rejected by
Indonesia"). The row is the act an analyst writes down first: the sentence's own act, whose target is the
owner of the nominal act it answers. 1985-2005 copy, dated 2000-01-01 as the real-news GSR records are.
Written blind.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). Accepted actor codes follow
docs/actors.md. Each batch was committed before the coder was run on it; no rule of this session was
written after reading it.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_MEET = ('040', '041', '042', '043', '044', '046', '036')
_APPEAL = ('020', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233', '0234',
           '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255', '0256',
           '026', '027', '028')
_DEMAND = ('100', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '1034',
           '104', '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056',
           '106', '107', '108')
_DISAPPROVE = ('110', '111', '112', '1121', '1122', '1123', '1124', '1125', '114', '115', '116')
_PROTEST = ('140', '141', '1411', '1412', '1413', '1414', '142', '1421', '1422', '1423', '1424', '143',
            '1431', '1432', '1433', '1434', '144', '1441', '1442', '1443', '1444', '145', '1451', '1452',
            '1453', '1454')
_COERCE = ('170', '171', '1711', '1712', '172', '1721', '1722', '1723', '1724', '173', '174', '175',
           '176')
_ASSAULT = ('180', '181', '182', '1821', '1822', '1823', '183', '1831', '1832', '1833', '184', '185',
            '186')
_FIGHT = ('190', '191', '192', '193', '194', '195', '1951', '196')
_YIELD = ('080', '081', '0811', '0812', '0813', '0814', '082', '083', '0831', '0832', '0833', '0834',
          '084', '0841', '0842', '085', '086', '0861', '0862', '0863', '087', '0871', '0872', '0873',
          '0874')
_REJECT = ('120', '121', '122', '123', '124', '1241', '1242', '1243', '1244', '1245', '1246', '125',
           '126', '127', '128', '129')
_PRAISE = ('050', '051', '052', '053', '054', '055', '056', '057')
_AID = ('070', '071', '072', '073', '074', '075', '033', '0331', '0332', '0333', '0334')
_INVESTIGATE = ('090', '091', '092', '093', '094')
_THREATEN = ('130', '131', '1311', '1312', '1313', '132', '133', '134', '135', '136', '137', '138',
             '1381', '1382', '1383', '1384', '1385', '139')
_REDUCE = ('160', '161', '162', '1621', '1622', '1623', '163', '164', '165', '166', '1661', '1662', '1663')
_INTENT = ('030', '031', '0311', '0312', '0313', '0314', '032', '033', '0331', '0332', '0333', '0334',
           '034', '0341', '0342', '0343', '0344', '035', '0351', '0352', '0353', '0354', '0355', '0356',
           '036', '037', '038', '039')
_POSTURE = ('150', '151', '152', '153', '154', '155')


LEAD43: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _REJECT + ('111',),
     'ISLAMABAD (Reuters) - Pakistan on Tuesday dismissed India\'s offer of talks on trade and travel as a'
     ' ploy to divert attention from Kashmir, where it said Indian troops were killing civilians.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _PRAISE,
     'SEOUL (Yonhap) - South Korea on Monday welcomed North Korea\'s acceptance of its proposal for Red '
     'Cross talks on reuniting families separated by the 1950-53 Korean War, the Unification Ministry '
     'said.'),
    (('LBN', 'LBNGOV'), ('ISR', 'ISRGOV', 'ISRMIL'), _PRAISE,
     'BEIRUT (AFP) - Lebanon\'s government on Wednesday welcomed Israel\'s decision to pull its troops out'
     ' of the south of the country by July but said it would not guarantee the security of the border.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO',), _REJECT,
     'BAGHDAD (Reuters) - Iraq on Sunday rejected a Security Council demand that it allow U.N. arms '
     'inspectors to return, calling the new monitoring commission an American tool.'),
    (('USA', 'USAGOV', 'USAMIL'), ('IRN', 'IRNGOV'), _THREATEN + _DISAPPROVE,
     'WASHINGTON (Reuters) - Iran\'s threat to close the Strait of Hormuz to shipping drew a sharp warning'
     ' from the United States on Tuesday, which said its navy would keep the waterway open.'),
    (('GRC', 'GRCGOV', 'TUR', 'TURGOV'), ('GRC', 'GRCGOV', 'TUR', 'TURGOV'), _MEET,
     'UNITED NATIONS (Reuters) - Talks between the Greek and Turkish foreign ministers on the sidelines of'
     ' the General Assembly ended on Monday without agreement on the Aegean, a Greek spokesman said.'),
    (('GBR', 'GBRGOV'), ('SDN', 'SDNGOV'), _REDUCE + ('174',),
     'LONDON (Reuters) - Sudan\'s expulsion of two British diplomats prompted Britain on Friday to order '
     'out a Sudanese envoy and to freeze contacts with Khartoum, the Foreign Office said.'),
    (('JPN', 'JPNGOV'), ('IDN', 'IDNGOV'), _AID + _INTENT,
     'JAKARTA (Kyodo) - Japan\'s pledge of 500 million dollars in emergency loans to Indonesia was '
     'announced here today by visiting Finance Minister Kiichi Miyazawa after talks with President '
     'Abdurrahman Wahid.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('USA', 'USAGOV'), _REJECT,
     'BELGRADE (Reuters) - Yugoslavia on Saturday rejected a U.S. demand that it hand over former Bosnian '
     'Serb leaders indicted for war crimes to the tribunal in The Hague.'),
    (('KHM', 'KHMGOV'), ('THA', 'THAGOV'), ('016', '010', '125') + _REJECT,
     'PHNOM PENH (AFP) - Cambodia on Wednesday denied Thai accusations that its soldiers had crossed the '
     'border and fired on a Thai ranger post, saying the shooting was inside Cambodian territory.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _DISAPPROVE,
     'BEIJING (Reuters) - China lodged a strong protest with the United States on Friday over the sale of '
     'F-16 fighters to Taiwan and said the deal would harm relations.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), _DISAPPROVE + _THREATEN,
     'MOSCOW, Jan 3 (Reuters) - Russia accused Georgia on Monday of letting Chechen rebels use its '
     'territory as a rear base, and warned Tbilisi that it would answer any attack from across the border.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), _REJECT + _DISAPPROVE,
     'TOKYO (Reuters) - North Korea on Thursday called Washington\'s demand for inspections of a suspected'
     ' nuclear site an intolerable insult to its sovereignty, the official KCNA news agency said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), _MEET + _INTENT,
     'CAIRO (MENA) - Egypt will host a new round of talks between Israel and the Palestinians next week in'
     ' a bid to revive the stalled peace process, Foreign Minister Amr Moussa said today.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), _REJECT,
     'BUENOS AIRES (Reuters) - Argentina on Tuesday turned down a British proposal to resume fishing talks'
     ' on the waters around the Falklands, saying London must first discuss sovereignty.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), _REJECT + _DISAPPROVE,
     'TAIPEI (Reuters) - Taiwan on Sunday brushed aside Beijing\'s threat to use force if the island '
     'delayed reunification talks indefinitely, saying its people would not be intimidated.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _REDUCE,
     'NEW DELHI (PTI) - India today suspended the bus service to Lahore and cut its high commission staff '
     'in Islamabad by half in response to what it called Pakistan\'s sponsorship of cross-border '
     'terrorism.'),
    (('FRA', 'FRAGOV'), ('CIV', 'CIVGOV', 'CIVMIL'), _REDUCE,
     'PARIS (Reuters) - France\'s suspension of military cooperation with Ivory Coast was announced on '
     'Thursday by the Foreign Ministry, a week after soldiers overthrew President Henri Konan Bedie.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), _REDUCE,
     'WASHINGTON (Reuters) - The Clinton administration on Monday announced a cut-off of all military aid '
     'to Pakistan in response to the army\'s seizure of power, a State Department spokesman said.'),
    (('CHN', 'CHNGOV', 'PRK', 'PRKGOV'), ('CHN', 'CHNGOV', 'PRK', 'PRKGOV'), _MEET,
     'BEIJING (Xinhua) - Chinese Foreign Minister Tang Jiaxuan arrived in Pyongyang today for a four-day '
     'visit to North Korea at the invitation of his counterpart Paek Nam-sun.'),
    (('IDN', 'IDNGOV'), ('NGO',), _REJECT,
     'JAKARTA (Reuters) - Amnesty International\'s call for an international inquiry into killings in East'
     ' Timor was rejected on Tuesday by Indonesia, which said its own commission would investigate.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _DISAPPROVE + _DEMAND,
     'HANOI (Reuters) - Vietnam on Thursday protested against China\'s occupation of a reef in the Spratly'
     ' Islands and demanded that Chinese ships leave the area at once.'),
    (('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), ('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), _INTENT + ('057',),
     'ALGIERS (Reuters) - Ethiopia and Eritrea reached agreement on Saturday on a ceasefire in their '
     'border war, Algerian mediators said, after four days of indirect talks.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), _REJECT,
     'JERUSALEM (Reuters) - Israel has rejected a Syrian demand that it commit itself to a full withdrawal'
     ' from the Golan Heights before talks resume, Israeli officials said on Sunday.'),
    (('IGOUNODEVWBK', 'IGO'), ('MOZ', 'MOZGOV'), _AID + _INTENT,
     'MAPUTO (AFP) - A World Bank pledge of 100 million dollars for flood reconstruction in Mozambique was'
     ' confirmed on Monday by the bank\'s representative in Maputo.'),
    (('IGOEUREEC', 'IGO'), ('AUT', 'AUTGOV'), _REDUCE,
     'BRUSSELS (Reuters) - The European Union on Monday froze bilateral contacts with Austria in protest '
     'at the entry of Joerg Haider\'s far-right Freedom Party into the government.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAGOV', 'USAMIL'), _REJECT,
     'RIYADH (Reuters) - Saudi Arabia has turned down a U.S. request to use its air bases for strikes on '
     'Iraq, Saudi officials said on Wednesday, in a blow to Washington\'s plans.'),
    (('IRN', 'IRNGOV'), ('AFGREB', 'AFG', 'AFGGOV'), _DISAPPROVE + _THREATEN,
     'TEHRAN (IRNA) - Iran today held the Taleban militia responsible for the killing of its diplomats in '
     'Mazar-i-Sharif and warned that it reserved the right to respond.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _PRAISE + ('080', '084', '018'),
     'SEOUL (Reuters) - South Korea on Thursday accepted Japan\'s apology for its colonial rule of the '
     'peninsula, saying it opened a new chapter in relations between the two neighbours.'),
    (('IGONAT', 'IGO'), ('BIH', 'BIHSRB', 'SRB', 'BIHREB'), _THREATEN + _DEMAND,
     'BRUSSELS (Reuters) - NATO issued an ultimatum to the Bosnian Serbs on Wednesday to pull their heavy '
     'weapons back from Sarajevo within 10 days or face air strikes.'),
    (('IGOCWN', 'IGO'), ('NGA', 'NGAGOV', 'NGAMIL'), _REDUCE,
     'AUCKLAND (Reuters) - The Commonwealth on Friday suspended Nigeria\'s membership over the execution '
     'of writer Ken Saro-Wiwa and eight other minority rights activists.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV', 'PAKMIL', 'PAKSPY'), _DISAPPROVE,
     'NEW DELHI (Reuters) - India blamed Pakistan on Tuesday for the hijacking of an Indian Airlines jet '
     'to Kandahar, saying the hijackers were trained by Pakistani intelligence.'),
    (('IRN', 'IRNGOV', 'IRNMIL'), ('AFGREB', 'AFG', 'AFGGOV'), _POSTURE + _THREATEN,
     'TEHRAN (Reuters) - Iran\'s massing of 70,000 troops on the Afghan border was meant as a warning to '
     'the Taleban, not a prelude to war, a senior Iranian official said on Monday.'),
    (('JPN', 'JPNGOV', 'RUS', 'RUSGOV'), ('JPN', 'JPNGOV', 'RUS', 'RUSGOV'), _MEET,
     'TOKYO (Kyodo) - Japanese and Russian negotiators on Monday began two days of consultations in Moscow'
     ' on a peace treaty formally ending World War II hostilities, the Foreign Ministry said.'),
    (('CHN', 'CHNGOV'), ('MKD', 'MKDGOV'), _REDUCE,
     'BEIJING (Reuters) - China broke off diplomatic relations with Macedonia on Tuesday in retaliation '
     'for the Balkan state\'s recognition of Taiwan.'),
    (('BIH', 'BIHGOV'), ('IGOUNO', 'IGO'), _APPEAL,
     'SARAJEVO (Reuters) - Bosnia\'s government renewed its request on Saturday for U.N. protection of the'
     ' eastern enclave of Gorazde, which it said was under heavy Serb shelling.'),
    (('LKA', 'LKAGOV'), ('NOR', 'NORGOV'), _INTENT + _PRAISE,
     'OSLO (Reuters) - Norway\'s offer to mediate between the Sri Lankan government and Tamil Tiger rebels'
     ' was accepted by Colombo on Friday, the Norwegian Foreign Ministry said.'),
    (('USA', 'USAGOV', 'USAELI'), ('VNM', 'VNMGOV'), _YIELD,
     'WASHINGTON (Reuters) - President Clinton\'s lifting of the 19-year U.S. trade embargo against '
     'Vietnam on Thursday opened the way for American companies to compete for contracts there.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), _PRAISE,
     'HANOI (Reuters) - The lifting of the U.S. trade embargo was welcomed by Hanoi on Friday as a step '
     'toward normal relations with Washington, the Foreign Ministry spokesman said.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _THREATEN + _DEMAND,
     'ANKARA (Reuters) - Turkey\'s warning that it would use force unless Syria expelled Kurdish rebel '
     'leader Abdullah Ocalan was repeated on Tuesday by the Turkish prime minister, who said patience was '
     'running out.'),
    (('YEM', 'YEMGOV'), ('ERI', 'ERIGOV', 'ERIMIL'), _DISAPPROVE + _DEMAND,
     'SANAA (Reuters) - Yemen on Saturday condemned Eritrea\'s seizure of Greater Hanish island in the Red'
     ' Sea and demanded the immediate withdrawal of Eritrean troops.'),
    (('PSE', 'PSEGOV'), ('USA', 'USAGOV'), _PRAISE,
     'GAZA (Reuters) - Palestinian President Yasser Arafat on Wednesday praised U.S. efforts to revive '
     'peace talks with Israel and said he would travel to Washington next month.'),
    (('IND', 'INDGOV', 'PAK', 'PAKGOV'), ('IND', 'INDGOV', 'PAK', 'PAKGOV'), _MEET,
     'NEW YORK (Reuters) - A meeting between the Indian and Pakistani prime ministers on Wednesday failed '
     'to break the deadlock over Kashmir, but both sides agreed to keep talking, officials said.'),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV'), _DEMAND,
     'UNITED NATIONS (Reuters) - The Security Council on Friday repeated its demand that Iraq give '
     'inspectors unconditional access to all sites, in a statement read by its president.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), _REJECT + _DISAPPROVE,
     'HARARE (Reuters) - Zimbabwe on Monday rejected Britain\'s criticism of the seizure of white-owned '
     'farms as interference in its internal affairs.'),
]

LEAD43B: list[Row] = [
    # batch 2: written blind after the batch 1 fixes, before the coder was run on it
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), _AID + _INTENT,
     'COLOMBO (Reuters) - An Indian offer of 10,000 tonnes of rice to drought-hit Sri Lanka was accepted '
     'by Colombo on Monday, the foreign ministry said.'),
    (('ALB', 'ALBGOV'), ('GRC', 'GRCGOV'), _DISAPPROVE,
     'TIRANA (Reuters) - Greece\'s expulsion of thousands of Albanian migrants drew a sharp protest from '
     'Albania on Friday, which accused Athens of collective punishment.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _DEMAND + _APPEAL,
     'CAIRO (Reuters) - Egypt on Sunday renewed its demand that Sudan hand over three men wanted for the '
     'attempt on President Hosni Mubarak\'s life.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _REJECT,
     'SEOUL (Yonhap) - Seoul\'s request for the return of a South Korean fishing boat seized off the east '
     'coast was rejected by Pyongyang on Tuesday, the Unification Ministry said.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _DISAPPROVE,
     'TOKYO (Kyodo) - Japan on Thursday lodged a protest with China over a Chinese nuclear test conducted '
     'earlier in the day, the Foreign Ministry said.'),
    (('FRA', 'FRAGOV'), ('IRQ', 'IRQGOV'), _DISAPPROVE,
     'PARIS (Reuters) - The sharpest criticism of Iraq\'s refusal to cooperate with U.N. inspectors came '
     'on Tuesday from France, which had long argued for easing sanctions.'),
    (('CHN', 'CHNGOV', 'PAK', 'PAKGOV'), ('CHN', 'CHNGOV', 'PAK', 'PAKGOV'), _MEET,
     'ISLAMABAD (APP) - Chinese Vice Premier Qian Qichen arrived here today on a three-day official visit '
     'at the invitation of his Pakistani counterpart.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNMOS', 'LBNUAF', 'LBNREBMOS', 'LBNMOSREB'),
     _ASSAULT + _FIGHT,
     'JERUSALEM (Reuters) - Israeli warplanes struck suspected Hizbollah positions in south Lebanon on '
     'Monday in response to a guerrilla rocket attack on northern Israel, the army said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), _REJECT,
     'ISLAMABAD (Reuters) - An Indian proposal for talks between the two armies\' commanders on the '
     'Siachen glacier was turned down by Pakistan on Saturday.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('IGOCWN', 'IGO'), _THREATEN,
     'LAGOS (Reuters) - Nigeria\'s threat to quit the Commonwealth unless the group lifted its suspension '
     'was repeated on Sunday by the military government\'s spokesman.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), _DISAPPROVE,
     'TEHRAN (IRNA) - Iran\'s charge that the United States was behind the bombing of a shrine in Mashhad '
     'was repeated today by the foreign ministry spokesman.'),
    (('RUS', 'RUSGOV'), ('IGONAT', 'IGO'), _DISAPPROVE,
     'MOSCOW (Reuters) - NATO\'s decision to admit Poland, Hungary and the Czech Republic drew a strong '
     'protest from Moscow on Wednesday.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), _REDUCE + _DISAPPROVE,
     'ANKARA (Reuters) - Turkey recalled its ambassador from Athens on Tuesday following Greece\'s '
     'decision to shelter Kurdish rebel leader Abdullah Ocalan at its embassy in Nairobi.'),
    (('KWT', 'KWTGOV'), ('USA', 'USAGOV', 'USAMIL'), _APPEAL,
     'KUWAIT (KUNA) - Kuwait\'s request for U.S. help in escorting its oil tankers through the Gulf was '
     'confirmed today by the oil minister.'),
    (('IGOUNO', 'IGO'), ('HTI', 'HTIMIL', 'HTIGOV'), _THREATEN + _DEMAND,
     'PORT-AU-PRINCE (Reuters) - A U.N. ultimatum to Haiti\'s military leaders to step down by Oct. 15 '
     'expired on Saturday with no sign that they would go.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV', 'JPNELI'), _PRAISE,
     'BEIJING (Reuters) - Japanese Prime Minister Tomiichi Murayama\'s apology for Japan\'s wartime '
     'aggression was welcomed with reservations by China on Wednesday.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), _DISAPPROVE + _DEMAND,
     'BEIJING (Reuters) - China\'s arrest of Chinese-American human rights activist Harry Wu drew an angry'
     ' protest from Washington on Monday.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), _MEET,
     'AMMAN (Reuters) - A visit to Amman by Israeli Prime Minister Ehud Barak on Thursday produced '
     'agreement on water sharing and a new border crossing, Jordanian officials said.'),
    (('IGOUNO', 'IGO'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), _YIELD,
     'BELGRADE (Reuters) - The suspension of U.N. sanctions against Yugoslavia was announced on Wednesday '
     'by the Security Council in reward for Belgrade\'s support of the Bosnia peace plan.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), _REJECT + _DISAPPROVE,
     'DAMASCUS (Reuters) - Syria on Monday dismissed as a manoeuvre an Israeli call for talks without '
     'preconditions, the official news agency SANA said.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), _REDUCE + _REJECT,
     'JAKARTA (Reuters) - Indonesia\'s cancellation of a security treaty with Australia on Thursday came '
     'in protest at Canberra\'s leading role in the peacekeeping force in East Timor.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), _DISAPPROVE,
     'TAIPEI (Reuters) - Taiwan on Sunday condemned China\'s missile tests off its coast as an attempt to '
     'intimidate voters before the presidential election.'),
    (('SLE', 'SLEGOV'), ('GBR', 'GBRGOV', 'GBRMIL'), _APPEAL,
     'FREETOWN (Reuters) - British paratroopers arrived in Freetown on Monday at the request of the Sierra'
     ' Leone government, which asked for help against advancing rebels.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _REJECT + _DISAPPROVE,
     'HAVANA (Reuters) - Cuba on Friday rejected as interference a U.S. demand for the release of four '
     'dissidents jailed for sedition.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV', 'AZEMIL'), _DISAPPROVE,
     'YEREVAN (Reuters) - Armenia accused Azerbaijan on Tuesday of violating the ceasefire in '
     'Nagorno-Karabakh and said the shelling of border villages threatened the peace talks.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), _THREATEN,
     'BEIJING (Reuters) - China\'s warning that it would not sit idly by if Taiwan declared independence '
     'was repeated on Friday by Premier Zhu Rongji.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV', 'COLMIL'), _DISAPPROVE,
     'CARACAS (Reuters) - Venezuela on Monday protested to Colombia over the incursion of Colombian troops'
     ' into Venezuelan territory in pursuit of leftist guerrillas.'),
    (('IGOEUREEC', 'IGO'), ('MMR', 'MMRGOV', 'MMRMIL'), _REDUCE + _COERCE,
     'BRUSSELS (Reuters) - The European Union\'s ban on visas for members of Burma\'s military government '
     'was extended on Monday for another six months.'),
]

LEAD43C: list[Row] = [
    # batch 3: written blind after the batch 2 fixes, before the coder was run on it
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), _THREATEN,
     'BAGHDAD (Reuters) - Iraq\'s threat to use force against Kuwait unless it stopped pumping oil from '
     'the disputed Rumaila field sent oil prices higher on Tuesday.'),
    (('IGOUNO', 'IGO'), ('ISR', 'ISRGOV'), _DISAPPROVE,
     'UNITED NATIONS (Reuters) - The Security Council\'s condemnation of Israel\'s deportation of 400 '
     'Palestinians was adopted unanimously on Friday.'),
    (('EGY', 'EGYGOV', 'LBY', 'LBYGOV'), ('EGY', 'EGYGOV', 'LBY', 'LBYGOV'), _MEET,
     'CAIRO (MENA) - Talks between Egyptian President Hosni Mubarak and Libyan leader Muammar Gaddafi on '
     'Thursday focused on border trade, the official news agency said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _APPEAL + _INTENT,
     'SEOUL (Reuters) - South Korea on Monday renewed its call for talks with North Korea on the fate of '
     'families separated by the war.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _REJECT,
     'LONDON (Reuters) - An Argentine proposal for joint sovereignty over the Falkland Islands was '
     'rejected out of hand by Britain on Wednesday.'),
    (('IND', 'INDGOV'), ('USA', 'USAGOV'), _DISAPPROVE + _REJECT,
     'NEW DELHI (Reuters) - India on Friday denounced the imposition of U.S. sanctions over its nuclear '
     'tests as unjustified and said it would not be coerced.'),
    (('USA', 'USAGOV', 'USAELI'), ('IND', 'INDGOV'), _REDUCE,
     'WASHINGTON (Reuters) - The imposition of U.S. economic sanctions against India over its nuclear '
     'tests was announced on Wednesday by President Clinton.'),
    (('CHN', 'CHNGOV'), ('PHL', 'PHLGOV', 'PHLMIL'), _DISAPPROVE,
     'BEIJING (Reuters) - China on Tuesday protested against the Philippine navy\'s seizure of 62 Chinese '
     'fishermen near a disputed reef in the Spratlys.'),
    (('IRN', 'IRNGOV'), ('IGOUNO', 'IGO'), _INTENT + _PRAISE + _YIELD,
     'TEHRAN (IRNA) - Iran\'s acceptance of U.N. Security Council resolution 598 on a ceasefire with Iraq '
     'was announced today by the foreign ministry.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _DISAPPROVE,
     'ADDIS ABABA (Reuters) - Ethiopia blamed Eritrea on Saturday for the collapse of the peace talks in '
     'Algiers and accused Asmara of preparing a new offensive.'),
    (('IGOOAS', 'IGO'), ('HTI', 'HTIGOV', 'HTIMIL'), _REDUCE,
     'WASHINGTON (Reuters) - The Organisation of American States\' trade embargo against Haiti\'s military'
     ' rulers was tightened on Monday to include all oil shipments.'),
    (('KEN', 'KENGOV'), ('SOM', 'SOMGOV'), _REDUCE + _COERCE,
     'NAIROBI (Reuters) - Kenya\'s closure of its border with Somalia on Friday was meant to stop the flow'
     ' of arms to bandits, a government spokesman said.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), _YIELD,
     'ATHENS (Reuters) - Greece\'s lifting of its trade embargo on Macedonia on Wednesday cleared the way '
     'for talks on the name dispute.'),
    (('TUR', 'TURGOV'), ('IRQ', 'IRQGOV'), _REJECT,
     'ANKARA (Reuters) - An Iraqi request for the reopening of the Kirkuk-Yumurtalik oil pipeline was '
     'turned down by Turkey on Monday, citing the U.N. embargo.'),
    (('ESP', 'ESPGOV'), ('MAR', 'MARGOV'), _DISAPPROVE + _DEMAND,
     'MADRID (Reuters) - Spain on Thursday demanded an explanation from Morocco for the seizure of two '
     'Spanish fishing boats off the Western Sahara coast.'),
    (('POL', 'POLGOV'), ('DEU', 'DEUGOV'), _PRAISE,
     'WARSAW (Reuters) - Poland on Monday welcomed Germany\'s recognition of the Oder-Neisse line as the '
     'two countries\' permanent border.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), _DISAPPROVE,
     'HARARE (Reuters) - Britain\'s suspension of aid to Zimbabwe\'s land reform programme drew an angry '
     'response from President Robert Mugabe on Saturday, who accused London of racism.'),
    (('IGOEUREEC', 'IGO'), ('CHN', 'CHNGOV'), _DISAPPROVE,
     'BRUSSELS (Reuters) - The European Union\'s criticism of China\'s human rights record was repeated on'
     ' Tuesday by the Dutch foreign minister, speaking for the 15-nation bloc.'),
]

BATCHES = {
    'batch1': LEAD43,
    'batch2': LEAD43B,
    'batch3': LEAD43C,
}

ALL43 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
