"""A corpus of bad inputs next to good ones: every bad one is rejected with its reason, the batch goes on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from wirewatch.cli import cli

MAX_BYTES = 20_000  # huge.txt is over it, every good input under it

EXPECTED = {  # file -> (error code, words the reason must contain)
    "binary.dat": ("R003", "binary"),
    "empty.txt": ("R001", "empty"),
    "blank.txt": ("R001", "empty"),
    "zero.txt.gz": ("R001", "0 bytes"),
    "truncated.txt.gz": ("R004", "truncated gzip"),
    "damaged-utf8.txt": ("R003", "invalid UTF-8"),
    "huge.txt": ("R002", "--max-bytes"),
    "nobody.html": ("R004", "no article"),
    "deep.html": ("R004", "nested"),
    "truncated.warc.gz": ("R004", "truncated WARC"),
}


def _ingest(corpus: Path, db: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--only", "structure",
                                      "--max-bytes", str(MAX_BYTES), "--quiet", *extra])
    return result.exit_code, result.output


def _rejects(db: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return {source: (code, reason) for source, code, reason in
                conn.execute("SELECT source, code, reason FROM rejects")}


def test_bad_inputs_are_rejected_with_reasons_and_good_ones_stored(bad_corpus: dict[str, Path],
                                                                   tmp_path: Path) -> None:
    corpus = bad_corpus["good.txt"].parent
    db = tmp_path / "ww.db"
    code, output = _ingest(corpus, db)
    assert code == 0, output
    rejects = _rejects(db)
    for name, (error, words) in EXPECTED.items():
        source = str(bad_corpus[name])
        assert source in rejects, f"{name} was not rejected: {output}"
        assert rejects[source][0] == error and words in rejects[source][1], (name, rejects[source])
    # JSON Lines: the good line stored, each bad line rejected on its own
    lines = str(bad_corpus["lines.jsonl"])
    assert rejects[f"{lines}:2"][0] == "R004" and rejects[f"{lines}:3"][0] == "R004"
    with sqlite3.connect(db) as conn:
        ids = {row[0] for row in conn.execute("SELECT id FROM articles")}
    assert {str(bad_corpus["good.txt"]), str(bad_corpus["good.txt.gz"]), "j1",
            "http://example.test/news/1", str(bad_corpus["invalid-utf8.txt"])} <= ids
    # the summary names the rejects by reason
    assert "rejected" in output and "R003 not text" in output and "R004 broken container" in output


def test_strict_makes_any_reject_an_error(bad_corpus: dict[str, Path], tmp_path: Path) -> None:
    code, _ = _ingest(bad_corpus["good.txt"].parent, tmp_path / "ww.db", "--strict")
    assert code == 1


def test_nothing_storable_is_an_error_but_a_rerun_of_stored_input_is_not(bad_corpus: dict[str, Path],
                                                                        tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    code, output = _ingest(bad_corpus["binary.dat"], db)
    assert code == 1 and "R003" in output
    assert _ingest(bad_corpus["good.txt"], db)[0] == 0
    code, output = _ingest(bad_corpus["good.txt"], db)  # all duplicates: nothing new, nothing wrong
    assert code == 0 and "duplicates" in output


def test_reject_rows_are_not_duplicated_by_reruns(bad_corpus: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    corpus = bad_corpus["good.txt"].parent
    _ingest(corpus, db)
    first = _rejects(db)
    _ingest(corpus, db)
    assert _rejects(db) == first
    with sqlite3.connect(db) as conn:
        assert {row[0] for row in conn.execute("SELECT times FROM rejects")} == {2}


def test_a_reject_is_cleared_once_the_source_is_stored(bad_corpus: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "ww.db"
    huge = bad_corpus["huge.txt"]
    assert _ingest(huge, db)[0] == 1
    assert str(huge) in _rejects(db)
    result = CliRunner().invoke(cli, ["ingest", str(huge), "--db", str(db), "--only", "structure", "--quiet"])
    assert result.exit_code == 0, result.output
    assert str(huge) not in _rejects(db)


def test_gzip_is_recognised_by_its_bytes_not_its_name(tmp_path: Path) -> None:
    import gzip

    from wirecopy import story
    from wirewatch.ingest.readers import read_inputs
    from wirewatch.records import Document

    path = tmp_path / "misnamed.txt"
    path.write_bytes(gzip.compress(story(9).encode()))
    (document,) = read_inputs([str(path)])
    assert isinstance(document, Document) and document.text == story(9)
