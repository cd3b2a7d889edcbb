"""The event probes of the twenty-eighth session (tests/events/probes_actors30.py): events whose party is
an actor of the fifteenth actors probe set (a named group with its people's word, a people in a place the
gazetteer does not know, era states and capitals, NGOs, churches, state media, dated parties, joint
subjects), dated 2000-01-01. Known gaps say why each miss misses; the test asserts the rest pass on
actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors30")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Vajpayee and Sharif signed a declaration in Lahore pledging to resolve their disputes peacefully.":
        "'Sharif' alone is a surname the table shares and leaves no one's (the leaders probe's control), so "
        "the joint subject has one party and no triple; with both parties named the event stage gives each "
        "its own 057 with the other as target (Israel and Jordan, Ethiopia and Eritrea)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ACTORS30:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ACTORS30}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors30_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
