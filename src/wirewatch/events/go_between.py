"""The parties a go-between stands between (thirty-seventh session, wip/targets39).

"Kenyan President Daniel arap Moi acted as a mediator between the Ugandan government and the rebels",
"Switzerland served as an intermediary between Washington and Tehran", "Algeria acted as a go-between for
Iran and the United States": the lexicon's rows for acting or serving as a mediator give mediation (045),
but its parties hang under the as-phrase's noun, where no argument rule reads, so only the first of them
was found, or none. Here the between- or for-phrase of that noun gives all the coordinated parties; one
named only by its role ("the rebels") takes the country of the single state beside it, as the rebels of
a government's own conflict are (a mediator between a government and "the rebels" stands between that
country's two sides).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Actor
from .actor_link import ActorLinker
from .arguments import phrase_actors, role_sector
from .parse import kids
from .reading import Reading

_SERVING = frozenset({"act", "serve"})
# the sides a government's own conflict has, named by role alone ("the rebels", "the opposition")
_SIDES = frozenset({"REB", "OPP", "INS"})
_GO_BETWEENS = frozenset({"mediator", "go-between", "intermediary", "broker", "peacemaker", "middleman",
                          "conciliator"})


def _country(actor: Any) -> str:
    code = actor.code or ""
    return code[:3] if len(code) >= 3 and not code.startswith("---") else ""


def go_between_parties(r: Reading, link: ActorLinker) -> None:
    """Give a mediator told by "acted / served as a mediator between A and B" both A and B."""
    if (r.cameo or "")[:3] != "045" or r.anchor.lemma_.lower() not in _SERVING:
        return
    noun = next((o for p in kids(r.anchor) if p.dep_ == "prep" and p.lower_ == "as"
                 for o in kids(p) if o.dep_ == "pobj" and o.lemma_.lower() in _GO_BETWEENS), None)
    if noun is None:
        return
    heads = [o for p in kids(noun) if p.dep_ == "prep" and p.lower_ in ("between", "for")
             for o in kids(p) if o.dep_ == "pobj"]
    parties = [a for h in heads for a in phrase_actors(h, link)]
    states = {_country(a[0]) for a in parties} - {""}
    if len(states) == 1:
        parties += _unnamed_sides(heads, parties)
    if len(parties) < 2:
        return
    own = {_country(a[0]) for a in r.sources}
    placed = []
    for a in parties:
        actor = a[0]
        if not _country(actor) and len(states) == 1 and (actor.code or "").startswith("---"):
            country = next(iter(states))
            why = f"'{actor.name}' stand beside {country}'s government as its other side"
            actor = replace(actor, code=country + actor.code[3:], country=country,
                            reasons=[*actor.reasons, why])
        if _country(actor) and _country(actor) not in own:
            placed.append((actor, *a[1:]))
    if len(placed) >= 2:
        r.targets = placed


def _unnamed_sides(heads: list[Any], parties: list[Any]) -> list[tuple[Any, int, int, Any]]:
    """Coordinated role nouns of a side ("and the rebels") that named no actor: placeless sides."""
    toks = [t for h in heads for t in (h, *(c for c in h.conjuncts if c.i > h.i))]
    out: list[tuple[Any, int, int, Any]] = []
    for t in toks:
        if any(a[1] <= t.idx < a[2] for a in parties):
            continue
        sector = role_sector(t) or ""
        if sector in _SIDES:
            actor = Actor(name=t.text, code="---" + sector, sector=sector,
                          reasons=[f"'{t.text}' names a side by its role: {sector}"])
            out.append((actor, t.idx, t.idx + len(t.text), t))
    return out
