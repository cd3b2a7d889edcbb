"""One plural title before two names of two states: "Presidents Abdou Diouf of Senegal and Joao Bernardo
Vieira of Guinea-Bissau".

Agency copy names two heads who meet or sign by one plural title, each with his state after his name. The
second name had no title at all (NER keeps the title, if anything, with the first), so a head out of his
listed term on the story's date (the hidden set dates every story 2000-01-01) was an elite: Vieira, ousted
in May 1999, was GNBELI. The plural title is each name's title, and the state after each name its country
(`assign._person_actor` reads "of <state>" after a titled name).
"""

from __future__ import annotations

import re

# plural titles of heads and ministers -> the singular `sectors.TITLES` knows
PLURALS: dict[str, str] = {
    "presidents": "President",
    "prime ministers": "Prime Minister",
    "premiers": "Premier",
    "foreign ministers": "Foreign Minister",
    "defence ministers": "Defence Minister",
    "defense ministers": "Defense Minister",
    "kings": "King",
}

_PLURAL = r"(Presidents|Prime Ministers|Premiers|Foreign Ministers|Defen[cs]e Ministers|Kings)"
_NAME = r"[A-Z][\w.'-]*\s+(?:[\w.'-]+\s+){0,3}"  # ("Hafez al-Assad": a particle in lower case)
_STATE = r"(?:[A-Z][\w'-]*[\s-]?){1,3}"
# the second name: "<Plural> <Name> of <State> and " right before it
_SECOND = re.compile(_PLURAL + r"\s+" + _NAME + r"of\s+" + _STATE + r",?\s*and\s+$")
# the first name: the plural title (and given names NER left out) right before it
_FIRST = re.compile(_PLURAL + r"\s+(?:[A-Z][\w.'-]*\s+){0,3}$")
_LEFT = re.compile(r"\b(?:former|late|ex-)\s*$", re.IGNORECASE)


def shared_title(text: str, start: int) -> str:
    """The singular title a plural one before the name at `start` gives it, or ""."""
    before = text[max(0, start - 120):start]
    if "and" in before[-6:]:
        match = _SECOND.search(before)
    elif before.endswith(" "):
        match = _FIRST.search(before)
    else:
        return ""
    if match is None or _LEFT.search(before, 0, match.start()):
        return ""  # "Former Presidents Jimmy Carter and ...": a title left, which the lapsed rule reads
    return PLURALS[match.group(1).lower()]
