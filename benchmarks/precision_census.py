"""How many of the CAMEO triples the coder emits on copy nobody annotated are right: a precision census.

    .venv/bin/python benchmarks/precision_census.py draw --seed 11 --out /tmp/pc11 [--triples 150] [--fresh]
    .venv/bin/python benchmarks/precision_census.py show --out /tmp/pc11          # sentences, for judging
    .venv/bin/python benchmarks/precision_census.py score [--judged benchmarks/precision_census_judged.json]
        [--rerun --out /tmp/pc-rerun]

`draw` takes stories no gold batch uses from four corpora (`wire_cameo_sentences.unused_stories`, which
keeps only keys with an ODD first hex digit of sha1("batch8:" + key): the even ones are reserved for the
batch-8 annotator), splits them into sentences with the gold set's splitter, runs `wirewatch analyze`
on each sentence with its story's date (as `eval_wire_cameo.py` does), and draws `--triples` of the
emitted (source, target, code) triples at random (`--fresh`: leaving out the stories the judged file
already holds). It writes references only (corpus, story, sentence index,
span, sha1 of the sentence, the triple); `show` rebuilds each sentence from ../shared for the judge's
terminal. Nothing of the copy is written into the project.

The judged file (`benchmarks/precision_census_judged.json`) keeps, per draw, each triple's reference and a
verdict: `right`, `wrong_root`, `wrong_code` (right root, another code), `wrong_source`, `wrong_target`,
`not_event` (no act between the parties: forecast, business, sports, history, hypothetical, negated,
rumour, the same act counted twice ...), with a short reason in our own words. `score` recomputes the
precision estimate and its split from the verdicts; `--rerun` runs the current coder again over the judged
sentences and reports which judged triples it still emits: right ones kept, wrong ones removed, and so the
precision of what is left (a triple the new coder adds is not judged and is only counted; one that
matches a wrong triple's `should_be` [source, target, code], or its dyad with `code_should_be`, is
counted as corrected).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from wire_cameo_sentences import normalise, sentence_spans, story_date, story_text, text_hash, unused_stories

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "benchmarks" / "precision_census_judged.json"
CENSUS_CORPORA = ("reuters21578_dev", "timeml_dev", "wire_raw_sample", "polnear_train")
VERDICTS = ("right", "wrong_root", "wrong_code", "wrong_source", "wrong_target", "not_event")
# Stories per corpus and sentences per story: enough sentences for a few hundred emitted triples, with no
# single long story dominating the draw.
STORIES_PER_CORPUS = 160
SENTENCES_PER_STORY = 12


def judged_stories(judged: Path) -> set[tuple[str, str]]:
    """(corpus, story key) of every story an earlier draw in the judged file took a triple from."""
    if not judged.exists():
        return set()
    data = json.loads(judged.read_text(encoding="utf-8"))
    return {(t["corpus"], t["story"]) for d in data["draws"].values() for t in d["triples"]}


def pick_sentences(shared: Path, seed: int, skip: set[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
    """References (and, for the run only, text) of the sentences a draw with `seed` codes; stories in
    `skip` (already judged) are left out, so a later draw is fresh copy."""
    rng = random.Random(seed)
    rows = []
    for corpus in CENSUS_CORPORA:
        # unused_stories already leaves out the stories batch 8 reserved
        stories = {k: r for k, r in unused_stories(shared, corpus).items()
                   if (corpus, k) not in (skip or set())}
        for key in rng.sample(sorted(stories), min(STORIES_PER_CORPUS, len(stories))):
            raw = story_text(stories[key])
            spans = sentence_spans(raw)
            chosen = sorted(rng.sample(range(len(spans)), min(SENTENCES_PER_STORY, len(spans))))
            for index in chosen:
                start, end = spans[index]
                text = normalise(raw[start:end])
                if len(text) < 30:
                    continue
                rows.append({"id": f"{corpus}:{key}:{index}", "corpus": corpus, "story": key, "index": index,
                             "start": start, "end": end, "sha1_12": text_hash(raw[start:end]),
                             "date": story_date(stories[key]), "text": text})
    return rows


def run_coder(rows: list[dict[str, Any]], out: Path) -> dict[str, set[tuple[str, str, str]]]:
    """Sentence id -> the (source, target, code) triples `wirewatch analyze` emits for it."""
    out.mkdir(parents=True, exist_ok=True)
    inp = out / "input.jsonl"
    inp.write_text("".join(json.dumps({k: r[k] for k in ("id", "text", "date")}) + "\n" for r in rows),
                   encoding="utf-8")
    pred = out / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(inp), "--text-field", "text",
                        "--id-field", "id", "--date-field", "date", "--workers", "2"], stdout=fh, check=True)
    emitted: dict[str, set[tuple[str, str, str]]] = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        triples = set()
        for event in row.get("events") or []:
            if event.get("cameo"):
                triples.add(((event.get("source") or {}).get("code") or "",
                             (event.get("target") or {}).get("code") or "", str(event["cameo"])))
        emitted[row["id"]] = triples
    return emitted


def draw(shared: Path, seed: int, n_triples: int, out: Path,
         skip: set[tuple[str, str]] | None = None) -> None:
    rows = pick_sentences(shared, seed, skip)
    emitted = run_coder(rows, out)
    pool = [(r, t) for r in rows for t in sorted(emitted.get(r["id"], ()))]
    sample = random.Random(seed).sample(pool, min(n_triples, len(pool)))
    sample.sort(key=lambda rt: (rt[0]["id"], rt[1]))
    refs = [{**{k: r[k] for k in ("corpus", "story", "index", "start", "end", "sha1_12", "date")},
             "source": t[0], "target": t[1], "code": t[2], "verdict": "", "reason": ""} for r, t in sample]
    summary = {"seed": seed, "sentences": len(rows),
               "sentences_with_triples": sum(1 for v in emitted.values() if v),
               "triples_emitted": len(pool), "triples": refs}
    (out / "draw.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(f"seed {seed}: {len(rows)} sentences, {len(pool)} triples emitted, {len(refs)} drawn -> "
          f"{out / 'draw.json'}")


def _sentence(shared: Path, ref: dict[str, Any], cache: dict[str, dict[str, Any]]) -> str:
    from wire_cameo_sentences import load_stories
    if ref["corpus"] not in cache:
        cache[ref["corpus"]] = load_stories(shared, ref["corpus"])
    raw = story_text(cache[ref["corpus"]][ref["story"]])
    if text_hash(raw[ref["start"]:ref["end"]]) != ref["sha1_12"]:
        raise SystemExit(f"{ref['story']}:{ref['index']}: the sentence no longer matches its hash")
    return normalise(raw[ref["start"]:ref["end"]])


def show(shared: Path, out: Path) -> None:
    """Print each drawn triple with its sentence (to the terminal only: never into the project)."""
    data = json.loads((out / "draw.json").read_text(encoding="utf-8"))
    cache: dict[str, dict[str, Any]] = {}
    for n, ref in enumerate(data["triples"]):
        print(f"[{n}] {ref['corpus']}:{ref['story']}:{ref['index']} {ref['date']}  "
              f"{ref['source']}>{ref['target']}:{ref['code']}")
        print("    ", _sentence(shared, ref, cache))


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson interval of a proportion k/n."""
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def estimate(triples: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision (share judged right) with its interval, and the count of each verdict."""
    verdicts = Counter(t["verdict"] for t in triples)
    unknown = set(verdicts) - set(VERDICTS)
    if unknown:
        raise SystemExit(f"unknown verdicts {sorted(unknown)}: use one of {', '.join(VERDICTS)}")
    n, right = len(triples), verdicts["right"]
    low, high = wilson(right, n)
    return {"n": n, "precision": round(right / n, 3) if n else 0.0,
            "interval95": [round(low, 3), round(high, 3)], "verdicts": dict(verdicts.most_common())}


def rerun(shared: Path, triples: list[dict[str, Any]], out: Path) -> dict[str, Any]:
    """Run today's coder over the judged sentences: which judged triples it still emits."""
    cache: dict[str, dict[str, Any]] = {}
    rows, seen = [], set()
    for ref in triples:
        sid = f"{ref['corpus']}:{ref['story']}:{ref['index']}"
        if sid not in seen:
            seen.add(sid)
            rows.append({"id": sid, "text": _sentence(shared, ref, cache), "date": ref["date"]})
    emitted = run_coder(rows, out)
    kept = [t for t in triples if (t["source"], t["target"], t["code"]) in emitted.get(_sid(t), ())]
    judged = {(_sid(t), t["source"], t["target"], t["code"]) for t in triples}
    new = sum(1 for sid, ts in emitted.items() for t in ts if (sid, *t) not in judged)
    right_before = sum(1 for t in triples if t["verdict"] == "right")
    right_kept = sum(1 for t in kept if t["verdict"] == "right")
    wrong_kept = len(kept) - right_kept
    corrections = [(t, _should_be(t)) for t in triples if t["verdict"] != "right" and _should_be(t)]
    corrected = sum(1 for t, fix in corrections if fix in emitted.get(_sid(t), ()))
    return {"still_emitted": estimate(kept), "right_kept": f"{right_kept}/{right_before}",
            "wrong_removed": f"{len(triples) - right_before - wrong_kept}/{len(triples) - right_before}",
            "wrong_now_corrected": f"{corrected}/{len(corrections)}",
            "new_unjudged_triples": new}


def _should_be(ref: dict[str, Any]) -> tuple[str, str, str] | None:
    """The triple the judge wrote down as right for a wrong one: `should_be` [source, target, code], or
    the emitted dyad with `code_should_be` (code census draws)."""
    if ref.get("should_be"):
        source, target, code = ref["should_be"]
        return source, target, code
    if ref.get("code_should_be"):
        return ref["source"], ref["target"], ref["code_should_be"]
    return None


def _sid(ref: dict[str, Any]) -> str:
    return f"{ref['corpus']}:{ref['story']}:{ref['index']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("draw", "show", "score"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "precision_census")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--triples", type=int, default=150)
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--fresh", action="store_true",
                        help="draw: leave out every story the judged file already took a triple from")
    parser.add_argument("--rerun", action="store_true",
                        help="score: run today's coder over the judged sentences")
    args = parser.parse_args()
    if not (args.shared / "data").exists():
        sys.exit(f"{args.shared}: absent; the census needs ../shared's wire copy")
    if args.command == "draw":
        skip = judged_stories(args.judged) if args.fresh else None
        draw(args.shared, args.seed, args.triples, args.out, skip)
    elif args.command == "show":
        show(args.shared, args.out)
    else:
        data = json.loads(args.judged.read_text(encoding="utf-8"))
        for name, draw_data in data["draws"].items():
            print(name, json.dumps(estimate(draw_data["triples"])))
            if args.rerun:
                print(name, "rerun", json.dumps(rerun(args.shared, draw_data["triples"], args.out / name)))


if __name__ == "__main__":
    main()
