"""The read queries whose SQL is PostgreSQL's own: full-text search and the actors table.

Ranking: `ts_rank_cd` (cover density) with the headline (weight A) counting twice the body (B) and
the rank divided by the document's length (normalisation 2): of the four rankings measured, the
one whose top 10 agrees best with SQLite's bm25 (docs/benchmarks.md). Snippets: `ts_headline`,
on the top rows only.
"""

from __future__ import annotations

from typing import Any

from . import ranking
from .backend import Connection
from .pg_schema import schema_version as _schema_version
from .query import CompiledQuery
from .tsquery import NOTHING, TS_CONFIG, to_tsquery

RANK = "ts_rank_cd('{0, 0, 0.5, 1.0}', m.search_vector, ?::tsquery, 2)"
HEADLINE_OPTIONS = "StartSel={0}, StopSel={1}, MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=…"


def schema_version(conn: Connection) -> int:
    return _schema_version(conn)


def search(conn: Connection, compiled: CompiledQuery, where: list[str], params: list[Any],
           limit: int | None, highlight: tuple[str, str]) -> list[dict[str, Any]]:
    """Articles for a compiled query (queries.search documents the behaviour)."""
    match, exclude = to_tsquery(compiled, "articles")
    if match == NOTHING:
        return []
    if match is not None:
        # the newest matches' ids first (a narrow sort), then their vectors by key, ranked. The planner
        # guesses a phrase or a field as common as its words, and would walk the table newest first
        # checking every vector; `+ 0` keeps it on the GIN index for those.
        order = "s.rowid + 0" if ("<->" in match or ":" in match.replace(":*", "")) else "s.rowid"
        newest = ("SELECT s.rowid FROM article_search s"
                  + (" JOIN articles a ON a.rowid = s.rowid" if where else "") + " WHERE "
                  + " AND ".join(["s.search_vector @@ ?::tsquery", *where])
                  + f" ORDER BY {order} DESC LIMIT ?")
        sql = (f"SELECT m.rowid, {RANK} AS score FROM article_search m WHERE m.rowid IN ({newest}) "
               "ORDER BY score DESC, m.rowid LIMIT ?")
        ranked = ranking.ranked_limit(limit)
        top = conn.execute(sql, [match, match, *params, ranked, limit]).fetchall()
    else:
        sql = "SELECT a.rowid, 0.0 FROM articles a"
        if exclude is not None:
            sql += " JOIN article_search s ON s.rowid = a.rowid"
            where = [*where, "NOT (s.search_vector @@ ?::tsquery)"]
            params = [*params, exclude]
        if where:
            sql += " WHERE " + " AND ".join(where)
        top = conn.execute(sql + " ORDER BY a.day DESC NULLS LAST, a.rowid DESC LIMIT ?",
                           [*params, limit]).fetchall()
    if not top:
        return []
    rids = [int(r[0]) for r in top]
    snippets: dict[int, str] = {}
    if match is not None:
        options = HEADLINE_OPTIONS.format(*highlight)
        snippets.update((int(r[0]), r[1]) for r in conn.execute(
            f"SELECT rid, ts_headline('{TS_CONFIG}', search_body, ?::tsquery, ?) FROM articles_v "
            "WHERE rid = ANY(?)", [match, options, rids]))
    meta = {int(r["rid"]): r for r in conn.execute(
        "SELECT rowid AS rid, id, uid, headline, agency, published, url FROM articles WHERE rowid = ANY(?)",
        [rids])}
    return [{"id": meta[rid]["id"], "headline": meta[rid]["headline"], "agency": meta[rid]["agency"],
             "published": meta[rid]["published"], "score": round(float(score), 3),
             "snippet": snippets.get(rid), "url": meta[rid]["url"], "uid": meta[rid]["uid"]}
            for rid, score in ((int(r[0]), r[1]) for r in top)]


def quote_match(compiled: CompiledQuery) -> tuple[str, str] | None | bool:
    """(condition on `q`, its parameter) for a quote search; False when nothing can match, None
    when the query only filters."""
    match, exclude = to_tsquery(compiled, "quotes")
    if match == NOTHING:
        return False
    if match is not None:
        return "q.search_vector @@ ?::tsquery", match
    if exclude is not None:
        return "NOT (q.search_vector @@ ?::tsquery)", exclude
    return None


def actors(conn: Connection, where: str, params: list[Any]) -> list[dict[str, Any]]:
    """queries.actors on PostgreSQL, which wants every selected column grouped or aggregated."""
    sql = ("SELECT name, code, min(country) AS country, min(sector) AS sector, count(*) AS mentions, "
           "count(DISTINCT uid) AS articles, "
           "(SELECT count(*) FROM quotes q WHERE q.speaker_name = named.name) AS quotes "
           "FROM (SELECT COALESCE(e.refers_to, e.name, e.text) AS name, e.code, e.country, e.sector, e.uid "
           f"FROM entities e {where}) AS named GROUP BY name, code "
           "ORDER BY articles DESC, mentions DESC, name LIMIT ?")
    return [dict(r) for r in conn.execute(sql, params).fetchall()]
