"""'the country's army', 'the nation's president': the state named before the phrase (thirty-third session).

Agency leads name a state and then refer back to it ("Strikes spread across Nigeria as the nation's
president flew to London"). With one state in the story the main-country rule already placed the phrase;
with a city abroad or a second state after it, the phrase was no one. The referent is the nearest state
named before the phrase, by its name, an alias or its people's adjective, never a city or a capital (a
capital can be a venue abroad: "recalled its ambassador from Brussels after the nation's president ...").
"""

from __future__ import annotations

import re
from typing import Any

from ...records import Actor
from . import countries

# the phrase opens with the back-reference; the rest is the role ("the country's Tutsi-led army")
_REFERENCE = re.compile(r"(?:the\s+)?(?:country|nation)['\u2019]s\s", re.I)
_STATE_KINDS = frozenset({"country", "alias", "demonym"})
# how far back the state may be named (the lead and the sentence before it)
_REACH = 400


def referred_country(text: str, s: int, e: int, index: Any, res: Any) -> Actor | None:
    """The actor of a role phrase opening with "the country's" / "the nation's" whose words name no
    country: the nearest state named before it, with the phrase's sector."""
    if res.country or res.code or not res.sector or _REFERENCE.match(text, s) is None:
        return None
    best = None
    for ent in index.overlapping(max(0, s - _REACH), s):
        if ent.end > s or ent.actor is None or not ent.actor.country:
            continue
        place = countries.lookup(ent.text, cities=False)
        if place is None or place.kind not in _STATE_KINDS:
            continue
        if best is None or ent.start > best.start:
            best = ent
    if best is None:
        return None
    country = best.actor.country
    name = countries.gazetteer().name_of(country)
    return Actor(name=text[s:e].strip(), code=country + res.sector,
                 country=country, sector=res.sector,
                 reasons=[*res.reasons, f"'the country's' refers back to '{best.text}', {name}"])
