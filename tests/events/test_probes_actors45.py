"""The event probes of the forty-third session (tests/events/probes_actors45.py): events whose parties are
actors of 1985-2005 agency copy (era leaders, ministers, generals, officials, faction and rebel leaders of the
Balkans, Eastern Europe, the Horn, Southern and North Africa, the Southern Cone, the Koreas, Indochina and the
Levant; an envoy; a state's agency or radio quoted; peoples and sides as groups), dated 2000-01-01. Known gaps
say why each miss misses; the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors45")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'BELGRADE (Reuters) - Opposition leader Zoran Djindjic on Sunday led 100,000 protesters through the '
    'capital to demand that Slobodan Milosevic recognise their election victories.':
        "no event: leading a march is read as no act, and the purpose clause's demand ('to demand that X "
        "recognise') is not read as the leader's demand on X",
    'PRAGUE (Reuters) - Prime Minister Ladislav Adamec on Tuesday met leaders of the Civic Forum opposition '
    'movement.':
        "no event: NER tags no entity on 'the Civic Forum', so 'leaders of the Civic Forum opposition "
        "movement' has no actor (the forty-first session's Civic Forum gap); 'met opposition leaders' codes "
        "CZEGOV -> CZEOPP 040",
    'PRISTINA (Reuters) - Thousands of Kosovo Albanians on Sunday marched through the provincial capital to '
    'protest against Serbian rule.':
        "no event: a protest 'against Serbian rule' has no target (a rule is no actor) and the march alone "
        "names none",
    # batch 2
    'JERUSALEM (Reuters) - Army chief of staff Lieutenant-General Dan Shomron on Monday warned Palestinians '
    'in the occupied territories that the army would crush the uprising.':
        "ISRMED: the parser joins the dateline to the subject, so the source's span is 'JERUSALEM (Reuters) "
        "- Army chief' and the agency's name makes it media (a trim of the dateline was tried: the bare "
        "'Army chief' then took the lead's other state, SYRMIL in an ANKARA lead accusing Syria: left)",
}


def _rows() -> list[Any]:
    return [*_probes.ACTORS45, *_probes.ACTORS45B]


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
def test_actors45_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
