"""Criticism probes of the tenth session, second pass (tests/events/probes_crit11b.py): criticism an act
sets off or runs into ("sparked condemnation from Y", "met with criticism from Y"), and the sentences
with the same verbs that criticise no one.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_crit11b")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.CRIT11B, KNOWN_GAPS, 30))
def test_crit11b_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got), sorted(got)


@pytest.mark.parametrize("text", _probes.NOT_CRITICISM, ids=lambda t: t[:30])
def test_not_criticism(code: Any, text: str) -> None:
    # no critic named, praise, a meeting, or a literal spark or trigger: nobody is criticised
    art = code(text)
    assert not [e for e in art.events if (e.cameo or "").startswith("11")], \
        [(e.trigger, e.cameo) for e in art.events]
