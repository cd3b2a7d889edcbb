"""A Doc's text, kept for the last Doc asked and shared by the stages that run one after another on it.

spaCy's `Doc.text` joins every token's text anew on each access, making a Token object per word. The
stages after the parse (actors, quotes, timexes, events) each read the same Doc's text; the timex stage
and the event coder ask here, so the coder reads the text the timex stage already built for the Doc
(`wirewatch analyze` and `benchmarks/bench_events.py` run the timexes right before the events). A Doc's
text never changes: retokenizing merges or splits tokens but keeps their characters.
"""

from __future__ import annotations

from typing import Any

# the last Doc asked and its text (the Doc is held, so its identity is never another Doc's)
_LAST: tuple[Any, str] | None = None


def doc_text(doc: Any) -> str:
    """`doc.text`, kept for the last Doc asked."""
    global _LAST
    held = _LAST
    if held is None or held[0] is not doc:
        held = _LAST = (doc, doc.text)
    return held[1]
