"""The targets35 probes (tests/events/probes_targets35.py): who an act is done to, and who does it, in era
leads written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets35")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'China on Sunday freed Harry Wu, a Chinese-born American human rights activist, and expelled him.':
        "'a Chinese-born American ... activist' is read by the birthplace (CHNOPP): the nationality after "
        "'-born' is not taken over it",
    'Russian and Chechen negotiators signed a ceasefire agreement in Nazran on Thursday.':
        "'Chechen negotiators' are read as Russia's government like the Russian ones (RUSGOV both), so the "
        'pair is one actor and the signing has no other party',
    'Police raided the offices of the opposition newspaper El Nacional in Caracas on Tuesday and seized '
    'its presses.':
        "the raid is coded at the newspaper, but 'the opposition newspaper' is read as the opposition first "
        '(VENOPPMED), the row wants the media (VENMED); the seizure of its presses adds no triple',
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL35, KNOWN_GAPS, ROW_GAPS)
