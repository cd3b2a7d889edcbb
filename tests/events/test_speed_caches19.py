"""The seventeenth session's speed work (perf19) gives the answers the plain code gives.

`parse.lemma` keeps answers by the token's hashes, `kids` hands out its kept tuples, `ActorLinker`
keeps `token_actor` per token, `ancestors` asks each head once, `doc_sentences` shares the Doc's
sentences with `sentence_of`, `inline_leads` pre-tests its patterns' words, and the entity index
answers its last list first and cuts empty reaches short. Sentences are our own.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from wirewatch import entity_index as ei
from wirewatch.events.actor_link import ActorLinker
from wirewatch.events.parse import (
    LEMMA_FIXES,
    ancestors,
    doc_sentences,
    kids,
    lemma,
    plain_lemma,
    sentence_of,
    sentence_part,
)
from wirewatch.parse import byline
from wirewatch.records import Article, Entity

TEXT = ("Gondor's foreign minister met Rohan's envoy in Edoras on Monday. Rebels staged attacks on a convoy "
        "near the border with Mordor and Harad, officials said. The talks were staging a comeback.")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TEXT)


def test_lemma_kept_by_hashes_is_the_plain_lemma(doc: Any, nlp: Any) -> None:
    other = nlp("The staging of the stages staged by Gondor; Stages were staged.")
    for tok in [*doc, *other, *doc]:
        assert lemma(tok) == plain_lemma(tok) == LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())
    assert {lemma(t) for t in other if t.lower_.startswith("stag")} == {"stage"}


def test_kids_are_the_children_in_text_order(doc: Any) -> None:
    for sent in doc.sents:
        with sentence_part(sent):
            for tok in sent:
                found = kids(tok)
                assert isinstance(found, tuple)
                inside = [c.i for c in tok.children if sent.start <= c.i < sent.end]
                assert [c.i for c in found] == sorted(inside)


def test_ancestors_is_the_head_walk(doc: Any) -> None:
    def plain(tok: Any, sent: Any) -> list[int]:
        out = []
        while tok.head.i != tok.i and sent.start <= tok.head.i < sent.end:
            tok = tok.head
            out.append(tok.i)
        return out

    for sent in doc.sents:
        part = doc[sent.start + 2:sent.end]  # a cut part: the walk stops at its bounds
        for tok in part:
            assert [a.i for a in ancestors(tok, sent)] == plain(tok, sent)
            assert [a.i for a in ancestors(tok, part)] == plain(tok, part)


def test_doc_sentences_are_the_doc_sentences_and_agree_with_sentence_of(doc: Any, nlp: Any) -> None:
    other = nlp("Police detained two students. They were freed.")
    for d in (doc, other, doc):
        sents = doc_sentences(d)
        assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in d.sents]
        for tok in d:
            assert (sentence_of(tok).start, sentence_of(tok).end) == (tok.sent.start, tok.sent.end)


def _article(text: str, entities: list[Entity] | None = None) -> Article:
    return Article(id="t", text=text, body_start=0, body_end=len(text), entities=entities or [])


def test_token_actor_kept_per_token_answers_as_a_fresh_linker(doc: Any, nlp: Any) -> None:
    article = _article(TEXT)
    kept = ActorLinker(article, doc)
    other = nlp("Rohan's envoy met Gondor's foreign minister.")
    for tok in [*doc, *other, *doc]:
        fresh = ActorLinker(article, tok.doc).token_actor(tok)
        mine = kept.token_actor(tok)
        assert mine == fresh
        assert kept.token_actor(tok) is mine  # asked again: the kept answer


BYLINE = re.compile(byline._BYLINE.pattern)
DATELINE = re.compile(byline._INLINE_DATELINE.pattern)


@pytest.mark.parametrize("text", [
    "GONDOR SIGNS PACT By Anna Smith, Reuters MINAS TIRITH, April 6 - Gondor signed a pact.",
    "TALKS END IN EDORAS, March 9 -- The talks ended.", "RAID KILLS TEN BREE, Jan. 3 _ Ten died.",
    "Troops shelled the town.", "A quiet day - nothing By the river happened.", ""])
def test_inline_leads_answer_as_the_patterns(text: str) -> None:
    cuts = [m.start() + 1 for m in BYLINE.finditer(text)]
    for m in DATELINE.finditer(text):
        cuts.extend((m.start(1), m.end()))
    assert byline.inline_leads(text) == cuts


def _ents(spans: list[tuple[int, int]]) -> list[Entity]:
    return [Entity(text="x" * (e - s), label="GPE", start=s, end=e) for s, e in spans]


def test_overlapping_is_the_scan_and_the_last_list_is_answered_first() -> None:
    ents = _ents([(30, 40), (0, 5), (10, 25), (12, 14), (50, 51)])
    index = ei.entity_index(ents)
    for start in range(0, 60, 3):
        for end in range(start + 1, 62, 4):
            assert index.overlapping(start, end) == [x for x in ents if x.start < end and start < x.end]
    assert ei.entity_index(ents) is index  # the same list again: its index
    ents.append(_ents([(55, 58)])[0])  # changed in place: a new index, which sees the new entity
    again = ei.entity_index(ents)
    assert again is not index and again.overlapping(56, 57) == [ents[-1]]
    copy = list(ents)
    assert ei.entity_index(copy).entities is copy


def test_is_event_noun_kept_by_hashes_answers_as_the_lexicon(doc: Any, nlp: Any) -> None:
    from wirewatch.events.arguments import NOMINALISED, is_event_noun
    from wirewatch.events.lexicon import default_lexicon

    lex = default_lexicon()
    other = nlp("The talks on the attack and the resumption of ties were held by officials.")
    for tok in [*doc, *other, *doc]:
        plain = tok.pos_ == "NOUN" and any(w in NOMINALISED or lex.lookup("noun", w)
                                           for w in (tok.lemma_.lower(), tok.lower_))
        assert is_event_noun(tok) == plain
    assert is_event_noun(other[1]) and not is_event_noun(other[-2])  # "talks", "officials"
