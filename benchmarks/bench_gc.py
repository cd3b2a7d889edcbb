"""Time the cycle collector takes inside each NLP stage, with and without the warm-up's settling.

    .venv/bin/python benchmarks/bench_gc.py [--repeat 3] [--no-settle]

The corpus and the stage loop are bench_events.py's (the default corpus: 505 one-sentence documents and the
seed). A `gc.callbacks` hook times every collection and charges it to the stage running when it starts.
`--no-settle` skips `wirewatch.heap.settle_long_lived` after the warm-up, as the pipeline ran before the
thirty-seventh session. The counts of collections do not depend on the machine's load; their times do.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-settle", action="store_true")
    args = parser.parse_args(argv)
    from wirewatch.events.coder import code_events
    from wirewatch.heap import settle_long_lived
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text, load_model
    from wirewatch.nlp.quotes.extract import extract_quotes
    from wirewatch.nlp.time.extract import extract_timexes
    from wirewatch.pipeline import analyze_structure

    docs = bench_events.load(bench_events.DEFAULT)
    if not docs:
        print("no input documents (../shared is absent)", file=sys.stderr)
        return 2
    bench_events.run_once(docs[:5])  # warm up, as bench_events does
    if not args.no_settle:
        settle_long_lived()
    nlp = load_model()
    stage = ["other"]
    started = [0.0]
    spent: dict[str, float] = {}
    counts: dict[str, list[int]] = {}

    def hook(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
            return
        spent[stage[0]] = spent.get(stage[0], 0.0) + time.perf_counter() - started[0]
        counts.setdefault(stage[0], [0, 0, 0])[info["generation"]] += 1

    stages = (("actors", assign_actors), ("quotes", extract_quotes), ("timexes", extract_timexes),
              ("events", code_events))
    totals: dict[str, float] = {}
    gc.callbacks.append(hook)
    try:
        for _ in range(args.repeat):
            articles = [analyze_structure(d) for d in docs]
            stage[0] = "spacy"
            start = time.perf_counter()
            parsed = list(nlp.pipe([analysis_text(a) for a in articles], batch_size=32))
            totals["spacy"] = totals.get("spacy", 0.0) + time.perf_counter() - start
            for article, doc in zip(articles, parsed, strict=True):
                for name, run in stages:
                    stage[0] = name
                    start = time.perf_counter()
                    run(article, doc)
                    totals[name] = totals.get(name, 0.0) + time.perf_counter() - start
            stage[0] = "other"
    finally:
        gc.callbacks.remove(hook)
    print(json.dumps({"settled": not args.no_settle, "runs": args.repeat, "frozen": gc.get_freeze_count(),
                      "stage_ms": {k: round(v * 1000, 1) for k, v in totals.items()},
                      "collector_ms": {k: round(v * 1000, 1) for k, v in spent.items()},
                      "collections_by_generation": counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
