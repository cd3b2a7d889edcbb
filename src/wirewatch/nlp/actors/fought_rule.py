"""Irregulars placed by the rule their own clause says they fight (thirty-second session, wip/actors34).

"Islamic rebels fighting the Tajik government", "militants battling the Algerian army", "guerrillas seeking to
overthrow the government of Peru": armed men who fight a state's government or army are that state's armed
rebel side, REB by the CAMEO codebook (militarily organised groups seeking to overthrow a government),
whatever their role noun ("militants" alone stay UAF) or faith word. The GSR rows of the era want the state
and REB; a bare faith or role gave no country (---REB) or the irregulars' UAF.
"""

from __future__ import annotations

import re

from ...records import Actor
from . import countries

# the clause right after the armed phrase: its verb of fighting, then the rule fought, up to its noun
FIGHTING_RULE = re.compile(r"\s*,?\s+(?:(?:who|which|that)\s+(?:are|were|have\s+been|had\s+been|"
                           r"has\s+been)\s+)?"
                           r"(?:fighting|battling|waging\s+war\s+(?:on|against)|at\s+war\s+with|"
                           r"(?:trying|seeking|fighting)\s+to\s+(?:overthrow|topple|oust))\s+"
                           r"(?P<rule>[^.;,]{0,60}?\b(?:government|regime|army|rule|authorities|junta|troops|"
                           r"forces)\b(?:\s+of\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?)?)")
_WORD = re.compile(r"[A-Z][\w.-]*")
_NO_STATE = frozenset({"IGO", "NGO", "IMG"})


def fought_state(text: str, end: int) -> tuple[str, str] | None:
    """(country, reason) of the state whose rule the clause after `end` says the armed men fight: the
    first capitalised name of one to three words in the rule that the gazetteer places ("the Tajik
    government", "Manila's rule", "the government of Sri Lanka"); None when the clause names none."""
    m = FIGHTING_RULE.match(text, end)
    if m is None:
        return None
    rule = m.group("rule")
    words = [w.group(0).removesuffix("'s").removesuffix("\u2019s") for w in _WORD.finditer(rule)]
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            place = countries.lookup(" ".join(words[i:i + n]))
            if place is not None and len(place.iso3) == 3 and place.iso3 not in _NO_STATE:
                return place.iso3, f"they fight {rule.strip()}: that state's rebels (REB)"
    return None


def fighting_rebels(text: str, end: int, name: str, armed: str, reasons: list[str]) -> Actor | None:
    """The rebels (REB) of the state the clause after `end` says the armed men `armed` ("Islamic rebels")
    fight, named `name`, with `reasons` kept before the clause's; None when the clause names no state."""
    found = fought_state(text, end)
    if found is None:
        return None
    country, why = found
    return Actor(name=name, code=country + "REB", country=country, sector="REB",
                 reasons=[*reasons, f"'{armed}': {why}"])
