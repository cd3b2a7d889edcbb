"""Which database a store lives in: the seam between the store and SQLite or PostgreSQL.

`--db` / `WIREWATCH_DB` / `Store(...)` take a file path (SQLite, the default) or a
`postgresql://` URL. Everything above this seam (Writer, queries, Store, CLI) is written once; a
`Backend` supplies connections, migrations, transactions and the few statements whose SQL differs.
Queries are written in SQLite's `?` style; the PostgreSQL connection translates them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

DEFAULT_DB = "wirewatch.db"
DB_ENV = "WIREWATCH_DB"  # the database when neither --db nor Store(path) says which
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class Connection(Protocol):
    """What the store needs of a connection; sqlite3.Connection and postgres.PgConnection have it."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Statements:
    """The writer's statements whose SQL differs between the databases."""

    insert_article: str        # must insert nothing (rowcount 0) when the uid is already stored
    insert_quote: str          # PostgreSQL's takes two more values: the search texts (quote_rows)
    restrip_article: str       # named parameters: uid, body_clean, furniture, furniture_epoch
    insert_run: str            # returns the new run number as its one column
    upsert_reject: str
    count_furniture_line: str
    count_furniture_group: str
    furniture_candidates: str  # rowids of a group's articles at some epochs whose indexed body matches
                               # a phrase (parameters: grp, epochs as a JSON list, `Backend.body_phrase`)


class Backend(Protocol):
    name: str                  # "sqlite" or "postgres"
    target: str                # the path or URL as given (passwords hidden), for messages
    errors: tuple[type[BaseException], ...]  # driver errors that become StoreErrors
    sql: Statements

    def connect_writer(self, lock_timeout: float | None) -> Connection: ...

    def connect_reader(self, lock_timeout: float | None, upgrade: Callable[[], object]) -> Connection:
        """A read connection to an existing, current store (`upgrade` migrates an older one);
        StoreError S006 (missing), S007 (not a store) or S004 (newer schema) otherwise."""
        ...

    def migrate(self, conn: Connection, begin: Callable[[], object]) -> list[int]: ...

    def begin(self, conn: Connection, lock_timeout: float | None) -> None: ...

    def unlocked(self, action: Callable[[], T], lock_timeout: float | None) -> T: ...

    def is_locked(self, exc: BaseException) -> bool: ...

    def retryable(self, exc: BaseException) -> bool:
        """A write transaction that failed only because of another writer (deadlock): run it again."""
        ...

    def size_bytes(self, conn: Connection) -> int: ...

    def own_file(self) -> Path | None:
        """The database file that outputs must never replace (None: not a file)."""
        ...

    def search_fields(self, row: dict[str, Any], search_body: str) -> None:
        """Add what the article's full-text index needs to its row (SQLite's triggers need nothing)."""
        ...

    def quote_rows(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Quote rows as `sql.insert_quote` takes them."""
        ...

    def body_phrase(self, words: list[str]) -> str:
        """A full-text query for `words` as a phrase in the article body (for furniture_candidates)."""
        ...

    def lock_groups(self, conn: Connection, groups: list[str], *, exclusive: bool) -> None:
        """Within the open transaction, keep furniture groups' sets from changing under a batch
        (shared), or batches out while a set changes (exclusive). SQLite's write lock does both."""
        ...


def is_postgres(target: str | Path) -> bool:
    return isinstance(target, str) and target.lower().startswith(POSTGRES_SCHEMES)


def resolve(target: str | Path | None) -> str | Path:
    """The database to use: `target`, else $WIREWATCH_DB, else ./wirewatch.db."""
    if target is None or (isinstance(target, str) and not target):
        return os.environ.get(DB_ENV) or DEFAULT_DB
    return target


def open_backend(target: str | Path) -> Backend:
    if is_postgres(target):
        from .postgres import PostgresBackend

        return PostgresBackend(str(target))
    from .sqlite import SqliteBackend

    return SqliteBackend(Path(target))
