"""`wirewatch.Store`: the Python API over the SQLite store; the CLI is a thin shell over it.

    store = Store("wirewatch.db")
    store.ingest(["examples/"], only="structure")
    store.search("sanctions").to_pandas()
    store.events(dyad="USA:PRK", since="2021-01-01")
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import StoreError
from ..ingest.base import ReadOptions
from . import queries, stories
from .connect import connect
from .ingest import IngestSummary, Progress, run_ingest
from .migrations import latest_version, schema_version
from .writer import Writer

DEFAULT_DB = "wirewatch.db"
EXPORT_FORMATS = ("jsonl", "csv", "parquet")
PER = ("story", "article")  # count a statement or an act once per story, or once per copy


class Rows(list[dict[str, Any]]):
    """A query result: a list of dicts, plus `to_pandas()`."""

    def to_pandas(self) -> Any:
        import pandas as pd

        return pd.DataFrame(list(self))


class Store:
    """A wirewatch database. Writes go through one Writer; every read uses its own connection."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        self._writer: Writer | None = None
        self._local = threading.local()

    # -- connections -----------------------------------------------------------------------------
    @property
    def writer(self) -> Writer:
        if self._writer is None:
            try:
                self._writer = Writer(self.path)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to {self.path}: {exc}", code="S005") from exc
        return self._writer

    def _read(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        if not self.path.exists():
            raise StoreError(f"no database at {self.path}; create one with `wirewatch ingest INPUT "
                             f"--db {self.path}`", code="S006")
        probe = connect(self.path, readonly=True)
        if schema_version(probe) < latest_version():
            probe.close()
            _ = self.writer  # migrates
            probe = connect(self.path, readonly=True)
        self._local.conn = probe
        return probe

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
    def ingest(self, inputs: Iterable[str | Path], *, only: str | None = None, workers: int = 1,
               options: ReadOptions | None = None, batch_size: int = 200,
               progress: Progress | None = None, actor_dictionaries: Iterable[str | Path] = (),
               **read_options: Any) -> IngestSummary:
        """Read, analyse and store `inputs` (files, directories, `-`). Safe to re-run: stored
        documents are skipped, so an interrupted ingest is finished by running it again.

        `actor_dictionaries` are CSV files of your own actors (docs/actors.md), applied on top of
        the built-in tables. Reader settings come as `options` or as keywords: `store.ingest(["dev.jsonl"],
        text_field="raw", id_field="id")`.
        """
        if read_options:
            if options is not None:
                raise TypeError("give reader settings either as options= or as keywords, not both")
            options = ReadOptions(**read_options)
        return run_ingest(self.writer, [str(i) for i in inputs], only=only, workers=workers,
                          options=options, batch_size=batch_size, progress=progress,
                          actor_dictionaries=[str(d) for d in actor_dictionaries])

    # -- reading ---------------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 20) -> Rows:
        """Full-text search over headlines and bodies (furniture stripped), best first."""
        return Rows(queries.search(self._read(), query, limit))

    def get(self, id: str) -> dict[str, Any] | None:
        """The stored SCHEMA record for a uid or record id, with uid/source/url/level/text added."""
        record = queries.get(self._read(), id)
        if record is not None:
            record["story"] = stories.story_of(self._read(), record["uid"])
        return record

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored SCHEMA record, with uid, source, url and its story id."""
        conn = self._read()
        for record in queries.iter_records(conn):
            record["story"] = stories.story_of(conn, record["uid"])
            yield record

    def quotes(self, *, speaker: str | None = None, actor: str | None = None, search: str | None = None,
               limit: int | None = None, per: str = "story") -> Rows:
        """Attributed quotes, newest first. `per="story"` keeps one copy of a statement repeated by
        the versions of a story (with `copies`); `per="article"` keeps every copy."""
        _check_per(per)
        rows = queries.quotes(self._read(), speaker=speaker, actor=actor, search=search,
                              limit=None if per == "story" else limit)
        if per == "story":
            rows = stories.once_per_story(rows, stories.quote_key)[:limit]
        return Rows(rows)

    def actors(self, *, country: str | None = None, limit: int | None = None) -> Rows:
        return Rows(queries.actors(self._read(), country=country, limit=limit))

    def events(self, *, actor: str | None = None, dyad: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, factual_only: bool = False,
               limit: int | None = None, per: str = "story") -> Rows:
        """Event rows (SCHEMA event + article_id, published, headline, url, story), oldest first.
        `per="story"` lists an act reported by several versions of a story once (with `copies`)."""
        _check_per(per)
        rows = queries.events(self._read(), actor=actor, dyad=dyad, type=type, since=since, until=until,
                              factual_only=factual_only, limit=None if per == "story" else limit)
        if per == "story":
            rows = stories.once_per_story(rows, stories.event_key)[:limit]
        return Rows(rows)

    def trends(self, *, dyad: str | None = None, actor: str | None = None, type: str | None = None,
               by: str = "month", since: str | None = None, until: str | None = None,
               per: str = "story") -> Rows:
        """Events per week or month (negated and hypothetical events left out), each act counted once
        per story unless `per="article"`."""
        from ..events.trends import trend_table

        rows = self.events(dyad=dyad, actor=actor, type=type, since=since, until=until, factual_only=True,
                           per=per)
        try:
            return Rows(trend_table(list(rows), by))
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
        return Rows(queries.rejects(self._read(), code=code))

    def furniture(self, *, limit: int = 50) -> Rows:
        return Rows(queries.furniture_lines(self._read(), limit))

    def stats(self) -> dict[str, Any]:
        result = queries.stats(self._read())
        result["database"] = str(self.path)
        result["size_bytes"] = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*")
                                   if p.is_file())
        return result

    # -- export ----------------------------------------------------------------------------------
    def export(self, fmt: str = "jsonl", output: str | Path | IO[str] | None = None) -> int:
        """Write every stored record as jsonl (SCHEMA records), csv or parquet (one row per article,
        nested lists as JSON). Returns the number of records written."""
        from .export import export_records

        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"export format must be one of {', '.join(EXPORT_FORMATS)}", code="S013")
        return export_records(self.records(), fmt, output)


def _check_per(per: str) -> None:
    if per not in PER:
        raise StoreError(f"per must be one of {', '.join(PER)}, not {per!r}", code="S020")
