"""Hot pages computed by worker processes (`serve --renderers N`, web/renderers.py): the same answers
as on the server's threads, kept by the page cache and dropped on ingest the same way, and no
request lost when a worker dies."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from web.conftest import TOKEN, build_store
from web.test_hot import SAME_AS_FASTAPI, article_paths
from web.test_serving import STORM, _children, start_serve
from wirewatch.web import create_app
from wirewatch.web import server as server_module


@pytest.fixture(scope="module")
def pair(web_db: Path) -> Iterator[tuple[TestClient, TestClient]]:
    """The app with two renderer processes and without, no page cache (every page computed)."""
    pooled = TestClient(create_app(web_db, allowed_hosts=["testserver"], cache_bytes=0, renderers=2))
    threaded = TestClient(create_app(web_db, allowed_hosts=["testserver"], cache_bytes=0))
    with pooled, threaded:
        yield pooled, threaded


def test_worker_processes_give_the_threads_answer_byte_for_byte(pair: tuple[TestClient, TestClient]) -> None:
    pooled, threaded = pair
    assert len(pooled.app.state.renderers.workers) == 2
    paths = [*SAME_AS_FASTAPI, *article_paths(threaded), "/search?q=said&page=6"]
    for path in paths:
        mine, theirs = pooled.get(path), threaded.get(path)
        assert (mine.status_code, mine.headers["content-type"]) == (theirs.status_code,
                                                                     theirs.headers["content-type"]), path
        assert mine.content == theirs.content, path
        assert mine.headers["content-security-policy"] == theirs.headers["content-security-policy"]


def test_a_dead_worker_loses_no_request_and_is_replaced(web_db: Path) -> None:
    with TestClient(create_app(web_db, allowed_hosts=["testserver"], cache_bytes=0, renderers=1)) as client:
        expected = client.get("/search?q=said").content
        pool = client.app.state.renderers
        victim = pool.workers[0].process
        os.kill(victim.pid, signal.SIGKILL)
        victim.join(timeout=10)
        answer = client.get("/search?q=said")  # the server computes it itself
        assert answer.status_code == 200 and answer.content == expected
        deadline = time.monotonic() + 60
        while not (pool.workers and pool.workers[0].process is not victim):
            assert time.monotonic() < deadline, "the dead worker was not replaced"
            client.get("/stats")  # lets the app's event loop run
            time.sleep(0.1)
        replacement = pool.workers[0].process
        assert replacement.is_alive() and client.get("/search?q=said").content == expected


def test_with_workers_an_ingest_shows_up_on_cached_pages(tmp_path: Path) -> None:
    db = build_store(tmp_path / "ingest.db")
    app = create_app(db, allow_ingest=True, token=TOKEN, allowed_hosts=["testserver"], renderers=1)
    with TestClient(app) as client:
        assert "Ports reopen after storm" not in client.get("/search", params={"q": "storm"}).text
        assert client.get("/search", params={"q": "storm"}).headers["x-cache"] == "hit"
        stored = client.post("/api/ingest", json={"documents": [STORM], "only": "structure"},
                             headers={"Authorization": f"Bearer {TOKEN}"})
        assert stored.status_code == 200 and stored.json()["stored"] == 1
        after = client.get("/search", params={"q": "storm"})
        assert after.headers["x-cache"] == "miss" and "Ports reopen after storm" in after.text


def test_a_store_that_cannot_be_read_is_the_same_400_from_a_worker(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "missing.db", allowed_hosts=["testserver"], renderers=1)) as client:
        answer = client.get("/article/anything")
    assert answer.status_code == 400 and answer.json()["code"] == "S006"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts worker processes through /proc")
def test_serve_with_renderers_answers_through_its_workers_and_stops_them(web_db: Path) -> None:
    server, base = start_serve(web_db, "--workers", "1", "--renderers", "2")
    try:
        workers = [c for c in _children(server.pid)
                   if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
        assert len(workers) == 2
        page = httpx.get(base + "/search", params={"q": "spokesperson"})
        assert page.status_code == 200 and "story" in page.text and page.headers["x-cache"] == "miss"
        assert httpx.get(base + "/search", params={"q": "spokesperson"}).headers["x-cache"] == "hit"
        assert httpx.get(base + "/stats", headers={"Host": "attacker.example"}).status_code == 400
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert not [w for w in workers if _running(w)], "renderer processes outlived the server"


def _running(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.parametrize(("cores", "workers", "expected"),
                         [(1, 1, 0), (2, 1, 2), (4, 2, 2), (8, 4, 2), (3, 2, 1)])
def test_serve_defaults_to_as_many_renderers_in_all_as_cores(monkeypatch: pytest.MonkeyPatch, cores: int,
                                                             workers: int, expected: int) -> None:
    # one core: the pages stay on the server's threads; otherwise the renderers share out the cores
    monkeypatch.setattr(server_module, "_cores", lambda: cores)
    assert server_module.default_renderers(workers) == expected
