"""The lead39 probes (tests/events/probes_lead39.py): leads of the official and national news agencies,
written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead39")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "CAIRO, May 20 (MENA) - President Hosni Mubarak received here today a message from Syrian President "
    "Hafez al-Assad on the Middle East peace process, delivered by Syrian Vice President Abdel-Halim "
    "Khaddam.": (
        "a plain diplomatic message received from a head of state and carried by his envoy codes nothing: "
        "only messages of greeting, thanks or sympathy have rows; the envoy's visit is not inferred"),
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL39, KNOWN_GAPS, ROW_GAPS)
