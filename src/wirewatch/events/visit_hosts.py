"""The host of a visit is whom it is for, when the sentence says so (lead17).

"Keating visited Jakarta for talks with President Suharto", "Mubarak will travel to Damascus for talks
with Syrian leaders", "flew to Beijing to meet Chinese leaders": the place visited stands for its
state only when nobody else is named. The talks or meeting the visit is for name the host (IDNGOV,
SYRGOV, CHNGOV), as the CAMEO manual's examples code such visits, so those parties replace the place.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor, Article
from .actor_link import ActorLinker
from .arguments import one_actor
from .dateline_era import state_on_day
from .parse import kids, lemma
from .reading import Reading

VISITS = ("042", "043")
TALKS = {"talk", "negotiation", "meeting", "summit", "consultation", "discussion", "conference"}
MEET_VERBS = {"meet", "confer", "consult"}
JOURNEYS = {"visit", "trip", "tour", "stopover"}
# the verbs of a visit's purpose that open talks ("to begin talks with X", "to hold talks with X")
TALKS_OPENED = {"begin", "start", "open", "hold", "resume", "conduct", "have"}


def visit_host(r: Reading, link: ActorLinker) -> None:
    """Replace a visit's place with the parties of the talks or meeting it is for."""
    # a visit announced for later (036) is for its talks just as much ("will travel to Damascus for talks")
    planned = r.cameo == "036" and r.trigger is not None and \
        (r.trigger.pattern.cameo or "").startswith(VISITS)
    if r.cameo == "036" and not any(p.dep_ == "prep" and p.lower_ in ("with", "to")
                                    for p in kids(r.trigger.tok)):
        # "is due in Ankara for talks on Syria": the host, not the topic, when no partner is named
        r.targets = _awaiting_place(r.trigger.tok, link) or r.targets
    if not ((r.cameo or "").startswith(VISITS) or planned):
        return
    hosts = _host_tokens(r.anchor)
    # "talks with Angolan and Cuban delegations": each nationality joined on the noun's modifier (leads41)
    hosts += [j for h in hosts for m in kids(h) if m.dep_ in ("amod", "nmod", "compound")
              for j in kids(m) if j.dep_ == "conj" and j.ent_type_ in ("NORP", "GPE")]
    found = [one_actor(h, link, deep=True) for h in hosts]
    # (never the visitor's own side: "Morocco received Peres for two days of talks with King Hassan")
    own = {(s[0].code or "")[:3] for s in r.sources}
    parties = [f for f in found
               if f is not None and len(f[0].code or "") >= 3 and not f[0].code.startswith("---")
               and f[0].code[:3] not in own]
    if parties:
        r.targets = parties


def _host_tokens(anchor: Any) -> list[Any]:
    out = []
    for c in kids(anchor):
        if c.dep_ == "prep" and c.lower_ == "for":  # "for talks with X"
            objs = [o for o in kids(c) if o.dep_ == "pobj"]
            # ("for two days of talks with X", "for a round of talks with X": leads41)
            objs += [t for o in objs if lemma(o) not in TALKS for p in kids(o) if p.dep_ == "prep"
                     and p.lower_ == "of" for t in kids(p) if t.dep_ == "pobj"]
            for talks in (o for o in objs if lemma(o) in TALKS):
                out += [o for p in kids(talks) if p.dep_ == "prep" and p.lower_ == "with"
                        for o in kids(p) if o.dep_ == "pobj"]
        elif c.dep_ in ("advcl", "xcomp") and lemma(c) in MEET_VERBS:  # "to meet Chinese leaders"
            out += [o for o in kids(c) if o.dep_ == "dobj"]
            out += [o for p in kids(c) if p.dep_ == "prep" and p.lower_ == "with"
                    for o in kids(p) if o.dep_ == "pobj"]
        elif c.dep_ in ("advcl", "xcomp") and lemma(c) in TALKS_OPENED:
            # "arrived in Tunis to hold talks with PLO leaders" (leads41): the talks' partner, as "for talks
            # with" names it; the with-phrase hung on the talks or on the verb
            talks = [o for o in kids(c) if o.dep_ == "dobj" and lemma(o) in TALKS]
            out += [o for h in (*talks, c) if talks for p in kids(h)
                    if p.dep_ == "prep" and p.lower_ == "with" for o in kids(p) if o.dep_ == "pobj"]
    return out


def _awaiting_place(talks: Any, link: ActorLinker) -> list[Any]:
    """The state of the place an arrival for talks is announced in ("is due in Ankara for talks",
    "will be in Cairo for talks"): with nobody else named, the place visited stands for its state."""
    if talks.dep_ != "pobj" or talks.head.lower_ != "for" or lemma(talks) not in TALKS | JOURNEYS:
        return []
    verb = talks.head.head
    holders = [verb, *(c for c in kids(verb) if c.dep_ == "acomp")]
    places = [o for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ == "in"
              for o in kids(p) if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    found = [one_actor(o, link, deep=False) for o in places[:1]]
    return [f for f in found
            if f is not None and len(f[0].code or "") >= 3 and not f[0].code.startswith("---")]


def dateline_here(r: Reading, article: Article, in_quote: Any) -> None:
    """A visit that "arrived here" in a datelined story is to the dateline's place: "PYONGYANG (KCNA) --
    A delegation of the Foreign Ministry of Vietnam ... arrived here", "MOSCOW (Reuters) - Wang Yi arrived
    here for talks" are visits to North Korea and Russia, as "arrived in Pyongyang" is. Only with no
    target found, outside quotes (a speaker's "here" is where the speaker stands) and with a dateline
    whose place the gazetteer knows."""
    if not (r.cameo or "").startswith(VISITS) or r.targets or r.trigger is None:
        return
    here = next((c for c in kids(r.trigger.tok) if c.dep_ == "advmod" and c.lower_ == "here"), None)
    if here is None or in_quote(here.idx) is not None or article.dateline is None:
        return
    state = state_on_day(article.dateline.place, article) if article.dateline.place else None
    if state is None:
        return
    actor = Actor(name=str(article.dateline.place), code=state, country=state,
                  reasons=[f"'here' in a story datelined {article.dateline.place}: {state}"])
    r.targets = [(actor, here.idx, here.idx + len(here.text), here)]
