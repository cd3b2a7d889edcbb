"""The thirty-second session's speed work (perf34) gives the answers the plain code gives.

- `epithets.epithet_of` first asks whether the noun's own word can end any epithet of the tables (a set of
  the keys and their tails after a blank or a hyphen): the same answer as the children walk for every noun,
  and a table entry added later (another session's, a test's) is found, never hidden by a stale set.
- `reparse._verbless_after_appositive` tests the opening name's role before walking its appositive: the same
  answer as the old order (both are pure).
The whole pipeline's output is compared with main's by `benchmarks/events_fingerprint.py`
(docs/benchmarks.md, perf34).
"""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.events import epithets, reparse

# written for this test: epithets of each table (fixed, kind, region, hyphenated) and nouns that are none
SENTENCES = [
    "Jordan's king flew home on Tuesday, and the kingdom said it would close its border with Iraq.",
    "The Islamic Republic rejected the demand, and the Jewish state called the reply a provocation.",
    "Singapore's premier spoke first; the city-state will host the talks, its foreign ministry said.",
    "Officials in Port-au-Prince said the Caribbean nation had expelled two diplomats from the island.",
    "Police in the capital detained forty students after the government banned the march.",
    "The Gulf state froze the accounts while the Himalayan kingdom held its first election.",
]


def _plain_epithet(tok: Any) -> str | None:
    """`epithet_of` as it was before perf34: the children walk for every noun."""
    saved = epithets._last_words
    try:
        epithets._last_words = lambda: _Everything()  # type: ignore[assignment]
        return epithets.epithet_of(tok)
    finally:
        epithets._last_words = saved  # type: ignore[assignment]


class _Everything(frozenset):  # type: ignore[type-arg]
    def __contains__(self, item: object) -> bool:
        return True


def test_epithet_precheck_gives_the_walks_answer(nlp: Any) -> None:
    found = []
    for text in SENTENCES:
        for tok in nlp(text):
            assert epithets.epithet_of(tok) == _plain_epithet(tok), (text, tok.text)
            if epithets.epithet_of(tok) is not None:
                found.append(epithets.epithet_of(tok))
    assert {"kingdom", "islamic republic", "jewish state", "gulf state"} <= set(found)


def test_epithet_added_later_is_found(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp("Lesotho's king spoke, and the mountain realm closed its border.")
    realm = next(t for t in doc if t.text == "realm")
    assert epithets.epithet_of(realm) is None  # (the set is built, without the new entry)
    monkeypatch.setitem(epithets.KINDS, "mountain realm", frozenset({"LSO"}))
    assert epithets.epithet_of(realm) == "mountain realm"  # the set is built again, not stale
    monkeypatch.setitem(epithets.FIXED, "alpine realm", "CHE")
    doc = nlp("The talks ended, and the alpine realm declined to join.")
    assert epithets.epithet_of(next(t for t in doc if t.text == "realm")) == "alpine realm"


def _plain_verbless(part: Any) -> bool:
    name = reparse._opening_name(part)
    span = reparse._set_off_appositive(name) if name is not None else None
    if name is None or span is None or name.dep_ in ("nsubj", "nsubjpass"):
        return False
    after = next((t for t in part if t.idx >= span[1]), None)
    return after is not None and after.pos_ not in ("VERB", "AUX")


APPOSITIVES = [
    "Japan, the biggest aid donor to China, froze grant aid to Beijing on Monday.",
    "Chile, the region's largest copper producer, recalled its ambassador from Lima.",
    "Kenya, a close ally of Washington, expelled two Sudanese diplomats on Friday.",
    "Pretoria, angered by the raids, cut its trade links with Maputo.",
    "Vietnam said on Tuesday it would release 200 prisoners held since the war.",
]


def test_appositive_test_order(nlp: Any) -> None:
    for text in APPOSITIVES:
        doc = nlp(text)
        part = doc[0:len(doc)]
        assert reparse._verbless_after_appositive(part) == _plain_verbless(part), text
