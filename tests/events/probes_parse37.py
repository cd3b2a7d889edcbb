"""Blind probes of the thirty-fifth session (wip/parse37): LONG era leads (1985-2005 agency copy, 30-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI and Yonhap, weighted to shapes the parse36 file has few
of: a quotation that opens the lead; a fronted participle or absolute phrase ("Citing ...", "With talks
stalled, ..."); "in a move seen as ..."; ellipsis ("as did X", "and so did Y", "did the same", "responded
in kind"); contrasts ("unlike X, Y ..."); "X, along with Y, ..."; two acts joined by "before" / "then";
codebook verbs as nouns in the object ("ordered the expulsion of", "announced the release of", "approved
the sale of"); the era's phrasal verbs ("called off", "pulled out of", "backed down", "cracked down on",
"lashed out at"); and verbs the lexicon is known to lack ("isolate", "respond in kind", a court or
prosecutor that dismisses or drops charges), with controls.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

First run (batch 1, 51 rows, 39 leads, main bfc32aeb = the branch's start, committed de34cbe4), country + root
/ actor + root / actor + code: 34 / 34 / 34. Two rows corrected after it as writing errors by the project's
conventions: arms sold to a state are 072 (the lexicon's "sell" row, lead30), and "Islamic militants" may be
UAF (as parse36's rows accept). After the session's first fixes (an act echoed by "as did X", "X did the
same", "and so did X", "X responded in kind", "X, along with Y, ..."; charges dropped, dismissed or thrown
out by a bench; a yielding aimed at the pressers of its after-clause; the act named by a noun in the object
of a decision, "approved the sale of", "announced the suspension of"): 47 / 47 / 47.
`.venv/bin/python tests/events/probes_parse37.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '11')
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383')
_POSTURE = ('150', '151', '152', '153', '154', '15', '138', '13', '130')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831')
_ARREST = ('173', '170', '172', '1711', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_EXPEL = _RECALL + ('174', '17')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123')
_YIELD = ('080', '081', '0811', '0812', '082', '083', '0831', '084', '0841', '0842', '085', '086', '087',
          '0871', '0874', '0872', '0873', '08')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045')
_AID = ('070', '071', '07', '0331', '033', '030', '03', '061', '06', '062', '0332')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16')
_SEAL = ('191', '19', '174', '163', '162', '160', '172', '1', '1246', '16')
# talks halted, called off or left (164, reduce relations; a refusal of the talks, 12, is accepted)
_HALT = ('164', '16', '160', '161', '12', '120', '125', '1246', '121')
_AGREE = ('057', '05', '050', '03', '030', '036', '04', '046', '0871', '087', '08')
_PROTEST = ('140', '141', '1411', '1412', '14', '145', '1451')
_REPRESS = _ARREST + ('18', '180', '14')

_VIETNAM_CHINA = ('Vietnam on Monday expelled a Chinese diplomat accused of gathering military secrets in '
                  'Haiphong, and Beijing responded in kind on Tuesday by ordering a Vietnamese embassy '
                  'official to leave within 48 hours, the Xinhua news agency said.')
_AHVAZ = ('Iraqi artillery shelled the Iranian border city of Ahvaz overnight, killing at least 15 '
          'civilians, and Iranian gunners responded in kind by pounding the southern Iraqi port of Basra, '
          'Tehran radio said on Wednesday.')
_LIBYA = ('Britain on Monday expelled three Libyan diplomats it accused of spying on exiled opponents of '
          'Colonel Muammar Gaddafi in London, as did Italy, the Foreign Office said.')
_EGYPT_JORDAN = ('Egypt on Tuesday recalled its ambassador from Israel in protest at the bombing of '
                 'Palestinian refugee camps in southern Lebanon, and Jordan did the same hours later, Arab '
                 'diplomats said in Cairo.')
_TOGO = ('France on Friday suspended military cooperation with Togo after soldiers fired on opposition '
         'demonstrators in Lome, killing at least 20, and so did Germany, officials said in Paris.')
_GULF_AID = ('Kuwait, along with Saudi Arabia, on Tuesday cut off aid to Jordan in protest at King '
             'Hussein\'s stand on Iraq\'s invasion of its neighbour, Arab diplomats said in Riyadh.')
_WARN_IRAQ = ('The United States, along with Britain and France, on Friday warned Iraq that it would face '
              '"the most serious consequences" if it did not allow U.N. arms inspectors to resume their '
              'work, a State Department spokesman said.')
_LAGOS = ('Police in Lagos fired tear gas at thousands of students protesting against a rise in fuel prices '
          'on Monday, then arrested more than 100 of them at the gates of the university, witnesses said.')
_LRA = ("Rebels of the Lord's Resistance Army attacked a camp for displaced people near Gulu in northern "
        'Uganda on Saturday, killing 40 villagers, then abducted dozens of children, an army spokesman said '
        'in Kampala.')
_ACCUSING_IRAN = ('Accusing Washington of bullying, Iran\'s President Akbar Hashemi Rafsanjani on Sunday '
                  'rejected a U.S. offer of talks on Iranian assets frozen since 1979, Tehran radio '
                  'reported.')
_SUHARTO = ('"Those who defy the law will be dealt with firmly," President Suharto warned on Monday as '
            'students in Jakarta and Yogyakarta staged a fourth day of protests against price rises, the '
            'Antara news agency reported.')
_LIBYA_RAID = ('Britain backed the U.S. air raids on Libya on Tuesday, but France and Spain condemned them '
               'as a violation of international law, diplomats said in Brussels.')
_KMT = ("Taiwan's ruling Kuomintang backed down on Saturday on plans to raise taxes on share trading after "
        'tens of thousands of small investors protested outside its headquarters in Taipei, party officials '
        'said.')
_CHISSANO = ("Mozambique's President Joaquim Chissano, whose government has fought Renamo rebels for 15 "
             'years, on Friday met South African President F.W. de Klerk in Maputo to discuss regional '
             'security, Radio Mozambique said.')

PARSE37: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- a quotation that opens the lead
    (('CHN', 'CHNMIL'), ('TWN', 'TWNGOV'), _POSTURE + _FORCE,
     '"We will not be intimidated," Taiwan\'s President Lee Teng-hui said on Tuesday as Chinese warships '
     'began a second week of live-fire exercises in waters less than 60 km off the island\'s northern '
     'coast, officials said in Taipei.'),
    (('ISR', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNINS', 'LBNUAF', 'LBNMIL'), _FORCE,
     '"The door to negotiations remains open," Foreign Minister Shimon Peres told reporters on Sunday after '
     'Israeli jets struck guerrilla bases in southern Lebanon for the third time in a week, an army '
     'spokesman said.'),
    (('IDN', 'IDNGOV'), ('IDN', 'IDNEDU', 'IDNCVL', 'IDNOPP'), _THREAT, _SUHARTO),
    (('IDNEDU', 'IDN', 'IDNCVL', 'IDNOPP'), ('IDN', 'IDNGOV'), _PROTEST, _SUHARTO),
    (('LKA', 'LKAMIL', 'LKAGOV'), ('LKA', 'LKAREB', 'LKAINS'), _FORCE,
     '"We will never negotiate with terrorists," President Ranasinghe Premadasa said on Sunday as troops '
     'launched a fresh offensive against Tamil Tiger rebels on the Jaffna peninsula, the defence ministry '
     'said in Colombo.'),
    # -- a fronted participle or absolute phrase
    (('JOR', 'JORGOV'), ('IRQ', 'IRQGOV'), _SEAL,
     'Citing security concerns, Jordan on Monday closed its border with Iraq to all traffic except '
     'humanitarian supplies, a government spokesman said in Amman.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), _ACCUSE,
     'With talks on a border treaty stalled, Vietnam on Friday accused China of moving troops and '
     'bulldozers into a disputed area of Lang Son province, the Foreign Ministry said in Hanoi.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('IRQ', 'IRQGOV'), _POSTURE,
     'Fearing a new exodus of Kurdish refugees, Turkey on Wednesday sent thousands of troops and tanks to '
     'its border with Iraq, the semi-official Anatolian news agency reported.'),
    (('GHA', 'GHAGOV'), ('NGA', 'NGAGOV'), _EXPEL,
     'Citing a breach of diplomatic norms, Ghana on Wednesday ordered a Nigerian diplomat to leave the '
     'country within 72 hours, the foreign ministry said in Accra.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), _REJECT, _ACCUSING_IRAN),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), _ACCUSE, _ACCUSING_IRAN),
    # -- "in a move seen as ..."
    (('SYR', 'SYRGOV'), ('SYR', 'SYROPP', 'SYRREL', 'SYRCVL', 'SYRPTY', 'SYRRAD'), _YIELD,
     'Syria on Sunday freed 250 political prisoners, most of them members of the outlawed Moslem '
     'Brotherhood, in a move seen as a gesture to Washington ahead of a Middle East peace conference, Arab '
     'diplomats said in Damascus.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _AID + _YIELD,
     'Japan on Tuesday resumed yen loans to China, frozen since the army crushed the Tiananmen Square '
     'protests, in a move seen as a sign that Tokyo was breaking ranks with its Western allies, officials '
     'said in Tokyo.'),
    # -- ellipsis: "as did", "did the same", "and so did", "responded in kind"
    (('GBR', 'GBRGOV'), ('LBY', 'LBYGOV'), _EXPEL, _LIBYA),
    (('ITA', 'ITAGOV'), ('LBY', 'LBYGOV'), _EXPEL, _LIBYA),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _RECALL, _EGYPT_JORDAN),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), _RECALL, _EGYPT_JORDAN),
    (('FRA', 'FRAGOV'), ('TGO', 'TGOGOV'), _SANCTION, _TOGO),
    (('DEU', 'DEUGOV'), ('TGO', 'TGOGOV'), _SANCTION, _TOGO),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _EXPEL, _VIETNAM_CHINA),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), _EXPEL, _VIETNAM_CHINA),
    (('IRQ', 'IRQMIL'), ('IRN', 'IRNCVL', 'IRNGOV', 'IRNMIL'), _FORCE, _AHVAZ),
    (('IRN', 'IRNMIL'), ('IRQ', 'IRQCVL', 'IRQGOV', 'IRQMIL'), _FORCE, _AHVAZ),
    # -- contrasts
    (('MAR', 'MARGOV'), ('ISR', 'ISRGOV'), _MEET,
     'Unlike most Arab states, Morocco on Wednesday received Israeli Prime Minister Shimon Peres for two '
     'days of talks with King Hassan in the mountain resort of Ifrane, the royal palace said.'),
    (('FRA', 'FRAGOV'), ('USA', 'USAGOV', 'USAMIL'), _CRIT, _LIBYA_RAID),
    (('ESP', 'ESPGOV'), ('USA', 'USAGOV', 'USAMIL'), _CRIT, _LIBYA_RAID),
    # -- "X, along with Y, ..."
    (('KWT', 'KWTGOV'), ('JOR', 'JORGOV'), _SANCTION, _GULF_AID),
    (('SAU', 'SAUGOV'), ('JOR', 'JORGOV'), _SANCTION, _GULF_AID),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _THREAT, _WARN_IRAQ),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), _THREAT, _WARN_IRAQ),
    # -- two acts joined by "then" / "before"
    (('NGA', 'NGACOP'), ('NGA', 'NGAEDU', 'NGACVL', 'NGAOPP'), _REPRESS, _LAGOS),
    (('NGAEDU', 'NGA', 'NGACVL', 'NGAOPP'), ('NGA', 'NGAGOV'), _PROTEST, _LAGOS),
    (('UGA', 'UGAREB', 'UGAINS'), ('UGA', 'UGACVL', 'UGAREF'), _FORCE, _LRA),
    (('TUR', 'TURMIL'), ('TUR', 'TURREB', 'TURKRD', 'IRQ', 'IRQREB', 'IRQKRD', 'TURINS'), _FORCE,
     'Turkish warplanes bombed suspected Kurdish rebel camps in northern Iraq on Sunday before ground '
     'troops crossed the border in pursuit of guerrillas who had killed 13 soldiers, the military said in '
     'Ankara.'),
    (('ZAF', 'ZAFCOP', 'ZAFGOV'), ('ZAF', 'ZAFOPP', 'ZAFACT', 'ZAFCVL', 'ZAFPTY'), _ARREST,
     'South African police detained 14 anti-apartheid activists in dawn raids on Tuesday before a planned '
     'march on parliament in Cape Town, the Human Rights Commission said in Johannesburg.'),
    # -- codebook verbs as nouns in the object
    (('ZMB', 'ZMBGOV'), ('ZAF', 'ZAFMED', 'ZAFGOV'), _EXPEL,
     'Zambia on Thursday ordered the expulsion of 12 South African journalists accused of working for '
     'Pretoria\'s intelligence service, the official Zambia News Agency said.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB', 'PHLINS'), _YIELD,
     'The Philippine government on Sunday announced the release of 36 communist rebels as a goodwill '
     'gesture ahead of peace talks with the National Democratic Front in Oslo, a presidential spokesman '
     'said in Manila.'),
    (('USA', 'USALEG', 'USAGOV'), ('SAU', 'SAUGOV', 'SAUMIL'), _AID + ('072',),
     'The U.S. Congress on Wednesday approved the sale of 60 F-15 fighter jets to Saudi Arabia, brushing '
     'aside objections from supporters of Israel, congressional aides said.'),
    (('USA', 'USAGOV'), ('GTM', 'GTMGOV', 'GTMMIL'), _SANCTION,
     'Washington on Monday announced the suspension of all military aid to Guatemala after soldiers killed '
     '11 peasants in a village in Alta Verapaz province, the State Department said.'),
    # -- the era's phrasal verbs
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _HALT,
     'Pakistan on Monday called off foreign secretary-level talks with India scheduled for next week, '
     'citing the killing of Pakistani pilgrims in Kashmir, the Foreign Office said in Islamabad.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), _HALT,
     'Zimbabwe on Friday pulled out of talks with Britain on compensation for white farmers whose land has '
     'been seized by squatters, accusing London of bad faith, the state-run Herald newspaper said.'),
    (('TWN', 'TWNPTY', 'TWNGOV'), ('TWN', 'TWNCVL', 'TWNBUS'), _YIELD, _KMT),
    (('KEN', 'KENCOP'), ('KEN', 'KENOPP', 'KENCVL', 'KENPTY'), _REPRESS,
     'Kenyan police on Sunday cracked down on opposition supporters defying a ban on a pro-democracy rally '
     'in Nairobi, firing tear gas and arresting at least 50 people, witnesses said.'),
    (('MYS', 'MYSGOV'), ('AUS', 'AUSGOV', 'AUSMED'), _CRIT,
     'Malaysian Prime Minister Mahathir Mohamad on Tuesday lashed out at Australia over a television drama '
     'that portrayed Malaysian officials as corrupt, the national news agency Bernama reported.'),
    # -- verbs the lexicon is known to lack
    (('IGO', 'EUR'), ('IRQ', 'IRQGOV'), _SANCTION,
     'The European Community on Monday decided to isolate Iraq, banning all trade with Baghdad and freezing '
     'Iraqi assets in its 12 member states, officials said in Brussels.'),
    (('PER', 'PERJUD'), ('PER', 'PERCVL', 'PERAGR'), _YIELD,
     "Peru's Supreme Court on Thursday dismissed terrorism charges against 12 peasants arrested during an "
     'army sweep in Ayacucho, after judges found no evidence linking them to the Shining Path, a court '
     'official said.'),
    (('KOR', 'KORJUD', 'KORGOV'), ('KOR', 'KOREDU', 'KORCVL', 'KOROPP'), _YIELD,
     'Prosecutors in Seoul on Friday dropped charges against 30 students detained during clashes at Yonsei '
     'University, saying they had been misled by radical leaders, Yonhap news agency reported.'),
    (('EGY', 'EGYJUD'), ('EGY', 'EGYREL', 'EGYINS', 'EGYREB', 'EGYRAD', 'EGYOPP', 'EGYUAF'), _YIELD,
     'A Cairo court on Sunday threw out the case against 24 Islamic militants accused of plotting to '
     'overthrow the government, ruling that their confessions had been extracted under torture, defence '
     'lawyers said.'),
    # -- controls: a background war in a relative clause; a long apposition before an agreement
    (('MOZ', 'MOZGOV'), ('ZAF', 'ZAFGOV'), _MEET, _CHISSANO),
    ((), (), ('18', '19'), _CHISSANO),
    (('CHN', 'CHNGOV'), ('USR', 'USRGOV', 'RUS', 'RUSGOV'), _AGREE,
     'Chinese Premier Li Peng, on the first visit to Moscow by a Chinese head of government in 26 years, on '
     'Tuesday signed an agreement with Soviet Prime Minister Nikolai Ryzhkov on cutting troops along their '
     '7,000-km border, Xinhua said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE37}
ALL37: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
