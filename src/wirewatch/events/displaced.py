"""Where displaced people come from: "refugees fleeing (the war in) Liberia" are Liberia's refugees.

The actors stage codes "refugees from Kosovo" by the from-phrase; a clause of flight on the refugee noun
names the country they left the same way, as the CAMEO manual codes them (LBRREF). The place is the
flight verb's object, its from-phrase, or the place of what was fled ("the war in Liberia", "the fighting
in Burundi"); never its to-phrase, which is where they went. Victims of an event in a country ("the
victims of the earthquake in Turkey") are that country's too.
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

DISPLACED = {"refugee", "exile", "evacuee", "asylum-seeker", "displaced", "returnee", "deportee"}
FLIGHT_VERBS = {"flee", "escape", "leave"}
PLACES = {"GPE", "LOC"}


def fled_places(noun: Any) -> list[Any]:
    """The place tokens a displaced-people noun's flight clause names as left behind, nearest first."""
    if lemma(noun) not in DISPLACED:
        return []
    out: list[Any] = []
    for verb in (c for c in kids(noun) if c.dep_ in ("acl", "relcl") and lemma(c) in FLIGHT_VERBS):
        objs = [o for o in kids(verb) if o.dep_ == "dobj"]
        out += [o for o in objs if o.ent_type_ in PLACES]
        # "fleeing from Somalia"; "fleeing the civil war in Liberia" (the in-phrase on the verb or the war)
        heads = [verb, *(o for o in objs if o.ent_type_ not in PLACES)]
        out += [g for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in ("from", "in", "of")
                for g in kids(p) if g.dep_ == "pobj" and g.ent_type_ in PLACES]
    return out


# people struck by a disaster or an attack: "the victims of the earthquake in Turkey" are Turkey's
STRICKEN = {"victim", "survivor", "casualty"}


def stricken_places(noun: Any) -> list[Any]:
    """The places of the event a victims noun's of-phrase names ("victims of the floods in Bangladesh")."""
    if lemma(noun) not in STRICKEN:
        return []
    return [t for p in kids(noun) if p.dep_ == "prep" and p.lower_ == "of"
            for o in kids(p) if o.dep_ == "pobj"
            for q in kids(o) if q.dep_ == "prep" and q.lower_ == "in" for t in kids(q)
            if t.dep_ == "pobj" and t.ent_type_ in PLACES]
