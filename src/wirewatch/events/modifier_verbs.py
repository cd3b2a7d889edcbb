"""A lexicon verb the small model reads as a modifier or a preposition's object after a time phrase
(leads41).

"The U.N. Human Rights Commission on Friday censured Burma's military government for torture": the model
tags "censured" an adjective (or a name) of "Burma", makes "government" the object of "on" and the
subject the root, so the sentence has no verb and nothing is coded; with "bankrolled", "suppressed",
"suspended", "indicted" it keeps the verb and its object but hangs the verb on "on" as its object. The
time phrase's parse30 repair (`reparse._time_cut`) parses the sentence again without the phrase, but with
a rare verb under a long subject the second parse misreads it just the same (benchmarks/verb_frames.py:
50 of 346 verbs in that frame). Here the tree is laid back on the sentence's own tokens with no second
parse: the verb (its lemma a lexicon verb's, from its "-ed" form) takes the top of the misread block's
place (the root, or the complement of a trailing "..., diplomats said"), the noun before the time phrase
is its subject, the noun it modified its object, and the subject's words after the verb (a for-phrase, a
second verb joined by "and") follow the verb. Only where no other verb of the sentence has a subject of
its own, except a reporting verb.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .parse import Move, kids

# how the model hangs the misread verb (shape 1: a modifier of the object's words; shape 2: the object of
# the time phrase's "on", keeping its own object)
_AS_MODIFIER = frozenset({"amod", "compound", "case", "nmod", "npadvmod", "acl"})
_AS_OBJECT = frozenset({"pobj", "pcomp"})
# the links inside an object noun phrase a modifier verb climbs to find the phrase's head
_INSIDE_PHRASE = frozenset({"poss", "compound", "amod", "nmod", "case"})
# the links inside a subject phrase the noun before the time phrase climbs ("The Organization of American
# States on Sunday ...")
_IN_SUBJECT = frozenset({"pobj", "prep", "compound", "poss", "amod", "nmod"})
_REPORTING = frozenset({"say", "report", "tell", "add", "announce", "quote", "state"})
REPORTING_ROOTS = frozenset({"say", "report"})  # the trailing attributions a misread clause hangs on
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


@lru_cache(maxsize=1)
def _lexicon_verbs() -> frozenset[str]:
    from .lexicon import default_lexicon

    return frozenset(lemma for pos, lemma in default_lexicon().patterns if pos == "verb")


def verb_lemma(word: str) -> str | None:
    """The lexicon verb an "-ed" form is the past of ("censured" censure, "bashed" bash, "slammed" slam,
    "bullied" bully), or None."""
    if len(word) < 5 or not word.endswith("ed") or not word.isalpha():
        return None
    verbs = _lexicon_verbs()
    stems = [word[:-1], word[:-2]]
    if word[-3] == word[-4]:
        stems.append(word[:-3])
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    return next((s for s in stems if s in verbs), None)


def _block_top(verb: Any) -> tuple[Any, Any | None]:
    """(the top of the misread block above `verb`, the reporting verb it hangs on or None)."""
    top = verb
    while top.head.i != top.i:
        head = top.head
        if head.pos_ in ("VERB", "AUX"):
            return top, head
        top = head
    return top, None


def _subject(before: Any, first: int) -> Any | None:
    """The head noun of the subject phrase that ends right before the time phrase."""
    tok = before
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    while tok.dep_ in _IN_SUBJECT and tok.head.i < first and tok.head.pos_ in ("NOUN", "PROPN", "ADP"):
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _object(verb: Any) -> Any | None:
    """The head of the noun phrase after the verb: the noun it modifies (shape 1) or its own object."""
    own = next((c for c in kids(verb) if c.dep_ in ("dobj", "attr") and c.i > verb.i), None)
    if own is not None:
        return own
    if verb.dep_ not in _AS_MODIFIER:
        return None
    tok = verb.head
    while tok.dep_ in _INSIDE_PHRASE and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.i > verb.i and tok.pos_ in ("NOUN", "PROPN") else None


def _other_clause(part: Any, verb: Any, subject: Any) -> bool:
    """Whether another verb of the part has a subject of its own (other than a reporting verb's)."""
    for tok in part:
        if tok.i == verb.i or tok.pos_ not in ("VERB", "AUX") or tok.lemma_ in _REPORTING:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i for c in kids(tok)):
            return True
    return False


def verb_after_time(part: Any, at: list[int]) -> tuple[dict[int, Move], dict[int, str]]:
    """The moves (and the verb's lemma) that lay a lexicon verb misread after the time phrase starting at
    one of the indices `at` (the "on" or the weekday) back as the clause's verb; ({}, {}) where none is."""
    doc = part.doc
    for first in at:
        i = first + 1 if doc[first].lower_ == "on" else first
        if i >= part.end - 1 or doc[i].lower_ not in WEEKDAYS or first <= part.start:
            continue
        laid = _laid(part, doc[i + 1], first, i)
        if laid[0]:
            return laid
    return {}, {}


def verb_after_subject(part: Any) -> tuple[dict[int, Move], dict[int, str]]:
    """The same, with no time phrase: "The U.N. Human Rights Commission censured Burma's military
    government" read as a noun phrase with no verb (the part's root a noun)."""
    doc = part.doc
    for verb in part:
        if verb.i > part.start and verb.is_lower and verb.dep_ in _AS_MODIFIER and \
                verb.lower_.endswith("ed") and doc[verb.i - 1].pos_ in ("NOUN", "PROPN"):
            laid = _laid(part, verb, verb.i, None)
            if laid[0]:
                return laid
    return {}, {}


def _laid(part: Any, verb: Any, first: int, day: int | None) -> tuple[dict[int, Move], dict[int, str]]:
    """The moves for `verb` after a subject phrase ending before `first` (a time phrase from `first` to the
    weekday `day`, or none)."""
    doc = part.doc
    none: tuple[dict[int, Move], dict[int, str]] = ({}, {})
    if not verb.is_lower or verb.dep_ not in _AS_MODIFIER | _AS_OBJECT:
        return none
    lemma = verb_lemma(verb.lower_)
    if lemma is None:
        return none
    subject = _subject(doc[first - 1], first)
    obj = _object(verb)
    if subject is None or obj is None or _other_clause(part, verb, subject):
        return none
    top, above = _block_top(verb)
    second = above is not None and top.i == subject.i and above.i > obj.i and \
        above.dep_ in ("ROOT", "ccomp")
    if above is not None and above.lemma_ not in _REPORTING and not second:
        return none
    if second and above is not None:
        # "The commission on Friday censured X for torture and urged it to ...": the subject hung on the
        # second verb, which becomes the misread verb's conjunct
        place: Move = (verb.i, "ROOT", "VBD", "VERB") if above.dep_ == "ROOT" else \
            (above.head.i, above.dep_, "VBD", "VERB")
        moves: dict[int, Move] = {above.i: (verb.i, "conj", None, None)}
    else:
        place = (above.i, "ccomp", "VBD", "VERB") if above is not None else \
            (verb.i, "ROOT", "VBD", "VERB")
        moves = {}
    moves.update({verb.i: place, subject.i: (verb.i, "nsubj", None, None),
                  obj.i: (verb.i, "dobj", None, None)})
    if day is not None and doc[first].lower_ == "on":
        moves[first] = (verb.i, "prep", None, None)
        moves[day] = (first, "pobj", None, None)
    elif day is not None:
        moves[day] = (verb.i, "npadvmod", None, None)
    if top.i not in (subject.i, obj.i, verb.i):
        # a dateline the subject hung on ("GENEVA (Reuters) - The commission ...") stays beside the verb
        moves[top.i] = (verb.i, "npadvmod", None, None)
    for holder in {subject, top}:
        for c in kids(holder):
            if c.i > verb.i and c.i not in moves and c.i != obj.i:
                moves[c.i] = (verb.i, c.dep_, None, None)  # "for torture", "and urged it to ..."
    return moves, {verb.i: lemma}
