"""A plain message or letter carried from one party to another, as the lexicon's carrying rows read it
(thirty-eighth session, wip/stories40; `carried_messages.py` on that branch, renamed at the merge beside
wip/leads40's `carried_messages.py`, which builds the reading where no row reads it):
"A Russian envoy carried a message from President Boris Yeltsin to President Saddam Hussein", "The head of
the mission carried a message from Prime Minister Wickremesinghe to rebel leader Prabhakaran". The
message names no act of its own (a message of support, a warning, a letter proposing talks have rows and
modules of their own), so the codebook's nearest act is the sender's consultation of the addressee, 040
(the lexicon rows: carry, deliver, convey, relay, bring, pass, hand + message or letter). The sender is
the from-phrase, never the envoy who only carries it; without a from-phrase the reading is left to the
target test, and its source removed, so a courier alone codes nothing. A message still being carried
("was carrying a message to Bush") is not yet delivered: the rows' `done` condition keeps it out, and the
sentence's other acts are read (wire batches 1-4)."""

from __future__ import annotations

from .arguments import phrase_actors
from .parse import kids, lemma
from .reading import ArticleContext, Reading

_CARRYING = frozenset({"carry", "deliver", "convey", "relay", "bring", "pass", "hand"})
_MESSAGES = frozenset({"message", "letter"})


def carried_message_sender(r: Reading, ctx: ArticleContext) -> None:
    """Make a carried message's from-phrase its source (in place); no from-phrase, no source."""
    if (r.cameo or "") != "040" or lemma(r.anchor) not in _CARRYING:
        return  # a word test first: almost every reading leaves here
    notes = [c for c in kids(r.anchor) if c.dep_ == "dobj" and lemma(c) in _MESSAGES]
    if not notes:
        return
    # "a message from X to Y": the from-phrase hangs on the noun or, in the small model, on the verb
    senders = [g for h in (*notes, r.anchor) for p in kids(h) if p.dep_ == "prep" and p.lower_ == "from"
               for g in kids(p) if g.dep_ == "pobj"]
    found = [a for g in senders for a in phrase_actors(g, ctx.link)]
    r.sources = found
    own = {(a[0].code or "")[:6] for a in found}
    r.targets = [a for a in r.targets if (a[0].code or "")[:6] not in own]
