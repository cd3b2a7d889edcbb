"""Blind probes of the thirty-third session (wip/targets35): who an act is done TO, and who does it, in
1985-2005 agency leads (dated 2000-01-01 as the GSR records are). Batch 1 tells afresh the four open target
classes of the thirty-second session (a halt to a country's own operations somewhere, aimed at the place;
a joint subject's coordination before talks, aimed at each other; a crowd fired on whose demand names no
party; "the country's" / "the nation's" forces after a clause naming the country) and is weighted to the
target shapes the hidden set holds most: the target in an of-phrase or a possessor of the object noun, in a
to/with/against/on/from phrase, in a relative clause or an apposition, reached through a place, reciprocal
acts between two named parties, the target only in the previous clause, a person who stands for his state,
and controls with no target that must emit no triple of the roots.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

Conventions the rows follow (docs/events.md, Annotation guide; targets32-34): a condemned or demanded act
is aimed at its doer or holder; a place attacked is its state's or its civilians'; a halt to operations is
aimed at those operated against (the place or its parties); a reciprocal act is coded both ways.

First run, blind (main 4b3b7b39, batch 1 as committed at a0e52bf, 39 rows): country + root / actor + root /
actor + code 37 / 37 / 36. One row was corrected after it, a writing error by the codebook: Mubarak urging
Gaddafi to hand over the Lockerbie suspects asks for judicial cooperation (021, 0213), which the row's
codes lacked (the coder gave EGYGOV -> LBYGOV 0213); with it batch 1 scores 37 / 37 / 37. Two rows of the
open classes passed only on the country: "attacked the country's army" and "the nation's air defence
network" accept the bare country (COD, IRQ), which the coder gave from the clause before (the body itself
was no actor on main). The Guzman row tells an event that, as the check-script comparison showed afterwards,
parse32's probe file also holds (a famous capture, written without reading that file); its arrest class
(a person captured by the police) was then proved with fresh sentences only (test_targets35.py).

Batch 2 (34 rows, written after the first fixes, committed at 8c500da before the coder ran on it), first run
on the branch at 8c500da: 31 / 29 / 29. No row was corrected after it.

Batch 3 (29 rows, written after the second fixes, committed at efdfc64 before the coder ran on it), first run
on the branch at efdfc64: 28 / 26 / 24. Two rows were corrected after it, both writing errors by the
codebook: a stronghold captured is territory occupied (192, which the row's force codes lacked), and a
demand that warships withdraw is 106 (demand withdrawal), which the demand codes lacked; with them batch 3
scores 28 / 26 / 26.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CRIT = ('111', '112', '110', '1121', '1122')
_PROTEST = _CRIT + ('114', '11')
_PRAISE = ('051', '050')
_FORCE = ('190', '193', '194', '195', '19', '180', '18', '183', '186')
_REPRESS = ('175', '17', '180', '18', '190', '19', '193', '145')
_MEET = ('040', '041', '042', '043', '046', '036', '04')
_HALT = ('087', '0871', '080', '08', '0874')
_COORD = ('030', '031', '032', '036', '050', '03', '04', '040')
_AID = ('07', '070', '071', '0331', '033')
_SANCTION = ('16', '160', '163', '162', '1621', '161')
_ARREST = ('173', '17', '170', '181')
_APPEAL = ('02', '020', '025', '0255', '028', '10', '100', '105', '1053', '1041')
_DEMAND = ('10', '100', '101', '102', '105', '1053', '103', '1031')
_RELEASE = ('084', '0841', '08', '080')
_TIES = ('05', '050', '054', '057', '064')

# batch 1: the four open classes told afresh, target shapes, controls
B1: list[Row] = [
    # a halt to a country's own operations in a place: aimed at the place (or its parties)
    (('IND', 'INDGOV'), ('LKA', 'LKAREB', 'LKAINS', 'LKAGOV'), _HALT,
     'Indian Prime Minister Rajiv Gandhi on Monday ordered a halt to Indian army operations in northern Sri '
     'Lanka to allow talks with Tamil rebels.'),
    (('VNM', 'VNMGOV'), ('KHM', 'KHMREB', 'KHMINS', 'KHMGOV'), _HALT,
     'Vietnam on Tuesday announced a halt to Vietnamese military operations in western Cambodia, the '
     'official news agency VNA said.'),
    # a joint subject's coordination before talks: aimed at each other
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV'), _COORD,
     'Syria and Lebanon agreed on Saturday to coordinate their stands ahead of the next round of peace '
     'negotiations with Israel.'),
    (('JOR', 'JORGOV'), ('EGY', 'EGYGOV'), _COORD,
     'Egypt and Jordan agreed on Tuesday to coordinate their positions before resuming talks with Israel '
     'in Washington, MENA reported.'),
    # a crowd fired on whose demand names no party
    (('MMR', 'MMRMIL'), ('MMR', 'MMRCVL', 'MMROPP', 'MMREDU'), _REPRESS,
     'Burmese troops fired on thousands of students demanding democracy in Rangoon on Wednesday, killing at '
     'least 20 people, diplomats said.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENCVL', 'KENOPP'), _REPRESS,
     'Kenyan police fired tear gas at thousands of opposition supporters demanding constitutional reforms in '
     'Nairobi on Saturday.'),
    # "the country's" / "the nation's" forces after a clause naming the country
    (('RWA', 'RWAMIL'), ('COD', 'CODMIL', 'COG', 'COGMIL'), _FORCE,
     "Rwandan troops crossed into eastern Congo on Monday and attacked the country's army near Goma, "
     'residents said.'),
    (('USA', 'USAMIL'), ('IRQ', 'IRQMIL'), _FORCE,
     "U.S. warplanes attacked Iraq on Sunday and destroyed much of the nation's air defence network, the "
     'Pentagon said.'),
    # the target in an of-phrase or a possessor of the object noun
    (('CAN', 'CANGOV'), ('NGA', 'NGAGOV', 'NGAMIL'), _CRIT,
     "Canada on Friday condemned Nigeria's execution of writer Ken Saro-Wiwa and eight other activists and "
     'recalled its high commissioner from Lagos.'),
    (('THA', 'THAGOV'), ('VNM', 'VNMGOV', 'VNMMIL'), _PRAISE,
     "Thailand on Wednesday welcomed Vietnam's withdrawal of its last troops from Cambodia as a step toward "
     'peace.'),
    (('ESP', 'ESPGOV'), ('MAR', 'MARGOV', 'MARMIL'), _PROTEST,
     "Spain protested on Monday against Morocco's seizure of ten Spanish fishing boats off the Saharan "
     'coast.'),
    (('USA', 'USAGOV'), ('BIH', 'SRB', 'BIHREB', 'SRBREB', 'BIHMIL', 'SRBMIL'), _DEMAND,
     'The United States on Friday demanded the immediate release of an American pilot held by Bosnian Serb '
     'forces.'),
    # the target in a to/with/against/on/from phrase
    (('JPN', 'JPNGOV'), ('IDN', 'IDNGOV'), _AID,
     'Japan on Tuesday extended a $500 million loan to Indonesia to help it weather the Asian financial '
     'crisis.'),
    (('KOR', 'KORGOV'), ('CHN', 'CHNGOV'), _TIES,
     'South Korea established diplomatic relations with China on Monday, ending four decades of hostility.'),
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), _SANCTION,
     'The European Union on Monday imposed an arms embargo on Nigeria and suspended all military '
     'cooperation.'),
    (('IRN', 'IRNMIL'), ('IRQ', 'IRQMIL'), _FORCE,
     'Iranian troops launched a fresh offensive against Iraqi positions east of Basra on Saturday, Tehran '
     'radio said.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _DEMAND,
     'Kuwait on Monday demanded compensation from Iraq for the damage caused during the seven-month '
     'occupation.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _PROTEST,
     'China on Thursday lodged a protest with the United States over the sale of 150 F-16 fighters to '
     'Taiwan.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), _PROTEST,
     'Uganda on Friday filed a complaint with the U.N. Security Council against Sudan, accusing Khartoum of '
     'arming northern rebels.'),
    # the target in a relative clause or an apposition
    (('PER', 'PERCOP', 'PERGOV'), ('PER', 'PERREB', 'PERINS'), _ARREST,
     'Peruvian police captured Abimael Guzman, the founder of the Shining Path guerrilla movement, in a raid '
     'on a Lima house on Saturday.'),
    (('TUR', 'TURCOP'), ('DEU', 'DEUMED'), _ARREST,
     'Turkish police detained a German journalist who had interviewed Kurdish rebel leader Abdullah Ocalan, '
     'the Anatolian news agency said.'),
    (('PAK', 'PAKGOV'), ('USA', 'USAGOV', 'USAJUD'), ('063', '06', '084', '0841', '08'),
     'Pakistan on Wednesday handed over to the United States Ramzi Yousef, who is wanted for the bombing of '
     'the World Trade Center.'),
    # a target reached through a place
    (('IRQ', 'IRQMIL'), ('SAU', 'SAUCVL', 'SAUGOV'), _FORCE,
     'An Iraqi Scud missile slammed into the Saudi capital Riyadh early on Friday, wounding 29 people.'),
    (('SRB', 'YUG', 'SRBMIL', 'YUGMIL', 'HRVREB', 'SRBREB'), ('HRV', 'HRVCVL', 'HRVGOV'), _FORCE,
     'Serb gunners shelled the Croatian port of Dubrovnik on Sunday, setting fire to hotels in the old '
     'town.'),
    (('TUR', 'TURMIL'), ('IRQ', 'IRQCVL', 'TURREB', 'IRQREB'), _FORCE,
     'Turkish warplanes bombed villages in northern Iraq on Tuesday, killing 12 people, Kurdish sources '
     'said.'),
    # reciprocal acts between two named parties
    (('IND', 'INDMIL'), ('PAK', 'PAKMIL'), _FORCE,
     'Indian and Pakistani troops exchanged heavy artillery fire across the line of control in Kashmir on '
     'Saturday.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDMIL'), _FORCE,
     'Indian and Pakistani troops exchanged heavy artillery fire across the line of control in Kashmir on '
     'Saturday.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('057', '05', '050'),
     'Israel and Jordan signed a peace treaty at a border crossing in the Arava desert on Wednesday.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057', '05', '050'),
     'Israel and Jordan signed a peace treaty at a border crossing in the Arava desert on Wednesday.'),
    # the target only in the previous clause
    (('IRQ', 'IRQMIL'), ('KWT', 'KWTGOV', 'KWTMIL', 'KWTBUS'), _FORCE + ('17', '171'),
     'Iraqi troops stormed into Kuwait before dawn on Thursday and seized its oil fields, Western diplomats '
     'said.'),
    (('BGD', 'BGDCOP'), ('BGD', 'BGDOPP'), _ARREST,
     'Police surrounded the headquarters of the opposition Awami League in Dhaka on Monday and arrested its '
     'leaders.'),
    (('PHL', 'PHLREB', 'PHLUAF', 'PHLINS'), ('JPN', 'JPNBUS', 'JPNCVL'), ('181', '18', '180'),
     'Armed men kidnapped a Japanese engineer in Manila on Monday and demanded $1 million for his release.'),
    # a person who stands for his state
    (('SYR', 'SYRGOV'), ('USA', 'USAGOV', 'USAELI'), _MEET,
     'Syrian President Hafez al-Assad met U.S. Secretary of State Warren Christopher in Damascus on Sunday '
     'for talks on the Golan Heights.'),
    (('DEU', 'DEUGOV', 'DEUELI'), ('POL', 'POLGOV', 'POLELI'), _MEET + ('03', '030'),
     'Chancellor Helmut Kohl on Tuesday invited Polish President Lech Walesa to visit Bonn next month.'),
    (('EGY', 'EGYGOV'), ('LBY', 'LBYGOV'), _APPEAL + ('021', '0213'),
     'Egyptian President Hosni Mubarak on Monday urged Libyan leader Muammar Gaddafi to hand over the two '
     'Lockerbie suspects for trial.'),
    # controls: no target party
    ((), (), ('17', '18', '19'),
     'Heavy monsoon rains killed more than 100 people in Bangladesh on Wednesday and left a million '
     'homeless.'),
    ((), (), ('11', '12', '16', '17', '18', '19'),
     'Chileans voted on Sunday in the first presidential election since 1970, with long queues at polling '
     'stations.'),
    ((), (), ('17', '18', '19'),
     'A passenger train derailed in southern Pakistan on Monday, killing at least 40 people, railway '
     'officials said.'),
    ((), (), ('08', '16', '17', '18', '19'),
     'The price of Brent crude oil rose above $30 a barrel on Thursday for the first time since the Gulf '
     'war.'),
]

# batch 2 (written after the first fixes, committed before the coder ran on it): the fixed classes told
# afresh, target shapes, controls
B2: list[Row] = [
    # a halt to a country's own operations abroad
    (('ISR', 'ISRGOV'), ('LBN', 'LBNREB', 'LBNGOV', 'LBNCVL'), _HALT,
     'Israeli Prime Minister Yitzhak Rabin on Sunday ordered a halt to Israeli army operations in southern '
     'Lebanon after a week of shelling.'),
    (('NGA', 'NGAGOV'), ('SLE', 'SLEREB', 'SLEGOV'), _HALT,
     'Nigeria on Thursday announced a halt to Nigerian military operations in Sierra Leone, where its '
     'troops lead the West African force.'),
    # a joint coordination before talks with a third party
    (('KWT', 'KWTGOV'), ('SAU', 'SAUGOV'), _COORD,
     'Kuwait and Saudi Arabia agreed on Wednesday to coordinate their oil policies ahead of talks with '
     'other OPEC members in Vienna.'),
    (('ZWE', 'ZWEGOV'), ('ZMB', 'ZMBGOV'), _COORD,
     'Zambia and Zimbabwe agreed on Friday to coordinate their stand in negotiations with the International '
     'Monetary Fund.'),
    # "the country's" / "the nation's" bodies
    (('SDN', 'SDNMIL'), ('UGA', 'UGAMIL'), _FORCE,
     "Sudanese troops crossed into Uganda on Monday and clashed with the country's army near Gulu, "
     'officials said.'),
    (('IDN', 'IDNCOP'), ('IDN', 'IDNREB', 'IDNINS', 'IDNCVL', 'IDNOPP'), _ARREST,
     "Indonesia said on Tuesday the nation's police had arrested 12 suspected members of a separatist "
     'group in Aceh.'),
    # a person captured by the police
    (('ITA', 'ITACOP'), ('ITA', 'ITACRM'), _ARREST,
     'Italian police on Saturday captured Salvatore Riina, the reputed boss of the Sicilian Mafia, in '
     'Palermo after 23 years on the run.'),
    # a crowd fired on whose demand names no party
    (('IDN', 'IDNMIL'), ('IDN', 'IDNEDU', 'IDNCVL', 'IDNOPP'), _REPRESS,
     'Indonesian troops opened fire on students demanding political reform in Jakarta on Tuesday, killing '
     'four of them.'),
    # the target in an of-phrase or a possessor of the object noun
    (('NOR', 'NORGOV'), ('ISL', 'ISLGOV', 'ISLMIL'), _PROTEST,
     "Norway on Monday protested against Iceland's seizure of a Norwegian trawler in disputed waters off "
     'Svalbard.'),
    (('GBR', 'GBRGOV'), ('LBY', 'LBYGOV'), _PRAISE,
     "Britain on Friday welcomed Libya's decision to hand over the two Lockerbie suspects for trial in the "
     'Netherlands.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDMIL'), _CRIT,
     "Pakistan on Sunday condemned the Indian army's killing of 12 Kashmiri civilians in a village near "
     'Srinagar.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKMIL', 'PRKGOV'), _DEMAND,
     'South Korea on Tuesday demanded the return of a fishing boat seized by North Korean patrol boats in '
     'the Yellow Sea.'),
    # the target in a to/with/against/on/from phrase
    (('SAU', 'SAUGOV'), ('JOR', 'JORGOV'), _AID,
     'Saudi Arabia on Thursday pledged $1 billion in aid to Jordan to help it cope with the flood of '
     'refugees.'),
    (('TZA', 'TZAGOV'), ('BDI', 'BDIGOV', 'BDIMIL'), _SANCTION,
     'Tanzania broke off diplomatic relations with Burundi on Wednesday after the military coup in '
     'Bujumbura.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('085', '08', '080'),
     'The United States lifted its trade embargo against Vietnam on Thursday after nearly 20 years.'),
    (('THA', 'THAGOV', 'THAMIL'), ('MMR', 'MMRGOV', 'MMRMIL'), _SANCTION + ('17', '174', '19'),
     'Thailand closed its border with Burma on Saturday after Burmese troops shelled a Thai village.'),
    (('IRN', 'IRNGOV', 'SAU', 'SAUGOV'), ('SAU', 'SAUGOV', 'IRN', 'IRNGOV'), _MEET,
     'Iran on Tuesday received a high-level delegation from Saudi Arabia for talks on oil prices.'),
    # the target in a relative clause or an apposition
    (('RUS', 'RUSMIL', 'RUSCOP', 'RUSSPY'), ('RUS', 'RUSREB', 'RUSINS'), _ARREST,
     'Russian security forces arrested Salman Raduyev, the Chechen warlord who led a raid on the '
     'Dagestani town of Kizlyar.'),
    (('KEN', 'KENGOV'), ('SDN', 'SDNGOV'), ('174', '17', '161', '16'),
     'Kenya on Friday expelled Ahmed Bashir, a Sudanese diplomat accused of spying for Khartoum.'),
    (('CHN', 'CHNGOV', 'CHNJUD'), ('USA', 'USACVL', 'USANGO', 'USAOPP', 'USAHRI'), _RELEASE + ('174',),
     'China on Sunday freed Harry Wu, a Chinese-born American human rights activist, and expelled him.'),
    # a target reached through a place
    (('ETH', 'ETHMIL'), ('ERI', 'ERICVL', 'ERIGOV'), _FORCE,
     'Ethiopian warplanes bombed the Eritrean port of Assab on Sunday, the Eritrean government said.'),
    (('SLE', 'SLEREB'), ('SLE', 'SLECVL', 'SLEGOV'), _FORCE,
     'Rebel artillery pounded the Sierra Leone capital Freetown on Tuesday, killing dozens of civilians.'),
    # reciprocal acts between two named parties
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('03', '030', '031', '032', '036', '057', '05', '050'),
     'Greece and Turkey agreed on Monday to a package of confidence-building measures in the Aegean.'),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNGOV'), _MEET,
     'The foreign ministers of Iran and Iraq held talks in Tehran on Sunday on an exchange of prisoners of '
     'war.'),
    (('RUS', 'RUSGOV', 'RUSREB'), ('RUS', 'RUSREB', 'RUSGOV'), ('057', '05', '0871', '087', '050'),
     'Russian and Chechen negotiators signed a ceasefire agreement in Nazran on Thursday.'),
    # the target only in the previous clause
    (('PER', 'PERREB', 'PERINS'), ('PER', 'PERMIL'), _FORCE,
     'Guerrillas ambushed an army convoy in northern Peru on Sunday and killed its commander, the military '
     'said.'),
    (('IRN', 'IRNMIL'), ('KWT', 'KWTBUS', 'KWTGOV', 'KWTCVL'), _FORCE,
     'Iranian gunboats attacked a Kuwaiti tanker in the Gulf on Wednesday and set its cargo on fire.'),
    # a person who stands for his state
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV', 'JPNELI'), _MEET,
     'Chinese Premier Li Peng met Japanese Prime Minister Tomiichi Murayama in Beijing on Tuesday.'),
    (('PSE', 'PAL', 'PSEGOV', 'PALGOV'), ('ISR', 'ISRGOV', 'ISRELI'), _CRIT,
     'Yasser Arafat on Friday accused Israeli Prime Minister Benjamin Netanyahu of destroying the peace '
     'process.'),
    (('ZAF', 'ZAFGOV'), ('NGA', 'NGAGOV', 'NGAMIL', 'NGAELI'), _APPEAL + ('021', '0213', '0256', '0253'),
     'South African President Nelson Mandela on Tuesday urged Nigerian military ruler Sani Abacha to free '
     'political prisoners.'),
    # controls: no target party
    ((), (), ('17', '18', '19'),
     'An avalanche buried a village in eastern Turkey on Tuesday, killing 35 people, officials said.'),
    ((), (), ('11', '12', '16', '17', '18', '19'),
     'Share prices on the Tokyo stock market fell sharply on Monday amid fears of a banking crisis.'),
    ((), (), ('17', '18', '19'),
     'Hurricane Mitch has killed more than 9,000 people in Honduras and Nicaragua, officials said on '
     'Friday.'),
    ((), (), ('11', '12', '17', '18', '19'),
     'Queen Elizabeth celebrated her 70th birthday at Windsor Castle on Sunday with a private family '
     'lunch.'),
]

# batch 3 (written after the second fixes, committed before the coder ran on it): the fixed classes told
# afresh, target shapes, controls
B3: list[Row] = [
    # a halt to a country's own operations abroad
    (('TUR', 'TURGOV'), ('IRQ', 'IRQREB', 'TURREB', 'IRQGOV'), _HALT,
     'Turkish Prime Minister Tansu Ciller on Monday announced a halt to Turkish air strikes in northern Iraq '
     'during the Moslem holiday.'),
    # a joint coordination before talks, and one with a topic
    (('LBY', 'LBYGOV'), ('SDN', 'SDNGOV'), _COORD,
     'Libya and Sudan agreed on Thursday to coordinate their positions at talks with Chad on the disputed '
     'Aouzou strip.'),
    (('IND', 'INDGOV'), ('RUS', 'RUSGOV'), _COORD,
     'India and Russia agreed in Moscow on Tuesday to coordinate their policies on Afghanistan.'),
    # "the country's" bodies
    (('AGO', 'AGOMIL'), ('AGO', 'AGOREB', 'AGOINS'), _FORCE + ('192',),
     "Angola said on Saturday that the country's army had captured the UNITA stronghold of Bailundo."),
    # a person captured by the police
    (('PER', 'PERCOP'), ('PER', 'PERREB', 'PERINS'), _ARREST,
     'Peruvian police captured Victor Polay, the leader of the Tupac Amaru rebel movement, in a Lima '
     'apartment on Friday.'),
    # rebel arms striking a named place
    (('AFG', 'AFGREB', 'AFGINS'), ('AFG', 'AFGCVL', 'AFGGOV'), _FORCE,
     'Rebel rockets slammed into the Afghan capital Kabul on Monday, killing seven civilians.'),
    # a crowd fired on whose demand names no party
    (('NPL', 'NPLCOP'), ('NPL', 'NPLCVL', 'NPLOPP'), _REPRESS,
     'Nepalese police fired on thousands of demonstrators demanding multiparty democracy in Kathmandu on '
     'Friday.'),
    # the target in an of-phrase or a possessor of the object noun
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'ISRMIL'), _CRIT,
     "Egypt on Wednesday condemned Israel's closure of the West Bank and Gaza Strip as collective "
     'punishment.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _PRAISE,
     "Japan on Tuesday welcomed China's decision to join the nuclear non-proliferation treaty."),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV', 'GBRMIL'), _DEMAND + ('106',),
     'Argentina on Monday demanded the withdrawal of British warships from the waters around the Falkland '
     'Islands.'),
    # the target in a to/with/against/on/from phrase
    (('IGO',), ('HTI', 'HTIGOV', 'HTIMIL'), _SANCTION,
     'The European Union on Tuesday suspended aid to Haiti after the army ousted President Jean-Bertrand '
     'Aristide.'),
    (('CHN', 'CHNGOV'), ('KAZ', 'KAZGOV'), ('057', '05', '050'),
     'China on Wednesday signed a border agreement with Kazakhstan in Almaty.'),
    (('IRN', 'IRNGOV'), ('TUR', 'TURGOV', 'TURMIL'), _PROTEST,
     'Iran on Monday lodged a protest with Turkey over the bombing of Iranian border villages by Turkish '
     'jets.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('08', '085', '07', '070', '071'),
     'Japan on Friday lifted its freeze on grant aid to China, imposed after Beijing tested a nuclear '
     'weapon.'),
    # the target in a relative clause or an apposition
    (('ISR', 'ISRMIL'), ('PSE', 'PAL', 'PSEGOV', 'PALGOV', 'PSEREB', 'PALREB', 'PSEOPP', 'PALOPP', 'PSEPTY',
                         'PALPTY'), _ARREST,
     'Israeli troops arrested Marwan Barghouti, the Fatah leader in the West Bank, in a raid on Ramallah on '
     'Monday.'),
    (('SYR', 'SYRGOV'), ('TUR', 'TURGOV'), ('063', '06', '084', '08', '0841', '174', '17'),
     'Syria on Thursday handed over to Turkey two Kurdish rebels who had fled across the border.'),
    # a target reached through a place
    (('IRQ', 'IRQMIL'), ('IRN', 'IRNCVL', 'IRNGOV'), _FORCE,
     'Iraqi artillery shelled the Iranian border town of Mehran on Friday, Tehran radio said.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNINS', 'LBNUAF', 'LBNCVL'), _FORCE,
     'Israeli helicopter gunships rocketed a Hezbollah base in the Bekaa Valley on Wednesday, Lebanese '
     'police said.'),
    # reciprocal acts between two named parties
    (('ERI', 'ERIMIL'), ('ETH', 'ETHMIL'), _FORCE,
     'Eritrean and Ethiopian forces fought heavy battles along their disputed border on Saturday.'),
    (('ETH', 'ETHMIL'), ('ERI', 'ERIMIL'), _FORCE,
     'Eritrean and Ethiopian forces fought heavy battles along their disputed border on Saturday.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), ('03', '030', '031', '036', '057', '05', '050'),
     'Russia and Ukraine agreed on Friday to divide the Black Sea fleet equally between them.'),
    # the target only in the previous clause
    (('VNM', 'VNMMIL'), ('KHM', 'KHMREB', 'KHMINS'), _FORCE + ('171', '17'),
     'Vietnamese troops pushed into western Cambodia on Monday and captured its main rebel base at '
     'Ampil.'),
    (('VEN', 'VENCOP'), ('VEN', 'VENMED'), ('17', '170', '171', '172', '173'),
     'Police raided the offices of the opposition newspaper El Nacional in Caracas on Tuesday and seized '
     'its presses.'),
    # a person who stands for his state
    (('GBR', 'GBRGOV', 'GBRELI'), ('CHN', 'CHNGOV', 'CHNELI'), _MEET,
     'British Foreign Secretary Douglas Hurd met Chinese Foreign Minister Qian Qichen in New York on '
     'Tuesday.'),
    (('IRQ', 'IRQGOV'), ('SAU', 'SAUGOV'), _CRIT,
     'Saddam Hussein on Sunday accused Saudi King Fahd of betraying the Arab nation by inviting foreign '
     'troops.'),
    (('VEN', 'VENGOV'), ('CUB', 'CUBGOV'), _PRAISE,
     'Venezuelan President Hugo Chavez on Wednesday praised Cuban leader Fidel Castro for 40 years of '
     'resistance.'),
    # controls: no target party
    ((), (), ('17', '18', '19'),
     'A ferry capsized off the coast of Haiti on Friday, drowning at least 200 passengers.'),
    ((), (), ('11', '12', '16', '17', '18', '19'),
     "Japan's economy shrank for the third quarter running, government figures showed on Monday."),
    ((), (), ('11', '12', '17', '18', '19'),
     'Two million Moslems began the annual pilgrimage to Mecca on Sunday under tight security.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": B1, "batch2": B2, "batch3": B3}
ALL35: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
