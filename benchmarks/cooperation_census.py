"""Cooperation census: how the coder handles meeting, visit, support, agreement and aid wording (CAMEO
roots 01-08) in wire copy no gold batch uses.

    .venv/bin/python benchmarks/cooperation_census.py [--shared ../shared] [--stories 400]
        [--seed consult11] [--out /tmp/consult11-census] [--skip-run]

Stories that no batch of `benchmarks/wire_cameo_gold.jsonl` uses and that are not reserved for the
eighth batch (`wire_cameo_sentences.unused_stories`: only keys whose sha1("batch8:" + key) starts with an ODD
hex digit are read; the even ones belong to batch 8's annotator) are taken in the order of
sha1(seed:corpus:key), the first --stories of them. Their sentences with a cooperation cue (a broad cue
list of our own, `CUE`) are run through `wirewatch analyze` one by one, with the story's date, as the
real-news evaluation runs them, and each is put in one class:

- `dyad_0x`: a triple of root 01-08 with both a source and a target;
- `act_no_dyad`: an act of root 01-08 found, but no triple with both parties;
- `other_root`: only acts of other roots;
- `nothing`: no act at all.

`nothing` and `act_no_dyad` are split by the cue's form (`FORMS`: a light verb with an event noun, a
nominal event in a prepositional phrase, a participle after a preposition, a plain verb) and by whether
two countries are coded in the sentence at all (no dyad is possible otherwise). The sentences (research
data) are written only to --out, outside the repository, for reading there; the counts are printed.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from wire_cameo_sentences import (  # noqa: E402
    normalise,
    sentence_spans,
    story_date,
    story_text,
    unused_stories,
)

CORPORA = ("reuters21578_dev", "wire_raw_sample", "timeml_dev", "polnear_train")
# Cooperation wording, written from the CAMEO categories 01-08 (not from any gold sentence).
CUE = re.compile(
    r"\b(?:met|meets?|meeting|talks|visit(?:s|ed|ing)?|trip|tour(?:ed)?|hosts?|hosted|received|welcomed|"
    r"telephoned|phoned|(?:tele)?phone call|spoke|held discussions|sat down|summit|envoy|mediat\w+|"
    r"endors\w+|backed|praised|thanked|congratulat\w+|apologi[sz]\w+|pledged|offered|promised|signed|"
    r"agreed|agreement|accord|extradit\w+|granted|aid|assistance|support(?:ed|s)?|cooperat\w+|"
    r"negotiat\w+|consult\w+|conferred|invit\w+|appeal(?:ed)?|urged|called on|asked|ties|relations|"
    r"loan|credit|donat\w+|released|freed|eased|lifted)\b", re.IGNORECASE)
# PLOVER types whose CAMEO codes are roots 01-08 (an act with no dyad has a type but no CAMEO code).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"})
# The cue's form: which construction a missed sentence would need.
FORMS = (
    ("light_verb_noun", re.compile(
        r"\b(?:held|hold|holds|holding|had|have|has|began|begin|opened|open|resumed|resume|conducted|made|"
        r"make|paid|pay|wrapped up|concluded|attended|attend|started)\s+(?:\w+\s+){0,3}?"
        r"(?:talks|meetings?|discussions?|consultations?|negotiations?|visits?|trip|tour|summit|call|"
        r"conversation|dialogue|session)\b", re.IGNORECASE)),
    ("prep_nominal", re.compile(
        r"\b(?:at|during|after|before|following|ahead of|in|on|since|for)\s+(?:a|an|the|his|her|their|its|"
        r"this|last|next|two-day|three-day|\w+'s)?\s*(?:\w+\s+){0,2}?(?:talks|meeting|visit|trip|tour|"
        r"summit|call|conversation|discussions|negotiations|consultations)\s+(?:with|to|in|between)\b",
        re.IGNORECASE)),
    ("prep_participle", re.compile(
        r"\b(?:after|before|while|when|during|following|since|on)\s+(?:meeting|visiting|talking|hosting|"
        r"signing|receiving|holding|touring|arriving|welcoming|agreeing|speaking)\b", re.IGNORECASE)),
)


def cue_form(text: str) -> str:
    for name, pattern in FORMS:
        if pattern.search(text):
            return name
    return "plain"


def classify(row: dict[str, Any]) -> str:
    events = row.get("events") or []
    coop = [e for e in events if e.get("type") in COOPERATIVE or str(e.get("cameo") or "")[:1] == "0"]
    if any(e.get("source") and e.get("target") and e.get("cameo") for e in coop):
        return "dyad_0x"
    if coop:
        return "act_no_dyad"
    return "other_root" if events else "nothing"


def countries(row: dict[str, Any]) -> set[str]:
    return {e["actor"]["country"] for e in row.get("entities") or []
            if e.get("actor") and e["actor"].get("country")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--stories", type=int, default=400)
    parser.add_argument("--seed", default="consult11")
    parser.add_argument("--out", type=Path, default=Path("/tmp/consult11-census"))
    parser.add_argument("--skip-run", action="store_true", help="classify the predictions already in --out")
    args = parser.parse_args()
    stories = []
    for corpus in CORPORA:
        try:
            found = unused_stories(args.shared, corpus)
        except FileNotFoundError:
            sys.exit(f"{args.shared}: {corpus} absent; no census without the wire copy")
        stories += [(corpus, key, rec) for key, rec in found.items()]  # batch 8's reserved ones are left out
    stories.sort(key=lambda s: hashlib.sha1(f"{args.seed}:{s[0]}:{s[1]}".encode()).hexdigest())
    rows = []
    for corpus, key, record in stories[:args.stories]:
        raw = story_text(record)
        for index, (start, end) in enumerate(sentence_spans(raw)):
            text = normalise(raw[start:end])
            if len(text) < 400 and CUE.search(text):
                rows.append({"id": f"{corpus}:{key}:{index}", "text": text, "date": story_date(record)})
    args.out.mkdir(parents=True, exist_ok=True)
    pred = args.out / "pred.jsonl"
    if not args.skip_run:
        (args.out / "input.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        with pred.open("w", encoding="utf-8") as handle:
            subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(args.out / "input.jsonl"),
                            "--text-field", "text", "--id-field", "id", "--date-field", "date",
                            "--workers", "2"], stdout=handle, check=True)
    classes: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    with (args.out / "misses.jsonl").open("w", encoding="utf-8") as misses:
        for line in pred.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            kind = classify(row)
            classes[kind] += 1
            for event in row.get("events") or []:
                if event.get("source") and event.get("target"):
                    codes[str(event.get("cameo"))[:2]] += 1
            if kind in ("nothing", "act_no_dyad"):
                dyad = "two_countries" if len(countries(row)) >= 2 else "fewer_countries"
                form = cue_form(row["body"])
                forms[f"{kind}/{form}/{dyad}"] += 1
                misses.write(json.dumps({"id": row["id"], "kind": kind, "form": form, "dyad": dyad,
                                         "countries": sorted(countries(row)), "text": row["body"],
                                         "events": [(e.get("cameo"), e.get("trigger"),
                                                     (e.get("source") or {}).get("code"),
                                                     (e.get("target") or {}).get("code"))
                                                    for e in row.get("events") or []]}) + "\n")
    print(f"{min(len(stories), args.stories)} unused stories (odd batch-8 parity, seed {args.seed}), "
          f"{sum(classes.values())} sentences with a cooperation cue")
    print("classes", json.dumps(dict(classes.most_common())))
    print("dyad triples by root", json.dumps(dict(sorted(codes.items()))))
    for name, count in sorted(forms.items()):
        print(f"  {name:50} {count}")


if __name__ == "__main__":
    main()
