"""Rebels with no country that a state's forces fight are that state's own (lead17).

"Salvadoran troops killed 12 leftist rebels in a clash", "rebels ambushed a Philippine army patrol":
the armed side has no nationality and no place of its own (a place would have given it one,
`arguments.located_actor`), so the coder wrote CAMEO's unknown country (---REB). The CAMEO manual's
examples code such men as the state's rebels (SLVREB, PHLREB): fighting a state's army or police at
home is what makes them rebels. Only force and repression qualify, and only when one state's forces
are the other side; the reason names them.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .reading import Reading

# sides a state's forces fight at home, and the state bodies whose country they take
OPPONENTS = {"REB", "UAF", "OPP", "INS", "SEP"}
STATE_FORCES = {"MIL", "COP", "GOV", "SPY"}
TYPES = {"ASSAULT", "COERCE"}
ORGANISATIONS = {"IGO", "NGO", "IMG"}


def place_opponents(r: Reading) -> None:
    """Give an unplaced opponent (---REB) the country of the state forces on the other side."""
    if r.type not in TYPES:
        return
    for side, other in ((r.targets, r.sources), (r.sources, r.targets)):
        states = {a[0].country for a in other if _state_force(a[0])}
        if len(states) != 1:
            continue
        country = states.pop()
        for i, (actor, start, end, tok) in enumerate(side):
            code = actor.code or ""
            if code.startswith("---") and code[3:6] in OPPONENTS:
                side[i] = (_placed(actor, country, code[3:]), start, end, tok)


def _state_force(actor: Any) -> bool:
    code = actor.code or ""
    return len(code) >= 6 and code[:3] not in ORGANISATIONS and code[3:6] in STATE_FORCES \
        and not code.startswith("---")


def _placed(actor: Any, country: str, sector: str) -> Actor:
    reason = (f"fought by {country}'s own forces with no country or place of its own: "
              f"{country}'s {sector}, as the CAMEO manual's examples code such men")
    return Actor(name=actor.name, code=country + sector, country=country, sector=actor.sector or sector[:3],
                 reasons=[*actor.reasons, reason])
