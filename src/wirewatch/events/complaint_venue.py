"""A complaint lodged with a body that hears it is made against the party it is about.

"The European Union filed a complaint with the World Trade Organisation over U.S. steel tariffs": the WTO
is where the complaint is heard, the United States the party complained of (114 against the USA). The
venue is an international body named in the complaint's with/to phrase; the party complained of is the
actor its over/about/against phrase names ("U.S. steel tariffs", "Israeli air raids"). A state named in
the with/to phrase stays the target ("lodged a protest with Baghdad over the shelling").
"""

from __future__ import annotations

from .actor_link import ActorLinker
from .arguments import Exclusion, phrase_actors
from .parse import kids
from .reading import Reading

# complaints and lawsuits, whose hearer is no party (114 complain officially, 115 bring a lawsuit)
COMPLAINT_CODES = ("114", "115")
TOPIC_PREPS = frozenset({"over", "about", "against"})


def complained_of(r: Reading, link: ActorLinker) -> None:
    """Replace an international body that only hears a complaint by the party the complaint is about."""
    if not (r.cameo or "").startswith(COMPLAINT_CODES) or len(r.targets) != 1 or r.trigger.tok is None:
        return
    if not (r.targets[0][0].code or "").startswith("IGO"):
        return
    verb = r.trigger.tok
    heads = [verb, *(c for c in kids(verb) if c.dep_ == "dobj")]
    # (the parser may hang the over-phrase on the body: "with the World Trade Organisation over ...")
    heads += [g for h in list(heads) for p in kids(h) if p.dep_ == "prep" and p.lower_ in ("with", "to")
              for g in kids(p) if g.dep_ == "pobj"]
    topics = [g for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
              for g in kids(p) if g.dep_ == "pobj"]
    exclude = Exclusion.of(r.sources)
    for topic in topics:
        parties = [a for a in phrase_actors(topic, link) if not exclude.blocks(a)
                   and not (a[0].code or "").startswith("IGO")]
        if parties:
            r.targets = parties
            return
