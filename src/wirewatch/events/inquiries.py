"""The victims of an act under inquiry are not the inquiry's target.

"ordered an inquiry into the killing of 35 Sikhs", "an investigation into the disappearance of a Belgian
businessman": CAMEO's 09 (investigate) is aimed at whoever is investigated, the doer of the act inquired
into when the sentence names one ("into the bombing by Libyan agents"), never the people it befell. Found
on the thirteenth session's blind probes in the manner of the CAMEO manual's examples.
"""

from __future__ import annotations

from typing import Any

from .arguments import phrase_actors
from .reading import Reading


def _befell(tok: Any, trigger: Any) -> bool:
    """The token hangs, through "of", on the noun an "into" phrase below the trigger looks into."""
    node = tok
    while node.i != trigger.i and node.head.i != node.i:
        parent = node.head
        if node.dep_ == "agent" or (node.dep_ == "prep" and node.lower_ == "by"):
            return False  # "into the deaths of protesters shot by police": the police are the doers
        if node.dep_ == "pobj" and parent.lower_ == "of" and parent.head.dep_ == "pobj" \
                and parent.head.head.lower_ == "into":
            return True
        node = parent
    return False


def _investigation(r: Reading) -> bool:
    return r.type == "ACCUSE" and (r.cameo or "").startswith("09")


def inquired_victim(r: Reading, item: tuple[Any, int, int, Any]) -> bool:
    """The party is one the act an investigation looks into befell (no target of the investigation)."""
    return _investigation(r) and item[3] is not None and _befell(item[3], r.trigger.tok)


def drop_inquired_victims(r: Reading, link: Any) -> None:
    """Drop the targets of an investigation that are the victims of the act it looks into; the doer of
    that act, named by its by-phrase ("the deaths of protesters shot by police"), is the target."""
    kept = [t for t in r.targets if not inquired_victim(r, t)]
    if r.targets and not kept:
        into = {c.i: c for h in (r.trigger.tok, r.anchor) for c in h.children
                if c.dep_ == "prep" and c.lower_ == "into"}.values()
        doers = [t for p in into for t in p.subtree if t.dep_ == "pobj" and t.head.dep_ == "agent"]
        kept = [a for t in doers for a in phrase_actors(t, link)]
    r.targets = kept
