"""GSR-style probes of the thirty-eighth session (wip/lead40): leads of multilateral diplomacy as the era's
wires carried them: the UN Security Council and Secretary-General, the General Assembly, UN agencies
(UNHCR, WFP, UNICEF, the IAEA), regional bodies (the OAU, the EU and the European Commission, ASEAN, the
Arab League, the OSCE, NATO, ECOWAS, the OAS, the Commonwealth) and the ICRC, as sources and as targets:
resolutions, condemnations, appeals, sanctions imposed and lifted, mandates, envoys sent and received,
aid suspended, membership suspended, and states' replies to the bodies. Written blind, in the manner of the
real-news GSR records (1985-2005 copy, dated 2000-01-01 as those records are), over every region.

Rows are (accepted sources, accepted targets, accepted full codes, sentence), matched as probe_match.py
does (country + root, actor + root, actor + code; IGO and NGO on three letters). A row with no target
wants no code of its roots. The batch was committed before the coder was run on it; no rule of this
session was written after reading it.

First run, country + root / actor + root / actor + code, 32 rows, on main f7d217fc (the branch then held
only this file): 28 / 26 / 26. Four rows were then corrected as writing errors by the project's written
conventions, not by the coder's answers: "Bosnian Serb forces" are BIHREB (docs/actors.md), "East African
leaders" are the region's root with the role (EAFGOV, docs/actors.md's regions table), the ICRC is CAMEO's
NGO (NGOHLHIRC), and an agreement to allow peacekeepers in is an intent to allow international involvement
(0355). With them: 30 / 29 / 29. The three misses are strict gaps (test_probes_lead40.py): a disapproval
of sanctions "imposed by its neighbours", the rare verb "censured" read as an adjective by the small model,
and "international peacekeepers" given the dateline's country. Final (after the fixes below) 31 / 30 / 30:
peacekeepers no state owns are an international body's force (IGO), never the dateline's army.

Batch 2 (24 rows), written after the first fix, committed before the coder ran on it: first run on main
f7d217fc and on the branch at 40b290b5 (the peacekeepers fix) the same, 19 / 18 / 18. One row was corrected by
batch 1's convention (the ICRC is NGO). Misses: "Charles Taylor's rebels" coded as the leader's dated office
(LBRGOV), "the Organisation for Security and Co-operation in Europe" (British spelling) cut before "in
Europe" by the small model, leaving Europe the actor; an arrival "to begin talks"; an admission postponed
and a state excluded from a list (no codebook row). Final 21 / 21 / 21 after the two fixes; the other three
are strict gaps.
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

LEAD40: list[Row] = [
    # batch 1: written blind, before the coder was run on it
    (('IGO',), ('IRQ', 'IRQGOV'), _DISAPPROVE + _DEMAND,
     'UNITED NATIONS (AP) - The U.N. Security Council on Thursday condemned Iraq for blocking weapons '
     'inspectors from a Baghdad ministry and demanded immediate access to all sites.'),
    (('IGO',), ('LBY', 'LBYGOV'), _SANCTION,
     'UNITED NATIONS, March 31 (Reuters) - The Security Council voted 10-0 on Tuesday to impose an air and '
     'arms embargo on Libya unless it hands over two suspects in the bombing of a Pan Am jumbo jet.'),
    (('IGO',), ('SDN', 'SDNGOV', 'SDNREB', 'SDNMIL'), _APPEAL + _DEMAND,
     'GENEVA (AFP) - U.N. Secretary-General Kofi Annan on Monday appealed to the Sudanese government and '
     'the rebels in the south to open safe corridors for food deliveries to famine areas.'),
    (('IGO',), ('RWA', 'RWAGOV', 'RWAREB', 'RWAMIL', 'RWACVL', 'RWAREF'), _REDUCE,
     'NAIROBI, Kenya (AP) - The U.N. World Food Program said Wednesday it had suspended food deliveries in '
     'northwestern Rwanda after two of its trucks were ambushed by gunmen.'),
    (('NGA', 'NGAGOV'), ('IGO',), _REJECT + _DISAPPROVE,
     'LAGOS (Reuters) - Nigeria on Sunday rejected its suspension from the Commonwealth as unjust and said '
     'it would not bow to outside pressure over the execution of nine activists.'),
    (('IGO',), ('NGA', 'NGAGOV'), _REDUCE,
     'AUCKLAND, New Zealand, Nov. 11 (UPI) -- Commonwealth leaders on Saturday suspended Nigeria from the '
     '52-nation group over the hanging of writer Ken Saro-Wiwa and eight other activists.'),
    (('IGO',), ('PRK', 'PRKGOV'), _DEMAND + _APPEAL + _DISAPPROVE,
     'VIENNA, Feb 21 (Reuters) - The board of the International Atomic Energy Agency on Tuesday demanded '
     'that North Korea allow inspections of two suspected nuclear waste sites.'),
    (('PRK', 'PRKGOV'), ('IGO',), _REJECT + _DISAPPROVE,
     'TOKYO (AP) - North Korea on Thursday rejected a resolution of the U.N. atomic watchdog agency calling '
     'for special inspections, and accused the agency of doing Washington\'s bidding.'),
    (('IGO',), ('SRB', 'SRBGOV', 'YUG', 'YUGGOV', 'BIH', 'BIHSRB', 'SRBMIL', 'BIHREB'), _DISAPPROVE + _DEMAND,
     'BRUSSELS, Belgium (AP) - European Union foreign ministers on Monday condemned the shelling of '
     'Sarajevo by Bosnian Serb forces and demanded that the siege of the city be lifted.'),
    (('IGO',), ('IRQ', 'IRQGOV'), _DISAPPROVE + _DEMAND + _APPEAL,
     'CAIRO (Reuters) - The Arab League on Friday called on Iraq to withdraw its troops from Kuwait '
     'immediately and without conditions, in a resolution backed by 12 of its 21 members.'),
    (('IGO',), ('HTI', 'HTIGOV', 'HTIMIL'), _SANCTION,
     'WASHINGTON (AP) - The Organization of American States on Sunday voted to impose a trade embargo on '
     'Haiti to press the army to restore ousted President Jean-Bertrand Aristide.'),
    (('IGO',), ('HTI', 'HTIMIL', 'HTIGOV'), _DEMAND + _APPEAL,
     'WASHINGTON (AP) - The Organization of American States on Wednesday urged the military leaders of '
     'Haiti to step down and allow the return of the elected president.'),
    (('IGO', 'EAF', 'EAFGOV'), ('BDI', 'BDIGOV', 'BDIMIL'), _SANCTION,
     'ARUSHA, Tanzania (AP) - East African leaders on Wednesday imposed economic sanctions on Burundi to '
     'force its new military ruler, Maj. Pierre Buyoya, to restore constitutional rule.'),
    (('BDI', 'BDIGOV', 'BDIMIL'), ('IGO', 'KEN', 'TZA', 'UGA', 'KENGOV', 'TZAGOV', 'UGAGOV'),
     _DISAPPROVE + _REJECT + _DEMAND,
     'BUJUMBURA, Burundi (Reuters) - Burundi\'s military government on Thursday denounced the sanctions '
     'imposed by its neighbours as illegal and called for them to be lifted at once.'),
    (('IGO',), ('ZAF', 'ZAFGOV'), _YIELD,
     'LUXEMBOURG (AP) - The European Community on Monday lifted most of its remaining economic sanctions '
     'against South Africa, citing progress toward ending apartheid.'),
    (('IGO',), ('IGO', 'LBR', 'LBRREB'), _AID,
     'MONROVIA, Liberia (Reuters) - The United Nations said on Friday it would send 300 military observers '
     'to Liberia to help the West African peacekeeping force monitor a ceasefire between the warring '
     'factions.'),
    (('IGO',), ('KHM', 'KHMREB'), _DISAPPROVE + _DEMAND,
     'PHNOM PENH, Cambodia (AP) - The head of the U.N. peacekeeping mission in Cambodia on Tuesday accused '
     'the Khmer Rouge of violating the Paris peace accords by refusing to disarm its guerrillas.'),
    (('KHM', 'KHMREB'), ('IGO',), _REJECT + _DISAPPROVE,
     'BANGKOK (Reuters) - The Khmer Rouge on Wednesday refused to let U.N. peacekeepers into areas under '
     'its control, saying Vietnamese forces were still hiding in Cambodia.'),
    (('IGO',), ('MMR', 'MMRGOV', 'MMRMIL'), _DISAPPROVE + _DEMAND + _APPEAL,
     'GENEVA, March 5 (Reuters) - The U.N. Human Rights Commission on Friday censured Burma\'s military '
     'government for torture and forced labour and urged it to free all political prisoners.'),
    (('MMR', 'MMRGOV', 'MMRMIL'), ('IGO',), _REJECT + _DISAPPROVE,
     'RANGOON (AFP) - Burma\'s military government on Saturday dismissed a resolution of the U.N. Human '
     'Rights Commission as interference in the country\'s internal affairs.'),
    (('IGO',), ('IDN', 'IDNGOV', 'IDNMIL'), _DEMAND + _APPEAL + _DISAPPROVE,
     'NEW YORK, Sept. 10 (AFP) - The U.N. Security Council on Friday urged Indonesia to restore order in '
     'East Timor and end the killing by pro-Jakarta militias that followed the independence vote.'),
    (('IDN', 'IDNGOV'), ('IGO',), ('080', '081', '0811', '0812', '0813', '0814', '082', '083', '084', '085',
                                   '086', '087', '0874', '036', '030', '031', '032', '033', '0331', '0332',
                                   '0333', '0334', '057', '035', '0355'),
     'JAKARTA (Reuters) - President B.J. Habibie on Sunday agreed to allow international peacekeepers into '
     'East Timor, bowing to mounting world pressure to halt the violence.'),
    (('IGO', 'NGO'), ('IRQ', 'IRQGOV'), _AID,
     'BAGHDAD, Iraq (AP) - The International Committee of the Red Cross on Monday flew 20 tons of medical '
     'supplies to Baghdad for hospitals short of drugs under the U.N. embargo.'),
    (('IGO',), ('RUS', 'RUSGOV', 'RUSMIL'), _DISAPPROVE + _DEMAND + _APPEAL,
     'STRASBOURG, France (AP) - The Council of Europe\'s parliamentary assembly on Thursday condemned '
     'Russia\'s military campaign in Chechnya and called for an immediate ceasefire.'),
    (('RUS', 'RUSGOV'), ('IGO',), _REJECT + _DISAPPROVE,
     'MOSCOW (Reuters) - Russia\'s Foreign Ministry on Friday rejected the Council of Europe\'s criticism '
     'of the Chechen campaign as one-sided and said Moscow would not halt the operation.'),
    (('IGO',), ('IGO', 'AFG', 'AFGREB', 'AFGGOV'), ('043', '042', '040', '041', '044', '046', '036', '030',
                                                   '031', '032', '033', '039', '0331'),
     'ISLAMABAD (AP) - The U.N. special envoy for Afghanistan, Lakhdar Brahimi, arrived in Kabul on Sunday '
     'for talks with Taliban leaders on ending the civil war.'),
    (('IGO',), ('SOM', 'SOMREB', 'SOMGOV'), _MEET + ('030', '031', '032', '039'),
     'MOGADISHU, Somalia (AP) - A delegation of the Organization of African Unity held talks on Saturday '
     'with Somali faction leaders in an effort to revive the stalled peace conference.'),
    (('IGO',), ('COD', 'CODGOV', 'ZAR', 'ZARGOV'), _AID + ('057', '030', '031', '032', '033', '039'),
     'BRUSSELS (Reuters) - The European Commission on Tuesday pledged 20 million ecus in humanitarian aid to '
     'Congo to help refugees returning to the east of the country.'),
    (('IGO',), ('ISR', 'ISRGOV', 'ISRMIL'), _DISAPPROVE + _DEMAND,
     'UNITED NATIONS (Reuters) - The U.N. General Assembly voted overwhelmingly on Wednesday to condemn '
     'Israel for building a Jewish settlement in Arab East Jerusalem.'),
    (('ISR', 'ISRGOV'), ('IGO',), _REJECT + _DISAPPROVE,
     'JERUSALEM (AP) - Israel on Thursday rejected the General Assembly resolution as one-sided and said '
     'construction at the Har Homa site would go ahead.'),
    (('IGO',), ('SLE', 'SLEREB'), _DISAPPROVE + _DEMAND,
     'FREETOWN, Sierra Leone (Reuters) - The commander of the West African intervention force, ECOMOG, on '
     'Monday accused rebels of the Revolutionary United Front of breaking the truce and demanded they free '
     '500 U.N. peacekeepers.'),
    (('AUS', 'AUSGOV'), ('IGO',), _PRAISE + ('040', '043', '057'),
     'CANBERRA (AAP) - Australia on Tuesday welcomed the decision of ASEAN foreign ministers to admit '
     'Cambodia, saying it would strengthen stability in the region.'),
]

LEAD40B: list[Row] = [
    # batch 2: written blind after the first fixes, before the coder was run on it
    (('IGO',), ('AGO', 'AGOREB'), _SANCTION,
     'UNITED NATIONS (Reuters) - The Security Council on Friday imposed an oil and arms embargo on UNITA, '
     'the Angolan rebel movement, for failing to accept the results of the 1992 elections.'),
    (('AGO', 'AGOREB'), ('IGO',), _REJECT + _DISAPPROVE,
     'LISBON (AFP) - UNITA rebels on Saturday rejected the U.N. sanctions as unfair and said they would '
     'keep fighting until the government agreed to new talks.'),
    (('IGO',), ('SOM', 'SOMREB'), _DISAPPROVE + _DEMAND,
     'MOGADISHU, Somalia (AP) - The commander of U.N. forces in Somalia on Sunday blamed the militia of '
     'Gen. Mohamed Farah Aidid for the ambush that killed 24 Pakistani soldiers.'),
    (('IGO',), ('ZAR', 'ZARGOV', 'COD', 'CODGOV'), ('043', '042', '040', '041', '044', '046', '036'),
     'KINSHASA, Zaire (Reuters) - A team of U.N. human rights investigators arrived in Kinshasa on Monday '
     'to begin talks with the government on access to the eastern refugee camps.'),
    (('IGO',), ('IRQ', 'IRQGOV'), _YIELD,
     'UNITED NATIONS (AP) - The Security Council on Tuesday eased sanctions on Iraq to let Baghdad sell '
     'oil to buy food and medicine for its people.'),
    (('IRQ', 'IRQGOV'), ('IGO',), _PRAISE + _YIELD + ('030', '031', '036', '039', '0331', '0355'),
     'BAGHDAD, Iraq (AP) - Iraq said on Wednesday it would accept the U.N. plan for limited oil sales, '
     'ending months of refusal.'),
    (('IGO',), ('KHM', 'KHMGOV'), _SANCTION + _REDUCE,
     'HANOI (Reuters) - The Association of South East Asian Nations on Saturday postponed Cambodia\'s '
     'admission to the group after Hun Sen ousted his co-prime minister.'),
    (('KHM', 'KHMGOV'), ('IGO',), _DISAPPROVE + _REJECT,
     'PHNOM PENH (AFP) - Second Prime Minister Hun Sen on Sunday criticised ASEAN for delaying Cambodia\'s '
     'entry and said the group had no right to judge the country\'s internal affairs.'),
    (('IGO',), ('NGA', 'NGAGOV', 'NGAMIL'), _APPEAL + _DEMAND,
     'ADDIS ABABA (Reuters) - The Organisation of African Unity on Thursday urged Nigeria\'s military '
     'rulers to set a firm date for a return to civilian rule.'),
    (('IGO',), ('TUR', 'TURGOV'), _REDUCE + _REJECT + _SANCTION,
     'LUXEMBOURG (Reuters) - European Union leaders on Saturday excluded Turkey from the list of countries '
     'invited to start membership talks, citing its human rights record.'),
    (('TUR', 'TURGOV'), ('IGO',), _REDUCE + _DISAPPROVE + _REJECT,
     'ANKARA (Reuters) - Turkey on Sunday froze its political dialogue with the European Union in protest '
     'at its exclusion from the list of membership candidates.'),
    (('IGO',), ('PAK', 'PAKGOV', 'PAKMIL'), _REDUCE + _SANCTION,
     'LONDON (AP) - The Commonwealth on Monday suspended Pakistan from its councils after the army '
     'overthrew the elected government of Prime Minister Nawaz Sharif.'),
    (('IGO',), ('RUS', 'RUSGOV'), _AID,
     'WASHINGTON (AP) - The International Monetary Fund on Thursday approved a 10 billion dollar loan to '
     'Russia to support the government\'s economic reforms.'),
    (('RUS', 'RUSGOV'), ('IGO',), _PRAISE + ('030', '031', '036', '039', '0331'),
     'MOSCOW (Reuters) - Russian Prime Minister Viktor Chernomyrdin on Friday welcomed the IMF loan '
     'and pledged to keep inflation under control.'),
    (('IGO',), ('IRN', 'IRNGOV'), _DISAPPROVE + _DEMAND + _APPEAL,
     'NEW YORK (AFP) - The U.N. General Assembly on Friday censured Iran for human rights violations and '
     'called on Tehran to let a special envoy visit the country.'),
    (('IGO',), ('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), _REDUCE + _SANCTION,
     'VIENNA (AP) - The Organisation for Security and Cooperation in Europe on Wednesday suspended '
     'Yugoslavia from its meetings over the war in Bosnia.'),
    (('IGO',), ('GEO', 'GEOGOV', 'GEOREB'), _MEET + ('030', '031', '032', '039'),
     'TBILISI, Georgia (Reuters) - A U.N. envoy held talks on Tuesday with Georgian and Abkhaz leaders in '
     'an attempt to restart negotiations on the breakaway region\'s status.'),
    (('IGO',), ('SLV', 'SLVGOV', 'SLVREB', 'SLVOPP'), _PRAISE + ('030', '031', '057'),
     'SAN SALVADOR (AP) - U.N. Secretary-General Javier Perez de Cuellar on Thursday praised the government '
     'and the guerrillas for signing the peace accord that ended 12 years of civil war.'),
    (('IGO', 'NGO'), ('ISR', 'ISRGOV', 'ISRMIL'), _DISAPPROVE + _DEMAND,
     'GENEVA (Reuters) - The International Committee of the Red Cross on Tuesday criticised Israel for '
     'demolishing Palestinian homes in the occupied territories.'),
    (('IGO',), ('LBR', 'LBRREB'), _DISAPPROVE + _DEMAND + _THREATEN,
     'MONROVIA, Liberia (Reuters) - West African peacekeepers on Friday warned Charles Taylor\'s rebels '
     'to pull back from the port or face an offensive.'),
    (('LBR', 'LBRREB'), ('IGO',), _FIGHT,
     'ABIDJAN, Ivory Coast (AP) - Rebels loyal to Charles Taylor shelled the positions of West African '
     'peacekeepers around Monrovia on Saturday, relief workers said.'),
    (('IGO',), ('AFG', 'AFGREB', 'AFGGOV'), _SANCTION,
     'UNITED NATIONS (Reuters) - The Security Council on Friday froze the Taliban\'s assets abroad and '
     'banned flights of the Afghan airline, demanding that the movement hand over Osama bin Laden.'),
    (('AFG', 'AFGREB', 'AFGGOV'), ('IGO',), _REJECT + _DISAPPROVE,
     'ISLAMABAD (AFP) - The Taliban on Saturday rejected the U.N. sanctions and vowed never to surrender '
     'their Saudi guest.'),
    (('IGO',), ('ETH', 'ETHGOV', 'ERI', 'ERIGOV'), _APPEAL + _DEMAND,
     'ADDIS ABABA (Reuters) - The OAU on Monday appealed to Ethiopia and Eritrea to halt their border war '
     'and accept its peace plan.'),
]

BATCHES = {
    'batch1': LEAD40,
    'batch2': LEAD40B,
}

ALL40 = [row for rows in BATCHES.values() for row in rows]


if __name__ == '__main__':
    for name, rows in BATCHES.items():
        report(name, rows)
