"""The parties of an agentless passive that its own phrases name (gsrcoop).

"The Chinese ambassador was expelled from Indonesia": only a state expels, and the state named in the
from-phrase is the one the ambassador leaves, so it expels (IDN -> CHNGOV 166). "Russian troops were
withdrawn from Lithuania": forces are withdrawn by their own side, so the forces' owner withdraws from
the place (RUSMIL -> LTU 087). "Four British diplomats were ordered to leave Russia": the state left
orders them out (RUS -> GBRGOV 166). Without such a phrase the passive names no source, as before.
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

EXPEL_VERBS = {"expel", "deport"}
WITHDRAW_VERBS = {"withdraw", "pull", "evacuate", "recall"}
MOVED_FORCES = {"troop", "force", "soldier", "unit", "army", "personnel", "contingent", "battalion",
                "brigade", "division", "peacekeeper", "warship", "ship", "vessel", "tank", "missile", "jet"}
PLACES = {"GPE"}


def _agentless_passive(tok: Any) -> Any | None:
    """The passive subject of a passive verb with no by-phrase, else None."""
    # ("by March 31" is a date, no agent; lead31)
    if tok.pos_ != "VERB" or any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and not any(
            g.ent_type_ in ("DATE", "TIME") for g in kids(c)) for c in kids(tok)):
        return None
    return next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)


def _from_place(tok: Any) -> Any | None:
    """The place of the verb's from- or out-of-phrase ("from Indonesia", "out of Kosovo")."""
    out = any(p.dep_ in ("prt", "prep") and p.lower_ == "out" for p in kids(tok))
    for p in kids(tok):
        # ("pulled out of Estonia": the of-phrase may hang on the particle or on the verb; lead31)
        if p.dep_ == "prep" and (p.lower_ == "from" or out and p.lower_ == "of") or \
                p.dep_ in ("prt", "prep") and p.lower_ == "out":
            objs = [g for g in kids(p) if g.dep_ == "pobj"]
            objs += [g for q in kids(p) if q.dep_ == "prep" and q.lower_ == "of"
                     for g in kids(q) if g.dep_ == "pobj"]
            place = next((g for g in objs if g.ent_type_ in PLACES), None)
            if place is not None:
                return place
    return None


def _place_left(tok: Any) -> Any | None:
    """The country people were ordered or told to leave: only its state can order them out."""
    if lemma(tok) not in ("order", "tell", "ask"):
        return None
    leave = next((c for c in kids(tok) if c.dep_ == "xcomp" and lemma(c) == "leave"), None)
    place = next((c for c in kids(leave) if c.dep_ == "dobj"), None) if leave is not None else None
    return place if place is not None and place.ent_type_ in PLACES else None


def passive_parties(tok: Any) -> tuple[str, Any, Any] | None:
    """("expel" or "withdraw", source token, target token) of an agentless expulsion or withdrawal."""
    under = _agentless_passive(tok)
    if under is None:
        return None
    left = _place_left(tok)
    if left is not None:
        return "expel", left, under  # "four British diplomats were ordered to leave Russia" (lead28)
    place = _from_place(tok)
    if place is None:
        return None
    if lemma(tok) in EXPEL_VERBS:
        return "expel", place, under
    if lemma(tok) in WITHDRAW_VERBS and lemma(under) in MOVED_FORCES:
        return "withdraw", under, place
    return None
