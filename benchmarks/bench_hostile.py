"""Peak memory and wall time of ingesting the hostile corpus (tests/ingest/hostile.py) in one run.

    .venv/bin/python benchmarks/bench_hostile.py [--workdir /tmp/ww-hostile] [--scale bench|test]
                                                 [--workers auto] [--only events] [--default-limits]

At `--scale bench` the corpus holds the full-size repros of issue #8: a 1.2 MB .jsonl.gz whose one
line inflates to 1.2 GB, a WARC of 60,000 small records (about 90 MB), a 20 MB single-line text,
the 1,000,000+ character text, plus every other hostile input of the test. The ingest runs as the
real CLI in a subprocess with the corpus's limits (`--default-limits`: the shipped defaults, so the
long texts are analysed in windows instead of rejected). Memory is sampled from /proc every 0.1 s
over the whole process tree (CLI + workers); the peak of that sum and the largest single process
(ru_maxrss) are reported. Nothing is written inside the project.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo.extend(children.get(current, []))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--scale", choices=("bench", "test"), default="bench")
    parser.add_argument("--workers", default="auto")
    parser.add_argument("--only", default="events")
    parser.add_argument("--default-limits", action="store_true")
    args = parser.parse_args()
    from ingest.hostile import build_hostile_corpus

    work = args.workdir or Path(tempfile.mkdtemp(prefix="ww-hostile-"))
    shutil.rmtree(work / "hostile", ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    built = time.monotonic()
    corpus = build_hostile_corpus(work, scale=args.scale)
    print(f"corpus built in {time.monotonic() - built:.1f} s under {work}")
    db = work / "hostile.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cli = Path(sys.executable).with_name("wirewatch")
    command = [str(cli), "ingest", *corpus.inputs, "--db", str(db), "--only", args.only,
               "--workers", args.workers, "--quiet", *([] if args.default_limits else corpus.options)]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.monotonic() - started
    sampler.join()
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        codes = dict(conn.execute("SELECT code, count(*) FROM rejects GROUP BY code").fetchall())
    print(output.strip().splitlines()[-1] if output.strip() else "")
    print(json.dumps({"scale": args.scale, "only": args.only, "workers": args.workers,
                      "limits": "defaults" if args.default_limits else " ".join(corpus.options),
                      "exit": process.returncode, "seconds": round(seconds, 1), "stored": stored,
                      "rejects_by_code": codes, "expected_rejects": len(corpus.rejects),
                      "peak_tree_rss_mb": round(peak / 2**20),
                      "largest_process_rss_mb": round(largest / 2**20)},
                     indent=1))


if __name__ == "__main__":
    main()
