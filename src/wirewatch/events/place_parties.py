"""A place named as a party: a capital that acts stands for its government, a town that is hit for
its people.

The CAMEO manual's own examples (the PLOVER GSR records) code "Berlin rejected ..." and "an admission
by Moscow" as the government (DEUGOV, RUSGOV), and "rebels shelled Juba", "a curfew in Abidjan", "suicide
bombers ... in Tel Aviv" as the civilians of the place (SDNCVL, CIVCVL, ISRCVL). The actors stage codes
such a place by its country alone, since it does not know the place's part in the act; this module
adds the sector once the event says what that part is.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import EventActor

_CAPITAL = " is the capital of "
_CITY = " is a city "
# acts that strike a place (coercion and force): the place's people bear them
_STRIKING_ROOTS = frozenset({"17", "18", "19", "20"})
# a capital after these words is where someone goes or is ("arrived in Washington", "a visit to
# Tokyo", "left for Moscow"), not the government
_LOCATIVE = frozenset({"in", "to", "for", "from", "into", "at", "toward", "towards", "via", "near", "outside"})


def _place_kind(actor: EventActor) -> str | None:
    """'capital' or 'city' when the actor's code comes from a place name alone."""
    if not actor.code or len(actor.code) != 3 or not actor.reasons:
        return None
    first = actor.reasons[0]
    if _CAPITAL in first:
        return "capital"
    if _CITY in first:
        return "city"
    return None


def as_party(actor: EventActor | None, role: str, cameo: str | None, text: str) -> EventActor | None:
    """The actor with the sector its place takes in this act (`role` is 'source' or 'target';
    `text` is the article's text, which the actor's offsets index)."""
    if actor is None or not cameo:
        return actor
    kind = _place_kind(actor)
    if kind is None:
        return actor
    if role == "target" and cameo[:2] in _STRIKING_ROOTS:
        reason = f"'{actor.text}' is the place the act strikes: its civilians (CVL)"
        return replace(actor, code=actor.code + "CVL", reasons=[*actor.reasons, reason])
    before = text[max(0, (actor.start or 0) - 12):actor.start or 0].split()
    where = bool(before) and before[-1].lower() in _LOCATIVE
    if kind == "capital" and cameo[:2] not in _STRIKING_ROOTS and cameo[:2] != "04" and not where:
        reason = f"'{actor.text}' is named for the government that sits there (GOV)"
        return replace(actor, code=actor.code + "GOV", reasons=[*actor.reasons, reason])
    return actor
