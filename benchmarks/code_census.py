"""Which CAMEO code the coder gives the acts it finds on copy nobody annotated: a code census.

    .venv/bin/python benchmarks/code_census.py run --out /tmp/cc-before        # code every unused sentence
    .venv/bin/python benchmarks/code_census.py triggers --out /tmp/cc-before   # triples by trigger and code
    .venv/bin/python benchmarks/code_census.py diff --out /tmp/cc-after --base /tmp/cc-before [--show]

`run` codes every sentence of every story no gold batch uses (`wire_cameo_sentences.unused_stories`,
odd-parity keys only, so batch 8's reserve is never read) in the five unused corpora, one sentence at a
time with its story's date, as `eval_wire_cameo.py` does, and keeps per emitted triple its trigger word
and reference (corpus, story, sentence index, span, sha1). `triggers` counts triples by trigger and code,
the list a lexicon audit starts from; `diff` lists the triples one run emits and the other does not
(a recode shows as one removed and one added on the same sentence), so a fix to the code arithmetic is
counted and judged on unseen copy. Sentences are printed (`--show`) to the terminal only; nothing of the
copy is written into the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from wire_cameo_sentences import normalise, sentence_spans, story_date, story_text, text_hash, unused_stories

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("reuters21578_dev", "timeml_dev", "wire_raw_sample", "polnear_train", "polnear_dev")


def sentences(shared: Path) -> list[dict[str, Any]]:
    """Every sentence (30 characters or more) of every unused story, with its reference and date."""
    rows = []
    for corpus in CORPORA:
        for key, record in sorted(unused_stories(shared, corpus).items()):
            raw = story_text(record)
            for index, (start, end) in enumerate(sentence_spans(raw)):
                text = normalise(raw[start:end])
                if len(text) >= 30:
                    rows.append({"id": f"{corpus}:{key}:{index}", "start": start, "end": end,
                                 "sha1_12": text_hash(raw[start:end]), "date": story_date(record),
                                 "text": text})
    return rows


def run(shared: Path, out: Path) -> None:
    rows = sentences(shared)
    out.mkdir(parents=True, exist_ok=True)
    inp = out / "input.jsonl"  # under --out (a /tmp path): the copy never enters the project
    inp.write_text("".join(json.dumps({k: r[k] for k in ("id", "text", "date")}) + "\n" for r in rows),
                   encoding="utf-8")
    with (out / "pred.jsonl").open("w", encoding="utf-8") as fh:
        subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(inp), "--text-field", "text",
                        "--id-field", "id", "--date-field", "date", "--workers", "2"], stdout=fh, check=True)
    refs = {r["id"]: r for r in rows}
    triples = []
    for line in (out / "pred.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for event in row.get("events") or []:
            if event.get("cameo"):
                ref = refs[row["id"]]
                triples.append({"id": row["id"], "start": ref["start"], "end": ref["end"],
                                "sha1_12": ref["sha1_12"],
                                "source": (event.get("source") or {}).get("code") or "",
                                "target": (event.get("target") or {}).get("code") or "",
                                "code": str(event["cameo"]), "trigger": (event.get("trigger") or "").lower(),
                                "type": event.get("type") or ""})
    (out / "triples.json").write_text(json.dumps({"sentences": len(rows), "triples": triples}, indent=0),
                                      encoding="utf-8")
    print(f"{len(rows)} sentences, {len(triples)} triples -> {out / 'triples.json'}")


def load(out: Path) -> list[dict[str, Any]]:
    return json.loads((out / "triples.json").read_text(encoding="utf-8"))["triples"]


def triggers(out: Path, top: int) -> None:
    counts = Counter((t["trigger"], t["code"]) for t in load(out))
    for (word, code), n in counts.most_common(top):
        print(f"{n:5d}  {word:18s} {code}")


def key(t: dict[str, Any]) -> tuple[str, str, str, str]:
    return t["id"], t["source"], t["target"], t["code"]


def diff(out: Path, base: Path, show: bool) -> None:
    texts = {}
    if show:
        texts = {json.loads(x)["id"]: json.loads(x)["text"]
                 for x in (out / "input.jsonl").read_text(encoding="utf-8").splitlines()}
    now, before = {key(t): t for t in load(out)}, {key(t): t for t in load(base)}
    gone = [before[k] for k in sorted(set(before) - set(now))]
    new = [now[k] for k in sorted(set(now) - set(before))]
    print(f"{len(before)} triples before, {len(now)} now: {len(gone)} removed, {len(new)} added")
    for sign, items in (("-", gone), ("+", new)):
        for t in items:
            print(f"{sign} {t['id']} {t['source']}>{t['target']}:{t['code']} ({t['trigger']})")
            if show:
                print("     ", texts.get(t["id"], ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("run", "triggers", "diff"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--base", type=Path, help="diff: the earlier run's --out")
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--show", action="store_true", help="diff: print each sentence (terminal only)")
    args = parser.parse_args()
    if args.command == "run":
        run(args.shared, args.out)
    elif args.command == "triggers":
        triggers(args.out, args.top)
    else:
        diff(args.out, args.base, args.show)


if __name__ == "__main__":
    main()
