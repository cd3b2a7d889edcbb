"""assign_actors on hand-built docs (tokenizer only, entities set by hand): no model needed."""

from __future__ import annotations

from typing import Any

from actors.actor_helpers import blank_doc, make_article
from wirewatch.nlp.actors.assign import actor_for_span, assign_actors


def codes(article: Any) -> dict[str, str | None]:
    return {e.text: (e.actor.code if e.actor else None) for e in article.entities}


def test_capitals_demonyms_and_countries(blank_nlp: Any) -> None:
    text = "Pyongyang rejected the offer from Seoul, Japanese officials said."
    article = make_article(text)
    assign_actors(article, blank_doc(blank_nlp, text, [("Pyongyang", "GPE"), ("Seoul", "GPE"),
                                                         ("Japanese", "NORP")]))
    assert codes(article) == {"Pyongyang": "PRK", "Seoul": "KOR", "Japanese": "JPN"}
    for ent in article.entities:  # offsets point at their text
        assert text[ent.start:ent.end] == ent.text
    reasons = article.entities[0].actor.reasons  # type: ignore[union-attr]
    assert any("capital of North Korea" in r for r in reasons)


def test_title_joins_the_person_and_dateline_gives_the_country(blank_nlp: Any) -> None:
    text = "Foreign Minister Park Min-su met the envoy."
    article = make_article(text, dateline="SEOUL")
    assign_actors(article, blank_doc(blank_nlp, text, [("Park Min-su", "PERSON")]))
    person = article.entities[0]
    assert person.text == "Foreign Minister Park Min-su"
    assert text[person.start:person.end] == person.text
    assert person.actor is not None and person.actor.code == "KORGOV"
    assert any("dateline SEOUL" in r for r in person.actor.reasons)


def test_stated_nationality_beats_the_dateline(blank_nlp: Any) -> None:
    text = "Chinese Foreign Minister Zhao Lei arrived."
    article = make_article(text, dateline="SEOUL")
    assign_actors(article, blank_doc(blank_nlp, text, [("Zhao Lei", "PERSON")]))
    person = article.entities[0]
    assert person.text == "Chinese Foreign Minister Zhao Lei"
    assert person.actor is not None and person.actor.code == "CHNGOV"


def test_known_office_holder_is_dated(blank_nlp: Any) -> None:
    text = "Obama spoke."
    in_office = make_article(text, published="2012-03-01")
    assign_actors(in_office, blank_doc(blank_nlp, text, [("Obama", "PERSON")]))
    assert in_office.entities[0].actor.code == "USAGOV"  # type: ignore[union-attr]
    later = make_article(text, published="2019-03-01")
    assign_actors(later, blank_doc(blank_nlp, text, [("Obama", "PERSON")]))
    actor = later.entities[0].actor
    assert actor is not None and actor.code == "USAELI"  # a former president is an elite
    assert any("not in that office" in r for r in actor.reasons)


def test_a_title_before_the_name_holds_the_office(blank_nlp: Any) -> None:
    # the writer's "President Obama" says the office is held when the text was written, whatever the
    # table's dates (the GSR records carry one date, 2000-01-01, for acts of the 1980s and 1990s)
    text = "President Obama spoke."
    later = make_article(text, published="2019-03-01")
    assign_actors(later, blank_doc(blank_nlp, text, [("Obama", "PERSON")]))
    assert later.entities[0].actor.code == "USAGOV"  # type: ignore[union-attr]


def test_surname_refers_to_the_full_name(blank_nlp: Any) -> None:
    text = "Defense Minister Kim Tae-ho spoke. Kim said talks would resume."
    article = make_article(text, dateline="SEOUL")
    doc = blank_doc(blank_nlp, text, [("Kim Tae-ho", "PERSON")])
    second = doc.char_span(text.index("Kim said"), text.index("Kim said") + 3, label="PERSON")
    doc.ents = [*doc.ents, second]
    assign_actors(article, doc)
    short = article.entities[-1]
    assert (short.text, short.refers_to) == ("Kim", "Kim Tae-ho")
    assert short.actor is not None and short.actor.code == "KORGOVMIL"  # a defence post (CAMEO)


def test_mentions_outside_headline_and_body_are_dropped(blank_nlp: Any) -> None:
    text = "Seoul acted.\n(END)\nTokyo headline"
    article = make_article(text)
    article.body_end = text.index("\n(END)")
    assign_actors(article, blank_doc(blank_nlp, text, [("Seoul", "GPE"), ("Tokyo", "GPE")]))
    assert [e.text for e in article.entities] == ["Seoul"]


def test_actor_for_span_resolves_phrases_ner_missed(blank_nlp: Any) -> None:
    text = "The State Department said the foreign ministry and Hungarian officials agreed."
    article = make_article(text, dateline="SEOUL")
    assign_actors(article, blank_doc(blank_nlp, text, [("Hungarian", "NORP")]))

    def span(phrase: str) -> str | None:
        start = text.index(phrase)
        actor = actor_for_span(article, start, start + len(phrase))
        return None if actor is None else actor.code

    assert span("The State Department") == "USAGOV"
    assert span("the foreign ministry") == "KORGOV"
    assert span("Hungarian officials") == "HUN"  # bare "officials" adds no sector (CAMEO)
    assert span("Hungarian") == "HUN"
    assert span("agreed") is None


def test_story_without_dateline_takes_its_main_country(blank_nlp: Any) -> None:
    text = "Police said Ohio and Texas voters in Chicago backed the plan. Police added more."
    ents = [("Ohio", "GPE"), ("Texas", "GPE"), ("Chicago", "GPE")]
    article = make_article(text)
    assign_actors(article, blank_doc(blank_nlp, text, ents))
    actor = actor_for_span(article, 0, len("Police"))
    assert actor is not None and actor.code == "USACOP"
    assert any("main country (3 of 3" in r for r in actor.reasons)
    # in a longer story two mentions are not enough to call its country
    long = "Police said Ohio and Texas voters backed it. " + "The vote was close and turnout was low. " * 12
    article = make_article(long)
    assign_actors(article, blank_doc(blank_nlp, long, ents[:2]))
    assert actor_for_span(article, 0, len("Police")) is None
    # a short text that names one country only is about it
    short = "Police said Ohio and Texas voters backed it."
    article = make_article(short)
    assign_actors(article, blank_doc(blank_nlp, short, ents[:2]))
    assert actor_for_span(article, 0, len("Police")).code == "USACOP"  # type: ignore[union-attr]
