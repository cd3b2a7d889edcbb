"""The PostgreSQL backend: `--db postgresql://user@host/dbname` (psycopg 3, the `[postgres]` extra).

Same tables, columns and migration numbers as SQLite (pg_schema.py); full-text search is a
weighted tsvector with a GIN index (tsquery.py explains the tokens, pg_queries.py the ranking).
Several processes may ingest at once: an article insert is `ON CONFLICT (uid) DO NOTHING`, so a
document another process committed first is counted as a duplicate, and a batch that deadlocks
with another is rolled back and run again (Writer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from ..errors import StoreError
from .backend import Connection, Statements
from .pg_schema import migrate, store_state
from .schema import POSTGRES_STEPS, latest_version
from .tsquery import TS_CONFIG, search_text

T = TypeVar("T")

_VECTOR = (f"setweight(to_tsvector('{TS_CONFIG}', :search_headline), 'A') || "
           f"setweight(to_tsvector('{TS_CONFIG}', :search_body), 'B')")

STATEMENTS = Statements(
    # one statement, one round trip: the article, then its search vector, only if it was inserted
    insert_article=(
        "WITH inserted AS (INSERT INTO articles (uid, id, source, grp, level, headline, agency, published, "
        "day, url, text, body, body_start, body_end, body_clean, furniture, furniture_epoch, record, "
        "document, ingested_at) "
        "VALUES (:uid, :id, :source, :grp, :level, :headline, :agency, :published, :day, :url, :text, "
        ":body, :body_start, :body_end, :body_clean, :furniture, :furniture_epoch, :record, :document, "
        ":ingested_at) ON CONFLICT (uid) DO NOTHING RETURNING rowid) "
        f"INSERT INTO article_search (rowid, search_vector) SELECT rowid, {_VECTOR} FROM inserted"),
    insert_quote=(
        "INSERT INTO quotes (uid, idx, type, content, content_start, content_end, speaker, speaker_start, "
        "speaker_end, speaker_name, speakers, actor_code, country, sector, cue, cue_start, cue_end, "
        "headline, search_vector) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, "
        f"setweight(to_tsvector('{TS_CONFIG}', ?), 'A') || setweight(to_tsvector('{TS_CONFIG}', ?), 'B'))"),
    restrip_article=(
        "WITH changed AS (UPDATE articles SET body_clean = :body_clean, furniture = :furniture, "
        "furniture_epoch = :furniture_epoch WHERE uid = :uid RETURNING rowid) "
        f"UPDATE article_search s SET search_vector = {_VECTOR} FROM changed WHERE s.rowid = changed.rowid"),
    insert_run="INSERT INTO runs (started, inputs, level) VALUES (?, ?, ?) RETURNING run",
    upsert_reject=(
        "INSERT INTO rejects AS r (source, code, reason, doc_id, stage, first_seen, last_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, code) DO UPDATE SET "
        "reason = excluded.reason, doc_id = excluded.doc_id, last_seen = excluded.last_seen, "
        "times = r.times + 1"),
    count_furniture_line=(
        "INSERT INTO furniture_lines AS f (grp, key, line, chars, docs, last_story) "
        "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (grp, key) DO UPDATE SET "
        "docs = f.docs + (f.last_story IS DISTINCT FROM excluded.last_story)::int, "
        "last_story = excluded.last_story"),
    count_furniture_group=(
        "INSERT INTO furniture_groups AS g (grp, docs, dirty) VALUES (?, ?, 1) "
        "ON CONFLICT (grp) DO UPDATE SET docs = g.docs + excluded.docs, dirty = 1"),
    furniture_candidates=(
        "SELECT a.rowid FROM articles a JOIN article_search s ON s.rowid = a.rowid "
        "WHERE a.grp = ? AND a.furniture_epoch IN (SELECT value::int FROM json_array_elements_text(?::json)) "
        "AND s.search_vector @@ ?::tsquery"),
)
_GROUP_LOCKS = 0x66757274  # advisory lock namespace of the furniture groups ("furt")


# -- SQL in SQLite's parameter style, run by psycopg ----------------------------------------------
_PIECES = re.compile(r"""('(?:[^']|'')*')|("(?:[^"])*")|\?(\d+)|(\?)|(?<!:):([A-Za-z_]\w*)|(%)""")


@lru_cache(maxsize=512)
def translate(sql: str) -> tuple[str, bool]:
    """`?` -> `%s`, `?3` -> `%(p3)s`, `:name` -> `%(name)s`, `%` -> `%%`; quoted text keeps its `?`
    and `:`. Also says whether the statement numbers its parameters (`?1`)."""
    numbered = False

    def piece(m: re.Match[str]) -> str:
        nonlocal numbered
        if m[1] or m[2]:  # psycopg reads % even inside quotes
            return m[0].replace("%", "%%")
        if m[3]:
            numbered = True
            return f"%(p{m[3]})s"
        if m[4]:
            return "%s"
        if m[5]:
            return f"%({m[5]})s"
        return "%%"
    return _PIECES.sub(piece, sql), numbered


def _parameters(numbered: bool, parameters: Any) -> Any:
    if numbered and not isinstance(parameters, dict):
        return {f"p{i}": value for i, value in enumerate(parameters, start=1)}
    return parameters


class PgRow(tuple[Any, ...]):
    """A result row read by position or by column name, like sqlite3.Row (and `dict(row)` works)."""

    _index: dict[str, int]

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[PgRow]:
    """One row class per list of column names, not a new class for every query."""
    return type("Row", (PgRow,), {"_index": {name: i for i, name in enumerate(names)}})


def _row_factory(cursor: Any) -> Callable[[Sequence[Any]], PgRow]:
    cls = _row_class(tuple(c.name for c in cursor.description or ()))
    return lambda values: cls(values)


class PgConnection:
    """A psycopg connection in autocommit mode (transactions are explicit BEGIN/COMMIT, as on SQLite)
    that accepts the store's SQLite-style statements."""

    dialect = "postgresql"  # for the few statements written for each database (stories._band_sql)

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Any = None) -> Any:
        cursor = self.raw.cursor()
        if parameters is None:
            return cursor.execute(sql)
        text, numbered = translate(sql)
        return cursor.execute(text, _parameters(numbered, parameters))

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> Any:
        cursor = self.raw.cursor()
        text, numbered = translate(sql)
        cursor.executemany(text, [_parameters(numbered, p) for p in parameters])
        return cursor

    def close(self) -> None:
        self.raw.close()


# PostgreSQL text cannot hold NUL, nor UTF-8 a lone surrogate: both become U+FFFD on the way in (one
# character for one, so every offset still points where it did). Documented in docs/store.md.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _safe_text_dumper(psycopg: Any) -> type:
    # typed `text` (psycopg's default leaves str untyped): `? IS NULL` and the like then work
    from psycopg.types.string import StrDumper

    class SafeText(StrDumper):  # type: ignore[misc]
        def dump(self, obj: str) -> Any:
            return super().dump(_UNSTORABLE.sub("\ufffd", obj))

    return SafeText


def _driver() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError("a postgresql:// database needs psycopg: `pip install 'wirewatch[postgres]'`",
                         code="S001") from exc
    return psycopg


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresBackend:
    name = "postgres"
    sql = STATEMENTS

    def __init__(self, url: str) -> None:
        self.url = url
        self.target = redact(url)
        self.errors: tuple[type[BaseException], ...] = (_driver().Error,)

    def _connect(self, *, readonly: bool) -> PgConnection:
        psycopg = _driver()
        try:
            raw = psycopg.connect(self.url, autocommit=True, row_factory=_row_factory,
                                  application_name="wirewatch")
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self.target}: {str(exc).strip()}", code="S002") from None
        raw.adapters.register_dumper(str, _safe_text_dumper(psycopg))
        if readonly:  # a read connection cannot change the store by construction
            raw.execute("SET default_transaction_read_only = on")
            # plan every statement for its own parameters: psycopg prepares a statement run five
            # times, and PostgreSQL may then reuse one generic plan, which for a search cannot know
            # whether the words are rare or in every article (a walk planned for `norway` costs
            # seconds on `said`)
            raw.execute("SET plan_cache_mode = force_custom_plan")
            # no JIT: a search's cost estimate often passes jit_above_cost (a phrase of common words
            # rechecks tens of thousands of vectors) and compiling cost 4-5 ms in each parallel
            # worker, for expressions run a few thousand times
            raw.execute("SET jit = off")
        # the writer's statements are inserts and lookups by key or key range, which PostgreSQL may
        # plan once: re-planning each was about a third of the server's CPU per stored article
        return PgConnection(raw)

    def connect_writer(self, lock_timeout: float | None) -> Connection:
        conn = self._connect(readonly=False)
        try:
            store_state(conn, self.target, empty_ok=True)
        except BaseException:
            conn.close()
            raise
        return conn

    def connect_reader(self, lock_timeout: float | None, upgrade: Callable[[], object]) -> Connection:
        conn = self._connect(readonly=True)
        try:
            version = store_state(conn, self.target, empty_ok=False)
            if version > latest_version():
                raise StoreError(f"the database has schema version {version}, newer than this wirewatch "
                                 f"({latest_version()}); upgrade wirewatch", code="S004")
            if version < latest_version():
                upgrade()
        except BaseException:
            conn.close()
            raise
        return conn

    def migrate(self, conn: Connection, begin: Callable[[], object]) -> list[int]:
        return migrate(conn, POSTGRES_STEPS, begin)

    def begin(self, conn: Connection, lock_timeout: float | None) -> None:
        conn.execute("BEGIN")

    def unlocked(self, action: Callable[[], T], lock_timeout: float | None) -> T:
        return action()  # row locks only: no database-wide write lock to wait for

    def is_locked(self, exc: BaseException) -> bool:
        return isinstance(exc, _driver().errors.LockNotAvailable)

    def retryable(self, exc: BaseException) -> bool:
        errors = _driver().errors
        return isinstance(exc, errors.DeadlockDetected | errors.SerializationFailure)

    def size_bytes(self, conn: Connection) -> int:
        return int(conn.execute(
            "SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'm') AND n.nspname = current_schema()").fetchone()[0])

    def own_file(self) -> Path | None:
        return None

    # -- what only PostgreSQL needs: the search vectors, computed from unicode61-like tokens ----------
    def search_fields(self, row: dict[str, Any], body: str) -> None:
        row["search_headline"] = search_text(row.get("headline"))
        row["search_body"] = search_text(body)

    def quote_rows(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        # content is column 3, speakers column 10 (rows.quote_rows)
        return [(*r, search_text(r[3]), search_text(r[10])) for r in rows]

    def body_phrase(self, words: list[str]) -> str:
        return " <-> ".join(f"'{word}':B" for word in words)  # words are letters and digits only

    def lock_groups(self, conn: Connection, groups: list[str], *, exclusive: bool) -> None:
        # in one order (sorted), so two batches cannot wait for each other; shared locks never
        # conflict, so ingesting processes still write at once
        function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        for grp in sorted(groups):
            conn.execute(f"SELECT {function}(?, hashtext(?))", (_GROUP_LOCKS, grp))
