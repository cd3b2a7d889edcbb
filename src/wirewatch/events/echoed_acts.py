"""An act told once and done again by another party, in an ellipsis (thirty-fifth session, wip/parse37).

Agency leads save a second verb when a second party did the same thing: "Britain expelled three Libyan
diplomats, as did Italy"; "Egypt recalled its ambassador from Israel, and Jordan did the same"; "France
suspended military cooperation with Togo, and so did Germany"; "Vietnam expelled a Chinese diplomat, and
Beijing responded in kind"; "Kuwait, along with Saudi Arabia, cut off aid to Jordan". The echo has no
trigger of its own, so the second party's act was lost: it is the first act again with the echo's subject
as its doer. An answer in kind by the first act's own target ("Iraqi artillery shelled Ahvaz, and Iranian
gunners responded in kind") is aimed back at the first act's doer. Only named parties echo: "as they did
in 1991" (a pronoun) adds nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.strings import hash_string  # type: ignore[attr-defined]

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import PRONOUNS, doc_arrays, kids, lemma
from .reading import Reading

_ACTOR = tuple[Any, int, int, Any]

# the words that may carry an echo: the sentence is walked only when one of them is in it
# (not "do": "Banco do Brasil" names a bank, wire batch 5-8)
ECHO_WORDS = frozenset({"did", "does", "kind", "suit", "likewise", "along", "matched", "mirrored",
                        "copied", "reciprocated", "emulated"})
# (their string hashes, as the Doc's arrays hold each word's lower-case form: the coder asks every
# sentence with an act whether it holds one, and a walk makes a Token a word)
_ECHO_HASHES = frozenset(hash_string(w) for w in ECHO_WORDS)
# what an elliptical "do" may take as its object: "did the same", "did likewise", "did so"
_ECHO_OBJECTS = frozenset({"same", "likewise", "so"})
# "a move Qatar matched", "Athens mirrored the step": a repeat of a move named as a noun
_MATCHING_VERBS = frozenset({"match", "mirror", "copy", "reciprocate", "emulate"})
_MOVE_NOUNS = frozenset({"move", "step", "measure", "decision", "action"})
# "would attend the talks if the army did": a condition, not a repeat done (stories26)
_CONDITIONS = frozenset({"if", "unless", "whether", "until", "once", "when"})
# verbs of an answer in kind: "responded in kind", "retaliated in kind", "reciprocated in kind"
_ANSWER_VERBS = frozenset({"respond", "retaliate", "reply", "reciprocate", "react", "answer"})


def _verb_above(tok: Any) -> Any | None:
    """The nearest verb over `tok` (the parser hangs "in kind" on a preposition or an adverb at times)."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _echo_verbs(sent: Any) -> list[tuple[Any, Any]]:
    """(echo token, its subject head) for each elliptical repeat in `sent`."""
    found = []
    for tok in sent:
        low = tok.lower_
        if low in ("did", "does") and tok.dep_ not in ("aux", "auxpass") and not any(
                c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in kids(tok)) and all(
                lemma(c) in _ECHO_OBJECTS for c in kids(tok) if c.dep_ in ("dobj", "attr", "ccomp", "xcomp")):
            subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
            if subj is not None:
                found.append((tok, subj))
        elif low == "kind" and tok.i > sent.start and tok.doc[tok.i - 1].lower_ == "in":
            verb = _verb_above(tok)
            if verb is not None and lemma(verb) in _ANSWER_VERBS:
                subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
                if subj is not None:
                    found.append((verb, subj))
        elif lemma(tok) in _MATCHING_VERBS and tok.pos_ == "VERB" and (
                lemma(tok.head) in _MOVE_NOUNS and tok.dep_ == "relcl" or any(
                    c.dep_ == "dobj" and lemma(c) in _MOVE_NOUNS for c in kids(tok))):
            # "..., a move Qatar matched within hours", "Qatar matched the move"
            subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
            if subj is not None:
                found.append((tok, subj))
        elif low == "suit" and lemma(tok.head) == "follow" and tok.dep_ == "dobj":
            subj = next((c for c in kids(tok.head) if c.dep_ == "nsubj"), None)
            if subj is not None:
                found.append((tok.head, subj))
    return found


def _along_with(sent: Any) -> list[tuple[Any, Any]]:
    """(the "with" token, its object) of each "X, along with Y, ..." in `sent`."""
    out = []
    for tok in sent:
        if tok.lower_ == "along" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "with":
            obj = next((c for c in kids(tok.doc[tok.i + 1]) if c.dep_ == "pobj"), None)
            if obj is not None:
                out.append((tok.doc[tok.i + 1], obj))
    return out


def _main_act(kept: list[Reading], echo: Any) -> Reading | None:
    """The act the echo repeats: the one its verb hangs on ("..., and so did Germany" on "suspended"),
    else the earliest told before it with a doer and a party done to (not an after-clause's act the
    coder lists first)."""
    able = [r for r in kept if r.anchor.i < echo.i and (r.sources or r.completed_sources)
            and (r.targets or r.completed_targets) and r.cameo]
    return next((r for r in able if r.anchor.i == echo.head.i), None) or \
        min(able, key=lambda r: r.anchor.i, default=None)


def _copy(r: Reading, doers: list[_ACTOR], targets: list[_ACTOR]) -> Reading:
    return replace(r, sources=doers, targets=targets, completed_sources=[], completed_targets=[])


def echoed_acts(kept: list[Reading], sent: Any, link: ActorLinker) -> list[Reading]:
    """The acts the echoes of `sent` repeat, each with the echo's own doer (see the module's doc)."""
    if not kept or _ECHO_HASHES.isdisjoint(doc_arrays(sent.doc).lower[sent.start:sent.end]):
        return []
    out = []
    for verb, subj in _echo_verbs(sent):
        main = _main_act(kept, verb)
        # "as it did in the last negotiations": a pronoun's echo tells history, not a new doer (wire)
        doers = phrase_actors(subj, link) if main is not None and subj.lower_ not in PRONOUNS else []
        if main is None or not doers:
            continue
        sources = main.sources or main.completed_sources
        targets = main.targets or main.completed_targets
        codes = {a[0].code for a in sources}
        doers = [a for a in doers if a[0].code not in codes]
        if not doers:
            continue
        # the first act's target doing the same, or answering in kind, turns it back on the first doer
        # ("Egypt recalled its ambassador from Israel, and Israel did the same")
        answered = {a[0].country for a in targets} & {a[0].country for a in doers}
        out.append(_copy(main, doers, sources if answered else targets))
    for with_tok, obj in _along_with(sent):
        main = _main_act(kept, sent[-1])
        if main is None or not main.anchor.i > with_tok.i:
            continue  # "arrested the leader along with his aides": the partner of the object, not the doer
        sources = main.sources or main.completed_sources
        if not any(a[3] is not None and a[3].i < with_tok.i for a in sources):
            continue
        codes = {a[0].code for a in sources}
        doers = [a for a in phrase_actors(obj, link) if a[0].code not in codes]
        if doers:
            out.append(_copy(main, doers, main.targets or main.completed_targets))
    return out
