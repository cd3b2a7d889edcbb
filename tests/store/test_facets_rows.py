"""`Store.article_facets` and `Store.stories_of`, which the search page calls for every result row
(on SQLite their rows come back as one JSON value: store/facets.py, stories.stories_by_uid)."""

from __future__ import annotations

from store.conftest import analysed
from wirewatch.store import Store


def test_each_article_gets_its_countries_actors_event_types_and_thread(store: Store) -> None:
    store.writer.write([analysed(1), analysed(2, event=("USA", "CHN", "THREATEN")), analysed(3, event=None)],
                       [], "events")
    uids = {r["id"]: r["uid"] for r in store.search("spokesperson", limit=10)}
    facets = store.article_facets([uids["story-1"], uids["story-2"], uids["story-3"], "no-such-uid"])
    assert facets[uids["story-1"]] == {"countries": ["KOR"], "actors": ["KORGOV"], "event_types": ["REQUEST"]}
    assert facets[uids["story-2"]]["event_types"] == ["THREATEN"]
    assert facets[uids["story-3"]]["event_types"] == []
    assert facets["no-such-uid"] == {"countries": [], "actors": [], "event_types": []}
    threads = store.stories_of([*uids.values(), "no-such-uid"])
    assert set(threads) == set(uids.values())  # an unknown uid has no thread
    assert all(t["versions"] >= 1 and isinstance(t["story"], int) for t in threads.values())
    assert store.article_facets([]) == {} and store.stories_of([]) == {}
