"""People an act is done to, not the thing their relative clause names (thirty-sixth session, wip/targets38).

"Colombian soldiers killed nine guerrillas who had attacked a police station in Antioquia": the target is
the guerrillas, but they name no country, so the attachment took the coded party of the relative clause
that tells what they had done (the police, COLCOP). A relative clause on the act's object describes the
object; it does not name another target. Only where the object is a people noun of the actors stage's
tables (rebels, guerrillas, gunmen, demonstrators ...) that the act's reading left out, and every target
taken lies inside that relative clause: the object's own party replaces them (people named by role alone
take the country of the state force that acts on them, as `arguments.role_object` codes "arrested
students"; none, and no triple, when no single state force is the source).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..nlp.actors import countries
from ..nlp.actors.sectors import ROLE_NOUNS
from .actor_link import ActorLinker
from .arguments import NON_STATE, one_actor, phrase_actors, role_object
from .reading import Reading

_STATE_FORCES = frozenset({"MIL", "COP", "GOV"})


def relative_object(r: Reading, link: ActorLinker) -> None:
    """Aim an act at its people object instead of a party of the object's relative clause."""
    if not r.targets:
        return
    obj = next((c for c in r.anchor.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in ROLE_NOUNS:
        return
    rel = next((c for c in obj.children if c.dep_ == "relcl"), None)
    if rel is None:
        return
    lo, hi = rel.left_edge.i, rel.right_edge.i
    if len(r.targets) == 1 and r.targets[0][3] is not None and r.targets[0][3].i == obj.i:
        _placed_by_clause(r, rel, link)
        return
    if not all(t[3] is not None and lo <= t[3].i <= hi for t in r.targets):
        return
    own = [a for a in phrase_actors(obj, link, deep=False) if a[3] is not None and not lo <= a[3].i <= hi]
    if not own:
        # people named by role alone ("nine guerrillas"): of the country of the state force that acts on
        # them at home, else unplaced (the home-opponents rule may place them)
        homes = {a[0].code[:3] for a in r.sources
                 if len(a[0].code or "") >= 6 and a[0].code[3:6] in _STATE_FORCES and a[0].code[:3] != "---"}
        country = homes.pop() if len(homes) == 1 else "---"
        why = f"'{obj.text}', the act's object, is no party of its relative clause"
        hit = role_object(r.anchor, country, why)
        own = [hit] if hit is not None else []
    if own:  # (no people the tables code, "a Roman Catholic priest they had held": the rules' target stays)
        r.targets = own


# the prepositions of a place where the object's people were ("who had attacked a post near Batticaloa")
_AT = frozenset({"in", "near", "at", "outside", "around", "inside"})
_PLACE_KINDS = frozenset({"country", "alias", "capital", "city", "province", "state"})


def _placed_by_clause(r: Reading, rel: Any, link: ActorLinker) -> None:
    """An unplaced object (---REB) whose relative clause tells where they acted takes that place's country:
    "killed 11 guerrillas who had attacked a police post near Batticaloa" LKAREB, as "killed 11 guerrillas
    near Batticaloa" is."""
    actor, start, end, tok = r.targets[0]
    code = actor.code or ""
    if not code.startswith("---"):
        return
    for t in rel.subtree:
        # (a town the small model tags as a date or a person is still a proper noun)
        if t.dep_ != "pobj" or t.head.lower_ not in _AT or (t.ent_type_ not in ("GPE", "LOC")
                                                             and t.pos_ != "PROPN"):
            continue
        hit = one_actor(t, link, deep=False)
        place = (hit[0].code or "")[:3] if hit is not None else ""
        if not place:  # the gazetteer, for a town the actors stage did not link
            found = countries.lookup(t.text)
            place = found.iso3 if found is not None and found.kind in _PLACE_KINDS else ""
        if len(place) == 3 and place != "---" and place not in NON_STATE:
            why = f"'{tok.text}' placed by '{t.text}', where their relative clause says they acted"
            r.targets = [(replace(actor, code=place + code[3:], country=place, reasons=[*actor.reasons, why]),
                          start, end, tok)]
            return
