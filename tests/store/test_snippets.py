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
