"""Actor codes for the noun phrases the event coder picks as source or target.

The actors stage (nlp/actors/assign.py) owns actor coding. This module only asks it, in this order:
1. `wirewatch.nlp.actors.assign.actor_for_span(article, start, end)` when the actors stage provides it;
2. the actor of an `article.entities` mention overlapping the span (also filled by the actors stage);
3. the country gazetteer (`wirewatch.nlp.actors.countries.lookup`) for a spaCy GPE/NORP/LOC entity, so
   that events still get country codes when the actors stage has not coded a mention.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache
from typing import Any

from ..entity_index import entity_index
from ..nlp.actors.assign import PLACE_TAKING_VERBS
from ..nlp.actors.mentions import language_compound
from ..nlp.actors.phrases import linked_address, pair_of_sides
from ..nlp.actors.sectors import REGION_NAMES, ROLE_NOUNS, TITLES
from ..records import Actor, Article
from .epithets import state_for_epithet
from .triggers import PLATFORMS

SpanResolver = Callable[[Article, int, int], Actor | None]


# (asked once a process, not once an article: an import statement costs microseconds even when the
# module is loaded, and which modules exist does not change while the process runs)
@cache
def _import_resolver() -> SpanResolver | None:
    try:
        from ..nlp.actors.assign import actor_for_span  # type: ignore[attr-defined]
    except ImportError:
        return None
    return actor_for_span  # type: ignore[no-any-return]


@cache
def _import_lookup() -> Callable[..., Any] | None:
    try:
        from ..nlp.actors.countries import lookup
    except ImportError:
        return None
    return lookup


# the tables' roles of two words ("aid workers", "riot police"), which a token alone may not say
TWO_WORD_ROLES = frozenset(k for k in (*ROLE_NOUNS, *TITLES) if k.count(" ") == 1)
# spaCy labels of words that name no one
NOT_ACTOR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# prepositions after which a town's name is where something happens or comes from
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "into", "near", "outside", "inside", "across", "of",
                                "around", "toward", "towards", "through", "throughout", "within", "on"})


def _joins(tok: Any) -> bool:
    """A coordinator or comma between two names inside one tagged entity, or a run of blank lines: the
    tagger may run a headline's last words over the blanked furniture after it into the body, and the
    article's text there holds the furniture ("museum / UR Eds: ... / MOSCOW (AP)_")."""
    return tok.dep_ == "cc" or (tok.is_punct and tok.text == ",") or (tok.is_space and "\n" in tok.text)


class ActorLinker:
    """Resolves char spans of one article to actors, caching per span."""

    def __init__(self, article: Article, doc: Any) -> None:
        self.article = article
        self.resolver = _import_resolver()
        self.lookup = _import_lookup()
        self.cache: dict[tuple[int, int], Actor | None] = {}
        self.tokens: dict[tuple[int, int], tuple[Any, tuple[Actor, int, int] | None]] = {}
        # spaCy entity per token, for the gazetteer fallback and to widen a token to its name; keyed
        # by Doc too, since the coder re-parses a sentence cut at the headline
        self.ents: dict[int, dict[int, Any]] = {}
        self.ents_by_start: dict[int, tuple[Any, list[Any], list[int]]] = {}
        self.role_spans: list[tuple[int, int]] | None = None  # (span_of_token, built when first asked)

    def _ent(self, tok: Any) -> Any:
        table = self.ents.get(id(tok.doc))
        if table is None:
            table = {i: ent for ent in self._doc_ents(tok.doc)[1] for i in range(ent.start, ent.end)}
            self.ents[id(tok.doc)] = table
        return table.get(tok.i)

    def _doc_ents(self, doc: Any) -> tuple[Any, list[Any], list[int]]:
        """A Doc's entities and their start tokens, asked once (spaCy builds the tuple of Spans anew on
        every `.ents`)."""
        table = self.ents_by_start.get(id(doc))
        if table is None or table[0] is not doc:  # the Doc is held, so its id is not reused
            ents = list(doc.ents)
            table = (doc, ents, [ent.start for ent in ents])
            self.ents_by_start[id(doc)] = table
        return table

    def ents_in(self, sent: Any) -> list[Any]:
        """The spaCy entities inside a sentence (spaCy's `Span.ents` walks every entity of the Doc)."""
        _, ents, starts = self._doc_ents(sent.doc)
        return [ent for ent in ents[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
                if ent.end <= sent.end]

    def span_of_token(self, tok: Any) -> tuple[int, int]:
        """The token widened to the named entity it belongs to."""
        return self._span_of(tok, self._ent(tok))

    def _span_of(self, tok: Any, ent: Any) -> tuple[int, int]:
        """`span_of_token` with the token's entity (`_ent`) already looked up."""
        if ent is not None:
            # the tagger sometimes joins coordinated names into one entity ("Gondor and Arnor"):
            # keep only the conjunct the token belongs to
            lo, hi = tok.i, tok.i + 1
            while lo > ent.start and not _joins(tok.doc[lo - 1]):
                lo -= 1
            while hi < ent.end and not _joins(tok.doc[hi]):
                hi += 1
            kind = tok.doc[lo - 1] if lo == ent.start and lo else None
            if kind is not None and kind.lower_ in OUTLET_HEADS and kind.dep_ in ("amod", "compound") \
                    and lo <= kind.head.i < hi:
                lo -= 1  # "the independent daily El Watan" (fortieth session): the kind says it is a paper
            return tok.doc[lo].idx, tok.doc[hi - 1].idx + len(tok.doc[hi - 1].text)
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ in ("compound", "amod"):
            # a modifier inside a role phrase ("stone-throwing youths") stands for the phrase: the
            # evidence is the phrase the actors stage coded, not the modifier alone
            start, end = tok.idx, tok.idx + len(tok.text)
            if self.role_spans is None:  # the coded role phrases, in text order (they do not overlap)
                self.role_spans = sorted((e.start, e.end) for e in self.article.entities
                                         if e.label == "ROLE" and e.actor is not None)
            # the last phrase starting here or before
            n = bisect_right(self.role_spans, (start, len(self.article.text))) - 1
            if n >= 0 and self.role_spans[n][0] <= start and end <= self.role_spans[n][1]:
                return self.role_spans[n]
        elif tok.lower_ in OUTLET_HEADS and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "appos" \
                and tok.doc[tok.i + 1].head.i == tok.i and tok.doc[tok.i + 1].pos_ == "PROPN":
            # "the newspaper Neshat" (fortieth session): the outlet is the kind noun with its name, which
            # places it under a dateline (phrases._OUTLET_KINDS); "the newspaper" alone is no one's
            name = tok.doc[tok.i + 1]
            return tok.left_edge.idx, name.idx + len(name.text)
        elif tok.i and (tok.pos_ == "NOUN" or tok.text.islower()):  # ("drug lord": "lord" tagged PROPN)
            mod = tok.doc[tok.i - 1]
            if mod.dep_ == "compound" and mod.head.i == tok.i and \
                    f"{mod.lower_} {tok.lower_}" in TWO_WORD_ROLES:
                # "foreign aid workers" that the actors stage left uncoded: the role is "aid workers"
                # (NGO), not "workers" (LAB; lead38)
                return mod.idx, tok.idx + len(tok.text)
        return tok.idx, tok.idx + len(tok.text)

    def actor(self, start: int, end: int, label: str | None = None) -> Actor | None:
        key = (start, end)
        if key not in self.cache:
            self.cache[key] = self._resolve(start, end, label)
        return self.cache[key]

    def _resolve(self, start: int, end: int, label: str | None) -> Actor | None:
        # only entities overlapping the span can answer by position: an index, not a scan of all
        near = entity_index(self.article.entities).overlapping(start, end)
        if not near:  # (most spans: no entity at the span, none joined, none to fall back on)
            return self._resolve_untouched(start, end, label)
        for ent in near:
            # the mention at exactly this span first: the resolver also matches an entity by equal
            # text, so the second "Russian" in "Russian police arrested Russian students" would get
            # the first one's actor (RUSCOP instead of RUSEDU)
            if (ent.start, ent.end) == (start, end) and ent.actor is not None:
                return ent.actor
        if self.resolver is not None:
            # a conjunct cut out of a joined entity ("Arnor, Osgiliath and Gondor"): the resolver would
            # answer with the joined entity's actor, so it is asked without that entity
            joined = [e for e in near if e.start <= start and end <= e.end
                      and (e.start, e.end) != (start, end)
                      and any(sep in self.article.text[e.start:e.end] for sep in (" and ", ", ", " or "))]
            found = self._ask_resolver(start, end, joined)
            if found is not None:
                return found
        best = None
        for ent in near:
            if ent.actor is not None and ent.start < end and start < ent.end:
                if best is None or (ent.end - ent.start) > (best.end - best.start):
                    best = ent
        if best is not None:
            return best.actor
        if self.lookup is None or label is None:
            return None
        if any((ent.start, ent.end) == (start, end) and ent.label == "PERSON" for ent in near):
            return None  # the actors stage read the words as a person ("Palin endorsed"), not a town
        return self._gazetteer(start, end, label)

    def _resolve_untouched(self, start: int, end: int, label: str | None) -> Actor | None:
        """`_resolve` where no entity overlaps the span: no mention at it, none joined to cut out, none to
        fall back on, no person read there; the actors stage and then the gazetteer answer."""
        found = self._ask_resolver(start, end)
        if found is not None:
            return found
        if self.lookup is None or label is None:
            return None
        return self._gazetteer(start, end, label)

    def _ask_resolver(self, start: int, end: int, without: list[Any] | None = None) -> Actor | None:
        """The actors stage's answer for a span, asked with the entities `without` set aside."""
        if self.resolver is None:
            return None
        saved = self.article.entities
        try:
            if without:
                self.article.entities = [e for e in saved if e not in without]
            return self.resolver(self.article, start, end)
        except Exception:  # the actors stage is another module's; never let it stop events
            return None
        finally:
            self.article.entities = saved

    def _gazetteer(self, start: int, end: int, label: str) -> Actor | None:
        """The country gazetteer's answer for a span's words, by the spaCy label read there."""
        lookup = self.lookup
        if lookup is None:
            return None
        text = self.article.text[start:end]
        words = text.split()
        places = [lookup(w) for w in words]
        candidates: list[Any] = []
        if label in ("GPE", "NORP", "LOC"):
            # the whole name, then its words: "ethnic Albanian" -> "Albanian"
            candidates = [lookup(text), *places]
        elif len(words) > 1 and all(places):
            candidates += places  # a name made only of place words, "Bosnian Serbs" tagged PERSON
        for place in candidates:
            if place is not None:
                return Actor(name=text, code=place.iso3, country=place.iso3,
                             reasons=[f"gazetteer: {place.reason}"])
        return None

    def token_actor(self, tok: Any) -> tuple[Actor, int, int] | None:
        """The actor a token belongs to, with the span that was resolved."""
        # kept per token: its span is fixed by its Doc and `actor` keeps the first answer for a span,
        # so a token asked again (as modifier, head, candidate) gets the same answer (the Doc is held
        # beside it, so an id is never another Doc's)
        key = (id(tok.doc), tok.i)
        held = self.tokens.get(key)
        if held is not None and held[0] is tok.doc:
            return held[1]
        ent = self._ent(tok)
        start, end = self._span_of(tok, ent)
        label = None if ent is None else ent.label_
        if ent is None and tok.dep_ in ("amod", "compound") and tok.text[:1].isupper() and tok.i > 0:
            label = "NORP"  # an untagged capitalised modifier may be a demonym: "Philippine boats"
        elif ent is None and _struck_place(tok):
            label = "GPE"  # an untagged name a verb of force is done to: "Grozny was pounded" (lead32)
        answer: tuple[Actor, int, int] | None = None
        # "the two leaders met in Geneva": one from each side, whose countries the sentence does not say
        pair = ent is None and tok.tag_ == "NNS" and pair_of_sides(self.article.text[tok.left_edge.idx:end])
        # "in March": a date, though a town in Cambridgeshire shares the word
        if label not in NOT_ACTOR_LABELS and not pair and not linked_address(self.article.text[start:end]) \
                and not _medium(tok) and not language_compound(tok.doc, tok.i):
            found = self.actor(start, end, label)
            if found is not None and not (ent is None and self._town_only(tok, found)):
                answer = (found, start, end)
        region = answer is not None and (answer[0].code or "")[:3] in REGION_NAMES
        if region and tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in REGION_THINGS:
            # "talks on a single European currency": a region's word on a thing of the region is no party
            # (lead32)
            answer, region = None, False
        # "the Central American nation" is the state just named, not the region, also asked of its
        # modifier (lead29)
        epithet = tok.head if region and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" else tok
        if (answer is None or region) and epithet.pos_ in ("NOUN", "PROPN"):
            # "The kingdom rejected the criticism": a state named by what it is (epithets.py)
            named = state_for_epithet(epithet, self.article.entities)
            if named is not None:
                answer = (named[0], epithet.left_edge.idx, epithet.idx + len(epithet.text))
        self.tokens[key] = (tok.doc, answer)
        return answer

    def _town_only(self, tok: Any, found: Actor) -> bool:
        """A single capitalised word the tagger did not read as a name, placed only by a town that shares
        it and not standing where a place stands (after "in", "at", "from" ...): a surname, most likely
        ("Weingarten, who has visited several states" is no town in Germany)."""
        if self.lookup is None or len(found.code or "") != 3 or tok.dep_ == "pobj" and \
                tok.head.lower_ in PLACE_PREPOSITIONS or _struck_place(tok):
            return False
        text = self.article.text[tok.idx:tok.idx + len(tok.text)]
        town = self.lookup(text)
        # a country, demonym, capital or alias is a place wherever it stands
        return town is not None and town.iso3 == found.code and self.lookup(text, cities=False) is None


# an outlet's kind nouns, which its name follows in apposition ("the newspaper Neshat")
OUTLET_HEADS = frozenset({"newspaper", "paper", "daily", "weekly"})


# things a region's adjective describes without naming a party: its money, markets, unity, soil
REGION_THINGS = frozenset({"currency", "money", "market", "economy", "integration", "unity", "union", "debt",
                           "soil", "affair", "history", "culture", "continent", "stability", "architecture",
                           "unification", "championship", "cup"})


def _struck_place(tok: Any) -> bool:
    """An untagged name that a verb of force is done to, which stands where a town stands ("Grozny was
    pounded", "shelled Kizlyar")."""
    return tok.pos_ == "PROPN" and tok.dep_ in ("nsubjpass", "dobj") \
        and tok.head.lemma_.lower() in PLACE_TAKING_VERBS


def _medium(tok: Any) -> bool:
    """A platform named as where something was said: the object of "on" or "via"."""
    return tok.lower_ in PLATFORMS and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "via")
