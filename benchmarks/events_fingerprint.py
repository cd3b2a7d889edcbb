"""A fingerprint of every event the pipeline codes, to check that a speed change moves no answer.

    .venv/bin/python benchmarks/events_fingerprint.py --out /tmp/fp.jsonl [--sets bench,wire,stories]

Runs the whole pipeline (`Analyzer`, as `wirewatch analyze`) on:

* `bench`: bench_events.py's corpus (PLOVER dev, the PETRARCH unit suite, the seed story);
* `wire`: the real-wire CAMEO sentences of annotation batches 1-4 only (the dev batches; 5-8 are held
  out and never run here);
* `stories`: the whole stories of tests/events/stories22.py and stories23.py.

It writes one JSON line per document, sorted: its events in full (type, mode, codes, Goldstein and
PLOVER scores, date, place, text, spans and mentions, trigger, quote index, confidence, flags, sources
and targets with their offsets and reasons), its entities and its events warnings, then a last line
with the sha256 of the lines before it, and prints that sha256 and counts only. Records of the UNREAD
half of PLOVER dev are written as their id and a sha256 of their record, never their content, so a
diff of two fingerprints cannot show them. Two code states with the same sha256 coded everything
alike; compare the files with `cmp` or a diff to find which document moved.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_BATCHES = frozenset({1, 2, 3, 4})  # never 5-8: held out, scored once by the lead in aggregate


def bench_documents() -> list[Any]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_events import DEFAULT, load

    return load(DEFAULT)


def wire_documents(shared: Path) -> list[Any]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_wire_cameo import rebuild
    from wirewatch.records import Document

    return [Document(id=f"wire:{r['id']}", text=r["text"], source=r["id"], date=r.get("date"))
            for r in rebuild(shared) if r["batch"] in DEV_BATCHES]


def story_documents() -> list[Any]:
    sys.path.insert(0, str(ROOT / "tests" / "events"))
    from stories22 import STORIES as S22
    from stories23 import STORIES as S23

    from wirewatch.records import Document

    return [Document(id=f"story:{s.name}", text=s.text, source="text", date=s.date)
            for s in (*S22, *S23)]


def unread(doc_id: str) -> bool:
    """A record of PLOVER dev's unread half (eval_events.half_of), whose content is never written."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_events import half_of

    if not doc_id.startswith("plover_dev.jsonl:"):
        return False
    n = int(doc_id.split(":", 1)[1])
    return half_of(_plover_ids()[n]) == "unread"


_IDS: list[str] = []


def _plover_ids() -> list[str]:
    if not _IDS:
        path = SHARED / "data/events/plover_dev.jsonl"
        _IDS.extend(json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip())
    return _IDS


def record(article: Any) -> dict[str, Any]:
    return {"id": article.id,
            "events": [asdict(e) for e in article.events],
            "entities": [asdict(e) for e in article.entities],
            "warnings": [w for w in article.warnings if w.startswith("events")]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sets", default="bench,wire,stories")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    sets = set(args.sets.split(","))
    if not (args.shared / "data/events").exists():
        print(f"{args.shared}: absent; the fingerprint needs ../shared", file=sys.stderr)
        return 2
    docs: list[Any] = []
    if "bench" in sets:
        docs += bench_documents()
    if "wire" in sets:
        docs += wire_documents(args.shared)
    if "stories" in sets:
        docs += story_documents()

    from wirewatch.pipeline import Analyzer
    from wirewatch.records import Article

    lines = []
    events = 0
    for item in Analyzer().analyze_many(docs):
        if not isinstance(item, Article):
            lines.append(json.dumps({"id": getattr(item, "id", "?"), "rejected": str(item)}, sort_keys=True))
            continue
        events += len(item.events)
        line = json.dumps(record(item), sort_keys=True, ensure_ascii=False)
        if unread(item.id):
            line = json.dumps({"id": item.id, "sha256": hashlib.sha256(line.encode()).hexdigest()})
        lines.append(line)
    lines.sort()
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    args.out.write_text("\n".join(lines) + f"\nsha256 {digest}\n", encoding="utf-8")
    print(f"{len(lines)} documents, {events} events; sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
