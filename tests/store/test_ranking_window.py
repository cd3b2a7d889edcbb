"""The window ranking (store/ranking.py) on SQLite: `search` ranks the newest N matches of a broad
query by bm25 in one pass, and its top rows must be those of a plain bm25 ranking of every match
narrowed to the newest N afterwards: same rows, same scores, same order (ties oldest first)."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from wirewatch.store import Store
from wirewatch.store.query import compile_query

# few words, so that queries match many articles and many scores tie (same counts, same length);
# each under half of them, so that bm25's weights stay positive
WORDS = ("minister", "said", "talks", "sanctions", "missile", "port", "rice", "border", "summit", "trade",
         "envoy", "visit", "grain", "fleet", "vote", "court", "budget", "strike", "flood", "census")


@pytest.fixture(scope="module")
def ranked_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("window")
    rng = random.Random(3)
    with (folder / "docs.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(240):
            headline = " ".join(rng.sample(WORDS, rng.randint(1, 2))).capitalize()
            body = " ".join(rng.choices(WORDS[:12], k=rng.choice((2, 3, 3, 4)))) + "."
            handle.write(json.dumps({"id": f"doc-{n}", "text": f"{headline}\nSEOUL (Yonhap) -- {body}\n",
                                     "published": f"2021-01-{1 + n % 28:02d}"}) + "\n")
    store = Store(folder / "ww.db")
    store.ingest([folder / "docs.jsonl"], only="structure")
    store.close()
    return folder / "ww.db"


def reference(db: Path, query: str, window: int, limit: int) -> list[tuple[str, float]]:
    """(record id, score) of every match ranked by bm25, then cut to the newest `window` matches
    (asserting that some of them tie)."""
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT f.rowid, bm25(articles_fts, 2.0, 1.0), a.id FROM articles_fts f "
                        "JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?",
                        [compile_query(query, "articles").match]).fetchall()
    conn.close()
    newest = sorted(rows, key=lambda r: r[0])[-window:]
    assert len({score for _, score, _ in newest}) < len(newest)  # ties to be ordered
    return [(id_, round(-score, 3)) for _, score, id_ in sorted(newest, key=lambda r: (r[1], r[0]))][:limit]


@pytest.mark.parametrize("query", ["said", "minister talks", "rice OR port", "headline:summit",
                                   "sanctions -rice"])
@pytest.mark.parametrize(("window", "limit"), [(30, 10), (60, 60), (1000, 20)])
def test_the_window_ranking_is_bm25_of_the_newest_matches(ranked_store: Path, query: str, window: int,
                                                          limit: int) -> None:
    expected = reference(ranked_store, query, window, limit)
    store = Store(ranked_store)
    for snippets in (True, False):  # the CLI's search, and the web pages' pool (one JSON row)
        found = store.search(query, limit=limit, rank_newest=window, snippets=snippets)
        assert [(r["id"], r["score"]) for r in found] == expected
    store.close()

