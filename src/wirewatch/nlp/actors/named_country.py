"""'the country's army', 'the nation's air force': the state the clause before names.

Agency leads name a state and then its bodies through a definite "the country's" ("Rwandan troops crossed
into eastern Congo and attacked the country's army"; "French troops in Ivory Coast destroyed the
country's small air force"). The phrase names no country of its own, so it was no actor and the act
fell to a place's civilians. The state is the nearest country named before it in the same sentence as a
noun of its own (a country's name modifying another noun, "U.S. warplanes", names the attacker's
side, not the country talked about); the body is the sector of the possessed noun.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...records import Actor, Entity
from ..doc_text import doc_text
from . import countries
from .sectors import noun_sector

_POSSESSORS = frozenset({"country", "nation"})
# a country's name that modifies a noun ("U.S. warplanes") is not the country talked about
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# mentions that name a people or a body, not the country as a place
_NOT_PLACES = frozenset({"NORP", "ROLE", "PRON"})


def _named_before(entities: list[Entity], doc: Any, sent: Any, before: int) -> str | None:
    """The country of the nearest mention of the sentence ending before char `before` that is a bare
    country (a place name, not a body or a people) standing as a noun of its own."""
    best: tuple[int, str] | None = None
    for e in entities:
        code = e.actor.code if e.actor is not None else ""
        if len(code) != 3 or e.start < sent.start_char or e.end > before or e.label in _NOT_PLACES:
            continue
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or span.root.dep_ in _MODIFIER_DEPS:
            continue
        place = countries.lookup(e.text, cities=False)
        if place is None or place.kind not in ("country", "alias"):
            continue
        if best is None or e.start > best[0]:
            best = (e.start, place.iso3)
    return best[1] if best else None


def named_country_bodies(entities: list[Entity], doc: Any, visible: Callable[[int, int], bool],
                         from_context: Callable[[Actor], bool]) -> list[Entity]:
    """Code each 'the country's / the nation's <body noun>' by the country named before it in its
    sentence. Returns the new mentions; an existing mention of the body noun with no actor, or one
    only the story's context placed, is recoded in place."""
    added: list[Entity] = []
    text = doc_text(doc).lower()
    if "country's" not in text and "nation's" not in text:
        return added  # (the cheap gate: most stories have neither)
    for tok in doc:
        if tok.lower_ not in _POSSESSORS or tok.dep_ != "poss" or tok.i == 0:
            continue
        det = doc[tok.i - 1]
        if det.lower_ != "the":
            continue
        body = tok.head
        sector = noun_sector(body.lower_, body.lemma_.lower())
        if sector is None or not visible(det.idx, body.idx + len(body)):
            continue
        country = _named_before(entities, doc, tok.sent, det.idx)
        if country is None:
            continue
        name = countries.gazetteer().name_of(country)
        actor = Actor(name=f"{name}'s {body.lower_}", code=country + sector, country=country, sector=sector,
                      reasons=[f"'the {tok.lower_}'s {body.text}' is the {body.lower_} of {name}, the "
                               f"country named before it in the sentence"])
        start, end = det.idx, body.idx + len(body)
        existing = next((e for e in entities if e.start <= body.idx < e.end), None)
        if existing is not None:
            if existing.actor is None or from_context(existing.actor):
                existing.actor = actor
            continue
        added.append(Entity(text=doc_text(doc)[start:end], label="ROLE", start=start, end=end, actor=actor))
    return added
