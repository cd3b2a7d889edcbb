"""The targets36 probes (tests/events/probes_targets36.py): who an act is done to, and who does it, in era
leads written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets36")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'South Africa on Friday lifted its 30-year ban on the African National Congress.':
        "the ban is lifted at the ANC, which the actor table reads at the placeholder date 2000-01-01 as "
        "the ruling party (ZAFGOV), not the banned movement (country + root holds)",
    'Indonesian troops on Friday captured Xanana Gusmao, the leader of the East Timorese guerrillas, in '
    'a house in Dili.':
        "a person captured by troops has no row (only by the police, targets35): a row for troops with a "
        "named object also took named towns (actobj accepts places), so it was not kept",
    'Police in Port Harcourt on Friday arrested Ken Saro-Wiwa, the leader of the Ogoni ethnic minority.':
        "the apposition is cut at 'the leader of the' and read as a leader with no body, so the government's "
        "(NGAGOV), not the minority's (country + root holds)",
    'Hizbollah guerrillas fired Katyusha rockets into northern Israel on Sunday, wounding five people.':
        "Reuters' spelling 'Hizbollah' is not in the group table (left out on purpose since the "
        "twenty-eighth session: the unread PLOVER half loses a record with it), so the guerrillas are "
        "placed by 'northern Israel' (ISRREB)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL36, KNOWN_GAPS, ROW_GAPS)
