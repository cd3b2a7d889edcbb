"""The JSON API under /api: search, articles, stories, quotes, actors, events, trends, each paged.

Read-only, except `POST /api/ingest`, which exists only when the server was started with
`--allow-ingest` and wants `Authorization: Bearer TOKEN`.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Body, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..pipeline import LEVELS
from . import views
from .app import generation_of, json_response, jsonable, store_of, templates

router = APIRouter(prefix="/api", tags=["api"])
Page = Annotated[int, Query(ge=1, le=100_000, description="1-based page number")]
PerPage = Annotated[int, Query(ge=1, le=views.MAX_PER_PAGE, description="items per page")]
Per = Annotated[str, Query(pattern="^(story|article)$",
                           description="count a statement or act once per story thread, or every copy")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
MAX_INGEST_DOCUMENTS = 1000
MAX_INGEST_CHARS = 20_000_000


def _paged(items: list[Any], page: int, per_page: int) -> dict[str, Any]:
    return views.paging(page, per_page).cut(items)


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs(request: Request) -> Response:
    """The API reference, rendered on the server from the OpenAPI schema (no CDN, no script)."""
    schema = request.app.openapi()
    return templates().TemplateResponse(request, "api_docs.html", {"schema": schema})


@router.get("/search", summary="Full-text search with facets")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)],
           agency: str | None = None, since: Day = None, until: Day = None,
           country: Annotated[str | None, Query(description="ISO-3 country mentioned, e.g. PRK")] = None,
           actor: Annotated[str | None, Query(description="actor code prefix mentioned, e.g. KORGOV")] = None,
           type: Annotated[str | None, Query(description="PLOVER event type coded, e.g. ASSAULT")] = None,
           page: Page = 1, per_page: PerPage = 20) -> Response:
    filters = views.SearchFilters(agency=agency, since=since, until=until, country=country, actor=actor,
                                  type=type)
    found = views.search(store_of(request), q, filters, views.paging(page, per_page),
                         generation=generation_of(request))
    return json_response(jsonable(found))


@router.get("/articles", summary="Stored articles, newest first")
def articles(request: Request, agency: str | None = None, since: Day = None, until: Day = None,
             page: Page = 1, per_page: PerPage = 50) -> Response:
    pages = views.paging(page, per_page)
    rows = store_of(request).articles(agency=agency, since=since, until=until, limit=pages.per_page + 1,
                                      offset=pages.offset)
    return json_response({"items": list(rows[:pages.per_page]), "page": pages.page,
                          "per_page": pages.per_page, "has_next": len(rows) > pages.per_page})


@router.get("/articles/{key}", summary="One article: the SCHEMA record, its text and its story thread")
def article(request: Request, key: str) -> Response:
    found = views.article(store_of(request), key)
    if found is None:
        raise HTTPException(404, f"no article {key!r}")
    return json_response(jsonable(found))


@router.get("/stories", summary="Story threads, newest first")
def stories(request: Request, page: Page = 1, per_page: PerPage = 30,
            min_versions: Annotated[int, Query(ge=1)] = 1, agency: str | None = None) -> Response:
    found = views.stories(store_of(request), views.paging(page, per_page), min_versions, agency)
    return json_response(found)


@router.get("/stories/{story_id}", summary="One story thread with its versions and why each joined")
def story(request: Request, story_id: int) -> Response:
    found = store_of(request).story(story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id}")
    return json_response(found)


@router.get("/quotes", summary="Attributed quotes, newest first")
def quotes(request: Request, speaker: str | None = None, actor: str | None = None,
           q: Annotated[str | None, Query(max_length=500,
                                          description="full-text over content and speaker")] = None,
           per: Per = "story", page: Page = 1, per_page: PerPage = 50) -> Response:
    rows = store_of(request).quotes(speaker=speaker, actor=actor, search=q, per=per)
    return json_response(_paged(list(rows), page, per_page))


@router.get("/actors", summary="Coded actors with mentions, articles and quotes")
def actors(request: Request, country: str | None = None, page: Page = 1,
           per_page: PerPage = 50) -> Response:
    return json_response(_paged(list(store_of(request).actors(country=country)), page, per_page))


@router.get("/events", summary="Coded events, oldest first")
def events(request: Request, actor: str | None = None,
           dyad: Annotated[str | None, Query(description="SOURCE:TARGET code prefixes")] = None,
           type: str | None = None, since: Day = None, until: Day = None, per: Per = "story",
           page: Page = 1, per_page: PerPage = 50) -> Response:
    rows = store_of(request).events(actor=actor, dyad=dyad, type=type, since=since, until=until, per=per)
    return json_response(_paged(list(rows), page, per_page))


@router.get("/trends", summary="Events per week or month and PLOVER type, with mean Goldstein")
def trends(request: Request, actor: str | None = None, dyad: str | None = None, type: str | None = None,
           by: Annotated[str, Query(pattern="^(week|month)$")] = "month", since: Day = None,
           until: Day = None, per: Per = "story") -> Response:
    rows = store_of(request).trends(actor=actor, dyad=dyad, type=type, by=by, since=since, until=until,
                                    per=per)
    return json_response({"items": list(rows), "by": by, "per": per})


@router.get("/rejects", summary="Inputs that could not be stored, with the reason")
def rejects(request: Request, page: Page = 1, per_page: PerPage = 50) -> Response:
    return json_response(_paged(list(store_of(request).rejects()), page, per_page))


@router.get("/stats", summary="What the store holds")
def stats(request: Request) -> Response:
    return json_response(store_of(request).stats())


@router.post("/ingest", summary="Analyse and store documents (only with --allow-ingest and the token)")
def ingest(request: Request,
           documents: Annotated[list[dict[str, Any]], Body(
               embed=True, description='[{"id": "...", "text": "...", "published": "YYYY-MM-DD"?, '
                                       '"title": "..."?, "url": "..."?}]')],
           only: Annotated[str, Body(embed=True, pattern="^(structure|nlp|events)$")] = "events",
           authorization: Annotated[str | None, Header()] = None) -> Any:
    app = request.app
    if not app.state.allow_ingest:
        raise HTTPException(403, "ingest is disabled; start the server with --allow-ingest")
    expected = f"Bearer {app.state.token}"
    if authorization is None or not secrets.compare_digest(authorization.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})
    if only not in LEVELS:
        raise HTTPException(422, f"only must be one of {', '.join(LEVELS)}")
    if len(documents) > MAX_INGEST_DOCUMENTS:
        raise HTTPException(413, f"at most {MAX_INGEST_DOCUMENTS} documents per request")
    if sum(len(str(d.get("text", ""))) for d in documents) > MAX_INGEST_CHARS:
        raise HTTPException(413, f"at most {MAX_INGEST_CHARS} characters of text per request")
    with tempfile.TemporaryDirectory(prefix="wirewatch-ingest-") as tmp:
        path = Path(tmp) / "request.jsonl"  # the ordinary reader: same checks and rejects as the CLI
        path.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in documents))
        summary = store_of(request).ingest([path], only=only, text_field="text", id_field="id",
                                           date_field="published", title_field="title", url_field="url")
    return summary.to_dict()
