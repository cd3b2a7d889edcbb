"""Serving under load: the page cache and its invalidation, static files' ETags, `serve --workers`."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from store.conftest import analysed
from web.conftest import TOKEN, build_store
from wirewatch.store import Store
from wirewatch.web import create_app
from wirewatch.web.cache import Entry, LruBytes, PageCache

STORM = {"id": "storm-1", "published": "2021-03-03",
         "text": "Ports reopen after storm (story storm)\nBUSAN, March 3 (Yonhap) -- Ports in the south "
                 "reopened on Wednesday after a storm, officials said.\n(END)\n"}


def test_a_repeated_page_comes_from_the_cache_with_the_same_answer(client: TestClient) -> None:
    path = "/search?q=spokesperson&page=2"
    first, second = client.get(path), client.get(path)
    assert first.status_code == second.status_code == 200
    assert second.headers["x-cache"] == "hit" and second.text == first.text
    # the security headers are on cached answers too
    assert second.headers["content-security-policy"] == first.headers["content-security-policy"]


def test_an_ingest_through_the_api_shows_up_on_cached_pages(ingest_client: TestClient) -> None:
    before = ingest_client.get("/search.json", params={"q": "storm"})
    assert before.json()["items"] == []
    assert ingest_client.get("/search.json", params={"q": "storm"}).headers["x-cache"] == "hit"
    stored = ingest_client.post("/api/ingest", json={"documents": [STORM], "only": "structure"},
                                headers={"Authorization": f"Bearer {TOKEN}"})
    assert stored.status_code == 200 and stored.json()["stored"] == 1
    after = ingest_client.get("/search.json", params={"q": "storm"})
    assert after.headers["x-cache"] == "miss"
    assert [r["id"] for r in after.json()["items"]] == ["storm-1"]
    facets = ingest_client.get("/search/facets.json", params={"q": "storm"}).json()
    assert facets["total"] == 1


def test_an_ingest_by_another_process_shows_up_on_cached_pages(tmp_path: Path) -> None:
    db = build_store(tmp_path / "other.db")
    with TestClient(create_app(db, allowed_hosts=["testserver"])) as client:
        assert client.get("/api/stats").json()["articles"] == 33
        assert client.get("/search.json", params={"q": "story 77"}).json()["items"] == []
        assert client.get("/api/stats").headers["x-cache"] == "hit"
        # the CLI's ingest is another connection (here in another process): the data version moves
        script = ("import sys; sys.path[:0] = sys.argv[2:]\n"
                  "from store.conftest import analysed\nfrom wirewatch.store import Store\n"
                  "with Store(sys.argv[1]) as s: s.writer.write([analysed(77)], [], 'events')\n")
        subprocess.run([sys.executable, "-c", script, str(db), *sys.path], check=True, timeout=120)
        assert client.get("/api/stats").json()["articles"] == 34
        found = client.get("/search.json", params={"q": "story 77"}).json()["items"]
        assert [r["id"] for r in found] == ["story-77"]


def test_without_a_cache_nothing_is_kept_and_search_still_agrees(web_db: Path) -> None:
    with TestClient(create_app(web_db, allowed_hosts=["testserver"], cache_bytes=0)) as client:
        client.get("/stats")
        assert "x-cache" not in client.get("/stats").headers
        shown = client.get("/search.json", params={"q": "spokesperson talks"}).json()["items"]
    with Store(web_db) as store:
        expected = store.search("spokesperson talks", limit=20)
    assert [(r["uid"], r["snippet"]) for r in shown] == [(r["uid"], r["snippet"]) for r in expected]


def test_the_cache_keeps_to_its_byte_budget_dropping_the_least_recently_used() -> None:
    cache = LruBytes(max_bytes=250)
    for name in ("a", "b", "c"):
        cache.put((name, b""), Entry(200, [], b"x" * 100))
        cache.get(("a", b""))  # "a" stays in use
    assert cache.get(("b", b"")) is None  # the least recently used went out
    assert cache.get(("a", b"")) is not None and cache.get(("c", b"")) is not None
    assert cache.size == 200


def test_search_page_rows_are_the_stores_best_matches_with_its_snippets(client: TestClient,
                                                                       web_db: Path) -> None:
    with Store(web_db) as store:
        expected = store.search("spokesperson talks", limit=20)
    shown = client.get("/search.json", params={"q": "spokesperson talks"}).json()["items"]
    assert [(r["uid"], r["snippet"]) for r in shown] == [(r["uid"], r["snippet"]) for r in expected]
    assert all("**" in r["snippet"] for r in shown)


def test_static_files_have_etags_and_a_lifetime(client: TestClient) -> None:
    first = client.get("/static/vendor/htmx.min.js")
    assert first.status_code == 200 and first.headers["cache-control"] == "public, max-age=86400"
    etag = first.headers["etag"]
    again = client.get("/static/vendor/htmx.min.js", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert "x-cache" not in again.headers  # static files are not in the page cache


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def start_serve(db: Path, *options: str, timeout: float = 90) -> tuple[subprocess.Popen[str], str]:
    """`wirewatch serve --db DB OPTIONS` on a free loopback port, once it answers: the process and its
    base URL (the caller stops it with SIGINT)."""
    port = _free_port()
    command = [sys.executable, "-m", "wirewatch", "serve", "--db", str(db), "--port", str(port), *options]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(base + "/api/stats", timeout=5).status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            raise AssertionError(f"serve {' '.join(options)} did not start")
        time.sleep(0.2)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts worker processes through /proc")
def test_serve_with_workers_answers_from_several_processes(web_db: Path) -> None:
    server, base = start_serve(web_db, "--workers", "2")
    try:
        workers = [c for c in _children(server.pid)  # uvicorn spawns each worker with multiprocessing
                   if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
        assert len(workers) == 2
        page = httpx.get(base + "/search", params={"q": "spokesperson"})
        assert page.status_code == 200 and "story" in page.text
        assert httpx.get(base + "/stats", headers={"Host": "attacker.example"}).status_code == 400
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert server.returncode is not None


def test_the_data_version_moves_when_another_connection_commits(tmp_path: Path) -> None:
    # what each worker process's page cache watches
    db = build_store(tmp_path / "version.db")
    with Store(db) as reader, Store(db) as writer:
        seen = reader.data_version()
        assert reader.data_version() == seen
        writer.writer.write([analysed(78)], [], "events")
        assert reader.data_version() != seen


def test_an_answer_computed_across_a_commit_is_not_kept() -> None:
    import asyncio

    version = {"now": 1}

    async def app(scope: dict[str, object], receive: object, send: object) -> None:
        version["now"] += 1  # a commit lands while the page is being computed
        await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": b"stale?"})  # type: ignore[operator]

    cache = PageCache(app, version=lambda: version["now"], cacheable=lambda path: True)
    sent: list[dict[str, object]] = []

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    async def get() -> None:
        await cache({"type": "http", "method": "GET", "path": "/search", "query_string": b"q=x"},
                    lambda: None, send)

    asyncio.run(get())
    asyncio.run(get())
    starts = [m for m in sent if m["type"] == "http.response.start"]
    assert [dict(m["headers"])[b"x-cache"] for m in starts] == [b"miss", b"miss"]  # type: ignore[call-overload]
    assert cache.store.entries == {}


def test_a_store_that_cannot_be_read_is_an_error_answer_not_a_crash(tmp_path: Path) -> None:
    # the page cache reads the data version first: a missing store must still reach the page's
    # own error (400 with its code), not a 500 from the middleware
    with TestClient(create_app(tmp_path / "missing.db", allowed_hosts=["testserver"])) as client:
        answer = client.get("/api/stats")
    assert answer.status_code == 400 and answer.json()["code"] == "S006"
