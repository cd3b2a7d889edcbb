"""Event coding over the spaCy dependency parse: PLOVER type/mode, CAMEO code, source, target.

Per sentence:
1. triggers: tokens whose lemma matches a row of the lexicon (events/lexicon.py). Content rows code
   an event; frame rows (@AGREE "willing to", @THREATEN, @REJECT "refuse to", @REQUEST "demand",
   @FUTURE "plan to", @SPEECH "say") change how the event in their complement is read.
2. anchors: each frame or content trigger that no other (non-speech) trigger dominates becomes one
   event; a frame takes the nearest content trigger in its complement for the CAMEO sub-code and for
   the PLOVER reading (a cooperative complement of @AGREE or of a future tense is AGREE, a
   conflictual one THREATEN). "X must/should do Y" said by S is REQUEST from S to X.
3. only the shallowest anchors of a sentence are kept, so a sentence gets one reading, not a spray
   of types from every participle.
4. source = subject (passive: the by-agent; controlled verbs inherit the controller; pronouns and
   subject-less clauses fall back to the speaker of the reporting verb or of the quote the trigger is
   in); target = object, recipient or prepositional object that resolves to an actor.
5. negation ("not", "never", "no") and hypotheticals ("if", "could", "consider") are flagged and
   lower the confidence; a negated intention to cooperate ("will not accept") is REJECT.

Compound actors: PLOVER keeps one event with actor lists (Event.sources / Event.targets); CAMEO codes
one dyad per pair. The coder emits one Event per CAMEO dyad (A and B met -> A->B and B->A; A and B
accused C -> A->C and B->C), each carrying the same PLOVER type and the full `sources`/`targets`
lists. The events-plover scorer reads the first event of a type, the events-cameo scorer the set of
dyads, so both are satisfied; a consumer counting PLOVER events groups by (start, end, type)
(events/trends.py does).
"""

from __future__ import annotations

import logging
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from ..records import Actor, Article, Event, EventActor
from . import cameo as cm
from .actor_link import ActorLinker
from .lexicon import Lexicon, Pattern, default_lexicon

log = logging.getLogger(__name__)

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}

# CAMEO sub-code of a frame by the PLOVER type of its complement.
AGREE_CODES = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033", "CONCEDE": "035",
               "RETREAT": "035", "AGREE": "030"}
THREAT_CODES = {"SANCTION": ("131", "relations"), "COERCE": ("137", "restrict"),
                "ASSAULT": ("138", "violence"), "MOBILIZE": ("138", "violence"),
                "PROTEST": ("133", None)}
REJECT_CODES = {"CONSULT": "125", "AID": "122", "CONCEDE": "124", "RETREAT": "124",
                "SUPPORT": "121", "COOPERATE": "121", "REQUEST": "124", "AGREE": "120"}
DEMAND_CODES = {"CONSULT": "108", "AID": "103", "SUPPORT": "102", "COOPERATE": "102", "CONCEDE": "104",
                "RETREAT": "106", "AGREE": "102"}
APPEAL_CODES = {"CONSULT": "026", "AID": "023", "SUPPORT": "022", "COOPERATE": "021", "CONCEDE": "025",
                "RETREAT": "025", "AGREE": "022"}
REQUEST_MODES = {"AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "CONCEDE": "yield",
                 "RETREAT": "yield"}

SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
HYPO_AUX = {"could", "might", "may"}
OBLIGATION_AUX = {"must", "should"}
HYPO_VERBS = {"consider", "mull", "weigh", "contemplate", "explore"}
HYPO_MARKS = {"if", "unless", "whether"}
NEG_WORDS = {"not", "n't", "never", "no"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our", "them", "who",
            "which", "that"}
# verbs that only carry an event noun ("held talks", "staged a rally")
LIGHT_VERBS = {"hold", "stage", "launch", "start", "begin", "conduct", "carry", "mount", "open", "organize",
               "organise", "have", "make", "resume", "renew", "continue", "announce", "declare", "lead",
               "join", "call", "complete", "end", "attend", "pay", "give", "extend", "offer", "step",
               "intensify", "escalate", "speed", "accelerate", "issue", "file", "set", "seek", "sign",
               "reach", "keep",
               "remain", "stay", "put", "place", "go", "be", "use", "accept"}
# prepositions whose object can be an event's target, best first
TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "from", "for", "over", "into", "at",
                "in", "of")
# compound subjects of these act on each other: CAMEO codes A->B and B->A
RECIPROCAL = {"coordinate", "coordinated", "coordination", "cooperate", "cooperation", "meet", "meeting",
              "talk", "negotiate", "negotiation", "discuss", "consult", "consultation", "communication",
              "sign", "agree", "collaborate", "trade", "confer", "dialogue", "exercise", "game"}
# types whose unnamed recipient is the country where the event happens, or the actor's own country
LOCATED_TARGET = {"PROTEST", "COERCE", "MOBILIZE", "ASSAULT"}
DOMESTIC_TARGET = {"PROTEST", "COERCE"}
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "ISM", "---"}
LOCATIVE = {"in", "at", "near", "throughout", "across", "outside", "inside"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
# lemmas the small English model gets wrong on wire copy
LEMMA_FIXES = {"staged": "stage", "stages": "stage", "staging": "stage"}


# token-index bounds of the sentence part being coded: the dependency tree may cross a cut
_BOUNDS: ContextVar[tuple[int, int]] = ContextVar("_BOUNDS", default=(0, 1 << 30))


def kids(tok: Any) -> list[Any]:
    """The children of a token that lie inside the sentence part being coded."""
    lo, hi = _BOUNDS.get()
    return [c for c in tok.children if lo <= c.i < hi]


def lemma(tok: Any) -> str:
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


@dataclass(slots=True)
class Trigger:
    tok: Any
    pattern: Pattern

    @property
    def is_frame(self) -> bool:
        return self.pattern.is_frame

    @property
    def frame(self) -> str:
        return self.pattern.type


@dataclass(slots=True)
class Reading:
    """One coded event before actors are expanded into CAMEO dyads."""

    anchor: Any  # the token whose subject is the source (frame or trigger)
    trigger: Trigger
    type: str
    cameo: str | None
    mode: str | None
    sources: list[tuple[Any, int, int, Any]] = field(default_factory=list)  # (actor, start, end, token)
    targets: list[tuple[Any, int, int, Any]] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.9
    quote_index: int | None = None
    source_from_quote: bool = False


# ------------------------------------------------------------------------------------------ triggers

def _children_lemmas(tok: Any, deps: tuple[str, ...]) -> set[str]:
    return {c.lemma_.lower() for c in kids(tok) if c.dep_ in deps}


def _objects(tok: Any) -> set[str]:
    """Lemmas of what a trigger acts on: direct object, passive subject, complement, prep objects."""
    out: set[str] = set()
    for c in kids(tok):
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative", "pobj"):
            out.add(c.lemma_.lower())
            out.update(g.lemma_.lower() for g in kids(c) if g.dep_ in ("compound", "conj"))
            for p in kids(c):  # "700 kg of medicine", "tons of food"
                if p.dep_ == "prep" and p.lower_ == "of":
                    out.update(g.lemma_.lower() for g in kids(p) if g.dep_ == "pobj")
        elif c.dep_ in ("prep", "agent", "prt"):
            out.update(g.lemma_.lower() for g in kids(c) if g.dep_ == "pobj")
        elif c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"):
            out.add(c.lemma_.lower())
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        out.add(tok.head.lemma_.lower())
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        out.add(tok.head.lemma_.lower())
    return out


def _particles(tok: Any) -> set[str]:
    out = {c.lemma_.lower() for c in kids(tok) if c.dep_ in ("prt", "prep", "agent")}
    # "called on X to..." is sometimes parsed with the preposition on the next token
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ in ("ADP", "PART"):
        out.add(nxt.lower_)
    return out


def _is_passive(tok: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(tok))


def _conditions_hold(p: Pattern, tok: Any) -> bool:
    if p.passive_only and not (_is_passive(tok) or tok.dep_ in ("acomp", "amod") or tok.pos_ == "ADJ"):
        return False
    if p.obj or p.notobj:
        objs = _objects(tok)
        if p.obj and not (objs & p.obj):
            return False
        if p.notobj and objs & p.notobj:
            return False
    if p.prt and not (_particles(tok) & p.prt):
        return False
    if p.subj:
        subj = {c.lemma_.lower() for c in kids(tok) if c.dep_ in SUBJ}
        if tok.dep_ == "conj":
            subj |= {c.lemma_.lower() for c in kids(tok.head) if c.dep_ in SUBJ}
        if not subj & p.subj:
            return False
    if p.notmod:
        mods = {c.lower_ for c in kids(tok) if c.dep_ in ("amod", "compound", "nmod")}
        if mods & p.notmod:
            return False
    return True


def _pos_of(tok: Any) -> str | None:
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return "verb"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if tok.pos_ == "ADJ":
        return "adj"
    return None


def _match(lex: Lexicon, tok: Any) -> Pattern | None:
    pos = _pos_of(tok)
    if pos is None:
        return None
    rows = lex.lookup(pos, lemma(tok))
    if not rows and pos == "adj":  # "prepared", "committed" tagged ADJ but listed as verbs
        rows = [r for r in lex.lookup("verb", tok.lemma_.lower()) if r.passive_only]
    if not rows and pos == "verb" and tok.tag_ == "VBN":
        rows = lex.lookup("adj", tok.lower_)
    # rows with positive conditions are the specific ones; they win over the general rows
    specific = [r for r in rows if r.obj or r.prt or r.subj]
    general = [r for r in rows if not (r.obj or r.prt or r.subj)]
    for row in specific + general:
        if _conditions_hold(row, tok):
            return row
    return None


def _noun_licensed(tok: Any, triggers: dict[int, Trigger]) -> bool:
    """An event noun codes an event only where it names one: carried by a light verb ("held talks"),
    as a subject ("a bombing killed"), as a frame's complement ("demanded a truce"), or alone."""
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "ROOT":
        return True
    if tok.dep_ in ("dobj", "attr", "oprd", "xcomp") and lemma(head) in LIGHT_VERBS:
        return True
    if tok.dep_ == "pobj" and head.dep_ == "prep" and lemma(head.head) in LIGHT_VERBS \
            and head.lower_ in ("on", "in", "into", "to", "under"):
        return True  # "went on strike", "put on alert", "put under investigation"
    if tok.dep_ == "compound" and head.i != tok.i:  # "a mediation effort"
        return _noun_licensed(head, triggers)
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
            head.head.dep_ in ("dobj", "nsubj") and lemma(head.head.head) in LIGHT_VERBS:
        return True  # "launched ten days of war games"
    frame = triggers.get(head.i)
    if frame is not None and frame.is_frame and frame.frame != "@SPEECH" and tok.dep_ in ("dobj", "pobj"):
        return True
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        frame = triggers.get(head.head.i)
        if frame is not None and frame.is_frame and frame.frame not in ("@SPEECH",):
            return True
    if tok.dep_ == "conj":
        return _noun_licensed(head, triggers)
    return False


def find_triggers(sent: Any, lex: Lexicon) -> dict[int, Trigger]:
    triggers: dict[int, Trigger] = {}
    for tok in sent:
        pattern = _match(lex, tok)
        if pattern is not None:
            triggers[tok.i] = Trigger(tok, pattern)
    for i, trig in list(triggers.items()):
        if trig.pattern.pos == "noun" and trig.frame != "@SPEECH" and not _noun_licensed(trig.tok, triggers):
            del triggers[i]
    return triggers


# ------------------------------------------------------------------------------------------ structure

def _ancestors(tok: Any, sent: Any) -> list[Any]:
    out = []
    while tok.head.i != tok.i and sent.start <= tok.head.i < sent.end:
        tok = tok.head
        out.append(tok)
    return out


def _depth(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> int:
    """Distance to the sentence root, not counting reporting verbs (they are transparent)."""
    depth = 0
    for anc in _ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if trig is None or trig.frame != "@SPEECH" or anc.dep_ != "ROOT":
            depth += 1
    if tok.pos_ in ("NOUN", "PROPN") and depth > 0 and (lemma(tok.head) in LIGHT_VERBS or tok.dep_ == "pobj"):
        depth -= 1  # "staged rallies" is as deep as "staged"
    return depth


def _complement(frame: Any, triggers: dict[int, Trigger]) -> Trigger | None:
    """The nearest content trigger under a frame, through complements and objects."""
    frontier = [frame]
    seen = {frame.i}
    for _ in range(4):
        nxt = []
        for tok in frontier:
            for c in kids(tok):
                if c.i in seen or c.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "acl", "relcl", "appos"):
                    continue
                if c.dep_ == "advcl" and not (tok.i == frame.i and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in kids(c))):
                    continue  # only "sworn to fight" (an infinitive misparsed as a purpose clause)
                if c.dep_ in ("conj",) and tok.i == frame.i:
                    continue
                seen.add(c.i)
                trig = triggers.get(c.i)
                if trig is not None and not trig.is_frame:
                    return trig
                if trig is not None and trig.frame == "@SPEECH":
                    continue
                nxt.append(c)
        frontier = nxt
        if not frontier:
            break
    return None


def _has_aux(tok: Any, words: set[str]) -> bool:
    for t in (tok, tok.head if tok.dep_ in ("xcomp", "acomp") else None):
        if t is None:
            continue
        for c in kids(t):
            if c.dep_ in ("aux", "auxpass") and c.lower_ in words:
                return True
    return False


def _future(tok: Any, triggers: dict[int, Trigger]) -> bool:
    """Will/would/shall on the trigger or on the verb it complements; or under a @FUTURE frame."""
    t = tok
    for _ in range(3):
        if _has_aux(t, FUTURE_AUX):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in kids(t)):
            return True
        head = t.head
        trig = triggers.get(head.i)
        if trig is not None and trig.frame == "@FUTURE":
            return True
        if t.dep_ in ("xcomp", "acomp", "conj") and head.i != t.i:
            t = head
            continue
        break
    return False


def _negated(tok: Any) -> bool:
    for c in kids(tok):
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "no")):
            return True
        if c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in kids(c)):
            return True
    if tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i:
        return any(c.dep_ == "neg" for c in kids(tok.head))
    return False


def _hypothetical(tok: Any, sent: Any) -> bool:
    chain = [tok, *_ancestors(tok, sent)[:4]]
    for t in chain:
        if any(c.dep_ == "mark" and c.lower_ in HYPO_MARKS for c in kids(t)):
            return True
        if t.lemma_.lower() in HYPO_VERBS and t is not tok:
            return True
        if _has_aux(t, HYPO_AUX):
            return True
        if t.dep_ in ("ccomp", "ROOT") and t is not tok:
            break
    return False


# ------------------------------------------------------------------------------------------ actors

def _phrase_actors(head: Any, link: ActorLinker, *, deep: bool = True) -> list[tuple[Any, int, int, Any]]:
    """Actors named by the noun phrase headed by `head`: the head and its coordinated heads, each
    resolved through its modifiers ("Nigerian junior minister", "Doctors from two American groups")."""
    heads = [head]
    for c in kids(head):
        if c.dep_ == "conj":
            heads.append(c)
            heads.extend(g for g in kids(c) if g.dep_ == "conj")
    out: list[tuple[Any, int, int, Any]] = []
    seen: set[str] = set()
    for h in heads:
        found = _one_actor(h, link, deep=deep)
        if found is not None and found[0].code not in seen:
            seen.add(found[0].code)
            out.append(found)
    # "Hungarian and Romanian officials": coordinated adjectives on one head
    for c in kids(head):
        if c.dep_ == "amod":
            for g in kids(c):
                if g.dep_ == "conj":
                    hit = link.token_actor(g)
                    if hit is not None and hit[0].code not in seen:
                        seen.add(hit[0].code)
                        out.append((hit[0], hit[1], hit[2], g))
    return out


def _one_actor(h: Any, link: ActorLinker, *, deep: bool) -> tuple[Any, int, int, Any] | None:
    # a proper name is its own actor ("NATO-member Norway"); for a role noun the modifiers left of it
    # name the country or body ("a State Department spokesperson", "Serbia's prime minister")
    if h.pos_ == "PROPN":
        hit = link.token_actor(h)
        if hit is not None:
            return (hit[0], hit[1], hit[2], h)
    for c in sorted(kids(h), key=lambda t: t.i):
        if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod") and c.i < h.i:
            hit = link.token_actor(c)
            if hit is not None:
                return (hit[0], hit[1], hit[2], c)
            for g in kids(c):
                if g.dep_ in ("compound", "amod", "poss", "npadvmod", "advmod"):  # "Vietnamese-led"
                    hit = link.token_actor(g)
                    if hit is not None:
                        return (hit[0], hit[1], hit[2], g)
    hit = link.token_actor(h)
    if hit is not None:
        return (hit[0], hit[1], hit[2], h)
    if not deep:
        return None
    for c in kids(h):  # "officials from Japan", "leader of Libya", "forces in Guinea"
        if c.dep_ == "acl":  # "workers affiliated with the Serbian union"
            for p in kids(c):
                if p.dep_ == "prep" and p.lower_ in ("with", "of", "from", "to"):
                    for o in kids(p):
                        found = _one_actor(o, link, deep=False) if o.dep_ == "pobj" else None
                        if found is not None:
                            return found
        if c.dep_ in ("prep", "appos") and (c.dep_ == "appos" or c.lower_ in ("of", "from", "in", "for")):
            objs = [c] if c.dep_ == "appos" else [g for g in kids(c) if g.dep_ == "pobj"]
            for o in objs:
                found = _one_actor(o, link, deep=False)
                if found is not None:
                    return found
    return None


def _subject(tok: Any, sent: Any, *, passive_is_agent: bool = False) -> tuple[Any | None, bool]:
    """(subject head, is_agent_of_passive) of a predicate, inheriting through control and coordination.
    `passive_is_agent`: the passive subject is the actor ("Vietnam is committed to", "X was quoted")."""
    t = tok
    for _ in range(6):
        agent = next((c for c in kids(t) if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((g for g in kids(agent) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, True
        subj = next((c for c in kids(t) if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            return subj, False
        passive = next((c for c in kids(t) if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return (passive, False) if passive_is_agent else (None, True)
        if t.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in kids(t) if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ not in PRONOUNS:
                return poss, False
            by = next((c for c in kids(t) if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None:
                pobj = next((g for g in kids(by) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, True
        if t.head.i == t.i or not (sent.start <= t.head.i < sent.end):
            return None, False
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(t))
        if t.dep_ in ("acl", "relcl") and infinitive:
            t = t.head  # "converged for a rally to protest": whoever holds the rally protests
            continue
        if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN") and (
                t.tag_ in ("VBD", "VBZ", "VBP") or _has_object(t)):
            return t.head, False  # "groups donated" misparsed as a reduced relative; "X, which attacked"
        if t.pos_ in ("NOUN", "PROPN") and t is tok:
            # an event noun's own modifier names who acts: "Palestinian riots", "Israeli raids"
            for c in kids(t):
                if c.dep_ in ("amod", "compound") and c.i < t.i and c.ent_type_ in ("NORP", "GPE", "ORG"):
                    return c, False
        if t.dep_ in ("xcomp", "acomp", "conj", "amod", "dobj", "attr", "pobj", "prep", "advcl", "acl",
                      "oprd", "compound"):
            if t.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(t)) \
                    and t.tag_ != "VBG":
                return None, False
            t = t.head
            continue
        return None, False
    return None, False


def _has_object(verb: Any) -> bool:
    """An active use: the verb (or a verb coordinated with it) takes a direct object."""
    return any(c.dep_ == "dobj" or (c.dep_ == "conj" and any(g.dep_ == "dobj" for g in kids(c)))
               for c in kids(verb))


def _passive_subject(tok: Any) -> Any | None:
    return next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)


def _speaker_of(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> Any | None:
    """The subject (or possessor) of the nearest reporting verb/noun above `tok`."""
    for anc in _ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if trig is not None and trig.frame == "@SPEECH":
            subj, _ = _subject(anc, sent, passive_is_agent=True)  # "X was quoted as saying"
            if subj is not None and subj.lower_ not in PRONOUNS:
                return subj
    return None


def _targets(tok: Any, link: ActorLinker, exclude: set[str]) -> list[tuple[Any, int, int, Any]]:
    """Actors the predicate acts on: object/recipient, the object's possessor, then prep objects."""
    cands: list[Any] = []
    objs = [c for c in kids(tok) if c.dep_ in ("dobj", "dative", "iobj", "nsubjpass", "attr", "oprd")]
    cands.extend(objs)
    for o in objs:
        cands.extend(c for c in kids(o) if c.dep_ == "poss")
    preps = [c for c in kids(tok) if c.dep_ in ("prep", "prt") or (c.dep_ == "dative" and c.pos_ == "ADP")]
    for o in objs:
        preps.extend(c for c in kids(o) if c.dep_ == "prep")
    for name in TARGET_PREPS:
        for p in preps:
            if p.lower_ == name:
                cands.extend(g for g in kids(p) if g.dep_ == "pobj")
    for o in objs:  # "the removal of President X", "a fresh offer from Afghanistan"
        for p in kids(o):
            if p.dep_ == "prep":
                cands.extend(g for g in kids(p) if g.dep_ == "pobj")
    for cand in cands:
        found = [a for a in _phrase_actors(cand, link) if a[0].code not in exclude]
        if found:
            return found
    return []


# ------------------------------------------------------------------------------------------ readings

def _frame_reading(frame: Trigger, comp: Trigger | None) -> tuple[str, str | None, str | None]:
    """(type, cameo, mode) of a frame given the content trigger in its complement."""
    ctype = comp.pattern.type if comp is not None else None
    cmode = comp.pattern.mode if comp is not None else None
    name = frame.frame
    if name in ("@AGREE", "@FUTURE"):
        if ctype is None:
            return ("AGREE", frame.pattern.cameo or "030", None) if name == "@AGREE" else ("", None, None)
        return _future_reading(comp)  # type: ignore[arg-type]
    if name == "@THREATEN":
        code, mode = THREAT_CODES.get(ctype or "", (frame.pattern.cameo or "130", None))
        return "THREATEN", code, mode
    if name == "@REJECT":
        return "REJECT", frame.pattern.cameo if frame.pattern.cameo != "120" else \
            REJECT_CODES.get(ctype or "", "120"), REQUEST_MODES.get(ctype or "")
    if name == "@REQUEST":
        table = APPEAL_CODES if (frame.pattern.cameo or "").startswith("02") else DEMAND_CODES
        code = table.get(ctype or "", frame.pattern.cameo or "100")
        if ctype == "RETREAT" and cmode == "ceasefire":
            code = "107"
        return "REQUEST", code, REQUEST_MODES.get(ctype or "", "change" if ctype else None)
    return "", None, None


def _future_reading(comp: Trigger) -> tuple[str, str | None, str | None]:
    """A promised cooperative act is AGREE; a promised conflictual act is a THREAT."""
    ctype = comp.pattern.type
    if ctype in COOPERATIVE:
        return "AGREE", AGREE_CODES.get(ctype, "030"), None
    if ctype in MATERIAL_CONFLICT:
        code, mode = THREAT_CODES[ctype]
        return "THREATEN", code, comp.pattern.mode if ctype == "COERCE" and comp.pattern.mode else mode
    return ctype, comp.pattern.cameo, comp.pattern.mode


def _dominated(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> bool:
    for anc in _ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if trig is not None and trig.frame not in ("@SPEECH", "@FUTURE"):
            return True
    return False


def _obligation(tok: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in kids(tok)) or \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) and \
        tok.head.lemma_.lower() == "have" and tok.dep_ == "xcomp"


def _in_report(tok: Any, sent: Any, triggers: dict[int, Trigger], quote_of: Any) -> bool:
    if quote_of(tok.idx) is not None:
        return True
    return any(triggers.get(a.i) is not None and triggers[a.i].frame == "@SPEECH"
               for a in _ancestors(tok, sent))


@dataclass(slots=True)
class _Ctx:
    article: Article
    link: ActorLinker
    quotes: list[tuple[int, int, int]]  # (start, end, index)

    def quote_of(self, pos: int) -> int | None:
        for start, end, index in self.quotes:
            if start <= pos < end:
                return index
        return None


def _readings_for_sentence(sent: Any, lex: Lexicon, ctx: _Ctx) -> list[Reading]:
    token = _BOUNDS.set((sent.start, sent.end))
    try:
        return _readings_in(sent, lex, ctx)
    finally:
        _BOUNDS.reset(token)


def _readings_in(sent: Any, lex: Lexicon, ctx: _Ctx) -> list[Reading]:
    triggers = find_triggers(sent, lex)
    if not triggers:
        return []
    readings: list[Reading] = []
    for _, trig in sorted(triggers.items()):
        if trig.frame in ("@SPEECH", "@FUTURE") or _dominated(trig.tok, sent, triggers):
            continue
        tok = trig.tok
        if trig.is_frame:
            comp = _complement(tok, triggers)
            etype, code, mode = _frame_reading(trig, comp)
            if trig.pattern.lemma == "order" and comp is not None and comp.pattern.type in MATERIAL_CONFLICT:
                etype, code, mode = comp.pattern.type, comp.pattern.cameo, comp.pattern.mode
            if not etype:
                continue
            carrier = tok.head if tok.dep_ == "acomp" else tok
            if etype != "REQUEST" and _obligation(carrier) and _in_report(tok, sent, triggers, ctx.quote_of):
                ctype = comp.pattern.type if comp is not None else "AGREE"
                readings.append(Reading(anchor=carrier, trigger=comp or trig, type="REQUEST",
                                        cameo=DEMAND_CODES.get(ctype, "100"),
                                        mode=REQUEST_MODES.get(ctype, "change"), confidence=0.8,
                                        source_from_quote=True))
                continue
            negated = _negated(tok)
            if negated and trig.frame == "@AGREE":
                etype, code, mode = "REJECT", REJECT_CODES.get(comp.pattern.type if comp else "", "120"), None
                negated = False
            reading = Reading(anchor=tok, trigger=comp or trig, type=etype, cameo=code, mode=mode,
                              negated=negated, confidence=0.85)
            reading.trigger = trig if comp is None else comp
            readings.append(reading)
            continue
        etype, code, mode = trig.pattern.type, trig.pattern.cameo, trig.pattern.mode
        future = _future(tok, triggers)
        negated = _negated(tok)
        if future or any(triggers.get(a.i) is not None and triggers[a.i].frame == "@FUTURE"
                         for a in _ancestors(tok, sent)[:2]):
            etype, code, mode = _future_reading(trig)
            if negated and trig.pattern.type in COOPERATIVE:
                etype, code, mode = "REJECT", REJECT_CODES.get(trig.pattern.type, "120"), None
                negated = False
        reading = Reading(anchor=tok, trigger=trig, type=etype, cameo=code, mode=mode, negated=negated,
                          confidence=0.9 if trig.pattern.pos == "verb" else 0.75)
        if _obligation(tok) and _in_report(tok, sent, triggers, ctx.quote_of):
            reading.type, reading.mode = "REQUEST", REQUEST_MODES.get(etype, "change")
            reading.cameo = DEMAND_CODES.get(etype, "100")
            reading.source_from_quote = True
        readings.append(reading)
    # "the North must halt provocations" in reported speech: REQUEST even without a lexicon trigger
    for tok in sent:
        if tok.i in triggers or tok.pos_ != "VERB" or not _obligation(tok):
            continue
        if _dominated(tok, sent, triggers) or not _in_report(tok, sent, triggers, ctx.quote_of):
            continue
        if not any(c.dep_ == "nsubj" for c in kids(tok)):
            continue
        pseudo = Trigger(tok, Pattern(pos="verb", lemma=tok.lemma_.lower(), type="REQUEST", cameo="100",
                                      mode="change"))
        readings.append(Reading(anchor=tok, trigger=pseudo, type="REQUEST", cameo="100", mode="change",
                                confidence=0.7, source_from_quote=True))
    if not readings:
        return []
    all_trig = dict(triggers)
    best = min(_depth(r.anchor, sent, all_trig) for r in readings)
    kept = [r for r in readings if _depth(r.anchor, sent, all_trig) == best]
    for r in kept:
        r.hypothetical = _hypothetical(r.anchor, sent)
        _attach_actors(r, sent, all_trig, ctx)
    return kept


def _attach_actors(r: Reading, sent: Any, triggers: dict[int, Trigger], ctx: _Ctx) -> None:
    link = ctx.link
    anchor = r.anchor
    r.quote_index = ctx.quote_of(r.trigger.tok.idx)
    if r.source_from_quote:
        # S says "X must do Y": S is the source, X the target
        speaker = _speaker_of(anchor, sent, triggers)
        r.sources = _phrase_actors(speaker, link) if speaker is not None else []
        if not r.sources:
            r.sources = _quote_speaker(ctx, r.quote_index)
        subj = next((c for c in kids(anchor) if c.dep_ == "nsubj"), None)
        exclude = {a[0].code for a in r.sources}
        r.targets = [a for a in _phrase_actors(subj, link) if a[0].code not in exclude] if subj is not None \
            else []
        if not r.targets:
            r.targets = _targets(r.trigger.tok, link, exclude)
        return
    frame_passive = r.anchor is not r.trigger.tok or r.trigger.pattern.passive_only
    subj, _ = _subject(anchor, sent, passive_is_agent=frame_passive and anchor.tag_ == "VBN")
    if subj is None and anchor.dep_ == "acomp":  # "Vietnam is committed to", parsed as an adjective
        subj, _ = _subject(anchor.head, sent, passive_is_agent=True)
    if subj is not None:
        r.sources = _phrase_actors(subj, link)
    if not r.sources and (subj is None or subj.lower_ in PRONOUNS) and not _is_passive(anchor):
        # "it would allow ...", "X's remarks that it is time to consider easing sanctions": the
        # speaker of the reporting verb or noun in the parse, else of the quote the event is in
        speaker = _speaker_of(anchor, sent, triggers)
        if speaker is not None:
            r.sources = _phrase_actors(speaker, link)
        if not r.sources:
            r.sources = _quote_speaker(ctx, r.quote_index)
    if not r.sources and subj is not None and subj.lower_ not in PRONOUNS:
        r.sources = _located(subj, anchor, sent, link)
    exclude = {a[0].code for a in r.sources}
    targets: list[tuple[Any, int, int, Any]] = []
    for tok in dict.fromkeys([anchor, r.trigger.tok]):
        targets = _targets(tok, link, exclude)
        if targets:
            break
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.head.i != tok.i:
            targets = _targets(tok.head, link, exclude)
            if targets:
                break
    if not targets and (r.trigger.tok is anchor or anchor.pos_ == "ADJ"):
        # a frame with no coded complement ("agreed to resume shipments to Peru"), or a verb
        # coordinated with the trigger ("donated and delivered goods to X")
        for comp in kids(anchor):
            if comp.dep_ in ("xcomp", "ccomp", "conj") and comp.pos_ in ("VERB", "AUX") and not targets:
                targets = _targets(comp, link, exclude)
    if not targets and r.trigger.tok is not anchor:
        # the complement's own subject: "demanded that the US cancel ..."
        subj2 = next((c for c in kids(r.trigger.tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj2 is not None:
            targets = [a for a in _phrase_actors(subj2, link) if a[0].code not in exclude]
    if not targets and r.trigger.tok.dep_ == "amod":
        targets = _targets(r.trigger.tok.head, link, exclude)
    if len(r.sources) > 1 and lemma(r.trigger.tok) in RECIPROCAL:
        targets = []  # "A and B coordinate (a policy towards C)": A and B act on each other
    if not targets and _is_passive(anchor) and r.sources:
        ps = _passive_subject(anchor)
        if ps is not None:
            targets = [a for a in _phrase_actors(ps, link) if a[0].code not in exclude]
    if not targets and r.type in LOCATED_TARGET:
        targets = _place_target(r, anchor, sent, link)
    r.targets = targets


def _located(subj: Any, anchor: Any, sent: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """An actor with no name of its own ("thousands of students", "demonstrators") takes the country
    where it acts: a place in its own phrase, else the place of the event. The actor keeps the
    subject's span as evidence; the reason says where the code came from."""
    places = [t for t in subj.subtree if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE]
    heads = [anchor] + [c for c in kids(anchor) if c.dep_ == "dobj"]
    places += [t for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ in LOCATIVE
               for t in kids(c) if t.dep_ == "pobj"]
    for place in places:
        hit = _one_actor(place, link, deep=True)
        if hit is None or len(hit[0].code) != 3:
            continue
        actor = Actor(name=subj.text, code=hit[0].code, country=hit[0].code,
                      reasons=[f"country of the place '{sent.doc.text[hit[1]:hit[2]]}' where the unnamed "
                               "actor acts"])
        start = min(t.idx for t in subj.subtree)
        end = max(t.idx + len(t.text) for t in subj.subtree if t.i <= subj.i) if subj.i >= 0 else 0
        return [(actor, start, end, subj)]
    return []


def _place_target(r: Reading, anchor: Any, sent: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """Protests, repression and force without a named recipient act on the country where they
    happen ("demonstrated in Kirkuk" -> IRQ); a protest or crackdown with no place, on the actor's own
    country (domestic). The target actor says which rule gave it."""
    exclude_tok = {a[3].i for a in r.sources if a[3] is not None}
    heads = [anchor] + [c for c in kids(anchor) if c.dep_ == "dobj"]
    places = [t for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ in LOCATIVE
              for t in kids(c) if t.dep_ == "pobj" and t.i not in exclude_tok]
    subj, _ = _subject(anchor, sent)
    if subj is not None:
        places += [t for t in subj.subtree if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE]
    for place in places:
        hit = _one_actor(place, link, deep=True)
        if hit is not None and len(hit[0].code) >= 3 and hit[0].code[:3] not in NON_STATE:
            country = hit[0].code[:3]
            actor = Actor(name=hit[0].name, code=country, country=country,
                          reasons=[f"{r.type} with no named recipient: the country where it happens"])
            return [(actor, hit[1], hit[2], hit[3])]
    if r.type in DOMESTIC_TARGET and r.sources:
        src = r.sources[0][0]
        if src.code and src.code[:3] not in NON_STATE:
            actor = Actor(name=src.name, code=src.code[:3], country=src.code[:3],
                          reasons=[f"{r.type} with no named recipient: the actor's own country"])
            return [(actor, r.sources[0][1], r.sources[0][2], r.sources[0][3])]
    return []


def _quote_speaker(ctx: _Ctx, index: int | None) -> list[tuple[Any, int, int, Any]]:
    if index is None:
        return []
    quote = ctx.article.quotes[index]
    if quote.speaker_actor is None:
        return []
    start = quote.speaker_start if quote.speaker_start is not None else 0
    end = quote.speaker_end if quote.speaker_end is not None else 0
    return [(quote.speaker_actor, start, end, None)]


# ------------------------------------------------------------------------------------------ output

def _event_actor(article: Article, item: tuple[Any, int, int, Any] | None) -> EventActor | None:
    if item is None:
        return None
    actor, start, end, _ = item
    if end <= start:
        return EventActor(text=actor.name, code=actor.code)
    return EventActor(text=article.text[start:end], code=actor.code, start=start, end=end)


def _date_for(article: Article, start: int, end: int, trigger_at: int) -> str | None:
    best: tuple[int, str] | None = None
    for t in article.timexes:
        if t.start >= start and t.end <= end and t.value and t.type == "DATE" and _DATE_VALUE.match(t.value):
            dist = abs(t.start - trigger_at)
            if best is None or dist < best[0]:
                best = (dist, t.value)
    if best is not None:
        return best[1]
    return article.published[:10] if article.published else None


def _place_for(article: Article, sent: Any, link: ActorLinker) -> str | None:
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and \
                ent.root.head.lower_ in PLACE_PREPS:
            return str(ent.text)
    if article.dateline is not None and article.dateline.place:
        return article.dateline.place
    return None


def _to_events(r: Reading, sent: Any, ctx: _Ctx) -> list[Event]:
    article = ctx.article
    toks = [r.anchor, r.trigger.tok]
    spans = [(t.idx, t.idx + len(t.text)) for t in toks]
    spans += [(s, e) for _, s, e, tok in r.sources + r.targets if tok is not None and e > s]
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    confidence = r.confidence
    if not r.sources:
        confidence *= 0.6
    if r.negated:
        confidence *= 0.5
    if r.hypothetical:
        confidence *= 0.5
    sources = [a for a in (_event_actor(article, s) for s in r.sources) if a is not None]
    targets = [a for a in (_event_actor(article, t) for t in r.targets) if a is not None]
    code = cm.normalize(r.cameo) if r.cameo else cm.normalize(cm.PLOVER_TO_ROOT.get(r.type, "") + "0")
    dyads: list[tuple[EventActor | None, EventActor | None]]
    reciprocal = len(sources) > 1 and not targets
    if reciprocal:  # "A and B met": reciprocal dyads
        dyads = [(a, b) for a in sources for b in sources if a is not b]
    else:
        firsts: list[EventActor | None] = list(sources) or [None]
        seconds: list[EventActor | None] = list(targets) or [None]
        dyads = [(a, b) for a in firsts for b in seconds]
    common = {
        "type": r.type, "mode": r.mode, "cameo": code, "goldstein": cm.goldstein(code),
        "plover_score": cm.plover_score(r.type, r.mode),
        "date": _date_for(article, sent.start_char, sent.end_char, r.trigger.tok.idx),
        "place": _place_for(article, sent, ctx.link),
        "text": article.text[start:end], "start": start, "end": end,
        "trigger": r.trigger.tok.text, "quote_index": r.quote_index,
        "confidence": round(min(confidence, 1.0), 2), "negated": r.negated, "hypothetical": r.hypothetical,
    }
    events = [Event(source=s, target=t, sources=list(sources), targets=list(targets), **common)  # type: ignore[arg-type]
              for s, t in dyads]
    if reciprocal:
        # PLOVER keeps "A and B met" as one event with no recipient; it leads, without a CAMEO code,
        # so the CAMEO view (events with a code) holds only the dyads
        plover = Event(source=sources[0], target=None, sources=list(sources), targets=[],
                       **common)  # type: ignore[arg-type]
        plover.cameo = None
        plover.goldstein = None
        events.insert(0, plover)
    return events


def code_events(article: Article, doc: Any, lexicon: Lexicon | None = None) -> None:
    """Fill `article.events` from the parsed headline and body (the trailer is never parsed)."""
    lex = lexicon or default_lexicon()
    quotes = [(q.content_start, q.content_end, i) for i, q in enumerate(article.quotes)
              if q.content_end > q.content_start]
    ctx = _Ctx(article=article, link=ActorLinker(article, doc), quotes=quotes)
    limit = article.body_end if article.body_end > article.body_start else len(article.text)
    cuts = sorted({c for c in (article.headline_end, article.body_start) if c})
    events: list[Event] = []
    for sent in doc.sents:
        parts = _split(sent, cuts)
        for part in parts:
            if not part.text.strip() or part.start_char >= limit:
                continue
            try:
                if len(parts) > 1:
                    part = _reparse(part)
                for reading in _readings_for_sentence(part, lex, ctx):
                    events.extend(_to_events(reading, part, ctx))
            except Exception as exc:  # a coder bug costs one sentence, never the article
                log.warning("event coding failed at %s:%d: %s", article.id, part.start_char, exc)
                article.warnings.append(f"events: sentence at {part.start_char} not coded ({exc})")
    article.events = events


def _reparse(part: Any) -> Any:
    """Parse a cut-off part on its own: a tree grown across the headline/body cut is unusable (the
    lead's verb gets the headline's subject). Leading spaces keep the character offsets."""
    from ..nlp.model import load_model

    doc = load_model()(" " * part.start_char + part.text)
    return doc[1:] if len(doc) > 1 and doc[0].is_space else doc[:]


def _split(sent: Any, cuts: list[int]) -> list[Any]:
    """Cut a sentence where the headline ends and the body starts: the parser sometimes runs the
    headline into the lead across the blanked dateline, and no event may span the two."""
    parts = []
    start = sent.start
    for tok in sent:
        if tok.i > start and any(tok.idx >= c > sent.doc[tok.i - 1].idx for c in cuts):
            parts.append(sent.doc[start:tok.i])
            start = tok.i
    parts.append(sent.doc[start:sent.end])
    return parts
