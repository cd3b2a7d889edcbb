"""The full-text index is merged back to few segments at the end of an ingest run (SQLite), searches
find the same rows in the same order, `--no-compact` leaves it, and a store that cannot be written
keeps everything it had."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirewatch.cli import cli
from wirewatch.errors import StoreError
from wirewatch.store import Store
from wirewatch.store.compact import MAX_SEGMENTS, segment_count

WORDS = ("minister", "said", "talks", "sanctions", "missile", "port", "rice", "border", "summit", "trade")
QUERIES = ("said", "rice port", '"border summit"', "trade -missile", "sanction*")


def write_docs(path: Path, first: int, count: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(first, first + count):
            words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(n % 7 + 2))
            text = f"Story {n} {words}\nSEOUL (Yonhap) -- {words}.\n"
            day = f"2021-02-{1 + n % 28:02d}"
            handle.write(json.dumps({"id": f"doc-{n}", "text": text, "published": day}) + "\n")
    return path


def segments(db: Path) -> tuple[int, int]:
    """The count from the structure record, and the distinct segments in the index's page table."""
    conn = sqlite3.connect(db)
    try:
        distinct = int(conn.execute("SELECT COUNT(DISTINCT segid) FROM articles_fts_idx").fetchone()[0])
        return segment_count(conn), distinct
    finally:
        conn.close()


def unmerged(store: Store, docs: Path) -> None:
    """Ingest in batches of 5 (a segment each), leaving the index as the batches left it."""
    store.ingest([docs], only="structure", batch_size=5, compact=False)


def results(store: Store) -> dict[str, list[tuple[str, float]]]:
    return {q: [(r["id"], r["score"]) for r in store.search(q, limit=0)] for q in QUERIES}


def test_two_ingests_leave_few_segments(tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    with Store(db) as store:
        first = store.ingest([write_docs(tmp_path / "a.jsonl", 0, 150)], only="structure", batch_size=5)
        second = store.ingest([write_docs(tmp_path / "b.jsonl", 150, 150)], only="structure", batch_size=5)
    counted, distinct = segments(db)
    assert counted == distinct <= MAX_SEGMENTS
    for summary in (first, second):  # each run wrote a segment per batch, then merged them
        assert summary.compacted is not None and summary.compacted.segments_before > MAX_SEGMENTS
        assert summary.compacted.segments_after == 1 and summary.compacted.method == "optimize"
        assert summary.to_dict()["index_compacted"]["segments_after"] == 1


def test_search_results_are_the_same_after_compacting(tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    with Store(db) as store:
        summary = store.ingest([write_docs(tmp_path / "a.jsonl", 0, 150)], only="structure", batch_size=5,
                               compact=False)
        assert summary.compacted is None
        before = results(store)
        assert segments(db)[0] > MAX_SEGMENTS
        done = store.compact_index()
        assert done is not None and done.segments_before > MAX_SEGMENTS and done.segments_after == 1
        assert results(store) == before and len(before["said"]) > 20
        again = store.compact_index()  # one segment: nothing to do
        assert again is not None and again.method == "" and again.segments_after == 1
    assert segments(db) == (1, 1)


def test_a_run_that_stored_nothing_does_not_compact(tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    docs = write_docs(tmp_path / "a.jsonl", 0, 150)
    with Store(db) as store:
        store.ingest([docs], only="structure", batch_size=5, compact=False)
        many = segments(db)[0]
        summary = store.ingest([docs], only="structure", batch_size=5)  # every document a duplicate
    assert summary.stored == 0 and summary.duplicates == 150
    assert summary.compacted is None and segments(db)[0] == many > MAX_SEGMENTS


def test_cli_reports_compaction_and_no_compact_skips_it(tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    runner = CliRunner()
    skipped = runner.invoke(cli, ["ingest", str(write_docs(tmp_path / "a.jsonl", 0, 1000)), "--db", str(db),
                                  "--only", "structure", "--quiet", "--no-compact"])
    assert skipped.exit_code == 0, skipped.output
    assert "index compacted" not in skipped.output
    many = segments(db)[0]
    assert many > 1  # ingest's own batches (200 documents each) left a segment apiece

    done = runner.invoke(cli, ["compact", "--db", str(db)])
    assert done.exit_code == 0, done.output
    assert f"{many} -> 1 segments (optimize" in done.output
    assert segments(db) == (1, 1)
    again = runner.invoke(cli, ["compact", "--db", str(db)])
    assert "already one segment" in again.output


def test_ingest_summary_line(tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    with Store(db) as store:  # a store whose index already has many segments
        unmerged(store, write_docs(tmp_path / "a.jsonl", 0, 150))
    more = write_docs(tmp_path / "b.jsonl", 150, 20)
    result = CliRunner().invoke(cli, ["ingest", str(more), "--db", str(db), "--only", "structure", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "index compacted" in result.output and "-> 1 segments (optimize" in result.output


def test_compact_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compact", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no database at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_a_locked_store_gives_a_clear_message_and_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    with Store(db) as store:
        unmerged(store, write_docs(tmp_path / "a.jsonl", 0, 150))
        before = results(store)
    many = segments(db)[0]
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        with Store(db, lock_timeout=0.2) as store, pytest.raises(StoreError, match="locked") as raised:
            store.compact_index()
        assert raised.value.code == "S008"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert segments(db)[0] == many
    with Store(db) as store:
        assert results(store) == before


def test_ingest_keeps_its_articles_when_the_index_cannot_be_compacted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wirewatch.store.writer import Writer

    def read_only(self: Writer, *, force: bool = False) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Writer, "compact_index", read_only)
    db = tmp_path / "ww.db"
    result = CliRunner().invoke(cli, ["ingest", str(write_docs(tmp_path / "a.jsonl", 0, 30)), "--db", str(db),
                                      "--only", "structure", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "index not compacted: OperationalError: attempt to write a readonly database" in result.output
    with Store(db) as store:
        assert store.stats()["articles"] == 30


def test_an_index_too_big_to_optimize_is_merged_incrementally(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from wirewatch.store import compact

    monkeypatch.setattr(compact, "OPTIMIZE_MAX_PAGES", 0)  # every index counts as huge
    db = tmp_path / "ww.db"
    with Store(db) as store:
        unmerged(store, write_docs(tmp_path / "a.jsonl", 0, 150))
        before = results(store)
        many = segments(db)[0]
        done = store.compact_index()
        assert done is not None and done.method == "merge" and done.segments_after == 1 < many
        assert results(store) == before
    assert segments(db) == (1, 1)
