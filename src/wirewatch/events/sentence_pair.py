"""An appeal to "both sides" whose pair its own sentence names first (thirty-sixth session, wip/targets38).

"Chinese and Vietnamese gunboats clashed near the Spratlys, and North Korea called on the two sides to show
restraint": the two sides are the gunboats' states, told in the sentence's first clause. The pair memory
(`pair_antecedent`) reaches sentences before only, so the attachment rules gave the appeal one side (the
nearest, VNMMIL) and the other was lost. Here, once the sentence's readings are known, a later reading whose
object is a pair of sides ("both sides", "the two countries", "the warring parties") takes as its targets
the two parties of an earlier reading of the sentence (its joint subject of two countries, else its source
and target), as states ("Chinese gunboats" is China's side), when the pair has two countries and the
appealing source is neither.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .pair_antecedent import sides_phrase
from .parse import doc_text
from .reading import Reading

# the head words of a pair of sides: a cheap word test before any phrase is read
_HEADS = frozenset({"sides", "countries", "nations", "neighbours", "neighbors", "parties", "governments",
                    "leaders", "states"})


def _code(actor: Any) -> str:
    return getattr(actor, "code", "") or ""


def _pair_object(r: Reading) -> Any:
    """The appeal's object when it is a pair of sides: "urged both sides", "called on the two sides"."""
    for c in r.anchor.children:
        if c.dep_ in ("dobj", "dative") and c.lower_ in _HEADS:
            return c
        if c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in _HEADS:
                    return g
    return None


def _pair_of(r: Reading) -> list[tuple[Any, int, int, Any]] | None:
    """The two parties of an act between two countries, as states (an army or police is its state's side);
    a joint subject of two countries is the pair whatever the act hit ("Serbian and Croatian forces battled
    around Vukovar", whose place gave both a target)."""
    sides = list(r.sources) if len(r.sources) == 2 else list(r.sources) + list(r.targets)
    codes = [_code(s[0]) for s in sides]
    if len(sides) != 2 or any(len(c) < 3 or c.startswith(("---", "IGO", "NGO")) for c in codes) \
            or codes[0][:3] == codes[1][:3]:
        return None
    return [(replace(a, code=_code(a)[:3]) if _code(a)[3:6] in ("MIL", "COP") else a, s, e, t)
            for a, s, e, t in sides]


def pair_in_sentence(readings: list[Reading], doc: Any) -> list[Reading]:
    """Give a reading aimed at "both sides" the pair of an earlier reading of the same sentence."""
    if len(readings) < 2:
        return readings
    text = doc_text(doc)  # (kept per Doc: `Doc.text` is rebuilt on every call)
    for i, r in enumerate(readings):
        if i == 0 or r.negated:
            continue
        obj = _pair_object(r)
        if obj is None or not sides_phrase(text[obj.left_edge.idx:obj.idx + len(obj.text)]):
            continue
        own = {_code(a[0])[:3] for a in r.sources}
        for earlier in readings[:i]:
            if earlier.anchor.i >= r.anchor.i or earlier.negated:
                continue
            pair = _pair_of(earlier)
            if pair is None or own & {_code(a[0])[:3] for a in pair}:
                continue
            reason = f'"{obj.text}": the two parties of the act told earlier in the sentence'
            r.targets = [(replace(a, reasons=[*a.reasons, reason]), s, e, obj) for a, s, e, _ in pair]
            break
    return readings
