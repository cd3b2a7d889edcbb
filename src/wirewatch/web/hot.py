"""A short way through for the pages analysts hit most: the search page, its facets fragment and
the article page.

Through FastAPI, such a page spends about 0.4 ms before and after its own work (matching the path
against every route, resolving the endpoint's parameters, `TemplateResponse`), as much as a whole
article page takes to compute and render. `HotPages` is an ASGI middleware that answers these three
pages itself when the request is in the usual shape: known query parameters, each given once,
numbers in range. It calls the same page functions (pages.py) with the same values and renders the
same template in one trip to the thread pool, or, with `serve --renderers N`, to a worker process
(renderers.py). Anything else (a repeated or malformed parameter, a
`.json` twin, another page) goes on to FastAPI, which answers it, or says what is wrong (422), as
before. The Host check, the page cache and the security headers are outer middlewares, so they
apply here as to every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, quote

import anyio.to_thread
import orjson
from fastapi import HTTPException
from starlette.requests import Request

from ..errors import StoreError
from . import pages, views

Scope = dict[str, Any]
Send = Callable[[dict[str, Any]], Any]
ASGIApp = Callable[..., Any]

SEARCH_TEXT = ("q", "agency", "since", "until", "country", "actor", "type")
# query parameter -> (lowest, highest) for the numbers pages.py declares with Query(ge=, le=)
NUMBERS = {"page": (1, 100_000), "per_page": (1, views.MAX_PER_PAGE)}
HOT = {  # path -> (page function, its template, the parameters it takes)
    "/search": (pages.search, "search.html", (*SEARCH_TEXT, "page", "per_page")),
    "/search/facets": (pages.search_facets, "facets.html", SEARCH_TEXT),
}
ARTICLE = "/article/"


def _arguments(query_string: bytes, allowed: tuple[str, ...]) -> dict[str, Any] | None:
    """The page function's keyword arguments from the query string, or None when FastAPI should
    handle it (an unknown or repeated parameter, a number out of range or not a number)."""
    arguments: dict[str, Any] = {}
    for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                                 errors="replace"):
        if name not in allowed or name in arguments:
            return None
        if name in NUMBERS:
            low, high = NUMBERS[name]
            if not (value.isascii() and value.isdigit() and low <= int(value) <= high):
                return None
            arguments[name] = int(value)
        else:
            arguments[name] = value
    return arguments


class HotPages:
    """ASGI middleware answering the hot pages directly (see the module's docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Callable[..., Any], send: Send) -> None:
        route = self.route(scope)
        if route is None:
            await self.app(scope, receive, send)
            return
        renderers = getattr(scope["app"].state, "renderers", None) if "app" in scope else None
        answer: tuple[int, bytes, str] | None = None
        if renderers is not None:
            answer = await renderers.render(scope, query=route[2].get("q"))
        if answer is None:  # no worker processes (renderers.py), or their pool broke
            answer = await anyio.to_thread.run_sync(self.answer, scope, *route)
        status, body, media = answer
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", media.encode()),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def route(scope: Scope) -> tuple[Callable[..., Any], str, dict[str, Any]] | None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        path: str = scope["path"]
        if path in HOT:
            view, template, allowed = HOT[path]
            arguments = _arguments(scope.get("query_string", b""), allowed)
            return None if arguments is None else (view, template, arguments)
        key = path[len(ARTICLE):]
        if (path.startswith(ARTICLE) and key and "/" not in key and not key.endswith(".json")
                and not scope.get("query_string")):
            return pages.article, "article.html", {"key": key}
        return None

    @staticmethod
    def answer(scope: Scope, view: Callable[..., Any], template: str,
               arguments: dict[str, Any]) -> tuple[int, bytes, str]:
        """What pages.py's HTML route answers: the page, its 404, or the app's StoreError answer."""
        request = Request(scope)
        try:
            context = pages.context_of(view, {"request": request, **arguments})
        except HTTPException as exc:
            return exc.status_code, orjson.dumps({"detail": exc.detail}), "application/json"
        except StoreError as exc:  # as the app's StoreError handler answers
            body = orjson.dumps({"error": str(exc), "code": getattr(exc, "code", None)})
            return 400, body, "application/json"
        query = request.url.query  # as pages.py builds it, so the twin's link is the same
        context["json_url"] = quote(request.url.path + ".json") + ("?" + query if query else "")
        context["request"] = request
        html = pages.TEMPLATES.get_template(template).render(context)
        return 200, html.encode("utf-8"), "text/html; charset=utf-8"
