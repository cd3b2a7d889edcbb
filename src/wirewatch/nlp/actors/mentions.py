"""Mention passes of the actors stage: the shared token helpers and the passes that add what
spaCy's NER missed — country names with "and" in them, "the North"/"the South" in a Korea story,
country names and nationalities, role noun phrases, later mentions of a declared acronym — and the
user dictionaries' overrides. A mixin of `actors._Builder`, which holds the state it works on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...records import Actor, Article, Entity
from . import countries, igos, sectors
from . import dictionary as actor_dictionary
from .coref import BODY_HEADS
from .phrases import POSTS_ABROAD, Context, may_have_fixed_code, person_noun, resolve_text

# Person-role nouns: a definite "the <noun>" can refer back to a person introduced with it.
_PERSON_ROLES = frozenset(k for k in sectors.TITLES if " " not in k) | frozenset({
    "official", "diplomat", "spokesman", "spokeswoman", "spokesperson", "minister", "president"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&/-]{1,9}$")
# the reason an acronym's actor gives when the story's own expansion of it decided (assign._spelled_out)
SPELLED_OUT = "the story spells out"
# Singular role nouns that news copy uses bare as the name of the one body ("near parliament",
# "Police fired"); any other bare singular role noun names a kind ("run for president").
_BARE_NAMES = frozenset({"parliament", "congress", "senate", "police", "government", "cabinet", "military",
                         "army", "navy", "opposition", "legislature", "judiciary", "media", "intelligence"})


@lru_cache(maxsize=1)
def _and_bodies() -> re.Pattern[str]:
    """The IGO/NGO table's names that hold "and" (`MentionPasses._add_and_bodies`), longest first."""
    # thirty-ninth session: and the long names with "of" before a place, which the small model splits at the
    # place ("The Economic Community" ORG + "West African States" GPE, read as the region WAF)
    keys = sorted([*(k for k in igos.IGOS if " and " in k or (" of " in k and len(k.split()) >= 4)),
                   # fortieth session: and the armed groups' names with "and" in them, which the small model
                   # splits at a place ("The Jammu and Kashmir Liberation Front" read as Jammu, IND)
                   *(k for k, v in sectors.INSTITUTIONS.items() if " and " in k and v[1] in _GROUP_SECTORS)],
                  key=len, reverse=True)
    # (in either spelling: Reuters and AFP write "the Organisation for Security and Co-operation in Europe",
    # which the small model cuts before "in Europe", leaving Europe the actor; lead40)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+")
                                                   .replace("organization", "organi[sz]ation") for k in keys)
                      + r")(?![\w-])", re.I)


# sectors of armed groups, gangs and movements whose table names may hold a place
_GROUP_SECTORS = frozenset({"REB", "UAF", "OPP", "CRM"})

# a possessive or trailing mark spaCy left on a one-token name ("Chung's")
_END_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_DASHES = ("-", "\u2013", "\u2014")
# a spaced "and" (any case): every country name countries.and_names() finds holds one
_SPACED_AND = re.compile(r"\sand\s", re.IGNORECASE)


class MentionPasses:
    """The builder's mention-finding passes; `actors._Builder` sets these attributes."""

    article: Article
    doc: Any
    text: str
    ctx: Context
    user: actor_dictionary.ActorDictionary
    regions: list[tuple[int, int]]
    entities: list[Entity]
    roles: dict[int, set[str]]
    names: dict[int, str]
    taken: set[int]
    acronyms: dict[str, Entity]
    chunks: list[Any] | None  # the Doc's noun chunks once read (None before)

    if TYPE_CHECKING:  # syntax upgrades, defined by actors._Builder
        def _qualified(self, actor: Actor, root: Any, mention: str) -> Actor | None: ...

        def _ethnic(self, actor: Actor | None, start_tok: int, *, group: bool = False) -> Actor | None: ...

        def _possessed_role(self, end_tok: int) -> Any: ...

    # -- helpers --------------------------------------------------------------------------
    def _visible(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.regions)

    def _noun_chunks(self) -> list[Any]:
        """The Doc's noun chunks, read once: three passes walk them, and spaCy finds them anew on each
        `Doc.noun_chunks` (the stage neither retokenizes the Doc nor changes its parse)."""
        if self.chunks is None:
            self.chunks = list(self.doc.noun_chunks)
        return self.chunks

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
        stripped = _END_POSSESSIVE.sub("", text) if end_tok - start_tok == 1 else text
        return stripped, start, start + len(stripped)

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

    def _add_and_countries(self) -> None:
        """Country names with "and" in them ("Trinidad and Tobago"): the small model splits them
        or runs them into a neighbour ("Nevis and Sao Tome"), so they are taken whole first."""
        for start, end in self.regions:
            if _SPACED_AND.search(self.text, start, end) is None:
                continue  # (every such name has a spaced "and": the long pattern need not run)
            for m in countries.and_names().finditer(self.text, start, end):
                if not m.group()[:1].isupper():
                    continue
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or any(i in self.taken for i in range(span.start, span.end)):
                    continue
                text = m.group()
                res = resolve_text(text, self.ctx, allow_context=False)
                entity = Entity(text=text, label="GPE", start=m.start(), end=m.end(), actor=res.actor(text))
                if span.start_char != m.start() or span.end_char != m.end():
                    continue  # not on token boundaries
                self._append(entity, range(span.start, span.end))

    def _add_and_bodies(self) -> None:
        """International bodies with "and" in their names ("the African Union Peace and Security
        Council", "the Food and Agriculture Organization"): the small model splits them at "and", and
        "Security Council" alone is the UN's, so they are taken whole first, as countries are."""
        for start, end in self.regions:
            for m in _and_bodies().finditer(self.text, start, end):
                if not m.group()[:1].isupper():
                    continue
                span = self.doc.char_span(m.start(), m.end())
                if span is None or any(i in self.taken for i in range(span.start, span.end)):
                    continue
                text = m.group()
                actor = resolve_text(text, self.ctx, cities=False, allow_context=False).actor(text)
                if actor is not None:
                    self._append(Entity(text=text, label="ORG", start=m.start(), end=m.end(), actor=actor),
                                 range(span.start, span.end))

    def _origin_of_hyphenated(self, end_tok: int) -> bool:
        """"Palestinian" in "a Palestinian-American journalist" is the origin; the nationality is
        the last part, which codes the person (docs/actors.md)."""
        doc = self.doc
        if end_tok + 1 >= len(doc) or doc[end_tok].text != "-" or doc[end_tok - 1].whitespace_ \
                or doc[end_tok].whitespace_:
            return False
        tail = doc[end_tok + 1].text
        after = doc[end_tok + 2].text if end_tok + 2 < len(doc) else None
        # only for people: "Israeli-Palestinian talks" names both sides
        return tail[:1].isupper() and countries.lookup(tail, cities=False) is not None and person_noun(after)

    def _add_missed_countries(self) -> None:
        """Country names and nationalities NER did not tag ("N.Korea policy" in a headline)."""
        self._add_missed_long_countries()
        for tok in self.doc:
            if tok.i in self.taken or not tok.text[:1].isupper() or len(tok.text) < 3:
                continue
            place = countries.lookup(tok.text, cities=False)
            if place is None or place.kind not in ("country", "alias", "demonym"):
                continue
            if self._origin_of_hyphenated(tok.i + 1):
                continue
            if place.kind == "demonym" and language_compound(self.doc, tok.i):
                continue  # "a French-language newspaper" in Algiers: a tongue, not a nationality
            if not self._visible(tok.idx, tok.idx + len(tok.text)):
                continue
            possessed = self._possessed_role(tok.i + 1) if place.kind != "demonym" else None
            if possessed is not None:
                # "Britain's trade minister" that NER missed (a lead's "May 4 - Britain's" taken for a
                # date): one role mention, as a tagged "Kenya's president" is
                text, start, end = self._span_text(tok.i, possessed.i + 1)
                owned = resolve_text(text, self.ctx, cities=False, allow_context=False).actor(text)
                if owned is not None:
                    role = self._append(Entity(text=text, label="ROLE", start=start, end=end, actor=owned),
                                        range(tok.i, possessed.i + 1))
                    self.roles[id(role)] = {possessed.lower_}
                    continue
            text, start, end = self._span_text(tok.i, tok.i + 1)
            label = "NORP" if place.kind == "demonym" else "GPE"
            res = resolve_text(text, self.ctx, cities=False, allow_context=False)
            actor = res.actor(text)
            if actor is not None and self.doc.has_annotation("DEP"):
                actor = self._qualified(actor, tok, text) or actor
            actor = self._ethnic(actor, tok.i)
            self._append(Entity(text=text, label=label, start=start, end=end, actor=actor),
                         range(tok.i, tok.i + 1))

    def _add_missed_long_countries(self) -> None:
        """Two- and three-word country names NER left untagged ("accused Burkina Faso of ..."); a
        name NER tagged, even wrongly, is left to the entity pass."""
        doc = self.doc
        for tok in doc:
            if not tok.text[:1].isupper() or tok.ent_iob_ != "O" or tok.i in self.taken:
                continue  # (cheap test first: most tokens start no name)
            for n in (3, 2):
                span = doc[tok.i:tok.i + n]
                if len(span) < n or any(t.i in self.taken or t.ent_iob_ != "O" or not t.text[:1].isupper()
                                        for t in span):
                    continue
                place = countries.lookup(span.text, cities=False)
                if place is None or place.kind not in ("country", "alias"):
                    continue
                text, start, end = self._span_text(tok.i, tok.i + n)
                if not self._visible(start, end):
                    continue
                actor = resolve_text(text, self.ctx, cities=False, allow_context=False).actor(text)
                if actor is not None:
                    self._append(Entity(text=text, label="GPE", start=start, end=end, actor=actor),
                                 range(tok.i, tok.i + n))
                    break

    def _add_missed_bodies(self, groups: bool = False) -> None:
        """International bodies NER did not tag ("Human Rights Watch criticised ..."): a proper-noun
        phrase that the IGO/NGO table names is that body. `groups`: instead, an armed group, gang or
        movement the group table names whose name holds a place ("the Niger Delta Avengers"), found
        before the place passes could take the place alone (twenty-fourth session). The blank that stands
        for a cut dateline is no word of a name: under "NEW YORK (Reuters) -" the chunk of "Human Rights
        Watch" begins with it."""
        if not self.doc.has_annotation("DEP"):
            return
        for chunk in self._noun_chunks():
            words = [t for t in chunk if t.dep_ != "det" and not t.is_space]
            if not words or chunk.root.pos_ != "PROPN" or any(t.i in self.taken for t in words):
                continue
            text, start, end = self._span_text(words[0].i, words[-1].i + 1)
            if not self._visible(start, end):
                continue
            # (the cheap tests before the whole resolution: a group's name has two words and a place, a
            # body's name a row of the IGO/NGO table)
            if groups and not (len(words) > 1 and any(countries.lookup(t.text, cities=False) for t in words)):
                continue
            if not groups and not may_have_fixed_code(text, self.ctx):
                continue
            res = resolve_text(text, self.ctx, cities=False, allow_context=False)
            if groups:
                if res.name and res.country and res.sector in _GROUP_SECTORS and not res.code:
                    self._append(Entity(text=text, label="ORG", start=start, end=end, actor=res.actor(text)),
                                 range(words[0].i, words[-1].i + 1))
                continue
            if res.code and res.code[:3] in ("IGO", "NGO"):
                self._append(Entity(text=text, label="ORG", start=start, end=end, actor=res.actor(text)),
                             range(words[0].i, words[-1].i + 1))
        if groups:
            return
        for tok in self.doc:
            # an international body's acronym the parser took for a common noun ("MONUSCO said ...")
            if tok.pos_ not in ("NOUN", "ADJ", "X") or len(tok.text) < 3 or not tok.text.isupper() \
                    or not tok.text.isalpha() or tok.i in self.taken \
                    or any(0 <= j < len(self.doc) and self.doc[j].text.isupper() and self.doc[j].is_alpha
                           for j in (tok.i - 1, tok.i + 1)) \
                    or not self._visible(tok.idx, tok.idx + len(tok.text)):
                continue  # (not in a headline set in capitals)
            res = resolve_text(tok.text, self.ctx, cities=False, allow_context=False)
            if res.code and res.code[:3] in ("IGO", "NGO"):
                self._append(Entity(text=tok.text, label="ORG", start=tok.idx, end=tok.idx + len(tok.text),
                                    actor=res.actor(tok.text)), range(tok.i, tok.i + 1))

    def _add_two_word_nationalities(self) -> None:
        """Two-word nationalities NER split or missed ("Sierra Leonean" tagged ORG + PERSON): one
        mention, before the fragments can become mentions of their own (gsrforce). A pair NER tagged
        as one span is left to it ("Sri Lankan Foreign Minister X" joins the person)."""
        one_span = {i for ent in self.doc.ents if len(ent) > 1 for i in range(ent.start, ent.end)}
        for tok in self.doc[:-1]:
            if not tok.text[:1].isupper() or tok.whitespace_ != " ":
                continue  # (the cheap tests first: most words start no pair)
            nxt = tok.nbor()
            if not nxt.text[:1].isupper() or tok.is_stop or nxt.is_stop or \
                    tok.i in self.taken or nxt.i in self.taken or (tok.i in one_span and nxt.i in one_span):
                continue
            place = countries.lookup(f"{tok.text} {nxt.text}", cities=False)
            if place is None or place.kind not in ("alias", "demonym"):
                continue
            text, start, end = self._span_text(tok.i, tok.i + 2)
            if not self._visible(start, end):
                continue
            actor = resolve_text(text, self.ctx, cities=False, allow_context=False).actor(text)
            if actor is not None:
                # "South Korean riot police": the role the pair qualifies gives the sector
                actor = self._qualified(actor, nxt, text) or actor
                self._append(Entity(text=text, label="NORP", start=start, end=end, actor=actor),
                             range(tok.i, tok.i + 2))

    def _add_role_phrase(self, chunk: Any) -> None:
        start_tok, end_tok = chunk.start, chunk.end
        # the chunk's characters with the last word's trailing space: the word loops below run only
        # when what they look for is there (a Token made per word costs more than the test)
        after = self.doc[end_tok].idx if end_tok < len(self.doc) else len(self.text)
        chars = self.text[chunk.start_char:after]
        # the parser may run a headline chunk into the body ("foreign ministry\n ... South Korea"):
        # keep the part before the line break
        for i in range(start_tok, end_tok) if "\n" in chars else ():
            if "\n" in self.doc[i].text or "\n" in self.doc[i].whitespace_:
                end_tok = i + (0 if self.doc[i].is_space else 1)
                break
        root = chunk.root if end_tok == chunk.end else self.doc[end_tok - 1]
        # a headline's "130 million tonnes - minister": the attribution after a spaced dash is
        # its own phrase, and the measure before it is no actor
        for i in range(start_tok, root.i) if any(dash in chars for dash in _DASHES) else ():
            tok = self.doc[i]
            spaced = tok.whitespace_ and i > 0 and self.doc[i - 1].whitespace_
            if tok.text in _DASHES and spaced:
                start_tok = i + 1
        if root.i >= end_tok or root.pos_ not in ("NOUN", "PROPN") or root.i in self.taken:
            return
        low = root.lower_
        if low not in sectors.ROLE_NOUNS and low not in sectors.TITLES:
            # "the government's new taxes": the possessor is the actor, when it is a role noun
            owner = next((t for t in self.doc[start_tok:root.i] if t.dep_ == "poss" and t.pos_ == "NOUN"
                          and t.lower_ in sectors.ROLE_NOUNS), None)
            if owner is None:
                return
            end_tok, root, low = owner.i + 1, owner, owner.lower_
        start_tok, end_tok = self._trimmed(start_tok, end_tok)
        while start_tok < root.i and self.doc[start_tok].pos_ == "ADV":
            start_tok += 1  # "almost crowds", "nearly all villagers": a hedge is no part of the actor
        if start_tok >= end_tok or any(i in self.taken for i in range(start_tok, end_tok)):
            return
        text, start, end = self._span_text(start_tok, end_tok)
        if "\n" in text or not self._visible(start, end):
            return
        if end_tok - start_tok == 1 and root.tag_ == "NN" and low not in _BARE_NAMES \
                and not self._in_headline(start):
            return  # "run for president", "obstruction of justice", "in court": a kind, not an actor
        res = resolve_text(posted_text(self.doc[start_tok:end_tok], root), self.ctx)
        actor = res.actor(text)
        corefable = (low in _PERSON_ROLES or low in BODY_HEADS) and _is_definite(text)
        # "Militants in the Niger Delta": the in/of/from modifier may place it later
        placed = any(c.dep_ == "prep" and c.lower_ in ("in", "of", "from") for c in root.children)
        if actor is None and not corefable and not placed:
            return
        entity = Entity(text=text, label="ROLE", start=start, end=end, actor=actor)
        self._append(entity, range(start_tok, end_tok))
        self.roles[id(entity)] = {low, *(res.head_role or "").lower().split()}

    def _in_headline(self, start: int) -> bool:
        head_start, head_end = self.article.headline_start, self.article.headline_end
        return head_start is not None and head_end is not None and head_start <= start < head_end

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


def posted_text(span: Any, root: Any = None) -> str:
    """A role phrase's text, with the state a post abroad is sent to ("the ambassador to Russia",
    which noun chunks and appositions leave out): read with it, the state is never the post's own."""
    root = root if root is not None else span.root
    if root.lower_ not in POSTS_ABROAD:
        return str(span.text)
    posted = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "on")), None)
    if posted is None:
        # the parser may hang the to-phrase on the verb ("The ambassador to Russia criticized ..."): the
        # words right after the post still say where it is ("to", then a capitalised name)
        end = _unparsed_posting(span.doc, span.end)
        return str(span.text) if end is None else str(span.doc[span.start:end].text)
    if posted.right_edge.i < span.end:
        return str(span.text)
    return str(span.doc[span.start:posted.right_edge.i + 1].text)


def _unparsed_posting(doc: Any, i: int) -> int | None:
    """The end of "to [the] Name ..." starting at token i, when the name is capitalised; else None."""
    if i >= len(doc) or doc[i].lower_ != "to":
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    end = j
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return end if end > j else None


def _possessive(tok: Any) -> bool:
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "\u2019s")


def _is_definite(text: str) -> bool:
    return text.strip().lower().startswith(("the ", "this ", "that "))


# "known by its Spanish initials FMLN": the adjective names the tongue the letters stand in (stories37)
_LETTERS = frozenset({"initials", "acronym", "abbreviation"})


def language_compound(doc: Any, i: int) -> bool:
    """Whether the word at `i` names a language in "X-language", "X-speaking" or "X initials"."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in _LETTERS:
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in ("language", "speaking")
