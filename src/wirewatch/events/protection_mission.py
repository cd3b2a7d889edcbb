"""Forces sent to protect, escort or back a party give military protection, 074.

"The United States sent more warships into the Gulf to escort Kuwaiti oil tankers", "France sent 2,500
troops into Rwanda on what it called a humanitarian mission to protect refugees", "Britain sent a
destroyer to support the Kuwaiti forces": the sending rows read forces sent as a show of force (154); the
codebook files forces sent to guard or back another party as military protection or peacekeeping (074),
and a promise to send them ("said it would send warplanes to help defend Chad", read as a threat of force,
138) as a pledge of it (0334).

One rule for both readings (it replaced two, wip/targets36's and wip/stories36's, in the thirty-fifth
session). The sending verb needs a purpose clause of protection, or an on-phrase naming a mission that
holds one. The act is aimed at the party protected when the purpose's object names one of another country
than the sender's. Guarding verbs (protect, escort, defend...) fall back on the place the forces went to,
so "sent troops into Sierra Leone to protect foreign nationals" is 074 at Sierra Leone. Backing verbs
(support, reinforce, help...) need that party, and people in need are none of it: "sent helicopters to help
flood victims" is no protection.
A build-up at the sender's own border, or forces sent over it to guard the border, keep 154.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids, lemma
from .reading import Reading
from .sent_forces import destination

_SENDING = frozenset({"send", "deploy", "dispatch", "despatch", "rush", "order", "move", "fly", "airlift"})
# guarding names the protected in its object, armed or not ("to escort Saudi oil tankers")
_GUARDING = frozenset({"protect", "escort", "guard", "shield", "defend", "safeguard", "secure"})
# backing is protection only of a party of another state ("to support the Saudi navy"); "help" passes
# to the verb it helps ("to help defend Kuwait")
_BACKING = frozenset({"support", "help", "reinforce", "bolster", "assist", "back"})
_MISSIONS = frozenset({"mission", "operation"})
# people helped in a disaster are given relief, not protection ("sent troops to help flood victims")
_IN_NEED = frozenset({"victim", "survivor", "refugee", "evacuee", "homeless", "villager", "civilian",
                      "people", "population", "resident", "inhabitant", "family"})

# the sender's own ground guarded from over the line is a show of force ("sent troops into eastern Congo to
# protect its border from rebel attacks", lead32), not protection given to anyone
_OWN_GROUND = frozenset({"border", "frontier", "territory", "homeland", "flank", "sovereignty"})


def sent_to_protect(r: Reading, link: ActorLinker) -> None:
    """Recode forces sent to protect a party (154 -> 074) and a pledge to send them (138 -> 0334)."""
    told = r.type == "MOBILIZE" and (r.cameo or "")[:2] == "15"
    pledged = r.type == "THREATEN" and r.cameo == "138"
    if not (told or pledged) or not r.sources or lemma(r.trigger.tok) not in _SENDING:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    # "deployed 2,500 troops to south-western Rwanda to protect civilians" datelined PARIS: a foreign state
    # the forces go into is where they guard, whatever the dateline made of the people guarded (lead45)
    goal = destination(r.trigger.tok, link.article) if told else None
    abroad = goal is not None and goal[0].country not in own
    if told and not abroad and any((t[0].code or "")[:3] in own for t in r.targets):
        return  # (a build-up on its own ground, "sent troops to the border to protect it")
    verb = protection_purpose(r.trigger.tok)
    if verb is None:
        return
    parties = protected_parties(verb, own, link)
    if not parties and (pledged or lemma(verb) in _BACKING):
        return
    r.type, r.cameo, r.mode = ("AID", "074", None) if told else ("AGREE", "0334", None)
    if not parties and abroad and goal is not None and \
            all((t[0].code or "")[:3] in own for t in r.targets):
        parties = [goal]  # (no party of another state guarded: the state they are sent into)
    if parties:
        r.targets = parties
        r.completed_targets = []  # (the dyad completion's guess is no second event)


def protection_purpose(trig: Any) -> Any | None:
    """The guarding or backing verb of a sending's purpose clause or mission; None when it has none."""
    for c in kids(trig):
        if c.dep_ in ("advcl", "xcomp", "ccomp") and _purpose(c):
            return _helped(c)
        if c.dep_ == "prep" and c.lower_ == "on":
            # "on a humanitarian mission to protect refugees", "on what it called a mission to ..."
            # (the model may hang the purpose on "called", beside the mission, not under it)
            phrase = list(c.subtree)
            if any(lemma(t) in _MISSIONS for t in phrase):
                hit = next((v for v in phrase if _purpose(v)), None)
                if hit is not None:
                    return _helped(hit)
    return None


def protected_parties(verb: Any, own: set[str], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The parties of another country than the sender's that the protecting verb's object names."""
    backing = lemma(verb) in _BACKING
    helped = [o for o in kids(verb) if o.dep_ == "dobj"]
    if lemma(verb) == "help":  # "to help President Vieira put down a revolt": the complement's subject
        helped += [o for c in kids(verb) if c.dep_ in ("ccomp", "xcomp")
                   for o in kids(c) if o.dep_ == "nsubj"]
    return [a for o in helped if not (backing and lemma(o) in _IN_NEED)
            for a in phrase_actors(o, link) if len(a[0].code or "") >= 3
            and not (a[0].code or "").startswith("---") and (a[0].code or "")[:3] not in own]


def _purpose(tok: Any) -> bool:
    return tok.pos_ == "VERB" and lemma(tok) in _GUARDING | _BACKING and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) and \
        not any(c.dep_ == "dobj" and lemma(c) in _OWN_GROUND for c in kids(tok))


def _helped(verb: Any) -> Any:
    """"to help defend Kuwait": the helped verb carries the object."""
    if lemma(verb) != "help":
        return verb
    return next((c for c in kids(verb) if c.dep_ in ("xcomp", "ccomp") and lemma(c) in _GUARDING | _BACKING),
                verb)
