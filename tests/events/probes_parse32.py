"""Blind probes of the thirtieth session (wip/parse32): LONG era leads (1985-2005 agency copy, 35-60 words,
dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI, Xinhua,
TASS, Kyodo, KCNA, IRNA, MENA, DPA and EFE, weighted to the classes parse31 and lead31 left open: an act in a
conjunct after a long first clause (the second verb's own object and act); an act told in a participle or
"-ing" clause after the main act (coded only when it is one, never a result clause such as "ending a war");
parties in a between-phrase or an of-phrase of the act noun, also when a third party announces it; a
subject separated from its verb by a long apposition or relative clause with its own verb and commas, and a
fronted "In a move ..." / "Despite ..." / "Under threat of ..." phrase; with controls (a long lead whose
only act is background, history or a plan, or whose participle is a result).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it.

First run (batch 1, 114 rows, 96 leads, main a2c3a59), country + root / actor + root / actor + code: 84 / 72 /
67; 86 / 78 / 75 with the rows corrected after it as writing errors by the codebook or the actor tables only:
police are COP (three rows), a former president is ELI (Carter), weapons and fuel sent to a government are
military aid (072), "agreed to give loans" is an intent to give economic aid (0331), "agreed to allow
inspectors to resume" an intent to yield (0355), a plan rejected is 127, unplaced armed men are UAF. Three
rows had their accepted sources reordered (same set) so a strict gap names one row of a sentence probed twice.
After the session's fixes: 96 / 88 / 85.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_MEET = ('040', '042', '043', '044', '046', '036')
_SIGN = ('057', '050', '030', '031', '035', '046')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '192')
_CRIT = ('111', '112', '110', '114')
_TRUCE = ('0871', '087', '057', '050', '030')
_PULL = ('0874', '087', '080')

PARSE32: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- 1. an act in a conjunct after a long first clause
    (('FJIREB', 'FJI', 'FJIINS', 'FJIOPP', 'FJICVL', 'FJIUAF'), ('FJIGOV', 'FJILEG', 'FJI'), ('181', '180',
                                                                                      '1811'),
     "Armed men led by failed businessman George Speight stormed Fiji's parliament in Suva on Friday and "
     'took Prime Minister Mahendra Chaudhry and dozens of lawmakers hostage, declaring that they had seized '
     'power on behalf of indigenous Fijians, witnesses said.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('KWT', 'KWTGOV'), ('192', '190', '193', '195', '1951'),
     'Iraqi troops backed by tanks poured across the border into Kuwait before dawn on Thursday after weeks '
     'of bitter wrangling over oil prices and debts and seized the emirate\'s capital, forcing the ruling '
     'emir to flee to Saudi Arabia, residents said.'),
    (('USA', 'USAGOV', 'USAMIL'), ('PAN', 'PANGOV', 'PANMIL'), ('190', '193', '195', '192', '173', '172'),
     'U.S. troops launched a massive assault on Panama City early on Wednesday in an attempt to topple '
     'military strongman General Manuel Antonio Noriega and installed Guillermo Endara as president at a '
     'U.S. military base, Pentagon officials said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('125', '120', '128', '163', '160'),
     'China, furious over the NATO bombing of its embassy in Belgrade in which three Chinese journalists '
     'died, on Monday suspended its dialogue with the United States on human rights and arms control, the '
     'Xinhua news agency reported.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('USA', 'USAGOV', 'USAMED', 'GBR', 'GBRGOV', 'IGO', 'NGO', 'USAJRN'),
     ('174', '170', '166', '164', '163'),
     'Yugoslav authorities on Wednesday accused Western journalists of spreading lies about the situation '
     'in Kosovo and ordered them to leave the country within 48 hours, the independent Beta '
     'news agency said.'),
    (('PRK', 'PRKGOV'), ('IGO', 'IGOUNO', 'IGOIAEA'), ('174', '170', '166', '164', '163', '1246', '124'),
     'North Korea on Friday removed the seals and surveillance cameras that U.N. inspectors had '
     'placed on its '
     'nuclear reactor at Yongbyon and ordered the inspectors to leave the country, the International Atomic '
     'Energy Agency said in Vienna.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGGOV', 'AFGREB', 'AFGINS'),
     ('138', '130', '1383', '139', '152', '150', '154'),
     'Iran, which accuses the Taleban militia of killing eight of its diplomats in the northern Afghan city '
     'of Mazar-i-Sharif, massed some 70,000 troops on the border on Tuesday and warned the Taleban it would '
     'not tolerate further provocations, IRNA news agency said.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNINS', 'LBNMIL'), ('190', '193', '195', '194'),
     'Israeli warplanes and helicopter gunships pounded suspected Hezbollah positions in south Lebanon for a '
     'third day on Saturday and Israeli artillery shelled villages near the border zone, forcing thousands '
     'of residents to flee north, Lebanese security sources said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('161', '160', '164', '166', '174'),
     'Pakistan, accusing India of sponsoring a bomb blast in Lahore that killed 11 people, '
     'expelled an Indian '
     'diplomat on Sunday and recalled its own deputy high commissioner from New Delhi for consultations, '
     'the Foreign Office said.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('138', '130', '139', '1383', '150', '152'),
     'Turkey, which has long complained that Syria shelters Kurdish rebel leader Abdullah Ocalan, moved '
     'thousands of troops to the border on Friday and told Damascus it would use force unless he was handed '
     'over, Anatolian news agency said.'),
    (('SDN', 'SDNGOV'), ('USA', 'USAGOV'), ('161', '160', '164', '166', '172', '174', '1611'),
     'Sudan on Thursday condemned the U.S. missile strike on a pharmaceutical factory in Khartoum as an act '
     'of terrorism and recalled its diplomatic staff from Washington, the official Sudan News Agency '
     'reported.'),
    (('SDN', 'SDNGOV'), ('USA', 'USAGOV'), _CRIT + ('1121',),
     'Sudan on Thursday condemned the U.S. missile strike on a pharmaceutical factory in Khartoum as an act '
     'of terrorism and recalled its diplomatic staff from Washington, the official Sudan News Agency '
     'reported.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('RUSREB', 'RUSINS', 'RUS', 'RUSCVL'), _FORCE,
     "Russian forces encircled the Chechen capital Grozny on Thursday after weeks of heavy air raids and "
     'began shelling the city\'s southern districts with artillery and rockets, cutting off the rebels\' '
     'last supply routes, Interfax news agency reported.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('163', '160', '164', '1621', '162', '166', '161'),
     'Japan, stunned by North Korea\'s launch of a multi-stage rocket that flew over its main island of '
     'Honshu, on Tuesday froze food aid to Pyongyang and suspended talks on normalising diplomatic ties, '
     'Chief Cabinet Secretary Hiromu Nonaka said.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('161', '160', '164', '166'),
     'Britain, angered by Iran\'s refusal to lift the death sentence on novelist Salman Rushdie, on Tuesday '
     'withdrew its charge d\'affaires from Tehran and ordered Iranian diplomats in London to leave, the '
     'Foreign Office said.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('174', '170', '166', '164', '161', '160'),
     'Britain, angered by Iran\'s refusal to lift the death sentence on novelist Salman Rushdie, on Tuesday '
     'withdrew its charge d\'affaires from Tehran and ordered Iranian diplomats in London to leave, the '
     'Foreign Office said.'),
    (('IDN', 'IDNGOV', 'IDNMIL'), ('TMP', 'TMPREB', 'TMPINS', 'IDNREB', 'IDNINS', 'PRT'), ('173', '170',
                                                                                        '171', '172', '175'),
     'Indonesian troops on Friday rounded up dozens of pro-independence activists in Dili after a night of '
     'street protests in the East Timorese capital and detained a Portuguese journalist who had filmed the '
     'arrests, witnesses told Reuters.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), _SIGN + ('0871', '087'),
     'Armenia and Azerbaijan, locked in a six-year war over the mountain enclave of '
     'Nagorno-Karabakh that has '
     'killed more than 20,000 people, agreed in Moscow on Monday to a ceasefire and signed a protocol on '
     'withdrawing their forces, TASS said.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('NGA', 'NGACVL', 'NGAOPP', 'NGAHRI', 'NGAJRN', 'NGAMED', 'NGALAB'),
     ('173', '170', '172', '171'),
     'Nigeria\'s military government, facing its biggest challenge since General Sani Abacha '
     'seized power, on '
     'Tuesday arrested the leaders of the striking oil workers\' union and sealed off the offices of three '
     'opposition newspapers in Lagos, union officials said.'),
    # -- 2. an act in a participle or "-ing" clause after the main act
    (('LKA', 'LKAMIL', 'LKAGOV'), ('LKAREB', 'LKAINS', 'LKA'), _FORCE,
     'Sri Lankan troops backed by tanks and air force jets captured the rebel-held town of Kilinochchi on '
     'Tuesday after a week of fierce fighting, tightening their grip on the Tamil Tigers\' last '
     'stronghold in '
     'the northern Wanni jungles, military officials said.'),
    (('USA', 'USAGOV', 'USAELI'), ('PRK', 'PRKGOV'), _MEET + ('057', '050', '030'),
     'Former U.S. President Jimmy Carter met North Korean leader Kim Il-sung in Pyongyang on Friday and won '
     'his pledge to freeze the country\'s nuclear programme, defusing a crisis that had raised fears of war '
     'on the Korean peninsula, Carter told reporters.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'IGOUNO', 'USA', 'USAGOV'), _CRIT + ('120', '125', '128'),
     'Iraq on Sunday rejected a U.N. report on its weapons programmes as a pack of lies, saying the chief '
     'inspector Richard Butler was a spy working for Washington and should be removed from his post, the '
     'official Iraqi News Agency said.'),
    (('IRQGOV', 'IRQ'), ('IGO', 'IGOUNO', 'USA', 'USAGOV', 'AUS', 'AUSGOV'), _CRIT,
     'Iraq on Sunday rejected a U.N. report on its weapons programmes as a pack of lies, saying the chief '
     'inspector Richard Butler was a spy working for Washington and should be removed from his post, the '
     'official Iraqi News Agency said.'),
    (('AZE', 'AZEGOV', 'AZEMIL'), ('ARM', 'ARMMIL', 'ARMREB', 'AZEREB', 'AZE'), _FORCE,
     'Azerbaijani forces on Sunday launched an offensive against ethnic Armenian positions north of '
     'Nagorno-Karabakh, shelling the town of Martakert with heavy artillery and multiple rocket launchers, '
     'the Armenian defence ministry said.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('TURREB', 'TURINS', 'IRQREB', 'IRQINS', 'TUR', 'IRQ'), _FORCE,
     'Some 35,000 Turkish troops backed by jets and tanks pushed deep into northern Iraq on Monday, '
     'attacking bases of the Kurdistan Workers Party in the mountains along the border in the biggest '
     'cross-border operation for years, Turkish officials said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSEREB'), _SIGN,
     'Israel and the PLO signed an agreement in Washington on Thursday extending Palestinian self-rule to '
     'most of the West Bank, handing over six towns to the Palestinians and setting a date for the election '
     'of a Palestinian council, officials said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSEREB'), ('0874', '087', '080', '084', '0841', '081', '057'),
     'Israeli troops pulled out of the West Bank city of Jenin on Monday after 28 years of occupation, '
     'handing the city over to Palestinian police in a ceremony watched by thousands of cheering residents, '
     'Israel Radio said.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), _CRIT + ('120', '125', '128'),
     'China on Saturday rejected Hong Kong Governor Chris Patten\'s plans for electoral reform in the colony '
     'as a breach of the Sino-British Joint Declaration, accusing Britain of trying to prolong its rule '
     'beyond 1997, the Xinhua news agency said.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), _CRIT,
     'China on Saturday rejected Hong Kong Governor Chris Patten\'s plans for electoral reform in the colony '
     'as a breach of the Sino-British Joint Declaration, accusing Britain of trying to prolong its rule '
     'beyond 1997, the Xinhua news agency said.'),
    (('ETH', 'ETHGOV', 'ETHMIL'), ('ERI', 'ERIGOV', 'ERIMIL'), _FORCE,
     'Ethiopian troops on Wednesday captured the western Eritrean town of Barentu after three days of heavy '
     'fighting, driving Eritrean forces back across the Mareb river and forcing tens of thousands of '
     'civilians to flee, the Ethiopian government said.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV', 'IGONAT', 'IGO'), _CRIT + ('161', '160', '163', '164'),
     'Russia on Wednesday recalled its ambassador from Washington and suspended contacts with '
     'NATO in protest '
     'at the alliance\'s air strikes on Yugoslavia, denouncing the raids as naked aggression against a '
     'sovereign state, the Foreign Ministry said.'),
    (('PER', 'PERGOV', 'PERMIL'), ('PERREB', 'PERINS', 'PER'), ('173', '170', '171'),
     'Peruvian police on Saturday captured Abimael Guzman, the leader of the Maoist Shining Path guerrilla '
     'group, in a raid on a house in a Lima suburb, dealing the biggest blow in 12 years to an insurgency '
     'that has cost 25,000 lives, officials said.'),
    (('KOR', 'KORGOV', 'KORMIL'), ('PRK', 'PRKMIL', 'PRKGOV'), ('190', '193', '195', '194', '186', '180'),
     'South Korean navy ships on Friday sank a North Korean submarine that had strayed into southern waters '
     'off the east coast port of Donghae, firing depth charges after it ignored warning shots, the Defence '
     'Ministry in Seoul said.'),
    (('ALB', 'ALBGOV'), ('ALBREB', 'ALBINS', 'ALB', 'ALBCVL'), ('0874', '087', '081', '080'),
     'Albanian President Sali Berisha on Sunday offered an amnesty to armed rebels who have '
     'seized control of '
     'much of southern Albania, calling on them to hand in their weapons within a week, state television '
     'reported.'),
    # result-clause controls: the participle is a result, no act of its own
    ((), (), ('19', '18', '17'),
     'Guatemala\'s government and leftist guerrillas signed a final peace accord at the National Palace on '
     'Sunday, ending 36 years of civil war that killed or left missing some 200,000 people, in a ceremony '
     'attended by U.N. Secretary-General Boutros Boutros-Ghali.'),
    (('GTM', 'GTMGOV'), ('GTMREB', 'GTMINS', 'GTM'), _SIGN,
     'Guatemala\'s government and leftist guerrillas signed a final peace accord at the National Palace on '
     'Sunday, ending 36 years of civil war that killed or left missing some 200,000 people, in a ceremony '
     'attended by U.N. Secretary-General Boutros Boutros-Ghali.'),
    ((), (), ('14', '13'),
     'South Korea\'s government and the main labour federation reached agreement on a revised labour law '
     'early on Friday after all-night talks, averting a general strike that had threatened to shut down '
     'the country\'s car and shipbuilding industries, Yonhap said.'),
    ((), (), ('19', '18'),
     'India and Pakistan agreed on Thursday to reopen a bus link across the Line of Control in Kashmir, '
     'easing tensions that had brought the nuclear-armed neighbours close to war over the disputed region '
     'two years ago, officials in New Delhi said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('030', '036', '057', '031', '050', '081', '086', '0861', '082'),
     'India and Pakistan agreed on Thursday to reopen a bus link across the Line of Control in Kashmir, '
     'easing tensions that had brought the nuclear-armed neighbours close to war over the disputed region '
     'two years ago, officials in New Delhi said.'),
    ((), (), ('19', '18', '17'),
     'The Philippine government and Moslem rebels of the Moro National Liberation Front signed a peace '
     'agreement in Manila on Monday, formally ending a 24-year insurgency in the southern island of '
     'Mindanao that killed more than 120,000 people, Reuters reported.'),
    # -- 3. parties in a between-phrase or an of-phrase of the act noun
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), _TRUCE,
     'U.N. Secretary-General Javier Perez de Cuellar announced on Monday that a ceasefire between Iran and '
     'Iraq would take effect on August 20, ending nearly eight years of war, and that direct peace talks '
     'would open in Geneva five days later.'),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNGOV'), _TRUCE,
     'U.N. Secretary-General Javier Perez de Cuellar announced on Monday that a ceasefire between Iran and '
     'Iraq would take effect on August 20, ending nearly eight years of war, and that direct peace talks '
     'would open in Geneva five days later.'),
    (('IGO', 'IGOUNO'), ('IRN', 'IRNGOV', 'IRQ', 'IRQGOV'), ('0871', '087', '057', '030', '036', '043',
                                                           '046', '040'),
     'U.N. Secretary-General Javier Perez de Cuellar announced on Monday that a ceasefire between Iran and '
     'Iraq would take effect on August 20, ending nearly eight years of war, and that direct peace talks '
     'would open in Geneva five days later.'),
    (('COL', 'COLGOV'), ('COLREB', 'COLINS', 'COL'), _MEET,
     'Peace talks between the Colombian government and the Revolutionary Armed Forces of Colombia (FARC) '
     'resumed on Thursday in the rebel-held zone of San Vicente del Caguan after a three-month suspension '
     'over the hijacking of an airliner, government negotiators said.'),
    (('COLREB', 'COLINS', 'COL'), ('COL', 'COLGOV'), _MEET,
     'Peace talks between the Colombian government and the Revolutionary Armed Forces of Colombia (FARC) '
     'resumed on Thursday in the rebel-held zone of San Vicente del Caguan after a three-month suspension '
     'over the hijacking of an airliner, government negotiators said.'),
    (('SYR', 'SYRGOV', 'SYRMIL'), ('LBN', 'LBNGOV'), _PULL,
     'The withdrawal of Syrian troops from Lebanon began on Tuesday as convoys of trucks carrying soldiers '
     'and equipment crossed the border at Masnaa, ending a military presence of almost 30 years, Lebanese '
     'security sources said.'),
    (('USR', 'USRGOV', 'USRMIL'), ('AFG', 'AFGGOV'), _PULL,
     'The withdrawal of Soviet troops from Afghanistan was completed on Wednesday when the last armoured '
     'column crossed the Friendship Bridge over the Amu Darya river into Soviet Uzbekistan, nine years after '
     'Moscow sent its army in, TASS said.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), _MEET,
     'Talks between Israel and Syria on the future of the Golan Heights resumed near Washington on Monday '
     'after a four-year break, with Israeli Prime Minister Ehud Barak and Syrian Foreign Minister Farouq '
     'al-Shara meeting at a conference centre in Shepherdstown.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), _MEET,
     'Talks between Israel and Syria on the future of the Golan Heights resumed near Washington on Monday '
     'after a four-year break, with Israeli Prime Minister Ehud Barak and Syrian Foreign Minister Farouq '
     'al-Shara meeting at a conference centre in Shepherdstown.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _SIGN + ('0871', '087'),
     'A peace agreement between Ethiopia and Eritrea ending their two-year border war was signed in Algiers '
     'on Tuesday in the presence of U.N. Secretary-General Kofi Annan and U.S. Secretary of State Madeleine '
     'Albright, the Algerian news agency APS said.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), _SIGN + ('0871', '087'),
     'A peace agreement between Ethiopia and Eritrea ending their two-year border war was signed in Algiers '
     'on Tuesday in the presence of U.N. Secretary-General Kofi Annan and U.S. Secretary of State Madeleine '
     'Albright, the Algerian news agency APS said.'),
    (('IND', 'INDMIL', 'INDGOV'), ('PAK', 'PAKMIL', 'PAKGOV'), ('190', '193', '195', '194'),
     'Heavy fighting between Indian and Pakistani troops raged along the Line of Control in Kashmir for a '
     'fourth day on Saturday, with both sides using artillery and mortars, Indian army officials said in '
     'Srinagar.'),
    (('PAK', 'PAKMIL', 'PAKGOV'), ('IND', 'INDMIL', 'INDGOV'), ('190', '193', '195', '194'),
     'Heavy fighting between Indian and Pakistani troops raged along the Line of Control in Kashmir for a '
     'fourth day on Saturday, with both sides using artillery and mortars, Indian army officials said in '
     'Srinagar.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), _SIGN,
     'A treaty between China and Vietnam demarcating their 1,300-km land border was signed in Hanoi on '
     'Wednesday by the two countries\' foreign ministers, ending decades of dispute over a frontier where '
     'they fought a brief war in 1979, Xinhua said.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), _MEET,
     'U.S. State Department spokesman James Rubin said on Tuesday that talks between the United States and '
     'China on resuming a dialogue on human rights would be held in Beijing next month, the first since '
     'the embassy bombing in Belgrade.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('MDA', 'MDAGOV'), _PULL,
     'The pullout of Russian troops and munitions from the breakaway Trans-Dniester region of '
     'Moldova resumed '
     'on Friday after a four-month halt, with a first train of ammunition leaving for Russia, an OSCE '
     'spokesman in Chisinau said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _MEET,
     'Ministerial talks between North and South Korea opened in Seoul on Tuesday with the two sides '
     'pledging to push ahead with reunions of families separated by the 1950-53 war and to reconnect a '
     'cross-border railway, Yonhap news agency said.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _MEET,
     'Ministerial talks between North and South Korea opened in Seoul on Tuesday with the two sides '
     'pledging to push ahead with reunions of families separated by the 1950-53 war and to reconnect a '
     'cross-border railway, Yonhap news agency said.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), _TRUCE,
     'Foreign ministers of the four guarantor countries announced in Brasilia on Friday that a ceasefire '
     'between Peru and Ecuador would take effect at noon on Saturday, after two weeks of fighting over a '
     'disputed stretch of jungle border, EFE reported.'),
    (('VNM', 'VNMGOV', 'VNMMIL'), ('KHM', 'KHMGOV'), _PULL,
     'The last Vietnamese troops pulled out of Cambodia on Tuesday, completing the withdrawal '
     'of an army that '
     'invaded the country in 1978 and ousted the Khmer Rouge, Vietnam\'s official news agency said.'),
    (('IGO', 'IGOGCC'), ('IRQ', 'IRQGOV'), ('100', '104', '1041', '1043', '105', '1056', '101'),
     'The release of hundreds of Kuwaiti prisoners held in Iraq since the 1991 Gulf War was demanded on '
     'Sunday by the Gulf Cooperation Council, whose foreign ministers met in Riyadh to review relations '
     'with Baghdad, the Saudi Press Agency said.'),
    # -- 4. subject separated from its verb; fronted phrases
    (('MYS', 'MYSGOV'), ('USA', 'USAGOV'), _CRIT,
     'Malaysian Prime Minister Mahathir Mohamad, whose government has been accused by Washington of '
     'jailing his former deputy on trumped-up charges, on Tuesday criticised U.S. Vice President Al Gore '
     'for backing street protests in Kuala Lumpur, Bernama news agency said.'),
    (('ZAFREB', 'ZAF', 'ZAFOPP', 'ZAFINS', 'ZAFPTY'), ('ZAF', 'ZAFGOV'), ('087', '0871', '081', '057', '030',
                                                                        '031', '036'),
     'The African National Congress, which has waged a guerrilla war against white minority rule for almost '
     '30 years, announced on Tuesday that it was suspending its armed struggle, clearing the way for talks '
     'with the government of President F.W. de Klerk.'),
    (('YUG', 'YUGGOV'), ('IGO', 'IGONAT', 'USA', 'USAGOV'), _CRIT,
     'Yugoslav President Slobodan Milosevic, who faces charges of war crimes in Kosovo from a U.N. tribunal '
     'in The Hague, on Saturday denounced NATO\'s bombing campaign as a crime against his people in a '
     'televised address, Tanjug news agency said.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), _CRIT,
     'Iran\'s supreme leader Ayatollah Ali Khamenei, who has the final say on all state matters under the '
     'Islamic constitution, on Friday accused the United States of plotting to topple the Islamic republic '
     'through its radio broadcasts, Tehran radio said.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), _CRIT,
     'Zimbabwe\'s President Robert Mugabe, whose government has seized hundreds of white-owned farms since '
     'February, on Monday accused Britain of funding the opposition Movement for Democratic Change in a bid '
     'to recolonise the country, state radio said.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('138', '130', '139', '1383'),
     'Iraqi President Saddam Hussein, whose troops have been massed for weeks near the Kuwaiti border in '
     'what Washington calls a provocation, on Sunday threatened to take measures against Kuwait if it went '
     'on pumping oil from the disputed Rumaila field.'),
    (('PSE', 'PSEREB', 'PSEINS'), ('ISR', 'ISRGOV'), ('125', '120', '128', '163'),
     'Hamas, the Islamic militant group which has carried out a string of suicide bombings inside Israel '
     'since the signing of the Oslo accords, on Thursday rejected a call by Palestinian leader Yasser Arafat '
     'to halt attacks on Israelis, a spokesman said in Gaza.'),
    (('PSEREB', 'PSE', 'PSEINS'), ('PSE', 'PSEGOV'), ('125', '120', '128'),
     'Hamas, the Islamic militant group which has carried out a string of suicide bombings inside Israel '
     'since the signing of the Oslo accords, on Thursday rejected a call by Palestinian leader Yasser Arafat '
     'to halt attacks on Israelis, a spokesman said in Gaza.'),
    (('SRB', 'SRBGOV', 'SRBCOP', 'YUG', 'YUGGOV', 'YUGCOP'), ('SRB', 'SRBOPP', 'SRBCVL', 'YUGOPP', 'YUG',
                                                                 'YUGCVL'),
     ('173', '170', '172', '175', '171'),
     'Serbian police, who have been deployed in force across Belgrade since the start of opposition protests '
     'against election fraud seven weeks ago, on Monday beat back thousands of marchers with truncheons and '
     'arrested dozens, the independent radio B92 said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _CRIT,
     'Pakistan\'s Prime Minister Nawaz Sharif, who had staked his political future on improving relations '
     'with New Delhi, on Wednesday accused India of massing troops along the border in Kashmir and warned '
     'of a serious threat to peace.'),
    (('KEN', 'KENGOV', 'KENCOP'), ('KEN', 'KENOPP', 'KENPTY', 'KENCVL', 'KENEDU'),
     ('173', '170', '171', '172', '175'),
     'Kenyan police, acting on orders from President Daniel arap Moi\'s government, which has banned all '
     'opposition rallies in Nairobi, on Saturday fired tear gas to disperse thousands of people gathered for '
     'a pro-democracy meeting in a park in the capital.'),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), _FORCE,
     'In a move aimed at forcing Baghdad to readmit U.N. weapons inspectors, British and American warplanes '
     'on Thursday launched a fourth night of air and missile strikes on military targets in Iraq, Pentagon '
     'officials said.'),
    (('USA', 'USAGOV', 'USAMIL'), ('IRQ', 'IRQGOV'), _FORCE,
     'In a move aimed at forcing Baghdad to readmit U.N. weapons inspectors, British and American warplanes '
     'on Thursday launched a fourth night of air and missile strikes on military targets in Iraq, Pentagon '
     'officials said.'),
    (('FRA', 'FRAGOV'), ('PYF', 'FRA', 'NZL', 'NZLGOV', 'AUS'), ('138', '130', '13', '150', '1383'),
     'Despite protests from Australia, New Zealand and Japan and riots in the Tahitian capital '
     'Papeete, France '
     'on Thursday carried out a second underground nuclear test at Fangataufa atoll in the South Pacific, '
     'the French defence ministry said.'),
    (('IND', 'INDGOV'), ('USA', 'USAGOV'), ('125', '120', '128'),
     'Despite heavy pressure from the United States and other Western powers to sign the Comprehensive '
     'Test Ban Treaty, India on Tuesday refused to join the pact at the Conference on Disarmament in Geneva, '
     'saying it was discriminatory.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'IGOUNO'), ('081', '080', '084', '0841', '086', '0861', '0355', '035'),
     'Under threat of American and British air strikes, Iraq on Saturday agreed to allow U.N. weapons '
     'inspectors to resume their work without conditions, Secretary-General Kofi Annan told reporters at '
     'U.N. headquarters in New York.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO', 'IGONAT', 'IGOUNO', 'NGO'), ('0874', '087', '081', '080'),
     'Under threat of NATO air strikes, the Bosnian Serbs on Thursday began pulling their heavy weapons back '
     'from the 20-km exclusion zone around Sarajevo, U.N. officials said, but refused to hand over all their '
     'guns to U.N. control.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('138', '130', '139', '150', '152', '1383'),
     'In what Taipei called open intimidation ahead of the island\'s first direct presidential election, '
     'China on Friday began a week of live-fire war games in the Taiwan Strait, firing missiles into waters '
     'off the island\'s two main ports.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('163', '160', '164', '1621', '162'),
     'Angered by the downing of two civilian planes flown by Cuban exiles off Havana, U.S. President Bill '
     'Clinton on Tuesday ordered new sanctions against Cuba, including a suspension of charter flights to '
     'the island, White House officials said.'),
    (('NGA', 'NGAGOV'), ('NGA', 'NGAOPP', 'NGAHRI', 'NGACVL'), ('180', '186', '175', '1723', '173'),
     'Defying appeals for clemency from world leaders including South African President Nelson Mandela, '
     'Nigeria\'s military government on Friday hanged writer Ken Saro-Wiwa and eight other minority rights '
     'activists in Port Harcourt, officials said.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('070', '071', '073', '074', '075', '0331', '033'),
     'In a bid to repair relations strained by Tokyo\'s handling of its wartime history, Japan on Monday '
     'agreed to give China 390 billion yen in low-interest loans over three years for infrastructure '
     'projects, Kyodo news agency said.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), _SIGN,
     'Chancellor Helmut Kohl, who had angered Warsaw by long refusing to rule out German claims '
     'to the former '
     'eastern territories, on Wednesday signed a treaty with Poland recognising the Oder-Neisse '
     'line as their '
     'permanent border, DPA reported.'),
    (('ESP', 'ESPGOV', 'ESPCOP'), ('ESP', 'ESPREB', 'ESPINS', 'ESPSEP'), ('173', '170', '171'),
     'Spanish police, working with French detectives who had tracked the group for months, on Tuesday '
     'arrested three suspected members of the Basque separatist group ETA in Bilbao, the Interior Ministry '
     'said in Madrid, EFE reported.'),
    # -- 5. other long shapes
    (('USR', 'USRGOV'), ('AFG', 'AFGGOV', 'AFGREB', 'AFGINS', 'AFG'), ('070', '071', '072', '073', '074'),
     'The Soviet Union, which pulled its last troops out of Afghanistan two years ago, is still sending '
     'Kabul weapons and fuel worth some 300 million dollars a month to fight the Moslem guerrillas, U.S. '
     'officials said on Tuesday.'),
    (('VEN', 'VENGOV'), ('VEN', 'VENMIL', 'VENREB'), ('173', '170', '171'),
     'Venezuela\'s government said on Wednesday it had arrested Lieutenant Colonel Hugo Chavez and some 130 '
     'other officers who led a failed coup attempt against President Carlos Andres Perez before dawn on '
     'Tuesday, in which at least 14 people died.'),
    (('VENMIL', 'VEN', 'VENREB'), ('VEN', 'VENGOV'), ('195', '190', '193', '180', '186', '1823'),
     'Rebel army officers led by paratroop Lieutenant Colonel Hugo Chavez tried to overthrow Venezuelan '
     'President Carlos Andres Perez early on Tuesday, attacking the presidential palace in '
     'Caracas with tanks '
     'before loyal troops crushed the revolt, officials said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160', '164'),
     'Egypt on Tuesday recalled its ambassador to Israel for consultations over the Israeli army\'s '
     'bombardment of Palestinian towns, the first such move since it became the first Arab state to make '
     'peace with the Jewish state in 1979, the Middle East News Agency said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('036', '030', '040', '042', '043', '046', '0311'),
     'Chinese President Jiang Zemin will visit the United States in late October for a summit with President '
     'Bill Clinton, the first state visit by a Chinese leader since the 1989 crackdown, the Foreign Ministry '
     'announced in Beijing on Thursday.'),
    (('MAR', 'MARGOV'), ('ESH', 'ESHREB', 'ESHINS', 'MARREB', 'DZAREB'), ('057', '030', '046', '043', '050'),
     'Morocco and the Polisario Front guerrillas fighting for independence in the Western Sahara agreed in '
     'Houston on Tuesday on a code of conduct for a U.N.-run referendum, after talks mediated by former U.S. '
     'Secretary of State James Baker.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV', 'KOR', 'KORGOV'), _CRIT + ('138', '130'),
     'The Democratic People\'s Republic of Korea, which has consistently striven for peace on the Korean '
     'peninsula, on Saturday denounced the joint military exercises of the U.S. imperialists and the South '
     'Korean puppets as a grave provocation, KCNA said.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), _CRIT,
     'Foreign Ministry spokesman Mahmoud Mohammadi, speaking at his weekly news conference in Tehran on '
     'Monday, condemned the deployment of additional U.S. warships to the Persian Gulf as a threat to the '
     'security of the region, IRNA reported.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _CRIT,
     'Foreign Minister Amr Moussa, returning from talks in Damascus with Syrian President Hafez al-Assad, on '
     'Sunday criticised Israel\'s decision to build a new Jewish settlement at Har Homa in Arab east '
     'Jerusalem, MENA news agency said.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _CRIT,
     'Cuban President Fidel Castro, in a speech lasting more than four hours to a national assembly session '
     'in Havana, on Saturday accused the United States of waging economic war against the Cuban people '
     'through its 35-year embargo.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), _SIGN,
     'Russian President Boris Yeltsin, on his first official visit to Kiev since the collapse of the Soviet '
     'Union, on Saturday signed a friendship treaty with Ukrainian President Leonid Kuchma recognising the '
     'two countries\' existing borders, Itar-Tass reported.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), _SIGN,
     'Russian President Boris Yeltsin, on his first official visit to Kiev since the collapse of the Soviet '
     'Union, on Saturday signed a friendship treaty with Ukrainian President Leonid Kuchma recognising the '
     'two countries\' existing borders, Itar-Tass reported.'),
    (('COD', 'CODGOV'), ('RWA', 'RWAGOV', 'UGA', 'UGAGOV'), _CRIT,
     'Congo\'s President Laurent Kabila, whose forces are battling rebels backed by Rwanda and Uganda in the '
     'east of the country, on Thursday accused his former allies of invading Congo to grab its mineral '
     'wealth, state radio said.'),
    (('BDI', 'BDIMIL', 'BDI'), ('BDIGOV', 'BDI'), ('180', '186', '190', '1823', '195', '175'),
     'Soldiers of Burundi\'s Tutsi-dominated army on Thursday killed President Melchior '
     'Ndadaye, the country\'s '
     'first Hutu head of state, in a coup attempt that plunged the central African nation into ethnic '
     'bloodshed, diplomats said.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('036', '030', '040', '042', '043', '046', '0311'),
     'French Foreign Minister Hubert Vedrine, who arrived in Algiers on Monday on the first '
     'visit by a French '
     'minister in four years, held talks with President Abdelaziz Bouteflika on reviving economic ties, '
     'the Algerian news agency APS said.'),
    (('MEX', 'MEXGOV', 'MEXMIL'), ('MEXREB', 'MEXINS', 'MEX'), _FORCE,
     'Mexican army troops, moving into the southern state of Chiapas in force for the first time since the '
     'Zapatista uprising a year ago, on Friday seized several rebel-held villages and forced the guerrillas '
     'to retreat into the jungle, officials said.'),
    (('ISRGOV', 'ISR'), ('PSE', 'PSEGOV', 'PSEREB', 'PSEINS'), ('120', '125', '128', '111', '112'),
     'Israel on Sunday rejected an American plan for a further withdrawal from 13 percent of the West Bank, '
     'with Prime Minister Benjamin Netanyahu telling his cabinet that the Palestinians had not done enough '
     'to fight terrorism.'),
    (('ISR', 'ISRGOV'), ('USA', 'USAGOV'), ('120', '125', '128', '127'),
     'Israel on Sunday rejected an American plan for a further withdrawal from 13 percent of the West Bank, '
     'with Prime Minister Benjamin Netanyahu telling his cabinet that the Palestinians had not done enough '
     'to fight terrorism.'),
    (('THA', 'THAGOV'), ('MMR', 'MMRGOV'), ('161', '160', '164', '166', '172'),
     'Thailand on Tuesday closed its border with Myanmar and suspended all trade across it after Burmese '
     'troops shelled a Thai border village during fighting with ethnic Shan rebels, killing two villagers, '
     'Thai army officials said.'),
    (('MMR', 'MMRMIL', 'MMRGOV'), ('THA', 'THACVL', 'THA'), ('190', '193', '194', '195', '180'),
     'Thailand on Tuesday closed its border with Myanmar and suspended all trade across it after Burmese '
     'troops shelled a Thai border village during fighting with ethnic Shan rebels, killing two villagers, '
     'Thai army officials said.'),
    # controls: a long lead whose only act is background, history or a plan
    ((), (), ('19', '18', '17'),
     'Cyprus, divided since Turkish troops invaded the north in 1974 in response to a Greek-inspired coup, '
     'on Monday marked the 25th anniversary of the invasion with demonstrations in Nicosia and memorial '
     'services for the missing, the Cyprus News Agency said.'),
    ((), (), ('19', '18', '17', '11'),
     'Rwanda, where Hutu extremists slaughtered some 800,000 Tutsis and moderate Hutus in 100 days in 1994, '
     'on Wednesday opened a national memorial at a church in Nyamata where 10,000 people were killed, the '
     'Rwanda News Agency said.'),
    ((), (), ('19', '18', '17'),
     'East Timor, which voted for independence from Indonesia in a U.N.-run ballot last year that was '
     'followed by a rampage by pro-Jakarta militias, on Saturday held its first local elections, U.N. '
     'administrators in Dili said.'),
    ((), (), ('19', '18', '12', '13'),
     'Talks between Britain and China on the future of Hong Kong, which reverts to Chinese rule in 1997, are '
     'expected to focus on the colony\'s new airport when they reopen in Beijing next month, diplomats said '
     'on Wednesday.'),
    ((), (), ('19', '18'),
     'Panama, invaded by U.S. troops in December 1989 to oust military ruler Manuel Noriega, on Friday took '
     'full control of the Panama Canal from the United States under treaties signed by President Jimmy '
     'Carter in 1977, officials said.'),
    ((), (), ('19', '18', '17'),
     'Kuwait\'s parliament, suspended by the emir in 1986 and restored after the liberation from Iraqi '
     'occupation, on Sunday began debating a bill to grant women the right to vote, the official KUNA news '
     'agency said.'),
    ((), (), ('19', '18', '11'),
     'Argentina and Britain, which fought a 10-week war over the Falkland Islands in 1982, are to discuss '
     'resuming direct flights between the islands and the mainland at talks in London next week, the '
     'Foreign Office said on Thursday.'),
    ((), (), ('19', '18', '17'),
     'Nicaragua, where U.S.-backed Contra rebels fought the leftist Sandinista government throughout the '
     '1980s, on Sunday inaugurated Violeta Chamorro as president in the first peaceful transfer of power in '
     'the country\'s history, EFE reported.'),
    ((), (), ('19', '18', '17', '16'),
     'Vietnam and the United States, which fought a war that ended with the fall of Saigon in 1975, will '
     'open talks in Hanoi next month on a trade agreement that would normalise commercial ties, officials '
     'said on Friday.'),
    ((), (), ('19', '18', '17'),
     'Lebanon\'s parliament, elected in 1972 and kept in office through 15 years of civil war that killed '
     'some 150,000 people, on Saturday approved constitutional reforms agreed at talks in the Saudi city '
     'of Taif, Beirut radio said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE32}
ALL32: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
