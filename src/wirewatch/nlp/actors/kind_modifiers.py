"""A body's kind noun used as a modifier of its people (twenty-sixth session, actors28).

Wire copy names a body, then calls its people by the body's kind: "NATO warned Belgrade ... Alliance officials
said", "The European Union imposed an embargo ... The bloc's foreign ministers", "The Revolutionary United
Front freed 50 peacekeepers. Rebel leaders said", "China's Foreign Ministry protested ... Ministry officials
summoned the ambassador", "The Bank of Thailand ... The central bank's governor". The people are the body's:
its code, whatever the dateline or the story's main country would give them. `kind_modified_roles` finds the
phrase (a people noun with the kind before it, as a compound, an adjective or a possessor), and the nearest
body of that kind named before it in the story; a phrase whose country its own words give ("Yugoslav army
officials"), and a kind with no such body before it ("Alliance officials said the ruling coalition would
hold"), are left as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...records import Actor, Entity
from .coref import kind_words

# the people of a body a kind noun may qualify
_PEOPLE = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "leader", "leaders",
                     "minister", "ministers", "commander", "commanders", "chief", "chiefs", "governor",
                     "envoy", "envoys", "diplomat", "diplomats", "delegate", "delegates", "delegation",
                     "negotiator", "negotiators", "officer", "officers", "chairman", "head", "heads",
                     "representative", "representatives", "ambassador", "ambassadors", "troops", "fighters",
                     "soldiers", "members", "sources", "source", "inspectors", "monitors"})
# kinds named by the bodies' own tables (`coref.kind_words`) or by their last word
_TABLE_KINDS = frozenset({"alliance", "bloc", "league", "agency", "mission"})
_ARMED_KINDS = frozenset({"rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents"})
_KINDS = _TABLE_KINDS | _ARMED_KINDS | {"junta", "ministry", "bank"}


def _kind_token(head: Any) -> Any | None:
    """The kind noun qualifying a people noun: "alliance" of "Alliance officials", "bloc" of "the bloc's
    foreign ministers", "bank" of "the central bank's governor" (only with "central")."""
    for child in head.children:
        if child.i >= head.i or child.dep_ not in ("compound", "amod", "nmod", "poss"):
            continue
        low = child.lower_
        if low not in _KINDS:
            continue
        if low == "bank" and not any(c.lower_ == "central" for c in child.children):
            continue
        return child
    return None


def _matches(kind: str, body: Entity) -> bool:
    actor = body.actor
    if actor is None or body.label not in ("ORG", "ROLE", "ACTOR"):
        return False
    words = body.text.lower().replace("'s", "").split()
    if kind in _TABLE_KINDS:
        return kind in kind_words(body) or (words[-1:] == [kind] and body.label != "ROLE")
    if kind in _ARMED_KINDS:
        return body.label in ("ORG", "ACTOR") and actor.sector in ("REB", "UAF")
    if kind == "junta":
        return "junta" in words or (body.label in ("ORG", "ACTOR") and actor.sector == "MIL")
    if kind == "ministry":
        return "ministry" in words and (actor.sector or "").startswith("GOV")
    # a central bank: a state body named as a bank ("the Bank of Thailand", "the Bundesbank", "the Fed")
    return (actor.sector or "").startswith("GOV") and body.label in ("ORG", "ACTOR") and \
        any(w.endswith("bank") or w in ("reserve", "fed") for w in words)


def kind_modified_roles(entities: list[Entity], doc: Any, text: str, from_context: Callable[[Actor], bool],
                        visible: Callable[[int, int], bool]) -> list[Entity]:
    """Code the people a kind noun ties to a body named before (module docstring). An existing mention of
    the phrase is recoded when its actor came from the story's context or it has none; a phrase no mention
    covers becomes one (returned, for the caller to add); mentions inside it with no actor of their own
    ("Alliance" tagged ORG) are dropped from `entities`."""
    added: list[Entity] = []
    for tok in doc:
        if tok.lower_ not in _KINDS:
            continue
        head = tok.head
        if head.i <= tok.i or head.lower_ not in _PEOPLE or head.pos_ not in ("NOUN", "PROPN") \
                or getattr(_kind_token(head), "i", None) != tok.i:
            continue
        start, end = head.left_edge.idx, head.idx + len(head.text)
        if not visible(start, end):
            continue
        covering = [e for e in entities if e.start < end and start < e.end]
        if any(e.actor is not None and not from_context(e.actor) and not (e.start >= start and e.end <= end
               and e.label in ("ORG", "ROLE") and _weak(e, tok.lower_)) for e in covering):
            continue  # "Yugoslav army officials": the phrase's own words placed it
        kind = tok.lower_
        body = next((e for e in reversed(entities) if e.end <= start and _matches(kind, e)), None)
        if body is None or body.actor is None:
            continue
        owner = body.refers_to or body.actor.name
        phrase = text[start:end]
        reason = f"'{tok.text}' in '{phrase}' is {owner}, named before it in the story"
        actor = Actor(name=f"{owner}'s {head.text}", code=body.actor.code, country=body.actor.country,
                      sector=body.actor.sector, reasons=[reason, *body.actor.reasons[:1]])
        whole = next((e for e in covering if e.start == start and e.end == end), None)
        if whole is not None and (whole.refers_to or (whole.actor and whole.actor.code == actor.code)):
            continue  # linked already ("the ministry's spokesperson" of Choi Young-sam), or the same code
        if whole is not None:
            whole.actor = actor
            whole.refers_to = whole.refers_to or owner
            continue
        for inner in covering:
            if inner.start >= start and inner.end <= end:
                entities.remove(inner)
        entity = Entity(text=phrase, label="ROLE", start=start, end=end, actor=actor, refers_to=owner)
        entities.append(entity)
        added.append(entity)
    return added


def _weak(entity: Entity, kind: str) -> bool:
    """A mention inside the phrase that is only the kind word's own reading ("Alliance" tagged ORG, "Rebel"),
    with no country of its own."""
    actor = entity.actor
    return actor is None or (entity.text.lower().split()[-1:] == [kind] and not actor.country)


def kind_modifier_words(text: str) -> bool:
    """Whether a text may hold such a phrase at all (a kind word in it), before the token loop."""
    low = text.lower()
    return any(word in low for word in _TEXT_WORDS)


_TEXT_WORDS = ("alliance", "bloc", "league", "agency", "mission", "rebel", "guerrilla", "insurgent", "junta",
               "ministry", "central bank")
