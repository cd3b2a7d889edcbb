"""The thirty-first session's speed work (perf33) gives the answers the plain code gives.

- `codable.may_code` lets the coder skip the second parse of a cut-off part only where no reading can come
  from its words however they are parsed. Its proof rests on `_Lemmas.of` holding every lemma the pipeline
  gives a word: checked here on sentences of many shapes (every token's own lemma must be among them), and
  on the coder's output being the same with the test made to answer True everywhere (every part parsed
  again, as before).
- `reparse._indices_with` answers from one set test where none of the words is in the part: the same list
  as the walk.
The whole pipeline's output is compared with main's by `benchmarks/events_fingerprint.py`
(docs/benchmarks.md, perf33).
"""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.events import codable, coder, reparse
from wirewatch.events.lexicon import default_lexicon
from wirewatch.records import Document

# sentences of many shapes and word forms (irregular verbs, plurals, comparatives, pronouns, contractions,
# possessives, names), for the lemma property; written for this test
SENTENCES = [
    "The ministers went to Geneva and came back with nothing, though they'd hoped for more.",
    "Mice ran through the better houses while children slept and geese flew south.",
    "She has told them she'll never give in to their demands, and he's said he won't either.",
    "Rebels seized three towns on Friday; the army's commanders were later relieved of their posts.",
    "Officials in Seoul denied that North Korean troops had fired across the border into the sea.",
    "The Osgiliath council can cope with a decrease in vital water from the mighty rivers.",
    "Its leaders are better prepared than ours, and I am sure we shall see worse before it gets better.",
    "Thousands of refugees were fleeing the fighting, crossing into neighbouring countries by foot.",
]


@pytest.fixture(scope="module")
def lemmas(nlp: Any) -> Any:
    return codable._Lemmas(nlp)


def test_every_lemma_the_pipeline_gives_is_foreseen(nlp: Any, lemmas: Any) -> None:
    assert lemmas.known
    checked = 0
    for text in SENTENCES:
        for tok in nlp(text):
            if "-" in tok.text or tok.is_space:
                continue
            assert tok.lemma_ in lemmas.of(tok.lower_) or tok.lemma_.lower() in lemmas.of(tok.lower_), \
                (tok.text, tok.pos_, tok.lemma_)
            checked += 1
    assert checked > 100


def test_may_code(nlp: Any) -> None:
    lex = default_lexicon()
    quiet = nlp("Osgiliath can cope with a decrease in vital water from the mighty rivers.")
    assert not codable.may_code(quiet[0:len(quiet)], lex, coder.YIELD_VERBS)
    acting = nlp("Rebels seized three towns on Friday.")
    assert codable.may_code(acting[0:len(acting)], lex, coder.YIELD_VERBS)
    # a yielding verb alone is enough ("will not bow to pressure")
    bowing = nlp("Osgiliath will not bow.")
    assert codable.may_code(bowing[0:len(bowing)], lex, coder.YIELD_VERBS)
    # a hyphen: always parsed again
    hyphen = nlp("Osgiliath can cope with a decrease in water from the mighty rivers of the north-east.")
    assert codable.may_code(hyphen[0:len(hyphen)], lex, coder.YIELD_VERBS)


STORIES = [
    # headline run into the lead, and clauses joined by "and", some with nothing to code
    "Rains fall on Osgiliath\n\nOSGILIATH, Jan 4 - Rebels seized three towns on Friday and the council can "
    "cope with a decrease in vital water from the mighty rivers, officials said.",
    "Arnor believes Dagolath and Osgiliath can cope with a decrease in vital water from the mighty river.",
    "Red Cross officials suspended aid deliveries in Baghdad on Wednesday and a staff member went missing.",
]


def test_coder_same_with_every_part_parsed_again(analyzer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def run() -> list[Any]:
        out = []
        for n, text in enumerate(STORIES):
            article = analyzer.analyze(Document(id=f"s{n}", text=text, source="text", date="2001-01-05"))
            out.append([(e.start, e.end, e.type, e.cameo, e.sources, e.targets) for e in article.events])
        return out

    answers: list[bool] = []
    plain = coder.may_code

    def asked(*args: Any) -> bool:
        answers.append(plain(*args))
        return answers[-1]

    monkeypatch.setattr(coder, "may_code", asked)
    skipped = run()
    assert False in answers and True in answers  # some parts not parsed again, some parsed
    monkeypatch.setattr(coder, "may_code", lambda *a: True)
    assert run() == skipped


def test_indices_with_same_as_walk(nlp: Any) -> None:
    for text in SENTENCES:
        doc = nlp(text)
        for part in (doc[0:len(doc)], doc[2:len(doc) - 1]):
            for words in (reparse._AND, reparse._COMMA, frozenset({"geneva", "nothing"}), frozenset({"zzz"})):
                walk = [t.i for t in part if t.lower_ in words]
                assert reparse._indices_with(part, words) == walk
