"""Event coding (placeholder until the events stage lands)."""

from __future__ import annotations

from typing import Any

from ..records import Article


def code_events(article: Article, doc: Any) -> None:
    article.events = []
