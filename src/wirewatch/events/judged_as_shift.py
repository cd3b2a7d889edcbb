"""An object shifted past its "as" predicate (thirty-fourth session, wip/targets36).

"Iran dismissed as baseless American charges that it was building nuclear weapons": the lead puts the
long object after its predicate adjective, and the small model reads "as baseless American charges" as
one prepositional phrase, so the dismissal has no object (no 016, no accuser). Where a verb of judging
that has a subject and no object is followed by "as", an adjective and a bare noun that heads the
phrase (no determiner: "as a ploy" is the predicate itself), the noun is laid back as the verb's object
and the adjective as its predicate, as "dismissed the charges as baseless" is parsed. A move of heads on
the sentence's own tokens: no second parse."""

from __future__ import annotations

from typing import Any

from .parse import Move, kids

_JUDGING = frozenset({"dismiss", "reject", "denounce", "condemn", "brand", "deny", "decry", "criticize",
                      "criticise", "describe", "label", "welcome", "hail", "praise", "assail", "slam"})


def _modified(adj: Any) -> Any:
    """The noun an adjective modifies, through a chain of modifiers ("baseless" on "American" on
    "charges": the model hangs the first on the second)."""
    tok = adj
    while tok.dep_ == "amod" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def object_after_as(part: Any, at: list[int]) -> dict[int, Move]:
    """The moves that lay the noun of "V as ADJ NOUN" (at the indices `at` of "as") back as V's object."""
    doc = part.doc
    for i in at:
        prep = doc[i]
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _JUDGING or \
                i + 2 >= part.end:
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") for c in kids(verb)) or \
                not any(c.dep_ == "nsubj" for c in kids(verb)):
            continue
        adj, noun = doc[i + 1], next((c for c in kids(prep) if c.dep_ == "pobj"), None)
        if noun is None or adj.pos_ != "ADJ" or adj.dep_ != "amod" or _modified(adj).i != noun.i or \
                noun.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in kids(noun)):
            continue
        return {noun.i: (verb.i, "dobj", None, None), adj.i: (verb.i, "advcl", None, None),
                prep.i: (adj.i, "advmod", None, None)}
    return {}
