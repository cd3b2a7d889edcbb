"""Probes of the eleventh session's wire recall census (tests/events/probes_recallwire12.py): message kinds,
a compound subject's with-phrase partner, a second post named with "concurrently", a demand told as a
participle of writing or calling.

Probes not yet coded as written are strict xfails with their reason, so a fix shows up as an unexpected
pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_recallwire12")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


def _root(expected: set[tuple[str, str, str]]) -> str:
    return min(code[:2] for *_, code in expected) if expected else "none"


_CASES = [(tag, _root(exp), text, exp) for tag, text, exp in _probes.RECALLWIRE12]


@pytest.mark.parametrize(("text", "expected"), probe_cases(_CASES, KNOWN_GAPS, 30))
def test_recallwire12_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


def test_probes_have_positives_and_negatives() -> None:
    assert sum(1 for *_, e in _probes.RECALLWIRE12 if e) >= 10
    assert sum(1 for *_, e in _probes.RECALLWIRE12 if not e) >= 4
