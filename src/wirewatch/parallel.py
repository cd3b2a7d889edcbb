"""A process pool for analysis: one model per worker, plain records back.

spaCy's own `nlp.pipe(n_process=...)` ships whole Docs between processes, which costs more than it
saves on two cores. Here each worker loads its own `Analyzer` once and returns finished `Article`s
(plain dataclasses), so only input text and the small analysis travel. Chunks are submitted with a
bounded window, so memory stays flat however long the input stream is, and results come back in
input order.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from .pipeline import Analyzer
from .records import Article, Document, Rejected

_worker_analyzer: Analyzer | None = None


def _init_worker(only: str | None, model: str | None, dictionaries: list[str]) -> None:
    global _worker_analyzer
    _worker_analyzer = Analyzer(only=only, model=model, actor_dictionaries=dictionaries)
    if _worker_analyzer.level != "structure":
        _ = _worker_analyzer.nlp  # load now, not inside the first timed chunk


def _run_chunk(chunk: list[Document | Rejected]) -> list[Article | Rejected]:
    assert _worker_analyzer is not None, "worker not initialised"
    return list(_worker_analyzer.analyze_many(chunk))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def analyze_parallel(items: Iterable[Document | Rejected], *, workers: int | None = None,
                     only: str | None = None, model: str | None = None,
                     actor_dictionaries: Iterable[str] = (), chunk_size: int = 16,
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
    stream = iter(items)
    window = workers * 2  # chunks in flight: enough to keep every worker busy, bounded for memory
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(only, model, dictionaries)) as pool:
        pending: deque[Future[list[Article | Rejected]]] = deque()
        while True:
            while len(pending) < window:
                chunk = list(islice(stream, chunk_size))
                if not chunk:
                    break
                pending.append(pool.submit(_run_chunk, chunk))
            if not pending:
                return
            yield from pending.popleft().result()
