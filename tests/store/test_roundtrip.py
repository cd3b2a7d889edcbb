"""Hypothesis: whatever an analysis holds comes back out of the store exactly as `to_record()` gave it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pgserver import PgServer
from wirewatch.records import Actor, Article, Dateline, Document, Entity, Event, EventActor, Quote, Timex
from wirewatch.store import Store

text_st = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=300)
short = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20)
opt_short = st.none() | short
RAM = "/dev/shm" if Path("/dev/shm").is_dir() else None  # many small databases: spare the disk syncs
code_st = st.none() | st.sampled_from(["KOR", "KORGOV", "PRK", "USAMIL", "IGOUNO"])


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(text_st)
    n = len(text)
    start = draw(st.integers(0, n))
    end = draw(st.integers(start, n))
    offset = st.integers(0, n)
    body = draw(st.sampled_from([text[start:end], draw(text_st)]))  # a slice, or a cleaned-up body
    actor = draw(st.none() | st.builds(Actor, name=short, code=st.sampled_from(["KORGOV", "PRK"]),
                                       country=opt_short, sector=opt_short,
                                       reasons=st.lists(short, max_size=2)))
    event_actor = st.none() | st.builds(EventActor, text=short, code=code_st, start=st.none() | offset,
                                        end=st.none() | offset)
    document = Document(id=draw(short), text=text, source=draw(short), url=draw(opt_short))
    return Article(
        id=document.id, text=text, source=document.source, document=document,
        headline=draw(opt_short), tags=draw(st.lists(short, max_size=2)),
        byline=draw(st.lists(short, max_size=2)),
        dateline=draw(st.none() | st.builds(Dateline, place=opt_short, region=opt_short, date_text=opt_short,
                                            agency=opt_short, text=short, start=offset, end=offset)),
        agency=draw(opt_short), published=draw(st.none() | st.sampled_from(["2021-10-05", "XXXX-03-01",
                                                                          "2021-10-05T09:00:00"])),
        published_evidence=draw(st.lists(short, max_size=2)), body=body, body_start=start, body_end=end,
        contact=draw(st.lists(short, max_size=1)), end_marker=draw(opt_short),
        related_headlines=draw(st.lists(short, max_size=2)),
        entities=draw(st.lists(st.builds(Entity, text=short, label=st.sampled_from(["PERSON", "GPE"]),
                                         start=offset, end=offset, actor=st.just(actor), refers_to=opt_short),
                               max_size=3)),
        quotes=draw(st.lists(st.builds(Quote, type=st.sampled_from(["direct", "indirect"]), content=short,
                                       content_start=offset, content_end=offset, speaker=opt_short,
                                       speaker_actor=st.just(actor), cue=opt_short, headline=st.booleans()),
                             max_size=3)),
        timexes=draw(st.lists(st.builds(Timex, text=short, start=offset, end=offset,
                                        type=st.sampled_from(["DATE", "DURATION"]), value=opt_short,
                                        evidence=opt_short), max_size=2)),
        events=draw(st.lists(st.builds(Event, source=event_actor, target=event_actor, type=opt_short,
                                       cameo=st.none() | st.sampled_from(["042", "1041"]),
                                       goldstein=st.none() | st.floats(-10, 10), date=opt_short, text=short,
                                       start=offset, end=offset, negated=st.booleans(),
                                       hypothetical=st.booleans(), confidence=st.none() | st.floats(0, 1),
                                       sources=st.lists(st.builds(EventActor, text=short, code=code_st),
                                                        max_size=2)),
                             max_size=3)),
    )


def _check_round_trip(store: Store, batch: list[Article], unstorable: str = "") -> None:
    """`unstorable`: characters the backend's text columns keep as U+FFFD (PostgreSQL: NUL); the
    record itself is JSON, where they survive escaped."""
    def stored_as(value: str) -> str:
        return "".join("\ufffd" if ch in unstorable else ch for ch in value)

    unique = {a.document.uid: a for a in batch if a.document is not None}
    assert store.writer.write(list(unique.values()), [], "events").stored == len(unique)
    for uid, article in unique.items():
        stored = store.get(uid)
        assert stored is not None
        expected = article.to_record()
        expected["body"] = stored_as(expected["body"])
        assert {k: stored[k] for k in expected} == expected
        assert stored["text"] == stored_as(article.text)
    exported = {r["uid"]: r for r in store.records()}
    assert set(exported) == set(unique)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(articles(), min_size=1, max_size=4))
def test_records_round_trip_through_the_store(batch: list[Article]) -> None:
    with tempfile.TemporaryDirectory(dir=RAM) as tmp, Store(Path(tmp) / "ww.db") as store:
        _check_round_trip(store, batch)


@pytest.fixture(scope="module")
def pg_url(pg_server: PgServer) -> Iterator[str]:
    with pg_server.database() as url:
        Store(url).writer.close()
        yield url


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(batch=st.lists(articles(), min_size=1, max_size=4))
def test_records_round_trip_through_postgres(pg_url: str, batch: list[Article]) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:  # an empty store for each example
        conn.execute("TRUNCATE articles, rejects, runs, furniture_lines, furniture_groups, furniture_sets "
                     "CASCADE")
    with Store(pg_url) as store:
        _check_round_trip(store, batch, unstorable="\x00")
