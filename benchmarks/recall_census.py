"""A blind recall census on unseen copy (eleventh session): sentences drawn without any verb or cue list,
annotated by hand BEFORE the coder runs on them, then scored and every miss sorted by cause.

    .venv/bin/python benchmarks/recall_census.py draw --seed 12 --corpora polnear_train,polnear_dev
        [--sentences 150] [--name polnear12] --out /tmp/rc12       # skeleton to annotate: /tmp/rc12/draw.json
        [--fresh]                           # --fresh: the stories of the judged file left out
    .venv/bin/python benchmarks/recall_census.py show --out /tmp/rc12 [--judged FILE]  # terminal only
    .venv/bin/python benchmarks/recall_census.py score [--judged benchmarks/recall_census_judged.json]
        [--out /tmp/rc-score] [--skip-run] [--errors]

`draw` takes the stories of `--corpora` that no gold batch uses (`wire_cameo_sentences.unused_stories`, which
also leaves out the stories reserved for batch 8), splits them with the gold set's splitter and keeps the
sentences that name at least two parties by their form alone (`names_two_parties`: two capitalised names
besides the first word; no verb or cue word decides), at most two per story, in an order fixed by `--seed`.
It writes references only (corpus, story, index, span, sha1, date) with an empty `expected` list for the
annotator; `show` rebuilds the sentences from ../shared for the terminal. Nothing of the copy enters the
project.

The judged file (`benchmarks/recall_census_judged.json`) holds, per draw, each sentence's reference and the
CAMEO triples an annotator writes under docs/events.md's annotation guide (none for a null case), with a
short note. `score` runs today's coder over every draw's sentences and prints, per draw: exact and
country + root precision / recall / F1 (the gold evaluation's arithmetic) and the causes of the misses
(`eval_wire_cameo.breakdown`: nothing found, an act without a dyad, wrong root, another actor, another code);
`--errors` lists each miss and extra triple with its sentence, on the terminal only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eval_wire_cameo import _pred_triples, breakdown
from precision_census import _sentence
from wire_cameo_sentences import normalise, sentence_spans, story_date, story_text, text_hash, unused_stories

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "recall_census_judged.json"
PER_STORY = 2
Triple = tuple[str, str, str]

# A capitalised name (one or more capitalised words, "U.S." and "al-Assad" included); the sentence's first
# word is skipped, since any word is capitalised there. Words that are capitalised by convention but name no
# party (days, months, the pronoun I) do not count.
_NAME = re.compile(r"(?<![\w.])(?:[A-Z][\w.'’-]*(?:\s+(?:of|the|de|al)?\s*[A-Z][\w.'’-]*)*)")
_NOT_PARTY = frozenset({"I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                        "January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December", "Mr.", "Mrs.", "Ms."})


def names_two_parties(text: str) -> bool:
    """Two distinct capitalised names after the first word: a sentence dense in parties, picked by form."""
    first = re.match(r"\S+\s*", text)
    body = text[first.end():] if first else text
    names = {m.group(0).rstrip(".,'’") for m in _NAME.finditer(body)}
    return len(names - _NOT_PARTY) >= 2


def judged_stories(judged: Path) -> set[tuple[str, str]]:
    """(corpus, story) of every sentence a judged file holds: a --fresh draw leaves those stories out."""
    if not judged.exists():
        return set()
    data = json.loads(judged.read_text(encoding="utf-8"))
    return {(r["corpus"], r["story"]) for d in data["draws"].values() for r in d["sentences"]}


def draw(shared: Path, corpora: list[str], seed: int, n: int, name: str, out: Path,
         per_story: int = PER_STORY, skip: set[tuple[str, str]] | None = None) -> None:
    rng = random.Random(seed)
    pool: list[dict[str, Any]] = []
    for corpus in corpora:
        for key, record in sorted(unused_stories(shared, corpus).items()):
            if (corpus, key) in (skip or set()):
                continue
            raw = story_text(record)
            spans = [(i, s, e) for i, (s, e) in enumerate(sentence_spans(raw))
                     if 40 <= len(normalise(raw[s:e])) <= 400 and names_two_parties(normalise(raw[s:e]))]
            for index, start, end in rng.sample(spans, min(per_story, len(spans))):
                pool.append({"corpus": corpus, "story": key, "index": index, "start": start, "end": end,
                             "sha1_12": text_hash(raw[start:end]), "date": story_date(record),
                             "expected": [], "note": ""})
    picked = sorted(rng.sample(pool, min(n, len(pool))), key=lambda r: (r["corpus"], r["story"], r["index"]))
    coder = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                           cwd=ROOT).stdout.strip()
    out.mkdir(parents=True, exist_ok=True)
    data = {name: {"seed": seed, "corpora": corpora, "coder": coder, "sentences": picked}}
    (out / "draw.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    print(f"seed {seed}: {len(pool)} candidate sentences, {len(picked)} drawn -> {out / 'draw.json'}")


def _sid(ref: dict[str, Any]) -> str:
    return f"{ref['corpus']}:{ref['story']}:{ref['index']}"


def show(shared: Path, draws: dict[str, Any]) -> None:
    """Each sentence with its reference and any triples already written (terminal only)."""
    cache: dict[str, dict[str, Any]] = {}
    for name, d in draws.items():
        for n, ref in enumerate(d["sentences"]):
            gold = [f"{e['source']}>{e['target']}:{e['code']}" for e in ref["expected"]]
            print(f"[{name} {n}] {_sid(ref)} {ref['date']} {gold}")
            print("    ", _sentence(shared, ref, cache))


def _prf(tp: int, pred: int, gold: int) -> str:
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, pred {pred}, gold {gold})"


def _coarse(triples: set[Triple]) -> set[Triple]:
    """Country + root, as score.py's triple_country_root compares them."""
    return {(s[:3], t[:3], c[:2]) for s, t, c in triples}


def score(shared: Path, draws: dict[str, Any], out: Path, skip_run: bool, errors: bool) -> None:
    from precision_census import run_coder

    cache: dict[str, dict[str, Any]] = {}
    records = [{**ref, "id": _sid(ref), "half": name, "text": _sentence(shared, ref, cache)}
               for name, d in draws.items() for ref in d["sentences"]]
    pred = out / "pred.jsonl"
    if not skip_run:
        run_coder(records, out)
    rows = {r["id"]: r for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())}
    for name in draws:
        counts: Counter[str] = Counter()
        for rec in (r for r in records if r["half"] == name):
            gold = {(e["source"], e["target"], e["code"]) for e in rec["expected"]}
            got = _pred_triples(rows.get(rec["id"]))
            counts.update({"tp": len(gold & got), "pred": len(got), "gold": len(gold),
                           "ctp": len(_coarse(gold) & _coarse(got)), "cpred": len(_coarse(got)),
                           "cgold": len(_coarse(gold))})
            if errors and gold != got:
                print(f"MISS {rec['id']} gold={sorted(gold)} pred={sorted(got)}  [{rec['note']}]")
                print("     ", rec["text"])
        print(name, json.dumps({"sentences": sum(1 for r in records if r["half"] == name),
                                "triple_exact": _prf(counts["tp"], counts["pred"], counts["gold"]),
                                "triple_country_root": _prf(counts["ctp"], counts["cpred"],
                                                            counts["cgold"])}))
    for name, causes in breakdown(records, pred).items():
        if name != "all" or len(draws) > 1:
            print(name, "causes", json.dumps(causes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("draw", "show", "score"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("/tmp/recall_census"))
    parser.add_argument("--corpora", default="polnear_train,polnear_dev")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--sentences", type=int, default=150)
    parser.add_argument("--name", default="polnear12")
    parser.add_argument("--per-story", type=int, default=PER_STORY,
                        help="draw: sentences per story at most (a wide unjudged draw for diffs)")
    parser.add_argument("--judged", type=Path, default=JUDGED,
                        help="show/score: the judged file (show falls back to --out/draw.json)")
    parser.add_argument("--fresh", action="store_true",
                        help="draw: leave out every story the judged file already holds a sentence of")
    parser.add_argument("--skip-run", action="store_true", help="score: reuse --out/pred.jsonl")
    parser.add_argument("--errors", action="store_true", help="score: list misses with their sentences")
    args = parser.parse_args()
    if not (args.shared / "data").exists():
        sys.exit(f"{args.shared}: absent; the census needs ../shared's wire copy")
    if args.command == "draw":
        skip = judged_stories(args.judged) if args.fresh else None
        draw(args.shared, args.corpora.split(","), args.seed, args.sentences, args.name, args.out,
             args.per_story, skip)
        return
    path = args.judged if args.judged.exists() else args.out / "draw.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    draws = data.get("draws", data)
    if args.command == "show":
        show(args.shared, draws)
    else:
        score(args.shared, draws, args.out, args.skip_run, args.errors)


if __name__ == "__main__":
    main()
