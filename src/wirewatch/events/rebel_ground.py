"""Unnamed rebels who strike a named place are the place's country's (thirty-second session,
wip/targets34).

"Rebels shelled the Angolan city of Kuito on Monday", "Guerrillas shelled the Salvadoran capital San
Salvador": the attackers have no country of their own and the sentence places them nowhere (the place is
what they hit, the attack's object, which `located_actor` does not read as where the actor is), so the
source stayed empty and the attack gave no CAMEO triple; a sentence-initial "Rebels" is also tagged a
proper noun, which `bare_agent` refuses. Rebels and guerrillas fight their own state: an unnamed rebel
or insurgent subject of an attack takes the country of the place its object names (the object itself, its
apposition or its of-phrase: "the Afghan capital Kabul", "the town of Kuito"), as unnamed attackers take
the country where they act. Soldiers, police and gunmen are not taken: a state's forces may strike abroad,
and unnamed gunmen are the place's unidentified forces already.

Thirty-third session (wip/targets35): the rebels' arms as the subject. "Rebel artillery pounded the Sierra
Leone capital Freetown", "guerrilla mortars hit the town": the subject is the weapon or the unit, with the
rebel word its modifier; it is read as that rebel role, as "Rebels" is.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .actor_link import ActorLinker
from .arguments import NON_STATE, one_actor, role_sector
from .parse import kids

# sectors of a side that fights its own state
_HOME_SIDES = frozenset({"REB", "INS"})
# the arms or units of a side told in its stead ("Rebel artillery", "guerrilla gunners")
_SIDE_ARMS = frozenset({"artillery", "gunner", "gun", "mortar", "rocket", "tank", "unit", "gunboat",
                        "battery", "fire", "shell"})
# what a place resolves to: its country, or its people
_PLACE_SECTORS = frozenset({"", "CVL"})


def _struck_places(anchor: Any) -> list[Any]:
    """The attack's object and the nouns inside it (its apposition, of-phrase and conjuncts, wherever the
    parser hangs them: "the Zairean town of Goma and the Rwandan town of Gisenyi")."""
    objs = [c for c in kids(anchor) if c.dep_ == "dobj"]
    # "fired rockets into the Afghan capital Kabul": the place of a weapon fired is its into/on-phrase
    objs += [o for c in kids(anchor) if c.dep_ == "prep" and c.lower_ in ("into", "on")
             for o in kids(c) if o.dep_ == "pobj"]
    inside = [t for o in objs for t in o.subtree if t is not o and t.dep_ in ("appos", "pobj", "conj")
              and t.pos_ in ("NOUN", "PROPN")]
    return inside + objs


def rebels_of_struck_place(subj: Any, anchor: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The unnamed rebel subject of an attack, coded with the country of the place it strikes."""
    sector = role_sector(subj)
    if sector not in _HOME_SIDES and subj.lemma_.lower() in _SIDE_ARMS:
        # "Rebel artillery pounded Freetown": the side whose arms these are (targets35)
        side = next((c for c in kids(subj) if c.dep_ in ("compound", "amod")
                     and role_sector(c) in _HOME_SIDES), None)
        sector = role_sector(side) if side is not None else None
    if sector not in _HOME_SIDES or any(c.dep_ == "poss" for c in kids(subj)):
        return []
    countries = set()
    hit_one = None
    for place in _struck_places(anchor):
        hit = one_actor(place, link, deep=True)
        code = (hit[0].code or "") if hit is not None else ""
        if hit is None or len(code) < 3 or code[:3] in NON_STATE or code[3:] not in _PLACE_SECTORS:
            continue  # (a person's name where a place is: "the Liberian port of Buchanan" is no Pat Buchanan)
        countries.add(code[:3])
        hit_one = hit_one or hit
    if len(countries) != 1 or hit_one is None:
        return []
    country = countries.pop()
    actor = Actor(name=subj.text, code=country + sector, country=country, sector=sector,
                  reasons=[f"'{subj.text}' is a {sector} role",
                           f"unnamed {sector} striking a place of {country} are of {country} (rebel_ground)"])
    return [(actor, subj.idx, subj.idx + len(subj.text), subj)]
