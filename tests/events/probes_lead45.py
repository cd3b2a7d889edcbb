"""GSR-style probes of the forty-third session (wip/lead45): the codebook's SUB-CODES. The hidden set's
exact-triple bar is the one the proxy clears by the smallest margin, and an exact triple needs the right
three- or four-digit item, not only the root: arrested (173) or deported (174), a blockade (191) or an
occupation (192), small arms (193) or shelling (194), a car bomb (1832), a curfew lifted (0813), aid cut
(1621-1623), inspectors let in (0862), troops demobilised (0873). Material roots 06-09 and 14-20 mostly, in
many agencies' house styles. The row is the act an analyst writes down first. 1985-2005 copy, dated
2000-01-01 as the real-news GSR records are. Written blind.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). The accepted codes are the
item the sentence names and, where the annotation guide leaves the level open (docs/events.md, "Sub-code
level"), its three-digit parent. Accepted actor codes follow docs/actors.md. Each batch was committed before
the coder was run on it; no rule of this session was written after reading it.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD45: list[Row] = [
    # batch 1: written blind, before the coder was run on it. First run on main f5227023: 34 / 29 / 29 of 46.
    # Seven rows corrected after that run, each to a written convention (docs/events.md, docs/actors.md): a
    # signed agreement is 057; "agreed to" is an intent (03x: 0314, 0355); a handover to a state's police is
    # aimed at its police (COP); a former diplomat holding no office is ELI; a ban on public rallies lifted
    # is aimed at the public (CVL); students are EDU.
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('061', '057'),
     'BEIJING (Xinhua) - China and the United States signed an agreement on Tuesday to expand cooperation '
     'in trade and technology, the official news agency said.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('IND', 'INDGOV', 'INDMIL'), ('062',),
     'NEW DELHI (PTI) - Russian and Indian naval units began joint exercises in the Arabian Sea on Monday, '
     'the first such drill since the break-up of the Soviet Union.'),
    (('FRA', 'FRAGOV', 'FRAJUD'), ('ESP', 'ESPGOV', 'ESPCOP'), ('063',),
     'MADRID (EFE) - France handed over to Spanish police on Thursday three suspected members of the Basque '
     'separatist group ETA arrested near Bayonne, the Interior Ministry said.'),
    (('USA', 'USAGOV', 'USASPY'), ('ISR', 'ISRGOV'), ('064', '0314'),
     'WASHINGTON (Reuters) - The United States agreed on Friday to share satellite intelligence with Israel '
     'on missile launches in the region, a Pentagon official said.'),
    (('JPN', 'JPNGOV'), ('BGD', 'BGDGOV'), ('071',),
     'DHAKA (Reuters) - Japan granted Bangladesh a 30 billion yen soft loan on Wednesday to build power '
     'stations and a bridge over the Jamuna river.'),
    (('USA', 'USAGOV'), ('SLV', 'SLVGOV', 'SLVMIL'), ('072',),
     'SAN SALVADOR (AP) - The United States delivered six helicopter gunships to the Salvadoran armed '
     'forces on Tuesday as part of its military aid programme.'),
    (('CAN', 'CANGOV'), ('SDN', 'SDNREF'), ('073',),
     'OTTAWA (Reuters) - Canada sent 2,000 tonnes of food and medicine on Monday to famine victims in '
     'southern Sudan.'),
    (('FRA', 'FRAGOV', 'FRAMIL'), ('RWA',), ('074',),
     'PARIS (AFP) - France deployed 2,500 troops to south-western Rwanda on Thursday to protect civilians '
     'fleeing the fighting in a safe zone.'),
    (('SWE', 'SWEGOV'), ('IRN', 'IRNOPP', 'IRNREF', 'IRNCVL', 'IRNELI'), ('075',),
     'STOCKHOLM (Reuters) - Sweden granted political asylum on Tuesday to a former Iranian diplomat who '
     'defected from his country\'s embassy last month.'),
    (('KEN', 'KENGOV'), ('KEN', 'KENOPP', 'KENMED', 'KENCVL'), ('081', '0811'),
     'NAIROBI (Reuters) - Kenya\'s government lifted a ban on public rallies on Friday, allowing '
     'opposition parties to hold meetings without police permits for the first time.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP'), ('081', '0812'),
     'CAPE TOWN (Reuters) - President F.W. de Klerk lifted a 30-year ban on the African National Congress '
     'and the Pan Africanist Congress on Friday.'),
    (('LKA', 'LKAGOV'), ('LKA',), ('081', '0813'),
     'COLOMBO (Reuters) - Sri Lanka lifted a round-the-clock curfew in the northern town of Vavuniya on '
     'Saturday after a week of calm.'),
    (('PAK', 'PAKGOV'), ('PAK',), ('081', '0814'),
     'ISLAMABAD (Reuters) - Pakistan lifted the state of emergency in Sindh province on Wednesday, '
     'restoring fundamental rights suspended in June.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORCVL', 'KORBUS'), ('084', '0841'),
     'SEOUL (Yonhap) - North Korea freed seven South Korean fishermen on Tuesday whose boat was seized '
     'in the Yellow Sea in May, the Unification Ministry said.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('084', '0842'),
     'KUWAIT (KUNA) - Iraq returned to Kuwait on Monday the first consignment of state archives seized '
     'during its seven-month occupation of the emirate.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('085',),
     'WASHINGTON (Reuters) - President Clinton lifted the 19-year-old trade embargo against Vietnam on '
     'Thursday.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'IGO'), ('086', '0862'),
     'BAGHDAD (Reuters) - Iraq allowed U.N. weapons inspectors into a presidential site on Saturday after '
     'a week-long standoff.'),
    (('SDN', 'SDNGOV'), ('IGOUNO', 'IGO', 'NGO'), ('086', '0863', '0355'),
     'KHARTOUM (Reuters) - Sudan agreed on Sunday to let relief flights reach rebel-held towns in the south, '
     'opening a humanitarian corridor for the United Nations.'),
    (('ETH', 'ETHGOV', 'ETHMIL'), ('ERI', 'ERIGOV', 'ERIMIL'), ('087', '0871'),
     'ADDIS ABABA (Reuters) - Ethiopia declared a unilateral ceasefire with Eritrea on Wednesday, saying '
     'its troops had achieved their military aims.'),
    (('IND', 'INDGOV', 'INDMIL'), ('PAK', 'PAKGOV', 'PAKMIL'), ('087', '0874'),
     'NEW DELHI (Reuters) - India began pulling back troops from the border with Pakistan on Wednesday, '
     'ending a ten-month military standoff.'),
    (('AGO', 'AGOREB'), ('AGO', 'AGOGOV'), ('087', '0873'),
     'LUANDA (Reuters) - Angola\'s UNITA rebels began disarming and demobilising their fighters on '
     'Thursday under the peace accord signed with the government.'),
    (('ARG', 'ARGGOV', 'ARGJUD'), ('ARG', 'ARGMIL'), ('091', '092'),
     'BUENOS AIRES (Reuters) - An Argentine judge opened an investigation on Monday into the '
     'disappearance of 12 people during the 1976-83 military rule.'),
    (('IGOUNO', 'IGO'), ('YUG', 'SRB', 'YUGGOV', 'SRBGOV', 'YUGMIL', 'SRBMIL'), ('094', '092'),
     'THE HAGUE (Reuters) - The U.N. war crimes tribunal began investigating alleged atrocities by Serb '
     'forces in Kosovo on Tuesday.'),
    (('KOR', 'KORCVL', 'KOREDU'), ('KOR', 'KORGOV'), ('141', '1411', '1412', '1414'),
     'SEOUL (Reuters) - Tens of thousands of students marched in Seoul on Saturday to demand the '
     'resignation of President Chun Doo-hwan.'),
    (('TUR', 'TURREB', 'TURCVL', 'TUROPP'), ('TUR', 'TURGOV'), ('142', '1422', '1423'),
     'ANKARA (Reuters) - More than 200 Kurdish prisoners went on hunger strike in Turkish jails on Monday to '
     'protest against prison conditions.'),
    (('POL', 'POLLAB'), ('POL', 'POLGOV'), ('143', '1432', '1433'),
     'GDANSK (Reuters) - Workers at the Lenin shipyard went on strike on Monday demanding pay rises and the '
     'legalisation of the banned Solidarity trade union.'),
    (('CAN', 'CANCVL', 'CANREB'), ('CAN', 'CANGOV'), ('144', '1442', '1443'),
     'OKA, Quebec (Reuters) - Mohawk Indians blocked a bridge into Montreal on Thursday in support of a '
     'land claim against the town of Oka.'),
    (('IND', 'INDCVL', 'INDOPP', 'INDEDU'), ('IND', 'INDGOV'), ('145', '1452'),
     'NEW DELHI (Reuters) - Rioting students set fire to buses in New Delhi on Tuesday in protest against '
     'the government\'s plan to reserve jobs for lower castes.'),
    (('PER', 'PERGOV', 'PERCOP'), ('PER',), ('151',),
     'LIMA (Reuters) - Peru put its police on maximum alert on Friday ahead of an expected Shining Path '
     'offensive on the anniversary of the guerrilla war.'),
    (('TWN', 'TWNGOV', 'TWNMIL'), ('CHN', 'CHNGOV', 'CHNMIL'), ('152', '150'),
     'TAIPEI (Reuters) - Taiwan put its armed forces on alert on Friday as China began missile tests off the '
     'island\'s coast.'),
    (('GRC', 'GRCGOV', 'GRCMIL'), ('TUR', 'TURGOV', 'TURMIL'), ('154', '152'),
     'ATHENS (Reuters) - Greece called up reservists and moved warships into the Aegean on Tuesday as '
     'tension with Turkey rose over a survey ship.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), ('161',),
     'TEHRAN (IRNA) - Iran downgraded its diplomatic relations with Saudi Arabia on Monday, recalling its '
     'charge d\'affaires from Riyadh.'),
    (('NLD', 'NLDGOV'), ('IDN', 'IDNGOV'), ('162', '1621'),
     'THE HAGUE (Reuters) - The Netherlands suspended development aid to Indonesia on Tuesday over the '
     'killing of demonstrators in East Timor.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), ('162', '1622'),
     'WASHINGTON (Reuters) - The United States cut off military aid to Pakistan on Monday over its nuclear '
     'programme.'),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV'), ('163',),
     'UNITED NATIONS (Reuters) - The U.N. Security Council imposed a trade embargo on Iraq on Monday, '
     'four days after its invasion of Kuwait.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSEOPP', 'PSEREB'), ('164',),
     'JERUSALEM (Reuters) - Israel suspended peace negotiations with the Palestinians on Sunday after a '
     'suicide bombing killed 12 people in Jerusalem.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'IGO', 'USA', 'USAGOV'), ('166', '1662'),
     'BAGHDAD (Reuters) - Iraq expelled six American members of the U.N. arms inspection team on Thursday, '
     'accusing them of spying.'),
    (('ZWE', 'ZWEGOV'), ('ZWE', 'ZWEAGR', 'ZWEBUS'), ('171', '1711'),
     'HARARE (Reuters) - Zimbabwe\'s government seized 841 white-owned farms on Friday under its land '
     'reform programme.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSECVL'), ('171', '1712'),
     'GAZA (Reuters) - Israeli army bulldozers demolished 15 Palestinian homes in the Rafah refugee camp on '
     'Tuesday, residents said.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), ('172', '1722'),
     'RANGOON (Reuters) - Burma\'s military government banned three opposition parties on Friday, saying '
     'they had contacts with insurgents.'),
    (('DZA', 'DZAGOV'), ('DZA',), ('172', '1724'),
     'ALGIERS (Reuters) - Algeria declared a state of emergency on Sunday for a year, giving the army wide '
     'powers to fight Moslem fundamentalists.'),
    (('EGY', 'EGYGOV', 'EGYCOP'), ('EGY', 'EGYREB', 'EGYOPP'), ('173',),
     'CAIRO (Reuters) - Egyptian police arrested 40 suspected members of the Islamic Group in raids '
     'in southern Egypt on Saturday.'),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV', 'IRQCVL'), ('174',),
     'LONDON (Reuters) - Britain deported 23 Iraqis on Wednesday on security grounds as the Gulf crisis '
     'deepened.'),
    (('COL', 'COLREB'), ('USA', 'USACVL', 'USABUS'), ('181',),
     'BOGOTA (Reuters) - Leftist guerrillas kidnapped an American oil engineer in northeastern Colombia on '
     'Sunday, police said.'),
    (('ESP', 'ESPREB', 'ESPSEP'), ('ESP', 'ESPMIL', 'ESPCOP', 'ESPGOV'), ('183', '1832'),
     'MADRID (Reuters) - A car bomb blamed on the Basque separatist group ETA killed four Civil Guards in '
     'northern Spain on Thursday.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSREB', 'RUSSEP'), ('194',),
     'MOSCOW (Reuters) - Russian artillery pounded rebel positions around the Chechen capital Grozny '
     'overnight, Interfax news agency said.'),
]

BATCHES = {
    'batch1': LEAD45,
}

ALL45 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
