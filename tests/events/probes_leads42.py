"""Blind probes of the fortieth session (wip/leads42): LONG era leads (1985-2005 agency copy, 30-60 words,
dated 2000-01-01 as the real-news GSR records are), in the house styles of Reuters, AFP, AP, UPI, Xinhua,
TASS, Kyodo, IRNA, MENA, DPA, ANSA, EFE, PTI, JANA, KUNA, SANA, Tanjug, Antara, PANA and Yonhap, weighted
to: the second and third verbs of a long lead ("X did A and B, and said C"); acts whose target is named
only in a later clause or a relative clause; acts with no codebook row that must code nothing; reductions
of relations and sanctions (16x) and their lifting; demands that a party withdraw, free, hand over or pay;
accusations and denials with the accuser in a participle ("..., accusing X of ..."); threats with a
condition ("unless", "if"); yielding acts (08x) and their refusals (12x); mediation and go-betweens; and,
across the codebook, reciprocal acts and acts with no target that must emit no CAMEO triple.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its list. Each batch was committed before the coder was run on it.

Conventions the rows follow (the codebook's, and docs/events.md's where written): a denied charge is 016
aimed at the accuser; "agreed to allow" is an intent (03x) as well as the yielding; a demand that troops
withdraw, that people be freed, handed over or paid for is a demand (10x), "called on" / "urged" an
appeal (02x) as well; a threat under a condition is a threat (13x) at the party the condition names;
relief flights, convoys or deliveries a GIVER suspends cut humanitarian aid (1623, lead34), but a
government's ban on relief flights into ground it holds, a relief convoy turned back at a checkpoint and a
sale (of arms, aircraft, a radar) cancelled have no codebook row (no giver's cut, no embargo imposed, no
relations reduced) and code nothing of 11-19.

First run (batch 1, 48 rows, 38 leads, main de39128c = the branch's start, committed 28b05760), country +
root / actor + root / actor + code: 42 / 41 / 39. Three rows corrected after it as writing errors by the
project's written conventions: an accusing participle set off after a protest lodged or an envoy summoned
("lodged a strong protest with Pakistan ..., accusing Islamabad of ...") is one occurrence with the protest
(dedup.py: one root, 11, for judging acts), so those rows take the protest's codes; "West African leaders"
are WAFGOV (docs/events.md). With them main scores 42 / 41 / 41. After the first fixes (a charge laid in a
relative clause on the act's party; a refusal set against an agreement by "but"; goods of a kind name no
army): 46 / 45 / 45.

Batch 2 (41 rows, 32 leads), written after the first fixes and committed (451d6837) before the coder ran on
it; first run on the branch (53f1c125's code): 35 / 34 / 33 (main: 34 / 33 / 32). Two rows corrected: the
threat list left out the codebook's 134-137 (a threat to expel diplomats is coded 136), and Kuwaitis held
are people named by nationality (KWTCVL): 35 / 35 / 35 (main 34 / 34 / 34). After the second fixes (a
list's middle verb read as a participle before a call "on" a party; an accusing participle hung on the
charge's own clause; a refusal's second "or" complement): 38 / 38 / 38.

Batch 3 (24 rows, 15 leads), written after the second fixes and committed (93b52e15) before the coder ran on
it; first run on the branch (cb3a000e's code): 20 / 20 / 20 (main 18 / 18 / 18). After the third fixes
("whose pilgrims it blamed" with the owned noun read as a verb; a second finite verb joined to a demand's
that-clause or a reduced relative in it): 22 / 22 / 22. The remaining misses are gaps
(test_probes_leads42.py).
`.venv/bin/python tests/events/probes_leads42.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125')
_CRIT = ('111', '112', '110', '114', '115', '11', '1121', '1122', '1123', '1124', '1125')
_DENY = ('016',)
_THREAT = ('130', '138', '131', '1311', '1312', '1313', '139', '13', '1384', '1383', '132', '133', '1381',
           '1382', '134', '135', '136', '137')
_FORCE = ('190', '193', '194', '195', '180', '183', '186', '181', '182', '192', '200', '202', '1823', '18',
          '19', '1831', '1822')
_ARREST = ('173', '170', '172', '1711', '1712', '175', '174', '17', '1721')
_RECALL = ('161', '160', '1612', '164', '166', '16')
_EXPEL = _RECALL + ('174', '17', '1663')
_REJECT = ('120', '125', '128', '121', '122', '1211', '124', '1246', '126', '127', '129', '12', '1241',
           '1243', '1244', '1245', '123', '1212', '1222', '1242', '1221', '1231')
_YIELD = ('080', '081', '0811', '0812', '0813', '0814', '082', '083', '0831', '084', '0841', '0842', '085',
          '086', '087', '0871', '0874', '0872', '0873', '08')
_INTENT = ('030', '03', '031', '032', '035', '0351', '0352', '0353', '0354', '0355', '0356', '036', '037',
           '038', '039')
_MEET = ('040', '042', '043', '044', '046', '036', '030', '04', '045', '03')
_MEDIATE = _MEET + ('039', '038')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623', '161', '16', '1661', '1662')
_APPEAL = ('020', '02', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233',
           '0234', '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255',
           '0256', '026', '027', '028', '010', '01')
_DEMAND = ('100', '10', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '104',
           '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056', '106',
           '107', '108')
_SUPPORT = ('05', '050', '051', '052', '053', '054', '055', '056', '057', '03', '030', '031', '0311', '0312',
            '032', '033', '036', '01', '010', '012', '013')
_PROTEST = ('140', '141', '1411', '1412', '14', '145', '1451')
_AID = ('070', '07', '071', '072', '073', '074', '075', '033', '0331', '0332', '0333', '0334', '030', '03')
_COOP = ('06', '060', '061', '062', '063', '064', '057', '05', '050') + _AID
# acts with no target: no code of these (full codes, so the actor + code count checks them too)
_NONE_HARM = _CRIT + _REJECT + _THREAT + _PROTEST + _SANCTION + _EXPEL + _ARREST + _FORCE
# acts with no codebook row (a relief-flight ban, a convoy turned back, a sale cancelled): none of these
_NO_ROW = _CRIT + _REJECT + _THREAT + _PROTEST + _SANCTION + _EXPEL + _ARREST + ('163', '1623')

_NAIROBI = ('NAIROBI (Reuters) - Kenya on Monday expelled two Sudanese diplomats, closed its border crossing '
            'at Lokichoggio and accused Khartoum of arming cattle raiders in the north, the foreign ministry '
            'said in a statement.')
_BELGRADE = ('BELGRADE (Tanjug) - Yugoslavia on Tuesday recalled its ambassador from Tirana, suspended '
             'cross-border trade with Albania and warned the Albanian leadership that relations would be '
             'broken off unless attacks on its border posts stopped, Tanjug said.')
_DELHI = ('NEW DELHI (PTI) - India on Friday lodged a strong protest with Pakistan over the firing on Indian '
          'posts along the Line of Control, accusing Islamabad of trying to internationalise the Kashmir '
          'issue, an external affairs ministry spokesman said.')
_BEIRUT = ('BEIRUT (Reuters) - Lebanon on Friday demanded that Israel withdraw its troops from the south '
           'without conditions and free the Lebanese detainees held at Khiam prison, and said it would take '
           'its case to the U.N. Security Council.')
_LOCKERBIE = ('WASHINGTON (AP) - The United States and Britain on Wednesday demanded that Libya hand over '
              'two intelligence agents accused of the Lockerbie bombing and pay compensation to the '
              'victims\' families, or face further sanctions.')
_INSPECT = ('BAGHDAD (Reuters) - Iraq on Sunday agreed to let U.N. weapons inspectors return to its '
            'presidential sites but refused to hand over documents on its chemical weapons programme, '
            'diplomats in Baghdad said.')
_CAIRO = ('CAIRO (MENA) - Egypt on Sunday suspended flights by Sudan Airways to Cairo and closed a Sudanese '
          'consulate in Aswan, whose staff it accused of helping the gunmen who tried to kill President '
          'Hosni Mubarak in Addis Ababa.')
_JAKARTA = ('JAKARTA (Antara) - Indonesia on Thursday scrapped a 1995 security pact with Australia, whose '
            'troops it accused of arrogance in East Timor, and recalled its defence attache from Canberra, '
            'the foreign ministry said.')
_ENVOYS = ('ISLAMABAD (Reuters) - India and Pakistan expelled each other\'s diplomats on Monday in a row '
           'over espionage that has soured relations ahead of talks on Kashmir, officials in both '
           'capitals said.')
_POWS = ('BAGHDAD (INA) - Iraq and Iran exchanged 2,000 prisoners of war on Saturday at the Khosravi border '
         'crossing under the supervision of the International Committee of the Red Cross.')
_HORN = ('ASMARA (Reuters) - Eritrea and Ethiopia accused each other on Wednesday of launching fresh attacks '
         'along their disputed border, and both said they had inflicted heavy losses.')

LEADS42: list[Row] = [
    # batch 1: written blind, committed before the coder ran on it
    # -- the second and third verbs of a long lead
    (('KEN', 'KENGOV'), ('SDN', 'SDNGOV'), _EXPEL, _NAIROBI),
    (('KEN', 'KENGOV'), ('SDN', 'SDNGOV'), _ACCUSE, _NAIROBI),
    (('YUG', 'YUGGOV'), ('ALB', 'ALBGOV'), _RECALL + _SANCTION, _BELGRADE),
    (('YUG', 'YUGGOV'), ('ALB', 'ALBGOV'), _THREAT, _BELGRADE),
    (('LBN', 'LBNGOV'), ('ISR', 'ISRGOV', 'ISRMIL'), _DEMAND, _BEIRUT),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), _DEMAND, _LOCKERBIE),
    (('GBR', 'GBRGOV'), ('LBY', 'LBYGOV'), _DEMAND, _LOCKERBIE),
    (('IRQ', 'IRQGOV'), ('IGO',), _YIELD + _INTENT, _INSPECT),
    (('IRQ', 'IRQGOV'), ('IGO',), _REJECT, _INSPECT),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), _SANCTION,
     'WASHINGTON (UPI) - President Reagan on Wednesday ordered a total trade embargo against Nicaragua, '
     'suspended landing rights for its national airline and said the Sandinista government posed an unusual '
     'threat to U.S. security.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _CRIT + _PROTEST,
     'BEIJING (Xinhua) - China on Friday suspended its human rights dialogue with the United States, '
     'cancelled a visit by a U.S. defence delegation and condemned Washington for arms sales to Taiwan, the '
     'Foreign Ministry said.'),
    # -- the target named only in a later clause or a relative clause
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _SANCTION + _RECALL, _CAIRO),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _ACCUSE, _CAIRO),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV', 'AUSMIL'), _ACCUSE, _JAKARTA),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), _RECALL + _REJECT + _SANCTION, _JAKARTA),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _EXPEL,
     'ISLAMABAD (AP) - Pakistan on Tuesday ordered two diplomats to leave the country within 48 hours after '
     'they were caught near a nuclear plant, saying both men worked for the Indian High Commission.'),
    (('GBR', 'GBRGOV'), ('SYR', 'SYRGOV'), _RECALL,
     'LONDON (Reuters) - Britain broke off diplomatic relations on Friday with the country whose embassy it '
     'said had helped plan the attempt to bomb an El Al jumbo jet at Heathrow, Syria.'),
    # -- acts with no codebook row: nothing coded
    ((), (), _NO_ROW,
     'KHARTOUM (Reuters) - Sudan\'s military government on Sunday banned all relief flights into the '
     'war-torn south for two weeks, saying the airstrips were needed for troop movements, aid '
     'officials said.'),
    ((), (), _NO_ROW,
     'SARAJEVO (AFP) - Soldiers at a checkpoint near Zepa on Monday turned back a convoy of 18 trucks '
     'carrying flour and medicine for the besieged enclave, a relief official said.'),
    ((), (), _NO_ROW,
     'JERUSALEM (Reuters) - Israel on Wednesday cancelled the sale of an airborne early-warning radar system '
     'to China after months of pressure from Washington, Prime Minister Ehud Barak\'s office said.'),
    # -- reductions of relations and sanctions, and their lifting
    (('IGO', 'WAF', 'WAFGOV'), ('SLE', 'SLEMIL', 'SLEGOV'), _SANCTION,
     'ABUJA (Reuters) - West African leaders on Saturday imposed an embargo on oil, arms and military '
     'equipment against Sierra Leone\'s military junta and banned its members from travelling in the '
     'region, a summit communique said.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _SANCTION,
     'TOKYO (Kyodo) - Japan on Tuesday froze most of its grant aid to China in protest at Beijing\'s latest '
     'nuclear test and urged it to join a moratorium on testing, a Foreign Ministry official said.'),
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), _YIELD + _SANCTION + _AID,
     'BRUSSELS (Reuters) - The European Union on Monday lifted the sanctions it imposed on Nigeria after the '
     'execution of the writer Ken Saro-Wiwa and said it would resume development aid to the new civilian '
     'government.'),
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), _SANCTION,
     'WASHINGTON (Reuters) - The United States cut off military and economic aid to Pakistan on Monday '
     'because Islamabad could not show it did not possess a nuclear explosive device, the State Department '
     'said.'),
    # -- demands: withdraw, free, hand over, pay
    (('KWT', 'KWTGOV', 'KWTLEG'), ('IRQ', 'IRQGOV'), _APPEAL + _DEMAND,
     'KUWAIT (KUNA) - Kuwait\'s National Assembly on Monday called on Iraq to pay compensation for the '
     'seven-month occupation and to return property looted from the emirate, the Kuwait News Agency said.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), _DEMAND,
     'MOSCOW (Interfax) - Russia on Thursday demanded that Georgia hand over Chechen fighters who it said '
     'had fled across the border into the Pankisi gorge, and threatened to act on its own.'),
    (('ARM', 'ARMGOV', 'AZE', 'AZEGOV'), ('AZE', 'AZEGOV', 'ARM', 'ARMGOV'), _REJECT + _DEMAND,
     'BAKU (Reuters) - Azerbaijan on Tuesday rejected an Armenian demand that it pull its troops back from '
     'the frontline around Nagorno-Karabakh before talks could resume, Azeri officials said.'),
    # -- accusations and denials, the accuser in a participle
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _CRIT + _PROTEST, _DELHI),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _CRIT, _DELHI),
    (('SDN', 'SDNGOV'), ('UGA', 'UGAGOV'), _ACCUSE,
     'KHARTOUM (Reuters) - Sudan on Tuesday denied supplying arms to rebels in northern Uganda, accusing '
     'Kampala of backing the Sudan People\'s Liberation Army in the south, the official news agency SUNA '
     'said.'),
    (('IRN', 'IRNGOV'), ('BHR', 'BHRGOV'), _DENY,
     'TEHRAN (IRNA) - Iran on Sunday dismissed as baseless charges by Bahrain that it had trained Shi\'ite '
     'militants to overthrow the Gulf state\'s government, the official news agency IRNA said.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _CRIT,
     'ANKARA (Reuters) - Turkey on Thursday summoned Syria\'s ambassador for the second time in a week, '
     'accusing Damascus of sheltering the Kurdish rebel leader Abdullah Ocalan, a Foreign Ministry spokesman '
     'said.'),
    # -- threats with a condition
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _THREAT,
     'ATHENS (Reuters) - Greece threatened on Monday to block European Union financial aid to Turkey unless '
     'Ankara dropped its claim to the Imia islets in the Aegean, a government spokesman said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), _THREAT,
     'NEW DELHI (Reuters) - India warned Pakistan on Friday that it would retaliate if the shelling of its '
     'posts across the Line of Control did not stop, Defence Minister George Fernandes told parliament.'),
    # -- yielding and its refusal
    (('RUS', 'RUSGOV', 'RUSMIL'), ('EST', 'ESTGOV'), _YIELD,
     'TALLINN (Reuters) - Russia on Wednesday withdrew the last of its troops from Estonia, ending half a '
     'century of military presence in the Baltic state, Estonian officials said.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), _REJECT,
     'YEREVAN (AFP) - Armenia on Friday refused to pull its forces out of the Lachin corridor linking it to '
     'Nagorno-Karabakh, saying Azerbaijan had not given guarantees of security.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNCVL', 'CHNGOV'), _YIELD,
     'HANOI (AFP) - Vietnam on Tuesday freed 20 Chinese fishermen it had detained for fishing in its waters '
     'off the Paracel islands, the official Vietnam News Agency said.'),
    (('PRK', 'PRKGOV'), ('IGO',), _REJECT,
     'VIENNA (Reuters) - North Korea on Monday refused to allow International Atomic Energy Agency '
     'inspectors into two suspected nuclear waste sites at Yongbyon, the agency said.'),
    # -- mediation and go-betweens
    (('EGY', 'EGYGOV'), ('SYR', 'SYRGOV', 'TUR', 'TURGOV'), _MEDIATE,
     'CAIRO (Reuters) - Egyptian President Hosni Mubarak flew to Ankara on Monday to mediate between Turkey '
     'and Syria, which have massed troops on their border in a dispute over Kurdish rebels.'),
    (('USA', 'USAGOV', 'USAELI'), ('ETH', 'ETHGOV'), _MEDIATE,
     'ATLANTA (AP) - Former President Jimmy Carter on Tuesday opened talks between the Ethiopian government '
     'and Eritrean rebels at the Carter Center, the first direct contact between them in years.'),
    # -- reciprocal acts
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _EXPEL, _ENVOYS),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _EXPEL, _ENVOYS),
    (('IRQ', 'IRQGOV'), ('IRN', 'IRNGOV', 'IRNMIL'), _YIELD + _COOP, _POWS),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), _YIELD + _COOP, _POWS),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV', 'ETHMIL'), _ACCUSE, _HORN),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERIMIL'), _ACCUSE, _HORN),
    # -- acts with no target
    ((), (), _NONE_HARM,
     'BAGHDAD (INA) - Iraq warned on Thursday that it would take all necessary measures to defend its '
     'sovereignty and said its armed forces were ready, the official Iraqi News Agency said.'),
    ((), (), _NONE_HARM,
     'MANILA (AP) - President Fidel Ramos on Monday declared a state of calamity in five provinces struck '
     'by floods and ordered soldiers to help evacuate thousands of villagers.'),
]

_MANILA = ('MANILA (Reuters) - The Philippines on Thursday arrested 12 Chinese fishermen near the Spratly '
           'islands, seized their boats and lodged a protest with Beijing over the intrusion, the foreign '
           'ministry said.')
_POWS_B = ('TEHRAN (IRNA) - Iran on Tuesday released 40 Iraqi prisoners of war, handed over the remains of '
           '200 Iraqi soldiers and called on Baghdad to account for 5,000 missing Iranians, IRNA said.')
_FIRMS = ('WASHINGTON (Reuters) - The United States on Friday imposed sanctions on two Chinese firms for '
          'selling missile technology to Iran and warned Beijing that more would follow if the sales '
          'continued.')
_KINSHASA = ('KINSHASA (Reuters) - Zaire on Thursday closed its embassy in Kampala and expelled Uganda\'s '
             'ambassador, whom it accused of arming rebels in the east, the state news agency AZAP said.')
_KASHMIR = ('ISLAMABAD (Reuters) - Pakistan on Tuesday rejected Indian accusations that it was training '
            'Kashmiri militants, accusing New Delhi of trying to divert attention from abuses in the valley.')
_OSLO = ('OSLO (Reuters) - Norway\'s foreign minister has for months carried messages between Israel and the '
         'Palestine Liberation Organisation, officials said on Monday.')
_HANOI = ('BEIJING (Reuters) - China and Vietnam restored normal relations on Thursday after 13 years of '
          'hostility that included a brief border war in 1979, the Xinhua news agency said.')
_GANGES = ('NEW DELHI (PTI) - India and Bangladesh signed an agreement on Thursday to share the waters of '
           'the Ganges river, ending a dispute that had soured relations for two decades.')
_DMZ = ('SEOUL (Reuters) - North and South Korean troops exchanged fire across the demilitarised zone on '
        'Sunday for the first time in years, the South\'s Defence Ministry said.')

LEADS42B: list[Row] = [
    # batch 2: written blind after the first fixes, committed before the coder ran on it
    # -- the second and third verbs of a long lead
    (('PHL', 'PHLGOV', 'PHLMIL', 'PHLCOP'), ('CHN', 'CHNCVL'), _ARREST, _MANILA),
    (('PHL', 'PHLGOV'), ('CHN', 'CHNGOV'), _CRIT + _PROTEST, _MANILA),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQMIL', 'IRQGOV'), _YIELD + _COOP, _POWS_B),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV'), _APPEAL + _DEMAND, _POWS_B),
    (('USA', 'USAGOV'), ('CHN', 'CHNBUS'), _SANCTION, _FIRMS),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), _THREAT, _FIRMS),
    (('ZAF', 'ZAFGOV'), ('LSO', 'LSOMIL', 'LSOGOV'), _DEMAND,
     'PRETORIA (SAPA) - South Africa on Monday closed its border posts with Lesotho, put its troops on '
     'alert and demanded that Lesotho\'s military leaders restore the elected government, officials said.'),
    # -- the target in a later clause or a relative clause
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _SANCTION,
     'SEOUL (Yonhap) - South Korea on Sunday suspended rice shipments to the North, whose patrol boats it '
     'said had crossed into southern waters and fired on a fishing vessel.'),
    (('COD', 'CODGOV'), ('UGA', 'UGAGOV'), _EXPEL, _KINSHASA),
    (('COD', 'CODGOV'), ('UGA', 'UGAGOV'), _ACCUSE, _KINSHASA),
    # -- acts with no codebook row: nothing coded
    ((), (), _NO_ROW,
     'LUANDA (Reuters) - Government troops on Friday turned back a relief convoy of 30 trucks bound for the '
     'besieged city of Kuito, aid workers said.'),
    ((), (), _NO_ROW,
     'MOSCOW (Reuters) - Russia on Monday cancelled a contract to sell cryogenic rocket engines to India, '
     'the Russian space agency said.'),
    # -- sanctions and relations cut, and their lifting
    (('IGO',), ('ZAF', 'ZAFGOV'), _YIELD + _SANCTION,
     'BRUSSELS (Reuters) - The European Community on Monday lifted its oil embargo on South Africa and ended '
     'a ban on new investment, rewarding Pretoria for scrapping the last apartheid laws.'),
    (('USA', 'USAGOV'), ('ZAF', 'ZAFGOV'), _YIELD + _SANCTION,
     'WASHINGTON (AP) - President George Bush on Wednesday lifted most U.S. economic sanctions against South '
     'Africa, saying Pretoria had made irreversible progress toward ending apartheid.'),
    (('AUS', 'AUSGOV'), ('FJI', 'FJIGOV', 'FJIMIL'), _SANCTION,
     'CANBERRA (Reuters) - Australia on Tuesday suspended defence cooperation with Fiji and cut aid to Suva '
     'after the military coup, Foreign Minister Bill Hayden said.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _RECALL + _SANCTION,
     'NEW DELHI (Reuters) - India on Monday downgraded its diplomatic relations with Pakistan, ordered half '
     'the staff of Pakistan\'s high commission to leave and halted the Lahore bus service.'),
    # -- demands: stop, withdraw, expel, pay
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _DEMAND,
     'BEIJING (Xinhua) - China on Wednesday demanded that the United States stop selling arms to Taiwan and '
     'withdraw its support for the island\'s bid for a seat in the United Nations.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _APPEAL + _DEMAND,
     'ANKARA (AFP) - Turkey on Friday called on Syria to expel the Kurdish rebel leader Abdullah Ocalan and '
     'close the rebel camps in the Bekaa valley, or face the consequences.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), _DEMAND + _ACCUSE,
     'BAGHDAD (INA) - Iraq on Tuesday demanded compensation from Kuwait for oil it said had been stolen from '
     'the Rumaila field along their border, the Iraqi News Agency said.'),
    # -- accusations and denials, the accuser in a participle
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _DENY + _REJECT, _KASHMIR),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _ACCUSE, _KASHMIR),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), _DENY,
     'AMMAN (Petra) - Jordan on Sunday denied Israeli charges that it had allowed guerrillas to cross the '
     'border, saying its army was guarding the frontier.'),
    # -- threats with a condition
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), _THREAT,
     'TOKYO (Reuters) - North Korea warned on Saturday it would withdraw from the nuclear Non-Proliferation '
     'Treaty if the United States went ahead with military exercises with South Korea, KCNA said.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV', 'USAMIL'), _THREAT,
     'TEHRAN (IRNA) - Iran threatened on Monday to close the Strait of Hormuz unless Washington withdrew its '
     'warships from the Gulf, the official news agency IRNA said.'),
    (('GBR', 'GBRGOV'), ('LBY', 'LBYGOV'), _THREAT,
     'LONDON (Reuters) - Britain said on Tuesday it would expel more Libyan diplomats if Tripoli failed to '
     'hand over the killer of policewoman Yvonne Fletcher.'),
    # -- yielding and its refusal
    (('KHM', 'KHMREB'), ('IGO',), _REJECT,
     'PHNOM PENH (Reuters) - The Khmer Rouge on Wednesday refused to disarm its fighters or let U.N. '
     'peacekeepers into zones under its control, a U.N. spokesman said.'),
    (('YUG', 'YUGGOV'), ('HRV', 'HRVMIL', 'HRVGOV'), _YIELD,
     'BELGRADE (Tanjug) - Yugoslavia on Friday freed 23 Croatian prisoners of war and agreed to reopen a '
     'border crossing near Dubrovnik, Tanjug said.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSEGOV', 'PSECOP'), _YIELD,
     'HEBRON, West Bank (Reuters) - Israel on Friday pulled its troops out of most of Hebron and handed '
     'control of the town to Palestinian police, ending 30 years of occupation.'),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV', 'KWTCVL'), _REJECT,
     'BAGHDAD (INA) - Iraq on Tuesday refused to free more than 600 Kuwaitis whose release the emirate has '
     'demanded, saying it held no prisoners of war.'),
    # -- mediation and go-betweens
    (('SEN', 'SENGOV'), ('GNB', 'GNBGOV', 'GNBMIL'), _MEDIATE,
     'DAKAR (AFP) - Senegal\'s President Abdou Diouf flew to Bissau on Saturday to mediate between '
     'Guinea-Bissau\'s government and mutinous soldiers, his office said.'),
    (('NOR', 'NORGOV'), ('ISR', 'ISRGOV'), _MEDIATE, _OSLO),
    (('NOR', 'NORGOV'), ('PSE', 'PSEGOV', 'PSEREB'), _MEDIATE, _OSLO),
    (('KEN', 'KENGOV'), ('SDN', 'SDNGOV'), _MEDIATE,
     'NAIROBI (Reuters) - Kenyan President Daniel arap Moi on Tuesday offered to mediate between Sudan\'s '
     'government and the southern rebels, saying both sides had asked for his help.'),
    # -- reciprocal acts
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), _SUPPORT + _COOP, _HANOI),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _SUPPORT + _COOP, _HANOI),
    (('IND', 'INDGOV'), ('BGD', 'BGDGOV'), _COOP, _GANGES),
    (('BGD', 'BGDGOV'), ('IND', 'INDGOV'), _COOP, _GANGES),
    (('PRK', 'PRKMIL'), ('KOR', 'KORMIL'), _FORCE, _DMZ),
    (('KOR', 'KORMIL'), ('PRK', 'PRKMIL'), _FORCE, _DMZ),
    # -- acts with no target
    ((), (), _NONE_HARM,
     'JAKARTA (Reuters) - Indonesia\'s government on Monday cut fuel subsidies by as much as 70 percent, '
     'sending prices of petrol and kerosene soaring, officials said.'),
    ((), (), _NONE_HARM,
     'CAIRO (MENA) - Egypt warned on Wednesday of a catastrophe in the region if the peace process '
     'collapsed, the Middle East News Agency said.'),
]

_ASMARA = ('ADDIS ABABA (Reuters) - Ethiopia on Monday expelled 15 Eritrean diplomats and closed Eritrea\'s '
           'embassy, accusing Asmara of using it as a centre of espionage, a government spokesman said.')
_MECCA = ('RIYADH (SPA) - Saudi Arabia on Sunday severed diplomatic ties with Iran, whose pilgrims it blamed '
          'for the riot in Mecca that killed 400 people, the Saudi Press Agency said.')
_CARACAS = ('CARACAS (EFE) - Venezuela on Tuesday recalled its ambassador from Bogota and froze trade talks '
            'with Colombia, whose navy it accused of violating its waters in the Gulf of Venezuela.')
_AIRPORT = ('BEIJING (Xinhua) - China agreed on Friday to resume talks with Britain on Hong Kong\'s new '
            'airport but refused to drop its demand for guarantees on the project\'s debt, the Foreign '
            'Ministry said.')
_DENKTASH = ('NICOSIA (Reuters) - Turkish Cypriot leader Rauf Denktash on Tuesday rejected a U.N. plan for a '
             'federal Cyprus, accusing the world body of siding with the Greek Cypriots.')
_ATHENS = ('ATHENS (Reuters) - Greece on Monday demanded that Albania free five ethnic Greeks jailed for '
           'espionage and called on the European Union to freeze its aid to Tirana.')
_OBASANJO = ('ABUJA (Reuters) - Nigerian President Olusegun Obasanjo on Sunday brought together the leaders '
             'of Sudan and Uganda for talks on ending their border dispute, his spokesman said.')
_KIEV = ('KIEV (Reuters) - Russia and Ukraine signed a treaty of friendship and cooperation on Saturday, '
         'ending years of wrangling over the Black Sea fleet, Ukrainian officials said.')
_KARABAKH = ('BAKU (AFP) - Armenia and Azerbaijan accused each other on Tuesday of breaking the ceasefire in '
             'Nagorno-Karabakh, where artillery duels were reported overnight.')

LEADS42C: list[Row] = [
    # batch 3: written blind after the second fixes, committed before the coder ran on it
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _EXPEL, _ASMARA),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _ACCUSE, _ASMARA),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), _RECALL, _MECCA),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV', 'IRNCVL'), _ACCUSE, _MECCA),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), _RECALL + _SANCTION, _CARACAS),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV', 'COLMIL'), _ACCUSE, _CARACAS),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), _INTENT + _MEET, _AIRPORT),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), _REJECT, _AIRPORT),
    (('CYP', 'CYPREB', 'CYPGOV'), ('IGO',), _REJECT, _DENKTASH),
    (('CYPREB', 'CYP', 'CYPGOV'), ('IGO',), _ACCUSE, _DENKTASH),  # (sources reordered for the gap's key)
    (('USA', 'USAGOV'), ('SLV', 'SLVGOV'), _THREAT,
     'WASHINGTON (Reuters) - The United States threatened on Wednesday to cut off all aid to El Salvador '
     'unless the killers of six Jesuit priests were brought to trial, a State Department official said.'),
    (('DEU', 'DEUGOV'), ('IRN', 'IRNGOV'), _THREAT,
     'BONN (Reuters) - Germany warned Iran on Thursday that it would recall its ambassador if a German '
     'businessman sentenced to death in Tehran was executed.'),
    (('GRC', 'GRCGOV'), ('ALB', 'ALBGOV'), _DEMAND, _ATHENS),
    (('GRC', 'GRCGOV'), ('IGO',), _APPEAL + _DEMAND, _ATHENS),
    (('SYR', 'SYRGOV'), ('TUR', 'TURMIL', 'TURGOV'), _YIELD + _COOP,
     'DAMASCUS (Reuters) - Syria on Monday released four Turkish soldiers captured on the border last month '
     'and handed them over to Turkish officials at the Kilis crossing, Turkish diplomats said.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _AID + _YIELD + _SANCTION,
     'TOKYO (Kyodo) - Japan on Tuesday resumed yen loans to China, lifting a freeze it imposed after the '
     'Tiananmen Square crackdown, the Foreign Ministry said.'),
    (('NGA', 'NGAGOV'), ('SDN', 'SDNGOV'), _MEDIATE, _OBASANJO),
    (('NGA', 'NGAGOV'), ('UGA', 'UGAGOV'), _MEDIATE, _OBASANJO),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV'), _COOP + _SUPPORT, _KIEV),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), _COOP + _SUPPORT, _KIEV),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), _ACCUSE, _KARABAKH),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), _ACCUSE, _KARABAKH),
    ((), (), _NO_ROW,
     'NAIROBI (Reuters) - Kenya\'s government on Thursday suspended all flights by relief agencies into '
     'southern Sudan from Lokichoggio, citing security, aid officials said.'),
    ((), (), _NONE_HARM,
     'TOKYO (Kyodo) - Japan\'s central bank on Tuesday cut its official discount rate to a record low of 0.5 '
     'percent to help the economy out of recession, dealers said.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEADS42, "batch2": LEADS42B, "batch3": LEADS42C}
ALL42: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
