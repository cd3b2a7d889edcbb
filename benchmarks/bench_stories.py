"""Story threading accuracy: pairwise precision / recall / F1 on the generated set (story_set.py).

    .venv/bin/python benchmarks/bench_stories.py [--shared ../shared] [--rounds 5] [--json]

Each round generates the set with its own seed (shuffles, dropped paragraphs), writes it to a
temporary directory and ingests it at structure level in its own shuffled arrival order (threads are
assigned incrementally, one article at a time, as in any ingest); then
the stored threads are compared with the truth: a pair of documents is a true positive when both
are in one stored story and one true story. A *false merge from the same dateline and day* is a
predicted pair from different true stories with the same agency, dateline place and day; the target
is none.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from story_set import PARTS, documents  # noqa: E402
from wirewatch.store import Store  # noqa: E402


def pairs(groups: dict[str, str]) -> set[frozenset[str]]:
    by_group: dict[str, list[str]] = {}
    for doc, group in groups.items():
        by_group.setdefault(group, []).append(doc)
    return {frozenset(p) for members in by_group.values() for p in itertools.combinations(sorted(members), 2)}


def run_once(docs: list[tuple[str, str, str]], order_seed: int) -> dict[str, Any]:
    order = list(docs)
    random.Random(order_seed).shuffle(order)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        names = {}
        for n, (doc_id, _, text) in enumerate(order):
            path = folder / f"{n:04d}.txt"
            path.write_text(text, encoding="utf-8")
            names[str(path)] = doc_id
        store = Store(Path(tmp) / "stories.db")
        started = time.perf_counter()
        for path in sorted(names):  # one file at a time: the order is the arrival order
            store.ingest([path], only="structure")
        seconds = time.perf_counter() - started
        conn = store._read()
        rows = conn.execute("SELECT a.id, m.story, m.agency, m.place, m.day, m.reason, b.id AS matched "
                            "FROM story_members m JOIN articles a ON a.uid = m.uid "
                            "LEFT JOIN articles b ON b.uid = m.matched").fetchall()
        # the counts kept as articles join and stories merge, against a recount
        miscounted = [r["story"] for r in conn.execute(
            "SELECT s.story FROM stories s WHERE s.articles <> (SELECT count(*) FROM story_members m "
            "WHERE m.story = s.story) OR s.agencies <> (SELECT count(DISTINCT COALESCE(agency, '')) "
            "FROM story_members m WHERE m.story = s.story)")]
        store.close()
    truth = {doc_id: label for doc_id, label, _ in docs}
    predicted = {names[r["id"]]: str(r["story"]) for r in rows}
    facts = {names[r["id"]]: (r["agency"], r["place"], r["day"]) for r in rows}
    gold, got = pairs(truth), pairs(predicted)
    tp = len(gold & got)
    precision = tp / len(got) if got else 1.0
    recall = tp / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    false_merges = sorted(tuple(sorted(p)) for p in got - gold)
    same_place_day = [p for p in false_merges
                      if facts[p[0]] == facts[p[1]] and facts[p[0]][0] and facts[p[0]][1] and facts[p[0]][2]]
    missed = sorted(tuple(sorted(p)) for p in gold - got)
    reasons = {names[r["id"]]: f"{r['reason']} (with {names.get(r['matched'])})" for r in rows if r["reason"]}
    return {"documents": len(docs), "stored": len(rows), "true_pairs": len(gold), "predicted_pairs": len(got),
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "false_merges": false_merges, "false_merges_same_dateline_day": same_place_day,
            "missed": missed, "miscounted": miscounted, "reasons": reasons, "tp": tp,
            "seconds": round(seconds, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    shared = args.shared if args.shared.exists() else None
    results = [run_once(documents(shared, part, seed=seed), seed)
               for seed in range(args.rounds) for part in range(PARTS)]
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for n, r in enumerate(results):
        print(f"round {n // PARTS} part {n % PARTS}: {r['documents']} docs, {r['true_pairs']} true pairs, "
              f"{r['predicted_pairs']} predicted; P {r['precision']:.3f} R {r['recall']:.3f} "
              f"F1 {r['f1']:.3f}; "
              f"false merges {len(r['false_merges'])} (same dateline+day "
              f"{len(r['false_merges_same_dateline_day'])}); {len(r['miscounted'])} stories miscounted; "
              f"{r['seconds']} s")
        for pair in r["false_merges"]:
            print("   false merge:", *pair, "|", r["reasons"].get(pair[0]), "|", r["reasons"].get(pair[1]))
        for pair in r["missed"]:
            print("   missed:", *pair)
    tp = sum(r["tp"] for r in results)
    gold = sum(r["true_pairs"] for r in results)
    got = sum(r["predicted_pairs"] for r in results)
    precision, recall = tp / got if got else 1.0, tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    same_day = sum(len(r["false_merges_same_dateline_day"]) for r in results)
    print(f"overall: {sum(r['documents'] for r in results)} documents ingested, {gold} true pairs, "
          f"{got} predicted: "
          f"precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}; false merges from the same dateline "
          f"and day: {same_day}")


if __name__ == "__main__":
    main()
