"""Forces sent to protect or escort a party give military protection (thirty-fourth session, wip/targets36).

"The United States sent more warships into the Gulf to escort Kuwaiti oil tankers", "France sent 2,500
troops into Rwanda on what it called a humanitarian mission to protect refugees": the sending rows read
forces sent "into" a place, or ships, as a show of force (154); the codebook files forces sent to guard a
party as military protection or peacekeeping (074). Where the sending verb has a purpose clause of
protection (protect, escort, guard, shield, defend, safeguard), or an on-phrase naming a mission or an
operation that holds one, the act is 074, aimed at the party protected when it names one of another
country, else at the place as before. A build-up at the sender's own border, or forces sent over it to
guard the border, keep 154.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids, lemma

_SENDING = frozenset({"send", "deploy", "dispatch", "rush", "order", "move", "fly", "airlift"})
_PROTECTING = frozenset({"protect", "escort", "guard", "shield", "defend", "safeguard", "secure"})
_MISSIONS = frozenset({"mission", "operation"})


# the sender's own ground guarded from over the line is a show of force ("sent troops into eastern Congo to
# protect its border from rebel attacks", lead32), not protection given to anyone
_OWN_GROUND = frozenset({"border", "frontier", "territory", "homeland", "flank", "sovereignty"})


def _protecting(tok: Any) -> bool:
    return tok.pos_ == "VERB" and lemma(tok) in _PROTECTING and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) and \
        not any(c.dep_ == "dobj" and lemma(c) in _OWN_GROUND for c in kids(tok))


def protection_purpose(trig: Any) -> Any | None:
    """The protecting verb of a sending's purpose clause or mission; None when it has none."""
    if lemma(trig) not in _SENDING:
        return None
    for c in kids(trig):
        if c.dep_ in ("advcl", "xcomp", "ccomp") and _protecting(c):
            return c
        if c.dep_ == "prep" and c.lower_ == "on":
            # "on a humanitarian mission to protect refugees", "on what it called a mission to ..."
            # (the model may hang the purpose on "called", beside the mission, not under it)
            phrase = list(c.subtree)
            if any(lemma(t) in _MISSIONS for t in phrase):
                hit = next((v for v in phrase if _protecting(v)), None)
                if hit is not None:
                    return hit
    return None


def protected_parties(verb: Any, own: set[str], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The parties of another country than the sender's that the protecting verb's object names."""
    return [a for o in kids(verb) if o.dep_ == "dobj" for a in phrase_actors(o, link)
            if len(a[0].code or "") >= 3 and not (a[0].code or "").startswith("---")
            and (a[0].code or "")[:3] not in own]
