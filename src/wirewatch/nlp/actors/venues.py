"""Capitals that are only where an armed side meets a state (twentieth session).

"The Sudanese government held talks with rebel leaders in Abuja", "Colombia resumed peace talks with
leftist guerrillas in Havana": insurgents live in the provinces and meet the state they fight in a
capital abroad, so "in <capital>" after them says where they met, not whose they are. Only when the
sentence names a state party of another country: the state itself ("Colombia"), or a nationality on a
state body ("the Sudanese government", "Philippine negotiators"). A nationality on anyone else names no
state party ("Gunmen in Beirut seized an American journalist": Beirut's gunmen).
"""

from __future__ import annotations

from typing import Any

from . import countries, sectors

# sectors of the bodies through which a state is a party
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# people who act for a state without a sector of their own ("Colombian officials")
STATE_AGENTS = frozenset({"official", "authority", "delegation", "negotiator", "envoy", "diplomat"})
# armed sides whose "in <a capital abroad>" is the venue of their talks, not their home
VENUE_GUESTS = frozenset({"REB", "UAF", "SEP", "INS"})


def venue_abroad(place_text: str, sent: Any, place_start: int) -> bool:
    """Whether the capital named by `place_text` (at char `place_start`) is a venue: the sentence `sent`
    names a state party of another country."""
    place = countries.lookup(place_text)
    if place is None or place.kind != "capital":
        return False
    for ent in sent.ents:
        if ent.start_char == place_start:
            continue
        other = countries.lookup(ent.text)
        if other is None or other.iso3 == place.iso3:
            continue
        if ent.label_ == "GPE" and other.kind in ("country", "alias") or _state_body(ent):
            return True
    return False


def _state_body(ent: Any) -> bool:
    """Whether a nationality qualifies a state body ("the Sudanese government", "Philippine negotiators")."""
    head = ent.root.head
    if ent.root.dep_ not in ("amod", "compound") or head is ent.root:
        return False
    low, lemma = head.lower_, head.lemma_.lower()
    if lemma in STATE_AGENTS:
        return True
    sector = sectors.noun_sector(low, lemma) or ""
    if not sector:  # "government negotiators": the noun the nationality and the body qualify
        sector = next((sectors.ROLE_NOUNS.get(c.lower_) or "" for c in head.children
                       if c.dep_ == "compound" and sectors.ROLE_NOUNS.get(c.lower_)), "")
    return sector[:3] in STATE_SECTORS
