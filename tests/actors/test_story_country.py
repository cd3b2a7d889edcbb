"""Where an unqualified actor's country comes from: its own words, an in/of modifier, the lead,
the dateline, the story's main country; never the agency (model)."""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import make_article
from wirewatch.nlp.actors.assign import assign_actors
from wirewatch.nlp.model import analysis_text

pytestmark = pytest.mark.model


def _codes(nlp: Any, text: str, dateline: str | None = None, agency: str | None = None) -> dict[str, Any]:
    article = make_article(text, dateline=dateline)
    article.agency = agency
    assign_actors(article, nlp(analysis_text(article)))
    return {e.text: e.actor for e in article.entities}


def test_a_lead_about_another_country_beats_a_hub_dateline(nlp: Any) -> None:
    actors = _codes(nlp, "Police in Lagos fired tear gas at demonstrators as anger spread across Nigeria. "
                         "Officials said the price rise would be reviewed.", dateline="LONDON")
    assert actors["Officials"].code == "NGA"
    assert any("the lead is about Nigeria" in r for r in actors["Officials"].reasons)


def test_a_lead_that_names_the_dateline_country_keeps_it(nlp: Any) -> None:
    actors = _codes(nlp, "North Korea fired a missile, South Korea's military said. "
                         "The ministry said talks would resume.", dateline="SEOUL")
    assert actors["The ministry"].code == "KORGOV"


def test_the_agency_is_no_default_country(nlp: Any) -> None:
    actors = _codes(nlp, "Officials say the taxes are needed to repay the debts.", agency="VOA")
    assert actors.get("Officials") is None


def test_in_and_of_modifiers_place_a_role_phrase(nlp: Any) -> None:
    actors = _codes(nlp, "Police in Lagos arrested three men, while militants in the Niger Delta "
                         "attacked a pipeline.", dateline="LONDON")
    assert actors["Police"].code == "NGACOP"
    assert any("'in Lagos' says whose" in r for r in actors["Police"].reasons)
    assert actors["militants"].code == "NGAUAF"


def test_own_words_beat_the_modifier(nlp: Any) -> None:
    actors = _codes(nlp, "American troops in Iraq came under fire on Sunday.", dateline="BAGHDAD")
    coded = {a.code for a in actors.values() if a is not None}
    assert "USAMIL" in coded and "IRQMIL" not in coded


def test_compound_roles_after_a_nationality(nlp: Any) -> None:
    actors = _codes(nlp, "Cambodian border guards exchanged fire with Thai soldiers on Monday.",
                    dateline="BANGKOK")
    assert actors["Cambodian"].code == "KHMMIL"
    assert actors["Cambodian"].name == "Cambodia's border guards"


def test_quantities_are_no_part_of_the_name(nlp: Any) -> None:
    actors = _codes(nlp, "Floods stranded at least 40,000 villagers in northern Bangladesh.",
                    dateline="DHAKA")
    villagers = actors["at least 40,000 villagers"]
    assert villagers.code == "BGDCVL" and villagers.name == "Bangladesh's villagers"


@pytest.mark.parametrize("place", ["the Sea of Japan", "the South China Sea", "the Gulf of Aden"])
def test_seas_and_gulfs_are_no_actors(nlp: Any, place: str) -> None:
    actors = _codes(nlp, f"Warships from Russia and China held drills in {place} on Monday.",
                    dateline="MOSCOW")
    assert actors.get(place) is None


@pytest.mark.parametrize(("text", "generic"), [
    ("Trump is running for president against Clinton.", "president"),
    ("He was charged with obstruction of justice in Ohio.", "justice"),
    ("Opposition leaders said they would challenge the law in court.", "court"),
])
def test_a_bare_singular_role_noun_names_a_kind_not_an_actor(nlp: Any, text: str, generic: str) -> None:
    assert _codes(nlp, text, dateline="WASHINGTON").get(generic) is None


def test_an_agreement_is_no_actor(nlp: Any) -> None:
    actors = _codes(nlp, "Mexico wants to renegotiate the North American Free Trade Agreement.",
                    dateline="MEXICO CITY")
    assert "the North American Free Trade Agreement" not in actors
    assert actors["Mexico"].code == "MEX"


def test_a_nationality_in_the_lead_does_not_move_the_story(nlp: Any) -> None:
    actors = _codes(nlp, "A phony address for a French donor will cost the far-right German People's Union "
                         "549,000 marks, parliament said Friday.", dateline="BONN")
    assert actors["parliament"].code == "DEULEG"
