"""Parsing a sentence part again, where the small model's first parse of it is unusable.

Each repair parses the text again at the same character offsets (leading spaces, or blanks of the same
length), or lays a new parse back on the sentence's own tokens, so every event's evidence still points at
the text it claims:
- a part cut off at the headline/body boundary or at a joined "and" clause is parsed on its own;
- a sentence-initial participle the model tags as a name is parsed with its first letter lowered
  (clauses28);
- a verb the model reads as an adjective after a set-off appositive is found with the appositive blanked
  (lead29);
- parse30, with the phrase cut out of the text and the new tree laid back on the old tokens
  (`parse_without`): a verb the model reads as a modifier after a time phrase between it and its subject
  ("Nigeria's military government on Friday executed ..."), a subject swallowed by a fronted phrase
  ("Seeking to restore ousted President Aristide, the United States on Thursday sent ..."), a hyphenated
  verb split into a noun and a modifier ("China test-fired missiles ...", parsed with the hyphen out);
- parse30, with no second parse (`retree`): a guest read as the object of "visiting" ("Obuchi and
  visiting South Korean President Kim Dae-jung signed"), a past-tense verb hung on an infinitive;
- lead31, with no second parse: a post-nominal adjective read as the predicate ("Somali gunmen loyal to
  warlord Aideed ambushed ...", the verb hung on "loyal" as an adverbial clause); the act of "X became the
  first country to recognise Y", hung on "country", is X's; "British officials and leaders of Sinn Fein",
  the of-phrase hung on the first conjunct, names the second's body; "ordered a halt to the bombing", the
  to-phrase hung on the verb, says what is halted; "The Philippine government and Moslem rebels signed",
  read as "[government and Moslem] rebels", is two parties;
- lead31, with the clause cut out (`_clause_cut`): a participle clause set off after the opening phrase that
  the model runs into the verb ("Libyan leader Moammar Gadhafi, appearing on television ... since the raids
  that killed his adopted daughter, denounced ...");
- parse31: two titled names joined by "and" before the verb, parsed once without each name and laid back
  as conjuncts (`_joint_names_parsed`); a subject before a time aside, and a participle hung on a reduced
  relative, with no second parse;
- parse32: a past participle set off after the opening phrase, also a pair ("Armenia and Azerbaijan, locked
  in a six-year war ..., agreed ..."), cut out as lead31's "-ing" clause is (`_clause_cut`); a subject
  swallowed by a fronted "Despite appeals from X," (`_subject_in_fronted`); with no second parse, a
  simple-past verb the model coordinates with a perfect-tense relative clause inside the main verb's object,
  hung back on the main verb (`_past_on_perfect_relative`);
- parse33, with no second parse: the speaker's second act after a that-clause that cannot hold it ("told
  reporters that X would never agree and called on Russia to ...") hung on the telling verb
  (`_conj_of_reporting_verb`); a set-off accusing participle hung on the subject made the verb's adverbial
  clause (`_accusing_set_off`, also after lead31's cut); "mounting" read as a gerund before "pressure";
  "ministers meeting in Cairo" read as a meeting, in a preposition's object;
- parse34, with no second parse: the middle verb of a list of three read as a participle ("surrounded the
  campus, sealed off the gate and arrested 40 students") laid back as a conjunct of the first; a passive's
  late by-agent taken by a participle that has one already ("were shelled with mortars supplied by Iran by
  Iraqi troops") or by a clause set off before it ("was stormed, hours after the talks collapsed, by
  students") hung back on the passive verb; an opening time clause made the root ("A day after a bomb
  killed 21 people, Israel sealed off the West Bank", the main verb hung on the clause's object) laid under
  the main verb; the object of a phrasal verb hung on its particle ("sealed off the West Bank", "Bank" the
  object of "off") hung on the verb, alone or beside another repair;
- parse35, with no second parse: a name's lower-case particle read as the verb ("Hans van den Broek on
  Friday accused ...", particle_verbs.py); two clauses joined by a semicolon or dash, the first hung on the
  second (semicolon_joins.py); a that-clause hung on "in a statement" (statement_clause.py).
- targets36, with no second parse: a judging verb's object shifted past its "as" adjective ("dismissed as
  baseless American charges that ...") laid back as the object (judged_as_shift.py); a speaker's act in
  words joined with no subject to the clause a denial denies ("denied that it was sheltering rebels and
  accused Turkey of ...") hung on "denied" (`_conj_of_reporting_verb`).
- lead37/38, with no second parse: a group's name read as a second subject after its descriptor
  (descriptor_names.py); a nationality read as a party before "and" and another nationality's noun
  ("Kyrgyz and Tajik border guards", shared_nationality.py).
- lead42, with no second parse: an outlet's kind noun read as an adverb before its name ("closed the
  reformist daily Neshat") laid back as the phrase's head (outlet_names.py).
A repair keeps the new parse only where it gives what the first one lacked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.symbols import VERB

from ..nlp.name_particles import NAME_PARTICLES
from .attribution_subject import object_as_attribution_subject
from .descriptor_names import DESCRIPTORS, name_after_descriptor
from .headline_passives import headline_passive_moves
from .judged_as_shift import object_after_as
from .modifier_verbs import REPORTING_ROOTS, verb_after_subject, verb_after_time
from .object_control import infinitive_on_causer
from .outlet_names import OUTLET_KINDS, outlet_as_head
from .paired_states import states_as_modifiers
from .parse import Move, doc_arrays, kids, span_text, tokens_with_pos
from .particle_verbs import particle_as_verb
from .semicolon_joins import first_clause_on_second
from .shared_nationality import nationalities_sharing_noun
from .statement_clause import clause_on_speaking_verb


def parsed_again(part: Any, *, alone: bool) -> Any:
    """The part itself, or its repaired parse: `alone` when it was cut out of a longer sentence."""
    if alone:
        return _nationalities_joined(_reparse(part))
    if participle_as_name(part):
        return _participle_reparsed(part)
    if _verbless_after_appositive(part):
        return _appositive_blanked(part)
    clause = _participle_set_off(part)
    if clause is not None:
        again = _clause_cut(part, *clause)
        if again is not None:
            accusing = _accusing_set_off(again)
            return (retree(again, accusing) or again) if accusing else again
    text = span_text(part).lower()  # each repair below is tried only where its words are in the text (cheap)
    timed = _TIME_WORDS.search(text) is not None
    lost = _verb_lost_after_time(part) if timed else None
    if lost is not None:
        again = _time_cut(part, *lost)
        if again is not part:
            return again
    # (leads41: no second parse)
    laid = _modifier_verb(part) if timed or _verbless(part) else None
    if laid is not None or lost is not None:
        return laid or part
    fronted = _subject_in_fronted(part)
    if fronted is not None:
        return _fronted_cut(part, *fronted)
    split = _split_hyphen_verb(part) if "-" in text else None
    if split is not None:
        return _hyphen_joined(part, split)
    pair = _joint_names_broken(part) if " and " in text and _TITLE_WORDS.search(text) else None
    if pair is not None:
        return _joint_names_parsed(part, *pair)
    moves = _particle_as_verb(part) or \
        (_headline_verb_pair(part) if ", " in text and part.root.tag_ == "VBZ" else {}) or \
        (_semicolon_join(part) if ";" in text or "--" in text or "\u2014" in text else {}) or \
        (_statement_clause(part) if " in a" in text and " that " in text else {}) or \
        (_visiting_conjunct(part) if "visiting" in text else {}) or \
        (_past_on_infinitive(part) if " to " in text and (" and " in text or " but " in text) else {}) or \
        (_past_on_perfect_relative(part) if " and " in text and (" had " in text or " has " in text
                                                                  or " have " in text) else {}) or \
        (_adjective_as_predicate(part) if " loyal " in text or part.root.pos_ == "ADJ" else {}) or \
        (_first_to_act(part) if " first " in text or " only " in text else {}) or \
        (_of_phrase_on_first_conjunct(part) if " and " in text and " of " in text else {}) or \
        (_halt_to_on_verb(part) if " halt to " in text or " end to " in text else {}) or \
        (_joined_as_modifier(part) if " and " in text else {}) or \
        (_conj_of_reporting_verb(part) if " and " in text and " that " in text else {}) or \
        (_swelling_as_modifier(part) if " mounting " in text or " growing " in text
                                         or " increasing " in text else {}) or \
        (_people_meeting_as_noun(part) if " meeting in " in text or " meeting at " in text else {}) or \
        (_accusing_set_off(part) or _accusing_on_inner_clause(part)
         if ", accusing " in text or ", charging " in text or ", blaming " in text else {}) or \
        (_participle_on_reduced_relative(part) if "ing " in text and " and " in text else {}) or \
        (_subject_with_participle(part) if "ing " in text else {}) or \
        (_past_on_reduced_relative(part) if "ed " in text and " and " in text else {}) or \
        (_past_on_subjunctive(part) if " that " in text and " and " in text else {}) or \
        (_subject_in_time_aside(part) if " after " in text or " before " in text else {}) or \
        (_listed_verb_as_participle(part) if ", " in text and " and " in text else {}) or \
        (_late_agent_on_passive(part) if ", by " in text or text.count(" by ") > 1 else {}) or \
        (_attribution_subject(part) if " said" in text or " reported" in text else {}) or \
        (_opening_clause_as_root(part) if _OPENING_TIME.match(text) else {}) or \
        (_main_clause_under_mark(part) if _TRAILING_MARK_WORDS.search(text) else {}) or \
        (_infinitive_on_causer(part) if " to " in text and _CAUSED.search(text) else {})
    if not moves and " as " in text:
        moves = object_after_as(part, _indices_with(part, _AS))  # (targets36)
    if " off " in text or " up " in text or " down " in text or " out " in text:
        moves = {**_object_on_particle(part), **moves}  # a tree move that goes with any repair above
    if " daily " in text or " weekly " in text:
        moves = {**outlet_as_head(part, _indices_with(part, OUTLET_KINDS)), **moves}  # (lead42, likewise)
    described = _indices_with(part, DESCRIPTORS)
    if described:
        moves = {**name_after_descriptor(part, described), **moves}  # (lead37, likewise)
    if " and " in text:
        moves = {**nationalities_sharing_noun(part, _indices_with(part, _AND)), **moves}  # (lead38, likewise)
        if _STATE_WORDS.search(text):
            moves = {**states_as_modifiers(part, _indices_with(part, _AND)), **moves}  # (leads40, likewise)
    if moves:
        return retree(part, moves) or part
    return part


@lru_cache(maxsize=32)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    """The words' string hashes, as `Token.lower` holds them (the same in every vocabulary)."""
    return frozenset(hash_string(w) for w in words)


def _indices_with(part: Any, words: frozenset[str]) -> list[int]:
    """The indices, in order, of the part's tokens whose lower-case form is one of `words`, read from the
    Doc's arrays: the repairs below look for a few words in each sentence; a walk makes a Token a word."""
    wanted = _hashes(words)
    lower = doc_arrays(part.doc).lower
    if wanted.isdisjoint(lower[part.start:part.end]):
        return []  # (most sentences hold none of the words: one set test instead of a loop a word)
    return [i for i in range(part.start, part.end) if lower[i] in wanted]


_AND = frozenset({"and"})
_NAME_PARTICLES = frozenset(NAME_PARTICLES)
_JOINS = frozenset({";", "--", "\u2014"})
_THAT = frozenset({"that"})
_HYPHEN = frozenset({"-"})
_VISITING = frozenset({"visiting"})
_COMMA = frozenset({","})
_BY = frozenset({"by"})
_AS = frozenset({"as"})
_SAID = frozenset({"said", "reported"})
_TO = frozenset({"to"})
# the inflected forms of the causing verbs, a cheap gate on the text (object_control.py)
_CAUSED = re.compile(r"\b(?:led|forced|prompted|persuaded|compelled|caused|induced|spurred|obliged|pressured|"
                     r"pressurised|pressurized)\b")


# "sick and wounded prisoners" read as a second verb (paired_states.py)
_STATE_WORDS = re.compile(r" and (?:wounded|injured|maimed|disabled|elderly|dead|sick|ill) ")
_TIME_WORDS = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                         r"tonight)\b")


def headline_read(part: Any) -> Any:
    """A headline part, its passive with the "was" left out read as one (headline_passives.py)."""
    moves = headline_passive_moves(part)
    return (retree(part, moves) or part) if moves else part


def _nationalities_joined(part: Any) -> Any:
    """A part parsed alone, with "Kyrgyz and Tajik guards" laid as one noun (shared_nationality.py)."""
    moves = nationalities_sharing_noun(part, _indices_with(part, _AND))
    return (retree(part, moves) or part) if moves else part


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
    # (the subject test first: an opening name read as the subject, most of them, needs no appositive walk)
    if name is None or name.dep_ in ("nsubj", "nsubjpass"):
        return False
    span = _set_off_appositive(name)
    if span is None:
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


def _participle_set_off(part: Any) -> tuple[Any, tuple[int, int]] | None:
    """ "Libyan leader Moammar Gadhafi, appearing on television for the first time since the raids that
    killed his adopted daughter, denounced the United States": a participle clause set off by commas after
    the opening phrase, which the model runs into the verb after it ("the raids ... denounced"), leaving the
    subject with no verb of its own. The phrase's head and the character span, commas included, of the
    clause: from the comma after the phrase to the comma before the first finite verb that follows one
    (lead31)."""
    doc = part.doc
    # (the candidates from the Doc's arrays, each tested as the walk did: a walk makes a Token a word)
    comma = next((t for t in map(doc.__getitem__, _indices_with(part, _COMMA)) if t.text == ","), None)
    if comma is None or comma.i == part.start or comma.i + 1 >= part.end or \
            doc[comma.i + 1].tag_ not in ("VBG", "VBN", "VBD"):
        return None  # (most sentences stop here, before any walk of the tree)
    participle = doc[comma.i + 1]
    head = doc[comma.i - 1]  # the head noun of the opening phrase, right before its first comma
    if participle.tag_ != "VBG":
        # parse32: a past participle set off the same way ("Armenia and Azerbaijan, locked in a six-year
        # war ..., agreed"), which the model reads as the opening phrase's own verb; the phrase may be
        # a pair, so its head is the top of the words before the comma
        tops = [t for t in doc[part.start:comma.i] if not part.start <= t.head.i < comma.i or t.head.i == t.i]
        if len(tops) != 1 or not participle.lower_.endswith("ed") or \
                any(c.dep_ in ("aux", "auxpass") for c in kids(participle)):
            return None
        head = tops[0]
    elif any(t.i != head.i and head not in t.ancestors for t in doc[part.start:head.i]):
        return None
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") and head.head.tag_ != "VBG" \
            and head.head.i != participle.i:
        return None  # (the first parse already gives the phrase a verb, not the participle's)
    # (the verb may be tagged a past participle: "U.S. warplanes, flying from bases ..., bombed")
    verb = next((t for t in doc[comma.i + 2:part.end]
                 if t.tag_ in FINITE | {"VBN"} and doc[t.i - 1].text == ","), None)
    if verb is None or (participle.tag_ != "VBG" and (verb.tag_ != "VBD" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)))):
        return None
    return head, (comma.idx, doc[verb.i - 1].idx + 1)


def _clause_cut(part: Any, head: Any, span: tuple[int, int]) -> Any | None:
    """The part parsed with the clause at `span` cut out and the new tree laid back on its own tokens
    (`parse_without`; the clause hangs on the phrase it follows), kept only where `head` then is the
    subject of a verb. (Blanking the clause would leave its words inside the subject's span.)"""
    cut = (span[0] - part.start_char, span[1] - part.start_char)
    comma = next(t.i for t in part if t.idx == span[0])
    again = parse_without(part, [cut], {comma: ("punct", head.i)})
    subject = again[head.i - part.start] if again is not None else None
    if subject is not None and subject.dep_ in ("nsubj", "nsubjpass") and \
            subject.head.pos_ in ("VERB", "AUX"):
        return again
    return None


def joined_clauses(part: Any) -> list[Any]:
    """Two clauses joined by "and", each with its own subject, that the small model parses as one:
    "Armenian forces shelled Azerbaijani villages and Azerbaijan appealed to the United Nations", "Iraq
    fired missiles at Israel and the Israeli government vowed to retaliate" (the second subject made a
    conjunct of the first clause's object, its verb a complement of the first verb). Cut at the "and"
    and parsed apart, each clause keeps its own parties (clauses28). Only under the sentence's root verb
    and for an active second verb: "it will be regarded as a provocation and a declaration of war and an
    attack will be launched" (a KCNA warning) stays one sentence."""
    for at in _indices_with(part, _AND):  # (the "and" tokens alone)
        cc = part.doc[at]
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


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# where a time phrase may start before a misread verb (modifier_verbs.py)
_ON_WEEKDAYS = frozenset({"on"}) | WEEKDAYS
# words that end a time phrase after its weekday ("on Friday night")
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_BARE_TIMES = frozenset({"today", "yesterday", "tonight"})
_TIME_BEFORE = WEEKDAYS | _DAY_PARTS | _BARE_TIMES  # the word right before a verb a time phrase precedes


def _time_phrase_before(verb: Any, part: Any) -> tuple[int, int] | None:
    """The token span (first, end) of a time phrase right before `verb`: "on Friday", "on Friday
    night", "today", "yesterday", a bare weekday."""
    end = verb.i
    i = end - 1
    if i > part.start and part.doc[i].lower_ in _DAY_PARTS:
        i -= 1
    if i <= part.start:
        return None
    word = part.doc[i]
    if word.lower_ in _BARE_TIMES and i == end - 1:
        return i, end
    if word.lower_ not in WEEKDAYS:
        return None
    if part.doc[i - 1].lower_ == "on" and i - 1 > part.start:
        i -= 1
    return i, end


def _verb_lost_after_time(part: Any) -> tuple[int, int, int] | None:
    """(time phrase first token, its end, the verb) where a past-tense verb follows a time phrase that
    follows its subject's noun, and the model has made the verb a modifier (no subject of its own):
    "A Beijing court on Wednesday sentenced veteran dissident Xu Wenli", "Nigeria's military government on
    Friday executed writer Ken Saro-Wiwa" (the verb an adjective of its object, the subject the root)."""
    # only a word right after a time word can have a time phrase before it (`_time_phrase_before`)
    after_time = [i + 1 for i in _indices_with(part, _TIME_BEFORE) if i + 1 < part.end]
    for verb in (part.doc[i] for i in after_time):
        if verb.tag_ not in ("VBD", "VBN") or not verb.is_lower:
            continue
        if verb.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
            continue
        if verb.dep_ not in ("amod", "compound", "acl", "npadvmod", "nmod"):
            continue
        span = _time_phrase_before(verb, part)
        if span is None:
            continue
        before = part.doc[span[0] - 1]
        if before.pos_ not in ("NOUN", "PROPN"):
            continue
        if before.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in kids(before.head)):
            continue  # "expelled two diplomats on Friday": the noun is the object of a whole clause
        return span[0], span[1], verb.i
    return None


def _time_cut(part: Any, first: int, end: int, verb_i: int) -> Any:
    """The sentence parsed again with the time phrase cut out, its tree laid back on the sentence's own
    tokens (`parse_without`, so every offset holds), kept where the verb then has a subject of its own;
    where the subject had hung on a fronted phrase, the fronted phrase up to its comma is cut too
    (parse30). Blanking with spaces is not enough here: the model reads the run of spaces as a word."""
    doc = part.doc
    verb_at = doc[verb_i].idx
    cut = (doc[first].idx - part.start_char, verb_at - part.start_char)
    again = parse_without(part, [cut], {first: ("prep", verb_i)})
    if again is not None and _has_subject(again, verb_at):
        return again
    comma = _fronted_comma(part, first)
    if comma is not None:
        front = (0, doc[comma + 1].idx - part.start_char)
        again = parse_without(part, [front, cut], {first: ("prep", verb_i), part.start: ("prep", verb_i)})
        if again is not None and _has_subject(again, verb_at):
            return again
    return part


def parse_without(part: Any, cuts: list[tuple[int, int]], hangs: dict[int, tuple[str, int]]) -> Any | None:
    """`part` parsed with the character ranges `cuts` (relative to its text) taken out, the new tree laid
    back on the part's own tokens: a token left whole takes the new parse's tag, head, label, lemma and
    entity; a token cut out keeps its first parse's tag and lemma and hangs, run by run, on the token
    `hangs` names for the run's first token (label, head token), the run's other tokens on that first one.
    None where the new tokens do not line up with the old."""
    from ..nlp.model import load_model

    nlp = load_model()
    text, base = part.text, part.start_char
    kept: list[tuple[int, int]] = []  # (start in the part's text, start in the edited text)
    pieces, pos, shift = [], 0, 0
    for a, b in sorted(cuts):
        pieces.append(text[pos:a])
        kept.append((pos, pos - shift))
        shift += b - a
        pos = b
    pieces.append(text[pos:])
    kept.append((pos, pos - shift))
    edited = nlp("".join(pieces))

    def moved(offset: int) -> int | None:
        if any(a <= offset < b for a, b in cuts):
            return None
        start, new = max(((k, n) for k, n in kept if k <= offset), default=(0, 0))
        return offset - start + new

    at_edit = {t.idx: t for t in edited}
    old = list(part)
    doc = part.doc
    mapped: dict[int, Any] = {}
    for tok in old:
        where = moved(tok.idx - base)
        if where is None:
            continue
        new = at_edit.get(where)
        if new is None or len(new) != len(tok):
            return None
        mapped[tok.i] = new
    back = {new.i: i for i, new in mapped.items()}
    if len(back) != len(edited) - sum(1 for t in edited if t.is_space):
        return None
    lead = 1 if part.start_char else 0
    offset = part.start - lead  # old token i sits at i - offset in the new Doc
    heads, deps, tags, poses, lemmas, ents = [], [], [], [], [], []
    run_head: int | None = None
    run: set[int] = set()
    label, hang = "dep", 0
    for tok in old:
        new = mapped.get(tok.i)
        if new is not None:
            run_head = None
            head = back.get(new.head.i, tok.i)
            heads.append(head - offset)
            deps.append(new.dep_)
            tags.append(new.tag_)
            poses.append(new.pos_)
            lemmas.append(new.lemma_)
            ents.append(f"{new.ent_iob_}-{new.ent_type_}" if new.ent_type_ else "O")
            continue
        if run_head is None:
            run = _cut_run(tok, mapped)
            label, hang = hangs[tok.i]
            # the run's top: its first word whose head lies outside it (the other such words hang on it)
            run_head = min(i for i in run if doc[i].head.i not in run or doc[i].head.i == i)
        if tok.head.i in run and tok.head.i != tok.i:
            heads.append(tok.head.i - offset)  # inside the cut phrase, its first tree holds
            deps.append(tok.dep_)
        elif tok.i == run_head:
            heads.append(hang - offset)
            deps.append(label)
        else:  # "on Friday": the run's other words hang on its top
            heads.append(run_head - offset)
            deps.append("pobj" if tok.pos_ in ("PROPN", "NOUN", "NUM") else "dep")
        tags.append(tok.tag_)
        poses.append(tok.pos_)
        lemmas.append(tok.lemma_)
        ents.append("O")
    return _laid_doc(part, heads, deps, tags, poses, lemmas, ents)


def _cut_run(tok: Any, mapped: dict[int, Any]) -> set[int]:
    """The token indices of the run of cut-out tokens that starts at `tok`."""
    run, i = set(), tok.i
    while i < len(tok.doc) and i not in mapped:
        run.add(i)
        i += 1
    return run


def _has_subject(doc: Any, at: int) -> bool:
    verb = next((t for t in doc if t.idx == at), None)
    return verb is not None and verb.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in kids(verb))


_FRONTING = frozenset({"ADP", "VERB", "SCONJ"})


def _fronted_comma(part: Any, before: int) -> int | None:
    """The comma closing a fronted phrase ("In a move seen as ...,", "Seeking to restore ...,", "Angered
    by ...,") that opens the sentence, the last comma before token `before`; None where the sentence opens
    with its subject."""
    if part[0].pos_ not in _FRONTING or part[0].tag_ not in ("IN", "VBG", "VBN"):
        return None
    commas = [t.i for t in part if t.text == "," and t.i < before]
    return commas[-1] if commas else None


def _subject_in_fronted(part: Any) -> tuple[int, int, tuple[int, int] | None] | None:
    """(comma, verb, time phrase or None) where a fronted participle or prepositional phrase ("Seeking to
    restore ousted President Aristide, the United States on Thursday sent six warships ...") swallowed the
    main clause's subject (an apposition or conjunct of its last noun), leaving the finite verb with none."""
    if part[0].tag_ not in ("VBG", "VBN", "IN") or part[0].pos_ not in _FRONTING:
        return None
    for verb in tokens_with_pos(part, VERB):
        if verb.tag_ != "VBD" or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp"):
            continue
        subjects = [c.i for c in kids(verb)
                    if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < verb.i and c.i != part.start]
        if subjects and part[0].tag_ != "IN":
            return None
        time = _time_phrase_before(verb, part)
        stop = time[0] if time is not None else verb.i
        comma = next((t.i for t in reversed(part.doc[part.start:stop]) if t.text == ","), None)
        first = next((t.i for t in part if t.text == ","), None)
        if comma is None or comma == stop - 1 or any(first is None or i > first for i in subjects):
            return None  # (parse32: a subject inside a fronted "Despite appeals from X," is swallowed too)
        words = part.doc[comma + 1:stop]
        if len(words) > 8 or not any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")
                                     for t in words):
            return None
        if not any(t.dep_ in ("appos", "conj", "npadvmod") and t.head.i < comma for t in words):
            return None
        return comma, verb.i, time
    return None


def _fronted_cut(part: Any, comma: int, verb_i: int, time: tuple[int, int] | None) -> Any:
    """The sentence parsed again without its fronted phrase (and the time phrase before the verb), the
    tree laid back on its own tokens; the fronted phrase hangs on the verb. Kept where the verb then has a
    subject of its own (parse30)."""
    doc = part.doc
    verb_at = doc[verb_i].idx
    cuts = [(0, doc[comma + 1].idx - part.start_char)]
    hangs = {part.start: ("advcl" if part[0].tag_ in ("VBG", "VBN") else "prep", verb_i)}
    if time is not None:
        cuts.append((doc[time[0]].idx - part.start_char, verb_at - part.start_char))
        hangs[time[0]] = ("prep", verb_i)
    again = parse_without(part, cuts, hangs)
    return again if again is not None and _has_subject(again, verb_at) else part


_TITLE_NOUNS = frozenset({"leader", "chairman", "president", "minister", "premier", "king", "prince",
                          "chief", "commander", "secretary", "counterpart", "envoy", "head"})
_TITLE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_TITLE_NOUNS)) + r")\b")


def _joint_names_broken(part: Any) -> tuple[int, int, int] | None:
    """(the "and", the end of the second name, the verb) where two titled names joined by "and" open the
    sentence as the verb's subject and the small model has not read them as one subject and its conjunct:
    "Sierra Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh on Wednesday signed ..."
    (the first title made a compound of the second name, the first name an apposition), "Zairean President
    Mobutu Sese Seko and rebel leader Laurent Kabila met ..." (the first name a modifier of the second).
    Both sides must hold a name and the second a title or a name only, with no comma, verb or second
    "and" before the verb."""
    doc = part.doc
    ands = [t for t in part if t.lower_ == "and"]
    if not ands or ands[0].i - part.start < 2:
        return None
    cc = ands[0]
    verb = next((t for t in doc[cc.i + 1:part.end] if t.tag_ in FINITE or t.tag_ == "MD"), None)
    if verb is None or verb.tag_ == "MD" or verb.pos_ != "VERB" or not verb.is_lower:
        return None
    time = _time_phrase_before(verb, part)
    end = time[0] if time is not None else verb.i
    left, right = doc[part.start:cc.i], doc[cc.i + 1:end]
    if not 1 <= len(right) <= 7 or any(t.text in (",", "(", '"', ";", ":") or (t.lower_ in ("and", "the")
                                        and t.i != cc.i) for t in doc[part.start:end]):
        return None
    if right[-1].pos_ != "PROPN" or sum(t.pos_ == "PROPN" for t in left) < 2 \
            or not left[-1].text[:1].isupper() or not part[0].text[:1].isupper():
        return None
    if not any(t.lower_ in _TITLE_NOUNS for t in doc[part.start:end]):
        return None
    subject = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < cc.i), None)
    if subject is not None and any(c.dep_ == "conj" and c.i > cc.i for c in kids(subject)):
        return None  # the first parse holds the pair
    return cc.i, end, verb.i


def _joint_names_parsed(part: Any, cc_i: int, end: int, verb_i: int) -> Any:
    """The sentence parsed twice, once without the second name and once without the first, each name's
    own tree taken from the parse it kept whole as the verb's subject; the second name is laid back as the
    first's conjunct, the "and" as its cc, the rest of the sentence as the first of the two parses has it
    (twenty-ninth session). Kept only where each parse makes its name the verb's subject."""
    doc = part.doc
    base = part.start_char
    cc = doc[cc_i]
    without_second = parse_without(part, [(cc.idx - 1 - base, doc[end].idx - 1 - base)],
                                   {cc_i: ("cc", verb_i)})
    without_first = parse_without(part, [(0, doc[cc_i + 1].idx - base)], {part.start: ("dep", verb_i)})
    if without_second is None or without_first is None:
        return part
    k_verb = verb_i - part.start
    verb_new = without_second[k_verb].i
    lead = 1 if part.start_char else 0
    left = range(part.start, cc_i)

    def old(j: int) -> int:  # a laid Doc's token index as the sentence's own
        return j - lead + part.start

    tops = [t for t in without_second[:cc_i - part.start] if old(t.head.i) not in left or t.head.i == t.i]
    first_head = next((t for t in reversed(tops) if t.dep_ in ("nsubj", "nsubjpass")
                       and t.head.i == verb_new), None)
    second_head = next((t for t in without_first[cc_i + 1 - part.start:end - part.start]
                        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == without_first[k_verb].i), None)
    if first_head is None or second_head is None:
        return part
    heads, deps, tags, poses, lemmas, ents = [], [], [], [], [], []
    for k, tok in enumerate(without_second):  # both laid Docs index their tokens as the new one will
        i = part.start + k
        source = without_first[k] if cc_i < i < end else tok
        head, dep, tag, pos = source.head.i, source.dep_, source.tag_, source.pos_
        if source.i == second_head.i:
            head, dep = first_head.i, "conj"
        elif i == cc_i:
            head, dep = first_head.i, "cc"
        elif i in left and source.i != first_head.i:
            if source in tops or dep in ("nsubj", "nsubjpass"):  # a second top ("Ahmad" beside "Kabbah")
                head, dep = first_head.i, "compound"
            if pos in ("VERB", "AUX"):  # "Jose Eduardo dos Santos": "dos" is no verb
                tag, pos = "NNP", "PROPN"
        elif i not in left and cc_i != i and not cc_i < i < end and \
                old(head) in left:
            head = verb_new  # hung on a word of the first name the model took for a verb
            if i == verb_i:
                head, dep = verb_new, "ROOT"
        heads.append(head)
        deps.append(dep)
        tags.append(tag)
        poses.append(pos)
        lemmas.append(source.lemma_)
        ents.append(f"{source.ent_iob_}-{source.ent_type_}" if source.ent_type_ else "O")
    return _laid_doc(part, heads, deps, tags, poses, lemmas, ents) or part


def _split_hyphen_verb(part: Any) -> int | None:
    """The token of a past-tense verb split off a hyphenated verb the model reads as a modifier, with no
    finite verb left to its subject: "China test-fired missiles into waters off Taiwan" ("test" a noun,
    "fired" an adjective of "missiles", the root)."""
    doc = part.doc
    after_hyphen = [i + 1 for i in _indices_with(part, _HYPHEN) if i + 1 < part.end]
    for tok in (doc[i] for i in after_hyphen):
        if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("amod", "compound", "npadvmod") or \
                tok.i < part.start + 3:
            continue
        hyphen, first = doc[tok.i - 1], doc[tok.i - 2]
        if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha or \
                not first.is_lower:
            continue
        subject = doc[tok.i - 3]
        if subject.pos_ not in ("PROPN", "NOUN") or any(
                t.pos_ == "VERB" and t.tag_ in FINITE and t.i > tok.i and
                any(c.dep_ == "nsubj" for c in kids(t)) for t in part if t.i < tok.i + 4):
            continue
        return tok.i
    return None


def _hyphen_joined(part: Any, verb_i: int) -> Any:
    """The sentence parsed again with the hyphen taken out of the verb ("testfired": the model reads a
    verb), the tree laid back on its own tokens, the first part hung on the verb; kept where the verb then
    has a subject of its own (parse30)."""
    doc = part.doc
    verb = doc[verb_i]
    first = doc[verb_i - 2]
    again = _joined_parse(part, first, verb)
    return again if again is not None and _has_subject(again, verb.idx) else part


def _joined_parse(part: Any, first: Any, verb: Any) -> Any | None:
    """`parse_without` for a hyphenated word: the joined word of the new parse gives its analysis to the
    word's last part, the first part and the hyphen hang on it."""
    from ..nlp.model import load_model

    nlp = load_model()
    base = part.start_char
    at = first.idx - base
    hyphen_at = verb.idx - 1 - base
    edited = nlp(part.text[:hyphen_at] + part.text[hyphen_at + 1:])
    joined = next((t for t in edited if t.idx == at), None)
    if joined is None or len(joined) != len(first) + len(verb) or joined.pos_ != "VERB":
        return None
    old = list(part)
    back: dict[int, int] = {}
    for tok in old:
        if tok.i in (first.i, verb.i - 1):
            continue
        where = tok.idx - base - (1 if tok.idx - base > hyphen_at else 0)
        new = joined if tok.i == verb.i else next((t for t in edited if t.idx == where), None)
        if new is None or (tok.i != verb.i and len(new) != len(tok)):
            return None
        back[new.i] = tok.i
    lead = 1 if base else 0
    offset = part.start - lead
    heads, deps, tags, poses, lemmas, ents = [], [], [], [], [], []
    new_of = {i: n for n, i in back.items()}
    for tok in old:
        if tok.i in new_of:
            new = edited[new_of[tok.i]]
            heads.append(back.get(new.head.i, tok.i) - offset)
            deps.append(new.dep_)
            tags.append(new.tag_)
            poses.append(new.pos_)
            lemmas.append(tok.lemma_ if tok.i == verb.i else new.lemma_)
            ents.append(f"{new.ent_iob_}-{new.ent_type_}" if new.ent_type_ else "O")
        else:
            heads.append(verb.i - offset)
            deps.append("compound" if tok.i == first.i else "punct")
            tags.append(tok.tag_)
            poses.append(tok.pos_)
            lemmas.append(tok.lemma_)
            ents.append("O")
    return _laid_doc(part, heads, deps, tags, poses, lemmas, ents)




def retree(part: Any, moves: dict[int, Move], lemmas: dict[int, str] | None = None) -> Any | None:
    """`part` with the same tokens and analysis but some tokens hung elsewhere (`moves`: token -> new
    head, label, tag, part of speech), as a Doc of its own at the same offsets (parse30): a repair that
    needs no second parse."""

    old = list(part)
    lead = 1 if part.start_char else 0
    offset = part.start - lead
    new_lemmas = lemmas or {}
    heads, deps, tags, poses, words, ents = [], [], [], [], [], []
    for tok in old:
        head, dep, tag, pos = moves.get(tok.i, (tok.head.i, tok.dep_, None, None))
        if not part.start <= head < part.end:
            head, dep = tok.i, "ROOT"
        heads.append(head - offset)
        deps.append(dep)
        tags.append(tag or tok.tag_)
        poses.append(pos or tok.pos_)
        words.append(new_lemmas.get(tok.i, tok.lemma_))
        ents.append(f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_type_ else "O")
    return _laid_doc(part, heads, deps, tags, poses, words, ents)


def _modifier_verb(part: Any) -> Any | None:
    """A lexicon verb read as a modifier or as the object of "on" after a time phrase, laid back as the
    clause's verb where the time phrase's second parse left it misread (modifier_verbs.py, leads41)."""
    at = _indices_with(part, _ON_WEEKDAYS)
    moves, lemmas = verb_after_time(part, at) if at else ({}, {})
    if not moves and _verbless(part):
        moves, lemmas = verb_after_subject(part)
    return retree(part, moves, lemmas) if moves else None


def _verbless(part: Any) -> bool:
    """Whether the part's root is a noun, or a trailing reporting verb ("..., diplomats said") that may hold
    a clause the model read with no verb (modifier_verbs.py)."""
    root = part.root
    return root.pos_ in ("NOUN", "PROPN") or root.lemma_ in REPORTING_ROOTS and root.i > part.start + 3


def _particle_as_verb(part: Any) -> dict[int, Move]:
    """A name's particle read as the verb ("Jose Eduardo dos Santos on Saturday called ...", parse35): the
    name laid back as the real verb's subject (particle_verbs.py)."""
    at = _indices_with(part, _NAME_PARTICLES)
    return particle_as_verb(part, at) if at else {}


def _semicolon_join(part: Any) -> dict[int, Move]:
    """Two clauses joined by ";" or "--", the first hung on the second (parse35): the first made the head,
    the second its conjunct (semicolon_joins.py)."""
    at = _indices_with(part, _JOINS)
    return first_clause_on_second(part, at) if at else {}


def _statement_clause(part: Any) -> dict[int, Move]:
    """A that-clause hung on "in a statement" ("Libya said in a statement carried by JANA that it would
    expel ...", parse35): hung on the speaking verb (statement_clause.py)."""
    at = _indices_with(part, _THAT)
    return clause_on_speaking_verb(part, at) if at else {}


def _infinitive_on_causer(part: Any) -> dict[int, Move]:
    """An infinitive read as the adverbial clause of "led / forced X ... to" (parse38): hung back on the
    verb as its complement, the object's act (object_control.py)."""
    at = _indices_with(part, _TO)
    return infinitive_on_causer(part, at) if at else {}


def _attribution_subject(part: Any) -> dict[int, Move]:
    at = _indices_with(part, _SAID)
    return object_as_attribution_subject(part, at) if at else {}


def _visiting_conjunct(part: Any) -> dict[int, Move]:
    """ "Prime Minister Keizo Obuchi and visiting South Korean President Kim Dae-jung signed ...": the model
    reads "visiting" as a verb coordinated with the first subject and the guest as its object, so the
    second signer is lost. The guest is hung back as the conjunct, "visiting" as its modifier."""
    for tok in (part.doc[i] for i in _indices_with(part, _VISITING)):
        if tok.lower_ != "visiting" or tok.dep_ != "conj" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        guest = next((c for c in kids(tok) if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if guest is None or tok.i + 1 > guest.left_edge.i:
            continue
        return {guest.i: (tok.head.i, "conj", None, None), tok.i: (guest.i, "amod", "JJ", "ADJ")}
    return {}


def _past_on_infinitive(part: Any) -> dict[int, Move]:
    """ "Japan suspended its contribution to a project to build two reactors in North Korea and halted food
    aid to ...": a past-tense verb the model coordinates with an infinitive inside a noun's phrase or a
    purpose clause cannot belong to it; it is hung back on the finite verb above, with its "and"."""
    for tok in tokens_with_pos(part, VERB):
        if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.pos_ != "VERB":
            continue
        inf = tok.head
        bare = _bare_under_infinitive(inf)
        if not bare and (inf.tag_ != "VB" or inf.dep_ not in ("acl", "advcl", "relcl") or
                         not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(inf))):
            continue
        finite = inf.head
        while finite.pos_ != "VERB" and finite.head.i != finite.i:
            finite = finite.head
        while bare and finite.dep_ == "xcomp" and finite.tag_ == "VB":
            finite = finite.head  # "agreed to let inspectors return but refused ...": up to "agreed"
        if finite.tag_ not in FINITE or finite.pos_ != "VERB" or \
                not any(c.dep_ == "nsubj" for c in kids(finite)):
            continue
        moves: dict[int, Move] = {tok.i: (finite.i, "conj", None, None)}
        cc = next((c for c in kids(inf) if c.dep_ == "cc" and c.i < tok.i), None)
        if cc is not None:
            moves[cc.i] = (finite.i, "cc", None, None)
        return moves
    return {}


def _bare_under_infinitive(inf: Any) -> bool:
    """A bare verb an infinitive governs ("agreed to let U.N. inspectors return but refused to hand over
    documents"): a past tense coordinated with it belongs to the finite verb above (leads42)."""
    return inf.tag_ in ("VB", "VBP") and inf.dep_ == "ccomp" and inf.head.tag_ == "VB" \
        and inf.head.dep_ == "xcomp" \
        and not any(c.dep_ == "aux" for c in kids(inf))


_PERFECT = frozenset({"had", "has", "have"})
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})


def _past_on_perfect_relative(part: Any) -> dict[int, Move]:
    """ "North Korea removed the seals that U.N. inspectors had placed on its reactor and ordered the
    inspectors to leave": a simple-past verb the model coordinates with a perfect-tense relative clause
    inside the main verb's object (the relative has its own subject and "had"/"has") cannot belong to it:
    it is the main verb's second act, hung back on it with its "and" (parse32)."""
    for tok in tokens_with_pos(part, VERB):
        if tok.dep_ != "conj" or tok.tag_ != "VBD" or \
                any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids(tok)):
            continue
        rel = tok.head
        if rel.dep_ != "relcl" or rel.tag_ != "VBN" or \
                not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in kids(rel)) or \
                not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_WORDS
                        for c in kids(rel)):
            continue  # ("the men who had robbed the bank and fled": the relative's own second verb)
        finite = rel.head
        while finite.pos_ != "VERB" and finite.head.i != finite.i:
            finite = finite.head
        if finite.tag_ != "VBD" or finite.i > rel.i or \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(finite)):
            continue
        moves: dict[int, Move] = {tok.i: (finite.i, "conj", None, None)}
        cc = next((c for c in kids(rel) if c.dep_ == "cc" and c.i < tok.i), None)
        if cc is not None:
            moves[cc.i] = (finite.i, "cc", None, None)
        return moves
    return {}


def _adjective_as_predicate(part: Any) -> dict[int, Move]:
    """ "Somali gunmen loyal to warlord Mohamed Farah Aideed ambushed a U.N. patrol": with no copula the model
    reads "loyal" as the root ("gunmen [are] loyal") and the real verb as its adverbial clause, so the
    gunmen act in nothing. The verb becomes the root with the noun as its subject, and the adjective
    goes back to modifying the noun; the adjective's words after the verb follow the verb (lead31)."""
    for adj in part:
        if adj.pos_ != "ADJ" or any(c.dep_ in ("cop", "aux", "auxpass") for c in kids(adj)):
            continue
        subj = next((c for c in kids(adj) if c.dep_ == "nsubj" and c.i + 1 == adj.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is None:
            continue
        # (or the complement of a trailing reporting verb: "..., the U.S. military said"; lead35)
        clause = adj.dep_ == "ROOT" or adj.dep_ == "ccomp" and adj.head.i > adj.i
        if clause:
            verb = next((c for c in kids(adj) if c.dep_ == "advcl" and c.i > adj.i and c.tag_ == "VBD"
                         and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in kids(c))), None)
        elif adj.dep_ == "advmod" and adj.head.i > adj.i and adj.head.tag_ == "VBD" and \
                not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(adj.head)):
            verb = adj.head  # ("Croat gunmen loyal to Mate Boban ambushed": "loyal" read as its adverb)
        else:
            verb = None
        if verb is None:
            continue
        if clause:
            place = (verb.i, "ROOT") if adj.dep_ == "ROOT" else (adj.head.i, adj.dep_)
        else:
            place = (verb.head.i, verb.dep_)
        moves: dict[int, Move] = {verb.i: (*place, None, None),
                                  subj.i: (verb.i, "nsubj", None, None), adj.i: (subj.i, "amod", None, None)}
        for c in kids(adj):
            if c.i > verb.i:
                moves[c.i] = (verb.i, c.dep_, None, None)
        return moves
    return {}


def _participle_on_reduced_relative(part: Any) -> dict[int, Move]:
    """ "stormed the residence, freeing 71 hostages held by guerrillas and killing all 14 rebels": the model
    coordinates the second participle with the past participle of a reduced relative inside the first
    participle's object ("held by guerrillas and killing ..."), so the killing is read as the guerrillas'
    and not the storming side's. A present participle cannot join a past participle's relative; it is hung
    back on the participle clause above, with its "and" (twenty-ninth session)."""
    for tok in part:
        if tok.dep_ != "conj" or tok.tag_ != "VBG":
            continue
        rel = tok.head
        if rel.tag_ != "VBN" or rel.dep_ != "acl" or rel.head.dep_ not in ("dobj", "pobj"):
            continue
        above = rel.head.head
        while above.tag_ != "VBG" and above.dep_ in ("prep", "pobj", "dobj", "conj") and \
                above.head.i != above.i:
            above = above.head
        if above.tag_ != "VBG" or above.dep_ not in ("advcl", "conj", "xcomp", "ROOT") or above.i >= rel.i:
            continue
        return _joined_to(tok, above, rel)
    return {}


def _past_on_subjunctive(part: Any) -> dict[int, Move]:
    """ "Iran demanded that Iraq free 30 Iranian pilots captured during the war and called on the United
    Nations to press Baghdad": the model coordinates the lead's second finite verb with the base-form verb
    of the demand's that-clause, which has a subject of its own, so the call is read as part of what was
    demanded. A past tense with no subject, joined by "and" to a that-clause's base form (a mandative
    subjunctive, never past), is hung back on the finite verb the clause completes (leads42)."""
    for tok in part:
        if not _subjectless_past(tok):
            continue
        base = tok.head
        if base.tag_ not in ("VB", "JJ") or base.dep_ != "ccomp" or \
                not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(base)) or \
                not any(c.dep_ == "nsubj" for c in kids(base)):
            continue
        if not _finite_with_subject(base.head, base):
            continue
        return _joined_to(tok, base.head, base)
    return {}


def _past_on_reduced_relative(part: Any) -> dict[int, Move]:
    """ "Greece demanded that Albania free five ethnic Greeks jailed for espionage and called on the European
    Union to freeze its aid": the model coordinates the lead's second finite verb with the past participle
    of a reduced relative on an object ("jailed ... and called"), so the call has no subject of its own and
    is read under the demand. A past tense with an object (or a call "on" a party) and no subject, joined by
    "and" to such a participle, is hung back on the nearest finite verb above, with its "and" (leads42)."""
    for tok in part:
        if not _subjectless_past(tok):
            continue
        rel = tok.head
        if rel.tag_ != "VBN" or rel.dep_ != "acl" or rel.head.dep_ not in ("dobj", "pobj"):
            continue
        above = rel.head.head
        for _ in range(4):
            if above.pos_ == "VERB" and above.tag_ in FINITE or above.head.i == above.i:
                break
            above = above.head
        if not _finite_with_subject(above, rel):
            continue
        return _joined_to(tok, above, rel)
    return {}


def _subjectless_past(tok: Any) -> bool:
    """A past tense joined by "and" with no subject or auxiliary of its own, that acts on something (an
    object, or a call "on" a party): the lead's second finite verb the repairs above look for."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.pos_ != "VERB":
        return False
    own = kids(tok)
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in own) and \
        (any(c.dep_ == "dobj" for c in own) or _called_on(tok))


def _finite_with_subject(verb: Any, first: Any) -> bool:
    """Whether `verb` is a finite verb with a subject of its own, before `first`: the verb a lead's second
    finite verb, misjoined to `first`, belongs with."""
    return verb.pos_ == "VERB" and verb.tag_ in FINITE and verb.i < first.i and \
        any(c.dep_ == "nsubj" for c in kids(verb))


# verbs a headline's second verb may be whose first clause is what they report, not a first act
_REPORTING = frozenset({"say", "tell", "report", "claim", "announce", "insist", "warn", "deny", "confirm",
                        "believe", "think", "fear", "hope", "add", "state", "declare", "urge", "argue"})


def _headline_verb_pair(part: Any) -> dict[int, Move]:
    """ "Iran expels British diplomat, recalls envoy from London": a headline's two present-tense acts
    joined by a comma, read by the model as the first clause reported by the second verb (ccomp of
    "recalls", which has no subject), so neither act had a doer. A present-tense root with no subject whose
    clausal complement before it is itself present-tense with a subject and ends in a comma is laid as
    that clause's conjunct, the shared subject then the doer of both (leads44)."""
    root = part.root
    if root.tag_ != "VBZ" or root.lemma_ in _REPORTING or any(c.dep_ in ("nsubj", "nsubjpass")
                                                              for c in kids(root)):
        return {}
    first = next((c for c in kids(root) if c.dep_ == "ccomp" and c.i < root.i and c.tag_ == "VBZ"), None)
    if first is None or not any(c.dep_ == "nsubj" and c.i < first.i for c in kids(first)) or \
            part.doc[root.i - 1].text != "," or any(c.dep_ == "mark" for c in kids(first)):
        return {}
    return {first.i: (first.i, "ROOT", None, None), root.i: (first.i, "conj", None, None)}


def _subject_with_participle(part: Any) -> dict[int, Move]:
    """ "Taleban forces besieging the northern town of Taloqan shelled the opposition stronghold": the model
    reads the participle as a clausal subject ("besieging" csubj of "shelled") with the forces as ITS
    subject, so the main verb has no subject and its act no doer. A present participle read so, whose own
    subject ends right before it, under a finite verb with no subject of its own and a direct object, is
    hung on that subject as its modifier (acl), and the subject on the finite verb (leads43)."""
    for tok in part:
        if tok.dep_ != "csubj" or tok.tag_ != "VBG":
            continue
        verb = tok.head
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < tok.i or \
                subj.right_edge.i != tok.i - 1 or subj.pos_ not in ("NOUN", "PROPN") or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
            continue
        if not any(c.dep_ == "dobj" for c in kids(verb)):
            # only where the verb's own object is read as one: "riot police wielding batons and firing tear
            # gas broke up a march by ..." has "a march" misread as an adverb, and moving the subject made the
            # police the marchers (lead32's 175 lost in the check of a3d718e6)
            continue
        return {subj.i: (verb.i, "nsubj", None, None), tok.i: (subj.i, "acl", None, None)}
    return {}


def _joined_to(tok: Any, above: Any, first: Any) -> dict[int, Move]:
    """Moves hanging `tok`, and the "and" before it (a child of `first`, the verb it was joined to), on
    `above` as its conjunct."""
    moves: dict[int, Move] = {tok.i: (above.i, "conj", None, None)}
    cc = next((c for c in kids(first) if c.dep_ == "cc" and c.i < tok.i), None)
    if cc is not None:
        moves[cc.i] = (above.i, "cc", None, None)
    return moves


# ordinals that make "X became the first country to do Y" a report that X did Y
_FIRST_WORDS = frozenset({"first", "only", "latest", "last"})


def _first_to_act(part: Any) -> dict[int, Move]:
    """ "Pakistan became the first country to recognise the Taliban": the model hangs the infinitive on
    "country", so its act has no subject; it is hung on "became" as its open complement, whose subject the
    coder already reads as the doer (lead31)."""
    for tok in (part.doc[i] for i in _indices_with(part, _FIRST_WORDS)):
        if tok.dep_ != "amod":
            continue
        noun, verb = tok.head, tok.head.head
        if noun.dep_ != "attr" or verb.lemma_ != "become" or \
                not any(c.dep_ == "nsubj" for c in kids(verb)):
            continue
        act = next((c for c in kids(noun) if c.dep_ in ("relcl", "acl") and c.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))), None)
        if act is not None:
            return {act.i: (verb.i, "xcomp", None, None)}
    return {}


# people of a body ("leaders of Sinn Fein"); not body parts or things ("the hands and feet of dozens")
_MEMBER_NOUNS = frozenset({"leader", "leaders", "member", "members", "representative", "representatives",
                           "official", "officials", "delegate", "delegates", "delegation", "envoy", "envoys",
                           "negotiator", "negotiators", "head", "heads", "chief", "chiefs", "commander",
                           "commanders", "spokesman", "supporters", "fighters", "troops", "forces"})


def _of_phrase_on_first_conjunct(part: Any) -> dict[int, Move]:
    """ "British officials and leaders of Sinn Fein held talks": the model hangs "of Sinn Fein" on
    "officials", across the "and", so the second party is bare "leaders" and the talks have one side.
    An of-phrase after the second conjunct, hung on the first, is hung back on the second (lead31)."""
    for tok in (part.doc[i] for i in _indices_with(part, _MEMBER_NOUNS)):
        if tok.dep_ != "conj" or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ == "prep" for c in kids(tok)):
            continue
        of = next((c for c in kids(tok.head) if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1),
                  None)
        if of is not None:
            return {of.i: (tok.i, "prep", None, None)}
    return {}


_HALT_NOUNS = frozenset({"halt", "end"})


def _halt_to_on_verb(part: Any) -> dict[int, Move]:
    """ "NATO ordered a halt to the bombing of Yugoslavia": the model hangs "to the bombing" on "ordered",
    so the order reads as one to bomb; the to-phrase right after "a halt" or "an end" is the noun's
    (lead31)."""
    for tok in (part.doc[i] for i in _indices_with(part, _HALT_NOUNS)):
        if tok.dep_ == "dobj" and tok.i + 1 < part.end:
            to = tok.doc[tok.i + 1]
            if to.lower_ == "to" and to.dep_ in ("prep", "dative") and to.head.i == tok.head.i:
                return {to.i: (tok.i, "prep", None, None)}
    return {}


_REPORTING = frozenset({"say", "announce", "report", "state", "claim", "charge", "insist", "declare"})
# verbs that report a that-clause to an audience or the press ("told reporters that ...", "assured X that")
_TELLING = _REPORTING | frozenset({"tell", "assure", "inform", "stress", "reaffirm", "reiterate", "write"})
# what a speaker goes on to do in words, after the reported clause ("... and demanded that ...")
_SPEAKERS_ACTS = frozenset({"demand", "call", "urge", "warn", "accuse", "deny", "add", "insist", "appeal",
                            "ask", "threaten", "vow", "pledge", "promise", "reject", "condemn", "criticise",
                            "criticize", "denounce", "blame", "protest"})
# the same, and the speaker's other acts toward a party told in the same breath (parse33)
_SPEAKERS_MORE = _SPEAKERS_ACTS | frozenset({"recall", "propose", "invite", "thank", "praise", "offer",
                                             "refuse", "dismiss", "welcome", "suggest", "request", "urge",
                                             "rule", "challenge", "order", "summon", "renew", "repeat"})
# a reported clause's verb of state or attitude: its subject does not go on to act in the same breath (not
# "regret": a regret voiced is an act its subject goes on from, "regretted the decision and warned that")
_STATIVE = frozenset({"be", "remain", "want", "wish", "hope", "believe", "need", "fear", "know",
                      "expect", "consider", "have", "seem", "appear", "stand"})
_MODALS = frozenset({"would", "will", "must", "could", "should", "can", "might", "may", "shall", "wo", "ca"})


def _reported_holds_no_second_act(clause: Any, verb: Any, second: Any) -> bool:
    """Whether the reported clause (`clause`, the ccomp; `verb` the verb inside it the second verb hangs on)
    cannot be the second verb's own clause: a future, modal, progressive or stative verb ("would never
    accept", "was part of", "remained committed", "was allowing"), a verb of a subordinate clause inside it
    ("while warships remained"), a passive ("had been forced") or a perfect whose subject is no party
    ("sanctions had killed a million Iraqis and accused Washington")."""
    if verb.i != clause.i:
        return True
    aux = [c for c in kids(clause) if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VBG" or any(c.lower_ in _MODALS for c in aux) or clause.lemma_.lower() in _STATIVE \
            or any(c.dep_ == "auxpass" for c in aux):
        return True
    if any(c.lower_ in _PERFECT for c in aux):
        subj = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and \
            any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in kids(second))
    return False


def _conj_of_reporting_verb(part: Any) -> dict[int, Move]:
    """ "The Russian Defence Ministry said on Monday that Georgia was allowing Chechen fighters to shelter
    ... and demanded that Tbilisi hand over rebels": the model hangs the second past-tense verb on the
    reported clause's progressive verb, so the demand reads as Georgia's. A past speech verb with no
    subject of its own joined to a reported progressive is the reporting verb's conjunct (lead32).
    parse33: also after "told reporters/parliament that X would never agree ... and called on Russia to
    withdraw": a second past verb of the speaker's acts (call, urge, accuse, reject, recall, propose,
    invite, thank ...) joined to a reported clause that cannot hold it (`_reported_holds_no_second_act`),
    or to a verb of a subordinate clause inside it, is the telling verb's conjunct."""
    for i in _indices_with(part, _AND):
        cc = part.doc[i]
        verb = cc.head
        clause = verb.head if verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" else verb
        if clause.dep_ != "ccomp":
            continue
        teller = clause.head
        if teller.dep_ == "xcomp" and teller.tag_ == "VBG" and teller.head.lemma_.lower() in _TELLING:
            teller = teller.head  # ("told visiting U.S. Secretary of State Christopher that ...")
        if teller.tag_ != "VBD" or teller.i > clause.i:
            continue
        if clause is verb and verb.tag_ == "VBG" and teller.lemma_.lower() in _REPORTING:
            acts = _SPEAKERS_ACTS  # (lead32: only a progressive; "had lodged a protest and demanded")
        elif clause is verb and teller.lemma_.lower() == "deny":
            # "denied that it was sheltering Kurdish rebels and accused Turkey of ...", "denied that it had
            # trained militants and accused Egypt": a denied clause holds what is denied; a speaker's act in
            # words joined to it with no subject is the denier's (targets36)
            acts = _SPEAKERS_ACTS
        elif teller.lemma_.lower() in _TELLING:
            acts = _SPEAKERS_MORE
        else:
            continue
        passive = any(a.dep_ == "auxpass" for a in kids(verb))  # ("were destroyed and rejected calls")
        second = next((c for c in kids(verb) if c.dep_ == "conj" and c.i > i and c.lemma_.lower() in acts
                       and (c.tag_ == "VBD" or c.tag_ == "VBN" and passive
                            and any(g.dep_ == "dobj" for g in kids(c)))), None)
        if second is None or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids(second)):
            continue
        if acts is _SPEAKERS_MORE and not _reported_holds_no_second_act(clause, verb, second):
            continue
        return {second.i: (teller.i, "conj", "VBD", None), cc.i: (teller.i, "cc", None, None)}
    return {}


# the participles of an accusation a subject makes in the same breath as its main act (parse33)
_ACCUSING = frozenset({"accuse", "accusing", "charge", "charging", "blame", "blaming"})


def _accusing_set_off(part: Any) -> dict[int, Move]:
    """ "Russia, accusing Georgia of harbouring Chechen fighters, on Thursday threatened strikes": the
    model hangs the set-off participle on the subject as its modifier (and lead31's cut of a set-off clause
    lays it back there), so the accusation has no doer. An accusing participle right after the opening
    phrase's comma, inside the subject's phrase, whose verb follows the clause, is the verb's adverbial
    clause, as "..., accusing them of meddling" after the verb is (parse33)."""
    doc = part.doc
    comma = next((t for t in map(doc.__getitem__, _indices_with(part, _COMMA)) if t.text == ","), None)
    if comma is None or comma.i == part.start or comma.i + 1 >= part.end:
        return {}
    participle = doc[comma.i + 1]
    if participle.tag_ != "VBG" or participle.lower_ not in _ACCUSING:
        return {}
    tops = [t for t in doc[part.start:comma.i] if not part.start <= t.head.i < comma.i or t.head.i == t.i]
    if len(tops) != 1 or tops[0].dep_ not in ("nsubj", "nsubjpass") or tops[0].pos_ not in ("NOUN", "PROPN"):
        return {}
    subject, verb = tops[0], tops[0].head
    if verb.pos_ != "VERB" or verb.i < participle.i or participle.head.i != subject.i and \
            subject not in participle.ancestors:
        return {}
    if not any(c.dep_ == "dobj" for c in kids(participle)) and \
            not any(c.dep_ in ("ccomp", "prep") for c in kids(participle)):
        return {}
    return {participle.i: (verb.i, "advcl", None, None)}


# verbs of a charge denied: the denier, not the charge's subject, lays the set-off counter-charge ("NAN
# reports that the three juntas announced their withdrawal, accusing the bloc ..." is the juntas' own)
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "rebut", "brush"})


def _accusing_on_inner_clause(part: Any) -> dict[int, Move]:
    """"Pakistan rejected Indian accusations that it was training Kashmiri militants, accusing New Delhi of
    ...": the model hangs the set-off accusing participle on the verb of the charge's own clause (a noun's
    that-clause, or the clause a verb reports) or on the charge's noun after that clause, so the accusation
    is read as part of the charge denied and dropped under it. A participle after a comma, with an object
    and no subject of its own, hung on such an inner verb, is the main verb's adverbial clause, as "...,
    accusing them of meddling" is (leads42)."""
    doc = part.doc
    for comma in (t for t in map(doc.__getitem__, _indices_with(part, _COMMA)) if t.text == ","):
        if comma.i + 1 >= part.end:
            continue
        participle = doc[comma.i + 1]
        if participle.tag_ != "VBG" or participle.lower_ not in _ACCUSING or \
                participle.dep_ not in ("advcl", "acl"):
            continue
        if not any(c.dep_ == "dobj" for c in kids(participle)) or \
                any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(participle)):
            continue
        inner = participle.head
        if participle.dep_ == "acl":  # hung on the charge's noun itself, after its that-clause
            if inner.dep_ == "dobj" and any(c.dep_ == "acl" and c.i < participle.i for c in kids(inner)):
                main = inner.head
            else:
                continue
        elif inner.dep_ in ("acl", "relcl") and inner.head.dep_ in ("dobj", "nsubjpass"):
            main = inner.head.head
        elif inner.dep_ == "ccomp":
            main = inner.head
        else:
            continue
        if main.pos_ != "VERB" or main.tag_ not in FINITE or main.i > inner.i or \
                main.lemma_.lower() not in _DENYING or \
                not part.start <= main.i < part.end:
            continue
        return {participle.i: (main.i, "advcl", None, None)}
    return {}


_SWELLING = frozenset({"mounting", "growing", "increasing", "intensifying", "rising"})
_PRESSING_NOUNS = frozenset({"pressure", "demands", "calls", "appeals", "criticism", "protests", "threats"})


def _swelling_as_modifier(part: Any) -> dict[int, Move]:
    """ "bowing to mounting U.S. pressure": the model reads "mounting" as a gerund taking "pressure" as its
    object, so "bow to pressure" matches no lexicon row. A "mounting/growing" gerund right after "to",
    "under" or "despite" whose object is a noun of pressing is the noun's modifier (parse33)."""
    doc = part.doc
    for tok in (doc[i] for i in _indices_with(part, _SWELLING)):
        if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in ("to", "under", "despite"):
            continue
        noun = next((c for c in kids(tok) if c.dep_ == "dobj" and c.lower_ in _PRESSING_NOUNS), None)
        if noun is None:
            continue
        return {tok.i: (noun.i, "amod", "JJ", "ADJ"), noun.i: (tok.head.i, "pobj", None, None)}
    return {}


_MEETING = frozenset({"meeting", "gathering", "gathered"})
_GATHERED_PEOPLE = frozenset({"minister", "leader", "official", "delegate", "representative", "envoy",
                              "negotiator", "head", "chief", "commander", "mediator"})


def _people_meeting_as_noun(part: Any) -> dict[int, Move]:
    """ "was demanded on Saturday by Arab League foreign ministers meeting in Cairo": the model reads
    "ministers meeting" as one noun (a meeting), so the agent is the meeting and its place, Cairo, names
    the demander. A "meeting" noun whose compound modifier is a word for people and which has its own
    place phrase is those people, "meeting" a participle on them (parse33)."""
    doc = part.doc
    for tok in (doc[i] for i in _indices_with(part, _MEETING)):
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj":  # (as a subject the first parse reads it right)
            continue
        people = next((c for c in kids(tok) if c.dep_ == "compound" and c.i == tok.i - 1
                       and c.lemma_.lower() in _GATHERED_PEOPLE and c.tag_ == "NNS"), None)
        if people is None or not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in kids(tok)):
            continue
        return {people.i: (tok.head.i, tok.dep_, None, None), tok.i: (people.i, "acl", "VBG", "VERB")}
    return {}


def _joined_as_modifier(part: Any) -> dict[int, Move]:
    """ "The Philippine government and Moslem rebels of the MNLF initialled an agreement": the model reads
    "government and Moslem" as one modifier of "rebels", so the government is no party ("Papua New Guinea's
    government and secessionist rebels" too). The first noun becomes the subject, the second its
    conjunct, the people's word or the adjective the second's modifier (lead31)."""
    for tok in (part.doc[i].head for i in _indices_with(part, _AND)):  # (what each "and" hangs on)
        if tok.dep_ != "nmod" or tok.pos_ != "NOUN" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        second = tok.head
        # the word may stand before the second noun's own modifiers ("Moslem separatist rebels")
        word = next((c for c in kids(tok) if c.dep_ == "conj" and c.i < second.i
                     and all(m.head.i == second.i and m.dep_ in ("amod", "compound")
                             for m in tok.doc[c.i + 1:second.i])
                     and (c.ent_type_ == "NORP" or c.pos_ == "ADJ")), None)
        cc = next((c for c in kids(tok) if c.dep_ == "cc"), None)
        if word is None or cc is None or second.head.pos_ not in ("VERB", "AUX"):
            continue
        return {tok.i: (second.head.i, second.dep_, None, None), second.i: (tok.i, "conj", None, None),
                word.i: (second.i, "amod", None, None), cc.i: (tok.i, "cc", None, None)}
    return {}

_SPANS = frozenset({"minute", "hour", "day", "week", "month", "year", "minutes", "hours", "days", "weeks",
                    "months", "years"})


def _subject_in_time_aside(part: Any) -> dict[int, Move]:
    """ "Japan's government, a day after North Korea fired a rocket over Honshu, on Tuesday lodged a strong
    protest with Pyongyang": the model makes the subject before a set-off time aside ("a day after ...",
    "hours before ...") the subject of the aside's verb, and leaves the main verb after the closing comma
    with none. The subject is hung back on the main verb, the aside's verb on it as an adverbial clause
    (twenty-ninth session)."""
    doc = part.doc
    commas = [i for i in _indices_with(part, _COMMA) if doc[i].text == ","]
    if len(commas) < 2 or commas[0] - part.start > 6:
        return {}
    first, close = commas[0], commas[1]
    words = doc[first + 1:close]
    span = next((t for t in words[:4] if t.lower_ in _SPANS), None)
    if span is None or span.i + 1 >= close or doc[span.i + 1].lower_ not in ("after", "before"):
        return {}
    verb = next((t for t in doc[close + 1:min(close + 5, part.end)] if t.pos_ == "VERB" and t.tag_ in FINITE),
                None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return {}
    inner = next((t for t in words if t.pos_ == "VERB" and (t.head.i == verb.i and t.dep_ in ("ccomp", "conj")
                                                            or t.head.i == t.i and verb.head.i == t.i)), None)
    subject = next((t for t in doc[part.start:first] if t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.i != verb.i and first < t.head.i < close), None)
    if subject is None:
        return {}
    moves: dict[int, Move] = {subject.i: (verb.i, subject.dep_, None, None)}
    if inner is not None:
        moves[inner.i] = (verb.i, "advcl", None, None)
        if inner.head.i == inner.i:  # the aside's verb was made the root: the main verb takes its place
            moves[verb.i] = (verb.i, "ROOT", None, None)
            moves.update({t.i: (verb.i, t.dep_, None, None) for t in part
                          if t.head.i == inner.i and not first <= t.i < close and t.i != verb.i})
    return moves


def _called_on(verb: Any) -> bool:
    """ "..., handed over the remains of 200 soldiers and called on Baghdad to account for ...": a list's
    last verb that asks a party named by its preposition to act takes no object of its own (leads42)."""
    return any(g.dep_ == "xcomp" for g in kids(verb)) and \
        any(g.dep_ == "prep" and g.lower_ in ("on", "upon") for g in kids(verb))


def _listed_verb_as_participle(part: Any) -> dict[int, Move]:
    """ "Kenyan police surrounded the campus on Monday, sealed off the main gate and arrested 40 students":
    the model reads the list's middle verb as a participle clause of the first (advcl, VBN), and the last
    verb hangs on it, so the list has no subject past its first verb. A past participle with an object of
    its own and no auxiliary is no passive: after a comma, with an "and" conjunct of its own, it is the
    list's second past-tense verb; it and its conjunct are hung on the first verb (spaCy's flat list)."""
    for tok in tokens_with_pos(part, VERB):
        head = tok.head
        if tok.tag_ != "VBN" or tok.dep_ != "advcl" or tok.i < head.i + 2 or head.tag_ not in FINITE or \
                head.pos_ != "VERB" or part.doc[tok.i - 1].text != ",":
            continue
        own = kids(tok)
        if not any(c.dep_ == "dobj" for c in own) or \
                any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent", "mark") for c in own):
            continue
        last = next((c for c in own if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
                     and (any(g.dep_ == "dobj" for g in kids(c)) or _called_on(c))
                     and not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for g in kids(c))), None)
        if last is None or not any(c.dep_ == "cc" and c.lower_ == "and" and tok.i < c.i < last.i
                                   for c in own):
            continue
        return {tok.i: (head.i, "conj", "VBD", None), last.i: (head.i, "conj", "VBD", None)}
    return {}


# by-phrases that say how, not who ("by all accounts", "by contrast")
_NO_AGENT = frozenset({"account", "contrast", "comparison", "far", "way", "means", "then", "now", "force",
                       "mistake", "chance", "hand", "phone", "telephone", "letter", "air", "sea", "road"})


def _late_agent_on_passive(part: Any) -> dict[int, Move]:
    """ "Two villages were shelled on Friday with mortars supplied by Iran by Iraqi troops", "The embassy
    was stormed on Sunday, hours after the talks collapsed, by hundreds of students": the passive's agent,
    far from its verb, is hung on a participle that has an agent already or on a clause set off by commas
    before it, so the act has no doer. A by-phrase after a comma, or a participle's second by-phrase, is
    hung back on the nearest passive verb above it that has no agent of its own."""
    for by in (part.doc[i] for i in _indices_with(part, _BY)):
        if by.dep_ not in ("agent", "prep") or by.i == part.start:
            continue
        obj = next((c for c in kids(by) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None or obj.lemma_.lower() in _NO_AGENT or obj.ent_type_ in ("DATE", "TIME"):
            continue
        holder = by.head
        second = by.dep_ == "agent" and any(c.dep_ == "agent" and c.i < by.i for c in kids(holder))
        if not second and part.doc[by.i - 1].text != ",":
            continue
        if holder.i > by.i:  # hung on the trailing attribution's verb ("..., by gunmen loyal to a clan
            # leader, the ICRC said"): the agent of the passive the verb reports, if it has none (parse36)
            told = next((c for c in kids(holder) if c.dep_ == "ccomp" and c.i < by.i and c.pos_ == "VERB"
                         and _agentless_passive(c)), None)
            if told is not None:
                return {by.i: (told.i, "agent", None, None)}
            continue
        verb = holder
        while verb.head.i != verb.i and not (verb.pos_ == "VERB" and _agentless_passive(verb)):
            verb = verb.head
        if verb.i == holder.i or verb.i > by.i or not _agentless_passive(verb):
            continue
        return {by.i: (verb.i, "agent", None, None)}
    return {}


def _agentless_passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in kids(verb)) and not any(c.dep_ == "agent" for c in kids(verb))


# an opening time clause: "A day after ...", "Hours before ..." (the root's own mark is checked)
_OPENING_TIME = re.compile(r"\s*(?:[a-z0-9]+\s+){0,3}?(?:after|before|since)\s")
_TIME_MARKS = frozenset({"after", "before", "since"})


def _opening_clause_as_root(part: Any) -> dict[int, Move]:
    """ "A day after a bomb killed 21 people in Jerusalem, Israel on Monday sealed off the West Bank": the
    model makes the opening time clause the sentence's root and hangs the main verb, subject and all, on
    the clause's object as a participle, so the main act is read as background and the background as the
    act. Where the root has an after/before/since mark at the opening and a verb after the clause's comma
    has a subject of its own there, that verb is made the root and the clause its adverbial clause."""
    root = part.root
    if root.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i < root.i
                                      for c in kids(root)):
        return {}
    doc = part.doc
    comma = next((i for i in range(root.i + 1, part.end) if doc[i].text == ","), None)
    if comma is None:
        return {}
    verb = next((t for t in doc[comma + 1:part.end] if t.pos_ == "VERB" and t.tag_ in FINITE | {"VBN"}
                 and t.head.i != t.i), None)
    if verb is None or not root.left_edge.i <= verb.i <= root.right_edge.i:
        return {}
    moves: dict[int, Move] = {}
    if not any(c.dep_ in ("nsubj", "nsubjpass") and comma < c.i < verb.i for c in kids(verb)):
        # "..., Egypt on Thursday expelled": the subject hung on the clause's last noun as its apposition
        subject = next((t for t in doc[comma + 1:verb.i] if t.head.i < comma and t.pos_ in ("PROPN", "NOUN")
                        and t.dep_ in ("appos", "conj", "npadvmod")), None)
        if subject is None or verb.tag_ not in FINITE:
            return {}
        moves[subject.i] = (verb.i, "nsubj", None, None)
    tag = "VBD" if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids(verb)) else None
    moves.update({verb.i: (verb.i, "ROOT", tag, None), root.i: (verb.i, "advcl", None, None),
                  comma: (verb.i, "punct", None, None)})
    moves.update({t.i: (verb.i, t.dep_, None, None) for t in doc[comma + 1:part.end]
                  if t.head.i == root.i and t.i != verb.i})
    return moves


# the marks of a trailing time clause the model can take for the sentence's root
_TRAILING_MARKS = _TIME_MARKS | {"when", "while", "until"}
_TRAILING_MARK_WORDS = re.compile(r", .*\b(?:after|before|since|when|while|until) ")


def _main_clause_under_mark(part: Any) -> dict[int, Move]:
    """ "Pakistan on Sunday recognised the Taleban as the government of Afghanistan, the first country to do
    so after the militia seized Kabul": the model makes the trailing time clause's verb the root and hangs
    the lead's own clause on it as a complement, so the lead's act was read as a part of the background
    act and dropped. Where the root has such a mark and a finite complement with its own subject opens the
    part and ends at a comma before the mark, that complement is made the root and the old root its
    adverbial clause; what else hung on the old root before the mark goes with the lead's verb."""
    root = part.root
    if root.pos_ != "VERB":
        return {}
    mark = next((c for c in kids(root) if c.dep_ == "mark" and c.lower_ in _TRAILING_MARKS), None)
    if mark is None:
        return {}
    main = next((c for c in kids(root) if c.dep_ == "ccomp" and c.i < mark.i and c.tag_ in FINITE
                 and any(k.dep_ in ("nsubj", "nsubjpass") and k.i < c.i for k in kids(c))), None)
    doc = part.doc
    if main is None or main.left_edge.i > part.start + 1 or doc[main.right_edge.i + 1].text != ",":
        return {}
    subject = next(k for k in kids(main) if k.dep_ in ("nsubj", "nsubjpass") and k.i < main.i)
    moves: dict[int, Move] = {main.i: (main.i, "ROOT", None, None), root.i: (main.i, "advcl", None, None)}
    for tok in doc[main.right_edge.i + 1:mark.i]:
        if tok.head.i == root.i:
            # "the first country to do so" is said of the lead's subject, not the background's
            moves[tok.i] = (subject.i, "appos", None, None) if tok.dep_ in ("nsubj", "nsubjpass") \
                else (main.i, tok.dep_, None, None)
    return moves


_PARTICLES = frozenset({"off", "up", "down", "out"})


def _object_on_particle(part: Any) -> dict[int, Move]:
    """ "Israel on Monday sealed off the West Bank": the model hangs the object on the particle ("off", prt)
    as its prepositional object, so the verb has none and a place named elsewhere in the lead (a bombing
    "at a Tel Aviv bus stop") was taken as what was sealed. A particle has no object: the noun is hung on
    the verb as its direct object."""
    moves: dict[int, Move] = {}
    for prt in (part.doc[i] for i in _indices_with(part, _PARTICLES)):
        if prt.dep_ != "prt" or prt.head.pos_ != "VERB" or any(c.dep_ == "dobj" for c in kids(prt.head)):
            continue
        obj = next((c for c in kids(prt) if c.dep_ == "pobj" and c.i > prt.i), None)
        if obj is not None:
            moves[obj.i] = (prt.head.i, "dobj", None, None)
    return moves


def _laid_doc(part: Any, heads: list[int], deps: list[str], tags: list[str], poses: list[str],
              lemmas: list[str], ents: list[str]) -> Any | None:
    """The part's own words with this analysis (one entry per token, heads as indices in the new Doc), as
    a Doc at the part's own offsets: a leading space token stands for the text before the part and hangs
    on the root, so every character offset still points at the text it claims. None where the tree has a
    cycle or spaCy refuses it. Shared by the repairs that lay a tree back on a part (parse30)."""
    from spacy.tokens import Doc

    from ..nlp.model import load_model

    base = part.start_char
    lead = 1 if base else 0
    words = ([" " * base] if lead else []) + [t.text for t in part]
    spaces = ([False] if lead else []) + [bool(t.whitespace_) for t in part]
    if lead:
        root = next(i for i, d in enumerate(deps) if d == "ROOT")
        heads = [root + 1, *heads]
        deps, tags, poses = ["dep", *deps], ["_SP", *tags], ["SPACE", *poses]
        lemmas, ents = [" " * base, *lemmas], ["O", *ents]
    ents = [("B" + e[1:] if e.startswith("I-") and (i == 0 or ents[i - 1] == "O") else e)
            for i, e in enumerate(ents)]
    if not _acyclic(heads):
        return None
    try:
        doc = Doc(load_model().vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags,
                  pos=poses, lemmas=lemmas, ents=ents)
    except (ValueError, KeyError):
        return None
    return doc[lead:]


def _acyclic(heads: list[int]) -> bool:
    """Whether every token's chain of heads ends at a root: a rebuilt tree with a cycle would send the
    coder's walks up the tree round for ever."""
    for start in range(len(heads)):
        seen, i = set(), start
        while heads[i] != i:
            if i in seen:
                return False
            seen.add(i)
            i = heads[i]
    return True
