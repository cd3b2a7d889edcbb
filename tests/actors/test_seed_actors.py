"""The founding example: every expected actor of the seed story, and its coreference (model)."""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.nlp.actors.assign import actor_for_span, assign_actors
from wirewatch.nlp.model import analysis_text
from wirewatch.pipeline import analyze_structure
from wirewatch.records import Article, Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def article(seed_text: str, nlp: Any) -> Article:
    """Structure + spaCy + actors only, so other stages cannot break these tests."""
    art = analyze_structure(Document(id="seed", text=seed_text, source="seed"))
    assign_actors(art, nlp(analysis_text(art)))
    return art


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def test_every_expected_actor_is_found(article: Article, seed_expected: dict[str, Any]) -> None:
    missing = []
    for want in seed_expected["actors"]:
        hits = [e for e in article.entities
                if _strip_the(e.text) == _strip_the(want["mention"]) and e.actor is not None]
        if not hits or any(e.actor.code != want["code"] for e in hits):  # type: ignore[union-attr]
            missing.append((want["mention"], want["code"], [(e.text, e.actor) for e in hits]))
    assert not missing


def test_every_actor_has_reasons_and_true_offsets(article: Article) -> None:
    assert article.entities
    for ent in article.entities:
        assert article.text[ent.start:ent.end] == ent.text
        if ent.actor is not None:
            assert ent.actor.reasons, ent.text
            assert ent.actor.code.startswith(ent.actor.country or "")


def test_mentions_do_not_overlap(article: Article) -> None:
    spans = sorted((e.start, e.end) for e in article.entities)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


def test_no_mention_comes_from_the_trailer(article: Article) -> None:
    end = article.text.index("(END)")
    assert all(e.end <= end for e in article.entities)


def test_dateline_settles_the_foreign_ministry(article: Article) -> None:
    ministry = next(e for e in article.entities if e.text == "the foreign ministry")
    assert ministry.actor is not None and ministry.actor.code == "KORGOV"
    assert any("SEOUL" in r or "Yonhap" in r for r in ministry.actor.reasons)


@pytest.mark.parametrize("mention", ["Choi", "The spokesperson"])
def test_coreference_to_the_spokesperson(article: Article, mention: str) -> None:
    hits = [e for e in article.entities if e.text == mention]
    assert hits
    for ent in hits:
        assert ent.refers_to == "Choi Young-sam"
        assert ent.actor is not None and ent.actor.code == "KORGOV"


def test_surname_chung_and_pronoun_he_refer_to_the_minister(article: Article) -> None:
    chung = [e for e in article.entities if e.text == "Chung"]
    assert chung and all(e.refers_to == "Chung Eui-yong" for e in chung)
    he = [e for e in article.entities if e.text == "he"]
    assert he and he[0].refers_to == "Chung Eui-yong"


def test_actor_for_span_on_subjects_and_objects(article: Article) -> None:
    text = article.text

    def code_at(phrase: str, after: int = 0) -> str | None:
        start = text.index(phrase, after)
        actor = actor_for_span(article, start, start + len(phrase))
        return None if actor is None else actor.code

    assert code_at("a State Department spokesperson") == "USAGOV"
    assert code_at("Choi", text.index("told") - 10) == "KORGOV"
    assert code_at("the North", text.index("message that")) == "PRK"
    assert code_at("the U.S.", text.index("limbo")) == "USA"
