"""A bare capitalised "Marines" is the US Marine Corps.

Agency style of 1985-2005 capitalises "Marines" for the US Marine Corps only ("U.S. Marines", "the
Marines came ashore in Mogadishu") and writes other states' corps with their adjective ("Philippine
marines"). "The Marines came ashore at dawn" under MOGADISHU was SOMMIL (the dateline placed the military
role). The states whose own corps their home copy calls "the Marines" keep the dateline.
"""

from __future__ import annotations

# states whose own marine corps their home copy names bare ("Marines clashed with Moro rebels" in Manila)
OWN_MARINES = frozenset({"PHL", "KOR", "TWN", "IDN", "THA", "NLD", "GBR", "USA"})


def us_marines(words: list[str], story_country: str | None) -> bool:
    """Whether a phrase of original-case words ("Marines", "The Marines") is the US Marine Corps."""
    return bool(words) and words[-1] == "Marines" and len(words) <= 2 \
        and (len(words) == 1 or words[0].lower() == "the") and story_country not in OWN_MARINES
