"""The twenty-ninth session's speed work (perf31) gives the answers the plain code gives.

- The re-parse repairs (events/reparse.py) scan a sentence only at the tokens their words can be: the "and"
  tokens (joined clauses), the word after a weekday or "today" (a verb lost after a time phrase), the word
  after a hyphen, "visiting", the verbs (`_indices_with`, `tokens_with_pos`, read from the Doc's arrays).
  Each scan still tests everything it tested before, so with the two pre-filters made to return every
  token of the part, the branch runs main's whole walks: both ways must give the same answer, on sentences
  written for every repair and on sentences where none applies.
- `kids` outside a sentence part keeps each token's children per Doc: the same tuple spaCy lists, also
  after another Doc and for a retokenized Doc.
- `tokens_with_pos` keeps a part's tokens of one part of speech with the part: the same tokens, as a new
  list each time, and nothing kept for a span that is not the part being coded.
The whole pipeline's output is compared with main's by `benchmarks/events_fingerprint.py`
(docs/benchmarks.md, perf31).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.symbols import NOUN, VERB

from wirewatch.events import parse, reparse

TEXTS = [
    # a verb lost after a time phrase, with and without a fronted phrase
    "A Beijing court on Wednesday sentenced veteran dissident Xu Wenli to 13 years in prison.",
    "Nigeria's military government on Friday executed writer Ken Saro-Wiwa and eight other activists.",
    "Seeking to restore ousted President Aristide, the United States on Thursday sent six warships to Haiti.",
    "The army today shelled the town, and rebels yesterday attacked a convoy on Sunday night.",
    # a hyphenated verb read as a modifier
    "China test-fired missiles into waters off Taiwan on Friday, officials said.",
    "Pakistan re-imposed a curfew in Karachi after well-armed gunmen killed five people.",
    # a guest read as the object of "visiting"; a past verb hung on an infinitive
    "Prime Minister Keizo Obuchi and visiting South Korean President Kim Dae-jung signed a declaration.",
    "Japan suspended its contribution to a project to build two reactors in North Korea and halted food aid.",
    # two clauses joined by "and"; an "or" and a "but" that are no such join
    "Armenian forces shelled Azerbaijani villages and Azerbaijan appealed to the United Nations.",
    "Iraq fired missiles at Israel and the Israeli government vowed to retaliate.",
    "Rebels seized the airport or the army withdrew, but the capital stayed calm.",
    # a participle read as a name; a verb lost after an appositive
    "Accusing Seoul of provocations, North Korea warned of retaliation.",
    "Japan, the biggest aid donor to China, froze grant aid to Beijing.",
    # none of them
    "The foreign ministers met in Geneva on Monday to discuss the crisis.",
    "Visiting diplomats said the cease-fire was holding in the north.",
]


def _all_indices(part: Any, words: frozenset[str]) -> list[int]:
    return list(range(part.start, part.end))


def _all_tokens(span: Any, pos: int) -> list[Any]:
    return list(span)


def _sig(x: Any) -> Any:
    if hasattr(x, "doc") and hasattr(x, "start"):  # a span: its text, offsets and analysis
        return (x.start_char, [(t.idx, t.text, t.dep_, t.head.idx, t.tag_, t.pos_, t.lemma_, t.ent_type_)
                               for t in x])
    return x


def _answers(part: Any) -> list[Any]:
    return [[(p.start, p.end) for p in reparse.joined_clauses(part)],
            reparse._verb_lost_after_time(part), reparse._subject_in_fronted(part),
            reparse._split_hyphen_verb(part), reparse._visiting_conjunct(part),
            reparse._past_on_infinitive(part), _sig(reparse.parsed_again(part, alone=False))]


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Any]:
    return [nlp(text) for text in TEXTS]


def test_repair_scans_as_main_walks(docs: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    fired = 0
    for doc in docs:
        for sent in doc.sents:
            part = doc[sent.start:sent.end]
            branch = _answers(part)
            with monkeypatch.context() as m:
                m.setattr(reparse, "_indices_with", _all_indices)
                m.setattr(reparse, "tokens_with_pos", _all_tokens)
                walked = _answers(part)
            assert branch == walked, sent.text
            fired += branch[-1] != _sig(part) or len(branch[0]) > 1
    assert fired >= 5  # the sentences do reach the repairs, not only the pre-filters


def test_indices_with(docs: list[Any]) -> None:
    words = frozenset({"and", "-", "friday", "visiting"})
    for doc in docs:
        part = doc[1:len(doc)]
        assert reparse._indices_with(part, words) == [t.i for t in part if t.lower_ in words]


def test_kids_outside_a_part(docs: list[Any], nlp: Any) -> None:
    for doc in (*docs, docs[0]):  # the first Doc again after the others
        for tok in doc:
            assert parse.kids(tok) == tuple(tok.children)
    doc = nlp("Pakistan re-imposed a curfew in Karachi.")  # merged by the prefixed-words step
    other = nlp("Pakistan re imposed a curfew in Karachi.")
    for d in (other, doc, other):
        for tok in d:
            assert parse.kids(tok) == tuple(tok.children)
    with doc.retokenize() as retokenizer:  # a Doc retokenized after it was asked: asked anew
        retokenizer.merge(doc[5:7])
    for tok in doc:
        assert parse.kids(tok) == tuple(tok.children)


def test_kids_inside_a_part_stays_bounded(docs: list[Any]) -> None:
    doc = docs[8]  # two joined clauses: the first part's tokens keep no child from the second
    part = doc[0:6]
    with parse.sentence_part(part):
        for tok in part:
            assert parse.kids(tok) == tuple(c for c in tok.children if part.start <= c.i < part.end)
    for tok in part:  # and outside again, every child
        assert parse.kids(tok) == tuple(tok.children)


def test_tokens_with_pos_kept_with_the_part(docs: list[Any]) -> None:
    for doc in docs:
        part = doc[0:len(doc)]
        plain = {pos: [t.i for t in part if t.pos == pos] for pos in (VERB, NOUN)}
        with parse.sentence_part(part):
            for _ in range(2):
                for pos in (VERB, NOUN):
                    got = parse.tokens_with_pos(part, pos)
                    assert [t.i for t in got] == plain[pos]
                    got.clear()  # a caller's change does not reach the kept answer
            inner = doc[1:len(doc)]  # another span of the same Doc: its own tokens, nothing kept for it
            assert [t.i for t in parse.tokens_with_pos(inner, VERB)] == [t.i for t in inner if t.pos == VERB]
        assert [t.i for t in parse.tokens_with_pos(part, VERB)] == plain[VERB]
