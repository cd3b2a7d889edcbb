"""Story threads in the store: which stored articles are versions of one story.

Every article belongs to exactly one story (`story_members`); a story of one article is a story too.
Assignment is incremental and happens in the writer's transaction, right after the article is
inserted: candidates are found by LSH band keys (`story_bands`, near-duplicate text across agencies),
by same agency and day (+-1) and by same agency slug; `storymatch.match` decides, and the article
joins the best-scoring match's story or starts a new one. The reason and the article it matched are
kept as evidence. Migration 4 groups the articles a store already holds, in the order they were stored.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import numpy as np
import orjson

from .. import storymatch
from .backend import Connection
from .rows import loads

SCHEMA = """
CREATE TABLE stories (
    story INTEGER PRIMARY KEY,
    headline TEXT,                     -- the headline of its latest version
    agency TEXT,                       -- the agency of its first version
    first_day TEXT, last_day TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    agencies INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_last_day ON stories(last_day);
CREATE TABLE story_members (
    uid TEXT PRIMARY KEY REFERENCES articles(uid) ON DELETE CASCADE,
    story INTEGER NOT NULL,
    agency TEXT, place TEXT, day TEXT, slug TEXT,
    headline_words TEXT NOT NULL,      -- space-separated, what headline overlap compares
    versioned INTEGER NOT NULL,        -- carries a version tag (LEAD, 2nd LD, UPDATE 2 ...)
    shingles INTEGER NOT NULL,
    signature BLOB NOT NULL,           -- MinHash values, uint32
    matched TEXT,                      -- uid of the article it was matched to (NULL: first version)
    reason TEXT                        -- why it joined the story
);
CREATE INDEX story_members_story ON story_members(story);
CREATE INDEX story_members_agency_day ON story_members(agency, day);
CREATE INDEX story_members_agency_place ON story_members(agency, place, day);
CREATE INDEX story_members_slug ON story_members(agency, slug) WHERE slug IS NOT NULL;
CREATE TABLE story_bands (
    key INTEGER NOT NULL,              -- LSH band key of the MinHash signature
    uid TEXT NOT NULL,
    PRIMARY KEY (key, uid)
) WITHOUT ROWID;
"""

# Migration 4: band rows carry their article's day, so a lookup reads only the days a match allows
# (an index range per band and day) instead of every article a band of stock sentences ever held.
BANDS_BY_DAY = """
CREATE TABLE story_bands_by_day (
    key INTEGER NOT NULL,              -- LSH band key of the MinHash signature
    day INTEGER NOT NULL,              -- the article's day as a proleptic Gregorian ordinal; 0: undated
    uid TEXT NOT NULL,
    PRIMARY KEY (key, day, uid)
) WITHOUT ROWID;
INSERT INTO story_bands_by_day (key, day, uid)
    SELECT b.key, COALESCE(CAST(julianday(m.day) - 1721424.5 AS INTEGER), 0), b.uid
    FROM story_bands b LEFT JOIN story_members m ON m.uid = b.uid;
DROP TABLE story_bands;
ALTER TABLE story_bands_by_day RENAME TO story_bands;
"""

# Migration 5: a story's members by agency. Whether a story already has an article from an agency
# is asked at every join and merge; on the story index alone that read every member of a big story.
STORY_AGENCY_INDEX = """
CREATE INDEX IF NOT EXISTS story_members_story_agency ON story_members(story, COALESCE(agency, ''));
DROP INDEX IF EXISTS story_members_story
"""

MAX_CANDIDATES = 300
# Each LSH band brings at most its PER_BAND newest members near the article's day: a band of stock
# sentences is shared by a fixed share of the stories of any day, so without a cap the lookup grew
# with the stories per day; the versions of a story are close to each other in time, so its newest
# members are the ones worth comparing.
PER_BAND = 10
SAME_DAYS = 150  # a busy wire sends a few hundred stories a day from its home dateline
RECENT = 50
_PLACE = re.compile(r'"place":\s*"([^"]*)"')


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def day_number(day: str | None) -> int:
    """A stored day as `story_bands.day` keeps it: its ordinal (0001-01-01 is 1); 0 when undated."""
    try:
        return date.fromisoformat(day).toordinal() if day else 0
    except ValueError:
        return 0


def features_of(*, agency: str | None, dateline: dict[str, Any] | None, day: str | None,
                headline: str | None, tags: Iterable[str], text: str, body_start: int,
                body: str) -> storymatch.Features:
    day = day if day_number(day) else None  # a day that is no calendar date ("2016-02-30") is unknown
    return storymatch.features(agency=agency, place=(dateline or {}).get("place"), day=day,
                               headline=headline, tags=list(tags), header=text[:max(body_start, 0)][:2000],
                               body=body)


def _stored_features(row: sqlite3.Row) -> storymatch.Features:
    return storymatch.Features(
        agency=row["agency"], place=row["place"], day=row["day"],
        headline_words=frozenset((row["headline_words"] or "").split()), slug=row["slug"],
        versioned=bool(row["versioned"]), shingles=int(row["shingles"]),
        signature=np.frombuffer(row["signature"], dtype=np.uint32))


@functools.lru_cache(maxsize=8)
def _band_sql(n: int, *, dated: bool, lateral: bool) -> str:
    """Stored articles sharing a band with the new one: per band, its PER_BAND newest members within
    TEXT_DAYS of the article's day and PER_BAND undated ones (`match` turns away dated articles
    further apart), each an index range on (band, day); all days when the article is undated.

    SQLite: one branch per band and range, the keys as ?1..?n, then the first and last day when
    dated, then PER_BAND (numbered, each key given once). PostgreSQL: the keys as one array, ?1, and
    a LATERAL subquery per range (half the time of 64 branches: one plan node re-run per key), then
    the days and PER_BAND."""
    if lateral:
        per_key = ("SELECT b.uid FROM unnest(?1::bigint[]) AS k(key) CROSS JOIN LATERAL "
                   "(SELECT uid FROM story_bands s WHERE s.key = k.key{} ORDER BY s.day DESC LIMIT {}) AS b")
        windows = ([(" AND s.day BETWEEN ?2 AND ?3", "?4"), (" AND s.day = 0", "?4")] if dated
                   else [("", "?2")])
        parts = [per_key.format(days, limit) for days, limit in windows]
    else:
        limit = f"?{n + 3}" if dated else f"?{n + 1}"
        ranges = [f" AND day BETWEEN ?{n + 1} AND ?{n + 2}", " AND day = 0"] if dated else [""]
        parts = [f"SELECT uid FROM (SELECT uid FROM story_bands WHERE key = ?{i}{days} "
                 f"ORDER BY day DESC LIMIT {limit}) AS band{i}_{j}"
                 for i in range(1, n + 1) for j, days in enumerate(ranges)]
    return "SELECT * FROM story_members WHERE uid IN (" + " UNION ALL ".join(parts) + ")"


def _candidates(conn: Connection, uid: str, f: storymatch.Features) -> list[sqlite3.Row]:
    """Stored articles that could be versions of `f`: the cheap SQL part of the search."""
    found: dict[str, sqlite3.Row] = {}

    def add(sql: str, params: list[Any]) -> None:
        for row in conn.execute(sql, params):
            found.setdefault(row["uid"], row)

    if f.band_keys:
        number = day_number(f.day)
        days = (number - storymatch.TEXT_DAYS, number + storymatch.TEXT_DAYS) if number else ()
        lateral = getattr(conn, "dialect", "sqlite") == "postgresql"
        keys: list[Any] = [list(f.band_keys)] if lateral else list(f.band_keys)
        add(_band_sql(len(f.band_keys), dated=bool(number), lateral=lateral), [*keys, *days, PER_BAND])
    if f.agency:
        if f.day:  # same agency and dateline (or none), a day either side, the latest first
            add("SELECT * FROM story_members WHERE agency = ? AND day BETWEEN ? AND ? "
                "AND (place IS NOT DISTINCT FROM ? OR place IS NULL OR CAST(? AS TEXT) IS NULL) "
                "ORDER BY rowid DESC LIMIT ?",
                [f.agency, _shift(f.day, -1), _shift(f.day, 1), f.place, f.place, SAME_DAYS])
        # the agency's latest undated articles from the same dateline (all of them when this one is
        # undated): versions arrive close together, and a one-line URGENT often has no full date
        add("SELECT * FROM story_members WHERE agency = ? AND place IS NOT DISTINCT FROM ? "
            + ("" if f.day is None else "AND day IS NULL ") + "ORDER BY rowid DESC LIMIT ?",
            [f.agency, f.place, RECENT])
        if f.slug:
            add("SELECT * FROM story_members WHERE agency = ? AND slug = ? LIMIT ?",
                [f.agency, f.slug, MAX_CANDIDATES])
    found.pop(uid, None)
    return list(found.values())


def _worth_matching(f: storymatch.Features, row: sqlite3.Row, text: float) -> bool:
    """A cheap test that rules out most candidates before the full comparison."""
    if text >= storymatch.SOME_TEXT or (f.slug is not None and row["slug"] == f.slug):
        return True
    if row["agency"] != f.agency or not f.headline_words:
        return False
    words = (row["headline_words"] or "").split()
    shared = sum(1 for w in words if w in f.headline_words)
    return shared >= storymatch.HEADLINE_SHORT * max(1, min(len(words), len(f.headline_words)))


def assign(conn: Connection, uid: str, f: storymatch.Features, headline: str | None) -> int:
    """Put an inserted article into its story (inside the caller's transaction); returns the story id.

    The article joins the story of its best match. When it also matches articles of other stories,
    it is the missing link between them (an URGENT that arrived before the copy it was cut from), and
    those stories are merged into that one."""
    best: tuple[float, sqlite3.Row, str] | None = None
    linked: set[int] = set()
    rows = _candidates(conn, uid, f)
    texts = storymatch.containments(f, [r["signature"] for r in rows], [int(r["shingles"]) for r in rows])
    for row, text in zip(rows, texts, strict=True):
        if not _worth_matching(f, row, text):
            continue
        verdict = storymatch.match(f, _stored_features(row), text=text)
        if verdict.same:
            linked.add(int(row["story"]))
            if best is None or verdict.score > best[0]:
                best = (verdict.score, row, verdict.reason)
    before = story_of(conn, uid)  # re-analysed: it may leave a story
    if best is None:  # a story of its own, counted as it is inserted (no recount to do)
        story = int(conn.execute("INSERT INTO stories (headline, agency, first_day, last_day, articles, "
                                 "agencies) VALUES (?, ?, ?, ?, 1, 1) RETURNING story",
                                 (headline, f.agency, f.day, f.day)).fetchone()[0])
        matched, reason = None, None
    else:
        matched, reason = str(best[1]["uid"]), best[2]
        story = _union(conn, linked | {int(best[1]["story"])})
    conn.execute(
        "INSERT INTO story_members (uid, story, agency, place, day, slug, headline_words, "
        "versioned, shingles, signature, matched, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (uid) DO UPDATE SET story = excluded.story, agency = excluded.agency, "
        "place = excluded.place, day = excluded.day, slug = excluded.slug, "
        "headline_words = excluded.headline_words, versioned = excluded.versioned, "
        "shingles = excluded.shingles, signature = excluded.signature, matched = excluded.matched, "
        "reason = excluded.reason",
        (uid, story, f.agency, f.place, f.day, f.slug, " ".join(sorted(f.headline_words)), int(f.versioned),
         f.shingles, f.signature.astype(np.uint32).tobytes(), matched, reason))
    if f.band_keys:  # one statement, not one per band (numbered parameters: see _candidates)
        n = len(f.band_keys)
        conn.execute("INSERT INTO story_bands (key, day, uid) VALUES "
                     + ",".join(f"(?{i}, ?{n + 1}, ?{n + 2})" for i in range(1, n + 1))
                     + " ON CONFLICT DO NOTHING", [*f.band_keys, day_number(f.day), uid])
    if before is not None:  # a re-analysed article: count both stories again
        for changed in {before, story}:
            _recount(conn, changed)
        _widen(conn, story, headline, f.day, f.agency)
    elif best is not None:  # one more article; one more agency unless another member has this one
        known = conn.execute("SELECT 1 FROM story_members WHERE story = ? AND uid <> ? "
                             "AND COALESCE(agency, '') = COALESCE(CAST(? AS TEXT), '') LIMIT 1",
                             (story, uid, f.agency)).fetchone()
        _widen(conn, story, headline, f.day, f.agency, articles=1, agencies=0 if known else 1)
    return story


def _union(conn: Connection, linked: set[int]) -> int:
    """Merge the stories an article links into the largest of them (moving the fewest members, so a
    story that keeps growing is not rewritten every time); returns its id."""
    if len(linked) == 1:
        return next(iter(linked))
    marks = ",".join("?" * len(linked))
    sizes = {int(r[0]): int(r[1]) for r in conn.execute(
        f"SELECT story, articles FROM stories WHERE story IN ({marks})", sorted(linked))}
    into = max(sorted(linked), key=lambda story: sizes.get(story, 0))  # a tie: the oldest story
    for other in sorted(linked - {into}):
        _merge(conn, other, into=into)
    return into


def _merge(conn: Connection, story: int, *, into: int) -> None:
    """Move a story's members into another and count them there, without reading the other's."""
    row = conn.execute("SELECT first_day, last_day FROM stories WHERE story = ?", (story,)).fetchone()
    agencies = conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT COALESCE(agency, '') AS name FROM story_members "
        "WHERE story = ?1) moved WHERE NOT EXISTS (SELECT 1 FROM story_members m "
        "WHERE m.story = ?2 AND COALESCE(m.agency, '') = moved.name)", (story, into)).fetchone()[0]
    moved = conn.execute("UPDATE story_members SET story = ? WHERE story = ?", (into, story)).rowcount
    conn.execute("DELETE FROM stories WHERE story = ?", (story,))
    _widen(conn, into, None, row["first_day"] if row else None, articles=moved, agencies=int(agencies))
    if row is not None:
        _widen(conn, into, None, row["last_day"])


def _recount(conn: Connection, story: int) -> None:
    conn.execute(
        "UPDATE stories SET articles = (SELECT COUNT(*) FROM story_members WHERE story = ?1), "
        "agencies = (SELECT COUNT(DISTINCT COALESCE(agency, '')) FROM story_members WHERE story = ?1) "
        "WHERE story = ?1", (story,))


def _widen(conn: Connection, story: int, headline: str | None, day: str | None,
           agency: str | None = None, *, articles: int = 0, agencies: int = 0) -> None:
    """Add to a story's counts and days; a new version from the story's own agency brings its (latest)
    headline."""
    conn.execute(
        "UPDATE stories SET articles = articles + ?5, agencies = agencies + ?6, "
        "headline = CASE WHEN ?4 IS NOT DISTINCT FROM agency THEN COALESCE(?2, headline) ELSE headline END, "
        "first_day = CASE WHEN CAST(?3 AS TEXT) IS NOT NULL AND (first_day IS NULL OR ?3 < first_day) "
        "THEN ?3 ELSE first_day END, "
        "last_day = CASE WHEN CAST(?3 AS TEXT) IS NOT NULL AND (last_day IS NULL OR ?3 > last_day) THEN ?3 "
        "ELSE last_day END "
        "WHERE story = ?1", (story, headline, day, agency, articles, agencies))


def prune(conn: Connection) -> None:
    """Drop stories left without articles (an upgraded article may have moved to another)."""
    conn.execute("DELETE FROM stories WHERE NOT EXISTS "
                 "(SELECT 1 FROM story_members m WHERE m.story = stories.story)")


def backfill(conn: Connection) -> None:
    """Every stored article not in a story yet grouped, in storage order (migration 4, both backends:
    a store from before threads existed, or one that crashed between migrations 2 and 4)."""
    last = -1
    while True:
        rows = conn.execute("SELECT rid, uid, agency, day, headline, text, body_start, full_body, record "
                            "FROM articles_v a WHERE rid > ? AND NOT EXISTS "
                            "(SELECT 1 FROM story_members m WHERE m.uid = a.uid) ORDER BY rid LIMIT 500",
                            (last,)).fetchall()
        if not rows:
            return
        for row in rows:
            last = row["rid"]
            record = loads(row["record"]) or {}
            f = features_of(agency=row["agency"], dateline=record.get("dateline"), day=row["day"],
                            headline=row["headline"], tags=record.get("tags") or [], text=row["text"],
                            body_start=row["body_start"], body=row["full_body"] or "")
            assign(conn, row["uid"], f, row["headline"])


# -- reading ---------------------------------------------------------------------------------------

def story_of(conn: Connection, uid: str) -> int | None:
    row = conn.execute("SELECT story FROM story_members WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else int(row[0])


def members(conn: Connection, story: int) -> list[dict[str, Any]]:
    """The versions of a story, oldest first, each with why it joined."""
    rows = conn.execute(
        "SELECT a.uid, a.id, a.headline, a.agency, a.published, a.url, m.place, m.versioned, "
        "m.matched, m.reason, a.record FROM story_members m JOIN articles a ON a.uid = m.uid "
        "WHERE m.story = ? ORDER BY a.day IS NULL, a.day, a.published, a.rowid", (story,)).fetchall()
    out = []
    for r in rows:
        item = {k: r[k] for k in r.keys() if k != "record"}
        item["tags"] = (loads(r["record"]) or {}).get("tags") or []
        item["versioned"] = bool(item["versioned"])
        out.append(item)
    return out


def get_story(conn: Connection, story: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM stories WHERE story = ?", (story,)).fetchone()
    if row is None:
        return None
    result = dict(row)
    result["versions"] = members(conn, story)
    return result


def list_stories(conn: Connection, *, agency: str | None = None, since: str | None = None,
                 until: str | None = None, min_articles: int = 1, limit: int = 50,
                 offset: int = 0) -> list[dict[str, Any]]:
    """Stories, newest first: the largest threads first within a day."""
    where: list[str] = ["articles >= ?"]
    params: list[Any] = [min_articles]
    if agency:
        where.append("story IN (SELECT story FROM story_members WHERE agency = ?)")
        params.append(agency)
    if since:
        where.append("last_day >= ?")
        params.append(since)
    if until:
        where.append("first_day <= ?")
        params.append(until)
    sql = ("SELECT story, headline, agency, first_day, last_day, articles, agencies FROM stories WHERE "
           + " AND ".join(where) + " ORDER BY last_day IS NULL, last_day DESC, articles DESC, story DESC "
           "LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, [*params, int(limit), int(offset)])]


def stories_by_uid(conn: Connection, uids: Iterable[str]) -> dict[str, dict[str, int]]:
    """Each article's story id and how many versions the story has."""
    keys = list(dict.fromkeys(uids))
    out: dict[str, dict[str, int]] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        sql = (f"SELECT m.uid, m.story, s.articles FROM story_members m JOIN stories s ON s.story = m.story "
               f"WHERE m.uid IN ({marks})")
        if isinstance(conn, sqlite3.Connection):  # one row, one GIL wait (queries._ranked_in_one_row)
            rows = orjson.loads(conn.execute(f"SELECT json_group_array(json_array(uid, story, articles)) "
                                             f"FROM ({sql})", chunk).fetchone()[0])
        else:
            rows = conn.execute(sql, chunk)
        out.update((r[0], {"story": int(r[1]), "versions": int(r[2])}) for r in rows)
    return out


# -- counting once per story -----------------------------------------------------------------------

def _words(text: str | None, n: int = 12) -> str:
    return " ".join(re.findall(r"[^\W_]+", (text or "").lower())[:n])


def event_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """One act in one story: its type and mode, and the codes of who did it to whom."""
    source = row.get("source") or {}
    target = row.get("target") or {}
    who = source.get("code") or _words(source.get("text"))
    whom = target.get("code") or _words(target.get("text"))
    return (row.get("story"), row.get("type"), row.get("mode"), who, whom,
            bool(row.get("negated")), bool(row.get("hypothetical")))


def quote_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """One statement in one story: who said it, and its first words."""
    who = (row.get("speaker_name") or row.get("speaker") or "").lower()
    return (row.get("story"), who, _words(row.get("content"), 8))


def once_per_story(rows: list[dict[str, Any]], key: Any) -> list[dict[str, Any]]:
    """Keep the first row of each (story, key), with `copies` = how many versions carried it. Rows
    outside any story are kept as they are."""
    first: dict[tuple[Any, ...], dict[str, Any]] = {}
    out = []
    for row in rows:
        if row.get("story") is None:
            out.append(row)
            continue
        k = key(row)
        if k in first:
            first[k]["copies"] += 1
            continue
        row["copies"] = 1
        first[k] = row
        out.append(row)
    return out
