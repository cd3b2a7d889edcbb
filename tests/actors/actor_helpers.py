"""Builders for hand-made articles and docs in the actors tests."""

from __future__ import annotations

from typing import Any

from wirewatch.records import Article, Dateline


def make_article(text: str, *, dateline: str | None = None, published: str | None = None) -> Article:
    """An article whose body is the whole text, optionally with a dateline place."""
    article = Article(id="t", text=text, body_start=0, body_end=len(text), published=published)
    if dateline:
        article.dateline = Dateline(place=dateline, region=None, date_text=None, agency=None,
                                    text=dateline, start=0, end=0)
    return article


def blank_doc(nlp: Any, text: str, ents: list[tuple[str, str]]) -> Any:
    """A doc of `text` with the given (mention, label) entities at their first occurrence."""
    doc = nlp(text)
    spans = []
    for mention, label in ents:
        start = text.index(mention)
        span = doc.char_span(start, start + len(mention), label=label)
        assert span is not None, mention
        spans.append(span)
    doc.ents = spans
    return doc


def assigned(nlp: Any, text: str) -> Article:
    """An article of `text` with the actors stage run on it."""
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text

    article = make_article(text)
    assign_actors(article, nlp(analysis_text(article)))
    return article


def code_of(article: Article, phrase: str) -> str | None:
    """The actor code of the first occurrence of `phrase` (None when it is no actor)."""
    from wirewatch.nlp.actors.assign import actor_for_span

    start = article.text.index(phrase)
    actor = actor_for_span(article, start, start + len(phrase))
    return actor.code if actor is not None else None
