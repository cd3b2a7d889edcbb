"""The wronged party's reply in its sentence's second clause (thirty-sixth session, wip/targets38).

"Nicaraguan troops shot down a Honduran helicopter on Monday, and Tegucigalpa demanded an explanation":
the demand names no party, but it is the reply of the state the first clause's act hit (Honduras) to the
doers of that act (Nicaragua's troops). With no target of its own the dyad completion took the nearest
coded mention, the helicopter's own state (HNDGOV -> HND, an act on itself). Only where the replying verb
is a conjunct of an earlier coded verb (a reply of protest, demand, accusation, rejection or threat), has
a source but no target, and the earlier verb (coded or not: "intercepted a Turkish airliner") has an object
or place naming the replying source's own country while its subject names a party of another.
"""

from __future__ import annotations

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids
from .reading import Reading
from .triggers import Trigger

# the kinds of act a wronged state answers with
_REPLIES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION"})


def _country(item: tuple) -> str:
    code = getattr(item[0], "code", "") or ""
    return code[:3] if len(code) >= 3 and not code.startswith("---") else ""


def reply_to_first_clause(r: Reading, triggers: dict[int, Trigger], link: ActorLinker) -> None:
    """Aim a targetless reply at the doers of the act on the replier its first clause tells."""
    anchor = r.anchor
    if r.targets or not r.sources or r.negated or anchor.dep_ != "conj" or r.type not in _REPLIES:
        return
    first = anchor.head
    if first.i > anchor.i or first.pos_ != "VERB":
        return
    own = {_country(a) for a in r.sources} - {""}
    if not own:
        return
    subj = next((c for c in kids(first) if c.dep_ == "nsubj"), None)
    hit = [c for c in kids(first) if c.dep_ in ("dobj", "prep")]
    if subj is None or not hit:
        return
    if not any(_country(a) in own for c in hit for a in phrase_actors(c, link)):
        return  # the first act hit no party of the replier's own country
    doers = [a for a in phrase_actors(subj, link) if _country(a) and _country(a) not in own]
    if doers:
        r.targets = doers
