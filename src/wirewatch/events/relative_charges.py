"""A charge the doer of a lead's act lays in a relative clause on the act's party (fortieth session,
wip/leads42): "Britain froze trade with Syria, which it accused of sponsoring terrorism", "Greece expelled
a Turkish diplomat, whom it accused of spying", "Indonesia scrapped a security pact with Australia, whose
troops it accused of arrogance". The clause's subject is a pronoun standing for the main act's doer and
its object the relative word (or a noun the relative "whose" owns), so the accusation is the doer's own
act, told beside the main one, aimed at the party the clause is set on. A relative clause with a named
subject of its own ("a move that Taipei condemned", judged_deeds.py) or with the relative word as its
subject ("Nicaragua, which broke off ties with Taipei, ...") is not one: background stays uncoded
(coder._told_beside)."""

from __future__ import annotations

from typing import Any

from .arguments import phrase_actors
from .parse import kids, lemma, subject_of

# verbs of a charge laid on a party
CHARGING = frozenset({"accuse", "blame", "charge", "suspect"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
_RELATIVE_WORDS = frozenset({"which", "whom", "who", "that"})
# the links from the clause's noun up to the main act's verb
_UP = frozenset({"pobj", "prep", "dobj", "appos", "compound", "conj", "npadvmod"})


def _relative_object(verb: Any) -> bool:
    """Whether the clause's object is its relative word ("which it accused") or owned by "whose"."""
    for c in kids(verb):
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.lower_ in _RELATIVE_WORDS or any(p.dep_ == "poss" and p.lower_ == "whose" for p in kids(c)):
            return True
    return False


def _owned_noun_as_verb(tok: Any) -> bool:
    """ "Iran, whose pilgrims it blamed for the riot": the model reads the owned noun as the relative
    clause's verb (its subject "whose") and the charge as that verb's complement."""
    rel = tok.head
    return tok.dep_ == "ccomp" and rel.dep_ == "relcl" and rel.i < tok.i and \
        any(c.dep_ == "nsubj" and c.lower_ == "whose" for c in kids(rel))


def charge_told_beside(tok: Any) -> Any | None:
    """The main verb whose doer lays the charge of the relative clause headed by `tok`, or None."""
    if tok.pos_ != "VERB" or lemma(tok) not in CHARGING:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _SUBJECT_PRONOUNS for c in kids(tok)):
        return None
    if tok.dep_ == "relcl" and _relative_object(tok):
        verb = tok.head
    elif _owned_noun_as_verb(tok):
        verb = tok.head.head
    else:
        return None
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX"):
            return verb if verb.i < tok.i else None
        if verb.head is verb or verb.dep_ not in _UP:
            return None
        verb = verb.head
    return None


def _charged(noun: Any, link: Any, own: set[str]) -> list[Any]:
    """The parties the clause is set on: the noun's own, or, for a place inside a party's phrase ("a
    Sudanese consulate in Aswan, whose staff ..."), the phrase's head's; never the doer's country."""
    for cand in (noun, noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None):
        if cand is None:
            continue
        found = [a for a in phrase_actors(cand, link) if len(a[0].code or "") >= 3
                 and not a[0].code.startswith("---") and a[0].code[:3] not in own]
        if found:
            return found
    return []


def charged_parties(r: Any, sent: Any, link: Any) -> None:
    """Give a charge told in a relative clause (charge_told_beside) the main act's doer as its source and
    the party the clause is set on as its target."""
    verb = charge_told_beside(r.anchor)
    if verb is None:
        return
    subj, _ = subject_of(verb, sent)
    if subj is not None:
        doers = [a for a in phrase_actors(subj, link) if a[0].code]
        if doers:
            r.sources = doers
    if not r.sources:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    noun = r.anchor.head.head if _owned_noun_as_verb(r.anchor) else r.anchor.head
    charged = _charged(noun, link, own)
    if charged:
        r.targets = charged
