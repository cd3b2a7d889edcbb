"""Publication date (placeholder until the structure stage lands)."""

from __future__ import annotations

from ..records import Article


def infer_published(article: Article) -> None:
    doc = article.document
    if doc is not None and doc.date and not doc.date_is_upper_bound:
        article.published = doc.date[:10]
        article.published_evidence = [f"metadata date {doc.date}"]
