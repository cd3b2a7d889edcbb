"""The fp11b probes (tests/events/probes_fp11b.py): deals between companies and a meeting's city read as
a party code nothing; a protest, a state's deal with a firm and a meeting's real parties keep their
triples. The negatives coded a triple on main before the
guards (6068801)."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_fp11b")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.FP11B, KNOWN_GAPS, 30))
def test_fp11b_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got) if expected else not got, sorted(got)


def test_every_guarded_class_has_a_negative_and_a_positive() -> None:
    guarded = {c for c, _, _, _ in _probes.FP11B} - {"protest_kept"}  # protests: only triples that stay
    for name in guarded:
        assert any(not e for c, _, _, e in _probes.FP11B if c == name), name
        assert any(e for c, _, _, e in _probes.FP11B if c == name), name
