"""PostgreSQL search latency of two versions of the code on one store, query by query interleaved, so
both see the same load (on a shared machine, two runs minutes apart do not).

    git worktree add /tmp/ww-before 886a2df    # or any checkout of the older code
    nice .venv/bin/python benchmarks/bench_search_ab.py --url postgresql://... --before-src /tmp/ww-before/src

The older `wirewatch` package is copied to a temporary directory as `wirewatch_before` and its
`pg_queries.search` run on this checkout's read connection (so connection settings are this
checkout's; only the search SQL differs). Queries: `million_common.build_queries` over the headlines
of a ranking of "officials", as bench_million.py. Prints p50/p95/p99 of each, and how many queries
gave the same top 10. `--after-rank-newest N` has this checkout rank only the newest N matches
(`Store.search(rank_newest=N)`) while the older code ranks its default. Nothing is written inside
the project.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from million_common import build_queries, percentile  # noqa: E402
from wirewatch.store import Store  # noqa: E402
from wirewatch.store import queries as current  # noqa: E402
from wirewatch.store.query import compile_query  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--before-src", type=Path, required=True, help="the older checkout's src/")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--after-rank-newest", type=int, default=None,
                        help="this checkout ranks only the newest N matches (default: its default)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="ww-before-"))
    try:
        shutil.copytree(args.before_src / "wirewatch", scratch / "wirewatch_before")
        sys.path.insert(0, str(scratch))
        before_pg = importlib.import_module("wirewatch_before.store.pg_queries")
        with Store(args.url) as store:
            conn = store._read()
            headlines = [r["headline"] for r in store.search("officials", limit=2000) if r["headline"]]
            queries = build_queries(headlines, args.queries)

            def before(query: str) -> list[dict[str, Any]]:
                compiled = compile_query(query, "articles")
                where, params = current._filter_sql(compiled.filters)
                found: list[dict[str, Any]] = before_pg.search(conn, compiled, where, params, 10,
                                                               current.HIGHLIGHT)
                return found

            def after(query: str) -> list[dict[str, Any]]:
                return list(store.search(query, limit=10, rank_newest=args.after_rank_newest))

            for query in queries[:10]:  # warm-up
                before(query)
                after(query)
            times: dict[str, list[float]] = {"before": [], "after": []}
            same = 0
            for i, query in enumerate(queries):
                ids = {}
                for name, search in (("before", before), ("after", after))[:: 1 if i % 2 else -1]:
                    started = time.perf_counter()
                    ids[name] = [r["id"] for r in search(query)]
                    times[name].append((time.perf_counter() - started) * 1000)
                same += ids["before"] == ids["after"]
            report = {name: {f"p{q}_ms": round(percentile(values, q), 1) for q in (50, 95, 99)}
                      for name, values in times.items()}
            print(json.dumps({"queries": len(queries), "articles": store.stats()["articles"], **report,
                              "same_top10": same, "after_rank_newest": args.after_rank_newest,
                              "load": os.getloadavg()}))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
