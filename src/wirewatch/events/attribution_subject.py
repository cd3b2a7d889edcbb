"""A lead's object read as the subject of its trailing attribution (parse36).

"The Revolutionary United Front on Wednesday freed 54 U.N. peacekeepers it had held for two weeks in the
east of Sierra Leone, a U.N. spokesman said in Freetown": after an object with a relative clause of its
own (here one with no "that"), the small model makes the object the subject of "said", hangs "said" on
the lead's verb as its complement and the spokesman on the last noun before the comma as an apposition;
the lead's verb has no object, so the release went to the dateline's city. Where the speaking verb of a
trailing ", <noun phrase> said" is the complement of the verb before it, its subject lies between that
verb and the attribution's comma, the verb has no object, and the noun phrase after the comma hangs as an
apposition, the tree is laid back as it reads: the subject the verb's object, the apposition the speaking
verb's subject, the speaking verb the root with the lead's verb its complement. A move of heads on the
sentence's own tokens: no second parse."""

from __future__ import annotations

from typing import Any

from .parse import Move, kids

_SAYING = frozenset({"say", "report", "announce", "tell", "add", "confirm", "state"})


def object_as_attribution_subject(part: Any, at: list[int]) -> dict[int, Move]:
    """The moves that lay back a trailing attribution whose speaking verb (at one of the indices `at`,
    the words "said" / "reported" / ...) took the lead's object as its subject; {} where there is none."""
    doc = part.doc
    for i in at:
        say = doc[i]
        lead = say.head
        if say.dep_ != "ccomp" or say.lemma_.lower() not in _SAYING or lead.i >= say.i or \
                lead.pos_ != "VERB" or lead.dep_ != "ROOT" or \
                any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in kids(lead) if c.i != say.i):
            continue
        subj = next((c for c in kids(say) if c.dep_ == "nsubj"), None)
        comma = say.i - 1
        while comma > lead.i and doc[comma].text != ",":
            comma -= 1
        if subj is None or not lead.i < subj.i < comma or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        speaker = next((doc[j] for j in range(comma + 1, say.i) if doc[j].dep_ == "appos"
                        and doc[j].head.i < comma and doc[j].pos_ in ("NOUN", "PROPN")), None)
        if speaker is None:
            continue
        return {subj.i: (lead.i, "dobj", None, None), speaker.i: (say.i, "nsubj", None, None),
                say.i: (say.i, "ROOT", None, None), lead.i: (say.i, "ccomp", None, None)}
    return {}
