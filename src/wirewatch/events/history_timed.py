"""The acts a phrase of a past era times: "seized by Soviet troops at the end of World War II".

A sentence naming a past era ("World War II", "centuries ago") was dropped whole, as a sports result is.
But the era's copy names the war as the background of today's act: "Japan renewed its demand that Russia
return four islands seized by Soviet troops at the end of World War II", "China accused Japan of
whitewashing its atrocities in World War II". The phrase times only the word it hangs on, reached through
prepositions and time nouns ("at the end of", "during", "in the last days of"): that act is history and is
not coded (a seizure of 1945 is no event of the story's day); the rest of the sentence is news.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from .lexicon import Lexicon
from .parse import doc_arrays, span_text

# nouns of a stretch of time between an era's name and the act it times ("at the end of", "in the
# aftermath of", "during the last years of")
TIME_NOUNS = frozenset({"end", "beginning", "start", "close", "aftermath", "eve", "height", "course",
                        "outbreak", "wake", "year", "day", "month", "week", "time", "period", "era", "part",
                        "stage", "phase", "run-up", "runup", "lead-up", "closing", "final", "last"})


def history_timed(sent: Any, lex: Lexicon) -> frozenset[int]:
    """The token indices of the acts in `sent` that a named past era times (empty: none is named)."""
    spans = lex.history_in(span_text(sent))
    if not spans:
        return frozenset()
    doc = sent.doc
    starts = doc_arrays(doc).idx
    base = sent.start_char
    timed: set[int] = set()
    for lo, hi in spans:
        first = max(bisect_left(starts, base + lo, sent.start, sent.end), sent.start)
        last = bisect_left(starts, base + hi, sent.start, sent.end)
        inside = range(first, last)
        if not inside:
            continue
        # the phrase's head: its token whose head lies outside it
        tok = next((doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head.i == i), None)
        while tok is not None:
            head = tok.head
            if head.i == tok.i:
                timed.add(tok.i)  # the era's name heads the sentence ("World War II ended in 1945")
                break
            if head.dep_ == "prep" or head.pos_ == "ADP" or (
                    head.pos_ == "NOUN" and head.lemma_.lower() in TIME_NOUNS):
                tok = head
                continue
            timed.add(head.i)
            timed.update(_done_for(head))
            break
    return frozenset(timed)


def _done_for(verb: Any) -> list[int]:
    """The act a clause about the era is the aim of: "have never signed a peace treaty to formally end World
    War II" tells of the war's settlement, a thing of the past, not a refusal of today's (the noun the clause
    qualifies and the verb that takes that noun as its object, or the verb an infinitive of purpose is on)."""
    aim = verb.head
    # (an aim, not a history: "islands seized in World War II" are returned today)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ in ("relcl", "acl") and aim.pos_ == "NOUN" and (infinitive or verb.tag_ == "VBG"):
        # "a treaty to end / ending the war"
        return [aim.i, aim.head.i] if aim.dep_ in ("dobj", "nsubjpass") else [aim.i]
    if verb.dep_ in ("advcl", "xcomp") and infinitive:
        return [aim.i]  # "met to end the war"
    return []
