"""The event probes of the thirty-second session (tests/events/probes_actors34.py): events whose parties are
actors of 1985-2005 agency copy (candidates and dissidents who later held office, people seized, an era's
ruling Communist Party, a Soviet speaker's Moscow, armed men named by their faith, bodies by their function,
the era's movements, leaders, IGOs and demonyms), dated 2000-01-01. Known gaps say why each miss misses;
the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors34")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Egyptian security forces on Monday shot dead four Islamic militants in a gunbattle in the southern '
    'province of Assiut, police said.':
        "the actor is right as a phrase (EGYUAF); the events stage reads the counted dead ('four Islamic "
        "militants') as the province's people (EGYCVL), a target reading",
    'Moslem guerrillas ambushed an army patrol on the southern island of Jolo on Saturday, killing seven '
    'soldiers, the military said.':
        "the guerrillas are right (PHLREB); 'an army patrol' has no country (the gazetteer lacks Jolo) and "
        "is read as the story's civilians (PHLCVL)",
    'Sierra Leone\'s ruling military junta on Tuesday rejected a West African demand that it hand power '
    'back to the elected president.':
        "the junta is right (SLEMIL); 'a West African demand' names the region (WAF), not ECOWAS, which the "
        "sentence leaves unnamed",
    'Soldiers of the Rwandan Patriotic Front on Monday captured the northern town of Ruhengeri from '
    'government troops.':
        "the RPF governs at 2000-01-01 (RWAGOV) and the soldiers' words carry no era cue the rules read; "
        "'from government troops' would tell the war years",
    # batch 2
    'Soviet Foreign Ministry spokesman Gennady Gerasimov said on Thursday that Moscow would keep up arms '
    'deliveries to Kabul.':
        "no event: 'would keep up arms deliveries' has no lexicon row (Moscow is now USR as a phrase)",
    'Militants fighting Indian rule in Kashmir on Sunday set off a bomb outside a police station in '
    'Srinagar.':
        "the militants are right (INDREB, was INDUAF); the bomb's target 'a police station' is read as the "
        "town's people (INDCVL), a target reading",
    'Nigerien troops on Tuesday killed eight Tuareg rebels in the north of the country.':
        "'Tuareg rebels' are a people of several states with no country of their own in the sentence "
        "('the country' is not read as Niger): ---REB",
    'Troops of the Economic Community of West African States on Saturday drove rebels out of Freetown.':
        "bare 'rebels' driven out of a capital are not placed by it (---REB); unplaced armed men stay no "
        "one by the thirtieth session's convention",
}


def _cases() -> list[Any]:
    cases = []
    for row in [*_probes.ACTORS34, *_probes.ACTORS34B]:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in [*_probes.ACTORS34, *_probes.ACTORS34B]}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors34_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
