"""An article whose data the database refuses is rejected alone; the rest of its batch is stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wirecopy import story
from wirewatch.pipeline import analyze_structure
from wirewatch.records import Document, Rejected
from wirewatch.store.ingest import _write
from wirewatch.store.writer import Writer


def test_one_unstorable_article_does_not_sink_its_batch(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    writer = Writer(db)
    good = [analyze_structure(Document(id=f"g{n}", text=story(n), source=f"g{n}")) for n in range(3)]
    # a lone surrogate cannot be encoded for SQLite (readers repair it; this one got past them)
    bad = analyze_structure(Document(id="bad", text=story(9), source="bad-\udcff"))
    rejects: list[Rejected] = []
    result = _write(writer, [good[0], bad, good[1], good[2]], rejects, "structure")
    assert result.stored == 3
    assert [(r.id, r.code) for r in rejects] == [("bad", "A005")]
    with sqlite3.connect(db) as conn:
        assert {row[0] for row in conn.execute("SELECT id FROM articles")} == {"g0", "g1", "g2"}
        assert conn.execute("SELECT code FROM rejects").fetchall() == [("A005",)]
