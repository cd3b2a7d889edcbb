"""A release asked of, or made by, whoever holds the captives.

"Iran demanded the release of thousands of Iranian prisoners of war still held by Iraq": the demand is
made on Iraq, which holds them, not on the prisoners the release names. "Three U.S. soldiers captured by
Yugoslav forces were released": the captors release them, not the visitor of an after-phrase. The captors
are the agent of a holding participle inside the release's own phrase or its passive subject ("held by",
"detained by", "captured by").
"""

from __future__ import annotations

from typing import Any

from ..nlp.actors import countries
from .actor_link import ActorLinker
from .arguments import Exclusion, phrase_actors
from .parse import kids, lemma
from .reading import Reading

# codes that ask someone to release people: the demand (1053) and the appeal (0253)
ASKED_RELEASE = frozenset({"1053", "0253"})
HOLDING = frozenset({"hold", "detain", "jail", "imprison", "keep", "capture", "kidnap", "abduct", "seize",
                     "take"})


def captors_of(phrase: Any) -> Any | None:
    """The agent of the first holding participle in a phrase."""
    for tok in phrase.subtree:
        if lemma(tok) not in HOLDING or tok.tag_ != "VBN" or tok.dep_ != "acl":
            continue
        agent = next((o for a in kids(tok) if a.dep_ == "agent" for o in kids(a) if o.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        if lemma(tok.head) not in ("hostage", "captive"):
            # "the release of 50 Palestinians held in Israel": prisoners a state holds are held in it; a
            # hostage held in a country is its captors', not the state's (lead33)
            state = next((o for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "in" for o in kids(p)
                          if o.dep_ == "pobj" and _a_state(o)), None)
            if state is not None:
                return state
    return None


def _a_state(tok: Any) -> bool:
    """A country's own name (not a city, a region or a prison)."""
    if tok.ent_type_ != "GPE":
        return False
    place = countries.lookup(" ".join(t.text for t in tok.subtree if t.ent_type_ == "GPE"), cities=False)
    return place is not None and place.kind == "country"


def _addressee(verb: Any, link: ActorLinker) -> bool:
    """Whether the release is the infinitive of an appeal or demand made to a named party, whom the
    asking verb holds as its object ("urged Russia to return ...", "asked Iraq to free ..."), or the
    subject of the release's own clause ("demanded that Russia return islands seized by Soviet troops")."""
    if verb.dep_ in ("ccomp", "acl"):  # ("renewed its demand that Russia return ...": the noun's clause)
        return any(c.dep_ == "nsubj" and phrase_actors(c, link) for c in kids(verb))
    if verb.dep_ != "xcomp":
        return False
    return any(c.dep_ == "dobj" and phrase_actors(c, link) for c in kids(verb.head))


# a bare demand or appeal whose object is the return of people a party holds ("demanded the return of 600
# Kuwaitis held by Iraq"): a demand or appeal to release them (1053 / 0253), made on the holders (leads41)
ASKED_PLAIN = {"100": "1053", "020": "0253"}
RETURNED = frozenset({"return", "repatriation", "freedom", "handover"})


def _return_asked(r: Reading, verb: Any, link: ActorLinker) -> None:
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and lemma(c) in RETURNED), None)
    agent = captors_of(obj) if obj is not None else None
    if agent is None:
        return
    exclude = Exclusion.of(r.sources)
    captors = [a for a in phrase_actors(agent, link) if not exclude.blocks(a)]
    if captors:
        r.targets = captors
        r.cameo = ASKED_PLAIN[r.cameo or ""]


def captors_asked(r: Reading, link: ActorLinker) -> None:
    """Make the captors named in the release's phrase the target of a demand or appeal to release, and
    the source of a release told in the passive with no agent of its own."""
    verb = r.trigger.tok
    if verb is None:
        return
    if r.cameo in ASKED_PLAIN:
        _return_asked(r, verb, link)
        return
    if r.cameo in ASKED_RELEASE:
        if _addressee(verb, link):
            return  # "urged Russia to return islands seized by Soviet troops": the one asked is named
        agent = captors_of(verb)
        exclude = Exclusion.of(r.sources)
        found = phrase_actors(agent, link) if agent is not None else []
        captors = [a for a in found if not exclude.blocks(a)]
        if captors:
            r.targets = captors
        return
    if not (r.cameo or "").startswith("084") or any(c.dep_ == "agent" for c in kids(verb)):
        return
    held = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
    agent = captors_of(held) if held is not None else None
    captors = phrase_actors(agent, link) if agent is not None else []
    if captors:
        r.sources = captors
