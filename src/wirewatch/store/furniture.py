"""Corpus-level furniture: paragraphs that recur across many documents of one agency or source.

Per-document parsing (parse/wire.py) finds the furniture it can see in one story: bylines, contact
lines, end markers, related-headline trailers. What it cannot see is boilerplate that only looks
like boilerplate in bulk: "Follow us on Twitter", a copyright paragraph, a standing editor's note.
So during ingest the store counts, per group (the article's agency, else its input file), in how
many documents each body paragraph occurs; copies of one story (same headline, digits aside: re-sent
or corrected versions) count once. A paragraph is furniture once it occurs in at least
`MIN_DOCS` documents *and* in at least `MIN_SHARE` (5%) of the group's documents; long paragraphs need
`LONG_MIN_DOCS`, because a wire story's paragraphs legitimately recur across its own updates (LEAD,
2nd LD, ...) a handful of times. The share must be 5% with confidence (its lower bound, two standard
errors below the observed share), and a paragraph in the set stays until its share is confidently
below half of that (`KEEP_SHARE`). Every change of the set means re-stripping the stored articles
that carry the paragraph; without these margins, a paragraph whose true share is near 5% (a stock
sentence with a weekday in it) would join and leave the set by chance as the group grows.

Furniture is never removed from the stored analysis record (`body` stays what the parser said, so
offsets and scores do not move); it is stripped from `body_clean`, which is what full-text search
indexes and snippets show, and counted per article (`articles.furniture`). Counts are committed in
the same transaction as the articles, and the group is marked dirty. The writer recomputes the set
as the run grows (each new set is a new epoch of the group, recorded in `furniture_sets`); at the end
of every ingest, restrip.py brings older articles up to the current set, touching only those whose
stripped body changes.
"""

from __future__ import annotations

import hashlib
import math

MIN_DOCS = 5
LONG_MIN_DOCS = 20
LONG_CHARS = 200
MIN_SHARE = 0.05
KEEP_SHARE = MIN_SHARE / 2  # a paragraph already in the set stays while it may be this common
CONFIDENCE = 2.0  # standard errors between the observed share and the thresholds
MIN_CHARS = 16  # shorter ones ("(END)", "Thank you.", "Reuter") are dialogue or for the parser
MAX_CHARS = 1000

def _indented(line: str) -> bool:
    """A paragraph start in hard-wrapped copy: a tab or two spaces, then text."""
    return line[:1] == "\t" or (line[:2] == "  " and bool(line.strip()))


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in `body`.

    Wire copy comes in two layouts. One paragraph per line (Yonhap, AP, KCNA): every line is a
    paragraph. Hard-wrapped (Reuters, e-mail): paragraphs are indented or separated by blank lines,
    and each line is a fragment; counting fragments would make "said." furniture, so there the
    paragraph is the unit.
    """
    lines: list[tuple[int, int, str, bool]] = []  # start, end, content, blank
    position = 0
    for line in body.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        lines.append((position, position + len(content), content, not content.strip()))
        position += len(line)
    filled = [(a, b) for a, b, _, blank in lines if not blank]
    blocks = 1 + sum(1 for i in range(1, len(lines)) if lines[i][3] and not lines[i - 1][3])
    wrapped = len(filled) >= 2 * blocks > 2 or any(_indented(c) for _, _, c, _ in lines)
    if not wrapped:
        return filled
    out: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for line_start, line_end, content, blank in lines:
        if blank or (start is not None and _indented(content)):
            if start is not None:
                out.append((start, end))
            start = None
            if blank:
                continue
        if start is None:
            start = line_start
        end = line_end
    if start is not None:
        out.append((start, end))
    return out


def key_of(paragraph: str) -> int | None:
    """The counting key (a signed 64-bit hash) of a paragraph; None when too short or too long."""
    if len(paragraph) < MIN_CHARS:
        return None
    normal = " ".join(paragraph.split()).lower()
    if not MIN_CHARS <= len(normal) <= MAX_CHARS:
        return None
    digest = hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


Keyed = list[tuple[int, int, int | None]]  # paragraph start, end, key


def keyed_paragraphs(body: str) -> Keyed:
    return [(start, end, key_of(body[start:end])) for start, end in paragraphs(body)]


def body_keys(body: str, keyed: Keyed | None = None) -> dict[int, str]:
    """Distinct paragraph keys of a body, each with its text as written."""
    keys: dict[int, str] = {}
    for start, end, key in keyed if keyed is not None else keyed_paragraphs(body):
        if key is not None and key not in keys:
            keys[key] = body[start:end].strip()
    return keys


def story_key(headline: str | None, body: str) -> int:
    """Which story a document is, for counting: its headline (else its first 200 body characters)
    without digits, so re-sent or corrected copies of one story count once."""
    basis = "".join(ch for ch in (headline or body[:200]).lower() if not ch.isdigit() and not ch.isspace())
    digest = hashlib.blake2b(basis.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def is_furniture(docs: int, group_docs: int, chars: int, *, already: bool = False) -> bool:
    """Whether a paragraph seen in `docs` of the group's `group_docs` documents is furniture: its
    share is MIN_SHARE or more with confidence; `already` (it is in the group's current set): its
    share may still be KEEP_SHARE or more."""
    floor = LONG_MIN_DOCS if chars > LONG_CHARS else MIN_DOCS
    if docs < floor or group_docs <= 0:
        return False
    share = min(1.0, docs / group_docs)
    error = CONFIDENCE * math.sqrt(share * (1 - share) / group_docs)
    return share + error >= KEEP_SHARE if already else share - error >= MIN_SHARE


def strip(body: str, furniture: set[int] | frozenset[int], keyed: Keyed | None = None) -> tuple[str, int]:
    """`body` without its furniture paragraphs, and how many were removed."""
    if not furniture:
        return body, 0
    kept: list[str] = []
    removed = 0
    cursor = 0
    for start, end, key in keyed if keyed is not None else keyed_paragraphs(body):
        if key is not None and key in furniture:
            kept.append(body[cursor:start])
            cursor = end
            removed += 1
    if not removed:
        return body, 0
    kept.append(body[cursor:])
    return "".join(kept), removed
