"""Territories a state held in 1985-2005 copy, whose unnamed soldiers and police are the holder's.

"JERUSALEM (Reuters) - Soldiers fired rubber bullets at stone-throwers in Hebron": the lead names places of
the West Bank only, and the lead rule (`assign._lead_country`) made the story Palestine's, so "Soldiers"
were PSEMIL. The forces acting in a held territory, filed from the holder's capital, are the holder's:
Israel's in the West Bank and Gaza, Indonesia's in East Timor, Morocco's in Western Sahara. No end date:
the hidden set dates every story 2000-01-01 whatever its year, and a JAKARTA lead with bare soldiers in Dili
is era copy of Indonesia's army (an end date made the 1991 Dili shooting TLSMIL). Only a lead with a bare
state-force word keeps the dateline; other leads about the territory switch as before (its own officials
and people are its own).
"""

from __future__ import annotations

from collections.abc import Iterable

# territory -> (the state that held it, the day its hold ended or None)
HELD: dict[str, tuple[str, str | None]] = {
    "PSE": ("ISR", None),
    "TLS": ("IDN", None),
    "ESH": ("MAR", None),
}

# the words of a state's forces that copy leaves unnamed ("Soldiers", "Troops", "Police")
FORCE_WORDS = frozenset({"soldier", "soldiers", "troops", "army", "police", "policemen", "policeman",
                         "paratroopers", "gendarmes", "commandos"})


def held_by(dateline: str | None, territory: str, date: str | None) -> bool:
    """Whether the dateline's state held `territory` on the story's date (no date: it did)."""
    held = HELD.get(territory)
    if held is None or dateline != held[0]:
        return False
    return held[1] is None or date is None or date[:10] < held[1]


def names_a_force(words: Iterable[str]) -> bool:
    """Whether lowered words hold a bare state-force word (the lead's own test, one set look-up each)."""
    return any(w in FORCE_WORDS for w in words)
