"""Charges denied with no accuser named are aimed at the state the denial blames (thirty-fourth session,
wip/targets36).

"China's Foreign Ministry dismissed the charges as groundless, saying Britain had no right to meddle in
Hong Kong's affairs": a denial (016) is aimed at the accuser; the lead names none, the charge being the
story's, and the denial went uncoded. The one who made the charge is, in such leads, the party the denier
turns on in the same breath: the subject of the clause of its saying participle ("saying Israel was
seeking a pretext"), where that names a party of another country. A denial that turns on no one ("saying
the report was false") still has no target.

"Liberia dismissed as baseless charges that it had supplied weapons to rebels in Sierra Leone" (thirty-ninth
session, lead41): with no saying participle, the charge's own that-clause names the party the charge is
about, as a denial's own that-clause does ("denied that it had armed rebels in Sierra Leone").
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids, lemma

_SAYING = frozenset({"say", "add", "insist", "charge", "argue", "contend", "assert", "declare"})
# nouns of a charge whose that-clause tells what the denier is charged with
_CHARGES = frozenset({"charge", "allegation", "accusation", "claim", "report", "suggestion"})
# the steps from a charge's clause down to the parties it names
_CLAUSE_PARTIES = frozenset({"nsubj", "dobj", "dative", "prep"})


def blamed_by_denial(trig: Any, sources: list[Any], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The parties, of another country than the denier's, that subject the reported clause of the
    denial's saying participle."""
    own = {(a[0].code or "")[:3] for a in sources}
    found: list[tuple[Any, int, int, Any]] = []
    for say in kids(trig):
        if say.dep_ not in ("advcl", "conj", "xcomp") or say.tag_ != "VBG" or lemma(say) not in _SAYING:
            continue
        for clause in (c for c in kids(say) if c.dep_ == "ccomp"):
            for subj in (c for c in kids(clause) if c.dep_ == "nsubj"):
                found += [a for a in phrase_actors(subj, link) if len(a[0].code or "") >= 3
                          and not (a[0].code or "").startswith("---") and (a[0].code or "")[:3] not in own]
    return found or _charge_makers(trig, own, link) or _charged_clause_parties(trig, own, link)


def _charge_makers(trig: Any, own: set[str], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The party of another country named by the denied charge's own modifier ("denied Reagan
    administration charges that ...", where the model read "charges" as a verb, the denial's clausal
    complement, with "Reagan administration" its compound): the one who made the charge (leads44)."""
    charges = [c for c in kids(trig) if c.dep_ in ("dobj", "npadvmod", "ccomp") and lemma(c) in _CHARGES]
    for charge in charges:
        for mod in (m for m in kids(charge) if m.dep_ in ("compound", "poss") and m.i < charge.i):
            found = [a for a in phrase_actors(mod, link) if len(a[0].code or "") >= 3
                     and not (a[0].code or "").startswith("---") and (a[0].code or "")[:3] not in own]
            if found:
                return found
    return []


def _charged_clause_parties(trig: Any, own: set[str], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The parties of another country named in the that-clause of the denied charge (its subject, its
    objects, the objects of its prepositions, one level down)."""
    charges = [c for c in kids(trig) if c.dep_ in ("dobj", "npadvmod") and lemma(c) in _CHARGES]
    # ("dismissed as baseless charges that ...": the parser makes the charges the as-phrase's noun)
    charges += [o for p in kids(trig) if p.dep_ == "prep" and p.lower_ == "as" for o in kids(p)
                if o.dep_ == "pobj" and lemma(o) in _CHARGES]
    clauses = [k for c in charges for k in kids(c)
               if k.dep_ in ("acl", "ccomp") and k.pos_ in ("VERB", "AUX")]
    for clause in clauses:
        heads = [c for c in kids(clause) if c.dep_ in _CLAUSE_PARTIES and c.lower_ not in ("it", "they")]
        # the objects of its prepositions ("to" may be read as a dative), and the place of a noun there
        # ("militias in Iraq", "civilians in eastern Congo")
        heads += [g for p in heads if p.pos_ == "ADP" for g in kids(p) if g.dep_ == "pobj"]
        heads += [g for h in heads if h.pos_ != "ADP" for p in kids(h)
                  if p.dep_ == "prep" and p.lower_ == "in" for g in kids(p) if g.dep_ == "pobj"]
        for head in heads:  # the first party named, in that order: one denial, one party
            if head.pos_ == "ADP":
                continue
            found = [a for a in phrase_actors(head, link) if len(a[0].code or "") >= 3
                     and not (a[0].code or "").startswith("---") and (a[0].code or "")[:3] not in own]
            if found:
                return found
    return []
