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

RECALLING = frozenset({"recall", "withdraw", "summon"})
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "commissioner", "charge", "nuncio",
                    "representative", "attache"})


def _posts(obj: Any) -> list[Any]:
    """The pobj of the from-phrase on the envoy noun or, as the parser often hangs it, on the verb."""
    return [g for p in (*kids(obj), *kids(obj.head)) if p.dep_ == "prep" and p.lower_ == "from"
            for g in kids(p) if g.dep_ == "pobj"]


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
