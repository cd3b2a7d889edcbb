"""'his country', 'her government', 'their nation': the country of the people the possessive stands for.

Wire copy reports a speaker's state through the speaker ("Secretary of State George Shultz said his
country welcomed ..."): the phrase is an actor only through its possessor. The possessor is taken
where it is clear: the nearest preceding person ("his"/"her") or coded group ("their") in the same
sentence, and only when every candidate of the sentence agrees on the country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ...records import Actor, Entity
from ..doc_text import doc_text
from . import countries

_OWN = re.compile(r"\b(?P<pron>his|her|their)\s+(?:own\s+)?(?P<noun>country|nation|homeland|government)\b",
                  re.I)
_FIXED_ROOTS = ("IGO", "NGO", "IMG")
_SINGULAR_LABELS = frozenset({"PERSON", "PRON"})
_GROUP_LABELS = frozenset({"PERSON", "ROLE", "NORP", "ORG"})


def _country(entity: Entity) -> str | None:
    actor = entity.actor
    if actor is None or not actor.country or actor.code[:3] in _FIXED_ROOTS:
        return None
    return actor.country


def own_countries(entities: list[Entity], doc: Any, visible: Callable[[int, int], bool],
                  from_context: Callable[[Actor], bool]) -> list[Entity]:
    """Code each 'his/her/their country|nation|homeland|government' by its possessor. Returns the new
    mentions; an existing mention of the phrase ("her government", coded from the dateline) is
    recoded in place, one with a country of its own words is left alone."""
    text: str = doc_text(doc)
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") \
        else [(0, len(text))]
    added: list[Entity] = []
    for m in _OWN.finditer(text):
        if not visible(m.start(), m.end()):
            continue
        start = next((s for s, e in sentences if s <= m.start() < e), 0)
        labels = _GROUP_LABELS if m.group("pron").lower() == "their" else _SINGULAR_LABELS
        before = [e for e in entities if start <= e.start and e.end <= m.start() and e.label in labels
                  and _country(e)]
        if not before:
            continue
        owner = max(before, key=lambda e: e.start)
        country = _country(owner)
        if any(_country(e) != country for e in before):
            continue  # two states named before the possessive: whose it is is not clear
        assert country is not None
        noun = m.group("noun").lower()
        sector = "GOV" if noun == "government" else None
        name = countries.gazetteer().name_of(country)
        actor = Actor(name=name if sector is None else f"{name}'s government", code=country + (sector or ""),
                      country=country, sector=sector,
                      reasons=[f"'{m.group(0)}' is the {noun} of {owner.text!r}, the nearest "
                               f"{'group' if labels is _GROUP_LABELS else 'person'} before it: {name}"])
        phrase = m.group(0)[m.group(0).lower().index(noun):]
        existing = next((e for e in entities if e.start <= m.start() + len(m.group(0)) - len(phrase)
                         and m.end() <= e.end), None)
        if existing is not None:
            if existing.actor is None or from_context(existing.actor):
                existing.actor = actor
            continue
        added.append(Entity(text=m.group(0), label="ROLE", start=m.start(), end=m.end(), actor=actor))
    return added
