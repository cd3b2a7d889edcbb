"""Long-lead probes of the twenty-sixth session (wip/clauses28): GSR-style agency leads of 1985-2005 (dated
2000-01-01 as the GSR records are), written blind, whose act the plain subject-verb-object reading does
not hold: threats told as a fronted condition ("Unless X ..., Y will ..., officials warned"), conditional
threats whose target is in the if-clause, sentence-initial participles ("Accusing ...", "Citing ...",
"Denouncing ...", "Rejecting ..."), subjects after a fronted as- or since-clause, mediation told by the
mediator, "including" and "such as" lists as parties, acts in relative clauses and appositions, "amid",
"in response to", "a day after", "in a bid to", "following", two acts joined by "and" with different
subjects, and headline-like fragments; with controls where no act or another party is right (real
conditions that are no threat, "as" meaning "while" with no act, a mediator's offer that is 039).

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it.

First run (main 42970a4, 88 rows), country + root / actor + root / actor + code: 54 / 50 / 47. At the
branch's end 77 / 73 / 72; one row corrected as a writing error (rejecting a U.N. demand to withdraw troops
is the codebook's 1246, added to the row's codes; the row passed on its root before).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_ACCUSE = ('112', '1121', '1122', '1123', '1124', '1125', '111')
_THREAT_FORCE = ('138', '130', '1381', '1382', '1383', '139')
_THREAT_ANY = ('130', '131', '1311', '1312', '1313', '132', '134', '136', '138', '139')
_VISIT = ('042', '043', '040', '046', '036')

CLAUSES28: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    # -- a threat told as a fronted condition
    (('USA', 'USAGOV'), ('IRQ', 'IRQGOV'), _THREAT_FORCE,
     'Unless Baghdad allows the inspectors back, the United States will take military action, the State '
     'Department warned on Friday.'),
    (('JPN', 'JPNGOV'), ('PRK', 'PRKGOV'), ('1311', '131', '130'),
     'If Pyongyang goes ahead with the missile test, Japan will cut off all aid to North Korea, the chief '
     'cabinet secretary said.'),
    (('LKAGOV', 'LKA', 'LKAMIL'), ('LKAREB',), _THREAT_FORCE,
     'If the Tamil Tiger rebels do not lay down their arms by Friday, the army will crush them, the Sri '
     'Lankan defence minister warned.'),
    (('PSE', 'PSEGOV'), ('ISR', 'ISRGOV'), _THREAT_ANY,
     'Unless Israel halts settlement building, the Palestinians will walk out of the peace talks, their '
     'chief negotiator warned on Sunday.'),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('TWN', 'TWNGOV'), _THREAT_FORCE,
     'Should Taiwan declare independence, China will use force to reunify the island, a senior Chinese '
     'general said.'),
    (('IRQ', 'IRQGOV'), ('IGO',), _THREAT_ANY,
     'Unless the embargo is lifted, Iraq will stop cooperating with U.N. weapons inspectors, the deputy '
     'prime minister said in Baghdad.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), _THREAT_ANY,
     'Unless North Korea opens its nuclear sites to inspection, the United States will seek U.N. '
     'sanctions against Pyongyang, a State Department official said.'),
    (('LBY', 'LBYGOV'), ('IGO',), _THREAT_ANY,
     'If the Security Council approves new sanctions, Libya will quit the United Nations, Libyan officials '
     'said on Thursday.'),
    ((), (), ('130', '131', '138'),
     'If the weather holds, the two foreign ministers will meet in Geneva on Thursday to sign the accord.'),
    ((), (), ('130', '131', '138'),
     'If approved by parliament, the agreement will allow Japanese troops to join U.N. peacekeeping '
     'missions.'),
    ((), (), ('130', '131', '138'),
     'If elected, the opposition leader has promised to restore diplomatic relations with Cuba.'),
    # -- a conditional threat whose target is in the if-clause
    (('ISR', 'ISRGOV'), ('LBN', 'LBNREB', 'LBNUAF'), _THREAT_FORCE,
     'Israel will retaliate if Hezbollah guerrillas attack northern towns again, the defence minister '
     'warned.'),
    (('TUR', 'TURGOV'), ('IRQREB', 'TURREB', 'IRQ'), _THREAT_FORCE,
     'Turkey will send troops into northern Iraq if Kurdish rebels keep using the region as a base, the '
     'Turkish prime minister said.'),
    (('IND', 'INDMIL', 'INDGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), _THREAT_FORCE,
     'India will respond militarily if Pakistan does not stop infiltration across the Line of Control, '
     'the Indian army chief warned.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), _THREAT_ANY,
     'Greece will block Turkey\'s bid to join the European Union if Ankara does not withdraw its troops '
     'from Cyprus, the Greek foreign minister warned.'),
    (('RUS', 'RUSGOV'), ('IGO',), _THREAT_ANY,
     'Moscow will break off all cooperation with NATO if the alliance attacks Yugoslavia, the Russian '
     'foreign minister warned.'),
    ((), (), ('130', '131', '138'),
     'Russia will attend the summit if the United States sends its secretary of state, a Kremlin '
     'spokesman said.'),
    ((), (), ('130', '131', '138'),
     'If the talks fail, the two sides will meet again next month in Cairo, a mediator said.'),
    # -- a sentence-initial participle
    (('PRK', 'PRKGOV', 'PRKMIL'), ('KOR', 'KORGOV'), _ACCUSE,
     'Accusing Seoul of preparing for war, North Korea put its troops on high alert on Monday.'),
    (('ISR', 'ISRGOV', 'ISRMIL'), ('PSE', 'PSECVL', 'PSEGOV'), ('191', '172', '1724', '174', '162', '190'),
     'Citing security concerns, Israel sealed off the West Bank and Gaza Strip on Sunday.'),
    (('TUR', 'TURGOV'), ('FRA', 'FRAGOV'), ('161', '160'),
     'Denouncing the vote as an insult to the Turkish nation, Turkey recalled its ambassador from Paris.'),
    (('RUSMIL', 'RUS'), ('RUS', 'RUSCVL', 'RUSREB'), ('194', '190', '195'),
     'Rejecting calls for a ceasefire, Russian forces pounded Grozny with artillery on Friday.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV', 'USAMIL'), _ACCUSE,
     'Accusing Washington of violating its airspace, China lodged a formal protest with the United '
     'States.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('114', '111', '112'),
     'Accusing Washington of violating its airspace, China lodged a formal protest with the United '
     'States.'),
    (('IGO',), ('KEN', 'KENGOV'), ('1621', '162', '160'),
     'Citing human rights abuses, the European Union suspended aid to Kenya.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), _ACCUSE,
     'Blaming Pakistan for the attack on parliament, India massed troops along the border.'),
    (('INDMIL', 'IND', 'INDGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), ('150', '152', '154'),
     'Blaming Pakistan for the attack on parliament, India massed troops along the border.'),
    (('NZL', 'NZLGOV'), ('FRA', 'FRAGOV'), ('161', '160'),
     'Protesting against the nuclear tests, New Zealand recalled its ambassador from Paris.'),
    (('USAMIL', 'USA'), ('IRQ', 'IRQMIL'), ('195', '190'),
     'Citing Iraqi violations of the no-fly zone, U.S. warplanes attacked air defence sites near Basra.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('120', '125', '1241', '1242', '128', '129'),
     'Rejecting a U.N. ultimatum, Iraq said it would not allow inspectors to enter presidential palaces.'),
    (('LBYGOV', 'LBY'), ('NER', 'NERGOV'), _VISIT,
     'Defying a U.N. flight ban, the Libyan leader flew to Niger for talks with its president.'),
    (('KENOPP', 'KEN'), ('KENGOV', 'KEN'), _ACCUSE,
     'Accusing the government of rigging the election, opposition supporters clashed with police in '
     'Nairobi.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('166', '160'),
     'Angered by the arrest of its consul, Russia expelled a Georgian diplomat.'),
    (('IGO',), ('SLE', 'SLEMIL', 'SLEGOV'), ('100', '104', '1041', '1043', '111', '112'),
     'Condemning the coup, the Organisation of African Unity demanded the immediate restoration of the '
     'elected government in Sierra Leone.'),
    # -- a subject after a fronted as- or since-clause
    (('FRAGOV', 'FRA'), ('RUS', 'RUSGOV'), _VISIT,
     'As fighting raged in Grozny, France\'s foreign minister flew to Moscow for talks with Russian '
     'leaders.'),
    (('IGO',), ('IRQ', 'IRQGOV'), _VISIT,
     'As the crisis deepened, the U.N. secretary-general flew to Baghdad for talks with Iraqi officials.'),
    (('MKD', 'MKDGOV'), ('IGO',), ('020', '023', '0234', '025'),
     'As thousands of refugees poured across the border, Macedonia appealed to NATO for help.'),
    (('IGO',), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'SRBMIL'), ('195', '190'),
     'As the deadline passed, NATO aircraft began bombing targets across Yugoslavia.'),
    (('ISRMIL', 'ISR'), ('PSE', 'PSECVL', 'PSEREB'), ('190', '193', '171', '1711', '173'),
     'Since the peace talks collapsed, Israeli troops have raided Palestinian towns almost daily.'),
    (('BIHGOV', 'BIH'), ('IGO',), ('020', '023', '0234', '025', '028'),
     'As Serb forces pressed their offensive, the Bosnian government appealed to the United Nations for '
     'air strikes.'),
    (('ECUGOV', 'ECU'), ('USA', 'USAGOV'), _VISIT + ('020', '028'),
     'As the border clashes continued, Ecuador\'s foreign minister flew to Washington to seek U.S. '
     'mediation.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('160', '162', '1621', '163'),
     'Because Iran had refused inspections, the United States blocked a World Bank loan to Tehran.'),
    ((), (), ('04', '19'),
     'As the talks dragged on, prices on the Tel Aviv stock exchange fell sharply.'),
    ((), (), ('19', '06'),
     'Since the war ended, trade between the two countries has tripled.'),
    ((), (), ('04',),
     'As a young man, the president studied law in Paris and Geneva.'),
    # -- mediation told by the mediator
    (('KEN', 'KENGOV'), ('SDNGOV', 'SDN'), ('045', '040', '046'),
     'Kenya mediated between the Sudanese government and the SPLA rebels in Nairobi.'),
    (('KEN', 'KENGOV'), ('SDNREB',), ('045', '040', '046'),
     'Kenya mediated between the Sudanese government and the SPLA rebels in Nairobi.'),
    (('NOR', 'NORGOV'), ('ISR', 'ISRGOV'), ('045', '040'),
     'Norway brokered the secret talks between Israel and the PLO that led to the Oslo accords.'),
    (('NOR', 'NORGOV'), ('LKAGOV', 'LKA'), ('045', '040'),
     'Talks mediated by Norway between the Sri Lankan government and the Tamil Tigers opened in Geneva '
     'on Friday.'),
    (('LKAGOV', 'LKA'), ('LKAREB',), ('046', '040'),
     'Talks mediated by Norway between the Sri Lankan government and the Tamil Tigers opened in Geneva '
     'on Friday.'),
    (('VAT',), ('CHL', 'CHLGOV'), ('045', '040'),
     'The Vatican mediated a settlement of the Beagle Channel dispute between Chile and Argentina.'),
    (('CHN', 'CHNGOV'), ('PRK', 'PRKGOV'), ('045', '040', '043'),
     'Talks between the two Koreas, brokered by China, opened in Beijing on Tuesday.'),
    (('USAGOV', 'USA'), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('045', '040', '042', '043', '046'),
     'A U.S. envoy shuttled between Belgrade and Pristina in a bid to avert NATO air strikes.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'SYR', 'SYRGOV'), ('039', '030', '036'),
     'Egypt offered to mediate between Israel and Syria in their dispute over the Golan Heights.'),
    ((), (), ('045',),
     'Egypt offered to mediate between Israel and Syria in their dispute over the Golan Heights.'),
    # -- "including" and "such as" lists as parties
    (('CHN', 'CHNGOV'), ('IGO',), ('111', '112', '110'),
     'Several countries, including China and Russia, condemned the NATO bombing of Yugoslavia.'),
    (('RUS', 'RUSGOV'), ('IGO',), ('111', '112', '110'),
     'Several countries, including China and Russia, condemned the NATO bombing of Yugoslavia.'),
    (('GBR', 'GBRGOV'), ('MMR', 'MMRGOV'), ('1621', '162', '160'),
     'Western governments, including Britain and France, suspended aid to Burma after the crackdown.'),
    (('FRA', 'FRAGOV'), ('MMR', 'MMRGOV'), ('1621', '162', '160'),
     'Western governments, including Britain and France, suspended aid to Burma after the crackdown.'),
    (('SYR', 'SYRGOV'), ('EGY', 'EGYGOV'), ('111', '112', '110'),
     'Arab states such as Syria and Libya denounced Egypt for signing a peace treaty with Israel.'),
    (('LBY', 'LBYGOV'), ('EGY', 'EGYGOV'), ('111', '112', '110'),
     'Arab states such as Syria and Libya denounced Egypt for signing a peace treaty with Israel.'),
    (('USA', 'USAGOV'), ('IRN', 'IRNGOV'), ('163', '160'),
     'The United States imposed sanctions on several countries, including Iran and Libya.'),
    (('USA', 'USAGOV'), ('LBY', 'LBYGOV'), ('163', '160'),
     'The United States imposed sanctions on several countries, including Iran and Libya.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('055',),
     'Japan apologised to its Asian neighbours, including South Korea, for its wartime aggression.'),
    (('DEU', 'DEUGOV'), ('IRN', 'IRNGOV'), ('161', '160'),
     'Several European states, among them Germany and Italy, recalled their ambassadors from Tehran.'),
    (('ITA', 'ITAGOV'), ('IRN', 'IRNGOV'), ('161', '160'),
     'Several European states, among them Germany and Italy, recalled their ambassadors from Tehran.'),
    ((), (), ('16', '11'),
     'Several Asian currencies, including the Thai baht, fell sharply on Monday.'),
    # -- relative clauses, appositions, amid, in response to, a day after, in a bid to, following
    (('IRQ', 'IRQGOV'), ('IGO',), ('120', '125', '128', '1241', '1246', '12'),
     'Iraq, which invaded Kuwait in August, rejected a U.N. demand to withdraw its troops on Sunday.'),
    (('PAK', 'PAKMIL'), ('IND', 'INDMIL'), ('190', '193', '194'),
     'Pakistani troops fired on Indian positions in Kashmir, which both countries claim, the Indian army '
     'said.'),
    (('SYR', 'SYRGOV'), ('ISR', 'ISRMIL', 'ISRGOV'), ('111', '112', '110'),
     'Syria condemned the Israeli air raid, which killed 12 people in southern Lebanon.'),
    (('PSE', 'PSEGOV'), ('EGY', 'EGYGOV'), ('040', '043', '042', '046'),
     'The Palestinian leader, Yasser Arafat, met the Egyptian president in Cairo on Tuesday.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV', 'ERIMIL'), _ACCUSE,
     'Amid reports of fresh fighting, Ethiopia accused Eritrea of launching a new offensive on the '
     'western front.'),
    (('USA', 'USAMIL', 'USAGOV'), ('AFG', 'AFGREB', 'AFGGOV'), ('195', '190'),
     'In response to the embassy bombings, the United States fired cruise missiles at targets in '
     'Afghanistan and Sudan.'),
    (('USAMIL', 'USA', 'USAGOV'), ('SDN', 'SDNGOV', 'SDNBUS'), ('195', '190'),
     'In response to the embassy bombings, the United States fired cruise missiles at targets in '
     'Afghanistan and Sudan.'),
    (('JPN', 'JPNGOV'), ('IND', 'INDGOV'), ('1621', '162', '160'),
     'In response to the nuclear tests, Japan froze new loans to India.'),
    (('DZAGOV', 'DZA'), ('DZAREB',), _THREAT_FORCE,
     'A day after the massacre, the Algerian government vowed to wipe out the Islamic militants.'),
    (('AGOREB', 'AGO', 'AGOOPP'), ('AGOGOV', 'AGO'), _ACCUSE,
     'A day after the talks collapsed, UNITA rebel leader Jonas Savimbi accused the Angolan government of '
     'preparing a new offensive.'),
    (('SDNGOV', 'SDN'), ('SDNREB',), ('030', '035', '0356', '036', '039', '086'),
     'In a bid to end the civil war, the Sudanese government offered the southern rebels a ceasefire.'),
    (('JOR', 'JORGOV'), ('LBY', 'LBYGOV'), ('161', '160', '1612'),
     'Following the assassination of its ambassador, Jordan broke off diplomatic relations with Libya.'),
    (('ISRMIL', 'ISR'), ('LBN', 'LBNREB', 'LBNUAF'), ('195', '190'),
     'Following a rocket attack on Kiryat Shmona, Israeli jets bombed Hezbollah targets in southern '
     'Lebanon.'),
    # -- two acts joined by "and" with different subjects
    (('IRQ', 'IRQMIL'), ('ISR', 'ISRCVL'), ('195', '190'),
     'Iraq fired Scud missiles at Israel and the Israeli government vowed to retaliate.'),
    (('ISR', 'ISRGOV'), ('IRQ', 'IRQGOV'), _THREAT_FORCE,
     'Iraq fired Scud missiles at Israel and the Israeli government vowed to retaliate.'),
    (('ARM', 'ARMMIL'), ('AZE', 'AZECVL'), ('194', '190'),
     'Armenian forces shelled Azerbaijani villages and Azerbaijan appealed to the United Nations for help.'),
    (('AZE', 'AZEGOV'), ('IGO',), ('020', '023', '0234', '025', '028'),
     'Armenian forces shelled Azerbaijani villages and Azerbaijan appealed to the United Nations for help.'),
    # -- headline-like fragments
    (('IRN', 'IRNGOV'), ('USA', 'USAGOV'), _ACCUSE,
     'Iran says U.S. plotting against Islamic republic'),
    (('CHN', 'CHNGOV'), ('TWN', 'TWNGOV'), ('130', '131', '138'),
     'China warns Taiwan against independence moves'),
    (('SYR', 'SYRGOV', 'LBN', 'LBNGOV'), ('LBN', 'LBNGOV', 'SYR', 'SYRGOV'), ('057', '050'),
     'Syria, Lebanon sign security pact'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('111', '114', '112'),
     'Pakistan test-fires missile, India protests'),
]

BATCHES: dict[str, list[Row]] = {"batch1": CLAUSES28}
ALL28: list[Row] = [row for rows in BATCHES.values() for row in rows]


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows)
