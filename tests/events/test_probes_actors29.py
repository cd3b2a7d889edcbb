"""The event probes of the twenty-seventh session (tests/events/probes_actors29.py): events whose party is
an actor of the fourteenth actors probe set (sub-national groups, military governments, era sides, a
named body after a kind noun, era states), dated 2000-01-01. Known gaps say why each miss misses; the
test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors29")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Jewish settlers attacked Palestinian farmers picking olives near Nablus.":
        "the parties are right by country and root (ISRCVL -> PSEAGR, 180); the row wanted the farmers as "
        "civilians (PSECVL), the project codes farmers AGR",
    "Burma's military rulers closed the offices of the National League for Democracy.":
        "the rulers are MMRGOV now; closing a party's offices has no row",
    "A military tribunal in Lagos sentenced 40 people to death for plotting a coup.":
        "a sentence passed on people the story does not name by a body is no event the coder emits (no "
        "target actor: '40 people' take no country from the tribunal's city)",
    "Sudanese rebel leader John Garang agreed to attend peace talks with the government in Nairobi.":
        "the venue's country is read as the government's (KENGOV): 'the government' after a place phrase",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ACTORS29:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ACTORS29}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors29_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
