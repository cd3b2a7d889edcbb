"""The web pages' ranking, this checkout against another: the same rows, scores and order on the
load benchmark's queries, and the CPU each spends ranking them.

    .venv/bin/python benchmarks/bench_web_ranking.py --server-src OTHER/src [--articles 100000]
        [--workdir /tmp/ww-web-bench] [--other-workdir DIR] [--queries 800]

Uses the store bench_web.py built. Draws `--queries` distinct queries as bench_web.py does (one or
two headline words), adds `agency:` and `since:` variants of some, then ranks each twice in each
checkout: the pages' pool (100 of the newest 1,000 matches, no snippets) and the CLI's default
search (20 rows with snippets). Each checkout runs in its own process. A checkout that changes the
schema opens the store at a newer version, which an older one refuses: give the older checkout its
own copy of the store (`--other-workdir`). Prints the CPU milliseconds per query of each and
whether every answer is identical.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl

ROOT = Path(__file__).resolve().parent.parent

RANK = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from wirewatch.store import Store
store = Store(sys.argv[2])
queries = json.loads(sys.stdin.read())
answers = []
cpu = time.process_time()
for q in queries:
    answers.append(list(store.search(q, limit=100, snippets=False, rank_newest=1000)))
    answers.append(list(store.search(q, limit=20)))
cpu = time.process_time() - cpu
print(json.dumps({"cpu_ms_per_query": round(1000 * cpu / len(queries), 2), "answers": answers}))
"""


def queries(db: Path, count: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_web import targets

    found: dict[str, None] = {}
    for url in targets(db, 12 * count, seed=11):
        if url.startswith("/search?"):
            found.setdefault(dict(parse_qsl(url.partition("?")[2]))["q"], None)
    chosen = list(found)[:count]
    return chosen + [q + " agency:AP" for q in chosen[:count // 8]] + [q + " since:2021-01-01"
                                                                        for q in chosen[-count // 8:]]


def rank(src: Path, db: Path, asked: list[str]) -> tuple[float, list[object]]:
    """(CPU ms per query, every answer) of the checkout whose `src` is given."""
    done = subprocess.run([sys.executable, "-c", RANK, str(src.resolve()), str(db)], input=json.dumps(asked),
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": ""})
    result = json.loads(done.stdout)
    return float(result["cpu_ms_per_query"]), list(result["answers"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server-src", type=Path, required=True, help="the other checkout's src")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ww-web-bench"))
    parser.add_argument("--other-workdir", type=Path, default=None,
                        help="the other checkout's copy of the store (default: the same)")
    parser.add_argument("--queries", type=int, default=800)
    args = parser.parse_args()
    name = f"web-{args.articles}.db"
    db, other_db = args.workdir / name, (args.other_workdir or args.workdir) / name
    if not db.exists() or not other_db.exists():
        raise SystemExit(f"no store at {db} or {other_db}: run benchmarks/bench_web.py first")
    asked = queries(db, args.queries)
    other_cpu, other = rank(args.server_src, other_db, asked)
    this_cpu, this = rank(ROOT / "src", db, asked)
    differing = sum(a != b for a, b in zip(other, this, strict=True))
    print(json.dumps({"queries": len(asked), "other_cpu_ms_per_query": other_cpu,
                      "this_cpu_ms_per_query": this_cpu, "answers_differing": differing}, indent=1))


if __name__ == "__main__":
    main()
