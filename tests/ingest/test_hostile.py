"""The hostile corpus (hostile.py) in one ingest run: each bad input rejected with its reason, every
good document stored, exit 0 (issue #8)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.hostile import build_hostile_corpus
from wirewatch.cli import cli

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_hostile_corpus_in_one_run(tmp_path: Path) -> None:
    corpus = build_hostile_corpus(tmp_path)
    db = Path(corpus.inputs[0]) / "hostile.db"  # inside the folder it reads: its own files are skipped
    result = CliRunner().invoke(cli, ["ingest", *corpus.inputs, "--db", str(db), "--only", "nlp",
                                      "--workers", "2", "--quiet", *corpus.options])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        rejects = {source: (code, reason) for source, code, reason in
                   conn.execute("SELECT source, code, reason FROM rejects")}
        stored = {row[0]: json.loads(row[1]) for row in conn.execute("SELECT id, document FROM articles")}
    for source, (code, words) in corpus.rejects.items():
        assert source in rejects, f"{source} was not rejected"
        assert rejects[source][0] == code and words in rejects[source][1], (source, rejects[source])
    assert set(rejects) == set(corpus.rejects), "unexpected rejects"
    assert corpus.stored <= set(stored), corpus.stored - set(stored)
    assert not [i for i in stored if "outside-secret" in i or "/loop/up/" in i], "followed a link out"
    # repairs are on record with the document they changed
    assert stored[next(i for i in corpus.stored if i.endswith("one-bad-byte.txt"))]["meta"]["decoding"][
        "repaired"] == 1
    assert stored["line-surrogate"]["meta"]["decoding"]["repaired"] == 1
    assert "garbage" in stored[next(i for i in corpus.stored if i.endswith("trailing-garbage.txt.gz"))][
        "meta"]["damage"]
