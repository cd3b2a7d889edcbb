"""The search query language on PostgreSQL: the same `compile_query` AST, compiled to a tsquery.

SQLite's FTS5 index splits text with its unicode61 tokenizer (runs of letters and digits, lower-cased,
diacritics removed). PostgreSQL's parser splits differently (`Jong-un` is one hyphenated word plus
its parts, `U.S.` a host name, ...), so the PostgreSQL store does not let it decide: both the indexed
text and every query term are first reduced here to the same unicode61-like tokens, joined by
spaces, which the `simple` configuration then indexes one word each. Searching therefore finds
exactly what it finds on SQLite: a term is a phrase of its tokens (`<->`), a prefix ends in `:*`,
`headline:`/`body:` (and `quote:`/`speaker:`) are tsvector weights A and B, OR is `|`, NOT is `!`.

The tsquery is written as text and cast (`::tsquery`), never parsed by `to_tsquery`: every lexeme
is a quoted run of letters and digits, so no user text can be an operator.
"""

from __future__ import annotations

import re
import unicodedata

from .query import CompiledQuery, Target, Term

TS_CONFIG = "simple"  # no stemming and no stop words: like unicode61
_TOKEN = re.compile(r"[^\W_]+")
# FTS5 column -> tsvector weight (headline and quote text weigh A, body and speaker names B)
WEIGHTS: dict[Target, dict[str, str]] = {
    "articles": {"headline": "A", "search_body": "B"},
    "quotes": {"content": "A", "speakers": "B"},
}


def tokens(text: str | None) -> list[str]:
    """The words unicode61 (remove_diacritics) would index: letters and digits, lower case, accents
    removed (é -> e; Hangul and other scripts are left as written)."""
    if not text:
        return []
    if text.isascii():  # nothing to decompose or remove (most wire copy, most queries)
        return _TOKEN.findall(text.lower())
    decomposed = unicodedata.normalize("NFD", text)
    # the marks are looked up once per distinct character, not once per character of an article
    marks = {ord(ch): None for ch in set(decomposed) if unicodedata.category(ch) == "Mn"}
    bare = unicodedata.normalize("NFC", decomposed.translate(marks) if marks else decomposed)
    return _TOKEN.findall(bare.lower())


def search_text(text: str | None) -> str:
    """`text` as the space-separated tokens the tsvector is built from."""
    return " ".join(tokens(text))


def _term(term: Term, target: Target) -> str | None:
    """One term as a tsquery phrase, or None when nothing in it is a token."""
    words = tokens(term.text)
    if not words:
        return None
    weight = WEIGHTS[target].get(term.column or "", "")
    parts = [f"'{word}'" + (":" + weight if weight else "") for word in words]
    if term.prefix:
        parts[-1] = f"'{words[-1]}':*{weight}"
    phrase = " <-> ".join(parts)
    return f"({phrase})" if len(parts) > 1 else phrase


def _any(terms: tuple[Term, ...], target: Target) -> str | None:
    parts = [p for p in (_term(t, target) for t in terms) if p is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


NOTHING = "''"  # the empty tsquery: matches no document


def to_tsquery(compiled: CompiledQuery, target: Target = "articles") -> tuple[str | None, str | None]:
    """(match, exclude) tsquery texts for a compiled query, mirroring `compiled.match` and
    `compiled.exclude`. A required term with no token in it matches nothing, as on FTS5."""
    excluded = _any(compiled.excluded, target) if compiled.excluded else None
    if compiled.groups:
        groups = [_any(group, target) for group in compiled.groups]
        if any(g is None for g in groups):
            return NOTHING, None
        match = " & ".join(g for g in groups if g is not None)
        if excluded:
            match = f"({match}) & !{excluded}"
        return match, None
    return None, excluded
