"""Argument probes of the seventh session (tests/events/probes_dyad11.py): one sentence per
construction x CAMEO root, its CAMEO triples at country level.

The probes wirewatch does not yet code as written are strict xfails with the reason, so a fix shows
up as an unexpected pass and the count in docs/benchmarks.md stays true.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_dyad11")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "\"We will respond with force,\" the Iranian defence minister said of any Israeli strike.":
        "needs lexicon: 'respond with force' is no threat row; the target sits in the speech verb's "
        "of-phrase",
    "Australia promised to train Ukrainian soldiers.":
        "needs lexicon: training another state's soldiers is read as mobilising (154), so the promise is "
        "a threat (138), not military cooperation",
    "Turkey lifted its veto on Sweden's membership of NATO.":
        "needs lexicon: no row for lifting a veto (08)",
    "Singapore's foreign minister voiced optimism about relations with Malaysia.":
        "the party sits two phrases down ('about relations with X') and 'voice optimism' has no row",
}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.WIRE_DYAD11, KNOWN_GAPS, 30))
def test_dyad_probe(code: Any, text: str, expected: Any) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(expected, got), sorted(got)


def test_batch_covers_constructions_and_roots() -> None:
    assert len(_probes.WIRE_DYAD11) >= 60
    assert len({c for c, _, _, _ in _probes.WIRE_DYAD11}) >= 50  # each a different construction x root
    assert {f"{n:02d}" for n in range(1, 21)} <= {r for _, r, _, _ in _probes.WIRE_DYAD11}
