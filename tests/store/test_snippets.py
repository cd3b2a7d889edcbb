"""`Store.snippets`: the search's snippets for rows ranked without them (the web's shared pool)."""

from __future__ import annotations

from store.conftest import analysed
from wirewatch.store import Store


def test_snippets_are_the_ones_search_gives(store: Store) -> None:
    store.writer.write([analysed(n) for n in range(1, 8)], [], "events")
    ranked = store.search("spokesperson talks", limit=5)
    bare = store.search("spokesperson talks", limit=5, snippets=False)
    assert [r["uid"] for r in bare] == [r["uid"] for r in ranked]
    found = store.snippets("spokesperson talks", [r["uid"] for r in bare])
    assert found == {r["uid"]: r["snippet"] for r in ranked}
    assert all("**" in snippet for snippet in found.values())
    assert store.snippets("spokesperson", []) == {}
    assert store.snippets("-spokesperson", [r["uid"] for r in bare]) == {}  # nothing to highlight


def test_snippets_of_rows_far_apart_skip_the_rows_between_and_the_unmatched(store: Store) -> None:
    # one pass over the matches between the lowest and highest row: matches in between that were not
    # asked for, and asked rows the query does not match, get no snippet
    store.writer.write([analysed(n, extra="Fishermen waited at the harbour." if n % 2 else "")
                        for n in range(1, 8)], [], "events")
    every = store.search("harbour", limit=0)
    assert len(every) == 4
    stored = sorted(every, key=lambda r: str(r["id"]))  # story-1 ... story-7, stored in that order
    ends = [stored[0]["uid"], stored[-1]["uid"]]
    unmatched = [r["uid"] for r in store.search("-harbour", limit=0)]
    assert len(unmatched) == 3
    found = store.snippets("harbour", [*ends, *unmatched])
    assert found == {r["uid"]: r["snippet"] for r in every if r["uid"] in ends}
    assert all("**harbour**" in snippet for snippet in found.values())


def test_search_without_snippets_gives_the_same_rows_best_first(store: Store) -> None:
    # on SQLite the rows come back as one JSON value (queries._ranked_in_one_row): headlines with
    # quotes and non-ASCII text, a missing url, filters and the ranking window must survive it
    store.writer.write([analysed(n, agency=n % 3, extra="Talks in Genève « hard » \"again\" ☃."
                                 if n % 2 else "") for n in range(1, 12)], [], "events")
    for query in ("spokesperson talks", "Genève", "talks agency:AP", "\"hard\" since:2000-01-01"):
        full = list(store.search(query, limit=8))
        bare = list(store.search(query, limit=8, snippets=False))
        assert [{**r, "snippet": None} for r in bare] == [{**r, "snippet": None} for r in full], query
        assert [r["score"] for r in bare] == sorted((r["score"] for r in bare), reverse=True)
    assert store.search("spokesperson", limit=3, snippets=False, rank_newest=2)  # the window still ranks
    assert list(store.search("nothingmatchesthis", limit=5, snippets=False)) == []
