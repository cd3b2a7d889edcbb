"""A verdict on an election is a verdict on the state that held it (stories35).

"Toledo said the election was a fraud", "the State Department said the vote was invalid", "the European
Union said the poll was not credible", "Olympio said the count had been rigged": the clause's subject is
an election, which names no party, so the verdict on it found no target and the coder wrote nothing. An
election is run by its state's government, whose conduct of it the verdict judges (111, 112 for a charge
of fraud): the country the phrase names ("Togo's election", "the Peruvian vote", "the elections in
Haiti"), else the dateline's, where the story is set. Only nouns of a vote or of its results; nothing is
guessed with no country at all.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor, Article
from .actor_link import ActorLinker
from .arguments import phrase_actors
from .dateline_era import state_on_day
from .disputed_results import RESULTS, VOTES
from .parse import kids, lemma

# a bare count judged rigged or void is a vote's count ("said the count had been rigged")
_COUNTS = frozenset({"count", "tally", "recount", "re-count"})


def _is_vote(noun: Any) -> bool:
    """ "the election", "Sunday's runoff", "the results of the vote", "the vote count"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma(noun) in VOTES or lemma(noun) in _COUNTS:
        return True
    return lemma(noun) in RESULTS and any(
        (m.dep_ in ("compound", "amod") and lemma(m) in VOTES)
        or (m.dep_ == "prep" and m.lower_ == "of" and any(lemma(o) in VOTES for o in kids(m)))
        for m in kids(noun))


def vote_holders(noun: Any, link: ActorLinker, article: Article) -> list[tuple[Any, int, int, Any]]:
    """The government of the state whose election `noun` is, as a verdict's target; [] for other nouns."""
    if not _is_vote(noun):
        return []
    named = [a for t in noun.subtree if t.i != noun.i and t.dep_ in ("poss", "amod", "compound", "pobj")
             for a in phrase_actors(t, link, deep=False)
             if len(a[0].code or "") == 3 and not a[0].code.startswith("---")]
    if named:
        iso3, where = named[0][0].code, named[0][3]
        reason = f"the election of {where.text}: its government"
    else:
        place = article.dateline.place if article.dateline is not None else None
        state = state_on_day(place, article) if place else None
        if state is None:
            return []
        iso3, where = state, noun
        reason = f"an election in a story datelined {place}: {iso3}'s government"
    actor = Actor(name=f"the government of {iso3}", code=iso3 + "GOV", country=iso3, reasons=[reason])
    return [(actor, noun.idx, noun.idx + len(noun.text), noun)]
