"""An envoy summoned with no agent: the state he is posted to summons him (thirty-fifth session,
wip/targets37).

"Iraq's ambassador to Egypt was summoned to the Foreign Ministry in Cairo and handed a protest note", "The
Soviet ambassador in Tokyo was called to the Foreign Ministry to receive a protest": the summons is the
host's act, the state of his post (his noun's to/in phrase), else the state of the city the ministry is in,
else the dateline's; it is aimed at his own state's government (the person stands for his state). Only a
passive summons with no agent, whose subject is an envoy of exactly one named state.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor, Article
from .actor_link import ActorLinker
from .arguments import phrase_actors
from .dateline_era import state_on_day
from .parse import kids, lemma
from .reading import Reading
from .recalled_envoys import ENVOYS

SUMMONING = frozenset({"summon", "call"})
# (the parser heads "charge d'affaires" on its last word)
_ENVOY_WORDS = ENVOYS | {"affaires", "d'affaires"}


def _states(tok: Any, link: ActorLinker) -> set[str]:
    return {(a[0].code or "")[:3] for a in phrase_actors(tok, link)
            if len(a[0].code or "") >= 3 and not a[0].code.startswith(("---", "IGO", "NGO"))}


def _pobjs(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    return [g for p in kids(tok) if p.dep_ == "prep" and p.lower_ in preps
            for g in kids(p) if g.dep_ == "pobj"]


def _host(envoy: Any, verb: Any, home: str, link: ActorLinker, article: Article) -> str | None:
    """The state of the envoy's post, else of the summoning ministry's city, else of the dateline."""
    for g in _pobjs(envoy, ("to", "in")):
        found = _states(g, link) - {home}
        if len(found) == 1:
            return found.pop()
    for office in _pobjs(verb, ("to", "at")):
        for g in [*_pobjs(office, ("in",)), *_pobjs(verb, ("in",))]:
            found = _states(g, link) - {home}
            if len(found) == 1:
                return found.pop()
    place = article.dateline.place if article.dateline is not None else None
    state = state_on_day(place, article) if place else None
    return state if state and state != home else None


def passive_summons(r: Reading, link: ActorLinker, article: Article) -> None:
    """Give a passive summons of an envoy its host as source and the envoy's state as target."""
    verb = r.anchor
    if lemma(verb) not in SUMMONING or not (r.cameo or "").startswith("11"):
        return
    if any(c.dep_ == "agent" for c in kids(verb)):
        return
    envoy = next((c for c in kids(verb) if c.dep_ == "nsubjpass" and lemma(c) in _ENVOY_WORDS), None)
    if envoy is None:
        return
    # (a source the rules took from the envoy himself, the passive's subject, is no summoner)
    span = range(envoy.left_edge.i, envoy.right_edge.i + 1)
    if any(a[3] is None or a[3].i not in span for a in r.sources):
        return
    if r.sources:
        r.targets = []
    own = _states(envoy, link)
    if len(own) != 1:
        return
    home = own.pop()
    host = _host(envoy, verb, home, link, article)
    if host is None:
        return
    r.sources = [(Actor(name=f"the government of {host}", code=host + "GOV", country=host,
                        reasons=[f"{envoy.text} summoned: the act of the state of his post, {host}"]),
                  verb.idx, verb.idx + len(verb.text), verb)]
    if not r.targets:
        r.targets = [(Actor(name=f"the government of {home}", code=home + "GOV", country=home,
                            reasons=[f"{envoy.text} summoned: his state's government"]),
                      envoy.idx, envoy.idx + len(envoy.text), envoy)]
