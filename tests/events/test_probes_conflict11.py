"""Conflict probes of the tenth session (tests/events/probes_conflict11.py): reduced relations, force
posture, demands, rejections, threats, coercion and violence between coded parties, and the sentences
whose words are conflict words in a market, budget, sports, health or crime-news sense.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_conflict11")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}
CONFLICT_ROOTS = ("10", "12", "13", "14", "15", "16", "17", "18", "19", "20")


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.CONFLICT11, KNOWN_GAPS, 30))
def test_conflict11_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize("text", _probes.NOT_CONFLICT, ids=lambda t: t[:30])
def test_not_conflict(code: Any, text: str) -> None:
    # market rallies, budget battles, money deployed against a disease, sport and a bar fight code no
    # conflict between states or their organs
    art = code(text)
    assert not [e for e in art.events if (e.cameo or "")[:2] in CONFLICT_ROOTS], \
        [(e.trigger, e.cameo) for e in art.events]


def test_batch_covers_the_classes() -> None:
    tags = " ".join(tag for tag, _, _, _ in _probes.CONFLICT11)
    for construction in ("sanctions", "cut off", "expelled", "out", "alert", "arrested", "shelled"):
        assert construction in tags
    assert len(_probes.NOT_CONFLICT) >= 10
