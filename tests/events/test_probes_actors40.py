"""The event probes of the thirty-eighth session (tests/events/probes_actors40.py): events whose parties are
actors of 1985-2005 agency copy (era opposition leaders, international prosecutors and envoys, parties the
lead calls opposition or ruling, one noun for two states' officers, tribunals, commissions and rights
groups, rebel movements), dated 2000-01-01. Known gaps say why each miss misses; the test asserts the rest
pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors40")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'ABIDJAN (AFP) - Alassane Ouattara on Sunday accused President Henri Konan Bedie of trying to bar him '
    'from the presidential race.':
        "Ouattara, the former prime minister, is CIVELI on 2000-01-01; a CIVOPP row for his RDR years lost "
        "a record of the GSR proxy (whose coder gives him ELI), so it was tried and left",
    # batch 2: the Gusmao gap closed by the thirty-ninth session's cause titles (wip/actors41)
}


def _rows() -> list[Any]:
    return [*_probes.ACTORS40, *_probes.ACTORS40B]


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
def test_actors40_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
