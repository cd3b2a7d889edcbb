"""Paged lists of stored articles, newest first (the API's /api/articles)."""

from __future__ import annotations

from typing import Any

from .backend import Connection


def list_articles(conn: Connection, *, agency: str | None = None, since: str | None = None,
                  until: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    if agency:
        where.append("a.agency = ?")
        params.append(agency)
    if since:
        where.append("a.day >= ?")
        params.append(since)
    if until:
        where.append("a.day <= ?")
        params.append(until)
    sql = ("SELECT a.uid, a.id, a.headline, a.agency, a.published, a.url, a.level, m.story "
           "FROM articles a LEFT JOIN story_members m ON m.uid = a.uid")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.day IS NULL, a.day DESC, a.rowid DESC LIMIT ? OFFSET ?"
    return [dict(r) for r in conn.execute(sql, [*params, int(limit), int(offset)])]
