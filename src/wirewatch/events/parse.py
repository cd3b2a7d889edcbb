"""Dependency-tree helpers for the event coder: bounded children, lemmas, subjects, negation,
hypotheticals, tense.

The coder may cut a sentence (headline/lead) whose tree crosses the cut, so every walk goes through
`kids()`, which only returns children inside the part being coded (`BOUNDS`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, LEMMA, LOWER, POS

# `doc.text`, kept for the last Doc asked and shared with the timex stage, which reads it just before
from ..nlp.doc_text import doc_text as doc_text
from .reported_tense import owned_deed, tense_break
from .resolved_force import hedged_verb

# lemmas the small English model gets wrong on wire copy
LEMMA_FIXES = {"staged": "stage", "stages": "stage", "staging": "stage"}

# token-index bounds of the sentence part being coded: the dependency tree may cross a cut
BOUNDS: ContextVar[tuple[int, int]] = ContextVar("BOUNDS", default=(0, 1 << 30))


# children already listed in the sentence part being coded (`sentence_part`): the coder asks for the
# same token's children hundreds of times a sentence, and every spaCy walk makes new Token objects.
# The part also keeps answers of pure functions of a token (`part_memo`): the same noun phrase is
# resolved to actors again and again (as a subject, as a target candidate, by the learned step)
_KidsCache = tuple[Any, tuple[int, int], dict[int, tuple[Any, ...]], dict[tuple[Any, ...], Any]]
_KIDS: ContextVar[_KidsCache | None] = ContextVar("_KIDS", default=None)


# a tree repair: a token's new head, label and, where set, fine tag and part of speech (reparse and the
# repairs it calls)
Move = tuple[int, str, str | None, str | None]


def kids(tok: Any) -> tuple[Any, ...]:
    """The children of a token that lie inside the sentence part being coded, in order. A tuple: inside
    a part the kept answer itself is returned, without a copy, and no caller can change it."""
    # (only `sentence_part` sets BOUNDS, together with the kept lists: while they are held, their
    # bounds are BOUNDS, so the hot path, called tens of thousands of times a run, reads one variable)
    held = _KIDS.get()
    if held is None or held[0] is not tok.doc:
        lo, hi = BOUNDS.get()
        if held is None and (lo, hi) == _NO_BOUNDS:
            return _all_kids(tok)  # outside any part (emit's rows, pairs, speech): kept per Doc
        return tuple(c for c in tok.children if lo <= c.i < hi)
    found = held[2].get(tok.i)
    if found is None:
        lo, hi = held[1]
        found = held[2][tok.i] = tuple([c for c in tok.children if lo <= c.i < hi])
    return found


_NO_BOUNDS = BOUNDS.get()
# every child of each token of the last Doc asked outside a sentence part (`kids` there is unbounded): the
# rows, pair and speech steps after a part is coded ask the same few tokens' children again and again
_ALL_KIDS: tuple[Any, int, dict[int, tuple[Any, ...]]] | None = None


def _all_kids(tok: Any) -> tuple[Any, ...]:
    global _ALL_KIDS
    doc = tok.doc
    held = _ALL_KIDS
    if held is None or held[0] is not doc or held[1] != len(doc):  # (a retokenized Doc: anew)
        held = _ALL_KIDS = (doc, len(doc), {})
    found = held[2].get(tok.i)
    if found is None:
        found = held[2][tok.i] = tuple(tok.children)
    return found


def part_memo(tok: Any) -> dict[tuple[Any, ...], Any] | None:
    """The store for answers about `tok` kept while its sentence part is coded; None outside one (or
    for a token of another Doc), where nothing is kept. Keys start with the asking function's name."""
    held = _KIDS.get()
    if held is None or held[0] is not tok.doc:
        return None
    return held[3]


@contextmanager
def sentence_part(sent: Any) -> Iterator[None]:
    """Code inside `sent` only (`BOUNDS`), with its children lists kept for the duration."""
    bounds = BOUNDS.set((sent.start, sent.end))
    held = _KIDS.set((sent.doc, (sent.start, sent.end), {}, {}))
    try:
        yield
    finally:
        _KIDS.reset(held)
        BOUNDS.reset(bounds)


def span_text(span: Any) -> str:
    """`span.text`, sliced from its Doc's text: spaCy's `Span.text` joins the span's tokens on every
    call, and the coder reads each sentence's text several times (discards, guards, quote marks)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


# per-Doc arrays of the last Doc asked (`doc_arrays`): walking a sentence makes a Token object per word,
# and most of the coder's per-word scans want one or two of its attributes
@dataclass(frozen=True, slots=True)
class DocArrays:
    """A Doc's token attributes as lists (read only): coarse part of speech (`Token.pos`, spaCy's ids),
    character offset (`Token.idx`), and the hashes of the lower-case form (`Token.lower`) and of the
    lemma (`Token.lemma`) by token index. (No fine tag: no rule reads it from here, and a tag is a 64-bit
    hash, whose conversion to a Python int costs more than the small ids and offsets.)"""

    doc: Any
    size: int
    pos: list[int]
    idx: list[int]
    lower: list[int]
    lemma: list[int]


_DOC_ARRAYS: DocArrays | None = None


def doc_arrays(doc: Any) -> DocArrays:
    """The arrays of `doc`, kept for the last Doc asked (one `Doc.to_array` instead of a Token a word)."""
    global _DOC_ARRAYS
    held = _DOC_ARRAYS
    if held is None or held.doc is not doc or held.size != len(doc):  # (a retokenized Doc: anew)
        columns = doc.to_array([POS, IDX, LOWER, LEMMA]).T.tolist() if len(doc) else [[]] * 4
        held = _DOC_ARRAYS = DocArrays(doc, len(doc), *columns)
    return held


def word_in_reach(tok: Any, word: str) -> bool:
    """Whether a word of the lower-case form `word` lies between the token's left and right edges (its
    subtree is inside them), read from the Doc's arrays: a rule that looks for one word in a subtree
    can skip the walk, which makes a Token per word, where the word is not there at all."""
    doc = tok.doc
    return doc.vocab.strings[word] in doc_arrays(doc).lower[tok.left_edge.i:tok.right_edge.i + 1]


def tokens_with_pos(span: Any, pos: int) -> list[Any]:
    """The tokens of `span` whose coarse part of speech is `pos` (a spaCy id, e.g. `spacy.symbols.VERB`),
    in order, without a Token object for the others."""
    doc = span.doc
    held = _KIDS.get()
    # the part being coded is asked for its verbs three or four times (coder, speech): kept with the part
    memo = held[3] if held is not None and held[0] is doc and held[1] == (span.start, span.end) else None
    found = memo.get(("tokens_with_pos", pos)) if memo is not None else None
    if found is None:
        tags = doc_arrays(doc).pos
        found = tuple(doc[i] for i in range(span.start, span.end) if tags[i] == pos)
        if memo is not None:
            memo[("tokens_with_pos", pos)] = found
    return list(found)  # a copy: a caller may change its list


# the sentences of the last Doc asked (`sentence_of`): their starts and spans
_DOC_SENTS: tuple[Any, int, list[int], list[Any]] | None = None


def sentence_of(tok: Any) -> Any:
    """`tok.sent`, found by a bisect over its Doc's sentences: spaCy's `Token.sent` first checks the
    whole Doc for sentence starts (`has_annotation`), making a Token per word, on every call."""
    held = _doc_sents(tok.doc)
    return held[3][bisect_right(held[2], tok.i) - 1]


def doc_sentences(doc: Any) -> list[Any]:
    """`list(doc.sents)`, kept for the last Doc asked: the coder walks a Doc's sentences, and its guards
    then ask `sentence_of` in the same Doc (one sentence walk of the Doc instead of two). Read only."""
    return _doc_sents(doc)[3]


def doc_sentence_starts(doc: Any) -> list[int]:
    """The first token index of each of a Doc's sentences (kept with `doc_sentences`). Read only."""
    return _doc_sents(doc)[2]


def _doc_sents(doc: Any) -> tuple[Any, int, list[int], list[Any]]:
    global _DOC_SENTS
    held = _DOC_SENTS
    if held is None or held[0] is not doc or held[1] != len(doc):  # (a retokenized Doc: anew)
        sents = list(doc.sents)
        held = _DOC_SENTS = (doc, len(doc), [s.start for s in sents], sents)
    return held


# lemma() answers kept by the token's lower-case and lemma hashes: the string of a hash is fixed (spaCy's
# StringStore maps each string to the hash of its own text), so the pair decides the answer, and the
# integer attributes skip two string decodes per call (the coder asks about 25,000 times a run)
_LEMMAS: dict[tuple[int, int], str] = {}
_LEMMAS_SIZE = 50_000


def lemma(tok: Any) -> str:
    key = (tok.lower, tok.lemma)
    found = _LEMMAS.get(key)
    if found is None:
        if len(_LEMMAS) >= _LEMMAS_SIZE:
            _LEMMAS.clear()
        found = _LEMMAS[key] = plain_lemma(tok)
    return found


def plain_lemma(tok: Any) -> str:
    """The lower-cased lemma, with the small model's known mistakes fixed (`lemma` keeps the answers)."""
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())

SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")

FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}

RELATIVE_PRONOUNS = {"which", "who", "that"}

HYPO_AUX = {"could", "might", "may"}

HYPO_VERBS = {"consider", "mull", "weigh", "contemplate", "explore"}

HYPO_MARKS = {"if", "unless", "whether"}

PRONOUNS = {"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our", "them", "who",
            "which", "that"}


def ancestors(tok: Any, sent: Any) -> list[Any]:
    # kept per sentence part: the coder asks for the same trigger's chain of heads five or six times a
    # sentence (depth, domination, reports, hypotheticals, conditions), and each walk makes a Token a step
    memo = part_memo(tok)
    if memo is None:
        return _ancestors(tok, sent)
    key = ("ancestors", tok.i, sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _ancestors(tok, sent)
    return list(found)  # a copy: the kept chain is never handed out


def _ancestors(tok: Any, sent: Any) -> list[Any]:
    out = []
    lo, hi = sent.start, sent.end
    head = tok.head  # (spaCy makes a new Token on every `.head`: asked once a step)
    while head.i != tok.i and lo <= head.i < hi:
        tok = head
        out.append(tok)
        head = tok.head
    return out


# "the two countries", "both sides", "these nations": a plural subject that points back to parties named
# before it, as "they" does
BACK_HEADS = {"country", "nation", "state", "government", "side", "neighbour", "neighbor"}
BACK_DETS = {"these", "those", "both", "two", "three"}


def points_back(tok: Any) -> bool:
    """"they", or a plural noun whose determiner points back: "the two countries", "both sides" (never
    "two countries in Africa", "both Asian nations": a phrase with words of its own)."""
    if tok.lower_ == "they":
        return True
    dets = [c for c in kids(tok) if c.dep_ in ("det", "nummod", "predet", "preconj")]
    return tok.tag_ == "NNS" and lemma(tok) in BACK_HEADS and any(c.lower_ in BACK_DETS for c in dets) and \
        not any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound", "poss") for c in kids(tok))


def they_antecedent(subj: Any, sent: Any) -> Any | None:
    """"Iran and Iraq said they would exchange prisoners", "Republicans are so angry that they are
    attacking X", "A and B exchanged fire, and both countries blamed each other": a subject "they" (or
    a phrase that `points_back`) of a clause below another stands for the nearest subject above it
    that names several (a plural noun or a coordinated phrase), not for the nearest name (the actors
    stage takes "the FBI's" or the first conjunct alone). None when no clause above has one."""
    if not points_back(subj) or subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for verb in ancestors(subj.head, sent):
        for c in kids(verb):
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj.i and c.lower_ not in PRONOUNS and \
                    (c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in kids(c))):
                return c
    return None


def passive_it_antecedent(subj: Any, sent: Any) -> Any | None:
    """ "South Africa said it was dismayed that ...": a passive "it" under a clause above stands for that
    clause's nearest named subject (the actors stage resolves "it" as an active subject only; acts29)."""
    if subj.lower_ != "it" or subj.dep_ != "nsubjpass":
        return None
    for verb in ancestors(subj.head, sent):
        for c in kids(verb):
            if c.dep_ == "nsubj" and c.i < subj.i and c.lower_ not in PRONOUNS and c.pos_ == "PROPN":
                return c
    return None


def coordinated_pobjs(pobj: Any) -> list[Any]:
    """The objects of prepositions coordinated with the one `pobj` hangs on: "to Berlin and to Paris"
    (the second "to" is a conjunct of the first), "with Seoul as well as with Tokyo" (the parser hangs
    the second "with" beside the first, the "as well as" on either or on the first one's object). Same
    preposition only: a coordinated phrase of another kind plays another part."""
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.pos_ != "ADP":
        return []
    preps = [c for c in prep.conjuncts if c.pos_ == "ADP" and c.lower_ == prep.lower_]
    if prep.head.i != prep.i:
        ccs = [c.i for c in [*kids(prep), *kids(pobj), *kids(prep.head)] if c.dep_ == "cc"]
        preps += [s for s in kids(prep.head) if s.i > prep.i and s.dep_ == prep.dep_
                  and s.lower_ == prep.lower_ and s not in preps and any(prep.i < c < s.i for c in ccs)]
    return [g for q in preps for g in kids(q) if g.dep_ == "pobj"]


def relative_antecedent(tok: Any) -> Any | None:
    """What a relative pronoun stands for: "Saddam, with whom the king met" -> Saddam, "the deal
    which Iran signed" -> deal. None for any other word."""
    if tok.lower_ not in RELATIVE_PRONOUNS | {"whom"}:
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < tok.i:
        person = _adjacent_person(tok) if tok.lower_ in ("who", "whom") and verb.head.pos_ == "NOUN" \
            and not verb.head.ent_type_ else None
        return person if person is not None else verb.head
    return None


def _adjacent_person(tok: Any) -> Any | None:
    """The name right before a "who" / "whom" clause ("a message to Bush from Iraq's Saddam, with whom the
    king met"), where the parser hung the clause on an earlier common noun ("message"): a person-pronoun
    stands for the name it follows (wip/meet14)."""
    start = tok.head.i if tok.dep_ == "pobj" and tok.head.i < tok.i else tok.i
    j = start - 1 if start > 0 and tok.doc[start - 1].text == "," else start
    if j <= 0:
        return None
    name = tok.doc[j - 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    return name if name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") else None


def shared_objects(verb: Any) -> list[Any]:
    """"criticised and warned Japan", "support and endorse Paul Ryan": a verb with no object or phrase of
    its own, joined by "and" / "or" (commas, adverbs) to the next verb, acts on that verb's object. []
    when the verb has its own object or a prepositional phrase, or the conjunct is not right after it."""
    if any(c.dep_ in ("dobj", "dative", "iobj", "prep", "ccomp", "xcomp") for c in kids(verb)):
        return []
    for conj in kids(verb):
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < verb.i:
            continue
        if all(verb.doc[j].dep_ in ("cc", "punct", "advmod") for j in range(verb.i + 1, conj.i)):
            return [o for o in kids(conj) if o.dep_ in ("dobj", "dative")]
        return []
    return []


def has_aux(tok: Any, words: set[str]) -> bool:
    for t in (tok, tok.head if tok.dep_ in ("xcomp", "acomp") else None):
        if t is None:
            continue
        for c in kids(t):
            if c.dep_ in ("aux", "auxpass") and c.lower_ in words:
                return True
    return False


def has_infinitive_to(tok: Any) -> bool:
    """Whether a verb carries the infinitive "to" ("to withdraw", "to disperse crowds")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok))


def is_passive(tok: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(tok))


def has_object(verb: Any) -> bool:
    """An active use: the verb (or a verb coordinated with it) takes a direct object."""
    return any(c.dep_ == "dobj" or (c.dep_ == "conj" and any(g.dep_ == "dobj" for g in kids(c)))
               for c in kids(verb))


def passive_subject(tok: Any) -> Any | None:
    return next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)


def is_negated(tok: Any) -> bool:
    for c in kids(tok):
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "no")):
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ in ("no", "not") for g in kids(c)):
            return True  # "no longer supports", "will no longer cooperate" (modality24)
        if c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in kids(c)):
            return True
    if tok.pos_ == "NOUN" and any(g.dep_ == "det" and g.lower_ == "no" for g in kids(tok)):
        return True  # "there is no threat to the public", "no talks were held"
    if tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i:
        return any(c.dep_ == "neg" for c in kids(tok.head))
    # "has no plans to sanction X", "no precedent for prosecuting X", "no intention of sending troops"
    # (recallpol12): the act is named under a noun that "no" denies
    holder = tok.head if tok.dep_ == "acl" else \
        tok.head.head if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" else None
    return holder is not None and holder.pos_ == "NOUN" and \
        any(g.dep_ == "det" and g.lower_ == "no" for g in kids(holder))


# marks of a clause with its own subject told in contrast to another ("..., while Russia urged Baghdad"):
# an act of its own, and a condition above it is not its own, though the parser may hang it inside the
# if-clause (parse30). An as-clause is mostly the scene of the main act ("as authorities in Croatia
# cracked down on ..."), which the GSR records leave uncoded.
BESIDE_MARKS = frozenset({"while", "whereas"})


def own_clause(t: Any) -> bool:
    """A while/whereas clause with a subject of its own: the walk up to a condition stops there."""
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BESIDE_MARKS for c in kids(t)) and \
        any(c.dep_ == "nsubj" for c in kids(t))


def is_hypothetical(tok: Any, sent: Any) -> bool:
    chain = [tok, *ancestors(tok, sent)[:4]]
    for t in chain:
        if any(c.dep_ == "mark" and c.lower_ in HYPO_MARKS for c in kids(t)):
            return True
        if t.lemma_.lower() in HYPO_VERBS and t != tok:
            return True
        if has_aux(t, HYPO_AUX):
            return True
        if own_clause(t):
            break
        if t.dep_ in ("ccomp", "ROOT") and t != tok:
            break
    return False


# who may warn of an act told with "could" or "may": "Iran could close the strait, a commander warned" is a
# threat the frame reads, not speculation
WARNING_VERBS = {"warn", "threaten", "vow"}


# modifiers of an act's noun that say it may never happen
POSSIBLE = frozenset({"possible", "potential", "prospective", "hypothetical", "eventual", "mooted"})


def speculative(tok: Any, sent: Any) -> bool:
    """The act is told with could / might / may ("the United States could strike Iranian sites", "Britain
    may expel more diplomats"): a possibility, not a report that it happened (modality24). Not when
    negated ("could not agree" failed to), nor under a warning verb, which reads it as a threat. Only
    for acts done, not said (`emit` asks): "officials said King Fahd may ask Britain to restore ties" is
    coded as the appeal in the wire dev gold."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in POSSIBLE for c in kids(tok)):
        return True  # "no decision on a possible visit to Beijing": an act nobody has done (modality24)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "det" and c.lower_ == "any"
                                                       for c in kids(tok.head)):
        return True  # "would regard any sanctions imposed by the U.N. as war": none imposed yet (lead32)
    t = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr") else tok
    if not has_aux(t, HYPO_AUX) or is_negated(t):
        return False
    return not any(lemma(a) in WARNING_VERBS for a in ancestors(t, sent)[:3])


# commentators, whose forecasts wire copy reports: "analysts believe ... could", "experts expect ... to"
COMMENTATORS = frozenset({"analyst", "analysts", "expert", "experts", "observer", "observers", "economist",
                          "economists", "commentator", "commentators", "strategist", "strategists",
                          "pundit", "pundits", "forecaster", "forecasters"})
GUESS_VERBS = frozenset({"believe", "expect", "predict", "forecast", "think", "say", "suggest", "see",
                         "reckon", "speculate", "anticipate"})
GUESS_AUX = {"will", "would", "could", "might", "may", "'ll", "wo"}
_COMMENTATOR_STEMS = ("analyst", "expert", "observer", "economist", "commentator", "strategist", "pundit",
                      "forecaster")


def commentators_guess(tok: Any, sent: Any) -> bool:
    """An act that commentators forecast, not one that was done or announced by a party: "Some Western
    analysts believe that Moscow and Kiev could resume talks", "..., analysts say", "Kenyan experts
    said cooperation will deepen" (stories24). Only a forecast (a modal or a future): "analysts said
    Russia expelled ..." reports an act and stays, as do officials' and ministers' words."""
    # most sentences name no commentator: a look at the text spares the walk over every token
    words = doc_text(tok.doc)[sent.start_char:sent.end_char].lower()
    if not any(w in words for w in _COMMENTATOR_STEMS):
        return False
    guess = next((v for v in sent if v.lemma_.lower() in GUESS_VERBS and v.i != tok.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in COMMENTATORS for c in kids(v))), None)
    if guess is None:
        return False
    chain = [tok, *ancestors(tok, sent)]
    if guess not in chain and not any(guess.head.i == t.i and guess.dep_ in ("parataxis", "ccomp", "advcl")
                                      for t in chain):
        return False  # the forecast is about another clause of the sentence
    for t in chain:
        if t.i == guess.i:
            break
        if has_aux(t, GUESS_AUX):
            return True
    return False


# "whether" puts a question ("the big question is whether Sanders continues to hammer Clinton"): no
# more a report that the act happened than a condition is
CONDITION_MARKS = {"if", "unless", "whether"}


# an act in the present tense after "until" has not happened yet: "will keep fighting until Hamas releases
# the hostages" (a past "until troops recaptured it" was done)
UNTIL = frozenset({"until", "till"})


def in_condition(tok: Any, sent: Any) -> bool:
    """The act is told in an if/unless clause ("If China invaded Taiwan, ...") or a whether-question: a
    condition, not a report that it happened."""
    for t in [tok, *ancestors(tok, sent)[:3]]:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids(t)):
            return True
        if own_clause(t):
            return False  # "..., while Russia urged Baghdad to ...": a clause of its own (parse30)
        if t.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in UNTIL for c in kids(t)):
            return True  # "will not approve ... until Stockholm cracks down": a condition (modality24)
        if t.dep_ in ("ccomp", "ROOT", "relcl"):
            return False
    return False


# nouns for armed forces, whose of-phrase after a movement noun is its agent
FORCES = {"troop", "force", "soldier", "army", "peacekeeper", "unit", "militia", "fighter", "navy", "police"}


# fights whose other side, named by "with", is who harmed the passive subject
MUTUAL_FIGHTS = {"clash", "fighting", "battle", "skirmish", "firefight", "gunbattle", "confrontation"}


# attack nouns whose possessor or national modifier names the attacker ("Israel's military attack",
# "an Israeli air strike")
VIOLENT_NOUNS = {"attack", "bombing", "assault", "strike", "airstrike", "raid", "shelling", "ambush",
                 "bombardment", "offensive", "onslaught", "incursion"}


def _attacker_of(noun: Any) -> Any | None:
    if lemma(noun) not in VIOLENT_NOUNS:
        return None
    for c in kids(noun):
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS and not is_when(c):
            return c
        if c.dep_ in ("amod", "compound") and c.i < noun.i and c.ent_type_ in ("NORP", "GPE", "ORG"):
            return c
    return None


def _act_doer(subj: Any) -> Any | None:
    """The doer a violent act noun names in its by-phrase, where the noun is a harm verb's subject: "the
    shelling of Zakho by Iraqi troops killed 12 people" is the troops' act; the of-phrase is what they
    struck, and read first it made the town the doer (parse39)."""
    if lemma(subj) not in VIOLENT_NOUNS or subj.pos_ != "NOUN" or lemma(subj.head) not in _HARM_DONE:
        return None
    return next((o for p in kids(subj) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                 for o in kids(p) if o.dep_ == "pobj"), None)


# the verbs of harm an act noun does as their subject ("the shelling killed", "the raid destroyed")
_HARM_DONE = frozenset({"kill", "wound", "injure", "destroy", "damage", "leave", "claim", "hit", "flatten",
                        "level", "raze"})


# a genitive that says when, not who: "next week's visit", "Tuesday's attack", "last year's invasion"
TIME_NOUNS = {"today", "yesterday", "tomorrow", "day", "week", "weekend", "month", "year", "night", "morning",
              "evening", "afternoon", "decade", "century", "season"}


def is_when(tok: Any) -> bool:
    """A date or time word ("Monday's", "next week's"): it dates the act and names no party."""
    return tok.ent_type_ in ("DATE", "TIME") or lemma(tok) in TIME_NOUNS


# verbs by which the doer carries out an act named by a noun: "sanctions imposed by X", "strikes launched
# by X", "aid sent by X" (a reaction, "sanctions criticised by X", names no doer)
CARRIED_BY = {"impose", "launch", "stage", "conduct", "carry", "mount", "make", "issue", "level", "lodge",
              "deliver", "send", "provide", "offer", "extend", "give", "grant", "wage", "unleash", "commit",
              "perpetrate", "order", "declare", "announce", "file", "fire", "initiate", "enforce", "apply"}


def carried_out_by(noun: Any) -> Any | None:
    """The doer of an act noun told by a participle or relative clause of carrying it out: "the embargo
    imposed on Cuba by the United States", "the strikes that Israel launched", "sanctions which were
    imposed by the EU"."""
    for v in kids(noun):
        if v.dep_ not in ("acl", "relcl") or v.pos_ != "VERB" or lemma(v) not in CARRIED_BY:
            continue
        agent = next((g for a in kids(v) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        # the relative pronoun is the object ("the strikes that Israel launched"), so the subject is the doer
        if v.dep_ == "relcl" and all(c.lower_ in RELATIVE_PRONOUNS for c in kids(v) if c.dep_ == "dobj"):
            subj = next((c for c in kids(v) if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS and subj.lower_ not in PRONOUNS:
                return subj
    return None


def _shared_agent(verb: Any) -> Any | None:
    """The by-agent of a gapped second passive: "three soldiers were killed and five wounded by X" (the
    parser hangs "wounded by X" on "five"), or "were killed and wounded by X"."""
    for c in kids(verb):
        if c.dep_ != "conj":
            continue
        second = [c] if c.pos_ == "VERB" else [g for g in kids(c) if g.dep_ == "acl" and g.tag_ == "VBN"]
        for v in second:
            if v.tag_ != "VBN":
                continue
            pobj = next((g for a in kids(v) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _attacker_of(pobj) or pobj
    return None


def _after_parenthetical_agent(verb: Any) -> Any | None:
    """The ", by X" after a parenthetical that interrupts a passive ("accused of misusing funds, much of it
    believed embezzled, by officials", "accused of fraud, the newspaper said, by prosecutors"): the parser
    hangs it on the parenthetical's verb (made the root, with the passive its clause, or set beside it);
    the comma before "by" says it closes the parenthetical and belongs to the passive."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)):
        return None
    holders = [c for c in kids(verb) if c.dep_ == "parataxis" and c.i > verb.i]
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        holders += [verb.head, *(c for c in kids(verb.head) if c.dep_ == "xcomp" and c.i > verb.head.i)]
    return next((g for h in holders for b in kids(h) if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                 and b.i > h.i and b.doc[b.i - 1].text == "," for g in kids(b)
                 if g.dep_ == "pobj" and g.tag_ != "VBG" and not is_when(g)), None)


def _late_agent(verb: Any) -> Any | None:
    """The by-agent of a passive hung on its gerund complement: "Iran was accused of supplying drones to
    Russia by the United States" (the gerund's own subject is the passive subject, so a by-phrase on it
    can only be the passive's agent; a date, "by Monday", is no agent, and a noun's by-phrase, "for the
    raid by X", may be the noun's own)."""
    for p in kids(verb):
        if p.dep_ != "prep" or p.lower_ not in ("of", "for", "over", "with"):
            continue
        for g in kids(p):
            if g.dep_ != "pcomp" or g.tag_ != "VBG":
                continue
            pobj = next((o for b in kids(g) if b.dep_ == "prep" and b.lower_ == "by" for o in kids(b)
                         if o.dep_ == "pobj" and o.tag_ != "VBG" and not is_when(o)), None)
            if pobj is not None:
                return pobj
    # "X has been accused of misusing funds, much of it believed embezzled, by Haitian officials": a passive
    # interrupted by a parenthetical that the parser makes the root; the by-phrase after the parenthetical's
    # closing comma is the passive's agent
    pobj = _after_parenthetical_agent(verb)
    if pobj is not None:
        return pobj
    # "Kuwait was granted a loan by Saudi Arabia": a by-phrase the parser hangs on the retained object of a
    # passive ditransitive is the giver's (the recipient is the passive subject); "a protest was lodged with
    # the Chinese embassy by the French foreign ministry", "was handed to the ambassador by the minister": on
    # the addressee of its to- or with-phrase, likewise (lead43)
    addressees = [g for p in kids(verb) if p.dep_ == "prep" and p.lower_ in ("to", "with")
                  for g in kids(p) if g.dep_ == "pobj"]
    for o in [*(c for c in kids(verb) if c.dep_ == "dobj"), *addressees]:
        pobj = next((g for b in kids(o) if b.dep_ == "prep" and b.lower_ == "by" for g in kids(b)
                     if g.dep_ == "pobj" and g.tag_ != "VBG" and not is_when(g)
                     and g.ent_type_ != "DATE"), None)
        if pobj is not None:
            return pobj
    return None


# verbs of a strike told beside a passive harm ("were killed after an Israeli aircraft targeted ...")
STRIKE_VERBS = {"attack", "strike", "target", "bomb", "shell", "fire", "raid", "ambush", "hit", "storm",
                "shoot"}
FIGHT_VERBS = {"fight", "battle", "clash", "resist"}


# people who set off a blast told beside a killing ("when a suicide bomber blew himself up")
BLASTERS = frozenset({"bomber", "attacker", "assailant", "militant", "man", "woman", "rebel", "guerrilla",
                      "insurgent", "terrorist", "extremist", "separatist", "fighter", "gunman", "youth",
                      "member", "activist"})


def _agent_beside(verb: Any) -> Any | None:
    """The attacker of a passive harm told in a clause beside it: "were killed after an Israeli aircraft
    targeted their car" -> aircraft; "were killed fighting Hezbollah" -> Hezbollah (the other side). (Also
    a clause the parser hangs on a gapped second passive: "were killed and four wounded when a bomb
    ... exploded".)"""
    gapped = [g for cj in kids(verb) if cj.dep_ == "conj" and cj.tag_ == "VBN" for g in kids(cj)]
    for c in [*kids(verb), *gapped]:
        if c.dep_ not in ("advcl", "xcomp"):
            continue
        if c.tag_ == "VBG" and lemma(c) in FIGHT_VERBS:
            other = next((g for g in kids(c) if g.dep_ == "dobj"), None) or next(
                (g for p in kids(c) if p.dep_ == "prep" and p.lower_ in ("with", "against")
                 for g in kids(p) if g.dep_ == "pobj"), None)
            if other is not None:
                return other
        marked = any(m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "as") for m in kids(c))
        fired = lemma(c) == "open" and any(g.dep_ == "dobj" and g.lower_ == "fire" for g in kids(c))
        # "were killed when a suicide bomber blew himself up", "... detonated explosives" (lead28); not a
        # thing that blew up ("when a boiler blew up")
        fired = fired or ((lemma(c) == "detonate" or (
            lemma(c) == "blow" and any(g.dep_ == "prt" and g.lower_ == "up" for g in kids(c))))
            and any(g.dep_ == "nsubj" and (g.ent_type_ in ("PERSON", "NORP", "ORG") or lemma(g) in BLASTERS)
                    for g in kids(c)))
        if c.dep_ == "advcl" and marked and (lemma(c) in STRIKE_VERBS or fired):
            subj = next((g for g in kids(c) if g.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in PRONOUNS:
                return subj
        if c.dep_ == "advcl" and marked and lemma(c) in ("explode", "go", "detonate", "blow", "hit"):
            # "were killed when a roadside bomb planted by Hizbollah guerrillas exploded": who planted it
            # (lead30)
            subj = next((g for g in kids(c) if g.dep_ == "nsubj"), None)
            planter = next((g for v in (kids(subj) if subj is not None else []) if v.dep_ == "acl"
                            for a in kids(v) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"), None)
            if planter is not None:
                return planter
    return None


def _active_conjunct(verb: Any) -> bool:
    """A finite verb in the active voice ("pledged", "calls"), as the second verb of a coordination."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and \
        not any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in kids(verb))


def _nested_agent(verb: Any) -> Any | None:
    """The by-phrase of a noun in an in/during/from phrase of a passive verb: "were killed in a rocket
    attack by rebels" -> rebels (PETRARCH passes a PP's meaning up through its NP); the other side of
    a fight: "were wounded in clashes with Israeli troops" -> troops; a strike told beside it."""
    beside = _agent_beside(verb)
    if beside is not None:
        return beside
    shared = _shared_agent(verb) or _late_agent(verb)
    if shared is not None:
        return shared
    for p in kids(verb):
        if p.dep_ != "prep" or p.lower_ not in ("in", "during", "from", "after"):
            continue
        for noun in (o for o in kids(p) if o.dep_ == "pobj"):
            for by in kids(noun):
                if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                    agent = next((g for g in kids(by) if g.dep_ == "pobj"), None)
                    if agent is not None:
                        return agent
            if _attacker_of(noun) is not None:  # "were killed in an Israeli air strike"
                return _attacker_of(noun)
            if lemma(noun) in MUTUAL_FIGHTS or noun.lower_ in MUTUAL_FIGHTS:
                other = next((g for w in kids(noun) if w.dep_ == "prep" and w.lower_ == "with"
                              for g in kids(w) if g.dep_ == "pobj"), None)
                if other is not None:
                    return other
    return None


# texts that speak for whoever issues them ("a statement condemning ...", "a letter urging ...")
DOCUMENTS = {"statement", "letter", "resolution", "report", "communique", "communiqué", "declaration",
             "message", "note", "memo", "memorandum", "editorial", "commentary", "motion", "petition",
             "release", "notice", "bulletin", "telegram", "cable", "speech", "article", "document",
             # campaign media (recallpol12): "released an ad attacking X", "a video that accuses X"
             "ad", "advertisement", "commercial", "video", "tweet", "op-ed"}


def author_of(doc_noun: Any, sent: Any) -> Any | None:
    """Who a text speaks for: its possessor ("Japan's statement"), its by- or from-phrase ("a letter from
    the EC"), else whoever issues, sends or delivers it ("the EU issued a statement", "Chile said in a
    statement")."""
    for c in kids(doc_noun):
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS:
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            pobj = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    verb = doc_noun.head
    if doc_noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if doc_noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") and verb.i != doc_noun.i:
        subj, _ = subject_of(verb, sent)
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
            return subj
    return None


# measures that act in the name of whoever adopts them: "approved a decree that imposes an embargo on X"
MEASURES = {"plan", "law", "bill", "decree", "measure", "legislation", "regulation", "order", "ordinance",
            "policy", "programme", "program", "budget", "package"}
# verbs by which a party makes a measure its own (never "rejected a plan that would ...")
ADOPTING = {"approve", "adopt", "pass", "enact", "issue", "announce", "unveil", "introduce", "endorse",
            "sign", "decree", "implement", "launch", "draw", "draft", "propose", "back"}


def adopter_of(measure: Any, sent: Any) -> Any | None:
    """Who a measure acts for: the subject of the verb that adopts it as its object ("the Indian parliament
    passed a law that bans trade with Pakistan": the parliament bans). Not one that rejects or debates it."""
    if lemma(measure) not in MEASURES or measure.dep_ != "dobj" or lemma(measure.head) not in ADOPTING:
        return None
    if any(c.dep_ == "neg" for c in kids(measure.head)):
        return None
    subj, _ = subject_of(measure.head, sent)
    return subj if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS else None


# nouns of where something comes from, never who sends it
WHENCE = {"territory", "side", "direction", "area", "region", "border", "soil", "air", "sea", "ground",
          "position", "base", "camp", "zone"}


# verbs that pass a message on: its sender is the one who gave the act it carries
CONVEY_VERBS = {"send", "deliver", "convey", "relay", "pass", "hand", "transmit", "forward"}


def delivered_by(noun: Any) -> tuple[Any | None, Any | None]:
    """(giver, receiver) of an act noun that "came" to pass: "the praise came from Japan" (Japan gave
    it), "the warning came in a letter from Denman to Rostenkowski" (the text's sender and addressee)."""
    verb = noun.head
    # ... or was passed on: "the warning was sent in a letter from X to Y", "the offer was conveyed by X"
    conveyed = noun.dep_ == "nsubjpass" and lemma(verb) in CONVEY_VERBS
    if not conveyed and (noun.dep_ != "nsubj" or lemma(verb) != "come"):
        return None, None
    holders = [verb] + [o for p in kids(verb) if p.dep_ == "prep" and p.lower_ in ("in", "through", "via")
                        for o in kids(p) if o.dep_ == "pobj" and lemma(o) in DOCUMENTS]

    def pobj_of(word: str) -> Any | None:
        return next((o for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ == word
                     for o in kids(p) if o.dep_ == "pobj"), None)

    giver = pobj_of("from")
    if conveyed:
        giver = next((o for a in kids(verb) if a.dep_ == "agent" for o in kids(a) if o.dep_ == "pobj"), giver)
    if giver is not None and lemma(giver) in WHENCE:
        giver = None  # "the attack came from Syrian territory": where from, not who
    return giver, pobj_of("to")


# verbs an obligation's infinitive hangs on: "X has to", "X needs to" (the subject sits on them)
OBLIGING_HEADS = frozenset({"have", "need"})


def obliged_subject(verb: Any) -> Any | None:
    """The subject of an obliged act: the verb's own, or that of the "has to" / "needs to" it hangs on
    ("Trump has to do more": Trump; wire25)."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBLIGING_HEADS:
        subj = next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)
    return subj


# verbs whose object does not control their infinitive ("promised Kenya to build a road": the subject builds)
SUBJECT_CONTROL = {"promise", "pledge", "vow", "offer", "threaten",
                   # an occasion or means used for a purpose: "Obama used his speech to criticize Russia",
                   # "took the opportunity to warn Y": the user acts (wire25)
                   "use", "employ", "take",
                   # time spent doing: "spent the day attacking Iraq's leadership" (wire26)
                   "spend"}

# acts whose from-phrase is the place or body left, not the actor
# journeys whose of-phrase is the traveller ("the visit of the minister to Athens"; wip/meet14)
JOURNEYS = {"visit", "trip", "tour", "journey", "stopover"}
DEPARTURES = {"withdrawal", "pullout", "pull-out", "retreat", "departure", "exit", "expulsion", "evacuation",
              "release", "return", "escape", "defection", "import", "export", "flight", "deportation",
              "extradition", "transfer", "delivery", "shipment", "removal", "resignation"}

PARTITIVES = {"some", "many", "most", "several", "all", "none", "one", "two", "three", "four", "five", "few",
              "both", "each", "any", "half"}


def _of_partitive(subj: Any) -> Any:
    """"some of the rebels" acts as the rebels do: the of-phrase names who they are."""
    if subj.lower_ not in PARTITIVES:
        return subj
    of = next((c for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((g for g in kids(of) if g.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None else subj


# the share of a thing named before its of-phrase: "lifted the last of the sanctions on South Africa"
OBJECT_SHARES = PARTITIVES | {"last", "rest", "remainder", "bulk", "majority", "part", "much", "first"}


def object_share_of(obj: Any) -> Any | None:
    """The thing a share-word object stands for ("the rest of its sanctions on Vietnam": the sanctions),
    whose own phrases name the party acted on; None for any other object (lead34)."""
    if obj.lower_ not in OBJECT_SHARES:
        return None
    of = next((c for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in kids(of) if g.dep_ == "pobj"), None) if of is not None else None


def _predicate_agent(t: Any) -> Any | None:
    """The by-phrase a passive small clause hangs on its predicate: "the plan was called a trap by X"."""
    if not any(c.dep_ == "nsubjpass" for c in kids(t)):
        return None
    return next((p for o in kids(t) if o.dep_ == "oprd" for p in kids(o)
                 if p.dep_ in ("agent", "prep") and p.lower_ == "by"), None)


# prepositions whose gerund's subject is the subject of the clause the phrase hangs in ("in" only on an
# active verb with its own subject: `_active_clause`)
GERUND_PREPS = {"by", "before", "after", "while", "in"}


def _active_clause(verb: Any) -> bool:
    """A verb with a subject of its own in the active voice: "Poland joined France in condemning X" (not
    "was heartened by cooperation from Kenya in probing ...", nor a noun's "role in brokering")."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in kids(verb)) and \
        not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb))


# attacks whose of-object is what was struck, and what an attack does to people
STRIKE_NOUNS = frozenset({"bombing", "attack", "shelling", "raid", "explosion", "blast", "shooting",
                          "firebombing", "strike", "airstrike", "assault", "ambush", "massacre"})
HARM_VERBS_OF_ATTACKS = frozenset({"kill", "wound", "injure", "maim", "hurt"})


def _struck_antecedent(rel: Any) -> bool:
    """A harm told by a relative clause on the place an attack struck ("the bombing of a ... clinic
    that killed an off-duty officer"): the parser hangs the clause on the nearest noun, but a building
    harms nobody; the attack did."""
    ante = rel.head
    return lemma(rel) in HARM_VERBS_OF_ATTACKS and ante.dep_ == "pobj" and ante.head.lower_ == "of" \
        and lemma(ante.head.head) in STRIKE_NOUNS and ante.ent_type_ not in ("PERSON", "NORP", "ORG")


def _gerund_own_subject(verb: Any) -> Any | None:
    """A gerund clause inside a preposition with a subject of its own, which the parser hangs on it as a
    noun modifier ("asked about a bomber attacking ...", "highlighted by a sniper targeting ..."): that
    noun does the act, never the subject of the clause the phrase is fronted to ("..., Defense Secretary
    Ash Carter said")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj"):
        return None
    for c in kids(verb):
        if c.dep_ == "npadvmod" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN") and \
                c.ent_type_ not in ("DATE", "TIME") and any(d.dep_ in ("det", "poss") for d in kids(c)):
            return c
    return None


def _stray_subject(verb: Any) -> Any | None:
    """The subject the parser hung inside a fronted phrase: "In her speech, Merkel, who has ..., warned
    against X" (Merkel an appos or conj of "speech", "warned" left with no subject). Only a name set off
    by a comma that runs up to the verb, or to a who/which clause and a comma before it, on a finite verb
    with no subject of its own."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or verb.doc[verb.i - 1].text != "," or \
            any(c.dep_ in SUBJ + ("nsubjpass",) for c in kids(verb)):
        return None
    doc = verb.doc
    for p in kids(verb):
        if p.dep_ != "prep" or p.i > verb.i:
            continue
        for name in p.subtree:
            if name.dep_ not in ("appos", "conj") or name.pos_ != "PROPN" or doc[name.i - 1].text != "," or \
                    name.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            nxt = name.right_edge.i + 1
            relative = doc[nxt].text == "," and nxt + 1 < verb.i and doc[nxt + 1].lower_ in ("who", "which")
            if nxt == verb.i - 1 or relative:
                return name
    return None


def _fronted_list_subject(verb: Any) -> Any | None:
    """"After talks in Algiers, Ethiopia and Eritrea agreed ...": a fronted phrase that ends in a name
    and a comma makes the small model read the subject as more items of a list with that name
    ("Algiers, Ethiopia and Eritrea"), leaving the verb with no subject or with a noun of the phrase
    ("talks"). The name after the comma is who acts when the sentence opens with a preposition, the
    name hangs as a conjunct or apposition on a word before the comma, and its phrase runs up to the
    verb (probes_agree23)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc, start = verb.doc, sentence_of(verb).start  # (spaCy's `Token.sent` walks the Doc on each call)
    if (doc[start].pos_ not in ("ADP", "SCONJ") and doc[start].dep_ != "prep") or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in kids(verb)):
        return None
    for comma in range(start + 2, verb.i - 1):
        if doc[comma].text != ",":
            continue
        name = next((t for t in doc[comma + 1:verb.i] if t.left_edge.i == comma + 1
                     and t.dep_ in ("conj", "appos") and t.head.i < comma
                     and (t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                          or _named_role(t))), None)
        if name is not None and name.right_edge.i + 1 == verb.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") and comma < c.i for c in kids(verb)):
            return name
        # only the comma that ends the fronted phrase: "On Monday, Saudi Arabia, Egypt and Bahrain
        # recalled ...": a list after it is the subject itself, whose later items are not it (lead27)
        return None
    return None


def _named_role(t: Any) -> bool:
    """A role noun set in apposition whose owner or modifier is named: "As fighting raged around Huambo,
    South Africa's deputy president flew to Luanda" (the parser hangs the subject on the clause's place;
    clauses28)."""
    return t.pos_ == "NOUN" and t.dep_ == "appos" and any(
        c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        for c in kids(t))


def _nominal_gerund(t: Any) -> bool:
    """A gerund used as a noun, with a determiner, adjective or possessor of its own: "the Russian
    shelling of Ukrainian towns", "Israel's bombing of X" (tagged VBG, read like the act noun)."""
    return t.tag_ == "VBG" and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj") and \
        any(c.dep_ in ("det", "amod", "poss") and c.i < t.i for c in kids(t))


def _misparsed_subject(verb: Any) -> Any | None:
    """"Turkey massed troops on its border": the small model sometimes hangs a clause's named subject
    on its finite verb as a noun-phrase adverbial (npadvmod) or a loose dependent; with no other
    subject, a name before the verb is who acts."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    # (also a rare name first in its sentence taken for an adverb: "Tonga severed ties with Taiwan")
    return next((c for c in kids(verb) if c.i < verb.i and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                 and ((c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN")
                      or (c.dep_ == "advmod" and c.ent_iob_ == "B" and c.i == sentence_of(c).start))), None)


def _set_off_subject(verb: Any) -> Any | None:
    """"A and B, meeting in Bangkok, signed ...": the small model may give the subject to the participle
    set off by commas before the verb; with no subject of its own the verb shares it (probes17c)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    for part in (c for c in kids(verb) if c.dep_ == "advcl" and c.i < verb.i):
        subj = _participle_subject(part)
        if subj is not None:
            return subj
    return None


def _participle_subject(part: Any) -> Any | None:
    """The subject the parser hung on a participle set off by a comma before it; or the people of a
    reduced relative the small model reads as a compound noun: "EU foreign ministers meeting in Brussels
    condemned ..." (nsubj: "meeting", with "ministers" its compound) is the ministers' act, not the
    meeting place's (lead25)."""
    if part.lower_ in _GATHERING and part.tag_ == "NN" and part.i > 0:
        people = part.doc[part.i - 1]
        if people.dep_ == "compound" and people.head.i == part.i and people.tag_ in ("NNS", "NNPS") \
                and not any(c.dep_ == "det" for c in kids(part)):
            return people
    if part.tag_ == "VBG" and part.dep_ == "nsubj" and part.lower_ in _GATHERING:
        # "African leaders meeting in Addis Ababa urged ...": the participle is the subject, its own
        # subject before it the people who act
        return next((c for c in kids(part) if c.dep_ == "nsubj" and c.i < part.i), None)
    if part.tag_ != "VBG" or part.i == 0 or part.doc[part.i - 1].text != ",":
        return None
    return next((c for c in kids(part) if c.dep_ == "nsubj" and c.i < part.i), None)


# participles the small model takes for a noun after a plural compound ("ministers meeting in X")
_GATHERING = {"meeting", "gathering"}


def gathering_subject(tok: Any) -> bool:
    """ "EU ministers meeting in Brussels issued a statement deploring X": the gathering the small model
    makes the subject only sets the scene of what its people do: no act of its own (lead25)."""
    return tok.lower_ in _GATHERING and tok.dep_ == "nsubj" and _participle_subject(tok) is not None


# verbs that hedge who the doers are: "gunmen believed / said / thought to belong to X"
HEDGES = {"believe", "say", "think", "suspect", "report", "know", "understand", "allege"}


def _hedged_doer(verb: Any) -> Any | None:
    """"Gunmen believed to belong to Hezbollah kidnapped ...": the small model makes the hedge the root
    and the act its subjectless complement; the group the doers belong to is who acts (probes17c)."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "conj") or verb.tag_ != "VBD" or head.lemma_.lower() not in HEDGES or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    doers = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    belong = next((c for c in kids(head) if c.dep_ == "xcomp" and c.lemma_ == "belong" and c.i < verb.i),
                  None)
    if doers is None or belong is None:
        return None
    return next((o for p in kids(belong) if p.dep_ == "prep" and p.lower_ == "to"
                 for o in kids(p) if o.dep_ == "pobj"), doers)


def time_spender(verb: Any) -> Any | None:
    """Who spent the time a participle fills: "Albright spent much of the news conference attacking Iraq's
    leadership", "Trump is spending the final day of the primary attacking a rival", parsed as a clause
    on the time noun (or on the noun of its of-phrase). The subject of "spend" does it (wire26)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    for _ in range(3):
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "spend":
            return next((c for c in kids(noun.head) if c.dep_ == "nsubj"), None)
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return None
        noun = noun.head.head
    return None


def quoted_as_saying(tok: Any) -> Any | None:
    """The one quoted, for the speech verb of "A quoted B as saying ...": B, the quoting verb's object, not
    A, who only passes it on (a news agency, state media; modality24)."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "as" or lemma(tok.head.head) != "quote":
        return None
    return next((c for c in kids(tok.head.head) if c.dep_ == "dobj"), None)


# verbs of address only a party does: "Abiy said the dam would not harm anyone and called on Egypt to ..."
ADDRESSING = frozenset({"call", "urge", "appeal", "ask", "demand", "accuse", "condemn", "praise", "welcome",
                        "thank", "criticize", "criticise", "invite", "blame", "reject", "warn"})
SAYING = frozenset({"say", "tell", "add", "state", "announce", "insist", "stress", "note"})


def _speakers_conjunct(tok: Any) -> Any | None:
    """The speech verb whose subject a verb of address coordinated into its reported clause really has
    ("Abiy said the dam would not harm anyone and called on Egypt ...", "Chamisa said the sanctions were
    'a matter for those affected', and called on the government ..."): the parser hangs the verb on the
    reported clause's, whose subject is a thing (no name, no person) that calls on nobody. None when the
    clause's subject is a party, a pronoun or a name, or the verb has a subject of its own (stories27)."""
    if tok.dep_ != "conj" or lemma(tok) not in ADDRESSING or tok.tag_ != "VBD":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or lemma(clause.head) not in SAYING or clause.head.i > clause.i:
        return None
    said = [c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if len(said) != 1:
        return None
    thing = said[0]
    if tense_break(clause, tok, thing) or owned_deed(thing):
        return clause.head  # "said the United States had trampled on ... and demanded" (stories42)
    if thing.pos_ != "NOUN" or thing.ent_type_ or thing.lower_ in PRONOUNS \
            or any(c.ent_type_ or c.pos_ == "PROPN" for c in thing.subtree):
        return None
    return clause.head


# money or aid given, whose purpose clause is what the recipient is to do with it
FUNDS = frozenset({"dollar", "million", "billion", "aid", "assistance", "loan", "credit", "grant", "fund",
                   "money", "yen", "euro", "pound", "franc", "mark", "funding"})


def judged_clause(tok: Any) -> Any | None:
    """The finite that-clause a judgement is about, when it has a subject of its own: the complement of
    the word ("was optimistic that Syria would resume talks", "hoped that Argentina would accept", "doubted
    that Pakistan was serious") or a clause on its direct object ("expressed concern that Iran was
    seeking", "had little hope that Belgrade would accept"). An infinitive ("hoped to sign") has no subject
    of its own and is no such clause, nor is one whose subject names no party (acts29)."""
    # (the parser hangs an adjective's clause on the adjective or on its copula: "was pessimistic that")
    copula = [c for c in kids(tok.head) if c.dep_ == "ccomp" and c.i > tok.i] \
        if tok.dep_ == "acomp" and tok.pos_ == "ADJ" else []
    for c in [*kids(tok), *copula]:
        if c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and _own_subject(c):
            return c  # (a clause after the word: "Democrats battling it out; Clinton hoping for" is none)
        if c.dep_ == "dobj":
            for a in kids(c):
                if a.dep_ in ("acl", "ccomp") and a.pos_ in ("VERB", "AUX") and _own_subject(a) and \
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(a)):
                    return a
    return None


def _own_subject(verb: Any) -> bool:
    """A subject of the clause's own that names a party: a name, a nationality or an organisation in it
    ("Syria and Israel", "the Palestinian Authority", "Iraqi forces"); "the economy", "the rains", "their
    debt strategy" name none, and a judgement of them is no act toward anyone (acts29)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "there")
               and any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                       for t in c.subtree if t.dep_ != "poss" or t.pos_ != "PRON")
               for c in kids(verb))


def funds_to_recipient(verb: Any) -> bool:
    """Whether the verb gives money or aid to someone named in a to-phrase (on the verb or its object)."""
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if obj is None or lemma(obj) not in FUNDS:
        return False
    # ("1.3 billion dollars in military aid to Colombia": the to-phrase hangs on the in-phrase's noun)
    inner = [g for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "in"
             for g in kids(c) if g.dep_ == "pobj"]
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in kids(c))
               for h in (verb, obj, *inner) for c in kids(h))


def hyphen_last(tok: Any) -> Any:
    """The last piece of a hyphenated word the parser split into sibling tokens of one role ("Vice" "-"
    "Premier", each a subject): the piece that carries the word's own dependents (lead29)."""
    doc = tok.doc
    while tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].dep_ == tok.dep_ \
            and doc[tok.i + 2].head.i == tok.head.i:
        tok = doc[tok.i + 2]
    return tok


def hyphen_pieces(tok: Any) -> set[int]:
    """The indices of the earlier pieces of the hyphenated word `tok` ends (see hyphen_last)."""
    doc, out, i = tok.doc, set(), tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].dep_ == tok.dep_ and doc[i - 2].head.i == tok.head.i:
        out |= {i - 1, i - 2}
        i -= 2
    return out


# verbs that only make known an act already named with its owner ("Germany's pledge of aid to Poland was
# announced by the Polish finance minister"): the teller does not do the act (lead43)
TELLING_OF_ACTS = frozenset({"announce", "confirm", "report", "disclose", "reveal", "repeat", "reiterate",
                             "restate", "relay", "convey", "deliver", "read", "publish", "unveil", "outline"})


def _told_own_act(noun: Any) -> bool:
    """Whether an act noun, the passive subject of a verb of telling, names its own owner."""
    return lemma(noun.head) in TELLING_OF_ACTS and own_owner(noun) is not None


def own_owner(noun: Any) -> Any | None:
    """The party an act or measure noun names as its own: a possessor ("the EU's ban", "Germany's pledge"),
    else a name before it ("a World Bank pledge", "the OAS embargo", "the Japanese offer") (lead43)."""
    for c in kids(noun):
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS and not is_when(c):
            return c
    return next((c for c in kids(noun) if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                 and c.ent_type_ in ("NORP", "GPE", "ORG")), None)


# the men of an armed side, named by the nouns that a present participle straight after them describes
ARMED_MEN = frozenset({"guerrilla", "rebel", "fighter", "militant", "insurgent", "militia", "militiaman",
                       "troop", "soldier", "force", "separatist", "gunman", "mujahideen", "mujahedeen",
                       "commando"})


def _fighters_doing(tok: Any) -> Any | None:
    """The armed men a present participle straight after them describes, which the parser hangs on the main
    verb as a purpose clause: "funnelled arms to Afghan guerrillas fighting the Kabul government" (lead44:
    Pakistan was read as fighting Kabul). Set off by a comma, the participle is the main subject's ("troops
    shelled the town, killing 12")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or \
            any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(tok)):
        return None
    before = tok.doc[tok.i - 1]
    if before.dep_ in ("pobj", "dobj") and before.pos_ == "NOUN" and lemma(before) in ARMED_MEN and \
            before.head.i < tok.i and _under(before, tok.head):
        return before
    return None


def _under(tok: Any, verb: Any) -> bool:
    """Whether `tok` hangs, through phrases, on `verb`."""
    for _ in range(4):
        if tok.head.i == verb.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def subject_of(tok: Any, sent: Any, *, passive_is_agent: bool = False) -> tuple[Any | None, bool]:
    """(subject head, is_agent_of_passive) of a predicate, inheriting through control and coordination.
    `passive_is_agent`: the passive subject is the actor ("Vietnam is committed to", "X was quoted")."""
    t = tok
    quoted = quoted_as_saying(tok)
    if quoted is not None:
        return quoted, False  # "KCNA quoted a spokesman as saying ...": the spokesman says it (modality24)
    if tok.pos_ == "ADJ" and tok.dep_ in ("amod", "appos") and tok.head.pos_ in ("NOUN", "PROPN") and \
            tok.head.i < tok.left_edge.i and tok.doc[tok.left_edge.i - 1].text == ",":
        return tok.head, False  # "Mulroney, sharply critical of X, said ...": the noun it is set off from
    if tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and tok.i < tok.head.i:
        # "received visiting Russian Prime Minister Viktor Chernomyrdin", "invading troops", "striking
        # workers": a present participle before a noun is done by that noun (lead28)
        return tok.head, False
    fighters = _fighters_doing(tok)
    if fighters is not None:
        return fighters, False
    speaker = _speakers_conjunct(tok)
    if speaker is not None:
        return subject_of(speaker, sent, passive_is_agent=passive_is_agent)
    hedge = hedged_verb(tok) if tok.dep_ == "pcomp" else None
    if hedge is not None:  # "will have no choice but to use force": the one who has no choice (parse39)
        return subject_of(hedge, sent, passive_is_agent=passive_is_agent)
    inf = tok.head
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and inf.dep_ == "xcomp" and inf.head.i != inf.i and \
            tok.i > 0 and tok.doc[tok.i - 1].text == "," and \
            any(c.dep_ == "dobj" and c.i < inf.i for c in kids(inf.head)) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
        # "ordered the British ambassador to leave within a week, accusing London of meddling": a set-off
        # participle the parser hangs on the infinitive is the orderer's, not the one ordered (lead34)
        return subject_of(inf.head, sent, passive_is_agent=passive_is_agent)
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.tag_ == "VBD" and inf.tag_ == "VB" \
            and inf.dep_ == "xcomp" and inf.head.tag_ == "VBD" and inf.head.i != inf.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
        # "urged Cyprus to cancel the purchase and called on Turkey to refrain": a past-tense verb the
        # parser coordinates with an infinitive is the governing verb's conjunct, with its subject (the
        # infinitive's is the one urged; stories28)
        return subject_of(inf.head, sent, passive_is_agent=passive_is_agent)
    via, prev = "", tok  # the relation climbed through to reach t, and the token it came from
    for _ in range(6):
        if via == "conj" and _active_conjunct(prev):
            patient = next((c for c in kids(t) if c.dep_ == "nsubjpass"), None)
            if patient is not None and any(c.dep_ == "agent" for c in kids(t)):
                # "Arroyo was sworn in by the chief justice and pledged to unite the nation", "the envoy
                # was received by the president and called for closer ties": an active verb joined to a
                # passive one shares its subject, not the by-phrase's doer (stories32)
                return patient, False
        agent = next((c for c in kids(t) if c.dep_ == "agent"), None) or _predicate_agent(t)
        if agent is not None and any(c.dep_ == "nsubj" for c in kids(t)) and \
                not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(t)) and \
                any(c.dep_ in ("prep", "dobj", "dative") and t.i < c.i < agent.i for c in kids(t)):
            # "Mexico protested to the United States over the abduction of a doctor by bounty hunters": a
            # by-phrase the parser hangs on an active verb with its own subject, past the verb's own
            # phrases, is no doer (lead33); "the ceasefire agreed by Israel" keeps its agent
            agent = None
        if agent is not None:
            pobj = next((g for g in kids(agent) if g.dep_ == "pobj"), None)
            if pobj is not None:  # "killed by Israel's military attack": Israel
                return _attacker_of(pobj) or pobj, True
        controller = next((c for c in kids(t) if c.dep_ == "dobj" and c.i < prev.i), None) \
            if via == "xcomp" and lemma(t) not in SUBJECT_CONTROL else None
        if controller is not None:
            return controller, False  # "pressure forced Israel to allow aid in": Israel allows
        fronted = _fronted_list_subject(t)
        if fronted is not None:
            return fronted, False
        subjects = [c for c in kids(t) if c.dep_ in ("nsubj", "csubj")]
        if subjects:  # "Old foes India and Egypt" parses as two subjects: take the named one
            subj = next((c for c in subjects if c.ent_type_), subjects[0])
            subj = hyphen_last(subj)
            subj = _of_partitive(subj)
            subj = _participle_subject(subj) or subj  # "A and B, meeting in X, signed" (nsubj: meeting)
            subj = _act_doer(subj) or subj  # "the shelling of Zakho by Iraqi troops killed 12" (parse39)
            if subj.lower_ in RELATIVE_PRONOUNS and t.dep_ == "relcl" and _struck_antecedent(t):
                # "the bombing of a Birmingham, Ala., abortion clinic that killed an officer": the
                # bombing killed, not the clinic (nor its town); no bomber named, no subject
                return None, False
            if subj.lower_ in RELATIVE_PRONOUNS and t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
                # "a statement that condemned X", "a video that accuses X": a text acts in its author's name
                # (a text named for its author speaks for it: "a Washington Post editorial that accuses X")
                named = any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in kids(t.head))
                author = author_of(t.head, sent) if lemma(t.head) in DOCUMENTS and not named else None
                author = author or adopter_of(t.head, sent)
                if author is not None:
                    return author, False
                return t.head, False  # "Iran, which had condemned ...": the relative's antecedent acts
            return subj, False
        own = _gerund_own_subject(t)
        if own is not None:  # "asked about a bomber attacking and wounding four soldiers": the bomber
            return own, False
        lead = _misparsed_subject(t) or _hedged_doer(t) or _set_off_subject(t)
        if lead is not None:
            return lead, False
        passive = next((c for c in kids(t) if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            if passive_is_agent or via == "xcomp" or (t.lower_ == "expected" and prev.lower_ == "for"):
                # "Netanyahu is expected to visit China", "the minister was forced to resign": the
                # passive subject controls the infinitive; "X is expected in Moscow for talks": X arrives
                return passive, False
            # "killed in an attack by rebels": the agent of the event noun the passive happened in
            return _nested_agent(t), True
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "nsubjpass" and t == tok and not _told_own_act(t):
            # "an investigation ... was opened by Israeli prosecutors": the verb's agent acts
            agent = next((c for c in kids(t.head) if c.dep_ == "agent"), None)
            pobj = next((g for g in kids(agent) if g.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj, True
        if t.pos_ in ("NOUN", "PROPN") or _nominal_gerund(t):
            poss = next((c for c in kids(t) if c.dep_ == "poss" and not is_when(c)), None)
            if poss is not None and poss.lower_ not in PRONOUNS:
                return poss, False
            by = next((c for c in kids(t) if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is None and t == tok:  # "the expulsion of a journalist by Zimbabwe": the parser hangs
                # the act's by-phrase on its of-object
                by = next((b for o in kids(t) if o.dep_ == "prep" and o.lower_ == "of" for g in kids(o)
                           if g.dep_ == "pobj" for b in kids(g) if b.dep_ == "prep" and b.lower_ == "by"),
                          None)
            if by is not None:
                pobj = next((g for g in kids(by) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, True
            doer = carried_out_by(t) if t == tok else None
            if doer is not None:  # "the embargo imposed on Cuba by the United States"
                return doer, True
            # "the threats from the United States", "criticism from Beijing": who made them (never
            # where a withdrawal or a release starts)
            frm = next((c for c in kids(t) if c.dep_ == "prep" and c.lower_ == "from"), None) \
                if t == tok and lemma(t) not in DEPARTURES else None
            pobj = next((g for g in kids(frm) if g.dep_ == "pobj"), None) if frm is not None else None
            if pobj is not None:
                return pobj, False
            # "the withdrawal of Russian troops began": the forces of the of-phrase act, when the
            # event noun is the clause's subject ("Russia completed the withdrawal of its troops": Russia)
            of = next((c for c in kids(t) if c.dep_ == "prep" and c.lower_ == "of"), None)
            forces = next((g for g in kids(of) if g.dep_ == "pobj" and g.lemma_.lower() in FORCES), None) \
                if of is not None else None
            if forces is not None and t == tok and t.dep_ in ("nsubj", "nsubjpass"):
                return forces, False
            # "the visit of the Turkish foreign minister to Athens": a journey's of-phrase is who makes it
            guest = next((g for g in kids(of) if g.dep_ == "pobj"), None) \
                if of is not None and t == tok and lemma(t) in JOURNEYS else None
            if guest is not None:
                return guest, False
        if (t.pos_ in ("NOUN", "PROPN") or _nominal_gerund(t)) and (t == tok or via == "acl"):
            # an event noun's own modifier names who acts: "Palestinian riots", "Israeli raids"; also the
            # act of its infinitive: "the Chinese decision to suspend contacts" (China suspends)
            for c in kids(t):
                if c.dep_ in ("amod", "compound") and c.i < t.i and c.ent_type_ in ("NORP", "GPE", "ORG"):
                    return c, False
        stray = _stray_subject(t) or time_spender(t)
        if stray is not None:
            return stray, False
        if t.head.i == t.i or not (sent.start <= t.head.i < sent.end):
            return None, False
        infinitive = has_infinitive_to(t)
        if t.dep_ in ("acl", "relcl") and infinitive:
            if t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i:
                return t.head, False  # a headline's "South Korean foreign minister to visit Japan"
            # "converged for a rally to protest": whoever holds the rally protests
            via, prev, t = t.dep_, t, t.head
            continue
        if t.dep_ == "acl" and lemma(t.head) in DOCUMENTS | MEASURES:
            # "the EU issued a statement condemning Turkey": a text condemns in its author's name
            author = author_of(t.head, sent) if lemma(t.head) in DOCUMENTS else adopter_of(t.head, sent)
            if author is not None:
                return author, False
        verbless = t.head.dep_ == "ROOT" and not any(c.dep_ == "agent" for c in kids(t))
        if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN", "NUM") and (
                t.tag_ in ("VBD", "VBZ", "VBP") or has_object(t) or verbless):
            # ... or a "sentence" whose only verb hangs on its subject: "Thousands of farmers, angry
            # over imports, protested outside ..." parsed as a noun phrase
            return t.head, False  # "groups donated" misparsed as a reduced relative; "X, which attacked"
        # "... by meeting for the first time", "... before flying to Latvia", "joined France in
        # condemning Russia", "succeeded in persuading": the main clause's subject does the gerund's act
        means = t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in GERUND_PREPS and (
            t.head.lower_ != "in" or _active_clause(t.head.head))
        if t.dep_ in ("xcomp", "acomp", "conj", "amod", "dobj", "attr", "pobj", "prep", "advcl", "acl",
                      "oprd", "compound") or means:
            if t.dep_ == "advcl" and not has_infinitive_to(t) \
                    and t.tag_ != "VBG":
                return None, False
            via, prev, t = t.dep_, t, t.head
            continue
        return None, False
    return None, False
