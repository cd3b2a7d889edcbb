"""US states that share a country's name ("Georgia"): in copy about US politics, or beside a US office
("Georgia Gov. Nathan Deal", "Sen. David Perdue of Georgia", "a Georgia Democrat"), the name is the
state, so the actor is American. The actors12 census found Georgia's governors, senators and primaries
coded GEO in US election copy. The country's own words ("Georgian", "Tbilisi") keep it Georgia's.
"""

from __future__ import annotations

import re
from typing import Any

# country code -> the state's name as news copy writes it
SHARED_NAMES: dict[str, str] = {"GEO": "Georgia"}
# US-only office abbreviations and party words next to which the name is the state
# other states named beside it ("Virginia, Georgia and Alabama"): the 49 others, written out here
OTHER_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
_US_MARKERS = re.compile(r"\b(?:Gov|Sen|Rep|Lt)\.|\b(?:Republicans?|Democrats?|GOP|primary|primaries|"
                         r"caucus(?:es)?|congressman|congresswoman|congressional|committeeman|"
                         rf"{OTHER_STATES})\b")
NEAR = 40  # characters either side of the name in which a marker makes it the state
_COUNTRY_WORDS = re.compile(r"\b(?:Georgian|Georgians|Tbilisi|Abkhaz\w*|Ossetia\w*)\b")


def as_us_state(res: Any, text: str, us_politics: str | None, around: str = "") -> None:
    """Re-code a resolution whose country came from a state's name (in `text`) as the United States;
    `around` is the article's text on either side of the mention, when the caller has it."""
    name = SHARED_NAMES.get(res.country or "")
    if name is None or res.code or not re.search(rf"\b{name}\b", text) \
            or _COUNTRY_WORDS.search(text + " " + around):
        return
    marker = _US_MARKERS.search(text) or _US_MARKERS.search(around)
    if marker is None and not us_politics:
        return
    res.country = "USA"
    why = f"'{marker.group(0)}'" if marker is not None else us_politics
    res.reasons = [r for r in res.reasons if not r.startswith(f"'{name}' is")]
    res.reasons.append(f"'{name}' beside {why} is the US state, not the country")


def state_context(ctx: Any, text: str) -> None:
    """A story whose main country was guessed from a state's name is American when it is about US
    politics or a US office or party word stands beside the name ("a Georgia Democrat")."""
    name = SHARED_NAMES.get(ctx.country or "")
    if name is None or not ctx.inferred or _COUNTRY_WORDS.search(text):
        return
    why = ctx.us_politics
    for m in re.finditer(rf"\b{name}\b", text):
        if why:
            break
        near = _US_MARKERS.search(text, max(0, m.start() - NEAR), m.end() + NEAR)
        why = f"'{near.group(0)}' beside it" if near is not None else None
    if why:
        ctx.country = "USA"
        ctx.reason = f"'{name}' is the US state ({why})"
