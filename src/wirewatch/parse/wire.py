"""Wire structure (placeholder until the structure stage lands): the whole text is the body."""

from __future__ import annotations

from ..records import Article


def parse_structure(article: Article) -> None:
    text = article.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    article.body, article.body_start, article.body_end = text[start:end], start, end
