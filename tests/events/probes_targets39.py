"""Blind probes of the thirty-seventh session (wip/targets39): who an act is done TO, and who does it, in
1985-2005 agency leads (dated 2000-01-01 as the GSR records are). Batch 1 tells afresh the four target
classes the lead named (an act whose target is reached through an institution or a place of another
country: an embassy stormed, a border post shelled, a party's offices raided; acts aimed at a government
through its people or property: boats seized, nationals expelled, assets frozen, sailors detained;
reactions in a second sentence to the act of the first: a condemnation aimed at the doer, a reply "in
response"; mediators and go-betweens: which dyads are coded) and is weighted to the target shapes the
hidden set holds most: the target in an of-phrase or a possessor, in a to/with/against/on/from phrase, in
a relative clause or an apposition, reached through a place, reciprocal acts between two named parties,
the target only in the previous clause, a person who stands for his state, and controls with no target
that must emit no triple of the roots.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. Each batch was committed before the coder was run on it.

Conventions the rows follow (docs/events.md, Annotation guide; targets32-38, and the decisions of this
session): an embassy, consulate or border post struck stands for the state that owns it, wherever it
stands; a party's offices raided are the party's. A state's boats, nationals, workers, sailors or assets
acted on are that state's (its people, CVL, or the state: both accepted). A condemnation of "the attack"
in a later sentence is aimed at the attack's doer; a reply "in response" by the wronged party is aimed at
the first act's doer. A mediator between A and B codes 045 to each; the parties are not each other's
target by the mediation alone.

First run, blind (main ddf703b6, batch 1 as committed at 50b9ce45, 42 rows): country + root / actor + root /
actor + code 36 / 33 / 31. Of the lead's classes, the embassies, consulate, border post and headquarters
struck, the boats seized, workers expelled, assets frozen and journalists arrested, the condemnations of
"the attack", "the bombardment", "the raid" in a second sentence, Sudan's shelling "in response" and the
two mediations passed; the misses were a reply with no object in a later sentence ("The Bahamas demanded
compensation", "Pakistani forces returned fire in response": nothing; fixed, `wronged_later.py`, and a
lexicon row for fire returned), "India and Pakistan expelled each other's diplomats" (nothing; fixed,
`recipients.reciprocal_object`), "the opposition Awami League" (BGDGOV by the 2000 date), "Japanese
sailors" (JPNMIL), "forcibly repatriated" (no row), "carried a message ... to" (no row) and "Nelson
Mandela, the leader of the ANC" (ZAFGOV by his tenure). One row was corrected after the run, a writing
error by the project's conventions: diplomatic relations restored are 050 (the lexicon's row, beside 054
for relations established).

Batch 2 (36 rows, written after the first fixes, committed at aa0b37ef before the coder ran on it), first run
on the branch at aa0b37ef: 32 / 31 / 31. The fixed classes' new wordings passed (China's protest, Algiers'
warning and Yemen's demand after a first sentence's act; anti-aircraft guns returning fire) but for two:
"Ethiopia and Eritrea deported each other's citizens" (the object's own country, Ethiopia, was the target
of both; fixed, `wronged_later.mutual_owner`) and "Thai and Laotian troops shelled each other's ..." (a
misparse: "Thai" is the root). A new class: the wronged state's conjunct reply after a passive first
clause ("Greek fishermen were arrested by Turkish coast guards ..., and Athens lodged a protest" was
aimed at the Greek fishermen; fixed, `wronged_later.reply_to_passive_clause`). One row was corrected after
the run, a writing error by the project's conventions: a party with no tenure in the tables is PTY
("the Kurdistan Democratic Party" IRQPTY, docs/actors.md).

Batch 3 (29 rows, written after the second fixes, committed at fd249e4a before the coder ran on it), first run
on the branch at fd249e4a: 29 / 29 / 28. Every fixed class's new wording passed (replies in a later
sentence and after passive clauses, "each other's embassies", "each other's forces"); the one miss was a
code: "nationalised the assets of an American mining company" 1711, the codebook's code for property
confiscated, which the row had left out (corrected after the run, a writing error by the codebook).

Batch 4 (27 rows, harder shapes of the same classes, committed at 86913969 before the coder ran on it), first
run on the branch at 86913969: 24 / 23 / 22. Misses: "acted as a mediator between the Ugandan government and
the rebels" (the lexicon had no row, and the parties hang under the as-phrase; fixed, `go_between.py` and rows
for acting or serving as a mediator, intermediary ...), "Syria condemned the operation" after a raid (an
incursion or invasion now names the last act of force, `speech.ATTACK_NOUNS`; "the operation" was tried and
taken out, a strict gap: it cost a stories22 triple), "Vietnam called the attack a grave violation" (the
judged noun named no actor, so the judging rows did not apply and "the attack" was read as Vietnam's own;
fixed: the words for force are nouns that name an act told before, `act_nouns.FORCE_NAMES`), "the Jakarta
headquarters of the opposition Indonesian Democratic Party" (IDNCVL: left as a gap) and "withdrew its
ambassador to Libya" (166 where the codebook has 161: a code, not a target). No row was corrected.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_CRIT = ('111', '112', '110', '1121', '1122')
_PROTEST = _CRIT + ('114', '11')
_ACCUSE = ('112', '1121', '1122', '111', '110', '11')
_FORCE = ('190', '193', '194', '195', '19', '180', '18', '183', '186', '181')
_REPRESS = ('17', '175', '170', '173', '171', '18', '180', '19', '190', '193')
_STORM = _FORCE + ('145', '14', '171', '17', '170', '182', '192')
_MEET = ('040', '041', '042', '043', '046', '036', '04')
_SANCTION = ('16', '160', '163', '162', '1621', '161')
_TIES = ('16', '160', '161', '164')
_EXPEL = ('16', '161', '166', '1663', '17', '174')
_SEIZE = ('17', '171', '1711', '170', '173')
_DETAIN = ('17', '173', '170', '171')
_FREEZE = ('16', '163', '160', '171', '17')
_GIVE = ('07', '070', '071', '072', '074', '06', '061', '062', '03', '030', '031', '033')
_PRAISE = ('051', '050', '05')
_MEDIATE = ('045', '04', '039', '043', '040')
_DEMAND = ('10', '100', '101', '1011', '102', '1053', '104', '02', '020', '11', '111', '112')
_RESTORE = ('054', '050', '05', '046', '04', '03', '030')
_WARN = ('13', '130', '138', '11', '111', '112')
_NONE = ('11', '12', '13', '14', '15', '16', '17', '18', '19')

B1: list[Row] = [
    # a target reached through an institution or a place of another country
    (('IRN', 'IRNEDU', 'IRNCVL', 'IRNOPP'), ('SAU', 'SAUGOV'), _STORM,
     'Hundreds of Iranian students stormed the Saudi embassy in Tehran on Sunday, smashing windows and '
     'burning furniture.'),
    (('PHL', 'PHLEDU', 'PHLCVL', 'PHLOPP'), ('USA', 'USAGOV'), _STORM + ('141', '140'),
     'Filipino students hurled rocks at the embassy of the United States in Manila on Thursday.'),
    (('THA', 'THAMIL'), ('LAO', 'LAOMIL', 'LAOGOV'), _FORCE,
     'Thai artillery shelled a Laotian border post on Monday, killing four soldiers, military sources said.'),
    (('ISR', 'ISRMIL', 'ISRGOV'), ('PSE', 'PSEREB', 'PSEINS', 'PSEGOV', 'TUN'), _FORCE,
     'Israeli warplanes bombed the headquarters of the Palestine Liberation Organisation near Tunis on '
     'Tuesday.'),
    (('COD', 'CODCVL', 'CODOPP'), ('BEL', 'BELGOV'), _STORM,
     'Angry crowds set fire to the Belgian consulate in Lubumbashi on Wednesday.'),
    (('BGD', 'BGDCOP', 'BGDGOV'), ('BGD', 'BGDOPP'), _REPRESS + ('1711',),
     'Police raided the offices of the opposition Awami League in Dhaka on Monday and arrested 40 party '
     'workers.'),
    # acts on a state's people or property
    (('IND', 'INDMIL', 'INDGOV', 'INDCOP'), ('LKA', 'LKACVL', 'LKAGOV'), _SEIZE,
     'The Indian coast guard seized 12 Sri Lankan fishing boats off the Tamil Nadu coast on Friday.'),
    (('LBY', 'LBYGOV'), ('EGY', 'EGYCVL', 'EGYLAB', 'EGYGOV'), _EXPEL,
     'Libya on Monday expelled 2,000 Egyptian workers, the Egyptian news agency MENA said.'),
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _FREEZE,
     'President George Bush on Thursday froze all Iraqi assets in the United States.'),
    (('PRK', 'PRKGOV', 'PRKMIL'), ('JPN', 'JPNCVL', 'JPNGOV'), _DETAIN,
     'North Korea detained 12 Japanese sailors on Sunday after their trawler strayed into its waters.'),
    (('VNM', 'VNMGOV', 'VNMCOP'), ('FRA', 'FRAMED', 'FRACVL', 'FRAGOV'), _DETAIN,
     'Vietnamese authorities arrested two French journalists in Hanoi on Wednesday on charges of spying.'),
    (('THA', 'THAGOV', 'THAMIL'), ('KHM', 'KHMREF', 'KHMCVL'), _EXPEL,
     'Thailand on Tuesday forcibly repatriated 300 Cambodian refugees across the border.'),
    # a reaction in a second sentence to the first one's act
    (('JPN', 'JPNGOV'), ('IRQ', 'IRQMIL', 'IRQGOV'), _CRIT + ('11',),
     'Iraqi warplanes bombed an Iranian oil terminal on Kharg Island on Monday. Japan condemned the attack '
     'as a threat to shipping in the Gulf.'),
    (('VAT', 'VATGOV', 'VATREL'), ('SYR', 'SYRMIL', 'SYRGOV'), _CRIT + ('11',),
     'Syrian troops shelled Christian east Beirut on Tuesday. The Vatican deplored the bombardment.'),
    (('FRA', 'FRAGOV'), ('LBY', 'LBYMIL', 'LBYGOV'), _CRIT + ('11',),
     'Libyan jets bombed the Chadian town of Faya-Largeau on Friday. France denounced the raid on Saturday.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDMIL'), _FORCE,
     'Indian troops shelled Pakistani positions in Kashmir on Saturday. Pakistani forces returned fire in '
     'response, an army spokesman said.'),
    (('SDN', 'SDNMIL', 'SDNGOV'), ('UGA', 'UGAREB', 'UGAMIL', 'UGA'), _FORCE,
     'Ugandan rebels attacked a Sudanese border village on Wednesday. In response, Sudanese troops shelled '
     'rebel bases inside Uganda.'),
    # mediators and go-betweens
    (('DZA', 'DZAGOV'), ('IRN', 'IRNGOV'), _MEDIATE,
     'Algeria mediated between Iran and the United States over the release of the American hostages.'),
    (('DZA', 'DZAGOV'), ('USA', 'USAGOV'), _MEDIATE,
     'Algeria mediated between Iran and the United States over the release of the American hostages.'),
    (('SAU', 'SAUGOV'), ('MAR', 'MARGOV'), _MEDIATE,
     'Saudi Arabia brokered talks between Morocco and Algeria in Riyadh on Tuesday.'),
    (('SAU', 'SAUGOV'), ('DZA', 'DZAGOV'), _MEDIATE,
     'Saudi Arabia brokered talks between Morocco and Algeria in Riyadh on Tuesday.'),
    (('JOR', 'JORGOV'), ('IRQ', 'IRQGOV'), _MEET + ('045',),
     'A Jordanian envoy carried a message from King Hussein to Iraqi President Saddam Hussein in Baghdad '
     'on Monday.'),
    # the target in an of-phrase or a possessor
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), _CRIT,
     "Jordan on Monday condemned Israel's deportation of 12 Palestinians to southern Lebanon."),
    (('KEN', 'KENGOV'), ('TZA', 'TZAGOV'), _PRAISE,
     "Kenya on Friday welcomed Tanzania's decision to reopen their common border."),
    # the target in a to/with/against/on/from phrase
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV', 'IDNMIL'), _SANCTION + _TIES,
     'Australia on Tuesday suspended military cooperation with Indonesia.'),
    (('CHN', 'CHNGOV'), ('IND', 'INDGOV'), _PROTEST,
     'China lodged a strong protest with India on Thursday over the Dalai Lama\'s visit to the border state '
     'of Arunachal Pradesh.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), _TIES,
     'Egypt recalled its ambassador from Israel on Sunday.'),
    (('KWT', 'KWTGOV'), ('JOR', 'JORGOV'), _GIVE,
     'Kuwait on Monday pledged $50 million in aid to Jordan.'),
    # the target in a relative clause or an apposition
    (('FRA', 'FRAGOV'), ('ZAF', 'ZAFOPP', 'ZAFREB', 'ZAFINS'), _MEET,
     'French President Francois Mitterrand met Nelson Mandela, the leader of the African National '
     'Congress, in Paris on Friday.'),
    (('TUR', 'TURMIL'), ('TUR', 'TURREB', 'TURINS', 'TURSEP'), _FORCE,
     'Turkish troops killed 20 Kurdish rebels who had attacked a village in southeastern Turkey, the '
     'Anatolian news agency said.'),
    # the target reached through a place
    (('IRQ', 'IRQMIL'), ('IRN', 'IRNCVL', 'IRNGOV', 'IRNMIL'), _FORCE,
     'Iraqi artillery pounded the Iranian border town of Mehran on Sunday.'),
    (('SDN', 'SDNREB', 'SDNINS'), ('SDN', 'SDNCVL', 'SDNGOV', 'SDNMIL'), _FORCE,
     'Rebels of the Sudan People\'s Liberation Army shelled the southern town of Juba on Thursday.'),
    # reciprocal acts between two named parties
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _EXPEL,
     "India and Pakistan expelled each other's diplomats on Thursday."),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _EXPEL,
     "India and Pakistan expelled each other's diplomats on Thursday."),
    (('SYR', 'SYRGOV'), ('IRQ', 'IRQGOV'), _RESTORE,
     'Syria and Iraq restored diplomatic relations on Monday after a break of 17 years.'),
    (('IRQ', 'IRQGOV'), ('SYR', 'SYRGOV'), _RESTORE,
     'Syria and Iraq restored diplomatic relations on Monday after a break of 17 years.'),
    # the target only in the previous clause or sentence
    (('BHS', 'BHSGOV'), ('CUB', 'CUBMIL', 'CUBGOV'), _DEMAND,
     'A Cuban gunboat sank a Bahamian patrol vessel on Saturday. The Bahamas demanded compensation.'),
    # a person who stands for his state
    (('IRQ', 'IRQGOV'), ('EGY', 'EGYGOV'), _ACCUSE,
     'Iraqi President Saddam Hussein on Monday denounced Egyptian President Hosni Mubarak as a traitor.'),
    (('CUB', 'CUBGOV'), ('MEX', 'MEXGOV'), _MEET,
     'Cuban President Fidel Castro met the Mexican foreign minister in Havana on Wednesday.'),
    # controls: no target party
    ((), (), _NONE,
     "Egypt's cabinet resigned on Tuesday, state radio said."),
    ((), (), ('17', '18', '19'),
     'Floods in northern Bangladesh killed 200 people on Friday.'),
    ((), (), ('03', '04', '05'),
     'Nigeria held its first presidential election in a decade on Saturday.'),
]

B2: list[Row] = [
    # batch 2: written after the first fixes
    # the wronged party's reply in a later sentence
    (('CHN', 'CHNGOV'), ('SUN', 'USR', 'USRMIL', 'USRGOV', 'RUS'), _PROTEST,
     'Soviet border guards fired on a Chinese fishing boat on the Amur River on Tuesday. China lodged a '
     'strong protest on Wednesday.'),
    (('DZA', 'DZAGOV'), ('MAR', 'MARMIL', 'MARGOV'), _WARN,
     'Moroccan troops shelled an Algerian border post on Monday. Algiers warned of serious consequences.'),
    (('YEM', 'YEMGOV'), ('ERI', 'ERIMIL', 'ERIGOV'), _DEMAND,
     'Eritrean gunboats seized a Yemeni fishing vessel in the Red Sea on Sunday. Yemen demanded the '
     'immediate release of the crew.'),
    (('PAK', 'PAKMIL'), ('AFG', 'AFGMIL', 'AFGGOV'), _FORCE,
     'Afghan jets bombed a Pakistani border village on Thursday, killing 12 people. Pakistani anti-aircraft '
     'guns returned fire.'),
    # reciprocal acts between two named parties
    (('THA', 'THAMIL'), ('LAO', 'LAOMIL'), _FORCE,
     "Thai and Laotian troops shelled each other's border positions on Wednesday."),
    (('LAO', 'LAOMIL'), ('THA', 'THAMIL'), _FORCE,
     "Thai and Laotian troops shelled each other's border positions on Wednesday."),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERICVL'), _EXPEL,
     "Ethiopia and Eritrea deported each other's citizens on Friday."),
    (('ECU', 'ECUGOV'), ('PER', 'PERGOV'), ('057', '05', '03', '030', '04', '046'),
     'Ecuador and Peru signed a peace treaty in Brasilia on Monday, ending their border dispute.'),
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('057', '05', '03', '030', '04', '046'),
     'Ecuador and Peru signed a peace treaty in Brasilia on Monday, ending their border dispute.'),
    # mediators and go-betweens
    (('IRN', 'IRNGOV'), ('ARM', 'ARMGOV'), _MEDIATE,
     'Iran on Tuesday offered to mediate between Armenia and Azerbaijan.'),
    (('ZWE', 'ZWEGOV'), ('MOZ', 'MOZGOV'), _MEDIATE,
     'Zimbabwe brokered a truce between the Mozambican government and Renamo rebels on Friday.'),
    (('ZWE', 'ZWEGOV'), ('MOZ', 'MOZREB', 'MOZINS'), _MEDIATE,
     'Zimbabwe brokered a truce between the Mozambican government and Renamo rebels on Friday.'),
    # a target reached through an institution or a place of another country
    (('VNM', 'VNMMIL'), ('THA', 'THACVL', 'THAGOV', 'THAMIL'), _FORCE,
     'Vietnamese troops shelled a Thai border village in Surin province on Monday.'),
    (('PAK', 'PAKCVL', 'PAKOPP', 'PAKREL'), ('USA', 'USAGOV'), _STORM + ('141', '140'),
     'Thousands of Pakistani protesters attacked the American Cultural Center in Islamabad on Friday.'),
    (('IRQ', 'IRQCOP', 'IRQGOV'), ('IRQ', 'IRQOPP', 'IRQREB', 'IRQINS', 'IRQPTY'), _REPRESS,
     'Iraqi police raided the offices of the Kurdistan Democratic Party in Baghdad on Tuesday.'),
    (('SDN', 'SDNCVL', 'SDNOPP'), ('EGY', 'EGYGOV'), _STORM + ('141', '140'),
     'Angry Sudanese protesters stoned the Egyptian embassy in Khartoum on Sunday.'),
    # acts on a state's people or property
    (('ARG', 'ARGMIL', 'ARGGOV'), ('TWN', 'TWNCVL', 'TWNGOV'), _SEIZE,
     'The Argentine navy seized two Taiwanese trawlers fishing illegally off Patagonia on Thursday.'),
    (('NGA', 'NGAGOV'), ('TCD', 'TCDCVL', 'TCDBUS', 'TCDGOV'), _EXPEL,
     'Nigeria on Monday expelled hundreds of Chadian traders from the northern city of Maiduguri.'),
    (('JPN', 'JPNGOV'), ('IRN', 'IRNGOV'), _FREEZE,
     'Japan on Wednesday froze Iranian assets in Japanese banks.'),
    (('IRN', 'IRNGOV', 'IRNCOP'), ('GBR', 'GBRCVL', 'GBRBUS', 'GBRGOV'), _DETAIN,
     'Iran has arrested four British engineers on charges of espionage, the Islamic Republic News Agency '
     'said on Saturday.'),
    # the target in an of-phrase or a possessor
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), _CRIT,
     "Pakistan on Tuesday condemned India's nuclear tests as a threat to regional peace."),
    (('AUS', 'AUSGOV'), ('IDN', 'IDNGOV'), _PRAISE,
     "Australia on Thursday welcomed Indonesia's decision to free 20 political prisoners."),
    (('TUN', 'TUNGOV'), ('USA', 'USAMIL', 'USAGOV'), _CRIT,
     'Tunisia on Tuesday deplored the bombing of Libya by American warplanes.'),
    # the target in a to/with/against/on/from phrase
    (('ZWE', 'ZWEGOV'), ('MOZ', 'MOZGOV'), _GIVE + ('15', '150'),
     'Zimbabwe on Tuesday sent 3,000 more troops to Mozambique to guard the Beira corridor.'),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), _SANCTION,
     'The United States imposed a trade embargo on Nicaragua on Wednesday.'),
    (('BRA', 'BRAGOV'), ('ARG', 'ARGGOV'), ('057', '06', '061', '03', '030', '04', '05'),
     'Brazil on Friday signed a nuclear cooperation agreement with Argentina.'),
    # the target in a relative clause or an apposition
    (('MYS', 'MYSCOP', 'MYSGOV', 'MYSMIL'), ('IDN', 'IDNCVL'), _DETAIN,
     'Malaysian police arrested 12 Indonesian fishermen who had strayed into Malaysian waters on Sunday.'),
    (('CHN', 'CHNGOV'), ('LAO', 'LAOGOV'), _MEET,
     'Chinese Premier Li Peng met Kaysone Phomvihane, the Laotian leader, in Beijing on Monday.'),
    # the target reached through a place
    (('IRQ', 'IRQMIL'), ('IRN', 'IRNCVL', 'IRNGOV'), _FORCE,
     'Iraqi missiles struck the Iranian holy city of Qom on Sunday.'),
    (('NIC', 'NICREB', 'NICINS'), ('NIC', 'NICCVL', 'NICGOV', 'NICMIL'), _FORCE,
     'Contra rebels attacked a Nicaraguan border town on Tuesday, killing six civilians.'),
    # the target only in the previous clause
    (('GRC', 'GRCGOV'), ('TUR', 'TURMIL', 'TURGOV', 'TURCOP'), _PROTEST,
     'Greek fishermen were arrested by Turkish coast guards off Lesbos on Sunday, and Athens lodged a '
     'protest.'),
    # a person who stands for his state
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _ACCUSE,
     'Indian Prime Minister Rajiv Gandhi accused Pakistani President Zia ul-Haq on Monday of aiding Sikh '
     'militants.'),
    (('SYR', 'SYRGOV'), ('IRN', 'IRNGOV'), _MEET,
     'Syrian President Hafez al-Assad on Monday received the Iranian foreign minister, Ali Akbar '
     'Velayati.'),
    # controls: no target party
    ((), (), _NONE,
     'Inflation in Argentina rose to 30 percent in June, the government said on Monday.'),
    ((), (), ('17', '18', '19'),
     'An earthquake killed 300 people in northern Iran on Thursday.'),
    ((), (), ('04', '05', '11'),
     'Chilean President Augusto Pinochet celebrated his 70th birthday on Monday.'),
]

B3: list[Row] = [
    # batch 3: written after the second fixes
    # the wronged party's reply in a later sentence, or after a passive first clause
    (('SAU', 'SAUGOV'), ('IRN', 'IRNMIL', 'IRNGOV'), _DEMAND,
     'Iranian gunboats attacked a Saudi tanker in the Gulf on Wednesday. Saudi Arabia demanded an apology.'),
    (('ISR', 'ISRGOV'), ('SYR', 'SYRMIL', 'SYRGOV'), _WARN + ('138', '13'),
     'Syrian gunners shelled an Israeli patrol in southern Lebanon on Monday. Israel vowed to retaliate.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGMIL', 'AFGGOV'), _PROTEST,
     'A Pakistani border post was shelled by Afghan troops on Tuesday, and Islamabad lodged a strong '
     'protest.'),
    (('THA', 'THAGOV'), ('MMR', 'MMRMIL', 'MMRGOV'), _DEMAND,
     'Two Thai fishing boats were seized by Burmese gunboats on Sunday, and Bangkok demanded their return.'),
    # reciprocal acts between two named parties
    (('IRQ', 'IRQGOV'), ('SYR', 'SYRGOV'), _TIES + ('16',),
     "Iraq and Syria closed each other's embassies on Wednesday."),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV', 'AZEMIL'), _ACCUSE,
     "Armenia and Azerbaijan on Sunday accused each other's forces of shelling civilians."),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('057', '05', '03', '030', '04', '046', '06', '061'),
     'Japan and China signed a long-term trade agreement in Beijing on Friday.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('054', '05', '050', '04', '046'),
     'Israel and Jordan exchanged ambassadors on Monday.'),
    # mediators and go-betweens
    (('VAT', 'VATGOV', 'VATREL'), ('CHL', 'CHLGOV'), _MEDIATE,
     'Pope John Paul II mediated between Chile and Argentina in their dispute over the Beagle Channel.'),
    (('VAT', 'VATGOV', 'VATREL'), ('ARG', 'ARGGOV'), _MEDIATE,
     'Pope John Paul II mediated between Chile and Argentina in their dispute over the Beagle Channel.'),
    # a target reached through an institution or a place of another country
    (('PER', 'PERREB', 'PERINS'), ('USA', 'USAGOV'), _FORCE,
     'Leftist guerrillas attacked the U.S. embassy in Lima with rockets on Monday, police said.'),
    (('IRN', 'IRNMIL'), ('KWT', 'KWTGOV', 'KWTBUS', 'KWTCVL'), _FORCE,
     'Iranian gunboats shelled a Kuwaiti oil platform in the northern Gulf on Tuesday.'),
    (('BGD', 'BGDMIL', 'BGDGOV', 'BGDCOP'), ('IND', 'INDMIL', 'INDGOV', 'INDCOP'), _FORCE,
     'Bangladeshi border guards fired on an Indian border outpost on Friday, wounding two soldiers.'),
    (('HRV', 'SRB', 'YUG', 'SRBMIL', 'YUGMIL', 'HRVREB', 'HRVMIL'), ('HRV', 'HRVCVL', 'HRVGOV', 'HRVMIL'),
     _FORCE, 'Serb gunners shelled the Croatian port of Dubrovnik on Sunday.'),
    # acts on a state's people or property
    (('KEN', 'KENGOV'), ('UGA', 'UGACVL', 'UGAGOV'), _EXPEL,
     'Kenya on Thursday deported 50 Ugandan nationals accused of spying.'),
    (('IDN', 'IDNGOV', 'IDNMIL'), ('PHL', 'PHLCVL', 'PHLGOV'), _SEIZE,
     'Indonesia confiscated a Philippine fishing vessel off Sulawesi on Monday.'),
    (('BOL', 'BOLGOV'), ('USA', 'USABUS', 'USAGOV'), _SEIZE,
     'Bolivia on Wednesday nationalised the assets of an American mining company.'),
    # the target in an of-phrase or a possessor
    (('GBR', 'GBRGOV'), ('ARG', 'ARGGOV', 'ARGMIL', 'ARGCOP'), _PROTEST,
     "Britain on Tuesday protested Argentina's arrest of three British fishermen."),
    (('IGOAFROAU', 'IGO'), ('ZAF', 'ZAFGOV', 'ZAFMIL'), _CRIT,
     "The Organisation of African Unity on Friday condemned South Africa's raid on Botswana."),
    # the target in a to/with/against/on/from phrase
    (('FRA', 'FRAGOV'), ('DZA', 'DZAGOV'), _GIVE,
     'France on Thursday extended a $100 million credit to Algeria.'),
    (('EGY', 'EGYGOV'), ('SDN', 'SDNGOV'), _PROTEST + ('115',),
     'Egypt on Wednesday lodged a complaint against Sudan with the U.N. Security Council.'),
    # the target in a relative clause or an apposition
    (('THA', 'THAMIL', 'THAGOV'), ('MMR', 'MMREDU', 'MMRCVL', 'MMROPP'), _DETAIN,
     'Thai soldiers arrested 30 Burmese students who had fled across the border on Sunday.'),
    (('JOR', 'JORGOV'), ('PSE', 'PSEGOV', 'PSEREB', 'PSEINS'), _MEET,
     "Jordan's King Hussein received Yasser Arafat, the PLO chairman, in Amman on Tuesday."),
    # the target only in the previous clause
    (('UGA', 'UGAGOV'), ('KEN', 'KENGOV'), _ACCUSE + _TIES,
     'Uganda recalled its ambassador from Kenya on Monday, accusing its neighbour of harbouring rebels.'),
    # a person who stands for his state
    (('EGY', 'EGYGOV'), ('SAU', 'SAUGOV'), _MEET,
     'Egyptian President Hosni Mubarak telephoned King Fahd of Saudi Arabia on Sunday.'),
    (('USR', 'SUN', 'USRGOV'), ('DEU', 'DEUGOV'), _PRAISE + ('057', '018'),
     'Soviet leader Mikhail Gorbachev on Friday praised West German Chancellor Helmut Kohl.'),
    # controls: no target party
    ((), (), _NONE,
     "Ghana's currency fell 10 percent against the dollar on Monday."),
    ((), (), ('17', '18', '19'),
     'A bus plunged into a ravine in northern Pakistan on Sunday, killing 40 passengers.'),
    ((), (), ('11', '12', '16', '17', '18', '19'),
     "Israel's Labour Party chose Shimon Peres as its leader on Tuesday."),
]

B4: list[Row] = [
    # batch 4: written after the third run, harder shapes of the same classes
    # a target reached through an institution, a residence or a party's seat
    (('IRQ', 'IRQMIL'), ('FRA', 'FRAGOV'), _STORM,
     "Iraqi troops stormed the residence of the French ambassador in Kuwait City on Saturday."),
    (('LBN', 'LBNREB', 'LBNUAF', 'LBNMIL', 'LBNINS', 'LBNREL'), ('KOR', 'KORGOV'), _FORCE + ('181',),
     'Moslem militiamen kidnapped a South Korean diplomat in west Beirut on Wednesday.'),
    (('IDN', 'IDNCOP', 'IDNMIL', 'IDNGOV'), ('IDN', 'IDNOPP', 'IDNPTY'), _REPRESS + ('1711',),
     'Security forces raided the Jakarta headquarters of the opposition Indonesian Democratic Party on '
     'Saturday.'),
    (('SYR', 'SYRGOV'), ('IRQ', 'IRQGOV'), _FREEZE,
     'Syria on Monday froze the bank accounts of the Iraqi embassy in Damascus.'),
    # a person who stands for his state
    (('UGA', 'UGAGOV'), ('SDN', 'SDNGOV'), _EXPEL,
     "Uganda on Monday expelled the Sudanese charge d'affaires."),
    (('MAR', 'MARGOV'), ('DZA', 'DZAGOV'), _MEET,
     "King Hassan of Morocco on Thursday received the Algerian president's special envoy in Rabat."),
    (('TUR', 'TURGOV'), ('GRC', 'GRCGOV'), _CRIT,
     'Turkish Prime Minister Turgut Ozal on Sunday criticised Greek Premier Andreas Papandreou for '
     'blocking the talks.'),
    # reactions in a later sentence
    (('IRN', 'IRNMIL'), ('IRQ', 'IRQMIL', 'IRQGOV'), _FORCE,
     'Iraqi jets raided the Iranian city of Dezful on Tuesday. Hours later, Iranian artillery opened fire '
     'along the southern front.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRMIL', 'ISRGOV'), _CRIT + ('11',),
     'Israeli commandos raided a Palestinian guerrilla base in southern Lebanon on Sunday. Syria condemned '
     'the operation.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNMIL', 'CHNGOV'), _ACCUSE,
     'Chinese gunboats sank three Vietnamese transport ships near the Spratly Islands on Monday. Vietnam '
     'called the attack a grave violation of its sovereignty.'),
    # mediators and go-betweens
    (('KEN', 'KENGOV'), ('UGA', 'UGAGOV'), _MEDIATE,
     'Kenyan President Daniel arap Moi acted as a mediator between the Ugandan government and the rebels.'),
    (('USA', 'USAGOV'), ('ETH', 'ETHGOV'), _MEDIATE,
     'Talks between Ethiopia and Eritrea, brokered by the United States, opened in Kigali on Monday.'),
    # the target in an of-phrase or a possessor
    (('JPN', 'JPNGOV'), ('USR', 'SUN', 'USRGOV', 'USRMIL'), _PROTEST,
     'Japan on Tuesday protested the seizure of a Japanese trawler by Soviet patrol boats.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURCOP', 'TURGOV'), _CRIT,
     'Greece on Friday denounced the arrest of two Greek journalists by Turkish police.'),
    (('JOR', 'JORGOV'), ('SYR', 'SYRGOV'), _PRAISE,
     "Jordan on Sunday welcomed Syria's decision to reopen the border."),
    # the target in a to/with/against/on/from phrase
    (('TCD', 'TCDGOV'), ('LBY', 'LBYGOV'), _TIES,
     'Chad on Friday withdrew its ambassador to Libya.'),
    (('KWT', 'KWTGOV'), ('JOR', 'JORGOV'), _SANCTION,
     'Kuwait on Wednesday cut off oil supplies to Jordan.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV'), _PROTEST,
     "Pakistan on Monday lodged a protest with Afghanistan's charge d'affaires in Islamabad."),
    # the target in a relative clause
    (('LKA', 'LKAMIL'), ('LKA', 'LKAREB', 'LKAINS'), _FORCE,
     'Sri Lankan troops killed 12 Tamil rebels who tried to storm an army camp near Jaffna on Thursday.'),
    (('USA', 'USAGOV'), ('USR', 'SUN', 'USRGOV'), _EXPEL,
     'The United States on Friday expelled a Soviet diplomat who was caught receiving secret documents.'),
    # the target reached through a place
    (('ETH', 'ETHMIL'), ('SOM', 'SOMCVL', 'SOMGOV'), _FORCE,
     'Ethiopian jets bombed the Somali town of Belet Huen on Monday.'),
    (('AGO', 'AGOREB', 'AGOINS'), ('AGO', 'AGOCVL', 'AGOGOV', 'AGOMIL'), _FORCE,
     'UNITA gunners shelled the Angolan provincial capital of Cuito on Tuesday.'),
    # reciprocal acts between two named parties
    (('IND', 'INDGOV'), ('CHN', 'CHNGOV'), _MEET,
     'India and China held border talks in Beijing on Monday.'),
    (('CHN', 'CHNGOV'), ('IND', 'INDGOV'), _MEET,
     'India and China held border talks in Beijing on Monday.'),
    # the target only in the previous clause
    (('LBY', 'LBYGOV'), ('TUN', 'TUNGOV'), _ACCUSE + _EXPEL,
     'Libya expelled two Tunisian diplomats on Monday and accused their government of plotting against '
     'Tripoli.'),
    # controls: no target party
    ((), (), _NONE,
     "Brazil's coffee harvest fell 20 percent this year, the government said on Tuesday."),
    ((), (), ('14', '17', '18', '19'),
     'Fire destroyed the main market in Lagos on Friday.'),
]

BATCHES: dict[str, list[Row]] = {"batch1": B1, "batch2": B2, "batch3": B3, "batch4": B4}
ALL39: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
