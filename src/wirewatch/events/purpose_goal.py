"""Force aimed at a purpose clause's goal (thirty-seventh session, wip/parse39).

"Police fired tear gas on Friday to stop thousands of opposition supporters marching on the parliament
building", "troops fired into the air in order to drive back students trying to reach parliament": force
used for a purpose is done to the people the purpose acts on (the purpose verb's object, or the subject of
the act it stops), never to the goal of their march. The model hangs "in order to V" on the noun "order"
(acl) and "so as to V" on the verb with two markers; both are the force verb's purpose all the same.
"""

from __future__ import annotations

from typing import Any

from .parse import has_infinitive_to, kids

# the nouns of "in order to", "in an effort to", "in a bid to": the infinitive they carry is a purpose
_PURPOSE_NOUNS = frozenset({"order", "effort", "bid", "attempt"})


def purpose_clause(anchor: Any) -> Any | None:
    """The infinitive that tells what the act is for: hung on the verb ("fired tear gas to disperse"),
    or carried by "in order" / "in a bid" ("fired in order to drive back students")."""
    for c in kids(anchor):
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and has_infinitive_to(c):
            return c
    for p in kids(anchor):
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for noun in kids(p):
            if noun.dep_ == "pobj" and noun.lower_ in _PURPOSE_NOUNS:
                return next((v for v in kids(noun) if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"
                             and has_infinitive_to(v)), None)
    return None


def people_met(purpose: Any) -> Any | None:
    """Whom the purpose acts on: its object ("to disperse crowds"), else the subject of the act it stops
    ("to stop them marching on parliament", "to stop thousands of supporters marching on ...")."""
    obj = next((c for c in kids(purpose) if c.dep_ == "dobj"), None)
    if obj is not None:
        return _counted(obj)
    for act in kids(purpose):
        if act.dep_ in ("ccomp", "advcl", "xcomp") and act.tag_ == "VBG":
            subj = next((c for c in kids(act) if c.dep_ == "nsubj"), None)
            if subj is not None:
                return _counted(subj)
    return None


# the heads of a count of people ("thousands of trade unionists"): the people are the of-phrase
_COUNTS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens"})


def _counted(head: Any) -> Any:
    if head.lower_ not in _COUNTS and head.pos_ != "NUM":
        return head
    return next((o for p in kids(head) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p)
                 if o.dep_ == "pobj"), head)
