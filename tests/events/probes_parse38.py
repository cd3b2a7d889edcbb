"""Blind probes of the thirty-sixth session (wip/parse38): LONG era leads (1985-2005 agency copy, 30-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI and Yonhap, weighted to shapes the parse37 file has few
of: a message, letter, note, warning or offer "handed", "delivered", "conveyed" or "relayed" to a party; an
act named by a noun with a by-phrase ("the expulsion by Iraq of two diplomats"); a reduced relative
("troops loyal to X attacked", "a bomb blamed on Y killed"); modals and aspect verbs over the act ("refused
to", "failed to", "began to", "resumed", "stepped up", "threatened to", "pledged to"); "X's decision to" and
"X's refusal to"; a second act in a which-clause; a list of three parties as subject or object; a dateline
place that is also the lead's subject; and the era's phrasal verbs ("stepped up", "held up", "turned back",
"handed over", "pulled back", "hit back at").

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First run (batch 1, 54 rows, 41 leads, main a8dfea3e = the branch's start, committed 663fe834), country + root
/ actor + root / actor + code: 32 / 29 / 29. Two rows corrected after it as writing errors by the codebook and
the project's conventions: the talks proposed in "a letter from Arafat" handed over by Norway's minister are
Arafat's (the document's author, as `parse.author_of` reads a from-phrase), and talks with the European Union
halted are aimed at the EU, not at Spain (main 33 / 30 / 29 with them). After the first fixes (message acts
conveyed or relayed; a participle on a handed document; a verdict in a which-clause on an act named by its
kind; the infinitive of "led X ... to"): 41 / 38 / 37.

Batch 2 (41 rows, 35 leads), written after the first fixes and committed (23423198) before the coder ran on
it; first run on the branch (73ac43f8): 29 / 26 / 26 (main a8dfea3e: 26 / 23 / 23). After the second fixes
(a warning "passed on"; a set-off naming of the act read as the verb's object; aid held up or held back):
32 / 29 / 29.

Batch 3 (26 rows, 24 leads), written after the second fixes and committed (d2b71cad) before the coder ran on
it; first run on the branch (b7054609 + 20fd67da): 23 / 23 / 23 (main a8dfea3e: 15 / 15 / 15). After a third
fix (a letter's recipient read as its participle's subject, "to Greek Prime Minister X proposing a
meeting"): 24 / 24 / 24. The remaining misses are gaps (test_probes_parse38.py).
`.venv/bin/python tests/events/probes_parse38.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '11', '1121', '1122', '1123', '1124', '1125')
_PROTEST_NOTE = _CRIT + ('140', '14', '160')
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383', '132', '133')
_POSTURE = ('150', '151', '152', '153', '154', '15', '138', '13', '130')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831', '1822')
_ARREST = ('173', '170', '172', '1711', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_EXPEL = _RECALL + ('174', '17', '1663')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123', '1212', '1222')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '0842', '085', '086', '087',
          '0871', '0874', '0872', '0873', '08')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045', '03')
_AID = ('070', '071', '07', '0331', '033', '030', '03', '061', '06', '062', '0332', '072', '073', '074')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16')
_APPEAL = ('020', '02', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233',
           '0234', '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255',
           '0256', '026', '027', '028', '010', '01')
_AGREE = ('057', '05', '050', '03', '030', '036', '04', '046', '0871', '087', '08', '031', '0311', '0312')
_PROTEST = ('140', '141', '1411', '1412', '14', '145', '1451')
_HANDOVER = ('063', '06', '084', '0841', '08', '080')

_DHAKA_NOTE = ('DHAKA, Bangladesh (Reuters) - Bangladesh on Monday handed India\'s high commissioner a '
               'strongly worded note protesting the killing of three Bangladeshi villagers by Indian '
               'border guards near Jessore, the foreign ministry said.')
_IRAQ_EXPULSION = ('The expulsion by Iraq of two British diplomats accused of spying drew a swift response '
                   'from London on Tuesday, when the Foreign Office ordered an Iraqi military attache to '
                   'leave the country within seven days.')
_FERRY = ('The seizure by Tamil rebels of a passenger ferry off the island\'s northern coast on Sunday was '
          'condemned by the Sri Lankan government, which accused the guerrillas of endangering the lives of '
          '40 civilians, a defence ministry spokesman said in Colombo.')
_HEBRON = ('The arrest by Israeli troops of a senior Hamas leader in Hebron on Wednesday sparked clashes in '
           'which soldiers shot and wounded 14 Palestinian stone-throwers, Palestinian hospital officials '
           'said.')
_PARACELS = ('Chinese gunboats fired on three Vietnamese fishing boats near the Paracel Islands on '
             'Saturday, an attack which Hanoi condemned as a grave violation of its sovereignty, the Vietnam '
             'News Agency said.')
_SRINAGAR = ('Indian troops on Thursday stormed a shrine in Srinagar where Kashmiri militants had been '
             'holed up for three weeks, an operation which Pakistan denounced as an outrage against Moslems '
             'everywhere, Radio Pakistan said.')
_BENELUX = ('Belgium, the Netherlands and Luxembourg on Friday suspended all development aid to Zaire after '
            'troops loyal to President Mobutu Sese Seko killed dozens of students on a university campus '
            'in Lubumbashi, officials said in Brussels.')
_LOCKERBIE = ('Libya\'s refusal to hand over two men wanted for the bombing of a French airliner over Niger '
              'led the U.N. Security Council on Tuesday to impose an air and arms embargo on Tripoli, '
              'diplomats said in New York.')
_ETHIOPIA_SUDAN = ('Ethiopia on Tuesday expelled four Sudanese diplomats and closed Sudan\'s consulate in '
                   'Gambela, accusing Khartoum of arming rebels of the Oromo Liberation Front, the official '
                   'Ethiopian News Agency said.')
_IRAN_BBC = ('Iran\'s decision to expel a BBC correspondent, announced on Sunday by the official Islamic '
             'Republic News Agency, drew a protest from London, where the Foreign Office summoned Iran\'s '
             'charge d\'affaires.')

PARSE38: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- a message, note, warning, offer or appeal handed, delivered, conveyed or relayed
    (('BGD', 'BGDGOV'), ('IND', 'INDGOV'), _PROTEST_NOTE, _DHAKA_NOTE),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), _MEET + _AGREE,
     'A Swiss envoy on Thursday delivered a message from Washington to the Iranian government offering '
     'direct talks on the fate of American hostages held in Lebanon, diplomats said in Bern.'),
    (('EGY', 'EGYGOV'), ('LBY', 'LBYGOV'), _THREAT,
     'An envoy of President Hosni Mubarak on Saturday conveyed a stern warning to Libyan leader Moammar '
     'Gadhafi that Egypt would not tolerate further incursions by Libyan troops across their desert '
     'border, the Middle East News Agency said.'),
    (('VAT', 'VATGOV', 'VATREL'), ('ARG', 'ARGGOV', 'ARGMIL'), _APPEAL,
     'The Vatican on Sunday relayed an appeal from Pope John Paul to Argentina\'s military government to '
     'reveal the fate of thousands of people who disappeared after their arrest by security forces, church '
     'sources said in Buenos Aires.'),
    (('PSE', 'PSEGOV', 'NOR', 'NORGOV'), ('ISR', 'ISRGOV'), _MEET + _AGREE,
     'Norway\'s foreign minister on Friday handed Israeli Prime Minister Yitzhak Rabin a letter from '
     'Palestinian leader Yasser Arafat proposing a new round of secret talks in Oslo, Norwegian radio '
     'reported.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), _APPEAL,
     'Japan\'s Foreign Ministry on Tuesday conveyed a request through diplomats in Beijing to North Korea '
     'to free two Japanese seamen held in Pyongyang since 1983 on charges of espionage, Kyodo news agency '
     'reported.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _PROTEST_NOTE,
     'China\'s vice foreign minister on Thursday delivered a formal protest to the U.S. ambassador in '
     'Beijing over Washington\'s decision to sell 150 F-16 fighter planes to Taiwan, Xinhua news agency '
     'said.'),
    # -- an act named by a noun with a by-phrase
    (('IRQ', 'IRQGOV'), ('GBR', 'GBRGOV'), _EXPEL, _IRAQ_EXPULSION),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), _EXPEL, _IRAQ_EXPULSION),
    (('LKA', 'LKAGOV'), ('LKA', 'LKAREB', 'LKAINS'), _CRIT, _FERRY),
    (('ISR', 'ISRMIL'), ('PSE', 'PSEREB', 'PSEUAF', 'PSEPTY', 'PSEINS'), _ARREST, _HEBRON),
    (('ISR', 'ISRMIL'), ('PSE', 'PSECVL', 'PSEOPP'), _FORCE, _HEBRON),
    (('TUR', 'TURMIL', 'TURGOV'), ('IRQ', 'TURREB', 'IRQREB', 'TURINS', 'IRQINS', 'TURSEP'), _FORCE,
     'The bombing by Turkish warplanes of Kurdish rebel camps in northern Iraq on Monday drew condemnation '
     'from Baghdad, which called the raids a flagrant violation of Iraqi airspace, the Iraqi News Agency '
     'said.'),
    (('IRQ', 'IRQGOV'), ('TUR', 'TURMIL', 'TURGOV'), _CRIT,
     'The bombing by Turkish warplanes of Kurdish rebel camps in northern Iraq on Monday drew condemnation '
     'from Baghdad, which called the raids a flagrant violation of Iraqi airspace, the Iraqi News Agency '
     'said.'),
    # -- a reduced relative in the subject
    (('CAF', 'CAFMIL', 'CAFGOV'), ('CAF', 'CAFMIL', 'CAFREB'), _FORCE,
     'Troops loyal to President Andre Kolingba on Sunday attacked a barracks held by mutinous soldiers in '
     'the capital Bangui, killing at least eight of them, French military sources said.'),
    (('ESP', 'ESPREB', 'ESPINS', 'ESPSEP', 'ESPUAF'), ('ESP', 'ESPCOP', 'ESPMIL'), _FORCE,
     'A car bomb blamed on the Basque separatist group ETA killed three members of the paramilitary Civil '
     'Guard in the northern city of Vitoria on Thursday, the interior ministry said in Madrid.'),
    (('SLV', 'SLVREB', 'SLVINS'), ('SLV', 'SLVMIL'), _FORCE,
     'Guerrillas of the Farabundo Marti National Liberation Front armed with rocket launchers ambushed an '
     'army patrol in Usulutan province on Monday, killing five soldiers, military sources said in San '
     'Salvador.'),
    (('ITA', 'ITACOP'), ('ITA', 'ITAREB', 'ITAUAF', 'ITAINS', 'ITARAD'), _ARREST,
     'Police acting on a tip-off arrested four suspected members of the Red Brigades guerrilla group in a '
     'raid on an apartment in Milan on Saturday, the ANSA news agency reported.'),
    (('COD', 'CODMIL', 'ZAR', 'ZARMIL', 'CODGOV', 'ZARGOV'), ('COD', 'CODEDU', 'ZAR', 'ZAREDU', 'CODCVL',
                                                           'ZARCVL'), _FORCE, _BENELUX),
    # -- modals and aspect verbs over the act
    (('IRQ', 'IRQGOV'), ('IGO', 'UNO'), _REJECT,
     'Iraq on Monday refused to allow U.N. weapons inspectors into the Agriculture Ministry in Baghdad, '
     'prompting a sharp warning from Washington that it would not tolerate any obstruction of their '
     'work, diplomats said.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _THREAT,
     'Iraq on Monday refused to allow U.N. weapons inspectors into the Agriculture Ministry in Baghdad, '
     'prompting a sharp warning from Washington that it would not tolerate any obstruction of their '
     'work, diplomats said.'),
    (('ETH', 'ETHMIL'), ('ERI', 'ERIGOV', 'ERIMIL'), _YIELD,
     'Ethiopian troops began to pull back from the disputed border town of Badme on Tuesday under a peace '
     'plan brokered by the Organisation of African Unity, Eritrean officials said in Asmara.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDMIL'), _FORCE,
     'Pakistani troops on Friday resumed shelling Indian army posts along the Line of Control in Kashmir '
     'after a two-week lull, killing two soldiers and a civilian, an Indian army spokesman said in '
     'Srinagar.'),
    (('IDN', 'IDNMIL'), ('IDN', 'IDNREB', 'IDNSEP', 'IDNINS'), _FORCE,
     'Indonesian troops on Monday stepped up their offensive against separatist rebels of the Free Aceh '
     'Movement, burning villages and killing at least 11 guerrillas, human rights groups said in Banda '
     'Aceh.'),
    (('PRK', 'PRKGOV'), ('IGO',), _THREAT,
     'North Korea on Thursday threatened to pull out of the nuclear Non-Proliferation Treaty unless the '
     'International Atomic Energy Agency dropped its demand for special inspections of two sites at '
     'Yongbyon, the official KCNA news agency said.'),
    (('JPN', 'JPNGOV'), ('VNM', 'VNMGOV'), _AID,
     'Japan on Wednesday pledged to lend Vietnam $500 million to rebuild roads and power plants, ending a '
     'freeze on aid imposed after Hanoi\'s invasion of Cambodia, the Foreign Ministry said in Tokyo.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV', 'IGO'), _REJECT,
     'Israel on Wednesday failed to meet a United Nations deadline to withdraw its troops from a strip of '
     'southern Lebanon, saying its forces would stay until Beirut disarmed Hezbollah guerrillas, '
     'officials said in Jerusalem.'),
    # -- "X's decision to ..." and "X's refusal to ..."
    (('IRN', 'IRNGOV'), ('GBR', 'GBRMED'), _EXPEL, _IRAN_BBC),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), _PROTEST_NOTE, _IRAN_BBC),
    (('IGO', 'UNO'), ('LBY', 'LBYGOV'), _SANCTION, _LOCKERBIE),
    (('LBY', 'LBYGOV'), ('FRA', 'FRAGOV', 'IGO'), _REJECT, _LOCKERBIE),
    (('NZL', 'NZLGOV'), ('FRA', 'FRAGOV'), _SANCTION + _RECALL,
     'New Zealand\'s decision to suspend military contacts with France over its nuclear tests in the South '
     'Pacific was announced on Thursday by Prime Minister Jim Bolger, who called the tests an act of '
     'arrogance.'),
    # -- a second act in a which-clause
    (('CHN', 'CHNMIL'), ('VNM', 'VNMCVL', 'VNMGOV'), _FORCE, _PARACELS),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), _CRIT, _PARACELS),
    (('IND', 'INDMIL'), ('IND', 'INDREB', 'INDUAF', 'INDINS', 'INDSEP'), _FORCE, _SRINAGAR),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV', 'INDMIL'), _CRIT, _SRINAGAR),
    (('MAR', 'MARGOV'), ('IGO', 'ESP', 'ESPGOV'), _SANCTION + _REJECT,
     'Morocco on Monday halted talks on a new fishing agreement with the European Union, a step which '
     'Spain, whose trawlers depend on Moroccan waters, called unacceptable, officials said in Rabat.'),
    (('ESP', 'ESPGOV'), ('MAR', 'MARGOV'), _CRIT,
     'Morocco on Monday halted talks on a new fishing agreement with the European Union, a step which '
     'Spain, whose trawlers depend on Moroccan waters, called unacceptable, officials said in Rabat.'),
    # -- a list of three parties
    (('BEL', 'BELGOV'), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), _SANCTION, _BENELUX),
    (('LUX', 'LUXGOV'), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), _SANCTION, _BENELUX),
    (('EGY', 'EGYGOV'), ('JOR', 'JORGOV'), _MEET + _AGREE,
     'Egypt on Sunday invited Israel, Jordan and Syria to a conference in Cairo next month on sharing the '
     'waters of the Jordan river, the Middle East News Agency said.'),
    (('EGY', 'EGYGOV'), ('SYR', 'SYRGOV'), _MEET + _AGREE,
     'Egypt on Sunday invited Israel, Jordan and Syria to a conference in Cairo next month on sharing the '
     'waters of the Jordan river, the Middle East News Agency said.'),
    # -- a dateline place that is also the lead's subject
    (('RUS', 'RUSGOV'), ('EST', 'ESTGOV', 'ESTLEG'), _CRIT,
     'MOSCOW, Jan 14 (Reuters) - Moscow on Friday sharply criticised Estonia\'s new citizenship law, '
     'saying it discriminated against hundreds of thousands of Russian speakers, the Itar-Tass news '
     'agency reported.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), _REJECT + _CRIT,
     'BEIJING, Oct 8 (Reuters) - Beijing on Thursday rejected Hong Kong Governor Chris Patten\'s plan to '
     'widen the franchise before the 1997 handover, calling it a violation of the Sino-British joint '
     'declaration.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), _ACCUSE + _CRIT,
     'TEHRAN, Aug 3 (AFP) - Tehran on Monday accused Saudi Arabia of massacring Iranian pilgrims in Mecca '
     'and called on Moslems everywhere to avenge their deaths, the official news agency IRNA said.'),
    # -- the era's phrasal verbs
    (('GRC', 'GRCCOP', 'GRCGOV'), ('ALB', 'ALBCVL'), _EXPEL + ('0234',),
     'Greek police on Saturday turned back about 300 Albanian migrants who had crossed the mountain border '
     'near Kakavia overnight, a police spokesman said in Athens.'),
    (('IRQ', 'IRQGOV', 'IRQMIL'), ('IGO', 'UNO'), _REJECT + _ARREST,
     'Iraqi officials on Tuesday held up a team of U.N. weapons inspectors for nine hours in a car park '
     'outside the Defence Ministry in Baghdad, refusing to let them enter, a U.N. spokesman said.'),
    (('KHM', 'KHMGOV'), ('THA', 'THACVL', 'THAGOV'), _HANDOVER,
     'Cambodia on Monday handed over to Thailand 11 Thai fishermen arrested in March for fishing illegally '
     'in Cambodian waters, a Thai embassy official said in Phnom Penh.'),
    (('VNM', 'VNMMIL'), ('KHM', 'KHMGOV'), _YIELD,
     'Vietnamese troops on Friday pulled back from three Cambodian provinces along the Thai border, '
     'completing the first stage of a withdrawal that Hanoi says will end by September, the Vietnam News '
     'Agency said.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), _ACCUSE + _CRIT,
     'Israel hit back at Syria on Tuesday, accusing Damascus of sending arms to Hezbollah guerrillas in '
     'southern Lebanon through Iranian cargo flights, a spokesman for Prime Minister Shimon Peres said.'),
    (('ETH', 'ETHGOV'), ('SDN', 'SDNGOV'), _EXPEL, _ETHIOPIA_SUDAN),
    (('ETH', 'ETHGOV'), ('SDN', 'SDNGOV'), _ACCUSE, _ETHIOPIA_SUDAN),
    # -- controls
    ((), (), _ACCUSE + _CRIT,
     'Egypt\'s foreign minister on Monday handed President Francois Mitterrand a personal message from '
     'President Hosni Mubarak on the Middle East peace process, the Middle East News Agency said.'),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), _SANCTION,
     'Washington on Wednesday stepped up economic pressure on Nicaragua by cutting the country\'s sugar '
     'import quota by 90 percent, a State Department spokesman said.'),
]

_SERB_RELEASE = ('The release by Serbia of 11 Kosovo Albanian prisoners on Monday was welcomed by the United '
                 'States as a first step towards talks on the province\'s future, State Department officials '
                 'said.')
_SUDAN_JUBA = ('Sudan on Tuesday refused to let a U.N. relief flight land in the southern town of Juba, '
               'accusing the world body of ferrying arms to rebels, aid officials said in Nairobi.')
_ARUSHA = ('Kenya, Uganda and Tanzania on Saturday signed an agreement in Arusha to revive the East African '
           'Community, which collapsed in 1977 amid quarrels between their leaders, the Kenya News Agency '
           'said.')
_OIL_GLUT = ('Iran on Monday accused Saudi Arabia, Kuwait and the United Arab Emirates of flooding the oil '
             'market to drive down prices and weaken Tehran\'s economy, the official news agency IRNA '
             'reported.')
_GABORONE = ('South African troops raided suspected ANC bases in Gaborone, the capital of Botswana, on '
             'Thursday, a raid which Washington called an outrage against a peaceful neighbour, officials '
             'said.')
_KARACHI = ('Police in Karachi fired tear gas at thousands of Mohajir protesters on Friday, an action which '
            'the Pakistan People\'s Party denounced as brutal, witnesses said.')
_CHINA_NPT = ('China on Monday pledged to open its civilian nuclear plants to international inspection, in a '
              'move welcomed by the International Atomic Energy Agency in Vienna.')

PARSE38B: list[Row] = [
    # batch 2: written after the first fixes, committed before the coder was run on it
    # -- a message, note, proposal or warning handed, delivered, conveyed or relayed
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _MEET + _AGREE + ('03', '030', '0311', '0312'),
     'Britain\'s ambassador in Buenos Aires on Wednesday conveyed a proposal from London to the Argentine '
     'government for the resumption of direct flights to the Falkland Islands, the Foreign Office said.'),
    (('EGY', 'EGYGOV'), ('LBY', 'LBYGOV'), _MEET + _AGREE,
     'Egypt\'s ambassador in Tripoli on Sunday handed Libyan Foreign Minister Ali Treiki a message from '
     'President Hosni Mubarak inviting Colonel Moammar Gadhafi to a summit in Cairo, the Middle East News '
     'Agency said.'),
    (('AUT', 'AUTGOV'), ('IRQ', 'IRQGOV'), _PROTEST_NOTE,
     'The Austrian embassy in Baghdad on Tuesday transmitted a formal protest from Vienna to Iraq\'s foreign '
     'ministry over the detention of two Austrian engineers, the Austria Press Agency reported.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), _REJECT,
     'Japan\'s ambassador on Thursday delivered a note to the South Korean foreign ministry rejecting '
     'Seoul\'s claim to a pair of disputed islets in the Sea of Japan, Kyodo news agency said.'),
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), _THREAT,
     'India\'s high commissioner in Colombo on Saturday passed on a warning from New Delhi to the Sri Lankan '
     'government that it would not stand by while Tamil civilians were bombed, the Press Trust of India '
     'said.'),
    ((), (), _PROTEST_NOTE + _THREAT,
     'The Swiss embassy on Monday handed the Iranian foreign ministry a letter from the family of a Swiss '
     'businessman detained in Tehran since March, the Swiss news agency ATS said.'),
    # -- an act named by a noun with a by-phrase
    (('IRN', 'IRNMIL'), ('KWT', 'KWTBUS', 'KWTGOV'), _FORCE + ('1711', '171', '17'),
     'The seizure by Iranian Revolutionary Guards of a Kuwaiti-flagged tanker in the Gulf on Friday was the '
     'first attack on a ship under U.S. escort, Pentagon officials said.'),
    (('ETH', 'ETHMIL'), ('SDN', 'SDNGOV', 'SDNBUS', 'SDNCVL'), _FORCE,
     'The shooting down by Ethiopian gunners of a Sudanese cargo plane near Kassala has raised tension along '
     'the border, diplomats in Khartoum said on Monday.'),
    (('USA', 'USAGOV'), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('051', '05', '050', '057'), _SERB_RELEASE),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('SRB', 'YUG', 'KOS', 'SRBCVL', 'YUGCVL', 'SRBOPP', 'YUGOPP',
                                          'SRBSEP', 'YUGSEP'), _YIELD, _SERB_RELEASE),
    # -- a reduced relative in the subject
    (('HTI', 'HTIMIL'), ('HTI', 'HTICVL', 'HTIOPP', 'HTIPTY'), _FORCE,
     'Soldiers loyal to Haiti\'s military rulers fired on a crowd of supporters of exiled President '
     'Jean-Bertrand Aristide in Port-au-Prince on Sunday, killing at least six, witnesses said.'),
    (('COD', 'CODREB', 'CODINS', 'ZAR', 'ZARREB'), ('COD', 'CODGOV', 'CODMIL', 'ZAR', 'ZARGOV', 'ZARMIL'),
     _FORCE,
     'Rebels backed by Rwanda and Uganda captured the eastern Congolese town of Kisangani on Saturday after '
     'three days of fighting with government troops, a rebel spokesman said in Goma.'),
    (('IND', 'INDREB', 'INDUAF', 'INDSEP', 'INDINS', 'INDRAD'), ('IND', 'INDCVL'), _FORCE,
     'A bomb planted by suspected Sikh militants exploded on a crowded bus in New Delhi on Monday, killing '
     '11 passengers, police said.'),
    (('KEN', 'KENCOP'), ('KEN', 'KENMED', 'KENOPP'), _ARREST + ('1711', '171', '17'),
     'Police acting on orders from the interior ministry raided the offices of an opposition newspaper in '
     'Nairobi on Tuesday and seized 20,000 copies of its latest issue, the paper\'s editor said.'),
    # -- modals and aspect verbs over the act
    (('SDN', 'SDNGOV'), ('IGO', 'UNO'), _REJECT, _SUDAN_JUBA),
    (('SDNGOV', 'SDN'), ('IGO', 'UNO'), _ACCUSE, _SUDAN_JUBA),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _THREAT + _REJECT,
     'Greece on Thursday threatened to veto a European Community aid package for Turkey unless Ankara '
     'withdrew its troops from northern Cyprus, diplomats said in Brussels.'),
    (('THA', 'THAMIL'), ('KHM', 'KHMREB', 'KHMINS'), _FORCE,
     'Thai troops resumed shelling Khmer Rouge positions along the Cambodian border on Wednesday after a '
     'three-day lull, Thai military officials said.'),
    (('CHN', 'CHNGOV'), ('IGO',), _AGREE + ('034', '0343', '0344', '03'), _CHINA_NPT),
    (('IRQ', 'IRQMIL'), ('IRQ', 'IRQREB', 'IRQINS', 'IRQREL'), _FORCE,
     'Iraqi forces stepped up their attacks on Shi\'ite rebels in the southern marshes on Sunday, shelling '
     'villages and burning reed beds, Iranian radio said.'),
    # -- "X's decision to ..." and "X's refusal to ..."
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), _CRIT,
     'Pakistan\'s decision to test-fire a medium-range missile on Wednesday drew a sharp rebuke from India, '
     'which called the test provocative, the Press Trust of India said.'),
    (('GBR', 'GBRGOV'), ('NGA', 'NGAGOV'), _RECALL,
     'Nigeria\'s refusal to free jailed opposition leader Moshood Abiola prompted Britain on Friday to '
     'recall its high commissioner from Lagos, the Foreign Office said.'),
    (('IGO',), ('MMR', 'MMRGOV', 'MMRMIL'), _SANCTION,
     'Burma\'s refusal to admit U.N. human rights envoys led the European Union on Monday to extend its visa '
     'ban on members of the ruling junta, officials said in Brussels.'),
    # -- a second act in a which-clause
    (('IRQ', 'IRQGOV'), ('TUR', 'TURMIL', 'TURGOV'), _CRIT,
     'Turkish troops crossed into northern Iraq on Tuesday in pursuit of Kurdish rebels, an incursion which '
     'Baghdad condemned as a violation of its sovereignty, the Iraqi News Agency said.'),
    (('PAK', 'PAKPTY', 'PAKOPP'), ('PAK', 'PAKCOP'), _CRIT, _KARACHI),
    (('PAK', 'PAKCOP'), ('PAK', 'PAKCVL', 'PAKOPP', 'PAKPTY'), _ARREST + _FORCE, _KARACHI),
    (('USA', 'USAGOV'), ('ZAF', 'ZAFMIL', 'ZAFGOV'), _CRIT, _GABORONE),
    (('ZAF', 'ZAFMIL'), ('BWA', 'ZAFREB', 'ZAFPTY', 'ZAFOPP', 'ZAFINS', 'BWAGOV'), _FORCE, _GABORONE),
    # -- a list of three parties
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), _AGREE, _ARUSHA),
    (('TZA', 'TZAGOV'), ('KEN', 'KENGOV'), _AGREE, _ARUSHA),
    (('IRN', 'IRNGOV'), ('KWT', 'KWTGOV'), _ACCUSE, _OIL_GLUT),
    (('IRN', 'IRNGOV'), ('ARE', 'AREGOV'), _ACCUSE, _OIL_GLUT),
    # -- a dateline place that is also the lead's subject
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _RECALL,
     'ANKARA, March 12 (Reuters) - Ankara on Tuesday recalled its ambassador from Damascus for '
     'consultations, accusing Syria of sheltering Kurdish guerrillas who have killed dozens of Turkish '
     'soldiers.'),
    (('CUB', 'CUBGOV'), ('CUB', 'CUBOPP', 'CUBCVL', 'CUBPTY'), _YIELD,
     'HAVANA (AP) - Havana on Thursday freed 17 political prisoners in a gesture to the visiting Spanish '
     'prime minister, a spokesman for the Cuban human rights commission said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _REJECT,
     'NEW DELHI, May 4 (PTI) - New Delhi on Friday rejected a Pakistani proposal for talks on Kashmir under '
     'the auspices of the United Nations, saying the dispute was a bilateral matter.'),
    # -- the era's phrasal verbs
    (('MYS', 'MYSMIL'), ('VNM', 'VNMCVL', 'VNMREF'), _EXPEL + ('0234',),
     'Malaysian navy boats on Sunday turned back a boat carrying 200 Vietnamese refugees off the coast of '
     'Trengganu, a refugee official said in Kuala Lumpur.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), _SANCTION + ('1623', '1621'),
     'Israel on Monday held up the transfer of tax revenues owed to the Palestinian Authority, saying it '
     'would not release the funds until Palestinian police arrested Islamic militants, officials said.'),
    (('GBR', 'GBRGOV'), ('ESP', 'ESPGOV', 'ESPJUD'), _HANDOVER,
     'Britain on Thursday handed over to Spain a suspected Basque separatist arrested in London last year, '
     'ending a long legal battle over his extradition, the Home Office said.'),
    (('SYR', 'SYRMIL'), ('LBN', 'LBNGOV'), _YIELD,
     'Syrian troops pulled back on Sunday from positions around Beirut airport they had held since 1987, '
     'handing them over to the Lebanese army, a government spokesman said.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _CRIT + _ACCUSE,
     'China on Wednesday hit back at U.S. criticism of its human rights record, accusing Washington of '
     'hypocrisy and of meddling in its internal affairs, the Xinhua news agency said.'),
    # -- controls
    ((), (), _CRIT + _THREAT,
     'Egypt\'s foreign minister on Monday handed his Israeli counterpart a copy of the Arab peace plan '
     'adopted at the Fez summit, the Middle East News Agency said.'),
]

_OUM_CHALOUBA = ('Libyan jets bombed a Chadian army garrison at Oum Chalouba on Monday, an attack which '
                 'N\'Djamena condemned as a declaration of war, Chadian radio said.')
_NO_FLY = ('France, Britain and the United States on Thursday warned Iraq against any attack on Kurds in the '
           'northern no-fly zone, saying their warplanes would respond with force, diplomats said.')

PARSE38C: list[Row] = [
    # batch 3: written after the second fixes, committed before the coder was run on it
    # -- a message handed, delivered, conveyed, relayed or passed on
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), _THREAT,
     'Qatar\'s foreign minister on Tuesday relayed a warning from Baghdad to the Kuwaiti government that '
     'Iraq would not accept any change to the border demarcation, Qatari diplomats said.'),
    (('USR', 'USRGOV', 'RUS', 'RUSGOV'), ('AFG', 'AFGGOV'), _MEET + _AGREE,
     'The Soviet ambassador in Kabul on Sunday conveyed an invitation from Moscow to Afghan President '
     'Najibullah to attend talks on a political settlement, the Bakhtar news agency said.'),
    (('KEN', 'KENGOV'), ('GBR', 'GBRGOV'), _PROTEST_NOTE,
     'Kenya\'s high commissioner in London on Friday handed the Foreign Office a note protesting remarks '
     'by a British minister about corruption in Nairobi, the Kenyan government said.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), _MEET + _AGREE,
     'A Turkish envoy on Tuesday delivered a letter from Prime Minister Turgut Ozal to Greek Prime Minister '
     'Andreas Papandreou proposing a meeting to defuse the dispute over the Aegean, Greek officials said.'),
    (('YEM', 'YEMGOV'), ('ERI', 'ERIGOV'), _APPEAL,
     'The Yemeni ambassador in Asmara on Sunday passed on an appeal from Sanaa to the Eritrean government to '
     'free 180 Yemeni fishermen seized near the Hanish islands, the Saba news agency said.'),
    # -- a verdict in a which-clause
    (('TCD', 'TCDGOV'), ('LBY', 'LBYGOV', 'LBYMIL'), _CRIT, _OUM_CHALOUBA),
    (('LBY', 'LBYMIL'), ('TCD', 'TCDMIL'), _FORCE, _OUM_CHALOUBA),
    (('SDN', 'SDNGOV'), ('UGA', 'UGAMIL', 'UGAGOV'), _CRIT,
     'Ugandan troops crossed into southern Sudan on Thursday in pursuit of Lord\'s Resistance Army rebels, '
     'an incursion which Khartoum denounced as naked aggression, the official SUNA news agency said.'),
    (('USA', 'USAGOV'), ('THA', 'THACOP', 'THAGOV'), _CRIT,
     'Thai police on Saturday fired on demonstrators in central Bangkok, an action which the United States '
     'deplored as a setback for democracy, officials said in Washington.'),
    # -- the infinitive of "led / forced / prompted X ... to"
    (('GBR', 'GBRGOV'), ('SLE', 'SLEGOV'), _SANCTION,
     'The killing of a British aid worker prompted Britain on Wednesday to suspend all development aid to '
     'Sierra Leone, the Overseas Development Administration said.'),
    (('NGO',), ('AGO', 'AGOGOV', 'AGOCVL'), _RECALL + _YIELD + ('1663',),
     'Renewed fighting forced the International Committee of the Red Cross on Tuesday to pull its staff out '
     'of the Angolan town of Kuito, a spokesman said in Geneva.'),
    (('JPN', 'JPNGOV'), ('PAK', 'PAKGOV'), _SANCTION,
     'Pakistan\'s nuclear tests led Japan last week to freeze all new grants and loans to Islamabad, '
     'officials said in Tokyo.'),
    # -- aid held up or held back
    (('IGO',), ('KEN', 'KENGOV'), _SANCTION,
     'The European Community on Monday held back $120 million in aid to Kenya pending political reforms, '
     'diplomats said in Brussels.'),
    (('IGO',), ('RUS', 'RUSGOV'), _SANCTION,
     'The International Monetary Fund on Thursday held up a $200 million loan tranche to Russia over delays '
     'in tax reform, a Fund spokesman said in Washington.'),
    # -- an act named by a noun with a by-phrase; reduced relatives
    (('COD', 'CODGOV', 'ZAR', 'ZARGOV'), ('ZMB', 'ZMBGOV'), _CRIT + _PROTEST_NOTE,
     'The expulsion by Zambia of 300 Zairean traders accused of smuggling drew a protest from Kinshasa on '
     'Tuesday, Zambian officials said.'),
    (('SOM', 'SOMMIL', 'SOMREB', 'SOMUAF', 'SOMINS'), ('IGO', 'UNO', 'PAK', 'PAKMIL'), _FORCE,
     'Militiamen loyal to warlord Mohamed Farah Aideed shelled the U.N. compound in Mogadishu on Sunday, '
     'wounding two Pakistani peacekeepers, a U.N. spokesman said.'),
    (('MAR', 'MARREB', 'MARINS', 'ESH', 'ESHREB', 'ESHINS', 'MARSEP', 'ESHSEP'), ('MAR', 'MARMIL'), _FORCE,
     'A land mine believed planted by Polisario guerrillas killed four Moroccan soldiers in the Western '
     'Sahara on Monday, the official MAP news agency said.'),
    # -- modals and aspect verbs over the act
    (('NGA', 'NGAGOV'), ('IGO', 'LBR'), _THREAT,
     'Nigeria on Friday threatened to pull its troops out of the West African peacekeeping force in Liberia '
     'unless other members shared the cost, a foreign ministry spokesman said in Lagos.'),
    (('BGD', 'BGDGOV', 'BGDMIL', 'BGDCOP'), ('MMR', 'MMRCVL', 'MMRREF', 'MMRGOV'), _EXPEL,
     'Bangladesh on Monday began to push back hundreds of Rohingya refugees across the border into Burma, '
     'aid agencies said in Dhaka.'),
    # -- a list of three parties
    (('FRA', 'FRAGOV'), ('IRQ', 'IRQGOV'), _THREAT, _NO_FLY),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), _THREAT, _NO_FLY),
    # -- a dateline place that is also the lead's subject
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _RECALL,
     'CAIRO, June 3 (Reuters) - Cairo on Sunday recalled its ambassador from Khartoum after Sudanese troops '
     'moved into the disputed Halaib triangle on the Red Sea coast, the Middle East News Agency said.'),
    # -- the era's phrasal verbs
    (('JOR', 'JORGOV'), ('SYR', 'SYRGOV'), _HANDOVER,
     'Jordan on Monday handed over to Syria four members of the Moslem Brotherhood wanted for a bombing in '
     'Damascus, a government spokesman said in Amman.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _ACCUSE + _CRIT,
     'North Korea hit back at Seoul on Friday, accusing the South of plotting a new war with American help, '
     'the official KCNA news agency said.'),
    (('ISR', 'ISRMIL'), ('PSE', 'PSEGOV', 'PSECOP'), _YIELD,
     'Israeli troops pulled back from the West Bank town of Jenin on Wednesday, handing control to '
     'Palestinian police, an army spokesman said.'),
    # -- controls
    ((), (), _CRIT + _THREAT + _APPEAL,
     'The Kuwaiti foreign minister handed the emir\'s letter to President Bush at the White House on '
     'Tuesday, the official Kuwait News Agency said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE38, "batch2": PARSE38B, "batch3": PARSE38C}
ALL38: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
