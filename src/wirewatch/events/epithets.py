"""States named by an epithet after their first mention: "Saudi Arabia ... The kingdom rejected the
criticism", "Taiwan ... the island", "the Islamic Republic", "the Jewish state" (lead26).

Wire copy avoids repeating a country's name by calling it what it is. Some epithets name one state
whatever came before ("the Islamic Republic" is Iran, "the city-state" Singapore); the others name a kind
of state ("the kingdom", "the emirate", "the island", "the Gulf state"), and stand for the last state of
that kind the story named shortly before. The events stage asks here only for a phrase the actors stage
left without an actor, and the answer says which mention it points back to.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor, Entity

# epithets that name one state, wherever they stand (lower-cased words after "the")
FIXED = {"islamic republic": "IRN", "jewish state": "ISR", "hermit kingdom": "PRK", "city-state": "SGP",
         "city state": "SGP", "reclusive state": "PRK", "reclusive north": "PRK", "communist north": "PRK",
         # forty-third session (wip/stories45): Iranian and Arab officials' names for Israel
         # ("called on the Zionist regime to free the prisoners" had no target)
         "zionist regime": "ISR", "zionist entity": "ISR", "zionist enemy": "ISR"}

_MONARCHIES = frozenset({"SAU", "JOR", "MAR", "BHR", "THA", "KHM", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR",
                         "DNK", "BTN", "LSO", "SWZ", "TON", "NPL"})
_EMIRATES = frozenset({"ARE", "QAT", "KWT"})
_GULF = frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"})
_ISLANDS = frozenset({"TWN", "CUB", "LKA", "CYP", "MLT", "ISL", "IRL", "SGP", "MDV", "MUS", "JAM", "MDG",
                      "TTO", "FJI", "BHR", "HTI", "DOM", "NZL", "PHL", "IDN", "JPN", "GBR", "PNG", "TLS"})
# epithets that name a kind of state: the last state of the kind named shortly before
KINDS = {"kingdom": _MONARCHIES, "emirate": _EMIRATES, "sultanate": frozenset({"OMN", "BRN"}),
         "island": _ISLANDS, "island nation": _ISLANDS, "island state": _ISLANDS,
         "gulf state": _GULF, "gulf kingdom": frozenset({"SAU", "BHR"}), "gulf emirate": _EMIRATES,
         "himalayan kingdom": frozenset({"NPL", "BTN"}), "himalayan nation": frozenset({"NPL", "BTN"})}
# a region's states, named by the region's adjective and a kind of state: "the Caribbean nation" for Haiti,
# "the Baltic republic", "the Central American country", "the former Soviet republic" (lead29)
REGIONS = {
    "caribbean": frozenset({"HTI", "CUB", "DOM", "JAM", "TTO", "BHS", "BRB", "GRD", "LCA", "VCT", "ATG",
                            "DMA", "KNA"}),
    "central american": frozenset({"GTM", "HND", "SLV", "NIC", "CRI", "PAN", "BLZ"}),
    "andean": frozenset({"PER", "BOL", "ECU", "COL", "CHL", "VEN"}),
    "balkan": frozenset({"SRB", "YUG", "SCG", "HRV", "BIH", "MKD", "ALB", "MNE", "SVN", "BGR", "ROU", "XKX"}),
    "baltic": frozenset({"EST", "LVA", "LTU"}),
    "former soviet": frozenset({"ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "TJK",
                                "TKM", "UKR", "UZB"}),
    "central asian": frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    "west african": frozenset({"BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "NER",
                               "NGA", "SEN", "SLE", "TGO"}),
    "east african": frozenset({"KEN", "UGA", "TZA", "RWA", "BDI", "ETH", "ERI", "SOM", "DJI", "SDN", "SSD"}),
    "southern african": frozenset({"ZAF", "ZWE", "ZMB", "MOZ", "AGO", "NAM", "BWA", "LSO", "SWZ", "MWI"}),
}
KINDS.update({f"{region} {noun}": states for region, states in REGIONS.items()
              for noun in ("nation", "country", "state", "republic", "island")})
# how far back (characters) an epithet may point: about two or three sentences of wire copy
REACH = 600


_LAST_WORDS: list[Any] = [None, frozenset()]  # (the tables' sizes when built, the words)


def _last_words() -> frozenset[str]:
    """Every word an epithet of `FIXED` or `KINDS` can end with: each table key and each of its tails after
    a blank or a hyphen. `epithet_of` joins the modifiers and the noun with blanks, or the word before a
    hyphen and the noun, so a phrase it can return ends with the noun's own lower-case form, which must be
    one of these (perf34: a set test instead of a walk of the children, for the many nouns that end none).
    Built again when a table's size changes (a later session's entries, a test's)."""
    sizes = (len(FIXED), len(KINDS))
    if _LAST_WORDS[0] != sizes:
        tails = {key[i + 1:] for key in (*FIXED, *KINDS) for i, ch in enumerate(key) if ch in " -"}
        _LAST_WORDS[:] = [sizes, frozenset({*FIXED, *KINDS, *tails})]
    words: frozenset[str] = _LAST_WORDS[1]
    return words


def epithet_of(tok: Any) -> str | None:
    """The epithet a noun heads ("the kingdom", "the Islamic Republic", "the Gulf state"), lower-cased
    without "the", or None when the noun is no epithet or the phrase says more ("the kingdom's wealth" is
    still the kingdom; "a kingdom", "the Saudi kingdom" are not epithets of this kind)."""
    if tok.lower_ not in _last_words():
        return None  # (perf34: most nouns asked end no epithet; the answer below always ends with this word)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    # (with the modifiers' own: "the Central American nation" hangs "Central" on "American")
    mods = sorted((t for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                   for t in c.subtree), key=lambda t: t.i)
    words = " ".join([*(m.lower_ for m in mods), tok.lower_])
    prev = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else None
    if prev is not None:  # "the city-state": the hyphen splits the word
        words = f"{prev.lower_}-{tok.lower_}"
    if words in FIXED or words in KINDS:
        return words
    return None


def state_for_epithet(tok: Any, entities: list[Entity]) -> tuple[Actor, str] | None:
    """The state an epithet names, and why; None when no state of its kind was named shortly before."""
    words = epithet_of(tok)
    if words is None:
        return None
    fixed = FIXED.get(words)
    if fixed is not None:
        return Actor(name=f"the {words}", code=fixed, country=fixed,
                     reasons=[f"'the {words}' is an epithet of {fixed}"]), ""
    kinds = KINDS[words]
    at = tok.idx
    before = [e for e in entities if e.end <= at and at - e.end <= REACH and e.actor is not None
              and e.actor.country in kinds and (e.actor.code or "")[3:] in ("", "GOV")]
    if not before:
        return None
    last = max(before, key=lambda e: e.start)
    country = last.actor.country if last.actor is not None else None
    if country is None:
        return None
    why = f"'the {words}' stands for the last {words} named before: '{last.text}'"
    return Actor(name=f"the {words}", code=country, country=country, reasons=[why]), last.text
