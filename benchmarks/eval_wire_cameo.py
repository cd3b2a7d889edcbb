"""CAMEO triples on real wire copy: the real-news dev set, scored in a READ and an UNREAD half.

    .venv/bin/python benchmarks/eval_wire_cameo.py [--shared ../shared] [--out out/wire_cameo]
        [--skip-run] [--errors] [--breakdown] [--fresh-stories] [--batch N[,N...]] [--aside SALT]

`benchmarks/wire_cameo_gold.jsonl` holds references only (corpus, story key, sentence index and
character span, a hash of the sentence, its date, its annotation batch) and hand-written CAMEO
triples; the sentences stay in ../shared (research-use data, never copied into the project). This
script rebuilds each sentence from ../shared with `wire_cameo_sentences`, checks it against its hash,
writes temporary gold and input files under --out (never committed), runs `wirewatch analyze` on each
sentence with the story's date, and scores each half (and both together, `all`) with
`../shared/eval/score.py events-cameo`.

The halves are fixed by `wire_cameo_sentences.half_of` (a hash of story key and sentence index). They
were the first split: the READ half was looked at record by record, the UNREAD half only in aggregate.
`--batch 2` scores one annotation batch alone, `--batch 5`, `--batch 6`, `--batch 7` or `--batch 8` a held-out
batch, `--batch 9` the twenty-third session's batch, `--batch 10` the twenty-fourth's; without it every batch
is scored together.

Since the eighth session batches 1-4 (both halves) are development copy: `--errors` lists their misses
and the learned argument step trains on them. Batch 5 (PolNeAR, Reuters and wire stories no rule writer
has seen) is held out as a whole: `--errors` refuses it and never lists its records, so no rule or model
is ever fitted to it. Batch 6 (stories no batch 1-5 holds, annotated in the eighth session) is held out the
same way, and so is batch 7 (international stories no batch 1-6 holds, annotated in the ninth session under
the annotation guide of docs/events.md): score them in aggregate only (`--batch 6,7 --breakdown`). Batch 8
(tenth session: 106 sentences, 60 interactions with 72 triples, 46 null cases, from stories no batch 1-7
holds and no census read, under the same guide) was committed before any run of the coder on it: it is
the session's unseen check, held out the same way (`--batch 8 --breakdown`; first run on main c242493:
0.196 exact / 0.268 country + root F1, docs/benchmarks.md "Tenth session: batch8").
Batch 9 (twenty-third session: 72 sentences from stories `reserved_for_batch8` reserved and no batch
used, 46 PolNeAR, 12 Reuters, 10 wire, 4 TimeBank; 40 interactions with 53 triples, 32 null cases; listed
by `wire_cameo_sentences.py --list CORPUS --reserved-unused`) was annotated blind under the guide, each
record committed before any run of the coder on it. (A first draft of 108 held 54 sentences of stories
that repeat, under another key or corpus, a story of batches 1-8; they were dropped by the unseen check of
tests/events/test_wire_cameo_gold.py and 18 fresh sentences added, blind.) It is split by `half_of`:
`--errors` lists its READ half only (the session fixed what that half shows), its UNREAD half is scored in
aggregate only (`--batch 9 --breakdown`), by the session and by the lead, and never listed. First run:
docs/benchmarks.md, "Twenty-third session: batch 9".
Batch 10 (twenty-fourth session, wip/wire26: 84 sentences from the same reserved, unused pool, 52 PolNeAR,
16 Reuters, 10 wire, 6 TimeBank; 31 interactions with 36 triples, 53 null cases; most interactions are
criticism, accusation and endorsement in 2016 campaign copy) was annotated blind under the guide and
committed before any run of the coder on it. It is split like batch 9: `--errors` lists its READ half
only, its UNREAD half is scored in aggregate only (`--batch 10 --breakdown`). First run on main 841eb7c
(exact / country + root F1): READ 0.357 / 0.400, UNREAD 0.160 / 0.261, all 0.264 / 0.333 (36 gold
triples: 7 matched, 25 with nothing predicted, 15 of those with acts but no dyad). After wip/wire26: READ
0.444 / 0.480, UNREAD unchanged, all 0.308 / 0.375; batch 9 and batches 1-4 unchanged.
docs/benchmarks.md, "Twenty-fourth session: batch 10 and criticism (wip/wire26)".
`--breakdown` prints, per half, counts only: why each missed gold triple was missed (nothing predicted,
wrong root, right root but another actor, an empty source or target, right actors but another code of the
same root) and how many predicted triples were not in the gold (on null cases and on interactions).
A sentence where the coder found acts but no triple is split twice more (ninth session): whether each
gold party's country has a coded mention anywhere in the sentence (`without_dyad_both_coded`, or which
party is `_uncoded`: actors or attachment?), and whether the gold act's PLOVER type was among the acts
found (`without_dyad_gold_act`, then `gold_act_no_source` / `gold_act_no_target`) or only another act.

`--aside SALT` sets a third of the stories aside by a hash of SALT and the story key (`set_aside`): a
session that reads batches 1-4 record by record keeps them out of `--errors` and reports them apart
(`aside`, beside the rest, `kept`), to see whether its rules move copy nobody read. The eighth session's
salts were `roots9` (events) and `actors9` (actors).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from wire_cameo_sentences import (
    CORPORA,
    half_of,
    load_stories,
    normalise,
    sentence_spans,
    story_text,
    text_hash,
)
from wirewatch.events.cameo import plover_type

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "wire_cameo_gold.jsonl"
HALVES = ("read", "unread")
# Batches never listed record by record (no --errors): they stay an honest measure of unread copy.
# Batches 3 and 4 were held out until the eighth session; they are development copy now. Batches 6 and 7 are
# the never-seen copy the lead decides on; batch 8 (tenth session) is the check on copy nobody had read
# when the session's changes were made.
HELD_OUT_BATCHES = frozenset({5, 6, 7, 8})
BATCHES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
# Batches 9 and 10 (twenty-third and twenty-fourth sessions) are split: `--errors` lists their READ half,
# their UNREAD half is scored in aggregate only (by the session and the lead), never listed.
HALF_READ_BATCHES = frozenset({9, 10})


def parse_batches(value: str) -> frozenset[int]:
    """'3' or '3,4' -> the annotation batches to score."""
    try:
        batches = frozenset(int(part) for part in value.split(","))
    except ValueError:
        message = f"{value!r}: give batch numbers separated by commas, e.g. 3,4"
        raise argparse.ArgumentTypeError(message) from None
    unknown = sorted(batches - set(BATCHES))
    if unknown:
        known = ", ".join(map(str, BATCHES))
        raise argparse.ArgumentTypeError(f"no batch {unknown[0]}: the batches are {known}")
    return batches


def rebuild(shared: Path) -> list[dict[str, Any]]:
    """The gold records with their sentence text, rebuilt from ../shared and checked."""
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = {corpus: load_stories(shared, corpus) for corpus in {r["corpus"] for r in records}}
    for rec in records:
        raw = story_text(stories[rec["corpus"]][rec["story"]])
        if sentence_spans(raw)[rec["index"]] != (rec["start"], rec["end"]):
            raise SystemExit(f"{rec['id']}: the splitter no longer gives span {rec['start']}-{rec['end']}")
        if text_hash(raw[rec["start"]:rec["end"]]) != rec["sha1_12"]:
            raise SystemExit(f"{rec['id']}: the sentence no longer matches its hash")
        if half_of(rec["story"], rec["index"]) != rec["half"]:
            raise SystemExit(f"{rec['id']}: stored half disagrees with half_of")
        rec["text"] = normalise(raw[rec["start"]:rec["end"]])
    return records


def set_aside(story: str, salt: str) -> bool:
    """A third of the stories, fixed by a hash of the story key and a session's salt: a session that
    reads batches 1-4 record by record keeps these unread (`--aside SALT`) to see whether its rules
    move copy they were not written near."""
    return int(hashlib.sha1(f"{salt}:{story}".encode()).hexdigest(), 16) % 3 == 0


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _score(shared: Path, gold: Path, pred: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(shared / "eval/score.py"), "events-cameo", "--gold", str(gold),
                           "--pred", str(pred), "--json-only"], capture_output=True, text=True, check=True)
    metrics: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])["metrics"]
    return metrics


def _summary(m: dict[str, Any]) -> dict[str, Any]:
    def prf(key: str) -> str:
        v = m[key]
        counts = f"tp {v['tp']}, pred {v['n_pred']}, gold {v['n_gold']}"
        return f"P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} ({counts})"
    nulls = m["null_case_accuracy"]
    records = m["record_exact_match"]
    return {"triple_exact": prf("triple_exact"), "triple_country_root": prf("triple_country_root"),
            "null_cases": f"{nulls['correct']}/{nulls['n']}",
            "records_exact": f"{records['correct']}/{records['n']}",
            "f1": m["triple_exact"]["f1"], "coarse_f1": m["triple_country_root"]["f1"]}


def _triples(events: list[dict[str, Any]]) -> list[str]:
    out = []
    for e in events:
        if e.get("cameo"):
            src = (e.get("source") or {}).get("code") or ""
            tgt = (e.get("target") or {}).get("code") or ""
            out.append(f"{src}>{tgt}:{e['cameo']}")
    return sorted(set(out))


def _read_errors(records: list[dict[str, Any]], pred: Path, aside: str | None = None) -> None:
    preds = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        preds[row["id"]] = row
    for rec in records:
        if rec["batch"] in HELD_OUT_BATCHES or (aside and set_aside(rec["story"], aside)):
            continue
        if rec["batch"] in HALF_READ_BATCHES and rec["half"] != "read":
            continue
        gold = sorted(f"{e['source']}>{e['target']}:{e['code']}" for e in rec["expected"])
        got = _triples((preds.get(rec["id"]) or {}).get("events") or [])
        if gold != got:
            print(f"MISS {rec['id']} gold={gold} pred={got}  [{rec['note']}]")
            print("     ", rec["text"])


def fresh_story_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records whose story holds no READ sentence of an earlier batch (a rule writer saw only READ
    sentences, never their stories, but nearby sentences of a story share its wording)."""
    first_read: dict[str, int] = {}
    for r in records:
        if r["half"] == "read":
            first_read[r["story"]] = min(r["batch"], first_read.get(r["story"], r["batch"]))
    return [r for r in records if first_read.get(r["story"], r["batch"]) >= r["batch"]]


Triple = tuple[str, str, str]


def _pred_triples(row: dict[str, Any] | None) -> set[Triple]:
    """(source, target, code) of each predicted event with a CAMEO code, as score.py reads them."""
    out = set()
    for e in (row or {}).get("events") or []:
        if e.get("cameo"):
            out.add(((e.get("source") or {}).get("code") or "", (e.get("target") or {}).get("code") or "",
                     str(e["cameo"])))
    return out


def _miss_cause(gold: Triple, predicted: set[Triple]) -> str:
    """Why a gold triple has no exact match among the sentence's predicted triples."""
    if not predicted:
        return "predicted_nothing"
    same_root = [p for p in predicted if p[2][:2] == gold[2][:2]]
    if any(p[:2] == gold[:2] for p in same_root):
        return "right_actors_other_code_same_root"
    if any(p[0] and p[1] for p in same_root):
        return "right_root_other_actor"
    if same_root:
        return "right_root_empty_dyad"
    return "wrong_root"


def _coded_countries(row: dict[str, Any]) -> set[str]:
    """The first three letters of every actor code the analysis gave the sentence."""
    codes = [((e.get("actor") or {}).get("code")) for e in row.get("entities") or []]
    codes += [(q.get("speaker_actor") or {}).get("code") for q in row.get("quotes") or []]
    for event in row.get("events") or []:
        codes += [(event.get(role) or {}).get("code") for role in ("source", "target")]
    return {code[:3] for code in codes if code}


def _uncoded_parties(triple: tuple[str, str, str], row: dict[str, Any]) -> str:
    """'both_coded' when both gold parties' countries are coded somewhere in the sentence (an attachment
    miss), else which party has no coded mention ('source_uncoded', 'target_uncoded', 'both_uncoded')."""
    coded = _coded_countries(row)
    missing = [role for role, code in zip(("source", "target"), triple[:2], strict=True)
               if code and code[:3] not in coded]
    if not missing:
        return "both_coded"
    return "both_uncoded" if len(missing) == 2 else f"{missing[0]}_uncoded"


def breakdown(records: list[dict[str, Any]], pred: Path) -> dict[str, dict[str, int]]:
    """Per half (and all): counts of missed gold triples by cause and of predicted triples not in the gold.

    A gold triple whose sentence got no triple is split further: `event_without_dyad` (the coder found an
    act but not both actors) or `no_event_root_NN` (no act at all, by the gold's CAMEO root).
    """
    rows = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["id"]] = row
    counts: dict[str, dict[str, int]] = {}
    for rec in records:
        predicted = _pred_triples(rows.get(rec["id"]))
        gold = {(e["source"], e["target"], e["code"]) for e in rec["expected"]}
        for half in (rec["half"], "all"):
            c = counts.setdefault(half, {"gold_triples": 0, "matched": 0})
            c["gold_triples"] += len(gold)
            c["matched"] += len(gold & predicted)
            for triple in gold - predicted:
                cause = _miss_cause(triple, predicted)
                c[cause] = c.get(cause, 0) + 1
                if cause == "predicted_nothing":
                    # Vocabulary or arguments? A sentence with no event at all lacks a trigger; one with
                    # events but no coded triple found the act and missed an actor.
                    events = (rows.get(rec["id"]) or {}).get("events") or []
                    sub = "no_event_root_" + triple[2][:2] if not events else "event_without_dyad"
                    c[sub] = c.get(sub, 0) + 1
                    if events:
                        # Actors or attachment? Whether each gold party's country has any coded mention
                        # in the sentence (entities, speakers, event arguments) at all.
                        why = "without_dyad_" + _uncoded_parties(triple, rows.get(rec["id"]) or {})
                        c[why] = c.get(why, 0) + 1
                        # Was the gold act among those found (its PLOVER type), or only another act?
                        types = {event.get("type") for event in events}
                        act = "gold_act" if plover_type(triple[2]) in types else "other_act"
                        c["without_dyad_" + act] = c.get("without_dyad_" + act, 0) + 1
                        if act == "gold_act":
                            same = [e for e in events if e.get("type") == plover_type(triple[2])]
                            lacks = ("no_source" if not any(e.get("sources") for e in same) else
                                     "no_target" if not any(e.get("targets") for e in same) else "both_found")
                            c["gold_act_" + lacks] = c.get("gold_act_" + lacks, 0) + 1
            extra = "extra_on_null_cases" if not gold else "extra_on_interactions"
            c[extra] = c.get(extra, 0) + len(predicted - gold)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "wire_cameo")
    parser.add_argument("--skip-run", action="store_true", help="score the predictions already in --out")
    parser.add_argument("--errors", action="store_true",
                        help="list the misses of batches 1-4 and of the READ half of batches 9 and 10 (never "
                             "those of held-out batches 5-8 or of an UNREAD half)")
    parser.add_argument("--breakdown", action="store_true",
                        help="count the misses by cause per half (counts only, no sentences)")
    parser.add_argument("--fresh-stories", action="store_true",
                        help="drop records whose story holds a READ sentence of an earlier batch")
    parser.add_argument("--batch", type=parse_batches,
                        help="score only these annotation batches, e.g. 2 or 3,4,5 (default: all)")
    parser.add_argument("--aside", metavar="SALT",
                        help="keep a third of the stories (hash of SALT and story key) out of --errors and "
                             "score them apart as 'aside' beside the rest, 'kept'")
    args = parser.parse_args()
    held_out = sorted((args.batch or frozenset()) & HELD_OUT_BATCHES)
    if args.errors and held_out:
        sys.exit(f"--errors refuses batch {held_out[0]}: it is held out, reported in aggregate only "
                 "(use --breakdown for counts)")
    missing = [c for c in CORPORA.values() if not (args.shared / c).exists()]
    if missing:
        sys.exit(f"{args.shared}: {', '.join(missing)} absent; the real-news CAMEO set cannot be rebuilt")
    args.out.mkdir(parents=True, exist_ok=True)
    records = rebuild(args.shared)
    if args.fresh_stories:
        records = fresh_story_records(records)
    if args.batch is not None:
        records = [r for r in records if r["batch"] in args.batch]
        if not records:
            sys.exit(f"no gold record has batch {', '.join(map(str, sorted(args.batch)))}")
    fields = ("id", "text", "date", "category", "expected")
    _write(args.out / "input.jsonl", [{k: r[k] for k in fields} for r in records])
    pred = args.out / "pred.jsonl"
    if not args.skip_run:
        with pred.open("w", encoding="utf-8") as fh:
            subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(args.out / "input.jsonl"),
                            "--text-field", "text", "--id-field", "id", "--date-field", "date",
                            "--workers", "2"], stdout=fh, check=True)
    summary = {}
    for half in (*HALVES, "all"):
        gold = args.out / f"gold_{half}.jsonl"
        _write(gold, [{k: r[k] for k in fields} for r in records if half in ("all", r["half"])])
        summary[half] = _summary(_score(args.shared, gold, pred))
    if args.aside:
        for group, wanted in (("kept", False), ("aside", True)):
            gold = args.out / f"gold_{group}.jsonl"
            chosen = [r for r in records if set_aside(r["story"], args.aside) == wanted]
            _write(gold, [{k: r[k] for k in fields} for r in chosen])
            summary[group] = _summary(_score(args.shared, gold, pred))
    for half, figures in summary.items():
        print(half, json.dumps({k: v for k, v in figures.items() if k not in ("f1", "coarse_f1")}))
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    if args.breakdown:
        for half, counts in sorted(breakdown(records, pred).items()):
            print("breakdown", half, json.dumps(counts))
        if args.aside:
            aside = [r for r in records if set_aside(r["story"], args.aside)]
            print("breakdown aside", json.dumps(breakdown(aside, pred)["all"]))
    if args.errors:
        _read_errors(records, pred, args.aside)


if __name__ == "__main__":
    main()
