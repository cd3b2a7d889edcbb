"""Direct quotations: attach each paired quotation to a cue candidate whose content it is, a
verb framing it, a colon or dash label, the last cue of its paragraph, or the quotation before."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from . import cues
from .candidates import _COMPLEMENT_DEPS
from .marks import QuoteSpan, paragraph_quotes, paragraphs
from .spans import (
    _QUOTE_CHARS,
    Span,
    _Cand,
    _cue_span,
    _intersect,
    _overlaps,
    _tok_span,
    _trim,
    _weight,
)
from .speakers import _speaker_after, _speaker_of

_NAME_POS = frozenset({"PROPN", "PRON", "NOUN", "DET", "ADJ"})


def _attach_direct_quotes(doc: Any, text: str, regions: list[Span], cands: list[_Cand],
                          visible: bytearray) -> list[_Cand]:
    """Give every quotation an attribution, reusing a cue candidate whose content it is.
    A quotation only looks at candidates cued in its own paragraph or the one before, so the
    pass stays linear in the length of the text."""
    paras = [para for region in regions for para in paragraphs(text, *region)]
    starts = [a for a, _ in paras]
    by_para: dict[int, list[_Cand]] = {}
    for c in cands:
        if c.cue is not None:
            by_para.setdefault(bisect_right(starts, c.cue[0]) - 1, []).append(c)
    out = list(cands)
    prev_colon: tuple[Any, Span | None] | None = None
    for k, para in enumerate(paras):
        prev_para = paras[k - 1] if k else (-1, -1)
        colon_cue = prev_colon if _only_space(text, prev_para[1], para[0]) else None
        local = by_para.get(k - 1, []) + by_para.setdefault(k, [])
        for q in paragraph_quotes(text, *para):
            if not visible[q.start]:
                continue  # an attribute value of leftover markup (`tweet_id="..."`)
            cand = _attribute_quote(doc, text, q, local, colon_cue, para, prev_para)
            if cand is not None and cand not in local:
                local.append(cand)
                by_para[k].append(cand)
                out.append(cand)
            colon_cue = None
        prev_colon = _colon_cue(doc, text, *para)
    return [c for c in out if c.source != "dropped"]


def _only_space(text: str, a: int, b: int) -> bool:
    return a >= 0 and not text[a:b].strip()


def _colon_cue(doc: Any, text: str, pstart: int, pend: int) -> tuple[Any, Span | None] | None:
    """A paragraph ending "X said:" introduces a quotation in the next paragraph."""
    if text[pend - 1] != ":":
        return None
    span = doc.char_span(pstart, pend, alignment_mode="expand")
    if span is None:
        return None
    sent = doc[span.end - 1].sent
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and pstart <= t.idx < pend]
    for verb in reversed(verbs):
        if verb.lemma_.lower() in cues.DIRECT_QUOTE_VERBS or any(k.dep_ == "nsubj" for k in verb.children):
            return verb, _speaker_of(verb)
    return None


def _attribute_quote(doc: Any, text: str, q: QuoteSpan, cands: list[_Cand],
                     colon_cue: tuple[Any, Span | None] | None, para: Span, prev_para: Span) -> _Cand | None:
    qspan = (q.start, q.end)
    qlen = _weight(text, qspan)
    colon_at = -1
    # a cue candidate whose content is this quotation (or which quotes part of its content)
    for c in cands:
        if c.source in ("headline", "dropped") or (c.cue is not None and _overlaps(c.cue, qspan)):
            continue  # a cue inside the quotation is the quoted speaker's own reporting
        inter = sum(_weight(text, _intersect(p, qspan)) for p in c.parts)
        total = sum(_weight(text, p) for p in c.parts)
        # `"...," Texas delegate Bill Eastland, wearing a hat, said`: what follows is the frame
        framed_after = c.cue is not None and c.cue[0] >= c.end > q.end
        leads = (abs(c.start - q.start) <= 2 and inter >= 0.8 * qlen
                 and (framed_after or _tails_off(text, q.end, c.end)))
        # the parse read only the first sentence of a long quotation as the complement
        opens = abs(c.start - q.start) <= 2 and inter >= 0.8 * total
        if inter and (opens or (inter >= 0.5 * qlen and (_little_outside(text, c.parts, qspan) or leads))):
            c.parts = [qspan]
            if (c.speaker is None or _overlaps(c.speaker, qspan)) and c.cue_token >= 0 \
                    and c.cue is not None and c.cue[0] >= qspan[1]:
                c.speaker = _speaker_after(doc[c.cue_token], qspan)
            c.source = "direct"
            return c
        if inter >= 0.8 * qlen and total > inter:
            colon = _colon_before(text, q.start, c.start)
            if colon < 0:
                return None  # a quoted phrase inside someone's paraphrase: a mixed quote already
            # `X asserted that ...: "..."`: the quotation after the colon stands on its own
            c.parts = [p for p in (_trim(text, a, min(b, colon)) for a, b in c.parts if a < colon) if p]
            if c.parts:
                colon_cue = (None, c.speaker)
                colon_at = colon
    cue = _cue_near(doc, text, q, short=qlen < 12 and not colon_cue)
    if qlen < 12 and not colon_cue and cue is None:
        return None  # scare quotes and titles
    if cue is None and colon_cue is not None:
        if colon_cue[0] is None:
            return _Cand([qspan], (colon_at, colon_at + 1), colon_cue[1], "direct", -1)
        cue = colon_cue
    if cue is not None:
        verb, speaker = cue
        if (speaker is None or _overlaps(speaker, qspan)) and verb is not None and verb.i > 0 \
                and verb.idx >= qspan[1]:
            speaker = _speaker_after(verb, qspan)
        cue_span = _cue_span(verb)
        if verb.text[:1] in _QUOTE_CHARS:  # a dash glued to the closing mark: "...”― Name"
            cue_span = (cue_span[0] + 1, cue_span[1])
        for c in cands:  # the same cue read the quotation's inner clause as its complement
            if c.cue_token == verb.i and c.source != "direct":
                c.source = "dropped"
        return _Cand([qspan], cue_span, speaker, "direct", verb.i)
    last = _last_cue(cands, para[0], q.start)
    if last is not None and last.cue is not None:
        # "A," he said. "B."  /  "A," he said, adding that ... "B."  -> one attribution, two parts
        return _Cand([qspan], last.cue, last.speaker, "direct", last.cue_token)
    prev = _previous(cands, q.start)
    if prev is None or prev.cue is None:
        return None
    whole = q.start == para[0] and q.end >= para[1] - 2
    if whole and prev.end >= prev_para[0] and prev.source == "direct":
        # a paragraph that only continues the quotation before it
        return _Cand([qspan], prev.cue, prev.speaker, "direct", prev.cue_token)
    return None


def _little_outside(text: str, parts: list[Span], qspan: Span) -> bool:
    """The content is the quotation but for a word or two (`that "..."`, `"...," too`), not a
    paraphrase quoting a phrase (`there's a "long road ahead"`)."""
    words = 0
    for a, b in parts:
        for x, y in ((a, min(b, qspan[0])), (max(a, qspan[1]), b)):
            if y > x:
                words += sum(1 for w in text[x:y].split() if any(ch.isalnum() for ch in w))
    return words <= 1


def _tails_off(text: str, start: int, end: int) -> bool:
    """What follows a quotation inside a parsed clause is another clause (`"...," and shared a
    link`, `"...," referring to ...`), not more of the same sentence."""
    rest = text[start:end].lstrip()
    if not rest or rest[0] in ",\u2014(;":
        return True
    first = rest.split(None, 1)[0].lower()
    return first in ("and", "but", "while", "before", "after", "as") or first.endswith("ing")


def _colon_before(text: str, pos: int, floor: int) -> int:
    """Offset of a colon that directly precedes pos (spaces aside), or -1."""
    i = pos - 1
    while i > floor and text[i] in " \u00a0":
        i -= 1
    return i if i > floor and text[i] == ":" else -1


def _last_cue(cands: list[_Cand], floor: int, pos: int) -> _Cand | None:
    """The attribution whose cue comes last in [floor, pos), its content finished before pos."""
    best: _Cand | None = None
    best_end = -1
    for c in cands:
        if c.cue is None or c.source in ("dropped", "headline") or c.cue_token < 0:
            continue
        if floor <= c.cue[0] and c.cue[1] <= pos and c.end <= pos and c.cue[1] > best_end:
            best, best_end = c, c.cue[1]
    return best


def _previous(cands: list[_Cand], pos: int) -> _Cand | None:
    """The direct attribution whose quotation ends last before pos."""
    best: _Cand | None = None
    for c in cands:
        if c.source == "direct" and c.end <= pos and (best is None or c.end > best.end):
            best = c
    return best


def _cue_near(doc: Any, text: str, q: QuoteSpan, short: bool = False) -> tuple[Any, Span | None] | None:
    """The verb of saying in the sentences the quotation touches, outside it, nearest first;
    failing that, any verb framing it: `"...," X shot back.` or `X went further: "..."`."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    sents = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    if span.end < len(doc):  # `..." he said.` parsed as a sentence of its own
        sents.setdefault(doc[span.end].sent.start, doc[span.end].sent)
    best: tuple[int, Any] | None = None
    for sent in sents.values():
        for tok in sent:
            if q.start <= tok.idx < q.end or tok.lemma_.lower() not in cues.DIRECT_QUOTE_VERBS:
                continue
            if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
                continue
            if not _frames(tok, span, short):
                continue
            dist = tok.idx - q.end if tok.idx >= q.end else (q.start - tok.idx) + 40
            if best is None or dist < best[0]:
                best = (dist, tok)
    if best is not None:
        return best[1], _speaker_of(best[1])
    if short:
        return None
    verb = _framing_verb_after(doc, span) or _framing_verb_before(doc, span)
    if verb is not None:
        return verb, _speaker_of(verb)
    return _colon_label(doc, span) or _dash_label(doc, text, q.end)


_SIGNATURE = re.compile(r"[ \t\u00a0]*[\u2015\u2014\u2013-]{1,2}[ \t\u00a0]*"
                        r"((?:[A-Z][\w.\u2019'-]*)(?:[ \u00a0](?:[A-Z][\w.\u2019'-]*|de|la|van|von|da)){0,5})"
                        r"[ \t\u00a0.]*(?:\n|$)")


def _dash_label(doc: Any, text: str, quote_end: int) -> tuple[Any, Span | None] | None:
    """`"..." -- Jane Doe`: a quotation signed with a dash and a name closing the line; the dash
    is the cue."""
    m = _SIGNATURE.match(text, quote_end)
    if m is None:
        return None
    dash = doc.char_span(m.start(), m.start(1), alignment_mode="expand")
    end = m.end(1)
    if text[end - 1] == "." and len(text[m.start(1):end].split()[-1]) > 2:
        end -= 1  # the full stop after "Sanchez.", not the one of an initial ("Jr.", "A.")
    name = _trim(text, m.start(1), end)
    if dash is None or name is None:
        return None
    cue = next((t for t in dash if any(ch in "\u2015\u2014\u2013-" for ch in t.text)), None)
    return None if cue is None else (cue, name)


def _colon_label(doc: Any, quote: Any) -> tuple[Any, Span | None] | None:
    """`Michael P. McDonald: "..."`: a bare name before a colon introduces the quotation; the
    colon is the cue."""
    i = quote.start - 1
    if i < 1 or doc[i].text != ":":
        return None
    j = i - 1
    while j >= 0 and doc[j].pos_ in ("PROPN", "NOUN") and not doc[j].is_space and i - j <= 5:
        j -= 1
    if j == i - 1:
        return None
    return doc[i], _tok_span(doc, j + 1, i - 1)


def _frames(verb: Any, quote: Any, short: bool = False) -> bool:
    """Whether a cue verb can be the quotation's own (quote: its token span): it governs it, or
    only its subject and punctuation stand between them (`"...," X said` / `X said: "..."`),
    never a sentence end or a line break."""
    doc = verb.doc
    after = verb.i >= quote.end
    between = doc[quote.end:verb.i] if after else doc[verb.i + 1:quote.start]
    if any(t.tag_ == "." or "\n" in t.text for t in between):
        return False
    if short:  # a two-word quotation needs the tight frame `"Really," she added.`
        if after:  # only punctuation and the speaker in between, not `"crazy" and said`
            return len(between) <= 4 and all(t.is_punct or t.pos_ in _NAME_POS for t in between)
        return len(between) == 0 or (len(between) <= 4 and between[-1].text in (":", ","))
    if after:
        return True
    if len(between) > 0 and between[-1].text in (":", ","):
        return True
    # `said "..."` with the quotation as its complement, not `said on "Meet the Press"`
    return len(between) == 0 or (len(between) <= 3 and quote.root.head.i == verb.i
                                 and quote.root.dep_ in _COMPLEMENT_DEPS)


def _framing_verb_after(doc: Any, quote: Any) -> Any:
    """`"...," X verbed` / `"...," verbed X`: a verb right after the quotation, or after its
    subject, that ends its sentence (`"Stay there!" yelled a man.`, `"...," Trump barked.`)."""
    i = quote.end
    while i < len(doc) and doc[i].is_punct and doc[i].text in ",\u2014-":
        i += 1
    if i >= len(doc) or "\n" in doc[i].text or doc[i].is_space:
        return None
    tok = doc[i]
    verb = None
    if tok.pos_ == "VERB" and tok.is_alpha:
        verb = tok
    else:
        subj = tok
        while subj.dep_ in ("compound", "amod", "det", "poss") and subj.head.i > subj.i:
            subj = subj.head
        if subj.dep_ == "nsubj" and tok.left_edge.i >= i and subj.head.pos_ == "VERB":
            cand = subj.head
            if cand.i > subj.right_edge.i and cand.i - subj.right_edge.i <= 2:
                verb = cand
    if verb is None:
        return None
    if doc[i].is_sent_start and verb.right_edge.i - verb.i > 4:
        return None  # a new sentence that goes on is a narrative, not an attribution
    return verb


def _framing_verb_before(doc: Any, quote: Any) -> Any:
    """`X verbed: "..."`: the last verb before a colon or comma that opens the quotation."""
    i = quote.start - 1
    if i < 0 or doc[i].text not in (":", ","):
        return None
    for j in range(i - 1, max(quote.start - 12, -1), -1):
        tok = doc[j]
        if tok.is_sent_start and j != i - 1 and tok.pos_ != "VERB":
            return None
        if tok.pos_ == "VERB" and any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children):
            return tok
        if tok.is_sent_start or tok.text in (".", "\u201d", "\""):
            return None
    return None
