"""The lead38 probes (tests/events/probes_lead38.py): GSR-style leads across the codebook, half under their
datelines, written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead38")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "JERUSALEM (Reuters) - Soldiers fired rubber-coated bullets and tear gas at Palestinian stone-throwers "
    "in the West Bank town of Hebron on Friday, wounding 14, Palestinian hospital officials said.": (
        "unnamed soldiers placed by the town they fire in (Hebron, PSE); an analyst knows them Israel's "
        "from the occupied place and the JERUSALEM dateline"),
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL38, KNOWN_GAPS, ROW_GAPS)
