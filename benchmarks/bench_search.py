"""Search latency over a large store (the one benchmarks/bench_ingest.py leaves behind).

    .venv/bin/python benchmarks/bench_search.py [--db /tmp/ww-bench/bench.db] [--queries 300]

Queries are drawn (seeded) from the store's own headlines: single words, two-word and three-word
combinations, and quoted phrases, plus a fixed set of very common words ("said", "company") that
match most of the corpus and are the worst case for bm25 ranking. Each query runs through
`Store.search(limit=10)` (the CLI's code path) on a warm connection; the figures are wall-clock
latencies per query.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirewatch.store import Store  # noqa: E402

COMMON = ("said", "company", "year", "billion", "shares", "market", "prices", "bank", "government", "trade")
STOP = frozenset("the a an of in on to for and or at by with from as is be it its new says say".split())


def build_queries(store: Store, count: int, seed: int = 0) -> list[str]:
    conn = store._read()
    headlines = [r[0] for r in conn.execute("SELECT headline FROM articles WHERE headline IS NOT NULL "
                                            "ORDER BY rowid LIMIT 20000")]
    rng = random.Random(seed)
    words_by_headline = [[w for w in re.findall(r"[A-Za-z]{3,}", h) if w.lower() not in STOP]
                         for h in headlines]
    words_by_headline = [w for w in words_by_headline if len(w) >= 3]
    queries = list(COMMON)
    while len(queries) < count:
        words = rng.choice(words_by_headline)
        kind = rng.random()
        if kind < 0.3:
            queries.append(rng.choice(words).lower())
        elif kind < 0.6:
            queries.append(" ".join(w.lower() for w in rng.sample(words, 2)))
        elif kind < 0.8:
            queries.append(" ".join(w.lower() for w in rng.sample(words, 3)))
        else:
            start = rng.randrange(len(words) - 1)
            queries.append('"' + " ".join(words[start:start + 2]).lower() + '"')
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("/tmp/ww-bench/bench.db"))
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    store = Store(args.db)
    articles = store.stats()["articles"]
    queries = build_queries(store, args.queries)
    store.search("warm up the page cache")
    latencies: list[float] = []
    hits = 0
    for query in queries:
        started = time.perf_counter()
        rows = store.search(query, limit=10)
        latencies.append((time.perf_counter() - started) * 1000)
        hits += bool(rows)
    common = latencies[: len(COMMON)]  # the worst-case queries come first
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))], 2)

    print(json.dumps({"articles": articles, "queries": len(queries), "with_hits": hits,
                      "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99),
                      "max_ms": round(latencies[-1], 2), "mean_ms": round(statistics.mean(latencies), 2),
                      "common_word_max_ms": round(max(common), 2)}))


if __name__ == "__main__":
    main()
