"""The two states a hyphenated modifier joins on an event noun: "Soviet-American talks", "the U.S.-Japan
negotiations", "Sino-Soviet talks" name both parties of the talks in one word."""

from __future__ import annotations

import re
from typing import Any

from ..nlp.actors.countries import lookup
from ..records import Actor
from .parse import kids

# the first part of a joined pair of states that is no name of its own ("Sino-Soviet talks")
_COMBINING = {"sino": "CHN", "anglo": "GBR", "franco": "FRA", "russo": "RUS", "indo": "IND"}
_JOINED_PAIR = re.compile(r"(?<![\w-])([A-Z][\w.]*)\s?-\s?([A-Z][\w.]*?)\.?(?![\w-])")


def joined_pair(noun: Any) -> tuple[tuple[Actor, int, int, None], tuple[Actor, int, int, None]] | None:
    """The two states a hyphenated modifier joins on a mutual event noun ("Soviet-American talks",
    "U.S.-Japan negotiations", "Sino-Soviet talks"), each looked up in the gazetteer; None when the
    modifier is no such pair or does not name two different states."""
    if noun.pos_ != "NOUN" or noun.left_edge.i >= noun.i or any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in kids(noun)):
        return None
    start = noun.left_edge.idx
    # the words before the noun only: `Doc.text` would join every token of the story on each call
    match = _JOINED_PAIR.search(noun.doc[noun.left_edge.i:noun.i].text_with_ws)
    if match is None:
        return None
    found = []
    for group in (1, 2):
        word = match.group(group)
        place = lookup(word, cities=False) or lookup(word + ".", cities=False)
        iso3 = place.iso3 if place is not None else _COMBINING.get(word.lower())
        if iso3 is None:
            return None
        reason = f"'{match.group(0)}' joins two states: '{word}' is {iso3}"
        lo = start + match.start(group)
        found.append((Actor(name=word, code=iso3, country=iso3, reasons=[reason]), lo, lo + len(word), None))
    if found[0][0].code == found[1][0].code:
        return None
    return found[0], found[1]
