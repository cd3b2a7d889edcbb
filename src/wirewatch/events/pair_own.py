"""What a pair of parties holds in common is no target of their act (thirty-eighth session, wip/leads40).

"TOKYO - Japan and South Korea agreed to hold regular meetings of their foreign ministers", "ANKARA - Turkey
and Iran agreed to mount joint military patrols along their frontier": the act's object is the pair's own
("their foreign ministers", "joint patrols"), which the dateline then made the dateline country's, so one
of the two parties acted on itself (dropped) and the other on the first: one direction only. A target
whose phrase is owned by "their" or modified by "joint", "combined" or "common", of one of the subject
pair's own countries, is the pair itself: it is dropped, and the pair's act is read both ways as the
coder reads "A and B agreed to ..." with no object. "Iran and Iraq shelled each other's towns" and "A and
B attacked Kurdish rebels in their territory" (a third party's country) keep their targets. Likewise a
party named only in the topic of the pair's meeting ("Li Peng and visiting Thai Prime Minister Chatichai
held talks on a settlement of the Cambodian conflict", "Hun Sen and Nguyen Co Thach held talks on the
withdrawal of Vietnamese troops") is no partner of it: the pair met.
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma
from .reading import Reading

_SHARED = frozenset({"joint", "combined", "common", "mutual", "bilateral"})
# the topic of the pair's talks names no partner ("held talks on a settlement of the Cambodian conflict")
_TOPIC = frozenset({"on", "over", "about", "concerning", "regarding"})
MEETING_VERBS = frozenset({"hold", "meet", "talk", "confer", "discuss", "negotiate", "agree", "sign"})


def _pair_own(tok: Any) -> bool:
    while tok.dep_ in ("amod", "compound", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return any(c.dep_ == "poss" and c.lower_ == "their" or c.dep_ == "amod" and lemma(c) in _SHARED
               for c in kids(tok))


def _in_topic(tok: Any, anchor: Any) -> bool:
    """`tok` lies in a topic phrase ("on a settlement of the Cambodian conflict") of the act's verb or of
    its object, not in the object itself."""
    steps = 0
    while tok.head.i != tok.i and steps < 8:
        if tok.dep_ == "prep" and tok.lower_ in _TOPIC and anchor.i in (tok.head.i, tok.head.head.i):
            return True
        if tok.i == anchor.i:
            return False
        tok, steps = tok.head, steps + 1
    return False


def pair_own_targets(r: Reading) -> None:
    """Drop the targets that are the subject pair's own, or only the topic of the pair's act (module doc).
    Cheap: only a reading with sources of two countries and a target is looked at."""
    if len(r.sources) < 2 or not r.targets:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    if len(own) < 2:
        return
    if all((a[0].code or "")[:3] in own for a in r.targets) and \
            all(a[3] is not None and _pair_own(a[3]) for a in r.targets):
        r.targets, r.completed_targets = [], []
    elif lemma(r.anchor) in MEETING_VERBS and all(a[3] is not None and _in_topic(a[3], r.anchor)
                                                  for a in r.targets):
        r.targets, r.completed_targets = [], []
