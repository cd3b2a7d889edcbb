"""A request for troops or peacekeepers is the codebook's appeal for military aid or protection (leads41).

"Sierra Leone's government asked Nigeria for troops to help fight the rebels", "Haiti's president asked
the United Nations for peacekeepers to help train a police force", "Rwanda called for U.N. troops to
protect returning refugees": the appeal frame reads the purpose infinitive as the act asked for (an appeal
to fight, to train, to disarm: 020, 0256), or the bare appeal (020), where the codebook has a row for the
thing asked: a force asked to protect or keep the peace is 0234 (appeal for military protection or
peacekeeping), one asked to fight, to help or with no purpose 0232 (appeal for military aid). The appeal's
parties stay. A force named only by "peacekeeping troops" is no party of the dateline's state: where the
reading's target is that force itself, it is the international body's (`arguments.peacekeepers_body`).
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import peacekeepers_body
from .parse import kids, lemma
from .reading import Reading

ASKING = frozenset({"ask", "appeal", "call", "request", "plead", "seek", "press"})
FORCES = frozenset({"troop", "peacekeeper", "soldier", "force", "reinforcement", "contingent", "battalion",
                    "paratrooper", "marine"})
# the verbs of an appeal's complement that ask for a force by sending it ("to send troops")
_SENDING = frozenset({"send", "deploy", "dispatch", "despatch"})
# what a force asked for does when it is asked for protection or peacekeeping, not for fighting
PROTECTING = frozenset({"protect", "defend", "guard", "keep", "police", "monitor", "patrol", "supervise",
                        "secure", "separate", "restore", "maintain", "escort", "shield", "safeguard",
                        "oversee", "disarm", "enforce"})


def _force_asked(verb: Any) -> Any | None:
    """The force noun the appeal verb asks for: "asked X for troops", "called for peacekeepers",
    "requested troops from Y"."""
    # (the for-phrase hung on the verb, or on its object: "asked Nigeria for troops")
    holders = [verb, *(c for c in kids(verb) if c.dep_ in ("dobj", "dative"))]
    for holder, c in ((h, k) for h in holders for k in kids(h)):
        if c.dep_ == "prep" and c.lower_ == "for":
            found = next((o for o in kids(c) if o.dep_ == "pobj" and lemma(o) in FORCES), None)
            if found is not None:
                return found
        elif c.dep_ == "dobj" and lemma(c) in FORCES and lemma(verb) in ("request", "seek"):
            return c
        elif c.dep_ in ("xcomp", "ccomp") and lemma(c) in _SENDING and holder is verb:
            # "appealed to the United Nations to send an international protection force" (lead45)
            found = next((o for o in kids(c) if o.dep_ == "dobj" and lemma(o) in FORCES), None)
            if found is not None:
                return found
        elif c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for"
                                                         for m in kids(c)):
            # "asked NATO for troops to guard its border", read as "for [troops to guard ...]"
            found = next((s for s in kids(c) if s.dep_ == "nsubj" and lemma(s) in FORCES), None)
            if found is not None:
                return found
    return None


def _peacekeeping(force: Any) -> bool:
    """"peacekeepers", "a peacekeeping force", "a protection force" (lead45)."""
    return force.lower_.startswith("peacekeep") or any(
        c.dep_ in ("amod", "compound") and (c.lower_.startswith("peacekeep") or lemma(c) == "protection")
        for c in kids(force))


def _purpose(force: Any, verb: Any) -> str | None:
    """The lemma of the infinitive that says what the force is asked to do ("troops to protect ...")."""
    if force.dep_ == "nsubj" and force.head.pos_ == "VERB":
        return _helped(force.head)  # ("for troops to guard ...": the clause the force is subject of)
    # ("to send troops to defend the kingdom": the sending verb carries the purpose, lead45)
    sent = [force.head] if force.dep_ == "dobj" and force.head.i != verb.i else []
    for holder in (force, *sent, verb):
        for c in kids(holder):
            if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.pos_ == "VERB":
                # ("to help fight the rebels", "to help restore order": the helped verb says it)
                return _helped(c)
    return None


def _helped(verb: Any) -> str:
    """"to help fight the rebels", "to help restore order": the helped verb says what the force does."""
    helped = next((g for g in kids(verb) if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"), None)
    return lemma(helped) if lemma(verb) == "help" and helped is not None else lemma(verb)


def requested_force(r: Reading, link: ActorLinker) -> None:
    """Code an appeal for troops or peacekeepers as 0234 or 0232, and place a peacekeeping force asked for
    that the reading took as its own target."""
    if not (r.cameo or "").startswith("02") or r.anchor is None or lemma(r.anchor) not in ASKING:
        return
    force = _force_asked(r.anchor)
    if force is None:
        return
    keeping = _peacekeeping(force)
    r.cameo = "0234" if keeping or _purpose(force, r.anchor) in PROTECTING else "0232"
    if keeping and any(t[3] is not None and t[3].i == force.i for t in r.targets):
        body = peacekeepers_body(force, link)
        if body is not None:
            r.targets = [t for t in r.targets if t[3] is None or t[3].i != force.i] + [body]
