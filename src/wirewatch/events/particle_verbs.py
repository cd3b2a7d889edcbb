"""A name's lower-case particle the small model reads as the clause's verb (parse35).

"Angolan President Jose Eduardo dos Santos on Saturday called on UNITA ...": the model tags "dos" a verb
(VBZ), makes "Eduardo" its subject and "Santos" its object, and hangs the real verb on it as an adverbial
clause, so the act has no subject and the speaker of the trailing attribution ("Angolan state radio") was
taken as its source; "Dutch Foreign Minister Hans van den Broek on Tuesday urged ..." reads "den" so and
codes nothing. The named-entity step already joins such a name into one PERSON (nlp/name_particles.py):
where a particle inside that name is read as a verb with a verb of its own after the name, the name is
laid back as that verb's subject (its last word the head, the rest compounds) and the verb takes the
particle's place in the tree. A move of heads on the sentence's own tokens: no second parse."""

from __future__ import annotations

from typing import Any

from ..nlp.name_particles import NAME_PARTICLES
from .parse import Move, kids

_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "VB", "VBN", "VBG"})
# how the model hangs the real verb on the particle
_HUNG_AS = frozenset({"advcl", "dep", "conj", "xcomp", "ccomp", "parataxis", "acl", "relcl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _name_end(tok: Any) -> int:
    """The index after the PERSON entity `tok` is inside."""
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
        end += 1
    return end


def particle_as_verb(part: Any, at: list[int]) -> dict[int, Move]:
    """The moves that lay a name whose particle (at one of the indices `at`) was read as a verb back as the
    subject of the verb the model hung on the particle; {} where no particle was so read."""
    doc = part.doc
    for i in at:
        tok = doc[i]
        if tok.tag_ not in _VERB_TAGS or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I" or \
                i + 1 >= part.end or tok.lower_ not in NAME_PARTICLES:
            continue
        end = _name_end(tok)
        if end <= i + 1 or end > part.end:
            continue  # the particle closes the name: no word after it
        last = doc[end - 1]
        verb = next((c for c in kids(tok) if c.i >= end and c.dep_ in _HUNG_AS and c.pos_ == "VERB"
                     and c.tag_ in _FINITE), None)
        # ... or the particle hung on the verb after the name as its clause ("Hans van den Broek,
        # speaking for the EC, on Tuesday urged ...": "den" the complement of "urged", which has no subject)
        above = tok.head if verb is None and tok.dep_ in _HUNG_AS | {"csubj", "nsubj"} else None
        if above is not None and (above.i < end or above.pos_ != "VERB" or above.tag_ not in _FINITE
                                  or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(above))):
            above = None
        start = next((j for j in range(i, part.start - 1, -1) if doc[j].ent_iob_ == "B"), None)
        moves: dict[int, Move] = {}
        if verb is not None:  # the verb takes the particle's place in the tree
            moves[verb.i] = (verb.i, "ROOT", None, None) if tok.dep_ == "ROOT" or tok.head.i == tok.i \
                else (tok.head.i, tok.dep_, None, None)
        verb = verb if verb is not None else above
        if verb is None or start is None:
            continue
        moves[last.i] = (verb.i, "nsubj", "NNP", "PROPN")
        for j in range(start, end - 1):  # the name's other words: compounds of its last
            word = doc[j]
            if j == i or word.head.i == tok.i or not start <= word.head.i < end:
                moves[j] = (last.i, "compound", "NNP" if j == i else None, "PROPN" if j == i else None)
        for c in kids(tok):  # the particle's other dependents ("on Saturday") are the verb's
            if c.i not in moves and c.i != verb.i and not start <= c.i < end:
                moves[c.i] = (verb.i, c.dep_, None, None)
        return moves
    return {}
