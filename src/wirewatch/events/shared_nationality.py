"""Two nationalities sharing one noun, the first read as a party of its own (36th session, wip/lead38).

"Kyrgyz and Tajik border guards exchanged fire": the small model sometimes makes "Kyrgyz" the subject and
"guards" its conjunct, so the coder reads a bare country (KGZ) beside the Tajik guards, and the first
nationality's guards are lost. Read as the model reads "Indian and Pakistani troops", the noun is the head
and both nationalities its modifiers, coordinated: the coder then gives each its own guards. Only a
nationality (a demonym, not a country's name: "Kyrgyzstan and Tajik guards" are two parties) with no
words of its own, coordinated with a common noun whose first modifier is another nationality, is moved.
"""

from __future__ import annotations

from typing import Any

from ..nlp.actors import countries
from .parse import Move

_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
_MODIFIERS = frozenset({"compound", "amod"})


def _nationality(tok: Any) -> bool:
    if not tok.text[:1].isupper():
        return False
    place = countries.lookup(tok.text, cities=False)
    # countryinfo lacks some demonyms, which the aliases hold ("Kyrgyz", "Tajik"); an alias that names a
    # place ("Burma") reads the same way in this shape, as no writer puts a place before "and Thai troops"
    return place is not None and place.kind in ("demonym", "alias")


def nationalities_sharing_noun(part: Any, ands: list[int]) -> dict[int, Move]:
    """Moves laying "X and Y nouns" (X read as the party, "nouns" its conjunct) as the noun modified by
    both nationalities; `ands` are the part's "and" tokens."""
    moves: dict[int, Move] = {}
    doc = part.doc
    for i in ands:
        if i == part.start or i + 2 >= part.end:
            continue
        first, second = doc[i - 1], doc[i + 1]
        if first.dep_ not in _ROLES or doc[i].head.i != first.i or second.dep_ not in _MODIFIERS:
            continue
        noun = second.head
        if noun.head.i != first.i or noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.i <= second.i:
            continue
        if any(k.dep_ not in ("cc", "conj") and not k.is_space for k in first.children) or \
                not (_nationality(first) and _nationality(second)):
            continue
        moves[noun.i] = (first.head.i, first.dep_, None, None)
        moves[first.i] = (noun.i, "amod", "JJ", "ADJ")
        moves[second.i] = (first.i, "conj", "JJ", "ADJ")
    return moves
