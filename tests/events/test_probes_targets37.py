"""The targets37 probes (tests/events/probes_targets37.py): who an act is done to, and who does it, in era
leads written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets37")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Egypt's ambassador to Israel on Sunday handed Prime Minister Yitzhak Rabin a message from President "
    "Hosni Mubarak.":
        "a message handed or delivered has no row in the lexicon (which code an era analyst gives a message "
        "carried, 01x, 03x or 04x, is not settled by the codebook, so no row was guessed)",
    "Algeria on Thursday handed the United States a reply from Tehran on behalf of the Iranian government.":
        "a reply or message handed over has no row in the lexicon (as the envoy's message above); the "
        "intermediary's act would be Algeria's, aimed at the United States",
    "The Pope's envoy to Lebanon held talks with Christian and Moslem leaders in Beirut on Tuesday.":
        "'The Pope's' with no name is not resolved as a possessor (only a named Pope is a PERSON the "
        "possessive rule reads), so the envoy is no one's and the talks are read among the Lebanese",
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL37, KNOWN_GAPS, ROW_GAPS)
