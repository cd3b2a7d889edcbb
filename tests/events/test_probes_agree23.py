"""The agreement probes of the twenty-first session (tests/events/probes_agree23.py): agreements reached
in talks, at meetings and on visits, and sanctions told with a warning. Each row must be coded, and no
sentence may carry a second count of its act (FORBIDDEN)."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_agree23")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

NEGOTIATED = "Israel and Lebanon negotiated a maritime border deal that allows both to drill for gas."
SETTLED = "Azerbaijan and Armenia settled on a ceasefire line after Moscow talks, the Kremlin said."
KNOWN_GAPS: dict[str, str] = {
    NEGOTIATED: "'negotiated a deal' stays a negotiation (046): 'are negotiating a deal' is the same verb "
                "before any accord",
    SETTLED: "'settled on' is no lexicon row; the talks of the setting are coded alone",
    "Kosovo and Serbia concluded an agreement on car number plates after a week of EU-brokered talks.":
        "on the probes' date (2000) Kosovo was part of Serbia",
    "Sudan and South Sudan finalised a deal on oil transit fees, their negotiators said.":
        "on the probes' date (2000) South Sudan was part of Sudan",
}


def _marks(text: str) -> list[Any]:
    gap = KNOWN_GAPS.get(text)
    return [pytest.mark.xfail(reason=gap, strict=True)] if gap else []


def test_every_gap_names_a_probe() -> None:
    assert set(KNOWN_GAPS) <= {row[3] for row in _probes.AGREE23}


@pytest.mark.parametrize("row", [pytest.param(r, marks=_marks(r[3]), id=r[3][:40]) for r in _probes.AGREE23])
def test_probe_is_coded(row: Any) -> None:
    got = _match.coded(row[3])
    assert _match.matches(row, got, 6), sorted(got)


@pytest.mark.parametrize("text", [
    pytest.param(t, marks=_marks(t) if t in (NEGOTIATED, SETTLED) else [], id=t[:40])
    for t in sorted(_probes.FORBIDDEN)])
def test_no_second_count_of_the_act(text: str) -> None:
    got = _match.coded(text)
    assert not _probes.forbidden_found(text, got), sorted(got)
