"""Read queries over the store. Each takes a read connection and returns plain dicts."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from ..errors import StoreError
from . import furniture
from .rows import loads, record_from_row

HIGHLIGHT = ("**", "**")  # snippet markers: readable in JSON/CSV, rendered bold in tables
_FTS_SYNTAX = re.compile(r'["*():^+-]|\b(AND|OR|NOT|NEAR)\b')


def fts_query(query: str) -> str:
    """A user's query as FTS5 syntax: operators pass through; plain words become quoted terms,
    so "U.S. sanctions" or "N.Korea" search for the words instead of failing as syntax."""
    if _FTS_SYNTAX.search(query):
        return query
    words = re.findall(r"\w+", query)
    if not words:
        raise StoreError(f"nothing to search for in {query!r}", code="S010")
    return " ".join(f'"{w}"' for w in words)


def _match(conn: sqlite3.Connection, sql: str, query: str, params: list[Any]) -> tuple[str, list[Any]]:
    """Run a MATCH query; returns the FTS expression that worked and the rows."""
    expression = fts_query(query)
    try:
        return expression, conn.execute(sql, [expression, *params]).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc) and "syntax" not in str(exc):
            raise
        words = re.findall(r"\w+", query)  # a broken operator query: fall back to its words
        if not words:
            raise StoreError(f"cannot search for {query!r}: {exc}", code="S010") from exc
        expression = " ".join(f'"{w}"' for w in words)
        return expression, conn.execute(sql, [expression, *params]).fetchall()


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Best matches first (bm25, headline weighted twice), with a highlighted snippet.

    Two steps: rank first, then build snippets and fetch metadata for the top rows only. Asking for
    snippets in the ranking query makes SQLite build one for every match before sorting, which is
    what costs on common words.
    """
    expression, top = _match(conn, "SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts "
                                   "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?", query, [limit])
    if not top:
        return []
    rowids = [int(r[0]) for r in top]
    marks = ",".join("?" * len(rowids))
    snippets = dict(conn.execute(
        f"SELECT rowid, snippet(articles_fts, 1, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', '…', 16) "
        f"FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN ({marks})", [expression, *rowids]))
    meta = {r["rowid"]: r for r in conn.execute(
        f"SELECT rowid, id, uid, headline, agency, published, url FROM articles WHERE rowid IN ({marks})",
        rowids)}
    return [{"id": meta[rid]["id"], "headline": meta[rid]["headline"], "agency": meta[rid]["agency"],
             "published": meta[rid]["published"], "score": round(-float(score), 3),
             "snippet": snippets.get(rid), "url": meta[rid]["url"], "uid": meta[rid]["uid"]}
            for rid, score in ((int(r[0]), r[1]) for r in top)]


def get(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """One stored article by uid or by record id (the first stored, when ids repeat)."""
    row = conn.execute("SELECT * FROM articles_v WHERE uid = ?", (key,)).fetchone()
    if row is None:
        row = conn.execute("SELECT * FROM articles_v WHERE id = ? ORDER BY rid LIMIT 1", (key,)).fetchone()
    if row is None:
        return None
    record = record_from_row(row)
    record.update({"uid": row["uid"], "source": row["source"], "url": row["url"], "level": row["level"],
                   "furniture_stripped": row["furniture"], "ingested_at": row["ingested_at"],
                   "document": loads(row["document"]), "text": row["text"]})
    return record


def iter_records(conn: sqlite3.Connection, page: int = 1000) -> Iterator[dict[str, Any]]:
    """Every stored SCHEMA record (plus uid, source, url) in storage order, a page at a time."""
    last = -1
    while True:
        rows = conn.execute("SELECT rid, uid, source, url, record, full_body FROM articles_v "
                            "WHERE rid > ? ORDER BY rid LIMIT ?", (last, page)).fetchall()
        if not rows:
            return
        for row in rows:
            last = row["rid"]
            record = record_from_row(row)
            record.update({"uid": row["uid"], "source": row["source"], "url": row["url"]})
            yield record


def quotes(conn: sqlite3.Connection, *, speaker: str | None = None, actor: str | None = None,
           search: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    where, params = [], []
    if speaker:
        where.append("q.speakers LIKE ?")
        params.append(f"%{speaker}%")
    if actor:
        where.append("q.actor_code GLOB ?")
        params.append(actor.upper() + "*")
    sql = ("SELECT a.id AS article_id, a.uid AS article_uid, a.published, a.headline, q.type, q.speaker, "
           "q.speaker_name, q.actor_code, q.content, q.cue, q.content_start, q.content_end, "
           "(SELECT m.story FROM story_members m WHERE m.uid = q.uid) AS story FROM quotes q "
           "JOIN articles a ON a.uid = q.uid")
    if search:
        sql += " JOIN quotes_fts ON quotes_fts.rowid = q.qid"
        where.insert(0, "quotes_fts MATCH ?")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.day DESC, a.id, q.idx"
    if limit:
        sql += f" LIMIT {int(limit)}"
    if search:
        _, rows = _match(conn, sql, search, params)
    else:
        rows = conn.execute(sql, params).fetchall()
    return [dict(r) for r in rows]


def actors(conn: sqlite3.Connection, *, country: str | None = None,
           limit: int | None = None) -> list[dict[str, Any]]:
    """Coded actors with how often they are mentioned and quoted."""
    where = "WHERE e.code IS NOT NULL" + (" AND e.country = ?" if country else "")
    params = [country.upper()] if country else []
    sql = ("SELECT COALESCE(e.refers_to, e.name, e.text) AS name, e.code, e.country, e.sector, "
           "COUNT(*) AS mentions, COUNT(DISTINCT e.uid) AS articles, "
           "(SELECT COUNT(*) FROM quotes q WHERE q.speaker_name = COALESCE(e.refers_to, e.name, e.text)) "
           "AS quotes FROM entities e " + where +
           " GROUP BY COALESCE(e.refers_to, e.name, e.text), e.code"
           " ORDER BY articles DESC, mentions DESC, name")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in conn.execute(sql, params).fetchall()]


def events(conn: sqlite3.Connection, *, actor: str | None = None, dyad: str | None = None,
           type: str | None = None, since: str | None = None, until: str | None = None,
           factual_only: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
    """Event rows: the SCHEMA event record plus article_id, published, headline, url."""
    where, params = [], []
    if actor:
        where.append("(e.source_code GLOB ? OR e.target_code GLOB ?)")
        params += [actor.upper() + "*"] * 2
    if dyad:
        source, sep, target = dyad.upper().partition(":")
        if not sep or not source or not target:
            raise StoreError(f"--dyad wants SOURCE:TARGET, e.g. KOR:PRK, not {dyad!r}", code="S011")
        where.append("e.source_code GLOB ? AND e.target_code GLOB ?")
        params += [source + "*", target + "*"]
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if since:
        where.append("e.day >= ?")
        params.append(since)
    if until:
        where.append("e.day <= ?")
        params.append(until)
    if factual_only:
        where.append("e.negated = 0 AND e.hypothetical = 0")
    sql = ("SELECT e.record, e.day, a.id AS article_id, a.uid AS article_uid, a.published, a.headline, "
           "a.url, (SELECT m.story FROM story_members m WHERE m.uid = e.uid) AS story FROM events e "
           "JOIN articles a ON a.uid = e.uid")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.day, a.id, e.idx"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for row in conn.execute(sql, params):
        record = loads(row["record"])
        record.update({"article_id": row["article_id"], "article_uid": row["article_uid"],
                       "published": row["published"], "headline": row["headline"], "url": row["url"],
                       "story": row["story"]})
        out.append(record)
    return out


def rejects(conn: sqlite3.Connection, *, code: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT source, code, stage, reason, doc_id, times, last_seen FROM rejects"
    params = []
    if code:
        sql += " WHERE code = ?"
        params.append(code)
    return [dict(r) for r in conn.execute(sql + " ORDER BY last_seen DESC, source", params)]


def furniture_lines(conn: sqlite3.Connection, limit: int = 50) -> list[dict[str, Any]]:
    """The paragraphs currently counted as furniture, most widespread first."""
    out = []
    groups = {r["grp"]: r["docs"] for r in conn.execute("SELECT grp, docs FROM furniture_groups")}
    rows = conn.execute("SELECT grp, line, chars, docs FROM furniture_lines WHERE docs >= ? "
                        "ORDER BY docs DESC", (furniture.MIN_DOCS,))
    for r in rows:
        if furniture.is_furniture(r["docs"], groups.get(r["grp"], 0), r["chars"]):
            out.append({"group": r["grp"], "docs": r["docs"], "group_docs": groups.get(r["grp"], 0),
                        "line": r["line"]})
            if len(out) >= limit:
                break
    return out


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    first, last = conn.execute("SELECT MIN(day), MAX(day) FROM articles").fetchone()
    last_run = conn.execute("SELECT * FROM runs ORDER BY run DESC LIMIT 1").fetchone()
    return {
        "schema_version": one("PRAGMA user_version"),
        "articles": one("SELECT COUNT(*) FROM articles"),
        "by_level": {r[0]: r[1] for r in conn.execute("SELECT level, COUNT(*) FROM articles GROUP BY level")},
        "by_agency": {(r[0] or "unknown"): r[1] for r in conn.execute(
            "SELECT agency, COUNT(*) AS n FROM articles GROUP BY agency ORDER BY n DESC LIMIT 15")},
        "published": {"first": first, "last": last,
                      "unknown": one("SELECT COUNT(*) FROM articles WHERE day IS NULL")},
        "entities": one("SELECT COUNT(*) FROM entities"),
        "coded_actors": one("SELECT COUNT(DISTINCT code) FROM entities WHERE code IS NOT NULL"),
        "quotes": one("SELECT COUNT(*) FROM quotes"),
        "timexes": one("SELECT COUNT(*) FROM timexes"),
        "events": one("SELECT COUNT(*) FROM events"),
        "rejects": {r[0]: r[1] for r in conn.execute("SELECT code, COUNT(*) FROM rejects GROUP BY code")},
        "articles_with_furniture": one("SELECT COUNT(*) FROM articles WHERE furniture > 0"),
        "furniture_paragraphs": len(furniture_lines(conn, limit=1_000_000)),
        "last_run": None if last_run is None else dict(last_run),
    }
