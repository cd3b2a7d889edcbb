"""The Ray engine stores exactly what the local engine stores, rejects included (issue #10)."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from support import ROOT, SHARED
from wirewatch.cli import cli
from wirewatch.ingest.base import ReadOptions
from wirewatch.pipeline import Analyzer
from wirewatch.records import Article, Document
from wirewatch.store import Store
from wirewatch.util import dumps_line

pytestmark = [pytest.mark.ray, pytest.mark.model, pytest.mark.slow]

# columns that say when, not what: they differ between any two runs
VOLATILE = {"articles": {"ingested_at"}, "rejects": {"first_seen", "last_seen"}}
SKIPPED_TABLES = {"runs"}  # start and finish times only
LIMITS = ReadOptions(max_chars=20_000)  # the long story is rejected (A002) by either engine


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The 16 examples, the seed when ../shared is there, two broken inputs and one over LIMITS."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "long.txt").write_text("SEOUL, Oct. 5 (Yonhap) -- Talks went on. " * 600, encoding="utf-8")
    (folder / "cut.txt.gz").write_bytes(gzip.compress(b"SEOUL, Oct. 5 (Yonhap) -- text " * 50)[:40])
    seed = SHARED / "seed" / "yonhap-2021-10-05.txt"
    return [str(ROOT / "examples"), *([str(seed)] if seed.exists() else []), str(folder)]


def contents(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a store (FTS shadow tables included), in rowid order."""
    conn = sqlite3.connect(db)
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    found = {}
    for table in tables:
        if table in SKIPPED_TABLES:
            continue
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")
                   if row[1] not in VOLATILE.get(table, set())]
        names = ", ".join(f'"{c}"' for c in columns)
        found[table] = conn.execute(f'SELECT {names} FROM "{table}"').fetchall()
    conn.close()
    return found


@pytest.fixture(scope="module")
def local_store(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.db"
    with Store(db) as store:
        store.ingest(inputs, workers=1, options=LIMITS)
    return db


def test_ray_store_is_the_local_store_and_a_rerun_skips_everything(
        ray_session: Any, inputs: list[str], local_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "ray.db"
    with Store(db) as store:
        first = store.ingest(inputs, engine="ray", workers=2, options=LIMITS)
        got = contents(db)
        again = store.ingest(inputs, engine="ray", workers=2, options=LIMITS)
    expected = contents(local_store)
    assert got.keys() == expected.keys()
    for table in expected:
        assert got[table] == expected[table], f"table {table} differs between the engines"
    assert len(expected["articles"]) >= 16
    codes = sorted(code for _, code, *_ in expected["rejects"])
    assert codes == ["A002", "R001", "R004"]  # the long story, the empty file, the cut gzip
    assert (first.stored, first.total_rejected) == (len(expected["articles"]), 3)
    # the re-run analyses nothing: every stored document comes back as a duplicate
    assert (again.read, again.stored, again.duplicates) == (first.read, 0, first.stored)


def test_parquet_shards_hold_the_records_analyze_prints(ray_session: Any, inputs: list[str],
                                                        tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "shards"
    result = CliRunner().invoke(cli, ["ingest", *inputs, "--engine", "ray", "--workers", "2",
                                      "--only", "nlp", "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    rows = pq.read_table(out).to_pylist()
    articles = {r["source"]: r["record"] for r in rows if r["status"] == "article"}
    rejects = sorted((r["code"], Path(r["source"]).name) for r in rows if r["status"] == "rejected")
    assert rejects == [("R001", "empty.txt"), ("R004", "cut.txt.gz")]  # long.txt is within the default
    analyzer = Analyzer(only="nlp")
    for path in sorted(Path(inputs[0]).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        local = analyzer.analyze(Document(id=str(path), text=text, source=str(path)))
        assert isinstance(local, Article)
        assert articles[str(path)] + "\n" == dumps_line(local.to_record()), path.name
    assert "stored" in result.output and "rejected" in result.output


def test_local_ray_is_bound_to_loopback(ray_session: Any) -> None:
    import ray

    assert {node["NodeManagerAddress"] for node in ray.nodes()} == {"127.0.0.1"}


def test_a_document_that_kills_its_actor_costs_only_itself(ray_session: Any, tmp_path: Path) -> None:
    from raykill import DyingAnalyse
    from wirecopy import story
    from wirewatch.engines.ray_engine import build_dataset, results

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(story(n, extra="DIE" if n in (2, 4) else ""), encoding="utf-8")
    dataset = build_dataset([str(folder)], level="nlp", workers=2, analyse=DyingAnalyse)
    found = list(results(dataset))
    assert [Path(item.source).name for item in found] == [f"{n}.txt" for n in range(6)]  # order kept
    assert [getattr(item, "code", "ok") for item in found] == ["ok", "ok", "A004", "ok", "A004", "ok"]
    assert "died" in found[2].reason  # type: ignore[union-attr]
