"""Run wirewatch over every dev set in ../shared/data and score it with ../shared/eval/score.py.

    .venv/bin/python benchmarks/eval_dev.py [--shared ../shared] [--out out/eval] [--task NAME ...]

Predictions go to --out (never committed); the scorer's last-line JSON of each task is printed and
collected in out/eval/summary.json. The PLOVER task also reports the read and unread halves of the
fixed id-hash split (benchmarks/eval_events.py, which also scores the PETRARCH suite's expected_up2).
The research data is read in place and never copied.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# task name -> (scorer task, gold path relative to shared/, analyze arguments, extra scorer arguments)
TASKS: dict[str, tuple[str, str, list[str], list[str]]] = {
    "reuters": ("structure", "data/structure/reuters21578_dev.jsonl",
                ["--text-field", "raw", "--id-field", "id", "--only", "structure"], []),
    "wire_raw": ("structure", "data/structure/wire_raw_sample.jsonl",
                 ["--text-field", "raw", "--id-field", "id", "--only", "structure"], []),
    "html": ("html-body", "data/structure/article_extraction_benchmark/ground-truth.json",
             ["--only", "structure"], []),
    "quotes": ("quotes", "data/quotes/polnear_dev.jsonl",
               ["--text-field", "text", "--id-field", "id", "--date-field", "publication_date",
                "--only", "nlp"], []),
    "time": ("time", "data/time/timeml_dev.jsonl",
             ["--text-field", "text", "--id-field", "id", "--date-field", "dct", "--only", "nlp"], []),
    "plover": ("events-plover", "data/events/plover_dev.jsonl",
               ["--text-field", "text", "--id-field", "id", "--date-field", "date"], []),
    # the suite's actors are fictional: our own CSV of their names stands in for PETRARCH's dictionary
    "petrarch": ("events-cameo", "data/events/petrarch_unit_suite.jsonl",
                 ["--text-field", "text", "--id-field", "id", "--date-field", "date",
                  "--actor-dictionary", str(ROOT / "benchmarks" / "petrarch_actors.csv")], []),
}


def run_task(name: str, shared: Path, out: Path, workers: int) -> dict[str, object]:
    scorer_task, gold_rel, analyze_args, score_args = TASKS[name]
    gold = shared / gold_rel
    if name == "html":
        inputs = sorted(str(p) for p in (gold.parent / "html").glob("*.html.gz"))
    else:
        inputs = [str(gold)]
    pred = out / f"{name}.jsonl"
    started = time.perf_counter()
    with pred.open("w", encoding="utf-8") as fh:
        subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", *inputs, *analyze_args,
                        "--workers", str(workers)], stdout=fh, check=True)
    seconds = time.perf_counter() - started
    result = subprocess.run([sys.executable, str(shared / "eval/score.py"), scorer_task, "--gold", str(gold),
                             "--pred", str(pred), "--json-only", *score_args],
                            capture_output=True, text=True, check=True)
    scored: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    scored["analyze_seconds"] = round(seconds, 1)
    if name == "plover":
        # the read / unread halves of the fixed id-hash split (benchmarks/eval_events.py)
        from eval_events import _plover_summary, _score, _split_gold

        for half, path in _split_gold(gold, out).items():
            scored[f"{half}_half"] = _plover_summary(_score(shared, scorer_task, path, pred))
    return scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "eval")
    parser.add_argument("--task", action="append", choices=sorted(TASKS))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not (args.shared / "data").exists():
        sys.exit(f"{args.shared}/data is absent: nothing to evaluate")
    args.out.mkdir(parents=True, exist_ok=True)
    summary = {}
    for name in args.task or list(TASKS):
        summary[name] = run_task(name, args.shared, args.out, args.workers)
        print(name, json.dumps(summary[name]), flush=True)
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
