"""Reported problems: span position before text, coordinated names, "and" countries, reigning
princes, ethnic groups, IGO posts in appositives. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from actors.actor_helpers import make_article
from wirewatch.nlp.actors import countries
from wirewatch.nlp.actors.assign import actor_for_span, actors_for_span, assign_actors
from wirewatch.nlp.actors.phrases import resolve_text
from wirewatch.nlp.model import analysis_text
from wirewatch.records import Actor, Entity


def _doc(nlp: Any, text: str, ents: list[tuple[int, int, str]]) -> Any:
    doc = nlp(text)
    doc.ents = [doc.char_span(s, e, label=label) for s, e, label in ents]
    return doc


def _actor(code: str) -> Actor:
    return Actor(name=code, code=code, country=code[:3], sector=code[3:] or None, reasons=[])


# -- 1. position before text ---------------------------------------------------------------------
def test_same_word_twice_answers_by_position() -> None:
    text = "Russian police detained Russian students near the border."
    article = make_article(text)
    article.entities = [Entity(text="Russian", label="NORP", start=0, end=7, actor=_actor("RUSCOP")),
                        Entity(text="Russian", label="NORP", start=24, end=31, actor=_actor("RUSEDU"))]
    assert actor_for_span(article, 0, 7).code == "RUSCOP"  # type: ignore[union-attr]
    assert actor_for_span(article, 24, 31).code == "RUSEDU"  # type: ignore[union-attr]
    # a span covering the second mention resolves there, not through the first one's text
    second = actor_for_span(article, 24, 40)
    assert second is not None and second.country == "RUS" and second.sector != "COP"


@pytest.mark.model
def test_second_nationality_is_not_the_police(nlp: Any) -> None:
    text = "Russian police detained Russian students outside a university in Kazan."
    article = make_article(text)
    assign_actors(article, nlp(analysis_text(article)))
    start = text.index("Russian", 1)
    actor = actor_for_span(article, start, start + len("Russian students"))
    assert actor is not None and actor.country == "RUS" and actor.sector != "COP"
    actor = actor_for_span(article, start, start + len("Russian"))
    assert actor is not None and actor.sector != "COP"


# -- 2. coordinated names -------------------------------------------------------------------------
def test_coordinated_entity_gives_every_member(blank_nlp: Any, tmp_path: Path) -> None:
    csv = tmp_path / "realms.csv"
    csv.write_text("name,code,aliases,start,end,note\nArnor,ARN,,,,\nOsgiliath,OSG,,,,\n"
                   "Gondor,GON,,,,\n", encoding="utf-8")
    text = "Arnor, Osgiliath and Gondor signed the accord with Japan and South Korea."
    members = "Arnor, Osgiliath and Gondor"
    pair = "Japan and South Korea"
    p = text.index(pair)
    article = make_article(text)
    assign_actors(article, _doc(blank_nlp, text, [(0, len(members), "GPE"), (p, p + len(pair), "GPE")]),
                  dictionaries=[str(csv)])
    assert [a.code for a in actors_for_span(article, 0, len(members))] == ["ARN", "OSG", "GON"]
    assert [a.code for a in actors_for_span(article, p, p + len(pair))] == ["JPN", "KOR"]
    # actor_for_span keeps its one-actor contract: the first member
    assert actor_for_span(article, p, p + len(pair)).code == "JPN"  # type: ignore[union-attr]


def test_a_name_with_and_is_one_member(blank_nlp: Any) -> None:
    text = "Officials of Bosnia and Herzegovina met the Minister of Trade and Industry."
    article = make_article(text)
    assign_actors(article, blank_nlp(text))
    s = text.index("Bosnia")
    assert [a.code for a in actors_for_span(article, s, s + len("Bosnia and Herzegovina"))] == ["BIH"]
    s = text.index("the Minister")
    assert len(actors_for_span(article, s, len(text) - 1)) <= 1


# -- 3. country names with "and" ------------------------------------------------------------------
@pytest.mark.parametrize(("name", "iso3"), [
    ("Trinidad and Tobago", "TTO"), ("Antigua and Barbuda", "ATG"), ("Bosnia and Herzegovina", "BIH"),
    ("Saint Kitts and Nevis", "KNA"), ("Sao Tome and Principe", "STP")])
def test_and_countries_resolve_whole_even_when_ner_splits_them(blank_nlp: Any, name: str,
                                                               iso3: str) -> None:
    text = f"Leaders of {name} and Chile met in Lima."
    s = text.index(name)
    first = name.split(" and ")[0]
    article = make_article(text)
    # the small model splits these names or runs them into a neighbour: give it the first half only
    assign_actors(article, _doc(blank_nlp, text, [(s, s + len(first), "GPE")]))
    found = {e.text: e.actor.code for e in article.entities if e.actor}
    assert found.get(name) == iso3
    assert first not in found


@pytest.mark.parametrize(("part", "iso3"), [("Tobago", "TTO"), ("Trinidad", "TTO"), ("Nevis", "KNA"),
                                            ("Barbuda", "ATG"), ("Principe", "STP")])
def test_half_of_an_and_country_is_that_country(part: str, iso3: str) -> None:
    place = countries.lookup(part)
    assert place is not None and place.iso3 == iso3  # "Tobago" was Timor-Leste's


# -- 4. princes -----------------------------------------------------------------------------------
def test_reigning_prince_is_government_other_princes_elite() -> None:
    monaco = resolve_text("the Prince of Monaco").actor("the Prince of Monaco")
    assert monaco is not None and monaco.code == "MCOGOV"
    assert any("reigning head of state" in r for r in monaco.reasons)
    wales = resolve_text("the Prince of Wales").actor("the Prince of Wales")
    assert wales is not None and wales.code == "GBRELI"  # heir, no office: elite
    king = resolve_text("King Abdullah of Jordan").actor("King Abdullah of Jordan")
    assert king is not None and king.code == "JORGOV"


# -- 5. ethnic groups, IGO posts ------------------------------------------------------------------
def test_ethnic_minority_takes_the_country_it_lives_in(blank_nlp: Any) -> None:
    text = "About 300 ethnic Greeks marched in Albania on Sunday while Greek diplomats watched."
    g, a, d = text.index("Greeks"), text.index("Albania"), text.index("Greek diplomats")
    article = make_article(text)
    assign_actors(article, _doc(blank_nlp, text, [(g, g + 6, "NORP"), (a, a + 7, "GPE"), (d, d + 5, "NORP")]))
    by_start = {e.start: e.actor for e in article.entities}
    assert by_start[g] is not None and by_start[g].country == "ALB"  # type: ignore[union-attr]
    assert any("ethnic or religious group" in r for r in by_start[g].reasons)  # type: ignore[union-attr]
    assert by_start[d] is not None and by_start[d].country == "GRC"  # type: ignore[union-attr]


def test_single_country_ethnic_groups(blank_nlp: Any) -> None:
    for word, iso3 in (("Hausa", "NGA"), ("Igbo", "NGA"), ("Zulu", "ZAF"), ("Kikuyu", "KEN")):
        res = resolve_text(f"{word} elders")
        assert res.country == iso3, word


@pytest.mark.model
def test_person_with_an_igo_post_is_that_igo(nlp: Any) -> None:
    text = "Maria Santos, the United Nations Emergency Relief Coordinator, visited the camps on Monday."
    article = make_article(text)
    assign_actors(article, nlp(analysis_text(article)))
    actor = actor_for_span(article, 0, len("Maria Santos"))
    assert actor is not None and actor.code.startswith("IGO")


def test_groups_of_several_countries_take_the_sentence_place(blank_nlp: Any) -> None:
    text = "Hutu militants and Catholic priests clashed in Burundi, while Muslim bloggers wrote."
    h, c, b, m = (text.index(w) for w in ("Hutu", "Catholic", "Burundi", "Muslim"))
    article = make_article(text)
    assign_actors(article, _doc(blank_nlp, text, [(h, h + 4, "NORP"), (c, c + 8, "NORP"), (b, b + 7, "GPE"),
                                                   (m, m + 6, "NORP")]))
    by_start = {e.start: e.actor for e in article.entities}
    assert by_start[h] is not None and by_start[h].country == "BDI"  # type: ignore[union-attr]
    assert by_start[c] is not None and by_start[c].code == "BDICHR"  # type: ignore[union-attr]
    # the sentence places the bloggers nowhere else than Burundi: same rule, same country
    assert by_start[m] is not None and by_start[m].code == "BDIMOS"  # type: ignore[union-attr]


def test_religion_without_a_place_names_no_country(blank_nlp: Any) -> None:
    text = "Muslim hackers defaced Danish web sites."
    d = text.index("Danish")
    article = make_article(text)
    assign_actors(article, _doc(blank_nlp, text, [(0, 6, "NORP"), (d, d + 6, "NORP")]))
    by_start = {e.start: e.actor for e in article.entities}
    assert by_start.get(0) is None  # a nationality elsewhere in the sentence is not where they live
    assert by_start[d] is not None and by_start[d].code == "DNK"  # type: ignore[union-attr]


@pytest.mark.model
def test_role_before_the_name_gives_the_office(nlp: Any) -> None:
    text = "Norway's king, Harald Olsen, opened the session on Monday."
    article = make_article(text)
    assign_actors(article, nlp(analysis_text(article)))
    s = text.index("Harald")
    actor = actor_for_span(article, s, s + len("Harald Olsen"))
    assert actor is not None and actor.code == "NORGOV"


def test_short_text_naming_one_country_gives_it_to_titles(blank_nlp: Any) -> None:
    text = "Judge Ana Ortiz charged 12 Peruvian customs officers with fraud on Friday."
    j, p = text.index("Ana Ortiz"), text.index("Peruvian")
    article = make_article(text)
    assign_actors(article, _doc(blank_nlp, text, [(j, j + 9, "PERSON"), (p, p + 8, "NORP")]))
    judge = actor_for_span(article, 0, j + 9)
    assert judge is not None and judge.code == "PERJUD"
    assert any("main country" in r for r in judge.reasons)
    # two countries named: no guess
    text = "Judge Ana Ortiz charged 12 Peruvian and Chilean customs officers with fraud."
    article = make_article(text)
    c = text.index("Chilean")
    ents = [(j, j + 9, "PERSON"), (p, p + 8, "NORP"), (c, c + 7, "NORP")]
    assign_actors(article, _doc(blank_nlp, text, ents))
    judge = actor_for_span(article, 0, j + 9)
    assert judge is None or judge.country is None


@pytest.mark.model
def test_bare_government_is_the_subject_country(nlp: Any) -> None:
    text = "Sudan accused Chad of backing rebels on Monday. The government said it would respond."
    article = make_article(text)
    assign_actors(article, nlp(analysis_text(article)))
    s = text.index("The government")
    actor = actor_for_span(article, s, s + len("The government"))
    assert actor is not None and actor.code == "SDNGOV"
    assert any("subject" in r for r in actor.reasons)
