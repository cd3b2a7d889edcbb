"""The thirty-third session's speed work (perf35) gives the answers the plain code gives.

- `arguments._paired_states` looks the head's word up in `PAIRED_STATES` before it walks the head's
  children for "two"/"both": the same answer as the old order for every token (both tests are pure), and
  a divided state added to the table later (another session's, a test's) is found.
The whole pipeline's output is compared with main's by `benchmarks/events_fingerprint.py`
(docs/benchmarks.md, perf35).
"""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.events import arguments
from wirewatch.events.parse import kids, sentence_part

# written for this test: the plural of a divided state with and without "two"/"both", and heads that are none
SENTENCES = [
    "Officials of the two Koreas met at the border village on Friday to discuss family reunions.",
    "Both Sudans accused each other of backing rebels along their disputed frontier.",
    "The Koreas agreed to resume talks, and the two Congos signed a trade pact in Brazzaville.",
    "Two ministers flew to Seoul, where both sides said the talks had gone well.",
    "Relief agencies said both countries had closed the two crossings after the shelling.",
]


def _plain_paired(h: Any) -> list[Any]:
    """`_paired_states` as it was before perf35: the children walk first, the table after."""
    states = arguments.PAIRED_STATES.get(h.lower_)
    both = next((c for c in kids(h) if c.lower_ in ("two", "both")), None)
    if states is None or both is None:
        return []
    return arguments._paired_states(h)


def _codes(found: list[Any]) -> list[tuple[str, int, int, int]]:
    return [(a[0].code, a[1], a[2], a[3].i) for a in found]


def test_paired_states_order(nlp: Any) -> None:
    found = []
    for text in SENTENCES:
        doc = nlp(text)
        with sentence_part(doc[0:len(doc)]):
            for tok in doc:
                assert _codes(arguments._paired_states(tok)) == _codes(_plain_paired(tok)), (text, tok.text)
                found += [a[0].code for a in arguments._paired_states(tok)]
    assert {"KOR", "PRK", "SDN", "SSD"} <= set(found)


def test_paired_state_added_later(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp("Officials of the two Germanys met in Bonn.")
    head = next(t for t in doc if t.lower_ == "germanys")
    assert arguments._paired_states(head) == []
    pair = (("DEU", "West Germany"), ("DDR", "East Germany"))
    monkeypatch.setitem(arguments.PAIRED_STATES, "germanys", pair)
    assert [a[0].code for a in arguments._paired_states(head)] == ["DEU", "DDR"]
