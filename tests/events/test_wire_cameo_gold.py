"""The real-news CAMEO dev set (benchmarks/wire_cameo_gold.jsonl) stays a set of references.

It must never carry the research-use text itself, every span must still rebuild the sentence it was
annotated on (so the figures in docs/benchmarks.md keep meaning the same sentences), the stored half
must be the fixed hash rule's, and every expected code must be a CAMEO code the coder knows.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from typing import Any

import pytest

from support import DATA, ROOT, require_shared
from wirewatch.events.cameo import CODES, FOUR_DIGIT

sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_wire_cameo as evaluation  # noqa: E402
import wire_cameo_sentences as sentences  # noqa: E402

GOLD = ROOT / "benchmarks" / "wire_cameo_gold.jsonl"
RECORDS = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_holds_references_and_codes_only() -> None:
    allowed = {"id", "corpus", "story", "index", "start", "end", "sha1_12", "date", "half", "category",
               "batch", "expected", "note"}
    for rec in RECORDS:
        assert set(rec) <= allowed, rec["id"]
        assert len(rec["note"]) < 80, rec["id"]
        assert rec["batch"] in evaluation.BATCHES, rec["id"]
        assert rec["corpus"] in sentences.CORPORA, rec["id"]
        assert rec["half"] == sentences.half_of(rec["story"], rec["index"]), rec["id"]
        assert (rec["category"] == "null") == (not rec["expected"]), rec["id"]
        for triple in rec["expected"]:
            assert triple["code"] in CODES or triple["code"] in FOUR_DIGIT, (rec["id"], triple["code"])
            assert triple["source"] and triple["target"], rec["id"]
    assert len({rec["id"] for rec in RECORDS}) == len(RECORDS)


def test_spans_rebuild_the_annotated_sentences() -> None:
    require_shared(DATA / "structure" / "wire_raw_sample.jsonl")
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    require_shared(DATA / "quotes" / "polnear_train.jsonl")
    stories = {corpus: sentences.load_stories(DATA.parent, corpus) for corpus in sentences.CORPORA}
    for rec in RECORDS:
        raw = sentences.story_text(stories[rec["corpus"]][rec["story"]])
        assert sentences.sentence_spans(raw)[rec["index"]] == (rec["start"], rec["end"]), rec["id"]
        assert sentences.text_hash(raw[rec["start"]:rec["end"]]) == rec["sha1_12"], rec["id"]


def test_batch_three_is_fresh_copy_with_its_dates() -> None:
    """Batch 3 (TimeBank copy, plus unused wire stories) repeats no sentence of batches 1-2 (TimeBank shares
    75 stories with wire_raw_sample) and dates each TimeBank sentence by its document's DCT."""
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    earlier = [rec for rec in RECORDS if rec["batch"] < 3]
    third = [rec for rec in RECORDS if rec["batch"] == 3]
    assert len(third) >= 50
    assert not {rec["sha1_12"] for rec in third} & {rec["sha1_12"] for rec in earlier}
    timebank = sentences.load_stories(DATA.parent, "timeml_dev")
    for rec in third:
        if rec["corpus"] == "timeml_dev":
            assert rec["date"] == timebank[rec["story"]]["dct"], rec["id"]


def _actors_census_stories() -> set[str]:
    """"corpus:story" of every story the actors census sampled (an engineer read a window of each)."""
    census = json.loads((ROOT / "benchmarks" / "actors_census_judged.json").read_text(encoding="utf-8"))
    return {mention.rsplit(":", 1)[0] for sample in census.values() for mention in sample}


def _second_annotator_stories() -> set[tuple[str, str]]:
    """(corpus, story) of every story the second annotator's samples drew on (guided and unguided)."""
    out: set[tuple[str, str]] = set()
    for name in ("wire_cameo_second.jsonl", "wire_cameo_guided.jsonl"):
        lines = (ROOT / "benchmarks" / name).read_text(encoding="utf-8").splitlines()
        out |= {(rec["corpus"], rec["story"]) for rec in map(json.loads, filter(None, lines))}
    return out


def _stories_and_unseen_check(batch: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Every story of the shared corpora, and the batch's records after checking that none of their stories
    holds a long sentence of an earlier batch (under any corpus's key: TimeBank repeats wire_raw_sample
    stories, KCNA repeats whole articles under other ids)."""
    stories = {corpus: sentences.load_stories(DATA.parent, corpus) for corpus in sentences.CORPORA}

    def long_sentence_hashes(corpus: str, key: str) -> set[str]:
        raw = sentences.story_text(stories[corpus][key])
        return {sentences.text_hash(raw[a:b]) for a, b in sentences.sentence_spans(raw) if b - a > 80}

    seen: set[str] = set()
    for corpus, key in {(rec["corpus"], rec["story"]) for rec in RECORDS if rec["batch"] < batch}:
        seen |= long_sentence_hashes(corpus, key)
    records = [rec for rec in RECORDS if rec["batch"] == batch]
    for rec in records:
        assert not long_sentence_hashes(rec["corpus"], rec["story"]) & seen, rec["id"]
    return stories, records


def test_batch_four_comes_from_stories_no_rule_writer_has_seen() -> None:
    """Batch 4 takes no story that holds a sentence of batches 1-3, not even under another corpus's key
    (TimeBank repeats wire_raw_sample stories, KCNA repeats whole articles under other ids), keeps to 4
    sentences a story, and dates each PolNeAR sentence by its article's publication date."""
    require_shared(DATA / "quotes" / "polnear_train.jsonl")
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    stories, fourth = _stories_and_unseen_check(4)
    assert len(fourth) >= 100
    assert len({rec["sha1_12"] for rec in fourth}) == len(fourth)
    assert max(Counter(rec["story"] for rec in fourth).values()) <= 4
    for rec in fourth:
        if rec["corpus"].startswith("polnear"):
            assert rec["date"] == stories[rec["corpus"]][rec["story"]]["publication_date"], rec["id"]


def test_batch_five_comes_from_stories_no_earlier_batch_holds() -> None:
    """Batch 5 (about 130 sentences, mostly interactions) takes no story that holds a sentence of batches 1-4
    under any corpus's key, keeps to 4 sentences a story, is about a third null cases (42 of 132), and
    dates each story as `story_date` does; every span resolves against ../shared (checked above)."""
    require_shared(DATA / "quotes" / "polnear_train.jsonl")
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    stories, fifth = _stories_and_unseen_check(5)
    assert len(fifth) == 132
    assert sum(1 for rec in fifth if rec["expected"]) == 90
    assert sum(len(rec["expected"]) for rec in fifth) == 145
    assert {rec["corpus"] for rec in fifth} == {"wire_raw_sample", "reuters21578_dev", "polnear_train",
                                                 "polnear_dev"}
    assert len({rec["sha1_12"] for rec in fifth}) == len(fifth)
    assert max(Counter(rec["story"] for rec in fifth).values()) <= 4
    for rec in fifth:
        assert rec["date"] == sentences.story_date(stories[rec["corpus"]][rec["story"]]), rec["id"]


def test_batch_six_comes_from_stories_no_earlier_batch_holds() -> None:
    """Batch 6 (the lead's never-seen figure: 104 sentences, 72 interactions with 100 triples, 32 null cases)
    takes no story that holds a sentence of batches 1-5 under any corpus's key, none that the actors
    census sampled (benchmarks/actors_census_judged.json: an engineer read a window of those stories),
    keeps to 4 sentences a story, repeats no sentence, and dates each story as `story_date` does; every
    span resolves against ../shared (checked above)."""
    require_shared(DATA / "quotes" / "polnear_train.jsonl")
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    stories, sixth = _stories_and_unseen_check(6)
    assert len(sixth) == 104
    assert sum(1 for rec in sixth if rec["expected"]) == 72
    assert sum(len(rec["expected"]) for rec in sixth) == 100
    sampled = _actors_census_stories()
    assert not {f"{rec['corpus']}:{rec['story']}" for rec in sixth} & sampled
    assert {rec["corpus"] for rec in sixth} == set(sentences.CORPORA)
    assert len({rec["sha1_12"] for rec in sixth}) == len(sixth)
    assert max(Counter(rec["story"] for rec in sixth).values()) <= 4
    for rec in sixth:
        assert rec["date"] == sentences.story_date(stories[rec["corpus"]][rec["story"]]), rec["id"]


def test_batch_seven_comes_from_international_stories_no_earlier_annotation_holds() -> None:
    """Batch 7 (ninth session, annotated under the annotation guide of docs/events.md: 104 sentences, 58
    interactions with 78 triples, 46 null cases) takes no story that holds a sentence of batches 1-6 or of
    the second annotator's sample (benchmarks/wire_cameo_second.jsonl) under any corpus's key, none that the
    actors census sampled, keeps to 4 sentences a story, repeats no sentence, draws on every corpus, and dates
    each story as `story_date` does; every span resolves against ../shared (checked above)."""
    require_shared(DATA / "quotes" / "polnear_train.jsonl")
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    stories, seventh = _stories_and_unseen_check(7)
    assert len(seventh) == 104
    assert sum(1 for rec in seventh if rec["expected"]) == 58
    assert sum(len(rec["expected"]) for rec in seventh) == 78
    second_file = ROOT / "benchmarks" / "wire_cameo_second.jsonl"
    second = [json.loads(line) for line in second_file.read_text(encoding="utf-8").splitlines() if line]
    second_stories = {(rec["corpus"], rec["story"]) for rec in second}
    assert not {(rec["corpus"], rec["story"]) for rec in seventh} & second_stories
    sampled = _actors_census_stories()
    assert not {f"{rec['corpus']}:{rec['story']}" for rec in seventh} & sampled
    assert {rec["corpus"] for rec in seventh} == set(sentences.CORPORA)
    assert len({rec["sha1_12"] for rec in seventh}) == len(seventh)
    assert max(Counter(rec["story"] for rec in seventh).values()) <= 4
    for rec in seventh:
        assert rec["date"] == sentences.story_date(stories[rec["corpus"]][rec["story"]]), rec["id"]


def test_batch_eight_comes_from_reserved_stories_no_earlier_annotation_or_census_read() -> None:
    """Batch 8 (tenth session, under the annotation guide: 106 sentences, 60 interactions with 72 triples, 46
    null cases; committed before any run of the coder on it) takes only stories whose key was reserved for
    it (an even first hex digit of sha1("batch8:" + key); censuses of that session read only the odd ones),
    none that holds a sentence of batches 1-7 or of the second annotator's samples under any corpus's key,
    none that the actors census sampled, keeps to 2 sentences a story, repeats no sentence, draws on every
    corpus with PolNeAR at most half, and dates each story as `story_date` does."""
    require_shared(DATA / "quotes" / "polnear_train.jsonl")
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    stories, eighth = _stories_and_unseen_check(8)
    assert len(eighth) == 106
    assert sum(1 for rec in eighth if rec["expected"]) == 60
    assert sum(len(rec["expected"]) for rec in eighth) == 72
    for rec in eighth:
        assert sentences.reserved_for_batch8(rec["story"]), rec["id"]
    second_stories = _second_annotator_stories()
    assert not {(rec["corpus"], rec["story"]) for rec in eighth} & second_stories
    sampled = _actors_census_stories()
    assert not {f"{rec['corpus']}:{rec['story']}" for rec in eighth} & sampled
    assert {rec["corpus"] for rec in eighth} == set(sentences.CORPORA)
    assert sum(1 for rec in eighth if rec["corpus"].startswith("polnear")) <= len(eighth) // 2
    assert len({rec["sha1_12"] for rec in eighth}) == len(eighth)
    assert max(Counter(rec["story"] for rec in eighth).values()) <= 2
    for rec in eighth:
        assert rec["date"] == sentences.story_date(stories[rec["corpus"]][rec["story"]]), rec["id"]


def test_batch_nine_comes_from_reserved_stories_no_earlier_batch_used() -> None:
    """Batch 9 (twenty-third session, under the annotation guide: 72 sentences, 40 interactions with 53
    triples, 32 null cases; each record committed before any run of the coder on it) takes only stories
    batch 8 reserved and did not use, none that holds a sentence of batches 1-8 or of the second
    annotator's samples under any corpus's key; repeats no sentence, draws on every corpus and dates each
    story as `story_date` does. Unlike batch 8 it holds 26 records of stories the actors census sampled.
    PolNeAR is about two thirds: the reserved stories of the other corpora left after the unseen check
    hold little political copy."""
    require_shared(DATA / "quotes" / "polnear_train.jsonl")
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    stories, ninth = _stories_and_unseen_check(9)
    assert len(ninth) == 72
    assert sum(1 for rec in ninth if rec["expected"]) == 40
    assert sum(len(rec["expected"]) for rec in ninth) == 53
    earlier = {(rec["corpus"], rec["story"]) for rec in RECORDS if rec["batch"] < 9}
    for rec in ninth:
        assert sentences.reserved_for_batch8(rec["story"]), rec["id"]
        assert (rec["corpus"], rec["story"]) not in earlier, rec["id"]
    second_stories = _second_annotator_stories()
    assert not {(rec["corpus"], rec["story"]) for rec in ninth} & second_stories
    # 26 records of 12 stories sit in stories the actors census sampled (a window around one mention each
    # was read for its actor code): reported apart in docs/benchmarks.md, not dropped
    sampled = _actors_census_stories()
    assert sum(1 for rec in ninth if f"{rec['corpus']}:{rec['story']}" in sampled) == 26
    assert {rec["corpus"] for rec in ninth} == set(sentences.CORPORA)
    assert len({rec["sha1_12"] for rec in ninth}) == len(ninth)
    for rec in ninth:
        assert rec["date"] == sentences.story_date(stories[rec["corpus"]][rec["story"]]), rec["id"]


def test_batch_ten_comes_from_reserved_stories_no_earlier_batch_used() -> None:
    """Batch 10 (twenty-fourth session, wip/wire26, under the annotation guide: 84 sentences, 31 interactions
    with 36 triples, 53 null cases; committed before any run of the coder on it) takes only stories batch 8
    reserved and batches 8-9 did not use, none that holds a sentence of batches 1-9 or of the second
    annotator's samples under any corpus's key; repeats no sentence, draws on every corpus and dates each
    story as `story_date` does. PolNeAR is about three fifths and most null cases come from the other
    corpora: their reserved stories left after the unseen check hold little political copy (Reuters'
    are mostly markets, wire's mostly KCNA's home news, TimeBank's mostly WSJ business)."""
    require_shared(DATA / "quotes" / "polnear_train.jsonl")
    require_shared(DATA / "time" / "timeml_dev.jsonl")
    stories, tenth = _stories_and_unseen_check(10)
    assert len(tenth) == 84
    assert sum(1 for rec in tenth if rec["expected"]) == 31
    assert sum(len(rec["expected"]) for rec in tenth) == 36
    earlier = {(rec["corpus"], rec["story"]) for rec in RECORDS if rec["batch"] < 10}
    for rec in tenth:
        assert sentences.reserved_for_batch8(rec["story"]), rec["id"]
        assert (rec["corpus"], rec["story"]) not in earlier, rec["id"]
        assert rec["half"] == sentences.half_of(rec["story"], rec["index"]), rec["id"]
    second_stories = _second_annotator_stories()
    assert not {(rec["corpus"], rec["story"]) for rec in tenth} & second_stories
    # 22 records sit in stories the actors census sampled, as batch 9's did (reported, not dropped)
    sampled = _actors_census_stories()
    assert sum(1 for rec in tenth if f"{rec['corpus']}:{rec['story']}" in sampled) == 22
    assert {rec["corpus"] for rec in tenth} == set(sentences.CORPORA)
    assert len({rec["sha1_12"] for rec in tenth}) == len(tenth)
    # the same story under two corpora's keys (TimeBank copies wire stories) is taken from one only
    texts = {sentences.story_text(stories[rec["corpus"]][rec["story"]])[:200] for rec in tenth}
    assert len(texts) == len({(rec["corpus"], rec["story"]) for rec in tenth})
    for rec in tenth:
        assert rec["date"] == sentences.story_date(stories[rec["corpus"]][rec["story"]]), rec["id"]


def test_errors_list_only_the_read_half_of_batch_nine(tmp_path: Any, capsys: Any) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps({"id": i, "events": []}) for i in ("r", "u")), encoding="utf-8")
    gold = [{"source": "FRA", "target": "DEU", "code": "042"}]
    for batch in (9, 10):
        records = [{"id": i, "story": "s", "batch": batch, "half": half, "expected": gold, "note": "",
                    "text": i} for i, half in (("r", "read"), ("u", "unread"))]
        evaluation._read_errors(records, pred)
        out = capsys.readouterr().out
        assert "MISS r " in out and "MISS u " not in out, batch


def test_breakdown_names_why_a_triple_was_missed() -> None:
    gold = ("USAGOV", "IRQ", "139")
    assert evaluation._miss_cause(gold, set()) == "predicted_nothing"
    assert evaluation._miss_cause(gold, {("USAGOV", "IRQ", "111")}) == "wrong_root"
    assert evaluation._miss_cause(gold, {("USA", "IRQ", "138")}) == "right_root_other_actor"
    assert evaluation._miss_cause(gold, {("USAGOV", "", "138")}) == "right_root_empty_dyad"
    assert evaluation._miss_cause(gold, {("USAGOV", "IRQ", "138")}) == "right_actors_other_code_same_root"


def test_breakdown_splits_sentences_with_no_triple_into_no_act_and_no_dyad(tmp_path: Any) -> None:
    pred = tmp_path / "pred.jsonl"
    rows = [{"id": "a", "events": []},
            {"id": "b", "events": [{"cameo": None, "source": {"code": "FRA"}, "target": None}]},
            {"id": "c", "events": [{"cameo": "042", "source": {"code": "FRA"}, "target": {"code": "DEU"}}]}]
    pred.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    records = [{"id": "a", "half": "read", "expected": [{"source": "FRA", "target": "DEU", "code": "111"}]},
               {"id": "b", "half": "read", "expected": [{"source": "FRA", "target": "DEU", "code": "042"}]},
               {"id": "c", "half": "read", "expected": [{"source": "FRA", "target": "DEU", "code": "042"}]}]
    counts = evaluation.breakdown(records, pred)["all"]
    assert counts["matched"] == 1
    assert counts["predicted_nothing"] == 2
    assert counts["no_event_root_11"] == 1
    assert counts["event_without_dyad"] == 1


def test_errors_refuse_the_held_out_batches() -> None:
    for batches in ("5", "2,5", "3,4,5", "6", "1,6", "5,6", "7", "4,7", "5,6,7", "8", "3,8", "5,6,7,8"):
        done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_wire_cameo.py"), "--batch",
                               batches, "--errors"], capture_output=True, text=True)
        assert done.returncode != 0, batches
        assert "held out" in done.stderr, batches


def test_batch_option_takes_a_list_of_known_batches() -> None:
    assert evaluation.parse_batches("3,4") == {3, 4}
    assert evaluation.parse_batches("2") == {2}
    assert evaluation.parse_batches("3,4,5") == {3, 4, 5}
    assert evaluation.parse_batches("5,6") == {5, 6}
    assert evaluation.parse_batches("5,6,7") == {5, 6, 7}
    assert evaluation.parse_batches("8") == {8}
    assert evaluation.parse_batches("9") == {9}
    assert evaluation.parse_batches("9,10") == {9, 10}
    for bad in ("11", "3,x", ""):
        with pytest.raises(argparse.ArgumentTypeError):
            evaluation.parse_batches(bad)


def test_fresh_stories_drop_a_story_an_earlier_batch_showed_to_rule_writers() -> None:
    def rec(story: str, batch: int, half: str) -> dict[str, Any]:
        return {"story": story, "batch": batch, "half": half}

    records = [rec("seen", 1, "read"), rec("seen", 3, "unread"), rec("unread-only", 1, "unread"),
               rec("unread-only", 3, "read"), rec("new", 3, "read")]
    kept = evaluation.fresh_story_records(records)
    assert [(r["story"], r["batch"]) for r in kept] == [("seen", 1), ("unread-only", 1), ("unread-only", 3),
                                                         ("new", 3)]
