"""'it' and 'they' in subject position -> the organisation, country or group they stand for.

Only where the antecedent is clear from the parse, in two shapes:

- the subject of a verb the pronoun's clause hangs from, in the same sentence ("The Joint Chiefs
  of Staff said it detected ..."; "Opposition leaders said they would challenge ..."; "American
  businesses need to break free ... so they can focus"), as long as no other subject stands
  between them ("He says the agency's system would allow it to ..." has none for "it");
- the subject of the previous sentence's main verb, when the pronoun is its own sentence's main
  subject ("The IMF had warned ... But on Tuesday, it increased its forecast").

"it" takes an organisation, a country or a singular body, never a person; "they" a plural mention
("officials", "Houthi rebels") or a coordination ("Japan and the Philippines"). An expletive or
situational "it" ("it is hard to ...", "it's a movement", "it was labeled") and pronouns inside a
quotation (which point into the speaker's own words) are left alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...records import Entity

NEUTER_LABELS = frozenset({"ORG", "GPE", "ROLE", "ACTOR", "NORP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Clause links a pronoun's clause may hang from its antecedent's verb by.
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "pcomp", "acomp"})
_BE = frozenset({"'s", "\u2019s", "is", "was", "be", "been", "'d", "\u2019d"})
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
# Verbs whose "it" is the situation, not a body: "it is time", "when it comes to", "as it stands".
_SITUATION_VERBS = frozenset({"be", "come", "stand", "seem", "appear", "matter", "happen", "remain", "look"})


# the words is_neuter_subject can be true of (callers test this first: most words are neither)
NEUTER_PRONOUNS = frozenset({"it", "they"})


def is_neuter_subject(tok: Any, text: str) -> bool:
    """'it'/'they' as the subject of a clause whose referent the text can give: outside
    quotations, and for 'it' the active subject, not an expletive or a situation. `text` is the
    doc's text (spaCy rebuilds `doc.text` on every access)."""
    if tok.lower_ == "they":
        return tok.dep_ in _SUBJECT_DEPS and not _inside_quotation(tok.idx, text)
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.head.lemma_ in _SITUATION_VERBS:
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if nxt is not None and nxt.lower_ in _BE and not (after is not None and after.tag_ in ("VBG", "VBN")):
        return False  # copular "it's a tremendous spike"; "it is steering clear" stays
    return not _inside_quotation(tok.idx, text)


def _inside_quotation(idx: int, text: str) -> bool:
    """An odd number of quotation marks between the paragraph start and the character."""
    start = text.rfind("\n", 0, idx) + 1
    return sum(text.count(mark, start, idx) for mark in _QUOTE_MARKS) % 2 == 1


def resolve_neuter_pronouns(entities: list[Entity], doc: Any, person_roles: frozenset[str]) -> None:
    """Fill `refers_to` (and the actor) of PRON mentions 'it'/'they' in place."""
    mention_of = _subject_mentions(entities, doc, person_roles)
    for pron in entities:
        if pron.label != "PRON" or pron.text.lower() not in ("it", "they") or pron.refers_to:
            continue
        span = doc.char_span(pron.start, pron.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span[0]
        plural = tok.lower_ == "they"
        found = _governing_subject(tok, mention_of) or _previous_main_subject(tok, mention_of)
        if found is None or found[1] != plural:
            continue
        target, _ = found
        name = target.refers_to or (target.actor.name if target.actor is not None else target.text)
        pron.refers_to = name
        if target.actor is not None:
            reason = f"'{pron.text}' stands for the subject {name} (same clause chain or previous sentence)"
            pron.actor = replace(target.actor, name=name, reasons=[*target.actor.reasons, reason])


def _subject_mentions(entities: list[Entity], doc: Any,
                      person_roles: frozenset[str]) -> dict[int, tuple[Entity, bool]]:
    """Subject token index -> (the mention it belongs to, whether it is plural), for mentions that
    may be an 'it' or a 'they' (no persons, no one-person roles)."""
    out: dict[int, tuple[Entity, bool]] = {}
    for ent in entities:
        if ent.label not in NEUTER_LABELS:
            continue
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        root, label = span.root, ent.label
        if root.dep_ in ("amod", "compound", "poss") and root.head.dep_ in _SUBJECT_DEPS:
            root, label = root.head, "ROLE"  # "Hungarian" in "Hungarian officials said ..."
        # the parser may hang the subject on a word inside the mention ("The Joint Chiefs of Staff")
        root = next((t for t in span if t.dep_ in _SUBJECT_DEPS and not span.start <= t.head.i < span.end),
                    root)
        if root.dep_ in _SUBJECT_DEPS and not (root.lower_ in person_roles and root.tag_ == "NN"):
            out[root.i] = (ent, _is_plural(root, label))
    return out


def _subject_of(verb: Any, skip: Any) -> Any:
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i != skip.i), None)


def _governing_subject(pron: Any, mention_of: dict[int, tuple[Entity, bool]]
                       ) -> tuple[Entity, bool] | None:
    """The subject of the nearest verb above the pronoun's clause that has one, when it is a
    coded mention ("X said it would ...")."""
    verb = pron.head
    while verb.dep_ in _CLAUSE_LINKS and verb.head.i != verb.i:
        verb = verb.head
        subject = _subject_of(verb, pron)
        if subject is not None:
            return mention_of.get(subject.i)
    return None


def _previous_main_subject(pron: Any, mention_of: dict[int, tuple[Entity, bool]]
                           ) -> tuple[Entity, bool] | None:
    """The previous sentence's main subject, for a pronoun that is its own sentence's main subject."""
    sent = pron.sent
    head = pron.head
    # the main subject, or the speaker of a trailing "..., it said"
    main = head.i == sent.root.i or (head.dep_ == "parataxis" and head.head.i == sent.root.i)
    if not main or sent.start == 0:
        return None
    previous = pron.doc[sent.start - 1].sent
    subject = _subject_of(previous.root, pron)
    return None if subject is None else mention_of.get(subject.i)


def _is_plural(root: Any, label: str) -> bool:
    """'officials', 'leaders', 'Japan and the Philippines' are plural; 'the ministry' is not, nor
    is a named body whatever its last word ("The Joint Chiefs of Staff said it ...")."""
    if any(child.dep_ == "conj" for child in root.children):
        return True
    return label in ("ROLE", "NORP") and root.tag_ in ("NNS", "NNPS")
