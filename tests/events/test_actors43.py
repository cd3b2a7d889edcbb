"""Forty-first session (wip/actors43), the actor classes as the events stage meets them: a non-state side's
"government" is the one it fights, not the dateline's ("KAMPALA - The RPF accused government troops" is
Rwanda's army); death squads and right-wing paramilitaries are the dateline state's irregulars (UAF, not its
army, and not unplaced as gunmen are); East and West Berlin are German datelines (they placed nothing, so a
story's Soviet mentions made it Moscow's). Controls: a state's officials under another state's dateline
leave "the government" to the dateline; a home opposition's government is the same state's; a nationality's
paramilitaries stay its forces. Fresh sentences, not the probes'."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

CASES = [
    ("NAIROBI (Reuters) - The SPLA on Monday accused government troops of burning villages in the south.",
     "1995-06-01", ("SDNREB", "SDN", "11")),
    ("KAMPALA (Reuters) - Rwandan Patriotic Front rebels on Tuesday accused the government of arming Hutu "
     "militias.", "1993-03-01", ("RWAREB", "RWA", "11")),
    ("NAIROBI (Reuters) - The United Somali Congress on Monday accused government troops of killing "
     "civilians.", "1990-06-01", ("SOMREB", "SOMMIL", "11")),
    ("ABIDJAN (Reuters) - Charles Taylor's rebels on Monday accused government troops of killing civilians.",
     "1990-06-01", ("LBRREB", "LBRMIL", "11")),
    ("SAN SALVADOR (AP) - Death squads on Sunday killed two priests, the archbishop's office said.",
     "1989-06-01", ("SLVUAF", "SLV", "18")),
    ("BOGOTA (AP) - Right-wing paramilitaries on Friday massacred 20 villagers in a hamlet of Antioquia.",
     "1998-01-01", ("COLUAF", "COL", "")),
    ("EAST BERLIN (Reuters) - Security police on Saturday detained dozens of demonstrators outside a church.",
     "1989-10-07", ("DEUCOP", "DEU", "17")),
    # controls: a state's officials abroad; a home opposition; a nationality's paramilitaries
    ("NAIROBI (Reuters) - Ugandan officials on Monday accused the government of harbouring rebels.",
     "1997-06-01", ("UGA", "KENGOV", "11")),
    ("NAIROBI (Reuters) - Kenyan opposition leaders on Monday accused the government of rigging the vote.",
     "1997-06-01", ("KENOPP", "KENGOV", "11")),
    ("PRISTINA (Reuters) - Serb paramilitaries on Sunday attacked ethnic Albanian villagers near Izbica.",
     "1999-04-01", ("SRBMIL", "SRB", "19")),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES, ids=[f"{c[0][:40]}-{c[1]}" for c in CASES])
def test_actor_classes_in_events(code: Any, text: str, date: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=date)
    # the source whole, the target as long as the case writes it (a country, or nothing), the root as long
    # as the case writes it
    width, root = len(want[1]), len(want[2])
    got = {(e.source.code, e.target.code[:width], (e.cameo or "")[:root]) for e in art.events
           if e.source and e.target}
    assert want in got, sorted(got)
