"""`make bench`: every accuracy and speed benchmark, one after the other.

    .venv/bin/python benchmarks/run_all.py [--shared ../shared] [--quick]

Accuracy: benchmarks/eval_dev.py (all dev sets, scored by ../shared/eval/score.py). Speed: structure
parsing, the HTML reader, the full pipeline, the events stage's share, one long document, the
hostile corpus in one run, story threading, ingest + search at scale and the web pages under load
(100,000 documents; --quick uses 10,000). Figures are recorded by hand in docs/benchmarks.md with
the command that produced them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(*args: str) -> None:
    print(f"\n$ {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, *args], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--quick", action="store_true", help="10,000 documents for ingest/search")
    args = parser.parse_args()
    if not (args.shared / "data").exists():
        sys.exit(f"{args.shared}/data is absent: the benchmarks read the shared dev sets")
    shared = str(args.shared)
    run(str(HERE / "eval_dev.py"), "--shared", shared)
    run(str(HERE / "bench_structure.py"))
    run(str(HERE / "bench_html.py"), "--shared", shared)
    run(str(HERE / "bench_pipeline.py"), "--workers", "2")
    run(str(HERE / "bench_events.py"))
    run(str(HERE / "bench_stories.py"), "--shared", shared)
    run(str(HERE / "bench_long.py"), "--chars", "300000")
    run(str(HERE / "bench_hostile.py"))
    with tempfile.TemporaryDirectory() as work:
        run(str(HERE / "bench_ingest.py"), "--docs", "10000" if args.quick else "100000",
            "--workdir", work, "--shared", shared)
        run(str(HERE / "bench_search.py"), "--db", str(Path(work) / "bench.db"))
        run(str(HERE / "bench_web.py"), "--articles", "10000" if args.quick else "100000", "--workdir", work)


if __name__ == "__main__":
    main()
