"""The party whose proposal a joint subject answers (parse35).

"Both Israel and Syria on Monday rejected an American proposal for talks": the act's word is "talks", a
two-way act, so the coder read the two subjects as acting on each other (ISR -> SYR 125 and back) and
dropped the proposal's owner it had found. The owner of the object the verb answers (an adjective, a
possessive or a compound before the noun: "an American proposal", "Washington's plan", "a U.N. call";
or its of/from/by-phrase: "a proposal from Cairo") is the one the subjects act on, as for one subject."""

from __future__ import annotations

from typing import Any

from .parse import kids

_OWNER_DEPS = frozenset({"amod", "poss", "compound", "nmod"})
_OWNER_PREPS = frozenset({"of", "from", "by"})


def _owner_tokens(obj: Any) -> set[int]:
    own = {c.i for c in kids(obj) if c.dep_ in _OWNER_DEPS and c.i < obj.i}
    own |= {g.i for c in kids(obj) if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS
            for g in kids(c) if g.dep_ == "pobj"}
    return own


def names_proposer(anchor: Any, trigger: Any, targets: list[Any]) -> bool:
    """Whether the act's word ("talks") sits under the verb's object noun ("proposal") and a found target
    is that object's owner, so the joint subject answers the owner, not each other."""
    if trigger.i == anchor.i:
        return False
    obj, tok = None, trigger
    while tok.head.i != tok.i and tok.i != anchor.i:
        if tok.head.i == anchor.i and tok.dep_ in ("dobj", "nsubjpass"):
            obj = tok
            break
        tok = tok.head
    if obj is None or obj.i == trigger.i or obj.pos_ != "NOUN":
        return False
    owners = _owner_tokens(obj)
    return any(t[3] is not None and (t[3].i in owners or t[3].head.i in owners) for t in targets)
