"""GSR-style probes of the thirty-ninth session (wip/lead41): bilateral relations between states as the
era's wires carried them: apologies and condolences, denials and counter-charges, protests lodged and
ambassadors summoned or recalled, embargoes imposed and lifted, extraditions, territorial and maritime
disputes, aid asked for and pledged, treaties signed, border raids and troops sent to a frontier, in East
and South-East Asia, South Asia, the Middle East, the Caucasus, the Balkans, Africa, Latin America and the
South Pacific. Written blind, in the manner of the real-news GSR records (1985-2005 copy, dated 2000-01-01
as those records are).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). The batch was committed
before the coder was run on it; no rule of this session was written after reading it.

First run, country + root / actor + root / actor + code, 44 rows, on main c31557c5: 39 / 39 / 38. One row was
then corrected as a writing error by the project's written conventions, not by the coder's answer: paying
compensation is a return of property (084, event_lexicon.tsv), so France's agreement to pay it is an intent
to release property (0353), which the row now accepts. Misses, as classes: "held out little hope of better
relations with Washington" (no row for hope held out or had with an of-phrase); a demand told beside a
seizure "at the end of World War II" (a sentence naming the war was dropped whole, as sports are); China's
exercises called "a warning to 'separatist forces'" (an act as the copula's subject taken for a party, and
a scare-quoted target dropped as a slogan); "froze defence cooperation" (no row); aid and "a team of rescue
workers" sent to help victims in Japan (the workers taken for the recipient). Final 44 / 44 / 44 after the
fixes in test_lead41.py.

Batch 2 (34 rows), written after those fixes and committed before the coder ran on it: first run on the
branch 32 / 32 / 31 (on main c31557c5: 30 / 30 / 29; the two rows the branch gained are the demands told
beside World War II). Misses: a charge "dismissed as baseless" with no accuser (its that-clause names the
party); a refusal to negotiate "until its troops withdrew" (the awaited withdrawal, read as done, took the
refusal's place); and, for the full code only, Mongolia and China agreeing to open border crossings coded as
an intent to allow access (0355) rather than economic cooperation. Final 34 / 34 / 33 after the first two
fixes; the third is left (the row's root, 03, is right).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_MEET = ('040', '041', '042', '043', '044', '046', '036')
_APPEAL = ('020', '021', '0211', '0212', '0213', '0214', '022', '023', '0231', '0232', '0233', '0234',
           '024', '0241', '0242', '0243', '0244', '025', '0251', '0252', '0253', '0254', '0255', '0256',
           '026', '027', '028')
_DEMAND = ('100', '101', '1011', '1012', '1013', '1014', '102', '103', '1031', '1032', '1033', '1034',
           '104', '1041', '1042', '1043', '1044', '105', '1051', '1052', '1053', '1054', '1055', '1056',
           '106', '107', '108')
_DISAPPROVE = ('110', '111', '112', '1121', '1122', '1123', '1124', '1125', '114', '115')
_REDUCE = ('160', '161', '162', '1621', '1622', '1623', '163', '164', '165', '166', '1661', '1662',
           '1663')
_SANCTION = ('163', '160', '162', '1621', '1622', '1623')
_PRAISE = ('050', '051', '052', '053', '054', '055', '056', '057')
_AID = ('070', '071', '072', '073', '074', '075', '033', '0331', '0332', '0333', '0334', '030', '031')
_YIELD = ('080', '081', '0811', '0812', '0813', '0814', '082', '083', '0831', '0832', '0833', '0834',
          '084', '0841', '0842', '085', '086', '0861', '0862', '0863', '087', '0871', '0872', '0873',
          '0874')
_THREATEN = ('130', '131', '1311', '1312', '1313', '132', '133', '134', '135', '136', '137', '138',
             '1381', '1382', '1383', '1384', '1385', '139')
_FIGHT = ('190', '193', '194', '195', '1951', '180', '181', '183', '186', '192')
_REJECT = ('120', '121', '122', '123', '124', '1241', '1242', '1243', '1244', '1245', '1246', '125',
           '126', '127', '128', '129')
_STATEMENT = ('010', '012', '013', '014', '015', '016', '017', '018', '019')
_ACCORD = ('050', '051', '019', '013', '057')


LEAD41: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('055',),
     'TOKYO (Reuters) - Japanese Prime Minister Tomiichi Murayama on Tuesday offered a "heartfelt apology" '
     'to '
     'South Korea for the suffering caused by Japan\'s colonial rule of the peninsula.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), _DISAPPROVE,
     'BEIJING (AFP) - China on Wednesday accused Japan of whitewashing its wartime atrocities in new school '
     'textbooks and lodged a formal protest with the Japanese embassy.'),
    (('ARG', 'ARGGOV', 'GBR', 'GBRGOV'), ('ARG', 'ARGGOV', 'GBR', 'GBRGOV'), _MEET + ('030', '031', '0311'),
     'BUENOS AIRES (Reuters) - Argentina and Britain agreed on Thursday to resume talks on fishing rights '
     'around the disputed Falkland Islands, the Foreign Ministry said.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('016', '110', '111', '112'),
     'LIMA (Reuters) - Peru on Monday denied that its troops had crossed into Ecuadorean territory and said '
     'Quito\'s charges were aimed at sabotaging the peace talks.'),
    (('THA', 'THAGOV'), ('MMR', 'MMRGOV', 'MMRMIL'), _DISAPPROVE,
     'BANGKOK (AP) - Thailand lodged a protest with Burma on Friday after Burmese troops shelled a Thai '
     'border '
     'village while pursuing Karen rebels, wounding three villagers.'),
    (('COL', 'COLGOV'), ('USA', 'USAGOV'), ('060', '063'),
     'BOGOTA, Colombia (AP) - Colombia on Wednesday extradited a reputed drug trafficker to the United '
     'States, '
     'the first since the country lifted its constitutional ban on extraditions.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV', 'USALEG'), _DISAPPROVE,
     'MEXICO CITY (Reuters) - Mexico on Thursday criticized a U.S. congressional vote to decertify it as an '
     'ally in the drug war, calling the measure unilateral and offensive.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('010', '012', '111'),
     'HAVANA (Reuters) - Cuba said on Tuesday it held out little hope of better relations with Washington as '
     'long as the U.S. trade embargo remained in force.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('013', '030', '036'),
     'SEOUL (Yonhap) - South Korea\'s unification minister said on Friday he was optimistic that the two '
     'Koreas '
     'would hold a second round of Red Cross talks before the end of the year.'),
    (('VNM', 'VNMGOV'), ('USA', 'USAGOV'), _ACCORD,
     'HANOI (AFP) - Vietnam on Wednesday welcomed the U.S. decision to lift its 19-year trade embargo, '
     'calling '
     'it a step toward normal relations between the two former enemies.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), ('080', '081', '085'),
     'WASHINGTON (Reuters) - President Clinton on Thursday lifted the 19-year-old U.S. trade embargo against '
     'Vietnam, saying it was the best way to account for Americans missing from the war.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), _DEMAND,
     'TOKYO (Kyodo) - Japan on Monday renewed its demand that Russia return four islands off Hokkaido seized '
     'by Soviet troops at the end of World War II.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV'), _THREATEN,
     'JERUSALEM (Reuters) - Israel warned Lebanon on Sunday that it would hold the Beirut government '
     'responsible for any further rocket attacks by Hezbollah guerrillas on northern Israeli towns.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _DISAPPROVE,
     'CAIRO (Reuters) - Egypt on Saturday accused Sudan of harbouring the Moslem militants who tried to '
     'assassinate President Hosni Mubarak in Addis Ababa last month.'),
    (('SDN', 'SDNGOV'), ('EGY', 'EGYGOV'), _REJECT + ('016', '110', '111', '112'),
     'KHARTOUM (AFP) - Sudan on Sunday rejected Egyptian charges that it had sheltered the gunmen, saying '
     'Cairo was using the assassination attempt as a pretext to seize the disputed Halaib triangle.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), _SANCTION,
     'ATHENS (Reuters) - Greece on Wednesday imposed a trade embargo on the former Yugoslav republic of '
     'Macedonia, closing its port of Salonika to all goods bound for the landlocked state except food and '
     'medicine.'),
    (('TUR', 'TURGOV'), ('SYR', 'SYRGOV'), _THREATEN + _DEMAND,
     'ANKARA (Reuters) - Turkey warned Syria on Thursday that it would take "every measure" unless Damascus '
     'stopped sheltering Kurdish rebel leader Abdullah Ocalan.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _DISAPPROVE,
     'NEW DELHI (Reuters) - India on Tuesday accused Pakistan of training and arming Sikh militants in '
     'Punjab '
     'and said it had lodged a strong protest with Islamabad.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('036', '030', '040', '046'),
     'ISLAMABAD (AFP) - Pakistan on Wednesday offered to hold talks with India at foreign secretary level on '
     'all outstanding issues including Kashmir.'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV', 'TWNREB', 'TWNOPP'), _THREATEN + ('150', '152'),
     'BEIJING (Reuters) - China said on Friday its military exercises off the Fujian coast were a warning to '
     '"separatist forces" in Taiwan, and vowed never to renounce the use of force to reunify the island.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), _DISAPPROVE,
     'TAIPEI (AP) - Taiwan on Saturday condemned China\'s missile tests near its ports as an attempt to '
     'intimidate voters before the island\'s first direct presidential election.'),
    (('FRA', 'FRAGOV'), ('NZL', 'NZLGOV'),
     ('055', '030', '033', '0331', '0353', '037', '057', '071', '080', '084'),
     'PARIS (Reuters) - France agreed on Tuesday to pay New Zealand $7 million in compensation for the '
     'bombing of the Greenpeace ship Rainbow Warrior in Auckland harbour.'),
    (('NZL', 'NZLGOV'), ('FRA', 'FRAGOV'), _REDUCE,
     'WELLINGTON (Reuters) - New Zealand recalled its ambassador from Paris on Thursday in protest at '
     'France\'s decision to resume nuclear tests in the South Pacific.'),
    (('AUS', 'AUSGOV'), ('FRA', 'FRAGOV'), _REDUCE,
     'CANBERRA (Reuters) - Australia on Wednesday froze defence cooperation with France and suspended a '
     'contract for French-built naval equipment in protest at the nuclear tests at Mururoa.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), _REDUCE + ('174',),
     'TEHRAN (Reuters) - Iran on Monday ordered the expulsion of a British diplomat for "activities '
     'incompatible with his status", days after London expelled an Iranian envoy.'),
    (('RUS', 'RUSGOV', 'UKR', 'UKRGOV'), ('RUS', 'RUSGOV', 'UKR', 'UKRGOV'), ('057',),
     'KIEV (Reuters) - Russian Prime Minister Viktor Chernomyrdin and his Ukrainian counterpart signed an '
     'agreement on Friday dividing the Black Sea fleet, ending a five-year dispute over the ships.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV', 'AZEMIL'), _DISAPPROVE,
     'YEREVAN (Reuters) - Armenia accused Azerbaijan on Tuesday of violating the Nagorno-Karabakh ceasefire '
     'by shelling Armenian villages along their border overnight.'),
    (('GEO', 'GEOGOV'), ('RUS', 'RUSGOV', 'RUSMIL'), _DEMAND,
     'TBILISI (Reuters) - Georgian President Eduard Shevardnadze on Sunday demanded that Russia withdraw its '
     'peacekeepers from Abkhazia unless they did more to let refugees return home.'),
    (('HRV', 'HRVGOV'), ('IGO',), _REJECT + _REDUCE,
     'ZAGREB (Reuters) - Croatia told the United Nations on Thursday it would not renew the mandate of U.N. '
     'peacekeepers on its territory when it expires at the end of March.'),
    (('KHM', 'KHMGOV'), ('THA', 'THAMIL', 'THAGOV'), _DISAPPROVE,
     'PHNOM PENH (Reuters) - Cambodia\'s government on Monday accused Thai military officers of helping '
     'Khmer '
     'Rouge guerrillas smuggle timber and gems across the border.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), _DISAPPROVE + ('140', '040'),
     'JAKARTA (Reuters) - Indonesia on Tuesday summoned the Australian ambassador to protest against a '
     'demonstration outside its embassy in Canberra in which protesters burned the Indonesian flag.'),
    (('PHL', 'PHLGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), _DISAPPROVE,
     'MANILA (AP) - The Philippines lodged a diplomatic protest with China on Wednesday over the '
     'construction '
     'of structures on Mischief Reef, a shoal claimed by both countries in the Spratly Islands.'),
    (('CHN', 'CHNGOV'), ('PHL', 'PHLGOV'), _REJECT,
     'BEIJING (Reuters) - China on Thursday rejected a Philippine protest over Mischief Reef, saying the '
     'structures were shelters for fishermen and that its sovereignty over the Spratlys was indisputable.'),
    (('NGA', 'NGAGOV'), ('CMR', 'CMRGOV', 'CMRMIL'), _DISAPPROVE + _THREATEN,
     'LAGOS (Reuters) - Nigeria accused Cameroon on Monday of launching a fresh attack on its troops in the '
     'oil-rich Bakassi peninsula and said it would defend its territory.'),
    (('ZAF', 'ZAFGOV'), ('NGA', 'NGAGOV', 'NGAMIL'), _DISAPPROVE + _REDUCE,
     'JOHANNESBURG (Reuters) - South African President Nelson Mandela on Friday condemned the execution of '
     'Ken '
     'Saro-Wiwa by Nigeria\'s military government as a "heartless" act and recalled his high commissioner '
     'from Lagos.'),
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), _REDUCE + _DISAPPROVE,
     'KAMPALA (Reuters) - Uganda broke off diplomatic relations with Sudan on Saturday, accusing Khartoum of '
     'arming rebels of the Lord\'s Resistance Army in the north.'),
    (('VEN', 'VENGOV', 'VENMIL'), ('COL', 'COLGOV', 'COLREB'), ('150', '152', '154'),
     'CARACAS (Reuters) - Venezuela sent troops to its border with Colombia on Tuesday after Colombian '
     'guerrillas killed eight Venezuelan marines in a raid on a border post.'),
    (('COL', 'COLREB'), ('VEN', 'VENMIL'), _FIGHT + ('1831',),
     'CARACAS (Reuters) - Colombian guerrillas killed eight Venezuelan marines in a dawn raid on a remote '
     'border post, the Venezuelan Defence Ministry said on Tuesday.'),
    (('ECU', 'ECUGOV', 'PER', 'PERGOV'), ('ECU', 'ECUGOV', 'PER', 'PERGOV'), ('057',),
     'BRASILIA (Reuters) - The presidents of Ecuador and Peru signed a peace treaty on Monday ending their '
     'decades-old border dispute, in a ceremony attended by the leaders of the four guarantor nations.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), _MEET,
     'BEIJING (Reuters) - U.S. Secretary of State Warren Christopher arrived in Beijing on Saturday for '
     'talks '
     'with Chinese leaders on human rights and trade, the first visit by a senior U.S. official since the '
     'Tiananmen crackdown.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), ('018', '010', '017', '019'),
     'SEOUL (Yonhap) - South Korean President Kim Young-sam sent a message of condolence to Japanese Prime '
     'Minister Tomiichi Murayama on Tuesday over the earthquake that devastated the port city of Kobe.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV', 'JPNCVL'), _AID,
     'SEOUL (Reuters) - South Korea said on Wednesday it would send $1 million in emergency aid and a team '
     'of rescue workers to help victims of the Kobe earthquake in Japan.'),
    (('PRK', 'PRKGOV'), ('JPN', 'JPNGOV'), _APPEAL + _DEMAND,
     'TOKYO (Kyodo) - North Korea asked Japan on Thursday for emergency rice shipments to ease food '
     'shortages '
     'caused by last summer\'s floods, Japanese officials said.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), _AID + ('061', '0311'),
     'TOKYO (Reuters) - Japan agreed on Friday to supply North Korea with 300,000 tonnes of rice, half of it '
     'as a gift and half on deferred payment terms.'),
]


LEAD41B: list[Row] = [
    # batch 2: written blind after the first fixes, before the coder was run on it
    (('ISR', 'ISRGOV', 'JOR', 'JORGOV'), ('ISR', 'ISRGOV', 'JOR', 'JORGOV'), _PRAISE,
     'AMMAN (Reuters) - Israel and Jordan established full diplomatic relations on Thursday, exchanging '
     'ambassadors 15 months after signing a peace treaty.'),
    (('ZAF', 'ZAFGOV'), ('MOZ', 'MOZGOV', 'MOZCVL'), ('055', '018', '010'),
     'PRETORIA (Reuters) - South Africa expressed regret on Monday over the deaths of 12 Mozambican migrants '
     'in a police raid near the border and promised an inquiry.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), ('016', '120', '010'),
     'ANKARA (Reuters) - Turkey on Friday denied Greek charges that its warplanes had violated Greek '
     'airspace '
     'over the Aegean, saying the flights were routine.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURMIL', 'TURGOV'), _DISAPPROVE,
     'ATHENS (Reuters) - Greece accused Turkish warplanes on Thursday of violating its airspace 22 times in '
     'one day.'),
    (('IRQ', 'IRQGOV'), ('SAU', 'SAUGOV'), _DISAPPROVE,
     'BAGHDAD (Reuters) - Iraq accused Saudi Arabia on Wednesday of allowing U.S. and British warplanes to '
     'use its bases to bomb Iraqi targets.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _DEMAND,
     'KUWAIT (Reuters) - Kuwait on Sunday renewed its demand that Iraq account for 600 Kuwaitis missing '
     'since '
     'the 1991 Gulf War.'),
    (('LBY', 'LBYGOV'), ('USA', 'USAGOV', 'GBR', 'GBRGOV'), _REJECT,
     'TRIPOLI (Reuters) - Libya on Tuesday rejected a U.S. and British demand that it hand over two suspects '
     'in the Lockerbie bombing for trial in Scotland or the United States.'),
    (('MAR', 'MARGOV'), ('DZA', 'DZAGOV', 'DZACVL'), _DISAPPROVE + _REDUCE + ('172',),
     'RABAT (Reuters) - Morocco accused Algeria on Thursday of involvement in a hotel attack in '
     'Marrakesh and '
     'imposed visa requirements on Algerian nationals.'),
    (('DZA', 'DZAGOV'), ('MAR', 'MARGOV'), _REDUCE + ('172',),
     'ALGIERS (Reuters) - Algeria closed its border with Morocco on Sunday in retaliation for Rabat\'s '
     'decision to impose visas on Algerians.'),
    (('SEN', 'SENGOV'), ('GMB', 'GMBGOV'), _REDUCE,
     'DAKAR (Reuters) - Senegal on Monday recalled its ambassador to Gambia for consultations after Banjul '
     'accused Dakar of backing a coup plot.'),
    (('SLE', 'SLEGOV'), ('LBR', 'LBRGOV'), _DISAPPROVE,
     'FREETOWN (Reuters) - Sierra Leone\'s government on Tuesday accused Liberia of arming the Revolutionary '
     'United Front rebels in exchange for diamonds.'),
    (('LBR', 'LBRGOV'), ('SLE', 'SLEGOV'), ('016', '120', '010', '111'),
     'MONROVIA (Reuters) - Liberia on Wednesday dismissed as "baseless" charges that it had supplied weapons '
     'to rebels in neighbouring Sierra Leone.'),
    (('ZWE', 'ZWEGOV'), ('GBR', 'GBRGOV'), _DISAPPROVE + _DEMAND,
     'HARARE (Reuters) - President Robert Mugabe on Friday accused Britain of trying to recolonise Zimbabwe '
     'and told London to stay out of the country\'s land reform programme.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), _REDUCE + _DISAPPROVE + ('174',),
     'NAIROBI (Reuters) - Kenya expelled two Ugandan diplomats on Saturday, accusing them of spying, in a '
     'widening row between the East African neighbours.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _REJECT + _DEMAND,
     'ADDIS ABABA (Reuters) - Ethiopia said on Monday it had no intention of negotiating with Eritrea until '
     'its troops withdrew from the disputed border town of Badme.'),
    (('ARG', 'ARGGOV', 'CHL', 'CHLGOV'), ('ARG', 'ARGGOV', 'CHL', 'CHLGOV'), ('057', '037'),
     'SANTIAGO (Reuters) - Argentina and Chile signed an agreement on Friday settling the last of their 24 '
     'border disputes, ending a century of territorial quarrels in the Andes.'),
    (('BRA', 'BRAGOV', 'BOL', 'BOLGOV'), ('BRA', 'BRAGOV', 'BOL', 'BOLGOV'), ('057', '061', '0311'),
     'LA PAZ (Reuters) - Brazil and Bolivia signed a deal on Monday to build a 3,000 km gas pipeline linking '
     'Santa Cruz with Sao Paulo.'),
    (('NIC', 'NICGOV'), ('HND', 'HNDGOV'), _REDUCE,
     'MANAGUA (Reuters) - Nicaragua imposed a 35 percent tariff on Honduran goods on Monday in retaliation '
     'for Honduras\'s ratification of a maritime treaty with Colombia.'),
    (('PAN', 'PANGOV'), ('USA', 'USAGOV'), _APPEAL + _DEMAND,
     'PANAMA CITY (Reuters) - Panama on Tuesday asked the United States to clean up unexploded munitions '
     'left '
     'on former U.S. military firing ranges before the canal handover.'),
    (('HTI', 'HTIGOV'), ('DOM', 'DOMGOV'), _DISAPPROVE,
     'PORT-AU-PRINCE (Reuters) - Haiti on Thursday protested to the Dominican Republic over the mass '
     'deportation of Haitian cane cutters, calling it a violation of their rights.'),
    (('DOM', 'DOMGOV'), ('HTI', 'HTICVL'), ('174', '170'),
     'SANTO DOMINGO (Reuters) - The Dominican Republic deported more than 5,000 Haitians last week in a '
     'crackdown on illegal immigrants, immigration officials said on Monday.'),
    (('IND', 'INDGOV', 'BGD', 'BGDGOV'), ('IND', 'INDGOV', 'BGD', 'BGDGOV'), ('057', '037', '061'),
     'NEW DELHI (Reuters) - India and Bangladesh signed a 30-year treaty on Thursday to share the waters of '
     'the Ganges river, ending a two-decade dispute.'),
    (('LKA', 'LKAGOV'), ('IND', 'INDGOV'), _APPEAL + _DEMAND,
     'COLOMBO (Reuters) - Sri Lanka asked India on Monday to stop Tamil Tiger rebels from using southern '
     'Indian ports to smuggle arms across the Palk Strait.'),
    (('NPL', 'NPLGOV'), ('BTN', 'BTNGOV'), _APPEAL + _DEMAND,
     'KATHMANDU (Reuters) - Nepal urged Bhutan on Wednesday to take back some 90,000 ethnic Nepali refugees '
     'living in camps in eastern Nepal.'),
    (('MYS', 'MYSGOV'), ('SGP', 'SGPGOV'), _DISAPPROVE,
     'KUALA LUMPUR (Reuters) - Malaysia lodged a protest with Singapore on Tuesday over remarks by Senior '
     'Minister Lee Kuan Yew describing the Malaysian state of Johor as crime-ridden.'),
    (('SGP', 'SGPGOV'), ('MYS', 'MYSGOV'), ('055',),
     'SINGAPORE (Reuters) - Senior Minister Lee Kuan Yew on Thursday apologised unreservedly to the '
     'Malaysian '
     'government for his remarks about the state of Johor.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _REJECT,
     'SEOUL (Reuters) - North Korea on Friday rejected South Korea\'s offer of 150,000 tonnes of rice, '
     'saying '
     'it would not accept aid from "puppets" who had insulted the North.'),
    (('MNG', 'MNGGOV', 'CHN', 'CHNGOV'), ('MNG', 'MNGGOV', 'CHN', 'CHNGOV'),
     ('030', '031', '0311', '060', '061', '057', '050'),
     'ULAN BATOR (Reuters) - Mongolia and China agreed on Tuesday to open two more border crossings and to '
     'double trade over the next five years.'),
    (('KAZ', 'KAZGOV'), ('RUS', 'RUSGOV'), _DEMAND,
     'ALMATY (Reuters) - Kazakhstan on Monday demanded that Russia pay $115 million in overdue rent for the '
     'Baikonur space launch centre.'),
    (('UZB', 'UZBGOV'), ('TJK', 'TJKGOV'), _DISAPPROVE,
     'TASHKENT (Reuters) - Uzbekistan accused Tajikistan on Wednesday of sheltering Islamic militants who '
     'attacked Uzbek border posts, and mined parts of the frontier.'),
    (('AZE', 'AZEGOV'), ('RUS', 'RUSGOV'), _DISAPPROVE,
     'BAKU (Reuters) - Azerbaijan on Thursday protested to Russia over reports that Moscow had secretly '
     'supplied $1 billion worth of arms to Armenia.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('013', '036', '030'),
     'KIEV (Reuters) - Ukraine said on Tuesday it was optimistic that talks with Russia on dividing the '
     'Black '
     'Sea fleet would be concluded by the end of the year.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _DEMAND,
     'SEOUL (Yonhap) - South Korea on Tuesday demanded that Japan compensate Korean women forced into sexual '
     'slavery by its army during World War II.'),
    (('POL', 'POLGOV'), ('DEU', 'DEUGOV'), _ACCORD,
     'WARSAW (Reuters) - Poland on Friday welcomed a German offer to compensate Polish slave labourers of '
     'World War II, but said the sum proposed was too small.'),
]

BATCHES = {
    'batch1': LEAD41,
    'batch2': LEAD41B,
}

ALL41 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
