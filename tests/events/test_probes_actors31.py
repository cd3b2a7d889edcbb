"""The event probes of the twenty-ninth session (tests/events/probes_actors31.py): events whose party is
an actor of the sixteenth actors probe set (a group named after its leader, men loyal to a leader, an
international post held by a national, prisoners and detainees, armed men placed by the side acted on,
rebel-held places, era actors of the Caucasus, the Horn, Southeast Asia and Latin America), dated
2000-01-01. Known gaps say why each miss misses; the test asserts the rest pass on
actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors31")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Iraq handed over 300 Iranian prisoners of war at the border, the Red Cross said.':
        "'handed over' prisoners is read as a transfer (063), not a release (08); the target is now IRNMIL",
    'Croatian troops shelled the rebel Serb-held town of Knin for a second day.':
        "Knin is no place of the gazetteer, so the held town's state is unknown and the people word's SRB "
        "stays (a held place the gazetteer knows is its state's REB)",
    'Shining Path guerrillas blew up a power pylon, blacking out Lima.':
        "no event: a pylon blown up names no party (the actor, PERREB, is right)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ACTORS31:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ACTORS31}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors31_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
