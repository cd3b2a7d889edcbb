"""The forces an order is given to are the orderer's hands, not the act's aim (forty-first session,
wip/stories43).

"Lini ordered police to arrest Sope and the ministers he had sworn in": where the person to be arrested
is no party the tables know, the arrest fell back on the only other party in the clause, the police told
to make it (VUTGOV -> VUTCOP 173); "Akayev ordered troops to seal off the region" read the troops as the
aim of the alert (KGZGOV -> KGZMIL 151). The object of "order", "instruct" or "direct" that its
infinitive makes act, of the orderer's own country, carries the act out; it is never its target. What is
left is the infinitive's own aim or none (no CAMEO triple), never the orderer's own forces.

Only armed hands (MIL, COP, SPY) are cut, and only from the act ordered: an order read as a demand (10x)
is addressed to them ("ordered the army to withdraw", the manual's way), a posture (15x) is the forces'
own ("ordered troops to patrol the border", the probes' reading), and a paper ordered to suspend
publication is coerced, not used ("ordered the opposition newspaper La Prensa to suspend publication",
the PLOVER GSR record COERCE-0008, NICGOV -> NICOPP 17).
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

ORDERING = frozenset({"order", "instruct", "direct", "command"})
HANDS = frozenset({"MIL", "COP", "SPY"})
# codes of an order read as what it is to its addressee: a demand or an appeal; and a posture the forces
# are put in ("ordered troops to patrol the border" KEN -> KEN 151, probes codes12: the row's own reading)
_ADDRESSED = ("10", "02", "15")


def ordered_hands(verb: Any) -> Any | None:
    """The object of an ordering verb that its infinitive complement makes act ("ordered police to
    arrest"), or None."""
    if verb is None or lemma(verb) not in ORDERING or verb.pos_ != "VERB":
        return None
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if not any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > obj.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for c in kids(verb)):
        return None
    return obj


def without_own_hands(verb: Any, cameo: str | None, sources: list[tuple[Any, int, int, Any]],
                      targets: list[tuple[Any, int, int, Any]]) -> list[tuple[Any, int, int, Any]]:
    """The targets less the orderer's own armed forces named as the order's object."""
    if not targets or (cameo or "").startswith(_ADDRESSED):
        return targets
    hands = ordered_hands(verb)
    if hands is None:
        return targets
    own = {a[0].country for a in sources if a[0].country}
    span = (hands.left_edge.idx, hands.right_edge.idx + len(hands.right_edge.text))
    return [t for t in targets
            if not (t[0].country in own and (t[0].sector or "")[:3] in HANDS and span[0] <= t[1] < span[1])]
