"""US-politics actor census: how many person, organisation and group mentions of PolNeAR stories
get a country.

    .venv/bin/python benchmarks/uspol_census.py [--shared ../shared] [--stories 60] [--seed uspol10]
        [--sample 60] [--sample-out /tmp/uspol_census.jsonl] [--sample-from FILE]

PolNeAR (2016 US campaign news) stories that no batch of `benchmarks/wire_cameo_gold.jsonl` uses (every
batch's story keys are excluded; only the keys are read) are taken in the order of sha1(seed:key), the
first --stories of them, and run through the structure and actors stages as `wirewatch analyze` runs
them (spaCy entities, `assign_actors`). Printed: per NER label (PERSON, ORG, NORP) the mentions, the
share coded with a country (any actor code), and the codes' sectors. --sample draws that many mentions
by the same hash, one or two a story, and writes them (span, code, reasons, a window of the sentence)
to --sample-out, outside the repository (the text is research-use data), for judging by hand;
--sample-from codes the spans of an earlier sample again, so one sample is judged before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("PERSON", "ORG", "NORP")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--stories", type=int, default=60)
    parser.add_argument("--seed", default="uspol10")
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--sample-out", type=Path, default=Path("/tmp/uspol_census.jsonl"))
    parser.add_argument("--sample-from", type=Path, help="code the spans of this earlier sample again")
    args = parser.parse_args()
    if not (args.shared / "data/quotes/polnear_dev.jsonl").exists():
        sys.exit(f"PolNeAR is not under {args.shared}/data/quotes: nothing to count")

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import wire_cameo_sentences as wire
    from wirewatch.nlp.actors.assign import actor_for_span
    from wirewatch.nlp.model import load_model

    def rank(key: str) -> str:
        return hashlib.sha1(f"{args.seed}:{key}".encode()).hexdigest()

    stories = [(corpus, key, record) for corpus in ("polnear_dev", "polnear_train")
               for key, record in wire.unused_stories(args.shared, corpus).items()]
    stories.sort(key=lambda s: rank(f"{s[0]}:{s[1]}"))
    previous = {}
    if args.sample_from:
        previous = {row["id"]: row for row in map(json.loads, args.sample_from.open())}
        wanted = {i.rsplit(":", 1)[0] for i in previous}
        stories = [s for s in stories if f"{s[0]}:{s[1]}" in wanted]
    else:
        stories = stories[:args.stories]
    nlp = load_model()
    mentions: Counter[str] = Counter()
    coded: Counter[str] = Counter()
    sectors: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    rows = []
    per_story = max(1, -(-args.sample // max(1, len(stories))))
    for corpus, key, record in stories:
        text = wire.story_text(record)
        article = wire.story_actors(key, record, nlp)
        entities = [e for e in article.entities if e.label in LABELS]
        for entity in entities:
            mentions[entity.label] += 1
            if entity.actor is not None and entity.actor.country:
                coded[entity.label] += 1
                sectors[entity.label][entity.actor.sector or "-"] += 1
        if previous:
            picks = [(row["start"], row["end"]) for i, row in previous.items()
                     if i.startswith(f"{corpus}:{key}:")]
        else:
            ordered = sorted(entities, key=lambda e: rank(f"{key}:{e.start}"))
            picks = [(e.start, e.end) for e in ordered[:per_story]]
        for start, end in picks:
            entity = next((e for e in article.entities if (e.start, e.end) == (start, end)), None)
            actor = entity.actor if entity else actor_for_span(article, start, end)
            left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), start - 200) + 1
            right = min(x for x in (text.find(". ", end), end + 200, len(text)) if x >= 0)
            rows.append({"id": f"{corpus}:{key}:{start}", "start": start, "end": end,
                         "date": article.published,
                         "text": text[start:end], "label": entity.label if entity else None,
                         "code": actor.code if actor else None, "reasons": actor.reasons if actor else [],
                         "window": " ".join(text[left:right + 1].split())})
    print(f"{len(stories)} PolNeAR stories no gold batch uses (seed {args.seed})")
    for label in LABELS:
        share = coded[label] / mentions[label] if mentions[label] else 0.0
        top = ", ".join(f"{s} {n}" for s, n in sectors[label].most_common(6))
        print(f"{label:7} {mentions[label]:5} mentions, {coded[label]:5} with a country ({share:.1%}); "
              f"sectors: {top}")
    total, total_coded = sum(mentions.values()), sum(coded.values())
    print(f"all     {total:5} mentions, {total_coded:5} with a country ({total_coded / max(1, total):.1%})")
    with args.sample_out.open("w", encoding="utf-8") as handle:
        for row in rows[:args.sample] if not previous else rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"sample: {min(len(rows), args.sample) if not previous else len(rows)} mentions written to "
          f"{args.sample_out}")


if __name__ == "__main__":
    main()
