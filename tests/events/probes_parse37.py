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

Batch 2 (36 rows, 31 leads), written after the first fixes and committed (6ab4954d) before the coder ran on
it; first run on the branch (a6a95ae4): 28 / 26 / 26 (main bfc32aeb: 24 / 23 / 23); 28 / 27 / 27 with one
row corrected as a writing error by the project's conventions ("former deputies" are ELI, as the tenure
tables read a former office holder). After the second fixes (a move another party "matched"; the first
act's target doing the same aimed back at its doer; a visit called off; "isolate" an actor; "acquit";
"ordered the withdrawal of" troops is the withdrawal, not a deployment): 33 / 31 / 31.

Batch 3 (29 rows, 24 leads), written after the second fixes and committed (c5bf50a3) before the coder ran
on it; first run on the branch (1b6a9028): 22 / 22 / 22 (main bfc32aeb: 16 / 16 / 16); 24 / 24 / 24 with
three rows corrected as writing errors by the codebook or the project's conventions (a port closed to a
state's cargo may be a blockade, 191, as parse36's border closures accept; a state handing over convicts
to another as a ruling required is judicial cooperation, 063; a call on members to isolate a state rallies
opposition against it, 113, the lexicon's "called for isolation" row), main 18 / 18 / 18. No third fix
was made (the remaining misses are gaps, test_probes_parse37.py).
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

_BELGRADE = ('Germany on Wednesday ordered four Yugoslav diplomats to leave within a week, and Austria and '
             'Switzerland did likewise, accusing Belgrade of orchestrating the expulsion of ethnic '
             'Albanians from '
             'Kosovo, officials said in Bonn.')
_HANOI_SEOUL = ('Cambodia on Tuesday accused Thai troops of shelling a border village in Battambang '
                'province, and '
                'Thailand retaliated in kind, charging that Cambodian soldiers had laid mines on Thai '
                'soil, Radio '
                'Phnom Penh said.')
_SEOUL_DRILLS = ('"Our patience has limits," North Korea\'s official KCNA news agency said on Monday '
                 'after South '
                 'Korean and U.S. forces began their annual Team Spirit military exercises, which '
                 'Pyongyang calls '
                 'a rehearsal for invasion.')
_MANDELA = ('Unlike Britain, which opposed sanctions, the Commonwealth\'s other members on Sunday '
            'agreed to ban new '
            'investment in South Africa, with Prime Minister Margaret Thatcher again standing alone, '
            'delegates said '
            'in Nassau.')
_ABUJA = ('Ghana, along with Ivory Coast, on Thursday closed its borders with Togo after gunmen attacked the '
          'presidential palace in Lome, a government spokesman said in Accra.')

_SPAIN_MOROCCO = ('Spain on Thursday withdrew its ambassador from Rabat over the seizure of the islet '
                  'of Perejil '
                  'by Moroccan gendarmes, and Morocco responded in kind the following day, the Spanish '
                  'foreign '
                  'ministry said.')
_NORDIC = ('Denmark, along with Norway and Sweden, on Monday suspended development aid to Zimbabwe in '
           'protest '
           'at the seizure of white-owned farms, officials said in Copenhagen.')
_BULGARIA = ('Bulgaria on Tuesday expelled a Turkish diplomat it accused of inciting ethnic Turks to '
             'emigrate, '
             'and Ankara followed suit on Wednesday, Sofia radio said.')
_CHAD = ('Chadian troops shelled Libyan positions in the Aouzou strip on Friday, then drove back a Libyan '
         'armoured column near Faya-Largeau, the Chadian news agency said.')

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

PARSE37B: list[Row] = [
    # batch 2: written blind after the first fixes, before the coder was run on it
    # -- a quotation that opens the lead
    (('PRK', 'PRKGOV', 'PRKMED'), ('KOR', 'KORMIL', 'USA', 'USAMIL'), _CRIT + _THREAT, _SEOUL_DRILLS),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV', 'AZEMIL'), _ACCUSE,
     '"This is a deliberate provocation," an Armenian government spokesman said on Friday, accusing '
     'Azerbaijan of shelling villages in the border district of Ijevan for the second night running.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO',), _REJECT,
     '"Kosovo is Serbia and will remain Serbia," President Slobodan Milosevic told a rally in Pristina on '
     'Sunday, rejecting demands by the Contact Group for autonomy talks with ethnic Albanian leaders.'),
    # -- a fronted participle or absolute phrase
    (('DZA', 'DZAGOV'), ('MAR', 'MARGOV'), _SEAL,
     'Angered by Rabat\'s decision to impose visas on Algerians, Algeria on Saturday closed its land border '
     'with Morocco, the official APS news agency said.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _EXPEL,
     'Retaliating for the expulsion of a Pakistani diplomat from New Delhi, Pakistan on Sunday ordered an '
     'Indian embassy official to leave Islamabad within 48 hours, the Foreign Office said.'),
    (('NGA', 'NGAGOV'), ('NGA', 'NGAMED'), _ARREST + ('1721', '172'),
     'With the military government under fire over the hanging of Ken Saro-Wiwa, Nigeria on Monday banned '
     'three independent newspapers and detained the editor of The News, press freedom groups said in Lagos.'),
    # -- "in a move seen as ..."
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _AID + ('0233',),
     'South Korea on Wednesday shipped 150,000 tonnes of rice to the North, in a move seen as an attempt '
     'to coax Pyongyang back to talks on a peace treaty, the Unification Ministry said in Seoul.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _RECALL + _REJECT,
     'China on Monday called off a visit to Washington by its defence minister, in a move seen as a '
     'protest against U.S. arms sales to Taiwan, Western diplomats said in Beijing.'),
    # -- ellipsis
    (('DEU', 'DEUGOV'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), _EXPEL, _BELGRADE),
    (('AUT', 'AUTGOV'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), _EXPEL, _BELGRADE),
    (('KHM', 'KHMGOV', 'KHMMED'), ('THA', 'THAMIL'), _ACCUSE, _HANOI_SEOUL),
    (('THA', 'THAGOV'), ('KHM', 'KHMMIL', 'KHMGOV'), _ACCUSE, _HANOI_SEOUL),
    (('BHR', 'BHRGOV'), ('QAT', 'QATGOV'), _RECALL,
     'Bahrain recalled its ambassador from Doha on Thursday over a dispute about the Hawar islands, a move '
     'Qatar matched within hours, Gulf diplomats said.'),
    (('QAT', 'QATGOV'), ('BHR', 'BHRGOV'), _RECALL,
     'Bahrain recalled its ambassador from Doha on Thursday over a dispute about the Hawar islands, a move '
     'Qatar matched within hours, Gulf diplomats said.'),
    # -- contrasts
    (('IGO', 'EUR'), ('ZAF', 'ZAFGOV'), _SANCTION, _MANDELA),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), _REJECT,
     'While Iraq said it was ready to exchange all remaining prisoners of war, Iran on Tuesday rejected '
     'the offer as a propaganda ploy, Tehran radio said.'),
    # -- "X, along with Y, ..."
    (('GHA', 'GHAGOV'), ('TGO', 'TGOGOV'), _SEAL, _ABUJA),
    (('CIV', 'CIVGOV'), ('TGO', 'TGOGOV'), _SEAL, _ABUJA),
    # -- two acts joined by "then" / "before" / "after"
    (('RUS', 'RUSMIL'), ('RUS', 'RUSREB', 'RUSINS', 'RUSCVL'), _FORCE,
     'Russian warplanes pounded the Chechen village of Bamut for a third day on Wednesday before troops '
     'backed by tanks stormed its outskirts, the Interfax news agency said.'),
    (('LBR', 'LBRREB'), ('IGO',), _ARREST + _FORCE + ('1711', '171'),
     'Rebels of Charles Taylor\'s National Patriotic Front seized 500 West African peacekeepers on Sunday, '
     'then paraded some of them before journalists in Gbarnga, relief officials said in Monrovia.'),
    # -- codebook verbs as nouns in the object
    (('LKA', 'LKAGOV'), ('LKA', 'LKAREB', 'LKAINS'), _YIELD + ('087', '0871'),
     'Sri Lanka on Friday announced the lifting of its ban on fuel and medicine shipments to the rebel-held '
     'Jaffna peninsula, a gesture to the Tamil Tigers ahead of talks, a government spokesman said.'),
    (('KEN', 'KENGOV'), ('KEN', 'KENMED', 'KENOPP'), ('1721', '172', '17'),
     'Kenya\'s government on Tuesday ordered the closure of an opposition magazine that had accused '
     'ministers of corruption, the editor said in Nairobi.'),
    (('USA', 'USAGOV'), ('SOM', 'SOMGOV', 'SOMUAF', 'SOMREB'), _RECALL + ('0874', '087'),
     'President Bill Clinton on Thursday ordered the withdrawal of all American troops from Somalia by '
     'March 31, a week after 18 soldiers died in a battle with Somali militiamen in Mogadishu.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _AID,
     'The Japanese cabinet on Friday approved the resumption of grant aid to China, suspended after Beijing '
     'carried out a nuclear test last year, a Foreign Ministry official said in Tokyo.'),
    # -- the era's phrasal verbs
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _HALT,
     'India on Tuesday broke off talks with Pakistan on the Siachen glacier, accusing Islamabad of arming '
     'separatist guerrillas in Kashmir, the External Affairs Ministry said.'),
    (('IDN', 'IDNCOP', 'IDNMIL'), ('IDN', 'IDNOPP', 'IDNCVL', 'IDNPTY'), _ARREST,
     'Indonesian police on Saturday rounded up more than 200 supporters of ousted opposition leader '
     'Megawati Sukarnoputri after riots in central Jakarta, a police spokesman said.'),
    (('FRA', 'FRAGOV'), ('GBR', 'GBRGOV'), _CRIT,
     'French Prime Minister Edith Cresson on Wednesday lashed out at Britain and Japan, accusing them of '
     'unfair trade practices, in remarks that drew an angry response from London.'),
    (('ZAF', 'ZAFCOP'), ('ZAF', 'ZAFOPP', 'ZAFCVL', 'ZAFEDU'), _REPRESS,
     'South African police cracked down on black students in Soweto on Tuesday, firing rubber bullets and '
     'tear gas to break up a march marking the anniversary of the 1976 uprising, witnesses said.'),
    (('IRQ', 'IRQGOV'), ('IGO',), _YIELD,
     'Iraq backed down on Sunday in its standoff with U.N. weapons inspectors and allowed a team into the '
     'Agriculture Ministry in Baghdad after a three-week siege, U.N. officials said.'),
    (('TUR', 'TURMIL'), ('IRQ', 'IRQGOV', 'TURREB', 'TURKRD'), _RECALL + ('0874', '087'),
     'Turkish troops pulled out of northern Iraq on Thursday after a six-week offensive against Kurdish '
     'rebel bases, the general staff said in Ankara.'),
    # -- verbs the lexicon lacked
    (('IGO',), ('LBY', 'LBYGOV'), _SANCTION + ('16', '160', '161'),
     'The Arab League on Wednesday voted to isolate Libya unless it handed over two suspects in the '
     'Lockerbie bombing, Arab diplomats said in Cairo.'),
    (('ISR', 'ISRJUD'), ('ISR', 'ISRCVL', 'ISRREL', 'ISRRAD'), _YIELD,
     'An Israeli military court on Sunday acquitted three Jewish settlers accused of killing a Palestinian '
     'schoolgirl in Hebron, citing a lack of evidence, the settlers\' lawyer said.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _REJECT + _CRIT,
     'North Korea on Friday snubbed a South Korean proposal for talks between their prime ministers, calling '
     'it a publicity stunt, the official KCNA news agency said.'),
    (('TUR', 'TURJUD'), ('TUR', 'TUROPP', 'TURPTY', 'TURKRD', 'TURLEG', 'TURELI'), _YIELD,
     "Turkey's appeals court on Thursday overturned the convictions of four Kurdish former deputies "
     "jailed for "
     'separatist speeches, their lawyers said in Ankara.'),
    # -- controls: a pronoun's echo; "did" in its own clause
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _CRIT,
     'Greece on Monday condemned Turkish military flights over the Aegean islands, as it did last week, '
     'calling them a violation of its airspace, a government spokesman said in Athens.'),
    ((), (), _SANCTION + _RECALL,
     'Greece on Monday condemned Turkish military flights over the Aegean islands, as it did last week, '
     'calling them a violation of its airspace, a government spokesman said in Athens.'),
]

PARSE37C: list[Row] = [
    # batch 3: written blind after the second fixes, before the coder was run on it
    # -- ellipsis and partners
    (('ESP', 'ESPGOV'), ('MAR', 'MARGOV'), _RECALL, _SPAIN_MOROCCO),
    (('MAR', 'MARGOV'), ('ESP', 'ESPGOV'), _RECALL, _SPAIN_MOROCCO),
    (('DNK', 'DNKGOV'), ('ZWE', 'ZWEGOV'), _SANCTION, _NORDIC),
    (('SWE', 'SWEGOV'), ('ZWE', 'ZWEGOV'), _SANCTION, _NORDIC),
    (('BGR', 'BGRGOV'), ('TUR', 'TURGOV'), _EXPEL, _BULGARIA),
    (('TUR', 'TURGOV'), ('BGR', 'BGRGOV'), _EXPEL, _BULGARIA),
    (('POL', 'POLGOV'), ('USA', 'USAGOV'), _MEET,
     'Poland on Saturday welcomed U.S. Vice-President George Bush to Warsaw, as did Hungary three days '
     'later, in the first such visits by a senior American official since the war, PAP said.'),
    (('HUN', 'HUNGOV'), ('USA', 'USAGOV'), _MEET,
     'Poland on Saturday welcomed U.S. Vice-President George Bush to Warsaw, as did Hungary three days '
     'later, in the first such visits by a senior American official since the war, PAP said.'),
    # -- a quotation that opens the lead; fronted participles
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSEREB', 'PSEINS'), _THREAT,
     '"Those who send the bombers will pay a heavy price," Prime Minister Yitzhak Shamir warned on Sunday, a '
     'day after a suicide attack on a bus killed 14 Israelis near Jerusalem, Israel radio said.'),
    (('USA', 'USAGOV'), ('SDN', 'SDNGOV'), _SANCTION,
     'Citing Khartoum\'s support for international terrorism, the United States on Tuesday imposed '
     'comprehensive trade sanctions on Sudan and froze the assets of its government, the White House said.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), _SEAL,
     'Objecting to the republic\'s name and flag, Greece on Wednesday closed its port of Salonika to all '
     'cargo bound for Macedonia except food and medicine, a government spokesman said in Athens.'),
    # -- in a move seen as
    (('CHN', 'CHNGOV'), ('CHN', 'CHNOPP', 'CHNCVL', 'CHNACT'), _YIELD,
     'China on Friday freed Wei Jingsheng, its best-known dissident, after 14 years in prison, in a '
     'move seen '
     'as an attempt to win support for Beijing\'s bid to host the 2000 Olympics, diplomats said.'),
    # -- two acts: before / after / then
    (('TCD', 'TCDMIL'), ('LBY', 'LBYMIL'), _FORCE, _CHAD),
    (('ALB', 'ALBCOP'), ('ALB', 'ALBOPP', 'ALBCVL', 'ALBPTY'), _REPRESS,
     'Albanian riot police beat opposition supporters with truncheons outside parliament in Tirana on '
     'Wednesday before arresting 30 of them, the opposition Democratic Party said.'),
    # -- codebook verbs as nouns in the object
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _EXPEL,
     'Egypt on Sunday ordered the expulsion of the Sudanese military attache, accusing him of contacts with '
     'Islamic militants, the Middle East News Agency said.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERICVL'), _EXPEL + ('1741',),
     'Ethiopia on Friday announced the deportation of 5,000 Eritreans living in Addis Ababa, saying they '
     'posed a threat to national security, state radio said.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), _SANCTION + _YIELD,
     'President Bill Clinton on Thursday announced the lifting of the 19-year-old U.S. trade embargo against '
     'Vietnam, citing Hanoi\'s cooperation in the search for missing American servicemen.'),
    (('RUS', 'RUSGOV'), ('IRN', 'IRNGOV'), _AID + ('072', '064', '06'),
     'The Russian government on Tuesday approved the sale of three diesel submarines to Iran despite U.S. '
     'objections, the Itar-Tass news agency said.'),
    # -- phrasal verbs
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), _HALT,
     'Argentina on Monday broke off talks with Britain on fishing rights around the Falkland Islands, '
     'accusing London of granting licences in disputed waters, the foreign ministry said.'),
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP', 'ZAFPTY', 'ZAFCVL'), _YIELD,
     'The South African government backed down on Thursday on a plan to evict 10,000 squatters from '
     'Crossroads after black leaders threatened a general strike, the Bureau for Information said.'),
    (('NPL', 'NPLCOP', 'NPLGOV'), ('NPL', 'NPLOPP', 'NPLPTY', 'NPLCVL'), _ARREST,
     'Nepalese police rounded up more than 500 opposition activists in Kathmandu on Sunday, hours before a '
     'planned general strike called by the banned Nepali Congress party, diplomats said.'),
    (('IRN', 'IRNGOV'), ('FRA', 'FRAGOV'), _CRIT,
     'Iran\'s President Ali Khamenei on Friday lashed out at France for harbouring Iranian opposition '
     'groups, telling worshippers at Tehran University that Paris was an enemy of Islam.'),
    (('DEU', 'DEUGOV'), ('ESA', 'IGO'), _HALT + ('160', '161'),
     'Germany on Wednesday pulled out of a joint European project to build a new fighter plane, citing its '
     'costs after unification, the defence ministry said in Bonn.'),
    # -- verbs the lexicon lacked, and their neighbours
    (('PAK', 'PAKJUD'), ('PAK', 'PAKOPP', 'PAKPTY', 'PAKELI'), _YIELD,
     'A Pakistani court on Monday quashed the conviction of former prime minister Benazir Bhutto\'s husband '
     'on corruption charges, his lawyer said in Lahore.'),
    (('IGO',), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), _SANCTION + ('16', '160', '161', '113', '11'),
     'The Organisation of the Islamic Conference on Monday called on its members to isolate Serbia '
     'diplomatically and to sever all economic ties with Belgrade, delegates said in Karachi.'),
    (('PHL', 'PHLJUD', 'PHLGOV'), ('PHL', 'PHLMIL', 'PHLELI'), _YIELD,
     'Philippine prosecutors on Tuesday dropped murder charges against 16 soldiers accused in the 1983 '
     'killing of opposition leader Benigno Aquino, citing insufficient evidence, the justice ministry said.'),
    # -- controls
    (('FRA', 'FRAGOV'), ('NZL', 'NZLGOV'), _YIELD + _MEET + ('057', '05', '063', '06'),
     'France on Monday handed over to New Zealand two of its agents jailed for sinking the Greenpeace ship '
     'Rainbow Warrior, as a United Nations ruling required, officials said in Wellington.'),
    ((), (), _EXPEL,
     'France on Monday handed over to New Zealand two of its agents jailed for sinking the Greenpeace ship '
     'Rainbow Warrior, as a United Nations ruling required, officials said in Wellington.'),
    (('MEX', 'MEXGOV'), ('MEX', 'MEXREB', 'MEXINS'), _MEET + _AGREE,
     'Mexico\'s government, unlike its predecessor, on Thursday opened peace talks with Zapatista rebels in '
     'the Chiapas town of San Andres, a church mediator said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE37, "batch2": PARSE37B, "batch3": PARSE37C}
ALL37: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
