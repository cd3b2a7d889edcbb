"""A that-clause hung on the statement the speaker said it in (parse35).

"Libya said in a statement carried by the official JANA news agency on Friday that it would expel all
Egyptian workers ...": the small model hangs the that-clause on "statement" (acl), so "said" has no
complement, the threat is read as a detail of the statement and its "it" was taken for the agency. A
clause marked "that", with a subject of its own, hung on the noun of the speaking verb's "in a statement
/ an interview / a speech" phrase while that verb has no clausal complement, is what the speaker said: it
is hung on the verb (ccomp). A move of heads on the sentence's own tokens: no second parse."""

from __future__ import annotations

from typing import Any

from .parse import Move, kids

# the means a statement is made in ("said in a statement", "told reporters in an interview")
_MEANS = frozenset({"statement", "interview", "speech", "communique", "communiqué", "message", "letter",
                    "broadcast", "address", "report", "commentary", "editorial", "declaration", "note"})
_SAYING = frozenset({"say", "announce", "declare", "warn", "tell", "state", "insist", "claim", "charge",
                     "add", "reiterate", "repeat", "stress", "allege", "assert", "affirm"})


def clause_on_speaking_verb(part: Any, at: list[int]) -> dict[int, Move]:
    """The move that hangs a that-clause (its "that" at one of the indices `at`) from the means noun of a
    speaking verb's in-phrase back on the verb; {} where there is none."""
    doc = part.doc
    for i in at:
        mark = doc[i]
        clause = mark.head
        if mark.dep_ != "mark" or clause.dep_ not in ("acl", "relcl") or clause.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(clause)):
            continue
        noun = clause.head
        if noun.lemma_.lower() not in _MEANS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            continue
        verb = noun.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAYING or verb.i > noun.i or \
                any(c.dep_ == "ccomp" for c in kids(verb)):
            continue
        return {clause.i: (verb.i, "ccomp", None, None)}
    return {}
