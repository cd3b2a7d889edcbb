"""The JSON API and the pages' .json twins, through FastAPI's in-process client."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from web.conftest import TOKEN


def _uid_of(client: TestClient, query: str) -> str:
    items = client.get("/api/search", params={"q": query}).json()["items"]
    assert items, f"nothing found for {query!r}"
    return str(items[0]["uid"])


def test_search_pages_and_highlights(client: TestClient) -> None:
    first = client.get("/api/search", params={"q": "spokesperson", "per_page": 10}).json()
    second = client.get("/api/search", params={"q": "spokesperson", "per_page": 10, "page": 2}).json()
    assert first["total"] == second["total"] >= 30 and first["pages"] >= 3
    assert {r["uid"] for r in first["items"]}.isdisjoint(r["uid"] for r in second["items"])
    assert all("**" in (r["snippet"] or "") for r in first["items"])


def test_search_facets_filter_and_count(client: TestClient) -> None:
    everything = client.get("/api/search", params={"q": "spokesperson"}).json()
    agencies = dict(everything["facets"]["agency"])
    assert set(agencies) >= {"Yonhap", "unknown"}
    only = client.get("/api/search", params={"q": "spokesperson", "agency": "Yonhap"}).json()
    assert only["total"] == agencies["Yonhap"] < everything["total"]
    assert all(r["agency"] == "Yonhap" for r in only["items"])
    types = dict(everything["facets"]["type"])
    threats = client.get("/api/search", params={"q": "spokesperson", "type": "threaten"}).json()
    assert threats["total"] == types["THREATEN"] == 1
    march = client.get("/api/search", params={"q": "spokesperson", "since": "2021-03-01",
                                              "until": "2021-03-31"}).json()
    assert march["total"] == 6 and all(r["published"].startswith("2021-03") for r in march["items"])


@pytest.mark.parametrize("filters", [{}, {"agency": "Yonhap"}, {"type": "threaten"},
                                     {"since": "2021-03-01", "until": "2021-03-31"}, {"country": "KOR"}])
def test_the_facets_fragment_counts_what_the_search_counts(client: TestClient,
                                                          filters: dict[str, str]) -> None:
    # the fragment counts without building a page of rows (views.facet_counts): the same numbers
    params = {"q": "spokesperson", **filters}
    searched = client.get("/api/search", params=params).json()
    fragment = client.get("/search/facets.json", params=params).json()
    assert fragment == {"q": "spokesperson", "filters": searched["filters"], "facets": searched["facets"],
                        "total": searched["total"], "pool": searched["pool"]}
    assert fragment["total"] > 0


def test_every_page_has_a_json_twin_with_the_same_data(client: TestClient) -> None:
    uid = _uid_of(client, "story 40")
    page = client.get(f"/article/{uid}")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert f'href="/article/{uid}.json"' in page.text  # relative: right whatever the Host
    twin = client.get(f"/article/{uid}.json").json()
    assert twin == client.get(f"/api/articles/{uid}").json()
    assert twin["article"]["uid"] == uid and twin["article"]["events"][0]["type"] == "THREATEN"
    for path in ("/search?q=talks", "/stories", "/stats", "/rejects", "/actor/PRK", "/dyad/KOR/PRK",
                 "/speaker/Kim%20Min-ji"):
        twin = path.replace("?", ".json?") if "?" in path else path + ".json"
        html, data = client.get(path), client.get(twin)
        assert html.status_code == 200 and data.status_code == 200, path
        assert data.headers["content-type"] == "application/json", path


def test_articles_are_listed_newest_first_in_pages(client: TestClient) -> None:
    first = client.get("/api/articles", params={"per_page": 10}).json()
    second = client.get("/api/articles", params={"per_page": 10, "page": 2}).json()
    assert first["has_next"] and len(first["items"]) == 10
    days = [r["published"][:10] for r in first["items"] + second["items"]]
    assert days == sorted(days, reverse=True) and days[0] == "2021-07-05"
    assert all(r["story"] is not None for r in first["items"])


def test_article_lists_its_story_versions(client: TestClient) -> None:
    versions = [r for r in client.get("/api/search", params={"q": "\"story 1\""}).json()["items"]
                if r["headline"].endswith("(story 1)")]
    assert len(versions) == 2 and all(v["versions"] == 2 for v in versions)
    page = client.get("/search.json", params={"q": "\"story 1\""}).json()["items"]
    assert {r["versions"] for r in page if r["headline"].endswith("(story 1)")} == {2}
    twin = client.get(f"/article/{versions[0]['uid']}.json").json()
    assert {v["uid"] for v in twin["thread"]} == {v["uid"] for v in versions}
    story = client.get(f"/api/stories/{twin['story']}").json()
    assert story["articles"] == 2 and len(story["versions"]) == 2
    listed = client.get("/api/stories", params={"min_versions": 2}).json()["items"]
    assert [s["story"] for s in listed] == [twin["story"]]


def test_events_trends_and_quotes_count_once_per_story_unless_asked(client: TestClient) -> None:
    per_story = client.get("/api/events", params={"dyad": "KOR:PRK", "per_page": 100}).json()
    per_copy = client.get("/api/events", params={"dyad": "KOR:PRK", "per_page": 100, "per": "article"}).json()
    assert per_copy["total"] == per_story["total"] + 1 == 31
    trend = client.get("/api/trends", params={"dyad": "KOR:PRK"}).json()["items"]
    assert sum(r["events"] for r in trend) == 30
    quotes = client.get("/api/quotes", params={"speaker": "Kim Min-ji", "per_page": 100}).json()
    assert quotes["total"] == 31  # 30 stories + 1 from story 40; story 1's second version counted once


def test_dyad_page_data_feeds_the_chart(client: TestClient) -> None:
    data = client.get("/dyad/USA/PRK.json").json()
    assert data["dyad"] == "USA:PRK" and data["total"] == 1
    assert [(r["period"], r["type"], r["events"]) for r in data["trend"]] == [("2021-07", "THREATEN", 1)]
    page = client.get("/dyad/USA/PRK").text
    assert 'type="application/json" id="spec-' in page and '"THREATEN"' in page


def test_missing_things_are_404_and_bad_parameters_422(client: TestClient) -> None:
    assert client.get("/article/no-such-uid").status_code == 404
    assert client.get("/api/articles/no-such-uid").status_code == 404
    assert client.get("/api/stories/999999").status_code == 404
    assert client.get("/api/search", params={"q": "x", "per_page": 1000}).status_code == 422
    assert client.get("/api/events", params={"since": "last week"}).status_code == 422
    assert client.get("/api/trends", params={"by": "year"}).status_code == 422
    bad_dyad = client.get("/api/events", params={"dyad": "KOR"})
    assert bad_dyad.status_code == 400 and bad_dyad.json()["code"] == "S011"


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/search", "/api/articles/{key}", "/api/stories", "/api/stories/{story_id}",
                 "/api/quotes", "/api/actors", "/api/events", "/api/trends", "/api/ingest",
                 "/article/{key}.json", "/dyad/{source}/{target}.json"):
        assert path in schema["paths"], path
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "GET /api/search" in docs.text and "cdn" not in docs.text.lower()


def test_read_only_by_default(client: TestClient) -> None:
    refused = client.post("/api/ingest", json={"documents": [{"id": "x", "text": "Hello there."}]},
                          headers={"Authorization": f"Bearer {TOKEN}"})
    assert refused.status_code == 403


def test_ingest_needs_the_token_and_stores_with_its_story(ingest_client: TestClient) -> None:
    document = {"id": "api-1", "text": "Ports reopen after storm (story api)\nBUSAN, March 3 (Yonhap) -- "
                "Ports in the south reopened on Wednesday after a storm, officials said.\n(END)\n",
                "published": "2021-03-03"}
    assert ingest_client.post("/api/ingest", json={"documents": [document]}).status_code == 401
    wrong = ingest_client.post("/api/ingest", json={"documents": [document]},
                               headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    done = ingest_client.post("/api/ingest", json={"documents": [document, {"id": "empty", "text": ""}],
                                                   "only": "structure"},
                              headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 200, done.text
    assert done.json()["stored"] == 1 and done.json()["rejected"] == 1
    found = ingest_client.get("/api/search", params={"q": "storm"}).json()["items"]
    assert [r["id"] for r in found] == ["api-1"]
    assert ingest_client.get(f"/api/articles/{found[0]['uid']}").json()["story"] is not None
