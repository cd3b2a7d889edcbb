"""The recallpol12 probes (tests/events/probes_recallpol12.py): the classes of missed acts of the eleventh
session's blind recall census (a fronted clause in the perfect, anger at a party, a verdict on a deed's
doer, alleged mishandling, two politicians of one code in cooperation ...) and the direct question, which
reports no act; each with null cases."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, probe_cases

_probes = load_probe_module("probes_recallpol12")
_wire = load_probe_module("probes_wire")
matches, coded_triples = _wire.matches, _wire.coded_triples

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), probe_cases(_probes.RECALLPOL12, KNOWN_GAPS, 30))
def test_recallpol12_probe(code: Any, text: str, expected: Any) -> None:
    got = coded_triples(code(text))
    assert matches(expected, got) if expected else not got, sorted(got)


@pytest.mark.parametrize(("text", "expected", "date"),
                         [pytest.param(t, e, d, id=f"{r}-{c}-{t[:30]}") for c, r, t, e, d in _probes.PEERS])
def test_peers_probe(code: Any, text: str, expected: Any, date: str) -> None:
    got = coded_triples(code(text, date=date))
    assert matches(expected, got) if expected else not got, sorted(got)


def test_every_class_has_a_null_case() -> None:
    # a null case codes nothing of the class's roots (a remark told to someone stays a 010 statement)
    rows = [(c, r, e) for c, r, _, e in _probes.RECALLPOL12] + [(c, r, e) for c, r, _, e, _ in _probes.PEERS]
    for name in {c for c, _, _ in rows}:
        roots = {r for c, r, e in rows if c == name and e and r != "01"}
        assert any(not e or not {code[:2] for _, _, code in e} & roots for c, _, e in rows if c == name), name
