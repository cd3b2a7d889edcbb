"""Span lookups after the actors stage: `actor_for_span` answers for any span of an analysed
article (position first, then text), `actors_for_span` for every member of a coordinated mention.
`actors.assign_actors` leaves its context here (`_remember`) so the answers match its own.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter

from ...entity_index import EntityIndex, entity_index
from ...records import Actor, Article, Entity
from . import countries, fought_rule, sectors, tenure
from .civil_bodies import civil_body
from .coref import article_context
from .dictionary import builtin, loyal_men_sector
from .mentions import SPELLED_OUT
from .phrases import GROUP_PLACED, POSTS_ABROAD, Context, Resolution, possessive, resolve_text

# a country named as a group's sponsor ("Russian-backed", "Iranian-funded") is not its owner
_SPONSOR = re.compile(r"-(?:backed|sponsored|supported|funded|armed|trained|aligned|allied|inspired)\b", re.I)
_TRIM_CHARS = " \t\n\r-,.;:'\"()[]\u2019\u201c\u201d"


# -- actor_for_span ---------------------------------------------------------------------------
_STATE: OrderedDict[int, tuple[Article, Context]] = OrderedDict()
_STATE_SIZE = 256


def _remember(article: Article, ctx: Context) -> None:
    """Keep the context assign_actors used, so actor_for_span answers the same way."""
    _STATE[id(article)] = (article, ctx)
    _STATE.move_to_end(id(article))
    while len(_STATE) > _STATE_SIZE:
        _STATE.popitem(last=False)


def _context(article: Article) -> Context:
    held = _STATE.get(id(article))
    if held is not None and held[0] is article:
        return held[1]
    return article_context(article)


# the kind nouns a wire puts before a body's name ("the West African peacekeeping force ECOMOG", "the
# Islamic militant group Hamas", "the Angolan rebel movement UNITA"; twenty-seventh session)
KIND_BEFORE_NAME = frozenset({"force", "group", "movement", "organisation", "organization", "party",
                               "front", "faction", "militia", "alliance", "body", "agency", "watchdog",
                               "bloc", "army"})


def _named_after_kind(text: str, s: int, e: int, entities: list[Entity]) -> Actor | None:
    """The actor of a named body that ends the span right after a kind noun: the body's own code wins over
    the head's generic reading ("West African" + "force" WAFMIL; "Islamic" placed in Jerusalem)."""
    for ent in entities:
        if ent.end != e or ent.start <= s or ent.label != "ORG" or ent.actor is None:
            continue
        before = text[s:ent.start].split()
        if before and before[-1].lower() in KIND_BEFORE_NAME and ent.actor.sector != "MED" and (
                ent.actor.code[:3] in ("IGO", "NGO", "IMG") or ent.actor.sector):
            # (a news agency keeps the head's reading: "Chinese state news agency Xinhua" is GOVMED)
            return ent.actor
    return None


# the armed men of a named group: "Kurdish guerrillas of the PKK", "ethnic Albanian guerrillas of the Kosovo
# Liberation Army" (twenty-eighth session)
_MEN_OF = re.compile(r"\b(?:guerrillas?|rebels?|militants?|fighters|gunmen|militiamen|separatists|extremists|"
                     r"insurgents|commandos|members|units|forces)\s+of\s+(?:the\s+)?$", re.I)
_ARMED_SECTORS = frozenset({"REB", "UAF", "MIL"})


def _men_of_group(text: str, s: int, e: int, entities: list[Entity]) -> Actor | None:
    """The actor of an armed group named at the end of the span after "<men> of": the group's own code
    wins over the people word before the men ("Kurdish" placed in Iraq, "Albanian" Albania's)."""
    for ent in entities:
        if ent.end != e or ent.start <= s or ent.actor is None or ent.label not in ("ORG", "NORP", "GPE"):
            continue
        if (ent.actor.sector in _ARMED_SECTORS or ent.actor.code[:3] == "IMG") \
                and _MEN_OF.search(text, s, ent.start):
            return ent.actor
    return None


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_MEN = re.compile(r"\b(?:guerrillas?|rebels?|militants?|fighters|gunmen|militiamen|separatists|extremists|"
                  r"insurgents|commandos|members)$", re.I)


def _men_of_following(text: str, s: int, e: int, index: EntityIndex) -> Actor | None:
    """The events stage asks for the men alone ("Ethnic Albanian guerrillas" of "... guerrillas of the
    Kosovo Liberation Army"): the armed group named right after "of" is whose men they are."""
    if not _MEN.search(text, s, e):
        return None
    of = _OF_THE.match(text, e)
    if of is None:
        return None
    for ent in index.overlapping(of.end(), of.end() + 1):
        if ent.start == of.end() and ent.actor is not None and ent.label in ("ORG", "NORP", "GPE") \
                and (ent.actor.sector in _ARMED_SECTORS or ent.actor.code[:3] == "IMG"):
            return ent.actor
    return None


# men named by the leader they follow: "fighters loyal to Charles Taylor", "forces loyal to Hun Sen"
# (twenty-ninth session), "Rebels led by Laurent Kabila" (thirty-first); the leader is the person the span
# ends with
_LOYAL_MEN = re.compile(r"\b(?P<men>[A-Za-z]+)\s+(?:(?:still\s+|fiercely\s+|staunchly\s+)?loyal\s+to|"
                        r"(?:led|commanded|headed)\s+by)\s+"
                        r"(?:the\s+)?[^,;]*$", re.I)
_LOYAL_WORDS = frozenset({"men", "forces", "troops", "soldiers", "units", "army", "guards", "fighters",
                          "guerrillas", "militiamen", "gunmen", "rebels", "militia", "militias", "irregulars",
                          "partisans", "loyalists", "insurgents", "commandos"})


def _loyal_men(text: str, s: int, e: int, entities: list[Entity]) -> Actor | None:
    """The armed men loyal to a listed person: his country, of the sector `loyal_men_sector` gives."""
    if "loyal" not in text[s:e] and " by " not in text[s:e]:
        return None  # (thirty-first session: "Rebels led by Laurent Kabila" too)
    m = _LOYAL_MEN.search(text, s, e)
    if m is None or m.group("men").lower() not in _LOYAL_WORDS:
        return None
    after = m.end("men")
    leader = next((x for x in entities if x.end == e and x.start > after and x.label == "PERSON"
                   and x.actor is not None and x.actor.country and len(x.actor.country) == 3
                   and x.actor.country not in ("IGO", "NGO", "IMG")), None)
    if leader is None or leader.actor is None:
        return None
    men = m.group("men").lower()
    own = sectors.ROLE_NOUNS.get(men)
    sector = loyal_men_sector(leader.actor, own, men) or own
    country = leader.actor.country or ""
    return Actor(name=text[s:e], code=country + (sector or ""), country=country, sector=sector,
                 reasons=[*leader.actor.reasons, f"'{text[s:e]}' are the armed men of {leader.text}"])


def _group_placed_in_sentence(article: Article, s: int, e: int, index: EntityIndex,
                              ctx: Context) -> Actor | None:
    """"Hutu militiamen killed hundreds in Kigali": a people of several states that NER tagged nothing on,
    before a role, is the people of the state its sentence names a place of (the nearest mention coded
    with one of its home countries), else of the dateline's country when that is one of its homes
    (twenty-eighth session)."""
    text = article.text
    words = text[s:e].split()
    if words and words[0].lower() in ("ethnic", "the"):
        words = words[1:]
    if len(words) < 2:
        return None
    homes = countries.GROUP_HOMES.get(words[0].lower())
    if not homes:
        return None
    role = _participant_text(" ".join(words[1:]), ctx)
    if not role.sector or role.code:
        return None
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    stop = min((i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0), default=len(text))
    best: tuple[int, str, str] | None = None
    for ent in index.overlapping(start, stop):
        if ent.actor is None or ent.actor.country not in homes \
                or ent.label not in ("GPE", "LOC", "FAC", "NORP"):
            continue
        place = countries.lookup(ent.text, cities=True)
        if place is None or place.kind == "demonym" and ent.actor.sector:
            continue  # a place, or a people with no role ("Tutsis"), not another state's troops
        distance = abs(ent.start - s)
        if best is None or distance < best[0]:
            best = (distance, ent.actor.country, f"'{ent.text}' in the same sentence")
    if best is None and ctx.country in homes and not ctx.inferred:
        best = (0, ctx.country, ctx.reason or "the article's country")
    if role.sector in ("REB", "UAF") and (home := countries.REBEL_HOMES.get(words[0].lower())):
        # "Karen guerrillas near the Thai border" (thirty-third session): a people's armed men are the side
        # of the one state their movements fought, wherever they shelter
        state = countries.gazetteer().name_of(home)
        best = (0, home, f"the {words[0]} armed movements fought {state}'s rule")
    if best is None:
        return None
    country = best[1]
    name = countries.gazetteer().name_of(country)
    return Actor(name=text[s:e].strip(), code=country + role.sector, country=country, sector=role.sector,
                 reasons=[f"'{words[0]}' is an ethnic group living in several countries", *role.reasons[-1:],
                          f"{GROUP_PLACED}: {best[2]} makes it {name}'s"])


# thirtieth session: military bodies named by a ruling word, and the acts only a state's rulers do
MILITARY_RULERS = ("military authorities", "military leadership", "military leaders", "military command")
RULING_ACT = re.compile(r"\b(?:(?:cancel(?:l?ed|l?ing|s)?|annul(?:led|ling|s)?|postpon(?:ed|ing|es?)|"
                        r"call(?:ed|ing)?\s+off|suspend(?:ed|ing|s)?|scrap(?:ped|ping|s)?)\s+(?:[\w'-]+\s+){0,6}?"
                        r"(?:elections?|polls?|vote|parliament|constitution)|(?:dissolv(?:ed|ing|es?))\s+"
                        r"(?:[\w'-]+\s+){0,3}?(?:parliament|assembly|government|parties)|(?:declar|impos)(?:ed|ing|es?)\s+"
                        r"(?:a\s+)?(?:state\s+of\s+emergency|martial\s+law))\b", re.I)


def ruling_act(text: str, s: int, e: int) -> str | None:
    """The act of a state's rulers in the sentence of [s, e) ("cancelled the second round of elections",
    "dissolved parliament", "imposed martial law"), or None."""
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    stop = min((i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0), default=len(text))
    m = RULING_ACT.search(text, start, stop)
    return m.group(0) if m else None


# thirtieth session: the roles a clause places when the phrase names no country of its own
_SIDE_ROLES = frozenset({"OPP", "REB"})
_ARMED_ROLES = frozenset({"UAF", "REB", "MIL"})
# a state's seat stormed or seized: "Gunmen stormed Armenia's parliament", "Armed men stormed the Georgian
# parliament building in Tbilisi", "Rebel soldiers attacked the presidential palace in Manila"
_STORMED_SEAT = re.compile(r"\s+(?:stormed|seized|attacked|raided|occupied|overran|burst\s+into|"
                           r"took\s+over)\s+"
                           r"(?P<seat>(?:[\w'\u2019.-]+\s+){0,4}?(?:parliament|palace|legislature|"
                           r"national\s+assembly|government\s+house|government\s+headquarters)"
                           r"(?:\s+(?:building|complex|compound))?"
                           r"(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)")
# observers of an international body the story names: "international monitors", "the international observers"
_INTERNATIONAL_TEAM = re.compile(r"^(?:(?:the|its|their|some|\d[\d,]*|[a-z]+)\s+)?(?:unarmed\s+)?"
                                 r"international\s+"
                                 r"(?:monitors|observers|inspectors|verifiers|peacekeepers|mediators)$", re.I)


# thirty-first session: a nationality in apposition to the people it counts ("the mercenaries, most of them
# South Africans", "the hostages, mostly Britons")
_NATION_APPOSED = re.compile(r",\s+(?:(?:most|many|all|some|several|nearly\s+all|almost\s+all)\s+of\s+them|"
                             r"mostly|mainly|chiefly|largely|all)\s+")


def _nation_apposed(article: Article, s: int, e: int, index: EntityIndex, sector: str) -> Actor | None:
    """The people a role phrase names, placed by the nationality in apposition after it."""
    m = _NATION_APPOSED.match(article.text, e)
    if m is None:
        return None
    for ent in index.overlapping(m.end(), m.end() + 1):
        if ent.start == m.end() and ent.label in ("NORP", "GPE") and ent.actor is not None \
                and len(ent.actor.country or "") == 3 and ent.actor.country not in ("IGO", "NGO", "IMG"):
            country = ent.actor.country or ""
            phrase = article.text[s:e].strip()
            return Actor(name=phrase, code=country + sector, country=country, sector=sector or None,
                         reasons=[*ent.actor.reasons[-1:], f"'{ent.text}' in apposition says whose people "
                                                           "they are"])
    return None


def _placed_by_clause(article: Article, s: int, e: int, index: EntityIndex, sector: str) -> Actor | None:
    """A role phrase with no country the clause around it places (thirtieth session): a side beside a
    titled head of state ("Sudanese President Omar Bashir and opposition leaders met in Nairobi": Sudan's
    opposition, not the venue's), armed men who storm a state's seat (its UAF / REB), and international
    monitors or observers where the story names the body that sent them (its code, else IGO)."""
    text = article.text
    phrase = text[s:e].strip()
    if _INTERNATIONAL_TEAM.match(phrase):
        body = None
        for ent in index.overlapping(0, s):
            if ent.actor is not None and ent.actor.code.startswith("IGO") \
                    and (body is None or ent.end > body.end):
                body = ent
        if body is not None and body.actor is not None:
            return Actor(name=phrase, code=body.actor.code, country=body.actor.country,
                         sector=body.actor.sector,
                         reasons=[*body.actor.reasons, f"'{phrase}' are the observers of {body.text}, named "
                                                       "before them"])
        return Actor(name=phrase, code="IGO", country="IGO", sector="",
                     reasons=[f"'{phrase}' are an international body's observers (IGO)"])
    if sector in _SIDE_ROLES and text[max(0, s - 5):s].lower().endswith(" and "):
        partner = next((x for x in index.overlapping(max(0, s - 80), s - 4)
                        if x.end == s - 5 and x.actor is not None and x.actor.sector == "GOV"
                        and len(x.actor.country or "") == 3
                        and x.actor.country not in ("IGO", "NGO", "IMG")), None)
        if partner is not None and partner.actor is not None:
            country = partner.actor.country or ""
            return Actor(name=phrase, code=country + sector, country=country, sector=sector,
                         reasons=[*partner.actor.reasons[-1:],
                                  f"'{phrase}' beside {partner.text}: the side of "
                                  f"{countries.gazetteer().name_of(country)}"])
    if sector in ("UAF", "REB"):
        fighting = _fighting_rule(article, s, e)
        if fighting is not None:
            return fighting
    if sector in _ARMED_ROLES:
        m = _STORMED_SEAT.match(text, e)
        if m is None:
            return None
        seat = m.group("seat")
        place = None
        for ent in index.overlapping(m.start("seat"), m.end("seat")):
            if ent.actor is not None and len(ent.actor.country or "") == 3 \
                    and ent.actor.country not in ("IGO", "NGO", "IMG"):
                place = ent
                break
        if place is None or place.actor is None:
            return None
        country = place.actor.country or ""
        return Actor(name=phrase, code=country + sector, country=country, sector=sector,
                     reasons=[f"'{phrase}' stormed {seat}: "
                              f"{possessive(countries.gazetteer().name_of(country))} armed men"])
    return None


def _fighting_rule(article: Article, s: int, e: int) -> Actor | None:
    """Irregulars placed by the rule their clause says they fight (`fought_rule`): that state's REB."""
    phrase = article.text[s:e].strip()
    return fought_rule.fighting_rebels(article.text, e, phrase, phrase, [])


def _linked_piece(text: str, s: int) -> bool:
    """Whether the word at s ends a name joined by a one-letter link ("Sharif" of "Mazar-i-Sharif")."""
    return s > 2 and text[s - 1] == "-" and text[s - 2].islower() and not text[s - 3].isalpha()


def actor_for_span(article: Article, start: int, end: int) -> Actor | None:
    """The actor of the mention at [start, end). Position first: the entity at exactly that span,
    else the smallest entity covering it; then, when no entity touches the span, an entity with the
    same text elsewhere (a later "Choi" resolved by coreference); else the span's own text resolved
    with the same tables (and the article's dateline context); else the entity overlapping it most.
    None when nothing says who it is. A coordinated span ("Japan and South Korea") answers with its
    first member: `actors_for_span` gives all of them."""
    if start >= end:
        return None
    s, e = _trimmed_span(article.text, start, end)
    actor = _span_actor(article, s, e, ())
    if actor is not None and actor.sector == "MIL" \
            and any(w in article.text[s:e].lower() for w in MILITARY_RULERS):
        ruling = ruling_act(article.text, s, e)
        if ruling is not None:
            # thirtieth session: "the Algerian military authorities cancelled the second round of elections":
            # the military command that decides a state's elections, parliament or emergency rules it (GOV),
            # as a military government does; "Iraqi military authorities closed the border" stays MIL
            return Actor(name=actor.name, code=(actor.country or "") + "GOV", country=actor.country,
                         sector="GOV",
                         reasons=[*actor.reasons, f"'{ruling}' is an act of the state's rulers: the military "
                                                  "authorities are its government"])
    if actor is not None and actor.sector == "GOV" and "," in article.text[e:e + 3]:
        # "SWAPO, which has fought a guerrilla war against South African rule": a governing party or group
        # in its years before power, by the words after it (tenure.era_sector; thirtieth session)
        key = countries.norm(article.text[s:e])
        head, _, last = key.rpartition(" ")
        armed = sectors.ROLE_NOUNS.get(last, "") in ("REB", "UAF", "MIL") and head in tenure.RULED
        if key in tenure.PARTIES or key in tenure.RULED or armed:
            era = tenure.era_sector(article.text, s, e, head if armed else key)
            if era is not None and era[0] == actor.country:
                # ("SWAPO guerrillas, who have fought South African rule": the group's armed men then, REB)
                sector = "REB" if armed else era[1]
                return Actor(name=actor.name, code=era[0] + sector, country=era[0], sector=sector,
                             reasons=[*actor.reasons, era[2]])
    return actor


def _span_actor(article: Article, s: int, e: int, skip: tuple[Entity, ...]) -> Actor | None:
    """actor_for_span on a trimmed span, ignoring the `skip` entities (a coordinated mention when
    its members are resolved one by one)."""
    covering: Entity | None = None
    touched = False
    index = entity_index(article.entities)  # only entities overlapping the span can answer by position
    men_of = _men_of_following(article.text, s, e, index)
    if men_of is not None:
        return men_of
    entities = index.overlapping(s, e)  # (a fresh list)
    if skip:  # (only a coordinated mention's members skip anything)
        entities = [x for x in entities if not any(x is k for k in skip)]
    if not entities:  # (most spans the event coder asks about)
        return _untouched_actor(article, s, e, index, skip)
    loyal = _loyal_men(article.text, s, e, entities)
    if loyal is not None:
        return loyal
    for ent in entities:
        if ent.start < e and s < ent.end:
            touched = True
        if ent.actor is None and ent.label != "PERSON":
            continue
        if (ent.start, ent.end) == (s, e):
            return ent.actor
        if ent.start <= s and e <= ent.end and (
                covering is None or ent.end - ent.start < covering.end - covering.start):
            covering = ent
    if covering is not None:
        return covering.actor
    named = _named_after_kind(article.text, s, e, entities) or _men_of_group(article.text, s, e, entities)
    if named is not None:
        return named
    if not touched:  # the same words elsewhere: only when nothing at this position says otherwise
        for ent in index.with_key(_entity_key, _strip_the(article.text[s:e])):
            # a pronoun stands for someone only where it is: another "it" says nothing of this one
            if (ent.actor is not None or ent.label == "PERSON") and ent.label != "PRON" \
                    and not any(ent is k for k in skip):
                return ent.actor
    ctx = _context(article)
    if ctx.user:
        entry = ctx.user.lookup(article.text[s:e].strip(), ctx.date)
        if entry is not None:
            return entry.actor(article.text[s:e])
    if not touched and article.text[s:s + 1].isupper() and not _linked_piece(article.text, s) \
            and countries.lookup(article.text[s:e], cities=False) is None:
        # a well-known name NER missed, before the towns that share it ("Morsi" is a town in India)
        known = builtin().lookup_person(article.text[s:e], ctx.date)
        if known is not None:
            return known
    named = _named_counterpart(article, s, e, entities)
    if named is not None:
        return named
    owned = _owned_by_person(article, s, e, entities, ctx)
    if owned is not None:
        return owned
    post = _post_of_civil_body(article, s, e)
    if post is not None:
        return post.actor  # None: a body no table knows
    res = _participant_text(_spelled_words(article.text, s, e, entities), ctx)
    actor = res.actor(article.text[s:e].strip())
    placed = next((x.actor for x in entities if s <= x.start and x.end <= e and x.actor is not None
                   and x.actor.country and any(r.startswith(GROUP_PLACED) for r in x.actor.reasons)), None)
    # (a role with no country of its own takes the placed group's too: "Karen insurgents", NER's PERSON
    # "Karen" placed, was the bare MMR; thirty-third session)
    unplaced_role = actor is None and placed is not None and not placed.sector and bool(res.sector) \
        and not res.code
    if unplaced_role:
        actor = Actor(name=article.text[s:e].strip(), code="", reasons=list(res.reasons))
    if actor is not None and placed is not None and (placed.country != actor.country or unplaced_role) \
            and not any(r.endswith(" institution") for r in res.reasons):
        # (a named group inside keeps its own country: "Shiite Moslem Hezbollah guerrillas" with the faith
        # placed by "northern Israel" are still Lebanon's Hezbollah; twenty-eighth session)
        # "ethnic Albanian guerrillas" in Macedonia: the group inside was placed where it lives
        country = placed.country or ""
        # (the people counted inside keep their civilians: "45 ethnic Albanians" SRBCVL; twenty-eighth
        # session)
        sector = res.sector or (placed.sector if placed.sector == "CVL" else None)
        if placed.sector == "REB" and sector in ("MIL", "UAF"):
            # "Ethnic Armenian forces in Nagorno-Karabakh": the mention placed them as a rebel side there
            # (lead31's rule), which the phrase's "forces" must not undo (thirty-first session)
            sector = "REB"
        return Actor(name=actor.name, code=country + (sector or ""), country=country,
                     sector=sector, reasons=[*actor.reasons, *dict.fromkeys(
                         [*(r for r in placed.reasons if r.startswith(GROUP_PLACED)), *placed.reasons[-1:]])])
    if actor is not None:
        return actor
    if not touched and article.text[s:s + 1].isupper() and not _linked_piece(article.text, s):
        # a well-known name NER missed ("Sisi met ..."; never the last piece of "Mazar-i-Sharif")
        known = builtin().lookup_person(article.text[s:e], ctx.date)
        if known is not None:
            return known
    best: Entity | None = None
    overlap = 0
    for ent in entities:
        if ent.actor is None or _SPONSOR.match(article.text, ent.end):
            continue  # "Russian-backed separatists" are not Russia's
        shared = min(e, ent.end) - max(s, ent.start)
        if shared > overlap:
            best, overlap = ent, shared
    return None if best is None else best.actor


def _untouched_actor(article: Article, s: int, e: int, index: EntityIndex,
                     skip: tuple[Entity, ...]) -> Actor | None:
    """`_span_actor` where no entity overlaps the span: the same tests in the same order, less those that
    need a mention at the span (a named counterpart, a person's possession, a group placed inside, the
    mention overlapping most), which cannot answer there."""
    text = article.text
    for ent in index.with_key(_entity_key, _strip_the(text[s:e])):  # the same words elsewhere
        if (ent.actor is not None or ent.label == "PERSON") and ent.label != "PRON" \
                and not any(ent is k for k in skip):
            return ent.actor
    ctx = _context(article)
    if ctx.user:
        entry = ctx.user.lookup(text[s:e].strip(), ctx.date)
        if entry is not None:
            return entry.actor(text[s:e])
    # (never the last piece of a hyphenated name: "Sharif" of "Mazar-i-Sharif" is no listed person)
    capital = text[s:s + 1].isupper() and not _linked_piece(text, s)
    if capital and countries.lookup(text[s:e], cities=False) is None:
        known = builtin().lookup_person(text[s:e], ctx.date)
        if known is not None:
            return known
    post = _post_of_civil_body(article, s, e)
    if post is not None:
        return post.actor
    res = _participant_text(_with_posted_state(text, s, e), ctx)
    actor = res.actor(text[s:e].strip())
    if actor is not None:
        return actor
    if not res.country and not res.code and (res.sector or "international" in text[s:e].lower()):
        placed = _placed_by_clause(article, s, e, index, res.sector or "")
        if placed is None and res.sector and article.text[e:e + 1] == ",":
            placed = _nation_apposed(article, s, e, index, res.sector)
        if placed is not None:
            return placed
    if capital:
        placed = _group_placed_in_sentence(article, s, e, index, ctx)
        if placed is not None:
            return placed
        return builtin().lookup_person(text[s:e], ctx.date)
    return None


# "ambassador to Russia", "the envoy to the United Nations": the to-phrase after a post abroad, up to
# the end of its capitalised name
_POSTED_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*)*")


def _spelled_words(text: str, s: int, e: int, entities: list[Entity]) -> str:
    """`_with_posted_state`, with an acronym inside the span read as the story spelled it out ("PTI
    leaders" after "Pakistan Tehreek-e-Insaf (PTI)" is read "Pakistan Tehreek-e-Insaf leaders")."""
    for x in entities:
        if s <= x.start and x.end <= e and x.refers_to and x.actor is not None \
                and any(r.startswith(SPELLED_OUT) for r in x.actor.reasons):
            return text[s:x.start] + x.refers_to + text[x.end:e]
    return _with_posted_state(text, s, e)


def _with_posted_state(text: str, s: int, e: int) -> str:
    """The words of a span, with the state a post abroad is sent to when the to-phrase follows it ("the
    ambassador to Russia" in a MOSCOW story: the events stage asks for "ambassador" alone, and read
    alone it would take the dateline's country, the very state the post is sent to)."""
    words = text[s:e].split()
    if not words or words[-1].lower() not in POSTS_ABROAD:
        return text[s:e]
    posted = _POSTED_TO.match(text, e)
    return text[s:e] if posted is None else text[s:posted.end()]


# resolve_text answers from the phrase and the article's Context alone, and the event coder asks it for
# the same few words in article after article ("officials", "talks", "police"): answers kept by text
# and Context values. Not with a caller's own dictionary (`ctx.user`), which may change between calls.
_PARTICIPANTS: dict[tuple[object, ...], Resolution] = {}
_PARTICIPANTS_SIZE = 8192
# a Context class's field values in field order, read by one getter (`dataclasses.fields` builds its answer
# anew on every call, and a getattr per field costs more than one `attrgetter` of them all)
_FIELD_VALUES: dict[type, Callable[[Context], object]] = {}


def _participant_text(text: str, ctx: Context) -> Resolution:
    """resolve_text(text, ctx, civil_context=True), kept; callers only read the answer."""
    if ctx.user is not None:
        return resolve_text(text, ctx, civil_context=True)
    values = _FIELD_VALUES.get(type(ctx))
    if values is None:
        values = _FIELD_VALUES[type(ctx)] = attrgetter(*[f.name for f in fields(ctx)])
    key = (text, values(ctx))
    try:
        found = _PARTICIPANTS.get(key)
    except TypeError:  # a Context value that cannot be a key: ask every time
        return resolve_text(text, ctx, civil_context=True)
    if found is None:
        if len(_PARTICIPANTS) >= _PARTICIPANTS_SIZE:
            _PARTICIPANTS.clear()
        found = _PARTICIPANTS[key] = resolve_text(text, ctx, civil_context=True)
    return found


# a post ("chairman", "the executive director") and the "of" that names whose post it is
_POST = re.compile(r"(?:(?:the|a|its)\s+)?(?:[\w-]+\s+){0,2}?(?:president|chairman|chairwoman|chair|director|"
                   r"head|chief|spokesman|spokeswoman|spokesperson|secretary|founder|leader)$", re.I)
_OF = re.compile(r"\s+of\s+")
_CIVIL_SECTORS = frozenset({"NGO", "BUS", "MED", "EDU", "LAB"})


def _post_of_civil_body(article: Article, s: int, e: int) -> Entity | None:
    """"John Smith, chairman of the National Association of Manufacturers": a post of a civil or
    business body is that body's (its code, or none when no table knows it), not a government post
    of whatever country the sentence names (actors12). The span ends in the post ("chairman",
    "Smith, chairman") or runs on through "of" and the body. Returns the body's mention, or None."""
    text = article.text
    of = _OF.match(text, e) or _OF.search(text, s, e)
    if of is None:
        return None
    head = text[s:of.start()]
    if not _POST.search(head[head.rfind(",") + 1:].strip()):
        return None
    body = next((x for x in entity_index(article.entities).overlapping(of.end(), of.end() + 1)
                 if x.label == "ORG"), None)
    if body is None or not civil_body(body.text):
        return None
    if body.actor is not None and (body.actor.sector or "") not in _CIVIL_SECTORS:
        return None  # a body coded as a state's ("Japan Steel Federation" -> JPN) is left as it was
    return body


# "his Russian counterpart(,) Sergei Lavrov": the words before the name end in "counterpart(s)"
_COUNTERPART_BEFORE_NAME = re.compile(r"\bcounterparts?\s*,?\s*$", re.I)


def _named_counterpart(article: Article, s: int, e: int, entities: list[Entity]) -> Actor | None:
    """"his Russian counterpart Sergei Lavrov": the named person is the head of the phrase, so a
    coded person's own office (a defence minister's GOVMIL) beats the phrase's "Russian counterpart"."""
    person = next((x for x in entities if x.end == e and s < x.start and x.label == "PERSON"
                   and x.actor is not None), None)
    if person is None or not _COUNTERPART_BEFORE_NAME.search(article.text, s, person.start):
        return None
    return person.actor


# a person's own staff speak for the person ("Khamenei's representative" is no legislator)
_PERSONAL_STAFF = frozenset({"representative", "representatives", "envoy", "envoys", "aide", "aides",
                             "adviser", "advisers", "advisor", "advisors", "office", "spokesman",
                             "spokeswoman", "spokesperson"})
_POSSESSIVE = re.compile(r"\s*['\u2019]s?\s+")
# the sides of an armed leader whose men are that side's, and the armed roles of those men
_IRREGULAR_SIDES = frozenset({"REB"})
_ARMED_ROLES = frozenset({"MIL", "UAF", "REB"})


def _owned_by_person(article: Article, s: int, e: int, entities: list[Entity], ctx: Context) -> Actor | None:
    """"Modi's government", "Kagame's spokesman": a role owned by a coded person is of the person's
    country; a spokesperson or office of the person speaks for the person's own code."""
    owner = next((x for x in entities if x.start == s and x.end < e and x.label == "PERSON"
                  and x.actor is not None and x.actor.country), None)
    if owner is None or owner.actor is None:
        return None
    tail = _POSSESSIVE.match(article.text, owner.end, e)
    if tail is None:
        return None
    role = article.text[tail.end():e]
    res = resolve_text(role, ctx, cities=False, allow_context=False)
    if res.code or res.country or not res.head_role:
        return None  # "Putin's Russia", "Biden's Pentagon": the noun names its own actor
    person = owner.actor
    country = person.country or ""
    own_staff = res.sector in (None, "MED") or role.split()[-1].lower() in _PERSONAL_STAFF
    sector = person.sector if own_staff and person.sector else res.sector or ""
    if person.sector in _IRREGULAR_SIDES and res.sector in _ARMED_ROLES:
        # "Jonas Savimbi's forces", "Foday Sankoh's fighters" (thirty-sixth session): a rebel leader's armed
        # men are the rebels, not the state's military nor irregulars of no side
        sector = person.sector
    return Actor(name=article.text[s:e], code=country + sector, country=country, sector=sector or None,
                 reasons=[f"'{role}' belongs to {person.name}", *person.reasons])


# Separators of a coordination: "A, B and C", "A and B", "A & B", "A or B", "A/B" is left alone.
_COORDINATION = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*")


def actors_for_span(article: Article, start: int, end: int) -> list[Actor]:
    """All actors of a possibly coordinated mention ("Arnor, Osgiliath and Gondor", "Japan and
    South Korea"), in text order, one per member that resolves; duplicates of the same code are
    kept once. A single mention gives a one-element list (empty when `actor_for_span` is None).
    A country name that contains "and" ("Trinidad and Tobago") is one member, never split."""
    if start >= end:
        return []
    s, e = _trimmed_span(article.text, start, end)
    whole = actor_for_span(article, s, e)
    text = article.text[s:e]
    protected = [(m.start(), m.end()) for m in countries.and_names().finditer(text)]
    cuts = [m for m in _COORDINATION.finditer(text)
            if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b in protected)]
    if not cuts:
        return [] if whole is None else [whole]
    actors: list[Actor] = []
    seen: set[str] = set()
    # the mention that spans the whole coordination would answer for every member: skip it
    whole_mentions = tuple(ent for ent in entity_index(article.entities).overlapping(s, e)
                           if ent.start <= s and e <= ent.end)
    prev = 0
    shared_role: Resolution | None = None  # "the foreign ministers of A, B and C": the role of each
    first = True
    for lo, hi in [(m.start(), m.end()) for m in cuts] + [(len(text), len(text))]:
        if lo > prev:
            ps, pe = _trimmed_span(article.text, s + prev, s + lo)
            actor = _span_actor(article, ps, pe, whole_mentions) if ps < pe else None
            if first:
                shared_role, first = _role_of_list(article.text[ps:pe], actor), False
                if actor is not None and shared_role is not None and not actor.sector:
                    actor = _with_role(actor, article.text[ps:pe], shared_role)  # "the leaders of A"
            elif actor is not None and shared_role is not None:
                actor = _with_role(actor, article.text[ps:pe], shared_role)
            if actor is not None and actor.code not in seen:
                seen.add(actor.code)
                actors.append(actor)
        prev = hi
    if len(actors) < 2:  # "Minister of Trade and Industry": one actor after all
        return [] if whole is None else [whole]
    last = _last_member(text)
    return actors if last is None else _role_after_list(actors, text[last:])


def _last_member(text: str) -> int | None:
    """Where the last member of a coordination starts in `text` (None when there is no cut)."""
    last = None
    for m in _COORDINATION.finditer(text):
        if m.end() > m.start():
            last = m.end()
    return last


def _role_after_list(actors: list[Actor], last: str) -> list[Actor]:
    """ "Egyptian, Qatari and American officials": the role after the last nationality is every
    member's. Members that are a bare country take the sector the last member's role words give
    (twenty-fourth session); a list whose members already hold other roles is left alone."""
    words = last.split()
    if resolve_text(words[0], allow_context=False).country != actors[-1].country:
        return actors
    for n in (1, 2):
        if len(words) <= n:
            break
        role = resolve_text(" ".join(words[n:]), allow_context=False)
        if role.country or role.code:
            continue
        if not role.sector and words[-1].lower() in _STATE_PEOPLE:
            role.sector = "GOV"  # "Egyptian, Qatari and American officials": their governments'
        if role.sector and all(a.sector in (None, "", role.sector) for a in actors):
            reason = f"'{' '.join(words[n:])}' after the list is the role of each country in it"
            return [a if a.sector or not a.country or a.code != a.country else
                    Actor(name=a.name, code=a.country + role.sector, country=a.country, sector=role.sector,
                          reasons=[*a.reasons, reason]) for a in actors]
    return actors


_ROLE_OF = re.compile(r"^(?P<role>.+?)\s+(?:of|in|from)\s+(?P<member>\S.*)$")
_ROLE_OF_LAST = re.compile(r"^(?P<role>.+)\s+(?:of|in|from)\s+(?P<member>\S.*)$")
# a list's role that names a state's people with no body: "the leaders of A and B" are their governments'
_STATE_PEOPLE = frozenset({"leader", "leaders", "official", "officials", "governments"})


def _role_of_list(text: str, first: Actor | None) -> Resolution | None:
    """The role a list's first member puts before "of" ("the foreign ministers of Poland, ..."),
    when the role has a sector and the member after "of" is a country: the later members ("the
    Czech Republic", "Hungary") hold the same role. None otherwise. A role with "of" in it ("the
    heads of state of Mali, Niger and ...") is cut at its last "of" when the first cut finds none."""
    if first is None:
        return None
    for pattern in (_ROLE_OF, _ROLE_OF_LAST):
        m = pattern.match(text)
        role = _role_of_match(m, first) if m is not None else None
        if role is not None:
            return role
    return None


def _role_of_match(m: re.Match[str], first: Actor) -> Resolution | None:
    role = resolve_text(m.group("role"), allow_context=False)
    member = resolve_text(m.group("member"), allow_context=False)
    if not first.sector and not role.sector and not role.country and not role.code \
            and m.group("role").split()[-1].lower() in _STATE_PEOPLE and member.country == first.country \
            and not member.sector:
        role.sector, role.head_role = "GOV", m.group("role").split()[-1].lower()
        return role
    if not first.sector:
        return None
    if not role.sector or role.country or role.code or not member.country or member.sector \
            or member.country != first.country or first.sector != role.sector:
        return None
    return role


def _with_role(actor: Actor, text: str, role: Resolution) -> Actor:
    """A later member of "the <role>s of A, B and C": a bare country takes the shared role."""
    own = resolve_text(text, allow_context=False)
    if actor.sector or own.sector or own.code or not actor.country or own.country != actor.country:
        return actor
    code = actor.country + (role.sector or "")
    reason = f"'{text.strip()}' is one of the countries whose {role.head_role} the list names"
    return Actor(name=actor.name, code=code, country=actor.country, sector=role.sector,
                 reasons=[*actor.reasons, reason])


def _trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    lead = len(span) - len(span.lstrip(_TRIM_CHARS))
    tail = len(span.rstrip(_TRIM_CHARS))
    return start + lead, start + max(tail, lead)


def _entity_key(ent: Entity) -> str:
    return _strip_the(ent.text)


def _strip_the(text: str) -> str:
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text
