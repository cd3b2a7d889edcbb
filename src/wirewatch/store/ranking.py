"""How much of a broad query both stores rank.

Ranking reads every match it scores: SQLite's bm25 reads each match's positions, PostgreSQL's
ts_rank_cd each match's vector (a page read apiece, 10-30 µs at a million articles), so `said` in a
million articles would take seconds. A query matching more articles than MAX_RANKED therefore ranks
the most recently stored MAX_RANKED of them, on both backends (the same window as the web
workbench's pages), unless the caller asked for more results than that or for every match
(`limit=0`). A caller may choose the window (`Store.search(rank_newest=N)`, `wirewatch search
--rank-newest N`); 0 ranks every match.
"""

from __future__ import annotations

# 5,000 until the PostgreSQL million-article run: ranking 5,000 vectors took 100-300 ms there
# (docs/benchmarks.md); the web pages already ranked 1,000
MAX_RANKED = 1000


def ranked_limit(limit: int | None, window: int | None = None) -> int | None:
    """How many matches to rank for a search returning `limit` rows (None: no limit, rank all):
    the newest `window` (default MAX_RANKED; 0: all), or `limit` if that is more."""
    if limit is None or window == 0:
        return None
    return max(limit, MAX_RANKED if window is None else window)
