"""Every fact the full pipeline derives carries evidence that holds: offsets point at the text they
claim, inferred values carry reasons, and nothing comes from page furniture after the end marker.

Run over the seed and every hand-written agency example in examples/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support import ROOT
from wirewatch.records import Article, Document

EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def example_articles(analyzer: Any) -> list[Article]:
    docs = [Document(id=p.name, text=p.read_text(encoding="utf-8"), source=str(p)) for p in EXAMPLES]
    results = list(analyzer.analyze_many(docs, raise_errors=True))
    return [a for a in results if isinstance(a, Article)]


def _spans(article: Article) -> list[tuple[str, str | None, int | None, int | None]]:
    """(what, claimed text, start, end) for every offset-bearing fact."""
    spans: list[tuple[str, str | None, int | None, int | None]] = []
    for e in article.entities:
        spans.append(("entity", e.text, e.start, e.end))
    for q in article.quotes:
        spans.append(("quote content", q.content, q.content_start, q.content_end))
        spans.append(("quote speaker", q.speaker, q.speaker_start, q.speaker_end))
        spans.append(("quote cue", q.cue, q.cue_start, q.cue_end))
    for t in article.timexes:
        spans.append(("timex", t.text, t.start, t.end))
    for ev in article.events:
        spans.append(("event", ev.text, ev.start, ev.end))
        for actor in (ev.source, ev.target):
            if actor is not None and actor.start is not None:
                spans.append(("event actor", actor.text, actor.start, actor.end))
    if article.dateline is not None:
        spans.append(("dateline", article.dateline.text, article.dateline.start, article.dateline.end))
    spans.append(("body", article.body, article.body_start, article.body_end))
    return spans


def _check_offsets(article: Article) -> None:
    for what, claimed, start, end in _spans(article):
        if claimed is None and start is None:
            continue
        assert start is not None and end is not None, f"{article.id}: {what} {claimed!r} has no offsets"
        assert article.text[start:end] == claimed, (
            f"{article.id}: {what} claims {claimed!r} but [{start}:{end}] is {article.text[start:end]!r}")


def _check_nothing_after_end(article: Article) -> None:
    if not article.end_marker:
        return
    end = article.body_end
    for what, claimed, start, _ in _spans(article):
        if start is not None and what not in ("body",):
            assert start < end, f"{article.id}: {what} {claimed!r} at {start} lies after the body end {end}"


def test_seed_offsets_point_at_their_text(seed_article: Article) -> None:
    assert seed_article.entities and seed_article.quotes and seed_article.timexes and seed_article.events
    _check_offsets(seed_article)


def test_seed_trailer_yields_no_fact(seed_article: Article) -> None:
    trailer_start = seed_article.text.index("(END)")
    _check_nothing_after_end(seed_article)
    for q in seed_article.quotes:
        assert q.content_end <= trailer_start
    assert not any("Samsung" in e.text or "Yoon" in e.text for e in seed_article.entities)


def test_seed_inferred_values_carry_reasons(seed_article: Article) -> None:
    assert seed_article.published == "2021-10-05"
    assert any("Biden" in reason for reason in seed_article.published_evidence)
    coded = [e for e in seed_article.entities if e.actor is not None]
    assert coded and all(e.actor and e.actor.reasons for e in coded)
    assert all(t.value for t in seed_article.timexes)


@pytest.mark.parametrize("index", range(len(EXAMPLES)), ids=[p.stem for p in EXAMPLES])
def test_example_offsets_and_trailers(example_articles: list[Article], index: int) -> None:
    article = example_articles[index]
    assert article.body, f"{article.id}: empty body"
    _check_offsets(article)
    _check_nothing_after_end(article)


def test_every_example_is_analysed(example_articles: list[Article]) -> None:
    assert [Path(a.id).name for a in example_articles] == [p.name for p in EXAMPLES]
