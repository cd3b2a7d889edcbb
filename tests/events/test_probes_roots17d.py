"""The blind probes of borderline roots of the sixteenth session (tests/events/probes_roots17d.py): the
actor codes and full CAMEO code an analyst would accept for one act per sentence. Known gaps say why
each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_roots17d")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ROOTS17D + _probes.FIXES17D:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ROOTS17D + _probes.FIXES17D}
    assert set(KNOWN_GAPS) <= texts


def test_batches_cover_every_row() -> None:
    spans = _probes.batches()
    assert spans[0][0] == 0 and spans[-1][1] == len(_probes.ROOTS17D)


@pytest.mark.parametrize("row", _cases())
def test_roots17d_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)
