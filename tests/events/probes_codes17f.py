"""Probes of the fifteenth session (wip/codes17f): leftovers of the session's helpers. Short international
sentences of our own in the manner of the CAMEO manual's examples: an announced future measure (a
threat, as the manual files it), things released (no release of people), and parser glitches ('striking'
before people, 'riot' before a role noun).

Each row holds the actor codes an analyst would accept (country + first sector) and the FULL CAMEO codes
the codebook allows. `tests/events/test_probes_codes17f.py` runs the strictest level.
"""

from __future__ import annotations

from functools import partial

from probe_match import coded, matches, report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

# (accepted sources, accepted targets, accepted CAMEO codes, sentence)
CODES17F: list[Row] = [
    # batch 1: an announced future measure stays a threat (13x): the CAMEO manual's own examples file
    # "announced that he will extend the curfew", "would tighten the blockade", "would boycott contact"
    # under 13, so a decision announced with will/would is coded as the threat of the measure
    (('HUN', 'HUNGOV'), ('ROU', 'ROUGOV'), ('136', '1313'),
     'Hungary will expel three Romanian diplomats, the foreign ministry said on Monday.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), ('1313',),
     'Venezuela will cut diplomatic ties with Colombia, President Hugo Chavez announced.'),
    (('AUS', 'AUSGOV'), ('FJI', 'FJIGOV', 'FJIMIL'), ('1312',),
     'Australia will impose sanctions on Fiji after the military coup.'),
    # batch 2: a thing released is no release of people (084x)
    (('NGO', 'IRQREB', 'IRQUAF'), ('JPN', 'JPNCVL', 'JPNNGO'), ('180', '181', '1811'),
     'Iraqi militants who kidnapped two Japanese aid workers released a videotape of the hostages.'),
    # batch 3: a complaint filed is the official complaint (114); a suit only when filed in a court (115)
    (('PER', 'PERGOV'), ('ECU', 'ECUGOV'), ('114',),
     'Peru filed a formal complaint against Ecuador with the Organization of American States.'),
    (('JPN', 'JPNGOV'), ('RUS', 'RUSGOV'), ('114',),
     'Japan filed a complaint with the United Nations against Russia over the seizure of its fishing boats.'),
    (('NIC', 'NICGOV'), ('USA', 'USAGOV'), ('115',),
     'Nicaragua filed a complaint against the United States at the International Court of Justice.'),
    # batch 4: an agreed cut of trade barriers is the intent to cooperate economically (0311)
    (('MEX', 'MEXGOV', 'CAN', 'CANGOV'), ('CAN', 'CANGOV', 'MEX', 'MEXGOV'), ('0311',),
     'Mexico and Canada agreed to cut tariffs on steel.'),
    (('JPN', 'JPNGOV'), ('USA', 'USAGOV'), ('0311',),
     'Japan agreed to lower tariffs on American rice.'),
    # batch 5: a demand to stop or change a named policy is the demand for a policy change (1042)
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('1042',),
     'Pakistan demanded that India end its policy of detaining Kashmiri leaders.'),
    (('EGY', 'EGYGOV'), ('ISR', 'ISRGOV'), ('1042',),
     'Egypt demanded that Israel stop building settlements in the West Bank.'),
    # batch 6: parser glitches: 'striking' before people, 'riot' before a role noun
    (('KENCOP', 'KENGOV'), ('KENLAB', 'KENEDU', 'KEN', 'KENCVL'), ('173', '175', '1712'),
     'Kenyan police fired tear gas at striking teachers in Nairobi.'),
    (('IDNCOP', 'IDNGOV'), ('IDNEDU', 'IDNCVL', 'IDN', 'IDNOPP'), ('175', '173', '180'),
     'Indonesian riot police beat students protesting in Jakarta.'),
]

# sentences that must yield NO event of the named root
NOT_ROOTS: list[tuple[str, str]] = [
    ('14', 'Indonesian riot police beat students protesting in Jakarta.'),
    ('19', 'Kenyan police fired tear gas at striking teachers in Nairobi.'),
    ('08', 'Iraqi militants who kidnapped two Japanese aid workers released a videotape of the hostages.'),
    ('08', 'The Philippine army released a report on the rebel attack in Mindanao.'),
    ('08', 'Hamas released a videotape of the captured Israeli soldier.'),
    ('08', 'The rebels in Chechnya released a list of the Russian hostages.'),
]


# the tests ask for one of the accepted codes
accepted = partial(matches, full=True)


if __name__ == "__main__":
    report("CODES17F", CODES17F)
    for root, text in NOT_ROOTS:
        bad = sorted(g for g in coded(text) if g[2][:2] == root)
        print("OK  " if not bad else "BAD ", root, text, bad)
