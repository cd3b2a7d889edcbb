"""Criticism census on unseen copy (tenth session, crit11): how often does wire wording of blame and
disapproval get a CAMEO root 11 (or a 12 rejection) from the coder?

    .venv/bin/python benchmarks/crit_census.py [--shared ../shared] [--out /tmp/crit_census]
        [--per-corpus 150] [--seed crit11] [--skip-run] [--judged benchmarks/crit_census_judged.json]
        [--exclude benchmarks/crit_census_judged.json]   # a fresh draw (second pass, crit11b)

Sentences come from stories that no gold batch uses (`wire_cameo_sentences.unused_stories`) and whose key
has an ODD first hex digit of sha1("batch8:" + key): the even ones are reserved for the batch-8 annotator
and are never read here. A sentence enters the census when it matches CUES, a broad list of blame and
disapproval wording written for this census (verbs, nouns, idioms, adjectives of blame), not taken from
any gold sentence. Up to --per-corpus cue sentences per corpus are taken in the order of sha1(seed:id),
written with their text to --out (outside the repository: the text is research-use data), run through
`wirewatch analyze` one sentence at a time as the gold evaluation runs them, and counted: how many got
an 11x, a 12x, any other act, or nothing.

--judged reads a file of verdicts given by hand to sentence ids (ids only, no text): "crit" (the sentence
reports criticism, blame or an official complaint by one party about another: root 11 is right) or
"other" (a false alarm of the cue list: sports, markets, a quoted noun, no second party). With it the
census prints, before/after style, the share of "crit" sentences that got an 11x and the number of
"other" sentences that got one (false alarms coded).
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

# Blame and disapproval wording, broad on purpose (a census cue, not a trigger): false alarms are
# judged by hand, misses of the coder are what the census is for.
CUES = re.compile(
    r"\b(critici[sz]\w*|critic(s)?\b|condemn\w*|denounc\w*|denunciation|slamm?\w*|blast(ed|s|ing)?\b|"
    r"attack(ed|s|ing)?\b|accus\w*|blam\w*|faulted|rebuk\w*|lash\w*|hit out|(took|take|taking|takes) aim|"
    r"swipe|went after|go after|going after|called out|assail\w*|decr(y|ied|ies)|deplor\w*|lambast\w*|"
    r"excoriat\w*|derid\w*|mock(ed|s|ing)\b|ridicul\w*|disparag\w*|insult\w*|bash\w*|scold\w*|chid\w*|"
    r"reprimand\w*|complain\w*|protest(ed|s)?\b|objected|disapprov\w*|rail(ed|ing|s)? against|fired back|"
    r"hammer(ed|ing)|tore into|ripped|outrage\w*|furious|disgrace\w*|shameful|reckless|disaster|unfit|"
    r"irresponsible|hypocri\w*|liar|sued|lawsuit|rejected|dismissed|spurned|rebuff\w*|snubb\w*|scoff\w*|"
    r"pushed back|questioned|disputed|disagree\w*|contradict\w*|grill\w*|chastis\w*|berat\w*|vilif\w*|"
    r"smear\w*|knock(ed|ing)\b|jab|broadside|tirade|diatribe|rant\w*|chastise\w*|admonish\w*|rapped|"
    r"took issue|taken issue|took to task|anger(ed)?\b|angry|dismay\w*|displeasure|"
    r"unacceptable|regrettable|deeply concerned|dangerous|incompetent|failed|failure)\b",
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


def outcome(codes: list[str], acts: list[str]) -> str:
    roots = {c.rsplit(":", 1)[1][:2] for c in codes}
    if "11" in roots:
        return "coded_11"
    if "ACCUSE" in acts:
        return "accuse_no_dyad"
    if "12" in roots:
        return "coded_12"
    return "other_act" if acts else "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("/tmp/crit_census"))
    parser.add_argument("--per-corpus", type=int, default=150)
    parser.add_argument("--seed", default="crit11")
    parser.add_argument("--skip-run", action="store_true")
    parser.add_argument("--judged", type=Path, help="verdicts by sentence id: crit / other")
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
        crit = sum(v for k, v in judged.items() if k.startswith("crit:"))
        other = sum(v for k, v in judged.items() if k.startswith("other:"))
        print("judged", json.dumps({"crit": crit, "crit_coded_11": judged["crit:coded_11"],
                                    "other": other, "other_coded_11": judged["other:coded_11"],
                                    **dict(sorted(judged.items()))}))


if __name__ == "__main__":
    main()
