"""Time expressions: speed of the timex stage next to spaCy, and the TimeML dev score.

    .venv/bin/python benchmarks/bench_time.py [--repeat 3] [--no-score]

Corpus: ../shared/data/time/timeml_dev.jsonl (200 TimeBank/AQUAINT news stories, ~67k words).
Prints words/s for spaCy alone and for extract_timexes alone (on the parsed docs, best of --repeat),
then runs the full CLI and score.py time unless --no-score.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "time" / "timeml_dev.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-score", action="store_true")
    args = parser.parse_args()
    if not GOLD.exists():
        sys.exit(f"{GOLD} is absent: this benchmark needs ../shared")

    from wirewatch.nlp.model import analysis_text, load_model
    from wirewatch.nlp.time.extract import extract_timexes
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    records = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    articles = [analyze_structure(Document(id=r["id"], text=r["text"], source=r["id"], date=r["dct"]))
                for r in records]
    words = sum(len(r["text"].split()) for r in records)
    nlp = load_model()
    start = time.perf_counter()
    docs = list(nlp.pipe([analysis_text(a) for a in articles], batch_size=32))
    spacy_s = time.perf_counter() - start
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for article, doc in zip(articles, docs, strict=True):
            extract_timexes(article, doc)
        best = min(best, time.perf_counter() - start)
    print(f"words {words}  spaCy {words / spacy_s:,.0f} words/s  timexes {words / best:,.0f} words/s "
          f"({100 * best / spacy_s:.1f}% of the spaCy time)")
    if args.no_score:
        return
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        cli = Path(sys.executable).parent / "wirewatch"
        subprocess.run([str(cli), "analyze", str(GOLD), "--text-field", "text", "--id-field", "id",
                        "--date-field", "dct", "--only", "nlp"], stdout=out, check=True)
    subprocess.run([sys.executable, str(SCORER), "time", "--gold", str(GOLD), "--pred", out.name], check=True)


if __name__ == "__main__":
    main()
