"""Full-pipeline throughput: structure + NLP (actors, quotes, times) [+ events] + store, in words/s.

    .venv/bin/python benchmarks/bench_pipeline.py [--workers 2] [--only nlp|events] [--limit N] [--repeat N]

Ingests the PolNeAR dev texts (read in place from ../shared/data, never copied) into a fresh store in
a temporary directory through `Store.ingest`, the same path `wirewatch ingest` takes, and prints
documents, words (whitespace tokens of the text), seconds and words/s, and the CPU seconds of the
parent and its workers (steadier than wall time when other jobs share the machine).

The model is loaded in this process first (its time printed as the "after model load" figure); on
Linux the pool forks, so the workers inherit it. `--cold` skips that: each worker loads its own
model inside the measured time, as `wirewatch ingest` does.
`--repeat N` feeds the texts N times (as distinct records) to see the steady state past start-up.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from wirewatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "quotes" / "polnear_dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", choices=("nlp", "events"), default="events")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N texts")
    parser.add_argument("--repeat", type=int, default=1, help="feed the texts N times")
    parser.add_argument("--cold", action="store_true", help="workers load their own model (timed)")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"{args.gold} not found (the shared data sits beside the checkout)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        texts = []
        with args.gold.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if args.limit and i >= args.limit:
                    break
                record = json.loads(line)
                texts.append({"id": record["id"], "text": record["text"]})
        texts = [{"id": f"{t['id']}#{n}", "text": t["text"]} for n in range(args.repeat) for t in texts]
        source = Path(tmp) / "texts.jsonl"
        source.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
        words = sum(len(t["text"].split()) for t in texts)

        from wirewatch.nlp.model import load_model

        load_seconds = 0.0
        if not args.cold:
            started = time.perf_counter()
            load_model()
            load_seconds = time.perf_counter() - started  # the forked workers inherit this model

        store = Store(Path(tmp) / "bench.db")
        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        summary = store.ingest([str(source)], only=args.only, workers=args.workers)
        seconds = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu_before
        store.close()
    print(f"documents={len(texts)} words={words} workers={args.workers} level={args.only}")
    print(f"stored={summary.stored} rejected={summary.total_rejected}")
    print(f"seconds={seconds:.1f} words_per_s={words / seconds:,.0f} "
          f"words_per_s_after_model_load={words / max(seconds - load_seconds, 1e-9):,.0f}")
    # CPU seconds of this process and its (finished) workers: steadier than wall time on a busy machine
    print(f"cpu_seconds={cpu:.1f} words_per_cpu_s={words / max(cpu, 1e-9):,.0f}")
    return 0


def _cpu_seconds() -> float:
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


if __name__ == "__main__":
    raise SystemExit(main())
