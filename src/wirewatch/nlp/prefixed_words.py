"""Verbs and nouns with a "re-" prefix ("re-elected", "re-imposed", "re-established") kept whole.

spaCy's English tokenizer splits every hyphen between letters, and en_core_web_sm, reading "re" "-"
"imposed", parses nonsense: "re" becomes the sentence's root verb, the real verb a modifier of the
object, and the act is lost ("Iran re-imposed restrictions on inspectors", "Cuba and the United States
re-established diplomatic relations" gave no event; "Putin was re-elected" no passive). Joined back
before the tagger runs, the word is tagged and parsed as the verb it is.

The rule lemmatizer does not know the joined forms and guesses badly ("re-establishe", "re-electe"),
so after it runs the lemma becomes "re-" plus the lemma of the word after the prefix ("re-establish").
"""

from __future__ import annotations

import re
from typing import Any

MERGE = "wirewatch_prefixed_words"
RELEMMA = "wirewatch_prefixed_lemmas"

_PREFIXED = re.compile(r"\b[Rr][Ee]-[a-z]")


def merge_prefixed(doc: Any) -> Any:
    """Join "re" "-" "word" (no spaces between, the word lower-case letters) into one token."""
    if not _PREFIXED.search(doc.text):
        return doc
    spans = []
    i = 0
    while i < len(doc) - 2:
        first, hyphen, word = doc[i], doc[i + 1], doc[i + 2]
        if first.lower_ == "re" and not first.whitespace_ and hyphen.text == "-" and not hyphen.whitespace_ \
                and word.is_alpha and word.is_lower:
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


class PrefixedLemmas:
    """Set "re-" + the base word's lemma on every joined token, after the lemmatizer."""

    def __init__(self, nlp: Any, lemmatizer: str = "lemmatizer") -> None:
        self.nlp = nlp
        self.lemmatizer = lemmatizer
        self._known: dict[tuple[str, str], str] = {}

    def __call__(self, doc: Any) -> Any:
        if not _PREFIXED.search(doc.text):
            return doc
        for tok in doc:
            low = tok.lower_
            if low.startswith("re-") and len(low) > 3 and low[3:].isalpha():
                tok.lemma_ = "re-" + self._base(low[3:], tok.pos_)
        return doc

    def _base(self, word: str, pos: str) -> str:
        key = (word, pos)
        found = self._known.get(key)
        if found is None:
            from spacy.tokens import Doc

            one = Doc(self.nlp.vocab, words=[word], pos=[pos or "X"])
            lemmas = self.nlp.get_pipe(self.lemmatizer).rule_lemmatize(one[0])
            found = self._known[key] = (lemmas[0] if lemmas else word).lower()
        return found


def install_prefixed_words(nlp: Any) -> None:
    """Add the joining component first and the lemma fix after the lemmatizer (idempotent)."""
    from spacy.language import Language

    if not Language.has_factory(MERGE):
        Language.component(MERGE)(merge_prefixed)
    if not Language.has_factory(RELEMMA):
        Language.factory(RELEMMA)(lambda nlp, name: PrefixedLemmas(nlp))
    if MERGE not in nlp.pipe_names:
        nlp.add_pipe(MERGE, first=True)
    if RELEMMA not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(RELEMMA, after="lemmatizer")
