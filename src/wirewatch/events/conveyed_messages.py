"""A message act passed on by a conveying verb (thirty-sixth session, wip/parse38).

"The Vatican relayed an appeal from Pope John Paul to Argentina's junta", "Mubarak's envoy conveyed a stern
warning to Gadhafi", "passed on an offer of talks to the Moroccan government": the noun names the act (an
appeal, 020; a warning, 130; an offer of talks, 036), and the verb only carries it to its addressee, as a
light verb does. The lexicon held "delivered a warning" as a verb row, but "convey", "relay", "transmit",
"pass" and "forward" licensed none of the message nouns, so the act was lost. (A protest passed on is
diplomatic, 114: verb rows of the lexicon, as "hand" has, since the noun alone reads as a demonstration.)"""

from __future__ import annotations

from typing import Any

from .parse import CONVEY_VERBS, lemma

# the verbs that pass a message on, not "send" (main's rows read "sent a message / an appeal" already, and a
# warning "sent" is as often a metaphor: "did not mean the United States was sending a new warning to Iran")
PASSING_VERBS = CONVEY_VERBS - {"send"}

# the acts a message can carry (event nouns of the lexicon); a bare "message" or "letter" is no act
MESSAGE_NOUNS = frozenset({"warning", "ultimatum", "appeal", "plea", "request", "invitation",
                           "offer", "demand", "proposal", "threat", "rebuke", "condemnation", "apology"})


def conveyed_message(tok: Any) -> bool:
    """A message noun that a conveying verb takes as its object ("relayed an appeal to X")."""
    if lemma(tok) not in MESSAGE_NOUNS:
        return False
    if tok.dep_ == "dobj":
        return lemma(tok.head) in PASSING_VERBS
    # "passed on a warning from New Delhi to Colombo": the particle read as the noun's preposition
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "on" and lemma(head.head) in PASSING_VERBS
