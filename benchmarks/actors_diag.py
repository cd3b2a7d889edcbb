"""Actor coding diagnostics on the shared dev sets (not a scorer: the events scorer is score.py).

    .venv/bin/python benchmarks/actors_diag.py [--shared ../shared] [--petrarch] [--examples] [--probes]

1. PLOVER dev: the share of gold actor/recipient country codes that appear among the countries of
   the entities assign_actors finds in the sentence ("country recall of gold actors"), and the share
   that `actor_for_span` gets right on the gold mention text where that text occurs verbatim.
2. Speed of assign_actors alone (tokens/s, spaCy excluded) over PolNeAR dev documents, and on
   one long document (40 of them joined). `--speed N`: only this, on all 84 documents, tables
   built before timing, best of N runs (wall and CPU seconds).
3. PETRARCH unit suite: gold source/target roots among entity actors, with and without
   benchmarks/petrarch_actors.csv.
4. With --examples (only this): the seed and every examples/*.txt story against the analyst's list
   in tests/actors/golden/example_actors.json: missing, extra and wrong actors, wrong mentions and
   junk, counted by the same judgement as tests/actors/test_example_actors.py.
5. With --probes (only this): the probe sets of the fifth to seventh sessions
   (tests/actors/test_probe_bodies.py, test_probe_realnews.py, test_probe_sixth.py,
   test_probe_seventh.py), pass counts per batch and class, and every miss.
6. With --census SEED (only this): ~150 actor mentions of stories no gold batch uses, for judging by
   hand as an analyst would (docs/actors.md, "Census"); --census-from codes an earlier sample again.
7. With --uncoded SEED (only this): every PERSON / ORG / NORP / GPE mention of up to --uncoded-stories
   stories per corpus that no gold batch uses (wire sample, Reuters-21578 dev, PolNeAR), the number
   coded through the office-holder table, and the share left without an actor code, grouped by class
   (head of state or government, minister, other official, state body, party, armed group, NGO, IGO,
   company, media, court, place, nationality, other person, other) by the title words around each
   mention (`census_class`). Counts go to stdout; the uncoded names per class go to --census-out
   (outside the repository: research-use text).
8. With --petrarch: the full pipeline on the PETRARCH unit suite with and without
   benchmarks/petrarch_actors.csv, scored by score.py events-cameo (triple_country_root).
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}


def country(code: str | None) -> str:
    root = (code or "")[:3].upper()
    return ALIASES.get(root, root)


def plover(shared: Path) -> None:
    from wirewatch.nlp.actors.assign import actor_for_span, assign_actors
    from wirewatch.nlp.model import analysis_text, load_model
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    nlp = load_model()
    records = [json.loads(line) for line in (shared / "data/events/plover_dev.jsonl").open()]
    articles = [analyze_structure(Document(id=r["id"], text=r["text"], date=r.get("date"))) for r in records]
    gold = found = spans = span_right = 0
    for record, article, doc in zip(records, articles, nlp.pipe([analysis_text(a) for a in articles]),
                                    strict=True):
        assign_actors(article, doc)
        countries = {country(e.actor.code) for e in article.entities if e.actor}
        for mention in record["actor"] + record["recipient"]:
            if not mention.get("code"):
                continue
            gold += 1
            found += country(mention["code"]) in countries
            start = record["text"].find(mention["text"])
            if start >= 0:
                spans += 1
                actor = actor_for_span(article, start, start + len(mention["text"]))
                span_right += actor is not None and country(actor.code) == country(mention["code"])
    print(f"PLOVER dev: {len(records)} sentences, {gold} coded gold actors")
    print(f"  gold country among entity actors: {found}/{gold} = {found / gold:.3f}")
    print(f"  actor_for_span on verbatim gold mentions: {span_right}/{spans} = {span_right / spans:.3f}")


def speed(shared: Path, limit: int = 40, repeat: int = 1) -> None:
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text, load_model
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    nlp = load_model()
    lines = itertools.islice((shared / "data/quotes/polnear_dev.jsonl").open(), limit)
    articles = [analyze_structure(Document(id=r["id"], text=r["text"])) for r in map(json.loads, lines)]
    docs = list(nlp.pipe([analysis_text(a) for a in articles]))
    tokens = sum(len(d) for d in docs)
    if repeat > 1:
        assign_actors(articles[0], docs[0])  # tables built once per process, not timed
    runs = []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        for article, doc in zip(articles, docs, strict=True):
            assign_actors(article, doc)
        runs.append((time.perf_counter() - started, time.process_time() - cpu))
    took, cpu_took = min(runs)
    best = f" (best of {repeat}, tables warm)" if repeat > 1 else ""
    print(f"assign_actors alone: {tokens} tokens in {took:.2f}s wall, {cpu_took:.2f}s CPU = "
          f"{tokens / took:,.0f} tokens/s{best}")


def long_document(shared: Path, limit: int = 40) -> None:
    """assign_actors on one long document: the first `limit` PolNeAR dev texts joined."""
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text, load_model
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    nlp = load_model()
    lines = itertools.islice((shared / "data/quotes/polnear_dev.jsonl").open(), limit)
    text = "\n\n".join(json.loads(line)["text"] for line in lines)
    article = analyze_structure(Document(id="long", text=text))
    doc = nlp(analysis_text(article))
    started = time.perf_counter()
    assign_actors(article, doc)
    took = time.perf_counter() - started
    print(f"one document of {len(doc)} tokens: assign_actors {took:.2f}s, {len(article.entities)} mentions")


def petrarch_recall(shared: Path) -> None:
    """Gold source/target countries of the PETRARCH suite found among entity actors."""
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text, load_model
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    nlp = load_model()
    records = [json.loads(line) for line in (shared / "data/events/petrarch_unit_suite.jsonl").open()]
    articles = [analyze_structure(Document(id=r["id"], text=r["text"], date=r.get("date"))) for r in records]
    docs = list(nlp.pipe([analysis_text(a) for a in articles]))
    for label, dictionaries in (("built-in tables", []), ("+ petrarch_actors.csv",
                                                          [str(ROOT / "benchmarks/petrarch_actors.csv")])):
        gold = found = 0
        for record, article, doc in zip(records, articles, docs, strict=True):
            assign_actors(article, doc, dictionaries=dictionaries)
            roots = {e.actor.code[:3] for e in article.entities if e.actor}
            for triple in record.get("expected") or []:
                for code in (triple["source"], triple["target"]):
                    if code and code[:3].isalpha() and code[:3].isupper():
                        gold += 1
                        found += code[:3] in roots
        print(f"PETRARCH unit suite, {label}: gold actor roots among entity actors "
              f"{found}/{gold} = {found / gold:.3f}")


def petrarch(shared: Path) -> None:
    from wirewatch.pipeline import Analyzer
    from wirewatch.records import Document

    gold = shared / "data/events/petrarch_unit_suite.jsonl"
    records = [json.loads(line) for line in gold.open()]
    for label, dictionaries in (("built-in tables", []), ("+ petrarch_actors.csv",
                                                          [str(ROOT / "benchmarks/petrarch_actors.csv")])):
        analyzer = Analyzer(actor_dictionaries=dictionaries)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
            docs = (Document(id=r["id"], text=r["text"], date=r.get("date"), source=r["id"]) for r in records)
            for item in analyzer.analyze_many(docs):
                record = item.to_record() if hasattr(item, "to_record") else {"id": item.id}
                out.write(json.dumps(record) + "\n")
        result = subprocess.run([sys.executable, str(shared / "eval/score.py"), "events-cameo",
                                 "--gold", str(gold), "--pred", out.name],
                                capture_output=True, text=True, check=False)
        metrics = json.loads(result.stdout.strip().splitlines()[-1])["metrics"]
        coarse, exact = metrics["triple_country_root"], metrics["triple_exact"]
        print(f"PETRARCH unit suite, {label}: triple_country_root {coarse}; triple_exact {exact}")


def examples() -> None:
    """Errors against the analyst's list of actors for the seed and the example stories."""
    sys.path.insert(0, str(ROOT / "tests"))
    from actors.example_golden import analyse, load_golden, story_errors, story_path
    from wirewatch.nlp.model import load_model

    nlp = load_model()
    total = 0
    for key, story in sorted(load_golden().items()):
        path = story_path(story)
        if not path.exists():
            print(f"{key}: skipped, {path} is absent")
            continue
        errors = story_errors(analyse(path, nlp), story)
        total += len(errors)
        print(f"{key}: {len(errors)} error(s)")
        for error in errors:
            print(f"    {error}")
    print(f"example-story actor errors: {total}")


def probes() -> None:
    """Pass counts of the fifth session's probe set per batch and class, with the misses."""
    sys.path.insert(0, str(ROOT / "tests"))
    from actors import test_probe_bodies as bodies
    from actors import test_probe_eighth as eighth
    from actors import test_probe_realnews as realnews
    from actors import test_probe_seventh as seventh
    from actors import test_probe_sixth as sixth
    from actors.actor_helpers import code_probes
    from wirewatch.nlp.model import load_model

    nlp = load_model()
    batches = [(name, getattr(bodies, name)) for name in ("BODIES", "AGENTS", "BODIES2", "AGENTS2", "BODIES3",
                                                          "AGENTS3")]
    batches.append(("REALNEWS", realnews.PROBES))  # the real-news follow-up's classes
    sixth_classes = ("NAMES", "OFFICES", "UNITS", "POSSESSIVES", "DATED_PLACES", "OWNERS", "BYLINES",
                     "PLACED")
    batches += [(f"SIXTH-{name}", getattr(sixth, name)) for name in sixth_classes]
    batches += [(f"SEVENTH-{name}", batch) for name, batch in seventh.BATCHES.items()]
    batches += [(f"EIGHTH-{name}", batch) for name, batch in eighth.BATCHES.items()]
    for name, batch in batches:
        right = 0
        for probe, (code, _) in zip(batch, code_probes(nlp, batch), strict=True):
            right += code == probe.code
            if code != probe.code:
                print(f"    {name}: {probe.phrase!r} ({probe.dateline or '-'}, {probe.published}): "
                      f"{code}, expected {probe.code}")
        print(f"{name}: {right}/{len(batch)}")


def census(shared: Path, seed: str, out: Path, spans_from: Path | None) -> None:
    """A sample of actor mentions from wire stories no gold batch uses, for judging by hand.

    Stories: the dev wire sample, Reuters-21578 dev, PolNeAR and TimeBank, minus every story key of
    benchmarks/wire_cameo_gold.jsonl (all batches; only the keys are read) and the keys batch 8 reserved
    (`wire_cameo_sentences.reserved_for_batch8`). The stories are taken in
    the order of sha1(seed:key), quotas per corpus, and one mention per story is drawn by the same
    hash from the entities assign_actors found. The sample (spans, codes, reasons, a window of the
    sentence) goes to --census-out, outside the repository: the text is research-use data. With
    --census-from, the spans of an earlier sample are coded again with the current rules, so one
    sample is judged before and after.
    """
    import hashlib

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import wire_cameo_sentences as wire
    from wirewatch.nlp.actors.assign import actor_for_span, assign_actors
    from wirewatch.nlp.model import analysis_text, load_model
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    def rank(key: str) -> str:
        return hashlib.sha1(f"{seed}:{key}".encode()).hexdigest()

    quotas = {"wire_raw_sample": 50, "reuters21578_dev": 40, "polnear_dev": 10, "polnear_train": 20,
              "timeml_dev": 30}
    previous = {}
    if spans_from:
        previous = {row["id"]: row for row in map(json.loads, spans_from.open())}
    nlp = load_model()
    rows = []
    for corpus, quota in quotas.items():
        stories = wire.unused_stories(shared, corpus)  # no gold batch's story, none batch 8 reserved
        keys = sorted(stories, key=rank)
        taken = 0
        for key in keys:
            if taken == quota:
                break
            if previous and not any(i.startswith(f"{corpus}:{key}:") for i in previous):
                continue
            record = stories[key]
            text = wire.story_text(record)
            article = analyze_structure(Document(id=key, text=text, date=wire.story_date(record) or None))
            doc = nlp(analysis_text(article))
            assign_actors(article, doc)
            if previous:
                picks = [(row["start"], row["end"]) for i, row in previous.items()
                         if i.startswith(f"{corpus}:{key}:")]
            else:
                entities = sorted(article.entities, key=lambda e: rank(f"{key}:{e.start}"))
                if not entities:
                    continue
                picks = [(entities[0].start, entities[0].end)]
            for start, end in picks:
                entity = next((e for e in article.entities if (e.start, e.end) == (start, end)), None)
                actor = entity.actor if entity else actor_for_span(article, start, end)
                sentence_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), start - 200) + 1
                sentence_end = min(x for x in (text.find(". ", end), end + 200, len(text)) if x >= 0)
                rows.append({"id": f"{corpus}:{key}:{start}", "corpus": corpus, "start": start, "end": end,
                             "date": article.published, "dateline": article.dateline.place if article.dateline
                             else None, "text": text[start:end], "label": entity.label if entity else None,
                             "code": actor.code if actor else None,
                             "refers_to": entity.refers_to if entity else None,
                             "reasons": actor.reasons if actor else [],
                             "window": " ".join(text[sentence_start:sentence_end + 1].split())})
            taken += 1
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"census {seed}: {len(rows)} mentions written to {out}")


CLASS_CUES: tuple[tuple[str, str], ...] = (
    # (class, regex over the mention and the words right before and after it); the first match wins.
    ("head of state or government", r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|"
     r"sultan|monarch|head of state|taoiseach|dictator|junta leader|crown prince)\b"),
    ("minister", r"\b(?:minister|secretary of state|foreign secretary|home secretary|defen[cs]e secretary|"
     r"treasury secretary|secretary of|chancellor of the exchequer)\b"),
    ("court", r"\b(?:court|tribunal|judge|justice|prosecutor)\b"),
    ("IGO", r"\b(?:united nations|u\.n\.|un|nato|imf|world bank|european union|eu|opec|gatt|wto|"
     r"european commission|security council|african union|arab league|asean|oecd|unicef|unhcr|iaea|who|"
     r"secretary-general|secretary general)\b"),
    ("NGO", r"\b(?:amnesty|human rights watch|red cross|red crescent|m[eé]decins|doctors without|"
     r"greenpeace|oxfam|transparency international|reporters without|ngo|charity|aid group|rights group)\b"),
    ("party", r"\b(?:party|parties|democrats?|republicans?|labou?r|tories|tory|conservatives?|liberals?|"
     r"socialists?|communists?|congress party|opposition leader|gop)\b"),
    ("armed group", r"\b(?:rebels?|guerrillas?|militants?|militia|insurgents?|army|front|brigades?|taliban|"
     r"hezbollah|hamas|al[- ]qaeda|islamic state|isis|fighters|liberation)\b"),
    ("media", r"\b(?:news agency|newspaper|daily|times|post|journal|television|tv|radio|reuters|"
     r"associated press|agence|xinhua|tass|kcna|yonhap|cnn|bbc|fox news|msnbc|broadcaster|magazine|"
     r"reporter|correspondent|editor|columnist)\b"),
    ("company", r"\b(?:inc|corp|corporation|co|ltd|plc|llc|group|company|companies|bank|airlines?|"
     r"holdings|industries|chairman|chief executive|ceo|executive|analyst|economist|trader|dealers?|"
     r"shareholders?|stock|shares|firm|brokers?)\b"),
    ("other official", r"\b(?:ambassador|envoy|spokes(?:man|woman|person)|governor|mayor|senator|sen\.|"
     r"rep\.|congressman|congresswoman|lawmaker|mp|deputy|general|gen\.|admiral|commander|colonel|"
     r"official|adviser|advisor|aide|director|chief|diplomat|negotiator|delegate|representative|"
     r"central bank|governor|police|ministry|department|government|parliament|assembly|cabinet|"
     r"commission|agency|council|senate|house|congress|committee|legislature)\b"),
)


def census_class(label: str, before: str, mention: str, after: str) -> str:
    """The class of an entity mention, by the title and head words around it (a census heuristic:
    the class an analyst would give, read off the words wire copy puts next to the name)."""
    import re

    if label == "GPE":
        return "place"
    near = f"{' '.join(before.split()[-4:])} [{mention}] {' '.join(after.split()[:4])}".lower()
    own = mention.lower()
    if label == "NORP":
        return "party" if re.search(CLASS_CUES[5][1], own) else "nationality or group"
    # the mention's own words first (an ORG names its class), then its neighbours (a PERSON's title)
    for text in ((own, near) if label != "PERSON" else (near,)):
        for name, pattern in CLASS_CUES:
            if re.search(pattern, text):
                if name == "other official" and label != "PERSON":
                    return "state body"
                return name
    return "other person" if label == "PERSON" else "other"


def uncoded(shared: Path, seed: str, per_corpus: int, out: Path) -> None:
    """Entity mentions left without an actor code on stories no gold batch uses, by class."""
    import hashlib
    from collections import Counter

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import wire_cameo_sentences as wire
    from wirewatch.nlp.model import analysis_text, load_model

    nlp = load_model()
    labels = {"PERSON", "ORG", "NORP", "GPE"}
    total: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    missed_by_corpus: Counter[tuple[str, str]] = Counter()
    names: dict[str, Counter[str]] = {}
    stories_seen = from_table = 0
    for corpus in ("wire_raw_sample", "reuters21578_dev", "polnear_dev", "polnear_train"):
        stories = wire.unused_stories(shared, corpus)
        keys = sorted(stories, key=lambda k: hashlib.sha1(f"{seed}:{k}".encode()).hexdigest())
        for key in keys[:per_corpus // 2 if corpus.startswith("polnear") else per_corpus]:
            try:
                article = wire.story_actors(key, stories[key], nlp)
            except Exception as error:  # one broken story never stops the census
                print(f"  skipped {corpus}:{key}: {error}", file=sys.stderr)
                continue
            stories_seen += 1
            body = analysis_text(article)
            for entity in article.entities:
                if entity.label not in labels:
                    continue
                total[entity.label] += 1
                if entity.actor is not None:
                    from_table += any("actor_leaders.csv" in r for r in entity.actor.reasons)
                    continue
                kind = census_class(entity.label, body[max(0, entity.start - 60):entity.start], entity.text,
                                    body[entity.end:entity.end + 60])
                missed[kind] += 1
                missed_by_corpus[(corpus, kind)] += 1
                names.setdefault(kind, Counter())[entity.text] += 1
    all_mentions, all_missed = sum(total.values()), sum(missed.values())
    print(f"uncoded census {seed}: {stories_seen} stories, {all_mentions} PERSON/ORG/NORP/GPE mentions "
          f"({dict(total)}), {all_missed} without a code ({all_missed / max(all_mentions, 1):.3f})")
    print(f"  coded through the office-holder table (data/actor_leaders.csv): {from_table}")
    corpora = sorted({c for c, _ in missed_by_corpus})
    print(f"  {'class':<30}{'uncoded':>8}{'share':>7}  " + "  ".join(c[:8] for c in corpora))
    for kind, count in missed.most_common():
        per = "  ".join(f"{missed_by_corpus[(c, kind)]:>8}" for c in corpora)
        print(f"  {kind:<30}{count:>8}{count / all_missed:>7.3f}  {per}")
    with out.open("w", encoding="utf-8") as handle:
        for kind, counter in names.items():
            row = {"class": kind, "names": counter.most_common()}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"  uncoded names per class written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--petrarch", action="store_true", help="also run the full pipeline on PETRARCH")
    parser.add_argument("--examples", action="store_true", help="only the example stories' golden check")
    parser.add_argument("--probes", action="store_true", help="only the fifth session's probe set, per class")
    parser.add_argument("--speed", type=int, metavar="N",
                        help="only the assign_actors speed on 84 PolNeAR dev documents, best of N runs")
    parser.add_argument("--census", metavar="SEED", help="only a sample of actor mentions from stories no "
                        "gold batch uses, drawn by SEED, written to --census-out for judging by hand")
    parser.add_argument("--census-out", type=Path, default=Path("/tmp/actors_census.jsonl"))
    parser.add_argument("--census-from", type=Path, help="code the spans of this earlier sample again")
    parser.add_argument("--uncoded", metavar="SEED", help="only the census of uncoded entity mentions by "
                        "class on stories no gold batch uses (drawn by SEED)")
    parser.add_argument("--uncoded-stories", type=int, default=200, metavar="N",
                        help="stories per corpus for --uncoded (PolNeAR dev and train: N/2 each)")
    args = parser.parse_args()
    if args.uncoded:
        uncoded(args.shared, args.uncoded, args.uncoded_stories, args.census_out)
        return
    if args.census:
        census(args.shared, args.census, args.census_out, args.census_from)
        return
    if args.examples:
        examples()
        return
    if args.probes:
        probes()
        return
    if args.speed:
        speed(args.shared, limit=84, repeat=args.speed)
        return
    from wirewatch.nlp.actors.countries import gazetteer

    started = time.perf_counter()
    gazetteer()
    print(f"gazetteer build (once per process): {time.perf_counter() - started:.2f}s")
    plover(args.shared)
    speed(args.shared)
    long_document(args.shared)
    petrarch_recall(args.shared)
    if args.petrarch:
        petrarch(args.shared)


if __name__ == "__main__":
    main()
