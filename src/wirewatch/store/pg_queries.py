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

RANK = "ts_rank_cd('{{0, 0, 0.5, 1.0}}', {vector}, ?::tsquery, 2)"
# How the newest matches of a query are found (at most ranking.MAX_RANKED of them), then ranked:
# a broad query walks the articles newest first (the primary key backwards), testing each vector
# until it has enough, and ranks the vectors as they come; a selective one asks the GIN index for
# every match, sorts their ids (`+ 0` keeps the planner off the walk), and reads the vectors of the
# newest by key. Which is which, `_broad` measures.
_WALK = ("SELECT m.rowid, " + RANK.format(vector="m.search_vector") + " AS score FROM ("
         "SELECT s.rowid, s.search_vector FROM article_search s{join} WHERE {where} "
         "ORDER BY s.rowid DESC LIMIT ?) m ORDER BY score DESC, m.rowid LIMIT ?")
_LOOK_UP = ("SELECT n.rowid, " + RANK.format(
    vector="(SELECT m.search_vector FROM article_search m WHERE m.rowid = n.rowid)") + " AS score FROM ("
    "SELECT s.rowid FROM article_search s{join} WHERE {where} ORDER BY s.rowid + 0 DESC LIMIT ?) n "
    "ORDER BY score DESC, n.rowid LIMIT ?")
SAMPLE = 2000  # the newest articles a query is tried on, to tell broad from selective
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
        ranked = ranking.ranked_limit(limit)
        if ranked is not None and _broad(conn, match, where, params):
            sql = _WALK
        else:
            sql = _LOOK_UP
        join = " JOIN articles a ON a.rowid = s.rowid" if where else ""
        sql = sql.replace("{join}", join).replace("{where}", " AND ".join(["s.search_vector @@ ?::tsquery",
                                                                           *where]))
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


def _broad(conn: Connection, match: str, where: list[str], params: list[Any]) -> bool:
    """Whether walking newest first finds MAX_RANKED matches with less work than the GIN index
    lists every match. The query is tried on the newest SAMPLE articles (a few ms): matching a
    share p of them, the walk reads about MAX_RANKED / p articles and the index p * N, so the walk
    wins when p * p * N > MAX_RANKED (N = the articles stored). The planner's own estimate is no
    guide for phrases, fields or words that occur together (it multiplies the words' shares)."""
    row = conn.execute("SELECT max(rowid) FROM article_search").fetchone()
    stored = int(row[0] or 0) if row else 0
    if stored <= ranking.MAX_RANKED:
        return False  # every match fits in the ranked set anyway
    join = " JOIN articles a ON a.rowid = w.rowid" if where else ""
    sql = ("SELECT count(*) FROM (SELECT s.rowid, s.search_vector FROM article_search s "
           f"ORDER BY s.rowid DESC LIMIT ?) w{join} WHERE "
           + " AND ".join(["w.search_vector @@ ?::tsquery", *where]))
    found = conn.execute(sql, [SAMPLE, match, *params]).fetchone()
    share = int(found[0]) / SAMPLE if found else 0.0
    return share * share * stored > ranking.MAX_RANKED


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
