"""A million wire stories: structure-level ingest and search at scale, and full NLP speed (issue #10).

    nice -n 10 .venv/bin/python benchmarks/bench_million.py [--docs 1000000] [--nlp-docs 20000]
        [--legs sqlite,pg,nlp] [--pg postgresql://...] [--workdir out/million]
        [--max-seconds S] [--search-only] [--processes N] [--rank-newest N]

`--max-seconds S` stops each ingest after S seconds (Ctrl-C: the CLI commits what it has) and
measures the store as it is; `--search-only` measures search on the stores a previous run left
(no corpus is generated; with `--rank-newest N` each search ranks the newest N matches);
`--processes N` runs N ingests at once, each on its share of the shards (every N-th one): memory
and CPU are their sums.

Legs (each one a real `wirewatch` command in a subprocess, its memory sampled with its children):

  sqlite  `wirewatch ingest CORPUS --only structure` into a fresh SQLite store: docs/s, peak RSS and
          the peak of each tenth of the run (flat memory is a flat list), store size; then search
          latency p50/p95/p99 over queries drawn from the stored headlines (`Store.search`, limit 10).
  pg      the same into PostgreSQL (`--db URL`, from --pg or WIREWATCH_PG_URL). Skipped with a note when
          no URL is given or this checkout has no PostgreSQL store code (the [postgres] extra).
  nlp     the first --nlp-docs stories at full analysis (events): `wirewatch analyze --workers 1` and
          `--workers 2` (no store), and `wirewatch ingest --engine ray` with 2 CPUs into a store, and the
          local engine into a store for comparison; words/s with start-up included, and scaling ratios.

The corpus (gzipped JSON Lines shards, `million_common.stories`, seed 0) is generated once into the
work directory (git-ignored `out/` by default) and reused while its size and seed match. Results go
to WORKDIR/results.json (one entry per leg, rewritten as legs finish) and stdout.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from million_common import (  # noqa: E402
    build_queries,
    dir_mb,
    run_measured_together,
    search_latencies,
    stories,
    write_corpus,
)

ROOT = Path(__file__).resolve().parent.parent
WIREWATCH = str(ROOT / ".venv" / "bin" / "wirewatch")
SEARCH_OPTIONS: dict[str, Any] = {}  # extra Store.search arguments (--rank-newest)


def corpus(workdir: Path, docs: int, seed: int) -> Path:
    folder = workdir / "corpus"
    marker = workdir / "corpus.json"  # beside the shards, not among them (it would be ingested)
    wanted = {"docs": docs, "seed": seed}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    marker.unlink(missing_ok=True)
    started = time.monotonic()
    size = write_corpus(folder, docs, seed=seed)
    print(f"corpus: {docs:,} stories, {size / 1e6:,.1f} MB gzipped, {time.monotonic() - started:.0f} s",
          flush=True)
    marker.write_text(json.dumps(wanted))
    return folder


def _fresh(path: Path) -> Path:
    for end in ("", "-wal", "-shm"):
        Path(f"{path}{end}").unlink(missing_ok=True)
    return path


def _ingest_commands(db: str, folder: Path, processes: int) -> list[list[str]]:
    """One `wirewatch ingest` of the corpus, or `processes` of them, each on every N-th shard."""
    tail = ["--db", db, "--only", "structure", "--quiet"]
    if processes <= 1:
        return [[WIREWATCH, "ingest", str(folder), *tail]]
    shards = sorted(str(p) for p in folder.glob("*.jsonl.gz"))
    return [[WIREWATCH, "ingest", *shards[i::processes], *tail] for i in range(processes)]


def _ingest_leg(db: str, folder: Path, docs: int, size_mb: Any, max_seconds: float | None = None,
                search_only: bool = False, processes: int = 1) -> dict[str, Any]:
    commands = _ingest_commands(db, folder, processes)
    command = " & ".join(" ".join(c) for c in commands)
    from wirewatch.store import Store

    if search_only:  # the store a previous run left (for instance one stopped by hand)
        return {"search_only": True, **_search(Store(db), size_mb)}
    print("$", command, flush=True)
    run = run_measured_together(commands, max_seconds=max_seconds)
    if run.returncode != 0 and not run.stopped:
        return {"error": run.stderr[-2000:], "command": command}
    measured = _search(Store(db), size_mb)
    stored = measured["articles"] or 0
    return {"command": command, "processes": processes, "docs": docs, "stopped_at_time_limit": run.stopped,
            "seconds": round(run.seconds, 1), "docs_per_s": round(stored / run.seconds, 1),
            "cpu_s": run.cpu_seconds, "peak_rss_mb": run.peak_rss_mb, "peak_pss_mb": run.peak_pss_mb,
            "rss_profile_mb": run.rss_profile_mb, **measured,
            "summary": run.stdout.strip().splitlines()[-12:]}


def _search(store: Any, size_mb: Any) -> dict[str, Any]:
    """Search latency over queries drawn from the stored headlines, the store's size and counts."""
    try:
        # the query pool: headlines of stories that mention officials (nearly all of them), best first
        headlines = [row["headline"] for row in store.search("officials", limit=2000) if row["headline"]]
        latency = search_latencies(lambda q: store.search(q, limit=10, **SEARCH_OPTIONS),
                                   build_queries(headlines, 300))
        stats = store.stats()
    finally:
        store.close()
    return {"store_mb": size_mb(), "search": {**latency, **SEARCH_OPTIONS}, "load_at_search": os.getloadavg(),
            "articles": stats.get("articles"), "by_agency": stats.get("by_agency"),
            "published": stats.get("published")}


def sqlite_leg(workdir: Path, folder: Path, docs: int, max_seconds: float | None = None,
               search_only: bool = False) -> dict[str, Any]:
    db = workdir / "million.db" if search_only else _fresh(workdir / "million.db")
    return _ingest_leg(str(db), folder, docs, lambda: dir_mb(list(workdir.glob("million.db*"))), max_seconds,
                       search_only)


def pg_leg(url: str | None, folder: Path, docs: int, max_seconds: float | None = None,
           search_only: bool = False, processes: int = 1) -> dict[str, Any]:
    if not url:
        return {"skipped": "no PostgreSQL URL (--pg or WIREWATCH_PG_URL)"}
    if not all(importlib.util.find_spec(name) for name in ("wirewatch.store.postgres", "psycopg")):
        return {"skipped": "this checkout has no PostgreSQL store (wirewatch.store.postgres / the [postgres] "
                           "extra); run it on a branch that has them"}

    def size() -> float | None:
        import psycopg  # type: ignore[import-not-found]

        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
        return round(row[0] / 1e6, 1) if row else None

    return _ingest_leg(url, folder, docs, size, max_seconds, search_only, processes)


def nlp_leg(workdir: Path, nlp_docs: int, seed: int) -> dict[str, Any]:
    sample = workdir / f"sample-{nlp_docs}.jsonl.gz"
    words = 0
    with gzip.open(sample, "wt", encoding="utf-8") as out:
        for record in stories(nlp_docs, seed):
            words += len(record["text"].split())
            out.write(json.dumps(record) + "\n")
    runs: dict[str, Any] = {}
    scratch = workdir / "nlp-scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    commands = {
        "analyze_workers_1": [WIREWATCH, "analyze", str(sample), "--workers", "1"],
        "analyze_workers_2": [WIREWATCH, "analyze", str(sample), "--workers", "2"],
        "ingest_local_workers_2": [WIREWATCH, "ingest", str(sample), "--db", str(scratch / "local.db"),
                                   "--workers", "2", "--quiet"],
        "ingest_ray_2_cpus": [WIREWATCH, "ingest", str(sample), "--db", str(scratch / "ray.db"),
                              "--engine", "ray", "--workers", "2", "--quiet"],
    }
    for name, command in commands.items():
        print("$", " ".join(command), flush=True)
        run = run_measured_together([command])
        runs[name] = {"command": " ".join(command), "seconds": round(run.seconds, 1),
                      "words_per_s": round(words / run.seconds), "cpu_s": run.cpu_seconds,
                      "words_per_cpu_s": round(words / max(run.cpu_seconds, 1e-9)),
                      "peak_rss_mb": run.peak_rss_mb, "peak_pss_mb": run.peak_pss_mb,
                      "ok": run.returncode == 0}
        if run.returncode != 0:
            runs[name]["error"] = run.stderr[-2000:]
        print(json.dumps({name: runs[name]}), flush=True)
    one, two = runs["analyze_workers_1"]["seconds"], runs["analyze_workers_2"]["seconds"]
    local, ray = runs["ingest_local_workers_2"]["seconds"], runs["ingest_ray_2_cpus"]["seconds"]
    shutil.rmtree(scratch, ignore_errors=True)
    return {"docs": nlp_docs, "words": words, "runs": runs,
            "scaling_2_over_1_workers": round(one / two, 2),
            "ray_over_local_time": round(ray / local, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--nlp-docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--legs", default="sqlite,pg,nlp")
    parser.add_argument("--pg", default=os.environ.get("WIREWATCH_PG_URL"))
    parser.add_argument("--workdir", type=Path, default=ROOT / "out" / "million")
    parser.add_argument("--max-seconds", type=float, help="stop each ingest after this long (Ctrl-C: it "
                        "commits what it has) and measure what was stored")
    parser.add_argument("--processes", type=int, default=1,
                        help="PostgreSQL leg: concurrent ingest processes, each on every N-th shard")
    parser.add_argument("--rank-newest", type=int, default=None, metavar="N",
                        help="each search ranks the newest N matches (default: the store's window)")
    parser.add_argument("--search-only", action="store_true",
                        help="measure search on the stores a previous run left (no ingest)")
    args = parser.parse_args()
    if args.rank_newest is not None:
        SEARCH_OPTIONS["rank_newest"] = args.rank_newest
    legs = [leg.strip() for leg in args.legs.split(",") if leg.strip()]
    args.workdir.mkdir(parents=True, exist_ok=True)
    results_path = args.workdir / "results.json"
    results: dict[str, Any] = {"started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
                               "docs": args.docs, "seed": args.seed, "load_at_start": os.getloadavg()}

    def save() -> None:
        results_path.write_text(json.dumps(results, indent=2))

    # the corpus (about 100 s and a few GB for a million) only when something is ingested
    wanted = {"sqlite", "pg"} & set(legs) and not args.search_only
    folder = corpus(args.workdir, args.docs, args.seed) if wanted else args.workdir / "corpus"
    for leg in legs:
        started = time.monotonic()
        if leg == "sqlite":
            results["sqlite"] = sqlite_leg(args.workdir, folder, args.docs, args.max_seconds,
                                           args.search_only)
        elif leg == "pg":
            results["postgres"] = pg_leg(args.pg, folder, args.docs, args.max_seconds, args.search_only,
                                         args.processes)
        elif leg == "nlp":
            results["nlp"] = nlp_leg(args.workdir, args.nlp_docs, args.seed)
        else:
            parser.error(f"unknown leg {leg!r}")
        results[f"{leg}_wall_s"] = round(time.monotonic() - started, 1)
        results["load_now"] = os.getloadavg()
        save()
        print(json.dumps({leg: results.get(leg if leg != "pg" else "postgres")}, indent=2), flush=True)
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    save()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
