"""The analyst's workbench: a web UI and a JSON API over a wirewatch store (`wirewatch serve`).

    app.py        the FastAPI application: middleware, security headers, error handling
    pages.py      HTML pages, each with a `.json` twin
    api.py        the JSON API under /api (OpenAPI schema at /api/openapi.json)
    views.py      what each page shows, as data
    highlight.py  the article text with its annotations as escaped runs
    charts.py     Vega-Lite specifications
    server.py     uvicorn, bound to loopback by default
    hot.py        the search, facets and article pages past FastAPI's routing
    cache.py      rendered pages kept until the store changes
    renderers.py  worker processes computing the hot pages (`serve --renderers N`)
"""

from .app import create_app

__all__ = ["create_app"]
