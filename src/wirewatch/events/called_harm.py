"""A call on others to harm a named party is a threat to that party (thirty-first session, wip/targets33).

"Ayatollah Khomeini called on Moslems to kill British author Salman Rushdie", "Hamas called on its followers
to step up attacks on Israeli soldiers", "urged its fighters to kill French citizens in Algeria": the
codebook's 02 (appeal) is a request of the ones called; here the ones called are only the means, and the
act announces harm to the party named as the harm's object (13, threaten; 130 as no kind of force is
said). The ones called are no target. Only an appeal verb (call, urge, exhort, appeal) whose infinitive is a
verb of killing or attack with a named party as its object, or "wage war / holy war against", "step up /
launch attacks on", "strike at" a named party; a call to stop, end or halt an attack is untouched (its verb
is the halting one).
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import PRONOUNS, kids, lemma
from .reading import Reading

_CALLING = frozenset({"call", "urge", "exhort", "appeal", "incite"})
# verbs whose direct object is the one harmed
_HARM_OBJECT = frozenset({"kill", "murder", "assassinate", "execute", "attack", "slay", "eliminate",
                          "behead"})
# verbs whose act noun and preposition name the one harmed: "wage holy war against", "step up attacks on"
_HARM_PHRASE = frozenset({"wage", "launch", "step", "intensify", "carry", "mount", "strike", "fight"})
_HARM_NOUNS = frozenset({"war", "jihad", "attack", "struggle", "fight", "campaign", "strike"})
_AGAINST = frozenset({"against", "on", "at"})


def _harmed(verb: Any) -> list[Any]:
    """The noun phrases of the party the infinitive harms."""
    v = lemma(verb)
    if v in _HARM_OBJECT:
        return [c for c in kids(verb) if c.dep_ == "dobj" and c.lower_ not in PRONOUNS]
    if v not in _HARM_PHRASE:
        return []
    heads = [verb] + [o for o in kids(verb) if o.dep_ == "dobj" and lemma(o) in _HARM_NOUNS]
    if v != "strike" and len(heads) == 1:
        return []
    return [g for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in _AGAINST
            for g in kids(p) if g.dep_ == "pobj" and g.lower_ not in PRONOUNS]


def called_harm(r: Reading, link: ActorLinker) -> None:
    """Recode an appeal to others to harm a named party as a threat to that party (see the module)."""
    if not r.sources or r.negated or not (r.cameo or "").startswith("02") or lemma(r.anchor) not in _CALLING:
        return
    infinitives = [c for c in kids(r.anchor) if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))]
    own = {(a[0].code or "")[:3] for a in r.sources}
    harmed = [a for v in infinitives for g in _harmed(v) for a in phrase_actors(g, link)
              if len(a[0].code or "") >= 3 and not a[0].code.startswith("---")]
    # (a party of the caller's own country is harmed too: "called on Egyptians to kill the president")
    if not harmed or all((a[0].code or "")[:3] in own and len(a[0].code) == 3 for a in harmed):
        return
    r.targets = harmed
    r.type, r.cameo, r.mode = "THREATEN", "130", None
