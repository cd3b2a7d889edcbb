"""A non-state side's "government" is the one it fights (forty-first session, wip/actors43).

"KAMPALA (Reuters) - The Rwandan Patriotic Front on Monday accused government troops of massacring Tutsi
civilians": the troops had only the dateline to place them (UGAMIL). A rebel movement, militia or opposition
of one state that names "the government", "government troops" or "government forces" means the government
of its own state, the one it rises against, not that of the regional hub its statement was filed from
(NAIROBI for the SPLA, KAMPALA for the RPF, ISLAMABAD for Kashmiri groups). Only a target placed by the
dateline alone with the word "government" in its own phrase, only when a source is a placed non-state side
(REB, UAF, OPP, or an armed movement the tables date, such as the RPF after it took power) of one other
state; a state's official or army as the source changes nothing ("NAIROBI - Ugandan officials accused the
government" may mean Kenya's).

Forty-second session (wip/actors44): the side's "army" is the same state's ("NAIROBI - Burundi rebel leader
Leonard Nyangoma accused the army of killing civilians" had coded Kenya's army): "army" or "military" in the
target's own phrase counts as the government's word for a MIL target.
"""

from __future__ import annotations

from typing import Any

from ..nlp.actors import tenure
from ..records import Actor
from .arguments import NON_STATE
from .reading import Reading

_SIDES = frozenset({"REB", "UAF", "OPP"})
_GOVERNMENT_WORDS = frozenset({"government", "government's", "regime", "regime's"})
# the words of the state's own forces a side fights (forty-second session), for a MIL target only
_ARMY_WORDS = frozenset({"army", "army's", "military", "military's"})


def _side_country(actor: Any) -> str | None:
    """The country of a placed non-state side: REB, UAF, OPP, or a named movement whose role the tables
    date (`tenure.RULED`)."""
    code = actor.code or ""
    if len(code) < 6 or code[:3] in NON_STATE or code[:3] == "---":
        return None
    name = (actor.name or "").lower().removeprefix("the ")
    if code[3:6] in _SIDES or name in tenure.RULED:
        return code[:3]
    return None


def _phrase_words(tok: Any) -> set[str]:
    head = tok
    while head.dep_ in ("amod", "compound", "poss", "nmod") and head.head.i != head.i:
        head = head.head  # "government" -> "troops"
    return {t.lower_ for t in head.subtree if t.i <= head.i}


def _placed_by_dateline(actor: Any) -> bool:
    return any(r.startswith("dateline ") for r in actor.reasons)


def own_government(r: Reading) -> None:
    """Give a dateline-placed "government" target the country of the non-state side that is the source."""
    if not r.targets or not r.sources:
        return
    homes = {c for c in (_side_country(a[0]) for a in r.sources) if c is not None}
    if len(homes) != 1:
        return
    country = homes.pop()
    for i, (actor, start, end, tok) in enumerate(r.targets):
        code = actor.code or ""
        if len(code) < 6 or code[:3] in (country, "---") or code[:3] in NON_STATE \
                or code[3:6] not in ("GOV", "MIL") or not _placed_by_dateline(actor):
            continue
        words = _phrase_words(tok)
        if not words & _GOVERNMENT_WORDS and not (code[3:6] == "MIL" and words & _ARMY_WORDS):
            continue
        why = (f"the government a non-state side of {country} names is its own state's, the one it fights, "
               "not the dateline's")
        placed = Actor(name=actor.name, code=country + code[3:], country=country, sector=actor.sector,
                       reasons=[*actor.reasons, why])
        r.targets[i] = (placed, start, end, tok)
