"""In-document coreference for actor mentions, and the article context that settles bare phrases.

- surname / given name -> the full name seen earlier ("Chung" -> "Chung Eui-yong");
- definite role nouns -> the person who holds that role ("the spokesperson" -> "Choi Young-sam" when
  "Choi Young-sam, the ministry's spokesperson" appeared);
- he/she in subject position -> the nearest preceding person;
- the dateline place (never the agency) gives the country of "the foreign ministry", and a story about
  the Koreas makes "the North" PRK and "the South" KOR.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ...records import Actor, Article, Entity
from . import countries, igos
from .dictionary import day_of
from .phrases import Context

_KOREA = re.compile(r"\bKorea|\bPyongyang\b|\bSeoul\b|\bN\.\s?K\.|\bDPRK\b", re.I)


def article_context(article: Article) -> Context:
    """The dateline place's country, and whether the story is about the Koreas.

    Never the agency's home country: VOA reporting from Nairobi is no reason to make Kenyan police
    American. Without a dateline, `assign_actors` looks for the story's main country instead."""
    gaz = countries.gazetteer()
    ctx = Context(date=day_of(article.published))
    ctx.soviet = countries.told_in_soviet_years(article.text)
    dl = article.dateline
    if dl is not None and dl.place:
        place = gaz.lookup(dl.place.title()) or (gaz.lookup(dl.region) if dl.region else None) \
            or countries.dateline_seat(dl.place)
        if place is not None:
            # a dateline city of 1987 Moscow is the Soviet Union's, as the city is in the text
            country, dated = countries.as_of(place.iso3, ctx.date, place.kind, soviet=ctx.soviet)
            ctx.country = country
            ctx.reason = f"dateline {dl.place}" + (f" ({dated})" if dated else "")
    start = article.headline_start if article.headline_start is not None else article.body_start
    end = article.body_end if article.body_end > article.body_start else len(article.text)
    ctx.korea = ctx.country in ("KOR", "PRK") or bool(_KOREA.search(article.text, start or 0, end))
    return ctx


def _copy(actor: Actor, reason: str) -> Actor:
    return replace(actor, reasons=[*actor.reasons, reason])


class _Names:
    """Core names of person mentions ("Foreign Minister Chung Eui-yong" -> "Chung Eui-yong")."""

    def __init__(self, names: dict[int, str]) -> None:
        self.names = names

    def core(self, ent: Entity) -> str:
        return self.names.get(id(ent), ent.text)

    def canonical(self, ent: Entity) -> str:
        return ent.refers_to or self.core(ent)


def resolve_coreference(entities: list[Entity], roles: dict[int, set[str]],
                        names: dict[int, str] | None = None, *,
                        acronyms: dict[str, Entity] | None = None,
                        context_reason: str | None = None, text: str = "",
                        subjects: frozenset[int] = frozenset(),
                        sentence_starts: list[int] | None = None,
                        disjoint: dict[int, int] | None = None) -> None:
    """Fill `refers_to` (and copy actors) in place.

    `roles[id(e)]` holds the role nouns a mention carries (for persons: the roles they were
    introduced with; for ROLE mentions: their head noun); `names[id(e)]` the name without title;
    `acronyms` maps "LPC" to the mention that introduced it ("the Liberian Peace Council (LPC)");
    `context_reason` marks actors that came from the dateline, which an antecedent overrides;
    `text` is the article's text, to see the "the" NER leaves out of a mention ("the Navy");
    `subjects` the ids of mentions that are a clause's subject and `sentence_starts` the sentences'
    start offsets: a subject pronoun prefers a subject of its own or the previous sentence to a
    nearer object ("Erdogan said he would call Putin. He added ..." is Erdogan). `disjoint[id(pronoun)]`
    is an offset inside the one person the pronoun cannot be: the antecedent of the relative clause
    it is the subject of ("Assad, whom he had met": he is not Assad; relative_binding.py).
    """
    nm = _Names(names or {})
    acronyms = acronyms or {}
    bodies: list[Entity] = []  # organisations and role phrases seen so far, for "the ministry"
    genders: dict[str, str] = {}  # canonical name -> "m"/"f", learnt from the first pronoun linked
    persons: list[Entity] = []  # full-name persons seen so far, in text order
    person_roles: list[tuple[Entity, set[str]]] = []
    ordered = sorted(entities, key=lambda e: e.start)
    for ent in ordered:
        titles = roles.get(id(ent), set()) & set(ent.text.lower().split())
        if ent.label == "PERSON" and ent.refers_to is None and titles and len(nm.core(ent).split()) < 2:
            # "President Mubarak ... the president", "King Hussein ... the king": a person known by one
            # name is still the holder of the title written in the mention (wip/meet14)
            person_roles.append((ent, titles))
        if ent.label == "PERSON" and ent.refers_to is None and len(nm.core(ent).split()) >= 2:
            persons.append(ent)
            if roles.get(id(ent)):
                person_roles.append((ent, roles[id(ent)]))
            continue
        intro = acronyms.get(ent.text)
        if intro is not None and intro is not ent and intro.start <= ent.start:
            _link(nm, ent, intro, f"'{ent.text}' is the acronym given for {intro.text}")
            continue
        if ent.label in ("ORG", "ROLE") and ent.refers_to is None and _definite(ent.text):
            target = _by_head(bodies, ent, context_reason, roles)
        elif ent.label == "ORG" and ent.refers_to is None and " " not in ent.text.strip() \
                and _THE_BEFORE.search(text, max(0, ent.start - 5), ent.start):
            target = _by_head(bodies, ent, context_reason, roles, bare=True)  # "the Navy", "The Guards"
        else:
            target = None
        if target is not None:
            head = ent.text.split()[-1].lower()
            name = _body_name(target, head)
            _link(nm, ent, target, f"'{ent.text}' repeats the head of '{name}'", name)
            continue
        if ent.label in ("ORG", "ROLE", "NORP", "GPE") and ent.actor is not None and ent.refers_to is None:
            bodies.append(ent)
        if ent.label in ("PERSON", "ORG") and ent.refers_to is None:
            name = nm.core(ent)
            if " " not in name:
                target = _by_name_part(nm, persons, name)
                if target is not None:
                    _link(nm, ent, target, f"'{name}' is part of the name {nm.core(target)}")
                    ent.label = "PERSON"
            continue
        if ent.label == "ROLE" and ent.refers_to is None:
            held = roles.get(id(ent), set())
            target = _by_role(person_roles, held, ent.start, (disjoint or {}).get(id(ent)))
            if target is not None and _lapsed_role(ent) \
                    and (target.actor is None or target.actor.sector != "ELI"):
                target = None  # "the former president" is not the president in office introduced earlier
            if target is None and _definite(ent.text):
                target = _unnamed_spokesperson(bodies, held, ent, roles)
            if target is not None and _definite(ent.text):
                _link(nm, ent, target, f"'{ent.text}' is the role {nm.core(target)} was introduced with")
            continue
        if ent.label == "PRON" and ent.text.lower() in ("he", "she"):
            gender = "f" if ent.text.lower() in ("she", "her") else "m"

            barred = (disjoint or {}).get(id(ent))

            def compatible(person: Entity, gender: str = gender, barred: int | None = barred) -> bool:
                if barred is not None and person.start <= barred < person.end:
                    return False
                name = nm.canonical(person)
                known = genders.get(name) or name_gender(name) or _role_gender(person.text)
                if known is None and person.actor is not None and person.actor.name != name:
                    known = name_gender(person.actor.name)  # "Macron": the table's Emmanuel Macron
                return known is None or known == gender

            target = _nearest_person(ordered, ent.start, compatible, roles)
            if target is not None and subjects and id(target) not in subjects:
                since = _previous_sentence_start(sentence_starts or [], ent.start)
                target = next((p for p in reversed(ordered) if since <= p.start and p.end <= target.start
                               and id(p) in subjects and p.label == "PERSON" and compatible(p)), target)
            if target is not None:
                genders.setdefault(nm.canonical(target), gender)
                reason = f"'{ent.text}' is the nearest preceding person, {nm.canonical(target)}"
                _link(nm, ent, target, reason)


# role nouns that say whether a person is a man or a woman ("a police spokeswoman" is no "he")
_FEMALE_ROLES = frozenset({"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen",
                           "princess", "empress", "assemblywoman", "policewoman", "councilwoman"})
_MALE_ROLES = frozenset({"spokesman", "chairman", "congressman", "businessman", "king", "prince", "emperor",
                         "assemblyman", "policeman", "councilman"})


def _role_gender(text: str) -> str | None:
    words = set(text.lower().split())
    return "f" if words & _FEMALE_ROLES else "m" if words & _MALE_ROLES else None


def _lapsed_role(ent: Entity) -> bool:
    """A role phrase for an office no longer held ("the former president", "the ex-minister")."""
    words = ent.text.lower().replace("-", " ").split()
    return any(w in ("former", "ex", "onetime") for w in words)


BODY_HEADS = frozenset({"ministry", "government", "army", "military", "agency", "council", "party",
                         "police", "parliament", "assembly", "court", "committee", "commission",
                         "department", "office", "administration", "authorities", "embassy", "group",
                         "movement", "front", "union", "organization", "organisation", "company",
                         "association", "bureau", "federation", "institute", "navy", "guards", "corps",
                         "fleet", "coalition", "alliance", "senate"})
# Kinds wire copy calls a body by on its second mention though its name does not end in them
# (twenty-fourth session): "ECOWAS ... the bloc", "the IMF ... the lender", "Hamas ... the group",
# "the WHO ... the body". `kind_words` says which kinds a named body is; `assign._add_kind_mentions`
# makes a subject "the bloc" a mention only for this lookup.
KIND_HEADS = frozenset({"bloc", "body", "lender", "fund", "league", "watchdog", "cartel", "militia",
                        "tribunal", "organisation", "organization", "group", "movement", "alliance",
                        "agency", "court", "commission", "council", "committee", "mission"})
BODY_HEADS = BODY_HEADS | KIND_HEADS
_BANKS = frozenset({"bank", "fund"})
# words that describe an armed group or movement named before without saying more than its name does
# (twenty-fifth session): "the RSF ... the paramilitary group", "Hamas ... the militant group"
GROUP_KINDS = frozenset({"paramilitary", "militant", "rebel", "armed", "jihadist", "islamist", "separatist",
                          "insurgent", "extremist"})


@lru_cache(maxsize=1)
def _igo_heads() -> dict[str, frozenset[str]]:
    """code -> the head nouns of the body's full names in the IGO table ("IGOUNOIAE" -> {"agency"})."""
    heads: dict[str, set[str]] = {}
    for key, (code, _name) in igos.IGOS.items():
        words = key.split()
        if len(words) > 1 and words[-1].isalpha():
            heads.setdefault(code, set()).add(words[-1])
    return {code: frozenset(words) for code, words in heads.items()}


def kind_words(body: Entity) -> frozenset[str]:
    """The kind nouns a coded body may be called by later: the heads of its full names (the IAEA is an
    agency, the ICC a court), "body" and "organisation" for every international or named body,
    "bloc" for a regional union, "alliance" for NATO, "lender" for a development bank or the IMF,
    "watchdog" for the nuclear agency, "agency" for
    any UN programme, fund or organisation with a code of its own (the WFP, the WHO), "mission" for a UN
    mission (a head of its table names), "group" and "movement" for armed groups, parties and
    movements, "militia" for a militia, "cartel" for OPEC and a cartel."""
    actor = body.actor
    if actor is None:
        return frozenset()
    code = actor.code or ""
    kinds = set(_igo_heads().get(code, ()))
    if code.startswith(("IGO", "NGO")) or (body.label == "ORG" and actor.sector in ("GOV", "LEG", "JUD")):
        kinds |= {"body", "organisation", "organization"}
    if code.startswith("IGO"):
        if kinds & _BANKS:
            kinds.add("lender")
        elif not code.startswith(("IGOUNO", "IGOJUD")):
            kinds.add("bloc")
        elif code.startswith("IGOUNO") and len(code) > 6:
            kinds.add("agency")  # a UN programme, fund or organisation: "the WFP ... the agency said"
        if code.startswith("IGOWSTNAT"):
            kinds.add("alliance")
        if code.startswith("IGOUNOIAE"):
            kinds.add("watchdog")
        if code.startswith("IGOBUSOPC"):
            kinds |= {"cartel", "group"}
    if code.startswith("NGO"):
        kinds |= {"group", "watchdog"}
    if actor.sector in ("REB", "UAF", "OPP", "PTY", "RAD", "INS", "CRM") or code.startswith("IMG"):
        kinds |= {"group", "movement"}
    if actor.sector == "UAF":
        kinds.add("militia")
    if actor.sector == "CRM":
        kinds |= {"cartel", "gang"}
    if actor.sector == "JUD" and body.label == "ORG":
        kinds.add("court")
    return frozenset(kinds)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# Role nouns of one person: "he" may stand for "the home minister" as for a named person.
_PERSON_HEADS = frozenset({"minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson",
                           "official", "ambassador", "envoy", "diplomat", "mayor", "governor", "king",
                           "chancellor", "secretary", "commander", "general", "judge", "prosecutor",
                           "leader", "chairman", "chief"})


def _body_name(target: Entity, head: str) -> str:
    """The name 'the government' takes from its antecedent: the body's own name, or for a
    nationality ("the Sudanese government") the country's government ("Sudan's government")."""
    if target.label in ("ORG", "ROLE") and target.actor is not None:
        return target.refers_to or target.actor.name
    if target.label in ("ORG", "ROLE"):
        return target.text
    country = target.actor.country if target.actor is not None else None
    if country and len(country) == 3:
        name = countries.gazetteer().name_of(country)
        return f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} {head}"
    return f"{target.text} {head}"


def _by_head(bodies: list[Entity], ent: Entity, context_reason: str | None,
             roles: dict[int, set[str]], *, bare: bool = False) -> Entity | None:
    """'the ministry' after 'the foreign ministry', 'the government' after 'the Sudanese
    government': the nearest earlier, longer mention with the same head noun. Only when this
    mention has no actor of its own, or one that merely came from the dateline."""
    words = ent.text.lower().split()
    if bare:
        words = ["the", *words]  # NER left the article out: "the Navy"
    if len(words) == 3 and words[1] in GROUP_KINDS and words[2] in ("group", "movement", "militia") \
            and words[0] == "the":
        words = [words[0], words[2]]  # "the paramilitary group" after the RSF: the group, described
    if len(words) != 2 or words[-1] not in BODY_HEADS:
        return None  # only bare "the <head>": "the foreign ministry" says more than its antecedent
    if ent.actor is not None and not (context_reason and any(r.startswith(context_reason)
                                                              for r in ent.actor.reasons)):
        return None
    for body in reversed(bodies):
        heads = {body.text.lower().split()[-1], *roles.get(id(body), ())}
        if words[-1] in KIND_HEADS and body.label in ("ORG", "ROLE"):
            heads |= kind_words(body)
        if body.end <= ent.start and words[-1] in heads and body.actor is not None:
            return body
    return None


def _by_name_part(nm: _Names, persons: list[Entity], part: str) -> Entity | None:
    for person in reversed(persons):
        if part in nm.core(person).split():
            return person
    return None


# one role, whichever word a story uses for it: "The spokeswoman also accused ..." after "Maria Zakharova,
# the ministry's spokesperson" (the phrase tables name every such role "spokesperson"; stories26)
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _same_roles(words: set[str]) -> set[str]:
    return {"spokesperson" if w in _SPOKES else w for w in words}


def _by_role(person_roles: list[tuple[Entity, set[str]]], heads: set[str], start: int,
             barred: int | None = None) -> Entity | None:
    heads = _same_roles(heads)
    for person, held in reversed(person_roles):
        if barred is not None and person.start <= barred < person.end:
            continue  # the relative clause's antecedent is not its own subject
        # "the foreign minister" is not the prime minister introduced before: every word of the
        # mention's role must be a word of the person's ("the minister" may be either)
        held = _same_roles(held)
        if person.start < start and heads & held and heads <= {w for role in held for w in role.split()}:
            return person
    return None


def _unnamed_spokesperson(bodies: list[Entity], held: set[str], ent: Entity,
                          roles: dict[int, set[str]]) -> Entity | None:
    """"A spokesperson for the Chinese Foreign Ministry said ... The spokesperson added": a spokesperson
    never named is the last one a phrase placed, when no named person held the role (stories26)."""
    if not held & _SPOKES:
        return None
    for body in reversed(bodies):
        actor = body.actor
        if body.label == "ROLE" and body.end <= ent.start and roles.get(id(body), set()) & _SPOKES \
                and actor is not None and len(actor.code or "") >= 3 and not actor.code.startswith("---"):
            return body
    return None


@lru_cache(maxsize=1)
def _detector() -> Any:
    try:
        import gender_guesser.detector as gender_guesser
    except ImportError:  # optional: without it pronouns link to the nearest person of any gender
        return None
    return gender_guesser.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def name_gender(name: str) -> str | None:
    """'m' or 'f' when the first given name is clearly one (gender-guesser), else None.

    Only the first word is asked: for "Choi Young-sam" that is a surname, which the detector calls
    androgynous or unknown, so East Asian names put no constraint on pronouns.
    """
    detector = _detector()
    first = name.split()[0] if name.split() else ""
    if detector is None or not first[:1].isupper():
        return None
    guess = detector.get_gender(first)
    return {"male": "m", "female": "f"}.get(guess)


def _previous_sentence_start(starts: list[int], offset: int) -> int:
    """The start of the sentence before the one holding `offset` (0 when there is none)."""
    k = bisect.bisect_right(starts, offset) - 2
    return starts[k] if k >= 0 else 0


def _nearest_person(entities: list[Entity], start: int, compatible: Callable[[Entity], bool],
                    roles: dict[int, set[str]] | None = None) -> Entity | None:
    """The closest person mention before `start` that the pronoun may refer to: a named person,
    or a singular role that one person holds ("the home minister said ... he told reporters")."""
    # `entities` are sorted by start: walk back from the pronoun, the first fit is the nearest
    for k in range(bisect.bisect_left([e.start for e in entities], start) - 1, -1, -1):
        ent = entities[k]
        if ent.end > start:
            continue
        if ent.label == "PERSON" and compatible(ent):
            return ent
        if ent.label == "ROLE" and ent.actor is not None and not ent.refers_to \
                and (roles or {}).get(id(ent), set()) & _PERSON_HEADS and compatible(ent):
            return ent
    return None


def _person_name(nm: _Names, person: Entity) -> str:
    """The full name a table knows a person by ("Barack Obama" for "Obama", or for the headline
    mis-tag "Obama Speech"), so one person has one name; else the mention's name."""
    core = nm.core(person)
    known = person.actor.name if person.actor is not None else ""
    if known and known != core and set(known.split()) & set(core.split()) and known[:1].isupper():
        return known
    return core


def _definite(text: str) -> bool:
    return text.strip().lower().startswith(("the ", "this ", "that "))


def _link(nm: _Names, ent: Entity, target: Entity, reason: str, name: str | None = None) -> None:
    if target.label == "PERSON":
        own = _person_name(nm, target)
    elif target.actor is not None and target.label in ("ORG", "ROLE"):
        own = target.actor.name
    else:
        own = target.text
    ent.refers_to = target.refers_to or name or own
    if target.actor is not None:
        ent.actor = _copy(target.actor, reason)
        ent.actor.name = ent.refers_to
