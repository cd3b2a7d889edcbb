"""The hot pages' short way past FastAPI (web/hot.py) answers exactly as the FastAPI routes do."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wirewatch.web import create_app, hot

SAME_AS_FASTAPI = [
    "/search?q=spokesperson",
    "/search?q=spokesperson&page=2&per_page=5",
    "/search?q=said&agency=Yonhap&since=2021-01-01&until=2021-12-31",
    "/search?q=%22not+closed",  # a query the store refuses: the page says so
    "/search?q=",
    "/search",
    "/search/facets?q=said",
    "/search/facets?q=said&country=PRK",
    "/search/facets?q=%3Cscript%3E",
    "/article/no-such-uid",
    "/search?q=caf%C3%A9+%E2%80%9Cquoted%E2%80%9D&page=1",
    "/search/facets?q=a%26b%3Dc&agency=",
    "/article/a%3Fb%20c",
]


@pytest.fixture(scope="module")
def both(web_db: Path) -> tuple[TestClient, TestClient]:
    """The app twice, without the page cache: with the short way, and with it turned off."""
    short = TestClient(create_app(web_db, allowed_hosts=["testserver"], cache_bytes=0))
    full = TestClient(create_app(web_db, allowed_hosts=["testserver"], cache_bytes=0))
    kept = [m for m in full.app.user_middleware if m.cls is not hot.HotPages]
    assert len(kept) == len(full.app.user_middleware) - 1
    full.app.user_middleware = kept
    with short, full:
        yield short, full


def article_paths(client: TestClient) -> list[str]:
    found = client.get("/search.json?q=said&per_page=5").json()["items"]
    return [f"/article/{row['uid']}" for row in found]


@pytest.mark.parametrize("path", SAME_AS_FASTAPI)
def test_the_short_way_gives_fastapis_answer(both: tuple[TestClient, TestClient], path: str) -> None:
    short, full = both
    mine, theirs = short.get(path), full.get(path)
    assert (mine.status_code, mine.headers["content-type"]) == (theirs.status_code,
                                                                 theirs.headers["content-type"])
    assert mine.content == theirs.content
    assert mine.headers["content-security-policy"] == theirs.headers["content-security-policy"]


def test_article_pages_through_the_short_way_match_fastapi(both: tuple[TestClient, TestClient]) -> None:
    short, full = both
    paths = article_paths(short)
    assert paths
    for path in paths:
        mine, theirs = short.get(path), full.get(path)
        assert mine.status_code == theirs.status_code == 200
        assert mine.content == theirs.content


@pytest.mark.parametrize("path", ["/search?q=x&page=0", "/search?q=x&per_page=101", "/search?q=x&page=two"])
def test_bad_numbers_still_get_fastapis_422(both: tuple[TestClient, TestClient], path: str) -> None:
    short, _ = both
    assert short.get(path).status_code == 422


def test_what_the_short_way_leaves_to_fastapi() -> None:
    # anything unusual goes the full way: a repeated or unknown parameter, a .json twin, a deeper path
    assert hot._arguments(b"q=a&q=b", hot.SEARCH_TEXT) is None
    assert hot._arguments(b"q=a&zz=1", hot.SEARCH_TEXT) is None
    assert hot._arguments(b"q=a&page=3", (*hot.SEARCH_TEXT, "page")) == {"q": "a", "page": 3}
    scope = {"type": "http", "method": "GET", "query_string": b""}
    assert hot.HotPages.route({**scope, "path": "/article/x.json"}) is None
    assert hot.HotPages.route({**scope, "path": "/article/a/b"}) is None
    assert hot.HotPages.route({**scope, "method": "HEAD", "path": "/article/x"}) is None
    assert hot.HotPages.route({**scope, "path": "/article/x"}) is not None


def test_a_store_that_cannot_be_read_is_the_same_400_on_the_short_way(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "missing.db", allowed_hosts=["testserver"])) as client:
        answer = client.get("/article/anything")
    assert answer.status_code == 400 and answer.json()["code"] == "S006"
