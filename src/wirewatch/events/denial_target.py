"""Charges denied with no accuser named are aimed at the state the denial blames (thirty-fourth session,
wip/targets36).

"China's Foreign Ministry dismissed the charges as groundless, saying Britain had no right to meddle in
Hong Kong's affairs": a denial (016) is aimed at the accuser; the lead names none, the charge being the
story's, and the denial went uncoded. The one who made the charge is, in such leads, the party the denier
turns on in the same breath: the subject of the clause of its saying participle ("saying Israel was
seeking a pretext"), where that names a party of another country. A denial that turns on no one ("saying
the report was false") still has no target.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids, lemma

_SAYING = frozenset({"say", "add", "insist", "charge", "argue", "contend", "assert", "declare"})


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
    return found
