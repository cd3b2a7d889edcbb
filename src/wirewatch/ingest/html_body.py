"""Main-text extraction from an HTML page: trafilatura twice, then a choice by agreement.

trafilatura's balanced mode keeps too much on some pages (teasers, "read more" lists, captions);
its precision mode trims those but sometimes collapses to a stub or wanders off to another block.
We run both on one parsed tree and keep the precision output only when it *agrees* with the
balanced one: (almost) all of its word 4-grams occur in the balanced text, and it kept a fair share
of it. That takes the trims and refuses the collapses and the wanderings.  Measured on the
scrapinghub article-extraction benchmark in docs/html.md.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import copy
from dataclasses import dataclass, field
from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata

from .html_chunks import recover_split_body
from .html_clean import drop_furniture, has_prose
from .html_jsonld import jsonld_article_body
from .html_prune import drop_hover_cards, prune_nested_articles, unwrap_tweets

# The precision output must share this share of its 4-grams with the balanced output...
MIN_CONTAINMENT = 0.97
# ...and keep at least this share of its words (below: a collapse to a stub, not a trim).
MIN_KEPT = 0.25

_WORD = re.compile(r"\w+")
# A "real" publication date only: meta tags, JSON-LD, <time> elements; no guessing from the prose
# (htmldate's extensive_search), which would make it an estimate.
DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}


@dataclass(slots=True)
class Extraction:
    """The article text as paragraphs, plus the page metadata trafilatura found."""

    paragraphs: list[str]
    method: str  # which candidate won, for the record's meta
    metadata: dict[str, Any] = field(default_factory=dict)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text)
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def containment(part: str, whole: str) -> float:
    """Share of `part`'s 4-grams (as a multiset) that also occur in `whole`."""
    p, w = shingles(part), shingles(whole)
    total = sum(p.values())
    return sum((p & w).values()) / total if total else 0.0


def choose(balanced: str, precise: str) -> tuple[str, str]:
    """Pick between the balanced and the precision extraction; returns (text, method)."""
    if not precise:
        return balanced, "balanced"
    if not balanced:
        return precise, "precision"
    n_bal, n_pre = len(_WORD.findall(balanced)), len(_WORD.findall(precise))
    if n_pre < n_bal and n_pre >= MIN_KEPT * n_bal and containment(precise, balanced) >= MIN_CONTAINMENT:
        return precise, "precision"
    return balanced, "balanced"


def _run(tree: HtmlElement, *, precision: bool, metadata: bool) -> Any:
    # trafilatura copies a tree it is given, so one parse serves every pass.
    return trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=True, favor_precision=precision,
        with_metadata=metadata, deduplicate=False,
        date_extraction_params=dict(DATE_PARAMS),
    )


def paragraphs_of(text: str) -> list[str]:
    """trafilatura puts one block (paragraph, list item, heading, table row) per line."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _metadata(found: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key in ("title", "author", "date", "url", "sitename", "description"):
        value = getattr(found, key, None) if found is not None else None
        if value:
            meta[key] = value
    return meta


def extract_main(tree: HtmlElement) -> Extraction | None:
    """The article of a parsed page, or None when there is no main text."""
    prune_nested_articles(tree)
    unwrap_tweets(tree)
    drop_hover_cards(tree)
    first = _run(tree, precision=False, metadata=True)
    balanced = (first.text or "") if first is not None else ""
    second = _run(tree, precision=True, metadata=False)
    precise = (second.text or "") if second is not None else ""
    text, method = choose(balanced, precise)
    paragraphs = paragraphs_of(text)
    if paragraphs:
        recovered = recover_split_body(tree, paragraphs)
        if recovered is not None:
            paragraphs, method = recovered, method + "+split-body"
    paragraphs = drop_furniture(paragraphs)
    if not has_prose(paragraphs):
        paragraphs, method = paragraphs_of(jsonld_article_body(tree)), "json-ld articleBody"
        if not has_prose(paragraphs):
            return None
    if first is None:  # trafilatura gave up on the page, metadata included: ask for it alone
        first = extract_metadata(copy(tree), date_config=dict(DATE_PARAMS), extensive=False)
    return Extraction(paragraphs=paragraphs, method=method, metadata=_metadata(first))
