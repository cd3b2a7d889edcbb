"""The words a reported verdict is told in, behind "be" and the verbs that link a deed to its verdict as
"be" does (fortieth session, wip/stories42).

`speech._copular_verdict` read "said the strike was a violation of its sovereignty" (112) and "said the
tariffs were unacceptable" (111) off the copula's complement only, so the same verdict told by a linking
verb was lost: "Tareq Aziz said Kuwait's policy of overproduction amounted to aggression against Iraq", "said
the blockade constituted an act of war", "said the arrests represented a violation of the accord". Here
"amount to" gives its to-object, "constitute" and "represent" their direct object, and the copula its
complement; the lexicon's word classes then judge them as before. Dependency labels only.
"""

from __future__ import annotations

from typing import Any

# linking verbs whose direct object is the verdict ("constituted a violation of the ceasefire")
_LINKING_OBJECT = frozenset({"constitute", "represent"})


def verdict_heads(clause: Any, lemma_of: Any) -> list[Any] | None:
    """The complement words of a reported verdict clause, or None when the clause links no verdict: the
    copula's acomp / attr, "amount to"'s object, "constitute" and "represent"'s direct object."""
    word = lemma_of(clause)
    if word == "be":
        return [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    if word == "amount":
        return [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"
                for g in p.children if g.dep_ == "pobj"]
    if word in _LINKING_OBJECT:
        return [c for c in clause.children if c.dep_ == "dobj"]
    return None
