"""Conflict census on unseen copy (tenth session, conflict11): how often does wire wording of demands,
rejections, threats, protest, force posture, reduced relations, coercion, assault, fighting and mass
violence (CAMEO roots 10 and 12-20) get a conflict root from the coder?

    .venv/bin/python benchmarks/conflict_census.py [--shared ../shared] [--out /tmp/conflict_census]
        [--per-corpus 150] [--seed conflict11] [--skip-run] [--judged FILE]

A sibling of crit_census.py with the same sampling: sentences come from stories that no gold batch uses
(`wire_cameo_sentences.unused_stories`, which leaves out the stories reserved for the batch-8
annotator: an even first hex digit of sha1("batch8:" + key)). A sentence enters when it matches CUES, a
broad list of conflict wording written for this census from the CAMEO codebook's root names, not from
any gold sentence. Text is written only under --out (outside the repository). Each sentence is counted
as coded_conflict (some 10 or 12-20 triple), coded_other_root, act_no_dyad or nothing; census.jsonl
keeps the codes per sentence so that a before/after diff lists the changed sentences for judging.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("polnear_train", "polnear_dev", "reuters21578_dev", "timeml_dev", "wire_raw_sample")

# Conflict wording for CAMEO 10 and 12-20, broad on purpose (a census cue, not a trigger): false alarms
# (markets, sports, crime news between private people) are judged by hand; misses are what it is for.
CUES = re.compile(
    r"\b(demand(ed|s|ing)?|insist(ed|s)? (on|that)|ultimatum|reject(ed|s|ing)?|rebuff\w*|spurn\w*|"
    r"refus(ed|es|ing)|veto(ed|es)?|threat(en\w*|s)?|warn(ed|s|ing)?|protest\w*|demonstrat(ors?|ions?)|"
    r"rall(y|ied|ies)|march(ed|es)|boycott\w*|walk ?out|strike|sit-in|hunger strike|riot\w*|"
    r"(on|high) alert|mobili[sz]\w*|troops|massed|build-?up|war ?ships|manoeuvres|maneuvers|military drills|"
    r"sanction\w*|embargo\w*|expel\w*|expulsion|recall(ed|s|ing)?|sever(ed|s|ing)?\b|broke off|break off|"
    r"suspend\w*|suspension|cut off|freez\w*|froze|downgrad\w*|persona non grata|"
    r"arrest\w*|detain\w*|detention|seiz\w*|confiscat\w*|ban(ned|s)?\b|outlaw\w*|deport\w*|"
    r"crack(ed)? ?down|curfew|martial law|state of emergency|impos(ed|es|ing)|"
    r"attack\w*|assault\w*|bomb\w*|shell(ed|ing)|kill(ed|ing|s)?|kidnap\w*|abduct\w*|hostage\w*|"
    r"torture\w*|assassinat\w*|air ?strikes?|raid\w*|ambush\w*|invad\w*|invasion|occup(y|ied|ation)|"
    r"fight\w*|fought|clash\w*|battl\w*|offensive|shot|fired|rockets?|missiles?|ceasefire|"
    r"massacre\w*|genocide|ethnic cleansing|blockade\w*|besieg\w*|siege)\b",
    re.IGNORECASE)


def cue_sentences(shared: Path, per_corpus: int, seed: str,
                  used: set[str] | frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import wire_cameo_sentences as wire

    rows: list[dict[str, Any]] = []
    for corpus in CORPORA:
        found = []
        # unused_stories leaves out the stories batch 8 reserved (an even sha1("batch8:" + key) digit)
        for key, record in wire.unused_stories(shared, corpus).items():
            raw = wire.story_text(record)
            for index, (start, end) in enumerate(wire.sentence_spans(raw)):
                if f"{corpus}:{key}:{index}" in used:
                    continue
                text = wire.normalise(raw[start:end])
                cue = CUES.search(text)
                if cue is None or len(text) > 400:
                    continue
                found.append({"id": f"{corpus}:{key}:{index}", "text": text, "date": wire.story_date(record),
                              "cue": cue.group(0).lower()})
        found.sort(key=lambda r: hashlib.sha1(f"{seed}:{r['id']}".encode()).hexdigest())
        rows.extend(found[:per_corpus])
    return rows


def codes_of(row: dict[str, Any]) -> list[str]:
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


CONFLICT_ROOTS = {"10", "12", "13", "14", "15", "16", "17", "18", "19", "20"}


def outcome(codes: list[str], acts: list[str]) -> str:
    roots = {c.rsplit(":", 1)[1][:2] for c in codes}
    if roots & CONFLICT_ROOTS:
        return "coded_conflict"
    if roots:
        return "coded_other_root"
    return "act_no_dyad" if acts else "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("/tmp/conflict_census"))
    parser.add_argument("--per-corpus", type=int, default=150)
    parser.add_argument("--seed", default="conflict11")
    parser.add_argument("--skip-run", action="store_true")
    parser.add_argument("--judged", type=Path,
                        help="verdicts by sentence id: a right two-digit CAMEO root, or other")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a judged file whose sentence ids are left out (a fresh draw)")
    args = parser.parse_args()
    if not (args.shared / "data/quotes/polnear_train.jsonl").exists():
        sys.exit(f"the census corpora are not under {args.shared}/data: nothing to count")
    args.out.mkdir(parents=True, exist_ok=True)
    used = {key for path in args.exclude for key in json.loads(path.read_text(encoding="utf-8"))}
    rows = cue_sentences(args.shared, args.per_corpus, args.seed, used)
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
    if args.judged:
        verdicts = json.loads(args.judged.read_text(encoding="utf-8"))
        judged: Counter[str] = Counter()
        for row in rows:
            verdict = verdicts.get(row["id"])
            if verdict:
                judged[f"{verdict}:{results[row['id']]}"] += 1
        print("judged", json.dumps(dict(sorted(judged.items()))))


if __name__ == "__main__":
    main()
