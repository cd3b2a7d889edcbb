"""Whose claim a rejection turns down when the claim names its makers by role and no country
(probes17b): "the Chinese government rejected student demands for reforms" is CHN GOV -> CHN EDU,
"Ankara dismissed opposition calls for early elections" TUR GOV -> TUR OPP. The makers take the
rejecting actor's country, as `arguments.role_object` gives people named by role the actor's country."""

from __future__ import annotations

from typing import Any

from ..nlp.actors import sectors
from ..records import Actor
from .parse import kids, lemma

# nouns of a claim someone makes and another turns down
CLAIM_NOUNS = frozenset({"demand", "call", "appeal", "plea", "request", "proposal", "petition", "ultimatum"})
# the sectors a claim's makers may have (people, not offices, which carry a country of their own)
_MAKER_SECTORS = frozenset({"OPP", "REB", "EDU", "LAB", "CVL", "REL", "AGR", "MED"})


def claim_makers(anchor: Any, country: str) -> tuple[Any, int, int, Any] | None:
    """The role noun before the rejected claim ("student demands") or in its of-phrase ("the demands
    of the strikers"), as an actor of `country` with the role's sector."""
    claim = next((c for c in kids(anchor) if c.dep_ == "dobj" and lemma(c) in CLAIM_NOUNS), None)
    if claim is None or not country or country[:3] in ("IGO", "NGO", "---"):
        return None
    makers = [c for c in kids(claim) if c.dep_ in ("compound", "nmod")]
    makers += [o for p in kids(claim) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p)
               if o.dep_ == "pobj"]
    for maker in makers:
        if maker.ent_type_:
            continue  # a named maker is the actors stage's ("Lithuanian demands")
        sector = sectors.ROLE_NOUNS.get(maker.lower_) or ""
        if sector in _MAKER_SECTORS:
            actor = Actor(name=maker.text, code=country[:3] + sector, country=country[:3], sector=sector,
                          reasons=["the makers of the rejected claim, named by role: the rejecting actor's "
                                   f"country and '{maker.text}' {sector}"])
            return actor, maker.idx, maker.idx + len(maker.text), maker
    return None
