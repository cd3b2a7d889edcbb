"""A protest told with the demand it presses ("The unions have been on strike since July 4 to demand that
Abacha hand power to Abiola", "staged a general strike demanding that the election be annulled"): one act,
the protest (CAMEO 14x, whose sub-codes carry what it is for: 1411 / 1431 leadership change, 1412 / 1432
policy change, ...), not a protest and a demand (stories38's Lagos, stories39). The demand clause is the
protest's purpose, so a 10x reading whose verb hangs as a purpose or participle clause on the clause of a
14x reading of the same side is dropped, and its addressee becomes the protest's when the protest has
none or only a country ("gathered outside the presidential office in Seoul, demanding that Japan
apologize": Japan). A demand of its own sentence or conjunct ("They demanded that Abacha release Abiola")
is a new act and stays."""

from __future__ import annotations

from typing import Any

from .parse import lemma
from .reading import Reading

# the verbs a protest's purpose clause presses its demand by
_PRESSING = frozenset({"demand", "press", "call", "urge", "seek", "insist"})
_PURPOSE = frozenset({"advcl", "xcomp", "acl"})


def _countries(r: Reading) -> set[str]:
    return {(a[0].code or "")[:3] for a in r.sources if len(a[0].code or "") >= 3}


def _named(parties: list[Any], width: int = 3) -> bool:
    """Whether a party of at least `width` code letters is named (a country: 3; a country's actor: 6)."""
    return any(len(a[0].code or "") >= width and not a[0].code.startswith("---") for a in parties)


def drop_pressed_demands(kept: list[Reading]) -> list[Reading]:
    """The readings without the demands that only say what a protest of the same side is for."""
    demands = [r for r in kept if (r.cameo or "")[:2] == "10" and lemma(r.anchor) in _PRESSING
               and r.anchor.dep_ in _PURPOSE]
    if not demands:
        return kept  # a word test first: almost every sentence leaves here
    protests = [r for r in kept if (r.cameo or "")[:2] == "14"]
    dropped: set[int] = set()
    for d in demands:
        for p in protests:
            clause = {p.anchor.i, *(a.i for a in list(p.anchor.ancestors)[:3])}
            side, other = _countries(d), _countries(p)
            if d.anchor.head.i in clause and (not side or not other or side & other):
                dropped.add(id(d))
                if _named(d.targets) and not _named(p.targets, 6):
                    # "gathered outside the presidential office, demanding that Japan apologize": the
                    # protest is aimed at the party whose act it demands, not at the place's country
                    p.targets = list(d.targets)
                break
    return [r for r in kept if id(r) not in dropped]
