"""Intervention forces are the body that sent them, never the army of the place they are in (gaps29).

"MONROVIA (AFP) - West African ECOMOG peacekeepers fought rebel fighters ... Rebel leader Charles Taylor
accused the peacekeepers of arming Johnson's fighters": the actors stage gives an unqualified force the
story's country (the dateline makes "the peacekeepers" Liberia's), a region or a leading nation before it
the region's or nation's ("West African ... peacekeepers", "the Nigerian-led force"). A reader takes a
peacekeeping, allied or led force for the intervention the story has named: ECOMOG, NATO, the UN force.
With no such body named, an allied force is no actor of the place ("Iraqi guns fired at the allied
planes" over Baghdad is no act on Iraq's own military); it is left without a party.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .parse import lemma
from .reading import ArticleContext, Reading

# the heads of a force phrase
FORCE_HEADS = frozenset({"peacekeeper", "force", "troop", "soldier", "plane", "warplane", "jet", "aircraft",
                         "contingent", "paratrooper", "unit"})
# words that make a force an intervention: "peacekeeping", "peacekeepers", "Nigerian-led", "allied"
_INTERVENING = re.compile(r"peacekeep|\w-led\b|\ballied\b|\bintervention\b|\bmultinational\b", re.I)
_ALLIED = re.compile(r"\ballied\b", re.I)
# a force word near a body's name, for a body that fields forces ("ECOMOG peacekeepers", "the NATO-led force")
_FORCE_NEAR = re.compile(r"peacekeep|\bforces?\b|\btroops?\b|\bsoldiers\b|\bjets?\b|\bwarplanes?\b|\bled\b",
                         re.I)


def _body_before(ctx: ArticleContext, at: int) -> Any | None:
    """The international body whose force the story named last before `at` ("ECOMOG peacekeepers",
    "troops of the NATO-led force"), or None."""
    text = ctx.article.text
    found = None
    for ent in ctx.article.entities:
        if ent.start >= at:
            break
        code = getattr(ent.actor, "code", "") or ""
        if code.startswith("IGO") and _FORCE_NEAR.search(text[max(0, ent.start - 30):ent.end + 30]):
            found = ent.actor
    return found


def _nation_beside_allies(mention: str, tok: Any) -> bool:
    """"American and allied warplanes": a nation the force phrase names itself beside its allies leads
    it (lead33); the bare "allied planes" name none, and their country comes from elsewhere."""
    words = mention.lower().split()
    return bool(words) and "allied" not in words and lemma(tok) not in FORCE_HEADS \
        and tok.dep_ in ("amod", "compound")


def _intervening(tok: Any, ctx: ArticleContext) -> tuple[bool, bool]:
    """Whether a party's head is an intervention force, and whether it is called allied (the party's token
    may be a modifier of the head: "allied" in "the allied planes", "West African" in "... peacekeepers")."""
    head = tok
    for _ in range(3):
        if head is None or head.dep_ not in ("amod", "compound", "nmod", "poss", "det", "punct") \
                or head.head is head:
            break
        head = head.head
    if head is None or lemma(head) not in FORCE_HEADS:
        return False, False
    phrase = ctx.article.text[head.left_edge.idx:head.idx + len(head.text)]
    return bool(_INTERVENING.search(phrase)), bool(_ALLIED.search(phrase))


def intervention_forces(r: Reading, ctx: ArticleContext) -> None:
    """A peacekeeping, allied or led force coded as a state's or region's is the intervention body the
    story named before it; an allied force with none named is no party."""
    for role in ("sources", "targets"):
        kept = []
        for actor, start, end, tok in getattr(r, role):
            code = getattr(actor, "code", "") or ""
            force, allied = _intervening(tok, ctx)
            if not force or code.startswith(("IGO", "NGO")):
                kept.append((actor, start, end, tok))
                continue
            body = _body_before(ctx, end)
            if body is not None:
                mention = ctx.article.text[start:end]
                reason = f"'{mention}': the force of {body.name}, named before (intervention)"
                kept.append((replace(actor, code=body.code, country=body.country, sector=body.sector,
                                     reasons=[*actor.reasons, reason]), start, end, tok))
            elif not allied or _nation_beside_allies(ctx.article.text[start:end], tok):
                kept.append((actor, start, end, tok))
        setattr(r, role, kept)
