"""Event coding over the spaCy dependency parse: PLOVER type/mode, CAMEO code, source, target.

This module is the driver: it walks the sentences of an article, picks each sentence's anchors and
reads them into `Reading`s, then hands them on. Its helpers, one job each: triggers.py matching,
parse.py tree walks, arguments.py actor phrases, reading.py the `Reading` record and the article
context, frames.py frame readings, anchor_codes.py sharper codes from nearby words, speech.py
reported speech and alleged wrongs, addressees.py "A told B", attach.py sources and targets,
emit.py readings into CAMEO-dyad `Event`s, dedup.py merging restatements, reparse.py a second parse of a
sentence part the model's first parse left unusable.

Per sentence:
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
from typing import Any

from spacy.symbols import VERB

from ..nlp.actors.sectors import ROLE_NOUNS
from ..parse.byline import inline_leads
from ..records import Article, Event
from .actor_link import ActorLinker
from .addressees import told_statements
from .aid_recipients import aid_recipient
from .alert_cause import alert_aimed_at_cause
from .anchor_codes import (
    aid_code,
    aircraft_code,
    arms_to_actor,
    bomb_code,
    means_code,
    mined,
    object_names_the_act,
    to_death,
    violent_cause,
)
from .arguments import phrase_actors
from .asked_subjects import asked_clause_subject
from .attach import HARM_VERBS, attach_actors, co_act_of, mediated_talks, relative_parties
from .called_harm import called_harm
from .cameo_guards import MEETING_NOUNS
from .captors import captors_asked
from .carried_messages import carried_messages
from .charges import charge_code
from .codable import may_code
from .concern_over_acts import concern_over_told_act
from .conditional_threats import conditional_threat
from .confidence import score_events
from .conveyed_documents import document_parties
from .coup_place import coup_in_place
from .dateline_target import dateline_body_target, dateline_force_target, dateline_places_unplaced
from .dedup import merge_occurrences
from .dispersed import force_on_protesters, gathering_parties
from .disputed_results import results_rejected
from .drawn_reactions import drawn_reaction_doers
from .dropped_charges import dropped_against
from .dyad_completion import complete_dyad
from .echoed_acts import echoed_acts
from .emit import to_events
from .exiled_bodies import exile_unplaced
from .faced_threats import faced_threat_target
from .fight_sides import casualties_as_sides, sufferer_of_attack, under_armed_fire
from .force_posture import prepared_attack, trained_for_another
from .force_requests import requested_force
from .frames import (
    COOPERATIVE,
    DEMAND_CODES,
    MATERIAL_CONFLICT,
    REJECT_CODES,
    REQUEST_MODES,
    asserts_not_demands,
    frame_complement,
    frame_reading,
    future_reading,
    future_tense,
)
from .go_between import go_between_parties
from .held_in_state import detainer_named_by_place
from .history_timed import history_timed
from .home_opponents import place_opponents
from .hoped_dealings import dealings_partner
from .inquiries import drop_inquired_victims
from .inquiry_items import inquired_party, inquiry_item
from .intervention import intervention_forces
from .involvement import foreign_involvement
from .irregular_violence import unconventional
from .joint_plans import planned_cooperation
from .judged_by_phrase import judged_act_doer
from .judged_deeds import deed_judged_beside, judged_doers
from .learned_attach import fill_missing
from .lexicon import Lexicon, Pattern, default_lexicon
from .meeting_purpose import negotiation_purpose
from .message_senders import carried_message_sender
from .named_again import object_named_again
from .pair_antecedent import pair_sources, pair_targets, remember_pair
from .pair_own import pair_own_targets
from .parse import (
    OBLIGING_HEADS,
    PRONOUNS,
    ancestors,
    commentators_guess,
    doc_sentences,
    gathering_subject,
    has_infinitive_to,
    is_hypothetical,
    is_negated,
    is_passive,
    kids,
    lemma,
    obliged_subject,
    sentence_part,
    span_text,
    tokens_with_pos,
)
from .pressed_attacks import pressed_attack_target
from .pressed_demands import drop_pressed_demands
from .pressed_yield import yielded_to
from .protection_mission import sent_to_protect
from .protest_aims import protest_aim, yield_aim
from .reading import ArticleContext, Reading
from .ready_passive import ready_subject
from .rebels_government import own_government
from .recalled_envoys import passive_recall, recalled_from
from .recognised_as import recognised_as
from .refused_alternatives import refused_alternative
from .relative_charges import charge_told_beside, charged_parties
from .relative_object import relative_object
from .reparse import headline_read, joined_clauses, parsed_again
from .resolved_force import hedged_verb
from .responsibility_for import responsibility_victim
from .restated_acts import restates_told_act
from .riot_acts import riot_not_damage
from .role_partners import YIELDING, joint_role_subject, role_partner
from .sentence_pair import pair_in_sentence
from .speech import (
    alleged_wrongs,
    drop_quoted_targets,
    hearsay,
    in_report,
    object_act_doers,
    passive_arrest_teller,
    prompted_doers,
    remember_act,
    reported_attack,
)
from .speech_persons import fill_persons
from .stood_by import stood_by_parties
from .sub_codes import (
    attempted,
    between_others,
    cut_aid_code,
    mass_expulsion,
    mass_killing,
    pact_field,
    policy_demand,
    released_person,
    violated_truce,
    with_item,
)
from .summoned_envoys import passive_summons
from .territory_holders import place_country, territory_holder
from .time_clause_agents import time_clause_doers
from .told_deed import first_clause_doers
from .triggers import LIGHT_VERBS, Trigger, dispersed_gathering, find_triggers
from .ultimatums import or_face_ultimatums
from .unruled_force import aim_unruled_force, unruled_force
from .visit_hosts import dateline_here, visit_host
from .wronged_later import mutual_owner, remember_hit, reply_to_last_hit, reply_to_passive_clause
from .wronged_reply import reply_to_first_clause

log = logging.getLogger(__name__)


OBLIGATION_AUX = {"must", "should"}


def _said_beside(tok: Any, triggers: dict[int, Trigger]) -> Any | None:
    """The act verb a warning, demand or refusal is coordinated with: "praised the reforms but warned
    of retaliation", "condemned the test and called for talks" say a second thing beside the first
    (same depth), not a detail of it."""
    own, head = triggers.get(tok.i), triggers.get(tok.head.i)
    if tok.dep_ == "conj" and own is not None and own.frame in _SAID_FRAMES and \
            head is not None and head.tok.pos_ == "VERB" and (not head.is_frame or (
                head.frame in _SAID_FRAMES and tok.tag_ in _FINITE and not _reported_after(head.tok)
                and not _own_people_addressed(tok)) or _yielded_but_refused(tok, own, head)):
        return head.tok  # a finite second frame beside a first: "refused to let inspectors in and (but
        # also) demanded that the Americans leave" says two things, not the demand as what was refused
        # (parse36)
    return None


def _reported_after(verb: Any) -> bool:
    """Whether a verb is the clause a speaking verb before it reports of another party ("told parliament that
    New Delhi had rejected Nepal's offer ..., and urged India to reopen the crossings"): a frame conjunct
    there may be the speaker's own act the model hung in the report, so it is not read beside the reported
    one. The speaker's own report ("said it firmly opposed ... and urged the EU") is read beside."""
    return verb.dep_ == "ccomp" and verb.head.i < verb.i and \
        any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in kids(verb))


def _own_people_addressed(verb: Any) -> bool:
    """ "demanded that he resign, and called on their supporters to hold rallies": a call on the speaker's
    own people (an addressee owned by a pronoun) is no act toward another party beside the first."""
    addressees = [c for c in kids(verb) if c.dep_ == "dobj"] + \
        [g for p in kids(verb) if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to")
         for g in kids(p) if g.dep_ == "pobj"]
    return any(o.dep_ == "poss" and o.pos_ == "PRON" for a in addressees for o in kids(a))


_SAID_FRAMES = frozenset({"@THREATEN", "@REQUEST", "@REJECT"})


def _yielded_but_refused(tok: Any, own: Trigger, head: Trigger) -> bool:
    """ "agreed to let U.N. inspectors return but refused to hand over documents": a finite refusal set
    against an agreement by "but" is a second act, not what was agreed (leads42)."""
    return own.frame == "@REJECT" and head.frame == "@AGREE" and tok.tag_ in _FINITE and \
        any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in kids(head.tok)) and \
        not _reported_after(head.tok)
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _refusal_shares_agreement(kept: list[Reading], triggers: dict[int, Trigger]) -> None:
    """A refusal set against an agreement by "but" that names no party of its own ("agreed to let U.N.
    inspectors return but refused to hand over documents") refuses the party the agreement is made with,
    as a second demand or threat of one subject is aimed where the first act is (leads42)."""
    for r in kept:
        if r.targets or r.completed_targets or r.type != "REJECT" or r.anchor.dep_ != "conj":
            continue
        own, head = triggers.get(r.anchor.i), triggers.get(r.anchor.head.i)
        if own is None or head is None or not _yielded_but_refused(r.anchor, own, head):
            continue
        main = next((m for m in kept if m.anchor.i == head.tok.i and m is not r), None)
        if main is not None:
            r.completed_targets = list(main.targets or main.completed_targets)


def _told_beside(tok: Any) -> Any | None:
    """The verb of the clause an act is told beside, as an act of its own with its own doer: a fronted
    participle with its own by-agent ("Accused by Ukraine of shelling, Russia denied it": Ukraine's
    accusation). An agentless participle ("Asked to comment, X said") stays under it, and so does a
    relative clause: "Nicaragua, which broke off ties with Taipei, accused X" tells background, which
    the probes (tests/events/probes_dyad11.py) and the census (one wrong triple) leave uncoded."""
    if tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i and \
            any(c.dep_ == "agent" for c in kids(tok)):
        return tok.head
    if after_clause(tok):
        return tok.head
    if tok.dep_ == "xcomp" and _consequence_clause(tok.head):
        return tok.head.head  # "..., prompting Tokyo to suspend food aid": Tokyo's own act (lead29)
    return deed_judged_beside(tok)  # "..., a move that Taipei condemned": Taipei's verdict (stories30)


# diplomatic reactions whose after-clause tells the act they answer (stories27)
REACTING = frozenset({"recall", "summon", "expel", "condemn", "protest", "suspend", "sever", "cut",
                      "downgrade", "sanction", "close", "withdraw", "impose", "order"})


def after_clause(tok: Any) -> bool:
    """ "Mali recalled its ambassador from Algeria, after Bamako accused the Algerian army of ...", "summoned
    the envoy after Iran executed a dissident": a finite after-clause with a named subject of its own under a
    diplomatic reaction tells the act it answers, read beside the main one (stories27). Not a pronoun's
    (whose act a clause alone cannot place), not a passive's, not a participle's ("after meeting Putin" is
    the main subject's own), and not under a reaction told in the passive ("the sanctions were first
    imposed in 1990 after Iraq invaded Kuwait" is history told from the sanctions); under any other main
    act the after-clause is its background, which the wire gold leaves uncoded."""
    return tok.dep_ == "advcl" and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP") \
        and lemma(tok.head) in REACTING and not is_passive(tok.head) \
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in kids(tok)) \
        and any(c.dep_ == "nsubj" and c.lower_ not in PRONOUNS and c.pos_ in ("PROPN", "NOUN")
                for c in kids(tok))


def _reported_beside(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> Any | None:
    """The act verb a reporting verb is coordinated with, when `tok` is said in that reporting verb's
    own complement: "X had moved troops into the Gulf and said it would strike Iraq", "Y denied the
    charges and said it would expel the envoy". The second verb phrase reports a statement of its own
    with the same subject; the first act does not govern it, so it is read beside the first (shape19)."""
    if tok.pos_ != "VERB":
        return None
    prev = tok
    for anc in ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if trig is None:
            if anc.dep_ in ("relcl", "acl") or anc.pos_ not in ("VERB", "AUX"):
                return None  # a relative clause or a noun's complement tells background
            prev = anc
            continue
        head = triggers.get(anc.head.i)
        if trig.frame == "@SPEECH" and anc.dep_ == "conj" and prev.dep_ == "ccomp" and \
                head is not None and head.frame not in ("@SPEECH", "@FUTURE") and head.tok.pos_ == "VERB":
            return head.tok
        return None
    return None


def _told_or_reported_beside(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> Any | None:
    return _told_beside(tok) or _reported_beside(tok, sent, triggers)


def _depth(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> int:
    """Distance to the sentence root, not counting reporting verbs (they are transparent)."""
    gov = co_act_of(tok, triggers) or _said_beside(tok, triggers)
    if gov is not None:
        return _depth(gov, sent, triggers)
    depth = 0
    for anc in ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if anc.i == tok.head.i and anc.lemma_ == "be" and trig is None and (tok.dep_ == "acomp" or (
                tok.dep_ == "conj" and any(c.dep_ == "acomp" and c.i in triggers for c in kids(anc)))):
            # "said it was ready to hold talks", "... were ready to defend the capital and offered a
            # ceasefire": the copula carries the frame, no level of its own (lead31)
            continue
        if anc.lower_ == "while" and anc.dep_ == "prep" and trig is None:
            continue  # "While expressing regret ..., X said": an act told as simultaneous is as deep (lead31)
        if trig is None or trig.frame != "@SPEECH" or anc.dep_ != "ROOT":
            depth += 1
    if tok.pos_ in ("NOUN", "PROPN") and depth > 0 and (lemma(tok.head) in LIGHT_VERBS or tok.dep_ == "pobj"):
        depth -= 1  # "staged rallies" is as deep as "staged"
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by" and depth > 1 and \
            triggers.get(tok.head.head.i) is None:
        depth -= 2  # "sparked hope by meeting ...": the means is the act when the main verb codes none
    return depth


def _dominated(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> bool:
    """Under another (non-reporting) trigger. A verb coordinated with a trigger verb and taking its
    own object is an event of its own: "met X and condemned Y"."""
    if dispersed_gathering(tok):
        return False  # "police broke up a protest by opposition supporters": the protest is its own act
    gov = co_act_of(tok, triggers)
    if gov is not None:
        return _dominated(gov, sent, triggers)
    beside = _said_beside(tok, triggers) or _told_or_reported_beside(tok, sent, triggers) \
        or charge_told_beside(tok)
    if beside is not None:
        return _dominated(beside, sent, triggers)
    for anc in ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if trig is not None and trig.frame not in ("@SPEECH", "@FUTURE"):
            return True
    return _left_undone(tok)


# nouns whose infinitive is an act not done ("Rome's refusal to extradite Ocalan", "Iraq's failure to comply")
UNDONE_NOUNS = frozenset({"refusal", "failure", "reluctance", "unwillingness", "inability"})


def _left_undone(tok: Any) -> bool:
    """An infinitive on a noun of refusal or failure, whether or not that noun is coded itself (a grievance
    in an over-phrase is not): the act was not done (lead44: "over Rome's refusal to extradite Ocalan" was
    coded as Italy extraditing him)."""
    return tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and lemma(tok.head) in UNDONE_NOUNS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok))


# meetings a party calls off in answer to another's act (lead33)
CALLED_OFF = MEETING_NOUNS | {"visit", "trip"}

# verbs of a clause that tells what an act made another party do ("..., prompting Tokyo to suspend aid")
CONSEQUENCE_VERBS = frozenset({"prompt", "force", "lead", "cause", "spur", "compel", "provoke", "push",
                               "drive", "oblige"})


def _consequence_clause(tok: Any) -> bool:
    """ "North Korea fired a missile over Japan, prompting Tokyo to suspend food aid": a participle clause
    whose object is made to act; that party's act is its own event, not a part of the first one."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and lemma(tok) in CONSEQUENCE_VERBS and any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" for c in kids(tok)) and any(
        c.dep_ == "xcomp" for c in kids(tok))


# acts done by saying: a second one coordinated with the first and naming no party addresses the same
SAID_ACTS = {"THREATEN", "REQUEST", "ACCUSE", "REJECT"}
# an offer, pledge or promise is said as well: one coordinated with a first act and naming no party is
# made to the party addressed (leads45)
OFFER_VERBS = frozenset({"offer", "pledge", "promise", "vow"})


def _obligation(tok: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in kids(tok)) or \
        has_infinitive_to(tok) and \
        tok.head.lemma_.lower() in OBLIGING_HEADS and tok.dep_ == "xcomp" and \
        not any(c.lower_ == "yet" for c in kids(tok.head))  # "had yet to run its course": not done (lead29)


def _needed(tok: Any) -> bool:
    """"Trump needs to do more", reported: what the speaker finds needed is asked, not required, an
    appeal (02) where "must", "should" and "has to" make a demand (10) (wire25)."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "need"


def _asked_code(tok: Any, code: str | None) -> str | None:
    """A demand's code (10x), or the appeal of the same object (02x) when the obligation is a need: the
    codebook's appeals and demands share their sub-codes (1041 / 0241 leadership change)."""
    return "02" + code[2:] if code and _needed(tok) and code.startswith("10") else code


# verbs of yielding and what presses for it: "bow to pressure", "give in to demands", "cave in to threats"
YIELD_VERBS = frozenset({"bow", "yield", "succumb", "capitulate", "bend", "cave", "give", "submit", "kowtow"})
PRESSURES = frozenset({"pressure", "demand", "threat", "ultimatum", "blackmail", "dictate", "coercion"})


def _refused_yield(tok: Any) -> bool:
    """A yielding to pressure, denied: "Japan will not bow to U.S. pressure", "has no plans to give in to
    the rebels' demands". The codebook's refusal to yield (124); the press is aimed by whoever owns it."""
    if lemma(tok) not in YIELD_VERBS or not is_negated(tok):
        return False
    return any(lemma(o) in PRESSURES for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "to"
               for o in kids(p) if o.dep_ == "pobj")


# a statute's clause speaks of any member of a class: "An operational foreign-funded bank shall ...",
# "Any party to the dispute shall ..." (regulations that agencies publish in full as news)
GENERIC_DETS = frozenset({"a", "an", "any", "every", "each", "no"})


# what money given to is political funding, not aid (CAMEO 07 is aid to those in need of it)
POLITICAL_RECIPIENTS = frozenset({"campaign", "party", "candidate", "candidacy", "pac"})


def _political_giving(trig: Trigger) -> bool:
    """Money given to a campaign, a party or a candidate ("gave $200,000 to Clinton's campaign", "donated
    $1 million to the Republican Party", "donated generously to Cunningham's political campaigns") is
    political funding, no aid: only the giving verbs' plain aid rows (070), only by the to-phrase's noun."""
    tok = trig.tok
    if trig.pattern.cameo != "070" or lemma(tok) not in ("give", "donate", "contribute"):
        return False
    return any(p.dep_ in ("prep", "dative") and p.lower_ == "to" and lemma(o) in POLITICAL_RECIPIENTS
               for p in kids(tok) for o in kids(p) if o.dep_ == "pobj")


# nouns of a course of action proposed: the act in their infinitive is only proposed
PLAN_NOUNS = frozenset({"plan", "proposal", "idea", "scheme", "blueprint"})


def _only_planned(tok: Any, triggers: dict[int, Trigger]) -> bool:
    """The act is the infinitive of a plan or proposal noun that a preposition governs and that codes
    nothing there ("Clinton has an answer to Trump's plan to deport 11 million people", "spoke about
    Cruz's plan to expel refugees"): a plan talked about is only proposed, as "Trump plans to deport"
    codes nothing. Where the noun is a frame ("rejected Trump's plan to ...") the frame reads it, and a
    plan adopted ("the cabinet approved a plan to release 400 prisoners") keeps its act."""
    head = tok.head
    return tok.dep_ == "acl" and head.i != tok.i and lemma(head) in PLAN_NOUNS and head.i not in triggers \
        and head.dep_ == "pobj" and has_infinitive_to(tok)


def _rule_of_law(tok: Any) -> bool:
    """A trigger in a clause of law: "shall" with an indefinite subject ("a bank shall comply")."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") else tok
    verb = verb.head.head if verb.dep_ == "pobj" else verb
    if not any(c.dep_ == "aux" and c.lower_ == "shall" for c in kids(verb)):
        return False
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(d.dep_ == "det" and d.lower_ in GENERIC_DETS for d in kids(subj))


MODAL_AUX = {"will", "would", "should", "must", "shall", "could", "can", "may", "might", "'ll", "wo", "ca"}


def _modal_clause(verb: Any) -> bool:
    """A clause that says what is to be done ("that talks should resume", "that they would meet"), not
    what is the case ("that the budget was realistic")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX for c in kids(verb)) or \
        verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in kids(verb))  # the subjunctive


def _light_verb_negated(tok: Any) -> bool:
    """An event noun carried by a negated light verb: "did not attend the summit", "never held talks
    with" (codes12): the act did not happen, as "did not meet" did not."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") and lemma(tok.head) in LIGHT_VERBS and \
        is_negated(tok.head)


def _actor_subject(verb: Any, ctx: ArticleContext) -> bool:
    """The clause's subject names an actor ("the North must halt ..."), so "must" is a demand on it."""
    subj = obliged_subject(verb)  # "Trump has to / needs to"
    if subj is None:
        return False
    return subj.lower_ in ("it", "they", "he", "she", "we", "you") or bool(phrase_actors(subj, ctx.link))


# verbs that halt the ongoing act of their gerund, and the cut each cooperative act becomes when halted
HALT_VERBS = frozenset({"stop", "cease", "quit", "halt", "suspend", "end", "discontinue"})
HALT_CODES = {"CONSULT": "164", "AID": "162", "COOPERATE": "160", "SUPPORT": "160", "AGREE": "160"}


def _halted(tok: Any, trig: Trigger) -> bool:
    """A cooperative act told as the gerund a halting verb governs: "will stop cooperating with"."""
    return trig.pattern.type in HALT_CODES and not trig.pattern.reverse and tok.tag_ == "VBG" and \
        tok.dep_ in ("xcomp", "ccomp", "dobj") and lemma(tok.head) in HALT_VERBS and \
        not is_negated(tok.head)


def _own_forces_ordered(order: Any, act: Any) -> bool:
    """ "ordered the army to suspend operations": the order's object is the orderer's own forces (a military
    or police role of the actors stage's tables) and the act is its infinitive (lead31)."""
    return act is not None and act.dep_ == "xcomp" and act.head.i == order.i and any(
        c.dep_ == "dobj" and ROLE_NOUNS.get(c.lower_) in ("MIL", "COP") for c in kids(order))


def _readings_for_sentence(sent: Any, lex: Lexicon, ctx: ArticleContext) -> list[Reading]:
    with sentence_part(sent):
        readings = carried_messages(_readings_in(sent, lex, ctx), sent, ctx.link)  # "a letter from A to B"
        for r in readings:
            pair_own_targets(r)  # "A and B agreed to hold meetings of their ministers": both ways (leads40)
            planned_cooperation(r, ctx.link)  # "agreed to patrol the border jointly": 0312 (leads40)
            judged_act_doer(r, ctx.link)  # "concern over the arrest of X by Ethiopian police": ETH (leads40)
            requested_force(r, ctx.link)  # "asked Australia for troops to restore order": 0234 (leads41)
        object_named_again(readings)  # "fired on a Japanese boat and seized the vessel": Japan (leads40)
        return readings


def _awaited_condition(tok: Any) -> bool:
    """An until-clause on a refused or negated act: what must happen first, not a thing done."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in kids(tok)):
        return False
    head = tok.head
    return is_negated(head) or lemma(head) in ("refuse", "reject", "decline")


def _vowed_not_to(frame: Any, act: Any) -> bool:
    """The frame's own infinitive is negated: "vowed never to renounce", "promised not to attack" (the
    frame's own negation, "did not promise to", is the caller's)."""
    return act is not None and act.dep_ == "xcomp" and act.head.i == frame.i and any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in kids(act))


def _readings_in(sent: Any, lex: Lexicon, ctx: ArticleContext) -> list[Reading]:
    if lex.discarded(span_text(sent)):
        return []  # sports and entertainment: "beat Brazil in the World Cup" is no assault (a past era
        # times only its own act: history_timed.py)
    triggers = find_triggers(sent, lex)
    if not triggers and not any(_refused_yield(t) for t in tokens_with_pos(sent, VERB)):
        return []
    readings: list[Reading] = []
    past = history_timed(sent, lex)  # "seized ... at the end of World War II": that act is history
    for _, trig in sorted(triggers.items()):
        if trig.frame in ("@SPEECH", "@FUTURE") or _dominated(trig.tok, sent, triggers):
            continue
        if past and trig.tok.i in past:
            continue
        if hearsay(trig.tok, sent):
            continue  # "declined to comment on reports that it had expelled an envoy": nobody asserts it
        if _rule_of_law(trig.tok):
            continue  # "A foreign-funded bank shall comply with ...": a statute's clause, nobody's act
        if _political_giving(trig):
            continue  # "donated $1 million to the Republican Party": campaign money, no aid
        if _only_planned(trig.tok, triggers):
            continue  # "has an answer to Trump's plan to deport 11 million people": a plan, no act done
        tok = trig.tok
        if trig.is_frame:
            comp = frame_complement(tok, triggers)
            if comp is not None and comp.pattern.type == "MOBILIZE" and (
                    arms_to_actor(tok, ctx.link)
                    or trig.frame == "@AGREE" and arms_to_actor(comp.tok, ctx.link)):
                # "offered six patrol planes to the ROK", "promised to send tanks to Ukraine" (codes12):
                # arms promised to a state are aid, not a threat
                comp = Trigger(comp.tok, Pattern(pos="verb", lemma=lemma(comp.tok), type="AID", cameo="072",
                                                 mode=None, line=comp.pattern.line))
            etype, code, mode = frame_reading(trig, comp)
            if trig.pattern.lemma == "order" and comp is not None and comp.pattern.type in MATERIAL_CONFLICT:
                etype, code, mode = comp.pattern.type, comp.pattern.cameo, comp.pattern.mode
            elif trig.pattern.lemma == "order" and comp is not None and comp.pattern.type in YIELDING \
                    and comp.tok is not None and comp.tok.dep_ == "dobj" and comp.tok.head.i == tok.i:
                # "ordered the release of", "the lifting of": the orderer's own act, named by its noun
                etype, code, mode = comp.pattern.type, comp.pattern.cameo, comp.pattern.mode
            elif trig.pattern.lemma == "order" and comp is not None and comp.pattern.type == "RETREAT" \
                    and _own_forces_ordered(tok, comp.tok):
                # "ordered the army to suspend offensive operations against the guerrillas": the orderer
                # de-escalates through its own forces, towards whom they fought (lead31)
                etype, code, mode = comp.pattern.type, comp.pattern.cameo, comp.pattern.mode
            if not etype or (comp is None and trig.pattern.lemma == "fail"):
                continue  # "failed to win a seat" refuses nothing
            if trig.frame == "@REQUEST" and asserts_not_demands(tok):
                continue  # "insisted that the vote was fair" asserts; it asks nothing (codes12)
            if comp is None and lemma(tok) == "agree" and any(c.dep_ == "ccomp" for c in kids(tok)):
                if not any(_modal_clause(c) for c in kids(tok) if c.dep_ == "ccomp"):
                    continue  # "analysts agreed the budget was realistic": a shared opinion (codes12)
                code = "050"  # "A and B agree that disputes should be ...": accord, not an intention
            carrier = tok.head if tok.dep_ == "acomp" else tok
            if etype != "REQUEST" and _obligation(carrier) and in_report(tok, sent, triggers, ctx.quote_of):
                ctype = comp.pattern.type if comp is not None else "AGREE"
                asked = with_item(DEMAND_CODES.get(ctype, "100"), comp, triggers)
                readings.append(Reading(anchor=carrier, trigger=comp or trig, type="REQUEST",
                                        cameo=_asked_code(carrier, asked),
                                        mode=REQUEST_MODES.get(ctype, "change"), confidence=0.8,
                                        source_from_quote=True))
                continue
            negated = is_negated(tok)
            if unruled_force(tok):  # "would not rule out the use of force": a threat of force (stories41)
                etype, code, mode, negated = "THREATEN", "138", "violence", False
            if negated and trig.frame == "@AGREE":
                etype, code, mode = "REJECT", REJECT_CODES.get(comp.pattern.type if comp else "", "120"), None
                negated = False
            elif comp is not None and trig.frame in ("@AGREE", "@FUTURE") and _vowed_not_to(tok, comp.tok):
                # "vowed never to renounce the use of force" refuses to yield (12x); "promised not to
                # attack Kuwait" is restraint promised (035x), no threat (lead41)
                if comp.pattern.type in COOPERATIVE:
                    etype, code, mode = "REJECT", REJECT_CODES.get(comp.pattern.type, "120"), None
                elif comp.pattern.type in MATERIAL_CONFLICT:
                    etype, mode = "AGREE", None
                    code = "0356" if comp.pattern.type in ("ASSAULT", "MOBILIZE") else "035"
            code = with_item(code, comp, triggers)  # "pledged food aid" 0333 (codes16)
            code = between_others(comp, pact_field(tok, code))  # "agreed on a trade pact" 0311 (codes16b)
            code = policy_demand(tok, code)  # "demanded that India end its policy of" 1042 (codes17f)
            code = inquiry_item(comp.tok if comp is not None else tok, code)  # (probes17a)
            reading = Reading(anchor=tok, trigger=comp or trig, type=etype, cameo=code, mode=mode,
                              negated=negated, confidence=0.85)
            reading.trigger = trig if comp is None else comp
            if comp is not None and comp.pattern.reverse and trig.frame == "@THREATEN":
                # "warned Zimbabwe that it faced further sanctions": what the warned party would undergo
                # names the threat's kind; its parties are the warning's (targets23)
                reading.trigger = trig
            readings.append(reading)
            second = refused_alternative(trig, comp, triggers, etype)
            if second is not None:  # "refused to disarm its fighters or let U.N. peacekeepers in" (leads42)
                readings.append(Reading(anchor=tok, trigger=second, type="REJECT",
                                        cameo=with_item(REJECT_CODES.get(second.pattern.type, "120"), second,
                                                        triggers), mode=None,
                                        confidence=0.8))
            continue
        if trig.pattern.type == "MOBILIZE" and arms_to_actor(tok, ctx.link):
            # "will send 14 tanks to Ukraine": arms for another state are military aid, not a
            # deployment of one's own forces
            trig = Trigger(tok, Pattern(pos="verb", lemma=lemma(tok), type="AID", cameo="072", mode=None,
                                        line=trig.pattern.line))
        if _halted(tok, trig):
            # "stopped cooperating with U.N. inspectors", "will cease talking to Seoul": the act halted is
            # a cut in relations (16x), and promised, a threat to cut them (clauses28)
            trig = Trigger(tok, Pattern(pos="verb", lemma=lemma(tok), type="SANCTION",
                                        cameo=HALT_CODES.get(trig.pattern.type, "160"), mode=None,
                                        line=trig.pattern.line))
        etype, code, mode = trig.pattern.type, trig.pattern.cameo, trig.pattern.mode
        future = future_tense(tok, triggers)
        negated = is_negated(tok) or _light_verb_negated(tok)
        if negated and "no" in trig.pattern.objmod and not any(c.dep_ == "neg" for c in kids(tok)):
            negated = False  # "had no hope", "had no comment": the row's own "no" tells the act (leads45)
        if hedged_verb(tok) is not None:  # "will not hesitate to use force": to come, not denied (parse39)
            future, negated = True, False
        if negated and etype == "RETREAT" and lemma(tok) == "leave":
            # "said his forces would not leave Khartoum": a stance, no refusal to retreat (stories24)
            continue
        # a visit or meeting announced for later is a commitment to meet (036), as the codebook has it
        # ("will visit Japan next week"); PETRARCH-2, blind to tense, codes the visit itself (042/043)
        if future or any(triggers.get(a.i) is not None and triggers[a.i].frame == "@FUTURE"
                           for a in ancestors(tok, sent)[:2]):
            etype, code, mode = future_reading(trig)
            if negated and trig.pattern.type in COOPERATIVE and not trig.pattern.reverse:
                etype, code, mode = "REJECT", REJECT_CODES.get(trig.pattern.type, "120"), None
                negated = False
        if negated and etype in COOPERATIVE and etype == trig.pattern.type and not trig.pattern.reverse:
            # negation as code arithmetic: "did not meet" is the REJECT reading of the act (12x); a
            # receipt denied ("has not earned any backing from his colleagues", "got no aid from X") is
            # no refusal by the giver, only nothing done: it stays a negated reading
            etype, code, mode = "REJECT", REJECT_CODES.get(etype, "120"), REQUEST_MODES.get(etype)
            negated = False
        code = with_item(code, trig, triggers)  # "will lift the embargo" 0354 (codes16)
        code = between_others(trig, code)  # "will host talks between X and Y" 039 (probes17a)
        cause = violent_cause(tok, triggers) if etype == "ASSAULT" else None
        if cause is not None:  # "a suicide bombing killed 12": the bombing says how (1831)
            code, mode = cause.pattern.cameo, cause.pattern.mode
            code = "190" if mined(cause.tok) else code  # "a landmine explosion killed four" (roots17d)
        elif etype == "ASSAULT" and lemma(tok) in HARM_VERBS and bomb_code(tok):
            code = bomb_code(tok)  # "a suicide bomber killed 15", "a tank shell killed 18" (194)
            mode = "explosives" if code != "194" else "heavy-weapons"
        elif etype == "ASSAULT" and code in ("190", "194") and aircraft_code(tok):
            code, mode = "195", "aerial"  # "Turkish jets pounded Kurdish hideouts" (lead34)
        elif etype == "ASSAULT" and code == "190" and (means := means_code(tok, triggers)) is not None:
            code, mode = means  # "wounded two soldiers in a bomb attack" 183, "with machetes" 182 (gsrforce)
        code = to_death(tok, code) if etype == "ASSAULT" else code  # "hacked to death" 1823 (gsrforce)
        code = attempted(tok, cut_aid_code(tok, code))  # "halted economic aid" 1621, "tried to kill" 185
        code = mass_expulsion(tok, code)  # "expelled tens of thousands of Nepalese" 201 (probes17b)
        code = released_person(tok, code)  # "released Nelson Mandela" 0841 (lead45)
        code = violated_truce(tok, code)  # "traded fire, violating the truce" 196 (lead45)
        code = mass_killing(tok, code)  # "massacred thousands of Bosnian Muslims" 202 (roots17d)
        code = yield_aim(tok, protest_aim(tok, code))  # "rallied to demand the ouster of" 1411 (codes16b)
        code = charge_code(tok, code)  # "accused Estonia of espionage" 1125 (codes16b)
        code = inquiry_item(tok, code)  # "an inquiry into allegations of torture" 092 (probes17a)
        code = negotiation_purpose(tok, code)  # "met in Geneva to resume peace talks" 046 (probes17a)
        if code == "070":
            code = aid_code(tok)
        code, mode = object_names_the_act(tok, trig, triggers, code, mode)
        reading = Reading(anchor=tok, trigger=trig, type=etype, cameo=code, mode=mode, negated=negated,
                          confidence=0.9 if trig.pattern.pos == "verb" else 0.75)
        if _obligation(tok) and in_report(tok, sent, triggers, ctx.quote_of) and _actor_subject(tok, ctx):
            reading.type, reading.mode = "REQUEST", REQUEST_MODES.get(etype, "change")
            reading.cameo = _asked_code(tok, with_item(DEMAND_CODES.get(etype, "100"), trig, triggers))
            reading.source_from_quote = True
        readings.append(reading)
    readings = or_face_ultimatums(sent, readings, ctx.link)  # "gave X until noon to leave or face" (leads44)
    # "the North must halt provocations" in reported speech: REQUEST even without a lexicon trigger
    for tok in tokens_with_pos(sent, VERB):
        if tok.i in triggers or not _obligation(tok):
            continue
        if _dominated(tok, sent, triggers) or not in_report(tok, sent, triggers, ctx.quote_of):
            continue
        if not _actor_subject(tok, ctx):
            continue  # "prices should fall" is a forecast, not a demand on anyone
        asked = _asked_code(tok, "100")
        pseudo = Trigger(tok, Pattern(pos="verb", lemma=tok.lemma_.lower(), type="REQUEST", cameo=asked,
                                      mode="change"))
        readings.append(Reading(anchor=tok, trigger=pseudo, type="REQUEST", cameo=asked, mode="change",
                                confidence=0.7, source_from_quote=True))
    # "will not bow to U.S. pressure", "had no plans to give in to their demands": a yielding denied to
    # those who press is a refusal to yield (124), not an act that did not happen (wire25)
    for tok in tokens_with_pos(sent, VERB):
        if _refused_yield(tok) and not _dominated(tok, sent, triggers):
            readings = [r for r in readings if r.anchor.i != tok.i]
            pseudo = Trigger(tok, Pattern(pos="verb", lemma=lemma(tok), type="REJECT", cameo="124",
                                          mode=None))
            readings.append(Reading(anchor=tok, trigger=pseudo, type="REJECT", cameo="124", mode=None,
                                    confidence=0.7))
    readings = [r for r in readings if not restates_told_act(r, ctx)]  # "called the expulsions a relapse"
    # "had no intention of negotiating with Eritrea until its troops withdrew": the awaited act is the
    # refusal's condition, not done, and must not take the refusal's place (lead41)
    readings = [r for r in readings if not _awaited_condition(r.anchor)]
    if not readings:
        return alleged_wrongs(sent, triggers, ctx, []) or told_statements(sent, triggers, ctx)
    all_trig = dict(triggers)
    # "analysts believe Moscow and Kiev could resume talks": a commentators' forecast is no act (stories24)
    readings = [r for r in readings if not commentators_guess(r.anchor, sent)]
    # "EU ministers meeting in Brussels condemned X": the gathering only sets the scene of the act (lead25)
    readings = [r for r in readings if not gathering_subject(r.anchor)]
    # an act told beside the main one (a fronted participle with its own agent) is kept beside whatever
    # level the main acts are read at, never in their place
    # (and a protest a force broke up is the protesters' act beside the force's, lead33)
    told_beside = {id(r) for r in readings if _told_or_reported_beside(r.anchor, sent, all_trig) is not None
                   or dispersed_gathering(r.anchor) or charge_told_beside(r.anchor) is not None}
    beside = [r for r in readings if id(r) in told_beside]
    readings = [r for r in readings if id(r) not in told_beside]
    for r in beside:
        r.hypothetical = is_hypothetical(r.anchor, sent)
        attach_actors(r, sent, all_trig, ctx)
        drop_quoted_targets(r, sent)
        judged_doers(r, sent, ctx.link)  # "..., a move that Taipei condemned": the mover (stories30)
        charged_parties(r, sent, ctx.link)  # "froze trade with Syria, which it accused of ..." (leads42)
    beside = [r for r in beside if gathering_parties(r, ctx.link) and (r.sources or r.targets)]
    depths = {id(r): _depth(r.anchor, sent, all_trig) for r in readings}
    kept = []
    for level in sorted(set(depths.values())):
        kept = [r for r in readings if depths[id(r)] == level]
        for r in kept:
            r.hypothetical = is_hypothetical(r.anchor, sent)
            attach_actors(r, sent, all_trig, ctx)
            # "A and B were wounded in clashes": the casualties of a side-less fight are its sides (mil14)
            casualties_as_sides(r)
            under_armed_fire(r, ctx.link)  # "came under fire from Pakistani troops" is force (mil14)
            sufferer_of_attack(r, ctx.link)  # "X suffered losses in an attack by Y": Y -> X (mil14)
            time_clause_doers(r, ctx.link)  # "were killed when their convoy was ambushed by X" (leads43)
            conditional_threat(r, ctx.link)  # "would block aid to Turkey if Ankara did not" (leads43)
            faced_threat_target(r, ctx.link)  # "warned that Belgrade would face air strikes" (leads44)
            asked_clause_subject(r, ctx.link)  # "demanded that Israel commit itself to ..." (leads44)
            ready_subject(r, ctx.link)  # "said Damascus was prepared to resume talks" (leads45)
            dealings_partner(r, ctx.link)  # "voiced optimism that its talks with Japan would" (leads45)
            responsibility_victim(r, ctx.link)  # "denied responsibility for the bombing in Beirut" (leads45)
            detainer_named_by_place(r, ctx.link)  # "Egyptians were detained in Saudi Arabia" (leads44)
            coup_in_place(r, ctx.link)  # "PARIS - France condemned the military coup in Niger" (leads44)
            pressed_attack_target(r, ctx.link)  # "press the army's offensive against the rebels" (stories30)
            relative_parties(r, ctx.link)  # "the sanctions that X imposed on Y" (tgt13)
            joint_role_subject(r)  # "the Liberian government and the rebels signed": LBRREB (probes17a)
            role_partner(r)  # "ready to negotiate with the guerrillas": the state's own (probes17a)
            aid_recipient(r, ctx.link)  # "will deploy peacekeepers in Angola": Angola receives (probes17a)
            inquired_party(r, ctx.link)  # "investigated charges of graft against X": X (probes17a)
            foreign_involvement(r)  # "allowed U.S. agents to operate" 086 (probes17a)
            intervention_forces(r, ctx)  # "accused the peacekeepers": ECOMOG's, not Liberia's army (gaps29)
            drop_quoted_targets(r, sent)
            drop_inquired_victims(r, ctx.link)  # "an inquiry into the killing of X" is not aimed at X
            # "us", "you", "it" of reported speech: the speaker, the one spoken to (speech13)
            fill_persons(r, sent, all_trig, ctx)
            object_act_doers(r, ctx)  # "Lithuania condemned the expulsion": told just before (lead25)
            concern_over_told_act(r, ctx)  # "expressed concern over the expulsions": their doers (stories41)
            first_clause_doers(r, all_trig, ctx.link)  # "raided ..., and X condemned the raid" (targets37)
            reply_to_first_clause(r, all_trig, ctx.link)  # "shot down ..., and X demanded" (targets38)
            reply_to_last_hit(r, ctx)  # "X sank a Bahamian boat. The Bahamas demanded ..." (targets39)
            reply_to_passive_clause(r, ctx.link)  # "were arrested by Turkish ..., and Athens" (targets39)
            mutual_owner(r)  # "A and B deported each other's citizens": both ways (targets39)
            prompted_doers(r, ctx)  # "condemned the attack after U.S. warships shelled ..." (targets33)
            drawn_reaction_doers(r, ctx)  # "The killing drew condemnation from Peru" (stories39)
            called_harm(r, ctx.link)  # "called on Moslems to kill Rushdie": a threat to him (targets33)
            passive_arrest_teller(r, ctx)  # "The ministry said 107 people had been detained" (stories27)
            recalled_from(r, ctx.link)  # "recalled its ambassadors from Mali and Niger" (stories27)
            passive_recall(r, ctx.link, ctx.article)  # "The U.S. ambassador was recalled" (stories35)
            passive_summons(r, ctx.link, ctx.article)  # "Iraq's ambassador was summoned" (targets37)
            mediated_talks(r, ctx.link)  # "talks mediated by Norway between A and B": A, B (clauses28)
            go_between_parties(r, ctx.link)  # "acted as a mediator between A and B" (targets39)
            captors_asked(r, ctx.link)  # "demanded the release of prisoners held by Iraq": Iraq (lead28)
            results_rejected(r, ctx.link)  # "rejected the results of elections won by the MPLA" (lead32)
            dropped_against(r, ctx.link)  # "dropped charges against 30 students": the students (parse37)
            yielded_to(r, ctx.link)  # "backed down after investors protested": the investors (parse37)
            recognised_as(r, ctx.link)  # "recognised the junta as the government of Sierra Leone" (lead35)
            document_parties(r, sent, ctx.link)  # "handed X a note protesting ...": to X (parse38)
            stood_by_parties(r, ctx)  # "stood by its decision", "stood by Iraq" (stories40)
            aim_unruled_force(r, ctx.link)  # "would not rule out force against Iraq": Iraq (stories41)
            carried_message_sender(r, ctx)  # "carried a message from A to B": A -> B 040 (stories40)
        if any(r.sources or r.targets for r in kept):
            break
        # the shallowest act names nobody ("Since the study group met, ..."): the next level down
        # may, and a reading with no actor adds nothing to the record
    else:
        kept = [r for r in readings if depths and depths[id(r)] == min(depths.values())]
    # an act told before the main one comes first; one a coordinated reporting verb says comes after the
    # main act, as in the sentence (the first event of a type is the PLOVER reading)
    reported = [r for r in beside if _told_beside(r.anchor) is None]
    kept = [r for r in beside if _told_beside(r.anchor) is not None] + kept + reported
    kept = force_on_protesters(kept)
    kept = drop_pressed_demands(kept)  # "on strike to demand that ...": one protest (stories39)
    for r in kept:
        # "expelled three French diplomats, accusing them of ...": the participle's pronoun object is
        # the main act's target
        main = next((m for m in kept if m.anchor.i == r.anchor.head.i and m is not r), None)
        if main is not None and not r.targets and r.anchor.dep_ == "advcl" and any(
                c.dep_ == "dobj" and c.lower_ in ("them", "it", "him", "her") for c in kids(r.anchor)):
            r.targets = list(main.targets)
        elif main is not None and not r.targets and r.anchor.dep_ == "conj" and (
                r.type in SAID_ACTS or lemma(r.anchor) in OFFER_VERBS and (main.cameo or "99")[:2] < "10"):
            # "accused Japan of reneging and threatened to retaliate": the threat is aimed at Japan too;
            # "conveyed its sympathy to Bangladesh and offered relief supplies": so is the offer, after
            # a cooperative act only ("denounced Iran's missile tests and pledged to confront ..." is not
            # a pledge to Iran; leads45), and never to the offerer's own ("Grossi met Pezeshkian ..., and
            # Iran offered ...")
            own = {(a[0].code or "")[:3] for a in r.sources} if r.type not in SAID_ACTS else set()
            r.targets = [t for t in main.targets if (t[0].code or "")[:3] not in own]
        elif main is not None and not r.targets and r.anchor.dep_ == "conj" and any(
                c.dep_ == "dobj" and (any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in kids(c))
                                      or r.type == "SANCTION" and lemma(c) in CALLED_OFF)
                for c in kids(r.anchor)):
            # "stormed the U.S. embassy and took its staff hostage": the staff are the embassy's; "denounced
            # the bombing of Libya and cancelled a planned meeting": with the one denounced (lead33)
            r.targets = list(main.targets)
    # "A said B attacked C": the speaker's accusation A->B 112 replaces the reported attack (SAY)
    accusations = {id(r): a for r in kept if (a := reported_attack(r, sent, all_trig, ctx)) is not None}
    kept = [accusations.get(id(r), r) for r in kept]
    kept += alleged_wrongs(sent, all_trig, ctx, kept)
    for r in kept:
        if r.type == "ASSAULT" and prepared_attack(r.anchor):
            # "prepared to resume shelling X": force posture towards the attack's target (gsrforce)
            r.type, r.cameo, r.mode = "MOBILIZE", "150", None
        elif unconventional(r):
            r.cameo = "180"  # "gunmen shot dead a journalist": irregular men on the unarmed (gsrforce)
        if _told_or_reported_beside(r.anchor, sent, all_trig) is not None:
            continue  # an act told beside the main one has its parties in its own clause, not the sentence's
        dateline_here(r, ctx.article, ctx.quote_of)  # "arrived here" under a PYONGYANG dateline: PRK
        # the rules have had their say: a learned scorer may fill a source or target they left empty
        fill_missing(r, sent, all_trig, ctx)
        # and where one role is still empty, the sentence's other coded parties may complete the dyad
        complete_dyad(r, sent, all_trig, ctx)
        dateline_force_target(r, sent, ctx.article, ctx.quote_of)  # "BAGHDAD - ... struck sites" (targets37)
        dateline_body_target(r, sent, ctx.article)  # "MOSCOW - ... criticised the government" (targets37)
        dateline_places_unplaced(r, sent, ctx.article)  # "BEIRUT - ... rocketed guerrilla posts" (targets37)
        relative_object(r, ctx.link)  # "killed guerrillas who had attacked a police post" (targets38)
        place_opponents(r)  # "troops killed 12 rebels": the state's own rebels, not ---REB
        own_government(r)  # "KAMPALA - The RPF accused government troops": Rwanda's, not Uganda's (actors43)
        exile_unplaced(r)  # "CONAKRY - The government in exile appealed": not Guinea's (actors44)
        visit_host(r, ctx.link)  # "visited Jakarta for talks with President Suharto": IDNGOV, not IDN
        territory_holder(r, ctx.link)  # "recaptured Massawa from Eritrean rebels": the rebels, not the town
        place_country(r, ctx.link)  # "captured the Azerbaijani district centre of X": AZE (stories30)
        trained_for_another(r, ctx.link)  # "British instructors trained Ukrainian soldiers": 062 (lead24)
        sent_to_protect(r, ctx.link)  # "sent a destroyer to support the Kuwaiti forces": 074 (stories36)
        riot_not_damage(r, ctx.link)  # "rioting students set fire to buses in protest": 145 (lead45)
        alert_aimed_at_cause(r, ctx.link)  # "put its forces on alert as China began tests" (lead45)
    _refusal_shares_agreement(kept, all_trig)  # "agreed to let inspectors in but refused ..." (leads42)
    return kept + echoed_acts(kept, sent, ctx.link)  # "..., as did Italy": the act again (parse37)


def _lone_openers_joined(doc: Any, sents: list[Any]) -> list[tuple[Any, bool]]:
    """The Doc's sentences, each with whether it was joined again: after a headline the small model may
    cut a paragraph's first name off as a sentence of its own ("Yemen | and Oman held talks"), and the act
    loses a party; such a name and the lower-case sentence after it are one sentence, parsed again on
    its own (stories37). A one-word test first, so almost every sentence passes untouched."""
    out: list[tuple[Any, bool]] = []
    i = 0
    while i < len(sents):
        sent = sents[i]
        words = [t for t in sent if not t.is_space] if len(sent) <= 3 else []
        after = sents[i + 1] if i + 1 < len(sents) else None
        if len(words) == 1 and words[0].pos_ == "PROPN" and after is not None \
                and after[0].is_lower and after[0].is_alpha:
            out.append((doc[sent.start:after.end], True))
            i += 2
            continue
        out.append((sent, False))
        i += 1
    return out


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
    headline_end = article.headline_end or 0
    for sent, rejoined in _lone_openers_joined(doc, doc_sentences(doc)):
        # the whitespace token closing a headline sits at the cut: it is no part of its own
        parts = [p for p in _split(sent, cuts) if span_text(p).strip()]
        parts = [q for p in parts for q in joined_clauses(p)]
        for part in parts:
            if part.start_char >= limit:
                continue
            try:
                alone = len(parts) > 1 or rejoined
                # a cut-off part whose words no parse could code is not parsed again (codable.py)
                if not alone or may_code(part, lex, YIELD_VERBS):
                    part = parsed_again(part, alone=alone)
                if headline_end and part.end_char <= headline_end:
                    part = headline_read(part)  # "Bus ambushed in Kashmir": a passive (headline_passives.py)
                ctx.sentence_no += 1
                for reading in pair_in_sentence(_readings_for_sentence(part, lex, ctx), part.doc):
                    pair_sources(reading, part, ctx)  # "The two leaders agreed": the pair of the talks before
                    pair_targets(reading, part, ctx)  # "urged both governments to ...": the pair as target
                    rows = to_events(reading, part, ctx)
                    events.extend(rows)
                    # the reading's own code, also where no row has a complete dyad to carry it
                    codes.update({(e.start, e.end, e.trigger, e.type): reading.cameo for e in rows})
                    remember_act(reading, ctx)
                    remember_hit(reading, ctx)  # for the wronged party's later reply (targets39)
                    remember_pair(reading, ctx)
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
    try:
        score_events(article, doc)  # the calibrated confidence of each CAMEO triple (confidence.py)
    except Exception as exc:  # a scoring bug keeps the rules' codes and hand-set confidences
        log.warning("triple confidence failed for %s: %s", article.id, exc)
        article.warnings.append(f"events: triple confidence not scored ({exc})")


def _split(sent: Any, cuts: list[int]) -> list[Any]:
    """Cut a sentence where the headline ends and the body starts: the parser sometimes runs the
    headline into the lead across the blanked dateline, and no event may span the two."""
    if not any(sent.start_char < c < sent.end_char for c in cuts):
        return [sent.doc[sent.start:sent.end]]  # no cut inside: the common case, without a token walk
    parts = []
    start = sent.start
    for tok in sent:
        if tok.i > start and any(tok.idx >= c > sent.doc[tok.i - 1].idx for c in cuts):
            parts.append(sent.doc[start:tok.i])
            start = tok.i
    parts.append(sent.doc[start:sent.end])
    return parts
