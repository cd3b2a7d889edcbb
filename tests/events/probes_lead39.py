"""GSR-style probes of the thirty-seventh session (wip/lead39): leads of the official and national news
agencies (Xinhua, ITAR-TASS, KCNA, IRNA, MENA, Tanjug, SANA, KUNA, Antara, Bernama, PTI, APP, WAM, Kyodo,
ANSA, EFE, Anatolia, PAP, MTI, CTK, Yonhap, SPA, PNA) as the era's wires carried them: a dateline with the
agency's name, "here" for the dateline's city ("met here today with"), "today" for the day, the state's own
voice ("the Korean Central News Agency today denounced"), and a few headlines. Written blind, in the manner
of the real-news GSR records (1985-2005 copy, dated 2000-01-01 as those records are), spread over every
region and weighted to the GSR's commonest event types.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it; no rule of this
session was written after reading it.

First run, country + root / actor + root / actor + code, 30 rows: main ddf703b6 27 / 27 / 27, the branch at
d4b981b7 (the collector settled, nothing else) the same. Misses: a rebel camp captured (no row for
"camp"), a denial of "charges by a human rights group" (the by-phrase hung on the verb, and an unnamed rights
group no target), a message received from a head of state. Final 29 / 29 / 29; the message is a strict gap.

Batch 2 (24 rows, one under its headline), written after the first fixes, first run: main ddf703b6 22 / 22 /
21, the branch at 7484b11f 22 / 22 / 21. One row corrected by the codebook: an agreement to extend a
ceasefire is an intent to de-escalate (0356). Misses: "military support" pledged read as words of support
(051) aimed at the pledger's own military; troops seizing "the capital" of the dateline's country. Final
24 / 24 / 24.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_MEET = ('040', '041', '042', '043', '044', '046', '036')
_FIGHT = ('190', '193', '194', '195', '1951', '180', '181', '183', '186', '192')
_AID = ('070', '071', '072', '073', '074', '075', '033', '0331', '0332', '0333', '030', '031', '061')
_DISAPPROVE = ('110', '111', '112', '1121', '1122', '1123', '1124', '1125', '114', '115')

LEAD39: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('CHN', 'CHNGOV'), ('THA', 'THAGOV'), _MEET,
     'BEIJING, March 12 (Xinhua) -- Chinese Premier Zhu Rongji met here this afternoon with visiting Thai '
     'Prime Minister Chuan Leekpai, and the two sides exchanged views on bilateral ties and regional '
     'issues.'),
    (('RUS', 'RUSGOV'), ('IGO', 'IGOWSTNAT'), _DISAPPROVE + ('130', '138', '120'),
     "MOSCOW, June 4 (ITAR-TASS) - Russian Foreign Minister Igor Ivanov on Friday sharply criticised "
     "NATO's plans to expand eastward, calling them a threat to European security."),
    (('PRK', 'PRKMED', 'PRKGOV'), ('KOR', 'KORGOV', 'KORMIL'), _DISAPPROVE,
     'PYONGYANG, Oct 10 (KCNA) -- The Korean Central News Agency today denounced the South Korean '
     'authorities for staging joint military exercises with the United States near the Military '
     'Demarcation Line.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV', 'USAMIL'), _DISAPPROVE,
     "TEHRAN, Jan 5 (IRNA) -- Iran's Foreign Ministry spokesman on Wednesday condemned the U.S. air "
     "strikes on Iraq as a flagrant violation of international law."),
    (('SYR', 'SYRGOV'), ('EGY', 'EGYGOV'), ('040', '042', '043', '010', '012', '013', '032', '036'),
     'CAIRO, May 20 (MENA) - President Hosni Mubarak received here today a message from Syrian President '
     'Hafez al-Assad on the Middle East peace process, delivered by Syrian Vice President Abdel-Halim '
     'Khaddam.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('USA', 'USAGOV'), ('120', '121', '122', '123', '124', '1241',
                                                          '125', '128', '129', '1246'),
     'BELGRADE, Aug 3 (Tanjug) - Yugoslav President Slobodan Milosevic on Monday rejected a U.S. demand '
     'for the withdrawal of Serbian police units from Kosovo, saying the province was an internal affair.'),
    (('SYR', 'SYRGOV'), ('IGO', 'IGOUNO', 'ISR', 'ISRGOV'), ('020', '021', '025', '0256', '026', '027',
                                                             '028', '100', '105', '1056', '102', '103'),
     'DAMASCUS, Feb 2 (SANA) -- Syria on Saturday called on the United Nations Security Council to force '
     'Israel to withdraw from the occupied Golan Heights.'),
    (('KWT', 'KWTGOV'), ('PSE', 'PSECVL', 'PSEREF'), _AID,
     'KUWAIT, Nov 1 (KUNA) - Kuwait will donate 10 million dollars to help Palestinian refugees in '
     'Lebanon and Jordan, Finance Minister Nasser al-Roudhan said on Sunday.'),
    (('PHL', 'PHLMIL', 'PHLGOV'), ('PHL', 'PHLREB', '---REB'), _FIGHT,
     'MANILA, Sept 14 (PNA) - Government troops captured a main camp of the Moro Islamic Liberation Front '
     'on the southern island of Mindanao after a week of heavy fighting, the armed forces said.'),
    (('MYS', 'MYSGOV'), ('SGP', 'SGPGOV'), ('030', '031', '032', '036', '039', '050', '057', '040',
                                           '046', '081', '086', '0311', '0312'),
     'KUALA LUMPUR, July 7 (Bernama) - Malaysia and Singapore agreed here today to refer their dispute '
     'over the island of Pedra Branca to the International Court of Justice.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _DISAPPROVE + ('130', '138', '139'),
     'NEW DELHI, Dec 2 (PTI) - India today accused Pakistan of sponsoring cross-border terrorism in Jammu '
     'and Kashmir and warned that it would not tolerate such acts.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('016', '010', '120', '121', '110', '111', '112'),
     'ISLAMABAD, Dec 3 (APP) - Pakistan has rejected Indian allegations of its involvement in terrorism '
     'in occupied Kashmir as baseless and malicious propaganda.'),
    (('ARE', 'AREGOV'), ('IRN', 'IRNGOV'), ('100', '101', '102', '103', '104', '105', '1053', '1056',
                                           '020', '025', '0256'),
     'ABU DHABI, March 9 (WAM) - The United Arab Emirates has renewed its demand that Iran end its '
     'occupation of three Gulf islands and return them to Emirati sovereignty.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _DISAPPROVE + ('140', '141'),
     'BEIJING, April 2 (Xinhua) -- China today lodged a solemn protest with the United States over its '
     'decision to sell advanced weapons to Taiwan, a Foreign Ministry spokesman said here.'),
    (('JPN', 'JPNGOV'), ('IND', 'INDGOV'), ('160', '162', '1621', '1622', '163', '172'),
     'TOKYO, May 14 (Kyodo) - Japan on Thursday froze new grants and loans to India in protest against '
     'its nuclear tests, Chief Cabinet Secretary Kanezo Muraoka said.'),
    (('ITA', 'ITACOP', 'ITAGOV'), ('ITA', 'ITACRM'), ('173', '170'),
     'ROME, Oct 20 (ANSA) - Italian police arrested 12 suspected members of the Sicilian Mafia in dawn '
     'raids in Palermo on Thursday, investigators said.'),
    (('ESP', 'ESPCOP', 'ESPGOV'), ('ESP', 'ESPREB', 'ESPUAF', '---REB'), ('173', '170'),
     "MADRID, Jan 9 (EFE) - Spain's Interior Ministry said on Sunday that police had arrested three "
     "suspected members of the Basque separatist group ETA in the northern city of Bilbao."),
    (('RWA', 'RWAGOV'), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), _DISAPPROVE,
     'Rwanda accuses Zaire of arming militias\n\nKIGALI, Nov 2 (Reuters) - Rwanda on Saturday accused '
     'Zaire of arming Hutu militiamen in refugee camps along their common border, and said it would '
     'defend itself.'),
    (('ZMB', 'ZMBCOP', 'ZMBGOV'), ('ZMB', 'ZMBOPP', 'ZMBCVL'), ('175', '170', '172', '1724', '173'),
     'Police break up opposition rally\n\nLUSAKA, Zambia (AP) - Riot police fired tear gas to disperse '
     'thousands of opposition supporters at a rally in Lusaka on Saturday, witnesses said.'),
    (('MNG', 'MNGGOV'), ('CHN', 'CHNGOV'), _MEET,
     'ULAN BATOR, June 6 (Xinhua) -- Mongolian President Natsagiin Bagabandi will pay a state visit to '
     'China from June 10 to 14 at the invitation of Chinese President Jiang Zemin, the Mongolian Foreign '
     'Ministry announced here today.'),
    (('RUS', 'RUSGOV', 'BLR', 'BLRGOV'), ('RUS', 'RUSGOV', 'BLR', 'BLRGOV'), ('057', '050', '030', '032',
                                                                             '051', '040', '046'),
     'MOSCOW, April 2 (ITAR-TASS) - Presidents Boris Yeltsin of Russia and Alexander Lukashenko of Belarus '
     'signed a treaty on the union of their two states in the Kremlin on Wednesday.'),
    (('IRN', 'IRNMIL', 'IRNGOV'), ('AFG', 'AFGREB', 'AFGGOV', 'AFGUAF', '---REB'), ('150', '151', '152',
                                                                                  '153', '154', '155'),
     'TEHRAN, Aug 30 (IRNA) - Iran on Sunday massed 70,000 troops on its border with Afghanistan after '
     'the Taleban militia admitted killing Iranian diplomats in Mazar-i-Sharif.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRMED'), ('174', '166', '170', '172'),
     "HARARE (Reuters) - Zimbabwe's government on Thursday ordered the expulsion of a British journalist "
     "accused of writing false stories about President Robert Mugabe."),
    (('SAU', 'SAUGOV'), ('YEM', 'YEMGOV'), _AID,
     'RIYADH, Oct 6 (SPA) - Saudi Arabia has granted Yemen a loan of 300 million riyals to finance '
     'development projects, the official Saudi Press Agency said.'),
    (('TUR', 'TURMIL'), ('TURREB', 'IRQ', 'IRQREB', '---REB', 'KURREB'), _FIGHT,
     'ANKARA, March 21 (Anatolia) - Turkish warplanes bombed suspected Kurdish rebel camps in northern Iraq '
     'on Monday, the military said in a statement.'),
    (('POL', 'POLLEG', 'POLGOV'), ('IGO', 'IGOWSTNAT'), ('057', '050', '030', '032', '051'),
     "WARSAW, Feb 12 (PAP) - Poland's parliament on Friday ratified the treaty on the country's accession "
     "to NATO by a large majority."),
    (('HUN', 'HUNGOV', 'ROU', 'ROUGOV'), ('HUN', 'HUNGOV', 'ROU', 'ROUGOV'), ('057', '050', '030', '040',
                                                                             '046'),
     'BUDAPEST, Sept 16 (MTI) - Hungary and Romania signed a basic treaty on friendship and cooperation in '
     'the western Romanian city of Timisoara on Monday, ending years of dispute over the rights of ethnic '
     'Hungarians.'),
    (('CZE', 'CZECOP', 'CZEGOV'), ('CZE', 'CZECVL', 'CZECRM'), ('173', '170'),
     'PRAGUE, June 3 (CTK) - Czech police detained 40 skinheads who had attacked a Roma family in the '
     'northern town of Usti nad Labem, a police spokesman said.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _AID,
     'SEOUL, Jan 12 (Yonhap) -- South Korea will provide 100,000 tons of fertilizer to North Korea this '
     'spring, the Unification Ministry said Tuesday.'),
    (('SDN', 'SDNGOV'), ('NGO',), ('016', '010', '012', '120', '121', '110', '111', '112'),
     'Sudan denies bombing villages\n\nKHARTOUM (AP) - Sudan on Wednesday denied charges by a human rights '
     'group that its air force had bombed villages in the south, calling them baseless.'),
]

LEAD39B: list[Row] = [
    # batch 2: written blind after the first fixes, before the coder was run on it
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _DISAPPROVE + ('140', '141'),
     'HANOI, Feb 3 (VNA) -- Vietnam today strongly protested the deployment by China of an oil rig in '
     'Vietnamese waters in the Gulf of Tonkin, a Foreign Ministry spokeswoman said here.'),
    (('CUB', 'CUBGOV', 'VEN', 'VENGOV'), ('CUB', 'CUBGOV', 'VEN', 'VENGOV'), _MEET,
     'HAVANA, July 12 (Prensa Latina) -- Cuban President Fidel Castro today welcomed Venezuelan President '
     'Hugo Chavez on his arrival here for a three-day official visit.'),
    (('MEX', 'MEXMIL', 'MEXGOV'), ('MEX', 'MEXREB', '---REB'), _FIGHT,
     'MEXICO CITY, Jan 4 (Notimex) - Mexican army troops clashed with Zapatista rebels in the southern '
     'state of Chiapas on Tuesday, leaving at least 12 dead, the Defense Ministry said.'),
    (('JOR', 'JORGOV', 'ISR', 'ISRGOV'), ('JOR', 'JORGOV', 'ISR', 'ISRGOV'), ('057', '050', '030', '040',
                                                                             '046'),
     'AMMAN, Oct 26 (Petra) - Jordan and Israel signed a peace treaty on Wednesday at a ceremony on their '
     'border attended by U.S. President Bill Clinton.'),
    (('LBY', 'LBYGOV'), ('USA', 'USAGOV'), _DISAPPROVE + ('130', '138', '139'),
     'TRIPOLI, April 15 (JANA) - Libya on Friday accused the United States of planning a new attack on '
     'its territory and warned that it would respond with force.'),
    (('SDN', 'SDNGOV', 'SDNREB'), ('SDN', 'SDNGOV', 'SDNREB'), ('030', '031', '032', '036', '039', '050',
                                                              '057', '040', '046', '080', '087', '0871',
                                                              '0311', '0312', '035', '0356'),
     "KHARTOUM, March 1 (SUNA) - The Sudanese government and the Sudan People's Liberation Army agreed "
     "here today to extend a ceasefire in the south for three more months."),
    (('IGO', 'IGOAFROAU'), ('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), ('020', '021', '023', '025', '0256', '027',
                                                               '028', '100', '101', '102', '105', '1056'),
     'ADDIS ABABA, May 7 (PANA) - The Organisation of African Unity on Saturday urged Ethiopia and Eritrea '
     'to halt hostilities and accept its peace plan.'),
    (('BGR', 'BGRCOP', 'BGRGOV'), ('BGR', 'BGRLAB', 'BGRCVL'), ('173', '170', '175'),
     'SOFIA, Dec 10 (BTA) - Bulgarian police detained 35 people during a protest by striking miners '
     'outside the government building in Sofia on Thursday.'),
    (('HRV', 'HRVMIL', 'HRVGOV'), ('HRV', 'HRVREB', 'SRB', 'SRBREB', '---REB'), _FIGHT,
     'ZAGREB, Aug 4 (HINA) - Croatian forces launched a major offensive to retake the rebel Serb-held '
     'Krajina region, the Defence Ministry said on Friday.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV', 'AZEMIL'), _DISAPPROVE,
     'YEREVAN, Feb 18 (Armenpress) - Armenian President Levon Ter-Petrosyan on Tuesday accused Azerbaijan '
     'of violating the ceasefire in Nagorno-Karabakh by shelling Armenian villages along the border.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('016', '010', '120', '121', '110', '111', '112'),
     'BAKU, Feb 19 (Azertac) - Azerbaijan on Wednesday rejected Armenian accusations that its troops had '
     'violated the ceasefire, calling them a provocation.'),
    (('UKR', 'UKRGOV', 'RUS', 'RUSGOV'), ('UKR', 'UKRGOV', 'RUS', 'RUSGOV'), ('057', '050', '030', '040',
                                                                             '046'),
     'KIEV, June 2 (UNIAN) - Ukraine and Russia signed an agreement on dividing the Black Sea Fleet on '
     'Wednesday, ending a five-year dispute.'),
    (('LVA', 'LVAGOV'), ('RUS', 'RUSGOV'), ('166', '161', '160', '174', '1661'),
     'RIGA, Oct 3 (LETA) - Latvia on Monday expelled a Russian diplomat for activities incompatible with '
     'his status, the Foreign Ministry said.'),
    (('NGA', 'NGACOP', 'NGAGOV'), ('NGA', 'NGAOPP', 'NGACVL', 'NGAACT'), ('173', '170', '175'),
     'LAGOS, June 12 (NAN) - Nigerian police arrested dozens of pro-democracy activists who gathered in '
     'Lagos to mark the anniversary of the annulled 1993 election.'),
    (('ZWE', 'ZWEGOV'), ('COD', 'CODGOV'), _AID + ('0332', '062', '064'),
     'HARARE, Nov 14 (ZIANA) - President Robert Mugabe today pledged continued military support for the '
     'government of the Democratic Republic of Congo in its war against rebels.'),
    (('ZAF', 'ZAFGOV'), ('LSO', 'LSOGOV', 'LSOMIL'), ('030', '032', '036', '039', '0356', '040', '043',
                                                     '046', '035'),
     'JOHANNESBURG, Sept 9 (SAPA) - South Africa on Wednesday offered to mediate between the government '
     'of Lesotho and mutinous soldiers, whose revolt has plunged the kingdom into chaos.'),
    (('PRT', 'PRTGOV'), ('IDN', 'IDNGOV'), ('020', '021', '023', '024', '0241', '025', '0256', '026', '027',
                                          '028', '100', '101', '102', '104', '1041', '105'),
     'LISBON, March 2 (Lusa) - Portugal on Tuesday called on Indonesia to allow a referendum on '
     'self-determination in East Timor.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), _DISAPPROVE,
     "TAIPEI, Aug 1 (CNA) - Taiwan on Friday condemned China's missile tests off its coast as a blatant "
     "act of intimidation."),
    (('LAO', 'LAOGOV', 'THA', 'THAGOV'), ('LAO', 'LAOGOV', 'THA', 'THAGOV'), ('030', '031', '032', '036',
                                                                             '050', '057', '040', '046',
                                                                             '0311', '0312'),
     'VIENTIANE, Dec 2 (KPL) - Laos and Thailand agreed here today to set up a joint commission to '
     'demarcate their common border.'),
    (('KHM', 'KHMMIL', 'KHMGOV'), ('KHM', 'KHMMIL', 'KHMGOV', 'KHMREB'), _FIGHT,
     'PHNOM PENH, July 6 (AKP) - Troops loyal to Second Prime Minister Hun Sen seized control of the '
     'capital on Sunday after heavy fighting with forces loyal to First Prime Minister Prince Norodom '
     'Ranariddh.'),
    (('BGD', 'BGDCOP', 'BGDGOV'), ('BGD', 'BGDOPP', 'BGDCVL'), ('175', '170', '180', '182', '173'),
     'DHAKA, Jan 22 (BSS) - Bangladeshi police fired rubber bullets and tear gas at opposition activists '
     'enforcing a nationwide general strike, injuring about 50 people.'),
    (('NPL', 'NPLREB', '---REB'), ('NPL', 'NPLCOP'), _FIGHT,
     'KATHMANDU, Feb 14 (RSS) - Maoist rebels attacked police posts in three districts of western Nepal '
     'on Thursday, killing 11 policemen, officials said.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), _DISAPPROVE + ('140', '141'),
     'Greece protests Turkish air violations\n\nATHENS, May 21 (ANA) - Greece on Thursday lodged a formal '
     'protest with Turkey over repeated violations of its airspace by Turkish warplanes over the Aegean.'),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), _AID,
     'BONN, March 11 (DPA) - Germany will give Russia 500 million marks in humanitarian aid to help it '
     'through the winter, Chancellor Helmut Kohl said on Wednesday.'),
]

BATCHES = {
    'batch1': LEAD39,
    'batch2': LEAD39B,
}

ALL39 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
