"""Actors: entity mentions with CAMEO-style codes (placeholder until the actors stage lands)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..records import Article, Entity


def assign_actors(article: Article, doc: Any, *, dictionaries: Iterable[str] = ()) -> None:
    article.entities = [Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char)
                        for e in doc.ents]
