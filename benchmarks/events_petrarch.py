"""Predictions for the PETRARCH unit suite with its benchmark-only actor dictionary.

    .venv/bin/python benchmarks/events_petrarch.py /tmp/petrarch.jsonl
    python3 ../shared/eval/score.py events-cameo --gold ../shared/data/events/petrarch_unit_suite.jsonl \\
        --pred /tmp/petrarch.jsonl

The suite's actors are fictional (Arnor, Gondor...), so the CLI's default actor tables cannot code
them; `benchmarks/petrarch_actors.csv` can, through Analyzer(actor_dictionaries=...) or the CLI's
`--actor-dictionary`. Score against `--gold-field expected_up2` too: UniversalPetrarch's revised
expectations follow the CAMEO codebook, `expected` PETRARCH-1's validation dictionary (docs/events.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared/data/events/petrarch_unit_suite.jsonl"


def main(argv: list[str]) -> int:
    from wirewatch.pipeline import Analyzer
    from wirewatch.records import Article, Document

    if len(argv) != 1 or not GOLD.exists():
        print(__doc__, file=sys.stderr)
        return 2
    analyzer = Analyzer(actor_dictionaries=[str(ROOT / "benchmarks/petrarch_actors.csv")])
    docs = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            docs.append(Document(id=rec["id"], text=rec["text"], source=str(GOLD), date=rec.get("date")))
    with open(argv[0], "w", encoding="utf-8") as out:
        for item in analyzer.analyze_many(docs):
            if isinstance(item, Article):
                out.write(json.dumps(item.to_record(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
