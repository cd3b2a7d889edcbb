"""'it' and 'they' in subject position -> the organisation, country or group they stand for.

Only where the antecedent is clear, with the parse: the nearest earlier mention that was itself the
subject of a clause in the same or the previous sentence ("The Joint Chiefs of Staff said it
detected ..."; "Opposition leaders said they would challenge ..."). "it" takes an organisation,
a country or a singular body ("the ministry"), never a person; "they" takes a plural mention
("officials", "Opposition leaders") or a coordination ("Japan and the Philippines"). An expletive
"it" ("it is time to ...", "it's important that ...") stands for nothing and is left alone.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from ...records import Entity

NEUTER_LABELS = frozenset({"ORG", "GPE", "ROLE", "ACTOR", "NORP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def is_neuter_subject(tok: Any) -> bool:
    """'it'/'they' as the subject of a clause, and not an expletive 'it is ...'."""
    if tok.lower_ not in ("it", "they") or tok.dep_ not in _SUBJECT_DEPS:
        return False
    return not (tok.lower_ == "it" and tok.head.lemma_ == "be")


def resolve_neuter_pronouns(entities: list[Entity], doc: Any, person_roles: frozenset[str]) -> None:
    """Fill `refers_to` (and the actor) of PRON mentions 'it'/'they' in place."""
    subjects: list[tuple[Entity, bool]] = []  # (mention, whether it is plural) for subject mentions
    for ent in entities:
        if ent.label not in NEUTER_LABELS:
            continue
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        label = ent.label
        if root.dep_ in ("amod", "compound", "poss") and root.head.dep_ in _SUBJECT_DEPS:
            root, label = root.head, "ROLE"  # "Hungarian" in "Hungarian officials said ..."
        # the parser may hang the subject on a word inside the mention ("The Joint Chiefs of Staff")
        root = next((t for t in span if t.dep_ in _SUBJECT_DEPS and not span.start <= t.head.i < span.end),
                    root)
        if root.dep_ in _SUBJECT_DEPS and not (root.lower_ in person_roles and root.tag_ == "NN"):
            subjects.append((ent, _is_plural(root, label)))
    subjects.sort(key=lambda item: item[0].end)
    ends = [ent.end for ent, _ in subjects]
    for pron in entities:
        if pron.label != "PRON" or pron.text.lower() not in ("it", "they") or pron.refers_to:
            continue
        tok = doc.char_span(pron.start, pron.end, alignment_mode="expand")
        if tok is None:
            continue
        sent = tok[0].sent
        earliest = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        plural = pron.text.lower() == "they"
        # the nearest earlier subject of the right number, walking back from the pronoun
        target: Entity | None = None
        k = bisect.bisect_right(ends, pron.start) - 1
        while k >= 0 and subjects[k][0].start >= earliest:
            if subjects[k][1] == plural:
                target = subjects[k][0]
                break
            k -= 1
        if target is None:
            continue
        name = target.refers_to or (target.actor.name if target.actor is not None else target.text)
        pron.refers_to = name
        if target.actor is not None:
            reason = f"'{pron.text}' is the subject just before, {name}"
            pron.actor = replace(target.actor, name=name, reasons=[*target.actor.reasons, reason])


def _is_plural(root: Any, label: str) -> bool:
    """'officials', 'leaders', 'Japan and the Philippines' are plural; 'the ministry' is not, nor
    is a named body whatever its last word ("The Joint Chiefs of Staff said it ...")."""
    if any(child.dep_ == "conj" for child in root.children):
        return True
    return label in ("ROLE", "NORP") and root.tag_ in ("NNS", "NNPS")
