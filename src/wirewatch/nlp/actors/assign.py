"""Actors: every person, organisation and place mention in headline + body, with a CAMEO actor.

`assign_actors(article, doc)` fills `article.entities`:

1. spaCy entities (PERSON, ORG, GPE, NORP, LOC, FAC) in headline/body; a person's title and
   nationality to the left join the mention ("Foreign Minister Chung Eui-yong");
2. noun phrases headed by a role noun that NER does not tag ("the foreign ministry", "the
   spokesperson", "police"), "the North"/"the South" in a story about the Koreas, and subject
   pronouns (he/she/it/they);
3. each mention's actor from its text (phrases.resolve_text), upgraded by syntax: a place that owns
   a role is one mention ("Kenya's president" -> KEN GOV), a nationality that qualifies a role noun
   takes its sector ("Kenyan police" -> KEN COP), an in/of/from modifier places a role phrase
   ("Police in Lagos" -> NGA COP), a person takes the sector of an appositive role;
4. user dictionaries (actor_dictionary) override and add mentions;
5. one display name per actor (names.py), in-document coreference (coref.py, pronouns.py) fills
   `refers_to` and copies actors, and headline roles refer forward to the body.

The story's country for unqualified domestic actors: the dateline, unless the lead is about one
other country; without a dateline, the main country; never the agency's home country.

`actor_for_span(article, start, end)` answers for any span afterwards, entity or not (position
first, then text); `actors_for_span` gives every member of a coordinated mention ("Japan and South
Korea"). Both live in spans.py and are re-exported here; the mention passes of steps 2 and 4 (and
the builder's token helpers) live in mentions.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ...records import Actor, Article, Entity
from ..doc_text import doc_text
from ..name_particles import NAME_PARTICLES
from . import countries, fought_rule, group_names, igos, party_sides, sectors, tenure, us_states
from . import dictionary as actor_dictionary
from .civil_bodies import civil_body
from .coref import GROUP_KINDS, KIND_HEADS, _link, _Names, article_context, name_gender, resolve_coreference
from .held_territories import held_by, names_a_force
from .home_titles import bare_titled_doer
from .kind_modifiers import kind_modified_roles, kind_modifier_words
from .mentions import (
    _ACRONYM,
    _PERSON_ROLES,
    SPELLED_OUT,
    MentionPasses,
    _possessive,
    language_compound,
    posted_text,
)
from .named_country import named_country_bodies
from .names import role_name
from .phrases import (
    AIRCRAFT_FAMILIES,
    ARMED_LEADERSHIPS,
    BODY_OFFICER_REASON,
    BODY_OFFICERS,
    BREAKAWAY_WORDS,
    GENERIC_BODIES,
    GROUP_HEADS,
    GROUP_PLACED,
    HELD_PEOPLE,
    HOSTED_POSTS,
    LEAD_ABOUT,
    LEADER_HEADS,
    LED_GROUPS,
    POSTS_ABROAD,
    REBEL_REGIONS,
    RULING_HEADS,
    SIDE_ARMS,
    Context,
    Resolution,
    armed_group,
    body_home,
    breakaway_reason,
    keeping_answers,
    linked_address,
    minority_after_state,
    named_body,
    person_noun,
    possessive,
    resolve_text,
    sector_name,
    side_of_arms,
    war_years,
)
from .possessives import own_countries
from .pronouns import NEUTER_PRONOUNS, is_neuter_subject, resolve_neuter_pronouns
from .relative_binding import relative_clause_disjoint
from .separatist_polities import polity_reason
from .shared_titles import shared_title
from .spans import (
    KIND_BEFORE_NAME,
    MILITARY_RULERS,
    RULING_ACT,
    _remember,
    _strip_the,
    actor_for_span,
    actors_for_span,
    ruling_act,
)
from .venues import VENUE_GUESTS, venue_abroad

__all__ = ["KEEP_LABELS", "PLACE_LABELS", "actor_for_span", "actors_for_span", "assign_actors"]

# "former President Jimmy Carter", "the late King Hussein", "ousted president Aristide": no office held
_LAPSED = re.compile(r"\b(?:former|ex|late|then|onetime|one-time|ousted|deposed|toppled|overthrown|exiled)"
                     r"[\s-]*$", re.I)
_OF_COUNTRY = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})")
# nouns that name a kind of body before its name: "the rebel group MNLA", "the Islamist movement X"
_KIND_NOUNS = frozenset({"group", "movement", "organization", "organisation", "outfit", "faction",
                         "coalition", "alliance", "front"})
KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nummod"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_PLACE_PREPOSITIONS = frozenset({"in", "of", "near", "at", "from", "outside", "around"})
_DIVISION_NOUNS = frozenset({"region", "province", "oblast", "governorate", "district", "prefecture"})
# verbs of force whose object is a place far more often than a person: "troops shelled Grozny", "rebels
# overran Jaffna", where the small model tags the city a person (lead31)
# nouns that name a town before its name ("the Chechen capital Grozny was pounded"; lead32)
_SETTLEMENTS = frozenset({"capital", "city", "town", "port", "village", "enclave", "stronghold"})
PLACE_TAKING_VERBS = frozenset({"shell", "bomb", "pound", "bombard", "besiege", "overrun", "capture",
                                 "recapture", "retake", "storm", "occupy", "encircle", "blockade",
                                 "rocket", "strafe", "raze", "liberate", "evacuate", "enter", "seize",
                                 "take", "attack", "raid", "invade"})
# place nouns a nationality names the place of in a lead ("the Sudanese city of"; twenty-fifth session);
# not a border, which has two sides ("towns in Blue Nile state near the Ethiopian border" is a Sudan story,
# events/border_place.py; stories29)
_LEAD_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "region", "province", "state", "port",
                               "camp", "district"})

# Words that may stand in a title before a name, besides the title words themselves.
# (thirty-second session: the side titles' words "dissident", "presidential", "candidate" glue no title to a
# name: read so, they moved the spans of "presidential candidate Donald Trump" and "dissident Eastern" in the
# wire batches; `_side_title` reads the words before a name itself)
_NOT_GLUED = frozenset({"of", "the", "dissident", "presidential", "candidate"})
_TITLE_WORDS = frozenset(w for k in sectors.TITLES for w in k.split() if w not in _NOT_GLUED) | frozenset({
    "foreign", "deputy", "vice", "junior", "senior", "acting", "former", "new", "first", "then",
    "prime", "chief", "top", "defense", "defence", "finance", "interior", "trade", "unification",
    "state", "home", "opposition", "rebel", "party", "army", "military", "police", "supreme", "late",
    "outgoing", "incoming", "interim", "economy", "education", "justice", "health", "labor", "labour",
    "industry", "energy", "culture", "environment", "agriculture", "ex", "ex-", "u.s.", "un", "u.n."})
_TITLE_HEADS = frozenset(key.split()[-1] for key in sectors.TITLES)
# spaCy splits most abbreviated titles from their period ("Col" "." "Ahmed"; "Gen." stays whole): the
# bare form is the same title word ("Col. Kang Dong-won" is a colonel, MIL)
_TITLE_WORDS |= frozenset(w.rstrip(".") for w in _TITLE_WORDS if w.endswith(".") and len(w) > 2)
_TITLE_HEADS |= frozenset(w.rstrip(".") for w in _TITLE_HEADS if w.endswith(".") and len(w) > 2)
# the words of a spokesperson's title that name the person later ("the spokesperson"; stories26)
_SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A party's name, then an officer's post, right before a person's name ("RNC Chairman", "DNC's spokeswoman")
_PARTY_POST = re.compile(
    r"(?P<body>(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*?)(?:'s|\u2019s)?\s+(?:[Nn]ational\s+|[Dd]eputy\s+|[Ff]inance\s+)?"
    r"(?:[Cc]hair(?:man|woman|person)?|[Cc]o-[Cc]hair(?:man|woman)?|[Ss]pokes(?:man|woman|person)|"
    r"[Cc]ommunications\s+[Dd]irector|[Pp]ress\s+[Ss]ecretary|[Tt]reasurer|[Cc]hief\s+[Ss]trategist|"
    # twenty-seventh session: "ANC leader Nelson Mandela" in 1991, "Labour leader Tony Blair" in 1995
    r"[Ll]eader)\s+"
    # and a given name NER may leave out of the person ("Chair Debbie" + "Wasserman Schultz")
    r"(?:[A-Z][a-z]+\s+)?\Z")
# A capitalised name ending in "Watch" is a watchdog group ("Judicial Watch"); listed ones (Human Rights
# Watch) keep their table code
_WATCHDOG = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'-]*\s+){1,3}Watch$")
# A country's or nationality's named public body: owner, capitalised name words, then a body noun
_STATE_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>(?:U\.S\.|U\.K\.|[A-Z][a-z]+)\s+(?:(?:[A-Z][\w-]*|and|of|for|on)\s+){1,6})"
    r"(?P<head>Commission|Agency|Administration|Authority|Bureau|Board|Directorate|Inspectorate)$")
# ... but a news agency or press bureau is media, whoever owns it
_MEDIA_WORDS = frozenset({"News", "Press", "Broadcasting", "Television", "Radio"})
# A one-word place this small that acts (the subject of a verb) is a person's surname
_SMALL_TOWN = 100_000
# A chamber's name before a party's ("Senate Republicans"): its members there (phrases._CHAMBERS).
_CHAMBER_WORDS = frozenset({"senate", "house", "congressional"})
_ADJECTIVES = frozenset({"new", "former", "acting", "late", "outgoing", "incoming", "interim", "then", "top"})
# Heads of an appositive that make a person an official of the IGO it names.
_IGO_POSTS = frozenset({"coordinator", "commissioner", "director", "representative", "rapporteur", "envoy",
                        "chief", "head", "secretary-general", "spokesman", "spokeswoman", "spokesperson",
                        "official", "chairman", "chairwoman", "president", "inspector", "mediator",
                        "negotiator", "administrator", "ambassador"})
_APPOS_TAIL_DEPS = frozenset({"prep", "pobj", "compound", "amod", "det", "poss", "case", "nummod", "cc",
                             "conj"})
# adverbs inside a role phrase that keep the post current: "deputy prime minister and concurrently
# minister of foreign affairs of X" (KCNA and Xinhua name a second post this way; recallwire12)
_APPOS_TAIL_ADVERBS = frozenset({"concurrently", "also", "currently"})
_BARE_GOVERNMENTS = frozenset({"government", "administration", "authorities", "regime"})
_NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC"})
_FORMER = frozenset({"former", "ex", "ex-"})
# a nationality before these names a border, not where a people lives
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers"})
# the prepositions of where refugees go, not where they come from (thirty-sixth session)
_DESTINATIONS = frozenset({"into", "to", "toward", "towards"})
# state bodies that act in their own country: a nationality on one places the faith group it acts on
_HOME_BODIES = frozenset({"COP", "GOV", "JUD", "LEG"})

# place nouns a nationality can qualify while the noun owns a role: "the Nigerian capital's mayor"
_OWNING_PLACES = frozenset({"capital", "city", "province", "region", "state", "county", "district",
                            "town", "port"})
# people named by the side they take ("opposition candidates", "rebel supporters"): the side's sector
_SIDE_WORDS = frozenset(w for w, sector in sectors.SECTOR_MODIFIERS.items() if sector in ("OPP", "REB"))
_SIDE_MEMBERS = sectors.SIDE_MEMBERS
# a service's vehicles and units act for it ("Israeli army bulldozers", "Kenyan police helicopters")
_SERVICE_WORDS = frozenset({"army", "military", "navy", "police"})
# bodies a branch adjective names the branch of ("a congressional commission", "a military delegation")
_BODY_NOUNS = frozenset({"commission", "commissions", "committee", "committees", "panel", "panels",
                         "delegation", "delegations"})
# armed roles that re-sector a party or movement before them, and the sectors a group keeps as its own
_ARMED_ROLES = frozenset({"MIL", "REB", "COP"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "UAF", "SPY"})
# a party or movement before these nouns names the government it forms, whatever its role on the date
_GOVERNING_HEADS = frozenset({"government", "regime", "administration", "cabinet"})
# homes and villages a nationality qualifies are its people's: CAMEO codes them civilians (CVL), as
# the manual's examples do ("Palestinian homes", "a village in western Cambodia")
_CIVIL_PLACES = frozenset({"home", "homes", "house", "houses", "village", "villages", "hamlet", "hamlets",
                           "town", "towns",
                           "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods"})
_SOME = frozenset({"some", "many", "several", "hundreds", "thousands", "dozens", "scores", "few", "other"})
_GROUP_COUNTS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many",
                           "several", "group", "groups", "crowd", "crowds", "number", "hundred", "thousand",
                           "dozen", "most", "all"})
_STATE_PEOPLE = frozenset({"official", "officials", "leader", "leaders", "leadership"})
# a state's body that, named as a mention of its own right before a person's title, says whose he is
_MINISTRY_WORDS = frozenset({"ministry"})
# private people a nationality qualifies ("an Italian engineer", "a British citizen") are its civilians
_PRIVATE_PERSONS = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child",
                              "children", "teenager", "teenagers", "family", "families", "couple",
                              "engineer", "engineers", "technician", "technicians", "national", "nationals",
                              "citizen", "citizens", "writer", "writers", "scholar", "scholars",
                              "researcher", "researchers", "academic", "academics", "fisherman",
                              "fishermen", "hiker", "hikers", "climber", "climbers",
                              "missionary", "missionaries", "expatriate", "expatriates", "traveller",
                              "travellers", "traveler", "travelers", "pilgrim", "pilgrims", "driver",
                              "drivers"})
_KOREAN_NAME = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
# "PremierKim": KCNA copy sometimes runs a title into the given name
_GLUED_TITLE = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]+)$")
# Title-case headline verbs NER runs into a name ("Obama Says ...").
_HEADLINE_VERBS = frozenset({"Says", "Said", "Tells", "Warns", "Urges", "Vows", "Claims", "Denies", "Slams",
                             "Blasts", "Praises", "Calls", "Asks", "Insists", "Admits", "Rejects", "Defends",
                             "Goes", "Visits", "Meets", "Arrives", "Flies", "Heads", "Leaves", "Seeks"})
# machines a maker's name may stand before ("Boeing jets", "Sikorsky helicopters"): its products, so the
# company stays a company (a country's "Turkish jets" are its air force)
_MACHINES = frozenset({"jet", "jets", "plane", "planes", "aircraft", "airliner", "airliners", "helicopter",
                       "helicopters", "fighter", "fighters", "bomber", "bombers", "warplane", "warplanes",
                       "drone", "drones", "tank", "tanks", "warship", "warships", "submarine", "submarines",
                       "frigate", "frigates", "missile", "missiles", "vehicle", "vehicles"})
# the sectors of a non-state armed group, and those of the nouns for its fighters ("militants" UAF,
# "paramilitaries" MIL, "guerrillas" REB): "<fighters> of <group>" take the group's
_ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})
_FIGHTER_SECTORS = frozenset({"REB", "UAF", "MIL"})
# "U.S. Buyers", "Japanese Exporters": a plural agent noun, capitalised by the wire, not a name
_COMMON_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ers|ors)$")


def assign_actors(article: Article, doc: Any, *, dictionaries: Iterable[str] = ()) -> None:
    """Fill article.entities with actor-coded mentions of headline + body (never the trailer)."""
    with keeping_answers():
        _assign_actors(article, doc, dictionaries)


def _assign_actors(article: Article, doc: Any, dictionaries: Iterable[str]) -> None:
    ctx = article_context(article)
    user = actor_dictionary.load(tuple(str(p) for p in dictionaries))
    ctx.user = user or None
    text = doc_text(doc)  # (spaCy joins every token's text anew on each `doc.text`)
    if ctx.country is None:
        if not _monitored_media(ctx, text):
            _main_country(ctx, doc, _visible_regions(article, len(text)))
    else:
        _lead_country(ctx, doc, article)
        if _seat_of_the_lead(ctx, doc, article):
            _main_country(ctx, doc, _visible_regions(article, len(text)))
    if ctx.country is None or ctx.inferred:
        ctx.us_politics = _us_politics(doc, ctx.date)
        ctx.us_setting = us_setting(doc, ctx.country)
        us_states.state_context(ctx, text)
    _remember(article, ctx)
    builder = _Builder(article, doc, ctx, user)
    builder.run()
    article.entities = builder.entities


def _first_word_positions(doc: Any) -> list[int]:
    """Token positions whose text starts a name of the office-holder table (a vectorised scan:
    iterating a long document's tokens one by one costs more than the rest of the pass)."""
    import numpy
    from spacy.attrs import ORTH

    if not len(doc):
        return []
    orth = doc.to_array([ORTH]).reshape(-1)
    hashes = _first_word_hashes()
    found = hashes[numpy.minimum(numpy.searchsorted(hashes, orth), len(hashes) - 1)] == orth
    return [int(i) for i in numpy.flatnonzero(found)]


@lru_cache(maxsize=1)
def _first_word_hashes() -> Any:
    import numpy
    from spacy.strings import get_string_id

    words = actor_dictionary.builtin().first_words
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)



# a run of capitalised words (with the small words names hold: "Press Trust of India") and its end
_RUN = r"[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|and|for|the|de|du|des|la|le|al|el|on)\s+)*[A-Z][\w'\u2019.-]*)*"
_CAPITAL_RUN = re.compile(_RUN)
_CAPITAL_RUN_END = re.compile(_RUN + r"\s*$")


def _initials(words: list[str]) -> str:
    """The capitals a name's acronym is made of: each capitalised word's first letter, and the capitals
    after its hyphens ("Tehreek-e-Insaf" gives "TI")."""
    return "".join(part[0] for word in words for part in word.split("-") if part[:1].isupper())



# kind words of a body that name it as the other party of an act too, not only as a subject (lead30):
# "froze political dialogue with the bloc", "the accord with the alliance"
PARTY_KINDS = frozenset({"bloc", "alliance", "lender", "watchdog", "cartel"})
PARTY_PREPS = frozenset({"with", "to", "from", "against", "on", "by"})

class _Builder(MentionPasses):
    def __init__(self, article: Article, doc: Any, ctx: Context, user: actor_dictionary.ActorDictionary):
        self.article, self.doc, self.ctx, self.user = article, doc, ctx, user
        self.text: str = doc_text(doc)
        self.chunks: list[Any] | None = None  # the Doc's noun chunks, read once (MentionPasses._noun_chunks)
        self.regions = _visible_regions(article, len(self.text))
        self.entities: list[Entity] = []
        self.roles: dict[int, set[str]] = {}
        self.names: dict[int, str] = {}
        self.taken: set[int] = set()  # token indices inside a mention
        self.acronyms: dict[str, Entity] = {}  # "LPC" -> "the Liberian Peace Council" mention
        self._starts: list[int] = []  # entity starts, for _entity_at
        # Words of multi-word person names: a lone "Machado" tagged GPE is the person, not the town.
        self.name_words = {tok.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                           for tok in ent if tok.text[:1].isupper()}

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> None:
        # Persons first: their title and nationality join them ("Israeli President Moshe Katsav")
        # before the nationality could become a mention of its own.
        self._add_and_countries()
        self._add_and_bodies()  # "the AU Peace and Security Council" before NER splits it at "and"
        self._add_missed_bodies(groups=True)  # "the Niger Delta Avengers" before "Niger Delta" alone
        self._add_two_word_nationalities()  # "Sierra Leonean" that NER split in two
        # A "person" that is a nationality ("Sri Lankan" in "Sri Lankan Foreign Minister X") waits,
        # so the real person after it can take it as the title's nationality.
        for ent in sorted(self._placed_groups(), key=lambda e: (e.label_ != "PERSON" or _place_text(e.text),
                                                                  e.start)):
            if ent.label_ in KEEP_LABELS and self._visible(ent.start_char, ent.end_char):
                self._add_entity(ent)
        self._add_directional()
        self._add_missed_countries()
        self._add_missed_bodies()
        self._add_missed_people()
        self._add_missed_surnames()
        parsed = self.doc.has_annotation("DEP")  # a blank pipeline (tests, custom models) has no parse
        for chunk in self._noun_chunks() if parsed else ():
            self._add_role_phrase(chunk)
        for tok in self.doc if parsed else ():
            low = tok.lower_
            personal = low in _SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass")
            if (personal or (low in NEUTER_PRONOUNS and is_neuter_subject(tok, self.text))) \
                    and tok.i not in self.taken and self._visible(tok.idx, tok.idx + len(tok.text)):
                self._append(Entity(text=tok.text, label="PRON", start=tok.idx, end=tok.idx + len(tok.text)),
                             range(tok.i, tok.i + 1))
        kinds = self._add_kind_mentions() if parsed else []
        if self.user:
            self._apply_dictionary()
        self.entities.sort(key=lambda e: (e.start, e.end))
        self._add_acronym_mentions()
        self.entities.sort(key=lambda e: (e.start, e.end))
        self._adjacent_acronyms()
        self._spelled_out_acronyms()
        if parsed:
            self._starts = [e.start for e in self.entities]
            self._prepositional_owners()
        self._owned_units()
        self._canonical_names()
        if parsed:
            self._fronted_place()
        pronouns = any(e.label == "PRON" and e.text.lower() in ("he", "she") for e in self.entities)
        subjects, starts = self._subjects_and_sentences() if parsed and pronouns else (frozenset(), [])
        disjoint = relative_clause_disjoint(self.entities, self.doc) if parsed else {}
        resolve_coreference(self.entities, self.roles, self.names, acronyms=self.acronyms,
                            context_reason=self.ctx.reason, text=self.text, subjects=subjects,
                            sentence_starts=starts, disjoint=disjoint)
        unlinked = {id(e) for e in kinds if e.actor is None}
        if unlinked:  # "the bloc" with no body of that kind before it is no one
            self.entities = [e for e in self.entities if id(e) not in unlinked]
            self._starts = [e.start for e in self.entities]
        if parsed and kind_modifier_words(self.text):
            self.entities.extend(kind_modified_roles(self.entities, self.doc, self.text, self._from_context,
                                                     self._visible))
            self.entities.sort(key=lambda e: (e.start, e.end))
            self._starts = [e.start for e in self.entities]
        if parsed:
            self._government_of_subject()
            resolve_neuter_pronouns(self.entities, self.doc, _PERSON_ROLES)
            self.entities.extend(own_countries(self.entities, self.doc, self._visible, self._from_context))
            # "attacked the country's army" after a clause naming the country (targets35)
            self.entities.extend(named_country_bodies(self.entities, self.doc, self._visible,
                                                      self._from_context))
            self.entities.sort(key=lambda e: (e.start, e.end))
            self._starts = [e.start for e in self.entities]
        self._headline_roles()
        self._era_of_parties()
        if any(w in self.text for w in party_sides.GATE):
            party_sides.mark_entities(self.text, self.entities)  # "the ruling X" (thirty-eighth session)
        self._ruling_military()
        self._brussels_for_the_union()
        # Role phrases and pronouns that found neither an actor nor a referent are noise.
        self.entities = [e for e in self.entities
                         if e.label not in ("ROLE", "PRON") or e.actor is not None or e.refers_to]

    def _brussels_for_the_union(self) -> None:
        """"Kanaani warned Brussels against repeating past mistakes": in a story that names the European
        Union and no Belgian party, "Brussels" acting (not a place after "in", "to", "from") is the
        Union, as "Washington" is the US government (stories25)."""
        union = next((e.actor for e in self.entities if e.actor is not None
                      and e.actor.code.startswith("IGOEUR")), None)
        if union is None or any(e.actor is not None and e.actor.country == "BEL" and e.text != "Brussels"
                                and not _in_dateline(self.article, e.start) for e in self.entities):
            return
        for entity in self.entities:
            actor = entity.actor
            if entity.text != "Brussels" or actor is None or actor.country != "BEL" \
                    or _in_dateline(self.article, entity.start):
                continue
            before = self.text[max(0, entity.start - 6):entity.start].split()
            if before and before[-1].lower() in _PLACE_PREPOSITIONS | {"to", "into", "via", "for"}:
                continue
            entity.actor = Actor(name=entity.text, code=union.code, country=union.country,
                                 sector=union.sector,
                                 reasons=[f"'Brussels' acting in a story about the {union.name} is "
                                          "the Union"])

    def _fronted_place(self) -> None:
        """'MOSCOW - ... In Tokyo, the Foreign Ministry condemned the expulsion': a sentence that opens
        with "In" and a place says where the office holders and bodies it names without a country act;
        the story's country, which says where the story was filed, yields to it for that sentence
        (stories24). Troops and armed groups are left alone: those "in" a place are as often a foreign
        army's, and a role with its own country ("Russia's ambassador") never came from the story."""
        for sent in self.doc.sents:
            fronted = _fronting_place(sent)
            if fronted is None:
                continue
            place, end = fronted
            found = countries.lookup(place.text)
            if found is None or found.iso3 == self.ctx.country:
                continue
            country, name = found.iso3, countries.gazetteer().name_of(found.iso3)
            why = f"'In {place.text},' opening the sentence places it in {name}"
            for entity in self.entities:
                actor = entity.actor
                if not end <= entity.start < sent.end_char or actor is None or entity.refers_to \
                        or not self._from_context(actor) or actor.country == country \
                        or (actor.sector or "")[:3] not in _FRONTED_SECTORS:
                    continue
                kept = [r for r in actor.reasons if not r.startswith(self.ctx.reason or "\0")]
                entity.actor = Actor(name=actor.name, code=country + actor.code[3:], country=country,
                                     sector=actor.sector, reasons=[*kept, why])

    def _subjects_and_sentences(self) -> tuple[frozenset[int], list[int]]:
        """Ids of the person mentions that are a clause's subject, and the sentence starts."""
        subjects = set()
        for entity in self.entities:
            if entity.label != "PERSON":
                continue
            span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                subjects.add(id(entity))
        return frozenset(subjects), [sent.start_char for sent in self.doc.sents]

    def _placed_groups(self) -> list[Any]:
        """NER's entities, with a nationality joined to the armed group right after it: "the
        Pakistani Taliban" is Pakistan's (PAKREB), not the Taliban's home table code (AFGREB)."""
        from spacy.tokens import Span

        ents = list(self.doc.ents)
        out: list[Any] = []
        for ent in ents:
            if ent.end < len(self.doc) and self.doc[ent.end].text in ("$", "\u20ac", "\u00a3") \
                    and self.doc[ent.end].ent_type_ == "MONEY":
                continue  # "US $50 million": the country names the currency, not an actor
            if linked_address(ent.text):
                continue  # a markdown link's text run into its address: a document's title, no actor
            if ent.label_ in ("NORP", "LANGUAGE") and len(ent) == 1 \
                    and language_compound(self.doc, ent.start):
                continue  # "a German-language weekly" in Istanbul: a tongue, not a nationality (lead28)
            prev = out[-1] if out else None
            if prev is not None and prev.label_ == "NORP" and ent.label_ in ("ORG", "PERSON", "NORP") \
                    and prev.end == ent.start and armed_group(ent.text) \
                    and countries.lookup(prev.text, cities=False) is not None:
                out[-1] = Span(self.doc, prev.start, ent.end, label="ORG")
                continue
            if ent.end < len(self.doc) and self._ruling_group(ent, self.doc[ent.end]):
                # "the Taliban government": the group that runs the state, one mention (AFGGOV)
                ent = Span(self.doc, ent.start, ent.end + 1, label="ORG")
            joined = _hyphenated_country(self.doc, ent)
            if joined is not None:
                ent = joined  # "Guinea-Bissau" that NER cut at "Guinea" (lead28)
            if len(ent) > 2 and "-" in ent.text:
                ent = _after_headline_dash(self.doc, ent)
            out.append(ent)
        return out

    def _ruling_group(self, ent: Any, after: Any) -> bool:
        """Whether an armed group's name is the modifier of a ruling head right after it."""
        parsed = self.doc.has_annotation("DEP")
        return after.lower_ in RULING_HEADS and ent.label_ in ("ORG", "NORP", "PERSON") \
            and (ent.root.head.i == after.i or not parsed) and armed_group(ent.text)

    def _owned_units(self) -> None:
        """'the U.S. Navy's Fifth Fleet': an organisation no table knows takes its owner's code;
        a later mention of the same name ("a Fifth Fleet spokesman") is the same unit."""
        known: dict[str, Entity] = {}
        for i, entity in enumerate(self.entities):
            if entity.label != "ORG" or entity.refers_to:
                continue
            if entity.actor is None and entity.text in known:
                first = known[entity.text]
                entity.actor, entity.refers_to = first.actor, first.refers_to or first.text
                continue
            if entity.actor is None and i > 0:
                owner = self.entities[i - 1]
                between = self.text[owner.end:entity.start]
                if owner.actor is not None and owner.actor.country and owner.label in ("ORG", "GPE") \
                        and between.strip() in ("'s", "\u2019s"):
                    actor = owner.actor
                    reasons = [*actor.reasons, f"'{entity.text}' belongs to '{owner.text}'"]
                    entity.actor = Actor(name=entity.text, code=actor.code, country=actor.country,
                                         sector=actor.sector, reasons=reasons)
            if entity.actor is not None:
                known.setdefault(entity.text, entity)

    def _prepositional_owners(self) -> None:
        """'Police in Lagos' is Nigeria's, 'officials of the ministry' are the ministry's: a role
        phrase without a country of its own takes it from its in/of/from modifier (PETRARCH's PP
        rule) before the story's context. Its own words still win ("American troops in Iraq")."""
        for entity in self.entities:
            if entity.label not in ("ROLE", "ORG") \
                    or (entity.actor is not None and not self._from_context(entity.actor)):
                continue
            if entity.label == "ORG" and not self._unplaced_role(entity.text):
                continue  # a named organisation keeps its own code; "the defense ministry" NER tagged
            span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is None:
                continue
            preps = list(span.root.children)
            after = self.doc[span.end] if span.end < len(self.doc) else None
            if after is not None and after.dep_ == "prep" and after.lower_ == "in" \
                    and after.head.pos_ == "VERB":
                # "called on the military authorities in Niamey to release ...": the parser hangs the
                # place on the verb, right after the role it places (stories27)
                preps.append(after)
            elif after is not None and after.dep_ == "prep" and after.lower_ == "on" \
                    and span.root.dep_ == "pobj" and span.root.head.lower_ == "of" \
                    and after.head.i == span.root.head.head.i:
                # "the closure of Bir Zeit University on the occupied West Bank": the land hung on the
                # noun the of-phrase names (fortieth session; only the lands of _ON_LANDS, below)
                preps.append(after)
            for prep in preps:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "from", "at", "on"):
                    continue
                if prep.lower_ == "at" and not any(c.dep_ == "pobj" and c.lower_ in HOSTED_POSTS
                                                   for c in prep.children):
                    # "a minister at the Soviet Embassy", "a first secretary at the British Embassy": a
                    # diplomat is his embassy's; any other at-phrase is a place (stories42)
                    continue
                if prep.lower_ == "on" and not any(c.dep_ == "pobj" and c.lower_ in _ON_LANDS
                                                   for c in prep.children):
                    continue  # "on the West Bank", "on the island" place; "the committee on Kosovo" not
                if prep.lower_ == "in" and span.root.lower_ in HOSTED_POSTS:
                    continue  # "their embassy in Belgrade": a post abroad is never its host's
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.lower_ in _DIVISION_WORDS and prep.lower_ == "in" \
                        and self._in_division(entity, obj):
                    break
                owner = None if obj is None else self._entity_at(obj.idx)
                if owner is None and obj is not None and prep.lower_ == "of" \
                        and span.root.lower_ in GROUP_HEADS:
                    led = self._led_group(entity, obj)
                    if led is not None:
                        entity.actor = led
                        break
                if owner is None or owner.actor is None or not owner.actor.country \
                        or owner.actor.country[:3] in _NON_STATES:
                    continue
                mine = resolve_text(entity.text, self.ctx, allow_context=False)
                if prep.lower_ == "in" and (mine.sector or "")[:3] in VENUE_GUESTS \
                        and venue_abroad(owner.text, self._sentence(span.root), owner.start):
                    continue  # "rebel leaders in Abuja" met by Sudan's government: a venue
                whose = prep.lower_ == "of" and owner.label in ("ORG", "ROLE")
                sector = mine.sector or (owner.actor.sector if whose else None) or ""
                if whose and owner.actor.sector in _ARMED_GROUP_SECTORS and sector in _FIGHTER_SECTORS:
                    # "militants of the JKLF", "paramilitaries of the AUC": the group's own fighters
                    # are the group (its REB or UAF), not the armed noun's sector (sixteenth session)
                    sector = owner.actor.sector
                country = owner.actor.country
                entity.actor = Actor(
                    name=entity.text, code=country + sector, country=country, sector=sector or None,
                    reasons=[*mine.reasons, f"'{prep.text} {self.text[owner.start:owner.end]}' says whose: "
                             f"{countries.gazetteer().name_of(country)}"])
                break

    def _in_division(self, entity: Entity, kind: Any) -> bool:
        """'Militants in the state of Manipur' are India's: the in-phrase's object is the kind word, and the
        division named after it (or before it: 'in Rivers state') says whose (thirty-fourth session)."""
        division = _named_division(self.doc, kind, set())
        if division is None:
            return False
        mine = resolve_text(entity.text, self.ctx, allow_context=False)
        sector = mine.sector or ""
        where = self.doc[kind.left_edge.i:kind.right_edge.i + 1].text
        why = f"'in {where}' says whose: {countries.gazetteer().name_of(division)}"
        entity.actor = Actor(name=entity.text, code=division + sector, country=division,
                             sector=sector or None, reasons=[*mine.reasons, why])
        return True

    def _sentence(self, tok: Any) -> Any:
        return tok.sent if self.doc.has_annotation("SENT_START") else self.doc[:]

    def _led_group(self, entity: Entity, obj: Any) -> Actor | None:
        """"the reputed leader of the Cali drug cartel": a leader whose of-phrase names a criminal or armed
        group no mention covers is of that group (thirty-third session; was the story's GOV)."""
        group = self.doc[obj.left_edge.i:obj.i + 1].text
        res = resolve_text(group, self.ctx, allow_context=False)
        if not res.country or res.code or res.sector not in LED_GROUPS:
            return None
        return Actor(name=entity.text, code=res.country + res.sector, country=res.country, sector=res.sector,
                     reasons=[*res.reasons, f"the {self.doc[obj.i].text}'s leader is of it"])

    def _unplaced_role(self, text: str) -> bool:
        """Whether a mention is a role phrase whose own words name no country or body ("the
        defense ministry"), though NER tagged it as an organisation."""
        own = resolve_text(text, self.ctx, allow_context=False)
        return own.head_role is not None and not own.country and not own.code

    def _introduced_acronym(self, acronym: str, before: int) -> str | None:
        """The name of the body an earlier "(ACRONYM)" followed ("The Department of Foreign Affairs
        (DFA)"), when the name alone resolves to an actor; None otherwise."""
        at = self.text.find(f"({acronym})", 0, before)
        if at < 0:
            return None
        body = next((e for e in self.doc.ents if e.end_char <= at and not self.text[e.end_char:at].strip()),
                    None)
        if body is None or body.label_ != "ORG":
            return None
        name = _strip_the(body.text)
        return name if resolve_text(name, self.ctx, cities=False).actor(name) is not None else None

    def _possessor_body(self, start_tok: int, text: str, actor: Actor) -> Actor:
        """"Pakistan's Foreign Office": a body's generic name that a table gives one state (Britain's) is
        the possessor's when NER left the possessive country out of the name (stories23)."""
        doc = self.doc
        # "A Chinese Foreign Ministry spokesman" with "Chinese" tagged apart: the nationality just before
        # the body names its state, not the sentence's other country or the dateline's (stories33)
        nationality = next((e for e in doc.ents if e.end == start_tok and e.label_ == "NORP"), None) \
            if start_tok > 0 else None
        if nationality is not None:
            wider = resolve_text(f"{nationality.text} {text}", self.ctx, cities=False, allow_context=False)
            joined = wider.actor(text)
            return joined if joined is not None and joined.country and joined.country != actor.country \
                else actor
        if start_tok < 2 or not _possessive(doc[start_tok - 1]):
            return actor
        owner = next((e for e in doc.ents if e.end == start_tok - 1 and e.label_ == "GPE"), None)
        if owner is None:
            # "Armenia's Foreign Ministry" with no GPE tag on Armenia: the proper nouns before the "'s",
            # when they name a country (stories27)
            first = start_tok - 1
            while first > 0 and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_ == "ORG":
                first -= 1
            named = doc[first:start_tok - 1].text
            if first == start_tok - 1 or countries.lookup(named, cities=False) is None:
                return actor
            owner = doc[first:start_tok - 1]
        wider = resolve_text(f"{owner.text}'s {text}", self.ctx, cities=False, allow_context=False)
        joined = wider.actor(text)
        return joined if joined is not None and joined.country != actor.country else actor

    def _officer_of_body(self, res: Any) -> bool:
        """Whether a title's resolution is a state's executive office that a body before it could own
        ("President" of the story's country: "NLC President", "Senate President")."""
        return res.sector == "GOV" and (res.head_role or "").lower() in BODY_OFFICERS \
            and any(r.startswith(self.ctx.reason or "\0") for r in res.reasons)

    def _body_officer(self, body: str, title: str, res: Any) -> Any:
        """The resolution of `title` after the body NER left out of the name: the body's own actor when
        a table or an earlier mention names it ("NLC" for "the Nigeria Labour Congress (NLC)"), else the
        officer of an unknown body, the country alone; `res` itself when the body is no body."""
        wider = resolve_text(f"{body} {title}", self.ctx, cities=False)
        if wider.sector in _OWNER_SECTORS and wider.country and not any(
                r.startswith(self.ctx.reason or "\0") for r in wider.reasons):
            # "RFE/RL President Stephen Capus", "Toyota President Koji Sato": a broadcaster's or a
            # company's officer is the organisation's, not the head of the dateline's state
            return wider
        if any(BODY_OFFICER_REASON in r for r in wider.reasons):
            named = next((e for e in self.entities if e.text == body and e.label == "ORG"), None)
            if named is not None and named.refers_to:
                owner = resolve_text(named.refers_to, self.ctx, cities=False)
                if owner.code or owner.sector:
                    return owner
            return wider
        return res

    def _from_context(self, actor: Actor) -> bool:
        return bool(self.ctx.reason) and any(r.startswith(self.ctx.reason or "\0") for r in actor.reasons)

    def _home_body(self, char: int) -> bool:
        """Whether the entity at `char` is a state body that acts at home (police, government,
        courts, legislature)."""
        # entities are still being added, so `_entity_at`'s index is not built yet: scan
        entity = next((e for e in self.entities if e.start <= char < e.end), None)
        return entity is not None and entity.actor is not None \
            and (entity.actor.sector or "")[:3] in _HOME_BODIES

    def _entity_at(self, char: int) -> Entity | None:
        """The mention covering a character (entities are sorted and never overlap)."""
        k = bisect.bisect_right(self._starts, char) - 1
        if k >= 0 and self.entities[k].start <= char < self.entities[k].end:
            return self.entities[k]
        return None

    def _adjacent_acronyms(self) -> None:
        """'the national statistics agency INE said': an acronym right after a body names it."""
        for first, second in zip(self.entities, self.entities[1:], strict=False):
            if _ACRONYM.match(second.text) and second.actor is None and first.actor is not None \
                    and first.label in ("ORG", "ROLE") and not self.text[first.end:second.start].strip():
                self.acronyms.setdefault(second.text, first)

    def _spelled_out_acronyms(self) -> None:
        """A story's own expansion of an acronym beats the namesake a table knows: after "Pakistan
        Tehreek-e-Insaf (PTI)" or "Imran Khan's Pakistan Tehreek-e-Insaf", "PTI" is the party, not the
        Press Trust of India; after "Reporters Without Borders (RSF)", "RSF" is the press group. The
        expansion is the capitalised run before "(ACRONYM)", or an earlier capitalised run whose initials
        spell the acronym ("Tehreek-e-Insaf" gives T and I); it counts only when it resolves to a body (more
        than a country). The mention keeps the expansion as its referent, so a span around it ("PTI
        leaders") is read with the expansion's words (spans._span_actor)."""
        found: dict[str, tuple[str, Actor] | None] = {}
        for entity in self.entities:
            acronym = _strip_the(entity.text)
            if entity.label not in ("ORG", "PERSON", "GPE", "NORP") or not _ACRONYM.match(acronym) \
                    or entity.refers_to:
                continue
            if acronym not in found:
                found[acronym] = self._spelled_out(acronym, entity.start)
            spelled = found[acronym]
            if spelled is None or (entity.actor is not None and entity.actor.code == spelled[1].code):
                continue
            name, actor = spelled
            entity.label = "ORG"
            entity.actor = Actor(name=actor.name, code=actor.code, country=actor.country, sector=actor.sector,
                                 reasons=[*actor.reasons, f"{SPELLED_OUT} '{acronym}' as '{name}'"])
            entity.refers_to = name

    def _spelled_out(self, acronym: str, before: int) -> tuple[str, Actor] | None:
        """The body an acronym stands for in this story (`_spelled_out_acronyms`), or None."""
        text = self.text
        at = text.find(f"({acronym})", 0, before + len(acronym) + 1)
        runs: list[str] = []
        if at > 0:
            run = _CAPITAL_RUN_END.search(text, 0, at)
            if run is not None:
                # the whole run ("Reporters Without Borders (RSF)": a translation's initials differ), or a
                # tail that spells the acronym ("the Trade Union Congress (TUC)" is never "Congress")
                words = run.group().split()
                runs.extend(" ".join(words[k:]) for k in range(len(words)) if words[k][:1].isupper()
                            and (k == 0 or _initials(words[k:]) == acronym))
        for run in _CAPITAL_RUN.finditer(text, 0, before):
            words = run.group().split()
            for k in range(len(words)):
                if not words[k][:1].isupper():
                    continue
                for j in range(len(words), k, -1):
                    if _initials(words[k:j]) == acronym:
                        runs.append(" ".join(words[k:j]))
                        break
        for name in runs:
            name = re.sub(r"^The\s+", "", re.sub(r"(?:'s|\u2019s)$", "", name))
            if name == acronym:
                continue
            actor = resolve_text(name, self.ctx, cities=False, allow_context=False).actor(name)
            if actor is not None and (actor.code[:3] in ("IGO", "NGO", "IMG")
                                      or (actor.country and actor.code != actor.country)):
                return name, actor
        return None

    def _canonical_names(self) -> None:
        """One name per actor however the story words it: "foreign ministry" and "the foreign
        ministry" are both "South Korea's foreign ministry" (names.py)."""
        for entity in self.entities:
            actor = entity.actor
            if actor is None or actor.name != entity.text \
                    or entity.label in ("PERSON", "PRON", "GPE", "NORP"):
                continue
            actor.name = role_name(entity.text, actor, named=entity.label != "ROLE")
        # "U.S. Navy" in a headline and "the U.S. Navy" in the body: one name, the one with "the"
        with_the: dict[tuple[str, str], str] = {}
        for entity in self.entities:
            if entity.actor is not None and entity.actor.name.startswith("the "):
                with_the[(entity.actor.code, entity.actor.name[4:])] = entity.actor.name
        for entity in self.entities:
            if entity.actor is not None and (entity.actor.code, entity.actor.name) in with_the:
                entity.actor.name = with_the[(entity.actor.code, entity.actor.name)]

    def _ruling_military(self) -> None:
        """"The Algerian military authorities cancelled the second round of elections": military authorities
        or leaders whose sentence holds an act only a state's rulers do (cancelling elections, dissolving
        parliament, imposing martial law) are its government, as a military government is (thirtieth session;
        `spans._ruling_act`). One search of the text keeps the loop out of texts with no such act."""
        if "military" not in self.text or RULING_ACT.search(self.text) is None:
            return
        for entity in self.entities:
            actor = entity.actor
            if actor is None or actor.sector != "MIL" or not actor.country:
                continue
            window = self.text[entity.start:entity.end + 30].lower()
            if not any(w in window for w in MILITARY_RULERS):
                continue
            ruling = ruling_act(self.text, entity.start, entity.end)
            if ruling is None:
                continue
            entity.actor = Actor(name=actor.name, code=actor.country + "GOV", country=actor.country,
                                 sector="GOV",
                                 reasons=[*actor.reasons, f"'{ruling}' is an act of the state's rulers: the "
                                                          "military authorities are its government"])

    def _era_of_parties(self) -> None:
        """A governing party or group named with the words of its years out of power ("the banned African
        National Congress", "SWAPO, which has fought a guerrilla war against South African rule") is the
        side it was then (tenure.era_sector; thirtieth session). A one-pass word test keeps the loop out of
        texts with none of the words."""
        lower = self.text.lower()
        if not any(w in lower for w in tenure.ERA_WORDS):
            return
        for entity in self.entities:
            actor = entity.actor
            if actor is None or actor.sector != "GOV" or entity.label not in ("ORG", "NORP", "GPE"):
                continue
            key = countries.norm(entity.text)
            if key not in tenure.PARTIES and key not in tenure.RULED:
                continue
            era = tenure.era_sector(self.text, entity.start, entity.end, key)
            if era is None or era[0] != actor.country:
                continue
            entity.actor = Actor(name=actor.name, code=era[0] + era[1], country=era[0], sector=era[1],
                                 reasons=[*actor.reasons, era[2]])

    def _headline_roles(self) -> None:
        """'... - minister' or 'Premier Inspects ...' in a headline: the role refers forward to the
        body's first mention that holds it ("the agriculture minister", "Premier Kim Tok Hun")."""
        body = self.article.body_start
        for entity in self.entities:
            if entity.label != "ROLE" or entity.refers_to or entity.start >= body:
                continue
            head = entity.text.split()[-1].lower()
            for other in self.entities:
                held = self.roles.get(id(other), set()) | {other.text.split()[-1].lower()}
                if other.start >= body and other.actor is not None \
                        and other.label in ("ROLE", "PERSON", "ORG") and head in held:
                    name = None if other.label == "PERSON" else (other.refers_to or other.actor.name)
                    _link(_Names(self.names), entity, other, f"the headline's '{entity.text}' is "
                          f"{other.refers_to or self.names.get(id(other), other.text)} in the story", name)
                    break

    def _government_of_subject(self) -> None:
        """'Sudan accused Chad of backing rebels. The government said ...': a bare "the government"
        that nothing earlier names is that of the country that was the subject of the same or the
        previous sentence (news copy's usual pronoun-like use of the word); that subject beats the
        story's main country or dateline, which say less about this sentence."""
        for entity in self.entities:
            if entity.label != "ROLE" or (entity.actor is not None and not self._from_context(entity.actor)) \
                    or entity.refers_to \
                    or _strip_the(entity.text).lower() not in _BARE_GOVERNMENTS:
                continue
            span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            previous = self.doc[sent.start - 1].sent if sent.start > 0 else None
            subject: Entity | None = None
            for other in self.entities:
                if other.start >= entity.start or other.actor is None or not other.actor.country \
                        or other.label not in ("GPE", "NORP") or other.actor.country[:3] in _NON_STATES:
                    continue
                if other.start < (previous.start_char if previous is not None else sent.start_char):
                    continue
                tok = self.doc.char_span(other.start, other.end, alignment_mode="expand")
                if tok is not None and tok.root.dep_ in ("nsubj", "nsubjpass"):
                    subject = other  # the nearest earlier subject wins
            if subject is None or subject.actor is None or not subject.actor.country:
                continue
            country = subject.actor.country
            entity.actor = Actor(name=entity.text, code=country + "GOV", country=country, sector="GOV",
                                 reasons=["'government' is a government role",
                                          f"'{subject.text}', the subject just before, says whose"])

    # -- spaCy entities ---------------------------------------------------------------------
    def _add_entity(self, ent: Any) -> None:
        start_tok, end_tok = self._trimmed(ent.start, ent.end)
        if ent.label_ == "PERSON" and end_tok - start_tok >= 2 and self.doc[start_tok].text in _COURTESY:
            # "Ms Wong", "Mrs Braverman": British copy writes the courtesy title with no full stop, and
            # NER takes it into the name, which then never matches the full name (stories24)
            start_tok += 1
        if start_tok >= end_tok:
            return
        if any(i in self.taken for i in range(start_tok, end_tok)):
            return
        start_tok = self._new_place_start(start_tok)
        label = ent.label_
        if label in ("NORP", "GPE") and self._origin_of_hyphenated(end_tok):
            return
        if label == "PERSON" and self._inline_byline(start_tok, end_tok):
            return
        if label == "PERSON" and end_tok - start_tok > 1 \
                and self.doc[end_tok - 1].text.capitalize() in _HEADLINE_VERBS:
            end_tok -= 1  # "Obama Says", "MINISTER GOES" in a headline: the verb is no part of the name
        verb = next((t.i for t in self.doc[start_tok + 1:end_tok]
                     if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ == "ROOT"
                     and t.text[:1].islower()  # not KCNA's glued "Kim Jong Unvisited"
                     and not (label == "PERSON" and t.text in NAME_PARTICLES)), None)  # "dos Santos"
        if verb is not None:
            # "The Organization of the Islamic Conference condemned Israel" tagged whole: a name ends
            # before the sentence's verb (what follows is found as it would be untagged)
            end_tok = verb
        last = self.doc[end_tok - 1].lower_
        if label != "PERSON" and last in sectors.DOCUMENT_HEADS:
            return  # "the North American Free Trade Agreement" is a text, not an actor
        feature = last in sectors.FEATURE_HEADS or any(
            tok.lower_ in sectors.FEATURE_HEADS and tok.i + 1 < end_tok and self.doc[tok.i + 1].lower_ == "of"
            for tok in self.doc[start_tok:min(end_tok, start_tok + 2)])  # "the Sea of Japan"
        after = self.doc[end_tok] if end_tok < len(self.doc) else None
        if after is not None and after.lower_ in sectors.FEATURE_HEADS and after.text.islower() \
                and label in ("PERSON", "ORG") and not named_body(ent.text) \
                and _run_in_name(ent.text) is None:  # "ComradeKim Jong Ungave field guidance"
            # "Bandar Abbas port", "Kennedy airport": a name before a facility noun is the facility's
            end_tok, feature = end_tok + 1, True
        if feature and label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
            # "the South China Sea", "the Hungnam Fertilizer Complex": a place or a facility is
            # where things happen, never who does them
            text, start, end = self._span_text(start_tok, end_tok)
            if "\n" not in text:
                self._append(Entity(text=text, label="LOC" if label in ("GPE", "LOC") else "FAC",
                                    start=start, end=end), range(start_tok, end_tok))
            return
        if label == "ORG" and end_tok - start_tok >= 2 and _COMMON_PLURAL.match(self.doc[end_tok - 1].text) \
                and countries.lookup(self._span_text(start_tok, end_tok - 1)[0], cities=False) is not None:
            # "orders from U.S. Buyers": a country and a common plural noun, not an organisation
            end_tok, label = end_tok - 1, "GPE"
        glued = _GLUED_TITLE.match(self.doc[start_tok - 1].text) \
            if label == "PERSON" and start_tok > 0 else None
        if glued is not None and glued.group(1).lower() in sectors.TITLES:
            start_tok -= 1  # "PremierKim Tok Hun": a title run into the given name by the wire
        else:
            glued = None
        if label == "PERSON" and glued is None and named_body(self._span_text(start_tok, end_tok)[0]):
            label = "ORG"  # "Boko Haram", "Al-Shabaab": the small model tags some groups as persons
        if label == "PERSON" and end_tok - start_tok <= 3 and glued is None:
            # the small model tags some countries as persons ("Benin and Togo signed ...")
            whole = self._span_text(start_tok, end_tok)[0]
            place = countries.lookup(whole, cities=False)
            # a person's first name stays a person's ("Chad" after "Chad Smith" was named)
            named = whole in self.name_words or self._known_person(start_tok, end_tok)
            town = None if named or place is not None else self._town_by_context(start_tok, end_tok)
            if named:
                pass
            elif place is not None and place.kind in ("country", "alias", "capital", "state", "province"):
                label = "GPE"
            elif place is not None and place.kind == "demonym":
                label = "NORP"  # "Sri Lankan Prime Minister ...": a nationality, not a person
            elif town is not None:
                label = "GPE"  # "the city of Zaporizhzhia", "in Wad Madani"
            elif all(countries.lookup(t.text, cities=False) for t in self.doc[start_tok:end_tok]) \
                    or (end_tok - start_tok == 1 and _cross_border_group(self.doc[start_tok].text)):
                label = "NORP"  # "Bosnian Serbs", "Hutu"
        elif label in ("GPE", "LOC", "ORG") and end_tok - start_tok == 1 \
                and self.doc[start_tok].text in self.name_words:
            place = countries.lookup(self.doc[start_tok].text)
            if place is None or place.kind in ("city", "state"):
                label = "PERSON"
        elif label in ("GPE", "LOC", "NORP", "ORG", "FAC") and self._known_person(start_tok, end_tok) \
                and not named_body(ent.text):
            # "Erdogan said", "Modi's government": the small model tags them as places ("Park Geun
            # Hye" as a facility)
            label = "PERSON"
        elif label in ("GPE", "LOC") and end_tok - start_tok == 1 and self._small_town_subject(start_tok):
            # "Palin endorsed Trump", "Fujioka told a news conference": a surname that is also a small
            # town abroad (Palin, Guatemala; Fujioka, Japan) is a person when it acts (actors12)
            label = "PERSON"
        elif label in ("GPE", "LOC") and end_tok - start_tok == 1 and self._given_name_before(start_tok):
            # "Akira Tanaka, the UN relief coordinator": NER took the surname for a town
            label, start_tok = "PERSON", start_tok - 1
        elif label in ("GPE", "LOC") and self._listed_name_before(start_tok, end_tok):
            # "Danilo Medina inaugurated ...": NER took a listed leader's surname for a city
            label = "PERSON"
        if label == "PERSON" and glued is None:
            start_tok = self._known_name_start(start_tok, end_tok)
        name_start = start_tok
        if label == "PERSON" and glued is None:
            name_start = self._title_inside(start_tok, end_tok)
            name_start = self._past_honorifics(name_start, end_tok)
        if label in ("PERSON", "ORG") and glued is None:
            start_tok = self._title_start(start_tok)
        possessed = self._possessed_role(end_tok) if label in ("GPE", "NORP") else None
        if possessed is not None:
            end_tok, label = possessed.i + 1, "ROLE"  # "Kenya's president": one actor, KENGOV
        if label in ("LOC", "GPE") and end_tok - start_tok == 1 and start_tok > 0 \
                and self.doc[start_tok].lower_ in ("north", "south") \
                and self.doc[start_tok - 1].lower_ == "the":
            start_tok -= 1
        text, start, end = self._span_text(start_tok, end_tok)
        name = self._span_text(name_start, end_tok)[0]
        if glued is not None:
            name = name[len(glued.group(1)):]
        if "\n\n" in text or ("\n" in text and not self._in_body(start)):
            return  # a mention never spans paragraphs or headline lines (NER ran furniture together)
        text_name = " ".join(name.split())
        run_in = _run_in_name(text) if label in ("PERSON", "ORG") and glued is None else None
        if run_in is not None:
            # "ComradeKim Jong Ungave", "PresidentKim Il Sungand": KCNA runs a title or the next
            # word into a listed leader's name; the mention is the name inside
            start, text = start + run_in[0], run_in[1]
            end, text_name, label = start + len(text), text, "PERSON"
        entity = Entity(text=text, label=label, start=start, end=end)
        self._append(entity, range(start_tok, end_tok))
        self.names[id(entity)] = text_name
        self._note_acronym(entity, end_tok)
        if possessed is not None:
            self.roles[id(entity)] = {possessed.lower_}
        if label == "PERSON" or (label == "ORG" and (self._looks_like_person(ent, name)
                                                     or shared_title(self.text, start) != "")):
            entity.label = "PERSON"
            title = glued.group(1) if glued is not None else self.text[start:self.doc[name_start].idx].strip()
            if not title and _hyphen_piece(self.text, start, end):
                return  # "Mazar-i-Sharif" with "Sharif" tagged: no person of the table
            if not title and _NAMED_PLACE_BEFORE.search(self.text, max(0, start - 24), start):
                return  # "the port city of Buchanan": a town named like a person of the table (lead34)
            self._person_actor(entity, ent, title=title)
        else:
            # the small model tags towns NORP/ORG too: "the town of Samarra", "near Samarra"
            after_preposition = start_tok > 0 and self.doc[start_tok - 1].lower_ in _PLACE_PREPOSITIONS
            res = resolve_text(text, self.ctx, cities=label in PLACE_LABELS or after_preposition,
                               allow_context=label not in ("GPE", "NORP"))
            if label in ("NORP", "ORG") and start_tok > 0:
                res = self._chamber_members(start_tok, text) or res
            if label == "ORG":
                _state_body(res, text)
            # "Trump won Virginia, Georgia and Alabama": a state named like a country, by its neighbours
            us_states.as_us_state(res, text, self.ctx.us_politics,
                                  self.text[max(0, start - us_states.NEAR):end + us_states.NEAR])
            actor = res.actor(text)
            if actor is not None and not actor.sector and len(actor.code) == 3 and start_tok > 0 \
                    and self.text[max(0, start - 20):start].lower().split()[-1:] in _BREAKAWAY_LISTS:
                # "the self-proclaimed Dniester republic", "breakaway Abkhazia" (thirty-first session)
                why = breakaway_reason(text.lower().split(), actor.country or "", countries.gazetteer())
                if why is not None:
                    actor = Actor(name=actor.name, code=actor.code + "REB", country=actor.country,
                                  sector="REB", reasons=[*actor.reasons, why])
            if label == "ORG" and actor is not None and res.head_role and self._from_context(actor):
                # "the GCC Secretary-General Jasem Albudaiwi", tagged as an organisation
                actor = self._post_of_igo(entity, text) or actor
            if label == "ORG" and actor is not None and (
                    _strip_the(text).lower() in GENERIC_BODIES or self._from_context(actor)):
                # (a body the dateline or the story would place: "Armenia's Foreign Ministry" under a
                # BAKU dateline is Armenia's; stories27)
                actor = self._possessor_body(start_tok, text, actor)
            group = _cross_border_group(text) if label in ("NORP", "ORG", "GPE") else None
            faith = _religion(text) if label in ("NORP", "ORG") else None
            if faith is not None and label == "NORP" and len(text.split()) == 1 \
                    and ent.root.dep_ in _MODIFIER_DEPS:
                actor = None  # "Hindu militants" are of the faith, not of The Hindu, India's daily
            if actor is None and group is not None:
                actor = Actor(name=text, code="", country="", sector=None,
                              reasons=[f"'{group}' is an ethnic group living in several countries"])
            elif actor is None and faith is not None:
                actor = Actor(name=text, code="", country="", sector=faith[1],
                              reasons=[f"'{faith[0]}' names a religious group ({faith[1]}), not a country"])
                group = faith[0]
            # a place or nationality qualifying a role takes its sector; an organisation before
            # "spokeswoman" is her employer, not a spokesperson itself
            if actor is not None and label in ("GPE", "NORP") and not res.code:
                qualified = self._qualified(actor, ent.root, text)
                if qualified is not None:
                    actor = qualified
                    self.roles[id(entity)] = {_role_head(ent.root).lower_}
            if res.head_role and label in ("ORG", "ROLE") and id(entity) not in self.roles:
                # "the National Bureau of Statistics" is what a later "the bureau" repeats
                self.roles[id(entity)] = set(res.head_role.lower().split())
            if label == "ORG" and (actor is None or not actor.country) and not res.code:
                # "the opposition newspaper La Prensa", "the Malian rebel group MNLA": a role
                # phrase just before a name says what it is and whose
                actor = self._kind_before(start_tok, self.names[id(entity)]) or actor
            service = actor is not None and actor.sector == "MIL" \
                and res.head_role in ("army", "forces", "force")
            if label == "ORG" and not res.code and (actor is None or not actor.sector or service):
                # "the Popular Front for the Liberation of Oromia", "the Popular Revolutionary Army":
                # a group no table lists
                # (the name's own words placed it unless the story's country did)
                name = self.names[id(entity)]
                own = actor if actor is not None and not self._from_context(actor) else None
                actor = group_names.rebels_by_name(name, own, self.ctx, res.head_role if service else None) \
                    or group_names.party_by_name(name, own, self.ctx) or actor
            if label == "ORG" and not res.code and _WATCHDOG.search(text):
                actor = self._watchdog(text)
            if faith is not None or group is not None:
                actor = self._fighting_rule(actor, ent.root)
            actor = self._ethnic(actor, start_tok, group=group is not None)
            if label in ("NORP", "ORG") and actor is not None \
                    and (actor.sector or faith is not None or group is not None):
                # (twenty-eighth session: a people of several states NER tagged as a body takes the
                # armed role after it too: "Druze gunmen" LBNUAF, was the bare LBN)
                actor = self._role_after_group(actor, ent.root, faith=faith is not None)
                if (faith is not None or group is not None) and actor is not None and actor.sector == "UAF":
                    actor = self._fighting_rule(actor, ent.root, irregulars=True)
            # ("30 Tamils": the tagger reads some peoples as places)
            # ("50 Kashmiris", "30 Chechens": a people of a region the tables code as the bare country)
            entity.actor = self._people_of(actor, ent) \
                if label in ("NORP", "GPE", "LOC") and (not res.code or len(res.code) == 3) else actor

    def _people_of(self, actor: Actor | None, ent: Any) -> Actor | None:
        """"100 Palestinians", "thousands of Nigerians", "ethnic Albanians": some people of a nation,
        no state, are its civilians (CVL), as the CAMEO manual's examples code them; "the
        Palestinians" with the article is the nation as a party and keeps the country alone."""
        if actor is None or not actor.country or actor.sector or len(actor.country) != 3:
            return actor
        root = ent.root
        # (the tagger calls some peoples' plurals singular names: "50 Kashmiris" NNP)
        plural = root.tag_ in ("NNPS", "NNS") or (root.tag_ == "NNP" and root.lower_.endswith("s"))
        if not plural or root.dep_ in ("amod", "compound", "poss", "nmod"):
            return actor
        before = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in ("the", "their", "its", "his", "her", "our") or not _counted(root):
            return actor  # "Palestinians accused Israel": a bare plural stands for the nation
        return Actor(name=actor.name, code=actor.country + "CVL", country=actor.country, sector="CVL",
                     reasons=[*actor.reasons, f"'{ent.text}' names people of the nation, not the state: "
                                              "civilians (CVL)"])

    def _watchdog(self, text: str) -> Actor:
        """"Judicial Watch", "Consumer Watch": a watchdog group is civil society (NGO) of the story's
        country, not the court or office a word of its name reads as (actors12)."""
        country = self.ctx.country or ("USA" if self.ctx.us_politics else "")
        reason = f"'{text}' is named as a watchdog group: a non-governmental organisation"
        if country:
            reason += f" ({self.ctx.reason or self.ctx.us_politics or 'the story'} gives its country)"
        return Actor(name=text, code=country + "NGO", country=country or None, sector="NGO", reasons=[reason])

    def _chamber_members(self, start_tok: int, text: str) -> Any:
        """"Senate Republicans", "House Democrats": NER tags the chamber and the party apart, but the
        party's members of a chamber are legislators (LEG), as the whole phrase resolves (actors12)."""
        before = self.doc[start_tok - 1]
        if before.lower_ not in _CHAMBER_WORDS \
                or not (before.text[:1].isupper() or before.lower_ == "congressional"):
            return None
        res = resolve_text(f"{before.text} {text}", self.ctx, cities=False)
        return res if res.sector == "LEG" else None

    def _small_town_subject(self, tok_i: int) -> bool:
        """Whether a one-word place is the subject of a verb and only a town of under 100,000 people:
        towns that small do not act in the news, people with their name do."""
        tok = self.doc[tok_i]
        if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" or not tok.text[1:].islower():
            return False
        place = countries.lookup(tok.text)
        return place is not None and place.kind == "city" and place.population < _SMALL_TOWN

    def _new_place_start(self, start_tok: int) -> int:
        """Put back a "New" the small model left out of a name: "Jersey Gov. Chris Christie" after "New"
        is New Jersey's governor, not Jersey's, and "Mexico Gov." after "New" New Mexico's (actors12)."""
        if start_tok == 0 or self.doc[start_tok - 1].text != "New" or start_tok - 1 in self.taken:
            return start_tok
        word = self.doc[start_tok].text
        whole = countries.lookup(f"New {word}", cities=False)
        alone = countries.lookup(word, cities=False)
        if whole is None or alone is None or whole.iso3 == alone.iso3:
            return start_tok
        return start_tok - 1

    def _possessed_role(self, end_tok: int) -> Any:
        """The role noun a place owns ("Kenya's president", "South Korea's military"), or None."""
        doc = self.doc
        if end_tok >= len(doc) or not _possessive(doc[end_tok]) or not doc.has_annotation("DEP"):
            return None
        owner = doc[end_tok - 1]
        head = owner.head
        if owner.dep_ != "poss" or head.i <= end_tok or head.i - end_tok > 4 or head.pos_ != "NOUN" \
                or not _is_role(head):
            # headlines parse badly ("Kenya's president signs ..." with "signs" as the noun):
            # the first role noun right after the possessive, when no other noun follows it
            head = next((t for t in doc[end_tok + 1:end_tok + 4] if _is_role(t) and t.pos_ == "NOUN"), None)
            if head is None or (head.i + 1 < len(doc) and _is_role(doc[head.i + 1])
                                and f"{head.lower_} {doc[head.i + 1].lower_}" not in sectors.TITLES):
                return None
            if any(t.pos_ == "ADP" for t in doc[end_tok + 1:head.i]):
                return None  # "Turkey's jailing of journalists": the role is the act's object (lead25)
        if head.i + 1 < len(doc) and f"{head.lower_} {doc[head.i + 1].lower_}" in sectors.TITLES:
            head = doc[head.i + 1]  # "Thailand's army chief"
        between = doc[end_tok + 1:head.i + 1]
        if any(t.is_punct or t.is_space or t.i in self.taken or "\n" in t.whitespace_ for t in between):
            return None
        return head

    def _in_body(self, start: int) -> bool:
        return self.article.body_start <= start < max(self.article.body_end, self.article.body_start + 1)

    def _given_name_before(self, tok_i: int) -> bool:
        """A lone town-name entity right after an untagged capitalised proper noun that is neither a
        place nor a title word, and followed by an appositive: a person's surname."""
        if tok_i == 0 or tok_i + 1 >= len(self.doc) or self.doc[tok_i + 1].text != ",":
            return False
        prev, tok = self.doc[tok_i - 1], self.doc[tok_i]
        if prev.i in self.taken or prev.ent_type_ or prev.pos_ != "PROPN" or not prev.is_alpha \
                or not prev.text[:1].isupper() or prev.lower_ in _TITLE_WORDS \
                or countries.lookup(prev.text) is not None:
            return False
        place = countries.lookup(tok.text)
        if place is None or place.kind != "city":
            return False
        return any(child.dep_ == "appos" for child in tok.children)

    def _title_start(self, start_tok: int) -> int:
        """Extend a name leftwards over its title and nationality ("French President Jacques Chirac")."""
        doc = self.doc
        i = start_tok
        first_title = None
        while i > 0:
            tok = doc[i - 1]
            if tok.text == "-" and i >= 2 and doc[i - 2].lower_ in _TITLE_WORDS and not tok.whitespace_ \
                    and not doc[i - 2].whitespace_ and doc[i].lower_ in _TITLE_WORDS:
                i -= 1  # "Secretary" "-" "General": a hyphenated title the tokenizer split
                continue
            if tok.i in self.taken or tok.is_space or tok.is_punct and tok.text not in (".",):
                break
            if tok.text == "." and i >= 2 and doc[i - 2].lower_ in _TITLE_WORDS \
                    and doc[i - 2].idx + len(doc[i - 2].text) == tok.idx:
                i -= 1  # "Col" "." "Ahmed": the period of an abbreviated title spaCy split off
                continue
            low = tok.lower_
            if low in _TITLE_WORDS and not self._given_name_title(tok.i):
                if low in _TITLE_HEADS:
                    first_title = i - 1
                i -= 1
                continue
            if _possessive(tok) and i - 2 >= 0 and (first := self._place_start(i - 2)) is not None:
                i = first
                continue
            if tok.text[:1].isupper() and (first := self._place_start(i - 1)) is not None:
                i = first
                continue
            break
        if first_title is None:
            return start_tok
        while i < first_title and doc[i].lower_ in _ADJECTIVES \
                and not (doc[i].text == "New" and self._is_place(f"New {doc[i + 1].text}")):
            i += 1  # "new President X" drops "new"; "New Jersey Gov. X" keeps the state's name
        return i

    def _inline_byline(self, start_tok: int, end_tok: int) -> bool:
        """'By Jane Miller, Reuters LONDON, May 4 - ...': a byline the text still carries (a lead with
        its headline and byline in one run) names the reporter, who is no actor of the story."""
        doc = self.doc
        if start_tok == 0 or doc[start_tok - 1].text not in ("By", "BY") or end_tok + 1 >= len(doc) \
                or doc[end_tok].text != ",":
            return False
        agency = resolve_text(doc[end_tok + 1].text, self.ctx, cities=False, allow_context=False)
        return (agency.sector or "").endswith("MED")

    def _place_start(self, last: int) -> int | None:
        """The first token of the longest place name (up to three words) ending at token `last`, or
        None: "North Korea's leader" is North Korea's, not (South) Korea's; "Sri Lankan"."""
        doc, start = self.doc, None
        end = doc[last].idx + len(doc[last].text)
        for first in range(last, max(-1, last - 3), -1):
            tok = doc[first]
            if tok.i in self.taken or not tok.text[:1].isupper() or tok.is_punct \
                    or (first < last and "\n" in tok.whitespace_):
                break
            if self._is_place(self.text[tok.idx:end]):
                start = first
        return start

    def _title_inside(self, start_tok: int, end_tok: int) -> int:
        """Where the name starts when NER took the title in ("Jordanian King Abdullah", "Speaker
        John Boehner"): past leading title words and nationalities that include a title head."""
        doc = self.doc
        i, titled = start_tok, False
        while i < end_tok - 1:
            tok = doc[i]
            if tok.lower_ in _TITLE_WORDS and not self._given_name_title(tok.i):
                titled = titled or tok.lower_ in _TITLE_HEADS
            elif tok.text == "-" and i > start_tok and not tok.whitespace_ and not doc[i - 1].whitespace_ \
                    and doc[i - 1].lower_ in _TITLE_WORDS and doc[i + 1].lower_ in _TITLE_WORDS:
                pass  # "Maj" "-" "Gen": a hyphenated rank the tokenizer split (wip/stories44)
            elif not (tok.text[:1].isupper() and self._is_place(tok.text)):
                break
            i += 1
        return i if titled else start_tok

    def _add_kind_mentions(self) -> list[Entity]:
        """A clause subject "the bloc", "the lender", "the body", "the group" (a kind noun wire copy
        calls a body by on its second mention, `coref.KIND_HEADS`) that no other pass made a mention:
        a ROLE mention with no actor of its own, for coreference to link to the body named before
        ("ECOWAS suspended Niger. The bloc said ..."). Not before "of" ("the body of a child"), not
        as an object (police "found the body"); those coreference leaves unlinked are dropped."""
        added: list[Entity] = []
        doc = self.doc
        for tok in doc:
            if tok.lower_ not in KIND_HEADS or tok.i == 0 or tok.i in self.taken or tok.i - 1 in self.taken \
                    or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            # (a body's own kind words also as a party's phrase: "froze dialogue with the bloc"; lead30)
            party = tok.lower_ in PARTY_KINDS and (tok.dep_ == "dobj" or (
                tok.dep_ == "pobj" and tok.head.lower_ in PARTY_PREPS))
            if tok.dep_ not in ("nsubj", "nsubjpass") and not party:
                continue
            first = tok.i - 1
            if doc[first].lower_ in GROUP_KINDS and tok.lower_ in ("group", "movement", "militia") \
                    and first > 0 and first - 1 not in self.taken:
                first -= 1  # "the paramilitary group" after the RSF: a described group (twenty-fifth session)
            if doc[first].lower_ != "the":
                continue
            if not self._visible(tok.idx, tok.idx + len(tok.text)):
                continue
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "of":
                continue
            the = doc[first]
            entity = Entity(text=self.text[the.idx:tok.idx + len(tok.text)], label="ROLE", start=the.idx,
                            end=tok.idx + len(tok.text))
            self._append(entity, range(first, tok.i + 1))
            self.roles[id(entity)] = {tok.lower_}
            added.append(entity)
        return added

    def _given_name_title(self, i: int) -> bool:
        """A title that is also a common given name ("Amir Hassan", "Amir Peretz") is the title only
        after "the" ("His Highness the Amir Sheikh Tamim")."""
        return self.doc[i].lower_ in _GIVEN_NAME_TITLES and (i == 0 or self.doc[i - 1].lower_ != "the")

    def _past_honorifics(self, start_tok: int, end_tok: int) -> int:
        """Where the name starts past the honorifics before it ("Datuk Seri Anwar Ibrahim", "Tan Sri
        Muhyiddin", "Shri Narendra Modi", "H.E. Cyril Ramaphosa", "His Highness Sheikh Mohamed bin
        Zayed"): Malay, South Asian, Nigerian and Commonwealth styles that are no part of the name,
        so the office-holder table finds it. "Sheikh" is part of many names ("Sheikh Hasina", the
        table's "Sheikh Tamim") and is passed only when the rest is a name the table lists; a word
        that is also a given name or surname ("Sri" of "Sri Mulyani", "Tan") only in its pair."""
        doc = self.doc
        known = actor_dictionary.builtin()
        i = start_tok
        while i < end_tok - 1:
            low = doc[i].lower_
            pair = f"{low} {doc[i + 1].lower_}"
            if pair in _HONORIFIC_PAIRS and i + 2 < end_tok:
                i += 2
            elif low in _HONORIFICS and i + 1 < end_tok:
                i += 1
            elif low in ("sheikh", "shaikh", "sheik") \
                    and self._span_text(i + 1, end_tok)[0] in known.forms:
                i += 1
            else:
                break
        if doc[i].lower_ in _HONORIFIC_SECONDS:
            return start_tok  # "Prime Minister Datuk Seri" with the name cut off: no name to find
        return i

    def _is_place(self, text: str) -> bool:
        if countries.lookup(text, cities=False) is not None:
            return True
        return bool(self.user) and self.user.lookup(text, self.ctx.date) is not None

    def _town_by_context(self, start_tok: int, end_tok: int) -> countries.Place | None:
        """A town the words around say is a place: after a place preposition ("in Wad Madani",
        "the city of Zaporizhzhia"), before a division noun ("the Kherson region") or as the object of a
        verb of force on places ("shelled Grozny"), never with a title before it (NER's PERSON is right
        about "President Hassan")."""
        place = countries.lookup(self._span_text(start_tok, end_tok)[0])
        if place is None or place.kind not in ("city", "province", "state"):
            return None
        before = self.doc[start_tok - 1] if start_tok > 0 else None
        after = self.doc[end_tok] if end_tok < len(self.doc) else None
        last = self.doc[end_tok - 1]
        placed = (before is not None and before.lower_ in _PLACE_PREPOSITIONS) \
            or (after is not None and after.lower_ in _DIVISION_NOUNS) \
            or (last.dep_ in ("dobj", "nsubjpass") and last.head.lemma_.lower() in PLACE_TAKING_VERBS
                and (before is None or before.pos_ not in ("PROPN", "NOUN") or before.lower_ in _SETTLEMENTS))
        return place if placed else None

    def _known_person(self, start_tok: int, end_tok: int) -> bool:
        """A name of the office-holder table that is no country, capital or alias of one."""
        name = self._span_text(start_tok, end_tok)[0]
        if actor_dictionary.builtin().lookup(name, None) is None:
            return False
        place = countries.lookup(name, cities=False)
        return place is None or place.kind not in ("country", "alias", "capital")

    def _add_missed_people(self) -> None:
        """Well-known people NER did not tag ("Merkel met Macron ...": only Macron is tagged), by
        the office-holder table's names, longest first; a name that is also a country is left to
        the country passes, and a sentence's first word modifying a common noun is that noun's
        ("Rice exports")."""
        known = actor_dictionary.builtin()
        doc = self.doc
        for i in _first_word_positions(doc):
            tok = doc[i]
            if tok.i in self.taken or tok.pos_ not in ("PROPN", ""):
                continue
            for size in (3, 2, 1):
                end_tok = tok.i + size
                if end_tok > len(doc) or doc[tok.i:end_tok].text not in known.forms \
                        or any(i in self.taken for i in range(tok.i, end_tok)):
                    continue
                text, start, end = self._span_text(tok.i, end_tok)
                if countries.lookup(text, cities=False) is not None or not self._visible(start, end) \
                        or _hyphen_piece(self.text, start, end):
                    continue
                entity = Entity(text=text, label="PERSON", start=start, end=end)
                if (size == 1 and self._common_noun_use(entity)) or self._first_name_before(tok.i):
                    break  # "Rice exports", "the Moon"; "Melania Trump" is not the listed Trump
                self._append(entity, range(tok.i, end_tok))
                self.names[id(entity)] = text
                # "The U.N. envoy for Sudan, Ramtane Lamamra": a post in apposition is held now, and
                # it beats the table's former office (DZAELI)
                roles: set[str] = set()
                posted = self._appositive_actor(entity, doc[tok.i:end_tok], roles) \
                    if doc.has_annotation("DEP") else None
                acting = _acting(doc[tok.i:end_tok]) if doc.has_annotation("DEP") else ""
                entity.actor = self._office_holder(text, posted, roles, acting=acting)
                if posted is not None:
                    self.roles[id(entity)] = {r.lower() for r in roles}
                break

    def _add_missed_surnames(self) -> None:
        """A surname standing alone after its bearer's full name that NER left untagged ("Chernomyrdin
        telephoned Zvyahilsky", "willing to meet Kantor in Geneva"): the same person, read as NER's
        own surname mentions are (the coreference links it to the full name). Only a proper noun
        that is no part of a longer name and no country (stories37)."""
        after: dict[str, int] = {}  # surname -> the end of its bearer's first full mention
        for e in self.entities:
            words = e.text.split() if e.label == "PERSON" else []
            if len(words) >= 2 and len(words[-1]) >= 4 and words[-1][:1].isupper() and words[-1].isalpha():
                after.setdefault(words[-1], e.end)
        if not after:
            return
        from spacy.tokens import Span

        doc = self.doc
        for tok in doc:
            end = after.get(tok.text)
            if end is None or tok.idx < end or tok.i in self.taken or tok.pos_ != "PROPN":
                continue
            if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                   for j in (tok.i - 1, tok.i + 1)):
                continue  # "Kim Young-sam" beside "Kim Dae-jung": a longer name of its own
            if countries.lookup(tok.text, cities=False) is not None:
                continue
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                continue  # "Castillo supporters" are his side's people, not the man (merge, int37)
            self._add_entity(Span(doc, tok.i, tok.i + 1, label="PERSON"))

    def _known_name_start(self, start_tok: int, end_tok: int) -> int:
        """"Imran Khan" where NER tagged only "Khan": take in up to two capitalised words before
        the name when together they are a name of the office-holder table."""
        known = actor_dictionary.builtin()
        first = self._listed_start(start_tok, end_tok)
        if first is not None:
            return first
        if start_tok > 0 and self._span_text(start_tok, end_tok)[0] in known.forms \
                and self._first_name_before(start_tok):
            return start_tok - 1  # "Ivanka Trump" with only "Trump" tagged: someone else of that name
        return start_tok

    def _listed_name_before(self, start_tok: int, end_tok: int) -> bool:
        """Whether untagged capitalised words before a place mention make with it a name of the
        office-holder table ("Danilo" before "Medina"): then the place is that person's surname."""
        return self._listed_start(start_tok, end_tok) is not None

    def _listed_start(self, start_tok: int, end_tok: int) -> int | None:
        """The first of up to two free proper nouns before a mention that make with it a name of the
        office-holder table, or None."""
        known = actor_dictionary.builtin()
        for back in (1, 2):
            first = start_tok - back
            if first < 0 or self.doc[first].text not in known.first_words \
                    or any(t.i in self.taken or t.pos_ != "PROPN" for t in self.doc[first:start_tok]):
                continue
            if known.lookup(self._span_text(first, end_tok)[0], None) is not None:
                return first
        return None

    def _first_name_before(self, start_tok: int) -> bool:
        """An untagged capitalised first name right before a name ("Ivanka" before "Trump")."""
        prev = self.doc[start_tok - 1] if start_tok > 0 else None
        return prev is not None and prev.i not in self.taken and prev.pos_ in ("PROPN", "") \
            and prev.text[:1].isupper() and prev.lower_ not in _TITLE_WORDS \
            and prev.lower_ not in _HONORIFICS and name_gender(prev.text) is not None

    def _common_noun_use(self, entity: Entity) -> bool:
        """A one-word name used as a word: after an article ("landed on the Moon"), or opening its
        sentence as the modifier of a common noun ("Bush fires burned ...")."""
        span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        if span.start > 0 and self.doc[span.start - 1].lower_ in ("the", "a", "an") \
                and span[0].dep_ != "compound":
            return True  # ("the Biden administration" names the person's body)
        if not span[0].is_sent_start or not self.doc.has_annotation("DEP"):
            return False
        tok = span[0]
        return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and not _is_role(tok.head) \
            and tok.head.text.islower()

    def _looks_like_person(self, ent: Any, name: str) -> bool:
        """spaCy often tags Korean names as ORG: trust an appositive role or the name's shape."""
        if resolve_text(name, self.ctx, allow_context=False).actor(name) is not None:
            return False
        if _KOREAN_NAME.match(name) or actor_dictionary.builtin().lookup(name, None) is not None:
            return True
        appos = self._appositive(ent)
        return appos is not None and appos.root.lower_ in _PERSON_ROLES

    def _appositive(self, ent: Any) -> Any:
        root = ent.root
        apposed = [child for child in root.children if child.dep_ == "appos"]
        first = apposed[0].i if apposed else 0
        if len(apposed) > 1 and apposed[-1].i - first == len(apposed) - 1:
            apposed = apposed[-1:]  # "vice-chairman" parsed as three appositives: the last is the head
        for child in apposed[:1]:
            if child.dep_ == "appos":
                # the role phrase, without a trailing relative clause or participle
                start = min(child.left_edge.i, first)
                end = child.i + 1
                while end <= child.right_edge.i and (self.doc[end].dep_ in _APPOS_TAIL_DEPS
                                                     or self.doc[end].lower_ in _APPOS_TAIL_ADVERBS
                                                     # "secretary-general" parsed as three tokens
                                                     or (self.doc[end].text == "-"
                                                         and not self.doc[end - 1].whitespace_)):
                    if self.doc[end].text == "-" and not self.doc[end].whitespace_ \
                            and end < len(self.doc) - 1:
                        end += 1  # the word after the hyphen, whatever the parser hung it on
                    end += 1
                return self.doc[start:end]
        if root.dep_ == "appos":
            head = root.head
            post = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
            if post is not None and post.lower_ in POSTS_ABROAD and head.head.lower_ in ("to", "for", "on"):
                # "the U.N. envoy for Sudan, Ramtane Lamamra": the parser hangs the name on the place
                # the post is sent to; the name stands for the whole post
                start = post.left_edge.i
                while start > 0 and self.doc[start].ent_iob_ == "I":
                    start -= 1  # "The Association of Southeast Asian Nations' special envoy on Myanmar"
                return self.doc[start:head.i + 1]
            return self.doc[head.left_edge.i:head.i + 1]
        return None

    def _person_actor(self, entity: Entity, ent: Any, title: str) -> None:
        roles: set[str] = set()
        actor: Actor | None = None
        if not title and self.text[entity.start - 1:entity.start] == " ":
            title = shared_title(self.text, entity.start)  # "Presidents X of A and Y of B"
        if title:
            # "King Hassan of Morocco", "President Chirac of France": the country after the name
            of_country = _OF_COUNTRY.match(self.text, entity.end)
            if of_country is not None and countries.lookup(of_country.group(1), cities=False) is not None:
                title = f"{title} of {of_country.group(1)}"
            res = resolve_text(title, self.ctx, cities=False)
            region = self.text[max(0, entity.start - 12):entity.start].split()[-1:]
            if region and region[0].lower() in REBEL_REGIONS and res.country and not res.code:
                # forty-third session: "Krajina Serb leader Milan Martic" where NER left the region's word
                # out of the name: it belongs to the title ("krajina serb", the rebel side: HRVREB)
                res = resolve_text(f"{region[0]} {title}", self.ctx, cities=False)
            body = self._body_before_title(entity, ent) if not res.code and (
                not res.country or self._officer_of_body(res)) else ""
            # "DFA spokesperson Teresita Daza": an acronym the story introduced stands for its body's
            # full name ("The Department of Foreign Affairs (DFA)"; stories23)
            referent = self._introduced_acronym(body, entity.start) if body and _ACRONYM.match(body) else None
            body = referent or body
            if body and not res.country:
                # "Iran's foreign ministry spokesman Nasser Kanaani": NER left the body out of the
                # name, but it says whose spokesman (the same code as the phrase without the name)
                wider = resolve_text(f"{body} {title}", self.ctx, cities=False)
                res = wider if wider.country or wider.code else res
            elif body:
                # "NLC President Joe Ajaero", "Senate President X": the body NER left out says the
                # president is its officer, not the head of the story's state (stories23)
                res = self._body_officer(body, title, res)
            if res.head_role:
                roles.update(_role_names(res.head_role))
            actor = res.actor(self.names[id(entity)])
            if (actor is None or self._from_context(actor)) and self.article.dateline is not None:
                # (a dateline story only: a visitor filed under the host's dateline; single sentences
                # with no dateline keep the main country, which the PLOVER proxy prefers)
                actor = self._title_run_country(entity, title) or actor
        if actor is not None and not actor.sector and title.split()[-1].lower() in _STATE_PEOPLE:
            actor = self._ministry_official(entity, actor)
        if actor is None:
            actor = self._appositive_actor(entity, ent, roles)
        else:
            self._appositive_actor(entity, ent, roles)  # (its role still names the person later)
        if actor is None or self._from_context(actor):
            actor = self._body_led(entity, actor) or self._party_state_tag(entity, actor) or actor
        if actor is None or self._from_context(actor):
            actor = self._post_of_igo(entity, title) or actor
        if actor is None:
            actor = self._role_before(entity, roles)
        if actor is None:
            actor = self._possessor_of_person(entity)
        stands_for_body = False  # the mention names the person's body ("the Reagan administration")
        if actor is None:
            actor = self._modifier_of_institution(entity, ent.root)
            stands_for_body = actor is not None and ent.root.head.lower_ in RULING_HEADS
        # "former President Jimmy Carter", "the late King Hussein": the title is no longer held
        lapsed = _LAPSED.search(self.text, max(0, entity.start - 20), entity.start) is not None \
            and not _removed(ent)  # "the army ousted President X": the verb, not "ousted" as "former"
        name = self.names[id(entity)]
        if name not in actor_dictionary.builtin().forms or " " in name or not self._common_noun_use(entity):
            titles = self._title_before(entity)
            group_leader = self._organisation_leader(entity)
            if group_leader:
                # "Sinn Fein leader Gerry Adams", "Inkatha Freedom Party leader Mangosuthu Buthelezi": the
                # leader of a party or group holds no governing office by that word (lead28)
                titles, roles = titles - {"leader"}, roles - {"leader"}
            # forty-second session: so for a group's other posts ("RCD secretary-general Azarias Ruberwa",
            # "ANC President Nelson Mandela" before 1994): the title is the group's, not the state's office
            group_posts = self._organisation_posts(entity, titles)
            titles, roles = titles - group_posts, roles - group_posts
            holder = self._office_holder(name, actor, set() if lapsed else roles, entity.text,
                                         set() if lapsed else titles,
                                         left=_governing_title(titles) is not None if lapsed else False,
                                         acting="" if lapsed else _acting(ent))
            if group_leader and not lapsed and holder is not None and holder.sector == "ELI" \
                    and holder.country:
                # "Khmer Rouge leader Khieu Samphan" a year after his listed rebel term (thirtieth session)
                side = _side_leader(actor_dictionary.builtin(), holder.name, self.ctx.date, {"leader"})
                if side is not None:
                    holder = Actor(name=holder.name, code=holder.country + side, country=holder.country,
                                   sector=side,
                                   reasons=[*holder.reasons[:-1],
                                            f"'{name}' is named his group's leader: the table lists him as a "
                                            f"{side} leader, within {TITLE_YEARS} years"])
            # (the words just before a name NER left them out of: "dissident playwright Vaclav Havel")
            told = " ".join(w for w in (_modifier_words(self.doc, ent.start), title) if w)
            sided = _side_title(actor, holder, told) if told and not lapsed else None
            sided = sided or (_union_title(holder, told) if told and not lapsed else None)
            # a leader's government keeps its code on any date ("the Reagan administration" in a 2012
            # retrospective): the person out of office is ELI, the body they led is not
            actor = actor if stands_for_body and holder is not None and holder.sector == "ELI" else holder
            actor = sided or actor
        party = None if lapsed else self._party_post(entity)
        entity.actor = party or actor
        # "Foreign Office spokesperson Mumtaz Zahra Baloch ... The spokesperson also accused": the title's
        # spokesperson word names her later, whatever the title's table gave (stories26)
        spokes = {w for w in title.lower().split()[-1:] if w in _SPOKES_WORDS}
        self.roles[id(entity)] = {r.lower() for r in roles} | spokes

    def _appositive_actor(self, entity: Entity, ent: Any, roles: set[str]) -> Actor | None:
        """The actor a role phrase in apposition gives a name, adding the role's names to `roles`."""
        appos = self._appositive(ent)
        actor = None
        if appos is not None:
            # "Choi Young-sam, the ministry's spokesperson": the appositive is a role phrase
            root = appos.root.lower_
            if person_noun(root) and root not in sectors.ROLE_NOUNS and root not in sectors.TITLES \
                    and appos.root.i + 1 < appos.end:
                # "Kopp, a U.S. fugitive on the FBI's most wanted list": a person noun that is no
                # office keeps its own words (the nationality); the list or body after it is not his
                appos = self.doc[appos.start:appos.root.i + 1]
            # "Varga, Nowak and Dvorak, the three foreign ministers": a plural role names several
            # people, maybe of several countries, so the story's country is not theirs (census)
            plural = appos.root.tag_ in ("NNS", "NNPS")
            res = resolve_text(posted_text(appos), self.ctx, cities=False, allow_context=not plural)
            if res.head_role:
                roles.update(_role_names(res.head_role))
            res = self._post_of_body(appos, res) or res
            # "Akira Tanaka, the United Nations refugee commissioner": an IGO post counts too
            if ((res.sector and res.country)
                    or (res.country and person_noun(appos.root.lower_))
                    or (res.code and (res.head_role or appos.root.lower_ in _IGO_POSTS))):
                actor = res.actor(self.names[id(entity)])
                if actor is not None:
                    actor.reasons.insert(0, f"appositive '{appos.text.strip()}' gives the role")
        return actor

    def _ministry_official(self, entity: Entity, actor: Actor) -> Actor:
        """"Interior Ministry official Ahmad Hosseini": the ministry right before the title, a mention of
        its own of the official's country, says whose he is: its government's, as "Interior Ministry
        officials" are (a bare "official" names no sector; stories43)."""
        span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None or span.start == 0 or self.doc[span.start - 1].lower_ not in _MINISTRY_WORDS:
            return actor
        before = self.doc[span.start - 1]
        i = span.start - 1
        while i > 0 and span.start - i < 4 and self.doc[i - 1].is_title and not self.doc[i - 1].is_space:
            i -= 1  # "Interior Ministry", "Foreign Affairs Ministry"
        owner = resolve_text(self._span_text(i, span.start)[0], self.ctx, cities=False)
        if owner.code or (owner.country or actor.country) != actor.country \
                or not (owner.sector or "").startswith("GOV"):
            return actor
        return Actor(name=actor.name, code=(actor.country or "") + "GOV", country=actor.country, sector="GOV",
                     reasons=[*actor.reasons, f"'{before.text}' before the title: the government's"])

    def _title_run_country(self, entity: Entity, title: str) -> Actor | None:
        """"Australian Home Affairs Minister Tony Burke", "Pakistani Deputy Prime Minister and Foreign
        Minister Ishaq Dar": NER left the nationality and the first words of the title out of the name,
        so the title alone took the dateline's country. The capitalised run just before the name is the
        rest of the title; when it names a country, the office is that country's."""
        doc = self.doc
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None:
            return None
        i = span.start
        while i > 0 and span.start - i < 6:
            tok = doc[i - 1]
            # "and" only between two titles ("Deputy Prime Minister and Foreign Minister"), never
            # between two people ("President Prabowo and Foreign Minister Sugiono")
            titled_and = tok.lower_ == "and" and i >= 2 and doc[i - 2].lower_ in _TITLE_HEADS
            # "Japan's Chief Cabinet Secretary Seiroku Kajiyama": a country's possessive ends the run
            owner = tok.lower_ in ("'s", "\u2019s") and i >= 2 and doc[i - 2].text[:1].isupper() \
                and i < span.start
            if owner:
                i -= 2
                break
            if tok.is_space or tok.is_punct or "\n" in tok.whitespace_ \
                    or not (tok.text[:1].isupper() or titled_and):
                break
            i -= 1
        if i == span.start:
            return None
        run = self._span_text(i, span.start)[0]
        res = resolve_text(f"{run} {title}", self.ctx, cities=False, allow_context=False)
        if not res.country or res.code or not res.sector:
            return None
        actor = res.actor(self.names[id(entity)])
        if actor is not None:
            actor.reasons.insert(0, f"'{run}' before the name is the rest of its title")
        return actor

    def _post_of_body(self, appos: Any, res: Any) -> Any:
        """"John Smith, chairman of the National Association of Manufacturers": a post of a civil or
        business body is that body's, not the government's of the story's country (the role's sector
        with a country only the context gave was GOV of whatever place the sentence named; actors12).
        Returns an empty resolution for a body no table knows, the body's own for a watchdog group
        ("president of Judicial Watch"), None to keep `res`. Known bodies ("of Chrysler", "of
        France") are left to the passes that read them."""
        if res.code or not res.sector:
            return None
        from_context = any(r.startswith(self.ctx.reason or "\0") for r in res.reasons)
        for prep in appos.root.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.ent_type_ != "ORG":
                    continue
                body = next((e for e in self.doc.ents if e.start <= obj.i < e.end), None)
                if body is None or not civil_body(body.text):
                    continue
                if _WATCHDOG.search(body.text):
                    actor = self._watchdog(body.text)
                    return Resolution(country=actor.country, sector=actor.sector, reasons=[
                        *actor.reasons, f"'{appos.text.strip()}' is a post of {body.text}"])
                known = resolve_text(body.text, self.ctx, cities=False, allow_context=False)
                return None if known.country or known.code or not from_context else Resolution()
        return None

    def _party_post(self, entity: Entity) -> Actor | None:
        """"RNC Chairman Reince Priebus", "DNC spokeswoman X": a party's officer speaks for the party
        (GOV in power, OPP out of it, by the story's date), not for the government a bare "chairman"
        or "spokesman" would give (actors12)."""
        name = self.names[id(entity)]
        at = entity.text.rfind(name)
        name_start = entity.start + at if at >= 0 else entity.start
        m = _PARTY_POST.search(self.text, max(0, name_start - 90), name_start)
        if m is None:
            return None
        words = m.group("body").split()
        for k in range(len(words)):
            body = " ".join(words[k:])
            if k and countries.norm(" ".join(words[k - 1:])) in sectors.INSTITUTIONS:
                # thirty-fifth session: "Moro National Liberation Front chairman Nur Misuari" is an officer
                # of the longer body the table names (PHLREB), not of the party inside its name (the FLN)
                return None
            if countries.norm(body) in tenure.PARTIES:
                res = resolve_text(body, self.ctx, cities=False)
                actor = res.actor(name)
                if actor is not None and res.sector in ("GOV", "OPP", "PTY"):
                    actor.reasons.append(f"'{m.group(0).strip()}' is an officer of {body}: the party's code")
                    return actor
        return None

    def _party_state_tag(self, entity: Entity, actor: Actor | None) -> Actor | None:
        """"Jason Chaffetz (R-Utah)", "Paul Ryan, R-Wis.": US copy's party-and-state tag after a
        name marks a member of Congress (USALEG), whatever the story's dateline."""
        m = _PARTY_STATE.match(self.text, entity.end)
        if m is None:
            return None
        reason = f"'{m.group(0).strip(' ,')}' after the name is a US lawmaker's party and state tag"
        kept = [r for r in (actor.reasons if actor else []) if not r.startswith(self.ctx.reason or "\0")]
        return Actor(name=self.names[id(entity)], code="USALEG", country="USA", sector="LEG",
                     reasons=[*kept, reason])

    def _body_led(self, entity: Entity, actor: Actor | None) -> Actor | None:
        """"Adm. Harry Harris, who leads the United States Pacific Command": the body a person's
        relative clause says they lead is whose they are, over a country only the story gave; the
        title keeps its sector (MIL), a body's own sector fills in when the title gave none."""
        m = _LEADS.match(self.text, entity.end)
        if m is None:
            return None
        res = resolve_text(m.group("body"), self.ctx, cities=False, allow_context=False)
        body = res.actor(m.group("body"))
        if body is None:
            return None
        if body.code[:3] in ("IGO", "NGO", "IMG") or actor is None or not actor.sector:
            code, country, sector = body.code, body.country, body.sector
        else:
            code, country, sector = (body.country or "") + actor.sector, body.country, actor.sector
        reason = f"'{m.group(0).strip(' ,')}': the body the person {m.group('verb')} says whose they are"
        kept = [r for r in (actor.reasons if actor else []) if not r.startswith(self.ctx.reason or "\0")]
        return Actor(name=self.names[id(entity)], code=code, country=country, sector=sector,
                     reasons=[*kept, *body.reasons, reason])

    def _body_before_title(self, entity: Entity, ent: Any) -> str:
        """The words before a person's title that modify the name in the parse ("Iran's foreign
        ministry" before "spokesman Nasser Kanaani"); "" when none do."""
        doc = self.doc
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None or not doc.has_annotation("DEP"):
            return ""
        left = min((t.i for t in ent.root.subtree), default=span.start)
        if left >= span.start:
            return ""
        if any(i in self.taken for i in range(left, span.start)):
            # an acronym the story introduced is taken by its own mention, yet still says whose the
            # title is ("DFA spokesperson Teresita Daza"; stories23)
            words = self._span_text(left, span.start)[0]
            return words if words in self.acronyms else ""
        return self._span_text(left, span.start)[0]

    def _possessor_of_person(self, entity: Entity) -> Actor | None:
        """"VOA's Jane Mwangi": a person owned by a coded organisation works for it."""
        doc = self.doc
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None or span.start < 2 or not _possessive(doc[span.start - 1]):
            return None
        owner = next((e for e in doc.ents if e.end == span.start - 1 and e.label_ in ("ORG", "GPE", "NORP")),
                     None)
        if owner is None:
            return None
        actor = resolve_text(owner.text, self.ctx, allow_context=False).actor(self.names[id(entity)])
        if actor is not None:
            actor.name = self.names[id(entity)]
            actor.reasons.insert(0, f"'{owner.text}'s {self.names[id(entity)]}' works for {owner.text}")
        return actor

    def _post_of_igo(self, entity: Entity, title: str) -> Actor | None:
        """"GCC Secretary-General Jasem Albudaiwi", "the President of the ECOWAS Commission, Dr Omar
        Touray": a post of an international body named just before the person, the body's name a
        mention of its own before the title NER took with the name, or a role phrase set off by a
        comma, is the body's (IGO, NGO), not the dateline state's office its bare title gives
        (stories25)."""
        doc = self.doc
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        phrases = []
        if title:
            # the capitalised run right before the title NER took with the name ("CSTO", "the GCC's")
            i = span.start
            while i > 0 and span.start - i < 5:
                tok = doc[i - 1]
                if tok.is_space or "\n" in tok.whitespace_ \
                        or not (tok.text[:1].isupper() or _possessive(tok)):
                    break
                i -= 1
            if i < span.start:
                phrases.append(f"{self._span_text(i, span.start)[0]} {title}")
        if doc[span.start - 1].text == ",":
            # back over a role phrase set off by a comma to punctuation, a line break or eight words
            i = span.start - 1
            while i > 0 and i > span.start - 10 and not (doc[i - 1].is_punct or doc[i - 1].is_space):
                i -= 1
            if i < span.start - 1:
                phrases.append(self.text[doc[i].idx:doc[span.start - 2].idx + len(doc[span.start - 2].text)])
        for phrase in phrases:
            phrase = _strip_the(phrase)
            res = resolve_text(phrase, self.ctx, cities=False, allow_context=False)
            if not res.code or res.code[:3] not in ("IGO", "NGO") or not res.head_role \
                    or res.head_role.lower() not in sectors.TITLES:
                continue
            actor = res.actor(self.names[id(entity)])
            if actor is not None:
                actor.reasons.insert(0, f"'{phrase}' before the name makes the person the body's officer")
                return actor
        return None

    def _role_before(self, entity: Entity, roles: set[str]) -> Actor | None:
        """"Qatar's emir, Sheikh Hamad ...": a role phrase just before the name, set off by a comma,
        names the person's office (the parser rarely links these)."""
        doc = self.doc
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].text != ",":
            return None
        head = doc[span.start - 2]
        if head.lower_ not in sectors.TITLES and head.lower_ not in sectors.ROLE_NOUNS:
            return None
        i = head.i
        # back to the start of the phrase: punctuation, a line break or five words
        while i > 0 and i > head.i - 6 and not (doc[i - 1].is_punct or doc[i - 1].is_space):
            i -= 1
        phrase = self.text[doc[i].idx:head.idx + len(head.text)]
        res = resolve_text(phrase, self.ctx, cities=False, allow_context=False)
        if not (res.country or res.code) or not res.sector:
            return None
        actor = res.actor(self.names[id(entity)])
        if actor is not None:
            actor.reasons.insert(0, f"'{phrase}' before the name gives the role")
            roles.update({head.lower_})
        return actor

    def _kind_before(self, start_tok: int, name: str) -> Actor | None:
        """The actor of a role phrase right before a name ("the rebel group" MNLA), when it has a
        country: back over at most five words to a determiner or punctuation."""
        doc = self.doc
        if start_tok < 2:
            return None
        head = doc[start_tok - 1]
        if head.lower_ not in _KIND_NOUNS and (head.lower_ not in sectors.ROLE_NOUNS or _ACRONYM.match(name)):
            return None  # "the statistics agency INE": the acronym pass makes INE the agency's name
        i = head.i
        while i > 0 and i > head.i - 5 and not (doc[i - 1].is_punct or doc[i - 1].is_space) \
                and doc[i].lower_ not in ("the", "a", "an"):
            i -= 1
        phrase = self.text[doc[i].idx:head.idx + len(head.text)]
        res = resolve_text(phrase, self.ctx, cities=False)
        if not res.country or res.code:
            return None
        actor = res.actor(name)
        if actor is not None:
            actor.name = name
            actor.reasons.insert(0, f"'{phrase}' before the name says what it is")
        return actor

    def _organisation_leader(self, entity: Entity) -> bool:
        """Whether "leader" before a name follows the name of an organisation, not of a country or a
        nationality ("Sinn Fein leader", "Freedom Party leader"; not "North Korean leader")."""
        before = re.split(r"[^\w\s.'-]", self.text[max(0, entity.start - 40):entity.start])[-1]
        words = before.split() + entity.text.split()[:2]
        lower = [w.lower() for w in words]
        return "leader" in lower and _organisation_before(words, lower.index("leader"))

    def _organisation_posts(self, entity: Entity, titles: set[str]) -> set[str]:
        """The titles before a name written right after a group's name, not a country's or a nationality's
        ("RCD secretary-general", "ANC President"; not "Libyan President", "Foreign Minister")."""
        if not titles:
            return set()
        before = re.split(r"[^\w\s.'-]", self.text[max(0, entity.start - 60):entity.start])[-1]
        # (NER may take the title into the name: "secretary-general Azarias Ruberwa")
        words = before.split()[-6:] + entity.text.split()[:3]
        lower = [w.lower() for w in words]
        posts = set()
        for title in titles:
            parts = title.split()
            if any(lower[i:i + len(parts)] == parts and (_group_name_before(words, lower, i) or (
                    # forty-third session: "KLA political representative Adem Demaci" was SRBGOV (the
                    # envoy rule): one lower-case kind word between the group's name and the title
                    i >= 2 and lower[i - 1] in _POST_KINDS and _group_name_before(words, lower, i - 1)))
                   for i in range(1, len(lower) - len(parts) + 1)):
                posts.add(title)
        return posts

    def _title_before(self, entity: Entity) -> set[str]:
        """The title written right before a name or as its first words ("President Suharto"); words
        cut off by punctuation ("to be president, Clinton ...") are no title of the name."""
        before = re.split(r"[^\w\s.'-]", self.text[max(0, entity.start - 30):entity.start])[-1]
        words = before.split()[-3:] + entity.text.split()[:2]
        lower = [w.lower() for w in words]
        return {" ".join(lower[i:j]) for i in range(len(lower)) for j in range(i + 1, len(lower) + 1)
                if " ".join(lower[i:j]) in sectors.TITLES}

    def _office_holder(self, name: str, actor: Actor | None, roles: set[str] | None = None,
                       mention: str | None = None, titles: set[str] | None = None,
                       left: bool = False, acting: str = "") -> Actor | None:
        """Well-known office holders (data/actor_leaders.csv) beat a title coded from the dateline
        ("President Biden" in a Seoul story is USA GOV, not KOR GOV), but not a stated country.
        `left`: a governing title with "former" or "late" before it names the person. `acting`
        (`_acting`): the mention is the subject of an active verb ("title"), of an act only an office
        holder does ("act")."""
        table = actor_dictionary.builtin()
        known = table.lookup_person(name, self.ctx.date)  # "Sergey Lavrov" too
        if known is None and mention:
            known = self._titled_holder(mention)
        if known is None:
            return actor
        if known.sector == "LAB" and actor is not None and actor.code == known.code:
            return actor  # "Solidarity chairman Lech Walesa" (1989): title and row agree
        other = known.sector not in (None, "", "ELI") and not (known.sector or "").startswith("GOV") \
            and known.code[:3] not in ("IGO", "NGO", "IMG")  # a state's office, not an IGO post
        # a title with the country's own word ("Pakistani Prime Minister Benazir Bhutto") holds the office
        # whatever the dates, as for a person out of every listed office (below)
        stated = other and actor is not None and bool(roles) and (actor.sector or "").startswith("GOV") \
            and actor.country == known.country and not self._from_context(actor)
        held = None if left or not other else \
            _governing_title(titles) or (_governing_title(roles) if stated else None)
        if known.country and (left and other or held is not None):
            off = table.years_from_office(name, self.ctx.date, "GOV")
            off = table.years_from_office(known.name, self.ctx.date, "GOV") if off is None else off
            # thirty-fifth session: a governing title before the subject of an active verb ("Prime Minister
            # Benazir Bhutto dismissed ...", dated 2000-01-01 in her opposition years) is the holder acting in
            # her listed office, whatever the gap, as for a person out of every listed office (below); only
            # over a side's row (OPP, REB): another office ("Parliament chairman Li Peng") keeps its own
            side_row = bool(acting) and known.sector in ("OPP", "REB")
            if left or stated or (off is not None and (off <= TITLE_YEARS or side_row)):
                # "former Prime Minister Benazir Bhutto" while she led the opposition, "Premier Li Peng"
                # dated 2000-01-01 while he chaired the NPC (twenty-sixth session): the title the writer
                # gives names the person by a governing office, left or held, not the table's other one
                sector = "ELI" if held is None else (actor.sector or held[1]) if stated and actor else held[1]
                word = "the title says it was left" if held is None else \
                    f"the title '{held[0]}' says it is held"
                return Actor(name=known.name, code=known.country + sector, country=known.country,
                             sector=sector,
                             reasons=[*known.reasons, f"'{name}' is named by a governing office: {word}"])
        side = _side_leader(table, known.name, self.ctx.date, titles or roles) \
            if known.sector == "ELI" and known.country else None
        if side is not None:
            # thirtieth session: "Khmer Rouge leader Khieu Samphan", "the guerrilla movement's nominal leader
            # Khieu Samphan" dated 2000-01-01, a year after his listed rebel term: "leader" is the office
            # the table lists for him, a side's (REB), not a government's
            side_country = known.country or ""
            return Actor(name=known.name, code=side_country + side, country=side_country, sector=side,
                         reasons=[*known.reasons[:-1], f"'{name}' is {known.name}, named 'leader': the table "
                                                       f"lists him as a {side} leader, within {TITLE_YEARS} "
                                                       "years"])
        if known.sector == "ELI" and actor is not None and actor.sector not in (None, "", "ELI") and roles:
            # "Defence Minister Ehud Barak", "Lebanon's new President Elias Hrawi": a title in the
            # text is the writer's word that the office is held now (a former one says "former");
            # the table's dates cover only the offices it lists, and some articles are misdated
            country = actor.country if actor.country and not self._from_context(actor) else known.country
            country = country or actor.country or ""
            return Actor(name=known.name, code=country + (actor.sector or ""), country=country,
                         sector=actor.sector, reasons=[*actor.reasons, f"'{name}' is {known.name} of "
                                                       f"{countries.gazetteer().name_of(country)}; the title "
                                                       "says the office is held (the table's dates differ)"])
        title = _held_title(titles) if known.sector == "ELI" and actor is None else None
        gap = None
        if title is not None:
            gap = table.years_from_office(name, self.ctx.date)
            gap = table.years_from_office(known.name, self.ctx.date) if gap is None else gap
        country = known.country or known.code[:3]
        if gap is None or (gap > TITLE_YEARS and not acting) or not country:
            # "statues of President Kim Il Sung" thirty years on: a title of honour. A titled subject of
            # an active verb ("President Ronald Reagan ordered ...", "Prime Minister Yitzhak Shamir
            # rejected ..." dated 2000-01-01) is the holder acting in office, whatever the gap
            # (thirty-first session: the GSR records' placeholder date)
            title = None
        if title is None and acting == "act" and known.sector == "ELI" and actor is None and country:
            # "Reagan vetoed the bill", "Marcos imposed a curfew": with no title, an act only a holder
            # does names the office the table lists for him nearest the date
            term = table.nearest_term(known.name, self.ctx.date, "GOV")
            if term is not None and term.code[:3] == country:
                return Actor(name=known.name, code=term.code, country=country,
                             sector=term.code[3:] or None,
                             reasons=[*known.reasons[:-1], f"'{name}' is {known.name}, the subject of an "
                                      f"act only an office holder does: the office the table lists "
                                      f"({term.code}, {term.start or '…'} to {term.end or '…'})"])
        if title is not None:
            # "President Suharto" with no country word: the title still says the office is held
            # when the text was written, whatever the table's dates (the GSR records are all dated
            # 2000-01-01 for acts of the 1980s and 1990s)
            return Actor(name=known.name, code=country + title[1], country=country,
                         sector=title[1], reasons=[*known.reasons[:-1], f"'{name}' is {known.name} of "
                                                   f"{countries.gazetteer().name_of(country)}; the "
                                                   f"title '{title[0]}' says the office is held"])
        rank = _rank_title(titles) if known.sector == "ELI" and actor is None and known.country else None
        if rank is not None:
            # "Col. Lucio Gutierrez led a revolt" (thirty-sixth session): a military rank before a name out of
            # every listed term is the writer's word that the person serves in the forces then (a putschist
            # before office), not an elite
            why = f"'{name}' is {known.name}, out of every listed office; the rank '{rank}' says he serves"
            return Actor(name=known.name, code=(known.country or "") + "MIL", country=known.country,
                         sector="MIL", reasons=[*known.reasons[:-1], why + " in the forces"])
        if actor is not None and actor.country == known.country:
            if actor.code.startswith(known.code) and len(actor.code) > len(known.code):
                # "Iran's foreign ministry spokesman Nasser Kanaani": the title says more (GOVMED)
                return Actor(name=known.name, code=actor.code, country=actor.country, sector=actor.sector,
                             reasons=[*actor.reasons, *known.reasons])
            known.reasons[:0] = actor.reasons  # title and table agree: keep both reasons
            return known
        if actor is None or any(r.startswith(self.ctx.reason or "\0") for r in actor.reasons):
            return known
        return actor

    def _titled_holder(self, mention: str) -> Actor | None:
        """A holder the table lists with the title as part of the name ("King Hussein", "King Fahd"):
        the name alone ("Hussein") is no entry, so look for the titled form inside the mention ("Saudi
        King Fahd", a headline's "JORDAN'S KING HUSSEIN FLIES"), longest window first."""
        words = mention.split()
        if mention.isupper():
            words = [w.capitalize() for w in words]
        table = actor_dictionary.builtin()
        for size in range(min(3, len(words)), 1, -1):
            for i in range(len(words) - size + 1):
                if words[i].lower() not in sectors.TITLES:
                    continue  # only a window that starts with the title
                known = table.lookup_lenient(" ".join(words[i:i + size]), self.ctx.date)
                if known is not None:
                    return known
        return None

    def _modifier_of_institution(self, entity: Entity, root: Any) -> Actor | None:
        """'the Biden administration': a name that qualifies a role noun stands for that body."""
        head = root.head
        if root.dep_ not in _MODIFIER_DEPS or head == root or head.i < root.i \
                or head.lower_ not in sectors.ROLE_NOUNS:
            return None
        phrase = self.text[entity.start:head.idx + len(head.text)]
        res = resolve_text(phrase, self.ctx, cities=False, allow_context=False)
        if res.country is None and head.lower_ in RULING_HEADS:
            return _leaders_government(self.names.get(id(entity), entity.text), head.text)
        if res.country is None:
            return None
        actor = res.actor(phrase)
        if actor is not None:
            actor.reasons.insert(0, f"'{entity.text}' qualifies '{head.text}'")
        return actor

    def _qualified(self, actor: Actor, root: Any, mention: str) -> Actor | None:
        """A nationality that qualifies a role noun takes its sector ("Hungarian officials")."""
        if actor.sector:
            return None
        head = _role_head(root)
        if head == root:
            head = _shared_head(root)  # "Sierra Leonean and Liberian refugees" parsed as two heads
        if head == root:
            return None
        key = _role_key(head)
        if key is None and head.lower_ in _PRIVATE_PERSONS and head.pos_ == "NOUN":
            key = head.lower_  # "an Italian engineer", "two Swiss tourists": private people, CVL
        if key is None and head.pos_ == "NOUN" and any(
                c.lower_ == "civilian" and c.dep_ in ("amod", "compound") for c in head.children):
            key = "civilian"  # "Russian civilian advisers": civilians, whatever their work
        if key is None and head.lower_ in ("member", "members"):
            # "a Lebanese member of parliament", "Iraqi members of the army": the body they belong to
            body = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj" and _role_key(o) is not None), None)
            key = _role_key(body) if body is not None else None
        if key is None and head.lower_ in _CIVIL_PLACES and head.pos_ == "NOUN" \
                and not any(c.dep_ == "compound" for c in head.children):  # "brokerage houses" trade
            key = head.lower_  # "Palestinian homes", "a Congolese village": the nation's civilians
        if key is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        between = self.doc[min(root.i, head.i) + 1:max(root.i, head.i)]
        if root.i < head.i and any(t.lower_ in ("led", "-led") for t in between):
            # thirty-ninth session: "Nigerian-led ECOMOG troops" are the body's, not the leading state's (as
            # phrases' seat words); the body's one-word name NER left untagged
            body = next((hit for t in between if (hit := igos.igo_code(t.lower_, t.text)) is not None), None)
            if body is not None:
                return Actor(name=body[1], code=body[0], country=body[0][:3], sector=None,
                             reasons=[f"'{mention}-led' says who leads {body[1]} ({body[0]}), the actor"])
        if any(t.pos_ in ("ADV", "VERB", "AUX") for t in between):
            return None  # "Libya almost crowds": words cut out of a sentence, no "Libyan crowds"
        if root.i < head.i and root.ent_type_ == "GPE" and root.pos_ == "PROPN" and head.dep_ == "dobj" and \
                root.left_edge.i > 0 and self.doc[root.left_edge.i - 1].i == head.head.i and \
                not any(c.dep_ == "case" for c in root.children) and \
                any(t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.i == head.i for t in between):
            # "offered Jordan new F-16 fighters": a country's name before an adjective starts a noun
            # phrase of its own (the recipient the parser joined to the object); a name that qualifies
            # a noun follows its adjectives ("new Jordan army units"), a possessor keeps its "'s"; only
            # right after the verb ("the U.S. top diplomat" is one phrase)
            return None
        if head.ent_type_ == "ORG" and head.ent_iob_ in ("B", "I") and self._named_org_at(head.i):
            return None  # "Britain's Foreign Office": the office is a named body of its own
        sector = "CVL" if key in _CIVIL_PLACES or key in _PRIVATE_PERSONS else _role_sector(key)
        if key in ("fighter", "fighters") and any(c.text in AIRCRAFT_FAMILIES for c in head.children):
            sector = "MIL"  # "Cuban MiG fighters" are warplanes, not irregular combatants (lead31)
        former = next((c.lower_ for c in head.children if c.lower_ in _FORMER and c.i < head.i), None)
        if former is not None:
            sector = "ELI"  # CAMEO codes former office holders as elites: "former Kenyan officials"
        elif not sector and key in _STATE_PEOPLE and actor.country:
            # "Palestinian officials", "a U.S. official", "Syrian leaders": a state's officials or
            # leaders with no body named are its government's, as the CAMEO manual's own examples
            # (the PLOVER GSR records) code them
            sector = "GOV"
        side = next((m for t in between if t.dep_ in ("amod", "compound")
                     and (m := sectors.SECTOR_MODIFIERS.get(t.lower_)) in ("REB", "OPP")), None)
        if side is not None and former is None and sector in ("", "GOV", "MIL", "UAF", "CVL"):
            sector = side  # "Chechen separatist leaders", "Kurdish rebel fighters": their side (lead31)
        if sector == "OPP" and sectors.ROLE_NOUNS.get(head.lower_) in ("REB", "UAF"):
            sector = "REB"  # "Tajik opposition gunmen": an opposition under arms (thirty-third session)
        if sector == "GOV" and key.split()[-1] in LEADER_HEADS and actor.country and former is None \
                and (people := minority_after_state(mention.lower().split(), actor.country)) is not None \
                and people.split()[1] in ARMED_LEADERSHIPS and war_years(self.ctx.date):
            sector = "REB"  # "Bosnian Serb leaders": the armed side's leaders (thirty-third session)
        country = actor.country
        region = self.doc[root.i - 1].lower_ if root.i > 0 and root.i < head.i else ""
        if region in REBEL_REGIONS and mention.lower() in ARMED_LEADERSHIPS and former is None and (
                (sector == "GOV" and key.split()[-1] in LEADER_HEADS and war_years(self.ctx.date))
                or (sector in ("MIL", "UAF") and key in SIDE_ARMS)):
            # forty-third session: "Krajina Serb leader(s)" were SRBGOV: the people of a rebel region (as
            # phrases' "Krajina Serb forces") are the rebel side of the state holding it in law (HRVREB)
            sector, country = "REB", REBEL_REGIONS[region]
            actor = Actor(name=actor.name, code=country, country=country, sector=None,
                          reasons=[*actor.reasons, f"'{self.doc[root.i - 1].text} {mention}' names the rebel "
                                   f"side of the region's state ({country})"])
        if not sector:
            return None
        named = self._named_after_head(head)
        if named is not None:
            return named  # "the West African peacekeeping force ECOMOG": the body's own code
        if root.i < head.i and actor.code in sectors.REGION_NAMES:
            # "West African peacekeepers" name the ECOWAS force by its region (thirty-fourth session)
            force = igos.IGOS.get(f"{mention.lower()} {self.doc[root.i + 1:head.i + 1].text.lower()}")
            if force is not None:
                reason = f"'{mention} {self.doc[root.i + 1:head.i + 1].text}' is {force[1]}"
                return Actor(name=force[1], code=force[0], country=force[0][:3], sector=None,
                             reasons=[reason])
        if sector == "CRM" and key in HELD_PEOPLE and actor.country:
            # twenty-ninth session: "Jordanian detainees", "Palestinian prisoners" are the nation's people
            # held, not its criminals (phrases._held_people); "American prisoners of war" its soldiers
            of_war = any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "war" for o in p.children)
                         for p in head.children)
            sector = "MIL" if of_war else "CVL"
        if sector in ("MIL", "UAF") and key in SIDE_ARMS and actor.country \
                and any(countries.DISPUTED_REGION in r for r in actor.reasons[:1]):
            # twenty-ninth session: "Abkhaz forces", "Karabakh Armenian forces" (as _disputed_region_arms)
            sector = "REB"
        if sector in ("GOV", "LEG") and actor.country \
                and any(countries.DISPUTED_REGION in r for r in actor.reasons[:1]) \
                and polity_reason([*mention.lower().split(), key], key, actor.country, sector,
                                  countries.gazetteer()) is not None:
            # thirty-ninth session: "the Abkhaz authorities", "the South Ossetian leader" (as phrases' rule)
            sector = "REB"
        if sector in ("MIL", "UAF") and key in SIDE_ARMS and actor.country \
                and side_of_arms([*mention.lower().split(), key], actor.country, sector) is not None:
            # "Bosnian Serb forces" (twenty-seventh session): a people inside the state, its armed side;
            # "Chechen gunmen" (thirty-first session): a separatist war's irregulars
            sector = "REB"
        if sector == "UAF" and key in _SUICIDE_BOMBERS and actor.country:
            # "Two Palestinian suicide bombers killed 23": a nation's bombers are its forces, as the PLOVER
            # GSR record codes them (PSEMIL); unplaced, "Two suicide bombers killed 25", they stay irregulars
            # (UAF) of the attack's place (forty-third session, wip/stories45)
            sector = "MIL"
        if sector == "LEG" and key in ("representative", "representatives") and actor.country != "USA":
            # "the Iranian representative to the U.N." (thirty-sixth session, as envoys.sent_representative):
            # another state's representative is its envoy, not a legislator
            sector = "GOV"
        reason = f"'{mention}' qualifies '{key}', a {sector_name(sector)} role" + (
            f" ('{former}': no longer in office)" if former else "")
        name = f"{possessive(actor.name)} {'former ' if former else ''}{key}" if actor.country \
            else actor.name
        return Actor(name=name, code=actor.country + sector if actor.country else actor.code,
                     country=actor.country, sector=sector, reasons=[*actor.reasons, reason])

    def _named_after_head(self, head: Any) -> Actor | None:
        """The actor of a named body right after a kind noun ("force ECOMOG", "group Hamas"), when a table
        gives it a code or a country with a sector; None otherwise (twenty-seventh session)."""
        if head.lower_ not in KIND_BEFORE_NAME or head.i + 1 >= len(self.doc):
            return None
        end = head.i + 1
        while end < len(self.doc) and end - head.i <= 6 and (self.doc[end].text[:1].isupper() or (
                self.doc[end].lower_ in ("of", "for", "and") and end + 1 < len(self.doc)
                and self.doc[end + 1].text[:1].isupper())):
            end += 1
        if end == head.i + 1:
            return None
        text = self.doc[head.i + 1:end].text
        res = resolve_text(text, self.ctx, cities=False, allow_context=False)
        if res.head_role or res.sector == "MED" or not (res.code or (res.country and res.sector)):
            # (a title or a role is a person after the noun, not the body's name; a news agency keeps
            # the head's reading: "Chinese state news agency Xinhua" is GOVMED)
            return None
        actor = res.actor(text)
        if actor is not None:
            actor.reasons.append(f"'{head.text} {text}': the named body after the kind noun is the actor")
        return actor

    def _fighting_rule(self, actor: Actor | None, root: Any, *, irregulars: bool = False) -> Actor | None:
        """A faith's or people's armed men with no country of their own whose clause says whose rule they
        fight ("Islamic rebels fighting the Tajik government"): that state's rebels (`fought_rule`); with
        `irregulars`, their placed irregulars too ("Islamic militants fighting the Egyptian government" EGYUAF
        -> EGYREB)."""
        if actor is None or (len(actor.country or "") == 3 and not irregulars):
            return actor
        head = _role_head(root)
        key = _role_key(head) if head != root else None
        if not key or _role_sector(key) not in ("REB", "UAF"):
            return actor
        rebels = fought_rule.fighting_rebels(self.text, head.idx + len(head.text), actor.name,
                                             f"{root.text} {head.text}", actor.reasons[:1])
        return rebels or actor

    def _role_after_group(self, actor: Actor | None, root: Any, *, faith: bool) -> Actor | None:
        """"Sandinista soldiers" NICMIL, "Rwandan Patriotic Front rebels" RWAREB, "Muslim separatist
        rebels" PHLREB: a party, movement or faith before an armed role names whose men they are; the
        role says what they are, the sector the CAMEO manual's examples give such men. Before an
        unarmed role a faith leads ("Moslem demonstrators" EGYMOSOPP); a group's own armed sector is
        kept ("Hamas militants" stay PSEREB, "Contra soldiers" REB). A party's government is a
        government ("the Sandinista government" NICGOV, though the Sandinistas were out of office on
        the story's date)."""
        if faith and actor is not None and (actor.sector or "").startswith("JEW") \
                and _role_head(root).lower_ in ("settlers", "settler"):
            # twenty-seventh session: "Jewish settlers" are Israel's civilians wherever they live (the
            # real-news gold codes them ISR; the West Bank or Hebron named beside them places no settler)
            return Actor(name=actor.name, code="ISRCVL", country="ISR", sector="CVL",
                         reasons=[*actor.reasons[:1], "Jewish settlers are Israel's civilians wherever they "
                                  "live (ISR CVL)"])
        if actor is None or len(actor.country or "") != 3 or actor.country in ("IGO", "NGO", "IMG"):
            return actor  # international bodies keep their own codes ("NATO troops")
        head = _role_head(root)
        if head == root or head.pos_ not in ("NOUN", "PROPN"):
            return actor
        key = _role_key(head)
        sector = _role_sector(key) if key else ""
        if not sector or sector == actor.sector:
            return actor
        if actor.sector == "BUS" and head.lower_ in _MACHINES:
            return actor  # "30 Boeing jets", "Airbus planes": the maker of the machines, no army
        governs = head.lower_ in _GOVERNING_HEADS  # "the Sandinista government", "the Khmer Rouge regime"
        people = not faith and not actor.sector and sector in _ARMED_SECTORS \
            and _cross_border_group(root.text) is not None
        if not faith and not governs and not people \
                and (sector not in _ARMED_ROLES or actor.sector in _ARMED_SECTORS):
            # (a people of several states with no sector yet takes any armed role: "Druze gunmen" UAF)
            return actor
        reason = f"'{head.text}' after it makes it a {sector_name(sector)} actor"
        if faith and sector not in _ARMED_SECTORS and actor.sector and not governs:
            # "Moslem fundamentalist demonstrators" EGYMOS: the faith leads, the role follows, as the
            # CAMEO manual's examples code an unarmed faith group (armed men take the role's sector)
            sector = actor.sector + sector
            reason = f"'{head.text}' after the faith adds a {sector_name(sector[3:])} sector"
        country = actor.country or ""
        return Actor(name=actor.name, code=country + sector, country=actor.country, sector=sector,
                     reasons=[*actor.reasons, reason])

    def _named_org_at(self, i: int) -> bool:
        """Whether token i is inside an ORG entity that names a body of the tables."""
        start = i
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        end = i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return named_body(self.doc[start:end].text)

    def _ethnic(self, actor: Actor | None, start_tok: int, *, group: bool = False) -> Actor | None:
        """'ethnic Albanians' in Macedonia are Macedonia's: CAMEO codes an ethnic minority by the
        country it lives in. That is the nearest other country named in the sentence, else the
        article's context country; with neither, the nationality's own country stays (and a group
        of several countries, `group`, gets no actor)."""
        if actor is None:
            return None
        if (actor.sector or "").startswith("JEW") and start_tok + 1 < len(self.doc) \
                and self.doc[start_tok + 1].lower_ in ("settlement", "settlements", "settler", "settlers"):
            # "fired at a Jewish settlement in the Gaza Strip": the settlements are Israel's civilians, as
            # the settlers are (twenty-seventh session), whatever territory they stand in (lead33)
            return Actor(name=actor.name, code="ISRCVL", country="ISR", sector="CVL",
                         reasons=[*actor.reasons[:1], "Jewish settlements are Israel's civilians wherever "
                                  "they stand (ISR CVL)"])
        if actor.country == "IND" and not group and any(
                _native_people(t) for t in self.doc[start_tok:start_tok + 2]):
            native = self._americas_natives(actor, start_tok)
            if native is not None:
                return native
        if not group and (not actor.country or start_tok == 0
                          or self.doc[start_tok - 1].lower_ != "ethnic"):
            return actor
        tok = self.doc[start_tok]
        sent = tok.sent if self.doc.has_annotation("SENT_START") else self.doc[:]
        best: tuple[int, str, str] | None = None
        words = " ".join(t.text for t in self.doc[start_tok:start_tok + 2])  # ("Kurds ." is no "Kurds.")
        name = _cross_border_group(words) if group else None
        homes = countries.GROUP_HOMES.get(name or "", frozenset())
        armed = _armed_phrase(tok)
        for ent in sent.ents:
            if ent.start <= start_tok < ent.end:
                continue
            # a state the group is named beside, whatever tag NER gave it ("Mali and Tuareg rebels",
            # Mali tagged PERSON)
            beside = ent.label_ in ("PERSON", "ORG") and _joined(self.doc[ent.start], tok)
            # a place NER tagged as a body ("the southern island of Mindanao" ORG; twenty-seventh session)
            tagged_body = ent.label_ in ("ORG", "FAC") and not beside and ent.end - ent.start <= 3 \
                and (hit := countries.lookup(ent.text, cities=False)) is not None and hit.kind != "demonym"
            # a state's name NER tagged as a person after a place preposition ("an army post in northern
            # Mali", Mali PERSON; twenty-eighth session)
            tagged_person = ent.label_ == "PERSON" and not beside \
                and _after_place_preposition(self.doc, ent.start) \
                and (hit := countries.lookup(ent.text, cities=False)) is not None and hit.kind == "country"
            if ent.label_ not in ("GPE", "LOC", "NORP") and not beside and not tagged_body \
                    and not tagged_person:
                continue
            place = countries.lookup(ent.text, cities=not beside)
            if place is None or place.iso3 == actor.country or (beside and place.kind != "country"):
                continue
            # the group named beside a state's government, or beside the state itself ("Mali and
            # Tuareg rebels signed a peace accord in Algiers"), shares its home
            joined = _joined(self.doc[ent.start], tok) and (
                (ent.label_ == "NORP" and _noun_of(self.doc[ent.start]).lower_ in _GOVERNMENT_NOUNS)
                or (ent.label_ in ("GPE", "PERSON", "ORG") and place.kind == "country"))
            if ent.label_ == "NORP" and place.iso3 not in homes and not joined and not (
                    not homes and self._home_body(ent.start_char)):
                # a nationality places a group only in a country it lives in; a faith or an "ethnic"
                # minority lives anywhere, and is placed only by the police or government acting against
                # it at home ("Egyptian police dispersed Moslem demonstrators", "Serbian police killed 45
                # ethnic Albanians"), never by troops that may be abroad or by what is hit ("Muslim
                # hackers defaced Danish web sites")
                continue
            if ent.end < len(self.doc) and self.doc[ent.end].lower_ in _BORDER_WORDS:
                continue  # "a Karen stronghold on the Thai border": the border is the other side's
            if actor.sector == "REF" and ent.start and self.doc[ent.start - 1].lower_ in _DESTINATIONS \
                    and any(t.lower_ == "from" for t in sent):
                # "Kurdish refugees crossed into Iran from Iraq": refugees are of where they fled, when the
                # sentence says it ("pushed back Karen refugees into Burma" sends them home)
                continue
            if armed and venue_abroad(ent.text, sent, ent.start_char):
                continue  # "Muslim rebel leaders in Kuala Lumpur" with Philippine negotiators: a venue
            # a place named in the sentence beats a nationality ("Turkish artillery shelled Kurdish
            # militants in Syria": Syria's Kurds)
            distance = abs(ent.start - start_tok) + (len(self.doc) if ent.label_ == "NORP" else 0)
            if joined:
                # "the Philippine government and Muslim rebels signed a ceasefire in Kuala Lumpur": the
                # body the group is named beside is of its home, wherever the two meet
                distance = -1
            if ent.label_ == "NORP" and ent.end == start_tok and place.iso3 in homes:
                # "Germany deported 40 Turkish Kurds": a nationality on the group's own name is its home
                distance = -2
            if best is None or distance < best[0]:
                best = (distance, place.iso3, f"'{ent.text}' in the same sentence")
        # a dateline places the story; a country guessed from its mentions says nothing of where a
        # group lives ("Muslim hackers defaced Danish web sites")
        if best is None and self.ctx.country and self.ctx.country != actor.country and not self.ctx.inferred:
            best = (0, self.ctx.country, self.ctx.reason or "the article's country")
        if armed and (home := countries.REBEL_HOMES.get(name or "")):
            # "Karen guerrillas near the Thai border", "Karen rebels accused the Burmese army of shelling
            # camps inside Thailand": a people's armed men are the side of the one state their movements
            # fought, wherever they shelter (thirty-third session)
            state = possessive(countries.gazetteer().name_of(home))
            best = (0, home, f"the {name} armed movements fought {state} rule")
        if best is None:
            return actor if actor.country else None
        # a successor state on the story's date: "ethnic Albanian guerrillas ... in Kosovo" dated 2000 are
        # Serbia's, as Kosovo is (twenty-seventh session)
        country, succession = countries.as_of(best[1], self.ctx.date)
        name = countries.gazetteer().name_of(country)
        reason = (f"{GROUP_PLACED}: {best[2]} "
                  f"makes it {possessive(name)}")
        side = _FAITH_SIDES.get((country, actor.sector or "")) if armed and not actor.country else None
        if side is not None:
            # twenty-ninth session: "Israel deported 415 suspected Islamic militants" were ISRUAF; the armed
            # men of a faith a state fights at home are the people of that conflict (Palestinians)
            country = side
            reason = (f"{GROUP_PLACED}: {best[2]} places it in {possessive(name)} conflict, whose "
                      f"{actor.sector} armed men are {possessive(countries.gazetteer().name_of(side))}")
        sector = actor.sector
        if sector == "MIL" and actor.country and actor.country != country:
            # "ethnic Armenian forces captured the Azerbaijani town of Kelbajar": a people's forces in
            # another state are a rebel side there, never that state's army (lead31)
            sector = "REB"
            reason += "; its forces there are a rebel side, not the state's army"
        reasons = [*actor.reasons, *([succession] if succession else []), reason]  # (spans reads the last)
        return Actor(name=actor.name, code=country + (sector or ""), country=country,
                     sector=sector, reasons=reasons)


    def _americas_natives(self, actor: Actor, start_tok: int) -> Actor | None:
        """ "Thousands of Indians blocked roads across Ecuador": in a sentence set in the Americas (a
        place or nationality of an American state named, India named nowhere) "Indians" are the state's
        native peoples, not India's nationals (lead35)."""
        tok = self.doc[start_tok]
        sent = tok.sent if self.doc.has_annotation("SENT_START") else self.doc[:]
        states = set()
        places = [countries.lookup(ent.text) for ent in sent.ents
                  if ent.label_ in ("GPE", "LOC", "NORP") and not ent.start <= start_tok < ent.end]
        # (a state's name or adjective the tagger left out: "in the Ecuadorean Amazon")
        places += [countries.lookup(t.text, cities=False) for t in sent
                   if t.i != start_tok and t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ")
                   and not t.ent_type_]
        for place in places:
            if place is not None:
                states.add(place.iso3)
        american = states & _AMERICAS
        if "IND" in states or len(american) != 1:
            return None
        country = american.pop()
        name = countries.gazetteer().name_of(country)
        return Actor(name=actor.name, code=country + (actor.sector or ""), country=country,
                     sector=actor.sector,
                     reasons=[f"'{tok.text}' in a sentence set in {name} are its native peoples, not "
                              "India's nationals"])


# the people an "Indian" adjective can make native peoples (an Indian prime minister or army stays India's)
# plural only: "a Palestinian suicide bomber" stays the irregular (PSEUAF) the probe rows accept
_SUICIDE_BOMBERS = frozenset({"suicide bombers", "car bombers"})
_NATIVE_NOUNS = frozenset({"farmer", "peasant", "villager", "community", "tribe", "tribesman", "people",
                           "group", "protester", "demonstrator", "rebel", "guerrilla", "organisation",
                           "organization", "confederation", "movement", "leader", "woman", "man", "family",
                           "settler", "squatter", "worker"})


def _native_people(tok: Any) -> bool:
    """ "Indians", or "Indian" before a word for people or their bodies ("Indian farmers")."""
    if tok.lower_ == "indians":
        return True
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "indian" and nxt is not None and nxt.lemma_.lower() in _NATIVE_NOUNS


# the states of the Americas, where the wires' "Indians" are the native peoples
_AMERICAS = frozenset({"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN",
                       "MEX", "GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN", "USA", "CAN"})


# the word before a name that makes it a breakaway polity, as a one-word list ("self-proclaimed" is three
# tokens)
_BREAKAWAY_LISTS = [[w] for w in BREAKAWAY_WORDS]


# (state, faith) -> the people whose armed men of that faith the state's copy means (twenty-ninth session)
_FAITH_SIDES = {("ISR", "MOS"): "PSE"}


# the nouns of a state's own government, which a group named beside it shares a home with
_GOVERNMENT_NOUNS = frozenset({"government", "authorities", "regime", "administration", "junta"})


# words that make a title another office than its last word ("vice president" is no president)
_SECOND_IN_RANK = frozenset({"vice", "deputy", "assistant", "under", "lieutenant"})


def _role_names(role: str) -> set[str]:
    """The names a person introduced with `role` is referred to by later: the role, and its last word
    ("foreign minister" -> "the minister") unless a rank word makes it another office ("vice president"
    is never "the president")."""
    words = role.lower().split()
    if any(w in _SECOND_IN_RANK for w in words[:-1]):
        return {role}
    return {role, words[-1]}


def _hyphen_piece(text: str, start: int, end: int) -> bool:
    """Whether one word is the last piece of a name joined by a one-letter link ("Mazar-i-Sharif",
    "Jaish-e-Mohammed"): no person of the office-holder table by itself (twenty-eighth session: "Sharif"
    names Nawaz Sharif). Not after an article ("al-Bashir")."""
    return start > 2 and text[start - 1] == "-" and text[start - 2].islower() \
        and not text[start - 3].isalpha() and " " not in text[start:end]


def _after_place_preposition(doc: Any, i: int) -> bool:
    """Whether token i follows a place preposition, across a direction adjective ("in northern Mali")."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in _DIRECTION_WORDS:
        j -= 1
    return j >= 0 and doc[j].lower_ in _PLACE_PREPOSITIONS


_DIRECTION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                              "northwestern", "southeastern", "southwestern", "north", "south", "east",
                              "west"})


def _armed_phrase(tok: Any) -> bool:
    """Whether a group word heads an armed side's phrase ("Muslim rebel leaders", "Tuareg separatists")."""
    noun = _noun_of(tok)
    words = [t.lower_ for t in tok.doc[tok.i:noun.i + 1]]
    return any(sectors.SECTOR_MODIFIERS.get(w) in VENUE_GUESTS or sectors.ROLE_NOUNS.get(w) in VENUE_GUESTS
               for w in words)


def _noun_of(tok: Any) -> Any:
    """The noun a modifier word belongs to ("Philippine" -> government)."""
    while tok.dep_ in ("amod", "compound", "nmod") and tok.head is not tok:
        tok = tok.head
    return tok


def _joined(a: Any, b: Any) -> bool:
    """Whether the nouns of two modifier words are joined by "and" ("the Philippine government and
    Muslim rebels")."""
    x, y = _noun_of(a), _noun_of(b)
    return x is not y and ((x.dep_ == "conj" and x.head == y) or (y.dep_ == "conj" and y.head == x))


def _state_body(res: Any, text: str) -> None:
    """"the U.S. Federal Energy Regulatory Commission", "the Japanese Fair Trade Commission": a country's
    named commission, agency or board that no table lists is still its government (GOV), not the bare
    country its first word gives (actors12 census); news agencies and listed bodies keep their codes."""
    if not res.country or res.sector or res.code:
        return
    m = _STATE_BODY.match(text)
    if m is None:
        return
    words = m.group("name").split()
    if _MEDIA_WORDS.intersection(words):
        return
    # the owner is the first word or two ("Japanese", "South Korean"), and a name must follow it
    if not any(countries.lookup(" ".join(words[:k]), cities=False) is not None for k in (1, 2)
               if k < len(words)):
        return
    res.sector = "GOV"
    res.reasons.append(f"'{text}' is a named {m.group('head').lower()} of a state: its government (GOV)")


def _in_dateline(article: Article, char: int) -> bool:
    """Whether a character is inside the dateline ("DUBAI, July 14 (Reuters) -")."""
    dateline = article.dateline
    return dateline is not None and dateline.start <= char < dateline.end


# honorifics before a name, no part of it (twenty-fourth session): Malaysia's federal and state
# titles, India's and Nigeria's styles, the Commonwealth's "Hon." and diplomacy's "H.E.", and the
# two-word styles of rulers; "Sri" and "Tan" alone are names ("Sri Mulyani", "Tan Cheng Bock")
# sectors of an organisation that owns a title written after it (`_body_officer`)
_OWNER_SECTORS = frozenset({"MED", "BUS", "EDU", "NGO", "LAB"})
_HONORIFICS = frozenset({"datuk", "dato", "dato'", "datuk'", "datin", "tun", "toh", "shri", "shree", "smt",
                         "smt.", "shrimati", "hon", "hon.", "h.e.", "h.e", "alhaji", "alhaja", "mallam",
                         "engr", "engr.", "rt", "rt.",
                         # twenty-fifth session: Tamil Nadu's "Thiru", "Thirumathi", "Tmt.", and "Hon'ble"
                         "thiru", "thirumathi", "tmt", "tmt.", "hon'ble", "hon\u2019ble", "honble"})
_HONORIFIC_PAIRS = frozenset({"datuk seri", "dato seri", "dato' seri", "dato sri", "dato' sri", "datuk sri",
                              "tan sri", "puan sri", "toh puan", "his highness", "her highness",
                              "his excellency", "her excellency", "his majesty", "her majesty",
                              "right honourable", "right honorable", "rt hon", "rt. hon", "rt hon."})
_GIVEN_NAME_TITLES = frozenset({"amir"})
_HONORIFIC_SECONDS = frozenset(pair.split()[1] for pair in _HONORIFIC_PAIRS)
# courtesy titles NER may take into a name ("Ms Wong"); the name after them is the person's
_COURTESY = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Mr.", "Mrs.", "Ms."})
# the sectors a sentence's fronted place gives its country ("In Tokyo, the Foreign Ministry ...")
_FRONTED_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "OPP", "ELI", "MED", "BUS", "LAB", "CVL", "SPY"})


def _fronting_place(sent: Any) -> tuple[Any, int] | None:
    """The place of a sentence that opens "In PLACE," (a time may follow: "In Tokyo on Monday,",
    "In Seoul late Tuesday,"), and the character where the rest of the sentence starts."""
    if len(sent) < 4 or sent[0].lower_ != "in":
        return None
    first = sent[1] if sent[1].lower_ != "the" else sent[2]
    place = next((e for e in sent.ents if e.start == first.i and e.label_ == "GPE"), None)
    if place is None:
        return None
    for tok in sent.doc[place.end:min(place.end + 4, sent.end)]:
        if tok.text == ",":
            return place, tok.idx + 1
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return None
    return None


def _titles_person(tok: Any) -> bool:
    """Whether a place word is part of a person's title ("a phone call from US President Donald
    Trump"): it says whose the caller or visitor is, not where the story happens."""
    head = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod", "poss") or head is tok:
        return False
    while head.dep_ == "compound" and head.head is not head and head.lower_ in _TITLE_WORDS:
        head = head.head
    return head.ent_type_ == "PERSON" or head.lower_ in _TITLE_HEADS


def _lead_country(ctx: Context, doc: Any, article: Article) -> None:
    """'LONDON (Reuters) - Police in Lagos fired ... across Nigeria': a lead that names places of one
    other country only, and never the dateline's, is about that country; the dateline is merely
    where the story was filed (a regional hub). Leads that also name the dateline country keep it
    ("SEOUL -- North Korea fired ..., South Korea's military said")."""
    if not doc.has_annotation("SENT_START"):
        return
    dl = article.dateline
    if ctx.country == "USA" and dl is not None and dl.region and _US_STATE.fullmatch(dl.region.strip()):
        return  # "AUSTIN, Texas": a US town with its state is where the story happens, no filing hub
    lead = next((s for s in doc.sents if s.end_char > article.body_start and s.text.strip()), None)
    if lead is None:
        return
    if ctx.country == "USA" and us_setting(lead, None, capital_home=True) is not None:
        return  # "WASHINGTON - Lawmakers criticized the White House over the aid to Ukraine": set at home
    found: set[str] = set()
    subject: str | None = None  # a state named as the subject of the lead's main verb
    visitors: set[str] = set()  # the countries of foreign office holders the lead names by title
    for ent in lead.ents:  # places, not nationalities: "a French donor" says nothing of the story
        if ent.label_ in ("GPE", "LOC", "NORP") and ent.start_char >= article.body_start:
            if article.dateline is not None and _titles_person(ent.root):
                # (a foreign office holder's country, "U.S. Defense Secretary", "Japanese Foreign Minister")
                own = countries.lookup(ent.text)
                if own is not None and own.iso3 != ctx.country:
                    visitors.add(own.iso3)
                continue
            if ent.label_ == "NORP":
                # "the besieged Sudanese city of El Fasher": a nationality on a place noun names a place
                if ent.root.head.lower_ in _LEAD_PLACE_NOUNS and ent.root.dep_ in ("amod", "compound") \
                        and (place := countries.lookup(ent.text, cities=False)) is not None:
                    found.add(place.iso3)
                continue
            place = countries.lookup(ent.text)
            if place is not None and place.kind in ("country", "alias") and ent.root.dep_ == "nsubj" \
                    and ent.root.head.i == lead.root.i:
                subject = place.iso3  # "AMMAN - Iraq rejected ...": the lead's own subject state
            if place is not None:
                # fortieth session: a town of a state that split off later was the older state's on the
                # story's date ("NAIROBI - Sudanese troops shelled rebel positions near Torit" in 2000 is
                # Sudan's lead, not South Sudan's)
                found.add(countries.then(place.iso3, ctx.date))
        elif ent.label_ in ("ORG", "PERSON", "FAC") and ent.start_char >= article.body_start \
                and ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "of") \
                and (place := countries.lookup(ent.text)) is not None and place.kind == "city":
            found.add(countries.then(place.iso3, ctx.date))  # "the city of El Fasher" that NER tagged ORG
    if visitors and not visitors & found:
        # "HANOI, Vietnam (AP) - U.S. Defense Secretary Mark Esper accused China ...": a titled foreigner
        # of a third country is a visitor there, and the country he acts on is not where the story is
        # ("LONDON - Nigerian President Buhari said police in Lagos ..." is still Nigeria's)
        return
    if bare_titled_doer(lead, _TITLE_WORDS, _TITLE_HEADS):
        return  # "LA PAZ, Bolivia (AP) -- President X resigned ... through Chile": the home country's
    # any word of the dateline's country keeps it ("the far-right German People's Union")
    home = any(tok.text[:1].isupper() and (place := countries.lookup(tok.text, cities=False)) is not None
               and place.iso3 == ctx.country for tok in lead if tok.idx >= article.body_start
               and not _in_dateline(article, tok.idx))
    if len(found) > 1 and subject is not None and subject != ctx.country and ctx.country not in found \
            and not home:
        # fortieth session: "AMMAN - Iraq rejected the U.N. plan, and the foreign minister accused Washington
        # ...": a lead whose main verb's subject is another state, naming the dateline's nowhere, is about
        # that state, though it names others as the ones acted on (the foreign minister was JORGOV)
        found = {subject}
    if len(found) == 1 and ctx.country not in found and not home and not _home_person(lead, ctx):
        other = found.pop()
        if held_by(ctx.country, other, ctx.date) and names_a_force(tok.lower_ for tok in lead):
            return  # "JERUSALEM - Soldiers fired ... in Hebron": the holder's forces in its held territory
        filed = f"{ctx.reason} is only where it was filed" if ctx.reason else "the dateline is elsewhere"
        ctx.reason = f"{LEAD_ABOUT}{countries.gazetteer().name_of(other)} ({filed})"
        ctx.country, ctx.inferred = other, True


def _home_person(lead: Any, ctx: Context) -> bool:
    """Whether the lead names a person the office-holder table places in the dateline's country on the
    story's date ("TEHRAN - Parliament Speaker Ali Akbar Nateq-Nouri accused Washington ..."): the
    dateline's own official acting at home, not a lead about the other country (thirty-ninth session)."""
    table = actor_dictionary.builtin()
    for ent in lead.ents:
        if ent.label_ == "PERSON":
            known = table.lookup_person(ent.text, ctx.date)
            if known is not None and known.country == ctx.country and known.sector != "ELI":
                return True
    return False


# Cities where international bodies sit, and whose datelines their copy carries: a story filed there about
# the body is the body's, not the host state's ("BRUSSELS" on EU and NATO copy, "GENEVA" on UN agencies',
# "THE HAGUE" on the international courts')
_SEATS = frozenset({"BRUSSELS", "GENEVA", "THE HAGUE", "STRASBOURG"})


def _seat_of_the_lead(ctx: Context, doc: Any, article: Article) -> bool:
    """'BRUSSELS (AFP) - The European Union imposed sanctions on 25 Belarusian officials ...': a dateline
    at the seat of an international body, over a lead that names such a body and no place or people of
    the host country, is where the body sits, not the story's country: drops the dateline's country
    (the caller then looks for the story's main country) and says whether it did (stories25)."""
    dl = article.dateline
    if dl is None or not dl.place or dl.place.upper() not in _SEATS or ctx.inferred \
            or not doc.has_annotation("SENT_START"):
        return False
    lead = next((s for s in doc.sents if s.end_char > article.body_start and s.text.strip()), None)
    if lead is None:
        return False
    body = False
    for ent in lead.ents:
        if ent.start_char < article.body_start or _in_dateline(article, ent.start_char):
            continue
        place = countries.lookup(ent.text, cities=False)
        if place is not None and place.iso3 == ctx.country and ent.text.upper() != dl.place.upper():
            return False  # "the Belgian government", "Belgium's prime minister": the host's own story
        code = resolve_text(_strip_the(ent.text), ctx, cities=False, allow_context=False).code or ""
        body = body or code[:3] == "IGO"
    if not body:
        return False
    ctx.country, ctx.reason = None, None
    return True


# The US parties by the names that name no other country's party
# ("Republican" alone also names Iraq's Republican Guard and Ireland's republicans)
_US_PARTY_WORDS = frozenset({"Republicans", "Democrats", "GOP"})


# the US states by name (Georgia shares the country's: us_states decides it)
_US_STATE = re.compile(us_states.OTHER_STATES)
# the US federal legislature and executive by the names no other country's bear
_US_SEATS = re.compile(r"\b(?:the White House|Capitol Hill|congressional)\b")
# a word before "Congress" that makes it another body ("the Indian National Congress", "the 19th Party
# Congress", "a World Congress") and one after it that makes it India's party ("Congress leader")
_OTHER_CONGRESS_BEFORE = frozenset({"national", "people", "people's", "peoples", "party", "youth", "world",
                                    "union", "trades", "international", "annual", "founding", "pan"})
_OTHER_CONGRESS_AFTER = frozenset({"party", "leader", "leaders", "president", "spokesman", "spokeswoman",
                                   "government", "of", "-led", "chief", "worker", "workers", "member"})


def us_setting(doc: Any, country: str | None, capital_home: bool = False) -> str | None:
    """Why a text is set in the United States, whatever country it is about: it names the White House,
    Capitol Hill, Congress (not a party's or another state's: only where `country`, the story's guessed
    country, has no Congress of its own) or a US state as a place. None when it names none of them."""
    text = doc_text(doc) if doc.doc is doc else doc.text  # (a sentence: its own text)
    seat = _US_SEATS.search(text)
    if seat is not None:
        return f"'{seat.group(0)}' is in the United States"
    if country not in sectors.CONGRESS_COUNTRIES and country not in ("IND", "PHL") and "Congress" in text:
        for tok in doc:
            if tok.text != "Congress":
                continue
            whole = tok.doc  # (`doc` may be a sentence: its tokens index the whole Doc)
            before = whole[tok.i - 1] if tok.i > 0 else None
            after = whole[tok.i + 1].lower_ if tok.i + 1 < len(whole) else ""
            if after not in _OTHER_CONGRESS_AFTER and (before is None or (
                    before.lower_ not in _OTHER_CONGRESS_BEFORE and before.ent_type_ != "NORP")):
                return "'Congress' is the US Congress"
    for ent in doc.ents:
        if ent.label_ == "GPE" and _US_STATE.fullmatch(ent.text) \
                and (ent.text not in _CAPITAL_NAMES or capital_home):
            return f"'{ent.text}' is a US state"
    return None


# thirty-ninth session: a state's name that is first the US capital in agency copy ("TEHRAN - Parliament
# Speaker Ali Akbar Nateq-Nouri accused Washington of plotting ...": the speaker was USALEG); the state is
# "Washington state" or named beside other markers (us_states). Under a US dateline the capital named in the
# lead still sets it at home (`_lead_country` asks with `capital_home`)
_CAPITAL_NAMES = frozenset({"Washington"})


def _us_politics(doc: Any, date: str | None) -> str | None:
    """Why a text without a dateline is about US politics: it names a US party ("Republicans",
    "GOP") or a US person of the built-in office-holder table ("Obama"); None when it names neither.
    A legislature or court role with no country in such a text ("the Senate", "the Supreme Court")
    is the US one (phrases.resolve_text)."""
    table = actor_dictionary.builtin()
    text = doc_text(doc)
    for tok in doc if any(word in text for word in _US_PARTY_WORDS) else ():
        if tok.text in _US_PARTY_WORDS and not (tok.i and doc[tok.i - 1].ent_type_ == "NORP"):
            return f"'{tok.text}' names a US party"  # not "Irish Republicans", "Swedish Democrats"
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            known = table.lookup_person(ent.text, date)
            if known is not None and known.country == "USA":
                return f"'{ent.text}' is {known.name}, a US figure of the office-holder table"
    return None


# a monitoring service's header: "Text of report by Congolese radio on 22 August", "Excerpt from report in
# English by Iranian news agency IRNA", "Summary of commentary by Syrian television"
_MONITORED = re.compile(
    r"\b(?:Text|Excerpts?|Summary|Editorial|Commentary) (?:of|from) (?:an? )?(?:report|commentary|editorial|"
    r"article|broadcast|interview|statement|programme|program)(?: in [A-Z][a-z]+)? (?:by|on|from|carried by|"
    r"published by) (?:the )?(?:(?:state|official|state-run|state-owned|government-owned|privately-owned|"
    r"independent|private|pro-government|opposition) )*([A-Z][A-Za-z-]+)")


def _monitored_media(ctx: Context, text: str) -> bool:
    """Without a dateline, a monitoring service's header ("Text of report by Congolese radio on 22
    August") places the report as a dateline would: the country of the media it translates (stories28:
    "Government forces ... have repulsed a rebel attack" over Congolese radio is Congo's army). Says
    whether it did."""
    found = _MONITORED.search(text[:600])
    if found is None:
        return False
    place = countries.lookup(found.group(1), cities=False)
    if place is None or place.kind in ("city", "capital", "state", "province"):
        return False  # ("Text of report by Tehran radio": a city's radio may be any state's service)
    ctx.country, ctx.inferred = place.iso3, False
    name = countries.gazetteer().name_of(place.iso3)
    ctx.reason = f"'{found.group(0)}': a monitored report of {possessive(name)} media"
    return True


def _main_country(ctx: Context, doc: Any, regions: list[tuple[int, int]]) -> None:
    """Without a dateline or agency, a story that is mostly about one country gives that country
    to its unqualified state bodies: at least 3 place mentions, 60 % of them one country's."""
    tally: dict[str, int] = {}
    short = len(doc) <= 80
    # in one sentence, a country the speaker's quotation acts on is whom they talk about ("We have
    # asked the Norwegian government ...," the government's spokesman said), not whose they are; a
    # quoted subject ("Britain will not negotiate," the prime minister said) is their own
    quoted = [m.span() for m in _QUOTATION.finditer(doc_text(doc))] if short else []
    counted: set[int] = set()  # tokens of the place mentions tallied
    for ent in doc.ents:
        visible = any(s <= ent.start_char and ent.end_char <= e for s, e in regions)
        if not visible or _visitors(ent) or (_addressed(ent) and any(
                s < ent.start_char and ent.end_char < e for s, e in quoted)):
            continue  # "Norwegian mediators" in Colombo: the mediators' country is not the story's
        # a capital NER took for an organisation after "to"/"in" ("flew to Colombo") is a place too
        at_place = ent.label_ in ("ORG", "PERSON") and ent.start > 0 \
            and doc[ent.start - 1].lower_ in ("to", "in", "at", "from")
        if ent.label_ in ("GPE", "NORP") or at_place:
            place = countries.lookup(ent.text, cities=ent.label_ == "GPE")
            if place is not None and (not at_place or place.kind in ("capital", "country")):
                tally[place.iso3] = tally.get(place.iso3, 0) + 1
                counted.update(range(ent.start, ent.end))
        elif ent.label_ == "LOC":
            # a country the model tags as a location ("Ivory Coast") is a place mention too (lead34)
            place = countries.lookup(ent.text, cities=False)
            if place is not None and place.kind == "country":
                tally[place.iso3] = tally.get(place.iso3, 0) + 1
        elif ent.label_ in ("PERSON", "ORG") and len(ent) == 1:
            # a nationality NER took for a name ("The Ugandan government", "Ugandan" tagged PERSON)
            # still says whose story it is
            place = countries.lookup(ent.text, cities=False)
            if place is not None and place.kind == "demonym":
                tally[place.iso3] = tally.get(place.iso3, 0) + 1
    # a country's name the NER left untagged ("Nigeria hanged ...") is a place mention all the same (lead34)
    for tok in doc:
        if tok.lower_ in _DIVISION_WORDS and any(s <= tok.idx < e for s, e in regions):
            division = _named_division(doc, tok, counted)
            if division is not None:
                tally[division] = tally.get(division, 0) + 1
        if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and \
                any(s <= tok.idx and tok.idx + len(tok) <= e for s, e in regions) and \
                not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") and \
                not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
            place = countries.lookup(tok.text, cities=False)
            if place is not None and place.kind == "country":
                tally[place.iso3] = tally.get(place.iso3, 0) + 1
    total = sum(tally.values())
    if not total:
        _bodies_country(ctx, doc, regions, short)
        return
    top, count = max(tally.items(), key=lambda item: item[1])
    # a short text that names one country only ("Judge X charged 28 Chilean officials") is about it
    # a short text that names two countries or more ("Mulroney ... the U.S ... Canada") is one report
    # between them: a majority says which is named more, not whose its bodies are (a 3-of-4 rule was
    # tried and lost triples on both halves of the real-news set: "offered Navy warships" took USA)
    if count >= 0.6 * total and ((total >= 3 and not short) or (len(tally) == 1 and short)):
        ctx.country, ctx.inferred = top, True
        ctx.reason = f"the story's main country ({count} of {total} place mentions)"


# thirty-fourth session (wip/actors36): the kind words of a federation's divisions (subdivisions.py)
_DIVISION_WORDS = frozenset({"state", "province"})
_DIVISION_KINDS = frozenset({"province", "state", "alias", "city"})


def _named_division(doc: Any, tok: Any, counted: set[int]) -> str | None:
    """The country of a state or province named by its kind word, whatever NER made of the name: "the
    southern state of Tamil Nadu" (NER: PERSON), "the western state of Michoacan" (NORP), "Rivers state"
    (untagged) are places of the story's country. Only a division or a town counts (a "state of
    emergency" names none); a name already tallied as an entity is not counted twice."""
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].pos_ == "PROPN":
        start = end = tok.i + 2
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and end - start < 3:
            end += 1
        key = doc[start:end + 1].text
    elif tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper():
        start = end = tok.i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and end - start < 3:
            start -= 1
        key = doc[start:tok.i + 1].text
    else:
        return None
    if any(i in counted for i in range(start, end + 1)):
        return None
    # "Rivers state" is known only with its kind word; "Lagos state" by the town's name
    place = countries.lookup(key) or countries.lookup(doc[start:end + 1].text)
    return place.iso3 if place is not None and place.kind in _DIVISION_KINDS else None


def _bodies_country(ctx: Context, doc: Any, regions: list[tuple[int, int]], short: bool) -> None:
    """A short text that names no place but parties, movements or armed groups of one country is about
    that country ("The Pakistan Peoples Party accused the military government ...": Pakistan's; "Hezbollah
    guerrillas attacked an army post": Lebanon's), as a dateline would say (sixteenth session)."""
    if not short:
        return
    homes = {home for ent in doc.ents if ent.label_ in ("ORG", "PERSON", "NORP")
             and any(s <= ent.start_char and ent.end_char <= e for s, e in regions)
             and (home := body_home(ent.text)) is not None}
    if len(homes) == 1:
        ctx.country, ctx.inferred = homes.pop(), True
        ctx.reason = "the parties and groups the story names are all of one country"


_QUOTATION = re.compile(r'"[^"\n]{3,}?"|\u201c[^\u201d\n]{3,}?\u201d')
# Outsiders a story's country receives: their nationality says who came, not whose story it is.
_VISITOR_NOUNS = frozenset({"mediator", "mediators", "facilitator", "facilitators", "monitor", "monitors",
                            "observer", "observers", "peacekeeper", "peacekeepers", "envoy", "envoys",
                            "delegation", "delegations", "broker", "brokers"})


def _addressed(ent: Any) -> bool:
    """A country a clause acts on or talks about ("asked the Norwegian government", "to Turkish
    pressure"), not its subject ("Britain will not negotiate"): the object of a verb or preposition."""
    tok = ent.root
    while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head is not tok:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("dobj", "pobj", "dative", "obj")


def _visitors(ent: Any) -> bool:
    """A nationality qualifying mediators, monitors or an envoy ("Norwegian mediators")."""
    return ent.label_ == "NORP" and ent.root.dep_ == "amod" and ent.root.head.lower_ in _VISITOR_NOUNS


@lru_cache(maxsize=1)
def _long_names() -> re.Pattern[str] | None:
    """Listed names of three words or more ("Kim Jong Un", "Choe Son Hui"), longest first."""
    forms = sorted((f for f in actor_dictionary.builtin().forms if len(f.split()) >= 3), key=len,
                   reverse=True)
    return re.compile("|".join(map(re.escape, forms))) if forms else None


# a lower-case letter run into a capital, or a mention ending in a lower-case run ("Sungand")
_RUN_IN = re.compile(r"[a-z][A-Z]|[A-Z][a-z]*[a-z]$")


def _run_in_name(text: str) -> tuple[int, str] | None:
    """(offset, name) of a listed three-word name a title or the next word is run into, with no
    space ("PresidentKim Il Sungand"); None when the mention has no such run-in."""
    pattern = _long_names()
    if pattern is None or not _RUN_IN.search(text):
        return None
    for match in pattern.finditer(text):
        before, after = text[:match.start()], text[match.end():]
        if (before[-1:].islower() and before[-1:].isalpha()) or after[:1].islower():
            return match.start(), match.group()
    return None


# the words that name a settlement or region before its name ("the port city of Buchanan")
_PLACE_NOUNS_BEFORE = _LEAD_PLACE_NOUNS | {"island", "county", "enclave", "outpost"}
_NAMED_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_PLACE_NOUNS_BEFORE)) + r") of\s+$", re.I)


def _is_role(tok: Any) -> bool:
    return tok.lower_ in sectors.ROLE_NOUNS or tok.lower_ in sectors.TITLES


def _place_text(text: str) -> bool:
    """Whether the whole text is a country, nationality or alias ("Sri Lankan", "Benin")."""
    place = countries.lookup(text, cities=False)
    return place is not None and place.kind in ("country", "alias", "demonym")


def _role_key(head: Any) -> str | None:
    """The role a noun heads, with the compound before it when that is the role ("border guards",
    "army chief"), else the noun alone; None when it is no role."""
    doc = head.doc
    if head.i > 0 and doc[head.i - 1].dep_ == "compound" and doc[head.i - 1].head == head:
        first = doc[head.i - 1].lower_
        pair = f"{first} {head.lower_}"
        if pair in sectors.ROLE_NOUNS or pair in sectors.TITLES:
            return pair
        if _is_role(head) and _role_sector(first):
            return pair  # "army officers", "police officers": the service noun says which
        if first in _SIDE_WORDS and (head.lower_ in _SIDE_MEMBERS or head.lower_ in sectors.SIDE_HOLDINGS):
            return pair  # "opposition candidates", "rebel positions": the side is the role
        if first in _SERVICE_WORDS and not _is_role(head) and head.lower_ not in _CIVIL_PLACES:
            return pair  # "army bulldozers", "police helicopters": the service's equipment acts for it
    if head.i > 0 and doc[head.i - 1].dep_ == "amod" and doc[head.i - 1].head == head:
        first = doc[head.i - 1].lower_
        if first in sectors.SECTOR_MODIFIERS and (_is_role(head) and _role_sector(first)
                                                  or head.lower_ in _BODY_NOUNS):
            # "Argentine military officers" MIL, "a U.S. congressional commission" LEG: an adjective of a
            # branch of the state says which (the parser makes it amod, not compound)
            return f"{first} {head.lower_}"
    return head.lower_ if _is_role(head) else None


def _shared_head(root: Any) -> Any:
    """The noun a nationality shares with the nationality after it, when the parser made the first
    a head of its own ("scores of Sierra Leonean and Liberian refugees": "Leonean" + conj "refugees");
    the token itself otherwise."""
    if root.pos_ not in ("PROPN", "ADJ", "NOUN") or root.ent_type_ not in ("NORP", "GPE", "ORG", ""):
        return root
    if root.ent_type_ == "GPE" and (place := countries.lookup(root.text)) is not None and \
            place.kind in ("capital", "city", "province", "state"):
        return root  # a city is a party of its own, never a nationality: "Manila and Muslim rebels"
    for conj in root.children:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in conj.children):
            return conj
    return root


def _counted(root: Any) -> bool:
    """Whether a plural is a counted group ("100 Palestinians", "thousands of Nigerians", "some
    Kurds"), not the whole people."""
    if any(c.dep_ in ("nummod", "quantmod") or (c.dep_ in ("amod", "det") and c.lower_ in _SOME)
           for c in root.children):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBG" for c in root.children):
        return True  # "Palestinians living in the West Bank": the people of a place, not the nation
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _GROUP_COUNTS


def _role_sector(key: str) -> str:
    """The sector of a role key; a compound the tables lack takes its first noun's ("army
    officers" MIL, "police commanders" COP: the service before an office or rank says whose)."""
    sector = sectors.ROLE_NOUNS.get(key) or sectors.TITLES.get(key)
    if sector is None and " " in key:
        first, last = key.split(" ", 1)[0], key.rsplit(" ", 1)[1]
        sector = sectors.ROLE_NOUNS.get(first) or sectors.TITLES.get(first)
        if sector in _COURT_FIELDS and sectors.ROLE_NOUNS.get(last) == "JUD":
            sector = "JUD"  # fortieth session: "a press court", "the labour court" judge those fields
    return sector or ""


# land one is "on" rather than "in" ("a university on the occupied West Bank"): an on-phrase places a role
# phrase only with one of these heads (fortieth session)
_ON_LANDS = frozenset({"bank", "strip", "heights", "island", "islands", "peninsula"})


# sectors of the first noun of a compound that name a court's field, not whose court it is
_COURT_FIELDS = frozenset({"MED", "LAB", "BUS", "EDU", "AGR", "CVL"})


def _head_of(root: Any) -> Any:
    """The noun a modifier qualifies, through coordination ("Hungarian and Romanian officials");
    the token itself when it qualifies nothing."""
    tok = root
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ not in _MODIFIER_DEPS or tok.head == tok:
        return root
    return tok.head


def _modifier_words(doc: Any, start: int) -> str:
    """The words just before a name that the parser hangs on it or its title as modifiers ("dissident
    playwright Vaclav Havel", "Guerrilla leader Yoweri Museveni"): up to three, never a verb or a word of
    another phrase ("The opposition accused President Kim": nothing)."""
    words: list[str] = []
    i = start - 1
    while i >= 0 and len(words) < 3:
        tok = doc[i]
        if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i <= tok.i \
                or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        words.insert(0, tok.text)
        i -= 1
    return " ".join(words)


_SIDE_TITLE_WORDS = {"dissident": "OPP", "opposition": "OPP", "rebel": "REB", "guerrilla": "REB"}
# the words of a movement's titles that name its cause, not its arms ("independence leader"): over a table's
# opposition row they say nothing of a rebel side
_CAUSE_TITLE_WORDS = frozenset({"independence", "pro-independence", "resistance"})


def _side_title(titled: Actor | None, holder: Actor | None, title: str) -> Actor | None:
    """A man the table lists in a later office, named by a side's title ("dissident leader Kim Dae-jung",
    "opposition candidate X", "rebel leader Y") in the sentence: the title tells the story's years, so he is
    that side (thirty-second session; at the GSR placeholder date Kim Dae-jung held the presidency). None
    when the title names no side or the table does not place him in a governing office of the same state
    (or, for a rebel title, in the opposition his movement became)."""
    if holder is None or holder.sector not in ("GOV", "ELI", "OPP") or not holder.country:
        return None
    if holder.sector == "OPP":
        if any(w in _CAUSE_TITLE_WORDS for w in title.lower().split()):
            return None  # "Kosovo independence leader Ibrahim Rugova": a cause, not arms (thirty-ninth)
        # a rebel leader whose movement the table lists only as the party it became ("Renamo rebel leader
        # Afonso Dhlakama"): the rebel title tells the story's years (lead35)
        if titled is not None and titled.sector == "REB" and titled.country not in (None, holder.country):
            return None  # another state's rebels
        said = {_SIDE_TITLE_WORDS.get(w) for w in title.lower().split()}
        sector = "REB" if "REB" in said or titled is not None and titled.sector == "REB" else ""
        if not sector:
            return None
    elif titled is not None and titled.sector in ("OPP", "REB"):
        if titled.country and titled.country != holder.country:
            return None
        sector = titled.sector or ""
    else:
        # a side word anywhere in a title no table reads whole ("dissident playwright Vaclav Havel")
        sector = next((_SIDE_TITLE_WORDS[w] for w in title.lower().split() if w in _SIDE_TITLE_WORDS), "")
        if not sector:
            return None
    return Actor(name=holder.name, code=holder.country + sector, country=holder.country, sector=sector,
                 reasons=[*holder.reasons, f"the title before the name makes him {sector_name(sector)} in "
                                           "the story's years, whatever office the table gives him later"])


# a trade union's word before a title ("union leader Miron Cozma", "trade union chief X", "miners' union
# leader Y"; stories36): the union's officer is labour, not the government the bare title gives
_UNION_WORDS = frozenset({"union", "unions", "unionist", "trade-union"})


def _union_title(holder: Actor | None, title: str) -> Actor | None:
    """A person the title alone made his state's (no table lists him in a governing office), named by a
    trade union's title: that state's labour (LAB). None for any other title or a person of the tables."""
    if holder is None or holder.sector not in ("GOV", "") or not holder.country:
        return None
    words = title.split()
    # ("Union leader X" opening a sentence is the union's; "Soviet Union leader", "Freedom Union leader" a
    # state's or a party's)
    if not any(w.lower() in _UNION_WORDS and (i == 0 or not words[i - 1][:1].isupper()
                                              or words[i - 1].lower() in ("trade", "trades"))
               for i, w in enumerate(words)):
        return None
    if any("office holders" in r for r in holder.reasons):
        return None  # a person the tables list in office keeps it
    return Actor(name=holder.name, code=holder.country + "LAB", country=holder.country, sector="LAB",
                 reasons=[*holder.reasons, "a trade union's title before the name makes him labour"])


def _role_head(root: Any) -> Any:
    """The noun a nationality qualifies, or the role a place noun it qualifies owns: in "the British
    capital's mayor", "the Iraqi province's governor" the nationality places the capital, whose
    mayor is the role (tenth session, roles11: the country alone lost the mayor's GOV)."""
    head = _head_of(root)
    while head != root and _role_key(head) is None and head.dep_ in ("compound", "amod") \
            and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "South Korean riot police": the parser may hang the nationality on "riot"
    if head != root and head.dep_ == "compound" and head.head.i > head.i and _is_role(head.head) \
            and f"{head.lower_} {head.head.lower_}" in sectors.ROLE_NOUNS:
        head = head.head  # "Afghan government troops" parsed with "Afghan" on "government": the troops
    if head != root and head.lower_ in _OWNING_PLACES and head.dep_ == "poss" and head.head != head \
            and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return head


def _religion(text: str) -> tuple[str, str] | None:
    """(word, CAMEO religion code) when a mention starts with a religion ("Moslem fundamentalist")."""
    words = text.split()
    first = words[0].lower() if words else ""
    if first == "the" and len(words) > 1:
        first = words[1].lower()
    code = sectors.RELIGIONS.get(first)
    return None if code is None else (first, code)


def _cross_border_group(text: str) -> str | None:
    """The ethnic group a mention starts with, when it lives in several countries ("Hutu rebels")."""
    words = text.split()
    first = words[0].lower() if words else ""
    if first in ("ethnic", "the") and len(words) > 1:
        first = words[1].lower()
    return first if first in countries.CROSS_BORDER_GROUPS else None



def _visible_regions(article: Article, limit: int) -> list[tuple[int, int]]:
    """Headline and body spans: the only text mentions may come from."""
    regions: list[tuple[int, int]] = []
    if article.headline_start is not None and article.headline_end is not None:
        regions.append((article.headline_start, article.headline_end))
    end = article.body_end if article.body_end > article.body_start else limit
    regions.append((article.body_start, min(end, limit)))
    return regions


# "(R-Utah)", ", D-N.Y.", "(I-Vt.)": a US lawmaker's party and state after the name
_PARTY_STATE = re.compile(r"\s*(?:\(|,\s*)(?P<party>[RDI])-(?P<state>[A-Z][a-zA-Z.]*(?:\s[A-Z][a-zA-Z.]*)?)"
                          r"(?=\)|,|\s|$)")
# "X, who leads/heads/commands the Y": the relative clause names the person's body
_LEADS = re.compile(r"\s*,?\s+who\s+(?:now\s+|currently\s+)?"
                    r"(?P<verb>leads|heads|commands|chairs|directs|runs)\s+"
                    r"(?P<body>(?:the\s+)?[A-Z][^,;:()]*?)"
                    r"(?=\s*(?:[,;:()]|\.(?:\s|$)|\s(?:and|in|since|from|for)\s|$))")


def _leaders_government(name: str, head: str) -> Actor | None:
    """"the Reagan administration", "the Blair government": the government a listed head of
    government or state led, the country's GOV on any date (a retrospective in 2012 still means the
    government of the 1980s, not the former president, who is ELI now)."""
    table = actor_dictionary.builtin()
    form = name if name in table.forms else table.variant_of(name)
    entries = [e for e in table.forms.get(form or "", ()) if e.code[3:] == "GOV" and e.code[:3] not in
               ("IGO", "NGO", "IMG")]
    if not entries or len({e.code for e in entries}) != 1:
        return None
    entry = entries[0]
    country = entry.code[:3]
    span = f"{entry.start or '…'} to {entry.end or '…'}"
    reason = (f"'{name} {head}' is the government {entry.name} led ({entry.source}: {entry.code} for "
              f"{span}); the body keeps its code whatever the story's date")
    return Actor(name=f"the {name} {head}", code=country + "GOV", country=country, sector="GOV",
                 reasons=[reason])



# how far from a listed term a title before the name still says the office is held: the GSR records'
# one date (2000-01-01) stands for acts of the late 1990s; further away, a title is retrospective
# ("President Bush's performance" in 2016) or one of honour
TITLE_YEARS = 3


def _side_leader(table: Any, name: str, date: str | None, titles: set[str] | None) -> str | None:
    """The side sector (REB, OPP) of a person named by the bare title "leader" whom the table lists only in a
    side's posts, the nearest within TITLE_YEARS of the date; None otherwise (a governing term anywhere
    makes "leader" the governing word it is for heads of state)."""
    if not titles or not any(t.lower() == "leader" for t in titles) or not _listed(table, name) \
            or table.has_term(name, "GOV"):
        return None
    best: tuple[float, str] | None = None
    for side in ("REB", "OPP"):
        gap = table.years_from_office(name, date, side)
        if gap is not None and gap <= TITLE_YEARS and (best is None or gap < best[0]):
            best = (gap, side)
    return best[1] if best else None


def _listed(table: Any, name: str) -> bool:
    """Whether the table lists `name` at all (any term)."""
    return bool(table.forms.get(name.strip()))


def _governing_title(titles: set[str] | None) -> tuple[str, str] | None:
    """The longest title written before a name when it is a governing one ("premier" -> GOV); None when
    the longest says another office ("opposition leader", though "leader" alone is governing)."""
    longest = max(titles or (), key=len, default=None)
    sector = sectors.TITLES.get(longest.lower(), "") if longest else ""
    return (longest, sector) if longest and sector.startswith("GOV") else None


# verbs whose subject is no holder acting in office ("President Reagan died", "... was buried")
_NOT_IN_OFFICE_VERBS = frozenset({"die", "be", "remember", "mourn", "bury", "honour", "honor", "celebrate",
                                  "retire", "live", "recover", "undergo", "suffer", "turn", "marry", "lie",
                                  "recall", "write", "publish"})
# acts only a holder of a state's office does ("Reagan vetoed the bill", "Marcos imposed a curfew")
_HOLDER_ACTS = frozenset({"order", "veto", "decree", "pardon", "dissolve", "impose", "appoint", "sack",
                          "dismiss", "declare", "proclaim", "deploy", "authorize", "authorise", "freeze",
                          "sever", "expel", "nominate", "ratify"})


# acts that remove a person from the office he holds ("the army ousted President Ntibantunganya")
_REMOVALS = frozenset({"oust", "topple", "depose", "unseat", "overthrow", "dismiss", "sack", "impeach"})
_ACTIVE_FORMS = frozenset({"VBD", "VBZ", "VBP", "VB", "VBG"})  # "seized power, ousting President X" too


def _removed(ent: Any) -> bool:
    """Whether the mention is the object of an active verb that removes a person from office ("the army
    ousted President Sylvestre Ntibantunganya", "toppled the country's first elected president, Mahamane
    Ousmane"): the person held the office when removed, whatever the table's dates (parse36)."""
    root = ent.root
    if root.dep_ == "appos":
        root = root.head
    verb = root.head
    return root.dep_ == "dobj" and verb.lemma_ in _REMOVALS and verb.tag_ in _ACTIVE_FORMS \
        and not any(c.dep_ == "auxpass" for c in verb.children)


def _acting(ent: Any) -> str:
    """"act" when the mention is the subject of an active verb of `_HOLDER_ACTS`, "title" when of another
    active verb, "" otherwise (a possessor, an object, a passive subject, a statue's honoree)."""
    root = ent.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "Reagan and Gorbachev signed ..."
    if _removed(ent):
        return "title"  # a person ousted or deposed from an office held it (parse36)
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return ""
    verb = root.head
    if verb.lemma_ in _NOT_IN_OFFICE_VERBS or any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return ""
    return "act" if verb.lemma_ in _HOLDER_ACTS else "title"


def _rank_title(titles: set[str] | None) -> str | None:
    """A military rank among the titles written before a name ("Col.", "Gen."), or None."""
    return next((t for t in titles or () if sectors.TITLES.get(t.lower()) == "MIL"), None)


def _held_title(titles: set[str] | None) -> tuple[str, str] | None:
    """The governing title among those written before a name ("president" -> GOV), longest first;
    None for a title that makes no office holder (a spokesman, a prince) or no title at all."""
    for role in sorted(titles or (), key=len, reverse=True):
        sector = sectors.TITLES.get(role.lower(), "")
        if sector.startswith("GOV"):
            return role, sector
    return None


_WIRE_DASHES = frozenset({"-", "--", "\u2014"})


def _after_headline_dash(doc: Any, ent: Any) -> Any:
    """An entity NER ran across a headline in capitals and the lead it is run into ("ANGOLA ACCUSES ZAIRE
    - Angola on Tuesday accused ...": "ZAIRE - Angola" one ORG, Zaire's) is the lead's name after the
    spaced dash (parse36); any other entity is kept."""
    from spacy.tokens import Span

    for i in range(ent.start + 1, ent.end - 1):
        tok = doc[i]
        if tok.text in _WIRE_DASHES and doc[i - 1].whitespace_ and tok.whitespace_ and \
                all(t.text.isupper() for t in doc[ent.start:i]) and doc[i + 1].text.istitle():
            return Span(doc, i + 1, ent.end, label=ent.label_)
    return ent


def _hyphenated_country(doc: Any, ent: Any) -> Any | None:
    """The whole of a hyphenated country name NER cut at its hyphen ("Guinea-Bissau" tagged "Guinea"),
    as a place entity; None when the words after the hyphen make no country with it."""
    from spacy.tokens import Span

    end = ent.end
    if ent.label_ not in ("GPE", "LOC", "NORP") or end + 1 >= len(doc) or doc[end].text != "-" \
            or doc[end - 1].whitespace_ or doc[end].whitespace_ or not doc[end + 1].text[:1].isupper():
        return None
    text = doc[ent.start:end + 2].text
    place = countries.lookup(text, cities=False)
    first = countries.lookup(ent.text, cities=False)
    if place is None or place.kind != "country" or (first is not None and place.iso3 == first.iso3):
        return None
    return Span(doc, ent.start, end + 2, label="GPE")


# the sectors of a group whose own posts ("secretary-general", "president") are no state's office
_GROUP_SECTORS = frozenset({"REB", "UAF", "OPP", "PTY", "SEP", "INS"})


# the kind words written between a group's name and its post ("KLA political representative", "PLO
# military commander")
_POST_KINDS = frozenset({"political", "military", "senior", "chief", "deputy", "field", "top"})


def _group_name_before(words: list[str], lower: list[str], at: int) -> bool:
    """Whether a group's name is written right before the title at `at`: an acronym that names no country
    ("RCD", "ANC", "MLC"; not "US", "UK"), or a side, party or rebel group the tables list ("Congolese Rally
    for Democracy"). Capitalised words of a title or a sentence's start ("Foreign Minister", "Former Prime
    Minister", "Exiled opposition leader") are not a group's name (forty-second session)."""
    core = words[at - 1].split("-")[0]
    if len(core) >= 2 and core.isalpha() and core.isupper() \
            and countries.lookup(words[at - 1], cities=False) is None:
        return True
    for n in (1, 2, 3, 4, 5):
        if at - n >= 0:
            row = sectors.INSTITUTIONS.get(" ".join(lower[at - n:at]))
            if row is not None and row[1] in _GROUP_SECTORS:
                return True
    return False


def _organisation_before(words: list[str], at: int) -> bool:
    """Whether the capitalised word before "leader" names an organisation, not a country or a nationality
    ("Inkatha Freedom Party leader", "Sinn Fein leader"; not "North Korean leader", "Libyan leader")."""
    if at == 0 or not words[at - 1][:1].isupper():
        return False
    return countries.lookup(words[at - 1], cities=False) is None and \
        countries.lookup(" ".join(words[max(0, at - 2):at]), cities=False) is None
