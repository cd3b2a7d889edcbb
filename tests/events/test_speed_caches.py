"""The tenth session's speed caches (speed11) give the answers the uncached code gives.

`parse.kids` keeps children lists while a sentence part is coded (`sentence_part`), `spans` keeps
the participant phrases resolved per text and Context values, and `coder._split` skips its token
walk when no cut lies inside the sentence. Sentences are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.events.coder import _split
from wirewatch.events.parse import BOUNDS, kids, sentence_part
from wirewatch.events.triggers import pos_of
from wirewatch.nlp.actors import spans
from wirewatch.nlp.actors.phrases import Context, resolve_text

TEXT = ("Police in the capital detained two students on Monday. "
        "The foreign minister met his counterpart and signed a trade agreement in March.")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TEXT)


def _uncached(tok: Any) -> list[int]:
    lo, hi = BOUNDS.get()
    return [c.i for c in tok.children if lo <= c.i < hi]


def test_kids_in_a_sentence_part_match_the_walk(doc: Any) -> None:
    for sent in doc.sents:
        with sentence_part(sent):
            for tok in sent:
                assert [c.i for c in kids(tok)] == _uncached(tok)
                assert [c.i for c in kids(tok)] == _uncached(tok)  # the kept list, asked again


def test_kids_are_bounded_by_the_part_being_coded(doc: Any) -> None:
    sent = next(iter(doc.sents))
    part = doc[sent.start:sent.start + 3]  # "Police in the": the verb and its objects are outside
    head = next(t for t in sent if t.dep_ == "ROOT")
    with sentence_part(part):
        assert all(part.start <= c.i < part.end for t in part for c in kids(t))
        inside = [c.i for c in kids(head)]  # the verb's subject is inside, its object is not
        assert inside == [c.i for c in head.children if part.start <= c.i < part.end]
    assert len(kids(head)) > len(inside), "outside any part, every child counts again"


def test_kids_answers_cannot_be_changed(doc: Any) -> None:
    sent = next(iter(doc.sents))
    root = sent.root
    with sentence_part(sent):
        first = kids(root)
        assert isinstance(first, tuple), "the kept answer is handed out itself: it must be immutable"
        assert kids(root) is first
    assert isinstance(kids(root), tuple)


def test_kids_of_another_doc_are_not_taken_from_the_kept_lists(nlp: Any, doc: Any) -> None:
    other = nlp("Rebels attacked the town.")
    sent = next(iter(doc.sents))
    with sentence_part(sent):
        for tok in sent:
            kids(tok)
        # the same token positions in another Doc have other children
        assert [c.i for c in kids(other[1])] == [c.i for c in other[1].children]


def test_split_without_a_cut_is_the_whole_sentence(doc: Any) -> None:
    for sent in doc.sents:
        parts = _split(sent, [])
        assert [(p.start, p.end) for p in parts] == [(sent.start, sent.end)]
        far = [len(TEXT) + 10]
        assert [(p.start, p.end) for p in _split(sent, far)] == [(sent.start, sent.end)]


def test_split_at_a_cut_inside_still_cuts(doc: Any) -> None:
    second = list(doc.sents)[1]
    cut = second[3].idx  # a cut inside the sentence, at a token start
    parts = _split(second, [cut])
    assert [(p.start, p.end) for p in parts] == [(second.start, second.start + 3),
                                                 (second.start + 3, second.end)]


def test_pos_of_keeps_months_and_amounts_out(doc: Any) -> None:
    by_text = {t.text: t for t in doc}
    assert pos_of(by_text["March"]) is None  # the month, tagged a proper noun
    assert pos_of(by_text["detained"]) == "verb"
    assert pos_of(by_text["agreement"]) == "noun"
    assert pos_of(by_text["the"]) is None


@pytest.mark.parametrize("phrase", ["students", "police", "the foreign minister", "officials", "talks"])
def test_participant_phrases_answer_as_resolve_text(phrase: str) -> None:
    for ctx in (Context(), Context(country="KOR", reason="dateline SEOUL"),
                Context(country="FRA", reason="dateline PARIS", date="1990-05-01")):
        kept = spans._participant_text(phrase, ctx)
        fresh = resolve_text(phrase, ctx, civil_context=True)
        assert (kept.country, kept.sector, kept.code, kept.reasons) == \
            (fresh.country, fresh.sector, fresh.code, fresh.reasons)


def test_participant_phrases_are_kept_per_context() -> None:
    seoul = spans._participant_text("students", Context(country="KOR", reason="dateline SEOUL"))
    paris = spans._participant_text("students", Context(country="FRA", reason="dateline PARIS"))
    assert seoul.country == "KOR" and paris.country == "FRA"


def test_a_callers_dictionary_is_never_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    class Dictionary:  # a caller's dictionary may change between calls: never a key
        def lookup(self, text: str, date: str | None) -> None:
            return None

    ctx = Context(country="KOR", reason="dateline SEOUL", user=Dictionary())  # type: ignore[arg-type]
    before = len(spans._PARTICIPANTS)
    spans._participant_text("a phrase kept nowhere", ctx)
    assert len(spans._PARTICIPANTS) == before
