"""The thirtieth session's speed work (perf32) gives the answers the plain code gives.

- `ancestors` keeps each token's chain of heads with the sentence part being coded (the coder asks for the
  same trigger's chain five or six times a sentence): the same tokens as the walk, a new list each time,
  per sentence bounds, and nothing kept outside a part.
- `role_sector` keeps its answer with the part: the same as the plain function, inside and outside.
- Two re-parse repairs (`_participle_set_off`, `_subject_in_time_aside`) take the commas from the Doc's
  arrays; with the pre-filter made to return every token of the part, they run main's whole walk, and both
  ways must agree (as test_speed_caches31 checks the other repairs).
The whole pipeline's output is compared with main's by `benchmarks/events_fingerprint.py`
(docs/benchmarks.md, perf32).
"""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.events import arguments, parse, reparse

TEXTS = [
    # a participle set off after the opening phrase, present and past
    "Libyan leader Moammar Gadhafi, appearing on television for the first time since the raids, denounced "
    "the United States.",
    "Armenia and Azerbaijan, locked in a six-year war over Nagorno-Karabakh, agreed to a ceasefire.",
    # a subject before a set-off time aside
    "Japan's government, a day after North Korea fired a rocket over Honshu, on Tuesday lodged a strong "
    "protest with Pyongyang.",
    # role nouns, with and without modifiers, as heads, conjuncts and owners
    "Rebel fighters and former government ministers met opposition leaders in Nairobi on Monday.",
    "Police in Seoul arrested 200 students, and army troops shelled rebel positions near the border.",
    # no comma at all
    "The foreign ministers met in Geneva on Monday to discuss the crisis",
]


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Any]:
    return [nlp(text) for text in TEXTS]


def test_ancestors_kept_per_part(docs: list[Any]) -> None:
    for doc in docs:
        part = doc[0:len(doc)]
        inner = doc[2:len(doc)]  # other bounds inside the same part: a chain of their own
        with parse.sentence_part(part):
            for _ in range(2):
                for tok in part:
                    for sent in (part, inner):
                        got = parse.ancestors(tok, sent)
                        assert [t.i for t in got] == [t.i for t in parse._ancestors(tok, sent)]
                        got.clear()  # a caller's change does not reach the kept chain
        for tok in part:  # outside a part: the walk itself
            assert [t.i for t in parse.ancestors(tok, part)] == [t.i for t in parse._ancestors(tok, part)]


def test_role_sector_kept_per_part(docs: list[Any]) -> None:
    named = 0
    for doc in docs:
        part = doc[0:len(doc)]
        plain = [arguments._role_sector(tok) for tok in part]
        named += sum(map(bool, plain))
        with parse.sentence_part(part):
            for _ in range(2):
                assert [arguments.role_sector(tok) for tok in part] == plain
        assert [arguments.role_sector(tok) for tok in part] == plain
    assert named >= 5  # the sentences do name roles


def _all_indices(part: Any, words: frozenset[str]) -> list[int]:
    return list(range(part.start, part.end))


def test_comma_scans_as_main_walks(docs: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    fired = 0
    for doc in docs:
        part = doc[0:len(doc)]
        branch = (reparse._participle_set_off(part), reparse._subject_in_time_aside(part))
        with monkeypatch.context() as m:
            m.setattr(reparse, "_indices_with", _all_indices)
            walked = (reparse._participle_set_off(part), reparse._subject_in_time_aside(part))
        assert branch == walked, part.text
        fired += branch[0] is not None or bool(branch[1])
    assert fired >= 2  # the sentences do reach the repairs, not only the pre-filter
