"""Acts and actors that real copy only seems to hold (issue #7, seventeenth session: the precision census's
draw seed19). Markets rally and companies order trucks; troops that march are no protesters; a month, a
surname and foreigners are no place's actors; a guess reports no act. Each wrong reading has a control
beside it that must still be coded. The sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "1998-05-01"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo or "")
            for e in art.events if e.cameo}


def types(art: Any) -> set[str]:
    return {e.type for e in art.events if e.type}


@pytest.mark.parametrize("text", [
    # a market's rally, named by a modifier or an "in" phrase
    "The rally Wednesday in U.S. interest rate futures left the Treasury bond contract above its range.",
    "A late rally in Tokyo stocks lifted the Nikkei average on Friday.",
    # rallying one's own side or allies gathers support; nobody protests
    "The senator rallied young voters with his calls for reform.",
    "The candidate suggested rallying NATO and Arab allies against the group.",
])
def test_a_rally_of_markets_or_supporters_is_no_protest(code: Any, text: str) -> None:
    assert "PROTEST" not in types(code(text, date=DATE))


@pytest.mark.parametrize("text", [
    "Thousands of students rallied in Seoul to protest the treaty.",
    "Opposition supporters rallied against the government in Nairobi.",
])
def test_a_street_rally_is_still_a_protest(code: Any, text: str) -> None:
    assert "PROTEST" in types(code(text, date=DATE))


def test_troops_that_march_into_a_country_advance_on_it(code: Any) -> None:
    got = triples(code("Iraqi troops marched into Kuwait on Thursday.", date=DATE))
    assert ("IRQMIL", "KWT", "190") in got and not any(c.startswith("14") for _, _, c in got)


def test_soldiers_on_the_march_stage_no_protest(code: Any) -> None:
    assert "PROTEST" not in types(code("Soldiers marched to the border with Iraq on Monday.", date=DATE))


def test_marchers_still_protest(code: Any) -> None:
    art = code("Thousands of workers marched through Paris against the reform.", date=DATE)
    assert "PROTEST" in types(art)


@pytest.mark.parametrize("text, word", [
    # "March" is also a town in England, "Weingarten" one in Germany
    ("Romney fired back in March, attacking Trump for the greed of his campaign.", "March"),
    ("Weingarten, who has visited several states ahead of the primaries, said she sees teachers lining up "
     "behind Clinton.", "Weingarten"),
])
def test_a_month_or_a_surname_is_no_town(code: Any, text: str, word: str) -> None:
    art = code(text, date="2016-05-05")
    parties = [a for e in art.events for a in (e.source, e.target) if a is not None]
    assert not any(a.text == word for a in parties), [(a.text, a.code) for a in parties]


def test_a_town_after_in_is_still_a_place(code: Any) -> None:
    got = triples(code("Iraqi troops shelled civilians in Kirkuk on Monday.", date=DATE))
    assert any(s == "IRQMIL" and t.startswith("IRQ") and c.startswith("19") for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "Foreign workers protested in Kuala Lumpur on Monday.",
    "Migrant workers rioted in Dubai on Sunday.",
])
def test_foreign_workers_take_no_country_from_where_they_act(code: Any, text: str) -> None:
    # the actors stage's rule ("foreign workers" in a Kuala Lumpur story are not Malaysian) holds for
    # the place an act happens in too
    assert not any(e.source is not None and e.source.code[:3] in ("MYS", "ARE")
                   for e in code(text, date=DATE).events)


def test_foreigners_take_no_country_from_where_they_act(code: Any) -> None:
    art = code("At the moment, foreigners can only invest in the local market through five trusts and the "
               "Korea Fund in New York.", date="1987-03-19")
    assert not any(e.source is not None and e.source.text == "foreigners" for e in art.events)


@pytest.mark.parametrize("text", [
    "Economists speculated that G-7 countries may try to bolster the pact when they meet for the IMF Interim "
    "Committee in April.",
    "Analysts predicted that Iraq would attack Kuwait.",
])
def test_a_guess_reports_no_act(code: Any, text: str) -> None:
    assert not triples(code(text, date=DATE))


def test_a_report_is_still_coded(code: Any) -> None:
    assert ("IRN", "IRQ", "112") in triples(code("Iran said Iraq attacked Kuwait.", date=DATE))


def test_goods_ordered_from_a_maker_are_no_demand(code: Any) -> None:
    art = code("LTV Corp said Pakistan ordered 180 military trucks and spare parts worth 18.5 mln dlrs "
               "from AM General.", date="1987-03-11")
    assert not triples(art)


def test_an_order_to_act_is_still_a_demand_or_an_expulsion(code: Any) -> None:
    assert ("IRQ", "IGOUNO", "166") in triples(code("Iraq ordered U.N. inspectors to leave the country.",
                                                     date=DATE))


def test_a_balance_negotiated_is_no_talks(code: Any) -> None:
    art = code("Bankers in Saudi Arabia are negotiating a delicate balance between western business practice "
               "and oriental justice.", date="1987-03-17")
    assert "CONSULT" not in types(art)


def test_talks_negotiated_with_a_party_are_still_talks(code: Any) -> None:
    got = triples(code("Israel negotiated with Syria over the Golan Heights.", date=DATE))
    assert {("ISR", "SYR", "046"), ("SYR", "ISR", "046")} <= got


@pytest.mark.parametrize("text, date, triple", [
    # a participle that restates the act names the target its own verb left unsaid
    ("Romney fired back in March, attacking Trump for the greed of his campaign.", "2016-05-05",
     ("USAELI", "USAELI", "111")),
    ("Iraq hit back on Monday, shelling Iranian positions near Basra.", DATE, ("IRQ", "IRNMIL", "194")),
])
def test_a_participle_restating_the_act_names_its_target(code: Any, text: str, date: str,
                                                         triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, date=date))
