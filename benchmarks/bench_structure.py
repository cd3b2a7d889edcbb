"""Structure-only throughput (parse_structure + infer_published) on one core.

    .venv/bin/python benchmarks/bench_structure.py [GOLD.jsonl] [--repeat N]

Reads the Reuters-21578 dev records from ../shared/data (raw text only) and prints docs/s, the best of
N passes so that a busy machine measures the parser rather than its neighbours.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from wirewatch.pipeline import analyze_structure
from wirewatch.records import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "structure" / "reuters21578_dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--field", default="raw", help="text field (default: raw)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"{args.gold} not found (the shared data sits beside the checkout)", file=sys.stderr)
        return 2
    docs = [Document(id=str(r.get("id", i)), text=r[args.field])
            for i, r in enumerate(json.loads(line) for line in args.gold.open(encoding="utf-8"))]
    analyze_structure(docs[0])  # imports and regex compilation stay out of the timing
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for doc in docs:
            analyze_structure(doc)
        best = min(best, time.perf_counter() - start)
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} docs, {chars / 1e6:.2f} M chars: best of {args.repeat} passes {best:.3f} s "
          f"= {len(docs) / best:,.0f} docs/s ({chars / best / 1e6:.1f} M chars/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
