"""The article body a page declares in JSON-LD (schema.org `articleBody`), as a last resort.

Paywalled or script-rendered pages sometimes carry no article in their markup at all but still
declare it for search engines.  Only used when the extractors find no prose in the markup.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:  # iterative: JSON-LD graphs can nest deeply
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def jsonld_article_body(tree: HtmlElement) -> str:
    """The longest `articleBody` string in the page's JSON-LD scripts ('' when none)."""
    best = ""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for obj in _objects(data):
            body = obj.get("articleBody")
            if isinstance(body, str) and len(body) > len(best):
                best = body
    return best
