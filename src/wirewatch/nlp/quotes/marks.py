"""Quotation-mark spans: pairing curly, straight and doubled-apostrophe double quotes per paragraph.

Conventions handled: “curly” pairs, "straight" toggles, ``TeX'' and ''doubled'' apostrophes (some
newspaper feeds use '' for both ends), and the journalistic multi-paragraph quote, where a paragraph
that continues a quotation opens with a quote mark but the previous one is never closed.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = frozenset("\u201c\u201e\u00ab")
CLOSERS = frozenset("\u201d\u00bb")
DOUBLE_QUOTE_CHARS = frozenset("\u201c\u201d\"\u201e\u00ab\u00bb")


@dataclass(slots=True)
class QuoteSpan:
    start: int  # the opening mark
    end: int  # just after the closing mark, or the paragraph end when unclosed
    closed: bool


def _marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(position, length, kind) for every double-quote mark; kind is open, close or toggle."""
    out: list[tuple[int, int, str]] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in OPENERS:  # an opener glued to the end of a word is a typo'd closer ("Frozen“ and")
            out.append((i, 1, "close" if _looks_closing(text, i, 1, start) else "open"))
        elif ch in CLOSERS:
            out.append((i, 1, "close"))
        elif ch == '"':
            out.append((i, 1, "toggle"))
        elif ch == "`" and text.startswith("``", i):
            out.append((i, 2, "open"))
            i += 1
        elif ch == "'" and text.startswith("''", i):
            out.append((i, 2, "toggle"))
            i += 1
        i += 1
    return out


def paragraph_quotes(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Quote spans inside one paragraph [start, end). An unclosed quote runs to the paragraph end.

    Readings are tried in order until one closes every quotation: curly quotes nesting
    (“... “hell” ...”); when straight quotes are odd in number among curly ones, the curly ones
    alone (a stray straight mark); then the same without nesting (the inner opener was a typo).
    If none closes, the first reading stands (a quotation continued in the next paragraph)."""
    marks = _marks(text, start, end)
    readings = [(marks, True)]
    toggles = sum(1 for m in marks if m[2] == "toggle")
    if toggles % 2 and len(marks) > toggles:
        readings.append(([m for m in marks if m[2] != "toggle"], True))
    readings += [(marks, False)] + [(r, False) for r, _ in readings[1:]]
    first: list[QuoteSpan] | None = None
    for reading, nest in readings:
        spans, balanced = _pair(text, start, end, reading, nest)
        if balanced:
            return spans
        first = spans if first is None else first
    return first or []


def _pair(text: str, start: int, end: int, marks: list[tuple[int, int, str]],
          nest: bool) -> tuple[list[QuoteSpan], bool]:
    """Pair the marks of the paragraph [start, end); balanced when every quotation closes."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    depth = 0  # curly quotes nested inside a curly quotation (“... “hell” ...”)
    for pos, length, kind in marks:
        if open_at is None:
            if kind == "close":
                continue  # a stray closer (or a continuation closing a quote from before)
            if kind == "toggle" and _looks_closing(text, pos, length, start):
                continue
            open_at = pos
        elif kind == "open":
            depth += nest
        elif kind == "close" and depth > 0:
            depth -= 1
        elif kind in ("close", "toggle"):
            spans.append(QuoteSpan(open_at, pos + length, True))
            open_at = None
            depth = 0
    balanced = open_at is None
    if open_at is not None:
        stop = end
        while stop > open_at and text[stop - 1].isspace():
            stop -= 1
        if stop - open_at > 1:
            spans.append(QuoteSpan(open_at, stop, False))
    return spans, balanced


def _looks_closing(text: str, pos: int, length: int, floor: int) -> bool:
    """A straight quote glued to the end of a word with a space after it closes, not opens."""
    before = text[pos - 1] if pos > floor else " "
    after = text[pos + length] if pos + length < len(text) else " "
    return (before.isalnum() or before in ".,!?;:") and (after.isspace() or after in ".,;:)")


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines of text[start:end] as (start, end), whitespace trimmed."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos = stop + 1
    return out


def quote_type(content: str) -> str:
    """direct (wholly inside double quotes), mixed (partly quoted) or indirect (no quote marks)."""
    stripped = content.strip()
    has_double = any(ch in DOUBLE_QUOTE_CHARS for ch in stripped) or "''" in stripped or "``" in stripped
    if not has_double:
        return "mixed" if _has_single_quote_pair(stripped) else "indirect"
    core = stripped.rstrip(" \t\n.,;:!?)\u2014-\u2013")
    opens = stripped[:1] in DOUBLE_QUOTE_CHARS or stripped[:2] in ("''", "``")
    closes = bool(core) and (core[-1] in DOUBLE_QUOTE_CHARS or core.endswith("''")
                             or stripped[-1] in DOUBLE_QUOTE_CHARS)
    return "direct" if opens and closes else "mixed"


def _has_single_quote_pair(text: str) -> bool:
    """'scare quotes' in single marks (headline style), not apostrophes: opened after a space."""
    for i, ch in enumerate(text):
        opens = i == 0 or text[i - 1] in " ("
        if ch in "'\u2018" and opens and i + 1 < len(text) and text[i + 1].isalnum():
            rest = text[i + 1:]
            for j, c2 in enumerate(rest):
                if c2 in "'\u2019" and (j + 1 == len(rest) or not rest[j + 1].isalnum()) and j > 0:
                    return True
    return False
