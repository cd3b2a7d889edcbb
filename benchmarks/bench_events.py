"""How much time the events stage adds to the NLP pipeline (spaCy + actors + quotes + timexes).

    .venv/bin/python benchmarks/bench_events.py [--repeat 3] [--wire | FILE.jsonl --text-field text]

Default corpus: the PLOVER dev sentences and the PETRARCH unit suite from ../shared (one document per
record) plus the seed story: every document is a sentence chosen for holding an event, the events
stage's worst case. `--wire` times whole wire stories as a crawler saved them instead (the multi-agency
raw sample, 300 stories of eleven agencies with their page furniture), the copy users bring. Each stage
is timed on the same parsed documents, best of --repeat runs; the target is events <= 20 % of the rest
of the pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT = [(SHARED / "data/events/plover_dev.jsonl", "text"),
           (SHARED / "data/events/petrarch_unit_suite.jsonl", "text")]
WIRE = [(SHARED / "data/structure/wire_raw_sample.jsonl", "raw")]


def load(paths: list[tuple[Path, str]]) -> list[Any]:
    from wirewatch.records import Document

    docs = []
    for path, field in paths:
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                rec = json.loads(line)
                docs.append(Document(id=f"{path.name}:{n}", text=rec[field], source=str(path),
                                     date=rec.get("date")))
    seed = SHARED / "seed/yonhap-2021-10-05.txt"
    if seed.exists():
        docs.append(Document(id="seed", text=seed.read_text(encoding="utf-8"), source=str(seed)))
    return docs


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_once(docs: list[Any]) -> dict[str, float]:
    from wirewatch.events.coder import code_events
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text, load_model
    from wirewatch.nlp.quotes.extract import extract_quotes
    from wirewatch.nlp.time.extract import extract_timexes
    from wirewatch.pipeline import analyze_structure

    nlp = load_model()
    articles = [analyze_structure(d) for d in docs]
    totals = dict.fromkeys(("spacy", "actors", "quotes", "timexes", "events"), 0.0)
    parsed: list[Any] = []
    totals["spacy"] = timed(lambda: parsed.extend(nlp.pipe([analysis_text(a) for a in articles],
                                                           batch_size=32)))
    for article, doc in zip(articles, parsed, strict=True):
        totals["actors"] += timed(lambda a=article, d=doc: assign_actors(a, d))
        totals["quotes"] += timed(lambda a=article, d=doc: extract_quotes(a, d))
        totals["timexes"] += timed(lambda a=article, d=doc: extract_timexes(a, d))
        totals["events"] += timed(lambda a=article, d=doc: code_events(a, d))
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--wire", action="store_true", help="whole wire stories (the raw sample)")
    args = parser.parse_args(argv)
    from wirewatch.heap import settle_long_lived

    chosen = WIRE if args.wire else DEFAULT
    docs = load([(p, args.text_field) for p in args.inputs] if args.inputs else chosen)
    if not docs:
        print("no input documents (../shared is absent; pass a JSONL file)", file=sys.stderr)
        return 2
    run_once(docs[:5])  # warm up: model load, gazetteers, lexicon
    settle_long_lived()  # as the pipeline does after its warm-up (wirewatch/heap.py)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for stage, seconds in run_once(docs).items():
            best[stage] = min(seconds, best.get(stage, seconds))
    rest = sum(v for k, v in best.items() if k != "events")
    share = best["events"] / rest
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars} characters, best of {args.repeat}")
    for stage, seconds in best.items():
        print(f"  {stage:8s} {seconds * 1000:9.1f} ms")
    print(f"events add {share:.1%} to spaCy+actors+quotes+timexes ({best['events'] / len(docs) * 1000:.2f} "
          f"ms/document); target <= 20 %")
    print(json.dumps({"documents": len(docs), "events_share": round(share, 4),
                      "stages_ms": {k: round(v * 1000, 1) for k, v in best.items()}}))
    return 0 if share <= 0.20 else 1


if __name__ == "__main__":
    sys.exit(main())
