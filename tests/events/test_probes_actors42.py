"""The event probes of the fortieth session (tests/events/probes_actors42.py): events whose parties are
actors of 1985-2005 agency copy (era leaders and officials of the Caucasus, Central Asia, the Balkans, Latin
America, the Horn, the Great Lakes, South and South-East Asia and the Gulf; rebel, militia and party names;
led forces; bodies by long names; an office alone under another state's dateline), dated 2000-01-01. Known
gaps say why each miss misses; the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors42")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'PRISTINA, Yugoslavia (Reuters) - Adem Demaci, political representative of the Kosovo Liberation Army, '
    'on Monday rejected the peace plan.':
        "no event: 'rejected the peace plan' names no proposer, and the events stage codes no rejection "
        "without a party to aim it at (Demaci himself codes SRBREB)",
    'JAKARTA (Reuters) - Nur Misuari on Monday met Philippine government negotiators for talks on '
    'autonomy.':
        "no event: 'met Philippine government negotiators' finds no target (the negotiators' role noun is "
        "no party of the tables under a third state's dateline)",
    'DHAKA (Reuters) - The Awami League on Monday called a general strike to demand the resignation of '
    'Prime Minister Khaleda Zia.':
        "no event: a strike called 'to demand the resignation of' a named head finds no target",
    'NEW DELHI (Reuters) - Indian commandos on Friday stormed a hijacked airliner at Amritsar airport and '
    'overpowered the Sikh hijackers.':
        "the storming is aimed at the airport's town (INDCVL, an ASSAULT with no named recipient) and the "
        "second verb, aimed at the hijackers, is not coded; country + root holds",
    # batch 2
    'MANILA (Reuters) - Abu Sayyaf gunmen on Sunday seized 21 hostages from a Malaysian diving resort.':
        "the hostages read as the dateline's civilians (PHLCVL), not the resort's country's",
}


def _rows() -> list[Any]:
    return [*_probes.ACTORS42, *_probes.ACTORS42B]


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
def test_actors42_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
