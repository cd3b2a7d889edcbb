"""Meeting and visit probes of the tenth session (tests/events/probes_meet11b.py): acts coordinated with
another act that name their party in a prepositional phrase, and negatives whose party is no actor.

Probes not yet coded as written are strict xfails with their reason, so a fix shows up as an unexpected
pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_meet11b")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The Chilean president left Santiago for Brasilia on Monday.":
        "'leave X for Y': the place left (the object) is taken as the host, or nothing is coded",
}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.MEET11B, KNOWN_GAPS, 30))
def test_meet11b_probe(code: Any, text: str, expected: Any) -> None:
    art = code(text)
    got = coded_triples(art)
    assert matches(expected, got), sorted(got)


def test_probes_have_positives_and_negatives() -> None:
    assert sum(1 for *_, e in _probes.MEET11B if e) >= 6
    assert sum(1 for *_, e in _probes.MEET11B if not e) >= 4
