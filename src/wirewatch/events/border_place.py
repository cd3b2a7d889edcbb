"""A border named as where an act happened is no party to it (wip/gsrforce).

"Captured a rebel stronghold on the Thai border", "villages near Macedonia's border with Bulgaria",
"attacked a camp along the border with Pakistan": the border, the country that qualifies it and the
country across it say where, not against whom (CAMEO codes the attacked, not the neighbour). Forces
massed or deployed on a border are the exception (MOBILIZE, `arguments.target_actors`): they are aimed
across it, and the caller keeps that reading.
"""

from __future__ import annotations

from typing import Any

from .parse import lemma

BORDERS = {"border", "frontier", "boundary", "borders", "frontiers"}
# prepositions that put an act on, near or along a line, not into a country
BORDER_PREPS = {"on", "near", "along", "at", "by", "alongside", "astride", "close", "next"}
# "close to the border", "next to the frontier": the adverb carries the to-phrase
NEAR_HEADS = {"close", "next", "near"}


def border_place(tok: Any) -> bool:
    """`tok` is a border in a locative phrase, or a country that names one ("the Thai border",
    "Uganda's border", "the border with Congo")."""
    climb = tok
    while climb.dep_ in ("compound", "amod", "poss", "conj", "appos") and climb.head.i != climb.i:
        climb = climb.head  # "on the Thai border", "near Uganda's border"
    if climb.dep_ == "pobj" and climb.head.lower_ == "with":
        prep = climb.head
        if lemma(prep.head) in BORDERS:
            climb = prep.head  # "along the border with Pakistan"
        elif prep.i > 0 and lemma(prep.doc[prep.i - 1]) in BORDERS:
            climb = prep.doc[prep.i - 1]  # the same, with the with-phrase hung on the verb by the parser
    return lemma(climb) in BORDERS and _locative(climb)


def _locative(border: Any) -> bool:
    if border.dep_ != "pobj":
        return False
    prep = border.head
    if prep.lower_ in BORDER_PREPS:
        return True
    return prep.lower_ == "to" and prep.head.lower_ in NEAR_HEADS
