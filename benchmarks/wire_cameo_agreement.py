"""How far a second, blind annotator agrees with the first on the real-news CAMEO set (issue #7).

    .venv/bin/python benchmarks/wire_cameo_agreement.py --print [--sample guide] [--shared ../shared]
    .venv/bin/python benchmarks/wire_cameo_agreement.py --skeleton > benchmarks/wire_cameo_second.jsonl
    .venv/bin/python benchmarks/wire_cameo_agreement.py --compare [--sample guide] [--out out/agreement]
        [--skip-run] [--bootstrap N]

Two samples (`--sample`). `first` (the default, eighth session): about a fifth of batches 1-4, annotated
blind before the annotation guide. `guide` (ninth session): batch 7, annotated by both sides under the
guide of docs/events.md, "Annotation guide (from batch 7 on)": all its interaction records and a third of
its null cases, each taken in the order of a hash of its id salted `agree10` (`guide_sample_ids`); its
second annotation is `benchmarks/wire_cameo_guided.jsonl`. Batch 7 is held out: nothing here prints its
gold, and the comparison prints figures only.

The sample is fixed: about a fifth of batches 1-4 (never the held-out batches 5 and 6), the same share of
each (batch, category) stratum so interactions and null cases keep their proportions, the records of a
stratum taken in the order of a salted sha1 of their id (`sample_ids`), so the same ids come back on any
machine.

`--print` shows what an annotator needs and nothing more: the id, the story date, the sentence and the
sentences around it, rebuilt from ../shared with `wire_cameo_sentences`. It never prints the first
annotator's triples, notes or the stratum's category (which would say "expects nothing"), and the records
come in hash order, not grouped by stratum. `--skeleton` writes the references (id and the gold file's hash
fields, no text) to fill with the second annotator's `expected` and `note`.

`--compare` scores, with `../shared/eval/score.py events-cameo` only: the second annotation as predictions
against the first (restricted to the sample), the first against the second, and the coder (`wirewatch
analyze` on the sample sentences) against each. `--bootstrap N` adds 95 % intervals of the F1s over N
resamples of the sample's records, each resample scored by score.py.

Both second annotations (`benchmarks/wire_cameo_second.jsonl`, `benchmarks/wire_cameo_guided.jsonl`)
were made from `--print` alone and committed before `--compare` was first run on them; their figures and
the classes of disagreement (counts only for batch 7) are in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from wire_cameo_sentences import load_stories, normalise, sentence_spans, story_text

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "wire_cameo_gold.jsonl"
SECOND = ROOT / "benchmarks" / "wire_cameo_second.jsonl"
SAMPLE_BATCHES = (1, 2, 3, 4)
SAMPLE_SIZE = 80
SALT = "agree9"
GUIDED = ROOT / "benchmarks" / "wire_cameo_guided.jsonl"
GUIDE_BATCH = 7
GUIDE_SALT = "agree10"
GUIDE_NULL_SHARE = 3  # one null case in three: enough to see whether nulls stay null, cheap to annotate
REFERENCE_FIELDS = ("id", "corpus", "story", "index", "start", "end", "sha1_12", "date", "batch")


def _gold_records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rank(record_id: str, salt: str = SALT) -> str:
    return hashlib.sha1(f"{salt}:{record_id}".encode()).hexdigest()


def sample_ids(records: list[dict[str, Any]], size: int = SAMPLE_SIZE) -> list[str]:
    """The sample's ids in hash order: each (batch, category) stratum of batches 1-4 gives its share of
    `size` (largest remainders round it), the records of a stratum taken by the salted hash of their id."""
    strata: dict[tuple[int, str], list[str]] = defaultdict(list)
    for rec in records:
        if rec["batch"] in SAMPLE_BATCHES:
            strata[(rec["batch"], rec["category"])].append(rec["id"])
    total = sum(len(ids) for ids in strata.values())
    quotas = {key: len(ids) * size / total for key, ids in strata.items()}
    counts = {key: int(q) for key, q in quotas.items()}
    by_remainder = sorted(quotas, key=lambda key: (-(quotas[key] - counts[key]), key))
    for key in by_remainder[:size - sum(counts.values())]:
        counts[key] += 1
    chosen = [rid for key, ids in strata.items() for rid in sorted(ids, key=_rank)[:counts[key]]]
    return sorted(chosen, key=_rank)


def guide_sample_ids(records: list[dict[str, Any]]) -> list[str]:
    """The guide sample's ids in hash order: every interaction record of batch 7 and the first third
    (rounded) of its null cases by the hash of their id salted `agree10`. It reads the category of a
    record, never its triples."""
    def rank(rid: str) -> str:
        return _rank(rid, GUIDE_SALT)
    batch = [r for r in records if r["batch"] == GUIDE_BATCH]
    interactions = [r["id"] for r in batch if r["category"] == "interaction"]
    nulls = sorted((r["id"] for r in batch if r["category"] == "null"), key=rank)
    chosen = interactions + nulls[:round(len(nulls) / GUIDE_NULL_SHARE)]
    return sorted(chosen, key=rank)


SAMPLES = {"first": (sample_ids, SECOND), "guide": (guide_sample_ids, GUIDED)}


def sample_records(sample: str = "first") -> list[dict[str, Any]]:
    """The sampled gold records, in hash order."""
    records = _gold_records()
    by_id = {r["id"]: r for r in records}
    choose, _ = SAMPLES[sample]
    return [by_id[rid] for rid in choose(records)]


def _print_sample(shared: Path, before: int, after: int, sample: str = "first") -> None:
    records = sample_records(sample)
    stories = {corpus: load_stories(shared, corpus) for corpus in {r["corpus"] for r in records}}
    for number, rec in enumerate(records, 1):
        raw = story_text(stories[rec["corpus"]][rec["story"]])
        spans = sentence_spans(raw)
        around = range(max(0, rec["index"] - before), min(len(spans), rec["index"] + after + 1))
        print(f"=== {number} {rec['id']}  date {rec['date']}")
        for i in around:
            text = normalise(raw[spans[i][0]:spans[i][1]])
            print(f"{'>>' if i == rec['index'] else '  '} {text}")
        print()


def _skeleton(sample: str) -> None:
    for rec in sample_records(sample):
        row = {k: rec[k] for k in REFERENCE_FIELDS}
        print(json.dumps({**row, "expected": [], "note": ""}, ensure_ascii=False))


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _as_prediction(rec: dict[str, Any]) -> dict[str, Any]:
    """An annotation as score.py reads a prediction: one event per triple."""
    events = [{"source": {"code": t["source"]}, "target": {"code": t["target"]}, "cameo": t["code"]}
              for t in rec["expected"]]
    return {"id": rec["id"], "events": events}


def _as_gold(rec: dict[str, Any]) -> dict[str, Any]:
    return {"id": rec["id"], "category": "null" if not rec["expected"] else "interaction",
            "expected": rec["expected"]}


def _score(shared: Path, gold: Path, pred: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(shared / "eval/score.py"), "events-cameo", "--gold", str(gold),
                           "--pred", str(pred), "--json-only"], capture_output=True, text=True, check=True)
    metrics: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])["metrics"]
    return metrics


def _line(name: str, m: dict[str, Any]) -> str:
    def prf(key: str) -> str:
        v = m[key]
        return f"P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}"
    nulls, records = m["null_case_accuracy"], m["record_exact_match"]
    return (f"{name:<26} exact {prf('triple_exact')} | country+root {prf('triple_country_root')} | "
            f"null cases {nulls['correct']}/{nulls['n']} | records exact {records['correct']}/{records['n']}")


def _compare(shared: Path, out: Path, skip_run: bool, bootstrap: int, sample: str = "first") -> None:
    out.mkdir(parents=True, exist_ok=True)
    first = {r["id"]: r for r in sample_records(sample)}
    annotation_file = SAMPLES[sample][1]
    lines = annotation_file.read_text(encoding="utf-8").splitlines()
    second = {r["id"]: r for r in (json.loads(line) for line in lines if line.strip())}
    if set(first) != set(second):
        sys.exit(f"{annotation_file.name} does not hold exactly the sample's ids")
    ids = list(first)
    files = {}
    for name, annotation in (("first", first), ("second", second)):
        files[f"gold_{name}"] = out / f"gold_{name}.jsonl"
        files[f"pred_{name}"] = out / f"pred_{name}.jsonl"
        _write(files[f"gold_{name}"], [_as_gold(annotation[i]) for i in ids])
        _write(files[f"pred_{name}"], [_as_prediction(annotation[i]) for i in ids])
    coder = out / "pred_coder.jsonl"
    if not skip_run:
        stories = {corpus: load_stories(shared, corpus) for corpus in {r["corpus"] for r in first.values()}}
        rows = []
        for rec in first.values():
            raw = story_text(stories[rec["corpus"]][rec["story"]])
            text = normalise(raw[rec["start"]:rec["end"]])
            rows.append({"id": rec["id"], "text": text, "date": rec["date"]})
        _write(out / "input.jsonl", rows)
        with coder.open("w", encoding="utf-8") as fh:
            subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(out / "input.jsonl"),
                            "--text-field", "text", "--id-field", "id", "--date-field", "date",
                            "--workers", "1"], stdout=fh, check=True)
    files["pred_coder"] = coder
    pairs = (("second vs first (gold)", "gold_first", "pred_second"),
             ("first vs second (gold)", "gold_second", "pred_first"),
             ("coder vs first", "gold_first", "pred_coder"),
             ("coder vs second", "gold_second", "pred_coder"))
    batches = SAMPLE_BATCHES if sample == "first" else (GUIDE_BATCH,)
    print(f"sample {sample!r}: {len(ids)} records of batch(es) {', '.join(map(str, batches))}, "
          f"{sum(not first[i]['expected'] for i in ids)} of them null cases of the first annotator")
    for name, gold, pred in pairs:
        print(_line(name, _score(shared, files[gold], files[pred])))
    if bootstrap:
        for name, gold, pred in (pairs[0], *pairs[2:]):  # F1 is symmetric: one annotator pair
            low, high = _interval(shared, out, ids, files[gold], files[pred], bootstrap)
            print(f"{name:<26} 95% bootstrap interval over records ({bootstrap} resamples): "
                  f"exact F1 {low[0]:.3f}-{high[0]:.3f} | country+root F1 {low[1]:.3f}-{high[1]:.3f}")


def _interval(shared: Path, out: Path, ids: list[str], gold: Path, pred: Path,
              resamples: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """The 2.5th and 97.5th percentiles of (exact F1, country+root F1) over resamples of the records,
    each scored by score.py (a record drawn twice gets a suffixed id, so the scorer sees it twice)."""
    gold_rows = {r["id"]: r for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())}
    pred_rows = {r["id"]: r for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())}
    draw = random.Random(0)
    figures = []
    for _ in range(resamples):
        chosen = [draw.choice(ids) for _ in ids]
        _write(out / "boot_gold.jsonl", [{**gold_rows[i], "id": f"{i}#{k}"} for k, i in enumerate(chosen)])
        _write(out / "boot_pred.jsonl", [{**pred_rows.get(i, {"events": []}), "id": f"{i}#{k}"}
                                         for k, i in enumerate(chosen)])
        m = _score(shared, out / "boot_gold.jsonl", out / "boot_pred.jsonl")
        figures.append((m["triple_exact"]["f1"], m["triple_country_root"]["f1"]))
    def pct(q: float, column: int) -> float:
        values = sorted(f[column] for f in figures)
        return values[min(len(values) - 1, int(q * len(values)))]
    return (pct(0.025, 0), pct(0.025, 1)), (pct(0.975, 0), pct(0.975, 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "agreement")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--print", action="store_true", help="the sample's sentences in context, no gold")
    mode.add_argument("--skeleton", action="store_true", help="references to fill with a second annotation")
    mode.add_argument("--compare", action="store_true", help="score the annotators and the coder")
    parser.add_argument("--sample", choices=sorted(SAMPLES), default="first",
                        help="first: batches 1-4 before the guide; guide: batch 7 under the guide")
    parser.add_argument("--before", type=int, default=2, help="sentences of context before (--print)")
    parser.add_argument("--after", type=int, default=1, help="sentences of context after (--print)")
    parser.add_argument("--skip-run", action="store_true", help="reuse the coder's predictions in --out")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="95%% intervals of the F1s over N resamples of the records (--compare)")
    args = parser.parse_args()
    if args.print:
        _print_sample(args.shared, args.before, args.after, args.sample)
    elif args.skeleton:
        _skeleton(args.sample)
    else:
        _compare(args.shared, args.out, args.skip_run, args.bootstrap, args.sample)


if __name__ == "__main__":
    main()
