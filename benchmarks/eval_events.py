"""Event coding figures: PLOVER dev in a read and an unread half, and the PETRARCH unit suite.

    .venv/bin/python benchmarks/eval_events.py [--shared ../shared] [--out out/events] [--skip-run]
        [--errors read]

The PLOVER dev set is split by a hash of each record's id (`half_of`): the "read" half may be read
while writing lexicon rows; the "unread" half is a held-out proxy whose aggregate figures are the
only thing ever looked at. The split is a rule in code, not a copy of the data: the gold file is
filtered into temporary files under --out (never committed) and scored with ../shared/eval/score.py.
`--errors read` lists the read half's type/source misses and then its CAMEO dyad misses; there is
deliberately no way to list the unread half's.

The same PLOVER records are also scored as CAMEO dyads (`plover_cameo.py`: the CAMEO manual's examples,
roots from the section in each record id), per half: `plover_cameo_read` / `plover_cameo_unread`, at
country + root and at actor (country + first sector) + root.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import plover_cameo

ROOT = Path(__file__).resolve().parent.parent
HALVES = ("read", "unread")


def half_of(record_id: str) -> str:
    """The fixed split: sha1 of the id, even last byte = read, odd = unread."""
    return "read" if hashlib.sha1(record_id.encode("utf-8")).digest()[-1] % 2 == 0 else "unread"


def _analyze(gold: Path, pred: Path, extra: list[str]) -> None:
    with pred.open("w", encoding="utf-8") as fh:
        subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(gold), "--text-field", "text",
                        "--id-field", "id", "--date-field", "date", "--workers", "2", *extra],
                       stdout=fh, check=True)


def _score(shared: Path, task: str, gold: Path, pred: Path, *options: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(shared / "eval/score.py"), task, "--gold", str(gold),
                           "--pred", str(pred), "--json-only", *options],
                          capture_output=True, text=True, check=True)
    metrics: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])["metrics"]
    return metrics


def _split_gold(gold: Path, out: Path) -> dict[str, Path]:
    lines: dict[str, list[str]] = {h: [] for h in HALVES}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            lines[half_of(json.loads(line)["id"])].append(line)
    paths = {}
    for half, rows in lines.items():
        paths[half] = out / f"plover_gold_{half}.jsonl"
        paths[half].write_text("\n".join(rows) + "\n", encoding="utf-8")
    return paths


def _plover_summary(m: dict[str, Any]) -> dict[str, Any]:
    t = m["type"]
    return {"type_p": t["precision"], "type_r": t["recall"], "type_f1": t["f1"],
            "source_acc": m["source_accuracy"]["accuracy"], "target_acc": m["target_accuracy"]["accuracy"],
            "n_gold": t.get("gold", t.get("n_gold"))}


def _read_half_errors(gold: Path, pred: Path) -> None:
    """Print the read half's records whose type set differs or whose first source is wrong."""
    preds = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        preds[rec["id"]] = rec
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if half_of(g["id"]) != "read":
            continue
        events = (preds.get(g["id"]) or {}).get("events") or []
        types = []
        for e in events:
            if e.get("type") and e["type"] not in types:
                types.append(e["type"])
        src = [(e.get("source") or {}).get("code") for e in events if e.get("type") == g["event"]]
        gold_src = [a.get("code", "") + a.get("sector", "") for a in g["actor"]]
        tgt = [(e.get("target") or {}).get("code") for e in events if e.get("type") == g["event"]]
        gold_tgt = [a.get("code", "") + a.get("sector", "") for a in g["recipient"]]
        flag = "TYPE" if g["event"] not in types else ""
        print(f"{flag:4} {g['id']} gold={g['event']} {gold_src}->{gold_tgt} "
              f"pred={types} {src[:2]}->{tgt[:2]}")
        print("     ", g["text"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "events")
    parser.add_argument("--skip-run", action="store_true", help="score the predictions already in --out")
    parser.add_argument("--only", choices=("plover", "petrarch"), help="one set only")
    parser.add_argument("--errors", choices=("read",), help="list the read half's misses")
    args = parser.parse_args()
    data = args.shared / "data" / "events"
    if not data.exists():
        sys.exit(f"{data} is absent: nothing to evaluate")
    args.out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {}
    if args.only in (None, "plover"):
        gold = data / "plover_dev.jsonl"
        pred = args.out / "plover.jsonl"
        if not args.skip_run:
            _analyze(gold, pred, [])
        halves = _split_gold(gold, args.out)
        for half in HALVES:
            metrics = _score(args.shared, "events-plover", halves[half], pred)
            summary[f"plover_{half}"] = _plover_summary(metrics)
        summary["plover_all"] = _plover_summary(_score(args.shared, "events-plover", gold, pred))
        # the same sentences as CAMEO dyads, at country + root level (plover_cameo.py)
        aliases = plover_cameo.scorer_aliases(args.shared)
        cut_pred = plover_cameo.cut_predictions(pred, args.out / "plover_cameo_cut_pred.jsonl")
        for half in HALVES:
            cameo_gold = plover_cameo.derive_gold(gold, args.out / f"plover_cameo_gold_{half}.jsonl",
                                                  lambda rid, h=half: half_of(rid) == h, aliases)
            m = _score(args.shared, "events-cameo", cameo_gold, pred)
            strict_gold = plover_cameo.derive_gold(gold, args.out / f"plover_cameo_sector_gold_{half}.jsonl",
                                                   lambda rid, h=half: half_of(rid) == h, aliases, True)
            strict = _score(args.shared, "events-cameo", strict_gold, cut_pred)
            summary[f"plover_cameo_{half}"] = {"country_root": m["triple_country_root"],
                                               "actor_and_root": strict["triple_exact"],
                                               "null_cases": m.get("null_case_accuracy")}
        if args.errors:
            _read_half_errors(gold, pred)
            plover_cameo.list_misses(args.out / "plover_cameo_gold_read.jsonl", pred)
    if args.only in (None, "petrarch"):
        gold = data / "petrarch_unit_suite.jsonl"
        pred = args.out / "petrarch.jsonl"
        if not args.skip_run:
            _analyze(gold, pred, ["--actor-dictionary", str(ROOT / "benchmarks" / "petrarch_actors.csv")])
        m = _score(args.shared, "events-cameo", gold, pred, "--gold-field", "expected_up2")
        summary["petrarch_up2"] = {
            "triple_exact": m["triple_exact"], "triple_country_root": m["triple_country_root"],
            "record_exact": m.get("record_exact_match"),
            "by_category": {k: (v["right"], v["n"]) if isinstance(v, dict) and "right" in v else v
                            for k, v in (m.get("record_exact_match_by_category") or {}).items()},
        }
    for key, value in summary.items():
        print(key, json.dumps(value))
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
