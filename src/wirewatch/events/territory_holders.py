"""Territory taken from someone is taken from them (lead17).

"Ethiopian forces recaptured the town of Massawa from Eritrean rebels", "the army seized the hill from
the guerrillas": CAMEO's 192 (occupy territory) is aimed at the side that held the place, which the
from-phrase names; the town itself is only where. When that phrase names a coded party, it replaces
the place as the target.
"""

from __future__ import annotations

from .actor_link import ActorLinker
from .arguments import one_actor
from .parse import kids
from .reading import Reading


def territory_holder(r: Reading, link: ActorLinker) -> None:
    """The party a place was taken from becomes the target of an occupation (192)."""
    if r.cameo != "192":
        return
    tok = r.trigger.tok
    places = [tok, *(c for c in kids(tok) if c.dep_ == "dobj")]  # "the town of Cafunfo from UNITA rebels":
    # the parser may hang the from-phrase on the place taken (lead29)
    places += [o for c in places[1:] for p in kids(c) if p.dep_ == "prep" and p.lower_ == "of"
               for o in kids(p) if o.dep_ == "pobj"]
    froms = [p for c in places for p in kids(c) if p.dep_ == "prep" and p.lower_ == "from"]
    holders = [one_actor(o, link, deep=True) for p in froms for o in kids(p) if o.dep_ == "pobj"]
    parties = [h for h in holders if h is not None and len(h[0].code or "") >= 3]
    if parties:
        r.targets = parties
