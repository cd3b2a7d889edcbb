"""The security probes of the twenty-second session (tests/events/probes_security24.py): exercises,
arms, training, bases, intelligence, peacekeepers and pacts between states, and their breakdowns.
Each row must be coded (actor + root)."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_security24")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Djibouti allowed China to open its first overseas naval base in the port of Doraleh.":
        "'allowed X to open a base' is read as a general yielding (080)",
    "Turkey barred U.S. aircraft from using the Incirlik air base for strikes in Iraq.":
        "'barred X from using' is no lexicon row",
}


def _marks(text: str) -> list[Any]:
    gap = KNOWN_GAPS.get(text)
    return [pytest.mark.xfail(reason=gap, strict=True)] if gap else []


def test_every_gap_names_a_probe() -> None:
    assert set(KNOWN_GAPS) <= {row[3] for row in _probes.SECURITY24}


@pytest.mark.parametrize("row", [pytest.param(r, marks=_marks(r[3]), id=f"{i}-{r[3][:36]}")
                                 for i, r in enumerate(_probes.SECURITY24)])
def test_probe_is_coded(row: Any) -> None:
    got = _match.coded(row[3])
    assert _match.matches(row, got, 6), sorted(got)
