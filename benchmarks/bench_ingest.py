"""Ingest throughput and memory at scale: N Reuters-derived documents, structure level.

    .venv/bin/python benchmarks/bench_ingest.py [--docs 100000] [--workdir /tmp/ww-bench] [--shared ../shared]
        [--no-compact] [--keep-corpus]

Documents are variations of the Reuters-21578 dev stories (numbers, datelines and a serial changed so
every text is distinct), written as gzipped JSONL shards to --workdir; without ../shared, synthetic
wire stories are used. Nothing is written inside the project. The ingest runs as the real CLI in a
subprocess; its peak RSS comes from the kernel's accounting (ru_maxrss of the child). The store is
kept in --workdir for benchmarks/bench_search.py. The summary has the child's CPU seconds and the
full-text index's segments at the end (`--no-compact` passes the flag: the index as the batches left it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARD = 10_000
_NUMBER = re.compile(r"\d+")
_DAYS = ("Feb 26", "March 3", "April 7", "Oct 19", "June 1", "Jan 12")


def _bases(shared: Path) -> list[str]:
    path = shared / "data" / "structure" / "reuters21578_dev.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as handle:
            return [json.loads(line)["raw"] for line in handle if line.strip()]
    return [_synthetic(n) for n in range(500)]


def _synthetic(n: int) -> str:
    rng = random.Random(n)
    words = ("talks", "sanctions", "prices", "exports", "ministers", "rates", "harvest", "strike", "bank")
    body = " ".join(rng.choice(words) for _ in range(120))
    return f"HEADLINE {n} ON {rng.choice(words).upper()}\nLONDON, March 3 - {body}.\n Reuter\n"


def _shift_numbers(text: str, shift: int) -> str:
    return _NUMBER.sub(lambda m: str(int(m.group()) + shift) if len(m.group()) < 7 else m.group(), text)


def variations(bases: list[str], count: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """`count` distinct documents: base stories with their numbers and dateline day changed."""
    rng = random.Random(seed)
    for serial in range(count):
        base = bases[serial % len(bases)]
        shift = rng.randint(1, 97)
        text = _shift_numbers(base, shift)
        text = text.replace("Feb 26", rng.choice(_DAYS), 1)
        yield {"id": f"bench-{serial}", "text": f"{text}\n(serial {serial})\n"}


def write_corpus(directory: Path, bases: list[str], count: int) -> int:
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    shard: gzip.GzipFile | None = None
    for record in variations(bases, count):
        if written % SHARD == 0:
            if shard is not None:
                shard.close()
            shard = gzip.open(directory / f"shard-{written // SHARD:03d}.jsonl.gz", "wb", compresslevel=1)
        assert shard is not None
        shard.write((json.dumps(record) + "\n").encode("utf-8"))
        written += 1
    if shard is not None:
        shard.close()
    return sum(p.stat().st_size for p in directory.iterdir())


def _segments(db: Path) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    import sqlite3

    from wirewatch.store.compact import segment_count

    conn = sqlite3.connect(db)
    try:
        return segment_count(conn)
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ww-bench"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", default="structure")
    parser.add_argument("--no-compact", action="store_true", help="pass --no-compact to the ingest")
    parser.add_argument("--keep-corpus", action="store_true", help="reuse --workdir's corpus if there")
    args = parser.parse_args()

    corpus = args.workdir / "corpus"
    db = args.workdir / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    if not (args.keep_corpus and corpus.is_dir()):
        shutil.rmtree(corpus, ignore_errors=True)
        started = time.monotonic()
        size = write_corpus(corpus, _bases(args.shared), args.docs)
        print(f"corpus: {args.docs} documents, {size / 1e6:.1f} MB gzipped JSONL, "
              f"written in {time.monotonic() - started:.1f}s", flush=True)

    command = [str(ROOT / ".venv" / "bin" / "wirewatch"), "ingest", str(corpus), "--db", str(db),
               "--only", args.only, "--quiet"] + (["--no-compact"] if args.no_compact else [])
    print("$", " ".join(command), flush=True)
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = usage.ru_maxrss / 1024
    print(result.stdout)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        raise SystemExit(result.returncode)
    db_mb = sum(p.stat().st_size for p in args.workdir.glob("bench.db*")) / 1e6
    summary = {"docs": args.docs, "level": args.only, "seconds": round(seconds, 1),
               "docs_per_second": round(args.docs / seconds, 1), "peak_rss_mb": round(peak_mb, 1),
               "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1), "db_mb": round(db_mb, 1),
               "index_segments": _segments(db)}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
