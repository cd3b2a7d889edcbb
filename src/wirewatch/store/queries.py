"""Read queries over the store. Each takes a read connection and returns plain dicts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any

import orjson

from ..records import Event
from . import furniture, pg_queries, ranking
from .backend import Connection
from .postgres import PgConnection
from .query import compile_query
from .rows import loads, record_from_row
from .validate import actor_code, day_range, sql_limit
from .validate import dyad as parse_dyad

HIGHLIGHT = ("**", "**")  # snippet markers: readable in JSON/CSV, rendered bold in tables

SEARCH_COLUMNS = ("id", "headline", "agency", "published", "score", "snippet", "url", "uid")
QUOTE_COLUMNS = ("article_id", "article_uid", "published", "headline", "type", "speaker", "speaker_name",
                 "actor_code", "content", "cue", "content_start", "content_end", "story")
ACTOR_COLUMNS = ("name", "code", "country", "sector", "mentions", "articles", "quotes")
EVENT_COLUMNS = tuple(f.name for f in fields(Event)) + ("article_id", "article_uid", "published", "headline",
                                                         "url", "ingested_at", "story")
REJECT_COLUMNS = ("source", "code", "stage", "reason", "doc_id", "times", "last_seen")
FURNITURE_COLUMNS = ("group", "docs", "group_docs", "line")


def _pg(conn: Connection) -> bool:
    return isinstance(conn, PgConnection)


def _limit(conn: Connection, limit: int | None) -> int | None:
    """A LIMIT parameter: SQLite's "no limit" is -1, PostgreSQL's NULL."""
    value = sql_limit(limit)
    return None if value == -1 and _pg(conn) else value


def _nulls(conn: Connection, where: str) -> str:
    """Where NULLs sort: SQLite puts them first going up and last going down; PostgreSQL the
    opposite, so it is told to do the same."""
    return f" NULLS {where}" if _pg(conn) else ""


def _prefix(conn: Connection, column: str) -> str:
    """`column` starts with the parameter (an actor code, so letters and digits only)."""
    return f"{column} LIKE ?" if _pg(conn) else f"{column} GLOB ?"


def _prefix_value(conn: Connection, code: str) -> str:
    return code + ("%" if _pg(conn) else "*")


def _filter_sql(filters: dict[str, tuple[str, ...]], article: str = "a") -> tuple[list[str], list[Any]]:
    """SQL conditions for a compiled query's metadata filters (docs/search.md)."""
    where: list[str] = []
    params: list[Any] = []
    for key, values in filters.items():
        marks = ",".join("?" * len(values))
        if key == "agency":
            where.append(f"lower({article}.agency) IN ({marks})")
            params += [v.lower() for v in values]
        elif key == "-agency":
            where.append(f"lower(COALESCE({article}.agency, '')) NOT IN ({marks})")
            params += [v.lower() for v in values]
        elif key == "since":
            where.append(f"{article}.day >= ?")
            params.append(values[0])
        elif key == "until":
            where.append(f"{article}.day <= ?")
            params.append(values[0])
    return where, params


def search(conn: Connection, query: str, limit: int | None = 20, *,
           with_snippets: bool = True, rank_newest: int | None = None) -> list[dict[str, Any]]:
    """Best matches first (bm25, headline weighted twice), with a highlighted snippet. The query
    language is docs/search.md; a query with only filters or exclusions lists newest first.

    Two steps: rank first, then build snippets and fetch metadata for the top rows only. Asking for
    snippets in the ranking query makes SQLite build one for every match before sorting, which is
    what costs on common words. A query matching more than MAX_RANKED articles ranks the newest
    MAX_RANKED of them (`rank_newest` of them when given; 0: all), unless more results (or all) are
    asked for.
    """
    compiled = compile_query(query, "articles")
    if compiled.empty:
        return []
    where, params = _filter_sql(compiled.filters)
    if _pg(conn):
        return pg_queries.search(conn, compiled, where, params, _limit(conn, limit), HIGHLIGHT,
                                 rank_newest)
    if compiled.match is not None:
        joined = " JOIN articles a ON a.rowid = articles_fts.rowid" if where else ""
        sql = ("SELECT articles_fts.rowid AS rid, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts"
               + joined + " WHERE " + " AND ".join(["articles_fts MATCH ?", *where]))
        args: list[Any] = [compiled.match, *params]
        limit_value = sql_limit(limit)
        ranked = ranking.ranked_limit(None if limit_value == -1 else limit_value, rank_newest)
        if ranked is not None:
            # bm25 reads every match's positions (ranking.py): rank only the newest MAX_RANKED
            # matches. FTS5 walks the doclist from its end and scores just those rows, in one pass
            # (a first pass finding the window's lowest rowid cost 15 % more: docs/benchmarks.md)
            sql = f"SELECT rid, score FROM ({sql} ORDER BY articles_fts.rowid DESC LIMIT ?)"
            args.append(ranked)
        # ties (same counts, same length) oldest first, as SQLite's sort of the rowid-ordered matches gave
        sql += " ORDER BY score, rid LIMIT ?"
        if not with_snippets:
            return _ranked_in_one_row(conn, sql, [*args, limit_value])
        top = conn.execute(sql, [*args, limit_value]).fetchall()
    else:
        if compiled.exclude is not None:
            where.append("a.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(compiled.exclude)
        sql = "SELECT a.rowid, 0.0 FROM articles a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        top = conn.execute(sql + " ORDER BY a.day DESC, a.rowid DESC LIMIT ?",
                           [*params, sql_limit(limit)]).fetchall()
    if not top:
        return []
    rowids = [int(r[0]) for r in top]
    snippets: dict[int, str] = {}
    meta: dict[int, Any] = {}
    for chunk in range(0, len(rowids), 500):  # SQLite caps bound parameters per statement
        part = rowids[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        if compiled.match is not None and with_snippets:
            snippets.update(conn.execute(
                f"SELECT rowid, snippet(articles_fts, 1, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', '…', 16) "
                f"FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN ({marks})",
                [compiled.match, *part]))
        meta.update((r["rowid"], r) for r in conn.execute(
            f"SELECT rowid, id, uid, headline, agency, published, url FROM articles WHERE rowid IN ({marks})",
            part))
    return [{"id": meta[rid]["id"], "headline": meta[rid]["headline"], "agency": meta[rid]["agency"],
             "published": meta[rid]["published"], "score": round(-float(score), 3),
             "snippet": snippets.get(rid), "url": meta[rid]["url"], "uid": meta[rid]["uid"]}
            for rid, score in ((int(r[0]), r[1]) for r in top)]


def _ranked_in_one_row(conn: Connection, ranked_sql: str, args: list[Any]) -> list[dict[str, Any]]:
    """`search` without snippets on SQLite: the ranked rows and their metadata as one JSON value.

    Python's sqlite3 gives up the GIL and takes it back for every row it steps through; in a busy
    threaded server (the web workbench) each taking-back can wait for another thread's Python work,
    so 200 rows (100 ranked, then their metadata) cost far more than their SQL. One row is one wait
    (docs/web.md). Sorted again here as the SQL sorted them (score, then rowid), since SQL does not
    promise the aggregate's order."""
    found = conn.execute(
        "SELECT json_group_array(json_array(t.rid, t.score, a.id, a.uid, a.headline, a.agency, a.published, "
        f"a.url)) FROM ({ranked_sql}) t JOIN articles a ON a.rowid = t.rid", args).fetchone()[0]
    rows = sorted(orjson.loads(found), key=lambda r: (r[1], r[0]))
    return [{"id": id_, "headline": headline, "agency": agency, "published": published,
             "score": round(-float(score), 3), "snippet": None, "url": url, "uid": uid}
            for _, score, id_, uid, headline, agency, published, url in rows]


def get(conn: Connection, key: str) -> dict[str, Any] | None:
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


def iter_records(conn: Connection, page: int = 1000) -> Iterator[dict[str, Any]]:
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


def quotes(conn: Connection, *, speaker: str | None = None, actor: str | None = None,
           search: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Attributed quotes, newest first. `search` is a query (docs/search.md) over the quote and its
    speaker; `speaker` a substring of the mention or resolved name; `actor` a code prefix."""
    where: list[str] = []
    params: list[Any] = []
    if speaker:  # case-insensitive on both (SQLite's LIKE is, for ASCII)
        where.append(f"q.speakers {'ILIKE' if _pg(conn) else 'LIKE'} ? ESCAPE '\\'")
        params.append("%" + speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if actor:
        where.append(_prefix(conn, "q.actor_code"))
        params.append(_prefix_value(conn, actor_code(actor)))
    sql = ("SELECT a.id AS article_id, a.uid AS article_uid, a.published, a.headline, q.type, q.speaker, "
           "q.speaker_name, q.actor_code, q.content, q.cue, q.content_start, q.content_end, "
           "(SELECT m.story FROM story_members m WHERE m.uid = q.uid) AS story FROM quotes q "
           "JOIN articles a ON a.uid = q.uid")
    if search is not None:
        compiled = compile_query(search, "quotes")
        if compiled.empty:
            return []
        if _pg(conn):
            found = pg_queries.quote_match(compiled)
            if found is False:
                return []
            if isinstance(found, tuple):
                where.insert(0, found[0])
                params.insert(0, found[1])
        elif compiled.match is not None:
            sql += " JOIN quotes_fts ON quotes_fts.rowid = q.qid"
            where.insert(0, "quotes_fts MATCH ?")
            params.insert(0, compiled.match)
        elif compiled.exclude is not None:
            where.append("q.qid NOT IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(compiled.exclude)
        filter_where, filter_params = _filter_sql(compiled.filters)
        where += filter_where
        params += filter_params
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY a.day DESC{_nulls(conn, 'LAST')}, a.id, q.idx LIMIT ?"
    return [dict(r) for r in conn.execute(sql, [*params, _limit(conn, limit)]).fetchall()]


def actors(conn: Connection, *, country: str | None = None,
           limit: int | None = None) -> list[dict[str, Any]]:
    """Coded actors with how often they are mentioned and quoted."""
    where = "WHERE e.code IS NOT NULL" + (" AND e.country = ?" if country else "")
    params: list[Any] = [actor_code(country, "country code")] if country else []
    if _pg(conn):
        return pg_queries.actors(conn, where, [*params, _limit(conn, limit)])
    sql = ("SELECT COALESCE(e.refers_to, e.name, e.text) AS name, e.code, e.country, e.sector, "
           "COUNT(*) AS mentions, COUNT(DISTINCT e.uid) AS articles, "
           "(SELECT COUNT(*) FROM quotes q WHERE q.speaker_name = COALESCE(e.refers_to, e.name, e.text)) "
           "AS quotes FROM entities e " + where +
           " GROUP BY COALESCE(e.refers_to, e.name, e.text), e.code"
           " ORDER BY articles DESC, mentions DESC, name LIMIT ?")
    return [dict(r) for r in conn.execute(sql, [*params, sql_limit(limit)]).fetchall()]


def events(conn: Connection, *, actor: str | None = None, dyad: str | None = None,
           type: str | None = None, since: str | None = None, until: str | None = None,
           factual_only: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
    """Event rows: the SCHEMA event record plus article_id, published, headline, url, ingested_at.
    `since`/`until` take YYYY-MM-DD, YYYY-MM or YYYY (inclusive: until 2021 covers all of 2021)."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append(f"({_prefix(conn, 'e.source_code')} OR {_prefix(conn, 'e.target_code')})")
        params += [_prefix_value(conn, actor_code(actor))] * 2
    if dyad:
        source, target = parse_dyad(dyad)
        where.append(f"{_prefix(conn, 'e.source_code')} AND {_prefix(conn, 'e.target_code')}")
        params += [_prefix_value(conn, source), _prefix_value(conn, target)]
    if type:
        where.append("e.type = ?")
        params.append(type.strip().upper())
    start, end = day_range(since, until)
    if start:
        where.append("e.day >= ?")
        params.append(start)
    if end:
        where.append("e.day <= ?")
        params.append(end)
    if factual_only:
        where.append("e.negated = 0 AND e.hypothetical = 0")
    sql = ("SELECT e.record, e.day, a.id AS article_id, a.uid AS article_uid, a.published, a.headline, "
           "a.url, a.ingested_at, (SELECT m.story FROM story_members m WHERE m.uid = e.uid) AS story "
           "FROM events e JOIN articles a ON a.uid = e.uid")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY e.day{_nulls(conn, 'FIRST')}, a.id, e.idx LIMIT ?"
    out = []
    for row in conn.execute(sql, [*params, _limit(conn, limit)]):
        record = loads(row["record"])
        record.update({"article_id": row["article_id"], "article_uid": row["article_uid"],
                       "published": row["published"], "headline": row["headline"], "url": row["url"],
                       "ingested_at": row["ingested_at"], "story": row["story"]})
        out.append(record)
    return out


def rejects(conn: Connection, *, code: str | None = None) -> list[dict[str, Any]]:
    """Rejected inputs, latest first; `code` is matched case-insensitively (r001 = R001)."""
    sql = "SELECT source, code, stage, reason, doc_id, times, last_seen FROM rejects"
    params = []
    if code:
        sql += " WHERE upper(code) = ?"
        params.append(code.strip().upper())
    return [dict(r) for r in conn.execute(sql + " ORDER BY last_seen DESC, source", params)]


def furniture_lines(conn: Connection, limit: int | None = 50) -> list[dict[str, Any]]:
    """The paragraphs currently counted as furniture, most widespread first."""
    limit = sql_limit(limit)
    out: list[dict[str, Any]] = []
    groups = {r["grp"]: r["docs"] for r in conn.execute("SELECT grp, docs FROM furniture_groups")}
    rows = conn.execute("SELECT grp, line, chars, docs FROM furniture_lines WHERE docs >= ? "
                        "ORDER BY docs DESC", (furniture.MIN_DOCS,))
    for r in rows:
        if furniture.is_furniture(r["docs"], groups.get(r["grp"], 0), r["chars"]):
            out.append({"group": r["grp"], "docs": r["docs"], "group_docs": groups.get(r["grp"], 0),
                        "line": r["line"]})
            if len(out) == limit:
                break
    return out


def stats(conn: Connection) -> dict[str, Any]:
    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    first, last = conn.execute("SELECT MIN(day), MAX(day) FROM articles").fetchone()
    last_run = conn.execute("SELECT * FROM runs ORDER BY run DESC LIMIT 1").fetchone()
    return {
        "schema_version": pg_queries.schema_version(conn) if _pg(conn) else one("PRAGMA user_version"),
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


def snippets(conn: Connection, query: str, uids: list[str]) -> dict[str, str]:
    """Highlighted snippets of `query` in the given articles: the second step of `search`, for rows
    ranked earlier without them (`with_snippets=False`), e.g. one page of a cached result."""
    compiled = compile_query(query, "articles")
    if compiled.empty or compiled.match is None or not uids:
        return {}
    marks = ",".join("?" * len(uids))
    if _pg(conn):
        pairs = conn.execute(f"SELECT rowid, uid FROM articles WHERE uid IN ({marks})", list(uids))
    else:  # as one JSON row, one GIL wait (_ranked_in_one_row)
        pairs = orjson.loads(conn.execute(f"SELECT json_group_array(json_array(rowid, uid)) FROM articles "
                                          f"WHERE uid IN ({marks})", list(uids)).fetchone()[0])
    rowids = {int(rowid): str(uid) for rowid, uid in pairs}
    if not rowids:
        return {}
    if _pg(conn):
        from .tsquery import NOTHING, TS_CONFIG, to_tsquery

        match, _ = to_tsquery(compiled, "articles")
        if match is None or match == NOTHING:
            return {}
        rows = conn.execute(  # ts_headline also cuts one from an article the query does not match
            f"SELECT rid, ts_headline('{TS_CONFIG}', search_body, ?::tsquery, ?) FROM articles_v "
            "WHERE rid IN (SELECT rowid FROM article_search WHERE rowid = ANY(?) "
            "AND search_vector @@ ?::tsquery)",
            [match, pg_queries.HEADLINE_OPTIONS.format(*HIGHLIGHT), list(rowids), match])
    else:
        # one pass over the query's matches between the lowest and the highest row asked for, the
        # snippet built for the asked rows only (`+rowid`: a filter, not a lookup). A lookup per
        # row re-runs the whole query for it (about 75 µs on the 100k store); the pass walks at
        # most the matches the search that found these rows ranked: 0.4 ms for 20 rows against 1.6
        # the rows as one JSON value, one GIL wait instead of one per row (_ranked_in_one_row);
        # LIMIT -1 keeps the subquery from being merged into the aggregate, where snippet() cannot run
        found = conn.execute(
            "SELECT json_group_array(json_array(rid, cut)) FROM (SELECT rowid AS rid, "
            f"snippet(articles_fts, 1, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', '…', 16) AS cut "
            "FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? "
            f"AND +rowid IN ({','.join('?' * len(rowids))}) LIMIT -1)",
            [compiled.match, min(rowids), max(rowids), *rowids]).fetchone()[0]
        rows = orjson.loads(found)
    return {rowids[int(r[0])]: r[1] for r in rows}
