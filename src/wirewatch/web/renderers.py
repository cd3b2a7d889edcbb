"""Computed hot pages rendered in worker processes (`serve --renderers N`).

A server process runs Python on one core at a time (the GIL). Its event loop reads requests,
answers page-cache hits and writes answers; a computed search page, facets fragment or article page
(hot.py) is 0.5-5 ms of Python and SQLite, and with dozens of them on the thread pool every request
of the process, hits included, waits its turn for the GIL. `Renderers` is a pool of worker processes,
each with its own GIL, read connection and compiled templates: the event loop hands a computed hot
page over (its path, query string and the page cache's store generation) and gets the finished
answer back as bytes. The page cache, the Host check and the security headers stay in the server
process, so a page rendered by one worker is a hit for every later request, whichever worker made it.
The pool takes pages first come, first served.

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
from collections import deque
from multiprocessing.connection import Connection
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from .cache import GENERATION_KEY

Answer = tuple[int, bytes, str]  # status, body, media type
PASSED = ("path", "raw_path", "root_path", "query_string", GENERATION_KEY)  # what a page reads of its request
AHEAD = 2  # requests sent to a worker before it answers: it never waits for the event loop between two
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


class _Worker:
    def __init__(self, db: str) -> None:
        context = multiprocessing.get_context("spawn")  # not fork: the server runs threads and a loop
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, db), daemon=True,
                                       name="wirewatch-renderer")
        self.process.start()
        child.close()
        self.waiting: deque[asyncio.Future[Answer | None]] = deque()  # sent, not yet answered


class Renderers:
    """`count` worker processes rendering hot pages over the store at `db`, fed from one queue."""

    def __init__(self, db: str | Path, count: int) -> None:
        if count < 1:
            raise ValueError("a renderer pool needs at least one worker")
        self.db = str(db)
        self.count = count
        self.workers: list[_Worker] = []
        self.queue: deque[tuple[bytes, asyncio.Future[Answer | None]]] = deque()
        self.replacing: set[asyncio.Task[None]] = set()  # workers starting in place of dead ones
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

    async def render(self, scope: dict[str, Any]) -> Answer | None:
        """A worker's answer to the request of `scope`. None if the worker failed (it died, or the
        page raised): the caller then computes the page itself, and a dead worker is replaced."""
        if not self.workers:  # every worker died or failed to start (a new one may be on its way)
            return None
        request = pickle.dumps({key: scope[key] for key in PASSED if key in scope})
        answer: asyncio.Future[Answer | None] = asyncio.get_running_loop().create_future()
        self.queue.append((request, answer))
        self._dispatch()
        return await answer

    def _dispatch(self) -> None:
        """Send queued requests, first come first served, to the least busy workers."""
        while self.queue and self.workers:
            worker = min(self.workers, key=lambda w: len(w.waiting))
            if len(worker.waiting) >= AHEAD:
                return
            request, answer = self.queue.popleft()
            if answer.cancelled():  # the client went away while it waited
                continue
            try:
                worker.conn.send_bytes(request)
            except OSError:
                answer.set_result(None)  # computed by the server
                self._lost(worker)
                continue
            worker.waiting.append(answer)

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
        if not self.workers:  # nobody left to send the queue to until the new worker is up
            for _, answer in self.queue:
                if not answer.done():
                    answer.set_result(None)
            self.queue.clear()
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
        for _, answer in self.queue:
            if not answer.done():
                answer.set_result(None)
        self.workers.clear()
