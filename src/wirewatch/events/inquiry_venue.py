"""An investigation of someone in a country that names no investigator: the state of the place.

"A US national has been put under investigation in Italy", "Two Russian diplomats are being investigated
in Sweden": only a state's police, prosecutors or courts place a person under investigation, so with no
by-phrase the investigator is the state where it happens (the CAMEO manual codes this ITA -> USA 09),
and the target is the one under investigation. The place must be named as where the investigation is
("in Italy" on the verb or on the investigation noun), not elsewhere in the sentence.
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

INQUIRY_NOUNS = {"investigation", "inquiry", "probe"}
INQUIRY_VERBS = {"investigate", "probe", "question", "interrogate"}
PLACES = {"GPE"}


def inquiry_venue(tok: Any) -> tuple[Any, Any | None, Any | None] | None:
    """(the one under investigation, the place token, the by-phrase's object) of an investigation that a
    person undergoes ("is under investigation", "was investigated"), with a named investigator or a
    place; else None. The one under investigation is never its investigator ("The company is under
    investigation in France" is no investigation by the company)."""
    if tok.pos_ == "NOUN" and lemma(tok) in INQUIRY_NOUNS and tok.dep_ == "pobj" and \
            tok.head.lower_ == "under":
        verb = tok.head.head  # "put / placed under investigation", "is under investigation"
        holders = [tok, verb]
    elif tok.pos_ == "VERB" and lemma(tok) in INQUIRY_VERBS and any(c.dep_ == "auxpass" for c in kids(tok)):
        verb = tok
        holders = [tok]
    else:
        return None
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubjpass", "nsubj")), None)
    agent = next((g for h in holders for c in kids(h)
                  if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                  for g in kids(c) if g.dep_ == "pobj"), None)
    place = next((g for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ == "in"
                  for g in kids(p) if g.dep_ == "pobj" and g.ent_type_ in PLACES), None)
    if subj is None or (agent is None and place is None):
        return None
    return subj, place, agent
