"""An act named as the subject of a judging noun: "its military exercises were a warning to Taiwan".

With a copula and an event noun as its predicate ("were a warning to", "was a threat to", "is an insult
to"), the subject is often not a party but an act of one: exercises, tests, a deployment, a decision. The
act's doer is the source: its possessor ("its exercises": the state "its" stands for), else whoever tells
it (the speaker of the reporting verb: "China said the missile tests were a warning to Taiwan"). Read
as a party, the act's own modifiers gave the source ("military exercises" coded as an army, and "its"
taken for the next state named).
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

# acts a state or a body does, that a copula may judge as a warning, a threat or an insult
ACT_NOUNS = frozenset({"exercise", "manoeuvre", "maneuver", "drill", "test", "launch", "deployment", "move",
                       "decision", "action", "step", "measure", "statement", "remark", "visit", "buildup",
                       "build-up", "mobilisation", "mobilization", "blockade", "policy", "sanction", "ban",
                       "embargo", "expulsion", "arrest", "execution", "seizure", "incursion", "raid",
                       "strike", "shelling", "bombing", "attack", "announcement", "vote", "resolution"})


def act_subject_doer(subj: Any, anchor: Any) -> tuple[bool, Any | None]:
    """(whether `subj` is an act judged by the predicate noun `anchor`, the act's possessor if it has one).
    Only for a predicate noun of a copula ("X was a warning to Y")."""
    if anchor.dep_ != "attr" or lemma(anchor.head) != "be" or lemma(subj) not in ACT_NOUNS:
        return False, None
    owner = next((c for c in kids(subj) if c.dep_ == "poss"), None)
    return True, owner
