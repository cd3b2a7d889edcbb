"""A hand-over of persons is aimed at the state that receives them (thirty-third session, wip/targets35).

"Syria handed over to Turkey two Kurdish rebels who had fled across the border": judicial cooperation
(063) is with the receiving state, not the persons handed over; the search took the object first
(SYR -> TURREB). Where a hand-over's verb (or its particle) has a to-phrase naming a party, that party is
the target ("handed over three Iraqi dissidents to Iraq" already read so, the to-phrase being found when
the object named no actor).
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .actor_link import ActorLinker
from .arguments import one_actor, phrase_actors
from .parse import kids


def _fused_recipient(obj: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """"handed over to Turkey two Kurdish rebels": the small model reads the state as a modifier of the
    persons after it (both one to-phrase); the state is the name before the number."""
    num = next((c for c in kids(obj) if c.dep_ == "nummod"), None)
    for c in kids(obj):
        if num is not None and c.i < num.i and c.dep_ in ("nmod", "compound") and c.ent_type_ == "GPE":
            hit = one_actor(c, link, deep=False)
            country = hit[0].country if hit is not None else None
            if hit is not None and country:
                # (the actors stage read the name as the persons' own country, "Turkey's rebels")
                state = Actor(name=c.text, code=country, country=country,
                              reasons=[f"'{c.text}' receives the persons handed over (handover_recipient)"])
                return [(state, c.idx, c.idx + len(c.text), c)]
    return []


def handover_recipients(trig: Any, sources: list[Any], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The parties of the to-phrase on the hand-over verb or its particle, other than the source's own."""
    own = {(a[0].code or "")[:3] for a in sources}
    heads = [trig, *(c for c in kids(trig) if c.dep_ == "prt")]
    objs = [o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ == "to"
            for o in kids(p) if o.dep_ == "pobj"]
    found = [a for o in objs for a in (_fused_recipient(o, link) or phrase_actors(o, link))]
    return [a for a in found if len(a[0].code or "") >= 3 and (a[0].code or "")[:3] not in own]
