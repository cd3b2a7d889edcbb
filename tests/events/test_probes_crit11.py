"""Criticism probes of the tenth session (tests/events/probes_crit11.py): attack in words, campaign
verbs, undergoing criticism, owned criticism nouns, blame on, domestic verdicts, and the sentences whose
words are criticism words in another sense (force, storms, markets, sport, cooking, films); and of its
second pass (probes_crit11b.py): criticism an act sets off or runs into ("sparked condemnation from Y",
"met with criticism from Y"), with the same verbs where no one is criticised.

The probes wirewatch does not yet code as written are strict xfails with the reason, so a fix shows up
as an unexpected pass and the count in docs/benchmarks.md stays true.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_crit11")
_second = load_probe_module("probes_crit11b")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.CRIT11 + _second.CRIT11B, KNOWN_GAPS, 30))
def test_crit11_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize("text", _probes.NOT_CRITICISM + _second.NOT_CRITICISM, ids=lambda t: t[:30])
def test_not_criticism(code: Any, text: str) -> None:
    # the same words in their force, weather, market, sports, kitchen or film senses, or with no critic
    # named, praise, a meeting, a literal spark: they criticise no one
    art = code(text)
    assert not [e for e in art.events if (e.cameo or "").startswith("11")], \
        [(e.trigger, e.cameo) for e in art.events]


def test_batch_covers_the_classes() -> None:
    tags = " ".join(tag for tag, _, _, _ in _probes.CRIT11)
    for construction in ("attack", "fire back", "drew criticism", "criticism of", "blame", "unfit"):
        assert construction in tags
    assert len(_probes.NOT_CRITICISM) >= 10
