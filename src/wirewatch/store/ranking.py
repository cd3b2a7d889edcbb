"""How much of a broad query both stores rank.

Ranking reads every match it scores: SQLite's bm25 reads each match's positions, PostgreSQL's
ts_rank_cd each match's vector (a few µs apiece), so `said` in a million articles would take
seconds. A query matching more articles than MAX_RANKED therefore ranks the most recently stored
MAX_RANKED of them, on both backends, unless the caller asked for more results than that or for
every match (`limit=0`). A caller may ask for a smaller window (`Store.search(rank_newest=N)`): the
web workbench's interactive pages rank the newest 1,000 (docs/web.md).
"""

from __future__ import annotations

MAX_RANKED = 5000


def ranked_limit(limit: int | None, window: int | None = None) -> int | None:
    """How many matches to rank for a search returning `limit` rows (None: no limit, rank all):
    the newest `window` (default MAX_RANKED), or `limit` if that is more."""
    return None if limit is None else max(limit, MAX_RANKED if window is None else window)
