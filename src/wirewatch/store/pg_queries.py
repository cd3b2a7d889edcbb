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

RANK = "ts_rank_cd('{0, 0, 0.5, 1.0}', TABLE.search_vector, ?::tsquery, 2)"
# How the newest matches of a query (at most ranking.MAX_RANKED) are found and ranked. The query is
# first tried on the newest SAMPLE articles; matching a share p of them:
# - p >= WALK_SHARE (`said`, `minister`): walk the articles newest first (the primary key backwards)
#   testing each vector, until there are enough, ranking the vectors as they come (one pass);
# - otherwise ask the GIN index for the matches among the newest MARGIN * MAX_RANKED / p articles
#   (the planner intersects it with that rowid range, so only those matches are read), and if that
#   found too few, among the GROWTH times longer range before it, and so on: each step reads only
#   rows no earlier step read. Without a range, a word in 5% of a million articles would have 50,000
#   rows read and sorted; asking again for every match after a too-short first range (as before)
#   read that range's matches twice, and a sample of 2,000 guesses a rare word's share badly.
# Each is one pass: a match's vector is ranked when its row is read, and only (rowid, score) pairs
# are sorted to keep the newest. Reading the ids first and the vectors again by key (as before) read
# every ranked row twice, and reading vectors is most of a search's time.
WALK_SHARE = 0.25
SAMPLE = 2000
MARGIN = 1.5
GROWTH = 4
_WALK = (f"SELECT m.rowid, {RANK.replace('TABLE', 'm')} AS score FROM ("
         "SELECT s.rowid, s.search_vector FROM article_search s{join} WHERE {where} "
         "ORDER BY s.rowid DESC LIMIT ?) m ORDER BY score DESC, m.rowid LIMIT ?")
# the newest matches (of a rowid range), each ranked as it is read; `found`: how many were kept
_NEWEST = ("SELECT m.rowid, m.score, count(*) OVER () AS found FROM ("
           f"SELECT s.rowid, {RANK.replace('TABLE', 's')} AS score FROM article_search s"
           "{join} WHERE {where} ORDER BY s.rowid{order} DESC LIMIT ?) m "
           "ORDER BY m.score DESC, m.rowid LIMIT ?")
HEADLINE_OPTIONS = "StartSel={0}, StopSel={1}, MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=…"


def schema_version(conn: Connection) -> int:
    return _schema_version(conn)


def search(conn: Connection, compiled: CompiledQuery, where: list[str], params: list[Any],
           limit: int | None, highlight: tuple[str, str],
           rank_newest: int | None = None) -> list[dict[str, Any]]:
    """Articles for a compiled query (queries.search documents the behaviour)."""
    match, exclude = to_tsquery(compiled, "articles")
    if match == NOTHING:
        return []
    if match is not None:
        top = _ranked(conn, match, where, params, limit, rank_newest)
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


def _ranked(conn: Connection, match: str, where: list[str], params: list[Any],
            limit: int | None, window: int | None = None) -> list[tuple[int, float]]:
    """(rowid, score) of the best `limit` among the newest ranking.MAX_RANKED (or `window`) matches
    (all matches when `limit` is None)."""
    join = " JOIN articles a ON a.rowid = s.rowid" if where else ""
    conditions = " AND ".join(["s.search_vector @@ ?::tsquery", *where])
    ranked = ranking.ranked_limit(limit, window)
    if ranked is None:  # every match, ranked
        return _newest(conn, match, join, conditions, params, None, limit)[0]
    share, stored = _share(conn, match, where, params)
    if share >= WALK_SHARE:
        sql = _WALK.replace("{join}", join).replace("{where}", conditions)
        return [(int(r[0]), float(r[1]))
                for r in conn.execute(sql, [match, match, *params, ranked, limit]).fetchall()]
    reach = max(1, int(MARGIN * ranked / share)) if share else stored
    best: list[tuple[int, float]] = []
    found, high = 0, None
    while True:  # the newest `reach` rows first, then each time a GROWTH times longer range before
        low = max(0, (stored if high is None else high) - reach)
        bounded, args = conditions, list(params)
        if low:
            bounded, args = bounded + " AND s.rowid > ?", [*args, low]
        if high is not None:
            bounded, args = bounded + " AND s.rowid <= ?", [*args, high]
        rows, count = _newest(conn, match, join, bounded, args, ranked - found, limit)
        found += count
        best = sorted([*best, *rows], key=lambda r: (-r[1], r[0]))[:limit]
        if found >= ranked or not low:
            return best
        high, reach = low, reach * GROWTH


def _newest(conn: Connection, match: str, join: str, conditions: str, params: list[Any],
            ranked: int | None, limit: int | None) -> tuple[list[tuple[int, float]], int]:
    """The best `limit` (rowid, score) of the newest `ranked` matches meeting `conditions` (every
    match when None), and how many matches were ranked."""
    # `+ 0` keeps the planner on the GIN index: ordered by the key it walks the key backwards, and
    # for a phrase of common words that read 300,000 rows of a 580k store to find 5,000 (320 ms)
    sql = _NEWEST.replace("{join}", join).replace("{order}", " + 0").replace("{where}", conditions)
    rows = conn.execute(sql, [match, match, *params, ranked, limit]).fetchall()
    return [(int(r[0]), float(r[1])) for r in rows], (int(rows[0][2]) if rows else 0)


def _share(conn: Connection, match: str, where: list[str], params: list[Any]) -> tuple[float, int]:
    """The share of the newest SAMPLE articles the query matches, and how many articles there are
    (the highest rowid: articles are rarely deleted). A few milliseconds, and a better guide than
    the planner's estimate, which multiplies words' shares and has none for phrases or fields."""
    row = conn.execute("SELECT max(rowid) FROM article_search").fetchone()
    stored = int(row[0] or 0) if row else 0
    join = " JOIN articles a ON a.rowid = w.rowid" if where else ""
    sql = ("SELECT count(*) FROM (SELECT s.rowid, s.search_vector FROM article_search s "
           f"ORDER BY s.rowid DESC LIMIT ?) w{join} WHERE "
           + " AND ".join(["w.search_vector @@ ?::tsquery", *where]))
    found = conn.execute(sql, [SAMPLE, match, *params]).fetchone()
    return (int(found[0]) / min(SAMPLE, stored) if found and stored else 0.0), stored


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
