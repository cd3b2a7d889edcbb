"""Actor attachment: the sources and targets of a reading, from the dependency parse.

Source = subject (passive: the by-agent; controlled verbs inherit the controller; pronouns and
subject-less clauses fall back to the speaker of the reporting verb or of the quote the trigger is
in); target = object, recipient or prepositional object that resolves to an actor. Owns the word
classes these rules need (reciprocal verbs, occasions, causatives, crowds) and the co-act test
shared with the driver.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Actor
from .act_rereads import reread_with_parties
from .act_subjects import act_subject_doer
from .actor_link import ActorLinker
from .addressees import ADDRESSED, addressee_of, contacted, is_contact, written_to
from .appeal_place import appealed_place
from .arguments import (
    LOCATED_TARGET,
    MEASURE_NOUNS,
    SPONSORED,
    Exclusion,
    apologised_wrong,
    bare_agent,
    hosted_talks,
    is_event_noun,
    located_actor,
    one_actor,
    phrase_actors,
    place_target,
    sent_along,
    speaker_of,
    target_actors,
)
from .cameo_guards import MEETING_NOUNS, is_press, meeting_city, venue
from .claim_owner import UNLESS, claim_makers, own_side_threat, threat_target
from .claimed_attacks import claimed_attack_target
from .conjunct_chain import chained_conjunct_head
from .conjunct_owner import first_clause_state, seized_things_owner
from .coordinated_pair import talks_side_only
from .defended_party import defended_targets, is_defence, let_in_heads
from .denial_target import blamed_by_denial
from .fight_sides import act_gerund, between_of, fight_parties, mutual_trigger
from .handover_recipient import handover_recipients
from .held_parties import cut_off_people, halted_against, hostage_holders, posture_prompt, rebels_own_state
from .inquiry_venue import inquiry_venue
from .joined_pair import joined_pair
from .left_country import left_country
from .lexicon import default_lexicon
from .ordered_hands import without_own_hands
from .own_operations import foreign_place_left, foreign_place_of_halt
from .parse import (
    BESIDE_MARKS,
    DOCUMENTS,
    PRONOUNS,
    VIOLENT_NOUNS,
    adopter_of,
    author_of,
    carried_out_by,
    delivered_by,
    funds_to_recipient,
    has_infinitive_to,
    hyphen_pieces,
    is_passive,
    kids,
    lemma,
    obliged_subject,
    own_owner,
    passive_it_antecedent,
    passive_subject,
    subject_of,
    they_antecedent,
    time_spender,
)
from .passive_parties import passive_parties
from .proposer import names_proposer
from .protest_addressee import protest_addressee
from .reading import ArticleContext, Reading
from .rebel_ground import rebels_of_struck_place
from .recipients import attack_subject_target, in_with_phrase, purpose_partners, relative_carrier
from .recipients import between_parties as between_parties_of
from .sent_forces import sent_to_state
from .talks_partners import TALKS_SETTLED_TYPES, talks_partners
from .triggers import SETTING_EVENTS, Trigger

# verbs that say someone was harmed, not how: the event noun subject gives the code
HARM_VERBS = {"kill", "wound", "injure", "hurt", "claim"}

# reciprocal verbs whose direct object is the other party, not the topic ("A and B met C", "A and B
# fought C": both act on C)
PARTY_OBJECT = {"meet", "consult", "fight", "battle", "engage"}

# compound subjects of these act on each other: CAMEO codes A->B and B->A. Any other verb with a
# compound subject and no recipient gives one targetless dyad per actor ("A and B warned of X")
RECIPROCAL = {"coordinate", "coordinated", "coordination", "cooperate", "cooperation", "meet", "meeting",
              "talk", "negotiate", "negotiation", "discuss", "consult", "consultation", "communication",
              "sign", "reach", "forge", "conclude", "agree", "collaborate", "trade", "confer", "dialogue",
              "share", "exercise", "game",
              "restore", "renew", "resume", "normalize", "normalise", "establish", "re-establish",
              "reestablish", "upgrade", "improve", "strengthen", "fight", "clash", "exchange",
              "postpone", "delay", "cancel", "suspend", "sever", "break", "cut", "freeze", "ceasefire",
              "truce", "swap"}


SEQUENCE = {"before", "after", "while"}

# "cooperate with each other", "met with one another": the with-phrase names the subjects themselves
_EACH_OTHER = {"other", "another", "one", "themselves", "each"}


# nouns that name a party, not a manner ("with great fanfare", "with the aim of")
PARTY_NOUNS = {"group", "agency", "organisation", "organization", "association", "bloc", "alliance", "body",
               "council", "committee", "union", "bank", "lender", "creditor", "company", "firm", "rebel",
               "reporter", "journalist", "delegation", "team", "official", "representative", "leader",
               "country", "state", "government", "party", "counterpart", "partner", "neighbour", "neighbor",
               "producer", "consumer", "member", "donor", "investor", "minister", "envoy"}
_PARTY_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


# what two states have between them: a passive act on it is the pair's ("ties between A and B were cut")
RELATIONS = {"relation", "tie", "link", "contact"}


# what two parties do together, told in the passive with the thing done as subject: the pair named by its
# between-phrase did it, each way ("a peace agreement between Ethiopia and Eritrea was signed in Algiers",
# "talks between the United States and China would be held in Beijing"; parse32); an agent with no
# country of its own ("by the two countries' foreign ministers") names no other party
_PACTS = frozenset({"agreement", "accord", "treaty", "pact", "deal", "protocol", "memorandum", "ceasefire",
                    "truce", "armistice"})
_TALKS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "round"})
# a mover's own forces, which a withdrawal's object names ("pull its troops back"; lead33): the lexicon's
# &MILITARY nouns and a few more
PULLED_EXTRA = frozenset({"contingent", "weapon", "artillery", "garrison"})
_PAIR_DONE = {"sign": _PACTS, "conclude": _PACTS, "initial": _PACTS, "seal": _PACTS, "reach": _PACTS,
              "hold": _TALKS, "open": _TALKS, "resume": _TALKS, "convene": _TALKS}


def names_partner(tok: Any) -> bool:
    """The act has a with-phrase naming a third party, coded or not: "A and B promised to cooperate with
    the exporters' group" is aimed at the group, so A and B do not act on each other."""
    return any(p.dep_ == "prep" and p.lower_ == "with" and o.dep_ == "pobj" and o.lower_ not in _EACH_OTHER
               and (o.ent_type_ in _PARTY_ENTITIES or lemma(o) in PARTY_NOUNS)
               for p in kids(tok) for o in kids(p))


def _attack_on(anchor: Any, targets: list[tuple[Any, int, int, Any]], link: ActorLinker,
               exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """"Israel's attack on Lebanon killed ten people": victims with no country of their own leave the
    target to the attack noun's on/against-phrase (tgt13); a coded victim keeps it."""
    if any(t[0].country for t in targets):
        return targets
    hit = [a for g in attack_subject_target(anchor, VIOLENT_NOUNS) for a in phrase_actors(g, link)
           if not exclude.blocks(a) and a[0].country]
    return hit or targets


def relative_parties(r: Reading, link: ActorLinker) -> None:
    """An act noun with nobody attached whose relative clause names its parties: "the sanctions that
    Washington imposed on Moscow" is USA->RUS (tgt13). The clause's verb is no act of its own here
    (its object is the noun), so its subject and phrases are the noun's."""
    if r.sources or r.targets or r.anchor is not r.trigger.tok:
        return
    giver, verb = relative_carrier(r.anchor)
    if giver is None or verb is None:
        return
    r.sources = phrase_actors(giver, link)
    if r.sources:
        r.targets = target_actors(verb, link, Exclusion.of(r.sources), r.type)


def mediated_talks(r: Reading, link: ActorLinker) -> None:
    """Talks a third party hosts or mediates, told by the talks noun ("Talks mediated by Norway between
    the Sri Lankan government and the Tamil Tigers opened", "talks between the two Koreas, brokered by
    China"): the mediator is no party to the talks (its own act is the verb's, 045); the parties are the
    between-phrase's (clauses28)."""
    noun = r.trigger.tok
    if r.type != "CONSULT" or noun.pos_ != "NOUN":
        return
    verbs = [v for v in noun.subtree if v.dep_ == "acl" and getattr(hosted_talks(v), "i", None) == noun.i]
    if not verbs:
        return
    agents = {t.i for v in verbs for p in kids(v) if p.dep_ == "agent" for t in p.subtree}
    if not any(a[3] is not None and a[3].i in agents for a in r.sources + r.targets):
        return
    parties = [a for g in between_parties_of([noun]) for a in phrase_actors(g, link)]
    parties = [a for a in parties if a[3] is None or a[3].i not in agents]
    if len(parties) < 2:
        return
    r.sources, r.targets = parties[:1], parties[1:]


def co_act_of(tok: Any, triggers: dict[int, Trigger]) -> Any | None:
    """The trigger verb whose act `tok` stands beside as an act of its own (same depth), or None."""
    own = triggers.get(tok.i)
    if own is not None and tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ in SEQUENCE:
        # "spent two days in Lithuania before flying to Latvia": an act told in a before/after
        # clause of another act follows or precedes it; it is not a detail of it
        gov = triggers.get(tok.head.head.i)
        if gov is not None and gov.tok.pos_ == "VERB" and not own.is_frame and not gov.is_frame:
            return gov.tok
    talks = hosted_talks(tok) if own is not None and not own.is_frame else None
    if talks is not None:
        # "held talks hosted by the United States": the host's or mediator's part is an act of its own
        # beside the talks (lead27)
        gov = triggers.get(talks.head.i) if talks.dep_ == "dobj" else None
        gov = gov or triggers.get(talks.i)
        if gov is not None and not gov.is_frame:
            return gov.tok
    setting = _set_beside(tok, own, triggers)
    if setting is not None:
        return setting
    inf = tok.head
    if own is not None and (not own.is_frame or own.frame == "@REQUEST") and tok.dep_ == "conj" \
            and tok.pos_ == "VERB" and tok.tag_ == "VBD" and inf.tag_ == "VB" and inf.dep_ == "xcomp" \
            and inf.head.tag_ == "VBD":
        # "agreed Wednesday to expand cooperation ... and signed a memorandum": a past-tense verb cannot be
        # coordinated with the infinitive the parser hangs it on; it stands beside the frame verb, an act
        # of its own (stories27); so does a second appeal ("urged Cyprus to cancel the purchase and
        # called on Turkey to refrain from threats"; stories28)
        frame = triggers.get(inf.head.i)
        if frame is not None and frame.is_frame and frame.frame not in ("@SPEECH", "@FUTURE"):
            return frame.tok
    head = triggers.get(tok.head.i)
    if head is None and own is not None:
        # "raided a ranch, seized two tonnes of cocaine and arrested 14 members": a list of verbs the model
        # chained, read from the act at its head (parse34)
        head = chained_conjunct_head(tok, triggers)
    if head is not None and head.frame not in ("@SPEECH", "@FUTURE") and tok.dep_ == "conj" and \
            tok.pos_ == "VERB" and own is not None and any(c.dep_ == "nsubj" for c in kids(tok)) and \
            head.tok.pos_ == "VERB":
        # "A, B and C failed to agree ..., and A rejected B's proposal": a coordinated clause with its
        # own subject tells an act of its own, beside the first (modality24)
        return head.tok
    if head is not None and head.is_frame and head.frame != "@SPEECH" and tok.dep_ == "conj" and \
            tok.pos_ == "VERB" and own is not None and not own.is_frame and \
            (any(c.dep_ == "dobj" for c in kids(tok)) or _party_phrase(tok)) and \
            (any(c.dep_ == "dobj" for c in kids(head.tok))
             or not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in kids(head.tok))):
        # "rejected the proposal and accused Venezuela of ...": a frame verb used with an object of its
        # own is one act, the conjunct with its own object another (a frame never takes a conjunct as
        # its complement); so is a bare frame verb sharing the conjunct's object ("rejected and
        # condemned India's remarks": two acts on the remarks, lead25)
        return head.tok
    if head is not None and head.is_frame and head.frame != "@SPEECH" and tok.dep_ == "advcl" and \
            tok.tag_ == "VBG" and own is not None and not own.is_frame and own.pattern.type == "ACCUSE" \
            and any(c.dep_ == "dobj" for c in kids(tok)):
        # "threatened to pull out of the treaty, accusing Washington of ...": the accusation told as a
        # participle of a threat (or demand, refusal) is a second act, as it is beside a plain act
        return head.tok
    if own is not None and _second_subject_clause(tok) and (head is None or head.frame != "@SPEECH"):
        # "warned Iraq it faced strikes if ..., while Russia urged Baghdad to cooperate": a while/whereas
        # clause with a named subject of its own tells that party's own act beside the main one, at the
        # top of the sentence (parse30)
        top = tok.head
        while top.head.i != top.i and top.dep_ not in ("relcl", "acl") and \
                (triggers.get(top.head.i) is None or triggers[top.head.i].frame != "@SPEECH"):
            top = top.head
        if top.dep_ not in ("relcl", "acl") and (triggers.get(top.i) is None or
                                                 triggers[top.i].frame != "@SPEECH"):
            return top
    if head is not None and head.tok.pos_ == "VERB" and own is not None and \
            own.pattern.type in ("REJECT", "@REJECT") and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
            any(c.dep_ == "dobj" for c in kids(tok)) and not any(c.dep_ == "xcomp" for c in kids(tok)):
        # "refused to halt arms sales, rebuffing an appeal from Albright", "ordered the inspectors out,
        # rejecting an appeal from Annan": a refusal told as a participle is a second act (parse30)
        return head.tok
    if head is None and own is not None and not own.is_frame and own.pattern.type == "ACCUSE" and \
            tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "xcomp" and \
            any(c.dep_ == "dobj" for c in kids(tok)):
        # "ordered the British ambassador to leave within a week, accusing London of meddling": the
        # parser hangs the set-off participle on the infinitive; the accusation is the orderer's (lead34)
        gov = triggers.get(tok.head.head.i)
        if gov is not None and gov.frame not in ("@SPEECH", "@FUTURE"):
            return gov.tok
    if head is None and own is not None and not own.is_frame and own.pattern.type == "ACCUSE" and \
            tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "conj" and \
            tok.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in kids(tok)):
        # "dismissed the government and dissolved parliament, accusing it of corruption": the participle
        # hangs on the list's last verb, which codes nothing; the accusation stands beside the act at the
        # list's head (parse36)
        first = tok.head
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "VERB" and \
                first.head.i not in triggers:
            first = first.head
        gov = triggers.get(first.head.i) if first.dep_ == "conj" else None
        if gov is not None and not gov.is_frame and gov.tok.pos_ == "VERB":
            return gov.tok
    if head is None or head.is_frame or head.tok.pos_ != "VERB":
        return None
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > head.tok.i and own is not None and \
            not own.is_frame and own.pattern.type == "CONCEDE" and lemma(tok) in _BOWING:
        # "freed 20 political prisoners, bowing to mounting U.S. pressure": the yielding told in a
        # participle after the act is an act of its own toward the party pressing (parse33)
        return head.tok
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and own is not None and own.is_frame and \
            (own.frame in ("@THREATEN", "@REQUEST", "@REJECT")
             and any(c.dep_ in ("xcomp", "ccomp") for c in kids(tok))
             or own.frame == "@AGREE" and tok.lemma_.lower() in OFFERED and head.pattern.type != "CONSULT"
             and any(c.dep_ == "xcomp" for c in kids(tok))):
        # "accused Japan of reneging and has threatened to retaliate": two acts; so are "conveyed its
        # sympathy to Bangladesh and offered to send relief supplies", an infinitive only ("condemned the
        # massacre ... and vowed that security forces would pursue the terrorists" tells no act of its
        # own; leads45)
        return head.tok
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and own is not None and not own.is_frame and \
            _party_phrase(tok):
        # "rejected the remarks but will meet with him", "criticised Uganda and flew to Kampala": a
        # conjunct naming its own party in a prepositional phrase is an act of its own, as one with an
        # object is
        return head.tok
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and own is not None \
            and own.frame in ("@REQUEST", "REQUEST") and is_contact(head.tok):
        # "phoned the Nepali prime minister, demanding the return of the plane": the call and the demand
        # made in it are two acts (recallwire12); the demand is aimed at the one called (`contacted`)
        return head.tok
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


# verbs of an offer made in words, an act of its own beside a first act it is coordinated with; not beside a
# call or a meeting, whose content it is ("telephoned the Kuwaiti emir and Saddam and offered to mediate":
# one act, stories44), and not a vow ("denounced Ieng Sary as a traitor and vowed to fight on", stories44b)
# (leads45)
OFFERED = frozenset({"offer", "pledge", "promise"})


# the verbs of giving way to a party's pressure (the lexicon's "bow/cave/succumb to pressure" rows)
_BOWING = frozenset({"bow", "cave", "succumb", "yield", "give"})


def _second_subject_clause(tok: Any) -> bool:
    """A finite while/whereas clause whose own subject names a party ("while Russia urged ..."): not a
    pronoun's, not a passive's, not a bare noun's ("while fighting raged")."""
    if tok.dep_ != "advcl" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP") or \
            tok.i < tok.head.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in BESIDE_MARKS for c in kids(tok)):
        return False
    subjects = [c for c in kids(tok) if c.dep_ == "nsubj"]
    return any(s.pos_ == "PROPN" or any(w.pos_ == "PROPN" or w.ent_type_ in ("NORP", "GPE", "ORG")
                                        for w in s.subtree) for s in subjects)


def _set_beside(tok: Any, own: Trigger | None, triggers: dict[int, Trigger]) -> Any | None:
    """The act a visit or meeting sets the scene of: "X, on an official visit to Mexico, asked Y to ...",
    "during talks with Y, X urged ...". The visit happened as surely as the act told in it, so it stands
    beside that act (as it already did beside a reporting verb) instead of under it (wip/meet14)."""
    if own is None or own.pattern.pos != "noun" or tok.dep_ != "pobj" or lemma(tok) not in SETTING_EVENTS \
            or tok.head.lower_ not in _SET_IN or tok.head.dep_ != "prep":
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in kids(tok)):
        return None
    gov = triggers.get(tok.head.head.i)
    if gov is None or gov.tok.pos_ != "VERB" or gov.frame in ("@SPEECH", "@FUTURE"):
        return None
    if gov.pattern.type == "CONSULT":
        return None  # "will meet X during a visit to Y": the meeting is what the visit is told for
    return gov.tok


# the act is told inside the visit ("during", "on", "in", "at"); "after talks with China, troops
# withdrew" only dates the withdrawal (tests/events/probes_completion.py)
_SET_IN = {"during", "on", "in", "at"}


# prepositions that introduce the other party or place of a meeting, visit or clash ("met with X",
# "flew to X", "arrived in X", "fought against X")
PARTY_PREPOSITIONS = frozenset({"with", "to", "in", "at", "for", "against"})


def _party_phrase(verb: Any) -> bool:
    """The verb has a party-marking prepositional phrase with a noun of its own."""
    return any(c.dep_ == "prep" and c.lower_ in PARTY_PREPOSITIONS and any(g.dep_ == "pobj" for g in kids(c))
               for c in kids(verb))


# occasions are no actors, whoever's they are ("to allow Haiti's first elections to take place")
OCCASIONS = {"election", "vote", "poll", "referendum", "ballot", "ceremony", "talk", "meeting", "summit",
             "process", "trade", "flow", "export", "import", "traffic", "aid", "delivery", "shipment"}

# verbs whose clause's subject is the one allowed or helped to act
CAUSATIVE = {"let", "allow", "permit", "help", "enable", "make"}


# the press by its common nouns (a countryless "reporters" has no actor code to tell it by)
PRESS_NOUNS = {"reporter", "journalist", "correspondent", "newsman", "press", "media"}


def told_the_press(verb: Any, link: ActorLinker) -> bool:
    """The verb's own to / with phrase names the press ("talking to reporters to praise Obama's
    record"): it has its addressee, no party; a purpose clause's object is not whom it is aimed at."""
    return any(p.dep_ == "prep" and p.lower_ in ("to", "with") and g.dep_ == "pobj"
               and (lemma(g) in PRESS_NOUNS or ((hit := link.token_actor(g)) is not None
                                                and is_press(hit[0].code)))
               for p in kids(verb) for g in kids(p))


def _speakers_own_side(subj: Any, actor: tuple[Any, int, int, Any],
                       sources: list[tuple[Any, int, int, Any]]) -> bool:
    """"Pretoria ... warned that his government would retaliate": a that-clause subject owned by a
    pronoun ("his government", "its forces", "their troops") of the source's own country is the
    speaker's side, the doer of what is said, never the one the verb is aimed at (stories33)."""
    owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our", "my")
                for c in kids(subj))
    country = actor[0].country
    return owned and bool(country) and any(a[0].country == country for a in sources)


def _in_meeting(tok: Any, anchor: Any) -> bool:
    """Whether `tok` is named inside a meeting noun's phrase below `anchor` ("a meeting between A and B")."""
    for g in tok.ancestors:
        if g.i == anchor.i:
            return False
        if lemma(g) in MEETING_NOUNS:
            return True
    return False


def _other_side_of_meeting(r: Reading,
                           targets: list[tuple[Any, int, int, Any]]) -> list[tuple[Any, int, int, Any]]:
    """"The Soviet Union called off a planned meeting between Foreign Minister Shevardnadze and Secretary
    of State Shultz": an act on a meeting whose parties are the source's own side and another country's
    is aimed at the other side alone (stories33)."""
    own = {a[0].country for a in r.sources if a[0].country}
    if not own or r.type == "CONSULT" or not targets or \
            not all(t[3] is not None and _in_meeting(t[3], r.anchor) for t in targets):
        return targets
    others = [t for t in targets if t[0].country not in own]
    return others if others and len(others) < len(targets) else targets


def _complement_clause(r: Reading, anchor: Any) -> Any:
    """The that-clause whose subject a request or an accusation is made on: the coded act a request
    is for, else the complement of a request or accusation verb that has no object of its own."""
    if r.type == "REQUEST" and r.trigger.tok is not anchor:
        clause = r.trigger.tok
        # "demanded that Liberia stop supporting rebels": the act asked for hangs (xcomp) on the verb
        # whose subject is asked
        while clause.dep_ == "xcomp" and clause.head.i != anchor.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(clause)):
            clause = clause.head
        return clause
    if r.type in ("REQUEST", "ACCUSE") and not any(c.dep_ == "dobj" for c in kids(anchor)):
        return next((c for c in kids(anchor) if c.dep_ == "ccomp"), None)
    return None


# verbs whose past participle heads a reduced relative on the people it was done to ("two businessmen
# detained in China were freed")
_UNDERGONE = frozenset({"detain", "arrest", "kidnap", "abduct", "capture", "wound", "injure", "hold", "seize",
                        "jail", "imprison", "sentence", "convict", "accuse", "charge", "expel", "deport"})


def _misparsed_reduced(anchor: Any) -> bool:
    """A reduced relative the parser made the sentence's main verb: "Two American businessmen detained in
    China on spying charges were freed" (ROOT "detained", with the real verb a subjectless passive
    conjunct). A transitive verb of what is done to people, with no object of its own, is no act of its
    subject's there (lead28)."""
    return anchor.dep_ == "ROOT" and anchor.tag_ == "VBD" and lemma(anchor) in _UNDERGONE \
        and any(c.dep_ == "nsubj" for c in kids(anchor)) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids(anchor)) \
        and any(c.dep_ == "conj" and any(g.dep_ == "auxpass" for g in kids(c))
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(c)) for c in kids(anchor))


# verbs a host greets a guest with ("received visiting X", "met visiting X")
_HOSTING = frozenset({"receive", "meet", "welcome", "greet", "host", "see", "entertain",
                      # "Assad told visiting U.S. Secretary of State Warren Christopher that ...": the host
                      # speaks to the guest (lead29)
                      "tell", "assure", "inform", "brief", "urge", "thank", "ask"})


def _visiting_guest(anchor: Any) -> Any | None:
    """The guest of a "visiting" the parser made the host's verb: its object, when the host's verb has
    none of its own."""
    if anchor.lower_ != "visiting" or anchor.dep_ not in ("xcomp", "advcl", "conj") \
            or lemma(anchor.head) not in _HOSTING or anchor.head.i + 1 != anchor.i \
            or any(c.dep_ == "dobj" for c in kids(anchor.head)):
        return None
    return next((c for c in kids(anchor) if c.dep_ == "dobj"), None)


def attach_actors(r: Reading, sent: Any, triggers: dict[int, Trigger], ctx: ArticleContext) -> None:
    _attach_actors(r, sent, triggers, ctx)
    if r.anchor is not r.trigger.tok and lemma(r.anchor) == "order" and \
            r.type in ("ASSAULT", "COERCE", "RETREAT"):
        # "ordered his troops to launch an offensive against the Khmer Rouge": the attack is aimed at the
        # Khmer Rouge; the troops ordered are the orderer's own hands (lead29); so is a halt they are
        # ordered to make (lead31)
        aimed = target_actors(r.trigger.tok, ctx.link, Exclusion.of(r.sources), r.type)
        r.targets = aimed or r.targets
    if r.sources and r.targets:
        # "ordered police to arrest Sope": the police are the orderer's hands, never the arrest's aim
        # (stories43)
        r.targets = without_own_hands(r.anchor, r.cameo, r.sources, r.targets)
        # "Venezuela sent troops to help restore order" under a Port of Spain dateline: at Trinidad
        # (stories43)
        r.targets = sent_to_state(r.trigger.tok, r.sources, r.targets, ctx.article)
    if r.sources and (r.cameo or "").startswith("063") and r.trigger.tok.pos_ == "VERB":
        # "handed over to Turkey two Kurdish rebels": with the state receiving them (targets35)
        r.targets = handover_recipients(r.trigger.tok, r.sources, ctx.link) or r.targets
    if r.sources and (r.cameo or "").startswith("087"):
        # "ordered a halt to Indian army operations in northern Sri Lanka": not at the forces halted,
        # the orderer's own, but at the foreign place they were in (targets35)
        own = {(a[0].code or "")[:3] for a in r.sources}
        r.targets = foreign_place_of_halt(r.trigger.tok, own, r.targets, ctx.link) or r.targets
        # "pulled the last of its troops out of Cambodia": at the state left, not the forces (lead44)
        r.targets = foreign_place_left(r.trigger.tok, own, r.targets, ctx.link) or r.targets
    if r.sources and r.type == "ACCUSE" and (r.cameo or "").startswith("11"):
        # "protested to India over the shelling ... by Indian troops": at the state it was made to (targets36)
        r.targets = protest_addressee(r.trigger.tok, r.sources, ctx.link) or r.targets
    if r.sources and not r.targets and r.cameo == "015":
        # "claimed responsibility for a suicide bombing on a bus in Jerusalem": at whom it struck (lead37)
        r.targets = claimed_attack_target(r.trigger.tok, ctx.link, Exclusion.of(r.sources))
    if r.sources and not r.targets and (r.cameo or "").startswith("016"):
        # "dismissed the charges as groundless, saying Britain had no right ...": at the state blamed
        r.targets = blamed_by_denial(r.trigger.tok, r.sources, ctx.link)
    if r.sources and not r.targets and r.trigger.tok.dep_ == "conj":
        # "poured into Kuwait and seized its capital": "its" is the state the first act went into (targets36)
        r.targets = first_clause_state(r.trigger.tok, {(a[0].code or "")[:3] for a in r.sources}, ctx.link)
    if r.sources and r.trigger.tok.dep_ == "conj" and r.trigger.tok.pos_ == "VERB":
        # "seized six Indian trawlers and detained their crewmen": the trawlers' owner (targets37)
        own = {(a[0].code or "")[:3] for a in r.sources}
        r.targets = seized_things_owner(r.trigger.tok, own, ctx.link) or r.targets
    guest = _addressed_guest(r)
    if guest is not None:
        exclude = Exclusion.of(r.sources)
        guests = [a for a in phrase_actors(guest, ctx.link) if not exclude.blocks(a)]
        r.targets = guests or r.targets
    if r.type == "REJECT" and r.sources and not r.targets:
        r.targets = _pressed_despite(r.anchor, ctx.link, Exclusion.of(r.sources))
    if r.type == "THREATEN" and _under_threat(r.trigger.tok):
        # "Under threat of NATO air strikes, the Bosnian Serbs began pulling back": the clause's subject is
        # the one threatened, the threat's of-phrase names who threatens (parse32)
        verb = r.trigger.tok.head.head
        subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        threat = r.trigger.tok
        r.sources = [a for p in kids(threat) if p.dep_ == "prep" and p.lower_ == "of"
                     for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, ctx.link)]
        exclude = Exclusion.of(r.sources)
        r.targets = [a for a in phrase_actors(subj, ctx.link) if not exclude.blocks(a)] \
            if subj is not None and r.sources else []
    reread_with_parties(r, ctx)  # a coup, a rebels' truce, a show of force off a state, a state's protest


def _under_threat(tok: Any) -> bool:
    """The threat noun is the object of "under" on a verb ("Under threat of air strikes, Iraq agreed")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.dep_ == "prep" and \
        tok.head.head.pos_ in ("VERB", "AUX")


# what a refusal may be made in spite of: the pressers are whom it refuses (parse32)
_PRESSURES = frozenset({"pressure", "appeal", "call", "plea", "demand", "request", "urging", "entreaty"})


def _pressed_despite(anchor: Any, link: ActorLinker, exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """"Despite heavy pressure from the United States to sign the treaty, India refused to join the pact":
    a refusal with no target of its own refuses those whose pressure, appeal or call a fronted "despite"
    phrase on its verb names by a from/by-phrase (parse32)."""
    return [a for p in kids(anchor) if p.dep_ == "prep" and p.lower_ in ("despite", "notwithstanding")
            for n in kids(p) if n.dep_ == "pobj" and lemma(n) in _PRESSURES
            for f in kids(n) if f.dep_ in ("prep", "agent") and f.lower_ in ("from", "by")
            for o in kids(f) if o.dep_ == "pobj" for a in phrase_actors(o, link) if not exclude.blocks(a)]


def _addressed_guest(r: Reading) -> Any | None:
    """ "Mubarak urged visiting Israeli Foreign Minister David Levy to resume talks with the Palestinians":
    the parser hangs the guest on "visiting"; a frame said to a visiting guest is aimed at the guest, not
    at the party of what it asks (lead29)."""
    anchor = r.anchor
    if anchor is r.trigger.tok or anchor.pos_ != "VERB":
        return None
    visiting = next((c for c in kids(anchor) if c.lower_ == "visiting" and c.dep_ == "xcomp"
                     and c.i == anchor.i + 1), None)
    return next((c for c in kids(visiting) if c.dep_ == "dobj"), None) if visiting is not None else None


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
        subj = obliged_subject(anchor)  # "X must / has to / needs to do Y": X
        exclude = Exclusion.of(r.sources)
        r.targets = [a for a in phrase_actors(subj, link) if not exclude.blocks(a)] if subj is not None \
            else []
        if not r.targets:
            r.targets = target_actors(r.trigger.tok, link, exclude)
        return
    inquiry = inquiry_venue(r.trigger.tok) if (r.cameo or "").startswith("09") else None
    if inquiry is not None:  # "a US national was put under investigation in Italy": Italy investigates
        under, place, agent = inquiry
        state = one_actor(place, link, deep=False) if place is not None else None
        by = phrase_actors(agent, link) if agent is not None else []
        r.sources = by or ([state] if state is not None and len(state[0].code) == 3 else [])
        exclude = Exclusion.of(r.sources)
        r.targets = [a for a in phrase_actors(under, link) if not exclude.blocks(a)]
        return
    guest = _visiting_guest(anchor)
    if guest is not None:
        # "Jiang Zemin received visiting Russian Prime Minister Viktor Chernomyrdin": the parser reads
        # "visiting" as the host's verb with the guest its object; the guest visits the host (lead28)
        host, _ = subject_of(anchor.head, sent)
        r.sources = phrase_actors(guest, link)
        exclude = Exclusion.of(r.sources)
        hosts = phrase_actors(host, link) if host is not None else []
        r.targets = [a for a in hosts if not exclude.blocks(a)]
        return
    # (also a withdrawal announced for later: "all U.S. troops would be withdrawn from Somalia", an intent)
    moved = passive_parties(r.trigger.tok) if r.type in ("SANCTION", "RETREAT") or \
        r.trigger.pattern.type == "RETREAT" else None
    if moved is not None:  # "the ambassador was expelled from Indonesia", "troops were withdrawn from X"
        _, src, tgt = moved
        found = phrase_actors(src, link)
        exclude = Exclusion.of(found)
        undergone = [a for a in phrase_actors(tgt, link) if not exclude.blocks(a)]
        if found and undergone:
            r.sources, r.targets = found, undergone
            return
    # (only under a verbal root: with a noun root the "relative" is the sentence's misparsed main verb)
    reduced = anchor.dep_ == "acl" and anchor.head.pos_ in ("NOUN", "PROPN") and \
        sent.root.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in kids(anchor)) and \
        (anchor.tag_ == "VBG" or (anchor.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in kids(anchor)))) \
        and time_spender(anchor) is None  # "spent the day attacking X" is done by whoever spent it (wire26)
    reduced = reduced or _misparsed_reduced(anchor)
    if reduced:
        # a reduced relative: "U.S. soldiers massing in Saudi Arabia" massed; "two women stabbed to death"
        # were stabbed, by someone the sentence does not name (never the main clause's subject)
        head = anchor.head if anchor.dep_ == "acl" else next(c for c in kids(anchor) if c.dep_ == "nsubj")
        if anchor.tag_ == "VBG":
            # "issued a statement condemning X": a text condemns in the name of whoever issued it; "signed
            # an order freezing Iraqi assets", "passed a law banning arms sales": a measure acts in the name
            # of whoever adopted it (lead27)
            author = author_of(head, sent) if lemma(head) in DOCUMENTS else adopter_of(head, sent)
            r.sources = phrase_actors(author if author is not None else head, link)
            r.targets = target_actors(anchor, link, Exclusion.of(r.sources), r.type)
        else:
            r.sources, r.targets = [], phrase_actors(head, link)
        return
    if anchor.tag_ == "VBN" and anchor.dep_ == "advcl" and anchor.i < anchor.head.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(anchor)):
        # "Asked to comment on Castro's announcement, a Justice Department spokesman said ...": the
        # main subject underwent the act; who did it is not said, unless a by-agent says it ("Accused by
        # Ukraine of shelling, Russia said ...": Ukraine accused Russia). A clause with its own subject
        # ("While Germany has criticized Turkey, ...": a perfect, also VBN) is no such participle
        main_subj, _ = subject_of(anchor.head, sent)
        agent = next((g for a in kids(anchor) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"),
                     None)
        r.sources = phrase_actors(agent, link) if agent is not None else []
        exclude = Exclusion.of(r.sources)
        r.targets = [a for a in phrase_actors(main_subj, link) if not exclude.blocks(a)] \
            if main_subj is not None else []
        return
    if anchor.dep_ == "advcl" and has_infinitive_to(anchor) and funds_to_recipient(anchor.head):
        # "sent 500 million dollars to Colombia to fight drug traffickers": what the money is for is the
        # recipient's aim, no act of the giver's, nor yet of the recipient's (lead28)
        r.sources, r.targets = [], []
        return
    # an adjective row on a participle the parser reads as a passive ("Canada was disappointed with X",
    # recallpol12): the passive subject is the one who feels it
    # (a passive-only row of a frame, "is committed to", "is prepared to"; a passive-only act row, "was
    # welcomed", "was recognised", keeps its passive subject as what the act is done to: "a World Bank
    # pledge ... was welcomed on Monday" names no welcomer; lead43)
    frame_passive = r.anchor is not r.trigger.tok or r.trigger.pattern.pos == "adj" or (
        r.trigger.pattern.passive_only and r.trigger.pattern.type.startswith("@"))
    subj, _ = subject_of(anchor, sent, passive_is_agent=frame_passive and anchor.tag_ == "VBN")
    if subj is None and anchor.dep_ == "acomp":  # "Vietnam is committed to", parsed as an adjective
        subj, _ = subject_of(anchor.head, sent, passive_is_agent=True)
    if subj is not None and anchor.dep_ == "attr":
        judged_act, owner = act_subject_doer(subj, anchor)
        if judged_act:  # "its military exercises were a warning to Taiwan": the exercises' doer (lead41)
            subj = owner
    if subj is not None and subj.lower_ in PERSONAL and anchor.dep_ == "conj" and anchor.head.pos_ == "VERB":
        # "The OPEC president praised X, but he criticised Britain": the first conjunct's subject
        first, _ = subject_of(anchor.head, sent)
        if first is not None and first.lower_ not in PRONOUNS:
            subj = first
    if subj is not None:
        ante = they_antecedent(subj, sent) or (passive_it_antecedent(subj, sent) if frame_passive else None)
        r.sources = (phrase_actors(ante, link) if ante is not None else []) or phrase_actors(subj, link)
        if subj.dep_ in ("compound", "amod") and subj.head.i == anchor.i:
            # "Israel-Syria talks": both parties of the hyphenated pair on an event noun
            seen = {a[0].code for a in r.sources}
            r.sources += [a for c in kids(subj) if c.dep_ in ("compound", "amod") and c.i + 1 < len(c.doc)
                          and c.doc[c.i + 1].text == "-" for a in phrase_actors(c, link, deep=False)
                          if a[0].code not in seen]
        # a second subject the parser split off: "Old foes Gondor and Osgiliath have renewed ties"
        pieces = hyphen_pieces(subj)
        for other in kids(subj.head):
            if other.i in pieces:
                continue  # "Vice" "-" of "Vice-Premier": the same word as the subject
            # ... or a headline's "China, Japan agree": a name before the subject, cut off by a comma
            headline_pair = other.dep_ in ("npadvmod", "nmod", "dep") and other.pos_ == "PROPN" and \
                other.i + 2 == subj.i and sent.doc[other.i + 1].text == ","
            if (other.dep_ == subj.dep_ or headline_pair) and other.i != subj.i and other.i < subj.head.i:
                seen = {a[0].code for a in r.sources}
                r.sources += [a for a in phrase_actors(other, link) if a[0].code not in seen]
    # an event noun that is its own clause's subject ("as a strike at a mine entered its third week")
    # names an act nobody in the sentence is said to do: the reporter is no source
    own_subject = anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass")
    giver, receiver = delivered_by(anchor) if own_subject and not r.sources else (None, None)
    if giver is not None:
        # "the strongest criticism came from France": France criticised; "in a letter from X to Y": Y heard it
        r.sources = phrase_actors(giver, link)
        exclude = Exclusion.of(r.sources)
        r.targets = [a for a in phrase_actors(receiver, link) if not exclude.blocks(a)] \
            if receiver is not None else []
        if r.sources and r.targets:
            return
    # (parse32: "announced that a ceasefire between Iran and Iraq would take effect": an act noun whose own
    # between-phrase names its parties is theirs, never the announcer's)
    own_pair = r.trigger.pattern.pos == "noun" and r.trigger.tok is anchor and any(
        p.dep_ == "prep" and p.lower_ == "between" for p in kids(anchor))
    if not r.sources and (subj is None or subj.lower_ in PRONOUNS or _speakers_own(subj)) and not own_pair \
            and not is_passive(anchor) and not own_subject and not _quoted_third_person(subj, r, ctx):
        # "it would allow ...", "X's remarks that it is time to consider easing sanctions": the
        # speaker of the reporting verb or noun in the parse, else of the quote the event is in
        speaker = speaker_of(anchor, sent, triggers)
        if speaker is not None:
            r.sources = phrase_actors(speaker, link)
        if not r.sources:
            r.sources = _quote_speaker(ctx, r.quote_index)
        if subj is not None and _speakers_own(subj):
            r.sources = [_own_state(a, subj) for a in r.sources if a[0].country]
    if not r.sources and subj is not None and (is_event_noun(subj) or act_gerund(subj)):
        # "a suicide bombing by Somali militants killed 12": the agent of the subject event;
        # "fighting between Ethiopian troops and Amhara militiamen killed dozens": its parties
        r.sources = [a for p in kids(subj) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                     for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)]
        giver, _ = relative_carrier(subj) if not r.sources else (None, None)
        if giver is not None:  # "the attack Russia launched on Kyiv killed ten" (tgt13)
            r.sources = phrase_actors(giver, link)
        if not r.sources and r.type == "ASSAULT":
            parties = [a for p in kids(subj) if p.dep_ == "prep" and p.lower_ == "between"
                       for o in kids(p) if o.dep_ == "pobj" for a in between_parties(o, anchor, sent, link)]
            sides = fight_parties(subj, parties)
            if len(sides) > 1:
                r.sources, r.targets = sides, []
                mutual_trigger(r, subj)  # "Fighting between A and B killed ten": a fight, both ways (mil14)
                return
            if len(parties) > 1:
                r.sources, r.targets = parties, []
                return
            r.sources = parties  # one side named: it fought
    if not r.sources and subj is not None:
        # "a bomb planted by suspected separatists killed four soldiers": who planted it
        # (not "rebels backed by Rwanda captured ...": people with a sponsor act themselves; lead30)
        # "a car bomb blamed on ETA killed a colonel": whom it is blamed on (lead30)
        r.sources = [a for v in kids(subj) if v.dep_ == "acl" and v.lower_ not in SPONSORED
                     for p in kids(v) if p.dep_ == "agent" or (
                         p.dep_ == "prep" and lemma(v) in BLAMED and p.lower_ in ("on", "to"))
                     for o in kids(p) if o.dep_ == "pobj"
                     for a in (phrase_actors(o, link) or located_actor(o, anchor, sent, link, r.type)
                               or bare_agent(o, link))]
    if not r.sources and r.trigger.pattern.pos == "noun":
        # "talks between Sudan's army and the RSF": the parties of a mutual act named by its noun, or
        # by the verb it is the subject of ("fighting broke out between A and B", mil14), before the
        # place: "clashes erupted between Serbian police and Albanian rebels in Kosovo" names them
        parties = [a for p in between_of(r.trigger.tok) for o in kids(p) if o.dep_ == "pobj"
                   for a in between_parties(o, anchor, sent, link)]
        sides = fight_parties(r.trigger.tok, parties)
        if len(sides) > 1:
            r.sources, r.targets = sides, []
            mutual_trigger(r, r.trigger.tok)  # "fighting broke out between A and B": both ways
            return
    if not r.sources and subj is not None and subj.lower_ not in PRONOUNS:
        # ("Rebels shelled the Angolan city of Kuito": of the country of the place struck; targets34)
        struck_home = rebels_of_struck_place(subj, anchor, link) if r.type == "ASSAULT" else []
        r.sources = located_actor(subj, anchor, sent, link, r.type) or struck_home or bare_agent(subj, link)
    passive_own = r.trigger.tok is anchor and is_passive(anchor) and (
        not r.sources or (lemma(anchor) in _PAIR_DONE and not any(a[0].country for a in r.sources)))
    ties = passive_subject(anchor) if passive_own else None
    if ties is not None and (lemma(ties) in RELATIONS or (
            lemma(anchor) in _PAIR_DONE and lemma(ties) in _PAIR_DONE[lemma(anchor)])):
        # "diplomatic relations between Iran and Britain were restored": the pair restored them, each way
        parties = [a for p in kids(ties) if p.dep_ == "prep" and p.lower_ == "between"
                   for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)]
        if len(parties) > 1:
            r.sources, r.targets = parties, []
            r.trigger = Trigger(r.trigger.tok, replace(r.trigger.pattern, mutual=True))
            return
    measure = ties if ties is not None and r.type == "SANCTION" and lemma(ties) in MEASURE_NOUNS else None
    owner = own_owner(measure) if measure is not None else None
    if owner is not None:
        # "the OAS trade embargo against Haiti was tightened": a measure renewed, tightened or extended with
        # no agent named is its owner's act on the party its against- or on-phrase names (lead43)
        r.sources = phrase_actors(owner, link)
        exclude = Exclusion.of(r.sources)
        r.targets = [a for p in kids(measure) if p.dep_ == "prep" and p.lower_ in ("against", "on")
                     for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)
                     if not exclude.blocks(a)]
        if r.sources and r.targets:
            return
    if not r.sources and own_subject and r.type in ("PROTEST", "ASSAULT"):
        # "protests erupted in Nairobi": unnamed people of the place where it happens (no token: the
        # event noun itself is never a party)
        r.sources = [(a, s, e, None) for a, s, e, _ in located_actor(anchor, anchor.head, sent, link, r.type)]
    exclude = Exclusion.of(r.sources)
    targets: list[tuple[Any, int, int, Any]] = []
    # a request or accusation aimed through a that-clause is made on the clause's subject, never on a
    # party further down it: "Lithuania demanded that Russia withdraw its troops from Belarus", "urged
    # that the EC take action against Japan", "charged that Japan was dumping bearings on the European
    # market"
    clause = _complement_clause(r, anchor)
    subj2 = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if clause is not None else None
    if subj2 is not None and subj2.lower_ not in PRONOUNS:
        targets = [a for a in phrase_actors(subj2, link) if not exclude.blocks(a)]
        if targets:
            r.targets = targets
            return
    # a promise to hand something over is read like the handing over: "ready to send peacekeepers to
    # Gaza" is aimed at Gaza, not at the peacekeepers
    etype = r.trigger.pattern.type if r.type == "AGREE" and r.trigger.tok is not anchor else r.type
    if r.type == "REJECT" and r.trigger.tok is not anchor and r.trigger.pattern.type in ("COOPERATE", "AID"):
        # ... and so is a refusal: "refused to hand over bin Laden to the United States" is aimed at the
        # one who would receive him, not at the man's own group (lead29)
        etype = r.trigger.pattern.type
    # a state's office acts on another party before its own bare country: "President Reagan, in the
    # U.S.-Japan trade row, threatened tariffs on Japanese goods" is aimed at JPN; the own country stays
    # the target only where nothing else is named (and for acts on one's own people: protests, arrests)
    own = {a[0].country for a in r.sources if a[0].country and a[0].code != a[0].country}
    passes = [exclude.also(own), exclude] if own and r.type not in LOCATED_TARGET else [exclude]
    for avoid in passes:
        targets = _direct_targets(anchor, r, etype, link, avoid)
        if targets:
            break
    targets = _other_side_of_meeting(r, targets)
    if r.type == "ASSAULT":
        targets = _attack_on(anchor, targets, link, exclude)
    carried = r.trigger.tok.dep_ == "dobj" and r.trigger.tok.head.i == anchor.i  # "agreed a loan to"
    lent = False  # the targets are a joined verb's ("spoke by telephone and called on X")
    if not targets and not told_the_press(anchor, link) and \
            (r.trigger.tok is anchor or anchor.pos_ == "ADJ" or carried):
        # a frame with no coded complement ("agreed to resume shipments to Peru"), or a verb
        # coordinated with the trigger ("donated and delivered goods to X")
        # ... or an act noun carried by the verb, whose purpose clause names whom it is for: "agreed a
        # loan to rebuild Ukraine's grid"
        for comp in kids(anchor):  # also a purpose clause: "signed an accord to supply X"
            purpose = comp.dep_ == "advcl" and has_infinitive_to(comp)
            # (a conjunct with a subject of its own is another clause: "praised X, but he criticised Y")
            own_clause = comp.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(comp))
            # (nor does a conjunct that is an act of its own: "rejected the plan and accused Venezuela")
            beside = co_act_of(comp, triggers) if comp.dep_ == "conj" else None
            # ... unless the first conjunct's preposition waits for the shared object: "established
            # ties with and opened an embassy in Tehran" (asked only where it decides)
            own_clause = own_clause or (beside is not None and beside.i == anchor.i and not _dangling(anchor))
            if (comp.dep_ in ("xcomp", "ccomp", "conj") or purpose) and comp.pos_ in ("VERB", "AUX") \
                    and not targets and not own_clause:
                targets = target_actors(comp, link, exclude)
                lent = comp.dep_ == "conj" and bool(targets)
                # "agreed to let Serbian officials monitor the vote": whom it lets (or helps) act
                # (an actor, not an event: "resigned to allow Haiti's first elections" targets nobody)
                targets = targets or [a for c in kids(comp) if c.dep_ == "ccomp" and lemma(comp) in CAUSATIVE
                                      for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")
                                      and not is_event_noun(g) and lemma(g) not in OCCASIONS
                                      for a in phrase_actors(g, link) if not exclude.blocks(a)]
    if not targets and r.trigger.tok is not anchor:
        # the complement's own subject: "demanded that the US cancel ..."
        subj2 = next((c for c in kids(r.trigger.tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj2 is not None:
            targets = [a for a in phrase_actors(subj2, link) if not exclude.blocks(a)
                       and not _speakers_own_side(subj2, a, r.sources)]
    if not targets and r.trigger.tok.dep_ == "amod":
        targets = target_actors(r.trigger.tok.head, link, exclude)
    doer = carried_out_by(anchor) if not targets and anchor.pos_ == "NOUN" else None
    if doer is not None:
        # "the embargo imposed on Cuba by the United States": the carrying participle names the target
        verb = doer.head.head if doer.dep_ == "pobj" else doer.head
        targets = target_actors(verb, link, exclude, etype)
        # ... also where the parser hangs it on the agent: "sanctions imposed by the EU on Russia"
        targets = targets or [a for p in kids(doer) if p.dep_ == "prep" and p.lower_ in ("on", "against")
                              for o in kids(p) if o.dep_ == "pobj" for a in phrase_actors(o, link)
                              if not exclude.blocks(a)]
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
                targets = [a for a in phrase_actors(subj2, link) if not exclude.blocks(a)
                           and not _speakers_own_side(subj2, a, r.sources)]
                break
    # "A and B met with the Australian foreign minister" names a partner (C): A and B do not meet each other
    if talks_side_only(r.trigger.tok, r.sources, targets):
        # "A and B agreed to coordinate their positions in talks with C": with each other (targets35)
        targets = []
    partner = any(t[3] is not None and in_with_phrase(t[3]) for t in targets)
    party_object = lemma(r.trigger.tok) in PARTY_OBJECT and any(c.dep_ == "dobj" for c in kids(r.trigger.tok))
    # "Britain and France suspended aid to Burma", "cut off supplies to C": a recipient of what they cut
    # or give is a third party, as a with-partner is (clauses28)
    recipient = r.type in ("SANCTION", "AID", "COOPERATE", "ASSAULT", "COERCE") and any(
        t[3] is not None and t[3].dep_ == "pobj" and t[3].head.lower_ in ("to", "against") for t in targets)
    # "A and B traded accusations over a clash between their troops": what is traded goes both ways (lead30)
    traded = r.trigger.tok.dep_ == "dobj" and lemma(r.trigger.tok.head) in ("trade", "exchange")
    # "A and B spoke by telephone and called on C": a two-way act whose parties are its subject's does
    # not borrow the object of the verb joined to it; they spoke to each other (stories33)
    symmetric = r.trigger.pattern.pair is not None and r.trigger.pattern.pair == r.trigger.pattern.cameo
    if len(r.sources) > 1 and (lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual or traded
                               or (symmetric and lent)) and \
            not party_object and not partner and not recipient and \
            not names_proposer(anchor, r.trigger.tok, targets):  # "rejected an American proposal for talks"
        # "A and B met C" keeps C, and so does "A and B signed an accord with C" (a named partner);
        # "A and B coordinated a policy towards C" is reciprocal
        targets = []  # "A and B coordinate (a policy towards C)": A and B act on each other
    if not targets and r.sources:  # "arranged a call with Merkel to discuss the crisis" (tgt13)
        targets = [a for g in purpose_partners(anchor, r.type) for a in phrase_actors(g, link)
                   if not exclude.blocks(a)]
    if not targets and r.sources:
        # "Romney fired back, attacking Trump for ...": a participle that restates the act (a trigger of
        # the same type, read as part of it) names the target the act's own verb left unsaid
        # (not the harm a reciprocal act did: "A and B exchanged fire, killing 11 people", lead38)
        two_way = len(r.sources) > 1 and (lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual)
        for part in (c for c in kids(anchor) if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
                     and not (two_way and lemma(c) in HARM_VERBS)):
            same = triggers.get(part.i)
            # ("attacking" read as force is also the lexicon's verbal attack: its senses decide)
            if same is not None and (same.pattern.type == r.type or any(
                    p.type == r.type for p in default_lexicon().lookup("verb", lemma(part)))):
                targets = [a for o in kids(part) if o.dep_ == "dobj" for a in phrase_actors(o, link)
                           if not exclude.blocks(a)]
                if targets:
                    break
    if not targets and is_passive(anchor) and r.sources:
        ps = passive_subject(anchor)
        if ps is not None:
            targets = [a for a in phrase_actors(ps, link) if not exclude.blocks(a)]
    # "A and B exchanged prisoners", "Pakistani and Indian troops exchanged fire, killing civilians":
    # the parties of a reciprocal act act on each other; the harm it did names no third party
    mutual = len(r.sources) > 1 and (lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual)
    if not targets and r.type == "ASSAULT" and not mutual:
        # "detonated his suicide vest, mortally wounding a U.S. soldier": the harm told by a participle
        # names the victims of the act it follows
        # ("..., freeing 71 hostages and killing all 14 rebels": the harm a participle's conjunct, parse31)
        participles = [c for c in kids(anchor) if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"]
        participles += [g for c in participles for g in kids(c) if g.dep_ == "conj" and g.tag_ == "VBG"]
        for harm in (c for c in participles if lemma(c) in HARM_VERBS):
            for cand in (c for c in kids(harm) if c.dep_ == "dobj"):
                targets = [a for a in phrase_actors(cand, link) if not exclude.blocks(a)] or \
                    located_actor(cand, anchor, sent, link) or bare_agent(cand, link)
                if targets:
                    break
    if not targets and r.type in ("ASSAULT", "COERCE"):
        targets = [a for a in others_of_first(anchor, link) if not exclude.blocks(a)]
    if not targets and r.type == "MOBILIZE":
        # "staged naval exercises ..., in a show of force aimed at Taiwan": the one the display is aimed at
        targets = [a for g in aimed_at(anchor) for a in phrase_actors(g, link) if not exclude.blocks(a)]
    calm = appealed_place(anchor) if not targets and r.type == "REQUEST" else None
    hit = one_actor(calm, link, deep=False) if calm is not None else None
    if hit is not None and len(hit[0].code) == 3 and not exclude.blocks(hit):
        targets = [hit]  # "appealed for an end to the fighting in Bosnia": at Bosnia
    if not targets and r.type in LOCATED_TARGET:
        # a seizure with no owner named ("seized a tanker in the Gulf of Oman") is no domestic act:
        # only its place may name the target
        place_type = "ASSAULT" if (r.cameo or "").startswith("171") else r.type
        targets = place_target(place_type, r.sources, anchor, sent, link)
    if not targets and r.type == "THREATEN" and r.trigger.pattern.type == "COERCE":
        # "prepared to impose martial law": a threat of repression is domestic, as the act would be
        targets = place_target("COERCE", r.sources, anchor, sent, link)
    if not targets and r.cameo in ("087", "0871", "0872") and not mutual and r.trigger.tok.pos_ == "NOUN":
        # "ordered a halt to military operations in Chechnya": a halt with no party named is towards the
        # place the halted fighting was in, as its own phrase names it (lead31)
        targets = halted_place(r.trigger.tok, link)
    if not targets and r.cameo == "082" and not mutual:
        # "the union called off its strike": a protest called off is aimed where the protest was, as the
        # protest itself (forty-third session, wip/stories45)
        targets = place_target("PROTEST", r.sources, anchor, sent, link)
    if not targets and r.cameo in ("0841", "081", "0813", "0814") and not mutual:
        # people released with no country of their own: where it happens, else the releaser's
        # own nationals ("the junta released 2,000 political prisoners")
        targets = place_target("RETREAT", r.sources, anchor, sent, link)
    if not targets and r.type in ("ASSAULT", "COERCE") and not mutual:
        # "attacked government troops": the victims of force, a role with no country (---MIL)
        # unnamed victims take the country where they were hit, as unnamed attackers do
        for cand in _victims(anchor):
            targets = located_actor(cand, anchor, sent, link) or bare_agent(cand, link)
            if targets:
                break
    pattern = r.trigger.pattern
    # (also "around the central town of Kuito": a town named in the placing phrase; lead31)
    placed = all(t[3] is not None and _in_place_phrase(t[3]) for t in targets)
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
        heads += [o for p in kids(r.trigger.tok) if p.dep_ == "prep" and p.lower_ in ("for", "under", "with")
                  for o in kids(p) if o.dep_ == "pobj"]  # "came in for criticism from Germany", "met with"
        givers = [a for h in heads for p in kids(h) if p.dep_ in ("prep", "agent")
                  and p.lower_ in ("from", "by") for o in kids(p) if o.dep_ == "pobj"
                  for a in phrase_actors(o, link)]
        if not givers:
            # the object's owner gives it: "won the endorsement of Governor X", "picked up X's backing"
            givers = [a for h in heads[1:] for o in _owners(h) for a in phrase_actors(o, link)]
        r.sources, r.targets = givers, r.sources
    pair = joined_pair(r.trigger.tok) if r.trigger.pattern.pair == r.trigger.pattern.cameo else None
    if pair is not None:
        # "Soviet-American arms talks", "the U.S.-Japan talks": the two states the modifier joins are
        # the parties, whatever place or speaker the clause names
        r.sources, r.targets = [pair[0]], [pair[1]]
    if r.sources and not r.targets and lemma(r.trigger.tok) in VISIT_NOUNS:
        # "the chancellor's Cuban trip", "the minister's Moscow visit": the place it names is the host
        owners, noun = {a[0].code for a in r.sources}, r.trigger.tok
        r.targets = [a for c in kids(noun) if c.dep_ in ("compound", "amod") and c.i < noun.i
                     for a in phrase_actors(c, link, deep=False) if a[0].code not in owners]
    if r.sources and r.cameo == "055" and all(
            (t[0].code or "")[:3] == (r.sources[0][0].code or "")[:3] for t in r.targets):
        # "Murayama, in a letter to President Kim Young-sam, apologised for Japan's colonial rule": an
        # apology is to whom it is written, not to the own country its for-phrase names (lead31)
        r.targets = written_to(anchor, r.sources, link) or r.targets
    if r.sources and not r.targets:
        r.targets = addressee_of(anchor, sent, triggers, r.sources, link) or \
            (written_to(anchor, r.sources, link) or contacted(anchor, r.sources, link)
             if r.type in ADDRESSED else [])
    if r.sources and not r.targets and r.sources[0][0].code and r.type in ("THREATEN", "REJECT"):
        # "threatened a strike unless the premier resigned", "rejected student demands" (probes17b)
        code = r.sources[0][0].code
        makers = claim_makers(anchor, code) if r.type == "REJECT" else None
        r.targets = [makers] if makers is not None else []
        if r.type == "THREATEN":
            r.targets = threat_target(anchor, code, link, Exclusion.of(r.sources))
    elif r.sources and r.targets and r.type == "THREATEN" and own_side_threat(r.sources, r.targets, anchor):
        # "Israel will retaliate if Hezbollah attacks again, the defence minister warned": the threatened
        # clause's subject is the threatener's own side; the condition names the one threatened (clauses28)
        aimed = threat_target(anchor, r.sources[0][0].code, link, Exclusion.of(r.sources + r.targets),
                              own_role=False)
        if aimed:
            r.targets = aimed
    elif r.sources and r.targets and r.type == "THREATEN":
        # "threatened to strike Chechen rebel bases in Georgia unless Tbilisi cracked down on them": the
        # party an unless-clause tells to act is the one coerced, where the threatened act hits another
        # country's (lead33)
        coerced = threat_target(anchor, r.sources[0][0].code, link, Exclusion.of(r.sources), own_role=False,
                                marks=UNLESS)
        struck = {(t[0].code or "")[:3] for t in r.targets}
        warned = any(t[3] is not None and t[3].head.i == anchor.i and t[3].dep_ in ("dobj", "dative")
                     for t in r.targets)  # ("NATO warned Milosevic that ... unless Serbian forces ...")
        states = [a for a in coerced if len(a[0].code or "") == 3 or (a[0].code or "")[3:6] == "GOV"]
        if states and not warned and not {t[0].code for t in r.targets} & {a[0].code for a in states} and (
                not struck & {(a[0].code or "")[:3] for a in states}
                or all((t[0].code or "")[3:6] not in ("", "GOV") for t in r.targets)):
            # (also a state's own government told to rein in the rebels struck: "unless Beirut reined in")
            r.targets = states
    if r.sources and r.targets and r.trigger.pattern.type == "RETREAT":
        # "Syria would pull its troops back to the Bekaa Valley": the forces pulled back are the mover's
        # own, never whom the retreat is towards (lead33)
        pulled = default_lexicon().classes.get("&MILITARY", frozenset()) | PULLED_EXTRA
        home = (r.sources[0][0].code or "")[:3]
        mover = r.trigger.tok.i if r.trigger.tok is not None else -1
        r.targets = [t for t in r.targets if not (t[3] is not None and t[3].dep_ == "dobj"
                                                  and t[3].head.i == mover and lemma(t[3]) in pulled
                                                  and (t[0].code or "")[:3] == home)]
    if r.sources and not r.targets and r.trigger.pattern.type == "RETREAT":
        # "began pulling its troops back to a narrow security zone, ending its occupation of southern
        # Lebanon": the country left, named only by the occupation or war the sentence ties it to (targets34)
        r.targets = left_country(r.trigger.tok, r.sources, link)
    if r.sources and not r.targets and r.type in TALKS_SETTLED_TYPES:
        # "agreed to suspend uranium enrichment, after two days of talks with France, Germany and Britain":
        # made to the ones talked with (targets34)
        r.targets = talks_partners(r.trigger.tok, r.sources, link)
    if r.sources and r.targets and is_defence(r.trigger.tok):
        # "let American troops use its territory to defend the kingdom against a possible Iraqi attack": the
        # attacker is no party protected; the party let in is the target (targets34)
        r.targets = defended_targets(r.trigger.tok, r.targets)
        if not r.targets:
            own = {(a[0].code or "")[:3] for a in r.sources}
            r.targets = [a for h in let_in_heads(r.trigger.tok) for a in phrase_actors(h, link)
                         if (a[0].code or "")[:3] not in own]
    if r.sources and r.type == "ASSAULT":
        # "stormed the residence, freeing 71 hostages held by Tupac Amaru rebels": at the holders (targets32)
        r.targets = hostage_holders(anchor, link) or rebels_own_state(r.sources, r.targets)
    if r.sources and r.type == "MOBILIZE" and all(len(t[0].code or "") == 3 for t in r.targets):
        # "sent a carrier to the Gulf after Iraq massed troops near the Kuwaiti border": at the party whose
        # move the posture answers, before a place (targets32)
        prompt = posture_prompt(anchor, {(a[0].code or "")[:3] for a in r.sources}, link)
        if not {(t[0].code or "")[:3] for t in r.targets} & {(a[0].code or "")[:3] for a in prompt}:
            # ("sent troops to its border with Colombia after Colombian rebels attacked": the state the
            # place names stays, lead28)
            r.targets = prompt or r.targets
    if r.sources and not r.targets and (r.cameo or "").startswith("191"):
        # "blockaded the southern marshes, cutting off food supplies to thousands of Shi'ite Marsh Arabs":
        # a blockade of a place no party holds is aimed at the people it cuts off (targets33)
        r.targets = cut_off_people(anchor, r.sources, link)
    if r.sources and (r.cameo or "").startswith("087") and not mutual:
        # "ordered the army to suspend offensive operations against left-wing guerrillas": towards the
        # side the operations were against, not the forces ordered (targets32)
        own = {(a[0].code or "")[:3] for a in r.sources}
        r.targets = halted_against(r.trigger.tok, own, link) or r.targets
    # the pattern's own nouns ("talks", "charges") are what happens, never who takes part
    r.sources = [a for a in r.sources if a[3] is None or a[3].i not in pattern_words(r.trigger)]
    r.targets = [a for a in r.targets if a[3] is None or a[3].i not in pattern_words(r.trigger)]
    if r.type == "CONSULT" and not (r.cameo or "").startswith(("042", "043", "044", "045")):
        # "the council held its meetings in Norway and Ghana": venues, not parties
        # (a visit's place is its host: "arrived in Pyongyang" stays a visit to the DPRK)
        r.sources = [a for a in r.sources if not venue(a[3]) and not meeting_city(a[3], a[0])]
        r.targets = [a for a in r.targets if not venue(a[3]) and not meeting_city(a[3], a[0])]
    if (r.cameo or "").startswith("057"):
        # "sign peace accord in Kremlin", "signed a treaty in Moscow": where a deal was signed is no party
        # to it (stories29; dyad_completion.py skips it as a candidate too); an intent's place stays its
        # aim ("agreed to invest $2 billion in Indonesia's new capital")
        r.targets = [a for a in r.targets if not venue(a[3])]


# prepositions that place a joint act rather than name a third party ("fought battles near Basra": probes17b)
PLACING = frozenset({"in", "at", "near", "around", "outside", "along"})

# journeys whose modifier names where they go ("his Moscow visit")
VISIT_NOUNS = {"visit", "trip", "tour", "journey"}

CROWDS = {"protester", "demonstrator", "crowd", "rioter", "marcher", "protest", "demonstration", "rally"}
# gatherings named by words that are also verbs or a month: only as common nouns ("to break up a march",
# lead38; not "troops marched into", "in early March")
CROWD_NOUNS = {"march", "sit-in", "picket", "vigil", "riot"}

PERSONAL = {"he", "she", "they"}

OWN_STATE = {"country", "nation", "government", "administration"}


def _direct_targets(anchor: Any, r: Reading, etype: str, link: ActorLinker,
                    exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """The objects, recipients and prepositional parties of the anchor or the trigger."""
    for tok in dict.fromkeys([anchor, r.trigger.tok]):
        targets = target_actors(tok, link, exclude, etype)
        along = sent_along(tok, etype) if targets else set()
        if along:  # people sent with the goods are no recipient (lead41)
            targets = [a for a in targets if a[3] is None or a[3].i not in along]
        owners, victims = apologised_wrong(tok) if targets else (set(), [])
        if owners:  # an apology is not aimed at the wrong's owner, but at its victims (lead41)
            targets = [a for a in targets if a[3] is None or a[3].i not in owners] or [
                a for v in victims for a in phrase_actors(v, link) if not exclude.blocks(a)]
        if targets:
            return targets
        told = _complement_targets(tok, r, link, exclude)
        if told is not None:
            return told
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


# act nouns whose that-clause or infinitive tells the act itself ("Turkey's warning that it would use
# force unless Syria expelled Ocalan", "Iran's accusation that Iraq had shelled its posts")
_TOLD_IN_COMPLEMENT = frozenset({"THREATEN", "ACCUSE"})


def _complement_targets(tok: Any, r: Reading, link: ActorLinker,
                        exclude: Exclusion) -> list[tuple[Any, int, int, Any]] | None:
    """The targets of a threat or accusation noun told by its own clause: whom the threatened act is done
    to or whom its condition names, whom the accusation's clause names as doer; None where the noun has no
    such clause, or where the noun is no subject. The verb the noun is the subject of is then no source of
    targets: "Turkey's warning that it would use force against Syria alarmed Egypt" is no threat to Egypt
    (lead43)."""
    if r.type not in _TOLD_IN_COMPLEMENT or tok.pos_ != "NOUN" or tok is not r.trigger.tok or \
            tok.dep_ not in ("nsubj", "nsubjpass"):
        return None  # (an object noun keeps its verb's addressee: "gave Iraq a final warning to comply")
    # (a that-clause or an infinitive; not a participle the parser hangs on the noun: "Iran's threat ...
    # alarmed Pakistan", read as a reduced relative)
    comps = [c for c in kids(tok) if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
        a.dep_ in ("aux", "mark", "nsubj", "nsubjpass") and (a.dep_ != "aux" or a.lower_ == "to")
        for a in kids(c))]
    if not comps:
        return None
    for comp in comps:
        if r.type == "THREATEN":
            found = target_actors(comp, link, exclude, r.type) or threat_target(
                comp, r.sources[0][0].code if r.sources else "", link, exclude, own_role=False)
        else:
            subj = next((c for c in kids(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = [a for a in phrase_actors(subj, link) if not exclude.blocks(a)] \
                if subj is not None and subj.lower_ not in PRONOUNS else []
        if found:
            return found
    return []


def _quoted_third_person(subj: Any, r: Reading, ctx: ArticleContext) -> bool:
    """'"They attacked our soldiers," the army chief said': inside a direct quote "he", "she", "they" and
    "it" are others than the speaker, who would say "I" or "we" (speech13)."""
    if subj is None or subj.lower_ not in THIRD_PERSON or r.quote_index is None:
        return False
    quote = ctx.article.quotes[r.quote_index]
    return quote.type == "direct" and quote.content_start <= subj.idx < quote.content_end


THIRD_PERSON = {"he", "she", "they", "it"}


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


# harm done to persons singled out: torture (1822), abduction (181), shields (184), assassination (185, 186)
TARGETED_HARM = {"181", "1821", "1822", "184", "185", "186"}


def halted_place(halt: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The state where the operations a halt ends took place: "a halt to military operations in
    Chechnya", "a halt to the bombing of Chechnya" (the halt's own phrase only, lead31)."""
    halted = [o for p in kids(halt) if p.dep_ == "prep" and p.lower_ == "to"
              for o in kids(p) if o.dep_ == "pobj"]
    places = [g for o in halted for q in kids(o) if q.dep_ == "prep" and q.lower_ in ("in", "of", "against")
              for g in kids(q) if g.dep_ == "pobj"]
    for place in places:
        hit = one_actor(place, link, deep=False)
        if hit is not None and len(hit[0].code or "") >= 3:
            return [hit]
    return []


# participles that aim a display or a message at a party ("a show of force aimed at Taiwan")
AIMING = frozenset({"aimed", "directed", "targeted"})


def aimed_at(anchor: Any) -> list[Any]:
    """The at-objects of an "aimed at" / "directed at" participle in the clause of the act (lead31)."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    return [g for t in verb.subtree if t.lower_ in AIMING and t.dep_ == "acl"
            for p in kids(t) if p.dep_ == "prep" and p.lower_ == "at" for g in kids(p) if g.dep_ == "pobj"]


def _in_place_phrase(tok: Any) -> bool:
    """`tok` is the object of a placing preposition ("in Geneva"), of an of-phrase inside one ("around the
    central town of Kuito"), or a name on such an object ("near the Fergana valley"; lead38)."""
    if tok.dep_ in ("compound", "amod") and tok.head.dep_ == "pobj":
        tok = tok.head
    return tok.dep_ == "pobj" and (tok.head.lower_ in PLACING or tok.head.lower_ == "of" and
                                   tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ in PLACING)


def _repression(r: Reading) -> bool:
    """Force by police, or troops, against protesters (the target's sector or the words of the clause):
    "troops opened fire on pro-democracy demonstrators" is 175 as the police's firing is (probes17b)."""
    if not r.sources or not all((a[0].code or "")[3:6] in ("COP", "MIL") for a in r.sources):
        return False
    if (r.cameo or "")[:3] in TARGETED_HARM or r.cameo in TARGETED_HARM:
        return False  # torture, abduction or assassination of persons is no crowd control (roots17d)
    if r.cameo == "195":
        return False  # aircraft shot down or bombed: air combat, never crowd control (lead31)
    if any((a[0].code or "")[3:6] == "MIL" for a in r.sources) and (
            lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual):
        return False  # troops and protesters who clash fight each other (190)
    if any((a[0].code or "")[3:6] == "OPP" for a in r.targets):
        return True
    return any(lemma(t) in CROWDS or (t.pos_ == "NOUN" and lemma(t) in CROWD_NOUNS) for t in r.anchor.subtree)


def _dangling(anchor: Any) -> bool:
    """A preposition of the verb or of its object with no object of its own ("established ties with
    and opened ...")."""
    return any(p.dep_ == "prep" and not kids(p) for h in [anchor, *kids(anchor)]
               if h.i == anchor.i or h.dep_ == "dobj" for p in kids(h))


# a pattern's object that names the means, never a party: "used force", "will use force" (clauses28;
# the plural "forces" are troops, a party)
MEANS_NOUNS = frozenset({"force"})


def pattern_words(trig: Trigger) -> set[int]:
    """The trigger and the event nouns its pattern names ("talks", "charges"): what happens, never
    who takes part. A with-phrase of the noun ("an agreement with India") still names a party."""
    p = trig.pattern
    # a treaty named after a place is no party to it: "the Paris agreement", "the Minsk accords"
    # (while "an EU statement", "a US proposal" name their author)
    treaties = default_lexicon().classes.get("&AGREEMENT", frozenset())
    nouns = [c for c in kids(trig.tok) if c.dep_ == "dobj" and lemma(c) in p.obj
             and (_event_noun(c) or lemma(c) in treaties or (c.lower_ in MEANS_NOUNS))]
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


def _owners(noun: Any) -> list[Any]:
    """Who owns a received thing: its possessor or its of-object ("the endorsement of X", "X's backing")."""
    owners = [c for c in kids(noun) if c.dep_ == "poss"]
    return owners + [o for p in kids(noun) if p.dep_ == "prep" and p.lower_ == "of"
                     for o in kids(p) if o.dep_ == "pobj"]


def others_of_first(anchor: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """"killed one U.S. soldier and wounded two others": the others are more of the first verb's
    party, so the second verb's victims are the first verb's."""
    obj = next((c for c in kids(anchor) if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in OTHERS), None)
    if obj is None or anchor.dep_ != "conj":
        return []
    for cand in (c for c in anchor.head.children if c.dep_ in ("dobj", "nsubjpass")):
        found = phrase_actors(cand, link)
        if found:
            return found
    return []


# the pronoun-like heads that stand for more of a party named just before
OTHERS = frozenset({"others", "another", "more"})


def between_parties(pobj: Any, anchor: Any, sent: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The parties of a between-phrase: the coded ones, and for a side named only by its role
    ("Indonesian troops and separatist rebels in Aceh") the country of its own place, else CAMEO's
    countryless agent (---REB), so that a fight keeps both its sides."""
    parties = list(phrase_actors(pobj, link))
    prep = pobj.head
    if prep.lower_ == "between" and not any(c.dep_ == "conj" for c in kids(pobj)):
        # "talks between Egyptian President Hosni Mubarak and Libyan leader Muammar Gaddafi": the parser
        # hangs the second titled name on the noun the phrase belongs to (lead43)
        parties += [a for c in kids(prep.head) if c.dep_ == "conj" and c.i > pobj.i and c.pos_ == "PROPN"
                    and any(k.dep_ == "cc" and pobj.i < k.i < c.i for k in kids(prep.head))
                    for a in phrase_actors(c, link)]
    covered = {a[3].i for a in parties if a[3] is not None}
    for side in [pobj, *(c for c in pobj.subtree if c.dep_ == "conj" and c.head.i in (pobj.i,)
                         or (c.dep_ == "conj" and c.head.dep_ == "conj"))]:
        own = {t.i for t in side.subtree} - {t.i for c in kids(side) if c.dep_ == "conj" for t in c.subtree}
        if own & covered or side.pos_ != "NOUN":
            continue
        parties += located_actor(side, anchor, sent, link, "ASSAULT") or bare_agent(side, link)
    return parties


def _victims(anchor: Any) -> list[Any]:
    """The nouns that may name the victims of force: the verb's object, or, when the object is the act
    itself ("launched an offensive against rebels", "an attack on rebels"), its against/on phrase."""
    out = []
    for obj in (c for c in kids(anchor) if c.dep_ in ("dobj", "nsubjpass")):
        if is_event_noun(obj):
            out += [o for p in kids(obj) if p.dep_ == "prep" and p.lower_ in ("against", "on")
                    for o in kids(p) if o.dep_ == "pobj"]
        elif lemma(obj) in BODY_PARTS:  # "slit the throats of 43 villagers": whose throats
            out += [o for p in kids(obj) if p.dep_ == "prep" and p.lower_ == "of"
                    for o in kids(p) if o.dep_ == "pobj"]
        else:
            out.append(obj)
    # "fired at the rebels", "fired mortars at rebel positions", "shot at protesters": force aimed by its
    # at-phrase is done to what that phrase names (stories34); "on" only after firing ("fired on the
    # crowd"), since "attacked on Monday" names a day
    out += [o for p in kids(anchor) if p.dep_ == "prep" and (p.lower_ in AIMED_PREPS or p.lower_ == "on"
                                                             and lemma(anchor) in FIRING)
            for o in kids(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return out


# prepositions that aim force at its victims, and the verbs of firing that "on" aims too
AIMED_PREPS = frozenset({"at", "upon"})
FIRING = frozenset({"fire", "shoot"})


# participles that name who did an act without seeing it done: "a bomb blamed on ETA", "attributed to"
BLAMED = frozenset({"blame", "attribute"})


# parts of the body an act of force names instead of its victims (lead30)
BODY_PARTS = frozenset({"throat", "neck", "head", "hand", "leg", "arm", "limb", "eye", "face", "body"})
