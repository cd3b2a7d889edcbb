"""A meeting held to negotiate is a negotiation (fifteenth session, wip/probes17a).

"Syrian and Israeli negotiators met in Washington to resume peace talks": the codebook's 046 (engage in
negotiation) names the act the meeting is for, where the bare 040 says only that they consulted. Read
from the meeting's purpose clause: an infinitive whose verb negotiates, or which holds, resumes or opens
talks or negotiations.
"""

from __future__ import annotations

from typing import Any

from .parse import has_infinitive_to, kids, lemma

NEGOTIATING = {"negotiate", "bargain"}
TALKS = {"talk", "negotiation"}
HOLDING = {"hold", "resume", "continue", "open", "start", "begin", "conduct", "launch", "restart", "reopen"}


def negotiation_purpose(tok: Any, code: str | None) -> str | None:
    """040 -> 046 when the meeting's infinitive purpose is to negotiate or to hold talks."""
    if code != "040" or tok is None:
        return code
    for c in kids(tok):
        if c.dep_ not in ("advcl", "xcomp") or not has_infinitive_to(c):
            continue
        if lemma(c) in NEGOTIATING or lemma(c) in HOLDING and any(
                o.dep_ == "dobj" and lemma(o) in TALKS for o in kids(c)):
            return "046"
    return code
