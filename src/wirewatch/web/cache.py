"""Rendered responses kept in memory, keyed by URL, dropped whenever the store changes.

The workbench's store changes only on ingest, while analysts ask for the same searches, facets and
articles again and again; a page rendered once can be served from memory until the next commit.
`PageCache` is an ASGI middleware: for a GET whose answer was a 200, it keeps the status, headers
and body (least recently used first out, within a byte budget) under (path, query string).

Invalidation: before every request it reads the store's data version (SQLite's `PRAGMA
data_version` on one connection, which changes when any other connection, in this process or
another, commits). A change empties the cache. An answer is kept only if no change was seen while
it was being computed, and an answer computed across a commit nobody had seen yet is dropped by
the very next request, which sees it. A backend without a data version (PostgreSQL) is not cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Any]
Send = Callable[[Message], Any]
ASGIApp = Callable[[Scope, Receive, Send], Any]

MAX_BYTES = 64 * 1024 * 1024  # per server process
MAX_ENTRY = 2 * 1024 * 1024  # larger answers (a long article's JSON) are not worth a slot
GENERATION_KEY = "wirewatch.generation"  # in the ASGI scope: views key their own caches with it


@dataclass(slots=True, frozen=True)
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class LruBytes:
    """An LRU map whose budget is the total size of the bodies it holds. Thread-safe."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[str, bytes]) -> Entry | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self.entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: tuple[str, bytes], entry: Entry) -> None:
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self.entries[key] = entry
            self.size += len(entry.body)
            while self.size > self.max_bytes and self.entries:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped.body)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.size = 0


class PageCache:
    """ASGI middleware serving repeated GETs from memory until the store's data version changes.

    `version` returns the store's current data version (None: do not cache); `cacheable` says which
    paths may be kept (not the ingest endpoint, not the static files, which have their own ETags)."""

    def __init__(self, app: ASGIApp, *, version: Callable[[], int | None],
                 cacheable: Callable[[str], bool], max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.version = version
        self.cacheable = cacheable
        self.store = LruBytes(max_bytes)
        self.seen: int | None = None
        self.generation = 0  # bumped whenever the data version is seen to change

    def current_generation(self) -> int | None:
        version = self.version()
        if version is None:
            return None
        if version != self.seen:
            if self.seen is not None:
                self.store.clear()
                self.generation += 1
            self.seen = version
        return self.generation

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not self.cacheable(scope["path"]):
            await self.app(scope, receive, send)
            return
        generation = self.current_generation()
        if generation is None:
            await self.app(scope, receive, send)
            return
        scope[GENERATION_KEY] = generation
        key = (scope["path"], scope.get("query_string", b""))
        entry = self.store.get(key)
        if entry is not None:
            await send({"type": "http.response.start", "status": entry.status,
                        "headers": [*entry.headers, (b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": entry.body})
            return
        started: Message = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)
        body = b"".join(chunks)
        if (started.get("status") == 200 and len(body) <= MAX_ENTRY
                and self.current_generation() == generation):
            self.store.put(key, Entry(200, list(started.get("headers", [])), body))
