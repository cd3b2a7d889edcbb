"""Talks that broke down were halted, not held (forty-first session, wip/stories43).

"Talks between the European Union and Morocco on a new fishing agreement broke down on Wednesday": the
talks are the subject of a verb that tells they ended in failure, so the news is their halt, CAMEO 164
(halt negotiations), both ways as the talks themselves are, not a consultation (046) the two held. The
lexicon codes "broke off the talks" and "suspended talks" (164) by their verbs; here the verb has the
talks for subject: collapse, founder, break down, break off (intransitive).
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

NEGOTIATION_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations"})
_FAILED = frozenset({"collapse", "founder"})
_BROKEN = frozenset({"down", "off"})


def broke_down(noun: Any) -> bool:
    """Whether a negotiation noun is the subject of a verb that tells the talks failed and ended."""
    if lemma(noun) not in NEGOTIATION_NOUNS or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.pos_ not in ("VERB", "NOUN") or verb.i == noun.i:
        return False
    if lemma(verb) in _FAILED:
        return True
    return lemma(verb) == "break" and not any(c.dep_ == "dobj" for c in kids(verb)) \
        and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _BROKEN for c in kids(verb))
