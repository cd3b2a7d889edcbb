"""The act a verb conjunct stands beside when the small model chains a list of verbs (parse34).

spaCy's English scheme hangs every conjunct of a list on the first one ("raided X, seized Y and arrested
Z": both on "raided"); on long leads the small model often chains them instead, the third on the second.
When the second codes nothing ("seized two tonnes of cocaine"), the third act was read as a detail under
the first ("arrested 14 members of the cartel" lost). This finds the act at the head of the chain, which
the third conjunct stands beside, as it would had the list been parsed flat. A check of the heads' deps
only (no second parse)."""

from __future__ import annotations

from typing import Any

from .parse import kids

# a list of acts told in the past ("raided ..., seized ... and arrested"); an infinitive's or a participle's
# conjuncts ("a design to deploy ... and develop ..., accusing ...") tell a plan or a manner, not a list
_PAST = frozenset({"VBD", "VBN"})


def chained_conjunct_head(tok: Any, triggers: dict[int, Any]) -> Any | None:
    """The trigger at the head of the verb chain `tok` closes ("raided ..., seized ... and arrested ..."):
    `tok` a past-tense conjunct with no subject of its own, hung on a past-tense verb conjunct that codes
    nothing, itself hung (through such verbs) on a trigger verb; or None."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in _PAST or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
        return None
    mid = tok.head
    if mid.i in triggers or mid.dep_ != "conj" or mid.pos_ != "VERB" or mid.tag_ not in _PAST:
        return None
    while mid.dep_ == "conj" and mid.head.i != mid.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(mid)):
            return None  # "X seized Y and Z arrested W": a clause of its own breaks the list
        first = mid.head
        if first.pos_ != "VERB":
            return None
        if first.i in triggers:
            return triggers[first.i]
        mid = first
    return None
