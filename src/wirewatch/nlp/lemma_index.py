"""Make the rule lemmatizer's word index a set, so its membership tests stop scanning lists.

en_core_web_sm's `lemma_index` table holds, per part of speech, the known base forms as a *list*
(57,000 nouns). spaCy's rule lemmatizer asks `form in index` for every candidate a suffix rule
produces on every uncached token, so each test walks the list; on news copy that made the
lemmatizer cost nearly as much as the parser. A frozenset answers the same question the same way,
so lemmas are unchanged.
"""

from __future__ import annotations

from typing import Any


def index_lemma_tables(nlp: Any, name: str = "lemmatizer") -> bool:
    """Turn list-valued entries of the lemmatizer's `lemma_index` into frozensets, in place."""
    if name not in nlp.pipe_names:
        return False
    lookups = getattr(nlp.get_pipe(name), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return False
    table = lookups.get_table("lemma_index")
    changed = False
    for key, value in list(table.items()):
        if isinstance(value, list):
            table[key] = frozenset(value)
            changed = True
    return changed


# plural nouns whose exception list puts a rare reading first: the rule lemmatizer inserts each listed
# form at the front, so ["base", "basis"] makes "bases" "basis", and "pounded rebel bases" lost its object
NEWS_NOUN_LEMMAS = {"bases": ["base"]}


def prefer_news_lemmas(nlp: Any, name: str = "lemmatizer") -> bool:
    """Give the plural nouns of NEWS_NOUN_LEMMAS the reading news copy means, in place."""
    if name not in nlp.pipe_names:
        return False
    lookups = getattr(nlp.get_pipe(name), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return False
    nouns = lookups.get_table("lemma_exc").get("noun")
    if not isinstance(nouns, dict):
        return False
    nouns.update(NEWS_NOUN_LEMMAS)
    return True
