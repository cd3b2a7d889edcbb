"""A refusal promised under a condition another party must meet is a threat ("Greece said it would block any
European Union aid to Turkey if Ankara did not withdraw its troops from northern Cyprus": GRC -> TUR 130,
not a refusal aimed at the aid's giver, IGOEUREEC 120). Other harms promised are read as threats by the
coder's future reading already (future_reading: "will expel", "would impose sanctions"); a refusal kept
its 12x, and its target the party of the refused thing. The codebook codes the threat at the party the
condition names. Gated on the reading's root, a future auxiliary and an if / unless clause hung on the
act before any walk (leads43)."""

from __future__ import annotations

from typing import Any

from .parse import is_negated, kids

_CONDITIONS = frozenset({"if", "unless"})
_FUTURE = frozenset({"would", "will", "'ll", "shall"})


def _promised(verb: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE for c in kids(verb))


def _condition(verb: Any) -> Any | None:
    return next((c for c in kids(verb) if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in kids(c))), None)


def conditional_threat(r: Any, link: Any) -> bool:
    """Read a refusal promised under a condition as a threat at the condition's party; True if changed."""
    from .arguments import phrase_actors

    if r.negated or not (r.cameo or "").startswith("12") or not r.sources or not _promised(r.anchor):
        return False
    if is_negated(r.anchor):
        return False  # "will not accept any more refugees if war starts": a refusal under a condition
    cond = _condition(r.anchor)
    if cond is None:
        return False
    r.type, r.cameo, r.mode = "THREATEN", "130", None
    own = {(a[0].code or "")[:3] for a in r.sources}
    named = [a for c in kids(cond) if c.dep_ in ("nsubj", "nsubjpass") for a in phrase_actors(c, link)
             if (a[0].code or "")[:3] not in own]
    if named:
        r.targets = named
    return True
