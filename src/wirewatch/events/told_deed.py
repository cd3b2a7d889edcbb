"""A judgement of the act its own sentence's first clause tells (thirty-fifth session, wip/targets37).

"Israeli jets raided Palestinian bases in southern Lebanon, and Syria condemned the raid": "the raid" is the
first clause's act, so the condemnation is aimed at its doers, the jets (ISRMIL), not at the bases the
rules or the dyad completion found in the sentence (PSE). `speech.object_act_doers` reaches acts told in
the sentences before only; this one reads the tree of the sentence itself. Only where the judging verb is
a conjunct of an earlier coded verb, its object is a bare definite noun ("the raid", no owner or modifier)
that names that verb's act (its own noun, an act noun of the verb, a deed noun, or a noun of force for an
act of force), and the earlier verb's subject names a party not of the judge's own country.
"""

from __future__ import annotations

from .act_nouns import ACT_NOUNS, DEED_NOUNS, bare_definite
from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids, lemma
from .reading import Reading
from .speech import ATTACK_NOUNS, JUDGING_TYPES
from .triggers import Trigger

# nouns of force that name any act of force before them, beside speech.ATTACK_NOUNS ("crossed into Kuwait
# ..., and Egypt condemned the invasion")
_FORCE_NOUNS = ATTACK_NOUNS | {"invasion", "incursion", "aggression", "intrusion", "occupation", "operation"}


def _forceful(trig: Trigger) -> bool:
    code = trig.pattern.cameo or ""
    return trig.pattern.type == "ASSAULT" or code[:2] in ("18", "19", "20")


def first_clause_doers(r: Reading, triggers: dict[int, Trigger], link: ActorLinker) -> None:
    """Aim a judgement of "the raid" at the doers of the raid its sentence's first clause tells."""
    anchor = r.anchor
    if not r.sources or r.negated or anchor.dep_ != "conj" or r.type not in JUDGING_TYPES:
        return
    obj = next((c for c in kids(anchor) if c.dep_ == "dobj"), None)
    if obj is None or not bare_definite(obj):
        return
    first = anchor.head
    trig = triggers.get(first.i)
    if trig is None or first.i > anchor.i or first.pos_ != "VERB":
        return
    noun, verb = lemma(obj), lemma(first)
    if not (noun == verb or noun in ACT_NOUNS.get(verb, ()) or noun in DEED_NOUNS
            or (noun in _FORCE_NOUNS and _forceful(trig))):
        return
    subj = next((c for c in kids(first) if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    doers = [a for a in phrase_actors(subj, link)
             if len(a[0].code or "") >= 3 and not a[0].code.startswith("---") and a[0].code[:3] not in own]
    if doers:
        r.targets = doers
