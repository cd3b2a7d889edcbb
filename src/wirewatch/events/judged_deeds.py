"""A verdict told in a relative clause on a noun that stands for the sentence's own act (stories30):
"China fired three missiles off Taiwan, in a show of force that Taipei condemned as an act of terror",
"PLA troops crossed into Hong Kong at dawn, a move British Foreign Secretary Robin Cook had criticised",
"Russia expelled two diplomats, a step Estonia called a provocation". The judge is the clause's own named
subject, the judged the doer of the main act (the main verb's subject); the verdict is read beside the
main act, as a fronted participle with its own agent is (coder._told_beside). A relative clause on any
other noun ("the sanctions that X imposed", "Nicaragua, which broke off ties with Taipei, accused X") is
not one: that is background or the noun's own parties (attach.relative_parties)."""

from __future__ import annotations

from typing import Any

from .arguments import phrase_actors
from .parse import PRONOUNS, kids, lemma, subject_of

# verbs of a verdict on a deed
JUDGING = frozenset({"condemn", "criticise", "criticize", "denounce", "deplore", "decry", "call", "describe",
                     "brand", "welcome", "praise", "hail", "protest", "slam", "reject"})
# nouns a sentence's own act is named by where it is judged in the same breath
DEED_NAMES = frozenset({"move", "step", "action", "decision", "measure", "show", "act", "gesture",
                        "display", "demonstration",
                        # the act named by its kind: "..., an attack which Hanoi condemned as ...",
                        # "..., an operation which Pakistan denounced" (parse38)
                        "attack", "operation", "raid", "incident", "assault", "incursion", "offensive",
                        "bombing", "shelling", "expulsion", "killing", "execution", "seizure"})


def _second_object(noun: Any) -> bool:
    """A set-off naming of the act misparsed as the verb's object: "stormed a shrine in Srinagar ..., an
    operation which Pakistan denounced", "crossed into northern Iraq ..., an incursion which Baghdad
    condemned" (a comma stands before it, after the verb)."""
    start = noun.left_edge.i
    return noun.dep_ == "dobj" and start > noun.head.i + 1 and noun.doc[start - 1].lower_ == ","


def deed_judged_beside(tok: Any) -> Any | None:
    """The main verb whose act a relative clause's verdict judges ("..., a move that Taipei condemned"),
    or None."""
    if tok.dep_ != "relcl" or tok.pos_ != "VERB" or lemma(tok) not in JUDGING:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in PRONOUNS and c.pos_ in ("PROPN", "NOUN")
               for c in kids(tok)):
        return None
    noun = tok.head
    if lemma(noun) not in DEED_NAMES or any(c.dep_ == "poss" for c in kids(noun)):
        return None
    # the noun set off from the clause ("..., a move ...") or the manner of its act ("in a show of force")
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "as"):
        verb = noun.head.head
    elif noun.dep_ in ("appos", "npadvmod", "dep") or _second_object(noun):
        verb = noun.head
    else:
        return None
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            return verb if verb.i < tok.i else None
        if verb.head is verb or verb.dep_ not in ("pobj", "prep", "dobj", "npadvmod", "appos", "compound"):
            return None
        verb = verb.head
    return None


def judged_doers(r: Any, sent: Any, link: Any) -> None:
    """Aim a verdict told beside the main act (deed_judged_beside) at the main act's doers, never the
    judge's own country."""
    verb = deed_judged_beside(r.anchor)
    if verb is None or not r.sources:
        return
    subj, _ = subject_of(verb, sent)
    if subj is None or subj.lower_ in PRONOUNS:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    doers = [a for a in phrase_actors(subj, link) if len(a[0].code or "") >= 3
             and not a[0].code.startswith("---") and a[0].code[:3] not in own]
    if doers:
        r.targets = doers
