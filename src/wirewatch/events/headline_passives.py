"""A headline's passive with its "was" left out (thirty-sixth session, wip/lead38).

Headlines drop the auxiliary: "Bus ambushed in Kashmir", "Journalist arrested in Tehran", "Three soldiers
killed in Kashmir" say what was done to the bus, the journalist and the soldiers. The small model reads
the first two as active verbs with the noun as subject, and the third as a noun with a reduced relative,
and the coder then made the bus the attacker and the soldiers the killers. In a headline a past form of a
verb of acting on someone, with no auxiliary and no object, is a passive: its noun is hung back as the
passive subject (the act's target), and the act is left with no source unless a by-phrase names one
("Envoy expelled by Iraq"). Active headlines use the present tense ("Rebels attack convoy") and keep it.
"""

from __future__ import annotations

from typing import Any

from .parse import Move, kids

# verbs whose past form in a headline can only be done to the noun before it (not intransitive ones:
# "Talks collapsed", "Protesters marched" stay active)
DONE_TO = frozenset({
    "kill", "wound", "injure", "hurt", "arrest", "detain", "jail", "imprison", "sentence", "execute",
    "hang", "behead", "kidnap", "abduct", "seize", "capture", "ambush", "attack", "storm", "bomb", "shell",
    "raid", "expel", "deport", "extradite", "ban", "free", "release", "pardon", "accuse", "charge",
    "indict", "convict", "acquit", "summon", "shoot", "assassinate", "murder", "massacre", "torture",
    "beat", "besiege", "occupy", "invade", "blockade", "recall", "oust", "depose", "sack", "dismiss",
    "rescue", "evacuate", "hijack", "target", "hit", "sanction", "condemn", "criticise", "criticize",
    "warn", "threaten", "question", "interrogate", "search", "close", "shut", "suspend", "ground",
    "bar", "blacklist", "evict", "exile", "punish", "fine", "sue", "try",
})
_NO_VOICE = frozenset({"aux", "auxpass", "dobj", "nsubjpass", "ccomp", "xcomp"})


def headline_passive_moves(part: Any) -> dict[int, Move]:
    """Moves reading a headline's "Noun verb-ed ..." (or "Noun verb-ed" as a noun and its participle) as
    the noun's passive."""
    root = part.root
    if root.tag_ in ("VBD", "VBN") and root.lemma_.lower() in DONE_TO:
        subj = next((c for c in kids(root) if c.dep_ == "nsubj" and c.i < root.i), None)
        if subj is None or any(c.dep_ in _NO_VOICE for c in kids(root)):
            return {}
        return {subj.i: (root.i, "nsubjpass", None, None), root.i: (root.i, "ROOT", "VBN", "VERB")}
    if root.pos_ in ("NOUN", "PROPN"):
        verb = next((c for c in kids(root) if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i
                     and c.lemma_.lower() in DONE_TO), None)
        if verb is None or any(c.dep_ in _NO_VOICE for c in kids(verb)):
            return {}
        # the participle becomes the headline's verb, the noun its passive subject
        return {verb.i: (verb.i, "ROOT", "VBN", "VERB"), root.i: (verb.i, "nsubjpass", None, None)}
    return {}
