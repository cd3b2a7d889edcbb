"""Actors: every person, organisation and place mention in headline + body, with a CAMEO actor.

`assign_actors(article, doc)` fills `article.entities`:

1. spaCy entities (PERSON, ORG, GPE, NORP, LOC, FAC) in headline/body; a person's title and
   nationality to the left join the mention ("Foreign Minister Chung Eui-yong");
2. noun phrases headed by a role noun that NER does not tag ("the foreign ministry", "the
   spokesperson", "police"), "the North"/"the South" in a story about the Koreas, and he/she subjects;
3. each mention's actor from its text (phrases.resolve_text), upgraded by syntax: a nationality that
   qualifies a role noun takes its sector ("Hungarian officials" -> HUN GOV), a person takes the
   sector of an appositive role ("Choi Young-sam, the ministry's spokesperson" -> KOR GOV);
4. user dictionaries (actor_dictionary) override and add mentions;
5. in-document coreference (coref.py) fills `refers_to` and copies actors.

`actor_for_span(article, start, end)` answers for any span afterwards, entity or not.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from ..records import Actor, Article, Entity
from . import actor_dictionary, countries, sectors
from .coref import BODY_HEADS, article_context, resolve_coreference
from .phrases import Context, resolve_text, sector_name

KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nummod"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_PLACE_PREPOSITIONS = frozenset({"in", "of", "near", "at", "from", "outside", "around"})
_TRIM_CHARS = " \t\n\r-,.;:'\"()[]\u2019\u201c\u201d"

# Words that may stand in a title before a name, besides the title words themselves.
_TITLE_WORDS = frozenset(w for k in sectors.TITLES for w in k.split() if w not in ("of", "the")) | frozenset({
    "foreign", "deputy", "vice", "junior", "senior", "acting", "former", "new", "first", "then",
    "prime", "chief", "top", "defense", "defence", "finance", "interior", "trade", "unification",
    "state", "home", "opposition", "rebel", "party", "army", "military", "police", "supreme", "late",
    "outgoing", "incoming", "interim", "economy", "education", "justice", "health", "labor", "labour",
    "industry", "energy", "culture", "environment", "agriculture", "ex", "ex-", "u.s.", "un", "u.n."})
_TITLE_HEADS = frozenset(key.split()[-1] for key in sectors.TITLES)
_ADJECTIVES = frozenset({"new", "former", "acting", "late", "outgoing", "incoming", "interim", "then", "top"})
# Person-role nouns: a definite "the <noun>" can refer back to a person introduced with it.
_PERSON_ROLES = frozenset(k for k in sectors.TITLES if " " not in k) | frozenset({
    "official", "diplomat", "spokesman", "spokeswoman", "spokesperson", "minister", "president"})
_APPOS_TAIL_DEPS = frozenset({"prep", "pobj", "compound", "amod", "det", "poss", "case", "nummod", "cc",
                             "conj"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&/-]{1,9}$")
_KOREAN_NAME = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")


def assign_actors(article: Article, doc: Any, *, dictionaries: Iterable[str] = ()) -> None:
    """Fill article.entities with actor-coded mentions of headline + body (never the trailer)."""
    ctx = article_context(article)
    user = actor_dictionary.load(tuple(str(p) for p in dictionaries))
    ctx.user = user or None
    if ctx.country is None:
        _main_country(ctx, doc, _visible_regions(article, len(doc.text)))
    _remember(article, ctx)
    builder = _Builder(article, doc, ctx, user)
    builder.run()
    article.entities = builder.entities


class _Builder:
    def __init__(self, article: Article, doc: Any, ctx: Context, user: actor_dictionary.ActorDictionary):
        self.article, self.doc, self.ctx, self.user = article, doc, ctx, user
        self.text: str = doc.text
        self.regions = _visible_regions(article, len(self.text))
        self.entities: list[Entity] = []
        self.roles: dict[int, set[str]] = {}
        self.names: dict[int, str] = {}
        self.taken: set[int] = set()  # token indices inside a mention
        self.acronyms: dict[str, Entity] = {}  # "LPC" -> "the Liberian Peace Council" mention
        # Words of multi-word person names: a lone "Machado" tagged GPE is the person, not the town.
        self.name_words = {tok.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                           for tok in ent if tok.text[:1].isupper()}

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> None:
        # Persons first: their title and nationality join them ("Israeli President Moshe Katsav")
        # before the nationality could become a mention of its own.
        for ent in sorted(self.doc.ents, key=lambda e: (e.label_ != "PERSON", e.start)):
            if ent.label_ in KEEP_LABELS and self._visible(ent.start_char, ent.end_char):
                self._add_entity(ent)
        self._add_directional()
        self._add_missed_countries()
        parsed = self.doc.has_annotation("DEP")  # a blank pipeline (tests, custom models) has no parse
        for chunk in self.doc.noun_chunks if parsed else ():
            self._add_role_phrase(chunk)
        for tok in self.doc if parsed else ():
            if tok.lower_ in _SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") \
                    and tok.i not in self.taken:
                self._append(Entity(text=tok.text, label="PRON", start=tok.idx, end=tok.idx + len(tok.text)),
                             range(tok.i, tok.i + 1))
        if self.user:
            self._apply_dictionary()
        self.entities.sort(key=lambda e: (e.start, e.end))
        self._add_acronym_mentions()
        self.entities.sort(key=lambda e: (e.start, e.end))
        resolve_coreference(self.entities, self.roles, self.names, acronyms=self.acronyms,
                            context_reason=self.ctx.reason)
        # Role phrases and pronouns that found neither an actor nor a referent are noise.
        self.entities = [e for e in self.entities
                         if e.label not in ("ROLE", "PRON") or e.actor is not None or e.refers_to]

    # -- helpers --------------------------------------------------------------------------
    def _visible(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.regions)

    def _append(self, entity: Entity, token_range: range) -> Entity:
        assert self.text[entity.start:entity.end] == entity.text
        self.entities.append(entity)
        self.taken.update(token_range)
        return entity

    def _trimmed(self, start_tok: int, end_tok: int) -> tuple[int, int]:
        """Drop a trailing possessive and punctuation tokens, and leading punctuation."""
        doc = self.doc
        while end_tok > start_tok and (_possessive(doc[end_tok - 1]) or doc[end_tok - 1].is_punct
                                       or doc[end_tok - 1].is_space):
            end_tok -= 1
        while start_tok < end_tok and (doc[start_tok].is_punct or doc[start_tok].is_space):
            start_tok += 1
        return start_tok, end_tok

    def _span_text(self, start_tok: int, end_tok: int) -> tuple[str, int, int]:
        start = self.doc[start_tok].idx
        last = self.doc[end_tok - 1]
        end = last.idx + len(last.text)
        text = self.text[start:end]
        # a token may carry a possessive or trailing mark that spaCy did not split off ("Chung's")
        stripped = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text) if end_tok - start_tok == 1 else text
        return stripped, start, start + len(stripped)

    # -- spaCy entities ---------------------------------------------------------------------
    def _add_entity(self, ent: Any) -> None:
        start_tok, end_tok = self._trimmed(ent.start, ent.end)
        if start_tok >= end_tok:
            return
        if any(i in self.taken for i in range(start_tok, end_tok)):
            return
        label = ent.label_
        if label == "PERSON" and end_tok - start_tok <= 3:
            # the small model tags some countries as persons ("Benin and Togo signed ...")
            place = countries.lookup(self._span_text(start_tok, end_tok)[0], cities=False)
            if place is not None and place.kind in ("country", "alias", "capital"):
                label = "GPE"
            elif all(countries.lookup(t.text, cities=False) for t in self.doc[start_tok:end_tok]):
                label = "NORP"  # "Bosnian Serbs"
        elif label in ("GPE", "LOC", "ORG") and end_tok - start_tok == 1 \
                and self.doc[start_tok].text in self.name_words:
            place = countries.lookup(self.doc[start_tok].text)
            if place is None or place.kind in ("city", "state"):
                label = "PERSON"
        name_start = start_tok
        if label in ("PERSON", "ORG"):
            start_tok = self._title_start(start_tok)
        if label in ("LOC", "GPE") and end_tok - start_tok == 1 and start_tok > 0 \
                and self.doc[start_tok].lower_ in ("north", "south") \
                and self.doc[start_tok - 1].lower_ == "the":
            start_tok -= 1
        text, start, end = self._span_text(start_tok, end_tok)
        name = self._span_text(name_start, end_tok)[0]
        if "\n" in text:  # a mention never spans lines: NER ran two furniture lines together
            return
        entity = Entity(text=text, label=label, start=start, end=end)
        self._append(entity, range(start_tok, end_tok))
        self.names[id(entity)] = name
        self._note_acronym(entity, end_tok)
        if label == "PERSON" or (label == "ORG" and self._looks_like_person(ent, name)):
            entity.label = "PERSON"
            self._person_actor(entity, ent, title=self.text[start:self.doc[name_start].idx].strip())
        else:
            # the small model tags towns NORP/ORG too: "the town of Samarra", "near Samarra"
            after_preposition = start_tok > 0 and self.doc[start_tok - 1].lower_ in _PLACE_PREPOSITIONS
            res = resolve_text(text, self.ctx, cities=label in PLACE_LABELS or after_preposition,
                               allow_context=label not in ("GPE", "NORP"))
            actor = res.actor(text)
            if actor is not None and label in ("GPE", "NORP", "ORG") and not res.code:
                qualified = self._qualified(actor, ent.root, text)
                if qualified is not None:
                    actor = qualified
                    self.roles[id(entity)] = {_head_of(ent.root).lower_}
            entity.actor = actor

    def _note_acronym(self, entity: Entity, end_tok: int) -> None:
        """'the Liberian Peace Council (LPC)': later 'LPC' mentions are that body."""
        doc = self.doc
        if end_tok + 2 < len(doc) and doc[end_tok].text == "(" and doc[end_tok + 2].text == ")":
            acronym = doc[end_tok + 1].text
            if _ACRONYM.match(acronym) and entity.label in ("ORG", "NORP", "GPE", "FAC"):
                self.acronyms.setdefault(acronym, entity)

    def _add_acronym_mentions(self) -> None:
        """Mentions of a declared acronym that NER did not tag."""
        for acronym, intro in self.acronyms.items():
            pattern = re.compile(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])")
            for start, end in self.regions:
                for m in pattern.finditer(self.text, start, end):
                    if m.start() < intro.end or any(e.start < m.end() and m.start() < e.end
                                                    for e in self.entities):
                        continue
                    self.entities.append(Entity(text=m.group(), label=intro.label, start=m.start(),
                                                end=m.end()))

    def _title_start(self, start_tok: int) -> int:
        """Extend a name leftwards over its title and nationality ("French President Jacques Chirac")."""
        doc = self.doc
        i = start_tok
        first_title = None
        while i > 0:
            tok = doc[i - 1]
            if tok.i in self.taken or tok.is_space or tok.is_punct and tok.text not in (".",):
                break
            low = tok.lower_
            if low in _TITLE_WORDS:
                if low in _TITLE_HEADS:
                    first_title = i - 1
                i -= 1
                continue
            if _possessive(tok) and i - 2 >= 0 and self._is_place(doc[i - 2].text):
                i -= 2
                continue
            if tok.text[:1].isupper() and self._is_place(tok.text):
                i -= 1
                continue
            break
        if first_title is None:
            return start_tok
        while i < first_title and doc[i].lower_ in _ADJECTIVES:
            i += 1
        return i

    def _is_place(self, text: str) -> bool:
        if countries.lookup(text, cities=False) is not None:
            return True
        return bool(self.user) and self.user.lookup(text, self.ctx.date) is not None

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
        for child in root.children:
            if child.dep_ == "appos":
                # the role phrase, without a trailing relative clause or participle
                end = child.i + 1
                while end <= child.right_edge.i and self.doc[end].dep_ in _APPOS_TAIL_DEPS:
                    end += 1
                return self.doc[child.left_edge.i:end]
        if root.dep_ == "appos":
            head = root.head
            return self.doc[head.left_edge.i:head.i + 1]
        return None

    def _person_actor(self, entity: Entity, ent: Any, title: str) -> None:
        roles: set[str] = set()
        actor: Actor | None = None
        if title:
            res = resolve_text(title, self.ctx, cities=False)
            if res.head_role:
                roles.update({res.head_role, res.head_role.split()[-1]})
            actor = res.actor(self.names[id(entity)])
        appos = self._appositive(ent)
        if appos is not None:
            # "Choi Young-sam, the ministry's spokesperson": the appositive is a role phrase
            res = resolve_text(appos.text, self.ctx, cities=False)
            if res.head_role:
                roles.update({res.head_role, res.head_role.split()[-1]})
            if actor is None and res.sector and (res.country or res.code):
                actor = res.actor(self.names[id(entity)])
                if actor is not None:
                    actor.reasons.insert(0, f"appositive '{appos.text.strip()}' gives the role")
        if actor is None:
            actor = self._modifier_of_institution(entity, ent.root)
        actor = self._office_holder(self.names[id(entity)], actor)
        entity.actor = actor
        self.roles[id(entity)] = {r.lower() for r in roles}

    def _office_holder(self, name: str, actor: Actor | None) -> Actor | None:
        """Well-known office holders (data/actor_leaders.csv) beat a title coded from the dateline
        ("President Biden" in a Seoul story is USA GOV, not KOR GOV), but not a stated country."""
        known = actor_dictionary.builtin().lookup_lenient(name, self.ctx.date)
        if known is None:
            return actor
        if actor is not None and actor.country == known.country:
            known.reasons[:0] = actor.reasons  # title and table agree: keep both reasons
            return known
        if actor is None or any(r.startswith(self.ctx.reason or "\0") for r in actor.reasons):
            return known
        return actor

    def _modifier_of_institution(self, entity: Entity, root: Any) -> Actor | None:
        """'the Biden administration': a name that qualifies a role noun stands for that body."""
        head = root.head
        if root.dep_ not in _MODIFIER_DEPS or head is root or head.i < root.i \
                or head.lower_ not in sectors.ROLE_NOUNS:
            return None
        phrase = self.text[entity.start:head.idx + len(head.text)]
        res = resolve_text(phrase, self.ctx, cities=False, allow_context=False)
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
        head = _head_of(root)
        if head is root:
            return None
        sector = sectors.ROLE_NOUNS.get(head.lower_) or sectors.TITLES.get(head.lower_)
        if not sector or head.pos_ not in ("NOUN", "PROPN"):
            return None
        reason = f"'{mention}' qualifies '{head.text}', a {sector_name(sector)} role"
        return Actor(name=actor.name, code=actor.country + sector if actor.country else actor.code,
                     country=actor.country, sector=sector, reasons=[*actor.reasons, reason])

    # -- phrases NER does not tag -----------------------------------------------------------
    def _add_directional(self) -> None:
        """'the North' / 'the South' in a story about the Koreas, when NER missed them."""
        if not self.ctx.korea:
            return
        doc = self.doc
        for tok in doc:
            if tok.text in ("North", "South") and tok.i > 0 and doc[tok.i - 1].lower_ == "the" \
                    and tok.i not in self.taken and self._visible(tok.idx, tok.idx + len(tok.text)):
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if nxt is not None and nxt.pos_ == "PROPN":
                    continue  # "the North Atlantic"
                start = doc[tok.i - 1].idx
                text = self.text[start:tok.idx + len(tok.text)]
                entity = Entity(text=text, label="LOC", start=start, end=start + len(text))
                entity.actor = resolve_text(text, self.ctx).actor(text)
                self._append(entity, range(tok.i - 1, tok.i + 1))

    def _add_missed_countries(self) -> None:
        """Country names and nationalities NER did not tag ("N.Korea policy" in a headline)."""
        for tok in self.doc:
            if tok.i in self.taken or not tok.text[:1].isupper() or len(tok.text) < 3:
                continue
            place = countries.lookup(tok.text, cities=False)
            if place is None or place.kind not in ("country", "alias", "demonym"):
                continue
            if not self._visible(tok.idx, tok.idx + len(tok.text)):
                continue
            text, start, end = self._span_text(tok.i, tok.i + 1)
            label = "NORP" if place.kind == "demonym" else "GPE"
            res = resolve_text(text, self.ctx, cities=False, allow_context=False)
            actor = res.actor(text)
            if actor is not None and self.doc.has_annotation("DEP"):
                actor = self._qualified(actor, tok, text) or actor
            self._append(Entity(text=text, label=label, start=start, end=end, actor=actor),
                         range(tok.i, tok.i + 1))

    def _add_role_phrase(self, chunk: Any) -> None:
        start_tok, end_tok = chunk.start, chunk.end
        # the parser may run a headline chunk into the body ("foreign ministry\n ... South Korea"):
        # keep the part before the line break
        for i in range(start_tok, end_tok):
            if "\n" in self.doc[i].text or "\n" in self.doc[i].whitespace_:
                end_tok = i + (0 if self.doc[i].is_space else 1)
                break
        root = chunk.root if end_tok == chunk.end else self.doc[end_tok - 1]
        if root.i >= end_tok or root.pos_ not in ("NOUN", "PROPN") or root.i in self.taken:
            return
        low = root.lower_
        if low not in sectors.ROLE_NOUNS and low not in sectors.TITLES:
            return
        start_tok, end_tok = self._trimmed(start_tok, end_tok)
        if start_tok >= end_tok or any(i in self.taken for i in range(start_tok, end_tok)):
            return
        text, start, end = self._span_text(start_tok, end_tok)
        if "\n" in text or not self._visible(start, end):
            return
        res = resolve_text(text, self.ctx)
        actor = res.actor(text)
        corefable = (low in _PERSON_ROLES or low in BODY_HEADS) and _is_definite(text)
        if actor is None and not corefable:
            return
        entity = Entity(text=text, label="ROLE", start=start, end=end, actor=actor)
        self._append(entity, range(start_tok, end_tok))
        self.roles[id(entity)] = {low}

    # -- user dictionaries --------------------------------------------------------------------
    def _apply_dictionary(self) -> None:
        date = self.ctx.date
        covered: list[tuple[int, int]] = []
        for entity in self.entities:
            key = self.names.get(id(entity), entity.text)
            entry = self.user.lookup(key, date) or self.user.lookup(entity.text, date)
            if entry is not None:
                entity.actor = entry.actor(key)
            covered.append((entity.start, entity.end))
        for start, end in self.regions:
            for m in self.user.finditer(self.text, start, end):
                if any(s < m.end() and m.start() < e for s, e in covered):
                    continue
                entry = self.user.lookup(m.group(), date)
                if entry is None:
                    continue
                entity = Entity(text=m.group(), label="ACTOR", start=m.start(), end=m.end(),
                                actor=entry.actor(m.group()))
                self.entities.append(entity)
                covered.append((m.start(), m.end()))


def _main_country(ctx: Context, doc: Any, regions: list[tuple[int, int]]) -> None:
    """Without a dateline or agency, a story that is mostly about one country gives that country
    to its unqualified state bodies: at least 3 place mentions, 60 % of them one country's."""
    tally: dict[str, int] = {}
    for ent in doc.ents:
        visible = any(s <= ent.start_char and ent.end_char <= e for s, e in regions)
        if ent.label_ in ("GPE", "NORP") and visible:
            place = countries.lookup(ent.text, cities=ent.label_ == "GPE")
            if place is not None:
                tally[place.iso3] = tally.get(place.iso3, 0) + 1
    total = sum(tally.values())
    if total < 3:
        return
    top, count = max(tally.items(), key=lambda item: item[1])
    if count >= 0.6 * total:
        ctx.country = top
        ctx.reason = f"the story's main country ({count} of {total} place mentions)"


def _head_of(root: Any) -> Any:
    """The noun a modifier qualifies, through coordination ("Hungarian and Romanian officials");
    the token itself when it qualifies nothing."""
    tok = root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in _MODIFIER_DEPS or tok.head is tok:
        return root
    return tok.head


def _possessive(tok: Any) -> bool:
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "\u2019s")


def _is_definite(text: str) -> bool:
    return text.strip().lower().startswith(("the ", "this ", "that "))


def _visible_regions(article: Article, limit: int) -> list[tuple[int, int]]:
    """Headline and body spans: the only text mentions may come from."""
    regions: list[tuple[int, int]] = []
    if article.headline_start is not None and article.headline_end is not None:
        regions.append((article.headline_start, article.headline_end))
    end = article.body_end if article.body_end > article.body_start else limit
    regions.append((article.body_start, min(end, limit)))
    return regions


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


def actor_for_span(article: Article, start: int, end: int) -> Actor | None:
    """The actor of the mention at [start, end): an entity that matches or covers it, else the
    span's own text resolved with the same tables (and the article's dateline context), else the
    entity overlapping it most. None when nothing says who it is."""
    if start >= end:
        return None
    span = article.text[start:end]
    lead = len(span) - len(span.lstrip(_TRIM_CHARS))
    tail = len(span.rstrip(_TRIM_CHARS))
    s, e = start + lead, start + max(tail, lead)
    best: Entity | None = None
    for ent in article.entities:
        if ent.actor is None and ent.label != "PERSON":
            continue
        if (ent.start, ent.end) == (s, e) or (ent.start <= s and e <= ent.end) \
                or _strip_the(article.text[s:e]) == _strip_the(ent.text):
            return ent.actor
    ctx = _context(article)
    if ctx.user:
        entry = ctx.user.lookup(article.text[s:e].strip(), ctx.date)
        if entry is not None:
            return entry.actor(article.text[s:e])
    res = resolve_text(article.text[s:e], ctx)
    actor = res.actor(article.text[s:e].strip())
    if actor is not None:
        return actor
    overlap = 0
    for ent in article.entities:
        if ent.actor is None:
            continue
        shared = min(e, ent.end) - max(s, ent.start)
        if shared > overlap:
            best, overlap = ent, shared
    return None if best is None else best.actor


def _strip_the(text: str) -> str:
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text
