"""The second clause a verb of saying says: "Creel said Cuban officials had held secret meetings with
Mexican politicians and that Havana had interfered in a corruption scandal", "Clinton said Iraq's defiance
was unacceptable and that Washington would not rule out force" (stories40). The small model hangs the
second that-clause on the first as a conjunct, so the speaker's charge or verdict in it was never read
as said: a conjunct clause of a said clause, marked by its own "that" and with its own subject, is said
by the same verb, an act of the speaker's of its own (CAMEO codes each charge a speaker makes)."""

from __future__ import annotations

from typing import Any

from .parse import kids


def second_that_clauses(said: Any) -> list[Any]:
    """The conjunct clauses of a said clause `said` that a "that" of their own marks, each with a subject
    of its own ("... and that Havana had interfered"); [] for a plain verb list ("held talks and signed")."""
    out = []
    for c in kids(said):
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX"):
            continue  # a word test first: most said clauses have no conjunct clause
        marks = kids(c)
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in marks) and \
                any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in marks):
            out.append(c)
    return out
