"""A process pool for analysis: one model per worker, plain records back.

spaCy's own `nlp.pipe(n_process=...)` ships whole Docs between processes, which costs more than it
saves on two cores. Here each worker loads its own `Analyzer` once and returns finished `Article`s
(plain dataclasses), so only input text and the small analysis travel. Chunks are submitted with a
bounded window, so memory stays flat however long the input stream is, and results come back in
input order.

Chunks are cut by text size, not document count: a chunk of a few thousand words is large enough
that pickling and the spaCy batch overhead stay negligible, and small enough that the workers finish
together (with 16 long documents a chunk, one worker could be left with seconds of work at the end
of a run while the other idled).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .pipeline import Analyzer
from .records import Article, Document, Rejected

_worker_analyzer: Analyzer | None = None


def _init_worker(only: str | None, model: str | None, dictionaries: list[str]) -> None:
    global _worker_analyzer
    from .nlp.gemm import single_thread_blas

    single_thread_blas()  # the pool already has one process per core; BLAS threads would fight it
    _worker_analyzer = Analyzer(only=only, model=model, actor_dictionaries=dictionaries)
    if _worker_analyzer.level != "structure":
        _ = _worker_analyzer.nlp  # load now, not inside the first timed chunk


def _run_chunk(chunk: list[Document | Rejected]) -> list[Article | Rejected]:
    assert _worker_analyzer is not None, "worker not initialised"
    return list(_worker_analyzer.analyze_many(chunk))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _chunks(stream: Iterator[Document | Rejected], max_docs: int,
            max_chars: int) -> Iterator[list[Document | Rejected]]:
    """Consecutive runs of the stream holding at most `max_docs` items or about `max_chars` of text."""
    chunk: list[Document | Rejected] = []
    chars = 0
    for item in stream:
        chunk.append(item)
        chars += len(item.text) if isinstance(item, Document) else 0
        if len(chunk) >= max_docs or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def analyze_parallel(items: Iterable[Document | Rejected], *, workers: int | None = None,
                     only: str | None = None, model: str | None = None,
                     actor_dictionaries: Iterable[str] = (), chunk_size: int = 32,
                     chunk_chars: int = 12_000,
                     analyzer: Analyzer | None = None) -> Iterator[Article | Rejected]:
    """Analyse a stream on `workers` processes; yields results in input order.

    With one worker (or structure-only work, which is cheaper than pickling) it runs in-process.
    """
    dictionaries = list(actor_dictionaries)
    workers = workers or default_workers()
    if workers <= 1 or only == "structure":
        local = analyzer or Analyzer(only=only, model=model, actor_dictionaries=dictionaries)
        yield from local.analyze_many(items)
        return
    chunks = _chunks(iter(items), chunk_size, chunk_chars)
    # chunks in flight: enough that no worker waits while the parent writes or the oldest chunk
    # (whose results must come out first) is still running; bounded for memory
    window = workers * 4
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(only, model, dictionaries)) as pool:
        pending: deque[Future[list[Article | Rejected]]] = deque()
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append(pool.submit(_run_chunk, chunk))
            if not pending:
                return
            yield from pending.popleft().result()
