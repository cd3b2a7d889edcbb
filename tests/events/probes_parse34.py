"""Blind probes of the thirty-second session (wip/parse34): LONG era leads (1985-2005 agency copy, 30-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, IRNA, MENA, DPA, EFE, PTI and Yonhap, weighted to shapes the parse33 file has few of:
three coordinated verbs with different objects; a subject with a long apposition holding its own verb; a
lead opening with a quotation, its speaker after; "X, which ..., said on Monday that ..."; reported speech
two levels deep; a passive with its "by" agent far from the verb; "not only ... but also"; a verb whose
object is a long noun phrase with of-phrases and a relative clause; "a day after", "hours before", "in the
wake of" background clauses (which must code nothing or only their own act); lists of countries as a joint
subject or object; with controls (a long lead whose only act is background).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First run (batch 1, 53 rows, 48 leads, main ae4a6b6), country + root / actor + root / actor + code:
41 / 37 / 33; 44 / 41 / 39 with the rows corrected after it as writing errors by the codebook or the
project's conventions only: "A said that B had bombed / killed / was shelling C" is A's accusation of B
(112), as the annotation guide has it, not B's act (the Kurdish party's, Amnesty's and the U.N.
commanders' reports); a ceasefire offered is also 0356 (Aquino); villages bombarded are civilians (LBNCVL);
a plan to deploy peacekeepers rejected may be 1224 (Milosevic). After the session's first fixes: 47 / 44 / 42.

Batch 2 (30 rows, 28 leads), written after the first fixes and committed before the coder ran on it; first
run on the branch (4dc305f): 24 / 24 / 21 (main ae4a6b6: 22 / 22 / 19); 24 / 24 / 23 with two rows corrected
as codebook writing errors (refusing inspectors entry is 1245, a demand to hand over suspects 1013).
`.venv/bin/python tests/events/probes_parse34.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CALL = ('020', '025', '0256', '028', '100', '105', '1056', '1041', '1042', '1043', '1044', '102', '1052',
         '021', '0214', '024', '0241', '0243', '0244', '107', '1011')
_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114')
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823')
_ARREST = ('173', '170', '172', '1711', '175', '174')
_RECALL = ('161', '160', '1612', '164', '166')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '085', '086', '087', '0871',
          '0874', '0872', '0873')
_MEET = ('040', '042', '043', '044', '046', '036', '030')
_OFFER = ('036', '030', '031', '032', '040', '043', '020')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161')
_AID = ('070', '071', '073', '074', '030', '033', '0331', '0332', '0333', '0334')
_PULLOUT = ('0356', '035', '030', '087', '0874')
_SEAL = ('191', '19', '174', '163', '162', '160', '172', '1')

PARSE34: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- 1. three coordinated verbs with different objects
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _RECALL + ('174', '16'),
     'Ethiopia on Wednesday closed its embassy in Asmara, ordered all Eritrean diplomats to leave Addis '
     'Ababa within 48 hours and put its army on full alert along the disputed border, the official Ethiopian '
     'News Agency said.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRQ', 'IRQCVL', 'IRQKRD', 'IRQREB'), _FORCE,
     'Iraqi troops shelled Kurdish villages north of Arbil on Friday, arrested scores of young men and '
     'burned the crops of farmers suspected of helping the guerrillas, a spokesman for the Kurdish rebels '
     'said in Damascus.'),
    (('IRQMIL', 'IRQ', 'IRQGOV'), ('IRQ', 'IRQCVL', 'IRQKRD', 'IRQREB'), _ARREST,
     'Iraqi troops shelled Kurdish villages north of Arbil on Friday, arrested scores of young men and '
     'burned the crops of farmers suspected of helping the guerrillas, a spokesman for the Kurdish rebels '
     'said in Damascus.'),
    (('LKA', 'LKAMIL', 'LKAGOV'), ('LKA', 'LKAREB', 'LKAINS'), _FORCE,
     'The Sri Lankan navy sank three Tamil Tiger boats off the northeastern coast on Sunday, killed at least '
     '20 rebels and seized a large haul of weapons and ammunition, the Defence Ministry said in Colombo.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), _SANCTION + ('16', '191'),
     'Israeli Prime Minister Benjamin Netanyahu on Monday froze the transfer of tax revenues to the '
     'Palestinian Authority, halted work permits for Palestinian labourers and ordered the army to seal off '
     'the West Bank and Gaza, his office said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDCVL'), _YIELD,
     'Pakistan on Thursday released 200 Indian fishermen held for straying into its waters, handed back the '
     'bodies of two Indian soldiers and invited New Delhi to resume talks on Kashmir, the Foreign Office '
     'said in Islamabad.'),
    (('PAKGOV', 'PAK'), ('IND', 'INDGOV'), _OFFER,
     'Pakistan on Thursday released 200 Indian fishermen held for straying into its waters, handed back the '
     'bodies of two Indian soldiers and invited New Delhi to resume talks on Kashmir, the Foreign Office '
     'said in Islamabad.'),
    (('KHM', 'KHMGOV'), ('THA', 'THAGOV', 'THAMIL'), _ACCUSE,
     'Cambodia on Tuesday protested to Bangkok over the shelling of a border village, accused Thai troops of '
     'helping Khmer Rouge guerrillas and asked the United Nations to send observers to the frontier, the '
     'official SPK news agency said.'),
    # -- 2. a subject with a long apposition holding its own verb
    (('ZAF', 'ZAFOPP', 'ZAFPTY', 'ZAFELI', 'ZAFCVL', 'ZAFREB'), ('ZAF', 'ZAFGOV'), _CALL,
     'Nelson Mandela, the ANC leader who was freed in February after 27 years in prison, on Wednesday urged '
     'President F.W. de Klerk to lift the state of emergency in Natal province, the South African Press '
     'Association reported.'),
    (('AGO', 'AGOREB', 'AGOINS', 'AGOOPP', 'AGOPTY'), ('AGO', 'AGOGOV', 'AGOPTY'), _ACCUSE,
     'Jonas Savimbi, the UNITA leader whose guerrillas fought the Luanda government for 16 years with U.S. '
     'and South African backing, on Thursday rejected the results of the election and accused the ruling '
     'MPLA of massive fraud, Portuguese radio said.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), _ACCUSE,
     "Ali Akbar Velayati, Iran's foreign minister who has held the post since 1981, on Sunday accused Saudi "
     'Arabia of spilling the blood of Iranian pilgrims in Mecca and said Tehran would boycott this year\'s '
     'haj, the Islamic Republic News Agency reported.'),
    (('AFG', 'AFGREB', 'AFGMIL', 'AFGINS', 'AFGELI', 'AFGGOV', 'AFGOPP'), ('IGO', 'IGOUNO'), _CALL,
     'Ahmad Shah Masood, the ethnic Tajik commander whose forces held Kabul until the Taliban swept into the '
     'capital last year, on Tuesday called on the United Nations to stop the flow of arms to the militia, '
     'a spokesman said.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB', 'PHLINS'), _OFFER + ('0871', '087', '0356', '035'),
     'Philippine President Corazon Aquino, who came to power in February after a popular revolt toppled '
     'Ferdinand Marcos, on Friday offered a 60-day ceasefire to the communist New People\'s Army guerrillas '
     'and promised to free rebel leaders still in prison, her spokesman said.'),
    # -- 3. a lead opening with a quotation, its speaker after
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO', 'IGONAT'), _REJECT + ('1224',),
     '"We will not allow a single foreign soldier on our soil," Yugoslav President Slobodan Milosevic told a '
     'visiting Russian delegation in Belgrade on Friday, rejecting a NATO plan to deploy peacekeepers in '
     'Kosovo, Tanjug news agency said.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV'), _THREAT,
     '"The aggressor will pay a heavy price for every drop of Iraqi blood," Iraqi President Saddam Hussein '
     'said in a speech broadcast by Baghdad radio on Wednesday, warning the United States against launching '
     'any new attack on his country.'),
    (('CHN', 'CHNGOV'), ('IGO', 'EUR', 'EURLEG', 'IGOEUR'), _CRIT,
     '"This is a gross interference in China\'s internal affairs," a Foreign Ministry spokesman said in '
     'Beijing on Tuesday, condemning a resolution of the European Parliament that criticised the treatment '
     'of dissidents in Tibet, Xinhua reported.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _OFFER,
     '"The door to dialogue remains open," South Korean Unification Minister Lee Hong-koo told reporters in '
     'Seoul on Thursday, and offered to send a delegation to Pyongyang next month to discuss reunions of '
     'separated families, Yonhap reported.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _ACCUSE,
     '"Turkey is playing with fire in the Aegean," Greek Defence Minister Gerasimos Arsenis said on Monday, '
     'accusing Ankara of sending warplanes into Greek airspace more than 30 times in a single day, the '
     'Athens News Agency reported.'),
    # -- 4. "X, which ..., said on Monday that ..."
    (('IRQ', 'IRQPTY', 'IRQKRD', 'IRQOPP', 'IRQREB'), ('TUR', 'TURMIL', 'TURGOV'), _ACCUSE,
     'The Kurdistan Democratic Party, which controls much of northern Iraq, said on Monday that Turkish '
     'warplanes had bombed three of its villages near the border and killed eleven civilians, including '
     'women and children.'),
    (('NGO',), ('IDN', 'IDNMIL'), _ACCUSE,
     'Amnesty International, which has repeatedly criticised human rights abuses in Indonesia, said on '
     'Thursday that the army had tortured and killed dozens of villagers in Aceh province over the past '
     'three months.'),
    (('VNM', 'VNMGOV'), ('KHM', 'KHMGOV'), _PULLOUT,
     'The Vietnamese government, which has stationed troops in Cambodia since it overthrew the Khmer Rouge '
     'in 1979, said on Wednesday that it would withdraw all its remaining soldiers by the end of September, '
     'the official Vietnam News Agency reported.'),
    (('IGO', 'IGOUNO'), ('SOM', 'SOMREB', 'SOMUAF', 'SOMINS'), _ACCUSE + _CRIT,
     'The U.N. refugee agency, which has fed hundreds of thousands of Somalis since the famine began, said '
     'on Friday that it blamed the armed militias of Mogadishu for looting food convoys and stealing relief '
     'supplies, a spokesman said in Geneva.'),
    # -- 5. reported speech two levels deep
    (('IGO', 'IGOUNO', 'BIH', 'BIHGOV'), ('SRB', 'SRBMIL', 'BIH', 'BIHMIL', 'BIHSRB', 'SRBREB', 'BIHREB'),
     _ACCUSE,
     'Bosnian Foreign Minister Haris Silajdzic said on Wednesday that U.N. commanders had told him Serb '
     'forces were shelling Gorazde with heavy artillery despite the NATO ultimatum, Bosnian radio reported.'),
    (('SAU', 'SAUGOV'), ('USA', 'USAGOV', 'USAMIL'), _REJECT,
     'Egyptian President Hosni Mubarak said on Saturday that King Fahd of Saudi Arabia had told him Riyadh '
     'would not allow U.S. warplanes to use Saudi bases for strikes on Iraq, the Middle East News Agency '
     'reported.'),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), _CRIT + ('130', '13'),
     'A German government spokesman said on Tuesday that Chancellor Helmut Kohl had told Russian President '
     'Boris Yeltsin by telephone that the bombing of Grozny was unacceptable and must stop at once, DPA news '
     'agency reported.'),
    # -- 6. a passive with its "by" agent far from the verb
    (('KEN', 'KENCOP', 'KENGOV'), ('KEN', 'KENLEG', 'KENOPP'), _ARREST,
     'Three opposition deputies were arrested in Nairobi on Saturday night, hours after they addressed a '
     'banned rally calling for multi-party democracy, by plainclothes policemen of the Special Branch, their '
     'lawyers said.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECVL'), ('1712', '171', '17', '190', '19', '180'),
     'Dozens of Palestinian homes in the Gaza Strip town of Khan Younis were demolished on Monday with '
     'bulldozers escorted by tanks and helicopter gunships by Israeli troops searching for tunnels used to '
     'smuggle arms, Palestinian security sources said.'),
    (('ESP', 'ESPGOV'), ('GBR', 'GBRGOV'), _REJECT,
     'A British proposal for talks on the future of Gibraltar was rejected on Monday, in a letter delivered '
     'to the British embassy in Madrid, by the Spanish Foreign Ministry, EFE news agency reported.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), _CRIT + ('130', '13'),
     'The downing of two civilian planes flown by Cuban exiles off Havana was condemned in the strongest '
     'terms on Sunday by President Bill Clinton, who said the attack was a flagrant violation of '
     'international law, White House officials said.'),
    # -- 7. "not only ... but also"
    (('IRN', 'IRNMIL', 'IRNGOV'), ('IRQ', 'IRQMIL'), _FORCE,
     'Iran not only rejected the U.N. ceasefire plan on Sunday but also launched a new offensive against '
     'Iraqi positions east of Basra, Baghdad radio said, quoting a military spokesman.'),
    (('IRNGOV', 'IRN'), ('IGO', 'IGOUNO'), _REJECT,
     'Iran not only rejected the U.N. ceasefire plan on Sunday but also launched a new offensive against '
     'Iraqi positions east of Basra, Baghdad radio said, quoting a military spokesman.'),
    (('LBY', 'LBYGOV'), ('EGY', 'EGYGOV'), _RECALL,
     'Libya not only expelled thousands of Egyptian workers on Tuesday but also closed its border with Egypt '
     'and recalled its envoy from Cairo, the Egyptian news agency MENA reported.'),
    (('USA', 'USAGOV'), ('HTI', 'HTIGOV', 'HTIMIL'), ('162', '160', '1621', '1622', '16', '163'),
     'The United States not only condemned the military coup in Haiti on Monday but also suspended all '
     'economic and military aid to Port-au-Prince, a State Department spokeswoman said.'),
    # -- 8. a verb whose object is a long noun phrase with of-phrases and a relative clause
    (('MAR', 'MARGOV'), ('MAR', 'MAROPP', 'MARCVL', 'MARREL', 'MARRAD'), _YIELD,
     'Moroccan King Hassan on Wednesday ordered the release of 400 political prisoners held in the Kenitra '
     'jail, including members of a banned Islamic movement who had been sentenced to death for plotting '
     'against the throne, the official MAP agency said.'),
    (('IGO', 'EUR', 'IGOEUR'), ('YUG', 'YUGGOV', 'SVN', 'HRV', 'SRB'), _SANCTION,
     'The European Community on Monday imposed an embargo on the sale of arms to all the republics of the '
     'former Yugoslavia, including the breakaway states of Slovenia and Croatia which declared independence '
     'in June, EC foreign ministers said in Brussels.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _CALL,
     'Kuwait on Tuesday demanded the return of more than 600 Kuwaiti prisoners of war and civilians who '
     'were taken to Iraq by retreating Iraqi troops at the end of the 1991 Gulf War, the Kuwait News Agency '
     'said.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV', 'LBNREB', 'LBNINS', 'LBNCVL'), _FORCE + ('1', '17'),
     'Israel on Sunday launched a massive bombardment of the villages of south Lebanon from which the '
     'Hezbollah guerrillas of the Party of God had fired rockets into Galilee, forcing tens of thousands of '
     'people to flee north, Lebanese police said.'),
    # -- 9. "a day after", "hours before", "in the wake of" background clauses
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), _REJECT,
     "Hours before U.S. Secretary of State George Shultz arrived in Amman on Saturday, Jordan's King Hussein "
     'said he would not join direct peace talks with Israel without the Palestine Liberation Organisation, '
     'the Jordanian news agency Petra reported.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSECVL', 'PSEGOV'), _SEAL,
     'In the wake of a suicide bombing that killed 21 people at a Tel Aviv bus stop, Israel on Monday sealed '
     'off the West Bank and Gaza Strip and barred Palestinian workers from entering the country, army radio '
     'said.'),
    (('KOR', 'KORGOV'), ('KOR', 'KOROPP', 'KORPTY', 'KORLEG'), _OFFER,
     'A day after thousands of students clashed with riot police in central Seoul, South Korean President '
     'Chun Doo-hwan on Thursday offered to hold talks with opposition leaders on constitutional reform, '
     'Yonhap news agency reported.'),
    ((), (), ('19', '18', '08', '03', '05'),
     'Hours before the ceasefire was due to take effect at midnight, the streets of Sarajevo were quiet on '
     'Sunday and residents ventured out to queue for water and bread, U.N. officials said.'),
    ((), (), ('11', '12', '16', '19'),
     'In the wake of the Chernobyl nuclear disaster, the Swedish government on Tuesday announced plans to '
     "close all of the country's nuclear power stations by the year 2010, the energy ministry said in "
     'Stockholm.'),
    ((), (), ('19', '18', '07'),
     'A week after an earthquake killed more than 25,000 people in northwest Armenia, rescue teams were '
     'still pulling survivors from the rubble of Leninakan on Saturday, TASS news agency said.'),
    # -- 10. lists of countries as a joint subject or object
    (('GBR', 'GBRGOV', 'FRA', 'FRAGOV', 'DEU', 'DEUGOV', 'ITA', 'ITAGOV'), ('IRN', 'IRNGOV'), _RECALL,
     'Britain, France, Germany and Italy on Wednesday recalled their ambassadors from Tehran in protest at a '
     'Berlin court ruling that Iranian leaders had ordered the killing of four Kurdish dissidents, diplomats '
     'said.'),
    (('EGY', 'EGYGOV', 'SAU', 'SAUGOV', 'SYR', 'SYRGOV'), ('IRQ', 'IRQGOV'), _THREAT,
     'Egypt, Saudi Arabia and Syria on Monday warned Iraq that it faced a devastating war unless it pulled '
     'its troops out of Kuwait, in a joint statement issued after a meeting of their foreign ministers in '
     'Cairo.'),
    (('NGA', 'NGAGOV', 'NGAMIL', 'GHA', 'GHAGOV', 'GIN', 'GINGOV', 'SLE', 'SLEGOV'), ('LBR', 'LBRGOV'),
     ('074', '07', '070', '073', '042', '0'),
     'Nigeria, Ghana, Guinea and Sierra Leone on Saturday sent more than 3,000 troops to Liberia to enforce '
     'a ceasefire between the government and rebel forces, a West African official said.'),
    (('USA', 'USAGOV'), ('IND', 'INDGOV'), ('085', '080', '081', '08', '0'),
     'The United States on Tuesday lifted sanctions against India and Pakistan imposed after their nuclear '
     'tests last year, saying both countries had taken steps to curb the spread of nuclear weapons, the '
     'White House said.'),
    (('USAGOV', 'USA'), ('PAK', 'PAKGOV'), ('085', '080', '081', '08', '0'),
     'The United States on Tuesday lifted sanctions against India and Pakistan imposed after their nuclear '
     'tests last year, saying both countries had taken steps to curb the spread of nuclear weapons, the '
     'White House said.'),
    (('JPN', 'JPNGOV'), ('BGD', 'BGDGOV', 'BGDCVL'), _AID,
     'Japan on Friday offered emergency aid worth $10 million to Bangladesh, Burma and Nepal, where floods '
     'have killed more than 1,000 people and left millions homeless, the Foreign Ministry said in Tokyo.'),
    (('JPNGOV', 'JPN'), ('NPL', 'NPLGOV', 'NPLCVL'), _AID,
     'Japan on Friday offered emergency aid worth $10 million to Bangladesh, Burma and Nepal, where floods '
     'have killed more than 1,000 people and left millions homeless, the Foreign Ministry said in Tokyo.'),
    # -- other shapes across the codebook
    (('COL', 'COLCOP', 'COLGOV'), ('COL', 'COLCRM'), _ARREST,
     'Colombian police, acting on a tip from an informer, raided a ranch near Medellin on Wednesday, seized '
     'two tonnes of cocaine and arrested 14 members of the drug cartel, including a cousin of its leader, '
     'the national police said.'),
    (('IGO', 'IGOAFR', 'AFR'), ('ETH', 'ETHGOV'), _CALL,
     'The Organisation of African Unity, which has mediated between the two sides since the war broke out, '
     'on Tuesday appealed to Ethiopia and Eritrea to accept its peace plan and stop the fighting on their '
     'common border, the OAU said in a statement.'),
    (('IDN', 'IDNMIL'), ('IDN', 'IDNREB', 'IDNINS', 'TMP', 'TLS', 'TMPREB', 'TLSREB'), _FORCE,
     'Indonesian troops, who have been fighting separatist guerrillas in East Timor since 1975, on Monday '
     'killed six members of the Fretilin movement in a clash near the town of Baucau, military sources in '
     'Dili said.'),
]

PARSE34B: list[Row] = [
    # batch 2: written blind after the first fixes, before the coder was run on it
    # -- three coordinated verbs, lists of acts
    (('TUR', 'TURCOP', 'TURGOV'), ('TUR', 'TURMED', 'TURCVL', 'TUROPP'), _ARREST,
     'Turkish police raided the Istanbul offices of a pro-Kurdish daily on Thursday, confiscated its '
     'computers and archives and detained 16 journalists, the newspaper said in a statement.'),
    (('SDN', 'SDNMIL', 'SDNGOV'), ('SDN', 'SDNCVL', 'SDNREB'), _FORCE,
     'Sudanese government troops overran the rebel town of Kapoeta on Saturday, burned dozens of huts and '
     'killed at least 40 civilians, a spokesman for the Sudan People\'s Liberation Army said in Nairobi.'),
    (('FRA', 'FRAGOV'), ('IRN', 'IRNGOV'), _RECALL + ('174', '16'),
     'France on Friday broke off diplomatic relations with Iran, ordered the Iranian embassy in Paris '
     'surrounded by police and expelled two Iranian diplomats, a Foreign Ministry spokesman said.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSREB', 'RUSINS', 'RUSCVL'), _FORCE,
     'Russian troops encircled the Chechen village of Samashki on Friday, set up roadblocks on every road '
     'and shelled the houses with heavy artillery, Interfax news agency quoted witnesses as saying.'),
    # -- long apposition with its own verb
    (('PSE', 'PSEGOV', 'PSEREB', 'PSEINS', 'PSEOPP'), ('ISR', 'ISRGOV'), _ACCUSE,
     'Yasser Arafat, the PLO chairman who returned to Gaza last year after 27 years in exile, on Monday '
     'accused Israel of strangling the Palestinian economy by keeping the borders of the self-rule areas '
     'closed, the WAFA news agency said.'),
    (('RUS', 'RUSGOV', 'RUSELI', 'RUSOPP', 'RUSLEG'), ('USA', 'USAGOV'), _CRIT,
     'Mikhail Gorbachev, the former Soviet president whose reforms ended the Cold War, on Tuesday sharply '
     'criticised Washington for pushing NATO eastward to Russia\'s borders, Itar-Tass news agency reported.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), _ACCUSE,
     'Robert Mugabe, who has ruled Zimbabwe since its independence from Britain in 1980, on Wednesday '
     'accused London of funding the opposition to overthrow his government, the state-run Herald newspaper '
     'reported.'),
    # -- opening quotation, speaker after
    (('IRN', 'IRNGOV', 'IRNREL'), ('USA', 'USAGOV'), _CRIT + _THREAT,
     '"America is the enemy of all oppressed nations," Iran\'s supreme leader Ayatollah Ali Khamenei told '
     'a crowd in Tehran on Friday, denouncing U.S. sanctions against the Islamic Republic, IRNA reported.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _REJECT + _CRIT,
     '"The Chinese people will never accept such bullying," Foreign Minister Qian Qichen told reporters in '
     'Beijing on Thursday, rejecting U.S. demands that China stop selling missile technology to Pakistan.'),
    # -- X, which ..., said that
    (('IGO', 'IGOUNO', 'IGOUNHCR'), ('RWA', 'RWAGOV', 'RWAMIL'), _ACCUSE,
     'The U.N. High Commissioner for Refugees, which runs the camps in eastern Zaire, said on Tuesday that '
     'Rwandan troops had forced thousands of refugees back across the border at gunpoint.'),
    (('NGO',), ('DZA', 'DZAGOV', 'DZAMIL'), _ACCUSE + _CRIT,
     'Human Rights Watch, which has sent three missions to Algeria since 1992, said on Monday that the '
     'security forces had tortured hundreds of suspected Islamists in secret detention centres.'),
    # -- two levels of reported speech
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _REJECT + ('16', '164'),
     'South Korean officials said on Wednesday that North Korean negotiators had told them at Panmunjom '
     'that Pyongyang would boycott the next round of talks on family reunions.'),
    # -- a passive with a late agent
    (('ISR', 'ISRMIL'), ('LBN', 'LBNCVL', 'LBNGOV'), _FORCE,
     'Three Lebanese fishing boats were sunk off the southern port of Tyre on Thursday, two days after the '
     'guerrillas fired rockets into Galilee, by Israeli navy gunboats, Lebanese security sources said.'),
    (('SRB', 'SRBMIL', 'SRBCOP', 'YUG', 'YUGMIL', 'YUGCOP'), ('ALB', 'SRBALB', 'ALBCVL', 'SRBCVL', 'KSV'),
     _FORCE,
     'More than 20 ethnic Albanian villagers were killed in the Drenica region on Friday with weapons '
     'issued by the army by Serbian special police units, the Kosovo Information Centre said.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _CRIT + ('130', '13'),
     'China\'s decision to carry out another nuclear test at Lop Nur was condemned on Saturday, in a '
     'statement issued in Tokyo after an emergency cabinet meeting, by the Japanese government.'),
    # -- not only ... but also
    (('IRQ', 'IRQGOV'), ('IGO', 'IGOUNO'), _REJECT + ('1245',),
     'Iraq not only refused on Wednesday to let U.N. arms inspectors into the presidential palaces but also '
     'threatened to shoot down American U-2 spy planes flying over its territory, diplomats said.'),
    (('IRQGOV', 'IRQ'), ('USA', 'USAGOV', 'USAMIL'), _THREAT,
     'Iraq not only refused on Wednesday to let U.N. arms inspectors into the presidential palaces but also '
     'threatened to shoot down American U-2 spy planes flying over its territory, diplomats said.'),
    # -- a long object with of-phrases and a relative clause
    (('KHM', 'KHMGOV'), ('VNM', 'VNMGOV', 'VNMCVL'), ('174', '17', '166', '1'),
     'Cambodia on Tuesday ordered the expulsion of hundreds of Vietnamese fishermen living in floating '
     'villages on the Tonle Sap lake who had no residence papers, the official SPK news agency said.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _YIELD + ('081',),
     'Britain on Friday agreed to the lifting of the protection zone of 150 miles around the Falkland '
     'Islands which it imposed after the 1982 war with Argentina, a Foreign Office spokesman said.'),
    # -- background clauses: a day after, hours before, in the wake of
    (('NGA', 'NGAGOV'), ('NGA', 'NGAOPP', 'NGAMED', 'NGAPTY'), _ARREST,
     'A day after thousands of people marched through Lagos to demand an end to military rule, Nigerian '
     'security agents on Friday arrested two leading pro-democracy activists, their lawyer said.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _THREAT,
     'Hours before a U.N. deadline for Iraq to pull out of Kuwait expired, President George Bush on Tuesday '
     'warned Saddam Hussein that he faced an attack by overwhelming force, the White House said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _RECALL + ('174',),
     'In the wake of an attack on the Indian parliament that New Delhi blamed on Pakistan-based militants, '
     'Pakistan on Thursday expelled an Indian diplomat from Islamabad for spying, Associated Press of '
     'Pakistan said.'),
    ((), (), ('19', '18'),
     'A day after the worst flooding in a century swept through the Oder valley, thousands of Polish '
     'soldiers on Monday were piling sandbags along the river banks near Wroclaw, PAP news agency said.'),
    ((), (), ('19', '18', '17'),
     'Hours before polling stations opened across the country, the streets of Algiers were quiet on '
     'Thursday as voters prepared to choose a new parliament, the official APS agency said.'),
    # -- lists of countries
    (('USA', 'USAGOV', 'GBR', 'GBRGOV', 'FRA', 'FRAGOV'), ('LBY', 'LBYGOV'), _CALL + ('1013',),
     'The United States, Britain and France on Wednesday demanded that Libya hand over two suspects in the '
     'bombing of a Pan Am jet over Lockerbie and pay compensation to the victims\' families.'),
    (('CHN', 'CHNGOV'), ('PRK', 'PRKGOV'), _AID,
     'China on Monday offered food aid worth 20 million yuan to North Korea, Laos and Mongolia, the official '
     'Xinhua news agency said.'),
    (('CHNGOV', 'CHN'), ('MNG', 'MNGGOV'), _AID,
     'China on Monday offered food aid worth 20 million yuan to North Korea, Laos and Mongolia, the official '
     'Xinhua news agency said.'),
    (('GRC', 'GRCGOV', 'CYP', 'CYPGOV'), ('TUR', 'TURGOV'), _CRIT + _ACCUSE,
     'Greece and Cyprus on Sunday condemned Turkey for the killing of a Greek Cypriot demonstrator in the '
     'U.N. buffer zone and accused Turkish troops of firing on unarmed civilians, state radio said.'),
    # -- other shapes
    (('THA', 'THAMIL', 'THAGOV'), ('MMR', 'MMRMIL', 'MMRGOV'), _FORCE,
     'Thai troops, who had been ordered to defend the border at all costs, on Sunday shelled Burmese army '
     'positions across the Moei river after Burmese shells landed in the town of Mae Sot, officials said.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), _OFFER + _MEET,
     'Israeli Prime Minister Yitzhak Rabin, speaking to reporters after a cabinet meeting in Jerusalem on '
     'Sunday, invited Syrian President Hafez al-Assad to meet him for direct talks anywhere in the world.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE34, "batch2": PARSE34B}
ALL34: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
