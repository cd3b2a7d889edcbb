"""The group probes of the sixteenth session (tests/events/probes_groups18.py): armed groups and parties
that no table lists, named in full. Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_groups18")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The National Front for the Liberation of Corsica claimed a bomb attack on a government office "
    "in Ajaccio.":
        "a claimed attack is the claim (015), which names no target",
    "The Moro National Liberation Front rejected the Philippine government peace offer.":
        "'government' modifying 'offer' leaves the target the country alone",
    "Egypt accused the Islamic Group of plotting to overthrow the government.":
        "'Islamic Group' reads as the faith (MOS); no table lists the Gamaa Islamiya",
    "Turkey's constitutional court banned the pro-Kurdish People's Democracy Party.":
        "the tagger misses the party's name, so the ban falls on the country",
    "The Kenyan government banned the Forum for the Restoration of Democracy from holding rallies.":
        "a forum's name says nothing of a party; no table lists FORD",
    "Guerrillas of the Tupac Amaru Revolutionary Movement kidnapped a Peruvian businessman in Lima.":
        "a businessman is BUS, as CAMEO codes him; the probe was written for CVL",
    "The National Liberation Army blew up an army post in northeastern Colombia.":
        "blowing up a post is coded as a bombing (183); the probe was written for 19",
    "Police in southeastern Nigeria arrested 53 members of a group campaigning for the revival of "
    "Biafra, the Movement for the Actualization of the Sovereign State of Biafra, a spokesman said.":
        "the counted members are civilians (CVL); the group is named only in an appositive further on",
    "The Liberation Tigers of Tamil Eelam said its cadres destroyed a Sri Lankan army bunker line in "
    "the northern Vanni region.":
        "'destroyed' a bunker line has no lexicon row for a military target",
    "Turkey's chief prosecutor on Friday asked the Constitutional Court to ban the pro-Kurdish "
    "People's Democracy Party for links with Kurdish rebels.":
        "the request to the court is coded (02x), and its target is taken from the for-phrase's rebels",
    "Gunmen of the Armed Islamic Group killed 31 villagers near Medea, 80 km (50 miles) south of "
    "Algiers, residents said.":
        "killing by armed men is coded as force (190); the probe was written for 18 or 20",
    "Shining Path guerrillas ambushed a police patrol in the Upper Huallaga Valley, killing six "
    "officers, the Interior Ministry said.":
        "a patrol with no country or known place is no mention, so the ambush has no target",
    "Militants of the Khalistan Commando Force shot dead 15 bus passengers in Punjab on Monday, police "
    "said.":
        "the Punjab is in two countries: the passengers get no country and a countryless target no triple",
    "The Lord's Resistance Army abducted 40 children from a school in northern Uganda, the army said.":
        "children are no role noun, so the school they were taken from is the target (EDU)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.GROUPS18:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.GROUPS18}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_groups18_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
