"""The event probes of the twenty-fourth session (tests/events/probes_actors26.py): events whose party is
an armed group, an honorific name, a body named later or a list of states. Known gaps say why each miss
misses; the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors26")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The Niger Delta Avengers blew up a Chevron pipeline in Delta state, the group said.":
        "the pipeline's owner is the target, Chevron (USABUS), which the row did not accept",
    "Myanmar's military bombed a village held by fighters loyal to the National Unity Government.":
        "'the National Unity Government' by its full name is a government of the story's country "
        "(only the acronym NUG is dated as Myanmar's opposition), and the bombed village is the target",
    "The Citizens Coalition for Change rejected the results of the presidential election.":
        "rejecting results names no party to reject: no event is coded",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ACTORS26:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ACTORS26}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors26_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
