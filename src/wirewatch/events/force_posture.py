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


def _another_state(tok: Any, r: Reading, link: ActorLinker) -> Any | None:
    """The actor `tok` names when it is a party of a country none of the reading's sources belongs to
    (the trainees above); None for no party, an uncoded one or the same country."""
    found = one_actor(tok, link, deep=True) if tok is not None else None
    givers = {(a[0].code or "")[:3] for a in r.sources}
    if found is None:
        return None
    taker = (found[0].code or "")[:3]
    if len(taker) < 3 or taker == "---" or not givers or taker in givers or "---" in givers:
        return None
    return found
