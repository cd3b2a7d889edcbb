"""A protest that names no recipient but whose aim names a state body presses that body (issue #7,
seventeenth session): "staged demonstrations to demand reforms by Suharto's government" is IDNEDU ->
IDNGOV, as the PLOVER GSR records code such protests, not the bare country where it happened. The body
must hang under a word of the aim; a clause of time names no target. The sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "1998-05-01"


def protest_targets(art: Any) -> set[str]:
    return {e.target.code for e in art.events if e.type == "PROTEST" and e.target is not None}


@pytest.mark.parametrize("text, body", [
    ("Thousands of students in Jakarta staged rallies on Monday to demand reforms by the government of "
     "President Suharto.", "IDNGOV"),
    ("Farmers demonstrated in Bangkok as they pressed their campaign to force the government to cut fuel "
     "prices.", "THAGOV"),
    ("Hundreds of Kenyan teachers marched in Nairobi to demand the resignation of the chief justice.",
     "KENJUD"),
])
def test_the_body_the_aim_presses_is_the_target(code: Any, text: str, body: str) -> None:
    assert body in protest_targets(code(text, date=DATE))


@pytest.mark.parametrize("text, country", [
    # a clause of time: the police watch, they are not pressed
    ("Thousands of workers marched in Lagos on Monday as police looked on.", "NGA"),
    # no aim at all: the country where it happened
    ("Thousands of students demonstrated in Seoul on Friday.", "KOR"),
])
def test_without_an_aim_the_country_where_it_happens(code: Any, text: str, country: str) -> None:
    assert protest_targets(code(text, date=DATE)) == {country}
