"""The annotation guide's probes (tests/events/probes_guide.py): for each convention the guide settles,
sentences of our own coded the guide's way.

The probes wirewatch does not yet code as the guide has it are strict xfails with the reason, so a fix
shows up as an unexpected pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_guide")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}

OFFICIALS = {text for decision, _, text, _ in _probes.GUIDE if decision == "officials"}


def _full_actors(expected: Any, got: set[tuple[str, str, str]]) -> bool:
    """Actors compared in full (GOV or none is the point), codes at the length written."""
    width = {len(c) for _, _, c in expected} or {3}
    return all({(s, t, c[:n]) for s, t, c in got} == {(s, t, c[:n]) for s, t, c in expected} for n in width)


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.GUIDE, KNOWN_GAPS, 30))
def test_guide_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    check = _full_actors if text in OFFICIALS else matches
    assert check(expected, got), sorted(got)


def test_every_decision_has_positives_and_negatives() -> None:
    decisions = {d for d, _, _, _ in _probes.GUIDE}
    assert {"officials", "sub-code", "SAY attack", "bomb", "PP noun", "no agent", "history"} <= decisions
    for decision in ("PP noun", "no agent", "history"):
        rows = [e for d, _, _, e in _probes.GUIDE if d == decision]
        assert any(rows) and not all(rows), decision  # coded sentences and null cases both
