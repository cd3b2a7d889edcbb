"""Fit the triple confidence (events/confidence.py) and write src/wirewatch/data/confidence.json.

    .venv/bin/python tools/train_confidence.py [--shared ../shared] [--out out/confidence] [--folds 5]
        [--label strict|coarse] [--threshold T] [--write PATH] [--check]

The data: every CAMEO triple the coder emits (no confidence model loaded, so nothing is withheld), with
its features (`confidence.RECORDER`), on four sets it may read, each labelled right or wrong:
- real-news CAMEO batches 1-4 (batches 5-8 are held out and never run here): `strict` = the triple is one
  of the sentence's gold triples, `coarse` = it is at country + root (as score.py's events-cameo reads them);
- the PLOVER dev READ half as CAMEO dyads (benchmarks/plover_cameo.py): `strict` = actor + root (country and
  first sector), `coarse` = country + root;
- the precision census's judged draws (benchmarks/precision_census_judged.json), rerun today: a triple
  the judge saw is `strict` right when judged right, `coarse` right when judged right or right but for
  its code within the root (`wrong_code`); triples nobody judged are left out;
- the blind recall censuses (benchmarks/recall_census_judged.json, recall_census_wire_judged.json: every
  triple an annotator codes in each drawn sentence, none on a null case), labelled like batches 1-4.
A binary logistic regression (scikit-learn, fixed seed) is fitted on `--label` (default strict); its
weights are written in learned_attach's two-label format.

Cross-validation: the groups (a wire story, a PLOVER record, a census story: one story of both censuses
is one group), ordered by sha1 and dealt round-robin into `--folds` folds; each fold's triples are scored
by a model fitted without the fold. The features do not depend on the model, so the coder runs once.
Reported on the pooled out-of-fold probabilities, per set: AUC for both labels (beside the AUC of the
hand-set confidence the rules give), the Brier score and the reliability by decile of probability. Then
each threshold of THRESHOLDS withholds the out-of-fold triples below it, and batches 1-4, the PLOVER read
half and the recall censuses are rescored with ../shared/eval/score.py exactly as eval_wire_cameo.py and
eval_events.py score them. A threshold is kept only when it raises batches 1-4 exact F1 by MIN_GAIN or
more, does not lower their country + root F1 and does not lower the PLOVER read half's country + root F1;
else the threshold is null and the number is a confidence only.
`--check` refits and compares with the committed weights instead of writing them.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from train_attacher import _analyze, _dumps, _wire_items, _write_jsonl, same_weights  # noqa: E402

import plover_cameo  # noqa: E402
from eval_events import half_of as plover_half  # noqa: E402
from eval_wire_cameo import _score, _summary  # noqa: E402
from precision_census import JUDGED, _sentence, _sid  # noqa: E402
from wirewatch.events import confidence as cf  # noqa: E402
from wirewatch.events import learned_attach as la  # noqa: E402

SEED = 0
C = 0.3  # inverse L2 strength: a couple of thousand triples, a few hundred sparse features
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
RECALL_JUDGED = (ROOT / "benchmarks/recall_census_judged.json",
                 ROOT / "benchmarks/recall_census_wire_judged.json")
MIN_GAIN = 0.005  # about two triples of batches 1-4's 391: the best of nine tries gains that by chance

Item = dict[str, Any]
Row = dict[str, Any]  # kind, group, id, index, triple, features, strict, coarse, hand


def _plover_items(shared: Path) -> list[Item]:
    aliases = plover_cameo.scorer_aliases(shared)
    out = []
    for line in (shared / "data/events/plover_dev.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if plover_half(rec["id"]) != "read":
            continue  # the unread half stays a proxy for unseen copy: never labelled or fitted here
        coarse = {(t["source"], t["target"], t["code"]) for t in plover_cameo.gold_triples(rec, aliases)}
        strict = {(t["source"], t["target"], t["code"])
                  for t in plover_cameo.gold_triples(rec, aliases, True)}
        out.append({"id": rec["id"], "text": rec["text"], "date": rec.get("date"), "group": rec["id"],
                    "kind": "plover", "coarse": coarse, "strict": strict})
    return out


def _census_items(shared: Path) -> list[Item]:
    data = json.loads(JUDGED.read_text(encoding="utf-8"))
    cache: dict[str, dict[str, Any]] = {}
    items: dict[str, Item] = {}
    for draw in data["draws"].values():
        for ref in draw["triples"]:
            sid = "census:" + _sid(ref)  # (a recall census may hold the same sentence: its own item)
            if sid not in items:
                items[sid] = {"id": sid, "text": _sentence(shared, ref, cache), "date": ref["date"],
                              "group": f"{ref['corpus']}:{ref['story']}", "kind": "census", "verdicts": {}}
            items[sid]["verdicts"][(ref["source"], ref["target"], ref["code"])] = ref["verdict"]
    return list(items.values())


def _recall_items(shared: Path) -> list[Item]:
    """The blind recall censuses' sentences (benchmarks/recall_census*_judged.json): every triple an
    annotator codes under docs/events.md's guide, none on a null case; labelled like batches 1-4."""
    cache: dict[str, dict[str, Any]] = {}
    items: dict[str, Item] = {}
    for judged in RECALL_JUDGED:
        data = json.loads(judged.read_text(encoding="utf-8"))
        for draw in data["draws"].values():
            for ref in draw["sentences"]:
                sid = "recall:" + _sid(ref)
                gold = [(e["source"], e["target"], e["code"]) for e in ref["expected"]]
                items.setdefault(sid, {"id": sid, "text": _sentence(shared, ref, cache), "date": ref["date"],
                                       "group": f"{ref['corpus']}:{ref['story']}", "kind": "recall",
                                       "gold": gold})
    return list(items.values())


def _labels(item: Item, triple: tuple[str, str, str]) -> tuple[bool, bool] | None:
    """(strict, coarse) right for one emitted triple; None when nothing says (an unjudged census triple)."""
    src, tgt, code = triple
    if item["kind"] in ("wire", "recall"):
        gold = set(item["gold"])
        coarse = {(s[:3], t[:3], c[:2]) for s, t, c in gold}
        return triple in gold, (src[:3], tgt[:3], code[:2]) in coarse
    if item["kind"] == "plover":
        cut = (plover_cameo.cut_actor(src), plover_cameo.cut_actor(tgt), code[:2])
        return cut in item["strict"], (src[:3], tgt[:3], code[:2]) in item["coarse"]
    verdict = item["verdicts"].get(triple)
    if verdict is None:
        return None
    return verdict == "right", verdict in ("right", "wrong_code")


def collect(shared: Path) -> tuple[list[Item], dict[str, dict[str, Any]], list[Row]]:
    """Run the coder once over every item with no confidence model; the records and the labelled rows."""
    items = _wire_items(shared) + _plover_items(shared) + _census_items(shared) + _recall_items(shared)
    os.environ[cf.MODEL_ENV] = "/nonexistent/confidence.json"  # nothing withheld, the rules' numbers
    la._cached_model.cache_clear()
    recorded: list[cf.TripleRecord] = []
    token = cf.RECORDER.set(recorded)
    try:
        records, _ = _analyze(items, record=False)
    finally:
        cf.RECORDER.reset(token)
        del os.environ[cf.MODEL_ENV]
        la._cached_model.cache_clear()
    by_id = {i["id"]: i for i in items}
    rows = []
    for rec in recorded:
        item = by_id.get(rec.article_id)
        if item is None:
            continue  # the analyzer's own warm-up text
        labels = _labels(item, rec.triple)
        if labels is None:
            continue
        hand = next(float(f.split("=", 1)[1]) for f in rec.features if f.startswith("hand="))
        rows.append({"kind": item["kind"], "group": item["group"], "id": rec.article_id, "index": rec.index,
                     "triple": rec.triple, "features": rec.features, "strict": labels[0], "coarse": labels[1],
                     "hand": hand})
    return items, records, rows


def fit(rows: list[Row], label: str) -> dict[str, Any]:
    """A binary logistic regression, written as learned_attach's two-label model (the wrong label's
    weights are zero, so its softmax is the logistic)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["features"], 1) for r in rows])
    y = [int(r[label]) for r in rows]
    model = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    model.fit(x, y)
    names = vec.get_feature_names_out()
    weights = {str(n): [0.0, round(float(model.coef_[0][j]), 6)] for j, n in enumerate(names)}
    weights = {n: w for n, w in weights.items() if abs(w[1]) >= 1e-6}
    return {"labels": list(cf.LABELS), "intercepts": [0.0, round(float(model.intercept_[0]), 6)],
            "threshold": None, "weights": dict(sorted(weights.items()))}


def _model(weights: dict[str, Any]) -> la.AttacherModel:
    return la.AttacherModel(weights=weights["weights"], intercepts=weights["intercepts"],
                            threshold=weights["threshold"], labels=tuple(weights["labels"]))


def out_of_fold(rows: list[Row], label: str, folds: int) -> list[float]:
    groups = sorted({r["group"] for r in rows}, key=lambda g: hashlib.sha1(g.encode()).hexdigest())
    fold_of = {g: n % folds for n, g in enumerate(groups)}
    probs = [0.0] * len(rows)
    for k in range(folds):
        model = _model(fit([r for r in rows if fold_of[r["group"]] != k], label))
        for n, r in enumerate(rows):
            if fold_of[r["group"]] == k:
                probs[n] = cf.probability(model, r["features"])
    return probs


def auc(scores: list[float], labels: list[bool]) -> float | None:
    from sklearn.metrics import roc_auc_score
    return round(float(roc_auc_score(labels, scores)), 3) if 0 < sum(labels) < len(labels) else None


def reliability(probs: list[float], labels: list[bool]) -> list[dict[str, Any]]:
    """Per decile of predicted probability: triples, mean probability, share right."""
    bins: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for p, y in zip(probs, labels, strict=True):
        bins[min(int(p * 10), 9)].append((p, y))
    return [{"bin": f"{b / 10:.1f}-{(b + 1) / 10:.1f}", "n": len(v),
             "mean_p": round(sum(p for p, _ in v) / len(v), 3),
             "right": round(sum(y for _, y in v) / len(v), 3)}
            for b, v in sorted(bins.items())]


def separation(rows: list[Row], probs: list[float], label: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in ("wire", "plover", "census", "recall", "all"):
        sel = [n for n, r in enumerate(rows) if kind in ("all", r["kind"])]
        ys = {lab: [rows[n][lab] for n in sel] for lab in ("strict", "coarse")}
        ps = [probs[n] for n in sel]
        out[kind] = {"triples": len(sel), "right_strict": sum(ys["strict"]),
                     "right_coarse": sum(ys["coarse"]),
                     "auc_strict": auc(ps, ys["strict"]), "auc_coarse": auc(ps, ys["coarse"]),
                     "hand_auc_strict": auc([rows[n]["hand"] for n in sel], ys["strict"]),
                     "hand_auc_coarse": auc([rows[n]["hand"] for n in sel], ys["coarse"]),
                     "brier": round(sum((p - y) ** 2 for p, y in zip(ps, ys[label], strict=True))
                                    / len(sel), 4),
                     "mean_p": round(sum(ps) / len(sel), 3), "reliability": reliability(ps, ys[label])}
    return out


def _filtered(records: dict[str, dict[str, Any]], ids: list[str],
              low: set[tuple[str, int]]) -> list[dict[str, Any]]:
    out = []
    for rid in ids:
        rec = copy.deepcopy(records[rid])
        for n, ev in enumerate(rec["events"]):
            if (rid, n) in low:
                ev["cameo"] = None
        out.append(rec)
    return out


def sweep(shared: Path, out: Path, items: list[Item], records: dict[str, dict[str, Any]], rows: list[Row],
          probs: list[float]) -> dict[str, Any]:
    """Dev figures with the out-of-fold triples below each threshold withheld (None: nothing withheld)."""
    out.mkdir(parents=True, exist_ok=True)
    wire = [i for i in items if i["kind"] == "wire"]
    wire_gold = out / "wire_gold.jsonl"
    _write_jsonl(wire_gold, [i["record"] for i in wire])
    plover_ids = [i["id"] for i in items if i["kind"] == "plover"]
    aliases = plover_cameo.scorer_aliases(shared)
    read = set(plover_ids)
    plover_gold = plover_cameo.derive_gold(shared / "data/events/plover_dev.jsonl", out / "plover_gold.jsonl",
                                           lambda rid: rid in read, aliases)
    sector_gold = plover_cameo.derive_gold(shared / "data/events/plover_dev.jsonl",
                                           out / "plover_sector_gold.jsonl", lambda rid: rid in read, aliases,
                                           True)
    recall = [i for i in items if i["kind"] == "recall"]
    recall_gold = out / "recall_gold.jsonl"
    _write_jsonl(recall_gold, [{"id": i["id"], "text": i["text"], "date": i["date"],
                                "expected": [{"source": a, "target": b, "code": c} for a, b, c in i["gold"]]}
                               for i in recall])
    result: dict[str, Any] = {}
    for threshold in (None, *THRESHOLDS):
        low = {(r["id"], r["index"]) for r, p in zip(rows, probs, strict=True)
               if threshold is not None and p < threshold}
        # a triple judged nowhere (a census triple nobody saw) has no row and is never withheld here
        pred = out / "wire_pred.jsonl"
        _write_jsonl(pred, _filtered(records, [i["id"] for i in wire], low))
        w = _summary(_score(shared, wire_gold, pred))
        ppred = out / "plover_pred.jsonl"
        _write_jsonl(ppred, _filtered(records, plover_ids, low))
        pm = _score(shared, plover_gold, ppred)
        sm = _score(shared, sector_gold, plover_cameo.cut_predictions(ppred, out / "plover_cut.jsonl"))
        rpred = out / "recall_pred.jsonl"
        _write_jsonl(rpred, _filtered(records, [i["id"] for i in recall], low))
        rc = _summary(_score(shared, recall_gold, rpred))
        census = [(r, p) for r, p in zip(rows, probs, strict=True) if r["kind"] == "census"]
        kept = [r for r, p in census if threshold is None or p >= threshold]
        result["none" if threshold is None else str(threshold)] = {
            "wire_exact": w["triple_exact"], "wire_country_root": w["triple_country_root"],
            "wire_f1": w["f1"], "wire_coarse_f1": w["coarse_f1"], "wire_null_cases": w["null_cases"],
            "plover_read_country_root_f1": pm["triple_country_root"]["f1"],
            "plover_read_actor_root_f1": sm["triple_exact"]["f1"],
            "recall_census_exact": rc["triple_exact"],
            "recall_census_country_root": rc["triple_country_root"],
            "census_kept": f"{sum(r['strict'] for r in kept)} right of {len(kept)} judged triples "
                           f"(of {sum(r['strict'] for r, _ in census)} right / {len(census)})"}
    return result


def choose_threshold(figures: dict[str, Any]) -> float | None:
    base = figures["none"]
    best, best_f1 = None, base["wire_f1"] + MIN_GAIN - 1e-9
    for threshold in sorted(THRESHOLDS, reverse=True):  # ties: the higher threshold, which withholds less
        f = figures[str(threshold)]
        if f["wire_f1"] > best_f1 and f["wire_coarse_f1"] >= base["wire_coarse_f1"] and \
                f["plover_read_country_root_f1"] >= base["plover_read_country_root_f1"]:
            best, best_f1 = threshold, f["wire_f1"]
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "confidence")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--label", choices=("strict", "coarse"), default="strict")
    parser.add_argument("--threshold", type=float, help="write this threshold instead of cross-validation's")
    parser.add_argument("--write", type=Path, default=cf.MODEL_PATH)
    parser.add_argument("--check", action="store_true",
                        help="refit and compare with the committed weights (exit 1 when they differ)")
    args = parser.parse_args()
    if not (args.shared / "data/events/plover_dev.jsonl").exists():
        sys.exit(f"{args.shared}: the shared data is absent; the confidence cannot be trained")
    items, records, rows = collect(args.shared)
    model = fit(rows, args.label)
    if args.check:
        committed = json.loads(cf.MODEL_PATH.read_text(encoding="utf-8"))
        same = same_weights(committed, model)
        print("committed weights equal a retrain" if same else "committed weights DIFFER from a retrain")
        sys.exit(0 if same else 1)
    probs = out_of_fold(rows, args.label, args.folds)
    cv = {"folds": args.folds, "grouped_by": "wire story, PLOVER record, census story",
          "gate": "a threshold must raise batches 1-4 exact F1 by MIN_GAIN, not lower their country + root "
                  "F1 nor the PLOVER read half's country + root F1",
          "label": args.label, "separation": separation(rows, probs, args.label)}
    with tempfile.TemporaryDirectory() as tmp:
        cv["filter"] = sweep(args.shared, Path(tmp), items, records, rows, probs)
    threshold = choose_threshold(cv["filter"])
    model["threshold"] = args.threshold if args.threshold is not None else threshold
    model["training"] = {
        "date": dt.date.today().isoformat(),
        "sources": "emitted CAMEO triples on real-news batches 1-4 (exact), the PLOVER dev read half "
                   "(actor + root), the precision census's judged draws (judged right) and the recall "
                   "censuses' sentences (exact)",
        "triples": {k: sum(1 for r in rows if r["kind"] == k)
                    for k in ("wire", "plover", "census", "recall")},
        "right": sum(r[args.label] for r in rows), "features": len(model["weights"]), "C": C, "seed": SEED,
        "label": args.label, "command": ".venv/bin/python tools/train_confidence.py",
        "cv_threshold": threshold,
    }
    model["cross_validation"] = cv
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "cv.json").write_text(json.dumps(cv, indent=1), encoding="utf-8")
    print(json.dumps(cv, indent=1))
    args.write.write_text(_dumps(model), encoding="utf-8")
    print(f"wrote {args.write}: {len(model['weights'])} features, threshold {model['threshold']}")


if __name__ == "__main__":
    main()
