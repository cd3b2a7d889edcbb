"""Blind probes of the forty-third session (wip/leads45): the era's VERBAL acts, the roots that make most of
a real wire set's rows: comments and statements on another party (010-019: hope and optimism, "said it had
no comment", acknowledged, denied responsibility, sympathy), appeals (020-028: for aid, for talks, for a
ceasefire, for a release, for a change of policy, "urged ... to", "issued an appeal"), intentions (030-039:
offered, pledged, promised, "said it was ready to", "extended an invitation"), consultations (040-046: met,
held talks, "held consultations", telephoned, hosted, visited, "paid a call on", mediated), diplomatic
cooperation (050-057: praised, endorsed, apologised, recognised, signed), demands (100-108), disapproval
(110-116: criticised, accused, blamed, complained, condemned, "lodged a protest", "voiced concern"),
rejections (120-129) and threats (130-139), said by spokesmen, ministries, agencies and state media for
their state; statements whose target is only in an "over" or "about" phrase; comments made "to" a newspaper
(no target). Long leads of 1985-2005 agency copy (20-50 words, dated 2000-01-01 as the real-news GSR records
are) in the house styles of Reuters, AFP, AP, UPI, Xinhua, TASS, Itar-Tass, Kyodo, IRNA, MENA, DPA, ANSA,
EFE, PTI, APP, Yonhap, Anatolian, ANA, Bernama, Antara, Petra, SANA, KCNA, INA, Tanjug and PANA.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its list. Each batch was committed before the coder was run on it.

Conventions the rows follow (the codebook's, and docs/events.md's / docs/actors.md's where written): hope
and optimism about another party's act are 013 (01) at that party; a denial of responsibility with no
accuser is 016 at the party harmed; concern, regret or disappointment over another party's act is 111 at
the act's doer; an invitation to visit is an intent to meet (036) or the meeting root; "X and Y signed" is
each party's act at the other; a newspaper a comment is made to is no party; a state's official agency
speaks for its government.

First runs (country + root / actor + root / actor + code): batch 1 on main f5227023 48 / 48 / 48 of 55;
batch 2 on c198e642's code 34 / 32 / 32 of 38 (main 32 / 30 / 30); batch 3 on 3bd445a7's code 19 / 19 / 19
of 25 (main 17 / 17 / 17). Branch end (52b0f93d): 53 / 53 / 53, 36 / 35 / 35, 22 / 22 / 22
(docs/benchmarks.md, "Forty-third session: wip/leads45", with the rows corrected by written conventions).
`.venv/bin/python tests/events/probes_leads45.py`.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_COMMENT = ('010', '01', '011', '012', '013', '014', '015', '016', '017', '018', '019')
_HOPE = ('013', '010', '01', '012', '019')
_SYMPATHY = ('018', '010', '01', '051', '05', '050')
_APPEAL = ('020', '02', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233',
           '0234', '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255',
           '0256', '026', '027', '028')
_INTENT = ('030', '03', '031', '0311', '0312', '0313', '0314', '032', '033', '0331', '0332', '0333', '0334',
           '034', '0341', '0342', '0343', '0344', '035', '0351', '0352', '0353', '0354', '0355', '0356',
           '036', '037', '038', '039')
_MEET = ('040', '04', '041', '042', '043', '044', '045', '046', '036', '030', '03')
_PRAISE = ('051', '050', '05', '052', '053', '054', '055', '056', '057', '019')
_AGREE = ('057', '05', '050', '046', '04', '040', '03', '030', '036', '06', '060', '061', '062', '063')
_DEMAND = ('100', '10', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '104',
           '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056', '106',
           '107', '108')
_CRIT = ('111', '110', '11', '112', '113', '114', '115', '1121', '1122', '1123', '1124', '1125')
_ACCUSE = ('112', '110', '111', '1121', '1122', '1123', '1124', '1125', '11')
_PROTEST = ('114', '110', '111', '11', '112')
_REJECT = ('120', '12', '121', '1211', '1212', '122', '1221', '1222', '123', '1231', '1232', '1233', '1234',
           '124', '1241', '1242', '1243', '1244', '1245', '1246', '125', '126', '127', '128', '129')
_THREAT = ('130', '13', '131', '1311', '1312', '1313', '132', '1321', '1322', '1323', '1324', '133', '134',
           '135', '136', '137', '138', '1381', '1382', '1383', '1384', '1385', '139')
_AID = ('033', '0331', '0332', '0333', '0334', '030', '03', '070', '07', '071', '072', '073', '074', '075')

_CYCLONE = ("NEW DELHI (PTI) - India on Monday conveyed its deep sympathy to Bangladesh over the heavy "
            "loss of "
            "life in last week's cyclone and offered to send relief supplies and medical teams, an External "
            "Affairs Ministry spokesman said.")
_HANOI = ("HANOI (AFP) - Vietnam and Cambodia signed an agreement on Wednesday to settle disputes along "
          "their "
          "common border through talks, the official Vietnam News Agency said, after two days of "
          "negotiations "
          "between their foreign ministers.")
_OSLO = ("OSLO (Reuters) - Norway mediated months of secret talks between Israel and the Palestine "
         "Liberation "
         "Organisation that led to the accord initialled in Oslo, Foreign Minister Johan Joergen Holst told "
         "reporters on Monday.")
_CONSULT = ("TOKYO (Kyodo) - Senior Japanese and U.S. officials held consultations in Tokyo on Wednesday on "
            "North Korea's suspected nuclear weapons programme and agreed to keep in close touch, the "
            "Foreign "
            "Ministry said.")
_BONN = ("BONN (DPA) - Germany on Friday urged South Africa to abolish apartheid and free jailed black "
         "leader "
         "Nelson Mandela without conditions, government spokesman Friedhelm Ost told a regular news "
         "conference.")
_RECOG = ("BONN (Reuters) - Germany recognised Croatia and Slovenia as independent states on Monday, defying "
          "warnings from Washington that the move could spread the fighting in Yugoslavia, a government "
          "spokesman said.")

LEADS45: list[Row] = [
    # batch 1: written blind, committed before the coder ran on it
    # -- comments and statements on another party (010-019)
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _HOPE,
     "BEIJING (Xinhua) - China on Saturday expressed the hope that the United States would honour its "
     "commitments on the Taiwan question, Foreign Ministry spokesman Zhu Bangzao said in a statement."),
    (('RUS', 'RUSGOV'), ('JPN', 'JPNGOV'), _HOPE + _MEET,
     "MOSCOW (Itar-Tass) - Russia voiced optimism on Tuesday that its talks with Japan on a post-war peace "
     "treaty would make progress this year, Foreign Ministry spokesman Grigory Karasin told a news "
     "briefing."),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), _COMMENT,
     "TOKYO (Kyodo) - Japan's Foreign Ministry said on Tuesday it had no comment on South Korea's decision "
     "to keep its ban on imports of Japanese films and music, a ministry official told reporters."),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('GEO', 'GEOGOV'), _COMMENT,
     "MOSCOW (Reuters) - Russia acknowledged on Thursday that its warplanes had strayed into Georgian "
     "airspace, but said the incursion was a navigational error and not a hostile act, a Defence Ministry "
     "spokesman said."),
    (('SYR', 'SYRGOV'), ('LBN', 'LBNGOV'), _COMMENT,
     "DAMASCUS (SANA) - Syria on Wednesday denied any responsibility for the car bombing in Beirut which "
     "killed a Lebanese cabinet minister and six bodyguards, the official Syrian Arab News Agency said."),
    (('JOR', 'JORGOV'), ('EGY', 'EGYGOV'), _SYMPATHY,
     "AMMAN (Petra) - King Hussein sent a cable of condolences to President Hosni Mubarak on Tuesday "
     "over the "
     "victims of the attack on tourists at Luxor, the official Petra news agency said."),
    (('IND', 'INDGOV'), ('BGD', 'BGDGOV'), _SYMPATHY, _CYCLONE),
    (('IND', 'INDGOV'), ('BGD', 'BGDGOV'), _AID, _CYCLONE),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), _CRIT,
     "JAKARTA (Antara) - Indonesia on Tuesday expressed regret over Australia's decision to suspend military "
     "cooperation with Jakarta, Foreign Minister Ali Alatas told reporters after a cabinet meeting."),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _CRIT,
     "LONDON (Reuters) - Britain voiced disappointment on Monday about Argentina's refusal to lift its "
     "ban on "
     "British fishing boats in the South Atlantic, a Foreign Office spokesman said."),
    # -- appeals (020-028)
    (('SDN', 'SDNGOV'), ('IGO',), _APPEAL,
     "KHARTOUM (Reuters) - Sudan appealed to the European Union on Tuesday for emergency food aid for 2.4 "
     "million people facing famine in the south of the country, Relief Minister Ibrahim Abu Ouf said."),
    (('LKA', 'LKAGOV'), ('LKA', 'LKAREB', 'LKAINS'), _APPEAL,
     "COLOMBO (Reuters) - Sri Lanka's government on Friday urged Tamil Tiger rebels to return to the "
     "negotiating table and end the fighting in the north and east, a government spokesman said."),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _APPEAL,
     "ISLAMABAD (APP) - Pakistan on Sunday called on India to agree to an immediate ceasefire along the Line "
     "of Control in Kashmir and to resume talks on the disputed region, a Foreign Office spokesman said."),
    (('ITA', 'ITAGOV'), ('IRQ', 'IRQGOV'), _APPEAL,
     "ROME (ANSA) - Italy appealed to Iraq on Wednesday to release four Italian technicians held in Baghdad "
     "since the invasion of Kuwait, Foreign Minister Gianni De Michelis told parliament."),
    (('DEU', 'DEUGOV'), ('ZAF', 'ZAFGOV'), _APPEAL, _BONN),
    (('NGO',), ('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), _APPEAL,
     "GENEVA (Reuters) - The International Committee of the Red Cross issued an urgent appeal on Thursday to "
     "Ethiopia and Eritrea to allow its delegates to visit prisoners of war held by both sides."),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _APPEAL,
     "CAIRO (MENA) - Egypt urged Israel on Saturday to halt the building of Jewish settlements in the "
     "occupied territories, saying the construction threatened the peace process, the official Middle East "
     "News Agency said."),
    # -- intentions (030-039)
    (('JPN', 'JPNGOV'), ('KHM', 'KHMGOV'), _INTENT + _MEET,
     "TOKYO (Reuters) - Japan offered on Tuesday to host a conference between Cambodia's warring factions to "
     "seek an end to the civil war, Chief Cabinet Secretary Misoji Sakamoto told a news conference."),
    (('FRA', 'FRAGOV'), ('TCD', 'TCDGOV'), _AID,
     "PARIS (AFP) - France pledged 200 million francs in emergency aid to Chad on Wednesday to help the "
     "government of President Idriss Deby pay its civil servants, the Cooperation Ministry said."),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), _INTENT,
     "WASHINGTON (Reuters) - President Bill Clinton promised Russian President Boris Yeltsin on Saturday "
     "that the United States would help Moscow reschedule its foreign debt, the White House said."),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), _INTENT + _MEET,
     "DAMASCUS (Reuters) - Syria said on Sunday it was ready to resume peace talks with Israel from the "
     "point where they broke off in 1996, the official news agency SANA reported."),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), _MEET,
     "SEOUL (Yonhap) - South Korea on Monday extended an invitation to North Korean leader Kim Jong-il to "
     "visit Seoul for a second summit, presidential spokesman Park Joon-young said."),
    # -- consultations (040-046)
    (('CHN', 'CHNGOV'), ('PAK', 'PAKGOV'), _MEET,
     "BEIJING (Xinhua) - Chinese Premier Li Peng met visiting Pakistani Prime Minister Benazir Bhutto in the "
     "Great Hall of the People on Tuesday and discussed regional security and trade, Xinhua said."),
    (('RUS', 'RUSGOV'), ('IRN', 'IRNGOV'), _MEET,
     "MOSCOW (Itar-Tass) - Russian Foreign Minister Yevgeny Primakov held talks with his Iranian counterpart "
     "Ali Akbar Velayati in Moscow on Monday on the legal status of the Caspian Sea, Itar-Tass said."),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), _MEET,
     "WASHINGTON (Reuters) - President Bill Clinton telephoned Russian President Boris Yeltsin on Saturday "
     "to discuss the crisis in Kosovo, White House spokesman Mike McCurry told reporters."),
    (('TUR', 'TURGOV'), ('AZE', 'AZEGOV'), _MEET,
     "ANKARA (Anatolian) - Turkey hosted Azerbaijani President Heydar Aliyev for a three-day official visit "
     "on Monday, with talks expected to focus on a pipeline to carry Caspian oil to the Mediterranean."),
    (('MYS', 'MYSGOV'), ('IDN', 'IDNGOV'), _MEET,
     "KUALA LUMPUR (Bernama) - Prime Minister Mahathir Mohamad paid a call on Indonesian President Suharto "
     "in Jakarta on Friday and discussed the smoke haze from forest fires, the national news agency "
     "Bernama said."),
    (('NOR', 'NORGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV', 'PSEREB'), _MEET, _OSLO),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), _MEET, _CONSULT),
    (('USA', 'USAGOV'), ('JPN', 'JPNGOV'), _MEET, _CONSULT),
    # -- diplomatic cooperation (050-057)
    (('GBR', 'GBRGOV'), ('PAK', 'PAKGOV'), _PRAISE,
     "LONDON (Reuters) - Britain on Thursday praised Pakistan for its role in securing the release of two "
     "British aid workers kidnapped in Afghanistan, Foreign Office minister Derek Fatchett told reporters."),
    (('IGO',), ('EGY', 'EGYGOV'), _PRAISE,
     "CAIRO (MENA) - The Arab League on Sunday endorsed an Egyptian proposal for a regional conference on "
     "ridding the Middle East of weapons of mass destruction, League officials said."),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), _PRAISE,
     "TOKYO (Kyodo) - Japanese Prime Minister Tomiichi Murayama on Tuesday apologised to South Korea for the "
     "suffering caused by Japan's 35-year colonial rule of the Korean peninsula, government officials "
     "said."),
    (('DEU', 'DEUGOV'), ('HRV', 'HRVGOV'), _PRAISE, _RECOG),
    (('DEU', 'DEUGOV'), ('SVN', 'SVNGOV'), _PRAISE, _RECOG),
    (('VNM', 'VNMGOV'), ('KHM', 'KHMGOV'), _AGREE, _HANOI),
    (('KHM', 'KHMGOV'), ('VNM', 'VNMGOV'), _AGREE, _HANOI),
    # -- demands (100-108)
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV', 'USAMIL'), _DEMAND,
     "TEHRAN (IRNA) - Iran on Sunday demanded the immediate withdrawal of U.S. warships from the Persian "
     "Gulf, saying their presence was the main threat to the region's security, the official Islamic "
     "Republic News Agency said."),
    (('CYP', 'CYPGOV'), ('TUR', 'TURGOV', 'TURMIL'), _DEMAND,
     "NICOSIA (Reuters) - Cyprus demanded on Thursday that Turkey withdraw its 35,000 troops from the north "
     "of the island before any new round of talks, government spokesman Yiannakis Cassoulides said."),
    # -- disapproval (110-116)
    (('DEU', 'DEUGOV'), ('TUR', 'TURGOV', 'TURMIL'), _CRIT,
     "BONN (Reuters) - Germany criticised Turkey on Tuesday over its military offensive against Kurdish "
     "rebels in northern Iraq and called for a swift withdrawal, Foreign Ministry spokesman Martin Erdmann "
     "said."),
    (('AFG', 'AFGGOV'), ('PAK', 'PAKGOV'), _ACCUSE,
     "KABUL (Reuters) - Afghanistan on Sunday accused Pakistan of sending troops and arms to help Taleban "
     "fighters besieging the northern city of Mazar-i-Sharif, a Foreign Ministry statement said."),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB', 'PHLMOS', 'PHLINS'), _ACCUSE,
     "MANILA (Reuters) - The Philippine government on Monday blamed Moslem rebels for a bomb blast that "
     "killed 14 people at a market in the southern city of Zamboanga, military officials said."),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _PROTEST,
     "SEOUL (Yonhap) - South Korea lodged a complaint with Japan on Monday over a Japanese cabinet "
     "minister's remarks that Tokyo's colonial rule had benefited Koreans, the Foreign Ministry said."),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRMIL', 'ISRGOV'), _CRIT,
     "CAIRO (MENA) - Egypt on Tuesday condemned an Israeli air raid on a Palestinian refugee camp near the "
     "southern Lebanese port of Sidon which killed 12 people, the Middle East News Agency said."),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _PROTEST,
     "BEIJING (Xinhua) - China lodged a strong protest with the United States on Saturday over the NATO "
     "bombing of its embassy in Belgrade, Vice Foreign Minister Wang Yingfan told U.S. Ambassador James "
     "Sasser."),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), _CRIT,
     "WASHINGTON (Reuters) - The United States voiced concern on Wednesday over China's sale of ring magnets "
     "to Pakistan for its nuclear programme, State Department spokesman Nicholas Burns said."),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV', 'USAMIL'), _ACCUSE,
     "SEOUL (Reuters) - North Korea's official KCNA news agency on Tuesday accused the United States of "
     "preparing a nuclear war against the North under the cover of joint military exercises with South "
     "Korea."),
    # -- rejections (120-129)
    (('IRQ', 'IRQGOV'), ('IGO',), _REJECT,
     "BAGHDAD (INA) - Iraq on Saturday rejected a U.N. plan to let it sell limited amounts of oil to "
     "buy food "
     "and medicine, calling it an infringement of its sovereignty, the official Iraqi News Agency said."),
    (('TUR', 'TURGOV'), ('IGO',), _REJECT,
     "ANKARA (Anatolian) - Turkey on Monday rebuffed a European Union offer of closer ties that stopped "
     "short "
     "of naming it a candidate for membership, Prime Minister Mesut Yilmaz told reporters."),
    (('PRK', 'PRKGOV'), ('IGO',), _REJECT,
     "VIENNA (Reuters) - North Korea has refused to allow International Atomic Energy Agency inspectors to "
     "visit two suspected nuclear waste sites at Yongbyon, an agency spokesman said on Friday."),
    # -- threats (130-139)
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), _THREAT,
     "BEIJING (Reuters) - China threatened on Thursday to use force if Taiwan declared independence, as "
     "Premier Zhu Rongji warned the island's voters against backing pro-independence candidates in next "
     "week's election."),
    (('RUS', 'RUSGOV'), ('IGO',), _THREAT,
     "MOSCOW (Itar-Tass) - Russia warned NATO on Tuesday that any move to take in the Baltic states would "
     "force Moscow to reconsider its military cooperation with the alliance, Foreign Ministry spokesman "
     "Vladimir Rakhmanin said."),
    (('USA', 'USAGOV'), ('HTI', 'HTIGOV', 'HTIMIL'), _THREAT,
     "WASHINGTON (AP) - The United States threatened on Friday to cut off all aid to Haiti unless the "
     "military government held free elections by the end of the year, State Department officials said."),
    # -- comments made to a newspaper (the newspaper is no party)
    (('SYR', 'SYRGOV'), ('ISR', 'ISRGOV'), _INTENT + _MEET,
     "DAMASCUS (Reuters) - Syrian Foreign Minister Farouq al-Shara told the London-based Al-Hayat newspaper "
     "on Sunday that Damascus was prepared to resume negotiations with Israel if it pledged a full "
     "withdrawal from the Golan Heights."),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _CRIT,
     "CAIRO (Reuters) - Egyptian Foreign Minister Amr Moussa told the Al-Ahram newspaper on Monday that "
     "Israel's policy of building settlements on occupied land was destroying the peace process."),
]

_SEOUL = ("SEOUL (Yonhap) - South Korea's Foreign Ministry summoned the Japanese ambassador on Thursday "
          "and lodged "
          "a formal complaint over a Japanese textbook that plays down wartime atrocities, and urged "
          "Tokyo to "
          "revise it, officials said.")
_KL = ("KUALA LUMPUR (Bernama) - Malaysia and Singapore held two days of consultations in Kuala Lumpur "
       "on the "
       "supply of water to the island republic and agreed to meet again next month, the Foreign "
       "Ministry said.")
_ABUJA = ("LAGOS (Reuters) - Nigeria's military government on Friday rejected a Commonwealth demand "
          "that it free "
          "detained opposition leader Moshood Abiola and accused Britain of leading a campaign to isolate "
          "Lagos, state radio said.")

LEADS45B: list[Row] = [
    # batch 2: written blind after the first fixes, committed before the coder ran on it
    # -- comments and statements on another party (010-019)
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), _COMMENT,
     "WASHINGTON (Reuters) - The State Department on Monday declined to comment on Israel's decision to "
     "deport 415 Palestinians to southern Lebanon, saying it was still studying the matter, a spokesman "
     "said."),
    (('IRN', 'IRNGOV'), ('ARG', 'ARGGOV'), _COMMENT,
     "TEHRAN (IRNA) - Iran on Tuesday denied any involvement in the bombing of a Jewish community centre in "
     "Buenos Aires which killed nearly 100 people, calling Argentina's charges baseless, the official news "
     "agency IRNA said."),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _HOPE,
     "CAIRO (MENA) - Egypt voiced confidence on Sunday that its relations with Sudan would return to normal "
     "after the two countries agreed to reopen their consulates, Foreign Minister Amr Moussa told "
     "reporters."),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _COMMENT + _HOPE,
     "ISLAMABAD (Reuters) - Pakistan said on Wednesday it saw little hope of progress in its talks with "
     "India "
     "on Kashmir unless New Delhi changed its position, a Foreign Office spokesman told a weekly news "
     "briefing."),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _SYMPATHY,
     "ATHENS (ANA) - Greek Prime Minister Costas Simitis sent a message of condolence to Turkey on Wednesday "
     "over the earthquake that killed thousands of people in the northwest of the country, a government "
     "spokesman said."),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), _CRIT,
     "BEIJING (Xinhua) - China expressed strong dissatisfaction on Thursday with Japan's decision to allow "
     "former Taiwan president Lee Teng-hui to visit the country, Foreign Ministry spokesman Zhu Bangzao "
     "said."),
    # (corrected after the first run by a written convention: the U.S. Senate is USALEG, docs/actors.md)
    (('FRA', 'FRAGOV'), ('USA', 'USAGOV', 'USALEG'), _CRIT,
     "PARIS (AFP) - France voiced regret on Monday about the U.S. Senate's rejection of the nuclear test ban "
     "treaty, saying it sent a bad signal to the rest of the world, Foreign Ministry spokeswoman Anne Gazeau-"
     "Secret said."),
    # -- appeals (020-028)
    (('PHL', 'PHLGOV'), ('JPN', 'JPNGOV'), _APPEAL,
     "MANILA (Reuters) - The Philippines appealed to Japan on Monday for emergency loans to help rebuild "
     "areas devastated by the eruption of Mount Pinatubo, Finance Secretary Jesus Estanislao told "
     "reporters."),
    (('IGO',), ('RWA', 'RWAGOV', 'RWAREB', 'RWAMIL'), _APPEAL,
     "NAIROBI (Reuters) - U.N. Secretary-General Boutros Boutros-Ghali issued an urgent appeal on Saturday "
     "to Rwanda's warring parties to agree to a ceasefire and allow aid to reach hundreds of thousands of "
     "refugees."),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _APPEAL, _SEOUL),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _PROTEST, _SEOUL),
    # (corrected after the first run by a written convention: the Pope is VATGOV, docs/actors.md)
    (('VAT', 'VATGOV'), ('CUB', 'CUBGOV'), _APPEAL,
     "VATICAN CITY (Reuters) - Pope John Paul appealed to Cuba on Sunday to free political prisoners and "
     "allow the Church a greater role in society, in a message read at the end of his visit to the "
     "island."),
    (('ARE', 'AREGOV'), ('IRN', 'IRNGOV'), _APPEAL,
     "ABU DHABI (WAM) - The United Arab Emirates called on Iran on Tuesday to agree to refer their dispute "
     "over three Gulf islands to the International Court of Justice, the official news agency WAM said."),
    # -- intentions (030-039)
    (('USA', 'USAGOV'), ('MEX', 'MEXGOV'), _AID,
     "WASHINGTON (Reuters) - President Clinton met Mexican President Ernesto Zedillo on Tuesday and pledged "
     "a $20 billion package of loan guarantees to help Mexico overcome its currency crisis, the White House "
     "said."),
    (('IRQ', 'IRQGOV'), ('IGO',), _INTENT + _MEET,
     "BAGHDAD (INA) - Iraq said on Sunday it was prepared to resume talks with the United Nations on the "
     "sale of oil for food, but only if the Security Council set a date for lifting sanctions, the Iraqi "
     "News Agency said."),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), _INTENT + _MEET,
     "CAIRO (MENA) - President Hosni Mubarak offered on Sunday to host a summit between Israeli Prime "
     "Minister Benjamin Netanyahu and Palestinian President Yasser Arafat to rescue the stalled peace talks, "
     "MENA said."),
    (('DEU', 'DEUGOV'), ('RUS', 'RUSGOV'), _INTENT + _AID,
     "BONN (DPA) - Chancellor Helmut Kohl promised Russian President Boris Yeltsin on Friday that Germany "
     "would support Moscow's request for new credits from the International Monetary Fund, a government "
     "spokesman said."),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _MEET,
     "BEIJING (Reuters) - Chinese President Jiang Zemin accepted an invitation on Monday to pay a state "
     "visit "
     "to the United States later this year, the first by a Chinese head of state since 1985, Xinhua "
     "said."),
    # -- consultations (040-046)
    (('MYS', 'MYSGOV'), ('SGP', 'SGPGOV'), _MEET, _KL),
    (('SGP', 'SGPGOV'), ('MYS', 'MYSGOV'), _MEET, _KL),
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), _MEET,
     "ALGIERS (AFP) - French Foreign Minister Hubert Vedrine paid a call on Algerian President Abdelaziz "
     "Bouteflika on Sunday on the first visit to Algiers by a French foreign minister in six years, the "
     "official APS agency said."),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _MEET,
     "TOKYO (Kyodo) - Japanese Prime Minister Keizo Obuchi spoke by telephone with Chinese Premier Zhu "
     "Rongji "
     "on Tuesday about the Asian financial crisis and the situation on the Korean peninsula, government "
     "officials said."),
    (('EGY', 'EGYGOV'), ('SYR', 'SYRGOV'), _MEET,
     "DAMASCUS (SANA) - Egyptian President Hosni Mubarak flew to Damascus on Saturday for talks with "
     "President Hafez al-Assad on the stalled Syrian-Israeli peace negotiations, the official news agency "
     "SANA said."),
    # -- diplomatic cooperation (050-057)
    (('RUS', 'RUSGOV'), ('IND', 'INDGOV'), _PRAISE,
     "MOSCOW (Itar-Tass) - Russia on Thursday welcomed India's decision to sign a long-term programme of "
     "military and technical cooperation, calling New Delhi a reliable strategic partner, Foreign Ministry "
     "spokesman Vladimir Rakhmanin said."),
    (('USA', 'USAGOV'), ('GBR', 'GBRGOV'), _PRAISE,
     "WASHINGTON (AP) - President Clinton on Tuesday defended British Prime Minister Tony Blair's "
     "handling of "
     "the Northern Ireland peace process against critics in Congress, saying Blair had taken great risks for "
     "peace."),
    (('KOR', 'KORGOV'), ('VNM', 'VNMGOV'), _PRAISE,
     "HANOI (Reuters) - South Korean President Kim Dae-jung expressed regret on Tuesday for the suffering "
     "South Korean troops caused Vietnam during the Vietnam War, in a rare apology made on a visit to "
     "Hanoi."),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), _AGREE,
     "AMMAN (Petra) - Israel and Jordan signed an agreement on Sunday to share the waters of the Jordan and "
     "Yarmouk rivers, ending a dispute that had held up the implementation of their peace treaty, officials "
     "said."),
    # -- demands (100-108)
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), _DEMAND,
     "TEHRAN (IRNA) - Iran on Monday demanded that Britain hand over author Salman Rushdie to be "
     "punished for "
     "his novel The Satanic Verses, the official Islamic Republic News Agency said, quoting a Foreign "
     "Ministry statement."),
    # -- disapproval (110-116)
    (('NGA', 'NGAGOV', 'NGAMIL'), ('IGO',), _REJECT, _ABUJA),
    # (NGAGOV first: the key of this row's gap)
    (('NGAGOV', 'NGA', 'NGAMIL'), ('GBR', 'GBRGOV'), _ACCUSE, _ABUJA),
    (('SYR', 'SYRGOV'), ('TUR', 'TURGOV'), _ACCUSE,
     "DAMASCUS (Reuters) - Syria's official newspaper Tishreen on Sunday accused Turkey of using the "
     "waters of "
     "the Euphrates as a weapon against its Arab neighbours by building dams along the river."),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _ACCUSE,
     "NEW DELHI (PTI) - India blamed Pakistan on Tuesday for the attack on the state assembly in Srinagar "
     "that killed 38 people, saying the militants had been trained and armed across the border, a government "
     "spokesman said."),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), _PROTEST,
     "MOSCOW (Reuters) - Russia lodged a protest with the United States on Wednesday over the entry of "
     "a U.S. "
     "Navy cruiser into Russian territorial waters in the Black Sea, the Foreign Ministry said."),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), _CRIT,
     "HARARE (Reuters) - President Robert Mugabe told the state-owned Herald newspaper on Saturday that "
     "Britain was trying to recolonise Zimbabwe by backing white farmers who opposed the seizure of their "
     "land."),
    # -- rejections (120-129)
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('IGO',), _REJECT,
     "BELGRADE (Tanjug) - Yugoslavia on Monday rejected a NATO demand that it allow international "
     "peacekeepers into Kosovo, calling it an attempt to occupy part of its territory, the official Tanjug "
     "news agency said."),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV', 'SYR', 'SYRGOV'), _REJECT,
     "JERUSALEM (Reuters) - Israel on Sunday turned down a Lebanese offer to deploy the army along the "
     "border in return for a full Israeli withdrawal from the south, Prime Minister Yitzhak Shamir's office "
     "said."),
    # -- threats (130-139)
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _THREAT,
     "SEOUL (Reuters) - North Korea threatened on Wednesday to turn Seoul into a sea of fire if South Korea "
     "and the United States pressed ahead with sanctions over its nuclear programme, the official KCNA news "
     "agency said."),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _THREAT,
     "ANKARA (Reuters) - Turkey warned Syria on Thursday that it would take military action unless Damascus "
     "stopped sheltering Kurdish rebel leader Abdullah Ocalan, President Suleyman Demirel said in a speech "
     "to parliament."),
]

_CANBERRA = ("CANBERRA (Reuters) - Australia voiced concern on Monday over Indonesia's handling of the "
             "violence in "
             "East Timor and offered to send police to help restore order, Foreign Minister Alexander "
             "Downer told "
             "parliament.")

LEADS45C: list[Row] = [
    # batch 3: written blind after the second fixes, committed before the coder ran on it
    # -- comments and statements on another party (010-019)
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), _COMMENT,
     "LONDON (Reuters) - The Foreign Office said on Wednesday it had no comment on Iran's offer to release "
     "British businessman Roger Cooper in exchange for a resumption of diplomatic ties, a spokesman told "
     "reporters."),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV', 'USAMIL'), _COMMENT + _SYMPATHY,
     "TOKYO (Kyodo) - Japanese Foreign Minister Yohei Kono expressed sympathy on Friday to the United States "
     "over the deaths of 12 sailors in the bombing of the destroyer USS Cole in Yemen, the ministry "
     "said."),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRGOV'), _HOPE,
     "JERUSALEM (Reuters) - Prime Minister Ehud Barak said on Sunday he was optimistic that the talks with "
     "Syria would resume soon, despite Damascus's insistence on a full withdrawal from the Golan Heights, "
     "Israel Radio reported."),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _COMMENT,
     "SEOUL (Reuters) - North Korea denied on Tuesday that its submarine had been on a spying mission "
     "when it "
     "ran aground off the South Korean coast, saying it had drifted after engine failure, the official KCNA "
     "agency said."),
    # -- appeals (020-028)
    # (corrected after the first run by a written convention: the WFP is a U.N. agency, IGO)
    (('IGO',), ('SDN', 'SDNGOV'), _APPEAL,
     "GENEVA (Reuters) - The World Food Programme issued an appeal on Tuesday to the Sudanese government to "
     "let relief flights land in the south, where it said 350,000 people were at risk of starvation."),
    (('LBN', 'LBNGOV'), ('IGO',), _APPEAL,
     "BEIRUT (Reuters) - Lebanon appealed to the U.N. Security Council on Monday to force Israel to halt its "
     "air raids on southern villages, saying hundreds of civilians had fled their homes, the state news "
     "agency said."),
    (('BIH', 'BIHGOV'), ('IGO',), _APPEAL,
     "SARAJEVO (Reuters) - Bosnia's government urged NATO on Saturday to launch air strikes on Serb "
     "artillery "
     "positions around Gorazde to stop the shelling of the Moslem enclave, a government spokesman said."),
    # -- intentions (030-039)
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), _CRIT, _CANBERRA),
    # (AUSGOV first: the key of this row's gap)
    (('AUSGOV', 'AUS'), ('IDN', 'IDNGOV', 'TLS'), _INTENT + _AID, _CANBERRA),
    (('ITA', 'ITAGOV'), ('ALB', 'ALBGOV'), _INTENT + _AID,
     "ROME (ANSA) - Italy said on Thursday it was ready to lead a multinational force to protect aid "
     "deliveries to Albania, where armed gangs have looted depots since the collapse of pyramid schemes, "
     "Prime Minister Romano Prodi said."),
    (('CHN', 'CHNGOV'), ('PRK', 'PRKGOV'), _MEET,
     "BEIJING (Xinhua) - China extended an invitation on Wednesday to North Korean leader Kim Jong-il to pay "
     "an official visit to Beijing, Foreign Ministry spokesman Sun Yuxi told a regular news briefing."),
    # -- consultations (040-046)
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), _MEET,
     "RIYADH (Reuters) - Iranian President Mohammad Khatami paid a call on King Fahd on Sunday on the first "
     "visit to Saudi Arabia by an Iranian head of state since the 1979 revolution, the Saudi Press Agency "
     "said."),
    (('IND', 'INDGOV'), ('USA', 'USAGOV'), _MEET,
     "NEW DELHI (PTI) - Indian and U.S. officials held consultations in New Delhi on Thursday on nuclear "
     "non-proliferation, the ninth round since India's nuclear tests last year, an External Affairs "
     "Ministry spokesman said."),
    (('DZA', 'DZAGOV'), ('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), _MEET,
     "ALGIERS (Reuters) - Algeria mediated indirect talks between Ethiopia and Eritrea on Monday in a bid to "
     "end their two-year border war, Algerian officials said after the first day of negotiations."),
    (('RUS', 'RUSGOV'), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), _MEET,
     "BELGRADE (Tanjug) - Russian envoy Viktor Chernomyrdin held talks with Yugoslav President Slobodan "
     "Milosevic in Belgrade on Thursday on a peace plan for Kosovo, the official Tanjug news agency said."),
    # -- diplomatic cooperation (050-057)
    (('USA', 'USAGOV'), ('JOR', 'JORGOV'), _PRAISE,
     "WASHINGTON (Reuters) - The United States on Monday hailed Jordan's decision to open an embassy in "
     "Israel as an important step toward a comprehensive peace, State Department spokesman Mike McCurry "
     "said."),
    # (corrected after the first run by a written convention: "Southern African leaders" are the region's,
    # AFRGOV)
    (('IGO', 'AFR', 'AFRGOV'), ('MOZ', 'MOZGOV'), _PRAISE,
     "HARARE (PANA) - Southern African leaders on Saturday endorsed Mozambique's peace agreement with Renamo "
     "rebels and pledged to help the country rebuild after 16 years of civil war, a communique said."),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), _PRAISE,
     "HANOI (Reuters) - Vietnam on Wednesday welcomed Washington's decision to establish full diplomatic "
     "relations, saying it opened a new chapter between the former enemies, the Foreign Ministry said."),
    # -- demands (100-108)
    (('MAR', 'MARGOV'), ('ESP', 'ESPGOV'), _DEMAND,
     "RABAT (Reuters) - Morocco insisted on Friday that Spain hand back the enclaves of Ceuta and Melilla, "
     "saying their colonial status was an anachronism, a government spokesman said."),
    # -- disapproval (110-116)
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV', 'USALEG'), _CRIT,
     "BEIJING (Reuters) - China's official People's Daily on Monday denounced a U.S. Congress resolution "
     "criticising its human rights record as gross interference in China's internal affairs."),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV', 'RUSMIL'), _PROTEST,
     "TOKYO (Kyodo) - Japan lodged a protest with Russia on Tuesday after Russian border guards fired on a "
     "Japanese fishing boat near the disputed Kurile islands, wounding a crewman, the Foreign Ministry "
     "said."),
    (('ISR', 'ISRGOV'), ('IRN', 'IRNGOV'), _ACCUSE,
     "JERUSALEM (Reuters) - Israel accused Iran on Wednesday of supplying Hizbollah guerrillas in southern "
     "Lebanon with Katyusha rockets through Syria, a senior army officer told the Haaretz newspaper."),
    # -- rejections (120-129)
    (('KHM', 'KHMGOV'), ('IGO',), _REJECT,
     "PHNOM PENH (Reuters) - Cambodia's government on Friday dismissed a United Nations proposal for an "
     "international tribunal to try Khmer Rouge leaders, saying the trial should be held in Cambodian "
     "courts."),
    # -- threats (130-139)
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _THREAT,
     "NEW DELHI (Reuters) - India warned Pakistan on Sunday that it would pay a heavy price for any further "
     "incursions across the Line of Control in Kashmir, Defence Minister George Fernandes told reporters."),
    (('IRQ', 'IRQGOV'), ('KWT', 'KWTGOV'), _THREAT,
     "BAGHDAD (INA) - Iraq threatened on Thursday to take unspecified measures against Kuwait unless it "
     "stopped pumping oil from the disputed Rumaila field, the official Iraqi News Agency said."),
]

BATCHES: dict[str, list[Row]] = {"batch1": LEADS45, "batch2": LEADS45B, "batch3": LEADS45C}
ALL45: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
