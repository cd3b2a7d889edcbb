"""Every page of the workbench on the demo store, one request at a time: the slowest page.

    .venv/bin/python benchmarks/bench_pages.py [--db out/demo.db] [--repeat 3]

Serves the store with `wirewatch serve` in its own process and requests, over HTTP, every article
page, every story page, the search page and its facets for a few queries, every speaker with a
quote, the actor page of every country code, the dyad page of every coded dyad, and the stats,
rejects and stories pages; each `--repeat` times. Reports the first pass (every page computed: the
server's page cache is empty) and the last (warm: answers come from the page cache). Target: no
page over 300 ms (issue #9).
"""

from __future__ import annotations

import argparse
import json
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_web import free_port, percentile, wait_ready  # noqa: E402

QUERIES = ("sanctions", "North Korea", "missile", "said", "\"foreign ministry\"", "talks OR prices")


def pages(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    out = [f"/article/{uid}" for (uid,) in conn.execute("SELECT uid FROM articles")]
    out += [f"/story/{s}" for (s,) in conn.execute("SELECT story FROM stories WHERE articles > 1")]
    for q in QUERIES:
        out += [f"/search?q={quote(q)}", f"/search/facets?q={quote(q)}"]
    out += [f"/speaker/{quote(name)}" for (name,) in conn.execute(
        "SELECT DISTINCT COALESCE(speaker_name, speaker) FROM quotes WHERE speaker IS NOT NULL LIMIT 200")]
    out += [f"/actor/{c}" for (c,) in conn.execute(
        "SELECT DISTINCT country FROM entities WHERE country IS NOT NULL")]
    out += [f"/dyad/{s}/{t}" for s, t in conn.execute(
        "SELECT DISTINCT source_country, target_country FROM events WHERE source_country IS NOT NULL "
        "AND target_country IS NOT NULL")]
    out += ["/stats", "/rejects", "/stories", "/stories?min_versions=1"]
    conn.close()
    return out


def main() -> None:
    import httpx

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "out" / "demo.db")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"no store at {args.db}: run `make demo SERVE=0` first")
    urls = pages(args.db)
    port = free_port()
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "wirewatch"), "serve", "--db", str(args.db),
                               "--port", str(port)], stderr=subprocess.DEVNULL)
    timings: dict[str, float] = {}
    first: dict[str, float] = {}
    errors = []
    try:
        base = f"http://127.0.0.1:{port}"
        wait_ready(base)
        with httpx.Client(base_url=base, timeout=30) as http:
            for _ in range(args.repeat):
                for url in urls:
                    started = time.perf_counter()
                    response = http.get(url)
                    elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        errors.append(f"{response.status_code} {url}")
                    first.setdefault(url, elapsed)
                    timings[url] = elapsed  # the last pass: warm
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    report: dict[str, object] = {"pages": len(timings), "errors": len(set(errors))}
    for name, passed in (("first_pass", first), ("last_pass", timings)):
        values = list(passed.values())
        slowest = sorted(passed.items(), key=lambda kv: -kv[1])[:5]
        report[name] = {"median_ms": round(statistics.median(values), 1),
                        "p95_ms": round(percentile(values, 0.95), 1), "max_ms": round(max(values), 1),
                        "slowest": [(u, round(t, 1)) for u, t in slowest]}
    print(json.dumps(report, indent=1))
    for error in sorted(set(errors))[:10]:
        print("error:", error)


if __name__ == "__main__":
    main()
