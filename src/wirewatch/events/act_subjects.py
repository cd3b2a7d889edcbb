"""An act named as the subject of a judging noun: "its military exercises were a warning to Taiwan".

With a copula and a message noun as its predicate ("were a warning to", "was a signal to"), the subject is
often not a party but an act of one: exercises, tests, a deployment, a decision. The act's doer is the
source: its possessor ("its exercises": the state "its" stands for), else whoever tells it (the speaker of
the reporting verb: "China said the missile tests were a warning to Taiwan"). Read as a party, the act's
own modifiers gave the source ("military exercises" coded as an army, and "its" taken for the next state
named). A judgement of another's act ("Kono said the launch was a grave threat to Japan's security") is no
message of the speaker's and keeps the usual reading.
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


# what a doer's act says to a party: a message of the doer's own ("a threat to Japan's security" said
# by Japan is Japan's judgement of another's act, and stays the usual reading)
MESSAGE_NOUNS = frozenset({"warning", "message", "signal", "reminder", "ultimatum"})


def act_subject_doer(subj: Any, anchor: Any) -> tuple[bool, Any | None]:
    """(whether `subj` is an act judged by the predicate noun `anchor`, the act's possessor if it has one).
    Only for a message noun predicated by a copula ("X was a warning to Y")."""
    if anchor.dep_ != "attr" or lemma(anchor) not in MESSAGE_NOUNS or lemma(anchor.head) != "be" \
            or lemma(subj) not in ACT_NOUNS:
        return False, None
    owner = next((c for c in kids(subj) if c.dep_ == "poss"), None)
    return True, owner
