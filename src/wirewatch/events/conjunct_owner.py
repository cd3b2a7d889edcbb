"""A possessive on the second act's object names the place the first act went into (thirty-fourth
session, wip/targets36).

"Iraqi troops and tanks poured into Kuwait before dawn and seized its capital": the second act shares
the first's subject, which cannot be the owner of "its" (troops, a plural or a coordination), so "its"
points back to the state the first act went into, in or across; the act had no target. Only where the
second verb is the first's conjunct with no subject of its own, its direct object has "its" (or "their"
for a coordination of states is not taken), and the first verb's place phrase names exactly one state.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import one_actor
from .parse import kids

_INTO = frozenset({"into", "in", "inside", "across", "to", "on", "onto"})


def _owner_cannot_be(subj: Any) -> bool:
    """A subject that is no "its": a plural noun or a coordination ("Iraqi troops and tanks")."""
    return subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in kids(subj))


def first_clause_state(act: Any, own: set[str], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The one foreign state the first conjunct's place phrase names, for an "its" on the act's object."""
    if act.dep_ != "conj" or act.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(act)):
        return []
    if not any(o.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ == "its" for c in kids(o))
               for o in kids(act)):
        return []
    first = act.head
    subj = next((c for c in kids(first) if c.dep_ == "nsubj"), None)
    if subj is None or not _owner_cannot_be(subj):
        return []
    found = []
    for p in kids(first):
        if p.dep_ != "prep" or p.lower_ not in _INTO or p.i > act.i:
            continue
        for place in (c for c in kids(p) if c.dep_ == "pobj"):
            hit = one_actor(place, link, deep=False)
            code = (hit[0].code or "") if hit is not None else ""
            if hit is not None and len(code) == 3 and not code.startswith("---") and code not in own:
                found.append(hit)
    return found if len(found) == 1 else []
