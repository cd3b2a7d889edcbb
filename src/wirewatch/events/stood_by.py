"""Whom "stood by" is aimed at (thirty-eighth session, wip/stories40). The codebook has no row for the
phrase, and it tells two acts: a party stood by (a state, a court, a commander: "the government stood by
the court", "Jordan stood by Iraq") is support, 051 aimed at that party, never at a with-phrase inside
it ("in its dispute with Kuwait"); an act, decision or charge of one's own stood by ("Thatcher stood by
the expulsions", "Aziz said Iraq stood by its decision") is a refusal to reverse it, 120, aimed at those
the act was done to (the act memory, speech.own_act_targets), as a refusal of the demand to undo it.
The lexicon rows (stand + prt=by) choose the code; this only places the target."""

from __future__ import annotations

from typing import Any

from .arguments import phrase_actors
from .parse import kids, lemma
from .reading import ArticleContext, Reading
from .speech import own_act_targets


def _held(verb: Any) -> list[Any]:
    """What the verb stands by: the object of its "by", or its direct object when "by" is a particle."""
    out = [g for p in kids(verb) if p.lower_ == "by" for g in kids(p) if g.dep_ == "pobj"]
    if any(p.lower_ == "by" and p.dep_ == "prt" for p in kids(verb)):
        out += [c for c in kids(verb) if c.dep_ == "dobj"]
    return out


def stood_by_parties(r: Reading, ctx: ArticleContext) -> None:
    """Aim "stood by X" at X (support) or at those X, an act of one's own, was done to (in place)."""
    code = (r.cameo or "")[:3]
    if code not in ("051", "120") or lemma(r.anchor) != "stand":
        return  # a word test first: almost every reading leaves here
    held = _held(r.anchor)
    if not held:
        return
    if code == "051":
        named = [a for g in held for a in phrase_actors(g, ctx.link, deep=False)]
        if named:
            r.targets = named
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    aimed = [a for c in own for g in held for a in own_act_targets(g, c, ctx) if (a[0].code or "")[:3] != c]
    if aimed:
        r.targets = aimed
        return
    # one's own side is never refused: "the government stood by the navy's action" backs the navy
    owners = [a for g in held for p in kids(g) if p.dep_ == "poss" for a in phrase_actors(p, ctx.link)]
    if owners and all((a[0].code or "")[:3] in own for a in owners):
        r.type, r.cameo, r.targets = "SUPPORT", "051", owners
