"""The event probes of the forty-first session (tests/events/probes_actors43.py): events whose parties are
actors of 1985-2005 agency copy (era leaders, ministers and officials of the Pacific, the Caribbean, Southern
Africa, the Maghreb, Eastern Europe's transitions, the Soviet and Yugoslav republics and the Middle East;
militias, factions and parties by long names and acronyms; a foreign army under another state's dateline;
an office alone under another state's dateline; paramilitaries and death squads), dated 2000-01-01. Known
gaps say why each miss misses; the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors43")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'EAST BERLIN (Reuters) - Communist Party leader Egon Krenz on Wednesday met Soviet President Mikhail '
    'Gorbachev in Moscow.':
        "Krenz at the 2000 date is DEUELI (country + root holds): 'Communist Party leader' names no party in "
        "an East German story, the table's 'communist party' leaving the German one out on purpose (its "
        "later parties differ), so the title does not say the office is held",
    'PRAGUE (Reuters) - The Civic Forum on Monday demanded the resignation of Communist Party leader Milos '
    'Jakes.':
        "no event: NER tags no entity on 'The Civic Forum' here, and the missed-bodies pass finds only "
        "international bodies and groups named with a place (the name alone codes CZEOPP, the actor probes)",
    # batch 2
    'SUVA (Reuters) - Deposed Prime Minister Timoci Bavadra on Monday accused the military regime of '
    'jailing his supporters.':
        "no event: 'Deposed' opening the lead is parsed as a participle on the name, and the title is read "
        "as held (FJIGOV), the military regime's own code, so the source is dropped as the target's; "
        "'Ousted' and 'Former' in the same place give FJIELI",
    'BEIRUT (Reuters) - Elie Hobeika\'s militiamen on Monday clashed with Samir Geagea\'s forces in east '
    'Beirut.':
        "at the 2000 date both militia leaders are out of their terms (LBNELI), and their men take the "
        "leader's elite code, not the militiamen's UAF; 'Geagea's forces' read MIL by the role noun",
}


def _rows() -> list[Any]:
    return [*_probes.ACTORS43, *_probes.ACTORS43B]


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
def test_actors43_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
