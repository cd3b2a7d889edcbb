"""Posts sent abroad, placed by their sender (thirty-sixth session, wip/actors38).

Two readings the role tables get wrong in the era's agency copy:

- "the Pope's envoy", "a papal envoy": the sender is a title held in one state only (the Pope heads the
  Holy See), so the post is that state's, not the venue's ("The Pope's envoy arrived in Baghdad" was
  IRQGOV; now VATGOV).
- "Iraq's representative at the U.N.", "the U.S. representative to the talks", "the Iranian
  representative": a state's representative sent to a body, a meeting or a capital, or another state's
  with no name after the word, is its envoy (GOV); the role table reads "representative" as a legislator
  (Rep., the US House), which it stays before a name, in a legislature and for the US.

Both gate on one word of the phrase before any pattern runs.
"""

from __future__ import annotations

import re
from typing import Any

from . import sectors

# the sender's word before the post: a title held in one state only, or its adjective
_SENDER_ADJECTIVES = {"papal": "VAT"}
_POSSESSED = re.compile(r"\b(pope|pontiff|shah)['\u2019]s?\s", re.I)
# "representative at the U.N.", "representative to the talks", "representative in Baghdad"; not one in a
# legislature ("representative in Congress") nor "of the people"
_SENT_TO = re.compile(r"\brepresentatives?\s+(?:to|at|in|on|with)\s+(?!(?:the\s+)?(?:u\.?s\.?\s+)?"
                      r"(?:congress|parliament|house|assembly|senate|knesset|duma|legislature|diet|chamber)\b)",
                      re.I)
_REPRESENTATIVE = frozenset({"representative", "representatives"})
# church words that may stand before "Pope" and keep him the Roman pontiff
_ROMAN = frozenset({"the", "roman", "catholic"})


def sender_state(text: str, words: list[str], lower: list[str], res: Any) -> str | None:
    """The state of a one-state title that sends the phrase's post ("the Pope's envoy" VAT), or None.
    Sets the country on `res` and returns its reason when it applies."""
    if res.country or res.code or not res.sector or res.head_role in sectors.TITLE_COUNTRIES:
        return None
    for i, word in enumerate(lower):
        own = _SENDER_ADJECTIVES.get(word)
        if own is None and word in sectors.TITLE_COUNTRIES and _POSSESSED.search(text):
            if i and words[i - 1][:1].isupper() and lower[i - 1] not in _ROMAN:
                return None  # "Coptic Pope Shenouda's envoy": another church's
            own = sectors.TITLE_COUNTRIES[word]
        if own is not None:
            res.country = own
            reason = f"'{words[i]}' sends the {res.head_role or 'post'}: a post of the state the title heads"
            res.reasons.append(reason)
            return reason
    return None


def sent_representative(text: str, lower: list[str], res: Any) -> None:
    """A state's representative sent to a body, a meeting or a capital is its envoy: GOV, not LEG."""
    if res.code or res.sector != "LEG" or not _REPRESENTATIVE.intersection(lower) \
            or (res.head_role or "").lower() not in _REPRESENTATIVE:
        return
    # "Iraq's representative", "the Iranian representative": another state's representative with no name
    # after the word is its envoy (a US one, "Ohio's representative", stays a legislator)
    foreign = res.country not in (None, "USA") and lower[-1] in _REPRESENTATIVE
    if _SENT_TO.search(text) or foreign:
        res.sector = "GOV"
        res.reasons.append("a state's representative sent to a body, a meeting or a capital is its envoy: "
                           "a government role, not a legislator")
