"""The lead34 probes (tests/events/probes_lead34.py): GSR-style leads across the codebook, written blind.
Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead34")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Zimbabwean President Robert Mugabe on Thursday ordered the compulsory acquisition of 1,471 white-owned '
    'farms for the resettlement of landless black peasants.':
        "an acquisition of land is no seizure row of the lexicon, and farms 'white-owned' name their owners "
        'only by a hyphenated modifier, so there is neither an act nor a target',
    'An Egyptian military court on Monday sentenced eight Islamic militants to death for plotting to '
    'assassinate President Hosni Mubarak.':
        "'Islamic militants' have no actor (the actors34 helper's subject), so the sentence has no target "
        '(before, the grounds clause gave Mubarak as the one sentenced)',
    'Thousands of striking coal miners marched on Bucharest on Thursday to demand higher wages, clashing '
    'with riot police on the way.':
        "a march whose demand names no party, by strikers of no named country, finds neither the miners' "
        'country nor a target',
    'Chinese Premier Li Peng flew into Moscow on Monday for three days of talks with his Russian counterpart '
    'Viktor Chernomyrdin on border trade and arms purchases.':
        "'flew into' is no visit row (tried and taken back at the merge: 'flew into the jungle to meet "
        "Marulanda' lost the meeting), and talks counted in days are no trigger",
    'Angolan President Jose Eduardo dos Santos and UNITA leader Jonas Savimbi shook hands in Abidjan on '
    'Saturday after signing a peace accord to end 16 years of civil war.':
        "the name is one person now, but the parser still reads 'dos' as the sentence's verb and cuts the "
        'lead (capitalising the particle for the parse was tried and taken back: entity texts are read from '
        "the parsed text, so 'bin Salman' became 'Bin Salman' and lost its table entry)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ("Haitian police opened fire on thousands of demonstrators demanding the return of ousted President "
     "Jean-Bertrand Aristide on Friday, killing at least two people.", "HTICVL"):
        "a crowd fired on whose demand names no party acted on (the return of a former president) adds no "
        "protest of its own beside the police's act",
    ("Thousands of Georgians massed outside parliament in Tbilisi on Sunday demanding the resignation of "
     "President Eduard Shevardnadze after disputed elections.", "GEO"):
        "the crowd's protest is aimed at the parliament it masses outside, not at the president whose "
        "resignation it demands (country + root holds)",
    ("Rebels of the Movement for Democracy in Liberia seized the port city of Buchanan on Friday after "
     "heavy fighting with government forces.", "LBR"):
        "the town taken is coded as the state's civilians, not its forces fought in the after-phrase "
        "(country + root holds)",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL34, KNOWN_GAPS, ROW_GAPS)
