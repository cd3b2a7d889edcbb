"""The SQLite backend (the default): one file, WAL, FTS5; connect.py and migrations.py do the work."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from ..errors import StoreError
from .backend import Connection, Statements
from .connect import connect, is_locked, when_unlocked
from .migrations import migrate, schema_version
from .rows import INSERT_QUOTE
from .schema import SQLITE_STEPS, latest_version

T = TypeVar("T")

STATEMENTS = Statements(
    # the writer holds the database's write lock (BEGIN IMMEDIATE), so a plain INSERT cannot collide
    insert_article=(
        "INSERT INTO articles (uid, id, source, grp, level, headline, agency, published, day, url, text, "
        "body, body_start, body_end, body_clean, furniture, furniture_epoch, record, document, ingested_at) "
        "VALUES (:uid, :id, :source, :grp, :level, :headline, :agency, :published, :day, :url, :text, "
        ":body, :body_start, :body_end, :body_clean, :furniture, :furniture_epoch, :record, :document, "
        ":ingested_at)"),
    insert_quote=INSERT_QUOTE,
    restrip_article=("UPDATE articles SET body_clean = :body_clean, furniture = :furniture, "
                     "furniture_epoch = :furniture_epoch WHERE uid = :uid"),
    insert_run="INSERT INTO runs (started, inputs, level) VALUES (?, ?, ?) RETURNING run",
    upsert_reject=(
        "INSERT INTO rejects (source, code, reason, doc_id, stage, first_seen, last_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, code) DO UPDATE SET "
        "reason = excluded.reason, doc_id = excluded.doc_id, last_seen = excluded.last_seen, "
        "times = times + 1"),
    count_furniture_line=(
        "INSERT INTO furniture_lines (grp, key, line, chars, docs, last_story) VALUES (?, ?, ?, ?, 1, ?) "
        "ON CONFLICT (grp, key) DO UPDATE SET docs = docs + (last_story IS NOT excluded.last_story), "
        "last_story = excluded.last_story"),
    count_furniture_group=(
        "INSERT INTO furniture_groups (grp, docs, dirty) VALUES (?, ?, 1) "
        "ON CONFLICT (grp) DO UPDATE SET docs = docs + excluded.docs, dirty = 1"),
    furniture_candidates=(
        "SELECT a.rowid FROM articles a WHERE a.grp = ? "
        "AND a.furniture_epoch IN (SELECT value FROM json_each(?)) "
        "AND a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"),
)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError) as exc:  # a NUL in the name, a name too long
        raise StoreError(f"cannot open the database {str(path)!r}: {exc}", code="S002") from None


class SqliteBackend:
    name = "sqlite"
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    sql = STATEMENTS

    def __init__(self, path: Path) -> None:
        self.path = path
        self.target = str(path)

    def connect_writer(self, lock_timeout: float | None) -> Connection:
        return connect(self.path, lock_timeout=lock_timeout)

    def connect_reader(self, lock_timeout: float | None, upgrade: Callable[[], object]) -> Connection:
        if not _exists(self.path):
            raise StoreError(f"no database at {self.path}; create one with `wirewatch ingest INPUT "
                             f"--db {self.path}`", code="S006")
        if not self.path.is_file():
            raise StoreError(f"{self.path} is not a file, so not a wirewatch store", code="S007")
        probe = connect(self.path, readonly=True, lock_timeout=lock_timeout)  # refuses non-stores
        version = schema_version(probe)
        if version > latest_version():
            probe.close()
            raise StoreError(f"the database has schema version {version}, newer than this wirewatch "
                             f"({latest_version()}); upgrade wirewatch", code="S004")
        if version < latest_version():  # an older wirewatch store: bring it up to date once
            probe.close()
            upgrade()
            probe = connect(self.path, readonly=True, lock_timeout=lock_timeout)
        return probe

    def migrate(self, conn: Connection, begin: Callable[[], object]) -> list[int]:
        return migrate(cast(sqlite3.Connection, conn), SQLITE_STEPS, begin=begin)

    def begin(self, conn: Connection, lock_timeout: float | None) -> None:
        """BEGIN IMMEDIATE, waiting (with a message) while another process writes."""
        when_unlocked(lambda: conn.execute("BEGIN IMMEDIATE"), self.path, lock_timeout)

    def unlocked(self, action: Callable[[], T], lock_timeout: float | None) -> T:
        return when_unlocked(action, self.path, lock_timeout)

    def is_locked(self, exc: BaseException) -> bool:
        return is_locked(exc)

    def retryable(self, exc: BaseException) -> bool:
        return False  # one writer at a time: nothing to retry

    def size_bytes(self, conn: Connection) -> int:
        files = (self.path.with_name(self.path.name + suffix) for suffix in ("", "-wal", "-shm"))
        return sum(p.stat().st_size for p in files if p.is_file())

    def own_file(self) -> Path | None:
        return self.path

    def search_fields(self, row: dict[str, Any], search_body: str) -> None:
        pass  # the FTS5 triggers index the row as it is inserted

    def quote_rows(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        return rows

    def body_phrase(self, words: list[str]) -> str:
        return 'search_body : "' + " ".join(words) + '"'  # words are letters and digits only

    def lock_groups(self, conn: Connection, groups: list[str], *, exclusive: bool) -> None:
        pass  # BEGIN IMMEDIATE already holds the database's one write lock
