"""`analyze` and `ingest` on the command line: missing inputs, bad dictionaries, `--workers auto`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from support import ROOT
from wirecopy import story
from wirewatch.cli import cli


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_a_missing_input_fails_before_anything_is_read(tmp_path: Path, command: str) -> None:
    # issue #8: `analyze /nonexistent` printed nothing and exited 0
    good = tmp_path / "good.txt"
    good.write_text(story(1))
    db = tmp_path / "x.db"
    extra = ["--db", str(db)] if command == "ingest" else []
    result = CliRunner().invoke(cli, [command, str(good), "/nonexistent/story.txt", "--only", "structure",
                                      *extra])
    assert result.exit_code == 2
    assert "no such file or directory: /nonexistent/story.txt" in result.output
    assert not db.exists()  # nothing was started


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_a_bad_actor_dictionary_fails_before_any_document_is_read(tmp_path: Path, command: str) -> None:
    # issue #8: every document was rejected one by one, and `analyze` still exited 0
    bad = tmp_path / "actors.csv"
    bad.write_text("who,what\nArnor,ARN\n")
    fifo = tmp_path / "input.txt"
    os.mkfifo(fifo)  # reading it would be rejected; failing first never gets there
    db = tmp_path / "x.db"
    extra = ["--db", str(db)] if command == "ingest" else []
    result = CliRunner().invoke(cli, [command, str(fifo), "--actor-dictionary", str(bad), *extra])
    assert result.exit_code == 1
    assert "[D001]" in result.output and "name,code" in result.output
    assert "rejected" not in result.output and not db.exists()


def test_workers_must_be_auto_or_a_positive_number(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(story(1))
    for value in ("0", "-1", "two"):
        result = CliRunner().invoke(cli, ["analyze", str(good), "--only", "structure", "--workers", value])
        assert result.exit_code == 2 and "'auto' or a whole number" in result.output
    result = CliRunner().invoke(cli, ["analyze", str(good), "--only", "structure", "--workers", "AUTO"])
    assert result.exit_code == 0


@pytest.mark.model
@pytest.mark.slow
def test_auto_workers_give_the_same_output_as_one(tmp_path: Path) -> None:
    cli_path = Path(sys.executable).with_name("wirewatch")
    outputs = []
    for workers in ("1", "auto"):
        done = subprocess.run([str(cli_path), "analyze", str(ROOT / "examples"), "--workers", workers],
                              capture_output=True, text=True, check=True, cwd=ROOT)
        outputs.append(done.stdout)
    assert outputs[0].count("\n") == 16
    assert outputs[0] == outputs[1]


def test_a_missing_model_fails_before_any_document_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(story(1))
    result = CliRunner().invoke(cli, ["analyze", str(good), "--model", "no_such_model", "--workers", "2"])
    assert result.exit_code == 1 and "[M001] no spaCy model 'no_such_model'" in result.output
    assert "rejected" not in result.output
