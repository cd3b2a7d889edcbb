"""A yielding whose partners are named only in an after-phrase's talks (thirty-second session,
wip/targets34).

"Libya agreed to dismantle its programmes for weapons of mass destruction ..., after nine months of secret
talks with Britain and the United States", "Iran agreed to suspend uranium enrichment, after two days of
talks in Tehran with the foreign ministers of France, Germany and Britain": the concession names nobody it
is made to, but the talks it came out of name the other side, and a yielding agreed in talks is made to the
ones talked with. Only an after/following phrase on the yielding's own verb chain (the verb, the verbs it
hangs from, their conjuncts) whose noun is a talks noun (or the of-object of a time span: "after 18 months
of talks") with a with-phrase; parties of the yielder's own country are not taken.
"""

from __future__ import annotations

from typing import Any

from ..nlp.actors.sectors import REGION_NAMES
from .actor_link import ActorLinker
from .arguments import NON_STATE, phrase_actors
from .parse import kids, lemma

# nouns of talks whose with-phrase names the other side
TALKS_NOUNS = frozenset({"talk", "talks", "negotiation", "consultation", "discussion", "dialogue", "dialog",
                         "contact", "meeting"})
_AFTER = frozenset({"after", "following"})
# readings that concede something: a yielding done or agreed to
# (not a withdrawal done: "withdrew from the disputed valley after talks with China" is left unfilled,
# probes_completion)
TALKS_SETTLED_TYPES = frozenset({"AGREE", "CONCEDE"})


def _verb_chain(tok: Any) -> list[Any]:
    """The yielding's verb, its complement (a trigger on "agreed" itself: "agreed to dismantle two camps,
    after talks ..."), the verbs it hangs from up to its clause's root, and their conjuncts."""
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "ccomp", "conj", "advcl") and chain[-1].head is not chain[-1] \
            and len(chain) < 4:
        chain.append(chain[-1].head)
    below = [c for c in kids(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return chain + below + [c for v in chain + below for c in v.conjuncts if c not in chain]


def _talks_noun(prep: Any) -> Any | None:
    """The talks noun of an after-phrase: its object, or the of-object of a span ("after 18 months of
    talks")."""
    for obj in (g for g in kids(prep) if g.dep_ == "pobj"):
        if lemma(obj) in TALKS_NOUNS:
            return obj
        for inner in (g for p in kids(obj) if p.dep_ == "prep" and p.lower_ == "of"
                      for g in kids(p) if g.dep_ == "pobj"):
            if lemma(inner) in TALKS_NOUNS:
                return inner
    return None


def talks_partners(tok: Any, sources: list[tuple[Any, int, int, Any]],
                   link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The parties of the talks an after-phrase on the yielding's verb chain names."""
    if tok is None:
        return []
    own = {(a[0].code or "")[:3] for a in sources}
    for verb in _verb_chain(tok):
        for prep in (p for p in kids(verb) if p.dep_ == "prep" and p.lower_ in _AFTER):
            talks = _talks_noun(prep)
            if talks is None:
                continue
            partners = [a for w in kids(talks) if w.dep_ == "prep" and w.lower_ == "with"
                        for g in kids(w) if g.dep_ == "pobj" for a in phrase_actors(g, link)]
            # (a region's people, "European ministers" EURGOV, are no party a yielding is made to)
            partners = [a for a in partners
                        if (a[0].code or "")[:3] not in own | set(REGION_NAMES) | NON_STATE - {"IGO"}]
            if partners:
                return partners
    return []
