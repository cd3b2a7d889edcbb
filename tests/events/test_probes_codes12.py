"""Code probes of the eleventh session (tests/events/probes_codes12.py): the right CAMEO code for an act
the coder finds (complaints, blocks, insistence, opposition to a person, seizing on words, refused
endorsements), and the wrong readings each class must not give.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_codes12")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"),
                         probe_cases(_probes.CODES12, KNOWN_GAPS, 30))
def test_codes12_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize(("wrong", "text"), _probes.NOT_THESE_CODES, ids=lambda t: t[:30])
def test_not_the_wrong_code(code: Any, wrong: str, text: str) -> None:
    art = code(text)
    assert not [e for e in art.events if (e.cameo or "").startswith(wrong)], \
        [(e.trigger, e.cameo) for e in art.events]
