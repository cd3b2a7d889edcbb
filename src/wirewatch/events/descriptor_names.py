"""A group's name after its descriptor, read as a second subject (thirty-fifth session, wip/lead37).

"The Islamic militant group Hamas carried out a suicide bombing": the small model sometimes makes both
"group" and "Hamas" subjects of the verb, and the coder then reads two sources, the descriptor's faith
("Islamic", PSEMOS) beside the group (PSEREB). The name is the descriptor's apposition, as the model
reads it in most sentences ("The Islamic militant group Hamas kidnapped ..."): it is hung back there, so
the phrase is one party.
"""

from __future__ import annotations

from typing import Any

from .parse import Move

# common nouns that describe the named group after them ("the guerrilla group X", "the militia X")
DESCRIPTORS = frozenset({"group", "movement", "organisation", "organization", "militia", "front", "faction",
                         "party", "army", "guerrillas", "rebels", "union", "alliance", "coalition"})


def name_after_descriptor(part: Any, at: list[int]) -> dict[int, Move]:
    """Moves hanging a name that follows its descriptor noun, both the verb's subjects, on the noun."""
    moves: dict[int, Move] = {}
    doc = part.doc
    for i in at:
        if i + 1 >= part.end:
            continue
        noun, name = doc[i], doc[i + 1]
        if noun.dep_ == "nsubj" and name.dep_ == "nsubj" and name.pos_ == "PROPN" and \
                noun.head.i == name.head.i != noun.i:
            moves[name.i] = (noun.i, "appos", None, None)
    return moves
