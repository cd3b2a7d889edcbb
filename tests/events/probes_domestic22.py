"""Probes of the twentieth session (wip/lead22): a state and its own non-state sides, and relations
between states made, cut or mended.

DOMESTIC: a government, its army or police, or a state named alone, acts on its own rebels, opposition,
separatists, protesters or militants, who are named by role only ("rebel leaders", "the opposition",
"the insurgents"). CAMEO codes such a side as the state's own (SDNREB), as the codebook's examples do;
a state named alone ("Sudan held talks with rebels") is its government acting, so the dyad is real
and is no self-dyad. RELATIONS: breaking, downgrading, ending and restoring relations, recalling and
expelling envoys, and states named together ("the two Koreas").

Written in one batch and committed before the coder was run on it (a handful of these shapes were
tried by hand while planning: "Sudan held talks with rebels", "Sudan agreed to meet rebel leaders in
Nairobi", "Tonga severed ties with Taiwan", "Bahrain ended its ties with Qatar"). A row holds the
accepted sources, targets (country + first sector, or the country alone) and CAMEO roots an analyst
would accept.

First run, blind (main at 195ec5b): domestic (25) country + root 11, actor + root 8; relations (18) 10
and 10. After wip/lead22: 23 / 21 and 17 / 17 (see the test's KNOWN_GAPS and docs/benchmarks.md).
`tests/events/test_probes_domestic22.py` runs them (actor + root);
`python tests/events/probes_domestic22.py` prints the pass counts per batch and each miss.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

DOMESTIC: list[Row] = [
    (('SDN', 'SDNGOV'), ('SDNREB',), ('04',),
     'Sudan held talks with rebels in the south on Monday, state radio said.'),
    (('SDN', 'SDNGOV'), ('SDNREB',), ('03', '04'),
     'Sudan agreed to meet rebel leaders in Nairobi next week.'),
    (('SDNGOV', 'SDN'), ('SDNREB',), ('04',),
     'The Sudanese government held talks with rebel leaders in Abuja.'),
    (('SDN', 'SDNGOV'), ('SDNREB',), ('05', '08'),
     'Khartoum signed a ceasefire with the rebels on Saturday.'),
    (('COL', 'COLGOV'), ('COLREB',), ('04', '03'),
     'Colombia resumed peace talks with leftist guerrillas in Havana.'),
    (('COLGOV', 'COL'), ('COLREB',), ('05', '06'),
     'The Colombian government and the guerrillas signed a peace agreement after four years of '
     'negotiations.'),
    (('PHLGOV', 'PHL'), ('PHLREB',), ('04',),
     'Philippine government negotiators met Muslim rebel leaders in Kuala Lumpur.'),
    (('LKA', 'LKAGOV'), ('LKAREB',), ('12', '16'),
     'Sri Lanka rejected a rebel offer of talks and stepped up its military campaign.'),
    (('NPLGOV', 'NPL'), ('NPLREB',), ('08', '03'),
     'The Nepalese government lifted a ban on the Maoist rebels and invited them to talks.'),
    (('TURMIL', 'TUR', 'TURGOV'), ('TURREB', 'TURSEP'), ('19', '18'),
     'Turkish troops killed 23 Kurdish rebels in clashes near the Iraqi border, the army said.'),
    (('DZAGOV', 'DZA'), ('DZAREB',), ('08', '05', '03'),
     'Algeria offered an amnesty to Islamic rebels who lay down their weapons.'),
    (('MMRGOV', 'MMRMIL', 'MMR'), ('MMROPP',), ('17', '11'),
     'The Burmese junta arrested 15 opposition activists ahead of the anniversary of the uprising.'),
    (('KENCOP', 'KEN', 'KENGOV'), ('KENOPP', 'KENCVL'), ('17', '14'),
     'Kenyan police fired tear gas at opposition supporters in Nairobi on Friday.'),
    (('ZWEGOV', 'ZWE'), ('ZWEOPP',), ('11', '17'),
     'Zimbabwe accused the opposition of plotting to overthrow the government.'),
    (('UGAGOV', 'UGA'), ('UGAOPP',), ('04',),
     'Ugandan President Yoweri Museveni met opposition leaders to discuss the election timetable.'),
    (('PAKGOV', 'PAK'), ('PAKOPP', 'PAKPTY'), ('17',),
     'Pakistan placed the opposition leader under house arrest on Sunday.'),
    (('IDNGOV', 'IDN'), ('IDNREB', 'IDNSEP'), ('04', '03'),
     'Indonesia agreed to hold talks with separatist rebels in Aceh.'),
    (('RUSMIL', 'RUS'), ('RUSREB', 'RUSSEP', 'RUSUAF'), ('19', '18'),
     'Russian forces launched an offensive against separatist fighters in Chechnya.'),
    (('NGAGOV', 'NGA'), ('NGAREB', 'NGAUAF'), ('04', '03'),
     'Nigeria opened talks with militants in the Niger Delta on Tuesday.'),
    (('THAGOV', 'THA'), ('THAOPP', 'THACVL'), ('17',),
     'Thailand declared a state of emergency as anti-government protesters occupied the airport.'),
    (('EGYGOV', 'EGY'), ('EGYOPP', 'EGYPTY', 'EGYREL'), ('17',),
     'Egypt banned the Muslim Brotherhood and seized its assets.'),
    (('AFGGOV', 'AFG'), ('AFGREB', 'AFGUAF', 'AFGINS'), ('04', '03'),
     'Afghanistan invited the Taliban to peace talks in Kabul.'),
    (('MLIGOV', 'MLI'), ('MLIREB', 'MLISEP'), ('05', '06'),
     'Mali and Tuareg rebels signed a peace accord in Algiers.'),
    (('ETHGOV', 'ETH'), ('ETHREB',), ('05', '08'),
     'Ethiopia and the rebels agreed to a truce in the Tigray region.'),
    (('MEXGOV', 'MEX'), ('MEXREB',), ('04',),
     'Mexico resumed negotiations with the Zapatista rebels in Chiapas.'),
]

RELATIONS: list[Row] = [
    (('TON', 'TONGOV'), ('TWN', 'TWNGOV'), ('16',),
     'Tonga severed diplomatic ties with Taiwan on Monday.'),
    (('BHR', 'BHRGOV'), ('QAT', 'QATGOV'), ('16',),
     'Bahrain ended its diplomatic ties with Qatar.'),
    (('ECU', 'ECUGOV'), ('ISR', 'ISRGOV'), ('16',),
     'Ecuador abandoned diplomatic relations with Israel in protest at the Gaza offensive.'),
    (('MAR', 'MARGOV'), ('IRN', 'IRNGOV'), ('16',),
     'Morocco broke off relations with Iran, accusing it of arming the Polisario Front.'),
    (('SEN', 'SENGOV'), ('IRN', 'IRNGOV'), ('16',),
     'Senegal cut diplomatic relations with Iran over an arms shipment seized in Nigeria.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('16',),
     'Britain downgraded its relations with Iran after the storming of its embassy.'),
    (('PRY', 'PRYGOV'), ('VEN', 'VENGOV'), ('05', '06', '03'),
     'Paraguay restored diplomatic relations with Venezuela on Wednesday.'),
    (('CUB', 'CUBGOV'), ('USA', 'USAGOV'), ('05', '06', '03'),
     'Cuba and the United States re-established diplomatic relations after more than five decades.'),
    (('KOR', 'KORGOV', 'PRK', 'PRKGOV'), ('PRK', 'PRKGOV', 'KOR', 'KORGOV'), ('04', '03'),
     'The two Koreas agreed on Tuesday to hold a summit in Pyongyang.'),
    (('KOR', 'KORGOV', 'PRK', 'PRKGOV'), ('PRK', 'PRKGOV', 'KOR', 'KORGOV'), ('04',),
     'The two Koreas held talks at the border village of Panmunjom.'),
    (('CHN', 'CHNGOV'), ('NOR', 'NORGOV'), ('16', '12'),
     'China froze relations with Norway after the Nobel committee honoured a jailed dissident.'),
    (('RUS', 'RUSGOV'), ('GBR', 'GBRGOV'), ('16',),
     'Russia expelled 23 British diplomats in retaliation for the expulsion of its envoys from London.'),
    (('TCD', 'TCDGOV'), ('QAT', 'QATGOV'), ('16',),
     'Chad recalled its ambassador from Qatar, accusing Doha of backing the rebels.'),
    (('TUR', 'TURGOV'), ('ISR', 'ISRGOV'), ('16',),
     'Turkey suspended military cooperation with Israel.'),
    (('SAU', 'SAUGOV'), ('CAN', 'CANGOV'), ('16',),
     'Saudi Arabia froze new trade with Canada and expelled its ambassador.'),
    (('KIR', 'KIRGOV'), ('TWN', 'TWNGOV'), ('16',),
     'Kiribati cut ties with Taiwan and switched recognition to Beijing.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('16',),
     'India suspended the bus service to Pakistan after the attack on its parliament.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('05', '06', '03'),
     'Israel and Jordan normalised relations after signing the peace treaty.'),
]

BATCHES: dict[str, list[Row]] = {"domestic": DOMESTIC, "relations": RELATIONS}
DOMESTIC22: list[Row] = DOMESTIC + RELATIONS


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows, full=False)
