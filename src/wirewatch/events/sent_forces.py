"""Troops a state sends are its own; the state they are sent to is the story's (forty-first session,
wip/stories43).

"PORT OF SPAIN (UPI) -- Venezuela and Jamaica sent troops to help restore order": "troops" with no owner
word takes the dateline's country from the actors stage (Trinidad's army, TTOMIL), and the aid became one
given to Trinidad's soldiers. Troops a state sends with no owner named are the sender's; where the story
places them, the dateline's state, is whom they are sent to: the target is that state (TTO), never its
forces. Only for the object of a verb of sending, of a state other than every source's, and only where
the troops are bare ("sent its troops", "sent Trinidadian troops" keep their reading).
"""

from __future__ import annotations

from typing import Any

from ..records import Actor, Article
from .dateline_era import state_on_day
from .dateline_target import BUREAUS
from .parse import kids, lemma

SENDING = frozenset({"send", "deploy", "dispatch", "despatch", "rush", "airlift", "fly"})
_FORCES = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "peacekeeper",
                     "peacekeepers", "marine", "marines", "paratrooper", "paratroopers", "police",
                     "policemen"})
_ARMED = ("MIL", "COP")


def _bare(tok: Any) -> bool:
    """No owner, nationality or name before the forces ("troops", "300 troops", "more soldiers")."""
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and (c.pos_ in ("PROPN", "PRON")
                   or c.ent_type_ in ("NORP", "GPE", "ORG")) for c in kids(tok))


def _dateline_state(article: Article) -> str | None:
    """The state of the story's dateline, or None."""
    dateline = article.dateline
    if dateline is None or not dateline.place or str(dateline.place).lower() in BUREAUS:
        return None  # a regional or world desk heads copy about other states
    return state_on_day(str(dateline.place), article)


Party = tuple[Any, int, int, Any]


def sent_to_state(verb: Any, sources: list[Party], targets: list[Party], article: Article) -> list[Party]:
    """The targets with bare sent forces read as the state they are sent to: the dateline's, when it is
    none of the senders'. (The dateline is looked up only past the word test: most readings leave there.)"""
    if lemma(verb) not in SENDING or not targets:
        return targets
    own = {a[0].country for a in sources}
    goal = _destination_state(verb, article)
    if goal is not None and goal not in own:
        return [_sent_to(t, goal, own, f"the forces are sent into {goal}, the state of their destination")
                for t in targets]
    home = _dateline_state(article)
    if not home:
        return targets
    if home in own:
        return targets
    out = []
    for t in targets:
        actor, tok = t[0], t[3]
        if tok is not None and tok.dep_ == "dobj" and tok.head.i == verb.i and lemma(tok) in _FORCES \
                and (actor.sector or "")[:3] in _ARMED and actor.country in own | {home} and _bare(tok):
            state = Actor(name=actor.name, code=home, country=home, sector=None,
                          reasons=[*actor.reasons, "troops a state sends are its own: the state the story "
                                   "is filed from is whom they are sent to"])
            t = (state, t[1], t[2], tok)
        out.append(t)
    return out


def _destination_state(verb: Any, article: Article) -> str | None:
    """The state of the place the verb sends its forces to or into ("flew 150 paratroopers into Kigali"):
    lead44, where the sender's own paratroopers had been the aid's recipient."""
    found = destination(verb, article)
    return found[0].country if found is not None else None


def destination(verb: Any, article: Article) -> Party | None:
    """The place the verb sends its forces to or into, as a party: the state it lies in on the story's
    day, at the place's words; None where the to-phrase names no state."""
    for prep in kids(verb):
        if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
            for place in kids(prep):
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC"):
                    state = state_on_day(place.text, article)  # (the state on the story's day)
                    if state:
                        actor = Actor(name=place.text, code=state, country=state, sector=None,
                                      reasons=[f"'{place.text}' lies in {state}: the forces are sent there"])
                        return (actor, place.idx, place.idx + len(place.text), place)
    return None


def _sent_to(t: Party, goal: str, own: set[str | None], why: str) -> Party:
    """The target `t`, read as the destination's state when it is the senders' own armed forces."""
    actor, tok = t[0], t[3]
    if tok is None or lemma(tok) not in _FORCES or (actor.sector or "")[:3] not in _ARMED or \
            actor.country not in own:
        return t
    state = Actor(name=actor.name, code=goal, country=goal, sector=None, reasons=[*actor.reasons, why])
    return (state, t[1], t[2], tok)
