"""News-vector breadth probes of the ninth session (tests/events/probes_glove.py): the triggers of
`data/event_lexicon_glove.tsv` in invented sentences, and the physical or non-political senses their
conditions keep out ("lobbed the ball", "a mock trial").
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_glove")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.GLOVE, {}, 30))
def test_glove_probe(code: Any, text: str, expected: Any) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(expected, got), sorted(got)


def test_batch_covers_the_priority_roots() -> None:
    roots = {r for _, r, _, _ in _probes.GLOVE}
    assert {"01", "02", "04", "05", "11", "12", "16", "17", "19", "--"} <= roots
    assert sum(1 for _, r, _, _ in _probes.GLOVE if r == "--") >= 5
