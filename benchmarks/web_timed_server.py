"""`wirewatch serve` (one process, default settings) with a timing layer, for
`bench_web.py --per-kind`: where a closed-loop request's time goes.

    .venv/bin/python benchmarks/web_timed_server.py --db STORE --port N --log FILE

The app is the one `serve` builds (`create_app`, loopback Host check, 64 MB page cache), served by
uvicorn as `serve` does; around it an ASGI layer notes, for each request, its page kind (search
page, facets fragment, article page, other), whether the page cache answered it (`X-Cache`), the
milliseconds from the app receiving it to its last byte, and when it ended (seconds since the first
request, for the latency of each 5 s slice of the run). A task on the event loop sleeps 10 ms
again and again and notes how late it wakes: the loop's lag, which every request also waits for
before the app sees it. Both lists are written to FILE (JSON) when the server stops (Ctrl-C or
SIGINT). Not part of wirewatch: a measuring tool only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Scope = dict[str, Any]


def kind_of(path: str) -> str:
    if path.startswith("/search/facets"):
        return "facets"
    if path.startswith("/search"):
        return "search"
    return "article" if path.startswith("/article/") else "other"


class Timed:
    """ASGI layer noting (kind, cache, ms in the app) per request and the event loop's lag."""

    def __init__(self, app: Callable[..., Any]) -> None:
        self.app = app
        self.requests: list[tuple[str, str, float, float]] = []  # kind, cache, ms, seconds since the first
        self.first: float | None = None
        self.lags: list[float] = []
        self.probe: asyncio.Task[None] | None = None

    async def lag_probe(self) -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(0.01)
            self.lags.append((time.perf_counter() - started - 0.01) * 1000)

    async def __call__(self, scope: Scope, receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.probe is None:
            self.probe = asyncio.get_running_loop().create_task(self.lag_probe())
        started = time.perf_counter()
        if self.first is None:
            self.first = started
        cache = ["-"]

        async def noting(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                cache[0] = dict(message.get("headers", [])).get(b"x-cache", b"-").decode()
            await send(message)

        await self.app(scope, receive, noting)
        ended = time.perf_counter()
        self.requests.append((kind_of(scope["path"]), cache[0], (ended - started) * 1000, ended - self.first))


def main() -> None:
    import uvicorn

    from wirewatch.web.app import create_app
    from wirewatch.web.server import allowed_hosts_for

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--renderers", type=int, default=0, help="as wirewatch serve --renderers")
    args = parser.parse_args()
    timed = Timed(create_app(args.db, allowed_hosts=allowed_hosts_for("127.0.0.1", []),
                             renderers=args.renderers))
    print(f"serving {args.db} on port {args.port} (timed)", file=sys.stderr, flush=True)
    uvicorn.run(timed, host="127.0.0.1", port=args.port, log_level="warning", server_header=False)
    args.log.write_text(json.dumps({"requests": timed.requests, "loop_lag_ms": timed.lags}), encoding="utf-8")


if __name__ == "__main__":
    main()
