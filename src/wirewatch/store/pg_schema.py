"""The PostgreSQL side of the schema migrations (schema.py lists them): the same tables and columns
as migrations.py (SQLite).

Differences, each for a reason:
- the schema version lives in a one-row table `wirewatch_schema` (PostgreSQL has no user_version);
- SQLite's implicit rowid is an identity column named `rowid` (`articles`), so statements that
  order or page by it read the same on both; `quotes.qid` and `runs.run` are identity columns too;
- full-text search is a weighted tsvector with a GIN index instead of FTS5 tables and triggers: the
  writer fills it from unicode61-like tokens (tsquery.py). The articles' vectors live in their own
  narrow table, `article_search`, kept in the row (STORAGE MAIN): ranking reads every vector it
  scores, and a vector pushed out to TOAST beside the article's text costs 5 times as much to read;
- every text column sorts byte-wise (COLLATE "C"), as SQLite does, whatever the database's locale,
  so listings come out in the same order on both backends.

Each migration runs in one transaction with the version bump, under an advisory lock, so processes
starting together migrate once and a crash leaves the previous version.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..errors import StoreError
from .backend import Connection

Migration = Callable[[Connection], None]
STORE_TABLES = frozenset({"articles", "quotes", "events", "rejects", "runs", "wirewatch_schema"})
_LOCK_KEY = 0x77697265  # advisory lock held while migrating ("wire")


def _tables(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}


def schema_version(conn: Connection) -> int:
    if "wirewatch_schema" not in _tables(conn):
        return 0
    row = conn.execute("SELECT max(version) FROM wirewatch_schema").fetchone()
    return int(row[0] or 0)


def store_state(conn: Connection, target: str, *, empty_ok: bool) -> int:
    """The schema version of the wirewatch store at `target`; StoreError S007 for a database that
    holds other tables (never touched), S006 for an empty one unless `empty_ok`."""
    tables = _tables(conn)
    if not tables:
        if empty_ok:
            return 0
        raise StoreError(f"{target} holds no wirewatch store; create one with `wirewatch ingest INPUT "
                         f"--db {target}`", code="S006")
    missing = STORE_TABLES - tables
    if missing:
        raise StoreError(f"{target} is a PostgreSQL database but not a wirewatch store (no "
                         f"{', '.join(sorted(missing))}); it was left untouched", code="S007")
    return schema_version(conn)


def migrate(conn: Connection, steps: Mapping[int, Migration], begin: Callable[[], Any]) -> list[int]:
    """Bring the database to the latest schema (`steps`: version -> this module's function for it)."""
    current = schema_version(conn)
    latest = max(steps)
    if current > latest:
        raise StoreError(f"the database has schema version {current}, newer than this wirewatch "
                         f"({latest}); upgrade wirewatch", code="S004")
    applied = []
    for version in sorted(v for v in steps if v > current):
        begin()
        try:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (_LOCK_KEY,))
            if schema_version(conn) >= version:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            steps[version](conn)
            conn.execute("DELETE FROM wirewatch_schema")
            conn.execute("INSERT INTO wirewatch_schema (version) VALUES (?)", (version,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def _script(conn: Connection, sql: str) -> None:
    for statement in sql.replace("TEXT", 'TEXT COLLATE "C"').split(";"):
        if statement.strip():
            conn.execute(statement)


_SEARCH_BODY = "COALESCE(body_clean, body, substr(text, body_start + 1, body_end - body_start))"


def initial(conn: Connection) -> None:
    _script(conn, _V1.replace("SEARCH_BODY", _SEARCH_BODY))


_V1 = """
CREATE TABLE wirewatch_schema (version INTEGER NOT NULL);
CREATE TABLE articles (
    rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    uid TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    source TEXT NOT NULL,
    grp TEXT NOT NULL,
    level TEXT NOT NULL,
    headline TEXT,
    agency TEXT,
    published TEXT,
    day TEXT,
    url TEXT,
    text TEXT NOT NULL,
    body TEXT,
    body_start INTEGER NOT NULL,
    body_end INTEGER NOT NULL,
    body_clean TEXT,
    furniture INTEGER NOT NULL DEFAULT 0,
    furniture_epoch INTEGER NOT NULL DEFAULT -1,
    record TEXT NOT NULL,
    document TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_id ON articles(id);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_grp ON articles(grp, furniture_epoch);
CREATE TABLE article_search (
    rowid BIGINT PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    search_vector tsvector NOT NULL
);
ALTER TABLE article_search ALTER COLUMN search_vector SET STORAGE MAIN;
CREATE INDEX article_search_terms ON article_search USING gin (search_vector);
CREATE VIEW articles_v AS
    SELECT rowid AS rid, uid, id, source, grp, level, headline, agency, published, day, url, text, body,
           body_start, body_end, body_clean, furniture, furniture_epoch, record, document, ingested_at,
           COALESCE(body, substr(text, body_start + 1, body_end - body_start)) AS full_body,
           SEARCH_BODY AS search_body
    FROM articles;

CREATE TABLE entities (
    uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, label TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    refers_to TEXT,
    name TEXT, code TEXT, country TEXT, sector TEXT,
    PRIMARY KEY (uid, idx)
);
CREATE INDEX entities_code ON entities(code);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE quotes (
    qid BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    speaker TEXT, speaker_start INTEGER, speaker_end INTEGER,
    speaker_name TEXT,
    speakers TEXT NOT NULL DEFAULT '',
    actor_code TEXT, country TEXT, sector TEXT,
    cue TEXT, cue_start INTEGER, cue_end INTEGER,
    headline INTEGER NOT NULL DEFAULT 0,
    search_vector tsvector NOT NULL,
    UNIQUE (uid, idx)
);
CREATE INDEX quotes_actor ON quotes(actor_code);
CREATE INDEX quotes_search ON quotes USING gin (search_vector);

CREATE TABLE timexes (
    uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    type TEXT NOT NULL, value TEXT, evidence TEXT,
    PRIMARY KEY (uid, idx)
);
CREATE INDEX timexes_value ON timexes(value);

CREATE TABLE events (
    uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT, mode TEXT, cameo TEXT, goldstein DOUBLE PRECISION, plover_score DOUBLE PRECISION,
    date TEXT, day TEXT,
    place TEXT,
    source_text TEXT, source_code TEXT, source_country TEXT,
    target_text TEXT, target_code TEXT, target_country TEXT,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    trigger TEXT, quote_index INTEGER, confidence DOUBLE PRECISION,
    negated INTEGER NOT NULL DEFAULT 0, hypothetical INTEGER NOT NULL DEFAULT 0,
    record TEXT NOT NULL,
    PRIMARY KEY (uid, idx)
);
CREATE INDEX events_dyad ON events(source_code, target_code, day);
CREATE INDEX events_target ON events(target_code, day);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_day ON events(day);

CREATE TABLE rejects (
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    doc_id TEXT,
    stage TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (source, code)
);

CREATE TABLE furniture_lines (
    grp TEXT NOT NULL,
    key BIGINT NOT NULL,
    line TEXT NOT NULL,
    chars INTEGER NOT NULL,
    docs INTEGER NOT NULL,
    last_story BIGINT,
    PRIMARY KEY (grp, key)
);
CREATE TABLE furniture_groups (
    grp TEXT PRIMARY KEY,
    docs INTEGER NOT NULL DEFAULT 0,
    epoch INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE runs (
    run BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    started TEXT NOT NULL, finished TEXT,
    inputs TEXT NOT NULL, level TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0, stored INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0, upgraded INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0
)
"""


def story_threads(conn: Connection) -> None:
    """Story threads (store/stories.py): the tables (migration 4 groups the stored articles)."""
    _script(conn, _V2)


def bands_by_day(conn: Connection) -> None:
    """Story band rows keyed by (band, day) (stories.BANDS_BY_DAY); then any stored article not in a
    story yet grouped."""
    from .stories import backfill

    _script(conn, _V4)
    backfill(conn)


_V4 = """
CREATE TABLE story_bands_by_day (
    key BIGINT NOT NULL,
    day INTEGER NOT NULL,
    uid TEXT NOT NULL,
    PRIMARY KEY (key, day, uid)
);
INSERT INTO story_bands_by_day (key, day, uid)
    SELECT b.key, COALESCE(CAST(m.day AS DATE) - DATE '0001-01-01' + 1, 0), b.uid
    FROM story_bands b LEFT JOIN story_members m ON m.uid = b.uid;
DROP TABLE story_bands;
ALTER TABLE story_bands_by_day RENAME TO story_bands;
ALTER TABLE story_bands RENAME CONSTRAINT story_bands_by_day_pkey TO story_bands_pkey
"""


_V2 = """
CREATE TABLE stories (
    story BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    headline TEXT,
    agency TEXT,
    first_day TEXT, last_day TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    agencies INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_last_day ON stories(last_day);
CREATE TABLE story_members (
    rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    uid TEXT PRIMARY KEY REFERENCES articles(uid) ON DELETE CASCADE,
    story BIGINT NOT NULL,
    agency TEXT, place TEXT, day TEXT, slug TEXT,
    headline_words TEXT NOT NULL,
    versioned INTEGER NOT NULL,
    shingles INTEGER NOT NULL,
    signature BYTEA NOT NULL,
    matched TEXT,
    reason TEXT
);
CREATE INDEX story_members_story ON story_members(story);
CREATE INDEX story_members_agency_day ON story_members(agency, day);
CREATE INDEX story_members_agency_place ON story_members(agency, place, day);
CREATE INDEX story_members_slug ON story_members(agency, slug) WHERE slug IS NOT NULL;
CREATE TABLE story_bands (
    key BIGINT NOT NULL,
    uid TEXT NOT NULL,
    PRIMARY KEY (key, uid)
)
"""


def story_agency_index(conn: Connection) -> None:
    """A story's members indexed by agency (stories.STORY_AGENCY_INDEX)."""
    from .stories import STORY_AGENCY_INDEX

    _script(conn, STORY_AGENCY_INDEX)


def furniture_sets(conn: Connection) -> None:
    from .migrations import FURNITURE_SETS

    _script(conn, FURNITURE_SETS)


def search_index_merged(conn: Connection) -> None:
    """SQLite's step 6 merges its full-text index; a GIN index needs no such step."""
