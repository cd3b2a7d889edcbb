"""Whether a sentence part can give the coder anything, however spaCy parses it (perf33, 31st session).

A part cut out of a longer sentence (at the headline/body cut or a joined "and" clause) is parsed again on
its own before it is coded (`reparse.parsed_again`), about 3 ms a part. Many such parts hold no word the
lexicon lists ("Osgiliath can cope with a decrease in vital water ..."): `_readings_in` returns nothing for
a part without a trigger (`find_triggers`) or a refused yield (`_refused_yield`), and both look only at
words whose lower-case form, lemma or verb stem is a listed word (`triggers.may_match`), or at a word after
a hyphen. `may_code` answers False only where that holds for every parse the second parse could give:

- the words are the tokenizer's, of the very text the second parse reads (its first step), and the part's
  own (which the coder reads where the second parse is skipped, with their own lemmas);
- a word's lemma can only be its lower-case form, one the rule lemmatizer makes from it under any part of
  speech (its exception and suffix tables, every part of speech tried), or one the attribute ruler sets on
  that form; the pipeline's other lemma step (`prefixed_words`) and the hyphen test need a "-", and a part
  with one is always parsed again;
- a pipeline this module does not know (another component, another lemmatizer mode, the stock attribute
  ruler) is always parsed again.
So a skipped second parse is one whose result could only have been coded to nothing.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, LOWER

from .lexicon import Lexicon
from .parse import doc_text, span_text
from .triggers import listed_words, may_match

# the components whose lemma steps `_Lemmas` knows (model.load_model's pipeline)
KNOWN_PIPES = frozenset({"wirewatch_prefixed_words", "tok2vec", "tagger", "wirewatch_paragraph_breaks",
                         "parser", "attribute_ruler", "lemmatizer", "wirewatch_prefixed_lemmas", "ner",
                         # (it joins entity spans only: no lemma changes)
                         "wirewatch_name_particles",
                         # (it retags a name NNS: every part of speech's lemma is tried already)
                         "wirewatch_opening_plurals"})


class _Lemmas:
    """Every lemma the pipeline can give a word of a lower-case form, whatever its tag."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.known = set(nlp.pipe_names) <= KNOWN_PIPES
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.known = self.known and lemmatizer is not None and getattr(lemmatizer, "mode", None) == "rule"
        self.exc: list[Any] = []
        self.rules: list[Any] = []
        if self.known:
            lookups = lemmatizer.lookups  # type: ignore[union-attr]
            self.exc = list(lookups.get_table("lemma_exc", {}).values())
            self.rules = list(lookups.get_table("lemma_rules", {}).values())
        # the attribute ruler's lemmas by the lower-case form its rule tests; `anywhere`, lemmas of rules
        # that do not test the form
        self.ruled: dict[str, set[str]] = {}
        self.anywhere: set[str] = set()
        if self.known and "attribute_ruler" in nlp.pipe_names:
            self.known = self._read_ruler(nlp.get_pipe("attribute_ruler"))

    def _read_ruler(self, ruler: Any) -> bool:
        rules = getattr(ruler, "rules", None)  # (the compiled twin, `nlp.attribute_ruler`)
        if rules is None:
            return False
        strings = self.nlp.vocab.strings
        lower_column = rules.columns.index(LOWER) if LOWER in rules.columns else None
        for rule in [*rules.single, *rules.multi]:
            value = rules.attrs[rule.rule_id].get(LEMMA)
            if value is None:
                continue
            lemma = strings[value] if isinstance(value, int) else str(value)
            tests = [t for t in rule.tokens[rule.index] if t.column == lower_column and t.kind == "in"]
            if not tests:
                self.anywhere.add(lemma)
                continue
            for form in tests[0].values:
                self.ruled.setdefault(strings[form], set()).add(lemma)
        return True

    def of(self, lower: str) -> set[str]:
        found = {lower, *self.ruled.get(lower, ())}
        for table in self.exc:
            found.update(table.get(lower, ()))
        for rules in self.rules:
            for old, new in rules:
                if lower.endswith(old) and (form := lower[:len(lower) - len(old)] + new):
                    found.add(form)  # (as `rule_lemmatize` forms them, before it picks among them)
        return found


_HELD: dict[str, Any] = {}  # the last pipeline's `_Lemmas` and the kept verdicts by lower-case form


def may_code(part: Any, lex: Lexicon, also: frozenset[str]) -> bool:
    """False only where no reading can come from `part`, parsed as it is or again on its own (`parse_at`):
    no hyphen, and no word, of the part or of the tokenizer's reading of its text, that could be a
    trigger or one of the words `also` (the coder's yielding verbs) by any lemma (module docstring)."""
    from ..nlp.model import load_model

    text = span_text(part)
    if lex.discarded(text):
        return False  # `_readings_in` drops the text whatever its parse
    if "-" in doc_text(part.doc)[max(part.start_char - 1, 0):part.end_char]:
        return True  # a hyphenated compound is always tested, and "re-" words have lemmas of their own
    nlp = load_model()
    if _HELD.get("nlp") is not nlp:
        _HELD.clear()
        _HELD.update(nlp=nlp, lemmas=_Lemmas(nlp))
    lemmas: _Lemmas = _HELD["lemmas"]
    if not lemmas.known:
        return True
    listed = listed_words(lex)[0]
    if _HELD.get("listed") is not listed or _HELD.get("also") != also:  # (the union kept: thousands of words)
        _HELD.update(listed=listed, also=also, words=listed | also, verdicts={})
    words: frozenset[str] = _HELD["words"]
    verdicts: dict[str, bool] = _HELD["verdicts"]
    if any(may_match(words, "", lemma) for lemma in lemmas.anywhere):
        return True
    # the part's own words, with their own lemmas (read where the second parse is skipped)
    if any(may_match(words, tok.lower_, tok.lemma_) for tok in part):
        return True
    # the words of the second parse, with any lemma it may give them
    for tok in nlp.tokenizer(" " * part.start_char + text):
        found = verdicts.get(tok.lower_)  # (kept by form: the lemmas a form may take are fixed)
        if found is None:
            if len(verdicts) >= 100_000:
                verdicts.clear()
            found = verdicts[tok.lower_] = any(may_match(words, tok.lower_, lemma)
                                               for lemma in lemmas.of(tok.lower_))
        if found:
            return True
    return False
