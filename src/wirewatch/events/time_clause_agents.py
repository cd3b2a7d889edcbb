"""The doer of a sourceless passive act named in its time clause ("Eleven Sri Lankan soldiers were killed
on Wednesday when their convoy was ambushed by Tamil Tiger guerrillas"): the main verb tells the toll with
no agent and the shallowest reading wins, so the ambush (a level down) was dropped and the killing coded
no source. A passive act with no by-agent whose when / as / after clause is itself passive with a by-agent
takes that agent as its source (LKAREB -> LKAMIL). Gated on the reading having no source, the verb's
passive subject and the clause's marker word before any walk (leads43)."""

from __future__ import annotations

from typing import Any

from .parse import kids

_MARKS = frozenset({"when", "as", "after"})


def _agents(verb: Any) -> list[Any]:
    return [g for c in kids(verb) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"]


def time_clause_doers(r: Any, link: Any) -> bool:
    """Fill the source of a passive act with no agent from its time clause's by-agent; True if filled."""
    from .arguments import Exclusion, phrase_actors

    verb = r.anchor
    if r.sources or verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in kids(verb)) or _agents(verb):
        return False
    clauses = [c for c in kids(verb) if c.dep_ == "advcl" and c.tag_ == "VBN"
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in _MARKS for m in kids(c))
               and any(s.dep_ == "nsubjpass" for s in kids(c))]
    exclude = Exclusion.of(r.targets)
    for clause in clauses:
        doers = [a for g in _agents(clause) for a in phrase_actors(g, link) if not exclude.blocks(a)]
        if doers:
            r.sources = doers
            return True
    return False
