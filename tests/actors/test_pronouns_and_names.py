"""it/they coreference, he/she to a singular role, and one canonical name per actor (model)."""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import make_article
from wirewatch.nlp.actors.assign import assign_actors
from wirewatch.nlp.model import analysis_text
from wirewatch.records import Article

pytestmark = pytest.mark.model


def _run(nlp: Any, text: str, dateline: str | None = None) -> Article:
    article = make_article(text, dateline=dateline)
    assign_actors(article, nlp(analysis_text(article)))
    return article


def _mention(article: Article, text: str) -> Any:
    hits = [e for e in article.entities if e.text == text]
    assert hits, [(e.text, e.label) for e in article.entities]
    return hits[0]


def test_it_refers_to_the_organisation_subject(nlp: Any) -> None:
    art = _run(nlp, "The Joint Chiefs of Staff said it detected the launch at 7:20 a.m.", dateline="SEOUL")
    it = _mention(art, "it")
    assert it.refers_to == "the Joint Chiefs of Staff"
    assert it.actor is not None and it.actor.code == "KORMIL"
    assert any("stands for the subject" in r for r in it.actor.reasons)


def test_they_refers_to_a_plural_subject(nlp: Any) -> None:
    art = _run(nlp, "Opposition leaders said they would challenge the law in court.", dateline="NAIROBI")
    they = _mention(art, "they")
    assert they.actor is not None and they.actor.code == "KENOPP"
    assert they.refers_to == "Kenya's opposition leaders"


def test_expletive_it_stands_for_nothing(nlp: Any) -> None:
    art = _run(nlp, "The ministry said it is time to consider easing sanctions.", dateline="SEOUL")
    assert not [e for e in art.entities if e.text == "it"]


def test_he_refers_to_a_singular_role(nlp: Any) -> None:
    art = _run(nlp, "Russia's harvest will grow, the agriculture minister said. He gave no figures.",
               dateline="MOSCOW")
    he = _mention(art, "He")
    assert he.actor is not None and he.actor.code == "RUSGOV"
    assert he.refers_to == "Russia's agriculture minister"


def test_one_name_for_one_actor_however_worded(nlp: Any) -> None:
    art = _run(nlp, "Talks will resume, foreign ministry officials said. Later the foreign ministry said "
               "the date was set. The ministry also said it would send an envoy.", dateline="SEOUL")
    ministry = {e.text: e for e in art.entities if e.text in ("the foreign ministry", "The ministry", "it")}
    assert set(ministry) == {"the foreign ministry", "The ministry", "it"}
    names = {e.refers_to or e.actor.name for e in ministry.values() if e.actor is not None}
    assert names == {"South Korea's foreign ministry"}


def test_a_possessed_role_is_one_mention(nlp: Any) -> None:
    art = _run(nlp, "Kenya's president signed the law on Tuesday.", dateline="NAIROBI")
    president = _mention(art, "Kenya's president")
    assert president.actor is not None and president.actor.code == "KENGOV"
    assert not [e for e in art.entities if e.text == "Kenya"]  # no second actor for the same words


def test_they_reaches_a_group_named_before_a_plural_noun(nlp: Any) -> None:
    art = _run(nlp, "Houthi rebels accused the coalition of blocking fuel. They said hospitals had closed.",
               dateline="SANAA")
    they = _mention(art, "They")
    assert they.actor is not None and they.actor.code == "YEMREB"


def test_it_never_stands_for_a_person(nlp: Any) -> None:
    art = _run(nlp, "The minister said it would rain.", dateline="SEOUL")
    assert all(e.refers_to is None for e in art.entities if e.text == "it")


def test_a_known_office_holder_has_one_name_for_every_mention(nlp: Any) -> None:
    article = make_article("Obama said on Monday the deal was good for America. He added that talks "
                           "would go on.", dateline="WASHINGTON", published="2015-07-20")
    assign_actors(article, nlp(analysis_text(article)))
    names = {e.refers_to or e.actor.name for e in article.entities
             if e.actor is not None and e.text in ("Obama", "He")}
    assert names == {"Barack Obama"}
