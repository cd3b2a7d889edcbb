"""`wirewatch.Store`: the Python API over the store; the CLI is a thin shell over it.

    store = Store("wirewatch.db")            # SQLite; or Store("postgresql://user@host/dbname")
    store.ingest(["examples/"], only="structure")
    store.search("sanctions").to_pandas()
    store.events(dyad="USA:PRK", since="2021-01-01")
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from ..errors import StoreError
from ..ingest.base import ReadOptions
from . import queries, stories
from .backend import Connection, open_backend, resolve
from .compact import Compacted
from .ingest import IngestSummary, Progress, run_ingest
from .outputs import replacing
from .query import clean
from .writer import Writer

T = TypeVar("T")

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
PER = ("story", "article")  # count a statement or an act once per story, or once per copy


def _text_argument(value: object, name: str) -> None:
    if not isinstance(value, str):
        raise StoreError(f"{name} must be text, not {type(value).__name__}", code="S011")


class Rows(list[dict[str, Any]]):
    """A query result: a list of dicts, plus `to_pandas()` (with every column, even when empty)."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), columns: Iterable[str] = ()) -> None:
        super().__init__(rows)
        self.columns = tuple(columns)

    def to_pandas(self) -> Any:
        import pandas as pd

        names = list(self.columns)
        names += [k for k in (self[0] if self else {}) if k not in self.columns]
        return pd.DataFrame(list(self), columns=names or None)


class Store:
    """A wirewatch database. Writes go through one Writer; every read uses its own connection."""

    def __init__(self, path: str | Path | None = None, *, lock_timeout: float | None = None) -> None:
        """`path`: an SQLite file, or a `postgresql://` URL; by default $WIREWATCH_DB, else
        ./wirewatch.db. `lock_timeout`: seconds a write waits for another process's lock (default
        60), with a logged message when the wait starts and StoreError S008 when it is over."""
        self.backend = open_backend(resolve(path))
        self.path = self.backend.target  # what messages call the database
        self.lock_timeout = lock_timeout
        self._writer: Writer | None = None
        self._local = threading.local()

    # -- connections -----------------------------------------------------------------------------
    @property
    def writer(self) -> Writer:
        if self._writer is None:
            try:
                self._writer = Writer(self.backend, lock_timeout=self.lock_timeout)
            except self.backend.errors as exc:
                raise StoreError(f"cannot write to {self.path}: {exc}", code="S005") from exc
        return self._writer

    def _read(self) -> Connection:
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        conn = self.backend.connect_reader(self.lock_timeout, upgrade=lambda: self.writer)
        self._local.conn = conn
        return conn

    def _query(self, run: Callable[[Connection], T]) -> T:
        """Run a read; database trouble becomes a StoreError that says what happened."""
        conn = self._read()
        try:
            return run(conn)
        except self.backend.errors as exc:
            if self.backend.is_locked(exc):
                raise StoreError(f"{self.path} is locked by another process; try again when it has "
                                 "finished", code="S008") from None
            raise StoreError(f"cannot read {self.path}: {exc}", code="S009") from exc

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    def ingest(self, inputs: Iterable[str | Path], *, only: str | None = None, workers: int | None = 1,
               options: ReadOptions | None = None, batch_size: int = 200,
               progress: Progress | None = None, actor_dictionaries: Iterable[str | Path] = (),
               engine: str = "local", address: str | None = None, compact: bool = True,
               **read_options: Any) -> IngestSummary:
        """Read, analyse and store `inputs` (files, directories, `-`). Safe to re-run: stored
        documents are skipped, so an interrupted ingest is finished by running it again.

        `actor_dictionaries` are CSV files of your own actors (docs/actors.md), applied on top of
        the built-in tables. Reader settings come as `options` or as keywords: `store.ingest(["dev.jsonl"],
        text_field="raw", id_field="id")`. `engine="ray"` runs the analysis on Ray Data (extra `[ray]`;
        `workers` actors, None for every CPU; `address` joins a running cluster); the store comes out
        the same as with the local engine. `compact=False` leaves SQLite's full-text index as the
        run left it (see `compact_index`), for scripts that ingest many small runs.
        """
        if read_options:
            if options is not None:
                raise TypeError("give reader settings either as options= or as keywords, not both")
            options = ReadOptions(**read_options)
        return run_ingest(self.writer, [str(i) for i in inputs], only=only, workers=workers,
                          options=options, batch_size=batch_size, progress=progress,
                          actor_dictionaries=[str(d) for d in actor_dictionaries], engine=engine,
                          address=address, compact=compact)

    def compact_index(self, *, force: bool = True) -> Compacted | None:
        """Merge SQLite's full-text index into one segment when it has several (`force=False`:
        only past compact.MAX_SEGMENTS, as ingest does). None on PostgreSQL (nothing to do)."""
        self._query(lambda conn: None)  # a missing file or a non-store is refused, never created
        try:
            return self.writer.compact_index(force=force)
        except self.backend.errors as exc:
            if self.backend.is_locked(exc):
                raise StoreError(f"{self.path} is locked by another process; try again when it has "
                                 "finished", code="S008") from None
            raise StoreError(f"cannot write to {self.path}: {exc}", code="S005") from exc

    # -- reading ---------------------------------------------------------------------------------
    def search(self, query: str, *, limit: int | None = 20, snippets: bool = True,
               rank_newest: int | None = None) -> Rows:
        """Full-text search over headlines and bodies (furniture stripped), best first.

        `query` is in the query language of docs/search.md (words, "phrases", OR, -word, prefix*,
        headline:/body:/agency:/since:/until:); any string is accepted, and one with nothing to
        search for finds nothing. `limit` 0 or None: no limit. `snippets=False` leaves `snippet`
        empty on SQLite, which saves building one per row (the web facets need only the rows).
        `rank_newest`: rank only the newest N matches of a broad query (default ranking.MAX_RANKED,
        1,000); 0 ranks every match, which on a million articles can take seconds for a common word."""
        _text_argument(query, "query")
        if rank_newest is not None and rank_newest < 0:
            raise StoreError("rank_newest must be 0 (every match) or more", code="S011")
        return Rows(self._query(lambda c: queries.search(c, query, limit, with_snippets=snippets,
                                                         rank_newest=rank_newest)),
                    queries.SEARCH_COLUMNS)

    def snippets(self, query: str, uids: Iterable[str]) -> dict[str, str]:
        """uid -> highlighted snippet of `query` (as `search` gives) for articles found earlier
        with `snippets=False`; articles the query does not match have none. At most 500 uids."""
        _text_argument(query, "query")
        keys = list(dict.fromkeys(uids))
        if len(keys) > 500:
            raise StoreError("snippets: at most 500 articles at a time", code="S011")
        return self._query(lambda c: queries.snippets(c, query, keys))

    def data_version(self) -> int | None:
        """A number that changes whenever another connection (this process or another) commits to
        the store: SQLite's `PRAGMA data_version` on this thread's read connection. For caches of
        query results (the web workbench); None on PostgreSQL, which has no such number."""
        if self.backend.name != "sqlite":
            return None
        return int(self._query(lambda c: c.execute("PRAGMA data_version").fetchone()[0]))

    def get(self, id: str) -> dict[str, Any] | None:
        """The stored SCHEMA record for a uid or record id, with uid/source/url/level/text added."""
        record = self._query(lambda c: queries.get(c, clean(id).strip()))
        if record is not None:
            record["story"] = self._query(lambda c: stories.story_of(c, record["uid"]))
        return record

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored SCHEMA record, with uid, source, url and its story id."""
        conn = self._read()
        for record in queries.iter_records(conn):
            record["story"] = stories.story_of(conn, record["uid"])
            yield record

    def quotes(self, *, speaker: str | None = None, actor: str | None = None, search: str | None = None,
               limit: int | None = None, per: str = "story") -> Rows:
        """Attributed quotes, newest first. `search` is a query (docs/search.md) over the quote
        (`quote:`) and its speaker (`speaker:`); `speaker` a name substring; `actor` a code prefix.
        `per="story"` keeps one copy of a statement repeated by the versions of a story (with
        `copies`); `per="article"` keeps every copy."""
        if search is not None:
            _text_argument(search, "search")
        _check_per(per)
        rows = self._query(lambda c: queries.quotes(
            c, speaker=clean(speaker) if speaker else None, actor=actor, search=search,
            limit=None if per == "story" else limit))
        if per == "story":
            rows = _first(stories.once_per_story(rows, stories.quote_key), limit)
        return Rows(rows, queries.QUOTE_COLUMNS)

    def actors(self, *, country: str | None = None, limit: int | None = None) -> Rows:
        return Rows(self._query(lambda c: queries.actors(c, country=country, limit=limit)),
                    queries.ACTOR_COLUMNS)

    def events(self, *, actor: str | None = None, dyad: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, factual_only: bool = False,
               limit: int | None = None, per: str = "story") -> Rows:
        """Event rows (SCHEMA event + article_id, published, headline, url, story), oldest first.
        `per="story"` lists an act reported by several versions of a story once (with `copies`)."""
        _check_per(per)
        rows = self._query(lambda c: queries.events(
            c, actor=actor, dyad=dyad, type=clean(type) if type else None, since=since, until=until,
            factual_only=factual_only, limit=None if per == "story" else limit))
        if per == "story":
            rows = _first(stories.once_per_story(rows, stories.event_key), limit)
        return Rows(rows, queries.EVENT_COLUMNS)

    def trends(self, *, dyad: str | None = None, actor: str | None = None, type: str | None = None,
               by: str = "month", since: str | None = None, until: str | None = None,
               per: str = "story") -> Rows:
        """Events per week or month (negated and hypothetical events left out), each act counted once
        per story unless `per="article"`."""
        from ..events.trends import PERIODS, trend_table

        if by not in PERIODS:
            raise StoreError(f"by must be one of {', '.join(PERIODS)}, not {by!r}", code="S011")
        rows = self.events(dyad=dyad, actor=actor, type=type, since=since, until=until, factual_only=True,
                           per=per)
        try:
            return Rows(trend_table(list(rows), by), ("period", "type", "events", "mean_goldstein",
                                                      "mean_plover_score"))
        except NotImplementedError as exc:
            raise StoreError("trend tables need the events stage (wirewatch.events.trends)",
                             code="S012") from exc

    # -- story threads -------------------------------------------------------------------------
    def stories(self, *, agency: str | None = None, since: str | None = None, until: str | None = None,
                min_articles: int = 1, limit: int = 50, offset: int = 0) -> Rows:
        """Story threads, newest first: headline of the latest version, days, versions, agencies."""
        return Rows(stories.list_stories(self._read(), agency=agency, since=since, until=until,
                                         min_articles=min_articles, limit=limit, offset=offset))

    def articles(self, *, agency: str | None = None, since: str | None = None, until: str | None = None,
                 limit: int = 50, offset: int = 0) -> Rows:
        """Stored articles (uid, id, headline, agency, published, url, level, story), newest first."""
        from .listing import list_articles

        return Rows(list_articles(self._read(), agency=agency, since=since, until=until, limit=limit,
                                  offset=offset))

    def stories_of(self, uids: Iterable[str]) -> dict[str, dict[str, int]]:
        """For each article uid: its story id and the story's number of versions."""
        return stories.stories_by_uid(self._read(), uids)

    def story(self, story: int) -> dict[str, Any] | None:
        """One story with its versions (oldest first), each with why it joined the thread."""
        return stories.get_story(self._read(), int(story))

    def article_facets(self, uids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Per article: countries and actor codes mentioned, event types coded (for search facets)."""
        from .facets import article_facets

        return article_facets(self._read(), uids)

    def rejects(self, *, code: str | None = None) -> Rows:
        return Rows(self._query(lambda c: queries.rejects(c, code=clean(code) if code else None)),
                    queries.REJECT_COLUMNS)

    def furniture(self, *, limit: int | None = 50) -> Rows:
        return Rows(self._query(lambda c: queries.furniture_lines(c, limit)), queries.FURNITURE_COLUMNS)

    def stats(self) -> dict[str, Any]:
        result = self._query(queries.stats)
        result["database"] = self.path
        result["backend"] = self.backend.name
        result["size_bytes"] = self._query(self.backend.size_bytes)
        return result

    # -- export ----------------------------------------------------------------------------------
    def export(self, fmt: str = "jsonl", output: str | Path | IO[str] | None = None) -> int:
        """Write every stored record as jsonl (SCHEMA records), csv or parquet (one row per article,
        nested lists as JSON). Returns the number of records written.

        A path is written to a temporary file beside it and renamed into place when complete; the
        database's own files are refused (StoreError S015)."""
        from .export import export_records

        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"export format must be one of {', '.join(EXPORT_FORMATS)}", code="S013")
        if isinstance(output, str | Path) and str(output) != "-":
            records = self.records()  # opens (and checks) the store before the output is created
            with replacing(output, self.backend.own_file()) as temp:
                return self._query(lambda _: export_records(records, fmt, temp))
        return self._query(lambda _: export_records(self.records(), fmt, output))

    def write_output(self, output: str | Path) -> Any:
        """A context manager for writing a file next to this store: yields a temporary path that
        replaces `output` when the block succeeds; refuses the database's own files (S015)."""
        return replacing(output, self.backend.own_file())


def _first(rows: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """The first `limit` rows; None or 0 means all of them (docs/cli.md: one meaning for 0)."""
    return rows[:limit] if limit else rows


def _check_per(per: str) -> None:
    if per not in PER:
        raise StoreError(f"per must be one of {', '.join(PER)}, not {per!r}", code="S020")
