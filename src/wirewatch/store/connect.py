"""Opening the database: one writer connection, any number of read connections.

The store needs SQLite with FTS5. CPython's bundled SQLite nearly always has it; where it does not
(some distribution builds), the optional `sqlean.py` package (a drop-in `sqlite3` with FTS5) is used
when installed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import StoreError

_DRIVER: ModuleType | None = None


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


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the store's pragmas. Read connections cannot write by construction."""
    module = driver()
    target = str(path)
    try:
        if readonly:
            uri = Path(target).resolve().as_uri() + "?mode=ro"
            conn = module.connect(uri, uri=True, check_same_thread=False)
        else:
            conn = module.connect(target, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the database {target}: {exc}", code="S002") from exc
    conn.row_factory = module.Row
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:  # searches read the FTS index hard: map it, and keep a bigger page cache
        conn.execute("PRAGMA mmap_size = 268435456")
        conn.execute("PRAGMA cache_size = -65536")
    else:
        # WAL: readers never block the writer; NORMAL sync survives a killed process (not power loss
        # of the last transaction), which is the failure the ingest is designed for.
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"{target}: could not switch to WAL mode (got {mode})", code="S003")
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn  # type: ignore[no-any-return]
