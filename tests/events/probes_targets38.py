"""Blind probes of the thirty-sixth session (wip/targets38): who an act is done TO, and who does it, in
1985-2005 agency leads (dated 2000-01-01 as the GSR records are). Batch 1 tells afresh the four open target
classes the lead named (an appeal to "both sides", "the two sides", "the warring parties", "all parties":
which pair it means; an act of force on people trying to reach a place, whose goal is no target; acts aimed
at a collective, "the international community", "donors", "the West"; a person who stands for his state or
side, and a host who receives a visitor) and is weighted to the target shapes the hidden set holds most:
the target in an of-phrase or a possessor of the object noun, in a to/with/against/on/from phrase, in a
relative clause or an apposition, reached through a place, reciprocal acts between two named parties, the
target only in the previous clause, a person who stands for his state, and controls with no target that
must emit no triple of the roots.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

Conventions the rows follow (docs/events.md, Annotation guide; targets32-37, and the decisions of this
session): "both sides", "the two sides", "the warring parties" are the pair of the fight or dispute the
text names (two sentences or the same sentence); "the warring parties in X" / "all parties in X" with a
place are X's. An act of force on people "trying to reach" or "seeking to march on" a place is aimed at
the people, never at the place's owner. An appeal to "the international community" or to "donors" has no
target party the codebook names, so it wants no triple; "the West" is the regional root WST. An envoy,
emissary or minister met or received stands for his state or side; a host who receives a visitor is the
source.

First run, blind (main a8dfea3e, batch 1 as committed at 2fbaa507, 42 rows): country + root / actor + root /
actor + code 37 / 33 / 32. Of the lead's open classes, the appeals to "the warring parties in Afghanistan" and
"all parties in Lebanon", the four acts of force on people trying to reach a place, the three appeals to the
international community or donors (no triple) and "the West" passed; the misses were "Chinese and Vietnamese
gunboats clashed ..., and North Korea called on the two sides" (one side only, VNMMIL), "received an emissary
of the UNITA rebels" (no triple: a government hosting its own rebels was a home visit), "Nicaraguan troops
shot down a Honduran helicopter, and Tegucigalpa demanded an explanation" (HNDGOV -> HND, aimed at itself),
"Hizbollah guerrillas" (the era spelling unknown: ISRREB from the place), "Presidents Carlos Menem of
Argentina and Fernando Collor of Brazil" (the plural title not read: ARGELI, BRAELI by the 2000 date), "Iraqi
Scud missiles hit ..." (nothing) and "the sale of American fighter jets" (USAMIL). Two rows were corrected
after the run, writing errors by the codebook or the conventions: military aid cut off is 1622, and gunmen are
UAF (docs/actors.md).

Batch 2 (34 rows, written after the first fixes, committed at c56fd482 before the coder ran on it), first run
on the branch at c56fd482: 32 / 31 / 28. The fixed classes' new wordings passed (both countries urged in the
same sentence, the Moro emissary received, Tokyo's demand after a boat seized) but for one: "Greek jets
intercepted a Turkish airliner, and Ankara demanded an apology" (the first act is no coded act; fixed: the
rule no longer needs it coded); and a new class: "Colombian soldiers killed nine guerrillas who had
attacked a police station" aimed at the police of the relative clause (fixed, `relative_object.py`). Four
rows were corrected after the run, writing errors by the codebook or the conventions: an appeal to
negotiate is 026, a demand for a release 1053, diplomatic relations established 054, and "Western donors"
are the West's regional root WST ("Western diplomats" WSTGOV, docs/actors.md), so that appeal has a target.

Batch 3 (25 rows, written after the second fixes, committed at fc2d4639 before the coder ran on it), first run
on the branch at fc2d4639: 21 / 21 / 21. The fixed classes' new wordings passed (two Sudanese and Salvadoran
governments hosting rebel envoys, Tirana's and Cairo's replies, Sikh militants and Palestinians with relative
clauses) but for one: "Serbian and Croatian forces battled around Vukovar, and the European Community urged
the warring sides" took Croatia only (the fight's place gave both a target, so the pair was no source and
target; fixed: a joint subject of two countries is the pair). Left as strict gaps: two sides of one country
("Northern and southern Yemeni troops ... both parties"), "Samar" unknown to the gazetteer (the rebels stay
---REB, as without the relative clause), and "the papal envoy" (no country for "papal"). No row was corrected.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CRIT = ('111', '112', '110', '1121', '1122')
_PROTEST = _CRIT + ('114', '11')
_ACCUSE = ('112', '1121', '1122', '111', '110', '11')
_FORCE = ('190', '193', '194', '195', '19', '180', '18', '183', '186')
_REPRESS = ('17', '175', '170', '173', '18', '180', '19', '190', '193')
_MEET = ('040', '041', '042', '043', '046', '036', '04')
_SANCTION = ('16', '160', '163', '162', '1621', '161')
_TIES = ('16', '160', '161', '164')
_EXPEL = ('16', '161', '166', '1663', '17', '174')
_RELEASE = ('084', '0841', '08', '080')
_GIVE = ('07', '070', '071', '072', '074', '06', '061', '062', '03', '030', '031', '033')
_PRAISE = ('051', '050', '05')
_APPEAL = ('02', '020', '025', '0255', '028', '10', '100', '105', '1053', '1041', '0256', '0251', '021',
           '0211', '0214', '026')
_WARN = ('13', '130', '138', '11', '111', '112')
_DEMAND = ('10', '100', '101', '1011', '102', '1053', '104', '02', '020', '11', '111', '112')

B1: list[Row] = [
    # an appeal to "both sides": the pair the text names
    (('IGOAFROAU', 'IGO'), ('ETH', 'ETHMIL', 'ETHGOV'), _APPEAL,
     'Ethiopian and Eritrean troops fought heavy battles along their disputed border on Tuesday. The '
     'Organisation of African Unity urged both sides to accept an immediate ceasefire.'),
    (('IGOAFROAU', 'IGO'), ('ERI', 'ERIMIL', 'ERIGOV'), _APPEAL,
     'Ethiopian and Eritrean troops fought heavy battles along their disputed border on Tuesday. The '
     'Organisation of African Unity urged both sides to accept an immediate ceasefire.'),
    (('PRK', 'PRKGOV'), ('CHN', 'CHNMIL', 'CHNGOV'), _APPEAL,
     'Chinese and Vietnamese gunboats clashed near the Spratly Islands on Monday, and North Korea called on '
     'the two sides to show restraint.'),
    (('IGOUNO', 'IGO'), ('AFG', 'AFGREB', 'AFGGOV', 'AFGINS'), _APPEAL,
     'Pakistan accused India on Monday of massing troops along the border. In Geneva, U.N. Secretary-General '
     'Javier Perez de Cuellar appealed to the warring parties in Afghanistan to observe a truce.'),
    (('VAT', 'VATGOV', 'VATREL'), ('LBN', 'LBNMIL', 'LBNREB', 'LBNGOV', 'LBNINS'), _APPEAL,
     'Pope John Paul II on Sunday appealed to all parties in Lebanon to lay down their arms.'),
    # an act of force on people trying to reach a place
    (('BGD', 'BGDCOP', 'BGDGOV'), ('BGDOPP', 'BGDCVL'), _REPRESS,
     'Police in Dhaka fired tear gas at opposition supporters trying to march on the presidential palace on '
     'Sunday.'),
    (('KOR', 'KORCOP', 'KORGOV'), ('KOREDU', 'KORCVL', 'KOROPP'), _REPRESS,
     'South Korean riot police fired tear gas at students seeking to march to the North Korean border at '
     'Panmunjom on Saturday.'),
    (('KEN', 'KENCOP', 'KENGOV'), ('KENCVL', 'KENOPP', 'KENEDU'), _REPRESS,
     'Kenyan police on Friday beat back hundreds of demonstrators trying to reach the U.S. embassy in '
     'Nairobi.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECVL'), _FORCE + _REPRESS,
     'Israeli troops opened fire on Palestinian stone-throwers trying to block a road near Hebron on '
     'Tuesday, wounding six.'),
    # acts aimed at a collective
    ((), (), ('02', '07'),
     'Sudan on Monday appealed to the international community for food aid for two million famine '
     'victims.'),
    ((), (), ('02', '07'),
     'Bangladesh on Thursday appealed to foreign donors for $300 million to rebuild after the cyclone.'),
    (('IRN', 'IRNGOV'), ('WST',), _WARN,
     'Iran on Tuesday warned the West against any military intervention in the Gulf.'),
    (('LBY', 'LBYGOV'), ('WST',), _ACCUSE,
     'Libyan leader Moammar Gadhafi on Monday accused the West of plotting to starve his people.'),
    # a person who stands for his state or side; a host who receives a visitor
    (('DEU', 'DEUGOV'), ('SYR', 'SYRGOV'), _MEET,
     'West German Foreign Minister Hans-Dietrich Genscher met the Syrian envoy in Bonn on Wednesday.'),
    (('AGO', 'AGOGOV'), ('AGO', 'AGOREB', 'AGOINS'), _MEET,
     'Angolan President Jose Eduardo dos Santos on Friday received an emissary of the UNITA rebels in '
     'Luanda.'),
    (('CHN', 'CHNGOV'), ('THA', 'THAGOV'), _MEET,
     'Chinese President Yang Shangkun received the visiting Thai prime minister, Chatichai Choonhavan, in '
     'Beijing on Monday.'),
    (('IRQ', 'IRQGOV'), ('JOR', 'JORGOV'), _MEET,
     'President Saddam Hussein received King Hussein of Jordan in Baghdad on Thursday.'),
    (('PSE', 'PSEGOV', 'PSEREB', 'PSEINS'), ('EGY', 'EGYGOV'), _MEET,
     'PLO chairman Yasser Arafat received the Egyptian ambassador in Tunis on Tuesday.'),
    # the target in an of-phrase or a possessor of the object noun
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), _PROTEST,
     "Greece on Tuesday protested Turkey's violation of its airspace over the Aegean."),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _CRIT,
     'The United States on Friday condemned the execution of two opposition leaders by the Iraqi '
     'government.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), _PRAISE,
     "Britain on Monday welcomed Iran's release of a British businessman jailed for spying."),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _CRIT,
     'China on Wednesday denounced the sale of American fighter jets to Taiwan.'),
    # the target in a to/with/against/on/from phrase
    (('MAR', 'MARGOV'), ('IRN', 'IRNGOV'), _TIES,
     'Morocco severed diplomatic ties with Iran on Tuesday.'),
    (('JPN', 'JPNGOV'), ('PHL', 'PHLGOV'), _GIVE,
     'Japan on Thursday granted $200 million in soft loans to the Philippines.'),
    (('VNM', 'VNMGOV'), ('THA', 'THAGOV', 'THAMIL'), _PROTEST,
     'Vietnam on Monday lodged a protest with Thailand over the shelling of a border village.'),
    (('USA', 'USAGOV'), ('GTM', 'GTMGOV', 'GTMMIL'), _SANCTION + ('1622',),
     'The United States on Friday cut off military aid to Guatemala.'),
    # the target in a relative clause or an apposition
    (('PER', 'PERMIL'), ('PER', 'PERREB', 'PERINS'), _FORCE,
     'Peruvian troops killed 14 Shining Path guerrillas who had ambushed an army patrol in the Andes.'),
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV', 'LBNREB', 'LBNOPP', 'LBNCVL'), _MEET,
     'Syrian President Hafez al-Assad on Monday met Walid Jumblatt, the Lebanese Druze leader, in '
     'Damascus.'),
    (('NGA', 'NGAGOV'), ('GHA', 'GHACVL'), _EXPEL,
     'Nigeria on Wednesday deported 200 Ghanaians who had entered the country illegally.'),
    # the target reached through a place
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('SAU', 'SAUCVL', 'SAUGOV'), _FORCE,
     'Iraqi Scud missiles hit the Saudi capital Riyadh on Thursday.'),
    (('LBN', 'LBNREB', 'LBNINS'), ('ISR', 'ISRCVL'), _FORCE,
     'Hizbollah guerrillas fired rockets into northern Israel on Sunday.'),
    (('VNM', 'VNMMIL'), ('CHN', 'CHNCVL', 'CHNGOV'), _FORCE,
     'Vietnamese artillery shelled the Chinese border town of Pingxiang on Monday.'),
    (('SOM', 'SOMREB', 'SOMCVL', 'SOMMIL', 'SOMUAF'), ('KEN', 'KENCOP', 'KENMIL', 'KENGOV'), _FORCE,
     'Somali gunmen attacked a Kenyan border post at Liboi on Thursday, killing three policemen.'),
    # reciprocal acts between two named parties
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), _RELEASE + ('06', '061', '062'),
     'Iran and Iraq exchanged 1,000 prisoners of war at the Turkish border on Saturday.'),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNGOV', 'IRNMIL'), _RELEASE + ('06', '061', '062'),
     'Iran and Iraq exchanged 1,000 prisoners of war at the Turkish border on Saturday.'),
    (('ARG', 'ARGGOV'), ('BRA', 'BRAGOV'), _MEET,
     'Presidents Carlos Menem of Argentina and Fernando Collor of Brazil met in Buenos Aires on Friday.'),
    (('BRA', 'BRAGOV'), ('ARG', 'ARGGOV'), _MEET,
     'Presidents Carlos Menem of Argentina and Fernando Collor of Brazil met in Buenos Aires on Friday.'),
    # the target only in the previous clause
    (('HND', 'HNDGOV'), ('NIC', 'NICGOV', 'NICMIL'), _DEMAND,
     'Nicaraguan troops shot down a Honduran helicopter on Monday, and Tegucigalpa demanded an '
     'explanation.'),
    (('DZA', 'DZAGOV'), ('IRN', 'IRNGOV'), _ACCUSE + _TIES,
     'Algeria closed its embassy in Tehran on Monday, accusing the Iranian government of backing Islamic '
     'militants.'),
    # controls: no target party
    ((), (), ('11', '16', '17', '18', '19'),
     'Zaire on Monday devalued its currency by 40 percent.'),
    ((), (), ('02', '17', '18', '19'),
     'Thousands of people fled their homes on Sunday as the Yangtze river burst its banks.'),
    ((), (), ('02', '07'),
     'Mozambique on Tuesday appealed to the international community for help for 1.5 million refugees.'),
]

B2: list[Row] = [
    # batch 2: written after the first fixes
    # an appeal to "both sides" in the same sentence or the next
    (('EGY', 'EGYGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), _APPEAL,
     'Iraqi and Iranian forces traded artillery fire along the Shatt al-Arab on Wednesday, and Egypt urged '
     'both countries to return to the negotiating table.'),
    (('EGY', 'EGYGOV'), ('IRN', 'IRNGOV', 'IRNMIL'), _APPEAL,
     'Iraqi and Iranian forces traded artillery fire along the Shatt al-Arab on Wednesday, and Egypt urged '
     'both countries to return to the negotiating table.'),
    (('IGOUNO', 'IGO'), ('ECU', 'ECUGOV', 'ECUMIL'), _APPEAL,
     'Peruvian and Ecuadorean troops fought in the Cordillera del Condor on Friday. The U.N. Security '
     'Council called on the two sides to cease hostilities at once.'),
    (('IGOUNO', 'IGO'), ('PER', 'PERGOV', 'PERMIL'), _APPEAL,
     'Peruvian and Ecuadorean troops fought in the Cordillera del Condor on Friday. The U.N. Security '
     'Council called on the two sides to cease hostilities at once.'),
    (('FRA', 'FRAGOV'), ('RWA', 'RWAGOV', 'RWAREB', 'RWAMIL'), _APPEAL,
     'France on Monday appealed to all parties in Rwanda to stop the massacres.'),
    # an act of force on people trying to reach a place
    (('ZAF', 'ZAFCOP', 'ZAFGOV'), ('ZAFCVL', 'ZAFOPP', 'ZAFEDU'), _REPRESS,
     'South African police fired rubber bullets at black students trying to march to the parliament in '
     'Cape Town on Wednesday.'),
    (('CHN', 'CHNCOP', 'CHNGOV', 'CHNMIL'), ('CHNCVL', 'CHNOPP', 'CHNEDU'), _REPRESS,
     'Chinese police beat and detained dozens of demonstrators seeking to reach the Japanese embassy in '
     'Beijing on Sunday.'),
    # acts aimed at a collective
    (('ETH', 'ETHGOV'), ('WST',), _APPEAL + ('023',),
     'Ethiopia on Friday appealed to Western donors for 900,000 tonnes of grain to avert famine.'),
    (('IRQ', 'IRQGOV'), ('WST',), _ACCUSE + _CRIT,
     'Iraq on Sunday accused the West of waging an economic war against its people.'),
    ((), (), ('02', '07'),
     'The Philippines appealed to the world community on Monday for help after the eruption of Mount '
     'Pinatubo.'),
    # a person who stands for his state or side; a host who receives a visitor
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB', 'PHLINS'), _MEET,
     'Philippine President Fidel Ramos on Wednesday received an emissary of the Moro National Liberation '
     'Front in Manila.'),
    (('TUR', 'TURGOV'), ('IRQ', 'IRQGOV'), _MEET,
     'Turkish Prime Minister Turgut Ozal on Thursday met the Iraqi envoy in Ankara.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), _MEET,
     'King Hussein received the Israeli foreign minister in Amman on Monday.'),
    (('CUB', 'CUBGOV'), ('ESP', 'ESPGOV'), _MEET,
     'Cuban leader Fidel Castro on Saturday received the visiting Spanish foreign minister in Havana.'),
    # the wronged party's reply in the second clause
    (('TUR', 'TURGOV'), ('GRC', 'GRCMIL', 'GRCGOV'), _DEMAND + _PROTEST,
     'Greek jets intercepted a Turkish airliner over the Aegean on Thursday, and Ankara demanded an '
     'apology.'),
    (('JPN', 'JPNGOV'), ('USR', 'RUS', 'USRMIL', 'RUSMIL', 'USRGOV'), _DEMAND + _PROTEST,
     'Soviet patrol boats seized a Japanese fishing boat off Hokkaido on Monday, and Tokyo demanded its '
     'immediate release.'),
    # the target in an of-phrase or a possessor of the object noun
    (('ESP', 'ESPGOV'), ('GBR', 'GBRGOV'), _CRIT + ('12', '120'),
     "Spain on Wednesday rejected Britain's plan to hold a referendum in Gibraltar."),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), _CRIT,
     "The United States on Thursday condemned China's arrest of a prominent dissident."),
    (('IND', 'INDGOV'), ('NPL', 'NPLGOV'), _PRAISE + _MEET,
     "India on Friday welcomed Nepal's decision to reopen the border trade talks."),
    # the target in a to/with/against/on/from phrase
    (('KOR', 'KORGOV'), ('USR', 'RUS', 'USRGOV', 'RUSGOV'), ('05', '050', '051', '054', '057', '064', '04'),
     'South Korea established diplomatic relations with the Soviet Union on Sunday.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), _SANCTION + ('1622',),
     'The United States on Monday suspended military aid to Pakistan over its nuclear programme.'),
    (('CHN', 'CHNGOV'), ('FRA', 'FRAGOV'), _PROTEST,
     'China lodged a strong protest with France on Tuesday over the sale of frigates to Taiwan.'),
    # the target in a relative clause or an apposition
    (('COL', 'COLMIL'), ('COL', 'COLREB', 'COLINS'), _FORCE,
     'Colombian soldiers killed nine guerrillas who had attacked a police station in Antioquia on '
     'Saturday.'),
    (('LBY', 'LBYGOV'), ('TCD', 'TCDGOV'), _MEET,
     'Libyan leader Moammar Gadhafi on Tuesday met Hissene Habre, the president of Chad, in Bamako.'),
    # the target reached through a place
    (('IRQ', 'IRQMIL'), ('ISR', 'ISRCVL', 'ISRGOV'), _FORCE,
     'Iraqi missiles hit the Israeli city of Haifa on Friday, wounding 20 people.'),
    (('LBN', 'LBNREB'), ('ISR', 'ISRCVL', 'ISRMIL'), _FORCE,
     'Hizbollah guerrillas shelled the Israeli border town of Kiryat Shmona on Tuesday.'),
    # reciprocal acts between two named parties
    (('THA', 'THAMIL'), ('LAO', 'LAOMIL'), _FORCE,
     'Thai and Laotian troops exchanged fire across the Mekong river on Monday.'),
    (('LAO', 'LAOMIL'), ('THA', 'THAMIL'), _FORCE,
     'Thai and Laotian troops exchanged fire across the Mekong river on Monday.'),
    # the target only in the previous clause
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), _TIES + _ACCUSE,
     'Iran severed relations with Saudi Arabia on Tuesday and accused the Saudi government of killing '
     'Iranian pilgrims in Mecca.'),
    (('AUS', 'AUSGOV'), ('FRA', 'FRAGOV'), ('16', '160', '161', '164', '11', '111', '112'),
     'Australia recalled its ambassador from Paris on Wednesday in protest at French nuclear tests.'),
    # a person who stands for his state
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), _MEET,
     'British Prime Minister Margaret Thatcher on Saturday met Irish Prime Minister Garret FitzGerald at '
     'Hillsborough.'),
    # controls: no target party
    ((), (), ('11', '16', '17', '18', '19'),
     'The Mexican peso fell to a record low against the dollar on Thursday.'),
    ((), (), ('02', '17', '18', '19'),
     'A cyclone struck the coast of Bangladesh on Monday, killing at least 1,000 people.'),
    ((), (), ('15', '150', '151', '152', '154', '155', '19'),
     'Ecuador placed its armed forces on maximum alert on Saturday.'),
]

B3: list[Row] = [
    # batch 3: written after the second fixes
    # an appeal to the pair its own sentence or the one before names
    (('IGOEEC', 'IGOEU', 'IGO'), ('SRB', 'SRBMIL', 'YUG', 'YUGMIL', 'SRBGOV', 'YUGGOV'), _APPEAL,
     'Serbian and Croatian forces battled around Vukovar on Thursday, and the European Community urged the '
     'warring sides to respect the truce.'),
    (('IGOEEC', 'IGOEU', 'IGO'), ('HRV', 'HRVMIL', 'HRVGOV'), _APPEAL,
     'Serbian and Croatian forces battled around Vukovar on Thursday, and the European Community urged the '
     'warring sides to respect the truce.'),
    (('SAU', 'SAUGOV'), ('YEM', 'YEMGOV', 'YEMMIL'), _APPEAL,
     'Northern and southern Yemeni troops fought near Aden on Friday. Saudi Arabia called on both parties to '
     'halt the bloodshed.'),
    # a government hosting its own rebels' or opposition's envoy
    (('SDN', 'SDNGOV'), ('SDN', 'SDNREB', 'SDNINS'), _MEET,
     'Sudanese leader Omar Hassan al-Bashir on Monday received a delegation of the southern rebels in '
     'Khartoum.'),
    (('SLV', 'SLVGOV'), ('SLV', 'SLVREB', 'SLVINS'), _MEET,
     'President Jose Napoleon Duarte received two emissaries of the leftist guerrillas in San Salvador on '
     'Tuesday.'),
    # the wronged party's reply in the second clause
    (('ALB', 'ALBGOV'), ('GRC', 'GRCCOP', 'GRCGOV', 'GRCMIL'), _DEMAND + _PROTEST,
     'Greek police shot dead an Albanian shepherd on the border on Sunday, and Tirana demanded a full '
     'inquiry.'),
    (('EGY', 'EGYGOV'), ('LBY', 'LBYMIL', 'LBYGOV'), _DEMAND + _PROTEST + ('13', '130', '138'),
     'Libyan troops fired on an Egyptian border post on Tuesday, and Cairo warned Tripoli of '
     'retaliation.'),
    # the people an act is done to, with a relative clause
    (('PHL', 'PHLMIL'), ('PHL', 'PHLREB', 'PHLINS'), _FORCE,
     'Philippine troops killed 15 communist rebels who had raided a town hall in Samar on Wednesday.'),
    (('IND', 'INDCOP', 'INDGOV'), ('IND', 'INDREB', 'INDINS', 'INDUAF'), _REPRESS + _FORCE,
     'Indian police arrested six Sikh militants who had bombed a bus in Punjab on Thursday.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECVL', 'PSEREB'), _FORCE,
     'Israeli troops shot and wounded three Palestinians who had thrown firebombs at a bus near Ramallah on '
     'Monday.'),
    # acts aimed at a collective
    ((), (), ('02', '07'),
     'Nicaragua on Wednesday appealed to the international community for aid after Hurricane Joan.'),
    (('CUB', 'CUBGOV'), ('WST',), _CRIT + _ACCUSE,
     'Cuban leader Fidel Castro on Sunday denounced the West for its treatment of the Third World.'),
    # a person who stands for his state; a host receiving a visitor
    (('POL', 'POLGOV'), ('VAT', 'VATGOV', 'VATREL'), _MEET,
     'Polish leader Wojciech Jaruzelski on Friday received the papal envoy, Archbishop Luigi Poggi, in '
     'Warsaw.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _MEET,
     'The emir of Kuwait on Saturday met the Iraqi envoy in Kuwait City.'),
    (('IRN', 'IRNGOV'), ('DEU', 'DEUGOV'), _MEET,
     'Iranian President Ali Akbar Hashemi Rafsanjani received the West German foreign minister in Tehran on '
     'Wednesday.'),
    # the target in an of-phrase or a possessor
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), _CRIT,
     "Syria on Thursday condemned Israel's annexation of the Golan Heights."),
    (('USA', 'USAGOV'), ('SUN', 'USR', 'USRGOV'), _PRAISE,
     "The United States on Monday welcomed the Soviet Union's withdrawal of its troops from Afghanistan."),
    # the target in a to/with/against/on/from phrase
    (('FRA', 'FRAGOV'), ('TCD', 'TCDGOV', 'TCDMIL'), _GIVE + ('072',),
     'France on Tuesday sent 300 more troops and six Jaguar jets to Chad.'),
    (('GBR', 'GBRGOV'), ('SYR', 'SYRGOV'), _TIES,
     'Britain broke off diplomatic relations with Syria on Friday.'),
    # the target reached through a place
    (('IRN', 'IRNMIL'), ('IRQ', 'IRQCVL', 'IRQGOV'), _FORCE,
     'Iranian artillery shelled the Iraqi port city of Basra on Sunday, killing 30 civilians.'),
    # reciprocal acts between two named parties
    (('USA', 'USAGOV'), ('USR', 'USRGOV'), _MEET + ('057', '05', '03', '030'),
     'The United States and the Soviet Union signed a treaty banning medium-range missiles in Washington '
     'on Tuesday.'),
    (('USR', 'USRGOV'), ('USA', 'USAGOV'), _MEET + ('057', '05', '03', '030'),
     'The United States and the Soviet Union signed a treaty banning medium-range missiles in Washington '
     'on Tuesday.'),
    # the target only in the previous clause
    (('DZA', 'DZAGOV'), ('MAR', 'MARGOV'), _EXPEL + _ACCUSE,
     'Algeria expelled a Moroccan diplomat on Monday and accused his government of arming rebels.'),
    # controls: no target party
    ((), (), ('02', '17', '18', '19'),
     'Heavy rains in southern Brazil left 50,000 people homeless on Saturday.'),
    ((), (), ('15', '150', '151', '152', '154', '155', '19'),
     'Iran on Thursday called up 200,000 reservists, the official news agency said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": B1, "batch2": B2, "batch3": B3}
ALL38: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
