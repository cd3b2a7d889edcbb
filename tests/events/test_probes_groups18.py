"""The group probes of the sixteenth session (tests/events/probes_groups18.py): armed groups and parties
that no table lists, named in full. Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_groups18")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The National Front for the Liberation of Corsica claimed a bomb attack on a government office "
    "in Ajaccio.":
        "a claimed attack is the claim (015), which names no target",
    "The Moro National Liberation Front rejected the Philippine government peace offer.":
        "'government' modifying 'offer' leaves the target the country alone",
    "Egypt accused the Islamic Group of plotting to overthrow the government.":
        "'Islamic Group' reads as the faith (MOS); no table lists the Gamaa Islamiya",
    "Turkey's constitutional court banned the pro-Kurdish People's Democracy Party.":
        "the tagger misses the party's name, so the ban falls on the country",
    "The Kenyan government banned the Forum for the Restoration of Democracy from holding rallies.":
        "a forum's name says nothing of a party; no table lists FORD",
    "Guerrillas of the Tupac Amaru Revolutionary Movement kidnapped a Peruvian businessman in Lima.":
        "a businessman is BUS, as CAMEO codes him; the probe was written for CVL",
    "The National Liberation Army blew up an army post in northeastern Colombia.":
        "blowing up a post is coded as a bombing (183); the probe was written for 19",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.GROUPS18:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.GROUPS18}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_groups18_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
