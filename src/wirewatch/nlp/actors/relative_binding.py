"""Who a pronoun inside a relative clause cannot be. In "Syrian President Assad, whom he had met in Damascus"
(or "with whom he met") the relative pronoun stands for Assad, so the clause's subject "he" is someone
else: a clause never has one person as both its subject and its object. Nearest-person resolution
would pick Assad; barring him lets it find the person named before (issue #7, wip/meet14)."""

from __future__ import annotations

from typing import Any

from ...records import Entity

# relative pronouns that stand for a person or body as an object ("whom he met", "with whom she talked")
_OBJECT_RELATIVES = {"whom", "who", "which"}


def relative_clause_disjoint(entities: list[Entity], doc: Any) -> dict[int, int]:
    """id(mention) -> the character offset of the relative clause's antecedent, for each "he" / "she" or
    role phrase ("the king") that is the subject of a relative clause whose relative pronoun is its object
    or the object of its preposition."""
    out: dict[int, int] = {}
    for ent in entities:
        if not (ent.label == "PRON" and ent.text.lower() in ("he", "she") or ent.label == "ROLE"):
            continue
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.head.pos_ not in ("PROPN", "NOUN"):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] + \
            [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if any(o.lower_ in _OBJECT_RELATIVES and o.i < tok.i for o in objects):
            out[id(ent)] = verb.head.idx
    return out
