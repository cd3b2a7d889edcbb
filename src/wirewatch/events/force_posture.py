"""An attack prepared, not made, is a show of force posture (gsrforce).

"The army prepared to resume shelling rebel-held territory", "troops are poised to attack": the
attack has not happened; what is reported is forces readied for it, CAMEO's 150 (demonstrate military
or police power), PLOVER MOBILIZE. The complement chain is climbed through aspect verbs ("to resume
shelling", "to launch an offensive"). "Ready to" and the adjective "prepared to" stay the intention
frames they are (a stated readiness is a threat, 138).
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import one_actor
from .parse import lemma
from .reading import Reading

PREPARING = {"prepare", "gear"}  # verbs: "prepared to attack", "gearing up to attack"
POISED = {"poised"}  # "troops are poised to attack"
# verbs that begin or carry on the act in their complement: "to resume shelling", "to launch an attack"
ASPECT = {"resume", "launch", "begin", "start", "continue", "renew", "step", "mount", "stage", "carry"}


def prepared_attack(tok: Any) -> bool:
    """`tok`, an attack, is the complement of a verb of readying ("prepared to", "poised to")."""
    climb = tok
    for _ in range(3):
        if climb.dep_ != "xcomp" or climb.head.i == climb.i:
            return False
        head = climb.head
        if head.pos_ == "VERB" and lemma(head) in PREPARING or head.lower_ in POISED:
            return True
        if lemma(head) not in ASPECT:
            return False
        climb = head
    return False


def trained_for_another(r: Reading, link: ActorLinker) -> None:
    """"British instructors trained Ukrainian soldiers": forces trained for another state are military
    cooperation (062) with that state, not a build-up of one's own (154, "the rebels trained hundreds
    of fighters", where the trainees are the actor's own and no target)."""
    if r.type != "MOBILIZE" or r.cameo != "154" or lemma(r.trigger.tok) != "train":
        return
    trainees = next((c for c in r.trigger.tok.children if c.dep_ == "dobj"), None)
    found = _another_state(trainees, r, link)
    if found is None:
        return
    r.type, r.cameo, r.mode = "COOPERATE", "062", None
    r.targets = [found]


# verbs of a deployment's purpose that make the one named the forces' beneficiary ("sent a destroyer to
# support the Kuwaiti forces", "deployed troops to help defend Kuwait"; stories36)
SUPPORTING = {"support", "help", "defend", "protect", "reinforce", "bolster", "assist", "back"}
_DEPLOYING = {"send", "dispatch", "deploy", "despatch", "rush", "fly"}


def sent_in_support(r: Reading, link: ActorLinker) -> None:
    """"Britain sent a destroyer to support the Kuwaiti forces": forces sent for another state are its
    military protection (074) aimed at that state, not a build-up against it (154, "Iraq sent tanks to the
    border"), and "would send" them a pledge of it (0334), not a threat of force (138). The purpose
    clause's object must name a party of another country."""
    told = r.type == "MOBILIZE" and (r.cameo or "")[:2] == "15"
    # ("said it would send a destroyer to support ...": the future deployment read as a threat of force is
    # a pledge of protection, 0334)
    pledged = r.type == "THREATEN" and r.cameo == "138"
    if not (told or pledged) or lemma(r.trigger.tok) not in _DEPLOYING:
        return
    purpose = next((c for c in r.trigger.tok.children if c.dep_ in ("xcomp", "advcl")
                    and lemma(c) in SUPPORTING), None)
    if purpose is not None and lemma(purpose) == "help":
        # "to help defend Kuwait": the helped verb carries the object
        purpose = next((c for c in purpose.children
                        if c.dep_ in ("xcomp", "ccomp") and lemma(c) in SUPPORTING), purpose)
    helped = next((c for c in purpose.children if c.dep_ == "dobj"), None) if purpose is not None else None
    found = _another_state(helped, r, link)
    if found is None:
        return
    r.type, r.cameo, r.mode = ("AID", "074", None) if told else ("AGREE", "0334", None)
    r.targets = [found]
    r.completed_targets = []  # (the dyad completion's guess is no second event)


def _another_state(tok: Any, r: Reading, link: ActorLinker) -> Any | None:
    """The actor `tok` names when it is a party of a country none of the reading's sources belongs to
    (the trainees or the helped of the two rules above); None for no party, an uncoded one or the same
    country."""
    found = one_actor(tok, link, deep=True) if tok is not None else None
    givers = {(a[0].code or "")[:3] for a in r.sources}
    if found is None:
        return None
    taker = (found[0].code or "")[:3]
    if len(taker) < 3 or taker == "---" or not givers or taker in givers or "---" in givers:
        return None
    return found
