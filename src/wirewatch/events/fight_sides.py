"""The sides of a fight told only by its casualties (wip/mil14, issue #7).

"An Israeli officer and three Palestinian militants were wounded in clashes in the West Bank": a passive
harm whose in/during phrase is a mutual fight (clash, fighting, gunbattle) that names no side of its own
(no "with", "between", "by", possessor). Its casualties, joined in the subject, are then the fight's
sides, and a fight is coded both ways (CAMEO 190, as "A and B clashed" is). Only when they are of two
countries and one of them is armed (forces, police, rebels, militants), or of one country its forces and
an armed group: "a British tourist and an Egyptian guide were killed in clashes" names two victims, not
two sides, nor do "policemen and a protester" (repression, not a fight), and one side alone ("an
Israeli officer was wounded in clashes") leaves the fighters unnamed, so no triple.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .parse import MUTUAL_FIGHTS, kids, lemma
from .reading import Reading
from .triggers import Trigger

# passive harms whose subject is a casualty ("were killed / wounded / injured / hurt in clashes")
CASUALTY_VERBS = {"kill", "wound", "injure", "hurt"}
# sectors of people who bear arms: a casualty of one of these in a fight is a fighter
STATE_FORCES = {"MIL", "COP", "SPY"}
NON_STATE_ARMED = {"UAF", "REB", "INS", "SEP"}
ARMED = STATE_FORCES | NON_STATE_ARMED
# phrases on a fight noun that name its own sides or agent; then the casualties are not read as sides
_OWN_SIDES = {"with", "between", "by", "against"}


def _fight_of(verb: Any) -> Any | None:
    """The mutual fight noun of a passive harm's in/during phrase that names no side of its own."""
    for p in kids(verb):
        if p.dep_ != "prep" or p.lower_ not in ("in", "during"):
            continue
        for noun in kids(p):
            # ("during fighting" may parse as a gerund, pcomp: the same fight)
            if noun.dep_ not in ("pobj", "pcomp") or (lemma(noun) not in MUTUAL_FIGHTS and noun.lower_ not in MUTUAL_FIGHTS):
                continue
            if any(c.dep_ in ("poss", "dobj") or (c.dep_ in ("prep", "agent") and c.lower_ in _OWN_SIDES)
                   or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                   for c in kids(noun)):
                return None  # "clashes with Israeli troops", "Israeli-Palestinian clashes": their own sides
            return noun
    return None


def _armed(actor: Any) -> bool:
    return _sector(actor) in ARMED


def _two_sides(actors: list[Any]) -> bool:
    """Two parties that can be a fight's sides: of two countries, one of them armed ("an Israeli officer
    and Palestinian militants"); of one country, its state's forces and an armed group outside the state
    ("a Turkish soldier and Kurdish rebels"), never police and protesters (that is repression, 17x/145)."""
    codes = {a.code for a in actors}
    countries = {a.country for a in actors}
    if len(codes) != 2 or None in countries:
        return False
    if len(countries) == 2:
        return any(_armed(a) for a in actors)
    sectors = {_sector(a) for a in actors}
    return bool(sectors & STATE_FORCES) and bool(sectors & NON_STATE_ARMED)


def _sector(actor: Any) -> str:
    return actor.sector or actor.code[3:6]


def casualties_as_sides(r: Reading) -> bool:
    """Make the casualties of a side-less fight its two sides, both ways; True when it did."""
    verb = r.anchor
    if r.type != "ASSAULT" or r.sources or len(r.targets) < 2 or r.negated or lemma(verb) not in CASUALTY_VERBS:
        return False
    if not any(c.dep_ == "nsubjpass" for c in kids(verb)) or any(c.dep_ == "agent" for c in kids(verb)):
        return False
    fight = _fight_of(verb)
    if fight is None:
        return False
    if not _two_sides([a[0] for a in r.targets]):
        return False
    r.sources, r.targets = list(r.targets), []
    # the fight noun carries the act, and a fight is mutual: emit.py codes its sides each way
    r.trigger = Trigger(fight, replace(r.trigger.pattern, mutual=True))
    return True
