"""Named bodies of civil society and business by their head noun ("the National Association of
Manufacturers", "the Sierra Club", "Chrysler Corp"): a post in one ("chairman of ...") is no
government office, whatever country the sentence names (actors12). Only the head decides, so a
"Commission", "Council" or "Bureau" (often a state's) is never read as civil here.
"""

from __future__ import annotations

import re

CIVIL_HEADS = frozenset({
    "association", "associations", "club", "federation", "institute", "institution", "foundation",
    "society", "league", "coalition", "center", "centre", "fund", "network", "campaign", "project",
    "guild", "forum", "initiative", "inc", "inc.", "corp", "corp.", "co", "co.",
    "company", "ltd", "ltd.", "plc", "group", "watch", "trust", "alliance", "university", "college",
})
_OF_TAIL = re.compile(r"\s+(?:of|for|on)\s+.*$", re.S)


def civil_body(name: str) -> bool:
    """Whether a body's name ends its head in a civil-society or business noun ("the Club for Growth")."""
    head = _OF_TAIL.sub("", name.strip()).split()
    return bool(head) and head[-1].lower().strip(",.") in CIVIL_HEADS
