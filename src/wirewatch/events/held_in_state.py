"""The state an agentless arrest of foreigners names as its place is the one that holds them ("RIYADH - Six
Egyptian workers were detained in Saudi Arabia on suspicion of smuggling drugs"): only a state arrests,
detains, jails or deports, and the state named as where it was done is the one that did it (SAU -> EGYLAB
173); main coded nothing, an agentless passive. An expulsion's from-phrase names it the same way ("An
American citizen ... was expelled from China": CHN -> USACVL 174, where passive_parties reads only an
envoy's 166). With no place named, a state's security body (army, navy, police) telling of foreigners held
tells of its own act ("Three Chinese fishing boats were seized ..., the Philippine navy said": PHLMIL).
Only for foreigners (the state's own people arrested at home may be held by anyone the sentence does not
name) and only for a place that is a whole state (a country's code alone). Gated on the reading's source
being empty, its verb and its in-phrase before any walk (leads44)."""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

_HOLDING = frozenset({"arrest", "detain", "jail", "imprison", "intern", "deport", "expel", "seize"})
# the verbs whose from-phrase names the state left ("was expelled from China")
_SENDING_OUT = frozenset({"expel", "deport"})
# a state's security bodies, whose word that foreigners were held at home is the word of those who held them
_SECURITY = frozenset({"MIL", "COP", "SPY"})


def detainer_named_by_place(r: Any, link: Any) -> bool:
    """Fill the source of an agentless arrest of foreigners from the state of its in-phrase; True if
    filled."""
    from .arguments import phrase_actors

    verb = r.anchor
    if r.sources or not r.targets or verb.tag_ != "VBN" or lemma(verb) not in _HOLDING:
        return False
    if not any(c.dep_ == "nsubjpass" for c in kids(verb)) or any(c.dep_ == "agent" for c in kids(verb)):
        return False
    preps = ("in", "from") if lemma(verb) in _SENDING_OUT else ("in",)
    places = [g for p in kids(verb) if p.dep_ == "prep" and p.lower_ in preps
              for g in kids(p) if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    held = {(a[0].code or "")[:3] for a in r.targets}
    for place in places:
        states = [a for a in phrase_actors(place, link) if len(a[0].code or "") == 3]
        if states and not {a[0].code for a in states} & held:
            r.sources = states
            return True
    if places:
        return False  # (a place of another kind: a city, a region, held by whoever the sentence names)
    tellers = _security_teller(verb, link)
    if tellers and not {(a[0].code or "")[:3] for a in tellers} & held:
        r.sources = tellers
        return True
    return False


def _security_teller(verb: Any, link: Any) -> list[Any]:
    """The state security body that tells of the arrest ("Three Chinese fishing boats were seized ..., the
    Philippine navy said"): its own act, when no place is named."""
    from .arguments import phrase_actors

    if verb.dep_ != "ccomp" or lemma(verb.head) not in ("say", "report", "announce"):
        return []
    teller = next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)
    if teller is None:
        return []
    return [a for a in phrase_actors(teller, link) if (a[0].code or "")[3:6] in _SECURITY]
