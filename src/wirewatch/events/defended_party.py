"""A defence whose feared attacker is no party helped (thirty-second session, wip/targets34).

"Saudi Arabia agreed to let American troops and warplanes use its territory to defend the kingdom against a
possible Iraqi attack": the protection row (defend / protect ... against an attack, 074 or 0334) found no
party in its object (the kingdom is the doer itself) and took the attacker of its against-phrase, so the
kingdom was coded as protecting Iraq. The against-phrase names whom the protection is against, never the
party protected: its actors are dropped. When the defence is the purpose of a party let in ("let American
troops use its territory to defend ...", "allowed French jets to fly from its bases to protect ..."), the
party let in is the one the act is aimed at, as for any letting in (the allowed party is the target).
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

_DEFENDING = frozenset({"defend", "protect", "shield", "guard"})
# verbs that let a party in, whose object (or the subject of their complement) is the allowed party
_LETTING = frozenset({"let", "allow", "permit", "invite"})
_UP_STEPS = 3


def is_defence(tok: Any) -> bool:
    return tok is not None and lemma(tok) in _DEFENDING


def _against_words(tok: Any) -> set[int]:
    """The word indices of the against-phrases on the defence verb or its object (where the parser may hang
    them: "defend the emirate against a possible Iraqi attack")."""
    heads = [tok] + [o for o in kids(tok) if o.dep_ == "dobj"]
    return {w.i for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ == "against"
            for w in p.subtree}


def let_in_heads(tok: Any) -> list[Any]:
    """The party let in, whose purpose the defence is: the subject of the verb the purpose hangs on when a
    letting verb governs it ("let American troops use its territory to defend"), or the letting verb's
    own object ("allowed the Americans in to protect")."""
    verb = tok
    for _ in range(_UP_STEPS):
        if verb.dep_ not in ("xcomp", "advcl", "ccomp") or verb.head is verb:
            return []
        verb = verb.head
        if lemma(verb) in _LETTING:
            objs = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
            inner = [s for c in kids(verb) if c.dep_ in ("ccomp", "xcomp")
                     for s in kids(c) if s.dep_ == "nsubj"]
            return objs or inner
    return []


def defended_targets(tok: Any, targets: list[tuple[Any, int, int, Any]]) -> list[tuple[Any, int, int, Any]]:
    """A defence's targets less the attackers its against-phrase names."""
    against = _against_words(tok)
    return [t for t in targets if t[3] is None or t[3].i not in against]
