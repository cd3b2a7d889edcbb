"""Headline attributions: the wire colon convention ("Content: speaker" / "Speaker: content")
and title-case lines read from their shape and the cue lexicon."""

from __future__ import annotations

import re
from typing import Any

from . import cues
from .marks import paragraphs
from .spans import _QUOTE_CHARS, Span, _Cand, _trim


def _headline(doc: Any, text: str, start: int, end: int) -> list[_Cand]:
    """Wire headlines attribute with a colon: "Content: speaker" (or "Speaker: content");
    failing that, a title-case `Speaker Says X`."""
    colon = text[start:end].rfind(": ")
    left = _trim(text, start, start + colon) if colon > 0 else None
    right = _trim(text, start + colon + 1, end) if colon > 0 else None
    if left and right:
        cue = (start + colon, start + colon + 1)
        if _is_short_name(doc, text, right):
            return [_Cand([left], cue, right, "headline", -1, headline=True)]
        if _is_short_name(doc, text, left) and _names_a_source(doc, left):
            return [_Cand([right], cue, left, "headline", -1, headline=True)]
    return _title_case_cue(text, start, end)


_TITLE_WORD = re.compile(r"[\w\u2019'.-]+")
_TITLE_STOP = frozenset({"the", "a", "an", "of", "against", "for", "to", "in", "on", "with", "at", "by",
                         "from", "about", "his", "her", "their", "its", "new", "more", "no", "as", "or"})


# Stance verbs that in a headline report a decision or an act, not words: "CITY COUNCIL APPROVES
# LEANER BUDGET" is a vote, and its object is no quote.
_HEADLINE_ACTS = frozenset({
    "approve", "appoint", "authorize", "veto", "overturn", "unveil", "withdraw", "withhold", "restore",
    "restrict", "reform", "issue", "introduce", "sponsor", "display", "exploit", "explore", "expose",
    "ease", "roll", "rule", "lay", "list", "name", "post", "review", "share", "use", "resist",
    "document", "broadcast", "witness"})


# Movement verbs of market and statistics headlines: a cue-like word before one is a plural noun,
# the subject ("JAPAN MACHINE TOOL ORDERS RISE IN FEBRUARY", "Factory Orders Fall").
_MOVES = frozenset({"rise", "rises", "fall", "falls", "jump", "jumps", "drop", "drops", "climb", "climbs",
                    "slip", "slips", "surge", "surges", "soar", "soars", "plunge", "plunges", "dip", "dips",
                    "edge", "edges", "grow", "grows", "slow", "slows", "stall", "stalls", "up", "down",
                    "rebound", "rebounds", "slump", "slumps", "hit", "hits", "top", "tops"})


def _noun_before_verb(words: list[Any], k: int) -> bool:
    return k + 1 < len(words) and words[k + 1].group().lower() in _MOVES


def _cue_lemma(word: str) -> str | None:
    """The cue verb a title-case third-person form stands for ("Praises" -> praise), or None."""
    w = word.lower()
    if not w.endswith("s") or len(w) < 4:
        return None
    for lemma in (w[:-3] + "y" if w.endswith("ies") else "", w[:-2] if w.endswith("es") else "", w[:-1]):
        if lemma in _HEADLINE_ACTS:
            return None
        if lemma and (lemma in cues.SPEECH_VERBS or lemma in cues.OBJECT_VERBS or lemma in cues.PREP_VERBS
                      or lemma in cues.CLAUSE_VERBS):
            return lemma
    return None


def _title_case_cue(text: str, start: int, end: int) -> list[_Cand]:
    """`Speaker Praises X, Blasts Y` / `Content, Speaker Says` / `Clinton swipes at Trump`: title
    lines, which the parser reads as strings of proper nouns, found from the shape of the line and
    the cue lexicon (a third-person verb after a name)."""
    words = list(_TITLE_WORD.finditer(text, start, end))
    if len(words) < 3:
        return []
    title_case = sum(w.group()[:1].isupper() for w in words) >= 0.7 * len(words)
    shouted = all(w.group().isupper() for w in words if w.group()[:1].isalpha())
    verbs = [k for k in range(1, len(words)) if _cue_lemma(words[k].group()) is not None
             and words[k - 1].group().lower() not in _TITLE_STOP
             and (title_case or words[k].group().islower())
             and not _noun_before_verb(words, k)
             # a line in capitals hides nouns among verbs: only verbs of saying count there
             and (not shouted or _cue_lemma(words[k].group()) in cues.SPEECH_VERBS)]
    if not verbs:
        return []
    first = words[verbs[0]]
    head = 0
    if words[0].group().lower() in _TITLE_STOP | {"after", "as", "while", "amid"}:
        comma = text.rfind(",", start, first.start())
        head = next((i for i, w in enumerate(words) if w.start() > comma), 0) if comma > 0 else 0
    names = words[head:verbs[0]]
    if not title_case and not all(w.group()[:1].isupper() for w in names):
        return []
    comma = text.rfind(",", start, first.start())
    if len(words) - verbs[0] <= 4 and comma > words[0].end() \
            and 0 < sum(1 for w in names if w.start() > comma) <= 5:
        # "Guns Are 'A Crisis,' Howard Dean Tells Convention": the content comes first
        lead = comma + 1
        while lead < first.start() and text[lead] in _QUOTE_CHARS + " ":
            lead += 1  # the closing mark after "Crisis,'"
        speaker, content = _trim(text, lead, first.start()), _trim(text, start, lead)
        parts = [] if content is None else [(content, (first.start(), first.end()))]
    else:
        speaker = _trim(text, words[head].start(), first.start())
        parts = []
        for n, k in enumerate(verbs):  # "Backs Trump And Denounces Clinton": one content each
            stop = end
            if n + 1 < len(verbs):
                nxt = words[verbs[n + 1]]
                sep = text[words[k].end():nxt.start()].rstrip()
                if not (sep.endswith(",") or sep.lower().endswith(" and")):
                    continue
                stop = nxt.start()
            content = _trim(text, words[k].end(), stop)
            if content is not None and text[content[1] - 4:content[1]] == " And":
                content = _trim(text, content[0], content[1] - 4)
            if content is not None:
                parts.append((content, (words[k].start(), words[k].end())))
            if stop == end:
                break
    if speaker is None or len(text[speaker[0]:speaker[1]].split()) > 8:
        return []
    return [_Cand([content], cue, speaker, "headline", -1, headline=True) for content, cue in parts]


def _names_a_source(doc: Any, span: Span) -> bool:
    """A label before the colon is a source ("Pence:", "HUFFPOLLSTER:", "The Post:"), not a
    series title ("The Latest:", "The Ninth Circle:"), which opens with a determiner and names no one."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return False
    return toks[0].pos_ != "DET" or any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in toks)


def _title_line(doc: Any, text: str, region: Span) -> list[_Cand]:
    """A body that opens with a one-line title (no headline field): apply the headline rule to it."""
    paras = paragraphs(text, *region)
    if len(paras) < 2:
        return []
    start, end = paras[0]
    if len(text[start:end].split()) > 25:
        return []
    end = end - 1 if text[end - 1] == "." else end
    return _headline(doc, text, start, end)


def _is_short_name(doc: Any, text: str, span: Span) -> bool:
    """A source label: at most five tokens, a noun among them, no verb, no quote marks."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or not 0 < len(toks) <= 5:
        return False
    if any(t.text in "\"\u201c\u201d'" for t in toks):
        return False
    if toks[0].is_sent_start and all(t.text[:1].isupper() or t.is_punct for t in toks):
        return True  # a capitalised label opening the line ("HUFFPOLLSTER:", "NY Daily News:")
    return (any(t.pos_ in ("NOUN", "PROPN") for t in toks)
            and not any(t.pos_ in ("VERB", "AUX") for t in toks))
