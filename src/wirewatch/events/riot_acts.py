"""Property wrecked by rioters is a violent protest, 145 (forty-third session, wip/lead45).

"Rioting students set fire to buses in New Delhi in protest against the government's plan to reserve
jobs": the verb rows read the burning as property damaged (171) and the place as its target, so the
analyst's event, a riot against the government, was lost. Where the damage is done by rioters or
protesters ("rioters", "protesting workers", "rioting students") or "in protest" at something, the act
is the protest itself, turned violent: 145, aimed at the owner of what is protested against ("the
government's plan": the government) when the phrase names one. Only property damage (171, 1712): an
attack on people by a mob keeps its own code.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import Exclusion, act_agents
from .parse import kids, lemma
from .reading import Reading

_DAMAGE = frozenset({"171", "1712"})
_PROTESTERS = frozenset({"rioter", "protester", "protestor", "demonstrator", "mob", "looter"})
_PROTESTING = frozenset({"rioting", "protesting", "demonstrating", "angry", "rampaging"})
# what a protest is "against": its owner is the one protested at ("against the government's plan")
_AGAINST = frozenset({"against", "at", "over"})


def riot_not_damage(r: Reading, link: ActorLinker) -> None:
    """Recode property damaged by rioters, or in protest, as a violent protest (171 -> 145)."""
    if r.cameo not in _DAMAGE or not r.sources:
        return
    verb = r.trigger.tok
    protest = _in_protest(verb)
    if protest is None and not any(_rioters(s[3]) for s in r.sources if s[3] is not None):
        return
    r.type, r.cameo, r.mode = "PROTEST", "145", "riot"
    aimed = _protested_at(protest, r, link) if protest is not None else []
    own = {(s[0].code or "")[:3] for s in r.sources}
    if aimed:
        r.targets = aimed
    elif not any((t[0].sector or "") in ("GOV", "COP", "MIL") for t in r.targets):
        # (the buses or the town burnt are no party protested at: the story's state, by the rioters')
        r.targets = [t for t in r.targets if (t[0].code or "")[:3] not in own]
    r.completed_targets = []


def _rioters(tok: Any) -> bool:
    return lemma(tok) in _PROTESTERS or any(c.dep_ == "amod" and c.lower_ in _PROTESTING for c in kids(tok))


def _in_protest(verb: Any) -> Any | None:
    """The "protest" noun of an "in protest (against ...)" phrase on the verb, or None."""
    for p in kids(verb):
        if p.dep_ == "prep" and p.lower_ == "in":
            for g in kids(p):
                if g.dep_ == "pobj" and lemma(g) == "protest":
                    return g
    return None


def _protested_at(protest: Any, r: Reading, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The doer of the thing protested against (its possessor, by-phrase or nationality), or the thing
    itself, never the protesters."""
    things = [g for p in kids(protest) if p.dep_ == "prep" and p.lower_ in _AGAINST
              for g in kids(p) if g.dep_ == "pobj"]
    return [a for a in act_agents(things, link, Exclusion.of(r.sources)) if len(a[0].code or "") >= 3]
