"""The search query language (docs/search.md): what analysts type finds what they mean, and no string
ever raises. The issue #8 repros are here, each with the document it must find."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pgserver import BACKENDS
from store.conftest import analysed
from wirewatch.store import Store
from wirewatch.store.query import compile_query

# (story number, sentence added to it): the names and tokens analysts search for
EXTRAS = {
    101: "Kim Jong-un oversaw the test, KCNA said.",
    102: "National Security Adviser Chung Eui-yong briefed reporters.",
    103: "The North fired two short-range ballistic missiles into the East Sea: JCS said.",
    104: "Officials answered by e-mail at 7:20 a.m. on Wednesday.",
    105: "U.S.-China relations were on the agenda.",
    106: "Kim Jong-il's portrait hung in the hall; the [bold]Kim[/bold] family was not named.",
}


@pytest.fixture(scope="module", params=BACKENDS)
def searchable(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The same stories in an SQLite and a PostgreSQL store: every test here runs on both."""
    if request.param == "sqlite":
        target: str | Path = tmp_path_factory.mktemp("query") / "ww.db"
    else:
        server = request.getfixturevalue("pg_server")
        target = server.create()
        request.addfinalizer(lambda: server.drop(target))
    store = Store(target)
    articles = [analysed(n) for n in range(12)]
    articles += [analysed(n, extra=extra, agency=0 if n % 2 else 1, date=f"2021-0{n - 100}-15")
                 for n, extra in EXTRAS.items()]
    store.writer.write(articles, [], "events")
    yield store
    store.close()


def ids(rows: list[dict[str, object]]) -> set[str]:
    return {str(r["id"] if "id" in r else r["article_id"]) for r in rows}


@pytest.mark.parametrize(("query", "expected"), [
    ("Kim Jong-un", {"story-101"}),
    ("Chung Eui-yong", {"story-102"}),
    ("short-range", {"story-103"}),
    ("Sea: JCS", {"story-103"}),
    ("e-mail", {"story-104"}),
    ("7:20", {"story-104"}),
    ("U.S.-China", {"story-105"}),
    ('"Kim Jong-il"', {"story-106"}),
    ('"unbalanced Kim Jong-un', set()),  # an unclosed phrase runs to the end: none has it all
    ('"Chung Eui-yong', {"story-102"}),
])
def test_issue_repros_find_the_story_that_has_the_words(searchable: Store, query: str,
                                                        expected: set[str]) -> None:
    assert ids(searchable.search(query, limit=50)) == expected


def test_a_hyphenated_name_is_a_phrase_not_two_loose_words(searchable: Store) -> None:
    # "Kim" and "un" are both in other stories; only 101 has "Jong un" in a row
    assert ids(searchable.search("Jong-un")) == {"story-101"}
    assert ids(searchable.search("Kim Jong")) == {"story-101", "story-106"}


def test_operators_mean_what_docs_search_says(searchable: Store) -> None:
    assert ids(searchable.search("Chung OR e-mail")) == {"story-102", "story-104"}
    assert ids(searchable.search("Kim -portrait")) == {"story-101"}
    assert ids(searchable.search("Kim NOT portrait")) == {"story-101"}
    assert ids(searchable.search("Eui*")) == {"story-102"}
    assert ids(searchable.search("short-ran*")) == {"story-103"}
    # a bare exclusion lists everything else
    everything = ids(searchable.search("-Kim", limit=0))
    assert "story-101" not in everything and "story-102" in everything and len(everything) == 16


def test_field_filters(searchable: Store) -> None:
    assert ids(searchable.search("body: korea", limit=0)) == ids(searchable.search("body:korea", limit=0))
    assert ids(searchable.search("body: korea", limit=0))  # the stories talk about Korea
    assert ids(searchable.search("headline:Chung")) == set()  # Chung is in the body only
    assert ids(searchable.search("body:Chung")) == {"story-102"}
    headline_word = searchable.get("story-3")["headline"].split()[-1].strip("()")  # "3)" -> "3"
    assert "story-3" in ids(searchable.search(f"headline:{headline_word} headline:story", limit=0))
    yonhap = ids(searchable.search("agency:yonhap", limit=0))
    assert yonhap and all(searchable.get(i)["agency"] == "Yonhap" for i in yonhap)
    assert ids(searchable.search("Kim agency:Yonhap")) == {"story-101"}  # 106 is an AP story
    assert ids(searchable.search("Kim -agency:yonhap")) == {"story-106"}
    assert ids(searchable.search("since:2021-03 until:2021-04", limit=0)) == {"story-103", "story-104"}
    assert ids(searchable.search("e-mail since:2021-05")) == set()


def test_nothing_to_search_for_finds_nothing(searchable: Store) -> None:
    for query in ("*", "", "   ", "-", "OR", '"', '""', "()", "body:"):
        assert list(searchable.search(query)) in ([], list(searchable.search("body")))


def test_quotes_search_uses_the_same_language(searchable: Store) -> None:
    # the generated stories are near-copies, so every copy is counted (per="article")
    every = {"limit": 0, "per": "article"}
    assert len(searchable.quotes(search="Kim Min-ji", **every)) == 18  # the speaker of every quote
    assert len(searchable.quotes(search="speaker:spokesperson", **every)) == 18
    talks = searchable.quotes(search='quote:"keep talking"', **every)
    assert len(talks) == 18 and all("keep talking" in q["content"] for q in talks)
    assert searchable.quotes(search="quote:Chung") == []
    assert ids(searchable.quotes(search="talking since:2021-02 until:2021-02")) == {"story-102"}


def test_compiled_expressions_quote_every_term() -> None:
    compiled = compile_query('headline:kim* OR body:"U.S.-China" -draft agency:Yonhap until:2021')
    assert compiled.match == '(headline : "kim" * OR search_body : "U.S.-China") NOT "draft"'
    assert compiled.filters == {"agency": ("Yonhap",), "until": ("2021-12-31",)}
    assert compile_query('x") OR 1=1; DROP TABLE articles; --').match == \
        '"x" AND ") OR 1=1; DROP TABLE articles; --"'  # the quote opens a phrase to the end
    assert compile_query("since:yesterday").match == '"since:yesterday"'
    assert compile_query("since:yesterday").notes  # says it was read as words
    assert compile_query("*").empty
    # repeats cost time and change nothing; a one-letter prefix would walk the whole index
    assert compile_query("said said a* said").match == '"said" AND "a"'
    assert compile_query("Ko* 北朝*").match == '"Ko" * AND "北朝" *'


QUERY_PIECES = st.sampled_from(['"', "*", "-", ":", "(", ")", "^", "+", "{", "}", "OR", "AND", "NOT", "NEAR(",
                                "headline:", "body:", "speaker:", "quote:", "agency:", "since:", "until:",
                                "'", "\\", "%", "_", "[bold]", "\x00", "\x1b[2J", "\udcff", "Kim", "Jong-un",
                                "7:20", ",", " ", "  ", "é", "\u0301", "北朝鮮", "2021-13-45"])
QUERIES = st.one_of(st.text(max_size=80), st.lists(QUERY_PIECES, max_size=14).map("".join),
                    st.lists(QUERY_PIECES, max_size=8).map(" ".join))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_no_string_makes_search_raise(searchable: Store, query: str) -> None:
    rows = searchable.search(query, limit=5)
    assert all(r["id"] and r["uid"] for r in rows)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_no_string_makes_quote_search_raise(searchable: Store, query: str) -> None:
    rows = searchable.quotes(search=query, limit=5)
    assert all(r["content"] for r in rows)


def test_huge_and_zero_limits(searchable: Store) -> None:
    assert len(searchable.search("said", limit=2**70)) == len(searchable.search("said", limit=0)) == 18
    every = {"per": "article"}  # the generated stories are near-copies: count every copy
    assert len(searchable.events(limit=10**30, **every)) == len(searchable.events(limit=0, **every)) == 18
    assert len(searchable.quotes(limit=0, **every)) == 18


def test_empty_results_keep_their_columns(searchable: Store) -> None:
    frame = searchable.search("zzzz-not-there").to_pandas()
    assert len(frame) == 0 and {"id", "headline", "score", "snippet"} <= set(frame.columns)
    events = searchable.events(dyad="USA:JPN").to_pandas()
    assert len(events) == 0
    assert {"type", "cameo", "source", "target", "article_id", "date"} <= set(events.columns)
    assert {"content", "speaker"} <= set(searchable.quotes(search="zzzz").to_pandas().columns)


def test_searching_a_path_with_a_surrogate_or_nul_does_not_raise(searchable: Store, tmp_path: Path) -> None:
    assert searchable.get("story-\udcff\x00") is None
    assert searchable.quotes(speaker="\udcff%_") == []


@pytest.mark.parametrize(("call", "message"), [
    (lambda s: s.search(None), "query must be text"),
    (lambda s: s.search("x", limit=-1), "0 \\(no limit\\) or more"),
    (lambda s: s.events(since="2021-13-45"), "not a date"),
    (lambda s: s.events(since="2021-03", until="2021-02"), "after until"),
    (lambda s: s.events(dyad="KOR:PRK:USA"), "SOURCE:TARGET"),
    (lambda s: s.events(actor="KOR*"), "letters and digits"),
    (lambda s: s.trends(by="day"), "week, month"),
])
def test_bad_api_arguments_are_store_errors_that_say_what_is_wanted(searchable: Store, call: object,
                                                                    message: str) -> None:
    from wirewatch.errors import StoreError

    with pytest.raises(StoreError, match=message):
        call(searchable)  # type: ignore[operator]


def test_broad_queries_rank_only_the_newest_matches(searchable: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # bm25 / ts_rank_cd read every match: past MAX_RANKED matches only the newest are ranked, on both
    # backends, unless the caller asks for more results than that or for all of them
    from wirewatch.store import ranking

    everything = ids(searchable.search("said", limit=0))
    monkeypatch.setattr(ranking, "MAX_RANKED", 3)
    newest = ids(searchable.search("said", limit=3))
    assert len(newest) == 3 and newest <= everything
    assert ids(searchable.search("said", limit=0)) == everything
    assert len(ids(searchable.search("said", limit=len(everything)))) == len(everything)


def test_a_caller_may_rank_a_smaller_window_of_the_newest_matches(searchable: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # the web pages rank the newest 1,000 matches, not MAX_RANKED: the same rule with a smaller window
    from wirewatch.errors import StoreError
    from wirewatch.store import ranking

    window = ids(searchable.search("said", limit=3, rank_newest=3))
    monkeypatch.setattr(ranking, "MAX_RANKED", 3)
    assert window == ids(searchable.search("said", limit=3)) and len(window) == 3
    assert len(ids(searchable.search("said", limit=0, rank_newest=3))) == 18  # every match: no window
    # 0: the full ranking, for a caller who needs it (the CLI's --rank-newest 0)
    best = [r["id"] for r in searchable.search("said", limit=0)][:3]
    assert [r["id"] for r in searchable.search("said", limit=3, rank_newest=0)] == best
    assert ids(searchable.search("said", limit=3, rank_newest=0)) != window  # not the newest 3
    with pytest.raises(StoreError, match="0 .every match. or more"):
        searchable.search("said", rank_newest=-1)
