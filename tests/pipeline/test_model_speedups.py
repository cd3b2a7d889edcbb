"""The speed-ups in nlp/model.py must leave every spaCy annotation exactly as the stock model makes it."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

import pytest

from wirewatch.nlp.attribute_ruler import FastAttributeRuler, compile_ruler, install_fast_attribute_ruler
from wirewatch.nlp.gemm import use_numpy_gemm
from wirewatch.nlp.model import DEFAULT_MODELS, _with_paragraph_breaks
from wirewatch.parallel import _chunks
from wirewatch.records import Document, Rejected

# Written for these tests: contractions, dialect spellings, modals, expletive "there", pronoun
# objects, auxiliaries and a blank-line paragraph break, so most of the ruler's exceptions fire.
TRICKY = (
    "Y'all ain't gonna believe it, the minister said on Tuesday. \"We can't and won't pay,\" she added.\n\n"
    "There are 3 options, and there is nothing doin' yet; let's see whether it gets done. I told him "
    "I'd have been there if he'd asked me. Gotta go, c'mon! The talks, which had stalled, resumed.\n"
    "Seoul's envoy met U.S. officials in Washington; they said they had agreed on nothin' at all."
)


def _signature(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start,
             t.ent_iob_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def stock_nlp() -> Any:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return _with_paragraph_breaks(importlib.import_module(name).load())
    pytest.skip("no spaCy English model installed")


@pytest.mark.model
def test_fast_components_are_in_place(nlp: Any) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert "attribute_ruler" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())


@pytest.mark.model
def test_annotations_identical_to_stock_model(nlp: Any, stock_nlp: Any, seed_text: str) -> None:
    texts = [seed_text, TRICKY, TRICKY.upper(), "", "\n\n  \n"]
    for ours, theirs in zip(nlp.pipe(texts), stock_nlp.pipe(texts), strict=True):
        assert _signature(ours) == _signature(theirs)
        assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == \
            [(e.start_char, e.end_char, e.label_) for e in theirs.ents]


@pytest.mark.model
def test_fast_ruler_equals_stock_ruler_alone(stock_nlp: Any, seed_text: str) -> None:
    ruler = stock_nlp.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(compile_ruler(ruler), stock_nlp.vocab.strings)  # type: ignore[arg-type]
    with stock_nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock_nlp.pipe([seed_text, TRICKY]))
    for doc in docs:
        theirs, ours = doc.copy(), doc.copy()
        ruler(theirs)
        fast(ours)
        assert _signature(ours) == _signature(theirs)


def test_unsupported_patterns_keep_the_stock_ruler() -> None:
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "good"})
    assert compile_ruler(ruler) is None
    assert install_fast_attribute_ruler(blank) is False
    assert type(blank.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_gemm_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    monkeypatch.setenv("WIREWATCH_GEMM", "blis")
    assert use_numpy_gemm(spacy.blank("en")) is False


def test_chunks_follow_text_size_and_keep_order() -> None:
    items: list[Document | Rejected] = [
        Document(id=str(i), text="x" * (5000 if i % 3 == 0 else 100), source="s") for i in range(10)]
    items.insert(4, Rejected(source="bad", id=None, reason="unreadable", code="R999"))
    chunks = list(_chunks(iter(items), 4, 5000))
    assert [item for chunk in chunks for item in chunk] == items
    assert all(len(chunk) <= 4 for chunk in chunks)
    # a long text closes its chunk, so one worker never gets several of them at once
    assert all(sum(len(i.text) for i in chunk[:-1] if isinstance(i, Document)) < 5000 for chunk in chunks)
