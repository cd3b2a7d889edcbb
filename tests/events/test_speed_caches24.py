"""The twenty-second session's speed work (perf24) gives the answers the plain code gives.

`triggers.find_triggers` skips, without making a Token, every word whose lower-case form and lemma no
lexicon row lists (`may_match`, kept per pair of hashes); `parse.word_in_reach` lets `target_actors`
skip a subtree walk where the word it looks for is not between the token's edges; `parse.sentence_of`
replaces spaCy's `Token.sent` in two subject rules; `ActorLinker` reads a Doc's entities once for its
token table and `ents_in`. Each is checked here against the plain code on sentences of our own that hold
the cases the shortcuts must not miss: hyphenated compounds ("cease-fire", "sit-in"), a "re-" prefix
("re-imposed"), inflections the lemmatizer misses ("cordoned"), adjective rows on participles, the
model's lemma fixes ("staged"). The whole pipeline's output is compared with main's by
`benchmarks/events_fingerprint.py` (docs/benchmarks.md, perf24).
"""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.events.actor_link import ActorLinker
from wirewatch.events.lexicon import default_lexicon
from wirewatch.events.parse import doc_sentences, sentence_of, sentence_part, word_in_reach
from wirewatch.events.triggers import Trigger, find_triggers, listed_words, match_pattern, may_match
from wirewatch.records import Article

TEXTS = [
    "Gondor's foreign minister met Rohan's envoy in Edoras on Monday and signed a trade accord.",
    "Rebels attacked a convoy near the border with Mordor, officials said. Troops killed 12 rebels.",
    "The two sides agreed to a cease-fire and Arnor re-imposed sanctions on Rhun after the sit-in.",
    "Police cordoned off the square where students staged a protest against the government.",
    "Iran accused the United States of spying and expelled two diplomats, the ministry said on Tuesday.",
    "Japan was disappointed with the decision, and China said it was committed to the talks with Seoul.",
    "The minister discussed the war in Sudan with the U.S. envoy and blamed the collapse on Washington.",
    "SEOUL (Reuters) - North Korea fired a missile into the sea, South Korea's military said. Japan "
    "protested to Pyongyang, and the re-elected president condemned the cyber-attack.",
]


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Any]:
    return [nlp(text) for text in TEXTS]


def _plain_triggers(sent: Any, lex: Any) -> dict[int, Any]:
    """find_triggers' first pass as main had it: every word of the sentence tested."""
    triggers = {}
    for tok in sent:
        pattern = match_pattern(lex, tok)
        if pattern is not None:
            triggers[tok.i] = Trigger(tok, pattern)
    return triggers


def test_skipped_words_have_no_row(docs: list[Any]) -> None:
    lex = default_lexicon()
    words, _ = listed_words(lex)
    found = 0
    for doc in docs:
        for sent in doc_sentences(doc):
            with sentence_part(sent):
                for tok in sent:
                    pattern = match_pattern(lex, tok)
                    hyphen = tok.i >= 2 and doc.text[tok.idx - 1:tok.idx] == "-"
                    if pattern is not None:
                        found += 1
                        assert hyphen or may_match(words, tok.lower_, tok.lemma_), tok.text


def test_find_triggers_equals_the_plain_walk(docs: list[Any]) -> None:
    lex = default_lexicon()
    compared = 0
    for doc in docs:
        for sent in doc_sentences(doc):
            with sentence_part(sent):
                plain = _plain_triggers(sent, lex)
                # (the noun licensing pass after the first one is the same code on the same dictionary)
                fast = find_triggers(sent, lex)
                assert set(fast) <= set(plain)
                assert all(fast[i].pattern is plain[i].pattern for i in fast)
                compared += len(plain)
    assert compared > 20
    # the words the examples were written for are found
    joined = {t.tok.text for doc in docs for s in doc_sentences(doc) for t in find_triggers(s, lex).values()}
    assert {"cordoned", "imposed", "fire"} & joined


def test_licensing_pass_unchanged(docs: list[Any]) -> None:
    """find_triggers = the plain first pass, then the unchanged licensing of nouns."""
    from wirewatch.events import triggers as tr

    lex = default_lexicon()
    for doc in docs:
        for sent in doc_sentences(doc):
            with sentence_part(sent):
                plain = _plain_triggers(sent, lex)
                for i, trig in list(plain.items()):
                    if trig.pattern.pos != "noun" or trig.frame == "@SPEECH":
                        continue
                    if not tr.noun_licensed(trig.tok, plain) or (trig.is_frame and not tr._claimed(trig.tok)):
                        del plain[i]
                fast = find_triggers(sent, lex)
                assert list(fast) == list(plain)
                assert all(fast[i].pattern is plain[i].pattern for i in fast)


def test_word_in_reach_never_misses_a_subtree_word(docs: list[Any]) -> None:
    for doc in docs:
        for tok in doc:
            for word in ("with", "of", "on", "the", "minister"):
                if any(t.lower_ == word for t in tok.subtree):
                    assert word_in_reach(tok, word)
                if not word_in_reach(tok, word):
                    assert all(t.lower_ != word for t in tok.subtree)


def test_sentence_of_is_token_sent(docs: list[Any]) -> None:
    for doc in docs:
        for tok in doc:
            assert (sentence_of(tok).start, sentence_of(tok).end) == (tok.sent.start, tok.sent.end)


def test_linker_entities_are_spacys(docs: list[Any]) -> None:
    for doc in docs:
        link = ActorLinker(Article(id="t", text=doc.text), doc)
        for sent in doc.sents:
            assert [(e.start, e.end, e.label_) for e in link.ents_in(sent)] == \
                [(e.start, e.end, e.label_) for e in doc.ents if sent.start <= e.start and e.end <= sent.end]
        for tok in doc:
            ent = link._ent(tok)
            plain = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            assert (ent is None) == (plain is None)
            if ent is not None and plain is not None:
                assert (ent.start, ent.end, ent.label_) == (plain.start, plain.end, plain.label_)
