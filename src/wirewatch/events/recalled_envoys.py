"""An envoy recalled or withdrawn "from" a country: the country he was posted to is the target (stories27).

"Algiers responded by recalling its ambassadors from Mali and Niger", "Mali, Burkina Faso and Niger
recalled their ambassadors from Algeria": the recall is aimed at the states of the from-phrase, every one
of a list, not at the envoys' own state that "its" / "their" names (nor at the dateline's, which an
envoy of no named country would take).

"The U.S. ambassador, Daniel Speckhard, was also recalled to Washington for consultations", "China recalls
ambassador to U.S.": an envoy recalled names his post by "to" on his own noun, and a passive recall with no
agent is his own state's, aimed at his post or, with none named, at the dateline's state (stories35).
"""

from __future__ import annotations

from typing import Any

from ..records import Actor, Article
from .actor_link import ActorLinker
from .arguments import phrase_actors
from .dateline_era import state_on_day
from .parse import kids, lemma
from .reading import Reading

RECALLING = frozenset({"recall", "withdraw", "summon", "pull"})
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "commissioner", "charge", "nuncio",
                    "representative", "attache",
                    # a mission's people withdrawn from a country (1661, 1662; lead28: "the United Nations
                    # began pulling its peacekeepers out of Somalia" was aimed at "its peacekeepers")
                    "peacekeeper", "inspector", "monitor", "observer"})


def _posts(obj: Any) -> list[Any]:
    """The pobj of the from-phrase (or "out of") on the envoy noun or, as the parser often hangs it, on
    the verb."""
    heads = (*kids(obj), *kids(obj.head))
    outs = [q for p in heads if p.lower_ == "out" for q in kids(p) if q.dep_ == "prep" and q.lower_ == "of"]
    return [g for p in (*heads, *outs) if p.dep_ == "prep" and p.lower_ in ("from", "of", "to")
            and (p.lower_ == "from" or p in outs or p.head.lower_ == "out" or _out_before(p)
                 or (p.lower_ == "to" and p.head.i == obj.i))  # "its ambassador to the U.S." (stories35)
            for g in kids(p) if g.dep_ == "pobj"]


def _out_before(prep: Any) -> bool:
    """Whether an "of" follows the particle "out" ("pulled its monitors out of Kosovo")."""
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"


def recalled_from(r: Reading, link: ActorLinker) -> None:
    """Aim a recall of envoys at the states they were recalled from."""
    if lemma(r.anchor) not in RECALLING or not (r.cameo or "").startswith("16"):
        return
    obj = next((c for c in kids(r.anchor) if c.dep_ == "dobj" and lemma(c) in ENVOYS), None)
    if obj is None:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    posts = [a for g in _posts(obj) for a in phrase_actors(g, link)
             if len(a[0].code or "") >= 3 and not a[0].code.startswith("---") and a[0].code[:3] not in own]
    if posts:
        r.targets = posts


def passive_recall(r: Reading, link: ActorLinker, article: Article) -> None:
    """ "The U.S. ambassador ... was recalled to Washington for consultations": with no agent the recall is
    the envoy's own state's (the country his phrase names), aimed at the state of his post or, with none
    named, at the dateline's when that is another."""
    if r.sources or lemma(r.anchor) not in RECALLING or not (r.cameo or "").startswith("16"):
        return
    if any(c.dep_ == "agent" for c in kids(r.anchor)):
        return
    envoy = next((c for c in kids(r.anchor) if c.dep_ == "nsubjpass" and lemma(c) in ENVOYS), None)
    if envoy is None:
        return
    own = {(a[0].code or "")[:3] for a in phrase_actors(envoy, link)
           if len(a[0].code or "") >= 3 and not a[0].code.startswith(("---", "IGO", "NGO"))}
    if len(own) != 1:
        return
    home = own.pop()
    posts = [a for g in _posts(envoy) for a in phrase_actors(g, link)
             if len(a[0].code or "") >= 3 and not a[0].code.startswith("---") and a[0].code[:3] != home]
    if not posts:
        place = article.dateline.place if article.dateline is not None else None
        state = state_on_day(place, article) if place else None
        if state is None or state == home:
            return
        posts = [(Actor(name=str(place), code=state, country=state,
                        reasons=[f"an envoy recalled in a story datelined {place}: {state}"]),
                  r.anchor.idx, r.anchor.idx + len(r.anchor.text), r.anchor)]
    r.sources = [(Actor(name=f"the government of {home}", code=home + "GOV", country=home,
                        reasons=[f"{envoy.text} recalled: his own state's act"]),
                  envoy.idx, envoy.idx + len(envoy.text), envoy)]
    r.targets = posts
