"""The twelfth session's (actors12) small tables: civil bodies by head noun, and US states that share a
country's name. The pipeline's behaviour is probed in tests/events/test_probes_actors12.py."""

from __future__ import annotations

import pytest

from wirewatch.nlp.actors.civil_bodies import civil_body
from wirewatch.nlp.actors.phrases import Resolution
from wirewatch.nlp.actors.us_states import as_us_state


@pytest.mark.parametrize(("name", "civil"), [
    ("the National Association of Manufacturers", True),
    ("the Sierra Club", True),
    ("Judicial Watch", True),
    ("Chrysler Corp", True),
    ("the Club for Growth", True),
    ("the State Planning Commission", False),
    ("the National Security Council", False),
    ("the Chamber of Deputies", False),
    ("the Federal Bureau of Investigation", False),
])
def test_civil_body_by_head_noun(name: str, civil: bool) -> None:
    assert civil_body(name) is civil


def _georgia() -> Resolution:
    return Resolution(country="GEO", reasons=["'Georgia' is the ISO 3166 name of GEO"])


@pytest.mark.parametrize(("text", "us_politics", "around", "country"), [
    ("Georgia Gov.", None, "", "USA"),            # a US office abbreviation in the phrase
    ("Georgia", None, "Trump won Virginia, Georgia and Alabama", "USA"),  # other states beside it
    ("Georgia", "'Republicans' names a US party", "", "USA"),
    ("Georgia", None, "Russia accused Georgia of provoking the war", "GEO"),
    ("Georgia", "'GOP' names a US party", "the Georgian capital Tbilisi", "GEO"),  # the country's words
])
def test_georgia_the_state_or_the_country(text: str, us_politics: str | None, around: str,
                                          country: str) -> None:
    res = _georgia()
    as_us_state(res, text, us_politics, around)
    assert res.country == country
