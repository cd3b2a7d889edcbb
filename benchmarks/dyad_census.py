"""Which dependency path reached each event's source and target: a census over dev wire stories.

    nice .venv/bin/python benchmarks/dyad_census.py [--shared ../shared] [--limit 300]
        [--misses N] [--seed 7]

Runs the whole pipeline over the stories of `../shared/data/structure/wire_raw_sample.jsonl` (dev copy
the earlier rounds read for false events; nothing is copied into the project), records every reading
the coder keeps, and names the path from the event's anchor (or trigger) to the token its source and
its target actor hang on: nsubj, passive agent, a conjunct's shared subject, a controller (xcomp),
a relative clause's head, an appositive, a participle, a nominal event's possessor or between-phrase,
a prepositional object (by preposition), a speaker, a place, "none found". Prints the counts, then
`--misses` readings with no source or no target, sampled with `--seed`, for reading by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


NAMED = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}


def _chain(tok: Any, stop: Any) -> list[Any]:
    """Tokens from `tok` up to (not including) `stop`, or to the root when `stop` is no ancestor."""
    out = []
    while tok.i != stop.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def path_kind(role: str, actor_tok: Any, anchor: Any, trigger: Any) -> str:
    """A name for the construction that links an actor token to the event."""
    if actor_tok is None:
        return "place / no token"
    if actor_tok.doc is not anchor.doc:
        return "quote speaker (another sentence)"
    sent = anchor.sent
    if not (sent.start <= actor_tok.i < sent.end):
        return "quote speaker (another sentence)"
    for head in (anchor, trigger):
        if actor_tok.i == head.i:
            return "the trigger itself"
    # the lowest of anchor/trigger the actor hangs under
    for head, name in ((trigger, "trigger"), (anchor, "anchor")):
        if head.left_edge.i <= actor_tok.i <= head.right_edge.i and head in actor_tok.ancestors:
            labels = [t.dep_ for t in _chain(actor_tok, head)]
            preps = [t.lower_ for t in _chain(actor_tok, head) if t.dep_ in ("prep", "agent")]
            top = labels[-1]
            if "appos" in labels:
                return "appositive under " + name
            if top == "agent" or labels[:2] == ["pobj", "agent"]:
                return "passive agent"
            if top in ("nsubj", "nsubjpass") and len(labels) == 1:
                return f"{top} of {name}"
            if top in ("nsubj", "nsubjpass"):
                return f"{top} phrase ({'/'.join(labels[:-1][-2:])})"
            if top in ("dobj", "dative", "iobj", "attr", "oprd") and len(labels) == 1:
                return top
            if top == "poss":
                return "possessive of " + name
            if top in ("dobj", "attr") and labels[-2:-1] == ["poss"]:
                return "possessive of the object"
            if preps:
                if len(preps) == 1:
                    where = "object's " if top in ("dobj", "attr", "nsubjpass") else ""
                    return f"{where}prep '{preps[0]}'"
                return f"nested prep '{preps[-1]}' > '{preps[0]}'"
            if top in ("ccomp", "xcomp", "advcl", "conj"):
                return f"subject in {top}"
            return "other under " + name + ": " + "/".join(labels[-3:])
    # the actor is outside the event's subtree: inherited through the tree above
    common = next((a for a in [anchor, *anchor.ancestors] if a in [actor_tok, *actor_tok.ancestors]), None)
    if common is None:
        return "outside the tree"
    up = [t.dep_ for t in _chain(anchor, common)]
    down = [t.dep_ for t in _chain(actor_tok, common)]
    if "relcl" in up and (actor_tok.i == common.i or down[-1:] in (["nsubj"], ["nsubjpass"])):
        return "relative clause head"
    if up[:1] == ["acl"] and actor_tok.i == common.i:
        return "participle on its noun"
    if "appos" in down:
        return "appositive above"
    if up and up[-1] == "conj" and down and down[-1] in ("nsubj", "nsubjpass"):
        return "shared conjunct subject"
    if up and up[-1] == "xcomp" and down and down[-1] in ("nsubj", "nsubjpass", "dobj"):
        return "controller (xcomp)"
    if up and up[-1] in ("advcl", "pcomp", "prep") and down and down[-1] in ("nsubj", "nsubjpass"):
        return "main clause subject (advcl/by/before)"
    if up and up[-1] == "ccomp" and down and down[-1] in ("nsubj", "nsubjpass"):
        return f"speaker ({role} of the reporting verb)"
    return f"above: up {'/'.join(up[-3:])} down {'/'.join(down[-3:])}"


def _why_no_source(r: Any, sent: Any) -> str:
    """What stood where the source should be: the subject's kind."""
    from wirewatch.events.parse import PRONOUNS, is_passive, subject_of

    subj, _ = subject_of(r.anchor, sent)
    if subj is None:
        return "agentless passive" if is_passive(r.anchor) else "no subject in the parse"
    if subj.lower_ in PRONOUNS or subj.tag_ == "PRP":
        return f"pronoun subject ({subj.lower_})"
    if subj.pos_ == "PROPN":
        return "uncoded name"
    return "common-noun subject"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--misses", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    path = Path(args.shared) / "data" / "structure" / "wire_raw_sample.jsonl"
    if not path.exists():
        sys.exit(f"{path} not found: the census needs ../shared's dev wire stories")

    from wirewatch.events import coder
    from wirewatch.pipeline import Analyzer
    from wirewatch.records import Document

    kept: list[tuple[Any, Any, list[str]]] = []
    original = coder._readings_for_sentence

    def recording(sent: Any, lex: Any, ctx: Any) -> Any:
        readings = original(sent, lex, ctx)
        for r in readings:
            used = {a[3].i for a in r.sources + r.targets if a[3] is not None}
            # actors the sentence names that the reading did not take (PROPN/NORP-like tokens only:
            # a name nobody reached, not a role noun resolved from the story)
            spare = sorted({hit[0].code for tok in sent if tok.i not in used and tok.ent_type_ in NAMED
                            and (hit := ctx.link.token_actor(tok)) is not None})
            kept.append((r, sent, spare))
        return readings

    coder._readings_for_sentence = recording  # type: ignore[assignment]
    analyzer = Analyzer()
    stories = [json.loads(line) for line in path.open(encoding="utf-8")][: args.limit]
    for row in stories:
        analyzer.analyze(Document(id=row["id"], text=row["raw"], source=row.get("source") or "",
                                  date=(row.get("date") or "")[:10] or None))

    sources: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    misses = []
    for r, sent, spare in kept:
        anchor, trigger = r.anchor, r.trigger.tok
        if r.sources:
            for kind in {path_kind("source", a[3], anchor, trigger) for a in r.sources}:
                sources[kind] += 1
        else:
            sources["none found, " + ("a named actor in the sentence" if spare else "no named actor")
                    + ": " + _why_no_source(r, sent)] += 1
        if r.targets:
            for kind in {path_kind("target", a[3], anchor, trigger) for a in r.targets}:
                targets[kind] += 1
        else:
            targets["none found, " + ("a named actor in the sentence" if spare else "no named actor")] += 1
        if not (r.sources and r.targets) and spare:
            misses.append((r, sent, spare))
    print(f"{len(stories)} stories, {len(kept)} readings kept, "
          f"{sum(1 for r, _, _ in kept if r.sources and r.targets)} with both actors")
    for name, counter in (("source", sources), ("target", targets)):
        print(f"\n{name} paths:")
        for kind, n in counter.most_common():
            print(f"  {n:5d}  {kind}")
    random.Random(args.seed).shuffle(misses)
    print(f"\n{min(args.misses, len(misses))} of {len(misses)} readings missing an actor while the "
          "sentence names one:")
    for r, sent, spare in misses[: args.misses]:
        side = f"no source: {_why_no_source(r, sent)}" if not r.sources else "no target"
        if not r.sources and not r.targets:
            side = "neither"
        found = ", ".join(a[0].code for a in r.sources + r.targets)
        print(f"- [{side}] {r.type} {r.cameo} trigger '{r.trigger.tok.text}' ({found or '-'}; "
              f"not taken: {' '.join(spare)}): "
              f"{' '.join(sent.text.split())[:300]}")


if __name__ == "__main__":
    main()
