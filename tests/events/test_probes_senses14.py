"""The senses14 probes (tests/events/probes_senses14.py): "meet" demand, costs or terms is no meeting."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_senses14")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.SENSES14, KNOWN_GAPS, 30))
def test_senses14_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got) if expected else not got, sorted(got)
