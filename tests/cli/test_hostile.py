"""The store commands against hostile input (issue #8): odd queries, output paths that are the
database, foreign or broken database files, a locked store, escape sequences in stored text, and
option values that are not what they claim."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.conftest import analysed
from wirewatch import cli_render
from wirewatch.cli import cli
from wirewatch.errors import StoreError
from wirewatch.records import Rejected
from wirewatch.store import Store

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil [bold]loud[/bold] [/oops]"
RAW_ESCAPES = ("\x1b", "\x9b", "\u202e", "\x07")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("hostile") / "ww.db"
    articles = [analysed(n, date=f"2021-0{n % 9 + 1}-10") for n in range(6)]
    names = ("North Korea's Kim Jong-un met Chung Eui-yong about short-range missiles in the East Sea: "
             "JCS said by e-mail at 7:20.")
    articles.append(analysed(7, extra=names, date="2021-11-02"))
    hostile = analysed(8, extra=HOSTILE, date="2021-12-01")
    hostile.agency = "Evil\x1b[2J"
    hostile.entities[0].refers_to = "Kim\x1b[31m Min-ji [red]x[/red]"
    hostile.quotes[0].speaker = "a spokesperson\x1b]8;;http://evil\x07"
    hostile.events[0].source.text = "Seoul\x1b[2J"  # type: ignore[union-attr]
    undated = analysed(9, event=("USA", "PRK", "COERCE"))  # no date anywhere: not a GDELT row
    articles += [hostile, undated]
    with Store(path) as store:
        store.writer.write(articles, [Rejected(source="bad\x1b[2J.txt", reason="R001 empty\x1b]0;x\x07",
                                               code="R001")], "events")
    yield path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def ok(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- search -------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["Kim Jong-un", "Chung Eui-yong", "short-range", "e-mail", "7:20",
                                   "Sea: JCS", "body: korea", '"Kim Jong-un'])
def test_issue_queries_find_the_story(db: Path, query: str) -> None:
    rows = json.loads(ok("search", "--db", str(db), "--format", "json", "--limit", "0", "--", query))
    found = {r["id"] for r in rows}
    assert "story-7" in found
    if query != "body: korea":
        assert found == {"story-7"}


@pytest.mark.parametrize("query", ['"unbalanced', "*", "-", "OR", "[/zzz]", "'; DROP TABLE articles; --"])
def test_queries_with_nothing_to_find_print_an_empty_table(db: Path, query: str) -> None:
    result = invoke("search", "--db", str(db), "--", query)
    assert result.exit_code == 0 and "0 results" in result.stdout and result.exception is None


def test_what_a_query_ignored_is_said_on_stderr(db: Path) -> None:
    result = invoke("search", "--db", str(db), "--format", "json", "--", "since:yesterday Kim")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "since:yesterday is not a date" in result.stderr
    result = invoke("search", "--db", str(db), "--format", "json", "--", '"Kim Jong-un')
    assert "not closed" in result.stderr and [r["id"] for r in json.loads(result.stdout)] == ["story-7"]


def test_quotes_search_takes_the_same_queries(db: Path) -> None:
    rows = json.loads(ok("quotes", "--db", str(db), "--search", "Kim Min-ji", "--per", "article",
                         "--format", "json"))
    assert len(rows) == 9
    assert json.loads(ok("quotes", "--db", str(db), "--search", '"unbalanced', "--format", "json")) == []
    assert json.loads(ok("quotes", "--db", str(db), "--search", "*", "--format", "json")) == []


FUZZ = st.one_of(st.text(max_size=60),
                 st.lists(st.sampled_from(['"', "*", "-", ":", "(", ")", "OR", "NOT", "body:", "speaker:",
                                           "since:", "[bold]", "\x1b", "Kim", "Jong-un", " ", "^", "{"]),
                          max_size=10).map("".join))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=FUZZ)
def test_no_query_makes_the_search_command_fail(db: Path, query: str) -> None:
    result = invoke("search", "--db", str(db), "--limit", "3", "--format", "json", "--", query)
    assert result.exit_code == 0 and result.exception is None, result.output
    assert isinstance(json.loads(result.stdout), list)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=FUZZ)
def test_no_query_makes_quotes_search_fail(db: Path, query: str) -> None:
    result = invoke("quotes", "--db", str(db), "--limit", "3", "--format", "json", "--search", query)
    assert result.exit_code == 0 and result.exception is None, result.output


# -- output paths -------------------------------------------------------------------------------

def test_exports_refuse_the_database_and_its_side_files(db: Path, tmp_path: Path) -> None:
    before = digest(db)
    link = tmp_path / "link.db"
    link.symlink_to(db)
    hard = tmp_path / "hard.db"
    hard.hardlink_to(db)
    for target in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm"), link, hard):
        for args in (["export", "--format", "csv"], ["events", "--format", "csv"],
                     ["events", "--format", "parquet"], ["export", "--format", "parquet"]):
            result = invoke(*args, "--db", str(db), "-o", str(target))
            assert result.exit_code == 1 and "refusing to write" in result.output, (args, target)
    assert digest(db) == before


def test_events_output_needs_a_file_format(db: Path, tmp_path: Path) -> None:
    result = invoke("events", "--db", str(db), "-o", str(tmp_path / "events.txt"))
    assert result.exit_code == 2 and "--format" in result.output and not (tmp_path / "events.txt").exists()


def test_export_to_a_missing_directory_is_a_clear_error(db: Path) -> None:
    result = invoke("export", "--db", str(db), "-o", "/nonexistent/x")
    assert result.exit_code == 1 and "does not exist" in result.output and result.exception is not None
    assert "Traceback" not in result.output


def test_exports_replace_the_file_whole(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    out.write_text("old\n")
    ok("export", "--db", str(db), "-o", str(out))
    assert len(out.read_text().splitlines()) == 9 and not out.read_text().startswith("old")
    ok("events", "--db", str(db), "--format", "jsonl", "-o", str(out))
    assert all(json.loads(line)["type"] for line in out.read_text().splitlines())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl"]  # no temporary left over


# -- foreign, broken and locked databases ---------------------------------------------------------

READ_COMMANDS = (["search", "x"], ["show", "x"], ["quotes"], ["actors"], ["events"], ["trends"], ["stats"],
                 ["rejects"], ["export"], ["furniture"])


def test_read_commands_leave_a_foreign_sqlite_file_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('mine')")
    conn.close()
    before = digest(other)
    for command in READ_COMMANDS:
        result = invoke(*command, "--db", str(other))
        assert result.exit_code == 1 and "not a wirewatch store" in result.output, command
    assert digest(other) == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]
    with pytest.raises(StoreError, match="not a wirewatch store"):
        _ = Store(other).writer  # nor does ingest turn it into one
    assert digest(other) == before


def test_a_file_that_is_not_a_database_and_a_missing_one_are_clear_errors(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("just some text, not SQLite\n" * 100)
    empty = tmp_path / "empty.db"
    empty.touch()
    fifo = tmp_path / "fifo.db"
    os.mkfifo(fifo)  # SQLite would wait on it forever
    for path, message in ((text, "not an SQLite database"), (empty, "empty database"),
                          (tmp_path / "absent.db", "no database at"), (fifo, "not a")):
        for command in READ_COMMANDS:
            result = invoke(*command, "--db", str(path))
            assert result.exit_code == 1 and message in result.output, (path, command, result.output)
            assert "Traceback" not in result.output
    assert empty.stat().st_size == 0 and not (tmp_path / "absent.db").exists()
    with pytest.raises(StoreError, match="not a regular file"):
        _ = Store(fifo).writer  # nor can ingest write to it
    with Store(empty) as store:  # an empty file is where a new store may go
        assert store.writer.write([analysed(1)], [], "structure").stored == 1


def test_a_locked_store_waits_with_a_message_then_fails_clearly(db: Path, tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "locked.db"
    Store(path).writer.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.WARNING, logger="wirewatch.store"), \
                Store(path, lock_timeout=1.5) as store:
            with pytest.raises(StoreError, match="locked by another process"):
                store.writer.write([analysed(1)], [], "structure")
        assert "waiting" in caplog.text
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store(path, lock_timeout=1.5) as store:  # once free, the same write goes through
        assert store.writer.write([analysed(1)], [], "structure").stored == 1


def test_ingest_into_a_locked_store_says_so_and_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    Store(path).writer.close()
    (tmp_path / "story.txt").write_text("Seoul fires\nSEOUL, Oct. 5 (Yonhap) -- North Korea fired.\n")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "story.txt"), "--db", str(path), "--only",
                                          "structure", "--quiet"], env={"WIREWATCH_LOCK_TIMEOUT": "1"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and "waiting up to 1 s" in result.stderr
    assert "[S008]" in result.stderr and "locked by another process" in result.stderr
    assert "Traceback" not in result.output


# -- terminal safety ----------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["show", "story-8"], ["search", "evil"], ["search", "spokesperson"],
                                     ["quotes"], ["actors"], ["events"], ["rejects"], ["stats"]])
def test_escape_sequences_in_stored_text_never_reach_the_terminal(db: Path, command: list[str]) -> None:
    out = ok(*command, "--db", str(db))
    assert not any(raw in out for raw in RAW_ESCAPES), repr(out)
    assert "\\x1b" in out  # shown, escaped


def test_markup_in_stored_text_prints_literally(db: Path) -> None:
    assert "[bold]loud[/bold]" in ok("show", "story-8", "--db", str(db))
    assert "[/bold]" in ok("search", "--db", str(db), "--", "[/bold] loud")  # in the title, no MarkupError


def test_json_and_csv_to_a_terminal_are_escaped_and_still_parse(db: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_render, "to_terminal", lambda stream=None: True)
    shown = ok("show", "story-8", "--db", str(db), "--format", "json")
    assert not any(raw in shown for raw in RAW_ESCAPES)
    assert HOSTILE in json.loads(shown)["body"]  # the data is intact once parsed
    rows = ok("search", "evil", "--db", str(db), "--format", "csv")
    assert not any(raw in rows for raw in RAW_ESCAPES) and "\\x1b" in rows
    exported = ok("export", "--db", str(db))
    assert not any(raw in exported for raw in RAW_ESCAPES)
    assert any(HOSTILE in json.loads(line)["body"] for line in exported.splitlines())


UNSAFE = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]} | set(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.one_of(st.characters(), st.sampled_from(sorted(UNSAFE)))))
def test_safe_text_holds_no_control_or_bidi_character(text: str) -> None:
    shown = cli_render.safe(text)
    assert not UNSAFE & set(shown)
    assert cli_render.safe(text, newlines=False).count("\n") == 0
    escaped_json = cli_render.safe_json(json.dumps(text, ensure_ascii=False))
    assert not UNSAFE & set(escaped_json) and json.loads(escaped_json) == text


def test_piped_data_is_not_altered(db: Path) -> None:
    rows = ok("search", "evil", "--db", str(db), "--format", "csv")
    assert "\x1b]0;pwned" in rows  # a pipe gets the stored text as it is


# -- validation ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["events", "--since", "2021-13-45"], "not a date"),
    (["events", "--since", "yesterday"], "not a date"),
    (["trends", "--until", "2021-02-30"], "not a date"),
    (["events", "--dyad", "a:b:c"], "SOURCE:TARGET"),
    (["events", "--dyad", "K*:PRK"], "letters and digits"),
    (["events", "--actor", "US A"], "letters and digits"),
    (["quotes", "--actor", "[A-Z]*"], "letters and digits"),
    (["search", "x", "--limit", "-1"], "-1"),
    (["events", "--limit", "ten"], "ten"),
])
def test_bad_option_values_are_usage_errors(db: Path, args: list[str], message: str) -> None:
    result = invoke(*args, "--db", str(db))
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_since_and_until_take_partial_dates_inclusively(db: Path) -> None:
    def days(*args: str) -> list[str]:
        rows = ok("events", "--db", str(db), "--format", "jsonl", *args).splitlines()
        return sorted(json.loads(line)["published"] for line in rows)

    assert days("--since", "2021-11", "--until", "2021") == ["2021-11-02", "2021-12-01"]
    assert days("--since", "2021-02-10", "--until", "2021-02") == ["2021-02-10"]
    assert days("--since", "2021-02-11", "--until", "2021-02") == []


def test_limit_zero_means_no_limit_everywhere_and_huge_limits_are_fine(db: Path) -> None:
    huge = str(10**30)
    def count(command: list[str], limit: str) -> int:
        return len(list(csv.DictReader(io.StringIO(ok(*command, "--db", str(db), "--limit", limit,
                                                       "--format", "csv")))))

    for command, total in ((["search", "said"], 9), (["quotes", "--per", "article"], 9),
                           (["events", "--per", "article"], 9), (["actors"], 2)):
        assert count(command, "0") == count(command, huge) == total, command
        assert count(command, "1") == 1


def test_reject_codes_match_in_any_case(db: Path) -> None:
    assert len(json.loads(ok("rejects", "--db", str(db), "--code", "r001", "--format", "json"))) == 1


# -- GDELT ------------------------------------------------------------------------------------------

def test_gdelt_rows_always_have_their_dates(db: Path) -> None:
    result = invoke("events", "--db", str(db), "--format", "gdelt")
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) == 8 and "left out 1 event" in result.stderr  # story 9 has no date at all
    for row in rows:
        day, added = row[1], row[59]
        assert len(day) == 8 and day.isdigit() and len(added) == 14 and added.isdigit(), row


def test_gdelt_dates_come_from_full_days_only() -> None:
    from wirewatch.events.export import gdelt_row, gdelt_undated

    row = {"cameo": "042", "date": "XXXX-11-02", "published": "2021-11-05",
           "ingested_at": "2026-12-03T06:00:00+00:00"}
    record = gdelt_row(row)
    assert record["Day"] == "20211105" and record["DATEADDED"] == "20261203060000"  # ingest time, UTC
    outside = gdelt_row({"cameo": "042", "date": "2021-11-02", "published": "XXXX-11-02"})
    assert outside["Day"] == "20211102" and outside["DATEADDED"] == "20211102000000"
    assert gdelt_undated([{"cameo": "042", "date": "2021-11", "published": None}, row]) == 1
