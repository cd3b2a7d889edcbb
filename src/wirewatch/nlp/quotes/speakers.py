"""Speaker spans of attribution cues: the subject noun phrase, a passive agent, a relative
pronoun's antecedent, the subject shared with a governing verb, or the noun phrase after a verb."""

from __future__ import annotations

from typing import Any

from . import cues
from .spans import Span, _tok_span

_SUBJECT_DEPS = ("nsubj", "csubj")
_SPEAKER_STOP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"})
# verbs whose "it" subject is a placeholder, not a source ("it appears that ...", "it's easy to ...")
_IMPERSONAL = frozenset({"be", "seem", "appear", "mean", "indicate", "become", "take", "look", "sound",
                         "remain", "assume", "discover"})


def _speaker_span(tok: Any) -> Span:
    """The subject noun phrase without relative clauses, appositions or trailing commas."""
    right = tok.i
    for child in tok.rights:
        if child.dep_ in _SPEAKER_STOP_DEPS or child.dep_ == "case":  # "Kim" of "Kim's remarks"
            break
        right = max(right, child.right_edge.i)
    left = tok.left_edge.i
    while left < tok.i and (tok.doc[left].is_punct or tok.doc[left].is_space):
        left += 1
    while right > tok.i and (tok.doc[right].is_punct or tok.doc[right].is_space):
        right -= 1
    return _tok_span(tok.doc, left, right)


def _speaker_of(verb: Any, depth: int = 0, inherit: bool = True) -> Span | None:
    """The source of a cue verb: its subject, the agent of a passive, or the subject it shares
    with the verb it hangs from ("..., saying", "and added", "declined to say")."""
    passive = verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")  # "Asked about X, he said"
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.lower_ == "it" and verb.lemma_.lower() in _IMPERSONAL:
                return None  # "it seems ...", "it's hard to imagine ...": no one holds it
            return _relative_speaker(verb, child) or _reported_self(verb, child) or _speaker_span(child)
        if child.dep_ in ("nsubjpass", "auxpass"):
            passive = True
    if passive:  # the asker is the agent; the one asked is not the source of the question
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return _speaker_span(obj)
        return None
    if not inherit:
        return None
    if depth < 3 and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head != verb:
        return _speaker_of(verb.head, depth + 1)
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _speaker_of(verb.head.head, depth + 1)  # "... by saying that ..."
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _speaker_span(verb.head)
    return None


def _relative_speaker(verb: Any, subj: Any) -> Span | None:
    """A relative pronoun subject ("a roster of donors that shows ...", "Kingson, who ...")
    stands for its antecedent: the speaker runs from the antecedent to the pronoun."""
    if subj.lower_ not in ("who", "which", "that") or subj.tag_ not in ("WP", "WDT"):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.i >= subj.i:
        return None
    return _speaker_span(clause.head)[0], subj.idx + len(subj.text)


def _reported_self(verb: Any, subj: Any) -> Span | None:
    """"Trump insisted that he has ...": the pronoun subject of a clause a named source reports
    stands for that source (PolNeAR marks the named mention)."""
    if subj.lower_ not in ("he", "she") or verb.dep_ != "ccomp":
        return None
    outer = verb.head
    if outer.lemma_.lower() not in cues.SPEECH_VERBS and outer.lemma_.lower() not in cues.CLAUSE_VERBS:
        return None
    src = next((k for k in outer.children if k.dep_ == "nsubj"), None)
    if src is None or src.pos_ != "PROPN":
        return None
    return _speaker_span(src)


def _speaker_after(verb: Any, qspan: Span) -> Span | None:
    """`"Meh," wrote a supporter`: with the subject read inside the quotation, the source is
    the noun phrase right after the verb."""
    for child in verb.rights:
        if child.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "nsubjpass", "appos", "oprd") \
                and child.pos_ in ("PROPN", "NOUN", "PRON") and child.idx >= qspan[1]:
            return _speaker_span(child)
    return None
