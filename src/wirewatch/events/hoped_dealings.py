"""Hope or doubt voiced about a party's dealings with another is aimed at that other party: "Russia voiced
optimism that its talks with Japan on a peace treaty would make progress" coded nothing, since the comment's
that-clause subject (the talks) is no party and the 013 reading had no target. A comment reading (root 01)
with a source and no target, whose that-clause subject is a dealings noun (talks, negotiations, relations,
ties, dialogue, cooperation, contacts), or the outcome of one in its object's of-phrase ("saw little hope of
progress in its talks with India"), with a with- or between-phrase, takes that phrase's parties other than
its own. Gated on the reading's code, its clausal complement and the subject's lemma before any walk
(leads45)."""

from __future__ import annotations

from typing import Any

from .parse import kids

DEALINGS = frozenset({"talk", "talks", "negotiation", "relation", "relations", "tie", "ties", "dialogue",
                      "cooperation", "contact", "contacts", "meeting", "summit", "process"})
# what dealings may come to, named before them ("progress in its talks with India")
OUTCOMES = frozenset({"progress", "breakthrough", "success", "improvement", "movement", "headway"})


def dealings_partner(r: Any, link: Any) -> bool:
    """Aim a targetless comment at the other party of the dealings its that-clause is about; True if
    changed."""
    from .arguments import Exclusion, phrase_actors

    if r.targets or not r.sources or not (r.cameo or "").startswith("01"):
        return False
    # the clause hangs on the verb, or on its object noun ("expressed hope that relations with X would")
    clauses = [c for c in kids(r.anchor) if c.dep_ == "ccomp"] + [
        c for o in kids(r.anchor) if o.dep_ == "dobj" for c in kids(o) if c.dep_ in ("acl", "ccomp")]
    nouns = [s for c in clauses for s in kids(c) if s.dep_ in ("nsubj", "nsubjpass")]
    # or the object's of-phrase ("saw little hope of progress in its talks with India")
    nouns += [o for d in kids(r.anchor) if d.dep_ == "dobj" for p in kids(d) if p.dep_ == "prep"
              and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
    subj = next((n for n in nouns if n.lemma_.lower() in DEALINGS), None) or next(
        (o for n in nouns if n.lemma_.lower() in OUTCOMES for p in kids(n) if p.dep_ == "prep"
         and p.lower_ in ("in", "on", "of") for o in kids(p)
         if o.dep_ == "pobj" and o.lemma_.lower() in DEALINGS), None)
    if subj is None:
        return False
    exclude = Exclusion.of(r.sources)
    own = {(a[0].code or "")[:3] for a in r.sources}
    named = [a for p in kids(subj) if p.dep_ == "prep" and p.lower_ in ("with", "between")
             for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)
             if not exclude.blocks(a) and (a[0].code or "")[:3] not in own]
    if not named:
        return False
    r.targets = named
    return True
