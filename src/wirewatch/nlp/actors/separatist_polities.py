"""The authorities of the era's self-proclaimed polities (thirty-ninth session, wip/actors41).

Abkhazia, South Ossetia, Transdniestria and Nagorno-Karabakh had their own presidents, parliaments and
officials from the early 1990s, recognised by no state. Copy names them by the region's word ("Abkhaz
leader Vladislav Ardzinba", "the Abkhaz president", "Karabakh Armenian leaders", "Transdniestrian
officials"); the gazetteer gives the state that holds the region in law, and the role noun that state's
government, so they read as Georgia's or Azerbaijan's government (GEOGOV) or as the bare state. They are
that state's rebel side (REB), as the regions' armed men are (`phrases._disputed_region_arms`).

Only these four: other regions another state holds in law (Crimea, Republika Srpska, Somaliland) had
authorities copy does not treat as rebels in every year, and Chechnya had a Moscow-appointed
administration beside the separatists.
"""

from __future__ import annotations

from typing import Any

from . import countries

# the regions, as the gazetteer's reason names them
_POLITIES = frozenset({"Abkhazia", "South Ossetia", "Transnistria", "Transdniestria", "Nagorno-Karabakh"})
# the role nouns of a polity's own authorities; arms are `_disputed_region_arms`'s
AUTHORITY_HEADS = frozenset({"leader", "leaders", "leadership", "president", "government", "authorities",
                             "officials", "official", "parliament", "administration", "prime minister",
                             "premier", "foreign minister", "defence minister", "defense minister",
                             "negotiator", "negotiators", "spokesman", "envoy", "delegation", "chief"})
_SECTORS = frozenset({None, "GOV", "LEG"})
# the states that hold those regions in law: a phrase of any other state is no polity's
_HOLDERS = frozenset({"GEO", "MDA", "AZE"})
# a region word after one of these is where the head is, not whose ("the Georgian envoy to Abkhazia")
_PLACE_WORDS = frozenset({"in", "to", "for", "on", "at", "from", "over", "near", "of"})


def polity_reason(lower: list[str], head_role: str | None, country: str | None, sector: str | None,
                  gaz: Any) -> str | None:
    """Why a phrase of words `lower`, headed by `head_role`, names a self-proclaimed polity's authorities
    (the rebel side of `country`); None otherwise. Cheap: a set test on the head before any lookup."""
    if country not in _HOLDERS or head_role is None or head_role.lower() not in AUTHORITY_HEADS \
            or sector not in _SECTORS:
        return None
    for k, word in enumerate(lower):
        if word in _PLACE_WORDS:
            return None  # "Georgian officials in Abkhazia": the region is where they are
        if word == head_role.lower().split()[0]:
            return None  # only a modifier before the head names whose the office is
        for n in (2, 1):
            place = gaz.lookup(" ".join(lower[k:k + n]), cities=False)
            if place is None or place.iso3 != country or countries.DISPUTED_REGION not in place.reason:
                continue
            if place.reason.split(" is ")[0] in _POLITIES:
                return f"{place.reason}: its self-proclaimed authorities are a rebel side"
    return None


def authorities_side(words: list[str], country: str, sector: str | None, reason: str) -> str | None:
    """The events stage's phrase of a role noun and the place before it ("the Abkhaz parliament": words
    in lower case, the head last), of `country` and `sector` from the place and role, the place's first
    reason `reason`: why it is the polity's rebel side (as `polity_reason`); None otherwise. The reason's
    test comes first: most places are no disputed region."""
    if countries.DISPUTED_REGION not in reason or not words:
        return None
    return polity_reason(words, words[-1], country, sector, countries.gazetteer())
