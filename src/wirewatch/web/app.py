"""The FastAPI application: HTML pages (each with a `.json` twin), the JSON API, security defaults.

    app = create_app("wirewatch.db")            # read-only
    app = create_app(db, allow_ingest=True, token="...")

Security defaults: only loopback Host headers are accepted unless `allowed_hosts` says otherwise
(DNS rebinding); no CORS headers, so other sites' scripts cannot read the API from a browser; every
response carries a Content-Security-Policy that allows scripts and styles from this server only;
Jinja2 autoescapes every template and stored text is never marked safe.
"""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import orjson
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import StoreError
from ..store import Store
from .cache import GENERATION_KEY, PageCache
from .cache import MAX_BYTES as CACHE_BYTES
from .renderers import Renderers

HERE = Path(__file__).resolve().parent
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
HEADER_BYTES = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
# static files change only with a new wirewatch: a day's lifetime, then an ETag revalidation
STATIC_CACHE = [(b"cache-control", b"public, max-age=86400")]


@functools.lru_cache(maxsize=8192)
def _encoded(key: str, value: str) -> str:
    """One `key=value` of a query string, as `urlencode` writes it. A facet list repeats the same
    few (the query, page=1) in each of its 30-odd links: kept, they cost a third (docs/web.md)."""
    return urlencode([(key, value)])


def replace_param(params: Any, name: str, value: Any, **also: Any) -> str:
    """The query string with a parameter set, and any in `also` (for pager, facet and option links):
    one pass, as a facet list makes a link per value."""
    pairs = parse_qsl(params, keep_blank_values=True) if isinstance(params, str) else params.multi_items()
    changed = {name: value, **also}
    items = [(k, v) for k, v in pairs if k not in changed]
    items += [(k, str(v)) for k, v in changed.items()]
    return "&".join(_encoded(k, v) for k, v in items)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")


@functools.cache
def templates() -> Jinja2Templates:
    engine = Jinja2Templates(directory=str(HERE / "templates"))
    engine.env.autoescape = True  # every template, whatever its extension
    # the templates ship with the package and change only with it: no file check on every render
    # (Jinja2 otherwise stats each template, and the ones it extends and imports, per page)
    engine.env.auto_reload = False
    engine.env.filters["replace_param"] = replace_param
    engine.env.filters["slug"] = slug
    return engine


def create_app(db: str | Path, *, allow_ingest: bool = False, token: str | None = None,
               allowed_hosts: list[str] | None = None, cache_bytes: int = CACHE_BYTES,
               renderers: int = 0) -> FastAPI:
    """The app over the store at `db`. `cache_bytes`: memory for rendered pages (0: none);
    `renderers`: worker processes computing the hot pages (renderers.py; 0: the thread pool)."""
    if allow_ingest and not token:
        raise ValueError("the ingest endpoint needs a token")
    store = Store(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # compile every template now, not on some analyst's first click (tens of ms each)
        engine = templates().env
        for name in engine.list_templates():
            engine.get_template(name)
        pool = Renderers(db, renderers) if renderers > 0 else None
        if pool is not None:
            await pool.start()
        app.state.renderers = pool
        try:
            yield
        finally:
            app.state.renderers = None
            if pool is not None:
                pool.close()
            store.close()

    app = FastAPI(title="wirewatch", version=_version(), docs_url=None, redoc_url=None, lifespan=lifespan,
                  openapi_url="/api/openapi.json",
                  description="Who said and did what to whom, and when: the JSON API over a wirewatch store. "
                              "Every HTML page also has a `.json` twin (`/article/UID.json`).")
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.token = token
    app.state.renderers = None  # started with the app (lifespan)
    # outermost last: security headers on every answer (even a refused Host), then the Host check
    # (before anything is served from the cache), then the page cache, then the hot pages' short
    # way past FastAPI's routing (hot.py)
    from .hot import HotPages

    app.add_middleware(HotPages)
    if cache_bytes > 0:
        app.add_middleware(PageCache, version=functools.partial(_data_version, store), cacheable=_cacheable,
                           max_bytes=cache_bytes)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS)
    app.add_middleware(SecurityHeaders)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return JSONResponse({"error": str(exc), "code": getattr(exc, "code", None)}, status_code=400)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    from .api import router as api_router
    from .pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)

    return app


def _data_version(store: Store) -> int | None:
    """The store's data version for the page cache; None (nothing kept) when the store cannot be
    read, and the page itself then says why."""
    try:
        return store.data_version()
    except StoreError:
        return None


def _cacheable(path: str) -> bool:
    """Pages and API reads come from the store; static files have their own ETags; ingest writes."""
    return not path.startswith(("/static/", "/api/ingest"))


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every answer, and a cache lifetime to static files
    (which Starlette already serves with an ETag, so a browser revalidates them with a 304)."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any],
                      send: Callable[..., Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = HEADER_BYTES + (STATIC_CACHE if scope["path"].startswith("/static/") else [])

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *((k, v) for k, v in extra if k not in present)]}
            await send(message)

        await self.app(scope, receive, with_headers)


def _version() -> str:
    from .. import __version__

    return str(__version__)


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def generation_of(request: Request) -> int | None:
    """The store generation the page cache saw for this request (None: nothing may be kept)."""
    value = request.scope.get(GENERATION_KEY)
    return value if isinstance(value, int) else None


def json_response(data: Any, status_code: int = 200) -> Response:
    """JSON through orjson, without FastAPI's per-value encoding pass (1 ms for a search answer,
    5 ms for 100 events); anything orjson does not know goes through FastAPI's encoder."""
    body = orjson.dumps(data, default=jsonable_encoder, option=orjson.OPT_NON_STR_KEYS)
    return Response(body, status_code=status_code, media_type="application/json")


def jsonable(value: Any) -> Any:
    """A page context without its HTML-only (`_`) keys."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
