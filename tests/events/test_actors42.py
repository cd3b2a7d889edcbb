"""Fortieth session (wip/actors42), the actor classes as the events stage meets them: a town of a state
that split off later is the older state's in the lead rule ("NAIROBI - ... near Juba, the army said" in
1995 is Sudan's army); a leader's "-led" before an international body's name over a role noun ("U.S.-led
NATO peacekeepers" are NATO's); an armed group's name with "and" in it taken whole before the tagger splits
it at a place ("The Jammu and Kashmir Liberation Front"); two named armed groups of one state, one code
(IRQREB), are rival parties, not one ("the KDP accused the PUK"). Controls: the same town after the split; a
"-led" force with no body named stays the leader's forces; a group's own leader or its own fighters are
never its rival. Fresh sentences, not the probes'."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

CASES = [
    ("NAIROBI (Reuters) - Rebels attacked a government garrison near Juba on Monday, the army said.",
     "1995-06-01", ("SDNREB", "SDN", "19")),
    ("NAIROBI (Reuters) - Rebels shelled a government garrison near Keren on Monday, the army said.",
     "1989-06-01", ("ETHREB", "ETH", "19")),
    ("SARAJEVO (Reuters) - U.S.-led NATO peacekeepers on Monday arrested two Bosnian Serb war crimes "
     "suspects.", "1998-01-22", ("IGOWSTNAT", "BIH", "17")),
    ("GNJILANE (Reuters) - U.S.-led NATO troops on Monday seized weapons from ethnic Albanian rebels in the "
     "village.", "2000-01-01", ("IGOWSTNAT", "", "19")),
    ("ISLAMABAD (Reuters) - The Jammu and Kashmir Liberation Front on Monday accused India of torturing its "
     "jailed leaders.", "1993-01-01", ("INDREB", "IND", "11")),
    ("SULAIMANIYA, Iraq (AP) - The Kurdistan Democratic Party on Friday accused the Patriotic Union of "
     "Kurdistan of holding its men prisoner.", "1996-06-01", ("IRQREB", "IRQREB", "11")),
    ("NAIROBI (Reuters) - The SPLA on Monday accused Riek Machar's fighters of attacking its positions in "
     "Upper Nile.", "1995-06-01", ("SDNREB", "SDNREB", "11")),
    # controls: the town after the split; a "-led" force with no body named; a body named without a leader
    ("SKOPJE (AFP) - French-led NATO troops on Friday detained three armed men near the border.",
     "2001-08-01", ("IGOWSTNAT", "", "17")),
    ("NAIROBI (Reuters) - Rebels attacked an army garrison near Juba on Monday, the army said.",
     "2015-06-01", ("SSDREB", "SSD", "19")),
    ("MONROVIA (AP) - British-led troops on Saturday detained three rebel commanders.", "2000-01-01",
     ("GBRMIL", "LBR", "17")),
    ("PRISTINA (Reuters) - NATO troops on Sunday detained three Serb policemen.", "2000-01-01",
     ("IGOWSTNAT", "SRB", "17")),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES, ids=[f"{c[0][:40]}-{c[1]}" for c in CASES])
def test_actor_classes_in_events(code: Any, text: str, date: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=date)
    # the source whole, the target as long as the case writes it (a country, or nothing), the root
    width = len(want[1])
    got = {(e.source.code, e.target.code[:width], (e.cameo or "")[:2]) for e in art.events
           if e.source and e.target}
    assert want in got, sorted(got)


@pytest.mark.parametrize("text", [
    "ARBIL, Iraq (Reuters) - The Kurdistan Democratic Party on Monday said Massoud Barzani would meet the "
    "U.S. envoy.",
    "ARBIL, Iraq (Reuters) - The Patriotic Union of Kurdistan said on Monday that its fighters had repelled "
    "an attack.",
])
def test_a_group_is_not_its_own_rival(code: Any, text: str) -> None:
    art = code(text, date="1996-06-01")
    both = [e for e in art.events if e.source and e.target and e.source.code == e.target.code == "IRQREB"]
    assert not both, [(e.source.code, e.target.code, e.cameo) for e in both]
