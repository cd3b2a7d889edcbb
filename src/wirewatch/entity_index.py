"""Entities of an article by position, so span lookups cost O(log n + k) instead of O(n).

The actor lookups that the events and quotes stages make for every phrase (`nlp/actors/spans.py`,
`events/actor_link.py`) used to scan every entity of the article each time: quadratic, and minutes
for a 300,000-character text. `EntityIndex` answers "which entities overlap [s, e)" from a sorted
list of starts and the longest entity, in the entities' list order (the scans' tie-breaking order),
and "which entities have this (normalised) text" from a dictionary.

`entity_index(entities)` caches the index of a list; it is rebuilt when the list is a different
object or its length or ends change (the stages swap `article.entities` for a filtered copy while
they ask).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

_CACHE: OrderedDict[tuple[int, int, int, int], EntityIndex] = OrderedDict()
_CACHE_SIZE = 8
# the fingerprint asked last and its index (the actor lookups ask for one article's list thousands of
# times in a row)
_LAST: list[tuple[tuple[int, int, int, int], EntityIndex] | None] = [None]


class EntityIndex:
    def __init__(self, entities: Sequence[Any]) -> None:
        self.entities = entities
        order = sorted(range(len(entities)), key=lambda i: entities[i].start)
        self._order = order
        self._starts = [entities[i].start for i in order]
        self._longest = max((max(0, e.end - e.start) for e in entities), default=0)
        self._by_key: dict[tuple[int, Hashable], list[int]] = {}
        self._tables: set[int] = set()

    def overlapping(self, start: int, end: int) -> list[Any]:
        """Entities with ent.start < end and start < ent.end, in list order."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        if lo == hi:
            return []  # no entity starts in reach: most spans the event coder asks about
        entities = self.entities
        hits = sorted(i for i in self._order[lo:hi] if entities[i].end > start)
        return [entities[i] for i in hits]

    def with_key(self, key_of: Callable[[Any], Hashable], key: Hashable) -> list[Any]:
        """Entities whose `key_of(entity)` equals `key`, in list order (one table per `key_of`)."""
        table_id = id(key_of)
        if table_id not in self._tables:
            self._tables.add(table_id)
            for i, ent in enumerate(self.entities):
                self._by_key.setdefault((table_id, key_of(ent)), []).append(i)
        return [self.entities[i] for i in self._by_key.get((table_id, key), [])]


def entity_index(entities: Sequence[Any]) -> EntityIndex:
    """The (cached) index of this entity list."""
    fingerprint = (id(entities), len(entities), id(entities[0]) if entities else 0,
                   id(entities[-1]) if entities else 0)
    last = _LAST[0]
    if last is not None and last[0] == fingerprint and last[1].entities is entities:
        return last[1]  # the list asked last: already the newest in the cache, nothing to move
    index = _CACHE.get(fingerprint)
    if index is None or index.entities is not entities:
        index = EntityIndex(entities)
        _CACHE[fingerprint] = index
    _CACHE.move_to_end(fingerprint)
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    _LAST[0] = (fingerprint, index)
    return index
