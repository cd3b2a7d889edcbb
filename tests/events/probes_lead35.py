"""GSR-style probes of the thirty-third session (wip/lead35): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind, weighted
to the GSR's commonest event types and spread over every region.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First runs, country + root / actor + root / actor + code: batch 1 (46 rows, main 4b3b7b39) 40 / 38 / 35.
Rows corrected after its run are writing errors by the codebook or the project's conventions only: police
are COP and government troops MIL; food aid is humanitarian (0333); a refusal to let inspectors in is 1245;
a threat over NATO's enlargement is aimed at NATO; retaking land by force threatens occupation (1382);
"East African leaders" are the region's (EAF); rebels who kill villagers keep 190 (the project's convention,
irregular_violence.py).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

LEAD35: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('161', '160', '111', '114'),
     'Greece recalled its ambassador to Turkey on Wednesday after Turkish warplanes violated Greek airspace '
     'over the Aegean for the third time in a week, the foreign ministry in Athens said.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('120', '016', '010', '128'),
     'Turkey on Thursday rejected Greek charges that its warplanes had violated Greek airspace, saying the '
     'flights had stayed over international waters.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('036', '042', '043', '040', '030'),
     'Japanese Prime Minister Ryutaro Hashimoto will visit Beijing next month for talks on trade and '
     'security, the Foreign Ministry said on Tuesday.'),
    (('IGO',), ('MMR', 'MMRGOV', 'MMRMIL'), ('163', '160', '161', '162', '1621', '166', '172'),
     "The European Union on Monday banned visits by Burmese military leaders and suspended all "
     "non-humanitarian aid to Rangoon over the junta's treatment of the democracy movement."),
    (('IDN', 'IDNEDU', 'IDNCVL', 'IDNOPP'), ('IDN', 'IDNGOV', 'IDNCOP', 'IDNLEG'),
     ('141', '145', '140', '1411', '1412', '1413', '1414'),
     'Thousands of students marched on parliament in Jakarta on Thursday to demand that President Suharto '
     'step down, stoning riot police who blocked their way.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNCVL', 'LBNREB', 'LBNOPP'), ('084', '0841', '080'),
     'Israel on Sunday freed 30 Lebanese prisoners held without trial in exchange for the remains of two '
     'Israeli soldiers, the army said.'),
    (('IRN', 'IRNGOV'), ('DEU', 'DEUGOV', 'DEUJUD'), ('114', '111', '110', '112'),
     'Iran summoned the German ambassador on Wednesday to protest a Berlin court ruling that blamed Iranian '
     'leaders for the killing of four Kurdish dissidents in a restaurant.'),
    (('CHN', 'CHNMIL', 'CHNCOP', 'CHNGOV'), ('CHN', 'CHNCVL', 'CHNOPP', 'CHNETH', 'CHNREL'),
     ('175', '180', '190', '193', '1823', '186', '170'),
     'Chinese troops opened fire on Tibetan demonstrators in Lhasa on Saturday, killing at least 11 people, '
     'Western travellers said.'),
    (('IGO', 'UNO'), ('IRQ', 'IRQGOV'), ('100', '101', '104', '1041', '105', '109'),
     'The U.N. Security Council on Friday demanded that Iraq give weapons inspectors immediate and '
     'unconditional access to all sites.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'UNO'), ('120', '128', '129', '125', '1246', '124', '1245'),
     'Saddam Hussein said on Thursday that Iraq would never let U.N. inspectors into his presidential '
     'palaces, calling the demand an insult to Iraqi sovereignty.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB'), ('036', '030', '046', '043', '040', '031'),
     "Colombia's government and the leftist FARC rebels agreed on Saturday to resume peace talks in Caracas "
     'next month after a two-month break.'),
    (('PER', 'PERREB'), ('PER', 'PERMIL'), ('190', '193', '180', '183', '186', '195'),
     'Leftist guerrillas ambushed an army patrol in northern Peru on Tuesday, killing seven soldiers, '
     'military officials said.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), ('112', '110', '111'),
     'Ugandan President Yoweri Museveni accused Sudan on Monday of arming rebels who have killed hundreds of '
     'civilians in northern Uganda.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('033', '0331', '0333', '030', '070', '071'),
     'The United States offered on Friday to send food aid to North Korea if Pyongyang agreed to join '
     'four-party peace talks with South Korea and China.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('120', '125', '128', '121'),
     'South Korea on Wednesday rejected a North Korean proposal for high-level talks, saying Pyongyang must '
     'first apologise for the submarine incursion.'),
    (('ARM', 'ARMMIL', 'ARMREB'), ('AZE', 'AZEMIL'), ('190', '193', '194', '195'),
     'Armenian and Azerbaijani forces fought fierce battles for control of the Lachin corridor on Sunday, '
     'each side blaming the other for breaking a ceasefire.'),
    (('GEO', 'GEOGOV'), ('GEO', 'GEOGOV', 'GEOJUD', 'GEOCOP'), ('172', '1721', '170', '1724'),
     'Georgian President Eduard Shevardnadze dismissed his security minister and the prosecutor general on '
     'Wednesday after street protests over a police raid on an independent television station.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('018', '010', '020', '022', '028'),
     'France offered its condolences to Algeria on Monday after an earthquake killed more than 2,000 people '
     'east of Algiers.'),
    (('DZA', 'DZAREB'), ('DZA', 'DZACVL'), ('180', '181', '183', '186', '1823', '200', '202', '190'),
     'Suspected Islamic guerrillas killed 43 villagers in a night raid south of Algiers, slitting the '
     'throats of women and children, newspapers reported on Sunday.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('161', '160'),
     'Egypt recalled its ambassador from Israel on Tuesday in protest at the Israeli bombardment of '
     'Palestinian towns, the Middle East News Agency said.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('ISR', 'ISRGOV'), ('111', '110', '112', '114'),
     'Palestinian leader Yasser Arafat on Friday condemned Israel\'s decision to build 6,500 homes for Jews '
     'in Arab East Jerusalem, saying it would destroy the peace process.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), ('023', '020', '026', '028', '110', '111'),
     'The White House urged Israel on Friday to reconsider its plan to build homes for Jews in east '
     'Jerusalem, saying the project undermined confidence in the peace talks.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV', 'IGO', 'NAT'), ('138', '130', '1312', '131'),
     'Russia warned on Monday that it would deploy new missiles aimed at Europe if NATO admitted former '
     'Warsaw Pact states without a binding treaty on its forces.'),
    (('NGA', 'NGAGOV', 'NGAMIL', 'NGACOP'), ('NGA', 'NGAOPP', 'NGALAB', 'NGACVL'), ('173', '170', '1721'),
     'Nigerian police arrested 15 leaders of the striking oil workers\' union on Saturday and sealed its '
     'offices in Lagos, union officials said.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), ('112', '110', '111'),
     'President Robert Mugabe accused Britain on Tuesday of plotting with white farmers and the opposition '
     'to overthrow his government.'),
    (('GBR', 'GBRGOV'), ('ZWE', 'ZWEGOV'), ('120', '016', '010', '012'),
     'The Foreign Office in London dismissed the charges as absurd on Wednesday, saying Britain had no '
     'interest in who governed Zimbabwe.'),
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), ('074', '070', '073', '060', '064', '062'),
     'India began flying relief supplies to Sri Lanka on Sunday after floods left 200,000 people homeless '
     'in the south of the island.'),
    (('LKA', 'LKAMIL'), ('LKA', 'LKAREB'), ('190', '195', '193', '194'),
     'Sri Lankan warplanes bombed Tamil Tiger positions on the Jaffna peninsula on Tuesday, the defence '
     'ministry said, a day after the rebels overran an army camp.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('111', '110', '112', '114'),
     'Cuba on Thursday denounced a new U.S. law tightening the embargo on the island as an act of economic '
     'war against the Cuban people.'),
    (('CAN', 'CANGOV'), ('USA', 'USAGOV'), ('114', '111', '110', '120'),
     'Canada lodged a formal protest with Washington on Friday over a U.S. law that punishes foreign firms '
     'doing business in Cuba.'),
    (('HRV', 'HRVGOV'), ('SRB', 'YUG', 'YUGGOV', 'SRBGOV', 'HRVREB', 'SRBREB'),
     ('130', '138', '131', '1312', '1382'),
     'Croatia threatened on Monday to retake the rebel Serb enclave of Krajina by force unless talks on its '
     'return to Croatian rule made progress by the end of the month.'),
    (('BIH', 'BIHGOV'), ('IGO', 'NAT', 'UNO'), ('102', '103', '100', '020', '025', '0234'),
     'The Bosnian government asked NATO on Wednesday to launch air strikes against Serb gunners shelling '
     'the eastern enclave of Gorazde.'),
    (('NAT', 'IGO'), ('SRB', 'BIH', 'BIHREB', 'SRBMIL', 'SRBREB', 'BIHMIL'), ('195', '190'),
     'NATO jets attacked Bosnian Serb ammunition depots near Pale on Thursday after the Serbs ignored an '
     'ultimatum to remove heavy weapons from around Sarajevo.'),
    (('AFG', 'AFGREB', 'AFGGOV'), ('IGO', 'UNO', 'NGO'), ('166', '1663', '174', '160', '172'),
     'The Taleban militia on Monday ordered all foreign aid agencies to leave Kabul within 48 hours, U.N. '
     'officials said.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('051', '050', '054', '057'),
     'Pakistan on Sunday recognised the Taleban as the government of Afghanistan, the first country to do '
     'so after the militia seized Kabul.'),
    (('KHM', 'KHMGOV', 'KHMMIL'), ('KHM', 'KHMREB'), ('173', '170', '1711', '180'),
     'Cambodian government troops captured a senior Khmer Rouge commander near the Thai border on Friday, '
     'the defence ministry said.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('120', '128', '111', '110', '114'),
     'Vietnam rejected on Tuesday a Chinese claim to the Spratly Islands and demanded that Beijing withdraw '
     'an oil rig from waters off the Vietnamese coast.'),
    (('MEX', 'MEXGOV'), ('MEX', 'MEXREB'), ('036', '030', '043', '046', '040'),
     "Mexico's government said on Monday it was ready to resume talks with Zapatista rebels in the southern "
     'state of Chiapas without preconditions.'),
    (('SLV', 'SLVREB'), ('SLV', 'SLVGOV', 'SLVMIL'), ('190', '180', '195', '193', '183'),
     'Salvadoran rebels launched their biggest offensive in years on Saturday night, attacking army posts '
     'and government buildings across San Salvador.'),
    (('USA', 'USAGOV'), ('PAN', 'PANGOV', 'PANMIL'), ('163', '160', '162', '1621', '172'),
     'President Ronald Reagan froze Panamanian government assets in U.S. banks on Friday to step up '
     'pressure on military strongman Manuel Noriega to resign.'),
    (('ZAF', 'ZAFGOV', 'ZAFCOP'), ('ZAF', 'ZAFOPP', 'ZAFCVL', 'ZAFLAB'), ('173', '170', '175', '1721'),
     'South African police detained more than 100 anti-apartheid activists on Tuesday under the state of '
     'emergency, a monitoring group said.'),
    (('IGO', 'OAU', 'AFR', 'EAF', 'EAFGOV'), ('BDI', 'BDIGOV', 'BDIMIL'), ('163', '160', '161', '162'),
     'East African leaders imposed economic sanctions on Burundi on Wednesday to press its new military '
     'ruler to restore constitutional rule.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB'), ('057', '050', '0311', '031', '030'),
     'The Philippine government and Muslim separatists signed a peace agreement in Manila on Monday ending '
     'a 24-year rebellion in the southern Philippines.'),
    (('KOR', 'KOROPP', 'KOREDU', 'KORCVL'), ('USA', 'USAGOV', 'USAMIL'), ('141', '140', '145', '1411'),
     'Several thousand South Korean students rallied in Seoul on Saturday to demand the withdrawal of U.S. '
     'troops from the peninsula.'),
    ((), (), ('19', '18', '17'),
     'The Falklands war of 1982 cost the lives of 255 British servicemen and some 650 Argentines.'),
    ((), (), ('05', '04', '03'),
     'The two countries have maintained close ties since independence, when the former colonial power '
     'signed a friendship treaty with its neighbour.'),
]


BATCHES = {
    'batch1': LEAD35,
}

ALL35 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
