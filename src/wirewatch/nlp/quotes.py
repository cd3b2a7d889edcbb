"""Quotes and reported speech: direct, mixed and indirect attributions with speaker and cue spans.

One pass over the dependency parse proposes attributions from cues (quote_cues.py): a verb of
saying with its clausal complement ("X said that ..."), a parenthetical ("..., X said, ..."), stance
verbs with their object, volition verbs with their infinitive, "according to X", nominal cues
("X's remarks that ..."). A second pass pairs quotation marks (quote_marks.py) and attaches each
quotation to a cue: in its own sentence, after a colon ending the previous paragraph, or the cue of
the quotation just before it (`"A," he said. "B."` gives both parts one cue span, which is how
PolNeAR counts one attribution with two parts). Headlines get the wire convention
"Content: speaker". Types follow the quote marks: direct (wholly quoted), mixed, indirect.

Every span is a pair of offsets into the input text; the spaCy Doc is built over `analysis_text`,
so its character offsets are input offsets. Work is linear in tokens: each cue looks only at its
own children and subtree edges; each quotation looks at the sentences it touches.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from ..records import Actor, Article, Quote
from . import quote_cues as cues
from .quote_marks import QuoteSpan, paragraph_quotes, paragraphs, quote_type

Span = tuple[int, int]

_EDGE_PUNCT = " \t\n,;:\u2014\u2013-("
_SUBJECT_DEPS = ("nsubj", "csubj")
_SPEAKER_STOP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"})
_CLAUSE_BREAK_DEPS = frozenset({"conj", "cc", "punct", "parataxis", "ccomp"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "attr", "oprd"})
_CIRCUMSTANCE_WORDS = frozenset({"following", "after", "amid", "despite"})
_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019"
_NAME_POS = frozenset({"PROPN", "PRON", "NOUN", "DET", "ADJ"})
# verbs whose "it" subject is a placeholder, not a source ("it appears that ...", "it's easy to ...")
_IMPERSONAL = frozenset({"be", "seem", "appear", "mean", "indicate", "become", "take", "look", "sound",
                         "remain", "assume", "discover"})
_PRONOUN_ANAPHORA = frozenset({"it", "this", "that", "which", "what"})


@dataclass(slots=True)
class _Cand:
    """A proposed attribution before de-duplication."""

    parts: list[Span]
    cue: Span | None
    speaker: Span | None
    source: str  # the pattern: speech, parenthetical, object, xcomp, prep, passive, raising, adjective,
    #              according, nominal, direct, headline; "dropped" once a quotation claimed its cue
    cue_token: int = -1  # token index of the cue, -1 when none (headline colon, follow-on)
    headline: bool = False

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def extract_quotes(article: Article, doc: Any) -> None:
    """Fill `article.quotes` from the parsed headline + body."""
    text = article.text
    regions = _regions(article)
    quoted = _quoted_mask(text, regions)
    cands: list[_Cand] = []
    visible = _region_mask(text, regions)
    for tok in doc:
        # a cue must be headline or body text; reporting inside a quotation is the quoted speaker's
        if tok.idx < len(text) and visible[tok.idx] and not quoted[tok.idx]:
            for cand in _from_token(tok, text):
                cands.append(_clip_to_region(_clip_to_paragraph(cand, text), regions))
    cands = [c for c in cands if c.parts]
    cands = _attach_direct_quotes(doc, text, regions, cands, visible)
    if article.headline_start is not None and article.headline_end is not None:
        cands.extend(_headline(doc, text, article.headline_start, article.headline_end))
    elif regions:
        cands.extend(_title_line(doc, text, regions[0]))
    cands = _drop_nested(doc, cands)
    actors = _ActorIndex(article)
    article.quotes = [q for c in _dedupe(cands, text) for q in _to_quotes(c, text, actors)]


# --------------------------------------------------------------------------- regions and spans


def _regions(article: Article) -> list[Span]:
    """Headline and body spans, the only text quotes may come from (never trailer furniture)."""
    out: list[Span] = []
    if article.headline_start is not None and article.headline_end is not None:
        out.append((article.headline_start, article.headline_end))
    end = article.body_end if article.body_end > article.body_start else len(article.text)
    out.append((article.body_start, end))
    return sorted(out)


def _clip_to_paragraph(cand: _Cand, text: str) -> _Cand:
    """Content never crosses the paragraph of its cue (the parser's sentences sometimes do)."""
    if cand.cue is None:
        return cand
    lo = text.rfind("\n", 0, cand.cue[0]) + 1
    hi = text.find("\n", cand.cue[1])
    hi = len(text) if hi < 0 else hi
    parts = [_trim(text, max(a, lo), min(b, hi)) for a, b in cand.parts if a < hi and b > lo]
    cand.parts = [p for p in parts if p]
    if cand.speaker is not None:  # a subject parsed across a line break keeps its own line
        a, b = max(cand.speaker[0], lo), min(cand.speaker[1], hi)
        cand.speaker = _trim(text, a, b) if a < b else None
    return cand


def _quoted_mask(text: str, regions: list[Span]) -> bytearray:
    """1 for every character inside a quotation (marks included)."""
    mask = bytearray(len(text) + 1)
    for region in regions:
        for pstart, pend in paragraphs(text, *region):
            for q in paragraph_quotes(text, pstart, pend):
                mask[q.start:q.end] = b"\x01" * (q.end - q.start)
    return mask


# leftover markup in scraped copy (`<blockquote ... tweet_id="...">`): never a cue nor a quotation
_MARKUP = re.compile(r"<[^<>\n]{0,400}>|[\w-]+=\"[^\"\n]{0,200}\"")


def _region_mask(text: str, regions: list[Span]) -> bytearray:
    """1 for headline and body characters outside leftover markup."""
    mask = bytearray(len(text) + 1)
    for a, b in regions:
        mask[a:b] = b"\x01" * (b - a)
        for m in _MARKUP.finditer(text, a, b):
            mask[m.start():m.end()] = bytes(m.end() - m.start())
    return mask


def _clip_to_region(cand: _Cand, regions: list[Span]) -> _Cand:
    """Content and speaker stay inside the region (headline or body) of the cue."""
    if cand.cue is None:
        return cand
    lo, hi = next(((a, b) for a, b in regions if a <= cand.cue[0] < b), (0, 0))
    cand.parts = [(max(a, lo), min(b, hi)) for a, b in cand.parts if a < hi and b > lo]
    if cand.speaker is not None and not (cand.speaker[0] < hi and cand.speaker[1] > lo):
        cand.speaker = None
    elif cand.speaker is not None:
        cand.speaker = (max(cand.speaker[0], lo), min(cand.speaker[1], hi))
    return cand


def _trim(text: str, start: int, end: int) -> Span | None:
    """Shrink a span past edge punctuation and whitespace (quote marks are kept); None when
    nothing but punctuation is left."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def _tok_span(doc: Any, first: int, last: int) -> Span:
    """Character span of tokens first..last (inclusive)."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _subtree_span(tok: Any) -> Span:
    return _tok_span(tok.doc, tok.left_edge.i, tok.right_edge.i)


def _is_cue_verb(tok: Any) -> bool:
    """A coordinated verb of saying with its own complement starts an attribution of its own."""
    return (tok.pos_ == "VERB" and tok.lemma_.lower() in cues.SPEECH_VERBS
            and any(k.dep_ in ("ccomp", "nsubj") for k in tok.children))


def _clause_span(tok: Any) -> Span:
    """A content clause, cut before a coordinated or participial cue of its own
    ("... momentum and said that ...", "..., telling reporters that ...")."""
    right = tok.right_edge.i
    for child in tok.rights:
        if child.dep_ in ("conj", "advcl", "parataxis") and _is_cue_verb(child):
            cut = child.left_edge.i
            before = tok.doc[cut - 1]  # the "and" / comma before the cut-off clause
            if before.i > tok.i and before.head.i == tok.i and before.dep_ in ("cc", "punct"):
                cut -= 1
            right = min(right, cut - 1)
            break
    right = max(right, tok.i)
    return _tok_span(tok.doc, tok.left_edge.i, right)


def _speaker_span(tok: Any) -> Span:
    """The subject noun phrase without relative clauses, appositions or trailing commas."""
    right = tok.i
    for child in tok.rights:
        if child.dep_ in _SPEAKER_STOP_DEPS or child.dep_ == "case":  # "Kim" of "Kim's remarks"
            break
        right = max(right, child.right_edge.i)
    left = tok.left_edge.i
    while left < tok.i and (tok.doc[left].is_punct or tok.doc[left].is_space):
        left += 1
    while right > tok.i and (tok.doc[right].is_punct or tok.doc[right].is_space):
        right -= 1
    return _tok_span(tok.doc, left, right)


def _minus(text: str, outer: Span, holes: list[Span]) -> list[Span]:
    """outer without the hole spans, as trimmed parts."""
    parts: list[Span] = []
    pos = outer[0]
    for a, b in sorted(holes):
        if a > pos:
            part = _trim(text, pos, min(a, outer[1]))
            if part:
                parts.append(part)
        pos = max(pos, b)
    if pos < outer[1]:
        part = _trim(text, pos, outer[1])
        if part:
            parts.append(part)
    return parts


# --------------------------------------------------------------------------- speakers


def _speaker_of(verb: Any, depth: int = 0, inherit: bool = True) -> Span | None:
    """The source of a cue verb: its subject, the agent of a passive, or the subject it shares
    with the verb it hangs from ("..., saying", "and added", "declined to say")."""
    passive = verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")  # "Asked about X, he said"
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.lower_ == "it" and verb.lemma_.lower() in _IMPERSONAL:
                return None  # "it seems ...", "it's hard to imagine ...": no one holds it
            return _relative_speaker(verb, child) or _reported_self(verb, child) or _speaker_span(child)
        if child.dep_ in ("nsubjpass", "auxpass"):
            passive = True
    if passive:  # the asker is the agent; the one asked is not the source of the question
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return _speaker_span(obj)
        return None
    if not inherit:
        return None
    if depth < 3 and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head != verb:
        return _speaker_of(verb.head, depth + 1)
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _speaker_of(verb.head.head, depth + 1)  # "... by saying that ..."
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _speaker_span(verb.head)
    return None


def _relative_speaker(verb: Any, subj: Any) -> Span | None:
    """A relative pronoun subject ("a roster of donors that shows ...", "Kingson, who ...")
    stands for its antecedent: the speaker runs from the antecedent to the pronoun."""
    if subj.lower_ not in ("who", "which", "that") or subj.tag_ not in ("WP", "WDT"):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.i >= subj.i:
        return None
    return _speaker_span(clause.head)[0], subj.idx + len(subj.text)


def _reported_self(verb: Any, subj: Any) -> Span | None:
    """"Trump insisted that he has ...": the pronoun subject of a clause a named source reports
    stands for that source (PolNeAR marks the named mention)."""
    if subj.lower_ not in ("he", "she") or verb.dep_ != "ccomp":
        return None
    outer = verb.head
    if outer.lemma_.lower() not in cues.SPEECH_VERBS and outer.lemma_.lower() not in cues.CLAUSE_VERBS:
        return None
    src = next((k for k in outer.children if k.dep_ == "nsubj"), None)
    if src is None or src.pos_ != "PROPN":
        return None
    return _speaker_span(src)


def _speaker_after(verb: Any, qspan: Span) -> Span | None:
    """`"Meh," wrote a supporter`: with the subject read inside the quotation, the source is
    the noun phrase right after the verb."""
    for child in verb.rights:
        if child.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "nsubjpass", "appos", "oprd") \
                and child.pos_ in ("PROPN", "NOUN", "PRON") and child.idx >= qspan[1]:
            return _speaker_span(child)
    return None


# --------------------------------------------------------------------------- cue-driven candidates


def _from_token(tok: Any, text: str) -> list[_Cand]:
    lemma = tok.lemma_.lower()
    if lemma == "accord" or tok.lower_ == "according":
        return _according(tok, text)
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return _from_verb(tok, lemma, text)
    if tok.pos_ == "NOUN":
        return _nominal(tok, lemma, text)
    if tok.pos_ == "ADJ":
        return _adjective(tok, lemma, text)
    return []


def _cue_span(tok: Any) -> Span:
    return tok.idx, tok.idx + len(tok.text)


def _is_parenthetical(verb: Any, kids: list[Any]) -> bool:
    """A cue attached under the clause it reports: `A, he said, B` / `A, said X` (after the
    clause, with no complement of its own) or a misparsed `reiterating it harbors ...` (before)."""
    head = verb.head
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or head.pos_ not in ("VERB", "AUX") or head == verb:
        return False
    if any(k.dep_ in _COMPLEMENT_DEPS for k in kids):
        return False
    if verb.i < head.i or verb.dep_ == "parataxis":
        return True
    if not any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
        return False  # "..., saying ..." is a clause of its own
    return not any(k.dep_ == "mark" for k in kids) and verb.doc[verb.left_edge.i - 1].text in (",", "\u2014")


def _single(verb: Any, span: Span | None, source: str, cue: Span | None = None,
            speaker: Span | None = None) -> list[_Cand]:
    if span is None:
        return []
    return [_Cand([span], cue or _cue_span(verb), speaker if speaker is not None else _speaker_of(verb),
                  source, verb.i)]


def _from_verb(verb: Any, lemma: str, text: str) -> list[_Cand]:
    """One attribution per cue verb, from the first pattern that applies (clause first)."""
    kids = list(verb.children)
    # "X said that ...", "polls show ...": the clausal complement is the content
    if lemma in cues.CLAUSE_VERBS or lemma in cues.SPEECH_VERBS:
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        if clauses:
            # complements on both sides of the cue are a misattachment: keep the first side,
            # unless it is a scrap ("WASHINGTON (AP) -- A report said ...")
            side = [c for c in clauses if (c.i < verb.i) == (clauses[0].i < verb.i)]
            if len(side) < len(clauses) and sum(t.is_alpha for c in side for t in c.subtree) < 3:
                side = [c for c in clauses if c not in side]
            clauses = side
            speaker = _speaker_of(verb)
            if speaker is None and lemma in cues.COGNITION_VERBS and lemma not in cues.SPEECH_VERBS:
                return []  # "it is hard to know ...": no one holds the thought
            span = _trim(text, clauses[0].left_edge.idx, _clause_span(clauses[-1])[1])
            if span and not _overlaps(span, _cue_span(verb)):
                return [_Cand([span], _cue_span(verb), speaker, "speech", verb.i)]
    if lemma in cues.SPEECH_VERBS:  # "half said so"
        so = next((c for c in kids if c.dep_ == "advmod" and c.lower_ == "so" and c.i > verb.i), None)
        if so is not None:
            return _single(verb, _cue_span(so), "speech")
    # "..., he said, ..." / "... , said X.": the cue hangs off the clause it reports
    if lemma in cues.SPEECH_VERBS and _is_parenthetical(verb, kids):
        head = verb.head
        parts = _minus(text, _subtree_span(head), [_subtree_span(verb)])
        if parts:
            speaker = _speaker_of(verb, inherit=False) or _speaker_after(verb, parts[-1])
            if speaker is None and head.dep_ in ("advcl", "conj", "xcomp", "ccomp"):
                speaker = _speaker_of(head.head)  # "..., while reiterating it harbors ..."
            return [_Cand(parts, _cue_span(verb), speaker, "parenthetical", verb.i)]
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    # "called Trump 'unhinged'": the object and what it is called
    if lemma in cues.NAMING_VERBS and obj is not None:
        pred = next((c for c in kids if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.i > obj.i), None)
        if pred is not None:
            return _single(verb, _trim(text, obj.left_edge.idx, _subtree_span(pred)[1]), "object")
    # "stressed the need to ...", "criticized the plan"
    if lemma in cues.OBJECT_VERBS and obj is not None and obj.lower_ not in _PRONOUN_ANAPHORA:
        return _single(verb, _trim(text, obj.left_edge.idx, _phrase_end(verb, obj)), "object")
    # "wants to run", "urged him to resign"
    if lemma in cues.RAISING_VERBS:
        xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.i > verb.i), None)
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if xcomp is not None and subj is not None and subj.lower_ not in _PRONOUN_ANAPHORA:
            parts = [p for p in (_trim(text, *_subtree_span(subj)), _trim(text, *_subtree_span(xcomp))) if p]
            if parts:  # "X seemed to Y": the appearance is the content, no one holds it
                return [_Cand(parts, _cue_span(verb), None, "raising", verb.i)]
    if lemma in cues.XCOMP_VERBS:
        xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.i > verb.i), None)
        if xcomp is not None:
            start = obj.left_edge.idx if obj is not None and obj.i < xcomp.i else xcomp.left_edge.idx
            return _single(verb, _trim(text, start, _subtree_span(xcomp)[1]), "xcomp")
    # "called for an inquiry"
    preps = cues.PREP_VERBS.get(lemma)
    if preps:
        found = _prep_object(verb, preps, text)
        if found is not None:
            span, prep = found
            start = span[0]
            if obj is not None and obj.i < prep.i:  # "accuses X of ...", "described X as ..."
                start = obj.left_edge.idx
            span = _trim(text, start, max(span[1], _phrase_end(verb, prep)))
            return _single(verb, span, "prep", cue=(verb.idx, prep.idx + len(prep.text)))
    # "the move was first reported by X": the passive subject is the content
    if lemma in cues.PASSIVE_VERBS:
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in _PRONOUN_ANAPHORA:
            return _single(verb, _trim(text, *_subtree_span(subj)), "passive")
    return []


def _phrase_end(verb: Any, after: Any) -> int:
    """End offset of the verb phrase from `after` on: the object with the verb's own later
    modifiers ("slams X for receiving ..."), but not a coordinated or comma-separated clause,
    nor a circumstance ("... following X's remarks", "... after the vote": when, not what)."""
    doc = verb.doc
    end = after.right_edge.i
    for child in verb.rights:
        if child.i <= after.i:
            continue
        if child.dep_ in _CLAUSE_BREAK_DEPS or doc[child.left_edge.i - 1].text == ",":
            break
        end = child.right_edge.i
    for i in range(after.i + 1, end + 1):
        if doc[i].dep_ == "prep" and doc[i].lower_ in _CIRCUMSTANCE_WORDS:
            end = i - 1
            break
    return doc[end].idx + len(doc[end].text)


def _prep_object(head: Any, preps: frozenset[str], text: str) -> tuple[Span, Any] | None:
    """The object of the first child preposition in preps, as (span, preposition token)."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                span = _trim(text, *_subtree_span(obj))
                if span:
                    return span, c
    return None


def _complement(cue: Any, text: str, clause_deps: tuple[str, ...], preps: Any) -> Span | None:
    """What a cue adjective or noun governs: a clause after it ("confident that ...", "remarks that
    ..."), else the object of one of its prepositions ("critical of X", "criticism of X")."""
    clause = next((c for c in cue.children if c.dep_ in clause_deps and c.i > cue.i), None)
    if clause is not None:
        span = _trim(text, *_subtree_span(clause))
        if span is not None:
            return span
    if preps:
        found = _prep_object(cue, preps, text)
        return None if found is None else found[0]
    return None


def _adjective(adj: Any, lemma: str, text: str) -> list[_Cand]:
    """"X is critical of the deal", "X is confident that ...": the subject of the copula holds it."""
    span = _complement(adj, text, ("ccomp", "xcomp") if lemma in cues.ADJECTIVE_CUES else (),
                       cues.ADJECTIVE_PREP_CUES.get(lemma))
    if span is None:
        return []
    head = adj.head if adj.dep_ in ("acomp", "xcomp", "oprd") else adj
    speaker = _speaker_of(head) if head != adj else None
    return [_Cand([span], _cue_span(adj), speaker, "adjective", adj.i)]


def _according(tok: Any, text: str) -> list[_Cand]:
    """"According to X, CONTENT": the clause the phrase modifies is the content, X the speaker."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return []
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = tok.head
    if obj is None or head == tok:
        return []
    while head.dep_ not in ("ROOT", "ccomp", "parataxis") and head.head != head:
        head = head.head
    parts = _minus(text, _subtree_span(head), [_subtree_span(tok)])
    if not parts:
        return []
    cue = (tok.idx, to.idx + len(to.text))
    return [_Cand(parts, cue, _speaker_span(obj), "according", tok.i)]


def _nominal(noun: Any, lemma: str, text: str) -> list[_Cand]:
    """"Chung's remarks that ...", "criticism of the plan": the content of a report noun."""
    span = _complement(noun, text, ("acl", "ccomp") if lemma in cues.NOMINAL_CUES else (),
                       cues.NOUN_PREP_CUES.get(lemma))
    if span is None:
        return []
    speaker: Span | None = None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    agent = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > noun.i
                  for o in c.children if o.dep_ == "pobj"), None)
    if poss is not None:
        speaker = _speaker_span(poss)
    elif agent is not None and agent.pos_ in ("PROPN", "NOUN", "PRON"):
        speaker = _speaker_span(agent)  # "complaints from his counterpart", "a suggestion by X"
    elif noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        speaker = _speaker_of(noun.head)  # "made the claim that ..."
    elif noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        speaker = _speaker_of(noun.head.head)  # "backed away from a suggestion that ..."
    return [_Cand([span], _cue_span(noun), speaker, "nominal", noun.i)]


# --------------------------------------------------------------------------- direct quotations


def _attach_direct_quotes(doc: Any, text: str, regions: list[Span], cands: list[_Cand],
                          visible: bytearray) -> list[_Cand]:
    """Give every quotation an attribution, reusing a cue candidate whose content it is.
    A quotation only looks at candidates cued in its own paragraph or the one before, so the
    pass stays linear in the length of the text."""
    paras = [para for region in regions for para in paragraphs(text, *region)]
    starts = [a for a, _ in paras]
    by_para: dict[int, list[_Cand]] = {}
    for c in cands:
        if c.cue is not None:
            by_para.setdefault(bisect_right(starts, c.cue[0]) - 1, []).append(c)
    out = list(cands)
    prev_colon: tuple[Any, Span | None] | None = None
    for k, para in enumerate(paras):
        prev_para = paras[k - 1] if k else (-1, -1)
        colon_cue = prev_colon if _only_space(text, prev_para[1], para[0]) else None
        local = by_para.get(k - 1, []) + by_para.setdefault(k, [])
        for q in paragraph_quotes(text, *para):
            if not visible[q.start]:
                continue  # an attribute value of leftover markup (`tweet_id="..."`)
            cand = _attribute_quote(doc, text, q, local, colon_cue, para, prev_para)
            if cand is not None and cand not in local:
                local.append(cand)
                by_para[k].append(cand)
                out.append(cand)
            colon_cue = None
        prev_colon = _colon_cue(doc, text, *para)
    return [c for c in out if c.source != "dropped"]


def _only_space(text: str, a: int, b: int) -> bool:
    return a >= 0 and not text[a:b].strip()


def _colon_cue(doc: Any, text: str, pstart: int, pend: int) -> tuple[Any, Span | None] | None:
    """A paragraph ending "X said:" introduces a quotation in the next paragraph."""
    if text[pend - 1] != ":":
        return None
    span = doc.char_span(pstart, pend, alignment_mode="expand")
    if span is None:
        return None
    sent = doc[span.end - 1].sent
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and pstart <= t.idx < pend]
    for verb in reversed(verbs):
        if verb.lemma_.lower() in cues.DIRECT_QUOTE_VERBS or any(k.dep_ == "nsubj" for k in verb.children):
            return verb, _speaker_of(verb)
    return None


def _attribute_quote(doc: Any, text: str, q: QuoteSpan, cands: list[_Cand],
                     colon_cue: tuple[Any, Span | None] | None, para: Span, prev_para: Span) -> _Cand | None:
    qspan = (q.start, q.end)
    qlen = _weight(text, qspan)
    colon_at = -1
    # a cue candidate whose content is this quotation (or which quotes part of its content)
    for c in cands:
        if c.source in ("headline", "dropped") or (c.cue is not None and _overlaps(c.cue, qspan)):
            continue  # a cue inside the quotation is the quoted speaker's own reporting
        inter = sum(_weight(text, _intersect(p, qspan)) for p in c.parts)
        total = sum(_weight(text, p) for p in c.parts)
        # `"...," Texas delegate Bill Eastland, wearing a hat, said`: what follows is the frame
        framed_after = c.cue is not None and c.cue[0] >= c.end > q.end
        leads = (abs(c.start - q.start) <= 2 and inter >= 0.8 * qlen
                 and (framed_after or _tails_off(text, q.end, c.end)))
        # the parse read only the first sentence of a long quotation as the complement
        opens = abs(c.start - q.start) <= 2 and inter >= 0.8 * total
        if inter and (opens or (inter >= 0.5 * qlen and (_little_outside(text, c.parts, qspan) or leads))):
            c.parts = [qspan]
            if (c.speaker is None or _overlaps(c.speaker, qspan)) and c.cue_token >= 0 \
                    and c.cue is not None and c.cue[0] >= qspan[1]:
                c.speaker = _speaker_after(doc[c.cue_token], qspan)
            c.source = "direct"
            return c
        if inter >= 0.8 * qlen and total > inter:
            colon = _colon_before(text, q.start, c.start)
            if colon < 0:
                return None  # a quoted phrase inside someone's paraphrase: a mixed quote already
            # `X asserted that ...: "..."`: the quotation after the colon stands on its own
            c.parts = [p for p in (_trim(text, a, min(b, colon)) for a, b in c.parts if a < colon) if p]
            if c.parts:
                colon_cue = (None, c.speaker)
                colon_at = colon
    cue = _cue_near(doc, text, q, short=qlen < 12 and not colon_cue)
    if qlen < 12 and not colon_cue and cue is None:
        return None  # scare quotes and titles
    if cue is None and colon_cue is not None:
        if colon_cue[0] is None:
            return _Cand([qspan], (colon_at, colon_at + 1), colon_cue[1], "direct", -1)
        cue = colon_cue
    if cue is not None:
        verb, speaker = cue
        if (speaker is None or _overlaps(speaker, qspan)) and verb is not None and verb.i > 0 \
                and verb.idx >= qspan[1]:
            speaker = _speaker_after(verb, qspan)
        cue_span = _cue_span(verb)
        if verb.text[:1] in _QUOTE_CHARS:  # a dash glued to the closing mark: "...”― Name"
            cue_span = (cue_span[0] + 1, cue_span[1])
        for c in cands:  # the same cue read the quotation's inner clause as its complement
            if c.cue_token == verb.i and c.source != "direct":
                c.source = "dropped"
        return _Cand([qspan], cue_span, speaker, "direct", verb.i)
    last = _last_cue(cands, para[0], q.start)
    if last is not None and last.cue is not None:
        # "A," he said. "B."  /  "A," he said, adding that ... "B."  -> one attribution, two parts
        return _Cand([qspan], last.cue, last.speaker, "direct", last.cue_token)
    prev = _previous(cands, q.start)
    if prev is None or prev.cue is None:
        return None
    whole = q.start == para[0] and q.end >= para[1] - 2
    if whole and prev.end >= prev_para[0] and prev.source == "direct":
        # a paragraph that only continues the quotation before it
        return _Cand([qspan], prev.cue, prev.speaker, "direct", prev.cue_token)
    return None


def _little_outside(text: str, parts: list[Span], qspan: Span) -> bool:
    """The content is the quotation but for a word or two (`that "..."`, `"...," too`), not a
    paraphrase quoting a phrase (`there's a "long road ahead"`)."""
    words = 0
    for a, b in parts:
        for x, y in ((a, min(b, qspan[0])), (max(a, qspan[1]), b)):
            if y > x:
                words += sum(1 for w in text[x:y].split() if any(ch.isalnum() for ch in w))
    return words <= 1


def _tails_off(text: str, start: int, end: int) -> bool:
    """What follows a quotation inside a parsed clause is another clause (`"...," and shared a
    link`, `"...," referring to ...`), not more of the same sentence."""
    rest = text[start:end].lstrip()
    if not rest or rest[0] in ",\u2014(;":
        return True
    first = rest.split(None, 1)[0].lower()
    return first in ("and", "but", "while", "before", "after", "as") or first.endswith("ing")


def _colon_before(text: str, pos: int, floor: int) -> int:
    """Offset of a colon that directly precedes pos (spaces aside), or -1."""
    i = pos - 1
    while i > floor and text[i] in " \u00a0":
        i -= 1
    return i if i > floor and text[i] == ":" else -1


def _last_cue(cands: list[_Cand], floor: int, pos: int) -> _Cand | None:
    """The attribution whose cue comes last in [floor, pos), its content finished before pos."""
    best: _Cand | None = None
    best_end = -1
    for c in cands:
        if c.cue is None or c.source in ("dropped", "headline") or c.cue_token < 0:
            continue
        if floor <= c.cue[0] and c.cue[1] <= pos and c.end <= pos and c.cue[1] > best_end:
            best, best_end = c, c.cue[1]
    return best


def _previous(cands: list[_Cand], pos: int) -> _Cand | None:
    """The direct attribution whose quotation ends last before pos."""
    best: _Cand | None = None
    for c in cands:
        if c.source == "direct" and c.end <= pos and (best is None or c.end > best.end):
            best = c
    return best


def _cue_near(doc: Any, text: str, q: QuoteSpan, short: bool = False) -> tuple[Any, Span | None] | None:
    """The verb of saying in the sentences the quotation touches, outside it, nearest first;
    failing that, any verb framing it: `"...," X shot back.` or `X went further: "..."`."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    sents = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    if span.end < len(doc):  # `..." he said.` parsed as a sentence of its own
        sents.setdefault(doc[span.end].sent.start, doc[span.end].sent)
    best: tuple[int, Any] | None = None
    for sent in sents.values():
        for tok in sent:
            if q.start <= tok.idx < q.end or tok.lemma_.lower() not in cues.DIRECT_QUOTE_VERBS:
                continue
            if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
                continue
            if not _frames(tok, span, short):
                continue
            dist = tok.idx - q.end if tok.idx >= q.end else (q.start - tok.idx) + 40
            if best is None or dist < best[0]:
                best = (dist, tok)
    if best is not None:
        return best[1], _speaker_of(best[1])
    if short:
        return None
    verb = _framing_verb_after(doc, span) or _framing_verb_before(doc, span)
    if verb is not None:
        return verb, _speaker_of(verb)
    return _colon_label(doc, span) or _dash_label(doc, text, q.end)


_SIGNATURE = re.compile(r"[ \t\u00a0]*[\u2015\u2014\u2013-]{1,2}[ \t\u00a0]*"
                        r"((?:[A-Z][\w.\u2019'-]*)(?:[ \u00a0](?:[A-Z][\w.\u2019'-]*|de|la|van|von|da)){0,5})"
                        r"[ \t\u00a0.]*(?:\n|$)")


def _dash_label(doc: Any, text: str, quote_end: int) -> tuple[Any, Span | None] | None:
    """`"..." -- Jane Doe`: a quotation signed with a dash and a name closing the line; the dash
    is the cue."""
    m = _SIGNATURE.match(text, quote_end)
    if m is None:
        return None
    dash = doc.char_span(m.start(), m.start(1), alignment_mode="expand")
    end = m.end(1)
    if text[end - 1] == "." and len(text[m.start(1):end].split()[-1]) > 2:
        end -= 1  # the full stop after "Sanchez.", not the one of an initial ("Jr.", "A.")
    name = _trim(text, m.start(1), end)
    if dash is None or name is None:
        return None
    cue = next((t for t in dash if any(ch in "\u2015\u2014\u2013-" for ch in t.text)), None)
    return None if cue is None else (cue, name)


def _colon_label(doc: Any, quote: Any) -> tuple[Any, Span | None] | None:
    """`Michael P. McDonald: "..."`: a bare name before a colon introduces the quotation; the
    colon is the cue."""
    i = quote.start - 1
    if i < 1 or doc[i].text != ":":
        return None
    j = i - 1
    while j >= 0 and doc[j].pos_ in ("PROPN", "NOUN") and not doc[j].is_space and i - j <= 5:
        j -= 1
    if j == i - 1:
        return None
    return doc[i], _tok_span(doc, j + 1, i - 1)


def _frames(verb: Any, quote: Any, short: bool = False) -> bool:
    """Whether a cue verb can be the quotation's own (quote: its token span): it governs it, or
    only its subject and punctuation stand between them (`"...," X said` / `X said: "..."`),
    never a sentence end or a line break."""
    doc = verb.doc
    after = verb.i >= quote.end
    between = doc[quote.end:verb.i] if after else doc[verb.i + 1:quote.start]
    if any(t.tag_ == "." or "\n" in t.text for t in between):
        return False
    if short:  # a two-word quotation needs the tight frame `"Really," she added.`
        if after:  # only punctuation and the speaker in between, not `"crazy" and said`
            return len(between) <= 4 and all(t.is_punct or t.pos_ in _NAME_POS for t in between)
        return len(between) == 0 or (len(between) <= 4 and between[-1].text in (":", ","))
    if after:
        return True
    if len(between) > 0 and between[-1].text in (":", ","):
        return True
    # `said "..."` with the quotation as its complement, not `said on "Meet the Press"`
    return len(between) == 0 or (len(between) <= 3 and quote.root.head.i == verb.i
                                 and quote.root.dep_ in _COMPLEMENT_DEPS)


def _framing_verb_after(doc: Any, quote: Any) -> Any:
    """`"...," X verbed` / `"...," verbed X`: a verb right after the quotation, or after its
    subject, that ends its sentence (`"Stay there!" yelled a man.`, `"...," Trump barked.`)."""
    i = quote.end
    while i < len(doc) and doc[i].is_punct and doc[i].text in ",\u2014-":
        i += 1
    if i >= len(doc) or "\n" in doc[i].text or doc[i].is_space:
        return None
    tok = doc[i]
    verb = None
    if tok.pos_ == "VERB" and tok.is_alpha:
        verb = tok
    else:
        subj = tok
        while subj.dep_ in ("compound", "amod", "det", "poss") and subj.head.i > subj.i:
            subj = subj.head
        if subj.dep_ == "nsubj" and tok.left_edge.i >= i and subj.head.pos_ == "VERB":
            cand = subj.head
            if cand.i > subj.right_edge.i and cand.i - subj.right_edge.i <= 2:
                verb = cand
    if verb is None:
        return None
    if doc[i].is_sent_start and verb.right_edge.i - verb.i > 4:
        return None  # a new sentence that goes on is a narrative, not an attribution
    return verb


def _framing_verb_before(doc: Any, quote: Any) -> Any:
    """`X verbed: "..."`: the last verb before a colon or comma that opens the quotation."""
    i = quote.start - 1
    if i < 0 or doc[i].text not in (":", ","):
        return None
    for j in range(i - 1, max(quote.start - 12, -1), -1):
        tok = doc[j]
        if tok.is_sent_start and j != i - 1 and tok.pos_ != "VERB":
            return None
        if tok.pos_ == "VERB" and any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children):
            return tok
        if tok.is_sent_start or tok.text in (".", "\u201d", "\""):
            return None
    return None


# --------------------------------------------------------------------------- headlines


def _headline(doc: Any, text: str, start: int, end: int) -> list[_Cand]:
    """Wire headlines attribute with a colon: "Content: speaker" (or "Speaker: content");
    failing that, a title-case `Speaker Says X`."""
    colon = text[start:end].rfind(": ")
    left = _trim(text, start, start + colon) if colon > 0 else None
    right = _trim(text, start + colon + 1, end) if colon > 0 else None
    if left and right:
        cue = (start + colon, start + colon + 1)
        if _is_short_name(doc, text, right):
            return [_Cand([left], cue, right, "headline", -1, headline=True)]
        if _is_short_name(doc, text, left) and _names_a_source(doc, left):
            return [_Cand([right], cue, left, "headline", -1, headline=True)]
    return _title_case_cue(text, start, end)


_TITLE_WORD = re.compile(r"[\w\u2019'.-]+")
_TITLE_STOP = frozenset({"the", "a", "an", "of", "against", "for", "to", "in", "on", "with", "at", "by",
                         "from", "about", "his", "her", "their", "its", "new", "more", "no", "as", "or"})


def _cue_lemma(word: str) -> str | None:
    """The cue verb a title-case third-person form stands for ("Praises" -> praise), or None."""
    w = word.lower()
    if not w.endswith("s") or len(w) < 4:
        return None
    for lemma in (w[:-3] + "y" if w.endswith("ies") else "", w[:-2] if w.endswith("es") else "", w[:-1]):
        if lemma and (lemma in cues.SPEECH_VERBS or lemma in cues.OBJECT_VERBS or lemma in cues.PREP_VERBS
                      or lemma in cues.CLAUSE_VERBS):
            return lemma
    return None


def _title_case_cue(text: str, start: int, end: int) -> list[_Cand]:
    """`Speaker Praises X, Blasts Y` / `Content, Speaker Says` / `Clinton swipes at Trump`: title
    lines, which the parser reads as strings of proper nouns, found from the shape of the line and
    the cue lexicon (a third-person verb after a name)."""
    words = list(_TITLE_WORD.finditer(text, start, end))
    if len(words) < 3:
        return []
    title_case = sum(w.group()[:1].isupper() for w in words) >= 0.7 * len(words)
    verbs = [k for k in range(1, len(words)) if _cue_lemma(words[k].group()) is not None
             and words[k - 1].group().lower() not in _TITLE_STOP
             and (title_case or words[k].group().islower())]
    if not verbs:
        return []
    first = words[verbs[0]]
    head = 0
    if words[0].group().lower() in _TITLE_STOP | {"after", "as", "while", "amid"}:
        comma = text.rfind(",", start, first.start())
        head = next((i for i, w in enumerate(words) if w.start() > comma), 0) if comma > 0 else 0
    names = words[head:verbs[0]]
    if not title_case and not all(w.group()[:1].isupper() for w in names):
        return []
    comma = text.rfind(",", start, first.start())
    if len(words) - verbs[0] <= 4 and comma > words[0].end() \
            and 0 < sum(1 for w in names if w.start() > comma) <= 5:
        # "Guns Are 'A Crisis,' Howard Dean Tells Convention": the content comes first
        lead = comma + 1
        while lead < first.start() and text[lead] in _QUOTE_CHARS + " ":
            lead += 1  # the closing mark after "Crisis,'"
        speaker, content = _trim(text, lead, first.start()), _trim(text, start, lead)
        parts = [] if content is None else [(content, (first.start(), first.end()))]
    else:
        speaker = _trim(text, words[head].start(), first.start())
        parts = []
        for n, k in enumerate(verbs):  # "Backs Trump And Denounces Clinton": one content each
            stop = end
            if n + 1 < len(verbs):
                nxt = words[verbs[n + 1]]
                sep = text[words[k].end():nxt.start()].rstrip()
                if not (sep.endswith(",") or sep.lower().endswith(" and")):
                    continue
                stop = nxt.start()
            content = _trim(text, words[k].end(), stop)
            if content is not None and text[content[1] - 4:content[1]] == " And":
                content = _trim(text, content[0], content[1] - 4)
            if content is not None:
                parts.append((content, (words[k].start(), words[k].end())))
            if stop == end:
                break
    if speaker is None or len(text[speaker[0]:speaker[1]].split()) > 8:
        return []
    return [_Cand([content], cue, speaker, "headline", -1, headline=True) for content, cue in parts]


def _names_a_source(doc: Any, span: Span) -> bool:
    """A label before the colon is a source ("Pence:", "HUFFPOLLSTER:", "The Post:"), not a
    series title ("The Latest:", "The Ninth Circle:"), which opens with a determiner and names no one."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return False
    return toks[0].pos_ != "DET" or any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in toks)


def _title_line(doc: Any, text: str, region: Span) -> list[_Cand]:
    """A body that opens with a one-line title (no headline field): apply the headline rule to it."""
    paras = paragraphs(text, *region)
    if len(paras) < 2:
        return []
    start, end = paras[0]
    if len(text[start:end].split()) > 25:
        return []
    end = end - 1 if text[end - 1] == "." else end
    return _headline(doc, text, start, end)


def _is_short_name(doc: Any, text: str, span: Span) -> bool:
    """A source label: at most five tokens, a noun among them, no verb, no quote marks."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or not 0 < len(toks) <= 5:
        return False
    if any(t.text in "\"\u201c\u201d'" for t in toks):
        return False
    if toks[0].is_sent_start and all(t.text[:1].isupper() or t.is_punct for t in toks):
        return True  # a capitalised label opening the line ("HUFFPOLLSTER:", "NY Daily News:")
    return (any(t.pos_ in ("NOUN", "PROPN") for t in toks)
            and not any(t.pos_ in ("VERB", "AUX") for t in toks))


# --------------------------------------------------------------------------- selection


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _intersect(a: Span, b: Span) -> Span:
    return max(a[0], b[0]), min(a[1], b[1])


def _weight(text: str, span: Span) -> int:
    """Characters that count for matching: not whitespace, not quote marks."""
    a, b = span
    if b <= a:
        return 0
    return sum(1 for ch in text[a:b] if not ch.isspace() and ch not in "\"'\u201c\u201d\u2018\u2019")


_RANK = {"direct": 0, "headline": 0, "speech": 1, "according": 2, "parenthetical": 3,
         "nominal": 4, "object": 5, "prep": 6, "xcomp": 7, "adjective": 8, "passive": 9}


def _drop_nested(doc: Any, cands: list[_Cand]) -> list[_Cand]:
    """Drop attributions whose cue sits inside another one's content ("said she wanted to ..."):
    reported content is not re-attributed, except a speech verb with a subject of its own
    ("saying he noted the need ..."), which is a report within the report."""
    outer = sorted(p for c in cands if c.cue is not None for p in c.parts)
    if not outer:
        return cands
    starts = [p[0] for p in outer]
    longest = max(b - a for a, b in outer)
    kept = []
    for c in cands:
        if c.cue is not None and c.cue_token >= 0 and c.source not in ("direct", "headline"):
            own = c.source != "xcomp" and _own_voice(doc[c.cue_token])
            if not own and _covered(outer, starts, longest, c.cue):
                continue
        kept.append(c)
    return kept


def _covered(spans: list[Span], starts: list[int], longest: int, span: Span) -> bool:
    """Whether a span (sorted by start, the longest `longest` long) contains `span`."""
    i = bisect_right(starts, span[0]) - 1
    while i >= 0 and spans[i][0] >= span[0] - longest:
        if spans[i][1] >= span[1]:
            return True
        i -= 1
    return False


def _own_voice(tok: Any) -> bool:
    """A report inside a report that names its own source: "he noted ...", "Chung's remarks"."""
    if tok.pos_ == "NOUN":
        return any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in tok.children)
    return tok.lemma_.lower() in cues.SPEECH_VERBS and any(k.dep_ == "nsubj" for k in tok.children)


def _dedupe(cands: list[_Cand], text: str) -> list[_Cand]:
    """One attribution per content: where two cues claim nearly the same text, the better cue wins.
    Every content part lies inside one paragraph, so only candidates of that paragraph compete."""
    kept: list[_Cand] = []
    by_para: dict[int, list[_Cand]] = {}
    for c in sorted(cands, key=lambda c: _RANK.get(c.source, 9)):
        keys = {text.rfind("\n", 0, a) for a, _ in c.parts}
        rivals = {id(k): k for key in keys for k in by_para.get(key, [])}.values()
        if not any(_clashes(c, k, text) for k in rivals):
            kept.append(c)
            for key in keys:
                by_para.setdefault(key, []).append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def _clashes(c: _Cand, k: _Cand, text: str) -> bool:
    """Whether c claims nearly the same content as the kept k, under a different cue."""
    if k.cue == c.cue and k.cue is not None and k.cue_token == c.cue_token and k.source == c.source:
        return False  # parts of one attribution ("A," he said. "B.")
    if c.cue is not None and any(a <= c.cue[0] and c.cue[1] <= b for a, b in k.parts):
        return False  # a report within the report ("saying he noted the need ...")
    inter = sum(_weight(text, _intersect(p, r)) for p in c.parts for r in k.parts if _overlaps(p, r))
    if not inter:
        return False
    c_weight = sum(_weight(text, p) for p in c.parts) or 1
    k_weight = sum(_weight(text, p) for p in k.parts) or 1
    return inter >= 0.8 * c_weight and inter >= 0.8 * k_weight


class _ActorIndex:
    """Entity mentions with an actor (from the actors stage), searchable by offset. A coreferent
    mention the actors stage left without an actor ("he" -> refers_to "Choi Young-sam") takes the
    actor of a mention of its referent."""

    def __init__(self, article: Article) -> None:
        self.by_name: dict[str, Actor] = {}
        for e in article.entities:
            if e.actor is not None:
                self.by_name.setdefault(e.text, e.actor)
        self.ents = sorted((e for e in article.entities if e.actor is not None or e.refers_to),
                           key=lambda e: e.start)
        self.starts = [e.start for e in self.ents]
        self.longest = max((e.end - e.start for e in self.ents), default=0)

    def actor_for(self, span: Span) -> Actor | None:
        """The actor of the mention overlapping the speaker span: the one covering the span's
        last word (the head of "a State Department spokesperson", "Clinton's aide Robby Mook")
        first, then the longest."""
        best: tuple[bool, int] | None = None
        found: Actor | None = None
        i = bisect_right(self.starts, span[1] - 1) - 1
        while i >= 0 and self.ents[i].start >= span[0] - self.longest:
            ent = self.ents[i]
            actor = ent.actor or (self.by_name.get(ent.refers_to) if ent.refers_to else None)
            if ent.end > span[0] and actor is not None:
                key = (ent.end >= span[1], ent.end - ent.start)
                if best is None or key > best:
                    best, found = key, actor
            i -= 1
        return found


def _to_quotes(c: _Cand, text: str, actors: _ActorIndex) -> list[Quote]:
    """One record per content part; parts of one attribution share the cue span."""
    return [_to_quote(c, text, actors, part) for part in c.parts]


def _to_quote(c: _Cand, text: str, actors: _ActorIndex, part: Span) -> Quote:
    start, end = part
    content = text[start:end]
    speaker = None if c.speaker is None else text[c.speaker[0]:c.speaker[1]]
    return Quote(
        type=quote_type(content), content=content, content_start=start, content_end=end,
        speaker=speaker,
        speaker_start=None if c.speaker is None else c.speaker[0],
        speaker_end=None if c.speaker is None else c.speaker[1],
        speaker_actor=None if c.speaker is None else actors.actor_for(c.speaker),
        cue=None if c.cue is None else text[c.cue[0]:c.cue[1]],
        cue_start=None if c.cue is None else c.cue[0],
        cue_end=None if c.cue is None else c.cue[1],
        headline=c.headline,
    )
