"""Where a PostgreSQL store's search time goes: each statement of `Store.search(q, limit=10)` timed,
over the query set of bench_million.py, and the slowest queries listed with their statements.

    nice .venv/bin/python benchmarks/pg_search_profile.py postgresql://... [--rank-newest N] [--top 25]

Statements are named by what they do in pg_queries: `count` (max rowid), `sample` (the share of
the newest articles matched), `walk` (newest first along the key), `newest` (the GIN index over a
rowid range, or every match), `snippets` (ts_headline), `meta` (the rows shown). Read-only; nothing
is written inside the project.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from million_common import build_queries, percentile  # noqa: E402


def statement_kind(sql: str) -> str:
    if "max(rowid) FROM article_search" in sql:
        return "count"
    if "count(*) FROM (SELECT s.rowid, s.search_vector" in sql:
        return "sample"
    if "count(*) OVER" in sql:
        return "newest"
    if "ts_rank_cd" in sql:
        return "walk"
    if "ts_headline" in sql:
        return "snippets"
    if "FROM articles WHERE rowid = ANY" in sql:
        return "meta"
    return sql[:30]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("--rank-newest", type=int, default=None)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    from wirewatch.store import Store

    log: list[tuple[str, float, int]] = []
    with Store(args.url) as store:
        headlines = [r["headline"] for r in store.search("officials", limit=2000) if r["headline"]]
        queries = build_queries(headlines, args.queries)
        conn = store._read()
        execute = conn.execute

        def timed(sql: str, params: Any = None) -> Any:
            started = time.perf_counter()
            rows = execute(sql, params).fetchall()
            log.append((statement_kind(sql), (time.perf_counter() - started) * 1000, len(rows)))
            return _Rows(rows)

        conn.execute = timed  # type: ignore[method-assign]
        for query in queries[:10]:  # warm-up
            store.search(query, limit=10, rank_newest=args.rank_newest)
        measured = []
        for query in queries:
            log.clear()
            started = time.perf_counter()
            store.search(query, limit=10, rank_newest=args.rank_newest)
            measured.append(((time.perf_counter() - started) * 1000, query, list(log)))
    totals = [m[0] for m in measured]
    print(f"{len(totals)} queries: p50 {percentile(totals, 50):.1f} p95 {percentile(totals, 95):.1f} "
          f"p99 {percentile(totals, 99):.1f} ms")
    by_kind: collections.Counter[str] = collections.Counter()
    for _, _, parts in measured:
        for kind, ms, _ in parts:
            by_kind[kind] += ms
    print("ms by statement:", {k: round(v) for k, v in by_kind.most_common()})
    for total, query, parts in sorted(measured, key=lambda m: -m[0])[:args.top]:
        print(f"{total:8.1f} {query!r:36} " + " ".join(f"{k}={ms:.1f}({n})" for k, ms, n in parts))


class _Rows:
    """What Store.search reads from a cursor, over rows already fetched (so the fetch is timed)."""

    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def fetchall(self) -> list[Any]:
        return self.rows

    def fetchone(self) -> Any:
        return self.rows[0] if self.rows else None

    def __iter__(self) -> Any:
        return iter(self.rows)


if __name__ == "__main__":
    main()
