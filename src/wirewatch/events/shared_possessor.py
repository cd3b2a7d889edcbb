"""One role noun owned by two states (thirty-eighth session, wip/actors40).

"Greece and Turkey's defence chiefs", "Egypt and Libya's foreign ministers": one possessive after two
coordinated states names the officers of both. The parser hangs the pair two ways, the first state as the
noun's possessor with the second conjoined to it ("Greece" poss, "Turkey" conj), or the first state as a
conjunct of the noun itself ("Egypt" conj "ministers", "Libya" its possessor); either way the arguments
reader found the states bare (GRC, EGY) or only the second with the role. Each state takes the sector the
actors stage gives the second state's whole phrase ("Turkey's defence chiefs" TURMIL): GRCMIL, TURMIL.
Gated on a bare three-letter country found on a possessor or a state coordinated with a role noun.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .actor_link import ActorLinker

Found = tuple[Any, int, int, Any]
# how the parser hangs a possessor on its noun (a re-parsed sentence may give "nmod")
_OWNER_DEPS = frozenset({"poss", "nmod"})


def _owned_role(owner: Any, noun: Any, link: ActorLinker) -> Actor | None:
    """The actors stage's reading of "<owner>'s ... <noun>" when it has a sector and the owner's country."""
    if not any(c.dep_ == "case" for c in owner.children) or noun.i <= owner.i:
        return None
    found = link.actor(owner.idx, noun.idx + len(noun.text))
    if found is None or len(found.code or "") <= 3 or not found.sector:
        return None
    return found


def _pair_role(tok: Any, link: ActorLinker) -> Actor | None:
    """The owned role of the pair `tok` is a member of, None when it is no such pair."""
    # (the pair is "A and B's": the second state two words after the first)
    if tok.dep_ in _OWNER_DEPS and tok.head.pos_ == "NOUN":  # "Greece [and Turkey]'s chiefs": Greece
        second = next((c for c in tok.children if c.dep_ == "conj" and c.i == tok.i + 2), None)
        return _owned_role(second, tok.head, link) if second is not None else None
    if tok.dep_ == "conj" and tok.head.dep_ in _OWNER_DEPS and tok.head.i == tok.i - 2:  # Turkey
        return _owned_role(tok, tok.head.head, link)
    noun = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if noun is not None:  # "Egypt and [Libya's foreign ministers]": Egypt, conjoined with the noun
        owner = next((c for c in noun.children if c.dep_ in _OWNER_DEPS and c.i == tok.i + 2), None)
        return _owned_role(owner, noun, link) if owner is not None else None
    return None


def shared_role(found: list[Found], link: ActorLinker) -> list[Found]:
    """`found` with each bare state of a pair that owns one role noun given the role's sector."""
    out = []
    for item in found:
        actor, tok = item[0], item[3]
        code = actor.code or ""
        if len(code) != 3 or tok.pos_ != "PROPN" or code in ("IGO", "NGO"):
            out.append(item)
            continue
        role = _pair_role(tok, link)
        if role is None or role.sector is None:
            out.append(item)
            continue
        shared = Actor(name=actor.name, code=code + role.sector, country=actor.country or code,
                       sector=role.sector, reasons=[*actor.reasons, f"one role noun owned by two states: "
                                                    f"'{role.name}' ({role.code}) is the pair's"])
        out.append((shared, item[1], item[2], tok))
    return out
