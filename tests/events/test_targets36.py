"""The thirty-fourth session's target fixes (wip/targets36, issue #7): who an act is done to in era leads.
Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def aimed(got: set[tuple[str, str, str]], source: str, target: str, root: str) -> bool:
    """A triple from this source country at this target (country, or actor code when longer), its code
    starting with `root`."""
    return any(s[:3] == source and t[:len(target)] == target and c.startswith(root) for s, t, c in got)


def test_a_protest_made_to_a_state_is_aimed_at_it(code: Any) -> None:
    got = triples(code("Malaysia protested to Singapore on Wednesday over the arrest of two "
                       "Malaysian students "
                       "by Singapore police.", date=DATE))
    assert aimed(got, "MYS", "SGP", "11") and not aimed(got, "MYS", "SGPCOP", "11"), got
    got = triples(code("Iran protested to Pakistan on Friday over the killing of Iranian diplomats by "
                       "Taliban militiamen.", date=DATE))
    assert aimed(got, "IRN", "PAK", "11"), got
    # control: a protest made to a body that is no state keeps the doer
    got = triples(code("Lebanon complained to the United Nations on Sunday about Israeli air raids on its "
                       "villages.", date=DATE))
    assert aimed(got, "LBN", "ISR", "11"), got


def test_charges_denied_are_aimed_at_the_state_the_denial_blames(code: Any) -> None:
    got = triples(code("Libya on Saturday dismissed the accusations as fabrications, saying "
                       "Washington wanted "
                       "an excuse to attack it.", date=DATE))
    assert aimed(got, "LBY", "USA", "016"), got
    # control: a denial that turns on no party has no target and no triple
    got = triples(code("Libya on Saturday dismissed the accusations as fabrications, saying the report was "
                       "false.", date=DATE))
    assert not any(c.startswith("016") for _, _, c in got), got


def test_an_object_shifted_past_its_as_adjective_is_the_object(code: Any) -> None:
    got = triples(code("Pakistan on Tuesday rejected as baseless Indian charges that it was "
                       "training Kashmiri "
                       "militants.", date=DATE))
    assert aimed(got, "PAK", "IND", "016"), got
    # control: a noun predicate with its article is the predicate ("as a ploy")
    got = triples(code("Moscow dismissed as a ploy the American offer of talks on Friday.", date=DATE))
    assert aimed(got, "RUS", "USA", "12"), got


def test_forces_sent_to_protect_or_escort_give_protection(code: Any) -> None:
    got = triples(code("France sent two frigates to the Gulf on Tuesday to escort Saudi oil "
                       "tankers.", date=DATE))
    assert aimed(got, "FRA", "SAU", "074"), got
    got = triples(code("Britain sent 400 paratroopers into Sierra Leone on Monday on what it called "
                       "a mission "
                       "to protect foreign nationals.", date=DATE))
    assert aimed(got, "GBR", "SLE", "074") and not aimed(got, "GBR", "SLE", "154"), got
    # control: forces sent into a place with no protection named stay a show of force
    got = triples(code("Iraq sent more troops into Kurdish areas of the north on Friday.", date=DATE))
    assert not any(c == "074" for _, _, c in got), got


def test_a_denials_coordinated_accusation_is_the_deniers(code: Any) -> None:
    got = triples(code("Rwanda denied on Monday that its troops were fighting in Congo and accused "
                       "Kinshasa of "
                       "arming Hutu militias.", date=DATE))
    assert aimed(got, "RWA", "COD", "112"), got
    got = triples(code("Iran denied that it had sent arms to Bosnian Moslems and accused Washington of "
                       "spreading lies.", date=DATE))
    assert aimed(got, "IRN", "USA", "112"), got
    # control: an act that is no speaker's act stays inside the denied clause
    got = triples(code("Serbia denied that its police had shelled villages and burned homes in Kosovo.",
                       date=DATE))
    assert not any(c.startswith("112") for _, _, c in got), got


def test_its_on_the_second_act_is_the_state_the_first_went_into(code: Any) -> None:
    got = triples(code("Vietnamese troops swept into Cambodia in December and captured its capital "
                       "within two "
                       "weeks.", date=DATE))
    assert aimed(got, "VNM", "KHM", "19"), got
    # control: a subject that can own "its" keeps its own reading
    got = triples(code("Iraq invaded Kuwait on Thursday and seized its oil fields.", date=DATE))
    assert aimed(got, "IRQ", "KWT", "1"), got


def test_weather_closing_a_road_is_no_act(code: Any) -> None:
    got = triples(code("Heavy snowfall closed the main highway north of Tehran on Monday, stranding hundreds "
                       "of buses.", date=DATE))
    assert not any(c.startswith("19") for _, _, c in got), got
    # control: a road closed by troops is still a blockade
    got = triples(code("Serb forces closed the main highway into Sarajevo on Tuesday.", date=DATE))
    assert any(c.startswith("191") for _, _, c in got), got


def test_units_and_marines_sent_are_troops_sent(code: Any) -> None:
    got = triples(code("Britain sent 300 Royal Marines to Norway on Monday for winter exercises with "
                       "NATO allies.", date=DATE))
    assert aimed(got, "GBR", "NOR", "07"), got
    got = triples(code("Jordan sent an infantry battalion to Croatia on Tuesday to join the U.N. force.",
                       date=DATE))
    assert aimed(got, "JOR", "HRV", "074"), got
    # control: a unit sent to a border is a build-up, as troops are
    got = triples(code("Syria sent an armoured brigade to its border with Jordan on Saturday.", date=DATE))
    assert aimed(got, "SYR", "JOR", "154"), got
