"""The event probes of the thirty-fifth session (tests/events/probes_actors37.py): events whose parties are
actors of 1985-2005 agency copy (movements that became the government, police and military forces by their
kind, leaders of two terms, era ministers, rebel leaders and independence fronts, troops attacked near a
town), dated 2000-01-01. Known gaps say why each miss misses; the test asserts the rest pass on actor +
root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors37")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'JOHANNESBURG (Reuters) - The ruling African National Congress on Monday accused the Inkatha Freedom '
    'Party of arming hostel dwellers in Soweto.':
        "no event: 'accused X of arming Y' yields no triple here (the ANC itself is ZAFGOV)",
    'WINDHOEK (AP) - The ruling South West Africa People\'s Organisation on Friday rejected opposition '
    'demands for an inquiry into the detention of dissidents during the independence war.':
        "NER splits the name, and the events stage asks 'People\'s Organisation' alone: civilians (NAMCVL); "
        "the whole name is NAMGOV now (country + root holds)",
    'LOME (AFP) - Members of the presidential guard on Monday opened fire on opposition demonstrators '
    'outside the presidential palace, witnesses said.':
        "no event: 'Members of the presidential guard ... opened fire on' yields no triple (the guard is "
        "TGOMIL as a phrase)",
    'Prime Minister Yitzhak Rabin on Sunday ordered the deportation of 400 Hamas activists to southern '
    'Lebanon.':
        "the target is read as the place they are sent to (LBN), not the Hamas activists",
    'KHARTOUM (AFP) - Southern rebels said on Sunday they had shot down a government transport plane near '
    'the town of Juba.':
        "no event: an attack told as what the rebels said they had done yields no triple",
    # batch 2
    'Turkish gendarmes on Wednesday detained 25 members of a pro-Kurdish party in the southeastern province '
    'of Mardin.':
        "the gendarmes are right (TURCOP); '25 members of a pro-Kurdish party' are read as civilians "
        "(TURCVL), not the party (country + root holds)",
    'Prime Minister Benazir Bhutto on Saturday accused the opposition of plotting to topple her '
    'government.':
        "no event: 'accused the opposition of plotting to topple' yields no triple (she is PAKGOV now)",
    'Renamo on Monday accused the ruling Frelimo party of rigging the vote count.':
        "Renamo stays REB whatever the date (dating it OPP after 1992 turned the armed men of its 2013-2019 "
        "war into the opposition), so the accuser is MOZREB (country + root holds)",
    'The ruling ZANU-PF party on Monday accused white farmers of funding the opposition.':
        "no event: 'accused white farmers of funding' yields no triple",
}


def _cases() -> list[Any]:
    cases = []
    for row in [*_probes.ACTORS37, *_probes.ACTORS37B]:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in [*_probes.ACTORS37, *_probes.ACTORS37B]}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors37_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
