"""How often the force and coercion constructions of wip/gsrforce occur, before any rule is written: a cue
count over the sentences of unused stories (`wire_cameo_sentences.unused_stories`, batch 8's reserved
stories left out) and, for comparison, over the development batches 1-4.

    nice .venv/bin/python benchmarks/gsrforce_census.py [--shared ../shared] \
        [--dev-input /tmp/wc-X/input.jsonl]

Same interface as `force_census.py` (which it reuses); a cue over-counts (it does not parse). No sentence
text is printed or written. The counts are in docs/events.md ("Thirteenth session: force and coercion").
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import force_census  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NAT = r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)"
CUES = {
    "harm verb + in a bomb attack / with a bomb":
        re.compile(r"\b(?:killed|wounded|injured|maimed)\b[^.;]{0,60}?\b(?:in|with|by)\s+(?:an?|the|two|\w+)?\s*"
                   r"(?:\w+\s+){0,2}(?:bomb|bombing|grenade|explosive|explosion|blast)s?\b", re.I),
    "hand weapons (machetes, knives, clubs)":
        re.compile(r"\b(?:machetes?|knives|knife|clubs|axes|spears|sticks|iron bars)\b", re.I),
    "militia / gang / mob attacked or killed":
        re.compile(r"\b(?:militia(?:men|s)?|gangs?|mobs?|vigilantes)\b[^.;]{0,40}?\b(?:attack|kill|hack|beat|"
                   r"massacr|raid)\w*", re.I),
    "prepared / poised / ready to attack":
        re.compile(r"\b(?:prepar\w+|poised|ready|readied|readying|set)\s+to\s+(?:\w+\s+)?(?:attack|launch|shell|"
                   r"bomb|invade|strike|storm|assault|resume)\b", re.I),
    "on / near / along + the border (a place)":
        re.compile(r"\b(?:on|near|along|at|across)\s+(?:the\s+)?(?:[\w']+\s+){0,2}border\b", re.I),
    "kidnapped / abducted ... from":
        re.compile(r"\b(?:kidnap|abduct|seiz|snatch)\w*\b[^.;]{0,60}?\bfrom\b", re.I),
    "conjoined nationalities on one noun":
        re.compile(r"\b" + NAT + r"\s+and\s+" + NAT + r"\s+(?:refugees|civilians|soldiers|nationals|workers|"
                   r"troops|citizens|hostages|diplomats|villagers|students|tourists)\b"),
    "opened fire on / to disperse a crowd":
        re.compile(r"\bopen(?:ed|s)?\s+fire\b[^.;]{0,40}?\b(?:demonstrators|protesters|crowds?|marchers|"
                   r"rioters|students|mourners)\b", re.I),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dev-input", type=Path, help="input.jsonl of an eval_wire_cameo run on batches 1-4")
    args = ap.parse_args()
    force_census.CUES = CUES  # the same counting loop, these cues
    sets = [("unused stories", force_census.unused(args.shared))]
    if args.dev_input is not None:
        sets.append(("batches 1-4", force_census.dev(args.dev_input)))
    for name, rows in sets:
        n, hits = force_census.count(rows)
        print(f"{name}: {n} sentences")
        for cue, refs in hits.items():
            print(f"  {len(refs):4d}  {cue}")


if __name__ == "__main__":
    main()
