"""Quotes and reported speech (placeholder until the quotes stage lands)."""

from __future__ import annotations

from typing import Any

from ..records import Article


def extract_quotes(article: Article, doc: Any) -> None:
    article.quotes = []
