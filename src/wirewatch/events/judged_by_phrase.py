"""A judgement of an act named by a noun with a by-phrase is aimed at the doer the by-phrase names
(thirty-eighth session, wip/leads40).

"Italy expressed concern over the arrest of an Italian journalist by Ethiopian security forces": the
judgement's over-phrase holds the act noun, and the coder took its of-phrase (the journalist, ITAMED) as the
one judged, so Italy judged its own reporter. "Condemned the arrest of X by Y" is read as Y's already; a
judgement (disapproval, approval, a statement, a rejection) told with a noun of feeling whose over / at /
about / on / against phrase holds an act noun with a by-phrase of another country than the judge's is aimed
at that doer where the judgement was read as aimed at the judge's own people; an addressee of another
country stays ("protested to Ankara over the violation of its airspace by Turkish jets", "lodged a protest
with the United States over the bombing of its embassy by NATO warplanes"). "Concern over the arrest of an
Italian journalist in Addis Ababa" (no by-phrase) keeps its reading.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids
from .reading import Reading

_JUDGING_ROOTS = frozenset({"01", "05", "11", "12"})
_ABOUT = frozenset({"over", "at", "about", "on", "against", "regarding", "concerning"})


def _by(noun: Any) -> Any | None:
    return next((o for p in kids(noun) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                 for o in kids(p) if o.dep_ == "pobj"), None)


def _by_doer(noun: Any) -> Any | None:
    """The act noun's by-phrase object, also where the model hangs it on the of-phrase's object ("the
    arrest of an Italian journalist by Ethiopian forces")."""
    found = _by(noun)
    if found is None:
        found = next((d for p in kids(noun) if p.dep_ == "prep" and p.lower_ == "of"
                      for o in kids(p) if o.dep_ == "pobj" if (d := _by(o)) is not None), None)
    return found


def judged_act_doer(r: Reading, link: ActorLinker) -> None:
    """Aim a judgement of a by-phrase act noun at its doer (module doc). Cheap: only the judging roots,
    and only the trigger's, the anchor's and their objects' preposition children are looked at."""
    if (r.cameo or "")[:2] not in _JUDGING_ROOTS or r.cameo == "055" or not r.sources:
        return  # (an apology, 055, "expressed regret over", is made to the wronged, not the doer)
    heads = [r.trigger.tok, r.anchor]
    heads += [o for h in (r.trigger.tok, r.anchor) for o in kids(h) if o.dep_ == "dobj"]
    acts = [o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in _ABOUT
            for o in kids(p) if o.dep_ == "pobj"]
    own = {(a[0].code or "")[:3] for a in r.sources}
    for act in acts:
        doer = _by_doer(act)
        if doer is None:
            continue
        found = [a for a in phrase_actors(doer, link) if len(a[0].code or "") >= 3
                 and (a[0].code or "")[:3] not in own]
        if found and {(a[0].code or "")[:3] for a in r.targets} <= own:
            r.targets, r.completed_targets = found, []
        return  # ("protested to Ankara", "with the United States" over ... by NATO: the addressee stays)
