"""An election's results rejected are rejected towards whoever the results phrase names (lead32).

"UNITA rebels rejected the results of last month's elections won by the ruling MPLA", "the opposition
refused to accept the outcome of Kenya's vote": the act's object is a thing, so the plain clause gives no
target, and the coder wrote a one-sided rejection. The party the results are held against is named inside
the results phrase: the agent of "won by", or the country whose elections they were. Nothing is guessed
when the phrase names nobody ("rejected the results of the elections")."""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import Exclusion, phrase_actors
from .parse import kids, lemma
from .reading import Reading

RESULTS = frozenset({"result", "outcome", "count", "tally", "verdict"})
VOTES = frozenset({"election", "vote", "poll", "ballot", "referendum", "plebiscite", "runoff", "run-off"})


def _results_object(verb: Any) -> Any | None:
    """The "results of the elections" the verb rejects: its direct object, or that of the infinitive
    after it ("refused to accept the results")."""
    for c in kids(verb):
        if c.dep_ == "xcomp":
            inner = _results_object(c)
            if inner is not None:
                return inner
        if c.dep_ != "dobj" or lemma(c) not in RESULTS:
            continue
        votes = [o for p in kids(c) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p)
                 if o.dep_ == "pobj" and lemma(o) in VOTES]
        if votes or any(m.dep_ in ("compound", "amod") and lemma(m) in VOTES for m in kids(c)):
            return c
    return None


def results_rejected(r: Reading, link: ActorLinker) -> None:
    """Aim a rejection of an election's results at the party its phrase names: the winner of a "won by"
    participle, else the possessor or country of the elections."""
    verb = r.trigger.tok
    if verb is None or r.targets or not (r.cameo or "").startswith("12"):
        return
    results = _results_object(verb)
    if results is None:
        return
    exclude = Exclusion.of(r.sources)
    winners = [o for t in results.subtree if lemma(t) == "win" and t.tag_ == "VBN"
               for a in kids(t) if a.dep_ == "agent" for o in kids(a) if o.dep_ == "pobj"]
    for head in winners or [t for t in results.subtree if t.dep_ == "poss" or
                            (t.dep_ == "amod" and lemma(t.head) in VOTES)]:
        found = [a for a in phrase_actors(head, link) if not exclude.blocks(a)]
        if found:
            r.targets = found
            return
