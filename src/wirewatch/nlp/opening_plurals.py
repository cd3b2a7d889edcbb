"""A plural role or event noun that opens a sentence, tagged as a common noun.

After a blanked dateline or a paragraph break the small model's tagger reads a capitalised plural at the
start of a sentence as a proper noun: "Rebels", "Gunmen", "Guerrillas" and "Separatists fired rockets
..." come out NNP/NNPS, with the word itself as lemma, and no stage then knows them as the role they name
(the same words at the very start of a text are tagged NNS). So are the plurals of event nouns ("TOKYO
(Reuters) - Talks between Japan and Russia ended", "RABAT (EFE) - Talks between the European Union and
Morocco ... broke down"), which then code no event (found by wip/lead43 and wip/stories43 in the forty-first
session). The step retags such a word NNS before the attribute ruler and lemmatizer run, so it gets NOUN and
its singular lemma, as it would mid-sentence. Only a title-case word that the actors stage lists as a plural
role or that is the plural of an event noun of the events lexicon, that no place bears, at the start of the
text or after a space run, a sentence's end or a dash, and not followed by another name ("Workers Party",
"Communications Minister") is retagged.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

import numpy
from spacy.attrs import TAG

COMPONENT = "wirewatch_opening_plurals"
_NAME_TAGS = ("NNP", "NNPS")
# what may stand right before a sentence's first word
_OPENERS = frozenset({".", "!", "?", '"', "'", "\u201c", "\u2018", ":", "-", "--", "\u2014", "\u2013"})


@lru_cache(maxsize=1)
def opening_plurals() -> frozenset[str]:
    """The one-word plural role nouns of the actors stage ("rebels", "gunmen") and the plural event nouns
    a lead opens with ("talks"), less any place's name."""
    from .actors import countries, sectors

    words = {w for w in sectors.ROLE_NOUNS if w.isalpha() and (w.endswith("s") or w.endswith("men"))}
    words |= _event_noun_plurals()
    return frozenset(w for w in words if countries.lookup(w.title(), cities=True) is None)


def _event_noun_plurals() -> set[str]:
    """The plurals of the events lexicon's nouns ("talks", "clashes", "negotiations"), read from its rows
    (`N  lemma ...`) rather than from the events stage, which runs after this one."""
    text = files("wirewatch").joinpath("data/event_lexicon.tsv").read_text(encoding="utf-8")
    nouns = {line.split()[1] for line in text.splitlines() if line.startswith("N ") and len(line.split()) > 1}
    return {_plural(n) for n in nouns if n.isalpha()} - _NOT_PLURALS


# a plural form that is a name of its own at a sentence's start ("Aids kills ...": the disease)
_NOT_PLURALS = frozenset({"aids"})


def _plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@lru_cache(maxsize=1)
def _name_tag_ids() -> Any:
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    return numpy.array([hash_string(t) for t in _NAME_TAGS], dtype="uint64")


def retag_opening_plurals(doc: Any) -> Any:
    """Retag NNS each plural role noun the tagger read as a name at a sentence's start."""
    if not len(doc):
        return doc
    tags = doc.to_array(TAG)
    at = numpy.nonzero(numpy.isin(tags, _name_tag_ids()))[0]  # (few tokens: the names only)
    if not len(at):
        return doc
    plurals = opening_plurals()
    for i in at.tolist():
        tok = doc[i]
        if not tok.is_title or tok.lower_ not in plurals:
            continue
        before = doc[i - 1] if i else None
        if before is not None and not before.is_space and before.text not in _OPENERS:
            continue
        if i + 1 < len(doc) and doc[i + 1].tag_ in _NAME_TAGS:
            continue
        tok.tag_ = "NNS"
    return doc


def install_opening_plurals(nlp: Any) -> None:
    """Add the step right after the tagger (a no-op for a pipeline without one)."""
    from spacy.language import Language

    if "tagger" not in nlp.pipe_names or COMPONENT in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT)(retag_opening_plurals)
    nlp.add_pipe(COMPONENT, after="tagger")
