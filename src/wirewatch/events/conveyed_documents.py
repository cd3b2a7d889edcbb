"""An act told by a participle on a note, letter or message handed to a party (thirty-sixth session,
wip/parse38).

"Bangladesh handed India's high commissioner a strongly worded note protesting the killing of three
villagers", "Norway's foreign minister handed Rabin a letter from Arafat proposing new talks", "a Swiss envoy
delivered a message from Washington to the Iranian government offering direct talks": the act is the
participle's (a protest, 114; a proposal of talks, 036), made by the document's author (its from-phrase,
else whoever hands it over) and aimed at the party it is handed to (the indirect object, or the
to-phrase), unless the participle's object is a party of another country ("a letter accusing Iran of ...").
The small model hangs the participle on the document, on the verb or on the recipient, and reads the
document as an adverb or a second object, so the act had no target, or the recipient for its doer.
"""

from __future__ import annotations

from typing import Any

from .arguments import phrase_actors
from .parse import CONVEY_VERBS, DOCUMENTS, PRONOUNS, kids, lemma, subject_of

_ACTOR = tuple[Any, int, int, Any]
# the document's parts of the conveying verb: its object, a second object the model reads as an adverb
_DOC_DEPS = frozenset({"dobj", "npadvmod", "dative", "attr", "oprd"})
# the parts that name the party it is handed to
_RECIPIENT_DEPS = frozenset({"dobj", "dative"})


def _pobj(head: Any, word: str) -> Any | None:
    return next((o for p in kids(head) if p.dep_ in ("prep", "dative") and p.lower_ == word
                 for o in kids(p) if o.dep_ == "pobj"), None)


def _conveyed(anchor: Any) -> tuple[Any, Any, Any | None] | None:
    """(conveying verb, document, recipient head) where the act's participle hangs on a handed document
    (or, misparsed, on the recipient of the to-phrase while the verb's object is a document)."""
    if anchor.tag_ != "VBG" or anchor.dep_ not in ("acl", "advcl", "pcomp"):
        return None
    noun = anchor.head
    if anchor.dep_ == "pcomp":
        # "delivered a letter to the Ugandan government proposing talks", hung on the to-phrase (or with
        # the recipient read as the participle's subject: "to Greek Prime Minister X proposing a meeting")
        recipient = next((o for o in kids(noun) if o.dep_ == "pobj"), None) or \
            next((o for o in kids(anchor) if o.dep_ == "nsubj"), None)
        verb = noun.head
        if noun.lower_ != "to" or recipient is None or lemma(verb) not in CONVEY_VERBS:
            return None
        doc = next((c for c in kids(verb) if c.dep_ == "dobj" and lemma(c) in DOCUMENTS), None)
        return (verb, doc, recipient) if doc is not None else None
    if anchor.dep_ == "advcl":
        # "handed the ambassador a note protesting ...", the participle hung on the verb
        verb = noun
        noun = next((c for c in kids(verb) if c.dep_ in _DOC_DEPS and lemma(c) in DOCUMENTS
                     and c.i < anchor.i), None)
        if noun is None or lemma(verb) not in CONVEY_VERBS:
            return None
    if lemma(noun) in DOCUMENTS and noun.dep_ in _DOC_DEPS and lemma(noun.head) in CONVEY_VERBS:
        verb = noun.head
        recipient = next((c for c in kids(verb) if c.dep_ in _RECIPIENT_DEPS and c.i < noun.i
                          and lemma(c) not in DOCUMENTS), None)
        return verb, noun, recipient or _pobj(verb, "to") or _pobj(noun, "to")
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and lemma(noun.head.head) in CONVEY_VERBS:
        verb = noun.head.head
        doc = next((c for c in kids(verb) if c.dep_ == "dobj" and lemma(c) in DOCUMENTS), None)
        return (verb, doc, noun) if doc is not None else None
    return None


def _object_of(tok: Any, anchor: Any) -> bool:
    """Whether `tok` is the participle's object or names it ("accusing Iran", "accusing the Iranian
    government"), not a topic further down ("proposing a summit on Lebanon")."""
    if tok is None:
        return False
    if tok.dep_ in ("amod", "compound", "poss", "nmod"):
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.i == anchor.i


def document_parties(r: Any, sent: Any, link: Any) -> None:
    """Give an act told by a participle on a handed document its author and its recipient (module doc).
    Cheap: only a participle reading whose head is a document or a to-phrase's object is looked at."""
    found = _conveyed(r.anchor)
    if found is None:
        return
    verb, noun, recipient = found
    author = _pobj(noun, "from")
    doers: list[_ACTOR] = phrase_actors(author, link) if author is not None else []
    if not doers:
        subj, _ = subject_of(verb, sent)
        doers = phrase_actors(subj, link) if subj is not None and subj.lower_ not in PRONOUNS else []
    if doers:
        r.sources = doers
    if recipient is None or recipient.lower_ in PRONOUNS:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    aimed = [a for a in phrase_actors(recipient, link) if (a[0].code or "")[:3] not in own]
    named = [a for a in r.targets if _object_of(a[3], r.anchor)]
    if {(a[0].code or "")[:3] for a in named} - own - {(a[0].code or "")[:3] for a in aimed}:
        return  # "handed U.N. officials a letter accusing Iran of ...": aimed at the party it names
    if aimed:
        r.targets = aimed
