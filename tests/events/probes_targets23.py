"""Probes of the twenty-first session (wip/targets23): who the act is done TO. One- or two-sentence
leads in wire style, written in one batch and committed before the coder was run on them, over the
event types whose recipient the PLOVER unread half gets wrong (accuse, reject, request / demand,
protest, threaten, agree, sanction, aid, consult) and over the ways English copy names a recipient:
a possessor or of-phrase ("rejected Moscow's offer"), a preposition ("outside the U.S. embassy",
"blamed ... on", "sanctions on", "aid to", "talks between A and B"), a nominal act ("X's rejection of
Y's plan", "a protest note to"), a passive or reversed frame ("was accused by", "faced criticism from",
"received aid from"), places and makers that are no party ("the U.S. embassy in Seoul", "Russian-made
jets"), and sentences with no target an analyst would write down.

A row holds the accepted sources, targets (country + first sector, or the country alone; IGO and NGO
codes compare on those three letters) and CAMEO roots an analyst would accept. A row with NO accepted
target (an empty tuple) passes when no coded triple has one of its roots. `tests/events/
test_probes_targets23.py` runs them (actor + root); `python tests/events/probes_targets23.py` prints
the pass counts and each miss.

First run, blind (main at 9e965a2), batches 1-7 (82 rows): country + root 75, actor + root 72. Three
rows were corrected after it, where the writing broke the conventions: "dismissed NATO's accusations"
may be the codebook's 016 (deny an accusation), and protesters and demonstrators are OPP
(docs/actors.md), so "Chinese protesters" and "Demonstrators in Athens" accept CHNOPP and GRCOPP.
Batch 8 (30 harder rows) was written after that run and committed before the coder was run on it:
first run on main 22 / 22 of 30. Batch 9 (18 rows in the CAMEO manual's register) was written after the
fixes and committed before any run: first run 15 / 15 of 18 on main and on the branch as it then was
(the three misses, a protest's aim and a condemned act after its as-phrase, were then fixed). The branch
at its end: 121 / 121 of 130.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

TARGETS: list[Row] = [
    # batch 1: the recipient as a possessor or in an of-phrase
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('12',),
     "Kyiv rejected Moscow's offer of a temporary ceasefire on Thursday."),
    (('CAN', 'CANGOV'), ('SAU', 'SAUGOV'), ('11',),
     'Canada denounced the execution of a Saudi dissident by the authorities in Riyadh.'),
    (('CHN', 'CHNGOV'), ('JPN', 'JPNGOV'), ('11',),
     "The Chinese foreign ministry criticised Japan's decision to release waste water from the "
     "damaged nuclear plant into the sea."),
    (('KOR', 'KORGOV'), ('JPN', 'JPNGOV'), ('05', '01'),
     "South Korea welcomed Tokyo's apology for the use of forced labour during the war."),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('11',),
     "Egypt condemned Israel's settlement policy in the occupied West Bank."),
    (('BRA', 'BRAGOV'), ('IGO',), ('12',),
     "Brazil's president rejected the demands of the International Monetary Fund for deeper spending "
     "cuts."),
    (('NGA', 'NGAGOV'), ('NGO',), ('12',),
     "The Nigerian government dismissed Amnesty International's report on killings by soldiers in the "
     "Niger Delta."),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('11',),
     "Pakistan protested India's decision to build a dam on the Chenab river."),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), ('12',),
     "Indonesia rejected Australia's request to extradite the two convicted drug smugglers."),
    (('SRB', 'SRBGOV'), ('HRV', 'HRVGOV'), ('12',),
     'Serbia turned down a Croatian request for the return of paintings taken during the war.'),
    (('COL', 'COLGOV'), ('VEN', 'VENGOV'), ('05',),
     "Colombia's president praised Venezuela's role in the peace talks with the rebels."),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('12',),
     "Cuba rejected the U.S. State Department's annual human rights report as a pack of lies."),
    (('RUS', 'RUSGOV'), ('IGO',), ('12', '01'),
     "The Kremlin dismissed NATO's accusations as propaganda."),
    # batch 2: the recipient in a prepositional phrase (protest, blame, demand, sanction, aid, talks)
    (('CHN', 'CHNCVL', 'CHNEDU'), ('USA', 'USAGOV'), ('14',),
     'Thousands of Chinese students demonstrated outside the U.S. embassy in Beijing against the '
     'bombing of their embassy in Belgrade.'),
    (('KOR', 'KORCVL'), ('JPN', 'JPNGOV'), ('14',),
     "Hundreds of South Koreans rallied in Seoul over Japan's history textbooks."),
    (('PAK', 'PAKCVL'), ('USA', 'USAMIL', 'USAGOV'), ('14',),
     'Thousands of Pakistanis protested in Karachi against U.S. drone strikes in the tribal areas.'),
    (('PHL', 'PHLCVL', 'PHLAGR', 'PHLLAB'), ('CHN', 'CHNGOV', 'CHNMIL'), ('14',),
     'Filipino fishermen staged a rally in Manila against Chinese incursions in the South China Sea.'),
    (('AFG', 'AFGGOV'), ('PAK', 'PAKGOV', 'PAKSPY', 'PAKMIL'), ('11',),
     "The Afghan government blamed the bombing on Pakistan's intelligence service."),
    (('LKA', 'LKAMIL'), ('LKA', 'LKAREB', 'LKAINS'), ('11',),
     "Sri Lanka's army blamed the attack on Tamil Tiger rebels."),
    (('GBR', 'GBRGOV'), ('ZWE', 'ZWEGOV'), ('02', '10'),
     'Britain called for Zimbabwe to hold free and fair elections.'),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV', 'USAMIL'), ('02', '10'),
     'Japan asked the United States to hand over the sailor accused of the assault in Okinawa.'),
    (('MNG', 'MNGGOV'), ('JPN', 'JPNGOV'), ('02',),
     'Mongolia asked Japan for help in building a new international airport.'),
    (('IRQ', 'IRQLEG'), ('USA', 'USAMIL'), ('10', '02'),
     "Iraq's parliament called on American troops to leave the country."),
    (('USA', 'USAGOV'), ('IRN', 'IRNBUS', 'IRNGOV'), ('16',),
     'Washington imposed new sanctions on Iranian banks on Monday.'),
    (('CAN', 'CANGOV'), ('VEN', 'VENGOV'), ('16',),
     'Canada announced sanctions against senior Venezuelan officials over the disputed election.'),
    (('IGO',), ('CHN', 'CHNGOV'), ('16',),
     'The European Union extended its arms embargo on China for another year.'),
    (('JPN', 'JPNGOV'), ('BGD', 'BGDGOV', 'BGDCVL'), ('07', '03'),
     'Japan will give $100 million in emergency aid to flood-hit Bangladesh.'),
    (('IGO',), ('VNM', 'VNMGOV'), ('07', '05', '03'),
     'The Asian Development Bank approved a $500 million loan to Vietnam to upgrade its power grid.'),
    (('IND', 'INDGOV'), ('BGD', 'BGDGOV'), ('05', '03'),
     'India reached an agreement with Bangladesh on sharing the waters of the Teesta river.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('04',),
     'Talks between Armenia and Azerbaijan on Nagorno-Karabakh ended without a deal in Geneva.'),
    (('IDN', 'IDNGOV'), ('AUS', 'AUSGOV'), ('04',),
     'The Indonesian foreign minister held talks with his Australian counterpart on people smuggling.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('03', '05'),
     'Ethiopia agreed with Eritrea to reopen the border crossings between the two countries.'),
    (('ARG', 'ARGGOV'), ('GBR', 'GBRGOV'), ('11', '14'),
     "Argentina's foreign minister protested to Britain over oil drilling near the Falklands."),
    # batch 3: nominal acts
    (('KOR', 'KORGOV'), ('PRK', 'PRKGOV'), ('12',),
     "Seoul's rejection of Pyongyang's proposal for military talks deepened the stalemate on Monday."),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('11',),
     'Vietnam handed a protest note to the Chinese ambassador over the oil rig.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV', 'ETHMIL'), ('11',),
     'In a letter to the U.N. Secretary-General, Eritrea accused Ethiopia of occupying its territory.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV', 'TURMIL'), ('11',),
     'Greece filed a complaint against Turkey with the European Commission over airspace violations.'),
    (('MEX', 'MEXGOV'), ('USA', 'USAGOV'), ('11',),
     'Mexico filed a complaint against the United States at the WTO over tuna labelling rules.'),
    (('CHL', 'CHLGOV'), ('BOL', 'BOLGOV'), ('11',),
     "Chile's foreign minister sent a letter of protest to the Bolivian government over the border "
     "incident."),
    (('PHL', 'PHLGOV'), ('CHN', 'CHNGOV'), ('11',),
     "The Philippines summoned China's ambassador over the harassment of its fishermen near "
     "Scarborough Shoal."),
    # batch 4: passives and reversed frames
    (('IGO',), ('MMR', 'MMRGOV', 'MMRMIL'), ('11',),
     'Myanmar was accused by the United Nations of ethnic cleansing against the Rohingya.'),
    (('IGO',), ('HUN', 'HUNGOV'), ('11',),
     'Hungary faced sharp criticism from the European Union over its new media law.'),
    (('IGO',), ('SDN', 'SDNGOV'), ('10', '02'),
     'The Sudanese government came under pressure from the Arab League to accept peacekeepers in Darfur.'),
    (('CUB', 'CUBGOV'), ('HTI', 'HTIGOV', 'HTICVL'), ('07',),
     'Haiti received 50 tonnes of medical supplies from Cuba after the hurricane.'),
    (('ECU', 'ECUGOV'), ('COL', 'COLGOV', 'COLMIL'), ('11',),
     'Colombia was criticised by Ecuador for the cross-border raid on a rebel camp.'),
    (('COL', 'COLGOV'), ('VEN', 'VENGOV'), ('12',),
     "Venezuela's offer of talks was rebuffed by Colombia."),
    (('CHN', 'CHNGOV'), ('KEN', 'KENGOV'), ('07',),
     'Kenya received a $1 billion loan from China for the new railway.'),
    # batch 5: places, makers and backers that are no party
    (('KOR', 'KORAGR', 'KORCVL'), ('USA', 'USAGOV'), ('14',),
     'Thousands of South Korean farmers protested outside the U.S. embassy in Seoul against beef '
     'imports.'),
    (('JPN', 'JPNGOV'), ('CHN', 'CHNGOV'), ('04',),
     "Japan's ambassador to China met the Chinese foreign minister in Beijing on Friday."),
    (('USA', 'USAGOV'), ('IRQ', 'IRQREB', 'IRQUAF'), ('11',),
     'U.S. officials accused Iranian-backed militias in Iraq of firing rockets at the Baghdad airport.'),
    (('SYR', 'SYRMIL', 'SYRGOV'), ('SYR', 'SYRREB', 'SYRCVL'), ('19', '18'),
     'Syrian government forces used Russian-made jets to bomb rebel-held towns near Idlib.'),
    (('PAK', 'PAKCVL'), ('IND', 'INDGOV'), ('14', '17', '18'),
     'Angry crowds hurled stones at the Indian consulate in Karachi after the riots in Gujarat.'),
    (('CHN', 'CHNCVL', 'CHNOPP'), ('JPN', 'JPNGOV'), ('14',),
     "Chinese protesters gathered outside the Japanese consulate in Shanghai to protest Tokyo's "
     "purchase of the islands."),
    (('RUS', 'RUSGOV'), ('USA', 'USAGOV'), ('11',),
     "Moscow accused Washington of meddling in Ukraine's elections."),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('13',),
     'Beijing warned Washington against selling F-16 fighter jets to Taiwan.'),
    (('IDN', 'IDNEDU', 'IDNCVL', 'IDNMOS'), ('AUS', 'AUSGOV'), ('14',),
     'JAKARTA (Reuters) - Hundreds of Muslim students rallied outside the Australian embassy on Friday '
     'to protest the deployment of troops to East Timor.'),
    (('COD', 'CODREB'), ('RWA', 'RWAMIL'), ('11',),
     'Rebels in eastern Congo accused Rwandan troops of shelling their positions.'),
    (('GRC', 'GRCCVL', 'GRCOPP'), ('DEU', 'DEUGOV'), ('14', '17', '18'),
     'Demonstrators in Athens hurled eggs at the German embassy over the austerity terms.'),
    # batch 6: threats, sanctions, aid and agreement told plainly (controls)
    (('GEO', 'GEOGOV'), ('RUS', 'RUSGOV'), ('11',),
     'Georgia accused Russia of arming separatists in Abkhazia.'),
    (('USA', 'USAGOV'), ('SYR', 'SYRGOV'), ('10',),
     'The United States demanded that Syria withdraw its troops from Lebanon.'),
    (('IGO',), ('BLR', 'BLRGOV'), ('02', '10'),
     'The European Union called on Belarus to release jailed opposition leaders.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('05',),
     'Israel and Jordan signed a water-sharing agreement on Tuesday.'),
    (('SAU', 'SAUGOV'), ('YEM', 'YEMGOV', 'YEMCVL'), ('07',),
     'Saudi Arabia sent tonnes of food and medicine to Yemen.'),
    (('TUR', 'TURGOV'), ('FRA', 'FRAGOV'), ('13',),
     'Turkey threatened to cut trade ties with France over the Armenian genocide bill.'),
    (('PRK', 'PRKGOV'), ('KOR', 'KORGOV'), ('13',),
     'North Korea threatened South Korea with merciless retaliation over the propaganda broadcasts.'),
    (('NOR', 'NORGOV'), ('TZA', 'TZAGOV'), ('16',),
     'Norway froze aid to Tanzania over corruption in the health ministry.'),
    (('USA', 'USAGOV'), ('EGY', 'EGYGOV', 'EGYMIL'), ('16',),
     'The United States suspended military aid to Egypt after the coup.'),
    (('IGO',), ('SOM', 'SOMGOV'), ('07',),
     'The African Union sent 3,000 peacekeepers to Somalia.'),
    (('THA', 'THAGOV'), ('KHM', 'KHMGOV'), ('03', '05', '08'),
     'Thailand and Cambodia agreed to withdraw troops from the disputed temple area.'),
    (('CHN', 'CHNGOV'), ('DEU', 'DEUGOV'), ('04',),
     'The Chinese premier held telephone talks with the German chancellor on trade.'),
    (('VNM', 'VNMGOV'), ('CHN', 'CHNGOV'), ('04',),
     "Vietnam's defence minister met his Chinese counterpart in Hanoi to discuss the maritime dispute."),
    (('ECU', 'ECUGOV'), ('USA', 'USAGOV'), ('16',),
     'Ecuador expelled the U.S. ambassador over the leaked diplomatic cables.'),
    (('NLD', 'NLDGOV'), ('IDN', 'IDNGOV'), ('05',),
     'The Dutch government apologised to Indonesia for atrocities committed in the colonial era.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('03', '04', '05'),
     "Pakistan accepted India's proposal for a meeting of the two foreign secretaries."),
    (('JPN', 'JPNGOV'), ('KOR',), ('16',),
     'Japan recalled its ambassador to South Korea over a statue placed outside its consulate in Busan.'),
    # batch 7: no target an analyst would write down (or the dateline's own government)
    (('NGA', 'NGACVL'), ('NGAGOV',), ('14',),
     'LAGOS (AP) - Thousands of Nigerians marched through Lagos on Monday to protest against a rise in '
     'fuel prices ordered by the government.'),
    (('IGO',), (), ('02',),
     'The U.N. Secretary-General appealed for restraint after the clashes.'),
    (('IND', 'INDGOV'), (), ('12',),
     'The Indian foreign ministry rejected the claims as baseless and politically motivated.'),
    (('KEN', 'KENGOV'), (), ('02',),
     'The Kenyan president called for national unity after the disputed vote.'),
    (('AUS', 'AUSGOV'), (), ('11', '02'),
     'Australia condemned the violence and urged all sides to show restraint.'),
    (('KHM', 'KHMGOV'), (), ('12',),
     "Cambodia's prime minister rejected the idea of an early election."),
    (('LBN', 'LBNGOV'), (), ('02',),
     'The Lebanese government appealed for international aid to shelter the refugees.'),
    # batch 8: a second blind batch, harder shapes (relative and reduced clauses, reversed frames,
    # posts abroad named by their host, nominal acts as subjects)
    (('POL', 'POLGOV'), ('BLR', 'BLRGOV'), ('11',),
     'Belarus, which Poland accused of orchestrating the migrant crisis on their border, denied the '
     'charge.'),
    (('COL', 'COLGOV'), ('VEN', 'VENGOV'), ('11',),
     'Venezuela, accused by Colombia of harbouring guerrillas, recalled its ambassador from Bogota.'),
    (('FRA', 'FRAGOV'), ('IRN', 'IRNGOV'), ('11',),
     'Iran came under fresh criticism from France over its nuclear programme.'),
    (('USA', 'USAGOV'), ('SRB', 'SRBGOV'), ('10', '02'),
     'The Serbian government faced renewed pressure from Washington to hand over war crimes suspects.'),
    (('IND', 'INDGOV', 'INDMIL'), ('NPL', 'NPLGOV', 'NPLMIL'), ('07',),
     'Nepal received 20 helicopters from India as part of a military aid package.'),
    (('PAK', 'PAKGOV'), ('AFG', 'AFGGOV'), ('11',),
     'Afghanistan drew a sharp rebuke from Pakistan after it blamed Islamabad for the attack.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV'), ('11',),
     "Beijing's protest to Washington over the arms sale to Taiwan was the strongest in years."),
    (('PHL', 'PHLGOV'), ('CHN', 'CHNGOV'), ('11',),
     'The Philippine foreign ministry lodged a diplomatic protest with Beijing over the water cannon '
     'attack.'),
    (('TUR', 'TURGOV'), ('GRC', 'GRCMIL', 'GRCGOV'), ('11',),
     'Turkey sent a letter of complaint to the U.N. Security Council about Greek military exercises in '
     'the Aegean.'),
    (('IND', 'INDGOV'), ('BGD', 'BGDGOV'), ('11',),
     'India summoned the Bangladeshi high commissioner in New Delhi to protest the killing of a border '
     'guard.'),
    (('MLI', 'MLIMIL', 'MLIGOV'), ('FRA', 'FRAGOV'), ('16',),
     "Mali's junta expelled the French ambassador and ordered French troops to leave the country."),
    (('USA', 'USAGOV'), ('CHN', 'CHNBUS'), ('16',),
     'The United States slapped sanctions on two Chinese firms for selling missile parts to Iran.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV', 'PSE', 'PSEREB'), ('04', '05', '03'),
     'Egypt brokered a truce between Israel and Hamas on Thursday.'),
    # (talks that collapsed are halted, 164, both ways: forty-first session, wip/stories43)
    (('ETH', 'ETHGOV'), ('EGY', 'EGYGOV'), ('16',),
     'Talks between Ethiopia and Egypt on the Nile dam collapsed on Tuesday.'),
    (('PRK', 'PRKGOV'), ('USA', 'USAGOV'), ('12',),
     'North Korea rejected as ridiculous a U.S. demand that it dismantle its nuclear programme.'),
    (('POL', 'POLGOV'), ('DEU', 'DEUGOV'), ('12',),
     "Poland refused Germany's request to return the medieval manuscripts."),
    (('ISR', 'ISRGOV'), ('USA', 'USAGOV'), ('12',),
     "Israel rebuffed Washington's call for a freeze on settlement building."),
    (('GBR', 'GBRGOV'), ('ZWE', 'ZWEGOV'), ('13',),
     'Zimbabwe was warned by Britain that it faced further sanctions.'),
    (('TUR', 'TURGOV'), ('SWE', 'SWEGOV'), ('13',),
     'Turkey threatened Sweden with blocking its bid to join NATO.'),
    (('IGO',), ('IRN', 'IRNGOV'), ('10',),
     'The Gulf Cooperation Council demanded that Iran end its occupation of three islands.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV', 'UKRREB'), ('02', '10'),
     'Russia called on Kyiv and the separatists to observe the ceasefire.'),
    (('AFG', 'AFGGOV'), ('IGO',), ('02',),
     'Afghanistan appealed to the United Nations for food aid for drought victims.'),
    (('KEN', 'KENGOV'), ('GBR', 'GBRGOV'), ('02',),
     'The Kenyan government asked Britain for help to fight poaching.'),
    (('SAU', 'SAUMIL'), ('YEM', 'YEMCVL'), ('19', '18'),
     'A Saudi-led coalition air strike hit a wedding party in Yemen, killing 20 people.'),
    (('NIC', 'NICCOP'), ('CRI', 'CRIMED'), ('17',),
     'Nicaraguan police arrested a Costa Rican journalist in Managua.'),
    (('BGD', 'BGDCVL'), ('IND', 'INDGOV'), ('14',),
     "Thousands of Bangladeshis protested in Dhaka against India's border fence."),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV', 'AZEMIL'), ('11',),
     'Armenia and Azerbaijan accused each other of violating the ceasefire.'),
    (('USA', 'USAGOV'), (), ('13',),
     'The U.S. embassy in Nairobi warned Americans to avoid the border area with Somalia.'),
    (('DEU', 'DEUGOV'), (), ('02',),
     "Germany's foreign minister called for restraint on all sides."),
    (('CHN', 'CHNGOV'), (), ('11',),
     'The Chinese government condemned the attack, without naming any country.'),
    # batch 9: a third blind batch in the register of the CAMEO manual's examples, written after the
    # fixes of batches 1-8 and committed before any run
    (('DEU', 'DEUCVL', 'TUR', 'TURCVL', 'IRQ', 'IRQCVL'), ('TUR', 'TURGOV', 'TURMIL'), ('14',),
     "Thousands of Kurds demonstrated in Bonn against Turkey's military offensive in northern Iraq."),
    (('PSE', 'PSECVL', 'PSEREF'), ('ISR', 'ISRGOV'), ('14',),
     "Palestinians in Lebanon's refugee camps staged a general strike to protest Israel's closure of the "
     "West Bank."),
    (('CYP', 'CYPCVL'), ('TUR', 'TURMIL'), ('14',),
     'Greek Cypriots marched on the U.N. buffer zone in Nicosia to protest the Turkish occupation of the '
     'north.'),
    (('SYR', 'SYRGOV'), ('FRA', 'FRAGOV'), ('03', '05'),
     'Syria agreed to a French proposal for a ceasefire in southern Lebanon.'),
    (('JPN', 'JPNGOV'), ('IDN', 'IDNGOV'), ('07',),
     'Japan extended a $500 million loan to Indonesia on Friday.'),
    (('CHN', 'CHNGOV'), ('PRK', 'PRKGOV', 'PRKCVL'), ('07',),
     'China donated 10,000 tonnes of rice to North Korea.'),
    (('EGY', 'EGYGOV'), ('SYR', 'SYRGOV'), ('04',),
     'Egyptian President Hosni Mubarak flew to Damascus for talks with Syrian President Hafez al-Assad.'),
    (('IRN', 'IRNGOV'), ('SAU', 'SAUGOV'), ('04',),
     'The Iranian foreign minister arrived in Riyadh on Sunday on a two-day visit.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOBUS', 'GEOGOV'), ('16',),
     'Russia banned imports of Georgian wine and mineral water.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('16',),
     'Washington expelled two Cuban diplomats accused of spying.'),
    (('LBN', 'LBNGOV'), ('IGO',), ('02', '10'),
     'Lebanon asked the Security Council to force Israel to withdraw from the south.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQGOV'), ('02', '10'),
     'Kuwait urged Iraq to return the national archives seized during the occupation.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('12',),
     'Baghdad turned down a U.N. offer to let it sell oil to buy food and medicine.'),
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV'), ('13',),
     'Israel threatened to retaliate against Lebanon for the rocket attacks by Hezbollah guerrillas.'),
    (('SRB', 'SRBGOV', 'YUG', 'YUGGOV'), ('WST',), ('11',),
     'Serbia accused the West of seeking to break up what remained of Yugoslavia.'),
    (('VAT', 'VATGOV', 'VATREL'), ('ISR', 'ISRGOV'), ('11',),
     "The Vatican criticized Israel's decision to build a settlement near Bethlehem."),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIMIL'), ('11',),
     'Ethiopia blamed Eritrean troops for the shelling of a border town.'),
    (('ALB', 'ALBGOV'), ('SRB', 'SRBGOV', 'SRBCOP'), ('11',),
     "Albania condemned as barbaric the Serbian police raids on villages in Kosovo."),
]

BATCHES: dict[str, list[Row]] = {"targets": TARGETS}
TARGETS23: list[Row] = TARGETS


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows, full=False)
