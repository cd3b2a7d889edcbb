"""Event coding over the spaCy dependency parse: PLOVER type/mode, CAMEO code, source, target.

Per sentence (helpers: triggers.py matching, parse.py tree walks, arguments.py actors):
1. triggers: tokens whose lemma matches a row of the lexicon (events/lexicon.py). Content rows code
   an event; frame rows (@AGREE "willing to", @THREATEN, @REJECT "refuse to", @REQUEST "demand",
   @FUTURE "plan to", @SPEECH "say") change how the event in their complement is read.
2. anchors: each frame or content trigger that no other (non-speech) trigger dominates becomes one
   event; a frame takes the nearest content trigger in its complement for the CAMEO sub-code and for
   the PLOVER reading (a cooperative complement of @AGREE or of a future tense is AGREE, a
   conflictual one THREATEN). "X must/should do Y" said by S is REQUEST from S to X.
3. only the shallowest anchors of a sentence are kept, so a sentence gets one reading, not a spray
   of types from every participle (a coordinated verb with its own object is its own anchor).
4. source = subject (passive: the by-agent; controlled verbs inherit the controller; pronouns and
   subject-less clauses fall back to the speaker of the reporting verb or of the quote the trigger is
   in); target = object, recipient or prepositional object that resolves to an actor.
5. negation ("not", "never", "no") and hypotheticals ("if", "could", "consider") are flagged and
   lower the confidence; a negated intention to cooperate ("will not accept") is REJECT.

Compound actors: PLOVER keeps one event with actor lists (Event.sources / Event.targets); CAMEO codes
one dyad per pair. The coder emits one Event per CAMEO dyad (A and B accused C -> A->C and B->C),
each carrying the same PLOVER type and the full `sources`/`targets` lists. A reciprocal event (A and
B met, no recipient) is led by its PLOVER reading without a CAMEO code (source A, no target), then
the dyads A->B and B->A. The events-plover scorer reads the first event of a type, events-cameo only
events with a code, so each sees its convention; consumers counting PLOVER events group by (article,
start, end, type, trigger), as events/trends.py and the plover export do.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..parse.byline import inline_leads
from ..records import Actor, Article, Event, EventActor
from . import cameo as cm
from .actor_link import ActorLinker
from .addressees import ADDRESSED, addressee_of, told_statements, written_to
from .arguments import (
    LOCATED_TARGET,
    bare_agent,
    is_event_noun,
    located_actor,
    phrase_actors,
    place_target,
    speaker_of,
    target_actors,
)
from .dedup import merge_occurrences
from .frames import (
    COOPERATIVE,
    DEMAND_CODES,
    MATERIAL_CONFLICT,
    REJECT_CODES,
    REQUEST_MODES,
    frame_complement,
    frame_reading,
    future_reading,
    future_tense,
    scheduled_visit,
)
from .lexicon import Lexicon, Pattern, default_lexicon
from .parse import (
    BOUNDS,
    PRONOUNS,
    VIOLENT_NOUNS,
    ancestors,
    in_condition,
    is_hypothetical,
    is_negated,
    is_passive,
    kids,
    lemma,
    passive_subject,
    subject_of,
)
from .reading import ArticleContext, Reading
from .speech import alleged_wrongs, drop_quoted_targets, hearsay, in_report, reported_attack
from .triggers import LIGHT_VERBS, Trigger, find_triggers

log = logging.getLogger(__name__)


# make a visit / host a visit: each implies the other with the roles swapped
VISIT_PAIRS = {"042": "043", "043": "042"}


OBLIGATION_AUX = {"must", "should"}

# verbs that say someone was harmed, not how: the event noun subject gives the code
HARM_VERBS = {"kill", "wound", "injure", "hurt", "claim"}

# reciprocal verbs whose direct object is the other party, not the topic
PARTY_OBJECT = {"meet", "consult"}

# compound subjects of these act on each other: CAMEO codes A->B and B->A. Any other verb with a
# compound subject and no recipient gives one targetless dyad per actor ("A and B warned of X")
RECIPROCAL = {"coordinate", "coordinated", "coordination", "cooperate", "cooperation", "meet", "meeting",
              "talk", "negotiate", "negotiation", "discuss", "consult", "consultation", "communication",
              "sign", "reach", "forge", "conclude", "agree", "collaborate", "trade", "confer", "dialogue",
              "share", "exercise", "game",
              "restore", "renew", "resume", "normalize", "normalise", "establish", "re-establish",
              "reestablish", "upgrade", "improve", "strengthen", "fight", "clash", "exchange",
              "postpone", "delay", "cancel", "suspend", "sever", "break", "cut", "freeze", "ceasefire",
              "truce"}

PLACE_PREPS = {"in", "at", "near", "outside", "inside"}

_DATE_VALUE = re.compile(r"^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?(?:$|T)")  # XXXX: the year is unknown

BOUNDING_PREPS = {"since", "until", "till", "before", "after", "by"}


def _depth(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> int:
    """Distance to the sentence root, not counting reporting verbs (they are transparent)."""
    gov = _co_act_of(tok, triggers)
    if gov is not None:
        return _depth(gov, sent, triggers)
    depth = 0
    for anc in ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if trig is None or trig.frame != "@SPEECH" or anc.dep_ != "ROOT":
            depth += 1
    if tok.pos_ in ("NOUN", "PROPN") and depth > 0 and (lemma(tok.head) in LIGHT_VERBS or tok.dep_ == "pobj"):
        depth -= 1  # "staged rallies" is as deep as "staged"
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by" and depth > 1 and \
            triggers.get(tok.head.head.i) is None:
        depth -= 2  # "sparked hope by meeting ...": the means is the act when the main verb codes none
    return depth


def _object_names_the_act(tok: Any, trig: Trigger, triggers: dict[int, Trigger], code: str | None,
                          mode: str | None) -> tuple[str | None, str | None]:
    """A verb whose object is an event noun of the same type takes the noun's more specific code:
    "launched air strikes" is 195 (the noun says aerial), not the verb's general 190."""
    if trig.pattern.pos != "verb" or not code or not code.endswith("0"):
        return code, mode
    for c in kids(tok):
        noun = triggers.get(c.i)
        if c.dep_ == "dobj" and noun is not None and noun.pattern.type == trig.pattern.type and \
                noun.pattern.cameo and (noun.pattern.cameo[:2] == code[:2] or
                                         (code[:2], noun.pattern.cameo[:2]) == ("19", "20")) and \
                not noun.pattern.cameo.endswith("0"):
            return noun.pattern.cameo, noun.pattern.mode or mode
    return code, mode


AID_KINDS = {"072": {"military", "defence", "defense", "security", "arms", "weapons", "lethal"},
             "071": {"economic", "financial", "budget", "budgetary", "development", "fiscal", "balance"},
             "073": {"humanitarian", "food", "medical", "relief", "emergency", "disaster", "medicine"}}


GIVING_VERBS = {"send", "deliver", "supply", "ship", "give", "provide", "transfer", "hand", "offer", "sell"}


def _arms_to_actor(verb: Any, link: ActorLinker) -> bool:
    """A giving verb whose object is materiel and whose recipient ("to X") is a coded actor."""
    if lemma(verb) not in GIVING_VERBS:
        return False
    recipients = [o for p in kids(verb) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for o in kids(p) if o.dep_ == "pobj"]
    recipients += [c for c in kids(verb) if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")]
    return any(len(a[0].code) >= 3 and a[0].code[:3] != "---"
               for r in recipients for a in phrase_actors(r, link))


def _aid_code(tok: Any) -> str:
    """The kind of aid the sentence names: military 072, economic 071, humanitarian 073, else 070.
    Read from the modifiers of the aid word, of the object it carries and of "in X aid"."""
    nouns = [tok] + [c for c in kids(tok) if c.dep_ in ("dobj", "pobj")]
    if tok.dep_ == "compound":
        nouns.append(tok.head)  # "a military aid package"
    nouns += [o for n in list(nouns) for p in kids(n) if p.dep_ == "prep" and p.lower_ in ("in", "of")
              for o in kids(p) if o.dep_ == "pobj"]  # "500 million euros in humanitarian aid"
    words = {m.lower_ for n in nouns for m in kids(n) if m.dep_ in ("amod", "compound", "nmod")}
    words |= {n.lower_ for n in nouns}
    return next((code for code, kinds in AID_KINDS.items() if words & kinds), "070")


def _violent_cause(tok: Any, triggers: dict[int, Trigger]) -> Trigger | None:
    """The ASSAULT event noun that is the subject of a generic harm verb ("a car bombing killed",
    "the shelling wounded"), or the attack its passive victims died in ("were killed in an air
    strike"): it, not "kill", names the kind of violence."""
    if lemma(tok) not in HARM_VERBS:
        return None
    for c in kids(tok):
        trig = triggers.get(c.i)
        if c.dep_ == "nsubj" and trig is not None and trig.pattern.type == "ASSAULT" \
                and trig.pattern.pos == "noun":
            return trig
    # "were killed in a roadside bomb attack": the attack the victims died in
    if any(c.dep_ == "nsubjpass" for c in kids(tok)):
        for p in kids(tok):
            if p.dep_ == "prep" and p.lower_ in ("in", "during"):
                for o in kids(p):
                    trig = triggers.get(o.i)
                    if o.dep_ == "pobj" and trig is not None and trig.pattern.type == "ASSAULT" \
                            and trig.pattern.pos == "noun" and trig.pattern.cameo != "190":
                        return trig
    return None


# a bomber or a bomb as the subject of a harm verb: a bombing
BOMBS = {"bomber", "bomb", "device", "explosive", "ied"}


def _bomber(verb: Any) -> str | None:
    """The code a bomb or bomber subject gives a harm verb: suicide 1831, car 1832, roadside 1833,
    else 183 ("a bomb planted by separatists killed four soldiers")."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and lemma(c) in BOMBS), None)
    if subj is None:
        return None
    mods = {c.lower_ for c in kids(subj) if c.dep_ in ("amod", "compound")}
    kinds = (("suicide", "1831"), ("car", "1832"), ("roadside", "1833"))
    return next((code for word, code in kinds if word in mods), "183")


def _dominated(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> bool:
    """Under another (non-reporting) trigger. A verb coordinated with a trigger verb and taking its
    own object is an event of its own: "met X and condemned Y"."""
    gov = _co_act_of(tok, triggers)
    if gov is not None:
        return _dominated(gov, sent, triggers)
    for anc in ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if trig is not None and trig.frame not in ("@SPEECH", "@FUTURE"):
            return True
    return False


SEQUENCE = {"before", "after", "while"}
# acts done by saying: a second one coordinated with the first and naming no party addresses the same
SAID_ACTS = {"THREATEN", "REQUEST", "ACCUSE", "REJECT"}


def _co_act_of(tok: Any, triggers: dict[int, Trigger]) -> Any | None:
    """The trigger verb whose act `tok` stands beside as an act of its own (same depth), or None."""
    own = triggers.get(tok.i)
    if own is not None and tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ in SEQUENCE:
        # "spent two days in Lithuania before flying to Latvia": an act told in a before/after
        # clause of another act follows or precedes it; it is not a detail of it
        gov = triggers.get(tok.head.head.i)
        if gov is not None and gov.tok.pos_ == "VERB" and not own.is_frame and not gov.is_frame:
            return gov.tok
    head = triggers.get(tok.head.i)
    if head is not None and head.is_frame and head.frame != "@SPEECH" and tok.dep_ == "conj" and \
            tok.pos_ == "VERB" and own is not None and not own.is_frame and \
            any(c.dep_ == "dobj" for c in kids(tok)) and any(c.dep_ == "dobj" for c in kids(head.tok)):
        # "rejected the proposal and accused Venezuela of ...": a frame verb used with an object of its
        # own is one act, the conjunct with its own object another (a frame never takes a conjunct as
        # its complement)
        return head.tok
    if head is None or head.is_frame or head.tok.pos_ != "VERB":
        return None
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and own is not None and own.is_frame and \
            own.frame in ("@THREATEN", "@REQUEST", "@REJECT") and \
            any(c.dep_ in ("xcomp", "ccomp") for c in kids(tok)):
        return head.tok  # "accused Japan of reneging and has threatened to retaliate": two acts
    if not any(c.dep_ == "dobj" for c in kids(tok)):
        return None
    if tok.dep_ == "conj" and tok.pos_ == "VERB":
        return head.tok
    # "expelled the ambassador, accusing France of interference": an accusation told as a participle
    # is a second act of the same actor, not a detail of the first
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and own is not None and not own.is_frame and \
            own.pattern.type == "ACCUSE" and head.pattern.type != "ACCUSE":
        return head.tok
    return None


def _obligation(tok: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in kids(tok)) or \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) and \
        tok.head.lemma_.lower() == "have" and tok.dep_ == "xcomp"


def _actor_subject(verb: Any, ctx: ArticleContext) -> bool:
    """The clause's subject names an actor ("the North must halt ..."), so "must" is a demand on it."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ in ("it", "they", "he", "she", "we", "you") or bool(phrase_actors(subj, ctx.link))


def _readings_for_sentence(sent: Any, lex: Lexicon, ctx: ArticleContext) -> list[Reading]:
    token = BOUNDS.set((sent.start, sent.end))
    try:
        return _readings_in(sent, lex, ctx)
    finally:
        BOUNDS.reset(token)


def _readings_in(sent: Any, lex: Lexicon, ctx: ArticleContext) -> list[Reading]:
    if lex.discarded(sent.text):
        return []  # sports, entertainment, history: "beat Brazil in the World Cup" is no assault
    triggers = find_triggers(sent, lex)
    if not triggers:
        return []
    readings: list[Reading] = []
    for _, trig in sorted(triggers.items()):
        if trig.frame in ("@SPEECH", "@FUTURE") or _dominated(trig.tok, sent, triggers):
            continue
        if hearsay(trig.tok, sent):
            continue  # "declined to comment on reports that it had expelled an envoy": nobody asserts it
        tok = trig.tok
        if trig.is_frame:
            comp = frame_complement(tok, triggers)
            if comp is not None and comp.pattern.type == "MOBILIZE" and _arms_to_actor(tok, ctx.link):
                # "offered six patrol planes to the ROK": arms promised to a state are aid, not a threat
                comp = Trigger(comp.tok, Pattern(pos="verb", lemma=lemma(comp.tok), type="AID", cameo="072",
                                                 mode=None, line=comp.pattern.line))
            etype, code, mode = frame_reading(trig, comp)
            if trig.pattern.lemma == "order" and comp is not None and comp.pattern.type in MATERIAL_CONFLICT:
                etype, code, mode = comp.pattern.type, comp.pattern.cameo, comp.pattern.mode
            if not etype or (comp is None and trig.pattern.lemma == "fail"):
                continue  # "failed to win a seat" refuses nothing
            if comp is None and lemma(tok) == "agree" and any(c.dep_ == "ccomp" for c in kids(tok)):
                code = "050"  # "A and B agree that disputes should be ...": accord, not an intention
            carrier = tok.head if tok.dep_ == "acomp" else tok
            if etype != "REQUEST" and _obligation(carrier) and in_report(tok, sent, triggers, ctx.quote_of):
                ctype = comp.pattern.type if comp is not None else "AGREE"
                readings.append(Reading(anchor=carrier, trigger=comp or trig, type="REQUEST",
                                        cameo=DEMAND_CODES.get(ctype, "100"),
                                        mode=REQUEST_MODES.get(ctype, "change"), confidence=0.8,
                                        source_from_quote=True))
                continue
            negated = is_negated(tok)
            if negated and trig.frame == "@AGREE":
                etype, code, mode = "REJECT", REJECT_CODES.get(comp.pattern.type if comp else "", "120"), None
                negated = False
            reading = Reading(anchor=tok, trigger=comp or trig, type=etype, cameo=code, mode=mode,
                              negated=negated, confidence=0.85)
            reading.trigger = trig if comp is None else comp
            readings.append(reading)
            continue
        if trig.pattern.type == "MOBILIZE" and _arms_to_actor(tok, ctx.link):
            # "will send 14 tanks to Ukraine": arms for another state are military aid, not a
            # deployment of one's own forces
            trig = Trigger(tok, Pattern(pos="verb", lemma=lemma(tok), type="AID", cameo="072", mode=None,
                                        line=trig.pattern.line))
        etype, code, mode = trig.pattern.type, trig.pattern.cameo, trig.pattern.mode
        future = future_tense(tok, triggers)
        negated = is_negated(tok)
        if future and scheduled_visit(tok, trig, triggers, sent) and not negated:
            # "X will visit Y next week": CAMEO codes the visit (042/043); PLOVER reads it as AGREE
            etype = "AGREE"
        elif future or any(triggers.get(a.i) is not None and triggers[a.i].frame == "@FUTURE"
                           for a in ancestors(tok, sent)[:2]):
            etype, code, mode = future_reading(trig)
            if negated and trig.pattern.type in COOPERATIVE:
                etype, code, mode = "REJECT", REJECT_CODES.get(trig.pattern.type, "120"), None
                negated = False
        if negated and etype in COOPERATIVE and etype == trig.pattern.type:
            # negation as code arithmetic: "did not meet" is the REJECT reading of the act (12x)
            etype, code, mode = "REJECT", REJECT_CODES.get(etype, "120"), REQUEST_MODES.get(etype)
            negated = False
        cause = _violent_cause(tok, triggers) if etype == "ASSAULT" else None
        if cause is not None:  # "a suicide bombing killed 12": the bombing says how (1831)
            code, mode = cause.pattern.cameo, cause.pattern.mode
        elif etype == "ASSAULT" and lemma(tok) in HARM_VERBS and _bomber(tok):
            code, mode = _bomber(tok), "explosives"  # "a suicide bomber killed 15"
        if code == "070":
            code = _aid_code(tok)
        code, mode = _object_names_the_act(tok, trig, triggers, code, mode)
        reading = Reading(anchor=tok, trigger=trig, type=etype, cameo=code, mode=mode, negated=negated,
                          confidence=0.9 if trig.pattern.pos == "verb" else 0.75)
        if _obligation(tok) and in_report(tok, sent, triggers, ctx.quote_of) and _actor_subject(tok, ctx):
            reading.type, reading.mode = "REQUEST", REQUEST_MODES.get(etype, "change")
            reading.cameo = DEMAND_CODES.get(etype, "100")
            reading.source_from_quote = True
        readings.append(reading)
    # "the North must halt provocations" in reported speech: REQUEST even without a lexicon trigger
    for tok in sent:
        if tok.i in triggers or tok.pos_ != "VERB" or not _obligation(tok):
            continue
        if _dominated(tok, sent, triggers) or not in_report(tok, sent, triggers, ctx.quote_of):
            continue
        if not _actor_subject(tok, ctx):
            continue  # "prices should fall" is a forecast, not a demand on anyone
        pseudo = Trigger(tok, Pattern(pos="verb", lemma=tok.lemma_.lower(), type="REQUEST", cameo="100",
                                      mode="change"))
        readings.append(Reading(anchor=tok, trigger=pseudo, type="REQUEST", cameo="100", mode="change",
                                confidence=0.7, source_from_quote=True))
    if not readings:
        return alleged_wrongs(sent, triggers, ctx, []) or told_statements(sent, triggers, ctx)
    all_trig = dict(triggers)
    depths = {id(r): _depth(r.anchor, sent, all_trig) for r in readings}
    for level in sorted(set(depths.values())):
        kept = [r for r in readings if depths[id(r)] == level]
        for r in kept:
            r.hypothetical = is_hypothetical(r.anchor, sent)
            _attach_actors(r, sent, all_trig, ctx)
            drop_quoted_targets(r, sent)
        if any(r.sources or r.targets for r in kept):
            break
        # the shallowest act names nobody ("Since the study group met, ..."): the next level down
        # may, and a reading with no actor adds nothing to the record
    else:
        kept = [r for r in readings if depths[id(r)] == min(depths.values())]
    for r in kept:
        # "expelled three French diplomats, accusing them of ...": the participle's pronoun object is
        # the main act's target
        main = next((m for m in kept if m.anchor.i == r.anchor.head.i and m is not r), None)
        if main is not None and not r.targets and r.anchor.dep_ == "advcl" and any(
                c.dep_ == "dobj" and c.lower_ in ("them", "it", "him", "her") for c in kids(r.anchor)):
            r.targets = list(main.targets)
        elif main is not None and not r.targets and r.anchor.dep_ == "conj" and r.type in SAID_ACTS:
            # "accused Japan of reneging and threatened to retaliate": the threat is aimed at Japan too
            r.targets = list(main.targets)
    kept += [a for r in kept if (a := reported_attack(r, sent, all_trig, ctx)) is not None]
    return kept + alleged_wrongs(sent, all_trig, ctx, kept)


# occasions are no actors, whoever's they are ("to allow Haiti's first elections to take place")
OCCASIONS = {"election", "vote", "poll", "referendum", "ballot", "ceremony", "talk", "meeting", "summit",
             "process", "trade", "flow", "export", "import", "traffic", "aid", "delivery", "shipment"}

# verbs whose clause's subject is the one allowed or helped to act
CAUSATIVE = {"let", "allow", "permit", "help", "enable", "make"}


def _complement_clause(r: Reading, anchor: Any) -> Any:
    """The that-clause whose subject a request or an accusation is made on: the coded act a request
    is for, else the complement of a request or accusation verb that has no object of its own."""
    if r.type == "REQUEST" and r.trigger.tok is not anchor:
        return r.trigger.tok
    if r.type in ("REQUEST", "ACCUSE") and not any(c.dep_ == "dobj" for c in kids(anchor)):
        return next((c for c in kids(anchor) if c.dep_ == "ccomp"), None)
    return None


def _attach_actors(r: Reading, sent: Any, triggers: dict[int, Trigger], ctx: ArticleContext) -> None:
    link = ctx.link
    anchor = r.anchor
    r.quote_index = ctx.quote_of(r.trigger.tok.idx)
    if r.source_from_quote:
        # S says "X must do Y": S is the source, X the target
        speaker = speaker_of(anchor, sent, triggers)
        r.sources = phrase_actors(speaker, link) if speaker is not None else []
        if not r.sources:
            r.sources = _quote_speaker(ctx, r.quote_index)
        subj = next((c for c in kids(anchor) if c.dep_ == "nsubj"), None)
        exclude = {a[0].code for a in r.sources}
        r.targets = [a for a in phrase_actors(subj, link) if a[0].code not in exclude] if subj is not None \
            else []
        if not r.targets:
            r.targets = target_actors(r.trigger.tok, link, exclude)
        return
    # (only under a verbal root: with a noun root the "relative" is the sentence's misparsed main verb)
    reduced = anchor.dep_ == "acl" and anchor.head.pos_ in ("NOUN", "PROPN") and \
        sent.root.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in kids(anchor)) and \
        (anchor.tag_ == "VBG" or (anchor.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in kids(anchor))))
    if reduced:
        # a reduced relative: "U.S. soldiers massing in Saudi Arabia" massed; "two women stabbed to death"
        # were stabbed, by someone the sentence does not name (never the main clause's subject)
        head = anchor.head
        if anchor.tag_ == "VBG":
            r.sources = phrase_actors(head, link)
            r.targets = target_actors(anchor, link, {a[0].code for a in r.sources}, r.type)
        else:
            r.sources, r.targets = [], phrase_actors(head, link)
        return
    if anchor.tag_ == "VBN" and anchor.dep_ == "advcl" and anchor.i < anchor.head.i and \
            not any(c.dep_ == "agent" for c in kids(anchor)):
        # "Asked to comment on Castro's announcement, a Justice Department spokesman said ...": the
        # main subject underwent the act; who did it is not said
        main_subj, _ = subject_of(anchor.head, sent)
        r.sources = []
        r.targets = phrase_actors(main_subj, link) if main_subj is not None else []
        return
    frame_passive = r.anchor is not r.trigger.tok or r.trigger.pattern.passive_only
    subj, _ = subject_of(anchor, sent, passive_is_agent=frame_passive and anchor.tag_ == "VBN")
    if subj is None and anchor.dep_ == "acomp":  # "Vietnam is committed to", parsed as an adjective
        subj, _ = subject_of(anchor.head, sent, passive_is_agent=True)
    if subj is not None and subj.lower_ in PERSONAL and anchor.dep_ == "conj" and anchor.head.pos_ == "VERB":
        # "The OPEC president praised X, but he criticised Britain": the first conjunct's subject
        first, _ = subject_of(anchor.head, sent)
        if first is not None and first.lower_ not in PRONOUNS:
            subj = first
    if subj is not None:
        r.sources = phrase_actors(subj, link)
        if subj.dep_ in ("compound", "amod") and subj.head.i == anchor.i:
            # "Israel-Syria talks": both parties of the hyphenated pair on an event noun
            seen = {a[0].code for a in r.sources}
            r.sources += [a for c in kids(subj) if c.dep_ in ("compound", "amod") and c.i + 1 < len(c.doc)
                          and c.doc[c.i + 1].text == "-" for a in phrase_actors(c, link, deep=False)
                          if a[0].code not in seen]
        # a second subject the parser split off: "Old foes Gondor and Osgiliath have renewed ties"
        for other in kids(subj.head):
            # ... or a headline's "China, Japan agree": a name before the subject, cut off by a comma
            headline_pair = other.dep_ in ("npadvmod", "nmod", "dep") and other.pos_ == "PROPN" and \
                other.i + 2 == subj.i and sent.doc[other.i + 1].text == ","
            if (other.dep_ == subj.dep_ or headline_pair) and other.i != subj.i and other.i < subj.head.i:
                seen = {a[0].code for a in r.sources}
                r.sources += [a for a in phrase_actors(other, link) if a[0].code not in seen]
    # an event noun that is its own clause's subject ("as a strike at a mine entered its third week")
    # names an act nobody in the sentence is said to do: the reporter is no source
    own_subject = anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass")
    if not r.sources and (subj is None or subj.lower_ in PRONOUNS or _speakers_own(subj)) \
            and not is_passive(anchor) and not own_subject:
        # "it would allow ...", "X's remarks that it is time to consider easing sanctions": the
        # speaker of the reporting verb or noun in the parse, else of the quote the event is in
        speaker = speaker_of(anchor, sent, triggers)
        if speaker is not None:
            r.sources = phrase_actors(speaker, link)
        if not r.sources:
            r.sources = _quote_speaker(ctx, r.quote_index)
        if subj is not None and _speakers_own(subj):
            r.sources = [_own_state(a, subj) for a in r.sources if a[0].country]
    if not r.sources and subj is not None and is_event_noun(subj):
        # "a suicide bombing by Somali militants killed 12": the agent of the subject event;
        # "fighting between Ethiopian troops and Amhara militiamen killed dozens": its parties
        r.sources = [a for p in kids(subj) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                     for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)]
        if not r.sources and r.type == "ASSAULT":
            parties = [a for p in kids(subj) if p.dep_ == "prep" and p.lower_ == "between"
                       for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)]
            if len(parties) > 1:
                r.sources, r.targets = parties, []
                return
            r.sources = parties  # one side named: it fought
    if not r.sources and subj is not None:
        # "a bomb planted by suspected separatists killed four soldiers": who planted it
        r.sources = [a for v in kids(subj) if v.dep_ == "acl" for p in kids(v) if p.dep_ == "agent"
                     for o in kids(p) if o.dep_ == "pobj"
                     for a in (phrase_actors(o, link) or located_actor(o, anchor, sent, link, r.type)
                               or bare_agent(o, link))]
    if not r.sources and subj is not None and subj.lower_ not in PRONOUNS:
        r.sources = located_actor(subj, anchor, sent, link, r.type) or bare_agent(subj, link)
    if not r.sources and own_subject and r.type in ("PROTEST", "ASSAULT"):
        # "protests erupted in Nairobi": unnamed people of the place where it happens (no token: the
        # event noun itself is never a party)
        r.sources = [(a, s, e, None) for a, s, e, _ in located_actor(anchor, anchor.head, sent, link, r.type)]
    if not r.sources and r.trigger.pattern.pos == "noun":
        # "talks between Sudan's army and the RSF": the parties of a mutual act named by its noun
        parties = [a for p in kids(r.trigger.tok) if p.dep_ == "prep" and p.lower_ == "between"
                   for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)]
        if len(parties) > 1:
            r.sources, r.targets = parties, []
            return
    exclude = {a[0].code for a in r.sources}
    targets: list[tuple[Any, int, int, Any]] = []
    # a request or accusation aimed through a that-clause is made on the clause's subject, never on a
    # party further down it: "Lithuania demanded that Russia withdraw its troops from Belarus", "urged
    # that the EC take action against Japan", "charged that Japan was dumping bearings on the European
    # market"
    clause = _complement_clause(r, anchor)
    subj2 = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if clause is not None else None
    if subj2 is not None and subj2.lower_ not in PRONOUNS:
        targets = [a for a in phrase_actors(subj2, link) if a[0].code not in exclude]
        if targets:
            r.targets = targets
            return
    # a promise to hand something over is read like the handing over: "ready to send peacekeepers to
    # Gaza" is aimed at Gaza, not at the peacekeepers
    etype = r.trigger.pattern.type if r.type == "AGREE" and r.trigger.tok is not anchor else r.type
    # a state's office acts on another party before its own bare country: "President Reagan, in the
    # U.S.-Japan trade row, threatened tariffs on Japanese goods" is aimed at JPN; the own country stays
    # the target only where nothing else is named (and for acts on one's own people: protests, arrests)
    own = {a[0].country for a in r.sources if a[0].country and a[0].code != a[0].country}
    passes = [exclude | own, exclude] if own and r.type not in LOCATED_TARGET else [exclude]
    for avoid in passes:
        targets = _direct_targets(anchor, r, etype, link, avoid)
        if targets:
            break
    if not targets and (r.trigger.tok is anchor or anchor.pos_ == "ADJ"):
        # a frame with no coded complement ("agreed to resume shipments to Peru"), or a verb
        # coordinated with the trigger ("donated and delivered goods to X")
        for comp in kids(anchor):  # also a purpose clause: "signed an accord to supply X"
            purpose = comp.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(comp))
            # (a conjunct with a subject of its own is another clause: "praised X, but he criticised Y")
            own_clause = comp.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(comp))
            # (nor does a conjunct that is an act of its own: "rejected the plan and accused Venezuela")
            beside = _co_act_of(comp, triggers) if comp.dep_ == "conj" else None
            # ... unless the first conjunct's preposition waits for the shared object: "established
            # ties with and opened an embassy in Tehran"
            dangling = any(p.dep_ == "prep" and not kids(p) for h in [anchor, *kids(anchor)]
                           if h.i == anchor.i or h.dep_ == "dobj" for p in kids(h))
            own_clause = own_clause or (beside is not None and beside.i == anchor.i and not dangling)
            if (comp.dep_ in ("xcomp", "ccomp", "conj") or purpose) and comp.pos_ in ("VERB", "AUX") \
                    and not targets and not own_clause:
                targets = target_actors(comp, link, exclude)
                # "agreed to let Serbian officials monitor the vote": whom it lets (or helps) act
                # (an actor, not an event: "resigned to allow Haiti's first elections" targets nobody)
                targets = targets or [a for c in kids(comp) if c.dep_ == "ccomp" and lemma(comp) in CAUSATIVE
                                      for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")
                                      and not is_event_noun(g) and lemma(g) not in OCCASIONS
                                      for a in phrase_actors(g, link) if a[0].code not in exclude]
    if not targets and r.trigger.tok is not anchor:
        # the complement's own subject: "demanded that the US cancel ..."
        subj2 = next((c for c in kids(r.trigger.tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj2 is not None:
            targets = [a for a in phrase_actors(subj2, link) if a[0].code not in exclude]
    if not targets and r.trigger.tok.dep_ == "amod":
        targets = target_actors(r.trigger.tok.head, link, exclude)
    if not targets and r.trigger.tok is anchor:
        # the subject of a that-clause is what the verb is about (UniversalPetrarch's verb-chain
        # rule): "Gollum allowed that Mordor isn't a pleasant place" -> Mordor
        objs = [c for c in kids(anchor) if c.dep_ == "dobj"]  # also "expressed hopes that X ..."
        for comp in (c for h in [anchor, *objs] for c in kids(h) if c.dep_ in ("ccomp", "acl")
                     and (h is anchor or any(m.dep_ == "mark" for m in kids(c)))):
            subj2 = next((c for c in kids(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj2 is not None and is_event_noun(subj2):
                # "welcomed the ceasefire agreed by Israel and Hamas": the parties of the act
                subj2, _ = subject_of(comp, sent)
            if subj2 is not None and subj2.lower_ not in PRONOUNS:
                targets = [a for a in phrase_actors(subj2, link) if a[0].code not in exclude]
                break
    if len(r.sources) > 1 and (lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual) and \
            not (lemma(r.trigger.tok) in PARTY_OBJECT and any(c.dep_ == "dobj" for c in kids(r.trigger.tok))):
        # "A and B met C" keeps C; "A and B coordinated a policy towards C" is reciprocal
        targets = []  # "A and B coordinate (a policy towards C)": A and B act on each other
    if not targets and is_passive(anchor) and r.sources:
        ps = passive_subject(anchor)
        if ps is not None:
            targets = [a for a in phrase_actors(ps, link) if a[0].code not in exclude]
    if not targets and r.type == "ASSAULT":
        # "detonated his suicide vest, mortally wounding a U.S. soldier": the harm told by a participle
        # names the victims of the act it follows
        for harm in (c for c in kids(anchor) if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
                     and lemma(c) in HARM_VERBS):
            for cand in (c for c in kids(harm) if c.dep_ == "dobj"):
                targets = [a for a in phrase_actors(cand, link) if a[0].code not in exclude] or \
                    located_actor(cand, anchor, sent, link) or bare_agent(cand, link)
                if targets:
                    break
    if not targets and r.type in LOCATED_TARGET:
        # a seizure with no owner named ("seized a tanker in the Gulf of Oman") is no domestic act:
        # only its place may name the target
        place_type = "ASSAULT" if (r.cameo or "").startswith("171") else r.type
        targets = place_target(place_type, r.sources, anchor, sent, link)
    if not targets and r.type == "THREATEN" and r.trigger.pattern.type == "COERCE":
        # "prepared to impose martial law": a threat of repression is domestic, as the act would be
        targets = place_target("COERCE", r.sources, anchor, sent, link)
    # "A and B exchanged prisoners"
    mutual = len(r.sources) > 1 and (lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual)
    if not targets and r.cameo in ("0841", "081", "0813", "0814") and not mutual:
        # people released with no country of their own: where it happens, else the releaser's
        # own nationals ("the junta released 2,000 political prisoners")
        targets = place_target("RETREAT", r.sources, anchor, sent, link)
    if not targets and r.type in ("ASSAULT", "COERCE"):
        # "attacked government troops": the victims of force, a role with no country (---MIL)
        # unnamed victims take the country where they were hit, as unnamed attackers do
        for cand in [c for c in kids(anchor) if c.dep_ in ("dobj", "nsubjpass")]:
            targets = located_actor(cand, anchor, sent, link) or bare_agent(cand, link)
            if targets:
                break
    pattern = r.trigger.pattern
    placed = all(t[3] is not None and t[3].dep_ == "pobj" and t[3].head.lower_ in ("in", "at")
                 for t in targets)
    mutual_act = (pattern.pair is not None and pattern.pair == pattern.cameo) or \
        (lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual)
    if len(r.sources) > 1 and mutual_act and placed:
        # "leaders of Kenya and Somalia held talks in Nairobi", "police and protesters clashed in Belfast":
        # a place, not a third party
        targets = []
    # an attack's modifier names its attacker, never its victims too: "killed in an Israeli air strike"
    attackers = {(a[1], a[2]) for a in r.sources if a[3] is not None
                 and a[3].dep_ in ("poss", "amod", "compound") and lemma(a[3].head) in VIOLENT_NOUNS}
    r.targets = [t for t in targets if (t[1], t[2]) not in attackers]
    if r.type == "ASSAULT" and _repression(r):
        # police firing on demonstrators: CAMEO's violent repression (175), not combat
        r.type, r.cameo, r.mode = "COERCE", "175", "crowd-control"
    if r.type == "ASSAULT" and _in_protest(anchor):
        # "stormed the Swedish embassy in protest against ...": a violent protest, not an armed attack
        r.type, r.cameo, r.mode = "PROTEST", "145", "riot"
    if r.trigger.pattern.reverse:
        # "X received aid from Y", "X faces charges from Y": Y acts (source), X undergoes (target)
        heads = [r.trigger.tok] + [c for c in kids(r.trigger.tok) if c.dep_ in ("dobj", "nsubjpass")]
        heads += [o for h in heads[1:] for p in kids(h) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                  for o in kids(p) if o.dep_ == "pobj"]  # "1.5 billion euros in aid from the EU"
        givers = [a for h in heads for p in kids(h) if p.dep_ in ("prep", "agent")
                  and p.lower_ in ("from", "by") for o in kids(p) if o.dep_ == "pobj"
                  for a in phrase_actors(o, link)]
        r.sources, r.targets = givers, r.sources
    if r.sources and not r.targets:
        r.targets = addressee_of(anchor, sent, triggers, r.sources, link) or \
            (written_to(anchor, r.sources, link) if r.type in ADDRESSED else [])
    # the pattern's own nouns ("talks", "charges") are what happens, never who takes part
    r.sources = [a for a in r.sources if a[3] is None or a[3].i not in _pattern_words(r.trigger)]
    r.targets = [a for a in r.targets if a[3] is None or a[3].i not in _pattern_words(r.trigger)]


CROWDS = {"protester", "demonstrator", "crowd", "rioter", "marcher", "protest", "demonstration", "rally"}


PERSONAL = {"he", "she", "they"}
OWN_STATE = {"country", "nation", "government", "administration"}


def _direct_targets(anchor: Any, r: Reading, etype: str, link: ActorLinker,
                    exclude: set[str]) -> list[tuple[Any, int, int, Any]]:
    """The objects, recipients and prepositional parties of the anchor or the trigger."""
    for tok in dict.fromkeys([anchor, r.trigger.tok]):
        targets = target_actors(tok, link, exclude, etype)
        if targets:
            return targets
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.head.i != tok.i:
            targets = target_actors(tok.head, link, exclude, r.type)
            if targets:
                return targets
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.dep_ == "dobj":
            # "announced $300 million in aid for Sudan": the verb carrying the amount
            targets = target_actors(tok.head.head.head, link, exclude, r.type)
            if targets:
                return targets
    return []


def _speakers_own(subj: Any) -> bool:
    """"his country", "our government": the speaker's own state, resolved like a pronoun."""
    return lemma(subj) in OWN_STATE and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "our", "my") for c in kids(subj))


def _own_state(speaker: tuple[Any, int, int, Any], subj: Any) -> tuple[Any, int, int, Any]:
    """The state a speaker calls "my/his country", with the phrase itself as evidence."""
    actor = speaker[0]
    span = subj.doc[subj.left_edge.i:subj.i + 1]
    state = Actor(name=span.text, code=actor.country, country=actor.country,
                  reasons=[f"the speaker's own state ({actor.name}, {actor.code})"])
    return (state, span.start_char, span.end_char, subj)


def _in_protest(verb: Any) -> bool:
    """The act is done "in protest" (against/at/over something)."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(lemma(o) == "protest" for o in kids(p))
               for p in kids(verb))


def _repression(r: Reading) -> bool:
    """Force by police against protesters (the target's sector or the words of the clause)."""
    if not r.sources or not all((a[0].code or "")[3:6] == "COP" for a in r.sources):
        return False
    if any((a[0].code or "")[3:6] == "OPP" for a in r.targets):
        return True
    return any(lemma(t) in CROWDS for t in r.anchor.subtree)


def _pattern_words(trig: Trigger) -> set[int]:
    """The trigger and the event nouns its pattern names ("talks", "charges"): what happens, never
    who takes part. A with-phrase of the noun ("an agreement with India") still names a party."""
    p = trig.pattern
    # a treaty named after a place is no party to it: "the Paris agreement", "the Minsk accords"
    # (while "an EU statement", "a US proposal" name their author)
    treaties = default_lexicon().classes.get("&AGREEMENT", frozenset())
    nouns = [c for c in kids(trig.tok) if c.dep_ == "dobj" and lemma(c) in p.obj
             and (_event_noun(c) or lemma(c) in treaties)]
    nouns += [o for c in kids(trig.tok) if c.dep_ == "prep" and c.lower_ in p.pobj_preps
              for o in kids(c) if o.dep_ == "pobj" and lemma(o) in p.pobj]
    words = {trig.tok.i} | {n.i for n in nouns}
    words |= {m.i for n in nouns if lemma(n) in treaties for m in kids(n) if m.dep_ in ("compound", "amod")}
    return words


def _event_noun(tok: Any) -> bool:
    """A noun the lexicon knows as an event ("talks", "charges"), not a patient ("prisoners")."""
    return bool(default_lexicon().lookup("noun", lemma(tok)))


def _quote_speaker(ctx: ArticleContext, index: int | None) -> list[tuple[Any, int, int, Any]]:
    if index is None:
        return []
    quote = ctx.article.quotes[index]
    if quote.speaker_actor is None:
        return []
    start = quote.speaker_start if quote.speaker_start is not None else 0
    end = quote.speaker_end if quote.speaker_end is not None else 0
    return [(quote.speaker_actor, start, end, None)]


def _event_actor(article: Article, item: tuple[Any, int, int, Any] | None) -> EventActor | None:
    if item is None:
        return None
    actor, start, end, _ = item
    reasons = list(getattr(actor, "reasons", None) or [])
    if end <= start:
        return EventActor(text=actor.name, code=actor.code, reasons=reasons)
    return EventActor(text=article.text[start:end], code=actor.code, start=start, end=end, reasons=reasons)


def _date_for(article: Article, start: int, end: int, trigger_at: int) -> str | None:
    """The DATE timex of the sentence nearest the event's verb, leaving out spans that only bound it
    ("suspended since 2018"); else the publication date."""
    best: tuple[int, str] | None = None
    for t in article.timexes:
        if t.start >= start and t.end <= end and t.value and t.type == "DATE" and _DATE_VALUE.match(t.value):
            before = article.text[max(start, t.start - 8):t.start].split()
            if before and before[-1].lower() in BOUNDING_PREPS:
                continue
            dist = abs(t.start - trigger_at)
            if best is None or dist < best[0]:
                best = (dist, t.value)
    if best is not None:
        return best[1]
    return article.published[:10] if article.published else None


HISTORY_YEARS = 10


def _history(date: str | None, published: str | None) -> bool:
    """An event dated ten or more years before the story was published is background, not news."""
    if not date or not published or not date[:4].isdigit() or not published[:4].isdigit():
        return False
    return int(date[:4]) <= int(published[:4]) - HISTORY_YEARS


def _dates_its_own_clause(article: Article, sent: Any, anchor: Any, date: str | None) -> bool:
    """The timex giving `date` hangs on the event's own verb, not on a clause or a noun below it:
    "offered to hand over two men suspected of blowing up a plane in 1988" is not dated 1988, nor is
    "investigating Iran over the 1994 bombing"."""
    for t in article.timexes:
        if t.value != date or not (sent.start_char <= t.start < sent.end_char):
            continue
        tok = next((w for w in sent if w.idx >= t.start), None)
        while tok is not None and tok.i != anchor.i and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and tok.i != anchor.i:
                break
            if tok.pos_ in ("NOUN", "PROPN") and tok.i != anchor.i and not t.start <= tok.idx < t.end:
                break  # "investigating Iran over the 1994 bombing": the date is the bombing's
        if tok is not None and tok.i == anchor.i:
            return True
    return False


def _place_for(article: Article, sent: Any, link: ActorLinker) -> str | None:
    for ent in link.ents_in(sent):
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and \
                ent.root.head.lower_ in PLACE_PREPS:
            return str(ent.text)
    if article.dateline is not None and article.dateline.place:
        return article.dateline.place
    return None


# a state does not meet, visit, court or cooperate with itself: "Kim Jong Un visited a factory" is no
# PRKGOV->PRK visit, "the Biden administration held a summit of the U.S., Japan and ..." no USAGOV->USA
# meeting. Domestic dyads stay where the codebook has them (protests, repression, fighting, demands,
# releases, investigations) and between two sectors of one country (KORGOV meets KOROPP).
NO_SELF_ROOTS = {"03", "04", "05", "06"}


def _self_dyad(source: str | None, target: str | None, code: str) -> bool:
    if not source or not target or code[:2] not in NO_SELF_ROOTS:
        return False
    if "---" in (source[:3], target[:3]) and source[3:6] == target[3:6] == "GOV":
        return True  # "the president met his top advisers": an unplaced official of the same government
    if source[:3] != target[:3] or source[:3] in ("---", "IGO", "NGO", "IMG"):
        return False
    return source == target or len(source) == 3 or len(target) == 3 or code in ("042", "043")


def _to_events(r: Reading, sent: Any, ctx: ArticleContext) -> list[Event]:
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
    date = _date_for(article, sent.start_char, sent.end_char, r.anchor.idx)
    if _history(date, article.published) and _dates_its_own_clause(article, sent, r.anchor, date):
        return []  # "Napoleon invaded Russia in 1812": history, not news (PETRARCH's discards)
    code = cm.normalize(r.cameo) if r.cameo else cm.normalize(cm.PLOVER_TO_ROOT.get(r.type, "") + "0")
    dyads: list[tuple[EventActor | None, EventActor | None]]
    symmetric = r.trigger.pattern.pair is not None and r.trigger.pattern.pair == r.trigger.pattern.cameo
    reciprocal = len(sources) > 1 and not targets and \
        (symmetric or lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual
         or lemma(r.anchor) in RECIPROCAL
         or lemma(r.trigger.tok.head) in ("trade", "exchange"))  # "A and B traded accusations"
    if reciprocal:  # "A and B met": reciprocal dyads
        dyads = [(a, b) for a in sources for b in sources if a is not b]
    else:
        firsts: list[EventActor | None] = list(sources) or [None]
        seconds: list[EventActor | None] = list(targets) or [None]
        dyads = [(a, b) for a in firsts for b in seconds]
    common = {
        "type": r.type or None, "mode": r.mode, "cameo": code, "goldstein": cm.goldstein(code),
        "plover_score": cm.plover_score(r.type, r.mode),
        "date": date,
        "place": _place_for(article, sent, ctx.link),
        "text": article.text[start:end], "start": start, "end": end,
        "trigger": r.trigger.tok.text, "quote_index": r.quote_index,
        "confidence": round(min(confidence, 1.0), 2), "negated": r.negated, "hypothetical": r.hypothetical,
    }
    conditional = in_condition(r.anchor, sent)  # "if China invaded Taiwan": nothing happened yet
    events = [Event(source=s, target=t, sources=list(sources), targets=list(targets), **common)  # type: ignore[arg-type]
              for s, t in dyads]
    for ev in events:
        if ev.source is None or ev.target is None or r.negated or conditional:
            # a negated event did not happen ("did not clash"): PLOVER keeps it flagged, CAMEO
            # has no code for it
            # a CAMEO event is a complete dyad (PETRARCH's require_dyad): "an Eriadorian was shot
            # dead", "they called for...", "X warned of..." keep their PLOVER reading but give no
            # CAMEO triple
            ev.cameo = None
            ev.goldstein = None
    for ev in events:
        if ev.cameo and ev.source is not None and ev.target is not None and \
                _self_dyad(ev.source.code, ev.target.code, ev.cameo):
            ev.cameo, ev.goldstein = None, None
    pattern = r.trigger.pattern
    pair = pattern.pair if pattern.pair and code == pattern.cameo else VISIT_PAIRS.get(code or "")
    if pair is not None and not reciprocal and not r.negated and not conditional:
        # a paired code is two events: "A held talks with B" = A->B 046 and B->A 046; "A left
        # for B" = A->B 042 and B->A 043; "A hosted B" = A->B 043 and B->A 042
        other = dict(common, cameo=pair, goldstein=cm.goldstein(pair))
        events += [Event(source=t, target=s, sources=list(targets), targets=list(sources), **other)  # type: ignore[arg-type]
                   for s, t in dyads if s is not None and t is not None
                   and not _self_dyad(t.code, s.code, pair)]
    if reciprocal:
        # PLOVER keeps "A and B met" as one event with no recipient; it leads, without a CAMEO code,
        # so the CAMEO view (events with a code) holds only the dyads
        plover = Event(source=sources[0], target=None, sources=list(sources), targets=[],
                       **common)  # type: ignore[arg-type]
        plover.cameo = None
        plover.goldstein = None
        events.insert(0, plover)
    # a CAMEO-only row (root 01) without a complete dyad says nothing in either scheme
    return [ev for ev in events if ev.type or ev.cameo]


def code_events(article: Article, doc: Any, lexicon: Lexicon | None = None) -> None:
    """Fill `article.events` from the parsed headline and body (the trailer is never parsed)."""
    lex = lexicon or default_lexicon()
    quotes = [(q.content_start, q.content_end, i) for i, q in enumerate(article.quotes)
              if q.content_end > q.content_start]
    ctx = ArticleContext(article=article, link=ActorLinker(article, doc), quotes=quotes)
    limit = article.body_end if article.body_end > article.body_start else len(article.text)
    cuts = sorted({c for c in (article.headline_end, article.body_start) if c}
                  | set(inline_leads(article.text[:limit])))
    events: list[Event] = []
    codes: dict[tuple[int, int, str | None, str | None], str | None] = {}
    for sent in doc.sents:
        # the whitespace token closing a headline sits at the cut: it is no part of its own
        parts = [p for p in _split(sent, cuts) if p.text.strip()]
        for part in parts:
            if part.start_char >= limit:
                continue
            try:
                if len(parts) > 1:
                    part = _reparse(part)
                for reading in _readings_for_sentence(part, lex, ctx):
                    rows = _to_events(reading, part, ctx)
                    events.extend(rows)
                    # the reading's own code, also where no row has a complete dyad to carry it
                    codes.update({(e.start, e.end, e.trigger, e.type): reading.cameo for e in rows})
            except Exception as exc:  # a coder bug costs one sentence, never the article
                log.warning("event coding failed at %s:%d: %s", article.id, part.start_char, exc)
                article.warnings.append(f"events: sentence at {part.start_char} not coded ({exc})")
    try:
        article.events = merge_occurrences(events, article.published[:10] if article.published else None,
                                           codes, article.headline_end or 0)
    except Exception as exc:  # a merging bug keeps every reading rather than losing the article
        log.warning("event merging failed for %s: %s", article.id, exc)
        article.warnings.append(f"events: restatements not merged ({exc})")
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
