"""A protest made to a state is aimed at that state's government (thirty-fourth session, wip/targets36).

"Pakistan protested to India on Monday over the shelling of border villages by Indian troops": the
protest is lodged with the government it is made to, which answers for the act its over/about phrase
names; the search took the doer of that act (PAK -> INDMIL). Our reading, kept whoever the doer is (its
forces or a third party): the addressee, where it is a state (a country, its capital or its government),
is the target, as the sentence names it.
A protest made to a body that is no state ("complained to the United Nations about Israeli raids") keeps
the doer, the body being only the forum.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids, lemma

_PROTESTING = frozenset({"protest", "complain", "complaint"})
# "lodged / filed / delivered a protest with / to X"
_LODGING = frozenset({"lodge", "file", "deliver", "make", "send", "register", "issue"})


def _addressee_heads(trig: Any) -> list[Any]:
    """The objects of the to-phrase of a protest verb, or of the to/with phrase of a protest noun or of
    the verb that lodges it."""
    heads = [trig]
    if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and lemma(trig.head) in _LODGING:
        heads.append(trig.head)
    preps = ("to",) if trig.pos_ == "VERB" else ("to", "with")
    return [o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in preps
            for o in kids(p) if o.dep_ == "pobj"]


def protest_addressee(trig: Any, sources: list[Any], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The state a protest is made to; [] when the protest names none."""
    if lemma(trig) not in _PROTESTING:
        return []
    own = {(a[0].code or "")[:3] for a in sources}
    found: list[tuple[Any, int, int, Any]] = []
    for head in _addressee_heads(trig):
        for actor, start, end, tok in phrase_actors(head, link):
            code = actor.code or ""
            if len(code) < 3 or code[:3] in own or code.startswith("---") or code[:3] in ("IGO", "NGO"):
                continue
            if len(code) > 3 and code[3:6] != "GOV":
                continue  # (a protest to the army or the press is not made to the state)
            found.append((actor, start, end, tok))
    return found
