"""Ultimatums told by their shape. An ultimatum told as "to X or face Y" ("The Russian army gave Chechen
rebels until Saturday to leave the city or face destruction", "Turkey told Syria it had 45 days to expel
Ocalan or face the consequences"): the demand with its penalty is the giver's ultimatum (139) to the party
given or told, not the demanded act (which main coded as Turkey's own expulsion of the rebel leader, TUR ->
TURREB 174, or not at all). Gated on the word "face" conjoined by "or" to an infinitive, then a giving or
telling verb above it, before any walk. A deadline given "until" a date for an infinitive's act ("The
Security Council gave Iraq until January 15 to withdraw its forces from Kuwait") is the same ultimatum,
where the lexicon's give row reads only a deadline named as the object ("gave Iraq 48 hours to"); main
coded the withdrawal asked as the Council's own (IGOUNO -> KWT 0874). Gated on "until" / "till" on a giving
verb (leads44)."""

from __future__ import annotations

from typing import Any

from .lexicon import Pattern
from .parse import is_negated, kids, lemma
from .reading import Reading
from .triggers import Trigger

_GATHERING = frozenset({"meet", "gather", "convene", "assemble"})
_GIVERS = frozenset({"give", "tell", "warn", "order", "issue", "set", "hand", "grant", "allow"})


def _demand(face: Any) -> Any | None:
    """The infinitive the penalty is the alternative of: "to leave the city or face destruction"."""
    if face.lower_ not in ("face", "suffer") or face.dep_ != "conj" or face.tag_ not in ("VB", "VBP"):
        return None
    head = face.head
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in kids(head)):
        return None
    for _ in range(3):  # ("to let the inspectors in or face": "or" on the particle, "to" on "let")
        if any(c.dep_ == "aux" and c.lower_ in ("to", "must") for c in kids(head)):
            return head  # ("told Iraq it must give inspectors access or face military action")
        if head.head is head:
            break
        head = head.head
    return None


def _giver(demand: Any) -> Any | None:
    tok = demand
    for _ in range(4):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and lemma(tok) in _GIVERS:
            return None if is_negated(tok) else tok
    return None


def _deadline_demand(until: Any) -> tuple[Any, Any] | None:
    """(giver, infinitive) of "gave Iraq until January 15 to withdraw"."""
    giver = until.head
    if until.dep_ != "prep" or giver.pos_ != "VERB" or lemma(giver) not in ("give", "grant") or \
            is_negated(giver) or not any(c.dep_ in ("dobj", "dative") for c in kids(giver)) or \
            not any(c.dep_ == "pobj" for c in kids(until)):
        return None
    demand = next((c for c in kids(giver) if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > until.i
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))), None)
    return (giver, demand) if demand is not None else None


def _giver_named(giver: Any, link: Any) -> bool:
    """The giver's subject names a party of its own words: not a gathering's scene ("The leaders, meeting
    in Auckland, New Zealand, gave ...": the place is where they met, not whose they are), not a body the
    actors stage cannot place ("The U.N. nuclear watchdog's board of governors gave Iran until ...", whose
    doer a later rule would guess)."""
    from .arguments import phrase_actors

    subj = next((c for c in kids(giver) if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "acl" and lemma(c) in _GATHERING for c in kids(subj)):
        return False
    givers = phrase_actors(subj, link)
    own = {a[0].country for a in givers}
    given = [a for c in kids(giver) if c.dep_ in ("dobj", "dative") for a in phrase_actors(c, link)]
    # (a state given an ultimatum by its own government is a party misread: "board" read as Iran's)
    return bool(givers) and not any(a[0].country in own and (a[0].sector or "GOV") == "GOV" for a in given)


def or_face_ultimatums(sent: Any, readings: list[Reading], link: Any) -> list[Reading]:
    """The readings with each "to X or face Y" ultimatum, and each deadline given "until" a date, read as
    its giver's 139, and the acts demanded inside it dropped."""
    found: list[tuple[Any, Any]] = []
    for tok in sent:
        demand = _demand(tok) if tok.lower_ in ("face", "suffer") else None
        giver = _giver(demand) if demand is not None else None
        if giver is not None and demand is not None:
            found.append((giver, demand))
        elif tok.lower_ in ("until", "till"):
            pair = _deadline_demand(tok)
            if pair is not None:
                found.append(pair)
    found = [(giver, demand) for giver, demand in found if _giver_named(giver, link)]
    if not found:
        return readings
    inside = {t.i for _, demand in found for t in demand.subtree}
    givers = {giver.i for giver, _ in found}
    kept = [r for r in readings if r.anchor.i not in inside and r.anchor.i not in givers]
    for giver, _ in found:
        pattern = Pattern(pos="verb", lemma=lemma(giver), type="THREATEN", cameo="139", mode=None)
        kept.append(Reading(anchor=giver, trigger=Trigger(giver, pattern), type="THREATEN", cameo="139",
                            mode=None, confidence=0.8))
    return kept
