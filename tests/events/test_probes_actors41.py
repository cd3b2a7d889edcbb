"""The event probes of the thirty-ninth session (tests/events/probes_actors41.py): events whose parties are
actors of 1985-2005 agency copy (separatist and breakaway leaders, Lebanese, Pakistani and Iranian officials,
West African politicians out of office, East Timor's leaders before independence, regional bodies, a
dateline followed by the subject country, "the two leaders", "both sides", "the rival factions"), dated
2000-01-01. Known gaps say why each miss misses; the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors41")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {}


def _rows() -> list[Any]:
    return [*_probes.ACTORS41, *_probes.ACTORS41B]


def _cases() -> list[Any]:
    cases = []
    for row in _rows():
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _rows()}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors41_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
