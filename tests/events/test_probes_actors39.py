"""The event probes of the thirty-seventh session (tests/events/probes_actors39.py): events whose parties are
actors of 1985-2005 agency copy (era faction, labour, opposition and guerrilla leaders, groups by their era
names, one plural title before two states' heads, forces placed by the dateline in a held territory,
officers named by a body's office), dated 2000-01-01. Known gaps say why each miss misses; the test asserts
the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors39")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'LAGOS (AP) - Oil workers led by Frank Kokori on Monday went on strike to demand the release of '
    'Moshood Abiola.':
        "the workers are right (NGALAB); since the merge the strike takes its purpose's demand's target "
        "(stories39's pressed_demands), and the demand for a release is aimed at the man held (NGAELI), "
        "not at the state holding him",
    'NAIROBI (Reuters) - Somali warlord Hussein Aidid on Sunday rejected the transitional government '
    'formed at peace talks in Djibouti.':
        "the span 'Somali warlord Hussein Aidid' takes the title's UAF over his REB row (the events stage's "
        "span path), and the government formed in Djibouti is read as the venue's (DJIGOV)",
    'ALGIERS (AFP) - Armed Islamic Group guerrillas on Wednesday killed 18 villagers near Medea.':
        "the actors are right (DZAREB, DZACVL); the killing of villagers is coded 190, not an assault or "
        "mass killing (18, 20)",
    'BANGKOK (Reuters) - Police on Tuesday arrested two foreign tourists for smuggling heroin at the '
    'capital\'s airport.':
        "the tourists take the arresting police's country (THACVL); a countryless target yields no "
        "triple, so giving them none loses the event (tried and left, actors39)",
    'SRINAGAR (Reuters) - Troops on Saturday killed five militants in a gunbattle in a village north of '
    'the city.':
        "armed roles take no country from the dateline (the project's convention): the militants are "
        "---UAF",
    # batch 2
    'JERUSALEM (Reuters) - Border police on Friday barred Palestinian worshippers from entering a mosque '
    'in Hebron.':
        "no event: 'barred X from entering' yields no triple",
    'MOGADISHU (Reuters) - Gunmen loyal to Ali Mahdi on Wednesday shelled positions held by Hussein '
    'Aideed\'s militia in the south of the city.':
        "no event: 'shelled positions held by X' yields no triple",
}


def _cases() -> list[Any]:
    cases = []
    for row in [*_probes.ACTORS39, *_probes.ACTORS39B]:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in [*_probes.ACTORS39, *_probes.ACTORS39B]}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors39_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
