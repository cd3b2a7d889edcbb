"""The economic and legal probes of the twenty-second session (tests/events/probes_econlaw24.py):
deals, loans, aid and its cuts, tariffs and embargoes, seized property, arrests, extraditions,
expulsions, asylum and releases between states. Each row must be coded (actor + root)."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_econlaw24")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The United States eased restrictions on remittances and travel to Cuba on Tuesday.":
        "the recipient hangs on a coordinated noun ('travel to Cuba'); an easing with no recipient is "
        "the actor's own",
    "Iran arrested a British-Iranian aid worker at Tehran airport on spying charges.":
        "a dual national is read by the last demonym of the compound (Iranian)",
    "Australia said the trade curbs imposed by Beijing were economic coercion.":
        "a verdict told as a copular clause under 'said' is no lexicon pattern",
    "A Dutch court approved the extradition of a Russian hacker to the United States.":
        "an act noun under 'approve' is not licensed as an event",
    "Turkey demanded that Sweden extradite Kurdish militants it had granted asylum.":
        "the demand's addressee is read through the militants' relative clause (SWEUAF)",
    "Egypt began exporting natural gas to Israel under a 15-year contract.":
        "exporting is no lexicon row: most export sentences are markets'",
}


def _marks(text: str) -> list[Any]:
    gap = KNOWN_GAPS.get(text)
    return [pytest.mark.xfail(reason=gap, strict=True)] if gap else []


def test_every_gap_names_a_probe() -> None:
    assert set(KNOWN_GAPS) <= {row[3] for row in _probes.ECONLAW24}


@pytest.mark.parametrize("row", [pytest.param(r, marks=_marks(r[3]), id=r[3][:40])
                                 for r in _probes.ECONLAW24])
def test_probe_is_coded(row: Any) -> None:
    got = _match.coded(row[3])
    assert _match.matches(row, got, 6), sorted(got)
