"""GSR-style probes of the thirtieth session (wip/lead32): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind and
weighted as the GSR's event types are (agreements, requests, rejections, assaults, threats, protests and
accusations first), short and long leads mixed.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (40 rows, main a2c3a59) 27 / 27 / 21.
Rows corrected after a run are writing errors by the codebook or the project's conventions only: "called
on" and "appealed to" are appeals (025x: to de-escalate, to ease an embargo, for property's release), not
demands; a pledge of aid is an intent to give it (033); refusing to pull forces out or to allow a force in
is refusing to yield (1246, 1245); a camp overrun is territory taken (192); a threat to tear up a treaty
is a threat to cut ties (1313); and in "Israel released 300 Lebanese prisoners, bowing to U.S. pressure"
Israel is the source of both rows (batch 1 had them reversed); an agreement praised is praised towards the
party it binds, not the fellow praiser (batch 1).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD32: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('0311', '030', '031', '057', '050'),
     'Greece and Turkey agreed on Friday to set up a committee to promote trade and tourism, the first '
     'concrete step since their foreign ministers began a dialogue after earthquakes hit both countries.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('0311', '030', '031', '057', '050'),
     'Greece and Turkey agreed on Friday to set up a committee to promote trade and tourism, the first '
     'concrete step since their foreign ministers began a dialogue after earthquakes hit both countries.'),
    (('SDN', 'SDNGOV'), ('SDNREB', 'SDN'), ('0356', '030', '035', '057', '050', '0351', '0355'),
     'Sudan\'s military government agreed on Tuesday to a two-month ceasefire with southern rebels of the '
     'Sudan People\'s Liberation Army to allow relief supplies to reach famine areas.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV'), ('057', '050', '030'),
     'Mexico and the United States signed an agreement on Wednesday to step up cooperation against drug '
     'trafficking along their 2,000-mile border, officials said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('101', '100', '1041', '104', '0256', '025'),
     'Pakistan on Monday called on India to withdraw its troops from the Siachen glacier, saying there '
     'could be no lasting peace while Indian forces occupied the disputed heights.'),
    (('IGO',), ('IRQ', 'IRQGOV'), ('101', '100', '102', '1041'),
     'The U.N. Security Council on Thursday demanded that Iraq give weapons inspectors immediate and '
     'unrestricted access to all sites, warning of serious consequences if Baghdad failed to comply.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), ('1043', '100', '104', '020', '023', '025', '0253'),
     'Japan on Tuesday urged Russia to return four islands seized by Soviet troops at the end of World War '
     'Two, as Foreign Minister Yohei Kono arrived in Moscow for talks.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('125', '120', '128', '129', '1246'),
     'Armenia on Wednesday rejected an Azerbaijani demand that ethnic Armenian forces pull out of '
     'occupied districts around Nagorno-Karabakh before peace talks could resume.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'IGO'), ('125', '120', '128', '129', '1246'),
     'Israel on Sunday rejected a Palestinian call for international observers to be posted in the West '
     'Bank and Gaza Strip, saying it would not allow foreign forces on its soil.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('125', '120', '128', '111', '1246', '127'),
     'Cuba on Thursday dismissed a U.S. offer to ease the trade embargo in return for free elections, '
     'calling it an insult to the Cuban people and a relic of the Cold War.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV', 'KOR', 'KORGOV'), ('138', '130', '1383', '139', '131'),
     'North Korea warned on Tuesday that it would turn Seoul into a "sea of fire" if the United States '
     'and South Korea went ahead with joint military exercises next month, the official KCNA news agency '
     'said.'),
    (('RUS', 'RUSGOV'), ('IGO', 'USA'), ('130', '138', '139', '131', '1382', '1313'),
     'Russia threatened on Wednesday to tear up the START-2 arms reduction treaty if NATO carried out '
     'air strikes against Yugoslavia, the Interfax news agency reported.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('138', '130', '1382', '1384'),
     'China warned Taiwan on Friday that any move towards formal independence would mean war, as it '
     'began a week of live-fire military exercises in the Taiwan Strait.'),
    (('IRN', 'IRNCVL'), ('USA', 'USAGOV'), ('141', '140', '145'),
     'Tens of thousands of Iranians marched through Tehran on Friday chanting "Death to America" to mark '
     'the anniversary of the seizure of the U.S. embassy, state radio said.'),
    (('KORCVL', 'KOR', 'KOREDU'), ('KORGOV', 'KOR'), ('141', '140', '145', '1411', '1413'),
     'About 20,000 students clashed with riot police in central Seoul on Saturday during a rally to '
     'demand the resignation of President Chun Doo-hwan, hurling firebombs and rocks.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), ('112', '110', '111'),
     'Israel accused Syria on Monday of allowing Hizbollah guerrillas to use Lebanese territory under its '
     'control to launch rocket attacks on northern Israeli towns.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('112', '110', '111'),
     'Iraq accused Kuwait on Tuesday of stealing oil from the Rumaila field along their border and of '
     'flooding the world market to drive down prices, the official Iraqi news agency said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('112', '110'),
     'India on Thursday accused Pakistan of training and arming Sikh militants fighting for an '
     'independent homeland in Punjab, an allegation Islamabad denied.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('163', '160', '1621', '162', '164', '172'),
     'The United States on Tuesday ordered all American companies to leave Libya and froze Libyan '
     'government assets in U.S. banks, in retaliation for what it called Tripoli\'s support for '
     'terrorism.'),
    (('IGO', 'IGOEUR'), ('NGA', 'NGAGOV'), ('163', '160', '161', '1621', '172'),
     'The European Union on Monday imposed an arms embargo on Nigeria and suspended all military '
     'cooperation after the military government executed nine minority rights activists.'),
    (('IRQ', 'IRQMIL'), ('KWT',), ('192', '190', '195', '183', '193'),
     'Iraqi troops and tanks invaded Kuwait before dawn on Thursday, seizing the capital and the emir\'s '
     'palace after a brief battle with the Kuwaiti army, residents said.'),
    (('RUS', 'RUSMIL'), ('RUSREB', 'RUS'), ('195', '190', '193', '194'),
     'Russian warplanes bombed rebel positions in the mountains south of Grozny on Wednesday as federal '
     'troops pushed towards the last strongholds of the Chechen separatists, Itar-Tass said.'),
    (('LKA', 'LKAREB'), ('LKA', 'LKAMIL'), ('190', '193', '195', '183', '186', '192'),
     'Tamil Tiger guerrillas overran a Sri Lankan army camp in the northeast on Thursday, killing at least '
     '120 soldiers in one of the bloodiest attacks of the island\'s 13-year ethnic war, the military said.'),
    (('PER', 'PERREB'), ('JPN', 'JPNGOV', 'PER'), ('181', '180'),
     'Leftist guerrillas of the Tupac Amaru Revolutionary Movement stormed the Japanese ambassador\'s '
     'residence in Lima during a party on Tuesday night and took hundreds of guests hostage.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNCVL'), ('195', '190', '193', '194'),
     'Israeli helicopter gunships rocketed suspected guerrilla targets in south Lebanon on Monday after a '
     'Hizbollah ambush killed two Israeli soldiers, Lebanese security sources said.'),
    (('DZA', 'DZAUAF', 'DZAREB', 'DZA'), ('DZACVL', 'DZA'), ('180', '186', '183', '200', '202'),
     'Suspected Moslem fundamentalist gunmen killed 17 villagers, including women and children, in an '
     'overnight raid on a hamlet south of Algiers, security forces said on Friday.'),
    (('ISR', 'ISRGOV'), ('USA', 'USAGOV'), ('081', '080', '084', '0841'),
     'Israel on Sunday released 300 Lebanese prisoners held without trial, bowing to U.S. pressure to '
     'ease tensions in the region, army radio said.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNCVL', 'LBNREB'), ('081', '080', '084', '0841'),
     'Israel on Sunday released 300 Lebanese prisoners held without trial, bowing to U.S. pressure to '
     'ease tensions in the region, army radio said.'),
    (('USR', 'USRMIL', 'USRGOV'), ('AFG', 'AFGGOV'), ('087', '080', '0874', '084'),
     'The last Soviet troops left Afghanistan on Wednesday, ending nine years of military intervention '
     'that cost the lives of some 15,000 Soviet soldiers.'),
    (('SYR', 'SYRGOV', 'SYRMIL'), ('LBN', 'LBNGOV'), ('087', '080', '0874', '0872'),
     'Syria began withdrawing its troops from Beirut and the coastal hills on Saturday under an accord '
     'reached with the Lebanese government, Lebanese police said.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('036', '030', '040', '043', '042'),
     'Israeli Prime Minister Yitzhak Rabin invited PLO chairman Yasser Arafat on Monday to meet him in '
     'Cairo next week to resolve disputes holding up Palestinian self-rule in Gaza and Jericho.'),
    (('FRA', 'FRAGOV'), ('DEU', 'DEUGOV'), ('040', '046', '043', '042'),
     'French President Francois Mitterrand and German Chancellor Helmut Kohl held talks in Bonn on '
     'Thursday on plans for a single European currency, a government spokesman said.'),
    (('DEU', 'DEUGOV'), ('FRA', 'FRAGOV'), ('040', '046', '043', '042'),
     'French President Francois Mitterrand and German Chancellor Helmut Kohl held talks in Bonn on '
     'Thursday on plans for a single European currency, a government spokesman said.'),
    (('JPN', 'JPNGOV'), ('BGD', 'BGDGOV'), ('071', '070', '073', '033', '0333'),
     'Japan on Tuesday pledged $200 million in emergency aid to Bangladesh after a cyclone killed more '
     'than 100,000 people and left millions homeless along the country\'s southern coast.'),
    (('USA', 'USAGOV', 'KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('051', '050', '055', '057'),
     'The United States and South Korea on Wednesday praised an agreement under which North Korea will '
     'freeze its nuclear programme, calling it a major step towards peace on the peninsula.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO', 'IGOWST'), ('125', '120', '128', '111', '124', '1245'),
     'Yugoslav President Slobodan Milosevic on Tuesday rejected NATO\'s demand that he allow an '
     'international force into Kosovo, saying foreign troops would never be stationed on Serbian soil.'),
    (('BIH', 'BIHGOV'), ('IGO',), ('101', '100', '102', '1042', '025', '0254'),
     'Bosnia\'s Moslem-led government on Saturday appealed to the United Nations to lift the arms embargo '
     'so that it could defend itself against Serb forces besieging Sarajevo.'),
    (('COL', 'COLMIL'), ('COLREB', 'COL'), ('190', '193', '195', '173', '183'),
     'Colombian troops killed 14 leftist guerrillas in a clash in the jungles of Caqueta province on '
     'Sunday, the army said, in the heaviest fighting since peace talks broke down.'),
    (('TGO', 'TGOCVL', 'TGOOPP'), ('TGOGOV', 'TGO'), ('141', '140', '145', '1411', '1413'),
     'Thousands of opposition supporters took to the streets of Lome on Monday to demand the resignation '
     'of President Gnassingbe Eyadema, and troops fired tear gas to break up the crowds.'),
    ((), (), ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
              '17', '18', '19', '20'),
     'The Japanese yen closed higher against the dollar in Tokyo on Tuesday as exporters sold '
     'dollars ahead of the year-end, dealers said.'),
]


BATCHES: dict[str, list[Row]] = {"batch1": LEAD32}
ALL32: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
