"""A warning that a party "would face" a harm ("Clinton warned that Belgrade would face NATO air strikes
unless Serb forces pulled back"): the warning names no one warned, and main aimed it at whoever the harm's
noun names (USAGOV -> NATO 130); the party threatened is the subject of "face". Gated on a threat reading
with no object of its own and a clausal complement headed by "face" before any walk (leads44)."""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma


def faced_threat_target(r: Any, link: Any) -> bool:
    """Aim a warning at the subject of its "would face" complement; True if changed."""
    from .arguments import Exclusion, phrase_actors

    if r.type != "THREATEN" or not r.sources:
        return False
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in kids(r.anchor)):
        return False  # "warned Zimbabwe that it faced further sanctions": the one warned
    face = next((c for c in kids(r.anchor) if c.dep_ == "ccomp" and lemma(c) == "face"), None)
    if face is None:
        return False
    exclude = Exclusion.of(r.sources)
    own = {(a[0].code or "")[:3] for a in r.sources}
    named = [a for c in kids(face) if c.dep_ == "nsubj" for a in phrase_actors(c, link)
             if not exclude.blocks(a) and (a[0].code or "")[:3] not in own]
    if not named:
        return False
    r.targets = named
    return True
