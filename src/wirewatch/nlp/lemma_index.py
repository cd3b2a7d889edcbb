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
