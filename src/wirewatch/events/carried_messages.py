"""A message or letter carried from one party to another is the sender's consultation of the addressee,
040 (thirty-eighth session, wip/leads40).

"Egypt's presidential adviser Osama el-Baz delivered a letter from President Mubarak to Syrian President
Assad", "Kabariti flew to Baghdad carrying a message from King Hussein to President Saddam Hussein", "a
special envoy handed over a personal message from Kaifu to Chinese Premier Li Peng": no row read the carrying
(the message noun alone is no act, conveyed_messages.py), and "handed over" read an extradition (063). The
codebook has no row of its own for a message passed on; the project codes it as the sender's consultation
of the addressee (040), the sender being the message's from-phrase, else whoever carries it. A message
whose content the sentence tells as an act ("a letter proposing talks", conveyed_documents.py; "a message of
condolence") is that act, and is left to it, unless the only reading is the extradition row's 063 ("handed
over a message from Kaifu to Li Peng, calling for closer ties", where that row's depth hides the participle).
"""

from __future__ import annotations

from typing import Any

from spacy.strings import hash_string  # type: ignore[attr-defined]

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .lexicon import Pattern
from .parse import PRONOUNS, doc_arrays, kids, lemma, subject_of
from .reading import Reading
from .triggers import Trigger

_ACTOR = tuple[Any, int, int, Any]
# the verbs that carry a message from one party to another (not "send": main's rows read "sent a message")
CARRYING = frozenset({"carry", "deliver", "hand", "bring", "convey", "transmit"})
# the surface forms looked for first, so a sentence with none costs one scan of its words
_WORDS = frozenset({"message", "messages", "letter", "letters", "missive"})
_HASHES = frozenset(hash_string(w) for w in _WORDS)
_NOUNS = frozenset({"message", "letter", "missive"})
# participles that name a message's topic, not an act it tells ("a message dealing with the peace process")
TOPIC_VERBS = frozenset({"deal", "concern", "relate", "regard", "touch", "focus", "cover"})
# the message's parts of the carrying verb: its object, or a second object the model reads otherwise
_DOC_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd"})


def _pobj(head: Any, word: str) -> Any | None:
    return next((o for p in kids(head) if p.dep_ in ("prep", "dative") and p.lower_ == word
                 for o in kids(p) if o.dep_ == "pobj"), None)


def _told_content(verb: Any, noun: Any) -> bool:
    """The message's words are told as an act: a participle or relative on it, on the verb or on the
    to-phrase ("a letter proposing talks", "handed X a note protesting ..."), or an of-phrase kind ("a
    message of condolence / support", the lexicon's 018 and 051)."""
    if any(c.dep_ in ("acl", "relcl") and lemma(c) not in TOPIC_VERBS for c in kids(noun)):
        return True  # ("a message dealing with the peace process" names its topic, no act: leads44)
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in kids(noun)):
        return True
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.i and lemma(c) not in TOPIC_VERBS
           for c in kids(verb)):
        return True
    to = next((p for p in kids(verb) if p.dep_ in ("prep", "dative") and p.lower_ == "to"), None)
    return to is not None and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in kids(to))


def _recipient(verb: Any, noun: Any) -> Any | None:
    """The addressee: the to-phrase of the verb or of the message, or the first object before the message
    ("handed Rabin a letter")."""
    first = next((c for c in kids(verb) if c.dep_ in ("dobj", "dative") and c.i < noun.i
                  and lemma(c) not in _NOUNS), None)
    # (or, misread, "to" an auxiliary and the addressee the message's apposition: "a message from X to
    # Chadian President Habre")
    misread = next((c for c in kids(noun) if c.dep_ == "appos" and c.left_edge.i > noun.i
                    and "to" in (c.left_edge.lower_, c.doc[c.left_edge.i - 1].lower_)), None)
    return first or _pobj(verb, "to") or _pobj(noun, "to") or misread


def carried_messages(readings: list[Reading], sent: Any, link: ActorLinker) -> list[Reading]:
    """The sentence's readings with each message carried from a party to another as the sender's 040 to the
    addressee (module doc); "handed over" a message is no extradition. Gated on the message words."""
    if _HASHES.isdisjoint(doc_arrays(sent.doc).lower[sent.start:sent.end]):
        return readings  # (one set test on the Doc's arrays, no Token made, where no message is named)
    for noun in sent:
        if noun.lower_ not in _WORDS or noun.dep_ not in _DOC_DEPS:
            continue
        verb = noun.head
        if lemma(verb) not in CARRYING:
            continue
        handed_over = any(r.anchor.i == verb.i and r.cameo == "063" for r in readings)
        if _told_content(verb, noun) and not handed_over:
            continue  # the message's act is read on its own words
        if any(r.anchor.i == verb.i and r.cameo not in ("063", None) for r in readings):
            continue  # the carrying is read as an act already ("delivered a warning"-like rows)
        sender = _pobj(noun, "from")
        doers: list[_ACTOR] = phrase_actors(sender, link) if sender is not None else []
        if not doers:
            subj, _ = subject_of(verb, sent)
            doers = phrase_actors(subj, link) if subj is not None and subj.lower_ not in PRONOUNS else []
        recipient = _recipient(verb, noun)
        if not doers or recipient is None or recipient.lower_ in PRONOUNS:
            continue
        own = {(a[0].code or "")[:3] for a in doers}
        aimed = [a for a in phrase_actors(recipient, link) if (a[0].code or "")[:3] not in own]
        if not aimed:
            continue
        readings = [r for r in readings if r.anchor.i != verb.i]  # (the "handed over" 063)
        pattern = Pattern(pos="verb", lemma=lemma(verb), type="CONSULT", cameo="040", mode=None)
        readings.append(Reading(anchor=verb, trigger=Trigger(verb, pattern), type="CONSULT", cameo="040",
                                mode=None, sources=doers, targets=aimed, confidence=0.75))
    return readings
