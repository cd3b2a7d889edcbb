"""Engine options that are refused before any engine starts (no Ray needed)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from support import ROOT
from wirewatch.cli import cli


def test_output_folder_must_be_new_or_empty(tmp_path: Path) -> None:
    out = tmp_path / "full"
    out.mkdir()
    (out / "old.parquet").write_bytes(b"x")
    result = CliRunner().invoke(cli, ["ingest", str(ROOT / "examples"), "--engine", "ray",
                                      "--output", str(out)])
    assert result.exit_code != 0
    assert "E004" in result.output and "new or empty folder" in result.output
    assert (out / "old.parquet").read_bytes() == b"x"  # nothing of the user's is touched


def test_cluster_and_parquet_options_need_the_ray_engine(tmp_path: Path) -> None:
    for extra in (["--address", "127.0.0.1:6379"], ["--output", str(tmp_path / "shards")]):
        result = CliRunner().invoke(cli, ["ingest", str(ROOT / "examples"), "--db", str(tmp_path / "x.db"),
                                          *extra])
        assert result.exit_code == 2, result.output
        assert "need --engine ray" in result.output
    assert not (tmp_path / "x.db").exists() and not (tmp_path / "shards").exists()


def test_standard_input_is_refused_by_the_ray_engine(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", "-", "--engine", "ray", "--db", str(tmp_path / "x.db")],
                                input="SEOUL, Oct. 5 (Yonhap) -- text\n")
    assert result.exit_code != 0
    assert "E003" in result.output and "standard input" in result.output
