"""Probes of the twenty-second session (wip/lead24): security ties between states as wire leads tell
them: joint exercises, arms sales and deliveries, training missions, bases, intelligence sharing,
peacekeepers, defence pacts, and their breakdowns (suspended cooperation, expelled advisers, arms
embargoes). CAMEO files them under 06 (062 military, 064 intelligence cooperation), 07 (072 military
aid, 074 peacekeeping and protection), 08 (0861 peacekeepers admitted, 087 de-escalation), 05 (057 a
pact signed), 15 (force posture: 152 alert, 154 mobilisation), 16 (1622 military aid cut, 166 expel
advisers, 163 arms embargo).

Rows are (accepted sources, accepted targets, accepted codes, sentence); sources and targets compare on
country + first sector or on the country alone, codes on their root. Dated 2000 as the GSR records are.
Written in one batch and committed before the coder was run on it.

First run, blind (main at 600780d with wip/lead24's first fixes): 15 country + root, 14 actor + root of
23. Four rows were corrected after it, where my writing broke the codebook: "agreed to sell jets",
"agreed to share intelligence" and "agreed to let peacekeepers deploy" are intents (0312, 0314, 0355:
root 03), not yet the acts; a junta is the military's (MLIMIL). Fixed as classes: forces trained for
another state are military cooperation with it (062; one's own trainees stay 154,
`force_posture.trained_for_another`), and two states' forces pulling back or disengaging with no third
place named step back from each other (0874 both ways, `emit._disengaging`). Left: a state allowing
another a base (080, a general yielding), "barred U.S. aircraft from using the base" (no lexicon row;
the codebook's 1212 or 16 is unclear).
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

SECURITY24: list[Row] = [
    # batch 1: cooperation
    (('USA', 'USAMIL', 'USAGOV'), ('PHL', 'PHLMIL', 'PHLGOV'), ('062', '06'),
     'U.S. and Philippine troops began joint exercises on the island of Luzon on Monday.'),
    (('PHL', 'PHLMIL', 'PHLGOV'), ('USA', 'USAMIL', 'USAGOV'), ('062', '06'),
     'U.S. and Philippine troops began joint exercises on the island of Luzon on Monday.'),
    (('RUS', 'RUSGOV'), ('IND', 'INDGOV', 'INDMIL'), ('062', '072', '06', '07'),
     'Russia delivered the first of five S-400 air defence systems to India.'),
    (('FRA', 'FRAGOV'), ('EGY', 'EGYGOV', 'EGYMIL'), ('062', '072', '057', '0312'),
     'France agreed to sell 30 Rafale fighter jets to Egypt in a deal worth 4 billion euros.'),
    (('GBR', 'GBRMIL', 'GBRGOV'), ('UKR', 'UKRMIL', 'UKRGOV'), ('062', '072', '06', '07'),
     'British instructors trained Ukrainian soldiers in the use of anti-tank weapons.'),
    (('USA', 'USAGOV'), ('KOR', 'KORGOV'), ('064', '0314'),
     'Washington and Seoul agreed to share intelligence on North Korea\'s missile launches.'),
    (('DJI', 'DJIGOV'), ('CHN', 'CHNGOV', 'CHNMIL'), ('062', '057', '06', '05'),
     'Djibouti allowed China to open its first overseas naval base in the port of Doraleh.'),
    (('BGD', 'BGDMIL', 'BGDGOV'), ('CAF', 'CAFGOV', 'IGO'), ('074', '07', '062'),
     'Bangladesh sent 800 peacekeepers to the Central African Republic as part of a U.N. mission.'),
    (('JPN', 'JPNGOV'), ('AUS', 'AUSGOV'), ('057', '062', '05', '06'),
     'Japan and Australia signed a defence pact allowing their troops to train in each other\'s '
     'countries.'),
    (('USA', 'USAGOV'), ('ISR', 'ISRGOV', 'ISRMIL'), ('072', '07'),
     'The United States approved $38 billion in military aid to Israel over ten years.'),
    # batch 2: breakdowns and pressure
    (('USA', 'USAGOV'), ('PAK', 'PAKGOV', 'PAKMIL'), ('162', '1622', '16'),
     'The United States suspended $300 million in military aid to Pakistan over its failure to act '
     'against militants.'),
    (('MLI', 'MLIGOV', 'MLIMIL'), ('FRA', 'FRAMIL', 'FRAGOV'), ('166', '16', '174'),
     'Mali\'s junta ordered French troops to leave the country, ending a nine-year deployment.'),
    (('TUR', 'TURGOV'), ('USA', 'USAMIL', 'USAGOV'), ('16', '12', '13'),
     'Turkey barred U.S. aircraft from using the Incirlik air base for strikes in Iraq.'),
    (('EUR', 'IGO'), ('MMR', 'MMRGOV', 'MMRMIL'), ('163', '16'),
     'The European Union extended its arms embargo on Myanmar for another year.'),
    (('CHN', 'CHNGOV'), ('USA', 'USAGOV', 'USAMIL'), ('161', '16', '164'),
     'China suspended military talks with the United States after the speaker\'s visit to Taiwan.'),
    (('RUS', 'RUSGOV', 'RUSMIL'), ('UKR', 'UKR'), ('154', '15'),
     'Russia massed more than 100,000 troops near Ukraine\'s border, U.S. officials said.'),
    (('PRK', 'PRKMIL', 'PRKGOV'), ('KOR', 'KORGOV'), ('152', '15', '13'),
     'North Korea put its frontline artillery units on alert after South Korea resumed loudspeaker '
     'broadcasts.'),
    (('IND', 'INDMIL', 'INDGOV'), ('CHN', 'CHNMIL', 'CHNGOV'), ('087', '08', '0874'),
     'Indian and Chinese troops pulled back from a disputed area of the Galwan Valley.'),
    (('CHN', 'CHNMIL', 'CHNGOV'), ('IND', 'INDMIL', 'INDGOV'), ('087', '08', '0874'),
     'Indian and Chinese troops pulled back from a disputed area of the Galwan Valley.'),
    (('SDN', 'SDNGOV'), ('IGO', 'IGOUNO'), ('0861', '086', '08', '0355'),
     'Sudan agreed to let U.N. peacekeepers deploy in Darfur after months of pressure.'),
    # batch 3: no triple of these roots
    ((), (), ('06', '07'),
     'Defence spending in Asia rose for the tenth year in a row, a think tank said.'),
    ((), (), ('15',),
     'The army held a parade in the capital to mark its 75th anniversary.'),
    ((), (), ('06',),
     'Arms makers showed new drones at the Dubai air show.'),
]

if __name__ == "__main__":
    report("security24", SECURITY24, full=False)
