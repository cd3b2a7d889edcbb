"""What is given is no recipient of the giving (fifteenth session, wip/probes17a).

"The United Nations will deploy 2,000 peacekeepers in Angola": the peacekeepers are the aid, Angola
receives it (074, or 0334 as a promise). The actors stage places an unplaced role noun in the story's
country ("Angola's peacekeepers", AGOMIL), so the object stood as the target. When an act of aid, or an
intent, appeal or demand for it, has as its target the very object it gives (troops, peacekeepers,
relief), the country of its to/in/into place is the recipient instead.
"""

from __future__ import annotations

from .actor_link import ActorLinker
from .arguments import one_actor
from .parse import kids, lemma
from .reading import Reading

# the codes whose object is the aid given: 07x, and the promise (033x), appeal (023x) and demand (103x)
AID_FAMILIES = ("07", "033", "023", "103")
GIVEN = {"peacekeeper", "troop", "soldier", "force", "observer", "monitor", "doctor", "team", "unit",
         "contingent", "battalion", "aid", "supply", "food", "medicine", "relief"}
RECEIVING_PREPS = {"to", "in", "into"}


def aid_recipient(r: Reading, link: ActorLinker) -> None:
    """Replace a target that is the aid given by the place it is given to or in."""
    if not r.cameo or not r.cameo.startswith(AID_FAMILIES) or len(r.targets) != 1:
        return
    verb = r.trigger.tok if r.trigger.tok is not None else r.anchor
    given = r.targets[0][3]
    if given is None or given.head.i != verb.i or given.dep_ != "dobj" or lemma(given) not in GIVEN:
        return
    for p in kids(verb):
        if p.dep_ != "prep" or p.lower_ not in RECEIVING_PREPS:
            continue
        for place in (o for o in kids(p) if o.dep_ == "pobj"):
            hit = one_actor(place, link, deep=True)
            if hit is not None and len(hit[0].code or "") >= 3:
                r.targets = [hit]
                return
