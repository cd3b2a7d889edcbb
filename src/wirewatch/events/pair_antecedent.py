""""The two leaders", "both sides": the two parties of the meeting told just before (lead24).

"Putin met Erdogan in Sochi on Monday. The two leaders agreed to set up a buffer zone": the pair
names no country of its own (the actors stage leaves it without one, `phrases.pair_of_sides`), but a
reader takes it for the two sides of the talks in the sentence before. The act is theirs, as if the
sentence had said "Putin and Erdogan agreed" (emit.py then pairs them as it does a joint subject).
"""

from __future__ import annotations

from dataclasses import replace

from ..nlp.actors.phrases import pair_of_sides
from .reading import ArticleContext, Reading

# how many sentences back the pair may have been told: the next sentence or the one after it
PAIR_MEMORY = 2
# acts whose two parties a later "the two leaders" names: meetings, talks, visits, calls, deals
PAIRING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _coded(actor: object) -> bool:
    code = getattr(actor, "code", "") or ""
    return len(code) >= 3 and not code.startswith("---")


def remember_pair(r: Reading, ctx: ArticleContext) -> None:
    """Keep the two parties of a meeting or deal with two different codes for the next sentences."""
    if r.negated or r.hypothetical or r.type not in PAIRING_TYPES:
        return
    sides = list(r.sources) + list(r.targets)
    if len(sides) != 2 or not all(_coded(s[0]) for s in sides) or sides[0][0].code == sides[1][0].code:
        return
    ctx.pair = (ctx.sentence_no, sides)


def pair_sources(r: Reading, ctx: ArticleContext) -> None:
    """Replace a source named "the two leaders" / "both sides" by the pair told just before."""
    if len(r.sources) != 1 or ctx.pair is None or not 0 < ctx.sentence_no - ctx.pair[0] <= PAIR_MEMORY:
        return
    actor, start, end, tok = r.sources[0]
    if _coded(actor) and getattr(actor, "country", None):
        return  # "the two Korean leaders": the phrase names its own side
    if not pair_of_sides(ctx.article.text[start:end]):
        return
    phrase = ctx.article.text[start:end].strip()
    back = ctx.sentence_no - ctx.pair[0]
    reason = f'"{phrase}": one of the two parties of the act told {back} sentence(s) before'
    r.sources = [(replace(a, reasons=[*a.reasons, reason]), s, e, tok) for a, s, e, _ in ctx.pair[1]]
