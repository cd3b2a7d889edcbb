"""A claimed attack's claim is aimed at whom the attack struck (thirty-fifth session, wip/lead37).

"Hamas claimed responsibility for a suicide bombing on a crowded bus in Jerusalem that killed 18 people":
the claim (015) names no party of its own, and the attack noun's target rule reads only the party it is
"on" or "against" when that phrase names one. The attack the claim owns still says whom it struck: the
people a relative clause says it killed or wounded ("that killed 18 Israelis"), the party or place inside
its on/against/at-phrase ("on a crowded bus in Jerusalem"), or the place it happened ("a bombing in
Jerusalem"). An attack that names none of these leaves the claim without a target, as before.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import ATTACK_NOUNS, Exclusion, phrase_actors
from .parse import kids, lemma

_CLAIMING = frozenset({"claim", "admit", "acknowledge", "accept"})
_STRUCK = frozenset({"on", "against", "at", "in", "near", "outside", "inside"})
_HARMED = frozenset({"kill", "wound", "injure", "maim"})
_ATTACKS = frozenset(ATTACK_NOUNS | {"bomb", "explosion", "ambush", "hijacking", "kidnapping"})


_ACTOR = tuple[Any, int, int, Any]


def claimed_attack_target(trig: Any, link: ActorLinker, exclude: Exclusion) -> list[_ACTOR]:
    """The party struck by the attack whose responsibility `trig` claims; [] for none."""
    if lemma(trig) not in _CLAIMING:
        return []
    held = next((c for c in kids(trig) if c.dep_ == "dobj" and lemma(c) == "responsibility"), None)
    if held is None:
        return []
    # (the parser hangs "for the bombing" on the noun or on the verb)
    attack = next((o for h in (held, trig) for p in kids(h) if p.dep_ == "prep" and p.lower_ == "for"
                   for o in kids(p) if o.dep_ == "pobj" and lemma(o) in _ATTACKS), None)
    if attack is None:
        return []
    victims = [a for v in kids(attack) if v.dep_ in ("relcl", "acl") and lemma(v) in _HARMED
               for o in kids(v) if o.dep_ == "dobj" for a in phrase_actors(o, link) if not exclude.blocks(a)]
    if victims:
        return victims
    for p in kids(attack):
        if p.dep_ == "prep" and p.lower_ in _STRUCK:
            found = [a for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)
                     if not exclude.blocks(a)]
            if found:
                return found
    return []

