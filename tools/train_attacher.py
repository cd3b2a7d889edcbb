"""Fit the learned argument scorer (events/learned_attach.py) and write src/wirewatch/data/attacher.json.

    .venv/bin/python tools/train_attacher.py [--shared ../shared] [--out out/attacher] [--folds 5]
        [--no-cv] [--check]

Training pairs come from running the rule coder (no learned step) over three sources and recording,
for every reading, each candidate mention with its features (`learned_attach.RECORDER`):
- the real-news CAMEO set, batches 1-4 only (batch 5 is held out and never read here). A candidate is
  labelled `source` when its code equals the gold source of a gold triple of the sentence with the
  reading's CAMEO root, `target` likewise; else `neither` (also every candidate of a reading whose root no
  gold triple has: a filled actor there can only add a wrong triple). Ties: a code that is the source of
  one such triple and the target of another (paired codes, "A and B held talks") keeps the role the rule
  coder gave it, else the role of the first gold triple naming it. When no candidate carries the gold code
  exactly (gold USAGOV, mention USA), candidates of the same country take the label. Several mentions
  with one code all take the label: any of them gives the right triple.
- the read half of PLOVER dev (eval_events.half_of; the unread half stays a held-out proxy): readings of
  the gold event type only; a candidate whose text overlaps a gold `actor` text is `source`, a gold
  `recipient` text `target`.
- the probe files' expected triples (tests/events/probes_*.py), compared at country level.

Cross-validation: the wire stories are split into `--folds` groups by story (story keys ordered by
their sha1, dealt round-robin, so every sentence of a story is in one fold). For each
fold the scorer is fitted on the other folds' wire pairs plus PLOVER and the probes, the coder runs on the
fold's sentences with those weights, and the pooled predictions are scored with ../shared/eval/score.py
exactly as benchmarks/eval_wire_cameo.py scores them, beside the rule coder alone (no weights: the dyad
completion's subtree rule only) and beside the weights with the in-place fill off (`completion_only`: what
the dyad completion's learned policy adds at its floor, events/dyad_completion.py; set
WIREWATCH_DYAD_LEARNED_FLOOR to try another). The final weights are fitted on everything.
`--aside SALT --write PATH` fits without the stories eval_wire_cameo.py --aside SALT sets aside, for an
out-of-sample aside figure. Fixed seed; scikit-learn is needed here only (the runtime reads the JSON).
`--check` refits and compares with the committed weights instead of writing them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_events import half_of as plover_half  # noqa: E402
from eval_wire_cameo import HELD_OUT_BATCHES, _score, _summary, breakdown, rebuild, set_aside  # noqa: E402
from wirewatch.events import learned_attach as la  # noqa: E402

SEED = 0
# inverse L2 strength: a few thousand pairs, many sparse path features
C = 0.5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)  # tried in cross-validation; the best (or none) is written
# the gain a threshold must show over the rules (about two triples of 391): the best of four tries
# beats the rules by a triple or so by chance alone
MIN_GAIN = 0.005
TRAIN_BATCHES = {1, 2, 3, 4}
PROBE_LISTS = {"probes_wire": ("WIRE", "WIRE_FRESH", "WIRE_FRESH2", "WIRE_FRESH3", "WIRE_FRESH4",
                               "WIRE_FRESH5", "WIRE_FRESH6", "WIRE_FRESH7", "WIRE_FRESH8", "WIRE_FRESH9",
                               "WIRE_FRESH10"),
               "probes_breadth": ("WIRE_BREADTH11",), "probes_dyad11": ("WIRE_DYAD11",),
               "probes_evaluative": ("EVALUATIVE",)}

Item = dict[str, Any]  # id, text, date, group, kind, gold (per kind)


def _wire_items(shared: Path) -> list[Item]:
    out = []
    for rec in rebuild(shared):
        if rec["batch"] in HELD_OUT_BATCHES or rec["batch"] not in TRAIN_BATCHES:
            continue  # the held-out batch is never analysed, labelled or looked at here
        out.append({"id": rec["id"], "text": rec["text"], "date": rec["date"], "group": rec["story"],
                    "kind": "wire", "gold": [(e["source"], e["target"], e["code"]) for e in rec["expected"]],
                    "record": {k: rec[k] for k in ("id", "text", "date", "category", "expected")}})
    return out


def _plover_items(shared: Path) -> list[Item]:
    out = []
    for line in (shared / "data/events/plover_dev.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if plover_half(rec["id"]) != "read":
            continue  # the unread half stays a proxy for unseen copy
        out.append({"id": rec["id"], "text": rec["text"], "date": rec.get("date"), "group": "plover",
                    "kind": "plover", "type": rec["event"],
                    "actors": [a["text"].lower() for a in rec.get("actor") or []],
                    "recipients": [a["text"].lower() for a in rec.get("recipient") or []]})
    return out


def _probe_items() -> list[Item]:
    out = []
    for module, names in PROBE_LISTS.items():
        spec = importlib.util.spec_from_file_location(module, ROOT / "tests/events" / f"{module}.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for name in names:
            for n, row in enumerate(getattr(mod, name)):
                sentence, triples = row[-2], row[-1]
                out.append({"id": f"{module}.{name}.{n}", "text": sentence, "date": "2024-01-15",
                            "group": "probes", "kind": "probe", "gold": sorted(triples)})
    return out


def _analyze(items: list[Item], record: bool) -> tuple[dict[str, dict[str, Any]], list[la.PairRecord]]:
    """Run the whole pipeline on each item (as `wirewatch analyze` does); the analysis records by id and,
    with `record`, every reading's candidate pairs."""
    from wirewatch.ingest.base import ReadOptions
    from wirewatch.ingest.jsonl import read_jsonl
    from wirewatch.pipeline import Analyzer
    from wirewatch.records import Article

    options = ReadOptions(text_field="text", id_field="id", date_field="date")
    text = "".join(json.dumps({"id": i["id"], "text": i["text"], "date": i["date"]}) + "\n" for i in items)
    pairs: list[la.PairRecord] = []
    token = la.RECORDER.set(pairs if record else None)
    try:
        analyzer = Analyzer()
        rows = {}
        for art in analyzer.analyze_many(read_jsonl(text, "train", options)):
            if isinstance(art, Article):
                rows[art.id] = art.to_record()
    finally:
        la.RECORDER.reset(token)
    return rows, pairs


def _use_weights(path: Path | None) -> None:
    """Point the runtime at a weights file (None: no learned step) for the next analysis."""
    os.environ[la.MODEL_ENV] = str(path) if path is not None else "/nonexistent/attacher.json"
    la._cached_model.cache_clear()


def _rule_role(code: str, rec: la.PairRecord) -> str | None:
    return "source" if code in rec.rule_sources else "target" if code in rec.rule_targets else None


def _label_wire(rec: la.PairRecord, gold: list[tuple[str, str, str]]) -> list[str]:
    triples = [t for t in gold if t[2][:2] == rec.root]
    codes = [c for c, _, _ in rec.candidates]
    labels = []
    for code in codes:
        roles = []
        for src, tgt, _ in triples:
            for gold_code, role in ((src, "source"), (tgt, "target")):
                exact_present = gold_code in codes
                if code == gold_code or (not exact_present and code[:3] == gold_code[:3] and gold_code):
                    roles.append(role)
        if not roles:
            labels.append("neither")
        elif len(set(roles)) > 1:
            labels.append(_rule_role(code, rec) or roles[0])
        else:
            labels.append(roles[0])
    return labels


def _label_plover(rec: la.PairRecord, item: Item) -> list[str] | None:
    if rec.type != item["type"]:
        return None  # another reading of the sentence: PLOVER gold says nothing about it

    def hit(text: str, spans: list[str]) -> bool:
        t = text.lower()
        return any(t and (t in s or s in t) for s in spans)
    return ["source" if hit(text, item["actors"]) else "target" if hit(text, item["recipients"])
            else "neither" for _, text, _ in rec.candidates]


def _label_probe(rec: la.PairRecord, gold: list[tuple[str, str, str]]) -> list[str]:
    triples = [t for t in gold if t[2][:2] == rec.root]
    out = []
    for code, _, _ in rec.candidates:
        roles = [r for s, t, _ in triples for c, r in ((s, "source"), (t, "target")) if code[:3] == c[:3]]
        if len(set(roles)) > 1:
            roles = [_rule_role(code, rec) or roles[0]]
        out.append(roles[0] if roles else "neither")
    return out


def labelled_pairs(items: list[Item], pairs: list[la.PairRecord]) -> list[tuple[str, list[str], str]]:
    """(group, features, label) for every candidate of every recorded reading."""
    by_id = {i["id"]: i for i in items}
    out = []
    for rec in pairs:
        item = by_id.get(rec.article_id)
        if item is None:
            continue
        if item["kind"] == "wire":
            labels: list[str] | None = _label_wire(rec, item["gold"])
        elif item["kind"] == "plover":
            labels = _label_plover(rec, item)
        else:
            labels = _label_probe(rec, item["gold"])
        if labels is None:
            continue
        out += [(item["group"], feats, label)
                for (_, _, feats), label in zip(rec.candidates, labels, strict=True)]
    return out


def fit(rows: list[tuple[str, list[str], str]]) -> dict[str, Any]:
    """A multinomial logistic regression over binary features; weights as a JSON-ready dict."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for _, f, _ in rows])
    y = [la.LABELS.index(label) for _, _, label in rows]
    model = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    model.fit(x, y)
    classes = list(model.classes_)
    if classes != [0, 1, 2]:
        raise SystemExit(f"training pairs lack a label: classes {classes}")
    names = vec.get_feature_names_out()
    weights = {str(n): [round(float(model.coef_[k][j]), 6) for k in range(3)] for j, n in enumerate(names)}
    weights = {n: w for n, w in weights.items() if any(abs(v) >= 1e-6 for v in w)}
    return {"labels": list(la.LABELS), "intercepts": [round(float(v), 6) for v in model.intercept_],
            "threshold": None,
            "weights": dict(sorted(weights.items()))}


def same_weights(a: dict[str, Any], b: dict[str, Any], tol: float = 1e-4) -> bool:
    """Equal features and weights (to `tol`: the solver's last digits may differ by machine). The
    threshold is cross-validation's choice, not the fit's, and is not compared."""
    if set(a["weights"]) != set(b["weights"]):
        return False
    pairs = [*zip(a["intercepts"], b["intercepts"], strict=True)]
    pairs += [p for k, w in a["weights"].items() for p in zip(w, b["weights"][k], strict=True)]
    return all(abs(x - y) <= tol for x, y in pairs)


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def cross_validate(shared: Path, out: Path, wire: list[Item], rows: list[tuple[str, list[str], str]],
                   base_pred: dict[str, dict[str, Any]], folds: int) -> dict[str, Any]:
    """Grouped k-fold by story: fit without a fold's stories, code the fold with those weights at each
    threshold of THRESHOLDS, score the pooled predictions; the rules alone are the baseline."""
    stories = sorted({i["group"] for i in wire}, key=lambda s: hashlib.sha1(s.encode()).hexdigest())
    fold_of = {s: n % folds for n, s in enumerate(stories)}
    preds: dict[float, dict[str, dict[str, Any]]] = {t: {} for t in THRESHOLDS}
    completion: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            train = [r for r in rows if r[0] not in fold_of or fold_of[r[0]] != k]
            model = fit(train)
            fold_items = [i for i in wire if fold_of[i["group"]] == k]
            for threshold in THRESHOLDS:
                weights = Path(tmp) / f"fold{k}.json"
                weights.write_text(json.dumps(dict(model, threshold=threshold)), encoding="utf-8")
                _use_weights(weights)
                preds[threshold].update(_analyze(fold_items, record=False)[0])
            # the weights with the in-place fill off: what the dyad completion's learned policy alone
            # adds (events/dyad_completion.py; its floor, not this threshold, decides)
            weights.write_text(json.dumps(dict(model, threshold=None)), encoding="utf-8")
            _use_weights(weights)
            completion.update(_analyze(fold_items, record=False)[0])
            print(f"fold {k}: {len(fold_items)} sentences, {len(train)} training pairs", file=sys.stderr)
    _use_weights(None)
    out.mkdir(parents=True, exist_ok=True)
    gold = out / "gold_cv.jsonl"
    _write_jsonl(gold, [i["record"] for i in wire])
    records = [dict(i["record"], half="cv") for i in wire]

    def figures(name: str, pred: dict[str, dict[str, Any]]) -> dict[str, Any]:
        path = out / f"pred_cv_{name}.jsonl"
        _write_jsonl(path, [pred[i["id"]] for i in wire if i["id"] in pred])
        summary = _summary(_score(shared, gold, path))
        return {"triple_exact": summary["triple_exact"],
                "triple_country_root": summary["triple_country_root"], "null_cases": summary["null_cases"],
                "f1": summary["f1"], "coarse_f1": summary["coarse_f1"],
                "misses": breakdown(records, path)["all"]}
    result: dict[str, Any] = {"rules": figures("rules", base_pred)}
    for threshold in THRESHOLDS:
        result[f"learned@{threshold}"] = figures(f"learned_{threshold}", preds[threshold])
    result["completion_only"] = figures("completion_only", completion)
    return result


def choose_threshold(cv: dict[str, Any]) -> float | None:
    """The threshold whose cross-validated exact F1 beats the rules alone by the most, and by at least
    MIN_GAIN (ties: the higher threshold, which fills less); None when none does, and the step stays
    off."""
    best, best_f1 = None, cv["rules"]["f1"] + MIN_GAIN - 1e-9
    for threshold in sorted(THRESHOLDS, reverse=True):
        if cv[f"learned@{threshold}"]["f1"] > best_f1:
            best, best_f1 = threshold, cv[f"learned@{threshold}"]["f1"]
    return best


def _dumps(model: dict[str, Any]) -> str:
    """The weights file: readable, one feature a line, so a retrain's diff shows what moved."""
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in model["weights"].items()]
    text = json.dumps(head, indent=1)[:-2]
    return text + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "attacher")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-cv", action="store_true",
                        help="fit and write the weights without cross-validation")
    parser.add_argument("--with-probes", action="store_true",
                        help="also train on the probe files' expected triples (tests/events/probes_*.py)")
    parser.add_argument("--threshold", type=float,
                        help="write this fill threshold instead of cross-validation's choice")
    parser.add_argument("--aside", metavar="SALT",
                        help="leave out the wire stories eval_wire_cameo.py --aside SALT sets aside, so that "
                             "third's figure with these weights is out of sample (use with --write)")
    parser.add_argument("--write", type=Path, default=la.MODEL_PATH,
                        help="where to write the weights (default: the committed data/attacher.json)")
    parser.add_argument("--check", action="store_true",
                        help="refit and compare with the committed weights (exit 1 when they differ)")
    args = parser.parse_args()
    if not (args.shared / "data/events/plover_dev.jsonl").exists():
        sys.exit(f"{args.shared}: the shared data is absent; the attacher cannot be trained")
    wire = _wire_items(args.shared)
    if args.aside:
        wire = [i for i in wire if not set_aside(i["group"], args.aside)]
    # the probes are left out by default: they are the coder's out-of-sample check, and a model
    # trained on them closes their known gaps by memory (docs/events.md)
    items = wire + _plover_items(args.shared) + (_probe_items() if args.with_probes else [])
    _use_weights(None)  # the pairs are the rule coder's own, never a previous model's
    base_pred, pairs = _analyze(items, record=True)
    rows = labelled_pairs(items, pairs)
    model = fit(rows)
    counts = {label: sum(1 for r in rows if r[2] == label) for label in la.LABELS}
    if args.check:
        committed = json.loads(la.MODEL_PATH.read_text(encoding="utf-8"))
        same = same_weights(committed, model)
        print("committed weights equal a retrain" if same else "committed weights DIFFER from a retrain")
        sys.exit(0 if same else 1)
    model["training"] = {
        "date": dt.date.today().isoformat(),
        "sources": "real-news CAMEO batches 1-4 (benchmarks/wire_cameo_gold.jsonl), PLOVER dev read half, "
                   + ("probe files tests/events/probes_*.py; " if args.with_probes else "")
                   + "pairs from the rule coder's readings",
        "sentences": {k: sum(1 for i in items if i["kind"] == k) for k in ("wire", "plover", "probe")},
        "pairs": counts, "features": len(model["weights"]), "C": C, "seed": SEED,
        "command": ".venv/bin/python tools/train_attacher.py",
    }
    if not args.no_cv:
        figures = cross_validate(args.shared, args.out, wire, rows, base_pred, args.folds)
        model["cross_validation"] = {"folds": args.folds, "grouped_by": "story", **figures}
        model["threshold"] = choose_threshold(figures)
        (args.out / "cv.json").write_text(json.dumps(model["cross_validation"], indent=1), encoding="utf-8")
        print(json.dumps(model["cross_validation"], indent=1))
    if args.threshold is not None:
        model["threshold"] = args.threshold
    args.write.write_text(_dumps(model), encoding="utf-8")
    print(f"wrote {args.write}: {len(model['weights'])} features, pairs {counts}")


if __name__ == "__main__":
    main()
