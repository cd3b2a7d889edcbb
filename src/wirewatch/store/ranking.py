"""How much of a broad query both stores rank.

Ranking reads every match it scores: SQLite's bm25 reads each match's positions, PostgreSQL's
ts_rank_cd each match's vector (a few µs apiece), so `said` in a million articles would take
seconds. A query matching more articles than MAX_RANKED therefore ranks the most recently stored
MAX_RANKED of them, on both backends, unless the caller asked for more results than that or for
every match (`limit=0`).
"""

from __future__ import annotations

MAX_RANKED = 5000


def ranked_limit(limit: int | None) -> int | None:
    """How many matches to rank for a search returning `limit` rows (None: no limit, rank all)."""
    return None if limit is None else max(limit, MAX_RANKED)
