"""Actors in the wrong country, as web news showed them (issue #7, nineteenth session): a diplomat is
not the state he is posted to, a vice president is never "the president" later, and counted people of
a region are its civilians. Sentences of our own, each with a control.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def actors(analyzer: Any, text: str, date: str = "2019-11-19") -> dict[str, str | None]:
    from wirewatch.records import Document

    art = analyzer.analyze(Document(id="t", text=text, date=date))
    return {e.text: (e.actor.code if e.actor else None) for e in art.entities}


@pytest.mark.parametrize("text, mention", [
    ("Kurt Volker, the former special envoy to Ukraine, testified on Tuesday.", "Kurt Volker"),
    ("The ambassador to Russia, Jon Huntsman, met Lavrov on Monday.", "Jon Huntsman"),
    ("KYIV -- The envoy to Ukraine met the prime minister.", "The envoy"),
])
def test_a_post_abroad_is_not_the_state_it_is_sent_to(analyzer: Any, text: str, mention: str) -> None:
    got = actors(analyzer, text).get(mention)
    assert got is None or not got.startswith(("UKR", "RUS")), got


def test_a_post_abroad_keeps_its_own_state(analyzer: Any) -> None:
    # control: the sending state is named
    got = actors(analyzer, "The U.S. ambassador to Russia met officials in Moscow.")
    assert got.get("U.S.") == "USAGOV"
    got = actors(analyzer, "Russia's ambassador to the United Nations spoke on Friday.")
    assert got.get("Russia's ambassador") == "RUSGOV"


def test_a_vice_president_is_never_the_president_later(analyzer: Any) -> None:
    got = actors(analyzer, "Vice President Biden visited Kiev in 2015. The president later called Zelensky.")
    assert "The president" not in got or got["The president"] is None


def test_a_minister_is_still_the_minister_later(analyzer: Any) -> None:
    # control: the last word of an ordinary title still refers back
    got = actors(analyzer, "Foreign Minister Sergei Lavrov arrived in Cairo. The minister met Sisi.")
    assert got.get("The minister") == "RUSGOV"


def test_counted_people_of_a_region_are_its_civilians(analyzer: Any) -> None:
    got = actors(analyzer, "Indian police detained 40 Kashmiris on Friday.", date="2000-01-01")
    assert got.get("Kashmiris") == "INDCVL"
