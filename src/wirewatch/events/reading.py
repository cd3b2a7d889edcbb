"""The record the event coder builds per sentence, and the per-article context it reads from.

A `Reading` is one coded event before its actors are expanded into CAMEO dyads (events/emit.py does
that); `ArticleContext` carries what every sentence of an article needs: the article, its actor linker
and its quotes, with a bisect lookup from a character offset to the quote covering it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..records import Article
from .actor_link import ActorLinker
from .triggers import Trigger


@dataclass(slots=True)


class Reading:
    """One coded event before actors are expanded into CAMEO dyads."""

    anchor: Any  # the token whose subject is the source (frame or trigger)
    trigger: Trigger
    type: str
    cameo: str | None
    mode: str | None
    sources: list[tuple[Any, int, int, Any]] = field(default_factory=list)  # (actor, start, end, token)
    targets: list[tuple[Any, int, int, Any]] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.9
    quote_index: int | None = None
    source_from_quote: bool = False
    # parties dyad_completion.py filled where the rules left a role empty: they feed the CAMEO triple
    # only, the PLOVER event keeps the rules' parties
    completed_sources: list[tuple[Any, int, int, Any]] = field(default_factory=list)
    completed_targets: list[tuple[Any, int, int, Any]] = field(default_factory=list)


@dataclass(slots=True)


class ArticleContext:
    article: Article
    link: ActorLinker
    quotes: list[tuple[int, int, int]]  # (start, end, index)
    # the quotes by start, so a lookup is a bisect, not a scan (long texts have thousands)
    _by_start: list[tuple[int, int, int, int]] = field(default_factory=list)  # (start, end, order, index)
    _starts: list[int] = field(default_factory=list)
    _longest: int = -1
    # acts of the sentences read so far, by the lemma a later sentence may name them with ("Iraq ordered
    # ... Britain called the order ..."): lemma -> (sentence number, the act's sources); crit19
    acts: dict[str, tuple[int, list[tuple[Any, int, int, Any]]]] = field(default_factory=dict)
    sentence_no: int = 0
    # the two parties of the last meeting or deal, for a later "the two leaders" (pair_antecedent.py)
    pair: tuple[int, list[tuple[Any, int, int, Any]]] | None = None
    # the two parties of every act between two told so far, latest last, for a "both sides" past the
    # two-sentence pair memory (pair_antecedent.story_pair; gaps29)
    pairs: list[tuple[int, list[tuple[Any, int, int, Any]]]] = field(default_factory=list)

    def quote_of(self, pos: int) -> int | None:
        """The index of the first quote (in list order) covering `pos`."""
        if self._longest < 0:
            self._by_start = sorted((s, e, order, i) for order, (s, e, i) in enumerate(self.quotes))
            self._starts = [q[0] for q in self._by_start]
            self._longest = max((e - s for s, e, _ in self.quotes), default=0)
        lo = bisect_left(self._starts, pos - self._longest)
        hi = bisect_right(self._starts, pos)
        hits = [(order, index) for _, end, order, index in self._by_start[lo:hi] if pos < end]
        return min(hits)[1] if hits else None
