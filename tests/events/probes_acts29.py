"""GSR-style probes of the twenty-seventh session (wip/acts29): era leads (1985-2005 agency copy, dated
2000-01-01 as the real-news GSR records are) whose act is told in a shape or a verb the lexicon held no row
for at the start of the session, written blind:
1. judgements told with a that-clause or a hope / feeling adjective ("said it was optimistic that",
   "was disappointed that", "hoped that", "saw little hope of", "expressed concern that", "welcomed the
   fact that"): optimism and hope are 013, pessimism 012, disappointment and concern at another party's
   act 111, welcoming it 051, aimed at the party of the that-clause; controls where the clause names no
   party (markets, weather, the economy);
2. acts with no row: coups and toppling, storming, landings, building for another state, leaving,
   blockades, airlifts, hijackings, hostages, shelling, ambushes, car bombs, mortar attacks, occupation,
   annexation, expulsions, closed borders, recognition, relations, boycotts, strikes, amnesties,
   extraditions, with their nouns ("the storming of", "the coup", "the airlift");
3. a possessive pronoun's owner as the target ("fired on his motorcade", "attacked its embassy").

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code). A row with no target wants no code of its roots.

First run (main cf0a96e, before any change; country + root / actor + root / actor + code): 54 / 48 / 45
of 94 (56 / 51 / 49 with the corrections below). Rows corrected after that run are writing
errors by the guide only (docs/events.md, annotation guide and "Design"): an attack with no
attacker named gives no CAMEO triple (the Sarajevo mortar row now wants no 19 code), welcoming
an act is the welcome (051), an amnesty offered is an intent (03x, "offered" is a frame), a
congress that grants is LEG. At the branch's end: 77 / 72 / 69.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

COUP = ('180', '1721', '172', '175', '170', '18')

ACTS29: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- 1. judgements told with a that-clause or a feeling adjective
    (('USA', 'USAGOV'), ('SYR', 'SYRGOV', 'ISR', 'ISRGOV'), ('013', '010'),
     'U.S. Secretary of State Warren Christopher said on Sunday he was optimistic that Syria and Israel '
     'would resume peace talks soon.'),
    (('RUS', 'RUSGOV'), ('IRQ', 'IRQGOV'), ('012', '010'),
     'Russian Foreign Minister Yevgeny Primakov said he was pessimistic that Iraq would allow the '
     'inspectors back before the end of the year.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('111', '110'),
     'Japan said on Friday it was deeply disappointed that North Korea had refused to return to the '
     'normalisation talks.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), ('013', '010'),
     'British Foreign Secretary Douglas Hurd said he hoped that Argentina would accept the offer of talks '
     'on fishing in the South Atlantic.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('012', '010'),
     'Egyptian President Hosni Mubarak said he saw little hope of progress while Israel kept building '
     'settlements in the West Bank.'),
    (('FRA', 'FRAGOV'), ('IRN', 'IRNGOV'), ('111', '110'),
     'France expressed concern on Tuesday that Iran was seeking to acquire nuclear weapons technology.'),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), ('051', '050'),
     'Germany welcomed the fact that Russia had agreed to let monitors of the OSCE into Chechnya.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('012', '010'),
     'China said it was pessimistic about relations with the United States after the bombing of its '
     'embassy in Belgrade.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('013', '010'),
     'South Korea said on Thursday it was hopeful that North Korea would accept its offer of fertiliser '
     'aid.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('111', '110'),
     'U.N. Secretary-General Kofi Annan said he was disappointed that Iraq had not allowed the weapons '
     'inspectors to return.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('012', '010'),
     'Indian Prime Minister Atal Behari Vajpayee said he doubted that Pakistan was serious about peace in '
     'Kashmir.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('013', '010'),
     'Israel said on Monday it was confident that the Palestinian Authority would arrest the militants '
     'behind the bombing.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('111', '110'),
     'The State Department voiced concern on Wednesday that China was selling missile technology to '
     'Pakistan.'),
    (('ZAF', 'ZAFGOV'), ('NGA', 'NGAGOV'), ('111', '110'),
     'South Africa said it was dismayed that Nigeria had executed the writer Ken Saro-Wiwa and eight other '
     'activists.'),
    (('NATO', 'IGO'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('012', '010'),
     'NATO Secretary-General Javier Solana said he had little hope that Belgrade would accept the peace '
     'plan.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), ('013', '010'),
     'King Hussein of Jordan expressed hope that Israel and the PLO would reach a final settlement by the '
     'end of the year.'),
    (('ITA', 'ITAGOV'), ('ALB', 'ALBGOV'), ('051', '050'),
     'Italy welcomed the fact that Albania had agreed to tighten its coastal patrols against smugglers.'),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), ('111', '110'),
     'Australia said on Tuesday it was concerned that Indonesia had failed to disarm the militias in East '
     'Timor.'),
    # controls: a hope, a doubt or a feeling about a state of affairs with no party
    ((), (), ('013', '012', '010'),
     'Japan\'s finance minister said he was optimistic that the economy would grow by two percent next '
     'year.'),
    ((), (), ('013', '012', '010'),
     'The Indian agriculture minister said he hoped that the monsoon rains would arrive on time this '
     'year.'),
    ((), (), ('111', '110'),
     'The Thai central bank governor said he was disappointed that the baht had fallen to a new low.'),
    ((), (), ('012', '013', '010'),
     'Oil ministers said they saw little hope of a rise in crude prices before the spring.'),
    ((), (), ('111', '110'),
     'The Red Cross expressed concern that the harsh winter would cause more deaths in the refugee camps.'),
    # -- 2. coups, toppling, seizing power
    (('ECU', 'ECUMIL'), ('ECU', 'ECUGOV'), COUP,
     'Army officers toppled Ecuador\'s President Jamil Mahuad on Friday in a bloodless coup.'),
    (('PAK', 'PAKMIL'), ('PAK', 'PAKGOV'), COUP,
     'Pakistan\'s army chief General Pervez Musharraf ousted Prime Minister Nawaz Sharif in a coup on '
     'Tuesday.'),
    (('HTI', 'HTIMIL'), ('HTI', 'HTIGOV'), COUP,
     'Haitian soldiers overthrew President Jean-Bertrand Aristide on Monday and sent him into exile.'),
    (('CIV', 'CIVMIL'), ('CIV', 'CIVGOV'), COUP,
     'Mutinous soldiers deposed Ivory Coast\'s President Henri Konan Bedie on Christmas Eve.'),
    (('IGO',), ('CIV', 'CIVMIL', 'CIVGOV'), ('111', '110', '112'),
     'The Organisation of African Unity condemned the coup in Ivory Coast on Monday.'),
    (('FJI', 'FJIREB', 'FJIUAF', 'FJICVL'), ('FJI', 'FJIGOV', 'FJILEG'), COUP,
     'Gunmen led by businessman George Speight stormed Fiji\'s parliament and took the prime minister '
     'hostage.'),
    # -- storming
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUSREB', 'RUS', 'RUSUAF'), ('190', '193', '180', '18'),
     'Russian special forces stormed the hospital in Budyonnovsk held by Chechen rebels on Saturday.'),
    (('IND', 'INDMIL'), ('INDREB', 'IND', 'INDUAF', 'INDREL'), ('190', '193', '180'),
     'Indian troops stormed the Golden Temple in Amritsar to flush out Sikh militants.'),
    (('IRN', 'IRNCVL', 'IRNEDU'), ('USA', 'USAGOV'), ('181', '180', '18', '171', '190'),
     'Iranian students stormed the U.S. embassy in Tehran and took its staff hostage.'),
    (('RUSGOV', 'RUS', 'RUSMIL'), ('RUSLEG', 'RUS'), ('190', '193', '175', '180', '17'),
     'Troops loyal to President Boris Yeltsin stormed the Russian parliament building on Monday.'),
    # -- landings, leaving, occupation
    (('USA', 'USAMIL'), ('SOM', 'SOMGOV'), ('074', '070', '0861', '150', '154', '190', '192'),
     'U.S. marines landed in Mogadishu on Wednesday at the start of an operation to protect food aid.'),
    (('USA', 'USAMIL'), ('HTI', 'HTIGOV', 'HTIMIL'), ('0861', '086', '154', '150', '190', '192', '074'),
     'American troops landed in Haiti on Monday to restore President Aristide to power.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('EST', 'ESTGOV'), ('087', '0874', '080'),
     'The last Russian troops left Estonia on Wednesday, ending half a century of military presence.'),
    (('SYR', 'SYRMIL', 'SYRGOV'), ('LBN', 'LBNGOV'), ('087', '0874', '080'),
     'Syrian troops pulled out of Beirut on Thursday under an agreement with the Lebanese government.'),
    ((), (), ('087', '0874', '080'),
     'Thousands of tourists left Bali after the bombing, airlines said.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('KWT', 'KWTGOV'), ('192', '190', '19'),
     'Iraqi forces occupied Kuwait on Thursday after crossing the border before dawn.'),
    (('IGO',), ('ISR', 'ISRGOV'), ('111', '110', '112'),
     'The U.N. Security Council condemned Israel\'s occupation of southern Lebanon.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('192', '190'),
     'Iraq announced the annexation of Kuwait as its 19th province on Wednesday.'),
    # -- building for another, aid flown in, evacuations
    (('CHN', 'CHNGOV'), ('PAK', 'PAKGOV'), ('061', '060', '062', '057', '070'),
     'China will build a second nuclear power plant for Pakistan at Chashma, officials said.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('061', '070', '071', '060'),
     'Japan agreed to build a new bridge for China over the Yangtze River with a soft loan.'),
    (('USA', 'USAGOV', 'USAMIL'), ('BIH', 'BIHCVL', 'BIHGOV'), ('073', '070'),
     'U.S. Air Force planes airlifted food and medicine to Sarajevo on Tuesday.'),
    (('DEU', 'DEUGOV'), ('BIH', 'BIHCVL', 'BIHGOV'), ('073', '070'),
     'Germany resumed its airlift of relief supplies to Sarajevo after a two-day halt.'),
    (('FRA', 'FRAMIL', 'FRAGOV'), ('RWA', 'RWAGOV', 'RWACVL'), ('166', '160', '073', '070', '087'),
     'French paratroopers evacuated foreign nationals from Kigali as fighting spread through the Rwandan '
     'capital.'),
    # -- blockades
    (('USA', 'USAMIL', 'USAGOV'), ('HTI', 'HTIGOV'), ('191', '190'),
     'U.S. warships began enforcing a naval blockade of Haiti on Tuesday.'),
    (('IGO',), ('YUG', 'YUGGOV'), ('191', '163', '160', '190'),
     'NATO and Western European Union warships blockaded Montenegro\'s ports to enforce the U.N. embargo on '
     'Yugoslavia.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('163', '160', '191'),
     'Greece imposed a trade blockade on Macedonia in a dispute over the former Yugoslav republic\'s name.'),
    # -- hijacking, hostages
    (('DZAREB', 'DZA', 'DZAUAF'), ('FRA', 'FRACVL', 'FRABUS'), ('181', '180'),
     'Algerian Islamic militants hijacked an Air France airliner in Algiers with 227 people on board.'),
    (('PHLREB', 'PHL', 'PHLUAF'), ('MYS', 'MYSCVL', 'DEU', 'DEUCVL'), ('181', '180'),
     'Abu Sayyaf rebels took 21 people hostage, including ten foreign tourists, at a Malaysian diving '
     'resort.'),
    (('LBNREB', 'LBN', 'LBNUAF'), ('USA', 'USACVL', 'USAMED'), ('181', '180'),
     'Pro-Iranian gunmen in Beirut kidnapped an American journalist and are holding him hostage.'),
    (('PERREB', 'PER'), ('JPN', 'JPNGOV', 'PER', 'PERGOV', 'PERCVL', 'JPNCVL'), ('181', '180'),
     'Tupac Amaru guerrillas seized the Japanese ambassador\'s residence in Lima during a party and took '
     'hundreds of guests hostage.'),
    # -- shelling, mortars, ambushes, car bombs
    (('BIHMIL', 'SRB', 'BIH', 'BIHREB', 'SRBMIL'), ('BIH', 'BIHCVL'), ('194', '190'),
     'Bosnian Serb gunners shelled the Moslem enclave of Gorazde on Sunday, killing 12 civilians.'),
    ((), (), ('194', '190', '183', '18'),
     'A mortar attack on a Sarajevo market killed 68 people on Saturday.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('190', '180', '18'),
     'Tamil Tiger rebels ambushed an army convoy in northern Sri Lanka, killing 23 soldiers.'),
    (('ESPREB', 'ESP', 'ESPUAF'), ('ESP', 'ESPCVL', 'ESPGOV', 'ESPMIL'), ('1832', '183', '180'),
     'A car bomb blamed on the Basque separatist group ETA killed a Spanish army colonel in Madrid.'),
    (('PSEREB', 'PSE', 'PSEUAF'), ('ISR', 'ISRCVL'), ('194', '190', '183', '180'),
     'Hamas militants fired mortar bombs at a Jewish settlement in the Gaza Strip on Sunday.'),
    (('LBNREB', 'LBN'), ('ISRMIL', 'ISR'), ('190', '180', '18'),
     'Hizbollah guerrillas killed three Israeli soldiers in an ambush in south Lebanon on Monday.'),
    (('TUR', 'TURMIL'), ('IRQ', 'IRQCVL', 'TURREB', 'IRQREB'), ('194', '190', '195'),
     'Turkish artillery pounded suspected Kurdish rebel bases in northern Iraq on Friday.'),
    # -- expulsions, borders, recognition, relations
    (('GBR', 'GBRGOV'), ('RUS', 'RUSGOV'), ('166', '160'),
     'Britain ordered the expulsion of four Russian diplomats accused of spying on Thursday.'),
    (('RUS', 'RUSGOV'), ('GBR', 'GBRGOV'), ('166', '160'),
     'Russia retaliated by expelling four British diplomats from Moscow.'),
    (('SYR', 'SYRGOV'), ('IRQ', 'IRQGOV'), ('160', '161', '191', '16'),
     'Syria closed its border with Iraq and ordered Iraqi diplomats to leave Damascus.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGGOV'), ('160', '191', '16', '172'),
     'Iran sealed its border with Afghanistan on Sunday after the killing of its diplomats in '
     'Mazar-i-Sharif.'),
    (('DEU', 'DEUGOV'), ('HRV', 'HRVGOV', 'SVN', 'SVNGOV'), ('054', '050'),
     'Germany recognised the independence of Croatia and Slovenia on Monday.'),
    (('CHN', 'CHNGOV'), ('KOR', 'KORGOV'), ('054', '050', '057'),
     'China and South Korea established diplomatic relations on Monday, ending four decades of hostility.'),
    (('KOR', 'KORGOV'), ('CHN', 'CHNGOV'), ('054', '050', '057'),
     'China and South Korea established diplomatic relations on Monday, ending four decades of hostility.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), ('054', '050', '051'),
     'Vietnam welcomed the establishment of diplomatic relations with the United States on Wednesday.'),
    (('ISR', 'ISRGOV'), ('VAT', 'VATGOV', 'VATREL'), ('054', '050'),
     'Israel and the Vatican agreed on full diplomatic relations, the Israeli foreign ministry said.'),
    # -- boycotts, strikes, hunger strikes
    (('PAK', 'PAKOPP'), ('PAK', 'PAKGOV'), ('143', '140', '125'),
     'Pakistan\'s main opposition parties boycotted the parliamentary elections called by the military '
     'government.'),
    (('KOR', 'KORLAB'), ('KOR', 'KORBUS', 'KORGOV'), ('143', '140'),
     'Thousands of South Korean car workers went on strike on Monday against planned layoffs.'),
    (('TUR', 'TURCRM', 'TURREB', 'TUROPP'), ('TUR', 'TURGOV'), ('142', '140'),
     'Hundreds of leftist prisoners in Turkish jails went on a hunger strike to protest against new '
     'isolation cells.'),
    (('USA', 'USAGOV'), ('RUS', 'SUN', 'RUSGOV', 'SUNGOV'), ('143', '140', '125', '120'),
     'The United States led a boycott of the Moscow Olympics to protest against the Soviet invasion of '
     'Afghanistan.'),
    # -- amnesties, extraditions
    (('DZA', 'DZAGOV'), ('DZAREB', 'DZA', 'DZAUAF'), ('083', '0841', '084', '080', '035', '030'),
     'Algerian President Abdelaziz Bouteflika offered an amnesty to Islamic rebels who lay down their '
     'arms.'),
    (('PER', 'PERGOV', 'PERLEG'), ('PERMIL', 'PER', 'PERCRM', 'PERCOP'), ('083', '0841', '084', '080'),
     'Peru\'s Congress granted an amnesty to soldiers and police accused of human rights abuses.'),
    (('GBR', 'GBRGOV', 'GBRJUD'), ('ESP', 'ESPGOV', 'ESPJUD'), ('063', '060', '0631'),
     'A British court ruled that former Chilean dictator Augusto Pinochet could be extradited to Spain.'),
    (('DEU', 'DEUGOV'), ('USA', 'USAGOV'), ('063', '060'),
     'Germany extradited a suspect in the 1985 TWA hijacking to the United States on Friday.'),
    (('USA', 'USAGOV'), ('COL', 'COLGOV'), ('063', '060', '020', '0234', '1044', '10'),
     'The United States sought the extradition of Colombian drug lord Pablo Escobar.'),
    # -- nouns of the acts as subjects or objects of light verbs
    (('USA', 'USAGOV', 'USAELI'), ('IRQ', 'IRQGOV', 'IRQMIL'), ('111', '110', '112'),
     'President George Bush condemned the Iraqi invasion of Kuwait as naked aggression.'),
    (('RUS', 'RUSMIL'), ('RUSREB', 'RUS'), ('190', '193', '180'),
     'The storming of the rebel-held hospital by Russian troops ended the siege on Saturday.'),
    (('USA', 'USAGOV', 'USAMIL'), ('SOM', 'SOMGOV'), ('0861', '074', '150', '154', '190', '192'),
     'The landing of U.S. marines in Somalia began before dawn on Wednesday.'),
    # -- controls of the new rows
    ((), (), ('190', '192', '087', '042'),
     'A Lufthansa airliner landed safely in Frankfurt after a bomb scare, the airline said.'),
    ((), (), ('180', '172', '175', '170'),
     'The new government ousted three ministers accused of corruption in a cabinet reshuffle.'),
    ((), (), ('061', '070', '060'),
     'The company will build a new car plant in Hungary next year, its chairman said.'),
    ((), (), ('190', '193', '180'),
     'Angry fans stormed the pitch after the final whistle in the cup final in Rio.'),
    ((), (), ('143', '140'),
     'The striker scored twice as Brazil beat Argentina in the World Cup qualifier.'),
    # -- 3. a possessive pronoun's owner as the target
    (('EGYREB', 'EGY', 'EGYUAF', 'ETHUAF', 'EGYCRM'), ('EGY', 'EGYGOV'), ('185', '180', '18', '190'),
     'Egyptian President Hosni Mubarak escaped an assassination attempt in Addis Ababa when gunmen fired on '
     'his motorcade.'),
    (('COLREB', 'COL', 'COLUAF'), ('COL', 'COLGOV', 'COLLEG'), ('180', '185', '190', '18'),
     'Colombian Interior Minister Horacio Serpa escaped unhurt on Sunday when leftist rebels attacked his '
     'convoy in the south.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSEGOV'), ('190', '195', '194'),
     'Palestinian leader Yasser Arafat was unhurt when Israeli helicopters fired rockets at his '
     'headquarters in Gaza.'),
    (('RUSREB', 'RUS', 'RUSUAF'), ('RUS', 'RUSGOV', 'RUSMIL'), ('190', '180', '18'),
     'Russian Interior Minister Sergei Stepashin narrowly escaped death when Chechen rebels ambushed his '
     'convoy near Grozny.'),
    (('UGAREB', 'UGA', 'UGAUAF'), ('UGA', 'UGAMIL', 'UGAGOV'), ('180', '190', '18'),
     'Twelve Ugandan soldiers were killed when rebels of the Lord\'s Resistance Army attacked their camp '
     'near the Sudanese border.'),
    (('AFGREB', 'AFG', 'AFGUAF', 'AFGMIL', 'AFGCVL'), ('PAK', 'PAKGOV'), ('180', '171', '141', '145', '18'),
     'Pakistan\'s ambassador fled Kabul on Wednesday after an Afghan mob sacked his embassy and set it on '
     'fire.'),
    (('IRN', 'IRNCVL', 'IRNOPP', 'IRNEDU'), ('DNK', 'DNKGOV'), ('141', '145', '140', '171', '180'),
     'The Danish ambassador was unhurt when protesters in Tehran attacked his residence with stones and '
     'petrol bombs.'),
    # controls: the pronoun's owner is the attacker's own side
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('IRQREB', 'IRQ', 'IRQCVL'), ('190', '180', '194', '195', '175'),
     'Saddam Hussein sent his troops against Kurdish rebels in the north.'),
]

ALL29: list[Row] = ACTS29


if __name__ == "__main__":
    report("acts29", ACTS29)
