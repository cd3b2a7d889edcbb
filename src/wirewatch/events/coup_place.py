"""The soldiers of a coup are the state's where it took place ("PARIS - France condemned the military coup
in Niger"): the actors stage gave the bare word "military" the dateline's country (FRAMIL), so France was
coded condemning its own army; the coup's in-phrase names the state whose military seized power (NERMIL).
Gated on a target read from a modifier of a coup noun with an in-phrase before any walk (leads44)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .parse import kids, lemma

_COUPS = frozenset({"coup", "putsch", "takeover", "overthrow"})


def _state_named(tok: Any) -> Any | None:
    """The state a proper name names where the tagger saw no place ("in Niger" tagged a date)."""
    from ..nlp.actors.countries import lookup

    if tok.pos_ != "PROPN":
        return None
    place = lookup(tok.text, cities=False)
    return place if place is not None and place.kind in ("country", "alias") else None


def coup_in_place(r: Any, link: Any) -> bool:
    """Place a coup's soldiers, read off its modifier, in the state of its in-phrase; True if changed."""
    from .arguments import phrase_actors

    changed = False
    for k, a in enumerate(r.targets):
        tok = a[3]
        if tok is None or tok.dep_ != "amod" or lemma(tok.head) not in _COUPS or not a[0].sector:
            continue
        places = [g for p in kids(tok.head) if p.dep_ == "prep" and p.lower_ == "in"
                  for g in kids(p) if g.dep_ == "pobj"]
        named = [s[0].code for g in places for s in phrase_actors(g, link) if len(s[0].code or "") == 3]
        found = (p.iso3 for p in map(_state_named, places) if p is not None)
        where = named[0] if named else next(found, None)
        if where is None or where == a[0].country:
            continue
        actor = replace(a[0], code=where + a[0].sector, country=where,
                        reasons=[*a[0].reasons, f"the coup's in-phrase places '{tok.text}' in {where}"])
        r.targets[k] = (actor, a[1], a[2], a[3])
        changed = True
    return changed
