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

KNOWN_GAPS: dict[str, str] = {
    'ISLAMABAD (Reuters) - Former caretaker prime minister Moeen Qureshi on Sunday urged the military '
    'government to set a date for elections.':
        "no event: with 'Former caretaker prime minister' before the name the urging finds no source (the "
        "bare name codes PAKELI -> PAKGOV 020)",
    'TEHRAN (IRNA) - Hassan Rowhani, secretary of the Supreme National Security Council, on Tuesday warned '
    'the United States against any attack on Iranian interests.':
        "source and target swapped: 'warned X against any attack on Iranian interests' reads the United "
        "States as the warner and 'Iranian interests' as the target",
    'NAIROBI (Reuters) - IGAD mediators on Monday proposed a new round of talks between the Sudanese '
    'government and SPLA rebels.':
        "'proposed talks between A and B' codes the rebels and the dateline's state (KENGOV) as the pair, "
        "not the mediators' proposal",
}


def _rows() -> list[Any]:
    return [*_probes.ACTORS41, *_probes.ACTORS41B, *_probes.ACTORS41C]


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
