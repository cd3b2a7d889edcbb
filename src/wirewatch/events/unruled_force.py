"""Force that a party would not rule out is a threat of force (thirty-ninth session, wip/stories41).

"Venezuela would not rule out the use of force", "Israeli officials have refused to rule out a strike on
the missile sites", "Greece did not rule out military action against Turkey": the denied exclusion keeps the
act open, and of force it is CAMEO's 138 (threaten to use military force), as "will not hesitate to use
force" already reads (`resolved_force`). The lexicon reads "rule out" as a refusal frame (@REJECT), so
negated it coded nothing, and "refused to rule out" a refusal (120) of the thing not excluded. Anything
else not ruled out ("would not rule out changes to its nuclear planning", "did not rule out talks") keeps
its reading: a hedge, no act.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .reading import Reading

# the object nouns that are force of themselves, and those that are only with a military modifier or an
# of-phrase of force ("military action", "the military option", "the use of force")
_FORCE = frozenset({"force", "strike", "airstrike", "attack", "invasion", "raid", "bombing", "retaliation",
                    "reprisal", "assault", "offensive", "intervention", "blockade"})
_HEDGED = frozenset({"action", "option", "use", "possibility", "response", "measure", "means", "step"})
_MILITARY = frozenset({"military", "armed", "force", "air", "naval", "nuclear"})
_REFUSING = frozenset({"refuse", "decline"})
_IF = frozenset({"if", "unless"})


def _is_force(noun: Any) -> bool:
    """A force noun, or a hedged noun with a military modifier or an of-phrase of force."""
    word = noun.lemma_.lower()
    if word in _FORCE:
        return True
    if word not in _HEDGED:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MILITARY for c in noun.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of"
               and any(_is_force(g) for g in p.children if g.dep_ == "pobj") for p in noun.children)


def _rules_out_force(verb: Any) -> bool:
    """ "rule out" with a force object (the particle and the object are the verb's children)."""
    return verb.lemma_.lower() == "rule" \
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) \
        and any(c.dep_ == "dobj" and _is_force(c) for c in verb.children)


def _denied(verb: Any) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def unruled_force(tok: Any) -> bool:
    """Whether the frame verb `tok` tells force not ruled out: a denied "rule out" of force, or "refused /
    declined to rule out" force. Gated on the verb's lemma before any walk."""
    word = tok.lemma_.lower()
    if word == "rule":
        return _denied(tok) and _rules_out_force(tok)
    if word in _REFUSING and not _denied(tok):
        return any(c.dep_ == "xcomp" and _rules_out_force(c) for c in tok.children)
    return False


def _force_noun(tok: Any) -> Any | None:
    """The force object of the "rule out" at or under the frame verb `tok`."""
    verbs = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
    return next((c for v in verbs if v.lemma_.lower() == "rule" for c in v.children
                 if c.dep_ == "dobj" and _is_force(c)), None)


def _aimed_at(noun: Any) -> list[Any]:
    """The heads the force is aimed at: its against / on / at phrase ("military action against Turkey",
    "a strike on the missile sites"), or the doer of what it answers ("a response to the attack by
    Pakistani troops")."""
    out = []
    for p in noun.children:
        if p.dep_ != "prep":
            continue
        objs = [g for g in p.children if g.dep_ == "pobj"]
        if p.lower_ in ("against", "on", "at", "upon"):
            out += objs
        elif p.lower_ == "to":
            out += [d for g in objs for b in g.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                    for d in b.children if d.dep_ == "pobj"]
        elif p.lower_ == "of":
            out += [a for g in objs for a in _aimed_at(g)]  # "the use of force against X"
    return out


def aim_unruled_force(r: Reading, link: ActorLinker) -> None:
    """Aim a threat of force not ruled out at the party its force is aimed at; a force of the threatener's
    own country ("military force" read as its army) is no target. Only 138 readings of "rule out"."""
    if r.cameo != "138" or r.anchor.lemma_.lower() not in ("rule", "refuse", "decline"):
        return
    noun = _force_noun(r.anchor)
    if noun is None:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    aimed = [a for h in _aimed_at(noun) for a in phrase_actors(h, link) if (a[0].code or "")[:3] not in own]
    if aimed:
        r.targets = aimed
    elif r.targets and all((a[0].code or "")[:3] in own for a in r.targets):
        r.targets = []
    else:
        # a party of the condition is not the one threatened ("... force if the court was ignored")
        r.targets = [a for a in r.targets if not _in_condition(a[3], r.anchor)]


def _in_condition(tok: Any, anchor: Any) -> bool:
    """Whether `tok` lies in an if / unless clause under the anchor (`tok` may be None: no token)."""
    while tok is not None and tok.i != anchor.i and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _IF for c in tok.children):
            return True
        tok = tok.head
    return False
