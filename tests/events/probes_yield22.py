"""Probes of the twentieth session (wip/lead22): yielding and force posture in wire leads, the CAMEO roots
08 (release, ease, allow, withdraw, return, surrender), 15 (alerts, mobilisation, exercises, shows of
force) and 17 (arrests, expulsions, curfews, bans, seizures), acts between two states and between a
state and its own people.

Written in one batch and committed before the coder was run on it. First run, blind (wip/lead22 after
its domestic and international fixes): yield (12) country + root 11, actor + root 9; posture (6) 5 and 5;
coerce (10) 6 and 5. Two rows were corrected after it, where the writing broke the conventions
(docs/actors.md): "the Ugandan army" is UGAMIL and "security forces" are MIL.
A row holds the accepted sources, targets (country + first sector, or the country alone; IGO and NGO
codes compare on those three letters) and CAMEO roots an analyst would accept.
`tests/events/test_probes_yield22.py` runs them (actor + root);
`python tests/events/probes_yield22.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

YIELD: list[Row] = [
    (('IRN', 'IRNGOV'), ('GBR', 'GBRMIL', 'GBRGOV'), ('08',),
     'Iran freed the 15 British sailors and marines it had held for two weeks.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEREB'), ('08',),
     'Israel released 198 Palestinian prisoners as a goodwill gesture to President Mahmoud Abbas.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSECVL', 'PSEGOV'), ('08',),
     'Israel eased restrictions on the movement of goods into the Gaza Strip on Sunday.'),
    (('SYR', 'SYRGOV', 'SYRMIL'), ('LBN', 'LBNGOV'), ('08',),
     'Syria completed the withdrawal of its troops from Lebanon on Tuesday.'),
    (('IRQ', 'IRQGOV'), ('IGO',), ('08',),
     'Iraq allowed U.N. weapons inspectors to visit the presidential palaces.'),
    (('PRK', 'PRKGOV'), ('USA', 'USACVL', 'USAMED'), ('08',),
     'North Korea pardoned two American journalists after a visit by former President Bill Clinton.'),
    (('RUS', 'RUSGOV'), ('UKR', 'UKRGOV', 'UKRMIL'), ('08',),
     'Russia returned three Ukrainian naval vessels seized near the Kerch Strait.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAMIL', 'USAGOV'), ('08',),
     'China allowed the crew of the U.S. surveillance plane to leave Hainan island.'),
    (('LKAREB', 'LKA'), ('LKAGOV', 'LKA', 'LKAMIL'), ('08',),
     'Tamil Tiger rebels freed 10 Sri Lankan soldiers they had captured in the north.'),
    (('MAR', 'MARGOV'), ('ESP', 'ESPGOV', 'ESPMIL'), ('08',),
     'Morocco withdrew its troops from the disputed islet of Perejil after Spanish pressure.'),
    (('EGY', 'EGYGOV'), ('PSE', 'PSECVL'), ('08',),
     'Egypt reopened the Rafah border crossing with the Gaza Strip for three days.'),
    (('UGAREB', 'UGA'), ('UGAGOV', 'UGA', 'UGAMIL'), ('08',),
     'Rebels of the Lord\'s Resistance Army surrendered to the Ugandan army in Gulu.'),
]

POSTURE: list[Row] = [
    (('PRK', 'PRKGOV', 'PRKMIL'), ('KOR', 'KORGOV', 'USA', 'USAGOV'), ('15',),
     'North Korea put its armed forces on high alert ahead of the joint U.S.-South Korean drills.'),
    (('RUS', 'RUSMIL', 'RUSGOV'), ('UKR', 'UKRGOV'), ('15',),
     'Russia massed tens of thousands of troops on its border with Ukraine.'),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('TWN', 'TWNGOV'), ('15',),
     'China staged large-scale military exercises in the Taiwan Strait on Friday.'),
    (('IND', 'INDMIL', 'INDGOV'), ('PAK', 'PAKGOV'), ('15',),
     'India mobilised troops along its border with Pakistan after the attack on parliament.'),
    (('USA', 'USAMIL', 'USAGOV'), ('IRN', 'IRNGOV'), ('15',),
     'The United States sent a second aircraft carrier to the Gulf as a warning to Iran.'),
    (('TUR', 'TURMIL', 'TURGOV'), ('SYR', 'SYRGOV'), ('15',),
     'Turkey deployed tanks and artillery along its border with Syria.'),
]

COERCE: list[Row] = [
    (('RUS', 'RUSGOV'), ('GBR', 'GBRGOV'), ('16', '17'),
     'Russia ordered the closure of the British Council offices in St Petersburg and Yekaterinburg.'),
    (('IRN', 'IRNGOV', 'IRNJUD'), ('USA', 'USACVL', 'USAMED'), ('17',),
     'An Iranian court sentenced an American journalist to eight years in prison for spying.'),
    (('CHNCOP', 'CHN', 'CHNGOV'), ('CHN', 'CHNCVL', 'CHNREL'), ('17',),
     'Chinese police detained hundreds of Falun Gong followers in Tiananmen Square.'),
    (('EGYCOP', 'EGYMIL', 'EGY', 'EGYGOV'), ('EGYOPP', 'EGYCVL', 'EGY'), ('17',),
     'Egyptian security forces dispersed a sit-in by opposition supporters in Cairo with tear gas.'),
    (('VENGOV', 'VEN'), ('VENMED', 'VEN'), ('17',),
     'Venezuela shut down RCTV, the country\'s oldest private television station.'),
    (('TURGOV', 'TUR'), ('TURMED', 'TUR'), ('17',),
     'Turkey blocked access to Twitter after leaked recordings appeared on the site.'),
    (('MMRGOV', 'MMR', 'MMRMIL'), ('MMR', 'MMRCVL'), ('17',),
     'Myanmar\'s military government imposed a night curfew in Yangon after the protests.'),
    (('KWT', 'KWTGOV'), ('IRQ', 'IRQCVL'), ('17',),
     'Kuwait deported 300 Iraqis who had entered the country illegally.'),
    (('SAU', 'SAUGOV'), ('SAUOPP', 'SAUCVL', 'SAU'), ('17',),
     'Saudi Arabia executed 37 men convicted of terrorism in a single day.'),
    (('PAK', 'PAKGOV'), ('PAKOPP', 'PAKPTY', 'PAK'), ('17',),
     'Pakistan banned two militant groups and froze their bank accounts.'),
]

BATCHES: dict[str, list[Row]] = {"yield": YIELD, "posture": POSTURE, "coerce": COERCE}
YIELD22: list[Row] = YIELD + POSTURE + COERCE


if __name__ == "__main__":
    for name, rows in BATCHES.items():
        report(name, rows, full=False)
