"""Schema step 6 (SQLite): a store's full-text index, left in many segments by ingest batches, is
rewritten as one when the store is opened by this wirewatch, and searches find what they found."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from wirewatch.store import Store
from wirewatch.store.schema import latest_version

WORDS = ("minister", "said", "talks", "sanctions", "missile", "port", "rice", "border", "summit", "trade")


def segments(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(DISTINCT segid) FROM articles_fts_idx").fetchone()[0])
    finally:
        conn.close()


def test_an_older_store_gets_its_search_index_merged(tmp_path: Path) -> None:
    with (tmp_path / "docs.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(150):
            words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(n % 7 + 2))
            text = f"Story {n} {words}\nSEOUL (Yonhap) -- {words}.\n"
            day = f"2021-02-{1 + n % 28:02d}"
            handle.write(json.dumps({"id": f"doc-{n}", "text": text, "published": day}) + "\n")
    db = tmp_path / "ww.db"
    store = Store(db)
    store.ingest([tmp_path / "docs.jsonl"], only="structure", batch_size=5,
                 compact=False)  # a segment per batch, as ingest left it before compacting
    before = {q: [(r["id"], r["score"]) for r in store.search(q, limit=0)] for q in ("said", "rice port")}
    store.close()
    assert segments(db) > 3
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 5")  # as a store written before step 6
    conn.close()

    store = Store(db)
    after = {q: [(r["id"], r["score"]) for r in store.search(q, limit=0)] for q in before}
    store.close()
    assert segments(db) == 1
    assert after == before and len(after["said"]) > 20
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    conn.close()
