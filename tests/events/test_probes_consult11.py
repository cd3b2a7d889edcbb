"""Cooperation-wording probes of the tenth session (tests/events/probes_consult11.py): one or two
sentences per class of roots 01-08 wording the census of unused copy found uncoded, and negatives that
use the same words in business or campaign copy.

Probes not yet coded as written are strict xfails with their reason, so a fix shows up as an unexpected
pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_consult11")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "In a call with the Emirati president on Tuesday, the Egyptian president discussed Gaza.":
        "the call's 041 pair is not coded beside the main verb's act, whose target is the topic (Gaza)",
}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.CONSULT11, KNOWN_GAPS, 30))
def test_consult11_probe(code: Any, text: str, expected: Any) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(expected, got), sorted(got)


def test_probes_cover_the_classes_and_negatives() -> None:
    classes = {c for c, _, _, _ in _probes.CONSULT11}
    assert len(classes) >= 9
    assert sum(1 for _, _, _, e in _probes.CONSULT11 if not e) >= 6
