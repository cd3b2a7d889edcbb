"""The model on short written sentences: the mentions the events stage needs coded (model)."""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import make_article
from wirewatch.nlp.actors.assign import actor_for_span, assign_actors
from wirewatch.nlp.model import analysis_text

pytestmark = pytest.mark.model


def _codes(nlp: Any, text: str, **kwargs: Any) -> dict[str, str | None]:
    article = make_article(text, **kwargs)
    assign_actors(article, nlp(analysis_text(article)))
    for ent in article.entities:
        assert text[ent.start:ent.end] == ent.text
    # NER keeps "the" on some names and not others; compare names without it
    return {e.text.removeprefix("the ").removeprefix("The "): (e.actor.code if e.actor else None)
            for e in article.entities}


def test_nationalities_take_the_sector_of_the_noun_they_qualify(nlp: Any) -> None:
    codes = _codes(nlp, "Senior Hungarian and Polish officials agreed on Monday to cooperate on energy.")
    # a state's officials are its GOV, as the CAMEO manual's examples code them (thirteenth session)
    assert codes.get("Hungarian") == "HUNGOV"
    assert codes.get("Polish") == "POLGOV"


def test_titled_person_with_nationality_is_one_mention(nlp: Any) -> None:
    codes = _codes(nlp, "Egyptian President Hosni Mubarak met Israeli troops' commanders in Cairo.",
                   published="2005-06-01")
    assert codes.get("Egyptian President Hosni Mubarak") == "EGYGOV"
    assert codes.get("Cairo") == "EGY"


def test_capitals_as_metonyms_and_institutions(nlp: Any) -> None:
    text = "Washington urged Pyongyang to return to talks, the Pentagon and the Kremlin said."
    codes = _codes(nlp, text)
    assert codes.get("Washington") == "USA"
    assert codes.get("Pyongyang") == "PRK"
    assert codes.get("Pentagon") == "USAMIL"
    assert codes.get("Kremlin") == "RUSGOV"


def test_actor_for_span_on_subjects_ner_misses(nlp: Any) -> None:
    text = "Police in Lagos arrested 20 rebels, while the government of Sudan denied any role."
    article = make_article(text)
    assign_actors(article, nlp(analysis_text(article)))

    def code(phrase: str) -> str | None:
        start = text.index(phrase)
        actor = actor_for_span(article, start, start + len(phrase))
        return None if actor is None else actor.code

    assert code("Police in Lagos") == "NGACOP"
    assert code("the government of Sudan") == "SDNGOV"
    assert code("20 rebels") is None  # rebels of no stated country
