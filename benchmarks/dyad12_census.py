"""One-party readings on unseen copy: acts the coder finds with a source and no target (or a target and no
source) in a sentence that names another coded actor. A census of the constructions that link the
missing party, judged by hand (twelfth round of issue #7, wip/dyad12).

    nice .venv/bin/python benchmarks/dyad12_census.py draw --out /tmp/dyad12 [--seed dyad12] [--n 150]
    nice .venv/bin/python benchmarks/dyad12_census.py show --out /tmp/dyad12       # text, for the judge
    nice .venv/bin/python benchmarks/dyad12_census.py score [--rerun --out /tmp/dyad12-after]
    nice .venv/bin/python benchmarks/dyad12_census.py changes --base-src /tmp/base/src --out /tmp/dyad12-ch

`draw` takes sentences of stories no gold batch uses (`precision_census.pick_sentences`, which reads
`wire_cameo_sentences.unused_stories`: batch 8's reserved stories are left out too), codes each one as
`eval_wire_cameo.py` does (one sentence, its story's date), keeps every reading with a CAMEO code that is
not negated and has exactly one side filled (after the tenth session's target completion), whose
sentence holds a coded actor mention of another code (`learned_attach.candidates`), and draws `--n` of
them. It writes references only (corpus, story, index, span, sha1_12, the reading's code, trigger
offset, present party, missing role) to --out/draw.json; the text goes to --out/show.txt only.

`changes` codes every sentence of the unused stories of all five corpora that holds one of the fixed
constructions' cue words (`--cues tgt13`: "each other", "one another", "between", "with", an attack noun
with on/against, a list of names after "from" / "of", "its X to/in Y", a relative clause with a
named subject, a purpose "to discuss" and the like, for wip/tgt13's target constructions; `--cues
src13`: "by", "'s", "from", "V-ing of", ", who/which", for wip/src13's source constructions; by default
`CHANGE_CUES`: an object pronoun, "they", "both", "two", "these", "those", "in" + gerund, two verbs
joined by "and" / "or") twice, with a base checkout's `src` (`git archive
<commit> src`) and with today's, and lists the CAMEO triples added and removed, with references, to
--out/changes.json (text in --out/changes.txt): the judged verdicts of those go to the judged file's
"changes" list.

`--speech` (speech13): `draw` keeps only sentences with a speech verb or a quotation mark (`SPEECH_CUES`)
and records each reading's subject word and whether it is quoted; `changes` codes the sentences with a
speech cue and a person word (`PERSON_CUES`); `--cue REGEX` replaces the cue words of `changes` (the
spokesperson apposition census). Judged: `benchmarks/speech13_census_judged.json`.

The judged file (`benchmarks/dyad12_census_judged.json`, {"draws": {seed: draw}, "changes": ...}) adds
to each reference `gold`: the triple the sentence supports for this act ("SRC>TGT:CODE", the coder's
code kept where its root is right; empty when the missing party is not named in the sentence, or the
act is no event), and `construction`: how the missing party is linked (the class names in CLASSES).
`score` counts the classes and the judged changes; `--rerun` runs today's coder over the judged
sentences and counts, per class, how many judged readings now emit their gold
triple (right fills) and how many emit another triple for that act (wrong fills).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from precision_census import pick_sentences  # noqa: E402
from wire_cameo_sentences import load_stories, normalise, story_text, text_hash  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
JUDGED = ROOT / "benchmarks" / "dyad12_census_judged.json"
CORPORA = ("reuters21578_dev", "timeml_dev", "wire_raw_sample", "polnear_train")

# How the sentence links the missing party to the act (the judge's classes).
CLASSES = {
    "not_named": "the missing party is not in the sentence (agentless, uncoded, only inferable)",
    "no_event": "the reading is no act between parties (business, sport, forecast, wrong trigger)",
    "advcl": "an adverbial clause or after/before phrase holds the party",
    "participle": "a participle clause shares its subject or object with the act",
    "appositive": "an appositive or title names the party",
    "relcl": "a relative clause's head or pronoun is the party",
    "nominal": "a nominal act: possessor, by-, of- or between-phrase of the act noun",
    "conjoined": "a conjoined subject, object or verb shares the party",
    "speech": "a speech frame: the reporting verb's subject or object, the quote's speaker",
    "purpose": "a purpose or complement clause (to press Y, urged X to ...)",
    "prep": "a prepositional object the attacher missed (against, on, over, toward, at, with, to, from)",
    "object": "a direct object or subject the attacher missed in the act's own clause",
    "pronoun": "a pronoun whose antecedent the sentence names (\"they are unloading\", \"defy them\")",
    "headline": "a headline or fragment",
    # reported speech (speech13): the person words of a quote or a speech complement
    "speech_first": "\"we\", \"us\", \"I\", \"me\", \"our X\" of a quote or speech complement = its speaker",
    "speech_second": "\"you\", \"your X\" = the one the words are said to",
    "speech_third": "an object \"it\" / \"his country\" under \"X said\" = X",
    "actor_code": "the party is attached but coded wrong or as another side",
    "other": "another construction",
}


# a speech verb or a quotation mark in the sentence (`--speech`, the speech13 census of reported speech)
SPEECH_CUES = re.compile(r"[\"\u201c\u201d]|\b(sa(y|ys|id|ying)|t(ell|ells|old|elling)|announc\w*|declar\w*|"
                         r"stat(e|ed|es|ing)|add(ed|s)|quot\w*|wr(ote|ite|ites)|insist\w*|claim\w*)\b")

# the person words speech13 resolves: `changes --speech` codes only sentences with both kinds of cue
PERSON_CUES = re.compile(r"\b(us|me|our|my|you|your|it|his|her|they|he|she)\b", re.IGNORECASE)


def _reading_rows(rows: list[dict[str, Any]], international: bool,
                  speech: bool = False) -> list[dict[str, Any]]:
    """Code each sentence; one dict per one-party reading with a spare coded mention (`international`:
    a mention of another country or body than the present party's; `speech`: only sentences with a
    speech verb or a quote, the reading's clause subject recorded as `subject`)."""
    from wirewatch.events import coder
    from wirewatch.events.cameo_guards import is_press
    from wirewatch.events.learned_attach import candidates
    from wirewatch.pipeline import Analyzer
    from wirewatch.records import Document

    found: list[dict[str, Any]] = []
    original = coder._readings_for_sentence
    current: dict[str, Any] = {}
    seen: set[tuple[str, int, str]] = set()

    def recording(sent: Any, lex: Any, ctx: Any) -> Any:
        readings = original(sent, lex, ctx)
        for r in readings:
            has_src = bool(r.sources or r.completed_sources)
            has_tgt = bool(r.targets or r.completed_targets)
            if has_src == has_tgt or r.negated or not r.cameo:
                continue
            present = {a[0].code for a in r.sources + r.targets if a[0].code}
            if not present:
                continue
            spare = sorted({(c[0].code, c[1], c[2]) for c in candidates(r, sent, ctx)
                            if c[0].code and c[0].code not in present})
            if international:
                # another state's or body's mention, not the press: the dyads the gold batches code
                spare = [s for s in spare if s[0][:3] not in {p[:3] for p in present} and not is_press(s[0])]
            key = (current["id"], r.trigger.tok.idx, r.cameo)
            if not spare or key in seen:
                continue
            seen.add(key)
            if speech and not SPEECH_CUES.search(sent.text):
                continue
            subj = next((c for c in r.anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found.append({**{k: current[k] for k in ("id", "corpus", "story", "index", "start", "end",
                                                         "sha1_12", "date")},
                          "code": r.cameo, "trigger": r.trigger.tok.text, "trigger_at": r.trigger.tok.idx,
                          "missing": "target" if has_src else "source", "present": sorted(present)[0],
                          "spare": [f"{code}@{s}-{e}" for code, s, e in spare]}
                         | ({"subject": subj.lower_ if subj is not None else "",
                             "in_quote": ctx.quote_of(r.trigger.tok.idx) is not None} if speech else {}))
        return readings

    coder._readings_for_sentence = recording  # type: ignore[assignment]
    analyzer = Analyzer()
    try:
        for n, row in enumerate(rows):
            current.clear()
            current.update(row)
            analyzer.analyze(Document(id=row["id"], text=row["text"], source="", date=row["date"] or None))
            if n % 500 == 0:
                print(f"  {n}/{len(rows)} sentences, {len(found)} readings", file=sys.stderr)
    finally:
        coder._readings_for_sentence = original  # type: ignore[assignment]
    return found


def _draws(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The draws of a judged file, or a single draw.json."""
    return list(data["draws"].values()) if "draws" in data else [data]


def draw(args: argparse.Namespace) -> None:
    import precision_census

    # a larger draw reads more stories, every sentence of each
    precision_census.STORIES_PER_CORPUS = args.stories
    precision_census.SENTENCES_PER_STORY = args.per_story
    skip = {(r["corpus"], r["story"]) for path in args.exclude
            for d in _draws(json.loads(path.read_text(encoding="utf-8"))) for r in d["drawn"]}
    rows = pick_sentences(args.shared, args.seed, skip)  # type: ignore[arg-type]
    if args.speech:
        rows = [r for r in rows if SPEECH_CUES.search(r["text"])]
    found = _reading_rows(rows, args.international, args.speech)
    sample = random.Random(args.seed).sample(found, min(args.n, len(found)))
    sample.sort(key=lambda r: (r["id"], r["trigger_at"]))
    args.out.mkdir(parents=True, exist_ok=True)
    summary = {"seed": args.seed, "stories_per_corpus": args.stories, "sentences_per_story": args.per_story,
               "international": args.international, "speech": args.speech, "sentences": len(rows),
               "readings": len(found),
               "drawn": [{k: v for k, v in r.items() if k != "id"} | {"gold": "", "construction": "",
                                                                      "reason": ""} for r in sample]}
    (args.out / "draw.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(f"seed {args.seed}: {len(rows)} sentences, {len(found)} one-party readings with a spare "
          f"coded mention, {len(sample)} drawn -> {args.out / 'draw.json'}")


def _text(shared: Path, ref: dict[str, Any], cache: dict[str, dict[str, Any]]) -> tuple[str, str]:
    """The sentence (normalised) and the raw span, checked against the hash."""
    if ref["corpus"] not in cache:
        cache[ref["corpus"]] = load_stories(shared, ref["corpus"])
    raw = story_text(cache[ref["corpus"]][ref["story"]])
    span = raw[ref["start"]:ref["end"]]
    if text_hash(span) != ref["sha1_12"]:
        raise SystemExit(f"{ref['story']}:{ref['index']}: the sentence no longer matches its hash")
    return normalise(span), span


def show(args: argparse.Namespace) -> None:
    """Each drawn reading with its sentence, to --out/show.txt (outside the project)."""
    data = json.loads((args.out / "draw.json").read_text(encoding="utf-8"))
    cache: dict[str, dict[str, Any]] = {}
    lines = []
    for n, ref in enumerate(data["drawn"]):
        text, _ = _text(args.shared, ref, cache)
        spare = []
        for s in ref["spare"]:
            code, _, se = s.partition("@")
            a, b = (int(x) for x in se.split("-"))
            spare.append(f"{code}='{text[a:b]}'")
        lines.append(f"#{n} [{ref['missing']} missing] {ref['present']} {ref['code']} '{ref['trigger']}'"
                     f"@{ref['trigger_at']} spare: {' '.join(spare)}\n    {text}\n")
    (args.out / "show.txt").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(lines)} readings -> {args.out / 'show.txt'}")


def _emitted(shared: Path, refs: list[dict[str, Any]], out: Path) -> dict[str, set[str]]:
    """Sentence id -> the CAMEO triples today's coder emits for it (`wirewatch analyze`, as the eval)."""
    out.mkdir(parents=True, exist_ok=True)
    cache: dict[str, dict[str, Any]] = {}
    inp = out / "input.jsonl"
    seen = set()
    with inp.open("w", encoding="utf-8") as fh:
        for ref in refs:
            sid = f"{ref['corpus']}:{ref['story']}:{ref['index']}"
            if sid in seen:
                continue
            seen.add(sid)
            row = {"id": sid, "text": _text(shared, ref, cache)[0], "date": ref["date"]}
            fh.write(json.dumps(row) + "\n")
    return _analyze(inp, out / "pred.jsonl", None, workers=2)


def _side_code(triple: str, missing: str) -> str:
    """The code on the side a reading had filled: the source when the target was missing."""
    return triple.split(">")[0] if missing == "target" else triple.split(">")[1].split(":")[0]


def score(args: argparse.Namespace) -> None:
    data = json.loads(args.judged.read_text(encoding="utf-8"))
    refs = [r for seed, d in data["draws"].items() if args.draw in (None, seed) for r in d["drawn"]]
    classes = Counter(r["construction"] for r in refs)
    named = sum(1 for r in refs if r["gold"])
    print(f"{len(refs)} judged readings, {named} with the missing party named and a gold triple")
    for name, n in classes.most_common():
        gold = sum(1 for r in refs if r["construction"] == name and r["gold"])
        print(f"  {n:4d}  {name:11s} ({gold} with a gold triple)  {CLASSES.get(name, '?')}")
    changed = data.get("changes", {}).get("changes", [])
    if changed and args.draw is None:
        for kind in ("added", "removed"):
            verdicts = Counter(r["verdict"] for r in changed if r["change"] == kind)
            print(f"changes on {data['changes']['sentences']} cue sentences, {kind}: {dict(verdicts)}")
    if not args.rerun:
        return
    emitted = _emitted(args.shared, refs, args.out)
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for r in refs:
        sid = f"{r['corpus']}:{r['story']}:{r['index']}"
        triples = emitted.get(sid, set())
        present, side = r["present"], r["missing"]
        # triples of this act: its code's root and the present party on its own side
        mine = {t for t in triples if t.rsplit(":", 1)[1][:2] == r["code"][:2]
                and _side_code(t, side) == present}
        if r["gold"] and r["gold"] in triples:
            right[r["construction"]] += 1
        elif mine:
            wrong[r["construction"]] += 1
    print(f"\nrerun: {sum(right.values())} judged readings now emit their gold triple, "
          f"{sum(wrong.values())} emit another triple for the act")
    for name in sorted(set(right) | set(wrong) | set(classes), key=lambda c: -classes[c]):
        print(f"  {name:11s} right {right[name]:3d}  wrong {wrong[name]:3d}  (of {classes[name]})")
    fills = sum(right.values()) + sum(wrong.values())
    if fills:
        print(f"precision of the fills: {sum(right.values()) / fills:.2f}")


CHANGE_CUES = re.compile(r"\b(him|her|them|they|both|two|these|those)\b|\bin [a-z]+ing\b"
                         r"|\b[a-z]+(ed|e|es|s),?\s+(and|or)\s+(\w+ly\s+)?[a-z]+(ed|e|es|s)\b")

# wip/tgt13's target constructions: a reciprocal object, a between-phrase, an attack noun's on/against
TGT13_CUES = re.compile(r"\b(each other|one another|between|with)\b"
                        r"|\b(attack|attacks|strike|strikes|airstrike|raid|assault|bombing|shelling) "
                        r"(on|against)\b"
                        r"|(?-i:\b(from|of) [A-Z][\w.]*( [A-Z][\w.]*)*"
                        r"(, [A-Z][\w.]*( [A-Z][\w.]*)*)*,? and [A-Z])"
                        r"|(?-i:\b(its|their) [a-z]+ (to|in|from|at) [A-Z])"
                        r"|(?-i:\b(that|which) [A-Z][\w.]*( [A-Z][\w.]*)* [a-z]+ed\b)"
                        r"|\bto (discuss|coordinate|cooperate|negotiate|consult)\b",
                        re.IGNORECASE)

# the cue words of the thirteenth round's source constructions (wip/src13, `--cues src13`): a by-agent
# (gapped passives, act nouns carried out by X, fronted participles), a genitive ("next week's visit"), a
# gerund with an of-phrase ("Russian shelling of"), a relative clause set off by commas, a from-phrase
SRC13_CUES = re.compile(r"\bby\b|'s\b|\b[a-z]+ing of\b|, (who|which)\b|\bfrom\b")

CUE_SETS = {"dyad12": CHANGE_CUES, "tgt13": TGT13_CUES, "src13": SRC13_CUES}


def _analyze(inp: Path, out: Path, src: Path | None, workers: int = 1) -> dict[str, set[str]]:
    """Sentence id -> CAMEO triples, by `wirewatch analyze` (with `src` first on the path, if given)."""
    import os
    import subprocess

    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "wirewatch", "analyze", str(inp),
                        "--text-field", "text", "--id-field", "id", "--date-field", "date",
                        "--workers", str(workers)],
                       stdout=fh, check=True, env=env)
    return {row["id"]: {f"{(e.get('source') or {}).get('code') or ''}>"
                        f"{(e.get('target') or {}).get('code') or ''}:{e['cameo']}"
                        for e in row.get("events") or [] if e.get("cameo")}
            for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def changes(args: argparse.Namespace) -> None:
    import wire_cameo_sentences as wire

    args.out.mkdir(parents=True, exist_ok=True)
    refs: dict[str, dict[str, Any]] = {}
    cues = (re.compile(args.cue, re.IGNORECASE) if args.cue else SPEECH_CUES if args.speech
            else CUE_SETS[args.cues])
    with (args.out / "input.jsonl").open("w", encoding="utf-8") as fh:
        for corpus in wire.CORPORA:
            for key, record in wire.unused_stories(args.shared, corpus).items():
                raw = wire.story_text(record)
                for index, (start, end) in enumerate(wire.sentence_spans(raw)):
                    text = normalise(raw[start:end])
                    if len(text) > 400 or not cues.search(text) or \
                            (args.speech and not args.cue and not PERSON_CUES.search(text)):
                        continue
                    sid = f"{corpus}:{key}:{index}"
                    refs[sid] = {"corpus": corpus, "story": key, "index": index, "start": start, "end": end,
                                 "sha1_12": text_hash(raw[start:end]), "date": wire.story_date(record)}
                    fh.write(json.dumps({"id": sid, "text": text, "date": refs[sid]["date"]}) + "\n")
    base = _analyze(args.out / "input.jsonl", args.out / "base.jsonl", args.base_src)
    new = _analyze(args.out / "input.jsonl", args.out / "new.jsonl", None)
    rows, lines = [], []
    texts = {r["id"]: r["text"] for r in map(json.loads, (args.out / "input.jsonl").open(encoding="utf-8"))}
    for sid in refs:
        before, after = base.get(sid, set()), new.get(sid, set())
        for change, triples in (("added", after - before), ("removed", before - after)):
            for t in sorted(triples):
                rows.append({**refs[sid], "triple": t, "change": change, "verdict": "", "reason": ""})
                lines.append(f"#{len(rows) - 1} {change} {t}  (before: {' '.join(sorted(before)) or '-'})"
                             f"\n    {texts[sid]}\n")
    (args.out / "changes.json").write_text(json.dumps({"sentences": len(refs), "changes": rows}, indent=1),
                                           encoding="utf-8")
    (args.out / "changes.txt").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(refs)} sentences with a cue: {sum(r['change'] == 'added' for r in rows)} triples added, "
          f"{sum(r['change'] == 'removed' for r in rows)} removed -> {args.out / 'changes.txt'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("draw", "show", "score", "changes"))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("/tmp/dyad12"))
    ap.add_argument("--seed", default="dyad12")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--judged", type=Path, default=JUDGED)
    ap.add_argument("--rerun", action="store_true")
    ap.add_argument("--draw", help="score one draw of the judged file (its seed); all by default")
    ap.add_argument("--stories", type=int, default=160, help="stories per corpus (draw)")
    ap.add_argument("--per-story", type=int, default=12, help="sentences per story (draw)")
    ap.add_argument("--international", action="store_true",
                    help="draw only readings whose sentence names another country or body (draw)")
    ap.add_argument("--cues", choices=sorted(CUE_SETS), default="dyad12",
                    help="which constructions' cue words pick the sentences (changes)")
    ap.add_argument("--speech", action="store_true",
                    help="only sentences with a speech verb or a quote (draw; changes: these cues instead)")
    ap.add_argument("--cue",
                    help="a regular expression a sentence must match instead of the cue words (changes)")
    ap.add_argument("--base-src", type=Path,
                    help="the src directory of the checkout to compare with (changes)")
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="an earlier draw.json or judged file whose stories are left out (draw)")
    args = ap.parse_args()
    ap_base = args.base_src
    if args.command == "changes" and ap_base is None:
        ap.error("changes needs --base-src (a checkout's src directory to compare with)")
    {"draw": draw, "show": show, "score": score, "changes": changes}[args.command](args)


if __name__ == "__main__":
    main()
