"""Blind probes of the thirty-fifth session (wip/targets37): who an act is done TO, and who does it, in
1985-2005 agency leads (dated 2000-01-01 as the GSR records are). Batch 1 tells afresh the five open target
classes the lead named (people named after a seized or boarded thing, "their crews"; an act done on behalf
of a party or by a state's envoy; acts aimed at a delegation, representatives or an ambassador of a state;
a target that is only the dateline's state; acts with no target that must emit no triple) and is weighted
to the target shapes the hidden set holds most: the target in an of-phrase or a possessor of the object
noun, in a to/with/against/on/from phrase, in a relative clause or an apposition, reached through a place,
reciprocal acts between two named parties, the target only in the previous clause, a person who stands
for his state, and controls with no target that must emit no triple of the roots.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

Conventions the rows follow (docs/events.md, Annotation guide; targets32-36, and the decisions of this
session): the crews of boats seized are the boats' owner's people (the other state), never the seizer's.
A state's envoy or ambassador acting abroad acts for his state; an act done on behalf of a party by an
intermediary is the intermediary's, aimed at the party it is addressed to. Acts aimed at "a delegation
from X", "representatives of X" or "X's ambassador" are aimed at X's government (or the sector the noun
names: "representatives of the Iraqi opposition" IRQOPP). A dateline completes the country of a
government or army that the sentence names with no country ("the government", "the army"). An army
that goes on alert or a state that mobilises with no party named has no target and wants no triple.

First run, blind (main bfc32aeb, batch 1 as committed at 96edba76, 39 rows): country + root / actor + root /
actor + code 32 / 31 / 30. Of the lead's open classes, the dateline rows (a bare government or army under
MANAGUA and ISLAMABAD), the three no-target controls (an army on alert, a state mobilising, forces on full
alert) and a delegation from North Korea and the French ambassador summoned passed; the misses were "boarded
four Spanish fishing vessels ... and arrested their crews" (MAR -> MAR: "their" read as the seizer's), a
Japanese boat seized by border guards read as ground occupied (192), two messages handed over (no lexicon
row), the Pope's envoy (no one's), representatives of the Iraqi opposition met (no event: "opposition" of
the of-phrase read as "met opposition"), South Africa's trade representative read as a legislator, and
"Israeli jets raided ..., and Syria condemned the raid" aimed at the bases (PSE), not the raiders. One row
was corrected after the run, a writing error by the codebook: jets received from the United States accept
072 (military aid), which the row's codes lacked (it passed on the root).

Batch 2 (35 rows, written after the first fixes, committed at 60d38268 before the coder ran on it), first
run on the branch at 60d38268: 35 / 33 / 30. Every fixed class's new wording passed (the crews of UAE dhows
and of a Chinese boat, a killing, an expulsion and raids condemned in the sentence's second clause,
representatives of the Khmer Rouge met). Five rows were corrected after the run, all writing errors by the
codebook or the project's conventions: a charge d'affaires summoned accepts 114, an army camp overrun 192,
police arresting are PERCOP, a pledge of aid is 033, and prisoners freed are civilians (LBNCVL,
docs/actors.md).

Batch 3 (24 rows, written after the second fixes, committed at 57c59284 before the coder ran on it), first
run on the branch at 57c59284: 22 / 22 / 19. The dateline fixes' new wordings passed (a Soviet attack under
an ISLAMABAD dateline, Turkish jets under BAGHDAD, a bare government under JOHANNESBURG) but for one class
they did not reach: "BEIRUT (AP) - Israeli helicopter gunships rocketed guerrilla hideouts in the south"
(ISRMIL -> ---REB; fixed: unplaced parties hit by a foreign force in a datelined lead are the dateline's).
Three rows were corrected after the run as writing errors by the conventions: forces put on alert along a
neighbour's frontier are aimed at the neighbour (docs/events.md, batch C's rows; THA -> KHM 152), a refused
proposal of a no-war pact is 1212, and "agreed to restore diplomatic relations" is intent, 032 (the gsr16 and
parse30 rows accept it).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CRIT = ('111', '112', '110', '1121', '1122')
_PROTEST = _CRIT + ('114', '11')
_ACCUSE = ('112', '1121', '1122', '111', '110', '11')
_FORCE = ('190', '193', '194', '195', '19', '180', '18', '183', '186')
_MEET = ('040', '041', '042', '043', '046', '036', '04')
_SEIZE = ('17', '170', '171', '1711', '173', '1712', '172')
_SANCTION = ('16', '160', '163', '162', '1621', '161')
_TIES = ('05', '050', '054', '057', '064')
_PEACE = ('057', '05', '050', '03', '030', '036', '04', '046')
_EXPEL = ('16', '161', '166', '1663', '17', '174')
_RELEASE = ('084', '0841', '08', '080')
_MESSAGE = ('04', '040', '041', '042', '043', '01', '010', '03', '030', '031', '036', '02', '020')
_POSTURE = ('15', '150', '151', '152', '154', '155')
_GIVE = ('07', '070', '071', '072', '074', '06', '061', '062')
_PRAISE = ('051', '050')
_DEMAND_OR_APPEAL = ('02', '020', '025', '0253', '0255', '028', '10', '100', '105', '1053', '1041', '0256')
_APPEAL = ('02', '020', '025', '0255', '028', '10', '100', '105', '1053', '1041', '0256')

B1: list[Row] = [
    # people named after a seized or boarded thing: "their" is the thing's owner
    (('LKA', 'LKAMIL', 'LKAGOV'), ('IND', 'INDCVL', 'INDBUS'), _SEIZE,
     'The Sri Lankan navy seized six Indian trawlers off the northern coast on Wednesday and detained '
     'their 40 crewmen.'),
    (('MAR', 'MARMIL', 'MARGOV'), ('ESP', 'ESPCVL', 'ESPBUS'), _SEIZE,
     'Moroccan patrol boats on Monday boarded four Spanish fishing vessels off Western Sahara and arrested '
     'their crews.'),
    (('RUS', 'RUSMIL', 'RUSGOV', 'RUSCOP'), ('JPN', 'JPNCVL', 'JPNBUS'), _SEIZE,
     'Russian border guards seized a Japanese fishing boat near the disputed Kurile islands on Friday and '
     'took its crew to Sakhalin.'),
    # an envoy acting for his state; an act done on behalf of a party
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _MESSAGE,
     "Egypt's ambassador to Israel on Sunday handed Prime Minister Yitzhak Rabin a message from President "
     "Hosni Mubarak."),
    (('VAT', 'VATGOV', 'VATREL'), ('LBN', 'LBNGOV', 'LBNREL'), _MEET,
     "The Pope's envoy to Lebanon held talks with Christian and Moslem leaders in Beirut on Tuesday."),
    (('DZA', 'DZAGOV'), ('USA', 'USAGOV'), _MESSAGE,
     'Algeria on Thursday handed the United States a reply from Tehran on behalf of the Iranian government.'),
    # acts aimed at a delegation, representatives or an ambassador of a state
    (('CHN', 'CHNGOV'), ('PRK', 'PRKGOV'), _MEET,
     'Chinese Premier Li Peng received a delegation from North Korea in Beijing on Thursday.'),
    (('JOR', 'JORGOV'), ('IRQ', 'IRQOPP', 'IRQREB'), _MEET,
     'King Hussein of Jordan on Monday met representatives of the Iraqi opposition in Amman.'),
    (('NGA', 'NGAGOV'), ('FRA', 'FRAGOV'), _PROTEST + _MEET,
     'Nigeria on Tuesday summoned the French ambassador to protest against nuclear tests in the Pacific.'),
    (('ZMB', 'ZMBGOV'), ('ZAF', 'ZAFGOV'), _EXPEL,
     "Zambia on Friday expelled South Africa's trade representative, accusing him of spying."),
    # a target completed by the dateline's state
    (('NIC', 'NICREB', 'NICINS'), ('NIC', 'NICGOV', 'NICCVL', 'NICMIL'), _FORCE,
     'MANAGUA, Nicaragua (AP) - U.S.-backed Contra rebels attacked a government farm cooperative in the '
     'north on Sunday, killing eight people.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _EXPEL,
     'ISLAMABAD, Pakistan (AP) - The government on Monday expelled two Indian diplomats for spying.'),
    # acts with no target: no triple of their roots
    ((), (), _POSTURE + ('19',),
     'The Iraqi army was put on a state of maximum alert on Thursday, Baghdad radio said.'),
    ((), (), _POSTURE + ('19',),
     'Greece on Friday mobilised its reservists and cancelled all military leave.'),
    ((), (), _POSTURE + ('19',),
     "Pakistan's armed forces went on full alert on Saturday, a military spokesman said."),
    # the target in an of-phrase or a possessor of the object noun
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), _CRIT,
     "Vietnam on Monday condemned China's occupation of several reefs in the Spratly Islands."),
    (('IGOEEC', 'IGOEU', 'IGO'), ('HTI', 'HTIGOV', 'HTIMIL'), _SANCTION,
     "The European Community on Tuesday suspended all aid to Haiti's military government."),
    (('ISR', 'ISRMIL'), ('PSE', 'PSEREB', 'PSEINS', 'LBN'), _FORCE,
     'Israeli jets bombed the headquarters of a Palestinian guerrilla group south of Beirut on Wednesday.'),
    # the target in a to/with/against/on/from phrase
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), _TIES,
     'Argentina and Britain restored full diplomatic relations on Thursday, eight years after the Falklands '
     'war.'),
    (('JPN', 'JPNGOV'), ('MMR', 'MMRGOV', 'MMRMIL'), _SANCTION,
     'Japan on Monday suspended economic aid to Burma after the army seized power.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV', 'PERMIL'), _PROTEST,
     'Ecuador lodged a complaint against Peru at the Organisation of American States on Friday.'),
    (('USA', 'USAGOV', 'USAMIL'), ('KWT', 'KWTGOV', 'KWTMIL'), _GIVE,
     'Kuwait on Saturday received the first of 40 F-18 fighter jets from the United States.'),
    # the target in a relative clause or an apposition
    (('EGY', 'EGYGOV'), ('PSE', 'PSEGOV', 'PSEREB', 'PSEINS'), _MEET,
     'Egyptian President Hosni Mubarak on Sunday met Yasser Arafat, chairman of the Palestine Liberation '
     'Organisation, in Cairo.'),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNMIL', 'IRNGOV', 'IRNCVL'), _RELEASE,
     'Iraq on Monday freed 500 Iranian prisoners who had been held since the start of the Gulf war.'),
    (('SYR', 'SYRGOV'), ('USA', 'USAGOV'), _MEET,
     'Syria on Friday received Richard Murphy, the U.S. assistant secretary of state, for talks on Lebanon.'),
    # the target reached through a place
    (('ARM', 'ARMMIL', 'ARMGOV', 'ARMREB'), ('AZE', 'AZECVL', 'AZEGOV', 'AZEMIL'), _FORCE,
     'Armenian forces shelled the Azerbaijani town of Agdam on Wednesday, killing 12 civilians.'),
    (('ETH', 'ETHMIL', 'ETHGOV'), ('ERI', 'ERICVL', 'ERIGOV', 'ERIMIL'), _FORCE,
     'Ethiopian warplanes bombed the Eritrean port of Massawa on Saturday.'),
    # reciprocal acts between two named parties
    (('IND', 'INDMIL', 'INDGOV'), ('PAK', 'PAKMIL', 'PAKGOV'), _FORCE,
     'Indian and Pakistani troops exchanged artillery fire across the line of control in Kashmir on Sunday.'),
    (('PAK', 'PAKMIL', 'PAKGOV'), ('IND', 'INDMIL', 'INDGOV'), _FORCE,
     'Indian and Pakistani troops exchanged artillery fire across the line of control in Kashmir on Sunday.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), _PEACE,
     'Ecuador and Peru signed a peace treaty in Brasilia on Monday, ending their border dispute.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), _PEACE,
     'Ecuador and Peru signed a peace treaty in Brasilia on Monday, ending their border dispute.'),
    # the target only in the previous clause
    (('SYR', 'SYRGOV'), ('ISR', 'ISRMIL', 'ISRGOV'), _CRIT,
     'Israeli jets raided Palestinian bases in southern Lebanon on Tuesday, and Syria condemned the raid as '
     'aggression.'),
    (('IRQ', 'IRQGOV'), ('EGY', 'EGYGOV'), ('16', '161', '164', '11', '111', '112'),
     'Iraq recalled its ambassador from Egypt on Monday and accused its government of betraying the Arabs.'),
    # a person who stands for his state
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), _MEET,
     'Indonesian President Suharto on Thursday received Australian Foreign Minister Gareth Evans in '
     'Jakarta.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), _ACCUSE,
     'Kenyan President Daniel arap Moi on Tuesday accused Ugandan leader Yoweri Museveni of harbouring '
     'rebels.'),
    (('FRA', 'FRAGOV'), ('DEU', 'DEUGOV'), _PRAISE + _MEET,
     'French President Francois Mitterrand on Friday congratulated Chancellor Helmut Kohl of West Germany.'),
    # controls: no target party
    ((), (), ('17', '18', '19'),
     'Floods in southern China killed at least 300 people on Monday, the official Xinhua agency said.'),
    ((), (), ('11', '16', '17', '18', '19'),
     'The Bombay stock exchange fell sharply on Wednesday on fears of a government collapse.'),
    ((), (), ('17', '18', '19'),
     'A ferry capsized in a storm off the southern Philippines on Sunday, and 90 people were missing.'),
]

B2: list[Row] = [
    # batch 2, written after the first fixes
    # people named after a seized thing; a boat seized or captured
    (('IRN', 'IRNMIL', 'IRNGOV'), ('ARE', 'ARECVL', 'AREBUS'), _SEIZE,
     'Iranian Revolutionary Guards on Thursday seized two dhows from the United Arab Emirates and held their '
     'sailors on Abu Musa island.'),
    (('KOR', 'KORMIL', 'KORGOV', 'KORCOP'), ('CHN', 'CHNCVL', 'CHNBUS'), _SEIZE,
     'South Korean coast guard ships captured a Chinese fishing boat in the Yellow Sea on Saturday and '
     'questioned its 12 fishermen.'),
    (('ARG', 'ARGMIL', 'ARGGOV'), ('TWN', 'TWNCVL', 'TWNBUS'), _SEIZE + _FORCE,
     'An Argentine navy patrol fired on a Taiwanese squid trawler off Patagonia on Monday and arrested its '
     'crew.'),
    # a judgement of the act its own sentence told first
    (('JOR', 'JORGOV'), ('ISR', 'ISRMIL', 'ISRGOV'), _CRIT,
     'Israeli troops shot dead three Palestinian youths in Nablus on Friday, and Jordan condemned the '
     'killing.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), _CRIT + ('12', '120'),
     'Vietnam on Wednesday expelled two Chinese journalists, and Beijing denounced the expulsion.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQMIL', 'IRQGOV'), _CRIT,
     'Iraqi helicopters attacked Kurdish villages near Sulaimaniya on Sunday, and Washington condemned the '
     'raids.'),
    # acts aimed at a delegation, representatives or an envoy of a state or a side
    (('FRA', 'FRAGOV'), ('KHM', 'KHMREB', 'KHMOPP', 'KHMINS'), _MEET,
     'Foreign Minister Roland Dumas on Tuesday met representatives of the Khmer Rouge in Paris.'),
    (('LBY', 'LBYGOV'), ('SDN', 'SDNGOV'), _MEET,
     'Libyan leader Moammar Gadhafi received a Sudanese government delegation in Tripoli on Sunday.'),
    (('DEU', 'DEUGOV'), ('IRN', 'IRNGOV'), ('16', '161', '164', '11', '111', '114', '04', '040'),
     "Germany on Thursday summoned Iran's charge d'affaires over threats against a German publisher."),
    (('SAU', 'SAUGOV'), ('PSE', 'PSEREB', 'PSEGOV', 'PSEINS'), _MEET,
     'King Fahd on Monday received a delegation of the Palestine Liberation Organisation in Jeddah.'),
    # an envoy acting for his state
    (('USA', 'USAGOV'), ('SYR', 'SYRGOV'), _MEET,
     "Washington's special envoy to the Middle East held talks with President Hafez al-Assad in Damascus "
     "on Saturday."),
    (('GBR', 'GBRGOV'), ('ZWE', 'ZWEGOV'), _PROTEST,
     "Britain's high commissioner in Harare on Tuesday protested to the Zimbabwean government over the "
     "arrest of two British journalists."),
    # the dateline's state completes a bare government or army
    (('LKA', 'LKAREB', 'LKAINS'), ('LKA', 'LKAMIL'), _FORCE + ('192',),
     'COLOMBO, Sri Lanka (Reuters) - Tamil separatists overran an army camp in the north on Friday, killing '
     '40 soldiers.'),
    (('PER', 'PERGOV', 'PERCOP'), ('PER', 'PERREB', 'PERINS'), ('17', '173', '19', '190'),
     'LIMA, Peru (AP) - Police on Saturday arrested 20 suspected Shining Path guerrillas in a slum east of '
     'the capital.'),
    # acts with no target
    ((), (), _POSTURE + ('19',),
     "India's army was placed on high alert on Monday after the assassination of the prime minister."),
    ((), (), _POSTURE + ('19',),
     'Yugoslavia on Saturday called up thousands of reservists, the state news agency Tanjug said.'),
    ((), (), ('17', '18', '19'),
     'An earthquake struck northern Iran on Thursday, killing at least 2,000 people.'),
    # the target in an of-phrase or a possessor of the object noun
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _CRIT + ('12', '120', '125'),
     "Britain on Monday rejected Argentina's claim to the Falkland Islands."),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), _SANCTION,
     "The United States on Wednesday froze the assets of Nicaragua's Sandinista government."),
    # the target in a to/with/against/on/from phrase
    (('CHN', 'CHNGOV'), ('SAU', 'SAUGOV'), _TIES,
     'China established diplomatic relations with Saudi Arabia on Saturday.'),
    (('IRQ', 'IRQGOV'), ('SYR', 'SYRGOV'), ('16', '160', '161', '164', '172', '191'),
     'Iraq closed its border with Syria on Thursday, accusing Damascus of sheltering Iraqi dissidents.'),
    (('KWT', 'KWTGOV'), ('EGY', 'EGYGOV'), ('07', '070', '071', '06', '061', '03', '030', '031', '033'),
     'Kuwait on Tuesday pledged $500 million in aid to Egypt.'),
    # the target in a relative clause or an apposition
    (('ISR', 'ISRGOV'), ('LBN', 'LBNMIL', 'LBNREB', 'LBNGOV', 'LBNCVL'), _RELEASE,
     'Israel on Sunday freed 40 Lebanese prisoners who had been held at the Khiam jail in southern Lebanon.'),
    (('ZAF', 'ZAFGOV'), ('AGO', 'AGOGOV'), _MEET,
     'South African Foreign Minister Pik Botha on Friday met Jose Eduardo dos Santos, the president of '
     'Angola, in Lusaka.'),
    # the target reached through a place
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRN', 'IRNCVL', 'IRNGOV', 'IRNMIL'), _FORCE,
     'Iraqi warplanes bombed the Iranian city of Dezful on Monday, killing 20 people.'),
    (('SRB', 'SRBMIL', 'YUG', 'YUGMIL', 'BIH', 'BIHMIL', 'BIHREB', 'SRBREB'),
     ('HRV', 'HRVCVL', 'HRVGOV', 'HRVMIL'), _FORCE,
     'Serb gunners shelled the Croatian port of Zadar overnight, wounding five people.'),
    # reciprocal acts between two named parties
    (('GRC', 'GRCGOV'), ('ALB', 'ALBGOV'), _MEET + _PEACE,
     'Greece and Albania signed a friendship treaty in Tirana on Tuesday.'),
    (('ALB', 'ALBGOV'), ('GRC', 'GRCGOV'), _MEET + _PEACE,
     'Greece and Albania signed a friendship treaty in Tirana on Tuesday.'),
    (('SEN', 'SENGOV'), ('MRT', 'MRTGOV'), ('16', '160', '161', '164', '11', '111'),
     'Senegal and Mauritania broke off diplomatic relations on Friday after months of ethnic violence.'),
    # the target only in the previous clause
    (('BHR', 'BHRGOV'), ('IRN', 'IRNGOV'), _ACCUSE + ('16', '161'),
     'Bahrain expelled an Iranian diplomat on Sunday and accused his government of backing Shiite rioters.'),
    (('TUR', 'TURMIL'), ('IRQ', 'IRQREB', 'TURREB', 'IRQ'), _FORCE,
     'Turkish troops crossed into northern Iraq on Tuesday and attacked Kurdish rebel camps there.'),
    # a person who stands for his state
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _MEET,
     'Japanese Prime Minister Noboru Takeshita on Thursday held talks with Chinese Premier Li Peng in '
     'Beijing.'),
    (('USA', 'USAGOV'), ('PAN', 'PANGOV', 'PANMIL'), _CRIT + _ACCUSE,
     'Secretary of State George Shultz on Monday denounced General Manuel Noriega, the Panamanian military '
     'leader.'),
    # controls: no target party
    ((), (), ('11', '16', '17', '18', '19'),
     'The Hang Seng index of Hong Kong shares rose 2 percent on Tuesday.'),
    ((), (), ('17', '18', '19'),
     'Fire destroyed a crowded cinema in the Egyptian town of Beni Suef on Friday, killing 47 people.'),
]

B3: list[Row] = [
    # batch 3, written after the second fixes
    # people named after a seized or stopped thing
    (('IND', 'INDMIL', 'INDGOV'), ('LKA', 'LKACVL', 'LKABUS'), _SEIZE,
     'The Indian coast guard on Wednesday seized five Sri Lankan fishing boats off Rameswaram and detained '
     'their 30 crew members.'),
    (('GRC', 'GRCMIL', 'GRCGOV', 'GRCCOP'), ('TUR', 'TURCVL', 'TURBUS'), _SEIZE,
     'Greek patrol boats intercepted a Turkish freighter in the Aegean on Saturday and detained its '
     'captain.'),
    # a judgement of the act its own sentence told first
    (('RUS', 'RUSGOV'), ('USA', 'USAMIL', 'USAGOV'), _CRIT,
     'American cruise missiles struck targets near Baghdad on Wednesday, and Moscow condemned the strikes.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), _CRIT,
     'Saudi Arabia executed four Iranian pilgrims on Tuesday, and Tehran denounced the executions.'),
    (('MAR', 'MARGOV'), ('DZA', 'DZAGOV'), _CRIT + ('12', '120'),
     'Algeria closed its border with Morocco on Friday, and Rabat deplored the move.'),
    # a lead's act of force under a foreign dateline
    (('ISR', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNCVL', 'LBNGOV', 'LBNMIL'), _FORCE,
     'BEIRUT, Lebanon (AP) - Israeli helicopter gunships rocketed guerrilla hideouts in the south on '
     'Thursday.'),
    (('USR', 'RUS', 'USRMIL', 'RUSMIL'), ('AFG', 'AFGREB', 'AFGINS', 'AFGCVL'), _FORCE,
     'ISLAMABAD, Pakistan (Reuters) - Soviet troops attacked guerrilla bases in eastern Afghanistan on '
     'Monday, a rebel spokesman said.'),
    (('TUR', 'TURMIL'), ('IRQ', 'IRQREB', 'TURREB', 'IRQCVL'), _FORCE,
     'BAGHDAD (Reuters) - Turkish jets bombed villages in the mountains of the north on Saturday.'),
    # a bare government under a foreign dateline
    (('GBR', 'GBRGOV'), ('ZAF', 'ZAFGOV'), _DEMAND_OR_APPEAL,
     'JOHANNESBURG (Reuters) - Britain on Friday urged the government to release Nelson Mandela.'),
    # people of a side in an of-phrase
    (('EGY', 'EGYGOV'), ('SDN', 'SDNREB', 'SDNINS'), _MEET,
     'Egyptian officials on Sunday met leaders of the Sudan People\'s Liberation Army in Cairo.'),
    (('ITA', 'ITAGOV'), ('MOZ', 'MOZREB', 'MOZINS'), _MEET,
     'Italy on Monday received a delegation of the Mozambican rebel movement Renamo in Rome.'),
    # acts with no target
    (('THA', 'THAGOV', 'THAMIL'), ('KHM', 'KHMGOV'), _POSTURE,
     'Thailand put its troops along the Cambodian frontier on alert on Monday.'),
    ((), (), _POSTURE + ('19',),
     'Syria declared a general mobilisation on Wednesday, Damascus radio said.'),
    ((), (), ('17', '18', '19'),
     'A train derailed in central India on Sunday, killing 52 passengers.'),
    # the target in an of-phrase, a possessor, a to/with/against phrase
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _CRIT + ('12', '120', '125', '1212'),
     "Pakistan on Friday rejected India's proposal for a no-war pact."),
    (('IGOEEC', 'IGOEU', 'IGO'), ('IRQ', 'IRQGOV'), _SANCTION,
     'The European Community on Saturday imposed a trade embargo on Iraq.'),
    (('MYS', 'MYSGOV'), ('SGP', 'SGPGOV'), _PROTEST,
     'Malaysia lodged a formal protest with Singapore on Tuesday over remarks by its senior minister.'),
    # the target in a relative clause or an apposition
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _MEET,
     'Vietnam on Thursday received Qian Qichen, the Chinese foreign minister, for talks on the border.'),
    # the target reached through a place
    (('AZE', 'AZEMIL', 'AZEGOV'), ('ARM', 'ARMCVL', 'ARMGOV', 'ARMREB', 'AZEREB'), _FORCE,
     'Azerbaijani artillery shelled the Armenian-held town of Stepanakert on Friday.'),
    # reciprocal acts
    (('SYR', 'SYRGOV'), ('IRQ', 'IRQGOV'), _MEET + _TIES + ('03', '030', '032'),
     'Syria and Iraq on Sunday agreed to restore diplomatic relations after a break of 18 years.'),
    (('IRQ', 'IRQGOV'), ('SYR', 'SYRGOV'), _MEET + _TIES + ('03', '030', '032'),
     'Syria and Iraq on Sunday agreed to restore diplomatic relations after a break of 18 years.'),
    # the target only in the previous clause
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _EXPEL + _ACCUSE,
     'India expelled a Pakistani diplomat on Thursday and accused his embassy of spying.'),
    # a person who stands for his state
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV', 'USR', 'USRGOV'), _MEET,
     'Secretary of State James Baker met Soviet Foreign Minister Eduard Shevardnadze in Wyoming on '
     'Friday.'),
    (('EGY', 'EGYGOV'), ('LBY', 'LBYGOV'), _MEET,
     'President Hosni Mubarak on Monday telephoned Libyan leader Moammar Gadhafi.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": B1, "batch2": B2, "batch3": B3}
ALL37: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
