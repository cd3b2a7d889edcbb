"""The party a demand or appeal asks is its that-clause's subject, however deep the act asked sits in the
clause ("Syria demanded that Israel commit itself to a full withdrawal from the Golan Heights"): the act
asked (the withdrawal) hangs under "commit ... to", so the target rules, which read the subject of the act's
own verb, found no one and nothing was coded; "demanded that Israel withdraw" was SYR -> ISR 106 already.
Gated on a request reading with a source and no target, and a that-clause with a subject of its own on the
requesting verb, before any walk (leads44)."""

from __future__ import annotations

from typing import Any

from .parse import kids


def asked_clause_subject(r: Any, link: Any) -> bool:
    """Aim a targetless request at its that-clause's subject; True if changed."""
    from .arguments import Exclusion, phrase_actors

    if r.type != "REQUEST" or r.targets or not r.sources:
        return False
    clause = next((c for c in kids(r.anchor) if c.dep_ == "ccomp"
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))), None)
    if clause is None:
        return False
    exclude = Exclusion.of(r.sources)
    own = {(a[0].code or "")[:3] for a in r.sources}
    named = [a for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass") for a in phrase_actors(c, link)
             if not exclude.blocks(a) and (a[0].code or "")[:3] not in own]
    if not named:
        return False
    r.targets = named
    return True
