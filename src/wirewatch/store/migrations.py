"""The SQLite side of the schema migrations (schema.py lists them), tracked by PRAGMA user_version.

Each step runs in its own transaction together with the user_version bump, so a crash leaves the
database at the previous version, never half-way. Never edit a step that has shipped: add one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping

from ..errors import StoreError

Migration = Callable[[sqlite3.Connection], None]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, steps: Mapping[int, Migration],
            begin: Callable[[], object] | None = None) -> list[int]:
    """Bring the database to the latest schema (`steps`: version -> this module's function for it);
    returns the versions applied. `begin` opens the write transaction (the Writer's waits while
    another process holds the lock)."""
    current = schema_version(conn)
    latest = max(steps)
    if current > latest:
        raise StoreError(f"the database has schema version {current}, newer than this wirewatch "
                         f"({latest}); upgrade wirewatch", code="S004")
    applied = []
    for version in sorted(v for v in steps if v > current):
        if begin is None:
            conn.execute("BEGIN IMMEDIATE")
        else:
            begin()
        try:
            if schema_version(conn) >= version:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            steps[version](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one (executescript would COMMIT our transaction)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        conn.execute(buffer)


def _search_body(prefix: str) -> str:
    """What full-text search indexes for a row: furniture-stripped body, else the body."""
    return (f"COALESCE({prefix}.body_clean, {prefix}.body, "
            f"substr({prefix}.text, {prefix}.body_start + 1, {prefix}.body_end - {prefix}.body_start))")


def initial(conn: sqlite3.Connection) -> None:
    _script(conn, _V1.replace("SEARCH_BODY(new)", _search_body("new"))
            .replace("SEARCH_BODY(old)", _search_body("old")))


_V1 = """
CREATE TABLE articles (
    uid TEXT PRIMARY KEY,              -- Document.uid: hash of text + origin
    id TEXT NOT NULL,                  -- the SCHEMA record id (path, JSON id, URI)
    source TEXT NOT NULL,
    grp TEXT NOT NULL,                 -- furniture group: agency, else the input file
    level TEXT NOT NULL,               -- structure | nlp | events
    headline TEXT,
    agency TEXT,
    published TEXT,
    day TEXT,                          -- first 10 characters of published (for ranges)
    url TEXT,
    text TEXT NOT NULL,                -- the input text; every offset indexes it
    body TEXT,                         -- NULL when it equals text[body_start:body_end]
    body_start INTEGER NOT NULL,
    body_end INTEGER NOT NULL,
    body_clean TEXT,                   -- body minus furniture; NULL when nothing was stripped
    furniture INTEGER NOT NULL DEFAULT 0,   -- furniture paragraphs stripped from body_clean
    furniture_epoch INTEGER NOT NULL DEFAULT -1,
    record TEXT NOT NULL,              -- SCHEMA record as JSON, without "body"
    document TEXT NOT NULL,            -- reader metadata (date, title, url, meta) as JSON
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_id ON articles(id);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_grp ON articles(grp, furniture_epoch);
CREATE VIEW articles_v AS
    SELECT rowid AS rid, *,
           COALESCE(body, substr(text, body_start + 1, body_end - body_start)) AS full_body,
           COALESCE(body_clean, body, substr(text, body_start + 1, body_end - body_start)) AS search_body
    FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, search_body, content='articles_v', content_rowid='rid',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, search_body) VALUES (new.rowid, new.headline,
        SEARCH_BODY(new));
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, search_body) VALUES ('delete', old.rowid,
        old.headline,
        SEARCH_BODY(old));
END;
CREATE TRIGGER articles_au AFTER UPDATE OF headline, body, body_clean, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, search_body) VALUES ('delete', old.rowid,
        old.headline,
        SEARCH_BODY(old));
    INSERT INTO articles_fts(rowid, headline, search_body) VALUES (new.rowid, new.headline,
        SEARCH_BODY(new));
END;

CREATE TABLE entities (
    uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, label TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    refers_to TEXT,
    name TEXT, code TEXT, country TEXT, sector TEXT,
    PRIMARY KEY (uid, idx)
) WITHOUT ROWID;
CREATE INDEX entities_code ON entities(code);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE quotes (
    qid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    speaker TEXT, speaker_start INTEGER, speaker_end INTEGER,
    speaker_name TEXT,                 -- the resolved actor's name ("Choi Young-sam" for "Choi")
    speakers TEXT NOT NULL DEFAULT '', -- mention + resolved name, what speaker search matches
    actor_code TEXT, country TEXT, sector TEXT,
    cue TEXT, cue_start INTEGER, cue_end INTEGER,
    headline INTEGER NOT NULL DEFAULT 0,
    UNIQUE (uid, idx)
);
CREATE INDEX quotes_actor ON quotes(actor_code);
CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speakers, content='quotes', content_rowid='qid',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content, speakers) VALUES (new.qid, new.content, new.speakers);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speakers) VALUES ('delete', old.qid, old.content,
        old.speakers);
END;

CREATE TABLE timexes (
    uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    type TEXT NOT NULL, value TEXT, evidence TEXT,
    PRIMARY KEY (uid, idx)
) WITHOUT ROWID;
CREATE INDEX timexes_value ON timexes(value);

CREATE TABLE events (
    uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT, mode TEXT, cameo TEXT, goldstein REAL, plover_score REAL,
    date TEXT, day TEXT,               -- day: the event date, else the article's, first 10 chars
    place TEXT,
    source_text TEXT, source_code TEXT, source_country TEXT,
    target_text TEXT, target_code TEXT, target_country TEXT,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    trigger TEXT, quote_index INTEGER, confidence REAL,
    negated INTEGER NOT NULL DEFAULT 0, hypothetical INTEGER NOT NULL DEFAULT 0,
    record TEXT NOT NULL,              -- the SCHEMA event record as JSON
    PRIMARY KEY (uid, idx)
) WITHOUT ROWID;
CREATE INDEX events_dyad ON events(source_code, target_code, day);
CREATE INDEX events_target ON events(target_code, day);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_day ON events(day);

CREATE TABLE rejects (
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    doc_id TEXT,
    stage TEXT NOT NULL,               -- read | analysis
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (source, code)
);

CREATE TABLE furniture_lines (
    grp TEXT NOT NULL,
    key INTEGER NOT NULL,              -- 64-bit hash of the normalised paragraph
    line TEXT NOT NULL,                -- its first 200 characters, as written
    chars INTEGER NOT NULL,            -- its full length
    docs INTEGER NOT NULL,             -- documents of the group that carry it (copies of a story once)
    last_story INTEGER,                -- story_key of the last document counted
    PRIMARY KEY (grp, key)
) WITHOUT ROWID;
CREATE TABLE furniture_groups (
    grp TEXT PRIMARY KEY,
    docs INTEGER NOT NULL DEFAULT 0,
    epoch INTEGER NOT NULL DEFAULT 0,  -- bumped whenever the group's furniture set changes
    dirty INTEGER NOT NULL DEFAULT 1   -- counts changed since the set was last computed
);

CREATE TABLE runs (
    run INTEGER PRIMARY KEY,
    started TEXT NOT NULL, finished TEXT,
    inputs TEXT NOT NULL, level TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0, stored INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0, upgraded INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0
)
"""


def story_threads(conn: sqlite3.Connection) -> None:
    """Story threads (store/stories.py): the tables (migration 4 groups the stored articles)."""
    from .stories import SCHEMA

    _script(conn, SCHEMA)


def bands_by_day(conn: sqlite3.Connection) -> None:
    """Story band rows keyed by (band, day); then any stored article not in a story yet grouped."""
    from .stories import BANDS_BY_DAY, backfill

    _script(conn, BANDS_BY_DAY)
    backfill(conn)


def story_agency_index(conn: sqlite3.Connection) -> None:
    """A story's members indexed by agency (stories.STORY_AGENCY_INDEX)."""
    from .stories import STORY_AGENCY_INDEX

    _script(conn, STORY_AGENCY_INDEX)


def furniture_sets(conn: sqlite3.Connection) -> None:
    _script(conn, FURNITURE_SETS)


def search_index_merged(conn: sqlite3.Connection) -> None:
    """The full-text index rewritten as one segment (FTS5's 'optimize'). Ingest adds a segment per
    batch and FTS5 merges them only in part (the bench's 100k store held 22), while every search
    term is looked up, and every ranked match's weight counted, in each segment: on that store a
    search page cost 11 % and a facets fragment 9 % less CPU once merged (docs/benchmarks.md).
    About a second per 100,000 articles, once."""
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")


# Each furniture epoch's set (restrip.py). The epochs already in a store get a row with keys NULL
# (not recorded), so their articles are checked once against the current set.
FURNITURE_SETS = """
CREATE TABLE furniture_sets (
    grp TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    keys TEXT,                         -- JSON list of the paragraph keys (NULL: not recorded)
    agrees_with INTEGER NOT NULL,      -- the epoch whose set this epoch's articles now agree with
    PRIMARY KEY (grp, epoch)
);
INSERT INTO furniture_sets (grp, epoch, keys, agrees_with)
    SELECT DISTINCT grp, furniture_epoch, NULL, furniture_epoch FROM articles
"""
