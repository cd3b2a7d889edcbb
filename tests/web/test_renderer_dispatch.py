"""Which renderer process gets which page (web/renderers.py): the pages of one search query go to
the same worker, where its ranked pool is kept, but no worker idles while another has a queue and no
request falls more than SLACK arrivals behind later ones. Fake workers record what they are sent."""

from __future__ import annotations

import asyncio
import pickle
from collections import deque
from typing import Any

from wirewatch.web.renderers import AHEAD, SLACK, Renderers


class _Pipe:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send_bytes(self, data: bytes) -> None:
        self.sent.append(pickle.loads(data)["path"])


class _FakeWorker:
    def __init__(self) -> None:
        self.conn = _Pipe()
        self.waiting: deque[asyncio.Future[Any]] = deque()
        self.queue: deque[Any] = deque()


def _pool(count: int) -> tuple[Renderers, list[_FakeWorker]]:
    pool = Renderers("unused.db", count)
    workers = [_FakeWorker() for _ in range(count)]
    pool.workers = workers  # type: ignore[assignment]
    return pool, workers


def _finish_one(pool: Renderers, worker: _FakeWorker) -> None:
    """The worker answers its oldest request (as `_answered` does after reading the pipe)."""
    worker.waiting.popleft().set_result((200, b"", "text/html"))
    pool._dispatch()


def _home_of(pool: Renderers, query: str) -> int:
    return pool.workers.index(pool._home(query))


def test_pages_of_one_query_go_to_the_worker_that_ranked_it() -> None:
    async def scenario() -> None:
        pool, workers = _pool(2)
        other = next(q for q in ("alpha", "beta", "gamma", "delta")
                     if _home_of(pool, q) != _home_of(pool, "korea"))
        tasks = [asyncio.create_task(pool.render({"path": f"/{kind}/{q}"}, query=q))
                 for q in ("korea", other) for kind in ("search", "facets")]
        await asyncio.sleep(0)
        home, away = workers[_home_of(pool, "korea")], workers[_home_of(pool, other)]
        assert home.conn.sent == ["/search/korea", "/facets/korea"]
        assert away.conn.sent == [f"/search/{other}", f"/facets/{other}"]
        for worker in workers:
            while worker.waiting:
                _finish_one(pool, worker)
        await asyncio.gather(*tasks)
    asyncio.run(scenario())


def test_an_idle_worker_takes_the_others_queue_and_nothing_waits_far_behind() -> None:
    async def scenario() -> None:
        pool, workers = _pool(2)
        busy = workers[_home_of(pool, "korea")]
        idle = next(w for w in workers if w is not busy)
        count = AHEAD + SLACK + 6
        tasks = [asyncio.create_task(pool.render({"path": f"/search/{n}"}, query="korea"))
                 for n in range(count)]
        await asyncio.sleep(0)
        # both workers are fed at once, though every request has the same home
        assert len(busy.conn.sent) == AHEAD and len(idle.conn.sent) == AHEAD
        for _ in range(count):
            worker = busy if busy.waiting else idle
            _finish_one(pool, worker)
        order = busy.conn.sent + idle.conn.sent
        assert sorted(order) == sorted(f"/search/{n}" for n in range(count))  # each sent once
        await asyncio.gather(*tasks)
    asyncio.run(scenario())


def test_a_crowded_home_does_not_hold_a_request_back_more_than_slack_arrivals() -> None:
    async def scenario() -> None:
        pool, workers = _pool(2)
        crowded = workers[_home_of(pool, "korea")]
        free = next(w for w in workers if w is not crowded)
        free_query = next(q for q in ("alpha", "beta", "gamma", "delta") if pool._home(q) is free)
        first = [asyncio.create_task(pool.render({"path": f"/k/{n}"}, query="korea"))
                 for n in range(2 * AHEAD + SLACK + 2)]
        await asyncio.sleep(0)  # both workers are fed korea's first pages; SLACK + 2 more wait
        later = [asyncio.create_task(pool.render({"path": f"/f/{n}"}, query=free_query))
                 for n in range(SLACK + 4)]
        await asyncio.sleep(0)
        free.conn.sent.clear()
        _finish_one(pool, free)
        _finish_one(pool, free)
        # the free worker's own requests arrived more than SLACK after korea's oldest waiting one: it
        # takes that first, then its own once the gap is SLACK or less
        assert free.conn.sent[0] == f"/k/{2 * AHEAD}"
        assert free.conn.sent[1] == f"/k/{2 * AHEAD + 1}"
        for worker in workers:
            while worker.waiting:
                _finish_one(pool, worker)
        await asyncio.gather(*first, *later)
    asyncio.run(scenario())
