"""Canonical display names for actors, so one actor has one name however the story words it.

"foreign ministry" (headline) and "the foreign ministry" (body) in a Seoul story are both
"South Korea's foreign ministry"; "Police" in a Nairobi story is "Kenya's police"; "The Senate
Agriculture Committee" is "the Senate Agriculture Committee". Proper names keep their words (only a
sentence-initial "The" is lowered); common-noun phrases lose their determiner or possessive pronoun
("Our military") and any country words, and take their country's name in front.
"""

from __future__ import annotations

from ...records import Actor
from . import countries
from .phrases import possessive

_LEADING = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "its", "their", "his",
                      "her", "my", "your"})
_NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC"})
# How many, which is no part of who: "at least 40,000 villagers" -> "villagers".
_QUANTITY = frozenset({"at", "least", "most", "more", "than", "about", "some", "around", "nearly", "almost",
                       "over", "up", "to", "several", "many", "hundreds", "thousands", "dozens", "tens",
                       "of", "scores", "millions", "two", "three", "four", "five", "six", "seven", "eight",
                       "nine", "ten", "a", "few", "all", "both", "other", "senior", "top"})


def strip_determiner(text: str) -> str:
    """'The Joint Chiefs of Staff' -> 'the Joint Chiefs of Staff' (a name keeps its article)."""
    words = text.split()
    if len(words) > 1 and words[0] == "The":
        return " ".join(["the", *words[1:]])
    return text


def is_proper(words: list[str]) -> bool:
    """A name, not a common-noun phrase: a word after the first is capitalised, and the phrase is
    not shouted in capitals as headlines are ("CITY COUNCIL")."""
    letters = [w for w in words if w[:1].isalpha()]
    if len(letters) > 1 and all(w.isupper() for w in letters):
        return False
    return any(w[:1].isupper() for w in words[1:])


def _without_country_words(words: list[str]) -> list[str]:
    """Drop leading place words: 'Kenyan police' -> 'police', "South Korea's military" -> 'military'."""
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (3, 2, 1):
            if n < len(words) and countries.lookup(" ".join(words[:n]), cities=False) is not None:
                words, changed = words[n:], True
                break
    return words


def role_name(text: str, actor: Actor, *, named: bool = False) -> str:
    """The display name of a common-noun actor phrase ("the foreign ministry" -> "South Korea's
    foreign ministry", "Our military" -> "South Korea's military"); a proper name comes back with
    only its article normalised. `named`: NER called it a name, so one capitalised word ("Senate")
    is one too."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in _LEADING:
        words = words[1:]
    single_name = named and len(words) == 1 and words[0][:1].isupper()
    if single_name or (is_proper(words) and not words[0].endswith(("'s", "\u2019s"))):
        return strip_determiner(text)
    while len(words) > 1 and (words[0].lower() in _QUANTITY or words[0].replace(",", "").isdigit()):
        words = words[1:]
    words = _without_country_words(words)
    phrase = " ".join(words).lower()
    country = actor.country or ""
    if len(country) == 3 and country.isalpha() and country not in _NON_STATES:
        return f"{possessive(countries.gazetteer().name_of(country))} {phrase}"
    return phrase
