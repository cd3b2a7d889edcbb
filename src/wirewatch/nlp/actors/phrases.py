"""Resolve an actor phrase from its text alone: "Hungarian officials" -> HUN GOV, with reasons.

This is the parse-free core shared by `assign_actors` (which feeds it entity and noun-phrase spans)
and `actor_for_span` (which the events and quotes stages call on subjects spaCy's NER missed).
The phrase is tokenised, then scanned longest-match-first against one precompiled table that holds
IGOs, media, named institutions and parties, then the country gazetteer, then titles and role nouns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter
from typing import Any

from ...records import Actor
from . import countries, envoys, igos, party_sides, sectors, service_names, state_bodies, tenure, us_states
from .dictionary import ActorDictionary
from .separatist_polities import polity_reason

_TOKEN = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f.'\u2019/&-]*")
_KEEP_PERIOD = re.compile(
    r"^(?:[A-Za-z]\.)+$|^(?:gen|sen|rep|adm|col|lt|capt|maj|brig|dr|prof|rev|st|mr|mrs|ms)\.$", re.I)

# the reason a story's country is the one its lead is about, not the dateline's (assign's lead rule)
LEAD_ABOUT = "the lead is about "
# the heads that name peacekeepers: no dateline makes them the host's (lead40)
PEACEKEEPERS = frozenset({"peacekeepers", "peacekeeper", "peace-keepers", "peacekeeping troops",
                          "peacekeeping force", "peacekeeping forces", "peacekeeping soldiers"})
# Heads that never take the dateline country: "the regime" in a Seoul story is usually Pyongyang.
_NO_CONTEXT = frozenset({"regime", "leader", "leaders", "leadership", "state", "council", "agency",
                         "party", "parties", "aircraft", "jets", "tanks", "helicopters", "drones", "drone",
                         # weapons platforms are as often the other side's (the drones rule, every platform)
                         "bombers", "warplanes", "warplane", "gunships", "gunship", "helicopter gunships",
                         "submarines", "fighter jets", "fighter planes", "warships", "warship", "gunboats",
                         "forces", "force",
                         "general", "generals", "association", "federation", "bureau", "coalition",
                         "state media",
                         "state television", "state tv", "state radio", "state news agency",
                         "state-run media", "state broadcaster"})
# Words naming the race between a party and its candidate ("Republican presidential nominee") and
# the candidates themselves: a party's candidate is running for an office, not holding one (ELI).
_RACES = frozenset({"presidential", "vice-presidential", "vice", "gubernatorial", "senate", "house",
                    "congressional", "mayoral", "primary"})
_CANDIDATES = frozenset({"candidate", "candidates", "nominee", "nominees", "hopeful", "hopefuls",
                         "front-runner", "front-runners", "frontrunner", "frontrunners", "contender",
                         "contenders", "challenger", "standard-bearer"})
# The US chambers by name: a text about US politics means them over a country it only mentions.
_CHAMBER_HEADS = frozenset({"senate", "house"})
# A chamber's name before a party: its members in that chamber ("Senate Republicans") are legislators.
_CHAMBERS = frozenset({"senate", "house", "congressional", "parliamentary"})
# An armed group before one of these heads ran the state: "the Taliban government" is GOV.
_ARMED = frozenset({"REB", "UAF"})
# named units that deploy abroad: no story country for them (their own words or owner only)
_DEPLOYED_UNITS = (" fleet", " division", " corps", " air wing")
RULING_HEADS = frozenset({"government", "administration", "regime", "authorities", "cabinet"})
# heads a military modifier does not make military: the people or body that rule the state (twenty-seventh
# session: "military government", "military rulers" GOV; a junta by that word stays MIL)
MILITARY_RULE_HEADS = RULING_HEADS | {"ruler", "rulers", "leadership",
                                      # thirtieth session: "Panama's military strongman General Manuel
                                      # Antonio Noriega", "Fiji's military strongman Sitiveni Rabuka"
                                      "strongman", "strongmen", "dictator"}
# the Holy See's government posts, held by clerics (thirtieth session)
_HOLY_SEE_POSTS = re.compile(r"\b(?:secretary of state|foreign minister|envoy|ambassador|nuncio|"
                             r"spokesman|spokeswoman)\b")
# words that name a person as the state's ruler whatever rank follows them (thirtieth session)
_RULER_WORDS = frozenset({"strongman", "ruler", "dictator"})
# territories whose governor was another state's appointee until a handover day (twenty-seventh session)
_COLONIAL_GOVERNORS: dict[str, tuple[str, str]] = {"HKG": ("1997-07-01", "GBR"), "MAC": ("1999-12-20", "PRT")}
# "the ministry's spokesperson", "a spokesman for the ministry": a spokesperson of a named or coded
# body speaks for it and takes its code (the seed's Choi Young-sam is KORGOV, not KORMED).
_SPOKES = r"spokes(?:man|woman|person|men|women|people|persons)"
_SPOKESPERSON_OF = re.compile(rf"^(?P<owner>.+?)(?:'s|\u2019s)\s+(?:(?:chief|deputy|senior|top)\s+)?"
                              rf"{_SPOKES}$"
                              rf"|^(?:(?:the|a|an)\s+)?{_SPOKES}\s+(?:for|of)\s+(?P<owner2>.+)$", re.I)

# A legislature's committee by its news name ("the House Ways and Means Committee", "the Senate
# Finance Committee"), or the person who chairs or sits on one.
_COMMITTEE = re.compile(r"^(?:[Tt]he\s+)?(?P<chamber>House|Senate)\s+(?:[A-Z][\w'-]*\s+|and\s+|on\s+)*?"
                        r"(?:Sub)?[Cc]ommittee\b(?:\s+on\s+[\w\s'-]+)?$")
_COMMITTEE_MEMBER = re.compile(r"^(?:[Tt]he\s+|[Aa]\s+)?(?:(?:ranking|senior|top)\s+)?"
                               r"(?P<post>chairman|chairwoman|chair|head|member|vice chairman)\s+of\s+"
                               r"(?P<body>.+)$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# A city name inside a longer phrase counts only after these ("rebels in Darfur"): elsewhere it is
# usually a personal name that happens to be a town ("President Obama", "King Hassan").
_PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "near", "from", "outside", "around"})
_BIG_CITY = 250_000
# ... or before one of these: "the Zaporizhzhia region", "Kharkiv oblast" name the place around a city
_DIVISION_NOUNS = frozenset({"region", "province", "oblast", "governorate", "district", "prefecture",
                             "county", "regions", "provinces", "districts"})
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "on", "in"})
# posts held abroad: a "to" phrase after one names the host state ("ambassador to Russia")
POSTS_ABROAD = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "special envoy", "emissary",
                           "representative", "special representative", "consul", "consul general",
                           "delegation", "delegate", "delegates", "mission", "attache", "chargé d'affaires",
                           "charge d'affaires", "high commissioner"})
# "envoy to X", "envoy for X", "special envoy on X": X is where the post is sent
_POSTED_PREPOSITIONS = frozenset({"to", "for", "on"})
# "the embassy in Belgrade", "the consulate at Karachi", "the ambassador in Beijing": a state's post
# abroad is in its host, never the host's own (the sending state is named before it, or not at all)
HOSTED_POSTS = frozenset({"embassy", "embassies", "consulate", "consulates", "consulate general",
                           "high commission", "legation", "ambassador", "ambassadors", "consul",
                           "consul general", "high commissioner", "chargé d'affaires",
                           "charge d'affaires"})
_HOSTING_PREPOSITIONS = frozenset({"in", "at"})
_HEAD_PREPOSITIONS = frozenset({"of", "for", "in", "at", "with", "from", "to", "on", "by", "against", "over"})
_COMPOUND_TAILS = frozenset({"led", "run", "based", "owned", "born", "controlled", "dominated",
                             "administered", "held", "installed", "appointed"})
# thirty-eighth and thirty-ninth sessions: a seat or a leading state before a body's name ("the London-based
# Amnesty International", "Nigerian-led ECOMOG peacekeepers") says where it sits or who leads it; the body's
# own name says what it is
_SEAT_TAILS = ("-based", "-led")
_SEAT_TAILS_QUOTED = tuple(f"{t}'" for t in _SEAT_TAILS)
# "Russian-made jets", "Chinese-built drones", "U.S.-supplied rockets": the maker or supplier of a weapon
# is no party to what its user does with it
MAKER_TAILS = frozenset({"made", "built", "designed", "manufactured", "produced", "supplied", "donated",
                         "provided"})
# "Russian-backed separatists", "Iranian-sponsored militias": the named country is a sponsor, not
# whose the group is
_SPONSOR_TAILS = frozenset({"backed", "sponsored", "supported", "funded", "armed", "trained", "aligned",
                            "allied", "friendly", "leaning", "inspired", *MAKER_TAILS})
# armed services: a rank or office after one belongs to it ("police commanders" COP, not COPMIL)
_SERVICES = frozenset({"MIL", "COP"})
# offices a civilian can hold without being a civilian actor ("the civilian government", "civilian police")
_OFFICE_SECTORS = frozenset({"GOV", "COP", "LEG", "JUD"})
_KOREAS = {"north": "PRK", "south": "KOR", "communist north": "PRK"}
# A military aircraft, missile system or helicopter by its model designation ("F-16s", "MiG-29",
# "Su-24", "B-1Bs", "J-20", "AH-64", "S-400"): a country's platform is its military, as "warplanes"
# is. Letter prefixes other things share stay out: G-7/G-20, M-16 rifles, P-5, the Russian and
# Chinese series are spelt as the makers do.
_DESIGNATION = re.compile(
    r"^(?:[A-FHJ-LN-OQ-Z]{1,2}|MiG|Su|Tu|Il|Yak|Ka|Mi)-\d{1,3}[A-Z]{0,2}(?P<plural>s)?$")
AIRCRAFT_FAMILIES = frozenset({"MiG", "MiGs", "Mig", "Sukhoi", "Mirage", "Tornado", "Harrier", "Phantom",
                                "Tupolev", "Ilyushin", "Antonov"})
_PLATFORM_NOUNS = frozenset({"jet", "jets", "fighter", "fighters", "bomber", "bombers", "plane", "planes",
                             "aircraft", "warplane", "warplanes", "helicopter", "helicopters", "drone",
                             "drones",
                             "missile", "missiles", "interceptor", "interceptors", "gunship", "gunships",
                             "tank", "tanks", "system", "systems", "batteries", "launchers"})


# "the two leaders", "both foreign ministers": a pair across a border in a lead, one from each side
_PAIR_WORDS = ("the two", "both")
_PAIR_HEADS = frozenset({"leaders", "ministers", "presidents", "premiers", "sides", "delegations",
                         "counterparts", "envoys", "negotiators", "chancellors", "monarchs", "kings",
                         "countries", "nations", "neighbours", "neighbors"})


def pair_of_sides(text: str) -> bool:
    """A pair of office holders named by "the two" or "both" before a plural head of state or office."""
    lower = text.strip().lower()
    return lower.startswith(_PAIR_WORDS) and lower.rsplit(" ", 1)[-1] in _PAIR_HEADS

# States whose foreign ministry English wire copy calls "the Foreign Office" besides Britain's: in a story
# datelined there the bare name is theirs (Germany's Auswaertiges Amt, Austria's, Pakistan's)
FOREIGN_OFFICE_HOMES = frozenset({"DEU", "AUT", "PAK"})
# Generic names of bodies the tables give one state, which another state's possessive takes over
# ("Pakistan's Foreign Office"; assign reads the possessive NER left out of the name)
GENERIC_BODIES = frozenset({"foreign office"})

# A congress or confederation of labour: "the Nigeria Labour Congress", "the Trades Union Congress", "the
# Congress of South African Trade Unions" are union federations (LAB), not legislatures (stories23)
_LABOUR_WORDS = frozenset({"labour", "labor", "union", "unions", "trades", "workers", "workers'"})
_FEDERATION_HEADS = frozenset({"congress", "confederation", "federation"})
# The officer a body names before the title ("Senate President", "Assembly Speaker", "NLC President
# Joe Ajaero"): the body's, not the state's executive; a body of no table (an unknown acronym) leaves
# the officer the country alone (stories23)
BODY_OFFICERS = frozenset({"president", "vice president", "chairman", "chairwoman", "chairperson", "chair",
                            "leader"})
BODY_OFFICER_REASON = "of a body the phrase names"
# (not "congress", "union": "the African National Congress leader", "Congress President Sonia Gandhi" are
# a party's, "Soviet Union President" the state's)
_BODY_SECTORS = {"senate": "LEG", "parliament": "LEG", "assembly": "LEG", "court": "JUD"}


@dataclass(slots=True)
class Context:
    """Article-level facts that settle unqualified phrases."""

    country: str | None = None  # the story's country: dateline, lead or main country (never the agency)
    reason: str | None = None  # why (for the Actor's reasons)
    korea: bool = False  # the story is about the Koreas: "the North" is PRK, "the South" is KOR
    user: ActorDictionary | None = None  # the caller's actor dictionaries, consulted first
    date: str | None = None  # the article's publication date, for dated dictionary entries
    inferred: bool = False  # `country` was guessed from the story's place mentions, not a dateline
    us_politics: str | None = None  # why a story with no dateline is about US politics ("'Republicans'")
    us_setting: str | None = None  # why a story whose country was guessed is set in the US ("'White House'")
    soviet: bool = False  # the story names a Soviet officer of its time (countries.SOVIET_SPEAKER)

    def explain(self, phrase: str) -> str:
        name = countries.gazetteer().name_of(self.country or "")
        return f"{self.reason} makes '{phrase}' {possessive(name)}"


@dataclass(slots=True)
class Resolution:
    country: str | None = None
    sector: str | None = None
    code: str | None = None  # a fixed code (IGO, NGO, IMG) when no country applies
    name: str | None = None  # display name of a named institution
    reasons: list[str] = field(default_factory=list)
    head_role: str | None = None  # the role noun or title that heads the phrase ("spokesperson")

    def actor(self, name: str) -> Actor | None:
        if self.code:
            return Actor(name=self.name or name, code=self.code, country=self.code[:3], sector=None,
                         reasons=list(self.reasons))
        if not self.country:
            return None
        code = self.country + (self.sector or "")
        return Actor(name=self.name or name, code=code, country=self.country, sector=self.sector,
                     reasons=list(self.reasons))


# Titles of courtesy or degree: after an office ("Health Minister Dr. ...") they add nothing.
_HONORIFICS = frozenset({"dr.", "dr", "prof.", "professor"})


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) with possessives and sentence periods cut off ("Korea's" -> "Korea")."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text):
        tok, start, end = m.group(), m.start(), m.end()
        for suffix in ("'s", "\u2019s", "'", "\u2019"):
            if tok.endswith(suffix) and len(tok) > len(suffix):
                tok, end = tok[: -len(suffix)], end - len(suffix)
                break
        if tok.endswith(".") and not _KEEP_PERIOD.match(tok) and tok.count(".") == 1:
            tok, end = tok[:-1], end - 1
        if tok:
            out.append((tok, start, end))
    return out


# The reason the actors stage gives a group it placed in the country it lives in ("ethnic
# Albanians" in Macedonia); spans.py looks for it inside a longer phrase.
GROUP_PLACED = "an ethnic or religious group is coded with the country it lives in (CAMEO)"
# Sectors of civil society that take the dateline's country when unqualified ("Students marched"
# in a BANGKOK story are Thai students), but not a country guessed from the story's mentions: a
# sentence naming Egypt says nothing of who its "workers" are. Refugees, media, business and
# people are often foreign and never do.
CIVIL_CONTEXT_SECTORS = frozenset({"EDU", "LAB", "AGR", "CVL", "HLH"})
# kind nouns an outlet's own name follows ("the daily Neshat"): with the name, a domestic actor
_OUTLET_KINDS = frozenset({"daily", "newspaper", "paper", "radio station", "television station"})
_RELIGION_CODES = frozenset(sectors.RELIGIONS.values()) - {"REL"}
# a medium the state runs: GOVMED
_STATE_WORDS = frozenset({"state", "state-run", "state-owned", "state-controlled", "government-run",
                          "government-owned", "official"})
# "foreign workers", "migrant workers" in a Kuala Lumpur story are not Malaysian
FOREIGN_WORDS = frozenset({"foreign", "migrant", "migrants", "expatriate", "expatriates", "overseas",
                            "guest", "international", "visiting", "exiled"})
# "former President X", "ex-minister": an office no longer held is CAMEO's elite sector (ELI)
_FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time"})
# "the ousted prime minister", "the deposed king" (thirty-sixth session): a person put out of office is
# out of it as a former one is; a body so called ("the ousted government") may still be the recognised one
_OUSTED = frozenset({"ousted", "deposed", "toppled", "overthrown"})
_OUSTED_BODIES = frozenset({"government", "governments", "regime", "administration", "authorities", "junta",
                            "cabinet", "parliament", "assembly", "leadership"})
# Offices a company, club or association has too: "president of Acme Widgets Inc", "the club's
# president and general manager" head no government (seventh session's census: they came out GOV).
_EXECUTIVE_TITLES = frozenset({"president", "presidents", "vice president", "vice presidents", "chairman",
                               "chairwoman", "chairperson",
                               "general manager", "director", "managing director", "head", "chief",
                               "executive", "chief executive", "ceo", "general", "secretary", "treasurer"})
# Words naming such a body: a company (its officers are BUS) or a club or association (no sector).
_COMPANY_WORDS = frozenset({"company", "companies", "corp", "corporation", "inc", "ltd", "co", "plc", "llc",
                            "firm", "industry", "industries", "bank", "airline", "airlines", "holdings",
                            "conglomerate", "manufacturer", "retailer", "insurer"})
_CLUB_WORDS = frozenset({"club", "team", "association", "society", "foundation", "museum", "orchestra",
                         "school", "college", "university", "institute", "hospital", "church"})
# a named state body or party in the phrase keeps its sector ("the central bank's president")
_STATE_BODY_WORDS = frozenset({"central", "national", "state", "federal", "reserve"})
# the roles of two words a town may stand before (city_ok in _resolve_text)
_TWO_WORD_ROLES = frozenset(k for k in sectors.ROLE_NOUNS if k.count(" ") == 1)
# thirty-third session (wip/actors35): the heads that lead a group, and the groups whose leader is one
# of them: "cartel leader Pablo Escobar" was CRMGOV, "the reputed leader of the Cali drug cartel" and "the
# leader of the guerrillas" GOV ("leader" is a government title): a cartel's or an armed band's leader is
# of it
GROUP_HEADS = frozenset({"leader", "leaders", "boss", "bosses", "chief", "chiefs", "head", "heads",
                          "kingpin", "kingpins", "chieftain", "commander", "commanders", "leadership"})
LED_GROUPS = ("CRM", "REB", "UAF", "OPP")


def _group_led(res: Resolution, modifiers: list[tuple[str, str]], pp_sector: tuple[str, str] | None,
               blocked: bool) -> None:
    """A group's leader, by a criminal word before the head or a criminal or armed group after it, is
    the group's (CRM, REB, UAF), not a government's."""
    if res.code or blocked or res.head_role not in GROUP_HEADS:
        return
    group = next((m for m in modifiers if m[0] == "CRM"), None)
    if group is None and pp_sector is not None and pp_sector[0] in LED_GROUPS:
        group = pp_sector
    if group is None or res.sector == group[0]:
        return
    res.sector = group[0]
    res.reasons.append(f"the {res.head_role} of a {sector_name(group[0])} group ('{group[1]}') is of it")


# the modifiers that say which side a role is on: "opposition lawmakers", "rebel commander" are the
# opposition and the rebels (research/event-coding.md §6), whatever office the head names
_SIDE_SECTORS = ("REB", "OPP")
_COMMITTEES = frozenset({"committee", "committees", "subcommittee", "panel"})
# ... when the head is an office or an armed role; "opposition newspaper" stays OPP + MED
_SIDE_HEADS = frozenset({"", "GOV", "LEG", "MIL", "UAF", "COP", "JUD", "OPP", "REB", "GOVMIL", "PTY"})
# a party in power is CAMEO government: "the ruling Awami League", "South Africa's governing ANC"
_GOVERNING = frozenset({"ruling", "governing"})
# British spellings wire copy mixes with American ones in names: one key for both
_SPELLINGS = {"organisation": "organization", "organisations": "organizations", "programme": "program",
              "defence": "defense", "centre": "center", "labour": "labor",
              # thirty-ninth session: "the Gulf Co-operation Council" of British and Gulf copy was no one
              "co-operation": "cooperation", "co-ordination": "coordination"}


def linked_address(text: str) -> bool:
    """A markdown link's text run into its address ("[Executive Order on ...](https://...)"): the
    title of a document, never an actor."""
    return "](" in text or "http" in text or "www." in text


def key_words(text: str) -> list[str]:
    """Lookup words of a phrase: tokens, lower case, accents folded, one spelling ("Médecins Sans
    Frontières" -> medecins sans frontieres; "Organisation" -> organization)."""
    return [_fold_word(t) for t, _, _ in tokens(text)]


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    low = word.lower()
    if not low.isascii():
        low = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode() or low
    low = low.replace("\u2019", "'")
    if low.startswith("then-"):
        low = party_sides.fold_then(low)  # "the then-opposition Labour Party" (thirty-eighth session)
    return _SPELLINGS.get(low, low)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # igo | img | media | inst | party | region | title | role | modifier
    code: str  # IGO code, or country for media/inst ("" = context), or sector for title/role/modifier
    sector: str | None
    name: str


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list[_Entry]], int]:
    table: dict[str, list[_Entry]] = {}

    def put(key: str, entry: _Entry) -> None:
        # keys are stored as the scanner reads phrases: "kurdistan workers' party" -> kurdistan
        # workers party, so names with possessives and apostrophes are found
        for k in {key, " ".join(key_words(key))}:
            if k and entry not in table.get(k, ()):
                table.setdefault(k, []).append(entry)

    for key, (code, name) in igos.IGOS.items():
        put(key, _Entry("igo", code, None, name))
    for key, (code, name) in sectors.TRANSNATIONAL.items():
        put(key, _Entry("img", code, None, name))
    for key, (country, name) in sectors.MEDIA.items():
        put(countries.norm(key), _Entry("media", country, "MED", name))
    for key, (country, sector, name) in sectors.INSTITUTIONS.items():
        put(key, _Entry("inst", country, sector, name))
    for key, parties in tenure.PARTIES.items():
        put(key, _Entry("party", parties[0].country, "PTY", parties[0].name))
    for key, (code, name) in sectors.REGIONS.items():
        put(key, _Entry("region", code, None, name))
    for key, sector in sectors.TITLES.items():
        put(key, _Entry("title", sector, sector, key))
        if key.count(" ") == 1 and key.replace(" ", "-") not in sectors.TITLES:
            # "Vice-President", "Vice-Premier": the agencies' hyphenated spelling of a two-word title
            # (lead29)
            put(key.replace(" ", "-"), _Entry("title", sector, sector, key))
    for key, sector in sectors.ROLE_NOUNS.items():
        put(key, _Entry("role", sector, sector, key))
    for key, sector in {**sectors.TITLES, **sectors.ROLE_NOUNS}.items():
        # "the defence ministers", "interior ministers": a compound office in the plural is the same
        # office, not "defence" (MIL) + "ministers" (GOV) read word by word (MILGOV)
        plural = _plural(key) if " " in key else None
        if plural and plural not in table:
            put(plural, _Entry("role", sector, sector, plural))
    for key, sector in sectors.SECTOR_MODIFIERS.items():
        put(key, _Entry("modifier", sector, sector, key))
    for key, sector in sectors.RELIGIONS.items():  # "Muslim clerics" -> MOS + REL
        put(key, _Entry("modifier", sector, sector, key))
        if key.endswith("s"):  # "Tunisian Islamists", "Egyptian Copts": the religion heads the phrase
            put(key, _Entry("role", sector, sector, key))
    longest = max(len(k.split()) for k in table)
    return table, max(longest, 4)


@lru_cache(maxsize=1)
def _fixed_code_keys() -> frozenset[str]:
    """The table's keys with an entry that gives a fixed code (the IGO/NGO and transnational rows)."""
    table, _ = _table()
    return frozenset(k for k, entries in table.items() if any(e.kind in ("igo", "img") for e in entries))


def may_have_fixed_code(text: str, ctx: Context) -> bool:
    """False when resolve_text(text, ctx, ...) cannot answer with a fixed code (IGO, NGO, IMG): no run of
    the phrase's words, as _resolve_text reads them, is a key of an IGO/NGO or transnational row, the
    caller has no dictionary of their own and the phrase is no "X's spokesman" (whose X may have one).
    True does not say it has one. A cheap test before the whole resolution (the actors stage asks it of
    every proper-noun chunk: "Human Rights Watch criticised ...")."""
    if ctx.user is not None or _SPOKESPERSON_OF.match(text.strip()):
        return True
    keys = _fixed_code_keys()
    _, longest = _table()
    lower = [_fold_word(t) for t, _, _ in tokens(text)]  # (a leading article cut off only drops runs)
    for i, word in enumerate(lower):
        # ("ex-" is cut off the word a run starts with: "ex-President")
        firsts = (word, word[3:]) if word.startswith("ex-") and len(word) > 3 else (word,)
        for first in firsts:
            for n in range(1, min(longest, len(lower) - i) + 1):
                if " ".join([first, *lower[i + 1:i + n]]) in keys:
                    return True
    return False


def _guard_keys(keys: frozenset[str]) -> frozenset[str]:
    """A guard's keys as the scanner reads them (the table stores both forms)."""
    return frozenset(keys) | {" ".join(key_words(k)) for k in keys}


@lru_cache(maxsize=1)
def _state_body_guards() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (_guard_keys(state_bodies.US_ONLY), _guard_keys(state_bodies.CAPITALISED),
            _guard_keys(state_bodies.NAME_INSIDE))


def _state_body_guarded(key: str, words: list[str], i: int, n: int, ctx: Context,
                        gaz: countries.Gazetteer) -> bool:
    """Whether a named state body of `state_bodies` must not be read here: a US body's generic name in a
    story placed in another country, a generic name written in lower case, or a central bank's name
    after a capitalised word that is no country (inside a commercial bank's name)."""
    us_only, capitalised, name_inside = _state_body_guards()
    if key in us_only and ctx.country and ctx.country != "USA":
        return True
    if key in capitalised and not _is_capitalised([w for w in words[i:i + n] if w.lower() not in
                                                   _NAME_FUNCTION_WORDS]):
        return True
    return key in name_inside and i > 0 and words[i - 1][:1].isupper() \
        and words[i - 1].lower() not in _DETERMINERS and gaz.lookup(words[i - 1], cities=False) is None


def _plural(key: str) -> str | None:
    """The plural of a compound office's last word ("defense minister" -> "defense ministers")."""
    head, _, last = key.rpartition(" ")
    if not last.isalpha() or last.endswith("s"):
        return None
    if last.endswith("man"):
        return f"{head} {last[:-3]}men"
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return f"{head} {last[:-1]}ies"
    return f"{head} {last}s"


def named_body(text: str) -> bool:
    """Whether the whole phrase names a body of the tables (an IGO, armed group, medium or
    institution): "Boko Haram", "Al-Shabaab" are organisations even when NER says PERSON."""
    words = key_words(text)
    if words and words[0] in _DETERMINERS:
        words = words[1:]
    entries = _table()[0].get(" ".join(words), [])
    return any(e.kind in ("igo", "img", "media", "inst", "party") for e in entries)


def body_home(text: str) -> str | None:
    """The one country a party, movement or armed group of the tables belongs to, named by the whole
    phrase ("the Pakistan Peoples Party" PAK, "Hezbollah" LBN); None for other phrases, for bodies of no
    fixed country and for names several countries' parties take ("the Socialist Party")."""
    words = key_words(text)
    if words and words[0] in _DETERMINERS:
        words = words[1:]
    key = " ".join(words)
    homes = {e.code for e in _table()[0].get(key, []) if e.kind == "inst" and e.code and e.sector in
             ("REB", "UAF", "PTY", "OPP", "LAB")}
    homes |= {p.country for p in tenure.PARTIES.get(key, ())}
    return homes.pop() if len(homes) == 1 else None


def armed_group(text: str) -> bool:
    """Whether the whole phrase names an armed group of the tables ("Taliban", "Hamas"): a
    nationality before one places it ("the Pakistani Taliban")."""
    words = key_words(text)
    if words and words[0] in _DETERMINERS:
        words = words[1:]
    return any(e.kind == "inst" and e.sector == "REB" for e in _table()[0].get(" ".join(words), []))


def _water(words: list[str]) -> str | None:
    """The sea, gulf, strait or ocean a phrase names ("the Gulf of Oman", "the Indian Ocean"): a
    place, never an actor, whatever country its name carries."""
    if not words:
        return None
    if words[-1] in sectors.WATER_HEADS:
        return words[-1]
    if len(words) > 2 and words[0] in sectors.WATER_HEADS and words[1] == "of":
        return words[0]
    return None


# nouns for people a hyphenated nationality describes ("a Palestinian-American journalist"), as
# against a relation between two states ("Israeli-Palestinian talks", "the Russian-Ukrainian border")
_PERSON_NOUNS = frozenset({"citizen", "citizens", "national", "nationals", "man", "men", "woman", "women",
                           "journalist", "journalists", "reporter", "reporters", "doctor", "doctors",
                           "activist", "activists", "student", "students", "businessman", "businesswoman",
                           "writer", "academic", "scholar", "researcher", "worker", "workers", "family",
                           "boy", "girl", "teenager", "child", "children", "author", "professor", "lawyer",
                           "photographer", "filmmaker", "poet", "artist", "engineer", "couple", "father",
                           "mother", "son", "daughter", "descent", "origin", "fugitive", "fugitives",
                           "suspect", "suspects", "tourist", "tourists"})


def person_noun(word: str | None) -> bool:
    """Whether a hyphenated nationality before `word` describes people (its last part is then the
    citizenship), not a relation between two countries."""
    return word is not None and (word.lower() in _PERSON_NOUNS or word.lower() in sectors.ROLE_NOUNS
                                 or word.lower() in sectors.TITLES)


def _hyphenated(surface: str, person: bool = False) -> countries.Place | None:
    """'Greek-Cypriot', 'Vietnamese-led': the first part names the country when the rest is a
    nationality or a '-led' style tail; 'anti-American' and 'pro-Iranian' name no actor."""
    first, _, rest = surface.partition("-")
    if not first[:1].isupper():
        return None
    place = countries.lookup(first, cities=False)
    if place is None:
        return None
    tail = rest.split("-")[-1]
    if tail.lower() in _SPONSOR_TAILS:
        return None
    if tail.lower() in _COMPOUND_TAILS:
        return countries.Place(place.iso3, place.kind, f"'{surface}': {place.reason}")
    citizen = countries.lookup(tail, cities=False) if tail[:1].isupper() else None
    if citizen is not None and not person:
        return countries.Place(place.iso3, place.kind, f"'{surface}': {place.reason}")
    if citizen is not None:
        # "Palestinian-American", "Greek-Cypriot": the last nationality is the citizenship, the
        # first the origin (an American of Palestinian descent); CAMEO codes the person's state
        return countries.Place(citizen.iso3, citizen.kind,
                               f"'{surface}': the last part is the nationality, the first the origin "
                               f"({citizen.reason})")
    return None


def _is_name(toks: list[str]) -> bool:
    """First and last words capitalised: "Dar es Salaam", "Rio de Janeiro"."""
    return toks[0][:1].isupper() and toks[-1][:1].isupper()


# words that begin a party's name before a generic one ("the National Democratic Party", "the Social
# Democratic Party"): a longer name, so another party
_PARTY_NAME_WORDS = frozenset({
    "national", "liberal", "social", "christian", "people's", "peoples", "popular", "progressive", "united",
    "revolutionary", "socialist", "communist", "conservative", "democratic", "republican", "islamic",
    "free", "new", "green", "radical", "workers'", "workers", "labour", "labor", "patriotic", "unity",
    "independent", "federal", "civic", "constitutional", "agrarian", "peasant", "peasants'", "reform",
    "justice", "freedom", "homeland", "serb", "croat", "muslim", "moslem", "arab", "kurdish", "albanian",
})


def _another_party(words: list[str], lower: list[str], i: int, n: int, country: str) -> bool:
    """Whether a party's name is part of a longer capitalised name that is another party: a name
    word before it ("the National Democratic Party", Egypt's; "the Serbian Democratic Party") or an
    of-phrase after it ("the Democratic Party of Kurdistan"), that is not the party's own country."""
    def other(word: str, before: bool) -> bool:
        low = word.lower().strip(".,")
        if not word[:1].isupper() or low in ("the", "a", "an") or low in _CHAMBERS:
            return False
        place = countries.lookup(word.strip(".,'"), cities=False)
        if place is not None:
            return place.iso3 != country
        # before the name only a party's own words ("National", "Liberal"), not a capitalised title or
        # adjective ("Top Republican Party donor", "Veteran Labour MP")
        return not before or low in _PARTY_NAME_WORDS

    if " " not in " ".join(lower[i:i + n]) or "party" not in lower[i:i + n]:
        return False  # one-word names ("Democrats", "Labour") are read by their own rules
    before = i > 0 and other(words[i - 1], True) and not words[i - 1].endswith((",", ";", ":"))
    after = i + n + 1 < len(words) and lower[i + n] == "of" and other(words[i + n + 1], False)
    return before or after


def _is_capitalised(toks: list[str]) -> bool:
    return all(t[:1].isupper() or not t[:1].isalpha() for t in toks)


def _document(lower: list[str]) -> bool:
    """Whether the phrase's head, before any preposition, is a document compound ("white paper")."""
    head = next((i for i, w in enumerate(lower) if w in _HEAD_PREPOSITIONS), len(lower))
    return head >= 2 and " ".join(lower[head - 2:head]) in sectors.DOCUMENT_COMPOUNDS


def _private_office(res: Resolution, lower: list[str]) -> bool:
    """An executive title of a company, club or association: the body's sector (BUS for a company,
    none for a club) replaces the government the title alone would give. True when it applied."""
    titles = [w for w in lower if w in _EXECUTIVE_TITLES]
    if not titles or res.code or res.sector not in ("GOV", "GOVMIL", "MIL", "GOVBUS", "BUS", None):
        return False
    if any(w in _STATE_BODY_WORDS for w in lower) or any(
            r.endswith((" party", " institution", " news organisation")) for r in res.reasons):
        return False
    body = next((w for w in lower if w in _COMPANY_WORDS), None)
    club = next((w for w in lower if w in _CLUB_WORDS), None)
    if body is None and club is None:
        return False
    res.sector = "BUS" if body is not None else None
    res.reasons = [r for r in res.reasons if not r.startswith(tuple(f"'{t}'" for t in titles))]
    what = f"a company's (BUS): '{body}'" if body is not None else f"a club's or association's: '{club}'"
    res.reasons.append(f"'{titles[0]}' is the office of {what}, no government")
    return True


def resolve_text(text: str, ctx: Context | None = None, *, cities: bool = True,
                 allow_context: bool = True, civil_context: bool = False) -> Resolution:
    """Everything the text of a phrase says about its actor (country, sector, fixed code).

    `civil_context`: civil groups (students, workers, villagers) may take the dateline's country.
    Only for a phrase an event or quote names as a participant: in the list of a story's actors,
    "aid for farmers" or "the pay of formal workers" names a kind of people, not an actor."""
    ctx = ctx or Context()
    kept = _KEPT
    if kept is None or ctx.user is not None:
        return _resolve_whole(text, ctx, cities, allow_context, civil_context)
    values = _CONTEXT_VALUES.get(type(ctx))
    if values is None:
        values = _CONTEXT_VALUES[type(ctx)] = attrgetter(*[f.name for f in fields(ctx)])
    key = (text, cities, allow_context, civil_context, values(ctx))
    try:
        found = kept.get(key)
    except TypeError:  # a Context value that cannot be a key: ask every time
        return _resolve_whole(text, ctx, cities, allow_context, civil_context)
    if found is None:
        found = kept[key] = _resolve_whole(text, ctx, cities, allow_context, civil_context)
    # a copy: callers may change the answer they get ("a named ministry of a state": GOV)
    return Resolution(found.country, found.sector, found.code, found.name, list(found.reasons),
                      found.head_role)


# "a German-language weekly", "Russian-speaking residents": a tongue, which names no nationality (lead28)
_LANGUAGE_COMPOUND = re.compile(r"\b[A-Z][a-z]+-(?:language|speaking)\b")
# "known by their Spanish initials ELN": the tongue of the letters, no nationality (stories37)
_LETTERS_LANGUAGE = re.compile(r"\b[A-Z][a-z]+ (?=(?:initials|acronym|abbreviation)\b)")


def _resolve_whole(text: str, ctx: Context, cities: bool, allow_context: bool,
                   civil_context: bool) -> Resolution:
    if "-language" in text or "-speaking" in text:
        text = " ".join(_LANGUAGE_COMPOUND.sub(" ", text).split())
    if "initials" in text or "acronym" in text or "abbreviation" in text:
        text = " ".join(_LETTERS_LANGUAGE.sub(" ", text).split())
    if "-held" in text or "-controlled" in text or "rebel " in text.lower():
        held = _held_by_side(text, ctx)
        if held is not None:
            return held
    res = _resolve_text(text, ctx, cities, allow_context, civil_context)
    if res.country and not res.code:
        res = _international_post(text, res) or res
        if res.sector == "CRM":
            _held_people(text, res, ctx)
    us_states.as_us_state(res, text, ctx.us_politics)  # "Georgia Gov. Nathan Deal" is American
    if res.country and not res.sector and not res.code and text[:4].lower() == "the " \
            and text[-1:] == "s" and war_years(ctx.date):
        _armed_people(text, res)
    return res


def _armed_people(text: str, res: Resolution) -> None:
    """"The Bosnian Serbs rejected the peace plan": the people of a state's Serb or Croat side, named with
    the article as the party to the war, is that armed side (REB), as its leaders and forces are (forty-third
    session); a bare or counted plural ("thousands of Bosnian Serbs fled") stays the people."""
    lower = [w.lower() for w in text.split()]
    if len(lower) != 3 or not lower[2].endswith("s"):
        return
    people = [lower[1], lower[2][:-1]]
    minority = minority_after_state(people, res.country or "")
    if minority is None:
        minority = _rebel_region_people(people)
        if minority is not None:
            res.country = REBEL_REGIONS[people[0]]
    if minority is None or people[1] not in ARMED_LEADERSHIPS:
        return
    res.sector = "REB"
    res.reasons.append(f"'the {lower[1]} {lower[2]}' names the people's side in the war: its rebels (REB)")


# armed men a movement's name may stand before ("FMLN rebels")
_REBEL_MEN = frozenset({"rebels", "rebel", "guerrillas", "guerrilla", "insurgents", "fighters", "militiamen",
                        "gunmen"})


# Twenty-ninth session (actors31): a place held by a side is that side ("the rebel-held Jaffna peninsula",
# "the rebel-held town of Kuito", "the rebel Serb-held Krajina region"), and a rebel stronghold of a
# people inside another state is that state's rebels ("the rebel Serb stronghold of Knin"): the country
# is the place's (else the story's), the sector the holder's (rebels, guerrillas, a people's armed side:
# REB; the opposition OPP). The era's rebel-held regions no gazetteer lists as places are named here
# only, never as places elsewhere ("Serb positions in Krajina" stays the Serbs': twenty-eighth session).
REBEL_REGIONS = {"krajina": "HRV", "slavonia": "HRV"}
_HOLDING_SIDES = {"rebel": "REB", "rebels": "REB", "guerrilla": "REB", "insurgent": "REB",
                  "separatist": "REB", "opposition": "OPP"}
_HELD_WORD = re.compile(r"^(?P<side>[A-Za-z]+)-(?:held|controlled)$")
_STRONGHOLDS = frozenset({"stronghold", "strongholds", "bastion", "enclave", "territory", "positions",
                          "region", "town", "towns", "city", "areas", "area", "zone", "peninsula", "north",
                          "south", "east", "west", "capital", "headquarters"})


def _held_by_side(text: str, ctx: Context) -> Resolution | None:
    toks = tokens(text)
    words = [t for t, _, _ in toks]
    lower = [_fold_word(w) for w in words]
    gaz = countries.gazetteer()
    side: str | None = None
    people: str | None = None  # the country of a people that holds the place
    held = False
    for i, w in enumerate(words):
        m = _HELD_WORD.match(w)
        if m is not None:
            held = True
            word = m.group("side").lower()
            if word in _HOLDING_SIDES:
                side = _HOLDING_SIDES[word]
            else:
                place = gaz.lookup(m.group("side"), cities=False)
                if place is None or place.kind not in ("demonym", "alias", "country"):
                    return None  # "government-held", "Tutsi-dominated": not a rebel side
                people, side = place.iso3, side or "REB"
        elif lower[i] in _HOLDING_SIDES and i + 1 < len(words) and not held:
            side = side or _HOLDING_SIDES[lower[i]]
        elif i > 0 and lower[i - 1] in _HOLDING_SIDES and w[:1].isupper() and people is None:
            place = gaz.lookup(w, cities=False)
            if place is not None and place.kind in ("demonym", "alias"):
                people = place.iso3  # "the rebel Serb stronghold"
    if side is None or not (held or (people and any(w in _STRONGHOLDS for w in lower))):
        return None
    country = None
    why = ""
    for i, w in enumerate(words):
        if not w[:1].isupper() or _HELD_WORD.match(w) \
                or (people and i > 0 and lower[i - 1] in _HOLDING_SIDES):
            continue
        if lower[i] in REBEL_REGIONS:
            country = REBEL_REGIONS[lower[i]]
            why = f"'{w}' is a region of {gaz.name_of(country)} a rebel side held in the 1990s"
            break
        place = gaz.lookup(w, cities=True)
        if place is None and i + 1 < len(words) and words[i + 1][:1].isupper():
            place = gaz.lookup(f"{w} {words[i + 1]}", cities=True)
        if place is not None and place.kind != "demonym" and place.iso3 != people:
            country, why = place.iso3, place.reason
            break
    if country is None and ctx.country and ctx.country != people:
        country, why = ctx.country, ctx.explain(text)
    if country is None or country == people or (not held and people is None):
        return None
    return Resolution(country=country, sector=side, reasons=[
        why, f"'{text.strip()}' names the place by the side that holds it: {side}"])


# Twenty-ninth session (actors31): prisoners and detainees named by their nation ("199 Palestinian
# prisoners", "30 Lebanese detainees") are that nation's people held by another, not its criminals: CVL, as
# a counted people is. Bare prisoners and inmates stay CRM (the read gold's "Prisoners rioted"), as do
# prisoners placed only by the story's country.
HELD_PEOPLE = frozenset({"prisoners", "prisoner", "detainees", "detainee"})


def _held_people(text: str, res: Resolution, ctx: Context) -> None:
    words = [_fold_word(t) for t, _, _ in tokens(text)]
    at = next((i for i, w in enumerate(words) if w in HELD_PEOPLE), None)
    if at is None or at == 0 or (at + 1 < len(words) and words[at + 1] not in _HEAD_PREPOSITIONS
                                 and words[at + 1] not in ("held", "jailed", "freed", "released")):
        return
    if ctx.reason and any(r.startswith(ctx.reason) for r in res.reasons):
        return  # placed by the story only
    res.sector = "CVL"
    res.reasons.append(f"'{words[at]}' named by their nation are its people held, not criminals: CVL")


# Twenty-ninth session (actors31): a post of an international body held by a national. "the Swedish
# chief of the U.N. inspectors", "the OAU's Tanzanian secretary-general", "the Japanese U.N. envoy", "the
# American head of the international monitoring mission" were the national's state (SWE, TZAGOV, JPNGOV,
# USA): the office wins over the nationality, as an IGO's officer is IGO (the guide). A post *to* a body
# ("the American ambassador to the United Nations") and a state's possessive ("Iraq's U.N. envoy") stay the
# state's; "ambassador", "delegate" and "representative" are a state's posts at a body, never the body's.
_INTERNATIONAL_POSTS = frozenset({
    "head", "chief", "commander", "secretary-general", "envoy", "official", "officials", "mediator",
    "negotiator", "administrator", "coordinator", "commissioner", "director", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "inspector", "inspectors", "monitor", "monitors", "observer", "observers",
    "rapporteur", "secretary"})
# "the international monitoring mission", "an international peacekeeping force": a body of several states
# no table names, coded IGO alone
_INTERNATIONAL_BODIES = frozenset({"mission", "force", "monitors", "observers", "inspectors", "team",
                                   "peacekeepers", "commission", "administration", "tribunal"})


def _international_post(text: str, res: Resolution) -> Resolution | None:
    if not any(w in text.lower() for w in _INTERNATIONAL_POSTS):
        return None
    toks = tokens(text)
    lower = [_fold_word(t) for t, _, _ in toks]
    head = next((i for i, w in enumerate(lower) if w in _INTERNATIONAL_POSTS), None)
    if head is None or head == 0:
        return None
    if any(text[e:e + 2] in ("'s", "\u2019s") for _, _, e in toks[:head]) \
            and not _igo_at(toks, lower, text, 0, head, possessive=True):
        return None  # "Iraq's U.N. envoy": a state's post
    hit = _igo_at(toks, lower, text, 0, head)
    if hit is not None and not _acronym(hit[2]) and not _igo_at(toks, lower, text, 0, head, possessive=True):
        # "Russian Security Council Secretary Alexander Lebed": a body's name in common words before the
        # post may be the state's own (only an acronym, "the Japanese U.N. envoy", or a possessor, "the
        # Arab League's Egyptian secretary-general", names the international body there)
        return None
    after = head + 1
    while after < len(lower) and lower[after] in ("-", "general"):
        after += 1  # "secretary - general"
    if hit is None and after < len(lower) and lower[after] == "of":
        j = after + 1
        while j < len(lower) and lower[j] in _DETERMINERS:
            j += 1
        hit = _igo_at(toks, lower, text, j, min(len(lower), j + 6))
        if hit is None and j < len(lower) and lower[j] == "international" and any(
                w in _INTERNATIONAL_BODIES for w in lower[j + 1:j + 4]):
            hit = ("IGO", "an international body", " ".join(t for t, _, _ in toks[j:j + 4]))
    if hit is None:
        return None
    code, name, surface = hit
    return Resolution(code=code, name=None, head_role=res.head_role, reasons=[
        f"'{toks[head][0]}' is a post of {name} ('{surface}', {code}): the office wins over the holder's "
        "nationality"])


def _acronym(surface: str) -> bool:
    """Whether a name is written as initials ("U.N.", "NATO", "ECOMOG")."""
    letters = surface.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper()


def _igo_at(toks: list[tuple[str, int, int]], lower: list[str], text: str, start: int, stop: int,
            possessive: bool = False) -> tuple[str, str, str] | None:
    """The first IGO of the table named by the words start..stop (as a possessor only, if asked)."""
    table, longest = _table()
    for i in range(start, stop):
        for n in range(min(longest, stop - i), 0, -1):
            key = " ".join(lower[i:i + n])
            surface = " ".join(t for t, _, _ in toks[i:i + n])
            for entry in table.get(key, []):
                if entry.kind == "igo" and igos.written_as_name(key, surface):
                    end = toks[i + n - 1][2]
                    if possessive and text[end:end + 2] not in ("'s", "\u2019s"):
                        continue
                    if i > 0 and lower[i - 1] in ("to", "at", "with", "against"):
                        return None  # "the envoy to the U.N.": a post sent to the body
                    return entry.code, entry.name, surface
    return None


# resolve_text's answers while one article's actors are assigned (`keeping_answers`): the answer is a
# function of the phrase, the three flags and the Context's values (not with a caller's dictionary,
# `ctx.user`, which may change between calls), and the stage asks the same phrase more than once (the two
# passes over the noun chunks, a name and its later mentions): about a fifth of its calls a bench pass
_KEPT: dict[tuple[object, ...], Resolution] | None = None
# a Context class's field values in field order, read by one getter
_CONTEXT_VALUES: dict[type, Callable[[Any], tuple[object, ...]]] = {}


@contextmanager
def keeping_answers() -> Iterator[None]:
    """Keep resolve_text's answers inside the block (one article's actors), and drop them after it."""
    global _KEPT
    outer = _KEPT
    if outer is None:
        _KEPT = {}
    try:
        yield
    finally:
        if outer is None:
            _KEPT = None


# forty-second session (wip/stories44): "Congolese" alone is DR Congo's in most copy, but it is the
# Republic of Congo's in a story datelined there ("BRAZZAVILLE (Xinhua) - Congolese President Pascal
# Lissouba" was CODGOV) and in the years Kinshasa's state was Zaire, whose people were "Zaireans"
_CONGOLESE = frozenset({"congolese"})
_ZAIRE_END = "1997-05-17"


def _congolese(place: countries.Place, ctx: Context) -> countries.Place:
    if ctx.country == "COG" and not ctx.inferred:
        return countries.Place("COG", "demonym", "'Congolese' in a story datelined in the Republic of Congo")
    if ctx.date and ctx.date < _ZAIRE_END:
        return countries.Place("COG", "demonym", f"'Congolese' before {_ZAIRE_END}: Kinshasa's state was "
                                                 "Zaire, and its people Zaireans")
    return place


def _resolve_text(text: str, ctx: Context, cities: bool, allow_context: bool,
                  civil_context: bool) -> Resolution:
    owned = _spokesperson_of(text, ctx, cities, allow_context) or _committee(text, ctx)
    if owned is not None:
        return owned
    res = Resolution()
    toks = tokens(text)
    while toks and toks[0][0].lower() in _DETERMINERS:
        toks = toks[1:]
    words = [t for t, _, _ in toks]
    lower = [_fold_word(w) for w in words]
    if _water(lower) is not None:
        return res  # "the Gulf of Oman" is where things happen, not Oman
    if _document(lower):
        return res  # "a white paper on Taiwan" is a text, not a newspaper
    table, longest = _table()
    gaz = countries.gazetteer()
    sector_head: tuple[str, str] | None = None  # (sector, word) of the last role noun / title
    # sector-adding words before the head, in word order: modifiers ("government spokesman") and
    # role nouns ("Foreign Ministry spokesman", "ministry officials")
    modifiers: list[tuple[str, str]] = []
    blocked = False  # a named body with its own sector: no further agent words (PETRARCH's rule)
    former: str | None = None  # "former", "ex-" before the head
    lapsed: str | None = None  # the sector of the office a former holder held
    party = False  # the head so far is a party's name
    seat: str | None = None  # the country of a "London-based" seat word, which a body's own name beats
    i = 0
    in_pp = False  # past a preposition after the head: its agents count only if the head has none
    pp_sector: tuple[str, str] | None = None
    pp_word: str | None = None  # the preposition that opened that phrase
    posted_to: str | None = None  # "the envoy to Ukraine": the state a post abroad is sent to
    platform: str | None = None  # a military model designation ("F-16s") in the phrase's own words
    while i < len(words):
        matched = 0
        if not in_pp and _platform(words, i):
            platform = words[i]
            i += 1
            continue
        if sector_head is not None and lower[i] in _HEAD_PREPOSITIONS:
            in_pp = True  # "president of the company": the company adds nothing to the president
            pp_word = pp_word or lower[i]
        if not in_pp and (lower[i] in _FORMER or (lower[i] in _OUSTED and i + 1 < len(lower)
                                                 and lower[i + 1] not in _OUSTED_BODIES)):
            former = words[i]
        elif not in_pp and lower[i].startswith("ex-") and len(lower[i]) > 3:
            former, lower[i] = words[i], lower[i][3:]  # "ex-President": former + president
        for n in range(min(longest, len(words) - i), 0, -1):
            key = " ".join(lower[i:i + n])
            surface = " ".join(words[i:i + n])
            if ctx.user and not res.country and not res.code:
                user_entry = ctx.user.lookup(surface, ctx.date)
                if user_entry is not None:
                    reason = user_entry.actor(surface).reasons[0]
                    if user_entry.code[:3] in ("IGO", "NGO", "IMG"):
                        res.code, res.name = user_entry.code, user_entry.name
                    else:
                        res.country = user_entry.code[:3]
                        if len(user_entry.code) > 3:
                            sector_head, blocked = (user_entry.code[3:], surface), True
                    res.reasons.append(reason)
                    matched = n
                    break
            entries = table.get(key, [])
            for entry in entries:
                if entry.kind == "igo":
                    hit = (entry.code, entry.name) if igos.written_as_name(key, surface) else None
                    if hit and not res.code and res.country and res.country == seat:
                        # thirty-eighth session: "the London-based Amnesty International" is the group, not
                        # Britain; the seat word says where it sits, the name what it is
                        res.country = None
                        res.reasons = [r for r in res.reasons
                                       if not r.split(":")[0].endswith(_SEAT_TAILS_QUOTED)]
                    if hit and not res.code and not res.country:
                        res.code, res.name = hit
                        res.reasons.append(f"'{surface}' is {hit[1]} ({hit[0]}, CAMEO IGO/NGO table)")
                        matched = n
                elif entry.kind == "img":
                    if not res.code and not res.country:
                        res.code, res.name = entry.code, entry.name
                        res.reasons.append(
                            f"'{surface}' is {entry.name}, a transnational militant group ({entry.code})")
                    matched = n  # "the coalition against Islamic State": its words add no religion
                elif entry.kind in ("media", "inst", "party") and (_is_capitalised(words[i:i + n]) or n > 1
                                                                   or key in sectors.LOWERCASE_NAMES):
                    if len(key) <= 4 and not surface.isupper() and key not in sectors.SHORT_NAMES:
                        continue  # "ap", "nis", "sk" only as acronyms
                    if entry.sector == "BUS" and surface == surface.lower():
                        continue  # a company's name has a capital: "a shell company" is none
                    if key in sectors.RELIGIONS and ((i + n < len(words) and lower[i + n] not in _PRESS_WORDS)
                                                     or not text.lstrip().lower().startswith("the ")):
                        # "Hindu zealots", a bare "Hindu" are of the faith; the paper is "The Hindu"
                        # (thirty-first session)
                        continue
                    if key == "fed" and i + 1 < len(words) and lower[i + 1] == "up":
                        continue  # "Fed up with ...", not the Federal Reserve
                    if _state_body_guarded(key, words, i, n, ctx, gaz):
                        continue  # "a postal service", "Industrial Bank of Korea", a Manila story's SEC
                    if key in sectors.STORY_BOUND and ctx.country != sectors.STORY_BOUND[key] \
                            and not (i + n < len(words) and lower[i + n] in sectors.FIGHTER_WORDS):
                        continue  # "press freedom group RSF" is Reporters Without Borders
                    if key in tenure.ADJECTIVAL and not _role_follows(lower, i + n):
                        continue  # "Democratic Republic", "republican values": not the party
                    if entry.kind == "party" and _another_party(words, lower, i, n, entry.code):
                        continue  # "the Serbian Democratic Party", "the Democratic Party of Kurdistan"
                    body = _dated_body(entry, key, res.country, ctx)
                    if body is None:
                        continue  # "Labour" of a country that has no such party
                    country, sector, name, why = body
                    if sector == "GOV" and any(w in tenure.ERA_BEFORE_WORDS for w in lower[max(0, i - 2):i]):
                        # thirtieth session: "the banned African National Congress", "the exiled ANC" in a
                        # story dated after it took power are the side it was then (tenure.era_sector)
                        era = tenure.before_power(key)
                        if era is not None and era[0] == country:
                            sector = era[1]
                            cue = " ".join(lower[max(0, i - 2):i])
                            why = f"'{cue}' sets the story before {era[2]} took power: {era[1]} then"
                    if sector in ("OPP", "PTY") and i > 0 \
                            and (entry.kind == "party" or entry.sector == "PTY"):
                        ruling = party_sides.governing_word(lower, i)
                        if ruling is not None:
                            # thirty-eighth session: "the ruling Pakistan Muslim League" in a lead dated
                            # 2000-01-01 (after the coup): the lead's word says it governed then
                            sector = "GOV"
                            why = f"'{ruling}' is the lead's word: the party governed at the story's time"
                    if not res.country and not res.code:
                        if country:
                            res.country = country
                            cname = possessive(gaz.name_of(country))
                            what = {"media": "news organisation", "party": "party"}.get(
                                entry.kind, "company" if sector == "BUS" else "institution")
                            res.reasons.append(f"'{surface}' is {name}, {cname} {what}")
                        res.name = name if n == len(words) else None
                    race = _candidate_follows(lower, i + n) if entry.kind == "party" else None
                    chamber = words[i - 1] if entry.kind == "party" and i > 0 and lower[i - 1] in _CHAMBERS \
                        and (words[i - 1][:1].isupper() or lower[i - 1] not in _CHAMBER_HEADS) else None
                    if why and race is None and chamber is None:
                        res.reasons.append(why)
                    sector_head = (sector or "", surface)
                    if race is not None:
                        # "the GOP nominee", "Democratic presidential hopefuls": running for an office
                        # is holding none; CAMEO's elite, as docs/events.md codes a 2016 candidate
                        sector_head = ("ELI", surface)
                        res.reasons.append(f"'{surface} ... {words[race]}' runs for office and holds none "
                                           "by it: an elite (ELI)")
                    elif chamber is not None:
                        # "Senate Republicans", "House Democrats": the party's members of that chamber
                        # are legislators, whichever side holds the government
                        sector_head = ("LEG", surface)
                        res.reasons.append(f"'{chamber} {surface}' are the party's members of the "
                                           "legislature: LEG")
                    # a party names whose, not what: "the Sandinista government" is the government,
                    # "Likud lawmakers" legislators ("ANC leaders" stay the party)
                    party = entry.kind == "party" or entry.sector == "PTY"
                    if sector == "OPP" and i + n < len(words) and lower[i + n] in _REBEL_MEN:
                        # twenty-ninth session: "FMLN rebels" dated 2000 were SLVOPP (the front's party
                        # years); a movement's armed men named so are rebels, as "RPF rebels" are
                        party = True
                    if sector in _ARMED and i + n < len(words) and lower[i + n] in RULING_HEADS:
                        # "the Taliban government" (1998), "the Hamas government": an armed group
                        # that runs the state is named as its government, which is GOV (CAMEO)
                        party = True
                        res.reasons.append(f"'{surface} {words[i + n]}' is the government the group ran")
                    blocked = blocked or (bool(sector) and not party)
                    matched = n if race is None else race + 1 - i  # the candidate noun is read
                elif entry.kind == "region" and not res.country and not res.code and not in_pp \
                        and words[i][:1].isupper() and (n == len(words) or key not in sectors.REGION_ALONE) \
                        and not _place_follows(words, i + n, gaz):
                    # "Western powers", "Gulf states": a CAMEO region root, never a made-up country
                    res.country = entry.code
                    res.reasons.append(f"'{surface}' names {entry.name}, a CAMEO region ({entry.code})")
                    res.name = entry.name if n == len(words) else None
                    matched = n
                if matched:
                    break
            if matched:
                break
            division = i + n < len(words) and lower[i + n] in _DIVISION_NOUNS
            city_ok = cities and _is_name(words[i:i + n]) and (
                n == len(words) or (i > 0 and lower[i - 1] in _PLACE_PREPOSITIONS) or division
                or (i + n < len(words) and lower[i + n] in sectors.ROLE_NOUNS)
                # a role of two words after the town ("the Cali drug cartel", "Medellin drug lords";
                # thirty-third session): only the one-word role was read
                or " ".join(lower[i + n:i + n + 2]) in _TWO_WORD_ROLES)
            place = gaz.lookup(surface, cities=city_ok)
            if place is not None and place.kind == "city" and n < len(words) and not division \
                    and not (i > 0 and lower[i - 1] in _PLACE_PREPOSITIONS) and place.population < _BIG_CITY:
                place = None  # "Federal officials": a town of 17,000 is no "Tokyo police"
            if place is None and "-" in surface and n == 1:
                place = _hyphenated(surface, person_noun(words[i + 1] if i + 1 < len(words) else None))
                if place is not None and lower[i].endswith(_SEAT_TAILS) and not res.country:
                    seat = place.iso3
            if place is None and ctx.korea and key in _KOREAS and words[i][:1].isupper() \
                    and n == len(words):  # "the North", not "South Hamgyong Province"
                korea = f"'the {surface}' in a story about the Koreas is {gaz.name_of(_KOREAS[key])}"
                place = countries.Place(_KOREAS[key], "alias", korea)
            if place is not None and place.iso3 == "COD" and key in _CONGOLESE:
                place = _congolese(place, ctx)
            if place is not None and (n > 1 or words[i][:1].isupper()):
                if in_pp and sector_head is not None and not res.country and (
                        (pp_word in _POSTED_PREPOSITIONS and sector_head[1].lower() in POSTS_ABROAD)
                        or (pp_word in _HOSTING_PREPOSITIONS and sector_head[1].lower() in HOSTED_POSTS)):
                    # "the special envoy to Ukraine", "ambassador to Russia", "the U.N. envoy for
                    # Sudan": the state the post is sent to, never the post holder's own
                    posted_to = place.iso3
                elif "in" in lower[max(0, i - 2):i] and res.country and not res.code \
                        and res.country != place.iso3 \
                        and any(sectors.ROLE_NOUNS.get(w) in ("REB", "UAF") for w in lower[:i]) \
                        and countries.DISPUTED_REGION in place.reason:
                    # "Armenian separatists in Nagorno-Karabakh", "Serb rebels in the Krajina region": armed
                    # men of a people inside a region another state holds in law are that state's, as
                    # "Bosnian Serb forces" are Bosnia's (twenty-eighth session)
                    res.country = place.iso3
                    res.reasons.append(place.reason)
                elif not res.country and not res.code:
                    country, succession = countries.as_of(place.iso3, ctx.date, place.kind, soviet=ctx.soviet)
                    res.country = country
                    res.reasons.append(place.reason)
                    if succession:
                        res.reasons.append(succession)
                    if n == len(words):  # the phrase is the place: the actor is its country
                        res.name = gaz.name_of(country)
                matched = n
                break
            if key in sectors.ABBREVIATED_OFFICES and (not surface.rstrip("s").isupper() or (
                    i + n < len(words) and lower[i + n] in sectors.BROADCAST_WORDS)):
                entries = []  # "German FM" is the foreign minister; "5 pm", "an FM radio station" are not
            last = i + n == len(words)
            modifier = next((e for e in entries if e.kind == "modifier"), None)
            for entry in entries:
                if blocked and entry.kind in ("title", "role", "modifier"):
                    matched = n  # "a State Department spokesperson" stays the Department's
                elif in_pp and entry.kind in ("title", "role", "modifier"):
                    if entry.code and pp_sector is None:
                        pp_sector = (entry.code, key)
                    matched = n
                elif entry.kind in ("title", "role") and party and (not entry.code or key == "leader"):
                    # "ANC leaders": a head with no sector keeps the party's; so does its "leader"
                    # ("ANC leader Nelson Mandela" in 1991 led the opposition; twenty-seventh session)
                    matched = n
                elif entry.kind in ("title", "role") and party and key in _PARTY_MEMBERS:
                    matched = n  # "PTI workers", "Awami League activists": the party's own people
                elif entry.kind == "title" and key in _HONORIFICS and sector_head is not None \
                        and sector_head[0]:
                    matched = n  # "Foreign Minister Dr. X": the honorific hides no office
                elif entry.kind in ("title", "role") and (last or modifier is None):
                    party = False
                    if sector_head is not None and sector_head[0] and sector_head[1] in sectors.ROLE_NOUNS:
                        modifiers.append(sector_head)
                    sector_head = (entry.code, key)
                    matched = n
                elif entry.kind == "modifier" and not last:
                    modifiers.append((entry.code, key))
                    matched = n
            if matched:
                break
        i += matched or 1
    if sector_head is not None and _peoples_republic(lower, sector_head[1]):
        sector_head = None  # "the People's Republic of Kampuchea" is the state, not its people
    led = next((w for w in lower if w.endswith("-led")), None)
    if sector_head == ("", "coalition") and led and res.country:
        # "the U.S.-led coalition", "the Saudi-led coalition": a military coalition named by its leader
        sector_head = ("MIL", "coalition")
        res.reasons.append(f"'{led} coalition' is a military coalition led by {gaz.name_of(res.country)}")
    givers = list(modifiers)  # the words that gave the head's sector, when the head gave none
    if sector_head is not None and not sector_head[0] and not modifiers and pp_sector is not None:
        # "officials of the ministry": a head with no sector takes its modifier's (PETRARCH)
        sector_head = (pp_sector[0], sector_head[1])
        givers.append(pp_sector)
        res.reasons.append(f"'{pp_sector[1]}' after the head gives the sector")
    if sector_head is not None:
        res.head_role = sector_head[1]
        if sector_head[0]:
            res.sector = sector_head[0]
            if not any(f"'{sector_head[1]}'" in r for r in res.reasons):  # a named body said it already
                res.reasons.append(f"'{sector_head[1]}' is {_article(sector_name(res.sector))} role")
        elif not res.code:
            res.reasons.append(f"'{sector_head[1]}' names an actor but no sector (CAMEO)")
    if res.head_role == "prince" and res.country in sectors.PRINCIPALITIES:
        # the Prince of Monaco reigns: a monarch with government power is GOV (CAMEO), while other
        # princes ("the Prince of Wales", "Saudi Prince Turki") stay ELI unless an office is named
        res.sector = "GOV"
        res.reasons = [r for r in res.reasons if not r.startswith("'prince' is")]
        res.reasons.append(f"the prince of {gaz.name_of(res.country)} is its reigning head of state, "
                           "a government role")
    own = sectors.TITLE_COUNTRIES.get(res.head_role or "")
    before = words[:lower.index(res.head_role)] if res.head_role in lower else []
    other_church = any(w[:1].isupper() and w.lower() not in ("the", "roman", "catholic") for w in before)
    if own is not None and not res.country and not res.code and not other_church:
        res.country = own
        # "Coptic Pope Tawadros" heads another church: only an unqualified or Catholic pope
        res.reasons.append(f"the {res.head_role} is the head of {gaz.name_of(own)}")
        if own in sectors.SOVEREIGN_CLERGY:
            # the Pope reigns over the Holy See: a head of state is his state's government (the monarch
            # rule), whatever the religious office (thirtieth session; the real-news rows want VAT/VATGOV)
            res.sector = "GOV"
            res.reasons = [r for r in res.reasons if not r.startswith(f"'{res.head_role}' is")]
            res.reasons.append(f"the {res.head_role} is the sovereign of {gaz.name_of(own)}, its head of "
                               "state: a government role")
    envoys.sender_state(text, words, lower, res)  # "the Pope's envoy", "a papal envoy": VAT
    if res.country in sectors.SOVEREIGN_CLERGY and res.sector == "REL" \
            and _HOLY_SEE_POSTS.search(" ".join(lower)):
        # "Vatican Secretary of State Cardinal Angelo Sodano", "the papal nuncio": a post of the Holy See's
        # government held by a cleric is the government's (thirtieth session)
        res.sector = "GOV"
        res.reasons.append("a post of the Holy See's government, whatever the holder's clerical rank: GOV")
    content = [w for w in words if w.lower() not in _NAME_FUNCTION_WORDS]
    named = len(content) > 1 and _is_capitalised(content) and not all(w.isupper() for w in content)
    if named and sector_head is not None and sector_head[0]:
        modifiers = []  # a proper name: "Union Bank of Finland" is a bank, not a union too
    if sector_head is not None and sector_head[0] == "LEG" and any(w in _COMMITTEES for w in lower):
        # "the French Senate's defence committee": a legislature's committee is the legislature's,
        # whatever its field (no MIL from "defence", no HLH from "health")
        modifiers = []
    if sector_head is not None and sector_head[0] in _OFFICE_SECTORS:
        # "the civilian government", "civilian police": an office held by civilians, not civilians
        modifiers = [m for m in modifiers if m[0] != "CVL"]
    if sector_head is not None and sector_head[1] in ("settlers", "settler") and not res.code \
            and any(m[0] == "JEW" for m in modifiers):
        # twenty-seventh session: "Jewish settlers (in the West Bank)" are Israel's civilians wherever they
        # live, as the real-news gold codes them (ISR), not the Palestinian territory's JEW
        modifiers = []
        res.country, res.sector = "ISR", "CVL"
        res.reasons = [r for r in res.reasons if "Palestinian territory" not in r]
        res.reasons.append("Jewish settlers are Israel's civilians wherever they live (ISR CVL)")
    colony = _COLONIAL_GOVERNORS.get(res.country or "")
    if colony is not None and sector_head is not None and not res.code and (
            sector_head[1] == "governor" or (sector_head[1] in RULING_HEADS and "colonial" in lower)):
        # twenty-seventh session: "Hong Kong Governor Chris Patten" in 1992 was the British crown's governor
        # (the era leads code him GBR), as Macau's was Portugal's until the handover. Thirtieth session:
        # whatever the story's date, since the post ended with the handover (the placeholder 2000-01-01
        # of the GSR records is after it); "Hong Kong's colonial government" is the crown's too
        res.reasons.append(f"until {colony[0]} the {sector_head[1]} of {gaz.name_of(res.country or '')} was "
                           f"{possessive(gaz.name_of(colony[1]))}")
        res.country = colony[1]
    if res.sector in ("MIL", "UAF") and sector_head is not None and sector_head[1] in SIDE_ARMS \
            and not res.code and not modifiers and any(w in _MINORITY_PEOPLES for w in lower[1:]):
        minority = minority_after_state(lower, res.country or "")
        region = next((k for k in range(1, len(lower)) if lower[k] in _MINORITY_PEOPLES
                       and lower[k - 1] in REBEL_REGIONS), None) if minority is None else None
        if region is not None:
            # twenty-ninth session: "Krajina Serb forces" are Croatia's rebel Serbs, as "Croatian Serb forces"
            minority = f"{lower[region - 1]} {lower[region]}"
            res.country = REBEL_REGIONS[lower[region - 1]]
        if minority is not None:
            # twenty-seventh session: "Bosnian Serb forces", "the Croatian Serb army", "Kosovo Albanian
            # forces" are a people's armed side inside the state, not its army: REB, as the Bosnian Serb
            # leaders Karadzic and Mladic are
            res.sector = "REB"
            res.reasons.append(f"'{minority}' names a people inside the state: its {sector_head[1]} are a "
                               "rebel side, not the state's military")
    if res.sector in ("MIL", "UAF") and sector_head is not None and sector_head[1] in SIDE_ARMS \
            and not res.code and not modifiers:
        _disputed_region_arms(lower, res, gaz)
    ruling = _military_rule(modifiers, sector_head)
    if ruling is None and (res.sector == "MIL" or any(m[0] == "MIL" for m in modifiers)):
        # thirtieth session: a ruling word before the rank ("Panama's military strongman General Manuel
        # Antonio Noriega") names the ruler; the rank that follows it is his, not his role
        ruling = next((w for w in lower if w in _RULER_WORDS), None)
    if ruling is not None and not res.code and not blocked:
        # twenty-seventh session: "Pakistan's military government", "Nigeria's military rulers", "the
        # military regime", "military ruler Gen. Sani Abacha" rule the state: its government (GOV), as
        # the era leads code them, not MILGOV (a junta by that word stays MIL)
        modifiers = []
        res.sector = "GOV"
        res.reasons.append(f"a military {ruling} is the state's government: GOV")
    services = [m for m in modifiers if sector_head is None or m[1] != sector_head[1]]
    service = services[-1] if services and services[-1][0] in _SERVICES and (res.sector or "") in _SERVICES \
        else None
    if service is not None and service[0] == "MIL" and res.sector == "COP" and not res.code and not blocked:
        # thirty-fifth session: "military police", "the paramilitary gendarmerie" are police by their job
        # (Brazil's state police, Turkey's gendarmes): the police head names the kind (COP), decided once
        service = None
        modifiers = [m for m in modifiers if m[0] != "MIL"]
        res.reasons.append("a military word before a police head names a kind of police: COP")
    side = next((m for m in modifiers if m[0] in _SIDE_SECTORS), None) \
        if (res.sector or "") in _SIDE_HEADS else None
    governing = next((w for w in lower if w in _GOVERNING), None)
    party_head = res.sector == "PTY" or (not res.sector and res.head_role in ("party", "parties")) \
        or (governing is not None and not res.sector and any(m[0] == "PTY" for m in modifiers))
    if side is None and party_head and governing is not None:
        side = ("GOV", governing)  # "the ruling ANC" governs: GOV
    if side is not None and side[0] == "OPP" and res.sector in ("UAF", "REB"):
        # "Tajik opposition fighters" (thirty-third session): an opposition under arms is CAMEO's armed
        # opposition, the rebels, not the unarmed opposition (OPP)
        side = ("REB", side[1])
    if side is not None and not res.code and not blocked:
        # "opposition lawmakers", "rebel fighters": the side they are on is the code
        res.sector = side[0]
        res.reasons.append(f"'{side[1]}' makes it {_article(sector_name(side[0]))} actor, "
                           "whatever office the head names")
    elif service is not None and not res.code and not blocked:
        # "police commanders", "army officers": the service before a rank or office says whose it is
        res.sector = service[0]
        rank = sector_head[1] if sector_head else "role"
        kind = _article(sector_name(service[0]))
        res.reasons.append(f"'{service[1]}' is the service of the {rank}: {kind} actor")
    elif modifiers and not res.code and not blocked:
        # sectors concatenate in the order of the words: "government spokesman" -> GOVMED
        res.sector = _join_sectors([m[0] for m in modifiers] + [res.sector or ""])
        for sector, word in modifiers:
            res.reasons.append(f"'{word}' makes it {_article(sector_name(sector))} actor")
    _group_led(res, modifiers, pp_sector, blocked)
    if res.head_role in sectors.ORGANISED_CRIME and res.sector and len(res.sector) == 6 \
            and res.sector[3:] == "CRM" and res.sector[:3] in sectors.CONTEXT_SECTORS:
        # "the puppet military gangsters" (KCNA on Seoul's army): a state body a hostile voice calls
        # gangsters is that body, not organised crime (thirty-fourth session)
        res.sector = res.sector[:3]
        res.reasons.append(f"'{res.head_role}' is abuse of a state body, not a criminal")
    if sector_head is not None and sector_head[1] in LEADER_HEADS and not res.code and not blocked \
            and res.sector in (None, "", "GOV") and any(w in ARMED_LEADERSHIPS for w in lower[1:]) \
            and war_years(ctx.date):
        _armed_leadership(lower, res)
    federation = next((w for w in lower if w in _FEDERATION_HEADS), None)
    if federation is not None and not res.code and not blocked and any(w in _LABOUR_WORDS for w in lower):
        # ("the General Confederation of Labour": the union's "General" names no officer)
        res.sector = "LAB"
        res.reasons.append(f"a {federation} of labour is a union federation: LAB")
    officer = res.head_role.lower() if res.head_role else None
    if officer in BODY_OFFICERS and res.sector == "GOV" and not res.code and not blocked \
            and officer.split()[-1] in lower:
        before = lower[:len(lower) - 1 - lower[::-1].index(officer.split()[-1])]
        body_sector = next((_BODY_SECTORS[w] for w in reversed(before) if w in _BODY_SECTORS), None)
        # (an acronym any table knows, "PLO Chairman", "ANC President", keeps the reading it had)
        acronym = next((w for w in words[:len(before)] if len(w) >= 2 and w.isalpha() and w.isupper()
                        and gaz.lookup(w, cities=False) is None
                        and not (known := _resolve_text(w, ctx, False, False, False)).country
                        and not known.code and not known.sector), None)
        if body_sector is not None:
            res.sector = body_sector
            res.reasons.append(f"the {officer} {BODY_OFFICER_REASON}, the body's: "
                               f"{_article(sector_name(body_sector))} actor")
        elif acronym is not None:
            res.sector = None
            res.reasons.append(f"'{acronym} {officer}': the {officer} {BODY_OFFICER_REASON} no table "
                               "lists, not the state's")
    if former is not None and sector_head is not None and not res.code:
        # "former President Jimmy Carter": no office now, an elite (CAMEO ELI), country kept
        lapsed = res.sector  # the office held: a state's office takes the story's country as it would
        res.sector = "ELI"
        res.reasons.append(f"'{former}' {sector_head[1]}: a former office holder is an elite (ELI)")
    if platform is not None and not res.code and not blocked and res.sector in (None, "", "UAF"):
        # "Turkish F-16s", "Chinese J-20 fighters": the fighters are aircraft, the owner's military
        res.sector = "MIL"
        res.head_role = "aircraft"  # a platform never takes the dateline's country (as drones)
        res.reasons = [r for r in res.reasons if "unaffiliated armed role" not in r]
        res.reasons.append(f"'{platform}' is a military aircraft or weapons system by its model designation")
    state = next((w for w in lower if w in _STATE_WORDS), None)
    if res.sector == "MED" and state is not None and not res.code:
        # "Chinese state news agency Xinhua", "state-run Press TV": state media are GOVMED (§6)
        res.sector = "GOVMED"
        res.reasons.append(f"'{state}' makes the medium the government's (GOVMED)")
    private = _private_office(res, lower)
    if res.code and res.sector:
        res.sector = None  # an IGO keeps its own code
    if words == ["House"] and not res.country and not res.code:
        res.sector, res.head_role = "LEG", "house"
        res.reasons.append("'the House' is a chamber of the legislature: LEG")
    named_chamber = ctx.inferred and res.head_role in _CHAMBER_HEADS
    # a story set in the US (Congress, the White House, a US state) is about its legislators, however
    # often it names the country it is about ("lawmakers" in an impeachment story that names Ukraine)
    us_house = res.sector == "LEG" and ctx.us_setting is not None
    if res.sector in ("LEG", "JUD") and not res.country and not res.code and allow_context \
            and (ctx.us_politics or us_house) and (ctx.country is None or named_chamber or us_house):
        # "the Senate", "the Supreme Court", "the House speaker" in a text with no dateline or place
        # that names a US party or office holder: the US Congress's and courts; a chamber by name
        # also over a country the text only mentions ("the House voted to condemn Obama's deal with
        # Iran"), where "lawmakers" could be that country's
        res.country = "USA"
        res.reasons.append(f"the text is about US politics ({ctx.us_politics or ctx.us_setting}): a US "
                           "legislature or court role")
    if res.head_role == "house" and not res.country and allow_context and ctx.country:
        # "the House" alone: the story's lower chamber (a House of Representatives or of Commons)
        res.country = ctx.country
        res.reasons.append(ctx.explain(text.strip()))
    if words == ["Congress"] and not res.country and not res.code:
        # only the bare name: "the 20th Party Congress" in a Beijing story is no legislature's
        _bare_congress(res, ctx)
    domestic = (any(res.sector[k:k + 3] in sectors.CONTEXT_SECTORS for k in range(0, len(res.sector), 3))
                if res.sector else res.head_role is not None)
    # "the ousted prime minister" under ISLAMABAD (thirty-sixth session): a state's former office holder is
    # the dateline state's elite; a country guessed from the story's mentions says nothing of whose
    # ("Former Prime Minister Benazir Bhutto left for Dubai")
    domestic = domestic or (res.sector == "ELI" and lapsed in sectors.CONTEXT_SECTORS and not ctx.inferred)
    if res.sector == "CRM" and not domestic:
        # organised crime works where it lives ("Mafia boss Salvatore Riina" under PALERMO), smugglers and
        # pirates often abroad: only the former take the story's country
        domestic = res.head_role in sectors.ORGANISED_CRIME or any(m[1] in sectors.ORGANISED_CRIME
                                                                   for m in modifiers) \
            or (res.head_role in sectors.DRUG_BOSSES and not ctx.inferred)
    # "Students marched" in a BANGKOK story: civil society of the dateline's country; so are
    # religious groups ("Shi'ite militias" in a BAGHDAD story), coded where they live (CAMEO)
    faith = (res.sector or "")[:3] in _RELIGION_CODES or any(m[0] in _RELIGION_CODES for m in modifiers)
    civil = civil_context and bool(res.sector) and (res.sector in CIVIL_CONTEXT_SECTORS or faith) \
        and not ctx.inferred and not any(w in FOREIGN_WORDS for w in lower)
    # fortieth session: an outlet named after its kind noun ("the reformist daily Neshat", "the weekly
    # Zeri i Popullit") under a dateline is that country's press; a bare "newspapers" stays unplaced
    outlet = res.sector == "MED" and res.head_role in _OUTLET_KINDS and lower[-1] != res.head_role \
        and words[-1][:1].isupper() and not ctx.inferred and not any(w in FOREIGN_WORDS for w in lower)
    domestic = domestic or civil or outlet \
        or ((res.head_role or "") in sectors.DOMESTIC_IRREGULARS and not ctx.inferred)
    # "opposition leaders": a modifier's sector makes a no-context head ("leaders") domestic
    own_head = not givers or not any(m[0] in sectors.CONTEXT_SECTORS for m in givers)
    if pair_of_sides(text):
        domestic = False  # "the two leaders met in Geneva": one from each side, not the venue's
    if res.sector == "MIL" and not res.country and not res.code \
            and service_names.us_marines(words, ctx.country):
        res.country = "USA"  # "The Marines came ashore" under MOGADISHU: the US corps, not Somalia's
        res.reasons.append("a bare capitalised 'Marines' is the US Marine Corps")
    # peacekeepers serve where an international body sends them, never at home: "allowed international
    # peacekeepers into East Timor" under JAKARTA are no Indonesian troops (lead40; the events stage codes
    # an unowned force IGO, arguments.sent_abroad)
    peacekeeping = (res.head_role or "") in PEACEKEEPERS or ("peacekeeping" in lower and res.sector == "MIL")
    # forty-second session: "BANGKOK - Burma freed two dissidents. The regime accused ...": where the lead is
    # about one other state than the dateline's (`Context.reason`), "the regime" is that state's, the one the
    # lead is about, as "the regime" in a Seoul story about the North is Pyongyang's
    lead_regime = res.head_role == "regime" and (ctx.reason or "").startswith(LEAD_ABOUT)
    if (not res.country and not res.code and domestic and allow_context and ctx.country and not private
            and not peacekeeping
            and ctx.country != posted_to and not (own_head and not lead_regime
                                                  and ((res.head_role or "") in _NO_CONTEXT
                                                       or (res.head_role or "").endswith(_DEPLOYED_UNITS)))):
        # (a navy's fleet or an army's division serves far from home: "the Fifth Fleet" in a Dubai
        # story is no Gulf state's, "the 101st Airborne Division deployed to Romania" no Romanian unit)
        res.country = ctx.country
        res.reasons.append(ctx.explain(text.strip()))
    if res.country and not res.code and res.sector is None and lower and lower[-1] == "artillery" \
            and not modifiers:
        # "Bosnian Serb artillery pounded Gorazde": a side's guns stand for the side (thirty-first session;
        # "artillery" alone is no role, a weapon fired)
        guns = side_of_arms(lower, res.country, "MIL", res.reasons[0] if res.reasons else "")
        if guns is not None:
            res.sector = "REB"
            res.reasons.append(guns)
    if res.country and not res.code and "majority" in lower and res.sector in ("OPP", "GOV", None) \
            and any(r.endswith(" party") for r in res.reasons) \
            and lower[lower.index("majority") + 1:lower.index("majority") + 2] != ["of"]:
        # thirty-first session: "the Republican majority", "the Democratic majority in the Senate": a
        # party's majority is its members in the legislature (LEG), not the party
        res.sector = "LEG"
        res.reasons.append("a party's 'majority' is its members in the legislature (LEG)")
    if res.country and not res.code and res.sector in _BREAKAWAY_SECTORS \
            and any(w in BREAKAWAY_WORDS for w in lower):
        _breakaway_side(lower, res, gaz)
    elif res.country and not res.code and res.head_role is not None:
        # thirty-ninth session: "the Abkhaz president", "Karabakh Armenian leaders" with no breakaway word
        why = polity_reason(lower, res.head_role, res.country, res.sector, gaz)
        if why is not None:
            res.sector = "REB"
            res.reasons.append(why)
    envoys.sent_representative(text, lower, res)  # "Iraq's representative at the U.N.": GOV
    return res


# thirty-first session: a self-proclaimed polity inside a state and its leaders, government and men ("the
# leader of the self-proclaimed Dniester republic, Igor Smirnov", "the breakaway Abkhazia region")
BREAKAWAY_WORDS = frozenset({"self-proclaimed", "breakaway", "secessionist", "self-styled", "unrecognised",
                              "unrecognized"})
_BREAKAWAY_SECTORS = frozenset({None, "GOV", "MIL", "UAF", "LEG"})


def _breakaway_side(lower: list[str], res: Resolution, gaz: Any) -> None:
    """A breakaway word before a region another state holds in law, or a separatist war's region, makes
    the phrase that state's rebel side (REB), not its government or army; a state breaking away keeps its
    own code ("the breakaway republic of Slovenia" is no region of another)."""
    why = breakaway_reason(lower, res.country or "", gaz)
    if why is not None:
        res.sector = "REB"
        res.reasons.append(why)


def breakaway_reason(lower: list[str], country: str, gaz: Any) -> str | None:
    """Why the words, with a breakaway word among them, name a rebel side of `country` (a region of it
    another state holds in law, or a separatist war's region); None otherwise."""
    for word in lower:
        place = gaz.lookup(word, cities=False)
        if place is None or place.iso3 != country:
            continue
        if countries.DISPUTED_REGION in place.reason or word in SEPARATIST_REGION_WORDS:
            return f"{place.reason}: its self-proclaimed authorities and men are a rebel side"
    return None


# the words after a paper's name that keep it the paper ("The Hindu newspaper", "the Hindu daily")
_PRESS_WORDS = frozenset({"newspaper", "daily", "paper", "editor", "editorial", "correspondent", "reporter",
                          "reported", "said", "says", "group"})

# the peoples a state's name is written before when their own armed side is meant ("Bosnian Serb forces")
_MINORITY_PEOPLES = frozenset({"serb", "croat", "albanian"})
MINORITY_ARMS = frozenset({"forces", "force", "army", "troops", "soldiers", "militia", "militiamen",
                            "units"})
# thirty-first session: the side's gunners, guns, marksmen and irregulars ("Bosnian Serb gunners shelled a
# market", "Abkhaz gunmen", "Karabakh Armenian gunners") are the same side as its forces
IRREGULAR_ARMS = frozenset({"gunners", "artillery", "snipers", "gunmen", "fighters", "militants",
                            "commandos",
                            # thirty-fifth session: "Chechen warlord Salman Raduyev" was RUSUAF
                            "warlord", "warlords"})
SIDE_ARMS = MINORITY_ARMS | IRREGULAR_ARMS
# regions of a separatist war whose irregulars are its rebels though the gazetteer reads the word as the
# state's region, not one another state holds ("Chechen gunmen seized a hospital", "Chechen militants")
SEPARATIST_REGION_WORDS = frozenset({"chechen", "chechnya", "chechnya's"})


def _disputed_region_arms(lower: list[str], res: Resolution, gaz: Any) -> None:
    """"Abkhaz forces", "Karabakh Armenian forces", "Transdniestrian troops": the armed men of a region
    another state holds in law are a rebel side of that state, not an army (twenty-ninth session), as
    "Armenian separatists in Nagorno-Karabakh" are AZEREB."""
    for k, word in enumerate(lower[:-1]):
        if word in SIDE_ARMS:
            return  # only a modifier before the men names whose they are
        place = gaz.lookup(word, cities=False)
        if place is not None and word in SEPARATIST_REGION_WORDS and place.iso3 == res.country \
                and res.sector == "UAF" and lower[-1] in IRREGULAR_ARMS:
            res.sector = "REB"
            res.reasons.append(f"{place.reason}: its irregulars are the separatist rebels of the region")
            return
        if place is None or countries.DISPUTED_REGION not in place.reason:
            continue
        if place.iso3 != res.country:
            people = gaz.lookup(lower[k + 1], cities=False)
            if people is None or people.iso3 != res.country:
                return  # the phrase's country is not the region's people's ("Russian troops in Abkhazia")
            res.country = place.iso3
        res.sector = "REB"
        res.reasons.append(f"{place.reason}: its armed men are a rebel side, not the state's military")
        return


def side_of_arms(lower: list[str], country: str, sector: str | None, reason: str = "") -> str | None:
    """The rebel side (a reason for it) that the words of an armed phrase name ("bosnian serb gunners",
    "chechen gunmen", "abkhaz fighters"), of `country` and its `sector` (MIL, UAF) from the place and role
    noun, the place's first reason `reason`; None otherwise. The events stage's phrase of a role noun and
    its modifiers asks it (thirty-first session), as the actors stage's phrase rules do."""
    if sector not in ("MIL", "UAF") or not lower or lower[-1] not in SIDE_ARMS or not country:
        return None
    minority = minority_after_state(lower, country) if any(w in _MINORITY_PEOPLES for w in lower) else None
    if minority is not None:
        return f"'{minority}' names a people inside the state: its {lower[-1]} are a rebel side"
    if countries.DISPUTED_REGION in reason:
        return f"{reason}: its armed men are a rebel side, not the state's military"
    if sector == "UAF" and lower[-1] in IRREGULAR_ARMS and any(w in SEPARATIST_REGION_WORDS for w in lower):
        return "the irregulars of a separatist war's region are its rebels"
    return None


# thirty-third session (wip/actors35): "Bosnian Serb leader Radovan Karadzic" was BIHGOV ("leader"): the
# leaders of a people inside a state whose side was armed in the era's wars are that side (REB), as its
# forces are, in copy of the era only (`war_years`). Kosovo's Albanians are left out: their era leader
# (Rugova) led an unarmed movement.
ARMED_LEADERSHIPS = frozenset({"serb", "croat"})
LEADER_HEADS = frozenset({"leader", "leaders", "leadership"})


def war_years(date: str | None) -> bool:
    """Whether a story's date is of the era copy in which a Serb or Croat leadership led an armed side (to
    2005; the GSR placeholder 2000-01-01 is such a date). Later, "Bosnian Serb leader Milorad Dodik" heads
    an entity's government (BIHGOV)."""
    return bool(date) and (date or "")[:4] < "2006"


def _armed_leadership(lower: list[str], res: Resolution) -> None:
    """Make a minority side's leader (a people word after its state's word) that side's rebels."""
    minority = minority_after_state(lower, res.country or "")
    if minority is None:
        # forty-third session: "Krajina Serb leader Milan Martic" was SRBGOV: a rebel region's people word
        # ("krajina serb") names the rebel side of the state holding the region in law, as "Krajina Serb
        # forces" do (HRVREB)
        minority = _rebel_region_people(lower)
        if minority is not None:
            res.country = REBEL_REGIONS[minority.split()[0]]
    if minority is None or minority.split()[1] not in ARMED_LEADERSHIPS:
        return
    res.sector = "REB"
    res.reasons.append(f"'{minority}' names a people inside the state whose side was armed: its leaders "
                       "are that rebel side, not the state's government")


def _rebel_region_people(lower: list[str]) -> str | None:
    """"krajina serb": a people word right after a rebel region's word (`REBEL_REGIONS`); None otherwise."""
    return next((f"{lower[k - 1]} {lower[k]}" for k in range(1, len(lower))
                 if lower[k] in _MINORITY_PEOPLES and lower[k - 1] in REBEL_REGIONS), None)


def minority_after_state(lower: list[str], country: str) -> str | None:
    """"bosnian serb": the people word right after a word of the phrase's state, when the people is of
    another state (a minority inside the first); None otherwise."""
    if not country:
        return None
    gaz = countries.gazetteer()
    for k in range(1, len(lower)):
        if lower[k] in _MINORITY_PEOPLES:
            state = gaz.lookup(lower[k - 1], cities=False)
            people = gaz.lookup(lower[k], cities=False)
            if state is not None and people is not None and state.iso3 in (country, "XKX") \
                    and people.iso3 != state.iso3:
                return f"{lower[k - 1]} {lower[k]}"
    return None


def _military_rule(modifiers: list[tuple[str, str]], head: tuple[str, str] | None) -> str | None:
    """The ruling word of "military government", "military rulers", "military ruler Gen. X": a GOV head
    or title of MILITARY_RULE_HEADS after a military modifier; None otherwise."""
    words = [*modifiers, *([head] if head is not None else [])]
    for k, (sector, word) in enumerate(words):
        if sector == "GOV" and word in MILITARY_RULE_HEADS and any(s == "MIL" for s, _ in words[:k]):
            return word
    return None


def _platform(words: list[str], i: int) -> bool:
    """Whether word `i` is a military model designation used as a noun: plural ("F-16s"), the
    phrase's last word ("Israel's F-35"), or before a platform noun ("Su-24 bombers"), never
    before another noun ("H-1B visas")."""
    m = _DESIGNATION.match(words[i])
    if m is None:
        # a warplane family named without its number, only before a platform noun: "Cuban MiG
        # fighters", "Mirage jets" (lead31; "fighters" alone are irregular combatants)
        return words[i] in AIRCRAFT_FAMILIES and i + 1 < len(words) and \
            words[i + 1].lower() in _PLATFORM_NOUNS
    return bool(m.group("plural")) or i + 1 == len(words) or words[i + 1].lower() in _PLATFORM_NOUNS


# what a party's own people are called (twenty-fifth session): the party's code, not the labour or opposition
# sector the same nouns give elsewhere ("PTI workers" were PAKLAB, "Awami League activists" BGDOPP)
_PARTY_MEMBERS = frozenset({"workers", "activists", "supporters", "cadres", "loyalists", "volunteers"})


def _role_follows(lower: list[str], i: int) -> bool:
    """Whether a party member's role starts at word `i` ("Republican lawmakers", "Democratic Sen.",
    "Republican presidential nominee")."""
    i = _past_race(lower, i)
    return i < len(lower) and (lower[i] in tenure.MEMBER_ROLES or lower[i] in _CANDIDATES)


def _candidate_follows(lower: list[str], i: int) -> int | None:
    """The index of a candidate noun after a party name, past the race it is for ("GOP nominee",
    "Democratic presidential hopefuls", "the Republican vice-presidential candidate"); None if none."""
    i = _past_race(lower, i)
    return i if i < len(lower) and lower[i] in _CANDIDATES else None


def _past_race(lower: list[str], i: int) -> int:
    """The first word at or after `i` that does not name a race ("presidential", "senate", ...)."""
    while i < len(lower) and lower[i] in _RACES:
        i += 1
    return i


def _place_follows(words: list[str], i: int, gaz: countries.Gazetteer) -> bool:
    """Whether a place name starts at word `i`: "Western Cambodia", "West Java" are parts of a
    country, not the West."""
    return any(gaz.lookup(" ".join(words[i:i + n]), cities=True) is not None
               for n in range(1, min(3, len(words) - i) + 1))


def _dated_body(entry: _Entry, key: str, country: str | None,
                ctx: Context) -> tuple[str, str | None, str, str | None] | None:
    """(country, sector, name, reason for the date) of a named body on the story's date: a party in
    or out of government, an armed group that took power (tenure.py); None when a party name
    (\"Labour\") belongs to another country than the phrase's own."""
    if entry.kind == "party" or (entry.sector == "PTY" and key in tenure.PARTIES):
        # (thirty-fifth session: a party the group table lists as a body, "the Pakistan Muslim League", is
        # dated by the party table too)
        chosen = tenure.choose(key, country, ctx.country, ctx.inferred)
        if chosen is None:
            return None
        sector, why = tenure.party_sector(chosen, ctx.date)
        return chosen.country, sector, chosen.name, why
    ruled = tenure.ruled(key, ctx.date)
    if ruled is not None and (not country or country == ruled[0]):
        return ruled[0], ruled[1], entry.name, f"{entry.name}: {ruled[2]}"
    if entry.kind == "inst" and key == "foreign office" and not country and not ctx.inferred \
            and ctx.country in FOREIGN_OFFICE_HOMES and ctx.country != entry.code:
        # "the Foreign Office" in a story datelined Islamabad or Berlin is that state's foreign ministry
        # (Pakistan's and Germany's go by the name in English copy), not Britain's (stories23)
        name = possessive(countries.gazetteer().name_of(ctx.country))
        return ctx.country, entry.sector, f"{name} Foreign Office", \
            f"{ctx.reason}: the Foreign Office of a story placed there is {name} foreign ministry"
    if entry.kind in ("inst", "media") and entry.code:
        # "the Kremlin" in 1988 is the Soviet leadership's seat: a body seated in a city is dated as it
        # (and a news organisation seated there: Tass in 1988 USRMED; twenty-eighth session)
        seat, dated = countries.as_of(entry.code, ctx.date, "capital", soviet=ctx.soviet)
        return seat, entry.sector, entry.name, dated
    return entry.code, entry.sector, entry.name, None


def _bare_congress(res: Resolution, ctx: Context) -> None:
    """A bare "Congress": the story's legislature when its country has a Congress, India's Congress
    party in an Indian story, else the US Congress, the one wire copy means by the bare name."""
    if ctx.country == "IND":
        party = tenure.choose("congress party", "IND", None)
        assert party is not None
        res.country, res.name = "IND", party.name
        res.sector, why = tenure.party_sector(party, ctx.date)
        res.reasons = [f"'Congress' in an Indian story ({ctx.reason}) is the Congress party", why]
    elif ctx.country in sectors.CONGRESS_COUNTRIES:
        res.country = ctx.country
        res.reasons.append(ctx.explain("Congress"))
    else:
        res.country, res.name = "USA", "the US Congress"
        res.reasons.append("a bare 'Congress' with no country of a Congress in the story is the US Congress")


def _spokesperson_of(text: str, ctx: Context, cities: bool, allow_context: bool) -> Resolution | None:
    """'the ministry's spokesperson' -> the ministry's code, when the owner resolves."""
    m = _SPOKESPERSON_OF.match(text.strip())
    if m is None:
        return None
    owner = (m.group("owner") or m.group("owner2")).strip()
    res = resolve_text(owner, ctx, cities=cities, allow_context=allow_context)
    if not (res.country or res.code):
        return None
    res.name = None
    res.head_role = "spokesperson"
    res.reasons.append(f"a spokesperson of '{owner}' speaks for it and takes its code")
    return res


def _committee(text: str, ctx: Context) -> Resolution | None:
    """A House or Senate committee, or its chair or member: the legislature (LEG) of the story's
    country when that country has a Congress, the US Congress's in a story with no country, as the
    bare "Congress" is; in a story of another country the rule stays out."""
    text = text.strip()
    member = _COMMITTEE_MEMBER.match(text)
    body = member.group("body") if member else text
    m = _COMMITTEE.match(body.strip())
    if m is None:
        return None
    if ctx.country and ctx.country not in sectors.CONGRESS_COUNTRIES:
        return None  # an Australian or Italian Senate committee: the ordinary words and the story say
    res = Resolution(sector="LEG", head_role="committee")
    if ctx.country:
        res.country = ctx.country
        res.reasons.append(ctx.explain(body))
    else:
        res.country = "USA"
        res.reasons.append(f"'{m.group('chamber')} ... Committee' with no country of a Congress in the story "
                           "is a committee of the US Congress")
    res.reasons.append("a committee of a legislature is a legislature role")
    if member:
        res.reasons.append(f"the {member.group('post')} of '{body}' sits in the legislature: LEG")
    else:
        res.name = body
    return res


def _join_sectors(parts: list[str]) -> str:
    """Concatenate sector codes in order without repeats; PPL only when it is alone (PETRARCH)."""
    out: list[str] = []
    for part in parts:
        for k in range(0, len(part), 3):
            code = part[k:k + 3]
            if code and code not in out:
                out.append(code)
    if len(out) > 1 and "PPL" in out:
        out.remove("PPL")
    return "".join(out)


def _peoples_republic(lower: list[str], head: str) -> bool:
    """ "the People's Republic of Kampuchea", "the People's Socialist Republic of Albania": "people" names a
    state's style, not its civilians (TASS's Kampuchea of 1989 was KHMCVL; forty-third session,
    wip/stories45). "the people of the Republic of Korea" keeps its people: "of" comes between."""
    if head not in ("people", "people's", "peoples") or head not in lower or "republic" not in lower:
        return False
    at, rep = lower.index(head), lower.index("republic")
    return at < rep and "of" not in lower[at:rep]


_SECTOR_NAMES = {"GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
                 "LEG": "legislature", "SPY": "intelligence", "MED": "media", "OPP": "opposition",
                 "PTY": "party", "REB": "rebel", "BUS": "business", "CVL": "civilian", "REF": "refugee",
                 "EDU": "education", "LAB": "labour", "REL": "religious", "ELI": "elite", "NGO": "NGO",
                 "HLH": "health", "CRM": "criminal", "UAF": "unaffiliated armed",
                 "PPL": "people", "AGR": "agriculture"}


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _article(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def sector_name(sector: str) -> str:
    """'GOV' -> 'government'; 'GOVMED' -> 'government media'."""
    return " ".join(_SECTOR_NAMES.get(sector[k:k + 3], sector[k:k + 3]) for k in range(0, len(sector), 3))
