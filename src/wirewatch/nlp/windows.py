"""Long texts through spaCy in windows, as one Doc whose offsets are still offsets into the text.

spaCy refuses a text over `nlp.max_length` (E088, 1,000,000 characters), and its parser's memory
grows with the length of what it is given. A long text is cut into consecutive windows of at most
`WINDOW_CHARS` (50,000: at 1,000,000 characters a worker peaks at 444 MB, against 650 MB with
100,000-character windows and their tensors kept), each ending at a paragraph break when there is
one (else a line break, a sentence end, a space; a hard cut only for a text with none of these),
parsed window by window, and joined with `Doc.from_docs`. The windows cover the text exactly and
are joined without added whitespace, so the joined Doc's text is the input text and every token's
`idx` is an input offset.

A window boundary always starts a sentence; a cut inside a paragraph (a text with no paragraph
breaks) can split what the parser would have read as one sentence, which is the price of analysing
such a text at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

WINDOW_CHARS = 50_000
# where to end a window, best first; a window never ends inside a run of whitespace it is cut at
_BREAKS = ("\n\n", "\n", ". ", " ")


def window_bounds(text: str, size: int = WINDOW_CHARS) -> Iterator[tuple[int, int]]:
    """Consecutive (start, end) windows covering `text`, each at most `size` characters."""
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        yield start, end
        start = end
    if start < len(text) or not text:
        yield start, len(text)


def _cut(text: str, start: int, limit: int) -> int:
    """The end of a window that starts at `start`: after the last break before `limit`."""
    floor = start + (limit - start) // 2  # not so early that windows become tiny
    for mark in _BREAKS:
        at = text.rfind(mark, floor, limit - len(mark) + 1)
        if at >= 0:
            return at + len(mark)
    return limit


def parse_long(nlp: Any, text: str, size: int = WINDOW_CHARS) -> Any:
    """One Doc over `text`, parsed in windows of at most `size` characters (see module doc)."""
    import numpy
    from spacy.tokens import Doc

    if len(text) <= size:
        return nlp(text)
    # one window at a time: the parser's working memory is that of one window, not of the text
    docs = []
    for doc in nlp.pipe((text[start:end] for start, end in window_bounds(text, size)), batch_size=1):
        # the tok2vec output (96 floats a token, 85 MB per 1,000,000 characters) is read by no
        # stage once the pipeline has run; dropping it keeps the joined Doc small
        doc.tensor = numpy.zeros((0, doc.tensor.shape[1] if doc.tensor.ndim == 2 else 0), dtype="float32")
        docs.append(doc)
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text:  # from_docs must not have added or dropped a character
        raise AssertionError("windowed parse changed the text")
    return joined
