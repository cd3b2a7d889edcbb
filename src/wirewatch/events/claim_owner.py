"""Whom a rejection or a threat is aimed at when the usual phrases name no coded party (probes17b).

Whose claim a rejection turns down when the claim names its makers by role and no country
(probes17b): "the Chinese government rejected student demands for reforms" is CHN GOV -> CHN EDU,
"Ankara dismissed opposition calls for early elections" TUR GOV -> TUR OPP. The makers take the
rejecting actor's country, as `arguments.role_object` gives people named by role the actor's country."""

from __future__ import annotations

from typing import Any

from ..nlp.actors import sectors
from ..records import Actor
from .actor_link import ActorLinker
from .arguments import phrase_actors, role_object
from .parse import kids, lemma
from .resolved_force import hedged_verb

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


# the conjunction of the condition a threat sets on another: "unless the prime minister resigned", "if
# the United States goes ahead with arms sales to Taiwan" (an if-clause as often names a state of
# affairs, "if the violence continued", "if the talks fail": its subject is then no party, and nothing
# is taken)
CONDITIONS = frozenset({"unless", "if"})
UNLESS = frozenset({"unless"})


def _named(subj: Any) -> bool:
    """A subject that names a party: a name, or a noun a name or nationality modifies ("Hezbollah
    guerrillas", "Kurdish rebels"), never a state of affairs ("if a violation ... is discovered")."""
    return subj.pos_ == "PROPN" or any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
                                       for c in kids(subj))


def own_side_threat(sources: list[Any], targets: list[Any], anchor: Any) -> bool:
    """The threat's only targets are the subject of the threatened clause and of the threatener's own
    country ("Israel will retaliate if ..., the defence minister warned"; "the army will crush them if
    ..., the minister warned"): the threatener restating itself, never the one threatened."""
    country = sources[0][0].code[:3]
    if not country or country in ("IGO", "NGO", "---"):
        return False
    return all(t[0].code[:3] == country and t[3] is not None and t[3].dep_ == "nsubj"
               and t[3].head.i != anchor.i for t in targets)


def threat_target(anchor: Any, country: str, link: ActorLinker, exclude: Any, own_role: bool = True,
                  marks: frozenset[str] = CONDITIONS) -> list[tuple[Any, int, int, Any]]:
    """A threat with no addressee is aimed at the one its condition names ("threatened a general strike
    unless Prime Minister Khaleda Zia resigned" -> BGD GOV), or at people it warns by role and no
    country ("the army warned students that ..." -> the army's country, EDU)."""
    # the condition may hang on the threatened act ("threatened to stop the talks if the United States
    # went ahead with the deployment", targets23) or on the act it would stop
    holders = [anchor] + [c for c in kids(anchor) if c.dep_ in ("xcomp", "ccomp")]
    holders += [g for h in holders[1:] for g in kids(h) if g.dep_ in ("xcomp", "ccomp")]
    hedge = hedged_verb(anchor)  # "unless X ..., Washington will have no choice but to use force" (parse39)
    holders += [hedge] if hedge is not None else []
    for clause in (c for h in holders for c in kids(h) if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in marks for m in kids(clause)):
            continue
        subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and clause.head.i != anchor.i and not _named(subj):
            continue  # lower down, only a named party: "if a violation of the DPRK's waters is
            # discovered" is a state of affairs (a batch 1-4 KCNA warning)
        found = [a for a in phrase_actors(subj, link) if not exclude.blocks(a)] if subj is not None else []
        if found:
            return found
    if country[:3] in ("IGO", "NGO", "---") or not own_role:
        return []
    people = role_object(anchor, country[:3], "warned by role: the threatening actor's country")
    return [people] if people is not None else []
