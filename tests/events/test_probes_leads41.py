"""The leads41 probes (tests/events/probes_leads41.py): long era leads (1985-2005 agency copy), written blind,
weighted to a verb the small model misreads under a long subject, acts by a passive agent, arrivals and
visits to begin talks, troops asked for, a state's admission put off, and across the codebook the target in
an of-phrase, a possessor, a preposition's object, a relative or an apposition; reciprocal acts; and acts
with no target. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_leads41")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "BRUSSELS (Reuters) - The European Community on Monday put off a decision on Austria's application for "
    "membership until after the completion of its single market, diplomats said.":
        "a body's decision on a state's membership put off has no codebook row (neither a refusal, 12x, "
        "nor a reduction of relations, 16x, is named for it), so nothing is coded",
    "ANKARA (Reuters) - Turkey on Friday summoned the ambassador of its neighbour, Greece, to protest over "
    "the harbouring of a Kurdish rebel leader.":
        "'its neighbour, Greece': the possessor 'its' is resolved to the subject (TURGOV) before the "
        "apposition names the neighbour (as leads40's 'its southern neighbour, Guinea-Bissau'); an "
        "actors-stage reading",
    "BAKU (Reuters) - Armenian forces on Sunday captured the Azeri town of Kelbajar after days of heavy "
    "fighting, Azerbaijan's defence ministry said.":
        "the town captured is coded as aimed at its people (AZECVL 192), where the row wants the state or "
        "its forces; country + root is right",
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ("KABUL (Reuters) - Afghanistan's foreign ministry on Monday protested against the shelling of border "
     "villages in Kunar province by Pakistan's army, saying 11 civilians had been killed, the official "
     "Bakhtar news agency said.", "PAK"):
        "the shelling named as the protest's object noun with a by-agent is no act of its own (only the "
        "protest is coded, AFGGOV -> PAKMIL 114)",
    ("WASHINGTON (Reuters) - The Inter-American Commission on Human Rights on Wednesday rebuked Guatemala's "
     "army for the massacre of Indian peasants and asked the government to punish those responsible.",
     "IGOOAS"):
        "'the government' after a foreign army named in the same lead takes the dateline's state (USAGOV "
        "under WASHINGTON), not Guatemala's; an actors-stage reading of a bare role under a body's seat",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL41, KNOWN_GAPS, ROW_GAPS)
