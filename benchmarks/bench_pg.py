"""N generated wire stories ingested at structure level into PostgreSQL: docs/s, peak RSS, store size,
search p50/p95.

    .venv/bin/python benchmarks/bench_pg.py --docs 100000 [--url postgresql://...] [--work /tmp/ww-pg-bench]

The corpus and the measuring helpers are benchmarks/million_common.py's (shared with
bench_million.py, which does the same for SQLite and Ray). Without --url a private server is
started with scripts/pg_local.sh (stock settings apart from shared_buffers, fsync on) in --work and
stopped at the end. The ingest is the CLI's (`wirewatch ingest DIR --db URL --only structure`), run
as a child process whose memory, with its worker processes, is sampled throughout; the server's
own memory is reported separately. Search latencies go through `Store.search(limit=10)`, the CLI's
code path, on a warm connection. Prints one JSON object.

`--max-seconds S` stops the ingest after S seconds (Ctrl-C: the CLI commits what it analysed) and
measures what was stored. `--compare-sqlite PATH` also runs the queries on an SQLite store of the
same corpus and reports how far the rankings agree (top-10 overlap, same first result).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from million_common import RssSampler, build_queries, search_latencies, write_corpus  # noqa: E402
from wirewatch.store import Store  # noqa: E402

SCRIPT = ROOT / "scripts" / "pg_local.sh"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_rss_mb(data_dir: Path) -> float:
    """Summed RSS of the server's processes (the postmaster and its children)."""
    pid_file = data_dir / "postmaster.pid"
    if not pid_file.exists():
        return 0.0
    postmaster = pid_file.read_text().split()[0]
    pids = [postmaster] + Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split()
    total_kb = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total_kb += int(line.split()[1])
    return round(total_kb / 1024, 1)


def ingest_measured(command: list[str], max_seconds: float | None) -> dict[str, Any]:
    """Run the ingest, sampling its memory; past `max_seconds` it gets SIGINT (Ctrl-C), on which the
    CLI commits what it has analysed and stops, so a run cut short still measures what it stored."""
    started = time.monotonic()
    # a job started in the background by a shell ignores SIGINT, and so would the child
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    with RssSampler(process.pid) as sampler:
        try:
            _, err = process.communicate(timeout=max_seconds)
            stopped = False
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate()
            stopped = True
    if process.returncode != 0 and not stopped:
        raise SystemExit(f"ingest failed:\n{err[-3000:]}")
    return {"ingest_seconds": round(time.monotonic() - started, 1), "stopped_at_time_limit": stopped,
            "client_peak_rss_mb": round(sampler.peak_mb, 1), "client_rss_profile_mb": sampler.profile_mb()}


def compare(sqlite: Store, postgres: Store, queries: list[str]) -> dict[str, Any]:
    """How close PostgreSQL's ranking is to SQLite's bm25 on the same queries: the mean share of
    SQLite's top 10 that is in PostgreSQL's top 10, and how often both put the same article first
    (which articles match at all is the same on both: tests/store/test_query.py)."""
    overlaps, top1 = [], 0
    for query in queries:
        lite = [r["uid"] for r in sqlite.search(query, limit=10)]
        pg = [r["uid"] for r in postgres.search(query, limit=10)]
        if lite:
            overlaps.append(len(set(lite) & set(pg)) / len(lite))
            top1 += bool(pg) and lite[0] == pg[0]
    return {"queries": len(queries), "mean_top10_overlap": round(sum(overlaps) / max(1, len(overlaps)), 3),
            "same_top1": top1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--url", help="an existing, empty database (default: a private server)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/ww-pg-bench"))
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="leave the server and corpus in --work")
    parser.add_argument("--search-only", action="store_true",
                        help="measure search on the store at --url as it is (no ingest)")
    parser.add_argument("--compare-sqlite", type=Path, help="an SQLite store of the same corpus")
    parser.add_argument("--max-seconds", type=float, help="stop the ingest after this long (Ctrl-C) and "
                        "measure what it stored")
    args = parser.parse_args()

    corpus = args.work / f"corpus-{args.docs}"
    if not corpus.exists():
        write_corpus(corpus, args.docs)
    server_dir = args.work / "server"
    url = args.url
    port = ""
    if args.search_only and url is None:
        raise SystemExit("--search-only needs --url")
    if url is None:
        shutil.rmtree(server_dir, ignore_errors=True)
        port = str(_free_port())
        env = {**os.environ, "PG_LOCAL_OPTIONS": "-c shared_buffers=1GB -c max_wal_size=4GB"}
        url = subprocess.run(["bash", str(SCRIPT), "start", str(server_dir), port], check=True, text=True,
                             capture_output=True, env=env).stdout.strip().splitlines()[-1]
    result: dict[str, Any] = {"backend": "postgres", "docs": args.docs}
    try:
        if not args.search_only:
            cli = Path(sys.executable).with_name("wirewatch")
            result.update(ingest_measured([str(cli), "ingest", str(corpus), "--db", url, "--only",
                                           "structure", "--quiet", "--date-field", "published"],
                                          args.max_seconds))
            result["server_rss_mb"] = _server_rss_mb(server_dir / "data")
        with Store(url) as store:
            stats = store.stats()
            result.update({"articles": stats["articles"], "store_mb": round(stats["size_bytes"] / 1e6, 1)})
            if "ingest_seconds" in result:
                result["docs_per_s"] = round(stats["articles"] / result["ingest_seconds"], 1)
            conn = store._read()
            headlines = [str(r[0]) for r in conn.execute(
                "SELECT headline FROM articles WHERE headline IS NOT NULL ORDER BY rowid LIMIT 20000")]
            queries = build_queries(headlines, args.queries)
            started = time.perf_counter()
            result["search"] = search_latencies(lambda q: store.search(q, limit=10), queries)
            result["search_seconds"] = round(time.perf_counter() - started, 1)
            if args.compare_sqlite:
                result["versus_sqlite"] = compare(Store(args.compare_sqlite), store, queries)
    finally:
        if port and not args.keep:
            subprocess.run(["bash", str(SCRIPT), "stop", str(server_dir), port], capture_output=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
