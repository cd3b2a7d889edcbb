"""Trigger matching: which tokens of a sentence match a lexicon row (events/lexicon.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..nlp.actors import countries
from ..nlp.actors.phrases import pair_of_sides
from ..nlp.actors.sectors import ROLE_NOUNS, SIDE_MEMBERS, TITLES, noun_sector
from .act_nouns import NAMED_BEFORE, bare_definite
from .conveyed_messages import conveyed_message
from .joined_pair import joined_pair
from .lexicon import Lexicon, Pattern
from .parse import (
    FUTURE_AUX,
    LEMMA_FIXES,
    PRONOUNS,
    SUBJ,
    doc_arrays,
    doc_text,
    has_aux,
    has_infinitive_to,
    is_passive,
    judged_clause,
    kids,
    lemma,
    part_memo,
    time_spender,
)

# verbs that only carry an event noun ("held talks", "staged a rally")
# event nouns that report an act wherever they stand when a named party owns them and a to/with
# phrase names the other ("X's visit to Y", "X's talks with Y"), or a between-phrase names both
OWNED_EVENTS = {"visit", "trip", "talk", "meeting", "negotiation", "journey", "mission", "stopover"}
# meetings and visits that set the scene of what someone says or does: "During talks with Li, X said",
# "In a phone call with Y, X said", "X, on a visit to Moscow, said": the noun, its preposition, and a
# with/to phrase naming the other party make it an act that happened
SETTING_EVENTS = {"talk", "meeting", "visit", "trip", "tour", "call", "conversation", "negotiation",
                  "discussion", "consultation", "summit", "journey", "mission", "stopover"}
# criticism told by a noun that a party owns and aims ("his criticism of Romney", "Sanders's
# denunciation of the deal"): reported as made wherever the noun stands
CRITICISM_NOUNS = {"criticism", "condemnation", "denunciation", "rebuke", "broadside", "tirade", "diatribe",
                   "critique", "reprimand", "censure"}
# "ahead of his visit to Beijing": a person's own visit or talks, the owner resolved as a pronoun
PERSONAL_OWNERS = {"his", "her", "their"}
SETTING_PREPS = {"during", "in", "at", "on", "after", "following"}
ARRIVING = {"be", "arrive", "travel", "fly", "head", "go", "come", "leave", "land", "gather", "stay"}
ARRIVAL_DUE = {"due", "expected"}  # "is expected in Moscow for talks": an arrival announced for later

# verbs of a decision whose object names the act decided, with the act's own of-object ("approved the sale
# of", "authorized the release of", "ordered the closure of"): the act is done, as an announced one is
DECIDING_VERBS = frozenset({"approve", "authorize", "authorise", "order", "decree", "sanction", "endorse"})
# act nouns that are an act only as a decision's object: elsewhere a sale is a topic, whose seller a
# rejection or a criticism is aimed at by the noun's own phrases, as before the rows of parse37
DECIDED_ONLY = frozenset({"sale"})
LIGHT_VERBS = {"hold", "stage", "launch", "start", "begin", "conduct", "carry", "mount", "open", "organize",
               "organise", "have", "make", "resume", "renew", "continue", "announce", "declare", "lead",
               "join", "call", "complete", "end", "attend", "pay", "give", "extend", "offer", "step",
               "intensify", "escalate", "speed", "accelerate", "issue", "file", "set", "seek", "sign",
               "reach", "keep", "trade", "exchange", "wrap", "finish", "conclude", "lodge", "register",
               "voice", "express", "deliver", "commit", "perpetrate", "reopen", "restart", "revive",
               "remain", "stay", "put", "place", "go", "be", "use", "accept",
               # "repeated its demand that Japan apologise": the act restated is the demand
               "repeat", "reiterate", "restate", "reaffirm"}


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


NOT_EVENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
MONTHS = {"march", "may"}


# records and media: what their of-phrase names is shown or listed, not acted on ("released a videotape
# of the hostages", "a list of the prisoners" is no release of people) (codes17f)
RECORD_NOUNS = frozenset({"videotape", "video", "tape", "film", "footage", "photo", "photograph", "picture",
                          "image", "recording", "report", "statement", "list", "figure", "transcript",
                          "document", "record", "account", "audiotape", "message", "letter"})


# verbs of letting whose infinitive's subject is what they let in ("allowed inspectors to return")
CAUSATIVE_ALLOW = frozenset({"allow", "permit", "let"})


# prepositions of time and circumstance, whose object the act is never done to: "suspended the bus
# service to Pakistan after the attack on its parliament" suspends no attack (lead22)
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "since", "during", "following", "amid", "amidst",
                                "despite", "until", "till"})


def object_lemmas(tok: Any) -> set[str]:
    """Lemmas of what a trigger acts on: direct object, passive subject, complement, prep objects.
    Kept per sentence part (a word with several `obj=` rows asks once); callers only read the set."""
    memo = part_memo(tok)
    if memo is None:
        return _object_lemmas(tok)
    key = ("object_lemmas", tok.i)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _object_lemmas(tok)
    return found  # type: ignore[no-any-return]


def given_span(tok: Any, c: Any) -> bool:
    """ "gave ethnic Albanian guerrillas 24 hours to lay down their arms", parsed with the people as the
    direct object and the time as an adverbial noun: a span of time with an infinitive of what is to be
    done in it is the second object all the same (stories34); the span is counted ("24 hours", "a week"):
    "gave Manila $50 million last month to rebuild schools" dates a gift."""
    if c.dep_ != "npadvmod" or c.pos_ != "NOUN" or not any(o.dep_ == "dobj" for o in kids(tok)):
        return False
    if not any(m.dep_ == "nummod" or m.dep_ == "det" and m.lower_ in ("a", "an", "one") for m in kids(c)):
        return False
    return any(v.dep_ in ("acl", "relcl", "advcl") and v.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in kids(v)) for v in [*kids(c), *kids(tok)])


def _object_lemmas(tok: Any) -> set[str]:
    out: set[str] = set()
    # "gave the junta a week to ...": beside a dative the small model reads the second object as an
    # adverbial noun (modality24)
    dative = any(c.dep_ == "dative" for c in kids(tok))
    for c in kids(tok):
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative", "pobj") or \
                (dative and c.dep_ == "npadvmod") or given_span(tok, c):
            out.add(c.lemma_.lower())
            joined = _hyphenated(c)
            if joined:  # "violated the cease-fire"
                out.add(joined)
            out.update(g.lemma_.lower() for g in kids(c) if g.dep_ in ("compound", "conj"))
            for p in kids(c):  # "700 kg of medicine", "tons of food", "1.5 billion euros in aid"
                if c.lemma_.lower() in RECORD_NOUNS:
                    break  # "released a videotape of the hostages": a record's of-phrase is what it shows
                if p.dep_ == "prep" and p.lower_ in ("of", "in"):
                    for g in kids(p):
                        if g.dep_ != "pobj":
                            continue
                        out.add(g.lemma_.lower())
                        # "1,200 tons of food baskets": the measured thing's compound names it too
                        out.update(q.lemma_.lower() for q in kids(g) if q.dep_ == "compound")
                        # "a shipment of 40 tonnes of medical supplies": a measure inside a container
                        out.update(o.lemma_.lower() for q in kids(g) if q.dep_ == "prep" and q.lower_ == "of"
                                   for o in kids(q) if o.dep_ == "pobj")
        elif c.dep_ in ("prep", "agent", "prt") and c.lower_ not in CIRCUMSTANCE_PREPS and \
                not (c.lower_ in ("over", "off") and any(o.dep_ == "dobj" for o in kids(tok))):
            # ("halted arms deliveries to Turkey over its offensive": beside an object, "over" names the
            # grievance, not what is acted on; lead27; "seized two fishing boats off the island of Abu
            # Musa": "off" names where, and the island is not what was seized; lead36)
            out.update(g.lemma_.lower() for g in kids(c) if g.dep_ == "pobj")
        elif c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"):
            out.add(c.lemma_.lower())
        elif c.dep_ == "advcl" and c.lower_ in ("hostage", "hostages", "captive", "prisoner"):
            out.add(c.lower_.rstrip("s"))  # "took dozens of passengers hostage", misparsed as a clause
        if lemma(tok) in ("take", "hold", "seize") and \
                (c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))) and \
                c.right_edge.lower_ in ("hostage", "hostages") and c.right_edge.i != c.i:
            # "took Prime Minister Chaudhry and dozens of lawmakers hostage": the model reads "lawmakers
            # hostage" as the of-phrase's noun, the closing "hostage" deep inside the object (parse32)
            out.add("hostage")
    if tok.lemma_.lower() in CAUSATIVE_ALLOW:  # "allowed UN inspectors to return": whom it lets act
        out.update(g.lemma_.lower() for c in kids(tok) if c.dep_ == "ccomp" for s in kids(c)
                   if s.dep_ == "nsubj" for g in [s, *(m for m in kids(s) if m.dep_ == "compound")])
        # "let UN peacekeepers into Darfur", parsed as a verbless clause headed by the noun
        out.update(c.lemma_.lower() for c in kids(tok) if c.dep_ == "ccomp" and c.pos_ == "NOUN")
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        out.add(tok.head.lemma_.lower())
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        out.add(tok.head.lemma_.lower())
    return out


def object_modifiers(tok: Any) -> set[str]:
    """Lemmas of the adjective and noun modifiers of the trigger's direct object (or passive subject):
    "reply" and "congratulatory" in "received a reply message", "sent a congratulatory letter"."""
    # (a common noun's possessive is a modifier too: "press the army's offensive"; stories30)
    mods = [g for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass") for g in kids(c)
            if g.dep_ in ("amod", "compound", "nmod") or (g.dep_ == "poss" and g.pos_ == "NOUN")
            or (g.dep_ == "det" and g.lower_ == "no")]  # "had no hope", "had no comment" (leads45)
    # "trade and economic ties": a coordinated modifier modifies too (probes17a)
    return {g.lemma_.lower() for g in mods + [c for m in mods for c in m.conjuncts]}


# adverbs the parser makes of particles: "fired back at", "pulled back", "arrived here" (the dateline's
# place, visit_hosts.dateline_here), "ordered its ambassador home" (lead27), "brushed aside objections",
# "brought together the leaders" (lead28)
ADVERB_PARTICLES = frozenset({"back", "here", "home", "aside", "together"})


def _participle_preps(noun: Any) -> set[str]:
    """The prepositions of a noun's participle and of that participle's object ("war games involving 20,000
    troops near the border": "near" hangs on "involving" or on "troops")."""
    out: set[str] = set()
    for c in kids(noun):
        if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN"):
            out |= particles(c)
            out.update(p.lower_ for o in kids(c) if o.dep_ == "dobj" for p in kids(o) if p.dep_ == "prep")
    return out


def particles(tok: Any) -> set[str]:
    # a preposition of time is no particle: "gave $200,000 to X in 2015" is no "gave in" (080)
    out = {c.lemma_.lower() for c in kids(tok) if c.dep_ in ("prt", "agent") or (c.dep_ == "prep" and not any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in kids(c)))}
    out.update(c.lower_ for c in kids(tok) if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)
    # "ordered Spain's 1,300 troops home": the parser hangs the adverb on the object (lead34)
    out.update(g.lower_ for c in kids(tok) if c.dep_ in ("dobj", "prep") for g in kids(c)
               if g.dep_ == "advmod" and g.lower_ in ADVERB_PARTICLES)
    # (and on a direction's preposition: "forced hundreds of refugees back across the border", lead42)
    # "pushed for Germany to back the plan": a for-to clause's "for" is the verb's "for", not the clause's;
    # not a passive clause ("called for X's strongholds to be hit": what is done to X, not asked of X)
    out.update(m.lower_ for c in kids(tok) if c.dep_ == "advcl"
               and not any(a.dep_ == "auxpass" for a in kids(c)) for m in kids(c)
               if m.dep_ == "mark" and m.lower_ == "for")
    # "called on X to..." is sometimes parsed with the preposition on the next token
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ in ("ADP", "PART") and nxt.dep_ != "aux":
        # not an infinitive's "to": "protested to demand" is no "protested to X" (codes12)
        out.add(nxt.lower_)
    return out


TWO_WORD_FIRST = frozenset({"out", "away"})


def _asked_from(tok: Any) -> bool:
    """A from-phrase the parser hung on the person an asked-for act is about ("sought the extradition
    of the cleric from the United States"): asked of the from-phrase's party, as "sought ... from" is."""
    objs = [c for c in kids(tok) if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    hosts = objs + [g for c in objs for p in kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                    for g in kids(p) if g.dep_ == "pobj"]
    return any(q.dep_ == "prep" and q.lower_ == "from" and any(o.ent_type_ in ("GPE", "ORG", "NORP")
                                                                for o in kids(q) if o.dep_ == "pobj")
               for h in hosts for q in kids(h))


def prep_objects(tok: Any, preps: frozenset[str]) -> set[str]:
    """Lemmas (and compound modifiers) of the objects of these prepositions on the trigger or on its
    direct object: "called for talks", "met for talks", "fired rockets at"."""
    heads = [tok] + [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    out: set[str] = set()
    for h in heads:
        # a two-word preposition hangs its second word on the first: "walked out of the talks" (probes17b)
        for p in [*kids(h), *(q for c in kids(h) if c.dep_ == "prep" and c.lower_ in TWO_WORD_FIRST
                              for q in kids(c) if q.dep_ == "prep")]:
            if p.dep_ in ("prep", "agent", "prt", "dative") and p.lower_ in preps:
                for o in kids(p):
                    if o.dep_ == "pobj":
                        out.add(o.lemma_.lower())
                        for g in kids(o):
                            if g.dep_ in ("compound", "amod", "conj"):
                                out.add(g.lemma_.lower())
                            elif g.dep_ == "det" and g.lower_ == "no":
                                out.add("no-" + o.lemma_.lower())  # "a vote of no confidence" (lead42)
    return out


# deed nouns the small parser reads as verbs after a verb of judging ("called North Korea's missile launch a
# provocation", "branded the NATO air strikes a crime"): the "verb" then takes the predicate as its object
MISREAD_DEEDS = {"launch", "strike", "test", "attack", "raid", "move", "visit", "shell", "bomb", "ban"}


def _misread_deeds(tok: Any) -> list[Any]:
    return [c for c in kids(tok) if c.dep_ == "ccomp" and c.pos_ == "VERB"
            and c.lemma_.lower() in MISREAD_DEEDS and c.tag_ in ("NN", "NNS", "VB", "VBP", "VBZ")
            and any(d.dep_ == "dobj" for d in kids(c))]


def judged_objects(tok: Any) -> list[Any]:
    """What a verb of judging judges: its direct object, or its passive subject ("the plan was called a
    trap")."""
    objs = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")][:1]
    # "called [India's policy misguided]": the small parser makes X the subject of a clause
    objs = objs or [s for c in _small_clauses(tok) for s in kids(c) if s.dep_ == "nsubj"][:1]
    # "branded [the NATO air strikes] a crime": the small parser reads the deed as a verb (crit19)
    objs = objs or [s for c in _misread_deeds(tok) for s in kids(c) if s.dep_ == "nsubj"][:1]
    preds = [c for c in kids(tok) if c.dep_ == "oprd"]
    # "called the South Korean president a traitor" is sometimes parsed as two predicates: the first is X;
    # "called [the American plan] a mistake" as one predicate that holds the second noun as its object
    # (wire26)
    if objs or len(preds) > 1:
        return objs or preds[:1]
    return [c for c in kids(tok) if c.dep_ in ("oprd", "ccomp", "xcomp") and _noun_object(c)][:1]


def _noun_object(noun: Any) -> bool:
    """A noun that holds a noun as its direct object: the small parser's reading of "X a mistake" after a
    verb of judging ("called the American plan a serious mistake"), where no noun takes an object."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i > noun.i for c in kids(noun))


def _small_clauses(tok: Any) -> list[Any]:
    """A clause "X ADJ" under a verb of judging, its adjective tagged as a participle ("misguided")."""
    return [c for c in kids(tok) if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD", "JJ")
            and not any(a.dep_ in ("aux", "auxpass", "mark", "dobj") for a in kids(c))]


def secondary_predicates(tok: Any) -> set[str]:
    """Lemmas of what a verb of judging says its object is, as the small parser hangs it: "called X a
    disgrace" (oprd, a second dobj, or an npadvmod/appos of X), "described X as a violation" (an as-phrase
    on the verb or on X), "called X unjustified" (oprd/acomp/xcomp adjective, or one after X). Each
    predicate counts with its modifiers, conjuncts and of-object ("an act of aggression")."""
    objs = judged_objects(tok)
    heads: list[Any] = []
    dobjs = [c for c in kids(tok) if c.dep_ == "dobj"]
    heads += dobjs[1:]  # "branded the strike an act of aggression": the second object
    heads += [c for c in kids(tok) if c.dep_ in ("oprd", "acomp")
              or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ"))]
    heads += _small_clauses(tok)
    heads += [d for c in _misread_deeds(tok) for d in kids(c) if d.dep_ == "dobj"]
    # "described X's suspension as unjust": the small parser hangs "as ADJ" on the verb as a clause (crit19)
    heads += [c for c in kids(tok) if c.dep_ == "advcl" and c.pos_ in ("ADJ", "NOUN")
              and any(a.dep_ in ("advmod", "mark", "prep") and a.lower_ == "as" for a in kids(c))]
    for h in [tok, *objs]:
        for p in kids(h):
            if p.dep_ == "prep" and p.lower_ == "as":
                heads += [g for g in kids(p) if g.dep_ in ("pobj", "amod", "acomp")]
    for o in objs:
        heads += [c for c in kids(o) if c.dep_ in ("npadvmod", "appos", "oprd")
                  or (c.dep_ == "amod" and c.i > o.i)
                  # "called the American plan a serious mistake", "called X's launch a provocation": the
                  # second noun parsed as X's object
                  or (c.dep_ == "dobj" and o.pos_ == "NOUN" and c.pos_ in ("NOUN", "PROPN") and c.i > o.i)]
    heads += [c for h in list(heads) for c in h.conjuncts]
    heads = [h for h in heads if h not in objs]
    out: set[str] = set()
    for h in heads:
        out.update((h.lemma_.lower(), h.lower_))  # the word too: "shortsighted" is no verb "shortsighte"
        out.update(c.lemma_.lower() for c in kids(h) if c.dep_ in ("amod", "compound"))
        out.update(g.lemma_.lower() for p in kids(h) if p.dep_ == "prep" and p.lower_ == "of"
                   for g in kids(p) if g.dep_ == "pobj")
    return out


def _owned(tok: Any) -> bool:
    """The thing judged is an actor or names one: "Sweden's decision", "the Iran deal", "the American
    strike", "Germany", "the coast guard's actions", "his remarks"."""
    for o in judged_objects(tok):
        if _names_actor(o) or (lemma(o) in NAMED_BEFORE and bare_definite(o)):
            return True
        for c in kids(o):
            if c.dep_ == "poss" and c.lower_ not in ("our", "my"):
                return True
            if c.dep_ in ("amod", "compound", "nmod") and c.i < o.i and _names_actor(c):
                return True
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from") and any(
                    g.dep_ == "pobj" and _names_actor(g) for g in kids(c)):
                return True
    return False


# verbs of saying whose participle tells that an attack was made in words ("attacked Romney, calling him
# a failed candidate", "hammered Clinton, saying she ...")
SAYING = {"say", "call", "accuse", "argue", "charge", "claim", "describe", "suggest", "tell", "write",
          "tweet", "insist", "label", "brand", "dub", "blame", "question", "mock", "declare", "complain",
          "note", "allege", "contend", "assert", "deride", "ridicule", "dismiss", "compare", "liken"}
# subjects who attack in words: politicians, campaigns and commentators (a named person counts too)
POLITICAL_SPEAKERS = {"senator", "candidate", "nominee", "lawmaker", "congressman", "congresswoman",
                      "governor", "mayor", "rival", "opponent", "critic", "campaign", "democrat",
                      "republican",
                      "spokesman", "spokeswoman", "spokesperson", "challenger", "contender", "incumbent",
                      "frontrunner", "front-runner", "pundit", "commentator", "columnist", "editorial",
                      "speaker", "legislator", "politician", "surrogate", "ad", "advertisement", "op-ed"}
# who attacks a person with force, whatever the person: no attack in words
ARMED_SUBJECTS = {"gunman", "attacker", "assailant", "man", "woman", "police", "officer", "soldier", "troop",
                  "militant", "rebel", "mob", "crowd", "dog", "suspect", "fighter", "terrorist", "insurgent",
                  "guard", "gang", "assassin", "bomber", "youth", "protester", "force", "army", "militia"}
# what an attack in words is over: a party's words, record or conduct ("attacked Clinton over her emails")
VERBAL_GROUNDS = {"remark", "comment", "statement", "policy", "record", "stance", "position", "handling",
                  "decision", "role", "plan", "proposal", "support", "vote", "email", "tweet", "speech",
                  "claim", "view", "ties", "tie", "tax", "immigration", "trade", "judgment", "judgement",
                  "temperament", "character", "honesty", "credibility", "opposition", "response", "rhetoric"}
# platforms one speaks on: "tore into Trump on Twitter" is said there, not done to the company (lead25)
PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "weibo", "wechat",
                       "whatsapp", "linkedin", "snapchat", "reddit"})
# the channels words go through: an attack told "on Twitter" or "in an interview" is made in words, and
# "said in a statement that ..." says the that-clause (lead26)
VERBAL_CHANNELS = {"on": PLATFORMS | {"x", "television", "tv", "radio", "air", "media", "website", "blog"},
                   "in": frozenset({"speech", "interview", "statement", "tweet", "post", "column", "op-ed",
                                    "article", "letter", "editorial", "address", "remark", "commentary",
                                    "broadcast", "video", "message", "sermon", "debate", "rally", "podcast",
                                    "book", "memoir", "essay", "communique", "note", "briefing"})}


def helped_subject(tok: Any) -> list[Any]:
    """The party a help verb helps when the parser makes it the subject of the helped act ("pledged to
    help Nigeria fight Boko Haram": Nigeria is helped, and the fight is Nigeria's)."""
    if lemma(tok) not in ("help", "assist"):
        return []
    return [g for c in kids(tok) if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
            for g in kids(c) if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")]


def _subject_tokens(tok: Any) -> list[Any]:
    subj = [c for c in kids(tok) if c.dep_ in SUBJ]
    if not subj and tok.dep_ in ("conj", "xcomp", "advcl"):
        subj = [c for c in kids(tok.head) if c.dep_ in SUBJ]  # "went on to attack X", "... and attacked X"
    spender = time_spender(tok)
    if not subj and spender is not None:
        subj = [spender]  # "spent the day attacking Trump": whoever spent it
    if not subj and tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
        subj = [tok.head]  # "an ad attacking Trump's record": the ad attacks
    return subj


def _people_named(tok: Any) -> bool:
    """A people named by its nationality, in the plural ("Georgians", "ethnic Albanians")."""
    return tok.ent_type_ == "NORP" and tok.pos_ in ("PROPN", "NOUN") and tok.text.endswith("s")


def _person_or_owned(tok: Any) -> bool:
    """A named person, or a thing a named person owns ("Clinton's record")."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in kids(tok))


# light verbs that carry an attack noun ("launched an attack on X", "mounted a fierce assault against Y")
ATTACK_CARRIERS = {"launch", "mount", "unleash", "renew", "intensify", "escalate", "step"}
CARRIED_ATTACKS = {"attack", "assault", "broadside", "offensive", "onslaught"}
# what armed men attack: places and forces, never words ("an attack on a police post")
FORCE_PLACES = {"base", "post", "town", "village", "city", "camp", "convoy", "position", "checkpoint",
                "station", "border", "outpost", "garrison", "barracks", "patrol", "embassy", "building",
                "headquarters", "office", "compound", "airport", "port", "ship", "vessel", "target",
                "installation", "facility"}


def _carried_attack(tok: Any) -> bool | None:
    """An attack noun carried by a light verb, made in words (wire26): "launched a fierce attack on
    Zimbabwe's president, calling him a disgrace", "mounted an attack against Obama over his trade
    policy", "Trump launched an attack on Clinton". In words when a participle of saying hangs on the
    light verb, when the grounds are given (as / for / over), or when a politician or named person aims it
    at a named person or at what one owns; never with a weapon, an armed subject or a place attacked
    ("rebels launched an attack on the town, saying ..."). None when `tok` carries no attack noun."""
    if lemma(tok) not in ATTACK_CARRIERS:
        return None
    nouns = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass") and lemma(c) in CARRIED_ATTACKS]
    if not nouns:
        return None
    subj = _subject_tokens(tok)
    if any(lemma(s) in ARMED_SUBJECTS for s in subj):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "with" for h in [tok, *nouns] for p in kids(h)):
        return False  # "launched an attack on the convoy with rockets"
    aimed = [g for n in nouns for p in kids(n) if p.dep_ == "prep" and p.lower_ in ("on", "against", "upon")
             for g in kids(p) if g.dep_ == "pobj"]
    if any(g.ent_type_ in ("GPE", "LOC", "FAC") or lemma(g) in FORCE_PLACES for g in aimed):
        return False  # an attack on a country, a town or a base is force
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB" and lemma(c) in SAYING
           and c.tag_ == "VBG" for c in kids(tok)):
        return True
    for h in [tok, *nouns]:
        for p in kids(h):
            args = [g for g in kids(p) if g.dep_ in ("pobj", "pcomp")] if p.dep_ == "prep" else []
            if p.lower_ == "as" and args:
                return True
            if p.lower_ in ("for", "over") and any(
                    g.tag_ == "VBG" or g.dep_ == "pcomp" or lemma(g) in VERBAL_GROUNDS
                    or any(q.dep_ == "poss" for q in kids(g)) for g in args):
                return True
    speaker = any(s.ent_type_ == "PERSON" or lemma(s) in POLITICAL_SPEAKERS or
                  (s.pos_ == "PROPN" and s.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")) for s in subj)
    return speaker and any(_person_or_owned(g) for g in aimed)



def verbal_attack(tok: Any) -> bool:
    """An attack made in words: a participle of saying beside it, an as-phrase or a for/over-phrase
    giving the grounds, or a politician or named person attacking a named person with no weapon. As a
    noun: a named person's or a politician's attacks on a named person ("Trump's attacks on Clinton").
    Carried by a light verb ("launched an attack on X, calling him ..."): `_carried_attack`."""
    carried = _carried_attack(tok)
    if carried is not None:
        return carried
    if tok.pos_ == "NOUN":
        owners = [c for c in kids(tok) if c.dep_ == "poss"]
        aimed = [g for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("on", "against")
                 for g in kids(p) if g.dep_ == "pobj"]
        return any(o.ent_type_ == "PERSON" or lemma(o) in POLITICAL_SPEAKERS for o in owners) and \
            any(_person_or_owned(g) for g in aimed)
    # "went on to attack Trump, saying ...": the participle may hang on the verb that carries this one
    carriers = [tok, tok.head] if tok.dep_ in ("xcomp", "conj") else [tok]
    # (after the verb: a set-off "Liberian rebels, accusing peacekeepers of ..., attacked ECOMOG" is the
    # subject's accusation beside an armed attack, parse33)
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB" and lemma(c) in SAYING
           and c.tag_ == "VBG" and c.i > h.i for h in carriers for c in kids(h)):
        return True
    objs = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    for h in [tok, *objs]:
        for p in kids(h):
            if p.dep_ != "prep":
                continue
            args = [g for g in kids(p) if g.dep_ in ("pobj", "pcomp")]
            if p.lower_ == "as" and args:
                return True  # "attacked Clinton as too cozy with Wall Street", "as a fraud"
            if h is tok and any(lemma(g) in VERBAL_CHANNELS.get(p.lower_, ()) for g in args):
                return True  # "attacked Mexico on Twitter", "in a speech on Tuesday"
            if p.lower_ == "for" and any(g.tag_ == "VBG" or g.dep_ == "pcomp"
                                         or any(q.dep_ == "poss" for q in kids(g)) for g in args):
                return True  # "attacked Trump for alienating Hispanics", "for his remarks"
            if p.lower_ == "over" and any(any(q.dep_ == "poss" for q in kids(g)) or lemma(g) in VERBAL_GROUNDS
                                          for g in args):
                return True  # "attacked Obama over his trade policy"
    if any(p.dep_ == "prep" and p.lower_ == "with" for p in kids(tok)):
        return False  # "attacked him with a knife"
    if any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for o in objs for c in kids(o)):
        return True  # "attacked Mr. Clinton's personal life", "attacked Clinton's ties to Wall Street"
    subj = _subject_tokens(tok)
    if any(lemma(s) in ARMED_SUBJECTS for s in subj):
        return False
    person_obj = any(o.ent_type_ == "PERSON" for o in objs)
    # a named subject the small parser mislabels ("Trump" as an ORG) still names a person beside a person
    speaker = any(s.ent_type_ == "PERSON" or lemma(s) in POLITICAL_SPEAKERS or
                  (s.pos_ == "PROPN" and s.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")) for s in subj)
    return speaker and person_obj


def _plural(noun: Any) -> bool:
    # by the word, not the tag: the small model tags an object "demands" VBZ after a compound
    return noun.tag_ == "NNS" or (noun.lower_.endswith("s") and noun.lower_ != noun.lemma_.lower())


# relative pronouns, which stand for the noun their clause hangs on
RELATIVE_WORDS = frozenset({"that", "which", "who"})


def _title_case_singulars(tok: Any) -> set[str]:
    """The singular of a title-case headline's plural object, which the parser tags as a name and keeps
    as its own lemma ("Kim Jong Un Receives Greetings from ..."). Only the exclusions (notobj) read it: a
    greeting or condolence received is no hosted visit; no row is matched by it."""
    return {c.lower_[:-1] for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN"
            and c.text[:1].isupper() and len(c.lower_) > 4 and c.lower_.endswith("s")
            and not c.lower_.endswith("ss")}


def _excluded(tok: Any, hits: set[str]) -> bool:
    """Whether excluded object words really name the object: a word that only qualifies people named
    by their role is their side, not the object ("met opposition leaders" meets people; "met
    opposition" meets a reception)."""
    if not hits:
        return False
    sides = {g.lemma_.lower() for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass") and _people(c)
             and c.lemma_.lower() not in hits for g in kids(c) if g.dep_ == "compound"}
    # "met representatives of the Iraqi opposition", "a delegation of the opposition": the people or body
    # of the side its of-phrase names (targets37)
    sides |= {g.lemma_.lower() for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")
              and (_people(c) or c.lemma_.lower() in _BODIES) and c.lemma_.lower() not in hits
              for p in kids(c) if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for g in kids(p) if g.dep_ == "pobj"}
    return not hits <= sides


# bodies of people sent by a side, whose of-phrase names the side ("a delegation of the opposition")
_BODIES = frozenset({"delegation", "team", "mission", "group"})


def _people(noun: Any) -> bool:
    """Whether a noun names people by a role ("leaders", "supporters", "officials")."""
    low, lem = noun.lower_, noun.lemma_.lower()
    return bool(noun_sector(low, lem) or low in SIDE_MEMBERS)


def conditions_hold(p: Pattern, tok: Any) -> bool:
    if p.passive_only and not (is_passive(tok) or tok.dep_ in ("acomp", "amod") or tok.pos_ == "ADJ"):
        return False
    if p.obj or p.notobj:
        objs = object_lemmas(tok)
        if p.obj and not (objs & p.obj):
            return False
        if p.notobj and (_excluded(tok, objs & p.notobj) or _title_case_singulars(tok) & p.notobj):
            return False
    if p.objmod and not (object_modifiers(tok) & p.objmod):
        return False
    if p.that_clause and judged_clause(tok) is None:
        return False
    if p.plural_obj and not any(c.dep_ in ("dobj", "nsubjpass") and _plural(c) for c in kids(tok)):
        return False
    if p.prt and not (particles(tok) & p.prt):
        return False
    if p.prep and not (particles(tok) & p.prep) and not ("from" in p.prep and _asked_from(tok)) and \
            not (p.pos == "noun" and tok.dep_ == "dobj" and lemma(tok.head) in LIGHT_VERBS
                 and particles(tok.head) & p.prep) and \
            not (p.pos == "noun" and _participle_preps(tok) & p.prep):
        # ("staged war games off the coast of Taiwan": the parser hangs the place on the light verb; "war
        # games involving 70,000 troops near the Afghan border": on the noun's participle, lead32)
        return False
    if p.pred and not (secondary_predicates(tok) & p.pred):
        return False
    if p.owned and not _owned(tok):
        return False
    if p.pobj and not (prep_objects(tok, p.pobj_preps) & p.pobj):
        return False
    if p.verbal and not verbal_attack(tok):
        return False
    if p.subj or p.notsubj:
        subj = {c.lemma_.lower() for c in kids(tok) if c.dep_ in SUBJ}
        if tok.dep_ == "conj" or (not subj and tok.dep_ in ("advcl", "xcomp")):
            # a coordinated verb or a participle shares the subject: "the storm hit ..., killing five"
            subj |= {c.lemma_.lower() for c in kids(tok.head) if c.dep_ in SUBJ}
        if not subj and tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
            subj.add(tok.head.lemma_.lower())  # "a rally in Lagos to protest the violations": the rally does
        if tok.dep_ == "relcl" and subj & RELATIVE_WORDS:
            subj.add(tok.head.lemma_.lower())  # "the pandemic that killed 25 million people": the pandemic
        for s in list(subj):  # "the first deployment of NATO troops": the counted noun too
            subj |= {o.lemma_.lower() for c in kids(tok) if c.dep_ in SUBJ and c.lemma_.lower() == s
                     for p_ in kids(c) if p_.dep_ == "prep" and p_.lower_ == "of"
                     for o in kids(p_) if o.dep_ == "pobj"}
        # a people named by its nationality is people: "thousands of Georgians massed outside parliament"
        if any(_people_named(c) for c in kids(tok) if c.dep_ in SUBJ) or any(
                _people_named(o) for c in kids(tok) if c.dep_ in SUBJ
                for q in kids(c) if q.dep_ == "prep" and q.lower_ == "of"
                for o in kids(q) if o.dep_ == "pobj"):
            subj.add("people")
        # ... and their modifiers, for a positive row only: "NATO peacekeeping troops arrived in Bosnia"
        mods = {m.lemma_.lower() for c in kids(tok) if c.dep_ in SUBJ for h in [c, *(
            o for q in kids(c) if q.dep_ == "prep" and q.lower_ == "of" for o in kids(q) if o.dep_ == "pobj")]
            for m in kids(h) if m.dep_ in ("amod", "compound")} if p.subj else set()
        if p.subj and not (subj | mods) & p.subj:
            return False
        # a named storm is still a storm: "Typhoon Haikui killed ten"
        named = {m.lemma_.lower() for c in kids(tok) if c.dep_ in SUBJ
                 for m in kids(c) if m.dep_ == "compound"}
        # (a plural the model takes for a name at the start of a part keeps its "-s": "Floods in Bihar
        # have killed 120 people", parsed apart from its dateline; leads41)
        if p.notsubj and (subj | named | {s[:-1] for s in subj if s.endswith("s")}) & p.notsubj:
            return False
    if p.notmod or p.mod:
        # a verb's manner adverb counts too: "reacted angrily to" (crit11b)
        mod_deps = ("amod", "compound", "nmod", "npadvmod") + (("advmod",) if tok.pos_ == "VERB" else ())
        mods = {c.lower_ for c in kids(tok) if c.dep_ in mod_deps}
        if p.notmod and tok.pos_ == "NOUN":
            # what an "in" phrase names blocks as a modifier does: "the rally in bond futures" is the
            # market's, as "the bond rally" is (census 19)
            mods |= {lemma(g) for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "in"
                     for o in kids(c) if o.dep_ == "pobj" for g in [o, *(m for m in kids(o)
                                                                       if m.dep_ in ("compound", "amod"))]}
        if mods & p.notmod or (p.mod and not mods & p.mod):
            return False
    # (the token's dependents, complements and means are gathered only for a row that tests them: most
    # rows test none, and a word with many rows is tested once per row)
    if p.needs_dobj or p.needs_comp or p.intransitive or p.needs_arg:
        deps = {c.dep_ for c in kids(tok)}
        if p.needs_dobj and not deps & {"dobj", "dative"} and not helped_subject(tok):
            return False
        if p.needs_comp and not deps & {"xcomp", "ccomp"} and not (
                (p.type == "@AGREE" or p.type == "@REQUEST" and "dobj" in deps and not _protest_aim(tok))
                and any(c.dep_ == "advcl" and has_infinitive_to(c) for c in kids(tok))):
            return False  # (a vow's infinitive misparsed as a purpose clause: "Albanians have sworn to
            # fight"; stories32; and the asked party's, past a time phrase: "pressed China on Monday to
            # release dissidents"; lead44)
        # (a passive participle's agent too: "as demonstrated by his departure" shows; it protests nothing)
        if p.intransitive and deps & {"dobj", "xcomp", "ccomp", "nsubjpass", "auxpass", "agent"}:
            return False
        if p.needs_arg and not deps & {"dobj", "dative", "xcomp", "ccomp", "nsubjpass"}:
            return False
    if p.done and (tok.tag_ == "VBG" or not _handed_to(tok)):
        return False  # "was carrying a message to Bush" (under way), "a message from X" (no one); stories40
    if p.place_obj and not any(_names_place(c) for c in _actor_objects(tok)) and not any(
            _names_place(g) for c in kids(tok) if c.dep_ == "dobj" and c.lower_ == "control"
            for q in kids(c) if q.dep_ == "prep" and q.lower_ == "of" for g in kids(q) if g.dep_ == "pobj"):
        return False  # (the place held: "took control of Kisangani"; stories32)
    if p.actor_obj and not any(_names_actor(c) or c.lower_ in PERSONAL_OBJECTS for c in _actor_objects(tok)):
        return False  # "welcomed the president" hosts a visit; "welcomed the memos" does not
    if p.notcomp or p.comp:
        comps = {lemma(c) for c in kids(tok) if c.dep_ in ("xcomp", "ccomp")
                 or (c.dep_ == "advcl" and has_infinitive_to(c))}
        # "gave the envoys 48 hours to leave", the infinitive parsed on the span of time (stories34)
        comps |= {lemma(v) for c in kids(tok) if c.dep_ == "npadvmod" for v in kids(c)
                  if v.dep_ in ("acl", "relcl") and has_infinitive_to(v)}
        # the means of a notcomp row: "retaliated by expelling diplomats" is the expulsion, not an assault
        means = {lemma(g) for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "by"
                 for g in kids(c) if g.dep_ == "pcomp"} if p.notcomp else set()
        if p.notcomp and (comps | means) & p.notcomp:
            return False
        if p.notcomp and comps & p.notcomp:
            return False  # "declined to comment" is no refusal (CAMEO 011, dropped by PLOVER)
        if p.comp and not comps & p.comp:
            return False
    if p.infinitive and not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in kids(c))
                                for c in kids(tok)):
        return False
    return True


# object pronouns that stand for a person ("opposed him"); "it" and "them" as often stand for a plan
PERSONAL_OBJECTS = frozenset({"him", "her"})


def _handed_to(tok: Any) -> bool:
    """Whether a verb of handing over names whom to: an indirect object, or a to-phrase on the verb or inside
    its object ("carried a message from Mubarak to Assad", the model hangs the "to" on either noun)."""
    if any(t.tag_ == "VBG" and t.pos_ == "VERB" for c in kids(tok)
           if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree):
        return False  # "a message from King Fahd urging him to ...": the message names its act (parse38)
    objects = [c for c in kids(tok) if c.dep_ in ("dobj", "dative")]
    if len(objects) > 1 or any(c.dep_ == "dative" for c in objects):
        return True  # "handed King Fahd a message"
    # (the model may read "to rebel leader X" as an infinitive: any "to" after the verb outside the subject)
    return any(t.lower_ == "to" for c in kids(tok) if c.dep_ not in ("nsubj", "nsubjpass", "relcl")
               and c.i > tok.i for t in c.subtree)


def _actor_objects(tok: Any) -> list[Any]:
    """The words an `actobj` row tests: the direct object or passive subject, and for an adjective the
    object of its "to" ("was opposed to the chancellor", tagged ADJ or VBN) (codes12)."""
    objs = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    # the name set beside a description: "executed the writer Ken Saro-Wiwa" (lead34)
    objs += [a for c in objs for a in kids(c) if a.dep_ == "appos" and a.pos_ == "PROPN"]
    if tok.pos_ == "ADJ" or tok.tag_ == "VBN":
        objs += [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "to"
                 for g in kids(c) if g.dep_ == "pobj"]
    return objs


def _names_actor(tok: Any) -> bool:
    """A proper name, or a role noun of the actors stage's tables ("delegation", "minister"), or a pair
    of sides the story named before ("invited both sides to talks"; stories29)."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or \
        tok.lower_ in ROLE_NOUNS or tok.lower_ in TITLES or tok.lemma_.lower() in TITLES or \
        (tok.tag_ == "NNS" and pair_of_sides(tok.doc[tok.left_edge.i:tok.i + 1].text))


def _names_place(tok: Any) -> bool:
    """A named place: tagged as one, or a proper noun the gazetteer knows as a country, capital, city or
    province (the small model tags some towns as persons: "captured Grozny")."""
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    if tok.pos_ != "PROPN":
        return False
    place = countries.lookup(tok.doc[tok.left_edge.i:tok.i + 1].text)
    if place is None:  # "the Chechen capital Grozny": the name's own words
        start = tok.i
        while start > tok.left_edge.i and tok.doc[start - 1].pos_ == "PROPN":
            start -= 1
        place = countries.lookup(tok.doc[start:tok.i + 1].text)
    return place is not None and place.kind in ("country", "alias", "capital", "city", "province", "state")


def pos_of(tok: Any) -> str | None:
    # the part of speech first: most tokens (determiners, punctuation) stop here without the entity test
    pos = tok.pos_
    if pos in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        kind = "verb"
    elif pos in ("NOUN", "PROPN"):
        # a subjunctive the tagger takes for a noun ("demanded that Pyongyang return to the table")
        # is a verb: it heads a that-clause with a subject of its own (probes17b)
        kind = "verb" if tok.dep_ == "ccomp" and _subjunctive(tok) else "noun"
    elif pos == "ADJ":
        kind = "adj"
    else:
        return None
    if tok.ent_type_ in NOT_EVENTS or (tok.lower_ in MONTHS and tok.text.istitle()):
        return None  # "March" the month, "$5 million" aid amounts are no trigger words
    return kind


def _subjunctive(tok: Any) -> bool:
    deps = {c.dep_ for c in kids(tok)}
    return "nsubj" in deps and "mark" in deps and "det" not in deps


@lru_cache(maxsize=8192)
def verb_stems(word: str) -> tuple[str, ...]:
    """Candidate base forms of an inflected verb, as PETRARCH matches surface forms: "cordoned" ->
    cordon, "shelled" -> shell, "strafing" -> strafe/straf, "ratifies" -> ratify."""
    out = []
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)] + repl
            out.append(base)
            if len(base) > 3 and base[-1] == base[-2] and not repl:
                out.append(base[:-1])  # "shelled" -> "shell" already; "planned" -> "plan"
    return tuple(out)  # kept per word (lru_cache): the same inflected verbs recur in every story


# what a strike or protest is called: a press that is its purpose infinitive is the protest's aim
_PROTEST_WORDS = frozenset({"strike", "protest", "demonstration", "rally", "march", "hartal", "boycott",
                            "sit-in", "stoppage", "walkout", "blockade", "shutdown"})


def _protest_aim(tok: Any) -> bool:
    """A request verb that is the purpose infinitive of a strike or protest ("enforced a general strike to
    press the prime minister to resign", stories36b): the protest's aim, no appeal of its own."""
    if tok.dep_ != "advcl" or not has_infinitive_to(tok):
        return False
    head = tok.head
    return lemma(head) in _PROTEST_WORDS or any(
        c.dep_ == "dobj" and lemma(c) in _PROTEST_WORDS for c in kids(head))


def match_pattern(lex: Lexicon, tok: Any) -> Pattern | None:
    pos = pos_of(tok)
    if pos is None:
        return None
    joined = _hyphenated(tok)
    rows = (lex.lookup(pos, joined) if joined else []) or lex.lookup(pos, lemma(tok))
    if not rows and pos == "verb":
        # the lemmatizer misses rarer verbs ("cordoned" -> "cordone"): try the surface form's stems
        rows = next((r for stem in verb_stems(tok.lower_) if (r := lex.lookup(pos, stem))), [])
    if pos == "verb" and tok.dep_ == "amod":
        # a participle modifying a noun names no act of its own ("improved relations", "the arrested
        # men"); only adjective rows apply ("a fully coordinated policy")
        rows = lex.lookup("adj", tok.lower_)
    if not rows and pos == "adj":  # "prepared", "committed" tagged ADJ but listed as verbs
        rows = [r for r in lex.lookup("verb", tok.lemma_.lower()) if r.passive_only]
    if not rows and pos == "verb" and tok.tag_ == "VBN":
        rows = lex.lookup("adj", tok.lower_)
    if not rows:
        return None  # most content words: no row to test
    if pos == "verb" and (_tally_of_wars(tok) or _spent_doing(tok)
                          or _backed_by_means(tok, lex.classes.get("&WEAPON", frozenset()))
                          or _gapped_count(tok) or _a_stated_need(tok)):
        return None
    # rows with positive conditions are the specific ones; they win over the general rows
    specific = [r for r in rows if _specific(r)]
    general = [r for r in rows if not _specific(r)]
    for row in specific + general:
        if conditions_hold(row, tok):
            return row
    return None


WAR_NOUNS = frozenset({"war", "battle", "conflict"})
MANY = frozenset({"several", "many", "numerous", "multiple"})


def _tally_of_wars(tok: Any) -> bool:
    """ "have fought three wars since 1947": a count of past wars is history, not a war reported (lead26)."""
    return lemma(tok) in ("fight", "wage") and any(
        c.dep_ == "dobj" and lemma(c) in WAR_NOUNS and any(
            n.dep_ == "nummod" and n.lower_ not in ("one", "1") or n.lower_ in MANY for n in kids(c))
        for c in kids(tok))


SUPPORT_PARTICIPLES = frozenset({"back", "support", "cover", "escort", "assist", "aid", "help"})
# what troops are "backed by" that is means, not a party: "troops backed by tanks and helicopter gunships"
# (these machines, and the lexicon's own &WEAPON class)
WAR_MACHINES = frozenset({"tank", "aircraft", "helicopter", "gunship", "warplane", "jet", "plane", "fighter",
                          "bomber", "armour", "armor", "vehicle", "firepower", "warship", "ship", "boat",
                          "air", "power", "cannon"})


def _a_stated_need(tok: Any) -> bool:
    """ "stressed the Kingdom's position on the need to stop military operations in Gaza": an act named as
    a need or importance is a position stated, done by no one the sentence names (lead30)."""
    return tok.dep_ == "acl" and tok.head.lemma_.lower() in ("need", "necessity", "importance") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok))


def _gapped_count(tok: Any) -> bool:
    """ "Three soldiers were killed and four wounded": the second participle is the first one's passive
    with its auxiliary gapped, and its "subject" a count of victims; it tells the same attack, which the
    first verb codes (lead30)."""
    if tok.tag_ != "VBN" or tok.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in kids(tok.head)):
        return False
    subj = next((c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NUM"


def _backed_by_means(tok: Any, weapons: frozenset[str]) -> bool:
    """ "Sri Lankan troops backed by tanks and aircraft pushed into ...": a participle of support whose
    agent is the attacker's own weapons names the means of an attack, no endorsement (lead30)."""
    if lemma(tok) not in SUPPORT_PARTICIPLES or tok.tag_ != "VBN" or tok.dep_ not in ("acl", "advcl", "amod"):
        return False
    agents = [g for p in kids(tok) if p.dep_ == "agent" for g in kids(p) if g.dep_ == "pobj"]
    agents += [c for a in agents for c in kids(a) if c.dep_ == "conj"]
    return bool(agents) and all(lemma(a) in WAR_MACHINES or lemma(a) in weapons for a in agents)


def _spent_doing(tok: Any) -> bool:
    """ "spent the day attacking Iraq's leadership", "spent hours negotiating with the rebels": time spent
    doing something names no visit; the participle is the act, done by the subject of "spend"
    (`parse.SUBJECT_CONTROL`; wire26)."""
    if lemma(tok) != "spend":
        return False
    times = [c for c in kids(tok) if c.dep_ == "dobj"]
    times += [g for t in times for p in kids(t) if p.dep_ == "prep" and p.lower_ == "of" for g in kids(p)
              if g.dep_ == "pobj"]
    return any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" for c in kids(tok)) or \
        any(c.dep_ == "acl" and c.tag_ == "VBG" for t in times for c in kids(t))


def _hyphenated(tok: Any) -> str | None:
    """The whole word a hyphenated compound's last part heads: spaCy splits "sit-in", "cease-fire",
    "build-up", "cyber-attack" into three tokens, and the lexicon lists them whole."""
    if tok.i < 2 or doc_text(tok.doc)[tok.idx - 1:tok.idx] != "-":
        return None  # (no hyphen right before the word: known from the text, without two more Tokens)
    hyphen, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    last = lemma(tok) if tok.pos_ in ("NOUN", "VERB") else tok.lower_
    return f"{first.lower_}-{last}"


def _specific(r: Pattern) -> bool:
    return bool(r.obj or r.objmod or r.prt or r.subj or r.mod or r.pobj or r.comp or r.infinitive or r.pred
                or r.verbal or r.that_clause)


# verbs whose subject event is weighed, not reported: "an embargo would not work / help / matter"
DISCUSSION_VERBS = {"work", "help", "matter", "succeed", "fail", "be", "seem", "appear", "remain", "prove",
                    "make", "serve", "mean", "require", "need", "cost", "depend", "hurt", "harm", "benefit",
                    "affect", "damage", "undermine", "solve", "resolve", "bring", "lead", "create"}


def _opinion(verb: Any) -> bool:
    """A modal verb: what it says of its subject event is a judgement ("sanctions could hurt"); not a "would"
    that dates a pact's start told by a report ("announced that a ceasefire between Iran and Iraq would take
    effect on August 20": the future of the past, parse32)."""
    return any(c.dep_ == "aux" and (c.lower_ in ("could", "might", "may", "should", "can") or (
        c.lower_ == "would" and not _takes_effect(verb))) for c in kids(verb))


def _takes_effect(verb: Any) -> bool:
    """ "take effect", "come / go into force / effect" in a reported clause ("announced that ...")."""
    if verb.dep_ != "ccomp" or verb.head.tag_ not in ("VBD", "VBN"):
        return False
    if lemma(verb) == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in kids(verb))
    return lemma(verb) in ("come", "go") and any(
        p.dep_ == "prep" and p.lower_ == "into" and any(o.lower_ in ("force", "effect") for o in kids(p))
        for p in kids(verb))


# nouns of what is thought, said or written about something: an event noun in their of-, on- or
# about-phrase is what the view, the news or the question is about, no act reported ("a dim view of the
# US-China trade talks", "news of fresh sanctions", "questions about the negotiations between A and B")
TOPIC_HOLDERS = frozenset({"view", "opinion", "news", "question", "report", "story", "debate", "remark",
                           "comment", "article", "speculation", "rumor", "rumour"})
TOPIC_PREPOSITIONS = frozenset({"of", "on", "about", "over", "regarding", "concerning", "into"})


def topic_of_a_view(tok: Any) -> bool:
    """The event noun (or the noun it modifies or is coordinated with) is the object of "of", "on",
    "about" ... under a noun of view, opinion, news, question, report, story or debate: the annotation
    guide's topic of another word ("Acts named by nouns inside a prepositional phrase"). A preposition
    that names the act's parties ("talks between A and B", "the attack on X") belongs to the event noun
    itself and is not asked about."""
    base = tok
    for _ in range(4):  # "trade talks" (compound), "talks and sanctions" (conj)
        if base.dep_ not in ("compound", "conj") or base.head.i == base.i:
            break
        base = base.head
    prep = base.head
    if base.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPOSITIONS:
        return False
    holder = prep.head
    return holder.pos_ == "NOUN" and lemma(holder) in TOPIC_HOLDERS


def _held_and_described(noun: Any, verb: Any) -> bool:
    """A party's own talks or visit with another party, described in the past by "was / were" ("the
    president's talks with the Cuban leader were the first in decades", "her visit to Beijing was
    cut short"): held, as the owner and the other party say, not weighed as a plan (lead26)."""
    return lemma(verb) == "be" and verb.tag_ == "VBD" and any(c.dep_ == "poss" for c in kids(noun)) \
        and any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in kids(noun))


# verbs whose subject is only the cause of what they tell ("the raid drew condemnation", "threats dominated
# talks", "the collapse of talks prompted an offensive")
CAUSE_VERBS = frozenset({"draw", "dominate", "overshadow", "prompt", "spark", "trigger", "provoke", "cloud",
                         "mar", "sour", "strain", "fuel", "precipitate", "spur"})


def _drawn_from(noun: Any) -> bool:
    """ "drew a sharp warning from Washington", "drew condemnation from France": a reaction drawn from a
    named party is that party's act."""
    verb = noun.head
    return lemma(verb) == "draw" and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" for g in kids(c))
        for c in list(kids(verb)) + list(kids(noun)))


def _cause_of_told_act(noun: Any, triggers: dict[int, Trigger]) -> bool:
    """An event noun that is only the cause of another act its verb tells: "Turkey's threats against Syria
    dominated talks between Egypt and Jordan", "a threat by Iraq ... drew a sharp warning from Washington",
    "the collapse of talks prompted Sudan's army to launch an offensive". The lead's news is the act its
    verb's clause tells (its object, or the act of the object it prompts); the named cause is background,
    which a record of one event per lead leaves uncoded. Where the clause tells no act of its own ("the
    U.S. bombing of Libya angered Arab governments") the cause stays the event."""
    verb = noun.head
    if lemma(verb) not in CAUSE_VERBS or verb.pos_ != "VERB":
        return False
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]
    for o in objs:
        if o.i in triggers and (_drawn_from(o) or _names_party(o)):
            return True  # "drew a warning from Washington", "dominated talks between Egypt and Jordan"
    for c in kids(verb):
        if c.dep_ in ("xcomp", "ccomp") and any(g.i in triggers for g in c.subtree) \
                and any(_names_party(o) for o in objs + [g for g in kids(c) if g.dep_ == "nsubj"]):
            return True  # "prompted Sudan's army to launch an offensive": the army's act
    return False


def _names_party(tok: Any) -> bool:
    """Whether a phrase names a party: a name of a state, people, body or person as the head, its owner or
    modifier, or in a between-, with- or from-phrase ("talks between Egypt and Jordan"; not a place the
    act spreads over: "protests across the West Bank")."""
    names = ("GPE", "NORP", "ORG", "PERSON")
    heads = [tok, *(c for c in kids(tok) if c.dep_ in ("poss", "compound", "amod", "nmod"))]
    heads += [g for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("between", "with", "from")
              for o in kids(p) if o.dep_ == "pobj" for g in o.subtree]
    return any(t.ent_type_ in names for h in heads for t in ([h] if h is not tok else [tok]))


def noun_licensed(tok: Any, triggers: dict[int, Trigger]) -> bool:
    """An event noun codes an event only where it names one: carried by a light verb ("held talks"),
    as a subject ("a bombing killed"), as a frame's complement ("demanded a truce"), or alone; never as
    the topic of a view, the news or a question (`topic_of_a_view`)."""
    head = tok.head
    if lemma(tok) in DECIDED_ONLY and not (tok.dep_ == "dobj" and lemma(head) in DECIDING_VERBS):
        return False  # "opposed any sale of weapons to Taiwan by the United States": a topic (lead29)
    if tok.dep_ == "ROOT":
        return True
    if lemma(tok) in CRITICISM_NOUNS and any(c.dep_ == "poss" and c.lower_ not in ("our", "my", "its")
                                             for c in kids(tok)) \
            and any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "toward", "towards", "at")
                    and any(g.dep_ == "pobj" for g in kids(c)) for c in kids(tok)):
        return True  # "given his criticism of Romney", "Sanders's condemnation of the deal": made
    if topic_of_a_view(tok):
        # (after owned criticism: "questions about Sanders's criticisms of the president" were made)
        return False
    if tok.dep_ == "nsubj" and _cause_of_told_act(tok, triggers):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # "the attack killed 12", "talks collapsed", "protests erupted": the verb tells that it
        # happened; "an arms embargo would not work" only discusses one
        # ("Franco-German talks made progress": talks that name both parties are held)
        return not _opinion(head) and (lemma(head) not in DISCUSSION_VERBS or (
            lemma(tok) in OWNED_EVENTS and (joined_pair(tok) is not None or _held_and_described(tok, head))))
    if tok.dep_ in ("dobj", "attr", "oprd", "xcomp") and lemma(head) in LIGHT_VERBS:
        return True
    if tok.dep_ == "dobj" and _drawn_from(tok):
        return True  # "drew a sharp warning from Washington": Washington's warning
    if conveyed_message(tok):
        return True  # "relayed an appeal from the Pope to the junta": the appeal is made (parse38)
    if tok.dep_ == "pobj" and head.dep_ == "prep" and lemma(head.head) in LIGHT_VERBS \
            and head.lower_ in ("on", "in", "into", "to", "under"):
        return True  # "went on strike", "put on alert", "put under investigation"
    if tok.dep_ == "pobj" and head.lower_ == "in" and lemma(head.head) == "take" \
            and any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids(head.head)):
        return True  # "took part in joint exercises / in the protests"
    if tok.dep_ == "pobj" and head.lower_ in ("in", "during") and any(
            c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(o.dep_ == "pobj" for o in kids(c))
            for c in kids(tok)):
        return True  # "died in a raid by Kenyan soldiers", "losses in an offensive by Iran's forces"
    if tok.dep_ == "compound" and head.i != tok.i:  # "a mediation effort"
        return noun_licensed(head, triggers)
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
            head.head.dep_ in ("dobj", "nsubj") and lemma(head.head.head) in LIGHT_VERBS:
        return True  # "launched ten days of war games"
    frame = triggers.get(head.i)
    if frame is not None and frame.is_frame and frame.frame != "@SPEECH" and tok.dep_ in ("dobj", "pobj"):
        return True
    own = triggers.get(tok.i)
    if tok.dep_ == "dobj" and lemma(head) in DECIDING_VERBS and own is not None and _specific(own.pattern) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(tok)):
        # "approved the sale of 60 F-15s to Saudi Arabia": the act decided, where a row names what it
        # is of ("approved the release of $337 million" is no release of people, stories23) (parse37)
        return True
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ == "dobj":
        frame = triggers.get(head.head.head.i)  # "pledged 500 million euros in aid"
        if frame is not None and frame.is_frame and frame.frame != "@SPEECH":
            return True
        if head.lower_ == "in" and lemma(head.head.head) in LIGHT_VERBS:
            return True  # "announced $300 million in humanitarian aid"
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        frame = triggers.get(head.head.i)
        if frame is not None and frame.is_frame and frame.frame not in ("@SPEECH",):
            return True
    if tok.dep_ == "conj":
        return noun_licensed(head, triggers)
    if lemma(tok) in OWNED_EVENTS and any(c.dep_ == "poss" and (c.lower_ not in PRONOUNS or c.lower_ in
                                                                 PERSONAL_OWNERS) for c in kids(tok)) \
            and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in kids(tok)):
        return True  # "in the run-up to Shultz' visit to Moscow": a named party's visit or talks happen
    if lemma(tok) in ("visit", "trip", "journey") and any(c.dep_ == "poss" and c.lower_ not in PRONOUNS
                                                          for c in kids(tok)) \
            and any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP") for c in kids(tok)):
        return True  # "ahead of the president's Indian trip": the modifier names where it goes
    if lemma(tok) in OWNED_EVENTS and joined_pair(tok) is not None:
        return True  # "Sino-Indian border talks made progress": both parties named
    if lemma(tok) in OWNED_EVENTS and any(c.dep_ == "prep" and c.lower_ == "between" for c in kids(tok)):
        return True  # "two rounds of talks between Reagan and Nakasone, scheduled for Thursday"
    if lemma(tok) in SETTING_EVENTS and tok.dep_ == "pobj" and any(
            c.dep_ == "prep" and c.lower_ in ("with", "to") for c in kids(tok)) and (
            head.lower_ in SETTING_PREPS or head.lower_ == "for" and (
                lemma(head.head) in ARRIVING or head.head.lower_ in ARRIVAL_DUE)):
        # "During talks with Li in Beijing, X said", "X, on a visit to Moscow, said", "X is in Tokyo
        # for talks with Y", "is expected in Moscow for talks with Y" (not "hoped for talks with Y")
        return True
    if lemma(tok) in SETTING_EVENTS and tok.dep_ == "pobj" and head.lower_ == "for" and \
            _due_in_place(head.head):
        return True  # "Lavrov is due in Ankara on Thursday for talks on Syria": an arrival announced
    if dispersed_gathering(tok):
        return True  # "police broke up a protest by thousands of opposition supporters": it was held
    return False


# gatherings that a force's act on them shows were held, and the acts that show it (lead33)
GATHERINGS = frozenset({"protest", "demonstration", "rally", "march", "sit-in"})
_DISPERSING = frozenset({"disperse", "crush", "suppress", "quell", "attack", "storm", "charge"})
_FIRING = frozenset({"fire", "shoot", "open"})


def dispersed_gathering(noun: Any) -> bool:
    """A gathering broken up, dispersed or fired on ("broke up a protest", "fired tear gas at a rally")."""
    if lemma(noun) not in GATHERINGS:
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return lemma(head) in _DISPERSING or (
            lemma(head) == "break" and any(c.dep_ == "prt" and c.lower_ == "up" for c in kids(head)))
    return noun.dep_ == "pobj" and head.lower_ in ("at", "on") and lemma(head.head) in _FIRING


def arrival_announced(verb: Any) -> bool:
    """"is due / expected (in Ankara)", "will be (in Cairo)": the verb a "for talks" or "for a visit"
    hangs on announces an arrival still to come."""
    if lemma(verb) == "be":
        return has_aux(verb, FUTURE_AUX) or any(
            c.dep_ == "acomp" and c.lower_ in ARRIVAL_DUE for c in kids(verb))  # "will be", "is due"
    if verb.lower_ in ARRIVAL_DUE and verb.tag_ == "VBN":
        return any(c.dep_ == "auxpass" for c in kids(verb))  # "is expected"
    return verb.lower_ in ARRIVAL_DUE and verb.dep_ == "acomp" and lemma(verb.head) == "be"  # "for" on "due"


def _due_in_place(verb: Any) -> bool:
    """An arrival announced in a named place: "is due in Ankara", "will be in Cairo"."""
    holders = [verb, *(c for c in kids(verb) if c.dep_ == "acomp")]
    return arrival_announced(verb) and any(
        o.ent_type_ == "GPE" for h in holders for p in kids(h)
        if p.dep_ == "prep" and p.lower_ == "in" for o in kids(p) if o.dep_ == "pobj")


# which words of a lexicon can have rows at all (`listed_words`), by the (lower-case, lemma) hashes of a
# token: most words of a sentence have none, and `match_pattern` would make a Token and read its part of
# speech, entity type and lemma only to find no row (also read by `codable.may_code`)
_LISTED: dict[int, tuple[Lexicon, int, frozenset[str], dict[tuple[int, int], bool]]] = {}


def listed_words(lex: Lexicon) -> tuple[frozenset[str], dict[tuple[int, int], bool]]:
    """The words the lexicon lists under any part of speech, and the kept answers of `may_match`."""
    held = _LISTED.get(id(lex))
    if held is None or held[0] is not lex or held[1] != len(lex.patterns):
        held = _LISTED[id(lex)] = (lex, len(lex.patterns), frozenset(w for _, w in lex.patterns), {})
    return held[2], held[3]


def may_match(words: frozenset[str], lower: str, lem: str) -> bool:
    """Whether `match_pattern` can find a row for a word of this lower-case form and lemma (a hyphenated
    compound aside): every string it looks up is one of these, or one of these less a "re-" prefix
    (`Lexicon.lookup`)."""
    for form in (LEMMA_FIXES.get(lower, lem.lower()), lower, lem.lower(), *verb_stems(lower)):
        if form in words or (form.startswith("re-") and form[3:] in words):
            return True
    return False


def find_triggers(sent: Any, lex: Lexicon) -> dict[int, Trigger]:
    triggers: dict[int, Trigger] = {}
    doc = sent.doc
    arrays = doc_arrays(doc)
    text = doc_text(doc)
    words, verdicts = listed_words(lex)
    strings = doc.vocab.strings
    lowers, lemmas, starts = arrays.lower, arrays.lemma, arrays.idx  # (read once: the loop runs a word)
    for i in range(sent.start, sent.end):
        # (a word no row lists is skipped without a Token; a hyphenated compound's last part is always
        # tested: the lexicon may list the whole compound, `_hyphenated`)
        key = (lowers[i], lemmas[i])
        listed = verdicts.get(key)
        if listed is None:
            if len(verdicts) >= 200_000:  # (bounded: a long run meets ever more word forms)
                verdicts.clear()
            listed = verdicts[key] = may_match(words, strings[key[0]], strings[key[1]])
        if not listed and not (i >= 2 and text[starts[i] - 1:starts[i]] == "-"):
            continue
        tok = doc[i]
        pattern = match_pattern(lex, tok)
        if pattern is not None:
            triggers[i] = Trigger(tok, pattern)
    for i, trig in list(triggers.items()):
        if trig.pattern.pos != "noun" or trig.frame == "@SPEECH":
            continue
        if not noun_licensed(trig.tok, triggers) or (trig.is_frame and not _claimed(trig.tok)):
            del triggers[i]
    return triggers


# the entity kinds whose name before a claim noun makes it theirs, and the claim nouns a market also has
# ("Chinese demand for iron ore")
CLAIMANTS = frozenset({"NORP", "GPE", "ORG"})
MARKET_CLAIMS = frozenset({"demand", "demands"})


def _claimed(noun: Any) -> bool:
    """A demand/appeal noun is someone's ("Serbia's demand", "an appeal from the UN", "rejected
    calls for"), not market demand ("demand for oil rose")."""
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "ADP"):
        return True
    if noun.lower_ not in MARKET_CLAIMS and any(c.dep_ in ("amod", "compound") and c.ent_type_ in CLAIMANTS
                                              for c in kids(noun)):
        return True  # "a Japanese pledge of aid", "a World Bank pledge", "an EU offer" (lead43)
    if noun.dep_ == "nsubj":  # "demand from China weakened" is a market; "Serbia's demand was" a claim
        return any(c.dep_ == "poss" for c in kids(noun))
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in kids(noun))
