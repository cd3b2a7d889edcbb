"""The event probes of the thirty-fourth session (tests/events/probes_actors36.py): events whose parties are
actors of 1985-2005 agency copy (states and provinces of large federations, the Islamic Salvation Front and
its armed wing, regional peacekeepers by body or region, crime bosses, commanders sacked or named, the era's
leaders, movements, IGOs and NGOs), dated 2000-01-01. Known gaps say why each miss misses; the test asserts
the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors36")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'The governor of the northeastern state of Maranhao on Monday ordered police to evict squatters from '
    'a sugar plantation.':
        "the state is right now (BRA, was no one); the order's target is read as the police told to act "
        "(BRACOP), not the squatters (country + root holds)",
    'The leaders of Tatarstan on Tuesday signed a power-sharing treaty with the Russian government in '
    'Moscow.':
        "no event: signing a treaty 'with' a government yields no triple, and 'leaders of' a republic take "
        "no sector",
    'The Islamic Salvation Army, the armed wing of Algeria\'s outlawed FIS, on Wednesday agreed to lay down '
    'its arms under an amnesty.':
        "no event: 'agreed to lay down its arms' has no lexicon row the sentence reaches",
    'An Algerian military court on Thursday sentenced FIS leaders Abbassi Madani and Ali Belhadj to 12 '
    'years in prison.':
        "'sentenced' is read as a complaint (116) by the military court (DZAMIL), not a sanction of the "
        "judiciary",
    'Abkhaz separatists on Friday fired mortars at a post of CIS peacekeepers on the Inguri river, the '
    'Georgian Defence Ministry said.':
        "the target is right (IGOCASCIS); 'Abkhaz' is in no table, so the separatists are unplaced (---REB)",
    'NEW YORK (AP) - A federal jury on Thursday convicted reputed Gambino crime family boss John Gotti of '
    'murder and racketeering.':
        "no event: a jury's conviction of a named boss yields no triple",
    'LAGOS (Reuters) - Nigeria\'s military ruler on Wednesday retired the chief of army staff and 12 other '
    'generals.':
        "no event: 'retired' (sent into retirement) has no lexicon row",
    'Togolese police on Wednesday fired tear gas at opposition supporters marching in Lome.':
        "'opposition supporters marching' are read as the marchers, civilians (TGOCVL), not the opposition "
        "(country + root holds)",
    # batch 2
    'West African peacekeepers on Wednesday arrested a rebel commander in the Liberian town of Kakata.':
        "the arrester is right (IGOWAFWAS); 'a rebel commander in the Liberian town' is read as the town's "
        "people (LBRCVL), the in-phrase over the side word (country + root holds)",
    'Colombian police on Wednesday shot dead a drug baron wanted in the United States as he fled a raid in '
    'Medellin.':
        "a short text naming two countries has no main country, so the baron is unplaced, and the events "
        "stage takes 'wanted in the United States' for him (USACVL)",
    'TOKYO (Kyodo) - Japanese police on Monday raided the offices of the Yamaguchi-gumi, the country\'s '
    'largest yakuza syndicate.':
        "'the offices of the Yamaguchi-gumi' are read as government offices (JPNGOV), not the syndicate's "
        "(country + root holds)",
    'MOSCOW (AP) - Gangsters on Thursday shot dead a prominent banker outside his home, police said.':
        "no event: the killing of 'a prominent banker outside his home' yields no triple",
}


def _cases() -> list[Any]:
    cases = []
    for row in [*_probes.ACTORS36, *_probes.ACTORS36B]:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in [*_probes.ACTORS36, *_probes.ACTORS36B]}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors36_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
