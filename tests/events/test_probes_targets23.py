"""The recipient probes of the twenty-first session (tests/events/probes_targets23.py): who the act is
done to, over possessors, prepositions, nominal acts, passives, places that are no party and rows with
no target. Known gaps say why each misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets23")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The Nigerian government dismissed Amnesty International's report on killings by soldiers in the "
    "Niger Delta.":
        "'dismiss' a report is kept out of the rejection row (a denial of claims names no party)",
    "JAKARTA (Reuters) - Hundreds of Muslim students rallied outside the Australian embassy on Friday to "
    "protest the deployment of troops to East Timor.":
        "the lead is taken to be about East Timor, so the students have no country and the troops are TLS",
    "Belarus, which Poland accused of orchestrating the migrant crisis on their border, denied the "
    "charge.":
        "an act in a relative clause under the main verb's trigger is not read (tgt13's reading selection)",
    "Venezuela, accused by Colombia of harbouring guerrillas, recalled its ambassador from Bogota.":
        "a reduced relative's act is dominated by the main verb's (tgt13's reading selection)",
    "Beijing's protest to Washington over the arms sale to Taiwan was the strongest in years.":
        "an act noun as the subject of a copula ('was the strongest') is not coded",
    "Turkey sent a letter of complaint to the U.N. Security Council about Greek military exercises in the "
    "Aegean.":
        "a complaint lodged with a body over another's act stays at the body (the wire probes' convention)",
    "A Saudi-led coalition air strike hit a wedding party in Yemen, killing 20 people.":
        "the '-led' leader before an attack noun that is the subject of 'hit' is not read as its attacker",
    "The U.S. embassy in Nairobi warned Americans to avoid the border area with Somalia.":
        "a warning to the warner's own nationals is coded as a threat to its own country",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.TARGETS23:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.TARGETS23}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_targets23_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
