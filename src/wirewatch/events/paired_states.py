"""Two states of the same people, "sick and wounded prisoners", read as a second verb (thirty-eighth
session, wip/leads40).

"Iran and Iraq swapped 500 sick and wounded prisoners of war": the small model reads "wounded" as a verb
coordinated with "swapped" and the prisoners as its object, so the exchange lost its object (no 0841) and
the coder read a wounding of prisoners (190). A participle of harm after "ADJ and", with the noun right after
it as its object, is laid back as the second modifier of that noun, and the noun as the first verb's object.
Only these participles, and only where the word before "and" is an adjective ("killed 12 and wounded 30
people" keeps its two verbs).
"""

from __future__ import annotations

from typing import Any

from .parse import Move, kids

# participles of a state that pair with an adjective before people ("sick and wounded", "dead and injured")
STATES = frozenset({"wounded", "injured", "maimed", "disabled", "elderly", "dead", "sick", "ill"})


def states_as_modifiers(part: Any, ands: list[int]) -> dict[int, Move]:
    """Moves laying "ADJ and wounded NOUNS", read as a verb "wounded" with the nouns its object, as the
    nouns modified by both words, the object of the verb before; `ands` are the part's "and" tokens."""
    doc = part.doc
    for i in ands:
        if i - 1 <= part.start or i + 2 >= part.end:
            continue
        first, state = doc[i - 1], doc[i + 1]
        if state.lower_ not in STATES or state.dep_ != "conj":
            continue
        # the people right after it, also behind their own modifiers ("wounded Afghan soldiers")
        noun = next((c for c in kids(state) if c.dep_ == "dobj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.left_edge.i != i + 2:
            continue
        if first.pos_ != "ADJ" and first.dep_ != "amod":
            continue  # ("killed 12 and wounded 30 people": a count before "and" is the first verb's object)
        moves: dict[int, Move] = {state.i: (first.i, "conj", "JJ", "ADJ"),
                                  doc[i].i: (first.i, "cc", None, None)}
        if state.head.i == first.i and first.head.pos_ == "ADP":
            # "hundreds of sick and wounded prisoners": the noun is the preposition's object
            verb = first.head
            moves[noun.i] = (verb.i, "pobj", None, None)
        elif state.head.pos_ == "VERB" and state.head.i != first.i:
            verb = state.head
            moves[noun.i] = (verb.i, "dobj", None, None)
            # the verb's own object before the pair ("500") is the noun's count now
            for c in kids(verb):
                if c.dep_ == "dobj" and c.i < i:
                    moves[c.i] = (noun.i, "nummod" if c.pos_ == "NUM" else "amod", None, None)
        else:
            continue
        moves[first.i] = (noun.i, "amod", None, None)
        anchor = verb if verb.pos_ == "VERB" else verb.head
        for c in kids(state):  # the place and time phrases hung on "wounded" are the verb's
            if c.dep_ in ("prep", "npadvmod", "advmod", "advcl") and c.i > noun.i:
                moves[c.i] = (anchor.i, c.dep_, None, None)
        return moves
    return {}
