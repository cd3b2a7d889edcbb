"""The twenty-fifth session's speed work on the actors stage (perf27) gives the answers the plain code gives.

What it changed: the stage reads the Doc's text once through the shared slot (`nlp/doc_text.py`) and its
noun chunks once (`MentionPasses._noun_chunks`); `countries.norm` and `Gazetteer.lookup` keep their
answers by text; `resolve_text` keeps its answers while one article's actors are assigned
(`phrases.keeping_answers`, a copy for each caller); whole-Doc token loops run only when a cheap test on
the text says they can find something (a spaced "and" before the and-names pattern, "Congress" and the
US party words before their loops). Each is checked here against the plain code on sentences written for
the cases a shortcut must not miss; the whole pipeline's output is compared with main's by
`benchmarks/events_fingerprint.py` (docs/benchmarks.md, perf27).
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, fields
from typing import Any

import pytest

from wirewatch.nlp.actors import assign, countries, mentions, phrases
from wirewatch.nlp.actors.phrases import Context, Resolution, resolve_text
from wirewatch.records import Article, Document

TEXTS = [
    "WASHINGTON (Reuters) - Republicans in Congress blocked the bill, and the White House said the "
    "president would veto any new sanctions on Trinidad and Tobago.",
    "Bosnia and  Herzegovina and Antigua and Barbuda signed the accord; the Foreign Ministry's spokesman "
    "welcomed it.",
    "The Indian National Congress accused the ruling party of fraud, a Congress leader said in New Delhi.",
    "Sierra Leonean troops and South Korean riot police clashed with protesters near the U.S. embassy.",
    "Human Rights Watch criticised the Niger Delta Avengers after the attack on the Shell pipeline.",
    "Gondor's foreign minister met the Arnorian envoy in Osgiliath, and the ministry's spokesman said "
    "talks would resume on Saturday.",
    "Senate Democrats and the GOP nominee traded charges, while Georgia Gov. Nathan Deal stayed silent.",
    "N.Korea policy: the North fired a missile, the South's military said, and Japan protested.",
    "Britain's trade minister said Burkina Faso and Cote d'Ivoire would join the talks in Abidjan.",
    "It was the first visit by a Chinese premier, and they agreed the ministry of defence would send a "
    "delegation to Brussels.",
]

WORDS = ["Britain", "Britain's", "U.S.", "US", "N.Korea", "the Netherlands", "Côte d'Ivoire", "Cote d'Ivoire",
         "Kharkov", "Georgia", "Paris", "Tokyo", "Sierra Leonean", "South Korean", "Korea\u2019s", " Iraq ",
         "the  United   States", "Trinidad and Tobago", "Gondor", "officials", "Asia", "Congo", "Sudanese",
         "Washington", "Brussels", "Moscow", "Kiev", "Kyiv", "Saint Petersburg", "St. Petersburg", ""]

PHRASES = ["the Foreign Ministry's spokesman", "officials", "police", "the Senate", "the Supreme Court",
           "the House", "Congress", "Republicans", "students", "foreign workers", "the ruling ANC",
           "opposition lawmakers", "the U.S.-led coalition", "former President Jimmy Carter", "Turkish F-16s",
           "the ambassador to Russia", "Human Rights Watch", "the Niger Delta Avengers",
           "Georgia Gov. Nathan Deal", "the North", "a State Department spokesperson",
           "Chinese state news agency Xinhua", "Saturday", "the Senate foreign relations committee",
           "PLO Chairman", "Gondor", "crowds", "its embassy"]

CONTEXTS = [Context(), Context(country="USA", reason="the dateline (WASHINGTON)", date="2015-03-01"),
            Context(country="IRQ", reason="the story's main country", inferred=True, date="2004-06-01"),
            Context(korea=True, country="KOR", reason="the dateline (SEOUL)"),
            Context(us_politics="'Republicans' names a US party", date="2016-10-01"),
            Context(country="GEO", inferred=True, us_setting="'Congress' is the US Congress")]


def test_norm_kept_equals_plain() -> None:
    for word in WORDS + [w.upper() for w in WORDS] + ["The Gambia's", "\u00a0the Bahamas'"]:
        plain = countries.norm.__wrapped__(word)
        assert countries.norm(word) == plain
        assert countries.norm(word) == plain  # the kept answer


def test_lookup_kept_equals_plain() -> None:
    gaz = countries.gazetteer()
    for word in WORDS + [w.lower() for w in WORDS]:
        for cities in (True, False):
            plain = gaz._lookup(word, cities)
            assert gaz.lookup(word, cities=cities) == plain, (word, cities)
            assert gaz.lookup(word, cities=cities) == plain, (word, cities)  # the kept answer
            assert countries.lookup(word, cities=cities) == plain


def test_resolution_copy_lists_every_field() -> None:
    # resolve_text's kept answers are copied field by field: a new field must be added to the copy
    assert [f.name for f in fields(Resolution)] == ["country", "sector", "code", "name", "reasons",
                                                   "head_role"]


def test_resolve_text_kept_equals_plain_and_is_a_copy() -> None:
    assert phrases._KEPT is None
    flags = [dict(), dict(cities=False, allow_context=False), dict(civil_context=True)]
    plain = {(p, n, m): asdict(resolve_text(p, ctx, **kw)) for p in PHRASES for n, ctx in enumerate(CONTEXTS)
             for m, kw in enumerate(flags)}
    with phrases.keeping_answers():
        for _ in range(2):  # asked anew, then from the kept answers
            for p in PHRASES:
                for n, ctx in enumerate(CONTEXTS):
                    for m, kw in enumerate(flags):
                        got = resolve_text(p, ctx, **kw)
                        assert asdict(got) == plain[(p, n, m)], (p, n, m)
                        got.reasons.append("changed by the caller")  # callers may change their answer
                        got.sector, got.country = "XXX", "XXX"
        with phrases.keeping_answers():  # nested: the outer block's answers stay
            assert phrases._KEPT
    assert phrases._KEPT is None  # dropped after the article


def test_resolve_text_context_values_are_the_key() -> None:
    ctx = Context()
    with phrases.keeping_answers():
        before = asdict(resolve_text("police", ctx))
        ctx.country, ctx.reason = "IRQ", "the dateline (BAGHDAD)"  # the stage sets the country as it goes
        after = asdict(resolve_text("police", ctx))
    assert before == asdict(resolve_text("police", Context()))
    assert after == asdict(resolve_text("police", Context(country="IRQ", reason="the dateline (BAGHDAD)")))
    assert before != after


def test_spaced_and_holds_for_every_and_name() -> None:
    pattern = countries.and_names()
    keys = [k for k, p in countries.gazetteer().names.items()
            if " and " in k and p.kind in ("country", "alias")]
    assert keys
    for key in keys:
        for text in (key.title(), key.upper(), key.replace(" and ", "  and\n"), f"({key.title()})"):
            found = pattern.search(text)
            assert found is not None
            assert mentions._SPACED_AND.search(text, found.start(), found.end()) is not None, text


def _analysed(nlp: Any, text: str) -> tuple[Article, Any]:
    from wirewatch.nlp.model import analysis_text
    from wirewatch.pipeline import analyze_structure

    article = analyze_structure(Document(id="t", text=text, source="test", date="2016-10-01"))
    return article, nlp(analysis_text(article))


def _entities(article: Article) -> list[dict[str, Any]]:
    return [asdict(e) for e in article.entities]


def test_stage_equals_stage_without_kept_answers(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = []
    for text in TEXTS:
        article, doc = _analysed(nlp, text)
        assign.assign_actors(article, doc)
        kept.append(_entities(article))
    monkeypatch.setattr(assign, "keeping_answers", contextlib.nullcontext)
    monkeypatch.setattr(countries.Gazetteer, "lookup",
                        lambda self, text, *, cities=True: self._lookup(text, cities))
    for text, expected in zip(TEXTS, kept, strict=True):
        article, doc = _analysed(nlp, text)
        assign.assign_actors(article, doc)
        assert _entities(article) == expected, text


def _plain_us_setting(doc: Any, country: str | None) -> str | None:
    """main's us_setting (3c45073), with no pre-test before the token loop."""
    seat = assign._US_SEATS.search(doc.text)
    if seat is not None:
        return f"'{seat.group(0)}' is in the United States"
    if country not in assign.sectors.CONGRESS_COUNTRIES and country not in ("IND", "PHL"):
        for tok in doc:
            if tok.text != "Congress":
                continue
            whole = tok.doc
            before = whole[tok.i - 1] if tok.i > 0 else None
            after = whole[tok.i + 1].lower_ if tok.i + 1 < len(whole) else ""
            if after not in assign._OTHER_CONGRESS_AFTER and (before is None or (
                    before.lower_ not in assign._OTHER_CONGRESS_BEFORE and before.ent_type_ != "NORP")):
                return "'Congress' is the US Congress"
    for ent in doc.ents:
        if ent.label_ == "GPE" and assign._US_STATE.fullmatch(ent.text):
            return f"'{ent.text}' is a US state"
    return None


def _plain_us_politics(doc: Any, date: str | None) -> str | None:
    """main's _us_politics (3c45073), with no pre-test before the token loop."""
    table = assign.actor_dictionary.builtin()
    for tok in doc:
        if tok.text in assign._US_PARTY_WORDS and not (tok.i and doc[tok.i - 1].ent_type_ == "NORP"):
            return f"'{tok.text}' names a US party"
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            known = table.lookup_person(ent.text, date)
            if known is not None and known.country == "USA":
                return f"'{ent.text}' is {known.name}, a US figure of the office-holder table"
    return None


def test_noun_chunks_text_and_us_tests(nlp: Any) -> None:
    from wirewatch.nlp.doc_text import doc_text

    for text in TEXTS:
        article, doc = _analysed(nlp, text)
        ctx = assign.article_context(article)
        builder = assign._Builder(article, doc, ctx, assign.actor_dictionary.load(()))
        chunks = [(c.start, c.end, c.label_) for c in doc.noun_chunks]
        assert [(c.start, c.end, c.label_) for c in builder._noun_chunks()] == chunks
        assert builder._noun_chunks() is builder._noun_chunks()
        assert builder.text == doc_text(doc) == doc.text
        for date in ("2016-10-01", "1995-01-01", None):
            assert assign._us_politics(doc, date) == _plain_us_politics(doc, date), text
        # a sentence (a Span) reads its own text, a Doc the shared one
        for part in [doc, *doc.sents]:
            for country in (None, "IRQ", "IND", "USA"):
                assert assign.us_setting(part, country) == _plain_us_setting(part, country), part.text


def test_fixed_code_pretest_never_misses_a_code() -> None:
    # every phrase resolve_text gives a fixed code is one the pre-test lets through
    keys = sorted(phrases._fixed_code_keys())
    assert len(keys) > 100
    texts = list(PHRASES)
    for key in keys[::3]:
        texts += [key, key.title(), key.upper(), f"the {key.title()}", f"ex-{key}", f"a {key} spokesman",
                  f"{key.title()}'s spokesman", f"the spokesman for the {key.title()}",
                  f"Kenya and the {key}"]
    texts += ["the U.N.", "UN", "the United Nations", "U.N. Security Council", "Islamic State", "al Qaeda",
              "Medecins Sans Frontieres", "Médecins Sans Frontières", "Human Rights Watch's director",
              "NATO-led"]
    for ctx in CONTEXTS:
        for text in texts:
            for kw in (dict(cities=False, allow_context=False), dict()):
                if resolve_text(text, ctx, **kw).code:
                    assert phrases.may_have_fixed_code(text, ctx), (text, ctx)
    assert not phrases.may_have_fixed_code("the Niger Delta Avengers", Context())
    assert phrases.may_have_fixed_code("Human Rights Watch", Context())


def test_word_loop_pretests(nlp: Any) -> None:
    from wirewatch.nlp.actors.pronouns import NEUTER_PRONOUNS, is_neuter_subject

    extra = ["It said it would retaliate, and they warned that it was time. \"They lied,\" it said.",
             "THEY came at night; It rained.\nForeign ministry\n- minister says 130 million tonnes \u2013 "
             "Kenya's army \u2014 they said"]
    for text in TEXTS + extra:
        _, doc = _analysed(nlp, text)
        for tok in doc:
            if is_neuter_subject(tok, doc.text):
                assert tok.lower_ in NEUTER_PRONOUNS
        # _add_role_phrase's test text: a chunk's words with their trailing spaces, up to the next word
        for chunk in doc.noun_chunks:
            after = doc[chunk.end].idx if chunk.end < len(doc) else len(doc.text)
            assert doc.text[chunk.start_char:after] == "".join(t.text_with_ws for t in chunk)
