"""Two acts joined by a semicolon or a dash, the first hung on the second (parse35).

"Syrian troops shelled the Christian enclave of east Beirut on Tuesday; the Lebanese army commander,
General Michel Aoun, ordered his gunners to return fire": the small model makes the second clause's verb
the root and hangs the first clause's verb on it as a clausal complement (ccomp), as if the shelling were
what Aoun ordered, so the first act was lost and its object lent to the second. Two clauses with a
subject each on either side of ";" (or "--") are two statements: the first verb takes the second's place
in the tree and the second becomes its conjunct, as spaCy hangs "X did A, and Y did B". A move of heads on
the sentence's own tokens: no second parse."""

from __future__ import annotations

from typing import Any

from .parse import Move, kids

_JOINS = frozenset({";", "--", "\u2014"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_HUNG_AS = frozenset({"ccomp", "advcl", "dep", "parataxis", "csubj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# what makes the second clause an act of its own, not a bare reply to the first
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "dative", "attr", "acomp", "agent"})


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in _SUBJECTS for c in kids(verb))


def first_clause_on_second(part: Any, at: list[int]) -> dict[int, Move]:
    """The moves that make the verb before a semicolon or dash (at one of the indices `at`) the head of the
    clause after it, where the model hung the first on the second; {} where it did not."""
    doc = part.doc
    for i in at:
        # the join hangs on the second verb, or on the first ("shelled Tuzla on Monday -- troops attacked")
        second = doc[i].head if doc[i].head.i > i else doc[i].head.head
        if second.i <= i or second.pos_ not in ("VERB", "AUX") or second.tag_ not in _FINITE or \
                not _has_subject(second):
            continue
        first = next((c for c in kids(second) if c.i < i and c.dep_ in _HUNG_AS and c.pos_ == "VERB"
                      and c.tag_ in _FINITE and _has_subject(c)
                      and not any(g.dep_ == "mark" for g in kids(c))), None)
        if first is None or (doc[i].head.i < i and doc[i].head.i != first.i):
            continue
        if first.text.isupper():
            continue  # "KOHL WARNS MOSCOW -- Chancellor Kohl warned ...": a headline run into the lead
        if not any(c.dep_ in _OWN_OBJECTS and c.i > i for c in kids(second)):
            continue  # "X blames Rwanda for ...; Kigali denies": a bare reply would borrow the first's object
        if second.dep_ == "ROOT" or second.head.i == second.i:
            moves: dict[int, Move] = {first.i: (first.i, "ROOT", None, None)}
        else:
            moves = {first.i: (second.head.i, second.dep_, None, None)}
        moves[second.i] = (first.i, "conj", None, None)
        for c in kids(second):  # what stands before the join belongs to the first clause
            if c.i < i and c.i != first.i:
                moves[c.i] = (first.i, c.dep_, None, None)
        moves[i] = (first.i, "punct", None, None)
        return moves
    return {}
