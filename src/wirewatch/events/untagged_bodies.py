"""International bodies the tagger left untagged (thirty-eighth session, wip/actors40).

"Human Rights Watch on Thursday accused Indonesian troops ...", "Africa Watch on Monday accused ...": the
small model tags neither name, so the subject's head "Watch" is an untagged proper noun whose compound
modifiers the argument reader takes one by one ("Africa" -> the CAMEO region AFR) or not at all (the
unnamed actor placed by a town). The head with its run of compound proper nouns is the body's whole name
when the IGO/NGO table lists it; the actors stage then codes the span (NGOHRIHRW). Gated on the head's
word being the last word of a listed name, before any look at its children.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..nlp.actors import countries, igos
from .actor_link import ActorLinker


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    """The last words of the IGO/NGO table's names of two words or more ("watch", "international")."""
    return frozenset(key.split()[-1] for key in igos.IGOS if " " in key)


def untagged_body(h: Any, link: ActorLinker) -> tuple[Any, int, int, Any] | None:
    """(actor, start, end, head) of an untagged proper-noun head that ends a listed body's name with the
    compound proper nouns before it ("Human Rights Watch"), None otherwise."""
    if h.lower_ not in _last_words() or h.ent_type_ or h.pos_ != "PROPN":
        return None
    lo = h.i
    while lo > 0 and h.doc[lo - 1].dep_ == "compound" and h.doc[lo - 1].head.i in range(lo, h.i + 1) \
            and h.doc[lo - 1].pos_ == "PROPN":
        lo -= 1
    if lo == h.i:
        return None
    start, end = h.doc[lo].idx, h.idx + len(h.text)
    if countries.norm("".join(t.text_with_ws for t in h.doc[lo:h.i + 1])) not in igos.IGOS:
        return None
    found = link.actor(start, end)
    if found is None or (found.code or "")[:3] not in ("IGO", "NGO"):
        return None
    return (found, start, end, h)
