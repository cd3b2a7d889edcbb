"""The second thing a refusal refuses (fortieth session, wip/leads42): "The Khmer Rouge refused to disarm its
fighters or let U.N. peacekeepers into its zones", "Iraq refused to hand over the documents or allow the
inspectors into the ministry". A refusal frame reads only the nearest content trigger under it
(frames.frame_complement), so the second infinitive joined by "or" / "nor" - often the one that names the
party refused (the peacekeepers' body) - was never read. Here a refusal's complement with an "or" / "nor"
conjunct that is a content trigger taking an object of its own gives a second refusal, read like the
first (its parties attached by the ordinary rules)."""

from __future__ import annotations

from .parse import kids
from .triggers import Trigger


def refused_alternative(frame: Trigger, comp: Trigger | None, triggers: dict[int, Trigger],
                        etype: str | None) -> Trigger | None:
    """The content trigger of a refusal's second, "or"-joined complement, or None."""
    if comp is None or etype != "REJECT" or frame.frame != "@REJECT" or comp.tok is None:
        return None
    first = comp.tok
    if first.pos_ != "VERB" or not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in kids(first)):
        return None
    for c in kids(first):
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i <= first.i:
            continue
        other = triggers.get(c.i)
        if other is None or other.is_frame or not any(g.dep_ == "dobj" for g in kids(c)):
            continue
        return other
    return None
