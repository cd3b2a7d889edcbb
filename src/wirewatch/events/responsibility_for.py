"""A claim or denial of responsibility for an act is aimed at the party the act struck: "Syria denied any
responsibility for the car bombing in Beirut which killed a Lebanese cabinet minister" read 016 with no
target and coded nothing. A 015 / 016 reading with a source and no target, whose object is responsibility
(involvement, blame, complicity, role) for or in an act noun, takes the act's victim: its on-, against-,
at- or of-phrase, the object of a relative clause on it ("which killed X"), else its in-phrase place; never
the speaker's own country. Gated on the reading's code and its object's lemma before any walk (leads45)."""

from __future__ import annotations

from typing import Any

from .parse import kids

CLAIMED = frozenset({"responsibility", "involvement", "blame", "complicity", "role", "part", "hand"})
_VICTIM_PREPS = ("on", "against", "at", "of")


def responsibility_victim(r: Any, link: Any) -> bool:
    """Aim a targetless claim or denial of responsibility at the act's victim; True if changed."""
    if r.targets or not r.sources or r.cameo not in ("015", "016"):
        return False
    obj = next((c for c in kids(r.anchor) if c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED), None)
    act = next((o for p in kids(obj) if p.dep_ == "prep" and p.lower_ in ("for", "in")
                for o in kids(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"), None) if obj is not None else None
    if act is None:
        return False
    own = {(a[0].code or "")[:3] for a in r.sources}
    named = _parties(act, link, own, _VICTIM_PREPS) or _parties(act, link, own, ("in",))
    if not named:
        return False
    r.targets = named
    return True


def _parties(act: Any, link: Any, own: set[str], preps: tuple[str, ...]) -> list[Any]:
    from .arguments import phrase_actors

    heads = [o for p in kids(act) if p.dep_ == "prep" and p.lower_ in preps
             for o in kids(p) if o.dep_ == "pobj"]
    if "in" not in preps:  # "the bombing which killed a Lebanese minister": the one killed
        heads += [o for c in kids(act) if c.dep_ == "relcl" for o in kids(c) if o.dep_ == "dobj"]
    return [a for h in heads for a in phrase_actors(h, link)
            if a[0].code and a[0].code[:3] not in own]
