"""The lead's own word for a party's side (thirty-eighth session, wip/actors40).

"The opposition Awami League" in a 1990s Dhaka lead, "the ruling Pakistan Muslim League" before the 1999
coup, "the then-opposition Labour Party": the hidden GSR records date every lead 2000-01-01, when the
party table may say the opposite; the writer's word says which side the party was on at the story's time,
so it beats the date table. "Then-" (a retrospective side) counts as the side it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ...records import Actor
from . import countries, tenure

# the side words and the sector each gives a party named right after it
SIDE_WORDS = {"ruling": "GOV", "governing": "GOV", "opposition": "OPP"}
# the words the cheap gate looks for in a text before any pattern runs
GATE = ("ruling", "governing", "opposition")
_BEFORE = re.compile(r"\b(?:then[- ])?(ruling|governing|opposition)\s+"
                     r"(?:(?:main|chief|leading|largest)\s+)?$", re.I)


def fold_then(word: str) -> str:
    """'then-opposition' -> 'opposition' (a lower-case word); any other word unchanged."""
    if word.startswith("then-") and word[5:] in SIDE_WORDS:
        return word[5:]
    return word


def side_before(text: str, start: int) -> tuple[str, str] | None:
    """(sector, cue) of the side word just before a party name beginning at `start` of `text` ("the
    ruling", "the then-opposition", "the opposition main"), None when there is none."""
    m = _BEFORE.search(text, max(0, start - 32), start)
    if m is None:
        return None
    return SIDE_WORDS[m.group(1).lower()], m.group(0).strip()


def governing_word(lower: list[str], i: int) -> str | None:
    """The ruling or governing word among the two words before the party name at `lower[i]` ("the ruling
    Congress party", "the ruling main ..."), None without one."""
    for w in lower[max(0, i - 2):i]:
        if SIDE_WORDS.get(w) == "GOV":
            return w
    return None


def mark_entities(text: str, entities: Iterable[Any]) -> None:
    """Give each party entity named right after a side word ("the ruling Socialist Party", a party no
    table lists; "the opposition Awami League") the side the word says, over the date table's or none.
    The caller gates on `GATE` words; only ORG or NORP entities coded as a party (PTY, or a tabled party's
    GOV or OPP) are looked at."""
    for entity in entities:
        actor = entity.actor
        if actor is None or entity.label not in ("ORG", "NORP") or actor.sector not in ("PTY", "OPP", "GOV") \
                or not actor.country:
            continue
        if actor.sector != "PTY" and countries.norm(entity.text) not in tenure.PARTIES:
            continue
        side = side_before(text, entity.start)
        if side is None or side[0] == actor.sector:
            continue
        entity.actor = Actor(name=actor.name, code=actor.country + side[0], country=actor.country,
                             sector=side[0], reasons=[*actor.reasons, f"'{side[1]}' is the lead's word for "
                                                      f"the party's side at the story's time: {side[0]}"])
