"""A protest a force broke up (thirty-first session, wip/lead33).

"Chilean police used tear gas to break up a protest by thousands of opposition supporters demanding an
end to General Pinochet's rule": the gathering was held, so it is an act of its own beside the force's,
and its parties are the gathering's, never the sentence subject's. The protesters are the gathering
noun's by- or of-phrase; whom they protest against is the party its participle or relative clause names
("demanding the resignation of President Chun"); a gathering that names none is left to the force's act,
which is aimed at the protesters when it found only a bare country.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .actor_link import ActorLinker
from .arguments import bare_agent, phrase_actors
from .parse import kids, lemma
from .triggers import dispersed_gathering

_ACTOR = tuple[Any, int, int, Any]


def _by_phrase(noun: Any) -> list[Any]:
    """The objects of the gathering's by- or of-phrase, also where the parser hangs the phrase right
    after the noun on the verb ("broke up a rally by 3,000 students")."""
    preps = [p for p in kids(noun) if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "of")]
    preps += [p for p in kids(noun.head) if p.dep_ == "prep" and p.lower_ == "by" and p.i == noun.i + 1]
    return [o for p in preps for o in kids(p) if o.dep_ == "pobj"]


def _protesters(noun: Any, link: ActorLinker, home: str | None) -> list[_ACTOR]:
    """The gathering's by- or of-phrase; unplaced protesters ("3,000 students") are of the country whose
    force broke them up (police act at home)."""
    found = []
    for a in (a for o in _by_phrase(noun) for a in phrase_actors(o, link) or bare_agent(o, link)):
        code = a[0].code or ""
        if code.startswith("---") and home and len(code) > 3:
            a = (replace(a[0], code=home + code[3:], country=home,
                         reasons=[*a[0].reasons, f"{home}: the country whose force broke up the gathering"]),
                 *a[1:])
        if len(a[0].code or "") >= 3 and not a[0].code.startswith("---"):
            found.append(a)
    return found


def _opposed(noun: Any, own: set[str], link: ActorLinker) -> list[_ACTOR]:
    """The first party the gathering's participle or relative clause names, other than the protesters."""
    by = _by_phrase(noun)
    counted = [o for n in by for p in kids(n) if p.dep_ == "prep" and p.lower_ == "of"
               for o in kids(p) if o.dep_ == "pobj"]  # ("by thousands of activists demanding ...")
    for clause in (c for n in [noun, *by, *counted] for c in kids(n) if c.dep_ in ("acl", "relcl")):
        for tok in clause.subtree:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
                continue
            found = [a for a in phrase_actors(tok, link, deep=False) if len(a[0].code or "") >= 3
                     and a[0].code not in own and not a[0].code.startswith("---")]
            if found and tok.dep_ == "poss" and lemma(tok.head) in RULE_NOUNS:
                # "demanding an end to General Augusto Pinochet's rule": whose rule it is, governs
                why = f"'{tok.head.text}' is his: the government"
                found = [(replace(a[0], code=a[0].code[:3] + "GOV", sector="GOV",
                                  reasons=[*a[0].reasons, why]), *a[1:]) for a in found]
            if found:
                return found
    return []


# nouns of a ruler's rule: their possessor governs ("an end to General Pinochet's rule")
RULE_NOUNS = frozenset({"rule", "regime", "dictatorship", "government", "reign"})


def gathering_parties(r: Any, link: ActorLinker) -> bool:
    """Set the parties of a dispersed gathering's reading; False when it names no protesters (drop it)."""
    if not dispersed_gathering(r.anchor):
        return True
    forces = {a[0].code for a in r.sources}
    homes = {c[:3] for c in forces if len(c) >= 3 and c[:3] not in ("---", "IGO", "NGO")}
    protesters = _protesters(r.anchor, link, next(iter(homes)) if len(homes) == 1 else None)
    if not protesters:
        return False
    own = {a[0].code for a in protesters}
    opposed = _opposed(r.anchor, own, link)
    if not opposed:
        return False  # a gathering that names no party it is against adds nothing to the force's act
    r.sources, r.targets = protesters, opposed
    return True


def force_on_protesters(readings: list[Any]) -> list[Any]:
    """A gathering is kept only beside the force's own act on it, which is aimed at its protesters where it
    found only a bare country ("police used tear gas to break up a protest by opposition supporters":
    CHLOPP, not CHL); a protest told inside another's background ("threatened sanctions after police broke
    up a protest by elderly Russians") goes with the force's act it hangs on."""
    kept = []
    for g in readings:
        if not dispersed_gathering(g.anchor):
            kept.append(g)
            continue
        above = [a.i for a in g.anchor.ancestors][:3]
        forces = [r for r in readings if r is not g and r.anchor.i in above and r.type in FORCE_TYPES]
        if not forces:
            continue
        kept.append(g)
        for r in forces:
            if r.sources and all(len(t[0].code or "") == 3 for t in r.targets):
                r.targets = list(g.sources)
    return kept


# the acts of a force on a gathering
FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})
