"""What the search page filters and counts by, for a set of articles: countries and actor codes
mentioned, and event types coded. One query per kind over the given uids."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

import orjson

from .backend import Connection


def _rows(conn: Connection, columns: str, rest: str, params: list[str]) -> Iterable[Any]:
    """The rows of `SELECT DISTINCT columns rest`; on SQLite fetched as one JSON value, so a busy
    threaded server waits for the GIL once instead of once per row (queries._ranked_in_one_row)."""
    sql = f"SELECT DISTINCT {columns} {rest}"
    if not isinstance(conn, sqlite3.Connection):
        return conn.execute(sql, params)
    found = conn.execute(f"SELECT json_group_array(json_array({columns})) FROM ({sql})", params).fetchone()[0]
    rows: list[Any] = orjson.loads(found)
    return rows


def article_facets(conn: Connection, uids: Iterable[str]) -> dict[str, dict[str, Any]]:
    keys = list(dict.fromkeys(uids))
    out: dict[str, dict[str, Any]] = {uid: {"countries": set(), "actors": set(), "event_types": set()}
                                      for uid in keys}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for uid, country, code in _rows(conn, "uid, country, code",
                                        f"FROM entities WHERE uid IN ({marks}) AND code IS NOT NULL", chunk):
            if country:
                out[uid]["countries"].add(country)
            out[uid]["actors"].add(code)
        for uid, kind in _rows(conn, "uid, type", f"FROM events WHERE uid IN ({marks}) AND type IS NOT NULL",
                               chunk):
            out[uid]["event_types"].add(kind)
    return {uid: {k: sorted(v) for k, v in facets.items()} for uid, facets in out.items()}
