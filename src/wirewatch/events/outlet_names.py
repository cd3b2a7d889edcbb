"""An outlet's kind noun read as an adverb before the outlet's name (fortieth session, wip/lead42).

"An Iranian court closed the reformist daily Neshat": the small model reads "daily" as an adverb of the
verb, "reformist" as the object and the name as an adverbial noun, so the act has no outlet to aim at.
Agency copy names papers this way all the time ("the independent daily Al-Hayat", "the state-run weekly
Al-Ahram Hebdo"). The kind noun is laid back as the phrase's head, in the place its first word held, with
the words before it as its modifiers and the name as its apposition.
"""

from __future__ import annotations

from typing import Any

from .parse import Move

# kind nouns of an outlet the model reads as adverbs or adjectives ("daily", "weekly")
OUTLET_KINDS = frozenset({"daily", "weekly"})
# the labels of a noun phrase's head in its clause
_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})
_LABELS = {"DET": "det", "ADJ": "amod", "NOUN": "compound", "PROPN": "compound", "PUNCT": "punct",
           "ADV": "advmod", "VERB": "amod"}


def outlet_as_head(part: Any, at: list[int]) -> dict[int, Move]:
    """Moves laying a misread kind noun back as the head of "the <modifiers> daily <Name>"."""
    moves: dict[int, Move] = {}
    doc = part.doc
    for i in at:
        if i + 1 >= part.end or i - 1 < part.start:
            continue
        kind, name = doc[i], doc[i + 1]
        if kind.pos_ not in ("ADV", "ADJ") or name.pos_ != "PROPN" or not name.text[:1].isupper():
            continue
        start = i
        while start - 1 >= part.start and doc[start - 1].pos_ in ("ADJ", "NOUN", "PUNCT", "VERB") \
                and doc[start - 1].text not in (",", ";", ":") and i - start < 5:
            start -= 1
        if start - 1 >= part.start and doc[start - 1].pos_ == "DET":
            start -= 1
        if start == i or doc[start].pos_ != "DET":
            continue  # only a determined phrase: "the (reformist) daily X", never "met daily Ministers"
        phrase = range(start, i + 2)
        if kind.head.i not in phrase and kind.dep_ in _PLACES:
            moves[i] = (kind.head.i, kind.dep_, "NN", "NOUN")  # the right tree, the wrong part of speech
            continue
        outside = [t for t in doc[start:i + 2] if t.head.i not in phrase and t.i != i]
        if not outside:
            continue
        anchor = min(outside, key=lambda t: (t.pos_ == "DET", t.i))  # the word that held the phrase's place
        moves[i] = (anchor.head.i, anchor.dep_, "NN", "NOUN")
        for t in doc[start:i]:
            if t.head.i not in phrase or t.head.i == t.i:
                moves[t.i] = (i, _LABELS.get(t.pos_, "amod"), None, None)
        moves[i + 1] = (i, "appos", None, None)
    return moves
