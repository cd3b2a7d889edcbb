"""An envoy recalled or withdrawn "from" a country: the country he was posted to is the target (stories27).

"Algiers responded by recalling its ambassadors from Mali and Niger", "Mali, Burkina Faso and Niger
recalled their ambassadors from Algeria": the recall is aimed at the states of the from-phrase, every one
of a list, not at the envoys' own state that "its" / "their" names (nor at the dateline's, which an
envoy of no named country would take).
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
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
    return [g for p in (*heads, *outs) if p.dep_ == "prep" and p.lower_ in ("from", "of")
            and (p.lower_ == "from" or p in outs or p.head.lower_ == "out" or _out_before(p))
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
