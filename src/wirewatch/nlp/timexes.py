"""Time expressions (placeholder until the timex stage lands)."""

from __future__ import annotations

from typing import Any

from ..records import Article


def extract_timexes(article: Article, doc: Any) -> None:
    article.timexes = []
