"""Who repression is done to, and evidence that points at its actor (issue #7, eighteenth session).

Police fire tear gas at crowds or "to disperse" them, break up a rally "by" opposition supporters, stop
a demonstration "staged by" students: the people are the target, not the parliament or the town the
act happens near. A country that names a currency is no actor, an ousted president holds no office,
and a target's offsets cover the phrase the actors stage coded. The sentences are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "1999-06-01"


def coerce_target(art: Any) -> tuple[str, str]:
    event = next(e for e in art.events if e.cameo and e.cameo.startswith("17"))
    assert event.target is not None, [(e.type, e.cameo) for e in art.events]
    return event.target.code or "", art.text[event.target.start:event.target.end]


@pytest.mark.parametrize("text, expected, words", [
    ("Kenyan police fired tear gas to disperse crowds near parliament.", "KENCVL", "crowds"),
    ("Kenyan police fired tear gas at crowds on Saturday.", "KENCVL", "crowds"),
    ("Kenyan police broke up a rally by opposition supporters in Nairobi.", "KENOPP", "supporters"),
    ("Turkish police prevented a demonstration staged by students at Ankara University.", "TUREDU",
     "students"),
])
def test_repression_names_the_people_it_is_done_to(code: Any, text: str, expected: str, words: str) -> None:
    assert coerce_target(code(text, date=DATE)) == (expected, words)


def test_a_place_still_stands_for_its_people_when_no_people_are_named(code: Any) -> None:
    # control: nothing is fired at anyone named, so the place the act strikes gives its civilians
    got, words = coerce_target(code("Kenyan police imposed a curfew in Mombasa on Saturday.", date=DATE))
    assert got == "KENCVL" and words == "Mombasa"


def test_a_targets_offsets_cover_the_phrase_that_was_coded(code: Any) -> None:
    art = code("Israeli troops fired rubber bullets at stone-throwing youths in Hebron.", date=DATE)
    event = next(e for e in art.events if e.cameo)
    assert event.target is not None and event.target.code == "PSECVL"
    assert art.text[event.target.start:event.target.end] == "stone-throwing youths"


def test_a_country_naming_a_currency_is_no_actor(code: Any) -> None:
    art = code("The minister was accused of misusing up to US $50 million in public funds by Haitian "
               "government officials.", date=DATE)
    assert not any(e.actor and e.text == "US" for e in art.entities)
    assert not any(e.target and (e.target.code or "").startswith("USA") for e in art.events)


def test_the_united_states_as_a_party_is_still_an_actor(code: Any) -> None:
    art = code("Haitian government officials accused the US of meddling.", date=DATE)
    assert any(e.actor and e.actor.code.startswith("USA") for e in art.entities)


def test_an_ousted_president_holds_no_office(code: Any) -> None:
    art = code("Ousted president Jean-Bertrand Aristide has been accused of misusing public funds by "
               "current Haitian government officials.", date="2000-01-01")
    got = {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo[:2])
           for e in art.events if e.cameo}
    assert ("HTIGOV", "HTIELI", "11") in got


def test_civilians_of_a_nation_are_its_civilians_whatever_their_work(code: Any) -> None:
    art = code("Afghan rebels kidnapped 16 Russian civilian advisers in Kabul.", date=DATE)
    got = {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
           for e in art.events if e.cameo}
    assert ("AFGREB", "RUSCVL", "181") in got
