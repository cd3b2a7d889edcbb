"""Hostile article text is shown inert, input never reaches SQL as SQL, and the defaults hold."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from web.conftest import HOSTILE_SPEAKER
from wirewatch.web.highlight import marked_text


def _hostile_uid(client: TestClient) -> str:
    return str(client.get("/api/search", params={"q": "Hostile copy"}).json()["items"][0]["uid"])


def test_article_markup_in_the_text_is_escaped_everywhere(client: TestClient) -> None:
    uid = _hostile_uid(client)
    for path in (f"/article/{uid}", "/search?q=Hostile", "/speaker/" + HOSTILE_SPEAKER, "/actor/KORGOV"):
        page = client.get(path)
        assert page.status_code == 200, path
        html = page.text
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html and 'onerror="alert' not in html, path
        assert not re.search(r"""href=["']?\s*javascript:""", html, re.I), path
    article = client.get(f"/article/{uid}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article  # shown as text, not dropped
    assert "&lt;img src=x onerror=" in article
    assert "&amp;lt;b&amp;gt;" in article  # already-escaped entities stay literally visible
    assert "\x1b" not in article or "\x1b[31mred" in article  # terminal codes pass through as text


def test_javascript_url_is_not_a_link(client: TestClient) -> None:
    page = client.get(f"/article/{_hostile_uid(client)}").text
    assert "javascript:alert(4)" in page  # shown
    assert 'href="javascript:' not in page


def test_tojson_spec_cannot_close_its_script_tag(client: TestClient) -> None:
    page = client.get("/speaker/" + HOSTILE_SPEAKER).text
    blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)
    assert blocks and all("<" not in block for block in blocks)


def test_search_input_never_runs_as_sql(client: TestClient, web_db: Path) -> None:
    for query in ("'; DROP TABLE articles; --", "\" OR 1=1 --", "x) UNION SELECT * FROM articles --",
                  "NEAR(", "*", "\x00", "spokesperson' AND '1'='1"):
        for path in ("/api/search", "/search"):
            response = client.get(path, params={"q": query})
            assert response.status_code in (200, 400, 422), (path, query, response.status_code)
    for name in ("%' OR '1'='1", "Robert'); DROP TABLE quotes;--"):
        assert client.get("/api/quotes", params={"speaker": name}).json()["total"] == 0
    conn = sqlite3.connect(web_db)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 33
    conn.close()


def test_security_headers_and_no_cors(client: TestClient) -> None:
    response = client.get("/search", headers={"Origin": "https://evil.example"})
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in response.headers
    api = client.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in api.headers


def test_unknown_host_headers_are_refused(live_url: str) -> None:
    assert httpx.get(live_url + "/stats").status_code == 200
    rebound = httpx.get(live_url + "/stats", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400


def test_served_over_real_http_on_loopback(live_url: str) -> None:
    assert live_url.startswith("http://127.0.0.1:")
    page = httpx.get(live_url + "/search", params={"q": "spokesperson"})
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    data = httpx.get(live_url + "/search.json", params={"q": "spokesperson"}).json()
    assert len(data["items"]) == 20 and data["pages"] == 2  # page 1, and there is a next one
    facets = httpx.get(live_url + "/search/facets.json", params={"q": "spokesperson"}).json()
    assert facets["total"] >= 30 and dict(facets["facets"]["agency"])["Yonhap"] >= 1
    vendor = httpx.get(live_url + "/static/vendor/vega-embed.min.js")
    assert vendor.status_code == 200 and "javascript" in vendor.headers["content-type"]


def test_marked_text_covers_the_input_exactly() -> None:
    record = {"text": "Choi said Tuesday.", "entities": [
        {"text": "Choi", "start": 0, "end": 4,
         "actor": {"code": "KORGOV", "country": "KOR", "name": "Choi"}}],
        "quotes": [], "timexes": [{"text": "Tuesday", "start": 10, "end": 17, "type": "DATE",
                                   "value": "2021-10-05"}],
        "events": [{"start": 0, "end": 99, "type": "BAD"}]}  # a span past the end is left out
    runs = marked_text(record)
    assert "".join(r.text for r in runs) == record["text"]
    marked = [(r.text, r.classes) for r in runs if r.notes]
    assert marked == [("Choi", "n-actor hue-4"), ("Tuesday", "n-timex")]
    assert "2021-10-05" in runs[-2].title
