"""The store as a user meets it: ingest once, find things, never twice the same document."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.conftest import analysed
from wirecopy import story
from wirewatch.errors import StoreError
from wirewatch.store import Store
from wirewatch.store.schema import latest_version


def _write_texts(root: Path, count: int, start: int = 0, extra: str = "") -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = root / f"story-{n:04d}.txt"
        path.write_text(story(n, extra=extra), encoding="utf-8")
        paths.append(path)
    return paths


def test_reingesting_is_a_no_op(store: Store, tmp_path: Path) -> None:
    _write_texts(tmp_path / "wire", 12)
    first = store.ingest([tmp_path / "wire"], only="structure")
    again = store.ingest([tmp_path / "wire"], only="structure")
    assert (first.stored, first.duplicates) == (12, 0)
    assert (again.stored, again.duplicates) == (0, 12)
    assert store.stats()["articles"] == 12


def test_reader_settings_as_keywords(store: Store, tmp_path: Path) -> None:
    import json

    path = tmp_path / "wire.jsonl"
    record_line = json.dumps({"key": "k-1", "copy": story(5), "date": "2021-03-02"})
    path.write_text(record_line + "\n", encoding="utf-8")
    assert store.ingest([path], only="structure", text_field="copy", id_field="key").stored == 1
    record = store.get("k-1")
    assert record is not None and record["document"]["date"] is None  # `date` is never guessed


def test_a_higher_level_replaces_a_lower_one_without_duplicates(store: Store) -> None:
    plain = analysed(1, event=None)
    plain.entities, plain.quotes, plain.timexes = [], [], []
    assert store.writer.write([plain], [], "structure").stored == 1
    result = store.writer.write([analysed(1)], [], "events")
    assert (result.stored, result.upgraded) == (0, 1)
    assert store.writer.write([analysed(1)], [], "nlp").duplicates == 1  # lower level: kept as is
    stats = store.stats()
    assert stats["articles"] == 1 and stats["by_level"] == {"events": 1}
    assert stats["quotes"] == 1 and stats["events"] == 1


def test_a_document_twice_in_one_batch_is_stored_once(store: Store) -> None:
    result = store.writer.write([analysed(1), analysed(2), analysed(1)], [], "events")
    assert (result.stored, result.duplicates) == (2, 1)
    assert store.stats()["quotes"] == 2  # the copy's analyses were not added either


def test_search_ranks_headline_matches_and_survives_punctuation(store: Store) -> None:
    articles = [analysed(n) for n in range(30)]
    store.writer.write(articles, [], "events")
    topic_hits = [a for a in articles if "rice prices" in a.text]
    results = store.search("rice prices", limit=50)
    assert {r["id"] for r in results} == {a.id for a in topic_hits}
    assert all("**" in r["snippet"] for r in results)  # the matched words are marked
    # punctuation is not FTS syntax unless meant as such; a broken operator query falls back to words
    assert "story-7" in {r["id"] for r in store.search("spokesperson, story 7.", limit=50)}
    assert "story-7" in {r["id"] for r in store.search("(story 7", limit=50)}
    assert [r["id"] for r in store.search('"story 7"')] == ["story-7"]


def test_get_returns_the_schema_record_by_id_or_uid(store: Store) -> None:
    article = analysed(3)
    store.writer.write([article], [], "events")
    record = store.get("story-3")
    assert record is not None
    expected = article.to_record()
    assert {k: record[k] for k in expected} == expected
    assert store.get(record["uid"])["id"] == "story-3"  # type: ignore[index]
    assert record["text"][record["body_start"]:record["body_end"]] == record["body"]
    assert store.get("no-such-story") is None


def test_quotes_actors_and_events_queries(store: Store) -> None:
    store.writer.write([analysed(1, date="2021-03-02"), analysed(2, event=("USA", "PRK", "THREATEN"),
                                                                 date="2021-04-10"),
                        analysed(3, negated=True, date="2021-04-11")], [], "events")
    quotes = store.quotes(speaker="Kim Min")
    assert len(quotes) == 3 and quotes[0]["actor_code"] == "KORGOV"
    assert store.quotes(actor="USA") == []
    assert len(store.quotes(search="talking")) == 3
    actors = store.actors(country="KOR")
    assert actors[0]["name"] == "Kim Min-ji" and actors[0]["articles"] == 3 and actors[0]["quotes"] == 3
    assert [e["article_id"] for e in store.events(dyad="KOR:PRK")] == ["story-1", "story-3"]
    assert [e["article_id"] for e in store.events(dyad="KOR:PRK", factual_only=True)] == ["story-1"]
    assert [e["type"] for e in store.events(actor="USA")] == ["THREATEN"]
    assert [e["article_id"] for e in store.events(since="2021-04-01", until="2021-04-10")] == ["story-2"]
    row = store.events(type="request")[0]
    assert {"source", "target", "type", "cameo", "text", "start", "end", "negated", "article_id", "published",
            "headline", "url"} <= set(row)
    assert store.events(dyad="KOR:PRK").to_pandas().shape[0] == 2
    with pytest.raises(StoreError, match="SOURCE:TARGET"):
        store.events(dyad="KOR")


def test_export_formats(store: Store, tmp_path: Path) -> None:
    import pandas as pd

    store.writer.write([analysed(n) for n in range(5)], [], "events")
    assert store.export("jsonl", tmp_path / "out.jsonl") == 5
    assert store.export("csv", tmp_path / "out.csv") == 5
    assert store.export("parquet", tmp_path / "out.parquet") == 5
    frame = pd.read_parquet(tmp_path / "out.parquet")
    assert sorted(frame["id"]) == [f"story-{n}" for n in range(5)]
    assert pd.read_csv(tmp_path / "out.csv")["headline"].notna().all()
    with pytest.raises(StoreError, match="--output"):
        store.export("parquet", None)


def test_furniture_is_counted_per_agency_and_stripped_from_search(store: Store, tmp_path: Path) -> None:
    boiler = "Follow Example Wire on social media for breaking news around the clock."
    _write_texts(tmp_path / "wire", 40, extra=boiler)
    _write_texts(tmp_path / "few", 3, start=100, extra="A paragraph three stories happen to share today.")
    copies = tmp_path / "copies"  # one story re-sent 12 times with corrected figures: not furniture
    copies.mkdir()
    for n in range(12):
        (copies / f"copy-{n}.txt").write_text(story(200).replace("delegates", f"({n + 2}) delegates"),
                                              encoding="utf-8")
    summary = store.ingest([tmp_path / "wire", tmp_path / "few", copies], only="structure")
    assert summary.stored == 55
    lines = {row["line"] for row in store.furniture()}
    assert boiler in lines
    assert not any("three stories" in line for line in lines)
    assert not any("The next round" in line for line in lines)  # the re-sent story's own paragraphs
    assert store.search("social media breaking news") == []  # furniture does not drown real hits
    assert store.search("three stories happen")               # rare paragraphs stay searchable
    record = store.get(str(tmp_path / "wire" / "story-0000.txt"))
    assert record is not None and boiler in record["body"]  # the analysis record is untouched
    assert record["furniture_stripped"] == 1


def test_schema_is_migrated_once_and_newer_schemas_are_refused(tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    Store(db).writer.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(StoreError, match="newer than this wirewatch"):
        _ = Store(db).writer


def test_reading_a_missing_database_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="wirewatch ingest"):
        Store(tmp_path / "absent.db").search("anything")
