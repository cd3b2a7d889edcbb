"""Where an appeal for calm is aimed when it names no party: the country of the trouble (gsrcoop).

"The Pope appealed for an end to the fighting in Bosnia", "The UN urged restraint in Kosovo": an appeal
for calm, restraint or an end to violence that names nobody is made on the country where the trouble
is, as a coder reading the codebook's 02 (and PETRARCH, from the object phrase) codes it. Only a place
inside what is asked for counts, never a place on the verb ("in Geneva, the UN called for ..." is where
the call was made).
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

# what an appeal for de-escalation asks for
CALM_NOUNS = {"calm", "restraint", "end", "halt", "stop", "cessation", "ceasefire", "cease-fire", "truce",
              "peace", "dialogue", "reconciliation", "moderation"}
PLACES = {"GPE"}


def appealed_place(anchor: Any) -> Any | None:
    """The first country-like place inside the calm an appeal asks for, else None."""
    asked = [c for c in kids(anchor) if c.dep_ == "dobj" and lemma(c) in CALM_NOUNS]
    asked += [g for p in kids(anchor) if p.dep_ == "prep" and p.lower_ == "for"
              for g in kids(p) if g.dep_ == "pobj" and lemma(g) in CALM_NOUNS]
    return next((t for h in asked for t in h.subtree
                 if t.dep_ == "pobj" and t.head.lower_ == "in" and t.ent_type_ in PLACES), None)
