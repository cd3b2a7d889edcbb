"""A place named as a party: a capital that acts stands for its government, a place that is hit for
its people.

The CAMEO manual's own examples (the PLOVER GSR records) code "Berlin rejected ..." and "an admission
by Moscow" as the government (DEUGOV, RUSGOV), and "rebels shelled Juba", "a curfew in Abidjan", "suicide
bombers ... in Tel Aviv", "retook a village in western Cambodia" as the civilians of the place (SDNCVL,
CIVCVL, ISRCVL, KHMCVL). The actors stage codes such a place by its country alone, since it does not
know the place's part in the act; this module adds the sector once the event says what that part is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import EventActor

_CAPITAL = " is the capital of "
_CITY = " is a city "
_WHERE = "the country where it happens"  # arguments.place_target: the act's place stands in for a victim
# acts that strike a place (coercion, force, or force readied against it): its people bear them
_STRIKING_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# threats and sanctions bear on the people of the place they apply in ("a curfew in Abidjan", "suspended
# aid deliveries in the city")
_MEASURE_ROOTS = frozenset({"13", "16"})
# a capital after these words is where someone goes or is ("arrived in Washington", "a visit to
# Tokyo", "left for Moscow"), not the government
_LOCATIVE = frozenset({"in", "to", "for", "from", "into", "at", "toward", "towards", "via", "near",
                       "outside"})
_IN_PLACE = frozenset({"in", "across", "throughout", "inside", "within"})
# words naming a part of a country between the preposition and its name ("in northern Uganda")
_PART_OF = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                      "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
                      "northeast", "northwest", "southeast", "southwest", "far", "rural", "neighbouring",
                      "neighboring"})
# "a village in western Cambodia", "towns near the capital": the place locates where people live
# (not camps: "terrorist camps in Afghanistan" are no civilians' homes)
# "the Azerbaijani town of Agdam", "a Lebanese village": the nationality places the settlement struck
_SETTLEMENT_AFTER = re.compile(r"^\s+(?:villages?|towns?|hamlets?|settlements?|neighbou?rhoods?)\b")
_SETTLEMENT_BEFORE = re.compile(r"\b(?:villages?|towns?|hamlets?|settlements?|neighbou?rhoods?)"
                                r"\s+(?:in|near|outside|of)\s+(?:the\s+)?(?:[a-z-]+\s+)?$")


# the seats of a state's bodies, struck "in" the place named after them (targets32)
_STATE_SEAT_BEFORE = re.compile(r"\b(presidential palace|presidential residence|executive mansion|"
                                r"government house|state house|palace|parliament(?: building)?|"
                                r"legislature|ministry|government headquarters)\s+(?:in|at)\s+"
                                r"(?:the\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE)

# a seat others march on or try to reach is their goal, not what the force met ("fired tear gas to stop
# supporters marching on the parliament building in Islamabad": parse39)
_MARCH_GOAL_BEFORE = re.compile(r"\b(?:march(?:es|ed|ing)?|reach(?:es|ed|ing)?|converg(?:e|ed|ing)|"
                                r"head(?:ed|ing)?)\s+(?:on\s+|to\s+|toward\s+|towards\s+)?(?:the\s+)?$",
                                re.IGNORECASE)


def _place_kind(actor: EventActor) -> str | None:
    """'capital', 'city' or 'where' (the place an act happens) when the code comes from a place alone."""
    if not actor.code or len(actor.code) != 3 or not actor.reasons:
        return None
    first = actor.reasons[0]
    if _CAPITAL in first or _capital_alias(first):
        return "capital"
    if _CITY in first:
        return "city"
    if first.endswith(_WHERE):
        return "where"
    return None


# "'Kiev' is the Russian-derived spelling of Kyiv, capital of Ukraine", "'Peking' is the former name of
# Beijing": an older name of a capital is that capital
_ALIAS_OF = re.compile(r"(?:former name|spelling) of ([A-Z][\w'. -]+?)(?:,|$)")


def _capital_alias(reason: str) -> bool:
    from ..nlp.actors import countries

    if ", capital of " in reason:
        return True
    named = _ALIAS_OF.search(reason)
    place = countries.lookup(named.group(1), cities=False) if named else None
    return place is not None and place.kind == "capital"


def is_place(actor: EventActor) -> bool:
    """Whether the actor's bare country code comes from a place named in the text."""
    return _place_kind(actor) is not None


def named_where(actor: EventActor, text: str) -> bool:
    """Whether a bare country is named as where the act happens ("killed 20 guerrillas in the
    Philippines"), not as a party; `text` is the article's text, which the actor's offsets index."""
    if not actor.code or len(actor.code) != 3 or actor.start is None:
        return False
    before = [w.lower() for w in text[max(0, actor.start - 30):actor.start].split()]
    while before and (before[-1] == "the" or before[-1] in _PART_OF):
        before = before[:-1]  # "in northern Uganda", "in the far south of"
    return bool(before) and before[-1] in _IN_PLACE


def _civilians(actor: EventActor, why: str) -> EventActor:
    reason = f"'{actor.text}' {why}: its civilians (CVL)"
    return replace(actor, code=f"{actor.code}CVL", reasons=[*actor.reasons, reason])


def as_party(actor: EventActor | None, role: str, cameo: str | None, text: str,
             qualifier: bool = False) -> EventActor | None:
    """The actor with the sector its place takes in this act (`role` is 'source' or 'target';
    `text` is the article's text, which the actor's offsets index; `qualifier`: the place only
    qualifies the noun after it, "Beijing consumer watchdogs", and is no government)."""
    if actor is None or not cameo or not actor.code or len(actor.code) != 3:
        return actor
    root = cameo[:2]
    start = actor.start or 0
    before_text = text[max(0, start - 40):start]
    if role == "target" and root in _STRIKING_ROOTS:
        seat = _STATE_SEAT_BEFORE.search(before_text)
        seat_at = start - len(before_text) + seat.start() if seat is not None else 0
        if seat is not None and is_place(actor) and not _MARCH_GOAL_BEFORE.search(
                text[max(0, seat_at - 40):seat_at]):
            # "attacked the executive mansion in Monrovia", "shelled the Russian parliament building in
            # Moscow": a seat of the state struck is the body that sits there, not the city's people
            body = "LEG" if seat.group(1).lower().startswith(("parliament", "legislat")) else "GOV"
            reason = f"'{actor.text}' is where the seat of the state the act strikes stands ({body})"
            return replace(actor, code=actor.code + body, reasons=[*actor.reasons, reason])
    if role == "target" and root in _STRIKING_ROOTS and _SETTLEMENT_BEFORE.search(before_text):
        return _civilians(actor, "is where the settlement the act strikes lies")
    after_text = text[actor.end or start:][:30]
    if role == "target" and root in _STRIKING_ROOTS and _SETTLEMENT_AFTER.match(after_text):
        return _civilians(actor, "names the settlement the act strikes")
    kind = _place_kind(actor)
    if kind is None:
        return actor
    before = before_text.split()
    where = bool(before) and before[-1].lower() in _LOCATIVE
    if role == "target" and root in _STRIKING_ROOTS and (root != "15" or kind != "where"):
        # (warships sent near a country are a posture towards the state, not its people)
        return _civilians(actor, "is the place the act strikes")
    if role == "target" and root in _MEASURE_ROOTS and (kind == "where" or (
            bool(before) and before[-1].lower() in _IN_PLACE)):
        return _civilians(actor, "is the place the measure applies in")
    # (a capital that holds talks or is visited is its government, "Moscow and Kiev held talks",
    # "visited Beijing": the GSR records' readme puts a capital that is subject or direct object in GOV)
    if kind == "capital" and root not in _STRIKING_ROOTS and not where and not qualifier:
        reason = f"'{actor.text}' is named for the government that sits there (GOV)"
        return replace(actor, code=actor.code + "GOV", reasons=[*actor.reasons, reason])
    return actor
