"""What the cue censuses share (crit_census.py, conflict_census.py): sentences of unseen copy that match a
broad cue list, coded one by one as the gold evaluation codes them, and counted by outcome.

Sentences come from stories no gold batch uses (`wire_cameo_sentences.unused_stories`, which also leaves
out the stories reserved for the batch-8 annotator). Their text is written only under --out, outside the
repository (research-use data); what a census may commit is sentence ids and verdicts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("polnear_train", "polnear_dev", "reuters21578_dev", "timeml_dev", "wire_raw_sample")

Outcome = Callable[[list[str], list[str]], str]


def cue_sentences(shared: Path, cues: re.Pattern[str], per_corpus: int, seed: str,
                  used: set[str] | frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Up to `per_corpus` sentences per corpus that match `cues`, in the order of sha1(seed:id); ids in
    `used` (an earlier draw's judged sentences) are left out."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import wire_cameo_sentences as wire

    rows: list[dict[str, Any]] = []
    for corpus in CORPORA:
        found = []
        for key, record in wire.unused_stories(shared, corpus).items():
            raw = wire.story_text(record)
            for index, (start, end) in enumerate(wire.sentence_spans(raw)):
                if f"{corpus}:{key}:{index}" in used:
                    continue
                text = wire.normalise(raw[start:end])
                cue = cues.search(text)
                if cue is None or len(text) > 400:
                    continue
                found.append({"id": f"{corpus}:{key}:{index}", "text": text, "date": wire.story_date(record),
                              "cue": cue.group(0).lower()})
        found.sort(key=lambda r: hashlib.sha1(f"{seed}:{r['id']}".encode()).hexdigest())
        rows.extend(found[:per_corpus])
    return rows


def codes_of(row: dict[str, Any]) -> list[str]:
    """The CAMEO triples of one analysed sentence, as "SOURCE>TARGET:CODE"."""
    out = []
    for event in row.get("events") or []:
        if event.get("cameo"):
            src = (event.get("source") or {}).get("code") or ""
            tgt = (event.get("target") or {}).get("code") or ""
            out.append(f"{src}>{tgt}:{event['cameo']}")
    return sorted(set(out))


def acts_of(row: dict[str, Any]) -> list[str]:
    """The PLOVER types of every act found, with or without a dyad (cameo is empty without one)."""
    return sorted({str(e.get("type")) for e in row.get("events") or []})


def roots_of(codes: list[str]) -> set[str]:
    return {c.rsplit(":", 1)[1][:2] for c in codes}


def arguments(description: str | None, name: str, judged_help: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path(f"/tmp/{name}_census"))
    parser.add_argument("--per-corpus", type=int, default=150)
    parser.add_argument("--seed", default=f"{name}11")
    parser.add_argument("--skip-run", action="store_true")
    parser.add_argument("--judged", type=Path, help=judged_help)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a judged file whose sentence ids are left out (a fresh draw)")
    return parser.parse_args()


def run(args: argparse.Namespace, cues: re.Pattern[str], outcome: Outcome) -> Counter[str] | None:
    """Draw, code and count; prints `census` counts, writes census.jsonl under --out (codes per sentence,
    for a before/after diff), and returns the judged counts ("verdict:outcome") when --judged is given."""
    if not (args.shared / "data/quotes/polnear_train.jsonl").exists():
        sys.exit(f"the census corpora are not under {args.shared}/data: nothing to count")
    args.out.mkdir(parents=True, exist_ok=True)
    used = {key for path in args.exclude for key in json.loads(path.read_text(encoding="utf-8"))}
    rows = cue_sentences(args.shared, cues, args.per_corpus, args.seed, used)
    inp, pred = args.out / "input.jsonl", args.out / "pred.jsonl"
    with inp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in ("id", "text", "date")}, ensure_ascii=False) + "\n")
    if not args.skip_run:
        with pred.open("w", encoding="utf-8") as fh:
            subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(inp), "--text-field", "text",
                            "--id-field", "id", "--date-field", "date", "--workers", "2"],
                           stdout=fh, check=True)
    predicted = {r["id"]: (codes_of(r), acts_of(r))
                 for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())}
    counts: Counter[str] = Counter()
    results = {}
    with (args.out / "census.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            codes, acts = predicted.get(row["id"], ([], []))
            results[row["id"]] = outcome(codes, acts)
            counts[results[row["id"]]] += 1
            fh.write(json.dumps({**row, "codes": codes, "acts": acts, "outcome": results[row["id"]]},
                                ensure_ascii=False) + "\n")
    print("census", json.dumps({"sentences": len(rows), **counts}))
    if not args.judged:
        return None
    verdicts = json.loads(args.judged.read_text(encoding="utf-8"))
    judged: Counter[str] = Counter()
    for row in rows:
        verdict = verdicts.get(row["id"])
        if verdict:
            judged[f"{verdict}:{results[row['id']]}"] += 1
    return judged
