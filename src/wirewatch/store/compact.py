"""Keeping SQLite's full-text index in few segments after ingest.

FTS5 writes each committed batch as a new segment and merges them only in part (automerge), so a
store that keeps receiving copy drifts to tens of segments; every search looks each term up, and
bm25 counts its matches, in every segment. At the end of an ingest run (never per batch, which
would make ingest quadratic) `compact` merges the index back when it holds more than MAX_SEGMENTS:
FTS5's 'optimize' (one segment) while the index is at most OPTIMIZE_MAX_PAGES pages, else bounded
steps of its incremental `('merge', -N)` command, so a run into a huge store does at most
MERGE_BUDGET pages of that work and the next run goes on where it stopped.

PostgreSQL's GIN index has no segments: nothing here applies to it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_SEGMENTS = 4               # more than this after a run: merge (a merged index plus a few runs stays)
OPTIMIZE_MAX_PAGES = 200_000   # up to this many index pages (~800 MB), rewrite it whole ('optimize')
MERGE_STEP = 2_000             # pages one ('merge', -N) statement writes, about 8 MB
MERGE_BUDGET = 100_000         # pages merged at most in one run when the index is too big to optimize
_STRUCTURE_ID = 10             # the %_data row holding the index's structure record
_STRUCTURE_V2 = b"\xff\x00\x00\x01"  # marks the newer record format (SQLite 3.44+), after the cookie


@dataclass(slots=True)
class Compacted:
    """What one compaction did; `method` is '' when there was nothing to do."""

    segments_before: int
    segments_after: int
    method: str = ""          # "optimize" or "merge"
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"segments_before": self.segments_before, "segments_after": self.segments_after,
                "method": self.method or None, "seconds": round(self.seconds, 2)}


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at`: (value, offset after it)."""
    value = 0
    for _ in range(8):
        byte = data[at]
        at += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at
    return (value << 8) | data[at], at + 1


def segment_count(conn: sqlite3.Connection, table: str = "articles_fts") -> int:
    """Segments in an FTS5 index, from its structure record: a 4-byte cookie (then a 4-byte marker
    in SQLite 3.44's newer format), then varints for the levels and the segments in all of them."""
    row = conn.execute(f"SELECT block FROM {table}_data WHERE id = ?", (_STRUCTURE_ID,)).fetchone()
    if row is None or not row[0]:
        return 0
    data = bytes(row[0])
    at = 8 if data[4:8] == _STRUCTURE_V2 else 4
    _, at = _varint(data, at)  # levels
    return _varint(data, at)[0]


def index_pages(conn: sqlite3.Connection, table: str = "articles_fts") -> int:
    """Rows of the index's data table: its leaf pages, about 4 KB each."""
    return int(conn.execute(f"SELECT count(*) FROM {table}_data").fetchone()[0])


def compact(conn: sqlite3.Connection, begin: Callable[[], object], *, force: bool = False,
            max_segments: int = MAX_SEGMENTS) -> Compacted:
    """Merge the index when it has more than `max_segments` segments (`force`: whenever it has more
    than one). `begin` opens a write transaction (waiting for another writer's lock); each
    statement is committed on its own, so an interruption keeps a consistent index."""
    started = time.monotonic()
    before = segment_count(conn)
    result = Compacted(before, before)
    if before <= (1 if force else max_segments):
        return result
    if index_pages(conn) <= OPTIMIZE_MAX_PAGES:
        result.method = "optimize"
        _committed(conn, begin, "INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    else:
        result.method = "merge"
        merged = 0
        while merged < MERGE_BUDGET and segment_count(conn) > 1:
            changes = conn.total_changes
            _committed(conn, begin, f"INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', "
                                    f"{-MERGE_STEP})")
            if conn.total_changes == changes:  # nothing left that FTS5 would merge
                break
            merged += MERGE_STEP
    result.segments_after = segment_count(conn)
    result.seconds = time.monotonic() - started
    return result


def _committed(conn: sqlite3.Connection, begin: Callable[[], object], statement: str) -> None:
    begin()
    try:
        conn.execute(statement)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
