"""The event probes of the thirty-first session (tests/events/probes_actors33.py): events whose party is an
actor of the eighteenth actors probe set (leaders of an earlier term acting in office, rebels led by a later
president, sides named by an ethnic or regional group, country names inside others, mercenaries by their
nation, a breakaway leader, a party's majority, troops before a reduced relative), dated 2000-01-01. Known
gaps say why each miss misses; the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors33")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Prime Minister Margaret Thatcher on Monday ordered a naval task force to sail for the Falklands after '
    'Argentine troops seized the islands.':
        "the actors are right (GBRGOV, ARGMIL); 'ordered a task force to sail' is read as a demand (100), "
        "not as a show of force",
    'Hindu zealots in the northern Indian town of Ayodhya tore down a 16th century mosque on Sunday, '
    'setting off riots across the country.':
        "the faith is no longer The Hindu (INDMED on the first run), but the events stage takes the "
        "zealots' country and sector from the Indian town (INDCVL); the faith mention carries no code",
    'Ethnic Armenian forces in Nagorno-Karabakh captured the Azerbaijani town of Agdam on Friday after '
    'weeks of fighting.':
        "the source is right (AZEREB); the captured town is its people (AZECVL), which the row's targets "
        "(AZEMIL, the bare AZE) do not accept on actor + root: a probe-writing choice",
    'Papua New Guinea\'s army commander, Brigadier General Jerry Singirok, on Monday called on Prime '
    'Minister Julius Chan to resign over the hiring of mercenaries.':
        "a probe-writing error: the actors are right (PNGMIL -> PNGGOV) and 0241, an appeal for a change "
        "of leadership, is CAMEO's code for the call; the row's roots leave out 02",
    'Niger\'s army overthrew the government of President Mahamane Ousmane on Saturday, state radio said.':
        "the army is right (NERMIL); 'the government of President X' is asked as the president, not "
        "acting (an object), so dated ELI, not the government overthrown",
    'Guinea-Bissau\'s army chief led a mutiny against President Joao Bernardo Vieira on Sunday.':
        "no event: 'led a mutiny against' has no row in the lexicon (the army chief is GNBMIL)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ACTORS33:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ACTORS33}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors33_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
