"""What the search page filters and counts by, for a set of articles: countries and actor codes
mentioned, and event types coded. One query per kind over the given uids."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .backend import Connection


def article_facets(conn: Connection, uids: Iterable[str]) -> dict[str, dict[str, Any]]:
    keys = list(dict.fromkeys(uids))
    out: dict[str, dict[str, Any]] = {uid: {"countries": set(), "actors": set(), "event_types": set()}
                                      for uid in keys}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for uid, country, code in conn.execute(
                f"SELECT DISTINCT uid, country, code FROM entities WHERE uid IN ({marks}) "
                "AND code IS NOT NULL", chunk):
            if country:
                out[uid]["countries"].add(country)
            out[uid]["actors"].add(code)
        for uid, kind in conn.execute(
                f"SELECT DISTINCT uid, type FROM events WHERE uid IN ({marks}) AND type IS NOT NULL", chunk):
            out[uid]["event_types"].add(kind)
    return {uid: {k: sorted(v) for k, v in facets.items()} for uid, facets in out.items()}
