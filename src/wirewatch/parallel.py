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

A worker never takes a batch down with it:
* inside a worker, the `Analyzer` turns every failure of a document into a `Rejected`, and its
  SIGALRM time budget stops a runaway document (`budget.py`);
* if a worker dies anyway (killed by the OOM killer, a crash in C code) or a chunk overstays its
  budget by a wide margin (a loop the alarm cannot interrupt), the pool is replaced and that chunk
  is re-run one document at a time, so the document responsible is rejected (A004 or A003) and
  every other one is analysed;
* workers die with their parent: on Linux `PR_SET_PDEATHSIG` has the kernel kill them, and a
  watchdog thread in each worker exits when the parent process is gone (any POSIX system).
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .errors import OverTimeBudget, WirewatchError, WorkerLost
from .pipeline import DEFAULT_DOC_TIMEOUT, DEFAULT_MAX_CHARS, Analyzer, check_actor_dictionaries, too_long
from .records import Article, Document, Rejected

log = logging.getLogger(__name__)

_worker_analyzer: Analyzer | None = None
PR_SET_PDEATHSIG = 1
HARD_LIMIT_GRACE = 120.0  # seconds on top of the documents' budgets before a worker is replaced
START_UP_LIMIT = 900.0  # a pool whose workers are not ready after this long is treated as stuck


def _die_with_parent(parent: int) -> None:
    """Make this worker exit when the process that started it goes away, however it went."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the watchdog below is the only guard
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="wirewatch-parent-watchdog", daemon=True).start()


def _init_worker(parent: int, ready: Any, only: str | None, model: str | None, dictionaries: list[str],
                 max_chars: int, doc_timeout: float | None) -> None:
    global _worker_analyzer
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from .nlp.gemm import single_thread_blas

    single_thread_blas()  # the pool already has one process per core; BLAS threads would fight it
    _worker_analyzer = Analyzer(only=only, model=model, actor_dictionaries=dictionaries,
                                max_chars=max_chars, doc_timeout=doc_timeout)
    _worker_analyzer.warm_up()  # load the model and every table now, not inside a document's budget
    ready.put(os.getpid())  # the parent starts the clocks of its chunks from here


def _run_chunk(chunk: list[Document | Rejected]) -> list[Article | Rejected]:
    assert _worker_analyzer is not None, "worker not initialised"
    return list(_worker_analyzer.analyze_many(chunk))


def default_workers() -> int:
    """The CPUs this process may run on (its affinity mask, which containers and taskset narrow)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


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


class _Pool:
    """A ProcessPoolExecutor that can be thrown away and replaced when a worker is lost.

    Workers report when their model is loaded and warm (`ready`), so a chunk's time limit never
    counts the start-up of the pool, however slow a loaded machine makes it.
    """

    def __init__(self, workers: int, initargs: tuple[Any, ...]) -> None:
        self.workers = workers
        self.initargs = initargs
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        self.ready_queue: Any = multiprocessing.get_context().SimpleQueue()
        self.ready = 0
        self.started = time.monotonic()
        return ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker,
                                   initargs=(os.getpid(), self.ready_queue, *self.initargs))

    def warm(self) -> bool:
        """True once every worker has loaded its model (or start-up has taken absurdly long)."""
        while self.ready < self.workers and not self.ready_queue.empty():
            self.ready_queue.get()
            self.ready += 1
        return self.ready >= self.workers or time.monotonic() - self.started > START_UP_LIMIT

    def result(self, future: Future[list[Article | Rejected]],
               limit: float | None) -> list[Article | Rejected]:
        """The chunk's results; FutureTimeout once it has run `limit` seconds on a warm pool."""
        clock = time.monotonic()
        while True:
            try:
                return future.result(timeout=1.0)
            except FutureTimeout:
                if limit is None:
                    continue
                if not self.warm():
                    clock = time.monotonic()  # still starting: the chunk has not begun to cost time
                elif time.monotonic() - clock > limit:
                    raise

    def submit(self, chunk: list[Document | Rejected]) -> Future[list[Article | Rejected]]:
        return self.executor.submit(_run_chunk, chunk)

    def replace(self) -> None:
        """Kill every worker (a stuck one ignores polite requests) and start a fresh pool."""
        processes = dict(getattr(self.executor, "_processes", None) or {})  # no public API before 3.14
        for process in processes.values():
            if process.is_alive():
                process.kill()
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def analyze_parallel(items: Iterable[Document | Rejected], *, workers: int | None = None,
                     only: str | None = None, model: str | None = None,
                     actor_dictionaries: Iterable[str] = (), chunk_size: int = 32,
                     chunk_chars: int = 12_000, analyzer: Analyzer | None = None,
                     max_chars: int = DEFAULT_MAX_CHARS,
                     doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> Iterator[Article | Rejected]:
    """Analyse a stream on `workers` processes (None: `default_workers()`); results in input order.

    With one worker (or structure-only work, which is cheaper than pickling) it runs in-process.
    """
    dictionaries = list(actor_dictionaries)
    workers = workers or default_workers()
    if workers <= 1 or only == "structure":
        local = analyzer or Analyzer(only=only, model=model, actor_dictionaries=dictionaries,
                                     max_chars=max_chars, doc_timeout=doc_timeout)
        yield from local.analyze_many(items)
        return
    from .nlp.model import check_model

    check_model(model)  # fail here, not in every worker's initializer
    if dictionaries:
        check_actor_dictionaries(dictionaries)
    # a text over the limit is rejected here, not shipped to a worker to be rejected there
    screened = (too_long(item, max_chars) or item if isinstance(item, Document) else item for item in items)
    chunks = _chunks(screened, chunk_size, chunk_chars)
    # chunks in flight: enough that no worker waits while the parent writes or the oldest chunk
    # (whose results must come out first) is still running; bounded for memory
    window = workers * 4
    pool = _Pool(workers, (only, model, dictionaries, max_chars, doc_timeout))
    pending: deque[tuple[list[Document | Rejected], Future[list[Article | Rejected]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = pool.result(future, _hard_limit(chunk, doc_timeout))
            except (BrokenProcessPool, FutureTimeout) as exc:
                pool.warm()  # count the workers that did start
                if isinstance(exc, BrokenProcessPool) and pool.ready == 0:
                    raise WirewatchError("the analysis workers could not start (model or tables failed to "
                                         "load); run with --workers 1 to see why", code="W001") from exc
                log.warning("a worker was lost (%s); re-running its chunk one document at a time",
                            type(exc).__name__)
                pool.replace()
                results = _isolate(pool, chunk, doc_timeout)
                # chunks the old pool finished are kept; the rest go to the new one
                pending = deque((c, f if _succeeded(f) else pool.submit(c)) for c, f in pending)
            except Exception as exc:  # the chunk raised past the Analyzer's own handling
                log.warning("a chunk failed (%s: %s); re-running it one document at a time",
                            type(exc).__name__, exc)
                results = _isolate(pool, chunk, doc_timeout)
            yield from results
    finally:
        pool.close()


def _succeeded(future: Future[list[Article | Rejected]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _hard_limit(chunk: list[Document | Rejected], doc_timeout: float | None) -> float | None:
    """How long a chunk may take before its worker is presumed stuck: twice every budget, plus grace."""
    if not doc_timeout or doc_timeout <= 0:
        return None
    documents = sum(1 for item in chunk if isinstance(item, Document))
    return 2 * doc_timeout * documents + HARD_LIMIT_GRACE


def _isolate(pool: _Pool, chunk: list[Document | Rejected],
             doc_timeout: float | None) -> list[Article | Rejected]:
    """Each document of a chunk alone, so the one that kills or hangs its worker is the only loss."""
    results: list[Article | Rejected] = []
    for item in chunk:
        if isinstance(item, Rejected):
            results.append(item)
            continue
        try:
            results.extend(pool.result(pool.submit([item]), _hard_limit([item], doc_timeout)))
        except Exception as exc:
            if not isinstance(exc, (BrokenProcessPool, FutureTimeout)):  # raised, did not die or hang
                results.append(Rejected(source=item.source, id=item.id, code="A001",
                                        reason=f"nlp stage failed: {type(exc).__name__}: {exc}"))
                continue
            pool.replace()
            error: WirewatchError = (OverTimeBudget(f"{item.source}: the worker was still on it after "
                                               f"{_hard_limit([item], doc_timeout):g} s and was replaced")
                                if isinstance(exc, FutureTimeout) else
                                WorkerLost(f"{item.source}: the analysis worker died on this document "
                                           "(out of memory, or a crash in native code)"))
            log.warning("%s", error)
            results.append(Rejected(source=item.source, id=item.id, code=error.code,
                                    reason=f"nlp stage failed: {type(error).__name__}: {error}"))
    return results
