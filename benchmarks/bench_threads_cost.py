"""What story threading costs at ingest: structure-level ingest with and without thread assignment.

    .venv/bin/python benchmarks/bench_threads_cost.py [--docs 10000] [--repeat 2]

The corpus is bench_web.py's generated stories (every tenth re-sent as a LEAD), one JSONL file in a
temporary directory, ingested through `Store.ingest(only="structure")`. "Without" replaces the
writer's thread step with a no-op (the only difference); runs alternate, best of `--repeat` each.
Structure level is where the cost shows: with the NLP stages a document takes tens of milliseconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_web import documents  # noqa: E402
from wirewatch.store import Store  # noqa: E402
from wirewatch.store import writer as writer_module  # noqa: E402


def ingest(path: Path, db: Path) -> float:
    started = time.perf_counter()
    with Store(db) as store:
        store.ingest([path], only="structure", text_field="text", id_field="id", date_field="published",
                     batch_size=500)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    threaded = writer_module.Writer._thread
    best = {"with": float("inf"), "without": float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in documents(args.docs)), encoding="utf-8")
        for n in range(args.repeat):
            for mode in ("without", "with"):
                writer_module.Writer._thread = threaded if mode == "with" else (  # type: ignore[method-assign]
                    lambda self, row, article: None)
                best[mode] = min(best[mode], ingest(path, Path(tmp) / f"{mode}-{n}.db"))
    writer_module.Writer._thread = threaded  # type: ignore[method-assign]
    per_doc = (best["with"] - best["without"]) / args.docs * 1000
    print(json.dumps({"docs": args.docs, "without_threads_docs_per_s": round(args.docs / best["without"]),
                      "with_threads_docs_per_s": round(args.docs / best["with"]),
                      "threading_ms_per_doc": round(per_doc, 2)}, indent=1))


if __name__ == "__main__":
    main()
