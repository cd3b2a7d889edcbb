"""The store commands as a user runs them (click's CliRunner, structure level: no model)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecopy import story
from wirewatch.cli import cli


@pytest.fixture
def db(tmp_path: Path) -> Path:
    wire = tmp_path / "wire"
    wire.mkdir()
    for n in range(8):
        (wire / f"story-{n}.txt").write_text(story(n), encoding="utf-8")
    path = tmp_path / "ww.db"
    result = CliRunner().invoke(cli, ["ingest", str(wire), "--db", str(path), "--only", "structure",
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    assert "stored" in result.output and "8" in result.output
    return path


def run(*args: str, input: str | None = None) -> str:
    result = CliRunner().invoke(cli, list(args), input=input)
    assert result.exit_code == 0, result.output
    return result.output


def test_search_formats(db: Path) -> None:
    rows = json.loads(run("search", "sanctions", "--db", str(db), "--format", "json"))
    expected = [n for n in range(8) if "sanctions" in story(n)]
    assert len(rows) == len(expected) > 0
    assert all("**sanctions**" in r["snippet"].lower() or "**sanctions**" in r["snippet"] for r in rows)
    table = run("search", "sanctions", "--db", str(db))
    assert f"{len(expected)} results" in table
    reader = list(csv.DictReader(io.StringIO(run("search", "sanctions", "--db", str(db), "--format", "csv"))))
    assert [r["id"] for r in reader] == [r["id"] for r in rows]



def test_search_ranks_the_window_asked_for(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # --rank-newest N ranks the newest N matches (the default window is ranking.MAX_RANKED); 0 ranks
    # every match, as an analyst wanting the best of all years needs
    from wirewatch.store import ranking

    monkeypatch.setattr(ranking, "MAX_RANKED", 2)
    matching = sorted(n for n in range(8) if "said" in story(n).lower())
    assert len(matching) > 3

    def found(*extra: str) -> list[str]:
        rows = json.loads(run("search", "said", "--db", str(db), "--format", "json", "--limit", "2", *extra))
        return sorted(Path(r["id"]).stem for r in rows)

    newest = sorted(f"story-{n}" for n in matching[-3:])  # stored in file-name order
    assert set(found("--rank-newest", "3")) <= set(newest)
    every = json.loads(run("search", "said", "--db", str(db), "--format", "json", "--limit", "0"))
    assert found("--rank-newest", "0") == sorted(Path(r["id"]).stem for r in every[:2])
    refused = CliRunner().invoke(cli, ["search", "said", "--db", str(db), "--rank-newest", "-1"])
    assert refused.exit_code == 2 and "-1" in refused.output

def test_show_by_path_id(db: Path, tmp_path: Path) -> None:
    path = str(tmp_path / "wire" / "story-1.txt")
    record = json.loads(run("show", path, "--db", str(db), "--format", "json"))
    assert record["id"] == path and record["headline"] == story(1).splitlines()[0]
    text = run("show", path, "--db", str(db))
    assert record["headline"][:30] in text and "body" in text
    missing = CliRunner().invoke(cli, ["show", "nope", "--db", str(db)])
    assert missing.exit_code == 1 and "no article" in missing.output


def test_export_and_stats(db: Path, tmp_path: Path) -> None:
    lines = run("export", "--db", str(db)).splitlines()
    assert len(lines) == 8 and all(json.loads(line)["body"] for line in lines)
    out = tmp_path / "out.parquet"
    run("export", "--db", str(db), "--format", "parquet", "--output", str(out))
    assert out.stat().st_size > 0
    stats = json.loads(run("stats", "--db", str(db), "--format", "json"))
    assert stats["articles"] == 8 and stats["by_level"] == {"structure": 8}
    assert "articles" in run("stats", "--db", str(db))


def test_quotes_actors_events_on_a_structure_only_store_are_empty_not_errors(db: Path) -> None:
    assert json.loads(run("quotes", "--db", str(db), "--format", "json")) == []
    assert json.loads(run("actors", "--db", str(db), "--country", "KOR", "--format", "json")) == []
    assert "0 events" in run("events", "--db", str(db), "--dyad", "USA:PRK")
    assert run("events", "--db", str(db), "--format", "jsonl") == ""


def test_ingest_from_stdin_and_library_errors(tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    output = run("ingest", "-", "--db", str(db), "--only", "structure", "--quiet", input=story(42))
    assert "stored" in output
    shown = json.loads(run("show", "-", "--db", str(db), "--format", "json"))
    assert shown["headline"] == story(42).splitlines()[0]
    bad = CliRunner().invoke(cli, ["events", "--db", str(db), "--dyad", "KOR"])
    assert bad.exit_code == 2 and "SOURCE:TARGET" in bad.output and "Traceback" not in bad.output
    absent = CliRunner().invoke(cli, ["search", "x", "--db", str(tmp_path / "absent.db")])
    assert absent.exit_code == 1 and "wirewatch ingest" in absent.output


def test_analyze_still_prints_schema_records_with_path_ids(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(story(3), encoding="utf-8")
    (line,) = run("analyze", str(path), "--only", "structure").splitlines()
    record = json.loads(line)
    assert record["id"] == str(path) and record["headline"] == story(3).splitlines()[0]


def test_every_command_is_documented() -> None:
    from support import ROOT

    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"wirewatch {name}" not in docs]  # type: ignore[attr-defined]
    assert not missing, f"commands missing from docs/cli.md: {missing}"
