""""The two leaders", "both sides": the two parties of the meeting told just before (lead24).

"Putin met Erdogan in Sochi on Monday. The two leaders agreed to set up a buffer zone": the pair
names no country of its own (the actors stage leaves it without one, `phrases.pair_of_sides`), but a
reader takes it for the two sides of the talks in the sentence before. The act is theirs, as if the
sentence had said "Putin and Erdogan agreed" (emit.py then pairs them as it does a joint subject).

The two sides of a war the story tells are its "both sides" for longer (stories29): "Ethiopian warplanes
bombed the airport in Asmara ... The United States urged both sides to halt the air raids", "Peruvian
troops have captured an Ecuadorian outpost ... Argentina, Brazil, Chile and the United States have
invited both sides to talks" name the two states that fought, up to CONFLICT_MEMORY sentences on, when no
meeting or deal has given a nearer pair.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..nlp.actors.phrases import pair_of_sides
from .arguments import NON_STATE
from .parse import subject_of
from .reading import ArticleContext, Reading
from .speech import PACT, PACT_MEMORY

# how many sentences back the pair may have been told: the next sentence or the one after it
PAIR_MEMORY = 2
# acts whose two parties a later "the two leaders" names: meetings, talks, visits, calls, deals
PAIRING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# the two states of the last fight between two countries, and how many sentences on "both sides" names them
CONFLICT = "@conflict"
CONFLICT_MEMORY = 6


def _coded(actor: object) -> bool:
    code = getattr(actor, "code", "") or ""
    return len(code) >= 3 and not code.startswith("---")


def remember_pair(r: Reading, ctx: ArticleContext) -> None:
    """Keep the two parties of a meeting or deal with two different codes for the next sentences, and
    the two states of a fight between two countries for the story's "both sides"."""
    if r.negated or r.hypothetical:
        return
    sides = list(r.sources) + list(r.targets)
    if len(sides) != 2 or not all(_coded(s[0]) for s in sides) or sides[0][0].code == sides[1][0].code:
        return
    if r.type == "ASSAULT" and (sides[0][0].code or "")[:3] != (sides[1][0].code or "")[:3] \
            and not any((s[0].code or "")[:3] in NON_STATE for s in sides):
        # the states at war, not the arm that struck ("Ethiopian warplanes" ETHMIL is Ethiopia's side)
        ctx.acts[CONFLICT] = (ctx.sentence_no, [(_state(a), st, e, t) for a, st, e, t in sides])
    if r.type in PAIRING_TYPES:
        ctx.pair = (ctx.sentence_no, sides)


def _state(actor: Any) -> Any:
    code = actor.code or ""
    return replace(actor, code=code[:3]) if code[3:6] in ("MIL", "COP") else actor


# words of a pair of sides that name their governments ("both leaders", "the two governments")
_RULERS = ("leader", "government", "president", "premier", "capital")


def _named_as(sides: list[tuple[Any, int, int, Any]], phrase: str) -> list[tuple[Any, int, int, Any]]:
    """The pair as the phrase names it: a war's bare states are their governments in "both leaders"."""
    if not any(w in phrase.lower() for w in _RULERS):
        return sides
    return [(replace(a, code=a.code + "GOV") if len(a.code or "") == 3 else a, st, e, t)
            for a, st, e, t in sides]


def _near_pair(ctx: ArticleContext) -> tuple[int, list[tuple[Any, int, int, Any]]] | None:
    """The pair of the meeting or deal just before, else the two states of a fight some sentences back."""
    if ctx.pair is not None and 0 < ctx.sentence_no - ctx.pair[0] <= PAIR_MEMORY:
        return ctx.pair
    war = ctx.acts.get(CONFLICT)
    if war is not None and 0 < ctx.sentence_no - war[0] <= CONFLICT_MEMORY:
        return war
    return None


def pair_sources(r: Reading, sent: Any, ctx: ArticleContext) -> None:
    """Replace a source named "the two leaders" / "both sides" by the pair told just before."""
    pair = _near_pair(ctx)
    if len(r.sources) > 1 or pair is None:
        return
    if r.sources:
        actor, start, end, tok = r.sources[0]
        if _coded(actor) and getattr(actor, "country", None):
            return  # "the two Korean leaders": the phrase names its own side
    else:  # "both sides signed", "the two countries agreed": a pair the actors stage gives no actor
        tok, _ = subject_of(r.anchor, sent)
        if tok is None or tok.pos_ != "NOUN":
            return
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
    if not pair_of_sides(ctx.article.text[start:end]):
        return
    phrase = ctx.article.text[start:end].strip()
    back = ctx.sentence_no - pair[0]
    reason = f'"{phrase}": one of the two parties of the act told {back} sentence(s) before'
    r.sources = [(replace(a, reasons=[*a.reasons, reason]), s, e, tok)
                 for a, s, e, _ in _named_as(pair[1], phrase)]


def pair_targets(r: Reading, ctx: ArticleContext) -> None:
    """An act aimed at "both governments" / "the two sides" with no target found: the pair told just
    before ("He urged both governments to withdraw their troops")."""
    pair = _near_pair(ctx)
    if pair is None:
        # "congratulated both countries" some sentences after the two signed a treaty (stories27)
        pact = ctx.acts.get(PACT)
        if pact is not None and 0 < ctx.sentence_no - pact[0] <= PACT_MEMORY and len(pact[1]) == 2:
            pair = pact
    if r.targets or pair is None:
        return
    obj = next((c for c in r.anchor.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.pos_ != "NOUN":
        return
    start, end = obj.left_edge.idx, obj.idx + len(obj.text)
    if not pair_of_sides(ctx.article.text[start:end]):
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    sides = pair[1]
    if any((a[0].code or "")[:3] in own for a in sides):
        return  # one of the pair acting on "both sides" is no act on itself
    back = ctx.sentence_no - pair[0]
    phrase = ctx.article.text[start:end].strip()
    reason = f'"{phrase}": the two parties of the act told {back} sentence(s) before'
    r.targets = [(replace(a, reasons=[*a.reasons, reason]), s, e, obj)
                 for a, s, e, _ in _named_as(sides, phrase)]
