"""What one page costs when the page cache cannot help: each page kind of bench_web.py's URL mix
requested one at a time through the app in process (no HTTP), each URL once, so that every answer
is computed (the page cache is on, as when serving, but never hit).

    .venv/bin/python benchmarks/bench_web_misses.py [--articles 100000] [--requests 3000]
        [--server-src DIR] [--profile]

Uses the store bench_web.py built (run that first). Reports, per kind (search page, facets
fragment, article page), the wall-clock milliseconds of a request and the CPU milliseconds of the
whole process per request (threads included), which is the steady figure on a loaded machine.
`--server-src` measures another checkout's `src` (before/after); `--profile` prints where the
time of the worker threads went (cProfile, the views called directly, templates rendered;
`PROFILE_SORT=cumulative` and `PROFILE_ROWS=N` in the environment change its order and length).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def kind_of(url: str) -> str:
    if url.startswith("/search/facets"):
        return "facets"
    return "search" if url.startswith("/search") else "article"


async def measure(app: Any, urls: list[str]) -> dict[str, Any]:
    async def call(url: str) -> int:
        path, _, query = url.partition("?")
        scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(),
                 "query_string": query.encode(), "headers": [(b"host", b"127.0.0.1")], "scheme": "http",
                 "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1), "http_version": "1.1",
                 "root_path": "", "app": app}
        status: list[int] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
        await app(scope, receive, send)
        return status[0]

    async with app.router.lifespan_context(app):
        for url in urls[:30]:  # connections opened, templates and statements compiled
            await call(url)
        walls: dict[str, list[float]] = {"search": [], "facets": [], "article": []}
        cpus: dict[str, list[float]] = {"search": [], "facets": [], "article": []}
        for url in urls[30:]:
            wall, cpu = time.perf_counter(), time.process_time()
            status = await call(url)
            walls[kind_of(url)].append((time.perf_counter() - wall) * 1000)
            cpus[kind_of(url)].append((time.process_time() - cpu) * 1000)
            if status != 200:
                raise SystemExit(f"{status} for {url}")
    result: dict[str, Any] = {}
    for kind, values in walls.items():
        values.sort()
        result[kind] = {"requests": len(values), "wall_p50_ms": round(statistics.median(values), 2),
                        "wall_p95_ms": round(values[int(0.95 * len(values))], 2),
                        "cpu_ms_per_request": round(statistics.mean(cpus[kind]), 2)}
    every = [c for values in cpus.values() for c in values]
    result["mix_cpu_ms_per_request"] = round(statistics.mean(every), 2)
    return result


def profile(db: Path, urls: list[str]) -> None:
    """cProfile of the page functions and templates, called directly (the threads' share)."""
    import cProfile
    import pstats
    from urllib.parse import parse_qsl

    from wirewatch.store import Store
    from wirewatch.web import pages
    from wirewatch.web.app import templates
    from wirewatch.web.cache import GENERATION_KEY

    store = Store(db)
    engine = templates().env

    class Request:  # what the page functions and templates read of a request
        def __init__(self, query: str) -> None:
            self.query_params = query
            self.app = type("App", (), {"state": type("State", (), {"store": store})})()
            self.scope: dict[str, Any] = {GENERATION_KEY: 0}  # as the page cache sets it

    def run(url: str) -> None:
        path, _, query = url.partition("?")
        request = Request(query)
        args = dict(parse_qsl(query))
        if path == "/search":
            context, name = pages.search(request, **args), "search.html"  # type: ignore[arg-type]
        elif path == "/search/facets":
            context, name = pages.search_facets(request, **args), "facets.html"  # type: ignore[arg-type]
        else:
            context, name = pages.article(request, path.rsplit("/", 1)[1]), "article.html"  # type: ignore[arg-type]
        engine.get_template(name).render({**(context or {}), "request": request, "json_url": ""})

    for url in urls[:30]:
        run(url)
    profiler = cProfile.Profile()
    profiler.enable()
    for url in urls[30:]:
        run(url)
    profiler.disable()
    order, rows = os.environ.get("PROFILE_SORT", "tottime"), int(os.environ.get("PROFILE_ROWS", "25"))
    pstats.Stats(profiler).sort_stats(order).print_stats(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ww-web-bench"))
    parser.add_argument("--server-src", type=Path, default=None)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_web import targets  # puts this checkout's src first on sys.path

    if args.server_src is not None:
        sys.path.insert(0, str(args.server_src.resolve()))

    db = args.workdir / f"web-{args.articles}.db"
    if not db.exists():
        raise SystemExit(f"no store at {db}: run benchmarks/bench_web.py --articles {args.articles} first")
    urls = list(dict.fromkeys(targets(db, 2 * args.requests, seed=5)))[:args.requests + 30]
    if args.profile:
        profile(db, urls)
        return
    from wirewatch.web.app import create_app

    app = create_app(db)
    print("server code:", create_app.__code__.co_filename, file=sys.stderr)
    print(json.dumps(asyncio.run(measure(app, urls)), indent=1))


if __name__ == "__main__":
    main()
