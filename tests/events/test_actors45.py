"""Forty-third session (wip/actors45), the actor classes as the events stage meets them: a rebel region's
people before a leader's title or an army's noun ("ZAGREB - Krajina Serb leader X accused ...", "Krajina Serb
leaders rejected ...", "KNIN - Krajina Serb forces shelled ...") are the rebel side of the state holding the
region in law (HRVREB), where the title's "Serb" had made them Serbia's government or army; era ministers,
generals and faction leaders the table lacked, named with no title under a dateline (the name alone gave no
source); a group's post with a kind word before the title ("KLA political representative") is the group's.
Controls: a state's own leaders keep their government; the Bosnian Serb side keeps its reading; a party out
of office keeps OPP. Fresh sentences, not the probes'."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

CASES = [
    # (sentence, date, (source, target country, root)); "" for a part the case does not check
    ("ZAGREB (Reuters) - Krajina Serb leader Goran Hadzic on Monday accused Croatian troops of shelling Serb "
     "villages.", "1993-03-01", ("HRVREB", "HRV", "11")),
    ("BELGRADE (Reuters) - Krajina Serb leaders on Monday rejected Zagreb's offer of autonomy.", "1994-06-01",
     ("HRVREB", "HRV", "12")),
    ("KNIN, Croatia (Reuters) - Krajina Serb forces on Monday shelled the town of Sisak.", "1993-06-01",
     ("HRVREB", "HRV", "19")),
    ("DAMASCUS (Reuters) - Ramadan Shallah on Monday accused Yasser Arafat of betraying the uprising.",
     "2001-06-01", ("PSEREB", "PSE", "11")),
    ("ALGIERS (Reuters) - Mohamed Lamari on Monday accused France of harbouring Islamic militants.",
     "1996-06-01", ("DZAMIL", "FRA", "11")),
    ("PRETORIA (Reuters) - Magnus Malan on Monday accused Cuba of planning an attack on Namibia.",
     "1988-06-01", ("ZAFGOVMIL", "CUB", "11")),
    ("HANOI (Reuters) - Vo Van Kiet on Monday accused China of stirring up trouble on the border.",
     "1991-06-01", ("VNMGOV", "CHN", "11")),
    # a group's post with a kind word between the group's name and the title is the group's, not a state's
    # envoy (was SRBGOV: the envoy rule and the title held); on this date Demaci held no listed post: ELI
    ("PRISTINA (Reuters) - KLA political representative Adem Demaci on Monday accused NATO of abandoning the "
     "Albanians.", "2000-01-01", ("SRBELI", "", "11")),
    # controls: a state's own leaders; the Bosnian Serb side; a party out of office
    ("BELGRADE (Reuters) - Serbian leaders on Monday rejected Zagreb's offer of autonomy.", "1994-06-01",
     ("SRBGOV", "HRV", "12")),
    ("PALE, Bosnia (Reuters) - Bosnian Serb leader Radovan Karadzic on Monday accused NATO of siding with "
     "the Moslems.", "1994-06-01", ("BIHREB", "", "11")),
    ("JERUSALEM (Reuters) - The Likud on Monday accused the Labour Party of betraying the settlers.",
     "1994-06-01", ("ISROPP", "ISR", "11")),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES, ids=[f"{c[0][:40]}-{c[1]}" for c in CASES])
def test_actor_classes_in_events(code: Any, text: str, date: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=date)
    width, root = len(want[1]), len(want[2])
    got = {(e.source.code, (e.target.code if e.target else "")[:width], (e.cameo or "")[:root])
           for e in art.events if e.source}
    assert want in got, sorted(got)
