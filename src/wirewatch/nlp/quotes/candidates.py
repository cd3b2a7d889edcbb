"""Cue-driven attribution candidates from the dependency parse: verbs of saying with their
clause, parentheticals, objects, infinitives, prepositions, passives, stance adjectives, report
nouns and "according to X" (the cue lexicon is quote_cues.py)."""

from __future__ import annotations

from typing import Any

from . import cues
from .spans import Span, _Cand, _cue_span, _minus, _overlaps, _subtree_span, _tok_span, _trim
from .speakers import _speaker_after, _speaker_of, _speaker_span

_CLAUSE_BREAK_DEPS = frozenset({"conj", "cc", "punct", "parataxis", "ccomp"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "attr", "oprd"})
_CIRCUMSTANCE_WORDS = frozenset({"following", "after", "amid", "despite"})
_PRONOUN_ANAPHORA = frozenset({"it", "this", "that", "which", "what"})


def _is_cue_verb(tok: Any) -> bool:
    """A coordinated verb of saying with its own complement starts an attribution of its own."""
    return (tok.pos_ == "VERB" and tok.lemma_.lower() in cues.SPEECH_VERBS
            and any(k.dep_ in ("ccomp", "nsubj") for k in tok.children))


def _clause_span(tok: Any) -> Span:
    """A content clause, cut before a coordinated or participial cue of its own
    ("... momentum and said that ...", "..., telling reporters that ...")."""
    right = tok.right_edge.i
    for child in tok.rights:
        if child.dep_ in ("conj", "advcl", "parataxis") and _is_cue_verb(child):
            cut = child.left_edge.i
            before = tok.doc[cut - 1]  # the "and" / comma before the cut-off clause
            if before.i > tok.i and before.head.i == tok.i and before.dep_ in ("cc", "punct"):
                cut -= 1
            right = min(right, cut - 1)
            break
    right = max(right, tok.i)
    return _tok_span(tok.doc, tok.left_edge.i, right)


def _from_token(tok: Any, text: str) -> list[_Cand]:
    lemma = tok.lemma_.lower()
    if lemma == "accord" or tok.lower_ == "according":
        return _according(tok, text)
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return _from_verb(tok, lemma, text)
    if tok.pos_ == "NOUN":
        return _nominal(tok, lemma, text)
    if tok.pos_ == "ADJ":
        return _adjective(tok, lemma, text)
    return []


def _is_parenthetical(verb: Any, kids: list[Any]) -> bool:
    """A cue attached under the clause it reports: `A, he said, B` / `A, said X` (after the
    clause, with no complement of its own) or a misparsed `reiterating it harbors ...` (before)."""
    head = verb.head
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or head.pos_ not in ("VERB", "AUX") or head == verb:
        return False
    if any(k.dep_ in _COMPLEMENT_DEPS for k in kids):
        return False
    if verb.i < head.i or verb.dep_ == "parataxis":
        return True
    if not any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
        return False  # "..., saying ..." is a clause of its own
    return not any(k.dep_ == "mark" for k in kids) and verb.doc[verb.left_edge.i - 1].text in (",", "\u2014")


def _single(verb: Any, span: Span | None, source: str, cue: Span | None = None,
            speaker: Span | None = None) -> list[_Cand]:
    if span is None:
        return []
    return [_Cand([span], cue or _cue_span(verb), speaker if speaker is not None else _speaker_of(verb),
                  source, verb.i)]


def _from_verb(verb: Any, lemma: str, text: str) -> list[_Cand]:
    """One attribution per cue verb, from the first pattern that applies (clause first)."""
    kids = list(verb.children)
    # "X said that ...", "polls show ...": the clausal complement is the content
    if lemma in cues.CLAUSE_VERBS or lemma in cues.SPEECH_VERBS:
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        if clauses:
            # complements on both sides of the cue are a misattachment: keep the first side,
            # unless it is a scrap ("WASHINGTON (AP) -- A report said ...")
            side = [c for c in clauses if (c.i < verb.i) == (clauses[0].i < verb.i)]
            if len(side) < len(clauses) and sum(t.is_alpha for c in side for t in c.subtree) < 3:
                side = [c for c in clauses if c not in side]
            clauses = side
            speaker = _speaker_of(verb)
            if speaker is None and lemma in cues.COGNITION_VERBS and lemma not in cues.SPEECH_VERBS:
                return []  # "it is hard to know ...": no one holds the thought
            span = _trim(text, clauses[0].left_edge.idx, _clause_span(clauses[-1])[1])
            if span and not _overlaps(span, _cue_span(verb)):
                return [_Cand([span], _cue_span(verb), speaker, "speech", verb.i)]
    if lemma in cues.SPEECH_VERBS:  # "half said so"
        so = next((c for c in kids if c.dep_ == "advmod" and c.lower_ == "so" and c.i > verb.i), None)
        if so is not None:
            return _single(verb, _cue_span(so), "speech")
    # "..., he said, ..." / "... , said X.": the cue hangs off the clause it reports
    if lemma in cues.SPEECH_VERBS and _is_parenthetical(verb, kids):
        head = verb.head
        parts = _minus(text, _subtree_span(head), [_subtree_span(verb)])
        if parts:
            speaker = _speaker_of(verb, inherit=False) or _speaker_after(verb, parts[-1])
            if speaker is None and head.dep_ in ("advcl", "conj", "xcomp", "ccomp"):
                speaker = _speaker_of(head.head)  # "..., while reiterating it harbors ..."
            return [_Cand(parts, _cue_span(verb), speaker, "parenthetical", verb.i)]
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    # "called Trump 'unhinged'": the object and what it is called
    if lemma in cues.NAMING_VERBS and obj is not None:
        pred = next((c for c in kids if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.i > obj.i), None)
        if pred is not None:
            return _single(verb, _trim(text, obj.left_edge.idx, _subtree_span(pred)[1]), "object")
    # "stressed the need to ...", "criticized the plan"
    if lemma in cues.OBJECT_VERBS and obj is not None and obj.lower_ not in _PRONOUN_ANAPHORA:
        return _single(verb, _trim(text, obj.left_edge.idx, _phrase_end(verb, obj)), "object")
    # "wants to run", "urged him to resign"
    if lemma in cues.RAISING_VERBS:
        xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.i > verb.i), None)
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if xcomp is not None and subj is not None and subj.lower_ not in _PRONOUN_ANAPHORA:
            parts = [p for p in (_trim(text, *_subtree_span(subj)), _trim(text, *_subtree_span(xcomp))) if p]
            if parts:  # "X seemed to Y": the appearance is the content, no one holds it
                return [_Cand(parts, _cue_span(verb), None, "raising", verb.i)]
    if lemma in cues.XCOMP_VERBS:
        xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.i > verb.i), None)
        if xcomp is not None:
            start = obj.left_edge.idx if obj is not None and obj.i < xcomp.i else xcomp.left_edge.idx
            return _single(verb, _trim(text, start, _subtree_span(xcomp)[1]), "xcomp")
    # "called for an inquiry"
    preps = cues.PREP_VERBS.get(lemma)
    if preps:
        found = _prep_object(verb, preps, text)
        if found is not None:
            span, prep = found
            start = span[0]
            if obj is not None and obj.i < prep.i:  # "accuses X of ...", "described X as ..."
                start = obj.left_edge.idx
            span = _trim(text, start, max(span[1], _phrase_end(verb, prep)))
            return _single(verb, span, "prep", cue=(verb.idx, prep.idx + len(prep.text)))
    # "the move was first reported by X": the passive subject is the content
    if lemma in cues.PASSIVE_VERBS:
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in _PRONOUN_ANAPHORA:
            return _single(verb, _trim(text, *_subtree_span(subj)), "passive")
    return []


def _phrase_end(verb: Any, after: Any) -> int:
    """End offset of the verb phrase from `after` on: the object with the verb's own later
    modifiers ("slams X for receiving ..."), but not a coordinated or comma-separated clause,
    nor a circumstance ("... following X's remarks", "... after the vote": when, not what)."""
    doc = verb.doc
    end = after.right_edge.i
    for child in verb.rights:
        if child.i <= after.i:
            continue
        if child.dep_ in _CLAUSE_BREAK_DEPS or doc[child.left_edge.i - 1].text == ",":
            break
        end = child.right_edge.i
    for i in range(after.i + 1, end + 1):
        if doc[i].dep_ == "prep" and doc[i].lower_ in _CIRCUMSTANCE_WORDS:
            end = i - 1
            break
    return doc[end].idx + len(doc[end].text)


def _prep_object(head: Any, preps: frozenset[str], text: str) -> tuple[Span, Any] | None:
    """The object of the first child preposition in preps, as (span, preposition token)."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                span = _trim(text, *_subtree_span(obj))
                if span:
                    return span, c
    return None


def _complement(cue: Any, text: str, clause_deps: tuple[str, ...], preps: Any) -> Span | None:
    """What a cue adjective or noun governs: a clause after it ("confident that ...", "remarks that
    ..."), else the object of one of its prepositions ("critical of X", "criticism of X")."""
    clause = next((c for c in cue.children if c.dep_ in clause_deps and c.i > cue.i), None)
    if clause is not None:
        span = _trim(text, *_subtree_span(clause))
        if span is not None:
            return span
    if preps:
        found = _prep_object(cue, preps, text)
        return None if found is None else found[0]
    return None


def _adjective(adj: Any, lemma: str, text: str) -> list[_Cand]:
    """"X is critical of the deal", "X is confident that ...": the subject of the copula holds it."""
    span = _complement(adj, text, ("ccomp", "xcomp") if lemma in cues.ADJECTIVE_CUES else (),
                       cues.ADJECTIVE_PREP_CUES.get(lemma))
    if span is None:
        return []
    head = adj.head if adj.dep_ in ("acomp", "xcomp", "oprd") else adj
    speaker = _speaker_of(head) if head != adj else None
    return [_Cand([span], _cue_span(adj), speaker, "adjective", adj.i)]


def _according(tok: Any, text: str) -> list[_Cand]:
    """"According to X, CONTENT": the clause the phrase modifies is the content, X the speaker."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return []
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = tok.head
    if obj is None or head == tok:
        return []
    while head.dep_ not in ("ROOT", "ccomp", "parataxis") and head.head != head:
        head = head.head
    parts = _minus(text, _subtree_span(head), [_subtree_span(tok)])
    if not parts:
        return []
    cue = (tok.idx, to.idx + len(to.text))
    return [_Cand(parts, cue, _speaker_span(obj), "according", tok.i)]


def _nominal(noun: Any, lemma: str, text: str) -> list[_Cand]:
    """"Chung's remarks that ...", "criticism of the plan": the content of a report noun."""
    span = _complement(noun, text, ("acl", "ccomp") if lemma in cues.NOMINAL_CUES else (),
                       cues.NOUN_PREP_CUES.get(lemma))
    if span is None:
        return []
    speaker: Span | None = None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    agent = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > noun.i
                  for o in c.children if o.dep_ == "pobj"), None)
    if poss is not None:
        speaker = _speaker_span(poss)
    elif agent is not None and agent.pos_ in ("PROPN", "NOUN", "PRON"):
        speaker = _speaker_span(agent)  # "complaints from his counterpart", "a suggestion by X"
    elif noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        speaker = _speaker_of(noun.head)  # "made the claim that ..."
    elif noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        speaker = _speaker_of(noun.head.head)  # "backed away from a suggestion that ..."
    return [_Cand([span], _cue_span(noun), speaker, "nominal", noun.i)]
