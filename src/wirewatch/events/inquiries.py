"""The victims of an act under inquiry are not the inquiry's target.

"ordered an inquiry into the killing of 35 Sikhs", "an investigation into the disappearance of a Belgian
businessman": CAMEO's 09 (investigate) is aimed at whoever is investigated, the doer of the act inquired
into when the sentence names one ("into the bombing by Libyan agents"), never the people it befell. Found
on the thirteenth session's blind probes in the manner of the CAMEO manual's examples.
"""

from __future__ import annotations

from typing import Any

from .reading import Reading


def _befell(tok: Any, trigger: Any) -> bool:
    """The token hangs, through "of", on the noun an "into" phrase below the trigger looks into."""
    node = tok
    while node.i != trigger.i and node.head.i != node.i:
        parent = node.head
        if node.dep_ == "pobj" and parent.lower_ == "of" and parent.head.dep_ == "pobj" \
                and parent.head.head.lower_ == "into":
            return True
        node = parent
    return False


def _investigation(r: Reading) -> bool:
    return r.type == "ACCUSE" and (r.cameo or "").startswith("09")


def drop_inquired_victims(r: Reading) -> None:
    """Drop the targets of an investigation that are the victims of the act it looks into."""
    if _investigation(r):
        r.targets = [t for t in r.targets if t[3] is None or not _befell(t[3], r.trigger.tok)]


def looks_into(r: Reading) -> bool:
    """An investigation "into" something: its missing target is not to be guessed from the sentence's
    other parties, who are mostly the people the act befell."""
    if not _investigation(r):
        return False
    heads = [r.trigger.tok, r.anchor, *(c for c in r.anchor.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "into" for h in heads for c in h.children)
