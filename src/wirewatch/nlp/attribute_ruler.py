"""A faster, output-identical stand-in for spaCy's `attribute_ruler`.

en_core_web_sm's attribute ruler maps every TAG to POS and MORPH and applies ~120 word-specific
exceptions. spaCy runs those rules through its general `Matcher`, whose `IN`/`NOT_IN`/`REGEX`
predicates call back into Python for every token; on news copy that costs as much as the parser.

Every rule in the model is a fixed-length token sequence whose tokens test attribute values
(exact, `IN`, `NOT_IN`, `REGEX`), so the match set of a token depends only on its attribute values.
`FastAttributeRuler` compiles the loaded ruler's own patterns into plain set/regex tests, memoises
the single-token rules per distinct token signature, and applies the ruler's own normalised
attribute dicts in the ruler's own order (rule index, then position), so the result is the same
token for token. When a model's ruler uses anything else (operators, quantifiers, extension
attributes), `compile_ruler` returns None and the original component stays in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from spacy import attrs as spacy_attrs
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

FAST_ATTRIBUTE_RULER = "wirewatch_attribute_ruler"

_ALIASES = {"TEXT": "ORTH"}


@dataclass(frozen=True, slots=True)
class _Test:
    """One attribute test of one pattern token: which attribute column, and how to compare."""

    column: int
    kind: str                 # "in", "not_in" or "regex"
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _Rule:
    rule_id: int                         # the ruler's attribute index: later ids win
    tokens: tuple[tuple[_Test, ...], ...]
    index: int                           # which matched token receives the attributes


@dataclass(slots=True)
class CompiledRules:
    columns: list[int]                   # spaCy attribute ids read with Doc.to_array
    single: list[_Rule]
    multi: list[_Rule]
    attrs: list[dict[Any, Any]]          # the ruler's normalised attribute dicts, by rule id


def _attr_id(key: str) -> int | None:
    name = _ALIASES.get(key.upper(), key.upper())
    value = spacy_attrs.IDS.get(name)
    return int(value) if value is not None else None


def _compile_token(spec: Any, columns: dict[int, int]) -> tuple[_Test, ...] | None:
    if not isinstance(spec, dict):
        return None
    tests: list[_Test] = []
    for key, value in spec.items():
        if not isinstance(key, str) or key in ("OP", "_"):
            return None
        attr = _attr_id(key)
        if attr is None:
            return None
        column = columns.setdefault(attr, len(columns))
        if isinstance(value, dict):
            if len(value) != 1:
                return None
            ((op, operand),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(operand, list | tuple):
                if not all(isinstance(v, str | int) and not isinstance(v, bool) for v in operand):
                    return None
                kind = "in" if op == "IN" else "not_in"
                tests.append(_Test(column, kind, frozenset(get_string_id(v) for v in operand)))
            elif op == "REGEX" and isinstance(operand, str):
                tests.append(_Test(column, "regex", regex=re.compile(operand)))
            else:
                return None
        elif isinstance(value, bool):
            tests.append(_Test(column, "in", frozenset({int(value)})))
        elif isinstance(value, str | int):
            tests.append(_Test(column, "in", frozenset({get_string_id(value)})))
        else:
            return None
    return tuple(tests)


def compile_ruler(ruler: Any) -> CompiledRules | None:
    """Compile a loaded AttributeRuler's patterns, or None when they use anything not handled."""
    try:
        attrs = list(ruler.attrs)
        indices = list(ruler.indices)
        matcher = ruler.matcher
    except AttributeError:
        return None
    columns: dict[int, int] = {}
    single: list[_Rule] = []
    multi: list[_Rule] = []
    for rule_id in range(len(attrs)):
        key = str(rule_id)
        if key not in matcher:
            continue
        _, patterns = matcher.get(key)
        for pattern in patterns:
            if not pattern:
                return None
            tokens: list[tuple[_Test, ...]] = []
            for spec in pattern:
                compiled = _compile_token(spec, columns)
                if compiled is None:
                    return None
                tokens.append(compiled)
            index = indices[rule_id]
            if not -len(tokens) <= index < len(tokens):
                return None  # spaCy raises on these; let it
            rule = _Rule(rule_id, tuple(tokens), index % len(tokens))
            (single if len(tokens) == 1 else multi).append(rule)
    ordered = sorted(columns, key=columns.__getitem__)
    return CompiledRules(ordered, single, multi, attrs)


def _passes(tests: tuple[_Test, ...], row: tuple[int, ...], strings: Any) -> bool:
    for test in tests:
        value = row[test.column]
        if test.kind == "in":
            if value not in test.values:
                return False
        elif test.kind == "not_in":
            if value in test.values:
                return False
        elif test.regex is None or not test.regex.search(strings[value]):
            return False
    return True


class FastAttributeRuler:
    """Pipeline component: the compiled rules of an AttributeRuler, applied without the Matcher."""

    CACHE_LIMIT = 200_000  # distinct token signatures remembered; cleared when exceeded

    def __init__(self, rules: CompiledRules, strings: Any) -> None:
        self.strings = strings
        self.adopt(rules)

    def adopt(self, rules: CompiledRules) -> None:
        self.rules = rules
        # index each single-token rule under one of its `in` tests, so a new signature checks few rules
        self._index: dict[tuple[int, int], list[_Rule]] = {}
        self._unindexed: list[_Rule] = []
        for rule in rules.single:
            tests = [t for t in rule.tokens[0] if t.kind == "in"]
            if not tests:
                self._unindexed.append(rule)
                continue
            key_test = min(tests, key=lambda t: len(t.values))
            for value in key_test.values:
                self._index.setdefault((key_test.column, value), []).append(rule)
        # token signature -> (single-token rule ids that match, multi-token rules whose first token matches)
        self._cache: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._merged_cache: dict[tuple[int, ...], dict[Any, Any]] = {}

    def _probe(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        found = self._cache.get(row)
        if found is None:
            if len(self._cache) >= self.CACHE_LIMIT:
                self._cache.clear()
            candidates = list(self._unindexed)
            for column, value in enumerate(row):
                candidates.extend(self._index.get((column, value), ()))
            strings = self.strings
            ids = tuple(sorted({r.rule_id for r in candidates if _passes(r.tokens[0], row, strings)}))
            starts = tuple(n for n, r in enumerate(self.rules.multi) if _passes(r.tokens[0], row, strings))
            found = self._cache[row] = (ids, starts)
        return found

    def _merged(self, ids: tuple[int, ...]) -> dict[Any, Any]:
        merged = self._merged_cache.get(ids)
        if merged is None:
            merged = {}
            for rule_id in ids:  # ascending rule id: a later rule overwrites an earlier one
                merged.update(self.rules.attrs[rule_id])
            self._merged_cache[ids] = merged
        return merged

    def matches(self, doc: Doc) -> list[tuple[int, ...]]:
        """Rule ids applying to each token, ascending (what spaCy's sorted match list implies)."""
        if not len(doc):
            return []
        columns: list[int | str] = list(self.rules.columns)
        table = cast(list[list[int]], doc.to_array(columns).reshape(len(doc), -1).tolist())  # uint64 ids
        rows = [tuple(row) for row in table]
        probes = [self._probe(row) for row in rows]
        per_token = [ids for ids, _ in probes]
        extra: dict[int, set[int]] = {}
        for start, (_, starts) in enumerate(probes):
            for n in starts:
                rule = self.rules.multi[n]
                width = len(rule.tokens)
                if start + width <= len(rows) and all(
                        _passes(rule.tokens[k], rows[start + k], self.strings) for k in range(1, width)):
                    extra.setdefault(start + rule.index, set()).add(rule.rule_id)
        for i, more in extra.items():
            per_token[i] = tuple(sorted(set(per_token[i]) | more))
        return per_token

    def __call__(self, doc: Doc) -> Doc:
        for token, ids in zip(doc, self.matches(doc), strict=True):
            if ids:
                set_token_attrs(token, self._merged(ids))
        return doc


def install_fast_attribute_ruler(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Swap `name` for its compiled twin in place; False (and nothing changed) when not possible."""
    if name not in nlp.pipe_names:
        return False
    rules = compile_ruler(nlp.get_pipe(name))
    if rules is None:
        return False
    if not Language.has_factory(FAST_ATTRIBUTE_RULER):
        Language.factory(FAST_ATTRIBUTE_RULER)(_make_placeholder)
    nlp.replace_pipe(name, FAST_ATTRIBUTE_RULER)
    nlp.get_pipe(name).adopt(rules)
    return True


def _make_placeholder(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(CompiledRules([], [], [], []), nlp.vocab.strings)
