"""The criticism probes of the twenty-fourth session (tests/events/probes_wire26.py): criticism,
accusation, blame and condemnation as wire copy words them, with controls. Known gaps say why each
remaining miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_wire26")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    '"Britain has no moral authority to lecture us," Nigeria\'s information minister said.':
        "a retort told as a verdict inside the quote: no verb of disapproval to code",
    "The Italian minister, whom the French president had accused of racism, refused to apologise.":
        "an act in a relative clause tells background: the main clause's act (a refusal) is coded",
    "Israeli Prime Minister Ehud Barak said Yasser Arafat was not telling the truth about the arrests.":
        "'not telling the truth' is a negated act, not read as the accusation of lying it words",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.WIRE26:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.WIRE26}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_wire26_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
