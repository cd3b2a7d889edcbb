"""Recipients by construction: where an act's target is not the verb's own direct object (issue #7,
thirteenth round, wip/tgt13). Each rule reads dependency labels and function words only:

- a reciprocal object ("each other", "one another"): the joined subject acts on itself, both ways;
- the parties of an act's object named in a between-phrase, on the noun or on its participle ("rejected
  the deal (reached) between Israel and Egypt"): the deal's parties, not its broker ("US-brokered");
- an attack noun that is the subject of a harm verb ("Israel's attack on Lebanon killed ten people"):
  its on/against-phrase names the target when the victims have no country of their own.
"""

from __future__ import annotations

from typing import Any

from .parse import kids

# the second word of a reciprocal pronoun, and the determiners that open one
_RECIPROCAL_HEADS = {"other", "another"}
_RECIPROCAL_DETS = {"each", "one"}

# prepositions through which an act reaches a reciprocal pronoun ("lashed out at each other")
_RECIPROCAL_PREPS = {"at", "against", "on", "to", "toward", "towards", "with", "of"}


def _is_reciprocal(tok: Any) -> bool:
    """"each other", "one another": the parser heads the pair on either word ("one" with "another"
    as its determiner, or "other" with "each")."""
    doc = tok.doc
    if tok.lower_ in _RECIPROCAL_HEADS:
        return tok.i > 0 and doc[tok.i - 1].lower_ in _RECIPROCAL_DETS
    if tok.lower_ in _RECIPROCAL_DETS:
        return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _RECIPROCAL_HEADS
    return False


def reciprocal_object(tok: Any) -> bool:
    """The act's object, or a prepositional object on it, is a reciprocal pronoun: "A and B accused each
    other" is A->B and B->A, the same as "A and B met"."""
    for c in kids(tok):
        if c.dep_ in ("dobj", "dative", "iobj") and _is_reciprocal(c):
            return True
        if c.dep_ == "prep" and c.lower_ in _RECIPROCAL_PREPS and any(
                g.dep_ == "pobj" and _is_reciprocal(g) for g in kids(c)):
            return True
    return False


def between_parties(objs: list[Any]) -> list[Any]:
    """Heads of the between-phrases that name an object's parties: "the deal between Israel and the
    PA", "an agreement reached (signed, struck) between X and Y". A between-phrase says who the
    thing binds; a modifier ("US-brokered") may name only its broker."""
    out: list[Any] = []
    for o in objs:
        if o.pos_ != "NOUN":
            continue  # an actor object ("met the Chinese envoy") is its own party
        holders = [o] + [v for v in kids(o) if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"]
        out.extend(g for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ == "between"
                   for g in kids(p) if g.dep_ == "pobj")
    return out


# prepositions of an attack noun that name what it hit
_ATTACK_PREPS = {"on", "against"}


def attack_subject_target(anchor: Any, attack_nouns: set[str]) -> list[Any]:
    """The on/against-objects of an attack noun that is the subject of `anchor` (a harm verb): "Israel's
    attack on Lebanon killed ten people", "a missile strike on Kyiv killed five civilians"."""
    subj = next((c for c in kids(anchor) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in attack_nouns:
        return []
    return [g for p in kids(subj) if p.dep_ == "prep" and p.lower_ in _ATTACK_PREPS
            for g in kids(p) if g.dep_ == "pobj"]
