"""Rebels with no country that a state's forces fight are that state's own (lead17).

"Salvadoran troops killed 12 leftist rebels in a clash", "rebels ambushed a Philippine army patrol":
the armed side has no nationality and no place of its own (a place would have given it one,
`arguments.located_actor`), so the coder wrote CAMEO's unknown country (---REB). The CAMEO manual's
examples code such men as the state's rebels (SLVREB, PHLREB): fighting a state's army or police at
home is what makes them rebels. Only force and repression qualify, only when one state's forces are
the other side, and only forces that act at home: police, the government, an army named as such
("army troops", "government forces"); troops known only by nationality may be abroad ("wounding a
U.S. soldier" in Iraq). The reason names them.

The other way round, unplaced soldiers or police that a country's rebels attack are that country's
("the Guatemalan National Revolutionary Unity said its guerrillas killed eight soldiers" GTMMIL): an
insurgency fights the state it rises against. Groups that fight a neighbour's forces (Hezbollah and
Israel's army) are wrong either way, as the unknown country (---MIL) was.

Unplaced rebels who take a country's town or fire on its people are that country's too (stories29:
"Rebel forces ... captured Zaire's third largest city" CODREB, "the separatist forces had fired Scud
missiles at Sanaa" YEMREB, "Ethnic Karen guerrillas have captured the trading town" MMRREB): the ground
an insurgency fights over is its own state's. Only rebels, insurgents and separatists are placed so, and
only by a target that is a country's bare territory or its civilians; gunmen and militants with no
country (---UAF) may come from across a border ("militants fired rockets into southern Israel") and stay
unknown.
"""

from __future__ import annotations

from typing import Any

from ..nlp.actors import countries
from ..records import Actor
from .arguments import NON_STATE
from .reading import Reading

# sides a state's forces fight at home, and the state bodies whose country they take
OPPONENTS = {"REB", "UAF", "OPP", "INS", "SEP"}
STATE_FORCES = {"MIL", "COP", "GOV", "SPY"}
TYPES = {"ASSAULT", "COERCE"}
HOME_ARMY = {"army", "government", "junta"}
# the state forces a country's rebels fight at home
_REBELS_FIGHT = {"MIL", "COP"}
# rebels that the ground they fight on places, and the targets that are a country's ground: its bare
# territory ("captured Zaire's third largest city") or its civilians ("fired missiles at Sanaa")
_INSURGENTS = {"REB", "INS", "SEP"}
_HOME_GROUND = {"", "CVL"}


def place_opponents(r: Reading) -> None:
    """Give an unplaced opponent (---REB) the country of the state forces on the other side, and
    unplaced state forces (---MIL) the country of the rebels on the other side."""
    if r.type not in TYPES:
        return
    for placer, unplaced, rebels in ((_state_force, OPPONENTS, False), (_placed_rebel, _REBELS_FIGHT, True)):
        for side, other in ((r.targets, r.sources), (r.sources, r.targets)):
            homes = {a[0].country for a in other if placer(a)}
            if len(homes) != 1:
                continue
            country = homes.pop()
            for i, (actor, start, end, tok) in enumerate(side):
                code = actor.code or ""
                if code.startswith("---") and code[3:6] in unplaced:
                    side[i] = (_placed(actor, country, code[3:], rebels=rebels), start, end, tok)
    homes = {a[0].country for a in r.targets if _home_ground(a)}
    if len(homes) == 1 and not any(_state_force(a) or _placed_rebel(a) for a in r.targets) and \
            not _struck_abroad_too(r, homes):
        country = homes.pop()
        for i, (actor, start, end, tok) in enumerate(r.sources):
            code = actor.code or ""
            if code.startswith("---") and code[3:6] in _INSURGENTS:
                r.sources[i] = (_on_home_ground(actor, country, code[3:]), start, end, tok)


def _struck_abroad_too(r: Reading, homes: set[str]) -> bool:
    """The act's object also names a place of another country ("shelled the Zairean town of Goma and the
    Rwandan town of Gisenyi"): the rebels' side is no choice of the target's (targets34; lead38, where
    "Rebels" opening a sentence became a noun the coder reads)."""
    for obj in (c for c in r.anchor.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            # only a place struck beside the first, under a conjunct ("the trading town near the Thai
            # border" is one town of Burma's, stories22)
            if t.ent_type_ in ("GPE", "NORP") and _under_conjunct(t, obj):
                place = countries.lookup(t.text, cities=False)
                if place is not None and place.iso3 and place.iso3 not in homes:
                    return True
    return False


def _under_conjunct(tok: Any, top: Any) -> bool:
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "conj":
            return True
        tok = tok.head
    return False


def _home_ground(item: tuple[Any, int, int, Any]) -> bool:
    """A country's bare territory or its civilians (COD, YEMCVL): the ground rebels fight over."""
    code = item[0].code or ""
    return (len(code) in (3, 6) and code[:3] not in NON_STATE and code[:3] != "---"
            and code[3:6] in _HOME_GROUND)


def _on_home_ground(actor: Any, country: str, sector: str) -> Actor:
    reason = (f"rebels with no country or place of their own acting on {country}'s ground or people: "
              f"{country}'s {sector}, the insurgency of the state they fight in")
    return Actor(name=actor.name, code=country + sector, country=country, sector=actor.sector or sector[:3],
                 reasons=[*actor.reasons, reason])


def _placed_rebel(item: tuple[Any, int, int, Any]) -> bool:
    """A country's own rebels (TURREB, COLREB): an insurgency, placed."""
    code = item[0].code or ""
    return len(code) >= 6 and code[:3] not in NON_STATE and code[:3] != "---" and code[3:6] == "REB"


def _state_force(item: tuple[Any, int, int, Any]) -> bool:
    """A state's police or government, or its army named as such ("army troops", "government
    forces"): forces that act at home. Troops with only a nationality may be abroad ("wounding a U.S.
    soldier" in Iraq), so they place nobody."""
    code = item[0].code or ""
    if len(code) < 6 or code[:3] in NON_STATE or code[3:6] not in STATE_FORCES:
        return False
    return code[3:6] != "MIL" or bool(_phrase_words(item[3]) & HOME_ARMY)


def _phrase_words(tok: Any) -> set[str]:
    head = tok
    while head.dep_ in ("amod", "compound", "poss", "nmod") and head.head.i != head.i:
        head = head.head  # "Salvadoran" -> "troops"
    return {t.lower_ for t in head.subtree if t.i <= head.i}


def _placed(actor: Any, country: str, sector: str, rebels: bool = False) -> Actor:
    if rebels:
        reason = (f"fought by {country}'s rebels with no country or place of its own: the forces of "
                  f"the state they rise against, {country}'s {sector}")
    else:
        reason = (f"fought by {country}'s own forces with no country or place of its own: "
                  f"{country}'s {sector}, as the CAMEO manual's examples code such men")
    return Actor(name=actor.name, code=country + sector, country=country, sector=actor.sector or sector[:3],
                 reasons=[*actor.reasons, reason])
