"""TIMEX3 time expressions, normalised against the article's publication date.

Recognition and normalisation live in timex_rules.py (regular expressions over the text spaCy read,
so furniture and the trailer after the end marker are never seen). spaCy is used for one thing: the
tense of the verb that governs an expression, which decides whether "Friday" or "in March" points
back or forward from the anchor. The dateline's date ("SEOUL, Oct. 5 (Yonhap) --") is blanked from
the NLP text, so it is taken from `article.dateline` instead.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ...records import Article, Timex
from ..doc_text import doc_text
from .rules import Context, find_timexes

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "going"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "intend", "hope", "aim", "due", "set", "prepare", "want",
                 "seek", "propose", "vow", "pledge", "promise", "threaten"}


def anchor_date(article: Article) -> date | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def _month_day(published: str | None) -> tuple[int, int] | None:
    """(month, day) of a year-less publication date such as XXXX-10-13."""
    m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", (published or "")[:10])
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    try:
        date(2000, month, day)  # a leap year, so Feb. 29 is valid
    except ValueError:
        return None
    return month, day


def tense_oracle(doc: Any) -> Any:
    """A (start, end) -> -1/0/+1 function reading the tense of the governing verb from a spaCy Doc."""
    if doc is None:
        return lambda start, end: 0
    cache: dict[tuple[int, int], int] = {}

    def direction(start: int, end: int) -> int:
        key = (start, end)
        if key not in cache:
            span = doc.char_span(start, end, alignment_mode="expand")
            cache[key] = _direction_of(span.root) if span is not None and len(span) else 0
        return cache[key]

    return direction


def _direction_of(token: Any) -> int:
    verb = token
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return 0
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {c.lower_ for c in aux}
    if lowers & _FUTURE_AUX or any(c.lower_ == "to" and c.head.lower_ == "going" for c in aux):
        return 1
    if verb.lemma_ in ("plan", "schedule") and verb.tag_ != "VBD":
        return 1  # "planned a rally on Saturday", "is scheduled for Monday"
    if verb.tag_ in ("VBD",) or lowers & {"did", "had", "has", "have", "was", "were"}:
        if verb.tag_ == "VBG" and lowers & {"was", "were"}:
            return -1
        return -1
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "'re"}:
        return 1  # "is meeting Friday"
    if verb.tag_ == "VB" and "to" in lowers:
        head = verb.head
        if any(c.dep_ == "aux" and c.lower_ == "had" for h in (head, head.head) for c in h.children):
            return -1  # "it had been due to expire Friday"
        if head.lemma_ in _FUTURE_HEADS or head.lemma_ == "be":
            return 1
        if head.tag_ == "VBD":
            return -1  # "agreed to acquire X Friday": the agreeing is the dated event
        return _direction_of(head) if head != verb else 0
    if verb.tag_ == "VBN" and lowers & {"is", "are", "be"}:
        return 1 if verb.lemma_ in _FUTURE_HEADS else 0
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _FUTURE_HEADS:
        return 1
    return 0


def extract_timexes(article: Article, doc: Any) -> None:
    """Fill `article.timexes` (text order) from the dateline and from the headline and body."""
    from ..model import analysis_text

    anchor = anchor_date(article)
    text = doc_text(doc) if doc is not None else analysis_text(article)  # (kept for the events stage)
    ctx = Context(anchor=anchor, direction=tense_oracle(doc), month_day=_month_day(article.published))
    timexes: list[Timex] = []
    dateline = _dateline_timex(article, ctx)
    if dateline is not None:
        timexes.append(dateline)
    limit = article.body_end if article.body_end > article.body_start else len(article.text)
    for f in find_timexes(text, ctx):
        if f.end > limit:
            continue  # never past the end of the body (trailer, related headlines)
        timexes.append(Timex(text=article.text[f.start:f.end], start=f.start, end=f.end, type=f.norm.type,
                             value=f.norm.value, evidence=f"{f.rule}: {f.norm.reason}"))
    timexes.sort(key=lambda t: t.start)
    article.timexes = timexes


def _dateline_timex(article: Article, ctx: Context) -> Timex | None:
    dl = article.dateline
    if dl is None or not dl.date_text:
        return None
    idx = dl.text.find(dl.date_text)
    if idx < 0:
        return None
    start = dl.start + idx
    end = start + len(dl.date_text)
    if article.text[start:end] != dl.date_text:
        return None
    # the dateline states the story's own day: read it as past-or-today, never as a future date
    past = Context(anchor=ctx.anchor, direction=lambda s, e: -1, month_day=ctx.month_day)
    found = list(find_timexes(dl.date_text, past))
    if len(found) != 1:
        return None
    f = found[0]
    return Timex(text=dl.date_text[f.start:f.end], start=start + f.start, end=start + f.end, type=f.norm.type,
                 value=f.norm.value, evidence=f"dateline: {f.norm.reason}")
