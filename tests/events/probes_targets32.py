"""Blind probes of the thirtieth session (wip/targets32): who an act is done TO, in 1985-2005 agency leads
(dated 2000-01-01 as the GSR records are). Each row's target is its point: reactions aimed at the doer
named inside the act noun's phrase (batch 1), places and buildings struck, stormed or seized (batch 2),
measures aimed at a people or at its authority (batch 3), treaties, bodies, postures and halts (batch 4),
other target shapes (batch 5), and controls with no target party, history or a plan (batch 6).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The file was committed before the coder was run on it.

Conventions the rows follow (docs/events.md, Annotation guide and its amendments): a condemned, criticised
or welcomed act is aimed at its doer (the killers named by the by-phrase; the government that freed a
prisoner, CAMEO's 051 praising the act's doer); a capital or town assaulted by its own country's armed
rebels was written as aimed at the government holding it (corrected after the first run, below), a seat
of the state (a palace, a parliament) at its body, a place struck with no holder named at its
civilians; a village stormed to free hostages held by rebels at the rebels; a curfew or closure on a
people at that people (CVL), sanctions on a named side at that side; withdrawal from a treaty at its body
or depositaries where named, else its other party; a posture taken "after" a party's move at that party;
a halt to operations "against" a party at that party.

First run, blind (main a2c3a59, the file as committed, 99 rows): country + root / actor + root / actor +
code 76 / 66 / 58 (batches 1-6: 17/15/13, 14/9/8, 11/10/6, 7/6/6, 18/17/15, 9/9/10). Rows corrected after
that run are writing errors by the codebook or the project's conventions only: a curfew is 1723 and
martial law or emergency rule 1724 (the rows had them swapped), a territory sealed off is a restriction of
movement (191), inspectors barred a refusal to allow international involvement (1245), a U.N. compound
shelled is the UN's (the owner of a building struck, as an embassy is its state's), and a town taken by
its own country's rebels is its people's (KHMCVL, CODCVL: the GSR records' "rebels shelled Juba", "retook
a village" as CVL), and a posture answering a state's warships is aimed at them as named (TURMIL, as
gsr17b's row has it). Main on the corrected rows: 78 / 70 / 67; wip/targets32 at its end: 83 / 77 / 74
(`python tests/events/probes_targets32.py`).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_NONE = ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
         '17', '18', '19', '20')

# batch 1: reactions aimed at the doer named inside the act noun's phrase
B1: list[Row] = [
    (('PRT', 'PRTGOV'), ('IDN', 'IDNMIL', 'IDNGOV'), ('111', '112', '110'),
     'Portugal on Monday condemned the massacre of unarmed mourners by Indonesian troops in the East '
     'Timorese capital Dili and demanded an international inquiry.'),
    (('PRT', 'PRTGOV'), ('IGO',), ('1041', '104', '100', '1042'),
     'Portugal on Monday condemned the massacre of unarmed mourners by Indonesian troops in the East '
     'Timorese capital Dili and demanded an international inquiry by the United Nations.'),
    (('GBR', 'GBRGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), ('111', '112', '110'),
     'Britain on Monday deplored the shooting of unarmed students by Chinese troops in Tiananmen Square and '
     'said it was suspending all ministerial contacts with Beijing.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV', 'RUSMIL'), ('111', '112', '110'),
     'The United States on Wednesday criticised the bombing of civilian areas of Grozny by Russian '
     'aircraft and urged Moscow to seek a political solution in Chechnya.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('111', '112', '110'),
     'France on Tuesday criticised the Algerian government for banning the Islamic Salvation Front and '
     'called for a resumption of the democratic process.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNREB', 'IRN', 'IRNREB', 'LBNREL'), ('111', '112', '110'),
     'Israel on Sunday blamed the pro-Iranian Hizbollah guerrillas for the rocket attack on northern '
     'Israeli towns that wounded 12 people.'),
    (('DEU', 'DEUGOV'), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'SRBCOP', 'YUGCOP'), ('111', '112', '110'),
     'Germany on Friday condemned the expulsion of ethnic Albanians from their homes by Serbian police and '
     'summoned the Yugoslav ambassador to explain.'),
    (('JPN', 'JPNGOV'), ('MMR', 'MMRGOV'), ('051', '050'),
     'Japan on Tuesday welcomed the release of Burmese opposition leader Aung San Suu Kyi by the military '
     'government and said it would consider resuming some aid.'),
    (('USA', 'USAGOV'), ('ZAF', 'ZAFGOV'), ('051', '050'),
     'The White House on Sunday welcomed South Africa\'s decision to free Nelson Mandela and urged Pretoria '
     'to lift the state of emergency.'),
    (('GBR', 'GBRGOV'), ('CHN', 'CHNGOV'), ('051', '050'),
     'Britain on Thursday welcomed the release of dissident Wei Jingsheng by the Chinese authorities as a '
     'step in the right direction.'),
    (('IGO',), ('BDI', 'BDIMIL'), ('111', '112', '110'),
     'The U.N. Security Council on Friday condemned the overthrow of Burundi\'s elected government by the '
     'army and demanded the restoration of constitutional order.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'ISRCVL'), ('111', '112', '110'),
     'Egypt on Saturday condemned the killing of 29 Palestinian worshippers by a Jewish settler at a mosque '
     'in Hebron and called on Israel to protect Palestinians in the occupied territories.'),
    (('EGYGOV', 'EGY'), ('ISR', 'ISRGOV'), ('1041', '104', '100', '1043', '1044'),
     'Egypt on Saturday condemned the killing of 29 Palestinian worshippers by a Jewish settler at a mosque '
     'in Hebron and called on Israel to protect Palestinians in the occupied territories.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDCVL'), ('111', '112', '110'),
     'Pakistan on Monday denounced the demolition of the 16th century Babri mosque by Hindu zealots in the '
     'Indian town of Ayodhya and declared a day of mourning.'),
    (('USAGOV', 'USA'), ('HTI', 'HTIMIL'), ('111', '112', '110'),
     'Washington on Tuesday condemned the ouster of Haitian President Jean-Bertrand Aristide by the army '
     'and suspended all economic aid to the Caribbean nation.'),
    (('USA', 'USAGOV'), ('HTI', 'HTIMIL', 'HTIGOV'), ('163', '160', '166', '1621', '162'),
     'Washington on Tuesday condemned the ouster of Haitian President Jean-Bertrand Aristide by the army '
     'and suspended all economic aid to the Caribbean nation.'),
    (('IRL', 'IRLGOV'), ('GBR', 'GBRMIL', 'GBRGOV'), ('111', '112', '110'),
     'Ireland on Friday protested against the shooting of three unarmed IRA members by British soldiers '
     'in Gibraltar and asked London for a full account.'),
    (('CAN', 'CANGOV'), ('NGA', 'NGAGOV'), ('111', '112', '110'),
     'Canada on Saturday condemned the execution of writer Ken Saro-Wiwa and eight other activists by '
     'Nigeria\'s military rulers and recalled its high commissioner from Lagos.'),
    (('NGO',), ('TUR', 'TURGOV', 'TURCOP'), ('112', '111', '110', '1122'),
     'Amnesty International on Wednesday criticised the torture of detainees by Turkish police and called '
     'on Ankara to allow independent monitors into its prisons.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV', 'USAMIL', 'IGO'), ('111', '112', '110'),
     'Russia on Thursday denounced the air strikes on Iraq by the United States and Britain as a gross '
     'violation of the U.N. Charter.'),
]

# batch 2: places and buildings struck, stormed or seized
B2: list[Row] = [
    (('LKA', 'LKAREB'), ('LKA', 'LKAGOV', 'LKAMIL', 'LKACVL'), ('190', '193', '195', '180', '183'),
     'Tamil Tiger rebels launched a pre-dawn assault on the northern town of Kilinochchi on Sunday, '
     'overrunning a government army camp after hours of fighting, the military said.'),
    (('AFG', 'AFGREB'), ('AFG', 'AFGGOV', 'AFGCVL'), ('190', '195', '194'),
     'Mujahideen guerrillas fired dozens of rockets into Kabul on Monday, killing at least 15 civilians, as '
     'they stepped up pressure on the Soviet-backed government of President Najibullah.'),
    (('PER', 'PERMIL', 'PERGOV'), ('PER', 'PERREB'), ('190', '193', '180', '181'),
     'Peruvian commandos stormed the Japanese ambassador\'s residence in Lima on Tuesday, freeing 71 '
     'hostages held for four months by Tupac Amaru rebels and killing all 14 guerrillas.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSREB'), ('190', '193', '180', '181'),
     'Russian troops stormed a hospital in the southern town of Budyonnovsk on Saturday in an attempt to '
     'free more than 1,000 hostages held by Chechen gunmen, but were driven back.'),
    (('RUS', 'RUSREB', 'RUSUAF'), ('RUS', 'RUSCVL'), ('181', '180', '190', '183'),
     'Chechen gunmen seized a hospital in the southern Russian town of Budyonnovsk on Wednesday and took '
     'hundreds of patients and staff hostage, Interfax news agency said.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSCVL', 'RUSREB'), ('190', '195', '194'),
     'Russian warplanes bombed the Chechen capital Grozny for a third day on Thursday, setting the '
     'presidential palace ablaze and killing scores of civilians.'),
    (('LBR', 'LBRREB'), ('LBR', 'LBRGOV'), ('190', '193', '195'),
     'Rebels loyal to Charles Taylor attacked the executive mansion in Monrovia on Sunday, trying to oust '
     'President Samuel Doe, who was holed up inside with his guards.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('LBN', 'LBNCVL', 'IGO'), ('195', '190', '194'),
     'Israeli gunners shelled a U.N. compound at Qana in south Lebanon on Thursday, killing more than 100 '
     'Lebanese civilians who had sheltered there from an Israeli offensive.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSLEG'), ('190', '193', '194'),
     'Tanks loyal to President Boris Yeltsin shelled the Russian parliament building in Moscow on Monday, '
     'forcing hardline deputies holed up inside to surrender.'),
    (('PAN', 'PANOPP', 'PANCVL'), ('USA', 'USAGOV'), ('141', '140', '145'),
     'Thousands of Panamanians marched on the U.S. embassy in Panama City on Saturday to protest against '
     'American economic sanctions.'),
    (('IRN', 'IRNEDU', 'IRNOPP', 'IRNCVL'), ('USA', 'USAGOV'), ('181', '180', '171', '170'),
     'Iranian students stormed the U.S. embassy in Tehran on Sunday and seized about 90 hostages, '
     'demanding the return of the deposed Shah.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('KWT', 'KWTGOV'), ('192', '190', '193'),
     'Iraqi troops and tanks invaded Kuwait before dawn on Thursday and seized the emir\'s palace, forcing '
     'the ruling family to flee to Saudi Arabia.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('ISR', 'ISRCVL'), ('195', '190', '194'),
     'Iraq fired Scud missiles at Tel Aviv and Haifa early on Friday, wounding a dozen people, as the Gulf '
     'war entered its second day.'),
    (('SRB', 'SRBREB', 'BIH', 'BIHREB'), ('BIH', 'BIHCVL'), ('195', '190', '194'),
     'Bosnian Serb gunners shelled a crowded market in Sarajevo on Saturday, killing 68 people in the '
     'deadliest single attack of the 22-month war.'),
    (('KHM', 'KHMREB'), ('KHM', 'KHMGOV', 'KHMMIL', 'KHMCVL'), ('190', '193', '192'),
     'Khmer Rouge guerrillas overran the provincial capital of Pailin on Sunday, driving out government '
     'troops after a week of heavy fighting.'),
    (('DZA', 'DZAUAF', 'DZAREB'), ('DZA', 'DZACVL'), ('180', '181', '183', '186'),
     'Armed men stormed a village south of Algiers overnight and killed 52 people, many of them women and '
     'children, in the latest massacre blamed on Moslem militants.'),
    (('NIC', 'NICREB'), ('NIC', 'NICGOV', 'NICMIL'), ('190', '193'),
     'U.S.-backed Contra rebels attacked a government military post near the Honduran border on Wednesday, '
     'killing eight Sandinista soldiers, the Defence Ministry said.'),
    (('GEO', 'GEOREB', 'ABK', 'GEO'), ('GEO', 'GEOGOV', 'GEOMIL'), ('192', '190', '193'),
     'Abkhaz separatist forces captured the Black Sea port of Sukhumi on Monday, driving Georgian government '
     'troops from their last stronghold in the breakaway region.'),
    (('PAK', 'PAKEDU', 'PAKOPP', 'PAKCVL'), ('USA', 'USAGOV'), ('145', '140', '141', '181'),
     'Pakistani students set fire to the U.S. embassy in Islamabad on Wednesday after a radio report said '
     'Americans were behind the seizure of the Grand Mosque in Mecca.'),
    (('ZAR', 'ZARREB', 'COD', 'CODREB'), ('ZAR', 'ZARGOV', 'COD', 'CODGOV', 'CODCVL'), ('190', '192', '193'),
     'Rebels led by Laurent Kabila captured Lubumbashi, Zaire\'s second city, on Wednesday, dealing a heavy '
     'blow to the government of President Mobutu Sese Seko.'),
]

# batch 3: measures aimed at a people or at its authority
B3: list[Row] = [
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSECVL'), ('1723', '172', '170', '174'),
     'The Israeli army imposed a curfew on the West Bank city of Hebron on Monday, confining 120,000 '
     'Palestinians to their homes after a settler was shot dead.'),
    (('USA', 'USAGOV'), ('BIH', 'BIHREB', 'SRB', 'SRBREB', 'BIHGOV'), ('163', '160', '1631'),
     'President Clinton on Friday ordered new sanctions against the Bosnian Serbs for rejecting the '
     'international peace plan.'),
    (('IGO',), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('163', '160'),
     'The U.N. Security Council on Saturday imposed sweeping trade sanctions on Serbia and Montenegro for '
     'their role in the war in Bosnia.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNCVL', 'LBNGOV'), ('191', '172', '170', '190'),
     'Israel imposed a naval blockade on Lebanese ports on Monday, cutting off fuel supplies to Beirut '
     'as its offensive against Hizbollah entered its second week.'),
    (('CHN', 'CHNGOV'), ('CHN', 'CHNCVL'), ('1724', '172', '170'),
     'China declared martial law in the Tibetan capital Lhasa on Wednesday after three days of anti-Chinese '
     'rioting in which at least a dozen people were killed.'),
    (('CHN', 'CHNGOV'), ('CHN', 'CHNCVL', 'CHNEDU'), ('1724', '172', '170'),
     'Premier Li Peng declared martial law in parts of Beijing on Saturday in an attempt to end a month of '
     'student-led protests that have paralysed the capital.'),
    (('IRQ', 'IRQGOV'), ('IRQ', 'IRQCVL', 'IRQREB'), ('191', '172', '170', '190'),
     'Iraqi troops blockaded the southern marshes on Tuesday, cutting off food supplies to thousands of '
     'Shi\'ite Marsh Arabs, Iranian-based opposition groups said.'),
    (('EU', 'IGO', 'EUR'), ('NGA', 'NGAGOV'), ('163', '160', '1631'),
     'The European Union on Monday imposed an arms embargo on Nigeria and suspended all military '
     'co-operation in protest against the execution of nine minority rights activists.'),
    (('KEN', 'KENGOV'), ('KEN', 'KENOPP'), ('1721', '172', '170', '1722'),
     'Kenya\'s government on Friday banned a planned opposition rally in Nairobi, saying it posed a '
     'threat to public security, and deployed riot police across the city.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('163', '160', '1631'),
     'President Clinton on Tuesday signed into law a bill tightening the U.S. embargo against Cuba, '
     'a week after Cuban jets shot down two exile aircraft.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEGOV'), ('191', '1724', '172', '170', '174'),
     'Israel sealed off the Gaza Strip on Thursday and barred thousands of Palestinian labourers from '
     'entering the country after a bomb attack in Tel Aviv.'),
    (('TUR', 'TURGOV'), ('TUR', 'TURCVL'), ('1724', '172', '170'),
     'Turkey extended emergency rule in ten mainly Kurdish provinces of the southeast on Tuesday for another '
     'four months.'),
    (('MMR', 'MMRGOV'), ('MMR', 'MMREDU'), ('172', '170', '1721'),
     'Burma\'s military government closed all universities in Rangoon on Wednesday after a week of student '
     'demonstrations against the regime.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('163', '160'),
     'President Ronald Reagan on Tuesday ordered all U.S. companies to halt trade with Libya and froze '
     'Libyan government assets in the United States.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP'), ('172', '170', '1721', '1722'),
     'South Africa\'s government on Friday banned the United Democratic Front from all political activity '
     'under emergency regulations.'),
]

# batch 4: treaties, bodies, postures and halts
B4: list[Row] = [
    (('PRK', 'PRKGOV'), ('IGO',), ('161', '160', '1622', '162'),
     'North Korea said on Monday it was pulling out of the International Atomic Energy Agency, the U.N. '
     'nuclear watchdog, after the agency demanded special inspections of two suspect sites.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('161', '160', '1622', '162', '1623'),
     'The United States formally notified Russia on Thursday that it would withdraw from the 1972 '
     'Anti-Ballistic Missile treaty in six months.'),
    (('FRA', 'FRAGOV'), ('IGO',), ('161', '160', '162'),
     'France announced on Monday it was withdrawing from NATO\'s integrated military command, though it '
     'would remain a member of the alliance.'),
    (('USA', 'USAGOV', 'USAMIL'), ('IRQ', 'IRQGOV'), ('150', '152', '154', '151'),
     'The United States sent an aircraft carrier to the Gulf on Tuesday after Iraq massed troops near the '
     'Kuwaiti border, Pentagon officials said.'),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('TWN', 'TWNGOV'), ('150', '151', '152', '154'),
     'China began large-scale military exercises off its southeastern coast on Friday after Taiwan\'s '
     'president paid a private visit to the United States.'),
    (('IND', 'INDGOV', 'INDMIL'), ('PAK', 'PAKGOV'), ('150', '151', '152', '154'),
     'India put its army on high alert along the border on Monday after Pakistan tested a medium-range '
     'missile capable of carrying a nuclear warhead.'),
    (('PER', 'PERGOV'), ('PER', 'PERREB'), ('087', '0872', '080', '0871'),
     'Peruvian President Alberto Fujimori ordered security forces on Friday to halt military operations '
     'against Shining Path guerrillas in the Upper Huallaga valley during peace talks.'),
    (('GBR', 'GBRGOV'), ('GBR', 'GBRREB', 'IRL', 'IRLREB'), ('087', '0871', '0872', '080'),
     'Britain on Wednesday ordered the army to scale down its patrols in Catholic areas of Belfast in '
     'response to the Irish Republican Army\'s ceasefire.'),
    (('RUS', 'RUSGOV'), ('RUS', 'RUSREB'), ('087', '0871', '0872', '080', '0356'),
     'President Boris Yeltsin on Sunday ordered a halt to bombing raids against Chechen separatists and '
     'proposed talks with their leader Dzhokhar Dudayev.'),
    (('USA', 'USAGOV'), ('NZL', 'NZLGOV'), ('161', '160', '162', '1621', '1622'),
     'The United States suspended its security obligations to New Zealand under the ANZUS treaty on '
     'Wednesday after Wellington barred nuclear-armed warships from its ports.'),
    (('GRC', 'GRCGOV', 'GRCMIL'), ('TUR', 'TURGOV', 'TURMIL'), ('150', '151', '152'),
     'Greece put its armed forces on alert on Tuesday after Turkish warships sailed toward a disputed '
     'islet in the Aegean, defence officials said.'),
    (('SYR', 'SYRGOV'), ('IGO',), ('161', '160', '162'),
     'Syria on Sunday suspended its membership of the Arab League\'s economic council in protest against '
     'Egypt\'s readmission.'),
    (('IRN', 'IRNGOV', 'IRNMIL'), ('AFG', 'AFGREB', 'AFGGOV'), ('150', '151', '152', '154'),
     'Iran massed 70,000 troops on its border with Afghanistan on Sunday after the Taleban militia admitted '
     'killing eight Iranian diplomats in Mazar-i-Sharif.'),
    (('LKA', 'LKAGOV'), ('LKA', 'LKAREB'), ('087', '0871', '0872', '080'),
     'Sri Lanka\'s government on Thursday ordered troops to suspend offensive operations against Tamil '
     'Tiger rebels in the north for the New Year holidays.'),
]

# batch 5: other target shapes
B5: list[Row] = [
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('1311', '130', '131', '138', '1312'),
     'Defence Secretary William Cohen warned Baghdad on Sunday that it would face military strikes if it '
     'continued to block U.N. weapons inspectors.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('111', '112', '110'),
     'Israel on Friday accused Syria of allowing Hizbollah guerrillas to rearm through Damascus airport with '
     'weapons flown in from Iran.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('1056', '105', '100', '102'),
     'Argentina on Monday renewed its claim to the Falkland Islands and called on Britain to begin talks on '
     'the sovereignty of the territory.'),
    (('MAR', 'MARGOV'), ('DZA', 'DZAGOV'), ('111', '112', '110'),
     'Morocco on Tuesday accused Algeria of arming Polisario Front guerrillas fighting for the independence '
     'of Western Sahara.'),
    (('IGO',), ('KHM', 'KHMREB'), ('111', '112', '110'),
     'The U.N. peacekeeping mission in Cambodia on Friday accused the Khmer Rouge of blocking the '
     'deployment of its troops in areas under guerrilla control.'),
    (('USA', 'USAGOV'), ('PHL', 'PHLGOV'), ('073', '070', '071', '072'),
     'The United States on Wednesday sent emergency relief supplies to the Philippines after an earthquake '
     'killed more than 1,600 people in northern Luzon.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('055', '050'),
     'Japanese Emperor Akihito expressed deep remorse on Thursday for the suffering Japan inflicted on '
     'Koreans during its colonial rule, in a banquet speech for visiting South Korean President Roh '
     'Tae-woo.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAMIL', 'USAGOV'), ('0862', '086', '080', '0355'),
     'Saudi Arabia agreed on Tuesday to allow U.S. troops to be stationed on its soil to defend the kingdom '
     'against a possible Iraqi attack.'),
    (('VNM', 'VNMGOV'), ('KHM', 'KHMGOV'), ('087', '0874', '080'),
     'Vietnam said on Wednesday it had completed the withdrawal of its last troops from Cambodia, ending '
     'nearly 11 years of military occupation.'),
    (('CUB', 'CUBGOV'), ('USA', 'USACVL', 'USA'), ('0841', '084', '080'),
     'Cuba on Friday freed three American prisoners jailed for drug smuggling at the request of visiting '
     'U.S. congressmen.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRCVL', 'GBR'), ('1313', '130', '131', '138'),
     'Iran\'s spiritual leader Ayatollah Khomeini on Tuesday called on Moslems to kill British author '
     'Salman Rushdie for blaspheming Islam in his novel "The Satanic Verses".'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO',), ('125', '120', '1246', '124', '128'),
     'Yugoslav President Slobodan Milosevic on Monday rejected a NATO demand to allow alliance troops into '
     'Kosovo to police a peace deal.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('1041', '104', '100', '1042'),
     'Kuwait demanded on Sunday that Iraq return hundreds of Kuwaitis held since the 1991 Gulf war, saying '
     'there could be no normal relations until they were freed.'),
    (('IGO',), ('HTI', 'HTIGOV'), ('163', '160'),
     'The Organisation of American States voted on Friday to impose a trade embargo on Haiti to pressure '
     'the military-backed government to restore ousted President Aristide.'),
    (('USA', 'USAGOV'), ('PAN', 'PANGOV', 'PANMIL'), ('190', '192', '193'),
     'U.S. troops invaded Panama early on Wednesday to overthrow General Manuel Noriega, seizing key '
     'military installations around the capital.'),
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV'), ('0331', '033', '030', '071'),
     'Syria pledged on Monday to help the Lebanese government rebuild its army and disarm the militias that '
     'fought the 15-year civil war.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('114', '110', '111'),
     'China lodged a strong protest with the United States on Saturday over the bombing of its embassy in '
     'Belgrade by NATO warplanes.'),
    (('CHN', 'CHNGOV'), ('IGO', 'USA'), ('111', '112', '110'),
     'China on Saturday condemned the bombing of its embassy in Belgrade by NATO warplanes as a barbaric '
     'act and a gross violation of its sovereignty.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('1245', '124', '120', '125', '128'),
     'Iraq barred U.N. weapons inspectors from a suspected weapons site in Baghdad on Monday, saying the '
     'building belonged to the Agriculture Ministry.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('1312', '130', '138', '1311', '1313'),
     'Turkey warned Syria on Thursday that it would take military action unless Damascus stopped sheltering '
     'Kurdish rebel leader Abdullah Ocalan.'),
]

# batch 6: controls (no target party, history, a plan)
B6: list[Row] = [
    ((), (), _NONE,
     'Heavy fighting between government troops and rebels in 1994 left much of the town in ruins, and few '
     'of its residents have returned, aid workers said.'),
    ((), (), ('19', '18'),
     'An earthquake measuring 6.8 on the Richter scale struck northern Iran on Thursday, killing at least '
     '2,000 people and destroying thousands of homes.'),
    ((), (), ('19', '18', '17'),
     'The Berlin Wall, which divided the city for 28 years, was built by East Germany in 1961 to stop its '
     'citizens fleeing to the West.'),
    ((), (), ('16',),
     'Ministers of the Organisation of Petroleum Exporting Countries will meet in Vienna next month to '
     'discuss production quotas, the cartel\'s secretariat said.'),
    ((), (), ('19', '18'),
     'A passenger train derailed in eastern India on Friday, killing at least 40 people, railway officials '
     'said.'),
    ((), (), ('10', '11'),
     'Prices on the Tokyo Stock Exchange fell sharply on Monday as investors worried about the strength of '
     'the yen, dealers said.'),
    ((), (), ('17', '16'),
     'The government plans to privatise the state telephone company next year, the finance minister told '
     'reporters on Tuesday.'),
    ((), (), ('19', '18', '14'),
     'The Soviet army, which invaded Afghanistan in December 1979, lost some 15,000 men in the nine-year '
     'war.'),
    ((), (), ('11', '12'),
     'Floods in Bangladesh have left more than 20 million people homeless, the Red Cross said on Wednesday.'),
    ((), (), ('16', '17'),
     'The Shah of Iran fled into exile in 1979 as the Islamic revolution swept the country.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": B1, "batch2": B2, "batch3": B3, "batch4": B4, "batch5": B5,
                               "batch6": B6}
ALL32: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
