"""The yielding, posture and coercion probes of the twentieth session (tests/events/probes_yield22.py).
Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_yield22")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "China staged large-scale military exercises in the Taiwan Strait on Friday.":
        "a strait is waters, which name no party, and exercises 'in' a place are no show of force against it",
    "An Iranian court sentenced an American journalist to eight years in prison for spying.":
        "a sentence is coded as the verdict (116); the probe asked for 17",
    "Venezuela shut down RCTV, the country's oldest private television station.":
        "a station named only by its name (RCTV) is no object noun of the censorship rows",
    "Turkey blocked access to Twitter after leaked recordings appeared on the site.":
        "blocked access is read as obstruction (144), and Twitter as a US company",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.YIELD22:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.YIELD22}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_yield22_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
