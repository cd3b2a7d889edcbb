"""The lead25 probes (tests/events/probes_lead25.py): verdicts, statement carriers, "we" in quotes,
coordinated signers and their nulls. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead25")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "British Foreign Office minister William Waldegrave called the Iraqi order grave and sinister.":
        "the small model makes 'grave' the head of 'the Iraqi order' (no object left to judge)",
    "France said Brazil's handling of the Amazon fires was deeply disappointing.":
        "'disappointing' is no verdict word: said of a party's figures ('exports were disappointing') it "
        "judges no act",
    "U.S. officials said Japan's commitment to opening its rice market was flagging.":
        "a commitment said to flag is a verdict no word class holds",
    "\"We expect Sweden to take concrete steps against the militants,\" Turkish Foreign Minister "
    "Mevlut Cavusoglu said.":
        "'expect X to' is no request row: most of its uses are forecasts",
}


def _marks(text: str) -> list[Any]:
    gap = KNOWN_GAPS.get(text)
    return [pytest.mark.xfail(reason=gap, strict=True)] if gap else []


def test_every_gap_names_a_probe() -> None:
    assert set(KNOWN_GAPS) <= {row[3] for row in _probes.ALL25}


@pytest.mark.parametrize("row", [pytest.param(r, marks=_marks(r[3]), id=r[3][:40]) for r in _probes.ALL25])
def test_probe_is_coded(row: Any) -> None:
    got = _match.coded(row[3])
    assert _match.matches(row, got, 6), sorted(got)
