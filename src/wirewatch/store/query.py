"""The search query language: what people type, parsed into a small AST and compiled to a safe
FTS5 MATCH expression. The grammar is documented in docs/search.md.

    compile_query('"Kim Jong-un" missile OR rocket -test headline:talks agency:Yonhap since:2021')

User text never reaches FTS5 as syntax: every term is written as an FTS5 string ("..." with quotes
doubled), which FTS5 splits with the same tokenizer that indexed the text. So `Kim Jong-un`,
`U.S.-China` or `7:20` become phrases of their tokens, and punctuation can never be an operator.
The operators are ours (`OR`, `-`/`NOT`, `*`, `field:`); anything else is a literal word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from .validate import DayError, first_day, last_day

Target = Literal["articles", "quotes"]

# field name in a query -> FTS5 column, per searchable table
FTS_FIELDS: dict[str, dict[str, str]] = {
    "articles": {"headline": "headline", "title": "headline", "body": "search_body"},
    "quotes": {"quote": "content", "content": "content", "speaker": "speakers"},
}
# fields that filter on article metadata instead of searching text (both tables join articles)
FILTER_FIELDS = ("agency", "since", "until")

MAX_TERMS = 64  # FTS5 cost grows with terms; a pasted paragraph is cut here (with a note)
MAX_CHARS = 4000
MIN_PREFIX = 2  # `a*` would have FTS5 walk every word starting with a (seconds on a big store)

_FIELD = re.compile(r"([A-Za-z]+):")
_TOKEN_CHARS = re.compile(r"[^\W_]+")  # runs of letters and digits: the tokens FTS5 indexes
# C0/C1 controls, NUL (which FTS5 reads as the end of the string) and lone surrogates (from shell
# arguments that were not UTF-8) cannot be encoded or searched: they become spaces
_UNSEARCHABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for: a word or phrase, optionally in one column, optionally a prefix."""

    text: str
    column: str | None = None  # FTS5 column, None = any
    prefix: bool = False

    def fts(self) -> str:
        phrase = '"' + self.text.replace('"', '""') + '"' + (" *" if self.prefix else "")
        return f"{self.column} : {phrase}" if self.column else phrase


@dataclass(slots=True)
class ParsedQuery:
    """The AST: every group must match (a group matches when any of its terms does), no excluded
    term may match, and the metadata filters hold."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CompiledQuery:
    """What `compile_query` returns.

    `match`: the FTS5 MATCH expression, or None when the query has no positive term.
    `exclude`: only when `match` is None: an FTS5 expression whose matches are left out
    (`-draft` alone means "everything except drafts").
    `filters`: metadata filters: `agency` (any of the names, case-insensitive), `-agency` (none of
    them), `since` / `until` (ISO days, inclusive).
    `notes`: what was ignored or read literally, in words a user understands.
    `groups` / `excluded`: the terms themselves (the AST), for backends that do not speak FTS5
    (store/tsquery.py compiles them for PostgreSQL).
    """

    match: str | None
    exclude: str | None
    filters: dict[str, tuple[str, ...]]
    notes: tuple[str, ...]
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing to search for and nothing to filter on: the query finds nothing."""
        return self.match is None and self.exclude is None and not self.filters


def clean(text: str) -> str:
    return _UNSEARCHABLE.sub(" ", unicodedata.normalize("NFC", text[:MAX_CHARS]))


def searchable(text: str) -> bool:
    """Has at least one character the unicode61 tokenizer keeps (letters, digits, private use)."""
    return any(unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co" for ch in text)


def parse_query(text: str, target: Target = "articles") -> ParsedQuery:
    """Read a user's query into a ParsedQuery. Never raises on any string."""
    columns = FTS_FIELDS[target]
    parsed = ParsedQuery()
    if len(text) > MAX_CHARS:
        parsed.notes.append(f"only the first {MAX_CHARS} characters of the query are used")
    text = clean(text)
    i, n = 0, len(text)
    pending_or = False  # OR right after a term: the next term joins that term's group
    after_term = False  # the last token was a positive term (what OR can follow)
    negate_next = False  # the last token was NOT
    terms = 0
    seen: set[Term] = set()
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated, name = negate_next, None
        negate_next = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace():
            negated, i = True, i + 1
        found = _FIELD.match(text, i)
        if found and (found[1].lower() in columns or found[1].lower() in FILTER_FIELDS):
            rest = text[found.end():]
            if rest.strip():  # `body: korea` means body:korea; a trailing `body:` is a word
                name = found[1].lower()
                i = found.end()
                while text[i].isspace():
                    i += 1
        if text[i] == '"':
            close = text.find('"', i + 1)
            if close < 0:
                parsed.notes.append("a quote was not closed: the phrase runs to the end of the query")
                close = n
            word, i = text[i + 1:close], close + 1
            prefix = i < n and text[i] == "*"
            while i < n and text[i] == "*":
                i += 1
            quoted = True
        else:
            end = i
            while end < n and not text[end].isspace() and text[end] != '"':
                end += 1
            word, i = text[i:end], end
            prefix = word.endswith("*")
            word = word.rstrip("*")
            quoted = False
        if not quoted and not negated and name is None and word in ("OR", "AND", "NOT"):
            if word == "OR":
                pending_or = pending_or or after_term
            elif word == "NOT":
                negate_next = True
            after_term = False
            continue
        after_term = False
        if name in FILTER_FIELDS:
            if _add_filter(parsed, name, word, negated):
                pending_or = False
                continue
            word, name = f"{name}:{word}", None  # not a usable filter value: search it as words
        if not searchable(word):
            if word.strip():
                parsed.notes.append(f"ignored {word!r}: nothing in it can be searched")
            continue
        if prefix and len((_TOKEN_CHARS.findall(word) or [""])[-1]) < MIN_PREFIX:
            parsed.notes.append(f"{word}* is too short a prefix (it would match most words): "
                                f"searched as {word}")
            prefix = False
        term = Term(word, columns.get(name) if name else None, prefix)
        if term in seen:  # a repeated term only costs time
            continue
        seen.add(term)
        terms += 1
        if terms > MAX_TERMS:
            parsed.notes.append(f"only the first {MAX_TERMS} terms of the query are used")
            break
        if negated:
            parsed.excluded.append(term)
        elif pending_or:
            parsed.groups[-1].append(term)
            after_term = True
        else:
            parsed.groups.append([term])
            after_term = True
        pending_or = False
    return parsed


def _add_filter(parsed: ParsedQuery, name: str, value: str, negated: bool) -> bool:
    """Record a metadata filter; False when the value is no use as one (searched as words then)."""
    value = value.strip()
    if not value:
        return False
    if name == "agency":
        parsed.filters.setdefault("-agency" if negated else "agency", []).append(value)
        return True
    try:
        day = first_day(value) if name == "since" else last_day(value)
    except DayError:
        parsed.notes.append(f"{name}:{value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): searched as words")
        return False
    if negated:
        parsed.notes.append(f"'-' has no meaning before {name}: applied as {name}:{value}")
    parsed.filters[name] = [day]
    return True


def _or(terms: list[Term]) -> str:
    return terms[0].fts() if len(terms) == 1 else "(" + " OR ".join(t.fts() for t in terms) + ")"


def compile_query(text: str, target: Target = "articles") -> CompiledQuery:
    """Compile a user's query (docs/search.md) for `target` ("articles" or "quotes").

    Returns a CompiledQuery: `match` is an FTS5 MATCH expression in which every term is a quoted
    FTS5 string, so it is always valid syntax; `exclude`, `filters` and `notes` as documented on
    CompiledQuery. Never raises on any string; a query with nothing searchable is `empty`.
    """
    parsed = parse_query(text, target)
    text = clean(text)
    excluded = _or(parsed.excluded) if parsed.excluded else None
    match = exclude = None
    if parsed.groups:
        match = " AND ".join(_or(group) for group in parsed.groups)
        if excluded:
            match = f"({match}) NOT {excluded}" if len(parsed.groups) > 1 else f"{match} NOT {excluded}"
    else:
        exclude = excluded
    filters = {k: tuple(v) for k, v in parsed.filters.items()}
    notes = tuple(dict.fromkeys(parsed.notes))
    if match is None and exclude is None and not filters:
        notes += (f"nothing to search for in {text[:80]!r}",)
    return CompiledQuery(match, exclude, filters, notes, tuple(tuple(g) for g in parsed.groups),
                         tuple(parsed.excluded))
