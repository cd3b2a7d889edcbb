"""Parsing a sentence part again, where the small model's first parse of it is unusable.

Each repair parses the text again at the same character offsets (leading spaces, or blanks of the same
length), so every event's evidence still points at the text it claims:
- a part cut off at the headline/body boundary or at a joined "and" clause is parsed on its own;
- a sentence-initial participle the model tags as a name is parsed with its first letter lowered
  (clauses28);
- a verb the model reads as an adjective after a set-off appositive is found with the appositive blanked
  (lead29).
A repair keeps the new parse only where it gives what the first one lacked.
"""

from __future__ import annotations

from typing import Any

from .parse import kids


def parsed_again(part: Any, *, alone: bool) -> Any:
    """The part itself, or its repaired parse: `alone` when it was cut out of a longer sentence."""
    if alone:
        return _reparse(part)
    if participle_as_name(part):
        return _participle_reparsed(part)
    if _verbless_after_appositive(part):
        return _appositive_blanked(part)
    return part


def _reparse(part: Any) -> Any:
    """Parse a cut-off part on its own: a tree grown across the headline/body cut is unusable (the
    lead's verb gets the headline's subject)."""
    return parse_at(part.start_char, part.text)


def parse_at(start: int, text: str) -> Any:
    """`text` parsed on its own as the span it is at `start`: leading spaces keep the character offsets."""
    from ..nlp.model import load_model

    doc = load_model()(" " * start + text)
    return doc[1:] if len(doc) > 1 and doc[0].is_space else doc[:]


def participle_as_name(part: Any) -> bool:
    """The small model tags a sentence-initial participle as a proper noun ("Accusing Seoul of ...",
    "Denouncing Seoul ...", "Citing ..."): a title-case "-ing" word first in the sentence, tagged NNP,
    no name the tagger knows and no subject ("Manning accused ..."), followed by more than a comma."""
    if len(part) < 4:
        return False
    first = part[0]
    return first.tag_ == "NNP" and first.text.istitle() and first.lower_.endswith("ing") and \
        len(first) > 5 and first.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "NORP", "PERSON") and \
        first.dep_ not in ("nsubj", "nsubjpass") and part[1].text != ","


def _participle_reparsed(part: Any) -> Any:
    """The sentence parsed again with its first word in lower case (the same length, so every offset
    holds), kept only where the model then reads a participle clause ("accusing Seoul of ..., North
    Korea warned"); a name stays as it was (clauses28)."""
    again = parse_at(part.start_char, part.text[0].lower() + part.text[1:])
    first = again[0]
    if first.tag_ == "VBG" and first.dep_ in ("advcl", "acl") and first.head.pos_ in ("VERB", "AUX"):
        return again
    return part


def _verbless_after_appositive(part: Any) -> bool:
    """ "Japan, the biggest aid donor to China, froze grant aid to Beijing": the small model reads the
    verb after a set-off appositive as an adjective, and the name that opens the sentence is left with no
    verb of its own."""
    name = _opening_name(part)
    span = _set_off_appositive(name) if name is not None else None
    if name is None or span is None or name.dep_ in ("nsubj", "nsubjpass"):
        return False
    after = next((t for t in part if t.idx >= span[1]), None)
    return after is not None and after.pos_ not in ("VERB", "AUX")


def _opening_name(part: Any) -> Any | None:
    """The head of the name that opens the sentence ("South Korea" -> "Korea")."""
    head = part[0]
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    return head if head.pos_ == "PROPN" else None


def _set_off_appositive(name: Any) -> tuple[int, int] | None:
    """The character span, commas included, of an appositive set off by commas right after a name."""
    doc = name.doc
    appos = next((c for c in kids(name) if c.dep_ == "appos" and c.i > name.i), None)
    if appos is None or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return None
    close = appos.right_edge.i + 1
    if close >= len(doc) or doc[close].text != "," or name.i + 2 != appos.left_edge.i:
        return None
    return doc[name.i + 1].idx, doc[close].idx + 1


def _appositive_blanked(part: Any) -> Any:
    """The sentence parsed again with the set-off appositive blanked out (spaces of the same length, so
    every offset holds), kept only where the opening name then has a verb of its own (lead29)."""
    name = _opening_name(part)
    span = _set_off_appositive(name) if name is not None else None
    if name is None or span is None:
        return part
    start, end = span[0] - part.start_char, span[1] - part.start_char
    again = parse_at(part.start_char, part.text[:start] + " " * (end - start) + part.text[end:])
    subject = next((t for t in again if t.idx == name.idx), None)
    if subject is not None and subject.dep_ == "nsubj" and subject.head.pos_ == "VERB":
        return again
    return part


FINITE = frozenset({"VBD", "VBZ", "VBP"})


def joined_clauses(part: Any) -> list[Any]:
    """Two clauses joined by "and", each with its own subject, that the small model parses as one:
    "Armenian forces shelled Azerbaijani villages and Azerbaijan appealed to the United Nations", "Iraq
    fired missiles at Israel and the Israeli government vowed to retaliate" (the second subject made a
    conjunct of the first clause's object, its verb a complement of the first verb). Cut at the "and"
    and parsed apart, each clause keeps its own parties (clauses28). Only under the sentence's root verb
    and for an active second verb: "it will be regarded as a provocation and a declaration of war and an
    attack will be launched" (a KCNA warning) stays one sentence."""
    for cc in part:
        if cc.lower_ != "and" or cc.dep_ != "cc":
            continue
        second = next((c for c in kids(cc.head) if c.dep_ == "conj" and c.i > cc.i), None)
        first = cc.head
        if second is None or first.pos_ not in ("NOUN", "PROPN") or second.pos_ not in ("NOUN", "PROPN"):
            continue
        if first.dep_ not in ("dobj", "pobj", "nsubj", "conj") or second.left_edge.i != cc.i + 1:
            continue
        after = part.doc[second.right_edge.i + 1] if second.right_edge.i + 1 < part.end else None
        if after is None or after.tag_ not in FINITE and after.tag_ != "MD":
            continue
        verb = after if after.tag_ in FINITE else after.head
        if verb.pos_ != "VERB" or verb.dep_ not in ("ccomp", "advcl", "conj") or verb.head.i >= cc.i \
                or verb.head.pos_ != "VERB" or verb.head.tag_ not in FINITE or verb.head.dep_ != "ROOT" \
                or any(c.dep_ == "auxpass" for c in kids(verb)) \
                or any(c.dep_ == "mark" for c in kids(verb)) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cc.i for c in kids(verb.head)):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in kids(verb)):
            continue  # the second verb has a subject of its own: the parse already holds two clauses
        doc = part.doc
        return [doc[part.start:cc.i], doc[cc.i + 1:part.end]]
    return [part]
