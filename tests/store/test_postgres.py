"""What only the PostgreSQL backend has to prove: it is selected by URL, refuses what is not a store,
stores the same records as SQLite, survives a killed ingest, and takes several ingesting processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from pgserver import PgServer
from store.conftest import analysed
from wirecopy import story
from wirewatch.errors import StoreError
from wirewatch.store import Store, compile_query
from wirewatch.store.schema import STEPS, latest_version
from wirewatch.store.tsquery import to_tsquery, tokens


def _count(url: str) -> int:
    import psycopg

    try:
        with psycopg.connect(url) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]
    except psycopg.Error:  # not created yet
        return 0


def _ingest(source: Path, url: str, *more: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "wirewatch", "ingest", str(source), *map(str, more),
                             "--db", url, "--only", "structure", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _jsonl(path: Path, numbers: range) -> Path:
    path.write_text("".join(json.dumps({"id": f"doc-{n}", "text": story(n)}) + "\n" for n in numbers),
                    encoding="utf-8")
    return path


def test_both_backends_have_the_same_migrations() -> None:
    # one list: every step has both databases' function, numbered 1, 2, ... in order
    assert [step.version for step in STEPS] == list(range(1, len(STEPS) + 1))
    assert all(callable(step.sqlite) and callable(step.postgres) for step in STEPS)


def test_query_terms_become_quoted_tsquery_lexemes() -> None:
    match, exclude = to_tsquery(compile_query('headline:kim* OR body:"U.S.-China" -draft Jong-un'))
    assert match == "(('kim':*A | ('u':B <-> 's':B <-> 'china':B)) & ('jong' <-> 'un')) & !'draft'"
    assert exclude is None
    assert to_tsquery(compile_query("-draft -memo")) == (None, "('draft' | 'memo')")
    # user text is only ever a lexeme: quotes, operators and accents are no syntax
    assert to_tsquery(compile_query("x') | !'y Café"))[0] == "'x' & 'y' & 'cafe'"
    assert tokens("Kim Jong-un's 7:20 北朝鮮") == ["kim", "jong", "un", "s", "7", "20", "北朝鮮"]
    # accents go, whether composed or not; Hangul (which decomposes into jamo, no marks) stays
    assert tokens("Naïve Ångström, CAFE\u0301 — 한국 Đà Nẵng") == ["naive", "angstrom", "cafe", "한국", "đa",
                                                                 "nang"]


def test_the_url_and_the_environment_select_postgres(pg_server: PgServer, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with pg_server.database() as url:
        monkeypatch.setenv("WIREWATCH_DB", url)
        with Store() as store:
            assert store.writer.write([analysed(1)], [], "events").stored == 1
            stats = store.stats()
        assert stats["backend"] == "postgres" and stats["articles"] == 1 and stats["size_bytes"] > 0
        shown = subprocess.run([sys.executable, "-m", "wirewatch", "search", "rice", "--format", "json"],
                               capture_output=True, text=True, env={**os.environ, "WIREWATCH_DB": url},
                               cwd=tmp_path)
        assert shown.returncode == 0, shown.stderr
        assert not (tmp_path / "wirewatch.db").exists()  # nothing went to the default SQLite file


def test_a_database_that_is_not_a_store_is_refused_and_untouched(pg_server: PgServer) -> None:
    import psycopg

    with pg_server.database() as url:
        with pytest.raises(StoreError, match="create one with"):
            Store(url).search("anything")  # empty: says how to make a store
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE payroll (name text)")
        with pytest.raises(StoreError, match="not a wirewatch store") as refused:
            _ = Store(url).writer
        assert refused.value.code == "S007"
        with psycopg.connect(url) as conn:
            tables = {r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}
        assert tables == {"payroll"}


def test_a_newer_schema_is_refused(pg_server: PgServer) -> None:
    import psycopg

    with pg_server.database() as url:
        Store(url).writer.close()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("UPDATE wirewatch_schema SET version = version + 1")
        with pytest.raises(StoreError, match="newer than this wirewatch"):
            _ = Store(url).writer


def test_a_bad_url_is_a_clear_error(pg_server: PgServer) -> None:
    with pytest.raises(StoreError, match="cannot connect") as failed:
        Store(pg_server.database_url("no_such_database")).search("x")
    assert failed.value.code == "S002"


def _comparable(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "ingested_at"}


def test_sqlite_and_postgres_store_the_same_records(pg_server: PgServer, tmp_path: Path) -> None:
    articles = [analysed(n, date=f"2021-0{1 + n % 9}-0{1 + n % 7}") for n in range(20)]
    with pg_server.database() as url, Store(tmp_path / "ww.db") as lite, Store(url) as pg:
        for store in (lite, pg):
            store.writer.write(articles, [], "events")
        assert [_comparable(r) for r in lite.records()] == [_comparable(r) for r in pg.records()]
        for call in (lambda s: s.events(), lambda s: s.quotes(), lambda s: s.actors(),
                     lambda s: s.events(dyad="KOR:PRK", since="2021-03")):
            assert [_comparable(r) for r in call(lite)] == [_comparable(r) for r in call(pg)]
        queries = ("border security", "Jap*", "-sanctions", "headline:China", "agency:yonhap since:2021-04")
        for query in queries:
            found = [{r["id"] for r in s.search(query, limit=0)} for s in (lite, pg)]
            assert found[0] == found[1] and found[0], query


def test_text_postgres_cannot_hold_keeps_its_offsets(pg_server: PgServer) -> None:
    article = analysed(4)
    with pg_server.database() as url, Store(url) as store:
        nul = article.text.replace("Tuesday", "Tues\x00ay")
        article.text = nul
        assert article.document is not None
        store.writer.write([article], [], "events")
        stored = store.get(article.document.uid)
        assert stored is not None
        assert len(stored["text"]) == len(nul) and "Tues\ufffday" in stored["text"]


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_loses_nothing(pg_server: PgServer, tmp_path: Path) -> None:
    docs = 1500
    source = _jsonl(tmp_path / "wire.jsonl", range(docs))
    with pg_server.database() as url:
        process = _ingest(source, url)
        deadline = time.monotonic() + 120
        while _count(url) == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        committed = _count(url)
        assert 0 < committed < docs, f"the kill did not land mid-way ({committed} of {docs} stored)"
        rerun = _ingest(source, url)
        _, err = rerun.communicate(timeout=300)
        assert rerun.returncode == 0, err.decode()
        with Store(url) as store:
            ids = [r["id"] for r in store.records()]
            assert len(ids) == docs and set(ids) == {f"doc-{n}" for n in range(docs)}


@pytest.mark.slow
def test_several_processes_ingest_overlapping_inputs_at_once(pg_server: PgServer, tmp_path: Path) -> None:
    # three processes, each given two of three files (a document's uid is its text and its source,
    # so each file is ingested by two processes at once): every document is stored exactly once
    parts = [_jsonl(tmp_path / f"part-{i}.jsonl", range(i * 200, i * 200 + 200)) for i in range(3)]
    with pg_server.database() as url:
        Store(url).writer.close()  # the schema first, so the processes race on documents, not DDL
        processes = [_ingest(parts[i], url, parts[(i + 1) % 3]) for i in range(3)]
        for process in processes:
            _, err = process.communicate(timeout=300)
            assert process.returncode == 0, err.decode()
        with Store(url) as store:
            ids = [r["id"] for r in store.records()]
            assert len(ids) == len(set(ids)) == 600
            runs = store._query(lambda c: c.execute("SELECT stored, duplicates FROM runs").fetchall())
        assert sum(r[0] for r in runs) == 600 and sum(r[0] + r[1] for r in runs) == 1200


def test_statements_in_sqlite_style_run_on_postgres(pg_server: PgServer) -> None:
    from wirewatch.store.postgres import translate

    assert translate("SELECT ?, :name, ?2 WHERE a LIKE '%?:x' AND b::int = 1 -- 100%") == (
        "SELECT %s, %(name)s, %(p2)s WHERE a LIKE '%%?:x' AND b::int = 1 -- 100%%", True)
    with pg_server.database() as url, Store(url) as store:
        conn = store.writer.conn
        assert tuple(conn.execute("SELECT ?1 || ?2 || ?1, '50%'", ("a", "b")).fetchone()) == ("aba", "50%")
        row = conn.execute("SELECT :x AS x, 'it''s' AS y", {"x": 1}).fetchone()
        assert (row["x"], row["y"], dict(row)) == (1, "it's", {"x": 1, "y": "it's"})


def test_a_very_broad_query_ranks_the_newest_matches(pg_server: PgServer,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from wirewatch.store import ranking

    monkeypatch.setattr(ranking, "MAX_RANKED", 4)
    with pg_server.database() as url, Store(url) as store:
        store.writer.write([analysed(n) for n in range(10)], [], "events")
        assert {r["id"] for r in store.search("said", limit=2)} <= {f"story-{n}" for n in range(6, 10)}
        assert len(store.search("said", limit=0)) == 10  # asked for every match: every match, ranked


@pytest.mark.parametrize("query", ["said", "quotas", '"fishing quotas"', "headline:story quotas"])
def test_every_way_of_finding_the_newest_matches_ranks_the_same(pg_server: PgServer, query: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # pg_queries walks the newest articles (broad queries) or asks the GIN index, over the newest
    # rowids first and then over longer and longer ranges before them (selective ones: margin 0.01
    # makes the first range one article, so several steps run); which one runs must never change
    # the answer
    from wirewatch.store import pg_queries, ranking

    monkeypatch.setattr(ranking, "MAX_RANKED", 4)
    monkeypatch.setattr(pg_queries, "SAMPLE", 6)
    with pg_server.database() as url, Store(url) as store:
        store.writer.write([analysed(n, extra="Fishing quotas were discussed." if n % 3 == 0 else "")
                            for n in range(40)], [], "events")
        matching = [r["id"] for r in store.search(query, limit=0)]
        answers = []
        for walk_share, margin in ((0.0, 1.5), (2.0, 1.5), (2.0, 0.1), (2.0, 0.01), (2.0, 100.0)):
            monkeypatch.setattr(pg_queries, "WALK_SHARE", walk_share)
            monkeypatch.setattr(pg_queries, "MARGIN", margin)
            answers.append([(r["id"], r["score"]) for r in store.search(query, limit=3)])
        assert all(answer == answers[0] for answer in answers), answers
        newest = sorted(matching, key=lambda i: int(i.split("-")[1]))[-4:]  # stored in number order
        assert len(answers[0]) == 3 and {i for i, _ in answers[0]} <= set(newest)


def test_migration_2_groups_the_articles_an_older_postgres_store_holds(pg_server: PgServer,
                                                                      tmp_path: Path) -> None:
    import psycopg

    from store.test_stories import OTHER_SAME_DAY, YONHAP, _ingest, _version

    with pg_server.database() as url:
        with Store(url) as store:
            _ingest(store, tmp_path, {"lead": YONHAP, "second": _version(YONHAP, "2nd LD", "More details."),
                                      "other": OTHER_SAME_DAY})
        with psycopg.connect(url, autocommit=True) as conn:  # back to schema 1, before threads existed
            conn.execute("DROP TABLE story_bands, story_members, stories, furniture_sets")
            conn.execute("UPDATE wirewatch_schema SET version = 1")
        with Store(url) as store:
            assert store.stats()["schema_version"] == latest_version()
            assert sorted(t["articles"] for t in store.stories()) == [1, 2]
