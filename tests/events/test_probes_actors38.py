"""The event probes of the thirty-sixth session (tests/events/probes_actors38.py): events whose parties are
actors of 1985-2005 agency copy (leaders who were rebels or putschists before or after office, envoys and
representatives with no name, officials named by title and a neighbouring sentence's country, the era's
religious, ethnic and tribal groups, placed bodies), dated 2000-01-01. Known gaps say why each miss misses;
the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors38")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'ABIDJAN (AFP) - Junta leader General Robert Guei on Monday barred former prime minister Alassane '
    'Ouattara from the presidential race.':
        "no event: 'barred X from the race' yields no triple (Guei is CIVGOV by his row)",
    'BUJUMBURA (Reuters) - President Pierre Buyoya on Thursday met Hutu rebel leaders in Arusha for talks '
    'on ending the civil war.':
        "the Hutu rebels are placed by the talks' venue (TZAREB), not the state they fought (BDI); the "
        "cross-border people's venue check does not see 'met ... in Arusha for talks'",
    'BOGOTA (AP) - A representative of the Red Cross on Monday received two kidnapped oil workers freed '
    'by leftist guerrillas.':
        "the target is the freed oil workers (COLLAB), not the guerrillas who freed them (country + root "
        "holds)",
    'ASMARA (AFP) - An OAU envoy on Tuesday handed Eritrean leaders a peace plan for the border war with '
    'Ethiopia.':
        "no event: 'handed X a peace plan' yields no triple",
    'NICOSIA (AFP) - Shi\'ite rebels on Friday attacked Baath party offices in the southern city of '
    'Amara, Iraqi opposition sources said.':
        "the gazetteer reads 'Amara' as Ethiopia's Amhara (ETH), so the rebels are ETHREB; the attacked "
        "offices are no actor",
    'BEIRUT (UPI) - Christian militiamen on Monday shelled the Moslem western sector of the capital, '
    'killing 12 civilians, police said.':
        "the target is 'the Moslem western sector' (LBNMOS), a place read as its faith's people (country + "
        "root holds)",
    'QUITO (Reuters) - Ecuador\'s armed forces chief on Saturday withdrew his support for President Jamil '
    'Mahuad.':
        "'withdrew his support' is read as a military withdrawal (087), not reduced relations (16)",
    # batch 2
    'GENEVA (Reuters) - The Iranian representative to the U.N. Human Rights Commission on Tuesday rejected '
    'a resolution condemning Tehran.':
        "the source is right now (IRNGOV); the target is read as Tehran, the condemned, not the commission "
        "whose resolution it was (IGOUNO)",
    'BEIRUT (Reuters) - Amal militiamen on Monday fought Hezbollah guerrillas in the southern suburbs of '
    'the capital.':
        "a bare 'Amal' before its men is no table's name (only 'the Amal movement', 'the Amal militia'): "
        "the militiamen are ---UAF",
}


def _cases() -> list[Any]:
    cases = []
    for row in [*_probes.ACTORS38, *_probes.ACTORS38B]:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in [*_probes.ACTORS38, *_probes.ACTORS38B]}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors38_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
