"""The single writer: every change to the database goes through one `Writer` and its connection.

A batch (articles + rejects + furniture counts) is one transaction, so a process killed at any
moment leaves exactly the batches that committed, and a re-run skips them by uid.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from ..records import Article, Rejected
from . import furniture, stories
from .backend import Backend, open_backend
from .compact import Compacted, compact
from .restrip import Restripped, record_epoch, recorded_keys, settle
from .rows import (
    INSERT_ENTITY,
    INSERT_EVENT,
    INSERT_TIMEX,
    LEVEL_RANK,
    article_row,
    entity_rows,
    event_rows,
    quote_rows,
    timex_rows,
)

T = TypeVar("T")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class BatchResult:
    stored: int = 0
    duplicates: int = 0
    upgraded: int = 0
    rejected: int = 0


@dataclass(slots=True)
class _Group:
    epoch: int
    keys: frozenset[int]
    recorded: bool = True  # False: a store from before furniture_sets, whose set is not recorded


class Writer:
    """Owns the one write connection. Thread-safe: callers from several threads are serialised."""

    def __init__(self, target: str | Path | Backend, *, lock_timeout: float | None = None) -> None:
        self.backend = open_backend(target) if isinstance(target, str | Path) else target
        self.lock_timeout = lock_timeout
        self.conn = self.backend.connect_writer(lock_timeout)
        self._lock = threading.RLock()
        self._groups: dict[str, _Group] = {}
        self.restripped = Restripped()  # what the last refresh_furniture(restrip=True) did
        try:
            with self._lock:
                self.backend.migrate(self.conn, self._begin)
        except BaseException:
            self.conn.close()
            raise

    @property
    def path(self) -> Path | None:
        """The database file (None on PostgreSQL): inputs never include the store itself."""
        return self.backend.own_file()

    def _begin(self) -> None:
        """Open a write transaction (on SQLite, waiting with a message while another process writes)."""
        self.backend.begin(self.conn, self.lock_timeout)

    def _unlocked(self, action: Callable[[], T]) -> T:
        return self.backend.unlocked(action, self.lock_timeout)

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    # -- reads the writer needs for its own decisions -------------------------------------------
    def level_of(self, uid: str) -> str | None:
        with self._lock:
            row = self.conn.execute("SELECT level FROM articles WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else str(row[0])

    # -- runs ------------------------------------------------------------------------------------
    def start_run(self, inputs: list[str], level: str) -> int:
        with self._lock:
            row = self._unlocked(lambda: self.conn.execute(
                self.backend.sql.insert_run, (now(), "\n".join(inputs), level)).fetchone())
            return int(row[0])

    def finish_run(self, run: int, *, read: int, stored: int, duplicates: int, upgraded: int,
                   rejected: int) -> None:
        with self._lock:
            self._unlocked(lambda: self.conn.execute(
                "UPDATE runs SET finished = ?, read = ?, stored = ?, duplicates = ?, upgraded = ?, "
                "rejected = ? WHERE run = ?", (now(), read, stored, duplicates, upgraded, rejected, run)))

    # -- batches ---------------------------------------------------------------------------------
    def write(self, articles: list[Article], rejects: list[Rejected], level: str) -> BatchResult:
        """Store a batch in one transaction. Already-stored documents at this level or above are
        duplicates; ones stored at a lower level are replaced (upgraded). A batch that collided with
        another process's (a deadlock, on PostgreSQL) was rolled back whole, and is run again."""
        attempts = 0
        while True:
            try:
                return self._write(articles, rejects, level)
            except Exception as exc:
                attempts += 1
                if attempts >= 5 or not self.backend.retryable(exc):
                    raise
                self._groups.clear()  # re-read the furniture state the other process committed

    def _write(self, articles: list[Article], rejects: list[Rejected], level: str) -> BatchResult:
        result = BatchResult()
        stamp = now()
        with self._lock:
            conn = self.conn
            self._begin()
            try:
                sightings: list[tuple[str, int, str, int, int]] = []  # grp, key, line, chars, story
                group_docs: Counter[str] = Counter()
                stored_sources: list[tuple[str]] = []
                analyses: dict[str, list[tuple[Any, ...]]] = {}  # statement -> rows, inserted last
                prepared = [(a, record, article_row(a, level, record, stamp))
                            for a, record in ((a, a.to_record()) for a in articles)]
                self._current_groups(sorted({str(row["grp"]) for _, _, row in prepared}))
                stored = self._levels([row["uid"] for _, _, row in prepared])
                for article, record, row in prepared:
                    existing = stored.get(row["uid"])
                    fresh = existing is None
                    if existing is not None:
                        if LEVEL_RANK[existing] >= LEVEL_RANK[level]:
                            result.duplicates += 1
                            continue
                        conn.execute("DELETE FROM articles WHERE uid = ?", (row["uid"],))
                    body = article.body
                    keyed = furniture.keyed_paragraphs(body)
                    group = self._group(row["grp"])
                    clean, removed = furniture.strip(body, group.keys, keyed)
                    row["body_clean"] = clean if removed else None
                    row["furniture"] = removed
                    row["furniture_epoch"] = group.epoch
                    if not self._insert(row, record, clean, analyses):  # another process stored it
                        result.duplicates += 1
                        continue
                    stored[row["uid"]] = level  # a second copy in this batch is a duplicate
                    self._thread(row, article)
                    if fresh:
                        result.stored += 1
                        keys = furniture.body_keys(body, keyed)
                        group_docs[row["grp"]] += 1
                        story = furniture.story_key(row["headline"], body)
                        sightings.extend((row["grp"], key, text[:200], len(text), story)
                                         for key, text in keys.items())
                    else:
                        result.upgraded += 1
                    stored_sources.append((article.source,))
                for sql, rows in analyses.items():  # one round trip per table, not per article
                    conn.executemany(sql, rows)
                if conn.execute("SELECT 1 FROM rejects LIMIT 1").fetchone():  # a source read at last
                    conn.executemany("DELETE FROM rejects WHERE source = ?", stored_sources)
                self._count_furniture(sightings, group_docs)
                if result.upgraded:
                    stories.prune(conn)
                for rejected in rejects:
                    self._reject(rejected, stamp)
                    result.rejected += 1
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return result

    def _levels(self, uids: list[str]) -> dict[str, str]:
        """The stored level of each of `uids` that is stored (one query per 500, not one per uid)."""
        found: dict[str, str] = {}
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update((str(uid), str(level)) for uid, level in self.conn.execute(
                f"SELECT uid, level FROM articles WHERE uid IN ({marks})", chunk))
        return found

    def _insert(self, row: dict[str, Any], record: dict[str, Any], search_body: str,
                analyses: dict[str, list[tuple[Any, ...]]]) -> bool:
        """Insert an article, and queue its analyses' rows in `analyses` (inserted after the batch's
        articles); False when its uid was stored meanwhile by another process."""
        uid = str(row["uid"])
        self.backend.search_fields(row, search_body)
        if self.conn.execute(self.backend.sql.insert_article, row).rowcount == 0:
            return False
        quotes = self.backend.quote_rows(quote_rows(uid, record))
        for sql, rows in ((INSERT_ENTITY, entity_rows(uid, record)), (self.backend.sql.insert_quote, quotes),
                          (INSERT_TIMEX, timex_rows(uid, record)), (INSERT_EVENT, event_rows(uid, record))):
            if rows:
                analyses.setdefault(sql, []).extend(rows)
        return True

    def _thread(self, row: dict[str, object], article: Article) -> None:
        """Join the article to its story thread (store/stories.py)."""
        dateline = {"place": article.dateline.place} if article.dateline else None
        day = row["day"] if isinstance(row["day"], str) else None
        headline = row["headline"] if isinstance(row["headline"], str) else None
        features = stories.features_of(agency=article.agency, dateline=dateline, day=day, headline=headline,
                                       tags=article.tags, text=article.text, body_start=article.body_start,
                                       body=article.body)
        stories.assign(self.conn, str(row["uid"]), features, headline)

    def _reject(self, rejected: Rejected, stamp: str) -> None:
        stage = "read" if rejected.code.startswith("R") else "analysis"
        self.conn.execute(
            self.backend.sql.upsert_reject,
            (rejected.source, rejected.code, rejected.reason, rejected.id, stage, stamp, stamp))

    # -- furniture -------------------------------------------------------------------------------
    def _current_groups(self, groups: list[str]) -> None:
        """In a batch's transaction: hold the groups' furniture sets still (another process may be
        changing one) and forget any cached set that another process has replaced since."""
        if not groups:
            return
        self.backend.lock_groups(self.conn, groups, exclusive=False)
        marks = ",".join("?" * len(groups))
        epochs = {str(grp): int(epoch) for grp, epoch in self.conn.execute(
            f"SELECT grp, epoch FROM furniture_groups WHERE grp IN ({marks})", groups)}
        for grp in groups:
            cached = self._groups.get(grp)
            if cached is not None and cached.epoch != epochs.get(grp, 0):
                del self._groups[grp]

    def _group(self, grp: str) -> _Group:
        """The group's current epoch and the set recorded for it (articles are stripped with it)."""
        group = self._groups.get(grp)
        if group is None:
            row = self.conn.execute("SELECT epoch FROM furniture_groups WHERE grp = ?", (grp,)).fetchone()
            epoch = int(row[0]) if row else 0
            keys = recorded_keys(self.conn, grp, epoch)
            if keys is None:  # a store from before furniture_sets: today's counts, until recomputed
                group = _Group(epoch=epoch, keys=frozenset(self._furniture_keys(grp)), recorded=False)
            else:
                group = _Group(epoch=epoch, keys=keys)
            self._groups[grp] = group
        return group

    def _furniture_keys(self, grp: str, current: frozenset[int] = frozenset()) -> set[int]:
        row = self.conn.execute("SELECT docs FROM furniture_groups WHERE grp = ?", (grp,)).fetchone()
        total = int(row[0]) if row else 0
        rows = self.conn.execute("SELECT key, docs, chars FROM furniture_lines WHERE grp = ? AND docs >= ?",
                                 (grp, furniture.MIN_DOCS))
        return {int(key) for key, docs, chars in rows
                if furniture.is_furniture(docs, total, chars, already=int(key) in current)}

    def _count_furniture(self, sightings: list[tuple[str, int, str, int, int]],
                         group_docs: Counter[str]) -> None:
        """Count each paragraph once per document, but not again for another copy of the same story
        (same headline, numbers aside): re-sent and updated stories are not furniture."""
        conn = self.conn
        # in key order (a stable sort keeps each key's sightings in document order): two processes
        # then lock the same rows in the same order and cannot deadlock each other
        if sightings:
            conn.executemany(self.backend.sql.count_furniture_line,
                             sorted(sightings, key=lambda s: (s[0], s[1])))
        for grp, n in sorted(group_docs.items()):
            conn.execute(self.backend.sql.count_furniture_group, (grp, n))

    def refresh_furniture(self, *, restrip: bool = True,
                          progress: Callable[[Restripped], object] | None = None) -> int:
        """Recompute the furniture set of every dirty group (a changed set is a new epoch); with
        `restrip`, bring older articles up to their group's set (restrip.py: only those whose
        stripped body changes are written, in batches; `progress` is called after each batch).
        Returns the articles re-stripped; `self.restripped` also has how many were read."""
        with self._lock:
            recompute = [str(r[0]) for r in self.conn.execute(
                "SELECT grp FROM furniture_groups WHERE dirty = 1 UNION "
                "SELECT g.grp FROM furniture_groups g JOIN furniture_sets s ON s.grp = g.grp "
                "AND s.epoch = g.epoch WHERE s.keys IS NULL")]  # an older store's unrecorded set
            for grp in sorted(recompute):
                self._recompute(grp)
            if not restrip:
                return 0
            self.restripped = Restripped()
            groups = [str(r[0]) for r in self.conn.execute("SELECT grp FROM furniture_groups ORDER BY grp")]
            for grp in groups:
                settle(self.conn, self.backend, self._begin, grp, self.restripped, progress)
            return self.restripped.changed

    # -- maintenance -----------------------------------------------------------------------------
    def compact_index(self, *, force: bool = False) -> Compacted | None:
        """Merge SQLite's full-text index back to few segments (compact.py); None on PostgreSQL,
        whose GIN index needs no such step."""
        if self.backend.name != "sqlite":
            return None
        with self._lock:
            return compact(cast(sqlite3.Connection, self.conn), self._begin, force=force)

    def _recompute(self, grp: str) -> None:
        """A dirty group's set from its counts: a new epoch (recorded) when it changed."""
        self._begin()
        try:
            self.backend.lock_groups(self.conn, [grp], exclusive=True)
            self._groups.pop(grp, None)  # re-read: another process may have moved it on
            group = self._group(grp)
            keys = frozenset(self._furniture_keys(grp, group.keys))
            if keys != group.keys or not group.recorded:
                # the set the older articles were stripped with (unknown in a store from before
                # furniture_sets: its articles are then read once, restrip.py)
                record_epoch(self.conn, grp, group.epoch, group.keys if group.recorded else None)
                group = _Group(epoch=group.epoch + 1, keys=keys)
                record_epoch(self.conn, grp, group.epoch, keys)
                self._groups[grp] = group
            self.conn.execute("UPDATE furniture_groups SET epoch = ?, dirty = 0 WHERE grp = ?",
                              (group.epoch, grp))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise


def open_writer(target: str | Path) -> Writer:
    backend = open_backend(target)
    try:
        return Writer(backend)
    except backend.errors as exc:
        from ..errors import StoreError

        raise StoreError(f"cannot write to {backend.target}: {exc}", code="S005") from exc
