"""Charges or a case dropped, dismissed or thrown out (thirty-fifth session, wip/parse37).

"Prosecutors in Seoul dropped charges against 30 students", "Peru's Supreme Court dismissed terrorism
charges against 12 peasants", "A Cairo court threw out the case against 24 Islamic militants": the bench
yields (080) to the accused, the against-phrase of the charges, not of the verb. Accused people the
sentence does not place are the bench's own country's (a state's court tries its own people), as
held_parties.halted_against places the side of halted operations.
"""

from __future__ import annotations

from .actor_link import ActorLinker
from .held_parties import halted_against
from .parse import kids, lemma
from .reading import Reading

# the verbs of the lexicon's rows of a bench yielding (data/event_lexicon.tsv, parse37)
DROPPING = frozenset({"drop", "dismiss", "throw", "quash", "withdraw", "overturn"})
CASES = frozenset({"charge", "case", "indictment", "lawsuit", "suit", "conviction", "sentence", "verdict",
                   "accusation", "count"})


def dropped_against(r: Reading, link: ActorLinker) -> None:
    """Aim a yield of dropped charges at the party they were against, where no target was found."""
    tok = r.trigger.tok
    if r.targets or not (r.cameo or "").startswith("08") or lemma(tok) not in DROPPING:
        return
    if not any(c.dep_ == "dobj" and lemma(c) in CASES for c in kids(tok)):
        return
    own = {a[0].country for a in r.sources if a[0].country}
    r.targets = halted_against(tok, own, link)

