"""An act promised with a hedge that affirms it (thirty-seventh session, wip/parse39).

"China will not hesitate to use force if Taiwan declares independence", "Washington will have no choice but
to use force unless Baghdad complies": the negation of "hesitate" and the "no" of "no choice" affirm the act;
with "will" / "would" it is an act to come, a threat when it is force, as "will use force if" already reads.
The model hangs the act as the xcomp of "hesitate" (negated) and as the pcomp of "but" after "no choice".
"""

from __future__ import annotations

from typing import Any

# (no import of .parse: parse.subject_of climbs a hedge with this module's help)

_MODALS = frozenset({"will", "would", "shall", "'ll"})
# the nouns of "have no choice / option / alternative but to"
_CHOICES = frozenset({"choice", "option", "alternative"})


def _modal(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _denied(verb: Any) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def hedged_verb(tok: Any) -> Any | None:
    """The verb of the hedge over `tok` ("hesitate", "have"), where the hedge affirms the act and a modal
    puts it to come; None for any other verb (gated on the hedge's word before any walk)."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ == "hesitate" and _modal(head) and _denied(head):
        return head
    if tok.dep_ == "pcomp" and head.lower_ == "but" and head.head.lower_ in _CHOICES:
        have = head.head.head
        if have.lemma_ == "have" and _modal(have) and any(
                c.dep_ == "det" and c.lower_ == "no" for c in head.head.children):
            return have
    return None
