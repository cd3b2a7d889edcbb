"""Story threads: versions of a story are grouped at ingest, counted once, shown together."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from store.conftest import analysed
from support import ROOT
from wirewatch.pipeline import analyze_structure
from wirewatch.records import Document
from wirewatch.store import Store
from wirewatch.store.schema import latest_version

YONHAP = (ROOT / "examples" / "yonhap.txt").read_text(encoding="utf-8")
OTHER_SAME_DAY = (
    "(LEAD) N. Korea fires artillery shells near western border island: JCS\n"
    "By Kim Soo-yeon\n"
    "SEOUL, March 14 (Yonhap) -- North Korea fired dozens of artillery shells into waters near the border "
    "island of Yeonpyeong, the Joint Chiefs of Staff said Thursday, calling it a provocation.\n"
    "The shells landed north of the maritime border and caused no damage to the South, the JCS said.\n"
    "(END)\n")


def _version(text: str, tag: str, extra: str) -> str:
    """A later version of a Yonhap story: a tag before the headline and a paragraph added before (END)."""
    head, _, rest = text.partition("\n")
    head = head.removeprefix("(LEAD) ")
    return f"({tag}) {head}\n" + rest.replace("(END)", extra + "\n(END)")


def _ingest(store: Store, tmp_path: Path, texts: dict[str, str]) -> None:
    for name, text in texts.items():  # one at a time, in this order: the arrival order
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        store.ingest([path], only="structure")


def test_versions_of_a_story_form_one_thread_and_a_same_day_story_stays_apart(store: Store,
                                                                              tmp_path: Path) -> None:
    urgent = "(URGENT) N. Korea fires ballistic missile into East Sea: JCS\nSEOUL, March 14 (Yonhap) -- " \
             "North Korea fired a ballistic missile into the East Sea, the JCS said.\n(END)\n"
    _ingest(store, tmp_path, {"urgent": urgent, "lead": YONHAP,
                              "second": _version(YONHAP, "2nd LD", "The launch was the third this year."),
                              "other": OTHER_SAME_DAY})
    threads = store.stories(min_articles=1)
    by_size = sorted(t["articles"] for t in threads)
    assert by_size == [1, 3]
    thread = store.story(next(t["story"] for t in threads if t["articles"] == 3))
    assert thread is not None
    names = [Path(v["id"]).stem for v in thread["versions"]]
    assert sorted(names) == ["lead", "second", "urgent"]
    reasons = [v["reason"] for v in thread["versions"] if v["reason"]]
    assert len(reasons) == 2 and all(reasons)  # each later version says why it joined
    other = store.get(str(tmp_path / "other.txt"))
    assert other is not None and other["story"] != thread["story"]


def test_an_act_and_a_statement_repeated_by_versions_count_once_per_story(store: Store) -> None:
    first = analysed(1, date="2021-03-02")
    update = analysed(1, date="2021-03-02", extra="Officials said more talks would follow.")
    assert first.text != update.text
    store.writer.write([first, update], [], "events")
    assert len(store.events(per="article")) == 2
    events = store.events()
    assert len(events) == 1 and events[0]["copies"] == 2 and events[0]["story"] is not None
    assert [r["events"] for r in store.trends(per="article")] == [2]
    assert [r["events"] for r in store.trends()] == [1]
    assert len(store.quotes(per="article")) == 2
    quotes = store.quotes()
    assert len(quotes) == 1 and quotes[0]["copies"] == 2


def test_different_stories_are_still_counted_separately(store: Store) -> None:
    store.writer.write([analysed(1, date="2021-03-02"), analysed(2, date="2021-03-02")], [], "events")
    assert len(store.events()) == 2
    assert sum(r["events"] for r in store.trends()) == 2


def test_cli_lists_threads_and_show_lists_the_thread(store: Store, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wirewatch.cli import cli

    _ingest(store, tmp_path, {"lead": YONHAP, "second": _version(YONHAP, "2nd LD", "More details.")})
    store.close()
    runner = CliRunner()
    listed = runner.invoke(cli, ["stories", "--db", str(store.path), "--format", "json",
                                 "--min-versions", "2"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert len(rows) == 1 and rows[0]["articles"] == 2
    shown = runner.invoke(cli, ["show", str(tmp_path / "second.txt"), "--db", str(store.path),
                                "--format", "json"])
    assert shown.exit_code == 0, shown.output
    record = json.loads(shown.output)
    assert {Path(v["id"]).stem for v in record["thread"]} == {"lead", "second"}


def test_migration_groups_the_articles_an_older_store_holds(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Store(db) as store:
        _ingest(store, tmp_path, {"lead": YONHAP, "second": _version(YONHAP, "2nd LD", "More details."),
                                  "other": OTHER_SAME_DAY})
    conn = sqlite3.connect(db)  # back to schema 1: as a store written before threads existed
    conn.executescript("DROP TABLE story_bands; DROP TABLE story_members; DROP TABLE stories; "
                       "DROP TABLE furniture_sets; PRAGMA user_version = 1;")
    conn.close()
    with Store(db) as store:
        assert store.stats()["schema_version"] >= 2
        assert sorted(t["articles"] for t in store.stories()) == [1, 2]


def test_an_article_whose_date_is_no_calendar_date_is_stored_and_threaded_as_undated(store: Store,
                                                                                    tmp_path: Path) -> None:
    text = ("N. Korea fires missile into East Sea\nSEOUL (Yonhap) -- North Korea fired a ballistic missile "
            "into the East Sea on Monday, the Joint Chiefs of Staff said, calling it a provocation.\n")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": text, "published": "2016-02-30"}) + "\n", encoding="utf-8")
    summary = store.ingest([feed], only="structure")
    assert summary.stored == 1 and summary.total_rejected == 0  # was rejected: "day is out of range"
    assert [t["articles"] for t in store.stories()] == [1]


def _raw_script(db_target: str | Path, statements: list[str]) -> None:
    """Statements straight on the database under a store (to make it look like an older one)."""
    if isinstance(db_target, Path):
        conn = sqlite3.connect(db_target)
        conn.executescript(";".join(statements))
        conn.close()
        return
    import psycopg

    with psycopg.connect(db_target, autocommit=True) as pg:
        for statement in statements:
            pg.execute(statement)  # type: ignore[arg-type]


def test_migration_4_keys_an_older_stores_band_rows_by_day_and_threading_goes_on(
        db_target: str | Path) -> None:
    from wirewatch.store.stories import day_number

    with Store(db_target) as store:
        store.writer.write([analysed(1, date="2021-03-02"), analysed(2, date="2021-03-05")], [], "events")
    sqlite = isinstance(db_target, Path)
    _raw_script(db_target, [  # back to schema 3: band rows without their day
        "CREATE TABLE old_bands (key BIGINT NOT NULL, uid TEXT NOT NULL, PRIMARY KEY (key, uid))",
        "INSERT INTO old_bands SELECT DISTINCT key, uid FROM story_bands",
        "DROP TABLE story_bands", "ALTER TABLE old_bands RENAME TO story_bands",
        "PRAGMA user_version = 3" if sqlite else "UPDATE wirewatch_schema SET version = 3"])
    with Store(db_target) as store:
        assert store.stats()["schema_version"] == latest_version()
        conn = store.writer.conn
        days = {r[0]: r[1] for r in conn.execute("SELECT uid, day FROM story_members")}
        bands = conn.execute("SELECT uid, day FROM story_bands").fetchall()
        assert len(bands) == 2 * 32 and {r[0] for r in bands} == set(days)
        assert {r[1] for r in bands} == {day_number("2021-03-02"), day_number("2021-03-05")}
        assert all(r[1] == day_number(days[r[0]]) for r in bands)
        # another agency's copy of story 1, two days later: only its text (the band rows) finds story 1
        rerun = analysed(1, date="2021-03-04", agency=2, extra="Officials said more talks would follow.")
        store.writer.write([rerun], [], "events")
        assert sorted(t["articles"] for t in store.stories()) == [1, 2]


def test_generated_story_set_meets_the_f1_target() -> None:
    """The benchmark set (benchmarks/story_set.py) in one arrival order: pairwise F1 >= 0.95, and no
    two different stories from one dateline and day merged."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_stories import run_once
    from story_set import documents

    for part in (0, 1):
        result = run_once(documents(None, part), order_seed=7)
        assert result["f1"] >= 0.95, result
        assert result["false_merges_same_dateline_day"] == []
        assert result["miscounted"] == []  # versions and agencies counted up as stories grow and merge


def test_version_tags_and_slugs_are_recognised() -> None:
    from wirewatch.storymatch import is_version_tag, slug_of

    assert all(is_version_tag(t) for t in ("LEAD", "2nd LD", "URGENT", "UPDATE 2", "2nd Ld-Writethru"))
    assert not any(is_version_tag(t) for t in ("News Focus", "EDITORIAL", "ATTN: ADDS details"))
    article = analyze_structure(Document(id="ap", text=(ROOT / "examples" / "ap_archive.txt").read_text()))
    assert slug_of(article.text[:article.body_start]) == "flood-bangladesh"


def test_each_band_brings_only_its_newest_members_and_a_copy_still_finds_its_story(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The band lookup reads at most PER_BAND members per band (its cost no longer grows with the
    stories of a day); even at one per band, another agency's copy reaches the story through the newest
    version, and the story counts its versions and agencies as they join."""
    from wirewatch.store import stories

    monkeypatch.setattr(stories, "PER_BAND", 1)
    versions = [analysed(1, date="2021-03-02", source=f"wire/version-{i}.txt",
                         extra=f"Officials said {i + 2} more rounds would follow.") for i in range(3)]
    store.writer.write(versions, [], "events")
    copy = analysed(1, date="2021-03-04", agency=2, source="wire/copy.txt",
                    extra="Officials said more talks would follow.")
    store.writer.write([copy], [], "events")
    threads = store.stories()
    assert [t["articles"] for t in threads] == [4]
    thread = store.story(threads[0]["story"])
    assert thread is not None
    assert threads[0]["agencies"] == len({v["agency"] for v in thread["versions"]})
    assert "near-duplicate text" in (thread["versions"][-1]["reason"] or "")


def test_whether_a_story_has_an_agency_is_an_index_lookup_not_a_walk_of_its_members(tmp_path: Path) -> None:
    """Migration 5: the join and merge checks ask whether a story already has an agency's article; a
    story of thousands of versions and re-runs must not be read member by member for that."""
    with Store(tmp_path / "s.db") as store:
        _ingest(store, tmp_path, {"lead": YONHAP})
    conn = sqlite3.connect(tmp_path / "s.db")
    plan = " ".join(str(r[-1]) for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT 1 FROM story_members WHERE story = ? AND uid <> ? "
        "AND COALESCE(agency, '') = COALESCE(CAST(? AS TEXT), '') LIMIT 1", (1, "x", "AP")))
    conn.close()
    assert "story_members_story_agency" in plan and "(story=? AND <expr>=?)" in plan
