"""GSR-style probes of the thirty-sixth session (wip/lead38): international leads in the manner of the
real-news GSR records (1985-2005 agency copy, dated 2000-01-01 as those records are), written blind, weighted
to the GSR's commonest event types and spread over every region. Unlike the earlier lead files, about half
the rows keep the agency's dateline ("KABUL (AP) -", "COLOMBO, March 3 (Reuters) -"), as copy saved from the
wire does, so the dateline and the lead's first word are read as a crawler hands them over.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it; no rule of this
session was written after reading it.

First run, country + root / actor + root / actor + code, 30 rows: main a8dfea3e 25 / 23 / 23; the branch at
afcaff87 (written before the batch: opening plurals, shared nationalities, a two-way fight's harm) 26 / 25 /
24. Rows corrected after the run are writing errors by the codebook or the project's conventions only: a
throat slit is 1823 (kill by physical assault); "agreed to reschedule debt and grant credits" is an intent
(033 / 0331), and so is a pledge of food aid (0333); newspapers are media (MED) and their ban 1721
(restrictions on political freedoms); separatists of East Timor under a Dili dateline may be TLSREB. With
the corrections main scores 28 / 27 / 27. Final 30 / 30 / 30.

Batch 2 (26 rows, five under their headlines), first run: main a8dfea3e 23 / 22 / 20, the branch at 4d5a696a
23 / 22 / 20. Corrections, by the codebook or the conventions: barring inspectors from palaces is 1245
(refuse to allow international involvement); a sentence passed by a court is 116 (found guilty), and a
military court is JUD or MIL; a former prime minister is an elite (ELI, docs/actors.md); kidnappers are
criminals in the tables (CRM). With them main scores 24 / 24 / 23. Final 25 / 25 / 25; the one gap is the
soldiers of a JERUSALEM lead placed in Hebron.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_VISIT = ('040', '042', '043', '046', '036')
_APPEAL_OR_DEMAND = ('020', '021', '023', '024', '0241', '025', '0253', '026', '027', '028',
                     '100', '101', '102', '103', '104', '1041', '1043', '105')
_FIGHT = ('190', '193', '194', '195', '1951', '180', '181', '183', '186')

LEAD38: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('LKA', 'LKAREB', '---REB'), ('LKA', 'LKAMIL'), _FIGHT,
     'COLOMBO (Reuters) - Rebels attacked an army camp in northern Sri Lanka before dawn on Sunday, '
     'killing at least 30 soldiers, the defence ministry said.'),
    (('DZA', 'DZAUAF', '---UAF', 'DZAREB'), ('DZA', 'DZACVL'), _FIGHT + ('1823',),
     'ALGIERS (AP) - Gunmen slit the throats of 17 villagers in a night raid on a hamlet south of the '
     'capital, the government said on Tuesday.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('111', '110', '112', '114', '130', '140'),
     'TOKYO, Aug 31 (Reuters) - Japan lodged a strong protest with North Korea on Monday over the launch '
     'of a ballistic missile that flew over its main island of Honshu.'),
    (('PER', 'PERCOP', 'PERGOV'), ('PER', 'PERREB'), ('173', '170', '172'),
     'LIMA, Peru (AP) - Police captured the top leader of the Shining Path guerrilla movement in a raid '
     'on a house in a Lima suburb, President Alberto Fujimori announced on Sunday.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNREB', '---REB', 'LBNUAF'), _FIGHT,
     'JERUSALEM (AP) - Israeli helicopter gunships fired rockets at suspected Hezbollah guerrilla '
     'positions in southern Lebanon on Wednesday, security sources said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('161', '1661', '166', '160', '174'),
     'ISLAMABAD (Reuters) - Pakistan expelled an Indian diplomat on Thursday for what it called '
     'activities incompatible with his status, a day after New Delhi ordered a Pakistani official out.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('163', '160', '162', '1621', '1622', '1623'),
     'President Clinton signed into law on Tuesday a bill tightening the U.S. trade embargo against Cuba '
     'and penalising foreign firms that invest in property seized by Havana.'),
    (('RWA', 'RWAMIL', 'RWAREB'), ('COD', 'CODMIL', 'CODGOV', 'ZAR', 'ZARMIL'), _FIGHT,
     'KIGALI (AFP) - Rwandan troops crossed into eastern Congo on Monday and attacked Congolese army '
     'positions around the town of Goma, a rebel spokesman said.'),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), ('070', '071', '073', '074', '061', '033', '0331'),
     'PARIS (Reuters) - France agreed on Thursday to reschedule 6 billion francs of Algerian debt and to '
     'grant new credits to help the government in Algiers through its economic crisis.'),
    (('ZAF', 'ZAFCOP'), ('ZAF', 'ZAFCVL', 'ZAFOPP', 'ZAFEDU'), ('175', '180', '190', '170'),
     'JOHANNESBURG (AP) - Police fired rubber bullets and tear gas at stone-throwing students in Soweto '
     'on Friday, injuring at least 12, witnesses said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _APPEAL_OR_DEMAND,
     'SEOUL, South Korea (AP) - South Korea urged North Korea on Monday to return to talks on reuniting '
     'families separated by the Korean War, a Unification Ministry official said.'),
    (('IND', 'INDMIL'), ('PAK', 'PAKMIL'), _FIGHT,
     'SRINAGAR, India (Reuters) - Indian and Pakistani troops exchanged heavy artillery fire across the '
     'line of control in Kashmir on Saturday, killing four civilians, police said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), _VISIT,
     'CAIRO (Reuters) - President Hosni Mubarak will host Israeli and Palestinian leaders in Sharm '
     'el-Sheikh next week in a bid to revive the stalled peace talks, an Egyptian official said.'),
    (('TUR', 'TURMIL', 'TURGOV'), ('TUR', 'TURREB', 'IRQ', 'TURUAF', '---REB'), _FIGHT,
     'ANKARA, Turkey (AP) - Troops backed by helicopter gunships killed 22 Kurdish guerrillas in clashes '
     'in the mountains of southeastern Turkey, the military said on Friday.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV', 'IGONAT', 'IGO'), ('111', '110', '112', '122', '120', '125',
                                                             '1121', '1122', '1123', '1124', '1125'),
     'MOSCOW (Reuters) - Russia on Wednesday denounced U.S. plans to extend NATO eastward as a threat to '
     'its security and warned that it would take countermeasures.'),
    (('NGA', 'NGAGOV', 'NGAMIL'), ('NGA', 'NGAOPP', 'NGACVL', 'NGAREB', 'NGAMED'),
     ('1711', '171', '172', '1721', '173', '170', '175', '180'),
     "LAGOS (Reuters) - Nigeria's military government banned three newspapers on Monday and sealed their "
     'offices, accusing them of publishing articles that threatened national security.'),
    (('IGOUNO', 'IGO'), ('IRQ', 'IRQGOV'), ('163', '160', '162', '166', '1661'),
     'UNITED NATIONS (AP) - The Security Council voted on Friday to keep sanctions on Iraq in place, '
     'saying Baghdad had not met its obligations to destroy weapons of mass destruction.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('057', '050', '0311', '030', '046', '036', '081', '0871'),
     'Armenia and Azerbaijan signed a ceasefire agreement in Moscow on Monday to halt the fighting over '
     'the disputed enclave of Nagorno-Karabakh.'),
    (('IDN', 'IDNMIL'), ('IDN', 'IDNREB', 'IDNCVL', '---REB', 'TLS', 'TLSREB'), _FIGHT,
     'DILI, East Timor (Reuters) - Indonesian soldiers shot dead three suspected separatist guerrillas in '
     'a clash in the hills east of Dili, the army said on Thursday.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('111', '110', '112', '114', '130', '122', '140'),
     "BEIJING (Reuters) - China on Tuesday condemned Washington's decision to sell advanced fighter "
     'jets to Taiwan and warned that it would harm relations.'),
    (('PHL', 'PHLREB', '---REB'), ('PHL', 'PHLCVL', 'USA', 'USACVL', 'DEU', 'DEUCVL'), ('181', '180', '170'),
     'ZAMBOANGA, Philippines (AP) - Moslem guerrillas seized 21 hostages, including foreign tourists, from '
     'a Malaysian diving resort and took them to a jungle hideout on Jolo island, officials said.'),
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), ('040', '042', '043', '046', '057', '036'),
     'LONDON (Reuters) - Prime Minister Tony Blair and Irish Prime Minister Bertie Ahern met in London on '
     'Monday to try to break the deadlock over the disarmament of IRA guerrillas.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('112', '111', '110', '1121', '1122', '1123', '1124'),
     'ADDIS ABABA (Reuters) - Ethiopia accused Eritrea on Sunday of shelling the border town of Zalambessa '
     'and said it reserved the right to respond.'),
    (('HTI', 'HTIOPP', 'HTICVL'), ('HTI', 'HTIGOV'), ('140', '141', '145', '1411'),
     'PORT-AU-PRINCE, Haiti (AP) - Thousands of demonstrators marched through the capital on Friday '
     'demanding the resignation of President Jean-Bertrand Aristide.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('036', '040', '042', '043', '046', '057'),
     'HANOI (Reuters) - Vietnam and China agreed on Wednesday to speed up talks on their land border and '
     'the Gulf of Tonkin, the official Vietnam News Agency said.'),
    (('SOM', 'SOMUAF', '---UAF', 'SOMREB'), ('IGO', 'IGOUNO', 'NGO'), ('181', '180', '170'),
     'MOGADISHU (Reuters) - Gunmen kidnapped two foreign aid workers in the Somali capital on Tuesday, '
     'the third abduction of relief staff this year, a U.N. spokesman said.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('1621', '162', '163', '160', '1623'),
     'ATHENS (Reuters) - Greece imposed a trade embargo on Macedonia on Wednesday to force it to change its '
     'name and flag, which Athens says imply claims on Greek territory.'),
    (('AGO', 'AGOREB'), ('AGO', 'AGOGOV'), ('125', '120', '123', '128', '129', '012'),
     "LUANDA (Reuters) - UNITA rebels on Monday rejected the government's terms for a new round of peace "
     'talks, saying they amounted to a demand for surrender.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('0234', '023', '071', '070', '072', '073', '0231', '061',
                                        '033', '0333'),
     'WASHINGTON (Reuters) - The United States pledged $500 million in food aid to Russia on Thursday to '
     'help it through a harsh winter, the Agriculture Department said.'),
    (('PSE', 'PSEREB', 'PSEUAF'), ('ISR', 'ISRCVL', 'ISRMIL'), ('015', '180', '183', '1831'),
     'GAZA (Reuters) - Hamas claimed responsibility for a bombing that killed two Israeli soldiers near a '
     'Jewish settlement in the Gaza Strip on Sunday.'),
]

LEAD38B: list[Row] = [
    # batch 2: written blind after the batch 1 fixes, before the coder was run on it; five rows carry
    # their headline above the dateline, as a crawler saves a story
    (('AFG', 'AFGREB', '---REB', 'AFGUAF'), ('AFG', 'AFGGOV', 'AFGMIL'), _FIGHT,
     'KABUL, Afghanistan (AP) - Mujahedeen guerrillas fired a barrage of rockets into the Afghan capital '
     'on Saturday, hitting a government ministry and killing at least seven people.'),
    (('LBN', 'LBNUAF', '---UAF', 'LBNREB', 'LBNCRM'), ('USA', 'USACVL', 'USAGOV', 'USAEDU'), ('181', '180'),
     'BEIRUT, Lebanon (AP) - Kidnappers seized an American university professor on a west Beirut street '
     'on Tuesday, police said.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEOPP'), ('175', '170', '180', '190', '173'),
     'JERUSALEM (Reuters) - Soldiers fired rubber-coated bullets and tear gas at Palestinian stone-throwers '
     'in the West Bank town of Hebron on Friday, wounding 14, Palestinian hospital officials said.'),
    (('KHM', 'KHMREB', '---REB'), ('KHM', 'KHMGOV', 'KHMMIL'), _FIGHT,
     'PHNOM PENH (Reuters) - Khmer Rouge guerrillas attacked a government garrison in northwestern '
     'Cambodia overnight, killing 11 soldiers, a military spokesman said on Monday.'),
    (('IRQ', 'IRQGOV'), ('USA', 'USAGOV', 'IGOUNO', 'IGO'), ('125', '120', '128', '129', '1246', '1245'),
     'BAGHDAD (Reuters) - Iraq on Sunday rejected a U.S. demand that U.N. weapons inspectors be allowed into '
     'presidential palaces, calling it an insult to its sovereignty.'),
    (('ESP', 'ESPCOP', 'ESPGOV'), ('ESP', 'ESPREB', 'ESPUAF', '---REB'), ('173', '170', '172'),
     'MADRID (Reuters) - Police arrested five suspected members of the Basque separatist group ETA in raids '
     'in the northern city of Bilbao on Wednesday, the Interior Ministry said.'),
    (('COL', 'COLREB', '---REB'), ('COL', 'COLGOV', 'COLLEG', 'COLELI'), ('181', '180'),
     'BOGOTA, Colombia (AP) - Leftist rebels kidnapped a congressman and his two bodyguards at a roadblock '
     'in southern Colombia, the army said on Thursday.'),
    (('MEX', 'MEXREB', '---REB'), ('MEX', 'MEXGOV'), ('040', '043', '046', '036', '030', '057'),
     'SAN CRISTOBAL DE LAS CASAS, Mexico (Reuters) - Zapatista rebels agreed on Tuesday to resume peace '
     'talks with the government, a church mediator said.'),
    (('SRB', 'SRBCOP', 'SRBGOV', 'YUG', 'YUGCOP'), ('SRB', 'SRBOPP', 'SRBCVL', 'SRBEDU', 'YUG', 'YUGOPP'),
     ('175', '170', '180', '172'),
     'BELGRADE (Reuters) - Riot police beat students with truncheons on Monday to break up a march on the '
     'state television building in central Belgrade.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), _APPEAL_OR_DEMAND,
     'TAIPEI (Reuters) - Taiwan on Friday urged China to halt missile tests off its coast, saying they '
     'threatened peace in the region.'),
    (('SLE', 'SLEREB', '---REB'), ('IGO', 'IGOUNO', 'IGOWAFECW'), ('181', '180', '1724', '170'),
     'FREETOWN (Reuters) - Rebels have seized about 300 U.N. peacekeepers in eastern Sierra Leone and are '
     'holding them hostage, a U.N. spokesman said on Sunday.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('112', '111', '110'),
     'NEW DELHI (Reuters) - India on Monday accused Pakistan of arming and training the militants who '
     'attacked a Hindu temple in Gujarat, charges Islamabad denied.'),
    (('BDI', 'BDIMIL', 'BDIGOV'), ('BDI', 'BDIREB', 'BDICVL', '---REB'), _FIGHT,
     'BUJUMBURA (Reuters) - Burundi army troops killed 40 Hutu rebels in fighting in the hills outside the '
     'capital, a military spokesman said on Wednesday.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV', 'USA', 'USAGOV'), ('130', '138', '139', '1311', '1312', '131'),
     'SEOUL (Reuters) - North Korea threatened on Thursday to turn Seoul into "a sea of fire" if South Korea '
     'and the United States pressed ahead with joint military exercises.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), ('111', '110', '112', '114', '120', '125'),
     'HARARE (Reuters) - President Robert Mugabe on Tuesday accused Britain of plotting with white farmers '
     'to topple his government.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('057', '050', '030', '031', '036', '046'),
     'KIEV (Reuters) - Ukraine and Russia signed an agreement on Wednesday to divide the Black Sea Fleet, '
     'ending years of wrangling over the Soviet-era navy.'),
    (('GBR', 'GBRGOV', 'GBRMIL'), ('IRL', 'IRLREB', 'GBRREB', '---REB', 'IRL'), ('173', '170'),
     'BELFAST (Reuters) - Troops and police arrested six suspected IRA guerrillas in raids across Northern '
     'Ireland on Saturday, police said.'),
    (('EGY', 'EGYGOV', 'EGYJUD', 'EGYMIL'), ('EGY', 'EGYREB', 'EGYUAF', 'EGYREL', '---REB'),
     ('1721', '172', '173', '175', '170', '180', '116'),
     'CAIRO (Reuters) - An Egyptian military court on Monday sentenced eight Moslem militants to death for '
     'plotting to overthrow the government.'),
    (('CHN', 'CHNGOV'), ('VAT', 'VATGOV', 'VATREL'), ('111', '110', '112', '120', '125'),
     'BEIJING (Reuters) - China on Sunday denounced the Vatican for canonising 120 Catholic martyrs, calling '
     'the ceremony an insult to the Chinese people.'),
    (('NPL', 'NPLREB', '---REB'), ('NPL', 'NPLCOP', 'NPLGOV'), _FIGHT,
     'KATHMANDU (Reuters) - Maoist rebels stormed a police post in western Nepal before dawn on Friday, '
     'killing 15 policemen, officials said.'),
    (('USA', 'USAGOV'), ('SDN', 'SDNGOV'), ('1622', '163', '162', '160', '1621', '1623', '190', '195'),
     'WASHINGTON (Reuters) - The United States on Tuesday imposed new sanctions on Sudan, accusing '
     'Khartoum of sponsoring terrorism and abusing human rights.'),
    (('KEN', 'KENCOP', 'KENGOV'), ('KEN', 'KENOPP', 'KENCVL'), ('175', '170', '172', '173'),
     'Police break up Nairobi rally\n\nNAIROBI (Reuters) - Kenyan police used tear gas and batons on '
     'Saturday to break up a banned opposition rally in a Nairobi park, witnesses said.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('161', '166', '1661', '160', '174'),
     'Britain\'s envoy expelled from Tehran\n\nTEHRAN (Reuters) - Iran ordered the British charge '
     "d'affaires to leave the country within 48 hours on Monday, the official news agency IRNA said."),
    (('PAK', 'PAKGOV', 'PAKCOP'), ('PAK', 'PAKOPP', 'PAKGOV', 'PAKELI'), ('173', '170', '172'),
     'Former prime minister arrested\n\nISLAMABAD (Reuters) - Pakistani police arrested former prime '
     'minister Benazir Bhutto at her home in Karachi on Tuesday, her party said.'),
    (('IDN', 'IDNMIL', 'IDNGOV'), ('IDN', 'IDNREB', '---REB'), _FIGHT,
     'Aceh rebels killed in clash\n\nBANDA ACEH, Indonesia (Reuters) - Indonesian troops killed seven '
     'separatist rebels in a gunbattle in the province of Aceh on Sunday, the military said.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('040', '042', '043', '046', '036'),
     'Putin to visit Tbilisi\n\nMOSCOW (Reuters) - Russian President Vladimir Putin will visit Georgia '
     'next month for talks with President Eduard Shevardnadze, the Kremlin said on Friday.'),
]

BATCHES = {
    'batch1': LEAD38,
    'batch2': LEAD38B,
}

ALL38 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
