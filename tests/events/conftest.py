"""Fixtures for the events tests: code one hand-written text through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture(scope="session")
def code(analyzer: Any) -> Callable[..., Any]:
    """code(text, date=...) -> Article with events (the full pipeline: actors, quotes, timexes)."""
    from wirewatch.records import Document

    def run(text: str, date: str = "2024-03-05") -> Any:
        return analyzer.analyze(Document(id="t", text=text, source="test", date=date))

    return run


def types_of(article: Any) -> set[str]:
    return {e.type for e in article.events if e.type}
