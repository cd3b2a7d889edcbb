"""The event probes of the thirty-third session (tests/events/probes_actors35.py): events whose parties are
actors of 1985-2005 agency copy (ethnic rebel peoples by a border, armed men named by their faith, drug
cartels and their bosses, "the country's" bodies, the era's leaders, movements, militias, IGOs and bodies by
their function), dated 2000-01-01. Known gaps say why each miss misses; the test asserts the rest pass on
actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors35")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Kurdish guerrillas slipping across the Iraqi border on Friday ambushed a Turkish army convoy, killing '
    'six soldiers.':
        "no event: the participle clause 'slipping across the Iraqi border' before the verb leaves the "
        "ambush with no subject the events stage reads",
    'Muslim guerrillas on the southern island of Basilan on Thursday kidnapped an Italian priest, the '
    'military said.':
        "the gazetteer lacks Basilan, so the faith's guerrillas have no place (---REB); unplaced armed men "
        "stay no one by the thirtieth session's convention",
    'BOGOTA, Colombia (AP) -- Colombia on Thursday extradited suspected cocaine trafficker Carlos Lehder to '
    'the United States, the Justice Ministry said.':
        "the actors are right (COL, USA); 'extradited' is read as a cooperation (063), not the expulsion or "
        "handing over the row accepts",
    'South African President F.W. de Klerk met ANC leader Nelson Mandela on Friday to discuss an end to '
    'township violence.':
        "no event: the meeting with a purpose clause yields no triple (an events-stage reading)",
    'Haitian soldiers on Friday fired on supporters of ousted President Jean-Bertrand Aristide in '
    'Port-au-Prince.':
        "'supporters of ousted President ...' take the ousted president's elite sector (HTIELI): a "
        "leader's supporters are not yet read as the opposition or civilians",
    # batch 2
    'Shan rebels operating near the Chinese frontier on Tuesday ambushed a convoy of government troops, '
    'killing 15.':
        "the phrase is right (MMRREB by actor_for_span); the events stage reads the subject as bare 'rebels' "
        "(an acl clause after it) and places them by the fought government troops, which the story's only "
        "nationality ('Chinese' of the frontier) makes China's",
    'Cartel hitmen on Monday killed a Colombian senator who backed the extradition of drug traffickers, '
    'police said.':
        "no event: the killing of a senator with a relative clause after him yields no triple",
    'Rebel Serb gunners in Croatia\'s Krajina region on Sunday shelled the town of Karlovac, the Croatian '
    'government said.':
        "'Rebel Serb gunners' take the people word (SRBREB); 'in Croatia's Krajina region' is not read as "
        "the state they fight in",
    'Salvadoran leftist guerrillas on Saturday blew up power pylons, blacking out the eastern half of the '
    'country.':
        "no event: blowing up pylons names no party hit (the row's target is the state, an analyst's "
        "reading)",
    'Nigerian military ruler General Sani Abacha on Friday ordered the arrest of opposition leader Moshood '
    'Abiola.':
        "the phrase reads 'military ruler' as the government, but the events stage takes the rank "
        "'General' of the entity (NGAMIL)",
}


def _cases() -> list[Any]:
    cases = []
    for row in [*_probes.ACTORS35, *_probes.ACTORS35B]:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in [*_probes.ACTORS35, *_probes.ACTORS35B]}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors35_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
