"""Opening the database: one writer connection, any number of read connections.

The store needs SQLite with FTS5. CPython's bundled SQLite nearly always has it; where it does not
(some distribution builds), the optional `sqlean.py` package (a drop-in `sqlite3` with FTS5) is used
when installed.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from ..errors import StoreError

T = TypeVar("T")
_DRIVER: ModuleType | None = None
log = logging.getLogger("wirewatch.store")

LOCK_WAIT = 60.0  # seconds a writer waits for another process's write lock before giving up
LOCK_WAIT_ENV = "WIREWATCH_LOCK_TIMEOUT"  # overrides LOCK_WAIT (seconds) for the CLI and default Stores
STORE_TABLES = frozenset({"articles", "articles_fts", "quotes", "events", "rejects", "runs"})


def _has_fts5(module: Any) -> bool:
    try:
        conn = module.connect(":memory:")
        try:
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
        finally:
            conn.close()
    except Exception:
        return False
    return True


def driver() -> ModuleType:
    """The sqlite3 module to use: the standard one, or sqlean when the standard one lacks FTS5."""
    global _DRIVER
    if _DRIVER is None:
        if _has_fts5(sqlite3):
            _DRIVER = sqlite3
        else:
            try:
                import sqlean  # type: ignore[import-not-found]
            except ImportError as exc:
                raise StoreError("this Python's SQLite has no FTS5; `pip install sqlean.py` to get one",
                                 code="S001") from exc
            _DRIVER = sqlean
    return _DRIVER


def connect(path: str | Path, *, readonly: bool = False,
            lock_timeout: float | None = None) -> sqlite3.Connection:
    """A connection with the store's pragmas. Read connections cannot write by construction
    (`mode=ro`). Both refuse a file that is not a wirewatch store before doing anything to it; a
    write connection accepts an empty database, which it is about to make a store."""
    module = driver()
    target = str(path)
    try:
        special = Path(target).exists() and not Path(target).is_file()
    except (OSError, ValueError) as exc:  # a NUL in the name, a name too long
        raise StoreError(f"cannot open the database {target!r}: {exc}", code="S002") from None
    if special:  # a FIFO would block SQLite forever; a device is no database
        raise StoreError(f"{target} is not a regular file, so not a wirewatch store", code="S007")
    try:
        if readonly:
            uri = Path(target).resolve().as_uri() + "?mode=ro"
            conn = module.connect(uri, uri=True, check_same_thread=False)
        else:
            conn = module.connect(target, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the database {target}: {exc}", code="S002") from exc
    try:
        conn.row_factory = module.Row
        # writers wait in short steps (when_unlocked says why they wait); readers rarely wait at all
        conn.execute(f"PRAGMA busy_timeout = {10000 if readonly else 250}")
        when_unlocked(lambda: check_store(conn, target, empty_ok=not readonly), target, lock_timeout)
        conn.execute("PRAGMA foreign_keys = ON")
        if readonly:  # searches read the FTS index hard: map it, and keep a bigger page cache
            # 2 GB (SQLite's default ceiling): the web server's threads then share the OS's copy of
            # a 100k-article store instead of each filling its own page cache (docs/benchmarks.md)
            conn.execute("PRAGMA mmap_size = 2147483648")
            conn.execute("PRAGMA cache_size = -65536")
        else:
            # WAL: readers never block the writer; NORMAL sync survives a killed process (not power
            # loss of the last transaction), which is the failure the ingest is designed for.
            mode = when_unlocked(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone()[0], target,
                                 lock_timeout)
            if str(mode).lower() != "wal":
                raise StoreError(f"{target}: could not switch to WAL mode (got {mode})", code="S003")
            conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn  # type: ignore[no-any-return]


def is_locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def lock_wait() -> float:
    try:
        return max(0.0, float(os.environ.get(LOCK_WAIT_ENV, LOCK_WAIT)))
    except ValueError:
        return LOCK_WAIT


def when_unlocked(action: Callable[[], T], database: str | Path, timeout: float | None = None) -> T:
    """Run `action`, waiting while another process holds the database's write lock: one message
    (logged warning) when the wait starts, a clear StoreError (S008) once `timeout` is over."""
    limit = lock_wait() if timeout is None else timeout
    deadline = time.monotonic() + limit
    warned = False
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not is_locked(exc):
                raise
            if not warned:
                log.warning("%s is locked by another process; waiting up to %.0f s", database, limit)
                warned = True
            if time.monotonic() >= deadline:
                raise StoreError(f"{database} is locked by another process (waited {limit:.0f} s); try "
                                 "again when it has finished", code="S008") from None
            time.sleep(0.05)


def check_store(conn: sqlite3.Connection, path: str | Path, *, empty_ok: bool) -> int:
    """The schema version of a wirewatch store; StoreError (S007) for anything else: a file that is
    not a database, or a database wirewatch did not make (never touched). An empty database is
    accepted when `empty_ok` (a writer is about to create the store)."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.OperationalError as exc:
        if is_locked(exc):
            raise  # when_unlocked waits and retries
        raise StoreError(f"cannot read {path}: {exc}", code="S007") from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a wirewatch store: not an SQLite database ({exc})",
                         code="S007") from None
    if not tables and version == 0:
        if empty_ok:
            return 0
        raise StoreError(f"{path} is an empty database, not a wirewatch store; create one with "
                         f"`wirewatch ingest INPUT --db {path}`", code="S007")
    missing = STORE_TABLES - tables
    if version == 0 or missing:
        raise StoreError(f"{path} is an SQLite database but not a wirewatch store (no "
                         f"{', '.join(sorted(missing)) or 'wirewatch schema version'}); it was left "
                         "untouched", code="S007")
    return version
