"""The targets34 probes (tests/events/probes_targets34.py): who an act is done to, and who does it, in era
leads written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets34")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Chinese troops massed on the Vietnamese border on Friday and fired artillery shells across it, '
    'Hanoi radio said.':
        "the fire's 'across it' is a pronoun for the border of the clause before, which no rule follows; "
        'only the massing is coded',
    'Turkish troops pursued Kurdish rebels into northern Iraq on Wednesday and bombed their bases there, '
    'the army said.':
        "'pursued' rebels is no lexicon row (its row wants &MILITARY objects), so 'their bases' has no coded "
        'antecedent and the bombing no target',
    'Turkey began pulling its troops back to the border on Thursday, ending a six-week incursion into '
    'northern Iraq against Kurdish rebels.':
        "the pullback is aimed at the rebels of the incursion's against-phrase (IRQREB), the row wants "
        "Iraq's state; an incursion 'into' a country is not read by left_country",
    'Iranian President Ali Akbar Hashemi Rafsanjani on Sunday sharply attacked Saudi King Fahd, accusing '
    'him of serving American interests.':
        'Rafsanjani is dated as a former president (IRNELI) at 2000-01-01; the title in the sentence is not '
        'taken over the tenure table',
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL34, KNOWN_GAPS, ROW_GAPS)
