"""Stores and hand-built analyses for the store tests (no spaCy model needed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wirecopy import story
from wirewatch.pipeline import analyze_structure
from wirewatch.records import Actor, Article, Document, Entity, Event, EventActor, Quote, Timex
from wirewatch.store import Store


@pytest.fixture
def store(db_target: str | Path) -> Iterator[Store]:
    """An empty store, once on SQLite and once on PostgreSQL: the same behaviour on both."""
    db = Store(db_target)
    yield db
    db.close()


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def analysed(n: int, *, source: str | None = None, extra: str = "", agency: int | None = None,
             event: tuple[str, str, str] | None = ("KOR", "PRK", "REQUEST"), negated: bool = False,
             date: str | None = None) -> Article:
    """Story `n` with its structure parsed and a hand-made actor, quote, timex and event on it."""
    text = story(n, extra=extra, agency=agency)
    document = Document(id=f"story-{n}", text=text, source=source or f"wire/story-{n}.txt", date=date)
    article = analyze_structure(document)
    s, e = _span(text, "a spokesperson")
    speaker = Actor(name="Kim Min-ji", code="KORGOV", country="KOR", sector="GOV")
    article.entities = [Entity(text="a spokesperson", label="ROLE", start=s, end=e, actor=speaker,
                               refers_to="Kim Min-ji")]
    qs = text.index('"We will')
    qe = text.index('"', qs + 1) + 1
    article.quotes = [Quote(type="direct", content=text[qs:qe], content_start=qs, content_end=qe,
                            speaker="a spokesperson", speaker_start=s, speaker_end=e, speaker_actor=speaker,
                            cue="said", cue_start=e, cue_end=e + 5)]
    ts, te = _span(text, "Tuesday")
    article.timexes = [Timex(text="Tuesday", start=ts, end=te, type="DATE", value=article.published,
                             evidence="weekday before the dateline")]
    if event:
        source_code, target_code, kind = event
        article.events = [Event(source=EventActor(text="Seoul", code=source_code),
                                target=EventActor(text="Pyongyang", code=target_code), type=kind,
                                cameo="10", goldstein=-5.0, date=date, text=text[qs:qe], start=qs, end=qe,
                                negated=negated, confidence=0.8)]
    return article
