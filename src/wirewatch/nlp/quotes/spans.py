"""Spans and the attribution candidate shared by the quote passes: trimming, token spans, overlaps.

Every span is a pair of offsets into the input text, end-exclusive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Span = tuple[int, int]

_EDGE_PUNCT = " \t\n,;:\u2014\u2013-("
_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019"


@dataclass(slots=True)
class _Cand:
    """A proposed attribution before de-duplication."""

    parts: list[Span]
    cue: Span | None
    speaker: Span | None
    source: str  # the pattern: speech, parenthetical, object, xcomp, prep, passive, raising, adjective,
    #              according, nominal, direct, headline; "dropped" once a quotation claimed its cue
    cue_token: int = -1  # token index of the cue, -1 when none (headline colon, follow-on)
    headline: bool = False

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _trim(text: str, start: int, end: int) -> Span | None:
    """Shrink a span past edge punctuation and whitespace (quote marks are kept); None when
    nothing but punctuation is left."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def _tok_span(doc: Any, first: int, last: int) -> Span:
    """Character span of tokens first..last (inclusive)."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _subtree_span(tok: Any) -> Span:
    return _tok_span(tok.doc, tok.left_edge.i, tok.right_edge.i)


def _cue_span(tok: Any) -> Span:
    return tok.idx, tok.idx + len(tok.text)


def _minus(text: str, outer: Span, holes: list[Span]) -> list[Span]:
    """outer without the hole spans, as trimmed parts."""
    parts: list[Span] = []
    pos = outer[0]
    for a, b in sorted(holes):
        if a > pos:
            part = _trim(text, pos, min(a, outer[1]))
            if part:
                parts.append(part)
        pos = max(pos, b)
    if pos < outer[1]:
        part = _trim(text, pos, outer[1])
        if part:
            parts.append(part)
    return parts


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _intersect(a: Span, b: Span) -> Span:
    return max(a[0], b[0]), min(a[1], b[1])


def _weight(text: str, span: Span) -> int:
    """Characters that count for matching: not whitespace, not quote marks."""
    a, b = span
    if b <= a:
        return 0
    return sum(1 for ch in text[a:b] if not ch.isspace() and ch not in "\"'\u201c\u201d\u2018\u2019")
