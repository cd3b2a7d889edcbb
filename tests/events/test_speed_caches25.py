"""The twenty-third session's speed work (perf25) gives the answers the plain code gives.

Most spans the event coder resolves touch no entity ("diplomatic", "ties", "talks"): `ActorLinker` then
goes straight to the actors stage (`_resolve_untouched`), and the actors stage's `actor_for_span` runs only
the tests that can answer without a mention at the span (`spans._untouched_actor`: the same words
elsewhere, the caller's dictionary, a well-known name, a post of a civil body, the phrase's own words with
the article's context). Both are checked here against main's plain code (copied below as it was) for
every token, noun chunk and entity of sentences written for the cases the shortcut must not miss: the same
name told again ("Choi ... Choi"), a caller's dictionary ("Moon", "Arnor"), a post of a civil body, a post
abroad with its to-phrase, a dateline's country for role nouns, coordinated names tagged as one entity,
untagged demonyms, a sponsor ("Russian-backed"). The whole pipeline's output is compared with main's by
`benchmarks/events_fingerprint.py` (docs/benchmarks.md, perf25).
"""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.events.actor_link import ActorLinker
from wirewatch.nlp.actors import spans
from wirewatch.records import Actor, Article, Document

TEXTS = [
    "John Smith, chairman of the National Association of Manufacturers, criticised the new tariffs on steel.",
    "MOSCOW (Reuters) - Officials said the ambassador to Russia was summoned over diplomatic ties, and "
    "police detained students near the embassy.",
    "Choi Kyung-hwan met the delegation in Seoul on Monday. Later Choi said the talks would resume.",
    "Sisi met Netanyahu in Cairo on Monday, and Morsi supporters protested outside the presidential palace.",
    "Arnor restored full diplomatic ties with Gondor, Moon said, and the Arnorian envoy welcomed the move.",
    "Gondor, Arnor and Osgiliath resumed formal talks after the orc infestation of Ithilien, officials said.",
    "The Russian-backed separatists and ethnic Albanian guerrillas clashed with Macedonian police in "
    "Tetovo.",
    "Philippine boats rammed Chinese vessels, and the two leaders met in Geneva with Kenya's foreign "
    "minister.",
    "Modi's government condemned the attack, and Kagame's spokesman said his Russian counterpart Sergei "
    "Lavrov would visit Kigali.",
]

CSV = """name,code,aliases,start,end,note
Moon Jae-in,KORGOV,President Moon|Moon,2017-05-10,2022-05-09,president
Arnor,ARN,Arnorian,,,fictional country
"""


@pytest.fixture(scope="module")
def analysed(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Article, Any]]:
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text
    from wirewatch.pipeline import analyze_structure

    csv = tmp_path_factory.mktemp("dict") / "actors.csv"
    csv.write_text(CSV, encoding="utf-8")
    out = []
    for n, text in enumerate(TEXTS):
        article = analyze_structure(Document(id=f"t{n}", text=text, source="test", date="2019-03-05"))
        doc = nlp(analysis_text(article))
        # the caller's dictionary for one article in two: the plain code and the shortcut must both read it
        assign_actors(article, doc, dictionaries=[str(csv)] if n % 2 else ())
        out.append((article, doc))
    return out


def _spans(article: Article, doc: Any) -> list[tuple[int, int]]:
    """Every token, noun chunk, entity and coded mention of the article, and each token with the next."""
    found = {(t.idx, t.idx + len(t.text)) for t in doc}
    found |= {(c.start_char, c.end_char) for c in doc.noun_chunks}
    found |= {(x.start_char, x.end_char) for x in doc.ents}
    found |= {(x.start, x.end) for x in article.entities}
    found |= {(a.idx, b.idx + len(b.text)) for a, b in zip(doc, doc[1:], strict=False)}
    return sorted(found)


def _plain_span_actor(article: Article, s: int, e: int, skip: tuple[Any, ...]) -> Any:
    """actor_for_span on a trimmed span, ignoring the `skip` entities (a coordinated mention when
    its members are resolved one by one)."""
    covering: Any = None
    touched = False
    index = spans.entity_index(article.entities)  # only entities overlapping the span can answer by position
    entities = index.overlapping(s, e)  # (a fresh list)
    if skip:  # (only a coordinated mention's members skip anything)
        entities = [x for x in entities if not any(x is k for k in skip)]
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
    if not touched:  # the same words elsewhere: only when nothing at this position says otherwise
        for ent in index.with_key(spans._entity_key, spans._strip_the(article.text[s:e])):
            # a pronoun stands for someone only where it is: another "it" says nothing of this one
            if (ent.actor is not None or ent.label == "PERSON") and ent.label != "PRON" \
                    and not any(ent is k for k in skip):
                return ent.actor
    ctx = spans._context(article)
    if ctx.user:
        entry = ctx.user.lookup(article.text[s:e].strip(), ctx.date)
        if entry is not None:
            return entry.actor(article.text[s:e])
    if not touched and article.text[s:s + 1].isupper() \
            and spans.countries.lookup(article.text[s:e], cities=False) is None:
        # a well-known name NER missed, before the towns that share it ("Morsi" is a town in India)
        known = spans.builtin().lookup_person(article.text[s:e], ctx.date)
        if known is not None:
            return known
    named = spans._named_counterpart(article, s, e, entities)
    if named is not None:
        return named
    owned = spans._owned_by_person(article, s, e, entities, ctx)
    if owned is not None:
        return owned
    post = spans._post_of_civil_body(article, s, e)
    if post is not None:
        return post.actor  # None: a body no table knows
    res = spans._participant_text(spans._with_posted_state(article.text, s, e), ctx)
    actor = res.actor(article.text[s:e].strip())
    placed = next((x.actor for x in entities if s <= x.start and x.end <= e and x.actor is not None
                   and x.actor.country and any(r.startswith(spans.GROUP_PLACED) for r in x.actor.reasons)),
                  None)
    if actor is not None and placed is not None and placed.country != actor.country:
        # "ethnic Albanian guerrillas" in Macedonia: the group inside was placed where it lives
        country = placed.country or ""
        return Actor(name=actor.name, code=country + (res.sector or ""), country=country,
                     sector=res.sector, reasons=[*actor.reasons, *placed.reasons[-1:]])
    if actor is not None:
        return actor
    if not touched and article.text[s:s + 1].isupper():  # a well-known name NER missed ("Sisi met ...")
        known = spans.builtin().lookup_person(article.text[s:e], ctx.date)
        if known is not None:
            return known
    best: Any = None
    overlap = 0
    for ent in entities:
        if ent.actor is None or spans._SPONSOR.match(article.text, ent.end):
            continue  # "Russian-backed separatists" are not Russia's
        shared = min(e, ent.end) - max(s, ent.start)
        if shared > overlap:
            best, overlap = ent, shared
    return None if best is None else best.actor


def _plain_resolve(self: ActorLinker, start: int, end: int, label: str | None) -> Any:
    # only entities overlapping the span can answer by position: an index, not a scan of all
    near = spans.entity_index(self.article.entities).overlapping(start, end)
    for ent in near:
        # the mention at exactly this span first: the resolver also matches an entity by equal
        # text, so the second "Russian" in "Russian police arrested Russian students" would get
        # the first one's actor (RUSCOP instead of RUSEDU)
        if (ent.start, ent.end) == (start, end) and ent.actor is not None:
            return ent.actor
    if self.resolver is not None:
        # a conjunct cut out of a joined entity ("Arnor, Osgiliath and Gondor"): the resolver would
        # answer with the joined entity's actor, so it is asked without that entity
        saved = self.article.entities
        joined = [e for e in near if e.start <= start and end <= e.end
                  and (e.start, e.end) != (start, end)
                  and any(sep in self.article.text[e.start:e.end] for sep in (" and ", ", ", " or "))]
        try:
            if joined:
                self.article.entities = [e for e in saved if e not in joined]
            found = self.resolver(self.article, start, end)
        except Exception:  # the actors stage is another module's; never let it stop events
            found = None
        finally:
            self.article.entities = saved
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
    text = self.article.text[start:end]
    words = text.split()
    places = [self.lookup(w) for w in words]
    candidates: list[Any] = []
    if label in ("GPE", "NORP", "LOC"):
        # the whole name, then its words: "ethnic Albanian" -> "Albanian"
        candidates = [self.lookup(text), *places]
    elif len(words) > 1 and all(places):
        candidates += places  # a name made only of place words, "Bosnian Serbs" tagged PERSON
    for place in candidates:
        if place is not None:
            return Actor(name=text, code=place.iso3, country=place.iso3,
                         reasons=[f"gazetteer: {place.reason}"])
    return None


def test_actor_for_span_equals_the_plain_chain(analysed: list[tuple[Article, Any]]) -> None:
    untouched = answered = 0
    for article, doc in analysed:
        index = spans.entity_index(article.entities)
        for start, end in _spans(article, doc):
            s, e = spans._trimmed_span(article.text, start, end)
            if s >= e:
                continue
            plain = _plain_span_actor(article, s, e, ())
            assert spans._span_actor(article, s, e, ()) == plain, article.text[s:e]
            if not index.overlapping(s, e):
                untouched += 1
                answered += plain is not None
    assert untouched > 150 and answered >= 5  # the shortcut was taken, and it answered too


def test_coordinated_members_equal_the_plain_chain(analysed: list[tuple[Article, Any]]) -> None:
    # (the members of a coordinated mention are resolved with the whole mention skipped)
    compared = 0
    for article, doc in analysed:
        for x in article.entities:
            whole = tuple(y for y in spans.entity_index(article.entities).overlapping(x.start, x.end)
                          if y.start <= x.start and x.end <= y.end)
            for tok in doc:
                if x.start <= tok.idx < x.end:
                    s, e = tok.idx, tok.idx + len(tok.text)
                    assert spans._span_actor(article, s, e, whole) == _plain_span_actor(article, s, e, whole)
                    compared += 1
    assert compared > 20


def test_linker_resolves_as_the_plain_linker(analysed: list[tuple[Article, Any]]) -> None:
    untouched = 0
    for article, doc in analysed:
        for start, end in _spans(article, doc):
            for label in (None, "GPE", "NORP", "PERSON", "ORG"):
                link = ActorLinker(article, doc)
                assert link._resolve(start, end, label) == _plain_resolve(link, start, end, label), \
                    (article.text[start:end], label)
                untouched += not spans.entity_index(article.entities).overlapping(start, end)
    assert untouched > 1000


def test_linker_token_answers_are_the_plain_linkers(analysed: list[tuple[Article, Any]],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [[ActorLinker(a, d).token_actor(t) for t in d] for a, d in analysed]
    monkeypatch.setattr(ActorLinker, "_resolve", _plain_resolve)
    monkeypatch.setattr(spans, "_span_actor", _plain_span_actor)
    plain = [[ActorLinker(a, d).token_actor(t) for t in d] for a, d in analysed]
    assert fast == plain
    assert sum(x is not None for row in plain for x in row) > 30


def test_participant_key_holds_every_context_value() -> None:
    ctx = spans.Context(country="RUS", reason="dateline MOSCOW")
    spans._participant_text("officials", ctx)
    values = spans._FIELD_VALUES[type(ctx)]
    assert values(ctx) == tuple(getattr(ctx, f) for f in spans.Context.__dataclass_fields__)
    other = spans.Context(country="UKR", reason="dateline KYIV")
    assert spans._participant_text("officials", ctx).country == "RUS"
    assert spans._participant_text("officials", other).country == "UKR"



def test_doc_text_is_shared_and_is_spacys(nlp: Any) -> None:
    from wirewatch.events.parse import doc_text as events_text
    from wirewatch.nlp.doc_text import doc_text
    from wirewatch.nlp.time.extract import extract_timexes
    from wirewatch.pipeline import analyze_structure

    assert events_text is doc_text  # (the events stage reads the slot the timex stage fills)
    first, second = nlp(TEXTS[0]), nlp(TEXTS[1])
    for doc in (first, second, first):  # (another Doc between: built anew)
        assert doc_text(doc) == doc.text
    article = analyze_structure(Document(id="t", text=TEXTS[2], source="test", date="2019-03-05"))
    doc = nlp(article.text)
    extract_timexes(article, doc)
    held = doc_text(doc)
    assert held == doc.text and doc_text(doc) is held  # kept from the timex stage, not joined again
    with doc.retokenize() as retokenizer:  # a retokenized Doc keeps its characters
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text
