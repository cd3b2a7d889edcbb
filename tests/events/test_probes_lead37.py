"""The lead37 probes (tests/events/probes_lead37.py): GSR-style leads across the codebook, written blind.
Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead37")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Turkish warplanes bombed Kurdish rebel bases in northern Iraq on Tuesday, the second raid across the "
    "border in a week, military sources in Ankara said.": (
        "Kurdish rebels placed by their bases in Iraq (IRQREB); the era's analyst, knowing them the PKK, "
        "codes TURREB or the place, IRQ"),
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL37, KNOWN_GAPS, ROW_GAPS)
