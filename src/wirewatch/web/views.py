"""What each page shows, as plain data: the HTML page renders it, its `.json` twin returns it.

Keys starting with `_` are for the HTML page only (marked-up text runs, chart specs already in the
data) and are left out of the JSON twin.
"""

from __future__ import annotations

import functools
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..events.trends import period_of
from ..store import Store
from . import charts
from .highlight import marked_text, snippet_html

SEARCH_POOL = 100  # facets are counted over the best matches, and filters pick from them
# A query matching more articles than this ranks the newest RANKED_NEWEST of them (the library's
# default window too, store/ranking.py): bm25 reads every ranked match's positions, 6 ms for 5,000
# on the 100k store against 2 ms for 1,000, and a page shows the best 20 of them
RANKED_NEWEST = 1000
MAX_PER_PAGE = 100
FILTERS = ("agency", "since", "until", "country", "actor", "type")


@dataclass(slots=True, frozen=True)
class Paging:
    page: int = 1
    per_page: int = 20

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def cut(self, items: list[Any]) -> dict[str, Any]:
        chunk = items[self.offset:self.offset + self.per_page]
        return {"items": chunk, "page": self.page, "per_page": self.per_page, "total": len(items),
                "pages": max(1, -(-len(items) // self.per_page))}


def paging(page: int, per_page: int) -> Paging:
    return Paging(max(1, page), min(max(1, per_page), MAX_PER_PAGE))


@dataclass(slots=True, frozen=True)
class SearchFilters:
    agency: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    actor: str | None = None
    type: str | None = None

    def active(self) -> dict[str, str]:
        return {k: v for k in FILTERS if (v := getattr(self, k))}

    def keep(self, row: dict[str, Any], facets: dict[str, list[str]], skip: str | None = None) -> bool:
        if not any(getattr(self, name) for name in FILTERS if name != skip):
            return True  # the usual case, 400 times per facets request: no checks to build
        day = (row.get("published") or "")[:10]
        checks = {
            "agency": lambda: (row.get("agency") or "unknown") == self.agency,
            "since": lambda: bool(day) and day >= str(self.since),
            "until": lambda: bool(day) and day <= str(self.until),
            "country": lambda: str(self.country).upper() in facets["countries"],
            "actor": lambda: any(code.startswith(str(self.actor).upper()) for code in facets["actors"]),
            "type": lambda: str(self.type).upper() in facets["event_types"],
        }
        return all(check() for name, check in checks.items() if getattr(self, name) and name != skip)


def _ranked(store: Store, q: str, limit: int, snippets: bool = True) -> list[dict[str, Any]]:
    try:
        return list(store.search(q, limit=limit, snippets=snippets, rank_newest=RANKED_NEWEST))
    except sqlite3.Error as exc:  # a query the search compiler let through but SQLite refused
        raise StoreError(f"cannot search for {q!r}: {exc}", code="S010") from exc


# pools kept per process: 60 KB each on the 100k store, so up to 120 MB. With the renderers' query
# affinity (renderers.py), 2,048 against 512 cut the bench's rankings 13 % (docs/benchmarks.md)
POOLS_KEPT = 2048


@functools.lru_cache(maxsize=POOLS_KEPT)
def _cached_pool(store: Store, q: str, generation: int) -> tuple[dict[str, Any], ...]:
    return tuple(_ranked(store, q, SEARCH_POOL, snippets=False))


def pool_of(store: Store, q: str, generation: int | None) -> tuple[dict[str, Any], ...]:
    """The `SEARCH_POOL` best matches, without snippets. The search page, its facets fragment and
    the API share them: ranking is most of a search's cost, and a browser asks for the page and its
    facets one after the other. Kept per store `generation` (web/cache.py), which changes with the
    store; None: not kept. Callers must not change the rows."""
    if generation is None:
        return tuple(_ranked(store, q, SEARCH_POOL, snippets=False))
    return _cached_pool(store, q, generation)


def _with_snippets(store: Store, q: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = store.snippets(q, (r["uid"] for r in rows)) if rows else {}
    return [{**r, "snippet": found.get(r["uid"])} for r in rows]


def search_page(store: Store, q: str, filters: SearchFilters, pages: Paging,
                generation: int | None = None) -> dict[str, Any]:
    """The search page: without filters, the page's rows come from the shared pool when it is kept
    (else, and past it, from a ranking of just enough rows) and only they get snippets; facet counts
    come from `search`, fetched separately by the page. With filters, the pool is filtered."""
    if filters.active():
        filtered = search(store, q, filters, pages, generation=generation)
        filtered.pop("facets")
        return filtered
    context: dict[str, Any] = {"q": q, "filters": {}, "pool": SEARCH_POOL, **pages.cut([])}
    if not q.strip():
        return context
    end = pages.offset + pages.per_page
    if end < SEARCH_POOL and generation is not None:
        pool = pool_of(store, q, generation)
        shown = _with_snippets(store, q, list(pool[pages.offset:end]))
        more = len(pool) > end
    else:
        rows = _ranked(store, q, end + 1)
        shown = rows[pages.offset:end]
        more = len(rows) > end
    per_article = store.article_facets(r["uid"] for r in shown)
    threads = store.stories_of(r["uid"] for r in shown)
    items = [{**r, "countries": per_article[r["uid"]]["countries"],
              "event_types": per_article[r["uid"]]["event_types"], **threads.get(r["uid"], {})}
             for r in shown]
    context.update({"items": items, "total": None, "pages": pages.page + 1 if more else pages.page,
                    "_snippets": {r["uid"]: snippet_html(r.get("snippet")) for r in items}})
    return context


def _counted(store: Store, q: str, filters: SearchFilters,
             generation: int | None) -> tuple[list[dict[str, Any]], dict[str, Counter[str]]]:
    """The pooled rows the filters keep (with their countries and event types) and the facet
    counts, each facet counted as if its own filter were off, so that its choices stay visible."""
    pool = pool_of(store, q, generation)
    per_article = store.article_facets(r["uid"] for r in pool)
    empty: dict[str, list[str]] = {"countries": [], "actors": [], "event_types": []}
    unfiltered = not filters.active()  # the usual case: every row kept and counted, no checks
    rows = []
    counts: dict[str, Counter[str]] = {"agency": Counter(), "country": Counter(), "type": Counter()}
    for row in pool:
        facets = per_article.get(row["uid"], empty)
        if unfiltered or filters.keep(row, facets):
            rows.append({**row, "countries": facets["countries"], "event_types": facets["event_types"]})
        if unfiltered or filters.keep(row, facets, skip="agency"):
            counts["agency"][row.get("agency") or "unknown"] += 1
        if unfiltered or filters.keep(row, facets, skip="country"):
            counts["country"].update(facets["countries"])
        if unfiltered or filters.keep(row, facets, skip="type"):
            counts["type"].update(facets["event_types"])
    return rows, counts


def facet_counts(store: Store, q: str, filters: SearchFilters,
                 generation: int | None = None) -> dict[str, Any]:
    """The facets fragment: what `search` counts, without a page of rows (no snippets, no threads)."""
    context: dict[str, Any] = {"q": q, "filters": filters.active(), "facets": {}, "total": 0,
                               "pool": SEARCH_POOL}
    if q.strip():
        rows, counts = _counted(store, q, filters, generation)
        context.update({"facets": {k: c.most_common(12) for k, c in counts.items()}, "total": len(rows)})
    return context


def search(store: Store, q: str, filters: SearchFilters, pages: Paging, *, snippets: bool = True,
           generation: int | None = None) -> dict[str, Any]:
    """Full-text search (through `Store.search`), filtered and counted by facets over the best
    `SEARCH_POOL` matches. `snippets=False` leaves the rows without snippets."""
    context: dict[str, Any] = {"q": q, "filters": filters.active(), "facets": {}, "pool": SEARCH_POOL,
                               **pages.cut([])}
    if not q.strip():
        return context
    rows, counts = _counted(store, q, filters, generation)
    context.update(pages.cut(rows))
    shown = _with_snippets(store, q, context["items"]) if snippets else context["items"]
    threads = store.stories_of(r["uid"] for r in shown)
    context["items"] = [{**r, **threads.get(r["uid"], {})} for r in shown]
    context["facets"] = {k: c.most_common(12) for k, c in counts.items()}
    context["_snippets"] = {r["uid"]: snippet_html(r.get("snippet")) for r in context["items"]}
    return context


def article(store: Store, key: str) -> dict[str, Any] | None:
    record = store.get(key)
    if record is None:
        return None
    thread = store.story(record["story"]) if record.get("story") is not None else None
    return {"article": record, "thread": thread["versions"] if thread else [],
            "story": record.get("story"), "_runs": marked_text(record)}


def story(store: Store, story_id: int) -> dict[str, Any] | None:
    return store.story(story_id)


def stories(store: Store, pages: Paging, min_versions: int, agency: str | None) -> dict[str, Any]:
    rows = store.stories(min_articles=min_versions, agency=agency, limit=pages.per_page + 1,
                         offset=pages.offset)
    more = len(rows) > pages.per_page
    return {"items": rows[:pages.per_page], "page": pages.page, "per_page": pages.per_page,
            "has_next": more, "min_versions": min_versions, "agency": agency}


def speaker(store: Store, name: str, pages: Paging, per: str) -> dict[str, Any]:
    """Everything a person or office said (mention or resolved name), oldest first."""
    quotes = list(store.quotes(speaker=name, per=per))
    quotes.sort(key=lambda q: (q.get("published") or "", q.get("article_id") or ""))
    by_month = Counter(p for q in quotes if (p := period_of(q.get("published"), "month")))
    context = {"speaker": name, "per": per, "resolved_names": sorted({q["speaker_name"] for q in quotes
                                                                      if q.get("speaker_name")}),
               **pages.cut(quotes)}
    context["_chart"] = charts.count_spec(dict(by_month), f"statements by {name} per month", "quotes")
    return context


def _trend_page(store: Store, *, title: str, by: str, per: str, pages: Paging, actor: str | None = None,
                dyad: str | None = None) -> dict[str, Any]:
    rows = list(store.trends(by=by, per=per, actor=actor, dyad=dyad))
    events = list(store.events(per=per, actor=actor, dyad=dyad))
    events.reverse()  # newest first under the chart
    context = {"title": title, "by": by, "per": per, "trend": rows, "actor": actor, "dyad": dyad,
               **pages.cut(events)}
    context["_chart"] = charts.trend_spec(rows, by, title)
    return context


def actor(store: Store, code: str, by: str, per: str, pages: Paging) -> dict[str, Any]:
    return _trend_page(store, title=f"events involving {code.upper()}", by=by, per=per, pages=pages,
                       actor=code.upper())


def dyad(store: Store, source: str, target: str, by: str, per: str, pages: Paging) -> dict[str, Any]:
    pair = f"{source.upper()}:{target.upper()}"
    return _trend_page(store, title=f"{source.upper()} -> {target.upper()}", by=by, per=per, pages=pages,
                       dyad=pair)


def rejects(store: Store, pages: Paging) -> dict[str, Any]:
    return pages.cut(list(store.rejects()))


def stats(store: Store) -> dict[str, Any]:
    return store.stats()
