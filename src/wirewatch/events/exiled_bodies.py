"""A government, leadership or party "in exile" is not the dateline's (forty-second session, wip/actors44).

"CONAKRY (Reuters) - The government in exile appealed for international help" (Sierra Leone's, 1997), "TAIF
- The exiled government pledged money" (Kuwait's, 1990): the body sits abroad by the very words that name
it, so the dateline says where it was filed from, never whose it is; it had coded the host's government
(GINGOV). A party placed by the dateline alone whose own phrase says "exiled" or "in exile" loses that
country and keeps its sector with CAMEO's unknown country (---GOV), as an unplaced body is coded. Only the
phrase's own words: "Kenyan exiles" or "the exiled government of Kuwait" are placed by their words, not the
dateline, and stay.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .reading import Reading

_EXILE = frozenset({"exile", "exiled"})


def _exiled(tok: Any) -> bool:
    """Whether the phrase of `tok` says it is abroad: "exiled" before its head, "in exile" after it."""
    head = tok
    while head.dep_ in ("amod", "compound", "poss", "nmod") and head.head.i != head.i:
        head = head.head  # "exiled" -> "government"
    if any(t.lower_ == "exiled" for t in head.subtree if t.i <= head.i):
        return True
    return any(child.lower_ == "in" and child.dep_ == "prep"
               and any(g.lower_ in _EXILE for g in child.children) for child in head.children)


def _placed_by_dateline(actor: Any) -> bool:
    return any(r.startswith("dateline ") for r in actor.reasons)


def exile_unplaced(r: Reading) -> None:
    """Take the dateline's country off a source or target named as a body in exile."""
    for parties, others in ((r.sources, r.targets), (r.targets, r.sources)):
        # (the dateline's own state acting on its exiles keeps them its own: "KIEV - Ukraine stripped an
        # exiled opposition leader of his citizenship", lead42)
        home = {a[0].country for a in others}
        for i, (actor, start, end, tok) in enumerate(parties):
            code = actor.code or ""
            if len(code) < 6 or code[:3] == "---" or tok is None or not _placed_by_dateline(actor) \
                    or actor.country in home or not _exiled(tok):
                continue
            why = "'in exile' puts the body abroad: the dateline is where it sits, not whose it is"
            unplaced = Actor(name=actor.name, code="---" + code[3:], country=None, sector=actor.sector,
                             reasons=[*actor.reasons, why])
            parties[i] = (unplaced, start, end, tok)
