"""The ingest loop: read -> skip what is stored -> analyse -> write in committed batches.

`engine="local"` reads, skips and analyses in this process and its worker pool (`parallel.py`);
`engine="ray"` does those steps on Ray Data (`engines/ray_engine.py`). Either way the writing is
here, on this process's one `Writer`, so the store comes out the same.

`workers=None` uses every CPU this process may run on (`parallel.default_workers`).

Memory stays flat (everything is a stream; a batch is at most `batch_size` articles) and a killed
run loses only its uncommitted batch: the re-run finds every committed document by uid and skips
it before analysis, so it finishes the job without duplicates and without re-analysing.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..engines import ENGINES
from ..errors import StoreError
from ..ingest.base import ReadOptions
from ..ingest.readers import read_inputs
from ..pipeline import LEVELS, check_actor_dictionaries
from ..records import Article, Document, Rejected
from .compact import Compacted
from .restrip import Restripped
from .rows import LEVEL_RANK
from .writer import BatchResult, Writer

REJECT_LABELS = {  # short names for the summary; the full reason is in the rejects table
    "R001": "empty", "R002": "too large", "R003": "not text", "R004": "broken container",
    "R005": "cannot open", "R999": "unreadable", "A001": "analysis failed", "A002": "too long",
    "A003": "over time budget", "A004": "worker lost", "A005": "cannot store",
}


@dataclass(slots=True)
class IngestSummary:
    read: int = 0          # documents and unreadable inputs seen
    stored: int = 0        # new documents written
    duplicates: int = 0    # already stored at this level or above
    upgraded: int = 0      # stored before at a lower level, re-analysed and replaced
    rejected: Counter[str] = field(default_factory=Counter)  # by error code
    examples: list[tuple[str, str]] = field(default_factory=list)  # (source, reason), first few
    restripped: int = 0    # older articles whose furniture changed at the end of the run
    compacted: Compacted | None = None  # the full-text index merged at the end (SQLite only)
    compact_error: str = ""  # why that merge could not be done (the stored articles are kept)
    seconds: float = 0.0

    @property
    def total_rejected(self) -> int:
        return sum(self.rejected.values())

    def by_reason(self) -> dict[str, int]:
        return {f"{code} {REJECT_LABELS.get(code, 'other')}": n for code, n in sorted(self.rejected.items())}

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "duplicates": self.duplicates,
                "upgraded": self.upgraded, "rejected": self.total_rejected,
                "rejected_by_reason": self.by_reason(),
                "reject_examples": [{"source": s, "reason": r} for s, r in self.examples],
                "furniture_restripped": self.restripped,
                "index_compacted": self.compacted.to_dict() if self.compacted else None,
                "index_compact_error": self.compact_error or None, "seconds": round(self.seconds, 2)}


log = logging.getLogger("wirewatch.store")
Progress = Callable[[IngestSummary], None]
LARGE_ARTICLE_CHARS = 100_000
# what a batch write raises when one article's data cannot be stored (not a locked or broken database)
_DATA_ERRORS = (ValueError, OverflowError, RecursionError, sqlite3.IntegrityError, sqlite3.InterfaceError,
                sqlite3.DataError)


def _storable(text: str) -> str:
    """Text any database takes: characters UTF-8 cannot encode shown as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _write(writer: Writer, articles: list[Article], rejects: list[Rejected], level: str) -> BatchResult:
    """Write a batch; when an article's data breaks it, write one by one and reject that article (A005)."""
    try:
        return writer.write(articles, rejects, level)
    except _DATA_ERRORS:
        pass
    for rejected in rejects:  # the reasons and sources too are made storable
        rejected.source, rejected.reason = _storable(rejected.source), _storable(rejected.reason)
        rejected.id = None if rejected.id is None else _storable(rejected.id)
    total = writer.write([], rejects, level)
    for article in articles:
        try:
            result = writer.write([article], [], level)
        except _DATA_ERRORS as exc:
            unstorable = Rejected(source=_storable(article.source), id=_storable(article.id), code="A005",
                                  reason=_storable(f"[A005] {article.source}: the analysis could not be "
                                                   f"stored ({type(exc).__name__}: {exc})"))
            writer.write([], [unstorable], level)
            rejects.append(unstorable)
            total.rejected += 1
            continue
        total.stored += result.stored
        total.duplicates += result.duplicates
        total.upgraded += result.upgraded
    return total


def _analyse(items: Iterable[Document | Rejected], level: str, workers: int | None,
             actor_dictionaries: list[str], options: ReadOptions) -> Iterator[Article | Rejected]:
    from ..parallel import analyze_parallel

    yield from analyze_parallel(items, workers=workers, only=level, actor_dictionaries=actor_dictionaries,
                                max_chars=options.max_chars, doc_timeout=options.doc_timeout)


def _analyse_on_ray(inputs: list[str], writer: Writer, summary: IngestSummary, level: str,
                    workers: int | None, options: ReadOptions | None, actor_dictionaries: list[str],
                    address: str | None, skip: set[str]) -> Iterator[Article | Rejected]:
    from ..engines.ray_engine import analyse_on_ray

    def duplicate() -> None:  # skipped on Ray before analysis, as `fresh` does locally
        summary.read += 1
        summary.duplicates += 1

    for item in analyse_on_ray(inputs, level=level, options=options, db=writer.path, workers=workers,
                               actor_dictionaries=actor_dictionaries, address=address,
                               on_duplicate=duplicate, skip=skip):
        summary.read += 1
        yield item


def run_ingest(writer: Writer, inputs: list[str], *, only: str | None = None, workers: int | None = 1,
               options: ReadOptions | None = None, batch_size: int = 200, commit_seconds: float = 2.0,
               progress: Progress | None = None, actor_dictionaries: Iterable[str] = (),
               engine: str = "local", address: str | None = None, compact: bool = True) -> IngestSummary:
    """`workers`: analysis processes (local) or actors (Ray; None = every CPU of the cluster).
    `address`: a running Ray cluster to join (Ray engine only; None starts a local one).
    `compact`: when the run changed anything, merge SQLite's full-text index back to few segments
    at the end (compact.py); False for scripts that run many small ingests and compact once."""
    level = only or "events"
    if level not in LEVELS:
        raise ValueError(f"only= must be one of {', '.join(LEVELS)}, not {only!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine= must be one of {', '.join(ENGINES)}, not {engine!r}")
    options = options or ReadOptions()
    dictionaries = list(actor_dictionaries)
    if dictionaries and level != "structure":
        check_actor_dictionaries(dictionaries)  # a bad dictionary fails before anything is read
    summary = IngestSummary()
    started = time.monotonic()
    run = writer.start_run(inputs, level)

    def fresh(items: Iterable[Document | Rejected]) -> Iterator[Document | Rejected]:
        for item in items:
            summary.read += 1
            if isinstance(item, Document):
                stored_level = writer.level_of(item.uid)
                if stored_level is not None and LEVEL_RANK[stored_level] >= LEVEL_RANK[level]:
                    summary.duplicates += 1
                    if progress and summary.duplicates % 500 == 0:
                        progress(summary)
                    continue
            yield item

    articles: list[Article] = []
    rejects: list[Rejected] = []
    last_commit = time.monotonic()
    next_refresh = 1000

    def flush() -> None:
        nonlocal articles, rejects, last_commit, next_refresh
        if articles or rejects:
            result = _write(writer, articles, rejects, level)
            summary.stored += result.stored
            summary.duplicates += result.duplicates
            summary.upgraded += result.upgraded
            for rejected in rejects:
                summary.rejected[rejected.code] += 1
                if len(summary.examples) < 20:
                    summary.examples.append((rejected.source, rejected.reason))
            articles, rejects = [], []
        last_commit = time.monotonic()
        if summary.stored >= next_refresh:  # keep the furniture set current for new articles
            writer.refresh_furniture(restrip=False)
            next_refresh *= 2
        if progress:
            progress(summary)

    try:
        own_files = {os.path.realpath(f"{writer.path}{end}") for end in ("", "-wal", "-shm", "-journal")
                     if writer.path is not None}
        if engine == "ray":
            stream = _analyse_on_ray(inputs, writer, summary, level, workers, options, dictionaries, address,
                                     own_files)
        else:
            stream = _analyse(fresh(read_inputs(inputs, options, skip=own_files)), level, workers,
                              dictionaries, options)
        for item in stream:
            if isinstance(item, Article):
                articles.append(item)
            else:
                rejects.append(item)
            # a long article (tens of thousands of events) is written at once, not held with others
            big = isinstance(item, Article) and len(item.text) > LARGE_ARTICLE_CHARS
            if big or len(articles) + len(rejects) >= batch_size or \
                    time.monotonic() - last_commit > commit_seconds:
                flush()
    except KeyboardInterrupt:  # keep what was already analysed, then stop
        flush()
        raise
    else:
        flush()
    finally:
        summary.seconds = time.monotonic() - started
        writer.finish_run(run, read=summary.read, stored=summary.stored, duplicates=summary.duplicates,
                          upgraded=summary.upgraded, rejected=summary.total_rejected)
    def restripping(done: Restripped) -> None:
        summary.restripped = done.changed
        if progress:
            progress(summary)

    # older articles brought up to the furniture found in this run: committed in batches, so an
    # interruption keeps what was done and the next ingest does the rest
    summary.restripped = writer.refresh_furniture(restrip=True, progress=restripping)
    if compact and (summary.stored or summary.upgraded or summary.restripped):
        _compact(writer, summary)
    return summary


def _compact(writer: Writer, summary: IngestSummary) -> None:
    """Maintenance after the run: if it cannot be done (a locked or read-only store), say why and
    keep going; every article is already committed."""
    try:
        summary.compacted = writer.compact_index()
    except StoreError as exc:
        summary.compact_error = str(exc)
    except writer.backend.errors as exc:
        summary.compact_error = f"{type(exc).__name__}: {exc}"
    if summary.compact_error:
        log.warning("the full-text index was not compacted: %s", summary.compact_error)
