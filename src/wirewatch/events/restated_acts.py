"""An act a later sentence names again by a bare definite noun of its own verb ("The United States
expelled 50 Russian diplomats. ... In Moscow, Foreign Minister Igor Ivanov called the expulsions a relapse
into the Cold War"): the noun is the act told before, the same occurrence, and codes no new act of its own
(stories38; the speaker's act is the judgement, which speech.py aims at the doers told before). The noun
is a new act only where it carries parties of its own ("the expulsion of two more diplomats", "Russia's
expulsion of ...", "a fresh expulsion"), which `bare_definite` and the preposition test leave alone."""

from __future__ import annotations

from typing import Any

from .act_nouns import NAMED_BEFORE
from .parse import kids, lemma
from .reading import ArticleContext, Reading
from .speech import antecedent_act


def restates_told_act(r: Reading, ctx: ArticleContext) -> bool:
    """Whether the reading's anchor is a bare definite noun naming an act coded in the sentences before
    ("the expulsions", "the tests", "the closure"), with no preposition of its own."""
    tok: Any = r.anchor
    if tok.pos_ != "NOUN" or lemma(tok) not in NAMED_BEFORE:
        return False  # a word test first: almost every reading leaves here
    if any(c.dep_ == "prep" for c in kids(tok)):
        return False  # "the expulsion of two more diplomats" names its own parties
    return bool(antecedent_act(tok, ctx))
