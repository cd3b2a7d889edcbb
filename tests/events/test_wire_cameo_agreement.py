"""The second-annotator sample of the real-news CAMEO set (benchmarks/wire_cameo_agreement.py).

The agreement figure in docs/benchmarks.md means something only if the sample is the same on every
machine, never touches the held-out batches 5 and 6, shows the blind annotator no gold, and the second
annotation still points at the sentences it was made on.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import sys
from collections import Counter

from support import DATA, ROOT, require_shared
from wirewatch.events.cameo import CODES, FOUR_DIGIT

sys.path.insert(0, str(ROOT / "benchmarks"))
import wire_cameo_agreement as agreement  # noqa: E402
import wire_cameo_sentences as sentences  # noqa: E402

GOLD = [json.loads(line) for line in agreement.GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
SECOND = [json.loads(line) for line in agreement.SECOND.read_text(encoding="utf-8").splitlines()
          if line.strip()]


def test_the_sample_is_fixed_whatever_the_order_of_the_gold_file() -> None:
    shuffled = GOLD[:]
    random.Random(7).shuffle(shuffled)
    ids = agreement.sample_ids(GOLD)
    assert ids == agreement.sample_ids(shuffled)
    assert len(ids) == agreement.SAMPLE_SIZE == 80
    # The committed second annotation is of exactly this sample, in the printer's order.
    assert [r["id"] for r in SECOND] == ids


def test_the_sample_holds_batches_one_to_four_only_in_their_proportions() -> None:
    by_id = {r["id"]: r for r in GOLD}
    chosen = [by_id[i] for i in agreement.sample_ids(GOLD)]
    assert {r["batch"] for r in chosen} <= {1, 2, 3, 4}
    eligible = [r for r in GOLD if r["batch"] in (1, 2, 3, 4)]
    population = Counter((r["batch"], r["category"]) for r in eligible)
    drawn = Counter((r["batch"], r["category"]) for r in chosen)
    for stratum, size in population.items():
        share = size * agreement.SAMPLE_SIZE / len(eligible)
        assert abs(drawn[stratum] - share) < 1, stratum
    # A held-out record never enters, even when it would rank first by the hash.
    held_out = [{**r, "id": r["id"] + "#held", "batch": 5} for r in eligible]
    assert {r["batch"] for r in held_out} == {5}
    assert agreement.sample_ids(held_out + eligible) == agreement.sample_ids(eligible)


def test_the_second_annotation_holds_references_and_known_codes_only() -> None:
    allowed = {*agreement.REFERENCE_FIELDS, "expected", "note"}
    gold = {r["id"]: r for r in GOLD}
    for rec in SECOND:
        assert set(rec) == allowed, rec["id"]
        assert all(rec[k] == gold[rec["id"]][k] for k in agreement.REFERENCE_FIELDS), rec["id"]
        assert len(rec["note"]) < 80, rec["id"]
        for triple in rec["expected"]:
            assert triple["source"] and triple["target"], rec["id"]
            assert triple["code"] in CODES or triple["code"] in FOUR_DIGIT, (rec["id"], triple["code"])


def test_every_second_annotation_record_resolves_against_shared_by_its_hash() -> None:
    for corpus in sentences.CORPORA.values():
        require_shared(DATA.parent / corpus)
    corpora = {r["corpus"] for r in SECOND}
    stories = {corpus: sentences.load_stories(DATA.parent, corpus) for corpus in corpora}
    for rec in SECOND:
        raw = sentences.story_text(stories[rec["corpus"]][rec["story"]])
        assert sentences.sentence_spans(raw)[rec["index"]] == (rec["start"], rec["end"]), rec["id"]
        assert sentences.text_hash(raw[rec["start"]:rec["end"]]) == rec["sha1_12"], rec["id"]


def test_the_printer_shows_the_story_and_nothing_of_the_gold() -> None:
    for corpus in sentences.CORPORA.values():
        require_shared(DATA.parent / corpus)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        agreement._print_sample(DATA.parent, before=2, after=1)
    text = printed.getvalue()
    sample = {r["id"]: r for r in GOLD if r["id"] in set(agreement.sample_ids(GOLD))}
    headers = [line for line in text.splitlines() if line.startswith("=== ")]
    assert len(headers) == len(sample)
    for line in headers:
        assert "null" not in line and "interaction" not in line and "expected" not in line, line
    # Besides the headers, only sentences of the story: one marked '>>' per record, the rest context.
    body = [line for line in text.splitlines() if line and not line.startswith("=== ")]
    assert all(line.startswith((">> ", "   ")) for line in body)
    assert sum(line.startswith(">> ") for line in body) == len(sample)
    for rec in sample.values():
        for triple in rec["expected"]:
            assert f"{triple['source']}>{triple['target']}" not in text, rec["id"]


# The guide sample (ninth session): batch 7, annotated under the annotation guide. Batch 7 is held out,
# so the assertions below name records by their position in the sample, never by id.
GUIDED = [json.loads(line) for line in agreement.GUIDED.read_text(encoding="utf-8").splitlines()
          if line.strip()]


def test_the_guide_sample_is_fixed_and_takes_all_interactions_and_a_third_of_null_cases() -> None:
    shuffled = GOLD[:]
    random.Random(10).shuffle(shuffled)
    ids = agreement.guide_sample_ids(GOLD)
    assert ids == agreement.guide_sample_ids(shuffled)
    batch = [r for r in GOLD if r["batch"] == agreement.GUIDE_BATCH]
    chosen = [r for r in batch if r["id"] in set(ids)]
    interactions = sum(r["category"] == "interaction" for r in batch)
    nulls = len(batch) - interactions
    assert sum(r["category"] == "interaction" for r in chosen) == interactions
    assert sum(r["category"] == "null" for r in chosen) == round(nulls / 3)
    # The draw reads ids and categories only: other triples give the same sample.
    blanked = [{**r, "expected": [], "note": ""} for r in GOLD]
    assert agreement.guide_sample_ids(blanked) == ids
    # The committed annotation is of exactly this sample, in the printer's order.
    assert [r["id"] for r in GUIDED] == ids


def test_the_guided_annotation_holds_references_and_known_codes_only() -> None:
    allowed = {*agreement.REFERENCE_FIELDS, "expected", "note"}
    gold = {r["id"]: r for r in GOLD}
    for position, rec in enumerate(GUIDED, 1):
        assert set(rec) == allowed, position
        assert all(rec[k] == gold[rec["id"]][k] for k in agreement.REFERENCE_FIELDS), position
        assert rec["batch"] == agreement.GUIDE_BATCH, position
        assert len(rec["note"]) < 80, position
        for triple in rec["expected"]:
            assert triple["source"] and triple["target"], position
            assert triple["code"] in CODES or triple["code"] in FOUR_DIGIT, (position, triple["code"])


def test_every_guided_record_resolves_against_shared_by_its_hash() -> None:
    for corpus in sentences.CORPORA.values():
        require_shared(DATA.parent / corpus)
    corpora = {r["corpus"] for r in GUIDED}
    stories = {corpus: sentences.load_stories(DATA.parent, corpus) for corpus in corpora}
    for position, rec in enumerate(GUIDED, 1):
        raw = sentences.story_text(stories[rec["corpus"]][rec["story"]])
        assert sentences.sentence_spans(raw)[rec["index"]] == (rec["start"], rec["end"]), position
        assert sentences.text_hash(raw[rec["start"]:rec["end"]]) == rec["sha1_12"], position


def test_the_guide_printer_shows_one_marked_sentence_per_record_and_no_gold() -> None:
    for corpus in sentences.CORPORA.values():
        require_shared(DATA.parent / corpus)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        agreement._print_sample(DATA.parent, before=2, after=1, sample="guide")
    lines = printed.getvalue().splitlines()
    headers = [line for line in lines if line.startswith("=== ")]
    assert len(headers) == len(GUIDED)
    assert not [h for h in headers if "null" in h or "interaction" in h or "expected" in h]
    body = [line for line in lines if line and not line.startswith("=== ")]
    assert all(line.startswith((">> ", "   ")) for line in body)
    assert sum(line.startswith(">> ") for line in body) == len(GUIDED)
    sample = {r["id"] for r in GUIDED}
    dyads = {f"{t['source']}>{t['target']}" for r in GOLD if r["id"] in sample for t in r["expected"]}
    text = printed.getvalue()
    assert not [d for d in dyads if d in text]
