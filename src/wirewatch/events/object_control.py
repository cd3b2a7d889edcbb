"""An infinitive of a causing verb hung on it as an adverbial clause (thirty-sixth session, wip/parse38).

"Libya's refusal to hand over the two men led the U.N. Security Council on Tuesday to impose an air
embargo on Tripoli": with a time phrase between the object and "to", the small model hangs "to impose" on
"led" as an adverbial clause of purpose, so the infinitive has no subject and the embargo no doer. After a
verb that makes its object act ("led / forced / prompted / persuaded X to"), an infinitive with no subject
of its own, after that object (and no place it is taken to), is the object's act: it is hung back on the
verb as its complement (xcomp), as the model parses it without the time phrase ("prompted the Council to
impose"). A move of heads on the sentence's own tokens: no second parse."""

from __future__ import annotations

from typing import Any

from ..nlp.actors.sectors import ROLE_NOUNS
from .parse import Move, kids

# verbs whose object does what their infinitive tells ("led X to", "forced X to")
# (not verbs of moving a thing, whose infinitive is a purpose: "moved troops to the border to pressure X")
CAUSING = frozenset({"lead", "force", "prompt", "persuade", "compel", "cause", "induce", "spur", "oblige",
                     "pressure", "pressurise", "pressurize"})
# a place the object is taken to makes the infinitive a purpose ("led the army into Kuwait to seize ...")
_WHITHER = frozenset({"into", "to", "across", "through", "toward", "towards", "onto", "out", "back",
                      "inside"})


def infinitive_on_causer(part: Any, at: list[int]) -> dict[int, Move]:
    """The move that hangs an infinitive (its "to" at one of the indices `at`) read as an adverbial
    clause of a causing verb back on it as its complement; {} where there is none."""
    doc = part.doc
    for i in at:
        to = doc[i]
        verb = to.head
        if to.dep_ != "aux" or verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.i < to.i:
            continue
        causer = verb.head
        if causer.lemma_.lower() not in CAUSING or causer.pos_ != "VERB" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
            continue
        if any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _WHITHER and c.i < to.i
               for c in kids(causer)):
            continue
        if any(c.dep_ == "dobj" and c.i < to.i and _names_party(c) for c in kids(causer)):
            return {verb.i: (causer.i, "xcomp", None, None)}
    return {}


_NAMES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _names_party(obj: Any) -> bool:
    """An object that can act: a name, or a body or role noun ("the government", "the army"), not a thing
    ("led the protests for a week to press ...": the subject presses)."""
    return obj.ent_type_ in _NAMES or obj.lemma_.lower() in ROLE_NOUNS or any(
        c.ent_type_ in _NAMES for c in kids(obj) if c.dep_ in ("compound", "amod", "poss"))
