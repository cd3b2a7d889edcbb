"""Running the app with uvicorn: `wirewatch serve`."""

from __future__ import annotations

import json
import os
import secrets
import sys
from pathlib import Path

from fastapi import FastAPI

from ..errors import StoreError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def allowed_hosts_for(host: str, extra: list[str]) -> list[str]:
    """Host headers to accept: the loopback names, the bound address, and any given. Binding to all
    interfaces without naming hosts accepts any Host header (said on stderr)."""
    if extra:
        return [*extra, *LOOPBACK]
    if host in ("0.0.0.0", "::"):
        print("warning: serving on all interfaces and accepting any Host header; "
              "name the hosts with --allowed-host", file=sys.stderr)
        return ["*"]
    return list(dict.fromkeys([host, *LOOPBACK, "[::1]"]))


ENV = "WIREWATCH_SERVE"  # how `serve --workers N` hands its settings to the worker processes


def app_from_environment() -> FastAPI:
    """The app a uvicorn worker process builds (uvicorn imports a factory when it runs workers)."""
    from .app import create_app

    settings = json.loads(os.environ[ENV])
    return create_app(settings["db"], allow_ingest=settings["allow_ingest"], token=settings["token"],
                      allowed_hosts=settings["allowed_hosts"], cache_bytes=settings["cache_bytes"],
                      renderers=settings["renderers"])


MAX_DEFAULT_WORKERS = 8  # each holds its own connections and page cache: ~120 MB private on a 100k store


def default_workers() -> int:
    """One server process per two cores this process may run on (at least 1, at most 8). A process
    already uses more than one core, as SQLite runs outside the GIL on the thread pool, and every
    extra process splits the page cache: on 2 cores, 1 process had the lower p95 in each of three
    measured pairs (docs/benchmarks.md)."""
    return max(1, min(_cores() // 2, MAX_DEFAULT_WORKERS))


def default_renderers(workers: int) -> int:
    """Renderer processes per server process: together as many as the cores (0 on one core). On two
    quiet cores, 2 renderers answered twice the requests of the threads with p95 123 against 170 ms
    (docs/benchmarks.md, sixth round); on cores busy with other work they get less CPU than threads."""
    cores = _cores()
    return 0 if cores < 2 else max(1, cores // max(1, workers))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8765, allow_ingest: bool = False,
          allowed_hosts: list[str] | None = None, workers: int | None = None,
          cache_mb: int = 64, renderers: int | None = None) -> None:
    """Serve the app with uvicorn: `workers` processes (None: `default_workers()`), each with its
    own read connections, `cache_mb` MB of rendered pages and `renderers` worker processes computing
    the hot pages (renderers.py; 0: its thread pool; None: `default_renderers()`)."""
    import uvicorn

    from .app import create_app

    if not Path(db).exists():
        raise StoreError(f"no database at {db}; create one with `wirewatch ingest INPUT --db {db}`",
                         code="S006")
    token = None
    if allow_ingest:
        token = os.environ.get("WIREWATCH_TOKEN") or secrets.token_urlsafe(24)
        if "WIREWATCH_TOKEN" not in os.environ:
            print(f"ingest token (send as 'Authorization: Bearer TOKEN'): {token}", file=sys.stderr)
    hosts = allowed_hosts_for(host, allowed_hosts or [])
    shown = f"[{host}]" if ":" in host else host
    print(f"wirewatch: serving {db} at http://{shown}:{port}/ (API docs: /api/docs; Ctrl-C stops)",
          file=sys.stderr, flush=True)
    workers = default_workers() if workers is None else workers
    renderers = default_renderers(workers) if renderers is None else renderers
    cache_bytes = max(0, cache_mb) * 1024 * 1024
    if workers > 1:  # separate processes, each with its own read connections: uses every core
        os.environ[ENV] = json.dumps({"db": str(Path(db).resolve()), "allow_ingest": allow_ingest,
                                      "token": token, "allowed_hosts": hosts, "cache_bytes": cache_bytes,
                                      "renderers": renderers})
        uvicorn.run("wirewatch.web.server:app_from_environment", factory=True, host=host, port=port,
                    workers=workers, log_level="warning", server_header=False)
        return
    app = create_app(db, allow_ingest=allow_ingest, token=token, allowed_hosts=hosts, cache_bytes=cache_bytes,
                     renderers=renderers)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
