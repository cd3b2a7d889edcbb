"""How often the constructions of wip/mil14 (the parties of force) occur, before any rule is written:
a cue count over the sentences of unused stories (`wire_cameo_sentences.unused_stories`, batch 8's
reserved stories left out) and, for comparison, over the development batches 1-4.

    nice .venv/bin/python benchmarks/force_census.py [--shared ../shared] [--dev-input /tmp/wc-X/input.jsonl]

`--dev-input` is the input.jsonl that `eval_wire_cameo.py --out /tmp/wc-X --batch 1,2,3,4` writes (never
a held-out batch). Prints counts per construction and, with `--refs`, the sentence references (corpus,
story, index) of each hit; `--json` writes the same (benchmarks/force_census_counts.json holds the
twelfth session's run); no sentence text is printed or written. The counts are in docs/events.md
("Twelfth session: the parties of force").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wire_cameo_sentences as wire  # noqa: E402
from wire_cameo_sentences import normalise  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIGHT = r"(?:clash(?:es)?|fighting|battles?|skirmish(?:es)?|gunbattles?|firefights?|exchanges? of fire)"
FORCE = (r"(?:warplanes|planes|jets|aircraft|troops|forces|army|navy|gunboats|warships|soldiers|artillery"
         r"|units)")
# one cue per construction the brief named; a cue over-counts (it does not parse), so a zero is a zero
CUES = {
    "casualties of a fight (killed/wounded in clashes)":
        re.compile(r"\b(?:killed|wounded|injured|hurt|died)\s+(?:\w+\s+){0,2}(?:in|during)\s+(?:\w+\s+){0,2}"
                   + FIGHT + r"\b", re.I),
    "fight + between": re.compile(FIGHT + r"\s+between\b", re.I),
    "fight broke out / erupted ... between":
        re.compile(FIGHT + r"\s+(?:broke out|erupted|raged|flared|continued|began|started)\s+(?:\w+\s+){0,3}"
                   r"between\b", re.I),
    "came under fire / attack / shelling":
        re.compile(r"\bc(?:a|o)me?s?\s+under\s+(?:\w+\s+){0,2}"
                   r"(?:fire|attack|shelling|bombardment|gunfire)\b", re.I),
    "gerund act subject (Shelling by / Fighting between)":
        re.compile(r"^(?:Shelling|Bombing|Fighting|Shooting|Firing)\s+(?:by|between)\b"),
    "X-led forces": re.compile(r"\b[A-Z][A-Za-z.]*-led\s+(?:forces|troops|coalition|army|alliance)\b"),
    "X-backed group": re.compile(r"\b[A-Z][A-Za-z.]*-backed\s+\w+"),
    "its / their + force noun": re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?" + FORCE + r"\b", re.I),
    "troops loyal to": re.compile(r"\bloyal to\b", re.I),
    "engaged with": re.compile(r"\bengaged with\b", re.I),
    "killed by X fire": re.compile(r"\bkilled by\s+(?:\w+\s+){0,2}fire\b", re.I),
    "suffered losses / casualties (in an attack)":
        re.compile(r"\b(?:suffered|sustained|incurred|took)\s+(?:\S+\s+){0,3}"
                   r"(?:casualties|losses|damage)\b", re.I),
}


def unused(shared: Path) -> Iterator[tuple[str, str]]:
    for corpus in wire.CORPORA:
        for key, record in wire.unused_stories(shared, corpus).items():
            raw = wire.story_text(record)
            for index, (start, end) in enumerate(wire.sentence_spans(raw)):
                yield f"{corpus}:{key}:{index}", normalise(raw[start:end])


def dev(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        yield row["id"], row["text"]


def count(rows: Iterator[tuple[str, str]]) -> tuple[int, dict[str, list[str]]]:
    hits: dict[str, list[str]] = {name: [] for name in CUES}
    n = 0
    for sid, text in rows:
        n += 1
        for name, cue in CUES.items():
            if cue.search(text):
                hits[name].append(sid)
    return n, hits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dev-input", type=Path, help="input.jsonl of an eval_wire_cameo run on batches 1-4")
    ap.add_argument("--refs", action="store_true", help="list the references of each hit")
    ap.add_argument("--json", type=Path, help="also write the counts and references (no text) here")
    args = ap.parse_args()
    sets = [("unused stories", unused(args.shared))]
    if args.dev_input is not None:
        sets.append(("batches 1-4", dev(args.dev_input)))
    report: dict[str, dict[str, object]] = {}
    for name, rows in sets:
        n, hits = count(rows)
        report[name] = {"sentences": n, "hits": hits}
        print(f"{name}: {n} sentences")
        for cue, refs in hits.items():
            print(f"  {len(refs):4d}  {cue}")
            if args.refs:
                for ref in refs:
                    print(f"          {ref}")
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
