"""CAMEO triples on real wire copy: the real-news dev set, scored in a READ and an UNREAD half.

    .venv/bin/python benchmarks/eval_wire_cameo.py [--shared ../shared] [--out out/wire_cameo]
        [--skip-run] [--errors] [--batch N]

`benchmarks/wire_cameo_gold.jsonl` holds references only (corpus, story key, sentence index and
character span, a hash of the sentence, its date, its annotation batch) and hand-written CAMEO
triples; the sentences stay in ../shared (research-use data, never copied into the project). This
script rebuilds each sentence from ../shared with `wire_cameo_sentences`, checks it against its hash,
writes temporary gold and input files under --out (never committed), runs `wirewatch analyze` on each
sentence with the story's date, and scores each half with `../shared/eval/score.py events-cameo`.

The halves are fixed by `wire_cameo_sentences.half_of` (a hash of story key and sentence index). Only the
READ half may be looked at record by record (`--errors` lists its misses); the UNREAD half is a held-out
proxy whose aggregate figures are the only thing ever printed. `--batch 2` scores one annotation batch
alone (batch 2 was annotated after the coder's rules of batch 1 were written, so its first run measures
unseen copy); without it every batch is scored together.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from wire_cameo_sentences import (
    CORPORA,
    half_of,
    load_stories,
    normalise,
    sentence_spans,
    story_text,
    text_hash,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "wire_cameo_gold.jsonl"
HALVES = ("read", "unread")


def rebuild(shared: Path) -> list[dict[str, Any]]:
    """The gold records with their sentence text, rebuilt from ../shared and checked."""
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = {corpus: load_stories(shared, corpus) for corpus in {r["corpus"] for r in records}}
    for rec in records:
        raw = story_text(stories[rec["corpus"]][rec["story"]])
        if sentence_spans(raw)[rec["index"]] != (rec["start"], rec["end"]):
            raise SystemExit(f"{rec['id']}: the splitter no longer gives span {rec['start']}-{rec['end']}")
        if text_hash(raw[rec["start"]:rec["end"]]) != rec["sha1_12"]:
            raise SystemExit(f"{rec['id']}: the sentence no longer matches its hash")
        if half_of(rec["story"], rec["index"]) != rec["half"]:
            raise SystemExit(f"{rec['id']}: stored half disagrees with half_of")
        rec["text"] = normalise(raw[rec["start"]:rec["end"]])
    return records


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _score(shared: Path, gold: Path, pred: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(shared / "eval/score.py"), "events-cameo", "--gold", str(gold),
                           "--pred", str(pred), "--json-only"], capture_output=True, text=True, check=True)
    metrics: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])["metrics"]
    return metrics


def _summary(m: dict[str, Any]) -> dict[str, Any]:
    def prf(key: str) -> str:
        v = m[key]
        counts = f"tp {v['tp']}, pred {v['n_pred']}, gold {v['n_gold']}"
        return f"P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} ({counts})"
    nulls = m["null_case_accuracy"]
    records = m["record_exact_match"]
    return {"triple_exact": prf("triple_exact"), "triple_country_root": prf("triple_country_root"),
            "null_cases": f"{nulls['correct']}/{nulls['n']}",
            "records_exact": f"{records['correct']}/{records['n']}",
            "f1": m["triple_exact"]["f1"], "coarse_f1": m["triple_country_root"]["f1"]}


def _triples(events: list[dict[str, Any]]) -> list[str]:
    out = []
    for e in events:
        if e.get("cameo"):
            src = (e.get("source") or {}).get("code") or ""
            tgt = (e.get("target") or {}).get("code") or ""
            out.append(f"{src}>{tgt}:{e['cameo']}")
    return sorted(set(out))


def _read_errors(records: list[dict[str, Any]], pred: Path) -> None:
    preds = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        preds[row["id"]] = row
    for rec in records:
        if rec["half"] != "read":
            continue
        gold = sorted(f"{e['source']}>{e['target']}:{e['code']}" for e in rec["expected"])
        got = _triples((preds.get(rec["id"]) or {}).get("events") or [])
        if gold != got:
            print(f"MISS {rec['id']} gold={gold} pred={got}  [{rec['note']}]")
            print("     ", rec["text"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "wire_cameo")
    parser.add_argument("--skip-run", action="store_true", help="score the predictions already in --out")
    parser.add_argument("--errors", action="store_true", help="list the READ half's misses")
    parser.add_argument("--batch", type=int, help="score only this annotation batch (default: all)")
    args = parser.parse_args()
    missing = [c for c in CORPORA.values() if not (args.shared / c).exists()]
    if missing:
        sys.exit(f"{args.shared}: {', '.join(missing)} absent; the real-news CAMEO set cannot be rebuilt")
    args.out.mkdir(parents=True, exist_ok=True)
    records = rebuild(args.shared)
    if args.batch is not None:
        records = [r for r in records if r["batch"] == args.batch]
        if not records:
            sys.exit(f"no gold record has batch {args.batch}")
    fields = ("id", "text", "date", "category", "expected")
    _write(args.out / "input.jsonl", [{k: r[k] for k in fields} for r in records])
    pred = args.out / "pred.jsonl"
    if not args.skip_run:
        with pred.open("w", encoding="utf-8") as fh:
            subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(args.out / "input.jsonl"),
                            "--text-field", "text", "--id-field", "id", "--date-field", "date",
                            "--workers", "2"], stdout=fh, check=True)
    summary = {}
    for half in HALVES:
        gold = args.out / f"gold_{half}.jsonl"
        _write(gold, [{k: r[k] for k in fields} for r in records if r["half"] == half])
        summary[half] = _summary(_score(args.shared, gold, pred))
    for half, figures in summary.items():
        print(half, json.dumps({k: v for k, v in figures.items() if k not in ("f1", "coarse_f1")}))
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    if args.errors:
        _read_errors(records, pred)


if __name__ == "__main__":
    main()
