"""HTML pages. Each is registered twice: `/path` renders a template, `/path.json` returns the same
data (as datasette does), so whatever a page shows can be fetched by a script."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import StoreError
from . import views
from .app import generation_of, json_response, jsonable, store_of, templates

router = APIRouter()
TEMPLATES = templates()
Page = Annotated[int, Query(ge=1, le=100_000)]
PerPage = Annotated[int, Query(ge=1, le=views.MAX_PER_PAGE)]
By = Annotated[str, Query(pattern="^(week|month)$")]
Per = Annotated[str, Query(pattern="^(story|article)$")]


def context_of(view: Callable[..., Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """A page's context: what `view` returns, or a 404 when it returns None."""
    context = view(**kwargs)
    if context is None:
        raise HTTPException(status_code=404, detail="not found")
    return dict(context)


def page(path: str, template: str, *, summary: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register `view` (which returns a context dict, or None for 404) as an HTML page and its twin."""
    def register(view: Callable[..., Any]) -> Callable[..., Any]:
        signature = inspect.signature(view)

        @functools.wraps(view)
        def as_json(**kwargs: Any) -> Response:
            return json_response(jsonable(context_of(view, kwargs)))

        @functools.wraps(view)
        def as_html(**kwargs: Any) -> Response:
            request: Request = kwargs["request"]
            context = context_of(view, kwargs)
            # relative, so a cached page is right whatever Host header asked for it
            query = request.url.query
            context["json_url"] = quote(request.url.path + ".json") + ("?" + query if query else "")
            return TEMPLATES.TemplateResponse(request, template, context)

        as_json.__signature__ = signature  # type: ignore[attr-defined]
        as_html.__signature__ = signature  # type: ignore[attr-defined]
        # the twin first: "/article/{key}" would otherwise also match "/article/x.json"
        router.add_api_route(path + ".json", as_json,
                             methods=["GET"], summary=summary + " (the page's data)", tags=["pages"])
        router.add_api_route(path, as_html, methods=["GET"], response_class=HTMLResponse,
                             include_in_schema=False)
        return view
    return register


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/", include_in_schema=False)
def home() -> Response:
    return RedirectResponse("/search", status_code=307)


@page("/search", "search.html", summary="Search with facets")
def search(request: Request, q: str = "", agency: str | None = None, since: str | None = None,
           until: str | None = None, country: str | None = None, actor: str | None = None,
           type: str | None = None, page: Page = 1, per_page: PerPage = 20) -> dict[str, Any]:
    filters = views.SearchFilters(agency=agency or None, since=since or None, until=until or None,
                                  country=country or None, actor=actor or None, type=type or None)
    pages = views.paging(page, per_page)
    try:
        return views.search_page(store_of(request), q, filters, pages, generation_of(request))
    except StoreError as exc:  # the page says what was wrong with the query, and keeps the form
        return {"q": q, "filters": filters.active(), "error": str(exc), **pages.cut([])}


@page("/search/facets", "facets.html", summary="Facet counts of a search (agency, country, event type)")
def search_facets(request: Request, q: str = "", agency: str | None = None, since: str | None = None,
                  until: str | None = None, country: str | None = None, actor: str | None = None,
                  type: str | None = None) -> dict[str, Any]:
    filters = views.SearchFilters(agency=agency or None, since=since or None, until=until or None,
                                  country=country or None, actor=actor or None, type=type or None)
    try:
        return views.facet_counts(store_of(request), q, filters, generation_of(request))
    except StoreError:
        return {"q": q, "filters": filters.active(), "facets": {}, "total": 0}


@page("/article/{key}", "article.html", summary="Article")
def article(request: Request, key: str) -> dict[str, Any] | None:
    return views.article(store_of(request), key)


@page("/stories", "stories.html", summary="Story threads")
def stories(request: Request, page: Page = 1, per_page: PerPage = 30,
            min_versions: Annotated[int, Query(ge=1)] = 2, agency: str | None = None) -> dict[str, Any]:
    return views.stories(store_of(request), views.paging(page, per_page), min_versions, agency or None)


@page("/story/{story_id}", "story.html", summary="One story thread")
def story(request: Request, story_id: int) -> dict[str, Any] | None:
    return views.story(store_of(request), story_id)


@page("/speaker/{name}", "speaker.html", summary="Everything a speaker said")
def speaker(request: Request, name: str, page: Page = 1, per_page: PerPage = 50,
            per: Per = "story") -> dict[str, Any]:
    return views.speaker(store_of(request), name, views.paging(page, per_page), per)


@page("/actor/{code}", "trend.html", summary="Events involving an actor")
def actor(request: Request, code: str, by: By = "month", per: Per = "story", page: Page = 1,
          per_page: PerPage = 50) -> dict[str, Any]:
    return views.actor(store_of(request), code, by, per, views.paging(page, per_page))


@page("/dyad/{source}/{target}", "trend.html", summary="Events from one actor to another")
def dyad(request: Request, source: str, target: str, by: By = "month", per: Per = "story", page: Page = 1,
         per_page: PerPage = 50) -> dict[str, Any]:
    return views.dyad(store_of(request), source, target, by, per, views.paging(page, per_page))


@page("/rejects", "rejects.html", summary="Inputs that could not be stored")
def rejects(request: Request, page: Page = 1, per_page: PerPage = 50) -> dict[str, Any]:
    return views.rejects(store_of(request), views.paging(page, per_page))


@page("/stats", "stats.html", summary="What the store holds")
def stats(request: Request) -> dict[str, Any]:
    return views.stats(store_of(request))
