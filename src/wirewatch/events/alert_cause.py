"""A show of force (15x: forces put on alert, moved or massed) is aimed at the party whose move the sentence
gives as its cause (forty-third session, wip/lead45).

"Taiwan put its armed forces on alert as China began missile tests off the island's coast", "Peru put its
police on maximum alert ahead of an expected Shining Path offensive": with no party named as the
posture's object, the place rule aimed the alert at the actor's own country (TWN -> TWN) or at no one. The
analyst writes down the party the alert answers: the subject of an "as", "after" or "when" clause on the
verb, or the doer of the act an "ahead of", "after", "following" or "amid" phrase names (its possessor, its
nationality, its name as a modifier), or the other side of a quarrel named by "with" ("as a dispute with
Turkey escalated"). Only for a posture (15x) whose target is empty or the actor's own
country by that fallback, and only another state or an armed or opposing side of the actor's own. Forces
"put on alert" in the passive are the posture's actor.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import Exclusion, act_agents, phrase_actors
from .parse import kids, lemma
from .reading import Reading

_CLAUSE_MARKS = frozenset({"as", "after", "when", "because", "since"})
# ("as" too: the parser may read "as a dispute with Turkey escalated" as a phrase, "as" its preposition)
_CAUSE_PREPS = frozenset({"after", "following", "amid", "amidst", "over", "as"})
_QUARRELS = frozenset({"dispute", "row", "quarrel", "standoff", "stand-off", "tension", "confrontation",
                       "conflict", "crisis", "feud", "clash"})
_FALLBACK = "no named recipient"
_SIDES = frozenset({"REB", "INS", "SEP", "UAF", "OPP"})

Party = tuple[Any, int, int, Any]


def alert_aimed_at_cause(r: Reading, link: ActorLinker) -> None:
    """Aim a posture with no party of its own at the party of the move that caused it."""
    if r.type != "MOBILIZE" or not (r.cameo or "").startswith("15") or not r.sources:
        return
    verb = r.trigger.tok
    held = [c for c in kids(verb) if c.dep_ == "nsubjpass"] if lemma(verb) == "put" else []
    if held:
        # "The Philippine army was put on alert after rebels attacked": the forces put on alert are the
        # posture's actor, not the clause's attackers the passive rule took for its agent
        forces = [a for h in held for a in phrase_actors(h, link)]
        if not forces:
            return
        if {(a[0].code or "") for a in forces} != {(a[0].code or "") for a in r.sources}:
            r.sources, r.targets = forces, []
    if r.targets and not all(any(_FALLBACK in why for why in t[0].reasons) for t in r.targets):
        return
    own = {(t[0].code or "")[:3] for t in r.sources}
    found = [a for a in _cause_parties(verb, link) if _another_party(a[0].code or "", own)]
    if found:
        r.targets = found[:1]
        r.completed_targets = []


def _another_party(code: str, own: set[str]) -> bool:
    """Another state, or an armed or opposing side of the actor's own ("ahead of a Shining Path
    offensive"); the actor's own government or people are no cause it answers."""
    if len(code) < 3 or code.startswith("---"):
        return False
    return code[:3] not in own or code[3:6] in _SIDES


def _cause_parties(verb: Any, link: ActorLinker) -> list[Party]:
    out: list[Party] = []
    for c in kids(verb):
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS for m in kids(c)):
            for s in (s for s in kids(c) if s.dep_ == "nsubj"):
                out += phrase_actors(s, link) or _quarrel_party(s, link)
        elif c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS:
            out += [a for g in kids(c) if g.dep_ == "pobj"
                    for a in act_agents([g], link, Exclusion()) or _quarrel_party(g, link)]
        elif c.dep_ == "advmod" and c.lower_ == "ahead":  # "ahead of an expected rebel offensive"
            out += [a for p in kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                    for g in kids(p) if g.dep_ == "pobj" for a in act_agents([g], link, Exclusion())]
    return out


def _quarrel_party(noun: Any, link: ActorLinker) -> list[Party]:
    """"a dispute with Turkey", "tension with India": a quarrel names the other side by "with"."""
    if lemma(noun) not in _QUARRELS:
        return []
    return [a for p in kids(noun) if p.dep_ == "prep" and p.lower_ == "with"
            for g in kids(p) if g.dep_ == "pobj" for a in phrase_actors(g, link)]
