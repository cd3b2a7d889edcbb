"""Quotes and reported speech: direct, mixed and indirect attributions with speaker and cue spans.

One pass over the dependency parse proposes attributions from cues (quote_cues.py): a verb of
saying with its clausal complement ("X said that ..."), a parenthetical ("..., X said, ..."), stance
verbs with their object, volition verbs with their infinitive, "according to X", nominal cues
("X's remarks that ..."). A second pass pairs quotation marks (quote_marks.py) and attaches each
quotation to a cue: in its own sentence, after a colon ending the previous paragraph, or the cue of
the quotation just before it (`"A," he said. "B."` gives both parts one cue span, which is how
PolNeAR counts one attribution with two parts). Headlines get the wire convention
"Content: speaker". Types follow the quote marks: direct (wholly quoted), mixed, indirect.

Every span is a pair of offsets into the input text; the spaCy Doc is built over `analysis_text`,
so its character offsets are input offsets. Work is linear in tokens: each cue looks only at its
own children and subtree edges; each quotation looks at the sentences it touches.

Modules: quote_spans (spans, the candidate), quote_speakers, quote_candidates (cue-driven),
quote_direct (quotations), quote_headlines; this module runs the passes, selects and builds records.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ...records import Actor, Article, Quote
from . import cues
from .candidates import _from_token
from .direct import _attach_direct_quotes
from .headlines import _headline, _title_line
from .marks import paragraph_quotes, paragraphs, quote_type
from .spans import Span, _Cand, _intersect, _overlaps, _trim, _weight


def extract_quotes(article: Article, doc: Any) -> None:
    """Fill `article.quotes` from the parsed headline + body."""
    text = article.text
    regions = _regions(article)
    quoted = _quoted_mask(text, regions)
    cands: list[_Cand] = []
    visible = _region_mask(text, regions)
    for tok in doc:
        # a cue must be headline or body text; reporting inside a quotation is the quoted speaker's
        if tok.idx < len(text) and visible[tok.idx] and not quoted[tok.idx]:
            for cand in _from_token(tok, text):
                cands.append(_clip_to_region(_clip_to_paragraph(cand, text), regions))
    cands = [c for c in cands if c.parts]
    cands = _attach_direct_quotes(doc, text, regions, cands, visible)
    if article.headline_start is not None and article.headline_end is not None:
        cands.extend(_headline(doc, text, article.headline_start, article.headline_end))
    elif regions:
        cands.extend(_title_line(doc, text, regions[0]))
    cands = _drop_nested(doc, cands)
    actors = _ActorIndex(article)
    article.quotes = [q for c in _dedupe(cands, text) for q in _to_quotes(c, text, actors)]


# --------------------------------------------------------------------------- regions and spans


def _regions(article: Article) -> list[Span]:
    """Headline and body spans, the only text quotes may come from (never trailer furniture)."""
    out: list[Span] = []
    if article.headline_start is not None and article.headline_end is not None:
        out.append((article.headline_start, article.headline_end))
    end = article.body_end if article.body_end > article.body_start else len(article.text)
    out.append((article.body_start, end))
    return sorted(out)


def _clip_to_paragraph(cand: _Cand, text: str) -> _Cand:
    """Content never crosses the paragraph of its cue (the parser's sentences sometimes do)."""
    if cand.cue is None:
        return cand
    lo = text.rfind("\n", 0, cand.cue[0]) + 1
    hi = text.find("\n", cand.cue[1])
    hi = len(text) if hi < 0 else hi
    parts = [_trim(text, max(a, lo), min(b, hi)) for a, b in cand.parts if a < hi and b > lo]
    cand.parts = [p for p in parts if p]
    if cand.speaker is not None:  # a subject parsed across a line break keeps its own line
        a, b = max(cand.speaker[0], lo), min(cand.speaker[1], hi)
        cand.speaker = _trim(text, a, b) if a < b else None
    return cand


def _quoted_mask(text: str, regions: list[Span]) -> bytearray:
    """1 for every character inside a quotation (marks included)."""
    mask = bytearray(len(text) + 1)
    for region in regions:
        for pstart, pend in paragraphs(text, *region):
            for q in paragraph_quotes(text, pstart, pend):
                mask[q.start:q.end] = b"\x01" * (q.end - q.start)
    return mask


# leftover markup in scraped copy (`<blockquote ... tweet_id="...">`): never a cue nor a quotation
_MARKUP = re.compile(r"<[^<>\n]{0,400}>|[\w-]+=\"[^\"\n]{0,200}\"")


def _region_mask(text: str, regions: list[Span]) -> bytearray:
    """1 for headline and body characters outside leftover markup."""
    mask = bytearray(len(text) + 1)
    for a, b in regions:
        mask[a:b] = b"\x01" * (b - a)
        for m in _MARKUP.finditer(text, a, b):
            mask[m.start():m.end()] = bytes(m.end() - m.start())
    return mask


def _clip_to_region(cand: _Cand, regions: list[Span]) -> _Cand:
    """Content and speaker stay inside the region (headline or body) of the cue."""
    if cand.cue is None:
        return cand
    lo, hi = next(((a, b) for a, b in regions if a <= cand.cue[0] < b), (0, 0))
    cand.parts = [(max(a, lo), min(b, hi)) for a, b in cand.parts if a < hi and b > lo]
    if cand.speaker is not None and not (cand.speaker[0] < hi and cand.speaker[1] > lo):
        cand.speaker = None
    elif cand.speaker is not None:
        cand.speaker = (max(cand.speaker[0], lo), min(cand.speaker[1], hi))
    return cand


# --------------------------------------------------------------------------- selection


_RANK = {"direct": 0, "headline": 0, "speech": 1, "according": 2, "parenthetical": 3,
         "nominal": 4, "object": 5, "prep": 6, "xcomp": 7, "adjective": 8, "passive": 9}


def _drop_nested(doc: Any, cands: list[_Cand]) -> list[_Cand]:
    """Drop attributions whose cue sits inside another one's content ("said she wanted to ..."):
    reported content is not re-attributed, except a speech verb with a subject of its own
    ("saying he noted the need ..."), which is a report within the report."""
    outer = sorted(p for c in cands if c.cue is not None for p in c.parts)
    if not outer:
        return cands
    starts = [p[0] for p in outer]
    longest = max(b - a for a, b in outer)
    kept = []
    for c in cands:
        if c.cue is not None and c.cue_token >= 0 and c.source not in ("direct", "headline"):
            own = c.source != "xcomp" and _own_voice(doc[c.cue_token])
            if not own and _covered(outer, starts, longest, c.cue):
                continue
        kept.append(c)
    return kept


def _covered(spans: list[Span], starts: list[int], longest: int, span: Span) -> bool:
    """Whether a span (sorted by start, the longest `longest` long) contains `span`."""
    i = bisect_right(starts, span[0]) - 1
    while i >= 0 and spans[i][0] >= span[0] - longest:
        if spans[i][1] >= span[1]:
            return True
        i -= 1
    return False


def _own_voice(tok: Any) -> bool:
    """A report inside a report that names its own source: "he noted ...", "Chung's remarks"."""
    if tok.pos_ == "NOUN":
        return any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in tok.children)
    return tok.lemma_.lower() in cues.SPEECH_VERBS and any(k.dep_ == "nsubj" for k in tok.children)


_BLOCK = 512  # characters per block of the overlap index in _dedupe


def _dedupe(cands: list[_Cand], text: str) -> list[_Cand]:
    """One attribution per content: where two cues claim nearly the same text, the better cue wins.
    Only candidates whose content overlaps can clash, so kept ones are filed by the blocks of text
    their parts cover and a candidate meets only those sharing a block (linear in a long text)."""
    kept: list[_Cand] = []
    by_block: dict[int, list[_Cand]] = {}
    for c in sorted(cands, key=lambda c: _RANK.get(c.source, 9)):
        keys = {block for a, b in c.parts for block in range(a // _BLOCK, max(a, b - 1) // _BLOCK + 1)}
        rivals = {id(k): k for key in keys for k in by_block.get(key, [])}.values()
        if not any(_clashes(c, k, text) for k in rivals):
            kept.append(c)
            for key in keys:
                by_block.setdefault(key, []).append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def _clashes(c: _Cand, k: _Cand, text: str) -> bool:
    """Whether c claims nearly the same content as the kept k, under a different cue."""
    if k.cue == c.cue and k.cue is not None and k.cue_token == c.cue_token and k.source == c.source:
        return False  # parts of one attribution ("A," he said. "B.")
    if c.cue is not None and any(a <= c.cue[0] and c.cue[1] <= b for a, b in k.parts):
        return False  # a report within the report ("saying he noted the need ...")
    inter = sum(_weight(text, _intersect(p, r)) for p in c.parts for r in k.parts if _overlaps(p, r))
    if not inter:
        return False
    c_weight = sum(_weight(text, p) for p in c.parts) or 1
    k_weight = sum(_weight(text, p) for p in k.parts) or 1
    return inter >= 0.8 * c_weight and inter >= 0.8 * k_weight


class _ActorIndex:
    """Entity mentions with an actor (from the actors stage), searchable by offset. A coreferent
    mention the actors stage left without an actor ("he" -> refers_to "Choi Young-sam") takes the
    actor of a mention of its referent."""

    def __init__(self, article: Article) -> None:
        self.by_name: dict[str, Actor] = {}
        for e in article.entities:
            if e.actor is not None:
                self.by_name.setdefault(e.text, e.actor)
        self.ents = sorted((e for e in article.entities if e.actor is not None or e.refers_to),
                           key=lambda e: e.start)
        self.starts = [e.start for e in self.ents]
        self.longest = max((e.end - e.start for e in self.ents), default=0)

    def actor_for(self, span: Span) -> Actor | None:
        """The actor of the mention overlapping the speaker span: the one covering the span's
        last word (the head of "a State Department spokesperson", "Clinton's aide Robby Mook")
        first, then the longest."""
        best: tuple[bool, int] | None = None
        found: Actor | None = None
        i = bisect_right(self.starts, span[1] - 1) - 1
        while i >= 0 and self.ents[i].start >= span[0] - self.longest:
            ent = self.ents[i]
            actor = ent.actor or (self.by_name.get(ent.refers_to) if ent.refers_to else None)
            if ent.end > span[0] and actor is not None:
                key = (ent.end >= span[1], ent.end - ent.start)
                if best is None or key > best:
                    best, found = key, actor
            i -= 1
        return found


def _to_quotes(c: _Cand, text: str, actors: _ActorIndex) -> list[Quote]:
    """One record per content part; parts of one attribution share the cue span."""
    return [_to_quote(c, text, actors, part) for part in c.parts]


def _to_quote(c: _Cand, text: str, actors: _ActorIndex, part: Span) -> Quote:
    start, end = part
    content = text[start:end]
    speaker = None if c.speaker is None else text[c.speaker[0]:c.speaker[1]]
    return Quote(
        type=quote_type(content), content=content, content_start=start, content_end=end,
        speaker=speaker,
        speaker_start=None if c.speaker is None else c.speaker[0],
        speaker_end=None if c.speaker is None else c.speaker[1],
        speaker_actor=None if c.speaker is None else actors.actor_for(c.speaker),
        cue=None if c.cue is None else text[c.cue[0]:c.cue[1]],
        cue_start=None if c.cue is None else c.cue[0],
        cue_end=None if c.cue is None else c.cue[1],
        headline=c.headline,
    )
