"""Who a party backed down to (thirty-fifth session, wip/parse37).

"Taiwan's ruling Kuomintang backed down on plans to raise taxes on share trading after tens of thousands
of small investors protested outside its headquarters", "The government gave in after farmers blocked the
roads for a week", "backed down in the face of protests by students": a yielding verb with no object
names whom it yields to only in the clause that tells the pressure, the after-clause's subject or the
by-phrase of the pressure "in the face of". Pressers the sentence does not place are the yielder's own
country's (a government backs down to its own people), as dropped_charges places the accused.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import placed_parties
from .parse import kids, lemma
from .reading import Reading

# the verbs of a yielding with no object, in the lexicon's 080 rows ("backed down", "gave in", "caved in")
YIELDING_VERBS = frozenset({"back", "give", "cave", "climb", "relent", "capitulate", "bow", "yield"})


def _pressers(verb: Any) -> list[Any]:
    """The after-clause's subject (on the verb, or on the infinitive of what it backed down on: "backed
    down on plans to raise taxes after investors protested"); the by-phrase of a pressure "in the face
    of", also where the parser hangs it on the verb as an agent."""
    heads = [verb] + [v for p in kids(verb) if p.dep_ == "prep" and p.lower_ in ("on", "from")
                      for o in kids(p) if o.dep_ == "pobj" for v in kids(o) if v.dep_ == "acl"]
    out = [s for h in heads for c in kids(h) if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "after" for m in kids(c)) for s in kids(c) if s.dep_ == "nsubj"]
    out += [a for p in kids(verb) if p.dep_ == "agent" for a in kids(p) if a.dep_ == "pobj"]
    for p in kids(verb):
        if p.dep_ == "prep" and p.lower_ == "in":
            face = next((o for o in kids(p) if o.dep_ == "pobj" and o.lower_ == "face"), None)
            pressures = [g for q in kids(face) if q.lower_ == "of" for g in kids(q) if g.dep_ == "pobj"] \
                if face is not None else []
            out += [a for g in pressures for q in kids(g) if q.dep_ == "prep" and q.lower_ in ("by", "from")
                    for a in kids(q) if a.dep_ == "pobj"]
    return out


def yielded_to(r: Reading, link: ActorLinker) -> None:
    """Aim a yielding with no target at the party that pressed for it (see the module's doc)."""
    tok = r.trigger.tok
    if r.targets or not r.sources or not (r.cameo or "").startswith("08") or lemma(tok) not in YIELDING_VERBS:
        return
    heads = _pressers(tok)
    if not heads:
        return
    homes = {a[0].country for a in r.sources if a[0].country}
    home = next(iter(homes)) if len(homes) == 1 else ""
    why = f"pressers the sentence does not place: the yielder's own country's ({home})"
    own = {s[0].code for s in r.sources}
    r.targets = [a for a in placed_parties(heads, home, why, link) if a[0].code not in own]
