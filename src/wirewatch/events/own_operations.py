"""A halt to a state's own operations abroad is aimed at the place they were in (thirty-third session,
wip/targets35).

"Indian Prime Minister Rajiv Gandhi ordered a halt to Indian army operations in northern Sri Lanka",
"President Bill Clinton ordered a halt to American military operations in Somalia": the halted act's
own modifier ("Indian army", "American") names the forces that halt, the orderer's own side, and the
search took them as the target (INDGOV -> INDMIL 087). A de-escalation is towards those the operations
were waged on: where every target found is of the orderer's own country, the foreign state the halted
noun's in/of/against phrase names is taken instead. A halt at home ("a halt to army operations in
Chechnya" by Moscow) names no foreign state and keeps its reading.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import one_actor
from .parse import kids

# the prepositions of the halted act's noun that place it ("operations in Somalia", "the bombing of
# Chechnya", "raids against Iraq")
_PLACING = frozenset({"in", "of", "against", "inside", "on"})


def _halted_acts(trig: Any) -> list[Any]:
    """The act a halt ends: "a halt to X", "an end to X", "the suspension of X" (noun), "suspended X"."""
    if trig.pos_ == "NOUN":
        return [o for p in kids(trig) if p.dep_ == "prep" and p.lower_ in ("to", "of")
                for o in kids(p) if o.dep_ == "pobj"]
    return [o for o in kids(trig) if o.dep_ == "dobj"]


def foreign_place_of_halt(trig: Any, own: set[str], targets: list[Any],
                          link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The one foreign state the halted operations were in, when every target found is the orderer's
    own country's; else []."""
    if not own or not targets or any((t[0].code or "")[:3] not in own for t in targets):
        return []
    found: list[tuple[Any, int, int, Any]] = []
    for act in _halted_acts(trig):
        for p in kids(act):
            if p.dep_ != "prep" or p.lower_ not in _PLACING:
                continue
            for place in (g for g in kids(p) if g.dep_ == "pobj"):
                hit = one_actor(place, link, deep=False)
                code = (hit[0].code or "") if hit is not None else ""
                if hit is not None and len(code) >= 3 and not code.startswith("---") and code[:3] not in own:
                    found.append(hit)
    return found if len({(h[0].code or "")[:3] for h in found}) == 1 else []


def foreign_place_left(trig: Any, own: set[str], targets: list[Any],
                       link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The one foreign state a withdrawal leaves ("pulled the last of its troops out of Cambodia", "withdrew
    the rest of its forces from Lebanon"), when every target found is the withdrawing side's own: lead44,
    where a partitive object ("the last of its troops") left the forces as the target. Else []."""
    if trig.pos_ != "VERB" or not own or not targets or \
            any((t[0].code or "")[:3] not in own for t in targets):
        return []
    found: list[tuple[Any, int, int, Any]] = []
    for p in kids(trig):
        if p.dep_ not in ("prep", "prt") or p.lower_ not in ("from", "out"):
            continue
        places = [g for g in kids(p) if g.dep_ == "pobj"] + [
            g for q in kids(p) if q.dep_ == "prep" and q.lower_ == "of" for g in kids(q) if g.dep_ == "pobj"]
        for place in places:
            hit = one_actor(place, link, deep=False)
            code = (hit[0].code or "") if hit is not None else ""
            if hit is not None and len(code) >= 3 and not code.startswith("---") and code[:3] not in own:
                found.append(hit)
    return found if len({(h[0].code or "")[:3] for h in found}) == 1 else []
