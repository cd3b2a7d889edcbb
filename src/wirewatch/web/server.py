"""Running the app with uvicorn: `wirewatch serve`."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

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


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8765, allow_ingest: bool = False,
          allowed_hosts: list[str] | None = None) -> None:
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
    app = create_app(db, allow_ingest=allow_ingest, token=token,
                     allowed_hosts=allowed_hosts_for(host, allowed_hosts or []))
    shown = f"[{host}]" if ":" in host else host
    print(f"wirewatch: serving {db} at http://{shown}:{port}/ (API docs: /api/docs; Ctrl-C stops)",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
