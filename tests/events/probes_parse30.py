"""Blind probes of the twenty-eighth session (wip/parse30): LONG era leads (1985-2005 agency copy, 35-60
words, dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI,
Xinhua, TASS, Kyodo, KCNA, IRNA and MENA, weighted to the shapes where the small model's parse goes wrong
or the coder does not walk the clause: a noun read as the root and the verb as its modifier (a hyphenated
verb, a time phrase or a long apposition between the subject and its verb), joint subjects ("A and B
signed ..."), participle and fronted clauses ("rebuffing a call from X", "Responding to a request from X,
Y did Z", "Despite X's warnings, ..."), two acts of one subject joined by "and", a second subject after
"while" / "as" / "but", and acts inside long appositions; with controls (a long lead whose only act is
background, history or a plan).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it.

First run (batch 1, 106 rows, main f8efc43), country + root / actor + root / actor + code: 75 / 69 / 67;
80 / 74 / 72 with the rows corrected after it as writing errors by the codebook or the actor tables only:
barring U.N. inspectors is the codebook's refusal to allow international involvement (1245), an accusation
of spying 1125 (accuse of espionage), an appeal to let inspectors work 0255, a prison sentence also 116
(find guilty), an appeal to cooperate 021 (the row listed its sub-codes only), the Soviet Union USR (the
actor tables' code) and Palestinian police PSECOP. After the session's fixes: 85 / 81 / 82.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ALL = ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17',
        '18', '19', '20')

PARSE30: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- a noun read as the root: hyphenated verbs, a time phrase or apposition before the verb
    (('PRK', 'PRKMIL', 'PRKGOV'), ('JPN', 'JPNGOV'), ('150', '152', '154', '130', '138'),
     'North Korea test-launched a ballistic missile over northern Japan on Monday, sending it into the '
     'Pacific Ocean in what Tokyo called a grave threat to regional security, the Japanese Defence Agency '
     'said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('111', '110', '112', '114'),
     'Pakistan on Wednesday test-fired a nuclear-capable missile with a range of 1,500 km, two days after '
     'India tested its own Agni missile, prompting an angry protest from New Delhi.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV', 'IRNMIL'), ('111', '110', '112', '114'),
     'Iran on Thursday test-fired a new medium-range missile capable of reaching Israel, a move that '
     'Washington said on Friday threatened the stability of the entire Gulf region, IRNA reported.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMROPP', 'MMR', 'MMRCVL'), ('173', '170', '1721', '172'),
     "Burma's military government on Tuesday re-arrested opposition leader Aung San Suu Kyi at her lakeside "
     'home in Rangoon, ten months after releasing her from six years of house arrest, diplomats said.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'IGOUNO'), ('1245', '1246', '124', '125', '120', '166', '160', '163', '174'),
     "Iraq's Revolution Command Council on Saturday barred U.N. weapons inspectors from presidential sites "
     'in Baghdad, defying a Security Council demand for unconditional access, the official INA news agency '
     'reported.'),
    (('SDN', 'SDNGOV'), ('USA', 'USAGOV'), ('111', '110', '112', '114', '1312', '130', '131'),
     "Sudan's Islamist-backed government on Thursday condemned the U.S. missile strike on a pharmaceutical "
     'plant in Khartoum as an act of terrorism and vowed to retaliate, the official SUNA news agency said.'),
    (('USA', 'USAMIL', 'USAGOV'), ('SDN', 'SDNGOV', 'SDNCVL'), ('195', '190', '194'),
     'U.S. warships in the Red Sea on Thursday fired cruise missiles at a pharmaceutical plant in Khartoum '
     'that Washington said was making chemical weapons, in retaliation for the bombing of two U.S. '
     'embassies in East Africa.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('162', '160', '1621'),
     "Japan, China's largest source of development aid, on Thursday froze grant aid to Beijing in protest "
     'at its latest underground nuclear test, a Foreign Ministry spokesman told reporters in Tokyo.'),
    (('RWA', 'RWAGOV'), ('BEL', 'BELGOV'), ('161', '160', '166', '1663', '174'),
     "Rwanda's Tutsi-led government on Monday expelled the Belgian ambassador, accusing Brussels of siding "
     'with Hutu extremists responsible for the 1994 genocide, the official Radio Rwanda reported.'),
    (('CHN', 'CHNGOV'), ('VAT', 'VATGOV', 'VATREL'), ('111', '110', '112', '114'),
     'China on Sunday strongly condemned the Vatican\'s canonisation of 120 Catholic martyrs who died in '
     'China, calling it an insult to the Chinese people timed to coincide with its National Day, Xinhua '
     'news agency said.'),
    (('KHM', 'KHMGOV', 'KHMMIL'), ('KHMREB', 'KHM'), ('190', '193', '180', '192'),
     "Cambodia's government troops on Saturday overran the last Khmer Rouge stronghold of Anlong Veng in "
     'the north of the country, forcing hundreds of guerrillas to flee towards the Thai border, military '
     'officials said.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('IRQ', 'IRQGOV', 'TURREB', 'IRQREB'), ('190', '192', '195', '193', '154'),
     'Turkey, the only Moslem member of NATO, on Sunday sent 35,000 troops backed by jets and tanks into '
     'northern Iraq to hunt down separatist Kurdish guerrillas based there, the army general staff said.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('112', '110', '111', '1121', '115'),
     'Azerbaijan, which has lost a fifth of its territory in the six-year conflict over Nagorno-Karabakh, '
     'on Tuesday accused Armenia of launching a new offensive to seize the town of Fizuli, TASS news agency '
     'reported from Baku.'),
    (('DEU', 'DEUGOV'), ('IRN', 'IRNGOV'), ('161', '160', '166', '1663'),
     'Germany, Iran\'s biggest trading partner in the West, on Friday recalled its ambassador from Tehran '
     'after a Berlin court ruled that Iran\'s top leaders had ordered the killing of four Kurdish dissidents '
     'in a restaurant in 1992.'),
    (('IDN', 'IDNGOV', 'IDNMIL'), ('TMP', 'TLS', 'IDN', 'TMPCVL', 'TLSCVL', 'TMPOPP', 'TLSOPP', 'IDNOPP',
                                   'IDNCVL'), ('173', '170', '172'),
     'Indonesian troops in East Timor on Friday arrested 40 pro-independence youths who had staged a '
     'demonstration outside the governor\'s office in Dili, a human rights group said.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('163', '160', '162', '1631'),
     'The United States, which has kept a trade embargo on Cuba for more than 30 years, on Tuesday tightened '
     'its sanctions on the communist island by barring ships that trade with Havana from U.S. ports for six '
     'months.'),
    (('ZAF', 'ZAFGOV'), ('NGA', 'NGAGOV'), ('161', '160', '166', '111'),
     'South Africa on Saturday withdrew its high commissioner from Lagos in protest at the hanging of nine '
     'minority rights activists, and President Nelson Mandela called for Nigeria to be expelled from the '
     'Commonwealth.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('163', '160', '1631', '162'),
     'Greece on Wednesday imposed a trade embargo on the former Yugoslav republic of Macedonia, closing its '
     'northern port of Salonika to all goods bound for Skopje except food and medicine, in a row over the '
     'new state\'s name and flag.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV', 'SRBLEG', 'YUGLEG'),
     ('KOS', 'XKX', 'XKXCVL', 'KOSCVL', 'XKXOPP', 'SRBCVL', 'YUGCVL'),
     ('175', '170', '172', '1724'),
     "Serbia's parliament on Thursday stripped the Albanian majority in Kosovo of its autonomy, imposing "
     'direct rule from Belgrade on the southern province after weeks of strikes by ethnic Albanian miners.'),
    (('CHN', 'CHNGOV', 'CHNCOP'), ('CHNOPP', 'CHN', 'CHNCVL', 'CHNREL'), ('173', '170'),
     'Chinese police on Wednesday detained more than 100 members of the banned Falun Gong sect who had '
     'gathered outside the Communist Party leadership compound in Beijing, witnesses and a Hong Kong rights '
     'group said.'),
    (('RUS', 'RUSGOV'), ('LVA', 'LVAGOV'), ('163', '160', '162', '1631'),
     'Russia, angered by what it called the persecution of ethnic Russians in the Baltic republic, on '
     'Wednesday cut oil deliveries to Latvia and threatened further economic sanctions, Interfax news agency '
     'reported.'),
    (('RUS', 'RUSGOV'), ('LVA', 'LVAGOV'), ('130', '131', '1312', '139'),
     'Russia, angered by what it called the persecution of ethnic Russians in the Baltic republic, on '
     'Wednesday cut oil deliveries to Latvia and threatened further economic sanctions, Interfax news agency '
     'reported.'),
    # -- joint subjects: each party its own triple, the other the target
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('057', '050', '030', '051'),
     'Indian Prime Minister Atal Behari Vajpayee and his Pakistani counterpart Nawaz Sharif on Sunday signed '
     'a declaration in Lahore committing their countries to intensify efforts to resolve all issues '
     'including Kashmir, ending a historic two-day summit.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('057', '050', '030', '051'),
     'Indian Prime Minister Atal Behari Vajpayee and his Pakistani counterpart Nawaz Sharif on Sunday signed '
     'a declaration in Lahore committing their countries to intensify efforts to resolve all issues '
     'including Kashmir, ending a historic two-day summit.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('057', '050'),
     'Israel and Jordan on Wednesday signed a peace treaty at a desert crossing on their border, formally '
     'ending 46 years of war in a ceremony attended by U.S. President Bill Clinton and thousands of guests.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('057', '050'),
     'Israel and Jordan on Wednesday signed a peace treaty at a desert crossing on their border, formally '
     'ending 46 years of war in a ceremony attended by U.S. President Bill Clinton and thousands of guests.'),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), ('057', '050'),
     'The presidents of Peru and Ecuador on Monday signed a treaty in Brasilia ending a border dispute that '
     'has sparked three wars between the Andean neighbours this century, in a ceremony attended by six '
     'Latin American heads of state.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('057', '050'),
     'The presidents of Peru and Ecuador on Monday signed a treaty in Brasilia ending a border dispute that '
     'has sparked three wars between the Andean neighbours this century, in a ceremony attended by six '
     'Latin American heads of state.'),
    (('CHN', 'CHNGOV'), ('RUS', 'RUSGOV'), ('046', '040', '057', '050', '030'),
     'Chinese President Jiang Zemin and Russian President Boris Yeltsin held talks in Beijing on Tuesday on '
     'border demarcation and arms sales, pledging to build a strategic partnership for the 21st century, '
     'Xinhua news agency reported.'),
    (('RUS', 'RUSGOV'), ('CHN', 'CHNGOV'), ('046', '040', '057', '050', '030'),
     'Chinese President Jiang Zemin and Russian President Boris Yeltsin held talks in Beijing on Tuesday on '
     'border demarcation and arms sales, pledging to build a strategic partnership for the 21st century, '
     'Xinhua news agency reported.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('046', '040', '043', '042'),
     'Delegates from North and South Korea met in the border truce village of Panmunjom on Saturday for '
     'their first talks in four years, but failed to agree on an agenda for a summit of their leaders, '
     'Yonhap news agency said.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('046', '040', '043', '042'),
     'Delegates from North and South Korea met in the border truce village of Panmunjom on Saturday for '
     'their first talks in four years, but failed to agree on an agenda for a summit of their leaders, '
     'Yonhap news agency said.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('057', '050', '0871', '087', '030'),
     'Ethiopia and Eritrea on Tuesday signed a peace agreement in Algiers formally ending their two-year '
     'border war, which killed tens of thousands of soldiers, in the presence of U.N. Secretary-General Kofi '
     'Annan.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), ('057', '050', '0871', '087', '030'),
     'Ethiopia and Eritrea on Tuesday signed a peace agreement in Algiers formally ending their two-year '
     'border war, which killed tens of thousands of soldiers, in the presence of U.N. Secretary-General Kofi '
     'Annan.'),
    (('EGY', 'EGYGOV'), ('SYR', 'SYRGOV'), ('040', '046', '043', '042'),
     'Egyptian President Hosni Mubarak and Syrian President Hafez al-Assad met in Damascus on Thursday to '
     'coordinate Arab positions ahead of the resumption of peace talks with Israel, the Middle East News '
     'Agency said.'),
    (('SYR', 'SYRGOV'), ('EGY', 'EGYGOV'), ('040', '046', '043', '042'),
     'Egyptian President Hosni Mubarak and Syrian President Hafez al-Assad met in Damascus on Thursday to '
     'coordinate Arab positions ahead of the resumption of peace talks with Israel, the Middle East News '
     'Agency said.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('064', '060', '061', '032', '030', '057'),
     'Britain and Iran on Thursday agreed to restore full diplomatic relations and exchange ambassadors, '
     'ending a ten-year rift caused by the late Ayatollah Ruhollah Khomeini\'s death sentence on novelist '
     'Salman Rushdie.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), ('064', '060', '061', '032', '030', '057'),
     'Britain and Iran on Thursday agreed to restore full diplomatic relations and exchange ambassadors, '
     'ending a ten-year rift caused by the late Ayatollah Ruhollah Khomeini\'s death sentence on novelist '
     'Salman Rushdie.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('0871', '087', '080', '057', '0356', '035'),
     'Armenia and Azerbaijan agreed on Monday to a ceasefire in the disputed enclave of Nagorno-Karabakh, '
     'starting at midnight, after talks in Moscow mediated by Russian Defence Minister Pavel Grachev, '
     'Itar-Tass reported.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('0871', '087', '080', '057', '0356', '035'),
     'Armenia and Azerbaijan agreed on Monday to a ceasefire in the disputed enclave of Nagorno-Karabakh, '
     'starting at midnight, after talks in Moscow mediated by Russian Defence Minister Pavel Grachev, '
     'Itar-Tass reported.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('057', '050', '030'),
     'Japanese Prime Minister Keizo Obuchi and visiting South Korean President Kim Dae-jung on Thursday '
     'signed a joint declaration in Tokyo in which Japan offered a written apology for its 35-year colonial '
     'rule of the Korean peninsula, Kyodo News reported.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), ('057', '050', '030'),
     'Japanese Prime Minister Keizo Obuchi and visiting South Korean President Kim Dae-jung on Thursday '
     'signed a joint declaration in Tokyo in which Japan offered a written apology for its 35-year colonial '
     'rule of the Korean peninsula, Kyodo News reported.'),
    (('GBR', 'GBRGOV', 'USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('127', '120', '125', '130', '131', '1312'),
     'Britain and the United States on Wednesday rejected a Libyan offer to try the two Lockerbie bombing '
     'suspects in a neutral country and threatened tougher U.N. sanctions if Tripoli did not hand them '
     'over, diplomats said.'),
    # -- participle and fronted clauses
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('125', '120', '1246', '124', '128', '111'),
     'China on Friday refused to halt its arms sales to Iran, rebuffing a personal appeal from visiting U.S. '
     'Secretary of State Madeleine Albright during two hours of talks with Foreign Minister Qian Qichen in '
     'Beijing.'),
    (('IRQ', 'IRQGOV'), ('IGO', 'IGOUNO'), ('125', '120', '1246', '124', '128'),
     'Iraq on Monday ordered U.N. weapons inspectors to leave the country within a week, rejecting an appeal '
     'from Secretary-General Kofi Annan to reconsider its decision to halt cooperation with the disarmament '
     'commission.'),
    (('IGO', 'IGOUNO'), ('IRQ', 'IRQGOV'), ('020', '021', '022', '024', '025', '0255', '0256', '023', '028'),
     'Iraq on Monday ordered U.N. weapons inspectors to leave the country within a week, rejecting an appeal '
     'from Secretary-General Kofi Annan to reconsider its decision to halt cooperation with the disarmament '
     'commission.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('081', '080', '0812', '0811', '083'),
     'Responding to a request from Palestinian leader Yasser Arafat, Israel on Sunday lifted its closure of '
     'the Gaza Strip, allowing thousands of Palestinian workers to return to their jobs inside the Jewish '
     'state, army officials said.'),
    (('ISRGOV', 'ISR'), ('PSE', 'PSEGOV'), ('041', '040', '046', '042', '043'),
     'Defying strong pressure from Washington, Israeli Prime Minister Benjamin Netanyahu on Tuesday refused '
     'to freeze construction of a new Jewish neighbourhood in Arab East Jerusalem, telling Palestinian '
     'leader Yasser Arafat by telephone that the project would go ahead.'),
    (('ISR', 'ISRGOV'), ('USA', 'USAGOV'), ('125', '120', '1246', '124', '128'),
     'Defying strong pressure from Washington, Israeli Prime Minister Benjamin Netanyahu on Tuesday refused '
     'to freeze construction of a new Jewish neighbourhood in Arab East Jerusalem, telling Palestinian '
     'leader Yasser Arafat by telephone that the project would go ahead.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV', 'KOR', 'KORGOV'), ('138', '130', '139', '1383'),
     'Despite repeated warnings from Washington and Seoul, North Korea on Wednesday threatened to resume '
     'reprocessing spent nuclear fuel unless the United States delivered the heavy fuel oil promised under '
     'their 1994 accord, KCNA said.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), ('138', '130', '1381', '139', '154', '150'),
     'In a move seen as a warning to Syria, Turkey on Friday massed troops and tanks along its southern '
     'border and said it would not hesitate to use force unless Damascus stopped sheltering Kurdish rebel '
     'leader Abdullah Ocalan.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('162', '160', '1621', '1623', '163'),
     'Angered by the launch of a North Korean rocket over its territory, Japan on Tuesday suspended its '
     'contribution to a project to build two nuclear reactors in North Korea and halted food aid to the '
     'impoverished communist state.'),
    (('USA', 'USAGOV'), ('HTI', 'HTIMIL', 'HTIGOV'), ('154', '150', '152', '190', '138'),
     'Seeking to restore ousted President Jean-Bertrand Aristide, the United States on Thursday sent six '
     'warships to patrol the waters off Haiti and warned the island\'s military leaders that an invasion was '
     'imminent.'),
    (('USA', 'USAGOV'), ('HTI', 'HTIMIL', 'HTIGOV'), ('138', '130', '1382', '139'),
     'Seeking to restore ousted President Jean-Bertrand Aristide, the United States on Thursday sent six '
     'warships to patrol the waters off Haiti and warned the island\'s military leaders that an invasion was '
     'imminent.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('111', '110', '112', '114'),
     'Pakistan on Monday lodged a strong protest with India over the killing of 12 villagers by Indian '
     'artillery fire across the line of control in Kashmir, summoning the Indian high commissioner to the '
     'Foreign Office in Islamabad.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV', 'IGO', 'IGONAT'), ('161', '160', '1661', '111', '166'),
     'Protesting against NATO air strikes on Yugoslavia, Russia on Wednesday recalled its chief military '
     'representative from the alliance\'s headquarters in Brussels and suspended its participation in the '
     'Partnership for Peace programme.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('161', '160', '164', '166', '111', '112'),
     'Citing the U.S. decision to let Taiwan\'s President Lee Teng-hui visit Cornell University, China on '
     'Friday postponed a visit to Washington by its defence minister and suspended talks on nuclear '
     'cooperation with the United States.'),
    (('VNM', 'VNMGOV'), ('KHM', 'KHMGOV'), ('193', '190', '1721', '174', '0874', '087'),
     'Vietnam on Tuesday pulled the last of its troops out of Cambodia, ending nearly 11 years of '
     'occupation that began with the ousting of the Khmer Rouge, Hanoi radio said.'),
    (('IRN', 'IRNGOV'), ('AFG', 'AFGGOV', 'AFGREB', 'AFGMIL'), ('154', '150', '152', '138'),
     'Iran on Tuesday began massive military manoeuvres involving 200,000 Revolutionary Guards near its '
     'border with Afghanistan, raising the stakes in its confrontation with the Taliban militia over the '
     'killing of Iranian diplomats.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNGOV', 'LBNMIL'), ('190', '195', '194', '183'),
     'Israeli warplanes on Monday bombed targets in southern Lebanon for the third day running, after '
     'Hezbollah guerrillas fired Katyusha rockets into northern Israel, killing a woman in the border town '
     'of Kiryat Shmona.'),
    (('LBNREB', 'LBN'), ('ISR', 'ISRCVL', 'ISRGOV'), ('190', '195', '194', '183', '180'),
     'Israeli warplanes on Monday bombed targets in southern Lebanon for the third day running, after '
     'Hezbollah guerrillas fired Katyusha rockets into northern Israel, killing a woman in the border town '
     'of Kiryat Shmona.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), ('054', '050', '057', '030', '031', '080', '082'),
     'Under heavy pressure from Russia and France, Iraq on Thursday formally recognised the sovereignty and '
     'borders of Kuwait, the official Iraqi News Agency said, in a step Baghdad hopes will lead to the '
     'lifting of U.N. sanctions.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO',), ('125', '120', '1246', '124', '128'),
     'Following a marathon session of talks in Belgrade, Yugoslav President Slobodan Milosevic on Tuesday '
     'rejected demands by the international Contact Group for the deployment of NATO troops in Kosovo, '
     'Serbian television said.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('111', '110', '112', '114'),
     'Responding to a visit by Japanese Prime Minister Ryutaro Hashimoto to a shrine honouring the '
     'country\'s war dead, China on Tuesday lodged a strong protest with Tokyo, saying the visit hurt the '
     'feelings of the Chinese people.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('033', '0333', '0331', '030', '071', '073', '070'),
     'Answering an appeal from the World Food Programme, South Korea on Friday pledged to send 50,000 tonnes '
     'of corn to famine-hit North Korea, the Unification Ministry said, in its largest aid offer since the '
     'Korean War.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('111', '110', '112', '114'),
     'Warning that the move would damage relations, the United States on Tuesday criticised China for the '
     'sentencing of veteran dissident Wang Dan to 11 years in prison on charges of conspiring to subvert the '
     'government.'),
    (('CHN', 'CHNGOV', 'CHNJUD'), ('CHNOPP', 'CHN', 'CHNCVL'), ('173', '170', '172', '115', '116'),
     'A Beijing court on Wednesday sentenced veteran dissident Xu Wenli to 13 years in prison for trying to '
     'organise an opposition party, ignoring appeals for clemency from the United States and European '
     'governments, his family said.'),
    (('LBY', 'LBYGOV'), ('IGO', 'IGOUNO', 'USA', 'GBR'), ('125', '120', '124', '1246', '128'),
     'Brushing aside the threat of new U.N. sanctions, Libyan leader Moammar Gadhafi on Sunday again refused '
     'to surrender two suspects in the bombing of a Pan Am airliner over Lockerbie, Scotland, Libyan '
     'television said.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV', 'SUN', 'SUNGOV', 'USR', 'USRGOV'), ('080', '081', '085'),
     'In a gesture to Moscow ahead of next month\'s summit, U.S. President George Bush on Friday waived '
     'trade restrictions on the Soviet Union, clearing the way for Soviet access to U.S. farm credits, the '
     'White House said.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), ('111', '110', '112', '114'),
     'Taiwan on Saturday denounced China\'s latest round of war games off its coast, saying the missile '
     'tests were an attempt to intimidate voters two weeks before the island\'s first direct presidential '
     'election.'),
    # -- two acts of one subject; a second subject after while/as/but; acts inside appositions
    (('GBR', 'GBRGOV'), ('LBY', 'LBYGOV'), ('166', '160', '161', '1663', '174'),
     'Britain on Sunday broke off diplomatic relations with Libya and expelled dozens of Libyan students, '
     'a day after a policewoman was shot dead by gunfire from inside the Libyan embassy in London, the '
     'Foreign Office said.'),
    (('GBR', 'GBRGOV'), ('LBY', 'LBYGOV', 'LBYEDU', 'LBYCVL'), ('174', '170', '1663', '166'),
     'Britain on Sunday broke off diplomatic relations with Libya and expelled dozens of Libyan students, '
     'a day after a policewoman was shot dead by gunfire from inside the Libyan embassy in London, the '
     'Foreign Office said.'),
    (('CZE', 'CZEGOV'), ('RUS', 'RUSGOV'), ('166', '160', '161', '1663', '174'),
     'The Czech Republic on Thursday expelled two Russian diplomats for spying and recalled its military '
     'attache from Moscow, in the worst row between the two countries since the Soviet troops left in 1991, '
     'CTK news agency said.'),
    (('CZE', 'CZEGOV'), ('RUS', 'RUSGOV'), ('161', '160', '166'),
     'The Czech Republic on Thursday expelled two Russian diplomats for spying and recalled its military '
     'attache from Moscow, in the worst row between the two countries since the Soviet troops left in 1991, '
     'CTK news agency said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('161', '160', '166'),
     'India on Friday recalled its high commissioner from Islamabad and ordered Pakistan to halve the staff '
     'of its mission in New Delhi, accusing Pakistani diplomats of spying and of supporting militants in '
     'Kashmir.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('112', '110', '111', '1121', '1125', '115'),
     'India on Friday recalled its high commissioner from Islamabad and ordered Pakistan to halve the staff '
     'of its mission in New Delhi, accusing Pakistani diplomats of spying and of supporting militants in '
     'Kashmir.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), ('138', '130', '1381', '139'),
     'The United States warned Iraq on Monday it faced military strikes if it did not allow inspectors back '
     'in, while Russia urged Baghdad to cooperate with the United Nations to avoid a new crisis, officials '
     'said.'),
    (('RUS', 'RUSGOV'), ('IRQ', 'IRQGOV'), ('020', '021', '024', '0213', '023', '028', '0214', '022'),
     'The United States warned Iraq on Monday it faced military strikes if it did not allow inspectors back '
     'in, while Russia urged Baghdad to cooperate with the United Nations to avoid a new crisis, officials '
     'said.'),
    (('PSE', 'PSEGOV', 'PSEMIL', 'PSECOP'), ('PSEREB', 'PSE', 'PSEOPP'), ('173', '170'),
     'Palestinian police rounded up dozens of suspected Hamas militants in the West Bank on Saturday as '
     'Israel kept up its closure of the self-rule areas after a double suicide bombing in a Jerusalem '
     'market killed 15 people.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV', 'PSECVL'), ('160', '1621', '162', '163', '1631', '191', '192',
                                                       '174'),
     'Palestinian police rounded up dozens of suspected Hamas militants in the West Bank on Saturday as '
     'Israel kept up its closure of the self-rule areas after a double suicide bombing in a Jerusalem '
     'market killed 15 people.'),
    (('SYRGOV', 'SYR'), ('ISR', 'ISRGOV'), ('100', '105', '1056', '104'),
     'Syria agreed on Friday to resume peace talks with Israel in Washington next month, but insisted that '
     'any settlement must include a full Israeli withdrawal from the Golan Heights, Syrian officials said in '
     'Damascus.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), ('036', '030', '046', '040', '031'),
     'Syria agreed on Friday to resume peace talks with Israel in Washington next month, but insisted that '
     'any settlement must include a full Israeli withdrawal from the Golan Heights, Syrian officials said in '
     'Damascus.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('064', '060', '050', '085', '081'),
     'President Bill Clinton on Tuesday lifted the 19-year-old U.S. trade embargo against Vietnam, a step '
     'that American veterans\' groups had opposed, saying Hanoi had cooperated fully in the search for '
     'Americans missing in action.'),
    (('IGO',), ('ZAF', 'ZAFGOV'), ('085', '081', '080'),
     'The Commonwealth, which led the campaign against apartheid for three decades, on Friday lifted all its '
     'remaining sanctions against South Africa and welcomed the country back as a full member, a spokesman '
     'in London said.'),
    (('UGA', 'UGAGOV', 'UGAMIL'), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), ('193', '190', '0874', '087'),
     'Uganda, which sent troops into Congo two years ago to back rebels fighting President Laurent Kabila, '
     'began on Saturday to withdraw its forces from the northern town of Gbadolite under a U.N.-backed peace '
     'plan, Ugandan army officials said.'),
    (('NGA', 'NGAGOV', 'IGO'), ('SLE', 'SLEGOV', 'SLEMIL'), ('190', '193', '195', '194'),
     'Nigerian troops serving with the West African peacekeeping force ECOMOG, which has been deployed in '
     'Sierra Leone since 1997, on Sunday shelled positions held by the junta that ousted President Ahmad '
     'Tejan Kabbah, witnesses said.'),
    (('COL', 'COLGOV'), ('COLREB', 'COL'), ('046', '040', '043', '042'),
     'Colombian President Andres Pastrana on Thursday flew into the jungle to meet Manuel Marulanda, the '
     'veteran leader of the Revolutionary Armed Forces of Colombia, the country\'s largest rebel group, and '
     'agreed to open formal peace talks in January.'),
    (('COLREB', 'COL'), ('COL', 'COLGOV'), ('046', '040', '043', '042'),
     'Colombian President Andres Pastrana on Thursday flew into the jungle to meet Manuel Marulanda, the '
     'veteran leader of the Revolutionary Armed Forces of Colombia, the country\'s largest rebel group, and '
     'agreed to open formal peace talks in January.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('173', '170', '171', '181', '174', '190'),
     'South Korea on Monday seized a North Korean submarine that ran aground off its east coast and hunted '
     'the 26 commandos who had landed from it, killing 11 of them in gunbattles in the mountains, the '
     'Defence Ministry said.'),
    (('KORMIL', 'KOR', 'KORGOV'), ('PRK', 'PRKMIL', 'PRKGOV'), ('190', '193', '180'),
     'South Korea on Monday seized a North Korean submarine that ran aground off its east coast and hunted '
     'the 26 commandos who had landed from it, killing 11 of them in gunbattles in the mountains, the '
     'Defence Ministry said.'),
    (('FRA', 'FRAGOV'), ('IRQ', 'IRQGOV'), ('020', '021', '022', '024', '025', '0255', '0256', '028', '023'),
     'France, which has close trade ties with Baghdad, said on Wednesday it would not take part in any '
     'military action against Iraq, but it urged President Saddam Hussein to let U.N. arms inspectors work '
     'without hindrance.'),
    (('MYS', 'MYSGOV'), ('SGP', 'SGPGOV'), ('111', '110', '112', '114', '161', '160', '164'),
     'Malaysia on Tuesday suspended all military cooperation with Singapore, its closest neighbour and '
     'partner in a regional defence pact, in protest at remarks by Singapore leader Lee Kuan Yew describing '
     'the Malaysian state of Johor as crime-ridden.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), ('0841', '084', '062', '060', '064', '057'),
     'Iran and Iraq, which fought a bloody eight-year war in the 1980s, on Friday began exchanging thousands '
     'of prisoners of war under an agreement brokered by the International Committee of the Red Cross, IRNA '
     'news agency said.'),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNGOV'), ('0841', '084', '062', '060', '064', '057'),
     'Iran and Iraq, which fought a bloody eight-year war in the 1980s, on Friday began exchanging thousands '
     'of prisoners of war under an agreement brokered by the International Committee of the Red Cross, IRNA '
     'news agency said.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('111', '110', '112', '1121'),
     'The Democratic People\'s Republic of Korea today bitterly denounced the South Korean puppets for '
     'staging large-scale joint military exercises with the U.S. imperialist aggressors, branding the war '
     'games a dangerous provocation, KCNA reported.'),
    (('CHN', 'CHNGOV'), ('PHL', 'PHLGOV'), ('111', '110', '112', '114'),
     'China on Thursday accused the Philippines of escalating tension in the South China Sea after its navy '
     'detained 62 Chinese fishermen near the disputed Spratly Islands, and demanded their immediate release, '
     'Xinhua said.'),
    (('CHNGOV', 'CHN'), ('PHL', 'PHLGOV'), ('1053', '105', '100'),
     'China on Thursday accused the Philippines of escalating tension in the South China Sea after its navy '
     'detained 62 Chinese fishermen near the disputed Spratly Islands, and demanded their immediate release, '
     'Xinhua said.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('RUSREB', 'RUS', 'RUSCVL'), ('190', '195', '194'),
     'Russian troops on Tuesday pounded rebel positions around the Chechen capital Grozny with artillery and '
     'rockets, as Moscow rejected Western calls for a political settlement, saying it would fight on until '
     'the rebels were crushed.'),
    # -- controls: the only act is background, history or a plan
    ((), (), ('19', '18'),
     'Ethiopia and Eritrea, which fought a border war in 1998-2000 that killed about 70,000 people, opened '
     'their first direct air link on Monday in seven years as part of a gradual thaw, officials in Addis '
     'Ababa said.'),
    ((), (), ('19', '18', '17'),
     'The anniversary of the 1989 crackdown on pro-democracy protesters in Tiananmen Square passed quietly '
     'in Beijing on Friday, with only a handful of plainclothes police patrolling the vast square, witnesses '
     'said.'),
    ((), (), ('16', '11', '12', '13'),
     'Foreign ministers of the 15 European Union countries will meet in Luxembourg next week to discuss '
     'whether to ease sanctions on Belgrade, diplomats said on Friday, but no decision is expected before '
     'the summer.'),
    ((), (), ('19', '18', '15'),
     'Vietnam and the United States, which fought a long war that ended in 1975, will hold talks in Hanoi '
     'next month on finding the remains of soldiers still listed as missing, the Foreign Ministry said on '
     'Thursday.'),
    ((), (), ('17', '11', '12', '13', '16', '19'),
     'Hong Kong marked the second anniversary of its return to Chinese rule on Thursday with fireworks and '
     'flag-raising ceremonies, while several hundred pro-democracy activists staged a peaceful march to '
     'government headquarters.'),
    ((), (), ('19', '18', '20'),
     'Cambodia\'s former Khmer Rouge leader Pol Pot, whose regime was blamed for the deaths of up to two '
     'million people in the late 1970s, has died of a heart attack in a jungle hideout near the Thai border, '
     'his aides said.'),
    ((), (), ('16', '12', '11'),
     'South African President Nelson Mandela, who spent 27 years in prison under apartheid, will visit '
     'Libya next week despite U.S. objections, his spokesman said on Tuesday, adding that the trip was '
     'planned months ago.'),
    ((), (), ('19', '18'),
     'The leaders of India and Pakistan, whose countries have fought three wars since independence in 1947, '
     'are due to meet on the sidelines of a regional summit in Colombo next week, officials in New Delhi '
     'said on Sunday.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": PARSE30}
ALL30: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
