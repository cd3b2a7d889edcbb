"""Thirty-eighth session (wip/actors40), the actor classes as the events stage meets them: an IGO or NGO
name the tagger leaves untagged ("Human Rights Watch", "Africa Watch") is the body, not a region its first
word names nor an unnamed actor placed by a town; one role noun after two coordinated states ("Greece and
Turkey's defence chiefs", "Egypt and Libya's foreign ministers") is each state's officers; an era
prosecutor or envoy named out of term is the body's. Controls: a state named bare keeps its bare code; a
single state's possessive keeps its role. Fresh sentences, not the probes'."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

GSR = "2000-01-01"

CASES = [
    ("NEW YORK (Reuters) - Human Rights Watch on Tuesday accused Colombian troops of helping paramilitary "
     "death squads.", ("NGOHRIHRW", "COLMIL", "11")),
    ("WASHINGTON (AP) - Americas Watch on Friday accused the Salvadoran army of killing six Jesuit priests.",
     ("NGOHRIHRW", "SLVMIL", "11")),
    ("NAIROBI (Reuters) - Africa Watch on Wednesday accused Sudan's government of bombing civilians in the "
     "south.", ("NGOHRIHRW", "SDNGOV", "11")),
    ("NICOSIA (Reuters) - Cyprus and Greece's foreign ministers on Monday accused Turkey of blocking talks "
     "on the island.", ("CYPGOV", "TUR", "11")),
    ("NICOSIA (Reuters) - Cyprus and Greece's foreign ministers on Monday accused Turkey of blocking talks "
     "on the island.", ("GRCGOV", "TUR", "11")),
    ("BEIJING (Xinhua) - Laos and Vietnam's army chiefs on Thursday signed an agreement on border security.",
     ("LAOMIL", "VNM", "05")),
    ("THE HAGUE (AFP) - Richard Goldstone on Wednesday accused Belgrade of shielding indicted war criminals.",
     ("IGOUNOJUDWCT", "SRB", "11")),
    # controls: two states named bare; one state's possessive
    ("NICOSIA (Reuters) - Cyprus and Greece on Monday accused Turkey of blocking talks on the island.",
     ("CYP", "TUR", "11")),
    ("ATHENS (Reuters) - Greece's foreign minister on Monday accused Turkey of blocking talks on Cyprus.",
     ("GRCGOV", "TUR", "11")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"{c[0][:40]}-{c[1][0]}" for c in CASES])
def test_actor_classes_in_events(code: Any, text: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=GSR)
    # the source whole, the target as long as the case writes it (a country, or a whole code), the root
    width = len(want[1])
    got = {(e.source.code, e.target.code[:width], (e.cameo or "")[:2]) for e in art.events
           if e.source and e.target}
    assert want in got, sorted(got)
