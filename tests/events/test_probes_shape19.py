"""The sentence-shape probes of the seventeenth session (tests/events/probes_shape19.py): the source far
from the act and the target hidden, in the shapes wire copy takes. Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_shape19")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Although it had long denied the charges, Libya on Wednesday agreed to hand over the two suspects "
    "for trial in the Netherlands under Scottish law.":
        "the place of the trial (the Netherlands) is read as the party handed to; Britain is only 'Scottish'",
    "As the Soviet troops moved into Afghanistan, President Carter halted grain sales to the Soviet "
    "Union.":
        "no lexicon row reads halting sales as an embargo (163)",
    "The Soviet invasion of Afghanistan in December 1979 ended the detente of the 1970s.":
        "the ten-year history rule drops an act of 1979 in a story dated 2000 (as docs/events.md says)",
    "Japan, U.S. sign trade pact on semiconductors":
        "a headline's comma for 'and': the parser reads 'U.S. sign trade pact' as an apposition to Japan",
    "The U.N. Security Council voted for sanctions against Libya.":
        "no row reads voting for sanctions as imposing them",
    "South Korea's finance ministry suspended the licences of four Japanese brokerage houses.":
        "no row reads suspending licences (16 or 17)",
    "China sold Pakistan M-11 missiles, U.S. officials said.":
        "no lexicon row reads selling arms (06/07)",
    "The United States will sell 72 F-15 fighter planes worth $9 billion to Saudi Arabia.":
        "no lexicon row reads selling arms (06/07)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.SHAPE19:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.SHAPE19}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_shape19_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
