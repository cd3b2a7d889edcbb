"""The country a pullback leaves, when the sentence names it only in its context (thirty-second session,
wip/targets34).

"Israel began pulling its troops back to a narrow security zone, ending its three-year occupation of much
of southern Lebanon", "Ethiopia had begun pulling its troops back to the positions they held before its
border war with Eritrea": a pullback told by where the troops go names no country they leave, but the
occupation, war or presence the sentence ties them to does. Only a state named in the of-phrase of such a
noun (through a partitive: "much of", "parts of"), in its in-phrase ("its intervention in Lesotho") or in
its with-phrase ("war with Eritrea"), of another
country than the mover's, and only when the sentence names one such state.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import NON_STATE, one_actor
from .parse import lemma

# nouns of a stay on another state's ground or of a fight with it
STAY_NOUNS = frozenset({"occupation", "presence", "war", "conflict", "invasion", "incursion", "intervention",
                        "deployment", "offensive"})
_PARTITIVE_STEPS = 2


def _stay_noun(place: Any) -> Any | None:
    """The occupation or war noun a place's of/with-phrase hangs from, through a partitive."""
    tok = place
    for _ in range(_PARTITIVE_STEPS):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("of", "in", "with") or prep.head is prep:
            return None
        noun = prep.head
        if noun.pos_ == "VERB" and prep.lower_ == "in":
            # "ending its military presence in eastern Congo": the parser hangs the place on the verb
            return next((o for o in noun.children if o.dep_ == "dobj" and lemma(o) in STAY_NOUNS), None)
        if lemma(noun) in STAY_NOUNS:
            # (an occupation is of a place or in it, never with one)
            return noun if prep.lower_ != "with" or lemma(noun) != "occupation" else None
        tok = noun
    return None


def left_country(tok: Any, sources: list[tuple[Any, int, int, Any]],
                 link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The one foreign state the sentence's occupation, presence or war nouns name, for a pullback."""
    if tok is None:
        return []
    own = {(a[0].code or "")[:3] for a in sources}
    found: dict[str, tuple[Any, int, int, Any]] = {}
    for place in tok.sent:
        if place.dep_ != "pobj" or _stay_noun(place) is None:
            continue
        hit = one_actor(place, link, deep=False)
        code = (hit[0].code or "") if hit is not None else ""
        if hit is not None and len(code) == 3 and code not in NON_STATE and code not in own:
            found.setdefault(code, hit)
    return list(found.values()) if len(found) == 1 else []
