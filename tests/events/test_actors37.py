"""Thirty-fifth session (wip/actors37), the events-stage class: an attack whose object names a state's force
or what it holds with no country ("attacked a naval base near Trincomalee", "ambushed an army convoy near
the town of Gulu") is on that force of the country the place gives (LKAMIL, UGAMIL); it was read as the
town's civilians (the place rule's CVL). Controls: an attack on villages, a bus or people near a town keeps
the town's civilians; a force with its own country keeps it. Fresh sentences, not the probes'."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

GSR = "2000-01-01"

CASES = [
    ("Rebels attacked an army post near the town of Kitgum on Saturday.", ("UGAREB", "UGAMIL", "19")),
    ("Guerrillas overran a police station near Batticaloa, the military said.", ("LKAREB", "LKACOP", "19")),
    ("Separatist guerrillas ambushed a military convoy near the town of Sigli.", ("IDNREB", "IDNMIL", "19")),
    ("Rebels shelled a government garrison near the town of Malakal on Monday.", ("SDNREB", "SDNMIL", "19")),
    # controls: settlements, vehicles and people near a town are its civilians; an owned force keeps its own
    ("Rebels shelled three villages near the town of Kitgum on Saturday.", ("UGAREB", "UGACVL", "19")),
    ("Gunmen attacked a bus near Kandy on Monday.", ("LKAUAF", "LKACVL", "19")),
    ("Tamil guerrillas attacked Indian troops near Batticaloa.", ("LKAREB", "INDMIL", "19")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_force_near_a_town(code: Any, text: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=GSR)
    got = {(e.source.code, e.target.code, (e.cameo or "")[:2]) for e in art.events if e.source and e.target}
    assert want in got, sorted(got)
