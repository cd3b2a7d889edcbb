"""The sixteenth session's speed work (perf18) gives the answers the plain code gives.

`parse.span_text` slices a span's text from its Doc's text, `parse.sentence_of` finds a token's
sentence by a bisect, `parse.part_memo` keeps `phrase_actors` answers per sentence part, and
`Lexicon.discarded` pre-tests its phrases by substring before the regex. Sentences are our own.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from wirewatch.events.actor_link import ActorLinker
from wirewatch.events.arguments import phrase_actors
from wirewatch.events.lexicon import Lexicon
from wirewatch.events.parse import part_memo, sentence_of, sentence_part, span_text
from wirewatch.records import Article

TEXT = ("Gondor's foreign minister met Rohan's envoy in Edoras on Monday.  The two sides signed a trade "
        "accord, officials said. Rebels attacked a convoy near the border with Mordor and Harad.")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TEXT)


def test_span_text_is_the_span_text(doc: Any, nlp: Any) -> None:
    other = nlp("Police detained two students.")
    for sent in doc.sents:
        assert span_text(sent) == sent.text
        for start in range(sent.start, sent.end):
            part = doc[start:min(start + 4, sent.end)]
            assert span_text(part) == part.text
        assert span_text(other[1:3]) == other[1:3].text  # another Doc between: its own text


def test_sentence_of_is_the_token_sentence(doc: Any, nlp: Any) -> None:
    other = nlp("Police detained two students. They were freed.")
    for tok in [*doc, *other, *doc]:
        mine, theirs = sentence_of(tok), tok.sent
        assert (mine.doc, mine.start, mine.end) == (theirs.doc, theirs.start, theirs.end)


def _article(text: str) -> Article:
    return Article(id="t", text=text, body_start=0, body_end=len(text))


def test_phrase_actors_kept_per_part_answer_as_the_walk(doc: Any) -> None:
    link = ActorLinker(_article(TEXT), doc)
    for sent in doc.sents:
        plain = {t.i: phrase_actors(t, link) for t in sent}  # outside a part: nothing is kept
        with sentence_part(sent):
            assert part_memo(sent[0]) is not None
            for tok in sent:
                first = phrase_actors(tok, link)
                assert first == phrase_actors(tok, link)
                first.clear()  # a caller's list is its own: the kept answer is untouched
                assert phrase_actors(tok, link) == phrase_actors(tok, link, deep=True)
        with sentence_part(sent):
            assert [phrase_actors(t, link) for t in sent] == [plain[t.i] for t in sent]
    assert part_memo(doc[0]) is None


def test_part_memo_is_not_shared_with_another_doc(doc: Any, nlp: Any) -> None:
    other = nlp("Rebels attacked a convoy.")
    with sentence_part(next(iter(doc.sents))):
        assert part_memo(other[0]) is None


DISCARDS = ["world cup", "semi-final", "scored a goal", "grammy"]
# the regex alone, as `Lexicon.discarded` was before the pre-test
REGEX = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(DISCARDS, key=len, reverse=True)) + r")\b",
                   re.I)


@pytest.mark.parametrize("sentence", [
    "Brazil beat Germany in the World Cup final.", "BRAZIL WON THE WORLD CUP", "The world cupboard was bare.",
    "A semi-final in Zürich was cancelled.", "Zürich hosted the World Cup draw.", "Troops shelled the town.",
    "He scored a goal", "The Grammys went ahead.", "The grammy went to her.", "A semi final."])
def test_discard_pretest_answers_as_the_regex(sentence: str) -> None:
    hit = REGEX.search(sentence)
    assert Lexicon(discards=list(DISCARDS)).discarded(sentence) == (hit.group(1).lower() if hit else None)


def test_a_non_ascii_phrase_turns_the_pretest_off() -> None:
    lex = Lexicon(discards=["fußball"])
    assert lex.discarded("Ein Fußball-Spiel") == "fußball"
    assert not lex._discard_ascii


def test_hyphenated_words_are_found_from_the_text_as_from_the_tokens(nlp: Any) -> None:
    from wirewatch.events.triggers import _hyphenated

    doc = nlp("Both sides violated the cease-fire, and a sit-in began. The cease - fire held; a - b.")
    found = {t.text: _hyphenated(t) for t in doc if _hyphenated(t)}
    assert found == {"fire": "cease-fire", "in": "sit-in"}  # the spaced one is no compound
