"""GSR-style probes of the forty-second session (wip/lead44): the codebook's acts told by the era's LESSER
verbs and phrasal verbs, the ones a wire desk reached for to vary its copy ("rebuffed", "spurned",
"lambasted", "chided", "airlifted", "impounded", "blockaded", "strafed", "ordered out", "turned back",
"stepped up", "held over"), across the roots, in many agencies' house styles. The row is the act an analyst
writes down first. 1985-2005 copy, dated 2000-01-01 as the real-news GSR records are. Written blind.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). Accepted actor codes follow
docs/actors.md. Each batch was committed before the coder was run on it; no rule of this session was
written after reading it.
"""

from __future__ import annotations

from probe_match import report
from probes_lead43 import (
    _AID,
    _APPEAL,
    _ASSAULT,
    _COERCE,
    _DEMAND,
    _DISAPPROVE,
    _FIGHT,
    _INTENT,
    _INVESTIGATE,
    _MEET,
    _POSTURE,
    _PRAISE,
    _PROTEST,
    _REDUCE,
    _REJECT,
    _THREATEN,
    _YIELD,
)

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_COOP = ('060', '061', '062', '063', '064')

LEAD44: list[Row] = [
    # batch 1: written blind, before the coder was run on it. First run on main 4da5ced8: 36 / 34 / 34 of 45.
    # Six rows corrected after that run, each to a written convention (docs/events.md, forty-second session):
    # the raided bases' owner is the raid's object; sealing off is 191; agreeing to restore relations is an
    # intent (03x, as "agreed to" reads); prisoners of war are their army's; "called for" is an appeal (02x);
    # a posture's own forces are its target as "ordered troops to patrol" reads; fishermen sent home are
    # released (0841, the codebook's "return, release persons"); a Senate is its state's LEG; refugees are
    # their state's REF.
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), _REJECT,
     'TOKYO (Reuters) - Japan on Thursday rebuffed renewed American pressure to open its rice market, '
     'saying self-sufficiency in the staple was a matter of national security.'),
    (('NIC', 'NICGOV'), ('USA', 'USAGOV'), _REJECT,
     'MANAGUA (AP) - Nicaragua\'s Sandinista government spurned a U.S. proposal for a regional peace '
     'conference on Monday, calling it a manoeuvre to isolate Managua.'),
    (('LBY', 'LBYGOV'), ('USA', 'USAGOV'), _DISAPPROVE,
     'TRIPOLI (Reuters) - Libyan leader Muammar Gaddafi lambasted the United States on Sunday as an '
     'imperialist bully in a speech marking the anniversary of the 1969 revolution.'),
    (('CHN', 'CHNGOV'), ('GBR', 'GBRGOV'), _DISAPPROVE,
     'BEIJING (Reuters) - China on Tuesday chided Britain for what it called unilateral moves on Hong '
     'Kong\'s political system, and warned London not to go back on the Joint Declaration.'),
    (('USA', 'USAGOV', 'USAMIL'), ('ETH', 'SOM'), _AID,
     'NAIROBI (AP) - U.S. Air Force transport planes airlifted 200 tonnes of food to famine victims in '
     'southern Somalia on Wednesday, relief officials said.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV', 'GRCBUS'), _COERCE,
     'ANKARA (Reuters) - Turkish authorities impounded a Greek cargo ship in the port of Izmir on Friday, '
     'saying it had violated Turkish waters, the Anatolian news agency reported.'),
    (('IND', 'INDGOV', 'INDMIL'), ('PAK', 'PAKMIL', 'PAKGOV'), _FIGHT,
     'NEW DELHI (Reuters) - Indian fighter jets strafed Pakistani positions along the Line of Control in '
     'Kashmir on Thursday, the Indian military said, in the heaviest fighting in months.'),
    (('GBR', 'GBRGOV'), ('IRQ', 'IRQGOV'), _REDUCE + ('174',),
     'LONDON (Reuters) - Britain ordered out two Iraqi diplomats on Tuesday for activities incompatible '
     'with their status, the Foreign Office said.'),
    (('MYS', 'MYSGOV', 'MYSMIL'), ('VNM', 'VNMREF'), _COERCE + ('1663', '166', '160'),
     'KUALA LUMPUR (Reuters) - The Malaysian navy turned back a boat carrying 120 Vietnamese refugees off '
     'the east coast on Saturday, a navy spokesman said.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRN', 'IRNMIL', 'IRNGOV'), _FIGHT,
     'BAGHDAD (Reuters) - Iraqi artillery pounded Iranian positions east of Basra overnight, the Iraqi '
     'high command said in a communique on Sunday.'),
    (('FRA', 'FRAGOV'), ('NZL', 'NZLGOV'), _REJECT + _DISAPPROVE,
     'PARIS (AFP) - France on Monday brushed aside New Zealand\'s protests over its nuclear tests in the '
     'South Pacific, saying the series would go ahead as planned.'),
    (('ZAF', 'ZAFGOV', 'ZAFMIL'), ('ZMB', 'ZMBGOV', 'ZAF', 'ZAFGOV', 'ZAFOPP', 'ZAFREB'), _FIGHT + _ASSAULT,
     'LUSAKA (Reuters) - South African commandos raided alleged African National Congress bases near '
     'Lusaka on Monday, the Zambian government said, condemning the attack as an act of aggression.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), _COERCE + ('191',),
     'JERUSALEM (Reuters) - Israel sealed off the West Bank and Gaza Strip on Sunday after a suicide '
     'bombing in Tel Aviv, barring tens of thousands of Palestinian workers from entering.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), _DISAPPROVE,
     'SEOUL (Reuters) - North Korea on Friday denounced joint South Korean-U.S. military exercises as a '
     'rehearsal for invasion, the North\'s official news agency said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _REDUCE,
     'CAIRO (MENA) - Egypt recalled its ambassador from Tel Aviv today in protest at Israel\'s use of force'
     ' against Palestinian civilians, the Foreign Ministry announced.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _DISAPPROVE + _PROTEST,
     'HAVANA (Prensa Latina) - The Cuban government today decried the tightening of the U.S. blockade as a'
     ' violation of international law and of the sovereignty of third countries.'),
    (('RUS', 'RUSGOV'), ('IGONAT', 'NAT'), _REJECT + _DISAPPROVE,
     'MOSCOW (Itar-Tass) - Russia rejected out of hand on Wednesday NATO\'s plans to admit Poland, Hungary '
     'and the Czech Republic, Foreign Minister Yevgeny Primakov said.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), _DEMAND + _APPEAL,
     'WASHINGTON (Reuters) - The United States pressed China on Monday to release dissidents jailed after '
     'the 1989 Tiananmen crackdown, the State Department said.'),
    (('IDN', 'IDNGOV', 'IDNMIL'), ('TMP', 'IDN', 'IDNMIL'), _POSTURE,
     'JAKARTA (Reuters) - Indonesia beefed up its forces in East Timor on Saturday, sending two more '
     'battalions to the territory after a week of clashes, military sources said.'),
    (('SRB', 'YUG', 'YUGGOV', 'SRBGOV', 'YUGMIL', 'SRBMIL'), ('BIH', 'BIHGOV'), _POSTURE + _THREATEN,
     'BELGRADE (Reuters) - Yugoslavia massed tanks and artillery on its border with Bosnia on Tuesday, '
     'Bosnian officials said, fuelling fears of a new offensive.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _COOP + ('057', '046', '050', '051', '030', '032'),
     'LONDON (Reuters) - Britain and Argentina agreed on Friday to restore full diplomatic relations, eight'
     ' years after their war over the Falkland Islands.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKCVL'), _COERCE + ('174', '0841'),
     'SEOUL (Yonhap) - South Korea today repatriated four North Korean fishermen whose boat drifted into '
     'southern waters, sending them back across the truce village of Panmunjom.'),
    (('IRN', 'IRNGOV'), ('IRQ', 'IRQGOV', 'IRQMIL'), _YIELD,
     'TEHRAN (IRNA) - Iran freed 1,000 Iraqi prisoners of war today as a goodwill gesture, handing them '
     'over to the International Committee of the Red Cross at the border.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), _DISAPPROVE + _PROTEST,
     'HANOI (Reuters) - Vietnam lodged a strong protest with China on Thursday over the seizure of Vietnamese'
     ' fishing boats near the Paracel Islands, the foreign ministry said.'),
    (('SAU', 'SAUGOV'), ('IRN', 'IRNGOV'), _REDUCE,
     'RIYADH (Reuters) - Saudi Arabia severed diplomatic ties with Iran on Tuesday, citing the storming of '
     'its embassy in Tehran and the death of a diplomat.'),
    (('PHL', 'PHLGOV', 'PHLLEG'), ('USA', 'USAGOV'), _REJECT,
     'MANILA (Reuters) - The Philippine Senate voted down a treaty on Monday that would have let the United'
     ' States keep its naval base at Subic Bay for another decade.'),
    (('IGOUNO', 'UNO', 'IGO'), ('IRQ', 'IRQGOV'), _COERCE + ('163',),
     'UNITED NATIONS (Reuters) - The U.N. Security Council on Monday slapped a sweeping trade embargo on '
     'Iraq for its invasion of Kuwait, voting 13-0 with Cuba and Yemen abstaining.'),
    (('THA', 'THAGOV'), ('MMR', 'MMRGOV'), _REDUCE + _COERCE,
     'BANGKOK (Reuters) - Thailand shut its border with Burma on Wednesday after Burmese troops shelled a '
     'Thai village, the army said.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), _DISAPPROVE + _PROTEST,
     'KUWAIT (KUNA) - Kuwait today deplored Iraq\'s refusal to return Kuwaiti prisoners held since the '
     '1991 Gulf War, calling it a breach of the ceasefire terms.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), _DISAPPROVE + _THREATEN + ('112', '1125'),
     'YEREVAN (Itar-Tass) - Armenia accused Azerbaijan on Friday of stepping up shelling of Nagorno-'
     'Karabakh in breach of the ceasefire, and warned it would not stand by.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TURGOV'), _REDUCE,
     'BONN (Reuters) - Germany halted arms deliveries to Turkey on Thursday after reports that German-made '
     'tanks had been used against Kurdish civilians.'),
    (('USA', 'USAGOV'), ('MEX', 'MEXGOV'), _PRAISE,
     'WASHINGTON (Reuters) - President Bill Clinton on Tuesday hailed Mexico\'s progress in fighting drug '
     'traffickers and certified it as a full partner in the anti-drug effort.'),
    (('FJI', 'FJIMIL', 'FJIGOV'), ('FJI', 'FJIGOV'), _COERCE + ('180', '181', '175', '173'),
     'SUVA (AFP) - Fijian soldiers detained Prime Minister Timoci Bavadra and his cabinet at gunpoint on '
     'Thursday in a coup led by Lieutenant-Colonel Sitiveni Rabuka.'),
    (('IND', 'INDGOV'), ('LKA', 'LKAGOV'), _AID,
     'NEW DELHI (PTI) - India air-dropped relief supplies over the Jaffna peninsula today in defiance of '
     'Sri Lanka, which called the drop a violation of its sovereignty.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV'), _REDUCE + _COERCE,
     'ISLAMABAD (Reuters) - Pakistan suspended transit trade with Afghanistan on Monday, halting trucks at '
     'the Khyber Pass, in a row over smuggling.'),
    (('POL', 'POLGOV'), ('USA', 'USAGOV'), _DISAPPROVE + _PROTEST,
     'WARSAW (PAP) - Poland today castigated the United States for its economic sanctions, saying they had '
     'cost the Polish economy 15 billion dollars.'),
    (('CHN', 'CHNGOV'), ('VAT',), _REJECT,
     'BEIJING (Xinhua) - China today turned down a Vatican request to send a papal envoy to meet Catholic '
     'bishops in China, a foreign ministry spokesman said.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), _MEET + ('043', '042'),
     'CAIRO (Reuters) - Egypt hosted Israeli and Palestinian negotiators in Taba on Sunday for a new round '
     'of talks on Palestinian self-rule in the West Bank.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('GEO', 'GEOGOV'), _POSTURE,
     'TBILISI (Reuters) - Russia has put its troops in Abkhazia on full combat alert, the Georgian defence '
     'ministry said on Tuesday, calling the move a threat.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _INVESTIGATE + _DISAPPROVE + _DEMAND + _APPEAL,
     'WASHINGTON (Reuters) - The United States on Friday called for an international investigation into '
     'Iraq\'s use of chemical weapons against Kurdish villagers.'),
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), _REDUCE + ('174',),
     'NAIROBI (Reuters) - Kenya expelled Uganda\'s high commissioner on Saturday, accusing him of spying, in'
     ' a worsening row between the East African neighbours.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), _DEMAND + _DISAPPROVE,
     'CARACAS (Reuters) - Venezuela demanded on Wednesday that Colombia withdraw a navy corvette from '
     'disputed waters in the Gulf of Venezuela, the foreign ministry said.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), _COERCE + ('163',),
     'ATHENS (Reuters) - Greece imposed a trade embargo on the former Yugoslav republic of Macedonia on '
     'Wednesday in a dispute over the republic\'s name and flag.'),
    (('JPN', 'JPNGOV'), ('PER', 'PERGOV'), _PRAISE + ('043',),
     'TOKYO (Kyodo) - Japan praised Peru\'s rescue of the hostages held at the Japanese ambassador\'s '
     'residence in Lima, Prime Minister Ryutaro Hashimoto said today.'),
    (('NGA', 'NGAGOV'), ('GBR', 'GBRGOV'), _DISAPPROVE + _REJECT,
     'LAGOS (Reuters) - Nigeria\'s military government on Monday snubbed Britain\'s criticism of the '
     'execution of Ken Saro-Wiwa, saying London had no right to lecture Nigerians.'),
]


LEAD44B: list[Row] = [
    # batch 2: written blind after the first fixes, before the coder was run on it. First run on the branch
    # 29 / 27 / 26 of 35 (main the same). Four rows corrected after it: Chad is TCD (CAMEO), police are COP,
    # a ruling junta's military leaders are its MIL, payments withheld are the lexicon's 162.
    (('SYR', 'SYRGOV'), ('TUR', 'TURGOV'), _DISAPPROVE,
     'DAMASCUS (Reuters) - Syria on Wednesday assailed Turkey\'s new dam on the Euphrates, saying it would '
     'cut the river\'s flow to Syrian farmland by a third.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _REJECT,
     'WASHINGTON (AP) - The White House on Sunday shrugged off an Iraqi peace overture as a cynical ploy, '
     'saying Baghdad must first pull all its troops out of Kuwait.'),
    (('FRA', 'FRAGOV'), ('TCD', 'TCDGOV'), _AID + _COOP,
     'PARIS (AFP) - France has granted Chad credits worth 300 million francs to rebuild roads in the north'
     ' of the country, the Cooperation Ministry said on Thursday.'),
    (('CUB', 'CUBGOV'), ('CUB', 'CUBOPP', 'CUBCVL'), _YIELD + ('0841',),
     'HAVANA (Reuters) - Cuba on Friday pardoned and freed 30 political prisoners after an appeal by the '
     'visiting Spanish prime minister, diplomats said.'),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), _REDUCE + ('174',),
     'MOSCOW (Reuters) - Russia kicked out a U.S. diplomat on Wednesday, accusing him of spying, in '
     'retaliation for the expulsion of a Russian envoy from Washington last month.'),
    (('ZWE', 'ZWEGOV'), ('ZWE', 'ZWEMED'), _COERCE,
     'HARARE (Reuters) - Zimbabwe\'s government shut down the country\'s only independent daily newspaper '
     'on Friday, saying it had failed to register under a new media law.'),
    (('GBR', 'GBRGOV', 'GBRMIL'), ('ARG', 'ARGMIL'), _ASSAULT + _FIGHT,
     'LONDON (Reuters) - A British submarine torpedoed and sank the Argentine cruiser General Belgrano '
     'outside the exclusion zone around the Falklands, the Ministry of Defence said.'),
    (('USA', 'USAMIL', 'USAGOV'), ('IRN', 'IRNMIL'), _FIGHT + _ASSAULT,
     'WASHINGTON (Reuters) - U.S. Navy warships shelled two Iranian oil platforms in the Gulf on Monday in '
     'retaliation for a missile attack on a U.S.-flagged tanker, the Pentagon said.'),
    (('CHN', 'CHNGOV', 'CHNMIL'), ('TWN', 'TWNGOV'), _THREATEN + _POSTURE,
     'BEIJING (Reuters) - China on Friday fired missiles into waters off Taiwan in what the island called a'
     ' blatant attempt to intimidate voters ahead of its first presidential election.'),
    (('IGOEUREEC', 'IGO'), ('MMR', 'MMRGOV', 'MMRMIL'), _REDUCE + _COERCE,
     'BRUSSELS (Reuters) - The European Union on Monday froze the assets of Burma\'s military leaders and '
     'banned them from entering the 15-nation bloc over their human rights record.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), _DEMAND + _THREATEN,
     'ADDIS ABABA (Reuters) - Ethiopia gave Eritrea a week to pull its troops out of the disputed town of '
     'Badme or face the consequences, the government spokeswoman said on Monday.'),
    (('NOR', 'NORGOV'), ('LKA', 'LKAGOV', 'LKAREB'), ('045', '046', '040', '043', '042', '036'),
     'OSLO (Reuters) - Norway will play host to a new round of peace talks between the Sri Lankan '
     'government and Tamil Tiger rebels next month, the Norwegian foreign ministry said.'),
    (('USA', 'USAGOV'), ('KOR', 'KORGOV'), _PRAISE + ('052', '053'),
     'WASHINGTON (Reuters) - The United States threw its weight behind South Korea\'s policy of engagement '
     'with the North on Tuesday, calling it the best hope for peace on the peninsula.'),
    (('IRQ', 'IRQMIL', 'IRQGOV'), ('IRQ', 'IRQREB', 'IRQCVL'),
     _ASSAULT + _FIGHT + ('200', '201', '202', '203'),
     'ARBIL, Iraq (Reuters) - Iraqi helicopter gunships strafed Kurdish villages in the north on Wednesday, '
     'killing at least 20 people, Kurdish rebels said.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _DISAPPROVE + _PROTEST,
     'ATHENS (Reuters) - Greece summoned the Turkish ambassador on Thursday to protest over repeated '
     'violations of its airspace by Turkish fighter jets over the Aegean.'),
    (('PER', 'PERGOV', 'PERMIL', 'PERCOP'), ('PER', 'PERREB'), _COERCE,
     'LIMA (Reuters) - Peruvian police rounded up 40 suspected Shining Path guerrillas in a sweep of Lima '
     'shantytowns on Saturday, the Interior Ministry said.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('LBN', 'LBNREB', 'LBNMIL'), _FIGHT + _ASSAULT,
     'JERUSALEM (Reuters) - Israeli jets blasted suspected Hizbollah positions in south Lebanon on Monday, '
     'hours after guerrillas fired rockets into northern Israel, the army said.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), _REJECT,
     'KIEV (Reuters) - Ukraine on Friday spurned a Russian offer to take over its share of the Black Sea '
     'Fleet in exchange for writing off its energy debts.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), _REDUCE,
     'TOKYO (Kyodo) - Japan put on hold its grant aid to China on Tuesday in protest at Beijing\'s nuclear '
     'test, the Foreign Ministry announced.'),
    (('TUR', 'TURGOV', 'TURMIL'), ('SYR', 'SYRGOV'), _POSTURE + _THREATEN,
     'ANKARA (Reuters) - Turkey mobilised thousands of troops along its border with Syria on Friday, raising'
     ' the stakes in its demand that Damascus stop sheltering Kurdish rebels.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _DISAPPROVE,
     'NEW DELHI (PTI) - India today slammed Pakistan for raising the Kashmir issue at the United Nations, '
     'calling it an interference in India\'s internal affairs.'),
    (('PSE', 'PSEGOV', 'PSEREB'), ('ISR', 'ISRGOV'), _PRAISE + _INTENT + ('057',),
     'GAZA (Reuters) - The Palestine Liberation Organisation endorsed a U.S.-brokered deal with Israel on '
     'Sunday for an Israeli troop pullback from the West Bank town of Hebron.'),
    (('NGA', 'NGAMIL', 'NGAGOV', 'IGOWAFECW', 'IGO'), ('LBR', 'LBRREB'), _FIGHT + _ASSAULT,
     'MONROVIA (Reuters) - Nigerian-led peacekeepers bombarded rebel positions outside Monrovia on '
     'Thursday, pushing Charles Taylor\'s fighters back from the capital.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), _REDUCE + _REJECT,
     'BEIJING (Reuters) - China on Saturday broke off talks with the United States on human rights and '
     'arms control in protest at the bombing of its embassy in Belgrade.'),
    (('AUS', 'AUSGOV'), ('FRA', 'FRAGOV'), _REDUCE + _PROTEST + _DISAPPROVE,
     'CANBERRA (Reuters) - Australia recalled its ambassador to Paris for consultations on Tuesday in '
     'protest at France\'s resumption of nuclear testing in the South Pacific.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV'), _REDUCE + _REJECT,
     'TEHRAN (IRNA) - Iran today downgraded its diplomatic relations with Britain to the level of charge '
     'd\'affaires over London\'s refusal to disown the novel The Satanic Verses.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _INTENT + _MEET,
     'ISLAMABAD (Reuters) - Pakistan extended an invitation to Indian Prime Minister Atal Behari Vajpayee '
     'on Friday to visit Islamabad for talks on Kashmir, the Foreign Office said.'),
    (('AGO', 'AGOGOV'), ('AGO', 'AGOREB'), _INTENT + _YIELD + ('0861', '0862', '081'),
     'LUANDA (Reuters) - Angola\'s government offered an amnesty to UNITA rebels who lay down their arms by'
     ' the end of the month, state radio said on Sunday.'),
    (('KOR', 'KORGOV'), ('PRK', 'PRKMIL', 'PRKGOV'), _DISAPPROVE + _PROTEST + _DEMAND,
     'SEOUL (Yonhap) - South Korea today lodged a complaint with the North through the truce commission '
     'over the intrusion of a North Korean submarine into its waters.'),
    (('SDN', 'SDNGOV'), ('UGA', 'UGAGOV'), _DISAPPROVE,
     'KHARTOUM (Reuters) - Sudan on Thursday charged Uganda with sending troops across the border to help '
     'southern rebels, and said it would raise the matter with the OAU.'),
    (('USA', 'USAGOV'), ('PAN', 'PANGOV'), _COERCE + ('163', '1621', '162'),
     'WASHINGTON (Reuters) - The United States on Friday withheld 6.5 million dollars in payments to Panama '
     'under the canal treaties to pressure General Manuel Noriega to step down.'),
    (('BIH', 'BIHGOV'), ('IGOUNO', 'UNO', 'IGO'), _APPEAL + _DEMAND,
     'SARAJEVO (Reuters) - Bosnia\'s government implored the United Nations on Monday to open a land '
     'corridor to the besieged enclave of Gorazde before its people starved.'),
    (('MAR', 'MARGOV', 'MARMIL'), ('ESH', 'MARREB', 'ESHREB', 'DZAREB'), _FIGHT + _ASSAULT,
     'RABAT (Reuters) - Moroccan troops repulsed a Polisario Front attack on a garrison in the Western '
     'Sahara on Tuesday, killing 40 guerrillas, the official news agency MAP said.'),
    (('IGOUNO', 'UNO', 'IGO'), ('LBY', 'LBYGOV'), _COERCE + ('163', '1621', '162'),
     'UNITED NATIONS (Reuters) - The Security Council voted on Tuesday to ban flights to and from Libya '
     'until it handed over two suspects in the bombing of a Pan Am jet over Lockerbie.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('SRB', 'SRBMED', 'YUGMED', 'YUG'), _COERCE,
     'BELGRADE (Reuters) - Serbian authorities took the independent B92 radio station off the air on '
     'Tuesday, the latest blow to the opposition media.'),
]


LEAD44C: list[Row] = [
    # batch 3: written blind after the second fixes, before the coder was run on it. First run on the branch
    # 19 / 18 / 17 of 25 (main the same). One row corrected after it: a businessman is his country's BUS.
    (('VNM', 'VNMGOV'), ('KHM', 'KHMGOV', 'KHMREB'), _DISAPPROVE,
     'HANOI (Reuters) - Vietnam on Tuesday berated the Khmer Rouge for stalling the Cambodian peace process,'
     ' saying the guerrillas wanted to return to power by force.'),
    (('TWN', 'TWNGOV'), ('CHN', 'CHNGOV'), _REJECT,
     'TAIPEI (Reuters) - Taiwan on Monday poured cold water on Beijing\'s offer of talks on reunification '
     'under a "one country, two systems" formula.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV'), _AID,
     'WASHINGTON (Reuters) - The United States agreed on Friday to underwrite 10 billion dollars in loans '
     'to Israel to help it settle Soviet Jewish immigrants.'),
    (('ALB', 'ALBGOV'), ('GRC', 'GRCGOV'), _REDUCE + ('174',),
     'TIRANA (Reuters) - Albania ordered a Greek Orthodox cleric out of the country on Saturday, accusing '
     'him of stirring up separatism among the ethnic Greek minority.'),
    (('IRN', 'IRNGOV'), ('GBR', 'GBRGOV', 'GBRBUS'), _COERCE + ('173',),
     'TEHRAN (Reuters) - Iran has jailed a British businessman for 10 years on charges of spying, Iranian '
     'newspapers said on Thursday.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB'), _MEET + _INTENT,
     'BOGOTA (Reuters) - Colombia\'s government sat down with leftist FARC rebels on Friday for the first '
     'formal peace talks in a decade, in a jungle clearing in Caqueta province.'),
    (('IGOUNO', 'UNO', 'IGO'), ('KHM', 'KHMGOV', 'KHMREB', 'KHMMIL'), _YIELD + _REDUCE + ('0874', '087'),
     'PHNOM PENH (Reuters) - The United Nations began disarming Cambodia\'s four warring factions on '
     'Tuesday, collecting weapons from 200,000 soldiers at cantonment sites.'),
    (('SEN', 'SENGOV'), ('MRT', 'MRTGOV'), _REDUCE,
     'DAKAR (Reuters) - Senegal cut diplomatic links with Mauritania on Friday after weeks of ethnic '
     'violence in which hundreds of people were killed on both sides of the border.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), _REJECT + _THREATEN,
     'TOKYO (Reuters) - North Korea on Wednesday thumbed its nose at a U.S. deadline to open its nuclear '
     'sites to inspection, the official KCNA news agency said.'),
    (('DEU', 'DEUGOV'), ('TUR', 'TURGOV'), _APPEAL + _DEMAND,
     'BONN (Reuters) - Germany appealed to Turkey on Monday to show restraint in its offensive against '
     'Kurdish rebels in northern Iraq.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), _DISAPPROVE + _PROTEST,
     'BUENOS AIRES (Reuters) - Argentina protested to Britain on Tuesday over the award of oil exploration '
     'licences in waters around the Falkland Islands.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('RUS', 'RUSREB'), _FIGHT + _ASSAULT,
     'MOSCOW (Reuters) - Russian warplanes pounded rebel positions around the Chechen capital Grozny on '
     'Sunday, Interfax news agency reported.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'UNO', 'IGO'), _REJECT + _COERCE + ('1662', '166'),
     'BAGHDAD (Reuters) - Iraq barred a team of U.N. weapons inspectors from entering a suspected arms '
     'site on Monday, saying the building housed a government ministry.'),
    (('CHN', 'CHNGOV'), ('PHL', 'PHLGOV'), _DISAPPROVE + _REJECT,
     'BEIJING (Reuters) - China on Thursday rapped the Philippines for destroying Chinese markers on '
     'disputed reefs in the Spratly Islands.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGREB', 'AFGGOV'), _AID + _COOP,
     'ISLAMABAD (Reuters) - Pakistan has funnelled arms and money to Afghan guerrillas fighting the '
     'Kabul government, Western diplomats said on Monday.'),
    (('SYR', 'SYRGOV', 'SYRMIL'), ('LBN', 'LBNREB', 'LBNMIL'), _ASSAULT + _FIGHT,
     'BEIRUT (Reuters) - Syrian troops overran the last positions of General Michel Aoun\'s forces in east '
     'Beirut on Saturday, ending his revolt.'),
    (('KEN', 'KENGOV'), ('SOM',), _REDUCE + _COERCE,
     'NAIROBI (Reuters) - Kenya sealed its border with Somalia on Wednesday to keep out refugees and '
     'gunmen fleeing the fighting in Kismayu.'),
    (('USA', 'USAGOV'), ('VNM', 'VNMGOV'), _YIELD + ('085',),
     'WASHINGTON (Reuters) - President Bill Clinton lifted the 19-year-old trade embargo against Vietnam on '
     'Thursday, citing Hanoi\'s help in accounting for missing U.S. servicemen.'),
    (('GBR', 'GBRGOV'), ('IRL', 'IRLGOV'), _PRAISE + ('057',),
     'LONDON (Reuters) - Britain and Ireland initialled a framework document on Northern Ireland\'s future on'
     ' Wednesday, Prime Minister John Major said.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('MMR', 'MMROPP'), _COERCE,
     'RANGOON (Reuters) - Burma\'s military government placed opposition leader Aung San Suu Kyi under '
     'house arrest on Thursday, diplomats said.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), _REDUCE + _REJECT,
     'JAKARTA (Reuters) - Indonesia scrapped its security pact with Australia on Thursday, angered by '
     'Canberra\'s role in the East Timor peacekeeping force.'),
    (('SDN', 'SDNGOV'), ('EGY', 'EGYGOV'), _DISAPPROVE + _PROTEST,
     'KHARTOUM (Reuters) - Sudan accused Egypt on Saturday of massing troops in the disputed Halaib '
     'triangle and lodged a complaint with the Security Council.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), _REJECT,
     'HAVANA (Reuters) - Cuba on Monday scoffed at a U.S. offer to ease the embargo in return for free '
     'elections, calling it an insult to Cuban sovereignty.'),
    (('THA', 'THAGOV', 'THAMIL'), ('MMR', 'MMRMIL', 'MMRGOV'), _FIGHT + _ASSAULT,
     'BANGKOK (Reuters) - Thai troops traded artillery fire with Burmese forces across the border on '
     'Sunday after a Burmese shell landed in a Thai village.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEGOV'), ('045', '046', '040', '036', '043'),
     'CAIRO (MENA) - Egypt brokered a meeting between Israeli and Palestinian security chiefs in Cairo '
     'today to shore up the truce in the Gaza Strip.'),
]


LEAD44D: list[Row] = [
    # batch 4: written blind after the third fixes, before the coder was run on it. First run on the branch
    # 10 / 9 / 8 of 23 (main the same). Three rows corrected after it: militants under a Jerusalem dateline
    # are Palestinian (the actors' convention); a Senate is LEG; a ban on imports lifted is yielding (08x);
    # firms are their country's BUS.
    (('ZAF', 'ZAFGOV'), ('ZAF', 'ZAFOPP', 'ZAFREB'), _YIELD + ('0841', '081'),
     'CAPE TOWN (Reuters) - President F.W. de Klerk unbanned the African National Congress on Friday and '
     'promised to free Nelson Mandela soon, in a speech opening parliament.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _REDUCE,
     'NEW DELHI (Reuters) - India called off talks with Pakistan on Kashmir on Wednesday after a bomb '
     'attack on its parliament, which it blamed on Pakistan-based militants.'),
    (('USA', 'USAGOV'), ('SDN', 'SDNGOV'), _COERCE + ('163',),
     'WASHINGTON (Reuters) - The United States blacklisted Sudan as a state sponsor of terrorism on '
     'Wednesday, cutting it off from U.S. aid and trade.'),
    (('FRA', 'FRAGOV', 'FRAMIL'), ('RWA', 'RWAGOV'), _AID + _POSTURE + ('074',),
     'PARIS (AFP) - France flew 150 paratroopers into Kigali on Friday to shore up the Rwandan government '
     'against rebels advancing from Uganda, the defence ministry said.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNREB', 'PSE', 'PSEUAF', 'PSEREB'), _COERCE + _YIELD,
     'JERUSALEM (Reuters) - Israel deported 415 suspected Islamic militants to south Lebanon on Thursday, '
     'dumping them in a no-man\'s-land north of its self-declared security zone.'),
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), _DISAPPROVE,
     'TEHRAN (IRNA) - Iran today lashed out at the United States for deploying warships in the Persian '
     'Gulf, calling the deployment a threat to regional security.'),
    (('CHN', 'CHNGOV'), ('FRA', 'FRAGOV'), _REDUCE + _COERCE,
     'BEIJING (Reuters) - China closed the French consulate in Guangzhou on Monday in retaliation for the '
     'sale of French Mirage jets to Taiwan.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('046', '043', '040', '042', '036'),
     'BUENOS AIRES (Reuters) - Argentina and Britain held their first talks since the Falklands war in '
     'Madrid on Tuesday, officials said.'),
    (('IGOUNO', 'UNO', 'IGO'), ('YUG', 'SRB', 'YUGGOV', 'SRBGOV'), _COERCE + ('163',),
     'UNITED NATIONS (Reuters) - The Security Council tightened the screws on Belgrade on Saturday, '
     'banning all shipments through Yugoslavia of oil, steel and other strategic goods.'),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), _DISAPPROVE + _DEMAND,
     'SEOUL (Yonhap) - South Korea today took Japan to task for a history textbook it said whitewashed '
     'Japan\'s colonial rule, and demanded revisions.'),
    (('IRQ', 'IRQGOV'), ('IGOUNO', 'UNO', 'IGO'), _COERCE + _REDUCE + ('1662', '166'),
     'BAGHDAD (Reuters) - Iraq threw out six American members of the U.N. arms inspection team on Thursday,'
     ' accusing them of spying for Washington.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV', 'USALEG'), _DISAPPROVE + _PROTEST,
     'MEXICO CITY (Reuters) - Mexico bristled on Friday at a U.S. Senate resolution criticising its fight '
     'against drugs, calling it unacceptable interference.'),
    (('TUR', 'TURGOV'), ('ITA', 'ITAGOV', 'ITABUS'), _COERCE + _REDUCE + ('163',),
     'ANKARA (Reuters) - Turkey barred Italian firms from defence contracts on Monday over Rome\'s refusal '
     'to extradite Kurdish rebel leader Abdullah Ocalan.'),
    (('VNM', 'VNMGOV', 'VNMMIL'), ('KHM', 'KHMGOV', 'KHMREB'), _YIELD + ('0874', '087'),
     'HANOI (Reuters) - Vietnam pulled the last of its troops out of Cambodia on Tuesday, ending almost 11 '
     'years of occupation, the official news agency said.'),
    (('SRB', 'SRBGOV', 'SRBCOP', 'YUGGOV', 'YUG'), ('SRB', 'SRBOPP', 'YUGOPP'), _COERCE + ('180', '175'),
     'BELGRADE (Reuters) - Serbian riot police broke up a rally of 20,000 opposition supporters in central'
     ' Belgrade on Sunday with truncheons and tear gas.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB'), _INTENT + _MEET + ('0861', '0862'),
     'MANILA (Reuters) - President Corazon Aquino extended an olive branch to communist rebels on Monday, '
     'offering a 60-day ceasefire and talks.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _DISAPPROVE,
     'CAIRO (MENA) - Egypt today pointed the finger at Sudan over the attempt on President Hosni Mubarak\'s'
     ' life in Addis Ababa, accusing Khartoum of harbouring the gunmen.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), _AID,
     'TOKYO (Kyodo) - Japan pledged 1.8 billion dollars in aid to Russia today to back Boris Yeltsin\'s '
     'reforms, Foreign Minister Kabun Muto said.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), _COERCE + _REDUCE + ('191',),
     'BAKU (Reuters) - Azerbaijan has choked off rail and fuel supplies to Armenia, tightening a blockade '
     'over the disputed enclave of Nagorno-Karabakh, Armenian officials said.'),
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV'), _PRAISE + _YIELD + ('054',),
     'LONDON (Reuters) - Britain lifted its ban on Argentine imports and restored air links on Friday as '
     'relations thawed eight years after the Falklands war.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), _COERCE + ('163', '1621', '162'),
     'WASHINGTON (Reuters) - President Ronald Reagan ordered a freeze on Libyan assets in the United States '
     'on Wednesday, a day after banning all trade with Tripoli.'),
    (('NGA', 'NGAGOV'), ('GHA',), _COERCE + ('174',),
     'LAGOS (Reuters) - Nigeria gave illegal immigrants two weeks to leave the country on Monday, a move '
     'that will force out about a million Ghanaians.'),
    (('SYR', 'SYRGOV'), ('IRQ', 'IRQGOV'), _REDUCE + _COERCE,
     'DAMASCUS (Reuters) - Syria shut down the Iraqi oil pipeline across its territory on Thursday, '
     'cutting off Baghdad\'s main export route to the Mediterranean.'),
]

BATCHES = {
    'batch1': LEAD44,
    'batch2': LEAD44B,
    'batch3': LEAD44C,
    'batch4': LEAD44D,
}

ALL44 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
