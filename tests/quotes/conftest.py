"""Fixtures for the quotes tests: run the extractor on hand-written text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from wirewatch.nlp.model import analysis_text
from wirewatch.nlp.quotes.extract import extract_quotes
from wirewatch.records import Article, Quote


@pytest.fixture(scope="session")
def quotes_of(nlp: Any) -> Callable[..., list[Quote]]:
    """quotes_of(body, headline=None): the quotes of a story made of an optional headline line
    and a body, parsed with the project's model."""

    def run(body: str, headline: str | None = None) -> list[Quote]:
        text = body if headline is None else f"{headline}\n{body}"
        start = 0 if headline is None else len(headline) + 1
        article = Article(id="t", text=text, body=body, body_start=start, body_end=len(text))
        if headline is not None:
            article.headline, article.headline_start, article.headline_end = headline, 0, len(headline)
        extract_quotes(article, nlp(analysis_text(article)))
        for q in article.quotes:  # offsets always point at the text they claim
            assert text[q.content_start:q.content_end] == q.content
            if q.speaker is not None:
                assert text[q.speaker_start:q.speaker_end] == q.speaker
            if q.cue is not None:
                assert text[q.cue_start:q.cue_end] == q.cue
        return article.quotes

    return run


def by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue == cue]
