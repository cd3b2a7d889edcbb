"""Who did it and to whom: the actors of an event's source and target phrases in the parse.

Every actor comes back as (Actor, start, end, token): the actor (from the actors stage, or built
here with its reason), the character span it was read from, and the token it hangs on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..entity_index import entity_index
from ..nlp.actors import countries, sectors
from ..nlp.actors.dictionary import loyal_men_sector
from ..nlp.actors.phrases import (
    FOREIGN_WORDS,
    HOSTED_POSTS,
    MAKER_TAILS,
    SIDE_ARMS,
    pair_of_sides,
    possessive,
    side_of_arms,
)
from ..nlp.actors.separatist_polities import authorities_side
from ..nlp.actors.venues import VENUE_GUESTS, venue_abroad
from ..records import Actor
from .act_nouns import CLAIM_NOUNS
from .actor_link import ActorLinker
from .border_place import border_place
from .cameo_guards import MEETING_NOUNS
from .dateline_target import lead_state
from .displaced import fled_places, stricken_places
from .lexicon import default_lexicon
from .parse import (
    BOUNDS,
    HARM_VERBS_OF_ATTACKS,
    PRONOUNS,
    VIOLENT_NOUNS,
    ancestors,
    coordinated_pobjs,
    doc_text,
    has_infinitive_to,
    judged_clause,
    kids,
    lemma,
    object_share_of,
    part_memo,
    points_back,
    relative_antecedent,
    sentence_of,
    shared_objects,
    subject_of,
    word_in_reach,
)
from .protest_aims import AIM_VERBS
from .purpose_goal import people_met, purpose_clause
from .recipients import between_parties, own_posted_place, place_conjuncts
from .shared_possessor import shared_role
from .triggers import LIGHT_VERBS, Trigger, helped_subject

# prepositions whose object can be an event's target, best first
TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "between", "from", "for", "over", "into",
                "behind", "at", "in", "about", "of")

# types whose unnamed recipient is the country where the event happens, or the actor's own country
LOCATED_TARGET = {"PROTEST", "COERCE", "MOBILIZE", "ASSAULT"}

DOMESTIC_TARGET = {"PROTEST", "COERCE", "RETREAT"}  # RETREAT: only asked for released people
# the sectors of people an act of coercion or a release is done to, when the object names no country
_OBJECT_SECTORS = frozenset({"OPP", "REB", "EDU", "LAB", "CVL", "REF", "MED", "REL", "AGR", "CRM", "NGO"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# people a protest or an attack can be aimed at, in a phrase the place rules read ("at Israeli soldiers")
_PEOPLE_NOUNS = frozenset({"soldier", "troop", "police", "policeman", "officer", "guard", "force",
                           "settler", "demonstrator", "protester", "civilian", "worker", "student"})
VERBAL_TYPES = frozenset({"REQUEST", "DEMAND", "AGREE", "REJECT", "THREATEN", "ACCUSE", "SUPPORT",
                          "CONSULT"})

NON_STATE = {"IGO", "NGO", "IMG", "MNC", "ISM", "---"}

# prepositions of a nested object that name the other party ("ties with X")
NESTED_PREPS = ("with", "between", "to", "toward", "towards", "against")

FORMER = {"former", "ex", "ex-"}

LOCATIVE = {"in", "at", "near", "throughout", "across", "outside", "inside", "through", "around"}
# force and its shows happen "off the coast of Taiwan" too; an agreement "on exploration off the Somali
# coast" is about the sea, not with it (lead27)
OFFSHORE_TYPES = frozenset({"MOBILIZE", "ASSAULT", "COERCE"})


def _faction(a: tuple[Any, int, int, Any]) -> bool:
    """An armed group named by its own name or its leader's ("the KDP", "Jalal Talabani's fighters"), not a
    bare "rebels" or "their fighters": a rebel or irregular code and a capitalised name."""
    name = a[0].name or ""
    return (a[0].code or "")[3:6] in ("REB", "UAF") and name.removeprefix("the ")[:1].isupper()


def _person(a: tuple[Any, int, int, Any]) -> bool:
    """The actor was read from a named person ("Hillary Clinton", "Senator John McCain"), or from a
    surname the tables resolved to one where the parser missed it ("Trump accused ...": a NOUN, no entity)."""
    tok = a[3]
    if tok is None:
        return False
    if tok.ent_type_ == "PERSON":
        return True
    words = a[0].name.split()
    named = len(words) > 1 and words[0].lower() != "the" and words[-1] == tok.text
    if named and tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_:
        return True
    # the small parser's label may disagree with the actors stage ("Trump criticized Romney": Trump
    # an ORG): a surname the office-holder table resolved to a named person is a person
    return named and tok.pos_ in ("PROPN", "NOUN") and any(r.startswith(OFFICE_HOLDERS) for r in a[0].reasons)


OFFICE_HOLDERS = "built-in office holders"  # the reason the actors stage gives a person of actor_leaders.csv


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


@dataclass(frozen=True)
class Exclusion:
    """What a target may not be: the source itself. A code stands for the source ("Japan" and
    "Tokyo", "President Obama" and "the White House" are one party), except between two named
    people: "Donald Trump criticized Hillary Clinton" is aimed at Clinton though both are USAELI,
    "Senator Smith" and "Smith" stay one person."""

    codes: frozenset[str] = frozenset()
    people: frozenset[tuple[str, str]] = frozenset()  # (code, surname) of each person source
    others: frozenset[str] = frozenset()  # codes of the sources that are no person
    factions: frozenset[tuple[str, str]] = frozenset()  # (code, name) of each named armed group source
    leaders: frozenset[str] = frozenset()  # the words of the people named inside those groups' phrases

    @classmethod
    def of(cls, sources: list[tuple[Any, int, int, Any]]) -> Exclusion:
        people = frozenset((a[0].code, _surname(a[0].name)) for a in sources if _person(a))
        others = frozenset(a[0].code for a in sources if not _person(a))
        groups = [a for a in sources if not _person(a) and _faction(a)]
        factions = frozenset((a[0].code, a[0].name) for a in groups)
        # ("Massoud Barzani's Kurdistan Democratic Party": Barzani is the group's own, never its rival)
        leaders = frozenset(t.lower_ for a in groups if a[3] is not None for t in a[3].subtree
                            if t.ent_type_ == "PERSON")
        return cls(codes=frozenset(a[0].code for a in sources), people=people, others=others,
                   factions=factions, leaders=leaders)

    def also(self, codes: set[str]) -> Exclusion:
        """The same, and every actor of `codes` besides (the source's own bare country)."""
        return Exclusion(codes=self.codes | codes, people=self.people, others=self.others | codes,
                         factions=self.factions, leaders=self.leaders)

    def blocks(self, a: tuple[Any, int, int, Any]) -> bool:
        code = a[0].code
        if code not in self.codes:
            return False
        if self.factions and (code, a[0].name) not in self.factions and _faction(a) \
                and any(c == code for c, _ in self.factions) \
                and (not _person(a) or _surname(a[0].name) not in self.leaders):
            # fortieth session: two named armed groups of one state share its REB code ("the Patriotic Union
            # of Kurdistan accused the Kurdistan Democratic Party", "the KDP accused Jalal Talabani's
            # fighters"): rival factions, each a party, as two named people are
            return False
        if code in self.others or not _person(a):
            return True
        return (code, _surname(a[0].name)) in self.people


def phrase_actors(head: Any, link: ActorLinker, *, deep: bool = True) -> list[tuple[Any, int, int, Any]]:
    """Actors named by the noun phrase headed by `head`: the head and its coordinated heads, each
    resolved through its modifiers ("Nigerian junior minister", "Doctors from two American groups")."""
    # the answer depends on the token, the sentence part and the article's linker only: a sentence asks
    # for the same phrase several times (subject, target candidates, speakers), so it is kept per part
    memo = part_memo(head)
    if memo is None:
        return _phrase_actors(head, link, deep=deep)
    key = ("phrase_actors", head.i, deep, id(link))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _phrase_actors(head, link, deep=deep)
    return list(found)  # a copy: callers extend their lists (`r.sources += ...`)


# plural nouns of a set of states or bodies whose members an "including", "such as", "like" or "among
# them" phrase may name: the named members are the parties (clauses28)
COLLECTIVE_NOUNS = frozenset({"country", "state", "nation", "government", "neighbour", "neighbor", "ally",
                              "power", "member", "donor", "partner", "capital", "regime", "democracy",
                              "economy", "group", "organisation", "organization", "agency"})
MEMBER_PREPS = frozenset({"including", "like"})


def named_members(head: Any) -> list[Any]:
    """The members a plural collective names by name: "several countries, including China and Russia",
    "Arab states such as Syria and Libya", "European states, among them Germany and Italy"."""
    if head.tag_ != "NNS" or lemma(head) not in COLLECTIVE_NOUNS:
        return []
    out = []
    for c in kids(head):
        if c.dep_ == "prep" and (c.lower_ in MEMBER_PREPS
                                 or c.lower_ == "as" and any(a.lower_ == "such" for a in kids(c))):
            out += [o for o in kids(c) if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        elif c.dep_ == "appos" and c.pos_ == "PROPN" and any(
                p.dep_ == "prep" and p.lower_ in ("among", "including") for p in kids(c)):
            out.append(c)
    return out


def _phrase_actors(head: Any, link: ActorLinker, *, deep: bool) -> list[tuple[Any, int, int, Any]]:
    members = [a for m in named_members(head) for a in _phrase_actors(m, link, deep=deep)]
    if members:
        return members
    heads = [head]
    if _counted(head) is not head:  # "scores of Sierra Leonean and Liberian refugees" (parsed as two
        heads.extend(c for c in kids(_counted(head)) if c.dep_ == "conj")  # conjoined nouns; gsrforce)
    for h in heads:  # a chain of any length: "Mordor, Rohan, Fornost and Bree"
        below = kids(h)
        heads.extend(c for c in below if c.dep_ == "conj" and c not in heads)
        # "Egypt's foreign minister Sameh Shoukry and his Sudanese counterpart": the parser hangs the
        # second party on the first one's name, set right after the title (lead25)
        heads.extend(g for a in below if a.dep_ == "appos" and h.i + 1 in (a.i, a.left_edge.i)
                     for g in kids(a) if g.dep_ == "conj" and g not in heads)
        # "Leonid Kuchma of Ukraine and Boris Yeltsin of Russia": the parser hangs the second person
        # on the first one's place; a conjunct with its own of/from-phrase is a second head
        heads.extend(g for p in below if p.dep_ == "prep" and p.lower_ in ("of", "from")
                     for o in kids(p) if o.dep_ == "pobj" for g in kids(o)
                     if g.dep_ == "conj" and g.pos_ == "PROPN" and g not in heads
                     and any(q.dep_ == "prep" and q.lower_ in ("of", "from") for q in kids(g)))
        # "strikes against Hamas positions in Gaza and Hezbollah targets in Lebanon": the same for a
        # second target hung on the first one's place, when it has a place of its own
        heads.extend(g for p in below if p.dep_ == "prep" and p.lower_ == "in"
                     for o in kids(p) if o.dep_ == "pobj" for g in kids(o)
                     if g.dep_ == "conj" and g.pos_ == "NOUN" and g not in heads
                     and any(q.dep_ == "prep" and q.lower_ == "in" for q in kids(g)))
    if len(heads) > 1 and _bare_title_of(head, heads[1:]):
        heads = heads[1:]
    if len(heads) == 2 and (whole := _one_name(head, heads[1], link)) is not None:
        return [whole]
    out: list[tuple[Any, int, int, Any]] = []
    seen: set[str] = set()
    for h in heads:
        pair = _paired_states(h) or _compass_pair(h)
        if pair:  # "the two Koreas": both states, each a party
            out.extend(a for a in pair if a[0].code not in seen)
            seen.update(a[0].code for a in pair)
            continue
        found = one_actor(h, link, deep=deep)
        # (the role-over-places test only where a coordinated place could take the role: it is rare)
        if found is not None and h is not head and h.dep_ == "conj" and h.ent_type_ == "GPE" and \
                _role_over_places(head):
            # "the foreign ministers of Poland, the Czech Republic and Hungary", where the parser hangs the
            # later places on the role noun: each place takes the role's sector (CZEGOV, not CZE)
            found = with_role_sector(head, found, link)
        if found is not None and found[0].code not in seen:
            seen.add(found[0].code)
            out.append(found)
        if found is not None and deep:
            out.extend(a for a in _of_conjuncts(h, found, link) if a[0].code not in seen
                       and not seen.add(a[0].code))  # type: ignore[func-returns-value]
        elif found is not None and h.pos_ != "PROPN" and role_sector(h) is None:
            out.extend(a for a in place_conjuncts(h, found, link) if a[0].code not in seen
                       and not seen.add(a[0].code))  # type: ignore[func-returns-value]
    # "Hungarian and Romanian officials": coordinated adjectives on one head, also on the counted noun
    # of a quantity ("dozens of Somali and Ethiopian refugees", gsrforce)
    counted = _counted(head)
    for c in kids(counted):
        if c.dep_ in ("amod", "nmod", "compound") and c.i < counted.i:  # "Eriadori and Calenardhon leaders"
            # "The Vietnamese and Laotian prime ministers": the parser may hang the second adjective on
            # the noun, beside the first, with the "and" on the first (lead25)
            beside = [g for g in kids(counted) if g.dep_ == "amod" and g.ent_type_ == "NORP" and g.i > c.i
                      and any(k.dep_ == "cc" and c.i < k.i < g.i for k in kids(c))]
            for g in [*(g for g in kids(c) if g.dep_ == "conj"), *beside]:
                if g.lower_ in KIND_ADJECTIVES and lemma(counted) in OPERATION_NOUNS:
                    continue  # "its economic and military aid": the kind of help, no army (stories36)
                hit = link.token_actor(g)
                if hit is not None:
                    found = with_role_sector(counted, (hit[0], hit[1], hit[2], g), link)
                    if found[0].code not in seen:
                        seen.add(found[0].code)
                        out.append(found)
    return shared_role(out, link) if out else out  # "Greece and Turkey's defence chiefs" (actors40)


_TITLE_HEADS = frozenset(key.split()[-1] for key in sectors.TITLES)


def _bare_title_of(head: Any, others: list[Any]) -> bool:
    """A title with no name joined to a titled name: one person with two offices ("Chinese Vice-Premier
    and Foreign Minister Qian Qichen", where the parser joins the first title to the name), not two
    parties (lead29)."""
    return head.lower_ in _TITLE_HEADS and head.ent_type_ != "PERSON" and head.i + 1 < len(head.doc) \
        and head.doc[head.i + 1].lower_ == "and" and any(
            h.dep_ == "conj" and h.head.i == head.i and h.ent_type_ == "PERSON"
            and any(c.dep_ == "compound" and c.lower_ in _TITLE_HEADS for c in h.subtree) for h in others)


# a divided country's plural names both states: "the two Koreas", "both Sudans"
PAIRED_STATES = {"koreas": (("KOR", "South Korea"), ("PRK", "North Korea")),
                 "sudans": (("SDN", "Sudan"), ("SSD", "South Sudan")),
                 "congos": (("COD", "the Democratic Republic of the Congo"),
                            ("COG", "the Republic of the Congo"))}


def _paired_states(h: Any) -> list[tuple[Any, int, int, Any]]:
    """Both states of "the two Koreas" / "both Koreas", one actor each on the plural's span."""
    states = PAIRED_STATES.get(h.lower_)
    if states is None:  # (nearly every head: no walk of its children; perf35)
        return []
    both = next((c for c in kids(h) if c.lower_ in ("two", "both")), None)
    if both is None:
        return []
    why = f"'{both.text} {h.text}' names both states"
    span = (h.idx, h.idx + len(h.text))
    return [(Actor(name=name, code=code, country=code, reasons=[f"{why}: {name}"]), *span, h)
            for code, name in states]


COMPASS = frozenset({"north", "south", "east", "west"})


def _compass_pair(h: Any) -> list[tuple[Any, int, int, Any]]:
    """Both states of "North and South Korea" / "East and West Germany": the parser hangs the first
    point on the name and the second on the first, and the entity reads as the second state only."""
    if h.pos_ != "PROPN":
        return []
    for first in kids(h):
        if first.dep_ not in ("nmod", "compound", "amod") or first.lower_ not in COMPASS or first.i > h.i:
            continue
        second = next((c for c in kids(first) if c.dep_ == "conj" and c.lower_ in COMPASS), None)
        if second is None:
            continue
        out = []
        why = f"'{first.text} and {second.text} {h.text}' names both"
        for point in (first, second):
            name = f"{point.text} {h.text}"
            place = countries.lookup(name, cities=False)
            if place is None:
                return []
            actor = Actor(name=name, code=place.iso3, country=place.iso3, reasons=[f"{why}: {place.reason}"])
            out.append((actor, point.idx, point.idx + len(point.text), h))
        return out
    return []


def _role_over_places(head: Any) -> bool:
    """`head` is a role noun with an of/from place: "the foreign ministers of Poland"."""
    if head.pos_ == "PROPN" or role_sector(head) is None:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("of", "from") and
               any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in kids(p)) for p in kids(head))


def _of_conjuncts(h: Any, found: tuple[Any, int, int, Any],
                  link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """A role noun over coordinated places, "the ambassadors of A, B and C": one actor per place,
    each with the role's sector (AGOV, BGOV, CGOV)."""
    if h.pos_ == "PROPN":
        return []
    if role_sector(h) is None:
        return place_conjuncts(h, found, link)  # "officials from Japan, South Korea and China" (tgt13)
    out = []
    for p in kids(h):
        if p.dep_ != "prep" or p.lower_ not in ("of", "from", "in"):
            continue
        for o in (g for g in kids(p) if g.dep_ == "pobj"):
            for g in o.subtree:
                if g.dep_ == "conj" and g.i != o.i:
                    hit = one_actor(g, link, deep=False)
                    if hit is not None:
                        out.append(with_role_sector(h, hit, link))
    return out


# adjectives that say what kind an operation is, not whose ("military operations", "police action")
KIND_ADJECTIVES = frozenset({"military", "naval", "police", "paramilitary", "armed", "guerrilla", "civilian"})
OPERATION_NOUNS = frozenset({"operation", "action", "activity", "campaign", "exercise", "manoeuvre",
                             "maneuver", "offensive", "hostility", "buildup", "build-up", "presence",
                             # help and ties of a kind: "suspended its military aid to Haiti", "cut military
                             # ties with Israel" name the recipient in their own phrase (stories36)
                             "aid", "assistance", "cooperation", "co-operation", "tie", "link", "relation",
                             "contact", "supply", "training",
                             # "pledged continued military support for the government of Congo" (lead39)
                             "support", "backing", "help",
                             # goods of a kind: "an embargo on oil, arms and military equipment against
                             # Sierra Leone's junta" names no army under an ABUJA dateline (leads42)
                             "equipment", "hardware", "materiel", "technology", "goods", "sale", "export",
                             "import"})
# places a faith or a people may be named before ("the Moslem enclave of Gorazde", "a Christian village")
SETTLEMENTS = frozenset({"enclave", "town", "village", "city", "district", "quarter", "area", "region",
                         "suburb", "neighbourhood", "neighborhood", "stronghold", "province"})
# nouns of a state whose of-phrase names it ("the republic of Macedonia")
STATE_NOUNS = frozenset({"republic", "kingdom", "emirate", "principality", "sultanate"})
# nouns that a group's name follows in apposition ("the rebel group MNLA")
GROUP_NOUNS = {"group", "organization", "organisation", "movement", "faction", "militia", "front"}
# the armed men of a named group: "Ethnic Albanian guerrillas of the Kosovo Liberation Army" are the KLA's,
# not Albania's (twenty-eighth session)
MEN_OF_GROUP = frozenset({"guerrilla", "rebel", "militant", "fighter", "gunman", "gunmen", "militiaman",
                          "militiamen", "separatist", "extremist", "insurgent", "commando"})
_ARMED = frozenset({"REB", "UAF", "MIL"})


# participles of a sponsor: "Russian-backed separatists", "Iranian-funded militias" are not the
# sponsor's own (the actors stage's sponsor tails say the same)
SPONSORED = {"backed", "sponsored", "supported", "funded", "armed", "trained", "aligned", "allied",
             "inspired", *MAKER_TAILS}  # "Russian-made jets": nor is the maker their user
# a country named only as a measure or a model: "a Switzerland-sized zone", "Soviet-style planning" are
# neither the country's nor in it (stories28)
LIKENESS = {"sized", "size", "style", "styled", "type", "like", "scale"}


def separate_name(c: Any, h: Any) -> bool:
    """A country's name before an adjective of the noun it hangs on is a noun phrase of its own, not
    the noun's qualifier: "offered Jordan new F-16 fighters", "sold Pakistan advanced missiles" (the
    recipient the parser joined to the object). A qualifying name follows the adjectives ("new Jordan
    army units"); a possessor keeps its "'s" ("Iraq's new government"). Only right after the verb whose
    object the noun is: "the U.S. top diplomat" is one phrase."""
    return c.i < h.i and c.ent_type_ == "GPE" and c.pos_ == "PROPN" and h.dep_ == "dobj" and \
        h.doc[c.left_edge.i - 1].i == h.head.i and \
        not any(g.dep_ == "case" for g in kids(c)) and \
        any(t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.i == h.i for t in h.doc[c.i + 1:h.i])


# people named by what befell them: a town before them names where it happened
VICTIM_NOUNS = frozenset({"victim", "survivor"})


def _event_town(mod: Any, head: Any) -> bool:
    """A town or state named before the victims of something ("the Benghazi victims", "the families of
    the Orlando victims") says where it happened, not whose they are: Benghazi's victims were American.
    Only a city or state of the gazetteer, never a country or its capital ("the Syrian victims")."""
    if lemma(head) not in VICTIM_NOUNS or mod.pos_ != "PROPN":
        return False
    words = [t for t in mod.subtree if t.i < head.i and t.pos_ == "PROPN"]
    place = countries.lookup(" ".join(t.text for t in words)) if words else None
    return place is not None and place.kind in ("city", "state", "province")


_SECOND_IN_RANK = frozenset({"deputy", "vice", "assistant", "acting"})


def _title_part(c: Any, h: Any) -> bool:
    """Whether the words from the modifier `c` to the head `h` are one title ("deputy prime minister",
    "vice foreign minister", "prime minister")."""
    words = [t.lower_ for t in h.doc[c.i:h.i + 1]]
    if any(t.head.i != h.i or t.dep_ != "compound" for t in h.doc[c.i:h.i]):
        return False
    title = " ".join(words)
    return title in sectors.TITLES or (
        words[0] in _SECOND_IN_RANK and len(words) > 1 and " ".join(words[1:]) in sectors.TITLES)


def one_actor(h: Any, link: ActorLinker, *, deep: bool) -> tuple[Any, int, int, Any] | None:
    # a proper name is its own actor ("NATO-member Norway"); for a role noun the modifiers left of it
    # name the country or body ("a State Department spokesperson", "Serbia's prime minister")
    if h.lower_ in WATERS or h.lemma_.lower() in WATERS:
        return None  # "the South China Sea", "the Gulf of Oman": waters are no actor
    named = h.pos_ == "PROPN" and h.ent_type_ != ""  # a tagged name, not "ministry" mis-tagged PROPN
    split_name = h.pos_ == "PROPN" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in kids(h))
    if named or split_name:
        # (also a name the tagger split, "leader Aung San Suu Kyi" with only "Aung San" tagged: the
        # person's own code, not the title's before it, when it is a person's, with a sector; a bare
        # country is a place's: "Maria Corina Machado" is no Brazilian town; lead27)
        hit = link.token_actor(h)
        if hit is not None and (named or len(hit[0].code or "") > 3):
            return (hit[0], hit[1], hit[2], h)
    if h.lower_ in STATE_NOUNS:
        # "the former Yugoslav republic of Macedonia", "the Soviet republic of Georgia": the state its
        # of-phrase names, not the union the adjective names (lead30)
        for o in (g for p in kids(h) if p.dep_ == "prep" and p.lower_ == "of"
                  for g in kids(p) if g.dep_ == "pobj"):
            hit = link.token_actor(o)
            if hit is not None and len(hit[0].code or "") == 3:
                return (hit[0], hit[1], hit[2], o)
    if h.lemma_.lower() in GROUP_NOUNS:
        # "the Basque separatist group ETA", "the militant group Hamas": the group is the name in
        # apposition, whose code says whose and what it is; the nationality before it only places it
        for c in kids(h):
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "NORP", "PERSON"):
                hit = link.token_actor(c)
                if hit is not None:
                    return (hit[0], hit[1], hit[2], c)
    if h.lemma_.lower() in MEN_OF_GROUP or h.lower_ in MEN_OF_GROUP:
        for prep in kids(h):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for g in kids(prep):
                if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("ORG", "NORP"):
                    hit = link.token_actor(g)
                    code = (hit[0].code or "") if hit is not None else ""
                    if hit is not None and (code[3:6] in _ARMED or code[:3] == "IMG"):
                        return (hit[0], hit[1], hit[2], g)
    if any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in kids(h)):
        # "Charles Taylor's NPFL guerrillas": the armed group named, not the leader before it, whose dated
        # office (LBRGOV on 2000-01-01) is not his men's (actors31)
        for c in kids(h):
            if c.dep_ in ("compound", "nmod", "amod") and c.i < h.i and c.ent_type_ in ("ORG", "NORP"):
                hit = link.token_actor(c)
                code = (hit[0].code or "") if hit is not None else ""
                if hit is not None and (code[3:6] in _ARMED or code[:3] == "IMG"):
                    return (hit[0], hit[1], hit[2], c)
    based = None
    for c in kids(h):  # (in text order: spaCy lists a word's left children, then its right ones)
        if c.tag_ == "PRP$" or c.lower_ in PRONOUNS:
            continue  # "Our troops": the role noun names the actor, never the pronoun alone
        if c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ in sectors.TITLES and not role_sector(h):
            continue  # "a general strike", "a general election": an adjective, no army rank
        if c.dep_ == "amod" and c.lower_ in KIND_ADJECTIVES and lemma(h) in OPERATION_NOUNS:
            continue  # "a cessation of military operations": the kind of act, no army of its own (lead30)
        if c.dep_ in ("amod", "compound") and c.lower_ in sectors.RELIGIONS and lemma(h) in SETTLEMENTS:
            continue  # "the Moslem enclave of Gorazde": a place and its people, not a faith (lead30)
        if c.dep_ == "compound" and c.i < h.i and _event_town(c, h):
            continue  # "the Benghazi victims", "the Orlando victims": where it happened, not whose they are
        if c.dep_ == "compound" and c.i < h.i and not named and _title_part(c, h):
            # "Pakistani Deputy Prime Minister": "Deputy" is a word of the title, no legislator of its
            # own; the whole phrase says whose office it is (PAKGOV, not the dateline's LEG)
            lo = min(t.i for t in c.subtree)
            start, end = h.doc[lo].idx, h.idx + len(h.text)
            titled = link.actor(start, end)
            if titled is not None:
                return (titled, start, end, h)
            continue
        if c.dep_ == "amod" and c.lower_.endswith("-led") and _body_after(c, h, link):
            continue  # "U.S.-led NATO troops": the leader says who leads the body, the body is the actor
        if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod") and c.i < h.i:
            hit = link.token_actor(c)
            if hit is not None and not named and c.dep_ == "poss":
                hit = _nation_of_possessor(c, hit, link)
                if c.ent_type_ == "PERSON" and role_sector(h) in ARMED_ROLES:
                    # "bombed Charles Taylor's rebels", "Mobutu's soldiers": the leader's armed men, of their
                    # own sector (LBRREB), not the leader's dated office (LBRGOV; lead40), as "troops of"
                    # and "forces loyal to" a leader are (leaders_men)
                    return leaders_men(h, (hit[0], hit[1], hit[2], c), link)
            if hit is not None and c.dep_ == "compound" and f"{c.lower_} {h.lower_}" in sectors.ROLE_NOUNS \
                    and len(hit[0].code or "") > 3 and not named:
                # "Afghan government troops": "government" is part of the role, whose sector wins (AFGMIL)
                bare = Actor(name=hit[0].name, code=hit[0].code[:3], country=hit[0].code[:3],
                             reasons=list(hit[0].reasons))
                return with_role_sector(h, (bare, hit[1], hit[2], c), link)
            if hit is not None and separate_name(c, h):
                return (hit[0], hit[1], hit[2], c)
            if hit is not None:
                # "the Calenardhon government", "Arnor's foreign minister": the country from the
                # modifier, the sector from the role noun (ARNGOV, not ARN)
                return with_role_sector(h, (hit[0], hit[1], hit[2], c), link) if not named else \
                    (hit[0], hit[1], hit[2], c)
            if c.lower_ in SPONSORED or c.lower_ in LIKENESS:
                continue  # "Russian-backed separatists": the sponsor does not own them (as the actors stage)
            if c.lower_ == "based" and based is None:
                # "the Iraq-based People's Mujahideen group": where it is based only when nothing else in
                # the phrase names whose it is (lead30)
                based = c
                continue
            for g in kids(c):
                if g.dep_ in ("compound", "amod", "poss", "npadvmod", "advmod"):  # "Vietnamese-led"
                    hit = link.token_actor(g)
                    if hit is not None:
                        # "British-led forces" are the leader's forces: its sector from the role noun
                        # (GBRMIL, as the actors stage codes the whole phrase; mil14)
                        leader = (hit[0], hit[1], hit[2], g)
                        if c.lower_ == "led" and not named:
                            return with_role_sector(h, leader, link)
                        return leader
    for g in (kids(based) if based is not None else []):
        hit = link.token_actor(g) if g.dep_ in ("compound", "amod", "npadvmod", "nmod") else None
        if hit is not None:
            return with_role_sector(h, (hit[0], hit[1], hit[2], g), link) if not named else \
                (hit[0], hit[1], hit[2], g)
    for loyal in (c for c in kids(h) if c.lower_ in ("loyal", "led", "commanded", "headed")
                  and c.dep_ in ("amod", "acl") and not named
                  and (c.lower_ == "loyal" or role_sector(_counted(h)) in ARMED_ROLES | {None})):
        # (a leader's men, or his movement, never people of another role: "opposition supporters led by
        # Saakashvili" stay OPP; int33)
        # "forces loyal to Hun Sen", "gunmen loyal to the warlord": whose men they are (lead30); "Rebels
        # led by Laurent Kabila" (thirty-first session)
        prep = "to" if loyal.lower_ == "loyal" else "by"
        for o in (g for p in kids(loyal) if p.dep_ in ("prep", "agent") and p.lower_ == prep for g in kids(p)
                  if g.dep_ == "pobj"):
            found = one_actor(o, link, deep=False)
            if found is not None:
                return leaders_men(h, found, link)
    for place in fled_places(h) + stricken_places(h):  # "refugees fleeing the war in Liberia": Liberia's
        found = one_actor(place, link, deep=False)
        if found is not None:
            return with_role_sector(h, found, link)
    bound = _bound_owner(h, link)
    if bound is not None:
        return bound
    if deep and not named:
        # a place or body named in the phrase beats what a bare role noun resolves to from context
        # ("police in Seoul" under a Tokyo dateline); the role keeps its sector (KORCOP)
        for c in kids(h):
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
                for o in kids(c):
                    found = one_actor(o, link, deep=False) if o.dep_ == "pobj" else None
                    if found is not None and c.lower_ == "in" and _venue_abroad(h, found):
                        continue
                    if found is not None and c.lower_ == "in" and h.lower_ in HOSTED_POSTS:
                        continue  # "the embassy in Kabul": a post abroad is never its host's
                    if found is not None:
                        return leaders_men(h, found, link) if c.lower_ == "of" else \
                            with_role_sector(h, found, link)
    hit = link.token_actor(h)
    if hit is not None:
        if role_sector(h) == "ELI" and (hit[0].sector or "") != "ELI" and len(hit[0].code or "") >= 6:
            # "a former minister" read from the story's country: the office is no longer held (ELI)
            return with_role_sector(h, (hit[0], hit[1], hit[2], h), link)
        return (hit[0], hit[1], hit[2], h)
    if not deep:
        return None  # (nor peacekeepers: "his proposal for an international peacekeeping force" is his)
    if h.pos_ == "NOUN" and sent_abroad(h):
        return peacekeepers_body(h, link)
    for c in kids(h):  # "officials from Japan", "leader of Libya", "forces in Guinea"
        if c.dep_ == "acl":  # "workers affiliated with the Serbian union", "units belonging to X"
            # (where a force was sent is not whose it is: "the force dispatched to Saudi Arabia")
            owner_preps = ("with", "of", "from", "to") if c.tag_ == "VBG" else ("with", "of", "from")
            for p in [*kids(c), *_belonging(c)]:
                if p.dep_ == "prep" and p.lower_ in owner_preps + ("to",) * (p.head.lemma_ == "belong"):
                    for o in kids(p):
                        found = one_actor(o, link, deep=False) if o.dep_ == "pobj" else None
                        if found is not None:
                            return found
        if c.dep_ in ("prep", "appos") and (c.dep_ == "appos" or c.lower_ in ("of", "from", "in", "for")):
            objs = [c] if c.dep_ == "appos" else [g for g in kids(c) if g.dep_ == "pobj"]
            for o in objs:
                found = one_actor(o, link, deep=False)
                if found is None and c.dep_ == "appos" and o.lemma_.lower() in SPOKESPEOPLE:
                    # "Brian Fallon, a spokesman for Hillary Clinton, ...": a spokesperson speaks in the
                    # name of whom the title names (speech13)
                    found = next((f for p in kids(o) if p.dep_ == "prep" and p.lower_ in ("for", "of")
                                  for g in kids(p) if g.dep_ == "pobj"
                                  if (f := one_actor(g, link, deep=False)) is not None), None)
                if found is not None:
                    return found
    return None


def sent_abroad(tok: Any) -> bool:
    """Peacekeepers ("peacekeepers", "peacekeeping troops") serve where an international body sends them:
    no dateline, place or partner of the act says whose they are (lead40)."""
    return lemma(tok) == "peacekeeper" or any(c.lower_ == "peacekeeping" for c in kids(tok))


_BODY_REACH = 600  # characters before peacekeepers in which a body named sends them


def peacekeepers_body(tok: Any, link: ActorLinker) -> tuple[Actor, int, int, Any] | None:
    """Peacekeepers no word of theirs places ("allowed international peacekeepers into East Timor",
    "rebels attacked peacekeepers near Makeni"): the force of the international body the story named last
    before them ("U.N. Secretary-General ... appealed to both sides to cooperate with the peacekeepers":
    the UN's, IGOUNO), else of an international body, IGO. Not where an owner is named ("withdraw its
    peacekeepers": the owner's, found elsewhere), nor as what a proposal is for."""
    if any(c.dep_ == "poss" for c in kids(tok)):
        return None
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return None  # "his proposal for an international peacekeeping force": what is proposed, no party
    start = tok.left_edge.idx if tok.left_edge.i >= tok.i - 3 else tok.idx
    # (a body named a paragraph or two before; no bank or trade body sends troops)
    bodies = [e for e in entity_index(link.article.entities).overlapping(max(0, start - _BODY_REACH), start)
              if e.end <= start and e.actor is not None and (e.actor.code or "").startswith("IGO")
              and not (e.actor.code or "").startswith("IGOBUS")]
    body = max(bodies, key=lambda e: e.end, default=None)
    if body is not None and body.actor is not None:
        why = f"'{tok.text}' with no state named: the force of {body.text}, named before them"
        actor = Actor(name=tok.text, code=body.actor.code, country=body.actor.country,
                      sector=body.actor.sector, reasons=[*body.actor.reasons, why])
    else:
        actor = Actor(name=tok.text, code="IGO", reasons=[
            f"'{tok.text}' with no state named: the force of the international body that sent them (IGO)"])
    return actor, start, tok.idx + len(tok.text), tok


def _nation_of_possessor(owner: Any, hit: tuple[Actor, int, int],
                         link: ActorLinker) -> tuple[Actor, int, int]:
    """"The Russian foreign ministry's spokeswoman" under a Warsaw dateline: a possessor the dateline placed
    is the nation's its own modifier names (RUSGOV, not POLGOV; stories26)."""
    if not any(r.startswith("dateline ") for r in hit[0].reasons):
        return hit
    for g in kids(owner):
        found = link.token_actor(g) if g.dep_ in ("amod", "compound") and g.i < owner.i else None
        if found is not None and len(found[0].code or "") >= 3 and found[0].code[:3] != hit[0].code[:3]:
            placed = with_role_sector(owner, (found[0], found[1], found[2], g), link)
            return (placed[0], placed[1], placed[2])
    return hit


def _belonging(acl: Any) -> list[Any]:
    """The preposition of "belong" under a hedged participle: "gunmen believed / said to belong to X"
    are X's as "gunmen belonging to X" are (probes17c)."""
    return [p for x in kids(acl) if x.dep_ == "xcomp" and x.lemma_ == "belong" for p in kids(x)]


# people who lead or speak for a side, the side's own ("rebel leaders" REB, not a government's leaders)
SIDE_SPEAKERS = frozenset({"leader", "commander", "chief", "negotiator", "delegate", "delegation",
                           "representative", "official", "spokesman", "spokeswoman", "spokesperson", "envoy"})

# titles of those who speak in another's name
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"}


# possessive pronouns that may refer to a state, a body or a person named higher in the sentence
OWNER_PRONOUNS = {"its", "their", "his", "her", "whose"}


def _bound_owner(head: Any, link: ActorLinker) -> tuple[Any, int, int, Any] | None:
    """Whose forces "its troops" are, when they act: a doer's possessive pronoun refers to the subject of
    the nearest clause above that does not hold the phrase itself ("Iran said its warships had seized a
    tanker", "Russia said its forces attacked ..."), to the first conjunct ("the United States and
    its allies") or to a relative's antecedent ("Russia, whose forces attacked ..."). The country
    comes from that actor, the sector from the role noun or weapon (IRNMIL); the reasons name both."""
    pron = next((c for c in kids(head) if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if pron is None:
        return None
    weapon = lemma(head) in default_lexicon().classes.get("&WEAPON", frozenset())
    sector = role_sector(head) or ("MIL" if weapon else None)  # "its artillery" is its armed forces
    # only the doer's phrase: "Israel recalled its ambassador from Turkey" keeps the ambassador Israel's
    # own, never a party the act is aimed at
    doer = head.dep_ in ("nsubj", "nsubjpass", "conj") or (head.dep_ == "pobj" and head.head.dep_ == "agent")
    if sector is None or not doer:
        return None
    owner = None
    if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        owner = head.head
    t, (lo, hi) = head, BOUNDS.get()
    while owner is None and t.head.i != t.i and lo <= t.head.i < hi:
        t = t.head
        if pron.lower_ == "whose" and t.dep_ == "relcl":
            owner = t.head
        elif pron.lower_ != "whose" and t.pos_ in ("VERB", "AUX"):
            owner = next((c for c in kids(t) if c.dep_ == "nsubj"
                          and not c.left_edge.i <= head.i <= c.right_edge.i), None)
    if owner is None or owner.lower_ in OWNER_PRONOUNS:
        return None
    hit = one_actor(owner, link, deep=True)
    if hit is None:
        return None
    reason = f"'{pron.text} {head.text}': '{pron.text}' refers to '{owner.text}'"
    code = hit[0].code
    if len(code) < 3 or code[:3] in NON_STATE:  # "NATO said its warplanes struck": NATO's own
        actor = Actor(name=hit[0].name, code=code, country=hit[0].country, sector=hit[0].sector,
                      reasons=[*hit[0].reasons, reason])
        return (actor, *link.span_of_token(head), head)
    why = f"'{head.text}' is a {sector} role"
    if code[3:6] == "REB" and sector in ("UAF", "MIL"):
        # "Hamas said its gunmen killed ...": an armed group's own men are the group (REB)
        sector, why = "REB", f"'{head.text}' of a rebel group are the group's: REB"
    actor = Actor(name=head.text, code=code[:3] + sector, country=code[:3], sector=sector,
                  reasons=[*hit[0].reasons, reason, why])
    return (actor, *link.span_of_token(head), head)


def _one_name(head: Any, conj: Any, link: ActorLinker) -> tuple[Any, int, int, Any] | None:
    """A body's name with "and" in it that the actors stage took whole ("The Jammu and Kashmir Liberation
    Front", mentions._add_and_bodies) but the parser split into two conjoined heads ("Jammu" ... "Front"):
    the one named body, not two parties (fortieth session; was IND and INDREB, each a source)."""
    if conj.dep_ != "conj" or conj.head.i != head.i or not head.text[:1].isupper() \
            or not conj.text[:1].isupper():
        return None
    lo, hi = head.idx, conj.idx + len(conj.text)
    ent = next((e for e in link.article.entities if e.label == "ORG" and e.start <= lo and hi <= e.end
                and e.actor is not None and " and " in e.text), None)
    if ent is None:
        return None
    return (ent.actor, ent.start, ent.end, conj)


def _body_after(led: Any, head: Any, link: ActorLinker) -> bool:
    """Whether an international body's name stands between a leader's "-led" word and the role noun ("U.S.-led
    NATO troops", "Nigerian-led ECOMOG peacekeepers"): the body is the actor, as the actors stage reads
    the whole phrase (fortieth session; was USAMIL)."""
    return any(c.dep_ == "compound" and led.i < c.i < head.i and (hit := link.token_actor(c)) is not None
               and (hit[0].code or "")[:3] == "IGO" for c in kids(head))


def _venue_abroad(head: Any, found: tuple[Any, int, int, Any]) -> bool:
    """"Talks with rebel leaders in Abuja" (Sudan's rebels): a capital after an armed side is only the
    venue where it meets another country's state party (nlp/actors/venues.py)."""
    # (the Doc's kept text and a bisect for the sentence: spaCy's `Doc.text` and `Token.sent` make a
    # Token per word of the whole Doc on every call)
    return role_sector(head) in VENUE_GUESTS and \
        venue_abroad(doc_text(head.doc)[found[1]:found[2]], sentence_of(head), found[1])


def with_role_sector(head: Any, found: tuple[Any, int, int, Any],
                      link: ActorLinker) -> tuple[Any, int, int, Any]:
    """Country from the place, sector from the role noun: "police in Seoul" -> KORCOP."""
    place = found[0]
    role = link.token_actor(head)
    # a nation's guns fire for its forces: "Iraqi artillery shelled ..." (IRQMIL; lead17); a bomb is
    # anyone's ("killed by a car bomb in Kabul" is no Afghan army)
    own = role_sector(head) or ("MIL" if lemma(head) in ARMY_GUNS else None)
    sector = getattr(role[0], "sector", None) if role is not None else None
    sector = own if own == "ELI" or not sector else sector
    country = place.code[:3] if own == "ELI" else place.code  # "former Kenyan officials": KENELI
    if not sector or len(country) != 3 or country in NON_STATE or (own == "ELI" and len(place.code) > 6):
        return found
    why = f"'{head.text}' is a {sector} role"
    if sector in ("MIL", "UAF") and head.lower_ in SIDE_ARMS:
        # "Bosnian Serb gunners", "Chechen gunmen": a side inside the state (thirty-first session)
        words = [t.lower_ for t in head.doc[head.left_edge.i:head.i + 1]]
        side = side_of_arms(words, country, sector, place.reasons[0] if place.reasons else "")
        if side is not None:
            sector, why = "REB", side
    elif sector in ("GOV", "LEG") and place.reasons:  # "the Abkhaz parliament" (thirty-ninth session)
        side = authorities_side([t.lower_ for t in head.doc[head.left_edge.i:head.i + 1]], country, sector,
                                place.reasons[0])
        if side is not None:
            sector, why = "REB", side
    actor = Actor(name=head.text, code=country + sector, country=country, sector=sector,
                  reasons=[*place.reasons, why])
    return (actor, *link.span_of_token(head), head)


# role sectors of armed men, whose leader's country they take
ARMED_ROLES = frozenset({"MIL", "REB", "UAF", "INS", "COP"})


def leaders_men(head: Any, found: tuple[Any, int, int, Any],
                link: ActorLinker) -> tuple[Any, int, int, Any]:
    """ "troops of First Prime Minister Ranariddh", "forces loyal to Hun Sen": a named leader's armed men
    are his country's, of their own sector (a rebel leader's are rebels); anything else as
    `with_role_sector` has it (lead30)."""
    leader = found[0]
    own = role_sector(head)
    if own not in ARMED_ROLES or found[3] is None or found[3].ent_type_ != "PERSON" or \
            len(leader.code or "") <= 3 or not leader.country or len(leader.country) != 3:
        return with_role_sector(head, found, link)
    sector = loyal_men_sector(leader, own, head.text) or own
    actor = Actor(name=head.text, code=leader.country + sector, country=leader.country, sector=sector,
                  reasons=[*leader.reasons, f"'{head.text}' are the armed men of '{found[3].text}'"])
    return (actor, *link.span_of_token(head), head)


def role_sector(head: Any) -> str | None:
    """The sector a role noun names ("government" GOV, "militia" MIL, "foreign minister" GOV), from
    the actors stage's tables ("Russian students" EDU); "former" makes any role ELI (elites)."""
    # kept per sentence part (a pure function of the token there): the same role noun is asked about as a
    # phrase head, a conjunct, an agent and a place's owner, nearly twice a call on average
    memo = part_memo(head)
    if memo is None:
        return _role_sector(head)
    key = ("role_sector", head.i)
    if key not in memo:
        memo[key] = _role_sector(head)
    return memo[key]  # type: ignore[no-any-return]


def _role_sector(head: Any) -> str | None:
    words = [c.lower_ for c in kids(head) if c.dep_ in ("compound", "amod") and c.i < head.i]
    is_role = sectors.ROLE_NOUNS.get(head.lower_) or sectors.TITLES.get(head.lower_)
    if is_role and any(w in FORMER for w in words):
        return "ELI"  # CAMEO/PLOVER code former officials as elites: "former Gondor prosecutors"
    sides = [sectors.SECTOR_MODIFIERS.get(w) for w in words]
    side = next((s for s in sides if s in ("REB", "OPP")), None)
    if is_role and side is not None and sectors.ROLE_NOUNS.get(head.lower_, "") in ("UAF", "MIL", "CVL", ""):
        return side  # "rebel fighters", "militia gunmen": the side replaces the head's sector
    if side is not None and head.lower_ in sectors.SIDE_MEMBERS:
        return side  # "opposition supporters", "rebel sympathisers": people named by the side they take
    if side is not None and lemma(head) in SIDE_SPEAKERS:
        return side  # "rebel leaders", "opposition negotiators": who lead or speak for the side are it
    if lemma(head) in SIDE_SPEAKERS:  # "leaders of the rebels", "a spokesman for the opposition"
        led = [sectors.ROLE_NOUNS.get(o.lower_) or sectors.SECTOR_MODIFIERS.get(o.lower_) for p in kids(head)
               if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in kids(p) if o.dep_ == "pobj"]
        side = next((s for s in led if s in ("REB", "OPP")), None)
        if side is not None:
            return side
    if head.lower_ == "inspectors" and not any(w in ("police", "detective") for w in words):
        # "American inspectors arrived at Votkinsk": a state's inspectors (arms control, weapons, nuclear)
        # are its government's agents, as its officials are; "Inspector" is a police rank only as a
        # title (stories43)
        return "GOV"
    for key in (" ".join([*words[-1:], head.lower_]), head.lower_, head.lemma_.lower()):
        sector = sectors.TITLES.get(key) or sectors.ROLE_NOUNS.get(key)
        if sector:
            return sector
    if head.lower_ in sectors.SIDE_HOLDINGS and any(sectors.SECTOR_MODIFIERS.get(w) == "REB" for w in words):
        return "REB"  # "bombed rebel positions", "guerrilla bases": what the rebels hold stands for them
    held = next((c for c in kids(head) if c.dep_ == "amod" and c.lower_ in HELD), None)
    before = [g for g in kids(held) if g.i < held.i] if held is not None else []
    sides = [sectors.SECTOR_MODIFIERS.get(g.lower_) for g in before]
    side = next((s for s in sides if s in ("REB", "OPP")), None)
    if side is not None:
        return side  # "rebel-held towns", "opposition-controlled areas": the side that holds them
    if head.lower_ in ARMED_HOLDINGS and any(
            _state_word(c) for c in kids(head) if c.dep_ in ("amod", "compound")):
        # "Iranian positions", "Serb artillery positions": what a state's forces hold ("Kurdish
        # positions" are a people's fighters', not Syria's army)
        return "MIL"
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    # the words before the noun in its own phrase (a slice, not a walk of the subtree: this runs often)
    left = [t for t in head.doc[head.left_edge.i:head.i] if t.dep_ in ("compound", "amod")]
    service = next((t for t in left if t.lower_ in SERVICES), None)
    if service is not None and head.lower_ not in CIVIL_HOLDINGS and not _event_noun(head) and (
            service.dep_ == "compound" or lemma(head) in VEHICLES):
        # "a navy patrol boat", "army bulldozers", "military helicopters": the service's equipment
        # acts for it; an act or a policy ("Russia's military campaign") is no equipment
        return SERVICES[service.lower_]
    return None


def _event_noun(head: Any) -> bool:
    patterns = default_lexicon().patterns
    return ("noun", head.lemma_.lower()) in patterns or ("noun", head.lower_) in patterns


def _state_word(tok: Any) -> bool:
    """A country's name or demonym ("Iranian", "Serb"), not a people's living in several ("Kurdish")."""
    if tok.ent_type_ not in ("NORP", "GPE"):
        return False
    place = countries.lookup(tok.text, cities=False)
    return place is not None and place.kind in ("country", "alias", "demonym")


# the heavy weapons only an army fields
ARMY_GUNS = {"artillery", "missile", "rocket", "howitzer", "mortar", "tank", "warship", "gunboat", "cannon"}


# what a nation's forces hold, named by its nationality ("Iranian positions"; not "China's position on X")
ARMED_HOLDINGS = {"positions", "bases", "trenches", "bunkers", "lines"}


# participles of holding after a side ("rebel-held", "opposition-controlled")
HELD = {"held", "controlled", "occupied", "run", "dominated"}


# services whose equipment and posts stand for them, and what of theirs is civilian ("army homes")
SERVICES = {w: sectors.SECTOR_MODIFIERS[w] for w in ("army", "military", "navy", "naval", "police")}
VEHICLES = {"boat", "ship", "vessel", "helicopter", "plane", "aircraft", "jet", "truck", "vehicle", "convoy",
            "tank", "bulldozer", "gunboat", "jeep", "patrol", "unit", "post", "base", "camp"}
# the small clause of a hostage-taking ("held X hostage"), which the parser may take for X's head noun
CAPTIVE_WORDS = frozenset({"hostage", "hostages", "captive", "captives"})
# verbs of leaving a country, whose object is the country a sanction or expulsion is aimed at
LEAVING = frozenset({"leave", "quit", "exit", "depart"})
# bodies of men known by their members ("a patrol of U.N. peacekeepers", "a convoy of aid workers")
UNIT_NOUNS = {"patrol", "convoy", "column", "unit", "team", "contingent", "detachment", "squad", "battalion",
              "platoon", "company", "brigade", "group", "band", "delegation"}
CIVIL_HOLDINGS = {"home", "homes", "house", "houses", "family", "families", "village", "villages"}


def reporting_verb(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> Any | None:
    """The nearest reporting verb or noun above `tok` ("said", "told", "statement")."""
    return next((a for a in ancestors(tok, sent) if triggers.get(a.i) is not None
                 and triggers[a.i].frame == "@SPEECH"), None)


def speaker_of(tok: Any, sent: Any, triggers: dict[int, Trigger]) -> Any | None:
    """The subject (or possessor) of the nearest reporting verb/noun above `tok` that names one."""
    for anc in ancestors(tok, sent):
        trig = triggers.get(anc.i)
        if trig is not None and trig.frame == "@SPEECH":
            subj, _ = subject_of(anc, sent, passive_is_agent=True)  # "X was quoted as saying"
            if subj is not None and subj.lower_ not in PRONOUNS:
                return subj
    return None


# a march or deployment "to parliament" / "into the city" names where it goes, not whom it is against
MOTION_PREPS = {"to", "toward", "towards", "into", "at", "in"}
MOTION_TYPES = {"PROTEST", "MOBILIZE"}
# verbs that send aid (goods or people) away to its recipient
SENDING = frozenset({"send", "ship", "dispatch", "rush"})


def sent_along(tok: Any, etype: str) -> set[int]:
    """The tokens of the people a sending verb sends beside its goods: "would send $1 million in aid and a
    team of rescue workers to help victims in Japan" (the workers are aid, not its recipient; lead41)."""
    if etype not in ("AID", "AGREE") or lemma(tok) not in SENDING:
        return set()
    return {t.i for o in kids(tok) if o.dep_ == "dobj" and lemma(o) in SENT_GOODS
            for c in o.subtree if c.dep_ == "conj" and c.head.i == o.i for t in c.subtree}


def apologised_wrong(tok: Any) -> tuple[set[int], list[Any]]:
    """For an apology, the tokens of the wrong's owner ("apologized for the Soviet Union's internment of
    Japanese soldiers": the apologiser's own side, never the target) and the wrong's victims (the of-phrase
    of the act noun: the target; lead41)."""
    if lemma(tok) not in ("apologize", "apologise"):
        return set(), []
    wrongs = [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "for"
              for o in kids(p) if o.dep_ == "pobj"]
    owners = {t.i for o in wrongs for c in kids(o) if c.dep_ == "poss" for t in c.subtree}
    victims = [g for o in wrongs for p in kids(o) if p.dep_ == "prep" and p.lower_ == "of"
               for g in kids(p) if g.dep_ == "pobj"]
    return owners, victims


# the goods and sums such verbs send as aid
SENT_GOODS = frozenset({"aid", "assistance", "relief", "food", "medicine", "supply", "material", "help",
                        "equipment", "fuel", "grain", "wheat", "rice", "fertilizer", "fertiliser", "vaccine",
                        "oxygen", "blanket", "tent", "dollar", "million", "billion", "money", "fund", "loan",
                        "credit", "cash", "ton", "tonne"})


# protests lodged with someone ("protested to Tokyo's envoy"), beside marches that go somewhere
LODGED = {"protest", "complain", "object"}
# a complaint made as a noun: "filed a complaint with the Security Council against Israel"
LODGING = {"file", "lodge", "submit", "register", "make", "send", "deliver"}
COMPLAINT_NOUNS = {"complaint", "protest", "grievance"}
PLACES = {"GPE", "LOC", "FAC"}

MOVED_FORCES = {"troop", "force", "soldier", "unit", "army", "personnel", "contingent", "battalion",
                "brigade", "division", "peacekeeper", "warship", "ship", "vessel", "tank", "weapon",
                "missile", "jet"}

# a shared act's topic is no party: "sharing intelligence on North Korean missile launches"
TOPIC_TYPES = {"COOPERATE", "CONSULT"}


# verbs that put a measure on a party or a place: the measure's own participle names whom it binds
IMPOSING = frozenset({"impose", "reimpose", "place", "slap", "levy", "declare", "enforce", "extend"})
BOUND_PREPS = frozenset({"on", "against", "upon", "in"})


# people a topic noun may name: "talked about refugees" may name the people talked with or about
_TOPIC_PARTY_NOUNS = frozenset({"people", "family", "families", "voter", "resident", "victim", "leader",
                                "group", "crowd", "community"})


# verbs of a journey: their with-phrase names a companion, not the one visited
JOURNEY_VERBS = frozenset({"travel", "fly", "go", "come", "journey", "head", "return", "sail", "drive"})


def talked_topic(tok: Any) -> Any | None:
    """The about- or of-phrase of "talk" when it names a topic and no partner is named: "talked about
    police reform", "talked of the rivalry between China and Japan" (what is talked about, however deep,
    is no party talked with). Narrow: the phrase's own noun is a common noun that names no party (not a
    name, a role or people) or a gerund clause ("talking about banning Muslims"), and neither the verb
    nor the phrase has a with- or to-phrase, a direct object or a dative ("talked with Putin about
    Syria", "talked about refugees with Davutoglu" keep their partner; "talked about Russia" keeps its
    reading)."""
    if tok.pos_ != "VERB" or lemma(tok) != "talk":
        return None
    if any(c.dep_ in ("dobj", "dative", "iobj") or (c.dep_ == "prep" and c.lower_ in ("with", "to"))
           for c in kids(tok)):
        return None
    for p in kids(tok):
        if p.dep_ != "prep" or p.lower_ not in ("about", "of"):
            continue
        if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in kids(p)) and \
                not any(t.dep_ == "prep" and t.lower_ == "with" for t in p.subtree):
            # "talking about breaking up our alliances, banning all Muslims from coming to America": an
            # act talked about (a to-phrase inside is the clause's own; a with-phrase may be the partner)
            return p
        obj = next((g for g in kids(p) if g.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
            return None
        word = obj.lower_
        if word in sectors.ROLE_NOUNS or word in sectors.TITLES or lemma(obj) in sectors.ROLE_NOUNS \
                or lemma(obj) in _PEOPLE_NOUNS or lemma(obj) in _TOPIC_PARTY_NOUNS:
            return None
        if any(t.dep_ == "prep" and t.lower_ in ("with", "to") for t in p.subtree):
            return None  # "talked about refugees with Davutoglu": the parser hangs the partner inside
        return p
    return None


# what a third party does to talks between others: hosting, mediating or brokering them (lead27)
THIRD_PARTY_VERBS = frozenset({"host", "mediate", "broker", "sponsor", "chair", "facilitate", "convene"})


def hosted_talks(tok: Any) -> Any | None:
    """The talks a third-party verb is told of: "talks hosted by Kenya", "opened talks in Jakarta, hosted
    by Indonesia" (a participle the parser hangs on the verb that holds them)."""
    if lemma(tok) not in THIRD_PARTY_VERBS or not any(c.dep_ == "agent" for c in kids(tok)):
        return None
    if tok.dep_ == "acl" and lemma(tok.head) in MEETING_NOUNS:
        return tok.head
    between = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ in ("pobj", "conj") else None
    while between is not None and between.dep_ == "conj":
        between = between.head  # "talks between Israel and Syria, hosted by the U.S."
    if between is not None and between.head.dep_ == "pobj":
        between = between.head
    if between is not None and between.lower_ == "between" and lemma(between.head) in MEETING_NOUNS:
        # "talks between the two Koreas, brokered by China": the parser hangs the participle on the
        # between-phrase's last party (clauses28)
        return between.head
    if tok.dep_ == "advcl" and tok.tag_ == "VBN":
        return next((c for c in kids(tok.head) if c.dep_ == "dobj" and lemma(c) in MEETING_NOUNS), None)
    return None


def target_actors(tok: Any, link: ActorLinker, exclude: Exclusion,
                  etype: str = "") -> list[tuple[Any, int, int, Any]]:
    """Actors the predicate acts on: object/recipient, the object's possessor, then prep objects."""
    cands: list[Any] = []
    verb = lemma(tok)  # (asked by many of the tests below)
    judged = judged_clause(tok) if verb in _judging_words() or tok.lower_ in _judging_words() else None
    if judged is not None:
        # "was disappointed that North Korea had refused", "hoped that Argentina would accept": the party
        # the that-clause is about (its subject, with its conjuncts); a clause naming none aims at no one
        # ("optimistic that the economy would grow") (acts29)
        subj = next(c for c in kids(judged) if c.dep_ in ("nsubj", "nsubjpass"))
        return [a for a in phrase_actors(subj, link) if not exclude.blocks(a)]
    if etype == "PROTEST":
        aimed = protest_aim_agents(tok, link, exclude)
        if aimed:  # "staged a strike to protest Israel's closure of the West Bank": at Israel
            return aimed
    talks = hosted_talks(tok)
    if talks is not None:
        # "talks hosted by Indonesia": the host acts on the talks' parties (between-phrase, or the subject
        # of the verb that holds the talks, with its conjuncts)
        held_by = [c for c in kids(talks.head) if c.dep_ == "nsubj"] \
            if talks.dep_ == "dobj" and lemma(talks.head) in LIGHT_VERBS else []
        parties = [a for g in [*between_parties([talks]), *held_by] for a in phrase_actors(g, link)
                   if not exclude.blocks(a)]
        if parties:
            return parties
    objs = [c for c in kids(tok) if c.dep_ in ("dobj", "dative", "iobj", "nsubjpass", "attr", "oprd")
            or (c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN"))  # a noun misparsed as a clause
            # a name right after the verb misparsed as an adverb: "shelled Luanda on Monday" (lead30)
            or (c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN" and c.i == tok.i + 1
                and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))]
    # "were holding 500 U.N. peacekeepers hostage", parsed with the people as the compound of "hostage":
    # the captives are the object (lead32)
    objs = [next((m for m in kids(o) if m.dep_ == "compound" and m.pos_ == "NOUN"), o)
            if o.dep_ == "dobj" and o.lower_ in CAPTIVE_WORDS else o for o in objs]
    if not objs:
        # "voted down a government bill": a particle the parser takes for a preposition, right after the
        # verb; its object is the verb's (lead34)
        objs = [g for c in kids(tok) if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in VERB_PARTICLES
                for g in kids(c) if g.dep_ == "pobj"]
    # "lifted the rest of its sanctions on Vietnam": the share stands for the sanctions (lead34)
    objs += [s for o in objs if o.dep_ == "dobj" for s in [object_share_of(o)] if s is not None]
    if not objs and tok.pos_ == "VERB":
        objs = helped_subject(tok)  # "help Nigeria fight Boko Haram": Nigeria is helped
    if not objs and tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "agent":
        # "Sudan was hit by sanctions imposed by the Security Council": the one the sanctions hit
        # (also "Iran, hit by sanctions imposed by Washington, ...")
        hit = tok.head.head.head
        objs = [c for c in kids(hit) if c.dep_ == "nsubjpass"] or \
            ([hit.head] if hit.dep_ == "acl" and hit.head.pos_ in ("NOUN", "PROPN") else [])
    if not objs and tok.pos_ == "VERB" and etype not in MOTION_TYPES | {"RETREAT"}:
        objs = shared_objects(tok)  # "criticised and warned Japan": the first verb shares the object
    # "used Iranian drones against X": the object is the instrument; its against-phrase names the target
    instruments = [o for o in objs if o.dep_ == "dobj"] if verb == "use" else []
    if etype == "MOBILIZE" or instruments:  # "dispatched troops to the border": the forces moved are
        objs = [o for o in objs if o.dep_ != "dobj"]  # the actor's own
    if etype == "RETREAT" and verb in ("withdraw", "pull", "remove", "order", "bring", "send"):
        # "withdrew its troops from the Kyiv region": the forces are the actor's own, the place is the target
        objs = [o for o in objs if not (o.dep_ == "dobj" and lemma(o) in MOVED_FORCES)]
    if etype in ("AGREE", "AID") and verb in SENDING and any(
            p.dep_ == "prep" and p.lower_ in ("to", "into") and phrase_actors(g, link)
            for p in kids(tok) for g in kids(p) if g.dep_ == "pobj"):
        # "France would send 500 more troops to Bosnia" datelined PARIS: the forces sent are the sender's
        # own hands, however the dateline places them; the to-phrase's party is the one helped (leads43)
        objs = [o for o in objs if not (o.dep_ == "dobj" and lemma(o) in MOVED_FORCES)]
    # "condemned the bombing of U.S. embassies in Kenya": a condemnation of an attack is aimed at its
    # attacker (by-phrase, possessor, modifier), never at its victims or its place; no attacker, no target
    attacks = [o for o in objs if o.dep_ == "dobj" and lemma(o) in ATTACK_NOUNS] \
        if verb in CONDEMN_VERBS else []
    displaced = displaced_object(tok) if verb in CONDEMN_VERBS and not attacks else None
    if displaced is not None and lemma(displaced) in ATTACK_NOUNS:
        attacks.append(displaced)  # "condemned as barbaric the Serbian police raids" (targets23)
    # the same told by the noun ("expressed its strong condemnation of the attack on a police station")
    nouns = [tok] if verb in CONDEMN_NOUNS else \
        [o for o in objs if o.dep_ == "dobj" and lemma(o) in CONDEMN_NOUNS]
    attacks += [g for n in nouns for p in kids(n) if p.dep_ == "prep" and p.lower_ == "of" for g in kids(p)
                if g.dep_ == "pobj" and lemma(g) in ATTACK_NOUNS]
    if attacks:
        found = act_agents(attacks, link, exclude)
        by = [a for g in verb_hung_agents(tok, [o for o in attacks if o.dep_ == "dobj"])
              for a in phrase_actors(g, link) if not exclude.blocks(a)]
        return by or found
    owned = owned_act_agents(tok, objs if displaced is None else [*objs, displaced], link, exclude)
    if owned:  # "condemned Tokyo's approval of textbooks": at Tokyo, not at what it approved
        return owned
    grievance = grievance_agents(tok, link, exclude)
    if grievance:  # "complained to the UN over Israeli air raids": at the raider, not the UN
        return grievance
    # "discussed the war in Sudan with the U.S. envoy": a shared act's direct object is its topic when a
    # with-phrase names the other party (meet and consult take their party as the object)
    # (the parser often hangs the with-phrase on the topic's last noun: "discussed aid to Gaza with Qatar")
    dobjs = [o for o in objs if o.dep_ == "dobj"]
    # (only the objects with a "with" in their reach are walked)
    partners = [g for p in [*kids(tok), *(t for o in dobjs if word_in_reach(o, "with") for t in o.subtree)]
                if p.dep_ == "prep" and p.lower_ == "with" for g in kids(p) if g.dep_ == "pobj"]
    shared = etype in TOPIC_TYPES and verb not in ("meet", "consult", "visit", "receive", "host")
    topics = dobjs if shared and partners else []
    cands.extend(partners if topics else [])
    if verb == "seek" and etype == "REQUEST":  # "sought the extradition of the cleric from the United
        # States": the one asked is the from-phrase's party, wherever the parser hangs it, not the person
        cands.extend(g for h in [tok, *(t for o in dobjs for t in o.subtree)] for p in kids(h)
                     if p.dep_ == "prep" and p.lower_ == "from" for g in kids(p) if g.dep_ == "pobj")
    if verb == "blame":  # "blamed the collapse of the talks on Washington": the on-phrase is blamed,
        # the object is the misfortune (the parser hangs "on" on the verb or on the object)
        cands.extend(g for h in [tok, *(t for o in dobjs for t in o.subtree)] for p in kids(h)
                     if p.dep_ == "prep" and p.lower_ == "on" for g in kids(p) if g.dep_ == "pobj")
    if etype == "SANCTION":  # "tightening U.S. sanctions against Cuba": the measure's own against-phrase
        # names its target before any nationality on the measure, which is the imposer's (lead29)
        measured = [g for o in objs if o.dep_ == "dobj" and lemma(o) in MEASURE_NOUNS for p in kids(o)
                    if p.dep_ == "prep" and p.lower_ in ("against", "on")
                    for g in kids(p) if g.dep_ == "pobj"]
        cands.extend(measured)
        # "a ban on new investment in Burma", "an embargo on trade with Libya": the trade the measure
        # stops names its party in its own phrase (lead30)
        # (and "banned all U.S. trade with Iran": the trade banned, as its direct object)
        # "ordered all American companies to leave Libya": the country they are ordered out of (lead32)
        cands.extend(g for c in kids(tok) if c.dep_ in ("xcomp", "ccomp") and lemma(c) in LEAVING
                     for g in kids(c) if g.dep_ == "dobj")
        traded = [o for o in objs if o.dep_ == "dobj" and lemma(o) in TRADE_NOUNS]
        cands.extend(g for m in [*measured, *traded] if m.pos_ == "NOUN" for p in kids(m)
                     if p.dep_ == "prep" and p.lower_ in ("in", "to", "from", "with")
                     for g in kids(p) if g.dep_ == "pobj")
    if tok.pos_ == "NOUN" and etype in ("CONCEDE", "SANCTION"):
        # "the lifting of the U.S. trade embargo against Vietnam": the measure an act noun lifts or imposes
        # is aimed by its own against- or on-phrase, before any nationality on it ("its rejection of the US
        # blockade against Cuba" is aimed at the blockade's owner; lead43)
        cands.extend(g for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of"
                     for m in kids(p) if m.dep_ == "pobj" and lemma(m) in MEASURE_NOUNS
                     for q in kids(m) if q.dep_ == "prep" and q.lower_ in ("against", "on")
                     for g in kids(q) if g.dep_ == "pobj")
    cands.extend(between_parties([o for o in objs if o not in topics]))  # "rejected the deal between X and Y"
    for o in objs:  # "condemned an attack by X": the object event's agent is the one condemned
        cands.extend(g for p in kids(o) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                     for g in kids(p) if g.dep_ == "pobj")
    # ... also when the parser hangs the by-phrase on the active verb: "denied charges by a human rights
    # group that ..." (lead39). Only for a claim: "called off a visit to Moscow by its foreign minister" is
    # no act on the minister, "broke up a rally by students" is aimed at the students by other rules
    cands.extend(verb_hung_agents(tok, [o for o in objs if o.dep_ == "dobj" and lemma(o) in CLAIM_NOUNS]))
    # "ambushed a patrol of Pakistani peacekeepers": a unit's members name it before the unit noun,
    # which the actors stage may place only by the story's country (lead32)
    cands.extend(g for o in objs if o not in topics and lemma(o) in UNIT_NOUNS for p in kids(o)
                 if p.dep_ == "prep" and p.lower_ == "of" for g in kids(p) if g.dep_ == "pobj")
    cands.extend(o for o in objs if o not in topics)
    for o in objs:
        cands.extend(c for c in kids(o) if c.dep_ == "poss" and o not in topics)
    preps = [c for c in kids(tok) if c.dep_ in ("prep", "prt") or (c.dep_ == "dative" and c.pos_ == "ADP")]
    # "ordered its soldiers home from Albania": the place hangs on the adverb (lead34)
    preps.extend(c for a in kids(tok) if a.dep_ == "advmod" and a.lower_ in ("home", "back")
                 for c in kids(a) if c.dep_ == "prep")
    preps.extend(c for o in instruments for c in kids(o) if c.dep_ == "prep" and c.lower_ == "against")
    for o in (o for o in objs if o not in topics):
        # ("paid a call on the king": the one called on, not a topic)
        preps.extend(c for c in kids(o) if c.dep_ == "prep"
                     and not (etype in TOPIC_TYPES and c.lower_ in ("on", "about", "over", "regarding")
                              and not (c.lower_ == "on" and lemma(o) == "call")))
    # "spoke by telephone with X", "met for talks with X": the party hangs on the prep's object
    # (after the direct phrases: "lodged representations with Washington over the sale to Taiwan")
    # ("retaliated with tariffs on American goods": a sanction's means names its target too)
    sanction = etype == "SANCTION"
    carriers = ("by", "for", "via", "through", "with") if sanction else ("by", "for", "via", "through")
    inner = (*NESTED_PREPS, "on") if sanction else NESTED_PREPS
    nested = [c for p in preps if p.dep_ == "prep" and p.lower_ in carriers
              for o in kids(p) if o.dep_ == "pobj" for c in kids(o)
              if c.dep_ == "prep" and c.lower_ in inner]
    # forces sent "toward Taiwan" are aimed at it; a crowd marching "toward" a square is not
    if verb in ("go", "come"):  # "went after Beijing over its tactics": the one pursued in words
        cands.extend(g for p in preps if p.lower_ == "after" for g in kids(p) if g.dep_ == "pobj")
    if etype == "RETREAT":  # "pulled its troops out of Cambodia": the place left, as "withdrew from"
        outs = [q for p in preps if p.lower_ == "out" for q in kids(p)
                if q.dep_ == "prep" and q.lower_ == "of"]
        cands.extend(g for q in outs for g in kids(q) if g.dep_ == "pobj")
        # "pulled back troops from the border with Pakistan": the country across the line left (lead45);
        # an order to others keeps its aim ("ordered the army to withdraw from the border with Colombia")
        ordered = tok.dep_ in ("xcomp", "ccomp") and lemma(tok.head) in ("order", "tell", "instruct",
                                                                         "command")
        cands.extend(g for p in preps if p.lower_ == "from" and not ordered for b in kids(p)
                     if b.dep_ == "pobj" and lemma(b) in BORDERS for w in kids(b)
                     if w.dep_ == "prep" and w.lower_ == "with" for g in kids(w) if g.dep_ == "pobj")
    motion = MOTION_PREPS - {"toward", "towards"} if etype == "MOBILIZE" else MOTION_PREPS
    noun_trigger = tok.pos_ == "NOUN" and is_event_noun(tok)
    topic = talked_topic(tok) if etype == "CONSULT" else None
    # "will travel to the United States with his wife and with X": who travels along is no host
    journey = etype in ("CONSULT", "AGREE") and tok.pos_ == "VERB" and verb in JOURNEY_VERBS
    for name in TARGET_PREPS:
        if etype in MOTION_TYPES and name in motion:
            if name == "to" and verb in LODGED:
                # "protested to the Japanese government": a body or person it was lodged with, not a place
                cands.extend(g for p in preps if p.lower_ == "to" for g in kids(p)
                             if g.dep_ == "pobj" and g.ent_type_ not in PLACES)
            continue
        if noun_trigger and name in LOCATIVE:
            continue  # "the negotiations in Hong Kong": where an act happens is no party to it
        for p in preps:
            if p.lower_ == name and p is not topic and not (name == "with" and journey):
                pobjs = [g for g in kids(p) if g.dep_ == "pobj"]
                if name in LOCATIVE:  # "celebrated Eid at X with Y": the party, not the place
                    cands.extend(w for g in pobjs for q in kids(g) if q.dep_ == "prep"
                                 and q.lower_ in ("with", "against") for w in kids(q) if w.dep_ == "pobj")
                cands.extend(pobjs)
    cands.extend(g for p in nested for g in kids(p) if g.dep_ == "pobj")
    cands.extend(topics)  # the topic's own actors only when no party is named
    for o in objs:  # "the removal of President X", "a fresh offer from Afghanistan"
        for p in kids(o):
            if o in topics or etype in TOPIC_TYPES and p.lower_ in ("on", "about", "over", "regarding"):
                continue
            if p.dep_ == "prep" and p.lower_ not in LOCATIVE:  # "crowds near parliament" is a place
                cands.extend(g for g in kids(p) if g.dep_ == "pobj")
    for o in objs:  # "signed an accord to supply X", "welcomed memos sent by X"
        for v in (c for c in kids(o) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            cands.extend(g for g in kids(v) if g.dep_ in ("dobj", "dative"))
            if not (lemma(v) in THIRD_PARTY_VERBS and lemma(o) in MEETING_NOUNS):
                # ("held talks hosted by the United States": the host is no party to the talks)
                cands.extend(g for p in kids(v) if p.dep_ == "agent" for g in kids(p) if g.dep_ == "pobj")
            if lemma(v) in IMPOSING:  # "refused to lift the sanctions imposed on Iraq": Iraq
                cands.extend(g for p in kids(v) if p.dep_ == "prep" and p.lower_ in BOUND_PREPS
                             for g in kids(p) if g.dep_ == "pobj")
    for o in objs:  # "welcomed a resumption of ties with X / between X and Y"
        for p in kids(o):
            for po in (g for g in kids(p) if p.dep_ == "prep" and g.dep_ == "pobj"):
                cands.extend(g for q in kids(po) if q.dep_ == "prep" and q.lower_ in NESTED_PREPS
                             for g in kids(q) if g.dep_ == "pobj")
    if etype in RECIPIENT_FIRST:  # "extradited two suspects to France": France receives
        # ... also through what is handed over: "assistance worth $1 million to Vanuatu"
        preps += [p for o in objs for a in kids(o) if a.dep_ == "amod" for p in kids(a)
                  if p.dep_ == "prep" and p.lower_ == "to"]
        cands = [g for p in preps if p.lower_ == "to" for g in kids(p) if g.dep_ == "pobj"] + \
            [g for g in kids(tok) if g.dep_ == "dative" and g.pos_ in ("PROPN", "NOUN")] + cands
    if etype == "MOBILIZE":
        moved = [c for c in kids(tok) if c.dep_ == "dobj"]
        moved_preps = [p for m in moved + [c for m in moved for c in m.conjuncts] for p in kids(m)
                       if p.dep_ == "prep"]
        # "deployed troops to its border with Belarus", "massed troops along its border with Gaza":
        # the country across it
        cands += [g for p in preps + moved_preps for b in kids(p) if b.dep_ == "pobj" and lemma(b) in BORDERS
                  for w in kids(b) if w.dep_ == "prep" and w.lower_ == "with"
                  for g in kids(w) if g.dep_ == "pobj"]
        # ... or deeper in the clause: "put its forces on high alert along the border with India"
        cands += [g for b in tok.subtree if b.dep_ == "pobj" and lemma(b) in BORDERS
                  for w in kids(b) if w.dep_ == "prep" and w.lower_ == "with"
                  for g in kids(w) if g.dep_ == "pobj"]
        # "massed troops on the Ukrainian border", "near Ukraine's border": the country named on it
        cands += [m for b in tok.subtree if b.dep_ == "pobj" and lemma(b) in BORDERS
                  for m in kids(b) if m.dep_ in ("amod", "compound", "poss") and m.pos_ in ("ADJ", "PROPN")]
        # "sent warplanes and ships toward Taiwan": where the forces moved are aimed
        cands += [g for p in moved_preps if p.lower_ in ("toward", "towards", "against")
                  for g in kids(p) if g.dep_ == "pobj"]
    for cand in cands:
        owner = possessive_antecedent(cand, tok)
        if owner is not None:
            # "Mubarak escaped when gunmen fired on his motorcade": the pronoun's owner, named in the clause
            # the act's clause hangs from, is the one attacked (acts29)
            found = [a for a in phrase_actors(owner, link) if not exclude.blocks(a)]
            if found:
                return found
        if etype != "MOBILIZE" and border_place(cand):
            continue  # "captured a stronghold on the Thai border": where, not against whom (gsrforce)
        cand = relative_antecedent(cand) or cand  # "Saddam, with whom the king met": Saddam
        cand = own_posted_place(cand, etype) or cand  # "recalled its ambassador to Algeria": Algeria (tgt13)
        if is_event_noun(cand):  # "an inquiry into abuses by Iranian forces": the abuses' agent
            for agent in (g for p in kids(cand) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                          for g in kids(p) if g.dep_ == "pobj"):
                found = [a for a in phrase_actors(agent, link) if not exclude.blocks(a)]
                if found:
                    return found
        found = [a for a in _cand_actors(cand, link) if not exclude.blocks(a)] \
            or object_antecedent(cand, link, exclude)
        if found:
            return _with_coordinated(found, cand, link, exclude)
    return _antecedent_owner(tok, objs, link, exclude)


# what a sanction stops, whose other party its own phrase names ("trade with Iran", "flights to Libya")
TRADE_NOUNS = frozenset({"trade", "import", "export", "investment", "sale", "flight", "shipment", "loan",
                         "credit", "aid", "transfer", "contact"})


# the nouns of a measure one party imposes on another
MEASURE_NOUNS = frozenset({"sanction", "embargo", "ban", "boycott", "restriction", "tariff", "blockade"})


# object pronouns and the number of what they stand for (the actors stage resolves subjects only)
OBJECT_PRONOUNS = {"him": False, "her": False, "them": True}
OBJECT_DEPS = {"dobj", "dative", "iobj", "pobj"}


# what a possessive pronoun names the owner's state by ("his country", "its people")
OWNERS_STATE = frozenset({"country", "nation", "homeland", "people", "government", "state", "territory",
                          "soil", "capital", "land", "republic", "kingdom"})
PERSON_HEADS = frozenset({"ambassador", "minister", "president", "leader", "envoy", "premier", "secretary",
                          "chancellor", "king", "queen", "governor", "general", "commander", "spokesman",
                          "spokeswoman", "diplomat", "official", "mayor", "senator"})
POSSESSIVE_PRONOUNS = {"his": "person", "her": "person", "its": "body", "their": "plural"}


def possessive_antecedent(cand: Any, act: Any) -> Any | None:
    """The named subject a possessive pronoun on the act's object stands for, when it cannot be the act's own
    subject: "Serpa escaped unhurt when rebels attacked his convoy" (rebels are no "his"), "Mubarak escaped
    when gunmen fired on his motorcade". The act's clause must be a when- / after- / that-clause (advcl or
    ccomp) of the clause whose subject is taken; "his" and "her" take a person or a role, "its" a named
    body or country. "Iraq rejected its quota" is Iraq's own; "X was to arrive for his visit", "Congress
    ... and rejected his veto" share or skip a subject and are left alone (acts29)."""
    if act.pos_ not in ("VERB", "AUX") or act.dep_ not in ("advcl", "ccomp") or lemma(cand) in OWNERS_STATE:
        return None  # ("threatened his country": the owner's country, which the actors stage reads)
    kind = next((POSSESSIVE_PRONOUNS[c.lower_] for c in kids(cand)
                 if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    own = next((c for c in kids(act) if c.dep_ == "nsubj"), None)
    if kind is None or kind == "plural" or own is None or own.pos_ == "PRON":
        return None
    own_plural = own.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in kids(own))
    if not own_plural and _person_word(own) == (kind == "person"):
        return None  # the act's own subject may be the owner
    verb = act
    while verb.dep_ in ("advcl", "ccomp") and verb.head.i != verb.i:
        verb = verb.head
        subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.pos_ == "PRON" or subj.tag_ in ("NNS", "NNPS"):
            return None
        if kind == "person" and _person_word(subj):
            return subj
        if kind == "body" and subj.pos_ == "PROPN" and not _person_word(subj):
            return subj
        return None
    return None


def _person_word(tok: Any) -> bool:
    """A person's name or a role: "Mubarak", "Egyptian President Hosni Mubarak", "Pakistan's ambassador"."""
    # (not the role table's bodies: "Niger's government said its service had negotiated his release")
    return tok.ent_type_ == "PERSON" or lemma(tok) in PERSON_HEADS


@lru_cache(maxsize=1)
def _judging_words() -> frozenset[str]:
    """The lemmas of the lexicon's `that` rows: judgements whose target is the subject of a that-clause."""
    return frozenset(lemma_ for (_, lemma_), rows in default_lexicon().patterns.items()
                     if any(r.that_clause for r in rows))


def object_antecedent(pron: Any, link: ActorLinker, exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """Whom an object pronoun of the act stands for, when the act's verb follows another verb of the
    same subject: "called Putin and urged him to ...", "summoned the Chinese ambassador and protested to
    him", "laid wreaths before portraits of A and B and paid tribute to them", "clashed with X,
    chiding him". The nearest party named inside the first verb's phrase (its object, its phrases),
    never its subject (an object pronoun does not stand for its own clause's subject), of the
    pronoun's number: him / her a person or an office holder, them a plural or coordinated phrase.
    The first such phrase decides: an uncoded person, or the source's own state, gives [].
    Recency alone is wrong too often in long sentences ("Clinton, in response to a jibe about her loss
    to Obama, accused him"): other constructions are left alone."""
    plural = OBJECT_PRONOUNS.get(pron.lower_)
    # "urging those countries to ...", "warned the two nations": a plural that points back stands for the
    # coordinated states named before it, as "them" does (shape19)
    back = plural is None and pron.pos_ == "NOUN" and pron.lower_ != "they" and points_back(pron)
    state = pron.lower_ == "it" and pron.tag_ == "PRP"  # "accused Taiwan of ... and urged it to" (shape19)
    if back:
        plural = True
    elif state:
        plural = False
    elif plural is None or pron.tag_ != "PRP":
        return []
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    clause = pron.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # ("ties with them": the verb whose phrase holds the pronoun)
    if pron.dep_ in OBJECT_DEPS and clause.pos_ == "VERB" and plural and not back:
        fronted = _fronted_party(clause, link, exclude)
        if fronted:
            return fronted
    if pron.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl", "xcomp"):
        return []
    first = verb.head
    if first.pos_ != "VERB" or first.i > verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return []  # a clause with a subject of its own ("when Clinton ... accused him") shares nothing
    subject = {t.i for c in kids(first) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for i in range(verb.i - 1, first.left_edge.i - 1, -1):
        tok = pron.doc[i]
        if i in subject or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "poss", "amod"):
            continue
        if _reason_object(tok, first):
            continue  # "censured X for torture and urged it to ...": the reason is no antecedent (leads41)
        head = tok
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head  # "Kim Il Sung and Kim Jong Il": the first conjunct heads the phrase
        many = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in kids(head))
        if state:
            # "it" stands for the nearest thing named before it: a state or a body when that is one
            # ("criticised the plan and called it unrealistic" stands for the plan, so no party)
            if many or head.ent_type_ not in ("GPE", "ORG", "NORP") and head.pos_ != "NOUN":
                continue
            # (or a body named by its role: "criticised Burma's military government and urged it to"; lead40)
            found = phrase_actors(head, link, deep=False) if head.ent_type_ in ("GPE", "ORG") \
                or role_sector(head) else []
            return [a for a in found
                    if not exclude.blocks(a) and not _one_state(a[0].code or "", exclude.codes)]
        if many != plural or head.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") and not (
                back and head.ent_type_ == "GPE"):
            continue
        found = phrase_actors(head, link, deep=False)
        if not plural:  # one person: an office holder or a named person, never a bare country
            found = [a for a in found if len(a[0].code or "") > 3]
        if not found and not (head.ent_type_ == "PERSON" and not plural):
            continue  # a thing ("the Benghazi hearing", "the loans"), not whom the pronoun stands for
        return [a for a in found if not exclude.blocks(a) and not _one_state(a[0].code or "", exclude.codes)]
    return []


def _reason_object(tok: Any, first: Any) -> bool:
    """Whether `tok` is inside a "for" or "over" phrase that gives the reason of the first verb's act (hung
    on the verb or on its object: "censured the government for torture", "for the killings in East
    Timor", "over its rights record")."""
    while tok.head.i != tok.i and tok.head.i != first.i:
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in ("for", "over") and (
                head.dep_ in ("dobj", "dative") and head.head.i == first.i):
            return True
        tok = head
    # (on the verb itself only beside its object: "flew to Sirte for talks with Gadhafi and urged him" is
    # a purpose that names the one "him" stands for)
    return tok.dep_ == "prep" and tok.lower_ in ("for", "over") and tok.head.i == first.i and any(
        c.dep_ == "dobj" for c in kids(first))


def _fronted_party(verb: Any, link: ActorLinker, exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """ "Yugoslavia, in a bid to force the Bosnian Serbs to accept the plan, cut off ties with them": "them"
    stands for the plural party named in an adjunct set before the verb, between its subject and it, when
    that adjunct names exactly one such party (lead30)."""
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    adjuncts = [c for c in kids(verb) if subj.i < c.i < verb.i and c.dep_ in ("prep", "advcl", "npadvmod")]
    heads = [t for a in adjuncts for t in a.subtree if t.pos_ in ("NOUN", "PROPN")
             and t.dep_ not in ("compound", "poss", "amod", "conj") and t.tag_ in ("NNS", "NNPS")]
    found = [a for h in heads for a in phrase_actors(h, link, deep=False)
             if not exclude.blocks(a) and not _one_state(a[0].code or "", exclude.codes)]
    return found if len({a[0].code for a in found}) == 1 else []


def _one_state(code: str, sources: frozenset[str]) -> bool:
    """A bare country and a sector of it ("Israeli jets bombed them" after "Israeli towns"): a state does
    not act on itself; two sectors of one country (USAELI, USALEG) may."""
    return any(code[:3] == c[:3] and (len(code) == 3 or len(c) == 3) for c in sources)


def _with_coordinated(found: list[tuple[Any, int, int, Any]], cand: Any, link: ActorLinker,
                      exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """A party named in a prepositional phrase shares its part with the phrases coordinated with it:
    "sent aid to Yemen and to Sudan", "met with X as well as with Y" act on both."""
    seen = {a[0].code for a in found}
    out = list(found)
    for other in coordinated_pobjs(cand):
        # parties, not an audience: "with the Ugandan leader and with reporters in Nairobi" adds no press
        for a in _cand_actors(other, link):
            press = a[0].sector == "MED" and a[3] is not None and a[3].pos_ != "PROPN"
            if a[0].code not in seen and not exclude.blocks(a) and not press:
                seen.add(a[0].code)
                out.append(a)
    return out


RELATIVES = {"which", "that", "who", "whom"}


def _antecedent_owner(tok: Any, objs: list[Any], link: ActorLinker,
                      exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """The party of a relative clause's patient: "a budget which was welcomed by Washington" is
    about the budget's owner: the antecedent itself when it is an actor, its possessor, or the one
    who put it forward ("Japan announced a budget which ...")."""
    if tok.dep_ != "relcl" or not any(o.lower_ in RELATIVES for o in objs):
        return []
    ante = tok.head
    owners = [ante] + [c for c in kids(ante) if c.dep_ == "poss"]
    if ante.dep_ == "dobj":
        owners += [c for c in kids(ante.head) if c.dep_ == "nsubj"]
    for owner in owners:
        if owner.lower_ in PRONOUNS:
            continue
        found = [a for a in _cand_actors(owner, link) if not exclude.blocks(a)]
        if found:
            return found
    return []


def _cand_actors(cand: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """Actors of a target candidate. An event noun is no actor: its own modifiers ("an EU
    statement") or its parties ("the blockade of Serbia", "an offer from Afghanistan", "talks between
    A and B") name one, never its place ("talks ... in Beijing") or topic ("talks on the war in Gaza")."""
    if not is_event_noun(cand):
        # ("denied charges by a human rights group": a relief or rights group with no name is CAMEO's NGO,
        # a complete code, as it is for a source; lead39)
        return phrase_actors(cand, link) or (bare_agent(cand, link) if role_sector(cand) == "NGO" else [])
    found = phrase_actors(cand, link, deep=False)
    for p in kids(cand):
        if found:
            break
        attacked = p.lower_ == "on" and lemma(cand) in ATTACK_NOUNS | {"offensive", "invasion", "onslaught"}
        if p.dep_ == "prep" and p.lower_ not in LOCATIVE and \
                (p.lower_ not in ("on", "about", "over") or attacked):
            # (an "assault on Grozny" names what is attacked, "talks on Gaza" only a topic; gsrforce)
            # "a visit to Berlin and to Paris": coordinated phrases name a party each
            found = [a for o in kids(p) if o.dep_ == "pobj" for g in [o, *coordinated_pobjs(o)]
                     for a in phrase_actors(g, link, deep=False)]
    return found


# nominalised acts the lexicon has no trigger row for, but which are events all the same
NOMINALISED = {"resumption", "restoration", "normalization", "normalisation", "establishment", "reopening",
               "closure", "improvement", "expansion", "renewal", "resolution", "settlement", "removal",
               "abuse", "violation", "atrocity", "crime", "killing", "crackdown"}

BORDERS = {"border", "frontier", "boundary"}

# waters named after a country are no country's territory
WATERS = {"sea", "gulf", "strait", "ocean", "bay", "channel", "waters"}

# condemnations whose object may be an attack, and the attacks they may name
CONDEMN_VERBS = {"condemn", "denounce", "deplore", "decry", "criticize", "criticise"}
CONDEMN_NOUNS = {"condemnation", "denunciation", "criticism"}
ATTACK_NOUNS = {"attack", "bombing", "blast", "explosion", "assault", "killing", "massacre", "shooting",
                "strike", "airstrike", "raid", "shelling", "ambush", "atrocity"}

# an official complaint about an act by another party (the codebook's 114: "complained to the UN over
# Israeli air raids"): the complaint is aimed at the one whose act it is, not at the body it is lodged with
GRIEVANCE_ACTS = ATTACK_NOUNS | {"incursion", "intrusion", "violation", "overflight", "occupation",
                                 "bombardment", "detention", "arrest", "expulsion", "seizure", "blockade"}


def grievance_agents(tok: Any, link: ActorLinker, exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """The agents of the act a complaint or protest is over or about, named on that act's noun (its
    by-phrase, its possessor, its own modifiers: "Israeli air raids", "raids by Israel"); none = none."""
    nouns = [o for o in kids(tok) if o.dep_ == "dobj" and lemma(o) in COMPLAINT_NOUNS] \
        if lemma(tok) in LODGING else []
    if lemma(tok) not in LODGED and lemma(tok) != "complaint" and not nouns:
        return []
    if not nouns:
        acts = [g for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("over", "about", "against")
                for g in kids(p) if g.dep_ == "pobj" and lemma(g) in GRIEVANCE_ACTS]
        return act_agents(acts, link, exclude)
    # "filed a complaint with the Security Council against Israel": the against-phrase may hang on the
    # lodging verb, on the complaint noun, or (misattached) on the body it is lodged with. A complaint
    # lodged with a body over another's act stays at the body ("lodged a complaint with the UN over
    # Israeli air strikes": the wire probes' convention); only a party it is against moves it
    holders = [tok, *nouns]
    holders += [g for h in list(holders) for p in kids(h) if p.dep_ == "prep" and p.lower_ in ("with", "to")
                for g in kids(p) if g.dep_ == "pobj"]
    against = [g for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ == "against"
               for g in kids(p) if g.dep_ == "pobj" and lemma(g) not in GRIEVANCE_ACTS]
    return [a for g in against for a in phrase_actors(g, link) if not exclude.blocks(a)]


def owned_act_agents(tok: Any, objs: list[Any], link: ActorLinker,
                     exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """A condemnation of another party's act ("condemned Tokyo's approval of textbooks", "criticized the
    expulsion of a journalist by Zimbabwe") is aimed at the act's doer, named by its possessor or its
    by-phrase; none named = none (the usual object search goes on)."""
    if lemma(tok) not in CONDEMN_VERBS | PRAISE_VERBS:
        return []
    bound = _bound_by_pact(objs, link, exclude)
    if bound:
        return bound
    acts = [o for o in objs if (o.dep_ == "dobj" or o.i == getattr(displaced_object(tok), "i", -1))
            and _judged_deed(o) and lemma(o) not in ATTACK_NOUNS]
    # "denounced what it called the brutal repression of Kashmiri Moslems by Indian security forces": the
    # deed named inside the speaker's own wrapper; its by-phrase may hang on the wrapper's verb (targets33)
    wrapper = _deed_wrapper(tok)
    if wrapper is not None and not acts:
        acts = [o for h in [wrapper, *(p for p in kids(wrapper) if p.dep_ == "prep" and p.lower_ == "as")]
                for o in kids(h) if o.dep_ in ("oprd", "dobj", "pobj") and o.lower_ != "what"
                and _judged_deed(o) and lemma(o) not in ATTACK_NOUNS]
    if lemma(tok) in PRAISE_VERBS:
        # "welcomed the release of Aung San Suu Kyi by the military government": praise of an act is
        # aimed at its doer as a condemnation is (CAMEO 051); an opponent freed or held with no doer
        # named was freed or held by his own state (targets32)
        acts = [o for o in acts if lemma(o) in HELD_DEEDS]
    agents = [c for o in acts for c in kids(o) if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
    # (the parser hangs the by-phrase on the of-object or on its last conjunct: "the hanging of writer Ken
    # Saro-Wiwa and eight other activists by Nigeria's military rulers"; targets33)
    agents += [g for o in acts for h in [o, *(q for p in kids(o) if p.dep_ == "prep" and p.lower_ == "of"
                                              for q0 in kids(p) if q0.dep_ == "pobj"
                                              for q in [q0, *(c for c in kids(q0) if c.dep_ == "conj")])]
               for b in kids(h) if b.dep_ in ("prep", "agent") and b.lower_ == "by"
               for g in kids(b) if g.dep_ == "pobj"]
    agents += verb_hung_agents(tok, acts) if not agents else []
    if wrapper is not None and acts and not agents:
        agents = [g for b in kids(wrapper) if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                  and b.i > max(o.i for o in acts) for g in kids(b) if g.dep_ == "pobj"]
    found = [a for g in agents for a in _doer_named(g, link) if not exclude.blocks(a)]
    if not found and agents:
        found = _own_forces(agents, acts, link, exclude)
    if not found and lemma(tok) in PRAISE_VERBS:
        found = [_own_state_of(a) for o in acts if lemma(o) in HELD_DEEDS for p in kids(o)
                 if p.dep_ == "prep" and p.lower_ == "of" for g in kids(p) if g.dep_ == "pobj"
                 for a in phrase_actors(g, link) if (a[0].code or "")[3:6] in HELD_OPPONENTS
                 and not exclude.blocks(a)]
    return found


# nouns of a state's or an armed side's deeds the lexicon has no row for, judged by another party: the
# condemnation is aimed at the doer its by-phrase or possessor names (targets33)
JUDGED_DEED_NOUNS = frozenset({"hanging", "ouster", "overthrow", "repression", "persecution", "punishment",
                               "annexation", "sentencing", "deportation", "suppression", "oppression",
                               "mistreatment", "treatment", "harassment", "intimidation"})
# verbs of a speaker's own wrapper around the deed judged ("what it called the ...", "what it described as")
WRAPPING = frozenset({"call", "describe", "term", "brand", "label"})


def _doer_named(tok: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The actors of a doer's phrase, without the place its in- or at-phrase names ("Israeli troops in
    the West Bank" are Israel's, not the West Bank's) when the phrase's own words name one."""
    found = phrase_actors(tok, link)
    places = [t for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("in", "at") for t in p.subtree]
    if not places:
        return found
    start = places[0].idx
    own = [a for a in found if a[1] < start]
    return own or found


# nouns of a pact whose "under which" clause names the party it binds
_PACT_WORDS = frozenset({"agreement", "accord", "deal", "pact", "arrangement", "plan", "compromise",
                         "treaty"})


def _bound_by_pact(objs: list[Any], link: ActorLinker, exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """ "welcomed an accord under which Iraq will give U.N. inspectors access", "praised an agreement under
    which Vietnam will withdraw its troops": a verdict on a pact is aimed at the party its under-which (or
    whereby) clause binds, the clause's named subject, not at those the clause's act reaches (targets33)."""
    subjects = [c for o in objs if o.dep_ == "dobj" and lemma(o) in _PACT_WORDS for v in kids(o)
                if v.dep_ == "relcl" and any(
                    (p.dep_ == "prep" and p.lower_ == "under" and any(w.lower_ == "which" for w in kids(p)))
                    or (p.dep_ == "advmod" and p.lower_ == "whereby") for p in kids(v))
                for c in kids(v) if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
    return [a for g in subjects for a in _doer_named(g, link) if not exclude.blocks(a)
            and len(a[0].code or "") >= 3 and not a[0].code.startswith("---")]


def _own_forces(agents: list[Any], acts: list[Any], link: ActorLinker,
                exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """ "condemned the ouster of Haitian President Jean-Bertrand Aristide by the army": a state's role the
    by-phrase names with no country of its own (the army, the police, the authorities) is of the country
    of the deed's of-object, a state acting on its own people, when that names one country."""
    sufferers = [a for o in acts for p in kids(o) if p.dep_ == "prep" and p.lower_ == "of"
                 for g in kids(p) if g.dep_ == "pobj" for a in phrase_actors(g, link)]
    homes = {(a[0].code or "")[:3] for a in sufferers if len(a[0].code or "") >= 3}
    if len(homes) != 1 or "---" in homes:
        return []
    home = next(iter(homes))
    out = []
    for a in (a for g in agents for a in bare_agent(g, link)):
        code = a[0].code or ""
        if not code.startswith("---") or code[3:6] not in ("MIL", "COP", "GOV", "JUD"):
            continue
        why = f"a state's role acting on one of its own people ({home}): {home}{code[3:]}"
        a = (replace(a[0], code=home + code[3:], reasons=[*a[0].reasons, why]), a[1], a[2], a[3])
        if not exclude.blocks(a):
            out.append(a)
    return out


def _judged_deed(tok: Any) -> bool:
    return is_event_noun(tok) or (tok.pos_ == "NOUN" and lemma(tok) in JUDGED_DEED_NOUNS)


def _deed_wrapper(tok: Any) -> Any | None:
    """The wrapping verb of "condemned what it called the X of Y by Z": a clausal object of the verdict
    whose own object is "what" and whose complement (or as-phrase) names the deed."""
    for c in kids(tok):
        if c.dep_ in ("ccomp", "dobj", "xcomp") and c.pos_ == "VERB" and lemma(c) in WRAPPING \
                and any(w.lower_ == "what" for w in kids(c)):
            return c
    return None


# verbs of praise whose object may be another party's act (CAMEO 051)
PRAISE_VERBS = {"welcome", "praise", "hail", "applaud", "commend"}
# a state's acts on the persons it holds: praised, they are aimed at the state that did them
HELD_DEEDS = {"release", "freeing", "arrest", "detention", "jailing", "imprisonment", "pardon", "execution",
              "sentencing", "conviction", "acquittal"}
# persons whose own state holds or frees them: its opponents and dissidents
HELD_OPPONENTS = {"OPP", "REB"}


def _own_state_of(hit: tuple[Any, int, int, Any]) -> tuple[Any, int, int, Any]:
    """The government of a held opponent's own country, with the person's phrase as evidence."""
    actor = hit[0]
    country = (actor.code or "")[:3]
    state = replace(actor, code=f"{country}GOV", sector="GOV",
                    reasons=[*actor.reasons, f"an opponent held or freed with no doer named: by his own "
                             f"state ({country}GOV)"])
    return (state, hit[1], hit[2], hit[3])


def protest_aim_agents(tok: Any, link: ActorLinker, exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """A protest whose purpose clause names another party's act ("staged a general strike to protest
    Israel's closure of the West Bank", "marched ... to protest the Turkish occupation of the north") is
    aimed at the act's doer (its possessor, its own nationality, its by-phrase), before the place it
    happens in or the place it marches on. Only an act noun as the aim verb's object or against-phrase;
    none named = none (the usual search goes on)."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "AUX") else [])
    clauses = [c for h in heads for c in kids(h) if _aim_clause(c)]
    acts = [o for c in clauses for o in kids(c) if o.dep_ == "dobj" and _act_noun(o)]
    acts += [o for c in clauses for p in kids(c) if p.dep_ == "prep" and p.lower_ in ("against", "over")
             for o in kids(p) if o.dep_ == "pobj" and _act_noun(o)]
    if not acts:
        return []
    agents = [g for o in acts for p in kids(o) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
              for g in kids(p) if g.dep_ == "pobj"]
    agents += [c for o in acts for c in kids(o) if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
    agents += [c for o in acts for c in kids(o) if c.dep_ in ("amod", "compound") and c.ent_type_ in
               ("NORP", "GPE")]
    return [a for g in agents for a in phrase_actors(g, link) if not exclude.blocks(a)]


def _act_noun(tok: Any) -> bool:
    return is_event_noun(tok) or lemma(tok) in GRIEVANCE_ACTS  # ("occupation" triggers nothing itself)


def displaced_object(tok: Any) -> Any | None:
    """The object a verb of condemnation puts after its as-phrase, which the parser reads as the
    phrase's own noun: "condemned as barbaric the Serbian police raids", "denounced as an ugly crime
    Serbia's suppression of ...". Only with no direct object, and only an act noun that opens its own
    noun phrase after the as-complement (a determiner or possessor of its own past the word after
    "as"): "condemned it as a crime" keeps its object, "denounced as a crime" alone has none."""
    if any(c.dep_ == "dobj" for c in kids(tok)):
        return None
    for p in kids(tok):
        if p.dep_ != "prep" or p.lower_ != "as":
            continue
        for o in kids(p):
            own = [c for c in kids(o) if c.dep_ in ("det", "poss") and c.i > p.i + 1]
            if o.dep_ == "pobj" and is_event_noun(o) and own:
                return o
    return None


def verb_hung_agents(tok: Any, acts: list[Any]) -> list[Any]:
    """The by-phrase of an act noun that the parser hung on the active verb whose object the noun is:
    "denounced the execution of a dissident by the authorities in Riyadh", "condemned the arrest of
    the editor by police" (an active verb has no agent of its own; a by-phrase after its object names
    the object act's doer). Only a noun phrase right after the act's own phrase ("by doing" is a
    means, "by a vote of" names no party and gives no actor)."""
    if not acts or any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(tok)):
        return []
    end = max(o.right_edge.i for o in acts)
    # (the act's own to- or for-phrase may come between, hung on the verb too: "criticised the sentencing of
    # Wang Dan to 11 years in prison by a Beijing court"; targets33)
    for p in sorted((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("to", "for")),
                    key=lambda c: c.i):
        if p.i == end + 1:
            end = p.right_edge.i
    return [g for b in kids(tok) if b.dep_ in ("prep", "agent") and b.lower_ == "by" and b.i == end + 1
            for g in kids(b) if g.dep_ == "pobj"]


def act_agents(acts: list[Any], link: ActorLinker, exclude: Exclusion) -> list[tuple[Any, int, int, Any]]:
    """Who did the acts named by these nouns: their by-phrase, their possessor, their own modifiers
    ("raids by Israel", "Israel's raids", "Israeli raids")."""
    agents = [g for o in acts for p in kids(o) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
              for g in kids(p) if g.dep_ == "pobj"]
    # "the expulsion of a journalist by Zimbabwe", "the attack on the embassy by students": the parser
    # hangs the act's by-phrase on its of- or on-object
    agents += [g for o in acts if not agents for p in kids(o) if p.dep_ == "prep"
               and p.lower_ in ("of", "on", "against")
               for q in kids(p) if q.dep_ == "pobj" for b in kids(q) if b.dep_ == "prep" and b.lower_ == "by"
               for g in kids(b) if g.dep_ == "pobj"]
    agents += [c for o in acts for c in kids(o) if c.dep_ == "poss"]
    # "the atrocities committed by Sierra Leonean rebels", "massacres carried out by militiamen": the agent
    # of the act's own participle (lead31)
    agents += [g for o in acts if not agents for v in kids(o) if v.dep_ == "acl" and v.tag_ == "VBN"
               for p in kids(v) if p.dep_ == "agent" for g in kids(p) if g.dep_ == "pobj"]
    found = [a for g in agents for a in phrase_actors(g, link)]
    found += [a for o in acts for a in phrase_actors(o, link, deep=False)]
    return [a for a in found if not exclude.blocks(a)]


# acts that hand something over: the receiver ("to X") is the target before what is handed over
RECIPIENT_FIRST = {"AID", "COOPERATE", "RETREAT"}

# what explodes is no actor: "a car bomb exploded in Mogadishu" was set off by unidentified forces
# the reason on an attacker inferred from the place alone: no CAMEO triple is coded from it
UNNAMED_FORCE = "no attacker named: unidentified armed forces of the place"

THINGS = {"explosion", "blast", "device", "explosive", "fire", "blaze", "shell", "car", "vehicle"}


def is_event_noun(tok: Any) -> bool:
    """A noun naming an act ("talks", "attack", "resumption"), not an actor or a patient."""
    if tok.pos_ != "NOUN":
        return False
    # the answer depends on the word's lemma and lower-case form and the lexicon only: kept by the
    # words' hashes (as `parse.lemma`), per lexicon object (asked about 2,000 times a run)
    global _EVENT_NOUNS
    lex = default_lexicon()
    if _EVENT_NOUNS[0] is not lex:
        _EVENT_NOUNS = (lex, {})
    kept = _EVENT_NOUNS[1]
    key = (tok.lower, tok.lemma)
    found = kept.get(key)
    if found is None:
        if len(kept) >= 50_000:
            kept.clear()
        found = kept[key] = any(w in NOMINALISED or lex.lookup("noun", w)
                                for w in (tok.lemma_.lower(), tok.lower_))
    return found


_EVENT_NOUNS: tuple[Any, dict[tuple[int, int], bool]] = (None, {})


DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# texts of rules that "call on" or "require" ("the order", "a fact sheet"): no crowd of a place (not
# parse.DOCUMENTS, the texts that speak in their author's name)
WRITTEN_RULES = frozenset({"order", "decree", "law", "rule", "regulation", "bill", "act", "document", "memo",
                           "directive", "provision", "article", "clause", "guideline", "fact"})
# people named by not belonging where they are: where they act gives them no country (census 19)
OUTSIDERS = frozenset({"foreigner", "expatriate", "expat", "tourist", "visitor", "immigrant", "migrant",
                       "emigre", "émigré", "exile", "refugee", "asylum-seeker", "outsider", "alien"})


def located_actor(subj: Any, anchor: Any, sent: Any, link: ActorLinker,
                  etype: str = "") -> list[tuple[Any, int, int, Any]]:
    """An actor with no name of its own ("thousands of students", "demonstrators") takes the country
    where it acts: a place in its own phrase, else the place of the event. The actor keeps the
    subject's span as evidence; the reason says where the code came from."""
    head = _counted(subj)
    if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        return []  # a named person nobody coded is no crowd of the place ("Pope Francis ... in Gaza")
    if head.lower_ in DEMONSTRATIVES:
        return []  # "These are the figures for the dead and injured in ... Nairobi": a pointer, no actor
    if head.lower_ == "state" and not any(c.dep_ in ("amod", "compound", "poss") for c in kids(head)):
        # "Barco said that the state would wage war on the cartels and that their leaders would be tried in
        # the United States": the bare state is the speaker's, never the place a later clause names
        return []
    if head.ent_type_ in MEASURES:
        return []  # "shortened by one hour the curfew imposed in Sudan": a measure, no agent
    if lemma(head) in WRITTEN_RULES:
        return []  # "the Executive Order on Competition in the American Economy called on ...": a text
    if head.tag_ == "NNS" and pair_of_sides(head.doc[head.left_edge.i:head.i + 1].text):
        return []  # "the two leaders met in Geneva": one from each side, not the venue's
    if lemma(head) in OUTSIDERS or any(m.dep_ in ("amod", "compound") and m.lower_ in FOREIGN_WORDS
                                       for m in kids(head)):
        # "foreigners can invest ... in New York", "foreign investors in Seoul": people from elsewhere
        # are not the place's (the actors stage's own words for foreign people)
        return []
    # an attack with no named attacker ("a roadside bombing near Samarra killed ...") was carried out
    # by someone: for PLOVER, unidentified armed forces (UAF) of the place, as the GSR records code it;
    # CAMEO gives it no triple (emit.py), as the annotation guide and PETRARCH have it
    # "rebel positions", "guerrilla camps": a thing whose modifier names whose it is (REB; lead30)
    owner_sector = next((sec for m in kids(head) if m.dep_ in ("amod", "compound") and m.i < head.i
                         and (sec := role_sector(m)) in ARMED_ROLES), None)
    unnamed_force = etype == "ASSAULT" and owner_sector is None and (
        is_event_noun(head) or lemma(head) in THINGS | default_lexicon().classes.get("&WEAPON", frozenset()))
    places = [t for t in subj.subtree if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE]
    own_anchor = anchor
    if subj.dep_ in ("nsubj", "nsubjpass") and subj.head != anchor and subj.head.pos_ in ("VERB", "AUX"):
        # "groups urged Indonesia to free prisoners in East Timor": the actor acts where its own verb
        # does, not where the act it asks for would happen
        anchor = subj.head
    heads = [anchor] + [c for c in kids(anchor) if c.dep_ == "dobj"] + _light_verb(anchor)
    # "fired shells at Seoul": what an attack is aimed at is its target, not where the actor is
    preps = LOCATIVE - {"at"} if etype == "ASSAULT" else LOCATIVE
    places += [t for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ in preps
               for t in kids(c) if t.dep_ == "pobj"]
    # a place hung lower in the clause: "clashed with police in Nairobi"
    places += [t for h in heads for c in kids(h) if c.dep_ == "prep" for o in kids(c) if o.dep_ == "pobj"
               for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ in preps and t.i != o.i]
    # "killed 30 villagers south of Algiers", "50 km north of Lima"
    places += [t for h in heads for d in kids(h)
               if d.dep_ in ("advmod", "npadvmod") and d.lower_ in DIRECTIONS
               for p in kids(d) if p.dep_ == "prep" and p.lower_ == "of" for t in kids(p) if t.dep_ == "pobj"]
    # "outside of the Iraqi city of Basra"
    places += [t for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ in preps
               for p in kids(c) if p.dep_ == "prep" and p.lower_ == "of" for t in kids(p) if t.dep_ == "pobj"]
    # last, anywhere in the clause: "took passengers hostage on a train in Balochistan" (misparsed)
    # a verbal act's complement ("urged X to free prisoners in East Timor") happens elsewhere
    asked = [c for c in kids(anchor) if c.dep_ in ("xcomp", "ccomp")] \
        if anchor is not own_anchor or etype in VERBAL_TYPES else []
    # nor does a relative clause's ("denounce the worms who support keeping him in the United States")
    clause = list(anchor.subtree)  # (walked once: spaCy makes a Token per word on every walk)
    asked += [c for c in clause if c.dep_ == "relcl"]
    # nor what a protest is against ("marched to protest against the war in Iraq")
    asked += [c for c in clause if _aim_clause(c)]
    places += [t for t in clause if t.dep_ == "pobj" and t.head.lower_ in preps and t not in places
               and not (subj.left_edge.i <= t.i <= subj.right_edge.i)
               and not any(c.left_edge.i <= t.i <= c.right_edge.i for c in asked)]
    # "seized an engineer on a Beirut street": a street or road names its town (lead38)
    places += [t for t in clause if t.dep_ == "pobj" and t.head.lower_ == "on" and lemma(t) in STREETS
               and t not in places and not (subj.left_edge.i <= t.i <= subj.right_edge.i)]
    # "in a night attack on a hamlet west of Algiers": a compass phrase anywhere in the clause (lead30)
    places += [t for d in clause if d.lower_ in DIRECTIONS
               and not any(c.left_edge.i <= d.i <= c.right_edge.i for c in asked)
               for p in kids(d) if p.dep_ == "prep" and p.lower_ == "of" for t in kids(p)
               if t.dep_ == "pobj" and t not in places]
    for place in places:
        if etype != "MOBILIZE" and border_place(place):
            continue  # "killed rebels near the Honduran border": either side of it, no country of theirs
        if place.lower_ in HOSTED_POSTS:
            continue  # "crowds stoned the Indian consulate in Karachi": a post abroad is in its host
        hit = one_actor(place, link, deep=True)
        if hit is None or len(hit[0].code) != 3:
            continue
        if etype != "MOBILIZE" and hit[3] is not place and border_place(hit[3]):
            continue  # "towns in Blue Nile state near the Ethiopian border": the country found deep in the
            # place's phrase names the border, not the place (stories29)
        sector = "UAF" if unnamed_force else owner_sector or role_sector(_counted(subj))  # "rebels in Mali"
        # the article's text has the Doc's offsets (`analysis_text`); `Doc.text` is rebuilt on each call
        reasons = [f"country of the place '{link.article.text[hit[1]:hit[2]]}' where the unnamed actor acts"]
        if unnamed_force:
            reasons.append(UNNAMED_FORCE)
        elif sector:
            reasons.append(f"'{subj.text}' is a {sector} role")
        actor = Actor(name=subj.text, code=hit[0].code + (sector or ""), country=hit[0].code,
                      sector=sector, reasons=reasons)
        lo, hi = BOUNDS.get()
        # the phrase, without what hangs on it after a comma or as a clause ("Thousands of farmers,
        # angry over imports, protested" misparsed as one noun phrase)
        cut = {t.i for c in kids(subj) if c.i > subj.i
               and c.dep_ in ("acl", "relcl", "amod", "appos", "punct", "advmod") for t in c.subtree}
        words = [t for t in subj.subtree if lo <= t.i < hi and not t.is_punct and t.i not in cut]
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)  # "Thousands of students"
        return [(actor, start, end, subj)]
    return _dateline_placed(subj, sent, link, unnamed_force, owner_sector)


def _dateline_placed(subj: Any, sent: Any, link: ActorLinker, unnamed_force: bool,
                     owner_sector: str | None) -> list[tuple[Any, int, int, Any]]:
    """"COLOMBO (Reuters) - Rebels attacked an army camp": an unnamed actor of a lead that names no place
    acts where the dateline is (not under the agencies' desks, dateline_target.lead_state; lead38)."""
    if unnamed_force or sent is None:
        return []
    sector = owner_sector or role_sector(_counted(subj))
    if sector not in HOME_SECTORS or subj.pos_ == "PROPN":
        return []
    found = lead_state(sent, link.article)
    if found is None:
        return []
    country, where = found
    lo, hi = BOUNDS.get()
    words = [t for t in subj.subtree if lo <= t.i < hi and not t.is_punct and t.i <= subj.i]
    if not words:
        return []
    reasons = [f"'{subj.text}' is a {sector} role", f"the lead names no place: its dateline {where} is "
               f"{possessive(countries.gazetteer().name_of(country))}"]
    actor = Actor(name=subj.text, code=country + sector, country=country, sector=sector, reasons=reasons)
    return [(actor, words[0].idx, words[-1].idx + len(words[-1].text), subj)]


# the roles whose unnamed people act at home: not officials or envoys ("MOSCOW - The ambassador to Russia
# criticized ...", conv22), nor gunmen, militants or criminals, who may come from across a border
HOME_SECTORS = frozenset({"REB", "MIL", "COP", "OPP", "CVL", "EDU", "LAB", "AGR", "BUS", "MED", "HLH", "REL"})
# nouns of ways and streets, whose on-phrase places an act ("on a Beirut street", "on the Kabul road")
STREETS = frozenset({"street", "road", "highway", "avenue", "boulevard", "motorway", "outskirts", "bridge"})


# entity labels of amounts and times, which are nobody ("by one hour", "by 30 percent"); not DATE, which
# the small model also gives crowds ("Thousands of Greeks")
MEASURES = frozenset({"TIME", "PERCENT", "MONEY", "QUANTITY"})


# compass points whose of-phrase places an act ("south of Algiers")
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "northwards", "southwards"}


def placed_parties(heads: list[Any], home: str, why: str,
                   link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The coded parties the noun phrases headed by `heads` name (a bare agent where no table does), an
    unplaced agent placed in `home` (`placed_home`); uncoded and still unplaced ones left out."""
    named = (placed_home(a, home, why)
             for h in heads for a in (phrase_actors(h, link) or bare_agent(h, link)))
    return [a for a in named if len(a[0].code or "") >= 3 and not (a[0].code or "").startswith("---")]


def placed_home(a: tuple[Any, int, int, Any], home: str, why: str) -> tuple[Any, int, int, Any]:
    """`a` placed in `home`, with `why` among its reasons, when it is an agent the sentence leaves unplaced
    ("---REB"); any other actor as it is. (A side a state yields to or halts its forces against, with no
    country of its own, is that state's own.)"""
    code = a[0].code or ""
    if not (code.startswith("---") and home and len(code) == 6):
        return a
    return replace(a[0], code=home + code[3:], country=home, reasons=[*a[0].reasons, why]), a[1], a[2], a[3]


def bare_agent(head: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """A role noun with no country anywhere ("rebels", "government troops"): CAMEO's unknown-country
    agent, "---" + sector (---REB, ---MIL), so that the dyad is complete as the codebook counts it."""
    if head.lower_ in PRONOUNS or head.pos_ == "PROPN":
        return []
    role = _counted(head)
    sector = role_sector(role)
    if not sector or sector == "ELI":
        return []
    lo, hi = BOUNDS.get()
    words = [t for t in role.subtree if lo <= t.i < hi and not t.is_punct and t.dep_ not in ("relcl", "acl")
             and t.i <= role.i]
    start, end = (words[0].idx, role.idx + len(role.text)) if words else link.span_of_token(role)
    if sector == "NGO":  # "aid workers": relief groups are transnational, coded NGO as Red Cross staff are
        actor = Actor(name=role.text, code="NGO", reasons=[f"'{role.text}' names a relief or rights group's "
                                                          "people: NGO, CAMEO's transnational code"])
        return [(actor, start, end, role)]
    actor = Actor(name=role.text, code="---" + sector, sector=sector,
                  reasons=[f"'{role.text}' is a {sector} role; no country in the phrase or the story: "
                           "CAMEO's unknown country '---'"])
    return [(actor, start, end, role)]


def _light_verb(noun: Any) -> list[Any]:
    """The verb carrying an event noun, whose place phrases are the event's: "went on strike in X"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return [noun.head]  # ("oprd": "called a general strike", misread as an object predicate)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return [noun.head.head]
    return []


def _counted(head: Any) -> Any:
    """The counted noun of a quantity phrase: "thousands of protesters" -> protesters."""
    if head.pos_ == "NUM" or head.lower_ in ("thousands", "hundreds", "dozens", "scores", "tens"):
        for p in kids(head):
            if p.dep_ == "prep" and p.lower_ == "of":
                return next((o for o in kids(p) if o.dep_ == "pobj"), head)
    return head


def _pronoun_object(anchor: Any) -> bool:
    """The act, or the act its purpose clause names, is done to people a pronoun stands for ("had to use
    tear gas to clear them", "fired shots to disperse them"): the recipient is named, in another sentence,
    so the actor's own country (its own words as evidence) is no reading of it."""
    verbs = [anchor] + [c for c in kids(anchor) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    return any(o.dep_ == "dobj" and o.lower_ in ("them", "him", "her") for v in verbs for o in kids(v))


# forty-second session (wip/stories44): a protest outside a state's embassy or consulate is aimed at that
# state, before the city it is held in ("In Bangkok, hundreds of Thai protesters demonstrated outside the
# Cambodian Embassy" was THAOPP -> THA)
MISSIONS = frozenset({"embassy", "consulate", "legation", "mission", "chancery"})


def place_target(etype: str, sources: list[tuple[Any, int, int, Any]], anchor: Any, sent: Any,
                 link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """Protests, repression and force without a named recipient act on the country where they
    happen ("demonstrated in Kirkuk" -> IRQ); a protest or crackdown with no place, on the actor's own
    country (domestic). The target actor says which rule gave it."""
    exclude_tok = {a[3].i for a in sources if a[3] is not None}
    heads = [anchor] + [c for c in kids(anchor) if c.dep_ == "dobj"] + _light_verb(anchor)
    if etype == "PROTEST":
        body = aimed_state_body(heads, sources, link)
        if body is not None:
            return [body]
    here = LOCATIVE | ({"off"} if etype in OFFSHORE_TYPES else set())
    places = [t for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ in here
              for t in kids(c) if t.dep_ == "pobj" and t.i not in exclude_tok]
    subj, _ = subject_of(anchor, sent)
    if subj is not None:
        places += [t for t in subj.subtree if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE]
    # lower in the clause: "strikes killed 20 people in Gaza", "took to the streets of Tbilisi"
    preps = here | ({"to", "into"} if etype in MOTION_TYPES else set())
    clause = list(anchor.subtree)  # (walked once: spaCy makes a Token per word on every walk)
    aims = [c for c in clause if _aim_clause(c) or _set_off_aside(c, anchor)]
    places += [t for t in clause if t.dep_ == "pobj" and t.head.lower_ in preps
               and t.i not in exclude_tok and t not in places
               and not any(c.left_edge.i <= t.i <= c.right_edge.i for c in aims)
               and t.head.head.lower_ != "wanted"]  # "a drug lord wanted in the United States" (lead42)
    counted = [o for t in list(places) if lemma(t) not in WATERS for p in kids(t)
               if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
    places += counted
    if etype == "PROTEST":
        # (only a mission the protest itself is held at: "the roads leading to the embassy" is no place of it)
        held = {h.i for h in heads}
        places.sort(key=lambda t: not (lemma(t) in MISSIONS and t.head.lower_ in LOCATIVE
                                       and t.head.head.i in held))  # (stable: the rest keep their order)
    for place in places:
        if lemma(place) in WATERS:
            continue  # "seized a tanker in the Gulf of Oman": a sea is nobody's, the analysts' complaint
        if etype != "MOBILIZE" and border_place(place):
            continue  # "near the Iranian border": either side of it (gsrforce)
        # (the people counted are placed by their own words, not by what their clause is about: "thousands
        # of students demanding reunification with North Korea" are no North Koreans; lead29)
        hit = one_actor(place, link, deep=place not in counted or not _clause_below(place))
        if hit is not None and len(hit[0].code) > 3 and hit[0].code[:3] not in NON_STATE \
                and place.ent_type_ not in PLACE_ENTS and lemma(place) in _PEOPLE_NOUNS:
            # "threw stones at Israeli soldiers": people the act is aimed at, not a place (ISRMIL)
            return [hit]
        if hit is not None and len(hit[0].code) >= 3 and hit[0].code[:3] not in NON_STATE:
            country = hit[0].code[:3]
            why = f"{etype} with no named recipient: the country where it happens"
            people = role_object(anchor, country, why)
            if people is None and etype == "ASSAULT":
                people = _force_object(anchor, country, why)
            if people is not None:
                return [people]
            actor = Actor(name=hit[0].name, code=country, country=country, reasons=[why])
            return [(actor, hit[1], hit[2], hit[3])]
    if etype in DOMESTIC_TARGET and sources and not _pronoun_object(anchor) and not _modifies_act(sources[0]):
        src = sources[0][0]
        # a state or its government does not demonstrate against itself: "Japan protested" complains
        # to someone the sentence does not name (lead26)
        # (a people named by its nationality, "Israeli Arabs", still demonstrates at home)
        named = sources[0][3]
        state = etype == "PROTEST" and ((src.code or "")[3:6] == "GOV" or (
            len(src.code or "") == 3 and not (named is not None and named.ent_type_ == "NORP")))
        if src.code and src.code[:3] not in NON_STATE and not state:
            why = f"{etype} with no named recipient: the actor's own country"
            people = role_object(anchor, src.code[:3], why)
            if people is not None:
                return [people]
            return [own_country(src.code[:3], sources[0][1], why)]
    return []


# particles of phrasal verbs the parser may tag as prepositions ("voted down the bill")
VERB_PARTICLES = frozenset({"down", "off", "out", "up", "back"})


def _set_off_aside(c: Any, anchor: Any) -> bool:
    """A participle set off after the act that tells another act, not a harm done in it ("hanged nine
    activists, ignoring pleas from leaders meeting in New Zealand"): its places are not the act's (lead34);
    "..., killing 20 people in Gaza" still places it."""
    return c.dep_ == "advcl" and c.tag_ == "VBG" and c.head.i == anchor.i and c.i > anchor.i and \
        c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "," and lemma(c) not in HARM_VERBS_OF_ATTACKS


def _clause_below(noun: Any) -> bool:
    """A participle or relative clause hangs on the noun ("students demanding ...")."""
    return any(c.dep_ in ("acl", "relcl") for c in kids(noun))


def _modifies_act(source: tuple[Any, int, int, Any]) -> bool:
    """The doer is named by a modifier of the act's own noun ("JAPAN DOCK STRIKE", "an Israeli raid"):
    `attach` keeps such a mention from being a victim too, so its own country is no recipient either
    (the reading a sentence with the doer as subject gives, "Japanese dockworkers went on strike")."""
    tok = source[3]
    return tok is not None and tok.dep_ in ("poss", "amod", "compound") and lemma(tok.head) in VIOLENT_NOUNS


def own_country(country: str, at: int, why: str) -> tuple[Any, int, int, Any]:
    """The doer's own country as the recipient no word of the sentence names ("Police arrested a
    57-year-old man" KENCOP -> KEN, "Pinochet extended the state of siege" CHLGOV -> CHL): the state,
    with no mention of its own (an empty span at the doer's, so `emit` writes its name and no offsets).
    Never the doer's own mention: one mention in both roles reads as police acting on police."""
    name = countries.gazetteer().name_of(country) or country
    actor = Actor(name=name, code=country, country=country, reasons=[why])
    return actor, at, at, None


def _aim_clause(tok: Any) -> bool:
    """An infinitive that states what a protest is for or against ("to protest against the war in
    Iraq", "to demand an end to the killings in Darfur"): a place in it is the topic's, not where the
    act happens."""
    return tok.dep_ in ("advcl", "xcomp", "acl") and lemma(tok) in AIM_VERBS \
        and has_infinitive_to(tok)


# words of a protest's aim whose object or agent is what the protest presses: "to demand reforms by
# Suharto's government", "their effort to overthrow the government of President Gbagbo"
AIM_WORDS = AIM_VERBS | {"overthrow", "topple", "oust", "unseat", "remove", "resign", "resignation", "ouster",
                         "effort", "campaign", "bid", "drive", "reform", "change",
                         # fortieth session: "a general strike to pressure President Chavez to resign"
                         "pressure", "pressurise", "pressurize", "force", "compel"}
STATE_BODIES = {"GOV", "LEG", "JUD"}


def aimed_state_body(heads: list[Any], sources: list[tuple[Any, int, int, Any]],
                     link: ActorLinker) -> tuple[Any, int, int, Any] | None:
    """A protest names no recipient but its aim does: the government, parliament or court the purpose
    clause presses ("staged demonstrations to demand political reforms by President Suharto's
    government" -> IDNGOV, as the GSR records code such protests). The body must hang under a word of
    the aim, so a clause of time ("as police looked on") gives nothing."""
    own = {a[0].code for a in sources}
    clauses = [c for h in heads for c in kids(h) if c.dep_ in ("advcl", "xcomp", "acl", "relcl")]
    for clause in clauses:
        for tok in clause.subtree:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i == clause.i:
                continue
            path = [tok.head]  # (spaCy makes a new Token on each access: compare positions)
            while path[-1].i != clause.i and path[-1].head.i != path[-1].i and len(path) < 8:
                path.append(path[-1].head)
            if path[-1].i != clause.i or not any(lemma(t) in AIM_WORDS for t in path):
                continue
            hit = one_actor(tok, link, deep=False)
            if hit is not None and hit[0].code[3:6] in STATE_BODIES and hit[0].code[:3] not in NON_STATE \
                    and hit[0].code not in own:
                return hit
    return None


# creeds the tagger marks as nationalities: they say what people believe, not whose they are
IDEOLOGIES = {"communist", "communists", "leftist", "marxist", "maoist", "socialist", "rightist",
              "nationalist", "separatist", "royalist", "monarchist", "fascist"}


def role_object(anchor: Any, country: str, why: str,
                guests_home: str | None = None) -> tuple[Any, int, int, Any] | None:
    """The act's object when it names people by their role and no country ("arrested students",
    "released 35 rebels", "detained dozens of workers"): the country the act's place or actor gives,
    with the role's sector (TUREDU, PHLREB), as the CAMEO manual's examples code such people."""
    obj = _object_people(anchor)
    obj = _counted(obj) if obj is not None else None
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ and c.lower_ not in IDEOLOGIES
            for c in kids(obj)):
        return None
    sector = role_sector(obj) or ""  # ("20 rebel fighters": the side, REB)
    if sector not in _OBJECT_SECTORS:
        return None
    if guests_home is not None and sector in VENUE_GUESTS:
        # the place is a capital abroad where the state meets them: they are the state's own
        country = guests_home
        why = f"{why}, a capital abroad where {country} meets them: {country}'s own"
    if sector == "NGO":  # "kidnapped two aid workers in Mogadishu": a relief group's people, wherever
        why = f"'{obj.text}' names a relief or rights group's people: NGO, CAMEO's transnational code"
        actor = Actor(name=obj.text, code="NGO", reasons=[why])
        return actor, obj.idx, obj.idx + len(obj.text), obj
    actor = Actor(name=obj.text, code=country + sector, country=country, sector=sector,
                  reasons=[why, f"'{obj.text}' names them by role: {sector}"])
    return actor, obj.idx, obj.idx + len(obj.text), obj


def _force_object(anchor: Any, country: str, why: str) -> tuple[Any, int, int, Any] | None:
    """The object of an attack when it names a state's force or what it holds with no country ("attacked a
    naval base near Trincomalee", "ambushed an army convoy near the town of Gulu"): that force of the
    country the place gives (LKAMIL), not the town's civilians (thirty-fifth session)."""
    obj = next((c for c in kids(anchor) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
        return None
    sector = role_sector(obj) or ""
    if sector not in ("MIL", "COP"):
        return None
    actor = Actor(name=obj.text, code=country + sector, country=country, sector=sector,
                  reasons=[why, f"'{obj.text}' names a state's force or what it holds: {sector}"])
    return actor, obj.idx, obj.idx + len(obj.text), obj


# what force fires at people ("fired tear gas at crowds"): not the people it is done to
MISSILES = frozenset({"gas", "shot", "bullet", "round", "fire", "grenade", "stone", "rock", "cannon",
                      "canister", "water"})
# fights whose other side stands in a with- or against-phrase (lead27)
CLASH_VERBS = frozenset({"clash", "fight", "battle", "skirmish"})
# the nouns of a gathering whose agent is the people it is made of ("a rally by opposition supporters")
GATHERINGS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "gathering", "strike",
                        "meeting", "vigil"})


def _object_people(anchor: Any) -> Any:
    """Who the act is done to, where the object may stand one step away: the object itself
    ("dispersed crowds"), what force is aimed at ("fired tear gas at crowds"), the object of the act's
    purpose ("fired tear gas to disperse crowds"), and the people a gathering is made of ("broke up a
    rally by opposition supporters", "a demonstration staged by students")."""
    obj = next((c for c in kids(anchor) if c.dep_ in ("dobj", "nsubjpass")), None)
    purpose = None
    if obj is None or lemma(obj) in MISSILES:
        # ("clashed with rebels", "fought against rebels near Goma": the other side of a fight)
        aim_preps = ("at", "on", "with", "against") if lemma(anchor) in CLASH_VERBS else ("at", "on")
        aimed = next((o for h in (anchor, obj) if h is not None for p in kids(h)
                      if p.dep_ == "prep" and p.lower_ in aim_preps for o in kids(p) if o.dep_ == "pobj"
                      and o.ent_type_ not in ("DATE", "TIME")),  # ("fired tear gas on Friday": parse39)
                     None)
        purpose = purpose_clause(anchor)  # (also "in order to": parse39)
        aim = people_met(purpose) if purpose is not None else None
        obj = aimed or aim or obj
    if obj is not None and lemma(obj) in GATHERINGS:
        # "by" on the gathering, on its participle ("staged by"), or on the verb ("broke up a rally by")
        # or on the purpose verb ("fired tear gas to break up a rally by students")
        holders = [obj, *(c for c in kids(obj) if c.dep_ == "acl"), anchor,
                   *([purpose] if purpose is not None and obj.head.i == purpose.i else [])]
        return next((o for h in holders for p in kids(h) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                     for o in kids(p) if o.dep_ == "pobj"), None)
    return obj
