"""A possessive on the second act's object names the place the first act went into (thirty-fourth
session, wip/targets36).

"Iraqi troops and tanks poured into Kuwait before dawn and seized its capital": the second act shares
the first's subject, which cannot be the owner of "its" (troops, a plural or a coordination), so "its"
points back to the state the first act went into, in or across; the act had no target. Only where the
second verb is the first's conjunct with no subject of its own, its direct object has "its" (or "their"
for a coordination of states is not taken), and the first verb's place phrase names exactly one state.

The people of a thing seized (thirty-fifth session, wip/targets37): "The navy seized six Indian trawlers and
detained their crewmen": "their" is the owner of the trawlers, India, never the seizer, though the shared
subject is the nearest owner a pronoun search finds. Only where the second verb is the first's conjunct
with no subject of its own, its direct object is a crew noun owned by "their" or "its", the first verb
takes things (seizes, boards, captures, shoots down), and its object names one foreign state.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import one_actor
from .parse import kids, lemma

_INTO = frozenset({"into", "in", "inside", "across", "to", "on", "onto"})
# the people aboard a thing, whom "their"/"its" ties to the thing's owner
_CREW = frozenset({"crew", "crews", "crewman", "crewmen", "crewmember", "crewmembers", "sailor", "sailors",
                   "fisherman", "fishermen", "seaman", "seamen", "passenger", "passengers", "pilot", "pilots",
                   "occupant", "occupants", "skipper", "skippers", "captain", "captains"})
# verbs that take or stop a thing with people aboard
_TAKING = frozenset({"seize", "board", "capture", "intercept", "impound", "confiscate", "hijack", "stop",
                     "down", "shoot", "detain", "commandeer", "tow"})


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


def seized_things_owner(act: Any, own: set[str], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The one foreign state owning the thing the first conjunct took, for "their crews" on the act."""
    if act.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(act)):
        return []
    owned = ("their", "its")
    # ("its five crew members": the crew noun as the compound of "members")
    if not any(o.dep_ == "dobj" and (o.lower_ in _CREW or any(c.dep_ == "compound" and c.lower_ in _CREW
                                                              for c in kids(o)))
               and any(c.dep_ == "poss" and c.lower_ in owned for c in kids(o)) for o in kids(act)):
        return []
    first = act.head
    if lemma(first) not in _TAKING:
        return []
    thing = next((o for o in kids(first) if o.dep_ == "dobj" and o.i < act.i), None)
    if thing is None:
        return []
    hit = one_actor(thing, link, deep=False)
    code = (hit[0].code or "") if hit is not None else ""
    if hit is None or len(code) < 3 or code.startswith("---") or code[:3] in own:
        return []
    return [hit]
