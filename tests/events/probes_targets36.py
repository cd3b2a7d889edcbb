"""Blind probes of the thirty-fourth session (wip/targets36): who an act is done TO, and who does it, in
1985-2005 agency leads (dated 2000-01-01 as the GSR records are). Batch 1 tells afresh the five open target
classes of the thirty-third session (charges dismissed with no accuser in the sentence; a protest made to a
government about a third party's act; troops attacked near a town; troops sent on a protection or escort
mission; a denial with a coordinated accusation) and is weighted to the target shapes the hidden set holds
most: the target in an of-phrase or a possessor of the object noun, in a to/with/against/on/from phrase, in
a relative clause or an apposition, reached through a place, reciprocal acts between two named parties, the
target only in the previous clause, a person who stands for his state, and controls with no target that
must emit no triple of the roots.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

Conventions the rows follow (docs/events.md, Annotation guide; targets32-35, and the decisions of this
session): charges denied or dismissed are aimed at the accuser; where the sentence names none, at the other
state the sentence names (the one a saying clause blames), and where it names no other party no triple is
wanted. A protest made *to* a government is aimed at that government (the addressee), whoever did the act
its over/about phrase names. Troops attacked near a town are the troops' party, not the town's civilians.
Troops sent to protect or escort a party are military protection (074) for the party protected (the host
state where the protected are its people). A denial with a coordinated accusation codes the accusation
(112) at the accused.

First run, blind (main 3301af2c, batch 1 as committed at 46d7f39b, 40 rows): country + root / actor + root /
actor + code 33 / 31 / 31. Of the five open classes, troops attacked near a town passed in all three fresh
rows (the thirty-third session's row is its town's own reading), and two of three protests made to a
government passed (the over-phrase's possessor or a by-phrase of American inspectors); the misses were the
three dismissed charges (a shifted object, and no accuser named), a protest to India over shelling by Indian
troops (INDMIL), warships sent to escort tankers (154), and a denial's coordinated accusation. Other misses:
the ANC read as South Africa's government at the placeholder date, a guerrilla leader captured by troops, and
troops that "poured into Kuwait and seized its capital". No row was corrected after the run.

Batch 2 (36 rows, written after the first fixes, committed at 9d66e1f1 before the coder ran on it), first run
on the branch at 9d66e1f1: 34 / 33 / 28. All the fixed classes' new wordings passed (a protest to Washington
and one lodged with India, a shifted "as groundless" object, a denial blaming Egypt in its saying clause, a
denial's accusation of Pakistan, destroyers sent to escort American ships, troops sent to protect Liberia's
government). One row was corrected after the run, a writing error by the codebook: the Pope appealing for
hostages to be freed is an appeal for their release (0253), which the row's appeal codes lacked. Four rows
pass on the root only (a demand for an apology coded 104, a ceasefire agreed coded 0356, a village surrounded
and shelled coded 191, a camp overrun 192). The three misses: "Hizbollah" (Reuters' spelling) not in the group
table (left: the twenty-eighth and thirtieth sessions kept it out, the unread PLOVER half losing a record
with it; added here, it also gave a wrong story triple, so it was taken out again), a control,
"Heavy snow closed the main highway north of Kabul", coded as Afghanistan blockading itself (191; fixed:
weather, fire or an accident closing a road is no act), and an apposition "the leader of the Ogoni ethnic
minority" read as Nigeria's government. (The script prints a control row only when it fails
on the full code, so the snow row, failing on the root only, was not listed though counted.)

Batch 3 (29 rows, written after the second fixes, committed at bd3fa0a8 before the coder ran on it), first run
on the branch at bd3fa0a8: 27 / 26 / 25. The fixed classes' new wordings passed again (protests to Burma and
to Saudi Arabia, a denial blaming New Delhi, a bare denial coding nothing, Belgrade's denial and accusation),
except two sendings that no row read: "sent 2,000 Marines" (the capitalised name keeps its plural as its
lemma) and "sent a battalion" (fixed: Marines, battalions, brigades and contingents are troops sent). The
third miss: "General Michel Aoun's forces" read as the general himself (LBNELI; country + root holds). No
row was corrected after the run.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CRIT = ('111', '112', '110', '1121', '1122')
_PROTEST = _CRIT + ('114', '11')
_ACCUSE = ('112', '1121', '1122', '111', '110', '11')
_DENY = ('016', '120', '12', '125', '010', '012')
_PRAISE = ('051', '050')
_FORCE = ('190', '193', '194', '195', '19', '180', '18', '183', '186')
_MEET = ('040', '041', '042', '043', '046', '036', '04')
_PROTECT = ('074', '070', '07', '073', '042', '0861', '086')
_SANCTION = ('16', '160', '163', '162', '1621', '161')
_EASE = ('08', '080', '081', '0811', '0812', '085')
_TIES = ('05', '050', '054', '057', '064')
_PEACE = ('057', '05', '050', '03', '030', '036', '04', '046')
_EXPEL = ('16', '161', '166', '1663', '17', '174')
_DEMAND = ('10', '100', '101', '102', '105', '1053', '103', '1031')
_RELEASE = ('084', '0841', '08', '080')
_APPEAL = ('02', '020', '025', '0255', '028', '10', '100', '105', '1053', '1041', '0256')

B1: list[Row] = [
    # batch 1: the five open classes of the thirty-third session, told afresh
    # charges dismissed or rejected: the accuser as possessor, or only the state blamed in a saying clause
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), _DENY,
     'Iran on Monday dismissed as baseless American charges that it was trying to build nuclear weapons.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), _DENY,
     "China's Foreign Ministry on Friday dismissed the charges as groundless, saying Britain had no right "
     "to meddle in Hong Kong's affairs."),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), _DENY,
     'Syria on Thursday rejected the accusations as lies, saying Israel was seeking a pretext to strike at '
     'Lebanon.'),
    # a protest made to a government about an act of a third party or of its forces
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _PROTEST,
     'Greece lodged a strong protest with Turkey on Tuesday over repeated violations of Greek airspace by '
     'Turkish fighter jets.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _PROTEST,
     'China protested to the United States on Saturday over the search of a Chinese cargo ship by American '
     'inspectors in the Gulf.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _PROTEST,
     'Pakistan protested to India on Monday about the shelling of border villages in Kashmir by Indian '
     'troops.'),
    # troops attacked near a town are the troops, not the town's civilians
    (('LKA', 'LKAREB', 'LKAINS'), ('LKA', 'LKAMIL'), _FORCE,
     'Tamil Tiger rebels attacked a convoy of Sri Lankan soldiers near the eastern town of Batticaloa on '
     'Friday.'),
    (('PHL', 'PHLREB', 'PHLINS'), ('PHL', 'PHLMIL'), _FORCE,
     'Moslem rebels ambushed government soldiers near the southern town of Jolo on Wednesday, killing 12 '
     'of them.'),
    (('TUR', 'TURREB', 'TURINS'), ('TUR', 'TURMIL'), _FORCE,
     'Kurdish guerrillas attacked a Turkish army patrol near the town of Semdinli on Thursday.'),
    # troops sent to protect or escort
    (('ITA', 'ITAGOV', 'ITAMIL'), ('ALB', 'ALBCVL', 'ALBGOV'), _PROTECT,
     'Italy sent 1,000 soldiers to Albania on Monday to protect food aid convoys.'),
    (('USA', 'USAGOV', 'USAMIL'), ('KWT', 'KWTGOV', 'KWTBUS'), _PROTECT,
     'The United States sent more warships into the Gulf on Wednesday to escort Kuwaiti oil tankers.'),
    # a denial with a coordinated accusation
    (('SYR', 'SYRGOV'), ('TUR', 'TURGOV'), _ACCUSE,
     'Syria denied on Tuesday that it was sheltering Kurdish rebel leaders and accused Turkey of threatening '
     'the security of the region.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), _ACCUSE,
     'Iraq denied hiding weapons from U.N. inspectors on Sunday and accused Washington of seeking an excuse '
     'for war.'),
    # the target in an of-phrase or a possessor of the object noun
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), _SANCTION,
     'The United States on Wednesday froze the assets of the Libyan government in American banks.'),
    (('RUS', 'RUSMIL'), ('RUS', 'RUSREB', 'RUSINS'), _FORCE,
     'Russian warplanes bombed the positions of Chechen separatists in the mountains south of Grozny on '
     'Friday.'),
    (('IGOUNO',), ('IRQ', 'IRQGOV'), _CRIT,
     "The U.N. Security Council on Thursday condemned Iraq's refusal to let weapons inspectors into "
     "presidential palaces."),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _PRAISE,
     "Egyptian President Hosni Mubarak on Sunday praised Israeli Prime Minister Yitzhak Rabin's courage."),
    # the target in a to/with/against/on/from phrase
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), _TIES,
     'Argentina restored full diplomatic relations with Britain on Thursday, eight years after the war over '
     'the Falklands.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), _EASE,
     'President Bill Clinton on Thursday lifted the 19-year-old American trade embargo against Vietnam.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('16', '161', '160'),
     'Iran broke off diplomatic relations with Britain on Tuesday over the novel by Salman Rushdie.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP', 'ZAFREB', 'ZAFPTY'), _EASE,
     'South Africa on Friday lifted its 30-year ban on the African National Congress.'),
    # the target in a relative clause or an apposition
    (('IDN', 'IDNMIL', 'IDNGOV'), ('IDN', 'IDNREB', 'TMP', 'TMPREB', 'TLS', 'TLSREB'), ('17', '173', '170'),
     'Indonesian troops on Friday captured Xanana Gusmao, the leader of the East Timorese guerrillas, in '
     'a house in Dili.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _CRIT,
     "The White House on Tuesday denounced Tariq Aziz, Iraq's deputy prime minister, for threatening to "
     "expel the inspectors."),
    (('EGY', 'EGYGOV'), ('IRN', 'IRNGOV'), _EXPEL,
     'Egypt expelled two Iranian diplomats on Monday whom it accused of contacts with Moslem militants.'),
    # the target reached through a place
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('ISR', 'ISRCVL'), _FORCE,
     'Iraq fired three Scud missiles at Tel Aviv on Friday, wounding 12 people.'),
    (('YUG', 'YUGMIL', 'SRB', 'SRBMIL'), ('HRV', 'HRVCVL'), _FORCE,
     'Yugoslav federal army gunboats shelled the Croatian port of Dubrovnik on Saturday.'),
    (('USA', 'USAMIL', 'USAGOV'), ('SDN', 'SDNBUS', 'SDNCVL', 'SDNGOV'), _FORCE,
     'U.S. cruise missiles struck a pharmaceutical plant in Khartoum on Thursday.'),
    # reciprocal acts between two named parties
    (('IND', 'INDMIL'), ('PAK', 'PAKMIL'), _FORCE,
     'Indian and Pakistani troops exchanged artillery fire across the line of control in Kashmir on '
     'Monday.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDMIL'), _FORCE,
     'Indian and Pakistani troops exchanged artillery fire across the line of control in Kashmir on '
     'Monday.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), _PEACE,
     'Israel and Jordan signed a peace treaty at a border crossing in the Arava desert on Wednesday.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), _PEACE,
     'Israel and Jordan signed a peace treaty at a border crossing in the Arava desert on Wednesday.'),
    # the target only in the previous clause
    (('IRQ', 'IRQMIL'), ('KWT', 'KWTGOV', 'KWTMIL'), _FORCE + ('192',),
     'Iraqi troops and tanks poured into Kuwait before dawn on Thursday and seized its capital.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNCVL', 'LBNREB'), _FORCE + ('17', '171', '172'),
     'Israeli troops raided a village in southern Lebanon overnight and blew up the homes of its '
     'suspected guerrillas.'),
    # a person who stands for his state
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), _MEET,
     'President Bill Clinton met Russian President Boris Yeltsin in Helsinki on Friday.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), _CRIT,
     'China on Tuesday denounced Taiwan President Lee Teng-hui as a traitor seeking to split the '
     'motherland.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('055', '05'),
     "Japanese Prime Minister Tomiichi Murayama apologised to Chinese Premier Li Peng on Wednesday for "
     "Japan's wartime aggression."),
    # controls: no target party
    ((), (), ('17', '18', '19'),
     'An earthquake measuring 6.8 on the Richter scale shook northern Iran on Tuesday, killing at least '
     '500 people.'),
    ((), (), ('11', '12', '16', '17', '18', '19'),
     'Oil prices fell sharply in London on Monday after OPEC ministers failed to agree on output cuts.'),
    ((), (), ('11', '12', '17', '18', '19'),
     'Tens of thousands of mourners filed past the coffin of Ayatollah Ruhollah Khomeini in Tehran on '
     'Tuesday.'),
    ((), (), ('14', '17', '18', '19'),
     'A passenger train derailed in central India on Sunday, killing at least 80 people, railway officials '
     'said.'),
]

B2: list[Row] = [
    # batch 2 (written after the first fixes): the fixed classes in other wordings
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _PROTEST,
     'Cuba protested to Washington on Tuesday over the interception of a Cuban fishing boat by U.S. Coast '
     'Guard cutters.'),
    (('BGD', 'BGDGOV'), ('IND', 'INDGOV'), _PROTEST,
     'Bangladesh lodged a protest with India on Sunday over the killing of three villagers by Indian border '
     'guards.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _DENY,
     'North Korea on Friday dismissed as groundless South Korean charges that it was digging tunnels under '
     'the border.'),
    (('SDN', 'SDNGOV'), ('EGY', 'EGYGOV'), _DENY,
     'Sudan rejected the charges on Wednesday, saying Egypt was trying to cover up its own failures.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _ACCUSE,
     'India denied that its troops had crossed the ceasefire line and accused Pakistan of staging the '
     'incident.'),
    (('JPN', 'JPNGOV', 'JPNMIL'), ('USA', 'USAMIL', 'USAGOV'), _PROTECT,
     'Japan sent two destroyers to the Indian Ocean on Friday to escort American supply ships.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('LBR', 'LBRGOV'), _PROTECT,
     'Nigeria sent 1,500 troops to Liberia on Monday to protect the interim government in Monrovia.'),
    # the target in an of-phrase or a possessor of the object noun
    (('ISR', 'ISRMIL'), ('PSE', 'PSEGOV', 'PSEREB', 'PSEPTY', 'PSEOPP'), _FORCE,
     "Israeli helicopter gunships rocketed the Gaza headquarters of Yasser Arafat's Fatah movement on "
     "Monday."),
    (('NGO',), ('IDN', 'IDNGOV'), _CRIT,
     "Amnesty International on Thursday condemned Indonesia's execution of four East Timorese prisoners."),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _PRAISE,
     "Britain on Monday welcomed Argentina's decision to restore full diplomatic relations."),
    (('TUR', 'TURMIL'), ('TUR', 'TURREB', 'IRQ', 'IRQREB'), _FORCE,
     'Turkish warplanes bombed the camps of Kurdish rebels in northern Iraq on Sunday.'),
    # the target in a to/with/against/on/from phrase
    (('IGOUNO',), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), _SANCTION,
     'The U.N. Security Council on Wednesday imposed an arms embargo on Yugoslavia.'),
    (('SEN', 'SENGOV'), ('MRT', 'MRTGOV'), ('16', '161', '160'),
     'Senegal broke off diplomatic relations with Mauritania on Monday after weeks of ethnic violence.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), _EASE,
     'Greece on Friday lifted its trade embargo against the former Yugoslav republic of Macedonia.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _DEMAND,
     'South Korea on Tuesday demanded an apology from Japan for remarks by a cabinet minister about the '
     'colonial era.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _SANCTION + ('1', '12', '128'),
     'China suspended military contacts with the United States on Saturday in protest at arms sales to '
     'Taiwan.'),
    # the target in a relative clause or an apposition
    (('NGA', 'NGACOP', 'NGAGOV'), ('NGA', 'NGAOPP', 'NGACVL'), ('17', '173', '170'),
     'Police in Port Harcourt on Friday arrested Ken Saro-Wiwa, the leader of the Ogoni ethnic minority.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _EXPEL,
     'Kuwait expelled two Iraqi diplomats on Sunday who it said had helped plan a bombing.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _CRIT,
     'Vietnam on Thursday condemned China, which sent an oil rig into disputed waters off its coast last '
     'week.'),
    # the target reached through a place
    (('ETH', 'ETHMIL'), ('ERI', 'ERICVL'), _FORCE,
     'Ethiopian jets bombed the Eritrean capital Asmara on Friday for the second day running.'),
    (('IGONAT', 'IGO'), ('CHN', 'CHNGOV'), _FORCE,
     'A NATO missile struck the Chinese embassy in Belgrade early on Saturday, killing three people.'),
    (('LBN', 'LBNREB', 'LBNMIL'), ('ISR', 'ISRCVL'), _FORCE,
     'Hizbollah guerrillas fired Katyusha rockets into northern Israel on Sunday, wounding five people.'),
    # reciprocal acts between two named parties
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), _RELEASE,
     'Iran and Iraq exchanged 2,000 prisoners of war at the border on Sunday.'),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNGOV'), _RELEASE,
     'Iran and Iraq exchanged 2,000 prisoners of war at the border on Sunday.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), _PEACE + ('087', '0871', '08'),
     'Armenia and Azerbaijan agreed on Thursday to a ceasefire in Nagorno-Karabakh.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), _PEACE + ('087', '0871', '08'),
     'Armenia and Azerbaijan agreed on Thursday to a ceasefire in Nagorno-Karabakh.'),
    # the target only in the previous clause
    (('RUS', 'RUSMIL'), ('RUS', 'RUSCVL'), _FORCE,
     'Russian troops surrounded the Chechen village of Samashki on Friday and shelled it for hours.'),
    (('LKA', 'LKAREB', 'LKAINS'), ('LKA', 'LKAMIL'), _FORCE,
     'Tamil rebels overran an army camp in the north on Tuesday and killed most of its defenders.'),
    # a person who stands for his state
    (('SYR', 'SYRGOV'), ('IRN', 'IRNGOV'), _MEET,
     'Syrian President Hafez al-Assad received Iranian Foreign Minister Ali Akbar Velayati in Damascus on '
     'Monday.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), _ACCUSE,
     'Israeli Prime Minister Benjamin Netanyahu on Tuesday accused Palestinian leader Yasser Arafat of '
     'encouraging violence.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _CRIT,
     'Cuban President Fidel Castro on Sunday denounced U.S. President Bill Clinton as a hypocrite.'),
    (('VAT', 'VATGOV', 'VATREL'), ('IRQ', 'IRQGOV'), _APPEAL + ('0253',),
     'Pope John Paul II on Wednesday appealed to Iraqi President Saddam Hussein to free the foreign '
     'hostages.'),
    # controls: no target party
    ((), (), ('17', '18', '19'),
     'Floods killed at least 300 people in southern China on Sunday, state media said.'),
    ((), (), ('11', '12', '17', '18', '19'),
     "Kuwait's parliament held its first session since the Gulf war on Saturday."),
    ((), (), ('11', '12', '13', '16', '17', '18', '19'),
     'Gold prices rose in Tokyo on Tuesday amid fears of war in the Gulf.'),
    ((), (), ('16', '17', '18', '19'),
     'Heavy snow closed the main highway north of Kabul on Friday, stranding hundreds of trucks.'),
]

B3: list[Row] = [
    # batch 3 (written after the second fixes): the fixed classes in other wordings
    (('THA', 'THAGOV'), ('MMR', 'MMRGOV'), _PROTEST,
     'Thailand protested to Burma on Monday over the shelling of a Thai border village by Burmese troops.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), _PROTEST,
     'Iran lodged a protest with Saudi Arabia on Sunday over the treatment of Iranian pilgrims by Saudi '
     'police in Mecca.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _DENY,
     'Pakistan dismissed the allegations on Thursday, saying New Delhi was trying to divert attention from '
     'its own troubles in Kashmir.'),
    ((), (), ('01', '12'),
     'Libya on Monday rejected the charges as baseless and said it would cooperate with any inquiry.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('ALB', 'ALBGOV'), _ACCUSE,
     'Belgrade denied that its forces were massing on the border and accused Albania of arming the '
     'rebels.'),
    (('USA', 'USAGOV', 'USAMIL'), ('LBR', 'LBRGOV'), _PROTECT,
     'The United States sent 2,000 Marines to Liberia on Thursday to protect its embassy in Monrovia.'),
    (('EGY', 'EGYGOV', 'EGYMIL'), ('SOM', 'SOMCVL', 'IGO'), _PROTECT,
     'Egypt sent a battalion to Somalia on Friday to guard United Nations food convoys.'),
    # the target in an of-phrase or a possessor of the object noun
    (('SYR', 'SYRMIL'), ('LBN', 'LBNMIL', 'LBNGOV'), _FORCE,
     "Syrian troops shelled the positions of General Michel Aoun's forces in east Beirut on Saturday."),
    (('RUS', 'RUSGOV'), ('IGO',), _CRIT,
     "Russia on Wednesday condemned NATO's bombing of Yugoslavia as naked aggression."),
    (('IGO',), ('KEN', 'KENGOV'), _SANCTION,
     'The World Bank on Friday suspended its loans to Kenya over corruption.'),
    # the target in a to/with/against/on/from phrase
    (('SAU', 'SAUGOV'), ('JOR', 'JORGOV'), _SANCTION,
     "Saudi Arabia cut off aid to Jordan on Sunday over King Hussein's stand in the Gulf crisis."),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _PEACE,
     'Egypt signed a trade agreement with Israel in Cairo on Wednesday.'),
    (('USA', 'USAGOV'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('16', '161', '1612', '160'),
     'Washington withdrew its ambassador from Belgrade on Monday in protest at the crackdown in Kosovo.'),
    # the target in a relative clause or an apposition
    (('TUR', 'TURCOP'), ('TUR', 'TURNGO', 'TURHRI', 'TURCVL', 'TUROPP', 'TURACT'), ('17', '173', '170'),
     "Turkish police on Monday arrested Akin Birdal, the head of Turkey's Human Rights Association."),
    (('USA', 'USAGOV'), ('AFG', 'AFGREB', 'AFGGOV'), _CRIT,
     'The United States condemned the Taliban, which controls most of Afghanistan, for sheltering Osama bin '
     'Laden.'),
    # the target reached through a place
    (('SRB', 'SRBMIL', 'BIH', 'BIHMIL', 'BIHREB'), ('BIH', 'BIHCVL'), _FORCE,
     'Serb gunners shelled the Moslem enclave of Gorazde on Sunday.'),
    (('IRQ', 'IRQMIL'), ('IRN', 'IRNBUS', 'IRNCVL', 'IRNGOV'), _FORCE,
     'Iraqi jets bombed the Iranian oil terminal at Kharg Island on Thursday.'),
    (('SLV', 'SLVREB', 'SLVINS'), ('SLV', 'SLVCVL', 'SLVBUS', 'SLVGOV'), _FORCE,
     'Leftist guerrillas blew up a power station in the Salvadoran province of Usulutan on Tuesday.'),
    # reciprocal acts between two named parties
    (('CHN', 'CHNMIL'), ('VNM', 'VNMMIL'), _FORCE,
     'Chinese and Vietnamese naval vessels clashed near the Spratly Islands on Monday.'),
    (('VNM', 'VNMMIL'), ('CHN', 'CHNMIL'), _FORCE,
     'Chinese and Vietnamese naval vessels clashed near the Spratly Islands on Monday.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _MEET,
     'The Greek and Turkish foreign ministers met in New York on Saturday.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), _MEET,
     'The Greek and Turkish foreign ministers met in New York on Saturday.'),
    # the target only in the previous clause
    (('ZAF', 'ZAFMIL'), ('BWA', 'BWACVL', 'BWAGOV'), _FORCE,
     'South African commandos crossed into Botswana before dawn on Friday and raided its capital.'),
    (('IRQ', 'IRQMIL'), ('IRQ', 'IRQREB', 'IRQCVL'), _FORCE,
     'Iraqi troops drove Kurdish rebels out of Dohuk on Sunday and shelled their positions in the hills.'),
    # a person who stands for his state
    (('FRA', 'FRAGOV'), ('RUS', 'RUSGOV'), _MEET,
     'French President Jacques Chirac telephoned Russian President Boris Yeltsin on Monday.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), _PRAISE,
     'West German Chancellor Helmut Kohl on Friday congratulated Polish Prime Minister Tadeusz Mazowiecki.'),
    # controls: no target party
    ((), (), ('17', '18', '19'),
     'A cyclone struck the coast of Bangladesh on Monday, killing at least 1,000 people.'),
    ((), (), ('11', '16', '17', '18', '19'),
     'The Tokyo stock market closed lower on Friday for the third straight session.'),
    ((), (), ('17', '18', '19'),
     'An Aeroflot airliner crashed in Siberia on Tuesday, killing all 75 people on board.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": B1, "batch2": B2, "batch3": B3}
ALL36: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
