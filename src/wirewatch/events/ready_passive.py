"""A state "was prepared to" act is the one ready, not the one acted on: the small model often reads the
readiness adjective "prepared" as a passive participle ("Damascus was prepared to resume negotiations with
Israel": Damascus the nsubjpass of a VBN/VBD "prepared"), so the frame's reading had no source and took the
capital as its target, and nothing was coded. A readiness reading with no source whose anchor is such a
participle, with "to" and an infinitive under it, takes its passive subject as the source (and drops it from
the targets). Gated on the anchor's lemma and a passive-subject child before any walk (leads45)."""

from __future__ import annotations

from typing import Any

from .parse import kids

# readiness words the model may tag as a passive participle ("was prepared to", "was disposed to")
READY_PARTICIPLES = frozenset({"prepare", "prepared", "dispose", "disposed", "inclined", "incline"})


def ready_subject(r: Any, link: Any) -> bool:
    """Give a readiness reading parsed as a passive its passive subject as source; True if changed."""
    from .arguments import phrase_actors

    tok = r.anchor
    if r.sources or tok.lemma_.lower() not in READY_PARTICIPLES or tok.tag_ not in ("VBN", "VBD", "JJ"):
        return False
    subj = next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)
    if subj is None or not any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                         for a in kids(c)) for c in kids(tok)):
        return False
    named = phrase_actors(subj, link)
    if not named:
        return False
    r.sources = named
    ids = {a[3].i for a in named if a[3] is not None}
    r.targets = [a for a in r.targets if a[3] is None or a[3].i not in ids]
    return True
