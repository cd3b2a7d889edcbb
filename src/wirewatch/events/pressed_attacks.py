"""An offensive owned by one party and pressed or stepped up by another (stories30): "President Kumaratunga
vowed to press the army's offensive against the rebels". The owner ("the army's") is a side of the
fighting, not whom it is aimed at; the against- or on-phrase of the offensive names that (the rebels). A
judgement of the same noun is aimed at its owner ("condemned Israel's offensive against Hamas" judges
Israel), so only a reading of force or its threat is turned."""

from __future__ import annotations

from typing import Any

from .arguments import phrase_actors
from .parse import PRONOUNS, kids, lemma

# verbs that carry on or widen an attack
PRESSING = frozenset({"press", "launch", "intensify", "escalate", "continue", "step", "widen", "expand",
                      "resume", "renew", "pursue"})
OFFENSIVES = frozenset({"offensive", "attack", "assault", "campaign", "onslaught", "drive", "push"})


def pressed_attack_target(r: Any, link: Any) -> None:
    """Aim the pressing of a party's offensive at the party the offensive is against."""
    if (r.cameo or "")[:2] not in ("19", "13", "15"):
        return
    # the verb itself, or the one a threat or vow governs ("vowed to press the army's offensive")
    verbs = [v for v in (r.anchor, *(c for c in kids(r.anchor) if c.dep_ == "xcomp")) if lemma(v) in PRESSING]
    for obj in (c for v in verbs for c in kids(v) if c.dep_ == "dobj" and lemma(c) in OFFENSIVES):
        if not any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in PRONOUNS
                   for c in kids(obj)):
            continue
        aimed = [a for p in kids(obj) if p.dep_ == "prep" and p.lower_ in ("against", "on")
                 for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)
                 if len(a[0].code or "") >= 3]
        if aimed:
            r.targets = aimed
            return
