"""A release asked of whoever holds the captives.

"Iran demanded the release of thousands of Iranian prisoners of war still held by Iraq": the demand is
made on Iraq, which holds them, not on the prisoners the release names. The captors are the agent of a
holding participle inside the release's own phrase ("held by", "detained by", "kidnapped by").
"""

from __future__ import annotations

from .actor_link import ActorLinker
from .arguments import Exclusion, phrase_actors
from .parse import kids, lemma
from .reading import Reading

# codes that ask someone to release people: the demand (1053) and the appeal (0253)
ASKED_RELEASE = frozenset({"1053", "0253"})
HOLDING = frozenset({"hold", "detain", "jail", "imprison", "keep", "capture", "kidnap", "abduct", "seize",
                     "take"})


def captors_asked(r: Reading, link: ActorLinker) -> None:
    """Make the captors named in the release's phrase the target of a demand or appeal to release."""
    if r.cameo not in ASKED_RELEASE or r.trigger.tok is None:
        return
    for tok in r.trigger.tok.subtree:
        if lemma(tok) not in HOLDING or tok.tag_ != "VBN" or tok.dep_ != "acl":
            continue
        agent = next((o for a in kids(tok) if a.dep_ == "agent" for o in kids(a) if o.dep_ == "pobj"), None)
        if agent is None:
            continue
        exclude = Exclusion.of(r.sources)
        captors = [a for a in phrase_actors(agent, link) if not exclude.blocks(a)]
        if captors:
            r.targets = captors
            return
