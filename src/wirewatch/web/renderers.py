"""Computed hot pages rendered in worker processes (`serve --renderers N`).

A server process runs Python on one core at a time (the GIL). Its event loop reads requests,
answers page-cache hits and writes answers; a computed search page, facets fragment or article page
(hot.py) is 0.5-5 ms of Python and SQLite, and with dozens of them on the thread pool every request
of the process, hits included, waits its turn for the GIL. `Renderers` is a pool of worker processes,
each with its own GIL, read connection and compiled templates: the event loop hands a computed hot
page over (its path, query string and the page cache's store generation) and gets the finished
answer back as bytes. The page cache, the Host check and the security headers stay in the server
process, so a page rendered by one worker is a hit for every later request, whichever worker made it.
Pages of one search query go to one worker (its "home", by a hash of the query), in arrival order:
the search page and its facets fragment share the query's ranked pool (views.pool_of), which a
worker keeps in its own memory, so the second of them skips the ranking (most of its cost) only if
it lands where the first was computed. A worker with room takes the oldest request waiting for
another worker instead of its own when that one arrived more than SLACK requests earlier (or it has
none of its own), so affinity never leaves a worker idle nor a request far behind later ones; pages
without a query (the article page) go to the worker with the least work queued.

A worker reads the store through its own connection; its answer is kept by the page cache only if
the store's data version did not move while it was computed (cache.py), as for a page computed on a
thread. A worker that dies (the pool is then broken) is replaced, and the page is computed on a
thread of the server instead, so no request is lost.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import sys
import zlib
from collections import deque
from multiprocessing.connection import Connection
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from .cache import GENERATION_KEY

Answer = tuple[int, bytes, str]  # status, body, media type
PASSED = ("path", "raw_path", "root_path", "query_string", GENERATION_KEY)  # what a page reads of its request
AHEAD = 2  # requests sent to a worker before it answers: it never waits for the event loop between two
SLACK = 8  # a worker takes another's request before its own when that one arrived this many earlier
_WORKER: dict[str, Any] = {}  # in a worker process: the stand-in app the page functions read


def _start_worker(db: str) -> None:
    """A worker's set-up: its own read connection, every template compiled."""
    from ..store import Store
    from .app import templates

    engine = templates().env
    for name in engine.list_templates():
        engine.get_template(name)
    _WORKER["app"] = SimpleNamespace(state=SimpleNamespace(store=Store(db)))


def render(request: dict[str, Any]) -> Answer | None:
    """In a worker: the answer to a GET (the PASSED keys of its ASGI scope), as hot.py computes it
    on a thread (None: not a hot page in the usual shape)."""
    from .hot import HotPages

    scope: dict[str, Any] = {"type": "http", "method": "GET", "headers": [], "scheme": "http",
                             "server": ("127.0.0.1", 80), "root_path": "", **request,
                             "app": _WORKER["app"]}
    route = HotPages.route(scope)
    return None if route is None else HotPages.answer(scope, *route)


def _work(conn: Connection, db: str) -> None:
    """A worker process: answer requests from the pipe, in order, until the server closes it."""
    _start_worker(db)
    conn.send_bytes(b"ready")
    while True:
        try:
            request = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):  # the server closed the pipe: stop
            return
        try:
            answer = render(request)
        except Exception:  # noqa: BLE001 - the server computes the page itself and reports the error
            answer = None
        conn.send_bytes(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))


_Queued = tuple[int, bytes, "asyncio.Future[Answer | None]"]  # arrival number, request, its answer


class _Worker:
    def __init__(self, db: str) -> None:
        context = multiprocessing.get_context("spawn")  # not fork: the server runs threads and a loop
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, db), daemon=True,
                                       name="wirewatch-renderer")
        self.process.start()
        child.close()
        self.waiting: deque[asyncio.Future[Answer | None]] = deque()  # sent, not yet answered
        self.queue: deque[_Queued] = deque()  # for this worker, not yet sent


class Renderers:
    """`count` worker processes rendering hot pages over the store at `db`, fed from one queue."""

    def __init__(self, db: str | Path, count: int) -> None:
        if count < 1:
            raise ValueError("a renderer pool needs at least one worker")
        self.db = str(db)
        self.count = count
        self.workers: list[_Worker] = []
        self.replacing: set[asyncio.Task[None]] = set()  # workers starting in place of dead ones
        self.arrivals = 0
        self.closed = False

    async def start(self) -> None:
        """Start every worker now (a second or so each), not on the first analyst's request."""
        await asyncio.gather(*(self._add_worker() for _ in range(self.count)))

    async def _add_worker(self) -> None:
        worker = _Worker(self.db)
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, worker.conn.recv_bytes)  # its b"ready"
        except (EOFError, OSError):  # it died setting up: its share is computed on the threads
            worker.conn.close()
            worker.process.join(timeout=5)
            print(f"wirewatch: a renderer process did not start (exit code {worker.process.exitcode}); "
                  "its pages are computed by the server", file=sys.stderr, flush=True)
            return
        if self.closed:  # the server stopped while it started
            worker.conn.close()
            worker.process.join(timeout=5)
            return
        loop.add_reader(worker.conn.fileno(), self._answered, worker)
        self.workers.append(worker)
        self._dispatch()

    async def render(self, scope: dict[str, Any], query: str | None = None) -> Answer | None:
        """A worker's answer to the request of `scope`. None if the worker failed (it died, or the
        page raised): the caller then computes the page itself, and a dead worker is replaced.
        `query` (a search query): requests with the same query go to the same worker unless that
        would keep them waiting much longer than the others (module docstring)."""
        if not self.workers:  # every worker died or failed to start (a new one may be on its way)
            return None
        request = pickle.dumps({key: scope[key] for key in PASSED if key in scope})
        answer: asyncio.Future[Answer | None] = asyncio.get_running_loop().create_future()
        self.arrivals += 1
        self._home(query).queue.append((self.arrivals, request, answer))
        self._dispatch()
        return await answer

    def _home(self, query: str | None) -> _Worker:
        if query is None:
            return min(self.workers, key=lambda w: len(w.queue) + len(w.waiting))
        return self.workers[zlib.crc32(query.encode()) % len(self.workers)]

    def _dispatch(self) -> None:
        """Send each worker with room its next request: its own oldest, or another's oldest when that
        arrived more than SLACK requests earlier or it has none of its own."""
        for worker in list(self.workers):
            while len(worker.waiting) < AHEAD:
                source = self._next_for(worker)
                if source is None:
                    break
                _, request, answer = source.queue.popleft()
                if answer.cancelled():  # the client went away while it waited
                    continue
                try:
                    worker.conn.send_bytes(request)
                except OSError:
                    answer.set_result(None)  # computed by the server
                    self._lost(worker)
                    break
                worker.waiting.append(answer)

    def _next_for(self, worker: _Worker) -> _Worker | None:
        """The worker whose queue `worker` takes its next request from (None: nothing queued)."""
        queued = [w for w in self.workers if w.queue]
        if not queued:
            return None
        oldest = min(queued, key=lambda w: w.queue[0][0])
        if worker.queue and worker.queue[0][0] - oldest.queue[0][0] <= SLACK:
            return worker
        return oldest

    def _answered(self, worker: _Worker) -> None:
        try:
            answer = pickle.loads(worker.conn.recv_bytes())
        except (EOFError, OSError):
            self._lost(worker)
            return
        waiting = worker.waiting.popleft()
        if not waiting.done():
            waiting.set_result(answer)
        self._dispatch()

    def _lost(self, worker: _Worker) -> None:
        """A worker died: its requests are computed by the server, and a new worker takes its place."""
        if worker not in self.workers:
            return
        self.workers.remove(worker)
        asyncio.get_running_loop().remove_reader(worker.conn.fileno())
        worker.conn.close()
        for answer in worker.waiting:
            if not answer.done():
                answer.set_result(None)
        worker.waiting.clear()
        if self.workers:  # its queue goes to the others
            heir = self.workers[0]
            heir.queue = deque(sorted([*heir.queue, *worker.queue], key=lambda queued: queued[0]))
        else:  # nobody left to send it to until the new worker is up
            for _, _, answer in worker.queue:
                if not answer.done():
                    answer.set_result(None)
        worker.queue.clear()
        if not self.closed:
            task = asyncio.get_running_loop().create_task(self._add_worker())
            self.replacing.add(task)
            task.add_done_callback(self.replacing.discard)

    def close(self) -> None:
        """Stop the workers: each sees its pipe closed and exits."""
        self.closed = True
        loop = asyncio.get_running_loop()
        for worker in self.workers:
            loop.remove_reader(worker.conn.fileno())
            worker.conn.close()
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
        for worker in self.workers:
            for _, _, answer in worker.queue:
                if not answer.done():
                    answer.set_result(None)
        self.workers.clear()
