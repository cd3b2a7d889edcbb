"""The international-body probes of the twentieth session (tests/events/probes_intl22.py): the UN and its
agencies, regional bodies, lenders, courts and relief groups as parties. Known gaps say why each misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_intl22")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "West African leaders imposed sanctions on Ivory Coast after the disputed presidential vote.":
        "'West African leaders' is coded as CAMEO's region (WAFGOV); the probe asked for ECOWAS (IGO)",
    "Doctors Without Borders opened a clinic for displaced people in South Darfur.":
        "a clinic opened for people is no lexicon row of aid",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.INTL22:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.INTL22}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_intl22_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
