"""Patrols two parties agree to mount, and observers a body will send, are cooperation planned, not a threat
(thirty-eighth session, wip/leads40).

"Thailand and Malaysia agreed to patrol their common border jointly", "the foreign ministers of Ecuador and
Peru agreed to step up patrols along their border", "the OAU will deploy 50 military observers in Burundi":
the patrol and deploy rows are a force posture (15x), and the frames make a posture promised a threat of
force (138). A posture agreed between two parties, or done jointly, is an intent to cooperate militarily
(0312), and observers, monitors or peacekeepers sent are a pledge of peacekeeping (0334, as
protection_mission.py pledges forces sent to protect), aimed at the place they go to when it is named.
"Syria threatened to deploy troops in Lebanon" and "Iraq will send more troops to the border" keep 138.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids, lemma
from .reading import Reading
from .triggers import Trigger

# the posture rows' verbs a plan of cooperation can be told with
_POSTURE = frozenset({"patrol", "step", "deploy", "send", "station", "post", "dispatch", "mount", "conduct",
                      "hold", "stage", "carry", "set"})
# a frame of agreement between the parties ("agreed to patrol", "decided to step up patrols")
_AGREEING = frozenset({"agree", "decide", "undertake", "pledge", "promise", "resolve"})
_JOINTLY = frozenset({"jointly", "together"})
_JOINT = frozenset({"joint", "combined", "coordinated", "common"})
# unarmed or peacekeeping missions: a pledge of peacekeeping, not a show of force
MONITORS = frozenset({"observer", "monitor", "peacekeeper", "peacekeeping", "verifier", "inspector"})


def _joint(verb: Any, objs: list[Any]) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _JOINTLY for c in kids(verb)) or \
        any(lemma(m) in _JOINT for o in objs for m in kids(o) if m.dep_ in ("amod", "compound"))


def _countries(actors: list[tuple[Any, int, int, Any]]) -> set[str]:
    return {(a[0].code or "")[:3] for a in actors if len(a[0].code or "") >= 3}


def planned_cooperation(r: Reading, link: ActorLinker) -> None:
    """Recode a promised posture that is planned cooperation (138 -> 0312) or a peacekeeping pledge
    (-> 0334), aimed at where the observers go; module doc. Cheap: only a 138, 0334 or 074 reading on a
    posture verb is looked at."""
    if r.cameo not in ("138", "0334", "074") or lemma(r.trigger.tok) not in _POSTURE:
        return
    verb = r.trigger.tok
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]
    if any(lemma(o) in MONITORS for o in objs):
        if r.cameo == "138":
            r.type, r.cameo, r.mode = "AGREE", "0334", None
        # the place they go to, not their own modifier ("military observers" are no Burundian army)
        own = _countries(r.sources)
        place = next((o for d in [verb, *objs] for p in kids(d) if p.dep_ == "prep" and p.lower_ in
                      ("in", "to", "into") for o in kids(p) if o.dep_ == "pobj"), None)
        if place is None:  # "to monitor the ceasefire between Iran and Iraq": the parties it separates
            place = next((o for c in kids(verb) if c.dep_ in ("advcl", "xcomp") for d in kids(c)
                          if d.dep_ == "dobj" for p in kids(d) if p.lower_ == "between"
                          for o in kids(p) if o.dep_ == "pobj"), None)
        where = [a for a in phrase_actors(place, link) if (a[0].code or "")[:3] not in own] \
            if place is not None else []
        # (their own modifier names no party: "military observers" are no army of the place's)
        r.targets = [a for a in r.targets if a[3] is None
                     or not any(o.left_edge.i <= a[3].i <= o.right_edge.i for o in objs)]
        if where:
            r.targets, r.completed_targets = where, []
        return
    if r.cameo != "138":
        return
    agreed = lemma(r.anchor) in _AGREEING or lemma(verb.head) in _AGREEING
    if _joint(verb, objs) or agreed and len(_countries(r.sources) | _countries(r.targets)) >= 2:
        r.type, r.cameo, r.mode = "AGREE", "0312", None
        if not r.targets and len(_countries(r.sources)) >= 2:
            # "India and Bangladesh will jointly patrol their border": the pair's plan, both ways
            r.trigger = Trigger(verb, replace(r.trigger.pattern, mutual=True))
