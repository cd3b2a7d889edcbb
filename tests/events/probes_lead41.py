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

BATCHES = {
    'batch1': LEAD41,
}

ALL41 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
