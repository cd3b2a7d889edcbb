"""Thirty-sixth session (wip/actors38), the actor classes as the events stage meets them: a party's span is
often the nationality before a role ("the Syrian representative", "Papua New Guinea soldiers" with NER's
"New Guinea"), which the actors stage qualifies on its own path. Another state's representative is its
envoy (GOV, not a legislator); "New Guinea" is Papua New Guinea's, not Guinea's; the Pope's envoy is the
Holy See's; an ousted prime minister is an elite of the dateline's state. Control: a US representative
before a name stays a legislator. Fresh sentences, not the probes'."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

GSR = "2000-01-01"

CASES = [
    ("UNITED NATIONS (AP) - The Syrian representative on Wednesday accused Israel of stalling the talks.",
     ("SYRGOV", "ISR", "11")),
    ("SYDNEY (Reuters) - Papua New Guinea police on Friday arrested 12 landowners blocking a mine road.",
     ("PNGCOP", "PNG", "17")),
    ("HAVANA (Reuters) - The Pope's envoy on Monday met President Fidel Castro to prepare the papal visit.",
     ("VATGOV", "CUB", "04")),
    ("ISLAMABAD (Reuters) - Police on Tuesday arrested the ousted prime minister at his home.",
     ("PAKCOP", "PAKELI", "17")),
    # control: a US legislator by his title
    ("WASHINGTON (Reuters) - Representative Dan Burton on Tuesday accused Cuba of jailing dissidents.",
     ("USALEG", "CUB", "11")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_actor_classes_in_events(code: Any, text: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=GSR)
    # the source whole, the target as long as the case writes it (a country, or a whole code), the root
    width = len(want[1])
    got = {(e.source.code, e.target.code[:width], (e.cameo or "")[:2]) for e in art.events
           if e.source and e.target}
    assert want in got, sorted(got)
