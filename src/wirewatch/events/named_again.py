"""A coordinated second act on the same thing, named again by a definite noun (thirty-eighth session,
wip/leads40).

"Russian border guards fired on a Japanese fishing boat ..., wounding one crew member, and seized the
vessel": the second verb shares the subject, and its object ("the vessel") names no party of its own, so the
seizure had no target (or, for a detention, the doer's own country, the domestic fallback). A definite
object ("the vessel", "the plane", "the crew") of a verb coordinated with an act whose target phrase is the
same kind of thing (a boat, an aircraft, people aboard) takes that act's targets. "Seized a Liberian tanker"
has a party of its own; "seized the town" is no kind listed here.
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma
from .reading import Reading

_VESSEL = frozenset({"boat", "vessel", "ship", "trawler", "tanker", "freighter", "ferry", "yacht", "craft",
                     "dhow", "junk", "launch", "steamer", "cargo", "sloop", "schooner"})
_AIRCRAFT = frozenset({"plane", "aircraft", "airliner", "jet", "helicopter", "airplane", "jetliner"})
_ABOARD = frozenset({"crew", "man", "woman", "sailor", "fisherman", "passenger", "pilot", "occupant"})
# the kind of thing a definite object names, and the kinds of target phrase it can name again
_KINDS: dict[str, frozenset[str]] = {**{w: _VESSEL | _ABOARD for w in _VESSEL},
                                     **{w: _AIRCRAFT | _ABOARD for w in _AIRCRAFT},
                                     **{w: _VESSEL | _AIRCRAFT | _ABOARD for w in _ABOARD}}
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _noun_of(tok: Any) -> Any:
    """The head noun of the phrase an actor token sits in ("Japanese" of "a Japanese fishing boat")."""
    while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _foreign(r: Reading) -> bool:
    own = {(a[0].code or "")[:3] for a in r.sources}
    return any((a[0].code or "")[:3] not in own for a in r.targets)


def object_named_again(readings: list[Reading]) -> None:
    """Give a coordinated act with no target of another country, whose object names again the first act's
    target thing, that act's targets (module doc). Cheap: only a conjunct reading is looked at."""
    for r in readings:
        if r.anchor.dep_ != "conj" or r.targets and _foreign(r):
            continue  # (a target of the doer's own country is the fallback for a domestic act: "detained")
        obj = next((c for c in kids(r.anchor) if c.dep_ == "dobj"), None)
        kinds = _KINDS.get(lemma(obj)) if obj is not None else None
        if obj is None or kinds is None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                                    for c in kids(obj)):
            continue
        main = next((m for m in readings if m.anchor.i == r.anchor.head.i and m.targets), None)
        if main is not None and any(lemma(_noun_of(a[3])) in kinds for a in main.targets if a[3] is not None):
            r.targets = list(main.targets)
