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

_HOLDING = frozenset({"arrest", "detain", "jail", "imprison", "intern", "deport", "expel", "seize", "order"})
# the verbs whose from-phrase names the state left ("was expelled from China")
_SENDING_OUT = frozenset({"expel", "deport", "order"})
# verbs whose place names no holder: people "seized in Beirut" were mostly kidnapped (the teller's only)
_SEIZING = frozenset({"seize"})
# a state's security bodies, whose word that foreigners were held at home is the word of those who held them
_SECURITY = frozenset({"MIL", "COP", "SPY"})
# the plain reporting verbs an arrest told as the sentence's own act may hang under
_REPORTING = frozenset({"say", "report", "announce", "tell", "confirm", "add", "state"})


def detainer_named_by_place(r: Any, link: Any) -> bool:
    """Fill the source of an agentless arrest of foreigners from the state of its in-phrase; True if
    filled."""
    from .arguments import phrase_actors

    verb = r.anchor
    if r.sources or not r.targets or verb.tag_ != "VBN" or lemma(verb) not in _HOLDING:
        return False
    if lemma(verb) == "order" and not (r.cameo or "").startswith(("166", "174")):
        return False  # ("was ordered out of Russia": an expulsion; any other order names no holder)
    if not any(c.dep_ == "nsubjpass" for c in kids(verb)) or any(c.dep_ == "agent" for c in kids(verb)):
        return False
    if not _by_nationality(verb):
        return False  # (people held named otherwise, by name or by a body, are left to the other rules)
    if not _told_plainly(verb):
        return False  # (an arrest under a judging or asking verb is the judged act's: left to its rules)
    places = _places(verb) if lemma(verb) not in _SEIZING else []
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


def _by_nationality(verb: Any) -> bool:
    """The people held are named by their nationality ("Six Egyptian workers", "A U.S. diplomat"): the
    foreigners this rule is about."""
    held = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
    return held is not None and any(c.dep_ == "amod" and c.ent_type_ == "NORP"
                                    or c.dep_ == "compound" and c.ent_type_ == "GPE" for c in kids(held))


def _told_plainly(verb: Any) -> bool:
    """The arrest is the sentence's own act: its root, or the clause of a plain reporting verb."""
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and lemma(verb.head) in _REPORTING


def _places(verb: Any) -> list[Any]:
    """The named places of the act: its in-phrase (also on a for-phrase's time: "jailed for seven years in
    Iraq"), and for an expulsion its from- or out-of-phrase ("ordered out of Russia")."""
    preps = [p for p in kids(verb) if p.dep_ == "prep"]
    found = [p for p in preps if p.lower_ == "in"]
    found += [q for p in preps if p.lower_ == "for" for o in kids(p)
              if o.dep_ == "pobj" and o.ent_type_ == "DATE"
              for q in kids(o) if q.dep_ == "prep" and q.lower_ == "in"]
    if lemma(verb) in _SENDING_OUT:
        found += [p for p in preps if p.lower_ == "from"]
        found += [q for p in preps if p.lower_ == "out"
                  for q in kids(p) if q.dep_ == "prep" and q.lower_ == "of"]
    return [g for p in found for g in kids(p) if g.dep_ == "pobj" and g.ent_type_ == "GPE"]


def _security_teller(verb: Any, link: Any) -> list[Any]:
    """The state security body that tells of the arrest ("Three Chinese fishing boats were seized ..., the
    Philippine navy said"): its own act, when no place is named."""
    from .arguments import phrase_actors

    if verb.dep_ != "ccomp" or lemma(verb.head) not in ("say", "report", "announce"):
        return []  # (only a teller's own words)
    teller = next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)
    if teller is None:
        return []
    return [a for a in phrase_actors(teller, link) if (a[0].code or "")[3:6] in _SECURITY]
