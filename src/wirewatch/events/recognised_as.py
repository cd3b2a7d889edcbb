"""A party recognised as a state's government or rulers is that state's (thirty-third session, wip/lead35).

"Sudan recognised the junta as the government of Sierra Leone": the junta has no country of its own in
the sentence, so the actors stage placed it by the story's main country (the recogniser's, Sudan), and a
recognition of a state's own army gave no CAMEO triple. The as-phrase says whose rulers the recognised
party is: its role noun's of-phrase, possessor or national adjective names the state ("as the government
of Sierra Leone", "as Afghanistan's rulers", "as the legitimate Chadian government"). A target of
another country takes that state, keeping its own armed or rebel sector; one with none is the state's
government.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .actor_link import ActorLinker
from .arguments import NON_STATE, one_actor
from .parse import kids, lemma
from .reading import Reading

_RECOGNISE = frozenset({"recognise", "recognize"})
# what a party is recognised as that belongs to a state
_RULER_NOUNS = frozenset({"government", "ruler", "authority", "leader", "leadership", "representative",
                          "president", "regime", "administration", "power"})
# sectors a recognised party keeps in the state it is recognised in
_KEPT_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "INS", "SEP"})


def _ruler_noun(anchor: Any) -> Any | None:
    """The role noun of the as-phrase, hung on the verb or on its object."""
    holders = [anchor] + [c for c in kids(anchor) if c.dep_ == "dobj"]
    return next((o for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ == "as"
                 for o in kids(p) if o.dep_ == "pobj" and lemma(o) in _RULER_NOUNS), None)


def _state_of(noun: Any, link: ActorLinker) -> str | None:
    """The one state the role noun's of-phrase, possessor or adjective names."""
    words = [g for p in kids(noun) if p.dep_ == "prep" and p.lower_ == "of"
             for g in kids(p) if g.dep_ == "pobj"]
    words += [c for c in kids(noun) if c.dep_ in ("poss", "amod", "compound")]
    states = set()
    for w in words:
        hit = one_actor(w, link, deep=True)
        code = (hit[0].code or "") if hit is not None else ""
        if len(code) >= 3 and code[:3] not in NON_STATE:
            states.add(code[:3])
    return states.pop() if len(states) == 1 else None


def recognised_as(r: Reading, link: ActorLinker) -> None:
    """Place the recognised party in the state the as-phrase names."""
    if r.cameo != "054" or lemma(r.anchor) not in _RECOGNISE or not r.targets:
        return
    noun = _ruler_noun(r.anchor)
    if noun is None:
        return
    state = _state_of(noun, link)
    if state is None:
        return
    placed = []
    for actor, start, end, tok in r.targets:
        if actor.country == state:
            placed.append((actor, start, end, tok))
            continue
        sector = actor.sector if actor.sector in _KEPT_SECTORS else "GOV"
        moved = Actor(name=actor.name, code=state + sector, country=state, sector=sector,
                      reasons=[*actor.reasons, f"recognised as '{noun.text}' of {state} (recognised_as)"])
        placed.append((moved, start, end, tok))
    r.targets = placed
