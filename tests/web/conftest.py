"""A small store for the web tests (hand-built analyses, no model), the app on it, and a live server."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from store.conftest import analysed
from wirewatch.pipeline import analyze_structure
from wirewatch.records import Actor, Document, Entity, Quote
from wirewatch.store import Store
from wirewatch.web import create_app

TOKEN = "test-token-123"
HOSTILE_HEADLINE = "<script>alert('headline')</script> Hostile copy"
HOSTILE_SPEAKER = '<img src=x onerror="alert(5)">'
HOSTILE_TEXT = (
    f"{HOSTILE_HEADLINE}\n"
    "SEOUL, March 2 (Yonhap) -- Officials read <script>alert(1)</script> aloud, and a page "
    "showed <img src=x onerror=\"alert(2)\"> and <a href=\"javascript:alert(3)\">a link</a>.\n"
    "Terminal codes \x1b[31mred\x1b[0m and entities &lt;b&gt; stayed as text.\n"
    f"\"Nothing here runs,\" {HOSTILE_SPEAKER} said.\n"
    "(END)\n")


def hostile_article() -> object:
    document = Document(id="hostile-1", text=HOSTILE_TEXT, source="wire/hostile.txt",
                        url="javascript:alert(4)", date="2021-03-02")
    article = analyze_structure(document)
    s = HOSTILE_TEXT.index(HOSTILE_SPEAKER)
    e = s + len(HOSTILE_SPEAKER)
    qs = HOSTILE_TEXT.index('"Nothing')
    qe = HOSTILE_TEXT.index('"', qs + 1) + 1
    speaker = Actor(name=HOSTILE_SPEAKER, code="KORGOV", country="KOR", sector="GOV")
    article.entities = [Entity(text=HOSTILE_SPEAKER, label="PERSON", start=s, end=e, actor=speaker)]
    article.quotes = [Quote(type="direct", content=HOSTILE_TEXT[qs:qe], content_start=qs, content_end=qe,
                            speaker=HOSTILE_SPEAKER, speaker_start=s, speaker_end=e, speaker_actor=speaker)]
    return article


def _day(offset: int) -> str:
    return (date(2021, 1, 1) + timedelta(days=offset)).isoformat()


def build_store(path: Path) -> Path:
    """30 stories (KOR -> PRK requests on several days), a second version of story 1, a USA -> PRK
    threat, and one hostile article."""
    with Store(path) as store:
        # a story every 5 days: templated copy from one agency a day apart would (rightly) look like
        # one story updated
        articles = [analysed(n, date=_day(5 * n)) for n in range(1, 31)]
        articles.append(analysed(1, date=_day(5), extra="Officials said more talks would follow."))
        articles.append(analysed(40, date="2021-07-05", event=("USA", "PRK", "THREATEN")))
        articles.append(hostile_article())  # type: ignore[arg-type]
        store.writer.write(articles, [], "events")
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    app = create_app(web_db, allowed_hosts=["testserver"])
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def ingest_client(tmp_path: Path) -> Iterator[TestClient]:
    db = build_store(tmp_path / "ingest.db")
    app = create_app(db, allow_ingest=True, token=TOKEN, allowed_hosts=["testserver"])
    with TestClient(app) as test_client:
        yield test_client


class LiveServer:
    """The app served by uvicorn on 127.0.0.1 (a free port) in a background thread."""

    def __init__(self, db: Path) -> None:
        app = create_app(db)  # default Host policy: loopback names only
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_url(web_db: Path) -> Iterator[str]:
    with LiveServer(web_db) as url:
        yield url
